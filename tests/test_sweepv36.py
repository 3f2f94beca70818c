"""Session 36, verdict sweep (442 invented end-to-end cases in the coordinator's sweepv36): a
court transcript's Q./A. lines are the examiner's and the witness's; an interpreter's turn after
a time stamp is still an interpreter's; a post that a saved post quotes is its own author's
source; a PDF export's running heads and page numbers do not cut a sentence over a page break;
a live blog's "Name: “…”" entry gives the name's own words, and a surname it names in full only
further down is that person. Every check goes through files as a newsroom gives them (people,
towns and bodies invented)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotecheck.api import check
from quotecheck.model import QuoteResult, Verdict

OK = (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.EDITED)
INTRO = "Rena Holt and Marek Dunne set out their positions this week on the Lornbury weir.\n\n"


def checked(tmp_path: Path, draft: str, name: str, source: str) -> list[QuoteResult]:
    folder = tmp_path / "src"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / name).write_text(source, encoding="utf-8")
    article = tmp_path / "draft.md"
    article.write_text("---\ntitle: Weir\ndate: 2026-06-14\n---\n# Weir\n\n" + draft + "\n", encoding="utf-8")
    report = check([article], sources=[folder], store=tmp_path / "store")
    return [q for a in report.articles for q in a.quotes if q.quote.kind == "quote"]


def verdict(tmp_path: Path, draft: str, name: str, source: str) -> Verdict | None:
    quotes = checked(tmp_path, draft, name, source)
    assert len(quotes) == 1, quotes
    return quotes[0].verdict


# --- court transcripts: Q. is the examiner's, A. the witness's ---------------------------------


def court(heading: str, sworn: str, answer: str, numbered: bool = False) -> str:
    lines = [
        "IN THE DISTRICT COURT OF MARL COUNTY",
        "",
        sworn,
        "",
        heading,
        "",
        "Q. Please state your name for the record.",
        "A. Rena Holt.",
        "Q. What did you tell the board in May?",
        f"A. {answer}",
        "Q. Thank you.",
        "THE COURT: We will rise for ten minutes.",
    ]
    if numbered:
        lines = [
            f"{n:2d}   {line}" if line.startswith(("Q.", "A.")) else line for n, line in enumerate(lines, 1)
        ]
    return "\n".join(lines) + "\n"


ANSWER = "The weir gates were left open for three days and nobody checked them."


@pytest.mark.parametrize(
    ("heading", "sworn", "numbered", "cue"),
    [
        ("DIRECT EXAMINATION BY MR. DUNNE:", "RENA HOLT, called as a witness, having been first duly sworn, testified as follows:", False, "testified"),
        ("CROSS-EXAMINATION BY MR. DUNNE:", "Rena Holt, having been duly sworn, was examined and testified as follows:", True, "told the court"),
        ("BY MR. DUNNE:", "RENA HOLT, being first duly sworn, testified:", False, "said under oath"),
    ],
)  # fmt: skip
def test_a_witness_answer_is_the_witness_s(
    tmp_path: Path, heading: str, sworn: str, numbered: bool, cue: str
) -> None:
    source = court(heading, sworn, ANSWER, numbered)
    draft = INTRO + f"“The weir gates were left open for three days and nobody checked them,” Holt {cue}."
    assert verdict(tmp_path, draft, "hearing.txt", source) is Verdict.EXACT


def test_a_witness_answer_given_to_the_examiner_is_misattributed(tmp_path: Path) -> None:
    source = court(
        "DIRECT EXAMINATION BY MR. DUNNE:",
        "RENA HOLT, called as a witness, having been first duly sworn, testified as follows:",
        ANSWER,
    )
    draft = (
        INTRO + "“The weir gates were left open for three days and nobody checked them,” Dunne said in court."
    )
    assert verdict(tmp_path, draft, "hearing.txt", source) is Verdict.MISATTRIBUTED


# --- an interpreter's turn after a time stamp ----------------------------------------------------


@pytest.mark.parametrize(
    ("stamp", "label", "cue"),
    [
        ("[00:14:03] ", "INTERPRETER", "said"),
        ("00:14:03 ", "THE INTERPRETER", "told the radio station"),
        ("[01:02:11] ", "INTERPRETER (for Rena Holt)", "said through an interpreter"),
    ],
)
def test_an_interpreters_turn_after_a_stamp_gives_the_speakers_words(
    tmp_path: Path, stamp: str, label: str, cue: str
) -> None:
    source = (
        "WEIR HOUR\n\n"
        f"{stamp}MAREK DUNNE: Where does the council stand?\n\n"
        f"{stamp}RENA HOLT (in Portuguese): Nós não vamos fechar a comporta.\n\n"
        f"{stamp}{label}: We will not close the weir gate this winter.\n\n"
        f"{stamp}MAREK DUNNE: Thank you.\n"
    )
    draft = INTRO + f"“We will not close the weir gate this winter,” Holt {cue}."
    assert verdict(tmp_path, draft, "radio.txt", source) is Verdict.EXACT


def test_a_stamped_turn_of_someone_else_is_still_theirs(tmp_path: Path) -> None:
    source = (
        "WEIR HOUR\n\n"
        "[00:14:03] RENA HOLT: I have nothing to add.\n\n"
        "[00:14:10] MAREK DUNNE: We will not close the weir gate this winter.\n\n"
        "[00:14:20] RENA HOLT: Thank you.\n"
    )
    draft = INTRO + "“We will not close the weir gate this winter,” Holt said."
    assert verdict(tmp_path, draft, "radio.txt", source) is Verdict.MISATTRIBUTED


# --- a saved quote-post: the quoted post is its author's -----------------------------------------


def quote_post(quoter_text: str, quoted_text: str) -> str:
    response = {
        "data": [
            {
                "id": "702",
                "author_id": "2",
                "text": quoter_text + " https://t.co/q1",
                "created_at": "2026-06-11T11:00:00.000Z",
                "referenced_tweets": [{"type": "quoted", "id": "701"}],
                "entities": {
                    "urls": [
                        {
                            "start": 0,
                            "end": 1,
                            "url": "https://t.co/q1",
                            "expanded_url": "https://x.com/RenaHolt/status/701",
                            "display_url": "x.com/RenaHolt/status/7…",
                        }
                    ]
                },
            }
        ],
        "includes": {
            "users": [
                {"id": "1", "name": "Rena Holt", "username": "RenaHolt"},
                {"id": "2", "name": "Marek Dunne", "username": "MarekDunne"},
            ],
            "tweets": [
                {"id": "701", "author_id": "1", "text": quoted_text, "created_at": "2026-06-11T09:00:00.000Z"}
            ],
        },
    }
    return json.dumps(response)


QUOTED = "The weir fund will pay for new gates before the autumn floods."


@pytest.mark.parametrize(
    "draft_quote",
    [
        "“The weir fund will pay for new gates before the autumn floods,” Holt wrote on X.",
        "Holt posted that the fund “will pay for new gates before the autumn floods.”",
        "“The weir fund will pay for new gates,” Holt wrote, “before the autumn floods.”",
    ],
)
def test_a_quoted_post_in_a_saved_response_is_its_author_s(tmp_path: Path, draft_quote: str) -> None:
    source = quote_post("Where was this promise last year?", QUOTED)
    assert all(q.verdict in OK for q in checked(tmp_path, INTRO + draft_quote, "posts.json", source))


def test_a_quoted_post_s_words_given_to_the_quoter_are_misattributed(tmp_path: Path) -> None:
    source = quote_post("Where was this promise last year?", QUOTED)
    draft = INTRO + "“The weir fund will pay for new gates before the autumn floods,” Dunne wrote on X."
    assert verdict(tmp_path, draft, "posts.json", source) is Verdict.MISATTRIBUTED


# --- a PDF export's page furniture ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "foot"),
    [
        ("LORNBURY COUNCIL — VERBATIM RECORD, 9 JUNE 2026          Page {n} of 12", "{n}"),
        ("Weir Inquiry: Day 3 transcript", "- {n} -"),
        ("MARL COUNTY BOARD MINUTES 2026", "Page {n}"),
    ],
)
def test_a_sentence_over_a_page_break_is_one_sentence(tmp_path: Path, head: str, foot: str) -> None:
    pages = [
        "RENA HOLT: Thank you, chair. I have read the report twice and I\nstand by every word of it. The weir gates were",
        "left open for three days and nobody checked them.\nMAREK DUNNE: That is not what the log says.",
    ]
    source = "\f".join(f"{head.format(n=n)}\n\n{p}\n\n{foot.format(n=n)}\n" for n, p in enumerate(pages, 4))
    draft = INTRO + "“The weir gates were left open for three days and nobody checked them,” Holt said."
    assert verdict(tmp_path, draft, "record.txt", source) is Verdict.EXACT


def test_a_changed_word_over_a_page_break_is_still_altered(tmp_path: Path) -> None:
    pages = [
        "RENA HOLT: Thank you, chair. The weir gates were",
        "left open for three days and nobody checked them.\nMAREK DUNNE: That is not what the log says.",
    ]
    source = "\f".join(f"WEIR INQUIRY — DAY 3\n\n{p}\n\n{n}\n" for n, p in enumerate(pages, 4))
    draft = INTRO + "“The weir gates were left open for five days and nobody checked them,” Holt said."
    assert verdict(tmp_path, draft, "record.txt", source) is Verdict.ALTERED


# --- a live blog's name-and-colon entries ----------------------------------------------------------


def live_blog(*entries: tuple[str, str]) -> str:
    items = "".join(f'<div class="entry"><time>{t}</time><p>{p}</p></div>' for t, p in entries)
    return (
        "<!doctype html><html><head><title>Live: weir debate | Marl Herald</title></head><body>"
        f'<article><h1>Live: weir debate</h1><p class="byline">By Ola Brandvold</p>{items}</article></body></html>'
    )


WORDS = "The weir gates were left open for three days and nobody checked them."


@pytest.mark.parametrize(
    "entry",
    [
        f"Holt: “{WORDS}”",
        f"Councillor Holt: “{WORDS}”",
        f"14:12 — Holt: “{WORDS}”",
    ],
)
def test_a_live_blog_entry_s_words_given_to_the_other_speaker_are_misattributed(
    tmp_path: Path, entry: str
) -> None:
    source = live_blog(
        ("14:20", "Councillor Marek Dunne responds: “The log shows the gates were checked every morning.”"),
        ("14:12", entry),
        ("14:05", "The session has opened. Councillor Rena Holt is first to speak."),
    )
    draft = INTRO + f"“{WORDS[:-1]},” Dunne said."
    assert verdict(tmp_path, draft, "live.html", source) is Verdict.MISATTRIBUTED


def test_words_a_named_person_reads_out_are_not_given_to_them(tmp_path: Path) -> None:
    source = live_blog(
        ("14:20", "Councillor Marek Dunne responds: “The log shows the gates were checked every morning.”"),
        ("14:12", f"Holt read the engineer's letter to the chamber: “{WORDS}”"),
        ("14:05", "The session has opened. Councillor Rena Holt is first to speak."),
    )
    draft = INTRO + f"“{WORDS[:-1]},” Dunne said."
    assert verdict(tmp_path, draft, "live.html", source) is not Verdict.MISATTRIBUTED


# --- a transcript label that is an office alone ---------------------------------------------------


@pytest.mark.parametrize(
    ("label", "intro"),
    [
        ("THE CHIEF", "Chief Rena Holt"),
        ("THE COMMISSIONER", "Commissioner Rena Holt"),
        ("THE SUPERINTENDENT", "Superintendent Rena Holt"),
    ],
)
def test_an_office_label_is_not_another_person(tmp_path: Path, label: str, intro: str) -> None:
    source = f"WEIR HOUR\n\nHOST: Welcome back.\n\n{label}: The weir gates will be replaced by October.\n\nHOST: Thank you.\n"
    draft = f"{intro} and Marek Dunne spoke on the radio.\n\n“The weir gates will be replaced by October,” Holt said."
    assert verdict(tmp_path, draft, "radio.txt", source) is Verdict.EXACT


def test_the_host_s_words_are_not_the_guest_s(tmp_path: Path) -> None:
    source = "WEIR HOUR\n\nHOST: The weir gates will be replaced by October.\n\nTHE CHIEF: We will see.\n"
    draft = "Chief Rena Holt and Marek Dunne spoke on the radio.\n\n“The weir gates will be replaced by October,” Holt said."
    assert verdict(tmp_path, draft, "radio.txt", source) is Verdict.MISATTRIBUTED


# --- namesakes on one page ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page_line", "draft_name"),
    [
        ("“The weir gates will be replaced by October,” said Ann Holt.", "Ben Holt"),
        ("Ann Holt told the meeting: “The weir gates will be replaced by October.”", "Ben Holt"),
        ("“The weir gates will be replaced by October,” Ben Holt, her brother, said.", "Ann Holt"),
    ],
)
def test_words_of_a_namesake_are_misattributed(tmp_path: Path, page_line: str, draft_name: str) -> None:
    source = (
        "<!doctype html><html><head><title>Weir | Marl Herald</title></head><body><article><h1>Weir</h1>"
        "<p>Councillors Ann Holt and Ben Holt, who are siblings, split on the weir plan.</p>"
        f"<p>{page_line}</p><p>The other Holt said little.</p></article></body></html>"
    )
    draft = (
        "Councillors Ann Holt and Ben Holt split on the weir.\n\n"
        f"“The weir gates will be replaced by October,” {draft_name} said."
    )
    assert verdict(tmp_path, draft, "page.html", source) is Verdict.MISATTRIBUTED


def test_the_namesake_s_own_words_pass(tmp_path: Path) -> None:
    source = (
        "<!doctype html><html><head><title>Weir | Marl Herald</title></head><body><article><h1>Weir</h1>"
        "<p>Councillors Ann Holt and Ben Holt, who are siblings, split on the weir plan.</p>"
        "<p>“The weir gates will be replaced by October,” said Ann Holt.</p></article></body></html>"
    )
    draft = "Councillors Ann Holt and Ben Holt split on the weir.\n\n“The weir gates will be replaced by October,” Ann Holt said."
    assert verdict(tmp_path, draft, "page.html", source) is Verdict.EXACT


# --- mends after review: an office's or nobody's turn is not a person labelled elsewhere ---------

BOARD_WORDS = "We had eleven officers on the bridge by midnight."


@pytest.mark.parametrize(
    ("office", "other", "cue"),
    [
        ("THE CHIEF", "COUNCILLOR TOBIN MARSH", "Councillor Tobin Marsh said."),
        ("THE COMMISSIONER", "TOBIN MARSH", "Marsh told the board."),
        ("THE MAYOR", "ALDERMAN TOBIN MARSH", "said Tobin Marsh, an alderman."),
    ],
)
def test_an_office_s_words_given_to_another_labelled_speaker_are_misattributed(
    tmp_path: Path, office: str, other: str, cue: str
) -> None:
    source = f"Marl safety board\n\n{office}: {BOARD_WORDS}\n\n{other}: The cordon stays.\n\n{office}: No comment.\n"
    draft = "Tobin Marsh sits on the Marl safety board.\n\n" + f"“{BOARD_WORDS}” {cue}"
    assert verdict(tmp_path, draft, "board.txt", source) is Verdict.MISATTRIBUTED


def test_an_office_label_may_be_the_speaker_whose_label_gives_that_office(tmp_path: Path) -> None:
    source = f"Marl safety board\n\nMAYOR RENA HOLT: Good evening.\n\nTOBIN MARSH: The cordon stays.\n\nTHE MAYOR: {BOARD_WORDS}\n"
    draft = INTRO + f"“{BOARD_WORDS}” Rena Holt said."
    assert verdict(tmp_path, draft, "board.txt", source) is Verdict.EXACT


@pytest.mark.parametrize("label", ["DEAN", "JUSTICE", "MR. PROVOST"])
def test_an_office_word_without_the_is_a_name(tmp_path: Path, label: str) -> None:
    source = f"The Marl Hour\n\n{label}: {BOARD_WORDS}\n\nRENA: The cordon stays.\n\n{label}: No comment.\n"
    draft = INTRO + f"“{BOARD_WORDS}” Rena Holt said on the podcast."
    assert verdict(tmp_path, draft, "podcast.txt", source) is Verdict.MISATTRIBUTED


def test_an_office_word_label_may_be_the_title_before_a_surname(tmp_path: Path) -> None:
    source = f"The Marl Hour\n\nDEAN: {BOARD_WORDS}\n\nRENA: The cordon stays.\n"
    draft = "The Marl Hour had two guests.\n\n" + f"“{BOARD_WORDS}” Dean Ashcombe said on the podcast."
    assert verdict(tmp_path, draft, "podcast.txt", source) is not Verdict.MISATTRIBUTED


# --- mends after review: the bench's questions, lettered lists, witnesses' suffixes --------------

BENCH_Q = "Did you lock the gate yourself?"


@pytest.mark.parametrize(
    "heading", ["EXAMINATION BY THE COURT:", "BY THE COURT:", "EXAMINATION BY JUDGE WENDELL:"]
)
def test_the_bench_s_question_is_not_the_prior_examiner_s(tmp_path: Path, heading: str) -> None:
    source = (
        "RENA HOLT, having been first duly sworn, testified as follows:\n\n"
        "DIRECT EXAMINATION BY MR. DUNNE:\n\nQ. Where were you?\nA. At the mill.\n\n"
        f"{heading}\n\nQ. {BENCH_Q}\nA. I did, at nine.\n"
    )
    draft = INTRO + f"“{BENCH_Q}” Marek Dunne asked."
    assert verdict(tmp_path, draft, "hearing.txt", source) is Verdict.MISATTRIBUTED


def test_the_examiner_s_own_question_before_the_bench_s_is_his(tmp_path: Path) -> None:
    source = (
        "RENA HOLT, having been first duly sworn, testified as follows:\n\n"
        f"DIRECT EXAMINATION BY MR. DUNNE:\n\nQ. {BENCH_Q}\nA. At the mill.\n\n"
        "EXAMINATION BY THE COURT:\n\nQ. Who gave you the key?\nA. The foreman.\n"
    )
    draft = INTRO + f"“{BENCH_Q}” Marek Dunne asked."
    assert verdict(tmp_path, draft, "hearing.txt", source) is Verdict.EXACT


@pytest.mark.parametrize(
    "listed",
    [
        "A. Rebuild the weir.\nB. Remove the weir.\nC. Fence the bank.",
        "  A. Rebuild the weir\n  B. Remove the weir",
        "A. Rebuild the weir, at a cost of two million.\nB. Leave it.",
    ],
)
def test_a_lettered_list_in_a_labelled_transcript_is_no_q_and_a(tmp_path: Path, listed: str) -> None:
    source = (
        f"MAYOR RENA HOLT: We looked at three routes.\n{listed}\n{BOARD_WORDS}\n\n"
        "Q. Which will you pick?\n\nTREASURER MAREK DUNNE: The budget is fixed.\n"
    )
    draft = INTRO + f"“{BOARD_WORDS}” Treasurer Marek Dunne said."
    assert verdict(tmp_path, draft, "presser.txt", source) is Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    "sworn",
    [
        "RENA HOLT, JR., having been duly sworn, testified as follows:",
        "RENA HOLT (via video link), having been duly sworn, testified as follows:",
        "Rena Holt, Sr., being first duly sworn, testified:",
    ],
)
def test_a_witness_named_with_a_suffix_or_a_note_answers(tmp_path: Path, sworn: str) -> None:
    source = court("DIRECT EXAMINATION BY MR. DUNNE:", sworn, ANSWER)
    words = "“The weir gates were left open for three days and nobody checked them,”"
    assert verdict(tmp_path, INTRO + words + " Holt said.", "hearing.txt", source) is Verdict.EXACT
    assert verdict(tmp_path, INTRO + words + " Dunne said.", "hearing.txt", source) is Verdict.MISATTRIBUTED


def test_an_unnamed_witness_s_answer_is_not_the_labelled_examiner_s(tmp_path: Path) -> None:
    source = (
        "STATE v. QUILLON\n\nTHE WITNESS, whose name is withheld, was sworn.\n\nDIRECT EXAMINATION\nBY MR. DUNNE:\n\n"
        f"Q. Where were you?\nA. {ANSWER}\nMR. DUNNE: No further questions.\n"
    )
    draft = INTRO + "“The weir gates were left open for three days and nobody checked them,” Dunne said."
    assert verdict(tmp_path, draft, "hearing.txt", source) is Verdict.MISATTRIBUTED


# --- mends after review: an interpreter after the host's question --------------------------------

GUEST_WORDS = "I saw the van parked behind the mill at about nine that night."


@pytest.mark.parametrize(
    "asker",
    [
        "[00:10:01] HOST MAREK DUNNE: What did you see?",
        "[00:10:01] INTERVIEWER MAREK DUNNE: Go on.",
        "[00:10:01] MAREK DUNNE: And then?",
    ],
)
def test_an_interpreter_after_the_host_s_question_gives_no_host_s_words(tmp_path: Path, asker: str) -> None:
    source = f"{asker}\n[00:10:05] INTERPRETER: {GUEST_WORDS}\n[00:10:20] RENA HOLT: (speaking Polish)\n[00:10:30] INTERPRETER: No more.\n"
    draft = INTRO + f"“{GUEST_WORDS}” Marek Dunne said."
    assert verdict(tmp_path, draft, "radio.txt", source) not in OK


def test_an_interpreter_after_the_host_gives_the_guest_before_him(tmp_path: Path) -> None:
    source = (
        "[00:09:50] RENA HOLT: (speaking Polish)\n[00:10:01] HOST MAREK DUNNE: What did you see?\n"
        f"[00:10:05] INTERPRETER: {GUEST_WORDS}\n"
    )
    draft = INTRO + f"“{GUEST_WORDS}” Rena Holt said through an interpreter."
    assert verdict(tmp_path, draft, "radio.txt", source) is Verdict.EXACT


# --- mends after review: a quoted post with no author, a repeated turn opening each page ----------


@pytest.mark.parametrize("cue", ["Dunne wrote on X.", "Marek Dunne posted.", "Dunne, a councillor, wrote."])
def test_a_quoted_post_without_its_author_is_not_the_quoter_s(tmp_path: Path, cue: str) -> None:
    response = json.loads(quote_post("Where was this promise last year?", QUOTED))
    response["includes"]["users"] = [u for u in response["includes"]["users"] if u["id"] != "1"]
    draft = INTRO + f"“{QUOTED}” {cue}"
    assert verdict(tmp_path, draft, "posts.json", json.dumps(response)) not in OK


@pytest.mark.parametrize("opening", ["MR. DUNNE: Objection.", "MR. DUNNE: Objection", "MAREK DUNNE:"])
def test_a_turn_opening_each_page_is_no_running_head(tmp_path: Path, opening: str) -> None:
    pages = [
        "THE COURT: Go ahead.\nRENA HOLT: I was at the mill.",
        f"{opening}\n{GUEST_WORDS}\nRENA HOLT: I stand by it.",
        f"{opening}\nThat is all.\nTHE COURT: Noted.",
    ]
    source = "\f".join(pages) + "\n"
    said = INTRO + f"“{GUEST_WORDS}” Marek Dunne said."
    assert verdict(tmp_path, said, "record.txt", source) is Verdict.EXACT
    given = INTRO + f"“{GUEST_WORDS}” Rena Holt said."
    assert verdict(tmp_path, given, "record.txt", source) is Verdict.MISATTRIBUTED


def test_an_unidentified_voice_may_be_a_labelled_speaker(tmp_path: Path) -> None:
    source = f"Marl safety board\n\nTOBIN MARSH: The cordon stays.\n\nUNIDENTIFIED SPEAKER: {BOARD_WORDS}\n\nRENA HOLT: Thank you.\n"
    draft = "Tobin Marsh sits on the Marl safety board.\n\n" + f"“{BOARD_WORDS}” Tobin Marsh said."
    assert verdict(tmp_path, draft, "board.txt", source) is not Verdict.MISATTRIBUTED
