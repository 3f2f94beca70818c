"""s27-twins: one reader per job. Sentences that pin where two merged readers differed.

direct_inside (which now also reads "X said her aunt had told her, “…”", once told_aloud's
job) keeps the report's own subject when the telling verb is coordinated with the reported
clause's verb: the subject the parse finds there belongs to the other verb.
Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ines Moll said the plan was dead and told reporters, “We start again.”", "Ines Moll"),
        ("Ines Moll said the vote was close and told her staff: “We start again.”", "Ines Moll"),
        ("The mayor said the bridge is safe and told residents, “Drive on it.”", "The mayor"),
    ],
)
def test_a_coordinated_telling_verb_is_not_the_reported_subjects(text: str, want: str) -> None:
    assert speakers(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ines Moll said her brother, Jonas Moll, had told her, “Keep the receipts.”", "Jonas Moll"),
        ("The clerk said a supervisor had warned the staff, “Nobody leaves early.”", "a supervisor"),
        ("Omar Reyes recalled what his trainer told him: “Breathe before you swing.”", "his trainer"),
    ],
)
def test_a_tellers_words_set_out_are_the_tellers(text: str, want: str) -> None:
    assert speakers(text) == [want]
