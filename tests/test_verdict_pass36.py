"""A page that never names the draft's speaker but gives the quoted words to someone of its own,
named in full, end to end: the draft's speaker may have said them first, but the page does not
say so. A ``speaker_unconfirmed`` warning, the verdict unchanged (no error: the page may be
repeating words first said by the draft's speaker without telling whose).

People, places and bodies are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.model import Verdict
from tests.test_verdict_leftovers36 import UNCONFIRMED, outcome, page

WORDS = "The ferry will run twice a day from the first of May"
DRAFT = f"The island council met on Tuesday.\n\n“{WORDS},” said Orla Brannick."


@pytest.mark.parametrize(
    "body",
    [
        f"The harbour board met on Tuesday.\n\n“{WORDS},” said Tamsin Oduya, who chairs the board.\n",
        f"The harbour board met on Tuesday.\n\n“{WORDS},” Tamsin Oduya told the meeting.\n",
        f"The timetable was settled at last.\n\n“{WORDS},” Tamsin Oduya announced on Monday evening.\n",
    ],
)
def test_a_page_naming_another_in_the_cue_after_the_words_is_unconfirmed(tmp_path: Path, body: str) -> None:
    verdict, codes = outcome(tmp_path, DRAFT, page(body))
    assert verdict is Verdict.EXACT
    assert codes == [UNCONFIRMED]


@pytest.mark.parametrize(
    "body",
    [
        f"Farmers on the island welcomed the news.\n\n“{WORDS},” said Deryn Vollan, a local farmer.\n",
        f"“{WORDS},” Deryn Vollan, a local farmer, said on Tuesday.\n",
        f"The harbour board met on Tuesday.\n\n“{WORDS},” said Deryn Vollan, the pier master, at the meeting.\n",
    ],
)
def test_a_page_naming_another_with_a_description_is_unconfirmed(tmp_path: Path, body: str) -> None:
    verdict, codes = outcome(tmp_path, DRAFT, page(body))
    assert verdict is Verdict.EXACT
    assert codes == [UNCONFIRMED]


@pytest.mark.parametrize(
    "body",
    [
        f"The board heard from Ruth Vollan on Tuesday. “{WORDS},” she said.\n",
        f"Helen Vollan, who runs the island shop, was pleased. “{WORDS},” she said.\n",
        f"Peter Kessel spoke to reporters after the vote. “{WORDS},” he told them.\n",
    ],
)
def test_a_page_naming_another_then_a_pronoun_cue_is_unconfirmed(tmp_path: Path, body: str) -> None:
    verdict, codes = outcome(tmp_path, DRAFT, page(body))
    assert verdict is Verdict.EXACT
    assert codes == [UNCONFIRMED]


@pytest.mark.parametrize(
    "body",
    [
        f"The harbour board met on Tuesday.\n\nThe notice read: “{WORDS}.”\n",
        f"The harbour board met on Tuesday.\n\nA timetable pinned at the pier promised: “{WORDS}.”\n",
        f"The harbour board met on Tuesday.\n\n“{WORDS},” one islander said.\n",
    ],
)
def test_a_page_giving_the_words_to_no_named_person_says_nothing(tmp_path: Path, body: str) -> None:
    verdict, codes = outcome(tmp_path, DRAFT, page(body))
    assert verdict is Verdict.EXACT
    assert UNCONFIRMED not in codes


def test_a_page_naming_the_speaker_elsewhere_keeps_its_verdict(tmp_path: Path) -> None:
    # the page quotes Brannick too, so giving these words to Oduya is a misattribution, as before
    body = (
        "Orla Brannick spoke first at the meeting.\n\nLater the chair took questions.\n\n"
        f"“{WORDS},” said Tamsin Oduya, who chairs the board.\n"
    )
    verdict, codes = outcome(tmp_path, DRAFT, page(body))
    assert verdict is Verdict.MISATTRIBUTED
    assert codes == ["speaker_mismatch"]


def test_the_speakers_own_words_on_the_page_stay_hers(tmp_path: Path) -> None:
    body = f"The harbour board met on Tuesday.\n\n“{WORDS},” said Orla Brannick, who chairs the board.\n"
    verdict, codes = outcome(tmp_path, DRAFT, page(body))
    assert verdict is Verdict.EXACT
    assert codes == []
