"""A quoted title or name of a work, place or business is nobody's speech: it is reported as a
"title" with no speaker, wherever grammar puts it where a work or a named thing stands: the
object of a verb of making or performing ("she sang “…”"), a work read from ("read from
“…”"), the topic after "said of" / "wrote of" / "spoke of", a part or treatment of a work ("a
review of “…”"), a name given by a participle after a noun ("a shop called “…”"), or an
apposition of a work noun ("the novel, “…,”"). Decided by grammar and the shape of the words
(short, first and last word capitalised, no sentence ending inside), never by a list of
titles. Neighbours keep their speaker: short Title Case speech with a cue ("“Never Again,” the
crowd chanted"), a verdict by a subject ("Ruiz called the plan “Total Madness”"), a comma or
colon after the verb ("Hale wrote, “…”"), "said of" before words, not a name. All through the
real extractor on invented news."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def quotes(text: str) -> list[Quote]:
    return extract_quotes(document_from_text(text + "\n", "story.txt"))


def kinds(text: str) -> list[tuple[str, str | None]]:
    """The kind and speaker of each quotation in ``text``."""
    return [(q.kind, q.speaker) for q in quotes(text)]


TITLE = ("title", None)


@pytest.mark.parametrize(
    "text",
    [
        "She sang “Glass Rivers” to close the show.",
        "The choir will sing “Come Home, Sailor” at the service on Sunday.",
        "The trio released “Blue Hour Again” last spring, the label said.",
        "The band will premiere “Low Tide Waltz” at the festival.",
        "The small press, which is run by two retired teachers, published “Notes From the Pier” in 2003.",
        "Ines Marlowe, a fiddler from Tolmouth, recorded “Salt and Iron” in a barn.",
        "The students are staging “The Ferryman's Wife” this week.",
        "They performed “Goodbye” before leaving the stage.",
    ],
)
def test_the_object_of_a_verb_of_making_or_performing_is_a_title(text: str) -> None:
    assert kinds(text) == [TITLE]


@pytest.mark.parametrize(
    "text",
    [
        "She read from “Salt Roads” at the library on Tuesday.",
        "The vicar quoted from “Harbour Psalms” during the service.",
        "Pupils will recite from “The Tin Harbour” at the fair.",
    ],
)
def test_a_work_read_from_is_a_title(text: str) -> None:
    assert kinds(text) == [TITLE]


@pytest.mark.parametrize(
    "text",
    [
        "Gwen Talbot said of “Night Ferry” that it changed her life.",
        "The critic wrote of “Harbour Lights” that it ran too long.",
        "Ruiz spoke warmly of “The Quiet Year” in an interview on Monday.",
        "The retired skipper talked about “Salt Roads” for an hour.",
        "Speaking of “Late Light,” Lee said the ending surprised her.",
    ],
)
def test_a_title_after_said_of_is_a_topic_not_words(text: str) -> None:
    assert kinds(text)[0] == TITLE


@pytest.mark.parametrize(
    "text",
    [
        "Her bakery, a shop called “Flour & Fable,” opened in 1998.",
        "They bought a boat dubbed “Sea Biscuit” from a fisherman.",
        "The restaurant, now called “Pier Forty,” reopened last week, owner Ana Ruiz said.",
        "Tom Hale joined a small band known as “The Low Tides” in college.",
        "The couple run a café named “The Blue Kettle” on Dock Street.",
    ],
)
def test_a_name_given_by_a_participle_after_a_noun_is_a_title(text: str) -> None:
    assert kinds(text) == [TITLE]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale wrote a review of “Late Light” for the paper.",
        "Critics loved the first chapter of “The Tin Harbour,” Lee said.",
        "A new staging of “The Ferryman's Wife” opens on Friday, the theatre said.",
        "The novel, “Salt Roads,” sold well, Ana Ruiz said.",
        "Her debut film “Late Light” won a prize in Cork.",
        "The report, titled “A Harbour in Decline,” was released on Monday.",
        "The song that made her famous was “My Girl.”",
        "The band's first single was “Blue Hour.” It sold poorly.",
    ],
)
def test_a_title_next_to_a_work_has_no_speaker(text: str) -> None:
    assert kinds(text) == [TITLE]


def test_a_title_sung_before_speech_leaves_the_speech_its_speaker() -> None:
    text = "The crowd sang “Happy Birthday” and Lee said, “Thank you all.”"
    assert kinds(text) == [TITLE, ("quote", "Lee")]


def test_said_of_a_title_then_words_of_the_speaker() -> None:
    text = "Hale said of “Harbour Forward” that it was “a con.”"
    assert kinds(text) == [TITLE, ("quote", "Hale")]


def test_a_tag_after_sentence_case_speech_is_no_noun_the_words_modify() -> None:
    # a determiner after the quote opens its tag: "the paper" is who wrote it, not a work it names
    assert kinds("Asked about it, Hale said, “No comment,” the paper wrote.") == [("quote", "the paper")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short Title Case speech with a cue of its own
        ("“Never Again,” the crowd chanted.", [("quote", "the crowd")]),
        ("“Thank You, Lord,” she said.", [("quote", "she")]),
        ("“Read My Lips,” he told the crowd.", [("quote", "he")]),
        # a greeting said to people is speech, not the name of a work
        ("She said “Good Morning” to everyone.", [("quote", "she")]),
        # a verdict on an object by a named subject
        ("Ruiz called the plan “Total Madness,” and walked out.", [("quote", "Ruiz")]),
        ("Lee called the plan “reckless.”", [("quote", "Lee")]),
        ("The mayor dubbed it “a disgrace.”", [("quote", "The mayor")]),
        ("The union called the deal “A Betrayal” and walked out.", [("quote", "The union")]),
        ("The union, which called the deal “A Betrayal,” will vote on Friday.", [("quote", "The union")]),
        # a comma or colon after a verb of writing gives the words written
        ("Hale wrote, “We will not close the pier.”", [("quote", "Hale")]),
        ("She wrote, “Thank You All,” and signed it.", [("quote", "she")]),
        # sentence case after a verb of writing is a message, not a title
        ("She wrote “Never again” on the whiteboard.", [("quote", "she")]),
        # what one writes or plays may be words, in Title Case too
        ("She wrote “I Love You” in the sand.", [("quote", "she")]),
        ("The mayor wrote “Thank You, Dover” in a letter to residents.", [("quote", "The mayor")]),
        # "of" before words that are no name
        ("He spoke of “a deep sense of betrayal” among the staff.", [("quote", "he")]),
        ("Ruiz said of the plan: “It will never work.”", [("quote", "Ruiz")]),
        ("Ann Lee said of her rival, “He Never Listens.”", [("quote", "Ann Lee")]),
        # Title Case words in a report are the speaker's
        ("Hale wrote that the levy was “Simply Unfair.”", [("quote", "Hale")]),
        ("The plan was “Total Madness,” Ruiz said.", [("quote", "Ruiz")]),
        ("He played down fears, saying “Nothing Has Changed.”", [("quote", "he")]),
    ],
)
def test_neighbours_keep_their_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert kinds(text) == expected
