"""Session 37 mends to the session 36 verdict readers, end to end (a draft against a source):

1. A source whose capital lines stand alone over text is read as turns only when the lines are
   shaped as people's labels (a title and a name, a known given name and a surname, a name
   that comes back). A heading of common words is no speaker, whatever word opens it and
   however often it recurs ("GENERAL DEBATE", "MAYOR REPLIES", "ANALYSIS"), and a line that
   tags a quotation with its own cue ("“…,” said Councillor Brisk") is a report, not the
   words of the label above it.
2. "X was quoted by Y as saying “…”": X is the clause's subject read by the grammar, its head
   name ("Nessa Arden has been quoted by …" is Nessa Arden; "Arden, who grew up in Tollby,
   was quoted by …" is Arden), a pronoun or description standing for the person named before.

People, places and bodies are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Verdict
from tests.test_verdict_leftovers36 import outcome as outcome_in


def outcome(folder: Path, draft: str, source: str, name: str = "source.md") -> tuple[Verdict, list[str]]:
    folder.mkdir(parents=True, exist_ok=True)
    return outcome_in(folder, draft, source, name)


OK = (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.EDITED)

WORDS = (
    "The tram will stop at the quay twice an hour",
    "We will not sell the old pump house",
    "The night ferry keeps running until October",
)


def report(heads: list[str]) -> str:
    """A report whose capital headings stand over paragraphs that name no speaker."""
    parts = [
        f"{h}\n{w}. The board will meet again in spring." for h, w in zip(heads, WORDS * 2, strict=False)
    ]
    return "Tollby harbour report\n\n" + "\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    "heads",
    [
        ["GENERAL DEBATE", "CHIEF CONCERNS", "FIRST QUESTIONS"],  # a title, then common nouns
        ["MARK THE DATE", "JUNE IN TOLLBY", "BILL FOR REPAIRS"],  # a given name, then function words
        ["ANALYSIS", "REMARKS", "ANALYSIS", "REMARKS"],  # recurring lines of common words
        ["DEPUTY MAYOR'S NOTES", "CHAIR STATEMENT", "CLOSING"],  # a possessive, a title and a noun
    ],
)
def test_capital_headings_are_no_speakers(tmp_path: Path, heads: list[str]) -> None:
    draft = f"“{WORDS[1]},” said Councillor Ivo Brisk."
    verdict, codes = outcome(tmp_path, draft, report(heads), "report.txt")
    assert verdict in OK and "speaker_mismatch" not in codes


def test_subheads_on_a_news_page_are_no_speakers(tmp_path: Path) -> None:
    page = (
        "---\nkind: page\ntitle: Tollby news\n---\nTollby news\n\n"
        f"MAYOR REPLIES\n“{WORDS[0]},” said Mayor Nessa Arden at the quay.\n\n"
        f"COUNCILLOR HITS BACK\n“{WORDS[1]},” Councillor Ivo Brisk replied.\n\n"
        "MAYOR REPLIES\nThe row goes on.\n"
    )
    verdict, codes = outcome(tmp_path, f"“{WORDS[1]},” said Councillor Ivo Brisk.", page)
    assert verdict in OK and "speaker_mismatch" not in codes


def test_a_line_tagging_its_own_quote_ends_the_turn(tmp_path: Path) -> None:
    source = (
        f"MAYOR NESSA ARDEN\nWe have waited long enough.\n\n"
        f"COUNCILLOR IVO BRISK\nThe budget is spent.\n\n“{WORDS[2]},” said the harbour master, Pell Quarry.\n\n"
        "MAYOR NESSA ARDEN\nThen we will find more.\n"
    )
    verdict, codes = outcome(tmp_path, f"“{WORDS[2]},” said Pell Quarry.", source, "transcript.txt")
    assert verdict in OK and "speaker_mismatch" not in codes


@pytest.mark.parametrize(
    ("labels", "draft_b"),
    [
        (("MAYOR NESSA ARDEN", "COUNCILLOR IVO BRISK"), "Councillor Ivo Brisk"),  # titles and names
        (("DR. NESSA ARDEN", "PROFESSOR IVO BRISK"), "Professor Ivo Brisk"),
        (("ARDEN", "BRISK"), "Councillor Brisk"),  # surnames alone, A / B / A
    ],
)
def test_label_lines_that_name_people_are_still_turns(
    tmp_path: Path, labels: tuple[str, str], draft_b: str
) -> None:
    a, b = labels
    source = f"{a}\n{WORDS[0]}.\n\n{b}\n{WORDS[1]}.\n\n{a}\n{WORDS[2]}.\n"
    verdict, _ = outcome(tmp_path, f"“{WORDS[1]},” said {draft_b}.", source, "transcript.txt")
    assert verdict in OK
    verdict, _ = outcome(tmp_path / "b", f"“{WORDS[0]},” said {draft_b}.", source, "transcript.txt")
    assert verdict == Verdict.MISATTRIBUTED  # the neighbour: the other speaker's words


# 2. relayed_from

VOSS_TRANSCRIPT = f"NESSA ARDEN: {WORDS[0]}. Thank you all.\n\nIVO BRISK: {WORDS[1]}.\n"


def relayed(text: str) -> str | None:
    quotes = [q for q in extract_quotes(document_from_text(text, "story.txt", "text")) if q.kind == "quote"]
    return quotes[-1].relayed_from


@pytest.mark.parametrize(
    ("draft", "who"),
    [
        ("Nessa Arden has been quoted by the Tollby Star as saying “{w}.”", "Nessa Arden"),
        ("Nessa Arden had been quoted by the Tollby Star as saying “{w}.”", "Nessa Arden"),
        ("Nessa Arden is expected to be quoted by the Tollby Star as saying “{w}.”", "Nessa Arden"),
        ("Nessa Arden of the ferry board was quoted by the Tollby Star as saying “{w}.”", "Nessa Arden"),
        (
            "Nessa Arden runs the board. Arden, who grew up in Tollby, was cited by Radio Pell as saying “{w}.”",
            "Arden",
        ),
        ("Nessa Arden was quoted in the Tollby Star saying “{w}.”", "Nessa Arden"),
        ("Nessa Arden was reported by the Tollby Star as having said “{w}.”", "Nessa Arden"),
        ("Nessa Arden was quoted by her deputy, Ivo Brisk, as saying “{w}.”", "Nessa Arden"),
        (
            "Nessa Arden spoke at the quay. She was later quoted by the Tollby Star as saying “{w}.”",
            "Nessa Arden",
        ),
        (
            "Nessa Arden is the mayor. The mayor was quoted by the Tollby Star as telling crowds “{w}.”",
            "Nessa Arden",
        ),
    ],
)
def test_the_relayed_speaker_is_the_subjects_head(tmp_path: Path, draft: str, who: str) -> None:
    text = draft.format(w=WORDS[0][0].lower() + WORDS[0][1:])
    assert relayed(text) == who
    verdict, _ = outcome(tmp_path, text, VOSS_TRANSCRIPT, "transcript.txt")
    assert verdict in OK
    other = text.replace(WORDS[0][0].lower() + WORDS[0][1:], WORDS[1][0].lower() + WORDS[1][1:])
    verdict, _ = outcome(tmp_path / "b", other, VOSS_TRANSCRIPT, "transcript.txt")
    assert verdict == Verdict.MISATTRIBUTED  # Brisk's words relayed as Arden's


@pytest.mark.parametrize(
    "draft",
    [
        "The Tollby Star quoted Nessa Arden as saying “{w}.”",  # active: no relay
        "Nessa Arden was quoted a price by the Tollby Star. “{W},” she said.",  # quoted a price
        "The council was quoted by Pell Builders as saving £3,000. “{W},” Nessa Arden said.",  # not saying
    ],
)
def test_no_relay_without_a_passive_of_saying(draft: str) -> None:
    w = WORDS[0]
    assert relayed(draft.format(w=w[0].lower() + w[1:], W=w)) is None
