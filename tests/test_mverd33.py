"""A speaker's role given earlier, and posts in capitals, end to end (session 33, after review):

- A role given where the draft last named the speaker in full, before the quote's cue, never
  confirms the source's author (``speaker_unconfirmed``), whether or not the draft tells of the
  post ending ("… resigned on Monday", "Tove Ashby, who replaced …", "was suspended"): never a
  clean pass (session 33, m2: test_m2verd33).
- "<name> is <role>" gives the role only where the name is its clause's subject, not the object
  of another clause ("The man who hired Ivo Lund is the chief executive of …").
- A surname alone takes no earlier role when the article names another person by that surname.
- A description ending on a post in capitals ("its CEO", "the company's CFO", "the new CEO") is
  warned as "its chief executive" is, unless a transcript's label gives the speaker that post.
- "Emeritus" in the speaker's name makes the post one held once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_speaker_role32 import QC, WORDS, meeting, outcome

UNCONFIRMED = ("exact", ["speaker_unconfirmed"])
MISATTRIBUTED = ("misattributed", ["speaker_mismatch"])
PASS = ("exact", [])

POST_ENDED = [
    (f"Dayton Mill chief executive Ivo Lund resigned on Monday. {QC} Lund said.", UNCONFIRMED),
    (
        f"Tove Ashby, who replaced Harbor Transit Authority spokesman Omar Osei in May, spoke first. {QC} Osei said.",
        UNCONFIRMED,
    ),
    (
        f"Ivo Lund, Dayton Mill's spokesman, was suspended last week. He spoke on Friday. {QC} he said.",
        UNCONFIRMED,
    ),
    (f"Ivo Lund is the spokesman for Dayton Mill. Or was: the mill let him go. {QC} Lund said.", UNCONFIRMED),
    (
        f"Ivo Lund is Dayton Mill's spokesman, but he spoke only for himself. {QC} Lund told reporters.",
        UNCONFIRMED,
    ),
    (f"The board dismissed Dayton Mill president Ivo Lund in March. {QC} Ivo Lund said.", UNCONFIRMED),
    (f"Dayton Mill chief executive Ivo Lund was voted out on Tuesday. {QC} Lund said.", UNCONFIRMED),
    (f"Dayton Mill president Ivo Lund was let go in March. {QC} Lund said.", UNCONFIRMED),
    (f"Dayton Mill spokesman Ivo Lund handed in his notice. {QC} Lund said.", UNCONFIRMED),
    (f"Ivo Lund is the spokesman for Dayton Mill, though no longer in charge. {QC} Lund said.", UNCONFIRMED),
    # nothing ends the post: still a post given earlier, unconfirmed
    (f"Dayton Mill spokesman Ivo Lund was asked about the line. {QC} Lund said.", UNCONFIRMED),
    (f"Ivo Lund, the spokesman for Dayton Mill, is a former teacher. {QC} Lund said.", UNCONFIRMED),
]


@pytest.mark.parametrize(("draft", "expected"), POST_ENDED)
def test_an_earlier_role_is_never_confirmed(
    tmp_path: Path, draft: str, expected: tuple[str, list[str]]
) -> None:
    assert (
        outcome(tmp_path, draft, "Dayton Mill" if "Dayton" in draft else "Harbor Transit Authority")
        == expected
    )


IS_OBJECT = [
    (f"The man who hired Ivo Lund is the chief executive of Dayton Mill. {QC} Lund said.", MISATTRIBUTED),
    (f"The neighbour who reported Ivo Lund is a director of Dayton Mill. {QC} Lund told us.", MISATTRIBUTED),
    (
        f"Tove Ashby, whose friend Ivo Lund is the president of Dayton Mill, runs a bakery. {QC} Lund said.",
        MISATTRIBUTED,
    ),
    # neighbours: the name is the subject (a role given earlier: unconfirmed)
    (f"Ivo Lund is the spokesman for Dayton Mill. {QC} Lund said.", UNCONFIRMED),
    (f"On Friday, Ivo Lund, who is the spokesman for Dayton Mill, spoke first. {QC} Lund said.", UNCONFIRMED),
]


@pytest.mark.parametrize(("draft", "expected"), IS_OBJECT)
def test_a_role_after_is_belongs_to_the_clauses_subject(
    tmp_path: Path, draft: str, expected: tuple[str, list[str]]
) -> None:
    assert outcome(tmp_path, draft, "Dayton Mill") == expected


NAMESAKES = [
    f"Mia Lund told the hearing that Dayton Mill spokesman Ivo Lund had misled the council. {QC} Lund said.",
    f"Efua Lund is no relation of Dayton Mill spokesman Ivo Lund. {QC} Lund said.",
    f"Dayton Mill chief executive Ivo Lund and his brother Kofi Lund came. {QC} Lund told reporters.",
]


@pytest.mark.parametrize("draft", NAMESAKES)
def test_a_surname_shared_by_two_people_takes_no_earlier_role(tmp_path: Path, draft: str) -> None:
    assert outcome(tmp_path, draft, "Dayton Mill") != PASS


def test_a_surname_of_one_person_takes_the_earlier_role(tmp_path: Path) -> None:
    draft = f"Reporters met Dayton Mill spokesman Ivo Lund at the plant. {QC} Lund said."
    assert outcome(tmp_path, draft, "Dayton Mill") == UNCONFIRMED


CAPITAL_POSTS = [
    (f"Kellan Ceramics reported a loss for the year. {QC} its CEO said.", "Kellan Ceramics"),
    (f"Harlow Foods bought a stake in Dayton Mill on Monday. {QC} the company's CEO said.", "Dayton Mill"),
    (f"Kellan Ceramics has a new chief executive. {QC} the new CEO told staff.", "Vantor Optics"),
    (f"Vantor Optics reported a loss for the year. {QC} the union's President said.", "Vantor Optics"),
    (f"{QC} the company's CFO wrote.", "Ostrander Kiln"),
]


@pytest.mark.parametrize(("draft", "author"), CAPITAL_POSTS)
def test_a_description_ending_on_a_post_in_capitals_is_unconfirmed(
    tmp_path: Path, draft: str, author: str
) -> None:
    assert outcome(tmp_path, draft, author) == UNCONFIRMED


def test_a_post_in_capitals_matches_a_transcript_label_giving_it(tmp_path: Path) -> None:
    draft = f"{QC} the company's CFO said."
    assert outcome(tmp_path, draft, transcript=meeting(f"CFO IVO LUND: {WORDS}")) == PASS
    (tmp_path / "b").mkdir()
    assert (
        outcome(tmp_path / "b", f"{QC} the company's CEO said.", transcript=meeting(f"CFO IVO LUND: {WORDS}"))
        != PASS
    )


EMERITUS = [
    (f"{QC} said Brennan Steelworks Chief Executive Emeritus Lena Drax.", "Brennan Steelworks", False),
    (f"{QC} Dayton Mill Chief Executive Emeritus Ivo Lund said.", "Dayton Mill", False),
    (f"{QC} said Vantor Optics President Emeritus Rosa Vint on Monday.", "Vantor Optics", False),
    (f"{QC} said Dayton Mill Chief Executive Lena Drax.", "Dayton Mill", True),
]


@pytest.mark.parametrize(("draft", "author", "passes"), EMERITUS)
def test_an_emeritus_post_is_one_held_once(tmp_path: Path, draft: str, author: str, passes: bool) -> None:
    assert (outcome(tmp_path, draft, author) == PASS) is passes
