"""Fullwidth quote marks (＂…＂) and CJK corner brackets (「…」 with 『…』 nested inside) are
quote marks. All text written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.extract.spans import find_spans


def spans(text: str) -> list[tuple[str, str, str]]:
    return [(text[s.start : s.end], s.open_mark, s.close_mark) for s in find_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("港の会長は「桟橋は開いたままです」と述べた。\n", [("桟橋は開いたままです", "「", "」")]),
        (
            "「桟橋は開いたまま」「船は戻る」と二人は言った。\n",
            [("桟橋は開いたまま", "「", "」"), ("船は戻る", "「", "」")],
        ),
        ("『港の歌』という本が出た。\n", [("港の歌", "『", "』")]),
        (
            "Ola Berg said: 「We stay until the boats return.」\n",
            [("We stay until the boats return.", "「", "」")],
        ),
    ],
)
def test_corner_brackets_are_quote_marks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "outer"),
    [
        ("彼女は「市長は『絶対に閉めない』と約束した」と話した。\n", "市長は『絶対に閉めない』と約束した"),
        ("会長は「『はい』と言いました」と語った。\n", "『はい』と言いました"),
        ("「船長は『戻る』と、『必ず』と書いた」\n", "船長は『戻る』と、『必ず』と書いた"),
    ],
)
def test_white_corner_brackets_nest_inside_corner_brackets(text: str, outer: str) -> None:
    """『…』 inside 「…」 is part of the outer quote: one span, never the inner one alone."""
    assert spans(text) == [(outer, "「", "」")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("他说＂我们明天走＂，然后离开了。\n", "我们明天走"),
        ("＂We will keep the pier open,＂ said Ola Berg.\n", "We will keep the pier open,"),
        ("Ola Berg said ＂the ferry is gone＂ and left.\n", "the ferry is gone"),
    ],
)
def test_fullwidth_quotation_marks_pair_up(text: str, words: str) -> None:
    assert spans(text) == [(words, "＂", "＂")]


def test_a_quote_in_fullwidth_marks_keeps_its_speaker_and_place() -> None:
    text = "The board met.\n\n＂We will keep the pier open,＂ said Ola Berg.\n"
    [quote] = extract_quotes(document_from_text(text, "story.txt"))
    assert (quote.text, quote.speaker, quote.line, quote.column) == (
        "We will keep the pier open,",
        "Ola Berg",
        3,
        2,
    )


def test_a_closing_corner_bracket_alone_opens_nothing() -> None:
    """Neighbour: a stray 」 or 』 (a closing glyph) is no opening mark."""
    assert spans("会長は」と言った。『\n") == []
    assert spans("“We go,” said Hale」 and left.\n") == [("We go,", "“", "”")]
