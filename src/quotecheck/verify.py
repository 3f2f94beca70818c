"""Verdict rules: judge the difference between a quote and its best source span.

The rules are conservative in one direction only: a change of meaning (negation, number,
name, modality) can never come out as exact, equivalent or edited, and typography alone
(folded by quotecheck.normalize before anything is compared) can never make a faithful
quote fail. Each change block of the word diff (consecutive differing words) is judged as
one edit, the way an editor reads it: "[the agency]" for "we" is one bracketed stand-in,
"… " for twelve words is one marked omission.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final

from quotecheck.extract.lexicon import (
    AUXILIARIES,
    BE_FORMS,
    BODY_NAME_WORDS,
    BODY_VOICE_POSTS,
    BROADCAST_HOST_NOUNS,
    CONTRAST_DETERMINERS,
    CONTRAST_JOINERS,
    COORDINATORS,
    CORE,
    COURTESY_TITLES,
    CUE_FORMS,
    DETERMINERS,
    ENTOURAGE_NOUNS,
    FEMALE_FIRST,
    FIRST_PERSON,
    FIRST_PERSON_OWNERS,
    HEDGING_OPENERS,
    HONORIFICS,
    INTERPRETER_NOUNS,
    KIN_NOUNS,
    LANGUAGE_NAMES,
    LANGUAGE_TEXT_NOUNS,
    LATER,
    MALE_FIRST,
    MEMBER_ROLES,
    MODALS,
    NEGATED_HELPERS,
    NO_ONE,
    NOT_NAMES,
    NOT_ONLY_FOCUS,
    NOT_ONLY_SEQUELS,
    NOT_OWN_SAYING,
    NOUN_ONLY_VARIANTS,
    OBJECT_PRONOUNS,
    OFFICE_AFTER_THE,
    OFFICE_LABEL_WORDS,
    OFFICE_NOUNS,
    OPINION_NOUNS,
    PASS_FORMS,
    PASSAGE_NOUNS,
    PAST_STATE_WORDS,
    PERSONAL_PRONOUNS,
    POINTING_WORDS,
    POSSESSIVE_DETERMINERS,
    POSSESSIVE_ENDS,
    POSSESSIVE_S,
    PREPOSITIONS_OF_SETTING,
    PRESS_WORDS,
    PRONOUN_GENDER,
    PRONOUN_SEX,
    PRONOUNS,
    PRONOUNS_HE_SHE_THEY,
    QUESTIONER_NOUNS,
    RE_ER_TWINS,
    READ_OUT_NOUNS,
    REFLEXIVE_SEX,
    RELAY_FORMS,
    RELAY_LEMMAS,
    RELAY_PARTICLES,
    RELAY_VERBS,
    RENDER_FORMS,
    REPEAT_FORMS,
    ROLE_NOUNS,
    ROLE_PAST_MARKERS,
    SAID_WHAT,
    SELF_PRONOUNS,
    SEXED_PRONOUNS,
    SHARED_FEELINGS,
    SPEAKS_FOR,
    SPELLING_VARIANTS,
    SUBJECT_SEX,
    SUBORDINATORS,
    THING_TAKERS,
    THROUGH_PREPS,
    TITLES,
    TRANSLATE_LEMMAS,
    TURN_REACTION_FORMS,
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
    describe,
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

if TYPE_CHECKING:
    from quotecheck.extract.spans import QuoteSpan

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
    reported = quote
    if quote.relayed_from and quote.relayed_from != quote.speaker:
        # "Ada Voss was quoted by the Ledger as saying “…”": the Ledger relays, Voss is checked
        quote = replace(
            quote, speaker=quote.relayed_from, speaker_role=None, role_earlier=False, it_owner=None
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
    column = None
    someone_of = False  # the page gives the words to someone described by the speaker's name
    if quoted_within(match):
        said_by = (
            page_speaker(quote.speaker, quote.speaker_role, match, accounts)
            if quote.speaker and is_name(quote.speaker)
            else None
        )
        someone_of = bool(said_by) and described_people(said_by or "")[0] is None
        if (
            said_by is None
            and quote.speaker
            and is_name(quote.speaker)
            and own_column(quote.speaker, match, accounts)
            and quotes_another(quote.speaker, match, accounts)
        ):
            # "“…,” he told me." in Vera Sal's column, given to Vera Sal: someone she quotes
            column = f"the source is {quote.speaker}'s own, but it quotes these words from someone else"
        if said_by is None and column is None and quote.speaker and never_named(quote.speaker, match):
            # the page never names the draft's speaker but gives the words to its own, named in full:
            # they may be words the draft's speaker said first, but the page does not say so
            stranger = page_speaker(quote.speaker, quote.speaker_role, match, accounts, unnamed=True)
            if stranger is not None and len(name_words(stranger)) > 1:
                column = f"the source gives these words to {stranger} and never names {quote.speaker}"
    elif quote.speaker and is_name(quote.speaker) and post_quotes(quote.speaker, match, accounts):
        said_by = None  # the post's author quotes the draft's speaker by name
    # A description is no one the source can be told apart from ("a council spokesman"),
    # unless it names the source's speaker as someone else ("Ann Roy's spokesman", "a lawyer for
    # Ann Roy" against a post by Ann Roy). A given name alone ("Vera" for Vera Sal) or a person's
    # spokesman or office is not a misattribution, but the draft does not confirm the author: a
    # warning that leaves the verdict as it is.
    misattributed = False
    speaker = quote.speaker
    inner = quoted_from_another(match) if speaker and is_name(speaker) and not stitch else None
    if inner is not None and speaker:
        teller, quoted_one, plain = inner
        plain = plain and (
            match.source.kind != "post" or bool(match.source.turns) or post_quotes(speaker, match, accounts)
        )  # a post clears its author only as post_quotes allows ("X denies saying “…”" does not)
        bare = name_words(quoted_one)
        last = quoted_one.split()[-1:] if len(bare) == 1 else []
        full = introduced(match.source.text, match.start, last[0]) if last else None
        if full is not None:
            quoted_one = full  # "Pask told us, '…'" after "the inspector, Rudi Pask": Rudi Pask
        if plain and is_name(quoted_one) and same_person(speaker, quoted_one, accounts, known_speakers):
            # "Odenkirk told me, 'This town cannot…'" for Odenkirk's words: told at second hand
            said_by = None
            note = (
                f"the source has {teller} quoting these words from {quoted_one}: no record of {speaker}'s own"
            )
            findings.insert(0, Finding("speaker_unconfirmed", Level.WARNING, note, qspan, sspan))
        elif same_person(speaker, teller, accounts, known_speakers):
            said_by = None
            misattributed = True
            note = f"attributed to {speaker}, but in the source {teller} is quoting these words from {quoted_one}"
            findings.insert(0, Finding("speaker_mismatch", Level.ERROR, note, qspan, sspan))
    voice = (
        "" if not speaker or not said_by else speaks_for_body(speaker, quote.speaker_role, said_by, accounts)
    )
    if (
        speaker
        and said_by
        and not (
            (anonymous(said_by) or title_for_surname(said_by, quote))
            and not labelled_elsewhere(quote, said_by, match, accounts, known_speakers)
        )
        and (someone_of or not same_person(speaker, said_by, accounts, known_speakers))
        and not (voice == KNOWN_BODY and not quote.role_earlier)
        and not read_out_from(speaker, match, accounts)
        and not body_gives_turn(speaker, match, accounts)
    ):
        why = unconfirmed(speaker, said_by, accounts)
        if not why and speaks_for_speaker(said_by, speaker, accounts):
            why = f"the source gives these words to {said_by}, who speaks for {speaker}: not {speaker}'s own"
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
        other = (
            quote.it_owner is not None
            and served is None
            and not is_name(speaker)
            and same_body(said_by, said_by, accounts) == KNOWN_BODY
            and not same_person(quote.it_owner, said_by, accounts, known_speakers)
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
        and not (quote.it_owner and same_person(quote.it_owner, said_by, accounts, known_speakers))
    ):
        # "“…,” it said" with no body to stand for: the draft does not say who spoke
        why = f"the draft's speaker is not named; the source is {said_by}'s"
        findings.insert(0, Finding("speaker_unconfirmed", Level.WARNING, why, qspan, sspan))
    if column and not misattributed:
        findings.insert(0, Finding("speaker_unconfirmed", Level.WARNING, column, qspan, sspan))
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
    return QuoteResult(reported, verdict, match.score, match, diff, tuple(findings))


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
    """The matched words stand inside quotation marks opened in their paragraph: double marks
    counted (an opened “ not yet closed, an odd count of straight "), or any quote span the
    extractor finds around them, in any mark style: British ‘…’ (with “inner” ones nested in
    it), where ’ is also the apostrophe (don’t, the farmers’ union, singin’), which the span
    finder tells apart. The span search reads the paragraph only, at most PAGE_REACH
    characters either side of the words or of their quotation's marks (``reach_back``), so a
    long page stays fast."""
    text = match.source.text
    para = text.rfind("\n\n", 0, match.start)
    before = text[para + 1 : match.start]
    opened = before.count("“") - before.count("”")
    if opened > 0 or before.count('"') % 2 == 1:
        return True
    if "‘" not in before and "'" not in before and "`" not in before:
        return False  # no single mark opens before the words in their paragraph
    start = reach_back(text, para + 1, match.start)
    end = text.find("\n\n", match.end)
    end = reach_on(text, len(text) if end < 0 else end, match.end)
    at = match.start - start
    return any(span.start <= at < span.end for span in spans_in(text[start:end]))


def post_quotes(speaker: str, match: Match, accounts: Mapping[str, str] | None) -> bool:
    """A post that quotes the draft's speaker by name for the words: they stand in quotation
    marks, and the post's own sentence names the speaker in full as saying them
    (``names_as_saying``): the post's author passes them on. Not "I told Marisol Ruiz: “…”" (the
    author's), nor a pronoun or a description ("Ruiz's deputy said"), nor a sentence that
    denies, doubts or awaits the saying ("Ruiz never said “…”", "Ruiz should have said")."""

    source = match.source
    if source.kind != "post" or source.turns or not in_quotation(match):
        return False
    text = source.text
    start = max(text.rfind("\n", 0, match.start) + 1, match.start - PAGE_REACH)
    end = text.find("\n", match.end)
    end = min(len(text) if end < 0 else end, match.end + PAGE_REACH)
    q = holding_quote(text, start, end, match.start)
    if q is None:
        return False
    if not q.speaker or q.speaker_start is None or q.speaker_end is None or not is_name(q.speaker):
        return False
    if len(name_words(q.speaker)) < 2 or not same_person(speaker, q.speaker, accounts):
        return False
    return names_as_saying(text[start:end], q.start, q.end, q.speaker_start, q.speaker_end)


def says_now(word: str) -> bool:
    """A finite verb of saying one's own words ("said", "told", "promises"), not its bare form
    or participle ("say", "saying"), nor one of passing words on, asking or denying."""
    lemma = CUE_FORMS.get(word.lower())
    return (
        lemma is not None
        and lemma in CORE
        and lemma not in RELAY_LEMMAS
        and lemma not in NOT_OWN_SAYING
        and word.lower() != lemma
        and not word.lower().endswith("ing")
    )


def names_as_saying(text: str, q_start: int, q_end: int, s_start: int, s_end: int) -> bool:
    """The sentence of ``text`` that holds a quote (``q_start``..``q_end``) and its speaker's
    mention (``s_start``..``s_end``) tells that the speaker said the words, plainly: the name
    opens it (after "As" or a title) and a finite verb of saying follows at once ("Marisol Ruiz
    told the workers: “…”", "As Ruiz said, “…”"), or the quote opens it and the name and such a
    verb follow ("“…,” Ruiz told the workers", "“…,” said Ruiz"), or the name's words are
    the quote's ("Translation of Marisol Ruiz's remarks: “…”"); with no other name, no first
    person, no negation, modal or second verb of saying, and no question after it."""
    plain = QUOTATION.sub(masked, text)
    lo, hi = min(q_start, s_start), max(q_end, s_end)
    if SENTENCE_BREAK.search(plain, lo, hi):
        return False  # "Marisol Ruiz says we are wrong. “…”": the author's answer
    head = max([0] + [m.end() for m in SENTENCE_BREAK.finditer(plain, 0, lo)])
    stop = SENTENCE_BREAK.search(plain, max(lo, hi - 2))  # a stop may close the quote
    tail = stop.start() + 1 if stop else len(plain)
    if "?" in plain[q_end - 2 : tail]:
        return False  # "Will Ruiz say “…”?"
    lead = [t for t in CLAUSE_TOKEN.findall(plain, head, lo) if t[:1].isalnum()]
    if s_start < q_start:
        mid = CLAUSE_TOKEN.findall(plain, s_end, q_start)
        if text[s_end - 2 : s_end] in POSSESSIVE_S or (mid and mid[0] in POSSESSIVE_S):
            # "Greta Lindqvist's words to the delegation, in English: “…”"
            mid = mid[1:] if mid and mid[0] in POSSESSIVE_S else mid
            words = mid[:1] != [] and (mid[0].lower() in UTTERANCE_NOUNS or mid[0].lower() in READ_OUT_NOUNS)
            return words and not any(t.lower() in FIRST_PERSON for t in lead) and plain_clause(mid[1:])
        if mid[:1] == [","]:
            # "Marisol Ruiz, speaking in Spanish, told the workers: “…”"
            close = next((k for k in range(1, len(mid)) if mid[k] == ","), 0)
            if close < 2 or not mid[1].lower().endswith("ing") or not plain_clause(mid[2:close]):
                return False
            mid = mid[close + 1 :]
        titles = all(t[:1].isupper() and t.lower() in TITLES for t in lead)
        if (
            not (lead in ([], ["As"]) or titles)
            or not mid
            or not says_now(mid[0])
            or not plain_clause(mid[1:])
        ):
            return False
        after = [t for t in CLAUSE_TOKEN.findall(plain, q_end, tail) if t not in ("”", '"', "’")]
        return (
            not after or not after[0][:1].isalnum() or after[0].lower() in QUOTE_GOES_ON
        )  # not "“…” was a lie"
    if lead or text[s_end - 2 : s_end] in POSSESSIVE_S or text[s_end : s_end + 2] in POSSESSIVE_S:
        return False  # "“…,” wrote Greta Lindqvist's critics"
    mid = [t for t in CLAUSE_TOKEN.findall(plain, q_end, s_start) if t[:1].isalnum()]
    after = CLAUSE_TOKEN.findall(plain, s_end, tail)
    if mid:
        return len(mid) == 1 and says_now(mid[0]) and plain_clause(after)  # "“…,” said Ruiz"
    return bool(after) and says_now(after[0]) and plain_clause(after[1:])  # "“…,” Ruiz told them"


QUOTE_GOES_ON = PREPOSITIONS_OF_SETTING | COORDINATORS | {"as"}
"""Words that may follow a quote its sentence reports as said ("said “…” to the crowd"), not
one that makes the quote a subject ("said “…” was a lie")."""


def plain_clause(tokens: list[str]) -> bool:
    """Words around a report of saying that leave it plain: no other name (a language's
    aside), no first person, no negation or modal, no other subject or verb of saying."""
    for t in tokens:
        word = t.lower()
        if t[:1].isupper() and word not in LANGUAGE_NAMES:
            return False  # "told reporters that Nadia Okafor had said"
        if word in FIRST_PERSON or word in NEGATIONS or word in MODALS or word.endswith("n't"):
            return False
        if (
            word in PRONOUNS_HE_SHE_THEY
            or (word in CUE_FORMS and says_now(t))
            or (word.endswith("ing") and word in CUE_FORMS)
        ):
            return False  # "denies saying", "told us she had said"
    return True


def holding_quote(text: str, start: int, end: int, at: int, spoken: bool = False) -> Quote | None:
    """The quotation extraction finds in ``text[start:end]`` that holds the matched words at
    ``at`` (or ends right before them); ``spoken``: only one given to a speaker."""
    for q in quotes_in(text[start:end]):
        if q.kind == "quote" and q.start <= at - start < q.end + 1 and (q.speaker or not spoken):
            return q
    return None


@functools.lru_cache(maxsize=32)
def quotes_in(window: str) -> tuple[Quote, ...]:
    """The quotations extraction finds in a window of a source's text. One match's paragraph is
    read by several rules (``page_speaker``, ``quoted_from_another``, each asked again through
    ``quoted_within``), so each window is extracted once."""
    from quotecheck.article import document_from_text
    from quotecheck.extract import extract_quotes

    return tuple(extract_quotes(document_from_text(window, "source")))


@functools.lru_cache(maxsize=32)
def spans_in(window: str) -> tuple[QuoteSpan, ...]:
    """The quote spans the span finder reads in a window (``in_quotation``, asked several times
    for one match by ``quoted_within``, ``quoted_from_another`` and ``post_quotes``)."""
    from quotecheck.extract.spans import find_spans

    return tuple(find_spans(window))


PAGE_REACH = 1500
"""Characters of a page's paragraph read either side of the words to find who it says spoke them."""


def paragraph_of(match: Match) -> tuple[int, int]:
    """The span of the source's paragraph around the matched words, at most PAGE_REACH characters
    either side of them or of the marks of the quotation that holds them (a long quote whose cue
    stands before its opening mark or after its closing one; see ``reach_back``): a page's text
    has a line per block, a document's paragraphs are blank-line apart."""
    text = match.source.text
    gap = "\n" if match.source.kind == "page" else "\n\n"
    para = text.rfind(gap, 0, match.start) + len(gap)
    for _ in range(CONTINUED_PARAGRAPHS):
        if para <= len(gap) or not text.startswith("“", para):
            break
        before = text.rfind(gap, 0, para - len(gap)) + len(gap)
        if text.count("“", before, para) <= text.count("”", before, para):
            break
        para = before  # the quotation runs on from the paragraph before, its closing mark left off
    end = text.find(gap, match.end)
    para_end = len(text) if end < 0 else end
    return reach_back(text, para, match.start), reach_on(text, para_end, match.end)


CONTINUED_PARAGRAPHS: Final = 4
"""Paragraphs read back for the start of a quotation that runs on over them: each opens with
a mark and the one before it leaves a quotation open (“First.” said Sal. “Second. / “Third.”)."""
QUOTE_REACH = 8 * PAGE_REACH
"""Characters read back (or on) from matched words for the marks of the quotation holding them."""
SINGLE_CLOSE = re.compile(r"(?<![sS])’(?!\w)")
"""A closing single mark, not an apostrophe inside a word nor a plural's (the farmers’ union)."""


def reach_back(text: str, para: int, at: int) -> int:
    """Where a window read for the words at ``at`` starts: PAGE_REACH characters before them,
    or before the opening mark of the quotation that holds them when it opens further back in
    their paragraph (a long quote, its cue before it), never before the paragraph (``para``)
    nor more than QUOTE_REACH back."""
    start = max(para, at - PAGE_REACH)
    if start == para:
        return start
    lo = max(para, at - QUOTE_REACH)
    opened = text.rfind("“", lo, at)
    if opened < 0 or text.find("”", opened, at) >= 0:
        opened = text.rfind("‘", lo, at)
        if opened >= 0 and SINGLE_CLOSE.search(text, opened, at):
            opened = -1
    return max(para, opened - PAGE_REACH) if 0 <= opened < start else start


def reach_on(text: str, para_end: int, at: int) -> int:
    """Where a window read for the words ending at ``at`` ends: PAGE_REACH characters after
    them, or after the closing mark of their quotation when it closes further on (its cue
    after it), within their paragraph (``para_end``) and QUOTE_REACH."""
    end = min(para_end, at + PAGE_REACH)
    if end == para_end:
        return end
    hi = min(para_end, at + QUOTE_REACH)
    double = text.find("”", at, hi)
    opens = text.find("“", at, hi)
    if double >= 0 and (opens < 0 or double < opens):
        return min(para_end, max(end, double + PAGE_REACH))
    single = SINGLE_CLOSE.search(text, at, hi)
    if single and text.find("‘", at, single.start()) < 0:
        return min(para_end, max(end, single.end() + PAGE_REACH))
    return end


def page_speaker(
    speaker: str, role: str | None, match: Match, accounts: Mapping[str, str] | None, unnamed: bool = False
) -> str | None:
    """Who a page or release itself names as saying the words it quotes ("“…,” said Vera Sal,
    a councillor"), when that can be told safely: the draft's speaker is not named in the
    words' paragraph, the paragraph names its speaker in full (not a pronoun, which may reach
    back past the paragraph) with a verb of saying one's own words, the paragraph tells of no
    passing on of words by a word that does not say whose (``own_after_all``: "“…,” said Bell,
    citing rising costs" names Bell; "Bell read the letter: “…”" does not), the sentence does not
    give them as the draft speaker's words said again or in another language
    (``gives_speakers_words``: "said, repeating the engineer's warning"), and the source is not
    the draft speaker's own release nor the release of a body the draft says the speaker speaks
    for. A news page must also mention the draft's speaker elsewhere (someone it quotes too): one
    that never does may be reporting words that the draft's speaker said first. A release is the
    first telling of its words, so it needs no such mention. ``unnamed``: asked of a page that
    never names the draft's speaker at all, whose own speaker is then wanted all the same (the
    caller warns rather than errs). None otherwise."""

    text = match.source.text
    own_page = own_column(speaker, match, accounts)
    if (organisation(speaker) and not another_body(speaker, match)) or (
        match.said_by and same_person(speaker, match.said_by, accounts) and not own_page
    ):
        return None
    if match.said_by and relaying_role(role) and speaks_for_body(speaker, role, match.said_by, accounts):
        # the body's press officer may give out its words, not those it gives an outsider by name
        return outsider(speaker, match, accounts)
    start, end = paragraph_of(match)
    if match.source.kind == "page" and one_block(text):
        start, end = sentence_run(text, start, end, match)
    around = text[max(0, match.start - 4 * PAGE_REACH) : match.end + 4 * PAGE_REACH]
    # the draft's speaker is elsewhere on the page (someone the page also quotes), not here
    surname = name_words(speaker)[-1:]
    if not surname:
        return None
    word = re.compile(rf"\b{re.escape(surname[0])}\b", re.I)
    found = list(word.finditer(text, start, end))
    served = serving_mention(speaker, match, start, end, accounts) if found else None
    if served is not None:
        return served  # "“…,” Varga’s office said": the page gives the words to someone of hers
    if found and all(
        reacting(text, start, end, m, match.start) or reporting(text, start, end, m, match.start)
        for m in found
    ):
        found = []  # "“…,” said Maren Holt, “and I mean that.” Wenna Dorn disagreed.": Dorn answers
    if any(not whose_person(text, m.end()) and not namesake(text, m.start(), speaker) for m in found) or (
        match.source.kind != "release" and not own_page and not word.search(around) and not unnamed
    ):
        return None
    q = holding_quote(text, start, end, match.start, spoken=True)
    if q is None or not q.speaker:  # spoken: it has a speaker (said for the type checker)
        return None
    if q.speaker_start is None or q.speaker_end is None:
        return None
    mention = text[start + q.speaker_start : start + q.speaker_end]
    words = mention.split()
    if len(words) == 1 and words[0].lower() in PRONOUN_SEX:
        # "Tobiah Wrenn, the engineer, was blunt. ‘…,’ he said.": a pronoun whose person the
        # paragraph itself names in full, with no one else named in between
        # on a page that never names the draft's speaker (``unnamed``), the pronoun cannot be them
        if not named_here(
            text[start:end], q.start, q.speaker, "" if unnamed else speaker, PRONOUN_SEX[words[0].lower()]
        ):
            return None
    elif not words or not words[0][:1].isupper() or words[0].lower() in PERSONAL_PRONOUNS:
        return None
    who = q.speaker if len(q.speaker.split()) > 1 else introduced(text, start, q.speaker)
    if who is None and len(words) == 1 and words[0] == q.speaker and unintroduced(text, start, q.speaker):
        who = q.speaker  # "‘…,’ Wrenn said." of a Wrenn the page never names in full
    if who is None or not is_named(who) or same_person(speaker, who, accounts):
        return None
    mine = [w.lower() for w in re.findall(r"[\w'’-]+", mention) if w[:1].isupper()]
    mine += [w.lower() for w in name_words(q.speaker)]
    lo, hi = min(q.start, q.speaker_start), max(q.end, q.speaker_end)
    window = text[start:end]
    sentences, first, last = paragraph_sentences(window, lo, hi)
    sexes = first_sex(q.speaker), first_sex(speaker)
    rest = (window[: q.start] + " " + window[q.end :]).lower()
    if according(q.cue) and said_between(window, q):
        return None  # "According to Vera Sal, the mayor told her “…”": the mayor's words, as Sal tells
    if not (own_saying(q.cue) or name_label(window, q) or according(q.cue)) or relayed(
        re.findall(r"[\w']+", rest)
    ):
        # the words may be passed on ("Sade Min shared the letter: “…”", "said, quoting the
        # speech"), unless each word that tells so is told to be no passing on of them
        if own_after_all(window, q.start, q.end, q.cue, sentences, last, mine, *sexes):
            return who  # "Piet Mayo repeated his claim: “…”" of Marta Colt's words
        return None
    cue = [t for sentence in sentences[first:last] for t in sentence]
    roles = roles_of(speaker, around)
    theirs = first == 0 and no_one_between(speaker, q.speaker, roles, text, match.start)
    if gives_speakers_words(cue, mine, speaker, roles, *sexes, theirs):
        return None  # "“…,” Bell said, giving the English for her answer"
    return who


def reacting(text: str, start: int, end: int, mention: re.Match[str], at: int) -> bool:
    """The draft's speaker's mention in the words' paragraph is a sentence of its own after the
    quotation and its cue that tells only of their reacting to it, their name and a verb of
    reacting in the face, the voice or the body, or of taking issue ("“…,” said Maren Holt, “and
    I mean that.” Wenna Dorn disagreed."): someone answering the speaker, not sharing the words."""
    q = holding_quote(text, start, end, at, spoken=True)
    if q is None or q.speaker_end is None:
        return False
    plain = QUOTATION.sub(masked, text[start:end])
    here = mention.start() - start
    starts = [0] + [m.end() for m in SENTENCE_BREAK.finditer(plain)] + [len(plain)]
    first = max(k for k, s in enumerate(starts[:-1]) if s <= here)
    lo, hi = starts[first], starts[first + 1]
    if lo < max(q.end, q.speaker_end):
        return False
    tokens = re.findall(r"[^\s.!?]+", plain[lo:hi])
    if not tokens or tokens[-1].lower() not in TURN_REACTION_FORMS or len(tokens) > 4:
        return False
    return (
        all(t[:1].isupper() and t.lower() not in PRONOUNS for t in tokens[:-1])
        and plain[lo:hi].rstrip()[-1:] == "."
    )


ACCORDING_TO: Final = re.compile(r"\b[Aa]ccording\s+to\s+(?:[A-Z][\w'’.]*(?:\s+|-)){0,3}$")
"""What stands before a surname that is the one who tells another's words ("according to Halle ")."""


def reporting(text: str, start: int, end: int, mention: re.Match[str], at: int) -> bool:
    """The draft's speaker's mention in the words' paragraph is whom "according to" names as
    telling of them, in the sentence whose own cue names another speaker in full ("According to
    Junia Holt, the treasurer, Tomas Dorn told the meeting: “…”", "“…,” Tomas Dorn said in a
    private meeting, according to Junia Holt, who was present"): the words are Dorn's, as Holt
    tells them."""
    if not ACCORDING_TO.search(text, max(start, mention.start() - 60), mention.start()):
        return False
    q = holding_quote(text, start, end, at, spoken=True)
    if q is None or q.speaker_start is None or q.speaker_end is None or not own_saying(q.cue):
        return False
    named = text[start + q.speaker_start : start + q.speaker_end].split()
    if (
        len(named) < 2
        or not all(w[:1].isupper() for w in named)
        or mention.group().lower() in (w.lower() for w in named)
    ):
        return False
    plain = QUOTATION.sub(masked, text[start:end])
    here = mention.start() - start
    _, first, last = paragraph_sentences(plain, min(here, q.speaker_start), max(here, q.speaker_end))
    return last - first == 1


def never_named(speaker: str, match: Match) -> bool:
    """Whether the draft's speaker, a name, goes unnamed by the whole source: no word of the
    name's surname anywhere in it."""
    surname = name_words(speaker)[-1:] if is_name(speaker) else []
    return bool(surname) and re.search(rf"\b{re.escape(surname[0])}\b", match.source.text, re.I) is None


ASIDE_AFTER = re.compile(r"(?:,\s+|\s+(?=(?:of|from|at)\s+[A-Z]))([^.;:!?“”‘\n]{1,160})")
"""What a source tells of a person after their name, set off by a comma or linked to a body
("Wren Halloway, a resident who …", "Ivo Dent of Kelby University")."""
OWN_BODY_WORDS = frozenset({"its", "our", "we"})
"""Words by which a body's release tells of one of its own people ("its chair", "our director")."""


def outsider(speaker: str, match: Match, accounts: Mapping[str, str] | None) -> str | None:
    """Whom a body's release, given by the draft to the body's press officer (``relaying_role``),
    names as saying the words, when it tells of them as someone outside the body: a name with an
    aside that names no word of the body ("the council's", "its chair", "a councillor") and either
    names another body or place ("captain of the Harlow Rowing Club", "of Kelby University") or
    calls them someone that holds no post or office ("a resident who opposes the plan", not "a
    councillor on the audit panel"). A bare name, or
    one of the body's own people, may be the officer's to quote: None."""
    text = match.source.text
    author = match.said_by or ""
    theirs = [
        w.lower()
        for w in re.findall(r"[\w'’-]+", author)
        if len(w) > 2 and w[:1].isupper() and w.lower() not in DETERMINERS
    ]
    start, end = paragraph_of(match)
    q = holding_quote(text, start, end, match.start, spoken=True)
    if q is None or not q.speaker:  # spoken: it has a speaker (said for the type checker)
        return None
    if q.speaker_start is None or q.speaker_end is None:
        return None
    who = q.speaker
    if (
        len(name_words(who)) < 2
        or not is_named(who)
        or organisation(who)
        or same_person(speaker, who, accounts)
    ):
        return None
    aside = ASIDE_AFTER.match(text, start + q.speaker_end, end)
    told = aside.group(1) if aside else ""
    before = text[start + q.speaker_start : start + q.speaker_end].replace(who, " ")
    words = re.findall(r"[\w'’-]+", before + " " + told)
    low = [re.sub(r"['’]s$", "", w).lower() for w in words]
    if not told or any(w in OWN_BODY_WORDS or any(w.startswith(t) for t in theirs) for w in low):
        return None
    others = [w for w, lw in zip(words, low, strict=True) if w[:1].isupper() and lw not in TITLES]
    head = (told.split() or [""])[0].lower()
    post = any(w in MEMBER_ROLES or w in BODY_VOICE_POSTS or w in OFFICE_NOUNS for w in low)
    if others or (head in ("a", "an") and not post):
        return who
    return None


def own_column(speaker: str, match: Match, accounts: Mapping[str, str] | None) -> bool:
    """The source is a page or document by the draft's speaker (a column, an essay, a speech's
    text) and not a release: words it sets in quotation marks are someone its writer quotes,
    unless it says the writer said them ("I told the council: “…”")."""
    author = match.said_by
    return (
        bool(author)
        and match.source.kind in ("page", "document")
        and not organisation(speaker)
        and same_person(speaker, author or "", accounts)
    )


def quotes_another(speaker: str, match: Match, accounts: Mapping[str, str] | None) -> bool:
    """In the writer's own page (``own_column``), the quotation holding the words is given to no
    one or to someone not the writer: not "I said", "we wrote", nor the writer by name."""
    start, end = paragraph_of(match)
    text = match.source.text
    q = holding_quote(text, start, end, match.start)
    if q is None:
        return True
    if not q.speaker or q.speaker_start is None or q.speaker_end is None:
        return True
    mention = text[start + q.speaker_start : start + q.speaker_end]
    first = (mention.split() or [""])[0].lower()
    mine = q.speaker.lower() in SELF_PRONOUNS or first in SELF_PRONOUNS or first in FIRST_PERSON_OWNERS
    if not mine and told_of_writer(speaker, text, start + min(q.start - 1, q.speaker_start), mention):
        return False  # "Rhea Mallory visited the school. “…,” the mayor said." on her own page
    return not mine and not same_person(speaker, q.speaker, accounts)


def told_of_writer(speaker: str, text: str, at: int, mention: str) -> bool:
    """On a page by the draft's speaker written of her in the third person, a cue that points
    back ("the mayor", "the candidate", "she" of a woman's name) right after the page names her in
    full (in the sentence before or the same one), with no one else named, owning a noun or
    called by a person noun in between: the cue is the writer's. A description that brings in
    someone ("a nurse", "my husband", "the harbour master" after another's name) is not."""
    words = mention.split()
    low = [w.lower() for w in words]
    if len(words) == 1:
        sex = PRONOUN_SEX.get(low[0], "")
        if not sex or first_sex(speaker) != sex:
            return False
    elif low[0] != "the" or not all(w.isalpha() and w.islower() for w in words[1:]):
        return False
    names = name_words(speaker)
    if len(names) < 2:
        return False
    full = r"\s+".join(map(re.escape, names))
    named = list(re.compile(rf"\b{full}\b", re.I).finditer(text, max(0, at - PAGE_REACH), at))
    if not named:
        return False
    stretch = text[named[-1].end() : at]
    if len(SENTENCE_BREAK.findall(stretch.rstrip())) > 0:
        return False  # named further back than the sentence before
    return no_one_in(stretch, speaker, set(), pairs=False)


ONE_BLOCK_LINES = 2
"""Lines of text on a page, a title's and one more, when its extractor could not split it."""
ONE_BLOCK_REACH = 4 * PAGE_REACH
"""Characters of a page counted for its lines (``one_block``)."""


def one_block(text: str) -> bool:
    """A page of at most a title and one block of text (read within ONE_BLOCK_REACH characters):
    its extractor could not tell its paragraphs apart."""
    return sum(1 for line in text[:ONE_BLOCK_REACH].split("\n") if line.strip()) <= ONE_BLOCK_LINES


def sentence_run(text: str, start: int, end: int, match: Match) -> tuple[int, int]:
    """A paragraph for the words of a page its extractor left in one block: from the sentence
    before the one where their quotation opens (who is introduced: "Ivo Pell, the engineer, was
    blunt.") to the end of the sentence after the one where it closes (its cue, and what is
    told of it: "He was interpreting for the mayor."; not another quotation), sentences told
    apart outside quotation marks of either style. ``start, end`` as they were when no quotation holds the words."""
    window = text[start:end]
    at = match.start - start
    spans = spans_in(window)
    held = [s for s in spans if s.start <= at < s.end + 1]
    if not held:
        return start, end
    span = held[-1]
    opened, closed = span.start - 1, span.end
    breaks = [
        m.end()
        for m in SENTENCE_BREAK.finditer(window)
        if not any(s.start <= m.start() < s.end for s in spans)
    ]
    before = [b for b in breaks if b <= opened]
    run_start = before[-2] if len(before) > 1 else 0
    after = [b for b in breaks if b > closed]
    run_end = after[1] if len(after) > 1 else len(window)
    if after and any(after[0] <= s.start < run_end for s in spans):
        run_end = after[0]  # the next sentence is another quotation, not told of this one
    return start + run_start, start + run_end


def another_body(speaker: str, match: Match) -> bool:
    """A speaker whose name reads as a body's ("Tom Council", "Mara Guild", "the Kelby Bakers'
    Guild") against a release whose author shares no word of that name: the release's words are
    its author's and its people's, so such a speaker is a person with a surname like a body's
    word, or another body, and whom the release names as saying them tells which."""
    author = match.said_by
    if match.source.kind != "release" or not author or author.startswith("@") or not organisation(author):
        return False
    theirs = set(name_words(author))
    # a word of the speaker's name that is neither the author's nor a body's word ("Tom", "Kelby");
    # "the Board", "Harlow Council" may be the author's own name cut short, initials its own
    own = [w for w in speaker.split() if w[:1].isupper() and not w.isupper()]
    return any(w not in theirs and w not in BODY_NAME_WORDS for w in name_words(" ".join(own)))


def serving_mention(
    speaker: str, match: Match, start: int, end: int, accounts: Mapping[str, str] | None
) -> str | None:
    """The page's own mention of who said the words, when it describes someone by the draft
    speaker ("Varga’s office", "Ilse Varga's daughter", "a spokesman for Varga"): the words are
    that person's, not the speaker's own. Whether they may stand for the speaker is
    ``speaks_for_speaker``'s to tell."""
    text = match.source.text
    q = holding_quote(text, start, end, match.start)
    if q is None:
        return None
    if q.speaker_start is None or q.speaker_end is None:
        return None
    mention = text[start + q.speaker_start : start + q.speaker_end]
    who = q.speaker or ""
    named = name_words(who)
    if (
        who != mention
        and len(named) > 1
        and named[-1:] == name_words(speaker)[-1:]
        and same_person(speaker, who, accounts)
    ):
        return None  # "Mallory’s husband, Piet Mallory, said" of Piet Mallory: the name is his
    own, others, role = describe(mention)
    head = role[-1].lower() if role else ""
    person = speaks_for(role) or head in ENTOURAGE_NOUNS or head in KIN_NOUNS or known_person(head)
    # "Varga’s statement said", "Varga’s letter reads": her own words, no one else's
    if (
        own is None
        and person
        and head not in WORDS_HELD
        and any(same_person(speaker, o, accounts) for o in others)
    ):
        return mention
    return None


def speaks_for_speaker(said_by: str, speaker: str, accounts: Mapping[str, str] | None) -> bool:
    """The source's speaker is described as speaking for the draft's ("Varga’s office", "a
    spokesman for Ilse Varga", "Varga's campaign"): the words may be hers, given out by her
    people, but are not confirmed as her own. A relative or a neighbour ("Varga’s daughter")
    speaks for no one but themselves."""
    own, others, role = describe(said_by)
    entourage = len(role) == 1 and role[0].lower() in ENTOURAGE_NOUNS
    return (
        own is None
        and (speaks_for(role) or entourage)
        and any(same_person(speaker, o, accounts) for o in others)
    )


OWNED_NOUN = re.compile(r"[’']s\s+([a-z][\w-]*)")


GIVEN_BEFORE = re.compile(r"([A-Z][a-z]+)\s+\Z")


def namesake(text: str, at: int, speaker: str) -> bool:
    """The surname at ``at`` comes after another given name than the draft speaker's ("Ann
    Okafor" where the draft quotes Ben Okafor): a namesake, not the draft's speaker."""
    given = GIVEN_BEFORE.search(text, max(0, at - 30), at)
    if given is None:
        return False
    first = given.group(1).lower()
    own = [w.lower() for w in name_words(speaker)[:-1]]
    return bool(own) and first not in own and (first in FEMALE_FIRST or first in MALE_FIRST)


def whose_person(text: str, at: int) -> bool:
    """The name ending at ``at`` only owns a person ("Varga’s deputy, Tobiah Wrenn, said"):
    it names whose deputy speaks, not who speaks. "Varga’s warning" may be the words."""
    owned = OWNED_NOUN.match(text, at)
    return bool(owned and known_person(owned.group(1)) and owned.group(1) not in WORDS_HELD)


def named_here(window: str, at: int, voicer: str, speaker: str, sex: str) -> bool:
    """The person a pronoun cue before ``at`` stands for, by extraction, is named in full earlier
    in the same paragraph (``window``), no one else is named or called by a person noun between
    that name and the words, and the pronoun cannot be the draft's speaker named earlier: the
    voicer's given name is of the pronoun's sex, or, when it tells none ("Tobiah"), the draft
    speaker's is of the other sex ("Ilse Varga … . Tobiah Wrenn sat down. ‘…,’ she said." may
    be Varga's words). ``speaker`` empty: the page never names the draft's speaker, so the
    pronoun cannot be theirs and a voicer's given name that tells no sex is enough."""
    names = name_words(voicer)
    if len(names) < 2 or not is_named(voicer):
        return False
    if first_sex(voicer) != sex and (
        first_sex(voicer) or (bool(speaker) and first_sex(speaker) in ("", sex))
    ):
        return False
    full = r"\s+".join(map(re.escape, names))
    named = list(re.finditer(rf"\b{full}\b", window[:at], re.I))
    if not named:
        return False
    aside = APPOSITIVE.match(window, named[-1].end())  # ", the board’s engineer," is who they are
    stretch = window[aside.end() if aside else named[-1].end() : at]
    if not speaker and first_sex(voicer) != sex and INDEFINITE.search(QUOTATION.sub(masked, stretch)):
        return False  # "Wren Holt introduced a lock keeper. “…,” he said.": the newcomer may speak
    return no_one_in(stretch, voicer, set())


INDEFINITE: Final = re.compile(r"\b(?i:an?)\s+[a-z]")
"""A person or thing brought in by an indefinite description ("a retired lock keeper"): a pronoun
after it may stand for that newcomer rather than for the one named before."""


APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[^,.;:“”‘\"\n]{1,60},")
"""An aside after a name saying who the person is: ", the board’s engineer,"."""


INTRODUCED = re.compile(r"\b([A-Z][\w'’-]+) (?=([A-Z][\w'’-]+)\b)")
"""Two capitalised words in a row, a given name (or title) and what may be a surname."""


def unintroduced(text: str, before: int, surname: str) -> bool:
    """A surname the page names nowhere before with a given name or a title (no "Tobiah Wrenn",
    no "Dr Wrenn"): a person of its own, no one else's second mention."""
    if not surname[:1].isupper() or organisation(surname) or surname.lower() in PERSONAL_PRONOUNS:
        return False
    return not re.search(
        rf"\b[A-Z][\w'’.-]*\s+{re.escape(surname)}\b", text[max(0, before - 8 * PAGE_REACH) : before]
    )


def introduced(text: str, before: int, surname: str) -> str | None:
    """The one person a page names in full earlier with this surname ("Bram Odenkirk, a
    councillor, …" before "“…,” Odenkirk said."), as a page introduces someone before it
    quotes them by surname alone; None when it names none, or two with that surname. A page that
    names them in full only further on (a live blog, newest entry first: "14:12 Vandermeer: “…”"
    above "14:05 Director Piet Vandermeer is first to speak") introduces them there."""
    if not surname[:1].isupper():
        return None
    found = full_names(text, max(0, before - 8 * PAGE_REACH), before, surname)
    if not found:
        found = full_names(text, before, before + 8 * PAGE_REACH, surname)
    return found.pop() if len(found) == 1 else None


def full_names(text: str, start: int, end: int, surname: str) -> set[str]:
    """The people named in full with this surname between ``start`` and ``end``."""
    found = set()
    for m in INTRODUCED.finditer(text, start, end):
        given = m.group(1)
        low = given.lower()
        if m.group(2) != surname or low in TITLES or low + "." in TITLES or low in DETERMINERS:
            continue
        found.add(f"{given} {surname}")
    return found


INNER_REACH = 400
"""Characters of a turn or post read either side of quoted words to find whom they quote."""
OPENING_MARK = re.compile(r"[“‘\"]|(?<!\w)'")
INNER_MARK = re.compile(r"‘|(?<!\w)'")


def quoted_from_another(match: Match) -> tuple[str, str, bool] | None:
    """``(the source's speaker, whom they quote, plainly)`` when the matched words stand in quotation
    marks inside the source speaker's own words and the source says someone else said them: a
    transcript turn or a post ("ILSE VARGA: Councillor Odenkirk told me, 'This town cannot…'")
    or a quote within the quote a page gives its speaker ("“An engineer told me, ‘The main will
    not survive,’ and I believed him,” Varga said."). The speaker's own words quoted again ("I
    told them, 'We will not close'") and words whose teller the source does not say are theirs.
    ``plainly``: the sentence opens on the person quoted (a title aside), as a report does, not
    on "If", "Had", "Maybe" or "Vera Sal's critics" (see ``plain_report``)."""

    source, text = match.source, match.source.text
    if source.turns or source.kind == "post":
        k = turn_of(match, match.start)
        lo, hi = (source.turns[k].start, source.turns[k].end) if k >= 0 else (0, len(text))
        outer = match.said_by
        lo, hi = max(lo, match.start - INNER_REACH), min(hi, match.end + INNER_REACH)
    else:
        if not quoted_within(match) or not INNER_MARK.search(
            text, max(0, match.start - PAGE_REACH), match.start
        ):
            return None  # a quotation within a quotation opens on a single mark
        lo, hi = paragraph_of(match)
        around = [
            q
            for q in quotes_in(text[lo:hi])
            if q.kind == "quote" and q.start <= match.start - lo and match.end - lo <= q.end + 1
        ]
        if not around or not around[0].speaker:
            return None
        outer, lo, hi = around[0].speaker, lo + around[0].start, lo + around[0].end
    if not outer or not OPENING_MARK.search(text, lo, match.start):
        return None  # no mark opens before the words (an apostrophe inside a word is none)
    for q in quotes_in(text[lo:hi]):
        if q.kind != "quote" or not (q.start <= match.start - lo + 1 and match.end - lo <= q.end + 1):
            continue
        if not q.speaker or q.speaker_start is None or q.speaker_end is None:
            return None
        mention = text[lo + q.speaker_start : lo + q.speaker_end]
        first = (mention.split() or [""])[0].lower()
        # "Our message is simple: '…'", "My advice to parents is this: '…'": a phrase of one's own
        # brought in by a colon, with no verb of saying, is what the speaker says; "My father
        # told me, '…'" names another
        owner = q.speaker.split()[0].lower() in FIRST_PERSON_OWNERS or first in FIRST_PERSON_OWNERS
        own = owner and (q.cue or "").lower() not in CUE_FORMS
        if mention.lower() in SELF_PRONOUNS or q.speaker.lower() in SELF_PRONOUNS or own:
            return None  # "I told them, '…'"
        if " " not in mention.strip() and first in CUE_FORMS and plain_report(text, lo, lo + q.speaker_start):
            return None  # "Told the council tonight: "…"": a verb opening the sentence names no one
        if said_again(text, lo, hi, match, (lo + q.start, lo + q.end)):
            return None
        other = q.speaker
        if other.split()[0].lower() in DETERMINERS:
            other = other[0].lower() + other[1:]  # "An engineer told me" → "an engineer"
        plain = (
            plain_report(text, lo, lo + q.speaker_start)
            and not denied(text, lo + q.speaker_end, lo + q.start)
            and not supposed(q.speaker)
        )
        return outer, other, plain
    return None


def said_again(text: str, lo: int, hi: int, match: Match, inner: tuple[int, int]) -> bool:
    """The matched words stand again in ``text[lo:hi]`` outside the inner quotation ``inner``,
    in the source speaker's own voice, not quoted again ("Halloran told me, 'The reservoir
    stood at forty percent.' And he is right. The reservoir stood at forty percent.")."""
    words = re.findall(r"\w+", text[match.start : match.end].lower())
    if not words:
        return False
    pattern = re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
    return any(
        not inner[0] <= m.start() < inner[1]
        and not OPENING_MARK.search(text, max(lo, m.start() - 2), m.start())
        for m in pattern.finditer(text, lo, hi)
    )


def denied(text: str, after_name: int, quote_start: int) -> bool:
    """The words between the person named and the words quoted deny or suppose that they said them
    ("Halloran never once said to me, '…'", "Halloran would tell you, '…'"): no plain report."""
    between = text[after_name:quote_start] if after_name <= quote_start else ""
    return bool(set(expand(re.findall(r"[\w'’]+", between))) & (MODALS | NEGATIONS))


SENTENCE_END = re.compile(r"[.!?…:;]\s")


def plain_report(text: str, lo: int, mention: int) -> bool:
    """The sentence before ``mention`` holds nothing but titles ("Councillor Odenkirk told me"):
    a report of what the person said, not a supposition ("Had Vera Sal said, …")."""
    ends = [m.end() for m in SENTENCE_END.finditer(text, lo, mention)]
    words = text[ends[-1] if ends else lo : mention].split()
    return all(w.lower() in TITLES or w.lower() + "." in TITLES for w in words)


def relaying_role(role: str | None) -> bool:
    """A role of giving out a body's words ("a spokesman for Quay Harbour Trust", "the trust's
    press officer"): its release's words may be given to such a person whoever it names as
    saying them. A chair or a chief executive is one of the people a release quotes, and words it
    gives to another of them by name are not theirs."""
    return any(
        w.strip(",.").lower() in SPEAKS_FOR or w.strip(",.").lower() in PRESS_WORDS
        for w in (role or "").split()
    )


ROLE_AFTER = re.compile(
    r",\s+(?:the|a|an)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"(?=\s+(?:who|which|that|of|for|at|in|on|from|with|and)\b|\s*[,.;:)]|\s*$)"
)
"""What a page calls a person after their name: "Fiona Tregarth, the engineer who …"."""
TITLE_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
"""A title before a person's full name: "Engineer Marta Colt"."""


def roles_of(speaker: str, text: str) -> set[str]:
    """What the page calls the draft's speaker beside their name, and no one else ("the engineer"
    of "Fiona Tregarth, the engineer who surveyed …", "Engineer Marta Colt"): whom "the
    engineer's warning" may name."""
    names = name_words(speaker)
    found: set[str] = set()
    if not names:
        return found
    full = r"\s+".join(map(re.escape, names))
    for m in re.finditer(rf"\b(?:{full}|{re.escape(names[-1])})\b", text, re.I):
        after = ROLE_AFTER.match(text, m.end())
        if after:
            found.add(after.group(1).lower())
        before = TITLE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and len(m.group().split()) == len(names) > 1:
            found.add(before.group(1).lower())
    return {role for role in found if not held_by_another(role, names[-1], text)}


def held_by_another(role: str, surname: str, text: str) -> bool:
    """The page also sets the role beside another name ("Emil Sandor, the engineer", "Engineer
    Emil Sandor"): "the engineer" may be either."""
    words = r"\s+".join(map(re.escape, role.split()))
    beside = rf"([A-Z][\w'’-]*),\s+(?:the|a|an)\s+{words}\b|\b{words}\s+(?:[A-Z][\w'’-]*\s+)?([A-Z][\w'’-]*)"
    for m in re.finditer(beside, text, re.I):
        name = (m.group(1) or m.group(2) or "").lower()
        if name and name[:1].isalpha() and name != surname and (m.group(1) or m.group(2) or "")[:1].isupper():
            return True
    return False


NAME_PAIR = re.compile(r"\b([A-Z][\w'’-]+) ([A-Z][\w'’-]+)")


def no_one_between(speaker: str, voicer: str, roles: set[str], text: str, at: int) -> bool:
    """No one but the voicer is named or called by a person noun between the draft speaker's
    last mention before ``at`` and ``at``: a "her" there of the speaker's sex that is not the
    voicer's stands for the speaker."""
    surname = name_words(speaker)[-1:]
    if not surname:
        return False
    reach = max(0, at - 4 * PAGE_REACH)
    mentions = list(re.finditer(rf"\b{re.escape(surname[0])}\b", text[reach:at], re.I))
    if not mentions:
        return False
    return no_one_in(text[reach + mentions[-1].end() : at], voicer, roles)


def no_one_in(stretch: str, voicer: str, roles: set[str], pairs: bool = True) -> bool:
    """No one but the voicer is named, owns a noun ("her sister") or is called by a person noun
    (other than what the page calls the draft's speaker, ``roles``) in this stretch of a page;
    without ``pairs``, two capitalised words in a row ("Kelby Primary") are not read as a name
    unless the first is a given name."""
    voice = {w.lower() for w in name_words(voicer)}
    between = QUOTATION.sub(masked, stretch)
    for pair in NAME_PAIR.finditer(between) if pairs else ():
        first, second = (re.sub(r"['’]s$", "", w).lower() for w in pair.groups())
        if first not in voice and second not in voice and first not in DETERMINERS and first not in PRONOUNS:
            return False  # another name of two words
    words = re.findall(r"[\w'’-]+", between)
    for w, nxt in itertools.pairwise(words):
        if w.lower() in POSSESSIVE_DETERMINERS and nxt.lower() not in WORDS_HELD:
            return False  # "her sister", whoever the noun is
    for w in words:
        bare = re.sub(r"['’]s$", "", w).lower()
        if bare in voice:
            continue
        if w[:1].isupper() and (bare in FEMALE_FIRST or bare in MALE_FIRST):
            return False  # "Nadia Okafor answered next"
        if known_person(bare) and not bare.endswith("s") and not any(bare in r.split() for r in roles):
            return False  # "the harbour chief", not "the mayor" the page calls the speaker
    return True


def according(cue: str | None) -> bool:
    """The cue is "according to" a person ("According to Vera Sal, “…”", "“…,” according to
    Sal"): the page gives the words as hers, as a verb of saying does (``own_saying``); a document
    or body named so is no person (``is_named``, asked of the speaker after)."""
    return (cue or "").lower().split() == ["according", "to"]


def said_between(window: str, q: Quote) -> bool:
    """A verb of saying stands between the person a quotation is "according to" and its words
    ("According to Vera Sal, the mayor told her “…”", "According to Sal, Dunne said in May:
    “…”"): someone else is told as speaking them, she only passes them on."""
    if q.speaker_end is None or q.speaker_end >= q.start:
        return False
    return any(w in CUE_FORMS for w in re.findall(r"[\w']+", window[q.speaker_end : q.start].lower()))


def own_saying(cue: str | None) -> bool:
    """The page's cue is a verb of saying one's own words ("said", "told", "added"), not of
    passing words on ("shared", "quoting", "read"): only then does the page name their speaker."""
    heads = [CUE_FORMS.get(w.lower()) for w in (cue or "").split()]
    return any(h in CORE and h not in RELAY_LEMMAS for h in heads)


CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]m)?[:—–-]?|[—–-]")
"""A live blog's time before an entry ("14:12", "2.05pm") or a dash after it."""
NAME_LABEL = re.compile(r"\s*:\s*[“\"‘']")
"""A name set as a label before the words: "Vandermeer: “…”"."""


def name_label(window: str, q: Quote) -> bool:
    """The paragraph is a name, a title before it at most, then a colon and the words ("Director
    Vandermeer: “…”", "14:12 Vandermeer: “…”", as a live blog's entry or a Q&A gives a speaker's
    words): the words are the
    name's own. Not "Vandermeer read the letter: “…”", nor a name inside a sentence."""
    if q.cue != ":" or q.speaker_start is None or q.speaker_end is None:
        return False
    before = window[: q.speaker_start].split()
    return all(w.lower().rstrip(".") in TITLES or CLOCK.fullmatch(w) for w in before) and bool(
        NAME_LABEL.match(window, q.speaker_end)
    )


def first_sex(name: str) -> str:
    """ "f" or "m" when the name's first word is a given name of one sex, else ""."""
    words = name_words(name)
    first = words[0].lower() if words else ""
    return "f" if first in FEMALE_FIRST and first not in MALE_FIRST else "m" if first in MALE_FIRST else ""


QUOTATION = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
QUOTED_MARK = "\ue000"
"""What each character inside a quotation becomes in ``paragraph_sentences``: no word, no stop."""
SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s+(?=[“\"‘(A-Z])")
CLAUSE_TOKEN = re.compile(QUOTED_MARK + r"+|[\w'’-]+|[^\w\s]")


def masked(quotation: re.Match[str]) -> str:
    """A quotation with its words hidden and its marks kept, as long as it was; a full stop,
    question or exclamation mark that closes its words is kept too (it may end the sentence)."""
    text = quotation.group()
    stop = text[-2] if len(text) > 2 and text[-2] in ".!?" else ""
    return text[0] + QUOTED_MARK * (len(text) - 2 - len(stop)) + stop + text[-1]


def paragraph_sentences(text: str, lo: int, hi: int) -> tuple[list[list[str]], int, int]:
    """The tokens of each sentence of ``text``, each quotation in them one QUOTED_MARK token
    (what the page says around the words, not in them), with the first and the end index of
    the sentences that hold ``lo``..``hi`` (a quote and the mention of its speaker). A stop
    inside a quotation ends no sentence unless it closes it."""
    plain = QUOTATION.sub(masked, text)
    starts = [0] + [m.end() for m in SENTENCE_BREAK.finditer(plain)] + [len(plain)]
    first = max(k for k, at in enumerate(starts[:-1]) if at <= lo)
    last = next((k for k in range(first + 1, len(starts)) if starts[k] >= hi), len(starts) - 1)
    return [CLAUSE_TOKEN.findall(plain, a, b) for a, b in itertools.pairwise(starts)], first, last


def relayed(words: list[str]) -> int:
    """How many words of a paragraph tell that its speaker may pass on another's words: a
    verb that reads out, translates, relays or shares them, "pass on", an interpreter."""
    return sum(
        w in RELAY_FORMS or (w in PASS_FORMS and words[k + 1 : k + 2] == ["on"]) for k, w in enumerate(words)
    )


WORDS_HELD = WORDS_NOUNS | UTTERANCE_NOUNS | OPINION_NOUNS | READ_OUT_NOUNS | PASSAGE_NOUNS
"""Nouns of words or of what holds them ("warning", "letter", "findings", "passage")."""
AGENT_ENDS = ("or", "ors", "ist", "ists", "ian", "ians")
"""Endings of a noun that may name a person not known as one ("surveyor", "geologist")."""


def own_after_all(
    window: str, q_start: int, q_end: int, cue: str | None, sentences: list[list[str]], last: int,
    voicer: list[str], voicer_sex: str, speaker_sex: str,
) -> bool:  # fmt: skip
    """For a page's quote whose cue or paragraph tells of words passed on (a cue that is no verb
    of one's own saying, or a verb or noun of ``relayed`` anywhere in the paragraph), whether
    every such word is told to be no passing on of the draft speaker's words: another's act
    ("Ann Lee read out the letter", "the contract was translated", "after she read the report"
    of a man's words), one at another time ("said, before translating", "He later shared the
    post"), an object that is the voicer's own or no one's words ("repeated his claim" of a man
    before a woman's words, "citing rising costs", "repeating himself"), an interpreter spoken
    through or no longer ("through an interpreter", "her former interpreter"). Then the page's
    named voicer said them. ``sentences``: the paragraph's (``paragraph_sentences``); those from
    ``last`` on come after the quote's."""
    plain = QUOTATION.sub(masked, window)
    raw = window[:q_start] + " " + window[q_end:]
    seen = plain[:q_start] + " " + plain[q_end:]
    if relayed(re.findall(r"[\w']+", raw.lower())) != relayed(re.findall(r"[\w']+", seen.lower())):
        return False  # a word of passing on inside a quotation: nothing told of it
    if not own_saying(cue) and not any(w.lower() in RELAY_VERBS for w in (cue or "").split()):
        return False  # a cue of no saying at all ("Piet Mayo: “…”")
    for n, tokens in enumerate(sentences):
        for k, w in enumerate(tokens):
            word = w.lower()
            if word in INTERPRETER_NOUNS:
                told = no_interpreter_now(tokens, k, voicer)
            elif word in RELAY_VERBS or (word in PASS_FORMS and tokens[k + 1 : k + 2] == ["on"]):
                told = not_passed_on(tokens, k, voicer, voicer_sex, speaker_sex, n >= last)
            else:
                continue
            if not told:
                return False
    return True


def no_words_nor_people(clause: list[str], voicer: list[str]) -> bool:
    """The words hold no one's words, no one's own and no person ("three novels", "rising costs")."""
    words = [w.lower() for w in clause]
    return not any(
        w in WORDS_HELD
        or w in LANGUAGE_NAMES
        or w in LANGUAGE_TEXT_NOUNS
        or w in POSSESSIVE_DETERMINERS
        or w.endswith(POSSESSIVE_ENDS)
        or person_noun(w)
        or (c[:1].isupper() and c.lower() not in voicer)
        for c, w in zip(clause, words, strict=True)
    )


def no_interpreter_now(tokens: list[str], k: int, voicer: list[str]) -> bool:
    """The interpreter noun at ``k`` is no one now voicing another's words: one spoken through
    ("said through an interpreter", "via her translator"), none ("needed no interpreter"), a
    past trade ("her former interpreter", "who was once her interpreter") or a trade by training
    ("an interpreter by trade")."""
    if any(t.lower() in PAST_STATE_WORDS for t in tokens[max(0, k - 3) : k]):
        return True
    after = [t.lower() for t in tokens[k + 1 : k + 3]]
    if len(after) == 2 and after[0] == "by" and after[1].isalpha() and after[1] not in DETERMINERS:
        return tokens[k + 2][:1].islower()  # "an interpreter by training"
    j = k - 1
    skipped = []
    while j >= 0 and (tokens[j].lower() in DETERMINERS or tokens[j].lower() in ("no", "an", "a")):
        skipped.append(tokens[j].lower())
        j -= 1
    if "no" in skipped:
        return True
    if after[:1] == ["of"]:
        thing = [t.lower() for t in clause_after(tokens, k + 2)]
        return bool(thing) and no_words_nor_people(clause_after(tokens, k + 2), voicer)  # "of three novels"
    named_next = after[:1] == [","] and tokens[k + 2 : k + 3] and tokens[k + 2].lower() in voicer
    return j >= 0 and tokens[j].lower() in THROUGH_PREPS and not named_next and after[:1] != [""]


def not_passed_on(
    tokens: list[str], k: int, voicer: list[str], voicer_sex: str, speaker_sex: str, later: bool
) -> bool:
    """The verb of passing words on at ``k`` (``RELAY_VERBS`` or "pass on") passes on none of the
    draft speaker's words: its subject is someone else (a name, "the council", "after she read"
    of a man voicer, "Ann Lee, who translated"), it is a passive or a participle used as an
    adjective ("after the contract was translated", "the translated text"), it happens at
    another time ("before translating", "having read", "He later shared" in a sentence after
    the quote's), or its object cannot be the draft speaker's words (``no_speakers_words``).
    ``later``: the sentence comes after the quote's."""
    word = tokens[k].lower()
    lemma = RELAY_VERBS.get(word, "pass")
    j = k - 1
    helpers: list[str] = []
    while j >= 0 and (tokens[j].lower() in AUXILIARIES or tokens[j].lower() in LATER):
        helpers.append(tokens[j].lower())
        j -= 1
    before = tokens[j].lower() if j >= 0 else ""
    ing = word.endswith("ing")
    rest = [t.lower() for t in tokens[k + 1 : k + 4]]
    by_voicer = "by" in rest and any(t in voicer or t in PRONOUN_GENDER for t in rest)
    passive = not ing and any(h in BE_FORMS for h in helpers)
    if passive:
        # "after the contract was translated"; not "by Tomas Bell", nor "Her statement was read
        # aloud" (words that may be the draft speaker's, read by whom the page does not say)
        start = max((i + 1 for i in range(j) if not tokens[i][:1].isalnum()), default=0)
        subject = [t.lower() for t in tokens[start : j + 1]]
        return not by_voicer and no_words_nor_people(tokens[start : j + 1], voicer) and bool(subject)
    voicers = before in voicer or (before in SUBJECT_SEX and SUBJECT_SEX[before] in (voicer_sex, ""))
    pointing = rest[:1] != [] and (rest[0] in POINTING_WORDS or rest[0] in OBJECT_PRONOUNS)
    if later and voicers and ("later" in helpers or tokens[0].lower() == "later") and not pointing:
        return True  # "“…,” Vask said. Vask later shared the post online."; not "later read it"
    if ing and before == "before" and not helpers:
        return True  # "said, before translating the reply"
    if (ing and before == "after" and not helpers) or before == "having" or "having" in helpers:
        # "said, after reading the engineer's report", "having read …"; not "after translating
        # her reply", whose words may be the ones said
        return lemma in ("read", "share", "cite") or no_words_nor_people(clause_after(tokens, k + 1), voicer)
    if not ing and word.endswith("ed") and before in (",", "(") and rest[:1] in ([")"], ["in"], ["by"]):
        return not by_voicer  # "Piet Mayo, quoted in the Ledger,", "said (translated)"
    if not ing and not helpers and before in ("the", "a", "an"):
        return True  # "the translated text": an adjective
    if before == "who" or before == "which":
        ante = tokens[j - 2] if j >= 2 and tokens[j - 1] == "," else ""
        if (
            before == "which"
            and ante.isalpha()
            and not known_person(ante.lower())
            and ante.lower() not in voicer
            and ante.lower() not in WORDS_HELD
        ):
            return True  # "told the hall, which then translated the figures"
        if ante.isalpha() and ante[:1].isupper() and ante.lower() not in voicer:
            return True  # "beside Ann Lee, who translated"
        return no_speakers_words(tokens, k, voicer, speaker_sex)
    if before in PRONOUN_GENDER and before not in SEXED_PRONOUNS.keys() - {"her"}:
        sex = PRONOUN_GENDER[before]
        translating = RELAY_VERBS.get(word) in TRANSLATE_LEMMAS and sex == speaker_sex
        if before != "her" and voicer_sex and sex != voicer_sex and not translating:
            return True  # "said after she read the report" of a man; not "as she translated"
        return no_speakers_words(tokens, k, voicer, speaker_sex)
    # another's act, of no one's words that may be the speaker's: "Ann Lee read out the letter",
    # "after the council shared its figures"; not "The board shared her statement"
    other = (
        before.isalpha() and tokens[j][:1].isupper() and before not in voicer and before not in PRONOUNS
    ) or (
        before.isalpha() and j > 0 and tokens[j - 1].lower() in ("the", "a", "an") and not person_noun(before)
    )
    if other:
        taken = [t.lower() for t in clause_after(tokens, k + 1)]
        return not any(
            t.endswith(POSSESSIVE_ENDS)
            or t == "their"
            or (t in SEXED_PRONOUNS and SEXED_PRONOUNS[t] in (speaker_sex, ""))
            or (t in SEXED_PRONOUNS and not speaker_sex)
            for t in taken
        )
    return no_speakers_words(tokens, k, voicer, speaker_sex)


def person_noun(word: str) -> bool:
    """A noun that names or may name a person ("the engineer", "his colleague", "a surveyor")."""
    return known_person(word) or word in ROLE_NOUNS or word in INTERPRETER_NOUNS or word.endswith(AGENT_ENDS)


def clause_after(tokens: list[str], at: int) -> list[str]:
    """The words from ``at`` up to the next mark (a comma, a stop, a dash, a quotation)."""
    end = at
    while end < len(tokens) and tokens[end][:1].isalnum():
        end += 1
    return tokens[at:end]


def no_speakers_words(tokens: list[str], k: int, voicer: list[str], speaker_sex: str) -> bool:
    """The object of the voicer's verb of passing words on at ``k`` cannot be the draft speaker's
    words: the voicer themself ("repeating himself"), a "his"/"her" of the other sex than the
    draft speaker's or the voicer's "own" with words no one else's ("repeated his claim" of a man
    before a woman's words, "reading from her own notes"), the feeling one shares by agreeing
    ("sharing the engineer's concerns"), or no words and no one at all ("citing rising costs",
    "shared the stage with the engineer"). Never "quoting …": whatever is quoted holds words."""
    word = tokens[k].lower()
    lemma = RELAY_VERBS.get(word, "pass")
    at = k + (2 if lemma == "pass" else 1)
    while at < len(tokens) and tokens[at].lower() in RELAY_PARTICLES:
        at += 1
    clause = clause_after(tokens, at)
    words = [w.lower() for w in clause]
    if not words:
        return False  # "who translated,": the words themselves
    if words[0] in REFLEXIVE_SEX:
        return True  # "repeating himself"
    follows = tokens[at + len(clause) : at + len(clause) + 2]
    # "Bell shared the news: “…”": what the verb takes is the quote itself
    introduces = follows[:1] in ([":"], ["“"], ['"']) or follows == [",", "“"] or follows == [",", '"']
    owners = [i for i, w in enumerate(words) if w in POSSESSIVE_DETERMINERS or w.endswith(POSSESSIVE_ENDS)]
    if (
        lemma == "share"
        and not introduces
        and owners
        and words[owners[0] + 1 : owners[0] + 2]
        and words[owners[0] + 1] in SHARED_FEELINGS
    ):
        return len(owners) == 1  # "sharing the engineer's concerns": agreeing
    names = [
        i
        for i, w in enumerate(clause)
        if w[:1].isupper() and not (i and words[i - 1] in ("at", "in", "on")) and w.lower() not in voicer
    ]
    people = [i for i, w in enumerate(words) if person_noun(w)]
    if names or people:
        return False
    sexes = [SUBJECT_SEX.get(w) or SEXED_PRONOUNS.get(w, "") for w in words]
    others = [n for n, sex in enumerate(sexes) if sex]
    if others and others[0] > 0 and not owners and all(sexes[n] != speaker_sex != "" for n in others):
        return True  # "repeated the warning he first gave in May" before a woman's words
    if owners:
        for i in owners:
            sex = SEXED_PRONOUNS.get(words[i], "")
            own = words[i + 1 : i + 2] == ["own"] and words[i] in POSSESSIVE_DETERMINERS
            if not own and not (sex and speaker_sex and sex != speaker_sex):
                return False
        return True  # "repeated his claim" of a man before a woman's words
    if len(words) == 1 and words[0] in SEXED_PRONOUNS:
        return bool(speaker_sex) and SEXED_PRONOUNS[words[0]] != speaker_sex  # "quoting him"
    if words[0] in NO_ONE:
        return True  # "quoting nobody in particular"
    if lemma not in THING_TAKERS or introduces or words[0] in OBJECT_PRONOUNS or words[0] in POINTING_WORDS:
        return False  # "read it aloud", "shared this", "relaying the outcome", "cited the line: “…”"
    if words[0].endswith("ly") or any(w in PRONOUNS or w in SAID_WHAT for w in words):
        return False  # "citing what she had told him"
    if words[0] in PREPOSITIONS_OF_SETTING or words[0] in ("for", "of", "into"):
        return False  # "translating for the mayor", "reading from the report"
    # "citing rising costs", "shared the stage"; not "shared the letter", "read a passage from"
    return not any(w in WORDS_HELD or w in LANGUAGE_NAMES or w in LANGUAGE_TEXT_NOUNS for w in words)


def gives_speakers_words(
    tokens: list[str], voicer: list[str], speaker: str, roles: set[str], voicer_sex: str, speaker_sex: str,
    pronoun_is_theirs: bool,
) -> bool:  # fmt: skip
    """The quote's sentence tells that its voicer, as they say the words, says again or gives
    in another language words it names as the draft speaker's: a verb of saying again
    (REPEAT_LEMMAS) whose object is the speaker's words or the speaker ("repeating the
    engineer's warning", "echoed Colt", "endorsed her warning" of a woman before a man's
    voice), or a verb of giving words in a language with the speaker's words and the language
    ("giving the English for her answer", "putting the mayor's reply into English", "rendering
    her words in Welsh", "giving an English version of her reply"). ``roles``: what the page or
    the draft calls the speaker ("engineer"); ``pronoun_is_theirs``: no other person is named
    between the speaker's last mention and the quote, so a "her" of the speaker's sex that is
    not the voicer's is the speaker's."""
    mine = [w.lower() for w in name_words(speaker)]
    if any(
        t[:1].isupper()
        and t.lower() not in voicer
        and t.lower() not in mine
        and t.lower() not in LANGUAGE_NAMES
        and tokens[k].lower() not in ("on", "in", "at")
        for k, t in enumerate(tokens[1:])
    ) or (
        tokens[:1] and tokens[0][:1].isupper() and not opener(tokens[0]) and tokens[0].lower() not in voicer
    ):
        return False  # "said Anton Pryce, not Emil Sandor, echoing the engineer": another voice
    if any(w in COORDINATORS for w in voicer):
        return False  # "said Anton Pryce and Emil Sandor, echoing the engineer": two voices
    for k, w in enumerate(tokens):
        word = w.lower()
        repeat = word in REPEAT_FORMS
        if not (repeat or word in RENDER_FORMS) or not voiced_at_once(tokens, k, voicer):
            continue
        clause = clause_after(tokens, k + 1)
        words = [c.lower() for c in clause]
        seen = (mine, roles, voicer_sex, speaker_sex, pronoun_is_theirs)
        if repeat:
            n = speakers_words_at(clause, 0, *seen) or speaker_at(clause, 0, *seen)
            if (
                not n
                and words[:1] == ["the"]
                and words[1:2]
                and words[1] in UTTERANCE_NOUNS
                and words[2:3] == ["of"]
            ):
                n = speaker_at(clause, 3, *seen)
                n = n and n + 3  # "echoing the words of the engineer"
            if n and plain_rest(clause[n:]):
                return True
            continue
        # a verb of giving words in a language
        n = speakers_words_at(clause, 0, *seen)
        language = words[n + 1 : n + 2] != [] and words[n + 1] in LANGUAGE_NAMES
        if n and words[n : n + 1] in (["in"], ["into"]) and language and plain_rest(clause[n + 2 :]):
            return True  # "rendering her reply in English"
        at = 1 if words[:1] and words[0] in ("the", "an", "a") else 0
        if words[at : at + 1] and words[at] in LANGUAGE_NAMES:
            at += 1 + (words[at + 1 : at + 2] != [] and words[at + 1] in LANGUAGE_TEXT_NOUNS)
            if words[at : at + 1] in (["for"], ["of"]):
                n = speakers_words_at(clause, at + 1, *seen)
                if n and plain_rest(clause[at + 1 + n :]):
                    return True  # "giving the English for her answer"
    return False


def plain_rest(tokens: list[str]) -> bool:
    """What follows the draft speaker's words in the voicer's clause leaves them theirs: nothing,
    or a setting ("to the council", "in English") with no one's own or other words in it."""
    if not tokens:
        return True
    if tokens[0].lower() not in PREPOSITIONS_OF_SETTING:
        return False
    return not any(
        w.lower() == "own" or w.lower() in POSSESSIVE_DETERMINERS or w.lower().endswith(POSSESSIVE_ENDS)
        for w in tokens
    )


def opener(word: str) -> bool:
    """A capitalised word that opens a sentence and names no one ("The", "At", "Repeating")."""
    lower = word.lower()
    return (
        lower in DETERMINERS
        or lower in PRONOUNS
        or lower in PREPOSITIONS_OF_SETTING
        or lower in SUBORDINATORS
        or lower.endswith("ing")
    )


def voiced_at_once(tokens: list[str], k: int, voicer: list[str]) -> bool:
    """The verb at ``k`` is the voicer's as they say the words: a participle set off after the
    cue ("said, repeating") or opening the sentence before the voicer ("Repeating …, Bell
    said"), or a verb with the voicer's name, or "who" after it, as its subject ("Bell echoed",
    "Bell, who echoed …,")."""
    word = tokens[k].lower()
    before = tokens[k - 1].lower() if k else ""
    if word.endswith("ing"):
        if k == 0:
            end = k + 1 + len(clause_after(tokens, k + 1))
            return (
                tokens[end : end + 1] == [","]
                and tokens[end + 1 : end + 2] != []
                and tokens[end + 1].lower() in voicer
            )
        return before in (",", "—", "(", "while")
    if before in voicer:
        return True
    return before == "who" and k > 2 and tokens[k - 2] == "," and tokens[k - 3].lower() in voicer


def speakers_words_at(
    clause: list[str], at: int, mine: list[str], roles: set[str], voicer_sex: str, speaker_sex: str,
    pronoun_is_theirs: bool,
) -> int:  # fmt: skip
    """How many words from ``at`` name the draft speaker's words: a possessive of theirs before a
    noun of words, with at most two words between ("the engineer's stark warning", "Colt's
    words", "her reply"); 0 when none."""
    n = owner_at(clause, at, mine, roles, voicer_sex, speaker_sex, pronoun_is_theirs, possessive=True)
    if not n:
        return 0
    words = [c.lower() for c in clause]
    for m in range(at + n, min(at + n + 3, len(words))):
        if words[m] in UTTERANCE_NOUNS:
            return m + 1 - at
        if not words[m].isalpha() or words[m] in DETERMINERS or words[m] in OBJECT_PRONOUNS:
            return 0  # "giving her a reply": her own reply to her
        if words[m] == "own" or clause[m][:1].isupper():
            return 0
    return 0


def speaker_at(
    clause: list[str], at: int, mine: list[str], roles: set[str], voicer_sex: str, speaker_sex: str,
    pronoun_is_theirs: bool,
) -> int:  # fmt: skip
    """How many words from ``at`` name the draft speaker as a person ("the engineer", "Colt",
    "her" of the speaker's sex, not the voicer's), ending the clause or its object; 0 else."""
    n = owner_at(clause, at, mine, roles, voicer_sex, speaker_sex, pronoun_is_theirs, possessive=False)
    return n if n and (at + n == len(clause) or clause[at + n].lower() in PREPOSITIONS_OF_SETTING) else 0


def owner_at(
    clause: list[str], at: int, mine: list[str], roles: set[str], voicer_sex: str, speaker_sex: str,
    pronoun_is_theirs: bool, possessive: bool,
) -> int:  # fmt: skip
    """How many words from ``at`` name the draft speaker, as a possessive or not: their name
    ("Colt", "Marta Colt's"), "the" and what the page calls them ("the engineer's"), or "his"/
    "her"/"him" of their sex when it cannot be the voicer's and no one else is named between."""
    words = [c.lower() for c in clause]
    if at >= len(words):
        return 0
    first = words[at]
    if first in SEXED_PRONOUNS:
        theirs = possessive == (first in POSSESSIVE_DETERMINERS) and (possessive or first != "his")
        sex = SEXED_PRONOUNS[first]
        if theirs and pronoun_is_theirs and speaker_sex and voicer_sex and sex == speaker_sex != voicer_sex:
            return 1
        return 0

    def ends(m: int) -> str:
        w = words[m]
        if possessive:
            return w[:-2] if w.endswith(POSSESSIVE_S) else ""
        return w

    if clause[at][:1].isupper():
        for m in (at, at + 1):
            if m < len(words) and clause[m][:1].isupper():
                stem = ends(m)
                run = [*words[at:m], stem] if stem else []
                if run and set(run) <= set(mine) and run[-1] == mine[-1]:
                    return m + 1 - at  # "Colt's", "Marta Colt", not "Marta's"
        return 0
    if first == "the":
        for m in range(at + 1, min(at + 4, len(words))):
            stem = ends(m)
            if stem and " ".join([*words[at + 1 : m], stem]) in roles:
                return m + 1 - at
    return 0


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
        "witness",
        "deponent",
    ]
)


def anonymous(label: str) -> bool:
    """A turn label that names nobody ("Q", "A", "UNIDENTIFIED SPEAKER") or only an office ("THE
    PRESIDENT", "MAYOR"; its holder may be whoever the draft names): no attribution test."""
    words = re.findall(r"[^\W\d_]+", label.lower())
    return (
        not words
        or all(w in ANONYMOUS for w in words)
        or (words[0] == "the" and len(words) > 1 and all(w in ANONYMOUS for w in words[1:]))
        or all(w in OFFICE_LABEL_WORDS for w in words)
        or (words[0] == "the" and len(words) > 1 and all(office_word(w) for w in words[1:]))
    )


def office_word(word: str) -> bool:
    """A word of an office that "the" before it makes a label of the office alone ("THE CHIEF",
    "THE COMMISSIONER"); without "the" ("DEAN:", "MR. PROVOST:") such a word is a name."""
    return (
        word in OFFICE_LABEL_WORDS
        or word in OFFICE_AFTER_THE
        or (word in HONORIFICS and word not in COURTESY_TITLES)
    )


def title_for_surname(label: str, quote: Quote) -> bool:
    """A label of one office word ("DEAN:", "SUPERINTENDENT:") against a draft speaker named by
    one word ("Dean Ashcombe said" gives "Ashcombe") or given that office ("Superintendent Rena
    Holt"): the label may be the title the draft gives the speaker, or a given name; which, the
    two cannot tell."""
    words = label.lower().split()
    if len(words) != 1 or not office_word(words[0]) or not quote.speaker:
        return False
    role = re.findall(r"[^\W\d_]+", (quote.speaker_role or "").lower())
    return len(quote.speaker.split()) == 1 or words[0] in role


def labelled_elsewhere(
    quote: Quote, said_by: str, match: Match, accounts: Mapping[str, str] | None, known: Iterable[str]
) -> bool:
    """The draft's speaker has turns of their own in this transcript, under a label that names
    them ("COUNCILLOR TOBIN MARSH:"), so a turn labelled by an office alone or by nobody ("THE
    CHIEF:", an unnamed witness's "A.") is someone else's: the transcript would have named them
    (not so a voice it could not name, "UNIDENTIFIED SPEAKER:").
    Not when their label or the draft gives them that office ("MAYOR RENA HOLT:" may be "THE
    MAYOR:" later on)."""
    source, speaker = match.source, quote.speaker
    if not speaker or len(source.turns) < 2:
        return False
    office = set(re.findall(r"[^\W\d_]+", said_by.lower())) - {"the"}
    if office <= ANONYMOUS and any(len(w) > 1 for w in office):
        return False  # "UNIDENTIFIED SPEAKER:", "VOICE:": someone the transcriber could not name
    role = set(re.findall(r"[^\W\d_]+", (quote.speaker_role or "").lower()))
    if office & (role | set(re.findall(r"[^\W\d_]+", speaker.lower()))):
        return False
    k = turn_of(match, match.start)
    found = False
    for j, turn in enumerate(source.turns):
        if j == k or not turn.speaker or anonymous(turn.speaker) or turn.speaker == said_by:
            continue
        if not same_person(speaker, turn.speaker, accounts, known):
            continue
        if office & set(re.findall(r"[^\W\d_]+", label_of(source, j).lower())):
            return False
        found = True
    return found


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
    label = label_of(match.source, k).strip().rstrip(":").strip()
    own, words = said_by.lower().split(), label.lower().split()
    if own and len(words) > len(own) and words[-len(own) :] == own:
        return label
    return said_by


LEADING_STAMP = re.compile(r"\A[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[ \t]+")
"""A time stamp that opens a transcript line ("[00:14:03] MAYOR OKAFOR:"): no part of the label."""


def label_of(source: Source, k: int) -> str:
    """The label of transcript turn ``k`` as written on its line, without a time stamp before it."""
    start = source.turns[k].start
    lo = max(0, start - LABEL_REACH)
    line = source.text.rfind("\n", lo, start)
    return LEADING_STAMP.sub("", source.text[line + 1 if line >= 0 else lo : start], count=1)


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
    label = label_of(source, k)
    if not interpreter_label(label):
        return None
    named = INTERPRETED_FOR.search(label)
    if named:
        name = named.group(1).strip(" .")
        return " ".join(w.capitalize() if w.isupper() else w for w in name.split())
    for j in range(k - 1, max(-1, k - 3), -1):
        voice = voice_of(source, j)
        if voice and not any(w in INTERPRETER_NOUNS for w in voice.lower().split()):
            if asking(source, j, k):
                continue  # the host's question: the interpreter gives the answer to it
            return voice
    return None


def asking(source: Source, j: int, k: int) -> bool:
    """Turn ``j`` puts a question that interpreter's turn ``k`` answers: its label is a host's
    or a questioner's ("HOST OSRIC PEMBERLEY:", "INTERVIEWER:"), or its words end in a question
    mark and the interpreter's do not; the words translated are then another's (a guest's)."""
    label = set(re.findall(r"[\w'’-]+", label_of(source, j).lower()))
    if label & (BROADCAST_HOST_NOUNS | QUESTIONER_NOUNS):
        return True
    text = source.text
    asked = text[source.turns[j].start : source.turns[j].end].rstrip()
    answer = text[source.turns[k].start : source.turns[k].end].rstrip()
    return asked.endswith("?") and not answer.endswith("?")


INTERPRETER_LABEL = re.compile(r"^\s*([^(,:]*?)\s*(?:[(,]\s*([^):]*?)\s*\)?)?\s*:?\s*$")
"""A turn's label: a head ("HUGO MARSDEN", "INTERPRETER") and what is set after it in brackets
or after a comma ("(INTERPRETER FOR GRETA LINDQVIST)", ", INTERPRETER")."""


def interpreter_label(label: str) -> bool:
    """The label is no more than an interpreter's: "INTERPRETER", "THE TRANSLATOR", "INTERPRETER
    FOR MARISOL RUIZ", "TOMAS BELL (INTERPRETER)", "TOMAS BELL, INTERPRETER", "TOMAS BELL
    (translating for Marisol Ruiz)", "ANN LEE (interpreting)", "INTERPRETER (FOR MAYOR LEE)".
    Not a label that says more of the person ("FORMER INTERPRETER, NOW HARBOUR CHIEF",
    "LITERARY TRANSLATOR", "TRANSLATOR AND AUTHOR", "TRANSLATOR, SPEAKING FOR HIMSELF"), nor
    one spoken through ("THROUGH HER INTERPRETER", "AS TRANSLATED BY THE INTERPRETER")."""
    shape = INTERPRETER_LABEL.match(label)
    if not shape:
        return False

    def words(part: str | None) -> list[str]:
        return [w for w in re.findall(r"[\w'’-]+", (part or "").lower()) if w not in ("the", "a", "an")]

    head, told = words(shape.group(1)), words(shape.group(2))
    if shape.group(2) is None:
        return interpreting(head)
    if head == [] or not told:
        return False
    if len(head) == 1 and head[0] in INTERPRETER_NOUNS:
        return interpreting(told) or (told[0] == "for" and for_whom(told[1:]))
    return not any(w in INTERPRETER_NOUNS for w in head) and interpreting(told)


def interpreting(words: list[str]) -> bool:
    """The words are an interpreter noun or participle, with at most "for" someone after it."""
    if not words:
        return False
    first = words[0]
    if first not in INTERPRETER_NOUNS and not (
        first.endswith("ing") and RELAY_VERBS.get(first) in TRANSLATE_LEMMAS
    ):
        return False
    return len(words) == 1 or (words[1] == "for" and for_whom(words[2:]))


def for_whom(words: list[str]) -> bool:
    """The one an interpreter speaks for: one to four words, not a pronoun ("FOR HIMSELF")."""
    return 0 < len(words) <= 4 and words[0] not in PRONOUNS and words[0] not in REFLEXIVE_SEX


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
        before = ops[i - 1].quote_words[-1:] if i and ops[i - 1].op == "equal" else ()
        helper = before[0] if before and not at_end else ""
        gap = Omission(
            helper,
            aside(match.source.text, op),
            contrast_follows(ops[i + 1 :]),
            closed_off(match.source.text, op),
        )
        prev = ops[i - 1].quote_words[-1:] if i else ()
        after = ops[i + 1].quote_words[:1] if i + 1 < len(ops) else ()
        around = ("".join(prev), i == 0, "".join(after))
        findings.extend(classify(op, qspan, sspan, thresholds, gap, around))
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


@dataclass(frozen=True)
class Omission:
    """Where a change block stands, for reading what an ellipsis leaves out: ``helper``, the
    quote's word just before the block when the quote goes on after it (see ``helper_negated``);
    ``set_off``, the source words left out are an aside between commas, dashes or brackets;
    ``contrast_after``, the quote's sentence goes on with the "but" of "not only … but" after the
    block; ``closed``, a comma, bracket or dash follows the source words left out."""

    helper: str = ""
    set_off: bool = False
    contrast_after: bool = False
    closed: bool = False


def classify(
    op: DiffOp,
    qspan: Span,
    sspan: Span,
    thresholds: Thresholds,
    gap: Omission = Omission(),
    around: tuple[str, bool, str] = ("", False, ""),
) -> list[Finding]:
    """Findings for one change block (consecutive differing words). ``gap``: where the block
    stands, for what an ellipsis leaves out; ``around``: the quote's word before the block,
    whether the block opens the quote, and the quote's word after it (for spelling)."""
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
        keys = [word_key(w).lower() for w in s_words]
        focus = len(keys) > 1 and keys[0] == "not" and keys[1] in NOT_ONLY_FOCUS and gap.contrast_after
        if (gap.set_off and own_negation(keys, gap.helper)) or focus:
            pass  # "a plan … and" for "a plan, not a promise, and": the aside's "not"; "not only … but"
        elif len(s_words) <= 3 and set(expand(s_words)) & {"not", "never", "no"}:
            # "I … expected" for "I never expected": the omission flips the meaning
            detail = f"“{s_text}” left out by “…” carries a negation"
            return [*found, Finding("negation_changed", Level.ERROR, detail, qspan, sspan)]
        elif helper_negated(gap, keys, op.source_text):
            detail = f"“…” leaves out the “{s_words[0]}” after “{gap.helper}”: the verb kept after it loses its negation"
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
    if len(plain) == len(s_words) and spelled_alike(plain, s_words, *around):
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


ASIDE_OPENS = re.compile(r"[,(—–][ \t]*$")
ASIDE_CLOSES = re.compile(r"[ \t]*[,)—–]")


def aside(text: str, op: DiffOp) -> bool:
    """The source words ``op`` leaves out stand between commas, brackets or dashes, as an
    aside does ("a plan, not a promise, and", "We are, not for the first time, asking"): a
    negation inside is the aside's, not the sentence's."""
    span = op.source_span
    if span is None or span.end <= span.start:
        return False
    return bool(ASIDE_OPENS.search(text, max(0, span.start - 3), span.start)) and closed_off(text, op)


def closed_off(text: str, op: DiffOp) -> bool:
    """A comma, bracket or dash follows the source words ``op`` leaves out."""
    span = op.source_span
    return span is not None and span.end > span.start and bool(ASIDE_CLOSES.match(text, span.end))


def own_negation(keys: list[str], before: str) -> bool:
    """An aside whose negation is its own, not the sentence's: a contrast, "not" and a noun
    phrase set against the noun before it ("a plan, not a promise, and", "The plan — not the
    budget — is", "the depot (not the yard) will"), or a comment opening on "no" ("We will, no
    doubt, reopen"). An adverbial negative negates the clause it stands in ("We will, under no
    circumstances, sell", "We have, not once, asked", "did — at no point — inspect"), and so does
    "not" with a noun phrase after a helper ("We have, not a single time, asked")."""
    if len(keys) < 2 or {"not", "never", "no"} & set(expand(keys[1:])):
        return False
    if keys[0] == "no":
        return True
    contrast = len(keys) > 2 and keys[1] in CONTRAST_DETERMINERS  # "not" + determiner + noun
    return keys[0] == "not" and contrast and word_key(before).lower() not in NEGATED_HELPERS


def helper_negated(gap: Omission, keys: list[str], written: str) -> bool:
    """An omission that opens on the "not"/"never" of the helper verb kept just before it ("We
    are … cutting supply" for "We are not, under any circumstances, cutting supply"): however
    long the aside it takes with it, the verb after the gap is now affirmed. After anything but a
    helper the negation belongs to what was left out ("a plan … and we will keep it" for "a plan,
    not a promise, and we will keep it"); an aside set off before its "not" may hold a negation of
    its own ("We are, not for the first time, asking", "— not least because of the drought —"),
    and longer ones are left as they are (the short ones are read in ``classify``). The verb after the gap is another
    clause's, and was never negated, when the omission goes on into a clause of its own with no
    negation: after "but" or a semicolon, "and"/"or" with a helper, or the helper again
    ("We will … lease it" for "We will not sell it and will lease it", "were … fixing" for "were
    not idle; they were fixing"); not "We are … charging" for "We are not, and will not be,
    charging", whose second clause is negated too."""
    helper = word_key(gap.helper).lower()
    if not keys or helper not in NEGATED_HELPERS or keys[0] not in ("not", "never"):
        return False
    if gap.set_off:
        return False  # ", not for the first time," "— not least because … —": the aside's own
    if gap.closed and ASIDE_AFTER_FIRST.match(written):
        return True  # "not — and we are clear about this —": all after the "not" is an aside
    return not later_clause(helper, written)


ASIDE_AFTER_FIRST = re.compile(r"\s*[\w'’]+\s*[,(—–]")


def later_clause(helper: str, written: str) -> bool:
    """The omitted words ``written`` go on into a clause of their own that no not/never negates
    (see ``helper_negated``)."""
    words = re.findall(r"[\w'’]+|;", written.lower())
    last = -1
    for k in range(1, len(words)):
        w, nxt = words[k], words[k + 1] if k + 1 < len(words) else ""
        joined = w in ("and", "or") and word_key(nxt).lower() in NEGATED_HELPERS  # "and will lease"
        if w == ";" or w == helper or w in CONTRAST_JOINERS or joined:
            last = k
    return last > 0 and not {"not", "never"} & set(expand(words[last + 1 :]))


def contrast_follows(ops: list[DiffOp]) -> bool:
    """The quote's sentence goes on, after the change block before ``ops``, with the "but" of
    "not only … but (also) …": one that sets a phrase against the one before ("fixing leaks but
    also planning", "but rebuilding the depot"), not one opening a clause with a subject and
    verb of its own ("walk away, but we will talk", "but the council will")."""
    sentence = re.split(r"[.!?;]", " ".join(op.quote_text for op in ops), maxsplit=1)[0]
    words = [w.lower() for w in re.findall(r"[\w'’]+", sentence)]
    for k, w in enumerate(words):
        if w in NOT_ONLY_SEQUELS:
            after = set(expand(words[k + 1 : k + 4]))
            return not after & (PRONOUNS | NEGATED_HELPERS | MODALS)
    return False


# British and American spellings of one word, brought to one form: -our/-or (colour), -ise/-ize
# and -yse/-yze with their endings (organised; never -prise: "apprise" is not "apprize"), -re/-er
# after t, b, v or h with two letters before it (centre, metre, fibre, ochre; centred, fibred,
# centring; "sacred", "hundred" and "hatred" are no "-re" verb's; not "acre", "ogre", "cadre",
# "genre" or "massacre", whose -er spellings are no words: a misspelling, not a country's; nor the -re words whose -er twin is another word, RE_ER_TWINS: "timbre" is not
# "timber", "livre" not "liver"), -ogue/-og (catalogue, catalogued), -ogramme,
# -fence/-fense (defence; not "licence", a noun the British keep apart from the verb "license"), a
# doubled l before an ending (travelled), judgement; and the variants no ending tells (grey/gray,
# tyre/tire, plough/plow, foetus/fetus: SPELLING_VARIANTS) with the endings of one word. Each
# ending needs letters before it, so "four"/"for" and "rise" stay apart.
RE_ER = r"(?<=\w{2}[tbvh])" + "".join(f"(?<!^{re.escape(w[:-2])})" for w in sorted(RE_ER_TWINS))
SPELLING = (
    (re.compile(r"(?<=\w{3})our(?=s?$|ed$|ing$|ite|able|er|ful|less|hood)"), "or"),
    (re.compile(r"(?<=\w{3})(?<!pr)([iy])s(?=e$|es$|ed$|ing$|ation|er$|ers$)"), r"\1z"),
    (re.compile(RE_ER + r"re(?=s?$)"), "er"),
    (re.compile(RE_ER + r"(?<=[tbvh])(?<!^hat)r(?=ed$|ing$)"), "er"),
    (re.compile(r"(?<=\w{2}[lg])ogue(?=s?$)|(?<=\w{2}[lg])ogu(?=ed$|ing$)"), "og"),
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


NAME_SPELLING = (*SPELLING[:2], (re.compile(r"(?<=\w{3})tre(?=s?$|d$)"), "ter"), *SPELLING[5:])
"""The folds of a capitalised word inside a quote, a name's maybe ("Harbour Street"): only the
endings, never SPELLING_VARIANTS ("Ada Grey" is not "Ada Gray", "Mould" not "Mold"); "-tre"
alone of the -re endings, and no -ogue."""


def spelling_key(word: str, name: bool = False, noun: bool = True) -> str:
    """``word`` (lower case) in one spelling of British and American English. ``name``: the word
    is capitalised inside the quote (NAME_SPELLING only); ``noun``: it follows a word that opens
    a noun phrase, which NOUN_ONLY_VARIANTS need ("the tyres", not "she never tires")."""
    for pattern, repl in NAME_SPELLING if name else ():
        word = pattern.sub(repl, word)
    if name:
        return word
    variant = VARIANT.match(word)
    if (
        variant
        and (noun or variant.group(1) not in NOUN_ONLY_VARIANTS)
        and (variant.group(1) not in NOUN_ONLY_VARIANTS or variant.group(2) in (None, "s"))
    ):
        word = SPELLING_VARIANTS[variant.group(1)] + (variant.group(2) or "")
    for pattern, repl in SPELLING:
        word = pattern.sub(repl, word)
    return word


def spelled_alike(
    quote_words: list[str], source_words: list[str], before: str, opening: bool, after: str
) -> bool:
    """The quote's words are the source's in another country's spelling, word by word
    (``spelling_key``). A capitalised word is read as a name unless it opens the quote before a
    lower-case word ("Grey skies", not "Tyre Street", "Ada Grey"). ``before`` and ``after``: the
    quote's words either side of these; ``opening``: these open the quote."""
    for n, (q, s) in enumerate(zip(quote_words, source_words, strict=True)):
        prev = quote_words[n - 1] if n else before
        nxt = quote_words[n + 1] if n + 1 < len(quote_words) else after
        name = (q[:1].isupper() or s[:1].isupper()) and not (n == 0 and opening and not nxt[:1].isupper())
        noun = opens_noun(prev) or (n > 0 and opens_noun(source_words[n - 1]))
        if spelling_key(word_key(q), name, noun) != spelling_key(word_key(s), name, noun):
            return False
    return True


def opens_noun(word: str) -> bool:
    """The word opens or holds a noun phrase before a noun: a determiner, a number, a possessive
    ("Mrs Grey's"), or an adjective with a spelling of its own ("grey")."""
    key = word_key(word)
    return (
        key in DETERMINERS
        or key in NUMBER_WORDS
        or bool(DIGITS.match(key))
        or word.endswith(POSSESSIVE_S)
        or (bool(key) and spelling_key(key, noun=False) != key)
    )


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
    cores = (w.strip(".,;:!?’'\"”“()") for w in words)
    return {core.lower() for core in cores if core.lower() in MONTHS and core[:1].isupper()}


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
