"""Session 28 (branch s28-names): names and titles joined by "of", "for", "on" and "and".

1. A body's name: "the Bank of Esterra", "Friends of the Vale River", "the Committee on Rural
   Affairs", "the Department of Parks and Trails" are one name, not "Bank" or "Rural".
2. An office's words before a name: "Secretary of Commerce Ivo Lund", "Speaker of the
   Assembly Tam Orr" are the person; "the Commissioner for Water, Bo Rask," is Bo Rask.
3. Narrative: such a name met outside a cue is registered whole (a later "Lund", "the
   bank", "it"); a body at a place preposition's object is a place, not registered.
4. A description with a place or body beside its role ("the Dunmore boss", "the Harbor
   Commission chairman", "the University of Calder's president") is the one holder named
   with those words around the name, in that sentence.
All names invented.
"""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We will not approve it,” the Bank of Esterra said.", "Bank of Esterra"),
        (
            "“Repairs will take a month,” the Department of Harbors said in a statement.",
            "Department of Harbors",
        ),
        (
            "“This bill starves the farms,” the Committee on Rural Affairs wrote.",
            "Committee on Rural Affairs",
        ),
        ("“It is a victory for the valley,” Friends of the Vale River said.", "Friends of the Vale River"),
        ("“We had no choice,” the Department of Parks and Trails says.", "Department of Parks and Trails"),
        ("The Bureau of Land and Water said the claim “has no merit.”", "Bureau of Land and Water"),
        ("“We regret the increase,” said the University of Calder.", "University of Calder"),
        ("The Institute for Civic Study called it “a fair reading.”", "Institute for Civic Study"),
    ],
)
def test_a_body_joined_by_a_preposition_is_one_name(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # neighbours: a person and the place or body the person is from, a person's noun
        ("“We are proud of our town,” Ada Fenn of Morrow Falls said.", "Ada Fenn"),
        ("“We need the bridge,” Sen. Ivo Lund of Esterra said.", "Ivo Lund"),
        ("“The count is final,” the Department of Harbors' Ada Fenn said.", "Ada Fenn"),
        ("“We will rebuild,” Bo Rask, director of the Office of Budget Review, said.", "Bo Rask"),
    ],
)
def test_a_person_before_or_after_a_joined_name_stays_the_speaker(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "Ida Marn was arrested Monday. “She is innocent,” a friend of Ida Marn said.",
        "Ida Marn was arrested Monday. “It was a mistake,” the mother of Ida Marn told reporters.",
        "“Nothing changed,” a lawyer for the Bank of Esterra said.",
    ],
)
def test_a_persons_noun_before_of_is_not_the_name_after_it(text: str) -> None:
    got = speakers(text)[0]
    assert got is not None and got.split()[0].lower() in ("a", "the"), got


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“The port is open,” Secretary of Commerce Ivo Lund said.", "Ivo Lund"),
        ("“We will return in March,” Speaker of the Assembly Tam Orr said.", "Tam Orr"),
        ("“The offer stands,” Minister of State for Trade Lia Venn said Tuesday.", "Lia Venn"),
        ("“It was a draft,” said Chief of Staff Oren Pike.", "Oren Pike"),
        ("Secretary of Health and Welfare Bo Rask said the rule “protects patients.”", "Bo Rask"),
        ("“We will appeal,” Attorney General for the Northern District Mia Tolk had said.", "Mia Tolk"),
        ("“Evacuate now,” Director of Emergency Services Rolf Anker urged.", "Rolf Anker"),
    ],
)
def test_an_offices_words_before_a_name_are_not_the_name(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We are rationing now,” the Commissioner for Water, Bo Rask, said.", "Bo Rask"),
        ("“It is balanced,” said the Secretary of the Treasury, Ivo Lund.", "Ivo Lund"),
        ("The Director for Rural Roads, Ada Fenn, wrote that the bridge was “unsafe.”", "Ada Fenn"),
    ],
)
def test_an_office_set_off_before_a_name_is_that_person(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_an_office_alone_names_no_one() -> None:
    # neighbour: no name after the office's words, nor a body's word ending them
    got = speakers("“We will decide in May,” the Commissioner for Water said.")
    assert got[0] is not None and got[0].lower().startswith("the commissioner"), got
    assert speakers("“We lost money,” said the CEO of Harbor Foods Group.") != ["Foods Group"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Secretary of Commerce Ivo Lund toured the plant. “We will keep it open,” Lund said.", "Ivo Lund"),
        ("Speaker of the Assembly Tam Orr closed the session. “Go home,” the speaker said.", "Tam Orr"),
        (
            "Secretary of Commerce Ivo Lund toured the plant. “It stays,” the commerce secretary said.",
            "Ivo Lund",
        ),
        (
            "The Bank of Esterra raised rates again. “Inflation is not beaten,” the bank said.",
            "Bank of Esterra",
        ),
        (
            "The Department of Harbors closed two piers. “Repairs will take a month,” it said.",
            "Department of Harbors",
        ),
    ],
)
def test_a_joined_name_in_narrative_is_registered_whole(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_a_joined_place_after_a_place_preposition_is_no_body() -> None:
    text = (
        "Dockworkers at the Port of Calder walked out. The Harbor Employers Association called it "
        "“damaging.” “We remain ready to talk,” the association said."
    )
    assert speakers(text)[-1] == "Harbor Employers Association"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Dunmore party boss Ivo Lund backed the slate on Monday. Rivals scoffed. "
            "“They will learn,” the Dunmore boss said.",
            "Ivo Lund",
        ),
        (
            "Bo Rask, chairman of the Harbor Commission, opposed the plan. Others were split. "
            "“It is too costly,” the Harbor Commission chairman said.",
            "Bo Rask",
        ),
        (
            "Mara Quill, president of the University of Calder, spoke at noon. Students cheered. "
            "“Tuition is frozen,” the University of Calder's president said.",
            "Mara Quill",
        ),
        (
            "Police Chief Tam Orr of Morrow Falls met the mayor. The talks were brief. "
            "“We agreed on nothing,” the Morrow Falls chief told reporters.",
            "Tam Orr",
        ),
    ],
)
def test_a_place_or_body_beside_a_role_is_read_around_the_holders_name(text: str, who: str) -> None:
    assert speakers(text) == [who]


def test_a_place_in_the_next_sentence_is_not_the_holders() -> None:
    text = (
        "Ivo Lund met voters with Sen. Ada Fenn of Calder. "
        "The Esterra senator told reporters he feels good, and “we will see.”"
    )
    assert speakers(text) != ["Ada Fenn"]


def test_the_body_word_of_a_joined_mention_keeps_its_span() -> None:
    assert mentions("“We will not approve it,” the Bank of Esterra said.") == ["the Bank of Esterra"]


def test_a_former_office_does_not_bar_the_candidate() -> None:
    text = (
        "Ivo Lund spoke first. Then the second contender at the lectern, former Secretary of Mines "
        "Ada Fenn, drew a contrast. “I take the warning seriously,” she said."
    )
    assert speakers(text) == ["Ada Fenn"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Rep. Ivo Lund, R-Texas, opened the hearing. Witnesses were late. "
            "“We waited an hour,” the Texas Republican said.",
            "Ivo Lund",
        ),
        ("Sen. Ada Fenn, D-Utah, spoke. “We want answers,” the Utah Democrat said.", "Ada Fenn"),
        ("Gov. Tam Orr, a Republican, vetoed the bill. “It was flawed,” the Republican said.", "Tam Orr"),
        ("Sen. Bo Rask (R-Idaho) filed the bill. “It is overdue,” the Republican told reporters.", "Bo Rask"),
    ],
)
def test_a_party_tag_or_party_word_gives_the_person_that_party(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        # neighbours: two of that party, or a party's body, leave the description as written
        "Gov. Tam Orr, a Republican, and Sen. Ivo Lund, a Republican, met. “It was useful,” the Republican said.",
        "The Republican Party met in Dunmore. “We are united,” the Republican said.",
    ],
)
def test_the_party_word_with_no_one_holder_stays_a_description(text: str) -> None:
    assert speakers(text) == ["the Republican"]
