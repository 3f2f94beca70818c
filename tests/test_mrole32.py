"""Mending session 32's verdicts for role-holders: only a body's voice or officer named with
the author's body's whole name passes the body's post.

1. Another body sharing words with the author's name ("Harlow Fire Department" against
   Harlow Police Department, "North Ashby Council" against Ashby Council, the company's union)
   is someone else: misattributed.
2. A past post (former, ex-, one-time, retired, ousted, "until last year") is someone else.
3. Words a transcript turn quotes are credited to a name only when it reads out a document by
   it ("I will read the letter from Vera Sal. “…”") or the name is the subject of the cue that
   opens the quotation ("Vera Sal wrote: “…”"); never to one spoken to or about.
4. A person whose name holds a body's word ("Tom Fox", "Vera Mills") has spokesmen who are
   someone else.
5. An outsider linked by a participle ("an analyst covering Harlow Foods") is someone else.
6. An office-holder's account, newsletter or blog by title is the author's own; their team
   or camp speaks for them as an office does (a warning).
7. A quote both misattributed and altered keeps both findings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_speaker_role32 import QC, WORDS, Q, meeting
from tests.test_speaker_role32 import outcome as role_outcome

ALTERED = "We have stopped the third line until the inspectors finish their checks."
QA = f"“{ALTERED[:-1]},”"


def outcome(
    tmp_path: Path, draft: str, author: str | None = None, transcript: str | None = None
) -> tuple[str, list[str]]:
    """(verdict, finding codes) of the one quote in ``draft`` against a post by ``author`` or a
    council meeting's transcript holding the ``transcript`` turn (session 32's shared helper)."""
    return role_outcome(tmp_path, draft, author, None if transcript is None else meeting(transcript))


# ---- 1. another body sharing words with the author's name ----
OTHER_BODY = [
    (f"{QC} Harlow Fire Department spokesman Ivo Lund said.", "Harlow Police Department"),
    (f"{QC} said Ann Roe, a spokeswoman for the Harlow Fire Department.", "Harlow Police Department"),
    (f"North Ashby Council spokesman Jonah Pell said: {Q}", "Ashby Council"),
    (f"{QC} Harlow Foods Workers Union spokesman Ivo Lund said.", "Harlow Foods"),
    (f"{QC} said Ann Roe, director of the Harlow Foods Foundation.", "Harlow Foods"),
    (f"{QC} Ann Roe, the Harlow Foods union's chairwoman, said.", "Harlow Foods"),
    (f"{QC} said Ann Roe, a spokeswoman for Corran Airways' pilots.", "Corran Airways"),
    (f"{QC} Halden school board member Ann Roe said.", "Halden Council"),
]


@pytest.mark.parametrize(("draft", "author"), OTHER_BODY)
def test_another_body_sharing_words_is_misattributed(tmp_path: Path, draft: str, author: str) -> None:
    assert outcome(tmp_path, draft, author)[0] == "misattributed"


SAME_BODY = [
    (f"{QC} Harlow Police Department spokesman Ivo Lund said.", "Harlow Police Department"),
    (f"{QC} said Ann Roe, chief executive of Kettle Foods Inc.", "Kettle Foods Inc."),
    (f"{QC} said Ann Roe, a spokeswoman for the Harbor Transit Authority.", "Harbor Transit Authority"),
]


@pytest.mark.parametrize(("draft", "author"), SAME_BODY)
def test_the_bodys_whole_name_passes(tmp_path: Path, draft: str, author: str) -> None:
    assert outcome(tmp_path, draft, author) == ("exact", [])


# ---- 2. a past post ----
FORMER = [
    f"Former Harlow Foods chief executive Ann Roe said: {Q}",
    f"{QC} Ex-Harlow Foods chief executive Ann Roe said.",
    f"{QC} said Ann Roe, Harlow Foods' one-time chief executive.",
    f"{QC} said Ann Roe, Harlow Foods' ousted chief executive.",
    f"{QC} Ann Roe, a spokeswoman for Harlow Foods until last year, said.",
    f"{QC} said Ann Roe, Harlow Foods' retired chairwoman.",
]


@pytest.mark.parametrize("draft", FORMER)
def test_a_past_post_is_misattributed(tmp_path: Path, draft: str) -> None:
    assert outcome(tmp_path, draft, "Harlow Foods")[0] == "misattributed"


def test_a_present_post_passes(tmp_path: Path) -> None:
    assert outcome(tmp_path, f"{QC} said Ann Roe, Harlow Foods' chief executive.", "Harlow Foods") == (
        "exact",
        [],
    )


# ---- 3. words a turn quotes ----
NOT_READ_OUT = [
    f"IVO LUND: I told Vera Sal that day, {Q}",
    f"IVO LUND: When Vera Sal took office, I wrote to her, {Q}",
    f"HOST: Vera Sal joins us later. First, Tom Hale wrote to us: {Q}",
    f"IVO LUND: Vera Sal's critics keep saying {Q}",
    f"IVO LUND: I was struck by Vera Sal's remarks, so I answered, {Q}",
    f"CLERK: A letter about Vera Sal from Tom Hale reads {Q}",
]


@pytest.mark.parametrize("transcript", NOT_READ_OUT)
def test_words_a_turn_quotes_are_not_those_of_anyone_it_names(tmp_path: Path, transcript: str) -> None:
    assert outcome(tmp_path, f"{QC} Vera Sal said.", transcript=transcript)[0] == "misattributed"


def test_words_running_past_the_quotation_are_not_the_authors(tmp_path: Path) -> None:
    draft = "“We will pay the contractor in full. I think that is not enough,” Vera Sal wrote."
    transcript = "CLERK: The letter from Vera Sal says “We will pay the contractor in full.” I think that is not enough."
    assert outcome(tmp_path, draft, transcript=transcript)[0] == "misattributed"


READ_OUT = [
    f"CLERK: I will read the letter from Vera Sal. {Q} That is all.",
    f"CLERK: I am reading a statement by Vera Sal: {Q}",
    f"HOST: First, Vera Sal wrote to us: {Q}",
    f"CLERK: Thank you. Vera Sal wrote: {Q}",
    f"CLERK: The letter from Vera Sal says {Q}",
    f"CLERK: Councillors, the resignation letter by Vera Sal reads {Q}",
    f"CLERK: Vera Sal's statement says {Q}",
]


@pytest.mark.parametrize("transcript", READ_OUT)
def test_words_read_out_by_their_author_pass(tmp_path: Path, transcript: str) -> None:
    assert outcome(tmp_path, f"{QC} Vera Sal wrote.", transcript=transcript)[0] == "exact"


# ---- 4. a person whose name holds a body's word ----
PERSON_BODY_WORD = [
    (f"{QC} Ivo Lund, a spokesman for Tom Fox, said.", "Tom Fox"),
    (f"{QC} said Ivo Lund, Vera Mills' spokesman.", "Vera Mills"),
    (f"{QC} Ines Morrow, a representative for Omar House, said.", "Omar House"),
    (f"{QC} said Tom Hale, Mayor Rosa Street's chief of staff.", "Mayor Rosa Street"),
    (f"{QC} Omar Fenn, a spokesman for Georgia Lund, said.", "Georgia Lund"),
]


@pytest.mark.parametrize(("draft", "author"), PERSON_BODY_WORD)
def test_a_persons_spokesman_is_misattributed_whatever_the_name(
    tmp_path: Path, draft: str, author: str
) -> None:
    assert outcome(tmp_path, draft, author)[0] == "misattributed"


def test_a_persons_spokesman_in_a_transcript_is_misattributed(tmp_path: Path) -> None:
    verdict, _ = outcome(
        tmp_path, f"{QC} Ivo Lund, a spokesman for Tom Fox, said.", transcript=f"TOM FOX: {WORDS}"
    )
    assert verdict == "misattributed"


def test_a_bodys_officer_passes_its_turn_in_a_transcript(tmp_path: Path) -> None:
    draft = f"{QC} Harlow Foods chief executive Ann Roe said."
    assert outcome(tmp_path, draft, transcript=f"HARLOW FOODS: {WORDS}")[0] == "exact"


def test_a_bodys_spokesman_still_passes(tmp_path: Path) -> None:
    assert outcome(tmp_path, f"{QC} Ivo Lund, a spokesman for Dayton Mill, said.", "Dayton Mill") == (
        "exact",
        [],
    )


# ---- 5. outsiders linked by a participle ----
OUTSIDERS = [
    (f"{QC} said Ann Roe, an analyst covering Harlow Foods.", "Harlow Foods"),
    (f"{QC} said Ivo Lund, a professor studying the Harbor Transit Authority.", "Harbor Transit Authority"),
    (f"{QC} Mara Osei, a researcher tracking Kettle Foods, said.", "Kettle Foods"),
    (f"{QC} said Kai Brandt, an official opposing the Harbor Transit Authority.", "Harbor Transit Authority"),
    (f"{QC} said Ann Roe, a union official at Dayton Mill.", "Dayton Mill"),
]


@pytest.mark.parametrize(("draft", "author"), OUTSIDERS)
def test_an_outsider_is_misattributed(tmp_path: Path, draft: str, author: str) -> None:
    assert outcome(tmp_path, draft, author)[0] == "misattributed"


def test_an_official_at_the_body_passes(tmp_path: Path) -> None:
    draft = f"{QC} said Kai Brandt, an official at the Harbor Transit Authority."
    assert outcome(tmp_path, draft, "Harbor Transit Authority") == ("exact", [])


# ---- 6. the office-holder's own channel; their team ----
OWN_CHANNEL = [
    (f"{QC} the mayor's account posted.", "Mayor Vera Sal"),
    (f"{QC} the mayor's newsletter said.", "Mayor Vera Sal"),
    (f"{QC} the senator's official account wrote.", "Sen. Ann Roe"),
    (f"{QC} the governor's blog said.", "Gov. Ivo Lund"),
]


@pytest.mark.parametrize(("draft", "author"), OWN_CHANNEL)
def test_an_office_holders_own_channel_passes(tmp_path: Path, draft: str, author: str) -> None:
    assert outcome(tmp_path, draft, author) == ("exact", [])


ENTOURAGE = [
    (f"{QC} the mayor's team said.", "Mayor Vera Sal"),
    (f"{QC} the governor's camp said.", "Gov. Ivo Lund"),
    (f"{QC} the senator's staff said on Friday.", "Sen. Ann Roe"),
]


@pytest.mark.parametrize(("draft", "author"), ENTOURAGE)
def test_an_office_holders_team_is_unconfirmed(tmp_path: Path, draft: str, author: str) -> None:
    assert outcome(tmp_path, draft, author) == ("exact", ["speaker_unconfirmed"])


def test_an_office_holders_aide_by_title_stays_misattributed(tmp_path: Path) -> None:
    assert outcome(tmp_path, f"{QC} the mayor's chief of staff said.", "Mayor Vera Sal")[0] == "misattributed"


# ---- 7. misattributed and altered ----
BOTH = [
    (f"{QA} Harlow Fire Department spokesman Ivo Lund said.", "Harlow Police Department"),
    (f"{QA} Ivo Lund, a spokesman for Tom Fox, said.", "Tom Fox"),
    (f"{QA} said Ann Roe, Harlow Foods' one-time chief executive.", "Harlow Foods"),
]


@pytest.mark.parametrize(("draft", "author"), BOTH)
def test_misattributed_and_altered_reports_both(tmp_path: Path, draft: str, author: str) -> None:
    verdict, codes = outcome(tmp_path, draft, author)
    assert verdict == "misattributed"
    assert "speaker_mismatch" in codes and len(codes) > 1


def test_altered_words_of_the_bodys_voice_are_altered(tmp_path: Path) -> None:
    verdict, codes = outcome(tmp_path, f"{QA} Dayton Mill spokesman Ivo Lund said.", "Dayton Mill")
    assert verdict == "altered" and "speaker_mismatch" not in codes


# ---- a hedged or supposed report in a turn names no author ----
SUPPOSED = [
    f"IVO LUND: If Vera Sal says, {Q} then she is wrong.",
    f"IVO LUND: When Vera Sal says {Q} she forgets the contract.",
    f"IVO LUND: Suppose Vera Sal wrote, {Q} Would anyone believe it?",
    f"IVO LUND: Had Vera Sal said, {Q} we would have stopped the sale.",
    f"IVO LUND: Unless Vera Sal writes {Q} nothing changes.",
    f"IVO LUND: Maybe Vera Sal told us {Q} I do not remember it.",
]


@pytest.mark.parametrize("transcript", SUPPOSED)
def test_a_supposed_report_in_a_turn_is_the_turns_own(tmp_path: Path, transcript: str) -> None:
    assert outcome(tmp_path, f"{QC} Vera Sal said.", transcript=transcript)[0] == "misattributed"


def test_a_read_out_by_an_author_named_will_still_passes(tmp_path: Path) -> None:
    transcript = f"CLERK: Thank you. Will Sal wrote: {Q}"
    assert outcome(tmp_path, f"{QC} Will Sal wrote.", transcript=transcript)[0] == "exact"
