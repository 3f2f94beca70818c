"""Mends to the session-31 phrase of service (tests/test_serve31.py), from review 31-serve.

1. Right after a verb of speech, "to" after a noun of service names whom the words were spoken
   to as readily as whom the person serves: it is service only on evidence in the noun phrase
   after it (a name, a capital naming it, a person's noun, a household, people counted; a noun
   of a post such as "heir" or "envoy" unless a gathering follows). Those gathered or met to
   hear ("the reporters", "the committee", "a packed room", a paper named after "the") are
   spoken to: the speaker is the bare description. A crowd's reaction ("to the cheers of the
   hall", "to the crowd's delight") is how the words were met, in any cue position.
2. A time after "speaking/working/acting for" ("for the first time") is no one served: the
   speaker is the person before it, without the participle.
3. A pronoun in a relative clause after a subject that names whom it serves ("An aide to Orla
   Penn read out a statement in which she said") may stand for the one served when the head
   is not known to fit it; a "that" report after a verb of speech stays the reporter's."""

from __future__ import annotations

import pytest

from tests.conftest import quote_with


def speaker_of(text: str, words_in: str = "rigged") -> str | None:
    q = quote_with(text + "\n", words_in)
    return q.speaker if q.kind == "quote" else None


# ---- 1. "to" after an inverted cue: spoken to, unless the phrase shows one served ----
SPOKEN_TO = [
    ("“The vote was rigged,” said a consultant to the Courier.", "a consultant"),
    ("“The vote was rigged,” said her deputy to the committee.", "her deputy"),
    ("“The vote was rigged,” said the envoy to the delegates, “and we will prove it.”", "the envoy"),
    ("“The vote was rigged,” said an aide to the journalists waiting outside on Friday.", "an aide"),
    ("“The vote was rigged,” said one assistant to a group of students.", "one assistant"),
    ("“The vote was rigged,” said an adviser to a packed hall.", "an adviser"),
    ("“The vote was rigged,” said the staff to the visitors.", "the staff"),
    ("“The vote was rigged,” said an adviser to the cheers of the hall.", "an adviser"),
    ("An adviser to the crowd's delight said: “The vote was rigged.”", "An adviser"),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_TO)
def test_to_after_an_inverted_cue_names_whom_the_words_were_spoken_to(text: str, expected: str) -> None:
    assert speaker_of(text) == expected


SERVED = [
    ("“The vote was rigged,” said a consultant to the Penn campaign.", "a consultant to the Penn campaign"),
    ("“The vote was rigged,” said her deputy to Mayor Orla Penn.", "her deputy to Mayor Orla Penn"),
    ("“The vote was rigged,” said an adviser to the governor.", "an adviser to the governor"),
    ("“The vote was rigged,” said a lawyer to the family.", "a lawyer"),  # no noun of service
    ("“The vote was rigged,” said a counselor to the family.", "a counselor to the family"),
    ("“The vote was rigged,” said the heir to the shipping fortune.", "the heir to the shipping fortune"),
    ("“The vote was rigged,” said an adviser to both Arkins.", "an adviser to both Arkins"),
    ("“The vote was rigged,” an aide to the committee said.", "an aide to the committee"),  # no verb before
]


@pytest.mark.parametrize(("text", "expected"), SERVED)
def test_to_naming_one_served_stays_in_the_speaker(text: str, expected: str) -> None:
    assert speaker_of(text) == expected


# ---- 2. a time after "speaking/working/acting for" ----
TIME_AFTER_FOR = [
    ("“The vote was rigged,” said a woman speaking for the first time.", "a woman"),
    ("“The vote was rigged,” said a driver working for the third night in a row.", "a driver"),
    ("“The vote was rigged,” said a tenant acting for the second time, “and we will win.”", "a tenant"),
    ("“The vote was rigged,” said a clerk working for the last two years at the depot.", "a clerk"),
]


@pytest.mark.parametrize(("text", "expected"), TIME_AFTER_FOR)
def test_a_time_after_for_is_no_one_served(text: str, expected: str) -> None:
    assert speaker_of(text) == expected


def test_a_body_after_for_is_still_served() -> None:
    text = "“The vote was rigged,” said a woman speaking for the tenants."
    assert speaker_of(text) == "a woman speaking for the tenants"


# ---- 3. a pronoun in a relative clause may stand for the one served ----
# the one served must be known to agree (review 31-tail): a first name of known sex
RELATIVE = [
    ("An aide to Helen Penn read out a statement in which she said: “The vote was rigged.”", "Helen Penn"),
    (
        "A lawyer representing David Arkin read a letter in which he wrote: “The vote was rigged.”",
        "David Arkin",
    ),
    (
        "A source close to Gov. Helen Penn shared a memo in which she wrote: “The vote was rigged.”",
        "Helen Penn",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_a_pronoun_in_a_relative_clause_may_stand_for_the_one_served(text: str, expected: str) -> None:
    assert speaker_of(text) == expected


NOT_THE_SERVED = [
    # the one served does not fit the pronoun: the head
    ("An aide to Peter Arkin read out a statement in which she said: “The vote was rigged.”", "An aide"),
    # a report after a verb of speech is the reporter's (relayed speech goes to the outer frame)
    ("An aide to Orla Penn said that she had told staff: “The vote was rigged.”", "An aide to Orla Penn"),
]


@pytest.mark.parametrize(("text", "expected"), NOT_THE_SERVED)
def test_a_pronoun_the_served_does_not_fit_or_a_report_stays_with_the_head(text: str, expected: str) -> None:
    assert speaker_of(text) == expected
