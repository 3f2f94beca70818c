"""Session 35: the name before an "it said" the extraction leaves to no one, or an "its CEO"
(``Quote.it_owner``), stands for the "it" only when it is one name, not two joined ("Dayton
Mill and Harlow Foods shut plants."; "Harlow Foods and its partners" is one). Then the draft
still does not name the speaker: a warning, as with no name. A name like a person's is still
read as the body it may be ("Mabel Dunmore shut twelve shops. “…,” it said.")."""

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
        (f"Dayton Mill and Harlow Foods shut plants on Friday. {QC} it said.", "Dayton Mill"),
        (f"Dayton Mill and Harlow Foods shut plants on Friday. {QC} it wrote.", "Harlow Foods"),
        (f"On Friday, Corvell Water and Mardell Freight cut prices. {QC} it said.", "Corvell Water"),
    ],
)
def test_it_after_two_names_is_still_unconfirmed(tmp_path: Path, draft: str, author: str) -> None:
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
        (f"Harlow Foods and its partners shut plants. {QC} it said.", "Harlow Foods", PASS),
        (f"Mabel Dunmore shut twelve shops on Friday. {QC} it said.", "Mabel Dunmore", PASS),
    ],
)
def test_one_body_before_it_still_reads_as_it(
    tmp_path: Path, draft: str, author: str, expected: tuple[str, list[str]]
) -> None:
    assert outcome(tmp_path, draft, author) == expected
