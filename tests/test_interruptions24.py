"""Shapes where a non-person or an interrupting phrase stood where the speaker is read
(issue 11): a body or a place named as an object, a nickname between a quote and its cue,
an inverted predicate ("“…,” was the verdict of X"), and a document owned by "whose".
Invented news text, run through the real extractor."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote
from tests.conftest import speakers


def quotes(text: str) -> list[Quote]:
    return extract_quotes(document_from_text(text + "\n", "a.txt"))


# A name after a lower-case noun of a body or an outlet, or in a place phrase ("the junction
# of X and Y"), is a body or a place: no he or she stands for it.
@pytest.mark.parametrize(
    "text",
    [
        "He told the broadcaster Radio Caledon that the bid was fair. “That is our price,” he said.",
        "She gave an interview to the newspaper Northern Ledger on Friday. “We will appeal,” she said.",
        "Last week he wrote to the magazine Civic Review. “Nobody answered,” he says.",
        "She was hit by a car at the junction of Temple Way and Mill Road. “I never saw it,” she wrote.",
        "He fell at the corner of Ashby Lane and Kirk Street, near his home. “It was icy,” he said.",
        "He lives on Temple Way, near the docks. “The noise never stops,” he said.",
        "She walked along Kestrel Lane every morning. “It was quiet then,” she said.",
        "She was found at the crossroads of Hay Lane and Kirk Row. “I was lost,” she said later.",
        "He wrote for the paper Dunmore Ledger for ten years. “It was my life,” he said.",
    ],
)
def test_a_body_or_place_is_no_antecedent(text: str) -> None:
    assert speakers(text)[-1] in (None, "he", "she")


def test_a_person_after_a_body_noun_stays_a_person() -> None:
    # the neighbour: a first name opens the name, so "the broadcaster Alan Rigby" is a man
    text = "The broadcaster Alan Rigby said the deal was done. “We signed it,” he said."
    assert speakers(text) == ["Alan Rigby"]


def test_a_surname_like_a_street_after_a_first_name_stays_a_person() -> None:
    # the neighbour: "Lane" heads a street only after a route preposition and no first name
    text = "The mayor sat down with Nathan Lane on Friday. “He is a friend,” she said. “We met in May,” Lane said."
    assert speakers(text)[-1] == "Nathan Lane"


def test_a_named_person_before_the_place_keeps_the_pronoun() -> None:
    text = "Greta Pohl, 71, was crossing at the corner of Ashby Lane and Kirk Street. “I never saw it,” she said."
    assert speakers(text) == ["Greta Pohl"]


# A nickname in an aside between a quote and its cue: the name is no one's words, and the
# cue after it signs the first quote.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We'll see,” Coach Petra Lindahl, known to fans as “the Iron Swede,” said.", "Petra Lindahl"),
        ("“It is over,” Dario Venn, nicknamed “the Hammer,” told reporters.", "Dario Venn"),
        ("“Not now,” Ivo Brandt, known locally as “the Baron,” told the hearing.", "Ivo Brandt"),
        ("“We were robbed,” the manager, once nicknamed “Sunny,” added on Sunday.", "the manager"),
    ],
)
def test_a_nickname_between_quote_and_cue(text: str, who: str) -> None:
    first, name = quotes(text)
    assert first.speaker == who
    assert name.speaker is None and name.kind != "quote"


def test_a_name_given_by_an_agent_keeps_the_agent() -> None:
    # the neighbour: "dubbed “…” by the press": the press gave the name
    text = "“We go again,” the striker, dubbed “Little Bull” by the press, said on Sunday."
    assert speakers(text) == ["the striker", "the press"]


def test_a_naming_verb_after_a_subject_is_no_aside() -> None:
    # the neighbour: "Ann Lee, who …, named “…” as": a verb with its subject, not an aside
    text = "“Yes,” she said. Tessa Moor, who chairs the panel, named “Harbour Lights” as her favourite."
    assert quotes(text)[1].speaker != "Tessa Moor" or quotes(text)[1].kind != "quote"


# "“…,” was the verdict of X", "“…,” came the reply from X": the quote is the subject of a
# verb of being or coming whose complement is a noun of what was said, and X said it.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“Ridiculous,” was the one-word verdict of Sir Gideon Lamb.", "Gideon Lamb"),
        ("“A shambles,” was the blunt assessment of Councillor Hugh Marr.", "Hugh Marr"),
        ("“Never,” came the reply from the minister.", "the minister"),
        ("“Not today,” came the answer from Petra Holm.", "Petra Holm"),
        ("“Call the vote,” came shouts from the gallery.", "the gallery"),
        ("“Shameful,” is the verdict of the report.", "the report"),
        ("Sir Gideon Lamb read the plan twice. “That is ridiculous,” was his verdict.", "Gideon Lamb"),
        ("“Ridiculous,” was Lamb's one-word verdict on the plan.", "Lamb"),
        ("“We will not move,” came the defiant retort from the union's leader, Bram Ostler.", "Bram Ostler"),
        ("“Not guilty,” was the verdict of the jury, which sat for nine days.", "the jury"),
    ],
)
def test_an_inverted_predicate_names_the_speaker(text: str, who: str) -> None:
    assert speakers(text)[0] is not None and speakers(text)[0].endswith(who.split()[-1])


@pytest.mark.parametrize(
    "text",
    [
        "“Who pays?” was the question of the day.",
        "“Brexit” was the word of the year.",
        "“Harbour Lights” was his favourite song as a boy.",
        "“Fine,” came the reply, and the line went dead.",
    ],
)
def test_no_sayer_after_the_predicate(text: str) -> None:
    assert speakers(text) == [None]


def test_a_predicate_without_its_sayer_falls_through() -> None:
    # the neighbour: no noun of saying, so the cue after the name signs it, as before
    assert speakers("“Enough,” was all the chair of the panel, Ivo Brandt, would say.") == ["Ivo Brandt"]


# "X, whose report found “…”": the document owned by "whose" is the person's.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Hale, whose report found “no evidence of improper influence,” resigned.", "Hale"),
        ("The auditor, Nina Carr, whose review found “serious failings,” declined to comment.", "Nina Carr"),
        (
            "Lord Avery Dunne, whose inquiry concluded that the ward was “unsafe and understaffed,” spoke on Tuesday.",
            "Avery Dunne",
        ),
        ("The regulator, whose final report says “the rules were broken,” will not act.", "The regulator"),
    ],
)
def test_whose_document_is_the_owners(text: str, who: str) -> None:
    assert speakers(text)[0] is not None and speakers(text)[0].endswith(who.split()[-1])


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale, whose lawyer told the court “he is innocent,” was absent.",
        "Mara Quist, whose son wrote “we miss you” on the wall, wept.",
    ],
)
def test_whose_person_speaks_for_themself(text: str) -> None:
    # the neighbour: a person owned by "whose" is no document of the owner's
    who = speakers(text)[0]
    assert who is None or not who.endswith(("Hale", "Quist"))


def test_a_document_read_aloud_is_the_source() -> None:
    assert speakers("The memo, which Lee read aloud, said “the plant must close.”") == ["The memo"]
    assert speakers("A sign on the gate read “Show Us the Contract.”") == ["A sign on the gate"]
