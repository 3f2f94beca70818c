"""Session 35, the review of sweep V6 (498 invented end-to-end cases): the shapes it found
mis-read, each with neighbours. A negation set off between commas, dashes or brackets is the
aside's own only when the aside sets a noun phrase against the one before it ("a plan, not a
promise,") or comments ("no doubt"); an adverbial negative ("under no circumstances", "not
once") negates the clause. "not just/only/merely" is a focus only with the "but" of its second
half. An omission that opens on a helper's "not" but goes on into a clause of its own ("will
not sell it and will lease it") leaves the verb after it unnegated. Words set in inner marks
after "Our message is simple:", a post's subjectless "Told the council:", or said again in the
speaker's own voice are the speaker's; "Halloran never once said to me, '…'" is no report of
Halloran's words. People, towns and bodies are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.model import QuoteResult, Verdict
from tests.test_sweepv635 import checked

OK = (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.EDITED)
INTRO = "Ilse Varga, chair of the Lornbury Water Board, spoke on Tuesday.\n\n"


def page(*paragraphs: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!doctype html><html><head><title>Weir | Lornbury Courier</title></head><body><article><h1>Weir</h1>"
        '<p class="byline">By Fenna Diaz</p><p>LORNBURY — Ilse Varga, chair of the Lornbury Water Board, spoke '
        f"on Tuesday.</p>{body}</article></body></html>"
    )


def said(sentence: str, quote: str, tmp_path: Path) -> QuoteResult:
    """The draft quotes Varga as ``quote``; the page has her saying ``sentence``."""
    return checked(
        tmp_path, INTRO + f"Varga said: “{quote}”", "page.html", page(f"“{sentence},” Varga said.")
    )


def transcript(turn: str) -> str:
    return (
        "RIVER HOUR — RADIO LORNBURY\n\nTOMAS REYL: Welcome. My guest is Ilse Varga.\n\n"
        f"ILSE VARGA: {turn}\n\nTOMAS REYL: Thank you.\n"
    )


def post(text: str) -> str:
    return f"---\nkind: post\nauthor: Ilse Varga\nhandle: '@IlseVarga'\ndate: 2026-06-14\n---\n{text}\n"


# 1. a negation set off in an aside: the clause's unless the aside is a contrast or a comment
@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("We will, under no circumstances, sell the depot", "We will … sell the depot."),
        (
            "Our inspectors did — at no point — inspect the east main",
            "Our inspectors did … inspect the east main.",
        ),
        ("This is, by no means, the end of the depot", "This is … the end of the depot."),
        ("We have, not once, asked households for more money", "We have … asked households for more money."),
        ("We will — never, ever — sell the depot", "We will … sell the depot."),
        ("The board, at no time, consulted households", "The board … consulted households."),
        # "not" with a determiner after a helper, or a quantifier: a number denied, no contrast
        ("The members, not one, voted for the plan", "The members … voted for the plan."),
        ("We will — no, never — sell the depot", "We will … sell the depot."),
    ],
)
def test_an_adverbial_negative_set_off_negates_the_clause(tmp_path: Path, sentence: str, quote: str) -> None:
    result = said(sentence, quote, tmp_path)
    assert result.verdict is Verdict.ALTERED, result.findings
    assert "negation_changed" in {f.code for f in result.findings}


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("It is a loan, not a gift, and growers will repay it", "It is a loan … and growers will repay it."),
        ("The crews — not the managers — will decide", "The crews … will decide."),
        ("The board (not the council) will pay for the pipes", "The board … will pay for the pipes."),
        ("We will, no doubt, reopen the depot in the spring", "We will … reopen the depot in the spring."),
        ("They have, no matter what, kept the depot open", "They have … kept the depot open."),
    ],
)
def test_a_contrast_or_a_comment_set_off_keeps_its_negation(
    tmp_path: Path, sentence: str, quote: str
) -> None:
    assert said(sentence, quote, tmp_path).verdict is Verdict.EDITED


# 2. "not just / only / merely": a focus only with the "but" of its second half
@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("We will not just walk away from these households", "We will … walk away from these households."),
        ("We are not simply going to accept the cuts", "We are … going to accept the cuts."),
        ("We will not merely sit and wait for the ministry", "We will … sit and wait for the ministry."),
        ("We are not just yet ready to reopen the depot", "We are … ready to reopen the depot."),
        # a "but" opening a clause of its own is no second half
        ("We will not simply wait, but we will act", "We will … wait, but we will act."),
    ],
)
def test_not_just_without_its_second_half_negates(tmp_path: Path, sentence: str, quote: str) -> None:
    assert said(sentence, quote, tmp_path).verdict is Verdict.ALTERED


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("We are not only fixing leaks but also planning ahead", "We are … fixing leaks but also planning ahead."),
        ("We are not merely fixing leaks but rebuilding the network", "We are … fixing leaks but rebuilding the network."),
        ("The town needs not just a depot but a new plant", "The town needs … a depot but a new plant."),
    ],
)  # fmt: skip
def test_not_only_with_but_stays_edited(tmp_path: Path, sentence: str, quote: str) -> None:
    assert said(sentence, quote, tmp_path).verdict is Verdict.EDITED


# 3. a helper's "not" left out with a clause of its own after it
@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("We are not closing the depot but moving it to Harwick", "We are … moving it to Harwick."),
        ("The leak plan is not perfect, but it is a start", "The leak plan is … a start."),
        ("We will not sell the depot and will lease it to the town", "We will … lease it to the town."),
        (
            "We have never closed a site without warning and have always consulted",
            "We have … always consulted.",
        ),
        (
            "Our crews were not idle; they were fixing leaks all night",
            "Our crews were … fixing leaks all night.",
        ),
        (
            "This was never about money but about the future of the depot",
            "This was … about the future of the depot.",
        ),
    ],
)
def test_a_helper_s_not_left_out_with_a_clause_of_its_own_stays_edited(
    tmp_path: Path, sentence: str, quote: str
) -> None:
    assert said(sentence, quote, tmp_path).verdict is Verdict.EDITED


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # the second clause is negated too, or all after the "not" is an aside
        ("We are not, and will not be, charging patients", "We are … charging patients."),
        ("We will not sell the depot and will never lease it", "We will … lease it."),
        ("The plan was not perfect; it was not a start either", "The plan was … a start either."),
        ("We will never, whatever the budget says, sell the depot", "We will … sell the depot."),
        ("We will not — I repeat, not — sell the depot", "We will … sell the depot."),
    ],
)
def test_a_helper_s_not_left_out_before_its_own_verb_is_altered(
    tmp_path: Path, sentence: str, quote: str
) -> None:
    assert said(sentence, quote, tmp_path).verdict is Verdict.ALTERED


# 4. inner marks around the speaker's own words
OWN = "Use less, and report every leak"


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("page.html", page(f"“Our message to every household is simple: ‘{OWN},’” Varga said.")),
        ("page.html", page(f"“My advice to parents is this: ‘{OWN}.’ That is all,” Varga said.")),
        ("t.txt", transcript(f"Our message is simple: '{OWN}.' That is all there is to it.")),
        ("post.md", post(f'My message to the board tonight: "{OWN}." Nothing has changed.')),
        ("post.md", post(f'Told the council tonight: "{OWN}." Proud of our crews.')),
    ],
)
def test_the_speaker_s_own_words_in_inner_marks_pass(tmp_path: Path, name: str, source: str) -> None:
    assert checked(tmp_path, INTRO + f"“{OWN},” Varga said.", name, source).verdict is Verdict.EXACT


@pytest.mark.parametrize(
    ("name", "source"),
    [
        # a person of one's own ("my father", "our engineer") told them; another's message
        ("page.html", page(f"“My father told me when I was a boy, ‘{OWN},’ and he was right,” Varga said.")),
        ("page.html", page(f"“Their message is simple: ‘{OWN},’” Varga said.")),
        ("post.md", post(f'My neighbour told me tonight: "{OWN}." Good advice.')),
        ("post.md", post(f'Piet Halloran told the board tonight: "{OWN}." Good advice.')),
    ],
)
def test_another_s_words_in_inner_marks_stay_misattributed(tmp_path: Path, name: str, source: str) -> None:
    assert checked(tmp_path, INTRO + f"“{OWN},” Varga said.", name, source).verdict is Verdict.MISATTRIBUTED


# 5. words quoted from another, then said again in the speaker's own voice
LEVEL = "The reservoir stood at forty percent on Monday morning"


@pytest.mark.parametrize(
    ("name", "source", "want"),
    [
        ("page.html", page(f"“Halloran told me, ‘{LEVEL},’ and he is right. {LEVEL},” Varga said."), Verdict.EXACT),
        ("t.txt", transcript(f"Halloran said to me, '{LEVEL}.' And I agree. {LEVEL}."), Verdict.EXACT),
        # said once, or quoted twice
        ("page.html", page(f"“Halloran told me, ‘{LEVEL},’ and he is right,” Varga said."), Verdict.MISATTRIBUTED),
        ("page.html", page(f"“Halloran told me, ‘{LEVEL}.’ He told the board, ‘{LEVEL}.’ I was not there,” Varga said."),
         Verdict.MISATTRIBUTED),
        ("t.txt", transcript(f"Halloran said to me, '{LEVEL}.' I have no view on it."), Verdict.MISATTRIBUTED),
    ],
)  # fmt: skip
def test_words_said_again_in_one_s_own_voice(tmp_path: Path, name: str, source: str, want: Verdict) -> None:
    assert checked(tmp_path, INTRO + f"“{LEVEL},” Varga said.", name, source).verdict is want


# 6. a denial or a supposition after the name quoted: no report of that person's words
DRY = "This town cannot afford another dry summer"
HALLORAN = "Piet Halloran, a councillor, spoke on Tuesday.\n\n"


@pytest.mark.parametrize(
    "turn",
    [
        f"Halloran never once said to me, '{DRY}.' Not once.",
        f"Halloran did not say to me, '{DRY}.' He said the opposite.",
        f"Halloran would tell you, '{DRY}.' I disagree.",
        f"Halloran has never said, '{DRY}.' Never.",
    ],
)
def test_a_denied_report_is_not_the_named_person_s(tmp_path: Path, turn: str) -> None:
    result = checked(tmp_path, HALLORAN + f"“{DRY},” Halloran said.", "t.txt", transcript(turn))
    assert result.verdict is Verdict.MISATTRIBUTED, result.findings


@pytest.mark.parametrize(
    "turn",
    [
        f"Halloran told me, '{DRY}.' I take that seriously.",
        f"Councillor Halloran told me on Friday, '{DRY}.' I take that seriously.",
    ],
)
def test_a_plain_report_passes_for_the_named_person(tmp_path: Path, turn: str) -> None:
    assert checked(tmp_path, HALLORAN + f"“{DRY},” Halloran said.", "t.txt", transcript(turn)).verdict in OK


# The session's sweep V: a surname the turn quotes is the person the source named in full with it
@pytest.mark.parametrize(
    ("intro", "draft_name", "ok"),
    [
        ("The inspector, Nadia Quist, wrote to the board.", "Mara Quist", False),  # another Quist
        ("Inspector Nadia Quist wrote to the board last week.", "Tom Quist", False),
        ("The inspector, Nadia Quist, wrote to the board.", "Nadia Quist", True),  # the one named
    ],
)
def test_a_quoted_surname_is_the_person_the_source_named_in_full(
    tmp_path: Path, intro: str, draft_name: str, ok: bool
) -> None:
    words = "The east wall of the hall must come down this year"
    source = (
        f"EVENING DESK — RADIO LORNBURY\n\nLEV HARROW: {intro} What did Quist say?\n\n"
        f"ILSE VARGA: Quist told us, '{words},' and we accept that.\n\nLEV HARROW: Thanks.\n"
    )
    draft = f"{draft_name} spoke.\n\n“{words},” {draft_name} said."
    result = checked(tmp_path, draft, "transcript.txt", source)
    assert (result.verdict in OK) is ok, (result.verdict, result.findings)
