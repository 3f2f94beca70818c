"""A he/she/they that is its sentence's subject stands for the subject of the sentence before
(centering), not for a person named later in that sentence as an object; "they" after a
plural of people as subject is those people, reported as the noun phrase. Invented news
text, run through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the object named last has no known gender; the subject, a known woman, is "she"
        (
            "Striker Joel Vance scored twice. Rovers coach Tanya Bell praised Vance, who joined"
            " from Milltown in June. She called him “the best finisher I have seen.”",
            "Tanya Bell",
        ),
        # neither gender known: the subject, not the object
        (
            "Former minister Gus Allen endorsed Maria Lopez on Friday. Lopez thanked Allen."
            " “Gus knows this city,” she said.",
            "Maria Lopez",
        ),
        # present tense, a report as the verb, another cue verb
        (
            "The report was written by Dale Moss. Pia Kerr argues that Moss was wrong."
            " “He ignored the data,” she says.",
            "Pia Kerr",
        ),
        # an aside after the object, perfect tense, "described … as"
        (
            "The port is run by Arno Penrose. Mayor Ines Varga has criticised Penrose, who runs"
            " the port. She described the plan as “reckless.”",
            "Ines Varga",
        ),
        # a bare surname as subject, its gender told by the pronoun
        (
            "Ole Sorensen signed on Monday. Holm welcomed Sorensen warmly. “He will score goals,” he said.",
            "Holm",
        ),
        # a role description as subject; the person in focus was given another role
        (
            "Bose hugged his lawyer. The lawyer, Vessa Grant, said the case was “a waste of money.”"
            " The prosecutor met reporters. “It is sad,” he said.",
            "The prosecutor",
        ),
        # a role description as subject, nobody else in focus
        (
            "The prosecutor met reporters, who asked about an appeal. He called the verdict “disappointing.”",
            "The prosecutor",
        ),
    ],
)
def test_subject_pronoun_takes_previous_subject(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the previous sentence is someone else's report: its subject is not the centre
        ("Ted Cruz won over the crowd, said Tom Stovall. “He was sharp,” he said.", "Tom Stovall"),
        # the object's gender is known to agree, the subject's is not: the object speaks
        ("Mayor Hale introduced Ana Ruiz as police chief. “I am ready,” she said.", "Ana Ruiz"),
        # a body as subject is no "she": the person named after it
        ("The council appointed Maria Lopez as manager on Monday. “I am thrilled,” she said.", "Maria Lopez"),
        # the pronoun's own clause names the subject as the one spoken to
        ("Hale asked Omar Reyes about the wall. “It will be tall,” he told Hale.", "Omar Reyes"),
        # a name used as a modifier is not the subject
        ("Vega consultant Ann Marr took up the theme. “Voters are tired,” she said.", "Ann Marr"),
        # a quote by the object, then a pronoun after a sentence about another
        (
            "Kim Ross met Jon Park. “It went well,” Park said. Ross left early. “I was tired,” he said.",
            "Kim Ross",
        ),
    ],
)
def test_neighbours_keep_their_speaker(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


def test_chain_after_speaker_keeps_working() -> None:
    text = "Kim met Ross on Monday. Ross said the deal was “close.” He added that talks would “go on.”"
    assert speakers(text) == ["Ross", "Ross"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Crane Ltd paid a fine. Prosecutors welcomed the sentence. “No one is above the law,” they said.",
            "Prosecutors",
        ),
        (
            "The Supreme Court ruled on Thursday. Residents who sued the city cheered."
            " “We never gave up,” they said outside the court.",
            "Residents",
        ),
        ("Teachers in Dunmore have rejected the offer. They called it “an insult.”", "Teachers"),
        ("Teachers and parents joined the march. “We are united,” they said.", "Teachers and parents"),
        ("Workers walked out at Orwell Ltd on Monday. “We are owed pay,” they told reporters.", "Workers"),
    ],
)
def test_they_after_plural_people_subject(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a body as subject: "they" resolves as before, to the body
        "Acme Corp cut 300 jobs. “We had no choice,” they said.",
        # a thing as subject is no speaker
        "The plan was dropped in March. “We are relieved,” they said.",
        # people who asked a body something: the body may answer, so not the people
        "Reporters asked Acme Corp about the leak. “We are investigating,” they said.",
        # people joined by "and": all of them or nobody, never the first alone
        "Teachers and nurses joined the march. “We are united,” they said.",
    ],
)
def test_they_after_non_people_subject_is_not_the_phrase(text: str) -> None:
    got = speakers(text)[-1]
    assert got is None or not got.lower().startswith("the plan")
    assert got not in ("Acme Corp cut", "Teachers", "Reporters")
