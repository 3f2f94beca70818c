"""Matching: the best source span for each quote, with a word-level diff."""

from quotecheck.match.align import Matcher, render_diff, word_diff

__all__ = ["Matcher", "render_diff", "word_diff"]
