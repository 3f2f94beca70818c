"""Extraction leftovers (session 37, issue 11 item 3). Invented passages, invented people.

1. A bare surname or a definite description of a person opening the sentence before a he/she
   is the pronoun's antecedent when the article has named no person the pronoun agrees with
   ("Brannock has coached …. “…,” he says"; "The inspector looked tired. “…,” he said"); the
   sex must agree, and a body, a thing or a person named earlier keeps the pronoun.
2. A Q/A block whose answer is wholly in quotation marks ("Q. Did you sign it?" / "A. “No.”")
   gives the answer to the interviewee the introduction names.
3. A one-word heading opening a line before a colon ("Update:", "Correction, May 4:",
   "Editor's note:"), with or without a time stamp, is never a speaker.
4. A judgment ("ruled", "held") may put an adverb, a tally or a decision aside between itself
   and its that-clause ("ruled unanimously that", "ruled 5-4 that", "held, by a majority,
   that"); an occasion "held, in the town hall," is none.
"""

from __future__ import annotations

import pytest


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    from quotecheck.article import document_from_text
    from quotecheck.extract import extract_quotes

    return [(q.text, q.speaker, q.kind) for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


def speaker_of(text: str, words: str) -> str | None:
    found = [s for q, s, _ in quotes(text) if q.startswith(words)]
    assert found, f"no quote starting {words!r} in {quotes(text)}"
    return found[0]


# 1. a bare surname or a description opening the sentence before ---------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Brannock has coached the under-12s for a decade.\n\n“They keep me young,” he says.",
            "They keep",
            "Brannock",
        ),
        (
            "Quillet said the ferry would run again by May. “We owe it to the island,” she added.",
            "We owe",
            "Quillet",
        ),
        (
            "Tolland had never expected to win the seat.\n\n“It still feels odd,” he told the Courier.",
            "It still",
            "Tolland",
        ),
        ("Imbery, now 70, still opens the shop at six. “I would be bored,” she says.", "I would", "Imbery"),
    ],
)
def test_bare_surname_opening_the_sentence_before(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The inspector looked tired. “We are stretched,” he said.", "We are", "The inspector"),
        (
            "The headteacher has worked there for years.\n\n“The roof leaks,” she says.",
            "The roof",
            "The headteacher",
        ),
        (
            "The ferry pilot read the letter twice. “Nobody asked us,” he told reporters.",
            "Nobody",
            "The ferry pilot",
        ),
    ],
)
def test_description_opening_the_sentence_before(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "not_speaker"),
    [
        # the sex disagrees
        ("The landlady looked tired. “We are stretched,” he said.", "We are", "The landlady"),
        # a body, a thing, or people as one
        ("The crew flew home last week. “The sea was rough,” she said.", "The sea", "The crew"),
        ("The museum reopened on Monday. “We are stretched,” she said.", "We are", "The museum"),
        ("The council has cut 40 jobs. “We are stretched,” he said.", "We are", "The council"),
    ],
)
def test_no_antecedent_of_other_sex_or_no_person(text: str, words: str, not_speaker: str) -> None:
    assert speaker_of(text, words) != not_speaker


def test_person_named_before_keeps_the_pronoun() -> None:
    text = "Ann Voss runs the shop. Brannock has coached there for years. “They keep me young,” she says."
    assert speaker_of(text, "They keep") == "Ann Voss"


# 2. a quoted answer under a labelled question ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Dr Ilse Varn, the hospital's former director, spoke to the Courier this week.\n\n"
            "Q. Did you sign it?\nA. “No. I never signed anything.”",
            "No. I never",
            "Ilse Varn",
        ),
        (
            "Tobias Renn agreed to answer our questions.\n\nQ: Were you told?\nA: “Nobody told me a thing.”",
            "Nobody told",
            "Tobias Renn",
        ),
        (
            "Councillor Petra Haldane sat down with us on Friday.\n\nQ – When did you know?\nA – “Only in March.”",
            "Only in March",
            "Petra Haldane",
        ),
    ],
)
def test_quoted_answer_is_the_interviewee(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the interviewer named first, as the subject of asking or after "our reporter"
        ("Our reporter Sam Welling interviewed Greta Holm about the closure.", "Greta Holm"),
        ("Sam Welling, our reporter, asked Greta Holm about the closure.", "Greta Holm"),
        # the one asked as the subject of a passive, the interviewer after "by"
        ("Greta Holm was questioned by Sam Welling on Tuesday.", "Greta Holm"),
        # the only person named
        ("Greta Holm, the harbour's new manager, agreed to take our questions.", "Greta Holm"),
    ],
)
def test_quoted_answer_is_the_one_asked(text: str, speaker: str) -> None:
    assert (
        speaker_of(text + "\n\nQ. Did you sign it?\nA. “No. I never signed anything.”", "No. I never")
        == speaker
    )


@pytest.mark.parametrize(
    "intro",
    [
        # only the interviewer is named
        "Sam Welling, our business editor, put the questions.",
        # two are interviewed: whose answer it is is not told
        "Greta Holm and Piet Aalders, the two founders, talked to us.",
        # two people named, neither said to be asked
        "Officers detained Piet Aalders in June. His solicitor, Greta Holm, took our call.",
    ],
)
def test_quoted_answer_names_no_one_when_not_told(intro: str) -> None:
    text = intro + "\n\nQ. Did you sign it?\nA. “No. I never signed anything.”"
    assert speaker_of(text, "No. I never") is None


def test_quoted_question_is_not_the_interviewee() -> None:
    text = "Tobias Renn agreed to answer our questions.\n\nQ. “Did you sign it?”\nA. No."
    assert speaker_of(text, "Did you sign") != "Tobias Renn"


# 3. a heading label before a colon ---------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    [
        "Update",
        "UPDATE",
        "Correction, May 4",
        "Editor's note",
        "Publisher's note",
        "Update (14:05)",
        "Breaking, 3.15pm",
    ],
)
def test_heading_label_is_no_speaker(label: str) -> None:
    text = f"Flooding shut the valley road on Tuesday.\n\n{label}: “The road is closed until further notice.”"
    assert speaker_of(text, "The road is closed") is None


@pytest.mark.parametrize("label", ["Haldane's statement", "Haldane's verdict", "Haldane's reaction"])
def test_possessive_of_a_person_before_colon_still_speaks(label: str) -> None:
    text = f"Petra Haldane chairs the roads board.\n\n{label}: “The road is closed until further notice.”"
    assert "Haldane" in (speaker_of(text, "The road is closed") or "")


def test_name_before_colon_still_speaks() -> None:
    text = "Flooding shut the valley road.\n\nUpdate: Petra Haldane said: “The road is closed until further notice.”"
    assert speaker_of(text, "The road is closed") == "Petra Haldane"


# 4. a judgment with an adverb, a tally or an aside before its that-clause ------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The court ruled unanimously that the levy was “plainly unlawful.”", "plainly", "The court"),
        (
            "The appeals panel ruled 5-4 on Monday that the ban was “a step too far.”",
            "a step",
            "The appeals panel",
        ),
        (
            "The tribunal held, by a majority, that the tenant owed “nothing at all.”",
            "nothing",
            "The tribunal",
        ),
        ("A county judge ruled narrowly that the board had been “careless.”", "careless", "A county judge"),
        (
            "The court held, in a 3-2 decision, that the map was “a gerrymander.”",
            "a gerrymander",
            "The court",
        ),
    ],
)
def test_judgment_with_adverb_or_decision_before_that(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


def test_occasion_held_with_an_aside_is_no_judgment() -> None:
    text = "The summit held, in the town hall, that Orla Quinn described as “a farce” broke up early."
    assert speaker_of(text, "a farce") != "The summit"
