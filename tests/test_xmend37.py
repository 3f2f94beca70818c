"""Mends (session 37) for shapes session 36 over-reached on, each narrowed by its grammar, with
invented passages.

1. "held/ruled that" is a judgment's cue only with a that-clause: "that" before a quote and a
   lower-case word that is no verb ("held that “Invincibles” record", "ruled that “kingdom of
   rust” for three generations") is a determiner, and the quote is no one's.
2. A single ‘ that opens an elided word (‘til, ‘em, ‘cause, ‘bout) opens no quote, so an s’
   before it inside a single-marked quote stays a plural's apostrophe.
3. Under "According to X, …", a clause set off on what the sentence said whose subject is
   "it"/"they" ("…, which it called “…”") points back to the source: the frame's words.
4. A short quote of capitalised words with no pronoun or verb opening a headline before a
   colon is a title or a nickname ("‘The Crossing’: Director … returns"), not the words of
   the person after the colon.
5. After "according to … cited/quoted by", a pronoun or a noun of people ("him", "the
   mayor", "officials") is a person who makes the claim; "first" before the participle is no
   part of the document's phrase.
6. Inside a report ("X said/found/ruled that …"), a naming cue with its own namer wins over
   the reporter: a passive "called “…” by Y" with its agent after the quote, and a "what Y
   called “…”" clause after a preposition ("…, to what commentator Y called “…”"); a pronoun
   namer ("what she called") stays the reporter's.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

DETERMINER_THAT = [
    (  # "held that" + quote + a noun it modifies
        "The Dunmore rowing club held that “Invincibles” record for 19 years.",
        "Invincibles",
    ),
    (  # a name as subject, a one-word quote as adjective
        "Tessa Vaund held that “interim” title for two years before stepping down.",
        "interim",
    ),
    (  # "ruled", a preposition after the quote
        "The Harlan family ruled that “kingdom of rust” for three generations.",
        "kingdom of rust",
    ),
    (  # a description, "until" after the quoted noun
        "The ferry operator held that “market leader” crown until 2020.",
        "market leader",
    ),
]


@pytest.mark.parametrize(("text", "words"), DETERMINER_THAT)
def test_judgment_that_as_determiner_gives_no_speaker(text: str, words: str) -> None:
    check_speaker(text, words, None)


JUDGMENT_CLAUSES = [
    ("The appeals court held that “the ban was unlawful.”", "the ban was unlawful", "appeals court"),
    ("The judge ruled that “reasonable doubt” had not been shown.", "reasonable doubt", "The judge"),
    ("The tribunal ruled that “gross misconduct” remains unproven.", "gross misconduct", "tribunal"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), JUDGMENT_CLAUSES)
def test_judgment_that_clause_neighbour(text: str, words: str, speaker: str) -> None:
    # a quoted subject goes on with its verb (or the quote holds the clause): still the court's
    check_speaker(text, words, speaker)


ELIDED = [
    (
        "‘The boys’ parents stayed ‘til midnight,’ said caretaker Owen Pryce.",
        "parents stayed",
        "Owen Pryce",
    ),
    (
        "‘The twins’ parents love ‘em to bits,’ said neighbour Gwen Lowe.",
        "parents love",
        "Gwen Lowe",
    ),
    (  # another cue verb, a description alone
        "‘The lads’ wives waited up ‘cause the boat was late,’ the landlady told us.",
        "wives waited up",
        "landlady",
    ),
    (  # ‘bout, with the cue first
        "Harbourmaster Ilya Brenn said: ‘The trawlers’ nets were torn ‘bout a mile out.’",
        "nets were torn",
        "Ilya Brenn",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ELIDED)
def test_elided_word_opens_no_quote(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_real_opening_mark_after_plural_neighbour() -> None:
    # a real ‘quote later in the paragraph: the s’ closed the first one (session 36's shape)
    text = (
        "The cellist Ines Marlowe wrote that he had been ‘the kindest and most generous’ teacher"
        " she had known. The Eastbrook Quartet called him ‘a craftsman first and last’."
    )
    check_speaker(text, "the kindest and most generous", "Ines Marlowe")


SOURCE_PRONOUN = [
    (
        "According to the Gazette, the firm's profits fell, which it called “a setback.”",
        "a setback",
        "Gazette",
    ),
    (
        "According to the Gazette, the firm's profits fell, which they called “a setback.”",
        "a setback",
        "Gazette",
    ),
    (
        "According to the report, rents rose, which it describes as “unsustainable.”",
        "unsustainable",
        "report",
    ),
    (  # past tense, another verb
        "According to the Ledger, the bank cut rates last week, which it described as “overdue.”",
        "overdue",
        "Ledger",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SOURCE_PRONOUN)
def test_frame_pronoun_clause_is_the_source(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_frame_clause_with_own_subject_neighbour() -> None:
    # a subject of its own in the set-off clause: still its words (session 36's shape)
    text = "According to the survey, rents rose, which the authors describe as “alarming.”"
    check_speaker(text, "alarming", "authors")


TITLES = [
    "‘The Crossing’: Director Mina Sol returns with border drama\n\nSol's third feature premieres in Varnholm.\n",
    "‘Beast from the East’: Farmer Ole Dahl counts cost of storm\n\nDahl lost 40 sheep.\n",
    "‘Dune’: Author Petra Kaas reviews the classic\n\nKaas reread the novel this winter.\n",
    "“Blue Moon”: Painter Aki Lund unveils new series\n\nThe works go on show in May.\n",
]


@pytest.mark.parametrize("text", TITLES)
def test_headline_title_before_colon_is_no_quote_of_the_person(text: str) -> None:
    words = text.split(":")[0].strip("‘’“”")
    check_speaker(text, words, None)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # one word with an adjective's ending is said
            "‘Devastated’: Farmer Ole Dahl counts cost of storm\n\nDahl lost 40 sheep.\n",
            "Devastated",
            "Ole Dahl",
        ),
        (  # a pronoun: words said
            "‘We deserved nothing’: Marlow manager Petra Quayle takes the blame\n\nQuayle spoke after the game.\n",
            "We deserved nothing",
            "Petra Quayle",
        ),
    ],
)
def test_headline_said_before_colon_neighbour(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


CITED_BY_PERSON = [
    (
        "According to data cited by him, exports rose “sharply,” said analyst Jon Brekk.",
        "sharply",
        "Jon Brekk",
    ),
    (
        "According to data cited by her, exports rose “sharply,” said economist Vera Lind.",
        "sharply",
        "Vera Lind",
    ),
    ("According to figures quoted by the mayor, rents rose “sharply” last year.", "sharply", "the mayor"),
    ("According to figures cited by officials, rents rose “sharply” last year.", "sharply", "officials"),
    (
        "According to a recording first reported by the Tribune, the cuts were “unavoidable.”",
        "unavoidable",
        "recording",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CITED_BY_PERSON)
def test_cited_by_a_person(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


def test_first_not_in_document_phrase() -> None:
    from tests.conftest import quote_with

    q = quote_with(
        "According to a recording first reported by the Tribune, the cuts were “unavoidable.”",
        "unavoidable",
    )
    assert q.speaker is not None and "first" not in q.speaker, q.speaker


def test_cited_by_a_body_neighbour() -> None:
    # a body that is an "it" after "cited by" only passed the paper on: the paper's claim
    check_speaker("According to a poll cited by the campaign, support is “surging.”", "surging", "poll")


NESTED_NAMERS = [
    ("The tribunal ruled that Ivo Rask had been called “a liar” by his manager.", "a liar", "his manager"),
    (
        "The inquiry found that the nurse was described as “reckless” by a senior doctor.",
        "reckless",
        "senior doctor",
    ),
    (  # said, an aside, a name as agent
        "Orla Venn said that, in 2019, she had been called “a traitor” by councillor Bram Tolle.",
        "a traitor",
        "Bram Tolle",
    ),
    (
        "The referee ruled that the ball had crossed the line, to what commentator Jo Mears called “a chorus of boos.”",
        "a chorus of boos",
        "Jo Mears",
    ),
    (  # said, another preposition, a plural description with an auxiliary
        "The mayor said that the vote went ahead amid what critics have called “a stitch-up.”",
        "a stitch-up",
        "critics",
    ),
    (
        "The panel found the town was hit in what forecaster Ana Brio called “a once-in-a-century storm.”",
        "once-in-a-century",
        "Ana Brio",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NESTED_NAMERS)
def test_nested_namer_in_report_wins(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # a pronoun namer is the reporter again
            "Mayor Hedda Lorne said that she phoned the winner to praise what she called “a superb race.”",
            "a superb race",
            "Hedda Lorne",
        ),
        (  # active naming inside the report: the reporter's account
            "The mayor said that the vote was “a stitch-up.”",
            "a stitch-up",
            "The mayor",
        ),
    ],
)
def test_nested_namer_neighbours(text: str, words: str, speaker: str) -> None:
    check_speaker(text, words, speaker)
