"""Mends of review 31-tail, all invented text.

1. A name's lower-case nouns never take a verb with its object: a word before an article, a
   possessive or a number is a verb ("The Hollin mayor cut the ribbon"), a lower-case word after
   a person's post is one ("the Varrow police chief quit after …"), a last word in -s that is
   no plural of people before a preposition is one ("the Hollin council meets on Monday"), and
   no run follows the post the name already took.
2. A person a fronted phrase names counts against the described subject only as the phrase's
   object ("Questioned by Tessa Brun, the accountant …"): not the subject of a fronted clause
   ("After Tessa Brun was cleared, the prosecutor …"), not a source ("According to …", "Under
   pressure from …"), not one whose act a noun names ("At Tessa Brun's request, …").
3. A name served inside the subject of a relative clause's pronoun ("An aide to Gov. Helen
   Varga … in which he said") takes it only when the name, its title aside, is known to agree.
4. An of/for phrase after a bare plural after an inverted cue that names a time or all of a
   kind ("for the third day running", "of all ages") ties the people to no one."""

from __future__ import annotations

import pytest

from quotecheck.extract.mentions import np_after_cue, np_forward
from quotecheck.extract.sentences import words
from tests.conftest import quote_with


def speaker_of(text: str, words_in: str) -> str | None:
    q = quote_with(text + "\n", words_in)
    return q.speaker if q.kind == "quote" else None


def subject(text: str) -> str | None:
    toks = words(text, 0, len(text))
    np = np_forward(toks, 0, len(toks))
    return " ".join(t.text for t in np) if np else None


# ---- 1. a name's nouns stop before a verb ----
VERB_AFTER_NOUNS = [
    ("The Hollin mayor cut the ribbon on Monday and told reporters: “This is a fine day.”", "fine day",
     "The Hollin mayor"),
    ("The Varrow coach shut the gym for a week, saying: “We need the rest.”", "need the rest",
     "The Varrow coach"),
    ("The former Hollin governor quit the party on Friday and said: “I was pushed out.”", "pushed out",
     "The former Hollin governor"),
    ("The Tarlow head teacher lent support to the strike and said: “The school stays open.”", "stays open",
     "The Tarlow head teacher"),
    ("The Varrow police chief quit after the vote and said: “I have done my part.”", "done my part",
     "The Varrow police chief"),
    ("The Hollin mayor let slip that a deal was close. “We are nearly there,” he said.", "nearly there",
     "The Hollin mayor"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words_in", "expected"), VERB_AFTER_NOUNS)
def test_a_verb_after_a_names_nouns_is_no_noun(text: str, words_in: str, expected: str) -> None:
    assert speaker_of(text, words_in) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Hollin team hit the post twice.", "The Hollin team"),
        ("Her Varrow counterpart spent the morning at the school.", "Her Varrow counterpart"),
        ("The Hollin council meets on Monday to vote.", "The Hollin council"),
        ("The Tarlow school board wants to sell the field.", "The Tarlow school board"),
        # neighbour: a person's post closing a body's nouns, a verb after it
        ("The Varrow city council president set the date.", "The Varrow city council president"),
    ],
)
def test_a_names_nouns_end_before_a_verb(text: str, expected: str) -> None:
    assert subject(text) == expected


@pytest.mark.parametrize(
    ("text", "words_in", "expected"),
    [
        # neighbours: a body's nouns and a set-off name still read whole
        ("“We were not told,” said a spokesman for the Tarlow water board.", "not told",
         "a spokesman for the Tarlow water board"),
        ("“It is over,” said the Hollin team captain, Pavel Drum.", "is over", "Pavel Drum"),
        ("“We will strike,” said the Varrow union members at the gate.", "will strike",
         "the Varrow union members"),
    ],
)  # fmt: skip
def test_a_bodys_nouns_still_run_to_their_head(text: str, words_in: str, expected: str) -> None:
    assert speaker_of(text, words_in) == expected


# ---- 2. only an object a fronted phrase brings in gives way to the subject ----
FRONTED_OTHER = [
    ("According to Pavel Drum, the manager saw the leak. “I told him myself,” he said.", "told him",
     "Pavel Drum"),
    ("After Tessa Brun was cleared, the prosecutor left at once. “I never doubted it,” she said.",
     "never doubted", "Tessa Brun"),
    ("When Pavel Drum took the stand, the judge warned him. “I did nothing wrong,” he said.",
     "nothing wrong", "Pavel Drum"),
    ("Two days after Pavel Drum was sacked, the club's owner apologised. “I was badly treated,” he said.",
     "badly treated", "Pavel Drum"),
    ("Under pressure from Tessa Brun, the governor gave way. “I will keep going,” she said.",
     "keep going", "Tessa Brun"),
    ("At Tessa Brun's request, the nurse shut the door. “I wanted quiet,” she said.", "wanted quiet",
     "Tessa Brun"),
    ("According to his lawyer, Tessa Brun, the defendant was at home. “He has an alibi,” she said.",
     "an alibi", "Tessa Brun"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words_in", "expected"), FRONTED_OTHER)
def test_a_fronted_clauses_subject_or_source_stays_a_candidate(
    text: str, words_in: str, expected: str
) -> None:
    assert speaker_of(text, words_in) == expected


@pytest.mark.parametrize(
    ("text", "words_in", "expected"),
    [
        # neighbours: an object of a fronted participle phrase gives way to the subject
        ("Questioned by Tessa Brun about the money, the accountant said little. “I have nothing to add,” "
         "he said.", "nothing to add", "the accountant"),
        ("Flanked by her lawyer, Pavel Drum, the defendant left. “I am relieved,” she said.", "relieved",
         "the defendant"),
        ("Asked about Pavel Drum, the coach was blunt. “I have nothing against him,” he said.",
         "nothing against", "the coach"),
    ],
)  # fmt: skip
def test_an_object_of_a_fronted_phrase_gives_way(text: str, words_in: str, expected: str) -> None:
    assert speaker_of(text, words_in) == expected


# ---- 3. a served name takes a pronoun only when known to agree ----
SERVED_RELATIVE = [
    ("An aide to Gov. Helen Varga read out a statement in which he said: “The vote is off.”", "vote is off"),
    ("An aide to Mayor David Orme sent an email in which she wrote: “We will not resign.”", "not resign"),
    ("A deputy to Chief Okar read out a letter in which she said: “The plan stands.”", "plan stands"),
    ("An aide to Pavel Drum read out a statement in which she said: “The claims are false.”", "claims are false"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words_in"), SERVED_RELATIVE)
def test_a_served_name_takes_no_pronoun_of_the_other_or_no_known_sex(text: str, words_in: str) -> None:
    speaker = speaker_of(text, words_in) or ""
    assert speaker.lower().startswith(("an aide", "a deputy"))


def test_a_served_name_known_to_agree_still_takes_it() -> None:
    text = "An aide to Gov. Helen Varga read out a statement in which she said: “I regret nothing.”"
    assert speaker_of(text, "regret nothing") == "Helen Varga"


# ---- 4. a time or all of a kind ties the people to no one ----
def after_cue(text: str) -> str:
    toks = words(text, 0, len(text))
    np = np_after_cue(toks, 1)
    return " ".join(t.text for t in np) if np else ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("said workers for the third day running", "workers"),
        ("said voters of all ages", "voters"),
        ("said fans of every stripe", "fans"),
        ("said miners for the fourth night running", "miners"),
        # neighbours: a time read as before; whom they stand for
        ("said nurses for a second week in a row", "nurses"),
        ("said lawyers for all three men", "lawyers for all three men"),
        ("said members of all parties", "members of all parties"),
        ("said lawyers for the two men", "lawyers for the two men"),
    ],
)
def test_a_time_or_a_kind_after_a_plural_is_no_affiliation(text: str, expected: str) -> None:
    assert after_cue(text) == expected
