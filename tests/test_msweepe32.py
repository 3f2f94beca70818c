"""Mends to the session-32 sweep (a code review of its merge).

- A clause set against the first with "but" hands the he or she after the sentence to its
  own subject only when that subject shows it speaks (a verb of speech, "was" + an adjective
  of mood) or the first subject withheld its words; a second clause that withholds them
  ("declined to comment", "did not respond", "could not be reached") or says nothing of
  speech ("crashed", "kept his job") leaves the pronoun with the first subject.
- A semicolon or "whereas" sets two parallel clauses side by side: the pronoun stays with
  the first subject unless that one withheld its words ("said nothing; … shouted").
- A second subject with a preposition phrase after it ("a lawyer for the owner, Jack Ross,")
  hands nothing on: the name set off after the phrase is its object's (Ross is the owner),
  not the subject's.
- A club's head word ("Albion", "United") makes a body only after another capitalised word
  that is no given name: "Mark Albion" is a person.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# ---- a second clause that withholds words keeps the pronoun with the first subject ----
WITHHELD_SECOND = [
    (
        "Felix Morrow is suing the council, but Bruno Lattimer declined to comment. “I was hounded out,” he said.",
        "hounded out",
        "Felix Morrow",
    ),
    (
        "Greta Varley welcomed the ruling, but Ingrid Solberg could not be reached on Monday. "
        "“It is over at last,” she told the Gazette.",
        "over at last",
        "Greta Varley",
    ),
    (
        "Owen Castell was sacked by Leon Petch in May. Castell has appealed against the ban, but Petch "
        "has not responded. He said in a statement that he had been “made a scapegoat.”",
        "scapegoat",
        "Owen Castell",
    ),
    (
        "Harriet Lowe, a nurse, plans to sue, but her former manager, Ruth Acland, was not available "
        "for comment. “They knew what was happening,” she added.",
        "knew what was",
        "Harriet Lowe",
    ),
]

WITHHELD_SECOND_NEIGHBOURS = [
    # the first withholds and the second shows a mood: the second speaks
    (
        "Felix Morrow declined to comment, but Bruno Lattimer was scathing. “It was a stitch-up,” he said.",
        "stitch-up",
        "Bruno Lattimer",
    ),
    (
        "The referee, Martha Quill, left without speaking, but Fiona Daley was less restrained. "
        "“We were robbed,” she said.",
        "robbed",
        "Fiona Daley",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), WITHHELD_SECOND + WITHHELD_SECOND_NEIGHBOURS)
def test_withholding_second_clause_keeps_first_subject(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- "but" with no sign that the second subject speaks ----
NO_SPEECH_SECOND = [
    (
        "Victor Amsel won the sprint, but Paul Rennick crashed on the final bend. “I felt strong all day,” he said.",
        "felt strong",
        "Victor Amsel",
    ),
    (
        "Jane Corrie lost her home in the flood, but Nina Pascoe escaped unhurt. "
        "“I have nothing left,” she said.",
        "nothing left",
        "Jane Corrie",
    ),
    (
        "Keith Dorran was made redundant in March, but Leon Petch kept his job. “It still stings,” he added.",
        "still stings",
        "Keith Dorran",
    ),
]

NO_SPEECH_SECOND_NEIGHBOURS = [
    (
        "Victor Amsel praised the riders, but Paul Rennick was furious. “The course was dangerous,” he said.",
        "course was dangerous",
        "Paul Rennick",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), NO_SPEECH_SECOND + NO_SPEECH_SECOND_NEIGHBOURS)
def test_second_clause_without_speech_keeps_first_subject(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- a semicolon or "whereas": parallel clauses ----
PARALLEL = [
    (
        "Mark Tennant pleaded guilty; Paul Hoskin did not enter a plea. “I am truly sorry,” he said.",
        "truly sorry",
        "Mark Tennant",
    ),
    (
        "Greta Varley wants the mill demolished, whereas Martha Quill thinks it can be saved. "
        "“It is a danger to children,” she said.",
        "danger to children",
        "Greta Varley",
    ),
    (
        "Keith Dorran voted for the merger; Leon Petch abstained. “It was the only sensible course,” he told reporters.",
        "only sensible",
        "Keith Dorran",
    ),
]

PARALLEL_NEIGHBOURS = [
    (
        "Mark Tennant said nothing; Paul Hoskin shouted at the jury. “You have ruined my life,” he said.",
        "ruined my life",
        "Paul Hoskin",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PARALLEL + PARALLEL_NEIGHBOURS)
def test_parallel_clauses_keep_first_subject(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- a name set off after a preposition phrase names the preposition's object ----
PREPOSITION_APPOSITIVE = [
    (
        "Owen Castell has vowed to appeal, but a spokesman for the chairman, Keith Dorran, was scornful. "
        "“I was never given a reason,” he said.",
        "never given a reason",
        "Owen Castell",
    ),
    (
        "Harriet Lowe has vowed to fight on, but a spokeswoman for the mayor, Ruth Acland, did not respond. "
        "“I will not be silenced,” she said.",
        "not be silenced",
        "Harriet Lowe",
    ),
    (
        "Owen Castell wants his job back, but an aide to the chairman, Keith Dorran, could not be reached. "
        "“I was never given a reason,” he told the Herald.",
        "never given a reason",
        "Owen Castell",
    ),
]

PREPOSITION_APPOSITIVE_NEIGHBOURS = [
    (
        "Owen Castell declined to comment, but his coach, Keith Dorran, was furious. “He was kicked all game,” he said.",
        "kicked all game",
        "Keith Dorran",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "expected"), PREPOSITION_APPOSITIVE + PREPOSITION_APPOSITIVE_NEIGHBOURS
)
def test_name_after_preposition_phrase_is_not_the_subject(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- a club's head word as a person's surname ----
CLUB_SURNAME = [
    (
        "Mark Albion is an economist at Fenwick Bank. “The market has turned,” he said.",
        "market has turned",
        "Mark Albion",
    ),
    (
        "Fiona United, 52, runs a bakery in Kelso. “We cannot keep up with orders,” she said.",
        "keep up with",
        "Fiona United",
    ),
    (
        "Paul Albion, a retired pilot, watched the display from his garden. “It brought back memories,” he said.",
        "brought back",
        "Paul Albion",
    ),
]

CLUB_SURNAME_NEIGHBOURS = [
    (
        "Leon Petch signed for Ennisford Athletic in June. Athletic finished fourth last season. "
        "“I want to win things,” he said.",
        "win things",
        "Leon Petch",
    ),
    (
        "Keith Dorran joined Calder Wanderers last week. Wanderers have not won since August. "
        "“It will take time,” he said.",
        "take time",
        "Keith Dorran",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), CLUB_SURNAME + CLUB_SURNAME_NEIGHBOURS)
def test_club_head_after_given_name_is_a_surname(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
