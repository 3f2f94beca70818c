"""Mends of review 25d (branch s25-m2-desc), each a shape with variations and neighbours:
a body's word before a titled name is not the person's role ("Police Chief Tom Hale … the
police said"), and a role word two people hold restates neither; an origin word derives from
its place by a people's ending, not by a shared stem ("Iran"/"the Iraqi"); "on" after a
programme's noun takes a topic unless a body's word is in the name; "To quote an old saying"
names no speaker. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a premodifier that is a body's word, a title after it, or a role two people hold ----------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Police Chief Ruth Ansel confirmed two arrests. Roads stayed shut overnight. "
            "“We are still searching,” the police said.",
            "the police",
        ),
        # another body, a title after it, present tense
        (
            "Council Leader Omar Fenn opens the session today. “We oppose the cuts,” the council says.",
            "the council",
        ),
        # a body's word and a role no list knows ("Boss"): the name is not mangled either
        ("Union Boss Petra Vale walked out. “We will strike on Friday,” the union said.", "the union"),
        # another cue verb, an aside
        (
            "Club President Jonas Wirth resigned on Tuesday. “We will rebuild,” the club, which "
            "was founded in 1890, announced.",
            "the club",
        ),
        # two holders of the role: "the defender" is left as written
        (
            "Defender Lina Roth cleared the ball. Kofi Mensah, the other defender, was booked. "
            "“We held on,” the defender said.",
            "the defender",
        ),
        (
            "Skipper Carl Brody limped off. Ines Vidal, another skipper, came on. “Tough game,” the skipper said.",
            "the skipper",
        ),
    ],
)
def test_a_body_or_a_shared_word_is_no_persons_role(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # one holder of a role no list knows: still her role
        (
            "Goalkeeper Nora Steen saved two penalties. “It was my night,” the goalkeeper told reporters.",
            "Nora Steen",
        ),
        ("The club signed winger Ben Cole in May. “I love it here,” the winger said.", "Ben Cole"),
        # the role restated in between is no second holder
        (
            "Rookie Tariq Bell scored twice. The rookie was thrilled. “It felt great,” the rookie said.",
            "Tariq Bell",
        ),
    ],
)
def test_a_role_one_person_holds_still_restates_her(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# 2. an origin word derives from its place by a people's ending -------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rosa Pell of Iran met Dev Amar. “We will trade oil,” the Iraqi said.", "the Iraqi"),
        ("Rosa Pell of Mali met Dev Amar. “Prices will fall,” the Malaysian added.", "the Malaysian"),
        ("Indiana’s Rosa Pell met Dev Amar on Monday. “We will trade,” the Indian said.", "the Indian"),
        ("Rosa Pell of Austria greeted Dev Amar. “A fine deal,” the Australian said.", "the Australian"),
    ],
)
def test_another_places_word_is_not_the_persons_origin(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rosa Pell of Iraq met Dev Amar. “We will trade oil,” the Iraqi said.", "Rosa Pell"),
        ("Rosa Pell of Iran met Dev Amar. “We will trade oil,” the Iranian said.", "Rosa Pell"),
        ("Rosa Pell of Niger met Dev Amar. “We will trade,” the Nigerian said.", "Rosa Pell"),
        ("Rosa Pell of Italy met Dev Amar. “We will trade,” the Italian said.", "Rosa Pell"),
        ("Rosa Pell of Chile met Dev Amar. “We will trade,” the Chilean said.", "Rosa Pell"),
        ("Rosa Pell of Sweden won the sprint. “I feel strong,” the Swede said.", "Rosa Pell"),
        ("Rosa Pell of Germany met Dev Amar. “We agree,” the German said.", "Rosa Pell"),
        # two places that share a stem: the word derives from one of them only
        ("Rosa Pell of India met Dev Amar of Indiana. “We will trade,” the Indian said.", "Rosa Pell"),
    ],
)
def test_a_places_own_word_is_the_persons_origin(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# 3. "on" after a programme's noun takes a topic ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The interview on Zara Quill was harsh. She wept. “It was unfair,” she said.", "Zara Quill"),
        (
            "A new podcast on Zara Quill comes out today. She listened. “It is moving,” she says.",
            "Zara Quill",
        ),
        (
            "A documentary segment on Zara Quill, the sprinter, aired on Friday. She was pleased. "
            "“Thank you all,” she said.",
            "Zara Quill",
        ),
    ],
)
def test_a_topic_after_a_programmes_on_is_a_person(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body's word in the name: the medium, no she
        ("In an interview on Harbour Radio, she defended the plan. “It is fair,” she said.", "she"),
        ("In an interview on Channel Nine, he defended the plan. “It is fair,” he said.", "he"),
        # after a verb of speaking the name stays the medium
        ("Speaking on Radio Albion, he said supplies were safe. “Nobody will go thirsty,” he said.", "he"),
    ],
)
def test_a_medium_after_on_is_still_no_person(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# 4. "To quote" words no one here said ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "To quote an old saying, “Slow and steady wins the race.”",
        "The mood was, to quote a popular song, “all blue skies.”",
        "To quote the famous proverb, “Pride comes before a fall.”",
        # a noun of words used as words, another tense of the frame
        "Their answer was, to quote an old motto, “never give up.”",
    ],
)
def test_to_quote_a_saying_names_no_speaker(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("To quote the mayor, “We will rebuild the bridge.”", "the mayor"),
        ("The plan is, to quote Dev Amar’s aide, “a mess.”", "Dev Amar’s aide"),
        ("He likes, to quote Rosa Pell’s song, “rainy days.”", "Rosa Pell"),
    ],
)
def test_to_quote_a_person_still_names_them(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
