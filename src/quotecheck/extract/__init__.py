"""Extraction: quotation spans in an article and who each is attributed to."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from quotecheck.article import Document, Embed
from quotecheck.extract import lexicon as lx
from quotecheck.extract.attribution import Attributed, attribute
from quotecheck.extract.collector import collector_paused
from quotecheck.extract.grammar import by_agent, passive
from quotecheck.extract.mentions import kind_of_mention, np_backward, np_forward
from quotecheck.extract.names import Registry, gender_of, given_name
from quotecheck.extract.resolution import register_names
from quotecheck.extract.sentences import Token, index, words
from quotecheck.extract.spans import QuoteSpan, find_spans
from quotecheck.extract.subjects import sentence_subject
from quotecheck.extract.transcripts import TranscriptTurn, find_turns, quoted_answer
from quotecheck.model import Quote

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
POSSESSIVE_S: Final = lx.POSSESSIVE_S
SENTENCE_CONNECTIVES: Final = lx.SENTENCE_CONNECTIVES
SENTENCE_MARKS: Final = lx.SENTENCE_MARKS
QUOTING_FORMS: Final = lx.QUOTING_FORMS
CUE_FORMS: Final = lx.CUE_FORMS
CORE: Final = lx.CORE
BE_FORMS: Final = lx.BE_FORMS
DETERMINERS: Final = lx.DETERMINERS
MEMBER_ROLES: Final = lx.MEMBER_ROLES
SPEAKS_FOR: Final = lx.SPEAKS_FOR
VOICE_POSTS: Final = lx.BODY_VOICE_POSTS
HELD_ONCE: Final = lx.HELD_ONCE_MARKERS
STOP_CAPS: Final = lx.STOP_CAPS
TITLE_WORDS: Final = lx.TITLES
CLAUSE_JOINS: Final = frozenset({"and", "but"})
COORDINATORS: Final = lx.COORDINATORS
POST_MODIFIERS: Final = lx.BODY_VOICE_MODIFIERS
BODY_LINKS: Final = lx.BODY_LINKS
ROLE_RUN_WORDS: Final = lx.BODY_VOICE_POSTS | lx.BODY_VOICE_MODIFIERS | lx.MEMBER_ROLES | lx.SPEAKS_FOR
"""Lower-case words a role before a name may hold ("chief executive", "press secretary")."""


@collector_paused
def extract_quotes(doc: Document, disabled: frozenset[str] = frozenset()) -> list[Quote]:
    """Every quotation in ``doc``, in order, with offsets, line:column and speaker.
    ``disabled``: names of attribution sieves to switch off (to measure what each does)."""
    turns = find_turns(doc.text)
    bare = [t for t in turns if t.bare]
    if bare:
        turns = [t for t in turns if not t.bare]
    spans = find_spans(doc.text, frozenset(t.mark for t in turns))
    if turns:
        spans = with_turns(doc.text, spans, turns)
    embeds = [a for a in (embed_quote(doc, e) for e in doc.embeds) if a is not None]
    if embeds:
        spans = [s for s in spans if not any(e.start <= s.start < e.end for e in embeds)]
    attributed = attribute(doc.text, spans, disabled)
    if embeds:
        attributed = merge(attributed, embeds)
    if turns:
        by_start = {t.mark + 1: t for t in turns}
        turn_group: dict[int, int] = {}  # a turn going on in the next paragraph: one utterance
        out: list[Attributed] = []
        for a in attributed:
            t = by_start.get(a.start)
            if t is None or a.group is None:
                out.append(a)
                continue
            group = a.group if t.label_start is None else turn_group.setdefault(t.label_start, a.group)
            out.append(replace(turn_entry(t), group=group))
        attributed = out
    if bare:  # the quotes inside a bare turn stay quotes, attributed by their own cue or the label
        attributed = merge(turn_pronouns(doc.text, attributed, bare), [bare_entry(t) for t in bare])
    attributed = [answered(doc.text, a) for a in attributed]
    quotes: list[Quote] = []
    for n, a in enumerate(attributed, start=1):
        start, end = doc.to_raw(a.start), doc.to_raw_end(a.end)
        role, earlier = speaker_role(doc.text, a)
        owner = it_owner(doc.text, a)
        relayed = relayed_from(doc.text, a)
        line, column = doc.line_col(start)
        end_line, end_column = doc.line_col(max(start, end - 1))
        quotes.append(
            Quote(
                id=f"{doc.path}#{n}",
                text=doc.text[a.start : a.end],
                start=start,
                end=end,
                line=line,
                column=column,
                end_line=end_line,
                end_column=end_column + 1,
                kind=a.kind,
                speaker=a.speaker,
                speaker_start=None if a.speaker_start is None else doc.to_raw(a.speaker_start),
                speaker_end=None if a.speaker_end is None else doc.to_raw_end(a.speaker_end),
                cue=a.cue,
                group=a.group,
                attributed_by=a.attributed_by or None,
                speaker_role=role,
                role_earlier=earlier,
                relayed_from=relayed,
                it_owner=owner,
            )
        )
    return quotes


def answered(text: str, a: Attributed) -> Attributed:
    """A quote (or a term) no sieve gave anyone that is a Q/A block's answer in quotation marks ("Q. Did
    you sign it?" / "A. “No.”"): the interviewee's (``transcripts.quoted_answer``)."""
    if a.speaker is not None or a.kind not in ("quote", "term") or a.start < 2:
        return a
    who = quoted_answer(text, a.start - 1, a.end + 1)
    # an answer is words said, however short ("A – “Only in March.”" is no term)
    return a if who is None else replace(a, kind="quote", speaker=who, attributed_by="quoted_answer")


ROLE_REACH: Final = 100
"""How many characters after a speaker's name ``speaker_role`` reads for a description set off."""
SET_OFF: Final = re.compile(r",\s+([^,.;:!?“”\"()\[\]\n]{2,90}?)\s*[,.;]")
"""A phrase set off by commas after a name, up to the next comma or stop."""


def speaker_role(text: str, a: Attributed) -> tuple[str | None, bool]:
    """The description the draft gives a named speaker beside the name: the words of the
    mention before the name ("Dayton Mill spokesman" of "Dayton Mill spokesman Ivo Lund", "the
    mayor's chief of staff" of "the mayor's chief of staff, Ann Roe"), else a phrase set off
    after it that opens with a determiner, a name or a role ("a spokesman for Dayton Mill",
    "Dayton Mill's spokesman", "spokeswoman for Vera Sal" of "Ivo Lund, …, said"). The verdict
    reads it to tell whether the speaker speaks for the source's body (see
    ``verify.speaks_for_body``). With it, whether the role was read from where the draft last
    named the speaker in full before the quote's cue (see ``earlier_role``): a post held then,
    not surely now."""
    s0, s1, speaker = a.speaker_start, a.speaker_end, a.speaker
    if a.kind != "quote" or s0 is None or s1 is None or not speaker:
        return None, False
    mention = text[s0:s1]
    aside = SET_OFF.match(text, s1, min(len(text), s1 + ROLE_REACH))
    if aside is not None and not mention.endswith(speaker):
        # "Lund, now retired, said": what the mention says of the speaker now, not an earlier role
        return (aside.group(1) if role_opening(aside.group(1)) else None), False
    if not mention.endswith(speaker):
        # a pronoun, a surname or a description resolved to a name: the role, if any, is given
        # where the draft named the speaker in full before ("Ivo Lund is the spokesman for
        # Dayton Mill. … “…,” Lund said")
        return earlier_role(text, s0, speaker, True)
    before = mention[: len(mention) - len(speaker)].rstrip(" ,")
    own = [w for w in before.split() if w.lower() not in DETERMINERS]
    if own:
        # titles alone ("Sen.", "Chief Justice", "President") belong to the name: no role
        last = own[-1].lower()
        role = any(w.islower() for w in own) or (
            len(own) > 1 and (last in MEMBER_ROLES or last in SPEAKS_FOR or last in VOICE_POSTS)
        )
        return (before if role else None), False
    if before:
        return None, False  # "the" of "the Ivo Lund who ran the mill"
    if aside is not None:
        return (aside.group(1) if role_opening(aside.group(1)) else None), False
    return earlier_role(text, s0, speaker, False)


def role_set_off(text: str, end: int) -> str | None:
    """A phrase set off after the name that ends at ``end``, opening with a determiner, a name
    or a role ("a spokesman for Dayton Mill" of "Ivo Lund, a spokesman for Dayton Mill,"),
    else None."""
    found = SET_OFF.match(text, end, min(len(text), end + ROLE_REACH))
    if found is None:
        return None
    phrase = found.group(1)
    return phrase if role_opening(phrase) and not names_others(phrase) else None


def names_others(phrase: str) -> bool:
    """The phrase after the name's comma goes on a list of people ("Sofia Brandt, Tomas Orlik
    and …", "Lina Okafor, Ruth Vane and two others"): it opens on a given name, or joins two
    parts with "and" where the first opens with a capital and holds no role or possessive."""
    first = phrase.split()[0]
    if given_name(first):
        return True
    if " and " not in f" {phrase} " or not first[:1].isupper():
        return False
    head = phrase.split(" and ")[0].split()
    return not any(w.endswith(POSSESSIVE_S) or w.lower() in MEMBER_ROLES for w in head)


def role_opening(phrase: str) -> bool:
    """The phrase opens as a description of a post: a determiner, a name, a role word, or a
    post's modifiers before its head or a link ("communications director at …", "press
    secretary for …", "chief financial officer of …")."""
    words = phrase.split()
    first = words[0]
    low = first.lower()
    if low in DETERMINERS or first[:1].isupper() or low in MEMBER_ROLES or low in SPEAKS_FOR:
        return True
    k = 0
    while k < len(words) and words[k].lower() in POST_MODIFIERS:
        k += 1
    head = words[k].lower() if k < len(words) else ""
    if head in VOICE_POSTS or head in MEMBER_ROLES:
        return True
    return k > 1 and (head == "" or head in BODY_LINKS)


EARLIER_REACH: Final = 600
"""How many characters before a speaker's mention ``earlier_role`` reads for the full name."""
ROLE_AFTER_IS: Final = re.compile(r"(?:,\s+who)?\s+is\s+([^,.;:!?“”\"()\[\]\n]{2,90}?)\s*[,.;]")
"""A role stated of the name in the present ("Ivo Lund is the spokesman for Dayton Mill.",
"Ivo Lund, who is Dayton Mill's spokesman,"): a past "was" may be a post no longer held."""
PREMODIFIER_REACH: Final = 90
"""How many characters before a name ``role_before_name`` reads for a role written before it."""
ROLE_RUN_BREAK: Final = re.compile(r"[.!?;:,“”\"()\[\]\n]")


def earlier_role(text: str, at: int, speaker: str, short: bool) -> tuple[str | None, bool]:
    """The role the draft gives the speaker where it last named them in full before ``at``,
    within EARLIER_REACH characters: the words before the name ("Dayton Mill spokesman Ivo
    Lund was asked …"), a phrase set off after it ("Ann Roe, a spokeswoman for Dayton Mill,
    spoke …") or a present "is" of the name as its clause's subject ("Ivo Lund is the spokesman
    for Dayton Mill."), with True when there is one: a post the draft gave before, which the
    verdict never takes as confirmed now (the draft may have told of it ending in any words).
    A ``short`` mention (a surname, a pronoun) takes no role when the article names another
    person by the same surname."""
    if " " not in speaker.strip():
        return None, False  # a lone word may be anyone's
    k = text.rfind(speaker, max(0, at - EARLIER_REACH), at)
    end = k + len(speaker)
    if k < 0 or (k > 0 and text[k - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
        return None, False
    if short and namesake(text, max(0, at - EARLIER_REACH), at, speaker):
        return None, False
    role = role_before_name(text, k) or role_set_off(text, end)
    if role is None and clause_subject(text, k):
        found = ROLE_AFTER_IS.match(text, end, min(len(text), end + ROLE_REACH))
        if found is not None and role_opening(found.group(1)):
            role = found.group(1)
    return role, role is not None


def clause_subject(text: str, k: int) -> bool:
    """The name at ``k`` opens its clause: at a sentence's start, after a break or a comma, or
    after "and"/"but" there; not the object inside another clause ("The man who hired Ivo
    Lund is …", "whose sibling Ivo Lund is …")."""
    head = text[max(0, k - 40) : k].rstrip(" \t")
    if not head or head[-1] in '.!?;:,“”"(\n':
        return True
    words = head.split()
    return len(words) > 1 and words[-1] in CLAUSE_JOINS and words[-2].endswith(",")


NAMESAKE: Final = re.compile(r"\b([A-Z][\w'’-]*)\s+([A-Z][\w'’-]*)\b")


def namesake(text: str, lo: int, hi: int, speaker: str) -> bool:
    """Another person named by the speaker's surname between ``lo`` and ``hi`` ("Mia Lund" beside
    "Ivo Lund"): a surname alone may then be either."""
    own = speaker.split()
    last = own[-1]
    for m in NAMESAKE.finditer(text, lo, hi):
        first = m.group(1)
        if m.group(2) != last or first in own:
            continue
        low = first.lower()
        if low in STOP_CAPS or low in ROLE_RUN_WORDS or low in TITLE_WORDS:
            continue
        return True
    return False


def role_before_name(text: str, k: int) -> str | None:
    """The words of a role written just before a name at ``k`` in its clause, back to the clause's
    start or a determiner ("Dayton Mill spokesman" of "… told Dayton Mill spokesman Ivo Lund"),
    when the last is a post ("spokesman", "CEO"); with a word of a post held once before it ("the
    late Dayton Mill spokesman")."""
    lo = max(0, k - PREMODIFIER_REACH)
    stops = list(ROLE_RUN_BREAK.finditer(text, lo, k))
    lo = stops[-1].end() if stops else lo
    run = text[lo:k].split()
    n = len(run)
    while n > 0:
        w = run[n - 1]
        low = w.lower()
        if low in DETERMINERS:
            n -= 1
            break
        if not (w[:1].isupper() or low in ROLE_RUN_WORDS):
            if low in HELD_ONCE or any(p in HELD_ONCE for p in low.split("-")):
                n -= 1  # "the then/late/one-time …": the role says the post was held once
            break
        n -= 1
    own = run[n:]
    named = [w for w in own if w.lower() not in DETERMINERS]
    if len(named) < 2 or not (named[-1].lower() in MEMBER_ROLES or named[-1].lower() in SPEAKS_FOR):
        return None
    return " ".join(own)


def embed_quote(doc: Document, embed: Embed) -> Attributed | None:
    """An embedded post as a quote by the account shown in its byline."""
    text = doc.text
    start, end = embed.start, embed.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    speaker = embed.author or embed.handle
    return Attributed(
        start, end, "quote", speaker, embed.author_start, embed.author_end, "tweeted", None, "embed"
    )


def with_turns(text: str, spans: list[QuoteSpan], turns: list[TranscriptTurn]) -> list[QuoteSpan]:
    """The spans with each transcript turn as one more span (from its opening mark to its
    end, so the attribution reads its words as quoted, not as narrative), and without the
    quotes inside a turn: they are part of the label's person's words."""
    out: list[QuoteSpan] = []
    k = 0
    for t in turns:
        while k < len(spans) and spans[k].start < t.mark:
            out.append(spans[k])
            k += 1
        while k < len(spans) and spans[k].start < t.end:
            k += 1  # inside the turn
        out.append(QuoteSpan(t.mark + 1, t.end, text[t.mark], ""))
    out.extend(spans[k:])
    return out


def turn_entry(turn: TranscriptTurn) -> Attributed:
    """A transcript turn, reported with kind "transcript" (not checked) and its label's person."""
    return Attributed(
        turn.start,
        turn.end,
        "transcript",
        turn.speaker,
        turn.label_start,
        turn.label_end,
        None if turn.speaker is None or turn.label_end is None else ":",
        None,
        "transcript",
    )


def bare_entry(turn: TranscriptTurn) -> Attributed:
    """A turn of a transcript set without quote marks: a turn going on shares its label's
    group, an unlabelled answer's paragraphs share their first's (``mark``; a negative key,
    which ``merge`` renumbers in document order)."""
    key = turn.mark if turn.label_start is None else turn.label_start
    return replace(turn_entry(turn), group=-1 - key)


def merge(attributed: list[Attributed], embeds: list[Attributed]) -> list[Attributed]:
    """Both lists in document order, with group numbers renumbered in that order (an entry
    without a group is a group of its own)."""
    both = sorted([*attributed, *embeds], key=lambda a: a.start)
    out: list[Attributed] = []
    groups: dict[object, int] = {}
    for a in both:
        key: object = ("embed", a.start) if a.group is None else a.group
        out.append(replace(a, group=groups.setdefault(key, len(groups) + 1)))
    return out


HE_OR_SHE: Final = frozenset(("he", "she"))
"""The pronouns a turn's own speaker, who is "I" there, cannot be."""


def turn_pronouns(text: str, attributed: list[Attributed], bare: list[TranscriptTurn]) -> list[Attributed]:
    """Pronoun cues inside a turn of a transcript: its speaker is "I" there ("CASTELLANE: I
    said to my mother, “…”" is Castellane) and the one it answers "you", so a he or she the
    resolution gave either stands for someone else ("CASTELLANE: My aunt did. She said, “…”"):
    the subject of the turn's sentence before it when its sex agrees or is not told ("My
    aunt"), else the pronoun as written (an unresolved pronoun is reported as the pronoun)."""
    out: list[Attributed] = []
    k = 0
    speakers = {t.speaker for t in bare if t.speaker is not None}
    for a in attributed:
        while k < len(bare) and bare[k].end <= a.start:
            k += 1
        t = bare[k] if k < len(bare) else None
        s0, s1 = a.speaker_start, a.speaker_end
        if t is None or t.speaker is None or a.kind != "quote" or s0 is None or s1 is None:
            out.append(a)
            continue
        word = text[s0:s1].lower() if t.start <= s0 and a.start < t.end else ""
        if word == "i":
            out.append(replace(a, speaker=t.speaker))
        elif word in HE_OR_SHE and a.speaker in speakers:
            out.append(replace(a, speaker=subject_before_in_turn(text, t.start, s0, word) or word))
        else:
            out.append(a)
    return out


def it_owner(text: str, a: Attributed) -> str | None:
    """For a cue of "it" the attribution leaves to no one, or of "its …" ("its CEO"), the name
    that is the subject of the sentence just before the quote, when the quote opens its own
    sentence ("Dayton Mill shut the plant. “…,” it said."): the body the "it" may stand for.
    None for two names joined ("Dayton Mill and Harlow Foods shut plants."): either may be it."""
    s0, s1 = a.speaker_start, a.speaker_end
    if a.kind != "quote" or s0 is None or s1 is None:
        return None
    cue = text[s0:s1].lower()
    if not ((a.speaker is None and cue == "it") or (a.speaker is not None and cue.startswith("its "))):
        return None
    at = a.start - 1
    lo = max(0, at - TURN_REACH)
    line = text.rfind("\n", lo, at)
    known = line >= 0 or lo == 0  # the paragraph's start is a sentence's
    lo = line + 1 if line >= 0 else lo
    tokens = words(text, lo, at)
    stops = [k for k, tok in enumerate(tokens) if tok.text in SENTENCE_MARKS]
    if not stops or stops[-1] != len(tokens) - 1 or (len(stops) < 2 and not known):
        return None  # the quote does not open its sentence, or the one before is beyond reach
    prev = tokens[stops[-2] + 1 if len(stops) > 1 else 0 : stops[-1]]
    np = sentence_subject(prev, 0, len(prev)) if len(prev) >= 2 else None
    if np is None or kind_of_mention(np) != "name" or not all(tok.text[:1].isupper() for tok in np):
        return None
    end = next((k + 1 for k, tok in enumerate(prev) if tok is np[-1]), len(prev))
    joined = end + 1 < len(prev) and (prev[end].lower in COORDINATORS or prev[end].text == "&")
    if joined and prev[end + 1].text[:1].isupper():
        return None  # "Dayton Mill and Harlow Foods shut plants": no one "it" ("and its partners" is)
    return " ".join(tok.text for tok in np)


RELAY_REACH: Final = 300
"""How many characters before a passive cue's medium ``relayed_from`` reads for its subject."""
AGENT_REACH: Final = 8
"""How many words before the medium's mention ``relayed_from`` reads for its "by" (or "in")
and the passive verb ("was widely quoted by her deputy, Bruno Kemp")."""


def relayed_from(text: str, a: Attributed) -> str | None:
    """Who spoke the words a passive verb of quoting (QUOTING_FORMS) reports, when its agent,
    the quote's speaker, is the medium that relays them: the clause's subject, read by the
    grammar (``sentence_subject``; its head name, an aside or an "of" phrase after it no part
    of it), with "as" and the -ing form of a verb of saying or "as having" and its participle
    ("Ada Voss was quoted by the Ledger as saying", "Voss, who grew up here, has been quoted
    by Radio Kell as having said", "Ada Voss is expected to be quoted by her deputy, Bruno
    Kemp, as saying"), or the medium after "in" and the -ing form ("was quoted in the Ledger
    saying"). A pronoun or description subject stands for the person named before it, as
    elsewhere ("She was later quoted by …": the woman last named). None for anything else
    ("Voss quoted the Ledger as saying": active, the Ledger's words; "was criticised by Lee as
    hitting": no verb of saying). Two subjects joined are given together ("Voss and her deputy")."""
    s0, s1 = a.speaker_start, a.speaker_end
    if a.kind != "quote" or s0 is None or s1 is None or not a.cue or not a.speaker:
        return None
    cue = a.cue.split()[0].lower()
    if cue not in QUOTING_FORMS and not (cue.endswith("ing") and CUE_FORMS.get(cue) in CORE):
        return None  # "quoted by …", or the "saying" after a medium ("quoted in the Ledger saying")
    lo = max(0, s0 - RELAY_REACH)
    line = text.rfind("\n", lo, s0)
    lo = line + 1 if line >= 0 else lo
    end = text.find("\n", s1)
    tokens = words(text, lo, min(len(text), s1 + RELAY_REACH) if end < 0 else min(end, s1 + RELAY_REACH))
    at = next((k for k, tok in enumerate(tokens) if tok.start >= s0), -1)
    stop = next((k for k in range(max(at, 0), len(tokens)) if tokens[k].end >= s1), -1)
    if at < 0 or stop < 0:
        return None
    prep = next(
        (k for k in range(at - 1, max(0, at - AGENT_REACH) - 1, -1) if tokens[k].lower in ("by", "in")),
        -1,
    )
    after = stop + 1  # where the words after the medium start
    if prep >= 1 and (prep == at - 1 or agent_before(tokens, prep, at)):
        # the mention is the medium: "was quoted by the Ledger", "by her deputy, Bruno Kemp,"
        v = prep - 1
        while v > 0 and adverb_word(tokens[v]) and tokens[v].lower not in QUOTING_FORMS:
            v -= 1  # "was widely quoted by"
    else:  # the mention is the subject, the medium named later: "Voss was quoted as saying by the Ledger"
        v = stop + 2 if stop + 2 < len(tokens) else -1
        if v < 0 or not any(tokens[k].lower == "by" for k in range(v + 1, min(len(tokens), v + 14))):
            return None
        prep, after = -1, v + 1
    if v < 1 or tokens[v].lower not in QUOTING_FORMS:
        return None
    b = v
    while b > 0 and tokens[b - 1].text not in SENTENCE_MARKS and tokens[b - 1].text not in '”"’':
        b -= 1
    if b < len(tokens) and tokens[b].text == ",":
        b += 1  # "“…,” Ada Voss was quoted": after the quote's comma
    if not passive(tokens, v, b) or not says_after(tokens, after, prep >= 0 and tokens[prep].lower == "in"):
        return None
    np = sentence_subject(tokens, b, v) or np_backward(tokens, v - 2, b)
    if np is None:
        return None
    e = index(tokens, np[-1]) + 1
    if e < v and tokens[e].lower in COORDINATORS:
        other = np_forward(tokens, e + 1, v)  # "Ada Voss and her deputy were quoted": the two
        return " ".join(tok.text for tok in [*np, tokens[e], *other]) if other is not None else None
    kind = kind_of_mention(np)
    if kind == "description" and e + 2 < v and tokens[e].text == ",":
        named = np_forward(tokens, e + 1, v)
        if named is not None and kind_of_mention(named) == "name":
            return " ".join(tok.text for tok in named)  # "The mayor, Ada Voss, was quoted"
    if kind == "name":
        return " ".join(tok.text for tok in np)
    if kind not in ("description", "pronoun"):
        return None
    registry = Registry(text)
    register_names(registry, text, 0, np[0].start)
    return registry.pronoun(np[0].text, np[0].start) if kind == "pronoun" else registry.description(np)


def agent_before(tokens: list[Token], prep: int, at: int) -> bool:
    """The mention at ``at`` restates the "by" agent after ``prep`` set off by a comma ("by
    her deputy, Bruno Kemp,"), or the agent's phrase runs into it ("by the Ledger's editor")."""
    np = (
        by_agent(tokens, prep, at + 1) if tokens[prep].lower == "by" else np_forward(tokens, prep + 1, at + 1)
    )
    if np is None:
        return False
    e = index(tokens, np[-1]) + 1
    return e >= at or (e == at - 1 and tokens[e].text == ",")


def adverb_word(tok: Token) -> bool:
    """A word ending in "-ly" between a passive verb and its "by" ("quoted widely by")."""
    return tok.lower.endswith("ly") and tok.text.isalpha()


def says_after(tokens: list[Token], k: int, bare: bool) -> bool:
    """From ``k`` on (a comma after an agent set off skipped), before the clause ends: "as"
    and the -ing form of a verb of saying, or "as having" and its participle ("as saying",
    "as telling", "as having said"); with ``bare`` the -ing form alone may follow ("quoted in
    the Ledger saying")."""
    if k < len(tokens) and tokens[k].text == ",":
        k += 1
    for j in range(k, min(len(tokens) - 1, k + 14)):
        tok, nxt = tokens[j], tokens[j + 1].lower
        if tok.text in (",", ";", ":") or tok.text in SENTENCE_MARKS or tok.quote >= 0:
            return False
        if bare and j == k and tok.lower.endswith("ing") and CUE_FORMS.get(tok.lower) in CORE:
            return True
        if tok.lower == "as" and nxt.endswith("ing") and CUE_FORMS.get(nxt) in CORE:
            return True
        if tok.lower == "as" and nxt == "having" and j + 2 < len(tokens):
            return CUE_FORMS.get(tokens[j + 2].lower) in CORE
    return False


TURN_REACH: Final = 400
"""How many characters before a pronoun ``subject_before_in_turn`` reads for its sentence."""


def subject_before_in_turn(text: str, start: int, at: int, word: str) -> str | None:
    """The subject of the sentence before the pronoun ``word`` at ``at`` in a turn that starts
    at ``start``, when it is a name or description whose sex agrees or is not told. Reads
    at most TURN_REACH characters back, so a long turn of many quotes stays linear."""
    lo_at = max(start, at - TURN_REACH)
    tokens = words(text, lo_at, at)
    stops = [k for k, tok in enumerate(tokens) if tok.text in SENTENCE_MARKS]
    opening = tokens[stops[-1] + 1 :] if stops else []
    if not stops or len(opening) > 1 or any(tok.lower not in SENTENCE_CONNECTIVES for tok in opening):
        return None  # the pronoun does not open its sentence ("Then she said" does)
    if len(stops) < 2 and lo_at > start:
        return None  # the sentence before starts beyond the reach
    lo = stops[-2] + 1 if len(stops) > 1 else 0
    prev = tokens[lo : stops[-1]]
    np = sentence_subject(prev, 0, len(prev)) if len(prev) >= 2 else None
    if np is None or kind_of_mention(np) not in ("name", "description"):
        return None
    sex = gender_of(np)
    want = "m" if word == "he" else "f"
    return " ".join(tok.text for tok in np) if sex in ("", want) else None
