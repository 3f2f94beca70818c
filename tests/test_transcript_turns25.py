"""Transcripts pasted into an article without quote marks: each `NAME:` turn is the words of
the person the article names, reported as a transcript turn (issue 11, item 5)."""

from __future__ import annotations

import time

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def extract(text: str) -> list[Quote]:
    return extract_quotes(document_from_text(text, "story.txt"))


def turns(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract(text) if q.kind == "transcript"]


def test_surname_labels_resolve_to_the_people_the_article_names() -> None:
    text = (
        "The board released the transcript on Thursday. Board chair Ann Castell questioned "
        "Desmond Okafor, the utility's manager.\n\n"
        "CASTELL: Mr. Okafor, when did you first know?\n\n"
        'OKAFOR: The first sample was taken in March. We called it "a fluke" then.\n\n'
        "CASTELL: Why did the notice take two weeks?\n\n"
        "OKAFOR: We wanted to be sure.\n\n"
        'After the hearing, Castell said the board would meet again. "We will be back," she said.\n'
    )
    assert turns(text) == [
        ("Ann Castell", "Mr. Okafor, when did you first know?"),
        ("Desmond Okafor", 'The first sample was taken in March. We called it "a fluke" then.'),
        ("Ann Castell", "Why did the notice take two weeks?"),
        ("Desmond Okafor", "We wanted to be sure."),
    ]
    checked = [(q.text, q.speaker) for q in extract(text) if q.kind == "quote"]
    assert ("We will be back,", "Ann Castell") in checked


def test_a_role_label_is_the_one_person_introduced_in_that_role() -> None:
    intro = "Candidates Lars Vennet and Odile Marchand met in the gym on Friday."
    block = (
        "\n\nMODERATOR: Let us begin with the school budget.\n\n"
        "VENNET: I would freeze it for a year.\n\n"
        "MARCHAND: A freeze is a cut in disguise.\n"
    )
    named = "The moderator, Priya Nandakumar, opened with schools. " + intro
    assert [s for s, _ in turns(named + block)] == ["Priya Nandakumar", "Lars Vennet", "Odile Marchand"]
    assert [s for s, _ in turns(intro + block)] == ["Moderator", "Lars Vennet", "Odile Marchand"]


def test_ordinary_case_names_full_names_and_single_newlines() -> None:
    panel = (
        "A panel took up the tax plan. Host Carla Menendez was joined by economist Tobias Wren.\n\n"
        "Menendez: Is the plan affordable?\n\n"
        "Wren: Only if growth stays where it is, which nobody expects.\n\n"
        "Menendez: So the answer is no.\n"
    )
    assert [s for s, _ in turns(panel)] == ["Carla Menendez", "Tobias Wren", "Carla Menendez"]
    debate = (
        "The radio station aired the debate on Sunday night.\n"
        "SEN. MARTA KOVAC: Our roads are falling apart, and everyone knows it.\n"
        "DANIEL FREUND: The roads were funded last spring.\n"
        "KOVAC: Funded on paper, perhaps.\n"
        "The station said it would air a second debate.\n"
    )
    assert [s for s, _ in turns(debate)] == ["Marta Kovac", "Daniel Freund", "Marta Kovac"]


def test_a_turn_goes_on_in_the_next_paragraph_and_a_stage_direction_is_nobodys() -> None:
    text = (
        "Coach Miriam Dale spoke to athletic director Simon Hartley after the game.\n\n"
        "HARTLEY: What went wrong in the second half?\n\n"
        "DALE: We stopped running.\n\n"
        "The kids were tired, and I should have rotated them.\n\n"
        "(CROWD NOISE.)\n\n"
        "HARTLEY: Will you change the plan?\n"
    )
    quotes = [q for q in extract(text) if q.kind == "transcript"]
    assert [q.speaker for q in quotes] == [
        "Simon Hartley",
        "Miriam Dale",
        "Miriam Dale",
        None,
        "Simon Hartley",
    ]
    assert quotes[1].group == quotes[2].group != quotes[3].group


def test_question_and_answer_interviews() -> None:
    text = (
        "Retired judge Walter Osei sat down with our reporter this week. Osei served for thirty "
        "years on the county bench.\n\n"
        "Q: What do you miss about the bench?\n\n"
        "A: The quiet mornings before a trial.\n\n"
        "Q: And what do you not miss?\n\n"
        "A: The paperwork, without question.\n"
    )
    assert [s for s, _ in turns(text)] == ["Q", "Walter Osei", "Q", "Walter Osei"]
    interviewer = (
        "Our interviewer, Tess Marlow, met novelist Hana Bergström. We spoke with Bergström at home.\n\n"
    )
    got = turns(interviewer + "Q: How long did it take?\n\nA: Six years.\n")
    assert [s for s, _ in got] == ["Tess Marlow", "Hana Bergström"]


def test_answers_in_quote_marks_stay_quotes_and_a_quote_in_a_question_keeps_its_cue() -> None:
    text = (
        "The novelist Ines Varga spoke with us from her home. The interview was edited.\n\n"
        "Q: Why return to the coast now?\n\n"
        "VARGA: “Because the coast changed and I wanted to see how.”\n\n"
        "Q: One reviewer called your last book “a postcard from nowhere.” Is this one?\n\n"
        "VARGA: “No, it is a letter home.”\n"
    )
    quotes = extract(text)
    assert [q.speaker for q in quotes if q.kind == "transcript"] == ["Q", "Q"]
    checked = {q.text: q.speaker for q in quotes if q.kind == "quote"}
    assert checked["a postcard from nowhere."] == "One reviewer"
    assert "Because the coast changed and I wanted to see how." in checked


NEIGHBOURS = [
    "The ferry was cancelled on Tuesday, officials said.\n\nUPDATE: Service resumed on Wednesday.\n",
    "BREAKING: The river has crested.\n\nUPDATE: Roads near the bridge are closed until noon.\n",
    "The figures come from the county.\n\nNote: totals may not add up because of rounding.\n",
    "The stall sells one item.\n\nPrice: $4\n\nSize: 12 oz\n\nColour: red or blue\n",
    "Opinion: Why the harbour plan will fail\n\nThe plan has many problems, wrote Ada Ferris.\n",
    "Follow our coverage.\n\n10:42 a.m. The council has convened.\n\n10:55 a.m. Mayor Ruth Adler spoke.\n",
    '"You never call," Marta said.\n\n"You never answer," Ilse said.\n\n"Then we are even," Marta said.\n',
    "The race, by the party's count.\n\nAnn Velde: 1,204.\n\nPiet Roos: 988.\n\nVelde: 300.\n",
    "More news:\n\nVelde: Harbour Plan Is A Mistake For The Town\n\nRoos: I Will Not Quit The Race Before May\n",
    "CORRECTION: An earlier version misspelled a name.\n\nCLARIFICATION: The vote was on Tuesday.\n",
    "Host Carla Menendez opened the show.\n\nMENENDEZ: Good evening.\n\nMENENDEZ: Tonight, the harbour.\n",
    (
        "Candidates Ann Velde and Piet Roos need different things.\n\nVelde: Win big.\n\n"
        "Velde has led in every poll this year, often by double digits, and her staff expect a wide margin.\n\n"
        "Roos: Stay close.\n"
    ),
]


def test_neighbours_are_no_transcript() -> None:
    for text in NEIGHBOURS:
        assert turns(text) == [], text


def test_thousands_of_labels_stay_linear() -> None:
    def lines(n: int) -> str:
        return "".join(
            f"L{chr(65 + k % 26)}{chr(65 + k // 26 % 26)}{chr(65 + k // 676 % 26)}: we said it.\n"
            for k in range(n)
        )

    intro = "Board chair Ann Castell spoke.\n\nCASTELL: Hello there.\n"
    small, large = intro + lines(1000), intro + lines(8000)
    t0 = time.perf_counter()
    assert len(turns(small)) == 1001
    t1 = time.perf_counter()
    assert len(turns(large)) == 8001
    t2 = time.perf_counter()
    assert t2 - t1 < 8 * 4 * (t1 - t0) + 1.0
