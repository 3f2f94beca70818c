"""Mends to two rules of session 27 (branch s27-m2-pron).

1. A he/she is not a person the quote names, unless no one else could be meant: a speaker
   who names herself in her own words ("My name is …", "I am …", a third-person boast) keeps
   the quote. A person the quote addresses ("Thank you, Ann,") or joins to the speaker's own
   I ("Ann and I agree") is never its speaker.
2. "the Xs" is a team only with evidence that the name is one (it was named after "the", as
   "the visiting Fenmoor Wanderers"); "the Adams campaign", "the Rivers family", "the Myers
   were absent" after a person of that surname leave her a person.
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a speaker who names herself -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Solveig Tarrant-Oduya opened the hearing. “My name is Solveig Tarrant-Oduya and I "
            "have farmed this valley for thirty years,” she told the panel.",
            "Solveig Tarrant-Oduya",
        ),
        (
            "Councillor Bram Okonjo-Lyle stood up last. “Nobody pushes Okonjo-Lyle around,” he "
            "said, grinning.",
            "Bram Okonjo-Lyle",
        ),
        (
            "The candidate, Marisol Veerkamp, taped a message for voters. “I am Marisol "
            "Veerkamp, and I will not be outspent,” she says in the clip.",
            "Marisol Veerkamp",
        ),
        (
            "Dagny Pruess-Amal answered the phone.\n\n“You have reached Dagny Pruess-Amal,” she "
            "said with a laugh. Later Ilse Varro joined her.",
            "Dagny Pruess-Amal",
        ),
    ],
)
def test_a_speaker_who_names_herself_keeps_her_quote(text: str, want: str) -> None:
    assert speakers(text)[0] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            # neighbour: another woman fits, so the one the quote names is not "she"
            "Runa Halvik-Osei chaired the meeting and praised Tamsin Oberlo.\n\n“Without Tamsin "
            "Oberlo the pier would have closed,” she said.",
            "Runa Halvik-Osei",
        ),
        (
            # neighbour: the widow quotes her late husband; he is not "she"
            "Edda Strommen-Kaye spoke of her late husband, Piet Strommen.\n\n“Piet always said "
            "the sea keeps its own time,” she said.",
            "Edda Strommen-Kaye",
        ),
    ],
)
def test_someone_else_the_quote_names_is_still_skipped(text: str, want: str) -> None:
    assert speakers(text)[0] == want


@pytest.mark.parametrize(
    "text",
    [
        # neighbours: a person addressed or joined to the speaker's "I" is never the speaker
        "Liesl Marrow-Tun met the press.\n\n“Thank you, Liesl,” she replied.",
        "Liesl Marrow-Tun met the press.\n\n“Liesl and I disagree on this,” she said.",
    ],
)
def test_a_person_the_quote_addresses_is_not_its_speaker(text: str) -> None:
    assert speakers(text)[0] != "Liesl Marrow-Tun"


# 2. "the Xs" is a team only with team evidence ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Yewande Harkins won the seat on Tuesday. The Harkins campaign had spent little.\n\n"
            "“We knocked on every door,” she said.",
            "Yewande Harkins",
        ),
        (
            "Radomir Ellings opened his bakery in May. The Ellings family has run shops here "
            "for decades.\n\n“Bread is in our blood,” he says.",
            "Radomir Ellings",
        ),
        (
            "Ximena Pollards lost her appeal. The Pollards were not in court. “I will keep "
            "fighting,” she said afterwards.",
            "Ximena Pollards",
        ),
    ],
)
def test_a_surname_in_s_after_the_stays_a_person(text: str, want: str) -> None:
    assert speakers(text)[-1] == want


def test_a_team_named_after_the_is_still_a_team() -> None:
    # neighbour: the name was introduced as "the visiting Quarry Rovers": a team, no "he"
    text = (
        "Goalkeeper Teodric Anwell-Sable saved two penalties against the visiting Quarry "
        "Rovers.\n\nHe said the Rovers had shot to his left all season.\n\n“I guessed right,” "
        "he said."
    )
    assert speakers(text)[-1] == "Teodric Anwell-Sable"
