"""Pronoun speakers in exchanges of question and answer, and the sex of a first name no list
knows, told by the article's own pronouns. Invented passages; see attribution.exchange_turn,
resolution.answerer and resolution.own_pronoun."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# A he/she answering a question: the one asked, not the asker of the same sex.
ANSWERS = [
    (  # no one named in the question's sentence: the question to "you", an answer in the first person
        "Defense lawyer Mark Hollis cross-examined the foreman, Dale Renner, on Tuesday.\n\n"
        "“Were you at the dock that night?” Hollis asked.\n\n“I was,” he said.",
        "I was",
        "Dale Renner",
    ),
    (  # the one asked as the cue's object pronoun, another cue verb
        "The prosecutor, Gerald Stroud, turned to the witness, Paul Ebbing.\n\n"
        "“Did you sign the invoice?” Stroud asked him.\n\n“I did not,” he replied.",
        "I did not",
        "Paul Ebbing",
    ),
    (  # questioned in the sentence before, a description set off before the name; no "you"
        "Senator Ida Pruitt pressed the agency's director, Carla Venn, during the hearing.\n\n"
        "“How much did the program cost?” Pruitt asked.\n\n“About four million,” she said.",
        "About four million",
        "Carla Venn",
    ),
    (  # an aside in the sentence before, the answer cued with its listener
        "Judge Harold Kemp questioned the defendant, Victor Salas, before sentencing. "
        "“Do you understand the charge?” Kemp asked.\n\n“I understand it,” he told the judge.",
        "I understand it",
        "Victor Salas",
    ),
    (  # the asker named after the cue, the one questioned a noun no list knows with a name set off
        "Investigators interviewed the pilot, Anne Frye, after the landing. "
        "“Did the engine fail?” asked investigator Rosa Dunn.\n\n“It did,” she said.",
        "It did",
        "Anne Frye",
    ),
    (  # a present-tense exchange, the one asked a woman whose title tells her sex
        "Ms. Quell, a former clerk, faces questions from committee counsel Lena Ortiz for most of "
        "the afternoon. “Who paid you?” Ortiz asks. “Nobody paid me,” she answers.",
        "Nobody paid me",
        "Quell",
    ),
]


ANSWERS += [
    (  # the answer's cue before it, its own sentence
        "Prosecutor Nina Stahl cross-examined the nurse, Clara Boyd, for two hours.\n\n“Did you give "
        "the patient the drug?” Stahl asked.\n\nShe answered: “I gave what was prescribed.”",
        "I gave what was prescribed",
        "Clara Boyd",
    ),
    (  # the questioning told by a noun in a fronted phrase
        "Under questioning from his own attorney, Bill Cordero, the defendant, Ray Lusk, described "
        "the evening. “What did you do next?” Cordero asked. “I drove home,” he said.",
        "I drove home",
        "Ray Lusk",
    ),
    (  # a second round: asked back by a he, answered by the one who answered before
        "Reporter Tim Ashe interviewed the mayor, Paul Grady, in his office. “Will you run again?” "
        "Ashe asked. “I have not decided,” he said. “When will you decide?” he asked. “By spring,” "
        "he said.",
        "By spring",
        "Paul Grady",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ANSWERS)
def test_answer_is_the_one_asked(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# A question asked after the answer, in a paragraph of its own and not speaking as "I", is
# the asker's again (in the answer's paragraph the answerer goes on: test_pronmend30).
QUESTIONS_BACK = [
    (
        "Lena Ortiz questioned Ms. Quell for an hour. “Who paid you?” Ortiz asked. "
        "“Nobody,” Quell said.\n\n“Are you sure?” she asked.",
        "Are you sure",
        "Ortiz",
    ),
    (
        "Senator Ida Pruitt questioned the director, Carla Venn, on Tuesday. “Did your agency know?” "
        "Pruitt asked. “We knew in March,” Venn said.\n\n“Why did you wait?” she asks.",
        "Why did you wait",
        "Ida Pruitt",
    ),
    (
        "Ed Marner, the host, interviewed the coach, Gary Tolle, in the studio.\n\n“Was it the referee?” "
        "asked Marner.\n\n“Not at all,” Tolle said.\n\n“Then what was it?” he asked.",
        "Then what was it",
        "Ed Marner",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), QUESTIONS_BACK)
def test_question_after_answer_is_the_askers(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


def test_question_after_answer_with_no_exchange_told() -> None:
    # no questioning told: the one who just answered may ask back, the subject before, as before
    check_speaker(
        "Lena Ortiz and Ms. Quell met in the lobby.\n\n“Where were you on Friday?” Ortiz asked. "
        "“At home,” Quell said. “Why does it matter?” she asked.",
        "Why does it matter",
        "Quell",
    )


# Neighbours: the asker goes on, or no one else was asked.
ASKER_GOES_ON = [
    (  # a question asked of no one: the speaker answers it
        "Mayor Dale Renner spoke to the crowd for an hour.\n\n“Who will pay for this bridge?” "
        "Renner asked. “Not the taxpayers,” he said.",
        "Not the taxpayers",
        "Dale Renner",
    ),
    (  # "he added": the asker goes on
        "Defense lawyer Mark Hollis cross-examined the foreman, Dale Renner, on Tuesday.\n\n"
        "“Were you at the dock that night?” Hollis asked. “Because the logs say you were,” he added.",
        "Because the logs",
        "Mark Hollis",
    ),
    (  # "he said again": the asker repeats himself
        "Defense lawyer Mark Hollis cross-examined the foreman, Dale Renner, on Tuesday.\n\n"
        "“Were you at the dock that night?” Hollis asked. “Answer the question,” he said again.",
        "Answer the question",
        "Mark Hollis",
    ),
    (  # a question to "you" answered with no word of the one asked: the asker's own answer
        "Mayor Ben Tate spoke at the rally. His opponent, Carl Hume, was not there.\n\n"
        "“Do you know what the levy costs you?” Tate asked. “Four hundred dollars a year,” he said.",
        "Four hundred dollars",
        "Ben Tate",
    ),
    (  # a question to "you" at a rally, answered in the first person: no questioning told
        "Gov. Tom Hale spoke for an hour in Dayton. His challenger, Ben Ruiz, was campaigning in "
        "Akron.\n\n“Are you better off than you were four years ago?” Hale asked. “I do not think "
        "you are,” he said.",
        "I do not think",
        "Tom Hale",
    ),
    (  # asked of a crowd, no person
        "Mayor Ben Tate spoke at the rally.\n\n“What has the council done for you?” Tate asked the "
        "crowd. “Nothing,” he said.",
        "Nothing",
        "Ben Tate",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ASKER_GOES_ON)
def test_asker_goes_on(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# A first name no list knows: a his/her the sentence gives only that person tells the sex,
# past a description set off after the name and a noun the pronoun owns.
TOLD_SEX = [
    (  # set off after the name: the treasurer is Kerry Vint
        "Mayor Ruth Ames opened the session. Kerry Vint, the treasurer, said his office had found "
        "the error.\n\n“We should have caught it sooner,” she said.",
        "caught it sooner",
        "Ruth Ames",
    ),
    (  # a woman this time, a possessive in the description, another verb
        "Coach Tom Ellery praised the squad. Jordan Pell, the club’s captain, insisted her knee was fine.\n\n"
        "“We go again on Sunday,” he said.",
        "We go again",
        "Tom Ellery",
    ),
    (  # "his brother": a noun the pronoun owns is no other referent; the first name before a known surname
        "Tavi Renlund said his brother had warned the port. Ainsley Moro said she had seen the "
        "letter.\n\n“It was dated June,” he said.",
        "dated June",
        "Tavi Renlund",
    ),
    (  # two such names: each sentence tells one; the description of the first no rival of the second
        "Kerry Vint, the treasurer, said his office had found the error. Jordan Pell, the auditor, "
        "said her team had flagged it in March.\n\n“We fixed it in a week,” he said.",
        "fixed it in a week",
        "Kerry Vint",
    ),
    (
        "Emery Castell told the board her ward had lost six staff. Robin Oduya, the union steward, "
        "said his members were exhausted.\n\n“They cannot keep this up,” she said.",
        "cannot keep this up",
        "Emery Castell",
    ),
]


TOLD_SEX += [
    (  # a He opening the next sentence of the paragraph, the name the only person before it
        "Mayor Ruth Ames opened the meeting. Sasha Brill spoke next. He runs the harbor office.\n\n"
        "“We are not leaving,” she said.",
        "not leaving",
        "Ruth Ames",
    ),
    (  # a Her opening it, a woman's possession; a man's quote after
        "Coach Tom Ellery watched from the stand. Jordan Pell scored twice. Her second goal came "
        "in stoppage time.\n\n“It was a great day,” he said.",
        "a great day",
        "Tom Ellery",
    ),
    (  # a description set off before the name, owned by someone of the other sex
        "Ann Keyes runs the port. Her deputy, Tavi Renlund, says he warned the board twice.\n\n"
        "“We listened,” she said.",
        "We listened",
        "Ann Keyes",
    ),
    (  # the description with an article, the woman named before a relative clause
        "Councilwoman Ada Reyes chaired the session. The contractor, Quinn Adair, said his firm "
        "had done the work.\n\n“We will check it,” she said.",
        "We will check it",
        "Ada Reyes",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), TOLD_SEX)
def test_sex_told_by_own_pronoun(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(
    "text",
    [
        # another man in the sentence before the He: either may be him
        "Mayor Ruth Ames opened the meeting. Sasha Brill spoke with Tom Ruddick. He runs the "
        "harbor office.\n\n“We are not leaving,” she said.",
        # the He opens the next paragraph, not the next sentence of the name's
        "Mayor Ruth Ames opened the meeting. Sasha Brill spoke next.\n\nHe runs the harbor "
        "office.\n\n“We are not leaving,” she said.",
    ],
)
def test_sex_not_told_by_an_opener_out_of_reach(text: str) -> None:
    check_speaker(text, "not leaving", "Sasha Brill")


def test_sex_not_told_when_another_man_is_in_the_sentence() -> None:
    # "his" may be Dan Ross's: Kerry Vint's sex stays unknown, and "she" may be Kerry Vint
    check_speaker(
        "Mayor Ruth Ames opened the session. Kerry Vint told Dan Ross that his office had found the "
        "error.\n\n“We should have caught it sooner,” she said.",
        "caught it sooner",
        "Kerry Vint",
    )


# A he/she whose cue goes on ("added", "continued") after a sentence closing on another
# named person's quote: that person goes on.
GOES_ON = [
    (
        "Mayor Ruth Lee said the budget was balanced, and Ann Moss, her rival, answered that “the "
        "numbers do not add up.” She added that the city had “hidden the deficit.”",
        "hidden the deficit",
        "Ann Moss",
    ),
    (  # "while", another cue verb
        "Mayor Ruth Lee said the budget was balanced, while Ann Moss, her rival, said it was "
        "“a fiction.” She added that the city had “hidden the deficit.”",
        "hidden the deficit",
        "Ann Moss",
    ),
    (  # a man, "but", a verb of naming
        "Coach Dan Pryor praised the defense, but his assistant, Tom Keel, called the midfield "
        "“a mess.” He added that the team was “lucky to draw.”",
        "lucky to draw",
        "Tom Keel",
    ),
    (  # descriptions before the names, a colon and "continued"
        "The founder, Jane Pike, spoke first, and the chief executive, Lisa Morrow, then told "
        "shareholders that sales would “recover by spring.” She continued: “We have the orders.”",
        "We have the orders",
        "Lisa Morrow",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), GOES_ON)
def test_going_on_after_another_speaker(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(
    "text",
    [
        # "said" does not go on: the sentence's subject, as before
        "Mayor Ruth Lee said the plan was sound, and Ann Moss, her rival, called it “a fiction.” "
        "She said the audit was “clean.”",
        # the quote's speaker is a man: "she" is not him
        "Mayor Ruth Lee said the plan was sound, and Tom Moss, her rival, called it “a fiction.” "
        "She added that the audit was “clean.”",
    ],
)
def test_going_on_neighbours(text: str) -> None:
    check_speaker(text, "clean", "Ruth Lee")


# A description set off after the name may hold capitalised words before its head noun.
CAPITALISED_DESCRIPTIONS = [
    (
        "Mayor Ruth Ames opened the session. Kerry Vint, the Green Party candidate, said his "
        "campaign would appeal.\n\n“The count was fair,” she said.",
        "The count was fair",
        "Ruth Ames",
    ),
    (  # an article "a", another verb
        "Judge Helen Marsh heard the motion. Sasha Brill, a New York lawyer, argued that his client "
        "had been misled.\n\n“The contract is plain,” she wrote.",
        "The contract is plain",
        "Helen Marsh",
    ),
    (  # present tense, a woman
        "Coach Tom Ellery praised the squad. Jordan Pell, the Rovers captain, says her knee is "
        "fine.\n\n“We go again on Sunday,” he says.",
        "We go again",
        "Tom Ellery",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), CAPITALISED_DESCRIPTIONS)
def test_capitalised_word_in_set_off_description(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


def test_set_off_phrase_naming_another_person_tells_nothing() -> None:
    # "his" may be Tom Ruddick's: Kerry Vint's sex stays unknown, and "she" may be Kerry Vint
    check_speaker(
        "Mayor Ruth Ames opened the session. Kerry Vint, a friend of Tom Ruddick, said his campaign "
        "would appeal.\n\n“The count was fair,” she said.",
        "The count was fair",
        "Kerry Vint",
    )


# A question asked by one unnamed member of a group ("one reporter", "a juror"): a he/she
# answering it is the person the story names, not that asker.
UNNAMED_ASKERS = [
    (
        "Coach Gary Tolle met reporters after the loss. “Was it the referee?” one reporter asked. "
        "“Not at all,” he said.",
        "Not at all",
        "Gary Tolle",
    ),
    (  # "a", a yes-no answer
        "The minister, Eamon Kerr, took questions for an hour. “Will you resign?” a reporter asked. "
        "“No,” he said.",
        "No,",
        "Eamon Kerr",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), UNNAMED_ASKERS)
def test_answer_to_an_unnamed_asker(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


def test_unnamed_asker_answered_by_a_description() -> None:
    # the answer's cue is no pronoun: the description as written
    check_speaker(
        "Coach Gary Tolle met reporters after the loss. “Was it the referee?” one reporter asked. "
        "“I think so,” the reporter said.",
        "I think so",
        "the reporter",
    )
