"""An embedded post the check never looked up is unverified, not not_found: its words are
unchecked, not wrong. All text written for these tests."""

from __future__ import annotations

from pathlib import Path

from quotecheck.api import check_documents
from quotecheck.article import document_from_text
from quotecheck.model import Source, Verdict
from tests.conftest import Run

POST = "https://twitter.com/olaberg_pier/status/1234567890123456789"
PAGE = f"""<!doctype html><html><body><article>
<p>The harbour board met on Monday. “We will keep the pier open,” said Ola Berg, the chair.</p>
<blockquote class="twitter-tweet"><p lang="en">The pier stays open all summer. Come and see us.</p>
&mdash; Ola Berg (@olaberg_pier) <a href="{POST}">June 1, 2026</a></blockquote>
<p>Her deputy was blunt: “The ferry will never come back,” said Ivo Brand.</p>
</article></body></html>
"""
RECORD = "OLA BERG: We will keep the pier open. That is final.\n"


def verdicts(page: str, sources: list[Source]) -> dict[str, Verdict | None]:
    doc = document_from_text(page, "story.html", "html")
    report = check_documents([doc], sources, [])
    return {r.quote.text[:20]: r.verdict for r in report.articles[0].quotes}


def test_an_embedded_post_never_looked_up_is_unverified(tmp_path: Path, run_json: Run) -> None:
    article, record = tmp_path / "story.html", tmp_path / "record.txt"
    article.write_text(PAGE)
    record.write_text(RECORD)
    report = run_json(str(article), "-s", str(record), "--no-links", "--store", str(tmp_path / "s"))
    got = {q["text"][:20]: q for q in report["articles"][0]["quotes"]}
    post = got["The pier stays open "]
    assert post["verdict"] == "unverified"
    assert [f["code"] for f in post["findings"]] == ["source_unavailable"]
    assert POST in post["findings"][0]["message"]
    assert got["We will keep the pie"]["verdict"] == "exact"
    assert got["The ferry will never"]["verdict"] == "not_found"  # neighbour: no embed, words missing


def test_an_embed_with_no_link_cannot_be_looked_up() -> None:
    page = PAGE.replace(f'<a href="{POST}">June 1, 2026</a>', "June 1, 2026")
    got = verdicts(page, [Source("record.txt", "transcript", RECORD)])
    assert got["The pier stays open "] is Verdict.UNVERIFIED


def test_a_post_that_was_fetched_and_lacks_the_words_stays_not_found() -> None:
    """Neighbour: the post was had (its text differs), so the embed's words are not in it."""
    fetched = Source(
        "https://x.com/i/status/1234567890123456789", "post", "Board meeting moved to Tuesday.", "Ola Berg"
    )
    got = verdicts(PAGE, [Source("record.txt", "transcript", RECORD), fetched])
    assert got["The pier stays open "] is Verdict.NOT_FOUND
