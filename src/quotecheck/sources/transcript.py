"""Speaker-labelled transcripts: ``SMITH:``, ``SEN. JOHN SMITH:``, ``Q:``/``A:`` turns."""

from __future__ import annotations

import re
from typing import Final

from quotecheck.extract.lexicon import (
    COMMON_WORDS,
    CUE_FORMS,
    FEMALE_FIRST,
    MALE_FIRST,
    QUESTIONER_NOUNS,
    TITLES,
    UNSEXED_FIRST,
)
from quotecheck.extract.mentions import known_person
from quotecheck.model import Turn

# Letters of any script (RAÚL, GONZÀLEZ) and party tags (CUMMINGS D-MD.); that the label
# is in capitals is checked after the match, since a regex class cannot say "upper case". A note
# in brackets after the name is no part of it ("SAL (via video link):", "QUILL (D-OR):", "SAL [in
# Spanish]:"). A time stamp may open the line ("[00:12:31] SAL:", "00:12:31 SAL:") or stand
# after the name ("SAL [00:12:31]:", "Vera Sal (00:12:31):", as transcription services write it).
STAMP = r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?"
LABEL = re.compile(
    rf"^[ \t]*(?:(?P<stamp>{STAMP})[ \t]+)?"
    r"(?P<label>(?:[^\W\d_][\w.'’-]*[ \t]+){0,4}[^\W\d_][\w'’.-]+|Q|A)"
    rf"(?:[ \t]*(?:\([^()\n:]{{1,40}}\)|\[[^\[\]\n:]{{1,40}}\]|(?P<after>[\[(]\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])])))?"
    r"[ \t]*:[ \t]*",
    re.M,
)


def turns_of(text: str) -> tuple[Turn, ...]:
    """The turns of a transcript; empty when fewer than two labelled turns are found."""
    found = label_matches(text)
    labels = [m for m in found if is_label(m.group("label"), stamped(m))]
    if len(labels) < 2:
        labels = named_lines(text, found)
    marks = [(m.start(), m.end(), speaker_name(m.group("label"))) for m in labels]
    if "Q." in text and "A." in text:
        marks = court_marks(text, marks)
    marks = [(a, b, witness_named(text, a) if WITNESS_LABEL.fullmatch(who) else who) for a, b, who in marks]
    if any(who == "Q" for _, _, who in marks):
        marks = [(a, b, interviewee(text, a) if who == "A" else who) for a, b, who in marks]
    stops: list[int] = []
    if len(marks) < 2:
        marks, stops = label_lines(text)
    if len(marks) < 2:
        return ()
    turns = []
    k = 0
    for i, (_, body, speaker) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        while k < len(stops) and stops[k] < body:
            k += 1
        if k < len(stops) and stops[k] < end:
            end = stops[k]  # a heading line between two turns ends the first
        turns.append(Turn(body, end, speaker))
    return tuple(turns)


ALONE = re.compile(r"^[ \t]*(?P<label>(?:[^\W\d_][\w.'’-]*[ \t]+){0,4}[^\W\d_][\w'’.-]*)[ \t]*$", re.M)
"""A line of one to five words and nothing else: a speaker label standing alone over its turn
("MAYOR OKAFOR" / "We will rebuild the bridge."), or a heading."""


def label_lines(text: str) -> tuple[list[tuple[int, int, str]], list[int]]:
    """Turns labelled by a line in capitals standing alone, the words on the lines after it
    ("MAYOR OKAFOR\nWe will rebuild the bridge.\n\nCOUNCILLOR BRANDT\nNot with our money."),
    read only where two labels or more alternate with text. A label is shaped as a person's:
    a title and a name ("MAYOR OKAFOR", "DR. LENA ORTIZ"), a known given name and a surname
    ("LENA ORTIZ"), or, coming back after another label (a speaker speaks again), a name or a
    questioner's role alone ("OKAFOR", "INTERVIEWER"); once one of these comes back, a lone
    name between them is a speaker too ("OKAFOR" / "KEMP" / "OKAFOR"). A line of common words
    is a heading however often it comes ("GENERAL BUSINESS", "MAYOR RESPONDS", "CHORUS"): the
    other capital lines are returned as places where a turn stops. One pass over the lines."""
    found: list[tuple[int, int, str]] = []
    for m in ALONE.finditer(text):
        label = m.group("label")
        if not (label.isupper() and sum(c.isalpha() for c in label) >= 2) or label.endswith("."):
            continue
        nxt = m.end() + 1
        line_end = text.find("\n", nxt)
        if nxt >= len(text) or not text[nxt : len(text) if line_end < 0 else line_end].strip():
            continue  # no words on the next line: a heading over a blank line
        found.append((m.start(), nxt, label))
    seen: dict[str, int] = {}
    for _, _, label in found:
        seen[label] = seen.get(label, 0) + 1
    keep = {label for label in seen if titled(label) or (seen[label] > 1 and name_shaped(label, True))}
    if any(seen[label] > 1 for label in keep):
        keep |= {label for label in seen if name_shaped(label, False)}
    people = [f for f in found if f[2] in keep]
    if len(keep) < 2 or (len(people) < 3 and not all(titled(f[2]) for f in people)):
        return [], []
    marks = [(a, b, speaker_name(label)) for a, b, label in people]
    stops = sorted([f[0] for f in found if f[2] not in keep] + reported_lines(text, marks[0][0]))
    return marks, stops


QUOTE_CLOSED = re.compile(r"[”\"][ \t]*,?[ \t]*(?P<after>[^\n]*)")
"""A closing quotation mark and the rest of its line ("” said Mayor Okafor.")."""
LINE = re.compile(r"^[^\n]*$", re.M)


def reported_lines(text: str, start: int) -> list[int]:
    """Where lines after ``start`` tag a quotation with a verb of speech a few words after it
    ("“…,” said Councillor Kemp", "“…,” Councillor Kemp replied"): a report of someone's
    words, not the words of the label above, so a turn stops there."""
    out: list[int] = []
    for line in LINE.finditer(text, start):
        for m in QUOTE_CLOSED.finditer(line.group()):
            if any(w in CUE_FORMS for w in m.group("after").lower().split()[:5]):
                out.append(line.start())
                break
    return out


def titled(label: str) -> bool:
    """A label shaped as a person's: titles and then one to three names ("MAYOR OKAFOR",
    "DEPUTY MAYOR ODILE OKAFOR", "DR. LENA ORTIZ"), or a known given name and one or two
    names ("LENA ORTIZ"). A name is no common word, so a heading that opens with a title or a
    given name is none ("GENERAL BUSINESS", "JUSTICE COMMITTEE", "BILL OF RIGHTS", "DEPUTY
    MAYOR'S REPORT")."""
    words = label.lower().split()
    k = 0
    while k < len(words) and words[k].rstrip(".") in TITLES:
        k += 1
    names = words[k:]
    if not names or len(names) > 3 or not all(name_word(w) for w in names):
        return False
    return k > 0 or (names[0] in GIVEN and len(names) >= 2)


def name_shaped(label: str, roles: bool) -> bool:
    """One to three names ("OKAFOR", "MARA VELDEN"), or with ``roles`` a questioner's role
    alone ("INTERVIEWER", "CHAIR")."""
    words = label.lower().split()
    if roles and len(words) == 1 and words[0] in QUESTIONER_NOUNS:
        return True
    return 1 <= len(words) <= 3 and all(name_word(w) for w in words)


def name_word(word: str) -> bool:
    """A word that may be a name: letters (a dot, hyphen or apostrophe inside), a given name or
    no common word, and no possessive ("MAYOR'S")."""
    bare = word.rstrip(".")
    if (
        not bare
        or word.endswith(("'s", "’s"))
        or not bare.replace("-", "").replace("'", "").replace("’", "").isalpha()
    ):
        return False
    return bare in GIVEN or bare not in COMMON_WORDS


QA_LINE = re.compile(r"^[ \t]*(?:\d{1,2}[ \t]+)?(?P<qa>[QA])\.[ \t]+", re.M)
"""A court or deposition transcript's question or answer line ("Q. Where were you?", "12  A. At
home."), line numbers and all."""
EXAMINER = re.compile(
    r"^[ \t]*(?:(?:(?:DIRECT|CROSS|REDIRECT|RECROSS|FURTHER)[ \t-]*)*EXAMINATION[ \t]+)?BY[ \t]+"
    r"(?P<who>THE[ \t]+COURT|(?:MR|MS|MRS|MISS|DR|JUDGE|JUSTICE)\.?[ \t]+[^\W\d_][\w'’. -]{1,40}?)[ \t]*:?[ \t]*$",
    re.M | re.I,
)
"""Who asks the questions from here on: "CROSS-EXAMINATION BY MS. VALE:", "BY MR. ORTIZ:", the
bench's own ("EXAMINATION BY THE COURT:", "BY JUDGE WENDELL:")."""
WITNESS = re.compile(
    r"^[ \t]*(?P<who>(?:[^\W\d_][\w'’.-]*[ \t]+){0,4}[^\W\d_][\w'’.-]*)"
    r"(?:,[ \t]+(?:JR|SR|II|III|IV)\.?)?(?:[ \t]*\([^()\n]{1,40}\))?,[ \t]+(?:(?:having[ \t]+been|being|"
    r"was)[ \t]+(?:first[ \t]+)?(?:duly[ \t]+)?sworn|(?:was[ \t]+)?called[ \t]+as[ \t]+a[ \t]+witness|"
    r"a[ \t]+witness[ \t]+(?:called|herein))",
    re.M | re.I,
)
"""Who answers from here on: "RENA HOLT, having been first duly sworn, testified as follows:"."""
HEARD: Final = re.compile(
    r"^[ \t]*(?:(?:VIDEOTAPED|ORAL|SWORN)[ \t]+)?(?:DEPOSITION|TESTIMONY|EXAMINATION|STATEMENT)[ \t]+OF[ \t]+"
    r"(?:(?:MR|MS|MRS|MISS|DR)\.?[ \t]+)?(?P<who>(?:[^\W\d_][\w'’.-]*[ \t]+){1,2}[^\W\d_][\w'’.-]*)"
    r"(?:[ \t]+BY[ \t]+[^\n]*)?[ \t]*$",
    re.M | re.I,
)
"""A heading naming the one who answers ("DEPOSITION OF RENA HOLT", "Testimony of Rena Holt",
"EXAMINATION OF MS. RENA HOLT BY MR. DUNNE"): only when what follows "OF" is a person's name
(``full_name``); a post ("TESTIMONY OF CITY ENGINEER"), a document ("STATEMENT OF AGREED FACTS")
or a surname alone names no one."""
INTERVIEWED: Final = re.compile(
    r"^[ \t#*]*(?:(?i:an?[ \t]+)?(?i:interview|q[ \t]*&[ \t]*a|q[ \t]+and[ \t]+a)(?:[ \t]*[:—–-][ \t]*|[ \t]+(?i:with)[ \t]+))"
    r"(?P<who>(?:[A-Z][\w'’.-]*[ \t]+){1,2}[A-Z][\w'’-]*[\w])"
    r"(?=[ \t]*(?:$|[,:;(—–-]|(?i:on|about)[ \t]))(?P<rest>[^\n]*)",
    re.M,
)
"""An interview's heading naming who answers ("Interview: Rena Holt on the weir", "An Interview
With Rena Holt", "Q&A with Rena Holt, lock keeper"): the "A:" turns after it are hers. The name
ends the heading or comes before an aside or what the talk is about, so a title-cased rest
("Rena Holt On The Weir") is no part of it and two people ("Rena Holt and Marek Dunne") are
not one; it must be a person's name (``full_name``: not "Harbour Master", "Lornbury Rowing
Club"), and an aside naming someone or something more ("Rena Holt (Courier) with Marek Dunne",
"Rena Holt, Lornbury Courier", "Rena Holt, our reporter, meets Marek Dunne") may make the named
one the interviewer: no one is named then."""
ABOUT: Final = re.compile(r"[ \t]*(?i:on|about)[ \t]")
"""What an interview heading's rest opens with when it tells what the talk is about."""
WITNESS_LABEL: Final = re.compile(r"(?:the[ \t]+)?(?:witness|deponent)", re.I)
"""The label a transcript gives the one who answers ("THE WITNESS:"), when it names them elsewhere."""


LETTERED_NEXT = re.compile(r"[ \t]*(?:\d{1,2}[ \t]+)?B\.[ \t]+")
"""A list's next letter on the line after an "A." one ("A. Rebuild the weir." / "B. …")."""


def paired(text: str, qa: list[re.Match[str]]) -> list[re.Match[str]]:
    """The Q. and A. lines that pair as a court transcript's do: an answer after a question,
    not an "A." that opens a lettered list (a "B." line next) or comes before any question."""
    kept: list[re.Match[str]] = []
    asked = False
    for m in qa:
        if m.group("qa") == "Q":
            asked = True
            kept.append(m)
            continue
        line = text.find("\n", m.end())
        if asked and not (line >= 0 and LETTERED_NEXT.match(text, line + 1)):
            kept.append(m)
    return kept


def court_marks(text: str, marks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A court transcript's "Q." and "A." lines as turns of the examiner and the witness the
    transcript names before them ("DIRECT EXAMINATION BY MR. ORTIZ:", "RENA HOLT, having been
    duly sworn, testified:"), "Q"/"A" when it names none; the examination headings, which the
    label pattern takes for speakers, are not turns. Left alone without both a Q. and an A. line
    (a list lettered "A." is no transcript)."""
    qa = paired(text, list(QA_LINE.finditer(text)))
    if len({m.group("qa") for m in qa}) < 2:
        return marks
    people: list[tuple[int, str, str]] = []
    for m in EXAMINER.finditer(text):
        people.append((m.start(), "Q", speaker_name(m.group("who"))))
    for m in WITNESS.finditer(text):
        words = m.group("who").split()
        if all(w[0].isupper() for w in words):
            people.append((m.start(), "A", speaker_name(m.group("who"))))
    for m in HEARD.finditer(text):
        if heading(text, m):
            people.append((m.start(), "A", speaker_name(m.group("who"))))
    people.sort()
    headings = {p[0] for p in people}
    kept = [mark for mark in marks if mark[0] not in headings]
    for m in qa:
        role = m.group("qa")
        named = [p[2] for p in people if p[1] == role and p[0] < m.start()]
        kept.append((m.start(), m.end(), named[-1] if named else role))
    kept.sort()
    return kept


def witness_named(text: str, at: int) -> str:
    """Who "THE WITNESS:" at ``at`` is: the last witness the transcript names before it, under a
    heading ("Testimony of Rena Holt") or as sworn ("RENA HOLT, having been duly sworn"); "The
    Witness" (no one by name) when it names none."""
    named = [(m.start(), m.group("who")) for m in HEARD.finditer(text, 0, at) if heading(text, m)]
    named += [
        (m.start(), m.group("who"))
        for m in WITNESS.finditer(text, 0, at)
        if all(w[0].isupper() for w in m.group("who").split())
    ]
    return speaker_name(max(named)[1]) if named else "The Witness"


def interviewee(text: str, at: int) -> str:
    """Who an interview's "A:" turn at ``at`` is: the person its last heading before it names
    (``INTERVIEWED``), else "A" (no one by name)."""
    named = list(INTERVIEWED.finditer(text, 0, at))
    if not named:
        return "A"
    last = named[-1]
    rest = last.group("rest")
    if not full_name(last.group("who")) or (not ABOUT.match(rest) and re.search(r"\b[A-Z]", rest)):
        return "A"
    return speaker_name(last.group("who"))


def heading(text: str, m: re.Match[str]) -> bool:
    """A ``HEARD`` line that heads what follows: a person's name (``full_name``) on a line with
    a blank line (or the text's end) after it, as a heading stands; not a document's title read
    out in a turn ("It is headed / STATEMENT OF FINANCIAL POSITION / Do you know it?")."""
    return full_name(m.group("who")) and BLANK_AFTER.match(text, m.end()) is not None


BLANK_AFTER: Final = re.compile(r"[ \t]*(?:\Z|\r?\n[ \t]*(?:\r?\n|\Z))")
"""A blank line (or the text's end) right after a line."""


def full_name(words: str) -> bool:
    """A person's name as a heading or a caption's tag gives it: two or three capitalised words
    ("RENA HOLT", "Bertil Omand") opening with a known given name, or
    else none of them a word of the language (``COMMON_WORDS``), a person noun ("ENGINEER",
    "MEMBER") or an -ing form ("ROWING"): not a post ("CITY ENGINEER", "HARBOUR MASTER"), a
    body ("Lornbury Rowing Club"), a document ("STATEMENT OF AGREED FACTS") or a surname with
    "BY" ("HOLT BY DUNNE")."""
    parts = [w.lower() for w in words.split()]
    if not 2 <= len(parts) <= 3 or any(len(w) < 2 or w == "by" for w in parts):
        return False
    if parts[0] in GIVEN:
        return True
    return not any(w in COMMON_WORDS or known_person(w) or w.endswith("ing") for w in parts)


def label_matches(text: str) -> list[re.Match[str]]:
    """What ``LABEL.finditer(text)`` finds, tried only on lines that hold a colon: a label
    ends in one, and trying every line of a large archive was the slowest part of reading it."""
    found = []
    last_line = -1
    for colon in COLON.finditer(text):
        line = text.rfind("\n", 0, colon.start()) + 1
        if line == last_line:
            continue
        last_line = line
        m = LABEL.match(text, line)
        if m is not None:
            found.append(m)
    return found


COLON = re.compile(":")
NAME_WORD = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?")


def named_lines(text: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """Turns labelled by people's names in ordinary case with no time stamp ("Vera Sal: We
    go."), read only where they are all the text is: every line that holds words opens with a
    given name and a surname or two (at least one given name a known one), with two people or
    more, but for title lines and stage directions ("Transcript: harbour board, 4 May 2026",
    "[Applause]"), which a transcript keeps and prose does not have. Anywhere else such a line
    may be a heading or a term ("Harbour Fee: what it costs")."""
    named = [m for m in found if m.group("stamp") is None and m.group("after") is None and person_label(m)]
    people = {m.group("label") for m in named}
    if len(people) < 2 or not any(m.group("label").split()[0].lower() in GIVEN for m in named):
        return []
    starts = {m.start() for m in named}
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and offset not in starts and not aside_line(line):
            return []
        offset += len(line)
    return named


GIVEN = MALE_FIRST | FEMALE_FIRST | UNSEXED_FIRST
TITLE_LINE_WORDS: Final = 12
SENTENCE_END: Final = ".!?\"”’'…"


def aside_line(line: str) -> bool:
    """A line a transcript may hold besides its turns: a stage direction in brackets
    ("[Applause]", "(Laughter)") or a title line, short and not a sentence ("Transcript: harbour
    board, 4 May 2026", "Part two"). A line of prose ("The council met.") is neither."""
    words = line.strip()
    if words[0] in "[(" and words[-1] in "])":
        return True
    return len(words.split()) <= TITLE_LINE_WORDS and words[-1] not in SENTENCE_END


def person_label(m: re.Match[str]) -> bool:
    """A given name and one or two surnames, each capitalised, with words said after the colon."""
    words = m.group("label").split()
    return (
        2 <= len(words) <= 3
        and all(NAME_WORD.fullmatch(w) for w in words)
        and bool(m.string[m.end() : m.end() + 1].strip())
    )


def is_label(label: str, stamped: bool = False) -> bool:
    """Capitals with at least two letters (or Q/A): ``Note:`` in a sentence is not a speaker.
    Beside a time stamp, a name in ordinary case is one too ("Vera Sal (00:12:31):"): every
    word capitalised, as in a name, so "00:12 Note the time:" is not."""
    if label in ("Q", "A") or (label.isupper() and sum(c.isalpha() for c in label) >= 2):
        return True
    return stamped and all(w[0].isupper() for w in label.split())


def stamped(m: re.Match[str]) -> bool:
    """The label has a time stamp before or after it."""
    return m.group("stamp") is not None or m.group("after") is not None


def speaker_name(label: str) -> str:
    """``SEN. JOHN SMITH`` → ``John Smith``: titles dropped, case made readable."""
    words = [w for w in label.split() if not w.endswith(".")] or label.split()
    while len(words) > 1 and words[0].lower() in TITLES:
        words = words[1:]
    return " ".join(w.capitalize() if w.isupper() else w for w in words)
