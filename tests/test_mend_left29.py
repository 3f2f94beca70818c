"""Session 29 (branch s29-m-left): mends to the shapes of branch s29-left that a code-read
review found too wide.

1. "the official", "the executive", "the candidate" is not the one person given a post of
   that kind when the article brought in another holder nearby, by a plural or by "a", "an"
   or "another" before the noun ("A senior state official, who asked not to be named, said").
2. "and" inside a body's name joins by default ("the Office of Budget and Oversight"); the
   word after it speaks apart only as a person's name: a first and last name, or the surname
   of a person the article named ("Sara Brill … the Office of Mines and Brill said").
3. An author set off by commas after a paper must be a person or a body; after "from", a
   place, a month or a thing ("from Lisbon", "from last March", "from a locker") is where or
   when the paper came from, and the paper speaks.
4. "X was reminded of Y's pledge to “…”" keeps Y (a passive "reminded of" evokes, it does not
   tell); a work (a song, a film) is no event and speaks through "warns" or "reminds"; a
   muted subject gives no speaker rather than a span holding its verb.
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Governor Tam Orr signed the decree. A senior state official, who asked not to be named, "
            "said the cost would climb. “We are nervous,” the official said.",
            ["the official"],
        ),
        (
            "Mayor Ida Lorne hosted a Danish official on Tuesday. “The talks went well,” the official said.",
            ["the official"],
        ),
        (
            "Secretary Ivo Marsh arrived late on Friday. A ministry official briefed reporters. "
            "“Talks are stuck,” the official said.",
            ["the official"],
        ),
        (
            "Chairwoman Rita Voss opened the meeting. A junior executive at the bank later said margins "
            "were thin. “It is tight,” the executive said.",
            ["the executive"],
        ),
        (
            "Health officials gathered on Monday. Commissioner Rita Voss chaired the session. "
            "“We need more nurses,” the official said.",
            ["the official"],
        ),
        (
            "Governor Tam Orr met his guests. A U.N. official said the visit was brief. “It went fine,” the official said.",
            ["the official"],
        ),
        # neighbour: no other holder brought in, the one person given such a post
        (
            "Commissioner Tam Orr visited the plant on Monday. “The line is safe,” the official said.",
            ["Tam Orr"],
        ),
    ],
)
def test_an_unnamed_holder_since_blocks_the_post_of_kind(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The Office of Budget and Oversight said in a statement, “The audit is done.”",
            ["Office of Budget and Oversight"],
        ),
        (
            "“We will appeal,” the Agency for Disease Control and Prevention said.",
            ["Agency for Disease Control and Prevention"],
        ),
        (
            "The Institute of Art and Design has called the plan “a loss for students.”",
            ["Institute of Art and Design"],
        ),
        (
            "“No child will be left out,” the Ministry of Women and Family said on Monday.",
            ["Ministry of Women and Family"],
        ),
        # neighbours: a person after "and", known to the article or by a first and last name
        (
            "Sara Brill owns the quarry. The Office of Mines and Brill said the site was “secure.”",
            ["Sara Brill"],
        ),
        ("The Department of Labor and Maria Vos agreed that the rule was “unworkable.”", ["Maria Vos"]),
    ],
)
def test_and_joins_a_body_name_unless_a_person_follows(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The memo, from Lisbon, said the offer was “final.”", ["The memo"]),
        ("The letter, from last March, said, “We are grateful.”", ["The letter"]),
        ("The report, from Fenwick County, described the bridge as “sound.”", ["The report"]),
        ("The note, from a locker, read: “Gone fishing.”", ["The note"]),
        # neighbours: a person or a body sends it
        ("The statement, from the Harbor Commission, said the pier was “closed.”", ["Harbor Commission"]),
        ("The letter, from her doctor, said she was “fit to work.”", ["her doctor"]),
        ("The email, sent by Nina Hart, called the vote “a sham.”", ["Nina Hart"]),
    ],
)
def test_set_off_author_is_a_person_or_a_body(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Residents were reminded of Vos's promise to “fix every road.”", ["Vos"]),
        ("The crowd had been reminded of Lund's vow to “never quit.”", ["Lund"]),
        ("The song warns: “Don't look back.”", ["The song"]),
        ("The film reminds us: “Nothing lasts.”", ["The film"]),
        ("The storm warns: “Stay inside.”", [None]),
        # neighbour: an event tells no one words of its own
        ("The crash reminded him: “Slow down.”", [None]),
    ],
)
def test_reminded_of_and_works_that_warn(text: str, who: list[str | None]) -> None:
    assert speakers(text) == who
