"""Shapes from a sweep of sport, business, court, obituary, health, police and feature prose
(session 32).

- A plural noun of a service's people with no -s ("police", "staff", "personnel", "clergy")
  is a subject with no article, as "officials" is: "“…,” police said".
- A plural-looking modifier after "a" or "an" is no subject of its own ("a figures insist"
  is not English), so the verb spelling after it is a noun: "told analysts on an earnings
  call that …" is the teller's report, not a call the analysts made.
- Rank abbreviations of the forces, police and fire services ("Cmdr.", "Det.", "Pvt.",
  "Insp.") end no sentence and stay out of the name they open.
- A club's name ("Harlow Rovers", "Westmere United", "Ennisford Athletic") is no person, so
  it does not stand beside the player a later description stands for.
- A sentence that sets a clause with its own subject against its first one ("…, but Bex was
  less restrained", "…; Mensah-Tull was less guarded") ends on that subject, whom a he or she
  right after stands for, unless the sexes the names tell say otherwise.
- A span of time set before the subject with "on" ("Two decades on, she …", "Six months on,
  she …") is fronted like "A month later,": the pronoun after it is the subject that chains
  back to the person before, not the count or a place named before.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# ---- plural nouns of a service's people with no -s ----
SERVICE_PLURAL = [
    ("“Do not approach him,” police said in a statement on Sunday.", "approach him", "police"),
    ("The van was found burnt out. “We are treating it as arson,” police said.", "treating it", "police"),
    (
        "“The ward will stay open through the winter,” staff said, after a meeting with managers.",
        "ward will",
        "staff",
    ),
    ("“We were never told the base would close,” personnel at the depot said.", "never told", "personnel"),
    ("“Everyone is welcome at the vigil,” clergy said on Friday.", "Everyone is welcome", "clergy"),
]

SERVICE_PLURAL_NEIGHBOURS = [
    # "people" stays anyone: the report is his, not what people think
    (
        "Tomasz Varga spoke for an hour. He says if people think the roads will be mended by “good "
        "intentions alone,” they are wrong.",
        "good intentions",
        "Tomasz Varga",
    ),
    ("“We will not close the ward,” the staff union said.", "close the ward", "staff union"),
]


@pytest.mark.parametrize(("text", "words", "expected"), SERVICE_PLURAL + SERVICE_PLURAL_NEIGHBOURS)
def test_service_plural_is_a_subject(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- a plural-looking modifier after an indefinite article ----
INDEFINITE_MODIFIER = [
    (
        "Norquay Foods's finance chief, Lars Marchetti, told analysts on an earnings call that “demand "
        "held up better than we feared.”",
        "demand held up",
        "Lars Marchetti",
    ),
    (
        "Chief executive Hanne Fennimore told investors on an earnings call on Tuesday that the quarter "
        "had been “the hardest in our history.”",
        "hardest in our history",
        "Hanne Fennimore",
    ),
    (
        "The minister, Wren Ramaswamy, told reporters at a news call that the plan was “not dead.”",
        "not dead",
        "Wren Ramaswamy",
    ),
]

INDEFINITE_MODIFIER_NEIGHBOURS = [
    # after "the" a plural may still be the subject of the verb after it
    ("The analysts call the merger “a gamble with other people's money.”", "a gamble", "The analysts"),
    (
        "Lars Marchetti told analysts on a conference call that demand was “robust.”",
        "robust",
        "Lars Marchetti",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), INDEFINITE_MODIFIER + INDEFINITE_MODIFIER_NEIGHBOURS)
def test_indefinite_plural_modifier_makes_a_noun(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- rank abbreviations ----
RANKS = [
    (
        "The coast guard suspended the search. “We have exhausted every option,” Cmdr. Wren Adjei said.",
        "exhausted every option",
        "Wren Adjei",
    ),
    (
        "Police made an arrest late on Friday. “We are not looking for anyone else,” Det. Ama Quaye told "
        "reporters.",
        "anyone else",
        "Ama Quaye",
    ),
    (
        "The army confirmed the death. “He was the best of us,” said Pvt. Tariq Stroud, who served with him.",
        "best of us",
        "Tariq Stroud",
    ),
    (
        "The fire was out by dawn. “It was brutal work,” Det. Sgt. Ines Nakashima, a spokeswoman for the "
        "force, said.",
        "brutal work",
        "Ines Nakashima",
    ),
]

RANK_NEIGHBOURS = [
    # in lower case the word is the word, and the sentence ends on it
    ("The sailor spent a night in the brig. “It was cold,” he said.", "It was cold", "he"),
]


@pytest.mark.parametrize(("text", "words", "expected"), RANKS + RANK_NEIGHBOURS)
def test_rank_abbreviation_opens_a_name(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- a club's name is no person ----
CLUBS = [
    (
        "Lars Villalobos scored twice for Ennisford Athletic on Saturday. “I just tried to stay calm,” said "
        "the 23-year-old midfielder.",
        "stay calm",
        "Lars Villalobos",
    ),
    (
        "Ines Varga scored the winner against Westmere United. “I did not even see it go in,” the "
        "19-year-old said.",
        "see it go in",
        "Ines Varga",
    ),
    (
        "Colm Adjei, back from injury, made six saves for Harlow Rovers on Tuesday. “The defenders made "
        "my job easy,” said the veteran goalkeeper.",
        "job easy",
        "Colm Adjei",
    ),
]

CLUB_NEIGHBOURS = [
    # a person in the sentence may be the one the description stands for: no one is chosen
    (
        "Lars Villalobos passed to Tomasz Brekvold on Saturday. “I just tried to stay calm,” said the "
        "23-year-old midfielder.",
        "stay calm",
        "23-year-old midfielder",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), CLUBS + CLUB_NEIGHBOURS)
def test_club_name_is_no_person(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- a contrasting clause's subject is the centre for the he or she after it ----
CONTRAST = [
    (
        "The umpire, Leota Vance, declined to comment, but coach Radek Ostrowski was less restrained. "
        "“That call cost us the game,” he said.",
        "cost us the game",
        "Radek Ostrowski",
    ),
    (
        "The hospital's director, Hanne Kovac, would not be drawn; Efua Mensah-Tull was less guarded. "
        "“We have been warned for years,” she said.",
        "warned for years",
        "Efua Mensah-Tull",
    ),
    (
        "The defence lawyer, Bronwen Ostrowski, said nothing outside court, but prosecutor Colm Adjei "
        "stopped to speak. “Justice was done today,” he said.",
        "Justice was done",
        "Colm Adjei",
    ),
    (
        "Ossian Petrakis left without speaking, but his coach, Radek Saarinen, stayed behind. “We will "
        "regroup,” he said.",
        "regroup",
        "Radek Saarinen",
    ),
]

CONTRAST_NEIGHBOURS = [
    # the first subject's sex is the pronoun's and the second's is not known: she stays
    (
        "Ana Brekke declined to comment, but Tomasz Varga was blunt. “We cannot afford this,” she said.",
        "afford",
        "Ana Brekke",
    ),
    # no clause opening on a person
    (
        "Lars Marchetti thanked the crowd, but on Friday the club announced his exit. “It is time,” he said.",
        "It is time",
        "Lars Marchetti",
    ),
    (
        "Tom Okafor praised the nurses, but the board was unmoved. “They deserve better,” he said.",
        "deserve better",
        "Tom Okafor",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), CONTRAST + CONTRAST_NEIGHBOURS)
def test_contrasting_clause_subject_is_the_centre(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- "<span of time> on," is a fronted phrase ----
TIME_ON = [
    (
        "Ama Dunleavy founded Astley Logistics in a garage in Dunmore. Two decades on, she still checks every "
        "invoice. “Old habits,” she said.",
        "Old habits",
        "Ama Dunleavy",
    ),
    (
        "Efua Mensah-Tull lost her home to the flood at Marston Mill. Six months on, she is still in a hotel. "
        "“Nobody calls back,” she said.",
        "Nobody calls back",
        "Efua Mensah-Tull",
    ),
    (
        "Ossian Petrakis bought the Calder Bay Ferry Company in 2010. Fifteen years on, he runs six boats. "
        "“I still get seasick,” he said.",
        "seasick",
        "Ossian Petrakis",
    ),
    (
        "Hanne Saarinen left Marston Royal Infirmary after a stroke. Weeks on, she is walking again. "
        "“Slowly,” she said.",
        "Slowly",
        "Hanne Saarinen",
    ),
]

TIME_ON_NEIGHBOURS = [
    # "on" opening a phrase of its own, no comma: the span is the subject, as before
    (
        "Two decades on the bench have made Judge Ana Brekke patient. “I have seen it all,” she said.",
        "seen it all",
        "Ana Brekke",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), TIME_ON + TIME_ON_NEIGHBOURS)
def test_span_of_time_on_is_fronted(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
