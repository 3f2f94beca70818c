"""Odd drafts found by fuzzing extraction: each once raised; now each reads without a traceback."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes

KINDS = ("text", "markdown", "html")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "frankly Is said “Go.”\n\n",  # an adverb and a mid-sentence capital auxiliary: no subject left
        "nearly Was said “We stay.”\n\nThe vote is Friday.",
        "oddly Has told: “Not now.”\n",
    ],
)
def test_adverb_and_auxiliary_before_a_cue_is_no_subject(text: str, kind: str) -> None:
    quotes = extract_quotes(document_from_text(text, "draft", kind))
    assert [q.text for q in quotes] == [text[text.index("“") + 1 : text.index("”")]]
    assert quotes[0].speaker != ""  # no empty speaker made from the stripped phrase


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    "text",
    [
        "“”",
        "“",
        "said “",
        "“.”, said.",
        "Sen. Ana Ruiz (D-N.M.) — who said “” — told: «",
        "「」「\n\n」 „“ ＂＂ ‘’ ``''",
        "“Hi,\u200b” she\u00a0said. “שלום,” he 😀 said\u202e.",
    ],
)
def test_positions_stay_inside_the_text(text: str, kind: str) -> None:
    for q in extract_quotes(document_from_text(text, "draft", kind)):
        assert 0 <= q.start < q.end <= len(text)
        assert (q.speaker_start is None) == (q.speaker_end is None)
        if q.speaker_start is not None and q.speaker_end is not None:
            assert 0 <= q.speaker_start < q.speaker_end <= len(text)
        assert q.line >= 1 and q.column >= 1
