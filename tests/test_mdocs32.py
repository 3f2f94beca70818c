"""The review of session 32's document formats, mended: an unmarked Markdown blockquote is a
quote only under a line whose verb puts out its subject's words; a bare name under a quote
signs it only in a run of signed blocks (a vox pop, letters); a noun of speech before a
colon credits the subject only after a verb of producing words; a roundup entry set apart by
blank lines needs a venue line (no caption) and a repeated layout or a named person; a
document's agent phrase leaves a person speaking inside the report."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def extract(text: str, kind: str = "text") -> list[Quote]:
    return extract_quotes(document_from_text(text, "story.md" if kind == "markdown" else "story.txt", kind))


def found(text: str, words: str, kind: str = "text") -> list[Quote]:
    return [q for q in extract(text, kind) if words in q.text and q.kind == "quote"]


def speaker_of(text: str, words: str, kind: str = "text") -> str | None:
    [q] = found(text, words, kind)
    return q.speaker


# ---- 1. an unmarked blockquote after a colon line: only under a verb of putting out words ----
BLOCK_CUES = [
    ("Petra Lund said in a statement:\n\n> The pier will reopen in June. We’re sure of it.\n", "pier will", "Petra Lund"),
    ("In a letter, the mayor told residents:\n\n> Your water is safe.\n>\n> Crews worked all night.\n", "Crews worked", "the mayor"),
    ("Hugo Brandt replied on Tuesday:\n\n> I never saw the memo. Let’s be clear.\n", "never saw", "Hugo Brandt"),
    ("The director wrote:\n\n> We can’t keep every gallery open.\n\nStaff were told on Monday.\n", "every gallery", "The director"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "who"), BLOCK_CUES)
def test_block_under_a_cue_line_is_its_subjects(text: str, words: str, who: str) -> None:
    # a curly apostrophe inside the block no longer turns the reading off
    assert speaker_of(text, words, "markdown") == who


NOT_QUOTES = [
    "Here is the timeline:\n\n> The vote came on May 9 and the pier shut a week later.\n",
    "Editor’s note:\n\n> An earlier version of this story misstated the date of the vote.\n",
    "Correction:\n\n> An earlier version of this story misstated the date of the vote.\n",
    "Update:\n\n> The council has put off the vote until June.\n",
    "## Petra Lund said:\n\n> The vote came on May 9 and the pier shut a week later.\n",
    "To apply, residents should:\n\n> Bring proof of address and pay the fee in cash.\n",
    "Petra Lund said the dates were wrong. Here is the timeline:\n\n> The vote came on May 9.\n",
    "Petra Lund said:\n\n> - Fares rise in May.\n> - The night ferry ends.\n",
    "Petra Lund wrote:\n\n> From: the port office\n> To: all staff\n> Subject: the pier\n",
    "The mayor said:\n\n> | Year | Riders |\n> |---|---|\n> | 2024 | 2,900 |\n",
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_block_under_other_colon_lines_is_no_quote(text: str) -> None:
    assert [q.text for q in extract(text, "markdown") if q.kind == "quote"] == []


def test_block_of_anothers_words_credits_nobody() -> None:
    for text in (
        "Petra Lund shared a message she received from a voter:\n\n> You let this town down.\n",
        "Petra Lund was told by a clerk:\n\n> The form arrived late.\n",
        "Petra Lund responded to the post, which read:\n\n> The board failed us.\n",
    ):
        assert not any(q.speaker == "Petra Lund" for q in extract(text, "markdown"))


def test_nested_reply_ends_the_block() -> None:
    text = "Petra Lund wrote back:\n\n> Agreed, let us wait.\n>\n>> Can we delay the vote?\n"
    assert speaker_of(text, "let us wait", "markdown") == "Petra Lund"
    assert not any("delay" in q.text and q.speaker for q in extract(text, "markdown"))


def test_dash_signature_stays_out_of_the_block() -> None:
    text = "One reader wrote in:\n\n> The ferry is late every single day.\n> — Nina Holt, Dunmore\n"
    [q] = found(text, "ferry is late", "markdown")
    assert "Nina Holt" not in q.text


# ---- 2. a bare name line under a quote: a vox pop's run only ----
def test_vox_pop_run_is_signed() -> None:
    text = (
        "What shoppers told us:\n\n“The bus never comes on time.”\nNina Holt, 34, nurse\n\n"
        "“Put the money into schools.”\nHugo Brandt, Dunmore\n\n“Why close the library?”\nRosa Kell, Eastport\n"
    )
    assert speaker_of(text, "bus never") == "Nina Holt"
    assert speaker_of(text, "money into") == "Hugo Brandt"
    assert speaker_of(text, "library") == "Rosa Kell"


@pytest.mark.parametrize(
    ("text", "words", "who"),
    [
        ("Hugo Brandt said the pier would stay open.\n“We are staying put.”\nNina Holt, Dunmore\n", "staying", "Hugo Brandt"),
        ("Hugo Brandt said the pier would stay open.\n\n“We are staying put.”\nNina Holt, Staff Writer\n", "staying", "Hugo Brandt"),
        ("Hugo Brandt said the bridge would be rebuilt.\n\n“We will rebuild it.”\nNina Street Bridge\n", "rebuild", "Hugo Brandt"),
        ("Letters\n\nThe mayor promised us at the launch:\n“A pier for everyone.”\nNina Holt, Dunmore\n", "pier for", "The mayor"),
    ],
)  # fmt: skip
def test_single_name_line_signs_nothing(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


def test_title_list_and_header_first_layout_sign_nothing() -> None:
    titles = (
        "The shortlist:\n\n“Salt Roads”\nNina Holt, Cass Books\n\n“Low Water”\nHugo Brandt, Dunmore Press\n"
    )
    assert found(titles, "Salt Roads") == []
    headers = (
        "Nina Holt, 34, nurse\n\n“I like the market.”\nHugo Brandt, 50, driver\n\n"
        "“It is too far away.”\nRosa Kell, 29, teacher\n\n“The parking is bad.”\n"
    )
    assert speaker_of(headers, "like the market") != "Hugo Brandt"


# ---- 3. a noun of speech before a colon: a verb of producing words ----
@pytest.mark.parametrize(
    "lead",
    [
        "Petra Lund issued a stern warning:",
        "Petra Lund opened the meeting with a plea:",
        "Petra Lund delivered a blunt message to the board:",
        "Petra Lund gave a short answer:",
    ],
)
def test_producing_verb_credits_the_subject(lead: str) -> None:
    assert speaker_of(f"{lead}\n\n“Keep the library open.”\n", "library") == "Petra Lund"


@pytest.mark.parametrize(
    "lead",
    [
        "Critics seized on one remark from the mayor’s speech:",
        "Her rivals pounced on a single comment:",
        "Petra Lund brushed off the question:",
        "Petra Lund was given a warning:",
        "Petra Lund had received a warning:",
        "Petra Lund had no answer to one question:",
        "The board took up one request:",
        "Petra Lund ignored the plea:",
    ],
)
def test_receiving_or_reacting_verb_credits_nobody(lead: str) -> None:
    assert speaker_of(f"The meeting ran late.\n\n{lead}\n\n“Keep the library open.”\n", "library") is None


# ---- 4. a roundup entry across blank lines ----
def test_roundup_single_entry_of_a_named_person() -> None:
    text = "Week in Review\n\nMayor Hugo Brandt Says The Pier Will Reopen\n\n“Boats are back by June.”\n\n[Speech in Dunmore, March 3]\n"
    assert speaker_of(text, "Boats are back") in ("Hugo Brandt", "Mayor Hugo Brandt")


def test_roundup_repeated_layout_gives_groups_too() -> None:
    text = (
        "Fact check\n\nCritics Say Fares Are Too High\n\n“A ticket costs more than lunch.”\n\n[Town meeting, May 2]\n\n"
        "Mayor Nina Holt Says Fares Will Fall\n\n“Prices drop in the autumn.”\n\n[Radio interview, May 3]\n"
    )
    assert speaker_of(text, "ticket costs") == "Critics"
    assert speaker_of(text, "Prices drop") in ("Nina Holt", "Mayor Nina Holt")


@pytest.mark.parametrize(
    "text",
    [
        "Critics Say Fares Are Too High\n\n“A ticket costs more than lunch.”\n\n[Photo: Mayor Nina Holt at the pier]\n",
        "Critics Say Fares Are Too High\n\n“A ticket costs more than lunch.”\n\n[Image: the east pier in March]\n",
        "Nina Holt said the pier would reopen.\n\nResidents Say They Were Never Asked\n\n“A ticket costs more than lunch.”\n\n"
        "[Town meeting, May 2]\n\nShe said work starts in May.\n",
    ],
)  # fmt: skip
def test_caption_or_lone_group_subhead_is_no_entry(text: str) -> None:
    assert speaker_of(text, "ticket costs") in (None, "Nina Holt")


# ---- 5. a document with an agent phrase: a person reported inside keeps the words ----
@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Emails sent by Petra Lund show she called the plan “a fiasco” in March.", "Petra Lund"),
        ("Minutes kept by Nina Holt showed she called the vote “a farce.”", "Nina Holt"),
        (
            "Emails sent by Petra Lund show the treasurer’s deputy called it “a farce.”",
            "the treasurer’s deputy",
        ),
        ("Emails sent by Petra Lund show the mayor called the plan “a fiasco” in March.", "the mayor"),
        ("Records show the treasurer called the levy “a farce.”", "the treasurer"),
    ],
)
def test_person_inside_a_document_with_an_agent(text: str, who: str) -> None:
    [q] = extract(text)
    assert q.speaker == who


def test_document_with_an_agent_and_no_person_inside() -> None:
    text = "Records obtained by the Ledger show the council “was told about the leak.”"
    assert speaker_of(text, "was told") in (None, "Records")
