"""Transcript turns and signed blocks get their person (issue 11, item 5): a label whose
person the article names in full only after the transcript, a roundup entry signed on a
bracketed venue line, and a Q&A answer that ends by asking. All sentences are invented."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def said(text: str) -> list[tuple[str, str | None]]:
    quotes = extract_quotes(document_from_text(text, "story.txt"))
    return [(q.text.split()[0], q.speaker) for q in quotes]


def speakers_of(text: str, kind: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(document_from_text(text, "story.txt")) if q.kind == kind]


# --- a label resolved to a full name the article gives after the transcript ---------------

AFTER_BLOCK = [
    # caps surnames, the full names in the report that follows
    (
        "The two candidates for the harbour seat met on Monday. An excerpt follows.\n\n"
        "PELLWORM: The ferry is late every single week and nobody is sacked.\n\n"
        "TARASCONI: That is not true, and you know it is not true.\n\n"
        "PELLWORM: Then show me the timetable you are so proud of.\n\n"
        "Afterwards, Councillor Edna Pellworm said she had made her case. Her rival, the "
        "shipping agent Bruno Tarasconi, was less sure.\n",
        {"Edna Pellworm", "Bruno Tarasconi"},
    ),
    # a title before the surname in the label, the full name in an aside later
    (
        "What follows is part of the committee's session on the grain silos.\n\n"
        "SEN. OKWUOSA: Who signed off on the second silo?\n\n"
        "DR. FENWICK-LAHTI: I did, and I would sign it again tomorrow.\n\n"
        "SEN. OKWUOSA: Even after the cracks were found?\n\n"
        "The engineer, Dr. Maren Fenwick-Lahti, later told reporters the cracks were cosmetic. "
        "Senator Ifeoma Okwuosa disagreed.\n",
        {"Ifeoma Okwuosa", "Maren Fenwick-Lahti"},
    ),
    # quoted turns, the names given in the next paragraph's reporting
    (
        "The recording, made at the depot in May, runs as follows.\n\n"
        "“HADLEY: Are the buses ready or not?\n\n"
        "“GRUNWALD: Two of them are. The third has no brakes.\n\n"
        "“HADLEY: Then we do not send the third one out.”\n\n"
        "Depot manager Ruth Hadley confirmed the exchange. Mechanic Piet Grunwald declined "
        "to comment.\n",
        {"Ruth Hadley", "Piet Grunwald"},
    ),
]


@pytest.mark.parametrize(("text", "people"), AFTER_BLOCK)
def test_a_label_takes_the_full_name_given_after_the_block(text: str, people: set[str]) -> None:
    assert set(speakers_of(text, "transcript")) == people


def test_a_surname_two_people_share_after_the_block_stays_as_written() -> None:
    text = (
        "An excerpt of the tenants' meeting follows.\n\n"
        "VARGA: The boiler has been broken since October.\n\n"
        "OSTROWSKI: We ordered the part. It has not come.\n\n"
        "VARGA: You say that every month.\n\n"
        "Tenant Ilona Varga and her neighbour Tomas Varga both signed the complaint; landlord "
        "Jerzy Ostrowski did not reply.\n"
    )
    assert set(speakers_of(text, "transcript")) == {"Varga", "Jerzy Ostrowski"}


def test_a_name_before_the_block_wins_over_one_after() -> None:
    text = (
        "Moderator Lina Quist put the questions to the two finalists.\n\n"
        "QUIST: What is the first thing you would change?\n\n"
        "BRANNIGAN: The parking fees. They are a disgrace.\n\n"
        "QUIST: And the second?\n\n"
        "Later, a reader named Oskar Quist wrote in to complain about Dale Brannigan.\n"
    )
    assert speakers_of(text, "transcript")[0] == "Lina Quist"


def test_a_colon_headline_is_no_label() -> None:
    text = (
        "Harbour Debate: Ferries, Fees and Flood Walls\n\n"
        "The two candidates clashed over the ferries. “It is a scandal,” said Edna Pellworm.\n"
    )
    quotes = extract_quotes(document_from_text(text, "story.txt"))
    assert [q.kind for q in quotes] == ["quote"]
    assert quotes[0].speaker == "Edna Pellworm"


# --- a roundup entry signed on a bracketed venue line --------------------------------------

BRACKETED = [
    "Coach Defends Team Selection\n“We picked the players who were fit. That is all there is to it.”\n"
    "[Gunnar Ellefsen-Baptiste, head coach of the Rivermouth Otters, after Saturday's match]\n",
    "Minister on Rail Fares\n“Nobody likes paying more. Nobody likes a railway that falls apart either.”\n"
    "(Transport Minister Odile Kwarteng-Laine, in a radio interview)\n",
    "Baker Speaks Out\n\n“Flour doubled in price. What did people expect me to do?”\n\n"
    "[Teodor Ismaili, who runs a bakery on Quay Street, to the Harbour Post]\n",
    "Astronomer Is Pleased\n“The sky was clear for once, and we saw everything.”\n"
    "[Prof. Nadia Osei-Brandt, speaking at the observatory's open night]\n",
]


@pytest.mark.parametrize("text", BRACKETED)
def test_a_bracketed_venue_line_signs_the_quote_above(text: str) -> None:
    speaker = speakers_of(text, "quote")[0]
    assert speaker is not None and speaker.split()[-1] in text.split("\n")[-2]


@pytest.mark.parametrize(
    "line",
    ["[Laughter]", "(Applause from the floor)", "[Translated from the Norwegian]"],
)
def test_a_bracketed_stage_line_signs_nothing(line: str) -> None:
    text = f"The Week\n“We will not give up on the pier.”\n{line}\n"
    assert speakers_of(text, "quote") == [None]


def test_a_bracketed_venue_alone_leaves_the_quote_to_its_headline() -> None:
    text = "Ferry Boss Ilse Brekke Says Boats Are Ready\n“Every boat will sail this winter.”\n[Eastport Gazette]\n"
    speaker = speakers_of(text, "quote")[0]
    assert speaker is not None and speaker.endswith("Ilse Brekke")  # the headline's, as before


# --- a Q&A answer that ends with a question mark ------------------------------------------

QA_INTRO = (
    "Corentin Abara-Moss, 58, has kept bees on city rooftops for twenty years. He talked to us "
    "about swarms, stings and neighbours.\n\n"
)
ASKING_ANSWERS = [
    "Why did you start keeping bees?\n\n"
    "My grandmother kept them. When she died nobody wanted the hives. Was I going to let them go?\n\n",
    "Do you get stung often?\n\n"
    "Twice a week in summer. I hardly notice it now. Would you believe I am allergic to wasps?\n\n",
    "How did the neighbours take it?\n\n"
    "Badly, at first! One of them called the council. Who could blame her?\n\n",
]


@pytest.mark.parametrize("asking", ASKING_ANSWERS)
def test_an_answer_ending_with_a_question_is_the_interviewees(asking: str) -> None:
    text = (
        QA_INTRO
        + asking
        + "What do the bees need most?\n\nFlowers. I plant lavender on every roof I use.\n\n"
        + "What would you tell a beginner?\n\nStart with one hive. I wish I had.\n"
    )
    answers = [s for s in speakers_of(text, "transcript") if s is not None]
    assert answers == ["Corentin Abara-Moss"] * 3


def test_two_one_sentence_questions_in_a_row_are_no_question_and_answer() -> None:
    text = (
        "Readers asked us about the bridge closure this week.\n\n"
        "When will the bridge open?\n\nWhy was it shut in the first place?\n\n"
        "Who pays for the repairs?\n\nWill the buses run instead?\n"
    )
    assert speakers_of(text, "transcript") == []


def test_an_owners_name_is_no_interviewee() -> None:
    """ "St. Ode's Clinic" names a clinic, not a second person told of alike."""
    text = (
        "Dr. Halima Strand-Oduya, 51, is a nurse at St. Ode's Clinic who has studied night shifts. "
        "Her clinic cut overnight checks by half. She spoke to us about sleep.\n\n"
        "Why did you study it?\n\nBecause I worked nights for ten years and felt awful.\n\n"
        "What did you find?\n\nThat we wake patients out of habit, mostly.\n\n"
        "What would you change?\n\nI would stop the 5 a.m. blood tests.\n"
    )
    answers = [s for s in speakers_of(text, "transcript") if s is not None]
    assert answers == ["Halima Strand-Oduya"] * 3
