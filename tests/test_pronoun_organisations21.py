"""A plural or neuter pronoun ("they", "it") stands for an organisation only when the
organisation was last named as a subject or a speaker, added in session 21. A body named
only as an object ("Lee sued Acme Corp"), inside a prepositional phrase ("wrote to the
Water Board") or as one of several ("Acme Corp and Brill Holdings sued") is not who speaks
next: the pronoun is left unresolved ("they" reported as written, "it" as nobody) instead
of naming the wrong speaker. Each shape runs through the real extractor on invented news
prose, with neighbours that must keep the organisation.
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. the body is the object of a verb --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mira Holt and Ivo Brandt sued Quarry Mutual Inc on Tuesday. “This is theft,” they said.\n", "they"),
        (
            "Two tenants have taken Ferris Lettings Ltd to court. “Nobody listened,” they told the panel.\n",
            "Two tenants",
        ),
        (
            "The dockers blamed the Port Authority for the delay. “We were ready at dawn,” they said.\n",
            "The dockers",  # the plural of people its subject (mentions.people_plural)
        ),
        (
            "Farmers accused the Grain Board of favouritism. “It is rigged,” they wrote in a letter.\n",
            "Farmers",
        ),
        # the subject is a body too, but the one named last was the object: left unresolved,
        # not guessed (going on to an older body named as a subject named wrong ones)
        ("Vega Freight outbid Talon Shipping Corp for the contract. “We are delighted,” it said.\n", None),
    ],
)
def test_a_body_named_as_an_object_is_not_the_pronoun(text: str, speaker: str | None) -> None:
    assert speakers(text) == [speaker]


# 2. the body sits inside a prepositional phrase -------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The family wrote to the Heron Water Board in May. “It is unfair,” they said.\n", "they"),
        ("Pickets gathered outside the Lorne Savings Bank at noon. “Pay us back,” they chanted.\n", "they"),
        (
            "In a petition to the Kestrel Housing Agency, tenants listed damp flats. “Fix it,” they said.\n",
            "tenants",
        ),
        # the plural of people in -ers that is the subject (test_pronoun_centres24.py), not the body
        ("Drivers waited for hours at the Ferry Trust depot. “Nobody told us,” they said.\n", "Drivers"),
        ("Workers at Orwell Mills Corp walked out on Monday. “We want fair pay,” they said.\n", "they"),
    ],
)
def test_a_body_inside_a_prepositional_phrase_is_not_the_pronoun(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# 3. the body is an object inside a relative clause, or one of several -----------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Residents who oppose the Harbour Trust met in the chapel. “Not here,” they said.\n", "Residents"),
        (
            "Two nurses who left the Tamsin General Hospital spoke on Friday. “We were exhausted,” they said.\n",
            "Two nurses",
        ),
        (
            "Critics, who have long fought the Lark Valley Council, gathered outside. “Enough,” they said.\n",
            "Critics",
        ),
        ("Acme Corp and Brill Holdings sued the city. “We will win,” they said.\n", "they"),
        (
            "Ada Fenn sued Acme Corp and Brill Holdings. “They must pay,” she said. “We will win,” they added.\n",
            "they",
        ),
    ],
)
def test_a_body_in_an_objects_place_or_one_of_several_is_not_the_pronoun(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# neighbours: the body was a subject or a speaker, and keeps the pronoun ----------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Acme Corp sued the city on Monday. “We will win,” it said.\n", "Acme Corp"),
        ("According to the Ferry Trust, the ramp is unsafe. “It must close,” it said.\n", "Ferry Trust"),
        ("Last year, Quarry Mutual Inc sued two tenants. “They owe us,” it said.\n", "Quarry Mutual Inc"),
        ("The embattled Harbour Trust met on Friday. “We disagree,” it said.\n", "Harbour Trust"),
        (
            "Because the Grain Board lost the vote, the silo will close. “We will appeal,” it said.\n",
            "Grain Board",
        ),
        (
            "The city was sued by Talon Shipping Corp in March. “We will win,” it said.\n",
            "Talon Shipping Corp",
        ),
        ("The Harbour Trust said it would appeal. “We disagree,” they added.\n", "Harbour Trust"),
        (
            "The Lorne Savings Bank, however, rejected the claim. “It is false,” it said.\n",
            "Lorne Savings Bank",
        ),
    ],
)
def test_a_body_named_as_a_subject_keeps_the_pronoun(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the people who speak for the body: their "they" is its voice
        (
            "Officials at the Heron Water Board met on Friday. “We need more time,” they said.\n",
            "Heron Water Board",
        ),
        ("A lawyer for Quarry Mutual Inc filed the papers. “We will win,” it said.\n", "Quarry Mutual Inc"),
        (
            "Executives from Orwell Mills Corp met the mayor. “We are ready,” they said.\n",
            "Orwell Mills Corp",
        ),
        # a quote earlier attributed to the body
        (
            "“We will appeal,” the Ferry Trust said on Monday. “The ruling is wrong,” they added.\n",
            "Ferry Trust",
        ),
        # described again as a subject since it was named as an object
        (
            "Ada Fenn sued Acme Corp in June. The company denied the claims. “We will win,” it said.\n",
            "Acme Corp",
        ),
        (
            "The pier belongs to the Harbour Trust. The trust bought it in 1990. “We will stay,” it said.\n",
            "Harbour Trust",
        ),
        (
            "Tenants took Ferris Lettings Ltd to court. Later that week the firm settled. “It is over,” it said.\n",
            "Ferris Lettings Ltd",
        ),
    ],
)
def test_a_body_speaking_through_its_people_or_described_again_keeps_the_pronoun(
    text: str, speaker: str
) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ada Fenn and Ivo Brandt sued Acme Corp. They said the company had lied. “We will win,” they said.\n",
            "they",
        ),
        # the people who are the previous sentence's subject (see test_pronoun_antecedents22)
        (
            "The Heron Water Board said prices would rise. Tenants sued the board. “It is unfair,” they said.\n",
            "Tenants",
        ),
        (
            # the subject, a plural in -ers of people (test_pronoun_centres24.py), not the body
            "“We will appeal,” the Ferry Trust said. Anglers blamed the trust for it. “We lost a season,” they said.\n",
            "Anglers",
        ),
    ],
)
def test_a_body_last_described_as_an_object_is_not_the_pronoun(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker
