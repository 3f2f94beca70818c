"""A subject headed by a noun of words or text ("the answer", "his remarks", "all the
messages") is no speaker when its own verb is not one of saying, writing or showing: a
copula with more than the quote after it, "came", "loomed", "were marked as"; nor when the
cue is not its verb ("His remarks came after he was asked to defend …", "The question here
is: will the board agree to …") or a clause of question stands in it ("The question of
whether anyone ordered …"). A document that says, finds or shows stays the source, and a
possessed noun of speech keeps its words ("His answer: “…”", "Her answer was “…”"). Two
small ones: an all-caps pronoun spelling inside a noun phrase of mixed-case text is an
acronym ("the company's former IT manager said"), and a gerund after an article before a
verb with its object is a noun ("The finding says “…”"). All text is invented."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    """The speaker of each quotation in ``text``; a quote kept as a term has none."""
    quotes = extract_quotes(document_from_text(text + "\n", "story.txt"))
    return [q.speaker if q.kind == "quote" else None for q in quotes]


def last(text: str) -> str | None:
    found = speakers(text)
    return found[-1] if found else None


# ---- a noun of words whose verb is not one of saying speaks nothing ----


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Mayor Ann Ruiz spoke on Monday. The answer was not as quotable as the “hot mic” comment.",
            "answer",
        ),
        (
            "The case is old. The answer was not as short or as easily mocked as the “tax the rich” line.",
            "answer",
        ),
        ("Governor Tam Hale spoke at noon. Her comments loomed over the “summit” that followed.", "comments"),
        (
            "Governor Tam Hale spoke at noon. The comments were designated “classified” by the agency.",
            "comments",
        ),
        (
            "Governor Tam Hale spoke at noon. The remarks were not as sharp as the “final warning” she gave.",
            "remarks",
        ),
        ("Senator Kit Dorn wrote to the board. The message is about the “rainy day” fund.", "message"),
        (
            "Clerk Bo Lund sent the files. All the messages in the new batch were marked “Secret,” the lowest tier.",
            "messages",
        ),
        (
            "Mayor Ann Ruiz spoke on Monday. His remarks came after he was asked to defend his “open door” plan.",
            "remarks",
        ),
        (
            "Governor Tam Hale spoke at noon. Her remarks came after being asked once more to defend her praise of “old Dunmore.”",
            "remarks",
        ),
        ("Mayor Ann Ruiz spoke on Monday. The question here is: will the board “hold the line”?", "question"),
        (
            "The troops crossed the river. Still, the real question now is: must the council simply accept its “interim” budget?",
            "question",
        ),
        (
            "Officer Ivo Berg retired in May. The question of whether anyone ordered a “pause” has lingered for years.",
            "question",
        ),
        (
            "The file is thin. The question of whether anybody gave a “hold fire” order hung over the inquiry.",
            "question",
        ),
    ],
)
def test_words_that_do_not_speak(text: str, noun: str) -> None:
    assert noun not in (last(text) or "").lower()


# ---- neighbours: a document that says, finds or shows; a possessed noun of speech ----


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The agency released a review on Friday. The report found “serious lapses” in the office.",
            "The report",
        ),
        (
            "The agency released a review on Friday. The statement said “we regret the delay.”",
            "The statement",
        ),
        ("Senator Kit Dorn wrote to the board. Her letter argued “the fund is empty.”", "Her letter"),
        (
            "Senator Kit Dorn wrote to the board. The memo warned that the fund was “nearly empty.”",
            "The memo",
        ),
        (
            "The agency met on Friday. The statement released Monday said the plan was “on track.”",
            "The statement",
        ),
        ("Parents were told. The letter sent to parents warned of “serious delays” this fall.", "The letter"),
        ("The mayor lost. The report, released on Monday, found “no evidence” of fraud.", "The report"),
        ("Governor Tam Hale spoke at noon. His answer was “no.”", "His answer"),
        ("The mayor lost. Her answer, delivered in a flat voice, was “We move on.”", "Her answer"),
        (
            "Prime Minister Ruth May spoke in Leeds. May’s speech represents “a betrayal” of the town.",
            "Ruth May",
        ),
    ],
)
def test_words_that_speak(text: str, who: str) -> None:
    assert last(text) == who


def test_possessed_answer_before_colon_is_the_possessors() -> None:
    assert last("Senator Kit Dorn wrote to the board. His answer: “We will not pay.”") == "Kit Dorn"


# ---- an all-caps pronoun spelling inside a noun phrase is an acronym ----


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Dell Corp fired staff in June. The company's former IT manager said she was “never told” of it.",
            "IT manager",
        ),
        ("The firm's new IT director told staff the system was “fully patched.”", "IT director"),
        ("The mill closed. Its IT chief says the servers were “wiped clean” by noon.", "IT chief"),
        ("The agency cut jobs. The agency's HR chief said the cuts were “painful but needed.”", "HR chief"),
    ],
)
def test_acronym_in_noun_phrase(text: str, who: str) -> None:
    assert who in (last(text) or "")


def test_pronoun_it_stays_a_pronoun() -> None:
    # a capitalised "It" opening a sentence is the pronoun, as before
    assert "IT" not in (last("The board met on Monday. It said the plan was “dead on arrival.”") or "")


# ---- a gerund after an article before a verb and its object is a noun ----


@pytest.mark.parametrize(
    "text",
    [
        "The panel met on Tuesday. The finding says “the rules were broken.”",
        "The panel met on Tuesday. The finding says the rules were “broken.”",
        "The panel met on Tuesday. Its finding states that the rules were “broken.”",
    ],
)
def test_gerund_noun_before_cue(text: str) -> None:
    assert "finding" in (last(text) or "")


def test_gerund_before_noun_stays_a_modifier() -> None:
    # "the following remarks were …": the -s word is the noun, no cue
    assert last("The mayor lost. The following remarks were “off the record.”") in (None, "")
