"""Mends to coordinated speakers (review of session 30): a pair is one speaker only when it is
the subject itself. Not a pair inside a phrase of a head noun ("A lawyer for X and Y said"),
not one person's titles ("The author and historian X said") nor one person's second role after
an inverted cue ("said X, a historian, and the author of …"), not a pair set off inside a
relative clause ("X, whose parents, A and B, ran the shop, said"), not a second person with a
verb of its own ("said X, 44, and Y, her neighbour, agreed"). A denying "no" needs "one" or a
noun of people ("No fewer than three officials told" names speakers). And the verdict: a joined
speaker is either named person, strictly, so a third person sharing a surname is flagged, and a
speaker ending in a description ("X and her attorney") is still checked."""

from __future__ import annotations

import pytest

from quotecheck.match import Matcher
from quotecheck.match.names import same_person
from quotecheck.model import Quote, Source, Verdict
from quotecheck.verify import is_name, judge
from tests.conftest import quote_with


def speaker_of(text: str, words: str) -> str | None:
    q = quote_with(text, words)
    return q.speaker if q.kind == "quote" else None


# ---- a pair inside a phrase of a head noun: the head speaks ----
HEADED = [
    ("A lawyer for Pia Lenz and Ivo Marsh said, “We will appeal the ruling.”", "appeal", "Lenz"),
    (
        "Relatives of Oskar Vell and Rui Matos told reporters the search was “far too slow.”",
        "too slow",
        "Vell",
    ),
    ("The spokeswoman for Mayor Ida Rook and Gov. Sven Aalto had called the plan “dead.”", "dead", "Aalto"),
    ("“No deal yet,” a friend of Gemma Tarrant and Hana Velez wrote.", "No deal", "Tarrant"),
    (
        "The attorney for Pia Lenz and Ivo Marsh, Dora Quill, said, “They are innocent.”",
        "innocent",
        "Lenz",
    ),
]


@pytest.mark.parametrize(("text", "words", "not_named"), HEADED)
def test_a_pair_after_a_head_noun_is_not_the_speaker(text: str, words: str, not_named: str) -> None:
    got = speaker_of(text, words) or ""
    assert not got.startswith(("Pia", "Oskar", "Ida", "Gemma")), got
    assert " and " not in got or not got.startswith(not_named), got


def test_the_named_head_of_a_pair_in_a_phrase_speaks() -> None:
    text = "The attorney for Pia Lenz and Ivo Marsh, Dora Quill, said, “They are innocent.”"
    assert speaker_of(text, "innocent") == "Dora Quill"


# ---- one person's titles before the name ----
TITLES = [
    ("The author and historian Lena Holt said, “The town deserves better.”", "deserves", "Lena Holt"),
    ("The singer and actress Mira Sand told the crowd the show was “the last one.”", "last one", "Mira Sand"),
    ("“We lost,” the lawyer and former judge Tomas Pell wrote in a letter.", "We lost", "Tomas Pell"),
]


@pytest.mark.parametrize(("text", "words", "expected"), TITLES)
def test_titles_joined_before_a_name_are_one_person(text: str, words: str, expected: str) -> None:
    assert speaker_of(text, words) == expected


# ---- inverted cue: one person's second role after an aside ----
SECOND_ROLE = [
    (
        "“It was never safe,” said Lena Holt, a historian, and the author of three books.",
        "never safe",
        "Lena Holt",
    ),
    (
        "“We warned them,” said Vera Lund, 61, and a grandmother of five, in an interview.",
        "warned",
        "Vera Lund",
    ),
    ("“It is over,” wrote Ivo Brandt, of Dayton, and a member of the board.", "It is over", "Ivo Brandt"),
    ("“We tried,” says Sam Cho, the mayor, and a former teacher.", "We tried", "Sam Cho"),
]


@pytest.mark.parametrize(("text", "words", "expected"), SECOND_ROLE)
def test_a_second_role_after_an_aside_is_the_same_person(text: str, words: str, expected: str) -> None:
    assert speaker_of(text, words) == expected


def test_a_possessive_description_after_an_aside_is_a_second_person() -> None:
    # neighbour: "his wife" after an aside is another person, as "and Tom Hale" would be
    got = speaker_of("“We expect answers,” said Tom Hale, the mayor, and his wife.", "expect answers")
    assert got == "Tom Hale and his wife"


# ---- inverted cue: the second person has a verb of its own ----
OWN_VERB = [
    ("“We will keep talking,” said Ann Vidal, 44, and Tom Hale, her neighbor, agreed.", "keep talking"),
    ("“It is over,” said Ann Vidal, in Dayton, and Tom Hale, in Troy, disagreed.", "It is over"),
    ("“We will keep talking,” said Ann Vidal and Tom Hale, the mayor, nodded.", "keep talking"),
]


@pytest.mark.parametrize(("text", "words"), OWN_VERB)
def test_a_second_person_with_a_verb_of_its_own(text: str, words: str) -> None:
    assert speaker_of(text, words) == "Ann Vidal"


def test_a_pair_with_a_relative_then_a_phrase_stays_joined() -> None:
    text = "“We will keep talking,” said Ann Vidal and Tom Hale, who co-chair the panel, in a statement."
    assert speaker_of(text, "keep talking") == "Ann Vidal and Tom Hale"


# ---- a pair set off inside a relative clause ----
INSIDE_RELATIVE = [
    (
        "Ann Vidal, whose parents, Tom and Mara, ran the shop, said, “We expect answers.”",
        "expect",
        "Ann Vidal",
    ),
    (
        "Ann Vidal, whose clients, Tom Hale and Sam Cho, were acquitted, told reporters, “It is over.”",
        "It is over",
        "Ann Vidal",
    ),
    (
        "The mayor, whose deputies, Tom Hale and Sam Cho, resigned, had said, “We go on.”",
        "We go on",
        "The mayor",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), INSIDE_RELATIVE)
def test_a_pair_inside_a_relative_clause_is_not_the_subject(text: str, words: str, expected: str) -> None:
    assert speaker_of(text, words) == expected


# ---- "no" that counts rather than denies ----
COUNTING_NO = [
    ("No fewer than three officials told reporters, “We expect answers.”", "expect", "officials"),
    ("No fewer than 12 residents wrote to the council, “Fix the road.”", "Fix the road", "residents"),
    ("No small number of residents told the council, “Fix the road.”", "Fix the road", "residents"),
    ("No one other than the mayor herself said, “We go on.”", "We go on", "mayor"),
]


@pytest.mark.parametrize(("text", "words", "expected"), COUNTING_NO)
def test_a_counting_no_names_speakers(text: str, words: str, expected: str) -> None:
    got = speaker_of(text, words)
    assert got is not None and expected in got, got


def test_a_denying_no_still_names_no_one() -> None:
    assert speaker_of("No official said, “We expect answers.”", "expect") is None


# ---- the verdict on a joined speaker ----
def verdict(text: str, speaker: str, author: str, *others: str) -> Verdict:
    sources = [Source("a.md", "post", text, author=author)]
    sources += [
        Source(f"{k}.md", "post", "We will rebuild the barn before winter.", author=o)
        for k, o in enumerate(others)
    ]
    matcher = Matcher(sources)
    quote = Quote("q", text, 0, len(text), 1, 1, 1, len(text), speaker=speaker)
    return judge(quote, matcher.locate(text, speaker), True, known_speakers=matcher.known).verdict


WORDS = "The shipments never arrived at the depot this spring."


@pytest.mark.parametrize(
    ("speaker", "author", "others"),
    [
        ("Mara Osei and Tom Reyes", "Kim Osei", ()),  # a third person sharing the first's surname
        ("Mara Osei and Tom Reyes", "Kim Osei", ("Mara Osei",)),
        ("Ivo Lund and Vera", "Erik Lund", ("Ivo Lund",)),  # the couple's son
        ("Mara Osei and Kwame Osei", "Ama Osei", ("Mara Osei",)),
        ("Ann Vidal and her attorney", "Kim Osei", ()),  # a description last: still checked
        ("Ann Vidal and Tom Hale", "Sam Vidal", ("Tom Hale",)),
    ],
)
def test_a_joined_speaker_never_passes_against_a_third_person(
    speaker: str, author: str, others: tuple[str, ...]
) -> None:
    assert verdict(WORDS, speaker, author, *others) is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    ("speaker", "author"),
    [
        ("Mara Osei and Tom Reyes", "Tom Reyes"),
        ("Mara Osei and Tom Reyes", "Mara Osei"),
        ("Ann and Tom Vidal", "Ann Vidal"),  # a lone given name takes the last person's surname
        ("Ann Vidal and her attorney", "Ann Vidal"),
    ],
)
def test_a_joined_speaker_passes_as_either_person(speaker: str, author: str) -> None:
    assert verdict(WORDS, speaker, author) is Verdict.EXACT


def test_joined_names_are_not_read_as_one_garbled_name() -> None:
    assert not same_person("Mara Osei and Tom Reyes", "Kim Osei", None, ["Kim Osei", "Mara Osei"])
    assert not same_person("Ann Lee, Tom Hale and Ivo Lund", "Bo Lund", None, ["Bo Lund", "Ivo Lund"])


def test_a_body_of_lone_surnames_is_not_split() -> None:
    assert not same_person("Procter and Gamble", "Tom Gamble")
    assert is_name("Ann Vidal and her attorney") and not is_name("the mayor and her deputy")


# ---- inverted cue: a lone word past an aside is no second person ----
LONE_AFTER_ASIDE = [
    ("“It was never safe,” said Ann Vidal, who lives in Dayton, and Troy.", "never safe"),
    ("“We warned them,” wrote Ann Vidal, who grew up in Dayton, and Marlow.", "warned"),
    ("“We warned them,” says Ann Vidal, a nurse, and Troy.", "warned"),
    ("“It is over,” said Ann Vidal, 44, and Marlow.", "It is over"),
]


@pytest.mark.parametrize(("text", "words"), LONE_AFTER_ASIDE)
def test_a_lone_word_after_an_aside_is_no_second_person(text: str, words: str) -> None:
    assert speaker_of(text, words) == "Ann Vidal"


def test_a_full_name_after_an_aside_is_a_second_person() -> None:
    got = speaker_of("“It is over,” said Ann Vidal, 44, and Tom Hale.", "It is over")
    assert got == "Ann Vidal and Tom Hale"
