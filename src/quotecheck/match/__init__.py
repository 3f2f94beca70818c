"""Matching: the best source span for each quote, with a word-level diff."""

from quotecheck.match.align import render_diff
from quotecheck.match.matcher import Matcher
from quotecheck.match.names import same_person

__all__ = ["Matcher", "render_diff", "same_person"]
