"""Capitalised words joined by "&" name one firm ("Harlow & Finch"): the speaker is the whole
name, never its last word, never a person who shares one of its words, and "he"/"she" never
stand for it while "it"/"they" may. "and" still joins two people."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Harlow & Finch said the merger was “overdue.”", "Harlow & Finch"),
        ("“The numbers are solid,” said Brant & Sons.", "Brant & Sons"),
        ("Ortega & Ruiz LLP said the filing was “complete.”", "Ortega & Ruiz LLP"),
        ("“We will appeal,” Quill & Tamsin said on Monday.", "Quill & Tamsin"),
        ("Nell Voss & Partners said the loan was “repaid in full.”", "Nell Voss & Partners"),
        ("Pike & Morrow, a shipping broker, said rates were “falling.”", "Pike & Morrow"),
        ("According to Garnet & Vale, the market is “cooling.”", "Garnet & Vale"),
    ],
)
def test_the_whole_joined_name_speaks(text: str, firm: str) -> None:
    assert speakers(text) == [firm]


def test_a_person_sharing_a_word_is_not_the_firm() -> None:
    text = (
        "Ivy Lind runs a bakery in the old town. Voss & Lind said the lease was “signed.” "
        "“We are glad it is over,” Lind said."
    )
    assert speakers(text) == ["Voss & Lind", "Ivy Lind"]


def test_he_or_she_after_the_firm_finds_a_person_or_no_one() -> None:
    assert speakers("Harlow & Finch said the deal was “overdue.” He said the terms were “fair.”") == [
        "Harlow & Finch",
        "he",
    ]
    text = (
        "Mara Ortega is a tax lawyer. Ortega & Ruiz LLP said the filing was “complete.” "
        "She said she was “relieved.”"
    )
    assert speakers(text) == ["Ortega & Ruiz LLP", "Mara Ortega"]


def test_it_or_they_after_the_firm_is_the_firm() -> None:
    assert speakers("Brant & Sons said prices would “climb.” They added that “nothing is certain.”") == [
        "Brant & Sons",
        "Brant & Sons",
    ]
    assert speakers("Harlow & Finch said the deal was “overdue.” It said the terms were “fair.”") == [
        "Harlow & Finch",
        "Harlow & Finch",
    ]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Pike & Morrow lawyers said the suit was “frivolous.”", "Pike & Morrow lawyers"),
        ("The Harlow & Finch board said the vote was “unanimous.”", "The Harlow & Finch board"),
        ("Garnet & Vale analysts said rates were “high.”", "Garnet & Vale analysts"),
    ],
)
def test_a_description_keeps_the_firm_before_its_noun(text: str, group: str) -> None:
    assert speakers(text) == [group]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Voss and Lind said the deal was “done.”", "Lind"),  # "and": two people, as before
        ("R&D spending rose, Keel said, calling it “overdue.”", "Keel"),
        ("Keel said Harlow & Finch was “too slow.”", "Keel"),
        ("“Rock & Roll is back,” Keel said.", "Keel"),
        ("Brant & Sons spokeswoman Ada Quist said sales were “flat.”", "Ada Quist"),
        ("Dell Finch, who left Harlow & Finch in May, said the firm was “adrift.”", "Dell Finch"),
        ("Ossa&Kemp said the network was “stable.”", "Ossa&Kemp"),
    ],
)
def test_neighbours_keep_their_speaker(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
