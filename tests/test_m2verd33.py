"""A speaker's role read from an earlier sentence, end to end (session 33, m2):

- A role given where the draft last named the speaker in full, before the quote's cue, is a post
  the speaker held then: against that body's post it is never a clean pass, however the draft
  tells of the post ending or changing hands ("stood aside", "is now chief executive of …", "has
  since joined …") or of someone else sharing the surname ("Mrs. Lund"): ``speaker_unconfirmed``.
  Only a role in the quote's own cue ("said Dayton Mill spokesman Ivo Lund") passes.
- A word of a post held once just before that role ("the then/late/one-time …") makes it no one's
  now: misattributed, as for a former officer.
- A name that only its officer's post makes a body's ("Kesh Varo chief executive") may be a
  person's account: unconfirmed, not a pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_speaker_role32 import QC, outcome

UNCONFIRMED = ("exact", ["speaker_unconfirmed"])
MISATTRIBUTED = ("misattributed", ["speaker_mismatch"])
PASS = ("exact", [])

EARLIER = [
    f"Dayton Mill chief executive Ivo Lund stood aside in April. {QC} Lund said.",
    f"Dayton Mill spokesman Ivo Lund is now chief executive of Harlow Foods. {QC} Lund told reporters.",
    f"Ivo Lund, a spokesman for Dayton Mill, has since joined Corran Airways. {QC} he said.",
    f"Dayton Mill president Ivo Lund handed the reins to Tove Ashby last year. {QC} Lund had said.",
    f"Dayton Mill chief executive Ivo Lund spoke first. He was followed by Mrs. Lund, a teacher. {QC} Lund said.",
]


@pytest.mark.parametrize("draft", EARLIER)
def test_a_role_from_an_earlier_sentence_is_unconfirmed(tmp_path: Path, draft: str) -> None:
    assert outcome(tmp_path, draft, "Dayton Mill") == UNCONFIRMED


OWN_CUE = [
    f"{QC} said Dayton Mill spokesman Ivo Lund.",
    f"{QC} Dayton Mill chief executive Ivo Lund told reporters on Monday.",
]


@pytest.mark.parametrize("draft", OWN_CUE)
def test_a_role_in_the_quotes_own_cue_passes(tmp_path: Path, draft: str) -> None:
    assert outcome(tmp_path, draft, "Dayton Mill") == PASS


HELD_ONCE = [
    f"The then Dayton Mill chief executive Ivo Lund spoke in 2019. {QC} Lund said.",
    f"The late Dayton Mill spokesman Ivo Lund wrote the letter. {QC} Lund wrote.",
    f"The one-time Dayton Mill president Ivo Lund opened the plant. {QC} Lund said.",
    f"Reporters asked the then Dayton Mill president Ivo Lund about it. {QC} he said.",
]


@pytest.mark.parametrize("draft", HELD_ONCE)
def test_a_post_held_once_before_an_earlier_role_is_misattributed(tmp_path: Path, draft: str) -> None:
    assert outcome(tmp_path, draft, "Dayton Mill") == MISATTRIBUTED


GRAMMAR_ONLY = [
    (f"{QC} said Kesh Varo chief executive Ivo Lund.", "Kesh Varo"),
    (f"{QC} Ama Lenk CEO Ivo Lund told reporters.", "Ama Lenk"),
    (f"{QC} said Xiu Bao chairwoman Rosa Vint on Monday.", "Xiu Bao"),
]


@pytest.mark.parametrize(("draft", "author"), GRAMMAR_ONLY)
def test_a_name_only_its_officer_makes_a_body_is_unconfirmed(tmp_path: Path, draft: str, author: str) -> None:
    assert outcome(tmp_path, draft, author) == UNCONFIRMED


ITS_OTHER = [
    (f"Norland Paper reported a loss on Monday. {QC} its CEO said.", "Dayton Mill"),
    (f"Kellan Ceramics shut the line. {QC} its chief executive told reporters.", "Corvell Water"),
    (f"On Friday, Harlow Foods closed two stores. {QC} its spokeswoman said.", "Dayton Mill"),
]


@pytest.mark.parametrize(("draft", "author"), ITS_OTHER)
def test_its_officer_after_another_body_as_subject_is_misattributed(
    tmp_path: Path, draft: str, author: str
) -> None:
    assert outcome(tmp_path, draft, author) == MISATTRIBUTED


IT_SAID_OWN = [
    (f"Corvell Water released figures on Monday. {QC} it said.", "Corvell Water"),
    (f"Mardell Freight cut its prices on Monday. {QC} it said.", "Mardell Freight"),
    (f"Corvell Water apologised on Monday. {QC} it said.", "Corvell Water"),
    (f"Tallow Brewhouse released figures on Monday. {QC} it wrote.", "Tallow Brewhouse"),
]


@pytest.mark.parametrize(("draft", "author"), IT_SAID_OWN)
def test_it_said_after_the_authors_body_as_subject_passes(tmp_path: Path, draft: str, author: str) -> None:
    assert outcome(tmp_path, draft, author) == PASS


IT_NEIGHBOURS = [
    # another body before "it": still not named, unconfirmed
    (f"Harlow Foods shut its plant on Friday. {QC} it said.", "Dayton Mill", UNCONFIRMED),
    # the same body before "its CEO": unconfirmed, as before
    (f"Mardell Freight reported a loss. {QC} its CEO said.", "Mardell Freight", UNCONFIRMED),
    # the author may be a person, the other body's officer: unconfirmed, as before
    (f"Norland Paper reported a loss on Monday. {QC} its CEO said.", "Ines Okoro", UNCONFIRMED),
    # no name as the subject before: unconfirmed
    (f"The plant was shut on Friday. {QC} it said.", "Corvell Water", UNCONFIRMED),
]


@pytest.mark.parametrize(("draft", "author", "expected"), IT_NEIGHBOURS)
def test_it_neighbours(tmp_path: Path, draft: str, author: str, expected: tuple[str, list[str]]) -> None:
    assert outcome(tmp_path, draft, author) == expected
