"""Verdicts on a speaker's role (session 33), end to end, a draft against a post:

- A name the grammar alone makes a body's: a name before or after an officer's post ("Brennan
  Steelworks president Lena Drax", "the founder of Kellan Ceramics") against that body's post is
  no misattribution (a person has no president or board), but nothing else says the account is
  a body's: ``speaker_unconfirmed`` (m2, test_m2verd33). A spokesman or manager of such a name
  may be a person's, who is someone else: misattributed.
- A post in capitals or initials ends the body's name ("Ferrin Motors CEO Ann Roe", "Ferrin
  Motors Managing Director Ann Roe"); "the company's CFO" is a description, no name.
- A role given where the draft last named the speaker in full ("Ivo Lund is the spokesman for
  Dayton Mill. … “…,” Lund said") is no misattribution, but unconfirmed (m2); a past "was" is
  no role.
- A transcript turn's label gives its speaker's title ("MAYOR VERA SAL:"): "the mayor's team"
  against it is unconfirmed and "the mayor's aide" misattributed, as against a post by "Mayor
  Vera Sal".
- "her office", "his campaign", "its chief executive" (a possessive pronoun's description) do not
  confirm the source's author: ``speaker_unconfirmed``; so does a cue with no speaker resolved
  ("“…,” it said" with no body before it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_speaker_role32 import QC, WORDS, meeting, outcome

UNCONFIRMED = "speaker_unconfirmed"

GRAMMAR_BODY = [
    (f"{QC} said Brennan Steelworks chief executive Lena Drax.", "Brennan Steelworks"),
    (f"{QC} Ostrander Kiln president Nadia Quill told investors.", "Ostrander Kiln"),
    (f"{QC} said Piet Varga, the founder of Kellan Ceramics.", "Kellan Ceramics"),
    (f"{QC} Omar Fenn, a Tallow Brewhouse board member, wrote.", "Tallow Brewhouse"),
    (f"{QC} Marrow Textiles' chairwoman, Ines Morrow, had said.", "Marrow Textiles"),
]


@pytest.mark.parametrize(("draft", "author"), GRAMMAR_BODY)
def test_an_officer_of_a_name_the_grammar_makes_a_body_is_unconfirmed(
    tmp_path: Path, draft: str, author: str
) -> None:
    assert outcome(tmp_path, draft, author) == ("exact", [UNCONFIRMED])


CAPITAL_ROLE = [
    (f"{QC} Ferrin Motors CEO Ann Roe said.", "Ferrin Motors"),
    (f"{QC} said Ferrin Motors Managing Director Ann Roe.", "Ferrin Motors"),
    (f"{QC} Dayton Mill CFO Ivo Lund wrote in an email.", "Dayton Mill"),
    (f"{QC} said Harbor Transit Authority Vice President Mara Osei.", "Harbor Transit Authority"),
]


@pytest.mark.parametrize(("draft", "author"), CAPITAL_ROLE)
def test_a_post_in_capitals_ends_the_bodys_name(tmp_path: Path, draft: str, author: str) -> None:
    assert outcome(tmp_path, draft, author) == ("exact", [])


def test_a_post_in_initials_after_a_possessive_is_no_name(tmp_path: Path) -> None:
    # no name, so no mismatch; whose CFO the draft says elsewhere: unconfirmed (test_mverd33)
    draft = f"Ferrin Motors said the line was shut. {QC} the company's CFO said."
    assert outcome(tmp_path, draft, "Ferrin Motors") == ("exact", [UNCONFIRMED])


EARLIER_ROLE = [
    (f"Ivo Lund is the spokesman for Dayton Mill. {QC} Lund said.", "Dayton Mill"),
    (f"Reporters met Harlow Foods chief executive Ann Roe at the plant. {QC} Roe said.", "Harlow Foods"),
    (f"Ann Roe, a spokeswoman for Corran Airways, took questions. {QC} she said.", "Corran Airways"),
    (f"Mara Osei, who is the head of the Harbor Transit Authority, spoke first. {QC} Osei told us.",
     "Harbor Transit Authority"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "author"), EARLIER_ROLE)
def test_a_role_given_where_the_speaker_was_named_in_full_is_unconfirmed(
    tmp_path: Path, draft: str, author: str
) -> None:
    assert outcome(tmp_path, draft, author) == ("exact", [UNCONFIRMED])


OWNED = [
    (f"Vera Sal did not come to the hearing. {QC} her office said.", "Vera Sal"),
    (f"Tom Hale stayed away. {QC} his campaign said in a statement.", "Tom Hale"),
    (f"Vera Sal was travelling. {QC} her chief of staff wrote.", "Vera Sal"),
    (f"Tom Hale stayed away. {QC} his spokesman had said.", "Tom Hale"),
]


@pytest.mark.parametrize(("draft", "author"), OWNED)
def test_a_possessive_pronouns_office_or_aide_is_unconfirmed(tmp_path: Path, draft: str, author: str) -> None:
    assert outcome(tmp_path, draft, author) == ("exact", [UNCONFIRMED])


UNRESOLVED = [
    (f"The plant was shut on Friday. {QC} it said.", "Dayton Mill"),
    (f"The vote was close. {QC} it said in a statement.", "Kettle Foods"),
    (f"Harlow Foods shut its plant on Friday. {QC} it said.", "Dayton Mill"),
]


@pytest.mark.parametrize(("draft", "author"), UNRESOLVED)
def test_a_cue_with_no_speaker_resolved_is_unconfirmed(tmp_path: Path, draft: str, author: str) -> None:
    verdict, codes = outcome(tmp_path, draft, author)
    assert UNCONFIRMED in codes or verdict == "misattributed"


# ---- neighbours that must not pass ----
NOT_THE_AUTHOR = [
    (f"{QC} said Brennan Steelworks chief executive Lena Drax.", "Brennan Glassworks"),
    (f"{QC} said former Brennan Steelworks chief executive Lena Drax.", "Brennan Steelworks"),
    (f"{QC} Kesh Varo spokesman Ivo Lund said.", "Kesh Varo"),
    (f"{QC} Kesh Varo manager Ivo Lund said.", "Kesh Varo"),
    (f"{QC} said Lena Drax, an analyst covering Brennan Steelworks.", "Brennan Steelworks"),
    (f"{QC} Ferrin Motors CEO Ann Roe said.", "Ferrin Marine"),
    (f"{QC} Former Ferrin Motors CEO Ann Roe said.", "Ferrin Motors"),
    (f"{QC} Harlow Fire Department Chief Hedda Ruiz said.", "Harlow Police Department"),
    (f"Ivo Lund was the spokesman for Dayton Mill until March. {QC} Lund said.", "Dayton Mill"),
    (f"Ivo Lund is the spokesman for Harlow Foods. {QC} Lund said.", "Dayton Mill"),
    (f"Ivo Lund is a lawyer for Dayton Mill. {QC} Lund said.", "Dayton Mill"),
    (f"Ivo Lund met Dayton Mill spokesman Omar Fenn. {QC} Lund said.", "Dayton Mill"),
    (f"Vera Sal was travelling. {QC} her spokesman, Ivo Lund, said.", "Vera Sal"),
]


@pytest.mark.parametrize(("draft", "author"), NOT_THE_AUTHOR)
def test_someone_other_than_the_author_is_still_misattributed(
    tmp_path: Path, draft: str, author: str
) -> None:
    assert outcome(tmp_path, draft, author)[0] == "misattributed"


OWN_WORDS = [
    (f"Vera Sal was travelling. {QC} her account posted.", "Vera Sal"),
    (f"Vera Sal was travelling. {QC} her statement said.", "Vera Sal"),
    (f"{QC} Ferrin Motors CEO Ann Roe said.", "Ann Roe"),
]


@pytest.mark.parametrize(("draft", "author"), OWN_WORDS)
def test_the_authors_own_channel_or_name_passes_without_a_warning(
    tmp_path: Path, draft: str, author: str
) -> None:
    assert outcome(tmp_path, draft, author) == ("exact", [])


TITLED_TURN = [
    (f"{QC} the mayor's team said.", "MAYOR VERA SAL", ("exact", [UNCONFIRMED])),
    (f"{QC} the mayor's spokesman told reporters.", "MAYOR SAL", ("exact", [UNCONFIRMED])),
    (f"{QC} the governor's press secretary had said.", "GOV. IVO LUND", ("exact", [UNCONFIRMED])),
    (f"{QC} the mayor's chief of staff said.", "MAYOR VERA SAL", ("misattributed", ["speaker_mismatch"])),
    (f"{QC} the mayor's aide wrote.", "MAYOR SAL", ("misattributed", ["speaker_mismatch"])),
    # neighbours: another title, a label without one
    (f"{QC} the governor's team said.", "MAYOR VERA SAL", ("exact", [])),
    (f"{QC} the mayor's team said.", "VERA SAL", ("exact", [])),
]


@pytest.mark.parametrize(("draft", "label", "expected"), TITLED_TURN)
def test_a_description_by_title_is_read_against_the_turns_label(
    tmp_path: Path, draft: str, label: str, expected: tuple[str, list[str]]
) -> None:
    assert outcome(tmp_path, draft, transcript=meeting(f"{label}: {WORDS}")) == expected
