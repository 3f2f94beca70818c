"""Attribution leftovers (session 36). Invented passages, invented people and places.

1. A gathering's wordless noise after a quote that ends its sentence ("“…” The fans
   groaned.") is neither the quote's tag nor a report for the next quote; the words on either
   side of it, across a paragraph break too, are one speaker's.
2. A described person's reaction or gesture ("The mayor frowned.", "Her lawyer shook his
   head.") hands the floor to that person, as a named person's does; a fate ("was jailed")
   does not, and a fate opening a paragraph gives its subject no words ("Darren Voke was
   jailed for six years. “…”"), while "was asked" or "was furious" still does.
3. "That's/That’s according to …" points back to the quote as "That is according to" does.
4. A body's or a group's "they" after a fronted adverb of time ("Later they said:", "Later
   that day they said:") or with one in the cue ("they later said") keeps its antecedent.
5. A typewriter apostrophe after a dropped g in curly copy (‘We kept singin',’) does not
   close the quote.
6. Capitalised words set off after a description of one person and its phrases whose first
   word the name lists lack ("said the manager of the shop in town, Brisk Hardware") are
   not taken for the person's name: a shop's, a ship's or a band's reads the same; the
   description stays the speaker (a rule that took them was dropped: no evidence in one
   sentence tells "Moth Velling" from "Velvet Moths").
7. A described person's reaction shares its sentence with another person acting ("The mayor
   frowned as Brisk continued."): the floor goes to neither.
"""

from __future__ import annotations

import pytest

from tests.conftest import quotes, speaker_of

# 1. a crowd's noise ------------------------------------------------------------------------

CROWD_NOISE = [
    (  # the noise closes a paragraph; the next paragraph's quote goes on with the coach
        "Coach Mara Tillet spoke after the match at Brennick Park.\n\n"
        "“We played well and deserved more,” Tillet said.\n\n"
        "“The referee missed two clear penalties.” The fans groaned.\n\n"
        "“We will be back next week.”",
        "We will be back",
        "Mara Tillet",
    ),
    (  # another verb and an adverb after it, a described speaker, the present tense
        "The Kelby Rowing Club met on Monday.\n\n"
        "“We want answers,” says the club's treasurer, Oda Brenne. The audience cheers loudly.\n\n"
        "“We will get them.”",
        "We will get them",
        "Oda Brenne",
    ),
    (  # a plural opening the sentence with no article, an object after the verb
        "Pell Vance addressed the meeting in Dunmore.\n\n"
        "“The bus route is safe,” said Vance.\n\n"
        "“Nobody will lose a stop.” Supporters booed the decision.\n\n"
        "“I understand the anger.”",
        "I understand",
        "Pell Vance",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CROWD_NOISE)
def test_crowd_noise_keeps_the_speaker(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_crowd_noise_is_no_tag() -> None:
    text = (
        "The match at Brennick Park ended in a draw.\n\n"
        "“The referee missed two clear penalties.” The fans groaned.\n\n"
        "“We will be back next week.” The crowd roared."
    )
    assert [s for _, s in quotes(text)] == [None, None]


def test_crowd_noise_neighbour_chant_is_a_cue() -> None:
    text = "The match at Brennick Park ended in a draw.\n\n“We will win the next one,” the fans chanted."
    assert speaker_of(text, "We will win") == "the fans"


# 2. a described person takes the floor ------------------------------------------------------

DESCRIBED_TURN = [
    (
        "Councillor Hana Brisk spoke first at the Dunmore meeting.\n\n"
        "“The budget is a disgrace,” Brisk said. The mayor frowned. “We balanced it this year.”",
        "We balanced",
        "The mayor",
    ),
    (  # a gesture with a body part
        "Councillor Hana Brisk spoke first at the Dunmore meeting.\n\n"
        "“The budget is a disgrace,” Brisk said. Her lawyer shook his head. “It is balanced.”",
        "It is balanced",
        "Her lawyer",
    ),
    (  # an aside between subject and verb, another reaction
        "Councillor Hana Brisk spoke first at the Dunmore meeting.\n\n"
        "“The roads are a mess,” Brisk says. The harbour master, a quiet man, sighs. “They always have been.”",
        "They always",
        "The harbour master",
    ),
    (  # the reaction opens a paragraph of its own
        "Councillor Hana Brisk spoke first at the Dunmore meeting.\n\n"
        "“The budget is a disgrace,” Brisk said.\n\n"
        "The coach raised an eyebrow. “We balanced it this year.”",
        "We balanced",
        "The coach",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), DESCRIBED_TURN)
def test_described_reaction_takes_the_floor(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    "fate", ["The mayor was jailed for six years.", "Darren Voke was jailed for six years."]
)
def test_described_turn_neighbour_fate(fate: str) -> None:
    text = (
        "Councillor Hana Brisk spoke first at the Dunmore meeting.\n\n"
        f"“The courts were too soft,” Brisk said. {fate} “Nobody listened.”"
    )
    assert speaker_of(text, "Nobody listened") == "Hana Brisk"


# 3. "That's according to" ------------------------------------------------------------------

ACCORDING = [
    "“Two hundred jobs will go.” That's according to Yara Fenwick, a union organiser.",
    "“Two hundred jobs will go.” That’s according to Yara Fenwick.",
    "“Two hundred jobs will go.” That is according to Yara Fenwick, who chairs the branch.",
]


@pytest.mark.parametrize("line", ACCORDING)
def test_thats_according_to(line: str) -> None:
    text = f"The Kelby plant will close in March.\n\n{line}"
    assert speaker_of(text, "Two hundred") == "Yara Fenwick"


def test_thats_the_verdict_of() -> None:
    text = "The Kelby court sat on Monday.\n\n“The verdict was fair.” That’s the verdict of Ilse Marrow, a retired judge."
    assert speaker_of(text, "The verdict") == "Ilse Marrow"


def test_thats_according_neighbour_a_thing() -> None:
    text = "The Kelby plant will close in March.\n\n“The plan will work.” That's according to the plan."
    assert speaker_of(text, "The plan") is None


# 4. a "they" past an adverb of time ----------------------------------------------------------

THEY_LATER = [
    (
        "Nurses walked out at noon on Friday.\n\nLater, they said: “We will stay all week.”",
        "Nurses",
    ),
    (
        "Pharmacists closed their doors on Monday. Later that day they said: “We had no choice.”",
        "Pharmacists",
    ),
    (
        "The Kelby Rowing Club held its meeting on Monday. Afterwards they said: “Membership has doubled.”",
        "Kelby Rowing Club",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), THEY_LATER)
def test_fronted_time_adverb_they(text: str, speaker: str) -> None:
    assert [s for _, s in quotes(text)] == [speaker]


def test_they_chain_past_adverbs() -> None:
    text = (
        "Residents of Kelby marched to the town hall on Saturday.\n\n"
        "“We want clean water,” they later said.\n\n"
        "They then said: “Nobody listens to us.”\n\n"
        "“We will be back,” they eventually said."
    )
    assert [s for _, s in quotes(text)] == ["Residents of Kelby"] * 3


def test_they_later_neighbour_two_groups() -> None:
    text = "Police questioned the neighbours on Friday. Later they said: “Nobody saw anything.”"
    assert [s for _, s in quotes(text)] == ["they"]


# 5. a typewriter apostrophe after a dropped g in curly copy ----------------------------------

DROPPED_G = [
    ("‘We kept singin',’ she said.", "We kept singin',"),
    ("‘Where are you goin'?’ the guard asked.", "Where are you goin'?"),
    ("‘We’re goin' nowhere,’ he said.", "We’re goin' nowhere,"),
    ("“We’re goin' nowhere,” he said.", "We’re goin' nowhere,"),
]


@pytest.mark.parametrize(("line", "words"), DROPPED_G)
def test_straight_apostrophe_before_curly_close(line: str, words: str) -> None:
    text = f"Fans of Dunmore Rovers travelled to Kelby for the final.\n\n{line}"
    assert [q for q, _ in quotes(text)] == [words]


def test_dropped_g_neighbour_straight_copy_closes() -> None:
    text = "The band toured all summer.\n\n'We flew to Berlin,' she said. 'Then home.'"
    assert [q for q, _ in quotes(text)] == ["We flew to Berlin,", "Then home."]


# 6. a name the lists lack, set off after a described person ---------------------------------

SET_OFF_VENUES = [
    ("“We sold out twice,” said the manager of the bakery on the corner, Golden Crust.", "manager"),
    ("“We sailed at dawn,” says the skipper of the ferry at the pier, Grey Heron, on Monday.", "skipper"),
    ("“We played till late,” said the drummer with the group from Dunmore, Copper Wasps.", "drummer"),
]


@pytest.mark.parametrize(("line", "role"), SET_OFF_VENUES)
def test_unlisted_set_off_words_leave_the_description(line: str, role: str) -> None:
    text = f"The Kelby festival opened on Friday with a parade.\n\n{line}"
    [(_, speaker)] = quotes(text)
    assert speaker is not None and role in speaker
    assert line.rsplit(", ", 1)[-1].split(",")[0].rstrip(".") not in speaker


def test_set_off_name_neighbour_known_given_name() -> None:
    text = (
        "The Kelby festival opened on Friday with a parade.\n\n"
        "“We sold out twice,” said the owner of the shop in the square, Sarah Tandy."
    )
    assert [s for _, s in quotes(text)] == ["Sarah Tandy"]


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("“The float broke,” said the officer at the scene near the village, Carrow.", "Carrow"),
        ("“The roof leaked,” said a nurse at the hospital in the city, St Bride's.", "St Bride"),
        (
            "“The stall closed,” said the manager of the branch in the city centre, Kelso Central.",
            "Kelso Central",
        ),
    ],
)
def test_unlisted_name_neighbour_places(line: str, place: str) -> None:
    text = f"The Kelby festival opened on Friday with a parade.\n\n{line}"
    assert not any(s and s.startswith(place) for _, s in quotes(text))


# 2b. a fate (done to the person) against a feeling (the person's own) ------------------------


@pytest.mark.parametrize(
    "fate",
    [
        "Darren Voke was jailed for six years.",
        "Ivo Lund was appointed in May.",
        "Pell Vance was injured in the crash.",
        "Pell Vance is charged with fraud.",
        "Ivo Lund was sacked by the club in March.",
    ],
)
def test_fate_opening_a_paragraph_gives_no_words(fate: str) -> None:
    text = (
        "Councillor Hana Brisk spoke first at the Dunmore meeting.\n\n"
        "“The courts were too soft,” Brisk said.\n\n"
        f"{fate} “He got what he deserved.”"
    )
    name = " ".join(fate.split()[:2])
    assert speaker_of(text, "He got") != name


@pytest.mark.parametrize(
    "narrative",
    [
        "Ivo Lund was asked about the plan.",
        "Ivo Lund was furious.",
        "Ivo Lund shook his head.",
        "Ivo Lund was delighted.",
        "Ivo Lund is thrilled with the result.",
        "Ivo Lund was deeply disappointed.",
        "Ivo Lund was stunned by the decision.",
        "Ivo Lund was relieved.",
    ],
)
def test_fate_neighbour_asked_or_a_stance_gives_the_subject(narrative: str) -> None:
    text = (
        "Councillor Hana Brisk spoke first at the Dunmore meeting.\n\n"
        "“The courts were too soft,” Brisk said.\n\n"
        f"{narrative} “It is a good plan.”"
    )
    assert speaker_of(text, "It is a good plan") == "Ivo Lund"


# 7. a reaction while another person acts -----------------------------------------------------

ANOTHER_ACTS = [
    "The mayor frowned as Brisk continued.",
    "Her lawyer shook his head while the clerk read the figures.",
    "The coach grinned as Dunmore's captain walked in.",
]


@pytest.mark.parametrize("reaction", ANOTHER_ACTS)
def test_reaction_while_another_acts_hands_no_floor(reaction: str) -> None:
    text = (
        "Councillor Hana Brisk spoke first at the Dunmore meeting. “The courts were too soft,” Brisk said.\n\n"
        f"{reaction} “That is not true.”"
    )
    subject = " ".join(reaction.split()[:2])
    assert speaker_of(text, "That is not true") != subject


def test_reaction_while_another_acts_neighbour_own_pronoun() -> None:
    text = (
        "Councillor Hana Brisk spoke first at the Dunmore meeting. “The courts were too soft,” Brisk said.\n\n"
        "The mayor frowned as she listened. “That is not true.”"
    )
    assert speaker_of(text, "That is not true") == "The mayor"
