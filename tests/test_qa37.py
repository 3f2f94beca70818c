"""Q/A interviews whose answers stand without quote marks (session 37, issue 11). Invented
passages, invented people.

1. An unquoted "A:"/"A." answer goes to the one the introduction says was asked, as a quoted
   answer does (``transcripts.asked_person``): the object of interviewed/asked/spoke to, the one
   who answered questions, else the only person named; never the interviewer; no one when two
   are asked. A "Q:" turn goes to the interviewer the introduction names, else stays "Q".
2. "Q. …?" / "A. …" turns set off by a full stop are reported like "Q:"/"A:" ones even when no
   answer says "I": the answers are the asked person's. A lettered list ("A. Rebuild the weir."
   / "B. Sell the land.") and a quiz (answers of a word or two) are no interview.
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
