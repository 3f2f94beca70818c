"""Session 30, the name behind a description: a description set before a name in the middle
of a sentence ("joined by the retired police chief, Al Roe.") gives that person the role, so
"the retired chief" later is that person, when nothing after the name lists someone else
beside it (a stop, an age, a who-clause, the name's own verb, or another described person);
and "retired"/"onetime" before a role makes its holder a former one ("the former judge").
Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers

SAID = '\n\n"We will keep going," said {}.\n'


@pytest.mark.parametrize(
    ("lead", "description", "expected"),
    [
        ("She was joined at the podium by the retired police chief, Anton Pellworth. The mayor spoke first.",
         "the retired chief", "Anton Pellworth"),
        ("Among those in the hall was a retired teacher, Hilde Marrow, 71, who had voted for him twice.",
         "the retired teacher", "Hilde Marrow"),
        ("The point was seized on by the transport minister, Graham Pettifor, who told MPs that the audit cleared him.",
         "the minister", "Graham Pettifor"),
        ("In the river town, the mayor, Rosa Tendler, said the clinic had been moved uphill.",
         "the mayor", "Rosa Tendler"),
        ("Watching from the gallery was a farmer, Hywel Brant, whose family has worked the land for a century.",
         "the farmer", "Hywel Brant"),
        ("The mayor, Rosa Tendler, and the sheriff, Ken Obi, toured the flooded streets.",
         "the sheriff", "Ken Obi"),
    ],
)  # fmt: skip
def test_description_set_before_a_name_mid_sentence(lead: str, description: str, expected: str) -> None:
    assert speakers(lead + SAID.format(description))[-1] == expected


@pytest.mark.parametrize(
    ("lead", "description", "expected"),
    [
        ("The governor was flanked by her campaign chairman, retired justice Tobias Wendle, on the steps.",
         "the former justice", "Tobias Wendle"),
        ("The panel is led by retired judge Amara Kestrel, who sat on the bench for thirty years.",
         "the former judge", "Amara Kestrel"),
        ("The review was handed to onetime commissioner Pavel Drosdov last spring. It ran to 300 pages.",
         "the former commissioner", "Pavel Drosdov"),
    ],
)  # fmt: skip
def test_retired_before_a_role_makes_a_former_holder(lead: str, description: str, expected: str) -> None:
    assert speakers(lead + SAID.format(description))[-1] == expected


@pytest.mark.parametrize(
    ("lead", "description"),
    [
        # the name is the one after "of", not the described person's
        ("The coach's rival and the captain of the side, Ana Ruiz, was not at the ground.", "the coach"),
        # a list: the name may be anyone's in it
        ("She thanked the coach, the captain, Ines Varga and Tom Lee before the final.", "the coach"),
        ("The petition was signed by a pharmacist and by a local farmer, Dara Quill, and Bram Olsen.",
         "the pharmacist"),
        # a person never named
        ("Nobody from the department would comment on the report.", "the retired chief"),
    ],
)  # fmt: skip
def test_description_left_as_is(lead: str, description: str) -> None:
    assert speakers(lead + SAID.format(description))[-1] == description


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Mr. Justice Anand Okoro on Tuesday sentenced the former minister to six years.", "Anand Okoro"),
        ("Mrs Justice Miriam Okoro has presided over the case since its first hearing.", "Miriam Okoro"),
        ("Justice Miriam Okoro, who has presided since 2023, adjourned the case until May.", "Miriam Okoro"),
        # two justices, another judge in view, a department: no one judge
        ("Justice Miriam Okoro and Justice Ivo Brandt heard the appeal together.", "the judge"),
        (
            "Justice Miriam Okoro heard the appeal. A judge from another court sat in the gallery.",
            "the judge",
        ),
        ("The Justice Department, led by Attorney General Ivo Brandt, filed the case.", "the judge"),
    ],
)
def test_the_judge_after_a_justice(lead: str, expected: str) -> None:
    assert speakers(lead + SAID.format("the judge"))[-1] == expected
