"""Session 35: the name before an "it said" the extraction leaves to no one, or an "its CEO"
(``Quote.it_owner``), stands for the "it" only when it can be an it: not a person's name ("Ann
Lee shut the plant. “…,” it said") nor one of two names joined ("Dayton Mill and Harlow Foods
shut plants."). Then the draft still does not name the speaker: a warning, as with no name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_speaker_role32 import QC, outcome

UNCONFIRMED = ("exact", ["speaker_unconfirmed"])
MISATTRIBUTED = ("misattributed", ["speaker_mismatch"])
PASS = ("exact", [])


@pytest.mark.parametrize(
    ("draft", "author"),
    [
        (f"Ann Lee shut the plant on Friday. {QC} it said.", "Ann Lee"),
        (f"Tove Ashby, the owner, closed the line on Monday. {QC} it said.", "Tove Ashby"),
        (f"Dayton Mill and Harlow Foods shut plants on Friday. {QC} it said.", "Dayton Mill"),
        (f"Dayton Mill and Harlow Foods shut plants on Friday. {QC} it wrote.", "Harlow Foods"),
        (f"On Friday, Corvell Water and Mardell Freight cut prices. {QC} it said.", "Corvell Water"),
    ],
)
def test_it_after_a_person_or_two_names_is_still_unconfirmed(tmp_path: Path, draft: str, author: str) -> None:
    assert outcome(tmp_path, draft, author) == UNCONFIRMED


def test_two_names_before_its_ceo_are_not_another_body(tmp_path: Path) -> None:
    draft = f"Norland Paper and Kellan Ceramics reported losses on Monday. {QC} its CEO said."
    assert outcome(tmp_path, draft, "Kellan Ceramics")[0] != "misattributed"


@pytest.mark.parametrize(
    ("draft", "author", "expected"),
    [
        (f"Corvell Water released figures on Monday. {QC} it said.", "Corvell Water", PASS),
        (f"Mardell Freight cut its prices on Monday. {QC} it said.", "Mardell Freight", PASS),
        (f"Norland Paper reported a loss on Monday. {QC} its CEO said.", "Dayton Mill", MISATTRIBUTED),
        (f"Harlow Foods shut its plant on Friday. {QC} it said.", "Dayton Mill", UNCONFIRMED),
    ],
)
def test_one_body_before_it_still_reads_as_it(
    tmp_path: Path, draft: str, author: str, expected: tuple[str, list[str]]
) -> None:
    assert outcome(tmp_path, draft, author) == expected
