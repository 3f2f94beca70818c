"""Narrowed pronoun rules of the exchange and of an unknown first name's sex: shapes where
they took the wrong person. Invented passages; see attribution.exchange_turn,
attribution.last_speaker, attribution.questioning_at and resolution.own_pronoun."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# A he/she question right after a named answer, in the answer's paragraph or speaking as "I":
# the answerer goes on, not the asker.
ANSWERER_GOES_ON = [
    (
        "“Where were you?” Piet Lomax asked Ivo Stanek. “At home,” Stanek said. "
        "“Where else would I be?” he asked.",
        "Where else would I be",
        "Ivo Stanek",
    ),
    (  # a woman, a description after the one asked
        "“Is the mill safe?” Orla Kinnear asked Vera Dunmore, the mill manager. “It is,” Dunmore said. "
        "“Would we work here if it were not?” she asked.",
        "Would we work here",
        "Vera Dunmore",
    ),
    (  # a question to "you" in the answer's paragraph, the one asked a pronoun of the cue
        "Teo Marsh took questions after the verdict. “Will you appeal?” Ben Carrow of the Ledger asked "
        "him. “Of course,” Marsh said. “Wouldn't you?” he asked.",
        "Wouldn't you",
        "Teo Marsh",
    ),
    (  # a new paragraph, but the question speaks as "I": still the answerer's
        "Judge Ula Brandt questioned Karl Fenn about the payments.\n\n“Who approved them?” Brandt "
        "asked.\n\n“The board,” Fenn said.\n\n“What was I supposed to do, overrule it?” he asks.",
        "What was I supposed",
        "Karl Fenn",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ANSWERER_GOES_ON)
def test_answerer_goes_on(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


def test_question_back_in_its_own_paragraph() -> None:
    # neighbour: a paragraph of its own, no "I": the asker's again
    check_speaker(
        "Lena Orrin questioned Ms. Quade for an hour.\n\n“Who paid you?” Orrin asked.\n\n"
        "“Nobody,” Quade said.\n\n“Are you sure?” she asked.",
        "Are you sure",
        "Orrin",
    )


def test_question_back_after_an_answer_by_pronoun() -> None:
    # neighbour: the answer's cue names no one, so no name re-centres the answerer: the asker's
    check_speaker(
        "“Did you know about the shortfall?” Marco Frei asked Anton Quist. “No,” he said. "
        "“Are you sure?” he asked.",
        "Are you sure",
        "Marco Frei",
    )


# A description set off with the name that owns another person ("the mayor's aide"): a
# his/her after it may be that person's, and tells nothing of the name's sex.
OWNER_DESCRIPTIONS = [
    (
        "Shay Tolland, the mayor's chief of staff, said his schedule was full.\n\n"
        "“He is in meetings all day,” she said.",
        "in meetings all day",
        "Tolland",
    ),
    (  # her, the singer's, a man's quote after
        "Quinn Arlow, the singer’s manager, said her tour would go on.\n\n“She is resting,” he said.",
        "She is resting",
        "Arlow",
    ),
    (  # the description before the name, another verb
        "The defendant's lawyer, Kerry Baskin, argued that his trial should move.\n\n"
        "“He cannot get a fair hearing here,” she wrote.",
        "fair hearing here",
        "Baskin",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), OWNER_DESCRIPTIONS)
def test_description_owning_another_person(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# A verb of questioning whose object is a thing ("questioned the timing"): doubt, no exchange;
# a he/she answering a question to "you" after it is the asker, not someone named before.
DOUBTED = [
    (
        "Mayor Ivo Tarrant unveiled the plan Monday. Senator Anton Kessling questioned it on "
        "Tuesday. “Do you know what this costs you?” Kessling asked. “I do, and it is too much,” he said.",
        "it is too much",
        "Kessling",
    ),
    (  # a woman, "the timing"
        "Nora Bransk announced the merger last week. Union leader Hella Fryer questioned the timing. "
        "“Do you really think that is a coincidence?” Fryer asked. “I don't,” she said.",
        "I don't",
        "Fryer",
    ),
    (  # "in a radio interview": a noun of questioning no one was put to
        "Coach Arno Meeker picked the squad on Monday. Former captain Pim Fray questioned the choices "
        "in a radio interview. “Would you leave out your best striker?” Fray asked. “I wouldn't,” he said.",
        "I wouldn't",
        "Fray",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), DOUBTED)
def test_questioning_a_thing_is_no_exchange(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# A He/Her opening the next sentence teaches the name's sex only when the name's sentence
# names nothing after it: else the He/Her may be that other (a dog, the foreman, a baby's mother).
OPENER_OTHERS = [
    (
        "Linden Saltash was the first to see the dog. He was shaking and thin.\n\n"
        "“I took him home,” she said.",
        "took him home",
        "Saltash",
    ),
    (  # a that-clause naming another, a man's report
        "Rowan Merrit testified that the foreman ignored warnings. He told workers to keep going, "
        "Merrit said.\n\n“He laughed at us,” she said.",
        "laughed at us",
        "Merrit",
    ),
    (  # Her, an object before a phrase of place
        "Shay Brullo delivered the baby in the back of a taxi. Her mother had gone into labor on the "
        "bridge.\n\n“There was no time,” he said.",
        "no time",
        "Brullo",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), OPENER_OTHERS)
def test_opener_about_another(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# One unnamed member of a crowd asks, and a he/she of that member's sex goes on: the asker.
CROWD_ASKER_GOES_ON = [
    (
        "Residents packed the gym to hear Mayor Maren Ottway defend the plan. “Who is going to pay "
        "for this?” one woman asked. “We are, as always,” she said.",
        "as always",
        "one woman",
    ),
    (  # a man, a father
        "Mayor Oskar Quint held a town hall on the closure. “Where are our kids supposed to go?” one "
        "father asked. “There is nothing else in this town,” he said.",
        "nothing else in this town",
        "one father",
    ),
    (  # "a", another cue verb, present tense
        "Senator Ines Talbot meets voters in Harlow. “Who will fix the road?” a mother asks. "
        "“Nobody ever does,” she says.",
        "Nobody ever does",
        "a mother",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), CROWD_ASKER_GOES_ON)
def test_crowd_asker_goes_on(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# A question a named person with a description asks of a described person, then a he/she
# that does not answer (no "I", no yes/no): the asker goes on.
ASKED_DESCRIBED = [
    (
        "“Why should my client wait another year?” defense lawyer Piet Ambrose asked the judge. "
        "“He has waited long enough,” he said.",
        "waited long enough",
        "Piet Ambrose",
    ),
    (  # another described person, a defense attorney
        "“Why should my client wait another month?” defense attorney Lior Ambler asked the referee. "
        "“He has done nothing wrong,” he said.",
        "done nothing wrong",
        "Lior Ambler",
    ),
    (  # present tense
        "“Why should my client wait another year?” defense lawyer Piet Ambrose asks the judge. "
        "“He has waited long enough,” he says.",
        "waited long enough",
        "Piet Ambrose",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ASKED_DESCRIBED)
def test_asked_described_not_answered(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# A he/she going on ("continued", "added") after a quote given to one the subject reports,
# with no "and"/"but"/"while" setting that person's own clause: the subject goes on.
REPORTED_OTHER = [
    (
        "Anton Pellow said his father, Davin Lunde, used to call the mine “the hole.” "
        "“I never understood why until I went down,” he continued.",
        "I never understood",
        "Anton Pellow",
    ),
    (  # a woman, "added"
        "Maren Ostrow said her grandmother, Ilse Krane, used to call the river “the snake.” "
        "“I only learned why last year,” she added.",
        "only learned why",
        "Maren Ostrow",
    ),
    (  # present tense
        "Jon Haddie says his coach, Ivo Brand, used to call the pitch “the swamp.” "
        "“He was right about that,” he continues.",
        "right about that",
        "Jon Haddie",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), REPORTED_OTHER)
def test_going_on_after_a_reported_quote(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
