"""Review 31 shapes: a comma-less "whose" clause inside a description, and a "whether"
question, whose own subject speaks for neither the participle nor the verb after it."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ivo Lund, the senator whose parents fled the island in 1960, called the deal “a betrayal.”",
            "Ivo Lund",
        ),
        (
            "Mara Finch, the teacher whose students walked out on Monday, told reporters the strike was “overdue.”",
            "Mara Finch",
        ),
        ("Ivo Lund, a senator whose voters fled the coast, says the deal is “a betrayal.”", "Ivo Lund"),
        ("The senator whose parents fled the island said the deal was “a betrayal.”", "The senator"),
        ("Cara Vos, a lawyer whose aides wrote the bill, had said it was “airtight.”", "Cara Vos"),
    ],
)
def test_a_whose_clause_in_a_description_is_not_the_subject(text: str, speaker: str) -> None:
    """ "the senator whose parents fled …, called": the noun after "whose" is the relative
    clause's subject, and the main verb after the clause is the description's."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ivo Lund, the senator whose aides said the bill was “dead,” left early.", "aides"),
        ("Cara Vos asked whose idea it was to call the plan “a joke.”", "Cara Vos"),
    ],
)
def test_a_whose_clause_with_its_own_cue_keeps_its_words(text: str, speaker: str) -> None:
    """Neighbours: a verb of speech inside the "whose" clause is its subject's; "asked whose"
    after a verb is a question, not a relative clause."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Ivo Lund declined to say whether the new ordinance would allow landlords to refuse"
            " tenants, saying only that renters were “not at risk.”",
            "Ivo Lund",
        ),
        (
            "Cara Vos had refused to answer a question about whether the treaty would allow farms to"
            " sell land, adding that farmers were “safe.”",
            "Cara Vos",
        ),
        (
            "The governor dodged when asked whether the plan would cost jobs, saying the state was"
            " “open for business.”",
            "The governor",
        ),
    ],
)
def test_a_participle_after_a_whether_question_is_the_main_subjects(text: str, speaker: str) -> None:
    """The subject inside "whether …" belongs to the question; the participle set off after it
    goes on with the clause that asked or declined."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A spokeswoman for Vos, asked whether the senator supported the suit, said she “believes in the law.”",
            "A spokeswoman for Vos",
        ),
        (
            "Ivo Lund, pressed in a hallway interview whether the meeting was proper, said: “No. Call the police.”",
            "Ivo Lund",
        ),
        (
            "Lund’s aide, asked whether the treasurer would resign, replies that he “has no plans to go.”",
            "Lund’s aide",
        ),
    ],
)
def test_an_aside_asking_whether_ends_before_the_main_verb(text: str, speaker: str) -> None:
    """ ", asked whether the senator supported it, said": the question is inside the aside, and
    the verb after its comma is the subject's."""
    assert speakers(text) == [speaker]


def test_a_second_source_asked_whether_after_an_earlier_quote() -> None:
    text = (
        "Cara Vos said the bill was “dead,” while a spokesman for Lund, asked whether the mayor would"
        " respond, said only that he “stands by the plan.”"
    )
    assert speakers(text) == ["Cara Vos", "a spokesman for Lund"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The voters wondered whether the mayor had called it “a mistake.”", "the mayor"),
        ("Mara Finch, asked about the vote, said it was “a sham.”", "Mara Finch"),
        ("The crowd cheered when Ivo Lund took the stage, calling the port “a disgrace.”", "Ivo Lund"),
        ("The mayor laughed when asked about the port, calling it “a disgrace.”", "The mayor"),
    ],
)
def test_whether_neighbours(text: str, speaker: str) -> None:
    """A verb of speech inside the question is still its subject's; an aside with no question
    and a "when" clause with a subject of its own are unchanged."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "When a teacher asked about funding and said she was “worried sick” about cuts, the senator nodded.",
            "a teacher",
        ),
        ("After the nurse stood up, and said he was “exhausted,” Vos changed the subject.", "the nurse"),
        (
            "When a veteran from Tarnby stood up and said the clinic was “a disgrace,” Lund promised a review.",
            "a veteran",
        ),
        (
            "Because the mayor in the blue coat arrived late, and told reporters the plan was “dead,” the vote slipped.",
            "the mayor",
        ),
        (
            "When a farmer in a straw hat asks about trade, and says he is “scared to death,” Vos listens.",
            "a farmer",
        ),
    ],
)
def test_a_verb_joined_in_a_fronted_clause_shares_its_subject(text: str, speaker: str) -> None:
    """ "When a farmer in a cap asked about trade, and said he was “…”": the subordinate clause's
    own subject (an article's noun phrase, past its phrase of place) speaks the joined verb, not
    the pronoun in what he said nor the main clause's subject; a comma before "and" and a verb
    does not end the clause."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("When the vote ended, and Ivo Lund said it was “clean,” the hall cheered.", "Ivo Lund"),
        ("After the vote and the recount, Ivo Lund said it was “clean.”", "Ivo Lund"),
        ("As the crowd in the square grew, Cara Vos told them the plan was “dead.”", "Cara Vos"),
        ("Although the board in Tarnby voted no, Vos said the plan was “alive.”", "Vos"),
    ],
)
def test_fronted_clause_neighbours(text: str, speaker: str) -> None:
    """A clause after "and" with its own subject, a fronted phrase with no verb, and a main
    clause after the fronted one keep their speakers."""
    assert speakers(text) == [speaker]
