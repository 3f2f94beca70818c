"""Document formats inside articles (issue 11, items 4 and 5), session 26: interviews whose
questions are not put to "you", Q and A labels run into the words, and lines of the article
between two turns of one speaker."""

from __future__ import annotations

import time

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def extract(text: str) -> list[Quote]:
    return extract_quotes(document_from_text(text, "story.txt", "text"))


def turns(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text) if q.kind == "transcript"]


# ---- questions about a third party, answered as "I" or "we" ----
QUESTIONS_NOT_TO_YOU = [
    (
        "League commissioner Nadia Vorster has run the netball league for six years. She spoke "
        "to us after the owners' meeting.\n\n"
        "What happens next for the league?\n\nWe add two teams and a week to the season.\n\n"
        "Is the salary cap fair to the players?\n\nI think it is fairer than it was.\n\n"
        "When will the new teams be named?\n\nIn the spring, once the halls are signed.\n",
        "Nadia Vorster",
    ),
    (
        "Glaciologist Henrik Aaltonen, 61, has measured the ice cap every summer since 1990.\n\n"
        "**How fast is the glacier retreating?**\n\nFaster than any year I have measured.\n\n"
        "**Will the valley flood?**\n\nNot this decade. We watch the lake closely.\n\n"
        "**What would slow it down?**\n\nColder winters, and there are fewer of those.\n",
        "Henrik Aaltonen",
    ),
    (
        "The town's new librarian is Ottoline Fairbrass. She took up the post in May.\n\n"
        "Why did the branch close on Sundays?\n\nThe budget was cut, and I had to choose.\n\n"
        "Could volunteers keep it open?\n\nWe are talking to the friends' group now.\n\n"
        "What does the reading room need most?\n\nHeating that works.\n\n"
        "And the children's corner?\n\nNew books. I have a list.\n",
        "Ottoline Fairbrass",
    ),
]


@pytest.mark.parametrize("text,person", QUESTIONS_NOT_TO_YOU)
def test_questions_not_put_to_you_answered_in_the_first_person_are_an_interview(
    text: str, person: str
) -> None:
    got = turns(text)
    assert got and all(s is None for s, w in got if w.endswith("?"))
    assert {s for s, w in got if not w.endswith("?")} == {person}


QUESTION_NEIGHBOURS = [
    # a column under a byline asks and answers itself
    "By Nadia Vorster\n\nI have watched this league grow for six years.\n\n"
    "What happens next for the league?\n\nI fear the owners will choose money.\n\n"
    "Is the salary cap fair?\n\nI do not think so.\n\nWho will stand up for the players?\n\nWe all should.\n",
    # a reader's questions answered as "we" by the service
    "Health officer Martin Okoye said the clinic would open on Monday.\n\n"
    "Do I need an appointment?\n\nNo. We welcome walk-ins.\n\n"
    "Is it free for me?\n\nYes, we charge residents nothing.\n\nWhat should I bring?\n\nA photo ID.\n",
    # an explainer: nobody answers as I or we
    "Transport minister Ola Berg announced a parking rule.\n\nWhat is the rule?\n\n"
    "Cars may not park on pavements.\n\nWho is affected?\n\nAnyone with a car.\n\nWhen does it start?\n\nIn March.\n",
    # subheads over a news story whose quotes have their own cues
    "The council voted to close the pool. Councillor Ann Lee voted against.\n\nWhy now?\n\n"
    "The roof would cost four million. “We cannot afford it,” Mayor Tom Hale said.\n\n"
    "What happens to the staff?\n\nThey move to the leisure centre, the council said.\n\n"
    "What comes next?\n\nA public meeting in May. “Come and tell us,” Lee said.\n",
]


@pytest.mark.parametrize("text", QUESTION_NEIGHBOURS)
def test_columns_faqs_explainers_and_subheads_are_no_interview(text: str) -> None:
    assert turns(text) == []


# ---- Q and A labels without a colon ----
RUN_IN = [
    "QWhat happens when the cranes arrive?\n\nAWe double the ships we unload.\n\n"
    "QIs the dredging finished?\n\nANot yet. I expect it by March.\n\n"
    "QWhat worries you most?\n\nAThe weather.\n",
    "QWhat happens when the cranes arrive?\nAWe double the ships we unload.\n"
    "QIs the dredging finished?\nANot yet. I expect it by March.\nQWhat worries you most?\nAThe weather.\n",
    "Q. What happens when the cranes arrive?\n\nA. We double the ships we unload.\n\n"
    "Q. Is the dredging finished?\n\nA. Not yet. I expect it by March.\n\n"
    "Q. What worries you most?\n\nA. The weather.\n",
    "Q What happens when the cranes arrive?\n\nA We double the ships we unload.\n\n"
    "Q Is the dredging finished?\n\nA Not yet. I expect it by March.\n\n"
    "Q What worries you most?\n\nA The weather.\n",
]


@pytest.mark.parametrize("block", RUN_IN)
def test_q_and_a_labels_run_into_the_words_or_set_off_by_a_stop_or_space(block: str) -> None:
    intro = "Harbour master Ingrid Solheim, 52, runs the busiest port on the coast. She spoke to us.\n\n"
    got = turns(intro + block)
    assert got == [
        (None, "What happens when the cranes arrive?"),
        ("Ingrid Solheim", "We double the ships we unload."),
        (None, "Is the dredging finished?"),
        ("Ingrid Solheim", "Not yet. I expect it by March."),
        (None, "What worries you most?"),
        ("Ingrid Solheim", "The weather."),
    ]


def test_an_answer_opening_with_the_article_a_keeps_it() -> None:
    text = (
        "Retired judge Walter Osei sat down with our reporter.\n\n"
        "QWhat do you miss?\nAThe quiet mornings.\nQWould you go back?\nANever, I think.\n"
        "QWhat was your hardest case?\nAA custody case in 1998.\n"
    )
    assert turns(text)[-1] == ("Walter Osei", "A custody case in 1998.")


def test_words_opening_with_q_or_a_that_do_not_alternate_are_no_labels() -> None:
    text = (
        "Reporter Ann Lee covered the rally.\n\nQAnon flags flew over the crowd. Why were they there?\n\n"
        "I asked three marchers and we got no answer.\n\nQuite a few traders were surprised?\n\n"
        "AI tools drove much of it, I think.\n\nQueues at the branches are gone?\n\nAnother story for me.\n"
    )
    assert all(not w.startswith(("Anon", "uite", "ueues")) for _, w in turns(text))


# ---- a line of the article between two turns of one speaker ----
@pytest.mark.parametrize(
    "line",
    ["[Laughter]", "(applause)", "[inaudible]", "The crowd cheered.", "The studio fell silent for a moment."],
)
def test_a_line_between_two_turns_of_one_label_is_nobodys(line: str) -> None:
    text = (
        "Senator Rafael Quintero debated challenger Mona Sadeghi on Thursday.\n\n"
        f"QUINTERO: My opponent has never run anything.\n{line}\n"
        "QUINTERO: Not a business, not a city.\n\nSADEGHI: I have run a hospital for ten years.\n"
    )
    got = turns(text)
    assert ("Rafael Quintero", line) not in got
    assert [s for s, w in got if w != line] == ["Rafael Quintero", "Rafael Quintero", "Mona Sadeghi"]
    assert all(s is None for s, w in got if w == line)


def test_a_line_of_the_turn_going_on_before_another_label_is_still_the_speakers() -> None:
    text = (
        "Engineer Rosa Tamm answered questions at the hearing.\n\n"
        "CHAIR: Is the bridge safe?\n\nTAMM: It was safe for cars.\nThe trucks wore it out.\n\n"
        "CHAIR: Then close it to trucks.\n\nTAMM: That is my advice.\n"
    )
    assert [s for s, _ in turns(text)] == ["Chair", "Rosa Tamm", "Rosa Tamm", "Chair", "Rosa Tamm"]


# ---- hostile input ----
@pytest.mark.parametrize("unit", ["Why?\n", "QWhy now?\nAWe wait.\n", "Q. Why?\n\n"])
def test_many_short_question_lines_stay_linear(unit: str) -> None:
    intro = "Dr. Ada Mensah, 46, is a surgeon. She spoke to us.\n\n"
    timings = []
    for n in (2000, 8000):
        text = intro + unit * n
        start = time.perf_counter()
        extract(text)
        timings.append(time.perf_counter() - start)
    assert timings[1] < 8 * timings[0] + 0.5


# ---- documents as sources ----
def speaker_of(text: str) -> str | None:
    quotes = [q for q in extract(text) if q.kind == "quote"]
    assert len(quotes) == 1, quotes
    return quotes[0].speaker


@pytest.mark.parametrize(
    "text,source",
    [
        ("Hikers saw a sign at the trailhead that read “Bears active in this area.”", "a sign"),
        ("Volunteers found a note on the door which said “Back at noon.”", "a note"),
        ("Drivers spotted a banner over the road that reads “Welcome home, crew.”", "a banner"),
        ("Walkers noticed a notice by the gate saying “Path closed for repairs.”", "a notice"),
        ("The auditors found a memo that said “shred the old files.”", "a memo"),
    ],
)
def test_a_document_someone_came_upon_says_its_own_words(text: str, source: str) -> None:
    assert speaker_of(text) == source


@pytest.mark.parametrize(
    "text,source",
    [
        ("Tenants posted a notice that read “No rent until repairs.”", "Tenants"),
        ("The council passed a resolution that says “the pier stays open.”", "The council"),
        ("Lee read a statement saying “we are sorry for the delay.”", "Lee"),
    ],
)
def test_a_document_put_out_by_the_subject_is_the_subjects(text: str, source: str) -> None:
    assert speaker_of(text) == source


@pytest.mark.parametrize(
    "text,source",
    [
        ("Residents got an email on Sunday with the subject line “Water outage tonight.”", "an email"),
        (
            "An email sent to parents on Thursday with the subject line “School closed Friday” caused confusion.",
            "An email",
        ),
        ("Tenants received a letter from the landlord with the words “Pay by Friday or leave.”", "a letter"),
    ],
)
def test_a_part_of_a_document_after_a_phrase_of_time_place_or_a_participle(text: str, source: str) -> None:
    assert speaker_of(text) == source


def test_with_the_words_after_no_document_names_none() -> None:
    text = "The mayor closed the hearing on Monday with the words “we will meet again in May.”"
    assert speaker_of(text) is None


@pytest.mark.parametrize(
    "text,source",
    [
        ("According to a police report, the driver “appeared confused” at the scene.", "a police report"),
        ("According to court filings, the firm “ignored every warning.”", "court filings"),
        ("The driver, according to the accident report, “never braked.”", "the accident report"),
    ],
)
def test_according_to_a_document_named_by_two_nouns(text: str, source: str) -> None:
    assert speaker_of(text) == source


def test_according_to_a_group_stays_the_group() -> None:
    assert speaker_of("According to police, the driver “appeared confused” at the scene.") == "police"


@pytest.mark.parametrize(
    "text,source",
    [
        ("The plan, according to the memo, was “dead on arrival.”", "the memo"),
        ("Hale, according to the minutes, was “furious.”", "the minutes"),
        ("Lee, according to two friends, told them she was “done with politics.”", "two friends"),
        # a document set off after the speaker frames the speaker's words, as it does opening the sentence
        ("Hale, according to the minutes, called the deal “a steal.”", "the minutes"),
        ("The mayor, according to the email, wrote that the plan was “dead on arrival.”", "the email"),
        ("Ann Lee, according to the lawsuit, told staff to “shred everything.”", "the lawsuit"),
    ],
)
def test_the_source_set_off_covers_a_sentence_with_no_speaker_or_people_as_source(
    text: str, source: str
) -> None:
    assert speaker_of(text) == source
