"""Attribution sieves: for each quotation span, the speaker mention, the cue and the kind.

Sieves, in order (the first that fires wins), each reading a bounded window of tokens:

1. trailing: `"…," said X` / `"…," X said` / `"…," X, a spokeswoman, said` / `"…" — X`;
2. leading, in the same sentence: `X said: "…"`, `X told reporters "…"`, `According to X,
   "…"`, `X said the plan was "dead on arrival."`, `…, saying "…"` (the sentence subject);
3. a later piece of a sentence with an attributed piece: `X called it "a" and "b"`;
4. continuations, at document level: a quote-only sentence or paragraph right after an
   attributed quote, and every paragraph of a multi-paragraph quote, share its speaker.

Then resolution.py resolves names in document order (titles stripped, "Bridenstine" and
"he" to the person named before) and kinds.py gives quotes nobody said (scare quotes, titles
of works, nicknames) another kind.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Final

from quotecheck.extract import lexicon as lx
from quotecheck.extract.formats import (
    dash_line,
    headline_digest,
    line_signature,
    opens_line,
    roundup_entry,
    transcript_line,
)
from quotecheck.extract.grammar import (
    ASIDE,
    COMMA_COLON_SEMICOLON_OR_DASH,
    CUE_WORDS,
    OBJECT_SEX,
    REPORT,
    Cue,
    Sentence,
    according_to,
    by_agent,
    cue_words,
    determined_noun_before,
    document_part,
    enclosing,
    fronted_at,
    governing,
    governor_in,
    later_cue,
    mute_thing,
    noun_clause,
    noun_use,
    own_phrase_holds,
    parse,
    passive,
    past_settings,
    possessed_quote,
    possessor_mention,
    quoted_after,
    report_start,
    reporting,
    sets_out,
    subject_cached,
    verb_subject,
    view_before_colon,
    word_before,
)
from quotecheck.extract.headlines import headline_clause, headline_line, headline_tokens
from quotecheck.extract.kinds import name_shaped, own_tail
from quotecheck.extract.mentions import (
    Mention,
    adverb,
    adverb_like,
    appositive_name,
    can_speak,
    cue_at,
    denied_subject,
    head_of,
    joined_after_cue,
    joining_adverb,
    kind_of_mention,
    make_mention,
    medium,
    np_after_cue,
    np_backward,
    np_forward,
    past_participle,
    people_noun,
    people_plural,
    perceived,
    person_like,
    person_noun,
    plural,
    possessor,
    present_after_name,
    sex_of,
    speaker_shaped,
    speech_noun_verb,
    verb_like,
    year,
)
from quotecheck.extract.names import (
    AGE,
    fronted_object,
    gender_of,
    given_gender,
    given_name,
    is_org,
    is_place,
    is_title,
    names_person,
    past_word,
    person_name,
)
from quotecheck.extract.resolution import (
    ANSWERED,
    ASKED,
    ASKS,
    FOCUS,
    REPORTER,
    REPORTS,
    SOURCE,
    Attributed,
    Found,
    resolve,
)
from quotecheck.extract.sentences import (
    LEFT_WINDOW,
    Token,
    bare_fronted_phrase,
    cue_word,
    finite,
    fronted_phrase,
    index,
    line_start_within,
    quote_token,
    sentence_bounds,
    sentence_of,
    speech_setting,
    tokenize,
    words,
)
from quotecheck.extract.spans import QuoteSpan
from quotecheck.extract.subjects import (
    counted_people,
    joined_after,
    sentence_subject,
)

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
ADVERBS_AFTER_OBJECT: Final = lx.ADVERBS_AFTER_OBJECT
ARTICLES: Final = lx.ARTICLES
ARTICLES_AND_POSSESSIVES: Final = lx.ARTICLES_AND_POSSESSIVES
AUTHOR_FORMS: Final = lx.AUTHOR_FORMS
AUTHOR_PREPS: Final = lx.AUTHOR_PREPS
AUXILIARIES: Final = lx.AUXILIARIES
BINDING_TEXTS: Final = lx.BINDING_TEXTS
BODY_KINDS: Final = lx.BODY_KINDS
CLAUSE_AFTER_DESCRIPTION: Final = lx.CLAUSE_AFTER_DESCRIPTION
CLAUSE_GOES_ON: Final = lx.CLAUSE_GOES_ON
CLAUSE_LEADERS: Final = lx.CLAUSE_LEADERS
CLAUSE_STARTERS: Final = lx.CLAUSE_STARTERS
COMMALESS_CUES: Final = lx.COMMALESS_CUES
CONCESSIVES: Final = lx.CONCESSIVES
COORDINATORS: Final = lx.COORDINATORS
CONTRAST_JOINERS: Final = lx.CONTRAST_JOINERS
CORE: Final = lx.CORE
CUE_FORMS: Final = lx.CUE_FORMS
DEICTIC_WORDS: Final = lx.DEICTIC_WORDS
DETERMINERS: Final = lx.DETERMINERS
DOCUMENT_NOUNS: Final = lx.DOCUMENT_NOUNS
IT_BODIES: Final = lx.IT_BODIES
BODY_PLACE_PREPS: Final = lx.BODY_PLACE_PREPS
DATE_WORDS: Final = lx.DATE_WORDS
NUMBER_WORDS: Final = lx.NUMBER_WORDS
INDEFINITE_ARTICLES: Final = lx.INDEFINITE_ARTICLES
BE_FORMS: Final = lx.BE_FORMS
POSSESSIVE_S: Final = lx.POSSESSIVE_S
SPEECH_NOUNS: Final = lx.SPEECH_NOUNS
FINITE_AUX: Final = lx.FINITE_AUX
FLOOR_PARTICLES: Final = lx.FLOOR_PARTICLES
FOREIGN_ARTICLES: Final = lx.FOREIGN_ARTICLES
FOREIGN_AUX: Final = lx.FOREIGN_AUX
FOREIGN_CUES: Final = lx.FOREIGN_CUES
GENDERED: Final = lx.GENDERED
HAVE_FORMS: Final = lx.HAVE_FORMS
HYPHEN_DASHES: Final = lx.HYPHEN_DASHES
INTRO_NOUNS: Final = lx.INTRO_NOUNS
INVERTED_OPENING_LEMMAS: Final = lx.INVERTED_OPENING_LEMMAS
DEMONSTRATIVES: Final = lx.DEMONSTRATIVES
LABEL_LEADS: Final = lx.LABEL_LEADS
ENTRY_LABELS: Final = lx.ENTRY_LABELS
STAMP_WORDS: Final = lx.STAMP_WORDS
EDITORIAL_ROLES: Final = lx.EDITORIAL_ROLES
LATER: Final = lx.LATER
LEAD_INS: Final = lx.LEAD_INS
LISTENER_LEMMAS: Final = lx.LISTENER_LEMMAS
NAME_PLACE_PREPS: Final = lx.NAME_PLACE_PREPS
NAMING_PARTICIPLES: Final = lx.NAMING_PARTICIPLES
NEGATIONS: Final = lx.NEGATIONS
NO_INVERSION: Final = lx.NO_INVERSION
OBJECT_OPENERS: Final = lx.OBJECT_OPENERS
OBJECT_PREPS: Final = lx.OBJECT_PREPS
OBJECT_PRONOUNS: Final = lx.OBJECT_PRONOUNS
ORG_WORDS: Final = lx.ORG_WORDS
ORIGIN_VERBS: Final = lx.ORIGIN_VERBS
OWN_SUBJECT_RELATIVES: Final = lx.OWN_SUBJECT_RELATIVES
PEOPLE_BY_ORIGIN: Final = lx.PEOPLE_BY_ORIGIN
PEOPLE_OR_THINGS: Final = lx.PEOPLE_OR_THINGS
PERSONAL_PRONOUNS: Final = lx.PERSONAL_PRONOUNS
POLL_NOUNS: Final = lx.POLL_NOUNS
POLL_SHARE_WORDS: Final = lx.POLL_SHARE_WORDS
POSSESSIVE_ENDS: Final = lx.POSSESSIVE_ENDS
PREDICATE_VERBS: Final = lx.PREDICATE_VERBS
PREPOSITIONS: Final = lx.PREPOSITIONS
PREPOSITIONS_OF_SETTING: Final = lx.PREPOSITIONS_OF_SETTING
PRONOUN_GENDER: Final = lx.PRONOUN_GENDER
SPEAKING_GROUPS: Final = lx.SPEAKING_GROUPS
PERSON_POSSESSIVES: Final = lx.PERSON_POSSESSIVES
POSSESSIVE_DETERMINERS: Final = lx.POSSESSIVE_DETERMINERS
DENYING_PREPS: Final = lx.DENYING_PREPS
WITHHOLDING_FORMS: Final = lx.WITHHOLDING_FORMS
UNSAID_OBJECTS: Final = lx.UNSAID_OBJECTS
FINITE_BE: Final = lx.FINITE_BE
HELD_VIEW_NOUNS: Final = lx.HELD_VIEW_NOUNS
DEGREE_WORDS: Final = lx.DEGREE_WORDS
MANNER_ADJECTIVES: Final = lx.MANNER_ADJECTIVES
STANCE_PREPS: Final = lx.STANCE_PREPS
JUDGEMENT_NOUNS: Final = lx.JUDGEMENT_NOUNS
PRONOUN_OF: Final = lx.PRONOUN_OF
PRONOUN_SPEAKERS: Final = lx.PRONOUN_SPEAKERS
PRONOUNS_HE_SHE_THEY: Final = lx.PRONOUNS_HE_SHE_THEY
PUT_TO_PARTICIPLES: Final = lx.PUT_TO_PARTICIPLES
QUESTION_FORMS: Final = lx.QUESTION_FORMS
QUESTION_LEADS: Final = lx.QUESTION_LEADS
QUESTION_TOPICS: Final = lx.QUESTION_TOPICS
REACTION_LEMMAS: Final = lx.REACTION_LEMMAS
GROUP_SOUND_LEMMAS: Final = lx.GROUP_SOUND_LEMMAS
GATHERING_NOUNS: Final = lx.GATHERING_NOUNS
VOICE_SOUND_LEMMAS: Final = lx.VOICE_SOUND_LEMMAS
TURN_REACTION_FORMS: Final = lx.TURN_REACTION_FORMS
FATE_PARTICIPLES: Final = lx.FATE_PARTICIPLES
GESTURE_FORMS: Final = lx.GESTURE_FORMS
BODY_PARTS: Final = lx.BODY_PARTS
POSTURE_FORMS: Final = lx.POSTURE_FORMS
POSTURE_PARTICLES: Final = lx.POSTURE_PARTICLES
FLOOR_NOUNS: Final = lx.FLOOR_NOUNS
FLOOR_FORMS: Final = lx.FLOOR_FORMS
UNMOVED_ADJECTIVES: Final = lx.UNMOVED_ADJECTIVES
DOUBT_ADJECTIVES: Final = lx.DOUBT_ADJECTIVES
STANCE_BE_FORMS: Final = lx.STANCE_BE_FORMS
POINTING_FORMS: Final = lx.POINTING_FORMS
POINTING_PREPS: Final = lx.POINTING_PREPS
TAKE_FORMS: Final = lx.TAKE_FORMS
VIEWING_FORMS: Final = lx.VIEWING_FORMS
DIFFERING_WORDS: Final = lx.DIFFERING_WORDS
VIEW_NOUNS: Final = lx.VIEW_NOUNS
VERB_PARTICLES: Final = lx.VERB_PARTICLES
SEXED_PRONOUNS: Final = lx.SEXED_PRONOUNS
REL_WORDS: Final = lx.REL_WORDS
RELATIVE_PRONOUNS: Final = lx.RELATIVE_PRONOUNS
SENTENCE_ADVERBS: Final = lx.SENTENCE_ADVERBS
SENTENCE_HOWS: Final = lx.SENTENCE_HOWS
SENTENCE_MARKS: Final = lx.SENTENCE_MARKS
SET_OFF_RELATIVES: Final = lx.SET_OFF_RELATIVES
THING_RELATIVES: Final = lx.THING_RELATIVES
SPEAKER_KINDS: Final = lx.SPEAKER_KINDS
SPEAKER_PREPS: Final = lx.SPEAKER_PREPS
STOP: Final = lx.STOP
STOP_CAPS: Final = lx.STOP_CAPS
SUBORDINATORS: Final = lx.SUBORDINATORS
TALKED_WITH: Final = lx.TALKED_WITH
TELL_LEMMAS: Final = lx.TELL_LEMMAS
THIRD_PERSON: Final = lx.THIRD_PERSON
GOING_ON_CUES: Final = lx.GOING_ON_CUES
SECOND_PERSON: Final = lx.SECOND_PERSON
REPLY_OPENERS: Final = lx.REPLY_OPENERS
QUESTIONING_WORDS: Final = lx.QUESTIONING_WORDS
QUESTIONER_NOUNS: Final = lx.QUESTIONER_NOUNS
HEARING_NOUNS: Final = lx.HEARING_NOUNS
ECHO_WH_WORDS: Final = lx.ECHO_WH_WORDS
PERSON_OBJECTS: Final = lx.PERSON_OBJECTS
ONE_OF_MANY: Final = lx.ONE_OF_MANY
REPEATING_ADVERBS: Final = lx.REPEATING_ADVERBS
ECHO_AUXILIARIES: Final = lx.ECHO_AUXILIARIES
ECHO_QUESTION_WORDS: Final = lx.ECHO_QUESTION_WORDS
PRONOUNS: Final = lx.PRONOUNS
ASKING_WORDS: Final = lx.ASKING_WORDS
FIRST_PERSON: Final = lx.FIRST_PERSON
TIME_NOUNS: Final = lx.TIME_NOUNS
TIME_WORDS: Final = lx.TIME_WORDS
TITLES: Final = lx.TITLES
TRAILING_ADVERBS: Final = lx.TRAILING_ADVERBS
UTTERANCE_ARRIVALS: Final = lx.UTTERANCE_ARRIVALS
UTTERANCE_NOUNS: Final = lx.UTTERANCE_NOUNS
VERDICT_NOUNS: Final = lx.VERDICT_NOUNS
WEAK_LEMMAS: Final = lx.WEAK_LEMMAS
WORDS_NOUNS: Final = lx.WORDS_NOUNS

RIGHT_WINDOW: Final = 240
LOOK_BACK_WORD: Final = 16
"""How many characters after a quote ``pointed_back`` reads for the word that opens the next
sentence ("That", "Those", "So") before it reads any further."""


CUE_TAIL: Final = 40
"""Characters after a question's cue that may still hold only the cue's own words ("she
asked again."): past them the asker is saying more, and the sentence is not read further."""
IDLE_REACH: Final = 60
"""Tokens after a thing subject within which a sentence can be an idle aside about it."""


def attribute(text: str, spans: list[QuoteSpan], disabled: frozenset[str] = frozenset()) -> list[Attributed]:
    """Speaker, cue, kind and group for every span, in document order."""
    starts = sentence_bounds(text, spans)
    sent_of = [sentence_of(starts, s.open_at) for s in spans]
    nothing = Found()  # never changed: one shared instance stands for "not attributed yet"
    headline = headline_line(text, spans)
    doc = Doc(
        text,
        spans,
        starts,
        sent_of,
        [nothing] * len(spans),
        [s.end for s in spans],
        headline_tokens(text, spans, headline),
    )
    for qi in range(len(spans)):
        f = attribute_one(Window(doc, qi), disabled)
        doc.found[qi] = with_antecedent(doc, with_outer(doc, qi, poll_source(doc, qi, f)))
    continue_chains(doc, disabled)
    return resolve(text, spans, doc.found, headline)


@dataclass(frozen=True)
class Doc:
    """The article as the sieves read it: its text and quote spans, where its sentences
    start, each quote's sentence, and the attributions found so far."""

    text: str
    spans: list[QuoteSpan]
    starts: list[int]
    sent_of: list[int]
    found: list[Found]
    ends: list[int]
    """Where each quote ends: the first quote a stretch of text holds is a binary search away."""
    headline: list[Token]
    """The headline's tokens (see headlines.headline_tokens), read once for all its quotes."""
    read: dict[tuple[int, int], list[Token]] = field(default_factory=dict)
    """The token lists ``before`` has made, by sentence and end: several sieves read one
    stretch (the sentence before a quote, for three chain sieves), so it is tokenized once.
    The lists are shared, so never changed (no sieve changes a list it is given)."""
    opened: dict[int, bool] = field(default_factory=dict)
    """``opens_sentence`` by quote: the window asks it of every quote, the chain sieves again."""
    antecedents: dict[tuple[int, str, str], tuple[Mention | None, bool, str]] = field(default_factory=dict)
    """``antecedent_of`` by pronoun mention (start, word, cue): the quotes of one cue share it."""
    contrasts: dict[int, Mention] = field(default_factory=dict)
    """By pronoun mention start, the one the pronoun stands for should the article show its
    antecedent to be of the other sex (``resolution.contrast_pick``): the first subject of a
    contrast whose second subject ``antecedent_of`` gave with no word telling either one's sex
    (see ``contrast_subject``), or the asker of a question that ``answer_before`` gave to the
    one who answered the turn before."""

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]``, each quote in it one token (none when the
        stretch is empty, as it is before a quote that opens its sentence: no search)."""
        if end <= start:
            return []
        return tokenize(self.text, start, end, self.spans, bisect.bisect_right(self.ends, start))

    def before(self, si: int, end: int) -> list[Token] | None:
        """The tokens from the start of sentence ``si`` to ``end``, or ``None`` when there
        are none or they are farther than LEFT_WINDOW (a bounded read keeps it linear)."""
        s0 = self.starts[si]
        if not s0 < end <= s0 + LEFT_WINDOW:
            return None
        tokens = self.read.get((si, end))
        if tokens is None:
            tokens = self.read[si, end] = self.tokens(s0, end)
        return tokens

    def sentence_end(self, si: int) -> int:
        return self.starts[si + 1] if si + 1 < len(self.starts) else len(self.text)

    def opens_sentence(self, qi: int) -> bool:
        """Nothing but a lead-in ("And", "Still,") stands before the quote in its sentence."""
        known = self.opened.get(qi)
        if known is None:
            open_at = self.spans[qi].open_at
            before = self.text[max(self.starts[self.sent_of[qi]], open_at - 200) : open_at]
            before = before.strip(" \t\n\u00a0([—–-")
            core = before.rstrip(",:")  # lower() never shortens it: a longer one is no lead-in
            known = not before or (len(core) <= LONGEST_LEAD_IN and core.lower() in LEAD_INS)
            self.opened[qi] = known
        return known


LONGEST_LEAD_IN: Final = max(len(w) for w in LEAD_INS)


def poll_source(doc: Doc, qi: int, f: Found) -> Found:
    """ "In the harbour trust’s spring poll, 64 percent of anglers said “…”": the share of
    respondents answers in the poll the sentence names, which is the source to check."""
    m = f.mention
    if m is None or m.kind not in ("description", "name"):
        return f
    # only words after the last quote before the mention can name the poll (the walk below
    # stops at a quote): reading from there, found by a binary search over where quotes end,
    # keeps a sentence of many quotes linear
    start, j = doc.starts[doc.sent_of[qi]], bisect.bisect_right(doc.ends, m.start, 0, qi) - 1
    if j >= 0:
        start = max(start, doc.spans[j].end)
    opening = doc.text[start : m.start].lower()
    tokens = doc.before(doc.sent_of[qi], m.start) if any(w in opening for w in POLL_NOUNS) else None
    if tokens is None:
        return f
    near = [*tokens[-5:], *m.tokens]  # "28% of anglers and boat-owning residents"
    if not any(t.lower in POLL_SHARE_WORDS or t.text.endswith("%") for t in near):
        return f
    n = len(tokens)  # the nearest poll noun back, in this clause (not past a quote or a ";")
    r = word_before(tokens, n - 1, 0, n, POLL_NOUNS, lambda t: t.quote < 0 and t.text not in (";", ":"))
    np = np_backward(tokens, r, 0) if r >= 0 else None
    return replace(f, mention=make_mention(tokens, np, m.cue)) if np is not None and len(np) >= 2 else f


def with_antecedent(doc: Doc, f: Found) -> Found:
    """A he/she mention inside a sentence opened by a named subject ("Marsh turned on Hale,
    when he called …") keeps that subject as its likely antecedent for naming; a he/she/they
    that is itself its sentence's subject keeps the previous sentence's subject (centering:
    "Bell praised Vance. She called him …" is Bell, not the object named last). A definite
    description of one person keeps a named subject the same way, which it may restate (see
    ``resolution.described_subject``)."""
    m = f.mention
    word = m.tokens[0].lower if m is not None and m.kind == "pronoun" and f.outer is None else ""
    if word == "it" and m is not None:
        source = source_before(doc, m)
        return f if source is None else replace(f, antecedent=source, before=True, centre=SOURCE)
    if m is not None and m.kind == "description" and f.outer is None and described_one(m):
        word = DESCRIBED  # "“…,” said the 31-year-old": the named centre it may stand for
    if m is None or (word not in GENDERED and word != "they" and word != DESCRIBED):
        return f
    # "“…,” she said, “…”": the quotes of one cue share its pronoun, read once
    key = (m.start, word, m.cue)
    known = doc.antecedents.get(key)
    if known is None:
        known = doc.antecedents[key] = antecedent_of(doc, m, word)
    ante, before, centre = known
    if ante is None and word == DESCRIBED:
        return replace(f, centre=FOCUS)  # no named subject before it: the person in focus may be it
    if ante is None:
        return f
    return replace(f, antecedent=ante, before=before, centre=centre, rival=doc.contrasts.get(m.start))


IT_CHAIN: Final = 2
"""The most sentences of narrative between an "it"'s quote and one going on with it."""


def its_source(doc: Doc, f: Found, qi: int) -> Found | None:
    """A quote ``qi`` going on after one whose cue's subject is an "it" (``“…,” it said.
    “…”``) is that "it"'s too: the document or body it stands for (see ``source_before``).
    None when a sentence between opens on a name ("Tom Reyes, who led the campaign,
    disagreed."): someone else is in focus, the body's words do not go on; or when more than
    IT_CHAIN sentences part them."""
    m = f.mention
    if m is None or m.kind != "pronoun" or m.tokens[0].lower != "it":
        return f
    si, last = sentence_of(doc.starts, m.start), doc.sent_of[qi]
    if last - si - 1 > IT_CHAIN:
        return None
    for s in range(si + 1, last):
        tokens = doc.before(s, doc.sentence_end(s))
        if tokens is None:
            return None
        np = sentence_subject(tokens, 0, len(tokens)) if len(tokens) >= 2 else None
        if np is not None and kind_of_mention(np) == "name" and np[0] is tokens[0]:
            return None
    return with_antecedent(doc, f)


PASSIVE_REACH: Final = 40
"""How many characters after an "it" ``passive_it`` reads for its verb group."""


def passive_it(text: str, end: int) -> bool:
    """Whether the "it" ending at ``end`` stands for no one: it heads a passive or a form of
    "be" ("it was said", "It must be said that", "it has been said", "it cannot be said": past
    the auxiliaries, modals, negations and adverbs of its verb group, the first word is a form
    of "be"), or it anticipates a clause ("It said much about the town that …": "say", one to
    three words, "about")."""
    words = text[end : end + PASSIVE_REACH].split()
    if len(words) > 3 and CUE_FORMS.get(words[0].lower()) == "say" and "about" in words[2:5]:
        return True  # "It says a lot about the town that …": no one's words, an expletive "it"
    for word in words:
        low = word.lower().strip(",")
        if low in BE_FORMS:
            return True
        if not (
            low in FINITE_AUX
            or low in AUXILIARIES
            or low in NEGATIONS
            or (low.endswith("ly") and low.isalpha())
        ):
            return False
    return False


def source_before(doc: Doc, m: Mention) -> Mention | None:
    """ "The lawsuit names the landlord. It claims “…”", "Acme denied it. It said “…”": an
    "it" that is its sentence's subject stands for the sentence before's subject when that is
    a document or a body's name (centering, as for "he"/"she"), not for a body named later in
    an object or an aside."""
    si = sentence_of(doc.starts, m.start)
    tokens = doc.before(si, m.start)
    if si == 0 or (m.start > doc.starts[si] and tokens is None):
        return None
    if any(t.quote < 0 and t.text[:1].isalnum() for t in tokens or ()) and not (
        tokens is not None and fronted_phrase(tokens)
    ):
        return None  # "The fine, it said, …": not the sentence's first word
    if passive_it(doc.text, m.end):
        return None  # "“…,” it was said at the time", "It must be said that": no one's words
    prev = doc.before(si - 1, doc.starts[si]) or []
    np = sentence_subject(prev, 0, len(prev)) if len(prev) >= 3 else None
    if np is None or not leads(prev, np) or closing_reporter(prev, np) is not None:
        return None
    kind = kind_of_mention(np)
    if kind != "pronoun" and np[0].lower in ARTICLES:
        k = start = index(prev, np[-1]) + 1
        if np[-1].lower.endswith(POSSESSIVE_ENDS):
            # "The Kettle Trust’s yearly safety report": the possessor's noun phrase goes on
            # in lower-case words (at most two) to its head
            while k < min(len(prev), start + 2) and prev[k].text.isalpha() and prev[k].text.islower():
                if prev[k].lower in DOCUMENT_NOUNS or finite(prev[k]):
                    break
                k += 1
        noun = prev[k].lower if 0 < k < len(prev) else ""
        then = prev[k + 1].lower if k + 1 < len(prev) else ""
        if (
            noun in DOCUMENT_NOUNS
            and not (noun.endswith("s") and noun[:-1] in DOCUMENT_NOUNS)
            and then not in DETERMINERS  # "The Kettle Group report that …": the noun is a verb
        ):
            # "The Kettle report, published on Monday, rated …. It says “…”", "The Kettle
            # Board’s annual performance report rates …": a name or a description before a
            # document noun only says whose document it is; the document is the subject
            paper = list(np)
            paper.extend(prev[start : k + 1])
            return make_mention(prev, paper, m.cue)
    if (
        kind == "description"
        and np[0].lower in ARTICLES
        and not plural(np)  # "The Arden memos, released on Friday, were mixed. It said": not "it"
        and (
            np[-1].lower in DOCUMENT_NOUNS
            or (np[-1].lower in IT_BODIES and np[-1].text.islower() and not other_source_after(prev, np))
        )
    ):
        # "The school board voted 5-2 to close the annex. “…,” it said": a document or a
        # body described by its kind, the sentence before's subject, is what "it" stands for
        # (a capitalised head is a name's: "The embattled Harbour Trust" is its name's body)
        return make_mention(prev, np, m.cue)
    if kind != "name" or (len(np) == 1 and np[0].lower.endswith("s")):
        return None  # "Regulators fined Brill Holdings. “…,” it said": a plural is never "it"
    if any(t.is_cap and t.quote < 0 for t in prev[index(prev, np[-1]) + 1 :]):
        return None  # "The Port Authority fined Marlow Holdings.": either body may be "it"
    return make_mention(prev, np, m.cue)


ASIDE_REACH: Final = 16
"""The most tokens of an aside set off after a subject that ``other_source_after`` skips."""


def other_source_after(prev: list[Token], np: list[Token]) -> bool:
    """ "The regulator fined Harlow Foods £2m.", "The council received a petition …": after a
    subject ``np`` described by its kind, the rest of its clause names another body or brings
    in a document with an author of its own, either of which a following "it" may be (as for a named subject, see
    ``source_before``). Not an aside set off right after the subject ("The council, under
    pressure from the Kelso Herald, …"), a person ("apologised to Mia Stone", "Ms. Lowe"), a
    name a possessive makes a modifier ("its Dunmore plant"), a date, a name in the subject's
    own words or in a clause opened by a participle after the object ("sent a letter urging
    Congress to act"), nor anything after a verb of saying (the body speaking: "said that it
    had hired …")."""
    n = len(prev)
    k = index(prev, np[-1]) + 1
    if k < n and prev[k].text == ",":
        k = next((j + 1 for j in range(k + 1, min(n, k + ASIDE_REACH)) if prev[j].text == ","), n)
    while k < n and (prev[k].lower in FINITE_AUX or prev[k].lower.endswith("ly")):
        k += 1  # "has since said", "quickly said"
    # the clause's verb, past the subject's own words ("A coalition of 40 groups, including
    # the Kelso Trust, sent …")
    k = next((j for j in range(k, n) if finite(prev[j]) and prev[j].quote < 0), n)
    if k < n and CUE_FORMS.get(prev[k].lower) == "say":
        return False
    j = k + 1
    while j < n:
        t = prev[j]
        if t.quote < 0 and t.text.islower() and t.lower.endswith("ing") and t.lower not in PREPOSITIONS:
            return False  # "sent a letter urging Congress to act": a clause of its own follows
        if t.quote < 0 and t.lower in INDEFINITE_ARTICLES:
            doc_at = next((x for x in range(j + 1, min(n, j + 3)) if prev[x].lower in DOCUMENT_NOUNS), -1)
            if doc_at > 0 and any(x.lower in AUTHOR_PREPS for x in prev[doc_at + 1 : doc_at + 4]):
                return True  # "received a petition signed by …", "was handed a report by …"
        elif t.quote < 0 and t.is_cap and t.lower not in DATE_WORDS and t.lower not in PRONOUNS:
            e = j
            while e + 1 < n and prev[e + 1].is_cap and prev[e + 1].quote < 0:
                e += 1
            lead = prev[j - 1].lower if j > 0 else ""
            if not (
                lead.endswith(POSSESSIVE_ENDS)
                or (lead in ARTICLES_AND_POSSESSIVES and lead != "the")
                or is_title(prev[j - 1])
                or (lead == "," and j > 1 and person_noun(prev[j - 2].lower))  # "the mayor, Dara Finch"
                or is_title(t)
                or given_name(t.text)
            ):
                return True
            j = e
        j += 1
    return False


NO_ANTECEDENT: Final[tuple[Mention | None, bool, str]] = (None, False, "")
DESCRIBED: Final = "the"
"""The word ``antecedent_of`` is given for a definite description of one person (see
``described_one``): its antecedent is read as a he or she's is, a name only."""


def described_one(m: Mention) -> bool:
    """ "the 31-year-old", "the Danish midfielder", "the Italian": a definite description of
    one person (by role, age, origin or sex), which may restate the person in focus; or "the
    airline", "the chain": a body's noun, which may restate the body in focus."""
    np = list(m.head or m.tokens)
    if (
        np[0].lower != "the"
        or len(np) < 2
        or plural(np)
        or (np[-1].is_cap and np[-1].lower not in PEOPLE_BY_ORIGIN)
    ):
        return False
    return (
        described_person(np)
        or any(past_word(t.lower) for t in np[1:-1])  # "the retired midwife": what a person was
        or np[-1].lower in PEOPLE_BY_ORIGIN
        or (len(np) == 2 and np[-1].lower in BODY_KINDS)
    )


def antecedent_of(doc: Doc, m: Mention, word: str) -> tuple[Mention | None, bool, str]:
    """The antecedent ``with_antecedent`` gives the pronoun mention ``m`` (``word``), whether
    it is the previous sentence's subject, and why it is that sentence's centre (see
    ``Found.centre``)."""
    si = sentence_of(doc.starts, m.start)
    tokens = doc.before(si, m.start)
    if m.start > doc.starts[si] and tokens is None:
        return NO_ANTECEDENT  # too far into a long sentence to read
    described = word == DESCRIBED
    fronted_they = fronted_setting_they(tokens, word)
    if (word in THIRD_PERSON or described) and (
        not any(
            t.quote < 0 and t.text[:1].isalnum() and not (described and cue_word(t)) for t in tokens or ()
        )
        or (word in GENDERED and tokens is not None and fronted_phrase(tokens))
        or fronted_they
    ):
        # "She called him …", "“…,” she said": the pronoun is its sentence's subject, so it
        # stands for the subject of the sentence before, when that agrees (see ``resolve``)
        if si == 0:
            return NO_ANTECEDENT  # no sentence before
        if word in GENDERED and (turn := exchange_turn(doc, si, m)) is not None:
            return turn
        back = si - 1
        prev, np = chained_subject(doc, back, word)
        if word in GENDERED and np is not None and back > 0 and idle_thing(doc, back, prev, np, word):
            # "Meyer has worked under Ames. The club has won twice. “…,” she said": a sentence
            # about a thing that names no one leaves the centre where the sentence before put it
            back -= 1
            prev, np = chained_subject(doc, back, word)
        if (
            word in PRONOUN_GENDER
            and np is not None
            and (contrast := contrast_subject(prev, np, word)) is not None
        ):
            if contrast[1] and kind_of_mention(np) == "name" and kind_of_mention(contrast[0]) == "name":
                # two names, no word tells either one's sex: the sex the article has shown for
                # each decides when the pronoun is read (``resolution.contrast_pick``)
                doc.contrasts[m.start] = make_mention(prev, np, m.cue)
            np = contrast[0]  # "Lee declined to comment, but Bex was blunt. “…,” he said.": Bex
        if word in GENDERED and (np is None or (len(np) == 1 and np[0].lower == word)):
            # "“…,” said Mróz. She also questioned the goal. “…,” she said": a chain of the
            # pronoun in narrative, back to a quote, continues that quote's named speaker
            spoken = chain_speaker(doc, back, word)
            if spoken is not None:
                return spoken, True, ""
        if word in GENDERED and np is not None and (last := last_speaker(doc, prev, np, m)) is not None:
            return last, True, ""
        if described and np is not None and len(np) == 1 and np[0].lower in GENDERED:
            # "Kessler was blunt. He had missed twice. “…,” said the 31-year-old": the chain's referent
            prev, np = chained_subject(doc, si - 1, np[0].lower)
        if np is not None and word == "they":
            np = joined_after(prev, np, index(prev, np[0]), len(prev))  # "Teachers and parents"
        centre = ""
        # "Lint asked Quist whether anyone replied. “Did anyone?” she asked": a he/she who asks
        # in turn is the asker going on, not the one asked (who answers: ``asked_object``)
        asks = (
            word in GENDERED
            and asking_cue(m.cue)
            and np is not None
            and asking_verb(prev, np)
            and asked_object(prev, np) is not None  # a question put, not "asked Quist to stay"
            and asks_on(doc, si, m, np)
        )
        if np is not None and (reporter := closing_reporter(prev, np)) is not None:
            np, centre = reporter, REPORTER  # "Tal doubted her story, Maria said.": the one who reports it
        elif (
            np is not None
            and (word in GENDERED or described)
            and not asks
            and (asked := asked_object(prev, np)) is not None
        ):
            return make_mention(prev, asked, m.cue), True, ASKED  # "Kahn pressed the senator on …"
        elif np is None or not leads(prev, np, word, asks):
            return NO_ANTECEDENT
        elif word == "they" and (counted := counted_people(prev, np, len(prev))) is not np:
            # "Thousands of runners filled …", "Some 200 nurses walked out": the plural the count heads
            if rival_people(prev, counted):
                return NO_ANTECEDENT
            return Mention(tuple(counted), "description", m.cue, tuple(counted)), True, ""
        if fronted_they and rival_object(prev, np):
            return NO_ANTECEDENT  # "The club fined two cafes. On Monday they said": either may be "they"
        kind = kind_of_mention(np)
        if word in GENDERED and kind == "description" and (agent := thing_agent(prev, np, word)) is not None:
            # "The effort is led by Ann Lee, who once worked for Mia Roe. She said …": a thing
            # the subject, the named agent of its passive verb is the person in focus
            return make_mention(prev, agent, m.cue), True, ""
        if kind not in ("name", "description") or (described and kind != "name"):
            return NO_ANTECEDENT
        if word == "they" and rival_people(prev, np):
            return NO_ANTECEDENT  # "Police questioned the neighbours. They said …": either may be "they"
        if asks and not centre:
            centre = ASKS  # the asker going on, whom the one asked then answers (``put_to_before``)
        elif (
            not centre
            and kind == "name"
            and (described or (word in GENDERED and rival_after(prev, np)))
            and reports_clause(prev, np)
        ):
            centre = REPORTS
        # make_mention reads a name set off after a description ("A spokeswoman, Lina Park,")
        return make_mention(prev, np, m.cue), True, centre
    # a description only after a quote its sentence's subject opens ("Kessler was blunt: “…,”
    # the 31-year-old said"), not "Kessler met reporters before the mayor said …"
    if (
        tokens is None
        or len(tokens) <= 2
        or (word not in GENDERED and not (described and tokens[-1].quote >= 0))
    ):
        return NO_ANTECEDENT  # no room for a subject and a word after it
    np = sentence_subject(tokens, 0, len(tokens))
    kind = kind_of_mention(np) if np is not None else ""
    if np is None or (kind != "name" and (described or kind != "pronoun")) or len(tokens) <= len(np) + 1:
        return NO_ANTECEDENT
    if fronted_object(doc.text, np[0].start, m.start):
        return NO_ANTECEDENT  # "With Ann Roy beside him, he said": a fronted phrase's object
    return make_mention(tokens, np, m.cue), False, ""


def fronted_setting_they(tokens: list[Token] | None, word: str) -> bool:
    """ "In a statement they said", "On Monday, they said": a "they" after a short fronted
    phrase of what carries words or of a time is its sentence's subject (``speech_setting``);
    not after a place ("At the pub they said"), where it is the people there."""
    return (
        word == "they"
        and tokens is not None
        and (
            ((fronted_phrase(tokens) or bare_fronted_phrase(tokens)) and speech_setting(tokens))
            or fronted_time_adverb(tokens)
        )
    )


def fronted_time_adverb(tokens: list[Token]) -> bool:
    """ "Later they said", "Later, they said", "Later that day they said", "Then they said":
    an adverb of time (``LATER``) opening the sentence, alone or with a demonstrative and a
    noun of time, a comma after it or not: the pronoun after it is the sentence's subject."""
    n = len(tokens) - (len(tokens) > 1 and tokens[-1].text == ",")
    if not 1 <= n <= 3 or not tokens[0].is_cap or tokens[0].lower not in LATER:
        return False
    return n == 1 or (n == 3 and tokens[1].lower in DEMONSTRATIVES and tokens[2].lower in TIME_NOUNS)


def rival_object(tokens: list[Token], np: list[Token]) -> bool:
    """Whether the sentence ``tokens`` whose subject is the body ``np`` names another body or
    a counted plural after its verb ("The club fined two cafes", "The school was sold to
    Halvard Estates"), who could as well be the "they" of a sentence after a fronted phrase;
    a place right after the body's noun ("The school in Tarrow") or a date is no rival."""
    if plural(np):
        return False  # people: ``rival_people`` reads them
    n = len(tokens)
    k = index(tokens, np[-1], len(np) - 1) + 1
    verb = next((i for i in range(k, n) if finite(tokens[i])), n)
    for i in range(verb + 1, n):
        t = tokens[i]
        if t.quote >= 0:
            continue
        if t.is_cap and t.text.isalpha() and t.lower not in DATE_WORDS:
            return True
        nxt = tokens[i + 1] if i + 1 < n else None
        if (
            (t.text.isdigit() or t.lower in NUMBER_WORDS)
            and nxt is not None
            and nxt.text.islower()
            and nxt.text.isalpha()
            and nxt.lower.endswith("s")
        ):
            return True
    return False


def contrast_subject(tokens: list[Token], np: list[Token], word: str) -> tuple[list[Token], bool] | None:
    """ "The referee declined to comment, but Bex was less restrained. “…,” he said.": when the
    sentence before a he or she sets a clause of its own against its subject ``np`` ("but",
    "whereas" after a comma, or a semicolon), it ends on that clause's named subject, whom the
    pronoun stands for unless that one's sex is known and another, or the first subject's sex
    is the pronoun's while the second's is not known; with it, whether no word tells either
    one's sex (then the sex the article has shown decides: ``resolution.contrast_pick``).
    None without such a clause, or with a quote in the sentence (the quote's own readers decide)."""
    want = PRONOUN_GENDER[word]
    n = len(tokens)
    for j in range(index(tokens, np[-1], len(np) - 1) + 1, n - 2):
        t = tokens[j]
        if t.quote >= 0:
            return None
        if t.text != ";" and not (t.lower in CONTRAST_JOINERS and tokens[j - 1].text == ","):
            continue
        other = sentence_subject(tokens, j + 1, n)
        if other is None or other[0] is not tokens[j + 1]:
            return None  # "…, but on Friday the club …": not a clause opening on its subject
        kind = kind_of_mention(other)
        if kind != "name" and not (kind == "description" and person_noun(other[-1].lower)):
            return None  # "…, but the board was unmoved": no person
        e = index(tokens, other[-1], j + len(other)) + 1
        if e + 2 < n and tokens[e].text == "," and tokens[e + 1].is_cap:
            # "but his coach, Radek Saarinen, stayed": the name set beside the description
            named = next((x for x in range(e + 1, min(n, e + 6)) if not tokens[x].is_cap), n)
            if named < n and tokens[named].text == ",":
                other, e = tokens[j + 1 : named], named + 1
        if (
            e >= n
            or not tokens[e].text.isalpha()
            or not tokens[e].text.islower()
            or tokens[e].lower in COORDINATORS
            or tokens[e].lower in OBJECT_PREPS
        ):
            # "…, but Bex and Lee": no verb of its own right after the subject; "…, but a
            # spokesman for the chairman, Ann Roy, …": the name set off is the chairman's
            return None
        if withholds(tokens, e, n):
            return None  # "…, but Ross declined to comment / did not respond": not the one who speaks
        a = index(tokens, np[-1], len(np) - 1) + 1
        first_withholds = withholds(tokens, a, j)
        if t.lower != "but" and not first_withholds:
            return None  # "Lee pleaded guilty; Bex did not …", "…, whereas Bex thinks …": parallel, no switch
        if not (
            first_withholds
            or stance_adjective(tokens, e, n)
            or (tokens[e].lower in CUE_FORMS and not (a < j and tokens[a].lower in CUE_FORMS))
        ):
            return None  # "…, but Bex kept his job / escaped unhurt": no sign the second one speaks
        # each subject's sex by its words or first name, else by a his/her in its own clause
        # ("Ana Brekke said her family …", "but Tomasz Varga was blunt in his response"): not
        # "Jack Ross … she", nor one of no known sex after a first of the pronoun's sex
        theirs = sex_of(other) or own_possessive(tokens, e, n)
        first = sex_of(np) or own_possessive(tokens, a, j)
        if theirs == want or (not theirs and first and first != want):
            return other, False
        if theirs or first:
            return None
        return other, True  # neither's sex told by its words: the article's evidence decides
    return None


def own_possessive(tokens: list[Token], s: int, e: int) -> str:
    """The sex ("m"/"f") the first "his" or "her" before a noun in ``tokens[s:e]`` (at most
    2 * VERB_GROUP tokens) tells (a clause's subject's own: "said her family would …"); "" if
    none, or if a capitalised word or a quote comes first (someone else may own it)."""
    for k in range(s, min(e - 1, s + VERB_GROUP * 2)):
        t = tokens[k]
        if t.is_cap or t.quote >= 0:
            return ""
        sex = PRONOUN_GENDER.get(t.lower, "") if t.lower in PERSON_POSSESSIVES else ""  # "his", "her"
        if sex and tokens[k + 1].text.isalpha() and tokens[k + 1].text.islower():
            return sex
    return ""


def withholds(tokens: list[Token], s: int, e: int) -> bool:
    """Whether the verb group opening at ``s`` (read up to ``e``, a few words, to a comma)
    denies or withholds words: "declined to comment", "did not respond", "could not be
    reached", "said nothing", "has yet to reply", "left without speaking"; past a name set off after the subject
    ("The referee, Ann Roy, declined …")."""
    if s < e and tokens[s].text == ",":
        s = next((k + 1 for k in range(s + 1, min(e, s + VERB_GROUP)) if tokens[k].text == ","), s)
    for k in range(s, min(e, s + VERB_GROUP)):
        t = tokens[k]
        if not t.text[:1].isalnum():
            return False
        if denying_word(t) or (
            t.lower in DENYING_PREPS and k + 1 < e and tokens[k + 1].lower.endswith("ing")
        ):
            return True
    return False


def denying_word(t: Token) -> bool:
    """A word of a verb group that denies or withholds words: a negation ("not", "never",
    "didn't"), a verb of withholding ("declined", "refused") or an object that says nothing
    ("nothing", "no comment")."""
    low = t.lower
    return (
        low in NEGATIONS or low.endswith(("n't", "n’t")) or low in WITHHOLDING_FORMS or low in UNSAID_OBJECTS
    )


def stance_adjective(tokens: list[Token], s: int, e: int) -> bool:
    """ "was blunt", "was less restrained", "were scathing about the plan", "was more
    forthcoming in her response": a form of "be" at ``s`` with an adjective of a manner of
    speaking or an attitude (MANNER_ADJECTIVES, after a word of degree or not) that ends its
    clause, or is followed by what it is about or to whom it is shown (STANCE_PREPS), or by
    "in" and the words it shows in ("in his response", "in an interview"): a mood shown in
    words. Not "was abroad", "was ill", "was silent throughout", "was quick to leave", "was
    sitting in the front row": a state, a place or health is no sign of speaking."""
    if s + 1 >= e or tokens[s].lower not in FINITE_BE:
        return False
    k = s + 1 + (tokens[s + 1].lower in DEGREE_WORDS)
    if k >= e or tokens[k].lower not in MANNER_ADJECTIVES or not tokens[k].text.islower():
        return False
    if k + 1 >= e or not tokens[k + 1].text[:1].isalnum():
        return True  # "was blunt.", "was blunt, …"
    nxt = tokens[k + 1].lower
    if nxt in STANCE_PREPS:
        return True
    return (
        nxt == "in"
        and k + 3 < e
        and (tokens[k + 2].lower in POSSESSIVE_DETERMINERS or tokens[k + 2].lower in ARTICLES)
        and (tokens[k + 3].lower in SPEECH_NOUNS or tokens[k + 3].lower in JUDGEMENT_NOUNS)
    )


def last_speaker(doc: Doc, prev: list[Token], np: list[Token], m: Mention) -> Mention | None:
    """ "Lee said …, and her rival, Ann Moss, answered that “…” She added …": a he/she whose
    cue goes on ("added", "continued") after a sentence closing on the quote of a named
    speaker other than its subject ``np`` goes on with that speaker; None otherwise."""
    if not going_on_cue(m.cue):
        return None
    q = next((k for k in range(len(prev) - 1, -1, -1) if prev[k].quote >= 0), -1)
    said = doc.found[prev[q].quote].mention if q >= 0 else None
    if said is None or said.kind != "name" or (said.start <= np[-1].start and np[0].start <= said.end):
        return None  # no named speaker, or the subject's own quote
    if not any(
        np[-1].end <= t.start < said.start and (t.lower in COORDINATORS or t.lower in CONCESSIVES)
        for t in prev
    ):
        return None  # "Pell said his father, Dan Lund, called it “…”": one the subject reports
    for t in prev[q + 1 :]:
        if t.text[:1].isalnum() and not said.start <= t.start < said.end and not cue_word(t):
            return None  # "…, Moss called it “a sham,” and Lee agreed": words after the quote
    return said


def exchange_turn(doc: Doc, si: int, m: Mention) -> tuple[Mention | None, bool, str] | None:
    """The turn a he/she cue ``m`` (in sentence ``si``) takes in an exchange of question and
    answer, the sentence before closing on a turn. After a question its speaker asked, a
    statement is the answer, unless the cue goes on ("he added", "he said again"): by the
    one the cue names (``“Were you there?” Hale asked Ivo Lund. “I was,” he said``; a
    description, "asked the judge", only when the answer speaks as "I" or opens yes/no), else
    by the one a verb of questioning took for object just before (``questioned_before``),
    else by the one who answered the turn before when asked in the narrative (``answer_before``),
    else by the person named last who is not the asker (``resolution.ANSWERED``) when the
    asker is one unnamed member of a group ("one reporter") not of the he/she's sex, or when
    the question is put to "you", the answer speaks as "I" or opens yes/no, and the cue
    addresses a he/she or the narrative tells of questioning. After an answer to such a
    question, a question not speaking as "I" is the asker's again (``… “Nobody,” Lund
    said.¶“Are you sure?” he asked``) when the exchange is told (``exchange_told``), in a
    paragraph of its own after an answer its cue names (in that paragraph, the one named goes
    on: ``“Of course,” Lund said. “Wouldn't you?” he asked``). None when the
    sentences are no such turns: the pronoun resolves as before."""
    prev = doc.before(si - 1, doc.starts[si]) or []
    here = bisect.bisect_right(doc.ends, m.start) - 1  # the pronoun's quote: the one it closes
    if here < 0 or doc.sent_of[here] != si:
        here += 1  # or the one after it ("He replied: “…”")
    j = here - 1  # the quote the sentence before closes on, its subject's
    if j < 0 or here >= len(doc.spans) or doc.sent_of[here] != si or not turn_before(doc, j, prev):
        return None
    said = doc.found[j].mention
    if said is None or not prev or not prev[0].start <= said.start < said.end <= prev[-1].end:
        return None  # the sentence before names no speaker of that quote
    asks_now = quote_asks(doc, here) and asking_cue(m.cue)
    if quote_asks(doc, j) and asking_cue(said.cue):
        after = [w.strip(".,;:") for w in doc.text[m.end : m.end + TURN_GAP].lower().split()[:2]]
        if asks_now or going_on_cue(m.cue) or not REPEATING_ADVERBS.isdisjoint(after):
            return None  # the asker goes on ("he added", "he said again")
        if (called := called_by_name(doc, j, m.cue)) is not None:
            return called, True, ASKED  # "“Mr. Vidal, has anyone been charged?” she asked."
        if said.kind == "pronoun":
            return answered_again(doc, j, said) or put_to_before(doc, j, said)
        k = past_asking(prev, said)  # "Hale asked Ivo Lund.": the one asked follows the cue
        addressed = k < len(prev) and prev[k].lower in GENDERED  # "Hale asked him."
        obj = np_forward(prev, k, len(prev)) if k < len(prev) and prev[k].text[:1].isalnum() else None
        reply = quote_words(doc, here)
        answers = not FIRST_PERSON.isdisjoint(reply) or (bool(reply) and reply[0] in REPLY_OPENERS)
        if obj is not None and not addressed:
            kind = kind_of_mention(obj)
            if kind == "name" or (kind == "description" and described_person(obj) and answers):
                return make_mention(prev, obj, m.cue), True, ASKED
            return None  # "asked the crowd"; "asked the judge. “He has waited …,” he said": no answer
        if said.kind == "description" and said.tokens[0].lower in ONE_OF_MANY:
            if gender_of(list(said.tokens)) == gender_of(list(m.tokens)):
                return None  # "“…?” one woman asked. “We are …,” she said": she may go on
            return said, True, ANSWERED  # "“…?” one reporter asked. “…,” he said": the one in focus
        put_to, questioning = questioned_before(doc, min(si - 1, doc.sent_of[j]), said)
        if put_to is not None:
            return put_to, True, ASKED  # "Lee pressed the director, Ann Voss. “…?” Lee asked."
        if (answering := answer_before(doc, j, said, m)) is not None:
            # "Lee asked Voss …. “…,” Voss said. “…?” Lee pressed. “…,” she said": Voss answers
            # again; the asker, should Voss be shown of the other sex (``resolution.contrast_pick``)
            doc.contrasts[m.start] = said
            return answering, True, ASKED
        if SECOND_PERSON.isdisjoint(quote_words(doc, j)):
            return None  # "Who will pay?" asked of no one: the asker may answer it
        if not addressed and not questioning:
            return None  # "“Are you better off?” Hale asked." at a rally: no exchange told
        if not answers:
            return None  # "“…?” Lee asked. “It costs you …,” he said": the asker may answer
        return said, True, ANSWERED
    if not asks_now or j == 0 or quote_asks(doc, j) or not FIRST_PERSON.isdisjoint(quote_words(doc, here)):
        return None  # "“…,” Vint said. “Where else would I be?” he asked.": the answerer's own
    if said.kind != "pronoun" and "\n" not in doc.text[doc.spans[j].close_at : doc.spans[here].open_at]:
        return None  # in the paragraph of an answer its cue names: "“Of course,” Quell said. “Wouldn't you?”"
    # the sentence before answers a question: the quote before it, asked in the sentence before that
    asker = doc.found[j - 1].mention
    if (
        asker is None
        or not quote_asks(doc, j - 1)
        or not asking_cue(asker.cue)
        or not asker.start < doc.spans[j].open_at < asker.end + TURN_GAP
        or [t.lower for t in asker.tokens] == [t.lower for t in said.tokens]
        or not exchange_told(doc, j - 1, asker)
    ):
        return None  # "“Where?” Ortiz asked. “Home,” Quell said. “Why?” she asked.": Quell asks back
    return asker, True, ASKED


def answer_before(doc: Doc, j: int, asker: Mention, m: Mention) -> Mention | None:
    """Who answers the question ``j`` that ``asker`` puts after an answer in an exchange
    (``Lee asked Ivo Lund whether …. “…,” Lund said. “So, no?” Lee pressed. “…,” he said``):
    the one who gave that answer, quote ``j - 1`` in a sentence of its own, when its cue names
    them and the narrative before it put the question to them (``questioned_before``), or when
    its he/she (``m``'s word) was taken for the one asked; None otherwise."""
    if j < 1 or quote_asks(doc, j - 1) or doc.sent_of[j - 1] == doc.sent_of[j]:
        return None
    prior = doc.found[j - 1].mention
    if prior is None:
        return None
    if prior.kind == "pronoun":
        if prior.tokens[0].lower != m.tokens[0].lower:
            return None
        known = doc.antecedents.get((prior.start, prior.tokens[0].lower, prior.cue))
        return known[0] if known is not None and known[2] == ASKED else None
    own = {t.lower for t in prior.tokens if t.is_cap}
    if prior.kind != "name" or not own or own & {t.lower for t in asker.tokens if t.is_cap}:
        return None
    put_to, _ = questioned_before(doc, min(doc.sent_of[j - 1], sentence_of(doc.starts, prior.start)), asker)
    return prior if put_to is not None and own & {t.lower for t in put_to.tokens} else None


def called_by_name(doc: Doc, q: int, cue: str) -> Mention | None:
    """The one the question ``q`` calls by name at its start or its end ("Mr. Vidal, has anyone
    been charged?", "Where were you, Ms. Lund?"), who answers it; None when it calls no one."""
    span = doc.spans[q]
    toks = words(doc.text, span.start, min(span.end, span.start + CALLED_REACH))
    k = 0
    while k < len(toks) and k < SET_OFF_CALL and (toks[k].is_cap or toks[k].text == "."):
        k += 1
    np = toks[:k] if 0 < k < len(toks) and toks[k].text == "," else None
    if np is None:
        toks = words(doc.text, max(span.start, span.end - CALLED_REACH), span.end)
        c = len(toks) - 1
        while c > 0 and toks[c].text in ("?", "."):
            c -= 1
        e = c + 1
        while c > 0 and e - c <= SET_OFF_CALL and toks[c].is_cap:
            c -= 1
        np = toks[c + 1 : e] if c < e - 1 and toks[c].text == "," and toks[-1].text == "?" else None
    if np is None or kind_of_mention(np) != "name" or not np[-1].text[:1].isupper():
        return None
    if np[0].lower in PREPOSITIONS_OF_SETTING:
        return None  # "In Denver, did anyone see it?": a place, no one called
    return make_mention(toks, np, cue)


CALLED_REACH: Final = 60
"""How many characters from each end of a question ``called_by_name`` reads for a name."""
SET_OFF_CALL: Final = 4
"""The most words of a name a question calls someone by ("Mr. Justice Ivo Lund")."""


def exchange_told(doc: Doc, q: int, asker: Mention) -> bool:
    """Whether the narrative tells that the question ``q``, asked by ``asker``, is a turn of an
    exchange: its cue names the one asked ("Ortiz asked Quell", "asked her"), or the
    sentences before it tell of questioning (see ``questioned_before``)."""
    s = sentence_of(doc.starts, asker.start)
    tokens = doc.before(s, doc.sentence_end(s)) or []
    k = past_asking(tokens, asker)
    if k < len(tokens) and (tokens[k].lower in GENDERED or tokens[k].is_cap):
        return True
    put_to, questioning = questioned_before(doc, min(s, doc.sent_of[q]), asker)
    return put_to is not None or questioning


def answered_again(doc: Doc, j: int, said: Mention) -> tuple[Mention | None, bool, str] | None:
    """Who answers the question ``j`` that a he/she (``said``) asked back after an answer (see
    ``exchange_turn``: ``“…?” Ashe asked. “…,” he said. “…?” he asked. “…,” he said``): the
    one who gave that answer, as that answer's turn named them; None when question ``j`` was
    not asked back so."""
    known = doc.antecedents.get((said.start, said.tokens[0].lower, said.cue))
    if j < 2 or known is None or known[0] is None or known[0] is not doc.found[j - 2].mention:
        return None
    prior = doc.found[j - 1].mention
    if prior is None or prior.kind != "pronoun":
        return None if prior is None else (prior, True, ASKED)
    turn = doc.antecedents.get((prior.start, prior.tokens[0].lower, prior.cue))
    return turn if turn is not None and turn[2] in (ASKED, ANSWERED) else None


def put_to_before(doc: Doc, j: int, said: Mention) -> tuple[Mention | None, bool, str] | None:
    """Who answers the question ``j`` that a he/she (``said``) asked as the asker going on
    (``resolution.ASKS``: ``Lee interviewed Ann Voss. “Why did you leave?” she asked. “…,”
    she said``): the one the narrative before put the question to; or, when the one asked
    asked it back (``resolution.ASKED``) calling the asker by name or title, the asker; None
    otherwise."""
    known = doc.antecedents.get((said.start, said.tokens[0].lower, said.cue))
    if known is None or known[0] is None:
        return None
    if known[2] == ASKED:
        # "Sen. Lee grilled Ann Voss. “Did you read it, Senator?” she asked. “I did,” she
        # said": the one asked put the question to the asker, who calls; the asker answers
        s = doc.sent_of[j]
        tokens = doc.before(s - 1, doc.starts[s]) or []
        np = sentence_subject(tokens, 0, len(tokens)) if s > 0 and len(tokens) > 2 else None
        if np is None or not calls(doc, j, np) or kind_of_mention(np) != "name":
            return None
        obj = asked_object(tokens, np)
        if obj is None or [t.start for t in obj] != [t.start for t in known[0].tokens]:
            return None
        return make_mention(tokens, np, said.cue), True, ASKED
    if known[2] != ASKS:
        return None
    put_to, _ = questioned_before(doc, doc.sent_of[j], known[0])
    return None if put_to is None else (put_to, True, ASKED)


def questioned_before(doc: Doc, si: int, asker: Mention) -> tuple[Mention | None, bool]:
    """The one questioned in the narrative just before sentence ``si`` (at most
    QUESTIONED_BACK sentences back, none holding a quote): the object of a verb of
    questioning ("Lee pressed the director, Ann Voss, on the cost."), when that is not the
    asker ``asker``, or None; and whether those sentences tell of questioning at all ("faced
    questions from", "under cross-examination by"; QUESTIONING_WORDS)."""
    own = {t.lower for t in asker.tokens if t.is_cap}
    questioning = False
    for back in range(si - 1, max(-1, si - 1 - QUESTIONED_BACK), -1):
        tokens = doc.before(back, doc.starts[back + 1]) or []
        if len(tokens) < 3 or any(t.quote >= 0 for t in tokens):
            break
        questioning = questioning or any(questioning_at(tokens, i) for i in range(len(tokens)))
        np = sentence_subject(tokens, 0, len(tokens))
        obj = asked_object(tokens, np) if np is not None else None
        if obj is not None:
            return (None if own & {t.lower for t in obj} else make_mention(tokens, obj, asker.cue)), True
    return None, questioning


def questioning_at(tokens: list[Token], i: int) -> bool:
    """Whether ``tokens[i]`` tells of someone questioned (QUESTIONING_WORDS): a noun ("under
    cross-examination"), or a verb whose object is a person ("questioned Ann Voss", "grilled
    him", "interviewed the mayor"), not a thing ("questioned it", "questioned the timing")."""
    if tokens[i].lower not in QUESTIONING_WORDS:
        return False
    if tokens[i].lower not in QUESTION_FORMS:
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not nxt.text[:1].isalnum():
        return tokens[i].lower.endswith("ed")  # "was questioned.", not "in a radio interview."
    if nxt.is_cap or nxt.lower in PERSON_OBJECTS:
        return True  # "questioned by police", "questioned Voss", "grilled him"
    obj = np_forward(tokens, i + 1, len(tokens))
    return obj is not None and kind_of_mention(obj) == "description" and described_person(obj)


QUESTIONED_BACK: Final = 2
"""How many sentences before a question ``questioned_before`` reads for the one questioned."""
TURN_GAP: Final = 80
"""The most characters from the end of one turn's cue to the next turn's quote."""


def turn_before(doc: Doc, j: int, prev: list[Token]) -> bool:
    """Whether quote ``j`` stands in the sentence ``prev`` or right before it (nothing but
    blanks and punctuation between): the turn that sentence sets out."""
    if any(t.quote == j for t in prev):
        return True
    close = doc.spans[j].close_at
    return (
        bool(prev)
        and close <= prev[0].start
        and not any(c.isalnum() for c in doc.text[close : prev[0].start])
    )


def quote_words(doc: Doc, qi: int) -> list[str]:
    """The words of quote ``qi``, in lower case, without their punctuation."""
    words = doc.text[doc.spans[qi].start : doc.spans[qi].end].lower().replace("’", " ").split()
    return [w.strip(".,;:!?—–'\"“”‘") for w in words]


def quote_asks(doc: Doc, qi: int) -> bool:
    """The words of quote ``qi`` end in a question mark."""
    return doc.text[doc.spans[qi].start : doc.spans[qi].end].rstrip(" ,\u201d\"’'").endswith("?")


def cue_head(cue: str) -> str:
    """The first word of a cue, lower-cased ("" for an empty one)."""
    first = cue.lower().split()[:1]
    return first[0] if first else ""


def asking_cue(cue: str) -> bool:
    """A cue of asking ("asked", "asks", "pressed")."""
    head = cue_head(cue)
    return bool(head) and (CUE_FORMS.get(head) == "ask" or head in QUESTION_FORMS)


def going_on_cue(cue: str) -> bool:
    """A cue that goes on ("added", "continued": GOING_ON_CUES)."""
    return cue_head(cue) in GOING_ON_CUES


def past_asking(tokens: list[Token], asker: Mention) -> int:
    """Where the one asked would stand after ``asker`` in ``tokens``: past a verb of asking
    right after the asker ("Hale asked Ivo Lund"; "asked Hale." has none after it)."""
    k = next((i for i, t in enumerate(tokens) if t.start >= asker.end), len(tokens))
    if k < len(tokens) and cue_word(tokens[k]) and asking_cue(tokens[k].lower):
        k += 1
    return k


def chain_speaker(doc: Doc, si: int, word: str) -> Mention | None:
    """The named speaker of the last quote before the sentence ``si``, when ``si`` and the
    sentences between it and that quote (at most CHAIN_SENTENCES) are narrative with no
    quote whose subject is the pronoun ``word``: the chain goes on from that speaker."""
    first = si
    while True:
        tokens = doc.before(first, doc.starts[first + 1]) or []
        np = sentence_subject(tokens, 0, len(tokens)) if len(tokens) >= 3 else None
        if np is None or len(np) != 1 or np[0].lower != word or any(t.quote >= 0 for t in tokens):
            return None
        j = bisect.bisect_right(doc.ends, doc.starts[first]) - 1
        if (
            j >= 0
            and (
                doc.sent_of[j] == first - 1  # "“…,” Lee said. She …"
                or (
                    doc.starts[first] - doc.ends[j] < 8  # "“… We invited them in.” She …"
                    and not any(c.isalpha() for c in doc.text[doc.ends[j] : doc.starts[first]])
                )
            )
        ):
            k = j  # a quote the chains read later ("“…” “…”" after "“…,” said Mróz."): the one before
            while (
                k > j - 2
                and k > 0
                and doc.found[k].mention is None
                and doc.spans[k].open_at - doc.ends[k - 1] < CHAIN_GAP
                and "\n" not in doc.text[doc.ends[k - 1] : doc.spans[k].open_at]
            ):
                k -= 1
            m = doc.found[k].mention
            return m if m is not None and m.kind == "name" else None
        if first == 0 or si - first >= CHAIN_SENTENCES - 1:
            return None
        first -= 1


def chained_subject(doc: Doc, si: int, word: str) -> tuple[list[Token], list[Token] | None]:
    """The sentence ``si`` (its tokens) and its subject, for a he/she/they opening the sentence
    after it. When that subject is the same pronoun in narrative with no quote ("Asked if she
    was tense, she laughed.", "He went on."), it continues a chain whose referent the sentence
    before names, and that sentence's subject is read in its place (a name met in an object
    or an aside on the way, "the top seed, Ana Ruiz", breaks no chain), up to CHAIN_SENTENCES
    back; a quote's own pronoun cue is resolved by its own quote, and a sentence closed by its
    reporter has that reporter for centre."""
    for back in range(si, max(-1, si - CHAIN_SENTENCES), -1):
        prev = doc.before(back, doc.starts[back + 1]) or []
        np = sentence_subject(prev, 0, len(prev)) if len(prev) >= 3 else None
        if back == 0 or np is None or np[-1].lower != word or any(t.quote >= 0 for t in prev):
            break
        if closing_reporter(prev, np) is not None or (cue_word(prev[-2]) and prev[-3].text == ","):
            break  # "He is tired, his aide(, Ben Roe,) said.": the reporter is that sentence's centre
    return prev, np


CHAIN_SENTENCES: Final = 3
"""The most sentences ``chained_subject`` reads back along a pronoun chain."""
CHAIN_GAP: Final = 200
"""The most characters between two quotes of one paragraph ``chain_speaker`` reads as one
speaker's run (the later one a continuation the chains attribute afterwards)."""


def asked_object(tokens: list[Token], np: list[Token]) -> list[Token] | None:
    """The one the subject ``np`` of the sentence ``tokens`` puts a question to ("Kahn pressed
    the 66-year-old on the budget.", "Lee has asked the senator twice whether …", "Quist
    quizzed Ann Lee about it."), who answers it: a name or a description after a verb of
    questioning and before the question's topic. None for a request ("asked the court for
    time", "asked Hale to stay"), a pronoun or anything else."""
    n = len(tokens)
    k = verb_after_subject(tokens, np)
    verb = tokens[k] if k < n else None
    if verb is None or not verb.text.islower():
        return None
    if verb.lower not in QUESTION_FORMS and CUE_FORMS.get(verb.lower) != "ask":
        return None
    obj = np_forward(tokens, k + 1, n) or []
    cut = next((j for j in range(1, len(obj)) if obj[j].lower in QUESTION_TOPICS), len(obj))
    obj = obj[:cut]  # "asked the chairman twice whether …": the phrase ends before the topic
    kind = kind_of_mention(obj) if obj else ""
    if kind not in ("name", "description"):
        return None
    j = index(tokens, obj[-1], len(obj) - 1) + 1
    while (
        j < n
        and tokens[j].text.islower()
        and (tokens[j].lower.endswith("ly") or tokens[j].lower in REPEATING_ADVERBS)
    ):
        j += 1  # "asked Ada Quist directly whether …"
    topic = tokens[j].lower if j < n else "."
    if (
        kind == "description"
        and not described_person(obj)
        and topic not in QUESTION_LEADS
        and appositive_name(tokens, obj) is None  # "questioned the pilot, Ann Frye,"
    ):
        return None  # "pressed the button", "questioned the decision": a thing answers nothing
    if topic == "for" and verb.lower in QUESTION_FORMS:
        return obj  # "questioned Ann Lee for an hour", "pressed her for details": no request
    return obj if topic in QUESTION_TOPICS else None


def idle_thing(doc: Doc, s: int, tokens: list[Token], np: list[Token], word: str) -> bool:
    """Whether the sentence ``s`` (``tokens``), in the paragraph of the one before it, has a
    thing for subject ``np`` and names no one a he/she ``word`` could be: no capitalised word
    outside quotes, no pronoun of that sex, no person's noun or age ("The ruling was fair, the
    54-year-old said") and no verb of saying."""
    if "\n" in doc.text[doc.starts[s - 1] : doc.starts[s]] or kind_of_mention(np) != "description":
        return False
    own = PRONOUN_GENDER[word]
    if described_person(np) or plural(np) or PRONOUN_GENDER.get(np[0].lower) == own:
        return False  # "Her side has won": hers, who may be the she ("His side" is a thing)
    k = index(tokens, np[-1], len(np) - 1) + 1
    if len(tokens) - k > IDLE_REACH:
        return False  # a long sentence is no idle aside about a thing (and is not read per quote)
    return not any(t.is_cap for t in np[1:]) and not any(
        t.quote < 0
        and (t.is_cap or PRONOUN_GENDER.get(t.lower) == own or cue_word(t) or person_noun(t.lower))
        for t in tokens[k:]
        if t.text.isalpha() or AGE.fullmatch(t.lower)
    )


def thing_agent(tokens: list[Token], np: list[Token], word: str) -> list[Token] | None:
    """The named "by" agent of a passive verb whose subject ``np`` is a thing ("The report was
    written by Ann Lee", "The effort, begun in May, is being led by Ann Lee, …"); None for a person's role
    ("The mayor was cheered by Ann Lee"), a verb in the active or an agent that is no name.
    With passives joined ("written by Ann Lee and reviewed by Ivo Lund"), the last agent the
    pronoun ``word`` may stand for (of its sex or of none known); an agent of the other sex never."""
    if described_person(np) or plural(np):
        return None
    n = len(tokens)
    k = past_aside(tokens, np)  # "The effort, begun in May, is led by …"
    v = next((j for j in range(k, min(n, k + AGENT_REACH)) if tokens[j].lower not in AUXILIARIES), n)
    if v >= n or v == k or not tokens[v].text.islower() or not passive(tokens, v, k):
        return None
    agent = by_agent(tokens, v + 1, n)
    if agent is None or kind_of_mention(agent) != "name":
        return None
    agents = [agent]
    for _ in range(JOINED_PASSIVES):
        j = index(tokens, agents[-1][-1], len(agents[-1]) - 1) + 1
        j += j < n and tokens[j].text == ","
        if j + 1 >= n or tokens[j].lower != "and":
            break
        p = j + 1 + joining_adverb(tokens[j + 1])  # "and later approved by"
        nxt = by_agent(tokens, p + 1, n) if p < n and past_participle(tokens[p]) else None
        if nxt is None or kind_of_mention(nxt) != "name":
            break
        agents.append(nxt)  # "… and reviewed by Ivo Lund", "… and later read aloud by Ivo Lund"
    want = PRONOUN_GENDER.get(word, "")
    if want or len(agents) > 1:
        found = next((a for a in reversed(agents) if sex_of(a) in (want, "")), None)
        if found is None:
            return None  # no agent the pronoun agrees with: it resolves as before
        agent = found
    # "The award was presented by Ann Lee to Mia Roe" (or "to Mia Roe by Ann Lee"): a person
    # the thing goes to is as much in focus as its agent
    e = min(n - 1, index(tokens, agent[-1], len(agent) - 1) + 2)
    if any(tokens[j].lower == "to" and tokens[j + 1].is_cap for j in range(v + 1, e)):
        return None
    return agent


JOINED_PASSIVES: Final = 3
"""The most passives joined by "and" whose agents ``thing_agent`` reads."""

AGENT_REACH: Final = 4
"""The most words from a thing subject to its passive verb ("is still being led")."""


def asks_on(doc: Doc, si: int, m: Mention, asker: list[Token]) -> bool:
    """Whether the question closing before the he/she cue ``m`` (in sentence ``si``) reads as
    the asker ``asker`` going on, not the one asked asking back: it speaks not as "I" or "we"
    ("Why would I?", "Can we see it?"), calls not the asker by a word of its name or title
    ("Did you read it, Senator?" after "Sen. Ann Lee grilled …"), and nothing but the cue and
    a repeating adverb ("she asked again") closes its sentence, no reply or manner ("she asked
    in reply", "she asked, visibly annoyed", "she asked with a laugh": one reacting)."""
    q = bisect.bisect_right(doc.ends, m.start) - 1
    if q < 0 or doc.sent_of[q] != si or not quote_asks(doc, q):
        return False
    said = quote_words(doc, q)
    if not FIRST_PERSON.isdisjoint(said):
        return False
    if calls(doc, q, asker):
        return False
    if echoes_question(doc, q, said, asker[-1].end):
        return False  # "A asked B whether it would close. “Why would it?” he asked": B throws it back
    cue = set(m.cue.lower().split())
    end = doc.sentence_end(si)
    if end - m.end > CUE_TAIL:
        return False  # more than "she asked again" after the cue; and no scan to a far sentence end
    rest = [w.strip('.,;:!?—–"”') for w in doc.text[m.end : end].lower().split()]
    return all(not w or w in cue or w in REPEATING_ADVERBS for w in rest)


def echoes_question(doc: Doc, q: int, said: list[str], since: int) -> bool:
    """Whether the quote ``q`` (its words ``said``) is an elliptical question thrown back at
    the question put before it ("Dmitri asked Bao whether the mill would close. “Why would
    it?”", "… if he would run. “Would you?”"): a pronoun and an auxiliary of the question put
    (read from ``since``, the asker's end, to the quote), and at most a wh-word or "not"
    besides. The one asked retorts; the asker is not going on."""
    if not 2 <= len(said) <= ECHO_REACH:
        return False
    aux = [w for w in said if w in ECHO_AUXILIARIES]
    if len(aux) != 1 or not any(w in PRONOUNS for w in said):
        return False
    if any(w not in ECHO_AUXILIARIES and w not in PRONOUNS and w not in ECHO_QUESTION_WORDS for w in said):
        return False
    put = doc.text[since : min(doc.spans[q].start, since + ECHO_WINDOW)].lower()
    return re.search(rf"\b{aux[0]}\b", put) is not None


ECHO_REACH: Final = 4
"""The most words of an elliptical question thrown back ("Why would it?")."""
ECHO_WINDOW: Final = 300
"""How far back from the quote the question put is read."""


def calls(doc: Doc, q: int, np: list[Token]) -> bool:
    """Whether the quote ``q`` calls ``np`` by a word of its name or title, set off at its
    start or its end ("Senator, …?", "Did you read it, Senator?" for "Sen. Ann Lee"; "…, Ms.
    Lee?"): it is put to ``np``."""
    text = doc.text[doc.spans[q].start : doc.spans[q].end].lower()
    if "," not in text:
        return False
    called: list[str] = []  # the words set off at either end
    for part in (text.partition(",")[0], text.rpartition(",")[2]):
        if 0 < len(part.split()) <= SET_OFF_CALL:
            called += [w.strip('.?!”"') for w in part.split()]
    for t in np:
        w = t.lower.rstrip(".")
        if t.is_cap and any(
            c == w or (t.text.endswith(".") and len(w) > 1 and c.startswith(w)) for c in called
        ):
            return True
    return False


def asking_verb(tokens: list[Token], np: list[Token]) -> bool:
    """Whether the subject ``np`` of the sentence ``tokens`` asks: its verb, past an aside, a
    perfect's "has" or an adverb ("Lee asked", "Lee, the host, then pressed"), is one of asking."""
    k = verb_after_subject(tokens, np)
    return k < len(tokens) and tokens[k].text.islower() and asking_cue(tokens[k].lower)


def past_aside(tokens: list[Token], np: list[Token]) -> int:
    """Where the words after the subject ``np`` go on in ``tokens``: past an aside set off by
    commas after it (", the host,", ", released in May,") within ten words."""
    n = len(tokens)
    k = index(tokens, np[-1], len(np) - 1) + 1
    if k < n and tokens[k].text == ",":
        k = next((j + 1 for j in range(k + 1, min(n, k + 10)) if tokens[j].text == ","), n)
    return k


def verb_after_subject(tokens: list[Token], np: list[Token]) -> int:
    """Where the verb of the subject ``np`` stands in ``tokens``: past an aside set off after it,
    a perfect's "has" and adverbs ("Lee, the host, has repeatedly pressed", "then asked")."""
    n = len(tokens)
    k = past_aside(tokens, np)
    while k < n and (
        tokens[k].lower in HAVE_FORMS or tokens[k].lower.endswith("ly") or tokens[k].lower in LATER
    ):
        k += 1
    return k


def described_person(np: list[Token]) -> bool:
    """Whether a description names a person: a word of its head (before any "of"/"for"
    phrase) is a role ("the senator", "the lawyer representing Hale"), a person's age ("the
    66-year-old") or tells a sex ("the woman"); not "the button", "the decision of the mayor"."""
    head = head_of(np)
    return bool(gender_of(head)) or any(person_noun(t.lower) or AGE.fullmatch(t.lower) for t in head)


def rival_after(tokens: list[Token], np: list[Token]) -> bool:
    """Whether a person of known gender may be named after the subject ``np`` while its own
    gender is not told by a first name: only then can ``reports_clause`` change a pronoun's
    antecedent (a cheap test, read before the parse)."""
    if sex_of(np):
        return False  # "Ann Hale said …": her gender is known, no rival can displace her
    k = index(tokens, np[-1], len(np) - 1) + 1
    return any(t.is_cap and t.quote < 0 for t in tokens[k:])


def reports_clause(tokens: list[Token], np: list[Token]) -> bool:
    """Whether the sentence ``tokens`` is its subject ``np``'s report: the cue governing
    its end ("Holt said Mawson had let the team down.", "Varga recalled that Lee's lead
    could erode.", "Holt, who met Mawson, told reporters the team was tired.") has ``np``
    for its subject, as a finite verb. Not "Hale introduced Ana Ruiz." (no verb of saying)."""
    k = index(tokens, np[-1], len(np) - 1) + 1
    if k + 1 < len(tokens) and cue_word(tokens[k]) and tokens[k + 1].lower in TALKED_WITH:
        return False  # "Hale spoke to Mia Stone.", "Hale talked with Ruiz": one spoken to, no report
    said = reporting(tokens, finite_verb=True)  # not "… a message from Ann Lee, reporting that …"
    return said is not None and said.start < np[-1].end and np[0].start < said.end


def modifier(word: Token) -> bool:
    """A lower-case word that is no verb: "consultant" in "Vega consultant Ann Lee"."""
    return word.text.isalpha() and word.text.islower() and word.lower not in CUE_FORMS and not finite(word)


def body_noun(tok: Token) -> bool:
    """A lower-case noun of a body that speaks as one ("the school", "the museum")."""
    return tok.lower in IT_BODIES and tok.text.islower()


def leads(tokens: list[Token], np: list[Token], word: str = "", asks: bool = False) -> bool:
    """Whether the subject ``np`` of the sentence ``tokens`` is its centre for the pronoun
    ``word``: not a name used as a modifier ("Vega consultant Ann Lee …"), people speaking for
    a body named after them (a he or she's full name with the body it is of, "Ann Lee of the
    Harbor Institute", leads), one who spoke to someone named (who may answer, unless the
    pronoun ``asks`` in turn), nor what someone else is reported to say ("Okafor won the
    crowd, Hale said.", "Okafor, Hale says, won", "Okafor is right, Hale argues")."""
    n = len(tokens)
    k = index(tokens, np[-1], len(np) - 1) + 1
    if word == "they" and k + 1 < n and tokens[k].lower in BODY_PLACE_PREPS and body_noun(np[-1]):
        j = k + 1  # "The school in Brockley Vale has closed": where the body is, not who speaks
        while j < n and j < k + 4 and tokens[j].is_cap:
            j += 1
        k = j if j > k + 1 else k
    of_body = k + 1 < n and tokens[k].lower in PREPOSITIONS
    if of_body and word in GENDERED and len(np) >= 2 and np[-1].is_cap and np[-2].is_cap:
        of_body = False  # "Ann Lee of the Harbor Institute said …": she leads
    elif k + 2 < n and tokens[k + 1].is_cap and tokens[k + 2].is_cap and modifier(tokens[k]):
        return False
    if of_body and any(t.is_cap for t in tokens[k + 1 : k + 4]):
        return False  # "Officials at the Water Board": the body they speak for (see names.py)
    told = k < n and (CUE_FORMS.get(tokens[k].lower) in TELL_LEMMAS or tokens[k].lower in QUESTION_FORMS)
    if k + 1 < n and told and not asks and tokens[k + 1].is_cap and tokens[k + 1].lower not in TIME_NOUNS:
        return False  # "Reporters asked Acme Corp", "Lee pressed Hart" (not "told Monday"): may answer
    for i in range(k + 1, n - 1):
        if not cue_word(tokens[i]):
            continue  # not "Leo Grant."
        before, after = tokens[i - 1], tokens[i + 1]
        if before.is_cap and ((tokens[i - 2].text == "," and after.text in (".", ",")) or i == n - 2):
            return False  # ", Hale said." / ", Hale says, " / "Hale argues."
        if before.text == "," and all(t.is_cap or not t.text.isalpha() for t in tokens[i + 1 :]):
            return False  # ", said Ann Hale."
    return True


def closing_reporter(tokens: list[Token], np: list[Token]) -> list[Token] | None:
    """The subject of a reporting clause that closes the sentence ``tokens`` after a comma
    (", Maria said.", ", said Ann Hale.", ", the lawyer says."), whose complement is all that
    comes before it from the subject ``np`` on: the sentence is the reporter's, who is its
    centre. None when the sentence does not close so."""
    e = len(tokens)
    while e > 0 and tokens[e - 1].text in SENTENCE_MARKS:
        e -= 1
    c = e - 1
    while c > 0 and tokens[c].text != "," and e - c <= REPORTER_WORDS + 1:
        c -= 1
    if c <= index(tokens, np[-1], len(np) - 1) or tokens[c].text != "," or e - c < 3:
        return None
    if cue_word(tokens[e - 1]):
        reporter = tokens[c + 1 : e - 1]  # ", Maria said."
    elif cue_word(tokens[c + 1]) and CUE_FORMS[tokens[c + 1].lower] in INVERTED_OPENING_LEMMAS:
        reporter = tokens[c + 2 : e]  # ", said Maria.", not ", questioned the regulators."
        first = reporter[0]
        if not (first.is_cap or first.lower in ARTICLES_AND_POSSESSIVES or people_plural(first.lower)):
            return None  # "Ann Lee, a friend of Carla Moss, said so.": no reporter named
    else:
        return None
    if any(t.quote >= 0 or finite(t) or cue_word(t) for t in reporter):
        return None
    if reporter[-1].lower in ARTICLES_AND_POSSESSIVES:
        return None  # "…, cut its forecast.": the noun of a verb of saying, not a reporter's verb
    if reporter[0].lower in RELATIVE_PRONOUNS or reporter[0].lower == "whose":
        return None  # "…, Mia Stone, whose mother cried.": a relative clause reports nothing
    return reporter


REPORTER_WORDS: Final = 6
"""The most words a closing reporting clause names its reporter in (", said Utah Sen. Ann Lee.")."""


def rival_people(tokens: list[Token], np: list[Token]) -> bool:
    """Whether the sentence ``tokens`` whose subject is ``np`` names another plural of people
    after its verb ("Police arrested the protesters", "Managers met the striking workers"),
    who could as well be the "they" of the next sentence; one named in a phrase on the subject
    before its verb ("Lawyers for the families filed …") is no rival."""
    n = len(tokens)
    k = index(tokens, np[-1], len(np) - 1) + 1
    verb = next((i for i in range(k, n) if finite(tokens[i])), k - 1)
    return any(
        tokens[i].quote < 0
        and (people_plural(tokens[i].lower) or tokens[i].lower in PEOPLE_OR_THINGS)
        and not modifies(tokens, i)
        for i in range(verb + 1, n)
    )


def modifies(tokens: list[Token], i: int) -> bool:
    """ "the police station", "staff shortages": the word at ``i`` modifies a noun after it,
    which is no word of grammar, verb nor adverb (not "the police outside", "staff who"), nor
    a second object ("told the families nothing", "gave the crews their orders"), nor an
    adverb without -ly ("arrested the protesters yesterday", "met the strikers twice")."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not nxt.text.isalpha() or not nxt.text.islower() or finite(nxt):
        return False
    low = nxt.lower
    if low in ADVERBS_AFTER_OBJECT:
        return False
    grammar = low in OBJECT_PREPS or low in SUBORDINATORS or low in COORDINATORS or low in CLAUSE_STARTERS
    grammar = grammar or low in DETERMINERS or low in PERSONAL_PRONOUNS or low.endswith("thing")
    return not grammar and low not in OWN_SUBJECT_RELATIVES and not low.endswith("ly")


def with_outer(doc: Doc, qi: int, f: Found) -> Found:
    """ "Lee said she felt … because "…," she said." / "Lee said the league would make "firm
    moves", and she urged …": a pronoun cue inside what a named subject is reported to say
    repeats that speaker, so the named subject is kept as the outer candidate (``resolve``
    takes it when the pronoun stands for the same person). Only when the subject's own verb
    is a cue and no other quote stands between them; a quote set off by a colon or comma
    ("Lee declared: "…," she said") keeps its own pronoun cue."""
    m = f.mention
    if m is None or m.kind != "pronoun" or f.how not in SENTENCE_HOWS:
        return f
    open_at = doc.spans[qi].open_at
    tokens = doc.before(doc.sent_of[qi], min(open_at, m.start))
    n = len(tokens or ())
    if tokens is None or n < 3 or (m.start > open_at and not tokens[-1].text[:1].isalnum()):
        return f
    if m.start < open_at:
        k = n - 1
        while k > 0 and tokens[k].text == ",":
            k -= 1
        if tokens[k].quote >= 0 or m.tokens[0].text[:1].isupper():
            return f  # "“…,” he said, adding “…”": that cue signs the earlier quote; "He" starts anew
    np = sentence_subject(tokens, 0, n)
    if np is None or kind_of_mention(np) not in ("name", "pronoun"):
        return f
    k = index(tokens, np[-1], n - 1) + 1
    for v in range(k, n):
        c = cue_at(tokens, v)
        if c is None or CUE_FORMS.get(tokens[v].lower) not in CORE or tokens[v - 1].lower == "to":
            continue
        breaks: tuple[str, ...] = ("but", ";", "--", "—", "–", ".", "!", "?")
        if CUE_FORMS.get(m.cue.split()[0].lower()) in WEAK_LEMMAS:
            breaks = (";", "--", "—", "–", ".", "!", "?")  # "… says X, but he feels “…”": a weak verb
        if any(t.lower in breaks for t in tokens[v:]):
            return f  # "Lee credits her staff -- but she said …": a new clause with its own cue
        cm = verb_subject(tokens, v)
        if cm is not None and cm.start < np[-1].end and np[0].start < cm.end:
            return replace(f, outer=make_mention(tokens, np, m.cue))
    return f


class Window:
    """Everything the sentence sieves read about one quote, built once: where it stands,
    its sentence, the tokens before it in that sentence (``left``) and after it up to the
    next quote or line (``right``), and the earlier quotes' attributions (``found``).
    Never changed once built but for what the properties below work out on first use and
    keep for the next read. A plain class with its cache in class-level defaults, not a
    dataclass with a caching descriptor, so that mypyc can compile it (a native class has no
    ``__dict__`` and its dataclass fields get no class defaults)."""

    # Worked out on first use by the properties of the same name.
    _trail: Mention | None = None
    _trail_read: bool = False
    _lead: Mention | None = None
    _lead_read: bool = False
    _sentence: Sentence | None = None
    _rest: list[Token] | None = None
    _quote: Token | None = None
    _tokens: list[Token] | None = None

    def __init__(self, doc: Doc, qi: int) -> None:
        text, spans = doc.text, doc.spans
        span = spans[qi]
        self.doc, self.qi, self.text, self.spans, self.found = doc, qi, text, spans, doc.found
        self.open_at = open_at = span.open_at
        self.close_at = close_at = span.close_at
        self.si = si = doc.sent_of[qi]
        sent_start = doc.starts[si]
        para_end = text.find("\n\n", close_at, close_at + RIGHT_WINDOW)
        right_end = min(len(text), close_at + RIGHT_WINDOW) if para_end < 0 else para_end
        if qi + 1 < len(spans):
            right_end = max(close_at, min(right_end, spans[qi + 1].open_at))
        line_end = text.find("\n", close_at, right_end)
        if line_end >= 0 and not span.continues:
            right_end = line_end
        self.right = right = doc.tokens(close_at, right_end) if not span.continues else []
        inner = text[span.start : span.end].rstrip(" '’\"”")
        self.ends_sentence = inner[-1:] in SENTENCE_MARKS
        self.broken = (
            inner[-1:] in (",", ".", "!", "?", "…", "—", "-", ";")
            or (
                bool(right)
                and (
                    right[0].text in (",", "—", "–")
                    # a comma left out: "…anonymity" said Ivo Brandt
                    or (right[0].text[:1].islower() and CUE_FORMS.get(right[0].lower) in COMMALESS_CUES)
                )
            )
        )
        """The words after the quote may close an attribution of it (a comma, a dash, a cue)."""
        left_start = max(sent_start, open_at - LEFT_WINDOW)
        if qi >= 3:
            left_start = max(left_start, spans[qi - 3].start)
        self.left = doc.tokens(left_start, open_at)
        self.whole = left_start == sent_start
        """``left`` starts at the sentence start (not cut by the look-back bound)."""
        self.opens = doc.opens_sentence(qi)
        """The quote opens its sentence."""

    @property
    def trail(self) -> Mention | None:
        """The attribution after the quote: `"…," said X`, `"…," X said`, `"…" — X`."""
        if not self._trail_read:
            self._trail = closing(self)
            self._trail_read = True
        return self._trail

    @property
    def sentence(self) -> Sentence:
        """The quote's sentence read by the grammar layer: the words before it (``left``),
        the quote, and the words after it up to the sentence end or the next quote."""
        if self._sentence is None:
            self._sentence = parse(self.tokens)
        return self._sentence

    @property
    def rest(self) -> list[Token]:
        """The tokens after the quote up to the end of its sentence (or the next quote)."""
        if self._rest is None:
            self._rest = up_to_stop(self.right, self.doc.sentence_end(self.si))
        return self._rest

    @property
    def quote(self) -> Token:
        """The quote as the one token the grammar reads ("<q,>" when it ends in a comma)."""
        if self._quote is None:
            span = self.spans[self.qi]
            comma = self.text[span.start : span.end].rstrip()[-1:] == ","
            self._quote = quote_token(
                self.text, span, self.open_at, self.close_at, self.qi, "<q,>" if comma else "<q>"
            )
        return self._quote

    @property
    def tokens(self) -> list[Token]:
        """The words before the quote, the quote, and the rest of its sentence."""
        if self._tokens is None:
            self._tokens = [*self.left, self.quote, *self.rest]
        return self._tokens

    @property
    def lead(self) -> Mention | None:
        """The attribution before the quote in its sentence: `X said, "…"`."""
        if not self._lead_read:
            self._lead = leading_g(self)
            self._lead_read = True
        return self._lead


def up_to_stop(tokens: list[Token], end: int) -> list[Token]:
    """The tokens before the first quote, stop, or token at ``end`` or after."""
    for k, t in enumerate(tokens):
        if t.quote >= 0 or t.text in SENTENCE_MARKS or t.start >= end:
            return tokens[:k]
    return tokens[:]


def attribute_one(w: Window, disabled: frozenset[str] = frozenset()) -> Found:
    """The first sentence sieve that fires names the quote's mention."""
    if nickname(w):
        return Found()  # "Ann Lee, known to fans as “the Iron Swede,”": a name given, no one's words
    for name, sieve in SENTENCE_SIEVES:
        if name in disabled:
            continue
        f = sieve(w)
        if f is not None and f.mention is not None and labelled(w, f.mention):
            continue  # "Update: “…”", "Editor's note: “…”": a heading, no one who speaks
        if f is not None:
            f.by = name  # every sieve builds a new Found: naming it here copies nothing
            return f
    return Found()


def source_frame(w: Window) -> Found | None:
    """ "“…,” Lee said, according to the Courier.", "According to the harbour census, …": a
    source set off in the quote's sentence covers the whole sentence, whoever else is
    reported in it."""
    a = w.left[0].start if w.left else w.open_at
    b = w.right[-1].end if w.right else w.close_at
    if "according" not in w.text[a:b].lower():
        return later_frame(
            w
        )  # no token of left, quote or right reads "according": w.tokens need not be built
    tokens = w.tokens
    if w.ends_sentence and not w.rest and w.right and w.right[0].is_cap and w.trail is not None:
        # "“…?” Lee asked, according to the Courier.": the question mark ends no sentence
        # when an attribution follows, so the source after it still covers the quote
        tokens = [*tokens, *up_to_stop(w.right, len(w.text))]
    for k in range(len(tokens) - 2):
        if (
            tokens[k].lower == "according"
            and tokens[k + 1].lower == "to"
            and (
                k == 0
                or tokens[k - 1].text in (",", "—", "–")
                or tokens[k - 1].lower == "<q,>"
                or (k > len(w.left) and w.trail is not None and w.trail.end <= tokens[k].start)
            )
        ):  # "“…,” according to the Courier": the comma may close the quoted words; "“…,” Lee
            # said in her newsletter according to the Courier": the cue's own clause closes first
            if k < len(w.left) and k > 0 and not w.whole:
                continue
            if k >= 2 and tokens[k - 2].lower in SET_OFF_RELATIVES:
                continue  # "Rosa Kim, who, according to her neighbours, has lived …": the relative's source
            m = according_to(tokens, tokens[k].text + " " + tokens[k + 1].text, k + 2, len(tokens))
            after = m is not None and m.start >= w.close_at
            if m is None or not (after or m.end <= w.open_at):
                continue
            lead = w.lead
            # "… is called the “…” by the islanders, according to X": the passive's agent after the
            # quote names it; "According to the email, Voss wrote that …": the writer's words
            if lead is not None and (
                lead.cue.endswith(" by") and lead.start >= w.close_at if after else lead.start >= m.end
            ):
                return None
            if lead is not None and not after and k > 0 and lead.end == tokens[k - 1].start:
                return None  # "Hale, according to the minutes, called it …": as "According to the minutes, Hale called"
            return Found(m, "trailing" if after else "leading")
    return None


def later_frame(w: Window) -> Found | None:
    """ "Lee told the board its plan was “…” and that she had “…,” according to two members": a
    source set off after a later quote of the same sentence covers the earlier quotes too, as it
    covers the last one (read no farther than the sentence's end or RIGHT_WINDOW)."""
    if w.ends_sentence or w.qi + 1 >= len(w.spans) or w.doc.sent_of[w.qi + 1] != w.si:
        return None  # the next quote stands in another sentence: nothing after it frames this one
    end = min(w.doc.sentence_end(w.si), w.close_at + RIGHT_WINDOW)
    if "according" not in w.text[w.close_at : end].lower():
        return None
    tokens = w.doc.tokens(w.close_at, end)
    quoted = False
    for k, t in enumerate(tokens):
        quoted = quoted or t.quote >= 0
        if (
            quoted
            and t.lower == "according"
            and k + 2 < len(tokens)
            and tokens[k + 1].lower == "to"
            and (tokens[k - 1].text in (",", "—", "–") or tokens[k - 1].lower == "<q,>")
            and not (k >= 2 and tokens[k - 2].lower in SET_OFF_RELATIVES)
        ):
            m = according_to(tokens, t.text + " " + tokens[k + 1].text, k + 2, len(tokens))
            return None if m is None else Found(m, "trailing")
    return None


def cue_after(w: Window) -> Found | None:
    """A cue right after a quote inside its sentence, unless a cue right before it governs."""
    trail, left = w.trail, w.left
    if trail is None:
        return None
    if w.opens:
        return Found(trail, "trailing")  # "“…,” said X.": the quote opens its sentence
    m = w.lead  # only now: a quote opening its sentence has no words before it to govern it
    if (
        m is not None
        and w.ends_sentence
        and w.right[0].text[:1].islower()
        and CUE_FORMS.get(w.right[0].lower) is not None
    ):
        # "… but the port disputes — “how was it missed?” asked Brekke.": a lower-case cue right after
        # a question ends nothing; the inverted cue signs this quote, not the verb before it
        return Found(trail, "trailing")
    if w.ends_sentence or (m is not None and own_phrase_holds(w.sentence, len(left), m)):
        return None  # "Responding to Lee's claim that the vote was “…,” Hale said …": Lee's words
    if (
        m is not None
        and named_by_relative(left, m)
        and CUE_FORMS.get(trail.cue.split()[0].lower()) not in CORE
    ):
        return None  # "Angry at what he called “…,” the crowd booed Hale": a reaction reports nothing
    return Found(trail, "trailing")  # "Lee said, “…,” the Tribune reported": the outer source


def cue_before(w: Window) -> Found | None:
    """The cue governing the quote from before it; a subject denying that anyone spoke
    ("Neither Lee nor Hale would say who wrote the “…”") leaves the quote nobody's."""
    m = w.lead
    if m is not None and denied_subject(m.tokens):
        return Found()
    return found(m, "leading")


def same_sentence(w: Window) -> Found | None:
    """A later piece in a sentence whose earlier piece is attributed."""
    left, spans, found = w.left, w.spans, w.found
    if not left or not any(t.quote >= 0 for t in left):
        return None
    prev = max(t.quote for t in left)  # >= 0: a quote stands in ``left``
    pm = found[prev].mention
    closed = (
        pm is not None
        and pm.kind == "relative"
        and any(t.text in HYPHEN_DASHES and t.start > spans[prev].end for t in left)
    )  # "the flag — which read “…” — and shook it, calling “…”": the aside is closed
    if pm is not None and w.doc.sent_of[prev] == w.si and not closed and not own_subject_after(w, prev):
        return Found(pm, "inherit", found[prev].outer)
    return None


def own_subject_after(w: Window, prev: int) -> bool:
    """ "Hale likes “…,” while the deputy loves “…”", "While Ross calls it “…,” Lee dwells on the
    “…” line": the earlier quote is its verb's object, not inside a report, and after it a
    clause opens with a subject of its own, a name or a description and its verb, so the later
    quote is not the earlier speaker's. A report goes on ("Hale said the port is “…,” and the
    fleet “…”"), as do a pronoun ("“…,” and she added “…”") and a phrase with no verb ("“…” and
    the levy “…”")."""
    left = w.left
    j = len(left) - 1
    while j > 0 and left[j].quote != prev:
        j -= 1  # the earlier quote is the last quote in ``left``: a short walk back
    k = j + 1
    while k < len(left) and k - j <= 2 and (left[k].text == "," or left[k].lower in CLAUSE_LINKS):
        k += 1
    np = np_forward(left, k, len(left))
    if np is None or kind_of_mention(np) not in ("name", "description"):
        return False
    pm = w.found[prev].mention
    if pm is not None and np[0].start <= pm.start < np[-1].end:
        return False  # "“…,” as Lee wrote, and the levy is “…”": the earlier quote's own source
    e = k + len(np)
    if e >= len(left) or not left[e].text.isalpha() or not left[e].text.islower():
        return False  # the verb comes right after its subject, not "the books for being"
    if not (finite(left[e]) and not left[e].lower.endswith("ing") and left[e].lower not in ("be", "been")):
        # "Lee dwells on": a bare name and a present verb that no word list knows (not "the
        # Harbour Trust books", a name modifying a noun)
        bare_name = kind_of_mention(np) == "name" and np[0].lower not in DETERMINERS
        if not (bare_name and left[e].lower.endswith("s") and len(left[e].text) > 3):
            return False
    par = parenthetical_cue(left, 0, j) if pm is not None else None
    if par is not None and pm is not None and par.start == pm.start:
        return False  # "Crime, he says, is “…,” and wages are “…”": the set-off cue reports the sentence
    s = w.sentence  # parsed only now: most later quotes have no new subject before them
    return not any(c.role in (REPORT, ASIDE) for _, c in enclosing(s, s.owner[j]))


def cue_in_sentence(w: Window) -> Found | None:
    """A cue later in the quote's sentence, past other words or quotes."""
    left = w.left
    if (
        not w.ends_sentence
        and (w.broken or any(t.text == "," for t in w.rest))
        and in_fronted_quote(left)
        and left[min(fronted_at(left) + 1, len(left) - 1)].lower not in PRONOUNS_HE_SHE_THEY
    ):  # "When the storm hit the “…,” the mayor wrote a note": the main clause is its own (but
        # "As they weigh the “…,” the delegates say …": its pronoun is the main subject's)
        return None
    if w.whole and len(w.rest) < len(w.right) and w.right[len(w.rest)].quote < 0:
        # the sentence ends before any other quote
        m = later_cue(w.sentence, len(w.left)) if has_cue_word(w.rest) else None
    else:
        m = anywhere_in_sentence(w.doc, w.qi, w.si)
    return found(m, "sentence")


def stance_subject(w: Window) -> Found | None:
    """A verb of stance governing the quote as its object ("Lee backs “fair fees”"), or a
    document that is the subject of the quote's clause ("The report found “…”")."""
    if not w.whole:
        return None
    p = len(w.left)
    if has_cue_word(w.left) or not DOCUMENT_OR_SPEECH_NOUNS.isdisjoint([t.lower for t in w.tokens]):
        named = name_shaped(w.text[w.spans[w.qi].start : w.spans[w.qi].end])
        m = governor_in(w.sentence, p, (False,), named)
    else:
        # no cue before the quote and no document to be the subject: what is left of
        # governor_in reads the words alone, so the sentence need not be parsed
        words_only = Sentence(w.tokens, (), (), ())
        m = possessed_quote(words_only, p) or document_part(words_only, p)
    if m is not None and m.start < w.open_at and (last := series_reporter(w)) is not None:
        return Found(last, "trailing")
    return found(m, "subject")


def series_reporter(w: Window) -> Mention | None:
    """ "Landlords use words like “…” and “…” in their notices, the mayor said": quotes in a
    series, with no verb of speech between them, that a report closes after the last one are
    all the reporter's, as the last one is (``cue_after``: the outer source), not the stance
    of the clause the reporter relays."""
    doc, si = w.doc, w.si
    last = w.qi
    while last + 1 < len(doc.spans) and last - w.qi < 3 and doc.sent_of[last + 1] == si:
        last += 1
    if last == w.qi:
        return None  # no later quote in the sentence: a closing report is ``cue_after``'s
    nxt = doc.spans[last]
    between = doc.tokens(w.close_at, nxt.start - len(nxt.open_mark))
    if has_cue_word(between) or any(t.text in (".", ";", ":") for t in between):
        return None  # "“…,” and Lee called it “…”": a report of its own between them
    lw = Window(doc, last)
    if lw.opens or lw.ends_sentence:
        return None
    trail = lw.trail
    if trail is None or trail.start < lw.close_at or CUE_FORMS.get(trail.cue.split()[0].lower()) is None:
        return None
    return trail


DOCUMENT_OR_SPEECH_NOUNS: Final = frozenset(DOCUMENT_NOUNS | UTTERANCE_NOUNS)
"""What ``stance_subject`` looks for among the sentence's words (one set test in C)."""


def has_cue_word(tokens: list[Token]) -> bool:
    """Whether a cue can start in ``tokens``: ``parse`` tries a cue only at a word of
    CUE_WORDS, so without one the parse finds no cue there (and need not be run)."""
    return not CUE_WORDS.isdisjoint([t.lower for t in tokens])  # a set test in C: faster than any()


def may_cue(tokens: list[Token]) -> bool:
    """Whether a cue can start in ``tokens`` after a quote: a word of CUE_WORDS, or a
    particle of taking the floor ("“…,” the aide piped up": ``floor_cue`` reads its verb)."""
    return has_cue_word(tokens) or not FLOOR_PARTICLES.isdisjoint([t.lower for t in tokens])


CLAUSE_LINKS: Final = frozenset(COORDINATORS | CONCESSIVES | {"as"})
"""Words that join a clause with a subject of its own to the words after a quote."""


def passive_phrase(w: Window) -> Found | None:
    """ "Asked whether the port was “…,” Lee said …", "When pressed on the “…,” the mayor
    replied", "Accused of “…” by rivals, Hale …": a quote inside a fronted passive phrase is
    put to, or said of, the main clause's subject: the words are the phrase's agent's ("by
    X"), else no one's named. Not a quote after the phrase's comma ("Asked about it, “…,”
    Lee said") nor a participle before a noun ("Embattled mayor Hale called it “…,”")."""
    left, right = w.left, w.right
    if not left or not w.whole or w.ends_sentence or any(t.quote >= 0 for t in left):
        return None
    c = 0
    if not w.broken:  # "Asked if Lee “gets” it, Hale …": the phrase's comma a few words on
        c = next((j for j, t in enumerate(right[:5]) if t.text == ","), -1)
        if c < 0 or has_cue_word(right[:c]):
            return None
    k = 0
    while k < len(left) and left[k].lower in CLAUSE_LEADERS:
        k += 1
    if k < len(left) and left[k].lower in SUBORDINATORS:
        k += 1  # "When asked about …"
    tok = left[k] if k < len(left) else None
    if (
        tok is None
        or tok.lower not in PUT_TO_PARTICIPLES
        or not (tok.is_cap if k == 0 else tok.text.islower())
    ):
        return None  # not "Excited about the “…”", "Faced with “…”", "Mohammed of the “…”"
    if any(t.text in COMMA_COLON_SEMICOLON_OR_DASH for t in left[k + 1 :]) or has_cue_word(left[k + 1 :]):
        return None  # "Asked about it, “…”": ended before the quote; "Stung by what she called “…”"
    cue = tok.text + " by"
    if (agent := by_agent(left, k + 1, len(left))) is not None:
        return Found(make_mention(left, agent, cue), "leading")
    if any(t.lower == "by" for t in left[k + 1 :]):
        return None  # "Encouraged by the “…” numbers": the quote is in what moved the subject
    if (agent := by_agent(right, 0, c)) is not None:
        return Found(make_mention(right, agent, cue), "trailing")  # "Accused of “…” by rivals, …"
    return Found()


def restated_text(w: Window) -> Found | None:
    """ "Its last chapter holds a sentence that critics have quoted ever since: “…”": a quote
    after a colon restating a noun (a sentence, a line, a slogan) that a determiner opens and
    a relative clause follows (the shape grammar's object_relative_before_colon reads: see
    noun_clause, determined_noun_before), in a clause whose subject is a document, is the
    document's words, not those of whoever the relative says repeats them."""
    left = w.left
    if not w.whole or len(left) < 5 or left[-1].text != ":" or any(t.quote >= 0 for t in left):
        return None
    k = next(
        (
            j
            for j in range(len(left) - 3, 0, -1)
            if noun_clause(left, j + 1) and determined_noun_before(left, j + 1)
        ),
        -1,
    )
    if k < 2 or any(t.lower in AUTHOR_FORMS or CUE_FORMS.get(t.lower) == "say" for t in left[k + 2 :]):
        return None  # "quoted a line that Lee had written: “…”": the relative names its writer
    np = sentence_subject(left, 0, k)
    if np is None or np[-1].lower not in DOCUMENT_NOUNS or kind_of_mention(np) != "description":
        return None
    return Found(make_mention(left, np, left[index(left, np[-1]) + 1].text), "leading")


def binding_text(w: Window) -> Found | None:
    """ "Under state law, a ferry is late when it leaves “…”", "Under the Harbour Act, which
    the council passed in May, operators must …": a sentence opened by "under" and a text
    that binds (a law, a rule, a contract), with no cue of its own governing the quote,
    quotes that text."""
    left = w.left
    if not w.whole or len(left) < 4 or left[0].lower != "under" or any(t.quote >= 0 for t in left):
        return None
    comma = next((k for k in range(2, min(len(left), 10)) if left[k].text == ","), -1)
    if comma < 0 or left[comma - 1].lower not in BINDING_TEXTS:
        return None
    np = left[1:comma]
    if not all(t.text[:1].isalnum() or t.text == "-" or t.text in POSSESSIVE_S for t in np):
        return None
    if speaker_before(w.doc, w.qi):
        return None  # "“…,” Lee said. Under the deal, “…”": the chain sieves give Lee's words
    return Found(make_mention(left, np, left[0].text), "leading")


def speaker_before(doc: Doc, qi: int) -> bool:
    """The sentence before the quote's, in its paragraph, has a person who speaks (the quote
    before is in it and attributed: "“…,” Lee said.") or is set up to speak (a name or a
    pronoun its subject: "Lee was blunt.")."""
    si = doc.sent_of[qi]
    if si == 0 or "\n" in doc.text[doc.starts[si - 1] : doc.spans[qi].open_at].strip():
        return False
    if qi > 0 and doc.sent_of[qi - 1] == si - 1 and doc.found[qi - 1].mention is not None:
        return True
    return named_subject_before(doc, si, (".", ":"))


def named_subject_before(doc: Doc, si: int, stops: tuple[str, ...]) -> bool:
    """The sentence before sentence ``si`` (ended by one of ``stops``) has a name or a pronoun
    for its subject ("Lee was blunt.", "She paused."; past a fronted phrase: "On the radio,
    Lee …"), not a description that names no one ("The crowd roared.")."""
    subject = subject_before_sentence(doc, si, stops)
    return subject is not None and subject[2].kind in ("name", "pronoun")


def subject_before_sentence(
    doc: Doc, si: int, stops: tuple[str, ...]
) -> tuple[list[Token], list[Token], Mention] | None:
    """The sentence before sentence ``si`` (ended by one of ``stops``), its subject phrase and
    that phrase's mention, of any kind; None when it has no subject."""
    tokens = sentence_before(doc, si, stops)
    np = sentence_subject(tokens, 0, len(tokens) - 1) if tokens is not None else None
    return (tokens, np, make_mention(tokens, np, "")) if tokens is not None and np is not None else None


SENTENCE_SIEVES: Final[tuple[tuple[str, Callable[[Window], Found | None]], ...]] = (
    ("passive_phrase", passive_phrase),
    ("source_frame", source_frame),
    ("cue_after", cue_after),
    # a quote set off as a block and signed on the next line
    (
        "signed_block",
        lambda w: found(dash_line(w.text, w.close_at, w.spans, w.qi) if w.opens else None, "trailing"),
    ),
    # a line of readers' comments signed with a dash and a name at its end
    (
        "signed_line",
        lambda w: found(line_signature(w.text, w.open_at, w.close_at, w.spans, w.qi), "trailing"),
    ),
    ("restated_text", restated_text),
    ("cue_before", cue_before),
    ("same_sentence", same_sentence),
    # before a verb of stance further back: a headline's clause has a bare noun for its subject
    # ("… approves cuts as leader warns of “…”"), which the body's grammar reads as no subject.
    # An all-caps digest headline, or a quote in the article's headline with its speaker and verb
    (
        "headline",
        lambda w: found(
            headline_digest(w.text, w.spans, w.qi) or headline_clause(w.doc.headline, w.spans, w.qi),
            "headline",
        ),
    ),
    ("stance_subject", stance_subject),
    ("binding_text", binding_text),
    # a line opened by a speaker label: "HALE: We are “very sure.”"
    ("transcript_line", lambda w: found(transcript_line(w.text, w.spans, w.qi), "leading")),
    # a block under a headline that says who spoke ("Mayor Says …")
    ("roundup", lambda w: found(roundup_entry(w.text, w.spans, w.qi) if w.opens else None, "leading")),
    ("cue_in_sentence", cue_in_sentence),
)
"""The sentence sieves, in order: the first that fires attributes the quote."""


def found(m: Mention | None, how: str) -> Found | None:
    """What a sieve that finds ``m`` records, or ``None`` when it found nobody."""
    return Found(m, how) if m is not None else None


def anywhere_in_sentence(doc: Doc, qi: int, si: int) -> Mention | None:
    """A cue later in the quote's sentence, past other words or quotes ("“…” and more, the
    Tribune reported"): the nearest one after the quote with a speaker of its own."""
    span = doc.spans[qi]
    s1 = min(doc.sentence_end(si), span.end + RIGHT_WINDOW)
    if qi + 3 < len(doc.spans):
        s1 = min(s1, doc.spans[qi + 3].start)
    after = doc.tokens(span.close_at, s1)
    if not has_cue_word(after):
        return None  # no cue can follow the quote (often nothing does): the words before need no reading
    s0 = max(doc.starts[si], span.start - LEFT_WINDOW, doc.spans[qi - 3].start if qi >= 3 else 0)
    tokens = doc.tokens(s0, span.close_at) + after  # the quote's own token ends at close_at
    p = next((k for k, t in enumerate(tokens) if t.quote == qi), -1)
    return later_cue(parse(tokens), p) if p >= 0 and has_cue_word(tokens[p + 1 :]) else None


def named_by_relative(left: list[Token], m: Mention) -> bool:
    """ "what he called “…”", "what Hale called “…”": the quote is the object of a relative
    clause whose own subject names it."""
    k = index(left, m.tokens[0], 0)
    return k >= 1 and left[k - 1].lower in REL_WORDS


def in_fronted_quote(left: list[Token]) -> bool:
    """ "After the mayor likened the strikers to “…,” Berg wrote …": the quote stands in the
    fronted subordinate clause, which no comma (nor an earlier quote ending in one) has
    closed before it."""
    k = fronted_at(left)
    return k >= 0 and not any(t.text in COMMA_COLON_SEMICOLON_OR_DASH or t.lower == "<q,>" for t in left)


def closing(w: Window) -> Mention | None:
    """The attribution after the quote, read by the grammar: a cue whose subject stands
    between it and the quote ("“…,” Lee said", "“…,” Lee, a spokeswoman, said"), an inverted
    cue right after the quote ("“…,” said Lee"), either as the last clause after a comma
    ("“…” before naming any dates, he said"), or a name after a dash ("“…” — Ann Lee").
    After a quote that ends its sentence, the cue must close it: a verb of saying that takes
    no report and no quote of its own ("“…” He said the plan …" and "“…” He added, “…”"
    start anew)."""
    right = w.right
    n = len(right)
    i = 1 if n and right[0].text in (",", ".", "!", "?", ";") else 0
    if i and right[0].text != "," and not w.ends_sentence:
        return None
    foreign = i + (i + 1 < n and right[i].lower in FOREIGN_AUX)
    if w.broken and (w.opens or (w.whole and not may_cue(w.left))) and (m := so_says(right, i)) is not None:
        return m  # "“…” — so says Lee, a commuter.": no cue before the quote in its sentence
    if w.broken and i < n and (right[i].text in HYPHEN_DASHES or right[foreign].lower in FOREIGN_CUES):
        return dash_or_foreign(right, i, foreign)
    end = -1
    for k in range(i, n):  # a loop, not next() over a generator: faster, and run for every quote
        if right[k].text in (".", "!", "?", ";"):
            end = k + 1
            break
    tokens = [w.quote, *right[i : n if end < 0 else end]]
    if w.opens and end > 0 and tokens[1].lower in PREDICATE_VERBS and (m := predicate_speaker(tokens)):
        return m
    if not may_cue(tokens):
        return None  # no word in the clause can be a cue (nor a verb of taking the floor): nothing to parse
    if end < 0 and w.qi + 1 < len(w.spans) and not (right and right[-1].quote >= 0):
        later = w.spans[w.qi + 1]
        at = later.open_at
        if not w.text[right[-1].end if right else w.close_at : at].strip():
            tokens.append(quote_token(w.text, later, at, later.end, w.qi + 1))  # the quote the words run into
            if names_aside(right):
                # "“…,” Coach Ann Lee, known to fans as “the Iron Swede,” said.": the nickname is
                # in an aside on the subject, and the cue that signs the quote comes after it
                after = w.doc.tokens(later.close_at, min(len(w.text), later.close_at + RIGHT_WINDOW))
                tokens.extend(up_to_stop(after, w.doc.sentence_end(w.si)))
    opens = ([1] if w.broken else []) + (
        [] if w.ends_sentence else [k + 1 for k, t in enumerate(tokens) if t.text == ","]
    )
    if not opens or not may_cue(tokens[min(opens) :]):
        return None  # a cue signs the quote only from an opening on: none can start there
    s = parse(tokens)
    for c in s.cues:
        v = c.head
        if (
            not c.speech
            or c.mention is not None
            or (tokens[v].lower.endswith("ing") and not perceived(tokens, v))
            or tokens[v - 1].lower == "to"
            or negated(tokens, v)
        ):
            continue  # "“…,” citing a study", "… authorized to speak", "did not respond": no verb that signs
        for a in opens:
            m = None if a > v else inverted_speaker(tokens, c) if v == a else fronted_subject(s, c, a)
            if m is not None:
                if (np := quoted_after(tokens, c)) is not None:
                    return make_mention(tokens, np, tokens[v].text)  # "“…,” the memo quoted Lee as saying."
                if not closes(s, c, m, w.ends_sentence or a > 1):
                    return None
                if (
                    a == opens[0]
                    and not w.ends_sentence
                    and in_fronted_quote(w.left)
                    and own_object(s, c, w.left)
                ):
                    return None  # "After the mayor likened them to “…,” Berg wrote a letter": a main clause of its own
                lemma = CUE_FORMS.get(tokens[v].lower)
                if (
                    w.ends_sentence
                    and lemma in REACTION_LEMMAS
                    and (goes_on(w) or sound_after_context(w, lemma))
                ):
                    # "“…” Her colleague agreed.", "Lamm told the meeting …. “…” The audience
                    # groaned.": a reaction to the words, not their cue
                    return None
                if w.ends_sentence and w.opens and lemma in GROUP_SOUND_LEMMAS and gathering(m):
                    return None  # "“…” The fans groaned.": a crowd's noise, not its words
                if a >= 1 and restating_relative(tokens, a, v):
                    return None  # "“…,” a finding the mayor has disputed": an answer to the words
                return outer_report(s, c, m, opens) or m
        if w.ends_sentence or v == 1:
            return None  # "“…,” note that …": a verb going on from before the quote
    return None


def restating_relative(tokens: list[Token], a: int, v: int) -> bool:
    """ "“…,” a finding the mayor has disputed", "“…,” a charge that her lawyers contested": a
    noun set off after the quote restates the words, and the cue at ``v`` is the verb of a
    relative clause on that noun whose own subject stands between them; that subject answers
    the words and is not their source. ``a``: the noun phrase's article after the comma. Not
    "“…,” a spokeswoman the mayor hired said" (a noun of a person, and the cue after the
    relative clause is the main verb) nor "“…,” a spokeswoman for the mayor said"."""
    if tokens[a].lower not in ARTICLES or tokens[a].lower == "the" or a + 3 >= v:
        return False
    noun = tokens[a + 1]
    if not (noun.text.isalpha() and noun.text.islower()) or person_noun(noun.lower):
        return False
    k = a + 2 + (tokens[a + 2].lower in RELATIVE_PRONOUNS and tokens[a + 2].lower != "who")
    np = np_forward(tokens, k, v)
    if np is None or not (
        np[0].lower in ARTICLES_AND_POSSESSIVES or np[0].is_cap or kind_of_mention(np) == "pronoun"
    ):
        return False
    e = index(tokens, np[-1]) + 1
    return all(t.lower in AUXILIARIES or adverb(t) for t in tokens[e:v]) and not main_cue_after(tokens, v)


def main_cue_after(tokens: list[Token], v: int) -> bool:
    """ "“…,” a memo the director wrote on Friday said", "“…,” a witness the defence called told
    the court": a cue after the relative clause's verb at ``v``, in the same stretch (no comma,
    quote or semicolon between), is the main clause's verb; the noun the clause restates is
    its subject and signs the words."""
    for k in range(v + 1, min(len(tokens), v + 1 + MAIN_CUE_REACH)):
        t = tokens[k]
        if t.quote >= 0 or t.text in (",", ";"):
            return False
        if t.lower in CUE_FORMS and finite(t) and not t.lower.endswith("ing"):
            return True
    return False


MAIN_CUE_REACH: Final = 8
"""How many words after a relative clause's verb ``main_cue_after`` reads for a main verb."""


def negated(tokens: list[Token], v: int) -> bool:
    """The verb at ``v`` is denied in its own group ("did not respond", "has never replied",
    "couldn't say"): words nobody said sign no quote."""
    k = v - 1
    while k > 0 and v - k <= 4:
        low = tokens[k].lower
        if low in NEGATIONS or low.endswith(("n't", "n’t")):
            return True
        if low not in AUXILIARIES and not adverb(tokens[k]):
            return False
        k -= 1
    return False


def gathering(m: Mention) -> bool:
    """A description of a crowd or of people in the plural ("the crowd", "the fans", "many
    in the audience"), not a name, a pronoun or one person."""
    words = m.head or m.tokens
    if not words or not (m.kind == "description" or (m.kind == "name" and len(m.tokens) == 1)):
        return False  # a one-word "name" is a plural opening its sentence: "Supporters booed."
    low = words[-1].lower
    return low in GATHERING_NOUNS or people_plural(low)


def goes_on(w: Window) -> bool:
    """The quote opens its sentence right after a quote attributed in its own or the previous
    sentence: it may go on with that speaker."""
    qi = w.qi
    return w.opens and qi > 0 and w.found[qi - 1].mention is not None and w.doc.sent_of[qi - 1] >= w.si - 1


def sound_after_context(w: Window, lemma: str) -> bool:
    """ "Lamm told the meeting the pool would close. “…” The audience groaned.", "Sula Marr
    took the stand. “…” The gallery gasped.": a sound the voice makes without words
    (``VOICE_SOUND_LEMMAS``) after a quote that opens and ends its sentence is a reaction to
    the words, not their tag, when the sentence before it in its paragraph gives them a
    speaker (a report, or a person as its subject). Not "The match ended 2-1. “We won.” Ada
    Fenn laughed." nor a quote opening its paragraph: no one else may have said it."""
    if lemma not in VOICE_SOUND_LEMMAS or not w.opens or w.si == 0:
        return False
    if w.text.rfind("\n", w.doc.starts[w.si - 1], w.open_at) >= 0:
        return False  # the sentence before is another paragraph's
    return named_subject_before(w.doc, w.si, (".", ":")) or indirect_before(w.doc, w.qi) is not None


def names_aside(right: list[Token]) -> bool:
    """The words after a quote end in an aside that gives a name ("…, known to fans as",
    "…, nicknamed", "…, dubbed by the press"): the next quote is that name."""
    for j in range(len(right) - 1, max(0, len(right) - 6), -1):
        if right[j].lower in NAMING_PARTICIPLES:
            k = j - 1 - (j >= 2 and right[j - 1].text.isalpha() and right[j - 1].text.islower())
            return right[k].text == "," and (
                j == len(right) - 1 or right[-1].lower == "as"
            )  # "once known as"
    return False


def nickname(w: Window) -> bool:
    """ "“…,” Ann Lee, known to fans as “the Iron Swede,” said": a name given in an aside
    between a quote and its cue, closed by a comma, is no one's words (not "Lee, dubbed
    “…” by the press", whose agent gave it, nor "Lee, who …, named “…” as", a verb)."""
    left = w.left
    if not (left and left[0].quote >= 0 and w.whole and names_aside(left)):
        return False
    closed = w.text[w.open_at : w.close_at].rstrip(" ’”\"'")[-1:] == "," or (
        w.right and w.right[0].text == ","
    )
    return bool(closed)


def predicate_speaker(tokens: list[Token]) -> Mention | None:
    """ "“Ridiculous,” was the one-word verdict of Sir Gideon Lamb.", "“Never,” came the reply
    from the minister.", "“Ridiculous,” was Lamb's verdict.": a quote opening its sentence as
    the subject of a verb of being or coming whose complement is a noun of what was said
    (after a determiner or a possessor and at most three modifiers), with its sayer as the
    possessor or after "of"/"from", closing the sentence (a setting phrase, an appositive or
    a set-off relative clause may follow). ``tokens``: the quote and its sentence after it."""
    n = len(tokens)
    owned = possessor(tokens[2]) or tokens[2].lower in PRONOUN_OF
    k = 2 + (owned or tokens[2].lower in DETERMINERS)
    hi = min(n, k + 4)
    while k < hi and tokens[k].text.islower() and tokens[k].lower not in VERDICT_NOUNS:
        k += 1
    if k >= n or tokens[k].lower not in VERDICT_NOUNS:
        return None
    if owned:
        nxt = tokens[k + 1].text if k + 1 < n else "."
        # "“…,” was Lamb's verdict on the plan": the possessor said it
        return possessor_mention(tokens, 2, tokens[1].text) if nxt in (".", "!", "?", "on", "of") else None
    if not (k + 2 < n and tokens[k + 1].lower in NAME_PLACE_PREPS):
        return None
    np = np_after_cue(tokens, k + 2)
    if np is None or kind_of_mention(np) not in SPEAKER_KINDS or np[-1].lower in TIME_NOUNS:
        return None  # "“…?” was the question of the day": no sayer
    e = past_settings(tokens, index(tokens, np[-1]) + 1)
    if (
        e + 1 < n
        and tokens[e].text == ","
        and tokens[e + 1].lower in ARTICLES
        and kind_of_mention(np) == "name"
    ):
        # "… of Hilda Prosser, the former judge, when asked": an appositive set off after the
        # sayer's name (not "… of the panel, the court heard.": a clause of its own)
        e = next((k for k in range(e + 2, min(n, e + 10)) if not tokens[k].text[:1].isalnum()), e)
    if e < n and tokens[e].text == ",":
        e += tokens[e + 1].lower in SUBORDINATORS if e + 1 < n else 0
    if e < n and tokens[e].lower in SUBORDINATORS:
        e = n  # "… of Hilda Prosser when asked about the bill": a clause of time or cause after the sayer
    if e + 1 < n and tokens[e].text == "," and tokens[e + 1].lower in SET_OFF_RELATIVES:
        e = n  # "… of the jury, which sat for nine days."
    elif e + 1 < n and tokens[e].text == "," and tokens[e + 1].is_cap:
        name = np_forward(tokens, e + 1, n)  # "… from the union's leader, Bram Ostler."
        if name is not None and kind_of_mention(name) == "name":
            np, e = name, index(tokens, name[-1]) + 1
    if e < n and tokens[e].text not in SENTENCE_MARKS:
        return None  # "… was the verdict of the panel that met on Monday": the clause goes on
    return make_mention(tokens, np, tokens[1].text)


def outer_report(s: Sentence, c: Cue, m: Mention, opens: list[int]) -> Mention | None:
    """ "“…,” said Lee, a pilot, reports the Tribune.", "“…,” Lee said, the Tribune reported.":
    a clause of reporting after the cue's own, closing the sentence, names the outer source."""
    tokens = s.tokens
    past = max(c.after, index(tokens, m.tokens[-1]) + 1)
    c2 = next(
        (x for x in s.cues if x.head >= past and CUE_FORMS.get(tokens[x.head].lower) == "report"),
        None,
    )
    if c2 is None or tokens[c2.head].lower.endswith("ing"):
        return None
    starts = [a for a in opens if past <= a <= c2.head and tokens[a - 1].text == ","]
    if not starts:
        return None
    inverted = starts[-1] == c2.head  # "…, reports the Tribune." or "…, the Tribune reported."
    m2 = inverted_speaker(tokens, c2) if inverted else fronted_subject(s, c2, starts[0])
    if m2 is None:
        return None
    k = past_settings(tokens, max(c2.after, index(tokens, m2.tokens[-1]) + 1))
    return m2 if k >= len(tokens) or tokens[k].text in SENTENCE_MARKS else None


def inverted_speaker(tokens: list[Token], c: Cue) -> Mention | None:
    """ "“…,” said Lee", "“…,” wrote another"."""
    if CUE_FORMS.get(tokens[c.head].lower) in NO_INVERSION:
        return None  # "“…,” told reporters": the listener follows, not the speaker
    k = c.after
    while k < len(tokens) and tokens[k].lower in TRAILING_ADVERBS:
        k += 1
    np = np_after_cue(tokens, k)
    if np is None and k < len(tokens) and tokens[k].lower in PRONOUN_SPEAKERS:
        np = [tokens[k]]  # "“…,” read one. “…,” wrote another.": a counted speaker
    if np is None or (len(np) == 1 and np[0].lower in DEICTIC_WORDS) or not speaker_shaped(np):
        return None  # "“…” the episode, then offered one anyway": no speaker after the verb
    nxt = tokens[k + len(np)].lower if k + len(np) < len(tokens) else ""
    e = k + len(np)
    while (
        e < min(len(tokens), k + len(np) + 3)
        and tokens[e].text.isalpha()
        and tokens[e].text.islower()
        and tokens[e].lower not in RELATIVE_PRONOUNS
        and tokens[e].lower not in CLAUSE_STARTERS
    ):
        if verb_like(tokens[e], 2) and e + 1 < len(tokens) and tokens[e + 1].lower in DETERMINERS:
            break
        e += 1  # "the eleven restored locks": the phrase runs on past a numeral
    if kind_of_mention(np) == "description" and (
        nxt in CLAUSE_AFTER_DESCRIPTION
        or nxt in FINITE_AUX
        or (
            e + 1 < len(tokens)
            and verb_like(tokens[e], 2)
            and tokens[e + 1].lower in DETERMINERS
            and not (e + 2 < len(tokens) and tokens[e + 2].lower in TIME_NOUNS)
        )  # not "said the nurses interviewed this week": a participle of the speakers, then a time
    ):
        # "“…,” said the days when …", "… said the new wards would …", "… said the cuts spared the
        # libraries": the subject of a reported clause (an auxiliary, or a past verb and its object)
        return None
    if np[-1].lower in PRONOUN_SPEAKERS and nxt[:1].isalnum():
        return None
    return make_mention(tokens, joined_after_cue(tokens, k, np), c.text)


def fronted_subject(s: Sentence, c: Cue, a: int) -> Mention | None:
    """The subject of a cue whose clause opens at ``a`` after a quote: every word between
    the quote and the verb belongs to it ("his cousin Remy del Asal added", "Ann Lee, the
    analyst who ran the poll, said")."""
    tokens = s.tokens
    if tokens[a].lower in STOP_CAPS and tokens[a].lower not in DETERMINERS and tokens[a + 1].text == ",":
        return None  # "But, said Varga, “…”": a connective, not a speaker
    span = tokens[a : c.head - 1 if perceived(tokens, c.head) else c.head]  # "Lee is heard telling"
    while span and (
        span[-1].text == ","
        or ((span[-1].lower in AUXILIARIES or span[-1].lower in FINITE_AUX) and span[-1].text.islower())
    ):
        span = span[:-1]
    cut = next((k for k, t in enumerate(span) if t.text == ","), len(span))
    aside = cut + 1 < len(span) and span[cut + 1].lower in SET_OFF_RELATIVES
    if aside or any(t.quote >= 0 for t in span):
        span = span[:cut]  # "the skipper, who was drunk, could be heard": the aside is not the name
    if not span or any(t.text.islower() and verb_like(t, 2) for t in span[1:cut]):
        return None  # "Lee limited her remarks", "a website linked to …": a verb before any appositive
    m = subject_cached(s, c)
    if m is not None and m.kind != "relative" and m.start == tokens[a].start:
        return m
    if (
        len(span) > 14
        or not (span[0].is_cap or span[0].lower in DETERMINERS)
        or any(
            t.lower in CLAUSE_STARTERS
            or (t.lower in CUE_FORMS and not noun_use(span, k))
            or t.text in (";", ":")
            for k, t in enumerate(span[1:], 1)
        )
    ):
        return None
    head = list(m.head or m.tokens) if m is not None and m.kind != "relative" else []
    if not head or (aside and head[-1].end > span[-1].end):
        head = head_of(span[:cut] or span)  # "Ann Lee, who chairs the Port Fund,": not "Port Fund"
    if len(span) > len(head) and head[0].start == span[1].start and head[-1].lower in PEOPLE_BY_ORIGIN:
        head = [span[0], *head]  # "a Utah Republican said": a person described, not named
    if not speaker_shaped(head):
        return None  # "“…” to the board, then, a day later, added": a span of time says nothing
    h = next((k for k, t in enumerate(span) if t is head[0]), 0)
    if (
        h >= 2
        and span[0].lower in ARTICLES
        and span[h - 1].lower in SPEECH_NOUNS
        and span[h - 1].lower not in DOCUMENT_NOUNS
    ):
        return None  # "“…,” a claim Lee denied": the cue's object is the words, a clause on them
    kind = kind_of_mention(head)
    if kind == "description" and cut < len(span) and (named := appositive_name(span, head)) is not None:
        return Mention(tuple(span), "name", c.text, tuple(named))  # "one, Ann Lee of Acme, said"
    return Mention(tuple(span), kind, c.text, tuple(head))


def closes(s: Sentence, c: Cue, m: Mention, strict: bool) -> bool:
    """Whether a cue after a quote closes it; ``strict`` (after a quote that ends its
    sentence, or in a last clause), only a verb of saying ("said", not "called") that takes
    no report ("said the plan …"), no later quote ("added, “…”") and no object of its own
    ("She noted a planned rally")."""
    tokens = s.tokens
    lemma = CUE_FORMS.get(tokens[c.head].lower)
    if not strict:
        return True  # "“…,” she says, “…”": one quote split by its cue
    if any(t.quote >= 0 and governing(s, k, (True,)) is c for k, t in enumerate(tokens) if k > c.head):
        return False
    if lemma not in CORE or report_start(tokens, c.after, lemma in TELL_LEMMAS) >= 0:
        return False
    k = c.after + (len(m.tokens) if m.start >= tokens[c.head].end else 0)  # past "said Lee"
    return lemma in TELL_LEMMAS or np_forward(tokens, past_settings(tokens, k), len(tokens)) is None


PHRASE_ENDS: Final = frozenset(STOP | OBJECT_PREPS)
"""Words that end a noun phrase read forward ("a viral blog against …")."""


def own_object(s: Sentence, c: Cue, left: list[Token]) -> bool:
    """The cue after a quote takes a noun phrase of its own as its object ("Berg wrote an
    angry letter", "Lee found comic relief in it"), not a report ("said the team would …"), a
    listener ("told reporters", "urged voters to") nor a setting ("said later", "wrote
    again"). A listener counts only when the fronted clause ``left`` has no cue of its own:
    after "When the mayor likened them to “…,”", "Berg urged the mayor to" is Berg's act."""
    tokens = s.tokens
    lemma = CUE_FORMS.get(tokens[c.head].lower)
    tell = lemma in TELL_LEMMAS
    j = k = past_settings(tokens, c.after)
    if j >= len(tokens) or report_start(tokens, c.after, tell) >= 0:
        return False
    while k + 1 < len(tokens) and tokens[k + 1].text.isalpha() and tokens[k + 1].lower not in PHRASE_ENDS:
        k += 1
    tok = tokens[j]
    if (
        lemma in LISTENER_LEMMAS
        and (tok.lower in OBJECT_PRONOUNS or person_like(tokens[k].lower) or tokens[k].lower in ORG_WORDS)
        and not parse(left[fronted_at(left) :]).cues
    ):
        return False  # "Hale urged voters to …", "asked the council to …": a listener, not a thing
    low = tok.lower
    return (
        low in DETERMINERS
        or low in OBJECT_PRONOUNS
        or (
            tok.text.isalpha()
            and tok.text.islower()
            and not (low in STOP or low in TIME_WORDS or low in SENTENCE_ADVERBS or adverb_like(tok))
        )
    )


def so_says(right: list[Token], i: int) -> Mention | None:
    """ "“…” — says Ann Lee", "“…” — or so says the operator": after a dash, "(or) so" and a
    cue set before its subject point back to the quote: that subject signs it."""
    n = len(right)
    j = i
    while j < n and right[j].text in HYPHEN_DASHES:
        j += 1
    if j == i:
        return None  # "“….” So says Lee.": a sentence of its own, read by pointed_back
    if j < n and right[j].lower == "or":
        j += 1
    if j < n and right[j].lower == "so":
        j += 1
    return said_by(right, j)


def said_by(right: list[Token], j: int) -> Mention | None:
    """The subject after a cue of plain saying at ``right[j]`` ("says Ann Lee", "said the
    mayor, a former judge"), when it is someone (``someone``) and ends its clause."""
    n = len(right)
    if j >= n or not cue_word(right[j]) or CUE_FORMS[right[j].lower] not in INVERTED_OPENING_LEMMAS:
        return None
    np = np_forward(right, j + 1, n)
    if np is None or not someone(np):
        return None  # "So says the rulebook": a text or a saying, nobody's words here
    e = j + 1 + len(np)
    if e < n and right[e].text[:1].isalnum():
        return None  # "— says Lee will …": a report, not a signature
    return make_mention(right, np, right[j].text)


def someone(np: list[Token] | tuple[Token, ...]) -> bool:
    """A name, or a description of a person or of people ("the port director", "survivors"),
    not of a thing ("the rulebook", "her speech") nor of an event a year dates ("the 1939
    campaign")."""
    kind = kind_of_mention(list(np))
    if kind == "name":
        return True
    return kind == "description" and people_noun(np[-1].lower) and not any(year(t) for t in np)


def pointed_back(doc: Doc, qi: int) -> Mention | None:
    """ "“….” Those were the words of Ann Lee.", "“….” That was the verdict of the judge.",
    "“….” So says the mayor.": a whole quoted sentence, then a sentence that points back to
    it (a demonstrative, a verb of being and, at once after it, a noun of what was said, "of"
    someone; or "So" and a cue set before its subject) names who said it. Someone, as
    ``someone`` reads it, and not a thing a "which" clause goes on about ("the message of the
    campaign, which launches …"). Not "That was also the verdict of …": an echo."""
    span = doc.spans[qi]
    first = doc.text[span.close_at : span.close_at + LOOK_BACK_WORD].lstrip(" \u00a0.!?").split(" ", 1)[0]
    lead = first.lower()
    # "That's according to …", "That’s the verdict of …": the verb of being in the contraction
    contracted = lead[-2:] in POSSESSIVE_ENDS[:2] and lead[:-2] in DEMONSTRATIVES
    if (lead not in DEMONSTRATIVES and lead != "so" and not contracted) or not doc.opens_sentence(qi):
        return None  # most quotes: read no further
    w = Window(doc, qi)
    right = w.right
    n = len(right)
    if not (w.ends_sentence or (n and right[0].text == ".")):
        return None  # ‘….’ or, in British copy, ‘…’. with the full stop outside the mark
    i = 1 if n and right[0].text in SENTENCE_MARKS else 0
    if i >= n or right[i].lower != lead:
        return None
    if lead == "so":
        return said_by(right, i + 1)
    end = next((k for k in range(i, n) if right[k].text in SENTENCE_MARKS), -1)
    if end < 0:
        return None
    # the quote standing for the demonstrative (a contraction stands for its verb)
    tokens = [w.quote, *right[i + (not contracted) : end + 1]]
    if len(tokens) < 4 or (tokens[1].lower not in PREDICATE_VERBS and not contracted):
        return None
    if tokens[2].lower == "according" and tokens[3].lower == "to":
        return according_back(tokens)
    if not (tokens[2].lower in DETERMINERS or possessor(tokens[2])):
        return None  # "That was also the verdict of the panel": someone else's view, echoed
    m = predicate_speaker(tokens)
    if m is None or m.kind not in ("name", "description") or not someone(m.head or m.tokens):
        return None
    e = index(tokens, m.tokens[-1]) + 1
    if e + 1 < len(tokens) and tokens[e].text == "," and tokens[e + 1].lower in THING_RELATIVES:
        return None  # "… of the new campaign, which launches on Monday": a thing
    return m


def according_back(tokens: list[Token]) -> Mention | None:
    """ "“….” That is according to Ann Lee, who chairs the board.", "“….” That was according to
    the harbour master.": the quote standing for the demonstrative, a verb of being, then
    "according to" someone who ends the sentence or is set off by a comma (not a "which"
    clause about a thing). ``tokens``: the quote and its sentence after the demonstrative."""
    n = len(tokens)
    np = np_forward(tokens, 4, n)
    if np is None or not someone(np):
        return None  # "That is according to the plan": no one's words
    e = 4 + len(np)
    if e >= n or tokens[e].text not in (",", ".", "!"):
        return None  # "That is according to Lee's figures": a source, not the sayer
    if tokens[e].text == "," and e + 1 < n and tokens[e + 1].lower in THING_RELATIVES:
        return None
    return make_mention(tokens, np, tokens[2].text)


def dash_or_foreign(right: list[Token], i: int, cue: int) -> Mention | None:
    """ "“…” — Ann Lee": a name after a dash signs the quote; "«…», a déclaré le maire",
    "„…“, sagte die Ministerin": the cue of French, German or Spanish copy and its subject."""
    n = len(right)
    if right[i].text in HYPHEN_DASHES:
        j = i + 1
        while j < n and right[j].text in HYPHEN_DASHES:
            j += 1
        np = np_forward(right, j, n)
        after = j + len(np) if np is not None else n
        if np is None or kind_of_mention(np) != "name" or (after < n and right[after].text[:1].isalnum()):
            return None
        return make_mention(right, np, right[i].text)
    k = cue + 1
    np = np_forward(right, k, n)
    if np is None and k < n and right[k].lower in FOREIGN_ARTICLES:
        e = k + 1
        while e < n and e - k < 6 and right[e].text[:1].isalpha():
            e += 1
        np = right[k:e] if e > k + 1 else None  # "a déclaré le maire", "sagte die Ministerin"
    return make_mention(right, np, right[cue].text) if np is not None else None


def leading_g(w: Window) -> Mention | None:
    """The attribution before the quote in its sentence: a name signing it before a colon
    ("Pollsters agree - Ann Lee: “…”"; a cue in the words before the dash is the digest's
    summary line), a cue set off by commas, the cue that governs it, or the speaker a colon
    introduces."""
    left = w.left
    n = len(left)
    if n == 0:
        return None
    lo = 0
    for k in range(n - 1, -1, -1):  # a loop, not next() over a generator: faster
        if left[k].quote >= 0:
            lo = k + 1
            break
    colon = left[-1].text == ":" and n - 1 > lo
    np = np_backward(left, n - 2, lo) if colon else None
    bare = np is not None and np[0].lower not in DETERMINERS  # "Lee lobbies", not "The Trust members"
    if np is not None and any(
        t.text.islower()
        and (
            (verb_like(t, 2) and not (k < len(np) - 1 and determiner_before(np, k)))
            or (bare and np[k - 1].is_cap and k < len(np) - 1 and present_after_name(t))
        )
        for k, t in enumerate(np[1:], 1)
    ):  # a participle between a determiner and its noun is an adjective ("The proposed rule:")
        np = None  # "The lawyer smiled:", "Lee lobbies for a wage:": a clause, whose subject is read below
    if np is not None and any(
        np[j].text.islower() and CUE_FORMS.get(np[j].lower) in TELL_LEMMAS and mute_thing(np[:j])
        for j in range(1, len(np))
    ):
        return None  # "The storm warns: “…”": the verb's subject is muted, and no span holds a verb
    if np is not None and np[0].lower in FINITE_AUX:
        np = None  # "… the “savings” would hurt riders:": a verb group, no noun phrase
    k = index(left, np[0], n - 2) if np is not None else lo
    kind = kind_of_mention(np) if np is not None else ""
    if (
        np is not None
        and kind in ("name", "pronoun")
        and ((k - 1 > lo and left[k - 1].text in HYPHEN_DASHES) or stamp_before(left, lo, k))
        and not entry_label(np)
        and label_source(np) is None  # "09.40 Latest from Makwana:": read below
    ):
        return make_mention(left, np, ":")  # "14:12 — Holt: “…”", "14:12 Holt: “…”", "[9.05am] Holt: “…”"
    if (
        colon
        and np is not None
        and label_opens_line(w, left, np, lo)
        and (source := label_source(np)) is not None
    ):
        return make_mention(left, source, ":")  # "More from Lee: “…”", "Reaction from the mayor: “…”"
    if np is not None and (author := utterance_author(left, np, k, lo)) is not None:
        return make_mention(left, author, ":")  # "The day ended with a plea from Lee: “…”": the plea's author
    m = parenthetical_cue(left, lo, n) or (view_before_colon(w.sentence, n - 1, lo) if colon else None)
    if m is None and has_cue_word(left):
        m = governor_in(w.sentence, n, (True,))
    if m is not None or not colon:
        return m  # "Here is how Lee sees it: “…”"
    if (author := named_author(left, lo, n)) is not None:
        return make_mention(left, author, ":")
    if np is not None and (
        (
            kind in ("name", "description")
            and (np[0] is left[lo] or (k > lo and left[k - 1].text in HYPHEN_DASHES))
            and not entry_label(np)
        )
        or (lo + 1 < n and left[lo].lower == "from" and np[0] is left[lo + 1])
        or (len(np) >= 2 and kind == "name" and not (k > lo and left[k - 1].lower in OBJECT_OPENERS))
    ):  # "A HEADLINE - Jo Bell: “…”", "From the mayor: “…”", "… doesn't surprise pollster Ida Marsh: “…”"
        return make_mention(left, np, ":")
    np = last_joined_subject(left, lo, n - 1) or sentence_subject(left, lo, n - 1)
    if (
        not colon_subject(np)
        and lo > 1
        and w.whole
        and left[0].quote < 0
        and not any(t.text == ";" for t in left)
    ):
        # "The Gazette dwells on how the cuts — billed as “savings” — would strand riders: “…”":
        # a quote inside the clause before the colon is a phrase of it; the clause's subject speaks
        np = sentence_subject(left, 0, n - 1)
        if np is not None and (index(left, np[-1], 0) >= lo or not sole_clause(left, np, n)):
            np = None
        if np is not None and len(np) >= 3 and present_verb_end(left, np):
            np = np[:-1]  # "The Gazette dwells on": the verb the phrase ran into
    if np is None or not colon_subject(np):
        return None
    e = index(left, np[-1]) + 1
    while e < n - 1 and left[e].lower in AUXILIARIES:
        e += 1
    if CUE_FORMS.get(left[e].lower) in TELL_LEMMAS and mute_thing(np):
        return None  # "The crash reminded him: “…”": no one's words
    if (holder := fronted_holder(left, lo, np)) is not None:
        return make_mention(left, holder, ":")
    return make_mention(left, np, ":")


def fronted_holder(left: list[Token], lo: int, np: list[Token]) -> list[Token] | None:
    """ "For Oskar Lind, the lesson was clear: “…”", "For the manager, the answer is simple:":
    a bare noun of one's own view (``HELD_VIEW_NOUNS``: a lesson, an answer, a choice) as the
    subject before the colon, after a fronted "For" and a person set off by a comma, sets out
    that person's view; the words are theirs, not the lesson's. Not a text or a word that
    comes from someone ("the message from the club", "the report's verdict", "the lesson of
    the flood"), and not a body or a place ("For the council,", "For Marlow Town,"): the
    colon's subject keeps them."""
    if left[lo].lower != "for" or np[-1].lower not in HELD_VIEW_NOUNS or np[0].lower not in ARTICLES:
        return None
    if not all(t.text.isalpha() and t.text.islower() for t in np):
        return None
    e = index(left, np[-1], lo) + 1
    if e >= len(left) or left[e].lower not in FINITE_BE:
        return None  # "the lesson of the flood was", "the answer, from the board, was"
    c = index(left, np[0], lo) - 1
    if c - lo < 2 or c - lo > 6 or left[c].text != ",":
        return None
    holder = np_forward(left, lo + 1, c)
    if holder is None or index(left, holder[-1], lo) != c - 1:
        return None
    kind = kind_of_mention(holder)
    head = holder[-1].lower
    if kind == "name":
        person = not is_org(holder) and not is_place(holder)
        return holder if person and any(given_name(t.text) or is_title(t) for t in holder) else None
    if kind == "description" and people_noun(head) and head not in IT_BODIES and head not in ORG_WORDS:
        return holder  # not "For the third year running," (a time), "For the government," (a body)
    return None


CLOCK: Final = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?")


def stamp_before(left: list[Token], lo: int, k: int) -> bool:
    """The words from ``lo`` to ``k`` are a clock time alone, as a live blog stamps its entries
    ("14:12", "[14:12]", "9.05am", "9:05 a.m.", maybe with a dash after): what follows opens
    the entry, not a sentence that happens to hold a time."""
    e = k
    while e > lo and left[e - 1].text in HYPHEN_DASHES:
        e -= 1
    a = lo
    if e - a >= 3 and left[a].text in ("[", "(") and left[e - 1].text in ("]", ")"):
        a += 1
        e -= 1
    if e <= a or e - a > 4 or not left[a].text[:1].isdigit():
        return False
    return CLOCK.fullmatch("".join(t.lower for t in left[a:e])) is not None


def entry_label(np: list[Token]) -> bool:
    """A one-word heading rather than a person ("Update", "Breaking", "Reaction")."""
    return len(np) == 1 and (np[0].lower in ENTRY_LABELS or np[0].lower in UTTERANCE_NOUNS)


LABEL_LINE_REACH: Final = 80
"""The most characters of a heading label's line before its quote ("UPDATE 10:40 GMT, 4 May: ")."""


def labelled(w: Window, m: Mention) -> bool:
    """Whether the mention ``m`` a sieve found is a heading opening the line the quote opens
    on, right before the colon after which it opens (``heading_label``), not a speaker."""
    if m.end > w.open_at or w.text[w.open_at - 2 : w.open_at].strip() != ":":
        return False
    line = line_start_within(w.text, max(0, w.open_at - LABEL_LINE_REACH), m.start)
    if line < 0:
        return False  # a heading is short
    return heading_label(words(w.text, line, w.open_at))


def heading_label(toks: list[Token]) -> bool:
    """The words of a line up to a colon ``toks`` are a one-word heading (``ENTRY_LABELS``:
    "Update", "Correction", "Breaking"; after the possessive of an editorial role:
    "Editor's note", never "Haldane's statement"), alone or with a
    time stamp ("Update, 3.15pm", "Update (14:05)", "UPDATE 10:40 GMT", "Correction, May 4"):
    a label for the words after the colon, never their speaker."""
    n = len(toks) - 1
    if n < 1 or toks[n].text != ":" or not toks[0].text[:1].isupper():
        return False
    k = 1 if n > 1 and toks[0].text.endswith(POSSESSIVE_ENDS) else 0
    if k and toks[0].lower.rstrip("’'s") not in EDITORIAL_ROLES:
        return False  # "Haldane's statement:": the words after are Haldane's, no page heading
    if toks[k].lower not in ENTRY_LABELS:
        return False
    return all(
        not t.text[:1].isalpha() or t.lower in STAMP_WORDS or t.lower.rstrip(".") in STAMP_WORDS
        for t in toks[k + 1 : n]
    )


def label_opens_line(w: Window, left: list[Token], np: list[Token], lo: int) -> bool:
    """The phrase ``np`` opens the words before the quote, or a line of its own, or follows no
    word but a timestamp ("15:02\nMore from Lee:", "09.40 More from Lee:")."""
    if np[0] is left[lo]:
        return True
    k = index(left, np[0], lo)
    if k <= lo:
        return False
    return "\n" in w.text[left[k - 1].end : np[0].start] or not any(t.text[:1].isalpha() for t in left[lo:k])


def label_source(np: list[Token]) -> list[Token] | None:
    """ "More from Ann Lee:", "Reaction from the mayor:", "Now from Lee:": a label with no verb
    whose one or two words come "from" a person: that person speaks the words after the colon
    (not the label's first word)."""
    for j in range(1, min(3, len(np) - 1)):
        if np[j].lower == "from":
            if not all(t.lower in LABEL_LEADS or t.lower in UTTERANCE_NOUNS for t in np[:j]):
                return None  # "Tarrow from Hull:": a name, who comes from a place
            tail = np[j + 1 :]
            kind = kind_of_mention(tail)
            if kind == "name" or (kind == "description" and person_noun(tail[-1].lower)):
                return tail
            return None  # "More from the seafront:": a place, no speaker
    return None


def utterance_author(left: list[Token], np: list[Token], k: int, lo: int) -> list[Token] | None:
    """ "The day ended with a blunt warning from Ann Vesk:", "Then came a plea from the mayor:":
    the one a noun of utterance comes "from", right before the colon, wrote or spoke the words
    after it, when the utterance arrives ("with", "came") rather than being answered, attacked
    or issued by the sentence's subject ("Lee responded to a question from a reader:", "Lee
    issued a statement from her hospital bed:": Lee's words). ``np`` is the phrase before the
    colon, starting at ``left[k]``."""
    words = left[max(lo, k - 2) : k] + np
    for j in range(len(words) - 2, 0, -1):
        if words[j].lower == "from" and words[j - 1].lower in UTTERANCE_NOUNS and words[j - 1].text.islower():
            if not any(t.lower in UTTERANCE_ARRIVALS for t in words[: j - 1]):
                return (
                    None  # "Lee hit back at criticism from Roy:", "issued a statement from her bed:": Lee's
                )
            author = words[j + 1 :]
            if author[-1].lower in CUE_FORMS:
                return None  # "One memo from the board read:": a verb, the memo is its subject
            return author if kind_of_mention(author) in ("name", "description") else None
    return None


def sole_clause(left: list[Token], np: list[Token], n: int) -> bool:
    """Whether the subject ``np`` heads the one clause running to the colon at ``n - 1``: it
    does not end in a possessive nor run into one ("The council’s “…” session ended …:"), and
    no coordinated clause (", and Lee was angry:") nor a capitalized object of "from" or
    "with" ("a warning from Lee:", "fell flat with Lee:") names another who may speak."""
    if np[-1].lower.endswith(POSSESSIVE_ENDS):
        return False  # "The council’s “…” session ended …:": a possessor, not the clause's subject
    e = index(left, np[-1], 0) + 1
    if e < n and left[e].lower.endswith(POSSESSIVE_ENDS):
        return False  # "The ferry board’s “…” meeting": the phrase runs on into a possessor
    return not any(
        (left[k].text == "," and left[k + 1].lower in COORDINATORS)
        or (left[k].lower in SPEAKER_PREPS and left[k + 1].is_cap)
        for k in range(e, n - 1)
    )


def present_verb_end(tokens: list[Token], np: list[Token]) -> bool:
    """Whether the phrase ``np`` ends in a present verb it ran into: a lower-case word in -s
    (not -ss) right before a preposition ("the council report dwells on")."""
    last = np[-1].lower
    k = index(tokens, np[-1], 0) + 1
    return (
        np[-1].text.isalpha()
        and np[-1].text.islower()
        and last.endswith("s")
        and not last.endswith("ss")
        and k < len(tokens)
        and tokens[k].lower in OBJECT_PREPS
    )


def colon_subject(np: list[Token] | None) -> bool:
    """Whether a subject found before a colon may introduce its quote: not a lone lower-case
    word other than a pronoun ("… would strand riders:" gives no subject)."""
    return np is not None and not (len(np) == 1 and np[0].text.islower() and kind_of_mention(np) != "pronoun")


def last_joined_subject(left: list[Token], lo: int, end: int) -> list[Token] | None:
    """ "It fell to Lee to sum up, and she did so in one sentence as she left: “…”": the colon
    closes the last clause joined by ", and"/", but", whose own subject (a name or a pronoun
    before its finite verb) introduces the words, not the sentence's first noun phrase."""
    for k in range(end - 1, lo + 1, -1):
        t = left[k]
        if t.quote >= 0:
            return None
        if t.lower in COORDINATORS and left[k - 1].text == ",":
            np = sentence_subject(left, k + 1, end)
            if np is None or kind_of_mention(np) not in ("name", "pronoun"):
                return None
            e = k + 1 + len(np)
            return np if e < end and np[0] is left[k + 1] and finite(left[e]) else None
    return None


def named_author(left: list[Token], lo: int, n: int) -> list[Token] | None:
    """ "The note was signed by Vos: “…”", "The text came from Lund’s aide: “…”": the verb
    after a document or a word of speech names its author by "by" or "from" right before
    the colon; the words are the author's, not the paper's ("The record shows a note from
    Lund:" has an object between, and keeps its subject)."""
    k = n - 2
    while k > lo and left[k].lower not in AUTHOR_PREPS:
        k -= 1
    author = np_backward(left, n - 2, k + 1) if left[k].lower in AUTHOR_PREPS else None
    subject = sentence_subject(left, lo, k) if author is not None and author[0] is left[k + 1] else None
    if (
        author is None
        or subject is None
        or not {subject[-1].lower, subject[-1].lower.removesuffix("s")} & WORDS_NOUNS
    ):
        return None
    verb = left[index(left, subject[-1]) + 1 : k]  # "was", "came", "had been signed": no object
    ok = 0 < len(verb) <= 3 and all(
        t.text.isalpha() and t.text.islower() and t.lower not in DETERMINERS for t in verb
    )
    last = verb[-1].lower if ok else ""
    if last not in AUTHOR_FORMS and not (left[k].lower == "from" and last in ORIGIN_VERBS):
        return None  # "forwarded by an aide", "leaked by a staffer": who handled it, not who wrote it
    # a person or a named body ("Vos", "Governor Cara Vos", "an aide", "the Pentagon"), or one
    # who owns the medium ("from Lund’s account"); not "a private account", "the desk of Ann Roy"
    h = head_of(author)
    person = any(t.is_cap for t in h) or person_noun(h[-1].lower)
    return author if person or (possessor(author[0]) and author[0].is_cap) else None


def determiner_before(np: list[Token], k: int) -> bool:
    """A determiner or a possessive ("the", "his", "the committee’s") before the word at ``k``:
    a participle there, before a noun, qualifies it ("the proposed rule", "the committee’s
    revised plan")."""
    low = np[k - 1].lower
    return low in DETERMINERS or low.endswith(POSSESSIVE_ENDS)


def parenthetical_cue(left: list[Token], lo: int, n: int) -> Mention | None:
    """ "The paper, Hale said, called the move “deeply telling.”": a cue set off by commas in
    the sentence reports the whole sentence as that speaker's account. The cue is a verb of
    saying ("he argues", "she insists"), not of thought ("Ross, Lee believes, called it “…”"
    is Ross's words); and a clause that sets out its own words after its own verb of speech
    ("Ross, Lee testified, told him: “…”") is its subject's, as a direct quote inside a
    report is."""
    for k in range(lo, n - 3):
        if left[k].text != ",":
            continue
        np = np_forward(left, k + 1, n)
        if np is None or kind_of_mention(np) not in ("name", "pronoun") or len(np) > 4:
            continue
        v = k + 1 + len(np)
        c = cue_at(left, v) if v < n else None
        if c is None or CUE_FORMS.get(left[v].lower) in WEAK_LEMMAS:
            continue
        e = medium(left, c[1])
        if e < n - 1 and left[e].text == "," and any(t.text[:1].isalpha() for t in left[e + 1 :]):
            if k > lo and inner_sets_out(left, e + 1, n):
                return None
            return make_mention(left, np, cue_words(left, c[0], c[1]))
    return None


def inner_sets_out(left: list[Token], j: int, n: int) -> bool:
    """After a set-off cue at ``j``, a finite verb of speech of the clause's own subject
    (auxiliaries and adverbs before it) that sets out the quote after ``left`` ("…, told
    him: “…”", "…, once said, “…”")."""
    while j < n and left[j].lower in AUXILIARIES:
        j += 1
    c = cue_at(left, j) if j < n else None
    return c is not None and not left[j].lower.endswith("ing") and sets_out(left, c[1], n)


def continue_chains(doc: Doc, disabled: frozenset[str] = frozenset()) -> None:
    """Quote-only sentences and paragraphs right after an attributed quote inherit it."""
    spans, found = doc.spans, doc.found
    for qi in range(len(spans)):
        if found[qi].how == "inherit" and CLOSED_RELATIVE not in disabled:
            m = closed_relative(doc, qi, found[qi].mention)
            if m is not None:
                found[qi] = Found(m, "inherit", by=CLOSED_RELATIVE)
    # multi-paragraph quotes: a speaker found on any piece is the speaker of all pieces
    i = 0
    n = len(spans)
    while i < n and PARAGRAPHS not in disabled:
        j = i
        while j < n - 1 and spans[j].continues:
            j += 1
        if j > i:  # a quote of several paragraphs (most quotes have one)
            fk = next((found[k] for k in range(i, j + 1) if found[k].mention is not None), None)
            for k in range(i, j + 1):
                if fk is not None and found[k].mention is None:
                    found[k] = (
                        its_source(doc, Found(fk.mention, "continuation", by=PARAGRAPHS), k) or found[k]
                    )
        i = j + 1
    for qi in range(n):
        if found[qi].mention is not None:
            continue
        turn = None if EXCHANGE in disabled else exchange(doc, qi)
        if turn is not None:  # the speaker of that turn, its mention resolved as it was there
            found[qi] = replace(found[turn], how="continuation", by=EXCHANGE)
            continue
        answered = None if ANSWER in disabled else answered_turn(doc, qi)
        if answered is not None:
            found[qi] = answered
            continue
        back = None if POINTED_BACK in disabled else pointed_back(doc, qi)
        if back is not None and opens_line(doc.text, doc.spans[qi].open_at) >= 0:
            found[qi] = Found(back, "trailing", by=POINTED_BACK)
            continue  # a quote opening its paragraph: the sentence after it outweighs the one before
        for name, sieve in CHAIN_SIEVES:
            m = None if name in disabled else sieve(doc, qi)
            source = its_source(doc, Found(m, "continuation", by=name), qi) if m is not None else None
            if source is not None:
                found[qi] = source
                break
        else:
            if back is not None:  # no sentence before gave the quote a speaker
                found[qi] = Found(back, "trailing", by=POINTED_BACK)


def closed_relative(doc: Doc, qi: int, pm: Mention | None) -> Mention | None:
    """`Lee, who called the plan "reckless," later urged voters to "reject it"`: a quote
    after the comma that closes a non-restrictive "who" clause belongs to the main clause,
    whose subject is the person the clause was about, not to the relative pronoun."""
    text, spans = doc.text, doc.spans
    if pm is None or pm.kind != "relative" or not pm.head or pm.tokens[0].lower != "who":
        return None
    if text[pm.head[-1].end : pm.start].strip() != ",":
        return None  # "a candidate who …": a restrictive clause goes on to the end
    open_at = spans[qi].open_at
    for k in range(qi - 1, max(-1, qi - 1 - RELATIVE_REACH), -1):  # bounded: the pass stays linear
        span = spans[k]
        if span.end < pm.end:
            return None
        after = span.close_at
        between = text[after:open_at] if k == qi - 1 else text[after : spans[k + 1].start]
        inner = text[span.start : span.end].rstrip()
        if inner.endswith(",") or between.lstrip().startswith(","):
            rest = between.lstrip(" ,\u00a0")
            word = rest.split(maxsplit=1)[0] if rest else ""
            if word[:1].islower() and word not in CLAUSE_GOES_ON:
                return Mention(pm.head, kind_of_mention(list(pm.head)), pm.cue, pm.head)
            return None
    return None


RELATIVE_REACH: Final = 8
PARAGRAPH_GAP: Final = 2


DIALOGUE_REACH: Final = 12
"""How many bare turns back the exchange sieve looks for the two cued turns that open it."""
CUE_TAIL_WORDS: Final = 6
"""How many words a cued turn may add after (or between) its quotes: the cue and its speaker."""


PARAGRAPH_WINDOW: Final = 1500
"""How far either side of a quote the exchange sieve looks for its paragraph's ends."""


def line_of(text: str, i: int) -> tuple[int, int]:
    """The start and end of the line (paragraph) holding ``i``, read no farther than
    PARAGRAPH_WINDOW either side (a longer paragraph is taken to end there: no bare turn)."""
    lo, hi = max(0, i - PARAGRAPH_WINDOW), min(len(text), i + PARAGRAPH_WINDOW)
    e = text.find("\n", i, hi)
    return text.rfind("\n", lo, i) + 1 or lo, hi if e < 0 else e


def bare_turn(doc: Doc, k: int) -> bool:
    """Quote ``k`` is its paragraph's only words: a turn of an exchange with no cue."""
    span = doc.spans[k]
    s, e = line_of(doc.text, span.open_at)
    return (
        not span.continues
        and not doc.text[s : span.open_at].strip()
        and not doc.text[span.close_at : e].strip()
    )


def cue_only(text: str, a: int, b: int) -> bool:
    """Between ``a`` and ``b`` no more than a cue: a few words, no sentence of narrative."""
    return len(text[a:b].split()) <= CUE_TAIL_WORDS


def bare_turns_back(doc: Doc, qi: int, narrative_last: bool) -> int:
    """The quote before the run of bare turns that ends at ``qi`` (each turn the paragraph right
    before the next, no more than DIALOGUE_REACH of them): where the exchange was opened. With
    ``narrative_last``, narrative between that quote and the first bare turn is allowed when the
    first is ``qi`` itself. -1 when ``qi`` is no bare turn, or the run is cut or too long."""
    text, spans = doc.text, doc.spans
    if not bare_turn(doc, qi):
        return -1
    j = qi - 1
    while j >= 0 and qi - j <= DIALOGUE_REACH and bare_turn(doc, j):
        if text[spans[j].close_at : spans[j + 1].open_at].strip():
            if narrative_last and j == qi - 1:
                break
            return -1
        j -= 1
    return -1 if j < 0 or qi - j > DIALOGUE_REACH else j


def cued_turn(doc: Doc, k: int, end: int) -> Mention | None:
    """The speaker of a closed quote opening its sentence with only its cue after it up to
    ``end`` (its paragraph's end): a cued turn of an exchange (``exchange``, ``answered_turn``)."""
    m, span = doc.found[k].mention, doc.spans[k]
    ok = span.close_mark and cue_only(doc.text, span.close_at, end) and doc.opens_sentence(k)
    return m if ok else None


def exchange(doc: Doc, qi: int) -> int | None:
    """An interview or cross-examination set out as quote-only paragraphs: `“Was it funded?”
    Ms Ray asked.` / `“In part,” he replied.` / `“In what part?”` / `“The first.”`. After two
    cued turns by two speakers, the first a question, each paragraph that is a bare quote
    takes the other speaker of the one before: A, B, A, B, as long as each of the
    questioner's turns asks. A statement where the questioner's turn would be goes on with
    the answerer and ends the exchange; so does any paragraph with narrative in it; one
    speaker going on ("she added") opens none. Gives the quote whose speaker the turn shares."""
    text, spans, found = doc.text, doc.spans, doc.found
    j = bare_turns_back(doc, qi, False)
    if j < 0 or text[spans[j].close_at : spans[j + 1].open_at].count("\n") == 0:
        return None
    # the second cued turn: a paragraph of quotes and one cue, opening with a quote, and
    # nothing but blank lines after it ("She paused." between ends the exchange)
    s, e = line_of(text, spans[j].open_at)
    if not cue_only(text, spans[j].close_at, e) or text[e : spans[j + 1].open_at].strip():
        return None
    kb = j
    while kb > 0 and spans[kb - 1].open_at >= s:
        if spans[kb - 1].continues or not cue_only(text, spans[kb - 1].close_at, spans[kb].open_at):
            return None
        kb -= 1
    if text[s : spans[kb].open_at].strip() or kb == 0:
        return None
    b = found[kb].mention
    if b is None or any(found[k].mention is None or not spans[k].close_mark for k in range(kb, j + 1)):
        return None
    # the first cued turn: the last quote of the paragraph right before, a cue after it
    ka = kb - 1
    ea = line_of(text, spans[ka].open_at)[1]
    a = cued_turn(doc, ka, ea)
    if a is None or text[ea:s].strip():
        return None  # a question asked in narrative ("Lee asked how “…?”") opens no exchange
    words_a = [t.lower for t in a.tokens]
    words_b = [t.lower for t in b.tokens]
    if words_a == words_b or going_on_cue(b.cue):
        return None
    if not put(text, spans[ka]):
        return None  # two sources' statements set side by side are no dialogue
    if not all(put(text, spans[k]) for k in range(j + 1, qi + 1, 2)):
        return None  # a statement where the questioner's turn would be goes on with the answer
    return ka if (qi - j - 1) % 2 == 0 else kb


ANSWER_REACH: Final = 6
"""How many quotes back from a question answered_turn looks for the last turn of the one asked."""
ANSWER_BREAKS: Final = 2
"""How many paragraph breaks may part the one asked's last quote from the question put to them."""


def line_breaks(gap: str) -> int:
    """How many paragraph breaks ``gap`` holds: each line break, two in a row (a blank line)
    counted as one."""
    return gap.count("\n") - gap.count("\n\n")


def within_reach(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, from a quote's close to a question put after it, is short enough
    for that question to be put to its speaker: PARAGRAPH_WINDOW characters, ANSWER_BREAKS
    paragraph breaks at most."""
    return b - a <= PARAGRAPH_WINDOW and line_breaks(text[a:b]) <= ANSWER_BREAKS


def answered_turn(doc: Doc, qi: int) -> Found | None:
    """Testimony or an interview told as bare quote paragraphs after one asked question: a
    cued question (`“How late?” Ames asked.`) or a paragraph of narrative closing on a
    question put in reported speech to one it names (`The coroner asked him how long it
    took.`), right after the one asked last spoke (in the paragraph before, or with one
    paragraph of narrative between). The bare paragraphs that follow answer it: `“A week.”`
    is the one asked's, a bare question after it the asker's again (`“And why?”`), A, B, A as
    long as each of the asker's turns asks. A cued question is answered by the one who spoke
    before only on evidence it was put to them (``put_to_speaker``): else the asker goes on
    (`“Who is going to pay?” asked a tenant. ¶ “Not the developers.”`). In the passive (`Lund
    was asked whether she would stand.`) the subject is the one asked."""
    text, spans, found = doc.text, doc.spans, doc.found
    j = bare_turns_back(doc, qi, True)  # narrative right before: the question may be put there
    if j < 0:
        return None
    first = spans[j + 1].open_at
    s, e = line_of(text, spans[j].open_at)
    asker: Mention | None
    put_to: list[Token] | None = None
    named: Mention | None = None
    if e < first and not text[e:first].strip():
        # the paragraph before closes on a quote and its cue: the question, if it asks
        asker = cued_turn(doc, j, e)
        if asker is None or not quote_asks(doc, j) or not asking_cue(asker.cue):
            return None
        opener, back, k = j, s, j - 1
    else:
        # a paragraph of narrative, no quote in it, closing on a question reported
        ps = line_of(text, first)[0]
        ns = line_of(text, max(0, ps - 2))[0] if ps > 1 else 0
        for _ in range(ANSWER_BREAKS):  # past a blank line or two (bounded: the pass stays linear)
            if ns <= 0 or text[ns:ps].strip():
                break
            ns = line_of(text, ns - 2)[0] if ns > 1 else 0
        if ns < spans[j].close_at or any(c in text[ns:ps] for c in QUOTE_CHARS):
            return None
        si = doc.sent_of[j + 1]
        tokens = sentence_before(doc, si, (".", "?"))
        if tokens is None or tokens[0].start < ns:
            return None
        if tokens[-1].text == "?":
            return None if qi - j > 1 else put_by_writer(doc, j, si, ns, tokens)
        asker = reporting(tokens[:-1])
        if asker is None or not asking_cue(asker.cue):
            return None
        put_to = asked_in_narrative(tokens, asker)
        if put_to is None:
            return None  # "asked why …", "asked for help", "questioned whether": no one asked
        if not put_to:  # "Lund was asked whether …": the subject answers
            return Found(asker, "continuation", by=ANSWER) if qi == j + 1 else None
        if len(put_to) >= 2 and kind_of_mention(put_to) == "name":
            named = make_mention(tokens, put_to, "")
        opener, back, k = -1, ns, j
    words_a = [t.lower for t in asker.tokens]
    answerer = -1
    while k >= 0 and k >= opener - ANSWER_REACH and k >= j - ANSWER_REACH:
        if not within_reach(text, spans[k].close_at, back):
            return None
        m = found[k].mention
        if m is not None and [t.lower for t in m.tokens] != words_a:
            answerer = k
            break
        k -= 1
    answer: Found | None = None
    if put_to:
        last = put_to[-1].lower
        if put_to[-1].is_cap:  # "asked Reyes how …": the one it names, who spoke before or not
            m = found[answerer].mention if answerer >= 0 else None
            if m is not None and last in [t.lower for t in m.tokens]:
                answer = found[answerer]
            elif named is not None:
                answer = Found(named, "continuation", by=ANSWER)
        elif answerer >= 0:
            answer = found[answerer]  # "asked her how …": the one who spoke before
    elif answerer >= 0 and put_to_speaker(doc, j, asker, e, answerer):
        answer = found[answerer]
    elif answerer < 0:  # a cued question: put_to is None (one told is never empty here)
        answer = asked_in_paragraph(doc, asker, s, spans[j].open_at, e)
    if answer is None:
        return None
    turn = qi - j  # 1: the answer, 2: the asker again, …
    if not all(asker_turn(doc, t) for t in range(j + 2, qi + 1, 2)):
        return None  # a long statement where the asker's turn would be: the answer goes on
    if turn % 2:
        return replace(answer, how="continuation", by=ANSWER)
    if opener >= 0:
        return replace(found[opener], how="continuation", by=ANSWER)
    return Found(asker, "continuation", by=ANSWER)


def asked_in_narrative(tokens: list[Token], asker: Mention) -> list[Token] | None:
    """Whom a sentence of narrative puts its reported question to, its subject ``asker``
    asking: the one named after the verb of asking ("asked Reyes why …", "asked Mayor Ann Hale
    whether …", "asked him how …"), before a word that opens the question; an empty list for
    the passive ("Lund, a tenant, was asked whether …": the subject is the one asked); None
    when no one is asked ("asked why …", "questioned whether …", "asked the council for help",
    "asked MPs whether …": a group answers nothing)."""
    n = len(tokens)
    c = next((i for i, t in enumerate(tokens) if t.start >= asker.end), n)
    for _ in range(CUE_TAIL_WORDS):  # past an aside of the subject (", a tenant,"), bounded
        if c >= n or (cue_word(tokens[c]) and asking_cue(tokens[c].lower)):
            break
        c += 1
    if c >= n or c + 1 >= n:
        return None
    if tokens[c - 1].lower in BE_FORMS:
        return [] if tokens[c + 1].lower in QUESTION_TOPICS else None
    o = c + 1
    if tokens[o].lower in GENDERED:
        obj = tokens[o : o + 1]
    elif tokens[o].is_cap and tokens[o].lower not in ARTICLES:
        obj = np_forward(tokens, o, n) or []
        cut = next((i for i in range(1, len(obj)) if obj[i].lower in QUESTION_TOPICS), len(obj))
        obj = obj[:cut]
        if not obj or not all(t.is_cap for t in obj):
            return None  # "asked EU leaders whether …": a group
    else:
        return None
    nxt = o + len(obj)
    return obj if nxt < n and tokens[nxt].lower in QUESTION_TOPICS and tokens[nxt].text.isalpha() else None


def asked_in_paragraph(doc: Doc, asker: Mention, s: int, open_at: int, e: int) -> Found | None:
    """ "Dev Rana asked Lise Okafor about the ward. “Will the pool reopen?” he asked her.": a
    question whose cue puts it to him or her, with no one who spoke before it, is put to the one
    person of that sex the paragraph's narrative before it names (a known given name and a
    surname), not the asker; none when it names no such person or more than one."""
    rest = cue_object(doc.text, asker, e)
    if not rest:
        return None
    sex = OBJECT_SEX.get(rest[1].strip(".,;:").lower(), "")
    if not sex or open_at - s > PARAGRAPH_WINDOW:
        return None
    tokens = doc.tokens(s, open_at)
    own = {t.lower for t in asker.tokens}
    people: dict[str, list[Token]] = {}
    for i in range(len(tokens) - 1):
        first, last = tokens[i], tokens[i + 1]
        if first.is_cap and last.is_cap and given_gender(first.text) == sex and last.lower not in own:
            people[last.lower] = [first, last]
    if len(people) != 1:
        return None
    return Found(make_mention(tokens, next(iter(people.values())), ""), "continuation", by=ANSWER)


def cue_object(text: str, asker: Mention, e: int) -> list[str]:
    """The words from the verb of asking right after ``asker`` (read up to ``e``, TURN_GAP at
    most) when one follows it with no mark and an object after it ("asked her", "asked Reyes",
    "asked the room"); [] otherwise."""
    rest = text[asker.end : min(e, asker.end + TURN_GAP)].split()
    if len(rest) < 2 or not asking_cue(rest[0].rstrip(".,;:")) or rest[0][-1:] in ".,;:":
        return []
    return rest


def put_to_speaker(doc: Doc, j: int, asker: Mention, e: int, k: int) -> bool:
    """Whether the cued question ``j`` (its paragraph ending at ``e``), asked by ``asker``, was
    put to the speaker of quote ``k``, who spoke before it, so that a bare paragraph after it
    is theirs: its cue names them ("asked him", "asked Reyes"), or the question speaks to
    "you" (or the asker's next bare question does), or that speaker answered the asker's
    question before, or it is an elliptical follow-up ("Where?",
    "All of them?", not "Fair to whom?" nor "Did I?"), or a verb of questioning puts it
    ("pressed"), or the writer asks it ("I asked"), or the asker is a questioner by role
    (QUESTIONER_NOUNS: "asked the defence lawyer") and the speaker is not, or the words since
    the speaker's quote tell of a hearing (HEARING_NOUNS: "told the court"). Not when the cue
    names anyone else ("asked the room", "asked MPs", "asked, rhetorically")."""
    text, spans = doc.text, doc.spans
    said = doc.found[k].mention
    if said is None:
        return False
    own = {t.lower for t in said.tokens if t.is_cap}
    rest = cue_object(text, asker, e)
    if rest:
        # the cue follows the asker and has an object: the one asked, or a group
        nxt = rest[1].strip(".,;:")
        if nxt.lower() in GENDERED:
            return True
        return bool(own) and any(w.strip(".,;:").lower() in own for w in rest[1 : SET_OFF_CALL + 2])
    words = quote_words(doc, j)
    if not SECOND_PERSON.isdisjoint(words):
        return True
    before = doc.found[k - 1].mention if k > 0 and quote_asks(doc, k - 1) else None
    if before is not None and asker.tokens[-1].lower in [t.lower for t in before.tokens]:
        return True  # "“… Do we cower?” Hale said. ¶ “No!” the crowd cried. ¶ “…?” Hale asked.": an exchange
    nxt_q = j + 2
    answered = nxt_q < len(spans) and bare_turn(doc, j + 1)  # a bare answer, a question after it
    if (
        answered
        and bare_turn(doc, nxt_q)
        and not text[spans[j + 1].close_at : spans[nxt_q].open_at].strip()
        and quote_asks(doc, nxt_q)
        and not SECOND_PERSON.isdisjoint(quote_words(doc, nxt_q))
    ):
        return True  # "“Did anyone act on it?” ¶ “No.” ¶ “Did you chase it?”": put to the one answering
    if (
        answered
        and not text[spans[j + 1].close_at : spans[nxt_q].open_at].strip(" \n")[:1].isalnum()
        and quote_asks(doc, nxt_q)
    ):
        # "“Is it local?” asked Ivy Sorensen. ¶ “It is.” ¶ “Has he been charged?” asked another
        # reporter.": questions put in turn by questioners
        e2 = line_of(text, spans[nxt_q].open_at)[1]
        if not words_in(text, spans[nxt_q].close_at, e2, ".,;:").isdisjoint(QUESTIONER_NOUNS):
            return True
    words = [w for w in words if w]
    if (
        0 < len(words) <= ELLIPTICAL_WORDS
        and FINITE_AUX.isdisjoint(words)
        and FIRST_PERSON.isdisjoint(words)
        and (len(words) == 1 or words[-1] not in ECHO_WH_WORDS)
    ):
        return True  # "Where?", "All of them?", "Why not?": about the words just said
    if cue_head(asker.cue) in QUESTION_FORMS or all(t.lower in FIRST_PERSON for t in asker.tokens):
        return True  # "“Never?” Osei pressed.", "“So why run?” I asked."
    ka = line_of(text, spans[k].open_at)[1]
    tail = words_in(text, spans[j].close_at, e) | {t.lower for t in asker.tokens}
    theirs = words_in(text, spans[k].close_at, min(ka, spans[j].open_at))
    between = words_in(text, ka, spans[j].open_at)
    if not tail.isdisjoint(QUESTIONER_NOUNS) and theirs.isdisjoint(QUESTIONER_NOUNS):
        return True  # "asked Ruth Calloway, the defence lawyer": a questioner's question
    return not (theirs | between).isdisjoint(HEARING_NOUNS) or not between.isdisjoint(QUESTIONER_NOUNS)


def words_in(text: str, a: int, b: int, marks: str = ".,;:'’") -> set[str]:
    """The words of ``text[a:b]`` in lower case, stripped of ``marks``."""
    return {w.strip(marks).lower() for w in text[a:b].split()}


ELLIPTICAL_WORDS: Final = 3
"""The most words of an elliptical question that follows up what was just said ("All of them?")."""


def asker_turn(doc: Doc, t: int) -> bool:
    """Whether bare quote ``t`` may be the asker's turn of an exchange: a question (``put``), a
    few words pressing the answer ("So about a hundred."), or a statement put to the one
    asked, speaking to "you" and not as "I" ("The camera shows you there at midnight.")."""
    if put(doc.text, doc.spans[t]) or short_turn(doc.text, doc.spans[t]):
        return True
    words = quote_words(doc, t)
    return not SECOND_PERSON.isdisjoint(words) and FIRST_PERSON.isdisjoint(words)


def put_by_writer(doc: Doc, j: int, si: int, ns: int, question: list[Token]) -> Found | None:
    """An interview told in prose: a paragraph of the writer's own, closing on a question with
    no quote marks ``question`` ("And now?", "Told of this, Lund shrugged. Does it bother
    you?"), then a bare quote paragraph: its answer. A question to "you" is put to the one the
    paragraph names as its subject before the question (a name), else to the speaker of quote
    ``j`` (the last quote before it, no more than ANSWER_BREAKS paragraph breaks before). A
    question about someone in the third person ("Will he stay?", "Does Kost value him?") is
    answered by that one, the subject or the last speaker, as the first he/she or name of it
    agrees; by no one when neither does or both may."""
    subject: Mention | None = None
    if si >= 2:
        prev = doc.before(si - 2, doc.starts[si - 1])
        if prev is not None and prev[0].start >= ns and len(prev) >= 3:
            lo = next((k + 1 for k, t in enumerate(prev[:FRONTED_REACH]) if t.text == ","), 0)
            np = sentence_subject(prev, lo, len(prev) - 1)  # past "Told of this,": a fronted phrase
            if np is not None and kind_of_mention(np) == "name":
                subject = make_mention(prev, np, "")
    last: Found | None = None
    if within_reach(doc.text, doc.spans[j].close_at, ns) and doc.found[j].mention is not None:
        last = replace(doc.found[j], how="continuation", by=ANSWER)
    asker = reporting(question[:-1])
    if asker is not None and asker.kind == "name" and asking_cue(asker.cue):
        return Found(asker, "continuation", by=ANSWER)  # "Why, Ana Kiel asked, should …?": hers
    if any(t.lower in SECOND_PERSON for t in question):
        return Found(subject, "continuation", by=ANSWER) if subject is not None else last
    about = next(
        (
            t
            for k, t in enumerate(question[1:], 1)
            if t.lower in GENDERED
            or (
                t.is_cap
                and question[k - 1].text.isalnum()  # not a word opening a clause ("Q: Will …")
                and (given_name(t.text) or mentioned_in(t, subject, last))
            )
        ),
        None,
    )
    if about is None:
        return last
    if about.is_cap:  # "Does Mbeki value him?": the one it names
        if mentioned_in(about, subject, None):
            return Found(subject, "continuation", by=ANSWER) if subject is not None else None
        return last if mentioned_in(about, None, last) else None
    want = PRONOUN_GENDER.get(about.lower, "")
    may = (
        last is not None
        and last.mention is not None
        and sex_of(list(last.mention.tokens)) in (want, "")
        # "Dan Ode and Mei Cho applied. ¶ “…,” Mei Cho said. ¶ Will he stay?": another person
        # the he/she may be, named in the paragraphs before, leaves the answer to no one
        and not rival_named(doc, ns, last.mention, want)
    )
    if subject is not None:
        sex = sex_of(list(subject.tokens))
        if sex == want or (not sex and not may):  # "Soto disagreed. Why, he asked, …?"
            return Found(subject, "continuation", by=ANSWER)
        if not sex:
            return None  # either may be the he/she: no one
    return last if may else None  # "Kost bought the building. Will he stay?": the last speaker


def rival_named(doc: Doc, ns: int, last: Mention, want: str) -> bool:
    """Whether the two paragraphs before the one opening at ``ns`` (read back no more than
    PARAGRAPH_WINDOW) name a person other than the speaker ``last`` whom a he/she of sex
    ``want`` may stand for: of that sex or of none known (when ``last`` is a he/she, a second
    such person, the first being the one it stands for). A person is a run of capitalised
    words opening on a known first name, or of two or three not led by an article and with no
    date's nor body's word among them ("Dan Ode", "Oyelaran Tsegaye")."""
    text = doc.text
    lo = max(0, ns - PARAGRAPH_WINDOW)
    start = ns
    for _ in range(2):
        end = start
        while end > lo and text[end - 1] in "\n \t":
            end -= 1
        start = max(lo, text.rfind("\n", lo, end) + 1)
    tokens = doc.tokens(start, ns)
    own = {t.lower for t in last.tokens}
    # a he/she who spoke last stands for one of the people named: a rival is a second one
    seen: list[set[str]] = [] if last.kind == "pronoun" else [own]
    k, n = 0, len(tokens)
    while k < n:
        if not (tokens[k].is_cap and tokens[k].quote < 0 and tokens[k].text.isalpha()):
            k += 1
            continue
        e = k
        while e + 1 < n and tokens[e + 1].is_cap and tokens[e + 1].quote < 0 and tokens[e + 1].text.isalpha():
            e += 1
        run = tokens[k : e + 1]
        k = e + 1
        words = {t.lower for t in run}
        if any(words <= known for known in seen):
            continue  # the speaker again ("Mei Cho", "Cho"), not a namesake ("Ana Cho")
        if not names_person(run):
            continue
        if sex_of(run) in (want, ""):
            if seen:
                return True
            seen.append(words)
    return False


def mentioned_in(t: Token, subject: Mention | None, last: Found | None) -> bool:
    """Whether the capitalised word ``t`` is a word of the name of ``subject`` or of the
    speaker ``last``."""
    for m in (subject, last.mention if last is not None else None):
        if m is not None and any(w.lower == t.lower for w in m.tokens):
            return True
    return False


FRONTED_REACH: Final = 6
"""How many words a fronted phrase before a comma may have, read past for a sentence's subject."""
SHORT_TURN: Final = 6
"""How many words a bare statement may have to be an asker's turn pressing the answer ("So
about a hundred.", "But not zero."): a longer one goes on with the answer."""


def short_turn(text: str, span: QuoteSpan) -> bool:
    """A bare turn of a few words only (SHORT_TURN)."""
    return len(text[span.start : span.end].split()) <= SHORT_TURN


def put(text: str, span: QuoteSpan) -> bool:
    """A questioner's turn: a question, or a statement about the asking ("That is not what
    I asked.", "My question was simple.")."""
    words = text[span.start : span.end]
    if words.rstrip().endswith("?"):
        return True
    low = {w.strip(".,;:!?—–'’\"“”").lower() for w in words.split()}
    return not low.isdisjoint(ASKING_WORDS) and not low.isdisjoint(FIRST_PERSON)


def continuation(doc: Doc, qi: int) -> Mention | None:
    """A quote-only sentence in the sentence of an attributed quote or the next one (or after
    a sentence about the same speaker) goes on with that speaker."""
    pm, si = doc.found[qi - 1].mention if qi else None, doc.sent_of[qi]
    if pm is None or not (
        doc.sent_of[qi - 1] in (si, si - 1)
        or sentence_of(doc.starts, pm.start) == si - 1
        or (doc.sent_of[qi - 1] == si - 2 and (pronoun_sentence(doc, si - 1, pm) or crowd_noise(doc, si)))
    ):
        return None
    return (nearer_report(doc, qi, pm) or pm) if stands_alone(doc, qi) else None


def same_paragraph_speaker(doc: Doc, qi: int) -> Mention | None:
    """`"…," said Ann Lee, 44, a nurse. A lifelong Democrat, she backs Hale. "…"`: a
    quote standing as its own sentence, with no cue of its own, later in the paragraph of an
    attributed quote goes on with that speaker after a sentence or two of narrative about
    her. A newly named subject in between ("Then Tom Hale took the stage.") breaks it."""
    pm = doc.found[qi - 1].mention if qi else None
    if (
        pm is None
        or doc.sent_of[qi] - doc.sent_of[qi - 1] > PARAGRAPH_GAP + 1
        or "\n" in doc.text[doc.spans[qi - 1].end : doc.spans[qi].start]
        or pm.kind not in SPEAKER_KINDS
        or pm.cue == "headline"
    ):
        return None
    if not stands_alone(doc, qi):
        return None
    if other_named_before(doc, qi, pm):
        return None  # "“…,” Lee said. Tom Hale shook his head. “…”": Hale's (subject_before)
    return nearer_report(doc, qi, pm) or pm


def other_named_before(doc: Doc, qi: int, pm: Mention) -> bool:
    """The sentence right before quote ``qi``, after the quote before it, is about another
    person named as its subject ("Tom Hale shook his head.", "His rival, Ivo Lund, laughed."):
    the quote standing alone after it is no longer the earlier speaker's."""
    si = doc.sent_of[qi]
    if doc.sent_of[qi - 1] >= si - 1 or pm.start >= doc.starts[si - 1]:
        return False  # no sentence of narrative between the two quotes
    subject = subject_before_sentence(doc, si, (".",))
    if subject is None:
        return False
    tokens, np, m = subject
    if m.kind != "name" and m.kind != "pronoun":
        turned = described_turn(tokens, np)  # "“…,” Lee said. The mayor frowned. “…”": the mayor's
        return turned is not None and turned.tokens[-1].lower != (pm.head or pm.tokens)[-1].lower
    if m.kind != "name":
        return False
    head = list(pm.head or pm.tokens)
    name = list(m.head or m.tokens)
    if not (head and name) or name[-1].lower == head[-1].lower:
        return False
    if kind_of_mention(np) != "name":
        # "Her accountant, Simon Tull, leaned forward.": the name set off after the description
        k = index(tokens, m.tokens[-1]) + 1
        v = k + 1 if k < len(tokens) and tokens[k].text == "," else k
    else:
        v = turn_verb_at(tokens, index(tokens, np[-1]) + 1)
    turn = takes_turn(tokens, v) if 0 <= v < len(tokens) - 1 else ""
    if not turn:
        return False  # "Ivo Lund died in March.", "Rovers have lost five.": background, no turn
    # a person by the name ("Ivo Lund", "Cllr Lund", "Mr Lund": no body's or place's, "Carrow
    # Council"), or by "his"/"her" in the gesture ("Lund shook his head.")
    run = person_name(list(m.tokens))
    return (
        turn == "sexed"
        or any(is_title(t) for t in m.tokens)
        or (names_person(run) and not is_place(run))
        or spoke_before(doc, qi, name[-1].lower)
    )


def described_turn(tokens: list[Token], np: list[Token]) -> Mention | None:
    """The sentence ``tokens`` (the one before a quote) with subject ``np`` shows one person,
    described rather than named ("The mayor frowned.", "Her lawyer shook his head.", "The
    harbour master, a quiet man, sighed."), take a turn (``takes_turn``): the quote standing
    alone next is theirs. Not a crowd or a body ("The fans groaned.", "The council was
    unconvinced"), nor a deed or a fate ("The mayor was jailed in May.")."""
    if np[0].lower in INDEFINITE_ARTICLES or len(np) > 4:
        return None  # "A man shouted.": no one the story follows
    head = np[-1].lower
    if not (person_noun(head) and not people_plural(head)) or kind_of_mention(np) != "description":
        return None
    v = turn_verb_at(tokens, index(tokens, np[-1]) + 1)
    if v < 0 or not takes_turn(tokens, v) or other_actor_after(tokens, v):
        return None
    return make_mention(tokens, np, "")


def other_actor_after(tokens: list[Token], v: int) -> bool:
    """After the verb at ``v`` a subordinate clause opens on a subject of its own, a name or a
    description ("The mayor frowned as Brisk continued.", "… while the clerk read the
    figures", "… when Lee's lawyer stood up"): another person holds the floor meanwhile, so
    the reaction hands the next quote to neither; not "as if in disbelief" nor "as she
    spoke" (a pronoun, the one reacting)."""
    for k in range(v + 1, len(tokens) - 1):
        if tokens[k].lower in SUBORDINATORS:
            nxt = tokens[k + 1]
            if nxt.is_cap or nxt.lower in ARTICLES or nxt.lower in POSSESSIVE_DETERMINERS:
                return True
    return False


SPOKE_REACH: Final = 8
"""How many quotes back ``spoke_before`` looks for a speaker named by a surname."""


def spoke_before(doc: Doc, qi: int, surname: str) -> bool:
    """A quote among the SPOKE_REACH before quote ``qi`` is given to someone named with
    ``surname`` ("said Cllr Hilda Marsh. … Marsh was unmoved."): a person, by the text."""
    for j in range(max(0, qi - SPOKE_REACH), qi):
        said = doc.found[j].mention
        if said is not None and said.kind == "name":
            words = list(said.head or said.tokens)
            if words and words[-1].lower == surname:
                return True
    return False


def turn_verb_at(tokens: list[Token], k: int) -> int:
    """Where the verb of a sentence's subject ending before ``k`` is: past a phrase set off by
    commas ("Ruth Amos, a volunteer, nodded", "Joanna Tilt, who has lived there since 2011,
    laughed") and adverbs ("then", "slowly"); -1 when no word is left before the stop."""
    if k < len(tokens) and tokens[k].text == ",":
        k = next((j + 1 for j in range(k + 1, len(tokens)) if tokens[j].text == ","), len(tokens))
    while k < len(tokens) and tokens[k].text.islower() and (tokens[k].lower in LATER or adverb(tokens[k])):
        k += 1
    return k if k < len(tokens) - 1 and tokens[k].text.islower() else -1


def takes_turn(tokens: list[Token], v: int) -> str:
    """How the verb phrase at ``v`` shows its subject take a turn in an exchange: by a reaction
    in the face, the voice or the body or a taking of issue ("nodded", "frowned", "disagreed",
    "interrupted"), a gesture with a body part ("shook his head", "raised an eyebrow"; "sexed"
    when "his"/"her" tells a person), a posture ("stood up", "leaned forward"), taking the
    floor ("took the microphone", "hit back", "chipped in"), pointing ("pointed at the
    cladding"), or an attitude after "be" ("was unconvinced", "is sceptical", "was not
    convinced", "was less sure", "remains defiant"): "turn"; "" for any other verb phrase, a
    deed, a fate or a record ("scored twice", "died in March", "was appointed in May")."""
    low = tokens[v].lower
    nxt = tokens[v + 1].lower if v + 1 < len(tokens) else ""
    if low.endswith("ing"):
        return ""
    if low in TURN_REACTION_FORMS:
        return "turn"
    if low in GESTURE_FORMS:
        k = v + 2 if nxt in VERB_PARTICLES or nxt == "to" else v + 1  # "held up", "got to"
        if k + 1 < len(tokens) and (tokens[k].lower in POSSESSIVE_DETERMINERS or tokens[k].lower in ARTICLES):
            body = k + 1  # "his head"; "his bandaged hand": one word may come between
            if (
                body + 1 < len(tokens)
                and tokens[body].text.islower()
                and tokens[body + 1].lower in BODY_PARTS
            ):
                body += 1
            if tokens[body].lower in BODY_PARTS:
                return "sexed" if tokens[k].lower in SEXED_PRONOUNS else "turn"
    if low in POSTURE_FORMS and (nxt in POSTURE_PARTICLES or not nxt[:1].isalnum()):
        # not "stepped up the pressure": an object after the particle
        obj = tokens[v + 2].lower if nxt in POSTURE_PARTICLES and v + 2 < len(tokens) else ""
        return "" if obj in ARTICLES or obj in POSSESSIVE_DETERMINERS else "turn"
    if low in TAKE_FORMS and nxt == "the" and v + 2 < len(tokens) and tokens[v + 2].lower in FLOOR_NOUNS:
        return "turn"
    if low in FLOOR_FORMS and nxt in FLOOR_PARTICLES:
        then = tokens[v + 2] if v + 2 < len(tokens) else tokens[v + 1]
        return "turn" if not then.text[:1].isalnum() or then.lower in STANCE_PREPS else ""  # "hit back at"
    if low in POINTING_FORMS and nxt in POINTING_PREPS:
        return "turn"
    if low in VIEWING_FORMS and v + 2 < len(tokens) and tokens[v + 2].lower in DIFFERING_WORDS:
        return "turn"  # "saw it differently", "sees things otherwise"
    if (
        nxt in ARTICLES
        and v + 3 < len(tokens)
        and tokens[v + 2].lower == "different"
        and tokens[v + 3].lower in VIEW_NOUNS
    ):
        return "turn"  # "took a different view", "struck a different tone"
    if low in FINITE_BE or low in STANCE_BE_FORMS:
        return "turn" if stance_after_be(tokens, v + 1) else ""
    return ""


def stance_after_be(tokens: list[Token], k: int) -> bool:
    """ "is sceptical", "was more cautious", "was unmoved", "was not convinced", "is not so
    sure", "was less sure": after a verb of being, ending at ``k``, an adjective of an attitude
    (MANNER_ADJECTIVES, UNMOVED_ADJECTIVES), or one of belief (DOUBT_ADJECTIVES) denied or
    weakened, that ends its clause or is followed by what it is about ("sceptical about the
    plan", "not convinced by it"). Not "was sure to win", "is 14", "was appointed"."""
    denied = False
    while (
        k < len(tokens)
        and tokens[k].text.islower()
        and (
            tokens[k].lower in NEGATIONS
            or tokens[k].lower in LATER
            or tokens[k].lower in DEGREE_WORDS
            or tokens[k].lower == "still"
        )
    ):
        denied = denied or tokens[k].lower in NEGATIONS or tokens[k].lower in DEGREE_WORDS
        k += 1
    if k >= len(tokens) - 1 or not tokens[k].text.islower():
        return False
    adj = tokens[k].lower
    if not (adj in MANNER_ADJECTIVES or adj in UNMOVED_ADJECTIVES or (denied and adj in DOUBT_ADJECTIVES)):
        return False
    after = tokens[k + 1]
    return not after.text[:1].isalnum() or after.lower in STANCE_PREPS or after.lower == "by"


def stands_alone(doc: Doc, qi: int) -> bool:
    """The quote opens its sentence and no cue of its own follows it."""
    return doc.opens_sentence(qi) and not own_tail(doc.text, doc.spans[qi])


def nearer_report(doc: Doc, qi: int, pm: Mention) -> Mention | None:
    """`"…," says Ann Lee. She says the rules are unfair. "…"`: between an attributed quote
    and the quote that goes on with it, a sentence reporting the same speaker's words ("She
    says …", or "She then listed her reasons:" introducing them) is the nearer mention of
    that speaker."""
    si = doc.sent_of[qi]
    if doc.sent_of[qi - 1] >= si - 1 or pm.start >= doc.starts[si - 1]:
        return None  # no sentence between the two quotes (tested before reading one)
    tokens = sentence_before(doc, si, (".", ":"))
    if tokens is None:
        return None
    m = reporting(tokens[:-1], tokens[-1].text == ":")
    if m is None:
        np = sentence_subject(tokens, 0, len(tokens) - 1)  # "Lee backs Hale.": named again
        kind = kind_of_mention(np) if np is not None else ""
        if np is not None and (kind == "name" or (kind == "pronoun" and tokens[-1].text == ":")):
            m = make_mention(tokens, np, pm.cue)  # "He then listed his reasons:": the words follow
    if m is None or m.start != tokens[0].start:
        return None
    if m.kind == "pronoun" and m.tokens[0].lower in THIRD_PERSON:
        return m
    head = list(pm.head or pm.tokens)
    return m if m.kind == "name" and head and m.tokens[-1].lower == head[-1].lower else None


SIGNATURE_WORDS: Final = 8
"""How many words may follow the speaker of a signed sentence ("…," she said on Monday.)."""
DESCRIPTION_WORDS: Final = 16
"""And how many more when they describe the speaker (", who …", ", the …")."""
SIGNED_END: Final = re.compile(r"[.!?][ \t\u00a0]*$")
QUOTE_CHARS: Final = '"“”«»„'


def after_signed_sentence(doc: Doc, qi: int) -> Mention | None:
    """`"…," she says. It's "a new kind of journalism."`: a sentence of the same paragraph
    that follows one signed at its end by a speaker ("…," she says.) goes on paraphrasing that
    speaker, so a partial quote in it is hers unless the sentence names its own cue. The
    signature may close with a description of the speaker set off by a comma ("…," said Lee,
    who has fished here for years.). After a sentence that reports words with no quote in it
    ("Prices will climb, the economist said."), see reported_partial."""
    si = doc.sent_of[qi]
    pm = doc.found[qi - 1].mention if qi else None
    if pm is None or doc.sent_of[qi - 1] < si - 1:
        return reported_partial(doc, qi)  # no quote in the sentence before: a report of words, maybe
    if doc.found[qi - 1].how != "trailing" or doc.sent_of[qi - 1] != si - 1:
        return None
    # the mention and its cue close the previous sentence: nothing but them after the quote
    rest = doc.text[pm.end : doc.starts[si]]
    words = rest.split()
    # ", who …" or ", the/a/an noun …", naming no other person ("the rival of Mayor Ana Keel",
    # "… of Tom Ruiz"; not "the director of the Sea Watch fund")
    described = (
        len(words) > 2
        and words[0] == ","
        and (
            words[1] in OWN_SUBJECT_RELATIVES
            or (words[1] in ARTICLES and words[2].isalpha() and words[2].islower())
        )
        and not any(
            w[:1].isupper() and v[:1].isupper() and (w.lower() in TITLES or given_name(w))
            for w, v in pairwise(words[2:])
        )
    )
    if (
        len(words) > (SIGNATURE_WORDS + DESCRIPTION_WORDS if described else SIGNATURE_WORDS)
        or any(c in rest for c in QUOTE_CHARS)
        or not SIGNED_END.search(rest)
    ):
        return None
    return None if "\n" in doc.text[doc.starts[si - 1] : doc.spans[qi].start] else pm


def sentence_before(doc: Doc, si: int, marks: tuple[str, ...]) -> list[Token] | None:
    """The tokens of the sentence before sentence ``si`` when it ends in one of ``marks`` and
    has a subject and a verb before its mark (three tokens or more)."""
    tokens = doc.before(si - 1, doc.starts[si]) if si > 0 else None
    return tokens if tokens is not None and len(tokens) >= 3 and tokens[-1].text in marks else None


def pronoun_sentence(doc: Doc, si: int, pm: Mention) -> bool:
    """A sentence about the same speaker ("He kept his cap on.", or "Lee is upbeat
    about …" after "…," Lee said) does not break a chain of quotes; a newly named subject
    does."""
    s0 = doc.starts[si]
    head = doc.text[s0 : min(doc.sentence_end(si), s0 + 200)]
    first = head.split(maxsplit=1)[0].lower() if head.strip() else ""
    same = pm.kind == "name" and first == (pm.head or pm.tokens)[-1].lower
    return (
        (first in THIRD_PERSON or same) and "\n\n" not in head.rstrip() and not any(c in head for c in '“"”')
    )


def indirect_before(doc: Doc, qi: int) -> Mention | None:
    """A quote opening its sentence right after reported speech: `Carson said that the
    region matters. "That is because…"` continues Carson's words."""
    si = doc.sent_of[qi]
    if si == 0 or not doc.opens_sentence(qi) or (qi > 0 and doc.sent_of[qi - 1] >= si - 1):
        return None  # the previous sentence has quotes of its own
    tokens = sentence_before(doc, si, (".", ":"))
    if tokens is None or "\n\n" in doc.text[tokens[0].start : tokens[-1].end]:
        return None
    m = reporting(tokens[:-1], tokens[-1].text == ":")
    after_quote = qi > 0 and doc.sent_of[qi - 1] == si - 2
    if m is not None and after_quote and tokens[-1].text == ".":
        # "“…,” said Kit Marlow. The crowd roared. “…”": a noise between one speaker's quotes;
        # across a paragraph break only a noise made without words ("“…” The fans
        # groaned.¶“…”"), not "“…” The protesters shouted.¶“…”", which may set out theirs
        same = "\n\n" not in doc.text[doc.spans[qi - 1].end : doc.spans[qi].start]
        k = next((i for i in range(len(tokens) - 2, -1, -1) if tokens[i].lower == m.cue.lower()), -1)
        if (same and sound_only(tokens[:-1], m, k)) or group_noise(tokens[:-1], m, k):
            return None
    if (
        m is None
        and tokens[-1].text == ":"
        and (any(t.lower in INTRO_NOUNS for t in tokens) or speech_noun_verb(tokens) >= 0)
    ):
        # "Hale issued the following statement:" introduces the next paragraph's words
        np = sentence_subject(tokens, 0, len(tokens) - 1)
        if (
            np is not None
            and kind_of_mention(np) in SPEAKER_KINDS
            and not any(t.lower in ("transcript", "following") for t in np)
        ):
            return make_mention(tokens, np, ":")
    if m is None or m.cue == ":" or m.kind == "relative":
        return None
    if len(m.tokens) == 1 and m.tokens[0].lower in lx.FIRST_PERSON_WRITERS:
        return asked_one(tokens, m)  # "I asked Ann Lee whether …" / "“Not this year.”": hers
    return m  # the grammar gives a report's reporter over any cue inside what was reported


def crowd_noise(doc: Doc, si: int) -> bool:
    """The sentence before sentence ``si`` tells only of a noise a crowd makes without words
    ("The fans groaned.", "The crowd roared its approval."): the words on either side of it
    are one speaker's, across a paragraph break too."""
    tokens = sentence_before(doc, si, (".",))
    if tokens is None or len(tokens) > SOUND_TAIL + 6:
        return False
    np = sentence_subject(tokens, 0, len(tokens) - 1)
    if np is None:
        return False
    return group_noise(tokens[:-1], make_mention(tokens, np, ""), index(tokens, np[-1]) + 1)


def group_noise(tokens: list[Token], m: Mention, k: int) -> bool:
    """The sentence ``tokens`` (its stop left off), whose subject is ``m`` and verb at ``k``,
    is a gathering's wordless noise (``GROUP_SOUND_LEMMAS``: "The fans groaned", "The
    audience cheered loudly", "Supporters booed the decision"): the verb, then at most a
    short object or adverb. Not "The crowd chanted …" (words), nor "The fans cheered that
    the club …"."""
    if not gathering(m) or not 0 <= k < len(tokens):
        return False
    return CUE_FORMS.get(tokens[k].lower) in GROUP_SOUND_LEMMAS and sound_tail(tokens, k)


def sound_tail(tokens: list[Token], k: int) -> bool:
    """After the verb at ``k`` the sentence has at most a short object or adverb ("roared its
    approval", "cheered loudly"), no clause ("that …")."""
    tail = tokens[k + 1 :]
    return len(tail) <= SOUND_TAIL and all(
        t.text.isalpha() and t.text.islower() and t.lower != "that" for t in tail
    )


SOUND_TAIL: Final = 3
"""Words a sentence of a voice's sound may have after its verb ("roared its approval")."""
MANNER_SET: Final = frozenset(lx.MANNER_LEMMAS)


def sound_only(tokens: list[Token], m: Mention, k: int) -> bool:
    """A described subject and a verb of the manner of speaking with at most a short object or
    adverb after it, the sentence then ending ("The crowd roared.", "Fans bellowed their
    approval.", "The kettle hissed loudly."): the sentence tells of a sound, not of words, so a
    quote after it is not its subject's. A name or pronoun that sighs or mutters before a quote
    takes the floor, and a longer sentence ("The crowd chanted that the mayor must go.") reports.
    ``k``: where the cue's verb is (-1 for none)."""
    common = len(m.tokens) == 1 and people_noun(m.tokens[0].lower)  # "Fans", opening the sentence
    if m.kind != "description" and not common:
        return False
    return k >= 0 and CUE_FORMS.get(tokens[k].lower) in MANNER_SET and sound_tail(tokens, k)


def asked_one(tokens: list[Token], m: Mention) -> Mention | None:
    """The one a first-person writer asked ("I asked Ann Lee, the harbour master, whether
    …"): the name right after the verb of asking, whose answer the next quote is. None for
    any other verb: a writer's "I" is never a speaker."""
    k = index(tokens, m.tokens[0], 0) + 1
    if k >= len(tokens) or CUE_FORMS.get(tokens[k].lower) != "ask":
        return None
    np: list[Token] = []
    for t in tokens[k + 1 : k + 7]:
        if not np and t.text.isalpha() and t.text.islower() and t.lower not in lx.QUESTION_LINKS:
            continue  # a role before the name: "asked harbour master Ann Lee"
        if not t.is_cap or t.lower in lx.FIRST_SECOND_PERSON:
            break
        np.append(t)
    return make_mention(tokens, np, m.cue) if len(np) >= 2 else None


def reported_partial(doc: Doc, qi: int) -> Mention | None:
    """`Prices will climb, the economist said. Relief may come, but only if “…”`: as after a
    signed quote (after_signed_sentence), a clause-length quote inside a sentence with no cue
    of its own, right after a sentence of the same paragraph that reports someone's words with
    no quote in it (signed at its end, or led by its reporter: "Lee has argued that …"), goes
    on paraphrasing that reporter when a modal verb before the quote marks the sentence as a
    prediction or condition put ("can", "would", "should"). A sentence stating a fact with a
    subject of its own ("The law bans boats “…”", review 19) is not the report's; only a finite
    verb of speech reports ("sent a host to ask …", "Analysts credit …" do not); a word or two
    in quotes, or a title, is a term."""
    si = doc.sent_of[qi]
    if si == 0 or doc.opens_sentence(qi) or (qi > 0 and doc.sent_of[qi - 1] >= si - 1):
        return None  # a whole quoted sentence (the other chain sieves), or quotes just before
    span = doc.spans[qi]
    words = doc.text[span.start : span.end].split()
    if len(words) < CLAUSE_QUOTE_WORDS or not words[0][:1].islower():
        return None  # a word or two ("a “new” era"), or a title: a term, not a paraphrase going on
    left = doc.before(si, span.open_at) or []
    own = left + doc.tokens(span.end, min(doc.sentence_end(si), span.end + RIGHT_WINDOW))
    if any(t.text.islower() and t.lower in CUE_FORMS for t in own):
        return None  # "Her office issued a note calling it “…”": a cue of its own, found or not
    if not any(t.lower in lx.REPORT_MODALS for t in left):
        return None  # "The law bans boats “…”": a fact the sentence states, not a report going on
    if left and (left[-1].lower in lx.TERM_LEADS or (len(left) > 1 and left[-2].lower in lx.TERM_LEADS)):
        return None  # "on a “first come, first served” basis", "the so-called “…”": a term
    if framed(left):
        return None  # "For Ms. Adeyemi, the plan would be “…”": another source frames the sentence
    np = sentence_subject(left, 0, len(left)) if left else None
    tokens = sentence_before(doc, si, (".",))
    if tokens is None or "\n" in doc.text[tokens[0].start : span.start]:
        return None
    m = reporting(tokens[:-1], finite_verb=True, speech=True)
    if m is None or m.cue == ":" or not (m.kind in ("name", "pronoun") or speaks(list(m.head or m.tokens))):
        return None  # not "Most hypotheses credit …": a reporter who can speak
    if np is not None and own_subject(left, np, m):
        return None  # "Opponents would prefer “…”", "The bill would require …": a subject of its own
    return m if affirmed(tokens, m) else None


def framed(left: list[Token]) -> bool:
    """Whether a phrase set off at a sentence's start names a source of its own: a person, a
    body, a name or a possessor ("For Ms. Adeyemi,", "In the union’s view,", "To critics,",
    "Under the ruling,"); not "Without new money,"."""
    comma = next((k for k, t in enumerate(left[:LEFT_FRAME]) if t.text == ","), -1)
    if comma < 2 or not left[0].text[:1].isupper() or left[0].lower not in lx.FRAME_PREPOSITIONS:
        return False
    return any(source_word(t, k) for k, t in enumerate(left[1:comma], 1))


TEXT_SOURCES: Final = frozenset(DOCUMENT_NOUNS | BINDING_TEXTS)
"""Texts that can hold a view or a rule of their own, for ``source_word`` and ``own_subject``."""


def source_word(t: Token, k: int) -> bool:
    """A word in a set-off phrase that names who holds a view: a name after the first word,
    a possessor, a person or body, or a document."""
    w = t.lower
    return (k > 0 and t.is_cap) or w.endswith(POSSESSIVE_ENDS) or person_noun(w) or w in TEXT_SOURCES


def own_subject(left: list[Token], np: list[Token], m: Mention) -> bool:
    """Whether the subject of a partial quote's sentence is a source apart from the reporter
    before it: a name not the reporter's, a person, a speaking group or body, or a document,
    or any subject set off by an aside ("Ferreira, a retired pilot, would rather …",
    "Residents, for their part, …", "Opponents could point to …", "Her rival would prefer …",
    "The bill would require …"). A pronoun, a thing ("the region", "relief") or people the
    report is about ("Passengers should plan ahead", "Families could face …") is not."""
    if kind_of_mention(np) == "pronoun":
        return False
    own = {t.lower for t in (m.head or m.tokens) if t.lower not in ARTICLES_AND_POSSESSIVES}
    if any(t.is_cap and t.lower in own for t in np):
        return False  # the reporter named again
    words = [t for t in np if t.text.isalpha()]
    if any(t.is_cap for t in words[1:]) or (len(words) == 1 and given_name(words[0].text)):
        return True
    e = index(left, np[-1]) + 1
    if e + 1 < len(left) and left[e].text == "," and left[e + 1].text.isalpha():
        return True  # "Ferreira, a retired pilot, …", "Residents, for their part, …": set off
    head = np[-1].lower
    return head in SPEAKING_GROUPS or (person_noun(head) and not people_plural(head)) or head in TEXT_SOURCES


def affirmed(tokens: list[Token], m: Mention) -> bool:
    """Whether the report before says something: not "did not respond", "declined to comment",
    "would not say", "said nothing", "Nobody at the ministry would confirm"."""
    if denied_subject(list(m.tokens)):
        return False
    s = index(tokens, m.tokens[0])
    e = index(tokens, m.tokens[-1]) + 1
    cue = next((k for k in range(e, min(len(tokens), e + VERB_GROUP)) if tokens[k].lower in CUE_FORMS), -1)
    group = tokens[e : cue + 2] if cue >= 0 else tokens[max(0, s - VERB_GROUP) : s]
    return not any(denying_word(t) for t in group)


def speaks(np: list[Token]) -> bool:
    """A description of someone who can speak: a person, a body or a document ("the harbour
    master", "the board", "the report"); not "the results", "markets"."""
    return can_speak(np) or person_noun(np[-1].lower)


def opens_after_narrative(doc: Doc, qi: int, s0: int) -> bool:
    """The quote opens a paragraph right after a paragraph of narrative with no quote in it
    ("Tobiah Crane flicks on the ovens.¶“People think bread is simple.”"), whose last sentence
    starts at ``s0``, and the paragraph before that has no quote either: no other quote stands
    nearer to claim it."""
    text, span = doc.text, doc.spans[qi]
    if "\n" in text[s0 : span.open_at].rstrip() or "\n\n" not in text[s0 : span.open_at]:
        return False  # the sentence before spans lines, or a single line break: a list or a form
    para = text.rfind("\n\n", 0, s0)
    # nor in the paragraph before it: "“…,” Mensah said.¶Ruiz is calm.¶“…”" may go on with Mensah
    before = text.rfind("\n\n", 0, para) if para > 0 else -1
    return qi == 0 or doc.spans[qi - 1].close_at <= before


def about_to_speak(tokens: list[Token], v: int) -> bool:
    """The sentence ``tokens`` shows its subject about to speak: its verb (at ``v``) takes a turn
    (``takes_turn``: "Lee shook her head.", "He leaned forward.", "She was unmoved."), or has
    words for its object ("Delia Farnham read a prepared statement", "Lee gave her answer").
    Not what the person does or did otherwise, nor what befell them ("Rosa Tamm drives the
    school bus.", "Jonah Reece scored the winner.", "The driver was arrested."), after which
    a quote-only paragraph may be another's words about them."""
    if v < 0:
        return False
    if takes_turn(tokens, v):
        return True
    k = v + 1
    if k >= len(tokens) or not (tokens[k].lower in ARTICLES or tokens[k].lower in POSSESSIVE_DETERMINERS):
        return False
    k += 1
    while k < len(tokens) - 1 and tokens[k].text.islower() and tokens[k].lower not in SPEECH_NOUNS:
        k += 1  # "a prepared statement": modifiers before the noun
        if k - v > WORDS_OBJECT_REACH:
            return False
    return tokens[k].lower in SPEECH_NOUNS and tokens[k].text.islower()


WORDS_OBJECT_REACH: Final = 4
"""The most words from a verb to the noun of words its object ends on ("read a short prepared statement")."""


def subject_before(doc: Doc, qi: int) -> Mention | None:
    """`Park wants the ferry kept. "It is a lifeline."`: a whole quoted sentence with no cue
    of its own, right after a narrative sentence of the same paragraph about a named person
    (by a name, a pronoun, or a description with its name set off: "The mayor, Ann Lee, was
    blunt."), gives that person's words; news prose does not drop in anonymous sayings there."""
    si, span = doc.sent_of[qi], doc.spans[qi]
    if si == 0 or not stands_alone(doc, qi):
        return None
    if doc.text[span.start : span.end].rstrip()[-1:] not in (".", "!"):
        return None  # a question or a fragment: not a statement by the subject
    s0 = doc.starts[si - 1]
    if doc.starts[si] > s0 + LEFT_WINDOW:
        return None  # too long a sentence for sentence_before
    crossed = "\n" in doc.text[s0 : span.start].lstrip()
    if crossed and not opens_after_narrative(doc, qi, s0):
        return None  # a quote-only paragraph after quotes: the chain rules decide whose it is
        # (read on the text from the sentence's first word, before any tokens)
    subject = subject_before_sentence(doc, si, (".",))
    if subject is None:
        return None
    tokens, np, m = subject
    if m.kind != "name" and m.kind != "pronoun":
        return described_turn(tokens, np)  # "The mayor frowned. “…”"
    v = turn_verb_at(tokens, index(tokens, np[-1]) + 1)
    if crossed and (
        np[0] is not tokens[0]
        or (m.kind == "pronoun" and m.tokens[0].lower not in GENDERED)
        or not about_to_speak(tokens, v)
    ):
        return None  # across a paragraph break only a sentence that opens on one person about
        # to speak: not "If Lee wins, Iowa …", "They think …" (a pull quote may follow), nor
        # "Petra Holm died on Tuesday." (a tribute by another may follow)
    # "The mayor, Ann Lee, was blunt. “…”": the name set off after the description is the subject
    last = m.tokens[-1] if m.kind == "name" and kind_of_mention(np) != "name" else np[-1]
    e = index(tokens, last) + 1
    if e < len(tokens) and tokens[e].text == ",":
        e += 1
    if e < len(tokens) and tokens[e].lower in COORDINATORS:
        return None  # "Lee and Park spent the day there. “…”": either may have said it
    if m.kind == "name" and suffered(tokens, v):
        return None  # "Darren Voke was jailed for six years. “…”": a fate, no turn to speak
    return m


def suffered(tokens: list[Token], v: int) -> bool:
    """The verb phrase at ``v`` is a passive of a verb of what others do to a person
    (``FATE_PARTICIPLES``: "was jailed", "were injured", "was appointed in May"): what befell
    the subject, which gives them no words; not "was asked" (a question put, the answer next),
    "was blunt", "was unconvinced", nor a feeling in "-ed" ("was delighted", "was shocked"),
    the person's own, which hands them the quote after it."""
    if not 0 <= v < len(tokens) - 1 or tokens[v].lower not in FINITE_BE:
        return False
    return tokens[v + 1].lower in FATE_PARTICIPLES and tokens[v + 1].text.islower()


CLAUSE_QUOTE_WORDS: Final = 4
"""The fewest words of a partial quote that reported_partial reads as a clause of paraphrased
speech going on rather than a quoted term ("a “new” era", "“malignant disease”")."""
LEFT_FRAME: Final = 8
"""The most tokens of a set-off phrase opening a sentence that framed reads ("In a letter to members,")."""
VERB_GROUP: Final = 6
"""The most tokens between a reporter and its verb that affirmed reads ("has so far not …")."""

# The passes over the whole document, by the names they record and are switched off by.
CLOSED_RELATIVE: Final = "closed_relative"
PARAGRAPHS: Final = "paragraphs"
CONTINUATION: Final = "continuation"
EXCHANGE: Final = "exchange"
ANSWER: Final = "answer"
POINTED_BACK: Final = "pointed_back"

CHAIN_SIEVES: Final[tuple[tuple[str, Callable[[Doc, int], Mention | None]], ...]] = (
    (CONTINUATION, continuation),
    ("reported_before", indirect_before),
    ("after_signed", after_signed_sentence),
    ("same_paragraph", same_paragraph_speaker),
    ("subject_before", subject_before),
)
"""The discourse sieves for a quote with no mention in its sentence, in order: the quote
goes on with the quote before (continuation), or the speaker of the sentence before."""

SIEVES: Final[tuple[str, ...]] = (
    *(name for name, _ in SENTENCE_SIEVES),
    CLOSED_RELATIVE,
    PARAGRAPHS,
    EXCHANGE,
    ANSWER,
    POINTED_BACK,
    *(name for name, _ in CHAIN_SIEVES),
)
"""Every sieve by name, in the order they run: the sentence sieves on each quote's window,
then the passes over the document (a closed relative clause, multi-paragraph quotes, the
turns of a question-and-answer exchange, continuation chains, and the chain sieves for quotes
still without a speaker). ``pointed_back`` (a sentence after the quote that names who said it)
runs before the chain sieves for a quote opening its line, after them for any other."""


__all__ = ["CUE_FORMS", "DETERMINERS", "TITLES", "Attributed", "attribute"]
