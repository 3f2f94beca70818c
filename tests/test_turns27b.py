"""Signed blocks and transcript labels, mended after review 27d (issue 11, item 5): a
bracketed line after a quote signs it only with a person's name, not a venue, a place, a
citation, a credit or a photo caption; and a label's full name found near a transcript never
runs over a sentence's end. All sentences are invented."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(text, "story.txt"))]


QUOTE = "“We will have the new sluice gates working before the spring tides.”\n"

# --- a bracketed signature: a person, then who they are --------------------------------

SIGNED = [
    (QUOTE + "[Wilma Ostrander, lock keeper, speaking to the parish council]", "Wilma Ostrander"),
    (QUOTE + "(Prof. Henrik Saltvik, of the river authority)", "Henrik Saltvik"),
    (QUOTE + "[Councillor Marta Quell, in a letter to residents]", "Marta Quell"),
    (QUOTE + "(Wenzel Abernathy-Roe, who keeps the lock at Ebb Mill)", "Wenzel Abernathy-Roe"),
    (QUOTE + "[Ilse Varga-Moreau, Tidewater Opera soprano, after the gala]", "Ilse Varga-Moreau"),
    # a given name the lists do not know, but the article introduced her before
    (
        "Ngozika Ebelechukwu has run the locks for a decade.\n\n"
        + QUOTE
        + "[Ngozika Ebelechukwu, Lower Wey]",
        "Ngozika Ebelechukwu",
    ),
]


@pytest.mark.parametrize(("text", "who"), SIGNED)
def test_bracketed_person_signs(text: str, who: str) -> None:
    assert speakers(text) == [who]


NOT_SIGNED = [
    QUOTE + "[Wey Valley Courier, April 14]",  # a paper and a date
    QUOTE + "(Lower Wey, 2021)",  # a place and a year
    QUOTE + "(River Authority, board minutes, 2018)",  # a body
    QUOTE + "(Wilma Ostrander, 2020)",  # a citation: only a year after the comma
    QUOTE + "[Wilma Ostrander, Sept 9]",  # only a date
    QUOTE + "(Reuters Photo, Wilma Ostrander)",  # a credit
    QUOTE + "[Wilma Ostrander, File]",  # a credit word after the comma
    QUOTE + "[Wilma Ostrander, right, with Henrik Saltvik]",  # a photo caption
    QUOTE + "[Wilma Ostrander, Henrik Saltvik]",  # two names: a caption
]


@pytest.mark.parametrize("text", NOT_SIGNED)
def test_bracketed_caption_or_venue_signs_nothing(text: str) -> None:
    assert speakers(text) == [None]


# --- a label's full name: never across a sentence's end --------------------------------

BLOCK = "QUELL: The gates are late.\nOSTRANDER: They will open.\nQUELL: When?\n\n"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (BLOCK + "Photos: Dana Quell. Wilma Ostrander contributed.", "Wilma Ostrander"),
        (BLOCK + "The lock is named Ostrander Weir. Wilma Ostrander opened it.", "Wilma Ostrander"),
        ("Lena Quell founded Ostrander Park. Per Ostrander spoke later.\n\n" + BLOCK, "Per Ostrander"),
        # an initial keeps its period
        (BLOCK + "Reporting by Dana Quell and Wilma J. Ostrander.", "Wilma J. Ostrander"),
    ],
)
def test_label_name_stays_in_its_sentence(text: str, who: str) -> None:
    assert who in speakers(text)
    assert not any(s and "." in s.replace(" J.", "") for s in speakers(text))


def test_label_name_neighbour_one_sentence() -> None:
    # the name in one sentence, as before: the label gets it
    text = BLOCK + "Lock keeper Wilma Ostrander and engineer Dana Quell spoke to reporters."
    assert set(speakers(text)) == {"Wilma Ostrander", "Dana Quell"}
