"""Who a name stands for, added in session 20, each run through the real extractor on
invented news prose in several variations, with neighbours that must not change:

1. a bare surname keeps standing for the person the story called by it alone (or quoted
   under the full name), when a namesake is named since in passing ("her brother, Ben
   Moss,"); with no such person it stands for the namesake named last;
2. the people named between a speaker and the quote ("Lund, who marched with Max Dane,
   said “…”") are known from then on, while the speaker stays the one in focus;
3. a participle after a passive of perception ("Lee was seen telling a guard, “…”") keeps
   its own subject instead of handing the quote to the passive verb.
"""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    """The speaker of every quotation in ``text``, in order."""
    return [q.speaker for q in extract_quotes(document_from_text(text, "story.txt"))]


# 1. a namesake named in passing does not take the surname -----------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the surname used alone, then a brother named as an object
            "Carla Moss runs the ferry. Moss said the timetable would change. She called her "
            "brother, Ben Moss, to ask for help.\n\n“We will sail at dawn,” Moss said.\n",
            "Carla Moss",
        ),
        (  # a cousin named after "by", in an appositive
            "Ida Vance chairs the board. Vance has led it for years. The vote was seconded by "
            "Paul Vance, a cousin.\n\n“The budget passes,” Vance said.\n",
            "Ida Vance",
        ),
        (  # the surname first used for her as a speaker, then a husband named in a paragraph of his own
            "Ann Lee chairs the council. “We meet on Friday,” Lee said.\n\nHer husband, Tom Lee, "
            "runs the bakery.\n\n“Bread prices will rise,” Lee said.\n",
            "Ann Lee",
        ),
        (  # a title before the namesake
            "Rosa Dahl leads the dockers' union. Dahl called the strike on Monday. The mediator, "
            "Judge Erik Dahl, is her cousin.\n\n“We hold out until spring,” Dahl said.\n",
            "Rosa Dahl",
        ),
    ],
)
def test_a_namesake_named_in_passing_leaves_the_surname(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_with_no_one_called_by_the_surname_it_means_the_one_named_last() -> None:
    text = "Ada Moss runs the ferry. Ben Moss said the council was late. Moss says “the boats will wait.”\n"
    assert speakers(text) == ["Ben Moss"]


def test_a_namesake_quoted_under_the_full_name_takes_the_surname() -> None:
    text = (
        "Ann Lee chairs the council. “We meet on Friday,” Lee said.\n\nTom Lee, her husband, runs "
        "the bakery. “Bread prices will rise,” Tom Lee said.\n\n“Flour costs twice as much,” Lee said.\n"
    )
    assert speakers(text) == ["Ann Lee", "Tom Lee", "Tom Lee"]


# 2. names between the speaker and the quote ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a namesake named inside a relative clause before the quote: the later surname is his
            "Ole Dane founded the club in 1990.\n\nPia Lund, who marched with Max Dane at the rally, "
            "called the day “a turning point.” “Stay at the gate,” Dane says to Lund in the video.\n",
            ["Pia Lund", "Max Dane"],
        ),
        (  # a woman named beside the speaker: the later "she" is her
            "Tom Hale spoke at the pier on Monday.\n\nHale, standing beside Ann Ruiz, said the pier "
            "would stay open: “We will not sell it.” Later she told reporters, “I back him fully.”\n",
            ["Tom Hale", "Ann Ruiz"],
        ),
        (  # a full name in a participle phrase: the later surname gets it
            "Lena Hart arrived early.\n\nHart, walking with Nora Vale, said “We will stay until noon.” "
            "Later, Vale said, “The gate is shut.”\n",
            ["Lena Hart", "Nora Vale"],
        ),
        (  # a full name in the reported clause
            "Mayor Ruth Carver said she had spoken with Dev Patel about the bridge: “He agrees it "
            "must be fixed.”\n\n“I agree,” Patel said.\n",
            ["Ruth Carver", "Dev Patel"],
        ),
    ],
)
def test_names_between_speaker_and_quote_are_known(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "he" after the quote is still the speaker, not the man he spoke about
            "Tom Hale said the plan from Jim Ruiz was late: “It fails the town.” He added, “We will "
            "wait for a better one.”\n",
            ["Tom Hale", "Tom Hale"],
        ),
        (  # a namesake in the speaker's own report does not take the speaker's surname
            "Ben Moss said that Ada Moss had left the board: “We will miss her.”\n\n“The board goes "
            "on,” Moss added.\n",
            ["Ben Moss", "Ben Moss"],
        ),
    ],
)
def test_the_speaker_stays_in_focus_after_names_in_the_report(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


# 3. a participle after a passive of perception ---------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lee was seen telling a guard, “Open the gate.”\n", "Lee"),
        ("Ortiz was seen shouting at the crowd, “Go home now.”\n", "Ortiz"),
        ("Dana Pell was observed telling the driver, “Turn left here.”\n", "Dana Pell"),
        ("Ines Roth was noted saying, “The ferry is late again.”\n", "Ines Roth"),
        ("The skipper is seen warning the crew, “Hold fast.”\n", "The skipper"),
    ],
)
def test_a_participle_after_a_passive_of_perception_keeps_its_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a noun between the verb and the participle: the verb's object speaks through it
        ("The mayor issued a statement saying “the bridge is safe.”\n", "The mayor"),
        # a document as the passive's subject stays the source
        ("The memo was released saying “the plant will close.”\n", "The memo"),
        # an active verb of perception: its object speaks
        ("Rivals have seen Lee telling voters, “The plan is dead.”\n", "Lee"),
    ],
)
def test_participle_neighbours_keep_their_speakers(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_seen_speaker_and_a_namesake_beside_him() -> None:
    """The shape that joined both fixes: the passive participle gives the first quote its
    speaker, and the namesake named before that quote is the one the later surname means."""
    text = (
        "Ole Dane founded the club in 1990.\n\nIn the video, Lund is seen speaking at a march with "
        "Max Dane, saying “Nobody leaves.” “Go to the gate,” Dane says to Lund.\n"
    )
    assert speakers(text) == ["Lund", "Max Dane"]
