"""Readers merged in session 29: one reader for a shape that two readers used to test."""

from __future__ import annotations

import quotecheck.extract.mentions as mentions
import quotecheck.extract.resolution as resolution
from quotecheck.extract.names import AGE


def test_one_age_pattern_reads_a_persons_age_as_a_word() -> None:
    # mentions.AGE and names.AGE_WORD were two patterns for "the 57-year-old"; one is left
    assert AGE.fullmatch("57-year-old") and AGE.fullmatch("9-year-old") and AGE.fullmatch("101-year-old")
    assert not AGE.fullmatch("1500-year-old")  # a temple's age, never a person's
    assert not AGE.fullmatch("year-old") and not AGE.fullmatch("57-year-olds")
    assert not hasattr(mentions, "AGE") or mentions.AGE is AGE
    assert resolution.AGE is AGE
