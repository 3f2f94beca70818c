"""Session 35, verdict sweep V6 (324 invented end-to-end cases in the coordinator's sweepv635):
an omission that opens on the "not"/"never" of the helper kept before it flips the verb; words a
page, a turn or a post has its speaker quoting from someone else are not the speaker's own; a
page's speaker named by surname alone is the person it named in full before; a release's words
that it gives to another named person are not its chair's or chief's; the same words said twice
in a transcript are the draft speaker's where they said them too; a run of quote words set
against other words here but found word for word elsewhere is a stitch. Every check goes
through files as a newsroom gives them (people, towns and bodies invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.model import QuoteResult, Verdict
from tests.conftest import checked_source

OK = (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.EDITED)


def checked(tmp_path: Path, draft: str, name: str, source: str) -> QuoteResult:
    lead = "---\ntitle: Weir\ndate: 2026-06-14\n---\n# Weir\n\n"
    return checked_source(tmp_path, draft, name, source, lead=lead, article_name="draft.md")


def verdict(tmp_path: Path, draft: str, name: str, source: str) -> Verdict | None:
    return checked(tmp_path, draft, name, source).verdict


def page(*paragraphs: str, author: str = "Fenna Diaz") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!doctype html><html><head><title>Weir | Lornbury Courier</title><meta name="author" content="{author}">'
        '</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f'<article><h1>Weir works</h1><p class="byline">By {author}</p>{body}</article>'
        '<aside class="related"><a href="/x">Council tax bills to land next week</a></aside></body></html>'
    )


def transcript(*turns: tuple[str, str]) -> str:
    return "RIVER HOUR — RADIO LORNBURY\n\n" + "\n\n".join(f"{who}: {said}" for who, said in turns) + "\n"


def release(*paragraphs: str, body: str = "Lornbury Water Board") -> str:
    return (
        f"---\nkind: release\nauthor: {body}\ndate: 2026-06-14\n---\nFOR IMMEDIATE RELEASE\n\n"
        + "\n\n".join(paragraphs)
        + f"\n\nAbout the {body}\nThe {body} serves Lornbury.\n"
    )


INTRO = "Ilse Varga, chair of the Lornbury Water Board, spoke on Tuesday.\n\n"


# 1. an omission that takes the kept helper's not/never
NEGATED = page(
    "LORNBURY — Ilse Varga, chair of the Lornbury Water Board, spoke on Tuesday.",
    "“We are not, under any circumstances, cutting supply to the hospital,” Varga said.",
    "“The board will never, whatever the budget says, sell the old pumping station,” she said.",
    "“Our engineers were not, as far as I can tell, told about the closure,” Varga said.",
    "“Crews did not at any point in the spring inspect the east main,” she said.",
    "“It is a plan, not a promise, and we will keep working on it,” Varga said.",
    "“We are, not for the first time, asking households to cut back,” she said.",
    "“We are not only fixing leaks but also planning for the next drought,” Varga said.",
    "“We will never — and I mean never — sell the Wick Ford depot,” she said.",
    "“The plan — not the budget — is what matters to Lornbury,” Varga said.",
)


@pytest.mark.parametrize(
    "quote",
    [
        "We are … cutting supply to the hospital.",
        "The board will … sell the old pumping station.",
        "Our engineers were … told about the closure.",
        "Crews did … inspect the east main.",
        "We will … sell the Wick Ford depot.",
    ],
)
def test_an_omission_taking_the_helper_s_negation_is_altered(tmp_path: Path, quote: str) -> None:
    result = checked(tmp_path, INTRO + f"Varga said: “{quote}”", "page.html", NEGATED)
    assert result.verdict is Verdict.ALTERED, result.findings
    assert "negation_changed" in {f.code for f in result.findings}


@pytest.mark.parametrize(
    "quote",
    [
        # the negation belongs to what was left out: after a noun, or an aside after a comma
        "It is a plan … and we will keep working on it.",
        "We are … asking households to cut back.",
        "The plan … is what matters to Lornbury.",
        # "not only … but": the verb after it is not negated
        "We are … fixing leaks but also planning for the next drought.",
        # the helper's negation kept, the aside left out
        "We are not … cutting supply to the hospital.",
    ],
)
def test_an_omission_of_an_aside_stays_edited(tmp_path: Path, quote: str) -> None:
    assert verdict(tmp_path, INTRO + f"Varga said: “{quote}”", "page.html", NEGATED) is Verdict.EDITED


# 2. words the source's speaker quotes from someone else
NESTED = page(
    "LORNBURY — Ilse Varga, chair of the Lornbury Water Board, spoke on Tuesday.",
    "“An engineer told me last week, ‘The east main will not survive another winter,’ and I believed him,” "
    "Varga said.",
    "“I said to the staff on Monday, ‘Nobody on this board will lose their job over the drought,’ and I stand "
    "by that,” she said.",
    "Bram Odenkirk, a councillor, was at the meeting.",
)
TURNS = transcript(
    ("TOMAS REYL", "You have been criticised by Bram Odenkirk."),
    (
        "ILSE VARGA",
        "Councillor Odenkirk told me on Friday, and I quote, 'This town cannot afford another dry "
        "summer.' I take that seriously.",
    ),
    ("TOMAS REYL", "Did you tell the staff?"),
    (
        "ILSE VARGA",
        "I did. I told them, 'Nobody on this board will lose their job over the drought,' and I "
        "meant every word.",
    ),
    ("TOMAS REYL", "A neighbour wrote to us about the weir."),
    ("ILSE VARGA", 'My neighbour said to me, "The river has never been this low in June." She is right.'),
)


@pytest.mark.parametrize(
    ("draft", "name", "source"),
    [
        (INTRO + "“The east main will not survive another winter,” Varga said.", "page.html", NESTED),
        (INTRO + "“This town cannot afford another dry summer,” Varga said.", "t.txt", TURNS),
        (INTRO + "Varga said: “The river has never been this low in June.”", "t.txt", TURNS),
    ],
)
def test_words_the_speaker_quotes_from_another_are_not_theirs(
    tmp_path: Path, draft: str, name: str, source: str
) -> None:
    result = checked(tmp_path, draft, name, source)
    assert result.verdict is Verdict.MISATTRIBUTED, result.findings
    assert "quoting these words from" in result.findings[0].message


def test_words_quoted_in_a_post_are_not_its_author_s(tmp_path: Path) -> None:
    post = (
        "---\nkind: post\nauthor: Ilse Varga\nhandle: '@IlseVarga'\ndate: 2026-06-14\n---\n"
        'Ivo Lund told the board tonight: "The ferry will run all winter on the old timetable." Good news for '
        "Wick Ford.\n"
    )
    draft = INTRO + "“The ferry will run all winter on the old timetable,” Varga wrote on X."
    assert verdict(tmp_path, draft, "post.md", post) is Verdict.MISATTRIBUTED


def test_a_post_quoting_its_author_s_own_words_passes(tmp_path: Path) -> None:
    post = (
        "---\nkind: post\nauthor: Ilse Varga\nhandle: '@IlseVarga'\ndate: 2026-06-14\n---\n"
        'As I said on Monday: "We will not raise water rates this year." Nothing has changed.\n'
    )
    draft = INTRO + "“We will not raise water rates this year,” Varga wrote on X."
    assert verdict(tmp_path, draft, "post.md", post) is Verdict.EXACT


def test_a_document_a_turn_quotes_is_not_the_speaker_s(tmp_path: Path) -> None:
    source = transcript(
        ("TOMAS REYL", "What does the engineers' report say?"),
        ("ILSE VARGA", "The report says, 'The east depot is past its design life,' and I accept that."),
        ("TOMAS REYL", "Thank you."),
    )
    draft = INTRO + "“The east depot is past its design life,” Varga said."
    assert verdict(tmp_path, draft, "t.txt", source) is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    ("draft", "name", "source"),
    [
        # the speaker quoting their own words
        (INTRO + "“Nobody on this board will lose their job over the drought,” Varga said.", "page.html", NESTED),
        (INTRO + "“Nobody on this board will lose their job over the drought,” Varga said.", "t.txt", TURNS),
        # the words given to the one they are quoted from: told at second hand, not another's
        ("Bram Odenkirk is a councillor.\n\n“This town cannot afford another dry summer,” Odenkirk said.",
         "t.txt", TURNS),
    ],
)  # fmt: skip
def test_own_words_quoted_again_or_the_quoted_person_pass(
    tmp_path: Path, draft: str, name: str, source: str
) -> None:
    assert verdict(tmp_path, draft, name, source) in OK


# 3. a page's speaker named by surname alone, introduced in full before
SURNAMES = page(
    "LORNBURY — Ilse Varga, chair of the Lornbury Water Board, spoke on Tuesday.",
    "“We will not raise water rates this year,” Varga said.",
    "Councillor Bram Odenkirk has pressed the board for months to publish its repair records.",
    "“Residents deserve a straight answer about the tankers,” Odenkirk said.",
    "Nadia Fenwright, who runs the allotments, was blunter.",
    "“The board has treated the allotments as an afterthought,” Fenwright told the meeting.",
    "“Nobody asked us before the standpipes went in,” Fenwright added.",
)


@pytest.mark.parametrize(
    "quote",
    [
        "Residents deserve a straight answer about the tankers.",
        "The board has treated the allotments as an afterthought.",
        "Nobody asked us before the standpipes went in.",
    ],
)
def test_a_page_s_surname_speaker_introduced_before_is_someone_else(tmp_path: Path, quote: str) -> None:
    result = checked(tmp_path, INTRO + f"Varga said: “{quote}”", "page.html", SURNAMES)
    assert result.verdict is Verdict.MISATTRIBUTED, result.findings


def test_a_surname_two_people_share_or_the_right_person_pass(tmp_path: Path) -> None:
    two = SURNAMES.replace(
        "Nadia Fenwright, who runs", "Nadia Fenwright and her brother Ivo Fenwright, who run"
    )
    assert verdict(tmp_path, INTRO + "Varga said: “Nobody asked us before the standpipes went in.”",
                   "page.html", two) in OK  # fmt: skip
    draft = "Bram Odenkirk is a councillor.\n\n“Residents deserve a straight answer about the tankers,” Odenkirk said."
    assert verdict(tmp_path, draft, "page.html", SURNAMES) is Verdict.EXACT


# 4. a release's words given to another named person
RELEASE = release(
    "“These measures protect the supply for every home in Lornbury,” said Ilse Varga, chair of the Lornbury "
    "Water Board.",
    "“The audit panel supports the measures and will watch the spending closely,” said Bram Odenkirk, a "
    "councillor on the audit panel.",
)


@pytest.mark.parametrize(
    "who",
    [
        "Ilse Varga, chair of the Lornbury Water Board,",
        "Ilse Varga, the Lornbury Water Board's chief executive,",
        "Lornbury Water Board president Ilse Varga",
    ],
)
def test_a_release_s_words_of_another_person_are_not_its_officer_s(tmp_path: Path, who: str) -> None:
    draft = f"{who} set out the plan.\n\n“The audit panel supports the measures and will watch the spending closely,” Varga said."
    assert verdict(tmp_path, draft, "release.md", RELEASE) is Verdict.MISATTRIBUTED


def test_a_release_s_words_may_be_its_spokesperson_s(tmp_path: Path) -> None:
    draft = (
        "“The audit panel supports the measures and will watch the spending closely,” said Jana Holt, a "
        "spokeswoman for the Lornbury Water Board."
    )
    assert verdict(tmp_path, draft, "release.md", RELEASE) is Verdict.EXACT


# 5. the same words said by two people in one transcript
@pytest.mark.parametrize(
    ("first", "second", "draft"),
    [
        ("CORAL ASHBY", "DARIO MENENDI", "Dario Menendi runs Harwick Transit.\n\n“{w},” Menendi said."),
        ("ASHBY", "MENENDI", "Dario Menendi runs Harwick Transit.\n\nMenendi said: “{w}”"),
        ("DARIO MENENDI", "CORAL ASHBY", "Coral Ashby presents City Desk.\n\n“{w},” said Ashby."),
    ],
)
def test_words_both_said_are_the_draft_speaker_s(tmp_path: Path, first: str, second: str, draft: str) -> None:
    words = "The east side deserves a better bus service"
    source = transcript(
        (first, "Welcome back to City Desk."),
        (second, "Thank you."),
        (first, f"{words}."),
        (second, f"{words}. That is why we are doing this."),
        (first, "Thank you."),
    )
    assert verdict(tmp_path, draft.format(w=words), "t.txt", source) is Verdict.EXACT


def test_words_only_the_other_said_stay_misattributed(tmp_path: Path) -> None:
    source = transcript(
        ("CORAL ASHBY", "Riders on the east side feel forgotten by this agency."),
        ("DARIO MENENDI", "I understand the frustration, and we are adding routes."),
        ("CORAL ASHBY", "Thank you."),
    )
    draft = "Dario Menendi runs Harwick Transit.\n\n“Riders on the east side feel forgotten by this agency,” Menendi said."
    assert verdict(tmp_path, draft, "t.txt", source) is Verdict.MISATTRIBUTED


# 6. a sentence from another paragraph put in place of the words here
STITCH = page(
    "LORNBURY — Ilse Varga, chair of the Lornbury Water Board, spoke on Tuesday.",
    "“The reservoir stood at 41 percent on Monday morning,” Varga said.",
    "The latest figures show demand rising every weekend since the spring, with the sharpest rises in the "
    "outlying villages.",
    "“We are confident supply will last until the autumn rains,” she added.",
    "“Crews have fixed twelve hundred leaks since January,” Varga said.",
)


@pytest.mark.parametrize(
    "quote",
    [
        "The reservoir stood at 41 percent on Monday morning. We are confident supply will last until the autumn "
        "rains.",
        "We are confident supply will last until the autumn rains. The reservoir stood at 41 percent on Monday "
        "morning.",
        "Crews have fixed twelve hundred leaks since January. We are confident supply will last until the autumn "
        "rains.",
    ],
)
def test_sentences_from_two_paragraphs_run_together_are_stitched(tmp_path: Path, quote: str) -> None:
    assert verdict(tmp_path, INTRO + f"Varga said: “{quote}”", "page.html", STITCH) is Verdict.STITCHED


def test_a_rewording_found_nowhere_else_is_altered(tmp_path: Path) -> None:
    quote = "The reservoir was nearly half full on Monday morning, we are confident supply will last until the autumn rains."
    assert verdict(tmp_path, INTRO + f"Varga said: “{quote}”", "page.html", STITCH) not in OK


# 7. a plural possessive inside a body's name ("Pellam Growers' Co-operative")
@pytest.mark.parametrize(
    "body",
    ["Pellam Growers' Co-operative", "Harwick Drivers' Union", "Eastmere Parents’ Association"],
)
def test_a_spokesperson_for_a_body_with_a_possessive_in_its_name(tmp_path: Path, body: str) -> None:
    source = release(
        f"“The fund will reach every member before the summer,” said Joaquim Ferreira-Lund, president of the {body}.",
        body=body,
    )
    draft = (
        f"“The fund will reach every member before the summer,” said Jana Holt, a spokeswoman for the {body}."
    )
    assert verdict(tmp_path, draft, "release.md", source) is Verdict.EXACT


def test_a_possessive_before_a_lower_case_word_still_ends_the_body_s_name() -> None:
    from quotecheck.match.names import role_body

    assert role_body("a spokeswoman for Corran Airways' pilots", "Corran Airways", None) == ""
    assert role_body(
        "a spokeswoman for the Pellam Growers' Co-operative", "Pellam Growers' Co-operative", None
    )
