"""A determiner or a possessive (or a count) before a word that can also be a verb makes
that word a noun, the head of the subject, not the verb group: "The report contains a line
that …: “…”" has the report for speaker, as "The memo contains …" always had. The shape is
read once (``mentions.noun_slot``) by the forward noun-phrase reader and by the cue finder,
so every caller of a sentence's subject gains. The same word without a determiner keeps its
verb reading ("Officials report that …"), and a demonstrative opens the subject only before
a word that cannot be its verb ("This report shows", not "This means"). A document as the
subject of "was" gives no speaker ("The police report was “late”": what it is, not what it
says), nor a quote inside the subject's own phrase ("A demand for “…” was made …"). All
text is invented."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes

LINE = "a line that critics have repeated: “The harbour cannot absorb another cut.”"


def speakers(text: str) -> list[str | None]:
    """The speaker of each quotation in ``text``; a quote kept as a term has none."""
    quotes = extract_quotes(document_from_text(text + "\n", "story.txt"))
    return [q.speaker if q.kind == "quote" else None for q in quotes]


# ---- a word after a determiner or a possessive is the subject's noun ----


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (f"The board met on Monday. The report contains {LINE}", "The report"),
        (f"The inspectors wrote up their visit. Their report contained {LINE}", "Their report"),
        (f"The audit office finished its work. Its report includes {LINE}", "Its report"),
        (f"The board met on Monday. The reply included {LINE}", "The reply"),
        (f"The board met on Monday. The annual report contains {LINE}", "The annual report"),  # a modifier
        (f"The board met on Monday. The agency’s report contains {LINE}", "The agency’s report"),
        (f"The board met on Monday. Two reports contain {LINE}", "Two reports"),  # a count
        (f"The board met on Monday. That report contains {LINE}", "That report"),  # a demonstrative
        (
            "Staff checked the logs. Every call log shows the dispatcher calling the fire “under control.”",
            "Every call log",
        ),
    ],
)
def test_a_noun_after_a_determiner_heads_the_subject(text: str, who: str) -> None:
    assert speakers(text)[0] == who


def test_a_pronoun_after_a_document_subject_is_not_the_document() -> None:
    text = f"Ana Brekke runs the clinic. The report contains {LINE} She called it “unfair and plainly wrong.”"
    assert speakers(text) == ["The report", "Ana Brekke"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("This study found the river was “dead for a decade.”", "This study"),
        ("These filings show the firm called its debt “small and safe.”", "These filings"),
        ("Those reports say the river was “dead for a decade.”", "Those reports"),
    ],
)
def test_a_demonstrative_before_a_noun_opens_the_subject(text: str, who: str) -> None:
    assert speakers("The mill closed in May. " + text) == [who]


# ---- neighbours: the verb reading stays ----


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Officials report that the dam is “stable for now.”", "Officials"),  # no determiner
        ("Nurses report that wards are “dangerously understaffed.”", "Nurses"),
        ("Critics answer that the plan is “a gift to developers.”", "Critics"),
        ("The mayor reported that the fund was “nearly empty.”", "The mayor"),  # the verb after the head
        ("The spokesman reports that the talks are “going well.”", "The spokesman"),
        ("The mayor’s aides report that the plan is “in trouble.”", "The mayor’s aides"),
        ("Two said the plan was “a total mess from the start.”", "Two"),  # a count alone
        ("Ivo Brandt runs the mill. This means the river is “dead for a decade,” he said.", "Ivo Brandt"),
        ("Ivo Brandt runs the mill. That leaves the town “without a future,” he said.", "Ivo Brandt"),
        ("This week the mayor called the mill “a scar on the valley.”", "the mayor"),  # a time
        ("That night the nurses called the rota “brutal and unsafe.”", "the nurses"),
    ],
)
def test_a_verb_without_a_determiner_keeps_its_reading(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "The police report was “late.”",
        "The annual report was “late.”",
        "The audit is “overdue” by any measure.",
        "A demand for “rent relief now” was made by the tenants on Friday.",
    ],
)
def test_a_document_described_or_holding_the_quote_says_nothing(text: str) -> None:
    assert speakers(text) == [None]


def test_a_speech_noun_under_be_still_gives_its_owner() -> None:
    assert speakers("Ana Brekke ran again. Brekke’s campaign slogan is “Ferries for all.”") == ["Ana Brekke"]
