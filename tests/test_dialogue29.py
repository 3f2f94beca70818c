"""Session 29, an exchange set out as quote-only paragraphs (an interview, a hearing, a
cross-examination): after a cued question by one speaker and a cued answer by another, each
paragraph that is a bare quote is the other speaker's turn, A, B, A, B, until a paragraph
with narrative in it. One speaker's words over several quote-only paragraphs stay with that
speaker. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

INTERVIEW = (
    "The author spoke to the paper at her home in the hills.\n\n"
    "“Did you ever expect the book to sell?” asked Tomas Reyk.\n\n"
    "“Never,” Oona Halberg said. “I wrote it for my sister.”\n\n"
    "“And now?”\n\n"
    "“Now I get letters from strangers every week.”\n\n"
    "“Do you answer them?”\n\n"
    "“Every one.”\n"
)

HEARING = (
    "The committee met for a third day on Tuesday.\n\n"
    "Sen. Greta Moll pressed the witness on the missing files. “Were the files destroyed, "
    "Mr. Pardo?” she asked.\n\n"
    "“Some were archived,” the administrator replied.\n\n"
    "“Archived where?”\n\n"
    "“I would have to check.”\n"
)

COURT = (
    "The developer, Rolf Calder, faced a second day of questions in court on Wednesday.\n\n"
    "“Had the loan been approved when you signed, Mr Calder?” Ms Idris asked.\n\n"
    "“It had been agreed in principle,” he said.\n\n"
    "“That is not what I asked.”\n\n"
    "“Not in writing, then.”\n\n"
    "“Was it ever in writing?”\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            INTERVIEW,
            [
                "Tomas Reyk",
                "Oona Halberg",
                "Oona Halberg",
                "Tomas Reyk",
                "Oona Halberg",
                "Tomas Reyk",
                "Oona Halberg",
            ],
        ),
        (HEARING, ["Greta Moll", "the administrator", "Greta Moll", "the administrator"]),
        (COURT, ["Idris", "Calder", "Idris", "Calder", "Idris"]),
    ],
)
def test_bare_turns_alternate(text: str, expected: list[str]) -> None:
    got = speakers(text)
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert g is not None and e.split()[-1] in g


def test_narrative_ends_the_exchange() -> None:
    text = COURT.replace("“Not in writing, then.”\n\n", "“Not in writing, then.”\n\nThe judge nodded.\n\n")
    got = speakers(text)
    assert got[3] is not None and "Calder" in got[3]
    assert got[4] is None or "Idris" not in got[4]


def test_one_speaker_over_several_paragraphs_stays() -> None:
    text = (
        "The mayor took questions after the vote.\n\n"
        "“Will the depot close?” asked a reporter, Ines Varo.\n\n"
        "“It will not,” said Mayor Petra Lind.\n\n"
        "“We have found the money for two more years, and the council has agreed to look "
        "again at the routes that lose the most before the next budget is drawn up.”\n\n"
        "“Nobody who rides the night buses will lose them this winter.”\n"
    )
    got = speakers(text)
    assert got[2] is not None and "Lind" in got[2]
    assert got[3] is not None and "Lind" in got[3]


def test_one_speaker_going_on_opens_no_exchange() -> None:
    text = (
        "The coach was asked about the injury.\n\n"
        "“How bad is it?” Arno Siig said.\n\n"
        "“We will know on Monday,” he added.\n\n"
        "“It could be weeks.”\n"
    )
    got = speakers(text)
    assert got[2] is not None and "Siig" in got[2]
