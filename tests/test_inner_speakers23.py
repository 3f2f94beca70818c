"""Whose words a quote is when speech is reported inside a document or inside another
speaker's report: a document that is a verb's subject ("The indictment says …") cannot
have said the words a person named inside it said (a set-off "According to the email, …" frames them), and words told to a listener in a clause
of their own ("Dunn told staff the audit was …") are the teller's. Invented news, run
through the real extractor; each shape has variations and neighbours that keep the outer
source."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import speakers

# 1. a document reports what a person said ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The indictment says Hale told one investor the device was “ready for every clinic.”", ["Hale"]),
        # past tense, "that", a plural listener
        (
            "The indictment said Hale had told investors that the device was “ready for every clinic.”",
            ["Hale"],
        ),
        # a description for the name, another document and cue
        (
            "The complaint alleges that the chief executive told the board the figures were “rock solid.”",
            ["the chief executive"],
        ),
        # a verb of naming inside the document's account
        ("The memo says the minister described the deal as “a steal.”", ["the minister"]),
        # an appositive after the name
        (
            "The report states that Marta Quell, the fund's treasurer, said the accounts were “clean.”",
            ["Marta Quell"],
        ),
    ],
)
def test_a_documents_account_of_a_persons_words_is_the_persons(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # no one speaks inside the document
        ("The report says the bridge is “unsafe.”", ["The report"]),
        ("According to the survey, 40 percent of voters are “very worried.”", ["the survey"]),
        ("According to the email, the data were “beyond doubt.”", ["the email"]),
        # a set-off document frames a person's words reported inside it, as train labels it
        ("According to the email, Voss wrote that the data were “beyond doubt.”", ["the email"]),
        ("According to the transcript, Pell said the vote had been “rigged.”", ["the transcript"]),
        # the source is no document: the set-off source keeps the sentence
        ("According to police, Hale said the car was “going too fast.”", ["police"]),
        # what the subject inside is no person
        ("The study found that attitudes toward migrant workers reflect “deep unease.”", ["The study"]),
        # a relative clause's cue governs only its own quote
        ("Lee said the plan, which critics call “a giveaway,” would pass.", ["critics"]),
        ("The lawsuit accuses ministers of “ignoring the evidence.”", ["The lawsuit"]),
        # a person's report stays the reporter's
        ("Hale said Lee called the plan “a mess.”", ["Hale"]),
    ],
)
def test_the_outer_source_keeps_a_quote_no_one_inside_said(text: str, who: list[str]) -> None:
    assert speakers(text) == who


# 2. words told to a listener inside a report --------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Prosecutors allege that Dunn told staff the audit was “a formality.”", ["Dunn"]),
        # a description, "that", another reporting verb
        ("Investigators say the manager told the crew that the crane was “fine.”", ["the manager"]),
        # a pluperfect and another verb of telling
        ("The clerk testified that Rowe had assured the council the money was “all there.”", ["Rowe"]),
        # a setting between the listener and the clause
        ("She said the coach told the players on Friday that the match was “winnable.”", ["the coach"]),
    ],
)
def test_words_told_to_a_named_listener_inside_a_report_are_the_tellers(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the quote is the object of "tell", not a clause told
        ("Hale said he would call the minister and tell him “enough is enough.”", ["Hale"]),
        # a verb of thinking inside a report is no telling
        ("The director told staff that the board thinks the pier is “unsafe.”", ["The director"]),
    ],
)
def test_a_quote_that_is_no_clause_told_stays_with_the_reporter(text: str, who: list[str]) -> None:
    assert speakers(text) == who


def test_a_pronoun_teller_keeps_the_reporters_named_mention() -> None:
    text = "Lena Orr says she would cut the levy and tells the crowd she was the “first one” to try.\n"
    [q] = extract_quotes(document_from_text(text, "story.txt"))
    assert text[q.speaker_start : q.speaker_end] == "Lena Orr"


# 3. a former holder of a title is not its holder now --------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # no former governor introduced: the description stays the speaker
        (
            "Governor Lydia Fenn signed the bill. “I’m glad it passed,” the former governor said.",
            ["the former governor"],
        ),
        # a former holder introduced earlier, before the current one
        (
            "Former Governor Walter Pike spoke first. Governor Lydia Fenn signed the bill. "
            "“I’m glad it passed,” the former governor said.",
            ["Walter Pike"],
        ),
        # another title, an abbreviation, a paragraph break
        (
            "Former Sen. Ada Quist backed the plan. Sen. Tom Hale voted no.\n\n“It is a good bill,” the former senator said.",
            ["Ada Quist"],
        ),
        # "ex-" and "then-" joined to the title, an inverted cue
        (
            "Chairman Omar Reyes opened the meeting. “We lost our way,” said the ex-chairman.",
            ["the ex-chairman"],
        ),
        (
            "Former Secretary Joan Hale took questions. Secretary Nia Grant spoke. “We were ready,” the ex-secretary said.",
            ["Joan Hale"],
        ),
        (
            "Gov. Lydia Fenn met then-Gov. Walter Pike at the hall. “We disagree,” the former governor said.",
            ["Walter Pike"],
        ),
        # a two-word title after "Former"
        (
            "Former Police Chief Dan Moss and Chief Ann Rowe spoke. “We did our best,” the former chief said.",
            ["Dan Moss"],
        ),
    ],
)
def test_a_former_holder_is_not_the_current_holder(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Governor Lydia Fenn signed the bill. “I’m glad it passed,” the governor said.", ["Lydia Fenn"]),
        # the current holder after a former one is introduced
        (
            "Former Sen. Ada Quist backed the plan. Sen. Tom Hale voted no.\n\n“It is a bad bill,” the senator said.",
            ["Tom Hale"],
        ),
        # a bare "then" is no "then-": "and then" names the current holder
        ("Lee spoke, then Gov. Ann Pike took the stage. “We will win,” the governor said.", ["Ann Pike"]),
        # "outgoing" is the holder still in office (left to the current holder on purpose)
        ("Mayor Ida Cole cut the ribbon. “This is a proud day,” the outgoing mayor said.", ["Ida Cole"]),
    ],
)
def test_the_current_holder_keeps_the_plain_title(text: str, who: list[str]) -> None:
    assert speakers(text) == who
