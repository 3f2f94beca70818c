"""Q/A interviews whose answers stand without quote marks (session 37, issue 11). Invented
passages, invented people.

1. An unquoted "A:"/"A." answer goes to the one the introduction says was asked, as a quoted
   answer does (``transcripts.asked_person``): the object of interviewed/asked/spoke to, the one
   who answered questions, else the only person named; never the interviewer; no one when two
   are asked. A "Q:" turn goes to the interviewer the introduction names, else stays "Q".
2. "Q. …?" / "A. …" turns set off by a full stop are reported like "Q:"/"A:" ones even when no
   answer says "I": the answers are the asked person's. A lettered list ("A. Rebuild the weir."
   / "B. Sell the land.") and a quiz (answers of a word or two) are no interview. Those answers
   need one the introduction says was asked (the object of asking, or the other person of a
   passive "was questioned by"), not merely the one person it names, and not across a heading
   that does not name them: an FAQ under a news story is the newsroom's.
3. "by Name" names an interviewer only after a verb of asking ("was interviewed by") or as a
   byline on its own line; "whose plan was approved by Name" names none.
"""

from __future__ import annotations


def entries(text: str) -> list[tuple[str, str | None, str]]:
    from quotecheck.article import document_from_text
    from quotecheck.extract import extract_quotes

    return [(q.text, q.speaker, q.kind) for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


def speaker_of(text: str, words: str) -> str | None:
    found = [(s, k) for q, s, k in entries(text) if q.startswith(words)]
    assert found, f"no entry starting {words!r} in {entries(text)}"
    assert found[0][1] == "transcript"
    return found[0][0]


# 1. unquoted "A:" answers ------------------------------------------------------------------


def test_answered_questions_gives_the_answers() -> None:
    text = (
        "Marit Quennel, the harbour engineer, answered questions from readers.\n\n"
        "Q: Why close the quay?\nA: The wall has been failing for years.\n\n"
        "Q: When will it reopen?\nA: The repairs should take until spring."
    )
    assert speaker_of(text, "The wall has been") == "Marit Quennel"
    assert speaker_of(text, "The repairs should") == "Marit Quennel"
    assert speaker_of(text, "Why close") == "Q"


def test_object_of_interviewed_answers_and_the_reporter_asks() -> None:
    text = (
        "Our reporter Tamsin Orrel interviewed Edwin Calloway, who runs the ferry, on Monday.\n\n"
        "Q: Why cut the winter sailings?\nA: Fewer people travel after October.\n\n"
        "Q: Will fares rise?\nA: Not this year, no."
    )
    assert speaker_of(text, "Fewer people travel") == "Edwin Calloway"
    assert speaker_of(text, "Not this year") == "Edwin Calloway"
    assert speaker_of(text, "Why cut") == "Tamsin Orrel"


def test_two_asked_answer_to_no_one() -> None:
    # neighbour: the introduction asks two people; nobody is chosen from asked_person
    text = (
        "Tamsin Orrel interviewed Edwin Calloway and Marit Quennel at the quay.\n\n"
        "Q: Why close the quay?\nA: The wall has been failing for years.\n\n"
        "Q: When will it reopen?\nA: The repairs should take until spring."
    )
    assert speaker_of(text, "The wall has been") == "A"
    assert speaker_of(text, "The repairs should") == "A"
    assert speaker_of(text, "Why close") == "Tamsin Orrel"


# 2. "Q." / "A." set off by a full stop -------------------------------------------------------


def test_stop_labels_report_answers_told_in_the_past() -> None:
    text = (
        "Greta Solvay, a hydrologist at the Brellmouth Institute, spoke to the Dunmarsh Echo. "
        "The interview has been edited for length.\n\n"
        "Q. What went wrong with the sluice?\n\n"
        "A. The gates were never serviced after the flood.\n\n"
        "Q. And this winter?\n\n"
        "A. The river has risen faster than the models predicted."
    )
    assert speaker_of(text, "The gates were never") == "Greta Solvay"
    assert speaker_of(text, "The river has risen") == "Greta Solvay"


def test_stop_labels_with_the_interviewee_as_object() -> None:
    text = (
        "We sat down with Oscar Plenn, the new head of the Varrow lifeboat station.\n\n"
        "Q. How many volunteers are there now?\n\n"
        "A. Thirty crew members train every Thursday evening.\n\n"
        "Q. What does the station need most?\n\n"
        "A. A second boat would halve the response times."
    )
    assert speaker_of(text, "Thirty crew members") == "Oscar Plenn"
    assert speaker_of(text, "A second boat") == "Oscar Plenn"


def test_lettered_list_is_no_interview() -> None:
    text = (
        "Helen Pellow, who chairs the parish council, set out the choices on Tuesday.\n\n"
        "A. Rebuild the weir before the spring floods.\n"
        "B. Sell the land to the water board.\n"
        "C. Do nothing and wait for the survey."
    )
    assert not [e for e in entries(text) if e[2] == "transcript"]


def test_quiz_is_no_interview() -> None:
    text = (
        "Helen Pellow set this week's quiz about the valley.\n\n"
        "Q. What is the longest river in Dunmarsh?\n\n"
        "A. The Wenn.\n\n"
        "Q. Which year did the mill close?\n\n"
        "A. In 1962."
    )
    assert not [e for e in entries(text) if e[2] == "transcript"]


FAQ_TURNS: str = (
    "Q. What does the water charge pay for?\n\n"
    "A. It pays for new mains under the old town and a reservoir.\n\n"
    "Q. When is the first bill due?\n\n"
    "A. Households receive the first bill at the end of April."
)


def answered(text: str) -> list[tuple[str, str | None, str]]:
    return [e for e in entries(text) if e[0].startswith(("It pays for", "Households receive"))]


def test_faq_under_a_quote_goes_to_no_one() -> None:
    text = (
        "\u201cThe charge is long overdue,\u201d said Martin Drummel, the water board chair.\n\n" + FAQ_TURNS
    )
    assert not answered(text)


def test_faq_under_an_announcement_and_explainer_heading_goes_to_no_one() -> None:
    text = (
        "Martin Drummel, who has run the water board since 2019, announced the charge last month.\n\n"
        "Everything you need to know\n\n" + FAQ_TURNS
    )
    assert not answered(text)


def test_interview_above_a_section_heading_does_not_reach_the_faq() -> None:
    text = (
        "We interviewed Martin Drummel about the charge on Friday. \u201cIt was overdue,\u201d Drummel "
        "told us.\n\nWhat the charge covers\n\n" + FAQ_TURNS
    )
    assert not answered(text)


def test_passive_of_asking_gives_the_answers_and_the_agent_asks() -> None:
    text = "Martin Drummel, the board's chair, was questioned by Clara Vane at the hearing.\n\n" + FAQ_TURNS
    assert speaker_of(text, "It pays for") == "Martin Drummel"
    assert speaker_of(text, "What does the water") == "Clara Vane"


def test_neighbour_interviewed_and_a_heading_naming_him_keeps_the_answers() -> None:
    text = (
        "We interviewed Martin Drummel about the charge on Friday.\n\n"
        "Five questions for Martin Drummel\n\n" + FAQ_TURNS
    )
    assert speaker_of(text, "It pays for") == "Martin Drummel"
    assert speaker_of(text, "Households receive") == "Martin Drummel"


# 3. "by Name" --------------------------------------------------------------------------------

QA_COLON: str = (
    "Q: Why close the quay?\nA: The wall has been failing for years.\n\n"
    "Q: When will it reopen?\nA: The repairs should take until spring."
)


def test_by_in_a_relative_clause_names_no_interviewer() -> None:
    text = "We spoke to Agnes Crole, whose plan was approved by Clara Vane last year.\n\n" + QA_COLON
    assert speaker_of(text, "Why close") == "Q"
    assert speaker_of(text, "The wall has been") == "Agnes Crole"


def test_by_in_an_aside_names_no_interviewer() -> None:
    text = "Agnes Crole, who was trained by Clara Vane, answered questions from readers.\n\n" + QA_COLON
    assert speaker_of(text, "Why close") == "Q"
    assert speaker_of(text, "The repairs should") == "Agnes Crole"


def test_by_after_a_passive_of_asking_names_the_interviewer() -> None:
    text = "Agnes Crole was interviewed briefly by Clara Vane on the quay.\n\n" + QA_COLON
    assert speaker_of(text, "Why close") == "Clara Vane"
    assert speaker_of(text, "The wall has been") == "Agnes Crole"
