"""s26-speed: the label regex of bare transcript lines reads a label word's letters whole
(possessive). The lines it takes as labels, and the label it gives, stay those of the
backtracking pattern it replaced; invented lines only."""

from __future__ import annotations

import re

import pytest

from quotecheck.extract.transcripts import BARE_LINE, BARE_LINE_AFTER

BACKTRACKING = re.compile(
    r"[ \t\u00a0]*([^\W\d_](?:[^\W\d_]|[’'.\-])*(?:[ \u00a0][^\W\d_](?:[^\W\d_]|[’'.\-])*){0,3}):[ \t\u00a0]+(?=\S)"
)
"""The pattern before s26-speed: each character of a word tried as a letter or a mark."""

LINES = [
    "Hale: we will reopen the pier in May.",
    "SEN. ANN LEE: the vote is on Tuesday.",
    "O'Neill-Brandt: nobody told the crew.",
    "Mia Stone-Okafor’s aide: she declined.",
    "  Q: did the council approve it?",
    "Dr. Ines Mabry: the ward is full.",
    "The plan was simple: build it.",  # five words before the colon: no label
    "Room 4: the lights are out.",  # a digit in the label
    "Hale:nothing after the colon but words",  # no space after the colon
    "Hale said. Then: silence.",
    "Lee -: a dash ends the word",
    "Ann  Lee: two spaces between the words",
    "Hale:",
    "Ann Lee ",
]


@pytest.mark.parametrize("line", LINES)
def test_label_lines_match_as_before(line: str) -> None:
    old, new = BACKTRACKING.match(line), BARE_LINE.match(line)
    assert (old and (old.span(), old.group(1))) == (new and (new.span(), new.group(1)))


def test_labels_after_newlines_match_as_before() -> None:
    text = "Intro line.\n" + "\n".join(LINES) + "\n"
    after = re.compile(rf"\n{BACKTRACKING.pattern}")
    assert [m.group(1) for m in BARE_LINE_AFTER.finditer(text)] == [m.group(1) for m in after.finditer(text)]
    assert [m.group(1) for m in BARE_LINE_AFTER.finditer(text)][:3] == [
        "Hale",
        "SEN. ANN LEE",
        "O'Neill-Brandt",
    ]
