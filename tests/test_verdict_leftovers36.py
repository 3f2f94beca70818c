"""Session 36 verdict leftovers, end to end (a draft against a release, a page or a column):

1. A press post written bare or after a possessive body ("communications director at the
   Harlow Water Board", "the Harlow Water Board's head of communications") is the body's press
   voice, as "director of communications at …" was: the release's words may be given to it.
2. A speaker named like a body ("Tom Council", "Mara Guild") who shares no word with the
   release's author is not that body: the release's named speaker decides.
3. A page's "Ferrow’s office said" speaks for Ferrow (speaker_unconfirmed); "Ferrow’s daughter
   said" is another person (misattributed).
4. A long quote whose opening mark (and cue) stand more than PAGE_REACH before the words.
5. A page its extractor left in one line is read by sentence runs for the quote's speaker.
6. A column by the draft's speaker quoting another person: not the columnist's own words.

People, places and bodies are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.api import check
from quotecheck.model import Verdict

OK = (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.EDITED)
WORDS = "The cold store will double its capacity by August"
UNCONFIRMED = "speaker_unconfirmed"


def outcome(tmp_path: Path, draft: str, source: str, name: str = "source.md") -> tuple[Verdict, list[str]]:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / name).write_text(source, encoding="utf-8")
    article = tmp_path / "draft.md"
    article.write_text(f"---\ntitle: Story\ndate: 2026-06-14\n---\n# Story\n\n{draft}\n", encoding="utf-8")
    report = check([article], sources=[folder], store=tmp_path / "store")
    quotes = [q for a in report.articles for q in a.quotes if q.quote.kind == "quote"]
    assert quotes, "no quote read"
    last = quotes[-1]
    return last.verdict, [f.code for f in last.findings]


def release(body: str, sayer: str) -> str:
    return (
        f"---\nkind: release\nauthor: {body}\ndate: 2026-06-14\n---\nFOR IMMEDIATE RELEASE\n\n"
        f"Dunmere, 2026-06-14 — {body} today set out its plan for the coming months.\n\n"
        f"“{WORDS},” said {sayer}.\n\nAbout {body}\n{body} serves Dunmere and the villages around it.\n"
    )


def page(body: str, author: str = "") -> str:
    meta = f"author: {author}\n" if author else ""
    return f"---\nkind: page\ntitle: Town news\n{meta}---\nTown news\n{body}\n"


BOARD = "the Harlow Water Board"


@pytest.mark.parametrize(
    "post",
    [
        f"communications director at {BOARD}",
        f"{BOARD}'s head of communications",
        f"press secretary for {BOARD}",
        f"{BOARD}’s director of media",
    ],
)
def test_a_press_post_in_any_order_takes_the_release(tmp_path: Path, post: str) -> None:
    draft = f"The board set out its plan.\n\n“{WORDS},” said Maren Yoel, {post}."
    verdict, _ = outcome(tmp_path, draft, release(BOARD, f"Lorcan Teague, president of {BOARD}"))
    assert verdict in OK


@pytest.mark.parametrize("post", [f"finance director at {BOARD}", f"{BOARD}'s head of finance"])
def test_a_post_of_another_field_is_not_the_press_voice(tmp_path: Path, post: str) -> None:
    draft = f"The board set out its plan.\n\n“{WORDS},” said Maren Yoel, {post}."
    verdict, _ = outcome(tmp_path, draft, release(BOARD, f"Lorcan Teague, president of {BOARD}"))
    assert verdict is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    "cue",
    [
        "said Tom Council",
        "Mara Guild said on Tuesday",
        "said Ivo Union, a farmer",
        "Lena Trust told reporters",
    ],
)
def test_a_person_named_like_a_body_is_not_the_release_body(tmp_path: Path, cue: str) -> None:
    draft = f"The plan was set out on Tuesday.\n\n“{WORDS},” {cue}."
    verdict, _ = outcome(tmp_path, draft, release(BOARD, f"Lorcan Teague, president of {BOARD}"))
    assert verdict is Verdict.MISATTRIBUTED


@pytest.mark.parametrize("cue", ["said Mara Guild", "said the Harlow Water Board", "said Harlow Board"])
def test_the_release_body_or_its_named_speaker_keep_the_words(tmp_path: Path, cue: str) -> None:
    draft = f"The plan was set out on Tuesday.\n\n“{WORDS},” {cue}."
    verdict, _ = outcome(tmp_path, draft, release(BOARD, f"Mara Guild, president of {BOARD}"))
    assert verdict in OK


LEAD = "Nadia Ferrow, the Kelby mayor, has backed the scheme."
FERROW = f"Nadia Ferrow spoke on Monday.\n\n“{WORDS},” said Nadia Ferrow."


@pytest.mark.parametrize(
    "line",
    [
        f"“{WORDS},” Ferrow’s office said in a statement.",
        f"“{WORDS},” said a spokesman for Ferrow.",
        f"“{WORDS},” Ferrow's campaign said.",
    ],
)
def test_a_page_giving_the_words_to_the_speakers_office_is_unconfirmed(tmp_path: Path, line: str) -> None:
    verdict, codes = outcome(tmp_path, FERROW, page(f"{LEAD}\n{line}"))
    assert verdict in OK and UNCONFIRMED in codes


@pytest.mark.parametrize(
    "line",
    [
        f"“{WORDS},” Ferrow’s daughter said on Monday.",
        f"“{WORDS},” said Nadia Ferrow’s husband.",
        f"“{WORDS},” said Ferrow's neighbour, who runs the bakery.",
    ],
)
def test_a_page_giving_the_words_to_the_speakers_relative_is_misattributed(tmp_path: Path, line: str) -> None:
    verdict, _ = outcome(tmp_path, FERROW, page(f"{LEAD}\n{line}"))
    assert verdict is Verdict.MISATTRIBUTED


@pytest.mark.parametrize("line", [f"“{WORDS},” Ferrow’s statement said.", f"“{WORDS},” Ferrow said."])
def test_the_speakers_own_statement_is_no_one_else(tmp_path: Path, line: str) -> None:
    verdict, codes = outcome(tmp_path, FERROW, page(f"{LEAD}\n{line}"))
    assert verdict in OK and UNCONFIRMED not in codes


FILLER = " ".join(
    f"Point {k} is about the winter, the shut roads and the town's patience." for k in range(26)
)


@pytest.mark.parametrize(
    "line",
    [
        f"Ivo Pell, the engineer, spoke at length. “{FILLER} {WORDS}. We are ready,” Pell said.",
        f"Ivo Pell, the engineer, spoke at length. ‘{FILLER} {WORDS}. We are ready,’ Pell said.",
        f"“{WORDS}. {FILLER} We are ready,” said Ivo Pell, the engineer.",
    ],
)
def test_a_long_quote_is_read_from_its_own_marks(tmp_path: Path, line: str) -> None:
    assert len(FILLER) > 1500
    verdict, _ = outcome(tmp_path, FERROW, page(f"{LEAD}\n{line}"))
    assert verdict is Verdict.MISATTRIBUTED


def test_a_long_quote_of_the_speaker_stays_hers(tmp_path: Path) -> None:
    line = f"Nadia Ferrow spoke at length. “{FILLER} {WORDS}. We are ready,” Ferrow said."
    verdict, _ = outcome(tmp_path, FERROW, page(f"{LEAD}\n{line}"))
    assert verdict in OK


@pytest.mark.parametrize(
    "body",
    [
        f"{LEAD} Ivo Pell, the engineer, was blunt. “{WORDS},” Pell said. The council meets in May.",
        f"{LEAD} Ivo Pell, the engineer, was blunt. ‘{WORDS},’ Pell said. The council meets in May.",
        f"Ivo Pell, the engineer, was blunt. “{WORDS},” said Pell. The council meets in May. {LEAD}",
    ],
)
def test_a_one_line_page_is_read_by_sentence_runs(tmp_path: Path, body: str) -> None:
    verdict, _ = outcome(tmp_path, FERROW, page(body))
    assert verdict is Verdict.MISATTRIBUTED


def test_a_one_line_page_quoting_the_speaker_stays_hers(tmp_path: Path) -> None:
    body = f"{LEAD} The council meets in May. “{WORDS},” Ferrow said. “That is too slow,” said Ivo Pell."
    verdict, _ = outcome(tmp_path, FERROW, page(body))
    assert verdict in OK


DRAX = f"Lena Drax wrote a column on Sunday.\n\n“{WORDS},” wrote Lena Drax."


@pytest.mark.parametrize(
    "body",
    [
        f"I walked the river path last week.\n“{WORDS},” Ivo Pell, the engineer, told me.\nI am not sure.",
        f"I walked the river path last week. “{WORDS},” said Ivo Pell, a builder. I am not sure.",
        f"I walked the river path last week.\n‘{WORDS},’ Ivo Pell told me.\nI am not sure.",
    ],
)
def test_a_column_quoting_another_by_name_is_misattributed(tmp_path: Path, body: str) -> None:
    verdict, _ = outcome(tmp_path, DRAX, page(body, "Lena Drax"))
    assert verdict is Verdict.MISATTRIBUTED


def test_a_column_quoting_someone_unplaced_is_unconfirmed(tmp_path: Path) -> None:
    body = f"I walked the river path with Ivo Pell, the engineer.\n“{WORDS},” he told me.\nI am not sure."
    verdict, codes = outcome(tmp_path, DRAX, page(body, "Lena Drax"))
    assert verdict in OK and UNCONFIRMED in codes


@pytest.mark.parametrize(
    "line",
    [f"“{WORDS},” I told the council.", f"I told the council: “{WORDS}.”", f"{WORDS}. I am sure of it."],
)
def test_the_columnists_own_words_stay_hers(tmp_path: Path, line: str) -> None:
    verdict, codes = outcome(tmp_path, DRAX, page(f"I walked the river path last week.\n{line}", "Lena Drax"))
    assert verdict in OK and UNCONFIRMED not in codes


# Mend 1: a press officer may give out the body's words, never words its release gives by name to
# someone outside the body.
@pytest.mark.parametrize(
    ("post", "sayer"),
    [
        (f"communications director at {BOARD}", "Wren Halloway, a resident who opposes the plan"),
        (f"{BOARD}'s head of communications", "Ada Wren, captain of the Kelby Rowing Club"),
        (f"a spokeswoman for {BOARD}", "Professor Ivo Dent of Kelby University, who reviewed the scheme"),
        (f"press secretary for {BOARD}", "Tomas Reeve, a farmer near Dunmere"),
    ],
)
def test_a_press_officer_is_not_given_an_outsiders_words(tmp_path: Path, post: str, sayer: str) -> None:
    draft = f"The board set out its plan.\n\n“{WORDS},” said Maren Yoel, {post}."
    verdict, _ = outcome(tmp_path, draft, release(BOARD, sayer))
    assert verdict is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    "sayer",
    [
        "Lorcan Teague, chair of the Water Board",
        "Lorcan Teague, its chief executive",
        "Lorcan Teague",
        "Lorcan Teague, a councillor on the audit panel",
    ],
)
def test_a_press_officer_may_give_out_the_bodys_own_peoples_words(tmp_path: Path, sayer: str) -> None:
    draft = f"The board set out its plan.\n\n“{WORDS},” said Maren Yoel, communications director at {BOARD}."
    verdict, _ = outcome(tmp_path, draft, release(BOARD, sayer))
    assert verdict in OK


def test_a_body_named_with_the_is_no_owner_of_an_outsider(tmp_path: Path) -> None:
    club = "The Kelby Rowing Club"
    draft = f"The club set out its plan.\n\n“{WORDS},” said Maren Yoel, press officer for {club}."
    verdict, _ = outcome(tmp_path, draft, release(club, "Tomas Reeve, a resident who opposes the plan"))
    assert verdict is Verdict.MISATTRIBUTED


def test_the_outsider_keeps_their_own_words(tmp_path: Path) -> None:
    draft = f"A resident spoke.\n\n“{WORDS},” said Wren Halloway."
    verdict, _ = outcome(tmp_path, draft, release(BOARD, "Wren Halloway, a resident who opposes the plan"))
    assert verdict in OK


# Mend 2: "Ferrow’s daughter, Ada Ferrow, said": the name set beside the description is the speaker.
ADA = f"Ada Ferrow spoke on Monday.\n\n“{WORDS},” said Ada Ferrow."


@pytest.mark.parametrize(
    "line",
    [
        f"“{WORDS},” Ferrow’s daughter, Ada Ferrow, said.",
        f"“{WORDS},” said Ferrow’s daughter, Ada Ferrow.",
        f"“{WORDS},” Ferrow's daughter Ada Ferrow said on Monday.",
        f"“{WORDS},” Ferrow’s spokeswoman, Ada Ferrow, told reporters.",
    ],
)
def test_the_relative_named_in_the_mention_is_the_speaker(tmp_path: Path, line: str) -> None:
    verdict, codes = outcome(tmp_path, ADA, page(f"{LEAD}\n{line}"))
    assert verdict in OK and UNCONFIRMED not in codes


@pytest.mark.parametrize(
    "line",
    [f"“{WORDS},” Ferrow’s daughter, Ada Ferrow, said.", f"“{WORDS},” Ferrow’s niece, Ada Wren, said."],
)
def test_the_named_relative_is_still_not_the_mayor(tmp_path: Path, line: str) -> None:
    verdict, _ = outcome(tmp_path, FERROW, page(f"{LEAD}\n{line}"))
    assert verdict is Verdict.MISATTRIBUTED


# Mend 3: a page by the speaker written of her in the third person; "the mayor said" right after
# she is named is hers.
MALLORY = f"Rhea Mallory spoke on Monday.\n\n“{WORDS},” said Rhea Mallory."


@pytest.mark.parametrize(
    "body",
    [
        f"Rhea Mallory visited Kelby Primary on Monday. “{WORDS},” the mayor said.\nFind out more below.",
        f"Rhea Mallory visited Kelby Primary on Monday.\n“{WORDS},” the candidate said.\nFind out more below.",
        f"Rhea Mallory toured the harbour on Friday.\n“{WORDS},” the former teacher told the crowd.\nMore soon.",
        f"Rhea Mallory, standing for the Kelby ward, met parents.\nThe councillor said: “{WORDS}.”\nMore soon.",
    ],
)
def test_a_description_cue_after_the_writer_is_named_is_hers(tmp_path: Path, body: str) -> None:
    verdict, codes = outcome(tmp_path, MALLORY, page(body, "Rhea Mallory"))
    assert verdict in OK and UNCONFIRMED not in codes


@pytest.mark.parametrize(
    "body",
    [
        f"Rhea Mallory visited Kelby Primary on Monday.\n“{WORDS},” a nurse told her.\nMore soon.",
        f"Rhea Mallory met the harbour master on Friday.\n“{WORDS},” the harbour master said.\nMore soon.",
        f"Rhea Mallory visited Kelby Primary.\n“{WORDS},” said Bastian Quell, a teacher.\nMore soon.",
    ],
)
def test_a_cue_of_someone_else_on_the_writers_page_still_counts(tmp_path: Path, body: str) -> None:
    verdict, codes = outcome(tmp_path, MALLORY, page(body, "Rhea Mallory"))
    assert verdict is Verdict.MISATTRIBUTED or (verdict in OK and UNCONFIRMED in codes)
