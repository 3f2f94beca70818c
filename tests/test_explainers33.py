"""Question-and-answer explainers (session 33): a newsroom that asks and answers itself ("What
you need to know about …", "Your questions answered") writes its answers in the third person,
telling what others say or said, with no "I" or "we" of its own and no introduction naming an
interviewee. Those answers are nobody's words: no turns. The quotes inside them stay quotes,
attributed by their own cues. A real interview (an introduction that tells of it, or answers
in the first person) keeps its turns."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.extract.transcripts import tells_of_others, unquoted


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.text) for q in extract_quotes(document_from_text(text, "story.txt"))]


def turns(text: str) -> list[tuple[str, str | None, str]]:
    return [q for q in quotes(text) if q[0] == "transcript"]


LABELLED = [
    # present tense, a body telling
    "Ferry strike: your questions answered\n\nHarbour master Ilse Varga, 61, said crews had voted to strike. "
    "Varga has run the port since 2011.\n\nQ: When do ferries sail again?\nA: The crews' union says sailings "
    "should resume on Friday.\n\nQ: Who is affected?\nA: Every crossing to Skarra, the port authority says.\n",
    # past tense, a surname and another cue verb, answers set off by a blank line
    "Rates rise explained\n\nTreasurer Joaquim Brede announced the rise on Monday. Brede is 49.\n\n"
    "Q: How much more will households pay?\n\nA: About four percent, Brede told councillors.\n\n"
    "Q: Can it be appealed?\n\nA: Only by a business, the treasurer's office warned.\n",
    # "according to", a description for a name and an aside inserted
    "What we know about the mill fire\n\nFire chief Odile Sarrazin, 55, led the crews. Sarrazin spoke at dawn.\n\n"
    "Q: How did it start?\nA: In a dryer, according to the fire service.\n\n"
    "Q: Was anyone hurt?\nA: Two workers, the mill's owner, a family firm, said on Tuesday.\n",
]


@pytest.mark.parametrize("text", LABELLED)
def test_an_explainer_set_as_q_and_a_gives_no_turns(text: str) -> None:
    assert turns(text) == []


QUOTED_INSIDE = [
    (
        "Heatwave: what you need to know\n\nQ: Will schools close?\nA: The county said on Sunday it would "
        "decide in the morning. Its leader, Oskar Lindqvist, said: “We will not take risks with children.”\n\n"
        "Q: What about trains?\nA: Services will be cut, the operator says.\n",
        "Oskar Lindqvist",
    ),
    (
        "Dock closure explained\n\nPort director Amara Quist-Obi, 50, closed the dock. Quist-Obi is new.\n\n"
        "Q: Why did it shut?\nA: Divers found a crack, the port said, and Teodor Marsh of the divers' crew "
        "warned: “I have never seen one so deep.”\n\nQ: When will it open?\nA: Not before May, officials said.\n",
        "Teodor Marsh",
    ),
    (
        "Bus fares: your questions answered\n\nQ: Are fares going up?\nA: Yes, the council confirmed, and "
        "transport chief Rhea Montalvo added that “we had no other way to balance the books”.\n\n"
        "Q: From when?\nA: From June, according to the council's notice.\n",
        "Rhea Montalvo",
    ),
]


@pytest.mark.parametrize(("text", "who"), QUOTED_INSIDE)
def test_a_quote_inside_an_explainer_answer_keeps_its_own_speaker(text: str, who: str) -> None:
    found = quotes(text)
    assert [q for q in found if q[0] == "transcript"] == []
    assert [q[1] for q in found if q[0] == "quote"] == [who]


READER_QUESTIONS = [
    "Flooding in Orr: what you need to know\n\nMayor Lena Voss, 58, visited the riverbank on Sunday. Voss has "
    "led the town since 2016.\n\nWhat should you do if your home floods?\n\nResidents should call the emergency "
    "line, the fire service says.\n\nCan you still drink your tap water?\n\nYes, according to the water board, "
    "although its chief warned: “I cannot promise it for next week.”\n\nWill your insurance pay out?\n\n"
    "Most policies cover river flooding, the insurers said on Monday.\n",
    "Snow day explained\n\nHead teacher Bram Oosterhuis, 44, closed the school. Oosterhuis wrote to parents.\n\n"
    "**Should you send your child in?**\n\nNo, the school says.\n\n**Will your child miss lessons?**\n\n"
    "Work will be set online, a deputy, Liesl Mondragon, told parents: “I would rather they sledge.”\n\n"
    "**When will your bus run?**\n\nFrom Thursday, the county announced.\n",
    "The new bins, explained\n\nCouncillor Yara Delacroix-Ng, 39, brought in the scheme. Delacroix-Ng is "
    "its chair.\n\n1. What goes in your green bin?\n\nGarden waste only, the council said.\n\n"
    "2. Do you have to pay?\n\nYes, and the scheme's manager, Tobiah Reyes, admitted: “I know it is not popular.”\n\n"
    "3. Can you share a bin?\n\nNeighbours may share one, according to the rules.\n",
]


@pytest.mark.parametrize("text", READER_QUESTIONS)
def test_questions_put_to_readers_and_answered_in_the_third_person_give_no_turns(text: str) -> None:
    assert turns(text) == []


def test_an_interview_whose_answers_tell_of_others_keeps_its_turns() -> None:
    # neighbour: an introduction that tells of the interview makes it one, whatever the answers
    text = (
        "Forecaster Ines Tamm spoke to us about the storm.\n\nQ: How strong will the winds be?\n"
        "A: Gusts could reach 120km/h, the weather office says.\n\nQ: Will schools close?\n"
        "A: The county said it would decide in the morning.\n"
    )
    answers = [q for q in turns(text) if not q[2].endswith("?")]
    assert [q[1] for q in answers] == ["Ines Tamm", "Ines Tamm"]


def test_an_interview_answered_in_the_first_person_keeps_its_turns() -> None:
    # neighbour: no cue, but the answers speak as "I" and "we": an interview, as before
    text = (
        "Harbour master Ilse Varga, 61, has run the port since 2011. Varga is known for plain talk.\n\n"
        "Q: Why strike now?\nA: Because we have waited three years, and the port authority said no.\n\n"
        "Q: What would end it?\nA: A real offer. I want nothing more.\n"
    )
    answers = [q for q in turns(text) if not q[2].endswith("?")]
    assert answers and all(q[1] == "Ilse Varga" for q in answers)


def test_a_quiz_of_plain_answers_is_no_interview_either() -> None:
    # neighbour: answers that tell of nobody are left as they were read before
    text = "Q: What is the capital?\nA: Paris.\n\nQ: Who wrote it?\nA: Nobody knows.\n"
    assert turns(text) == []


def test_the_third_person_is_told_by_a_cue_verb_after_someone_else() -> None:
    assert tells_of_others("the union says services resume")
    assert tells_of_others("about four percent, according to the office")
    assert not tells_of_others("as I said, we warned them")  # the answer's own voice
    assert not tells_of_others("Passengers can claim a refund")  # a lemma, no clause telling
    assert unquoted("She said “we will go” and left.") == "She said   and left."
