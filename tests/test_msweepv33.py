"""End to end, session 33 (verdict sweep, merged): a release or page that itself names another
person in full as saying the quoted words makes the draft's speaker misattributed, and a quote
closed just before the source's "not" is a negation change, read through files as a newsroom
would give them."""

from __future__ import annotations

from pathlib import Path

from quotecheck.api import check
from quotecheck.model import Verdict
from quotecheck.sources.transcript import turns_of

RELEASE = """---
kind: release
author: Quay Harbour Trust
date: 2026-03-03
---
FOR IMMEDIATE RELEASE

Quay Harbour Trust announces harbour investment

QUAY ISLAND, March 3, 2026 — Quay Harbour Trust today set out its plans for the harbour.

“The new depot will open in May, and it will employ forty people,” said Dora Quill, chief executive of Quay Harbour Trust.

Marek Olund, the trust's chair, said: “We have waited long enough for a proper ferry terminal.”

“Our crews have worked through the winter,” Selma Rask, the harbour master, said in the statement.

“We thank the volunteers who cleared the slipway,” she added.

About Quay Harbour Trust
Quay Harbour Trust runs the ferry and harbour services for Quay Island.
"""

PAGE = """<!doctype html><html><head><title>Harbour row | The Quay Gazette</title>
<meta name="author" content="Nell Tarrant"></head><body>
<header><h1>Harbour row deepens</h1><p class="byline">By Nell Tarrant</p></header>
<article>
<p>“We will not raise the harbour fee this year, whatever the board decides,” said Caspar Whitlow, the planning officer.</p>
<p>The plan has divided the council for months.</p>
<p>Tomas Brekke, the ferry operator, said: “Nobody in this town wants to see the ferry service cut.”</p>
<p>“They told us that the road would be finished in May, and it was not,” said Anneli Varga, a shopkeeper.</p>
</article></body></html>
"""


def verdict(tmp_path: Path, draft: str, name: str, source: str) -> Verdict | None:
    (tmp_path / "src").mkdir(exist_ok=True)
    (tmp_path / "src" / name).write_text(source, encoding="utf-8")
    article = tmp_path / "draft.md"
    article.write_text(
        "---\ntitle: Harbour\ndate: 2026-03-04\n---\n# Harbour\n\n" + draft + "\n", encoding="utf-8"
    )
    report = check([article], sources=[tmp_path / "src"], store=tmp_path / "store")
    quotes = [q for a in report.articles for q in a.quotes if q.quote.kind == "quote"]
    assert len(quotes) == 1, quotes
    return quotes[0].verdict


def test_words_a_release_gives_to_its_named_officer_are_not_another_person_s(tmp_path: Path) -> None:
    for draft in (
        "“The new depot will open in May, and it will employ forty people,” said Caspar Whitlow.",
        "Caspar Whitlow, a planning officer, said: “We have waited long enough for a proper ferry terminal.”",
        "“Our crews have worked through the winter,” Ivo Lund, who runs the boatyard, told the meeting.",
        "Whitlow said the trust was ready. “The new depot will open in May,” Caspar Whitlow added.",
    ):
        assert verdict(tmp_path, draft, "release.md", RELEASE) is Verdict.MISATTRIBUTED, draft


def test_a_release_s_own_people_and_unsure_cases_pass(tmp_path: Path) -> None:
    for draft in (
        "“The new depot will open in May, and it will employ forty people,” said Dora Quill.",
        "“The new depot will open in May,” Quill said.",
        "“The new depot will open in May,” Quay Harbour Trust said.",
        # the draft's speaker speaks for the body whose release it is
        "“The new depot will open in May,” said Ivo Lund, a spokesman for Quay Harbour Trust.",
        # a pronoun in the release may reach back past its paragraph
        "“We thank the volunteers who cleared the slipway,” said Caspar Whitlow.",
    ):
        assert verdict(tmp_path, draft, "release.md", RELEASE) in (Verdict.EXACT, Verdict.EQUIVALENT), draft


def test_words_a_page_gives_to_one_named_person_are_not_another_s(tmp_path: Path) -> None:
    for draft in (
        "Tomas Brekke and Caspar Whitlow spoke.\n\n“We will not raise the harbour fee this year,” Tomas Brekke said.",
        "Tomas Brekke and Caspar Whitlow spoke.\n\n"
        "Caspar Whitlow, the planning officer, said: “Nobody in this town wants to see the ferry service cut.”",
    ):
        assert verdict(tmp_path, draft, "page.html", PAGE) is Verdict.MISATTRIBUTED, draft


def test_a_page_s_own_speaker_or_one_it_never_names_passes(tmp_path: Path) -> None:
    for draft in (
        "“We will not raise the harbour fee this year,” Caspar Whitlow said.",
        # a news page that never names the draft's speaker may be reporting words said first by them
        "“We will not raise the harbour fee this year,” Priya Nandan said.",
    ):
        assert verdict(tmp_path, draft, "page.html", PAGE) is Verdict.EXACT, draft


def test_a_quote_closed_just_before_the_page_s_not_is_altered(tmp_path: Path) -> None:
    for draft in (
        "Anneli Varga said: “They told us that the road would be finished in May, and it was.”",
        "“The road would be finished in May, and it was,” Varga, a shopkeeper, said.",
    ):
        assert verdict(tmp_path, draft, "page.html", PAGE) is Verdict.ALTERED, draft
    # the words left open run on in the draft's own sentence; a whole sentence with its "not" is fine
    for draft in (
        "Anneli Varga said the road was meant to be “finished in May” and was late.",
        "Anneli Varga said: “They told us that the road would be finished in May, and it was not.”",
    ):
        assert verdict(tmp_path, draft, "page.html", PAGE) is Verdict.EXACT, draft


MEETING = """---
title: Council meeting, 3 March
date: 2026-03-03
---

Dora Quill: Our neighbours have been patient, and they deserve a proper answer by the summer.

Hugo Ferrant: Every child in this district should be able to walk to a school that is safe.

Anneli Varga Rask: We're going to organise the volunteers street by street until the work is done.

Dora Quill: The theatre will be rebuilt with the grant we received in March.
"""


def test_words_of_a_turn_labelled_by_a_name_in_ordinary_case_are_that_person_s(tmp_path: Path) -> None:
    for draft in (
        "Hugo Ferrant told reporters: “Our neighbours have been patient, and they deserve a proper answer.”",
        "“Every child in this district should be able to walk to a school that is safe,” said Dora Quill.",
        "Caspar Whitlow, who chairs the board, said: “We're going to organise the volunteers street by street.”",
        "“The theatre will be rebuilt with the grant we received in March,” Anneli Varga Rask said.",
    ):
        assert verdict(tmp_path, draft, "meeting.md", MEETING) is Verdict.MISATTRIBUTED, draft
    assert (
        verdict(
            tmp_path,
            "“Every child in this district should be able to walk to a school that is safe,” "
            "said Hugo Ferrant.",
            "meeting.md",
            MEETING,
        )
        is Verdict.EXACT
    )


def speakers(text: str) -> list[str | None]:
    return [t.speaker for t in turns_of(text)]


def test_names_in_ordinary_case_label_turns_only_where_they_are_all_the_text_is() -> None:
    assert speakers("Vera Sal: We go.\n\nIvo Lund: We stay.\n") == ["Vera Sal", "Ivo Lund"]
    # a line of prose, terms rather than names, one person only, a name with nothing said after it
    assert speakers("The council met.\nVera Sal: We go.\nIvo Lund: We stay.") == []
    assert speakers("Harbour Fee: what the boats pay.\nFerry Pass: a ticket for a month.") == []
    assert speakers("Vera Sal: We go.\nVera Sal: We stay.") == []
    assert speakers("Vera Sal:\nWe go.\nIvo Lund: We stay.") == []
