"""Session 37, verdict sweep (462 invented end-to-end cases in the coordinator's vsweep37).

1. A transcript's "THE WITNESS:" turn is the witness the transcript names (a heading "Testimony
   of Rena Holt", "DEPOSITION OF RENA HOLT", or "RENA HOLT, having been duly sworn"); when it names
   none, "The Witness" is no one to tell the draft's speaker from (like "Q"/"A").
2. Line numbers of a deposition or court filing ("12   A.   The weir will" / "13   hold.") are
   not the witness's words: a run of five lines or more (three from line 1) numbered one after
   another, each number in a column of its own (a tab or two spaces after it), loses them.
3. A PDF export's running head of two or three lines ("Harbour Inquiry — Day Two" / "Page 10")
   is furniture even on the one page that has it, when its last line is the page's number.
Every check goes through files as a newsroom gives them (people, towns and bodies invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.model import QuoteResult, Verdict
from tests.conftest import checked_source, speaker_codes

OK = (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.EDITED)


def checked(tmp_path: Path, draft: str, name: str, source: str) -> QuoteResult:
    return checked_source(tmp_path, draft, name, source, lead="The inquiry sat again this week.\n\n")


# --- 1. THE WITNESS ------------------------------------------------------------------------------

WEIR = "The Lornbury weir will need eleven more wardens before the winter floods."
OTHER = "Did the county ever read the survey from the spring?"


@pytest.mark.parametrize(
    "heading",
    [
        "HEARING BEFORE THE PORT COMMISSION\nTestimony of Rena Holt",
        "IN THE COUNTY COURT\n\nDEPOSITION OF RENA HOLT",
        "IN THE COUNTY COURT\n\nRENA HOLT, having been first duly sworn, testified as follows:",
        "VIDEOTAPED DEPOSITION OF MS. RENA HOLT",
    ],
)
def test_the_witness_is_the_named_witness(tmp_path: Path, heading: str) -> None:
    source = (
        f"{heading}\n\nMR. DUNNE: {OTHER}\n\nTHE WITNESS: {WEIR} We said so twice.\n\nMR. DUNNE: Thank you.\n"
    )
    mine = checked(tmp_path, f"“{WEIR.rstrip('.')},” Rena Holt said.", "hearing.txt", source)
    assert mine.verdict in OK and not speaker_codes(mine)
    other = checked(tmp_path, f"“{WEIR.rstrip('.')},” Marek Dunne said.", "hearing.txt", source)
    assert other.verdict == Verdict.MISATTRIBUTED


def test_an_unnamed_witness_is_no_one_to_tell_apart(tmp_path: Path) -> None:
    source = f"HEARING BEFORE THE PORT COMMISSION\n\nMR. DUNNE: {OTHER}\n\nTHE WITNESS: {WEIR}\n\nMR. DUNNE: Thanks.\n"
    result = checked(tmp_path, f"“{WEIR.rstrip('.')},” Rena Holt said.", "hearing.txt", source)
    assert result.verdict in OK


def test_neighbour_a_witness_named_by_post_is_no_one(tmp_path: Path) -> None:
    source = (
        f"TESTIMONY OF THE CITY ENGINEER\n\nMR. DUNNE: {OTHER}\n\nTHE WITNESS: {WEIR}\n\nMR. DUNNE: Thanks.\n"
    )
    result = checked(
        tmp_path, f"“{WEIR.rstrip('.')},” Rena Holt, the city engineer, said.", "hearing.txt", source
    )
    assert result.verdict in OK and not speaker_codes(result)


def test_neighbour_counsel_turn_stays_counsels(tmp_path: Path) -> None:
    source = f"Testimony of Rena Holt\n\nMR. DUNNE: {OTHER}\n\nTHE WITNESS: {WEIR}\n"
    result = checked(tmp_path, f"“{OTHER}” Rena Holt asked.", "hearing.txt", source)
    assert result.verdict == Verdict.MISATTRIBUTED


# --- 2. line numbers -----------------------------------------------------------------------------


def numbered(lines: list[str], first: int = 11) -> str:
    return "\n".join(f"{first + k:>2}   {line}".rstrip() for k, line in enumerate(lines)) + "\n"


@pytest.mark.parametrize(
    ("lines", "quote"),
    [
        (
            [
                "Q.   Where were you that night?",
                "A.   The Lornbury weir will need",
                "eleven more wardens before the floods.",
                "Q.   Who else?",
                "A.   Nobody else came.",
            ],
            "The Lornbury weir will need eleven more wardens before the floods.",
        ),
        (
            [
                "Q.   And the pumps?",
                "A.   We had seventeen pumps and",
                "",
                "only nine of them worked at all.",
                "Q.   Go on.",
            ],
            "We had seventeen pumps and only nine of them worked at all.",
        ),
        (
            [
                "THE WITNESS:  I told the board in March that",
                "twelve gates were rusted shut.",
                "MR. DUNNE:  Thank you.",
                "THE WITNESS:  You are welcome.",
                "MR. DUNNE:  Nothing further.",
            ],
            "I told the board in March that twelve gates were rusted shut.",
        ),
    ],
)
def test_line_numbers_are_not_words(tmp_path: Path, lines: list[str], quote: str) -> None:
    source = "DEPOSITION OF RENA HOLT\n\n" + numbered(lines)
    result = checked(tmp_path, f"“{quote.rstrip('.')},” Rena Holt said.", "depo.txt", source)
    assert result.verdict in OK, result.findings


def test_neighbour_numbers_in_a_list_are_kept(tmp_path: Path) -> None:
    # numbered lines that do not run one after another (a list of figures) keep their numbers
    source = "Statement from Rena Holt\n\nThe counts we made:\n12 wardens at the weir\n40 at the lock\n"
    result = checked(tmp_path, "“12 wardens at the weir,” Rena Holt said.", "counts.txt", source)
    assert result.verdict in OK


def test_neighbour_a_changed_number_is_still_caught(tmp_path: Path) -> None:
    source = "DEPOSITION OF RENA HOLT\n\n" + numbered(
        ["Q.   How many?", "A.   The weir will need", "eleven more wardens.", "Q.   Thank you."]
    )
    result = checked(
        tmp_path, "“The weir will need twelve more wardens,” Rena Holt said.", "depo.txt", source
    )
    assert result.verdict == Verdict.ALTERED


# --- 3. running heads of two lines ---------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "Harbour Inquiry — Day Two\nPage 10",
        "HARBOUR INQUIRY\nDay Two, morning session\n- 10 -",
        "Report of the Lornbury Review\n10",
    ],
)
def test_two_line_running_head(tmp_path: Path, head: str) -> None:
    source = (
        "RENA HOLT: We met twice in May. The Lornbury weir will need eleven\n"
        f"\f\n{head}\n\nmore wardens before the winter floods. We said so twice.\n"
    )
    result = checked(
        tmp_path,
        "“The Lornbury weir will need eleven more wardens before the winter floods,” Rena Holt said.",
        "r.txt",
        source,
    )
    assert result.verdict in OK, result.findings


def test_neighbour_said_line_above_a_number_is_kept(tmp_path: Path) -> None:
    # a line that ends a sentence is words, even above a page number
    source = "RENA HOLT: We met twice in May.\n\f\nThe weir will hold.\n10\n\nWe said so twice at the spring meeting.\n"
    result = checked(tmp_path, "“The weir will hold,” Rena Holt said.", "r.txt", source)
    assert result.verdict in OK


# --- 4. who speaks on the source page ------------------------------------------------------------

PLAN = "The Lornbury weir will need eleven more wardens before the winter floods"


def page(*paras: str) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return f"<html><head><title>Weir</title></head><body><article><h1>Weir</h1>\n{body}\n</article></body></html>\n"


@pytest.mark.parametrize(
    "para",
    [
        f"According to Rena Holt, “{PLAN}.”",
        f"According to Rena Holt, a retired lock keeper, “{PLAN}.”",
        f"“{PLAN},” according to Rena Holt.",
        f"The figures, according to Rena Holt, were plain: “{PLAN}.”",
    ],
)
def test_according_to_another_is_not_the_drafts_speaker(tmp_path: Path, para: str) -> None:
    source = page("Marek Dunne did not attend the meeting on Monday.", para)
    result = checked(tmp_path, f"“{PLAN},” Marek Dunne said.", "weir.html", source)
    assert result.verdict == Verdict.MISATTRIBUTED, result.findings


def test_according_to_another_on_a_page_that_never_names_the_speaker_warns(tmp_path: Path) -> None:
    source = page("The meeting ran late on Monday.", f"According to Rena Holt, “{PLAN}.”")
    result = checked(tmp_path, f"“{PLAN},” Marek Dunne said.", "weir.html", source)
    assert result.verdict in OK and "speaker_unconfirmed" in speaker_codes(result)


def test_neighbour_according_to_the_drafts_speaker(tmp_path: Path) -> None:
    source = page("Marek Dunne did not attend the meeting.", f"According to Rena Holt, “{PLAN}.”")
    result = checked(tmp_path, f"“{PLAN},” Rena Holt said.", "weir.html", source)
    assert result.verdict in OK and not speaker_codes(result)


@pytest.mark.parametrize(
    "opening",
    [
        "“The gates were rusted shut,” said Rena Holt. “Nobody checked them in March.",
        "“The gates were rusted shut,” Rena Holt, a retired lock keeper, told the council. “Nobody checked them.",
        "“The gates were rusted shut,” Rena Holt has said. “Nobody checked them in March.",
    ],
)
def test_a_quotation_run_on_over_paragraphs_keeps_its_speaker(tmp_path: Path, opening: str) -> None:
    source = page("Marek Dunne had called for the review.", opening, f"“{PLAN}.”")
    result = checked(tmp_path, f"“{PLAN},” Marek Dunne said.", "weir.html", source)
    assert result.verdict == Verdict.MISATTRIBUTED, result.findings


def test_neighbour_a_run_on_quotation_of_the_drafts_speaker(tmp_path: Path) -> None:
    source = page(
        "Marek Dunne called for the review.",
        "“The gates were rusted shut,” said Rena Holt. “Nobody checked them in March.",
        f"“{PLAN}.”",
    )
    result = checked(tmp_path, f"“{PLAN},” Rena Holt said.", "weir.html", source)
    assert result.verdict in OK and not speaker_codes(result)


def test_neighbour_a_closed_quotation_before_an_unattributed_one(tmp_path: Path) -> None:
    # the paragraph before closes its quotation: the next one's words are not carried over to it
    source = page("“The gates were rusted shut,” said Rena Holt.", f"“{PLAN}.”", "Marek Dunne spoke next.")
    result = checked(tmp_path, f"“{PLAN},” Marek Dunne said.", "weir.html", source)
    assert result.verdict in OK


@pytest.mark.parametrize(
    "heading",
    [
        "Interview: Rena Holt on the weir",
        "An Interview With Rena Holt",
        "Q&A with Rena Holt, lock keeper",
        "Q&A: Rena Holt On The Future Of The Weir",
    ],
)
def test_an_interviews_answers_are_the_interviewees(tmp_path: Path, heading: str) -> None:
    source = f"{heading}\n\nQ: What do you make of the plan Marek Dunne put forward?\n\nA: {PLAN}. We said so twice.\n"
    other = checked(tmp_path, f"“{PLAN},” Marek Dunne said.", "interview.txt", source)
    assert other.verdict == Verdict.MISATTRIBUTED, other.findings
    mine = checked(tmp_path, f"“{PLAN},” Rena Holt said.", "interview.txt", source)
    assert mine.verdict in OK and not speaker_codes(mine)


def test_neighbour_an_interview_with_two_people_names_no_one_answer(tmp_path: Path) -> None:
    source = f"Interview with Rena Holt and Ilse Varga\n\nQ: What happens next?\n\nA: {PLAN}.\n"
    result = checked(tmp_path, f"“{PLAN},” Ilse Varga said.", "interview.txt", source)
    assert result.verdict in OK and not speaker_codes(result)


def test_neighbour_an_interview_that_names_no_one_checks_no_speaker(tmp_path: Path) -> None:
    source = f"Weir questions\n\nQ: What happens next?\n\nA: {PLAN}.\n"
    result = checked(tmp_path, f"“{PLAN},” Marek Dunne said.", "interview.txt", source)
    assert result.verdict in OK


# --- 5. captions that name the speaker in brackets -----------------------------------------------

SAY = "The Lornbury weir will need eleven more wardens"
REST = "before the winter floods."
REPLY = "We cannot pay for a single one of them this year."


@pytest.mark.parametrize(
    ("name", "tag_a", "tag_b"),
    [
        ("cap.srt", "[Rena Holt] ", "[Marek Dunne] "),
        ("cap.vtt", "(RENA HOLT) ", "(MAREK DUNNE) "),
        ("cap.srt", "[Rena Holt] ", "(Marek Dunne) "),
    ],
)
def test_bracketed_caption_speakers(tmp_path: Path, name: str, tag_a: str, tag_b: str) -> None:
    comma = name.endswith(".srt")
    t = (lambda v: v.replace(".", ",")) if comma else (lambda v: v)
    head = "" if comma else "WEBVTT\n\n"
    cues = [(f"{tag_a}{SAY}", "00:00:01.000", "00:00:03.000"), (REST, "00:00:03.000", "00:00:05.000")]
    cues.append((f"{tag_b}{REPLY}", "00:00:05.500", "00:00:08.000"))
    body = head + "\n".join(
        (f"{k + 1}\n" if comma else "") + f"{t(a)} --> {t(b)}\n{words}\n"
        for k, (words, a, b) in enumerate(cues)
    )
    mine = checked(tmp_path, f"“{SAY} {REST.rstrip('.')},” Rena Holt said.", name, body)
    assert mine.verdict in OK and not speaker_codes(mine)
    other = checked(tmp_path, f"“{REPLY.rstrip('.')},” Rena Holt said.", name, body)
    assert other.verdict == Verdict.MISATTRIBUTED


def test_neighbour_a_bracketed_sound_is_no_speaker(tmp_path: Path) -> None:
    body = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Rena Holt>We said so twice.\n\n"
        f"00:00:03.000 --> 00:00:06.000\n[Crowd Cheering] {REPLY}\n"
    )
    result = checked(tmp_path, f"“{REPLY.rstrip('.')},” Rena Holt said.", "cap.vtt", body)
    assert result.verdict in OK and not speaker_codes(result)


# --- 6. a pronoun's person on a page that never names the draft's speaker -----------------------


@pytest.mark.parametrize(
    ("para", "drafted"),
    [
        (f"Rafe Corrigan took the floor. “{PLAN},” he said.", "Marek Dunne"),
        (f"Mira Santell, a retired lock keeper, arrived late. “{PLAN},” she told the council.", "Ilse Varga"),
        (f"Ottilie Quenby had driven in from the coast. “{PLAN},” she explained on Monday.", "Rena Holt"),
    ],
)
def test_a_pronoun_for_someone_of_unknown_sex_on_a_page_without_the_speaker(
    tmp_path: Path, para: str, drafted: str
) -> None:
    # the voicer's given name tells no sex and the draft's speaker is of the pronoun's: the page
    # never names the draft's speaker, so the pronoun is the voicer's all the same
    source = page("The hall was full on Monday.", para)
    result = checked(tmp_path, f"“{PLAN},” {drafted} said.", "weir.html", source)
    assert result.verdict in OK and "speaker_unconfirmed" in speaker_codes(result), result.findings


def test_neighbour_a_pronoun_of_the_other_sex_names_no_one(tmp_path: Path) -> None:
    source = page("The hall was full on Monday.", f"Greta Hollis took the floor. “{PLAN},” he said.")
    result = checked(tmp_path, f"“{PLAN},” Marek Dunne said.", "weir.html", source)
    assert result.verdict in OK and not speaker_codes(result)


# --- review of the first version: neighbours that must not fire ----------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "TESTIMONY OF COUNTY SURVEYOR",
        "STATEMENT OF PUMP CREWS",
        "EXAMINATION OF MS. HOLT BY MR. DUNNE",
        "DEPOSITION OF COUNCIL MEMBER",
    ],
)
def test_neighbour_a_hearing_heading_without_a_name_names_no_witness(tmp_path: Path, heading: str) -> None:
    # a post, a body of people, a surname with its examiner: no one to give the witness's words to
    source = f"{heading}\n\nMR. DUNNE: {OTHER}\n\nTHE WITNESS: {WEIR}\n\nMR. DUNNE: Thanks.\n"
    result = checked(tmp_path, f"“{WEIR.rstrip('.')},” Rena Holt said.", "hearing.txt", source)
    assert result.verdict in OK, result.findings


@pytest.mark.parametrize(
    "read_out",
    [
        "Q. The sheet you signed is headed\nSTATEMENT OF SETTLED COSTS\nIs that your hand?",
        "Q. Look at the page titled\nEXAMINATION OF SLUICE VALVES\nWho drew it up?",
        "Q. Your office sent us\nTESTIMONY OF GATE CREWS\nHave you read it?",
    ],
)
def test_neighbour_a_title_read_out_keeps_the_sworn_witness(tmp_path: Path, read_out: str) -> None:
    # a heading's words inside counsel's question are a document's title, not a new witness
    source = (
        "IN THE COUNTY COURT AT ASHMERE\n\nRENA HOLT, having been first duly sworn, testified as follows:\n\n"
        f"BY MR. DUNNE:\n\n{read_out}\n\nA. {WEIR} We said so twice.\n\nQ. Anything else?\n\nA. No.\n"
    )
    result = checked(tmp_path, f"“{WEIR.rstrip('.')},” Rena Holt said.", "depo.txt", source)
    assert result.verdict in OK and not speaker_codes(result), result.findings


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        (
            "Statement from Rena Holt\n\nWe took on\n4 divers in June,\n5 in July and\n6 in August.\n",
            "We took on 4 divers in June, 5 in July and 6 in August",
        ),
        (
            "Statement from Rena Holt\n\nThe record is plain.\n8 May the sluice jammed\n9 May the pumps failed\n"
            "10 May the weir broke\n",
            "8 May the sluice jammed",
        ),
        (
            "Notes from Rena Holt\n\nWhat we ordered:\n2 crates of sandbags\n3 spare pumps\n4 coils of rope\n",
            "2 crates of sandbags",
        ),
    ],
)
def test_neighbour_numbers_that_are_words_are_kept(tmp_path: Path, source: str, quote: str) -> None:
    # a number with one space after it, in a short run, is a word of the sentence, not a line's
    result = checked(tmp_path, f"“{quote},” Rena Holt said.", "statement.txt", source)
    assert result.verdict in OK, result.findings


def test_a_short_numbered_page_from_line_one_loses_its_numbers(tmp_path: Path) -> None:
    source = "DEPOSITION OF RENA HOLT\n\n" + numbered(
        ["Q.   How many?", "A.   The weir will need", "eleven more wardens."], first=1
    )
    result = checked(
        tmp_path, "“The weir will need eleven more wardens,” Rena Holt said.", "depo.txt", source
    )
    assert result.verdict in OK, result.findings


def test_neighbour_a_number_run_on_over_a_page_edge_is_kept(tmp_path: Path) -> None:
    # the line above the number carries on a sentence from the page before: no running head
    source = (
        "Statement from Rena Holt\n\nWe asked the county, and in its own reply,\n\f\n"
        "the count of pumps working at the lock last spring was\n14\nand it has only fallen since then.\n"
    )
    result = checked(
        tmp_path,
        "“the count of pumps working at the lock last spring was 14,” Rena Holt said.",
        "s.txt",
        source,
    )
    assert result.verdict in OK, result.findings


@pytest.mark.parametrize(
    "para",
    [
        f"According to Rena Holt, the lock keeper told her “{PLAN}.”",
        f"According to Rena Holt, Dunne said at the meeting: “{PLAN}.”",
        f"According to Rena Holt, the lock keeper had warned: “{PLAN}.”",
    ],
)
def test_neighbour_according_to_one_who_passes_on_anothers_words(tmp_path: Path, para: str) -> None:
    # another speaker is told between "according to" and the words: the page does not give them
    # to the one it is according to
    source = page("Marek Dunne, the lock keeper, opened the meeting on Monday.", para)
    result = checked(tmp_path, f"“{PLAN},” Marek Dunne said.", "weir.html", source)
    assert result.verdict in OK and "speaker_mismatch" not in speaker_codes(result), result.findings


@pytest.mark.parametrize(
    "heading",
    [
        "Interview: Rena Holt (Weir Gazette) with Ilse Varga",
        "Interview — Rena Holt, Ashmere Gazette",
        "Q&A: Rena Holt, our correspondent, meets Ilse Varga",
        "Q&A: Ferry Master On The Floods",
        "Interview: Lornbury Sailing Club",
    ],
)
def test_neighbour_an_interview_heading_naming_no_answerer(tmp_path: Path, heading: str) -> None:
    # the heading names the interviewer, the paper, a post or a club: the answers are no one's
    source = f"{heading}\n\nQ: What happens next?\n\nA: {PLAN}. We said so twice.\n"
    result = checked(tmp_path, f"“{PLAN},” Ilse Varga said.", "interview.txt", source)
    assert result.verdict in OK and "speaker_mismatch" not in speaker_codes(result), result.findings


def captions(*texts: str) -> str:
    cues = [
        f"{k + 1}\n00:00:{2 * k + 1:02},000 --> 00:00:{2 * k + 2:02},500\n{t}\n" for k, t in enumerate(texts)
    ]
    return "\n".join(cues)


@pytest.mark.parametrize(
    "note",
    ["(RENA SIGHS)", "[Rena Laughing]", "(RENA CONTINUES)"],
)
def test_a_stage_direction_keeps_the_speaker(tmp_path: Path, note: str) -> None:
    body = captions("[Rena Holt] We met in May.", f"{note} {REPLY}", "[Marek Dunne] Thank you.")
    result = checked(tmp_path, f"“{REPLY.rstrip('.')},” Rena Holt said.", "cap.srt", body)
    assert result.verdict in OK and not speaker_codes(result), result.findings


@pytest.mark.parametrize(
    "tag",
    ["[Tova Brenneck]", "[Hal Whistling]", "[Milo Quarry Blasting]"],
)
def test_neighbour_a_tag_that_is_no_known_speaker_ends_the_turn(tmp_path: Path, tag: str) -> None:
    # an unknown name or a sound after Marek Dunne: the words after it are not his
    body = captions("[Marek Dunne] We met in May.", f"{tag} {REPLY}", "[Rena Holt] Thank you.")
    result = checked(tmp_path, f"“{REPLY.rstrip('.')},” Tova Brenneck said.", "cap.srt", body)
    assert result.verdict in OK and "speaker_mismatch" not in speaker_codes(result), result.findings


def test_neighbour_one_bracketed_tag_is_no_naming_convention(tmp_path: Path) -> None:
    body = captions(
        "<v Marek Dunne>We met in May.", f"[Frank Signal Noise] {REPLY}", "The board meets in June."
    )
    result = checked(tmp_path, f"“{REPLY.rstrip('.')},” Marek Dunne said.", "cap.srt", body)
    assert result.verdict in OK and "speaker_mismatch" not in speaker_codes(result), result.findings


@pytest.mark.parametrize(
    "para",
    [
        f"Rafe Corrigan introduced a retired ferry pilot. “{PLAN},” he told the hall.",
        f"Rafe Corrigan passed the microphone to a harbour diver from Ashmere. “{PLAN},” he said.",
        f"Rafe Corrigan chaired the session, and then a lock keeper from Ashmere spoke. “{PLAN},” he said.",
    ],
)
def test_neighbour_a_pronoun_after_an_indefinite_newcomer(tmp_path: Path, para: str) -> None:
    # a person brought in by "a …" after the named one may be who the pronoun stands for
    source = page("The hall was full on Monday.", para)
    result = checked(tmp_path, f"“{PLAN},” Marek Dunne, a retired ferry pilot, said.", "weir.html", source)
    assert result.verdict in OK and not speaker_codes(result), result.findings
