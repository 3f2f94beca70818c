"""The words of a post given as an HTML fragment (a Mastodon status's ``content``, the
``<p>`` of an X embed), as a reader sees them: paragraphs apart, line breaks kept,
entities decoded, tags gone.

The fragments are small and already sanitised by the service (``p``, ``br``, ``a``,
``span``), so the standard library's parser is enough.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

BLOCKS = frozenset({"p", "div", "blockquote", "li", "ul", "ol", "pre", "h1", "h2", "h3", "h4", "h5", "h6"})
SPACES = re.compile(r"[ \t\r\f\v]+")


class FragmentText(HTMLParser):
    """Text of a fragment; ``skip`` decides which links to leave out (a photo's link)."""

    def __init__(self, skip_link: str | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_link = re.compile(skip_link) if skip_link else None
        self.link: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.out("\n")
        elif tag in BLOCKS:
            self.out("\n\n")
        elif tag == "a":
            self.link = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self.out("\n\n")
        elif tag == "a" and self.link is not None:
            text, self.link = "".join(self.link), None
            if self.skip_link is None or not self.skip_link.match(text.strip()):
                self.out(text)

    def handle_data(self, data: str) -> None:
        self.out(data)

    def out(self, text: str) -> None:
        (self.link if self.link is not None else self.parts).append(text)

    def text(self) -> str:
        joined = SPACES.sub(" ", "".join(self.parts))
        lines = [line.strip() for line in joined.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def fragment_text(fragment: str, skip_link: str | None = None) -> str:
    """The reader's text of an HTML fragment; links whose text matches ``skip_link`` (a
    regular expression) are left out."""
    parser = FragmentText(skip_link)
    parser.feed(fragment)
    parser.close()
    return parser.text()
