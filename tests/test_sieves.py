"""The attribution sieves by name: each one attributes an invented example, and switching it
off (``extract_quotes(doc, disabled=...)``) changes what that example gets."""

from __future__ import annotations

import json

import pytest

from quotecheck.api import check
from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.extract.attribution import SIEVES
from quotecheck.report.json_format import JsonFormat

EXAMPLES = {
    "passive_phrase": "Asked by Ana Brekke whether the ferry was “safe to run,” the harbour master nodded.\n",
    "source_frame": "“The ferry will run all winter,” Ana Brekke said, according to the Harbour Gazette.\n",
    "cue_after": "“The ferry will run all winter,” said Ana Brekke.\n",
    "signed_block": "“The ferry will run all winter.”\n— Ana Brekke\n",
    "signed_line": "“The ferry will run all winter.” / Ana Brekke, harbour master\n",
    "restated_text": "The ferry memo has a paragraph that pilots still cite: “No boat leaves in fog.”\n",
    "cue_before": "Ana Brekke told the council that the ferry would “run all winter.”\n",
    "same_sentence": "In a letter, Ana Brekke argued the pier was “unsafe”; the docks were “worse.”\n",
    "stance_subject": "Mayor Ana Brekke backs “fair fares for all riders.”\n",
    "binding_text": "Under the harbour bylaw, a ferry is late when it leaves “ten minutes after its time.”\n",
    "transcript_line": "BREKKE: The ferry is “safe” to run.\nQUIST: And the fares?\n",
    "roundup": "Harbour Master Brekke Says Ferry Will Run\n“Every boat is ready for the winter.”\n[Harbour Radio]\n",
    "cue_in_sentence": (
        "“The ferry will run all winter” and “the fares stay,” the harbour master told reporters on Monday.\n"
    ),
    "headline": "FERRY TO RUN ALL WINTER “Every boat is ready for the cold.” [Harbour Radio.]\n",
    "closed_relative": "Ana Brekke, who called the levy “a tax on the poor,” was furious and “ready to fight.”\n",
    "paragraphs": "“The ferry will run all winter.\n\n“Every boat is ready,” said Ana Brekke.\n",
    "continuation": "“The ferry will run all winter,” Ana Brekke said. “Every boat is ready.”\n",
    "exchange": "“Will the ferry run all winter?” Ana Brekke asked.\n\n“It will,” said Tor Lund.\n\n“And the crews?”\n",
    "answer": "“The boats are ready,” said Tor Lund.\n\n“Will you run them all winter?” Ana Brekke asked.\n\n“We will.”\n",
    "reported_before": "Ana Brekke said the ferry would run all winter. “Every boat is ready for it.”\n",
    "after_signed": "“The boats are ready,” Ana Brekke says. It is “a matter of pride” for the crews.\n",
    "same_paragraph": (
        "“The boats are ready,” said Ana Brekke, a harbour master. A lifelong sailor, she runs the pier. "
        "“We never miss a crossing.”\n"
    ),
    "subject_before": "The council met on Monday. Mayor Ana Brekke wants the pier rebuilt. “It is part of who we are.”\n",
    "pointed_back": "“Every boat is ready for the winter.” Those were the words of Ana Brekke, the harbour master.\n",
}


def attributions(
    text: str, disabled: frozenset[str] = frozenset()
) -> list[tuple[str | None, str | None, str | None]]:
    doc = document_from_text(text, "story.txt")
    out = []
    for q in extract_quotes(doc, disabled):
        mention = None if q.speaker_start is None else text[q.speaker_start : q.speaker_end]
        out.append((q.speaker, mention, q.attributed_by))
    return out


def test_every_sieve_has_an_example() -> None:
    assert set(EXAMPLES) == set(SIEVES)


@pytest.mark.parametrize("name", SIEVES)
def test_switching_a_sieve_off_changes_its_example(name: str) -> None:
    text = EXAMPLES[name]
    on = attributions(text)
    assert any(by == name for _, _, by in on), on
    off = attributions(text, frozenset({name}))
    assert off != on
    assert all(by != name for _, _, by in off)


def test_report_names_the_sieve_that_attributed_each_quote() -> None:
    text = "“The ferry will run all winter,” said Ana Brekke. The fog lifted.\n"
    report = check([document_from_text(text, "story.txt")], sources=[])
    [article] = json.loads(JsonFormat().render(report))["articles"]
    [quote] = article["quotes"]
    assert (quote["speaker"], quote["attributed_by"]) == ("Ana Brekke", "cue_after")
