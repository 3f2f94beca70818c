"""Document sources and document formats inside articles (issue 11, items 4 and 5), session
32: a document subject with a place phrase after it ("a sign above the door read") past a
fronted clause, a roundup entry whose headline and quote block are set apart by a blank line,
and a sentence closing on a noun of speech and a colon that introduces the next paragraph."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def extract(text: str, kind: str = "text") -> list[Quote]:
    return extract_quotes(document_from_text(text, "story.md" if kind == "markdown" else "story.txt", kind))


def speaker_of(text: str, words: str, kind: str = "text") -> str | None:
    q = next(q for q in extract(text, kind) if words in q.text)
    return q.speaker if q.kind == "quote" else None


# ---- a document subject: a fronted clause before it, a place phrase after its head ----
SIGN_SUBJECTS = [
    ("When the crews arrived, a sign on the gate read “Closed until spring.”", "Closed", "a sign on the gate"),
    ("As the crowd gathered, a banner over the stage read “Hands off our park.”", "Hands off", "a banner over the stage"),
    ("By the time the inspectors returned, the notice beneath the window said “Condemned.”", "Condemned", "the notice beneath the window"),
    ("The poster above the clock reads “Mind the step,” and nobody does.", "Mind the step", "The poster above the clock"),
    ("When the strike began, the placard atop the truck said “Fair pay now.”", "Fair pay", "the placard atop the truck"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "who"), SIGN_SUBJECTS)
def test_document_subject_past_a_fronted_clause_and_a_place(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


def test_participle_phrase_before_the_verb_still_found() -> None:
    # the neighbour: a participle phrase with no comma still reaches back to its noun
    text = "Another clerk speaking to the radio station said “the queue never ends.”"
    assert (speaker_of(text, "queue") or "").startswith("Another clerk")


def test_person_after_a_fronted_clause_unchanged() -> None:
    text = "When the vote came, Ida Marsh, the treasurer, said “we are ready.”"
    assert speaker_of(text, "we are ready") == "Ida Marsh"


# ---- a roundup entry: headline, blank line, quote block, bracketed venue line ----
ROUNDUPS = [
    (
        "What They Said\n\nPort Director Hale Said The Pier Will Reopen\n\n"
        "“We will have boats back by June.”\n\n[Radio interview, March 3]\n",
        "boats back",
        "Hale",
    ),
    (
        "### Oren Vasko Says The Budget Is Balanced\n\n> “For the first time in years, we will not borrow.”\n\n"
        "[Press release, March 6]\n",
        "first time",
        "Oren Vasko",
    ),
    (
        "**Council Member Ida Marsh Claimed Crime Is Down**\n\n“Burglaries fell by a fifth.”\n\n"
        "[Council meeting, Jan. 9]\n",
        "Burglaries",
        "Council Member Ida Marsh",
    ),
    (
        "Week in review\n\nGovernor Tamsin Orr Warned Of More Closures\n\n"
        '"If the state cuts again, we close two more branches."\n\n[Town hall, Feb. 2]\n',
        "state cuts",
        "Tamsin Orr",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), ROUNDUPS)
def test_roundup_entry_with_blank_lines(text: str, words: str, who: str) -> None:
    kind = "markdown" if text.startswith(("#", "*")) else "text"
    assert speaker_of(text, words, kind) == who


def test_heading_then_blank_then_quote_without_venue_is_no_entry() -> None:
    # the neighbour: a title-case heading a blank line above a quote, no venue line under it
    text = "## Critics Say The Plan Will Fail\n\n“The plan is sound,” the engineer insisted.\n"
    assert speaker_of(text, "plan is sound", "markdown") == "the engineer"
    text = "Critics Say The Plan Will Fail\n\n“We never saw the plan.”\n\nThe meeting ran late.\n"
    assert speaker_of(text, "never saw") is None


# ---- a sentence closing on a noun of speech and a colon: the next paragraph's words ----
SPEECH_NOUN_INTROS = [
    (
        "Ida Marsh ended her speech with a warning:\n\n“If we do nothing, the river decides.\n\n"
        "“And it will not wait.”\n",
        "And it will not wait",
        "Ida Marsh",
    ),
    ("The treasurer had a warning for the council:\n\n“Pass the budget or lose the grant.”\n", "Pass the budget", "The treasurer"),
    ("Oren Vasko made three promises:\n\n- “No new taxes this year.”\n- “A fire station by 2028.”\n", "fire station", "Oren Vasko"),
    ("The judge closed the hearing with one last request:\n\n“Fence the spillway before summer.”\n", "Fence the spillway", "The judge"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "who"), SPEECH_NOUN_INTROS)
def test_speech_noun_before_a_colon_introduces_the_quote(text: str, words: str, who: str) -> None:
    kind = "markdown" if "\n- " in text else "text"
    assert speaker_of(text, words, kind) == who


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The council faced one question:\n\n“Where will the money come from?”\n", "money"),
        ("Ida Marsh received a warning:\n\n“Pay the fine by Friday.”\n", "Pay the fine"),
    ],
)
def test_words_received_are_not_the_subjects(text: str, words: str) -> None:
    assert speaker_of(text, words) is None


# ---- a document noun with a participle or "of" phrase before "show": the document reports ----
DOCUMENTS_SHOW = [
    ("Records obtained by the Ledger show the council “was told about the leak.”", "told about", "Records"),
    ("Emails reviewed by reporters showed the treasurer was “furious.”", "furious", "Emails"),
    ("Documents filed in court last week show the firm “knew of the defect.”", "knew of", "Documents"),
    ("Minutes of the closed session show the board “chose not to act.”", "chose not", "Minutes"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "who"), DOCUMENTS_SHOW)
def test_document_with_a_phrase_shows(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of the meeting show Oren Vasko called the plan “dead on arrival.”",
        "Records show Oren Vasko called the plan “dead on arrival.”",
        "Emails obtained by the Ledger show Oren Vasko called the plan “dead on arrival.”",
    ],
)
def test_person_quoted_inside_what_a_document_shows(text: str) -> None:
    # the neighbour: a person's own cue inside the document's report keeps the person
    assert speaker_of(text, "dead on arrival") == "Oren Vasko"


def test_surname_that_is_a_document_noun_still_reports() -> None:
    assert speaker_of("Ida Post said Oren Vasko called it “a disaster.”", "disaster") == "Ida Post"


# ---- an interview labelled "Q." and "A." (the print convention), not only "Q:" ----
def turn_speaker(text: str, words: str, kind: str = "text") -> str | None:
    q = next((q for q in extract(text, kind) if words in q.text), None)
    return q.speaker if q is not None and q.kind == "transcript" else None


QA_PERIOD = [
    (
        "Laura Marsh, the port director, sat down with us after the vote.\n\nQ. Were you surprised by the margin?\n\n"
        "A. Not at all. I knocked on every door myself.\n\nQ. What comes first?\n\nA. The water plant.\n",
        "water plant",
        "text",
    ),
    (
        "Peter Vasko, the former treasurer, sat down with us on Friday.\n\n**Q.** Why did you resign?\n\n"
        "**A.** I was asked to sign something I did not believe.\n\n**Q.** Will you run again?\n\n**A.** Never.\n",
        "asked to sign",
        "markdown",
    ),
    (
        "Helen Orr, 61, the harbour master, sat down with us in her office.\n\nQ. How long will the dredging take?\n\n"
        "A. Two summers, I think, if the money holds.\n\nQ. And if it does not?\n\nA. Then three.\n",
        "Two summers",
        "text",
    ),
]


@pytest.mark.parametrize(("text", "words", "kind"), QA_PERIOD)
def test_q_and_a_with_periods_are_turns(text: str, words: str, kind: str) -> None:
    assert turn_speaker(text, words, kind) in ("Laura Marsh", "Peter Vasko", "Helen Orr")


@pytest.mark.parametrize(
    "text",
    [
        "The bank posted its results.\n\nA. Lincoln Ferry Co. said its profits rose.\n\nQ3 results: revenue rose 4%.\n",
        "Quiz night answers.\n\nQ. Capital of Fenland?\n\nA. Dunmore.\n\nQ. Longest river?\n\nA. The Cass.\n",
    ],
)
def test_initials_quarters_and_quizzes_are_no_interview(text: str) -> None:
    assert not any(q.kind == "transcript" for q in extract(text))


# ---- a Markdown blockquote without marks after a line ending in a colon: a quote ----
UNMARKED_BLOCKS = [
    (
        "In a letter to staff, the director wrote:\n\n> We have reached the end of what the budget allows.\n>\n"
        "> Starting in May, the galleries will close on Mondays.\n\nThe museum declined to comment.\n",
        "Starting in May",
        "the director",
    ),
    ("Oren Vasko posted on Friday night:\n\n> The pier stays open. I gave my word.\n", "pier stays open", "Oren Vasko"),
    (
        "The treasurer ended the meeting with a warning:\n\n> If the levy fails, the pool closes\n> in June and does not reopen.\n",
        "the pool closes",
        "The treasurer",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "who"), UNMARKED_BLOCKS)
def test_unmarked_blockquote_after_a_colon_is_quoted(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words, "markdown") == who


def test_unmarked_blockquote_keeps_its_columns() -> None:
    text = "Lee wrote:\n\n> The pier stays open.\n"
    [q] = extract(text, "markdown")
    assert q.text == "The pier stays open." and text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text",
    [
        "The pier reopened on Friday.\n\n> The pier stays open.\n",  # no colon: an aside, a pull of the text
        "## Schedule:\n\n- Tickets are $5.\n- The “quiet car” is at the back.\n",  # a list, not a blockquote
    ],
)
def test_blockquote_without_colon_or_a_list_is_no_quote(text: str) -> None:
    assert not any(q.kind == "quote" and q.speaker for q in extract(text, "markdown"))


def test_marked_blockquote_unchanged() -> None:
    text = "The director wrote:\n\n> “We have reached the end,” she said, “of what we can do.”\n"
    assert [q.text for q in extract(text, "markdown")] == ["We have reached the end,", "of what we can do."]


# ---- a quote block signed on the next line by a bare name (readers' letters, vox pops): a run
# of two signed blocks at least (test_mdocs32: one pair alone signs nothing) ----
NAME_SIGNED = [
    ("What readers told us:\n\n“The bus has not come on time once this month.”\nLaura Marsh, Dunmore\n\n"
     "“Put the money into the schools.”\nPeter Vasko, Cass County\n", "Put the money", "Peter Vasko"),
    ("Voices from the queue\n\n“I have two jobs and still can’t make rent.”\nHelen Orr, 34, a cashier\n\n"
     "“The rent went up again.”\nPeter Vasko, 52, a driver\n", "two jobs", "Helen Orr"),
    ("We asked shoppers about the new market.\n\n“It is cheaper than the supermarket.”\nLaura Marsh\n\n"
     "“It is too far from the bus.”\nHelen Orr\n", "cheaper", "Laura Marsh"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "who"), NAME_SIGNED)
def test_quote_block_signed_by_a_bare_name(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended.\n\n“We are done.”\nLaura Marsh walked out of the room.\n",  # narrative, not a signature
        "The talks ended.\n\n“We are done.”\nLaura Marsh, the mediator, left\nbefore the vote.\n",  # runs on
        "The talks ended.\n\n“We are done.”\nCass County Council\n",  # a body, no given name
    ],
)
def test_next_line_that_is_no_signature(text: str) -> None:
    assert speaker_of(text, "We are done") is None
