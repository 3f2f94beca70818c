"""Session 37, page speaker (s37-vpage): after a split quote, the draft's speaker named only as
reacting ("“…,” said Maren Holt, “and I mean that.” Wenna Dorn disagreed.") is no speaker of the
words; "According to X, the treasurer, Y told the meeting: “…”" gives the words to Y, so a draft
giving them to X is misattributed. A pronoun turn on a page stays as it was (neighbours below).
Every check goes through files as a newsroom gives them (people, towns and bodies invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.model import QuoteResult, Verdict
from tests.conftest import checked_source, speaker_codes

OK = (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.EDITED)
WORDS = "The ferry timetable was drafted without a single public meeting."
EARLIER = "Nobody on the east side asked for this scheme."


def checked(tmp_path: Path, draft: str, source: str) -> QuoteResult:
    return checked_source(
        tmp_path, draft, "page.html", source, lead="The row over the ferry went on this week.\n\n"
    )


def page(*paras: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>\n{body}\n</article></body></html>\n"


# --- 1. a pronoun turn in a paragraph of its own: the page's speaker is not read from the
# paragraph before (tried and dropped in review: side mentions and photo credits took the turn),
# so a page where the draft's speaker is the pronoun's person stays verified --------------------


def test_neighbour_the_person_named_then_he_said_is_the_drafts_speaker(tmp_path: Path) -> None:
    source = page(
        "Ilse Harrowdale opened the debate.",
        f"“{EARLIER[:-1]},” she said.",
        "Gideon Pellamy, the harbour master, was unimpressed.",
        f"“{WORDS[:-1]},” he said.",
    )
    result = checked(tmp_path, f"Gideon Pellamy said: “{WORDS}”", source)
    assert result.verdict in OK and not speaker_codes(result)


def test_neighbour_two_people_of_the_pronouns_sex(tmp_path: Path) -> None:
    source = page(
        "The ferry came up again.",
        "Petra Quenby and Carys Ostrander were both unimpressed.",
        f"“{WORDS[:-1]},” she said.",
    )
    result = checked(tmp_path, f"Carys Ostrander said: “{WORDS}”", source)
    assert result.verdict in OK and not speaker_commit_errors(result)


def test_neighbour_a_pronoun_turn_reading_out_the_drafts_speaker(tmp_path: Path) -> None:
    source = page(
        "Petra Quenby, the fire chief, read out a letter from Matthias Tolliver.",
        f"“{WORDS[:-1]},” she said.",
    )
    result = checked(tmp_path, f"Matthias Tolliver said: “{WORDS}”", source)
    assert result.verdict in OK and not speaker_commit_errors(result)


def test_neighbour_a_given_name_of_no_known_sex_stops_the_reading(tmp_path: Path) -> None:
    source = page(
        "Matthias Tolliver arrived late.",
        f"“{EARLIER[:-1]},” he said.",
        "Petra Quenby sat beside Tobiah Wrenn.",
        f"“{WORDS[:-1]},” she said.",
    )
    result = checked(tmp_path, f"Matthias Tolliver said: “{WORDS}”", source)
    assert result.verdict in OK


def speaker_commit_errors(result: QuoteResult) -> set[str]:
    return {f.code for f in result.findings if f.code == "speaker_mismatch"}


# --- 2. the draft's speaker named after the words only as reacting to them ----------------------


@pytest.mark.parametrize(
    "para",
    [
        f"“{WORDS[:-1]},” said Maren Quenby, the chief engineer, “and I mean that.” Carys Ostrander disagreed.",
        f"“{WORDS[:-1]},” said Maren Quenby. Carys Ostrander frowned.",
        f"“{WORDS[:-1]},” Maren Quenby, the chief engineer, told the board on Monday. Ostrander objected.",
        f"“{WORDS[:-1]},” Maren Quenby will tell the board. Carys Ostrander shrugged.",
    ],
)
def test_a_reaction_after_the_words_is_no_speaker_of_them(tmp_path: Path, para: str) -> None:
    source = page("Carys Ostrander, a ferry pilot, led the protest.", para)
    result = checked(tmp_path, f"Carys Ostrander said: “{WORDS}”", source)
    assert result.verdict == Verdict.MISATTRIBUTED, result.findings


@pytest.mark.parametrize(
    "reaction",
    ["Carys Ostrander agreed.", "Carys Ostrander later repeated the words.", "Ostrander said the same."],
)
def test_neighbour_agreeing_or_repeating_may_share_the_words(tmp_path: Path, reaction: str) -> None:
    source = page(
        "Carys Ostrander, a ferry pilot, led the protest.", f"“{WORDS[:-1]},” said Maren Quenby. {reaction}"
    )
    result = checked(tmp_path, f"Carys Ostrander said: “{WORDS}”", source)
    assert result.verdict in OK and not speaker_commit_errors(result)


def test_neighbour_the_speaker_named_with_the_one_reacting(tmp_path: Path) -> None:
    source = page(f"“{WORDS[:-1]},” said Maren Quenby, “and I mean that.” Carys Ostrander disagreed.")
    result = checked(tmp_path, f"Maren Quenby said: “{WORDS}”", source)
    assert result.verdict in OK and not speaker_codes(result)


# --- 3. "according to" the draft's speaker, with a cue of its own naming another --------------


@pytest.mark.parametrize(
    "para",
    [
        f"According to Carys Ostrander, the county treasurer, Tomas Quenby told the meeting: “{WORDS}”",
        f"According to Carys Ostrander, Tomas Quenby said: “{WORDS}”",
        f"According to Ostrander, a ferry pilot, Tomas Quenby has warned the committee: “{WORDS}”",
        f"According to Carys Ostrander-Lind, Tomas Quenby told colleagues: “{WORDS}”",
    ],
)
def test_according_to_the_drafts_speaker_of_anothers_words(tmp_path: Path, para: str) -> None:
    source = page("The ferry came up again.", para)
    name = "Carys Ostrander-Lind" if "Lind" in para else "Carys Ostrander"
    result = checked(tmp_path, f"{name} said: “{WORDS}”", source)
    assert result.verdict == Verdict.MISATTRIBUTED, result.findings


def test_neighbour_according_to_another_of_the_drafts_speakers_words(tmp_path: Path) -> None:
    source = page(
        "The ferry came up again.", f"According to Carys Ostrander, Tomas Quenby told the meeting: “{WORDS}”"
    )
    result = checked(tmp_path, f"Tomas Quenby said: “{WORDS}”", source)
    assert result.verdict in OK and not speaker_codes(result)


def test_neighbour_according_to_the_drafts_speaker_alone(tmp_path: Path) -> None:
    source = page(
        "Tomas Quenby had called for the review.", f"According to Carys Ostrander, a ferry pilot, “{WORDS}”"
    )
    result = checked(tmp_path, f"Carys Ostrander said: “{WORDS}”", source)
    assert result.verdict in OK and not speaker_codes(result)
