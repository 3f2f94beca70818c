"""An inverted place phrase with a helper verb is no organisation (review 20e): a
capitalised preposition opening an organisation's name speaks only through a verb of
speech, or a helper right before one, run through the real extractor on invented news."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speaker(text: str) -> str | None:
    """The speaker of the one quotation in ``text``."""
    (quote,) = extract_quotes(document_from_text(text + "\n", "story.txt"))
    return quote.speaker


@pytest.mark.parametrize(
    "text",
    [
        "Along the Quay Trust has grown a movement calling the tolls “a racket.”",
        "Outside the Rail Authority would stand pickets chanting “Fair pay now.”",
        "Along the Canal Group had marched hundreds chanting “Open the locks.”",
        "Under the Castle Foundation may soon appear murals calling the plan “a folly.”",
        "Across the Fen Council will come a flood of complaints calling the plan “madness.”",
    ],
)
def test_a_helper_before_a_verb_that_is_no_cue_opens_no_organisation(text: str) -> None:
    assert speaker(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Across the Lake Council has said the plan is “madness.”", "Across the Lake Council"),
        ("Under the Castle Foundation would later call the plan “a folly.”", "Under the Castle Foundation"),
        ("Beyond the Ridge Trust had urged walkers to “stay on the path.”", "Beyond the Ridge Trust"),
    ],
)
def test_a_helper_before_a_verb_of_speech_keeps_the_organisation(text: str, expected: str) -> None:
    assert speaker(text) == expected
