"""Session 29, mending the cue-less quote after a sentence about a named person: that sentence
gives the speaker when it tells the person's manner or stance ("The mayor, Ann Lee, was blunt.",
"Ann Lee shook her head."), not when it tells what befell the person: a passive ("was
arrested", "has been taken to hospital"), an age ("was 34"), or dying ("died at the scene").
Both a bare name and a description with its name set off. Invented news text through the
real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    "text",
    [
        "The suspect, Tomas Vell, was arrested on Tuesday. “He had a knife in his bag.”",
        "The victim, Greta Lind, was 41. “She was the heart of this street.”",
        "The cyclist, Ivo Marsh, died at the scene. “The road was wet and dark.”",
        "Greta Lind, the victim, is 41. “She was the heart of this street.”",
        "Tomas Vell has been taken to hospital with burns. “The fire spread in seconds.”",
        "The pilot, Capt. Ivo Marsh, was later found in the wreck. “Nobody could have landed it.”",
        "Nadia Ferro, a passenger, drowned near the pier. “The boat tipped without warning.”",
    ],
)
def test_cueless_quote_after_what_befell_a_person_is_not_theirs(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor, Ann Lee, was blunt. “We will not pay for the bridge.”", "Ann Lee"),
        ("Ann Lee, the mayor, was unapologetic. “We will not pay for the bridge.”", "Ann Lee"),
        ("The chair, Nadia Ferro, is in no mood to wait. “The vote happens today.”", "Nadia Ferro"),
        ("Tomas Vell was emphatic on Monday. “Nothing in the deal has changed.”", "Tomas Vell"),
    ],
)
def test_cueless_quote_after_manner_or_stance_stays_theirs(text: str, expected: str) -> None:
    # neighbours: a form of "be" with an adjective or a phrase of mood tells how the person spoke
    assert speakers(text) == [expected]
