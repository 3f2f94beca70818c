"""The HTML report: run through the CLI, opened in headless Chromium, checked in its DOM.

The draft and the source hold markup of their own (a <script>, an <img> with an onerror,
attribute-breaking quotes): all of it must show as text, none of it may become elements.
A screenshot of each browser run is kept in test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.browser import Browser
from tests.conftest import Run

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

SOURCE = """\
Transcript of the harbour board meeting, 4 March 2026

MAYOR ALICE GRANT: We will not close the harbour this winter. The <script>document.title="pwned"</script> fleet depends on it, "><img src=x onerror="document.body.dataset.pwned=1"> and so do we.

COUNCILLOR BEN OKAFOR: The repairs will cost about 4 million pounds, and the work starts in May.
"""

DRAFT = """\
Harbour <b>stays</b> open

Mayor Alice Grant said on Tuesday: “We will never close the harbour this winter.”

“The repairs will cost about 5 million pounds,” said Ben Okafor, a councillor.

“The <script>document.title="pwned"</script> fleet depends on it, "><img src=x onerror="document.body.dataset.pwned=1"> and so do we,” Grant added.
"""


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, Path]:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "meeting.txt").write_text(SOURCE, encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    return draft, sources


def html_report(run: Run, *args: str, out: Path) -> str:
    result = run(*args, "-f", "html", "-o", str(out))
    assert result.exit_code in (0, 1), result.output
    return out.read_text(encoding="utf-8")


class Marks(HTMLParser):
    """The text of each <mark>, by its class, and of the elements with an id."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[str, str]] = []
        self.open: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self.open.append(dict(attrs).get("class"))
            self.marks.append((self.open[-1] or "", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self.open:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        if self.open and self.marks:
            cls, text = self.marks[-1]
            self.marks[-1] = (cls, text + data)


def test_html_report_in_chromium(hostile: tuple[Path, Path], run: Run, tmp_path: Path) -> None:
    draft, sources = hostile
    page = tmp_path / "report.html"
    html_report(run, str(draft), "-s", str(sources), out=page)
    with Browser(width=1280, height=900) as browser:
        browser.open(page)
        # The report's own script ran (the Content-Security-Policy admits it by its hash)...
        assert browser.js("document.documentElement.dataset.keys") == "ready"
        # ...and nothing from the draft or the source became an element or ran.
        assert browser.js("document.querySelectorAll('img').length") == 0
        assert browser.js("document.scripts.length") == 1
        assert browser.js("document.body.dataset.pwned") is None
        assert browser.js("document.title").startswith("quotecheck: 4 quotes in 1 article")
        cards = browser.js(
            "[...document.querySelectorAll('article.quote')].map(c => [c.id, c.querySelector('.badge').textContent,"
            " c.querySelector('.draft-side blockquote').textContent])"
        )
        assert [(c[1], c[2]) for c in cards] == [
            ("altered", "We will never close the harbour this winter."),
            ("altered", "The repairs will cost about 5 million pounds,"),
            ("exact", 'The <script>document.title="pwned'),
            ("exact", '><img src=x onerror="document.body.dataset.pwned=1"> and so do we,'),
        ]
        # The changed words, highlighted on both sides (not [-old-] {+new+} markup).
        added = browser.js("[...document.querySelectorAll('.draft-side mark.added')].map(m => m.textContent)")
        dropped = browser.js(
            "[...document.querySelectorAll('.source-side mark.dropped')].map(m => m.textContent)"
        )
        assert added == ["never", "5"]
        assert dropped == ["not", "4"]
        assert "[-" not in browser.js("document.body.innerText")
        # The source passage keeps the words around the match, and says where it came from.
        second = browser.js("document.querySelectorAll('.source-side')[1].innerText")
        assert (
            "COUNCILLOR BEN OKAFOR: The repairs will cost about 4 million pounds, and the work starts"
            in second
        )
        assert "meeting.txt" in second and "Retrieved" in second and "Snapshot" in second
        assert "Ben Okafor" in browser.js("document.querySelectorAll('article.quote')[1].innerText")
        # Each quote is highlighted in the article in its verdict's colour, linked to its card.
        highlights = browser.js(
            "[...document.querySelectorAll('.article-text a.hl')].map(a => [a.className, a.getAttribute('href'), a.textContent])"
        )
        assert [h[0] for h in highlights] == ["hl v-altered", "hl v-altered", "hl v-exact", "hl v-exact"]
        assert [h[1] for h in highlights] == [f"#{c[0]}" for c in cards]
        assert highlights[0][2] == "We will never close the harbour this winter."
        colours = browser.js(
            "[...document.querySelectorAll('.article-text a.hl')].map(a => getComputedStyle(a).borderBottomColor)"
        )
        assert colours[0] == colours[1] != colours[2] == colours[3]
        browser.screenshot(ARTIFACTS / "html-report-hostile.png")

        # Keyboard: j/k step through the quotes, n/p through those that need work, a goes
        # to the quote's place in the article, and the focus is visible.
        browser.press("j")
        assert browser.js("document.activeElement.id") == cards[0][0]
        assert browser.js("getComputedStyle(document.activeElement).outlineStyle") == "solid"
        browser.press("j")
        browser.press("j")
        assert browser.js("document.activeElement.id") == cards[2][0]
        browser.press("p")
        assert browser.js("document.activeElement.id") == cards[1][0]
        browser.press("k")
        assert browser.js("document.activeElement.id") == cards[0][0]
        browser.press("a")
        assert browser.js("document.activeElement.id") == f"{cards[0][0]}-in-text"
        browser.press("Tab")
        assert browser.js("document.activeElement.id") == f"{cards[1][0]}-in-text"
        png = browser.screenshot(ARTIFACTS / "html-report-keyboard.png", full_page=False)
        assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000

        # Printed: no key help, the whole article (no scroll box), no card split over pages.
        browser.call("Emulation.setEmulatedMedia", {"media": "print"})
        assert browser.js("getComputedStyle(document.querySelector('.keys')).display") == "none"
        assert browser.js("getComputedStyle(document.querySelector('.article-text')).maxHeight") == "none"
        assert browser.js("getComputedStyle(document.querySelector('article.quote')).breakInside") == "avoid"


def test_html_escapes_everything_from_the_draft_and_the_sources(
    hostile: tuple[Path, Path], run: Run, tmp_path: Path
) -> None:
    draft, sources = hostile
    (sources / "post.md").write_text(
        '---\nurl: https://example.org/a"onmouseover="alert(1)\nauthor: Ada "Quotes" Lee\n---\n'
        "ADA LEE: Nothing here is quoted.\n",
        encoding="utf-8",
    )
    (sources / "trick.md").write_text(
        "---\nurl: javascript:alert(1)\n---\nThe repairs will cost about 4 million pounds, and the work starts in May.\n",
        encoding="utf-8",
    )
    page = html_report(run, str(draft), "-s", str(sources), out=tmp_path / "report.html")
    assert page.count("<script") == 1  # the report's own
    assert "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;document.title=&#34;pwned" in page
    assert "&#34;&gt;&lt;img src=x onerror=&#34;document.body.dataset.pwned=1&#34;&gt;" in page
    assert "javascript:" not in page.replace("javascript:alert(1)</code>", "")  # shown, never a link
    parser = Marks()
    parser.feed(page)
    assert ("added", "never") in parser.marks and ("dropped", "not") in parser.marks
    # Nothing but the report's own style and script may run, whatever slipped through.
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None and "default-src 'none'" in csp.group(1)
    assert "unsafe-inline" not in csp.group(1)


def test_html_report_needs_no_network_and_prints(
    harbour: tuple[Path, Path], run: Run, tmp_path: Path
) -> None:
    article, sources = harbour
    page = html_report(run, str(article), "-s", str(sources), out=tmp_path / "r.html")
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)  # nothing to load
    assert "@import" not in page and "url(" not in page
    assert "@media print" in page and "break-inside: avoid" in page
    assert page.count('tabindex="-1"') == 2  # each quote's card can take the focus
    assert '<meta name="generator" content="quotecheck ' in page


def test_markdown_and_html_articles_show_as_their_prose(tmp_path: Path, run: Run) -> None:
    """Quote offsets point into the file as given; the article is shown as read, with each
    highlight on exactly the quoted words."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "talk.txt").write_text(
        "NINA PATEL: Our library will open on Sundays from June.\n", encoding="utf-8"
    )
    md = tmp_path / "story.md"
    md.write_text(
        "# Library hours\n\n[Nina Patel](https://example.org/np) said: “Our library will open on **Sundays** from July.”\n",
        encoding="utf-8",
    )
    page = html_report(run, str(md), "-s", str(sources), "--no-links", out=tmp_path / "md.html")
    [highlight] = re.findall(r'<a class="hl v-(\w+)"[^>]*>(.*?)</a>', page)
    assert highlight == ("altered", "Our library will open on Sundays from July.")
    assert "](https://example.org/np)" not in page.split('class="article-text"')[1].split("</div>")[0]

    web = tmp_path / "story.html"
    web.write_text(
        "<html><head><title>Hours</title><style>p{}</style></head><body><p>Nina Patel said: "
        "&ldquo;Our library will <em>open</em> on Sundays from June.&rdquo;</p></body></html>",
        encoding="utf-8",
    )
    page = html_report(run, str(web), "-s", str(sources), out=tmp_path / "web.html")
    [highlight] = re.findall(r'<a class="hl v-(\w+)"[^>]*>(.*?)</a>', page)
    assert highlight == ("exact", "Our library will open on Sundays from June.")
    assert "&lt;em&gt;" not in page and "p{}" not in page


def test_quotes_without_a_match_and_ignored_quotes(tmp_path: Path, run: Run) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "“Buses will be free at weekends,” the mayor said.\n\n"
        '<!-- quotecheck: ignore reason="translated from Welsh" -->\n'
        "“Trains will run late on Fridays,” the mayor said.\n",
        encoding="utf-8",
    )
    page = html_report(run, str(draft), out=tmp_path / "none.html")
    assert page.count('<article class="quote v-unverified') == 2
    assert "Nothing to check against." in page
    assert "Ignored: translated from Welsh" in page
    empty = tmp_path / "empty.txt"
    empty.write_text("No quotations today.\n", encoding="utf-8")
    page = html_report(run, str(empty), out=tmp_path / "empty.html")
    assert "No quotes to check." in page and "0 quotes in 1 article" in page


def test_help_loads_neither_jinja2_nor_warcio_nor_rich() -> None:
    """`quotecheck --help` stays fast: the html format, WARC sources and the table load
    their libraries only when used."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from quotecheck.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'jinja2', 'warcio', 'rich', 'markupsafe'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_a_page_checked_whole_shows_its_teasers_quotes(tmp_path: Path, run: Run) -> None:
    """With --whole-page a teaser's quote is checked: the article view shows the whole page,
    with that quote highlighted on its words (the body alone has blanks there)."""
    page = tmp_path / "story.txt"
    page.write_text(
        "Library hours\n\n“Our library will open on Sundays from June,” Nina Patel said on Monday.\n\n"
        "The council agreed the budget for the extra staff at the same meeting.\n\n"
        "Most Popular\n\n“The bridge is crumbling,” engineer warns\n\nCouncil sets the new rates\n",
        encoding="utf-8",
    )
    body = html_report(run, str(page), "--no-links", out=tmp_path / "body.html")
    assert [words for _, words in re.findall(r'<a class="hl v-(\w+)"[^>]*>(.*?)</a>', body)] == [
        "Our library will open on Sundays from June,"
    ]
    whole = html_report(run, str(page), "--no-links", "--whole-page", out=tmp_path / "whole.html")
    assert [words for _, words in re.findall(r'<a class="hl v-(\w+)"[^>]*>(.*?)</a>', whole)] == [
        "Our library will open on Sundays from June,",
        "The bridge is crumbling,",
    ]
