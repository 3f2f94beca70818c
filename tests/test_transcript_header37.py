"""A transcript labelled by names in ordinary case keeps its title lines and stage directions."""

from __future__ import annotations

from quotecheck.sources.transcript import turns_of


def speakers(text: str) -> list[str | None]:
    return [t.speaker for t in turns_of(text)]


def test_a_title_line_over_named_turns_does_not_hide_the_turns() -> None:
    for header in (
        "Transcript: Westerby council meeting, 4 March 2026\n\n",
        "Harbour board hearing — evening session\n",
        "PUBLIC MEETING, 12 MAY\nRecorded by the clerk\n\n",
    ):
        text = header + "Vera Sal: We go tomorrow.\n\nIvo Lund: We stay until the vote.\n"
        assert speakers(text) == ["Vera Sal", "Ivo Lund"], header


def test_stage_directions_between_turns_are_kept_out_of_the_way() -> None:
    text = (
        "Nora Brisk: The ferry runs at six.\n[Applause]\n"
        "Tomas Ekdahl: Not on Sundays.\n(Laughter)\nNora Brisk: On Sundays too.\n"
    )
    assert speakers(text) == ["Nora Brisk", "Tomas Ekdahl", "Nora Brisk"]


def test_a_line_of_prose_still_says_the_file_is_no_transcript() -> None:
    assert speakers("The council met on Monday.\nVera Sal: We go.\nIvo Lund: We stay.") == []
    assert speakers("Harbour Fee: what the boats pay.\nFerry Pass: a ticket for a month.") == []
