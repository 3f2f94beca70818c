"""Session 28 (branch s28-mm-names): review 28d finding 1.

A party word before a role noun any officeholder or candidate of the party may be called
("the Republican lawmaker", "the Republican official", "the Republican candidate":
lexicon.PARTY_ANY_ROLE) fits the one member of that party the article named, as no one is
ever recorded as a "lawmaker" or an "official"; a party word before an office ("the
Republican governor", "the Republican nominee") still fits only a holder of that office, and
a party word before a group noun ("the Republican caucus") is no one person.
All names invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Rep. Ivo Marsh, a Republican, spoke. The Republican lawmaker said the bill was “a sham.”",
            "Ivo Marsh",
        ),
        (
            "Gov. Tova Brandt, a Republican, spoke. The Republican candidate called the bill “a sham.”",
            "Tova Brandt",
        ),
        # another tense and cue verb
        (
            "Gov. Tova Brandt, a Republican, spoke. The Republican official will argue it is “a sham.”",
            "Tova Brandt",
        ),
        # the cue after the quote
        (
            "Mayor Eli Dorn, a Republican, spoke Tuesday. “We will not cut it,” the Republican official said.",
            "Eli Dorn",
        ),
        # an aside between the description and its verb
        (
            "Rep. Ivo Marsh, a Republican, spoke. The Republican legislator, speaking to reporters, "
            "said the bill was “a sham.”",
            "Ivo Marsh",
        ),
        # a party tag instead of "a Republican"; other generic nouns
        ("Rep. Ivo Marsh, R-Tex., voted no. The Republican incumbent called the bill “a sham.”", "Ivo Marsh"),
        (
            "Gov. Tova Brandt, a Republican, spoke. The Republican challenger said it was “a sham.”",
            "Tova Brandt",
        ),
        (
            "Gov. Tova Brandt, a Republican, spoke. The Republican frontrunner said it was “a sham.”",
            "Tova Brandt",
        ),
    ],
)
def test_party_word_before_generic_role_is_the_party_member(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        # an office the member was never given
        "Rep. Ivo Marsh, a Republican, spoke. The Republican governor said the bill was “a sham.”",
        "Rep. Ivo Marsh, a Republican, spoke. The Republican nominee said the bill was “a sham.”",
        # a group of the party
        "Gov. Tova Brandt, a Republican, spoke. The Republican caucus said the bill was “a sham.”",
        "Gov. Tova Brandt, a Republican, spoke. The Republican lawmakers said the bill was “a sham.”",
        # another party's lawmaker; two members of the party
        "Rep. Ivo Marsh, a Republican, spoke. The Democratic lawmaker said the bill was “a sham.”",
        "Rep. Ivo Marsh, a Republican, and Rep. Bo Fenn, a Republican, spoke. "
        "The Republican lawmaker said the bill was “a sham.”",
    ],
)
def test_party_word_before_generic_role_neighbours(text: str) -> None:
    assert speakers(text)[0] not in ("Ivo Marsh", "Tova Brandt", "Bo Fenn")


def test_party_word_before_held_office_still_resolves() -> None:
    text = "Gov. Tova Brandt, a Republican, spoke. The Republican governor said the bill was “a sham.”"
    assert speakers(text) == ["Tova Brandt"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Sen. Ivo Marsh, a Democrat, toured the plant. The Democratic incumbent called the deal “a betrayal.”",
            "Ivo Marsh",
        ),
        (
            "Rep. Ivo Marsh, a Republican, faces Ana Roe, a Democrat. The Democratic challenger called his record “dismal.”",
            "Ana Roe",
        ),
        ("Gov. Tova Brandt, D-Ohio, spoke. “It is a sham,” the Democratic governor said.", "Tova Brandt"),
        (
            "Rep. Ivo Marsh, a Democrat, spoke. The Democratic lawmaker, asked twice, has called it “a sham.”",
            "Ivo Marsh",
        ),
    ],
)
def test_party_adjective_describes_a_member(text: str, who: str) -> None:
    """ "Democratic" is the adjective of "a Democrat", as "Republican" is its own."""
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Ivo Marsh, D-Ohio, spoke first. “It is a sham,” the Democratic mayor said.",
        "Rep. Ivo Marsh, a Republican, spoke. The Democratic lawmaker said the bill was “a sham.”",
        "Rep. Ivo Marsh, a Democrat, spoke. The Democratic caucus said the bill was “a sham.”",
    ],
)
def test_party_adjective_neighbours(text: str) -> None:
    assert speakers(text)[0] != "Ivo Marsh"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Rep. Ivo Marsh spoke. The lawmaker said the bill was “a sham.”", "Ivo Marsh"),
        ("Congresswoman Ana Roe spoke. “It is a sham,” the lawmaker said.", "Ana Roe"),
        (
            "Sen. Tova Brandt voted no Tuesday. The legislator, asked twice, has called it “a sham.”",
            "Tova Brandt",
        ),
        (
            "Rep. Ivo Marsh met Gov. Tova Brandt. The lawmaker told reporters the plan is “a sham.”",
            "Ivo Marsh",
        ),
    ],
)
def test_lawmaker_is_the_one_legislator(text: str, who: str) -> None:
    """ "the lawmaker" without a party: the one person seated in a legislature."""
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Tova Brandt and Rep. Ivo Marsh spoke. The lawmaker said the bill was “a sham.”",
        "Gov. Tova Brandt spoke. The lawmaker said the bill was “a sham.”",
        "Rep. Ivo Marsh spoke. The lawmakers said the bill was “a sham.”",
    ],
)
def test_lawmaker_neighbours(text: str) -> None:
    assert speakers(text)[0] not in ("Ivo Marsh", "Tova Brandt")
