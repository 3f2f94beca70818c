"""Session 36 verdict gaps, end to end (a draft against a transcript):

1. "Ada Voss was quoted by the Ledger as saying “…”": extraction keeps the medium as the
   speaker (the outer frame, tests/test_sweepk33.py), but the words are Voss's, relayed: checked
   against Voss's own transcript they are hers, not misattributed. "Voss quoted the Ledger's
   editorial as saying “…”" (active) gives the editorial's words: against Voss's transcript a
   misattribution still.
2. A transcript whose speaker labels stand alone on their line in capitals, no colon, is read as
   turns when two labels or more alternate with text; a document of capital headings is not.

People, places and bodies are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.model import Verdict
from tests.test_verdict_leftovers36 import outcome as verdict_and_codes

OK = (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.EDITED)

VOSS = (
    "ADA VOSS: Thank you all for coming. The ferry will run again in May. We have found the money.\n\n"
    "BRUNO KEMP: That is welcome news for the island.\n"
)


def outcome(tmp_path: Path, draft: str, source: str, name: str = "transcript.txt") -> Verdict:
    verdict = verdict_and_codes(tmp_path, draft, source, name)[0]
    assert verdict is not None
    return verdict


RELAYED = [
    "Mayor Ada Voss was quoted by the Ledger as saying “the ferry will run again in May.”",
    "“The ferry will run again in May,” Ada Voss was quoted as saying by the Harlow Ledger.",
    "The mayor, Ada Voss, was cited by the island paper as telling residents that “the ferry will run again in May.”",
    "Voss, who chairs the harbour board, is quoted by Radio Kell as saying “the ferry will run again in May.”",
]


@pytest.mark.parametrize("draft", RELAYED)
def test_words_relayed_by_a_medium_are_the_subjects(tmp_path: Path, draft: str) -> None:
    assert outcome(tmp_path, draft, VOSS) in OK


@pytest.mark.parametrize(
    "draft",
    [
        "Councillor Bruno Kemp was quoted by the Ledger as saying “the ferry will run again in May.”",
        "Ada Voss quoted the Ledger's editorial as saying “that is welcome news for the island.”",
    ],
)
def test_relayed_words_of_another_are_misattributed(tmp_path: Path, draft: str) -> None:
    assert outcome(tmp_path, draft, VOSS) is Verdict.MISATTRIBUTED


HEARING = (
    "MAYOR ODILE OKAFOR\nWe will rebuild the Tarn bridge before winter.\n\n"
    "COUNCILLOR BRANDT\nNot with the harbour fund, you won't.\n\n"
    "MAYOR ODILE OKAFOR\nThe harbour fund was set aside for exactly this.\n"
)
DEBATE = (
    "RENNICK\nThe depot stays open as long as I sit on this council.\n\n"
    "HALVARD\nThe depot loses money every single week.\n\n"
    "RENNICK\nIt carries four hundred workers a day.\n\n"
    "HALVARD\nAnd loses money doing it.\n"
)


@pytest.mark.parametrize(
    ("draft", "source", "verdict"),
    [
        (
            "“We will rebuild the Tarn bridge before winter,” Councillor Brandt said.",
            HEARING,
            Verdict.MISATTRIBUTED,
        ),
        ("“Not with the harbour fund, you won't,” said Mayor Odile Okafor.", HEARING, Verdict.MISATTRIBUTED),
        (
            "Rennick told the meeting: “The depot loses money every single week.”",
            DEBATE,
            Verdict.MISATTRIBUTED,
        ),
        ("“It carries four hundred workers a day,” Halvard argued.", DEBATE, Verdict.MISATTRIBUTED),
        ("“It carries four hundred workers a day,” Rennick said.", DEBATE, Verdict.EXACT),
        ("“Not with the harbour fund, you won't,” Brandt replied.", HEARING, Verdict.EXACT),
    ],
)
def test_labels_alone_on_their_line_are_turns(
    tmp_path: Path, draft: str, source: str, verdict: Verdict
) -> None:
    assert outcome(tmp_path, draft, source) is verdict


def test_capital_headings_are_no_turns(tmp_path: Path) -> None:
    report = (
        "INTRODUCTION\nThe council met on Tuesday to discuss the Tarn bridge.\n\n"
        "PUBLIC COMMENT\nResidents asked when the bridge will reopen to traffic.\n\n"
        "FINANCE\nThe harbour fund holds enough for the first phase.\n"
    )
    draft = "“The harbour fund holds enough for the first phase,” Councillor Brandt said."
    assert outcome(tmp_path, draft, report) in OK
