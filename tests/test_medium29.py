"""Documents and other non-person sources (issue 11, item 4), session 29: the one asked in
"called for the board to …", a document placed by a preposition of position, a binding text
opening its sentence with "under", a document noun after a name, a document's participle
("a sign reading “…”"), a colon after a clause holding a quote of its own, a document's
maker named by "signed by", and a question put to a passive "was asked"."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote
from tests.conftest import check_speaker, quote_with


def extract(text: str) -> list[Quote]:
    return extract_quotes(document_from_text(text, "story.txt", "text"))


# ---- a verb of speech before "for NP to": NP is the one asked, not a speaker ----
FOR_NP_TO = [
    (
        "A letter to council members calls for the board to respond by admitting that the plan was “a mistake.”",
        "a mistake",
        "letter",
    ),
    (
        "Ann Lund called for the board to respond by admitting that the plan was “a mistake.”",
        "a mistake",
        "Lund",
    ),
    (
        "A petition signed by 400 riders called for the council to declare the ferry “an essential service.”",
        "essential",
        "petition",
    ),
    (
        "The union, which represents 900 pilots, is pressing for the port to admit that the cuts were “reckless.”",
        "reckless",
        "union",
    ),
    # neighbour: no verb of speech before "for": the one after it acts
    (
        "Ann Lund waited for the board to declare the ferry “an essential service.”",
        "essential",
        "board",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), FOR_NP_TO)
def test_for_np_to(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- a document placed by a preposition of position speaks its relative clause ----
PLACED_DOCUMENT = [
    ("Lund posted the story under a headline that read, “Harbour Deal Collapses.”", "Collapses", "headline"),
    ("Lund posted her reply beneath a headline that said “Harbour Deal Collapses.”", "Collapses", "headline"),
    (
        "The blogger Ann Roy shares her posts under a bold headline that says, “Ferry Chaos Continues.”",
        "Chaos",
        "headline",
    ),
    # neighbour: the document is the verb's own object, and the verb authors it
    ("Lund posted a message that said, “The ferry will run.”", "ferry will run", "Lund"),
]


@pytest.mark.parametrize(("text", "words", "expected"), PLACED_DOCUMENT)
def test_placed_document(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- "Under <law, rule, contract>," opening a sentence with no cue of its own ----
BINDING_TEXT = [
    (
        "Under state law, a ferry is late when it leaves “more than ten minutes after its posted time.”",
        "ten minutes",
        "law",
    ),
    (
        "Under the Harbour Safety Act, which the governor signed in May, operators must file plans with "
        '"any agency that regulates the port."',
        "any agency",
        "Act",
    ),
    (
        'Under the new contract, pilots would be paid for "every hour spent waiting at the dock."',
        "every hour",
        "contract",
    ),
    ('Under the league\'s rules, a club that misses a payment is "suspended at once."', "suspended", "rules"),
    # neighbour: a cue in the sentence still names its speaker
    ("Under the deal, Lund said, the ferry would run “at least twice a day.”", "twice a day", "Lund"),
]


@pytest.mark.parametrize(("text", "words", "expected"), BINDING_TEXT)
def test_binding_text(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
    if expected != "Lund":
        assert quote_with(text, words).attributed_by == "binding_text"


# ---- a document noun after an article and a name heads the phrase ----
DOCUMENT_AFTER_NAME = [
    ("The Lund ad claims that “developers own her.”", "developers", "ad"),
    (
        "The Lund ad hits Roy for accepting “nine times more cash from builders than from voters.”",
        "nine times",
        "ad",
    ),
    ("The Lund ad hits Roy for taking money and claims that “developers own her.”", "developers", "ad"),
    ("A new Roy memo claims that staff “knew of the defect.”", "defect", "memo"),
    # neighbour: a person's name alone is the subject
    ("Ann Lund claims that “developers own her.”", "developers", "Lund"),
]


@pytest.mark.parametrize(("text", "words", "expected"), DOCUMENT_AFTER_NAME)
def test_document_after_name(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- a document's participle of showing words ----
DOCUMENT_PARTICIPLE = [
    ("Protesters carried a sign reading “Save Our Ferry.”", "Save Our", "sign"),
    ("Fans unfurled a banner reading “the harbour is ours.”", "harbour is ours", "banner"),
    (
        "A volunteer held up a placard proclaiming that the ferry was “not for sale.”",
        "not for sale",
        "placard",
    ),
    ("He wore a faded campaign hat reading “Ferry Forever.”", "Ferry Forever", "hat"),
    # neighbour: a person reading words aloud is no document
    ("Lund stood at the gate and read aloud: “The pier is closed.”", "pier is closed", "Lund"),
]


def test_signs_of_a_crowd_are_no_document_quote() -> None:
    """Neighbour of the document participle: plural signs carry a crowd's slogan."""
    quotes = extract("Many held signs reading “Save the Pier,” and some had brought their children.")
    assert all(q.kind != "quote" or not q.speaker for q in quotes if "Save the Pier" in q.text)


@pytest.mark.parametrize(("text", "words", "expected"), DOCUMENT_PARTICIPLE)
def test_document_participle(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- a colon after a clause that holds a quote of its own ----
COLON_OVER_QUOTE = [
    (
        "The Harbour Gazette focuses on how many riders the cuts—billed as “savings”—would strand: "
        "“In losing the ferry, the town lost its heart.”",
        "lost its heart",
        "Gazette",
    ),
    (
        "The Harbour Gazette dwelt on how many riders the “savings” would strand: “In losing the ferry, the town "
        "lost its heart.”",
        "lost its heart",
        "Gazette",
    ),
    (
        "The council report dwells on how the “cost savings” would hurt riders: “In losing the ferry, the town "
        "lost its heart.”",
        "lost its heart",
        "council report",
    ),
    (
        "Ann Lund, the mayor, spent her speech on how the “savings” would hurt riders: “In losing the ferry, "
        "the town lost its heart.”",
        "lost its heart",
        "Lund",
    ),
    # neighbour: a verb of speech before the inner quote governs the colon's quote as before
    (
        "The Gazette called the cuts “savings” as riders were blunt: “In losing the ferry, the town lost its heart.”",
        "lost its heart",
        "Gazette",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), COLON_OVER_QUOTE)
def test_colon_over_quote(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- a question put to a passive "was asked" is the asker's ----
PUT_QUESTION = [
    ("Lund was asked, “What is the worst ferry you have taken?”", "worst ferry", None),
    ("Ann Lund, the harbour master, is often asked, “Why not a bridge?”", "bridge", None),
    (
        "At the forum on Tuesday, the former mayor was asked, “Would you sell the pier?”",
        "sell the pier",
        None,
    ),
    (
        "In an interview with the Harbour Gazette published on Monday, Lund was asked, “What is the worst "
        "ferry you have taken?”",
        "worst ferry",
        "Gazette",
    ),
    # neighbour: a quote in the topic of the question is no question put
    ("Lund was asked about the “harbour plan” and said it would wait.", "harbour plan", "Lund"),
]


@pytest.mark.parametrize(("text", "words", "expected"), PUT_QUESTION)
def test_put_question(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)
