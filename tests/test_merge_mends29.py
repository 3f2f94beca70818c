"""Session 29, the coordinator's mend after merging s29-m-desc: a form of "be" before a
participle of feeling ("was frustrated", "was clearly pleased", "was unimpressed") tells the
subject's frame of mind, as an adjective does, so a quote with no cue after it stays theirs;
a participle of a thing done to them ("was arrested", "was undermined") still does not.
Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Vell was frustrated. “We waited three years for this building.”", "Ana Vell"),
        ("The mayor, Ivo Lund, was clearly pleased. “It is a good day for the town.”", "Ivo Lund"),
        ("Dario Maske was determined. “We will appeal the ruling.”", "Dario Maske"),
        ("The treasurer, Rosa Quint, was unimpressed. “The numbers do not add up.”", "Rosa Quint"),
        ("Nadia Ferro, the coach, was visibly disappointed. “We gave away two goals.”", "Nadia Ferro"),
    ],
)
def test_cueless_quote_after_a_feeling_stays_theirs(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The suspect, Tomas Vell, was detained overnight. “He had a knife in his bag.”",
        "Greta Lind was undermined by her own staff. “The files were leaked in March.”",
    ],
)
def test_cueless_quote_after_a_thing_done_to_them_is_not_theirs(text: str) -> None:
    assert speakers(text) == [None]
