"""Session 35: a page names who says its quoted words in two more shapes, so a draft that gives
those words to someone else is misattributed, in single marks as in double.

- A pronoun cue whose person the same paragraph names in full, with no one else named between:
  "Tobiah Wrenn, the board’s engineer, was blunt. ‘…,’ he said." (``page_speaker`` gave up on
  every pronoun, as one may reach back past the paragraph).
- The draft's speaker named in the paragraph only as someone's possessor: "Varga’s deputy,
  Tobiah Wrenn, said: ‘…’" names Wrenn, not Varga.

Neighbours: a pronoun whose person is the draft's speaker, named in an earlier paragraph, stays
hers; a possessor who also speaks in the paragraph stays named; words read out stay unsaid.
Pages have enough paragraphs that the page is read paragraph by paragraph. All invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.api import check
from quotecheck.model import QuoteResult, Verdict

OK = (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.EDITED)
INTRO = "Ilse Varga, chair of the Lornbury Water Board, spoke on Tuesday.\n\n"
WORDS = "The lower weir will reopen before the spring floods"
FILLER = (
    "A further meeting is planned for the end of the month, when the accounts will be laid before members.",
    "Residents who wish to speak at that meeting are asked to register with the clerk a week in advance.",
    "The minutes of previous meetings, with the papers for the coming one, can be read at the library.",
    "Questions from the public are taken at the start of each meeting and answered within a fortnight.",
)


def checked(tmp_path: Path, source: str) -> QuoteResult:
    folder = tmp_path / "src"
    folder.mkdir(exist_ok=True)
    (folder / "page.html").write_text(source, encoding="utf-8")
    article = tmp_path / "draft.md"
    draft = INTRO + f"Varga said: “{WORDS}.”"
    article.write_text("---\ntitle: Weir\ndate: 2026-06-14\n---\n# Weir\n\n" + draft + "\n", encoding="utf-8")
    report = check([article], sources=[folder], store=tmp_path / "store")
    quotes = [q for a in report.articles for q in a.quotes if q.quote.kind == "quote"]
    assert len(quotes) == 1, quotes
    return quotes[0]


def page(
    *paragraphs: str, opening: str = "Ilse Varga, chair of the Lornbury Water Board, spoke on Tuesday."
) -> str:
    body = "".join(f"<p>{p}</p>" for p in (*paragraphs, *FILLER))
    return (
        "<!doctype html><html><head><title>Weir | Lornbury Courier</title></head><body><article><h1>Weir</h1>"
        f'<p class="byline">By Fenna Diaz</p><p>LORNBURY — {opening}</p>{body}'
        "<p>© 2026 Lornbury Courier. All rights reserved.</p></article></body></html>"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        f"Tobiah Wrenn, the board’s engineer, was blunt. ‘{WORDS},’ he said.",  # single marks
        f"Tobiah Wrenn, the board’s engineer, was blunt. “{WORDS},” he said.",  # double marks
        f"Priya Holloway, who runs the pumping station, spoke next. ‘{WORDS},’ she told reporters.",
        f"Tobiah Wrenn was blunt. ‘{WORDS},’ he says, ‘and not a day later.’",  # present tense, aside
    ],
)
def test_pronoun_whose_person_the_paragraph_names(tmp_path: Path, paragraph: str) -> None:
    assert checked(tmp_path, page(paragraph)).verdict is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    "paragraph",
    [
        f"Varga’s deputy, Tobiah Wrenn, said: ‘{WORDS}.’",
        f"“{WORDS},” said Tobiah Wrenn, Varga’s deputy.",
        f"Tobiah Wrenn, who was Varga’s engineer until May, told the meeting: ‘{WORDS}.’",
    ],
)
def test_speaker_named_only_as_a_possessor(tmp_path: Path, paragraph: str) -> None:
    assert checked(tmp_path, page(paragraph)).verdict is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    "paragraph",
    [
        f"‘{WORDS},’ she said.",  # the draft's speaker, named in the paragraph before
        f"She was blunt. ‘{WORDS},’ she said.",
        f"Varga, Tobiah Wrenn’s chair, was blunt: ‘{WORDS}.’",  # the speaker named, another the possessor
        f"Tobiah Wrenn, Varga’s deputy, read out her statement: ‘{WORDS}.’",  # words read out
        f"“{WORDS},” said Tobiah Wrenn, repeating Varga’s warning.",  # her words, not her deputy
        f"‘{WORDS},’ Tobiah Wrenn said, quoting Varga’s letter to the board.",
        # a given name that tells no sex: 'she' may be Varga, named in the paragraph before
        f"Tobiah Wrenn, the board’s engineer, sat down. ‘{WORDS},’ she said.",
    ],
)
def test_the_draft_speakers_words_stay_hers(tmp_path: Path, paragraph: str) -> None:
    assert checked(tmp_path, page(paragraph)).verdict in OK


@pytest.mark.parametrize(
    "paragraph",
    [
        f"‘Some call it “the dry year”. {WORDS},’ Wrenn said.",  # nested, a surname never introduced
        f"“{WORDS},” said Wrenn.",
        f"‘{WORDS},’ Wrenn told the meeting, ‘and not a day later.’",
    ],
)
def test_a_surname_the_page_never_introduces(tmp_path: Path, paragraph: str) -> None:
    assert checked(tmp_path, page(paragraph)).verdict is Verdict.MISATTRIBUTED


def test_another_named_between_leaves_the_pronoun_unread(tmp_path: Path) -> None:
    """Two people named before 'he': which one the page means is not told safely, so the page
    names no speaker and the draft's quote stands as before."""
    paragraph = f"Tobiah Wrenn spoke after Ilse Varga and Piet Mayo. ‘{WORDS},’ she said."
    assert checked(tmp_path, page(paragraph)).verdict in OK
