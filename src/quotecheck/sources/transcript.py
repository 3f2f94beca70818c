"""Speaker-labelled transcripts: ``SMITH:``, ``SEN. JOHN SMITH:``, ``Q:``/``A:`` turns."""

from __future__ import annotations

import re

from quotecheck.extract.lexicon import TITLES
from quotecheck.model import Turn

LABEL = re.compile(
    r"^[ \t]*(?P<label>(?:[A-Z][A-Z.'’-]*\.?[ \t]+){0,4}[A-Z][A-Z'’-]+|Q|A)[ \t]*:[ \t]*",
    re.M,
)


def turns_of(text: str) -> tuple[Turn, ...]:
    """The turns of a transcript; empty when fewer than two labelled turns are found."""
    labels = list(LABEL.finditer(text))
    if len(labels) < 2:
        return ()
    turns = []
    for i, m in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        turns.append(Turn(m.end(), end, speaker_name(m.group("label"))))
    return tuple(turns)


def speaker_name(label: str) -> str:
    """``SEN. JOHN SMITH`` → ``John Smith``: titles dropped, case made readable."""
    words = [w for w in label.split() if not w.endswith(".")] or label.split()
    while len(words) > 1 and words[0].lower() in TITLES:
        words = words[1:]
    return " ".join(w.capitalize() if w.isupper() else w for w in words)
