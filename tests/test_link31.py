"""Speaker mentions (session 31, link survey): three shapes where the mention chosen was a
noun inside the sentence rather than the cue's speaker.

- A participle aside set off after the subject that holds a subordinate clause ("A study by
  the county office, released in March while the budget was under debate, found …"): the
  subordinate clause ends at the aside's closing comma, so its subject is not the verb's.
- A noun set off after the quote that restates the words, with a relative clause of its own
  ("“…,” a finding the mayor has disputed"): that clause's subject answers the words; the
  cue before the quote signs them.
- "A spokeswoman, Ana Ruiz, said Dorn, a Democrat, would “…”": a name after the cue, set off
  by a phrase that a finite verb group follows, is the reported clause's subject, not an
  inverted speaker.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

ASIDE_CLAUSE = [
    (
        "A study by the county office, released in March while the budget was under debate, "
        "found that clinics were “badly understaffed.”",
        "understaffed",
        "study",
    ),
    (
        "A review by the state ombudsman, completed last fall as the merger was being "
        "negotiated, concluded that the deal was “rushed from start to finish.”",
        "rushed",
        "review",
    ),
    (
        "The petition, filed on Monday after the council had voted, says the rule “punishes the wrong people.”",
        "punishes",
        "petition",
    ),
    (
        "A ruling by the appeals court, handed down as the session was ending, says the statute "
        "is “too vague to enforce.”",
        "vague",
        "ruling",
    ),
]

RESTATED = [
    (
        "The audit found that the contract was awarded “without a single competing bid,” a finding the mayor has disputed.",
        "competing",
        "audit",
    ),
    (
        "The board concluded that the chief had acted “with reckless disregard for the rules,” "
        "a charge her lawyers have contested.",
        "reckless",
        "board",
    ),
    (
        "Hale, the treasurer, said the fund was “in good shape,” a view the auditors disputed.",
        "good shape",
        "Hale",
    ),
    (
        "The study concluded that the drug was “no better than a placebo,” a result the maker has challenged.",
        "placebo",
        "study",
    ),
]

SET_OFF_SUBJECT = [
    (
        "A spokeswoman, Ana Ruiz-Dell, said Dorn, a Democrat, would “review the file in the usual way.”",
        "usual way",
        "Ruiz-Dell",
    ),
    (
        "His lawyer, Pim Osterhout, said Kessler, 61, had “never touched the account.”",
        "never touched",
        "Osterhout",
    ),
    (
        "The clerk, Mara Quist, says Hale, the treasurer, will “answer every question in public.”",
        "answer every",
        "Quist",
    ),
    (
        "A police spokesman, Col. Ruth Amsel, said Varga, 34, was “cooperating fully with detectives.”",
        "cooperating",
        "Amsel",
    ),
]

NEIGHBOURS = [
    # the relative clause's noun is a person and the cue after it is the main verb
    ("“We never saw the money,” a spokeswoman the mayor hired last year said.", "never saw", "spokeswoman"),
    ("“We never saw the money,” a spokeswoman for the mayor said.", "never saw", "spokeswoman"),
    # a subordinate clause opening the sentence, or inside a report, keeps its own subject
    (
        "While the budget was under debate, a study found that clinics were “badly understaffed.”",
        "badly",
        "study",
    ),
    ("Lena Brook, who spoke as the crowd was leaving, said the vote was “a farce.”", "farce", "Brook"),
    # the cue set off inside a clause whose own verb follows: the name after it speaks
    (
        "The paradox of the deal, says Carl Anton, a historian at the archive, is that it was "
        "“the most lopsided bargain of the decade.”",
        "lopsided",
        "Anton",
    ),
    ("“The plan is dead,” said Dorn, a Democrat, who voted against it.", "plan is dead", "Dorn"),
]


@pytest.mark.parametrize(("text", "words", "expected"), ASIDE_CLAUSE)
def test_subordinate_clause_inside_an_aside_is_not_the_subject(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(("text", "words", "expected"), RESTATED)
def test_restating_noun_after_the_quote_does_not_sign_it(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(("text", "words", "expected"), SET_OFF_SUBJECT)
def test_name_after_the_cue_with_its_own_verb_is_reported(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


@pytest.mark.parametrize(("text", "words", "expected"), NEIGHBOURS)
def test_neighbours_keep_their_speaker(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
