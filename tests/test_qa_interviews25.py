"""Interviews whose questions carry no label: each question a short paragraph ending with "?"
(bold or not), each followed by the interviewee's answer, after an introduction that names
the interviewee. Answers are reported as the interviewee's transcript turns (issue 11, item 5)."""

from __future__ import annotations

import time

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def extract(text: str, path: str = "story.txt", kind: str = "text") -> list[Quote]:
    return extract_quotes(document_from_text(text, path, kind))


def turns(text: str, path: str = "story.txt", kind: str = "text") -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text, path, kind) if q.kind == "transcript"]


SURGEON = (
    "Dr. Ada Mensah, 46, is a surgeon at St. Olave's who studies sleep in hospital. She spoke to "
    "us about noise and nurses. The interview has been edited for length.\n\n"
    "Why did you start looking at sleep?\n\n"
    "Because my father was a patient here. By the third night he did not know where he was.\n\n"
    "What did you find?\n\n"
    "That we wake people up constantly, mostly out of habit.\n\n"
    'The night rounds are the worst. A nurse once told me, "We check because we always have."\n\n'
    "Can you change a habit like that?\n\n"
    "I think so. We moved the blood draws to six and nobody complained.\n"
)


def test_answers_are_the_interviewees_and_questions_nobodys() -> None:
    got = turns(SURGEON)
    assert [s for s, _ in got] == [None, "Ada Mensah", None, "Ada Mensah", "Ada Mensah", None, "Ada Mensah"]
    assert got[0][1] == "Why did you start looking at sleep?"
    assert got[4][1].startswith("The night rounds")


def test_an_answer_over_two_paragraphs_is_one_utterance_and_a_quote_in_it_keeps_its_cue() -> None:
    quotes = extract(SURGEON)
    answers = [q for q in quotes if q.kind == "transcript" and q.speaker == "Ada Mensah"]
    assert answers[1].group == answers[2].group != answers[0].group
    checked = {q.text: q.speaker for q in quotes if q.kind == "quote"}
    assert checked["We check because we always have."] == "A nurse"


def test_bold_questions_in_a_markdown_draft_read_as_text_or_as_markdown() -> None:
    draft = (
        "Composer Teodor Vlasic has written an opera about a flooded village. He talked with us "
        "before the premiere.\n\n"
        "**When did the village first come to you?**\n\n"
        "On a ferry, years ago. An old man pointed at the water.\n\n"
        "**Was it hard to write music for something you cannot see?**\n\n"
        "It was the easiest thing I have done.\n\n"
        "**What do you hope people take home?**\n\n"
        "A wish to ask their grandparents more questions.\n"
    )
    for path, kind in (("draft.txt", "text"), ("draft.md", "markdown")):
        got = turns(draft, path, kind)
        assert [s for s, _ in got] == [None, "Teodor Vlasic"] * 3
        assert got[0][1] == "When did the village first come to you?"


def test_the_person_is_introduced_by_title_age_or_a_he_she_that_follows() -> None:
    block = (
        "\n\nWhere do you start with a bare hillside?\n\n"
        "With the soil. I walk it for a month before I plant anything.\n\n"
        "Do you ever lose a whole planting?\n\n"
        "Twice. Once to fire and once to goats.\n\n"
        "What keeps you going?\n\n"
        "Hearing birds where there were none.\n"
    )
    intros = {
        "Soil scientist Benedikt Oyelowo has planted two million trees.": "Benedikt Oyelowo",
        "Benedikt Oyelowo, 58, has planted two million trees.": "Benedikt Oyelowo",
        "The man behind the new forest is Benedikt Oyelowo. He spoke to us from a clearing.": "Benedikt Oyelowo",
    }
    for intro, person in intros.items():
        assert [s for s, _ in turns(intro + block)] == [None, person] * 3
    html = (
        "<html><body><article><p>Professor Benedikt Oyelowo has planted two million trees.</p>"
        + "".join(
            f"<p>{'<strong>' + p + '</strong>' if p.endswith('?') else p}</p>"
            for p in block.split("\n\n")
            if p.strip()
        )
        + "</article></body></html>"
    )
    assert [s for s, _ in turns(html, "page.html", "html")] == [None, "Benedikt Oyelowo"] * 3


def test_a_named_interviewer_asks_and_the_last_answer_ends_before_a_note_naming_the_interviewee() -> None:
    text = (
        "Our interviewer, Tomas Ekwueme, met Hilde Brannstrom at the harbour office. Brannstrom "
        "retires next month.\n\n"
        "What changed most in your eleven years?\n\n"
        "The boats got bigger and the crews got smaller.\n\n"
        "Do you still know every skipper?\n\n"
        "Most of them. I hear everything on Fridays.\n\n"
        "What will you miss?\n\n"
        "The fog, strangely.\n\n"
        "Brannstrom's farewell party is on the quay on Saturday.\n"
    )
    got = turns(text)
    assert [s for s, _ in got] == ["Tomas Ekwueme", "Hilde Brannstrom"] * 3
    assert got[-1][1] == "The fog, strangely."


def test_an_a_label_is_the_person_introduced_by_a_title_an_age_or_a_he_she_after() -> None:
    block = "\n\nQ: Where do you start?\n\nA: With the soil.\n\nQ: Do you lose plantings?\n\nA: Twice, to goats.\n"
    intros = [
        "Soil scientist Benedikt Oyelowo has planted two million trees.",
        "Benedikt Oyelowo, 58, has planted two million trees.",
        "The man behind the new forest is Benedikt Oyelowo. He spoke to us from a clearing.",
    ]
    for intro in intros:
        assert [s for s, _ in turns(intro + block)] == ["Q", "Benedikt Oyelowo"] * 2
    # a place is no person: "A" keeps its label
    assert [s for s, _ in turns("The forest lies near Lake Oyelowo in the hills." + block)] == ["Q", "A"] * 2


NEIGHBOURS = [
    # one or two rhetorical questions
    "The council voted to close the library on Sundays. Councillor Ann Lee voted against.\n\n"
    "Who will pay the price?\n\nThe children who study there on weekends.\n",
    "Mayor Peter Vance opened the bridge. Vance said it came in under budget.\n\nBut was it needed?\n\n"
    "Traffic counts suggest not.\n\nAnd who decided?\n\nThe minutes do not say.\n",
    # an explainer: nobody is asked, nobody answers as "I"
    "Transport minister Ola Berg announced the new parking rule on Monday.\n\nWhat is the new rule?\n\n"
    "Cars may not park on pavements.\n\nWho is affected?\n\nAnyone who owns a car.\n\n"
    "When does it start?\n\nOn March 1.\n",
    "Parks director Lionel Fairweather-Boyd said the lido would reopen.\n\nCan you swim there this summer?\n\n"
    "Yes. We will post the hours online.\n\nDo you need to book?\n\nOnly at weekends.\n\n"
    "Will your season ticket still work?\n\nYes.\n",
    # readers' questions, a quiz, a press conference told in the third person
    "Sanitation chief Omar Diallo answered readers' questions.\n\nCan I put glass in the blue bin?\n\n"
    "No.\n\nWhen will my bin be collected?\n\nEvery second Tuesday.\n\nDo I have to pay?\n\nYes.\n",
    "Our quiz was set by historian Leon Marchetti.\n\n1. When was the first bridge built?\n\n1784.\n\n"
    "2. Which mill burned?\n\nThe paper mill.\n\n3. How long is the river?\n\nEighty kilometres.\n",
    "Police chief Arne Solberg spoke to reporters.\n\nWere there any arrests?\n\nSolberg said two men were "
    "held.\n\nWas anyone hurt?\n\nA guard, police said.\n\nWill you ask the public for help?\n\nI will, Solberg said.\n",
    # dialogue in quote marks, and an interview with nobody introduced
    "Inspector Helga Brandvold found the boy at dawn.\n\n“Are you lost?” she asked.\n\n“No,” he said.\n\n"
    "“Where is your father?”\n\n“Out on the boat.”\n\n“Do you want to wait inside?”\n\n“I want to wait here.”\n",
    "The interview has been edited.\n\nWhy did you start?\n\nBecause I was bored.\n\nWhat was hardest?\n\n"
    "The first winter, for me.\n\nWould you do it again?\n\nI think so.\n",
]


def test_neighbours_give_no_turns() -> None:
    for text in NEIGHBOURS:
        assert turns(text) == [], text


def test_labelled_questions_and_answers_are_still_read_by_their_labels() -> None:
    text = (
        "Retired judge Walter Osei sat down with our reporter.\n\nQ: What do you miss?\n\n"
        "A: The quiet mornings.\n\nQ: Would you go back?\n\nA: Never, I think.\n\nQ: Why not?\n\nA: I am tired.\n"
    )
    assert [s for s, _ in turns(text)] == ["Q", "Walter Osei"] * 3


def test_thousands_of_question_paragraphs_stay_linear() -> None:
    intro = "Dr. Ada Mensah, 46, is a surgeon. She spoke to us.\n\n"
    timings = []
    for n in (2000, 8000):
        text = intro + "Why did you go?\n\nI did it for my father.\n\n" * n + "Why?\n\n" * n
        start = time.perf_counter()
        got = extract(text)
        timings.append(time.perf_counter() - start)
        assert len(got) == 2 * n
    assert timings[1] < 8 * timings[0] + 0.5
