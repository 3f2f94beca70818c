"""Who a name stands for, added in session 20, each run through the real extractor on
invented news prose in several variations, with neighbours that must not change:

1. a bare surname keeps standing for the person the story called by it alone (or quoted
   under the full name), when a namesake is named since in passing ("her brother, Ben
   Moss,"); with no such person it stands for the namesake named last.
"""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    """The speaker of every quotation in ``text``, in order."""
    return [q.speaker for q in extract_quotes(document_from_text(text, "story.txt"))]


# 1. a namesake named in passing does not take the surname -----------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the surname used alone, then a brother named as an object
            "Carla Moss runs the ferry. Moss said the timetable would change. She called her "
            "brother, Ben Moss, to ask for help.\n\n“We will sail at dawn,” Moss said.\n",
            "Carla Moss",
        ),
        (  # a cousin named after "by", in an appositive
            "Ida Vance chairs the board. Vance has led it for years. The vote was seconded by "
            "Paul Vance, a cousin.\n\n“The budget passes,” Vance said.\n",
            "Ida Vance",
        ),
        (  # the surname first used for her as a speaker, then a husband named in a paragraph of his own
            "Ann Lee chairs the council. “We meet on Friday,” Lee said.\n\nHer husband, Tom Lee, "
            "runs the bakery.\n\n“Bread prices will rise,” Lee said.\n",
            "Ann Lee",
        ),
        (  # a title before the namesake
            "Rosa Dahl leads the dockers' union. Dahl called the strike on Monday. The mediator, "
            "Judge Erik Dahl, is her cousin.\n\n“We hold out until spring,” Dahl said.\n",
            "Rosa Dahl",
        ),
    ],
)
def test_a_namesake_named_in_passing_leaves_the_surname(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_with_no_one_called_by_the_surname_it_means_the_one_named_last() -> None:
    text = "Ada Moss runs the ferry. Ben Moss said the council was late. Moss says “the boats will wait.”\n"
    assert speakers(text) == ["Ben Moss"]


def test_a_namesake_quoted_under_the_full_name_takes_the_surname() -> None:
    text = (
        "Ann Lee chairs the council. “We meet on Friday,” Lee said.\n\nTom Lee, her husband, runs "
        "the bakery. “Bread prices will rise,” Tom Lee said.\n\n“Flour costs twice as much,” Lee said.\n"
    )
    assert speakers(text) == ["Ann Lee", "Tom Lee", "Tom Lee"]
