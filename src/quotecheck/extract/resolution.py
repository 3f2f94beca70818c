"""From mentions to speakers: names resolved in document order (titles stripped, "Bridenstine"
and "he" to the person named before), then each span's kind and utterance group. The sieves
in attribution.py find *which* mention a quote attaches to; this module says *who* it is."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from quotecheck.extract import lexicon as lx
from quotecheck.extract.headlines import (
    ROLE_AHEAD,
    body_holder,
    colon_speaker,
    echo_headline,
    headline_body,
    headline_label,
    headline_role,
    opening_people,
    role_holder,
    title_case,
)
from quotecheck.extract.kinds import caps_headline, coordinated_kind, kind_for, name_shaped
from quotecheck.extract.mentions import (
    Mention,
    agent_plural,
    examples_after,
    head_of,
    heard_work,
    joined_people,
    kind_of_mention,
    known_people,
    known_person,
    np_forward,
    people_group_name,
    people_noun,
    people_plural,
    person_like,
    person_noun,
    plural,
    possessive_tok,
    possessor_len,
    pronoun_agrees,
    role_of_place,
)
from quotecheck.extract.names import (
    AGE,
    FORMER,
    Entity,
    Registry,
    appositive_roles,
    former_role,
    former_word,
    gender_of,
    given_gender,
    given_name,
    head_index,
    holds,
    is_org,
    is_place,
    is_title,
    joined_before,
    joins_name,
    name_key,
    office_title,
    owner_word,
    participle_before_name,
    past_word,
    person_name,
    person_role,
    phrase_roles,
    post_modifier,
    sentence_start,
    trade_name,
    trade_words,
    unpossessed_word,
    word_gender,
)
from quotecheck.extract.names import (
    OBJECT_FORMS as SUBJECT_FORM,
)
from quotecheck.extract.sentences import (
    Token,
    cue_word,
    finite,
    index,
    opening_pronoun,
    possessive,
    words,
    words_ahead,
    words_behind,
)
from quotecheck.extract.spans import QuoteSpan
from quotecheck.extract.subjects import group_counted, sentence_subject

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
AFFILIATION_PREPS: Final = lx.AFFILIATION_PREPS
ALL_QUOTE_MARKS: Final = lx.ALL_QUOTE_MARKS
ARTICLES: Final = lx.ARTICLES
ARTICLES_AND_POSSESSIVES: Final = lx.ARTICLES_AND_POSSESSIVES
AUTHOR_PREPS: Final = lx.AUTHOR_PREPS
AUXILIARIES: Final = lx.AUXILIARIES
AGENT_ENDINGS: Final = lx.AGENT_ENDINGS
BE_FORMS: Final = lx.BE_FORMS
BODY_KINDS: Final = lx.BODY_KINDS
IT_BODIES: Final = lx.IT_BODIES
FIRM_TRADES: Final = lx.FIRM_TRADES
CAPITAL_PARTICLES: Final = lx.CAPITAL_PARTICLES
COUNT_NOUNS: Final = lx.COUNT_NOUNS
COUNT_WORDS: Final = lx.COUNT_WORDS
COUNTERPART_DEEDS: Final = lx.COUNTERPART_DEEDS
COUNTERPART_NOUNS: Final = lx.COUNTERPART_NOUNS
COORDINATORS: Final = lx.COORDINATORS
PAST_POST_WORDS: Final = lx.PAST_POST_WORDS
POSSESSIVE_S: Final = lx.POSSESSIVE_S
POST_HEADS: Final = lx.POST_HEADS
PERSON_ENDINGS: Final = lx.PERSON_ENDINGS
CUE_FORMS: Final = lx.CUE_FORMS
PARTICLE_CUES: Final = lx.PARTICLE_CUES
DETERMINERS: Final = lx.DETERMINERS
DOCUMENT_NOUNS: Final = lx.DOCUMENT_NOUNS
DOER_VERBS: Final = lx.DOER_VERBS
FINITE_AUX: Final = lx.FINITE_AUX
FRONTED_PREPOSITIONS: Final = lx.FRONTED_PREPOSITIONS
FRONTING_SUBORDINATORS: Final = lx.FRONTING_SUBORDINATORS
GATHERING_NOUNS: Final = lx.GATHERING_NOUNS
GENDERED: Final = lx.GENDERED
GENERIC_HEADS: Final = lx.GENERIC_HEADS
GENERIC_PERSONS: Final = lx.GENERIC_PERSONS
GROUP_NOUNS: Final = lx.GROUP_NOUNS
HEADLINE_WORDS: Final = lx.HEADLINE_WORDS
INNER_PARTICLES: Final = lx.INNER_PARTICLES
INVERTED_OPENING_LEMMAS: Final = lx.INVERTED_OPENING_LEMMAS
KIN_CONVERSES: Final = lx.KIN_CONVERSES
KIN_NOUNS: Final = lx.KIN_NOUNS
KIN_OWNERS: Final = lx.KIN_OWNERS
LATER: Final = lx.LATER
MEMBER_ROLES: Final = lx.MEMBER_ROLES
MONTHS: Final = lx.MONTHS
NAME_BREAKING_TITLES: Final = lx.NAME_BREAKING_TITLES
NAME_OPENING_TITLES: Final = lx.NAME_OPENING_TITLES
NAME_PARTICLES: Final = lx.NAME_PARTICLES
NAME_PREPS: Final = lx.NAME_PREPS
NOT_NAMES: Final = lx.NOT_NAMES
NOT_RELATIONS: Final = lx.NOT_RELATIONS
NOUN_PREPOSITIONS: Final = lx.NOUN_PREPOSITIONS
NP_FOLLOWERS: Final = lx.NP_FOLLOWERS
OBJECT_FORMS: Final = lx.OBJECT_FORMS
OBJECT_PREPS: Final = lx.OBJECT_PREPS
OFFICE_NOUNS: Final = lx.OFFICE_NOUNS
ON_AIR_BEFORE: Final = lx.ON_AIR_BEFORE
ON_AIR_NOUNS: Final = lx.ON_AIR_NOUNS
ON_AIR_PREPS: Final = lx.ON_AIR_PREPS
ORG_WORDS: Final = lx.ORG_WORDS
WHOSE_WORK_NOUNS: Final = lx.WHOSE_WORK_NOUNS
EVENT_NOUNS: Final = lx.EVENT_NOUNS
PROCEEDING_NOUNS: Final = lx.PROCEEDING_NOUNS
ACT_NOUN_ENDS: Final = lx.ACT_NOUN_ENDS
PARTICLE_PLACE_HEADS: Final = lx.PARTICLE_PLACE_HEADS
PARTICLE_PLACE_WORDS: Final = lx.PARTICLE_PLACE_WORDS
PARTICLES_OUT: Final = lx.PARTICLES_OUT
PARTNER_LINKS: Final = lx.PARTNER_LINKS
PARTY_LETTERS: Final = lx.PARTY_LETTERS
PARTY_MEMBERS: Final = lx.PARTY_MEMBERS
PASSIVE_LEADS: Final = lx.PASSIVE_LEADS
PAST_FORMS: Final = lx.PAST_FORMS
HEDGING_OPENERS: Final = lx.HEDGING_OPENERS
PAST_MARKERS: Final = lx.PAST_MARKERS
DEMOTING_WORDS: Final = lx.DEMOTING_WORDS
PATTERN_TITLES: Final = lx.PATTERN_TITLES
PEOPLE_BY_ORIGIN: Final = lx.PEOPLE_BY_ORIGIN
PERSON_POSSESSIVES: Final = lx.PERSON_POSSESSIVES
ONE_OF_MANY: Final = lx.ONE_OF_MANY
PHRASE_ENDS: Final = lx.PHRASE_ENDS
PLACE_ENDS: Final = lx.PLACE_ENDS
PLACE_FIRST: Final = lx.PLACE_FIRST
PLACE_POINT_NOUNS: Final = lx.PLACE_POINT_NOUNS
PLACE_PREPOSITIONS: Final = lx.PLACE_PREPOSITIONS
PLACE_WORDS: Final = lx.PLACE_WORDS
PLAIN_PERSON_HEADS: Final = lx.PLAIN_PERSON_HEADS
PLATFORMS: Final = lx.PLATFORMS
PLURAL_SUBJECTS: Final = lx.PLURAL_SUBJECTS
POSSESSIVE_ENDS: Final = lx.POSSESSIVE_ENDS
PREDICATE_LEADS: Final = lx.PREDICATE_LEADS
PREPOSITIONS_OF_SETTING: Final = lx.PREPOSITIONS_OF_SETTING
PRONOUN_GENDER: Final = lx.PRONOUN_GENDER
THIRD_PERSON: Final = lx.THIRD_PERSON
REFLEXIVE_SEX: Final = lx.REFLEXIVE_SEX
SPOUSE_OWNER: Final = lx.SPOUSE_OWNER
CLAUSE_OPENERS: Final = lx.CLAUSE_OPENERS
PRONOUN_OF: Final = lx.PRONOUN_OF
SINGULAR_S_ENDS: Final = lx.SINGULAR_S_ENDS
PRONOUNS: Final = lx.PRONOUNS
PRONOUNS_HE_SHE_THEY: Final = lx.PRONOUNS_HE_SHE_THEY
QUANTIFIERS_OF_ONE: Final = lx.QUANTIFIERS_OF_ONE
QUANTIFIERS: Final = lx.QUANTIFIERS
RELATIONAL_PREPS: Final = lx.RELATIONAL_PREPS
REACTION_LEMMAS: Final = lx.REACTION_LEMMAS
BUILDING_WORDS: Final = lx.BUILDING_WORDS
RELATIVE_PRONOUNS: Final = lx.RELATIVE_PRONOUNS
ROLE_NOUNS: Final = lx.ROLE_NOUNS
INDEFINITE_ARTICLES: Final = lx.INDEFINITE_ARTICLES
SPEAKS_FOR: Final = lx.SPEAKS_FOR
ROUTE_PREPS: Final = lx.ROUTE_PREPS
SOMEONE: Final = lx.SOMEONE
SPEAKING_GROUPS: Final = lx.SPEAKING_GROUPS
SPEECH_NOUNS: Final = lx.SPEECH_NOUNS
STANDING_ADVERBS: Final = lx.STANDING_ADVERBS
STOP: Final = lx.STOP
SPELLED_COUNTS: Final = lx.SPELLED_COUNTS
STOP_CAPS: Final = lx.STOP_CAPS
FIRST_SECOND_PERSON: Final = lx.FIRST_SECOND_PERSON
STREET_HEADS: Final = lx.STREET_HEADS
NAMED_AS_ONE: Final = lx.NAMED_AS_ONE
NO_SEX_PRONOUNS: Final = lx.NO_SEX_PRONOUNS
PEOPLE_AS_ONE: Final = lx.PEOPLE_AS_ONE
POSSESSED_GROUPS: Final = lx.POSSESSED_GROUPS
THEY_BODY_LOOKBACK: Final = lx.THEY_BODY_LOOKBACK
THEY_DECLARED_REACH: Final = lx.THEY_DECLARED_REACH
THEY_PERSON_MARKS: Final = lx.THEY_PERSON_MARKS
SUBORDINATORS: Final = lx.SUBORDINATORS
SOURCE_WORDS: Final = lx.SOURCE_WORDS
TIME_AFTER: Final = lx.TIME_AFTER
TIME_LEADS: Final = lx.TIME_LEADS
TIME_NOUNS: Final = lx.TIME_NOUNS
TITLE_LINKS: Final = lx.TITLE_LINKS
TITLES: Final = lx.TITLES
TO_BY: Final = lx.TO_BY
TRADE_TITLES: Final = lx.TRADE_TITLES
UNNAMED_DETERMINERS: Final = lx.UNNAMED_DETERMINERS
UNNAMED_PERSON_NOUNS: Final = lx.UNNAMED_PERSON_NOUNS
VERB_ADVERB_ENDS: Final = lx.VERB_ADVERB_ENDS
VERB_MARKERS: Final = lx.VERB_MARKERS
WEEKDAYS: Final = lx.WEEKDAYS

REPORTER: Final = "reporter"
"""``Found.centre``: the antecedent reports the sentence before in a clause closing it."""
ASKED: Final = "asked"
"""``Found.centre``: the antecedent is the one the sentence before puts a question to, who
answers it ("Kahn pressed the 66-year-old on the budget. “…,” he said")."""
ANSWERED: Final = "answered"
"""``Found.centre``: the antecedent asked the question the sentence before sets out, to "you"
and to no one named: a he/she answering it is the person it was put to, someone other than
the asker (``“Were you there?” Hale asked. “I was,” he said``; see ``previous_subject``)."""
ASKS: Final = "asks"
"""``Found.centre``: the antecedent put a question to someone named after it in the sentence
before, and the pronoun asks in turn: the asker going on (``Lint asked Quist whether … “Did
anyone reply?” she asked``), even where the one asked is known to agree and the asker is not."""
REPORTS: Final = "reports"
"""``Found.centre``: the antecedent is the subject of a verb of saying whose clause runs to
the end of the sentence before: the people named in that clause are what it reports."""
FOCUS: Final = "focus"
"""``Found.centre`` of a definite description of one person for which the sentence before
gives no named subject ("Pressed on it, the 66-year-old replied", "“…,” said Ivo Brandt.
The 55-year-old said"): the person in focus may be the one it describes (see ``focus_person``)."""
SOURCE: Final = "source"
"""``Found.centre``: the antecedent is the document or body an "it" opening its sentence
stands for (see ``attribution.source_before``)."""


@dataclass(slots=True)
class Attributed:
    """One span's attribution, as extract_quotes reports it (slotted, not frozen: see Mention)."""

    start: int
    end: int
    kind: str
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: str | None
    group: int | None
    attributed_by: str = ""
    """The name of the sieve that attributed the quote (see attribution.py)."""


@dataclass(slots=True)
class Found:
    """What a sieve found for one quote: the mention and how it was found. Never changed once
    built, but for ``by``, which attribute_one sets on the one a sieve has just built (one
    shared empty instance stands for "not attributed yet"; slotted, not frozen: see Mention)."""

    mention: Mention | None = None
    how: str = ""  # trailing | leading | inherit | continuation
    outer: Mention | None = None
    """The named subject opening the sentence when ``mention`` is a later pronoun: if both
    stand for one person, the named subject is the mention the quote is attributed to."""
    antecedent: Mention | None = None
    """The named subject of the sentence a he/she mention stands in: the person the pronoun
    most likely stands for when the gender agrees, ahead of a more recently named object."""
    before: bool = False
    """``antecedent`` is the subject of the sentence before the one the pronoun is subject of."""
    centre: str = ""
    """Why ``antecedent`` is the centre of the sentence before, when that overrides a rival
    named after it: "reporter" (it closes that sentence as its reporter: ", the lawyer
    says."), "reports" (that sentence is its report: "Holt said Mawson had …")."""
    by: str = ""
    """The name of the sieve that found the mention."""
    rival: Mention | None = None
    """The first subject of a contrast whose second subject is ``antecedent``, when no word
    tells either one's sex ("Orr declined to comment, but Vint was blunt"; see ``contrast_pick``)."""


def resolve(text: str, spans: list[QuoteSpan], found: list[Found], headline: int) -> list[Attributed]:
    """Names in document order, kinds, groups (``headline``: where the headline ends, see
    headlines.headline_line)."""
    registry = Registry(text)
    groups: dict[int, int] = {}
    results: list[Attributed] = []
    seen_to = 0
    centre: tuple[str, str, int] | None = None  # a described speaker (see described_centre)
    resolved_as: dict[int, str] = {}  # the person each description mention was resolved to
    roles: list[tuple[int, str]] = []  # the headline's quotes given by a role, and the role
    bodies: list[tuple[int, str]] = []  # and those given by a body's noun ("Utility Says …")
    names: dict[str, str] = {}  # the words of each name-shaped title or term met so far, and its kind
    for qi, span in enumerate(spans):
        f = found[qi]
        m = f.mention
        if m is not None and m.cue == ":" and span.close_at <= headline:
            m = colon_speaker(m)  # "CNN Chief On Debates: ‘…’": the speaker before the topic
        # people named in the narrative since the last quote: pronouns may point to them
        quote_at = narrative_end = span.open_at
        if m is not None and m.start < narrative_end:
            narrative_end = m.start
        if narrative_end > seen_to:
            register_names(registry, text, seen_to, narrative_end)
        if m is not None and m.document is not None and name_key([m.tokens[-1].text]) not in registry.by_last:
            m = m.document  # "The memo, from Lisbon, said": no one so named, the memo speaks
        between = max(seen_to, m.end) if m is not None else quote_at
        inner = served_inside(m) if m is not None and m.kind == "description" and m.end <= quote_at else -1
        inner = max(inner, seen_to) if inner >= 0 else -1
        seen_to = max(seen_to, span.end)
        speaker: str | None = None
        abstain = False  # a contrast's two subjects both shown of the other sex: not the usual reading
        if f.how != "continuation":  # a quote going on after its cue: the cue's quote's words
            registry.quoted = (span.open_at, span.close_at)
            registry.cue_after = m is not None and m.start >= span.close_at
        if m is not None:
            if f.centre == SOURCE and f.antecedent is not None:
                speaker = source_subject(registry, f.antecedent, speaker_name(registry, m))
            elif f.antecedent is not None and f.before and m.kind == "pronoun":
                ante = f.antecedent if f.rival is None else contrast_pick(registry, m, f.antecedent, f.rival)
                if ante is not None:
                    speaker = previous_subject(registry, text, m, ante, f.centre)
                else:  # both shown of the other sex: the latest person shown of the pronoun's
                    abstain = True
                    speaker = shown_person(registry, m)
            elif f.antecedent is not None and m.kind == "pronoun":
                speaker = registry.subject(m.tokens[0].lower, list(f.antecedent.head or f.antecedent.tokens))
            if not abstain:
                speaker = speaker or speaker_name(registry, m)
            if m.kind == "description" and registry.entity(speaker or "") is None:
                speaker = (
                    resolved_as.get(m.start) or speaker
                )  # "“…,” the 61-year-old said. “…”": one mention, one person
            if (
                m.kind == "description"
                and (f.antecedent is not None or f.centre == FOCUS)
                and registry.entity(speaker or "") is None
            ):
                # "Kessler was blunt. “…,” said the 31-year-old": no one was given the description;
                # "Delta Holdings denied it. “…,” the company said": the body the noun fits
                opening = text[span.start : span.start + 40]
                upto = min(span.open_at, m.start)
                if f.antecedent is not None:
                    subject = list(f.antecedent.head or f.antecedent.tokens)
                    run = person_name(subject)
                    ent = registry.by_last.get(run[-1].lower) if run and f.antecedent.kind == "name" else None
                    since = sentence_start(text, f.antecedent.start)
                    body = (
                        None
                        if joined_past_aside(text, subject[-1].end)
                        else registry.centre_body(list(m.head or m.tokens), subject)
                    )
                else:
                    ent, since = focus_person(registry, text, results, upto)
                    body = None
                speaker = (
                    body
                    or described_subject(registry, text, m, ent, since, opening, f.centre, upto)
                    or speaker
                )
            if m.kind == "description" and registry.entity(speaker or "") is not None:
                resolved_as[m.start] = speaker or ""
            if f.outer is not None and m.kind == "pronoun" and same_speaker(speaker, f.outer):
                m = f.outer
            elif f.outer is not None and m.kind == "pronoun":
                # "Hale said that the board trusts Lee "…," he said": the pronoun repeats the
                # subject whose report it closes, not a name met inside the report; only when
                # that subject's gender is known to agree ("Ana Ortiz said … Lee has "…," he
                # said" stays with Lee)
                speaker = (
                    registry.subject(m.tokens[0].lower, list(f.outer.head or f.outer.tokens), known_only=True)
                    or speaker
                )
            if m.kind == "pronoun" and centre is not None and centre[2] == registry.clock and not f.before:
                # "“…,” the lawyer says. “…,” he added": a described speaker no name has
                # followed is the centre the pronoun continues, as a named one would be
                word = m.tokens[0].lower
                speaker = centre[0] if word == centre[1] or (word in GENDERED and not centre[1]) else speaker
            spoke = registry.entity(speaker) if m.kind == "pronoun" and speaker is not None else None
            if spoke is not None and spoke.person and m.tokens[0].lower in GENDERED:
                registry.mark(spoke)  # the speaker is in focus: "“…,” she says" keeps her there
            if inner >= 0:
                # "An aide to Ann Roy said “…”": Ann Roy is known from here on (a later "Roy
                # said" is she), though neither in focus nor a name that followed the aide
                window, clock = registry.candidates(), registry.clock
                register_names(registry, text, inner, m.end)
                if registry.clock != clock and not voice_of_possessor(m):
                    registry.unmark(window, clock, "")  # out of the look-back, whoever the speaker is
            centre = None
            if m.kind == "description":
                centre = described_centre(registry, m, speaker, text[span.start : span.start + 40])
            if speaker is None and m.kind == "pronoun" and m.tokens[0].lower in NO_SEX_PRONOUNS and results:
                speaker = pronoun_goes_on(text, results[-1], span.open_at, m)
            said_as = m.tokens[0]
            if (
                speaker is None
                and m.kind == "pronoun"
                and (
                    said_as.lower in PRONOUNS_HE_SHE_THEY
                    or (said_as.lower in OBJECT_FORMS and said_as.text.islower())
                )
            ):
                # an unresolved pronoun is reported as written, not as nobody; an object form
                # only inside its sentence ("quoted him as saying"; "Her leaked memo:" is a possessive)
                speaker = said_as.lower
        if m is not None and between < quote_at and (cap := CAP_WORD.search(text, between, quote_at)):
            # "Lee, marching with Ann Ruiz, said “…”": the people named between the speaker
            # and the quote are known from here on, but the speaker stays the one in focus
            person = registry.entity(speaker) if speaker is not None else None
            clock = registry.clock
            described = person is None and m.kind != "name"
            window = registry.candidates() if described else []
            register_names(registry, text, cap.start(), quote_at)
            if registry.clock != clock:
                if m.kind == "name" and speaker is not None and (bare := one_surname(registry, m)):
                    # "Voss, who met Carl Dane, said “…” he added": a bare surname namesakes share
                    # brings them back past the aside's names, the speaker (if chosen) last
                    registry.mark_namesakes(bare, person)
                    current = registry.by_last.get(bare)
                    if person is None and current is not None and current.person:
                        registry.mark(current)
                if person is not None:
                    registry.focus(person)
                elif described:
                    # "The mayor, who met Tom Ruiz, called …: “…” he said": the pronoun still
                    # continues the described speaker, who is no entity to bring back into focus,
                    # so the names met between are known (a later "Ruiz said") but not the most
                    # recent, unless the speaker rules the pronoun out ("A woman who met Tom Ruiz
                    # …: “…” he said"; "The union, led by Nina Falk, …: “…” she said")
                    registry.unmark(window, clock, described_as(list(m.tokens), m.kind))
        resolved = speaker is not None and speaker[:1].isupper()  # not a pronoun left as written
        said = speaker or ""
        known = m is not None and (
            (m.kind == "pronoun" and resolved)
            # a surname two namesakes share is someone known, though it is not said which
            or (m.kind == "name" and (" " in said or said.lower() in registry.namesakes))
        )
        kind = kind_for(text, span, m is not None, known)
        if m is not None and span.close_at <= headline and m.cue == ":" and headline_label(m):
            # "Review: ‘The Salt Road’ Is …": a headline's section label, not a speaker
            m, speaker, kind = None, None, kind_for(text, span, False, False)
        if m is not None and span.close_at <= headline:
            # "Mayor Calls Cuts “…”" over the article: the role the body names someone in
            # (read once the registry knows the opening, after the last quote)
            if role := headline_role(m):
                roles.append((qi, role))
            elif body := headline_body(m):
                bodies.append((qi, body))
            if f.by == "headline" and m.cue != "headline":
                kind = "quote"  # a headline's speaker and cue verb: their words, however short
        if kind == "quote" and f.how in ("continuation", "inherit") and caps_headline(text, span):
            kind = "title"  # an all-caps subheading after a quote: no cue of its own
        if kind == "quote" and results:
            kind = coordinated_kind(text, spans[qi - 1], span, results[-1].kind) or kind
        words = text[span.start : span.end]
        if name_shaped(words):
            # "The best track, “Harbour Lights,” is …" then "wrote that “Harbour Lights” had made
            # her cry": a name read as a title or term once is that again when quoted again
            core = words.rstrip(NAME_EDGE)
            if kind == "quote" and core in names and span.close_at > headline and name_then_verb(text, span):
                kind = names[core]
            elif kind != "quote":
                names.setdefault(core, kind)
        if kind == "title":
            m = None  # the name of a work, place or business: nobody's words, so nobody's quote
        key = m.start if m is not None else -1 - qi
        group = groups.setdefault(key, len(groups) + 1)
        if m is not None:
            results.append(
                Attributed(span.start, span.end, kind, speaker, m.start, m.end, m.cue, group, f.by)
            )
        else:
            results.append(Attributed(span.start, span.end, kind, None, None, None, None, group))
    if roles or bodies:
        register_names(registry, text, seen_to, min(len(text), ROLE_AHEAD))  # the opening's rest
        people = opening_people(text, registry)
        for qi, role in roles:
            r = results[qi]
            if r.speaker_start is not None:  # not a title
                r.speaker = role_holder(text, role, people, r.speaker) or r.speaker
        for qi, body in bodies:
            r = results[qi]
            if r.speaker_start is not None:  # the body, or its noun: never read as a surname
                r.speaker = body_holder(body.split()[-1], people, r.speaker) or body
    if headline >= 0 and results and results[0].start < headline:
        echo_headline(text, results, headline)
    return results


NAME_EDGE: Final = " .!?,;:'’\"”"
"""What a repeated name's words may end in besides the name (see ``resolve``)."""


def name_then_verb(text: str, span: QuoteSpan) -> bool:
    """A repeated name is a noun in its clause, its verb right after the closing mark ("wrote
    that “Copper Tide” was …", "admits “Low Country” nearly broke the band"): words with no
    stop or comma of their own. Not an utterance that happens to repeat it, the complement of
    a cue ("Lee shouted, “Build It Now!”", "said simply: “Come Home.”", "“Vote Kell,” said
    her manager"): those end in their own mark or have no verb after them."""
    words = text[span.start : span.end]
    if words != words.rstrip(NAME_EDGE):
        return False
    for word in text[span.close_at : span.close_at + 60].split()[:3]:
        tok = Token(word, word.lower(), 0, len(word))
        if word.isalpha() and word.islower() and word.endswith("ly") and not finite(tok):
            continue  # "“Low Country” nearly broke …"
        low = tok.lower
        return word.isalpha() and (
            finite(tok) or (word.islower() and len(low) > 3 and low.endswith("s") and not low.endswith("ss"))
        )
    return False


def pronoun_goes_on(text: str, before: Attributed, open_at: int, m: Mention) -> str | None:
    """A "they" or "it" the rules leave unresolved, on a quote that follows the quote before
    with nothing between but that quote's own cue: the speaker that quote was resolved to, when
    its mention is this one ("“…,” they said. “…”") or the same pronoun ("They said: “….”
    “…,” they added"; "“…,” it said. “…,” it added"). None otherwise."""
    said = before.speaker or ""
    if not said[:1].isupper() or before.speaker_start is None or before.speaker_end is None:
        return None
    word = text[before.speaker_start : before.speaker_end].lower()
    goes_by = m.tokens[0].lower == "they" and declares_they(text, before.speaker_start)
    if before.speaker_start != m.start and word != m.tokens[0].lower and not goes_by:
        return None  # (a person named there as going by "they" goes on as well)
    since = max(before.end, before.speaker_end)
    # "“…,” they said. They then added: “…”": up to the pronoun of a cue set before the quote
    upto = m.start if since <= m.start < open_at else open_at
    if not 0 <= upto - since <= (THEY_DECLARED_REACH if goes_by else PRONOUN_GAP):
        return None
    gap = text[since:upto].replace(before.cue or "", "", 1)
    if goes_by:
        # the aside that says so may close the cue's sentence, but no further sentence
        words = gap.strip().rstrip(".!?")
        return said if not any(c in ".!?\n" for c in words) else None
    # nothing but marks, or an adverb of time in the cue ("“…,” they later said.")
    bits = [w.strip(".,:;!?") for w in gap.split()]
    return said if all(w.lower() in LATER or not any(c.isalpha() for c in w) for w in bits) else None


PRONOUN_GAP: Final = 40
"""How far a quote may open after the quote before (or its cue) for an unresolved pronoun to
go on with that quote's speaker."""


def described_centre(
    registry: Registry, m: Mention, speaker: str | None, words: str
) -> tuple[str, str, int] | None:
    """A quote's speaker described, not named, and no one the registry knows ("the lawyer",
    "a 54-year-old", "his wife", "officials"): as (the speaker, the pronoun it agrees with:
    "he", "she", "they", or "" for either of he and she, the registry's clock), the centre
    a he/she/they cue continues until a name is met; None for a body or a thing, or for a
    description that restates the person in focus (see ``restates_focus``; ``words``: the
    quote's)."""
    np = list(m.head or m.tokens)
    if speaker is None or registry.entity(speaker) is not None or np[-1].is_cap:
        return None
    if restates_focus(registry, np, words):
        return None
    head = np[-1].lower
    if pronoun_agrees("they", np) and not pronoun_agrees("he", np):
        return (speaker, "they", registry.clock) if plural(np) and people_plural(head) else None
    if not pronoun_agrees("he", np) and not pronoun_agrees("she", np):
        return None
    gender = gender_of(np)
    if not (head in ROLE_NOUNS or gender or AGE.fullmatch(head)):
        return None
    return speaker, word_of_gender(gender), registry.clock


def focus_person(
    registry: Registry, text: str, results: list[Attributed], at: int
) -> tuple[Entity | None, int]:
    """The person in focus before a description whose sentence starts before ``at`` and has
    no named subject in the sentence before (see FOCUS), and where the sentence before starts:
    the person the registry marked last, when the sentence before or the description's own
    names it, quotes it, or opens on a he or she of its sex ("Vidal said …. Pressed on it,
    the 66-year-old replied"; "“…,” she told reporters. She smiled. Asked about it, the
    27-year-old said"). None otherwise: "A cashier was shaken. “…,” the woman said" is not
    the person named before the cashier. A paragraph whose first sentence other narrative
    opens before the description ("Later that day, the coach said") is read alone: only
    a paragraph the description or a quote opens goes on from the paragraph before."""
    aside = fronted_phrase(registry, text, at)  # "Speaking with Carl Dane, the senator said": not Dane
    ent = next((e for e in registry.candidates() if e.person and not aside <= e.named_at < at), None)
    if ent is None:
        return None, at
    own = min(at, sentence_start(text, at))
    surname = ent.name.split()[-1]
    if text.rfind(surname, own, at) >= 0:
        return None, at  # "Moss said it was “bold,” and the mayor called it …": another subject
    before = own
    if own == at or text[own - 1 : own] != "\n" or text[own : own + 1] in '“"':
        while own > 0 and (text[own - 1].isspace() or text[own - 1] in '“"') and own > at - DESCRIBED_BEFORE:
            own -= 1  # back over the quote mark, the blank or the line break before it
        before = sentence_start(text, max(0, own - 1))
    if ent.named_at >= before or text.rfind(surname, before, at) >= 0:
        return ent, before
    for r in reversed(results[-FOCUS_QUOTES:]):
        if r.speaker == ent.name and r.end >= before:
            return ent, before
    opening = opening_pronoun(words(text, before, before + PRONOUN_OPENING))
    sex = word_of_gender(ent.gender)
    if opening and (sex == opening or (not sex and text[before - 1 : before] not in ("\n", ""))):
        return ent, before  # a he/she opening a paragraph passes to a person of its known sex only
    return None, at


PRONOUN_OPENING: Final = 160
"""How far into the sentence before a description ``focus_person`` reads for a he or she
opening it (see ``sentences.opening_pronoun``): a chain that goes on about the person in focus."""


FOCUS_QUOTES: Final = 3
"""How many quotes back ``focus_person`` looks for the person in focus as a speaker."""
APPOSED_NAME: Final = re.compile(r",\s((?:[a-z]+\s){0,3})(?:[A-Z][\w’'\-]*\s)*[A-Z][\w’'\-]*[,.;]")
"""A name set off by commas right after a description, with up to three lower-case words of
a title before it ("the operator, Brightwater Energy,", "the candidate, shop owner Ivo Lind,")."""


def described_subject(
    registry: Registry,
    text: str,
    m: Mention,
    ent: Entity | None,
    since: int,
    words: str,
    centre: str,
    upto: int,
) -> str | None:
    """The named centre ``ent`` (see ``attribution.antecedent_of`` and ``focus_person``; its
    sentence starts at ``since``) that a definite
    description no one was given stands for, as a he or she would ("Kessler was blunt. “…,”
    said the 31-year-old"; "Holm was calmer. “…,” the Danish midfielder said"); None when
    anything the article says tells otherwise: the centre's own age, sex or role ("Mayor Ann
    Lee … the senator"), another person given a part of it or of the description's sex when
    the centre's is not known, the head said before of someone not named ("argued with the
    referee. “…,” the referee said"), an office noun, or quoted ``words`` that open on the
    centre's surname or hold a pronoun of its sex (someone else's words about them). Nor
    when the description is someone the centre deals with (a relative, the lawyer, the judge,
    the winner) and the centre's sentence did not make it that (``counterpart``), or when it
    tells only an age, a sex or an origin and the narrative from the centre's sentence to
    ``upto`` (the quote) brings in someone without a name ("met a young patient. “…,” the
    boy said"; see ``unnamed_other``)."""
    np = list(m.head or m.tokens)
    low = np[-1].lower
    apposed = APPOSED_NAME.match(text, np[-1].end)
    if apposed is not None and (apposed.group(1) or "").split(" ")[0] not in CUE_FORMS:
        # "the network operator, Brightwater Energy, which says", "The third candidate, shop
        # owner Ivo Lind, said": named right there
        return None
    if ent is None or not ent.person or not no_body_noun(low) or (low in BODY_KINDS and not person_noun(low)):
        return None  # "The crowd chanted", "the chain said": a group or a body, not the person it faces
    want = gender_of(np)
    parts = {t.lower for t in np[1:]}
    if parts & PARTY_MEMBERS and low not in PARTY_MEMBERS and not person_noun(low):
        return None  # "the Republican majority", "the Democratic establishment": a party's group
    if parts & set(ent.name.lower().replace("-", " ").split()):
        return None  # "the Varga actor", "the Marn aide": someone named after the centre
    ages = {p for p in parts if AGE.fullmatch(p)}
    head = np[-1].lower
    stated = {r for r in ent.roles if r in ROLE_NOUNS or r in OFFICE_NOUNS}
    if (want and ent.gender not in (want, "")) or (ages and any(AGE.fullmatch(r) for r in ent.roles - ages)):
        return None
    past = any(past_word(t.lower) for t in np[1:-1])
    if past and holds(ent, head) and FORMER not in ent.roles:
        return None  # "Mayor Ann Lee … the former mayor": someone who held her office before
    if not past and former_role(head) in ent.roles:
        return None  # "The former mayor, Ann Lee, … the mayor": whoever holds it now
    if (head in OFFICE_NOUNS and not past) or (
        stated and head not in stated and head in ROLE_NOUNS and head not in KIN_NOUNS
    ):
        # "the referee", "the moderator": most often the one dealing with the centre; not "the
        # retired teacher", "the former coach": what the centre was once, not whom it faces
        return None
    if any(
        p in PEOPLE_BY_ORIGIN and not holds(ent, p) and (ent.places or ent.roles & PEOPLE_BY_ORIGIN)
        for p in parts
    ):
        return None  # "Ana Lind, a Swede, … the Norwegian": another origin
    if (
        head in COUNTERPART_NOUNS
        and not (past and head not in KIN_NOUNS)  # "the former prosecutor": what the centre was
        and not counterpart(text, since, upto, head)
        and not of_count(text, np[-1].end)
    ):
        return None  # "Ivo Brandt was cleared. “…,” the lawyer said": someone who acts for him
    if head in PLAIN_PERSON_HEADS or ages or head in PEOPLE_BY_ORIGIN:
        unnamed = unnamed_other(text, since, upto)
        if unnamed == ONE_UNNAMED or (unnamed and gender_of([np[-1]])):
            return None  # "Lena Voss was rescued by a stranger. “…,” the man said"
    own = fronted_phrase(registry, text, m.start)
    for other in registry.candidates():
        if other is ent or not other.person or own <= other.named_at < m.start:
            continue  # "Speaking with Carl Dane on Monday, the senator said": not Dane
        if parts & other.roles or (want and not ent.gender and other.gender == want):
            return None  # someone else given a part, or the sex the centre is not known to have
        if (not want or other.gender in (want, "")) and (
            since <= other.named_at < m.start
            or (centre == FOCUS and text.rfind(other.name.split()[-1], since, m.start) >= 0)
        ):
            # "Hal Brook met Ann Ruiz. “…,” the 57-year-old said": either may be; with no named
            # subject before it, a surname alone met since counts too ("Lee said Hale would …")
            return None
    if next_name(registry, text, m.end):
        return None  # "“…,” the 61-year-old said. Rupert Vale, 61, …": the name comes next
    before = text[max(0, m.start - DESCRIBED_BEFORE) : m.start].lower()
    said_before = [head, head + "s"] + [a.split("-")[0] for a in ages]
    if any(word_at(w, before) >= 0 for w in said_before):
        return None  # "Hale sat with his wife, 52. “…,” the 52-year-old said": someone else's age
    # "“It is hard for him,” the 31-year-old said": words about one of the centre's sex (any
    # he or she when it is not known, unless the centre's sentence reports on someone else:
    # "Pryce said the rookie had earned respect. “He stays late,” the veteran said")
    sex = word_of_gender(ent.gender or want)
    loose = not ent.gender and centre != REPORTS  # "“She was …,” the father said": about the centre
    said = [SUBJECT_FORM.get(w, w) for w in LOWER_WORD.findall(words.lower())]
    # a centre whose sentence reports on someone else: a he or she of its sex may be that one
    # ("Dario Pryce said the rookie had earned respect. “He stays late,” the veteran said")
    own_sex = sex and centre != REPORTS
    if ent.last in said or any((own_sex and w == sex) or (loose and w in GENDERED) for w in said):
        return None
    ent.gender = ent.gender or want
    # what the description said of the centre is the centre's from here on, as if the article
    # had given it with the name: a later "the 31-year-old" is that person, farther away too
    ent.roles |= ages
    if head in ROLE_NOUNS or head in OFFICE_NOUNS:
        ent.roles |= {head, FORMER} if past else {head}
    registry.mark(ent)
    return ent.name


def fronted_phrase(registry: Registry, text: str, at: int) -> int:
    """Where the phrase fronted before the description at ``at`` starts, when its sentence opens
    on a participle or a preposition and a comma closes that phrase right before the
    description ("Speaking after a forum with Carl Dane on Monday, the senator said"): a name
    inside it is not the description's subject. Not a name the description stands right after
    ("After a talk with Carl Dane, the senator, …": the two may be one), so a lower-case word
    must come between the name and the comma: the word before the comma is not a surname
    the registry knows. ``at`` (nothing fronted) otherwise."""
    start = sentence_start(text, at)
    toks = words(text, start, at)
    if len(toks) < 4 or toks[-1].text != "," or "," in (t.text for t in toks[:-1]):
        return at
    first = toks[0]
    low = first.lower
    if not first.is_cap or not (
        low in NOUN_PREPOSITIONS or low.endswith("ing") or low in FRONTED_PREPOSITIONS
    ):
        return at
    if toks[-2].lower in registry.by_last:
        return at  # "With Carl Dane, the senator …": an apposition may follow the name
    return start


def joined_past_aside(text: str, end: int) -> bool:
    """Whether the subject ending at ``end`` is one of several joined past a phrase set off
    after it ("Harvest Foods, a supermarket chain, and Tillery Dairy signed"): none of them
    alone is the sentence's centre."""
    if text.startswith(", ", end):
        _, end = set_off(text, end)
        if end < 0:
            return False
        end += 1
    return text.startswith((" and ", " or "), end)


def of_count(text: str, end: int) -> bool:
    """Whether a count follows the noun ending at ``end`` ("the mother of two", "a father of
    4"): a description of the person, not someone's relative."""
    after = text[end : end + 16].split()
    if len(after) < 2 or after[0] != "of":
        return False
    count = after[1].strip(",.;:")
    return count.isdigit() or count in COUNT_WORDS


def counterpart(text: str, since: int, upto: int, head: str) -> bool:
    """Whether the narrative from ``since`` to ``upto`` (the centre's sentence) gives its
    subject the role ``head`` of a counterpart by a deed in the active ("Noor Habib won the
    lottery" for "the winner"; not "Lena Voss was rescued" for "the rescuer"), or gives someone
    a relative that makes them the kin noun ``head``, by a possessive ("Ivo Brandt, whose
    daughter was hurt" for "the father"; "Ana Ruiz said her husband" for "the wife")."""
    deeds, converse = COUNTERPART_DEEDS.get(head), KIN_CONVERSES.get(head)
    if not deeds and not converse:
        return False
    toks = words(text, max(since, upto - DESCRIBED_BEFORE), upto)
    for k, t in enumerate(toks):
        prev = toks[k - 1].lower if k > 0 else ""
        if deeds and t.lower in deeds and (k == 0 or prev not in PASSIVE_LEADS):
            return True
        if converse and t.lower in converse and k > 0 and prev in KIN_OWNERS:
            return True
    return False


def unnamed_other(text: str, since: int, upto: int) -> str:
    """Who the narrative from ``since`` to ``upto`` brings in without a name, besides the
    named centre: ONE_UNNAMED for a person in a noun phrase with an article ("met a young
    patient", "was rescued by a stranger", "hired a new assistant", "a 9-year-old"), MANY_UNNAMED
    for a gathering or plural of people ("spoke to a crowd", "thanked the fans"), "" for none.
    Not a phrase set off after a name or said of it (", a striker,", "is a veteran", "as a
    nurse"), nor one inside a quote. Read in a bounded window."""
    toks = words(text, max(since, upto - DESCRIBED_BEFORE), upto)
    found = ""
    inside = False
    n = len(toks)
    for k, t in enumerate(toks):
        if t.text in ALL_QUOTE_MARKS:
            inside = t.text != "”" and not (t.text == '"' and inside)
            continue
        if inside or t.lower not in UNNAMED_DETERMINERS or (k > 0 and toks[k - 1].lower in PREDICATE_LEADS):
            continue
        for j in range(k + 1, min(k + 4, n)):
            w = toks[j]
            low = w.lower
            if w.is_cap or not w.text[:1].isalnum() or low in NOUN_PREPOSITIONS:
                break
            nxt = toks[j + 1] if j + 1 < n else None
            if not (
                nxt is None
                or not nxt.text[:1].isalpha()
                or nxt.is_cap
                or nxt.lower in NP_FOLLOWERS
                or finite(nxt)
            ):
                continue  # "the general election": a word before the head
            if AGE.fullmatch(low) or low in UNNAMED_PERSON_NOUNS or low in ROLE_NOUNS or low in OFFICE_NOUNS:
                return ONE_UNNAMED
            if people_plural(low + "s"):
                return ONE_UNNAMED  # "a patient", "a tenant"
            if low in GATHERING_NOUNS or people_plural(low):
                found = MANY_UNNAMED
            break
    return found


ONE_UNNAMED: Final = "one"
MANY_UNNAMED: Final = "many"


def next_name(registry: Registry, text: str, end: int) -> bool:
    """Whether the sentence after the one ending past ``end`` opens on a full name the article
    has not named before (within DESCRIBED_BEFORE characters: a bounded read)."""
    stop = SENTENCE_STOP.search(text, end, end + DESCRIBED_BEFORE)
    name = NARRATIVE_NAME.match(text, stop.end()) if stop is not None else None
    return name is not None and registry.by_last.get(name.group().split()[-1].lower()) is None


SENTENCE_STOP: Final = re.compile(r"[.!?][”\"]?\s+")
LOWER_WORD: Final = re.compile("[a-z]+")
DESCRIBED_BEFORE: Final = 600
"""How far before a description ``described_subject`` looks for its head said of someone else."""


def restates_focus(registry: Registry, np: list[Token], words: str) -> bool:
    """ "Varga backed the idea. “…,” the businessman replied.": a definite description by a
    role most often stands for the person in focus, unless that person was given another
    role ("Sen. Ann Lee … the former president") or the words the description reports open
    on that person, as someone else's words about them do ("“He did nothing wrong,” the
    lawyer says", "He did nothing wrong, the lawyer says")."""
    head = np[-1].lower
    if np[0].lower not in ("the", "this") or head not in ROLE_NOUNS:
        return False
    want = gender_of(np)
    pick = next((e for e in registry.candidates() if e.person and (not want or e.gender in (want, ""))), None)
    if pick is None:
        return False
    roles = {r for r in pick.roles if r in ROLE_NOUNS}
    if (roles and head not in roles) or (any(former_word(t.lower) for t in np) and FORMER not in pick.roles):
        return False  # "the former president" after a senator named last: someone else
    first = words.lstrip(" \n“\"‘'(").split(maxsplit=1)[:1]
    opening = first[0].strip(",.;:’'") if first else ""
    said = opening.lower()
    about = said == pick.last or (said in GENDERED and said in (word_of_gender(pick.gender) or said))
    return not about


def word_of_gender(gender: str) -> str:
    return "he" if gender == "m" else "she" if gender == "f" else ""


QUOTE_OPEN: Final = re.compile('[“"]')
UPPER: Final = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
LOWER: Final = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x250)) if c.islower())
"""The capitals and small letters of Latin script as a regex class's insides: a name may open
with an accented capital ("Émile Roy", "Łukasz Nowak") or close on an accented letter
("Renée Blanc", "Barnabé Tol"), as a plain A-Z would miss."""
NARRATIVE_NAME: Final = re.compile(
    rf"(?:\b(?:{'|'.join(NAME_OPENING_TITLES)})\.\s)?\b[{UPPER}][\w’'\-]*[{LOWER}]"
    rf"(?:\s(?!(?:{'|'.join(NAME_BREAKING_TITLES)})\.)(?:(?:{'|'.join(INNER_PARTICLES)})\s){{0,2}}"
    rf"(?:&\s)?(?:[A-Z]\.\s|(?:{'|'.join(CAPITAL_PARTICLES)})\s)?[{UPPER}][\w’'\-]*[{LOWER}]){{1,8}}"
)  # "Utah Sen. Ann Lee": the title abbreviation starts the next name, not this one; "Ana de
# la Cruz": up to two lower-case particles before a capitalised word are in the name; "Crumb
# & Co": a firm's names joined by "&"
NARRATIVE_SOLO: Final = re.compile(NARRATIVE_NAME.pattern.replace("(?:&\\s)?", ""))
"""NARRATIVE_NAME without its "&": the name before an "&" that joins two people."""
PARTICLE_NEXT: Final = re.compile(
    rf"\s(?:{'|'.join(INNER_PARTICLES)})\s(?:(?:{'|'.join(INNER_PARTICLES)})\s)?[{UPPER}]"
)
"""A particle and a capitalised word after a word: a name may go on ("Ana de la Cruz")."""
HONORIFIC_ONE: Final = re.compile(
    rf"\b(?:{'|'.join(PATTERN_TITLES)})\.?\s[{UPPER}][\w’'\-]*[{LOWER}]\b(?!\s[{UPPER}])"
)
NAME_PATTERNS: Final = (NARRATIVE_NAME, HONORIFIC_ONE)
CAP_WORD: Final = re.compile(rf"[{UPPER}](?<!\w[{UPPER}])[\w’'\-]*[{LOWER}]\b")
"""A capitalised word: the capital first and the word boundary checked behind it, so the
regex engine can skip to the next capital (twice as fast as a leading ``\\b``)."""


def source_subject(registry: Registry, ante: Mention, usual: str | None) -> str | None:
    """What an "it" opening its sentence stands for when the sentence before has a document
    or a named body ``ante`` for subject (see ``attribution.source_before``): the document
    as written, or the body: not a person known as a he or she, nor a name opening with a
    given name ("Rosa Hale met the board. It said …" is the board); a name the registry could
    not tell from a person's may be a body ("Kestral Biologics"). ``usual`` is what "it"
    names without the sentence before: the body's full name when the subject was its first
    word ("Halden said …" of Halden Group)."""
    if ante.kind == "description":
        np = list(ante.head or ante.tokens)
        if np[-1].lower in IT_BODIES and np[-1].lower not in DOCUMENT_NOUNS:
            # "The company denied it": the business named before, or the one body named so
            # far that the noun fits ("Kelso Rovers …. The club denied it"); else as described
            named = speaker_name(registry, ante)
            if len(np) == 2 and (named is None or registry.entity(named) is None):
                return registry.restated_body(np[-1].lower) or named
            return named
        return spaced(np)
    named = speaker_name(registry, ante)
    ent = registry.entity(named) if named is not None else None
    if ent is None or named is None:
        return None
    if usual is not None and named in usual.split():
        return usual
    parts = named.split()
    # "Stanley Transport said …. It said": a trade's word ends a body's name, a given name first or not
    return (
        named
        if not ent.person or not (ent.gender or (given_gender(parts[0]) and not trade_words(parts)))
        else None
    )


def person_run(registry: Registry, side: list[Token]) -> bool:
    """Whether ``side`` is a short run of capitalised words the registry holds for no body."""
    if not 0 < len(side) <= 3 or not all(t.is_cap and t.text.isalpha() for t in side):
        return False
    ent = registry.named_by(side)
    return ent is None or ent.person


def named_as_one(before: str, noun: str) -> str | None:
    """The last "The Lund family" (capitalised words before ``noun``) in ``before``, if any."""
    names = re.findall(rf"(?:\b[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+)+{re.escape(noun)}\b", before)
    return names[-1] if names else None


PAIR_NAMED: Final = re.compile(r"[A-Z][\w'’-]*,?\s+and\s+(?:[A-Z]|(?:his|her|their)\s)")
"""Two people named as a pair: "Ann Roe and Ivo Lund", "Tomas and Erik", "Mira Sandvik and her"."""
PLURAL_OPENER: Final = re.compile(r"(?:^|[.!?]\s+)[A-Z][a-z]+(?<![su])s\b")
"""A sentence opening with a plural ("Pickets blocked …", "Drivers have …"): a plural subject."""
SENTENCE_CLOSE: Final = re.compile(r"[.!?](?:\s|$)")
"""The end of a sentence."""
THEY_WORD: Final = re.compile(r"\b[Tt]hey\b")
"""A "they" (a group's, before an unnamed body's mention)."""
PAIR_SUBJECT: Final = re.compile(
    r"(?:^|[.!?]\s+)((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+\s+and\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)(?=\s+[a-z])"
)
"""Two people named by "and" opening a sentence as its subject ("Tomas and Erik Reinholt grew up")."""
NAME_RUN: Final = re.compile(r"(?:^|[.!?]\s+)(?:The\s+)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")
"""Two capitalised words in a row opening a sentence: a name as subject ("Glass Orchard formed
…", "Port Ellis United lost …")."""


def paragraph_before(text: str, at: int) -> str:
    """The text of ``at``'s paragraph before it (a bounded reach)."""
    before = text[max(0, at - THEY_BODY_LOOKBACK) : at]
    return before[before.rfind("\n") + 1 :]


def people_word(word: str) -> bool:
    """Whether ``word`` (as written) names people: a plural of them or a few as one ("couple")."""
    w = word.strip(',.;:!?()“”"').lower()  # not a possessive ("the campaigners' leader")
    return people_plural(w) or w in PEOPLE_AS_ONE


def declares_they(text: str, at: int) -> bool:
    """Whether a person named at ``at`` is said in the person's own clause to go by "they": an
    aside or relative right after the name ("Sam Oke, who uses they/them pronouns,", "Ren
    Tollak, 34, is nonbinary"), never words of another person named after it ("Ann Moray met
    Ren Tollak, who …") nor of a noun phrase ("a counsellor for nonbinary teenagers", "who
    works with non-binary students")."""
    said = THEY_ASIDE.match(text, at, at + THEY_DECLARED_REACH)
    if said is None:
        return False
    words = said.group(1).split()
    after = text[said.end() : said.end() + 30].split()
    following = after[0].lower().strip(",.;:") if after else ""
    if len(words) == 1 and words[0] in INDEFINITE_ARTICLES:
        # "Kit Varro, a non-binary artist,": the appositive's head is the person
        return person_noun(following) and not people_plural(following)
    if any(w in ARTICLES_AND_POSSESSIVES for w in words):
        return False
    return not person_noun(following)


THEY_ASIDE: Final = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s*\d{1,3},?)?\s*,?\s*(?:who\s+)?((?:[a-z]+\s+){1,2})(?i:"
    + "|".join(re.escape(w) for w in sorted(THEY_PERSON_MARKS))
    + r")(?![\w/-])"
)
"""A person's name and the aside or relative on it that says the person goes by "they"."""


PLACE_OF_BODY: Final = re.compile(
    r"\s+(?:"
    + "|".join(sorted(lx.BODY_PLACE_PREPS))
    + r")\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=[\s,.])"
)
"""A place right after a body's noun ("The school in Brockley Vale", "the museum at Kell
Head"): where the body is, not a body of its own."""


def place_of_body_end(text: str, end: int) -> int:
    """The end of the place phrase right after the description ending at ``end`` (see
    ``PLACE_OF_BODY``), or ``end`` when none: a name in it is no rival for the body's "they"."""
    found = PLACE_OF_BODY.match(text, end)
    return found.end() if found is not None else end


def body_named_since(registry: Registry, since: int, until: int) -> bool:
    """Whether a body was named between ``since`` and ``until`` (among the recent entities):
    a rival for a "they" after the subject ("Lee and Keel sued the Grain Board. “…,” they
    said" may be either)."""
    return any(not e.person and since <= e.named_at < until for e in registry.candidates())


RESTRICTIVE_AFTER: Final = re.compile(r"\s+(?:who|that|whom)\b")
"""A relative without a comma right after a noun: it picks out which ones ("The pair who …")."""


def other_group(since: str, text: str, end: int) -> bool:
    """Whether a group noun ending at ``end`` may stand for people other than a pair named as
    subject before it, ``since`` being the words between: a group brought in there by "a"
    ("… sold the farm to a couple from Leeds", "found a family sheltering") or people in the
    plural ("… hosted two students"), or a relative that picks the group out ("The pair who
    replaced them")."""
    words = [w.strip(',.;:!?()“”"').lower() for w in since.split()]
    for k, w in enumerate(words):
        if w in lx.INDEFINITE_ARTICLES and k + 1 < len(words) and words[k + 1] in lx.PEOPLE_AS_ONE:
            return True
        if people_plural(w):
            return True
    return RESTRICTIVE_AFTER.match(text, end) is not None


def counted_they(registry: Registry, text: str, at: int, counted: list[Token]) -> str | None:
    """Who the "they" after a subject counting a group at ``at`` ("All three", "Both", "The
    two", "All four of the men") stands for: the group as counted ("All three"), or the pair of
    names it counts ("Ann Roe and Ivo Lund opened the shop. Both have left", "It heard from two
    nurses, Ann Roe and Eve Park. Both …"), read from the nearest earlier mention of as many
    (``counted_referent``). None (the reading before applies) when that mention is of things
    ("Kell Council has three libraries. The three will close"), or of people that the subject
    of their own sentence acts on ("Officers arrested three teenagers. All three were
    released"): those are not the ones who speak, or a rival "they" stands before them."""
    value = group_size(counted)
    before = paragraph_before(text, at)
    toks = words(text, at - len(before), at)
    found = counted_referent(registry, toks, value) if value > 0 else None
    if found is None:
        return spaced(counted)  # "All three were arrested": no group named before to check
    r, e = found
    if toks[r].lower != "and" and not people_noun(toks[e - 1].lower) and not agent_plural(toks[e - 1].lower):
        return None  # "three libraries": things
    if acted_on(registry, toks, r if toks[r].lower != "and" else pair_start(toks, r)):
        return None  # "Officers arrested three teenagers": the officers may be the "they"
    if toks[r].lower == "and":
        return spaced(toks[pair_start(toks, r) : e])  # the pair named before
    return spaced(counted)


def group_size(counted: list[Token]) -> int:
    """How many a counted subject counts ("All three" 3, "Both" 2, "All 4" 4); 0 if unknown."""
    for t in counted:
        if t.lower == "both":
            return 2
        if t.text.isdigit():
            return int(t.text)
        if t.lower in SPELLED_COUNTS:
            return SPELLED_COUNTS[t.lower]
    return 0


def counted_referent(registry: Registry, toks: list[Token], value: int) -> tuple[int, int] | None:
    """The nearest mention in ``toks`` (read from the end) of the group a count of ``value``
    stands for: the count with its noun ("three teenagers": the count's index and the end of
    its noun), or for two, a pair of names joined by "and" of people or bodies the registry
    holds ("Dan Moss and Eli Park": the "and"'s index and the pair's end; not "Leeds and
    York")."""
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if (
            value == 2
            and t.lower == "and"
            and 0 < k < len(toks) - 1
            and toks[k - 1].is_cap
            and toks[k + 1].is_cap
        ):
            e = k + 1
            while e < len(toks) and e - k <= 3 and toks[e].is_cap:
                e += 1
            left, right = toks[pair_start(toks, k) : k], toks[k + 1 : e]
            if entity_named(registry, right) is not None and (
                entity_named(registry, left) is not None or len(left) == 1  # "Ann and Eve Roe"
            ):
                return k, e  # "Ann Roe and Ivo Lund"
            continue
        if (t.text.isdigit() and int(t.text) == value) or SPELLED_COUNTS.get(t.lower, 0) == value:
            np = np_forward(toks, k, len(toks))
            if np is None or len(np) < 2 or np[0] is not t or not np[-1].text.isalpha():
                return None  # "three of them", "two days": no noun of a group to read
            return k, index(toks, np[-1], k) + 1  # "three teenagers", "Three young nurses"
    return None


def pair_start(toks: list[Token], k: int) -> int:
    """Where the pair of names joined by the "and" at ``k`` starts ("Dan Moss and …")."""
    s = k
    while s > 0 and k - s < 3 and toks[s - 1].is_cap and toks[s - 1].lower not in STOP:
        s -= 1
    return s


def acted_on(registry: Registry, toks: list[Token], r: int) -> bool:
    """Whether the group mentioned from ``toks[r]`` stands after the subject of its sentence
    and its verb, as what that subject acts on, and that subject may be a "they" itself
    (people, a body, a pair: "Officers arrested three teenagers", "Kell Council has three
    libraries"), not as the subject of a report ("Police said Dan Moss and Eli Park were
    held") nor after one "they" may not stand for ("It heard from two nurses")."""
    s = r
    while s > 0 and toks[s - 1].text not in (".", "!", "?"):
        s -= 1
    if s == r:
        return False  # "Three nurses were suspended": the group is the subject
    prev = toks[r - 1].lower if toks[r - 1].lower != "that" else toks[r - 2].lower if r - 2 >= s else ""
    if prev in CUE_FORMS:
        return False  # "Police said Dan Moss and Eli Park were held": a report's subject
    subject = sentence_subject(toks, s, r)
    if subject is None or (toks[r - 1].text == "," and subject[-1] is toks[r - 2]):
        return False  # "Two sisters, Ann and Eve Roe, run the farm": the subject named again
    last = subject[-1].lower
    if last == "they" or any(t.lower == "and" for t in subject):
        return True
    if people_plural(last) or agent_plural(last) or last in IT_BODIES or last in PEOPLE_AS_ONE:
        return True  # "Officers", "Police", "The council", "The family"
    named = entity_named(registry, subject) if subject[0].is_cap else None
    return named is not None and not named.person  # "Kell Council"


def they_as_one(registry: Registry, text: str, ante: Mention, np: list[Token]) -> str | None:
    """A "they" for a subject that is people but not a plural noun of them: a few people named
    as one ("The couple", "The Lund family", "Both brothers"), or counted with no noun ("All
    three", "Both", "All four of the men": ``subjects.counted_group``); a family by its name in the
    plural ("The Lunds"); two named people joined by "and" ("Ann Roe and Ivo Lund", "Roe and
    Lund"); a person said to go by "they" where first named ("Sam Oke, who uses they/them
    pronouns,"). None otherwise: the reading before applies."""
    whole = list(ante.tokens)
    counted = whole if group_counted(whole) else np if group_counted(np) else []
    if counted:
        return counted_they(registry, text, ante.start, counted)
    last = np[-1]
    if last.lower in PEOPLE_AS_ONE:
        if len(np) == 2:
            # "The team" after Rellan Athletic, "the couple" after a named pair: what the noun
            # stands for when the lookup finds it; else, with anyone or any body named before
            # that it may stand for, the reading before
            if (stands := registry.description(np)) is not None:
                return stands
            before = paragraph_before(text, ante.start)
            if (kin := named_as_one(before, last.lower)) is not None:
                return kin  # "The Lund family … The family …": the family named so
            pairs = list(PAIR_SUBJECT.finditer(before))
            if (
                pairs
                and last.lower not in NAMED_AS_ONE
                and not other_group(before[pairs[-1].end() :], text, ante.end)
            ):
                return pairs[-1].group(1)  # "Ann Roe and Ivo Lund married …. The couple …"
            if (
                PAIR_NAMED.search(before) is not None
                or (last.lower in NAMED_AS_ONE and NAME_RUN.search(before) is not None)
                or any(
                    not e.person and ante.start - len(before) <= e.named_at < ante.start
                    for e in registry.candidates()
                )
            ):
                # two people named as a pair ("Ann Roe and Ivo Lund", "Mira Sandvik and her
                # husband") or a body (a club, a band) in the paragraph: the reading before
                return None
        return spaced(np)  # "The couple", "Both brothers"
    if (
        ante.kind == "description"
        and (np[0].lower == "the" or np[0].lower in INDEFINITE_ARTICLES)
        and last.lower in IT_BODIES
    ):
        # "The council voted …. “…,” they said": a body's "they" in speech, when no body was
        # named that the noun may stand for (then the reading before finds it: "the board" for
        # Water Board, "the firm" for Marlow Holdings)
        place = place_of_body_end(text, ante.end)
        if any(not e.person and not ante.end <= e.named_at < place for e in registry.candidates()):
            return None
        # nor when people are named after it ("The union, which represents 4,000 nurses,") or
        # before it ("Nurses walked out. The hospital said …"; a group's quote before a line
        # that the body did not comment): the "they" is likelier theirs
        between = text[ante.end : ante.end + THEY_DECLARED_REACH].replace('"', "“").split("“")[0]
        before = paragraph_before(text, ante.start)
        if THEY_WORD.search(before) is not None:
            return None  # a group's "they" before it ("“…,” they said. The ministry did not respond.")
        words = before + " " + between
        if PLURAL_OPENER.search(words) is not None:
            return None  # a plural subject of any kind ("Pickets blocked the gates.")
        return None if any(people_word(w) for w in words.split()) else spaced(np)
    if (
        len(np) == 2
        and np[0].lower == "the"
        and last.is_cap
        and last.text.isalpha()
        and last.lower.endswith("s")
        and not last.lower.endswith("ss")
        and len(last.text) > 3
    ):
        return spaced(np)  # "The Lunds": the family
    if ante.kind == "name":
        joins = [k for k, t in enumerate(np) if t.lower == "and"]
        if len(joins) == 1 and 0 < joins[0] < len(np) - 1:
            sides = (np[: joins[0]], np[joins[0] + 1 :])
            if all(person_run(registry, side) for side in sides):
                return spaced(np)  # "Ann Roe and Ivo Lund"
            return None
        if any(t.lower == "and" for t in ante.tokens):
            return None  # "Ann Moray and her partner, Sam Oke, who uses they/them pronouns,": either
        named = entity_named(registry, np)
        if named is not None and named.person:
            # a given name's usual sex does not count here
            if declares_they(text, named.first_at if named.first_at >= 0 else ante.start):
                return named.name
            # "Ann Moray met Sam Oke, who is nonbinary. “…,” they said": the one person the
            # subject's sentence names after it as going by "they"
            close = SENTENCE_CLOSE.search(text, ante.end, ante.end + THEY_DECLARED_REACH)
            end = close.start() if close is not None else ante.end
            marked = [
                e.name
                for e in registry.candidates()
                if e.person
                and e is not named
                and ante.end <= e.named_at < end
                and declares_they(text, e.named_at)
            ]
            return marked[0] if len(marked) == 1 else None
    return None


def previous_subject(
    registry: Registry, text: str, m: Mention, ante: Mention, centre: str = ""
) -> str | None:
    """Who a pronoun opening its clause stands for when the sentence before has ``ante`` for
    subject (centering: the previous subject ahead of its object): a named person whose
    gender agrees or is unknown ("Lopez thanked Allen. “…,” she said"); a person's role
    ("The prosecutor met reporters. He called …"); for "they", a plural of people
    ("Prosecutors welcomed the sentence. “…,” they said"). None (the pronoun resolves as
    before) when the subject does not agree, or when its gender is unknown and a person of
    the pronoun's known gender is named after it ("Hale introduced Ana Ruiz. “…,” she said")."""
    word = m.tokens[0].lower
    np = list(ante.head or ante.tokens)
    want = "m" if word == "he" else "f"
    if centre == ANSWERED:
        return answerer(registry, np, want, ante.kind)
    if centre == ASKED:
        # the one asked, when the pronoun agrees (else it resolves as before: the asker or
        # someone named since)
        if ante.kind == "name":
            return registry.subject(word, np)
        return (registry.description(np) or spaced(np)) if pronoun_agrees(word, np) else None
    known = ""
    if ante.kind == "name" and word != "they":
        # who ``registry.subject`` names at the end, read first: when no one, nothing else matters
        named = entity_named(registry, np)
        if named is None or not named.person or named.gender not in (want, "") or trade_name(named):
            return None
        known = named.gender
    if (
        word == "they"
        and not body_named_since(registry, place_of_body_end(text, ante.end), m.start)
        and (grouped := they_as_one(registry, text, ante, np)) is not None
    ):
        return grouped
    if not pronoun_agrees(word, np):
        return None
    if word == "they":
        if len(np) > 2 and np[1].lower in RELATIONAL_PREPS and people_plural(np[0].lower):
            np = np[:1]  # "Members of the Kelso city council", a head read whole as a name's
        # people, not a body (its "they" resolves as before) nor a surname ("Ann Clements")
        held = registry.by_last.get(np[-1].lower)
        # a plural in -ers heading the whole subject ("Runners filled …", not "The main
        # drivers of the rise were …")
        after = text[ante.end : ante.end + 20].split()
        verb = after[0] if after else ""
        doing = doers(np[-1].lower, verb) and finite(Token(verb, verb.lower(), 0, len(verb)))
        people = (
            plural(np) and (person_like(np[-1].lower) or doing) and (held is None or " " not in held.name)
        )
        whole = ante.tokens
        if people and np[0] is whole[0] and len(np) < len(whole) and whole[len(np)].lower in RELATIONAL_PREPS:
            # "Lawyers for the two men filed …. “…,” they said": the people as they were
            # brought in, with whom or what they stand for (as "an aide to Ann Roy" for he/she)
            return spaced(list(whole))
        return spaced(np) if people else None
    if ante.kind != "name" and (served := served_speaker(registry, ante, want)) is not None:
        return served  # "An aide to Ann Roy spoke. He said": the aide, never Ann Roy
    if ante.kind != "name":
        role = np[-1].lower in ROLE_NOUNS or np[-1].lower + "s" in SPEAKING_GROUPS
        known = gender_of(np)  # "the mayor", "the prosecutor" (one of "prosecutors")
        if centre == REPORTER and (role or known or AGE.fullmatch(np[-1].lower)):
            # "Hale was cleared. He did nothing wrong, the lawyer says. “…,” he added": the
            # reporter closing the sentence is a person of their own, not the one in focus
            # it reports about; but a definite role may restate that person (the pronoun
            # then resolves as before)
            if (resolved := registry.description(np)) is not None:
                return resolved
            opening = text[sentence_start(text, ante.start) : ante.start]
            return None if restates_focus(registry, np, opening) else spaced(np)
        if not role:
            # "The health officer said she agreed": a description the article gave one person
            # (", the county's health officer") is that person, when the gender agrees
            given = registry.description(np)
            person = registry.entity(given) if given is not None else None
            if person is not None and person.gender in (want, ""):
                return given
            if (
                np[0].lower in INDEFINITE_ARTICLES
                and person_noun(np[-1].lower)
                and not restated(text, ante)
                and not text[sentence_start(text, ante.start) : ante.start].strip()
                and (not text.startswith(",", ante.end) or WHO_ASIDE.match(text, ante.end) is not None)
                and speaks_first(text, (words_at := past_who_aside(text, ante.end)), m.start)
                and not speaks_about(registry, text, words_at, m.start, want)
            ):  # it opens its sentence and is no fronted aside ("Now a consultant, the general says")
                # "A former dispatcher said …. “…,” she said": an unnamed source brought in to
                # speak is someone new, not the woman named before (as for a role, below)
                return spaced(np)
            return (
                spaced(np)
                if person_noun(np[-1].lower)
                and (opening_person(registry, text, ante, want) or only_person(registry, text, ante, want))
                else None
            )
    if not known and not centre:
        # "Pim answered a message from Ann Ruiz. “…,” she wrote", "Hale introduced Ana Ruiz as
        # chief. “…,” she said": a person the sentence brings into focus after the subject
        # (see ``introduced``), whose gender is known to agree, is likelier than a subject whose
        # gender is not known; any other person named after it is not ("Hale sat beside Ann
        # Ruiz", "Hale doubted Ruiz’s lead": the subject is the centre)
        stop = QUOTE_OPEN.search(text, ante.end, m.start)
        end = stop.start() if stop else m.start
        low = text[ante.end : end].lower()
        if possessive_gender(low) not in ("", want):
            return None  # "Oren Tal hugged his daughter, Mia.": "his" is the subject's, no "she"
        for ent in registry.candidates():
            if ent.person and ent.gender == want and ent.last in low:
                at = word_at(ent.last, low)
                if at >= 0 and introduced(text, ante.end, ante.end + at, ante.end + at + len(ent.last)):
                    return None
    if ante.kind == "name":
        return registry.subject(word, np)
    if (resolved := registry.description(np)) is not None:
        return resolved
    # "the candidate" is most often the person in focus, whom the pronoun goes to as before,
    # unless there is none or that person was given another role ("Sen. Ann Lee … the former
    # president"), not a former one ("former Secretary of State Ann Lee … the candidate")
    head = np[-1].lower
    pick = agreeing_person(registry, want)
    roles = (
        {r for r in pick.roles if r in ROLE_NOUNS} if pick is not None and FORMER not in pick.roles else set()
    )
    # nor when the subject brings in someone new ("A prosecutor told jurors that Lee had lied.
    # “…,” he said": a prosecutor, never the former director Lee the article is about); an
    # office holder doing its office to someone ("A judge sentenced Lee to ten years") brings
    # in no speaker unless it speaks there
    new = (
        np[0].lower in INDEFINITE_ARTICLES
        and not restated(text, ante)
        and (head not in ROLE_NOUNS or speaks_first(text, ante.end, m.start))
    )
    return (
        spaced(np)
        if pick is None or new or (roles and head not in roles) or opening_person(registry, text, ante, want)
        else None
    )


def contrast_pick(registry: Registry, m: Mention, second: Mention, first: Mention) -> Mention | None:
    """Which subject of a contrast a he/she ``m`` after it stands for when no list of first
    names told either one's sex ("Orr declined to comment, but Vint was blunt. “…,” she said"):
    the second (who the contrast says speaks) unless the article has shown it to be of the
    other sex; then the first, unless it too is shown to be of the other sex (None: see
    ``shown_person``)."""
    want = "m" if m.tokens[0].lower == "he" else "f"
    if shown_sex(registry, second) in (want, ""):
        return second
    return first if shown_sex(registry, first) in (want, "") else None


def shown_person(registry: Registry, m: Mention) -> str | None:
    """The latest person named before whose sex, by a first name or the article's evidence, is
    that of the he/she ``m`` ("Ilsa Marr spoke first. … Orr declined to comment, but Vint was
    blunt. “…,” she said", Orr and Vint both shown to be men: Marr); None if no one."""
    want = "m" if m.tokens[0].lower == "he" else "f"
    return next((e.name for e in registry.candidates() if e.person and e.gender == want), None)


def shown_sex(registry: Registry, ante: Mention) -> str:
    """The sex ("m"/"f") the registry holds for the person a subject mention names, by a first
    name or the article's own evidence; that of a description's words; "" if none."""
    np = list(ante.head or ante.tokens)
    if ante.kind != "name":
        return gender_of(np)
    named = entity_named(registry, np)
    return named.gender if named is not None and named.person else ""


def entity_named(registry: Registry, np: list[Token]) -> Entity | None:
    """Who the registry holds for the name in a subject's words (``person_name``'s run), if any."""
    run = person_name(np)
    return registry.named_by(run) if run else None


def agreeing_person(registry: Registry, want: str) -> Entity | None:
    """The person a he/she wanting gender ``want`` goes to first: the latest candidate who is a
    person of that gender or of none known."""
    return next((e for e in registry.candidates() if e.person and e.gender in (want, "")), None)


def speaks_first(text: str, end: int, until: int) -> bool:
    """Whether the first verb after a subject ending at ``end`` is one of saying ("A prosecutor
    told jurors that …", "A spokesman said …"): the subject speaks in its sentence. Not one
    acting on someone ("A judge sentenced Ivo Lund to ten years", "A manager fired her"),
    whom a first-person quote after it is likelier to be from."""
    after = words(text, end, min(until, end + 80))
    for k, t in enumerate(after):
        if cue_word(t):
            # "A manager fired Ivo Lund": a verb that needs its particle ("fired back") to say
            needs = PARTICLE_CUES.get(CUE_FORMS[t.lower], ())
            return not needs or (k + 1 < len(after) and after[k + 1].lower in needs)
        if finite(t) or t.quote >= 0 or t.text in SENTENCE_ENDS:
            return False
    return False


def speaks_about(registry: Registry, text: str, end: int, until: int, want: str) -> bool:
    """Whether an unnamed source, its words after ``end``, reports about a person of sex
    ``want`` named before it, by a he/she of that sex in its sentence ("Rosa Marr runs the
    shop. A neighbour says she is the one who organises everything. “Somebody has to,” she
    says": the later she is Marr), unless the quote being resolved speaks of that person in
    the third person too ("A relative says she had been unwell. “We want her home,” she says":
    the relative)."""
    if agreeing_person(registry, want) is None:
        return False
    for t in words(text, end, min(until, end + ABOUT_REACH)):
        if t.quote >= 0 or t.text in SENTENCE_ENDS:
            return False
        if t.lower in THIRD_PERSON and PRONOUN_GENDER.get(t.lower) == want:
            a, b = registry.quoted
            said = {w.strip(".,;:!?—–'’\"“”").lower() for w in text[a:b].split()}
            return not any(PRONOUN_GENDER.get(w) == want for w in said)
    return False


ABOUT_REACH: Final = 160
"""How far into an unnamed source's sentence ``speaks_about`` reads for a he/she."""


WHO_ASIDE: Final = re.compile(r", who [^,.;:!?\"“”\n]{1,160}, ")
"""A relative clause on a person set off by commas: ", who spoke on condition of anonymity, "."""


def past_who_aside(text: str, end: int) -> int:
    """Where the words after a subject ending at ``end`` go on past a "who" clause set off by
    commas ("A nurse, who asked not to be named, said"), or ``end`` when there is none."""
    m = WHO_ASIDE.match(text, end)
    return m.end() - 1 if m is not None else end


NAME_AFTER_DESCRIPTION: Final = re.compile(r"[^,.;:!?\"“”\n]{0,40}, [A-Z]")
"""The rest of a description (its of-phrase) and a capital set off after it, matched where the
description ends ("An avid gardener, Ann Lee grew …"; "A nurse, Ann Lee, said"): the
description is hers."""


def restated(text: str, ante: Mention) -> bool:
    """Whether the description ``ante`` is set off after a name (``apposed``) or has a name set
    off after it (``NAME_AFTER_DESCRIPTION``): it tells of the one named, bringing in no one new."""
    return apposed(text, ante.start) or NAME_AFTER_DESCRIPTION.match(text, ante.end) is not None


def apposed(text: str, at: int) -> bool:
    """Whether the words at ``at`` are set off after a name ("For Ann Lee, a retired nurse,"):
    they tell of the one named, and bring in no one new."""
    before = text[max(0, at - 40) : at]
    if not before.endswith(", "):
        return False
    word = before[:-2].split()[-1:]
    return bool(word) and word[0][:1].isupper() and unpossessed_word(word[0]).isalpha()


def opening_person(registry: Registry, text: str, ante: Mention, want: str) -> bool:
    """Whether the sentence the definite description ``ante`` is subject of names a person
    (last) before it, in a fronted phrase ("Questioned by the prosecutor, Mara Quill, about the
    payments, the accountant said little. “…,” he said"), and the person a he/she wanting
    gender ``want`` would go to in place of ``ante`` (the latest named who agrees) is such a
    person or none (Mara known a woman's name, no man named): someone a fronted phrase brings
    in is not its sentence's subject, so the pronoun goes to the subject. Not an indefinite
    description, which may restate a name set off before it ("…, Eskil Moen, a joiner, built")."""
    if ante.tokens[0].lower != "the":
        return False
    since = sentence_start(text, ante.start)
    toks = words(text, since, ante.start)
    if not toks or toks[0].lower in SOURCE_WORDS:
        return False  # "According to Ivo Pell, the manager …": the source may speak next
    if any(t.lower in PERSON_POSSESSIVES and PRONOUN_GENDER.get(t.lower, want) != want for t in toks):
        return False  # "Flanked by his lawyer, Mara Quill, the defendant …": a he, so "she" is not
    fronted = [
        e
        for e in registry.candidates()
        if e.person and since <= e.named_at < ante.start and fronted_object(toks, e.named_at)
    ]
    if not fronted:
        return False
    pick = agreeing_person(registry, want)
    return pick is None or any(e is pick for e in fronted)


def only_person(registry: Registry, text: str, ante: Mention, want: str) -> bool:
    """ "The inspector looked tired. “…,” he said": a definite description of one person opening
    the sentence before as its subject is the one a he or she stands for when the article has
    named no person of the pronoun's sex (or of none known), who could be the one it restates.
    Its head must be a noun of one person (ONE_PERSON_HEADS; an agent ending is no evidence:
    "The printer", "The tanker") of no other sex ("The landlady … he said"), alone (not "The
    nurse and her son", "The vicar, the organist and …") and not set beside a thing ("The
    shelter, a converted barn,")."""
    head = (ante.head or ante.tokens)[-1].lower
    if (
        ante.tokens[0].lower != "the"
        or head not in lx.ONE_PERSON_HEADS
        or word_gender(head) not in (want, "")
    ):
        return False
    if text[sentence_start(text, ante.start) : ante.start].strip():
        return False
    if text.startswith(lx.SECOND_NP_LEADS, ante.end):
        return False  # an apposition, a list or a second person after the description
    return agreeing_person(registry, want) is None


def fronted_object(toks: list[Token], at: int) -> bool:
    """Whether the name at offset ``at`` in the fronted phrase ``toks`` is an object the
    phrase brings in ("Questioned by Mara Quill, the accountant", "Like Ivo Pell, the
    driver", "Asked about Ivo Pell's exit, the coach"), not the subject of a clause ("After
    Mara Quill was cleared, the prosecutor", "On the day Ivo Pell left, the coach"), the source
    of a demand ("Under pressure from Mara Quill") nor one whose act a noun names after a
    preposition ("At Mara Quill's request"): such a person stays a candidate for a he/she."""
    i = next((i for i, t in enumerate(toks) if t.start == at), -1)
    if i < 0:
        return False
    if i > 0 and toks[i - 1].lower in SOURCE_WORDS:
        return False
    k = i
    while k < len(toks) and toks[k].is_cap and not possessive(toks[k]):
        k += 1
    if k < len(toks) and possessive(toks[k]):
        lead = toks[0].lower
        return lead.endswith(("ed", "ing")) or lead in PAST_FORMS  # "Asked about Ivo Pell's …"
    if k >= len(toks):
        return True
    nxt = toks[k]
    return not nxt.text[:1].isalpha() or not nxt.text.islower() or nxt.lower in NOUN_PREPOSITIONS


def served_speaker(registry: Registry, ante: Mention, want: str) -> str | None:
    """The description ``ante`` with the phrase after its head tying it to whom it serves ("An
    aide to Ann Roy", "A spokesman for Ann Roy", "The daughter of Ann Roy": see
    ``subjects.served_subject``), for a he/she wanting gender ``want`` after it: when the
    phrase names the person the pronoun would otherwise go to (the one described is someone
    else), when no such person is known, or when the description brings in someone new ("a",
    "an"); None (the pronoun resolves as before) otherwise or with no such phrase."""
    if len(ante.head) >= len(ante.tokens) or not ante.head:
        return None
    pick = agreeing_person(registry, want)
    last = pick.last.lower() if pick is not None else ""
    if (
        pick is None
        or ante.tokens[0].lower in INDEFINITE_ARTICLES
        or any(unpossessed(t).lower == last for t in ante.tokens[len(ante.head) :])
    ):
        return spaced(list(ante.tokens))
    return None


def answerer(registry: Registry, asker: list[Token], want: str, kind: str) -> str | None:
    """Who answers the question the mention ``asker`` (of ``kind``) put to "you" (see
    ``ANSWERED``): the person named last, of the gender ``want`` or none known, who is not the
    asker; None (the pronoun resolves as before) when the asker is not known or no one else
    fits."""
    if kind == "name":
        asking = entity_named(registry, asker)
    else:
        given = registry.description(asker)
        asking = registry.entity(given) if given is not None else None
    if asking is None and not (kind == "description" and asker[0].lower in ONE_OF_MANY):
        return None  # not known who asked ("one reporter" is no one named: anyone else may answer)
    for ent in registry.candidates():
        if ent is not asking and ent.person and not ent.thing and ent.gender in (want, ""):
            ent.gender = want
            registry.mark(ent)
            return ent.name
    return None


def doers(word: str, verb: str = "") -> bool:
    """ "runners", "taxpayers", "shopkeepers": a plural in -ers of one who does what only
    people do (DOER_VERBS, alone or closing a compound: the stem as written, with its "e"
    dropped, or its last consonant doubled), or the subject of a ``verb`` of reacting only
    people do ("Bikers cheered", "Commuters jeered"), read for the subject of the sentence
    before a "they" cue. Not "trailers", "posters", "flowers": a thing is no speaker, and
    "they" left unresolved is the lesser error."""
    if not word.endswith("ers") or len(word) <= 5:
        return False
    if CUE_FORMS.get(verb) in REACTION_LEMMAS:
        return True
    stem = word[:-3]
    return any(doer_stem(stem[k:]) for k in range(len(stem) - 1))


def doer_stem(stem: str) -> bool:
    """ "run(n)", "bak(e)", "pay": the stem of an -er noun is a verb of DOER_VERBS."""
    doubled = stem[-1] == stem[-2] and stem[:-1] in DOER_VERBS
    return stem in DOER_VERBS or stem + "e" in DOER_VERBS or doubled


def word_at(word: str, text: str) -> int:
    """Where ``word`` first stands in ``text`` with a word boundary on both sides (-1: nowhere),
    as ``re.search(rf"\\b{re.escape(word)}\\b", text)`` would tell, without compiling a pattern
    for every name (a compile costs more than the rest of ``previous_subject``)."""
    at = text.find(word)
    while at >= 0:
        if boundary(text, at) and boundary(text, at + len(word)):
            return at
        at = text.find(word, at + 1)
    return -1


def possessive_gender(low: str) -> str:
    """The gender the first possessive "his" or "her" of the lower-case words ``low`` tells
    (a subject's own, as in "hugged his daughter", "thanked her coach"): "m", "f", or "" when
    there is none or a "her" is an object ("thanked her for …", "met her.")."""
    ws = [w.strip(",.;:") for w in low.split()]
    for k, w in enumerate(ws):
        if w == "his":
            return "m"
        if w == "her" and k + 1 < len(ws) and ws[k + 1].isalpha() and ws[k + 1] not in STOP:
            return "f"
    return ""


def introduced(text: str, after: int, at: int, end: int) -> bool:
    """Whether the person named at ``at`` (their surname ending at ``end``) is brought into
    focus by the sentence that names them after its subject (which ends at ``after``): as the
    author of words the sentence names ("a message from Undersecretary Ann Ruiz", "a note by
    former envoy Lind"), as an object given a role ("introduced Ana Ruiz as police chief"), or
    as a part of the subject's own clause (see ``verb_partner``). Not a person inside a
    possessive ("doubted Ruiz’s plan"), a phrase of place or company ("sat next to Ann Ruiz",
    "met with Ann Ruiz") or a reported or embedded clause ("recalled that Ruiz’s lead …",
    "explained why he opposes Ann Ruiz")."""
    if text.startswith(" as ", end):
        return True
    if text.startswith(POSSESSIVE_S, end):
        return False  # a possessor: the subject stays the centre
    before = words(text, max(after, at - 80), at)
    k = len(before)
    while k > 1 and (before[k - 1].is_cap or (before[k - 1].lower in TITLE_LINKS and before[k - 2].is_cap)):
        k -= 1  # the name's first words and titles ("Secretary of State Ann Ruiz")
    if after >= at - 80 and verb_partner(before[:k]):
        return True
    for _ in range(2):
        if k > 1 and before[k - 1].text.isalpha() and before[k - 1].lower not in STOP:
            k -= 1  # a role in lower case before the name: "from envoy Rosa Lind"
    noun = before[k - 2].lower if k >= 2 and before[k - 1].lower in AUTHOR_PREPS else ""
    return noun in SPEECH_NOUNS or noun in DOCUMENT_NOUNS


def verb_partner(before: list[Token]) -> bool:
    """Whether a name right after the words ``before`` (all that follows the sentence's
    subject) is a partner in the subject's own clause: the object of its verb ("Hale
    endorsed Ann Ruiz", "Hale has introduced Ana Ruiz"), the one it goes to or comes from
    ("handed the award to Ann Ruiz", "lost to Ann Ruiz", "was defeated by Ann Ruiz", "passed
    the microphone over to …"), or the subject of a clause joined to it by "as"/"while"
    ("watched as Ann Ruiz took the oath"). Such a person of the pronoun's gender is likelier
    its antecedent than a subject whose gender is not known."""
    i = 0
    while i < len(before) and before[i].lower in AUXILIARIES and before[i].text.islower():
        i += 1  # "has", "later", "did not"
    if i >= len(before) or not before[i].text.isalpha() or not (finite(before[i]) or i > 0):
        return False
    if before[i].lower in STOP:
        return False  # "and", "that", "with": no verb of the subject's
    rest = before[i + 1 :]
    if not rest:
        return True  # the verb's object
    last = rest[-1].lower
    if last in PARTNER_LINKS and len(rest) <= 2:
        return True  # "watched as", "looked on while"
    if last not in TO_BY:
        return False
    mid = rest[:-1]  # nothing in "lost to", "was defeated by"
    if mid and mid[0].lower in PARTICLES_OUT:
        mid = mid[1:]  # "handed over the keys to"
    # "the award", "the floor", "his old seat": the verb's own object before the one it goes to
    return not mid or (
        mid[0].lower in ARTICLES_AND_POSSESSIVES
        and len(mid) <= 4
        and all(t.text.isalpha() and t.text.islower() and t.lower not in STOP for t in mid[1:])
    )


def boundary(text: str, at: int) -> bool:
    """``\\b`` at ``at``: a word character (as the regex engine reads one) on one side only."""
    left = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    right = at < len(text) and (text[at].isalnum() or text[at] == "_")
    return left != right


def described_as(np: list[Token], kind: str) -> str:
    """Who a described speaker is, for ``Registry.unmark``: "group" for a body or several
    people (its "they"/"it" is not a body named in its aside, but a "she" may be a person
    named there), else the one person's gender ("m"/"f"; "" unknown or a pronoun)."""
    if not (pronoun_agrees("he", np) or pronoun_agrees("she", np)):
        return "group"
    return gender_of(np) if kind != "pronoun" else ""


def apposed_name(registry: Registry, end: int) -> str | None:
    """ "The party's presumed nominee, Ivo Lund, has …": a description set off by a comma right
    before a person's name (its description mention ending at ``end``) is that person."""
    text = registry.text
    if text[end : end + 2] != ", ":
        return None
    after = words(text, end + 2, min(len(text), end + 60))
    run = person_name(after)
    if not run or run[0] is not after[0]:
        return None
    rest = after[len(run) : len(run) + 3]
    if rest and rest[0].text != "," and any(t.text in PHRASE_ENDS for t in rest):
        return None  # "The union chief, Lund felt, had …": a clause set off, not the name
    ent = registry.named_by(run)
    if ent is None or not ent.person:
        return None
    registry.mark(ent)
    return ent.name


def one_surname(registry: Registry, m: Mention) -> str:
    """The surname key when ``m`` names its speaker by a bare surname that namesakes share."""
    run = person_name(list(m.head or m.tokens))
    key = run[0].lower if len(run) == 1 else ""
    return key if registry.namesakes.get(key) else ""


def register_names(registry: Registry, text: str, start: int, end: int) -> None:
    """Register names of two or more words ("Sam Doyle", "Sen. Dana Whitlock") and "Mr. Hale" met in
    narrative text, and bring a known person named again by surname ("Then Hale left") to the
    front, in text order: "he" stands for the most recently named compatible person.

    One pass over the capitalised words; at each, the longer names that start there (as the
    name patterns' own scans would find them, longest first) are read before the word."""
    covered = 0
    ends = [start] * len(NAME_PATTERNS)
    line = [-1, -1, 0]  # the stretch of line in_headline read last, and its answer
    by_last, namesakes, short = registry.by_last, registry.namesakes, registry.short
    for w in CAP_WORD.finditer(text, start, end):
        p, e = w.span()
        c = text[e : e + 1]
        if (
            c == "."
            or (c.isspace() and (text[e + 1 : e + 2].isupper() or text[e + 1 : e + 2] == "&"))
            or (c == " " and "a" <= text[e + 1 : e + 2] <= "v" and PARTICLE_NEXT.match(text, e) is not None)
        ):
            # a name of two words or a title may start here (a capital after one space); no
            # name pattern matches at a word before a period but a title abbreviation
            titled = w.group() in PATTERN_TITLES
            if c != "." or titled:
                for m in names_at(text, p, end, ends, titled):
                    if p >= covered and register_name(registry, text, m, line, end):
                        covered = m.end()  # "Then Hale" registers nothing: its words are read one by one
        if p < covered:
            continue  # inside a name registered whole
        if c == " " and (body := joined_body(text, p, e, end)):
            registry.name(body, narrative=True, body=True)  # "the Bank of Esterra raised rates"
            covered = body[-1].end
            continue
        word = w.group()
        if word.endswith(POSSESSIVE_S):
            word = word[:-2]  # "Lee’s plan" names Lee again
        ent = by_last.get(word.lower())
        if ent is None:
            # "Hale left early.": a surname opening its sentence is a person
            if bare_subject(text, p, e, end):
                registry.name(words(text, p, e))
                if (ent := by_last.get(word.lower())) is not None:
                    told_gender(registry, text, ent, p, e, end)
            elif word == w.group() and (kind := body_kind(text, words(text, p, e)[0], e)):
                registry.name(words(text, p, e), narrative=True, body=True)  # "the insurer Kellbrook"
                if (ent := by_last.get(word.lower())) is not None and not ent.person:
                    ent.kinds.add(kind)
            elif text[p - 2 : p] == ", " and (relation := relation_before(text, p, e)):
                register_relation(registry, text, relation[0], relation[1], p, e, relation[2])
            elif (
                (gender := given_gender(word))
                and closing_reporter_word(text, p, e)
                and registry.name(words(text, p, e), narrative=True) is not None
                and (ent := registry.by_last.get(word.lower()))
            ):
                ent.gender = ent.gender or gender
            continue
        if ent.person and ent.name.split()[-1] == word and team_like(text, ent, p):
            # "the Mariners lined up" after "the champion Bayport Mariners": no person is
            # called "the" and a surname; a name no first name, title, role or pronoun made
            # a person is a team or a body, no he or she
            ent.person = False
            continue
        if ent.person and ent.name.split()[-1] == word:
            ent.last_alone = True
            if ent.last in namesakes:  # "Lee" after "Ann Lee" and "Tom Lee": "she" may mean her
                registry.mark_namesakes(ent.last, ent)
            short.setdefault(ent.last, ent)  # "Lee left early": the surname is hers
            registry.mark(ent)
            told_gender(registry, text, ent, p, p + len(word), end)


JOINED_NEXT: Final = re.compile(r" (?:of|for|on) (?:the )?[A-Z]")


def joined_body(text: str, p: int, e: int, end: int) -> list[Token]:
    """The body's name that a preposition joins from the capitalised word at ``p`` ("the Bank
    of Esterra", "Friends of the Vale River"; see ``names.joins_name``), with its "the"; empty
    when there is none: not an office ("Secretary of Commerce"), nor a word inside a name
    joined from further back, nor the object of a preposition of place or setting (``e``: the
    word's end). Bounded: 120 characters on."""
    if JOINED_NEXT.match(text, e) is None:
        return []
    toks = words(text, max(0, p - 12), min(end, p + 120))
    k = next((i for i, t in enumerate(toks) if t.start == p), -1)
    b = k - 2 if k >= 2 and toks[k - 1].lower == "the" else k - 1
    if k < 0 or office_title(toks[k]) or (b >= 1 and joins_name(toks, b)):
        return []
    if b >= 0 and (toks[b].lower in PREPOSITIONS_OF_SETTING or toks[b].lower in PLACE_PREPOSITIONS):
        return []  # "walked off the job at the Port of Halifax": a place there, not a body
    j = k + 1
    if not joins_name(toks, j):
        return []
    while j < len(toks) and (
        toks[j].is_cap or joins_name(toks, j) or (toks[j].lower == "the" and toks[j - 1].lower in NAME_PREPS)
    ):
        j += 1
    return toks[k - 1 if k and toks[k - 1].lower == "the" else k : j]


def team_like(text: str, ent: Entity, at: int) -> bool:
    """Whether ``ent``'s last word alone at ``at`` follows "the" ("the Mariners"), ``ent``
    being a name of two words or more ending in a plural that nothing made a person (no
    gender, no first name, no role of a person, never a quote's speaker)."""
    if text[max(0, at - 4) : at] not in ("the ", "The ") or ent.gender or ent.spoke:
        return False
    parts = ent.name.split()
    last = parts[-1]
    if not (last.endswith("s") and not last.endswith("ss")):
        return False  # "the Marlow team": a surname before a noun; a team's name is a plural
    if len(parts) < 2 or given_name(parts[0]) or any(person_role(r) for r in ent.roles):
        return False
    # team evidence: the name itself was given after "the"; else "the Adams campaign", "the
    # Rivers family", "the Myers were absent" name a person's campaign or family
    return the_before(text, ent.first_at)


def the_before(text: str, at: int) -> bool:
    """Whether the name at ``at`` was named after "the" and at most three lower-case words
    ("the visiting Fenmoor Wanderers", "the Harbor City Gulls"): no person is named so."""
    if at < 0:
        return False
    if text[at : at + 4] in ("the ", "The "):
        return True
    before = words(text, max(0, at - 60), at)
    k, skipped = len(before), 0
    while k > 0 and skipped < 3 and before[k - 1].text.isalpha() and before[k - 1].text.islower():
        if before[k - 1].lower == "the":
            return True
        k, skipped = k - 1, skipped + 1
    return k > 0 and before[k - 1].lower == "the"


CLOSING_CUE: Final = re.compile(r" ([a-z]+)[.,!?]")
OPENING_CUE: Final = re.compile(r", ([a-z]+) $")


def closing_reporter_word(text: str, start: int, end: int) -> bool:
    """ "…, Maria said." / "…, said Maria.": the word at ``start:end`` is the subject of a
    verb of saying in a clause set off by a comma at the end of its sentence (or before a
    comma), so a person (see ``attribution.closing_reporter``)."""
    if text[start - 2 : start] == ", ":
        cue = CLOSING_CUE.match(text, end)
        return cue is not None and cue.group(1) in CUE_FORMS
    opening = OPENING_CUE.search(text, max(0, start - 16), start)
    if opening is None or opening.end() != start or text[end : end + 1] not in ".,!?":
        return False
    return CUE_FORMS.get(opening.group(1)) in INVERTED_OPENING_LEMMAS


def relation_before(text: str, p: int, e: int) -> tuple[Token, str, bool] | None:
    """The noun of relation or role before the one-word name at ``p:e`` set off by commas
    after a possessive ("Lund’s brother, Anders,", "her coach, Gregor, said", "with his son,
    Ivo."), and the possessive in lower case: that word is a person of their own, not the
    possessor; and whether the phrase opens its sentence. None when the noun is a body, a
    work, a document or a place the code knows ("Hale’s firm, Acme,", "his hometown,
    Dover,")."""
    after = text[e : e + 2]
    if not (after[:1] in ",." or (after[:1] == " " and after[1:2].islower())):
        return None
    found = possessed_before(text, p, relation_owner)
    if found is None or not found[2]:
        return None
    before, j, _ = found
    noun = before[-2]
    if (
        not (noun.text.isalpha() and noun.text.islower())
        or noun.lower in NOT_RELATIONS
        or noun.lower.endswith(PLACE_ENDS)
    ):
        return None
    # the phrase opens its sentence: "His father, Declan, watched …" is its subject
    lo = max(0, p - 62)
    opens = before[j - 1].text[-1:] in SENTENCE_ENDS if j else lo == 0 or "\n" in text[lo : p - 2]
    return noun, before[j].lower, opens


def relation_owner(tok: Token) -> bool:
    """A word before a relation noun that makes it someone's ("his wife", "whose daughter",
    "Lund’s brother")."""
    return tok.lower in RELATION_OWNERS or tok.lower.endswith(POSSESSIVE_ENDS)


def possessed_before(
    text: str, start: int, owns: Callable[[Token], bool]
) -> tuple[list[Token], int, bool] | None:
    """The one reader of a possessed noun right before the name at ``start``, its comma
    between if any ("his wife, Dana Orr", "Lund’s brother, Anders", "her son Bram Ostrow"):
    the words before the name (about 60 characters), where the noun's owner (a word ``owns``
    accepts) stands, past one lower-case modifier ("his late wife", "her longtime coach"),
    and whether a comma sets the name off; None when no owner stands there. For the gender
    the noun tells (``kin_before``) and the relation it names (``relation_before``)."""
    before = words(text, max(0, start - 62), start)
    k = len(before)
    comma = k > 0 and before[-1].text == ","
    k -= comma
    if k < 2:
        return None
    j = k - 2
    modifier = (before[j].text.isalpha() and before[j].text.islower()) or AGE.fullmatch(before[j].lower)
    if j >= 1 and modifier and not owns(before[j]):
        j -= 1  # one modifier: "his late wife", "her eldest son", "the 40-year-old grandfather"
    return (before, j, comma) if owns(before[j]) else None


RELATION_OWNERS: Final = PERSON_POSSESSIVES | {"whose"}
"""The words before a relation noun that make it someone's ("his wife", "whose daughter")."""
SENTENCE_ENDS: Final = (".", "!", "?", "”", '"')
"""The last character of a word that ends a sentence (a quote's closing mark after its stop)."""


def register_relation(
    registry: Registry, text: str, relation: Token, owner: str, p: int, e: int, subject: bool
) -> None:
    """Register the name after ``relation`` ("his wife, Eva,") as a person filed under that
    word, with the relation's role. Only when the relation noun or the first name tells the
    gender: "Her coach, Gregor, hugged her. “…,” she said" may be either of the two; and,
    for a name set off by two commas, only when that gender is not the one the possessive
    ``owner`` tells: after "Mia Lund met her sister, Maria," a "she" may be either woman, and
    the subject stays the likelier (but "… her yesterday, Maria said" makes Maria a subject).
    As the ``subject`` of its sentence ("His father, Declan, watched …") the person is its
    centre whatever the gender: of the owner's when told, else the other one the possessive
    rules out ("Her coach, Gregor, kept her going. “…,” he said")."""
    word = text[p:e]
    low = word.lower()
    if low in PLACE_WORDS or low in STOP_CAPS or low in ORG_WORDS or low in TIME_NOUNS:
        return
    gender = gender_of([relation]) or given_gender(word)
    pronoun = PRONOUN_OF.get(owner, "")
    quiet = False  # filed under the relation, but a he or she after it stays with whom it was
    if subject and not gender and pronoun in ("he", "she"):
        gender = "f" if pronoun == "he" else "m"
    elif pronoun and text[e : e + 1] in ",." and gender == word_gender(pronoun) and not subject:
        quiet = True
    if not gender:
        rel = relation.lower
        if not (rel in ROLE_NOUNS or rel in OFFICE_NOUNS or rel in TITLES or people_plural(rel + "s")):
            return  # "his latest album, Thunder,": a thing
        quiet = True
    before = registry.recent.get(registry.newest)
    if quiet and (before is None or not before.person):
        return  # "Lund was there with his son, Ivo. “…,” he said": no possessor to keep in focus
    if registry.name([relation, Token(word, low, p, e)], narrative=True) is not None:
        ent = registry.by_last.get(low)
        if ent is not None and ent.person:
            ent.gender = ent.gender or gender
            ent.relation, ent.related_at = relation.lower, relation.start
            ent.owner = owner_of(registry, ent, owner)
        if quiet and before is not None:
            registry.mark(before)  # "her coach, Gregor, hugged her. “…,” she said": still her


def owner_of(registry: Registry, ent: Entity, owner: str) -> str:
    """The name of the person whose relation ``ent`` was just named, by the possessive
    ``owner``: a name's ("Tom Hale’s wife, Ann,"), else the person named last before whom a
    his/her/their may stand for ("Ravi Mehta and his wife, Lena,"); "" if none."""
    if owner.endswith(POSSESSIVE_ENDS):
        held = registry.by_last.get(owner[:-2] if owner.endswith(POSSESSIVE_S) else owner[:-1])
        return held.name if held is not None and held.person else ""
    want = word_gender(PRONOUN_OF.get(owner, ""))
    for other in registry.candidates():
        if other is not ent and other.person and (not want or other.gender in (want, "")):
            return other.name
    return ""


def told_gender(registry: Registry, text: str, ent: Entity, start: int, end: int, until: int) -> None:
    """Give the person ``ent``, just named at ``start:end`` with no gender known, the gender
    the article itself tells where the lists of first names are silent: a noun of kinship in
    apposition before the name ("his wife, Dana Orr", "her son Bram Ostrow") or after it ("Orr,
    a mother of three,"), or a he/she/his/her later in the sentence whose only possible
    referent is that person (see ``own_pronoun``; read up to ``until``, the narrative's end).
    Each is read in a bounded window, once per name met: linear on any input."""
    if ent.person and not ent.gender:
        ent.gender = (
            kin_before(text, start, end)
            or kin_after(text, end)
            or spouse_after(text, start, end)
            or joined_own(registry, text, ent, start, end)
            or kin_predicate(text, start, end)
            or (own_pronoun(registry, text, ent, start, end, until) if until > end else "")
        )


def kin_gender(tok: Token) -> str:
    """The gender a lower-case noun of a person tells ("wife", "widower", "mother"); not an
    office in "-man" said of anyone ("chairman"). Its callers read a noun after a possessive
    or set off by a comma (``kin_before``, ``kin_after``), or a lower-case word that is no
    pronoun (``rival``), so no pronoun or courtesy title reaches it."""
    low = tok.lower
    if low.endswith("man") and low != "man" and not low.endswith("woman"):
        return ""
    return word_gender(low)


def kin_before(text: str, start: int, end: int) -> str:
    """ "his wife, Dana Orr", "the victim’s mother, Dana Orr,", "her son Bram Ostrow": a
    gendered noun after a possessive (or, set off by a comma, an article), right before the
    name at ``start:end``, is that person. Set off by a comma, only when the name closes the
    phrase (", Dana Orr said" is a reporter, not the wife) and the phrase opens no fronted
    phrase ("Like her father, Dana Orr, a nurse, joined": someone else's father). The word
    before the name (and its comma) is read first: most names have no noun of kinship there."""
    behind = words_behind(text, max(0, start - 60), start)
    last = next(behind, None)
    last = next(behind, None) if last is not None and last.text == "," else last
    if last is None or not kin_gender(last):
        return ""
    found = possessed_before(text, start, owner_word)
    if found is None:
        return ""
    before, j, comma = found
    sex = kin_gender(before[-1 - comma])
    if not sex or (not comma and before[j].lower in ARTICLES):
        return ""
    if not comma:
        return "" if contact_verb(text, end) else sex  # "the son Ann Lee adopted"
    if text[end : end + 1] not in SET_OFF_CLOSES or fronted(before, j):
        return ""
    return sex


def kin_after(text: str, end: int) -> str:
    """ "Orr, a mother of three,", "Orr, 61, a retired widower,", "Orr, her husband,": a
    phrase set off after the name ending at ``end`` (see ``set_off``) whose head is a gendered
    noun; not after a name in a fronted phrase ("Thanks to Orr, his wife, Eva, …")."""
    head, _ = set_off(text, end)
    if head is None or not (sex := kin_gender(head)):
        return ""
    before = words(text, sentence_start(text, end), end)
    return "" if fronted(before, len(before)) else sex


WHOSE_NEXT: Final = re.compile(r", whose ([a-z]+)(?![\w-])(?: ([a-z]+)(?![\w-]))?")
"""A relative clause on "whose" set off after a name, its first two words (whole words: not
"husband-and-wife")."""


def spouse_after(text: str, start: int, end: int) -> str:
    """ "Olam, whose husband died in the flood,", "Adeyemi, whose late wife taught …": a spouse
    owned in a relative clause set off after the name at ``start:end`` tells that person's sex
    (see ``lexicon.SPOUSE_OWNER``); past one lower-case modifier. Not after a name in an
    of-phrase: "The sister of Orr, whose husband …" is the sister's."""
    m = WHOSE_NEXT.match(text, end)
    if m is None or previous_word(text, start).lower == "of":
        return ""
    first, second = m.group(1), m.group(2) or ""
    return SPOUSE_OWNER.get(first, "") or (SPOUSE_OWNER.get(second, "") if first not in STOP else "")


AND_OWN_NEXT: Final = re.compile(r" and (his|her) ([a-z]+)")
"""A subject joined to someone its own his/her names ("Orr and her wife", "Orr and his son")."""


def joined_own(registry: Registry, text: str, ent: Entity, start: int, end: int) -> str:
    """ "Tavi Orr and her wife moved …", "Orr and his son run …": a name opening its clause,
    joined by "and" to someone owned by a his/her, is the owner, unless someone else of that
    sex (or of none known) is named before it in its sentence or the one before ("Ana Roy
    founded it. Orr and her brother joined later": her brother may be Roy's), save one joined
    in the same words to one of their own ("Ana Roy and her husband run a bakery. Orr and her
    husband …": two husbands, each her its own subject's)."""
    m = AND_OWN_NEXT.match(text, end)
    if m is None or not heads_clause(text, start):
        return ""
    want = PRONOUN_GENDER[m.group(1)]
    return "" if rival_behind(registry, text, ent, start, want, 1, parallel=m.group(2)) else want


def previous_word(text: str, start: int) -> Token:
    """The word right before ``start`` (at most 40 characters back), or an empty token."""
    return next(words_behind(text, max(0, start - 40), start), NO_TOKEN)


NO_TOKEN: Final = Token("", "", 0, 0)


def heads_clause(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` opens its clause, so may be its subject: nothing
    before it in its sentence, or a mark, or a capitalised word or a title or role of its own
    ("Chief executive Orr"); not a lower-case word that holds it as an object ("The man who
    stabbed Orr", "A cousin of Orr", "Standing next to Orr")."""
    t = previous_word(text, start)
    if not t.text or "\n" in text[t.end : start] or t.is_cap or not t.text.isalpha():
        return True
    return is_title(t) or person_role(t.lower)


BE_PREDICATE: Final = re.compile(r" (?:is|was|remains|became) (?:a|an|the) ")
"""A copula and an article right after a name: what follows says what the person is."""


def kin_predicate(text: str, start: int, end: int) -> str:
    """ "Renke is a widow.", "Renke was a mother of three", "Renke became the first chairwoman
    of …": a noun that tells a sex, heading the predicate of the name at ``start:end`` (the
    name is its subject: nothing stands between, and it opens its clause, see ``heads_clause``:
    not "The officer who arrested Renke was a woman"), past at most three lower-case
    modifiers; the noun ends the phrase (a mark, "of", a relative or a stop word after it)."""
    m = BE_PREDICATE.match(text, end)
    if m is None or not heads_clause(text, start):
        return ""
    after = words(text, m.end(), min(len(text), m.end() + 60))
    for k, t in enumerate(after[:4]):
        if not (t.text.isalpha() and t.text.islower()) or t.lower in STOP:
            return ""
        nxt = after[k + 1] if k + 1 < len(after) else None
        if nxt is None or nxt.lower in STOP or not nxt.text.isalpha():
            return kin_gender(t)  # the head: what follows it is no more of the noun
    return ""


def set_off(text: str, end: int) -> tuple[Token | None, int]:
    """The phrase set off by a comma after the name ending at ``end``: an age (", 45,"), a
    description after an article or a possessive (", a mother of three,", ", the club’s
    founder,"), or both (", 61, a retired widower,"), closed by a comma or a stop (or a
    relative clause) before any verb ("After Orr, a woman spoke" sets off nothing). As (the
    description's head noun, or the age when there is none; where the phrase closes), or
    (None, -1)."""
    if not text.startswith(", ", end):
        return None, -1
    after = words(text, end, min(len(text), end + 120))
    k = 1
    if len(after) > 3 and after[1].text.isdigit() and after[2].text == ",":
        k = 3
    if k + 2 < len(after) and after[k].lower in ARTICLES and after[k + 1].lower.endswith(POSSESSIVE_ENDS):
        k += 1  # "the club’s founder": the possessive owns the head
    if k + 1 >= len(after) or not owner_word(after[k]):
        return (after[1], after[2].start) if k == 3 else (None, -1)
    h = k + 1
    while (
        h < len(after)
        and h - k <= 4
        and (
            (after[h].text.isalpha() and after[h].text.islower() and after[h].lower not in STOP)
            or AGE.fullmatch(after[h].lower)
            or (after[h].is_cap and after[h].text.isalpha() and after[h].lower not in STOP_CAPS)
        )
    ):
        h += 1  # "a retired midwife", "a Labour councillor": a capitalised word may qualify the head
    if h == k + 1 or after[h - 1].is_cap:
        return None, -1
    for t in after[h:]:
        if t.text in PHRASE_ENDS or t.lower in RELATIVE_PRONOUNS or t.lower == "whose":
            return after[h - 1], t.start
        if finite(t) or t.lower in CUE_FORMS:
            break
    return None, -1


SET_OFF_CLOSES: Final = (",", ".", ";", ")")
"""What may follow a name set off after a noun and a comma, for the noun to be that person's."""


def fronted(before: list[Token], j: int) -> bool:
    """Whether ``before[j]`` stands in a phrase fronted before its sentence's subject: the
    sentence opens with a preposition or a subordinator and no comma has closed it yet."""
    for k in range(j - 1, -1, -1):
        t = before[k]
        if t.text == ",":
            return False
        if t.text in SENTENCE_MARKS:
            return k + 1 < j and opener(before[k + 1])
    return bool(before) and j > 0 and opener(before[0])


def opener(tok: Token) -> bool:
    low = tok.lower
    return tok.is_cap and (low in NOUN_PREPOSITIONS or low in SUBORDINATORS or low in STOP_CAPS)


SENTENCE_MARKS: Final = lx.SENTENCE_MARKS
QUOTE_MARKS: Final = ("“", '"')
PRONOUN_WINDOW: Final = 240
"""How far after a name its own pronoun is looked for, and (twice that) how far back the
sentences before it are read for another person it could stand for."""


def own_pronoun(registry: Registry, text: str, ent: Entity, start: int, end: int, until: int) -> str:
    """ "Orr said her team was ready": the gender of the first he/she/his/her/him after the name
    at ``start:end`` in its sentence, when that person is the only one it can stand for: no
    other person (a name, a first name, a noun of a person, a pronoun of that gender, anyone
    spoken of in general: "Orr said anyone who lies knows he …") in the sentence, read to its
    end with no quote in it, nor in the two sentences before. "" otherwise, and when the name
    is a possessor ("Orr’s lawyer said her …") or its surname is shared. Read a few words at a
    time, up to the first rival: a sentence thick with names costs a few words a name."""
    if text.startswith(POSSESSIVE_ENDS, end) or registry.namesakes.get(ent.last):
        return ""
    want = ""
    # "Orr, the treasurer, said his …": the phrase set off after the name is that person,
    # unless it names another ("Orr, a friend of Tom Lee, said his …")
    _, closes = set_off(text, end)
    if closes > end and any(named_person(registry, t) or owner_person(t) for t in words(text, end, closes)):
        return ""  # "Tesch, the mayor's aide, said his …": his may be the mayor's
    prev = end = max(end, closes)
    last = ""
    owned = False  # in the phrase the pronoun found owns ("his brother"): no other referent
    bare = True  # the sentence names nothing after the name: see ``next_opener``
    simple = True  # no clause has opened since the name: its verb's own object or reflexive
    cued = False  # the word before was a verb of saying or thinking, which may open a bare clause
    bound = False  # a reflexive in the name's own clause: no one else it can stand for
    for t in words_ahead(text, end, min(until, end + PRONOUN_WINDOW)):
        if t.text in QUOTE_MARKS:
            return ""
        if t.text in SENTENCE_MARKS or "\n" in text[prev : t.start]:
            if not want and bare and t.text in SENTENCE_MARKS:
                want = next_opener(text, t.end, until)  # "Sasha Brill spoke next. He runs …"
            break  # the sentence ends here: the pronoun found, if any, is its only one's
        prev = t.end
        if cued and t.lower not in GENDERED and t.lower not in REFLEXIVE_SEX and t.lower != "to":
            simple = False  # "Orr said the gunman had shot himself": a bare clause of its own
        cued = t.lower in CUE_FORMS
        # no noun phrase after the name ("was the first to see the dog. He was shaking"): the
        # next sentence's He/Her can only be the name's
        bare = bare and t.text.isalpha() and t.text.islower() and t.lower not in DETERMINERS
        owned = owned and t.text.isalpha() and t.text.islower()
        if not want and t.lower in GENDERED:
            if simple and object_form(text, t):
                return ""  # "Brandt praised her", "Varo thanked him": the verb's object is someone else
            want = PRONOUN_GENDER[t.lower]
            owned = t.lower in PERSON_POSSESSIVES
        elif not want and simple and t.lower in REFLEXIVE_SEX:
            # "Brandt found himself alone": the subject's own, or the object's of a verb that
            # wants it to act ("asked Brandt to explain himself"); not when the name sits inside
            # the subject ("The man who hit Brandt turned himself in")
            bound = heads_clause(text, start) or text.startswith(" to ", end)
            want = REFLEXIVE_SEX[t.lower]
        elif not owned and (rival(registry, t, ent, want) or generic_one(last, t.lower)):
            return ""  # "Tal doubted her story, Maria said": she may be the one named after it
        last = t.lower
        if t.start > closes:  # the comma closing the name's own aside opens no clause
            simple = simple and t.text.isalpha() and t.text.islower() and t.lower not in CLAUSE_OPENERS
    else:
        return ""  # the sentence runs past what was read
    if not want or bound:
        return want
    return "" if rival_behind(registry, text, ent, start, want, 2) else want


def rival_behind(
    registry: Registry, text: str, ent: Entity, start: int, want: str, sentences: int, parallel: str = ""
) -> bool:
    """Whether someone a he/she/his/her of gender ``want`` may stand for, other than ``ent``
    named at ``start``, is named in the words of its sentence before it or in the
    ``sentences`` sentences before (not the name's own description set off before it: "The
    treasurer, Kerry Vint,"); True, to be safe, when those sentences run past what is read.
    ``parallel``: the noun a his/her after ``ent`` owns ("husband" of "Ivo Orr and her husband");
    one joined in the same words to one of their own ("Ana Roy and her husband run a bakery.
    Ivo Orr and her husband …") is then no rival, each her being its own subject's, nor is a
    lower-case noun only guessed to be a person by its ending ("the tower block"), nor an
    "I", "we" or "you"."""
    breaks = 0
    nxt = start
    back: list[Token] = []
    for t in words_behind(text, max(0, start - 2 * PRONOUN_WINDOW), start):
        if t.text in SENTENCE_MARKS or "\n" in text[t.end : nxt]:
            breaks += 1
            if breaks > sentences:
                break
        nxt = t.start
        back.append(t)
    else:
        if start - 2 * PRONOUN_WINDOW > 0:
            return True  # the sentences before run past what was read
    back.reverse()
    tail = described_before(back)  # "The treasurer, Kerry Vint,": the name's own description
    if tail < 0:
        return True  # "The mayor's aide, Kerry Vint, said his …": his may be the mayor's
    skip = -1
    for k, t in enumerate(back):
        if t.start >= tail:
            break
        if t.start < skip:
            continue
        after = back[k + 1] if k + 1 < len(back) else None
        if t.is_cap and after is not None and after.is_cap:
            held = registry.by_last.get(unpossessed(after).lower)
            if held is not None and t.text in held.name.split():
                continue  # "Tavi" of "Tavi Renlund": the surname after it tells who
        own = AND_OWN_NEXT.match(text, t.end) if parallel and t.is_cap else None
        if own is not None and PRONOUN_GENDER[own.group(1)] == want and own.group(2) == parallel:
            skip = own.end()  # the her of "Roy and her husband" is Roy's own
            continue
        if parallel and (
            t.lower in FIRST_SECOND_PERSON
            or (t.text.islower() and not (t.lower in GENDERED or kin_gender(t) or known_person(t.lower)))
        ):
            continue
        if rival(registry, t, ent, want) or generic_one(t.lower, after.lower if after is not None else ""):
            return True
        if t.is_cap and registry.by_last.get(unpossessed(t).lower) is not None:
            closes = set_off(text, t.end)[1]  # "Vint, the treasurer, said": Vint's own description
            if not any(named_person(registry, w) for w in words(text, t.end, closes)):
                skip = closes
    return False


def object_form(text: str, t: Token) -> bool:
    """Whether the he/she/his/her/him ``t`` is an object ("him"; "her" before no noun: "praised
    her.", "gave her the keys", "told her that …"), not a subject or a possessive. A word
    after "her" that is not a stop word or a determiner is taken for its noun or a modifier:
    "her family", "her early years", "her Senate seat", "her 2019 campaign"."""
    if t.lower == "him":
        return True
    if t.lower != "her":
        return False
    if not text.startswith(" ", t.end):
        return True  # "praised her.", "thanked her, saying …"
    nxt = NEXT_WORD.match(text, t.end)
    word = nxt.group(1) if nxt is not None else ""
    return word in STOP or word in DETERMINERS


NEXT_WORD: Final = re.compile(r" ([a-z]+)\b")
"""The lower-case word right after a word and one space."""


def named_person(registry: Registry, t: Token) -> bool:
    """Whether the capitalised word ``t`` names a person: one the registry knows by that
    surname, or a known first name."""
    if not t.is_cap:
        return False
    known = registry.by_last.get(unpossessed(t).lower)
    return (known is not None and known.person) or bool(given_gender(t.text))


def next_opener(text: str, at: int, until: int) -> str:
    """The gender of a He/She/His/Her opening the sentence that starts after ``at`` in the same
    paragraph (before ``until``), which stands for the only person the sentence before names:
    "Sasha Brill spoke next. He runs …", "Jordan Pell scored twice. Her second goal …".
    ``own_pronoun`` asks only when that sentence names nothing after the name (no article,
    owner or clause: not "Lee was the first to see the dog. He was shaking")."""
    t = next(words_ahead(text, at, min(until, at + 40)), None)
    if t is None or "\n" in text[at : t.start] or not t.is_cap or t.lower not in GENDERED:
        return ""
    return PRONOUN_GENDER[t.lower]


def described_before(back: list[Token]) -> int:
    """Where the words of a description set off before the name that ``back`` runs up to start
    ("The treasurer, Kerry Vint", "Her deputy, Tavi Renlund"), after its article or owner (an
    owner may be another person of the name's gender), the description opening its sentence:
    the noun is the name's own, no other person. Past the end of ``back`` when there is none;
    -1 when the description owns another person ("The mayor's aide, Kerry Vint")."""
    n = len(back)
    if n < 3 or back[-1].text != ",":
        return back[-1].end + 1 if back else 0
    i = n - 2
    while i > 0 and n - 1 - i <= 4 and back[i].text[:1].isalpha() and not back[i].is_cap:
        i -= 1
    if back[i].lower not in ARTICLES_AND_POSSESSIVES or (i > 0 and back[i - 1].text not in SENTENCE_MARKS):
        return back[-1].end + 1
    return -1 if any(owner_person(t) for t in back[i : n - 1]) else back[i].end


def owner_person(t: Token) -> bool:
    """Whether ``t`` is a lower-case possessive of a person ("the mayor's", "the boy's"): a
    description holding one tells of another person, so its name's his/her tells nothing."""
    low = t.lower
    if t.is_cap or not low.endswith(POSSESSIVE_S) or not low[:-2].isalpha():
        return False
    stem = Token(t.text[:-2], low[:-2], t.start, t.end - 2, t.quote)
    if stem.lower in SPEAKING_GROUPS or stem.lower in GROUP_NOUNS or stem.lower in ORG_WORDS:
        return False  # "the company's", "the party's": no he or she
    return person_noun(stem.lower) or bool(word_gender(stem.lower))


def generic_one(first: str, second: str) -> bool:
    """ "every person", "no one", "any individual": one person spoken of in general, whom a
    later he or she may stand for (see ``rival`` for "anyone", "whoever")."""
    return second in GENERIC_HEADS and first in QUANTIFIERS_OF_ONE


def rival(registry: Registry, t: Token, ent: Entity, want: str) -> bool:
    """Whether the word ``t`` may name a person other than ``ent`` whom a pronoun of gender
    ``want`` ("" any) could stand for: a person the registry knows, a first name, a noun of a
    person, one spoken of in general ("anyone", "whoever") or a he/she/his/her of that gender."""
    low = t.lower
    if t.is_cap and low not in GENDERED:  # "Her deputy, …": a pronoun opening its sentence
        if is_title(t) or low in STOP_CAPS or low in NOT_NAMES or low in MONTHS or low == "i":
            return False
        other = registry.by_last.get(unpossessed(t).lower)
        if other is not None:
            return other is not ent and other.person and (not want or other.gender in (want, ""))
        sex = given_gender(t.text)
        if sex:
            return not want or sex == want
        # a capitalised word no one has been registered under may be a person named in passing
        return not (low in ORG_WORDS or low in PLACE_WORDS or low.rstrip("s") in PEOPLE_BY_ORIGIN)
    sex = PRONOUN_GENDER[low] if low in GENDERED else kin_gender(t)
    if sex:
        return not want or sex == want
    if low in GENERIC_PERSONS:
        return True
    if low in SPEAKING_GROUPS or low in GROUP_NOUNS or people_plural(low) or agent_plural(low):
        return False  # "the board", "reporters": no he or she
    return t.text.isalpha() and person_noun(low)


def names_at(text: str, p: int, end: int, ends: list[int], titled: bool) -> list[re.Match[str]]:
    """The names starting at ``p`` as the name patterns' own scans would find them (``ends``:
    where each of NAME_PATTERNS last matched), longest first. ``titled``: the word at ``p``
    is one of PATTERN_TITLES, without which HONORIFIC_ONE cannot match there (the only one of
    the two to read a word in the three capitalised words in a hundred that are one). A
    list, not a dict by pattern: a compiled pattern hashes its whole program on every lookup."""
    names: list[re.Match[str]] = []
    for k, pattern in enumerate(NAME_PATTERNS):
        if k and not titled:
            break
        if p >= ends[k] and (m := pattern.match(text, p, end)) is not None:
            if not k and "&" in m.group() and two_people(m.group().split()):
                m = NARRATIVE_SOLO.match(text, p, end)  # "Ann Lee & Tom Hale": two names
                if m is None:
                    continue
            names.append(m)
            ends[k] = m.end()
    return names


def two_people(run: list[str]) -> bool:
    """Whether the "&" in the capitalised words ``run`` joins two people, not a firm's names
    ("Crumb & Co", "Voss & Lind"): a given name follows it ("Hosts Ann Lee & Tom Hale"), or
    the words before it, past any title, open with one ("Ann Lee & Partners")."""
    amp = run.index("&")
    if amp + 1 < len(run) and given_name(run[amp + 1]):
        return True
    k = 0
    while k < amp and (run[k].lower() in TITLES or run[k].lower() in TRADE_TITLES):
        k += 1
    return k < amp - 1 and given_name(run[k])


SUBJECT_AFTER_NAME: Final = 60
"""How many characters after a name ``runs_on_as_subject`` reads for the name's verb."""


def given_name_as_verb(toks: list[Token], text: str, end: int) -> bool:
    """ "Roar Eide was blunt", "Hiss Marr, the coach, scored": a verb's bare form opening a
    sentence before a capitalised word is a given name when the run ending at ``end`` is the
    sentence's subject (``runs_on_as_subject``). A bare form is never an inverted cue, whose
    verb is finite ("Says Ann Lee", "Added Tom Hale"); opening a sentence it is an imperative
    at most, whose object no finite verb follows ("Ask Ann Lee why"). Not a word that opens a
    supposed report ("Say Ann Lee wins …")."""
    low = toks[0].lower
    if len(toks) < 2 or CUE_FORMS.get(low) != low or low in PAST_FORMS or low in HEDGING_OPENERS:
        return False
    return toks[1].is_cap and runs_on_as_subject(text, end)


def runs_on_as_subject(text: str, end: int) -> bool:
    """Whether the words after a capitalised run ending at ``end`` make it its sentence's
    subject: a finite verb right after it ("… was blunt", "… scored twice", "… has coached"),
    past an aside set off by commas ("…, the coach, was furious") or past another name joined
    by "and" ("… and Ada Fenn spoke"). A possessor is the subject's only with its noun before
    an auxiliary or a past ("Roar Eide's team was blunt"), not "Shout Ann Lee's name …"."""
    toks = words(text, end, min(len(text), end + SUBJECT_AFTER_NAME))
    n = len(toks)
    k = 0
    poss = text[end - 2 : end] in POSSESSIVE_S
    if not poss and n and toks[0].lower in POSSESSIVE_S:
        poss, k = True, 1
    if poss:
        # the possessed noun (a word before it at most), then a verb that is no bare form
        # ("name" in "Ann Lee's name" may be one)
        for j in range(k + 1, min(n, k + 3)):
            if not (toks[j - 1].text.isalpha() and toks[j - 1].text.islower()):
                return False
            verb = toks[j]
            if verb.text.islower() and (
                verb.lower in FINITE_AUX or (finite(verb) and CUE_FORMS.get(verb.lower) != verb.lower)
            ):
                return True
        return False
    if k < n and toks[k].text == ",":
        k += 1
        while k < n and toks[k].text not in (",", ".", ";", ":") and toks[k].quote < 0:
            k += 1
        k += 1  # past the aside's closing comma
    elif k < n and toks[k].lower == "and":
        k += 1
        if k >= n or not toks[k].is_cap:
            return False
        while k < n and toks[k].is_cap:
            k += 1
    if k >= n:
        return False
    verb = toks[k]
    return verb.text.islower() and (finite(verb) or verb.lower in FINITE_AUX)


def place_named(run: list[Token]) -> bool:
    """A place's or a building's name by its last word, though a given name may open it ("Kelso
    Town's Victoria Park", "Carrow College's Albert Garden", "Kelso Harbour's Albert Dock")."""
    return is_place(run) or unpossessed_word(run[-1].lower) in BUILDING_WORDS


def register_name(registry: Registry, text: str, m: re.Match[str], line: list[int], until: int) -> bool:
    """Register the name ``m`` found in narrative, whose stretch ends at ``until``; whether it
    reads as one (``line``: see in_headline)."""
    if in_headline(text, m.start(), m.end(), line):
        return False
    toks = words(text, m.start(), m.end())
    if m.re is HONORIFIC_ONE:
        registry.name(with_former(text, toks))  # "Mr. Hale": the title gives the gender, the name stays
        return True
    while toks and (
        toks[0].lower in STOP_CAPS
        or toks[0].lower in NOT_NAMES
        or (
            (toks[0].lower in CUE_FORMS or participle_before_name(toks))
            and not mid_sentence(text, toks[0].start)
            and not given_name_as_verb(toks, text, m.end())
        )
    ):  # "Rejecting Ann Lee's plan": the participle opening the sentence is its verb
        toks = toks[1:]
    if len(toks) >= 3 and given_name(toks[1].text) and plural_people(text, toks):
        toks = toks[1:]  # "Hosts Ann Lee and Tom Park": the plural is the pair's role, not her name
    for k, tok in enumerate(toks):
        if tok.lower in HEADLINE_WORDS:
            toks = toks[:k]  # a Title Case headline: "Tom Hale Is Right"
            break
    if particle_place(toks):
        return True  # "moved to Rio de Janeiro": its words are no one's
    origin = ""
    owner = -1  # the last possessive before a name of two words or more
    for k in range(len(toks) - 2):
        if toks[k].text.endswith(POSSESSIVE_S):
            owner = k
    if (
        owner >= 0
        and not any(t.lower in STOP for t in toks[owner + 1 :])
        and (
            given_name(toks[owner + 1].text) and not place_named(toks[owner + 1 :])
            if owner
            else given_name(toks[1].text) or not modifies_noun(text, toks[-1].end)
        )
    ):
        # "Serbia’s Ana Lind": her place; "Highways West's Mia Carden": the body she is with
        origin = unpossessed(toks[0]).lower if owner == 0 else ""
        toks = toks[owner + 1 :]
    role = premodifier(text, toks) if toks else ""
    if role and toks[0].lower == role:
        toks = toks[1:]  # "Rookie Jalen Fisk … the rookie": the first word is her role, not her name
    if len(toks) >= 2:
        toks[-1] = unpossessed(toks[-1])  # "Ann Lee’s plan": the person is Ann Lee
    while len(toks) > 1 and toks[-1].lower in WEEKDAYS:
        toks = toks[:-1]  # "Lee Thursday said": the day is not part of the name
    if len(toks) >= 2 and not any(t.text.endswith(POSSESSIVE_S) for t in toks[:-1]):
        toks = joined_before(text, toks)  # "Secretary of Commerce Ivo Lund": the office's words too
        if is_title(toks[0]):
            # "Florida Sen. Ann Lee": the place before the title is kept with the person
            before = words(text, max(0, m.start() - 40), m.start())
            place = [t for t in before[-2:] if t.is_cap and t.lower not in STOP_CAPS]
            if len(place) == len(before[-2:]) or (place and place[-1] is before[-1]):
                toks = [*place[-2:], *toks] if len(place) == len(before[-2:]) else [place[-1], *toks]
        kind = body_kind(text, toks[0], toks[-1].end)
        if text[max(0, toks[0].start - 4) : toks[0].start].lower() == "the " and not (
            toks[0].start > 4 and text[toks[0].start - 5].isalpha()  # "voters loathe Ivo Brandt"
        ):
            s0 = toks[0].start - 4  # "the Daily Courier": the article marks a body, not a person
            toks = [Token(text[s0 : s0 + 3], "the", s0, s0 + 3), *toks]
        named = registry.name(
            with_former(text, with_role(text, toks)),
            narrative=True,
            body=bool(kind) or member_of(registry, text, toks) or role_holders_body(registry, text, toks),
        )
        ent = registry.entity(named) if named is not None else None
        if ent is not None and not ent.person and kind:
            ent.kinds.add(kind)
        if ent is not None and ent.person:
            ent.roles |= roles_around(text, toks[0].start, toks[-1].end)
            ent.roles |= {role} - {""}
            ent.places |= {origin, *origin_places(text, toks[-1].end)} - {""}
            told_gender(registry, text, ent, toks[0].start, toks[-1].end, until)
        return True
    return False


def plural_people(text: str, toks: list[Token]) -> bool:
    """The first of ``toks`` is a plural noun of people, the role of the names after it ("Hosts
    Ann Lee", "Senators", "Coaches", "Co-hosts"), or any plural in -s when another name is
    joined after the run ("Rookies Ann Lee and Tom Park")."""
    word = toks[0].lower.rsplit("-", 1)[-1]
    if not word.endswith("s") or toks[0].lower.rstrip(".") in TITLES:
        return False  # "Mrs Ann Lee": a title of one
    one = word[:-2] if word.endswith("es") and word[:-2] in TITLES else word[:-1]
    if people_plural(word) or one in ROLE_NOUNS or one in TITLES or one in TRADE_TITLES:
        return True
    end = toks[-1].end
    return text[end : end + 5] == " and " and text[end + 5 : end + 6].isupper()


def particle_place(toks: list[Token]) -> bool:
    """A run of capitalised words joined by a lower-case particle that names a place or an
    event: it opens with a head of such places ("Rio de Janeiro", "Tour de France", "Hotel de
    Ville") or holds a word of places ("Mar del Plata", "Tour de France")."""
    if not toks or not any(t.text in NAME_PARTICLES for t in toks):
        return False
    if toks[0].lower in PARTICLE_PLACE_HEADS:
        return True
    return any(
        t.is_cap
        and (
            t.lower in PARTICLE_PLACE_WORDS
            or t.lower in PLACE_WORDS
            or t.lower in PLACE_FIRST
            or t.lower in ORG_WORDS
        )
        for t in toks
    )


def modifies_noun(text: str, end: int) -> bool:
    """The capitalised words ending at ``end`` stand before a lower-case noun ("the Gazette’s
    Open Line podcast"), so they name a thing the noun is, not a person: the next word is
    lower case, no function word and no verb."""
    after = text[end : end + 30].split(maxsplit=1)
    nxt = after[0] if after else ""
    return nxt.isalpha() and nxt.islower() and nxt not in STOP and not verb_after_name(nxt)


def verb_after_name(word: str) -> bool:
    """A lower-case word that can be a finite verb after a name: a cue, an auxiliary, a past
    form, or a word in -ed or -s ("Hale left", "Lee says", "Ortiz resigned")."""
    return word in CUE_FORMS or word in FINITE_AUX or word in PAST_FORMS or word.endswith(("ed", "s"))


RESTATED_WITHIN: Final = 3000
"""How far after a name a "the <word>" is looked for that restates a word before it (a bound:
a text of many names stays linear)."""
PARTY_AFTER: Final = re.compile(r"(?:, | \()([RDI])-(?:([A-Z][a-z]{3,})\b(?!\.))?")
"""A party's tag after a name (", R-Utah,", " (D-Ore.)"), with the state when written whole."""
ORIGIN_AFTER: Final = re.compile(r"(?:,[^,;\n]{0,40}?)?\s(?:of|from)\s([A-Z][a-z]{3,})\b(?![\s’'-]+[A-Z])")
"""A place set off after a name as its origin: " of Serbia", ", the world No. 4 from Chile"."""


def premodifier(text: str, toks: list[Token]) -> str:
    """The word before a name that a later "the <word>" restates as the person's role, in lower
    case: "rookie Jalen Fisk" or "Rookie Jalen Fisk" opening its sentence, then "the rookie"
    ("" when there is none). The later description is the evidence that the word is a noun
    for the person (a role no list knows), not a verb ("signed Jalen Fisk") nor a name."""
    if len(toks) >= 3 and not mid_sentence(text, toks[0].start) and not given_name(toks[0].text):
        if is_title(toks[1]) or toks[1].lower in ROLE_NOUNS or toks[1].lower in OFFICE_NOUNS:
            return ""  # "Police Chief Tom Hale": the second word is the role, the first its body
        word, own = toks[0].lower, toks[0].start  # "Rookie Jalen Fisk": the first of three capitalised words
    else:
        # the word must end one blank before the name, a lower-case word: the character there
        # is read first, as most names have a capital, a stop or a quote mark there
        ch = text[toks[0].start - 2] if toks[0].start >= 2 else ""
        if not ch.isalpha() or ch.isupper():
            return ""
        before = words(text, max(0, toks[0].start - 24), toks[0].start)
        last = before[-1] if before else None
        if last is None or last.end != toks[0].start - 1 or not (last.text.isalpha() and last.text.islower()):
            return ""
        word, own = last.lower, last.start
    if word in STOP or word in TITLES or word in CUE_FORMS or not no_body_noun(word):
        return ""
    if text.find(word, toks[-1].end, toks[-1].end + RESTATED_WITHIN) < 0:
        return ""  # every restatement holds the word: no pattern to build, no regex to run
    # "the rookie", or with the name's place or body before the word ("the Dunmore boss")
    at = restatement(text, word, toks[-1].end, toks[-1].end + RESTATED_WITHIN)
    if at < 0:
        return ""
    # one holder only: "Midfielder Ann Lee … Ben Cole, the other midfielder": the word given
    # to someone else before the restatement leaves "the midfielder" to no one
    other = re.compile(r"\b" + re.escape(word) + r"\b", re.IGNORECASE)
    held = [
        m.start()
        for m in other.finditer(text, max(0, own - HELD_BEFORE), at)
        if m.start() != own and text[max(0, m.start() - 4) : m.start()].lower() != "the "
    ]  # "The rookie was pleased": a restatement, not another holder
    return "" if held else word


def restatement(text: str, word: str, lo: int, hi: int) -> int:
    """Where the first "the <word>" of ``text[lo:hi]`` starts, with up to three capitalised
    words between ("the rookie", "the Dunmore boss"), or -1: what searching
    ``\\b[Tt]he (?:[A-Z][\\w’'-]* ){0,3}<word>\\b`` there finds. The pattern searched opens on
    the literal "he ", which the regex engine skips to, rather than trying a word boundary at
    every character (four to seven times faster: "the" is the word premodifier most often
    looks for, over 3,000 characters, and that search took a tenth of the run on news). Each
    match of it, in order, is the rest of a match of the whole when a "T" or "t" at a word
    boundary comes before it, so the first that has one is where the whole first matches."""
    tail = re.compile(r"he (?:[A-Z][\w’'-]* ){0,3}" + re.escape(word) + r"\b")
    pos = lo + 1
    while (m := tail.search(text, pos, hi)) is not None:
        s = m.start() - 1
        if text[s] in "Tt" and (s == 0 or not (text[s - 1].isalnum() or text[s - 1] == "_")):
            return s
        pos = m.start() + 1
    return -1


HELD_BEFORE: Final = 600
"""How far before a name ``premodifier`` looks for another holder of its word ("Rookie Jalen
Fisk scored. Rookie Ann Lee missed.")."""


def no_body_noun(word: str) -> bool:
    """Whether a word before a name can be a noun for its person: not a body's or a group's
    noun ("Police", "Council", "Union" before "Chief Tom Hale"), which "the police" later
    restates as the body, not the person."""
    return word not in ORG_WORDS and word not in GROUP_NOUNS and word not in SPEAKING_GROUPS


def origin_places(text: str, end: int) -> set[str]:
    """The place a name ending at ``end`` is said to come from, in lower case ("Ana Lind of
    Serbia", "Ana Lind, the world No. 4 from Serbia,", "Ana Lind, R-Utah,"): a later origin word derived from it
    ("the Serbian") is the person (see ``names.origin_of``)."""
    m = ORIGIN_AFTER.match(text, end) or PARTY_AFTER.match(text, end)  # "Ann Lee, R-Utah,"
    return {m.group(m.lastindex or 1).lower()} if m and m.lastindex else set()


SET_OFF_AFTER: Final = re.compile(r",\s(?:\d+[,)]|(?!who\b|whose\b|which\b|and\b)[a-z])")
"""A comma after a name opening an age or a lower-case phrase (", 57,", ", a Serbian,"), not
a clause (", who", ", and")."""
NAMED_SET_OFF: Final = re.compile(
    r",\s(?:[A-Z][\w-]+\s){0,3}[A-Z][\w-]+[’']s\s[a-z](?:(?!\sand\s)[\w\s-]){0,60}?,(?!\sand\s)"
)
"""A comma after a name opening a phrase owned by a name that a comma closes (", Acme Water's
chief economist,"), not one the sentence runs on from (", Acme Water's chief and two aides
attended")."""


def clause_subject(text: str, start: int) -> bool:
    """Whether the name at ``start`` opens its sentence or the clause after a fronted phrase
    ("Ann Lee, …", "On Monday, Ann Lee, …"), as the subject; not a fronted phrase's object
    ("Like Ann Lee, …", "In a letter to Ann Lee, …")."""
    lead = text[sentence_start(text, start) : start].rstrip()
    return not lead.lstrip("“\"'‘") or lead.endswith(",")


def roles_around(text: str, start: int, end: int) -> set[str]:
    """What the words around a name met in the narrative say its holder is, as a later
    description repeats them: a phrase set off after it (", 57,", ", a Serbian,", ", the
    head of sales,"), an age before it ("57-year-old Hal Brook"), or a description opening
    the sentence and set off before it ("The firm’s head of sales, Ann Lee, …")."""
    roles: set[str] = set()
    if (aged := RELATIVE_AGE.match(text, end)) is not None:
        roles = {aged.group(1) + "-year-old"}  # "Ann Lee, who is 61,": as ", 61," is
    elif (said_is := PREDICATE_ROLE.match(text, end)) is not None and held_post(text, said_is):
        # "Ann Lee is a retired midwife who …": the noun said of her, as one set off after her name
        comma = Token(",", ",", end, end + 1, -1)
        roles = appositive_roles([comma, *words(text, said_is.end(), min(len(text), said_is.end() + 60))])
    elif text[end : end + 1] == "," and (
        (set_off := SET_OFF_AFTER.match(text, end) or NAMED_SET_OFF.match(text, end)) is not None
        and (set_off.re is SET_OFF_AFTER or clause_subject(text, start))
    ):
        ends = text[max(0, start - 10) : start]
        set_off_name = ends.endswith(", ") and ends[-3:-2].islower()  # "his captain, Ann Lee,"
        roles = appositive_roles(words(text, end, min(len(text), set_off.end() + 60)), set_off_name)
    elif text[end : end + 1] == "," and (clause := RELATIVE_ROLE.match(text, end)) is not None:
        # "Ann Lee, who is the club’s coach,": the phrase after the verb is set off as one after
        # the name is; "Ann Lee, who coaches the club,": the verb's noun ("coach", "manager")
        verb = clause.group(1)
        if verb is None:
            comma = Token(",", ",", end, end + 1, -1)
            roles = appositive_roles([comma, *words(text, clause.end(), min(len(text), clause.end() + 60))])
        else:
            stems = {verb[:-1], verb[:-2] if verb.endswith("es") else verb[:-1]}
            roles = stems | {w + ("r" if w.endswith("e") else "er") for w in stems}
    if (tag := PARTY_AFTER.match(text, end)) is not None:
        roles.add(PARTY_LETTERS[tag.group(1).lower()])  # "Ann Lee, R-Utah,": "the Republican" later
    ends = text[max(0, start - 10) : start]
    if not ((ends.endswith(", ") and ends[-3:-2].islower()) or ends.endswith("-year-old ")):
        return roles  # nothing set off or aged right before the name (most names): no words to read
    before = words(text, max(0, start - 50), start)
    if before and AGE.fullmatch(before[-1].lower) and before[-1].end == start - 1:
        roles.add(before[-1].lower)
    elif len(before) > 2 and before[-1].text == ",":
        k = len(before) - 1
        opening = opening_noun_phrase(text, before[-1].start, end)
        if opening is not None:
            # "The chairman of the board, Dale Ek", "The lawyer representing the mayor, Tom Bex":
            # the phrase opening the sentence is the name's, and its head says what the holder is
            roles |= phrase_roles(opening)
            k = 0
        while k > 0 and before[k - 1].text not in PHRASE_ENDS:
            k -= 1
            lead = words(text, sentence_start(text, before[k].start), before[k].start)
            tail = before[k + 1 : -1]
            if (
                owner_word(before[k])
                and len(lead) <= 1
                and (not lead or lead[0].lower in ARTICLES)
                and tail
                and not plural_head(tail[head_index(tail)])
            ):
                # "The bill was signed by the governor, Ada Pell, a Democrat", "The prize went to
                # the mayor, Ruth Agar, to the coach, …": a clause opening the sentence, whose
                # last noun phrase before the comma is the name's
                roles |= phrase_roles(last_phrase(tail))
                break
            if (
                k > 0
                and before[k].lower in ARTICLES
                and heads_own_phrase(before, k)
                and len(before) - k <= 5
                and not any(t.lower in DEMOTING_WORDS and t.lower not in PAST_MARKERS for t in before[k:-1])
                and closed_name(text, end, before[k - 1].text != ",")
            ):
                # "joined by the retired police chief, Al Roe.": an article's phrase set
                # before a name the sentence closes on (or its age) is that person's role
                roles |= phrase_roles(before[k + 1 : -1])
                if any(t.lower in PAST_MARKERS for t in before[k + 1 : -1]):
                    roles.add(FORMER)  # "the retired chief" is a former one
                break
    return roles


def last_phrase(toks: list[Token]) -> list[Token]:
    """The noun phrase a clause ends on, after its article or possessive ("the governor" of
    "bill was signed by the governor", "the chairman of the board" of "award went to the
    chairman of the board"): from after the owner word before the noun ahead of the first "of"."""
    h = next((k for k, t in enumerate(toks) if t.lower == "of"), len(toks)) - 1
    j = max((k for k in range(h) if owner_word(toks[k])), default=-1)
    return toks[j + 1 :]


def opening_noun_phrase(text: str, comma: int, name_end: int) -> list[Token] | None:
    """ "The lawyer representing the mayor, Tom Bex,", "A former aide to the governor, Lia Moss,",
    "Mayor Ruth Agar's lawyer, Tom Bex,": the words from the sentence's start to the comma at
    ``comma`` are one noun phrase, opened by an article, a possessive pronoun or a possessor,
    with a singular head and no verb but in what modifies it from behind: the phrase after its
    article or possessor. When they are a clause instead ("The council named the mayor, Ruth
    Agar,"), the noun phrase right after its verb; None when the words are neither."""
    at = sentence_start(text, comma)
    if comma - at > OPENING_REACH:
        return None
    toks = words(text, at, comma)
    if len(toks) < 2 or any(not t.text.replace("-", "").isalnum() and not possessive(t) for t in toks):
        return None  # a mark inside: "In March, the mayor", "“Go,” the mayor's aide"
    first = 1 if toks[0].lower in ARTICLES or toks[0].lower in PRONOUN_OF else 0
    own = next((k for k in range(len(toks)) if toks[k].text.endswith(POSSESSIVE_ENDS)), -1)
    if own >= first and not any(post_modifier(toks, k) for k in range(1, own + 1)):
        if not first and not all(t.is_cap for t in toks[:own]):
            return None
        first = own + 1  # "The mayor's chief of staff", "Mayor Ruth Agar's lawyer": her lawyer
    elif not first and not plural_head(toks[0], True):
        return None
    phrase = toks[first:]
    h = head_index(phrase)
    if h < 0:
        return None
    bare = first == 0 and h == 0  # "Supporters of the senator": a plural opening with no article
    verb = next((k for k in range(h + 1) if verb_before_object(phrase, k)), -1)
    if verb < 0 and h > 0 and finite(phrase[h]) and not person_noun(phrase[h].lower):
        return None  # "The award went to the coach": a clause, read by the chain of phrases
    if verb < 0 and h + 1 < len(phrase):
        t = phrase[h + 1]
        nxt = phrase[h + 2].lower if h + 2 < len(phrase) else ""
        if cue_word(t) or (finite(t) and not (t.lower.endswith("ed") and nxt in NOUN_PREPOSITIONS)):
            verb = h + 1  # "The board named the mayor": not "The driver hired by the mayor"
    if verb >= 0:
        # "The council named the mayor, Ruth Agar,": the object the name is set beside
        while verb + 1 < len(phrase) and (
            finite(phrase[verb + 1])
            or phrase[verb + 1].lower in AUXILIARIES
            or phrase[verb + 1].lower.endswith("ly")
        ):
            verb += 1  # "has named", "quickly named"
        obj = phrase[verb + 2 :]
        if not obj or not (phrase[verb + 1].lower in ARTICLES or phrase[verb + 1].lower in PRONOUN_OF):
            return None  # "The event was attended by the mayor": the chain of phrases reads it
        phrase, h, bare = obj, head_index(obj), False
        if h != len(obj) - 1:
            return None
    thing = h + 1 < len(phrase) and thing_head(phrase[h].lower)
    if (plural_head(phrase[h], bare) and not JOINED_AFTER.match(text, name_end)) or thing:
        # "Critics of the mayor, Ruth Agar, said": one name is not set beside a plural, but
        # beside the noun phrase ending at the comma (not "Two aides to the mayor, Ann Lee and
        # Tom Hale,": the aides); nor beside a thing ("The lawsuit against the coach, Ivo Lund,")
        j = max((k for k in range(h + 1, len(phrase)) if phrase[k].lower in ARTICLES), default=-1)
        phrase, h = phrase[j + 1 :], len(phrase) - j - 2
        if j < 0 or h < 0 or head_index(phrase) != h:
            return None
        bare = False
    if plural_head(phrase[h], bare) or phrase[h].lower.endswith("ly") or thing_head(phrase[h].lower):
        return None
    return phrase


def thing_head(word: str) -> bool:
    """A head noun that names no person ("letter", "lawsuit", "ruling", "attack", "campaign",
    "meeting", "decision"): a work, an event, a proceeding, a body, or a noun of an act."""
    if word in ORG_WORDS or word in PROCEEDING_NOUNS or word in EVENT_NOUNS or heard_work(word):
        return True
    return not person_noun(word) and (word in WHOSE_WORK_NOUNS or word.endswith(ACT_NOUN_ENDS))


def verb_before_object(phrase: list[Token], k: int) -> bool:
    """ "was", "has", or a finite verb before an article ("says the", "named the"): a verb
    inside the words before a head, making them a clause ("The mayor says the lawyer"); not
    "press" of "The governor's press secretary"."""
    t = phrase[k]
    if t.lower in FINITE_AUX or t.lower in BE_FORMS:
        return True
    nxt = phrase[k + 1].lower if k + 1 < len(phrase) else ""
    return (cue_word(t) or finite(t)) and (nxt in ARTICLES or nxt in PRONOUN_OF)


def plural_head(tok: Token, opening: bool = False) -> bool:
    """A plural noun in -s ("critics", "aides"; not "boss", "alumnus", "genius"), in lower
    case unless it opens a sentence (``opening``: "Supporters of the senator")."""
    low = tok.lower
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(SINGULAR_S_ENDS)
        and (opening or tok.text.islower())
    )


JOINED_AFTER: Final = re.compile(r",? and\b")
"""Another name joined to the one just read ("Ann Lee and Tom Hale", "Ann Lee, and Tom Hale")."""
OPENING_REACH: Final = 120
"""How far back from its comma a description opening the sentence is read."""


def heads_own_phrase(before: list[Token], k: int) -> bool:
    """The description whose article is ``before[k]`` heads its own phrase: after a verb, a
    comma, or a preposition that no person noun before it owns ("unveiled by the retired
    chief, Al Roe", "joined at the podium by the mayor, Al Roe"); never the object of one that
    hangs on a person noun ("a spokesman for the mayor, Al Roe", "the chief of staff to the
    mayor, Al Roe": the name is the spokesman's, the chief of staff's)."""
    if before[k - 1].lower == "of":
        return False
    if before[k - 1].lower not in NOUN_PREPOSITIONS:
        return True
    for t in reversed(before[max(0, k - 6) : k - 1]):
        if (
            t.lower in ARTICLES_AND_POSSESSIVES
            or t.text in PHRASE_ENDS
            or t.lower in AUXILIARIES
            or finite(t)
        ):
            return True  # the noun phrase (or the verb) the preposition hangs on ends here
        if t.lower != "of" and t.lower in NOUN_PREPOSITIONS:
            return True
        if person_role(t.lower) or (
            t.text.isalpha() and t.text.islower() and t.lower.endswith(AGENT_ENDINGS)
        ):
            return False
    return True


def closed_name(text: str, end: int, listed_ok: bool = True) -> bool:
    """The name ending at ``end`` closes its sentence or is followed by its holder's age
    (", 71,"), a relative clause (", who") or the verb it is the subject of (", said"): nothing
    after it lists another person beside it. ``listed_ok``: another described person after it
    (", and the sheriff") closes it too; not when the description itself follows a comma
    ("the mayor, the police chief, Ann Lee, and the sheriff": a list of people)."""
    if (m := NAME_CLOSED.match(text, end)) is not None:
        return listed_ok or not m.group(0).startswith(", and")
    if text[end : end + 2] != ", ":
        return False
    after = words(text, end + 2, min(len(text), end + 24))
    # ", said", ", who": the name's own verb; ", on Friday", ", at the hearing": the clause going
    # on after the phrase set off, not another person listed
    return (
        bool(after)
        and after[0].start == end + 2
        and (finite(after[0]) or cue_word(after[0]) or after[0].lower in PREPOSITIONS_OF_SETTING)
    )


NAME_CLOSED: Final = re.compile(
    r"(?:[.;](?:\s|$)|, (?:\d{1,3}\b|who(?:se)?\b|and (?:the|an?|his|her|its|their) ))"
)
"""A stop, an age, a relative clause, or another described person (", and the sheriff, …")
right after a name."""


RELATIVE_AGE: Final = re.compile(r", who (?:is|was|turned|turns) (\d{1,3})(?=[,.;]| years old\b)")
"""An age given in a relative clause set off after a name (", who is 61,")."""
PREDICATE_ROLE: Final = re.compile(
    r" (?:(?:is|was) (?=an? [a-z])|(?:is|was|became|has been) (?=the [a-z])"
    r"|(?:became|(?:was|has been) (?:appointed|named|elected|made)) (?=[a-z]))"
)
"""A copula and an article right after a name ("Ann Lee is a retired midwife", "Ann Lee is the
club's coach"), or a verb giving a post ("Ann Lee became coach", "Ann Lee was appointed
head of sales"): what follows says what the person is."""


def held_post(text: str, said_is: re.Match[str]) -> bool:
    """Whether the post a predicate gives after a name (``said_is``) is one the person holds
    now. Not one read past a preposition ("Ann Lee was named by the governor to lead …", "was
    appointed to replace the mayor": the post is someone else's); not one given in the past
    ("was", "became") whose sentence goes on to a time clause or another deed ("was the mayor
    when the plant closed", "was the mayor at the time", "was appointed coach in 2015 and
    retired in 2021", "became leader in 2012 before losing"): a post held then. "Ann Lee was
    appointed coach in May." and "Ann Lee is the coach" say what she is. The sentence is read
    up to its end, at most 160 characters."""
    at = said_is.end()
    if text.startswith(("a ", "an "), at):
        return True  # "Ann Lee is a retired midwife", "was a nurse": as before
    stop = SENTENCE_END.search(text, at, min(len(text), at + 160))
    rest = words(text, at, stop.start() if stop is not None else min(len(text), at + 160))
    if not rest or rest[0].lower in PREPOSITIONS_OF_SETTING or rest[0].lower in AUTHOR_PREPS:
        return False
    if said_is.group().split()[0] not in ("was", "became"):
        return True  # "is the coach", "has been named coach": held now
    for k, t in enumerate(rest):
        low = t.lower
        if low in PAST_POST_WORDS or (low == "time" and k > 1 and rest[k - 2].lower == "at"):
            return False  # "when the plant closed", "during the season", "at the time"
        if low in COORDINATORS and k + 1 < len(rest):
            then = rest[k + 1].lower
            if then.endswith("ed") or then in PAST_FORMS or then in FINITE_AUX or finite(rest[k + 1]):
                return False  # "and retired in 2021", "and has since left", "and lost the post"
    return True


RELATIVE_ROLE: Final = re.compile(
    r", who (?:(?:is|was|serves as|works as) (?=(?:the|an?|his|her|their) )|([a-z]{3,}s) )"
)
"""A relative clause set off after a name that gives the person a role: by a phrase after
"is" or "serves as", or by a verb in the present whose noun is the role ("who coaches")."""


def with_role(text: str, toks: list[Token]) -> list[Token]:
    """ "coach Eli Brandt", "Former coach Eli Brandt", "the club's new treasurer Ann Lee": a
    role noun in lower case right before a name is the person's title, as a capitalised one
    is ("Coach Eli Brandt"), so "the coach" later is that person; a former word before it
    makes the holder a former one. Not after "a"/"an" ("a lawyer Eli Brandt hired": the
    name opens a clause about someone else)."""
    at = toks[0].start
    if at < 2 or not text[at - 2].islower():
        return toks  # no lower-case word right before the name (most names): nothing to read
    before = words(text, max(0, at - 40), at)
    k = len(before)
    nxt = at
    while k > 0:
        t = before[k - 1]
        low = t.lower
        if t.end < nxt - 1 or not t.text.isalpha() or not t.text.islower():
            break
        if not (
            low in ROLE_NOUNS
            or low in OFFICE_NOUNS
            or low in TRADE_TITLES
            or (k < len(before) and low in TITLES)
        ):
            break
        if word_gender(low) and (
            low.endswith("man") or given_gender(toks[0].text) not in ("", word_gender(low))
        ):
            break  # "spokesman Hope Lind": an office in "-man" is used of anyone, the name tells
        k, nxt = k - 1, t.start
    if k == len(before) or (k > 0 and before[k - 1].lower in INDEFINITE_ARTICLES):
        return toks
    if k > 0 and (before[k - 1].lower in VERB_MARKERS or (k > 1 and infinitive_to(before, k - 1))):
        return toks  # "Hale will chair Ann Lee’s panel", "has to clerk": the role word is a verb
    if contact_verb(text, toks[-1].end):
        return toks  # "The lawyer Eli Brandt hired said": the name opens a clause about the lawyer
    if k > 0 and before[k - 1].is_cap and before[k - 1].end == nxt - 1 and before[k - 1].text.isalpha():
        k -= 1  # "Liberal leader Ann Roe": whose role it is ("the Liberal leader" is her again)
    if k > 0 and before[k - 1].lower in PAST_MARKERS and before[k - 1].end == before[k].start - 1:
        k -= 1  # "retired judge Ann Roe": a former judge, as "former judge Ann Roe" is
    return [*before[k:], *toks]


def infinitive_to(before: list[Token], k: int) -> bool:
    """ "has to", "was to": "to" at ``k`` after a form of "have" or "be" marks an infinitive
    (not "talked to", "a letter to": a preposition)."""
    return before[k].lower == "to" and (before[k - 1].lower in FINITE_AUX or before[k - 1].lower in BE_FORMS)


def contact_verb(text: str, end: int) -> bool:
    """ "The teacher Ann Lee replaced said", "the lawyer Eli Brandt hired last year has": a
    lexical verb right after the name at ``end``, then (past a time phrase) another finite verb
    or an auxiliary, ends a relative clause without "that" whose subject is the name; the
    role noun before it is someone else's (not "the lawyer Eli Brandt said the case")."""
    after = words(text, end, min(len(text), end + 60))
    if len(after) < 2 or after[0].start > end + 1 or not finite(after[0]) or after[0].lower in FINITE_AUX:
        return False
    k = 1
    while k < len(after) - 1 and k <= 3 and (after[k].lower in TIME_NOUNS or after[k].lower in TIME_LEADS):
        k += 1  # "hired last year", "replaced in June"
    t = after[k]
    return t.text.islower() and (t.lower in FINITE_AUX or finite(t))


def with_former(text: str, toks: list[Token]) -> list[Token]:
    """ "former Gov. Walter Pike", "ex-Sen. Ann Lee", "Former Police Chief Dan Moss": a name
    with a title after a word that makes its holder a former one keeps that word, so the
    person is registered as a former holder."""
    if not toks or not any(is_title(t) for t in toks):
        return toks
    before = words(text, max(0, toks[0].start - 10), toks[0].start)
    if before and before[-1].end >= toks[0].start - 1 and former_word(before[-1].lower):
        return [before[-1], *toks]
    return toks


def body_kind(text: str, first: Token, end: int) -> str:
    """The noun of a body that the name from ``first`` to ``end`` is set beside, making it a
    body of that kind ("" when none): right before it ("the insurer Kellbrook", "budget
    airline Quellmoor Air", "the broadcaster Radio Caledon"), in apposition before it ("The
    supermarket, Harvest Foods,", "the brewery that owns the site, Hollins Ales,") or after
    it ("Harvest Foods, a supermarket chain,"). Not a name a first name (unless a trade's
    word ends it, see ``trade_words``) or a title opens ("the owner, Ann Lee,"; "the broadcaster Alan Rigby" is a person), nor a name that opens
    a clause ("The firm, Hale said, …"), nor one of a list ("the bank, Acme and the council")."""
    start = first.start
    if is_title(first) or (given_name(first.text) and not trade_words(text[start:end].split())):
        return ""  # but "Stanley Transport, a family firm,": a trade's word ends a body's name
    if start >= 2 and text[start - 1] == " " and text[start - 2].islower():
        # "the insurer Kellbrook": the lower-case word right before
        word = text[text.rfind(" ", max(0, start - 24), start - 1) + 1 : start - 1]
        if word in BODY_KINDS:
            return (
                ""
                if contact_verb(text, end) or name_opens_relative(text, start - 1 - len(word), end)
                else word
            )
    after = text[end : end + 16].split(maxsplit=2)
    nxt = after[0].lower().strip(",.;:") if after else ""
    if nxt in CUE_FORMS or nxt in ("and", "or"):
        return ""  # "The firm, Hale said, …", "the bank, Acme and the council": not set beside
    if text[start - 2 : start] == ", ":
        kind = apposed_before(text, start - 2)
        if kind:
            return kind
    if text.startswith(", ", end):
        head, _ = set_off(text, end)  # "Harvest Foods, a supermarket chain,"
        if head is not None and head.text.islower() and head.lower in BODY_KINDS:
            return head.lower
    return ""


def name_opens_relative(text: str, noun: int, end: int) -> bool:
    """ "joined the firm Hale founded", "the restaurant Moreau opened in 2019", "the supermarket
    Lee runs": the name ending at ``end``, after the body's noun at ``noun``, is followed by a
    verb of its own (not a cue) while the noun's phrase does not open its sentence, so the name
    is the subject of a relative clause without "that" on the noun, not the body's name ("The
    insurer Kellbrook raised premiums" opens its sentence and names the insurer)."""
    after = text[end : end + 24].split(maxsplit=1)
    nxt = after[0].rstrip(".,;:!?") if after and text[end : end + 1] == " " else ""
    if not (nxt.isalpha() and nxt.islower()) or nxt in STOP or nxt in CUE_FORMS or not verb_after_name(nxt):
        return False
    before = words(text, max(0, noun - 40), noun)
    k = len(before) - 1
    while (
        k >= 0
        and len(before) - k <= 3
        and before[k].text.isalpha()
        and before[k].text.islower()
        and not owner_word(before[k])
    ):
        k -= 1  # "the budget airline": modifiers before the noun
    if k >= 0 and (before[k].lower in ARTICLES or owner_word(before[k])):
        k -= 1  # "The insurer", "its airline"
    if k >= 0 and before[k].is_cap and before[k].text.isalpha() and not before[k].text.isupper():
        k -= 1  # "Budget airline Quellmoor Air": a capitalised modifier opening the sentence
    if k < 0:
        return noun > 40  # the window holds more words: the phrase does not open the text
    return before[k].text not in SENTENCE_ENDS and "\n" not in text[before[k].end : noun]


def apposed_before(text: str, comma: int) -> str:
    """The body's noun heading the phrase that closes at ``comma`` ("The supermarket", "the
    bakery chain", "the brewery that owns the site"): an article or a possessive, up to three
    lower-case modifiers, the noun, and a relative clause of up to six words after it; "" if
    the phrase is none such."""
    before = words(text, max(0, comma - 80), comma)
    n = len(before)
    for k in range(n - 1, max(-1, n - 8), -1):
        t = before[k]
        if not t.text.replace("-", "").isalpha():
            return ""  # a stop, a comma, a quote: the phrase ends before any body's noun
        if t.lower in BODY_KINDS and t.text.islower():
            if k < n - 1 and before[k + 1].lower not in RELATIVE_PRONOUNS:
                return ""  # "the bank said, Acme …": no noun set beside the name
            j = k - 1
            while (
                j >= 0
                and k - j <= 3
                and before[j].text.replace("-", "").islower()
                and not owner_word(before[j])
            ):
                j -= 1
            if j >= 1 and before[j - 1].lower in OBJECT_PREPS:
                return ""  # "Her partner at the firm, Ed Whitby,": the name is the partner's
            return t.lower if j >= 0 and owner_word(before[j]) else ""
    return ""


def member_of(registry: Registry, text: str, toks: list[Token]) -> bool:
    """ "Lisa Chow of Birchfield Research", "Mia Roth, from Kestrel Analytics", "Dan Ek,
    chief of Tessaly Lumen": a name after a person's or a member's role and "of", "from" or
    "at" is the body the person belongs to (or a place), which no he or she stands for. Not
    a name opening with a first name or a title ("praise for Ivo Brandt from Ann Lee"), nor
    a possessor ("an aide of Tessaly Voss’s campaign")."""
    first, at = toks[0], toks[0].start
    if given_name(first.text) or is_title(first) or text.startswith(POSSESSIVE_S, toks[-1].end):
        return False
    # every "yes" below needs the word right before the name to be one of MEMBER_PREP_ENDS: the
    # end of the last blank-free stretch before it is read first, which most names fail (read
    # without making tokens: a name is registered once per mention)
    if not text[max(0, at - 40) : at].rstrip().lower().endswith(MEMBER_PREP_ENDS):
        return False
    before = words(text, max(0, at - 40), at)
    if len(before) < 2:
        return False
    prep, prev = before[-1].lower, before[-2]
    if (
        prep in ON_AIR_PREPS
        and prev.lower in ON_AIR_BEFORE
        and ((prep == "on" and prev.lower not in ON_AIR_NOUNS) or any(t.lower in ORG_WORDS for t in toks))
    ):
        # "speaking on Radio Caledon", "a programme on Channel Four": the medium; after "to", or
        # "on" after a programme's noun (whose "on" may take a topic), only a name a body's word
        # opens or holds ("talking to Radio Caledon"; "talking to Nadia Kovac": a listener; "the
        # interview on Mia Stone": its topic)
        return True
    if prep == "of" and prev.lower in PLACE_POINT_NOUNS:
        return True  # "at the junction of Temple Way and Mill Road": a place
    if prep == "and" and place_point_pair(before):
        return True  # "… of Temple Way and Mill Road": the second of the pair as well
    if prep in ROUTE_PREPS and toks[-1].lower in STREET_HEADS:
        return True  # "he lives on Temple Way", "along Kestrel Lane": a street
    ent = registry.by_last.get(prev.lower) if prev.is_cap else None
    if ent is not None and not ent.person and prep in ("of", "for"):
        return True  # "the Harbour Institute for Coastal Trade": the rest of the body's name
    if prep not in AFFILIATION_PREPS:
        return False
    if prev.text == "," and len(before) >= 3:
        prev = before[-3]
        ent = registry.by_last.get(prev.lower) if prev.is_cap else None
    if not prev.is_cap:
        return prev.lower in MEMBER_ROLES
    return ent is not None and ent.person


def role_holders_body(registry: Registry, text: str, toks: list[Token]) -> bool:
    """ "Tallow Bay Saints captain Mele Fonoti", "Talon Freight spokesman Ed Vos": a name of
    two or more words met for the first time right before a person's role in lower case is
    the body the role is held in, which no he or she stands for. Not a name a first name or
    a title opens ("Ann Lee adviser Tom Hale": her adviser), nor one known already."""
    if len(toks) < 2 or given_name(toks[0].text) or is_title(toks[0]) or toks[-1].lower in registry.by_last:
        return False
    after = text[toks[-1].end : toks[-1].end + 24].split(maxsplit=1)
    return bool(after) and after[0].isalpha() and after[0].islower() and person_role(after[0])


MEMBER_PREP_ENDS: Final = tuple(sorted(ON_AIR_PREPS | ROUTE_PREPS | AFFILIATION_PREPS | {"for", "and"}))
"""The words before a name that ``member_of`` reads any further (its prepositions and "and";
AFFILIATION_PREPS holds "of")."""


def place_point_pair(before: list[Token]) -> bool:
    """ "the corner of Ashby Lane and Kirk Street": the words before "and" are a capitalised
    run after a noun of a meeting point and "of"."""
    k = len(before) - 2
    while k >= 0 and before[k].is_cap:
        k -= 1
    return 0 < k < len(before) - 2 and before[k].lower == "of" and before[k - 1].lower in PLACE_POINT_NOUNS


def bare_subject(text: str, start: int, end: int, until: int) -> bool:
    """A capitalised word opening its sentence and followed by a lower-case verb ("Hale
    left.", "Quist says"): a surname standing for a person, not a place, title or stop word."""
    k = start - 1
    while k >= max(0, start - 4) and text[k] in " \t\u00a0":
        k -= 1
    fronted = k >= 0 and text[k] not in '.!?\n"”'
    participle = fronted and after_participle(text, k)
    if fronted and not (participle or opening_subordinator(text, k, end, until)):
        return False  # tested first: most capitalised words stand inside their sentence
    word = text[start:end].lower()
    if fronted and (word in ORG_WORDS or word in PLACE_WORDS or word in PLATFORMS or body_clause(text, end)):
        return False  # "When Acme said in its filing,": a body, not a person
    if not surname_word(word):
        return False
    if not fronted and RELATIVE_WHO.match(text, end) is not None:
        # "Stefan, who asked that his surname be withheld, now …": a relative only people take
        return True
    described = False  # an age or a person's noun (no body's: "Acme, the retailer,") set off after it
    if not fronted and text.startswith(", ", end):
        # "Hale, 45, left", "Hale, a retired miner, left": an age or a person set off after it
        head, close = set_off(text, end)
        if head is None or not text.startswith(",", close):
            return False
        if not (head.text.isdigit() or (head.text.isalpha() and person_noun(head.lower))):
            return False
        # a person's noun only: not a body's ("Acme, the retailer,"), a trade a firm plies as
        # often ("Boddington, the chemist,", "Wrenfield, the developer,") or a plural ("Ashby,
        # the league leaders,": a team)
        end, described = (
            close + 1,
            head.text.isdigit()
            or not (
                head.lower in IT_BODIES
                or head.lower in FIRM_TRADES
                or people_plural(head.lower)
                or agent_plural(head.lower)
                or plural([head])
            ),
        )
    after = text[end : end + 30].split()
    nxt = (after[0].rstrip(",") if fronted else after[0]) if after else ""  # "As Lee noted, …"
    if fronted and nxt not in CUE_FORMS:
        return False  # "When Hale said …": the subject of a verb of saying, so a person
    if participle:
        # "Asked by Tane about it, Brandt said …": the main clause's subject speaks; not a
        # body's "Asked about it, Acme said it would …"
        return not it_reported(text, end)
    if (nxt in LATER or nxt in STANDING_ADVERBS or (nxt.endswith("ly") and nxt.isalpha())) and len(after) > 1:
        # "Hale also spoke", "Hale later left", "Hale still lives", "Hale rarely speaks": the verb after the adverb
        after = after[1:]
        nxt = after[0]
    if nxt[-1:] in ".;:!?" and (nxt := nxt[:-1]) not in PAST_FORMS and not nxt.endswith("ed"):
        return False  # "Hale left.", "Hale resigned."; not "“…” Islamic radicals.": a noun ends it
    if described and (nxt in CUE_FORMS or nxt in BE_FORMS or nxt in FINITE_AUX):
        # "Hale, the ward sister, said …", "Hale, 58, is …", "Hale, the chef, has …": the set-off
        # phrase made the word a person, so a verb of saying, "be" or an auxiliary after it
        # (which a body's name takes as often: "Acme said") is that person's
        return True
    if not (
        nxt[:1].islower()
        and nxt.isalpha()
        and nxt not in STOP
        and nxt not in DETERMINERS
        and verb_after_name(nxt)
    ):
        return False
    return not plural_subject(
        nxt,
        verb_past_place(after, text[end : end + PLACE_REACH].split()),
        after[2].rstrip(",;:.") if len(after) > 2 else "",
    )


def surname_word(word: str) -> bool:
    """Whether the lower-cased capitalised word ``word`` opening a sentence may be a surname:
    not a stop word, title or verb of saying, a pronoun, an adverb or participle ("She gives",
    "Nobody asked", "Marking the day", "Recently"), people ("Reporters pressed Lee",
    "Volunteers, who …", "Britons voted", "Democrats met") or a count of them ("Many
    listened", "Hundreds listened")."""
    if word in STOP_CAPS or word in NOT_NAMES or word in TITLES or word in CUE_FORMS:
        return False
    if word in PRONOUNS or word in SOMEONE or word.endswith(VERB_ADVERB_ENDS):
        return False
    if word in SPEAKING_GROUPS or word in GROUP_NOUNS or word in PLURAL_SUBJECTS or people_plural(word):
        return False
    if agent_plural(word) or (word.endswith("s") and word[:-1] in PEOPLE_BY_ORIGIN):
        return False
    return not (word in DETERMINERS or (word.endswith("s") and word[:-1] in COUNT_NOUNS))


PLACE_BEFORE_VERB: Final = 4
"""The most words of a phrase of place ``verb_past_place`` reads before the verb."""
PLACE_REACH: Final = 60
"""How many characters after a capitalised word ``verb_past_place`` may read."""


def verb_past_place(after: list[str], longer: list[str]) -> str:
    """The word after the one in -s that ``after`` opens on, or past a short phrase of place
    (read in ``longer``, the same words further on) the auxiliary it comes to ("rates at Fernhill have", "figures at Westbrook High were"): only
    capitalised words and articles between, so no clause ("waits at the door as officials are")."""
    then = after[1] if len(after) > 1 else ""
    if (then not in PREPOSITIONS_OF_SETTING and then != "of") or longer[:2] != after[:2]:
        return then  # (not past an adverb skipped in ``after``: "Hale also …")
    for word in longer[2 : 3 + PLACE_BEFORE_VERB]:
        word = word.rstrip(",;:.")
        if word in FINITE_AUX:
            return word
        if not (word[:1].isupper() or word in ARTICLES):
            break
    return then


PARTICIPLE_OPENING: Final = re.compile(r"([A-Z][a-z]{2,}(?:ed|ing)) [a-z]")
"""A sentence opening on a participle and a lower-case word ("Questioned by", "Asked about",
"Speaking to"); the participle must be one of ``lexicon.SPEAKER_PARTICIPLES``."""
SPEAKER_PARTICIPLES: Final = lx.SPEAKER_PARTICIPLES


def after_participle(text: str, k: int) -> bool:
    """ "Questioned by Okafor, the mayor, about the delay, Fujisawa said": the comma at ``k``
    closes a participle phrase opening the sentence, so the word after it is the subject of
    the main clause (``bare_subject`` then wants a verb of saying after it), not the phrase's
    agent. Only a participle of being questioned or of speaking ("Asked", "Interviewed",
    "Speaking"): one a body takes as often ("Contacted by", "Based in", "Founded in") says
    nothing of a person. The sentence's opening is ``names.sentence_start``'s."""
    if text[k] != ",":
        return False
    begin = sentence_start(text, k)
    while begin < k and text[begin] in " \n\t\u00a0":
        begin += 1
    m = PARTICIPLE_OPENING.match(text, begin, k)
    return m is not None and m.group(1).lower() in SPEAKER_PARTICIPLES


IT_REPORTED: Final = re.compile(r",? [a-z]+(?: [a-z]+)?? it(?:s)? (?!not\b)[a-z]+")
"""A verb and at most one word, then "it"/"its" opening the report: "said it would", "told
investors it was", "said its profit"."""


def it_reported(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` is followed by a verb reporting what "it" (so the word
    itself, a body) does: "Acme said it would appeal", "Acme told investors its …"."""
    return IT_REPORTED.match(text, end) is not None


RELATIVE_WHO: Final = re.compile(r",\s(?:who|whose)\s")
"""A relative pronoun set off after a word: "Tal, who …", "Tal, whose …"."""


def opening_subordinator(text: str, k: int, end: int, until: int) -> bool:
    """ "When Hale said …", "As Lee noted, …": the word ending at ``k`` is a subordinator
    that opens its sentence (``bare_subject`` then wants a verb of saying after the name
    ending at ``end``). After "As" only for a quote in that sentence (the stretch read ends
    at ``until``: "As Lee noted, it is “hard,” he said."): "As Brill noted, …" cites a
    source, a company or a paper as often as a person, so a "he" in a later sentence is not
    taken to be it ("Brill added" there is a person as anywhere)."""
    j = k
    while j >= 0 and text[j].isalpha():
        j -= 1
    sub = text[j + 1 : k + 1].lower()
    if sub not in FRONTING_SUBORDINATORS or (sub == "as" and SENTENCE_END.search(text, end, until)):
        return False
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in '.!?\n"”'


SENTENCE_END: Final = re.compile(r"[.!?][\s”\"]")
"""A mark that ends a sentence, with the space or closing quote after it."""


def body_clause(text: str, end: int) -> bool:
    """ "As Acme noted in its filing,": an "its" in the fronted clause after the word ending at
    ``end`` stands for it, so it is a body (the clause is read up to its comma, at most 80
    characters)."""
    c = text.find(",", end, end + 80)
    return c > 0 and "its" in text[end:c].lower().split()


def plural_subject(word: str, then: str, third: str = "") -> bool:
    """ "Local experts warn", "Bitter words are", "Ten years ago": a word in -s after
    the capitalised word and before a verb in the present or an auxiliary (or "ago") is a
    plural noun, the subject, and the capitalised word before it no surname."""
    if not word.endswith("s") or word in FINITE_AUX:
        return False
    then = then.rstrip(",;:.")
    if then in FINITE_AUX or then in TIME_AFTER:
        return True  # "Bitter words are": no verb of saying before one of these
    if word in CUE_FORMS:
        return False  # "Vance says stop"
    if (
        people_plural(word)
        and then.isalpha()
        and (then.endswith("ed") or then in PAST_FORMS)
        and not people_noun(third)
    ):
        # "Local residents gathered", "Younger voters stayed": a known noun of people, no verb;
        # not a verb in -s before an adjective and its people ("Brandt hosts invited guests";
        # "Okafor represents injured workers": an ending guesses no noun of people)
        return True
    verb = then.isalpha() and then.islower() and not then.endswith(("ed", "s")) and then not in STOP
    return verb and finite(Token(then, then, 0, len(then)))


def mid_sentence(text: str, at: int) -> bool:
    """ "spokesman Hope Lind", "a spokesman, Hope Lind,": a capitalised word inside the
    sentence is a name, even when it spells a verb; at the start of a sentence, a line or a
    quote it may be the verb ("Says Lee …")."""
    k = at - 1
    while k >= max(0, at - 8) and text[k] in " \t\u00a0":  # bounded look-back
        k -= 1
    return k >= 0 and (text[k].isalnum() or text[k] in ",;")


def in_headline(text: str, start: int, end: int, line: list[int]) -> bool:
    """A Title Case line ("Quiet Hale Wins Over Doubters"): its capitalised runs mix
    names with ordinary words, so they are not registered as names. Bounded look-around keeps
    a huge single-line input linear. The answer depends on the stretch read alone, so the
    last one is kept in ``line`` ([start, end, answer]): a quarter of names share a short
    line with the name before (a headline's, a byline's, a list's), and names are read in
    text order, so a stretch read again is always the last one read (a dict of them all
    would grow with a huge paragraph)."""
    a = text.rfind("\n", max(0, start - 200), start) + 1 or max(0, start - 200)
    b = text.find("\n", end, end + 200)
    b = min(len(text), end + 200) if b < 0 else b
    if line[0] == a and line[1] == b:
        return bool(line[2])
    answer = title_case(text[a:b].split())
    line[:] = (a, b, answer)
    return answer


def same_speaker(speaker: str | None, outer: Mention) -> bool:
    """Whether the named subject ``outer`` is the person a pronoun resolved to."""
    run = person_name(list(outer.head or outer.tokens))
    if speaker is None or not run:
        return False
    return run[-1].lower == speaker.split()[-1].lower()


def possessor(head: list[Token]) -> list[Token]:
    """ "Lee's first": a name's possessive followed by no person word names the speaker;
    "Lee's spokesman" and "Lee's aide Tom Hale" do not, nor "Lee's office", "Lee's campaign"
    (a body that speaks for her, as the verdict reads it: match/names.py ``speaks_for``), nor
    a group or body of hers ("Lee's family", "Lee's legal team", "Lee's firm"). A
    role's possessive before a document ("the mayor's second memo") names its author the same
    way."""
    for k, tok in enumerate(head):
        if not (tok.text.endswith(POSSESSIVE_S) or tok.lower.endswith(POSSESSIVE_S)):
            continue  # no possessive: neither test below can hold (faster than both)
        if possessive_tok(tok):
            rest = head[k + 1 :]
            if any(
                t.is_cap
                or known_person(t.lower)  # "Acme's negotiator", "Lee's friend": someone else
                or t.lower in COUNTERPART_NOUNS  # "Lee's solicitor"
                or t.lower in POST_HEADS  # "Lee's successor"; not "Lee's earlier memo", "Lee's mailer"
                or (
                    t is rest[-1]
                    and t.lower.endswith(PERSON_ENDINGS)
                    and person_noun(t.lower)
                    and "list" not in t.lower
                )
                or t.lower in SPEAKS_FOR
                or t.lower.rstrip(".") in TITLES
                or (t is rest[-1] and t.lower in POSSESSED_GROUPS)  # "Lee's family", "Lee's legal team"
                for t in rest
            ):
                return head
            return [*head[:k], unpossessed(tok)]
        if tok.lower[:-2] in ROLE_NOUNS and any(t.lower in DOCUMENT_NOUNS for t in head[k + 1 :]):
            return [*head[:k], Token(tok.text[:-2], tok.lower[:-2], tok.start, tok.end - 2, tok.quote)]
    return head


def spaced(toks: list[Token]) -> str:
    """The words as the article spaces them ("Lee, the mayor and two aides")."""
    return "".join((" " if k and t.start > toks[k - 1].end else "") + t.text for k, t in enumerate(toks))


def unpossessed(tok: Token) -> Token:
    """ "Bornstein's" -> "Bornstein", "Andrews’" -> "Andrews": the possessor names the speaker."""
    if possessive_tok(tok):
        n = len(tok.text) - possessor_len(tok)  # the mark, and an "s" but after a plural's
        return Token(tok.text[:-n], tok.lower[:-n], tok.start, tok.end - n, tok.quote)
    return tok


def voice_of_possessor(m: Mention) -> bool:
    """ "Ruiz's office said", "Ann Roy's campaign said": a body that speaks in its possessor's
    name, who stays in focus as the one speaking (a later "she added" is Ruiz), unlike the one
    an aide or a lawyer serves."""
    last = m.tokens[-1]
    return last.lower in SPEAKS_FOR and len(m.tokens) > 1 and possessive_tok(m.tokens[-2])


def served_inside(m: Mention) -> int:
    """Where a description's words naming someone besides the speaker start, or -1: the one
    served after its head ("an aide to Ann Roy", "a lawyer representing Ann Roy"), or a
    named possessor of a body that speaks for them ("Gov. Ann Roy's office"). The speaker is
    the description; the one named inside is a person the article goes on about, no less."""
    n = len(m.head)
    if 0 < n < len(m.tokens) and m.head[-1] is m.tokens[n - 1]:
        return m.tokens[n].start
    if n and any(possessive_tok(t) for t in m.tokens[:-1]):
        return m.start
    return -1


def joined_names(registry: Registry, m: Mention) -> str | None:
    """ "Mara Osei, in Ohio, and Tom Reyes, in Texas, said": the speakers joined by "and",
    each named as the article names them ("Mara Osei and Tom Reyes"); None when the mention
    joins no people (see ``joined_people``) or one of them is a lone word no one was called."""
    people = joined_people(m.tokens)
    if not people:
        return None
    named: list[str] = []
    for p in people:
        if not person_name(p):
            named.append(registry.description(p) or spaced(p))  # "the mayor and Ann Lee"
            continue
        k = m.tokens.index(p[0])
        set_off = k > 0 and m.tokens[k - 1].text == ","  # "his wife, Vera"
        if len(p) == 1 and not set_off and p[0].lower not in registry.by_last and not given_name(p[0].text):
            return None  # "Procter and Gamble": no one met by either word
        who = registry.name(p, speaker=True)
        if who is None:
            return None
        named.append(who)
    return ", ".join(named[:-1]) + " and " + named[-1]


def opening_plural(registry: Registry, m: Mention) -> Mention | None:
    """ "Analysts at Delmar Bank said", "Supporters of Ana Rusk said", "Critics of the plan
    said": a plural noun of people with a capital only because it opens the sentence, before
    the phrase that says whose or where they are, read as the same words mid-sentence in lower
    case; None when the mention is no such phrase, or the word is a surname the article met."""
    toks = m.tokens
    if m.kind not in ("name", "description") or len(toks) < 3:
        return None
    first = toks[0]
    if not (
        first.is_cap
        and first.text[1:].islower()
        and people_plural(first.lower)
        and toks[1].text.islower()  # not "Doctors Without Borders"
        and toks[1].lower in OBJECT_PREPS  # not "Critics like Ann Lee": the name an example
        and first.lower not in registry.by_last
    ):
        return None
    low = [Token(first.lower, first.lower, first.start, first.end), *toks[1:]]
    return Mention(tuple(low), kind_of_mention(low), m.cue, tuple(head_of(low)))


def people_in_place(toks: list[Token]) -> list[Token]:
    """ "residents near Tilbury", "voters in Ashby": lower-case words ending in a noun of
    people, then a place phrase; those words ([] when the mention is no such phrase)."""
    k = next((k for k, t in enumerate(toks) if t.lower in PLACE_PREPOSITIONS), 0)
    if any(t.text == "," for t in toks[k:]):
        return []  # "the prosecutor in the case, Thabo Varga,": the name set off after it speaks
    if k < 1 or not all(t.text.isalpha() and (t.text.islower() or quantifier(t, toks)) for t in toks[:k]):
        return []  # "Many teachers in Ohio say": a quantifier opening the sentence has a capital
    return toks[:k] if person_noun(toks[k - 1].lower) else []


def quantifier(tok: Token, toks: list[Token]) -> bool:
    """ "Many", "Most", "Several": a quantifier opening ``toks``, capitalised at a sentence's start."""
    return tok is toks[0] and tok.lower in QUANTIFIERS and tok.text[1:].islower()


def people_related(toks: list[Token]) -> bool:
    """ "aides to Kit Bayo", "critics of Gov. Ann Lee", "parents of pupils at Ashby Primary",
    "veterans for Peace": a lower-case noun of people tied by "of", "for" or "to" to whoever
    or whatever they stand in for; the people speak, never the name in the phrase. People
    tied to a body's name speak for the body ("lawyers for Delmar Bank"): not these."""
    return (
        len(toks) >= 3
        and toks[0].text.isalpha()
        and toks[0].text.islower()
        and people_noun(toks[0].lower)
        and toks[1].lower in RELATIONAL_PREPS
        and not (toks[2].is_cap and is_org(toks[2:]))
    )


def group_name(toks: Sequence[Token]) -> bool:
    """Whether ``toks`` are a group's name and nothing else: a known plural of people joined by
    a preposition to capitalised words ("Pilots for Safer Skies", "Campaigners against Kelso
    Airport"; see ``mentions.people_group_name``); not with a place set off after it
    ("Residents of Dover, Delaware"), nor people who speak for the body they are "of" or
    "for" ("Lawyers for Delmar Bank": the bank, see ``people_related``); those "against" one
    never speak for it, nor any for people ("Advocates for Kelso Families")."""
    return (
        len(toks) >= 3
        and known_people(toks[0].lower)
        and people_group_name(toks, 1)
        and all(t.is_cap and t.text.isalpha() for t in toks[2:])
        and (toks[1].lower == "against" or known_people(toks[-1].lower) or not is_org(list(toks[2:])))
    )


def speaker_name(registry: Registry, m: Mention) -> str | None:
    """The person or body a mention stands for, named as fully as the article names it."""
    if m.kind == "name" and group_name(m.tokens):
        return spaced(list(m.tokens))  # "Doctors against Delay", "Pilots for Safer Skies": never the tail
    if (low := opening_plural(registry, m)) is not None:
        named = speaker_name(registry, low)  # the same answer for both spellings
        word = low.tokens[0].text
        return m.tokens[0].text + named[len(word) :] if named and named.startswith(word) else named
    whole = list(m.head or m.tokens)
    head = possessor(whole)  # "Bornstein's earlier letter … its prediction"
    owned = head is not whole and not head[-1].is_cap  # "the mayor's memo": the mayor
    if m.kind == "relative":
        if not m.head or kind_of_mention(head) == "relative":
            return None
        return speaker_name(registry, Mention(m.head, kind_of_mention(head), m.cue, m.head))
    if m.kind == "pronoun":
        return registry.pronoun(head[0].lower, head[0].start)
    if m.cue == "headline":
        return spaced(list(m.tokens))
    if (both := joined_names(registry, m)) is not None:
        return both
    where = people_in_place(list(m.tokens)) if m.kind in ("name", "description") else []
    if where and (m.kind == "name" or m.tokens[-1].is_cap):
        return spaced(where)  # "residents near Tilbury said", "Many teachers in Ohio say": never the place
    if m.kind == "name" and people_related(list(m.tokens)):
        return spaced(list(m.tokens))  # "aides to Kit Bayo say": the aides, never Kit Bayo
    if m.kind == "name":
        # "The lawyer, Nia Grant": the role set off before the name is hers ("the lawyer" later)
        upto = [t for t in m.tokens if t.start <= head[-1].start]  # not "of Acme" after the name
        named = registry.name(upto if head[0].text == "," else head, speaker=True)
        ent = registry.entity(named) if named is not None else None
        if ent is not None and ent.person and (run := person_name(head)):
            # "Its head of sales, Ann Lee, said": the role set off before the name is hers
            ent.roles |= roles_around(registry.text, run[0].start, run[-1].end)
            told_gender(registry, registry.text, ent, run[0].start, run[-1].end, run[-1].end)
        if named is None and len(m.tokens) > len(head):
            # "Officials at Harbor Safety Services": the body they speak for; not a place they
            # are in ("voters in Ashby": the voters) nor a person they stand with ("lawyers for
            # Ana Rusk": the lawyers)
            run = person_name(list(m.tokens))
            if run and given_name(run[0].text) and not is_org(run):
                return spaced(list(m.tokens))
            named = " ".join(t.text for t in run) or None
        return named
    if (
        m.kind == "description"
        and person_noun(m.tokens[-1].lower)  # "According to the minutes, Ann Lee said": no person
        and (apposed := apposed_name(registry, m.tokens[-1].end)) is not None
    ):
        return apposed
    if (resolved := registry.description(head)) is not None:
        return resolved
    stands_for = len(m.tokens) == 1 and m.tokens[0].lower in PRONOUNS  # "what it calls": the antecedent
    # "the union’s" of "the union’s demand for …": the possessor's head, without the ’s
    trimmed = bool(m.head) and m.head[-1].start == m.tokens[-1].start and m.head[-1].end < m.tokens[-1].end
    text = spaced(
        head if stands_for or owned or trimmed or examples_after(m.tokens, head) else list(m.tokens)
    )
    if head[-1].is_cap and head[-1].lower not in PEOPLE_BY_ORIGIN and not role_of_place(head):
        return registry.name(head) or text
    return text
