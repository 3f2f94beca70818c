"""Headlines: an article's first line, when it reads as one, and the quotes in it.

A headline gives a quote with its own grammar, a present-tense verb and a bare role for
the speaker ("Mayor Says Pier ‘Stays Open’", "‘Not Over Yet,’ Union Chief Says"), or none at
all ("Strike ‘Not Over Yet’" over a body that quotes the words in full). These rules read
that line alone, and then the body only to say who the headline means, so they live apart
from the sentence sieves (attribution.py) and the resolution of body mentions
(resolution.py), which call them:

- headline_line: where the headline ends, if the first line is one;
- headline_clause: the speaker and verb of a headline quote (the "headline" sieve);
- headline_label, headline_role, role_holder: a section label is no speaker; a role is
  the one person the article's opening names in it;
- echo_headline: a headline quote given nobody is the words of the body quote that repeats
  them.

Each reads a bounded stretch (the first line, the opening ROLE_AHEAD characters once, the
next ECHO_WINDOW quotes), so a huge article stays linear.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from quotecheck.extract import lexicon as lx
from quotecheck.extract.formats import HEADLINE_MAX
from quotecheck.extract.mentions import Mention, kind_of_mention, people_noun, reads_as_person, verb_like
from quotecheck.extract.names import (
    FORMER,
    ROLE_ALIASES,
    Entity,
    Registry,
    fits_body,
    held_role,
    holds,
    is_org,
    is_place,
    person_name,
)
from quotecheck.extract.sentences import QUOTE_OPENING, Token, tokenize
from quotecheck.extract.spans import QuoteSpan

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
ADJECTIVE_ENDINGS: Final = lx.ADJECTIVE_ENDINGS
AUXILIARIES: Final = lx.AUXILIARIES
BODY_KINDS: Final = lx.BODY_KINDS
CUE_FORMS: Final = lx.CUE_FORMS
DEMOTING_WORDS: Final = lx.DEMOTING_WORDS
DETERMINERS: Final = lx.DETERMINERS
DOCUMENT_NOUNS: Final = lx.DOCUMENT_NOUNS
FINITE_WORDS: Final = lx.FINITE_WORDS
FORMER_WORDS: Final = lx.FORMER_WORDS
HEADLINE_CUES: Final = lx.HEADLINE_CUES
HEADLINE_TOPIC_PREPS: Final = lx.HEADLINE_TOPIC_PREPS
HEADLINE_PERSON_ENDS: Final = lx.HEADLINE_PERSON_ENDS
NOUN_PREPOSITIONS: Final = lx.NOUN_PREPOSITIONS
ORG_WORDS: Final = lx.ORG_WORDS
POSSESSIVE_S: Final = lx.POSSESSIVE_S
ROLE_NOUNS: Final = lx.ROLE_NOUNS
STOP: Final = lx.STOP
TITLES: Final = lx.TITLES
TITLE_SMALL_WORDS: Final = lx.TITLE_SMALL_WORDS
TITLE_SIGNS: Final = lx.TITLE_SIGNS
PRONOUNS: Final = lx.PRONOUNS
PAST_FORMS: Final = lx.PAST_FORMS
TRADE_TITLES: Final = lx.TRADE_TITLES

if TYPE_CHECKING:
    from quotecheck.extract.resolution import Attributed


def headline_line(text: str, spans: list[QuoteSpan]) -> int:
    """The end of the article's first line when it reads as a headline (short, no stop in it
    or at its end) and the first quote closes near the start, else -1. Read once per article
    (``attribution.attribute``) for the sieves and for ``resolution.resolve``."""
    if not spans or spans[0].close_at >= HEADLINE_MAX:
        return -1  # no quote near the start: none in a headline
    end = text.find("\n", 0, HEADLINE_MAX)
    if end <= 0:
        return -1  # no line break near the start: no headline (and never text[:-1], the whole text)
    line = text[:end]
    if line.rstrip()[-1:] in (".", ":", ";", "") or ". " in line or "? " in line:
        return -1  # a sentence, or two: prose, not a headline
    # a stop inside the closing quote: a headline only in Title Case ("… Going ‘In the Gutter.’")
    if line.rstrip(" \t”’\"'")[-1:] == "." and not title_case(line.split(), 1):
        return -1
    return end


def title_case(words: list[str], least: int = 5) -> bool:
    """Whether three quarters or more of ``least`` or more words are capitalised (quote marks
    and brackets before a word skipped): a headline's line, or (five or more words: not a
    byline) a line of running text in which capitalised runs are not names."""
    n = lower = 0  # the words left once quote marks are stripped, and those not capitalised
    for w in words:
        w = w.lstrip("‘'\"“([")  # "Lee Sees ‘Grave Risk’ …"
        if w:
            n += 1
            if not w[0].isupper():
                lower += 1
                if lower * 4 > len(words):
                    return False  # over a quarter of the words are not capitalised: prose (most lines)
    return n >= least and (n - lower) * 4 >= n * 3


def headline_tokens(text: str, spans: list[QuoteSpan], end: int) -> list[Token]:
    """The tokens of the article's headline (``end``: see headline_line), each quote in it one
    token; none when it has none or no quote in it. Read once per article for all its quotes."""
    if end < 0 or spans[0].close_at > end:
        return []
    return tokenize(text, 0, end, spans, 0)


def headline_clause(tokens: list[Token], spans: list[QuoteSpan], qi: int) -> Mention | None:
    """A quote in the article's headline (``tokens``: see headline_tokens), whose clause has
    a speaker and a headline cue verb: "Coach Says Team Was ‘Outplayed’", "… After Mayor Calls
    Cuts “…”", "Strike ‘Not Over Yet,’ Union Chief Says". The speaker is the words before the
    verb back to a function word; none when they join two ("Hale and Lee Say …")."""
    q = next((k for k, t in enumerate(tokens) if t.quote == qi), -1)
    if q < 0 or tokens[q].end != spans[qi].close_at:
        return None  # not in the headline, or running on past its end
    if (
        q == 0
        and len(tokens) > 3
        and tokens[1].text == ":"
        and not (
            spans[qi].end - spans[qi].start < QUOTE_OPENING
            and title_words(tokens[q].words)
            and any(t.lower in TITLE_SIGNS for t in tokens[2:])
        )
        and (m := colon_subject(tokens)) is not None
    ):
        return m
    v = q - 1
    while v > 0 and tokens[v].quote < 0 and tokens[v].text not in (":", ";") and not headline_cue(tokens[v]):
        v -= 1
    if v > 0 and headline_cue(tokens[v]) and not headline_verb(tokens, v, q):
        return None  # "Jury Told Hale Was “…”", "Voters Urged to …", "Calls Meeting on “…”"
    if v <= 0 or not headline_cue(tokens[v]):
        # "Strike ‘Not Over Yet,’ Union Chief Says": the quote closed by its comma, the
        # speaker and the verb end the line
        v = len(tokens) - 1
        if tokens[q].lower != "<q,>" or v - q < 2 or not headline_cue(tokens[v]):
            return None
    j = v
    while j > 0 and v - j < 4 and tokens[j - 1].quote < 0 and tokens[j - 1].text[:1].isalpha():
        low = tokens[j - 1].lower
        if low in STOP:
            break
        j -= 1
        if low in DETERMINERS:
            break  # "The Mayor Says …"
    if j == v or (j > 0 and tokens[j - 1].lower in ("and", "&")):
        return None
    np = tokens[j:v]
    if kind_of_mention(np) not in ("name", "description"):
        return None
    return Mention(tuple(np), kind_of_mention(np), tokens[v].lower, tuple(np))


TITLE_WORD: Final = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*")


def title_words(quote: str) -> bool:
    """A short quote of capitalised words (and TITLE_SMALL_WORDS), with no pronoun, verb or
    inner punctuation: the title of a work or a nickname ("‘The Crossing’", "‘Beast from the
    East’", "‘Dune’"), not words said. One word is a title only when it has no ending of an
    adjective or participle ("‘Devastated’", "‘Unacceptable’" are said)."""
    inner = quote.strip("‘’“”\"' ")
    found = TITLE_WORD.findall(inner)
    if not found or len(found) > 5 or any(ch in inner for ch in ",;:!?.—"):
        return False
    for w in found:
        low = w.lower()
        if low in PRONOUNS or low in AUXILIARIES or low in PAST_FORMS or low in CUE_FORMS:
            return False
        if not w[:1].isupper() and low not in TITLE_SMALL_WORDS:
            return False
    return len(found) > 1 or not found[0].lower().endswith(ADJECTIVE_ENDINGS)


def colon_subject(tokens: list[Token]) -> Mention | None:
    """A headline opened by a quote and a colon, then the person who said it: the subject of
    the headline's present verb ("‘…’: Harbour coach Ann Lee takes the blame", "‘…’: Dock
    worker wins £2m"), or up to a preposition when no verb follows ("‘…’: Ann Lee on her new
    play", "‘…’: poet Ann Lee in conversation"), or the person a piece is "with" to the line's
    end ("‘…’: A conversation with poet Ann Lee"). A person only: a full name, or a
    description ending in a noun of people; not "‘…’: Strike enters third week" nor "‘…’: The
    film nobody wants" nor "‘…’: Strike at the docks in third week"."""
    n = len(tokens)
    k = 2
    with_phrase = (
        n > 5
        and tokens[k].lower in ("a", "an")
        and tokens[k + 1].text.isalpha()
        and tokens[k + 2].lower == "with"
    )
    if with_phrase:
        k += 3
        e = n
    else:
        e = next(
            (
                j
                for j in range(k + 1, min(n, k + 7))
                if tokens[j].text.isalpha()
                and tokens[j].text.islower()
                and tokens[j].lower.endswith("s")
                and not tokens[j].lower.endswith("ss")
                and not people_noun(tokens[j].lower)
            ),
            -1,
        )
        if e < 0:
            # no verb: the person ends at a preposition in lower case ("‘…’: Ann Lee on her new
            # play"; not "‘…’: Teachers Dig In", a Title Case line's particle)
            e = next((j for j in range(k + 1, min(n, k + 7)) if tokens[j].text in HEADLINE_PERSON_ENDS), -1)
            if e >= 0 and not person_shown(tokens[k:e]):
                return None
        if e < 0:
            return None
    np = tokens[k:e]
    if not np or any(t.quote >= 0 or not t.text[:1].isalnum() for t in np):
        return None
    last = np[-1]
    if not (len(person_name(np)) >= 2 and last.is_cap) and not (
        last.text.islower() and people_noun(last.lower)
    ):
        return None
    return Mention(tuple(np), kind_of_mention(np), ":", tuple(np))


def person_shown(np: list[Token]) -> bool:
    """A headline's words before a preposition, with no verb to make them a subject, are a
    person only on positive evidence: a known given name or a title ("Ann Lee", "Dr Ana
    Lee"), or a lower-case noun of people in them ("poet Noor Hale", "the Okoro sisters");
    never a place's or a body's name ("Kelso Harbour", "Green Lane School", "Marlow United"),
    which a line such as "‘…’: Kelso Harbour in the spotlight" sets out as a scene."""
    if not np or is_org(np) or is_place(np):
        return False
    return reads_as_person(np) or any(t.text.islower() and people_noun(t.lower) for t in np)


def headline_verb(tokens: list[Token], v: int, q: int) -> bool:
    """The headline cue at ``v`` is the clause's present active verb: "Says", "Say", "Warns"
    (not "Told", "Urged": a past or passive form), no "to" after it ("Asked to Explain",
    "Calls to Quit"), no verb before it ("Faces Calls"); a "Calls" takes the quote at ``q`` as
    its complement ("Calls Cuts “…”", "Calls for “…”"), not inside a phrase of its object
    ("Calls Meeting on “…”")."""
    tok = tokens[v]
    lemma = CUE_FORMS.get(tok.lower, "")
    if tok.lower not in (lemma, lemma + "s", lemma + "es"):
        return False
    if v + 1 < len(tokens) and tokens[v + 1].lower == "to":
        return False
    before = tokens[v - 1]
    if before.lower in CUE_FORMS or before.lower in AUXILIARIES or verb_like(before, v - 1):
        return False
    if lemma == "call" and q > v + 1 and q - 1 > 0:
        last = tokens[q - 1].lower
        if last in NOUN_PREPOSITIONS and not (last == "for" and q - 1 == v + 1):
            return False
    return True


def headline_cue(tok: Token) -> bool:
    """A verb a headline gives someone's words with: "Says", "Warns", "Calls"."""
    return CUE_FORMS.get(tok.lower) in HEADLINE_CUES


def colon_speaker(m: Mention) -> Mention:
    """A headline's label before its colon is a speaker, then the topic after a preposition
    ("CNN Chief On Debates: ‘…’", "Hale on the Pier: ‘…’"): the speaker alone, ``m`` when
    there is no such topic."""
    toks = m.tokens
    for k in range(1, len(toks)):
        if toks[k].lower in HEADLINE_TOPIC_PREPS:
            np = list(toks[:k])
            return Mention(tuple(np), kind_of_mention(np), m.cue, tuple(np))
    return m


def headline_label(m: Mention) -> bool:
    """ "Review:", "Analysis:": one word naming a kind of piece labels a headline."""
    return len(m.tokens) == 1 and m.tokens[0].lower in DOCUMENT_NOUNS


def headline_role(m: Mention) -> str:
    """The role word a headline gives its speaker ("Mayor", "Police Chief", "Goalkeeper"), as
    its last word in lower case; "" when the speaker is not named by a role."""
    head = list(m.head or m.tokens)
    last = head[-1].lower.rstrip(".")
    if m.kind == "pronoun" or not (last in ROLE_NOUNS or last in TITLES or last in TRADE_TITLES):
        return ""
    return last


def headline_body(m: Mention) -> str:
    """The noun phrase of a body a headline gives as its speaker, no name in it ("Utility
    Says …", "Council Calls …", "City Council Warns …"), in lower case; "" for anything else
    ("Dunmore Council", "FBI": names)."""
    head = list(m.head or m.tokens)
    if m.kind == "pronoun" or len(head) > 2:
        return ""
    for k, tok in enumerate(head):
        body = tok.lower in BODY_KINDS or tok.lower in ORG_WORDS
        if not (body and tok.text[1:].islower()) or (k < len(head) - 1 and tok.lower not in ORG_WORDS):
            return ""  # a name ("Dunmore", "FBI"), or a noun no list knows as a body's
    return " ".join(t.lower for t in head)


def body_holder(noun: str, people: list[Entity], said: str | None) -> str | None:
    """The one body among ``people`` (see opening_people) that "the ``noun``" fits (see
    ``names.fits_body``), but the noun as the headline ``said`` it: the utility a headline's
    "Utility Says" means; None when none or two fit."""
    fits = [e.name for e in people if not e.person and not e.thing and e.name != said and fits_body(e, noun)]
    return fits[0] if len(fits) == 1 else None


def opening_people(text: str, names: Registry) -> list[Entity]:
    """Who the article's opening ROLE_AHEAD characters name, as its registry ``names`` (read
    to there at least) knows them: the entity each capitalised word there is filed under
    (a surname: "Lee", "Lee’s"), and its namesakes. One bounded read per article."""
    seen: dict[int, Entity] = {}
    for w in CAPITAL_WORD.finditer(text, 0, min(len(text), ROLE_AHEAD)):
        key = w.group().lower()
        if key.endswith(POSSESSIVE_S):
            key = key[:-2]
        ent = names.by_last.get(key)
        if ent is not None and id(ent) not in seen:
            seen[id(ent)] = ent
            for other in names.namesakes.get(key, []):
                seen.setdefault(id(other), other)
    return list(seen.values())


def role_holder(text: str, last: str, people: list[Entity], said: str | None) -> str | None:
    """The person the article names in a headline's role ``last`` (see headline_role): the one
    holder among ``people``, those its opening names (see opening_people), but the role as
    the headline ``said`` it ("Union Chief", which the registry keeps as well). Not a holder
    named as a former, deputy or acting one ("Former mayor Ann Lee"); nobody when two people
    hold the role ("Rovers coach Ann Lee … United coach Tom Hale")."""
    role = held_role(last)[0]
    alias = ROLE_ALIASES.get(role, role)
    opening = text[: min(len(text), ROLE_AHEAD)]
    holders = {
        e.name
        for e in people
        if e.person
        and e.name != said
        and FORMER not in e.roles
        and (holds(e, role) or holds(e, alias))
        and not demoted_holder(opening, e.name)
    }
    return holders.pop() if len(holders) == 1 else None


def demoted_holder(opening: str, name: str) -> bool:
    """Whether ``name`` is set after a word that makes its role a former or lesser one
    ("Former mayor Ann Lee", "Deputy mayor Ann Lee", "her predecessor, ex-chief Karl Moss")
    anywhere in the ``opening`` text."""
    at = opening.find(name)
    while at >= 0:
        lead = re.split(r"[.;:,!?\n]", opening[max(0, at - 40) : at])[-1]
        for word in lead.lower().split()[-4:]:
            cut = word.find("-")
            if word in DEMOTING_WORDS or (
                cut > 0 and (word[:cut] in FORMER_WORDS or word[:cut] in DEMOTING_WORDS)
            ):
                return True
        at = opening.find(name, at + len(name))
    return False


def echo_headline(text: str, results: list[Attributed], headline: int) -> None:
    """ "‘Not Over Yet,’ Union Chief Says" / … “It is not over yet,” Ann Lee said: a headline
    quote given nobody whose words recur in a later quote with a speaker is that speaker's:
    only words that read as a clause (a verb, or ECHO_WORDS words or more: not a title or a term
    like "“Quiet Quitting” Comes to Offices"), that open or make the body quote (not a phrase
    inside it, unless of ECHO_WORDS words or more: "‘Short of Nurses Again’"); when the headline has its own speaking verb, only a body speaker its words name
    ("‘…,’ Says Striking Nurse" / "said nurse Julie Amos"; not a councillor for "Say Parents").
    Not a phrase after a determiner ("The “Quiet Quitting” Trend"): a term the body may
    repeat. Only the next ECHO_WINDOW quotes are read, so a long article stays linear."""
    named = headline_speaker_words(text, results, headline)
    plain: dict[int, str] = {}  # each later quote's words, read once however many headline quotes
    by: dict[int, set[str]] = {}  # and the words of its speaker's mention, read as once
    for i, r in enumerate(results):
        if r.start >= headline:
            break
        if r.speaker is not None:
            continue
        said = plain_words(text[r.start : r.end])
        before = text[max(0, r.start - 8) : r.start - 1].split()
        if said.count(" ") < 1 or (before and before[-1].lower() in DETERMINERS):
            continue  # one word ("‘Senseless’") recurs by chance
        said_words = said.split()
        if len(said_words) < ECHO_WORDS and not any(w in FINITE_WORDS for w in said_words):
            continue  # "‘No Retreat’", "“The Last Harbour”": a term or a title, no clause
        for k in range(i + 1, min(len(results), i + 1 + ECHO_WINDOW)):
            b = results[k]
            if b.kind != "quote" or b.speaker is None:
                continue
            if k not in plain:
                plain[k] = f" {plain_words(text[b.start : b.end])} "
                if b.speaker_start is not None and b.speaker_end is not None:
                    by[k] = set(plain_words(text[b.speaker_start : b.speaker_end]).split())
            if named is not None and k in by and named.isdisjoint(by[k]):
                continue  # "“…,” Say Parents": a councillor repeating it is not the parents
            if plain[k].startswith(f" {said} ") or (
                len(said_words) >= ECHO_WORDS and f" {said} " in plain[k]
            ):
                r.kind, r.speaker, r.speaker_start, r.speaker_end = (
                    "quote",
                    b.speaker,
                    b.speaker_start,
                    b.speaker_end,
                )
                r.cue, r.group, r.attributed_by = b.cue, b.group, "headline_echo"
                break


ECHO_WINDOW: Final = 40
ECHO_WORDS: Final = 4
ROLE_AHEAD: Final = 4000
NOT_WORD: Final = re.compile(r"[^\w’']+")
CAPITAL_WORD: Final = re.compile(r"\b[A-Z][\w’'\-]*[a-z]\b")


def headline_speaker_words(text: str, results: list[Attributed], headline: int) -> set[str] | None:
    """When the headline's words outside its quotes hold a present speaking verb ("Say",
    "Says", "Warns"), its other words ("‘…,’ Says Striking Nurse" -> {"striking", "nurse"}):
    the speaker it names; None when it has no such verb."""
    bare: list[str] = []
    at = 0
    for r in results:
        if r.start >= headline:
            break
        bare.append(text[at : r.start])
        at = r.end
    bare.append(text[at:headline])
    words = plain_words(" ".join(bare)).split()
    verb = False
    for word in words:
        lemma = CUE_FORMS.get(word, "")
        verb = verb or (lemma in HEADLINE_CUES and word in (lemma, lemma + "s", lemma + "es"))
    if not verb:
        return None
    return {w for w in words if w not in CUE_FORMS and w not in DETERMINERS}


def plain_words(words: str) -> str:
    """The words in lower case, one space between, no punctuation: "Not Over Yet," -> "not over yet"."""
    return NOT_WORD.sub(" ", words.lower()).strip()
