"""People and their gender, session 26 (branch s26-people): where the lists of first names
are silent, the article itself tells a person's gender, and a he/she cue can then rule that
person out. Three kinds of evidence, each unambiguous or not taken: a noun of kinship set off
after the name ("Lund, a father of two,") or before it ("her son, Bram Ostrow"), and a
he/she/his/her whose only possible referent is the one person its sentence names ("Lund
said his team was ready"). Also a bare surname opening its sentence past an aside or an
adverb ("Ostrow, 45, arrived", "Ostrow also spoke"), and the one asked past an adverb ("then
asked Moen whether …"). Every name below is one the first-name lists do not know. Invented
news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a noun of kinship set off after the name -------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ann Voss met Kasimir Lund, a father of two, on Monday. Lund smiled. "
            "“We will not move,” she said.",
            "Ann Voss",
        ),
        # an age before the phrase, another cue verb
        (
            "Tom Hale met Ottilie Sand, 61, a grandmother of six, at the depot. Sand sat down. "
            "“The buses never come,” he told reporters.",
            "Tom Hale",
        ),
        # the phrase closed by a verb of its clause, past perfect
        (
            "Ann Voss spoke after Eskil Moen, the son of a fisherman, had left. "
            "“We will not move,” she said.",
            "Ann Voss",
        ),
        # a possessive and a modifier in the phrase, a description for the speaker
        (
            "The farmer, Tom Hale, sat with Ilse Brandt, his widowed sister, at the back. "
            "Brandt wept. “Nobody asked us,” he added.",
            "Tom Hale",
        ),
    ],
)
def test_a_kin_noun_set_off_after_a_name_tells_its_gender(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the phrase is the subject of the main clause, not set off: Moen stays open
        (
            "After meeting Eskil Moen, a woman in red said she was leaving. “I am done,” he said.",
            "Eskil Moen",
        ),
        # a name in a fronted phrase: the father is someone else's
        (
            "Like her father, Eskil Moen, a joiner, built boats. “It is in the blood,” he said.",
            "Eskil Moen",
        ),
    ],
)
def test_no_kin_gender_from_a_phrase_that_is_not_set_off(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# 2. a noun of kinship before the name --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ann Voss arrived with her son, Bram Ostrow. Ostrow sat down. “We will not move,” she said.",
            "Ann Voss",
        ),
        # a possessive name owns the relation, another cue verb
        (
            "Ann Voss spoke to the victim’s uncle, Eskil Moen. Moen nodded. “We want answers,” she wrote.",
            "Ann Voss",
        ),
        # a passive, the relation without a modifier
        (
            "Tom Hale was joined by his sister, Ilse Brandt. Brandt waved. “We want answers,” he said.",
            "Tom Hale",
        ),
        # no comma, a modifier before the noun
        (
            "Tom Hale runs the mill with his eldest daughter Fenna Dijk. Dijk keeps the books. "
            "“We will not sell,” he said.",
            "Tom Hale",
        ),
    ],
)
def test_a_kin_noun_before_a_name_tells_its_gender(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_name_after_a_kin_noun_that_reports_is_not_the_kin() -> None:
    # "…, Ottilie Sand said": the one who reports, not the wife
    text = "Tom Hale left his wife, Ottilie Sand said. Hale denied it. “I never left,” she said."
    assert speakers(text) == ["Ottilie Sand"]


# 3. a pronoun whose only referent is the one person its sentence names ------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kasimir Lund said his team was ready. Ann Voss arrived later. Lund left early. "
            "“We will not move,” she said.",
            "Ann Voss",
        ),
        # a possessive object, another verb, the rival a named subject of her own sentence
        (
            "Ottilie Sand thanked her staff on Monday. Tom Hale spoke next, and Sand listened. "
            "“We owe them,” he said.",
            "Tom Hale",
        ),
        # an aside with a body's noun before the pronoun
        (
            "Eskil Moen, who chairs the board, said he would stay. Ann Voss disagreed. Moen left. "
            "“It is over,” she said.",
            "Ann Voss",
        ),
        # the pronoun in a clause of time, present perfect
        (
            "Ottilie Sand has run the bakery since she was twenty. Tom Hale bought it. Sand stayed on. "
            "“It is my life,” he said.",
            "Tom Hale",
        ),
    ],
)
def test_a_pronoun_with_one_possible_referent_tells_its_gender(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # "her" may be the woman of the sentence before
        "Ann Voss was fired in May. Eskil Moen said her dismissal was unfair. “It was wrong,” he said.",
        # the one named after it, who reports
        "Eskil Moen doubted her story, Ann Sand said. “I never lied,” he said.",
        # a person named by a noun in the sentence
        "Eskil Moen told the judge she had erred. “I stand by it,” he said.",
        # a possessor: the lawyer is the subject
        "Eskil Moen’s lawyer said her client would appeal. “I am innocent,” he said.",
        # a pronoun inside a quote is not the narrative's
        "Eskil Moen called the ruling “a blow to her family.” Moen left. “It is wrong,” he said.",
    ],
)
def test_no_gender_from_a_pronoun_another_person_may_take(text: str) -> None:
    assert speakers(text)[-1] == "Eskil Moen"


# 4. a bare surname opening its sentence past an aside or an adverb ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ann Voss met Tom Hale at the hall. Ostrow, 45, arrived late. “We will not move,” he said.",
        "Ann Voss met Tom Hale at the hall. Ostrow, a retired miner, arrived late. “We will not move,” he said.",
        "Ann Voss met Tom Hale at the hall. Ostrow, the club’s founder, left early. “It was time,” he said.",
        "Ann Voss met Tom Hale at the hall. Ostrow also spoke. “We will not move,” he said.",
        "Ann Voss met Tom Hale at the hall. Ostrow later resigned. “It was time,” he said.",
    ],
)
def test_a_bare_surname_past_an_aside_or_an_adverb_is_a_person(text: str) -> None:
    assert speakers(text) == ["Ostrow"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the aside is no person
        (
            "Ann Voss met Tom Hale at the hall. Inflation, the main worry, rose again. "
            "“Prices are absurd,” he said.",
            ["Tom Hale"],
        ),
        # a noun ends the sentence after a quote: no verb after the capitalised word
        ("Tom Hale spoke about “fair” Nordic markets. “They work,” he said.", ["Tom Hale", "Tom Hale"]),
    ],
)
def test_no_person_from_a_capitalised_word_without_a_person_aside(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


# 5. the one asked answers, past an adverb ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Tove Brandt later asked Tom Hale about the budget. “It is tight,” he said.", "Tom Hale"),
        (
            "Tove Brandt then asked Tom Hale whether the plant would close. “It will not,” he said.",
            "Tom Hale",
        ),
        ("Tove Brandt again pressed Tom Hale on the cuts. “They are final,” he replied.", "Tom Hale"),
    ],
)
def test_the_one_asked_past_an_adverb_answers(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_request_past_an_adverb_is_no_question() -> None:
    text = "Tove Brandt then asked the court for more time. “We need it,” she said."
    assert speakers(text) == ["Tove Brandt"]


# 6. pronouns and bodies, places, works; a pronoun left as written ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Corp cut forty jobs on Monday. “We will not move,” she said.", ["she"]),
        ("Birchfield Council met on Monday. “We will not move,” he said.", ["he"]),
        (
            "Tom Hale visited Greyhaven Harbour. Greyhaven Harbour is quiet. “It has changed,” he said.",
            ["Tom Hale"],
        ),
        (
            "Ann Voss praised Quiet Harbour, a novel by Tom Hale. Quiet Harbour sold well. "
            "“It moved me,” she said.",
            ["Ann Voss"],
        ),
        ("The hall was full on Monday. “We will not move,” he said.", ["he"]),
    ],
)
def test_a_pronoun_never_stands_for_a_body_a_place_or_a_work(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
