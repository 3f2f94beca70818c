"""A name set off after a description's phrases, opened by a rank or title written without
its period (session 35). Invented passages.

"said the officer in charge at the scene, Sgt Tova Fenwick" gave "the officer": a name after
the description's own phrases must read as a person's (a known first name or a title), and
the British ranks written bare ("Sgt", "Det Insp") and "Cllr" were not read as titles, so
an unknown first name lost the name. A place after the phrases still stays the place's."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

NAMED = [
    (
        "“It was the worst night of my life,” said the officer in charge at the scene, Sgt Tova Fenwick.",
        "worst night",
        "Fenwick",
    ),
    (  # another rank, two words, the cue after the name
        "“Nobody was hurt,” the duty officer at the station on Friday, Det Insp Ryn Halloway, said.",
        "Nobody was hurt",
        "Halloway",
    ),
    (  # a council title, an "on" phrase, past perfect aside
        "“The numbers simply do not add up,” said the leader of the group on the council, Cllr Jory Ormerod.",
        "do not add up",
        "Ormerod",
    ),
    (  # another cue verb
        "“We will reopen the road,” added the head of the crew at the depot, Supt Wenna Trask.",
        "reopen the road",
        "Trask",
    ),
]

NEIGHBOURS = [
    (  # a town after the phrases is the town's name, no person's
        "“We have nowhere else to go,” said the manager of the shelter in the town, Carrow.",
        "nowhere else",
        "the manager",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), NAMED + NEIGHBOURS)
def test_name_after_description_with_bare_title(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
