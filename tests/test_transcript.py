"""Speaker labels in transcripts: every script's capitals, party tags, titles, Q/A."""

from __future__ import annotations

from quotecheck.sources.transcript import turns_of

TRANSCRIPT = """\
Town hall, 12 May

SEN. JOHN SMITH: We are not cutting the bus routes.
Note: the mayor arrived late.

JOSÉ NÚÑEZ: The routes were cut last year.

HARRIS D-OHIO.: I voted against that budget.

Q: Will fares rise?
A: Not this year.
"""


def test_turns_keep_their_speakers() -> None:
    turns = turns_of(TRANSCRIPT)
    assert [t.speaker for t in turns] == ["John Smith", "José Núñez", "Harris", "Q", "A"]
    first = TRANSCRIPT[turns[0].start : turns[0].end]
    # A sentence with a colon is part of the turn, not a new speaker.
    assert first.startswith("We are not cutting the bus routes.\nNote: the mayor arrived late.")
    assert TRANSCRIPT[turns[2].start : turns[2].end].strip() == "I voted against that budget."


def test_prose_with_one_colon_is_not_a_transcript() -> None:
    assert turns_of("Update: the council met.\nIt voted to keep the routes.") == ()
