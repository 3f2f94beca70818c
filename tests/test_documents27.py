"""Documents as sources (issue 11, item 4), session 27: an "it" that stands for the document
or body the sentence before has for subject, headings that are printed rather than said, a
quoted modifier before a noun ending in -ing, the hypothetical subject of "for a … to find",
and a role noun that is also a verb before a name set off by commas."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def extract(text: str) -> list[Quote]:
    return extract_quotes(document_from_text(text, "story.txt", "text"))


def speaker_of(text: str, words: str) -> str | None:
    q = next(q for q in extract(text) if words in q.text)
    return q.speaker if q.kind == "quote" else None


# ---- "it" opening its sentence after a document or a body as subject ----
IT_AFTER_SOURCE = [
    (
        "The lawsuit, filed on Monday by two tenants, names the landlord and his agent. "
        "It claims the flats were “unfit for habitation.”",
        "unfit",
        "lawsuit",
    ),
    (
        "The indictment was unsealed on Friday. It alleges the pair ran “a sophisticated laundering scheme.”",
        "laundering",
        "indictment",
    ),
    (
        "The judgment was published on Monday. It found that the council had acted “unlawfully.”",
        "unlawfully",
        "judgment",
    ),
    (
        "Kestral Mining Ltd said the plan was on track. It said later that the cuts were “temporary.”",
        "temporary",
        "Kestral Mining Ltd",
    ),
]


@pytest.mark.parametrize("text,words,source", IT_AFTER_SOURCE)
def test_it_stands_for_the_document_or_body_the_sentence_before_has_for_subject(
    text: str, words: str, source: str
) -> None:
    got = speaker_of(text, words)
    assert got is not None and source in got


def test_it_after_a_person_subject_is_not_that_person() -> None:
    text = "Rosa Hale met the board on Tuesday. It said later that the talks were “constructive.”"
    assert speaker_of(text, "constructive") != "Rosa Hale"


def test_it_after_a_sentence_with_its_own_source_is_not_read_back() -> None:
    text = (
        "The Harbour Front has called for a boycott, according to the Dockside Monitor. "
        "It said members were sharing posts “praising the blockade.”"
    )
    assert speaker_of(text, "praising") != "The Harbour Front"


# ---- headings: printed, not said ----
HEADINGS = [
    ("In a section headed “Risk Factors,” the company said demand could fall.", "Risk Factors"),
    ("The column, headed “Notes From the Valley,” ran every Sunday for a decade.", "Notes From"),
    ("The memo has a page captioned “Our Volunteers” with a list of names.", "Our Volunteers"),
    ("Under the heading “What We Got Wrong,” the charity listed three failures.", "What We Got"),
]


@pytest.mark.parametrize("text,words", HEADINGS)
def test_a_heading_is_nobodys_words(text: str, words: str) -> None:
    assert speaker_of(text, words) is None


def test_a_verb_headed_for_is_no_heading() -> None:
    text = "Ed Marsh headed for the exit and told reporters: “Nobody Here Listens.”"
    assert speaker_of(text, "Nobody") == "Ed Marsh"


# ---- a quoted modifier before an -ing noun ----
MODIFIED_NOUNS = [
    "The accounts include a “going concern” warning from the auditors.",
    "The club received a “final” warning from the league on Friday.",
    "The shop put up a “closing down” notice, then a “last chance” warning in the window.",
]


@pytest.mark.parametrize("text", MODIFIED_NOUNS)
def test_an_ing_word_after_a_quoted_modifier_is_a_noun_not_a_cue(text: str) -> None:
    assert all(q.speaker is None for q in extract(text))


def test_a_cue_after_the_modified_noun_still_governs() -> None:
    text = "The ministry issued a “red” warning for the coast, the forecaster said."
    assert speaker_of(text, "red") == "the forecaster"


# ---- "for a … to find": anyone of a kind, no speaker ----
ANYONE_WOULD = [
    (
        "The court said the record gave “ample grounds” for a jury to find that the firm had lied, "
        "and that its excuses were “not credible.”",
        "not credible",
        "court",
    ),
    (
        "The panel said there was no basis for a reasonable reader to conclude that the advert was "
        "“misleading.”",
        "misleading",
        "panel",
    ),
    (
        "Judge Ana Pires wrote that it was open for any tribunal to find the dismissal was “plainly unfair.”",
        "plainly unfair",
        "Ana Pires",
    ),
]


@pytest.mark.parametrize("text,words,source", ANYONE_WOULD)
def test_the_subject_of_for_a_kind_to_verb_is_no_speaker(text: str, words: str, source: str) -> None:
    got = speaker_of(text, words)
    assert got is not None and source in got


def test_for_a_named_or_definite_subject_keeps_its_verb() -> None:
    text = "Critics said it is high time for the council to admit the scheme was “a costly mistake.”"
    assert speaker_of(text, "costly") == "Critics"


# ---- a role noun that is also a verb, before a name set off by commas ----
ROLE_BEFORE_NAME = [
    ("“We will appeal,” the firm's general counsel, Ama Boateng, said.", "We will appeal", "Ama Boateng"),
    (
        "“We disagree with the ruling,” the bank’s chief counsel, Olu Ade, said in a statement.",
        "We disagree",
        "Olu Ade",
    ),
    ("“It is settled,” the union’s legal counsel, Mari Sato, told reporters.", "It is settled", "Mari Sato"),
]


@pytest.mark.parametrize("text,words,person", ROLE_BEFORE_NAME)
def test_a_role_noun_before_a_name_and_a_cue_is_no_verb(text: str, words: str, person: str) -> None:
    assert speaker_of(text, words) == person


def test_a_verb_with_no_name_after_it_stays_a_verb() -> None:
    assert (
        speaker_of("“We will appeal,” the lawyers counsel, and the firm agrees.", "appeal") == "the lawyers"
    )


# ---- a he or she inside a transcript turn is not the turn's speaker ----
def interview(answer: str) -> str:
    return (
        "The potter Mira Castellane, 68, spoke to our reporter, Tom Hallam, in her studio.\n\n"
        "HALLAM: Who taught you to throw?\n\n"
        f"CASTELLANE: {answer}\n\n"
        "HALLAM: Do you still use the old wheel?\n\n"
        "CASTELLANE: Every morning. It is older than me.\n"
    )


TURN_PRONOUNS = [
    ("My aunt did, in the back room of her shop. She said, “Clay remembers every mistake.”", "My aunt"),
    ("My father ran the pottery for forty years. He told me once, “Never rush the kiln.”", "My father"),
    (
        "Nobody, at first. The old teacher at the college watched me for a week. Then she said: “Stop fighting the clay.”",
        "The old teacher",
    ),
]


@pytest.mark.parametrize("answer,who", TURN_PRONOUNS)
def test_a_pronoun_inside_a_turn_is_someone_the_turn_speaks_of(answer: str, who: str) -> None:
    quoted = [q for q in extract(interview(answer)) if q.kind == "quote"]
    assert [q.speaker for q in quoted] == [who]


def test_the_turn_speakers_own_words_inside_her_answer_stay_hers() -> None:
    quoted = [
        q
        for q in extract(interview("I taught myself. I said to my mother, “I will do this alone.”"))
        if q.kind == "quote"
    ]
    assert [q.speaker for q in quoted] == ["Mira Castellane"]


def test_a_pronoun_whose_sex_the_subject_before_contradicts_is_left_as_written() -> None:
    quoted = [
        q
        for q in extract(interview("My aunt ran the shop. He said, “Clay is patient.”"))
        if q.kind == "quote"
    ]
    assert [q.speaker for q in quoted] == ["he"]


# ---- a verb spelling ending the object of a verb that takes no clause ----
OBJECT_COMPOUNDS = [
    ("The bulletin described the rainfall forecast for the valley as “extreme for March.”", "bulletin"),
    ("Farmers described the wind forecast for the week as “a worst case.”", "Farmers"),
    ("A memo called the sales forecast “wildly optimistic.”", "memo"),
    ("Lee described the harbour board report as “a whitewash.”", "Lee"),
]


@pytest.mark.parametrize("text,source", OBJECT_COMPOUNDS)
def test_a_verb_spelling_inside_the_object_of_describe_or_call_is_a_noun(text: str, source: str) -> None:
    got = [q.speaker for q in extract(text)]
    assert len(got) == 1 and got[0] is not None and source in got[0]


def test_the_same_spelling_as_a_subjects_verb_stays_a_cue() -> None:
    assert speaker_of("The agency forecast “a wet and windy week” for the north.", "wet") == "The agency"


# ---- a document whose writer opens a relative without "that", then ", which read:" ----
WRITTEN_BY = [
    (
        "At trial, the firm introduced a note Dan Okafor had written to himself shortly before leaving, "
        "which read: “Take the filter code.”",
        "Dan Okafor",
    ),
    ("The court saw an email Ruth Amos sent on Friday, which said: “Delete the old files.”", "Ruth Amos"),
    (
        "Police seized a letter Tomas Brandt mailed to his brother in May, which said: “I am sorry for all of it.”",
        "Tomas Brandt",
    ),
]


@pytest.mark.parametrize("text,writer", WRITTEN_BY)
def test_a_documents_named_writer_before_which_read_is_the_source(text: str, writer: str) -> None:
    assert [q.speaker for q in extract(text)] == [writer]


def test_a_name_that_only_received_the_document_is_not_its_writer() -> None:
    text = "The court saw an email Ruth Amos received on Friday, which said: “Delete the old files.”"
    assert [q.speaker for q in extract(text)] != ["Ruth Amos"]


def test_a_document_with_no_writer_named_is_the_source() -> None:
    assert [q.speaker for q in extract("Police found a note on the door, which read: “Back at noon.”")] == [
        "a note"
    ]


# ---- a colon quote restating a noun of text that a document holds ----
RESTATED_TEXT = [
    (
        "Its final chapter contains a line that critics have repeated ever since: “Nothing here is settled.”",
        "chapter",
    ),
    (
        "The letter, which the mayor signed, contains a passage that residents have quoted back to her: "
        "“We will not close the library.”",
        "letter",
    ),
    ("The memo has a paragraph that staff still cite to new hires: “Ask before you buy.”", "memo"),
    ("The ruling contains a phrase which lawyers now repeat in every hearing: “a duty to listen.”", "ruling"),
]


@pytest.mark.parametrize("text,source", RESTATED_TEXT)
def test_a_quote_restating_a_documents_line_is_the_documents(text: str, source: str) -> None:
    got = [q.speaker for q in extract(text)]
    assert len(got) == 1 and got[0] is not None and source in got[0]


def test_a_line_whose_writer_the_relative_names_is_the_writers() -> None:
    text = "The report quotes a line that Mia Lund had written in 2019: “We are out of time.”"
    assert [q.speaker for q in extract(text)] == ["Mia Lund"]


def test_a_line_a_person_wrote_is_that_persons() -> None:
    text = "Ana Ruiz wrote a sentence that many readers quoted: “The river does not forgive.”"
    assert [q.speaker for q in extract(text)] == ["Ana Ruiz"]
