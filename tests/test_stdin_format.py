"""`quotecheck -` reads the article from standard input, where there is no file name to say
what it is: `--stdin-format` says so, and without it only a clear start decides (an HTML
document, Markdown front matter or heading), else the draft is plain text. All text
written for these tests."""

from __future__ import annotations

import json
from typing import Any

import pytest

from quotecheck.article.reading import sniff_kind
from tests.conftest import Run

HTML_PAGE = (
    "<!DOCTYPE html>\n<html><body><nav><p>“Read our best stories from the harbour,” said Tom Hale.</p></nav>"
    "<article><p>The board met. “We will keep the pier open,” said <b>Ola Berg</b>.</p></article></body></html>\n"
)
MARKDOWN_DRAFT = "Pier stays open\n\n*“We will keep the pier open,”* said **Ola Berg**.\n"


def quotes(run: Run, draft: str, *options: str) -> list[tuple[str, str | None, int, int]]:
    result = run("-", *options, "--no-links", "--format", "json", "--quiet", input=draft)
    assert result.exit_code in (0, 1), result.output
    report: dict[str, Any] = json.loads(result.stdout)
    return [(q["text"], q["speaker"], q["line"], q["column"]) for q in report["articles"][0]["quotes"]]


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        ("<!DOCTYPE html>\n<html>", "html"),
        ("\ufeff  <!doctype HTML><title>x</title>", "html"),
        ("<!-- saved page -->\n<html lang='en'>", "html"),
        ("---\ntitle: Pier\n---\n“We go,” he said.", "markdown"),
        ("\n## Pier stays open\n\nText.", "markdown"),
        ("<p>“We go,” he said.</p>", "text"),  # a fragment: not clearly a page
        ("Use the <html> tag, she wrote.", "text"),
        ("#pier is trending, “we go,” he said.", "text"),  # a hashtag, no heading
        ("The pier --- and the ferry --- stay.", "text"),
    ],
)
def test_only_a_clear_start_makes_standard_input_html_or_markdown(head: str, kind: str) -> None:
    assert sniff_kind(head) == kind


def test_an_html_page_on_standard_input_is_read_as_a_page(run: Run) -> None:
    """The page's menu is left out, its tags never reach a quote, line:column is the page's."""
    column = HTML_PAGE.splitlines()[1].index("We will") + 1
    assert quotes(run, HTML_PAGE) == [("We will keep the pier open,", "Ola Berg", 2, column)]


XHTML_PAGE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
    '<head><script>var hint = "Tap the pier to see the tide";</script></head>\n'
    "<body><p>The board met. &#8220;We will keep the pier open,&#8221; said Ola Berg.</p></body></html>\n"
)


def test_an_xhtml_page_with_an_xml_declaration_is_read_as_a_page(run: Run) -> None:
    """XHTML opens with ``<?xml …?>`` before its doctype: it was read as plain text, so a
    script's string was a quote and the quote written with character references was lost."""
    assert sniff_kind(XHTML_PAGE) == "html"
    assert sniff_kind('<?xml version="1.0"?>\n<feed><title>Pier</title></feed>') == "text"  # neighbour
    column = XHTML_PAGE.splitlines()[3].index("&#8220;") + len("&#8220;") + 1
    assert quotes(run, XHTML_PAGE) == [("We will keep the pier open,", "Ola Berg", 4, column)]


def test_stdin_format_reads_a_draft_with_no_clear_start_as_markdown(run: Run) -> None:
    assert quotes(run, MARKDOWN_DRAFT, "--stdin-format", "markdown") == [
        ("We will keep the pier open,", "Ola Berg", 3, 3)
    ]
    # neighbour: without the option the draft stays text, its stars left as written
    assert quotes(run, MARKDOWN_DRAFT)[0][1] != "Ola Berg"


def test_stdin_format_html_reads_a_fragment_as_html(run: Run) -> None:
    fragment = "<p>“We will keep the pier open,” said <i>Ola Berg</i>.</p>\n"
    assert quotes(run, fragment, "--stdin-format", "html") == [
        ("We will keep the pier open,", "Ola Berg", 1, 5)
    ]
    assert quotes(run, fragment, "--stdin-format", "text")[0][1] != "Ola Berg"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-", "--stdin-format", "docx"], "unknown --stdin-format 'docx' (choose from markdown, html, text)"),
        (["draft.md", "--stdin-format", "markdown"], "give - as the ARTICLE"),
    ],
)
def test_a_bad_stdin_format_is_one_line_and_exit_2(run: Run, args: list[str], message: str) -> None:
    result = run(*args, input="“We go,” he said.\n")
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_help_teaches_stdin_format(run: Run) -> None:
    assert "--stdin-format" in run("check", "--help").stdout
