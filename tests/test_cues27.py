"""Session 27 (cue grammar): which clause's cue governs a quote. (1) Direct speech inside a
report: a verb of speech in the reported clause (or after a set-off "according to" source)
that opens the quote after a colon or comma, with at most its listener between, sets out its
own subject's words, not the reporter's account ("Ruiz said his aunt had told him: “…”"). (2) A name given: a verb that only gives names
(dub, nickname, christen, rename, name) with its object right before a quote in capitals makes
the quote a name, nobody's words ("residents dubbed the tower “the Toaster”"). (3) "that" pointing at a noun
opens no report. (4) "introduce X as “…”". (5) A quote in an opening participle phrase or
absolute whose own speaker is there (a possessor's noun of speech, the absolute's subject) is
not signed by the main clause after it ("Responding to Lee's claim that it was “…,” Hale said").
(6) A quote with no cue after a sentence whose subject is two people is nobody's: either may
have said it. (7) A fronted clause's subordinator is not part of its subject's mention ("When
one of them says “…”"), and "one of them" is a noun phrase. (8) A single mark after a plural's
"s" closes an open single-marked quote when a preposition or subordinator follows it (a
possessive is followed by what it owns): ‘outplayed for eighty minutes’ after the loss.
Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import mentions, speakers


def kinds(text: str) -> list[str]:
    return [q.kind for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


# 1. direct speech inside a report ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The farmer said his late uncle had once told him, “Never sell the north field.”", "his late uncle"),
        (
            "Two witnesses said a security guard told them: “Nobody leaves until the police arrive.”",
            "a security guard",
        ),
        (
            "Ana Ruiz recalls that her first editor, Tom Hale, warned her: “Check every name twice.”",
            "Tom Hale",
        ),
        ("The nurse said the surgeon had asked the team: “Who signed this form?”", "the surgeon"),
        ("Mr Diaz says the landlord wrote to tenants: “The rent will rise in May.”", "the landlord"),
        ("According to the defence, Ms Ortega told officers: “I never saw the car.”", "Ortega"),
    ],
)
def test_direct_speech_inside_report_is_inner_speakers(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # words the reported clause calls something, not set out as said: the reporter's account
        ("Lee Park said the mayor called the plan “a disgrace.”", "Lee Park"),
        ("Lee Park said the mayor told the council “We will not pay.”", "Lee Park"),
        # a pronoun teller most often is the reporter
        ("The mayor said she told the council: “We will not pay.”", "The mayor"),
        # a coordinated verb shares the reporter as subject
        ("The coach said the move was made by the board and said, “We trust them.”", "The coach"),
    ],
)
def test_reporter_keeps_account_and_coordinated_verbs(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# 2. a name given ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Residents have dubbed the new tower “the Toaster” because of its shape.",
        "Fans nicknamed the young striker “the Cat” after his first season.",
        "The mayor read out a proclamation naming Friday “Harbour Day” in the town.",
        "Sailors later renamed the old ferry “Grey Lady.”",
        "The club has named its new stand “The Hale End,” a spokesman said.",
    ],
)
def test_a_name_given_is_a_term(text: str) -> None:
    assert kinds(text)[0] == "term"


@pytest.mark.parametrize(
    "text",
    [
        "Hale called the plan “a Disgrace.”",  # a verdict, not a name
        "He named his price: “Ten thousand, cash.”",  # words after a colon
        "A paper ran a profile naming him the “angriest man in town.”",  # not a name in capitals
        "She mispronounced the name of the band “Tidewater,” Lee said.",  # the noun, not the verb
        "The party is dubbing rivals as “Wreckers,” Lee said.",  # "as": a verdict
    ],
)
def test_verdicts_and_words_stay_quotes(text: str) -> None:
    assert kinds(text)[0] == "quote"


# 3. "that" pointing at a noun after a noun of speech is no report ---------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ann Lee described the council's response during that time as “defensive and slow.”", "Ann Lee"),
        ("The coach described his team's warning in that game as “too late.”", "The coach"),
        ("Tom Hale, the owner, describes the mayor's remarks over that period as “reckless.”", "Tom Hale"),
        # neighbours: "that" opening the noun's clause
        ("Ivo Tamm repeated the board's claim at the hearing that the pier was “unsafe.”", "the board"),
        ("Ivo Tamm recalled the mayor's warning on Monday that “the pier will fall.”", "the mayor"),
    ],
)
def test_demonstrative_that_opens_no_report(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# 4. "introduce X as “…”": the introducer's words ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Her old friend, Tom Hale, introduced her as “the least flashy person I know.”", "Tom Hale"),
        ("The host introduced the guest as “our bravest reporter,” to applause.", "The host"),
        ("Ann Lee, the chair, introduces each new member as “a friend of the harbour.”", "Ann Lee"),
    ],
)
def test_introduced_as_is_the_introducers(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_introduced_work_is_a_title() -> None:
    assert kinds("The senator introduced the “Fair Fares Act” on Monday.") == ["title"]


# 5. an opening phrase with a speaker of its own keeps its quote ------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Responding to Ann Lee's claim that the audit was “rigged,” the auditor, Tom Hale, said it was fair.",
            "Ann Lee",
        ),
        (
            "Rejecting the union's claim that the deal was “a betrayal,” the minister said talks would go on.",
            "the union",
        ),
        (
            "With the harbourmaster, Ann Lee, calling the repairs “years overdue,” the ferry firm agreed to a survey.",
            "Ann Lee",
        ),
        (
            "With one engineer describing the bridge as “a death trap,” the council voted to close it.",
            "one engineer",
        ),
    ],
)
def test_opening_phrase_with_own_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the phrase's participle has the main clause's subject
        (
            "Citing the storm as a warning and its “lessons for all of us,” Ivo Tamm urged the board to act.",
            "Ivo Tamm",
        ),
        # not a fronted phrase: a subject with a relative clause
        ("Nothing the mayor said “will calm people down,” the senator said.", "the senator"),
        # the fronted phrase closes before the quote
        ("With the vote looming, Lee called the plan “a mess,” the paper reported.", "the paper"),
    ],
)
def test_main_clause_signs_when_phrase_has_no_speaker(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


# 6. no cue after a sentence about two people: abstain -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Tamm and Ana Ruiz spent the afternoon in the archive. “None of these boxes has been opened since 1962.”",
        "Lee Park and her husband have lived on the island for forty years. “We will never leave.”",
        "Dr Ada Voss and a colleague walked the flooded ward on Monday. “It was worse than we feared.”",
    ],
)
def test_no_cue_after_two_subjects_is_nobodys(text: str) -> None:
    assert speakers(text)[-1] is None


def test_no_cue_after_one_subject_stays_theirs() -> None:
    text = "Ivo Tamm spent the afternoon in the archive. “None of these boxes has been opened since 1962.”"
    assert speakers(text)[-1] == "Ivo Tamm"


# 7. a fronted clause's subordinator is not in its subject's mention ----------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("When one of them says “never” on air, children hear it.", "one of them"),
        ("If one of the coaches calls it “a fix,” fans believe it.", "one of the coaches"),
        ("Though some of us called it “a farce,” the club stayed silent.", "some of us"),
        ("When Ivo Tamm says “never” on air, children hear it.", "Ivo Tamm"),
    ],
)
def test_subordinator_not_in_mention(text: str, mention: str) -> None:
    assert mentions(text)[0] == mention


# 8. a single mark after a plural "s" before a preposition closes the quote ---------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Kim Lee admitted her side had been ‘outplayed for eighty minutes’ after the loss.", "Kim Lee"),
        ("The coach said her players were ‘tired of the excuses’ before the final.", "The coach"),
        (
            "The minister said the cuts would hit ‘the poorest families’ unless the vote failed.",
            "The minister",
        ),
        ("Ann Lee says the town ‘has run out of chances’ with the council.", "Ann Lee"),
    ],
)
def test_plural_mark_before_preposition_closes(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_plural_possessive_inside_a_quote_stays_an_apostrophe() -> None:
    assert mentions("‘The horses’ hooves are worn,’ the farrier said.") == ["the farrier"]
