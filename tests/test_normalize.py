"""Normalisation folds typography and keeps an exact map back to the original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.normalize import normalize, tokens

# Letters, typography that must fold, spaces of every kind, compatibility forms, entities.
PIECES = st.sampled_from(
    [
        "a", "B", "é", "word", "it’s", "‘", "’", "“", "”", '"', "'", "-", "--", "–", "—", "−",
        " ", "  ", "\n", "\t", "\u00a0", "\u200b", "\u00ad", "…", "...", ". . .", "[…]", "[...]",
        "ﬁ", "Ｗ", "²", "½", "&amp;", "&#39;", "&nbsp;", "[T]", "[the agency]", ".", ",", "?",
        "4", "19", "%", "(", ")", "日本",
    ]
)  # fmt: skip
TEXT = st.lists(PIECES | st.text(max_size=3), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.booleans())
def test_offset_map_is_exact_and_monotone(text: str, entities: bool) -> None:
    norm = normalize(text, entities=entities)
    assert len(norm.offsets) == len(norm.text) + 1
    assert len(norm.ends) == len(norm.text)
    assert norm.offsets[-1] == len(text)
    for i in range(len(norm.text)):
        assert 0 <= norm.offsets[i] < norm.ends[i] <= len(text)
        if i:
            assert norm.offsets[i - 1] <= norm.offsets[i]
            assert norm.ends[i - 1] <= norm.ends[i]


@settings(max_examples=300, deadline=None)
@given(TEXT, st.booleans())
def test_every_word_maps_back_to_text_that_normalizes_to_it(text: str, entities: bool) -> None:
    norm = normalize(text, entities=entities)
    for token in tokens(norm.text):
        start, end = norm.original_span(token.start, token.end)
        again = normalize(text[start:end], entities=entities).text
        # A compatibility form can expand to several words ("½" is "1⁄2"): the span covers it.
        assert token.text in again
        assert again == token.text or not text[start:end].isascii()


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_nothing_but_spacing_is_dropped(text: str) -> None:
    """Every visible character of the original is covered by some normalized character."""
    norm = normalize(text)
    covered = [False] * len(text)
    for i in range(len(norm.text)):
        for j in range(norm.offsets[i], norm.ends[i]):
            covered[j] = True
    for j, ch in enumerate(text):
        if not covered[j]:
            assert ch.isspace() or ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f"


def test_typography_folds_to_one_form() -> None:
    curly = normalize("“We won’t — ever — close it…” she said\u00a0 twice.")
    straight = normalize('"We won\'t - ever - close it..." she said twice.')
    assert curly.text == straight.text
    assert normalize("x -- y . . . z [...] w").text == "x - y … z … w"
    assert normalize("Tom &amp; Jerry&#39;s", entities=True).text == "Tom & Jerry's"
    assert normalize("Tom &amp; Jerry").text == "Tom &amp; Jerry"
    assert normalize("ﬁne Ｗork\u200bs").text == "fine Works"


def test_original_span_of_a_folded_phrase() -> None:
    text = "He said:\u00a0“It’s\n\n  done . . . for now”."
    norm = normalize(text)
    at = norm.text.index("It's done … for")
    start, end = norm.original_span(at, at + len("It's done … for"))
    assert text[start:end] == "It’s\n\n  done . . . for"


def test_tokens_keep_editorial_marks_apart() -> None:
    words = tokens(normalize("[T]his is [the agency]’s 40% … [sic] it’s").text)
    assert [w.key for w in words] == [
        "this", "is", "[the agency]", "s", "40", "percent", "…", "[sic]", "its",
    ]  # fmt: skip
    assert words[0].fixed and not words[0].bracketed
    assert words[2].bracketed
