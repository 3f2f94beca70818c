"""Transcripts set without quote marks: what review 25c found the reader of bare turns
taking for speech (figures, fields, timelines, datelines, quizzes), the names it gave the
labels, the lines it gave the labels' people, and regexes slow over a long run of letters.
Every text is invented."""

from __future__ import annotations

import time

import pytest

from quotecheck.extract.transcripts import NAME_RUN, full_name, in_role, interviewee


# Finding 4: linear over a long run of letters.
@pytest.mark.parametrize("run", ["A" * 5000, "Ab-" * 1700, "Aa" * 2500])
def test_name_regexes_stay_fast_over_a_long_run_of_letters(run: str) -> None:
    text = f"The moderator spoke. Desmond Okafor too. {run}\n\nQ: will you go\nA: yes we will go on\n"
    start = time.perf_counter()
    list(NAME_RUN.finditer(text))
    full_name(text, "Okafor", len(text) - 40)
    in_role(text, "moderator", len(text) - 40)
    interviewee(text, len(text) - 40)
    assert time.perf_counter() - start < 0.2
