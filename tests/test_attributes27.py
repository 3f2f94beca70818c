"""Session 27 (branch s27-attr): a definite description resolves to the one person the
article gave that attribute, or to the person in focus when nothing else fits.

1. Registration records what the article says a person is: an age in a relative clause
   (", who is 45,"), a noun said of the name by a copula ("is a retired midwife"), a noun no
   list knows set off after the name (", a retired midwife,"). A later "the 45-year-old" or
   "the retired midwife" is that person, even far from the name.
2. A description of one person whose sentence has no named subject before it (a fronted
   participle, an inverted cue, a pronoun chain) stands for the person in focus, when the
   sentence before or its own names, quotes or opens on that person; not when someone else
   was named there, nor when the description carries that person's name as a modifier
   ("the Ortiz aide").
3. "the former minister", "the retired goalkeeper": a past role is the centre's own history,
   not someone the centre deals with; never a centre who holds the office now.
4. One description mention, one person: the quotes continuing it share its resolution, and
   the attribute it gave is recorded on the person.
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers

FILLER = (
    " Officials declined to comment on the figures, and the board meets again in March to"
    " decide on the budget for the new wing and the car park.\n\n"
)

# 1. attributes recorded at registration ------------------------------------------------


@pytest.mark.parametrize(
    ("intro", "later", "who"),
    [
        ("Priya Lund-Okoro, who is 45, has worked nights there.", "the 45-year-old said", "Priya Lund-Okoro"),
        ("Dara Velasquez-Obi, 61, ran it for a decade.", "the 61-year-old said", "Dara Velasquez-Obi"),
        ("Local 61-year-old Dara Velasquez-Obi ran it.", "the 61-year-old said", "Dara Velasquez-Obi"),
        (
            "Edna Kofi-Marsh is a retired midwife who has volunteered there.",
            "the retired midwife said",
            "Edna Kofi-Marsh",
        ),
        ("Edna Kofi-Marsh, a retired midwife, was there.", "the midwife said", "Edna Kofi-Marsh"),
        ("Ivo Santos-Kale, who was 38, ran the stall.", "the 38-year-old added", "Ivo Santos-Kale"),
    ],
)
def test_a_recorded_attribute_names_its_person_far_away(intro: str, later: str, who: str) -> None:
    text = f"The ward was full again. {intro}{FILLER}“We are exhausted,” {later}."
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        # two people given the same age
        "The fair opened. Ayo Brand-Kessler, 29, and his sister, Mira Brand-Kessler, 29, run the"
        f" stalls.{FILLER}“It was a long night,” the 29-year-old said.",
        # an age given to a thing, not a person
        "The court struck down the 50-year-old statute. Lawyers had argued for years."
        f"{FILLER}“It was out of date,” the 50-year-old said.",
        # a person given the age without a name
        "Nobody was hurt. A 52-year-old driver was taken to hospital as a precaution, police said."
        f"{FILLER}“I never saw the other car,” the 52-year-old said.",
    ],
)
def test_no_single_named_holder_keeps_the_description(text: str) -> None:
    said = speakers(text)
    assert said[-1] is not None and said[-1].lower().startswith("the ")


# 2. the person in focus ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a fronted participle before the description
        (
            "Nadia Oyelowo-Finch said the ruling could be appealed. Pressed on whether it would"
            " stand, the 52-year-old replied: “We will see what happens.”",
            "Nadia Oyelowo-Finch",
        ),
        # the sentence before quotes the person with an inverted cue
        (
            "“We warned them,” said Ivo Brandt-Lessing, head of the dockers. The 47-year-old said"
            " workers had raised it “many times over.”",
            "Ivo Brandt-Lessing",
        ),
        # a pronoun chain between
        (
            "Ruth Okafor-Lind thanked the volunteers. “They kept us going,” she said. She paused."
            " Pressed on the funding, the 57-year-old replied: “We will manage.”",
            "Ruth Okafor-Lind",
        ),
        # the person's own quote just before, another cue verb
        (
            "In the dressing room, Kwame Obi-Larsen took the blame. “I was too slow,” he said."
            " The 31-year-old, who scored twice, added that he had seen the tackle “far too late.”",
            "Kwame Obi-Larsen",
        ),
    ],
)
def test_a_description_with_no_subject_before_is_the_person_in_focus(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


@pytest.mark.parametrize(
    "text",
    [
        # someone else named in the sentence before
        "Sam Ortiz-Berg said Manuel Dray-Koh would lead the review. Speaking later, the"
        " 61-year-old said: “It will be thorough.”",
        # the focus's own name is a modifier of the description
        "Carla Ortiz-Wren left the hall early. Speaking later, the Ortiz aide said: “It went well.”",
        # the focus not spoken of in the sentence before
        "Tom Alder-Kass opened his shop. The rain had not stopped for a week and the river rose."
        " Speaking later, the 58-year-old said: “It is over.”",
        # a person named right after the description, with a title of lower-case words
        "Tom Alder-Kass said he expected to win. The third candidate, shop owner Ivo Lind-Aas,"
        " said both rivals were “selling a dream.”",
        # a body named right after the description
        "Power was restored by noon, according to the water board, Riverside Water, which says"
        " pipes will be checked “before the weekend.”",
    ],
)
def test_the_focus_is_not_taken_when_the_text_points_elsewhere(text: str) -> None:
    said = speakers(text)[-1]
    assert said not in ("Manuel Dray-Koh", "Sam Ortiz-Berg", "Carla Ortiz-Wren", "Tom Alder-Kass")


# 3. a past role --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Pavel Ostrowski-Kane lost the seat he had held for a decade. Speaking to supporters,"
            " the former minister said the result was “fair, and I accept it.”",
            "Pavel Ostrowski-Kane",
        ),
        (
            "Voters backed Ilse Marrow-Quinn on Friday. Campaigning later, the ex-minister said the"
            " result was “a clear mandate.”",
            "Ilse Marrow-Quinn",
        ),
        (
            "Greta Pelling-Moor, who has run the allotment society for ten years, said the plan was"
            " a mistake. The retired teacher, 71, added: “They never asked us.”",
            "Greta Pelling-Moor",
        ),
    ],
)
def test_a_past_role_describes_the_centre(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


def test_a_former_holder_is_not_the_current_one() -> None:
    text = (
        "Mayor Hana Rowe-Patel opened the bridge. Speaking at the ribbon, the former mayor said"
        " it was “long overdue.”"
    )
    assert speakers(text) == ["the former mayor"]


# 4. one mention, one person --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Greta Olsen-Ruiz won the final. “I cried,” the 24-year-old said. “Then I laughed.”",
            "Greta Olsen-Ruiz",
        ),
        (
            "Shopkeepers were angry. Standing outside his bakery, Tom Alder-Kass said he had moved"
            " his ovens twice. “Nobody came,” the 58-year-old said. “Not once.”",
            "Tom Alder-Kass",
        ),
        (
            "Ines Varga-Holt lost the seat. “It is over,” the former minister told reporters. “I accept it.”",
            "Ines Varga-Holt",
        ),
    ],
)
def test_a_continued_description_keeps_its_person(text: str, who: str) -> None:
    assert speakers(text) == [who, who]


def test_a_resolved_description_is_recorded_on_its_person() -> None:
    text = (
        "Shopkeepers were angry. Tom Alder-Kass said he had moved his ovens twice. “Nobody"
        f" came,” the 58-year-old said.{FILLER}“This is my home,” the 58-year-old said later."
    )
    assert speakers(text) == ["Tom Alder-Kass", "Tom Alder-Kass"]


# 5. a pronoun after a fronted phrase keeps the focus; a definite description brings in no one new


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Coach Helle Brandt-Oyo praised the side. “They fought,” she said. Asked about the"
            " youngster, she was careful. “He has a lot to learn,” the 44-year-old said.",
            "Helle Brandt-Oyo",
        ),
        (
            "Coach Ivo Marsh-Lund praised the side. “They fought,” he said. Pressed on the striker,"
            " he shrugged. “The lads will be fine,” the 51-year-old told reporters.",
            "Ivo Marsh-Lund",
        ),
        (
            "Rita Olsen-Kaur lost the final. “It hurts,” she said. Later, she smiled. Asked about the"
            " final, the 27-year-old said: “It was close.”",
            "Rita Olsen-Kaur",
        ),
    ],
)
def test_a_pronoun_after_a_fronted_phrase_keeps_the_focus(text: str, who: str) -> None:
    assert speakers(text)[-1] == who


@pytest.mark.parametrize(
    "text",
    [
        # someone new, brought in with an indefinite article, in the sentence before
        "Coach Helle Brandt-Oyo praised the side. At the gate, a young steward was handing out"
        " leaflets she had printed. “They fought,” the 44-year-old said.",
        "Coach Ivo Marsh-Lund praised the side. Asked about a youngster on loan, he was careful."
        " “He has a lot to learn,” the 51-year-old said.",
    ],
)
def test_someone_new_in_the_sentence_before_keeps_the_description(text: str) -> None:
    said = speakers(text)[-1]
    assert said is not None and said.startswith("the ")
