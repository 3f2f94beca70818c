"""Transcript excerpts quoted in an article: turns, not quotations by one speaker.

News sites paste a transcript as a block of paragraphs that each open with a quote mark
and a speaker label in capitals, following the run-on convention (no closing mark until
the last paragraph):

    "HOST: Will she be there tomorrow?
    "SENATOR: She will not. …
    "But the point is …            (the same turn goes on)
    "(CROSSTALK)

Read as ordinary quotes, every paragraph would be credited to whoever the narrative named
last, and the marks inside a turn (“Dock Talk.”) would pair with the paragraph's opening
mark. So such a block is read as turns: each paragraph's opening mark is no quote mark, and
the paragraph is reported with kind "transcript" (not checked: the words belong to the
label's person, whom the article does not attribute in prose). A block needs two labelled
paragraphs and a paragraph left open (the run-on convention), so one quote that opens
"BREAKING: …", two closed “NOTE: …” “PS: …” lines, or a labelled quote followed by its own
cue (“UPDATE: …,” the agency tweeted) stay quotes.

A transcript pasted without quote marks is read the same way (``bare_turns``): a block of
lines that open with a label (a surname or role in capitals, ``Q:``/``A:``, or a known
person's name in ordinary case) and go on in the words of a sentence, with two distinct
labels, two labelled lines in a row and a person behind one label (a name the article gives,
or a Q/A alternation, whose answers are the interviewee's). One "UPDATE: …" line, a list of
"Price: $4" fields or "Velde: 300." counts, a run of "Velde: Roos Has A Plan" headlines and
a time-stamped live blog are no block. Quotes inside a bare turn stay quotes (attributed by
their own cue or by the label, formats.transcript_line).

An interview whose questions carry no label (``qa_turns``) is read too: three or more short
paragraphs that each end with "?" (bold or not), each followed by one or more paragraphs of
answer, after an introduction that names the interviewee. Its answers are the interviewee's
and its questions the named interviewer's (else nobody's: no label names them). Most questions
must be put to "you", or none asked as "I" and every other answer given as "I" or "we" ("What
happens next for the league?" "We expand."), or all labelled Q and A without a colon ("QWhy?"
"AWe wait.", "Q. Why?"); some answer given as "I", and no answer name the interviewee, so
an explainer's "Who is affected?", a reader's "Can I …?", a quiz, a press conference told in
the third person and one or two rhetorical questions are none. The introduction must tell of
the interviewee in the third person, not as a byline or in the first person (an op-ed, a
letter), and one person only (``interviewee(..., sure=True)``).

Either way, an explainer set as questions and answers ("Your questions answered") is no
interview (``explainer``): answers that tell in the third person what others say, with no "I"
or "we" outside their quote marks and no introduction telling of an interview, are the
newsroom's prose when something tells of an explainer (nobody introduced to answer, an answer
telling what the one introduced says, or an explainer's heading), so they give no turns; the
quotes inside them stay quotes. Answers in the third person alone are no such sign: a short
excerpt of an interview, a briefing or a witness's evidence often has no "I" in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from quotecheck.extract import lexicon as lx
from quotecheck.extract.grammar import OBJECT_SEX
from quotecheck.extract.mentions import person_noun
from quotecheck.extract.names import given_gender, given_name
from quotecheck.extract.sentences import line_start_within

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
APPOSITION_OPENERS: Final = lx.APPOSITION_OPENERS
CUE_FORMS: Final = lx.CUE_FORMS
EXPLAINER_TAILS: Final = lx.EXPLAINER_TAILS
FINITE_WORDS: Final = lx.FINITE_WORDS
FIRST_PERSON: Final = lx.FIRST_PERSON
GENDERED: Final = lx.GENDERED
INTERVIEW_WORDS: Final = lx.INTERVIEW_WORDS
KNOWING_OPENERS: Final = lx.KNOWING_OPENERS
KNOWING_VERBS: Final = lx.KNOWING_VERBS
MEDIA_LABELS: Final = lx.MEDIA_LABELS
PAST_AUX: Final = lx.PAST_AUX
PAST_FORMS: Final = lx.PAST_FORMS
QA_LABELS: Final = lx.QA_LABELS
QUESTION_NOUNS: Final = lx.QUESTION_NOUNS
SECOND_PERSON: Final = lx.SECOND_PERSON
SPEAKER_WORDS: Final = lx.SPEAKER_WORDS
STOP_CAPS: Final = lx.STOP_CAPS
TIME_NOUNS: Final = lx.TIME_NOUNS
TITLES: Final = lx.TITLES

OPENING_MARKS: Final = '“"«„”'
"""The marks a transcript line may open with: most lines open with a letter and are skipped
without a match."""
OPENING: Final = re.compile(rf"[ \t\u00a0]*([{OPENING_MARKS}])(?=\S)")
LINE_OPENING: Final = re.compile(rf"\n{OPENING.pattern}")
"""A line after the first that OPENING matches: found by a regex search that skips to each
newline (ten times as fast as reading the text line by line, most of whose lines open with
a letter)."""
NON_BLANK: Final = re.compile(r"\S")
LABEL: Final = re.compile(
    r"(?:[A-Z][A-Z’'.\-]*[A-Z.](?:[ \u00a0][A-Z][A-Z’'.\-]*[A-Z.]?){0,3}:"  # WALLACE:, SEN. TIM KAINE:
    r"|\([A-Z][A-Z ,.’'\-]*[A-Z.]\)\.?)"  # (CROSSTALK.), (APPLAUSE)
)
CLOSING: Final = '"”»“'
CLOSER_OF: Final = {'"': '"', "“": "”", "«": "»", "„": "“", "”": "”"}
CUE_AFTER: Final = r"[ \t\u00a0]+[^\W\d_]"
"""Words right after a closed quote on its line: its attribution (“…,” the agency tweeted),
so the line is an ordinary quote, not a transcript turn."""
CLOSED_WITH_CUE: Final = {
    closer: re.compile("(?<=[,.!?…—])" + re.escape(closer) + CUE_AFTER)
    for closer in {*CLOSER_OF.values(), "”"}
}
"""For each opener's closer: that closer after the words' last mark, then a cue."""


@dataclass(frozen=True)
class TranscriptTurn:
    """One paragraph of a quoted transcript.

    ``start``/``end``: the words after the label (marks excluded); ``mark``: offset of the
    paragraph's opening mark; ``label_start``/``label_end``: the label naming who speaks
    (the label of the turn it continues, for an unlabelled paragraph); ``speaker``: that
    label as a name ("WALLACE" -> "Wallace"), None for stage directions; ``bare``: a turn
    of a transcript set without quote marks (``mark`` is then its label's colon, or the
    line break before a turn going on)."""

    start: int
    end: int
    mark: int
    speaker: str | None
    label_start: int | None
    label_end: int | None
    bare: bool = False


@dataclass
class _Line:
    start: int
    end: int
    mark: int
    label: re.Match[str] | None
    closed: bool


def find_turns(text: str) -> list[TranscriptTurn]:
    """Every transcript turn in ``text``, in order (one linear pass over its lines)."""
    turns: list[TranscriptTurn] = []
    block: list[_Line] = []
    n = len(text)
    # the lines a mark may open (only those can be turns): the first, and each LINE_OPENING finds
    first = [0] if OPENING.match(text) else []
    for pos in (*first, *(m.start() + 1 for m in LINE_OPENING.finditer(text))):
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = read_line(text, pos, end)
        if line is None:
            flush(text, block, turns)  # a quote with its cue: a narrative line too
        else:
            block.append(line)
    flush(text, block, turns)
    bare = bare_turns(text)
    bare.extend(qa_turns(text, {text.rfind("\n", 0, t.start) + 1 for t in bare}))
    if bare:
        turns = sorted([*turns, *bare], key=lambda t: t.mark)
    return turns


def read_line(text: str, start: int, end: int) -> _Line | None:
    """A line that opens with a quote mark, with its speaker label if it has one."""
    m = OPENING.match(text, start, end)
    assert m is not None  # find_turns passes only the lines OPENING matches
    label = LABEL.match(text, m.end(), end)  # OPENING ends where the words start
    if label is not None and label.group().endswith(":") and sum(c.isupper() for c in label.group()) < 2:
        label = None
    tail = text[start:end].rstrip()
    body_text = text[m.end() : start + len(tail)]
    closer = CLOSER_OF.get(text[m.start(1)], "”")
    # the opener's own closer after the words' last mark, then a cue; marks of another style
    # (“Dock Talk.” inside a straight-quoted turn) are nested, not closers
    if CLOSED_WITH_CUE[closer].search(text, m.end(), end):
        return None  # "“UPDATE: The bridge is open,” the agency tweeted.": a quote with its cue
    straight = body_text.count('"') % 2 == 1
    curly = body_text.count("”") + body_text.count("»") > body_text.count("“") + body_text.count("«")
    closed = tail[-1:] in CLOSING and len(tail) > m.end() - start and (straight or curly)
    return _Line(start, end, m.start(1), label, closed)


def flush(text: str, block: list[_Line], turns: list[TranscriptTurn]) -> None:
    """Turn a finished block into transcript turns when it has two labelled paragraphs."""
    labelled = [k for k, line in enumerate(block) if line.label is not None]
    run_on = any(not line.closed for line in block[labelled[0] :]) if labelled else False
    if len(labelled) >= 2 and run_on:  # two closed “NOTE: …” “PS: …” lines are two quotes
        speaker: str | None = None
        label_at: tuple[int | None, int | None] = (None, None)
        names: dict[str, str] = {}
        for line in block[labelled[0] :]:
            start = line.mark + 1
            if line.label is not None:
                raw = line.label.group()
                speaker, label_at = None, (None, None)  # (CROSSTALK): a stage direction, kept whole
                if raw.endswith(":"):
                    start = line.label.end()
                if raw.endswith(":") and raw[:-1].strip(" .") not in MEDIA_LABELS:  # "VIDEO:": nobody speaks
                    label_name = name_of(raw[:-1])
                    if label_name not in names:
                        names[label_name] = full_name(text, label_name, block[0].start, block[-1].end)
                    speaker = names[label_name]
                    label_at = (line.label.start(), line.label.end() - 1)
            end = start + len(text[start : line.end].rstrip()) - line.closed  # less its closing mark
            words = text[start:end]
            start, end = start + len(words) - len(words.lstrip()), start + len(words.rstrip())
            if end > start:
                turns.append(TranscriptTurn(start, end, line.mark, speaker, *label_at))
    block.clear()


def name_of(label: str) -> str:
    """HOLM -> Holm, SEN. ANN LEE -> Ann Lee: a label as a name, its title dropped
    as titles are dropped from every speaker."""
    return untitled(WORD.sub(lambda m: m.group()[:1] + m.group()[1:].lower(), label))


WORD: Final = re.compile(r"[^\W\d_]+")
"""A run of letters: each part of a label (CASTELL-REID, O'NEILL) keeps its capital, and the
words of a line or an answer are read by it."""


def untitled(name: str) -> str:
    """ "Governor Ada Lind" -> "Ada Lind"."""
    words = name.split()
    while len(words) > 1 and (words[0].lower() in TITLES or words[0].lower().rstrip(".") in TITLES):
        words = words[1:]
    return " ".join(words)


NAMED_BEFORE: Final = 5000  # how far before the block the article may introduce the label's person


def full_name(text: str, label_name: str, block_start: int, block_end: int = -1) -> str:
    """ "Holt" -> "Sam Holt" when the article named him so shortly before the transcript, or,
    naming him nowhere before it, shortly after its end (``block_end``: "GRADY: …" then
    "Councillor Tom Grady said …"); bounded windows, so a block of a thousand labels stays
    linear. A surname two people share ("Ann Lee and Tom Lee") stays as it is: the label
    does not say which."""
    if " " in label_name:
        return label_name
    found = names_in(text[max(0, block_start - NAMED_BEFORE) : block_start], label_name)
    if not found and block_end >= 0:
        found = names_in(text[block_end : block_end + NAMED_BEFORE], label_name)
    if not found:
        return label_name
    last = found[-1]
    if any(not same_person(name, last) for name in found):
        return label_name  # two people share the surname
    return last


def names_in(window: str, label_name: str) -> list[str]:
    """The full names (a given name or two, then the surname ``label_name``) ``window`` gives."""
    found: list[str] = []
    surname = r"(?=[A-Z])(?i:(" + re.escape(label_name) + r"))\b"  # as the article spells it: McNally
    for m in re.finditer(NAME_BEFORE.pattern + surname, window):
        words = m.group(1).split()
        # what opens a sentence or names a day ("On Tuesday Okafor") and an owner ("Arteta’s
        # Arsenal") are no part of the name
        kept = len(words)
        while words and (name_stop(words[0]) or POSSESSIVE.search(" ".join(words))):
            words = words[1:]
        # a sentence's first word, after a full stop or a line break ("Interview\nCandidates …")
        opens = len(words) == kept and window[: m.start()].rstrip(" \t\u00a0")[-1:] in SENTENCE_ENDS
        words = untitled(" ".join([*words, m.group(2)])).split()
        if len(words) == 3 and (given_name(words[1]) or opens) and not given_name(words[0]):
            words = words[1:]  # "Engineer Rosa Tamm"; "Candidates Lars Vennet" opening a sentence
        if len(words) >= 2:
            found.append(" ".join(words))
    return found


def answer_line(text: str, s: int, e: int) -> bool:
    """Whether the line ``text[s:e]`` may go on an answer: not a heading (no stop at its end:
    "What residents say") nor the next interview's introduction ("Ann Lee spoke to us")."""
    return text[e - 1] in ANSWER_ENDS and INTERVIEW_CUES.search(text, s, e) is None


def sentence_open(window: str, at: int) -> int:
    """Where the sentence holding ``at`` opens (bounded: a long sentence reads 300 back)."""
    lo = max(0, at - 300)
    return max(lo, *(window.rfind(c, lo, at) + 1 for c in ".!?\n"))


def last_person(window: str, at: int) -> tuple[int, int]:
    """Where the last name of two or more capitalised words in the 300 characters before
    ``at`` is (the he or she of "She spoke to us"); (at, at) when none."""
    span = (at, at)
    for m in NAME_RUN.finditer(window, max(0, at - 300), at):
        span = m.span()
    return span


NAME_BEFORE: Final = re.compile(r"\b((?:(?:[A-Z]\.|[A-Z][\w’'\-]*+(?<=[a-z]))[ \u00a0]){1,2})")
"""One or two capitalised words before a surname: possessive, so a run of thousands of
letters is read once, not once per letter. A period only after an initial ("Ann J. Lee"):
after a word it ends a sentence ("Photos: Ida Marn. Ivo Lund contributed." names Ivo Lund,
not 'Marn. Ivo Lund'), and a title's ("Dr. Lee") is dropped from a name anyway."""
POSSESSIVE: Final = re.compile(r"[’']s\b")


def name_stop(word: str) -> bool:
    """A capitalised word that is no given name: a sentence's opener ("On", "In") or a day."""
    low = word.lower().rstrip(".")
    return low in STOP_CAPS or low in TIME_NOUNS


def same_person(a: str, b: str) -> bool:
    """ "Mary Ann Lee" and "Ann Lee": one name ends the other."""
    x, y = a.split(), b.split()
    return x[-len(y) :] == y or y[-len(x) :] == x


SENTENCE_ENDS: Final = ".!?\n"
"""What stands before a sentence's first word (or nothing, at the start of the text)."""


LABEL_WORD: Final = r"[^\W\d_]++(?:[’'.\-][^\W\d_]*+)*+"
"""A word of a label: letters, with apostrophes, periods or hyphens inside or after them.
Runs of letters are taken whole (possessive: a label word is followed by a space or the
colon, never by a letter or one of those marks), so a line that is no label fails without
the regex engine giving characters back one by one (three times as fast over news text)."""
BARE_LINE: Final = re.compile(
    rf"[ \t\u00a0]*+({LABEL_WORD}(?:[ \u00a0]{LABEL_WORD}){{0,3}}+):[ \t\u00a0]+(?=\S)"
)
"""A line opening with a label of up to four words and a colon, with words after it."""
BARE_LINE_AFTER: Final = re.compile(rf"\n{BARE_LINE.pattern}")
"""Such a line after the first: the leading newline lets the regex skip to each line."""
GAP_LINES: Final = 2
"""Unlabelled lines a turn may go on over before the next label (more: narrative)."""
LOOKUPS: Final = 32
"""Distinct labels a text may have looked up in its whole text or a window (a thousand
labels stay linear: the rest keep their own name)."""


@dataclass
class _Bare:
    start: int  # the words after the label (or the line, for a turn going on)
    end: int
    label: tuple[int, int] | None  # the label's offsets, None for a turn going on
    raw: str  # the label as written; for a line between labels "" (the turn goes on),
    # "stage" (a stage direction), "skip" (no letters: "…"), "break" (the block ends there)
    adjacent: bool  # nothing but blank lines since the previous labelled line


def bare_turns(text: str) -> list[TranscriptTurn]:
    """The turns of transcripts set without quote marks (one pass over the labelled lines)."""
    turns: list[TranscriptTurn] = []
    block: list[_Bare] = []
    names: dict[str, str | None] = {}
    prev_end = -1
    last_raw = ""  # the label of the block's last labelled line
    first = BARE_LINE.match(text)
    for m in (*([first] if first else []), *BARE_LINE_AFTER.finditer(text)):
        raw = m.group(1)
        kind = bare_kind(raw)
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if kind is None or not sentence_words(text[m.end() : end]):
            continue
        if kind == "name" and not known_name(text, raw, names):
            continue
        gap: list[_Bare] = []
        if block:
            # the same label again after a line: something came between its two turns
            gap = gap_lines(text, prev_end, m.start(), last_raw == raw)
            if gap and (len(gap) > GAP_LINES or any(g.raw == "break" for g in gap)):
                flush_bare(text, block, turns)
                gap = []
        if block:
            block.extend(gap)
        words_end = m.end() + len(text[m.end() : end].rstrip())
        block.append(_Bare(m.end(), words_end, (m.start(1), m.end(1)), raw, not gap))
        last_raw = raw
        prev_end = end
    flush_bare(text, block, turns)
    return turns


def bare_kind(raw: str) -> str | None:
    """ "Q"/"A", "caps" (OKAFOR, SEN. ANN LEE), "name" (Hale, Ann Lee), or None."""
    if raw in QA_LABELS:
        return "qa"
    if raw == raw.upper() and sum(c.isupper() for c in raw) >= 2 and raw[-1] != "-":
        return "caps"
    words = raw.split()
    if len(words) <= 3 and all(w[:1].isupper() and any(c.islower() for c in w) for w in words):
        return "name"
    return None


def sentence_words(words: str) -> bool:
    """Words a person says: not a headline's capitalised words ("Velde Has A Plan For The Pier")."""
    head = words.split()[:8]
    capital = sum(1 for w in head if w[:1].isupper())
    return len(head) < 4 or capital * 4 < len(head) * 3


def known_name(text: str, raw: str, names: dict[str, str | None]) -> bool:
    """A label in ordinary case is a person's: a given name and a surname ("Ann Lee"), a role
    ("Interviewer"), a name
    the article gives again or whose surname comes up on its own ("Ines Mabry:" … "Mabry:";
    not "Prep Time:" … "Cook Time:"), or a surname the article gives after another name word
    ("Lee" after "Ann Lee"; not "Monday" after "On", nor a day or month itself)."""
    words = untitled(raw).split()
    if len(words) >= 2 and given_name(words[0]):
        return True
    if len(words) == 1 and person_noun(words[0].lower()):
        return True  # a role ("Reporter:", "Host:"): its person is looked up later, if named
    if raw not in names:
        if len(names) >= LOOKUPS:
            return False
        found = False
        before = NAME_BEFORE_ONE.pattern + re.escape(words[-1]) + r"\b"
        for m in re.finditer(before, text):
            found = found or m.group(1) is None or name_stop(m.group(1))
            if found:
                break
        names[raw] = raw if found else None
    return names[raw] is not None


NAME_BEFORE_ONE: Final = re.compile(r"\b(?:([A-Z][\w’'\-]*+(?<=[a-z]))\.?[ \u00a0])?")
"""A capitalised word (a name word, or a sentence's opener) before a surname, if any."""


def gap_lines(text: str, start: int, end: int, resumed: bool) -> list[_Bare]:
    """The non-blank lines between two labelled lines, as turns going on; a line that opens
    with a quote mark or with a label that is none ("Velde: 300.") ends the block; a line in
    brackets ("[Laughter]", "(applause)") is a stage direction; and one that tells in the past
    of a he or she, or of anything between two turns of one label (``resumed``: "PARK: …" /
    "The crowd cheered." / "PARK: …"), is the article's, no turn."""
    out: list[_Bare] = []
    for line in text[start:end].split("\n"):
        words = line.strip()
        if words:
            lead = len(line) - len(line.lstrip())
            if words[:1] in OPENING_MARKS or BARE_LINE.match(line):
                raw = "break"
            elif STAGE.fullmatch(words):
                raw = "stage"  # (MUSIC PLAYS): nobody's words
            elif voice(words) == TELLS and (
                resumed or any(w.lower() in GENDERED for w in WORD.findall(words))
            ):
                raw = "skip"  # "The crowd cheered as he spoke.": the article tells, nobody's turn
            else:
                raw = "" if any(c.isalpha() for c in words) else "skip"
            out.append(_Bare(start + lead, start + lead + len(words), None, raw, False))
        start += len(line) + 1
    return out


STAGE: Final = re.compile(r"[(\[][^\W\d_][^()\[\]\n]{0,40}[)\]]\.?")
"""A short line in brackets: (MUSIC PLAYS), [Laughter], (inaudible)."""


def flush_bare(text: str, block: list[_Bare], turns: list[TranscriptTurn]) -> None:
    """Turn a finished block of labelled lines into turns when it is a transcript: people
    talking, not a list of fields, figures or summaries under names ("Lee: 52 percent",
    "SMITH: owns the bakery") nor a run of datelines ("LONDON: Parliament went into recess")."""
    labels = list(dict.fromkeys(b.raw for b in block if b.label is not None))  # in order
    paired = any(b.adjacent and k > 0 for k, b in enumerate(block) if b.label is not None)
    if len(labels) < 2 or not paired:
        block.clear()
        return
    block_start = block[0].start if block[0].label is None else block[0].label[0]
    block_end = block[-1].end
    window = text[max(0, block_start - NAMED_BEFORE) : block_start].lower()
    after = text[block_end : block_end + NAMED_BEFORE].lower()  # or named just after the block
    speakers: dict[str, str | None] = {}
    full: dict[str, str] = {}  # surname -> the full name a label resolved to
    person = False  # a person behind a label other than Q/A
    for raw in labels:  # past LOOKUPS labels, each keeps its own name (a thousand stay linear)
        name = speaker_of(text, raw, block_start, block_end) if len(speakers) < LOOKUPS else plain_name(raw)
        speakers[raw] = name
        if name is not None and " " in name:
            full.setdefault(name.split()[-1], name)
            # a person: a given name first, or a name the article gives ("SEN. ANN LEE", "DE
            # LA FUENTE"), not two words of a field ("PREP TIME")
            named = given_name(name.split()[0]) or name.lower() in window or name.lower() in after
            person = person or (named and raw not in QA_LABELS)
    # or a full name whose surname is a label of its own ("RUTH ADLER:" … "ADLER:")
    person = person or any(name in full for name in speakers.values() if name is not None)
    for raw, name in speakers.items():  # KOVAC after SEN. MARTA KOVAC: the same person
        if name is not None and name in full:
            speakers[raw] = full[name]
    voices: dict[str, list[int]] = {}
    for b in block:
        if b.label is not None:
            voices.setdefault(b.raw, []).append(voice(text[b.start : b.end]))
    # a label that stands for nobody the article names, over lines that tell in the past
    # ("UPDATE: The debate has ended.", "LONDON: Parliament went into recess."): no turns
    told = {
        raw
        for raw in labels
        if raw not in QA_LABELS and " " not in (speakers[raw] or " ") and all(v == TELLS for v in voices[raw])
    }
    heard = [raw for raw in labels if raw not in told]
    talks = any(v == SPEAKS for raw in heard for v in voices[raw])
    if len(heard) < 2 or not talks or not (person or (set(heard) >= QA_LABELS and interview(text, block))):
        block.clear()  # no person behind any label and no interview; or nobody talks
        return
    speaker: str | None = None
    label_at: tuple[int | None, int | None] = (None, None)
    quiet = False  # under a label dropped as told: no turns
    for b in block:
        if b.label is not None:
            speaker, quiet = speakers[b.raw], b.raw in told
            label_at = (b.label[0], b.label[1])
        if quiet or b.raw == "skip":
            continue
        mark = b.label[1] if b.label is not None else b.start - 1
        words = text[b.start : b.end]
        if words[:1] in OPENING_MARKS and (
            words[-1:] in CLOSING or CLOSED_WITH_CUE[CLOSER_OF.get(words[0], "”")].search(words)
        ):
            # VENTNER: “…”: a quote, which the label attributes (formats.transcript_line);
            # HALE: “No,” he said.: a quote with its own cue
            continue
        if b.raw == "stage":
            turns.append(TranscriptTurn(b.start, b.end, mark, None, None, None, True))
        else:
            turns.append(TranscriptTurn(b.start, b.end, mark, speaker, *label_at, True))
    block.clear()


NOT_SPEECH, PHRASE, TELLS, SPEAKS = 0, 1, 2, 3
"""How a line's words read: a figure or a summary whose subject is its label ("52 percent",
"owns the bakery"); a phrase ("Second place and a medal"); a clause telling in the third
person and the past ("The Senate voted"); words someone says (a first or second person, a
question, a sentence in the present: "Make it so.")."""


def voice(words: str) -> int:
    """How ``words`` read (NOT_SPEECH, PHRASE, TELLS or SPEAKS)."""
    found = WORD.findall(words)
    # second_person's test, over the words already read
    if first_person(words) or any(w.lower() in SECOND_PERSON for w in found):
        return SPEAKS  # "are you awake", "I did not know"
    opening = words.lstrip(OPENING_MARKS + " ")
    finite = any(past(w) or w in FINITE_WORDS for w in found)
    if opening[:1].isdigit():
        return NOT_SPEECH  # "52 percent", "2 hours, 31 minutes", "52 percent said yes."
    head = found[0] if found else ""
    if head.islower() and (past(head) or (len(head) > 3 and head[-1] == "s" and head[-2] not in "siu")):
        return NOT_SPEECH  # "owns the bakery", "won in straight sets": the label is the subject
    end = words.rstrip(CLOSING + " ")[-1:]
    if end == "?":
        return SPEAKS
    if any(past(w) for w in found):
        return TELLS
    if finite or (opening[:1].isupper() and end in ".!…"):
        return SPEAKS
    return PHRASE


def past(word: str) -> bool:
    """A finite verb of the past: "went", "was", "voted" (not "Ted")."""
    return (
        word in PAST_FORMS or word in PAST_AUX or (len(word) > 4 and word.endswith("ed") and word.islower())
    )


def interview(text: str, block: list[_Bare]) -> bool:
    """A Q/A block is an interview, not a quiz, an FAQ or a poll: an answer someone says (no
    figure); no reader asking in the first person ("Can I renew online?") unless a question
    is put to "you"; somebody answering (a question to "you", an answer in the first person,
    or the interviewee introduced); and an answer of more than one word unless a person is
    named before the block ("Paris." "Shakespeare." is a quiz)."""
    asked = [text[b.start : b.end] for b in block if b.raw == "Q"]
    answers = [text[b.start : b.end] for b in block if b.raw == "A"]
    said = [a for a in answers if voice(a) != NOT_SPEECH]
    to_you = any(second_person(q) for q in asked)
    reader = any(first_person(q) for q in asked)
    if not said or (reader and not to_you):
        return False
    start = block[0].start if block[0].label is None else block[0].label[0]
    if explainer(text, start, [(b.start, b.end) for b in block if b.raw == "A"], to_you):
        return False
    own = any(first_person(a) for a in said)
    who = answering(text, start) is not None
    if not (to_you or own or who):
        return False
    return (
        who
        or any(len(WORD.findall(a)) > 1 for a in said)
        or NAME_RUN.search(text, max(0, start - NAMED_BEFORE), start) is not None
    )


def explainer(text: str, block_start: int, answers: Span, to_you: bool) -> bool:
    """Whether the answers are a newsroom's own prose, set as questions and answers to explain
    (an FAQ, "your questions answered"), no one's words: no answer speaks in the first person
    outside its quote marks, one tells in the third person what someone says or said ("The
    union says …", "Roe warned …", "… according to the operator"), no introduction tells of
    an interview ("Ann Lee spoke to us", "Five minutes with Ann Lee", "In an interview, …") or
    names an interviewer, and something tells of an explainer: nobody introduced to answer
    questions put to nobody (``to_you``: a briefing's "Will you …?" has someone answering), an
    answer that tells what the one introduced says ("Lee said costs had doubled"; nobody
    answers of herself so), or an explainer's heading that does not name them ("The new
    rules, explained", "What you need to know"). An interview whose answers happen to tell of
    others ("Ann Lee told the Courier …", a press briefing, a witness's evidence) keeps its
    turns. The quotes inside an explainer's answers stay quotes, attributed by their own cues."""
    plain = [unquoted(text[s:e]) for s, e in answers]
    if not any(tells_of_others(words) for words in plain) or any(first_person(words) for words in plain):
        return False
    window = text[max(0, block_start - NAMED_BEFORE) : block_start]
    if INTERVIEW_CUES.search(window) is not None or in_role(text, "interviewer", block_start) is not None:
        return False
    if any(w.lower() in INTERVIEW_WORDS for w in WORD.findall(window)):
        return False  # "In an interview, Ann Lee explained …", "Excerpts from the interview:"
    who = interviewee(text, block_start)
    if who is None:
        return not to_you or explainer_heading(window, None)
    surname = WORD.findall(who)[-1]  # "Okafor-Lang": "Lang", as WORD reads the words
    return any(tells_of(words, surname) for words in plain) or explainer_heading(window, surname)


HEADING_MARKS: Final = " \t\u00a0#*_"
"""Spaces and Markdown marks around a heading."""
HEADING_WORDS: Final = 12
"""Words a heading may hold at most."""


def explainer_heading(window: str, surname: str | None) -> bool:
    """Whether a heading in ``window`` (a line of a few words that ends in no stop) is an
    explainer's and does not name ``surname``: it ends in a participle of explaining ("The
    rail timetable, explained", "Key questions answered"), or one of its parts (the whole, or
    what stands after a colon or a dash) opens with a word of the whole and goes on to "know"
    ("What you need to know", "Heatwave: what we know so far") or with the readers' questions
    ("Your questions on the closures"). "Five questions for Ann Lee", "Q&A: Ann Lee on the
    strike", "Ann Lee answers your questions" and a sentence ("In an interview, Lee
    explained.") are none."""
    for line, found in headings(window, surname):
        if found[-1].lower() in EXPLAINER_TAILS:
            return True
        for part in HEADING_PART.split(line):
            words = [w.lower() for w in WORD.findall(part)]
            if len(words) < 2:
                continue
            if words[0] in KNOWING_OPENERS and any(w in KNOWING_VERBS for w in words[1:6]):
                return True
            if words[0] in SECOND_PERSON and words[1] in QUESTION_NOUNS:
                return True
    return False


def headings(window: str, surname: str | None) -> list[tuple[str, list[str]]]:
    """The headings in ``window`` that do not name ``surname``, with their words: lines of a few
    words that end in no stop ("How the levy works", not "14:05", "•" or a sentence)."""
    found: list[tuple[str, list[str]]] = []
    for line in window.split("\n"):
        line = line.strip(HEADING_MARKS)
        if not line or line[-1] in ".!?:;,…":
            continue
        words = WORD.findall(line)
        if words and len(words) <= HEADING_WORDS and (surname is None or surname not in words):
            found.append((line, words))
    return found


HEADING_PART: Final = re.compile(r"[:\u2014\u2013|]|[ \u00a0]-[ \u00a0]")
"""What sets off a heading's parts: a colon, a dash, a bar."""


QUOTED: Final = re.compile(r"“[^“”\n]*”?|\"[^\"\n]*\"?|«[^«»\n]*»?")
"""The words inside quote marks (to the line's end when a mark is left open): someone else's
words in an answer, whose "I" or "we" is not the answer's voice."""


def unquoted(words: str) -> str:
    """``words`` less what stands inside quote marks."""
    return QUOTED.sub(" ", words)


def tells_of_others(words: str) -> bool:
    """A finite cue verb ("says", "said", "warned") after a word that is not "I", "we" or
    "you", or "according to": a clause telling what someone else says."""
    found = WORD.findall(words)
    for k, w in enumerate(found):
        low = w.lower()
        if low == "according" and k + 1 < len(found) and found[k + 1].lower() == "to":
            return True
        if k == 0 or not finite_cue(low):
            continue
        before = found[k - 1].lower()
        if before not in FIRST_PERSON and before not in SECOND_PERSON:
            return True
    return False


def tells_of(words: str, surname: str) -> bool:
    """Whether ``words`` tell what ``surname`` says: the surname as the subject of a finite cue
    verb ("Lee said …", "Lee insisted:"), not its object ("the board told Lee")."""
    found = WORD.findall(words)
    return any(found[k] == surname and finite_cue(found[k + 1].lower()) for k in range(len(found) - 1))


def finite_cue(low: str) -> bool:
    """A finite form of a cue verb ("says", "said", "warned"; not "say" or "saying")."""
    lemma = CUE_FORMS.get(low)
    return lemma is not None and low != lemma and not low.endswith("ing")


def first_person(words: str) -> bool:
    """ "I", "we", "my" … in ``words`` (not "US")."""
    return any(w.lower() in FIRST_PERSON and not (len(w) > 1 and w.isupper()) for w in WORD.findall(words))


def second_person(words: str) -> bool:
    """ "you", "your" … in ``words``: a question put to someone."""
    return any(w.lower() in SECOND_PERSON for w in WORD.findall(words))


def speaker_of(text: str, raw: str, block_start: int, block_end: int = -1) -> str | None:
    """The person a label stands for: the article's full name for a surname (OKAFOR -> Desmond
    Okafor), the one person it introduces in a role for a role (MODERATOR), the interviewee
    for A, the interviewer for Q; else the label as a name."""
    name = plain_name(raw)
    if name is None:
        return None
    if raw in QA_LABELS:
        if raw == "A":  # the one the introduction says was asked, as for a quoted answer
            found = asked_person(text, block_start) or answering(text, block_start)
            asking = asker(text, block_start)
            if found and asking and found.split()[-1] == asking.split()[-1]:
                found = None  # "Our reporter Tom Reed interviewed …": he asks, not answers
            return found or "A"
        return in_role(text, "interviewer", block_start) or asker(text, block_start) or "Q"
    full = full_name(text, name, block_start, block_end)
    if full != name:
        return full
    return in_role(text, name.lower(), block_start) or name


def plain_name(raw: str) -> str | None:
    """A label as a name (SEN. ANN LEE -> Ann Lee, Dr. Ann Lee -> Ann Lee); None for a clip."""
    if raw.strip(" .") in MEDIA_LABELS:
        return None
    return name_of(raw) if raw == raw.upper() else untitled(raw)


def in_role(text: str, role: str, block_start: int) -> str | None:
    """The one person the article introduces as ``role`` before the block ("moderator Ann
    Lee", "Ann Lee, the moderator", "Lee, the interviewer"); None when it names none or
    several. The role in apposition may come bare ("Ann Lee, interviewer, talks to …")."""
    window = text[max(0, block_start - NAMED_BEFORE) : block_start]
    if role not in window.lower():
        return None
    found: dict[str, str] = {}  # surname -> the fullest name given
    for m in re.finditer(rf"(?i:\b{re.escape(role)}),?[ \u00a0]+{ROLE_NAME}", window):
        if len(m.group(1).split()) >= 2:
            add_name(found, untitled(m.group(1)))
    for m in re.finditer(
        rf"{ROLE_NAME},[ \u00a0](?:{APPOSITION}[ \u00a0][^,.\n]{{0,40}}?)?(?i:\b{re.escape(role)})", window
    ):  # "Ann Lee, the interviewer", "Ann Lee, interviewer, …"
        add_name(found, untitled(m.group(1)))
    return found.popitem()[1] if len(found) == 1 else None


ROLE_NAME: Final = r"\b((?:[A-Z][\w’'\-]*+(?<=[a-z])\.?[ \u00a0]){0,2}[A-Z][\w’'\-]*+(?<=[a-z]))"
"""A name of one to three capitalised words (possessive and anchored: linear over a long run);
after the role, two or more ("moderator Ann Lee", not "Zhou Enlai" read as a role ZHOU)."""
APPOSITION: Final = "(?:" + "|".join(sorted(APPOSITION_OPENERS)) + ")"


def add_name(found: dict[str, str], name: str) -> None:
    """Keep ``name`` by its surname, the longer form of one person ("Lee" and "Ann Lee")."""
    words = name.split()
    if len(words) == 1 and name_stop(name):
        return  # "the moderator, On …"
    if len(words) > len(found.get(words[-1], "").split()):
        found[words[-1]] = name


NAME_RUN: Final = re.compile(r"\b[A-Z][\w’'\-]*+(?:[ \u00a0][A-Z][\w’'\-]*+)+")
WORD_BEFORE: Final = re.compile(r"(\S+)[ \u00a0]+$")
AGED: Final = re.compile(r",[ \u00a0]\d{1,3},")
WHO_AFTER: Final = re.compile(r",[ \u00a0]who\b")

TOLD_OF: Final = re.compile(r"[^.!?\n]{0,300}[.!?][ \u00a0]+(?:She|He)\b")
"""The rest of a name's sentence, then a sentence that opens with he or she: a person."""


def in_byline(window: str, at: int, first: str) -> bool:
    """Whether the name at ``at`` opens a byline ("By Ann Lee" at a line's start, bold or not):
    the writer, never the one interviewed. ``first`` is the name run's first word (a run of
    capitals may take the "By" in)."""
    lead = window[window.rfind("\n", 0, at) + 1 : at].strip(" \t*_")
    return lead == "By" or (not lead and first == "By")


def interviewee(text: str, block_start: int, sure: bool = False) -> str | None:
    """The person an interview is with: of the people the article names before the Q/A block
    (a given name and a surname), the one whose surname comes up most (the first on a tie),
    not the one it introduces as the interviewer. ``sure`` (questions with no label): the
    introduction must tell of one person in the third person (a title, an age, the name again,
    a he/she/him/his/her after it, or "… with us" in its sentence, or an interviewer named); two people told
    of alike ("Ann Lee and her son Tom Lee") or an introduction that asks give nobody."""
    window = text[max(0, block_start - NAMED_BEFORE) : block_start]
    if sure and window.rstrip().endswith("?"):
        return None  # a letter or a column asking its readers, no interview's introduction
    people: dict[str, str] = {}
    marked: set[str] = set()  # a title before ("Dr. Ada Mensah"), an age after (", 46,"), a he/she next
    for m in NAME_RUN.finditer(window):
        words = m.group().split()
        if in_byline(window, m.start(), words[0]):
            continue  # "By Imre Fairweather": the writer
        before = WORD_BEFORE.search(window, max(0, m.start() - 40), m.start())
        if not name_stop(words[-2]) and not POSSESSIVE.search(words[-2]):  # "Brendan's Hospital": an owner's
            full = f"{words[-2]} {words[-1]}"
            if sure and people.get(words[-1], full) != full:
                return None  # two people of one surname: whose answer is whose is not told
            people.setdefault(words[-1], full)
            if sure and told_of(window, m):
                marked.add(words[-1])
        if (
            (before and before.group(1).lower() in TITLES)
            or words[0].lower() in TITLES
            or AGED.match(window, m.end())
            or TOLD_OF.match(window, m.end())
        ):
            marked.add(words[-1])
        if len(people) >= LOOKUPS:
            break
    asking = in_role(text, "interviewer", block_start)
    if asking is not None:
        people.pop(asking.split()[-1], None)
    counts = {last: len(re.findall(rf"\b{re.escape(last)}\b", window)) for last in people}
    # a person: a given name before the surname, a title before the name, an age after it or
    # a he/she opening the next sentence, or the surname named again on its own
    named = [
        last for last in people if given_name(people[last].split()[0]) or last in marked or counts[last] >= 2
    ]
    if not named:
        return None
    best = max(named, key=lambda last: counts[last])  # max keeps the first on a tie
    if sure:
        if asking is None and best not in marked and counts[best] < 2:
            return None  # "Ann Lee wrote an op-ed.": nothing tells that she is asked
        if sum(counts[last] == counts[best] for last in named) > 1:
            return None  # two people introduced alike: no way to tell who answers
    return people[best]


CUE_NAME: Final = r"((?!(?:We|I|They|It|You)\b)(?:[A-Z][\w’'\-]*+\.?[ \u00a0]){0,2}[A-Z][\w’'\-]*+)"
INTERVIEW_CUES: Final = re.compile(
    rf"{CUE_NAME}(,[^.\n]{{1,80}}?,)?[ \u00a0](?:spoke|talked|answered|sat)[ \u00a0](?:to|with|our|my|down|questions)\b(?![ \u00a0](?:with[ \u00a0])?[A-Z])"
    rf"|\b(?:(?:sat[ \u00a0]down|spoke|talked|caught[ \u00a0]up|chats|chatted)[ \u00a0]with|(?:talks|speaks)[ \u00a0](?:to|with)|meets|asks)[ \u00a0](?:[a-z]+,?[ \u00a0]){{0,4}}?{CUE_NAME}"
    rf"|\b(?:[Ww]e|I)[ \u00a0](?:asked|interviewed|spoke[ \u00a0]to|talked[ \u00a0]to|put[ \u00a0]\w+[ \u00a0]questions[ \u00a0]to)"
    rf"[ \u00a0](?!him\b|her\b)(?:[a-z]+[ \u00a0]){{0,3}}?{CUE_NAME}"
    rf"|\b[Ii]nterview[ \u00a0]with[ \u00a0](?:[a-z]+[ \u00a0]){{0,3}}?{CUE_NAME}"
    r"|\b(?:[Ww]e|I)[ \u00a0](?:asked|interviewed|met|spoke[ \u00a0]to|talked[ \u00a0]to)[ \u00a0](him|her)\b"
    rf"|\b(?:[Cc]onversation|[Mm]inutes|Q&A)[ \u00a0]with[ \u00a0](?:[a-z]+[ \u00a0]){{0,3}}?{CUE_NAME}"
)
"""An interview's introduction naming who answers: "Ann Lee spoke to us", "Ann Lee answered
our questions", "sat down with Ann Lee", "we asked Ann Lee", "an interview with Ann Lee",
"in conversation with Ann Lee", "Five minutes with Ann Lee", a headline's "Tom Hale talks to Ann
Lee", and "we spoke to him" after the person's name."""


def cued_interviewee(text: str, block_start: int) -> str | None:
    """The person the introduction right before a Q/A block says was interviewed (the last
    of INTERVIEW_CUES before it), when their name has a person's evidence: a known given
    name, a title, or a role word just before it ("harbour master Ann Lee"). No other name
    in the article answers: a place, a headline's words or a song's title repeated is no one."""
    window = text[max(0, block_start - NAMED_BEFORE) : block_start]
    found: str | None = None
    for m in INTERVIEW_CUES.finditer(window):
        g = next((i for i in (1, 3, 4, 5, 6, 7) if m.group(i)), 0)
        words = m.group(g).split()
        lead_in = window[max(0, sentence_open(window, m.start(g))) : m.start(g)]
        if g == 1 and (" and " in lead_in or " and " in m.group()):
            found = None  # "Ann Lee, 40, and her son Tom Lee spoke to us": whose answer is whose is not told
            continue
        at, end = m.start(g), m.end(g)
        if (g == 1 and words[-1] in ("He", "She")) or g == 6:
            at, end = last_person(window, at)
            words = window[at:end].split()
            if g == 6 and not (words and given_gender(words[0]) == OBJECT_SEX[m.group(6)]):
                continue  # "… Yusuf Okonjo, her deputy, … We spoke to her": the name must agree
        while words and (words[0].lower().rstrip(".") in TITLES or name_stop(words[0])):
            words = words[1:]
        if not words:
            continue
        before = WORD_BEFORE.search(window, max(0, at - 40), at)
        lead = before.group(1).lower().rstrip(".,") if before else ""
        aged = AGED.match(window, end) is not None
        titled = aged or lead in TITLES or window[at:end].split()[0].lower().rstrip(".") in TITLES
        aside = m.group(2) or "" if g == 1 else ""  # "Ann Lee, the harbour master, spoke to us"
        role = (before is not None and lead.isalpha() and person_noun(lead)) or any(
            person_noun(w) for w in WORD.findall(aside.lower())
        )
        if window.startswith(" and ", end):
            found = None  # "We spoke to Ann Lee and Tom Hale, who …": whose answer is whose is not told
            continue
        # "We spoke to Ann Lee, who runs …", a heading's "Five minutes with Ann Lee" (group 7);
        # not a body ("We spoke to Dunmore Trust, who run …")
        told_of_person = WHO_AFTER.match(window, end) is not None or g == 7
        told = told_of_person and words[-1].lower() not in lx.ORG_WORDS
        if given_name(words[0]) or titled or role or (told and len(words) >= 2):
            found = " ".join(words[-2:])
    asking = in_role(text, "interviewer", block_start) if found else None
    if found and asking and asking.split()[-1] == found.split()[-1]:
        return None  # "Ann Lee, the interviewer, spoke with the judge …": she asks, not answers
    return found


def answering(text: str, block_start: int) -> str | None:
    """Who answers a Q/A block: the one its introduction names, else the one the article
    introduces most (``interviewee``)."""
    return cued_interviewee(text, block_start) or interviewee(text, block_start)


ANSWER_ENDS: Final = frozenset(".!?…”\"’')")
"""How a line of an answer ends: a line with no stop is a heading, not the answer run on."""
STOP: Final = re.compile(r"[.!?\n]")
WITH_US: Final = re.compile(r"\bus\b")
HE_SHE: Final = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\b")


def told_of(window: str, m: re.Match[str]) -> bool:
    """A he/she/him/his/her in the rest of the name's sentence or the next, or an "us" in the rest
    of its sentence ("Ann Lee spoke to us"): the introduction tells of a person it met."""
    stop = STOP.search(window, m.end(), m.end() + 300)
    own_end = stop.start() if stop else min(len(window), m.end() + 300)
    if WITH_US.search(window, m.end(), own_end):
        return True
    nxt = STOP.search(window, own_end + 1, m.end() + 600)
    return HE_SHE.search(window, m.end(), nxt.start() if nxt else min(len(window), m.end() + 600)) is not None


QUESTION: Final = re.compile(
    r"^[ \t\u00a0]*(?:\*\*|__)?([^\W_][^\n]{0,298}?\?)(?:\*\*|__)?[ \t\u00a0]*$", re.M
)
"""A paragraph of one short question (bold in a Markdown draft or not), opening with a word:
a quoted question (“Who?” she asked) opens with a mark."""
MANY_SENTENCES: Final = re.compile(r"[a-z][.!][ \u00a0]+[A-Z]")
"""A sentence's end inside a paragraph, then another's start: a paragraph of sentences that
ends by asking ("He had no idea where he was. Did it have to be so?") answers the question
just before it; a question is one sentence."""
QUESTION_END: Final = re.compile(r"\?(?:\*\*|__)?[ \t\u00a0]*$", re.M)
ANSWER_LINES: Final = 8
"""Paragraphs an answer may run over before the next question (more: the interview is over)."""
Span = list[tuple[int, int]]


ANSWER_LABEL: Final = re.compile(r"[ \t\u00a0]*A(?:[.:]|[ \t\u00a0]*[\u2013\u2014-])[ \t\u00a0]*")
"""An answer's label opening its line: "A. ", "A: ", "A – "."""
QUESTION_LINE: Final = re.compile(
    r"[ \t\u00a0]*Q(?:[.:]|[ \t\u00a0]*[\u2013\u2014-])[ \t\u00a0]*\S[^\n]*\?[\"”]?[ \t\u00a0]*$", re.M
)
"""A question's line labelled Q and ending in a question mark: "Q. Did you sign it?"."""


ANSWER_LABEL_REACH: Final = 16
"""The most characters of an answer label before its quote ("A. ", "A – ", "  A:  ")."""
LINE_REST: Final = re.compile(r"[^\S\n]*(?:\n|\Z)")
"""Nothing but spaces up to the end of the line."""


def quoted_answer(text: str, start: int, end: int) -> str | None:
    """ "Q. Did you sign it?" / "A. “No. I never signed anything.”": a quotation (``start``
    to ``end``, its marks included) that fills a line labelled A, right under a question
    labelled Q, is the interviewee's answer: the person the introduction says was
    interviewed, else the one it names most (``interviewee``); None when it names no one."""
    line = line_start_within(text, max(0, start - ANSWER_LABEL_REACH), start)
    if line < 0:
        return None  # no line starts just before the quote: no label
    label = ANSWER_LABEL.match(text, line, start)
    if label is None or label.end() != start or LINE_REST.match(text, end) is None:
        return None
    k = line - 1
    while k > 0 and text[k - 1] in " \t\u00a0\n":
        k -= 1  # back over blank lines to the line before
    q_line = text.rfind("\n", 0, k) + 1
    if k <= 0 or QUESTION_LINE.match(text, q_line, k) is None:
        return None
    return asked_person(text, q_line)


ASKER_SUBJECT: Final = re.compile(
    rf"{CUE_NAME}(?:,[^.\n]{{1,80}}?,)?[ \u00a0](?:interviewed|interviews|asked|asks|questioned|put|puts)\b"
)
"""An interviewer as the subject of asking: "Tom Reed interviewed …", "Tom Reed, our reporter,
asked …", "Tom Reed, our health editor, put the questions"."""
ASKED_BY: Final = r"(?:interviewed|questioned|asked|(?:cross-)?examined)[ \u00a0](?:[a-z]+ly[ \u00a0])?by"
"""A participle of asking, an adverb perhaps, and "by": "questioned closely by"."""
ASKER_AGENT: Final = re.compile(
    r"(?:(?<![^\n])By[ \u00a0](?=[^\n.!?]{1,60}(?:\n|\Z))"
    rf"|\b(?:{ASKED_BY}|reporter|correspondent|interviewer)[ \u00a0]){CUE_NAME}"
)
"""An interviewer named after a verb of asking and "by" or after the role: "was interviewed by
Tom Reed", "questioned closely by Tom Reed", "Our reporter Tom Reed", or a byline's "By Tom
Reed" on its own line; never any "by" ("whose plan was approved by Tom Reed")."""
ASKED_PASSIVE: Final = re.compile(
    rf"\b(?:is|are|was|were|been|being)[ \u00a0](?:[a-z]+ly[ \u00a0])?{ASKED_BY}\b"
)
"""A passive of asking with its agent: "Ilse Varn was asked by Tom Reed", "Ilse Varn, the
guard, was cross-examined by Tom Reed" (the sentence's other person was asked)."""
ASKED_OBJECT: Final = re.compile(
    r"\b(?:interviewed|interviews|asked|asks|questioned|questions[ \u00a0]to|(?:spoke|speaks|talked|talks)"
    r"[ \u00a0]to|sat[ \u00a0]down[ \u00a0]with|interview[ \u00a0]with)[ \u00a0]"
    rf"(?:(?!by\b)[a-z]+[ \u00a0]){{0,3}}?{CUE_NAME}"
)
"""The one asked, as the object of asking: "interviewed Ilse Varn", "put five questions to Ilse
Varn", "spoke to former mayor Ilse Varn", "an interview with Ilse Varn"; never after "by"."""


def asker(text: str, block_start: int) -> str | None:
    """The one interviewer an introduction names as the subject of asking or after "by" or
    "our reporter" ("Our reporter Tom Reed interviewed Ilse Varn"), as a given name and a
    surname; None when it names none or two."""
    window = text[max(0, block_start - NAMED_BEFORE) : block_start]
    found: dict[str, str] = {}
    for pattern in (ASKER_SUBJECT, ASKER_AGENT):
        for m in pattern.finditer(window):
            words = untitled(m.group(1)).split()
            if len(words) >= 2 and given_name(words[-2]):
                found.setdefault(words[-1], f"{words[-2]} {words[-1]}")
    return next(iter(found.values())) if len(found) == 1 else None


def asked_person(text: str, block_start: int, only_asked: bool = False) -> str | None:
    """The one person an introduction before a Q/A block says was asked: the object of asking
    ("Our reporter Tom Reed interviewed Ilse Varn") or the one it says spoke to us
    (``cued_interviewee``), else the only person it names; never an interviewer (the subject of
    asking, one named after "by" or "our reporter"). None when two are asked ("Ilse Varn and
    Tobias Renn spoke to us"), when another person shares the asked one's sentence ("In an
    interview with Tom Reed, Ilse Varn discussed …": who asks is not told), or when two are
    named and neither is said to be asked ("Police arrested Tom Reed. His lawyer, Ilse Varn,
    spoke to us."). With ``only_asked``, only one the introduction says was asked, and not across a
    heading that does not name them nor under an explainer's heading ("We interviewed Ann Lee
    …" / "How the levy works" / "Q. …": the questions are the newsroom's)."""
    window = text[max(0, block_start - NAMED_BEFORE) : block_start]
    people: dict[str, str] = {}  # surname -> "Given Surname", a person by a given name or a title
    shared: set[str] = set()  # surnames two people named here share
    for m in NAME_RUN.finditer(window):
        words = m.group().split()
        before = WORD_BEFORE.search(window, max(0, m.start() - 40), m.start())
        titled = (before is not None and before.group(1).lower().rstrip(".") in TITLES) or AGED.match(
            window, m.end()
        )
        while len(words) > 1 and (words[0].lower().rstrip(".") in TITLES or name_stop(words[0])):
            words, titled = words[1:], True
        person = len(words) >= 2 and (given_name(words[-2]) or titled) and not POSSESSIVE.search(words[-1])
        full = f"{words[-2]} {words[-1]}" if person else ""
        if person and people.setdefault(words[-1], full) != full:
            shared.add(words[-1])  # "Tamsin Hale and her son Tomas Hale": which Hale is not told
        if len(people) >= LOOKUPS:
            break
    askers = {
        m.group(1).split()[-1] for pattern in (ASKER_SUBJECT, ASKER_AGENT) for m in pattern.finditer(window)
    }
    asked: dict[str, int] = {}
    for m in ASKED_OBJECT.finditer(window):
        asked.setdefault(m.group(1).split()[-1], m.start(1))
    if (cued := cued_interviewee(text, block_start)) is not None:  # with its own person's evidence
        people.setdefault(cued.split()[-1], cued)
        asked.setdefault(cued.split()[-1], window.rfind(cued))
    chosen = [last for last in asked if last in people and last not in askers]
    if len(chosen) > 1 or any(last in shared for last in chosen):
        return None
    if chosen:
        at = asked[chosen[0]]
        opens = sentence_open(window, max(0, at))
        close = STOP.search(window, max(0, at))
        sentence = window[opens : close.start() if close else len(window)]
        others = [last for last in people if last != chosen[0] and last not in askers]
        if any(re.search(rf"\b{re.escape(people[last])}\b", sentence) for last in others):
            return None
        if only_asked and (
            explainer_heading(window, chosen[0])
            or headings(window[close.end() if close else len(window) :], chosen[0])
        ):
            return None
        return people[chosen[0]]
    rest = [last for last in people if last not in askers]
    if only_asked:  # the one person besides the asker in a passive of asking, not any one named
        passive = [m.start() for m in ASKED_PASSIVE.finditer(window)]
        if len(rest) != 1 or rest[0] in shared or not passive:
            return None  # "said Ann Lee" over an FAQ: she answers none of it
        opens = sentence_open(window, passive[-1])
        close = STOP.search(window, passive[-1])
        if people[rest[0]] not in window[opens : passive[-1]]:
            return None
        after = window[close.end() if close else len(window) :]
        return None if explainer_heading(window, rest[0]) or headings(after, rest[0]) else people[rest[0]]
    return people[rest[0]] if len(rest) == 1 and rest[0] not in shared else None


def qa_turns(text: str, taken: set[int]) -> list[TranscriptTurn]:
    """The turns of interviews whose questions carry no label (one pass over the question
    paragraphs); ``taken``: the starts of lines already read as labelled turns."""
    turns: list[TranscriptTurn] = []
    block: list[Span] = []  # per question: its words, then its answer's lines
    looked = [0]  # interviews whose people were looked up (LOOKUPS at most: a text stays linear)
    for q in QUESTION_END.finditer(text):  # a regex skip to each line ending with "?": few do
        m = QUESTION.match(text, text.rfind("\n", 0, q.start()) + 1, q.end())
        if m is None or m.start() in taken:
            continue
        if (
            block
            and len(block[-1]) == 1
            and not NON_BLANK.search(text, block[-1][0][1], m.start(1) - 1)
            and MANY_SENTENCES.search(text, m.start(1), m.end(1))
        ):
            block[-1].append((m.start(1), m.end(1)))  # sentences ending by asking: the answer
            continue
        if block:
            answer, broke = answer_lines(text, block[-1][-1][1], m.start(), taken, ANSWER_LINES + 1)
            cut = next((k for k, (s, e) in enumerate(answer) if not answer_line(text, s, e)), -1)
            if cut >= 0:  # a heading or the next interview's introduction ends this one
                block[-1].extend(answer[:cut])
                answer, broke = [], True
            if (answer or len(block[-1]) > 1) and not broke and len(answer) <= ANSWER_LINES:
                block[-1].extend(answer)
            else:
                turns.extend(flush_qa(text, block, taken, looked))
        block.append([(m.start(1), m.end(1))])
    turns.extend(flush_qa(text, block, taken, looked))
    return turns


def answer_lines(text: str, start: int, end: int, taken: set[int], most: int) -> tuple[Span, bool]:
    """Up to ``most`` non-blank lines after the line of ``start`` and before ``end``, and
    whether a line that is no answer stopped them (one opening with a quote mark or an "A:"
    label, or already read as a labelled turn; or a question)."""
    out: Span = []
    pos = text.find("\n", start, end) + 1
    while 0 < pos < end and len(out) < most:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        line = text[pos:stop]
        words = line.strip()
        if words:
            label = BARE_LINE.match(text, pos, stop)
            qa_label = label is not None and label.group(1) in QA_LABELS
            if words[:1] in OPENING_MARKS or pos in taken or qa_label or QUESTION.match(text, pos, stop):
                return out, True
            lead = pos + len(line) - len(line.lstrip())
            out.append((lead, lead + len(words)))
        pos = stop + 1
    return out, False


RUN_IN_Q: Final = re.compile(r"Q[.\u2014\u2013]?[ \t\u00a0]*(?=[A-Z\"“])")
RUN_IN_A: Final = re.compile(r"A[.\u2014\u2013]?[ \t\u00a0]*(?=[A-Z\"“])")
"""A question and an answer labelled Q and A without a colon, as some sites print them:
"Q. Why?", "Q What?", "QWhat happens next?" run into the words ("AWe wait.")."""


def stop_labelled(text: str, block: list[Span]) -> bool:
    """Whether every question of ``block`` opens with "Q." and every answer with "A." (the
    print convention, set off by a full stop and a space): labels that plain, alternating,
    mark an interview even over two questions, where words run into a bare Q or A need three."""
    if len(block) < 2:
        return False
    for k, q in enumerate(block):
        if not text.startswith("Q. ", q[0][0]):
            return False
        if len(q) > 1 and not text.startswith("A. ", q[1][0]):
            return False
        if len(q) == 1 and k < len(block) - 1:
            return False  # only the last question's answer is still to be read
    return True


def run_in_labels(text: str, block: list[Span]) -> bool:
    """When every question of ``block`` opens with a Q and every answer with an A, run into
    the words or set off by a full stop, a dash or a space ("QWhy?" / "AWe wait."), strip
    them from the turns (in place) and say so. One such word alone ("QAnon …", "AI …",
    "A New …") is no label: the labels must alternate over the whole block."""
    ends: list[tuple[int, int]] = []
    for q in block:
        asks = RUN_IN_Q.match(text, q[0][0], q[0][1])
        answers = RUN_IN_A.match(text, q[1][0], q[1][1]) if len(q) > 1 else None
        if asks is None or answers is None:
            return False
        ends.append((asks.end(), answers.end()))
    for q, (asks_end, answers_end) in zip(block, ends, strict=True):
        q[0], q[1] = (asks_end, q[0][1]), (answers_end, q[1][1])
    return True


def flush_qa(text: str, block: list[Span], taken: set[int], looked: list[int]) -> list[TranscriptTurn]:
    """The turns of a finished run of questions and answers when it is an interview: the last
    question's answer runs over as many lines as the longest answer before it, and ends
    before a line naming the interviewee ("Lund's book is out in May")."""
    turns: list[TranscriptTurn] = []
    stop = stop_labelled(text, block)
    least = 2 if stop else 3  # "Q. …" / "A. …" twice is an interview already
    if len(block) >= least:
        longest = max(len(q) for q in block[:-1]) - 1
        for s, e in answer_lines(text, block[-1][-1][1], len(text), taken, longest)[0]:
            if not answer_line(text, s, e):
                break
            block[-1].append((s, e))
    if block and len(block[-1]) < 2:
        block.pop()  # a question left unanswered
    if len(block) >= least and looked[0] < LOOKUPS:
        labelled = run_in_labels(text, block)
        if not labelled and len(block) < 3:
            block.clear()  # two questions are an interview only when both are labelled
            return turns
        asked = sum(second_person(text[q[0][0] : q[0][1]]) for q in block)
        own_voice = sum(any(first_person(text[s:e]) for s, e in q[1:]) for q in block)
        readers = any(first_person(text[q[0][0] : q[0][1]]) for q in block)
        # put to "you" mostly; or asked of no reader and answered as "I"/"we" at least every
        # other time ("What happens next for the league?" "We expand."); or labelled Q and A
        interview_like = 2 * asked > len(block) or labelled or (not readers and 2 * own_voice >= len(block))
        told = any(
            w == "I" or w.lower() in SPEAKER_WORDS
            for q in block
            for s, e in q[1:]
            for w in WORD.findall(text[s:e])
        )
        block_start = text.rfind("\n", 0, block[0][0][0]) + 1
        looked[0] += 1
        who = None
        if (
            interview_like
            and told
            and not explainer(text, block_start, [a for q in block for a in q[1:]], asked > 0)
        ):
            # an interview's cue names who answers; without one, three questions or more may
            # still fall to the person the article introduces most, two questions to no one
            who = cued_interviewee(text, block_start)
            if who is None and len(block) >= 3:
                who = interviewee(text, block_start, True)
        if (
            who is None
            and stop
            and not explainer(text, block_start, [a for q in block for a in q[1:]], asked > 0)
            and any(
                voice(text[s:e]) >= TELLS and len(WORD.findall(text[s:e])) > 3
                for q in block
                for s, e in q[1:]
            )
        ):
            # "Q. …?" / "A. …" turns under an introduction saying who was asked are that
            # person's answers even when none says "I" ("A. The recovery was faster."); a
            # quiz's answers are a word or two ("A. The Wenn.")
            who = asked_person(text, block_start, True)
        own = re.compile(rf"\b{re.escape(who.split()[-1])}\b") if who else None
        if own is not None and not any(own.search(text, s, e) for q in block for s, e in q[1:]):
            interviewer = in_role(text, "interviewer", block_start) or asker(text, block_start)
            # "Berg said …" in an answer: not hers
            for q in block:
                turns.append(TranscriptTurn(q[0][0], q[0][1], q[0][0] - 1, interviewer, None, None, True))
                turns.extend(
                    TranscriptTurn(s, e, q[1][0] - 1, who, None, None, True)
                    for s, e in q[1:]
                    if not (text[s] in OPENING_MARKS and text[e - 1] in CLOSING)
                )
    block.clear()
    return turns
