"""Extraction leftovers (session 37, issue 11 item 3). Invented passages, invented people.

1. A definite description of one person opening the sentence before a he/she is the pronoun's
   antecedent when the article has named no person the pronoun agrees with ("The inspector
   looked tired. “…,” he said"): its head must be a noun the lexicon knows as one person
   (ONE_PERSON_HEADS, not any -er/-or word: "The printer" is no one), of no other sex, alone
   (no "and", no apposition after it). A bare capitalised word is never resolved so: nothing
   in the word tells a surname from a place, a firm, a month or a pet.
2. A Q/A block whose answer is wholly in quotation marks ("Q. Did you sign it?" / "A. “No.”")
   gives the answer to the one the introduction says was asked (the object of interviewed,
   asked, spoke to, or the one who spoke to us), else to the only person it names; never to
   the interviewer, to no one when two are asked or two are named and neither is said to be.
3. A one-word heading opening a line before a colon ("Update:", "Correction, May 4:",
   "Editor's note:"), with or without a time stamp, is never a speaker; a possessive of anyone
   but an editorial role ("Haldane's statement:") still names the speaker.
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


# 1. a description of one person opening the sentence before --------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The inspector looked tired. “We are stretched,” he said.", "We are", "The inspector"),
        (
            "The headteacher has worked there for years.\n\n“The roof leaks,” she says.",
            "The roof",
            "The headteacher",
        ),
        (  # a modifier before the head, another cue verb
            "The night nurse read the letter twice. “Nobody asked us,” she told reporters.",
            "Nobody",
            "The night nurse",
        ),
        (  # a noun of one sex, the pronoun agreeing; another cue verb
            "Gales cut the island off again. The widow had kept the lamp lit all night. “I was not afraid,” she recalled.",
            "I was not",
            "The widow",
        ),
        ("The farmer shook his head at the bill. “It is madness,” he said.", "It is madness", "The farmer"),
    ],
)
def test_description_opening_the_sentence_before(text: str, words: str, speaker: str) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "not_speaker"),
    [
        # the noun's sex disagrees with the pronoun
        ("The landlady looked tired. “We are stretched,” he said.", "We are", "The landlady"),
        ("The grandmother closed the gate. “We are done here,” he said.", "We are", "The grandmother"),
        # a thing whose name only ends like an agent's
        ("The trawler came back with half a catch. “We were lucky,” she said.", "We were", "The trawler"),
        ("The printer broke down again this week. “Nobody saw it coming,” he said.", "Nobody", "The printer"),
        # a role word that is a thing as often (a trial scheme)
        ("The pilot ran in three schools last year. “It worked,” she said.", "It worked", "The pilot"),
        ("The weather turned by noon. “Nobody saw it coming,” he says.", "Nobody", "The weather"),
        # a body or people as one
        ("The crew flew home last week. “The sea was rough,” she said.", "The sea", "The crew"),
        ("The council has cut 40 jobs. “We are stretched,” he said.", "We are", "The council"),
        # two people or a list of them
        ("The nurse and her son ran the stall. “Trade is slow,” he said.", "Trade", "The nurse"),
        (
            "The nurse, the porter and the cook ran the stall. “Trade is slow,” he said.",
            "Trade",
            "The nurse",
        ),
    ],
)
def test_no_antecedent_of_other_sex_or_no_person(text: str, words: str, not_speaker: str) -> None:
    assert speaker_of(text, words) != not_speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a bare capitalised word: a town, a firm, a season, a verb, a pet, a given name of the
        # other sex, or the first of two people: the pronoun stays as it is
        ("Harrowfield has changed a great deal in ten years. “We are stretched,” he said.", "We are"),
        (
            "The mill shut in May. Kestrelworth said it would move the work abroad. “We had no choice,” he said.",
            "We had",
        ),
        ("Winter here is long and dark. “There is nothing for the young,” she said.", "There is"),
        ("Picture the harbour on the night of the storm. “It was chaos,” he said.", "It was"),
        ("Pip, a nine-year-old spaniel, came home on Sunday. “We had given up,” she said.", "We had"),
        ("Margaret has kept the stall since 1991. “Trade is slow,” he said.", "Trade"),
        ("Orrin and his wife keep the farm going. “We never stop,” she says.", "We never"),
    ],
)
def test_bare_word_before_is_no_antecedent(text: str, words: str) -> None:
    assert speaker_of(text, words) in ("he", "she")


def test_person_named_before_keeps_the_pronoun() -> None:
    text = "Ann Voss runs the shop. The inspector came by at noon. “They keep me young,” she says."
    assert speaker_of(text, "They keep") != "The inspector"


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
