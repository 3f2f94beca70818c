"""Verdict rules: judge the difference between a quote and its best source span.

The rules are conservative in one direction only: a change of meaning (negation, number,
name, modality) can never come out as exact, equivalent or edited, and typography alone
(folded by quotecheck.normalize before anything is compared) can never make a faithful
quote fail. Each change block of the word diff (consecutive differing words) is judged as
one edit, the way an editor reads it: "[the agency]" for "we" is one bracketed stand-in,
"… " for twelve words is one marked omission.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from quotecheck.extract.lexicon import (
    AUXILIARIES,
    BE_FORMS,
    CORE,
    CUE_FORMS,
    DETERMINERS,
    ENTOURAGE_NOUNS,
    FEMALE_FIRST,
    FIRST_PERSON,
    HEDGING_OPENERS,
    INTERPRETER_NOUNS,
    LANGUAGE_NAMES,
    LANGUAGE_TEXT_NOUNS,
    LATER,
    MALE_FIRST,
    MODALS,
    NEGATED_HELPERS,
    NOT_NAMES,
    OBJECT_PRONOUNS,
    OBJECT_STOPS,
    OFFICE_LABEL_WORDS,
    OPINION_NOUNS,
    PASS_FORMS,
    PERSONAL_PRONOUNS,
    POINTING_DETERMINERS,
    POINTING_OBJECTS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_ENDS,
    PREPOSITIONS_OF_SETTING,
    PRONOUN_GENDER,
    PRONOUNS,
    RE_ER_TWINS,
    READ_OUT_NOUNS,
    RELAY_FORMS,
    RELAY_LEMMAS,
    RELAY_PARTICLES,
    RENDER_FORMS,
    REPEAT_LEMMAS,
    ROLE_NOUNS,
    ROLE_PAST_MARKERS,
    SEXED_PRONOUNS,
    SPELLING_VARIANTS,
    SUBORDINATORS,
    THROUGH_PREPS,
    TRANSLATE_LEMMAS,
    UTTERANCE_NOUNS,
    VARIANT_ENDINGS,
    WORDS_NOUNS,
)
from quotecheck.extract.mentions import known_person
from quotecheck.match.align import render_diff
from quotecheck.match.names import (
    KNOWN_BODY,
    NAMED_BODY,
    capital_post,
    described_people,
    is_named,
    joined_people,
    name_words,
    named_as_another,
    organisation,
    owned_description,
    role_body,
    same_body,
    same_person,
    serves_another,
    speaks_for,
    title_owner,
    unconfirmed,
)
from quotecheck.model import DiffOp, Finding, Level, Match, Quote, QuoteResult, Source, Span, Verdict
from quotecheck.normalize import word_key

NEGATIONS = frozenset(
    ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without"]
)  # fmt: skip
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 10**6, "billion": 10**9, "trillion": 10**12, "half": 0.5, "dozen": 12,
    "first": 1, "second": 2, "third": 3, "once": 1, "twice": 2, "percent": -1,
}  # fmt: skip
DIGITS = re.compile(r"^\d[\d,.]*(?:st|nd|rd|th|s|k|m|bn)?$")
CONTRACTIONS = {
    "won't": ["will", "not"], "can't": ["can", "not"], "shan't": ["shall", "not"],
    "ain't": ["is", "not"], "cannot": ["can", "not"], "'ll": ["will"], "'d": ["would"],
}  # fmt: skip
NOT_CHANGES = frozenset({"source_truncated", "speaker_unconfirmed"})
"""Findings that say nothing of the words, whatever their level: a level override for one does
not alter the verdict (it can still fail the run by level)."""
EDITORIAL = frozenset({"ellipsis_omission", "bracketed_insertion", "bracketed_capital", "sic"})
CHANGES = frozenset({"wording_changed", "unmarked_omission", "unmarked_insertion"})
FINDING_CODES = frozenset(
    {
        "not_found", "no_sources", "source_unavailable", "source_truncated", "speaker_mismatch", "speaker_unconfirmed",
        "stitched", "negation_changed", "number_changed", "modality_changed", "name_changed",
        "number_written_differently", "case_changed", "punctuation_changed", "spelling_changed",
        "filler_removed", "grammar_fixed", "source_archived", "source_via_oembed", *EDITORIAL, *CHANGES,
    }
)  # fmt: skip
"""Every finding code a report can carry: a ``[levels]`` key outside it is a typo."""


@dataclass(frozen=True)
class Thresholds:
    """Where the rules draw their lines; issue 6 reads them from configuration."""

    found: float = 70.0
    """Score (0–100) below which the best span is not taken as the quote's source."""
    max_gap: int = 1500
    """Characters of source an ellipsis may skip before the pieces count as stitched."""
    bracket_max_words: int = 6
    """Source words one [bracketed insertion] may stand in for."""
    levels: tuple[tuple[str, str], ...] = ()
    """Per-finding severity overrides: ``(("wording_changed", "error"), ...)``."""


DEFAULT_THRESHOLDS = Thresholds()


def judge(
    quote: Quote,
    match: Match | None,
    have_sources: bool,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    accounts: Mapping[str, str] | None = None,
    known_speakers: Iterable[str] = (),
    next_words: str = "",
) -> QuoteResult:
    """One verdict for ``quote`` given its best ``match`` (None when nothing was found).

    ``accounts`` maps speaker names to handles; ``known_speakers`` are the people the
    sources have speaking (used to tell a garbled attribution from another person);
    ``next_words`` is the draft's next quote when it follows close by (a split quote's rest)."""
    if not have_sources:
        return QuoteResult(
            quote,
            Verdict.UNVERIFIED,
            findings=(Finding("no_sources", Level.INFO, "no source to check against"),),
        )
    if match is None or match.score < thresholds.found:
        score = None if match is None else match.score
        return QuoteResult(
            quote,
            Verdict.NOT_FOUND,
            score,
            findings=(Finding("not_found", Level.ERROR, "no source contains these words"),),
        )
    diff = render_diff(match.ops)
    qspan, sspan = Span(quote.start, quote.end), Span(match.start, match.end)
    # Findings point at the words concerned when the quote's text is the article's span.
    base = quote.start if quote.end - quote.start == len(quote.text) else None
    findings = difference_findings(match, qspan, sspan, thresholds, base)
    findings += negation_left_off(quote.text, match, qspan, sspan, next_words)
    stitch = stitch_findings(match, qspan, thresholds)
    said_by = match.said_by
    translated = interpreted(match)
    if translated and not (quote.speaker and said_by and same_person(quote.speaker, said_by, accounts)):
        said_by = translated  # an interpreter's turn, unless the draft quotes the interpreter
    if quoted_within(match):
        said_by = (
            page_speaker(quote.speaker, quote.speaker_role, match, accounts)
            if quote.speaker and is_name(quote.speaker)
            else None
        )
    elif quote.speaker and is_name(quote.speaker) and post_quotes(quote.speaker, match, accounts):
        said_by = None  # the post's author quotes the draft's speaker by name
    # A description is no one the source can be told apart from ("a council spokesman"),
    # unless it names the source's speaker as someone else ("Ann Roy's spokesman", "a lawyer for
    # Ann Roy" against a post by Ann Roy). A given name alone ("Vera" for Vera Sal) or a person's
    # spokesman or office is not a misattribution, but the draft does not confirm the author: a
    # warning that leaves the verdict as it is.
    misattributed = False
    speaker = quote.speaker
    voice = (
        "" if not speaker or not said_by else speaks_for_body(speaker, quote.speaker_role, said_by, accounts)
    )
    if (
        speaker
        and said_by
        and not anonymous(said_by)
        and not same_person(speaker, said_by, accounts, known_speakers)
        and not (voice == KNOWN_BODY and not quote.role_earlier)
        and not read_out_from(speaker, match, accounts)
        and not body_gives_turn(speaker, match, accounts)
    ):
        why = unconfirmed(speaker, said_by, accounts)
        served = title_owner(speaker, turn_label(match, said_by))
        if served is not None and (speaks_for(served) or served[-1].lower() in ENTOURAGE_NOUNS):
            why = f"the draft gives these words to {speaker}; the source is {said_by}'s own"
        if not why and not is_name(speaker) and served is None and owned_description(speaker):
            # "her office", "his campaign", "its chief executive": whose, the draft says elsewhere
            why = f"the draft gives these words to {speaker}, not by name; the source is {said_by}'s"
        post = None if why or is_name(speaker) or served is not None else capital_post(speaker)
        if post and post not in turn_label(match, said_by).lower().split():
            # "its CEO", "the company's CFO": as "its chief executive", unless the transcript's
            # label gives the speaker that post ("CFO IVO LUND:")
            why = f"the draft gives these words to {speaker}, not by name; the source is {said_by}'s"
        if not why and voice and quote.role_earlier:
            # "Dayton Mill chief executive Ivo Lund … . “…,” Lund said": the post was his when
            # named; whether he still holds it (resigned, stood aside, moved on) is not confirmed
            why = f"the draft gave {speaker} a post of {said_by}'s earlier; it does not say they hold it now"
        elif not why and voice:
            # "said Kesh Varo chief executive Ivo Lund": only the post makes Kesh Varo a body; the
            # source's account of that name may be a person's
            why = f"the draft gives {speaker} a post of {said_by}'s; nothing but the post says it is a body"
        owner = it_body(quote)
        other = (
            owner is not None
            and served is None
            and not is_name(speaker)
            and same_body(said_by, said_by, accounts) == KNOWN_BODY
            and not same_person(owner, said_by, accounts, known_speakers)
        )
        if other:
            why = ""  # "Norland Paper reported a loss. “…,” its CEO said." against another body's post
        if why:
            findings.insert(0, Finding("speaker_unconfirmed", Level.WARNING, why, qspan, sspan))
        elif (
            other
            or is_name(speaker)
            or served is not None
            or named_as_another(speaker, said_by, accounts)
            or serves_another(speaker, said_by, accounts)
        ):
            misattributed = True
            message = f"attributed to {speaker}, but the source has these words from {said_by}"
            findings.insert(0, Finding("speaker_mismatch", Level.ERROR, message, qspan, sspan))
    elif (
        speaker is None
        and quote.speaker_start is not None
        and said_by
        and not anonymous(said_by)
        and not ((owner := it_body(quote)) and same_person(owner, said_by, accounts, known_speakers))
    ):
        # "“…,” it said" with no body to stand for: the draft does not say who spoke
        why = f"the draft's speaker is not named; the source is {said_by}'s"
        findings.insert(0, Finding("speaker_unconfirmed", Level.WARNING, why, qspan, sspan))
    if len(match.pieces) > 1 and not stitch and "ellipsis_omission" not in {f.code for f in findings}:
        gaps = [b.start - a.end for a, b in zip(match.pieces, match.pieces[1:], strict=False)]
        if any(g > 3 for g in gaps):
            findings.append(Finding("ellipsis_omission", Level.INFO, "omission marked by “…”", qspan, sspan))
    findings = stitch + findings
    findings = [relevel(f, thresholds) for f in findings]
    if stitch:
        verdict = Verdict.STITCHED
    elif misattributed:
        verdict = Verdict.MISATTRIBUTED
    else:
        verdict = verdict_from(findings)
    return QuoteResult(quote, verdict, match.score, match, diff, tuple(findings))


def it_body(quote: Quote) -> str | None:
    """The name the draft's "it" (an "it said" left to no one) or "its" ("its CEO") may stand
    for: the subject of the sentence before (``Quote.it_owner``), unless that is a person's name
    ("Ann Lee shut the plant. “…,” it said": no "it" is Ann Lee)."""
    owner = quote.it_owner
    if owner is None or (first_sex(owner) and not organisation(owner)):
        return None
    return owner


def relevel(finding: Finding, thresholds: Thresholds) -> Finding:
    for code, level in thresholds.levels:
        if code == finding.code:
            return Finding(
                finding.code, Level(level), finding.message, finding.quote_span, finding.source_span
            )
    return finding


def verdict_from(findings: list[Finding]) -> Verdict:
    codes = {f.code for f in findings}
    changes = [
        f for f in findings if f.code in CHANGES or (f.level is Level.ERROR and f.code not in NOT_CHANGES)
    ]
    if changes:
        return Verdict.ALTERED
    if codes & EDITORIAL:
        return Verdict.EDITED
    if codes & {"case_changed", "punctuation_changed", "number_written_differently", "spelling_changed"}:
        return Verdict.EQUIVALENT
    return Verdict.EXACT


def stitch_findings(match: Match, qspan: Span, thresholds: Thresholds) -> list[Finding]:
    """Pieces from different sources, out of order, far apart or in different turns."""
    if len(match.pieces) < 2:
        first, last = turn_of(match, match.start), turn_of(match, max(match.start, match.end - 1))
        if first == last or not different_voices(match, [first, last]):
            return []  # two subtitle cues of one voice (or of none) are one speaker's words
        return [
            Finding(
                "stitched",
                Level.ERROR,
                "the quote runs across different speakers' turns",
                qspan,
                Span(match.start, match.end),
            )
        ]
    reasons = []
    marks = sum(1 for op in match.ops for w in op.quote_words if w == "…")
    if marks < len(match.pieces) - 1:
        reasons.append("passages joined without “…”")
    if match.piece_sources and len({s.locator for s in match.piece_sources}) > 1:
        reasons.append("different sources")
    else:
        pieces = match.pieces
        if any(b.start < a.end for a, b in itertools.pairwise(pieces)):
            reasons.append("out of order")
        elif any(b.start - a.end > thresholds.max_gap for a, b in itertools.pairwise(pieces)):
            reasons.append("far apart")
        if different_voices(match, [turn_of(match, p.start) for p in pieces]):
            reasons.append("different speakers' turns")
    if not reasons:
        return []
    return [
        Finding(
            "stitched",
            Level.ERROR,
            f"the pieces of this quote come from {' and '.join(reasons)}",
            qspan,
            Span(match.pieces[0].start, match.pieces[-1].end),
        )
    ]


def speaks_for_body(speaker: str, role: str | None, said_by: str, accounts: Mapping[str, str] | None) -> str:
    """A named speaker the draft describes as a body's spokesperson or officer ("Dayton Mill
    spokesman Ivo Lund", "Ann Roe, the chief executive of Harlow Foods,") against that body's
    own post: its posts are its people's words, as for "a spokeswoman for Dayton Mill". The
    body must be named whole (see ``body_voice``); a person's spokesman, lawyer or aide by name
    ("Ivo Lund, a spokesman for Vera Sal") is someone else. How the role names the body (see
    ``role_body``: KNOWN_BODY, NAMED_BODY), or "" when it does not."""
    if not role or not is_name(speaker) or any(w.lower() in ROLE_PAST_MARKERS for w in speaker.split()):
        return ""  # "Chief Executive Emeritus Lena Drax": a post held once
    body = role_body(role, said_by, accounts)
    return body if body in (KNOWN_BODY, NAMED_BODY) else ""


READ_REACH = 300
"""How many characters of a turn before quoted words ``read_out_from`` reads for their author."""
DOCUMENT_NAMES = "|".join(sorted(READ_OUT_NOUNS))
"""The nouns of a document read out, as one alternation of the patterns below."""
NAME_RUN = r"(?:[A-Z][a-z]{1,3}\. )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
READ_OUT = re.compile(
    r"\bread(?:ing)?(?: out| aloud)? (?:the |a |this |her |his |their )?(?:"
    + DOCUMENT_NAMES
    + rf") (?:from|by) ({NAME_RUN})[.:,]?$"
)
"""A turn reading out a document by its author just before the quotation ("I will read the
letter from Vera Sal. “…”")."""
AUTHOR_CUE = re.compile(
    rf"(?:^|[.!?] )(?:[A-Z][a-z]+, )?({NAME_RUN}) (?:wrote|writes|said|says|told us|wrote to us)[:,]?$"
)
"""A sentence whose subject is the author and whose cue opens the quotation ("Vera Sal wrote
to us: “…”", "First, Tom Hale said, “…”")."""
DOCUMENT_SAYS = re.compile(
    r"(?:^|[.!?] |, )(?:[Tt]he |[Aa] |[Aa]n |[Tt]his |[Hh]er |[Hh]is |[Tt]heir )?(?:[a-z]+ )?(?:"
    + DOCUMENT_NAMES
    + rf") (?:written |signed |sent )?(?:from|by) ({NAME_RUN}) (?:says|reads|said|read)[:,]?$"
)
"""A document by its author as the subject of the cue that opens the quotation ("The letter
from Vera Sal says “…”", "A note signed by Tom Hale reads “…”")."""
OWN_DOCUMENT_SAYS = re.compile(
    rf"(?:^|[.!?] |, )({NAME_RUN})['’]s? (?:[a-z]+ )?(?:"
    + DOCUMENT_NAMES
    + r") (?:says|reads|said|read)[:,]?$"
)
"""The author's own document as that subject ("Vera Sal's letter says “…”")."""
TURN_LABEL = re.compile(r"^[A-Z][A-Z .'’-]*:\s*")


def body_gives_turn(speaker: str, match: Match, accounts: Mapping[str, str] | None) -> bool:
    """Words in a name-labelled line of a body's own post or release ("Vera Sal: We go." in a
    post by Quay Harbour Trust) are the body's to give out, as a release quoting its officers
    is: the draft may give them to the body itself."""
    source = match.source
    author = source.author
    return (
        bool(source.turns)
        and author is not None
        and organisation(author)
        and same_person(speaker, author, accounts)
        and turn_of(match, match.start) >= 0
    )


def read_out_from(speaker: str, match: Match, accounts: Mapping[str, str] | None) -> bool:
    """The words stand in quotation marks inside a transcript turn, closed within it, and the
    words just before the opening mark say whose they are: a document read out by its author's
    name ("CLERK: I will read the letter from Vera Sal. “…”") or a sentence whose subject is the
    author and whose cue opens the quotation ("Vera Sal wrote: “…”"). Someone the turn speaks
    to or about ("I told Vera Sal, “…”", "Vera Sal's critics keep saying “…”") is not the author."""
    source = match.source
    k = turn_of(match, match.start)
    if k < 0 or not source.turns or not is_name(speaker):
        return False
    turn = source.turns[k]
    lo = max(turn.start, match.start - READ_REACH)
    before = source.text[lo : match.start]
    mark = max(before.rfind("“"), before.rfind('"'))
    if mark < 0 or before[mark + 1 :].strip(" ‘'") or "”" in before[mark:]:
        return False  # the matched words do not open the quotation
    closing = "”" if before[mark] == "“" else '"'
    close = source.text.find(closing, match.start, turn.end)
    if close < 0 or match.end > close + 1 or "“" in source.text[match.start : close]:
        return False  # the quotation must hold the matched words and close within the turn
    cue = before[:mark].rstrip()
    if lo == turn.start:
        cue = TURN_LABEL.sub("", cue)
    else:
        cut = max(cue.rfind(". "), cue.rfind("? "), cue.rfind("! "))
        if cut < 0:
            return False
        cue = cue[cut:]
    found = (
        READ_OUT.search(cue)
        or AUTHOR_CUE.search(cue)
        or DOCUMENT_SAYS.search(cue)
        or OWN_DOCUMENT_SAYS.search(cue)
    )
    if found is None:
        return False
    author = found.group(1)
    if supposed(author):
        return False  # "If Vera Sal says, “…” then she is wrong": the turn's own words
    # the same surname as well as the same person ("Vera Sal" for "Ms. Sal", not for "Sal Vidal")
    return name_words(author)[-1:] == name_words(speaker)[-1:] and same_person(speaker, author, accounts)


NOT_AUTHOR_OPENERS = (
    (SUBORDINATORS | HEDGING_OPENERS | AUXILIARIES | MODALS | NOT_NAMES) - MALE_FIRST - FEMALE_FIRST
)
"""Words no author's name opens on, given names aside ("Will Hale"): read by ``supposed``."""


def supposed(author: str) -> bool:
    """Whether the capitalised run read as a read-out's author opens on a word that makes the
    report hedged or supposed ("If Vera Sal", "When Vera Sal", "Had Vera Sal", "Suppose Vera
    Sal"): no name begins with such a word unless it is also a given name ("Will Hale")."""
    first = author.split()[0].lower()
    return first in NOT_AUTHOR_OPENERS


def is_name(speaker: str) -> bool:
    """A person's or account's name, not a description ("a spokesman", "the agency"): only
    names can be told apart from the source's speaker."""
    # "Ann Vidal and her attorney": Ann Vidal is told apart; "Ann Vidal, through a spokesman" is
    # Ann Vidal; "a lawyer for Ann Vidal" names no speaker
    for person in joined_people(speaker) or [speaker]:
        own = described_people(person)[0]
        if own is not None and is_named(own):
            return True
    return False


def quoted_within(match: Match) -> bool:
    """The words stand inside quotation marks in a page or document: the byline's writer is
    reporting someone else's words, so the byline says nothing about who said them."""
    source = match.source
    if source.turns or source.kind == "post":
        return False
    return in_quotation(match)


def in_quotation(match: Match) -> bool:
    """The matched words stand inside quotation marks opened in their paragraph."""
    source = match.source
    para = source.text.rfind("\n\n", 0, match.start)
    before = source.text[para + 1 : match.start]
    opened = before.count("“") - before.count("”")
    return opened > 0 or before.count('"') % 2 == 1


def post_quotes(speaker: str, match: Match, accounts: Mapping[str, str] | None) -> bool:
    """A post that quotes the draft's speaker by name for the words: they stand in quotation
    marks, and the post's own sentence names the speaker, in full, as saying them ("Marisol
    Ruiz told the workers in Spanish, which translates as: “…”", "Translation of Marisol Ruiz's
    remarks: “…”"): the post's author passes them on. Not "I told Marisol Ruiz: “…”" (the
    author's), nor a pronoun or a description the post leaves unresolved, nor a sentence where
    the author speaks too ("Marisol Ruiz said I was wrong to say “…”")."""
    from quotecheck.article import document_from_text
    from quotecheck.extract import extract_quotes

    source = match.source
    if source.kind != "post" or source.turns or not in_quotation(match):
        return False
    text = source.text
    start = max(text.rfind("\n", 0, match.start) + 1, match.start - PAGE_REACH)
    end = text.find("\n", match.end)
    end = min(len(text) if end < 0 else end, match.end + PAGE_REACH)
    for q in extract_quotes(document_from_text(text[start:end], "source")):
        if q.kind != "quote" or not (q.start <= match.start - start < q.end + 1):
            continue
        if not q.speaker or q.speaker_start is None or q.speaker_end is None:
            return False
        mention = text[start + q.speaker_start : start + q.speaker_end].split()
        if not mention or not mention[0][:1].isupper() or mention[0].lower() in PERSONAL_PRONOUNS:
            return False
        said = own_saying(q.cue) or any(w.lower() in WORDS_NOUNS for w in (q.cue or "").split())
        lo, hi = sorted((q.speaker_end, q.start) if q.speaker_start < q.start else (q.end, q.speaker_start))
        plain = QUOTATION.sub(masked, text[start:end])
        if SENTENCE_BREAK.search(plain, lo, hi):
            return False  # "Marisol Ruiz says we are wrong. “…”": the author's answer
        cue, _ = cue_sentence(text[start:end], min(q.start, q.speaker_start), max(q.end, q.speaker_end))
        if any(t.lower() in FIRST_PERSON for t in cue):
            return False  # "Marisol Ruiz said I was wrong to say “…”": the author may be the one
        return said and len(name_words(q.speaker)) > 1 and same_person(speaker, q.speaker, accounts)
    return False


PAGE_REACH = 1500
"""Characters of a page's paragraph read either side of the words to find who it says spoke them."""


def page_speaker(
    speaker: str, role: str | None, match: Match, accounts: Mapping[str, str] | None
) -> str | None:
    """Who a page or release itself names as saying the words it quotes ("“…,” said Vera Sal,
    a councillor"), when that can be told safely: the draft's speaker is not named in the
    words' paragraph, the paragraph names its speaker in full (not a pronoun, which may reach
    back past the paragraph) with a verb of saying one's own words, and does not tell that this
    speaker passes on another's words (``relay_reading``: "said, giving the English", "repeated
    Colt's warning"; a verb of passing on with the speaker's own or no words as its object,
    "repeated his claim", names the speaker too), and the source is not the draft speaker's own
    release nor the release of a body the draft says the speaker speaks for. A news page must
    also mention the draft's speaker elsewhere (someone it quotes too): one that never does may
    be reporting words that the draft's speaker said first. A release is the first telling of
    its words, so it needs no such mention. None otherwise."""
    from quotecheck.article import document_from_text
    from quotecheck.extract import extract_quotes

    text = match.source.text
    if organisation(speaker) or (
        match.said_by
        and (
            same_person(speaker, match.said_by, accounts)
            or speaks_for_body(speaker, role, match.said_by, accounts)
        )
    ):
        return None
    # a page's text has a line per block; a document's paragraphs are blank-line apart
    gap = "\n" if match.source.kind == "page" else "\n\n"
    start = max(text.rfind(gap, 0, match.start) + len(gap), match.start - PAGE_REACH)
    end = text.find(gap, match.end)
    end = min(len(text) if end < 0 else end, match.end + PAGE_REACH)
    around = text[max(0, match.start - 4 * PAGE_REACH) : match.end + 4 * PAGE_REACH]
    # the draft's speaker is elsewhere on the page (someone the page also quotes), not here
    surname = name_words(speaker)[-1:]
    if not surname:
        return None
    word = re.compile(rf"\b{re.escape(surname[0])}\b", re.I)
    if word.search(text, start, end) or (match.source.kind != "release" and not word.search(around)):
        return None
    for q in extract_quotes(document_from_text(text[start:end], "source")):
        if q.kind != "quote" or not (q.start <= match.start - start < q.end + 1) or not q.speaker:
            continue
        if q.speaker_start is None or q.speaker_end is None:
            return None
        mention = text[start + q.speaker_start : start + q.speaker_end]
        words = mention.split()
        if not words or not words[0][:1].isupper() or words[0].lower() in PERSONAL_PRONOUNS:
            return None
        if len(q.speaker.split()) < 2 or not is_named(q.speaker):
            return None
        mine = [w.lower() for w in re.findall(r"[\w'’-]+", mention) if w[:1].isupper()]
        mine += [w.lower() for w in name_words(q.speaker)]
        lo, hi = min(q.start, q.speaker_start), max(q.end, q.speaker_end)
        cue, others = cue_sentence(text[start:end], lo, hi)
        sexes = first_sex(q.speaker), first_sex(speaker)
        reading = relay_reading(cue, mine, *sexes)
        if any(
            relay_reading(other, mine, *sexes, True) == PASSED for other in others if opens_on(other, mine)
        ):
            reading = PASSED  # "Tomas Bell translated for the director. “…,” Bell said."
        if reading == PASSED or (reading != OWN and not own_saying(q.cue)):
            return None  # "Sade Min shared the letter: “…”", "said, giving the English": passed on
        return q.speaker
    return None


def own_saying(cue: str | None) -> bool:
    """The page's cue is a verb of saying one's own words ("said", "told", "added"), not of
    passing words on ("shared", "quoting", "read"): only then does the page name their speaker."""
    heads = [CUE_FORMS.get(w.lower()) for w in (cue or "").split()]
    return any(h in CORE and h not in RELAY_LEMMAS for h in heads)


def first_sex(name: str) -> str:
    """ "f" or "m" when the name's first word is a given name of one sex, else ""."""
    words = name_words(name)
    first = words[0].lower() if words else ""
    return "f" if first in FEMALE_FIRST and first not in MALE_FIRST else "m" if first in MALE_FIRST else ""


QUOTATION = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
QUOTED_MARK = "\ue000"
"""What each character inside a quotation becomes in ``cue_sentence``: no word, no stop."""
SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s+(?=[“\"‘(A-Z])")
CLAUSE_TOKEN = re.compile(QUOTED_MARK + r"+|[\w'’-]+|[^\w\s]")


def masked(quotation: re.Match[str]) -> str:
    """A quotation with its words hidden and its marks kept, as long as it was; a full stop,
    question or exclamation mark that closes its words is kept too (it may end the sentence)."""
    text = quotation.group()
    stop = text[-2] if len(text) > 2 and text[-2] in ".!?" else ""
    return text[0] + QUOTED_MARK * (len(text) - 2 - len(stop)) + stop + text[-1]


def cue_sentence(text: str, lo: int, hi: int) -> tuple[list[str], list[list[str]]]:
    """The tokens of the sentence of ``text`` that holds ``lo``..``hi`` (a quote and the mention
    of its speaker), and of each sentence before it, each quotation in them one QUOTED_MARK token:
    what the page says around the words, not in them. A stop inside a quotation ends no sentence
    unless it closes it."""
    plain = QUOTATION.sub(masked, text)
    starts = [0] + [m.end() for m in SENTENCE_BREAK.finditer(plain)] + [len(plain)]
    first = max(k for k, at in enumerate(starts[:-1]) if at <= lo)
    last = next((k for k in range(first + 1, len(starts)) if starts[k] >= hi), len(starts) - 1)
    sentences = [CLAUSE_TOKEN.findall(plain, a, b) for a, b in itertools.pairwise(starts)]
    cue = [t for s in sentences[first:last] for t in s]
    return cue, sentences[:first]


PASSED, OWN = "passed", "own"
"""What ``relay_reading`` finds: the words passed on from another, or a verb of passing words on
whose object is the voicer's own ("repeated his claim", "citing rising costs")."""


def opens_on(tokens: list[str], voicer: list[str]) -> bool:
    """The sentence's subject is the voicer: one of its first three words is the voicer's name
    ("Tomas Bell translated for the director.", "Interpreter Tomas Bell stood up.")."""
    return any(t.lower() in voicer for t in tokens[:3])


def relay_reading(
    tokens: list[str], voicer: list[str], voicer_sex: str, speaker_sex: str, leading: bool = False
) -> str:
    """Whether the sentence that gives a page's quote tells that the one it names voicing the
    words (``voicer``: the mention's capitalised words) passes on another's: a verb of passing
    words on (translate, read, share, quote, repeat, echo, "pass on") of the voicer's (its
    subject the voicer or "who", or a participle set off after the cue) whose object is someone
    else's words ("Colt's warning", "the claim", "her view" when "her" may be the draft speaker's,
    "it", "for her", none: "who translated"); a verb of giving words in a language ("giving the
    English", "rendering her words into Welsh"); an interpreter but one spoken through ("said
    through an interpreter" is the voicer's own, as "said in translation" is). PASSED then;
    OWN when such a verb's object is the voicer's own ("his own view", "his claim" of a man
    before a woman's words) or no words at all ("citing rising costs", "shared the stage");
    "" when the sentence has none of these. ``voicer_sex`` and ``speaker_sex`` are the voicer's
    and the draft speaker's sex ("f", "m", "" unknown); ``leading``: a sentence before the
    quote's that opens on the voicer ("Tomas Bell stood up to translate.")."""
    found = ""
    for k, w in enumerate(tokens):
        word = w.lower()
        if word in INTERPRETER_NOUNS:
            if describes_voicer(tokens, k, voicer):
                return PASSED  # "her interpreter, Tomas Bell,", "acting as interpreter"
            continue
        if word in RELAY_FORMS:
            at, kind = k + 1, RELAY_FORMS[word]
        elif word in PASS_FORMS and tokens[k + 1 : k + 2] == ["on"]:
            at, kind = k + 2, "pass"
        elif word in RENDER_FORMS:
            at, kind = k + 1, "render"
        else:
            continue
        while at < len(tokens) and tokens[at].lower() in RELAY_PARTICLES:
            at += 1
        obj = object_of(tokens, at)
        if not voiced_by(
            tokens,
            k,
            voicer,
            voicer_sex,
            bool(obj) and obj[0].lower() not in PREPOSITIONS_OF_SETTING,
            leading,
        ):
            continue
        after = tokens[at + len(obj) : at + len(obj) + 2]
        reading = object_reading(kind, obj, [a.lower() for a in after], voicer, voicer_sex, speaker_sex)
        if reading == OWN and [a.lower() for a in after[:1]] == ["of"]:
            # "sharing a screenshot of her email": the words are what the thing is of
            inner = object_of(tokens, at + len(obj) + 1)
            rest = [a.lower() for a in tokens[at + len(obj) + 1 + len(inner) :][:2]]
            reading = object_reading(kind, inner, rest, voicer, voicer_sex, speaker_sex) or OWN
        if reading == PASSED:
            return PASSED
        found = reading or found
    return found


def describes_voicer(tokens: list[str], k: int, voicer: list[str]) -> bool:
    """The noun at ``k`` (with its determiner or possessive) is set beside the voicer's name as
    what they are: an appositive ("her interpreter, Tomas Bell", "Tomas Bell, her interpreter"),
    a title ("interpreter Tomas Bell") or "as interpreter"; not an object ("who hired an
    interpreter") nor one spoken through ("said through an interpreter")."""
    j = k - 1
    while j >= 0 and (tokens[j].lower() in DETERMINERS or tokens[j].lower() in LANGUAGE_NAMES):
        j -= 1
    before = tokens[j].lower() if j >= 0 else ""
    after = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
    if after in voicer:
        return True  # "interpreter Tomas Bell"
    if after not in ("", ",", ")", "—", ".", ";") and after not in CUE_FORMS:
        return False  # "the translator of three novels", "an interpreter by training"
    if before == "as" or before in voicer:
        return True  # "acting as interpreter", "Tomas Bell (interpreter)"
    # set off beside the name: "Tomas Bell, her interpreter", "her interpreter, Tomas Bell,"
    return (before == "," and j > 0 and tokens[j - 1].lower() in voicer) or (
        after == "," and k + 2 < len(tokens) and tokens[k + 2].lower() in voicer
    )


def voiced_by(
    tokens: list[str], k: int, voicer: list[str], voicer_sex: str, has_object: bool, leading: bool = False
) -> bool:
    """The verb at ``k`` is the voicer's: its subject is the voicer's name, "who" right after it
    ("Tomas Bell, who translated,"), or "he"/"she" of the voicer's sex (past a helper and an
    adverb: "who had later shared", "as he read from"), it is a participle set off after the cue or
    the name ("said, quoting the letter", "Bell, giving the English, told"), an infinitive ("asked
    him to pass on a message"), or a past form after a comma with an object ("Vask, the
    secretary, read it aloud"). Not a passive ("was translated", "quoted in the Ledger") nor
    another subject's verb ("after the Ledger translated it", "beside Ann Lee, who translated").
    ``leading``: a sentence before the quote's whose subject is the voicer."""
    word = tokens[k].lower()
    j = k - 1
    while j >= 0 and (tokens[j].lower() in LATER or tokens[j].lower().endswith("ly")):
        j -= 1
    before = tokens[j].lower() if j >= 0 else ""
    if word.endswith("ing") and before not in BE_FORMS:
        return before in (",", "(", "—", "–", "while")
    if before == "to":
        # "asked him to pass on a message"; in a sentence about the voicer, "stood up to read"
        return leading or (
            k > 1 and (tokens[k - 2].lower() in OBJECT_PRONOUNS or tokens[k - 2][:1].isupper())
        )
    if before in BE_FORMS and not word.endswith("ing"):
        return False  # a passive: what was translated or quoted is someone else's to say
    if before in AUXILIARIES:
        j -= 1
        before = tokens[j].lower() if j >= 0 else ""
    if before == "who":
        return j > 1 and tokens[j - 1] == "," and tokens[j - 2].lower() in voicer
    sex = PRONOUN_GENDER.get(before, "") if before in PRONOUNS else ""
    if sex and voicer_sex in ("", sex) and j > 0 and tokens[j - 1].lower() in ("as", "while"):
        return True  # "said, as he read from the letter": the voicer's, at the time of saying
    if before in voicer:
        return True  # "Vask read it aloud"
    return before == "," and has_object


def object_of(tokens: list[str], at: int) -> list[str]:
    """The words after a verb up to a stop, a quotation, "that", "as" or a preposition (the
    object: "the English" of "giving the English for her answer")."""
    end = at
    while end < len(tokens):
        word = tokens[end].lower()
        if not (word[:1].isalnum() or word[:1] == "_") or word in OBJECT_STOPS:
            break
        end += 1
    return tokens[at:end]


def someone_s(words: list[str]) -> bool:
    """The word is a possessive: "her", "Colt's", "the engineer's" (its last word)."""
    return bool(words) and (words[0] in POSSESSIVE_DETERMINERS or words[0].endswith(POSSESSIVE_ENDS))


def object_reading(
    kind: str, obj: list[str], after: list[str], voicer: list[str], voicer_sex: str, speaker_sex: str
) -> str:
    """PASSED, OWN or "" for a verb of passing words on by its object and the two words after
    it. ``kind``: the verb's lemma, "pass" (of "pass on") or "render" (a verb of giving words in a
    language). Of a verb of saying again (REPEAT_LEMMAS) or of giving in a language, an object
    that may be the voicer's or the draft speaker's ("Ann Lee repeated her claim" before a
    woman's words) tells nothing: the cue decides, as it did before they counted."""
    words = [w.lower() for w in obj]
    if kind == "render":
        language = (
            (len(words) > 1 and words[-1] in LANGUAGE_NAMES and words[-2] in DETERMINERS)
            or (
                len(words) > 1
                and words[-2] in LANGUAGE_NAMES
                and words[-1] in LANGUAGE_TEXT_NOUNS
                and (after[:1] != ["of"] or someone_s(after[1:2]))
            )
            or (after[:1] in (["in"], ["into"]) and after[1:2] != [] and after[1] in LANGUAGE_NAMES)
        )
        if not language:
            return ""  # "giving the English workers a reason", "put the blame on"
    if "own" in words:
        return OWN  # "his own view", "giving her own answer in English"
    first = words[0] if words else ""
    doubtful = "" if kind == "render" or kind in REPEAT_LEMMAS else PASSED
    if len(words) == 1 and first in OBJECT_PRONOUNS:
        return PASSED  # "quoting her", "read it aloud"
    if first in POSSESSIVE_DETERMINERS:
        # "his claim": the voicer's own when "his" may stand for the voicer and not for the
        # draft's speaker; someone else's when it cannot be the voicer's
        sex = SEXED_PRONOUNS.get(first, "")
        voicers = not sex or voicer_sex in ("", sex)
        speakers = not sex or speaker_sex in ("", sex)
        return OWN if voicers and not speakers else PASSED if not voicers else doubtful
    if kind == "render":
        return PASSED  # "giving the English", "put it into Welsh"
    if not words:
        return PASSED  # "who translated,", "Lee repeated: “…”": no object but the words
    if first in POINTING_OBJECTS:
        return PASSED  # "read them out", "shared this"
    head = words[-1]
    said = head in WORDS_NOUNS or head in UTTERANCE_NOUNS or head in OPINION_NOUNS or head in LANGUAGE_NAMES
    owner = next((w for w in obj if w.endswith(POSSESSIVE_ENDS)), None)
    if owner is not None:
        name = owner.lower()[: -2 if owner.endswith(("’s", "'s")) else -1]
        if owner[:1].isupper() and name in voicer:
            return OWN  # "Mayo repeated Mayo's pledge"
        return PASSED if said or head == owner.lower() else OWN  # "Colt's warning", not "Colt's findings"
    if said and kind in REPEAT_LEMMAS and first not in POINTING_DETERMINERS:
        return ""  # "echoing a widely held view": no words told before; "the claim" points back
    if obj[0][:1].isupper() or known_person(head) or head in ROLE_NOUNS:
        return PASSED  # "echoed Colt", "quoting Ann Lee", "echoing the engineer"
    return PASSED if said else OWN  # "shared the letter", not "citing rising costs", "shared the stage"


ANONYMOUS = frozenset(
    [
        "q",
        "a",
        "question",
        "answer",
        "unidentified",
        "unknown",
        "speaker",
        "voice",
        "audience",
        "male",
        "female",
    ]
)


def anonymous(label: str) -> bool:
    """A turn label that names nobody ("Q", "A", "UNIDENTIFIED SPEAKER") or only an office ("THE
    PRESIDENT", "MAYOR"; its holder may be whoever the draft names): no attribution test."""
    words = re.findall(r"[^\W\d_]+", label.lower())
    return not words or all(w in ANONYMOUS for w in words) or all(w in OFFICE_LABEL_WORDS for w in words)


def different_voices(match: Match, turns: list[int]) -> bool:
    """Two or more of these turns are named for different people. Cue or turn numbers
    alone say nothing: a subtitle file splits one speaker's sentence over many cues, and a
    cue with no voice is nobody's in particular."""
    names = set()
    for k in turns:
        speaker = voice_of(match.source, k)
        if speaker:
            names.add(" ".join(speaker.lower().split()))
    return len(names) > 1


def voice_of(source: Source, k: int) -> str | None:
    """Who speaks in turn ``k``; a subtitle cue without a voice goes on in the last voice
    given (captions name the speaker when it changes), None when none was given yet."""
    while k >= 0:
        speaker = (source.turns[k].speaker or "").strip()
        if speaker or source.kind != "subtitles":
            return speaker or None
        k -= 1
    return None


LABEL_REACH = 80
"""How many characters before a transcript turn ``turn_label`` reads for its label."""


def turn_label(match: Match, said_by: str) -> str:
    """The label of the matched transcript turn as written, title and all ("MAYOR VERA SAL" for
    a turn by Vera Sal), when it ends with the speaker's name; else ``said_by``: a description
    by title ("the mayor's team") is read against the title the transcript gives."""
    k = turn_of(match, match.start)
    if k < 0:
        return said_by
    text, start = match.source.text, match.source.turns[k].start
    lo = max(0, start - LABEL_REACH)
    line = text.rfind("\n", lo, start)
    label = text[line + 1 if line >= 0 else lo : start].strip().rstrip(":").strip()
    own, words = said_by.lower().split(), label.lower().split()
    if own and len(words) > len(own) and words[-len(own) :] == own:
        return label
    return said_by


INTERPRETED_FOR = re.compile(r"\bfor\s+([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})", re.I)
"""Whom a label says the interpreter speaks for ("INTERPRETER FOR MARISOL RUIZ")."""


def interpreted(match: Match) -> str | None:
    """Whose words a transcript turn gives when its label is an interpreter's ("INTERPRETER:",
    "TOMAS BELL (translating for Marisol Ruiz):", "THE TRANSLATOR:"): the one it names after
    "for", else the voice of the turn before (the words just translated). None when the turn is
    no interpreter's, or it is the speaker's own through one ("RUIZ (through an interpreter):",
    "RUIZ (translated):" are Ruiz's), or the one translated is not known."""
    source = match.source
    k = turn_of(match, match.start)
    if k < 0:
        return None
    start = source.turns[k].start
    lo = max(0, start - LABEL_REACH)
    line = source.text.rfind("\n", lo, start)
    label = source.text[line + 1 if line >= 0 else lo : start]
    words = [w for w in re.findall(r"[\w'’-]+", label.lower()) if w not in DETERMINERS]
    if not any(
        (w in INTERPRETER_NOUNS and (n == 0 or words[n - 1] not in THROUGH_PREPS))
        or (RELAY_FORMS.get(w) in TRANSLATE_LEMMAS and w.endswith("ing"))
        for n, w in enumerate(words)
    ):
        return None
    named = INTERPRETED_FOR.search(label)
    if named:
        name = named.group(1).strip(" .")
        return " ".join(w.capitalize() if w.isupper() else w for w in name.split())
    for j in range(k - 1, max(-1, k - 3), -1):
        voice = voice_of(source, j)
        if voice and not any(w in INTERPRETER_NOUNS for w in voice.lower().split()):
            return voice
    return None


def turn_of(match: Match, offset: int) -> int:
    for i, turn in enumerate(match.source.turns):
        if turn.start <= offset < turn.end:
            return i
    return -1


def difference_findings(
    match: Match, qspan: Span, sspan: Span, thresholds: Thresholds, quote_base: int | None = 0
) -> list[Finding]:
    """Findings for each differing stretch, placed on the words concerned when known."""
    findings: list[Finding] = []
    ops = list(match.ops)
    truncated_tail = source_cut_short(match)
    whole_q, whole_s = qspan, sspan
    for i, op in enumerate(ops):
        qspan = whole_q
        if quote_base is not None and op.quote_span is not None and op.quote_span.end > op.quote_span.start:
            qspan = Span(quote_base + op.quote_span.start, quote_base + op.quote_span.end)
        sspan = op.source_span if op.source_span is not None else whole_s
        if op.op == "equal":
            findings.extend(written_differences(op, qspan, sspan))
            continue
        at_end = all(o.op != "equal" for o in ops[i + 1 :])
        at_start = all(o.op != "equal" for o in ops[:i])
        cut = op.op == "added" or (op.op == "replace" and all(w == "…" for w in op.source_words))
        if truncated_tail and cut and (at_end or at_start):
            findings.append(
                Finding(
                    "source_truncated",
                    Level.WARNING,
                    f"the source is cut short; “{op.quote_text}” cannot be checked against it",
                    qspan,
                    sspan,
                )
            )
            continue
        findings.extend(classify(op, qspan, sspan, thresholds))
    if truncated_tail and not any(f.code == "source_truncated" for f in findings):
        findings.append(
            Finding("source_truncated", Level.INFO, "the source itself is cut short", whole_q, whole_s)
        )
    return findings


# "not"/"never" that ends its clause within two more words ("and it was not.", "it was never
# true."), never "not only for drivers" or "not seen since the war".
NEGATION_NEXT = re.compile(r"[ \t]*(?:not|never)\b(?:[ \t]+[\w'’-]+){0,2}[ \t]*(?:[,.;:!?]|$)", re.I)
LAST_WORD = re.compile(r"([\w'’]+)[^\w'’]*$")


def negation_left_off(
    quote_text: str, match: Match, qspan: Span, sspan: Span, next_words: str = ""
) -> list[Finding]:
    """A quote closed as if its sentence or clause ended ("… and it was.") just before the
    source's "not" or "never" that negates its verb ("and it was not."): the words are the
    source's, the meaning the opposite. The word before must be a verb's helper ("was", "did",
    "will"): after a noun or an adjective "not" sets one thing against another ("answers not
    excuses"); a subject pronoun may come before "never" ("and it" before "never did."). Only
    "be" may take words after it ("it was never true."); after another helper
    they are a verb of their own ("it will never close"). A quote without closing punctuation
    may be part of the draft's own sentence, whose words around it are not known here; one
    whose rest the draft quotes next ("“The plan is,” she said, “not dead.”") dropped nothing."""
    if not quote_text.rstrip().endswith((".", ",", "!", "?", ";")):
        return []
    text = match.source.text
    after = NEGATION_NEXT.match(text, match.end)
    before = LAST_WORD.search(text, max(0, match.end - 40), match.end)
    if after is None or before is None:
        return []
    last, words = before.group(1).lower(), after.group().lower().split()
    if re.findall(r"[\w']+", next_words.lower())[:1] == re.findall(r"[\w']+", words[0])[:1]:
        return []  # the draft's next quote goes on with the "not"/"never"
    if last in PRONOUNS and words[0] == "never":
        pass  # "and it" before "never did."
    elif last not in NEGATED_HELPERS:
        return []
    elif last not in BE_FORMS and len(words) > 1:
        return []  # "and it will" before "never close": a verb of its own, not the one left out
    said = after.group().strip().rstrip(",.;:!?").strip()
    detail = f"the quote stops where the source goes on with “{said}”"
    return [Finding("negation_changed", Level.ERROR, detail, qspan, sspan)]


def source_cut_short(match: Match) -> bool:
    """A clipped source: flagged so by its provider, or a post whose text ends in "…"."""
    text = match.source.text
    tail = text[-200:].rstrip() or text.rstrip()  # not a copy of a whole archive file per quote
    return match.source.truncated or tail.endswith(("…", "...")) or text.startswith(("…", "..."))


def written_differences(op: DiffOp, qspan: Span, sspan: Span) -> list[Finding]:
    """Equal words written differently: a bracketed capital, case, or punctuation."""
    from quotecheck.normalize import normalize

    if normalize(op.quote_text).text == normalize(op.source_text).text:
        return []
    if "[" in op.quote_text and all(
        word_key(q) == word_key(s) for q, s in zip(op.quote_words, op.source_words, strict=False)
    ):
        plain = re.sub(r"\[(\w{1,3})\]", r"\1", op.quote_text)
        if normalize(plain).text.lower() == normalize(op.source_text).text.lower():
            return [
                Finding(
                    "bracketed_capital", Level.INFO, f"“{op.quote_text}” for “{op.source_text}”", qspan, sspan
                )
            ]
    code = "case_changed" if op.quote_text.lower() == op.source_text.lower() else "punctuation_changed"
    return [
        Finding(
            code,
            Level.INFO,
            f"“{op.quote_text}” in the quote, “{op.source_text}” in the source",
            qspan,
            sspan,
        )
    ]


def classify(op: DiffOp, qspan: Span, sspan: Span, thresholds: Thresholds) -> list[Finding]:
    """Findings for one change block (consecutive differing words)."""
    q_all = list(op.quote_words)
    s_words = [w for w in op.source_words if w != "…"]
    ellipses = [w for w in q_all if w == "…"]
    sics = [w for w in q_all if w.lower() == "[sic]"]
    brackets = [w for w in q_all if w.startswith("[") and w.endswith("]") and w.lower() != "[sic]"]
    plain = [w for w in q_all if w != "…" and not (w.startswith("[") and w.endswith("]"))]
    s_text = " ".join(op.source_words)
    found: list[Finding] = []
    if sics:
        found.append(Finding("sic", Level.INFO, "[sic] marks the source's own error", qspan, sspan))
    if ellipses and not plain and not brackets:
        if not s_words:
            return found  # an ellipsis where nothing was left out (or at the quote's edge)
        if len(s_words) <= 3 and set(expand(s_words)) & {"not", "never", "no"}:
            # "I … expected" for "I never expected": the omission flips the meaning
            detail = f"“{s_text}” left out by “…” carries a negation"
            return [*found, Finding("negation_changed", Level.ERROR, detail, qspan, sspan)]
        return [
            *found,
            Finding("ellipsis_omission", Level.INFO, f"omission marked by “…”: {s_text}", qspan, sspan),
        ]
    if brackets and not plain:
        inside = [w for b in brackets for w in re.findall(r"[\w'’]+", b)]
        meaning = [
            f
            for f in meaning_changes(inside, s_words, qspan, sspan)
            if f.code in ("negation_changed", "modality_changed")
            or (f.code == "number_changed" and numbers_in(s_words))
        ]
        if meaning:
            return found + meaning
        if len(s_words) > thresholds.bracket_max_words:
            return [
                *found,
                Finding(
                    "unmarked_omission",
                    Level.WARNING,
                    f"{' '.join(brackets)} replaces {len(s_words)} words: “{s_text}”",
                    qspan,
                    sspan,
                ),
            ]
        message = (
            f"{' '.join(brackets)} stands for “{s_text}”"
            if s_words
            else f"editor's insertion {' '.join(brackets)}"
        )
        return [*found, Finding("bracketed_insertion", Level.INFO, message, qspan, sspan)]
    if not plain and not s_words:
        return found
    if "".join(word_key(w) for w in plain) == "".join(word_key(w) for w in s_words):
        # "e-mail" for "email", "can not" for "cannot": the same letters, spaced differently
        return [
            *found,
            Finding(
                "punctuation_changed",
                Level.INFO,
                f"“{op.quote_text}” in the quote, “{op.source_text}” in the source",
                qspan,
                sspan,
            ),
        ]
    if len(plain) == len(s_words) and all(
        spelling_key(word_key(q)) == spelling_key(word_key(s)) for q, s in zip(plain, s_words, strict=True)
    ):
        # "color" for "colour", "organize" for "organise": one word in another country's spelling
        detail = f"“{op.quote_text}” in the quote, “{op.source_text}” in the source (spelling)"
        return [*found, Finding("spelling_changed", Level.INFO, detail, qspan, sspan)]
    meaning = meaning_changes(plain, s_words, qspan, sspan)
    if meaning:
        return found + meaning
    if same_number(plain, s_words):
        return [
            *found,
            Finding(
                "number_written_differently",
                Level.INFO,
                f"“{op.quote_text}” for “{op.source_text}”",
                qspan,
                sspan,
            ),
        ]
    detail = f"“{op.quote_text}” in the quote, “{op.source_text}” in the source"
    if not plain:
        return [
            *found,
            Finding(
                "unmarked_omission", Level.WARNING, f"“{op.source_text}” left out without “…”", qspan, sspan
            ),
        ]
    if not s_words:
        return [
            *found,
            Finding(
                "unmarked_insertion", Level.WARNING, f"“{op.quote_text}” is not in the source", qspan, sspan
            ),
        ]
    return [*found, Finding("wording_changed", Level.WARNING, detail, qspan, sspan)]


# British and American spellings of one word, brought to one form: -our/-or (colour), -ise/-ize
# and -yse/-yze with their endings (organised; never -prise: "apprise" is not "apprize"), -re/-er
# after a consonant with two letters before it (centre, metre, fibre; centred, fibred, centring
# after t, b, v or h only, so "sacred", "hundred" and "hatred" are no "-re" verb's; not
# "acre", "ogre"; nor the -re words whose -er twin is another word, RE_ER_TWINS: "timbre" is not
# "timber", "livre" not "liver"), -ogue/-og (catalogue, catalogued), -ogramme,
# -fence/-fense (defence; not "licence", a noun the British keep apart from the verb "license"), a
# doubled l before an ending (travelled), judgement; and the variants no ending tells (grey/gray,
# tyre/tire, plough/plow, foetus/fetus: SPELLING_VARIANTS) with the endings of one word. Each
# ending needs letters before it, so "four"/"for" and "rise" stay apart.
RE_ER = r"(?<=\w{2}[b-df-hj-np-tv-z])" + "".join(f"(?<!^{re.escape(w[:-2])})" for w in sorted(RE_ER_TWINS))
SPELLING = (
    (re.compile(r"(?<=\w{3})our(?=s?$|ed$|ing$|ite|able|er|ful|less|hood)"), "or"),
    (re.compile(r"(?<=\w{3})(?<!pr)([iy])s(?=e$|es$|ed$|ing$|ation|er$|ers$)"), r"\1z"),
    (re.compile(RE_ER + r"re(?=s?$)"), "er"),
    (re.compile(RE_ER + r"(?<=[tbvh])(?<!^hat)r(?=ed$|ing$)"), "er"),
    (re.compile(r"(?<=\w{3})ogue(?=s?$)|(?<=\w{3})ogu(?=ed$|ing$)"), "og"),
    (re.compile(r"(?<=\w{2})ogramme(?=s?$)"), "ogram"),
    (re.compile(r"(?<=\w{2}f)ence(?=s?$)"), "ense"),
    (re.compile(r"(?<=\w{3}[aeiou])ll(?=ed$|ing$|er$|ers$)"), "l"),
    (re.compile(r"(?<=dg)e(?=ment)"), ""),
)
VARIANT = re.compile(
    "^("
    + "|".join(sorted(map(re.escape, SPELLING_VARIANTS), key=len, reverse=True))
    + ")("
    + "|".join(sorted(VARIANT_ENDINGS, key=len, reverse=True))
    + ")?$"
)
"""A word that is one of SPELLING_VARIANTS with one of its endings ("greyer", "ploughed")."""


def spelling_key(word: str) -> str:
    variant = VARIANT.match(word)
    if variant:
        word = SPELLING_VARIANTS[variant.group(1)] + (variant.group(2) or "")
    for pattern, repl in SPELLING:
        word = pattern.sub(repl, word)
    return word


def expand(words: Iterable[str]) -> list[str]:
    """Lower-case words with contractions split: "won't" and "will not" both hold "not"."""
    out: list[str] = []
    for w in words:
        lw = w.lower().replace("’", "'")
        if lw in CONTRACTIONS:
            out.extend(CONTRACTIONS[lw])
        elif lw.endswith("n't"):
            out.extend([lw[:-3] or lw, "not"])
        elif lw.endswith(("'ll", "'d")):
            base, _, suffix = lw.rpartition("'")
            out.extend([base, CONTRACTIONS["'" + suffix][0]])
        elif lw.endswith("nt") and lw[:-2] in {
            "don",
            "doesn",
            "didn",
            "isn",
            "wasn",
            "aren",
            "weren",
            "wouldn",
            "couldn",
            "shouldn",
            "hasn",
            "haven",
            "hadn",
        }:
            out.extend([lw[:-2], "not"])
        else:
            out.append(lw)
    return out


def numbers_in(words: Iterable[str]) -> list[str]:
    return [w for w in expand(words) if DIGITS.match(w) or w in NUMBER_WORDS]


def number_value(words: list[str]) -> float | None:
    """The value of a number written in words or digits ("four million", "4 million", "4m")."""
    total, current, seen = 0.0, 0.0, False
    for w in words:
        w = w.lower().replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            current += float(w)
            seen = True
        elif w in NUMBER_WORDS and NUMBER_WORDS[w] >= 0:
            value = NUMBER_WORDS[w]
            if value >= 100:
                current = (current or 1) * value
                if value >= 1000:
                    total, current = total + current, 0.0
            else:
                current += value
            seen = True
        elif w in ("and", "a", "percent"):
            continue
        else:
            return None
    return total + current if seen else None


def same_number(quote_words: list[str], source_words: list[str]) -> bool:
    q, s = number_value(quote_words), number_value(source_words)
    return q is not None and q == s


def change_detail(quote_words: list[str], source_words: list[str]) -> str:
    """What changed, in words: a side with no words is said as left out or added, not “”."""
    quoted, source = " ".join(quote_words), " ".join(source_words)
    if not quoted:
        return f"“{source}” in the source is left out of the quote"
    if not source:
        return f"“{quoted}” in the quote is not in the source"
    return f"“{quoted}” in the quote, “{source}” in the source"


def meaning_changes(
    quote_words: list[str], source_words: list[str], qspan: Span, sspan: Span
) -> list[Finding]:
    """Negation, number, modality and name changes between the two sides of a change block."""
    q, s = expand(quote_words), expand(source_words)
    detail = change_detail(quote_words, source_words)
    findings = []
    if sum(w in NEGATIONS for w in q) != sum(w in NEGATIONS for w in s):
        findings.append(Finding("negation_changed", Level.ERROR, detail, qspan, sspan))
    qn, sn = numbers_in(quote_words), numbers_in(source_words)
    if (qn or sn) and sorted(qn) != sorted(sn) and not same_number(quote_words, source_words):
        findings.append(Finding("number_changed", Level.ERROR, detail, qspan, sspan))
    q_months, s_months = months_in(quote_words), months_in(source_words)
    if q_months != s_months and not any(f.code == "number_changed" for f in findings):
        findings.append(Finding("number_changed", Level.ERROR, detail, qspan, sspan))  # a date moved
    if (modals_in(quote_words) ^ modals_in(source_words)) and not (q_months or s_months):
        findings.append(Finding("modality_changed", Level.ERROR, detail, qspan, sspan))
    q_names, s_names = proper_names(quote_words), proper_names(source_words)
    if not findings and q_names and s_names and q_names != s_names:
        findings.append(Finding("name_changed", Level.ERROR, detail, qspan, sspan))
    return findings


MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"]
)  # fmt: skip


def months_in(words: Iterable[str]) -> set[str]:
    """Month names: "May" with its capital is the month, "may" the modal verb."""
    out = set()
    for w in words:
        core = w.strip(".,;:!?’'\"”“()")
        if core.lower() in MONTHS and core[:1].isupper():
            out.add(core.lower())
    return out


def modals_in(words: list[str]) -> set[str]:
    """The modal verbs among the words (a capitalised "May" is the month, see months_in)."""
    months = months_in(words)
    return {w for w in expand(words) if w in MODALS and not (w == "may" and "may" in months)}


COMMON_CAPITALS = frozenset(
    ["i", "a", "the", "this", "that", "it", "we", "he", "she", "they", "you", "my", "our", "but", "and", "so",
     "or", "if", "then", "well", "now", "yes", "no", "oh", "okay", "ok", "look", "like", "also", "just"]
)  # fmt: skip


def proper_names(words: list[str]) -> set[str]:
    """Capitalised words that are not everyday words or fillers at a sentence start ("And",
    "Um", "Well"), nor month names (a changed date is a number change)."""
    from quotecheck.newsroom.policy import FILLERS

    return {
        core.lower()
        for w in words
        if (core := w.strip(".,;:!?’'\"”“()"))[:1].isupper()
        and core.lower() not in COMMON_CAPITALS
        and core.lower() not in FILLERS
        and core.lower() not in MONTHS
    }
