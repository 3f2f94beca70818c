"""The grammar of one sentence, as far as attribution needs it: its clauses, each clause's
subject and verbs, and which cue governs a quote.

A sentence's tokens (each quote one placeholder token) are read once, left to right, into
clauses. The main clause may hold clauses opened inside it: a fronted clause or participle
("When Lee spoke, …", "Calling Ross a “…”, Hale …"), an aside in commas, dashes or
brackets, a relative clause (", who …,", "a sign that read …"), an adverbial clause
(", while …", "because …"), a participle clause (", saying …"), an absolute ("with the
governor calling it …"), a coordinate clause with its own subject (", but the board …"),
and the report after a verb of speech ("said (that) …"), which runs to the end of the
clause the verb is in.

A quote is governed by the nearest cue before it in its own clause or, when its clause
has none, in the clauses it stands in; a cue inside a report is the reporter's, so the
outermost report governs ("Hale said Lee called it “…”" is Hale's account). Asides and
relative clauses closed before the quote govern nothing after them. Where no cue governs,
nothing does: the quote is left to the other sieves rather than given to the nearest name.

Every step reads a bounded number of tokens, so a sentence costs time linear in its length.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Final, NamedTuple

from quotecheck.extract import lexicon as lx
from quotecheck.extract.mentions import (
    ASIDE_SPAN,
    CONTRACTION,
    PARTY_TAG,
    Mention,
    adverb,
    adverb_like,
    agent_plural,
    agrees,
    appositive_name,
    aside_document,
    bare_present,
    can_speak,
    contact_relative,
    cue_at,
    floor_cue,
    head_of,
    joining_adverb,
    kind_of_mention,
    make_mention,
    many,
    medium,
    noun_slot,
    np_after_cue,
    np_backward,
    np_core,
    np_forward,
    object_governor,
    object_her,
    object_np_before,
    past_form,
    past_participle,
    people_noun,
    people_plural,
    perceived,
    person_like,
    person_noun,
    phrase_host,
    plural,
    possessor,
    possessor_len,
    present_after_name,
    pronoun_agrees,
    reads_as_person,
    relative_cue,
    restrictive_antecedent,
    role_word,
    served_name,
    set_off_aside,
    set_off_author,
    sex_of,
    speaker_shaped,
    speaking_subject,
    subject_of,
    verb_group_start,
    verb_like,
    witnessed,
)
from quotecheck.extract.names import (
    given_name,
    is_org,
    is_place,
    joins_name,
    word_gender,
)
from quotecheck.extract.sentences import Token, finite, index, possessive
from quotecheck.extract.subjects import dateline_end, fronted_verb, joined_after, opens_org, sentence_subject

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
ADDRESS_LEMMAS: Final = lx.ADDRESS_LEMMAS
AGENT_ONLY: Final = lx.AGENT_ONLY
AMOUNT_SIGNS: Final = lx.AMOUNT_SIGNS
ANY_ONE: Final = lx.ANY_ONE
ARTICLES: Final = lx.ARTICLES
ARTICLES_AND_POSSESSIVES: Final = lx.ARTICLES_AND_POSSESSIVES
AS_LEMMAS: Final = lx.AS_LEMMAS
AS_SOURCE_LEMMAS: Final = lx.AS_SOURCE_LEMMAS
AUTHOR_FORMS: Final = lx.AUTHOR_FORMS
AUTHOR_PREPS: Final = lx.AUTHOR_PREPS
AUXILIARIES: Final = lx.AUXILIARIES
BE_FORMS: Final = lx.BE_FORMS
BODY_BEFORE_NAME: Final = lx.BODY_BEFORE_NAME
CATENATIVES: Final = lx.CATENATIVES
CAUGHT_FORMS: Final = lx.CAUGHT_FORMS
CAUSATIVES: Final = lx.CAUSATIVES
CHANT_NOUNS: Final = lx.CHANT_NOUNS
CLAUSE_GOES_ON: Final = lx.CLAUSE_GOES_ON
CLAUSE_LEADERS: Final = lx.CLAUSE_LEADERS
CONTACT_FORMS: Final = lx.CONTACT_FORMS
CONTAINING_FORMS: Final = lx.CONTAINING_FORMS
CONTENT_FRAMES: Final = lx.CONTENT_FRAMES
COORDINATORS: Final = lx.COORDINATORS
CORE: Final = lx.CORE
CUE_FORMS: Final = lx.CUE_FORMS
DASHES: Final = lx.DASHES
DEMONSTRATIVES: Final = lx.DEMONSTRATIVES
DENIAL_FORMS: Final = lx.DENIAL_FORMS
DETERMINERS: Final = lx.DETERMINERS
JOINERS: Final = lx.JOINERS
PERSON_RELATIVES: Final = lx.PERSON_RELATIVES
PAIR_OPENERS: Final = lx.PAIR_OPENERS
DOCUMENT_NOUNS: Final = lx.DOCUMENT_NOUNS
NAMING_RELATIVES: Final = lx.NAMING_RELATIVES
NAMING_LINKS: Final = lx.NAMING_LINKS
PERSONAL_PRONOUNS: Final = lx.PERSONAL_PRONOUNS
NO_SEX_PRONOUNS: Final = lx.NO_SEX_PRONOUNS
ACCESS_PARTICIPLES: Final = lx.ACCESS_PARTICIPLES
CITING_PARTICIPLES: Final = lx.CITING_PARTICIPLES
DOCUMENT_PART_LINKS: Final = lx.DOCUMENT_PART_LINKS
DOCUMENT_PARTS: Final = lx.DOCUMENT_PARTS
EVENT_NOUNS: Final = lx.EVENT_NOUNS
EXPRESS_FORMS: Final = lx.EXPRESS_FORMS
FINITE_AUX: Final = lx.FINITE_AUX
FINITE_BE: Final = lx.FINITE_BE
FINITE_WORDS: Final = lx.FINITE_WORDS
FLOOR_PARTICLES: Final = lx.FLOOR_PARTICLES
FOCUS_ADVERBS: Final = lx.FOCUS_ADVERBS
FRONTING_SUBORDINATORS: Final = lx.FRONTING_SUBORDINATORS
HAVE_FORMS: Final = lx.HAVE_FORMS
HEARING_NOUNS: Final = lx.HEARING_NOUNS
IT_BODIES: Final = lx.IT_BODIES
ING_PREPOSITIONS: Final = lx.ING_PREPOSITIONS
IRREGULAR_PARTICIPLES: Final = lx.IRREGULAR_PARTICIPLES
LATER: Final = lx.LATER
LICENCE_NOUNS: Final = lx.LICENCE_NOUNS
MEDIUM: Final = lx.MEDIUM
MEETING_FORMS: Final = lx.MEETING_FORMS
MONTHS: Final = lx.MONTHS
NAME_PLACE_PREPS: Final = lx.NAME_PLACE_PREPS
NAMING_WORDS: Final = lx.NAMING_WORDS
NO_INVERSION: Final = lx.NO_INVERSION
NOT_NOUN_HEADS: Final = lx.NOT_NOUN_HEADS
NOT_VERBS_AFTER_PRONOUN: Final = lx.NOT_VERBS_AFTER_PRONOUN
NOUN_DETERMINERS: Final = lx.NOUN_DETERMINERS
NOUN_FRAME: Final = lx.NOUN_FRAME
NOUN_PREPOSITIONS: Final = lx.NOUN_PREPOSITIONS
NP_OBJECT_LEMMAS: Final = lx.NP_OBJECT_LEMMAS
NP_TAILS: Final = lx.NP_TAILS
NUMBER_WORDS: Final = lx.NUMBER_WORDS
OBJECT_LEMMAS: Final = lx.OBJECT_LEMMAS
OBJECT_PREPS: Final = lx.OBJECT_PREPS
OBJECT_PRONOUNS: Final = lx.OBJECT_PRONOUNS
OPENING_PREPOSITIONS: Final = lx.OPENING_PREPOSITIONS
ORDINALS: Final = lx.ORDINALS
ORG_WORDS: Final = lx.ORG_WORDS
OUTLET_WORDS: Final = lx.OUTLET_WORDS
OWN_SUBJECT_RELATIVES: Final = lx.OWN_SUBJECT_RELATIVES
PARTICIPLE_ENDS: Final = lx.PARTICIPLE_ENDS
PARTICIPLE_KEEPERS: Final = lx.PARTICIPLE_KEEPERS
PARTICLES_OUT: Final = lx.PARTICLES_OUT
PARTITIVES: Final = lx.PARTITIVES
PAST_FORMS: Final = lx.PAST_FORMS
PERCEIVE_FORMS: Final = lx.PERCEIVE_FORMS
PLACE_NOUNS: Final = lx.PLACE_NOUNS
PLURAL_SUBJECTS: Final = lx.PLURAL_SUBJECTS
POSITION_PREPOSITIONS: Final = lx.POSITION_PREPOSITIONS
POSSESSIVE_S: Final = lx.POSSESSIVE_S
PREPOSITIONS: Final = lx.PREPOSITIONS
PREPOSITIONS_OF_SETTING: Final = lx.PREPOSITIONS_OF_SETTING
PRONOUN_OF: Final = lx.PRONOUN_OF
PRONOUN_SPEAKERS: Final = lx.PRONOUN_SPEAKERS
PRONOUNS: Final = lx.PRONOUNS
PRONOUNS_HE_SHE_THEY: Final = lx.PRONOUNS_HE_SHE_THEY
PERSON_COMPOUND_ENDS: Final = lx.PERSON_COMPOUND_ENDS
UNNAMED_PERSON_NOUNS: Final = lx.UNNAMED_PERSON_NOUNS
PUBLISH_FORMS: Final = lx.PUBLISH_FORMS
PUT_OUT_FORMS: Final = lx.PUT_OUT_FORMS
PUT_OUT_NOUNS: Final = lx.PUT_OUT_NOUNS
QUESTION_LINKS: Final = lx.QUESTION_LINKS
TOPIC_BEFORE: Final = lx.TOPIC_BEFORE
QUOTING_FORMS: Final = lx.QUOTING_FORMS
RAISE_FORMS: Final = lx.RAISE_FORMS
REL_WORDS: Final = lx.REL_WORDS
RELATIVE_PRONOUNS: Final = lx.RELATIVE_PRONOUNS
CLAUSE_RELATIVES: Final = lx.CLAUSE_RELATIVES
RESULT_WORDS: Final = lx.RESULT_WORDS
SAYING_NOUNS: Final = lx.SAYING_NOUNS
SENTENCE_ADVERBS: Final = lx.SENTENCE_ADVERBS
SENTENCE_CONNECTIVES: Final = lx.SENTENCE_CONNECTIVES
SET_OFF_RELATIVES: Final = lx.SET_OFF_RELATIVES
SETTING_PREPOSITIONS: Final = lx.SETTING_PREPOSITIONS
SEXED_PRONOUNS: Final = lx.SEXED_PRONOUNS
SHOW_FORMS: Final = lx.SHOW_FORMS
SOMEONE: Final = lx.SOMEONE
SPEAKER_KINDS: Final = lx.SPEAKER_KINDS
SPEAKING_GROUPS: Final = lx.SPEAKING_GROUPS
SENTENCE_MARKS: Final = lx.SENTENCE_MARKS
SPEECH_NOUNS: Final = lx.SPEECH_NOUNS
JUDGEMENT_NOUNS: Final = lx.JUDGEMENT_NOUNS
STANCE_FORMS: Final = lx.STANCE_FORMS
STOP: Final = lx.STOP
STOP_CAPS: Final = lx.STOP_CAPS
SUBJECT_SPEAKS_IN_PASSIVE: Final = lx.SUBJECT_SPEAKS_IN_PASSIVE
SUBORDINATORS: Final = lx.SUBORDINATORS
TELL_LEMMAS: Final = lx.TELL_LEMMAS
ADDRESSING_LEMMAS: Final = lx.ADDRESSING_LEMMAS
PLEA_LEMMAS: Final = lx.PLEA_LEMMAS
OFFENCE_NOUNS: Final = lx.OFFENCE_NOUNS
NEGATIONS: Final = lx.NEGATIONS
TIME_DEICTICS: Final = lx.TIME_DEICTICS
TIME_LEADS: Final = lx.TIME_LEADS
TIME_NOUNS: Final = lx.TIME_NOUNS
DATE_WORDS: Final = lx.DATE_WORDS
TIME_POSSESSORS: Final = lx.TIME_POSSESSORS
TITLE_PREPOSITIONS: Final = lx.TITLE_PREPOSITIONS
TITLES: Final = lx.TITLES
TOPIC_PREPOSITIONS: Final = lx.TOPIC_PREPOSITIONS
UNSAID_WORDS: Final = lx.UNSAID_WORDS
USED_WORDS: Final = lx.USED_WORDS
UTTERANCE_LINKS: Final = lx.UTTERANCE_LINKS
UTTERANCE_NOUNS: Final = lx.UTTERANCE_NOUNS
VERB_GROUP_WORDS: Final = lx.VERB_GROUP_WORDS
VERB_PARTICLES: Final = lx.VERB_PARTICLES
VIEW_FILLERS: Final = lx.VIEW_FILLERS
VIEW_VERBS: Final = lx.VIEW_VERBS
VIEW_WORDS: Final = lx.VIEW_WORDS
WEAK_LEMMAS: Final = lx.WEAK_LEMMAS
WEAK_SUBORDINATORS: Final = lx.WEAK_SUBORDINATORS
WEEKDAYS: Final = lx.WEEKDAYS
DAY_ADVERBS: Final = lx.DAY_ADVERBS
WHOSE_WORK_NOUNS: Final = lx.WHOSE_WORK_NOUNS
WORD_USE_FORMS: Final = lx.WORD_USE_FORMS
FRONTED_WORDS: Final = lx.FRONTED

MAIN: Final = "main"
FRONTED: Final = "fronted"
ASIDE: Final = "aside"
RELATIVE: Final = "relative"
ADVERBIAL: Final = "adverbial"
PARTICIPLE: Final = "participle"
ABSOLUTE: Final = "absolute"
COORDINATE: Final = "coordinate"
REPORT: Final = "report"


@dataclass(slots=True, eq=False)
class Cue:
    """A verb group (or "according to") that can govern a quote: ``head`` is the verb,
    ``after`` the index after its particle or medium ("said in a statement"). Never changed
    after ``cue_here`` builds it; slotted rather than frozen, as a frozen dataclass is about
    twice as slow to build and a parse tries a cue at every cue word. Compared by identity."""

    head: int
    after: int
    text: str
    speech: bool
    """A verb of speech or writing (it reports words); else a verb of stance, which takes
    a quote only as its object ("Lee backs “fair fees”")."""
    mention: Mention | None = None
    """For a noun of speech, its possessor: "her claim that …", "Lee’s remark that …"."""


Pass = Callable[[Token], bool] | None
"""Which tokens a walk may pass over (None: any)."""


class Clause(NamedTuple):
    """A clause: its tokens ``start:end``, its role, and the clause it was opened in (-1
    for a main clause). A named tuple: every parse builds a few, and it is built fastest."""

    start: int
    end: int
    role: str
    parent: int


@dataclass(slots=True, eq=False)
class Sentence:
    """One parse: its tokens, clauses, each token's clause, and cues. Never changed after
    ``parse`` builds it but for ``memo`` (subjects found); slotted rather than frozen, as a
    frozen dataclass is twice as slow to build and every quote parses once or twice."""

    tokens: list[Token]
    clauses: tuple[Clause, ...]
    owner: tuple[int, ...]
    """The clause each token belongs to (the innermost one)."""
    cues: tuple[Cue, ...]
    memo: dict[int, Mention | None] = field(default_factory=dict, compare=False)

    def clause_of(self, i: int) -> Clause:
        return self.clauses[self.owner[i]]


BE_NUMBER: Final = {w: not w.endswith("s") for w in (*FINITE_BE, "has", "have")}
"""Finite verbs that show their subject's number (the singular ones end in "-s", as "says"
does): the noun a reduced relative follows agrees."""

CLAUSE_OPENERS: Final = frozenset({*PRONOUNS, *RELATIVE_PRONOUNS, *SUBORDINATORS, *COORDINATORS})
"""Words that end a reduced relative's phrase with a clause of their own ("if Lee did")."""

CUE_WORDS: Final = frozenset(
    {
        *SHOW_FORMS,
        *CUE_FORMS,
        *STANCE_FORMS,
        *UTTERANCE_NOUNS,
        *JUDGEMENT_NOUNS,
        *CHANT_NOUNS,
        *VIEW_VERBS,
        *EXPRESS_FORMS,
        "according",
        "in",
    }
)
"""The words a cue can start with: every other token is skipped by ``cue_here``."""


FINITE_CUES: Final = frozenset(
    w for w in (*CUE_FORMS, *STANCE_FORMS) if w.isalpha() and not w.endswith("ing")
)
"""Verb forms of speech and stance that may be a clause's finite verb ("the nurses asked
about it said"); other "-ed" words after a reduced relative are more participles."""

SPEECH_NOUN_FORMS: Final = frozenset(SPEECH_NOUNS | {w + "s" for w in SPEECH_NOUNS})
"""Nouns of speech and their plurals: "claims that", "accusations that"."""

CLAUSE_WORDS: Final = frozenset(
    {*COORDINATORS, *SET_OFF_RELATIVES, *RELATIVE_PRONOUNS, *SUBORDINATORS, "with"}
    | FINITE_WORDS
    | SPEECH_NOUN_FORMS
    | CUE_WORDS
)
"""Every word ``parse`` looks up: any other word of letters (not ending in "-ed", not after
a comma or he/she/they) only joins the clause open before it."""


PLAIN_MARKS: Final = frozenset({".", ":", "!", "?"})
"""Marks that open and close no clause in ``parse`` (unlike , ; ( ) and dashes)."""
MAIN_CLAUSE_MARKS: Final = frozenset({",", "<q>", "<q,>"})
"""A comma or a quote (ending in a comma or not) closes only clauses opened inside the main
one: with none open, it opens and closes nothing either."""
COMMA_OR_DASH: Final = lx.COMMA_OR_DASH
COMMA_SEMICOLON_OR_DASH: Final = COMMA_OR_DASH | {";"}
COMMA_COLON_SEMICOLON_OR_DASH: Final = COMMA_SEMICOLON_OR_DASH | {":"}


def push(spans: list[list[int | str]], stack: list[int], n: int, role: str, at: int) -> None:
    """Open a clause of ``role`` at token ``at`` inside the innermost open one (``parse``'s
    clause list and stack; ``n``: the number of tokens, where an open clause ends)."""
    spans.append([at, n, role, stack[-1]])
    stack.append(len(spans) - 1)


def set_off_relative(tokens: list[Token], r: int, i: int) -> bool:
    """Whether the relative clause opened at ``r`` is set off after a name or a noun by a comma
    (", who led the study,") and the word after the "and" at ``i`` is no relative pronoun ("and
    who has called": the clause goes on)."""
    return (
        r >= 2
        and tokens[r - 1].text == ","
        and tokens[r].lower in CLAUSE_RELATIVES
        and i + 1 < len(tokens)
        and tokens[i + 1].lower not in RELATIVE_PRONOUNS
    )


def close(spans: list[list[int | str]], stack: list[int], k: int, end: int) -> None:
    """Close clause ``k`` (on the stack) and every clause opened inside it."""
    while len(stack) > 1:
        c = stack.pop()
        spans[c][1] = end
        if c == k:
            return


def open_role(spans: list[list[int | str]], stack: list[int], role: str) -> int:
    """The innermost open clause of ``role`` (never MAIN: the bottom of the stack is the
    main clause, so it is not looked at), or -1."""
    for k in range(len(stack) - 1, 0, -1):
        if spans[stack[k]][2] == role:
            return stack[k]
    return -1


def parse(tokens: list[Token]) -> Sentence:
    """The clauses and cues of ``tokens`` (one sentence, or its part before a quote)."""
    n = len(tokens)
    spans: list[list[int | str]] = [[0, n, MAIN, -1]]
    stack = [0]
    owner = [0] * n
    cues: list[Cue] = []

    lead = 0
    while lead < n and (tokens[lead].lower in COORDINATORS or tokens[lead].lower in FOCUS_ADVERBS):
        lead += 1  # "But even after …", "Just before …"
    cm = next((k for k in range(lead + 1, min(n, lead + 4)) if tokens[k].text == ","), -1)
    if cm > 0 and cm + 1 < n and tokens[cm + 1].lower in SUBORDINATORS and tokens[cm - 1].lower in TIME_NOUNS:
        lead = cm + 1  # "Last month, when I asked Hale …, he said": a time before the fronted clause
    if n and opens_fronted(tokens, lead):
        push(spans, stack, n, FRONTED, lead)
    report_from = -1
    restrictive: dict[int, bool] = {}  # restrictive relative clauses: whether their verb was met
    has_verb: dict[int, bool] = {}  # clauses whose finite verb was met
    fronted_inner: set[int] = set()  # fronted clauses inside a report
    past_comma: set[int] = set()  # clauses a comma inside has been met in
    held: set[int] = set()  # the commas around an absolute's appositive: they close nothing
    for i, tok in enumerate(tokens):
        text = tok.text
        if (
            tok.lower not in CLAUSE_WORDS
            and text.isalpha()
            and not tok.lower.endswith("ed")
            and report_from != i
            and stack[-1] not in restrictive
            and (i == 0 or (tokens[i - 1].text != "," and tokens[i - 1].lower not in PRONOUNS_HE_SHE_THEY))
            and not place_relative(tokens, i)
            # "cut in: “…”": a cue by its particle (floor_cue asked only before one)
            and (i + 1 == n or tokens[i + 1].lower not in FLOOR_PARTICLES or floor_cue(tokens, i) < 0)
        ):
            owner[i] = stack[-1]  # a plain word: no event below can fire on it
            continue
        if (
            (text in PLAIN_MARKS or (len(stack) == 1 and tok.lower in MAIN_CLAUSE_MARKS))
            and report_from != i
            and stack[-1] not in restrictive
        ):
            owner[i] = stack[-1]  # a stop, a colon, or a comma or quote in the main clause: likewise
            continue
        # closing events: the token ends a clause (and belongs to it)
        if text == ")" and (k := opened_by(spans, stack, tokens, "(")) >= 0:
            owner[i] = k
            close(spans, stack, k, i + 1)
            continue
        if (
            tok.lower in COORDINATORS
            and i > 0
            and tokens[i - 1].text == ","
            and (k2 := adverb_run_end(tokens, i + 1)) < n
            and cue_at(tokens, k2) is not None
        ):
            pop_reports(spans, stack, i)  # "said the members will meet, but said “…”"
        if (
            tok.lower == "and"
            and len(stack) > 1
            and tokens[i - 1].text == ","
            and spans[stack[-1]][2] == RELATIVE
            and set_off_relative(tokens, int(spans[stack[-1]][0]), i)
            and not has_verb.get(stack[-2], False)
        ):
            # "Dr. Ann Vidal, who led the study, and Dr. Sam Cho wrote": the clause the relative
            # is set off in has no verb yet, so "and" joins a second subject to it, not a clause
            close(spans, stack, stack[-1], i - 1)
        dash = (text in DASHES or text == "-") and is_dash(tokens, i)
        if dash and (k := opened_by(spans, stack, tokens, *DASHES, "-")) >= 0:
            owner[i] = k
            close(spans, stack, k, i + 1)
            if (f := open_role(spans, stack, FRONTED)) >= 0 and dash_closes_fronted(tokens, i):
                close(spans, stack, f, i + 1)
            continue
        if text == ";":
            close(spans, stack, stack[1], i) if len(stack) > 1 else None
            spans.append([i + 1, n, MAIN, -1])
            stack[:] = [len(spans) - 1]
            owner[i] = stack[0]
            continue
        if (text == "," or tok.lower == "<q,>") and len(stack) > 1:
            top = stack[-1]
            fronted = open_role(spans, stack, FRONTED)
            if fronted >= 0 and i > lead and fronted_appositive(tokens, i) >= 0:
                owner[i] = stack[-1]  # "Asked by the host, Radio Quay's Ann Lee, to respond, Hale said"
                continue
            if (
                fronted >= 0
                and i > lead
                and (not next_is_quote(tokens, i) or fronted in fronted_inner)
                and not shared_predicate(tokens, i)
            ):
                owner[i] = stack[-1] if tok.quote >= 0 else fronted  # a quote stays in its own clause
                close(spans, stack, fronted, i + 1)
                continue
            if spans[top][2] == REPORT and participle_aside_ends(tokens, cues, int(spans[top][0]), i):
                close(spans, stack, top, i)  # "Lee, asked whether Hale lied, said": the aside's question ends
                owner[i] = stack[-1]
                continue
            relative = open_role(spans, stack, RELATIVE)
            if relative in restrictive and stack.index(relative) >= 1:
                outer = stack[stack.index(relative) - 1]  # "Lee, who chairs the board that met, said":
                if (
                    spans[outer][2] == RELATIVE
                    and set_off_relative(tokens, int(spans[outer][0]), i)
                    and not tokens[i + 1].is_cap  # "the side that won the cup, Marlow Town,": its name
                    and not any(t.text == "," for t in tokens[int(spans[relative][0]) : i])
                ):
                    relative = outer  # the comma closes the set-off clause the restrictive one is in
            first_comma = relative >= 0 and relative not in past_comma
            past_comma.add(relative)
            series_back = (
                first_comma
                and relative not in restrictive
                and text == ","  # not a quote's comma (“…,”), which the style may put there
                and has_verb.get(relative, False)
                and i + 2 < n
                and tokens[i + 1].lower in ("and", "but")
                and bare_verb(
                    tokens, i + 3 if tokens[i + 2].lower in LATER else adverb_run_end(tokens, i + 2)
                )
                and all(has_verb.get(c, False) for c in stack[: stack.index(relative)])
            )  # "praised the nurses, who had worked all night, and called": the comma closes the
            # relative, and the verb after "and" is the main clause's (not "who had worked all night
            # and called", nor "who had worked, slept, and called": the relative's own series)
            before_quote = (
                next_is_quote(tokens, i)
                and cue_at(tokens, i - 1) is None
                and not speech_then_setting(tokens, int(spans[relative][0]) if relative >= 0 else i, i)
            )
            resumed = resumes(tokens, i) or (has_verb.get(relative, False) and finite_follows(tokens, i + 1))
            after_that = tokens[i - 1].lower == "that"  # "pledged that, if elected, …": a clause is inserted
            if (
                relative >= 0
                and (resumed or before_quote or series_back)
                and i - int(spans[relative][0]) >= 2
                and not after_that
                and not aside_closes(tokens, int(spans[relative][0]), i)
                and not (
                    bare_verb(tokens, i + 1)
                    and CUE_FORMS.get(tokens[i + 1].lower) not in CORE  # not "said a spokesman"
                    and all(has_verb.get(c, False) for c in stack[: stack.index(relative) + 1])
                )  # "praised the sheriff, who has arrested ten men, closed two bars": the relative's series
                # (not "The mayor, who fired the chief, who had served …, called": the main verb)
            ):
                owner[i] = relative
                close(spans, stack, relative, i + 1)
                if (
                    spans[stack[-1]][2] == PARTICIPLE
                    and i + 1 < n
                    and finite_at(tokens, i + 1)
                    and not tokens[i + 1].lower.endswith("ing")
                ):
                    close(
                        spans, stack, stack[-1], i + 1
                    )  # "Lee, citing her aunt, who ran the mill, wrote": the aside ends too
                continue
            participle = open_role(spans, stack, PARTICIPLE)
            if (
                participle >= 0
                and i + 1 < n
                and finite(tokens[i + 1])
                and not tokens[i + 1].lower.endswith("ing")
            ):
                owner[i] = participle
                close(spans, stack, participle, i + 1)  # "Lindqvist, leading in the polls, questioned …"
                continue
            adverbial = open_role(spans, stack, ADVERBIAL)
            if adverbial >= 0 and (
                finite_follows(tokens, i + 1)
                or (
                    has_verb.get(adverbial, False)
                    and set_off_at(tokens, int(spans[adverbial][0]))
                    and finite_at(tokens, adverb_run_end(tokens, i + 1))
                )  # "The mayor, as her critics say, has called": an aside between subject and verb
                or (
                    reduced_adverbial(tokens, int(spans[adverbial][0]))
                    and i + 1 < n
                    and finite_at(tokens, i + 1)
                )
                or (
                    next_is_quote(tokens, i)
                    and has_verb.get(adverbial, False)
                    and any(c.speech and owner[c.head] == spans[adverbial][3] for c in cues)
                    and not speech_before_quote(tokens, int(spans[adverbial][0]), i)
                )
            ):
                owner[i] = adverbial
                close(
                    spans, stack, adverbial, i + 1
                )  # "after the talk ended, Lee said", "Lee, while being asked, said";
                # "“…,” Lee said, as horns blared, “…”": after a verb of speech of the clause around
                # it, a clause set off with no verb of speech of its own does not take the quote
                continue
            if spans[top][2] == ABSOLUTE and i in held:
                owner[i] = top  # "with one trader, Nils Berg, calling": the subject's appositive
                continue
            if spans[top][2] == ABSOLUTE and not next_is_quote(tokens, i):
                if tok.quote >= 0:
                    owner[i] = top  # "with Lee saying “…,” to cheers": the quote is the absolute's
                    close(spans, stack, top, i + 1)
                    continue
                close(spans, stack, top, i)
        agrees = stack[-1] in restrictive and plural_after_relative(tokens, i, int(spans[stack[-1]][0]))
        while (
            (
                len(stack) > 1
                and (
                    (spans[stack[-1]][2] == RELATIVE and (restrictive.get(stack[-1], False) or agrees))
                    or (
                        spans[stack[-1]][2] == ADVERBIAL
                        and has_verb.get(stack[-1], False)
                        and i - int(spans[stack[-1]][0]) > 2
                    )
                )
                and (finite_at(tokens, i) or agrees)
                and i > 0
                and tokens[i - 1].lower not in COORDINATORS
                and tokens[i - 1].lower not in RELATIVE_PRONOUNS
                and tokens[i - 1].lower not in PRONOUNS
                and tokens[i - 1].text.isalpha()
                and (tokens[i - 1].lower not in AUXILIARIES or day_closes_clause(tokens, i))
                and (not finite_at(tokens, i - 1) or place_relative_verb(tokens, spans, stack, i))
                and not (tokens[i - 1].lower == "there" and tokens[int(spans[stack[-1]][0])].lower == "where")
                and cue_at(tokens, i - 1) is None
            )
            or (
                len(stack) > 1
                and spans[stack[-1]][2] == RELATIVE
                and whose_clause_done(tokens, int(spans[stack[-1]][0]), i)
            )
            or (
                len(stack) > 1
                and spans[stack[-1]][2] == RELATIVE
                and restrictive.get(stack[-1], False)
                and object_then_cue(tokens, i)
            )
            or (
                len(stack) > 2
                and spans[stack[-1]][2] == REPORT
                and spans[stack[-2]][2] == RELATIVE
                and has_verb.get(stack[-1], False)
                and report_done(tokens, cues, int(spans[stack[-2]][0]), i)
            )
        ):
            close(
                spans, stack, stack[-1], i
            )  # "the crews who sailed with her say": the main verb after the clause
        # opening events: the token starts a clause (and belongs to it)
        low = tok.lower
        prev = tokens[i - 1] if i > 0 else None
        if text == "(" or (dash and closing_dash(tokens, i)):
            push(spans, stack, n, ASIDE, i)
        elif (
            low in SET_OFF_RELATIVES
            and prev is not None
            and (prev.text == "," or is_dash(tokens, i - 1) or prev.lower == "<q,>")
        ):
            push(spans, stack, n, RELATIVE, i)
        elif (
            prev is not None
            and prev.text == ","
            and i + 1 < n
            and tokens[i + 1].lower in ("which", "whom")
            and text.isalpha()
            and text.islower()
        ):
            push(spans, stack, n, RELATIVE, i)  # ", to which O’Malley replied", ", in which she says"
        elif (
            low == "that"
            and prev is not None
            and prev.text == ","
            and verb_follows(tokens, i + 1)
            and aside_document(tokens, i - 1) is not None
        ):
            push(
                spans, stack, n, RELATIVE, i
            )  # "a memo, apparently sent by an aide, that reads “…”": the aside closed
            restrictive[stack[-1]] = False
        elif (
            low in CLAUSE_RELATIVES
            and prev is not None
            and (
                restrictive_antecedent(prev)
                or (prev.lower in SOMEONE and i - 1 == lead and not speech_verb_next(tokens, i + 1))
                # "a message that said", "the post which read": a noun spelt as a verb of speech
                # after an article (not "Lee's post that …", a noun of speech and its content)
                or (
                    CUE_FORMS.get(prev.lower) is not None
                    and i >= 2
                    and tokens[i - 2].lower in ARTICLES
                    and finite_at(tokens, i + 1)
                )
            )
            and (prev.lower not in STANCE_FORMS or noun_use(tokens, i - 1) or after_verb(tokens, i - 1))
            and (low != "that" or verb_follows(tokens, i + 1))
        ):
            push(spans, stack, n, RELATIVE, i)  # "a sign that read “…”", "lawyers who checked it"
            restrictive[stack[-1]] = False
        elif (
            low in SUBORDINATORS
            and i > lead
            and not (low == "as" and prev is not None and prev.lower == "such")  # "groups such as …"
            and not (i + 1 < n and tokens[i + 1].lower == "of")  # "because of his age": a preposition
            and (
                low not in WEAK_SUBORDINATORS
                or finite_follows(tokens, i + 1)
                or (reduced_adverbial(tokens, i) and i >= 2 and tokens[i - 2].lower == "that")
            )
        ):
            inner = (
                prev is not None
                and spans[stack[-1]][2] == REPORT
                and (prev.lower == "that" or (prev.text == "," and i > 1 and tokens[i - 2].lower == "that"))
            )
            if inner:
                push(
                    spans, stack, n, FRONTED, i
                )  # "said that once the ferry docks, “…”": closes at its comma
                fronted_inner.add(stack[-1])
            else:
                push(spans, stack, n, ADVERBIAL, i)
        elif place_relative(tokens, i):
            push(spans, stack, n, RELATIVE, i)  # "The school where she taught said": the school's words
            restrictive[stack[-1]] = False
        elif (
            low == "where"  # a relative adverb of place: a participle in its clause is its subject's
            and i > lead
            and prev is not None
            and not any(said(tokens, c) and owner[c.head] in stack for c in cues)
            and people_clause_follows(tokens, i + 1)
        ):
            if prev.text == ",":
                pop_reports(spans, stack, i)
            push(spans, stack, n, ADVERBIAL, i)  # "at the hall, where her fans stood singing": theirs
            # (not "where the mill closed": a thing is no speaker; nor after a verb of speech of
            # a clause around it). Set off after the clause ("…, where nurses had gathered,
            # chanting") a participle goes on with the main clause: PARTICIPLE_KEEPERS has no "where"
        elif low == "with" and (a := absolute_participle(tokens, i + 1)) > 0:
            push(spans, stack, n, ABSOLUTE, i)
            held.update(k for k in range(i, a) if tokens[k].text == ",")
        elif (
            low in COORDINATORS
            and i > 0
            and has_verb.get(stack[-1], False)
            and (
                finite_follows(
                    tokens,
                    i + 1,
                    named=True,
                    set_off=tokens[i - 1].lower in (",", "<q,>"),
                    report=open_role(spans, stack, REPORT) >= 0,
                )
                or subject_participle_follows(tokens, i + 1)
            )
        ):
            pop_reports(spans, stack, i, (REPORT, PARTICIPLE, ADVERBIAL, ABSOLUTE))
            push(spans, stack, n, COORDINATE, i)
        elif (
            prev is not None
            and prev.text == ","
            and has_verb.get(stack[-1], False)
            and text[:1].isalnum()
            and low not in CLAUSE_WORDS
            and not (low.endswith("ing") and text.islower())  # ", holding signs saying": a participle's
            and bare_absolute(tokens, i) > 0
        ):
            pop_reports(spans, stack, i, (REPORT, PARTICIPLE, ADVERBIAL, ABSOLUTE))
            push(
                spans, stack, n, ABSOLUTE, i - 1
            )  # "The strike ended, its leaders declaring “…”": the comma opens
            # an absolute with no "with", whose subject speaks
        elif (
            i > 0
            and prev is not None
            and prev.text == ","
            and low.endswith("ing")
            and text.islower()
            and len(low) > 4
            and low not in ING_PREPOSITIONS
            and not (i + 1 < n and tokens[i + 1].lower in FINITE_AUX)  # ", spending was": a gerund subject
        ):
            pop_reports(spans, stack, i)
            while (
                len(stack) > 1
                and spans[stack[-1]][2] == ADVERBIAL
                and tokens[int(spans[stack[-1]][0])].lower not in PARTICIPLE_KEEPERS
            ):
                spans[stack.pop()][1] = i  # "praised it after she presented it, saying": the main clause's
            push(spans, stack, n, PARTICIPLE, i)
        owner[i] = stack[-1]
        clause, verb_before = stack[-1], has_verb.get(stack[-1], False)  # a verb before this word
        finite_here = (low in FINITE_WORDS or low.endswith("ed")) and finite_at(tokens, i)
        if (
            finite_here
            or (("’" in text or "'" in text) and CONTRACTION.fullmatch(low.replace("'", "’")))
            or (prev is not None and prev.lower in PRONOUNS_HE_SHE_THEY and tok.text.isalpha())
            or (prev is not None and prev.lower == "who" and text.isalpha() and text.islower())
        ):
            has_verb[stack[-1]] = True
            if stack[-1] in restrictive:
                restrictive[stack[-1]] = True  # the relative clause has its own verb
        # cues; the report after a verb of speech is opened after its cue words
        if report_from == i:
            push(spans, stack, n, REPORT, i)
            owner[i] = stack[-1]
            if ("’" in text or "'" in text) and CONTRACTION.fullmatch(low.replace("'", "’")):
                has_verb[stack[-1]] = True  # "said he’d make it": the report opens on its verb
        if (
            low in SPEECH_NOUN_FORMS
            and that_clause_follows(tokens, i)
            and report_from < i
            and (noun_use(tokens, i) or after_verb(tokens, i) or not finite(tok))
        ):
            report_from = i + 1  # "repeated claims that Ross recites …": a noun's reported clause
        c = None
        if low in CUE_WORDS or floor_cue(tokens, i) > i:
            fronted_verb = (
                tokens[0].quote >= 0
                and stack[-1] == 0
                and not has_verb.get(0)
                and ends_clause(tokens, i)
                and not name_set_off_before_cue(tokens, i)
            )
            # a finite verb is known to be no noun: cue_here need not ask again
            c = cue_here(tokens, i, agrees or fronted_verb or finite_here)
        if (
            c is not None
            and c.mention is None
            and second_verb_is_noun(tokens, i)
            and ((verb_before and clause == stack[-1]) or not object_follows(tokens, i))
        ):
            c = None  # "was defending it against recent attacks": the clause has its verb; "the
            # terrorist attacks, which …": no object follows (not "The mayor calls it “…”")
        if c is not None and c.speech and c.mention is None:
            q = trailing_after_quote(tokens, i)
            if q >= 0:
                while (
                    len(stack) > 1
                    and spans[stack[-1]][2] in (REPORT, PARTICIPLE, ADVERBIAL, ABSOLUTE)
                    and int(spans[stack[-1]][0]) <= q
                ):
                    spans[stack.pop()][1] = q + 1
                for k in range(q + 1, i + 1):
                    owner[k] = stack[-1]  # "… say that “…,” Lee added, saying": Lee's own clause
        if c is not None:
            cues.append(c)
            if c.mention is not None:
                report_from = nominal_report(tokens, c.after)
            elif c.speech and CUE_FORMS.get(tokens[i].lower) not in OBJECT_LEMMAS:
                report_from = report_start(tokens, c.after, CUE_FORMS.get(tokens[i].lower) in TELL_LEMMAS)
    clauses = tuple(map(Clause._make, spans))
    return Sentence(tokens, clauses, tuple(owner), tuple(cues))


def day_closes_clause(tokens: list[Token], i: int) -> bool:
    """ "Workers who walked out Monday said", "the man who was hurt yesterday said": a day
    after the words that follow a relative clause's verb ends that clause, and the verb at
    ``i`` is the main clause's (not "who had yesterday said": a day inside the verb group)."""
    if i < 2 or tokens[i - 1].lower not in DAY_ADVERBS:
        return False
    before = tokens[i - 2]
    return (
        before.text.isalpha()
        and before.lower not in AUXILIARIES
        and before.lower not in PRONOUNS
        and before.lower not in CLAUSE_RELATIVES
        and before.lower not in COORDINATORS
    )


def place_relative(tokens: list[Token], i: int) -> bool:
    """ "The school where she taught", "the hospital where he was treated": a comma-less
    "where" after a noun a determiner opens, the noun opening its clause, with a subject and
    finite verb of its own, opens a restrictive relative clause on that noun."""
    if tokens[i].lower != "where" or i < 2 or not determined_noun_before(tokens, i):
        return False
    d = next(k for k in range(i - 1, -1, -1) if tokens[k].lower in NOUN_DETERMINERS or possessor(tokens[k]))
    # the noun opens its clause (no verb's or preposition's object: "runs the airport where")
    opens = d == 0 or not tokens[d - 1].text.isalpha()
    return opens and finite_follows(tokens, i + 1)


def place_relative_verb(tokens: list[Token], spans: list[list[int | str]], stack: list[int], i: int) -> bool:
    """A verb right before ``i`` that is a place relative's own, after its subject ("the
    school where she taught said"): "where" is never the subject, so a second finite
    verb is the main clause's."""
    start = int(spans[stack[-1]][0])
    return tokens[start].lower == "where" and spans[stack[-1]][2] == RELATIVE and i - start >= 3


def participle_aside_ends(tokens: list[Token], cues: list[Cue], start: int, i: int) -> bool:
    """ "Lee, asked whether Hale lied, said", "The senator, pressed on whether the mayor knew,
    told": the report opened at ``start`` is the question of a past participle set off after
    the clause's opening noun phrase (no verb before it), and the comma at ``i`` ends that
    aside when a finite verb follows it: the verb is the main clause's, and so its subject."""
    if i - start > 24:
        return False
    c = next((c for c in reversed(cues) if c.head < start), None)  # past the report's few own cues
    if c is None or c.mention is not None:
        return False
    h = c.head
    if h < 2 or h > 16 or tokens[h - 1].text != "," or not past_participle(tokens[h]):
        return False
    k = adverb_run_end(tokens, i + 1)
    return (
        k < len(tokens)
        and tokens[k].text.islower()
        and not tokens[k].lower.endswith("ing")
        and finite_at(tokens, k)
    )


def set_off_at(tokens: list[Token], a: int) -> bool:
    """Whether the clause opened at ``a`` stands in an aside: right after its comma or dash
    (", as her critics say,"), or right after a past participle that is (", asked if she
    would run,", ", told when the vote was,")."""
    return tokens[a - 1].text in COMMA_OR_DASH or (
        a >= 2 and past_participle(tokens[a - 1]) and tokens[a - 2].text in COMMA_OR_DASH
    )


def shared_predicate(tokens: list[Token], i: int) -> bool:
    """ "When a farmer asked about trade, and said he was …": after the comma at ``i``, a
    conjunction and at once a past verb or a verb of saying go on with the clause before the
    comma, whose subject they share ("When the vote ended, and Lee said": a subject of its own)."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower not in COORDINATORS:
        return False
    k = adverb_run_end(tokens, i + 2)
    return (
        k < len(tokens)
        and tokens[k].text.islower()
        and (tokens[k].lower.endswith("ed") or tokens[k].lower in FINITE_CUES)
    )


def whose_clause_done(tokens: list[Token], w: int, i: int) -> bool:
    """ "A woman whose son died in the crash said", "parents whose children attend it say": a
    comma-less relative opened by "whose" at ``w`` has its own subject (the noun after "whose")
    and its verb before the finite verb at ``i``, which is the main clause's."""
    return tokens[w].lower == "whose" and finite_at(tokens, i) and whose_verb_before(tokens, w, i)


def report_done(tokens: list[Token], cues: list[Cue], w: int, i: int) -> bool:
    """ "A man whose son told police he was beaten said": the report of a verb of speech inside
    a comma-less "whose" clause at ``w`` has its verb, and a finite verb of speech at ``i`` after
    a word that leads no verb of its own (no auxiliary, pronoun, conjunction or "that") has no
    subject there: it is the main clause's, and the report and the relative both end before it."""
    if tokens[w].lower != "whose" or not 3 <= i - w <= 12:
        return False  # whose_clause_done's bound, tested first: the scan over the cues is not free
    g = verb_group_start(tokens, i, w + 1)  # "he will run again told": the adverb is the group's
    prev = tokens[g - 1].lower
    return (
        tokens[w].lower == "whose"
        and tokens[i].text.islower()
        and finite_at(tokens, i)
        and cue_at(tokens, i) is not None
        and any(w < c.head < i and c.speech for c in cues)
        and tokens[g - 1].text.isalpha()
        and prev not in AUXILIARIES
        and prev not in COORDINATORS
        and prev not in RELATIVE_PRONOUNS
        and prev not in PRONOUNS
        and prev != "to"
        and whose_clause_done(tokens, w, i)
    )


def whose_verb_before(tokens: list[Token], w: int, i: int) -> bool:
    """Whether the words from "whose" at ``w`` to ``i`` hold a noun and then its verb: a past
    or finite verb ("whose son died in the crash", "whose class was cancelled") or a verb
    seen by its object, an article after a word that is no preposition ("whose children
    attend the school"); not "whose grown son said" nor "whose Harbor Watch group has", where
    the verb at ``i`` is the relative's own. Only words between (no comma, no quote), the last
    no auxiliary, conjunction or verb of speech ("whose son has said", "whose son and aide")."""
    if i - w < 3 or i - w > 12:
        return False
    if not all(tokens[k].text.isalpha() or "-" in tokens[k].text for k in range(w + 1, i)):
        return False
    g = verb_group_start(tokens, i, w + 1)  # "failed Tuesday said", "has said": the group's words
    for k in range(w + 2, g):
        t = tokens[k]
        if finite(t) or t.lower in PAST_FORMS or (len(t.lower) > 3 and t.lower.endswith("ed")):
            return True
        if (
            t.lower in DETERMINERS
            and k - 1 > w + 1  # not "whose son the mayor called": an object relative's own subject
            and tokens[k - 1].text.islower()
            and tokens[k - 1].lower not in PREPOSITIONS
        ):
            return True  # "whose children attend the school", "whose leases expire this month"
    return False


def speech_then_setting(tokens: list[Token], lo: int, i: int) -> bool:
    """ "who declared at the meeting, “…”", "in which she told them, “…”": a verb of speech
    followed only by a setting, or a verb of telling by its listener, up to the comma at
    ``i`` takes the quote after that comma."""
    v = last_cue_before(tokens, lo, i)
    if v < 0:
        return False
    lemma = CUE_FORMS.get(tokens[v].lower)
    if lemma in TELL_LEMMAS and v + 2 == i and tokens[v + 1].lower in OBJECT_PRONOUNS:
        return True
    if lemma in TELL_LEMMAS and (listener := np_forward(tokens, v + 1, i)) is not None:
        return index(tokens, listener[-1], v + 1) == i - 1
    return lemma in CORE and tokens[v + 1].lower in PREPOSITIONS_OF_SETTING


def last_cue_before(tokens: list[Token], lo: int, i: int) -> int:
    """Where the cue nearest before the comma at ``i`` stands, after ``lo``, with nothing but
    words after it up to that comma; -1 if punctuation or a quote comes first (the words
    after a cue set off from the comma belong to another clause). A word may hold a point,
    a hyphen or an apostrophe ("told the St. Louis Post-Dispatch", "told O’Brien"), a number
    its thousands comma ("told 5,000 fans": one token): they set nothing off."""
    for v in range(i - 1, lo, -1):
        if cue_at(tokens, v) is not None:
            return v
        if not (tokens[v].text[:1].isalnum() or tokens[v].text == "-"):
            return -1
    return -1


def bare_verb(tokens: list[Token], k: int) -> bool:
    """A finite verb with no subject of its own at ``tokens[k]`` ("and called it")."""
    return (
        k < len(tokens)
        and tokens[k].text.islower()
        and not tokens[k].lower.endswith("ing")
        and tokens[k].lower not in AUXILIARIES  # "which the board expects will cost …, would risk"
        and finite_at(tokens, k)
    )


def speech_before_quote(tokens: list[Token], lo: int, i: int) -> bool:
    """ "as Kim replied, “…”", "when she told reporters, “…”", "as he added on Monday, “…”": the
    last verb of the clause from ``lo`` to the comma at ``i`` is a verb of speech whose words
    the quote after the comma can be: nothing but a setting, or a listener, between them (not
    "when the judge read the verdict, “…”", nor "as the fans booed, “…”", a reaction)."""
    v = last_cue_before(tokens, lo, i)
    if v < 0 or cue_at(tokens, v - 1) is not None:
        return False  # "queued to ask questions, “…”": the noun is the verb's object
    if floor_cue(tokens, v) == i:
        return True  # "before Kim cut in, “…”": the floor taken right before the comma
    lemma = CUE_FORMS.get(tokens[v].lower)
    if lemma not in CORE or v == i - 1 or tokens[v + 1].lower in PREPOSITIONS_OF_SETTING:
        return lemma in CORE
    # "when he told Ann Hale of the Courier, “…”"; not "when Ann Hale asked about the
    # debts, “…”", whose verb has its complement, so the quote goes on from the speaker before
    return lemma in TELL_LEMMAS and tokens[v + 1].lower not in OBJECT_PREPS


def name_set_off_before_cue(tokens: list[Token], i: int) -> bool:
    """ "“…,” the firm's general counsel, Ama Boateng, said": a name set off by commas right
    after the word at ``i``, then a cue word: the word ends the role before the name (a noun),
    and the cue after the name is the verb."""
    if i + 3 >= len(tokens) or tokens[i + 1].text != ",":
        return False
    k = i + 2
    while k < len(tokens) and k - i <= 6 and tokens[k].is_cap and tokens[k].text[:1].isalpha():
        k += 1
    return k > i + 2 and k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].lower in CUE_WORDS


def ends_clause(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` ends its clause: punctuation, the end, or a setting ("“…,”
    the editorial read.", "“…,” the report states, …", "the memo says on page 2")."""
    return (
        i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isalnum() or past_settings(tokens, i + 1) > i + 1
    )


def adverb_run_end(tokens: list[Token], i: int) -> int:
    """The index after a run of adverbs starting at ``i`` ("however", "in turn")."""
    k = i
    while k < len(tokens) and k - i < 3 and (adverb(tokens[k]) or tokens[k].lower in SENTENCE_ADVERBS):
        k += 1
    return k


def trailing_after_quote(tokens: list[Token], i: int) -> int:
    """The index of the quote a cue at ``i`` closes ("“…,” Lee added", "“…,” said Lee"), or -1."""
    for k in range(i - 1, max(-1, i - 8), -1):
        t = tokens[k]
        if t.quote >= 0:
            return k
        if t.text != "," and not (t.is_cap or t.lower in DETERMINERS or t.lower in PRONOUNS_HE_SHE_THEY):
            return -1
    return -1


def report_start(tokens: list[Token], j: int, listener: bool = False) -> int:
    """Where the reported clause after a cue starts ("said (that) the plan …", "told
    reporters that …", "warned: …"), or -1 when the cue takes no clause ("thanked Lee")."""
    n = len(tokens)
    j = past_settings(tokens, j)
    if j < n and tokens[j].lower in ("that", ":"):
        return j
    obj = np_forward(tokens, j, n)  # a subject, or a listener: "told reporters (on Monday) that"
    if obj is not None and (verb_after_subject(tokens, j, obj) or aside_then_verb(tokens, j + len(obj), j)):
        return j
    if not listener or obj is None:
        return -1
    k = j + len(obj)
    k = past_settings(tokens, k)
    if k < n and (tokens[k].lower == "that" or finite_follows(tokens, k)):
        return k
    return -1


def aside_then_verb(tokens: list[Token], k: int, j: int) -> bool:
    """ "said supporters of the party, also known as the Blues, were …": an aside set off by
    commas after the reported clause's subject (from ``j``, its phrase running on from ``k``),
    then its finite auxiliary; or, with no aside, a phrase opened by a preposition and the
    auxiliary ("said the nurses at the unit had …")."""
    n = len(tokens)
    phrase = k < n and tokens[k].lower in NOUN_PREPOSITIONS
    while k < n and k - j <= ASIDE_WORDS and tokens[k].text.isalpha() and not finite(tokens[k]):
        phrase = phrase and tokens[k].lower not in CLAUSE_OPENERS  # not "claim at the hearing that …"
        k += 1  # "of the party"
    if phrase and k < n and tokens[k].lower in FINITE_AUX:
        return True  # "said the nurses at the unit had …": the subject's phrase, then its verb
    if k >= n or tokens[k].text != ",":
        return False
    e = k + 1
    while e < n and e - k <= ASIDE_WORDS and tokens[e].text != "," and tokens[e].quote < 0:
        e += 1
    return e + 1 < n and e > k + 1 and tokens[e].text == "," and tokens[e + 1].lower in FINITE_AUX


ASIDE_WORDS: Final = 8
"""The most words an aside after a reported clause's subject may take."""


def nominal_report(tokens: list[Token], j: int) -> int:
    """Where the words a noun of speech reports start: "his warning that …", "her insistence
    at the hearing that …", "Lee’s answer was that …", "Hale’s motto was, “…”"."""
    n = len(tokens)
    k = j
    while (
        k < n
        and k - j < 8
        and tokens[k].text.isalnum()
        and tokens[k].lower not in BE_FORMS
        and tokens[k].lower != "that"
    ):
        if k == j and not setting_word(tokens[k]):
            break  # only prepositional phrases stand between the noun and its words
        k += 1
    if k < n and tokens[k].lower in BE_FORMS:
        if k + 1 < n and tokens[k + 1].lower in ("that", ":", ","):
            return k + 1
        return -1
    if k < n and tokens[k].lower in ("that", ":"):
        if k > j and k + 2 < n and tokens[k].lower == "that" and demonstrative(tokens, k):
            return -1  # "described her response during that time as “…”": "that" points
        return k
    return -1


def demonstrative(tokens: list[Token], k: int) -> bool:
    """ "that time as “…”", "that year “…”": the "that" at ``k`` points at the noun after it,
    which the quote or "as" follows, rather than opening a clause."""
    noun, nxt = tokens[k + 1], tokens[k + 2]
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and noun.lower not in DETERMINERS
        and noun.lower not in PRONOUNS
        and (nxt.lower == "as" or nxt.quote >= 0)
    )


def setting_word(tok: Token) -> bool:
    """A word that opens a setting between a noun of speech and its words: "his claim at
    the rally that", "her comment Monday that"."""
    low = tok.lower
    return low in PREPOSITIONS_OF_SETTING or low in NOUN_FRAME or low in TIME_NOUNS


def past_settings(tokens: list[Token], j: int) -> int:
    """Past a medium, setting phrases and set-off adverbs after a cue: "said on Monday in
    Iowa that", "said, however, that"."""
    n = len(tokens)
    j = medium(tokens, j)
    for _ in range(3):
        if j + 2 < n and tokens[j].text == ",":
            e = adverb_run_end(tokens, j + 1)
            if e > j + 1 and e < n and tokens[e].text == ",":
                j = e + 1
                continue
        if j + 1 < n and tokens[j].is_cap and tokens[j].lower in WEEKDAYS:
            j += 1  # "said Tuesday that"
            continue
        if j + 2 < n and tokens[j].lower in TIME_DEICTICS and tokens[j + 1].lower in TIME_NOUNS:
            j += 2  # "noted last week", "reported this month"
            continue
        if j + 1 < n and tokens[j].lower in PREPOSITIONS_OF_SETTING:
            day = tokens[j + 1].lower in TIME_NOUNS and tokens[j + 1].is_cap  # "on Monday", "in May"
            np = [tokens[j + 1]] if day else np_forward(tokens, j + 1, n)
            e = j + 1 + len(np) if np is not None else n
            if np is not None and (
                np[-1].is_cap
                or np[-1].lower in TIME_NOUNS
                or np[-1].lower in MEDIUM
                or (e < n and tokens[e].lower == "that")  # "said in their citation that"
            ):
                j += 1 + len(np)  # "on Monday", "in Iowa", "in an interview", "to ABC News"
                if np[-1].is_cap and j + 1 < n and tokens[j].text == "," and tokens[j + 1].is_cap:
                    place = np_forward(tokens, j + 1, n)  # "in Dunmore, West Fenland"
                    if place is not None:
                        j += 1 + len(place)
                continue
        break
    return j


def reduced_adverbial(tokens: list[Token], k: int) -> bool:
    """ "when asked", "while speaking": a subordinator before a participle, with no subject."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and nxt.text.islower() and nxt.lower.endswith(("ing", "ed"))


def opened_by(spans: list[list[int | str]], stack: list[int], tokens: list[Token], *marks: str) -> int:
    """The open aside whose opening token is one of ``marks``, or -1."""
    for c in reversed(stack):
        if spans[c][2] == ASIDE and tokens[int(spans[c][0])].text in marks:
            return c
    return -1


def dash_closes_fronted(tokens: list[Token], i: int) -> bool:
    """ "Hastily seizing on it ― just as he had before ― Hale cast …": after a dashed aside, a
    subject and its verb end the fronted phrase."""
    k = i + 1
    if k < len(tokens) and tokens[k].text == "-":
        k += 1
    return k < len(tokens) and finite_follows(tokens, k)


def pop_reports(
    spans: list[list[int | str]], stack: list[int], end: int, kinds: tuple[str, ...] = (REPORT,)
) -> None:
    """A new clause after a comma or a conjunction ends the reports open at this level."""
    while len(stack) > 1 and spans[stack[-1]][2] in kinds:
        spans[stack.pop()][1] = end


def opens_fronted(tokens: list[Token], i: int) -> bool:
    """ "When Lee spoke, …", "Calling Ross a “…”, Hale …", "According to X, …": an opening
    clause or phrase that ends at its comma (``i``: past "But even", "Just": see ``parse``)."""
    if i >= len(tokens):
        return False
    low = tokens[i].lower
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if low in SUBORDINATORS:
        return True
    if not tokens[i].is_cap:  # every test below but the last needs a capital (a quote has none)
        return low == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to"
    if low.endswith("ing") and (low in CUE_FORMS or low in STANCE_FORMS):
        return True  # "Calling Ross a “…”, Hale …", "Adding that …, Lee said"
    if fronted_verb(tokens, i) and (low.endswith("ing") or (nxt is not None and nxt.lower.endswith("ing"))):
        return True  # "Calling Ross a “…”, Hale …", "Hastily seizing on it, Lee …"
    after = tokens[i + 2].lower if i + 2 < len(tokens) else ""
    lower_next = nxt is not None and (
        nxt.text.islower() or (nxt.lower in TIME_NOUNS and after in OBJECT_PREPS)
    )
    if (low.endswith("ed") or low in IRREGULAR_PARTICIPLES) and lower_next:
        return True  # "Asked about the plan, …", "Driven by anger, …", "Pressed Tuesday by Lee, …"
    if low in OPENING_PREPOSITIONS and nxt is not None and nxt.text.islower():
        # "Against the advice …,", "Against claims that …, Lee said"; not the name in "Beyond said"
        comma = next((k for k in range(i + 2, min(len(tokens), i + 25)) if tokens[k].text == ","), -1)
        return not finite(nxt) or (comma > 0 and finite_follows(tokens, comma + 1))
    return low == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to"


def next_is_quote(tokens: list[Token], i: int) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].quote >= 0


def resumes(tokens: list[Token], i: int) -> bool:
    """After a comma, the main clause goes on ("Lee, who chairs it, said"): a lower-case
    word that does not carry the relative clause on."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.text[:1].islower() and nxt.lower not in CLAUSE_GOES_ON


def is_dash(tokens: list[Token], i: int) -> bool:
    """A dash, or a hyphen set off by spaces ("in July - falsely - that …")."""
    tok = tokens[i]
    if tok.text in DASHES:
        return True
    if tok.text != "-" or not 0 < i < len(tokens) - 1:
        return False
    nxt, prev = tokens[i + 1], tokens[i - 1]
    if nxt.text == "-" and nxt.start == tok.end:
        return True  # "--" typed as two hyphens: the first stands for the dash
    return prev.end < tok.start and nxt.start > tok.end  # (the second of "--" touches the first)


def closing_dash(tokens: list[Token], i: int) -> bool:
    """An opening dash with its closing dash ahead: "Hale — named by the paper — said"."""
    for k in range(i + 1, min(len(tokens), i + 30)):
        if is_dash(tokens, k) and (tokens[k].text == tokens[i].text or tokens[i].text == "-"):
            return k > i + 2 or (k > i + 1 and tokens[i].text != "-")
        if tokens[k].text in (".", ";", "!", "?"):
            return False
    return False


def verb_follows(tokens: list[Token], i: int) -> bool:
    """A verb group opens at ``tokens[i]``: an auxiliary, an adverb or a finite verb."""
    t = tokens[i] if i < len(tokens) else None
    return t is not None and (t.lower in AUXILIARIES or adverb(t) or finite(t))


def object_then_cue(tokens: list[Token], i: int) -> bool:
    """ "the engineers who worked with her said", "those who built it called the bridge …": a
    finite verb of speech right after an object pronoun that follows a verb or a preposition of
    a restrictive relative clause ends that clause; the verb is the main clause's. (The
    pronoun is no subject there: "her said" is neither a possessive nor a clause of its own.)"""
    if i < 3:
        return False
    t, obj = tokens[i], tokens[i - 1]
    return (
        t.text.islower()
        and t.lower in FINITE_CUES
        and (t.lower.endswith(("ed", "s")) or t.lower in PAST_FORMS or t.lower in FINITE_WORDS)
        and obj.lower in OBJECT_PRONOUNS
        and obj.lower != "you"
        and object_governor(tokens[i - 2])
    )


def finite_at(tokens: list[Token], i: int) -> bool:
    """``finite`` in context: not a verb spelling used as a noun ("the figures")."""
    if not finite(tokens[i]) or (i > 0 and tokens[i - 1].lower == "to"):
        return False  # "to set up": an infinitive
    return not noun_use(tokens, i) and not compound_noun(tokens, i)


def said(tokens: list[Token], c: Cue) -> bool:
    """A cue of speech proper: not a verb of thought ("they believe", WEAK_LEMMAS)."""
    return c.speech and CUE_FORMS.get(tokens[c.head].lower) not in WEAK_LEMMAS


def people_clause_follows(tokens: list[Token], i: int) -> bool:
    """A subject that can speak (a name, a personal pronoun, people: "Dana Reyes", "they",
    "nurses") and its finite verb start at ``tokens[i]``: not "where the mill closed",
    "where it was quieter"."""
    np = np_forward(tokens, i, len(tokens))
    if np is None:
        return False
    kind = kind_of_mention(np)
    people = (kind == "pronoun" and np[0].lower in PRONOUNS_HE_SHE_THEY) or (
        kind != "pronoun" and person_like(np[-1].lower)
    )
    return (kind == "name" or people) and verb_after_subject(tokens, i, np)


def finite_follows(
    tokens: list[Token], i: int, named: bool = False, set_off: bool = False, report: bool = False
) -> bool:
    """A subject and its finite verb start at ``tokens[i]`` ("but the board rejected")."""
    np = subject_forward(tokens, i, len(tokens))
    return np is not None and verb_after_subject(tokens, i, np, named, set_off, report)


def subject_forward(tokens: list[Token], i: int, end: int) -> list[Token] | None:
    """The noun phrase at ``tokens[i]`` read as a clause's subject (``without_verb``)."""
    return without_verb(tokens, np_forward(tokens, i, end))


def without_verb(tokens: list[Token], np: list[Token] | None) -> list[Token] | None:
    """A subject noun phrase less the present verb a noun compound took in: "as a plumber
    walks in" is "a plumber" and its verb, not one noun "plumber walks"."""
    if np is not None and len(np) >= 3:
        at = index(tokens, np[0])
        for k in range(2, len(np)):
            if present_verb(tokens, at + k, np[:k]):
                return np[:k]  # "The senator walks out": the verb and what follows it go
    return np


def verb_after_subject(
    tokens: list[Token],
    i: int,
    np: list[Token],
    named: bool = False,
    set_off: bool = False,
    report: bool = False,
) -> bool:
    """``finite_follows`` once the noun phrase ``np`` at ``tokens[i]`` is known. ``named``
    (after a conjunction): a description opens a clause only after a comma (``set_off``), with
    a verb of its own ("…, and the manager attacked the city"), and in a ``report`` only with a
    verb of speech or stance ("…,” and the union called it “…”"): "and the costs were" goes on."""
    if len(np) == 1 and CONTRACTION.fullmatch(np[0].lower.replace("'", "’")):
        return True  # "he’s", "they’re": the pronoun carries its verb
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if (
        len(np) == 1
        and np[0].lower in PRONOUNS_HE_SHE_THEY
        and nxt is not None
        and nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.lower not in ("and", "or")  # "he and Brandt were": read as a joined subject below
    ):
        return nxt.lower not in NOT_VERBS_AFTER_PRONOUN  # "as he keeps talking"
    described = (
        named
        and kind_of_mention(np) == "description"
        and not any(t.is_cap for t in np)
        and np[0].lower not in PRONOUNS_HE_SHE_THEY
        and len(np) > 1
    )
    if described and not set_off:
        return False  # "and the costs": only a named or pronoun subject opens a new clause
    k = i + len(np)
    if k < len(tokens) and tokens[k].text == "(" and np[-1].is_cap:
        k = next(
            (e + 1 for e in range(k + 1, min(len(tokens), k + 8)) if tokens[e].text == ")"), k
        )  # "Lee (R-Ohio) kept"
    if described and set_off:
        k = past_set_off_name(tokens, k)  # "…, and its president, Ivo Renk of the Dock Union, called"
    if k + 1 < len(tokens) and tokens[k].lower in ("and", "or"):
        more = np_forward(tokens, k + 1, len(tokens))
        if more is not None:
            np, k = [*np, tokens[k], *more], k + 1 + len(more)  # "Democrats and the media are"
    if np[-1].is_cap and named:
        k = past_name_modifier(tokens, k)
    if np[-1].is_cap:
        while (
            k < len(tokens)
            and k - i - len(np) < 2
            and tokens[k].text.isalpha()
            and tokens[k].text.islower()
            and not finite(tokens[k])
            and tokens[k].lower not in AUXILIARIES
            and tokens[k].lower not in COORDINATORS  # "thanked Ann Lee and Tom Hale and said": an object
            and not present_verb(tokens, k, np)
        ):
            k += 1  # "the Brandt campaign rejected"
    helped = False  # a finite auxiliary carries the verb group ("have warned", "are calling")
    while k < len(tokens) and k - i < 16 and (tokens[k].lower in AUXILIARIES or adverb(tokens[k])):
        if tokens[k].lower in FINITE_AUX or tokens[k].lower in BE_FORMS:
            if not described:
                return True
            helped = True
        k += 1
    if k >= len(tokens):
        return False
    verb = tokens[k]
    if (
        described
        and report
        and (
            (verb.lower not in CUE_FORMS and verb.lower not in STANCE_FORMS and floor_cue(tokens, k) < 0)
            or (k + 1 < len(tokens) and tokens[k + 1].lower == "to")  # "and the council said to be"
        )
    ):
        return False
    if helped:
        return verb.text.isalpha() and verb.text.islower()
    if (finite(verb) or floor_cue(tokens, k) > k) and agrees(np, verb):
        return True  # "before Lee cut in: “…”"
    return present_verb(tokens, k, np)


def past_set_off_name(tokens: list[Token], k: int) -> int:
    """Past a name set off by commas at ``k`` after a description ("its president, Ivo Renk,",
    "its secretary, Sister Ada Pell of the Harlow Clinic,"): the name restates the
    description, and the clause's verb follows it. Where the verb may start (``k`` if no such
    name)."""
    n = len(tokens)
    if k + 2 >= n or tokens[k].text != ",":
        return k
    e = next(
        (
            j
            for j in range(k + 2, min(n, k + 14))
            if tokens[j].text in (",", ";", ":") or tokens[j].quote >= 0
        ),
        n,
    )
    if e >= n or tokens[e].text != ",":
        return k
    name = np_forward(tokens, k + 1, e)
    if name is None or kind_of_mention(name) != "name" or is_org(name):
        return k
    return e + 1


def present_verb(tokens: list[Token], k: int, np: list[Token]) -> bool:
    """ "as a plumber walks in", "while Ann Lee stands by the door": a present verb in "-s"
    after a singular subject (a person's full name, or an article and a common noun not in
    "-s"), before a word no noun compound goes on with (a preposition, an article, an object
    pronoun). Not "the Harry Potter books for", "Muslim refugees from"."""
    verb = tokens[k]
    if not (verb.text.islower() and present_after_name(verb)) or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].lower
    if not (
        nxt in OBJECT_PREPS
        or nxt in OPENING_PREPOSITIONS
        or nxt in ARTICLES
        or nxt in OBJECT_PRONOUNS
        or nxt in VERB_PARTICLES
    ):
        return False
    if np[0].lower in ARTICLES:
        return not np[-1].is_cap and not plural(np)
    return len(np) > 1 and given_name(np[0].text) and all(t.is_cap for t in np)


def fronted_appositive(tokens: list[Token], i: int) -> int:
    """ "Asked by the host, Radio Quay's Ann Lee, to respond, Hale said", "In Dover, Delaware,
    voters said": a name set off after the noun ending a fronted phrase (from the comma at
    ``i``), then its infinitive or the main clause's own subject and verb, is that noun's
    appositive, not the main subject. The comma closing it, else -1."""
    n = len(tokens)
    if i < 1 or not (tokens[i - 1].text.isalpha() and not finite(tokens[i - 1])):
        return -1
    np = np_forward(tokens, i + 1, n)
    if np is None or kind_of_mention(np) not in ("name", "description") or not any(t.is_cap for t in np):
        return -1
    e = index(tokens, np[-1], i + len(np)) + 1
    if e + 1 >= n or tokens[e].text != ",":
        return -1
    return e if tokens[e + 1].lower == "to" or finite_follows(tokens, e + 1) else -1


def past_name_modifier(tokens: list[Token], k: int) -> int:
    """ "and Sen. Ann Lee of Utah wrote", "and Ann Lee, a Democrat from Utah, said": past a
    name's place phrase and an aside set off by commas (no verb in either), where the verb
    of the name's own clause stands; ``k`` when neither follows the name."""
    n, e = len(tokens), k
    if e < n and tokens[e].lower in NAME_PLACE_PREPS:
        e += 1
        while e < n and e - k <= ASIDE_WORDS and tokens[e].text.isalpha() and not finite(tokens[e]):
            e += 1  # "of Utah", "from the third ward"
    if e + 1 < n and tokens[e].text == ",":
        opener = tokens[e + 1]
        if opener.text.islower() and opener.lower.endswith(("ed", "ing")) and len(opener.lower) > 4:
            for c in range(e + 2, min(n - 1, e + ASIDE_SPAN)):  # ", invoking her aunt, who ran it,"
                if tokens[c].quote >= 0 or tokens[c].text in (";", ":"):
                    break
                if (
                    tokens[c].text == ","
                    and finite_at(tokens, c + 1)
                    and not tokens[c + 1].lower.endswith("ing")
                ):
                    return c + 1
        c = e + 1
        while c < n and c - e <= ASIDE_WORDS and tokens[c].text.isalnum() and not finite(tokens[c]):
            c += 1
        if c < n and c > e + 1 and tokens[c].text == ",":
            return c + 1  # ", the ranking member,"
    return e if e > k + 1 else k


def absolute_participle(tokens: list[Token], i: int) -> int:
    """ "(with) the former governor calling it …": the participle after the subject of an
    absolute opening at ``i`` (its appositive set off by commas allowed), else -1."""
    k, limit = i + 1, i + 8
    while k < min(len(tokens), limit):
        t = tokens[k]
        if t.text == "," and k > i + 1 and (m := appositive_end(tokens, k)) > 0:
            limit += m + 1 - k
            k = m + 1  # "with one trader, Nils Berg, calling it": the appositive is the subject's
            continue
        if t.quote >= 0 or not t.text[:1].isalnum() or finite(t):
            return -1
        if t.lower.endswith("ing") and t.text.islower() and len(t.lower) > 4:
            before = tokens[k - 1]
            if possessive(before) or before.lower in NOUN_DETERMINERS:
                return -1  # "with Hale’s thinking": a gerund, a noun
            return k if np_forward(tokens, i, k) is not None else -1  # "with many marchers and fans chanting"
        k += 1
    return -1


def bare_absolute(tokens: list[Token], i: int) -> int:
    """ "…, its leaders declaring “…”", "…, hundreds of fans chanting": an absolute with no
    "with" after a comma, its participle one of speech or stance: the index of the
    participle, else -1. Not with a comma inside ("criticised his rival, the mayor, Ann Lee,
    saying": an object's appositives, and the participle is the subject's)."""
    k = absolute_participle(tokens, i)
    if k < 0 or any(t.text == "," for t in tokens[i:k]):
        return -1
    return k if tokens[k].lower in CUE_FORMS or tokens[k].lower in STANCE_FORMS else -1


def appositive_end(tokens: list[Token], c: int) -> int:
    """The comma closing an appositive opened by the comma at ``c`` when a participle follows
    it (", Nils Berg, calling", ", a woman named Ann Lee, saying", ", Ann Lee, who sold it,
    saying"), else -1."""
    m, limit = c, c + 9
    while m + 1 < min(len(tokens) - 1, limit):
        m += 1
        t = tokens[m]
        if t.quote >= 0 or t.text in (".", ";", ":"):
            return -1
        if t.text == ",":
            nxt = tokens[m + 1]
            if nxt.lower in SET_OFF_RELATIVES and m > c + 1:
                limit = m + 10  # the appositive's own relative clause
                continue
            ing = nxt.lower.endswith("ing") and nxt.text.islower() and len(nxt.lower) > 4
            return m if m > c + 1 and ing else -1
    return -1


def subject_participle_follows(tokens: list[Token], i: int) -> bool:
    """ "…, Ryan saying “…” and Lee calling it “…”": a noun phrase and then at once a
    participle of speech: an absolute of its own, joined to the one before."""
    np = np_forward(tokens, i, len(tokens))
    k = i + len(np) if np is not None else len(tokens)
    return k < len(tokens) and tokens[k].lower.endswith("ing") and tokens[k].lower in CUE_FORMS


def second_verb_is_noun(tokens: list[Token], i: int) -> bool:
    """In a clause that already has its finite verb, a noun of speech in -s after a
    lower-case modifier ("recent attacks", "sexist attacks") is a noun, not a second verb."""
    low, prev = tokens[i].lower, tokens[i - 1]
    return (
        low in UTTERANCE_NOUNS
        and low.endswith("s")
        and noun_word(prev)
        and not finite(prev)
        and prev.lower not in RELATIVE_PRONOUNS
        and prev.lower not in PRONOUNS
        and not role_subject_before(tokens, i)
    )


def role_subject_before(tokens: list[Token], i: int) -> bool:
    """ "The union president calls the plan “…”", "One senator labels it": a word in -s right
    after the singular noun of a person, a body or a document heading a description that a determiner opens
    is its verb, no compound noun ("recent attacks"); not a body's "campaign attacks on Lee"."""
    np = np_core(tokens, i - 1, 0)
    head = tokens[i - 1].lower
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return (
        np is not None
        and len(np) >= 2
        and np[-1] is tokens[i - 1]
        and np[0].lower in DETERMINERS
        and (person_like(tokens[i - 1].lower) or head in DOCUMENT_NOUNS)  # "The new ad attacks Lee as “…”"
        and not plural(np)
        and (head not in SPEAKING_GROUPS or nxt not in OBJECT_PREPS)
    )


def noun_word(tok: Token) -> bool:
    """A lower-case word that can be a noun or its modifier, being no auxiliary, conjunction
    or adverb: "sexist attacks", "a sign saying", "child care credit"."""
    low = tok.lower
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and low not in AUXILIARIES
        and low not in COORDINATORS
        and not adverb(tok)
    )


def object_follows(tokens: list[Token], i: int) -> bool:
    """An object pronoun, the quote or a that-clause follows the word at ``i`` ("calls it
    “…”", "claims “…”", "claims that the pier is …"), as only after a verb: a noun phrase
    may instead open a reduced relative clause ("the charges the board dropped were …")."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and (
        nxt.quote >= 0 or nxt.lower in OBJECT_PRONOUNS or that_clause_follows(tokens, i)
    )


def that_clause_follows(tokens: list[Token], i: int) -> bool:
    """ "claims that the pier …": "that" and a clause with its own verb follow."""
    return i + 2 < len(tokens) and tokens[i + 1].lower == "that" and finite_follows(tokens, i + 2)


def plural_after_relative(tokens: list[Token], i: int, rel: int) -> bool:
    """ "Riders who wrote to Hale say …": a bare present verb after a restrictive relative
    clause on a plural noun agrees with that noun, so it is the main verb, not a compound."""
    if rel < 1 or i < rel + 3 or not tokens[i].text.islower():
        return False
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if nxt in FINITE_AUX or nxt in BE_FORMS:
        return False  # "Riders who saw the port report were “stunned”": a noun before the verb
    if tokens[i - 1].lower in ARTICLES_AND_POSSESSIVES:
        return False  # "residents who had called the project “…”": a noun after its article
    return bare_present(tokens[i]) and agrees([tokens[rel - 1]], tokens[i]) and tokens[i - 1].text.isalpha()


def before_colon(tokens: list[Token], i: int) -> bool:
    """Whether the noun ``tokens[i]`` heads a phrase that a colon closes right before a quote,
    within a few words ("Her verdict: “…”", "His advice to young players: “…”", "His
    assessment of the engine is brief: “…”")."""
    for k in range(i + 1, min(len(tokens) - 1, i + 1 + COLON_REACH)):
        if tokens[k].quote >= 0 or tokens[k].text in SENTENCE_MARKS:
            return False
        if tokens[k].text == ":":
            return tokens[k + 1].quote >= 0
    return False


COLON_REACH: Final = 8
"""How many words a judgement noun's phrase may run to the colon that brings in its words."""


def cue_here(tokens: list[Token], i: int, agrees: bool = False) -> Cue | None:
    """The cue starting at ``tokens[i]``: a verb of speech or writing, "according to", or a
    verb of stance (``agrees``: a bare present form is known to agree with a subject)."""
    tok = tokens[i]
    if reduced_participle(tokens, i) >= 0 or infinitive_after_for(tokens, i) or object_compound(tokens, i):
        return None
    if (
        (tok.lower in CUE_FORMS or tok.lower in STANCE_FORMS)
        and tok.text.islower()
        and relative_cue(tokens, i)
    ):
        return None  # "a memo the director wrote in May said": the later verb is the cue
    prev = tokens[i - 1] if i > 0 else None
    verb_slot = prev is not None and (
        prev.lower in PRONOUNS or prev.lower in AUXILIARIES or prev.lower == "to"
    )
    judged = tok.lower in JUDGEMENT_NOUNS and before_colon(tokens, i)  # "Her verdict: “…”"
    if (
        (tok.lower in UTTERANCE_NOUNS or tok.lower in CHANT_NOUNS or judged)
        and tok.text.islower()
        and not verb_slot
    ):
        m = possessive_cue(tokens, i)
        if m is not None and (tok.lower in SPEECH_NOUNS or judged or possessor_opens_clause(tokens, m)):
            return Cue(i, i + 1, tok.text, True, m)
        if tok.lower in CHANT_NOUNS and (m := chant_raiser(tokens, i)) is not None:
            return Cue(i, i + 1, tok.text, True, m)
    if tok.lower == "in" and (m := in_words_of(tokens, i)) is not None:
        return Cue(i, i + 1, "words", True, m)
    if (
        tok.lower in SHOW_FORMS
        and tok.text.islower()
        and ((prev is not None and prev.lower in DOCUMENT_NOUNS) or document_by_agent(tokens, i))
    ):
        return Cue(i, i + 1, tok.text, True)  # "Filings show …", "the poll showed …": a document reports
    if (phrase := view_phrase(tokens, i)) > i:
        return Cue(i, phrase, " ".join(t.text for t in tokens[i:phrase]), True)
    if i == 0 and tok.is_cap and tok.lower.endswith("ing") and tok.lower in CUE_FORMS:
        return Cue(i, i + 1, tok.text, True)  # "Calling Ross a “fraud,” Hale attacked …"
    c = cue_at(tokens, i)  # a verb of speech, else maybe one of stance
    if c is not None and CUE_FORMS.get(tok.lower) == "remind" and evokes(tokens, i):
        return None
    if (
        (c is not None or (tok.lower in STANCE_FORMS and tok.text.islower()))
        and not after_verb(tokens, i)
        and (agrees or not (noun_use(tokens, i) or compound_noun(tokens, i)))
    ):
        if c is None:
            return None if contact_stance(tokens, i) else Cue(i, i + 1, tok.text, False)
        return Cue(i, c[1], cue_words(tokens, c[0], c[1]), True)
    if (
        (tok.lower in CUE_FORMS or tok.lower in STANCE_FORMS)
        and (np := caught_speaker(tokens, i, 0))
        and not set_off_infinitive(tokens, index(tokens, np[0], i) - 1, 0)  # not "To quote an old saying"
    ):
        return Cue(i, i + 1, tok.text, tok.lower in CUE_FORMS)  # "quoted her calling": not her noun
    return None


def evokes(tokens: list[Token], i: int) -> bool:
    """ "reminded him of his father's words", "reminds me of Ann Lee saying": an object and
    "of" after the verb at ``i``: the verb evokes, it does not tell."""
    if i + 1 < len(tokens) and tokens[i + 1].lower == "of":
        return True  # "Voters were reminded of Hale's pledge": the pledge is Hale's
    np = np_forward(tokens, i + 1, len(tokens))
    k = index(tokens, np[-1]) + 1 if np is not None else -1
    return 0 < k < len(tokens) and tokens[k].lower == "of"


def object_compound(tokens: list[Token], i: int) -> bool:
    """ "The bulletin described the rainfall forecast as …", "called the sales forecast “…”": a
    verb spelling right after an article and a lower-case word, which follow a verb of speech
    whose object is a noun phrase (never a clause), ends that object: a compound noun, no
    cue. Not "said the agency forecast …" ("say" takes a clause)."""
    mid = tokens[i - 1] if i >= 3 else None
    if mid is None or tokens[i - 2].lower not in ARTICLES or not (mid.text.isalpha() and mid.text.islower()):
        return False
    lemma = CUE_FORMS.get(tokens[i - 3].lower)
    return lemma is not None and lemma in NP_OBJECT_LEMMAS


def infinitive_after_for(tokens: list[Token], i: int) -> bool:
    """ "enough for a reasonable jury to find that …", "no basis for any reader to conclude
    …": a verb whose subject a "for" brings in before its "to", as anyone of a kind ("a",
    "any"), says what someone could do, not what anyone said; it governs no quote (the
    report it sits in does). Not "common for news accounts to portray …" (real ones)."""
    if i < 3 or tokens[i - 1].lower != "to" or not tokens[i - 2].text.isalpha():
        return False
    np = np_core(tokens, i - 2, 0)
    if np is None or len(np) < 2 or np[0].lower not in ANY_ONE:
        return False
    k = index(tokens, np[0]) - 1
    return k >= 0 and tokens[k].lower == "for"


def contact_stance(tokens: list[Token], i: int) -> bool:
    """ "The plan Keel backed was “…”": a verb of stance ending a relative clause without "that"
    on a noun, right before "was", has that noun for object; the quote after "was" is what the
    noun is called, by no one named. Not "What Keel wanted was" (no noun before the subject) nor
    "The words Keel used were" (the noun is the words, Keel's)."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in FINITE_BE:
        return False
    np = np_backward(tokens, i - 1, 0)
    k = index(tokens, np[0]) - 1 if np is not None else -1
    low = tokens[k].lower if k >= 0 else ""
    used = low in USED_WORDS and tokens[i].lower in WORD_USE_FORMS  # "The term Keel coined was"
    return k >= 0 and noun_word(tokens[k]) and low not in RELATIVE_PRONOUNS and not used


PHRASE_REACH: Final = 14
"""How many words a reduced relative's phrase may run ("admitted to the shelter on the
coast last winter") before the clause's own finite verb."""

SUBJECT_REACH: Final = 6
"""How far back the head of the noun a reduced relative follows may stand ("families from
the coast admitted …")."""

NOT_NOUNS_BEFORE_PARTICIPLE: Final = frozenset(
    {*AUXILIARIES, *PRONOUNS, *COORDINATORS, *RELATIVE_PRONOUNS, *DETERMINERS, *OBJECT_PREPS}
)
"""Words after which a past participle has no noun to modify ("has said", "they said")."""


def reduced_participle(tokens: list[Token], i: int) -> int:
    """ "families admitted to the shelter have slept …", "the studies cited in the report
    were …": a past participle right after a noun and then a preposition, whose phrase runs
    straight on to the clause's own finite verb, modifies the noun; it is no cue. A new
    subject, a pronoun, "that", a comma or a quote before that verb ("admitted to the panel
    the plan was …", "said in a statement Keel had …", "told reporters …") keeps it a verb
    of speech. A particle may come first ("a letter sent out by the mayor warned"). The
    finite verb's index, or -1."""
    j = i + 1
    if j + 1 < len(tokens) and tokens[j].lower in PARTICLES_OUT and tokens[j + 1].lower in OBJECT_PREPS:
        j += 1
    if (
        i < 1
        or j + 1 >= len(tokens)
        or not past_participle(tokens[i])
        or tokens[j].lower not in OBJECT_PREPS
        or not noun_before_participle(tokens, i)
    ):
        return -1
    end = min(len(tokens), j + 1 + PHRASE_REACH)
    for k in range(j + 1, len(tokens)):
        if k >= end:
            break
        t, before = tokens[k], tokens[k - 1]
        if amount_part(t):
            end = min(len(tokens), end + (t.text in AMOUNT_SIGNS))  # "$4 million": a sign is no word
            continue
        if t.quote >= 0 or not t.text.replace("-", "").isalnum() or t.lower in CLAUSE_OPENERS:
            return -1  # a compound is one word: "fire-damaged", "well-known"
        verb = t.text.islower() and (
            t.lower in FINITE_AUX or (t.lower in FINITE_CUES and finite_at(tokens, k))
        )
        if (t.lower in DETERMINERS and before.lower not in OBJECT_PREPS and not verb_object(tokens, k)) or (
            before.lower in TIME_NOUNS
            and not verb
            and t.lower not in OBJECT_PREPS
            and t.lower not in TIME_NOUNS
        ):  # "on Tuesday night" is one time phrase
            return -1  # "admitted to the panel the plan was", "said on Monday prices": a new subject
        if k > j + 1 and verb and (passive_on_noun(tokens, k) or medium(tokens, j) == k):
            continue  # "said in a statement released by her lawyer", "… issued on Monday": the phrase's own participle
        if k > j + 1 and verb:
            if new_subject_before(tokens, k, j):
                if not contact_clause(tokens, k):
                    return -1  # "said in a statement Keel had", "explained to reporters officers had"
                k += 1  # "quoted in stories Keel wrote said": that clause is inside the phrase
                t = tokens[k]
            number = verb_number(t)
            head = subject_head(tokens, i)
            agrees = number is None or number == plural([head])
            # "a large number of migrants … have": a plural verb may agree with the of-phrase
            return k if agrees or (number and plural([subject_head(tokens, i, through_of=True)])) else -1
    return -1


def passive_on_noun(tokens: list[Token], k: int) -> bool:
    """ "a statement released by her lawyer", "a letter signed by Ann Lee": a past participle
    after a lower-case noun and before "by" and a determiner, a possessive or a name is a
    passive on that noun, not a finite verb ("said by phone" is no agent)."""
    if k < 1 or k + 2 >= len(tokens) or not past_participle(tokens[k]) or tokens[k + 1].lower != "by":
        return False
    noun, agent = tokens[k - 1], tokens[k + 2]
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and noun.lower not in OBJECT_PREPS
        and noun.lower not in DETERMINERS
        and (agent.lower in ARTICLES_AND_POSSESSIVES or agent.is_cap)
    )


def verb_object(tokens: list[Token], k: int) -> bool:
    """The determiner at ``k`` opens the object of the verb before it, an infinitive ("hired
    to rebuild the bridge") or a gerund after a preposition ("accused of running a fraud"),
    not a new subject."""
    before = tokens[k - 1]
    if tokens[k - 2].lower == "to":
        return True
    return before.text.islower() and before.lower.endswith("ing") and tokens[k - 2].lower in OBJECT_PREPS


def amount_part(t: Token) -> bool:
    """A piece of an amount that is not a plain word: a sign ("$", "%") or a number written
    with a point, a comma or a unit ("2.5bn", "1,200", "3m")."""
    return t.text in AMOUNT_SIGNS or (t.text[:1].isdigit() and not t.text.isalnum() and "-" not in t.text)


def contact_clause(tokens: list[Token], k: int) -> bool:
    """ "stories Keel wrote said …": a lexical verb after a new subject with a finite verb of
    speech or an auxiliary right after it ends a relative clause without "that"; the next
    verb is the sentence's own (not "a statement Keel had told …": "had" is an auxiliary)."""
    if tokens[k].lower in FINITE_AUX or k + 1 >= len(tokens):
        return False
    t = tokens[k + 1]
    return t.text.islower() and (
        t.lower in FINITE_AUX or (t.lower in FINITE_CUES and finite_at(tokens, k + 1))
    )


def noun_before_participle(tokens: list[Token], i: int) -> bool:
    """Whether the word before the participle at ``i`` may be the noun it modifies: a
    lower-case noun ("families admitted"), a plural opening the sentence ("Officials quoted"),
    or a name after a preposition ("aides to Keel quoted"); a verb spelling in a noun's slot
    is a noun ("a campaign email sent by …")."""
    prev = tokens[i - 1]
    return (
        prev.text.isalpha()
        and (
            prev.text.islower()
            or (i == 1 and plural([prev]))
            or (i > 2 and tokens[i - 2].lower in OBJECT_PREPS)
        )
        and prev.lower not in NOT_NOUNS_BEFORE_PARTICIPLE
        and not adverb(prev)
        and (not finite(prev) or noun_use(tokens, i - 1))
    )


def subject_head(tokens: list[Token], i: int, through_of: bool = False) -> Token:
    """The head of the noun phrase that ends before the participle at ``i``: the noun before
    the first of its prepositional phrases ("families" in "families from the coast"), past a
    partitive ("miners" in "many of the miners"), or past any "of" when ``through_of``."""
    head, h = tokens[i - 1], i - 1
    while h > 1 and i - h <= SUBJECT_REACH and tokens[h - 1].text.isalpha() and not finite(tokens[h - 1]):
        h -= 1
        if tokens[h].lower in OBJECT_PREPS and not (
            tokens[h].lower == "of" and (through_of or tokens[h - 1].lower in PARTITIVES)
        ):
            head = tokens[h - 1]
    return head


def new_subject_before(tokens: list[Token], k: int, prep: int) -> bool:
    """Whether the word before the finite verb at ``k`` opens a noun phrase of its own after
    the preposition's object ("in a statement Keel had", "to reporters officers had",
    "in Dover taxes would"): then that verb has its own subject and the participle is a verb.
    A time word is no subject ("filed in court Tuesday show")."""
    last, before = tokens[k - 1], tokens[k - 2]
    if k - 2 <= prep or not before.text.isalpha() or before.lower in DETERMINERS or last.lower in TIME_NOUNS:
        return False
    if last.is_cap and before.text.islower():
        return True
    return last.text.islower() and (before.is_cap or plural([before])) and before.lower not in TIME_NOUNS


def verb_number(verb: Token) -> bool | None:
    """Whether a finite verb needs a plural subject ("were", "say"), a singular one ("was",
    "says"), or shows neither ("said", "would")."""
    if verb.lower in BE_NUMBER:
        return BE_NUMBER[verb.lower]
    if bare_present(verb):
        return True
    return False if verb.lower.endswith("s") else None


def word_before(
    tokens: list[Token], k: int, lo: int, limit: int, words: Collection[str], through: Pass = None
) -> int:
    """The nearest index from ``k`` back ``limit`` more tokens (not before ``lo``) whose word is
    one of ``words``, reached only over tokens ``through`` accepts (any, if None); else -1."""
    for j in range(k, max(lo, k - limit) - 1, -1):
        if tokens[j].lower in words:
            return j
        if through is not None and not through(tokens[j]):
            return -1
    return -1


def possessor_opens_clause(tokens: list[Token], m: Mention) -> bool:
    """ "But Lee's broadside against “…” leaves …": the possessor's phrase is the subject of its
    clause, not an object inside another subject's ("voters prefer Lee's call for “…”")."""
    k = index(tokens, m.tokens[0]) - 1
    before = tokens[k].lower if k >= 0 else ","  # the sentence start breaks as a comma does
    return before in COORDINATORS or before in SUBORDINATORS or before in (",", ";")


def chant_raiser(tokens: list[Token], k: int) -> Mention | None:
    """ "Dockers joined in a loud chant of “…”": the subject of a verb of raising the chant
    (not of hearing or meeting it: "was met with chants of") chants it."""
    v = word_before(tokens, k - 1, 1, 4, RAISE_FORMS, lambda t: t.text.isalpha())
    if v < 0 or tokens[v - 1].lower in BE_FORMS:
        return None
    np = subject_of(tokens, v, 0)
    if np is None or (kind_of_mention(np) == "description" and not person_like(np[-1].lower)):
        return None
    return make_mention(tokens, np, tokens[k].text)


def in_words_of(tokens: list[Token], k: int) -> Mention | None:
    """ "in Bloomberg's words", "in the words of Mayor Ann Holt": the words are that source's,
    whatever the sentence around them says."""
    n = len(tokens)
    if k + 2 < n and tokens[k + 2].lower == "words":
        tok = tokens[k + 1]
        if possessor(tok) and tok.text[:1].isupper():
            name = possessor_token(tok)
            return Mention((name,), "name", "words", (name,))
    if (
        k + 4 < n
        and tokens[k + 1].lower == "the"
        and tokens[k + 2].lower == "words"
        and tokens[k + 3].lower == "of"
    ):
        np = np_forward(tokens, k + 4, n)
        if np is not None and kind_of_mention(np) in ("name", "description"):
            return make_mention(tokens, np, "words")
    return None


def view_phrase(tokens: list[Token], i: int) -> int:
    """ "let it be known that", "made it clear that", "made clear that": a view voiced with
    no verb of saying; the index after the phrase, or -1."""
    if tokens[i].lower not in VIEW_VERBS or not tokens[i].text.islower():
        return -1
    for k in range(i + 1, min(len(tokens) - 1, i + 5)):
        if tokens[k].lower in VIEW_WORDS:
            return k + 1 if tokens[k + 1].lower in ("that", ":") else -1
        if tokens[k].lower not in VIEW_FILLERS:
            return -1
    return -1


def noun_use(tokens: list[Token], i: int) -> bool:
    """ "a press release", "his support", "her opening remarks", "the deal’s backers": a
    verb spelling after a determiner or a possessive, or after one and a modifier, is a noun."""
    slot = noun_slot(tokens, i, 0)
    if slot == 1:
        return not object_her(tokens, i, CUE_FORMS.get(tokens[i].lower, ""))  # not "knew her said"
    if i > 0 and tokens[i - 1].lower.endswith("ing") and fronted_verb(tokens, i - 1):
        return True  # "Growing fears of a strike made …": a modifier opening the subject
    if i >= 2 and tokens[i - 1].is_cap and tokens[i - 2].lower == "of" and tokens[i].lower.endswith("s"):
        return True  # "of Republican claims", "the Paris attacks"
    # "a press release"; not "the figures insist", "Voters in the port say"
    return slot == 2 and bare_present(tokens[i]) and plural_before_phrase(tokens, i) < 0


def plural_before_phrase(tokens: list[Token], i: int) -> int:
    """ "Voters in the port say": a bare present verb after a prepositional phrase agrees
    with the plural noun the phrase follows; the index of that noun, else -1."""
    if not bare_present(tokens[i]):
        return -1  # only a bare present form needs the plural
    k = word_before(tokens, i - 1, 1, 4, OBJECT_PREPS)
    if k > 2 and joins_name(tokens, k):
        k = word_before(tokens, k - 1, 1, 3, OBJECT_PREPS)  # "Researchers at the University of Esterra say"
    ok = (
        0 < k < i - 1
        and tokens[k - 1].text.isalpha()
        and not any(t.lower in FINITE_AUX or t.lower in AUXILIARIES for t in tokens[k + 1 : i])
        # not "told reporters on a conference call": the listener of a verb of telling is its object
        and not (k >= 2 and CUE_FORMS.get(tokens[k - 2].lower) in TELL_LEMMAS and finite_at(tokens, k - 2))
    )
    return (
        k - 1
        if ok and agrees([tokens[k - 1]], tokens[i]) and CUE_FORMS.get(tokens[k - 1].lower) is None
        else -1
    )


def people_before_phrase(tokens: list[Token], i: int) -> bool:
    """ "Supporters of Ana Rusk say", "Doctors at Grey Hospital say": a plural noun of people
    before the phrase a bare present verb follows (``plural_before_phrase``); not "many aspects
    of the Benghazi attack", a plural of things."""
    h = plural_before_phrase(tokens, i)
    if h >= 1 and tokens[h - 1].lower in OBJECT_PREPS:
        return False  # "Parents of pupils at Ashby Primary say": the pupils are no subject
    return h >= 0 and (people_plural(tokens[h].lower) or agent_plural(tokens[h].lower))


def compound_noun(tokens: list[Token], i: int) -> bool:
    """ "child care credit", "Harbour Board press officer": a bare base form after a singular
    noun agrees with no subject, so it is part of a compound noun, not a verb."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or not bare_present(tokens[i]) or prev.lower == "to":
        return False  # "To quote the mayor, …": an infinitive
    p = prev.lower
    if prev.is_cap:  # "Harbour Board press", not "Hale and Lee call" or "Democrats say"
        joined = any(t.lower in ("and", "&") for t in tokens[max(0, i - 5) : i - 1])
        return (
            prev.text.isalpha()
            and not p.endswith("s")
            and not joined
            and p not in PLURAL_SUBJECTS
            and not people_before_phrase(tokens, i)  # not "Supporters of Ana Rusk say": they say
        )
    return (
        noun_word(prev)
        and not finite(prev)
        and not p.endswith("s")
        and p not in PLURAL_SUBJECTS
        and p not in NOT_NOUN_HEADS
        and not prepositional_object(tokens, i - 1)
    )


def prepositional_object(tokens: list[Token], k: int) -> bool:
    """Whether the noun phrase ending at ``tokens[k]`` is the object of a preposition
    ("voters in the harbour ward"), so a verb after it agrees with an earlier subject."""
    np = np_core(tokens, k, 0)
    b = index(tokens, np[0]) - 1 if np is not None else -1
    return b >= 0 and tokens[b].lower in OBJECT_PREPS


def after_verb(tokens: list[Token], i: int) -> bool:
    """ "highlighted comments", "made remarks": a cue's -s form right after a verb is its
    object, a noun."""
    prev = tokens[i - 1] if i > 0 else None
    low = tokens[i].lower
    return (
        prev is not None
        and low.endswith("s")
        and prev.text.isalpha()
        and prev.text[:1].islower()
        and ((len(prev.lower) > 4 and prev.lower.endswith(("ed", "ing"))) or prev.lower in PAST_FORMS)
        and prev.lower not in BE_FORMS
        and not (
            i >= 2
            and tokens[i - 2].lower in ARTICLES_AND_POSSESSIVES
            and (
                prev.lower in DOCUMENT_NOUNS
                or (prev.lower.endswith("ing") and (object_follows(tokens, i) or after_is_clause(tokens, i)))
            )
        )
    )  # "made remarks", "held signs"; not "the filing describes", "its ruling says": a document
    # noun, or a gerund after an article before the verb's object ("the finding says “…”")


def after_is_clause(tokens: list[Token], i: int) -> bool:
    """ "says the rules were …": a reported clause with its own verb follows the word at ``i``."""
    return i + 1 < len(tokens) and tokens[i + 1].text.islower() and finite_follows(tokens, i + 1)


def possessive_cue(tokens: list[Token], v: int) -> Mention | None:
    """ "her assertion that “…”", "Lee's claim that “…”", "the contention of Ann Lee":
    the possessor of a noun of speech said it."""
    if v < 1:
        return None
    if v + 2 < len(tokens) and tokens[v + 1].lower == "of" and tokens[v - 1].lower in ("the", "a"):
        np = np_forward(tokens, v + 2, len(tokens))
        if np is not None and kind_of_mention(np) == "name":
            return make_mention(tokens, np, tokens[v].text)
    k = v - 1
    while k > 0 and k >= v - 3 and not (possessive(tokens[k]) or tokens[k].lower in PRONOUN_OF):
        if tokens[k].quote >= 0 or not tokens[k].text[:1].isalpha():
            return None
        k -= 1
    tok = tokens[k]
    if tok.lower in PRONOUN_OF:
        outer = sentence_subject(tokens, 0, k)
        if outer is not None and (
            kind_of_mention(outer) == "name"
            or any(possessor(t) and t.is_cap for t in outer)
            or (
                possessive_agrees(outer, tok) and speech_verb_between(tokens, index(tokens, outer[-1]) + 1, k)
            )
        ):
            return make_mention(tokens, outer, tokens[v].text)  # "Hale stood by his remark that"
        return possessor_mention(tokens, k, tokens[v].text)
    if possessive(tok) and tok.lower[: possessor_len(tok)] not in TIME_POSSESSORS:
        return possessor_mention(tokens, k, tokens[v].text)  # not "Monday's speech": a day says nothing
    return None


def possessor_mention(tokens: list[Token], k: int, cue: str) -> Mention | None:
    """Who the possessive at ``tokens[k]`` names: "her" as the pronoun "she", "the mayor’s"
    as the phrase "the mayor’s" with head "the mayor"."""
    tok = tokens[k]
    if tok.lower in PRONOUN_OF:
        pronoun = Token(PRONOUN_OF[tok.lower], PRONOUN_OF[tok.lower], tok.start, tok.end)
        return Mention((tok,), "pronoun", cue, (pronoun,))
    np = np_backward(tokens, k, 0)
    if np is None:
        return None
    j = next((j for j in range(1, len(np) - 2) if np[j].lower == "of"), 0)
    if j and np[j - 1].is_cap and np[j + 1].lower in DETERMINERS and np[j + 2].text.islower():
        np = np[j + 1 :]  # "reminded Ann Roy of her mother's words": the mother, as no place follows a name
    head = [*np[:-1], possessor_token(tok)]
    return Mention(tuple(np), kind_of_mention(head), cue, tuple(head))


def possessive_agrees(subject: list[Token], poss: Token) -> bool:
    """ "He said in his complaint that", "The union argued in its filing that": the possessive
    pronoun refers back to the clause's own pronoun or description subject ("he"/"his",
    "they"/"their"), so the subject is the speaker, not the bare possessive."""
    kind = kind_of_mention(subject)
    if kind == "pronoun":
        return len(subject) == 1 and subject[0].lower == PRONOUN_OF[poss.lower]
    if kind != "description" or poss.lower not in ("its", "their"):
        return False  # "Another holdout ignored her comment that": "her" is someone named before
    return (poss.lower == "their") == plural(subject)


def speech_verb_between(tokens: list[Token], lo: int, hi: int) -> bool:
    """The subject's own verb group, right after it, is a verb of speech and no clause
    break follows before ``hi`` ("he had argued in his filing"), not "came under fire over"."""
    while lo < hi and (tokens[lo].lower in AUXILIARIES or adverb(tokens[lo])):
        lo += 1
    if lo >= hi or tokens[lo].lower not in CUE_FORMS or tokens[lo].lower.endswith("ing"):
        return False
    return not any(t.quote >= 0 or t.text in COMMA_COLON_SEMICOLON_OR_DASH for t in tokens[lo:hi])


def possessor_token(tok: Token) -> Token:
    """The possessor's name in a possessive token: "Lee" of "Lee’s"."""
    cut = possessor_len(tok)
    return Token(tok.text[:cut], tok.lower[:cut], tok.start, tok.start + cut)


def cue_words(tokens: list[Token], word: str, j: int) -> str:
    """The cue as written, with its medium ("said in a statement")."""
    k = medium(tokens, j)
    return word + " " + " ".join([t.text for t in tokens[j:k]]) if k > j else word


def governing(s: Sentence, p: int, passes: tuple[bool, ...] = (True, False)) -> Cue | None:
    """The cue that governs the quote at token ``p``: the nearest cue before it in its own
    clause, else in the clauses around it; a cue inside a report is the reporter's, so the
    cue that opened the report governs ("Hale said Lee called it “…”" is Hale's account).
    Verbs of speech come first; a verb of stance governs only where none does. ``None``
    when no cue governs. A set-off source ("According to the survey, …", "According to the
    email, Voss wrote that …") governs the whole sentence, but for words set out as said ("As
    the Courier reported, Lund said: “…”"): those are the person's."""
    frame = source_frame(s, p)
    if frame is None:
        return clause_governor(s, p, passes)
    if True in passes:
        inner = clause_governor(s, p, (True,))
        if (
            inner is not None
            and inner.head > frame.head
            and (direct_inside(s, inner, p) or relative_outside_report(s, frame, inner))
        ):
            return inner
    return frame


def listener_aside_teller(s: Sentence, best: Cue, p: int) -> Cue | None:
    """ "The judge told Marcus Pell, who had pleaded guilty to dangerous driving: “…”", "The
    magistrate warned Kyle Dent, who had denied the charge: “…”": a relative clause set off on
    the object of a verb by which a court or a chair addresses one before it (ADDRESSING_LEMMAS:
    told, warned, sentenced), whose own verb (``best``) answers a charge (pleaded guilty;
    admitted or denied an offence, OFFENCE_NOUNS) up to the colon before the quote at ``p``:
    the colon goes on from the verb of telling. Not "asked Dr Holt, who explained the
    problem: “…”", "told Pellow, who read a prepared statement: “…”", "questioned Vance, who
    admitted his mistake: “…”" or "told Pell, who denied everything: “…”": the clause's own
    words, set out."""
    tokens = s.tokens
    if p < 2 or tokens[p - 1].text != ":" or CUE_FORMS.get(tokens[best.head].lower) not in PLEA_LEMMAS:
        return None
    cl = s.clause_of(best.head)
    if cl.role != RELATIVE or cl.parent < 0 or cl.start < 2 or tokens[cl.start - 1].text != ",":
        return None
    if tokens[cl.start].lower not in RELATIVE_PRONOUNS:
        return None
    j = past_settings(tokens, best.after)
    if j >= p - 1:
        return None
    if CUE_FORMS.get(tokens[best.head].lower) == "plead":
        if tokens[j].lower != "guilty" and not (
            tokens[j].lower in NEGATIONS and tokens[j + 1].lower == "guilty"
        ):
            return None  # "who pleaded with the court:": a plea in words
    elif not any(tokens[k].lower in OFFENCE_NOUNS for k in range(j, min(p - 1, j + PLEA_OBJECT_REACH))):
        return None  # "who admitted his mistake:", "who denied everything:": no charge answered
    outer = last_cue(s, cl.parent, cl.start, True)
    if outer is None or outer.mention is not None or outer.after >= cl.start - 1:
        return None
    if CUE_FORMS.get(tokens[outer.head].lower) not in ADDRESSING_LEMMAS:
        return None  # "The presenter asked Dr Holt, who …:", "The mayor praised Dane, who …:"
    listener = np_forward(tokens, outer.after, cl.start - 1)
    if listener is None or index(tokens, listener[-1], outer.after) != cl.start - 2:
        return None  # the clause's noun must be the verb's own object, right after it
    return outer


PLEA_OBJECT_REACH: Final = 5
"""How many words after a verb of answering a charge its object's offence noun may come
("admitted three counts of fraud", "denied all three counts")."""


def relative_outside_report(s: Sentence, frame: Cue, cue: Cue) -> bool:
    """ "According to state data, the lake is lower than the level that Lee said was “…”": a
    verb of speech whose subject opens a clause on a noun (after "that"/"which", or right after
    the noun a verb takes: "the level Lee said") speaks for itself when the clause the frame
    covers reports no one: the source vouches for the figures, not for what Lee said.
    A clause set off on what the frame's clause said ("…, which the authors describe as “…”",
    "…, a figure Lee called “…”") is its own subject's too.
    "According to the minutes, Hale said the fund, which she called “…”, …" stays the frame's,
    a report it relays; so does a subject after a fronted phrase ("the next morning Lee told"),
    a subordinator or a coordinator ("… after Lee called", "… and Lee said")."""
    tokens = s.tokens
    m = subject_cached(s, cue)
    if m is None or cue.mention is not None or m.tokens[0].lower in RELATIVE_PRONOUNS:
        return False  # "the firm hired a consultant who warned of “…”": an event the source reports
    r = index(tokens, m.tokens[0])
    past_frame = s.clause_of(frame.head).end
    if (
        len(m.tokens) == 1
        and m.tokens[0].lower in NO_SEX_PRONOUNS
        and mute_subject(tokens, frame.head, r, m.tokens[0].lower == "they")
    ):
        return False  # "According to the Gazette, profits fell, which it called “…”": the source again
    explicit = r - 1 > frame.head and tokens[r - 1].lower in RELATIVE_OBJECTS
    if explicit:
        r -= 1  # "the level that Lee said": else a clause with no pronoun, "the level Lee said"
    if r <= frame.head or r >= cue.head:
        return False
    # a comma past the frame's own: "According to X, the lake fell, which …" (not "According
    # to X, the next morning Lee told …", a fronted phrase right after the frame)
    frame_comma = next((j for j in range(frame.head, r) if tokens[j].text == ","), r)
    if not (
        explicit and r - 1 > frame_comma and tokens[r - 1].text == ","
    ):  # "…, which the authors describe as “…”"
        k = noun_before(tokens, r)
        set_off = k - 1 > frame_comma and tokens[k - 1].text == ","
        if k < 0 or not (explicit or set_off or object_noun(tokens, k, past_frame, r)):
            return False  # (a noun set off after the clause it sums up: "…, a figure Lee called “…”")
    return not any(
        c.speech and past_frame <= c.head < cue.head for c in s.cues
    )  # "According to X, Hale told the board that Lee said …": a report the frame relays


def mute_subject(tokens: list[Token], f: int, r: int, they: bool) -> bool:
    """The subject of the clause after the frame's comma (between ``f`` and ``r``) is a thing
    that cannot speak ("According to X, profits fell, which it called …", "…, rents rose,
    which it described as …"): an "it"/"they" after it is the source. A body or people
    ("the union rejected the offer, which it described as …", "ministers approved …, which
    they called …") named their own act."""
    comma = next((j for j in range(f, r) if tokens[j].text == ","), -1)
    np = subject_forward(tokens, comma + 1, r) if comma >= 0 else None
    if np is None or kind_of_mention(np) != "description":
        return np is None  # a name or a pronoun speaks; no subject read: the source, as before
    last = np[-1].lower
    if they and not last.endswith("s") and person_noun(last) and last not in IT_BODIES:
        return True  # "According to police, the driver fled, which they described as …": not one driver
    return not any(speaking_word(t.lower) for t in np)  # "the firm cut 300 jobs", "the club's owners"


def speaking_word(w: str) -> bool:
    """A word that makes a subject someone who speaks: a body ("union", "council"), a group
    ("residents"), a noun of a person or of people ("nurse", "owners"); not "rents", "costs"."""
    if w in IT_BODIES or w in SPEAKING_GROUPS or people_plural(w):
        return True
    return person_noun(w[:-1]) if w.endswith("s") else person_noun(w)


def noun_before(tokens: list[Token], r: int) -> int:
    """Where a noun phrase with a determiner or a number that ends right before ``r`` opens
    ("the level", "the 95 percent", "her first estimate"), a noun a relative clause may open
    on; -1 for none, or for a clause break inside ("the board voted after", "the scene and")."""
    for k in range(r - 1, max(-1, r - 5), -1):
        t = tokens[k]
        if t.lower in NOUN_DETERMINERS or possessor(t) or (t.text[:1].isdigit() and k < r - 1):
            last = tokens[r - 1].lower
            if k == r - 1 or (
                k < r - 2 and (last in CUE_FORMS or last in STANCE_FORMS or last in FINITE_WORDS)
            ):
                return -1  # "the firm knew that …": a subject and its verb, no noun
            return k
        if (
            not (t.text.isalpha() and t.text.islower())
            or t.lower in OBJECT_PREPS
            or t.lower in RESULT_WORDS
            or t.lower in CLAUSE_OPENERS
        ):
            return -1
    return -1


def object_noun(tokens: list[Token], k: int, lo: int, r: int) -> bool:
    """Whether the noun phrase ``tokens[k:r]`` is taken by a verb before it ("fired the worker",
    "released twice the amount") in a clause from ``lo`` that no fronted phrase opens: only
    such a noun takes a relative with no pronoun. Not a phrase of time or place before the
    subject ("the next morning Lee", "at the hearing Lee", "as the crowd left the hall Lee")."""
    if k <= lo or not (tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower()):
        return False
    before = tokens[k - 1].lower
    if before in CLAUSE_OPENERS or before in NOUN_PREPOSITIONS or before in OPENING_PREPOSITIONS:
        return False
    first = tokens[lo].lower
    return not (
        (first in SUBORDINATORS or first in NOUN_PREPOSITIONS or first in OPENING_PREPOSITIONS)
        and not any(t.text == "," for t in tokens[lo:r])
    )


def agent_after_quote(s: Sentence, best: Cue, p: int) -> bool:
    """The cue ``best`` is a passive verb of naming whose "by" agent follows the quote at ``p``
    ("ruled that Rask had been called “a liar” by his manager"): the agent named its own words
    inside the report, as "he was called “a liar” by his manager" is the manager's."""
    tokens = s.tokens
    h = best.head
    return (
        h >= 1
        and best.speech
        and tokens[h - 1].lower in BE_FORMS
        and tokens[h].lower.endswith("ed")
        and best.after <= p
        and all(tokens[k].lower == "as" for k in range(best.after, p))  # "described as “…” by"
        and p + 2 < len(tokens)
        and tokens[p + 1].lower == "by"
        and agent_speaks(np_forward(tokens, p + 2, len(tokens)))
    )


def agent_speaks(np: list[Token] | None) -> bool:
    """The "by" phrase names someone who can speak: a person, people or a body ("by his
    manager", "by Tom Fell", "by the school"), not a time or a measure ("by June", "by
    Easter", "by most standards")."""
    if np is None or any(t.lower in DATE_WORDS or t.lower in TIME_NOUNS for t in np):
        return False
    kind = kind_of_mention(np)
    if kind == "name":
        return len(np) >= 2  # "by Easter": one capitalised word may be a time or a place
    return speaking_subject(np) or speaking_word(np[-1].lower)


def adjunct_namer(tokens: list[Token], best: Cue, p: int) -> bool:
    """The cue ``best`` is the verb of a "what" clause with its own subject, the object of a
    preposition ("…, to what commentator Jo Mears called “…”", "amid what critics have called
    “…”"): a phrase set on the report from outside it, whose subject (a name or a description,
    never a pronoun) names the thing, not the reporter."""
    h = best.head
    w = next((k for k in range(h - 1, max(0, h - 5), -1) if tokens[k].lower in NAMING_RELATIVES), -1)
    if w < 1 or w + 1 >= h or tokens[w].lower != "what" or tokens[w - 1].lower not in NOUN_PREPOSITIONS:
        return False
    between = tokens[w + 1 : h]  # not "what she called": a pronoun is the reporter again
    if not best.speech or any(
        t.lower in BE_FORMS or t.lower in PERSONAL_PRONOUNS or not t.text.isalpha() for t in between
    ):
        return False
    # the quote is the object of the naming verb: "what critics called (as) “…”", "what the
    # unions said was “…”"; not a quote past a comma ("contrary to what pundits predicted,
    # her side was “…”") or another phrase ("on what witnesses said, not on “…”")
    return h < p <= h + 2 and all(tokens[k].lower in NAMING_LINKS for k in range(h + 1, p))


def clause_governor(s: Sentence, p: int, passes: tuple[bool, ...]) -> Cue | None:
    """The cue that governs the quote at token ``p`` through the clauses around it (see
    ``governing``)."""
    for speech in passes:
        best: Cue | None = None
        for cl, c in enclosing(s, s.owner[p]):
            if best is None:
                best = last_cue(s, cl, p, speech)
            if c.role == REPORT and c.parent >= 0:
                if (
                    best is not None
                    and s.owner[best.head] == cl
                    and (
                        told_listener(s, best)
                        or (direct_inside(s, best, p) and not noun_clause(s.tokens, c.start))
                        or agent_after_quote(s, best, p)
                        or adjunct_namer(s.tokens, best, p)
                    )
                ):
                    break  # "she said Lee had told her it was “…”": words told to a listener are the teller's
                intro = last_cue(s, c.parent, c.start, True, intro=True)
                if best is not None and speech and intro is not None and document_reports(s, intro, best):
                    break  # "The indictment says Hale told …": a document cannot have said the words
                if intro is not None:
                    best = intro
            elif best is not None or (
                c.role == COORDINATE
                and (
                    s.tokens[p - 1].text == ":"
                    or (
                        s.tokens[c.start + 1].lower not in PRONOUNS_HE_SHE_THEY and not after_report(s, cl, p)
                    )
                )
            ):
                break
        if best is not None and s.tokens[best.head].lower in CAUGHT_FORMS:
            # "a report that quoted him calling rivals “…”": the participle after the quoting
            # verb's object (a cue of cue_here's) governs, a verb of stance too
            end = min(p, best.after + 12)
            heard = (
                c
                for c in s.cues
                if best.after <= c.head < end and caught_speaker(s.tokens, c.head, best.head)
            )
            if (cue := next(heard, None)) is not None:
                return cue
        if best is not None and s.clause_of(best.head).role == RELATIVE:
            reporter = enclosing_reporter(s, s.owner[best.head])
            if reporter is not None:
                return reporter  # "said the town lost a paper that wrote “…”": the report is his
        if best is not None and object_relative_before_colon(s, best, p):
            return None  # "Ana Ruiz penned a verse that fans recite: “…”": the verse is set out
        if best is not None and (teller := listener_aside_teller(s, best, p)) is not None:
            return teller  # "The judge told Pell, who had admitted the offence: “…”": the judge's
        if best is not None:
            nominal_short = (
                best.mention is not None
                and not in_report_of(s, best, p)
                and not (possessor(best.mention.tokens[-1]) and content_quote(s.tokens, best.head) == p)
            )  # "Voss called Lee's claim of a “…” silly": a named owner's words stay the owner's
            if object_participle(s, best.head) or nominal_short or document_relative(s, best.head):
                return earlier_cue(s, best) or best
            return best
    return None


def direct_inside(s: Sentence, cue: Cue, p: int) -> bool:
    """ "Ruiz said his aunt had told him: “…”", "Ana said her manager, Tom Lee, had told her,
    “…”", "According to police, a guard told them, “…”", "thinks of what her coach told her:
    “…”": a verb of speech inside a report or after a set-off source that opens the quote
    after a colon or comma (its listener between at most) sets out its own subject's words as
    said, not the reporter's account of them ("Ruiz said his aunt called it “…”" and "Ruiz
    said his aunt told him “…”" stay the reporter's, as PolNeAR labels them). Not a pronoun
    teller, who most often is the reporter, a document, nor a verb coordinated with the
    subject's earlier one ("… and said, “…”")."""
    tokens = s.tokens
    if not cue.speech or cue.mention is not None or not sets_out(tokens, cue.after, p):
        return False
    m = subject_cached(s, cue)
    if m is None or m.kind == "pronoun" or m.tokens[-1].lower in DOCUMENT_NOUNS:
        return False
    start, end = index(tokens, m.tokens[0]), index(tokens, m.tokens[-1])
    group = tokens[end + 1 : cue.head]
    joined = [k for k, t in enumerate(group) if t.lower in COORDINATORS]
    if joined:
        if not listener_named_before(s, cue, group):
            return False  # not "… and said, “…”"
        group = group[joined[-1] + 1 :]  # the told verb's own group: not "came to her office"
    if any(t.lower in UNSAID_WORDS or t.lower.endswith(("n't", "n’t")) for t in group):
        return False  # "the coach should tell them:", "never told him:", "wants to tell fans:": not said
    return not any(
        t.lower in DENIAL_FORMS for t in tokens[max(0, start - 3) : start]
    )  # "denied that the coach"


def sets_out(tokens: list[Token], after: int, p: int) -> bool:
    """Whether the verb of speech ending before ``after`` sets out the quote at ``p`` after a
    colon or comma, its listener and settings between at most ("told him: “…”", "wrote to
    tenants: “…”", "had asked aides last week, “…”")."""
    if p < 1 or tokens[p - 1].text not in (":", ","):
        return False
    k = after + (after < p - 1 and tokens[after].lower == "to")
    if k >= p - 1:
        return True
    listener = [tokens[k]] if tokens[k].lower in OBJECT_PRONOUNS else np_forward(tokens, k, p - 1)
    return listener is not None and settings_close(tokens, past_settings(tokens, k + len(listener)), p - 1)


SETTINGS_AT_MARK: Final = 2
"""How many phrases of place or time ``settings_close`` reads between a listener and the mark."""
SETTING_WORDS: Final = 4
"""The most words of the last phrase of setting before the mark (``settings_close``)."""


def settings_close(tokens: list[Token], j: int, mark: int) -> bool:
    """Whether from ``j`` on only short phrases of setting come before the colon or comma at
    ``mark`` ("told him at a dinner:", "told her after a long shift,", "told the squad at
    halftime on Saturday:"): the mark ends them, as "that" does for ``past_settings``, so no
    noun the phrase holds need be known as one of time or place. At most SETTINGS_AT_MARK
    phrases, each a preposition and a few words with no verb, pronoun or clause opener."""
    for _ in range(SETTINGS_AT_MARK + 1):
        if j == mark:
            return True
        if j + 1 >= mark or tokens[j].lower not in PREPOSITIONS_OF_SETTING:
            return False
        rest = tokens[j + 1 : mark]
        if len(rest) <= SETTING_WORDS and all(plain_setting_word(t) for t in rest):
            return True  # "at a dinner", "after practice at the club"
        np = np_forward(tokens, j + 1, mark)
        if np is None or any(t.quote >= 0 for t in np):
            return False
        j += 1 + len(np)
    return False


def plain_setting_word(t: Token) -> bool:
    """A word of a phrase of setting closed by a mark: no verb, pronoun, cue, clause opener nor quote."""
    return (
        t.quote < 0
        and t.text[:1].isalnum()
        and t.lower not in CLAUSE_OPENERS
        and t.lower not in CUE_FORMS
        and not finite(t)
    )


def own_phrase_holds(s: Sentence, p: int, m: Mention) -> bool:
    """Whether the quote at token ``p`` stands in a phrase whose own speaker ``m`` (the lead
    mention) stands in it before the quote, so that the main clause's cue after the quote does
    not sign it: the "that" clause of a possessed noun of speech which no comma, colon, dash
    or quote closes before the quote ("Responding to Lee's claim that the vote was “…,” Hale
    said …", "Hale dismissed the mayor's warning that rates would “soar,” the Courier
    reported"), a fronted subordinate clause ("When Hale repeated the phrase, “…,” he was
    mocking Lee"), or an absolute phrase opening the sentence with its own subject ("With
    the mayor calling it “…,” the board agreed …"). Not a subject that only looks fronted
    ("Nothing the mayor said “…,” Lee said"), a participle phrase without a speaker of its
    own ("Citing the “…”, Will urged": its subject is the main clause's), nor a mention after
    the comma that closed the fronted clause ("When pressed on the timetable, the
    harbourmaster replied: “…,” the Courier wrote": the main clause's)."""
    tokens = s.tokens
    fused = m.tokens[0] is tokens[0] and len(m.tokens) >= 3 and tokens[0].lower.endswith("ing")
    if m.cue.lower() in UTTERANCE_NOUNS and not fused:  # "Parroting Tomas Varga's claim": no possessor
        between = [t for t in tokens[:p] if t.start >= m.end]
        if any(t.lower == "that" for t in between) and not any(
            t.text in COMMA_COLON_SEMICOLON_OR_DASH or t.quote >= 0 for t in between
        ):
            return True
    k = fronted_at(tokens[:p])
    if k >= 0:
        closed = any(t.text == "," and t.start < m.start and m.start - t.end < 4 for t in tokens[k + 1 : p])
        return m.start > tokens[k].start and not closed and not any(t.quote >= 0 for t in tokens[:p])
    for _, c in enclosing(s, s.owner[p]):
        if c.role == ABSOLUTE and c.start == 0 and c.end > p:
            return 0 < index(tokens, m.tokens[0]) < p
    return False


def fronted_at(left: list[Token]) -> int:
    """Where the fronted subordinate clause that the sentence opens with starts ("When Hale
    …", "But even as Hale …"), or -1."""
    k = 0
    while k < len(left) and left[k].lower in CLAUSE_LEADERS:
        k += 1  # "But even as Hale insisted that “…,” an inspector said": still fronted
    return k if k < len(left) and left[k].lower in FRONTING_SUBORDINATORS and left[k].quote < 0 else -1


RELATIVE_OBJECTS: Final = frozenset({"that", "which"})
"""Words that open a clause after a noun whose verb may take that noun as its object."""


def noun_clause(tokens: list[Token], start: int) -> bool:
    """Whether the clause opening at token ``start`` with "that"/"which" follows a common noun
    ("wrote a sentence that readers quoted: “…”"): it may be a relative clause whose verb's
    object is that noun, so a verb of speech in it does not set out its own subject's words.
    Not after a verb in the past ("The inquest heard that", "The panel learned that") nor
    after the listener of a verb of telling ("told the court that", "assured investors
    that"): the clause is what was heard or told, whose own teller may set out words."""
    if start < 2 or tokens[start].lower not in ("that", "which"):
        return False
    before = tokens[start - 1]
    return (
        before.text.isalpha()
        and before.text.islower()
        and before.lower not in CUE_FORMS
        and not past_verb(before)
        and not told_listener_before(tokens, start)
    )


def past_verb(tok: Token) -> bool:
    """A verb in the past by its spelling: an irregular past ("heard", "found") or a word in
    "-ed" that is no noun in "-eed" ("learned", not "the creed")."""
    low = tok.lower
    return low in PAST_FORMS or (finite(tok) and low.endswith("ed") and not low.endswith("eed"))


LISTENER_WORDS: Final = 5
"""The most words of a listener between a verb of telling and the "that" after it."""


def told_listener_before(tokens: list[Token], start: int) -> bool:
    """Whether the noun phrase right before the "that" at ``start`` is the listener of a verb
    of telling right before it ("told the court that", "had assured the two investors that",
    "warned staff that"): a person, people, a hearing or a body, not words ("told the story
    that …": a relative clause on the story)."""
    np = np_backward(tokens, start - 1, max(0, start - 1 - LISTENER_WORDS))
    if np is None or np[-1] is not tokens[start - 1]:
        return False
    v = index(tokens, np[0]) - 1
    if v < 0 or CUE_FORMS.get(tokens[v].lower) not in TELL_LEMMAS or not tokens[v].text.islower():
        return False
    head = np[-1].lower
    return people_noun(head) or head in HEARING_NOUNS or head in IT_BODIES


def view_before_colon(s: Sentence, colon: int, lo: int) -> Mention | None:
    """ "Here is how Nadia Lund sees it: “…”", "This is how the residents of Elm Row view the
    plan: “…”": a how clause after a form of "be", closing at the colon with a verb of speech
    or stance (a view) and at most a short object, sets out its own subject's words. Not "how
    the plan works:" (no such verb); a what clause names a thing ("This is what voters saw on
    screen:"), and its verb of speech is read as any other cue ("This is what Lee told us:")."""
    tokens = s.tokens
    h = -1
    for k in range(colon - 2, max(lo, colon - 16) - 1, -1):
        if tokens[k].lower == "how":
            h = k
            break
    if h <= lo or not (tokens[h - 1].lower in FINITE_BE or tokens[h - 1].lower.endswith(POSSESSIVE_S)):
        return None
    for v in range(colon - 1, h + 1, -1):
        t = tokens[v]
        if t.lower in FINITE_CUES and t.text.islower():
            if colon - v > 6 or any(x.quote >= 0 or x.lower in FINITE_WORDS for x in tokens[v + 1 : colon]):
                return None  # "… sees it as a loss and wants more:": a clause runs on to the colon
            particles = lx.PARTICLE_CUES.get(CUE_FORMS.get(t.lower, ""))
            if particles is not None and tokens[v + 1].lower not in particles:
                return None  # "how the call went:", "how it played out:": a verb of events here
            p = next((k for k in range(h + 2, v - 1) if tokens[k].text in lx.PLACE_PREPOSITIONS), -1)
            if p > 0 and tokens[h + 1].text.islower():
                # "how voters in Ashby see it:", "how a farmer near the river put it:": the people,
                # not the place they are in
                head = np_core(tokens, p - 1, h + 1)
                if head is not None and index(tokens, head[0]) == h + 1 and people_noun(head[-1].lower):
                    return make_mention(tokens, head, t.text)
            m = subject(s, Cue(v, v + 1, t.text, t.lower in CUE_FORMS))
            if m is None or index(tokens, m.tokens[0]) != h + 1:
                return None
            return m
    return None


def object_relative_before_colon(s: Sentence, cue: Cue, p: int) -> bool:
    """ "Ana Ruiz penned a verse that fans have recited for years: “…”": a cue whose subject
    opens a relative clause after a common noun (the noun is its verb's object) and which
    runs to a colon setting out the quote: the quote is what the noun is, not words the
    cue's subject says; the clause before the noun governs it, or nothing does."""
    tokens = s.tokens
    if p < 1 or tokens[p - 1].text != ":" or CUE_FORMS.get(tokens[cue.head].lower) == "write":
        return False  # "quotes a line that Mia Lund had written: “…”": the writer's line
    m = subject_cached(s, cue)
    if m is None:
        return False
    r = index(tokens, m.tokens[0])
    r = r if tokens[r].lower in RELATIVE_OBJECTS else r - 1
    return (
        r >= 0
        and tokens[r].lower in RELATIVE_OBJECTS
        and noun_clause(tokens, r)
        and determined_noun_before(tokens, r)
        and r + 1 < cue.head
        and not any(t.text in COMMA_COLON_SEMICOLON_OR_DASH for t in tokens[r : cue.head])
    )


def determined_noun_before(tokens: list[Token], r: int) -> bool:
    """Whether a noun phrase a determiner opens ends right before ``r`` ("a verse", "her
    first poem", "the slogan"): not an adjective ("so odd that") nor a preposition ("to
    which"), which open no relative clause on a noun."""
    for k in range(r - 1, max(-1, r - 5), -1):
        t = tokens[k]
        if t.lower in NOUN_DETERMINERS or possessor(t):
            return k < r - 1
        if not (t.text.isalpha() and t.text.islower()) or t.lower in OBJECT_PREPS or t.lower in RESULT_WORDS:
            return False
    return False


def after_report(s: Sentence, cl: int, p: int) -> bool:
    """ "Lind says residents want answers, but Holm is giving them “…”": a coordinate clause
    ``cl`` with no cue of its own, right after a report closed by its comma, goes on with the
    report. A verb of stance is a cue of its own ("…, but Holm wants “…”": Holm's view)."""
    c = s.clauses[cl]
    if not any(r.role == REPORT and r.parent == c.parent and r.end == c.start for r in s.clauses):
        return False
    return last_cue(s, cl, p, False) is None


def document_reports(s: Sentence, cue: Cue, inner: Cue) -> bool:
    """Whether the cue's subject is a document ("The indictment says", "the lawsuit
    alleges") and the inner cue's a person ("Hale told", "the chief executive wrote"): the
    document reports what the person said, and cannot have said it."""
    m = subject_cached(s, cue)
    if m is None:
        return False
    words = m.tokens
    e = next(
        (k for k, t in enumerate(words) if k > 0 and (t.lower in OBJECT_PREPS or past_participle(t))),
        len(words),
    )  # "the minutes of the meeting", "Emails sent by Lee": the document heads the phrase
    if m.kind != "description" and not (m.kind == "name" and e == 1 and plural([words[0]])):
        return False  # a lone plural read as a name: "Records show" opens its sentence with a capital
    if words[e - 1].lower not in DOCUMENT_NOUNS:
        return False  # "the minutes of the meeting": the document heads the phrase before its "of"
    speaker = subject_cached(s, inner)
    if speaker is None or speaker.kind != "description":
        return speaker is not None
    head = next((k for k, t in enumerate(speaker.tokens) if t.lower in OBJECT_PREPS), len(speaker.tokens))
    last = speaker.tokens[head - 1].lower if head > 0 else ""
    return person_noun(last)  # not "attitudes toward workers"


def enclosing(s: Sentence, cl: int) -> Iterator[tuple[int, Clause]]:
    """Clause ``cl`` and the clauses it stands in, innermost first (a parent always comes
    before its child, so the walk ends)."""
    while cl >= 0:
        yield cl, s.clauses[cl]
        cl = s.clauses[cl].parent


def listener_named_before(s: Sentence, cue: Cue, group: list[Token]) -> bool:
    """ "Vos testified that Lund came to her office and told her, “…”", "She said the officer
    stopped her son and told him, “…”": a verb of telling joined by "and" inside a report, its
    listener "him"/"her" the reporter or one the report spoke of before it (a pronoun or noun of
    the listener's sex), goes on from the report's own verb: its subject tells, not the reporter.
    Not "Vos said Lund had painted the fence and told him" (``teller_of_listener``)."""
    tokens = s.tokens
    sex = OBJECT_SEX.get(tokens[cue.after].lower, "") if cue.after < len(tokens) else ""
    clause = s.clause_of(cue.head)
    if not sex or clause.role != REPORT or clause.parent < 0:
        return False
    if sexed_in(group, sex):
        return True  # "came to her office and told her", "stopped her son and told him"
    outer = reporter_of(s, clause)
    return outer is not None and sex_of(list(outer.tokens)) == sex


def reporter_of(s: Sentence, clause: Clause) -> Mention | None:
    """Who speaks the last verb of speech before report ``clause`` in its parent clause."""
    told = [c for c in s.cues if c.head < clause.start and s.owner[c.head] == clause.parent and c.speech]
    return subject_cached(s, told[-1]) if told else None


def sexed_in(words: Sequence[Token], sex: str) -> bool:
    """Whether a pronoun or noun of ``sex`` ("her", "his", "son") stands in ``words``."""
    return any(SEXED_PRONOUNS.get(t.lower) == sex or word_gender(t.lower) == sex for t in words)


def told_listener(s: Sentence, cue: Cue) -> bool:
    """A verb of telling with a listener and a clause of its own ("told her it was", "had
    assured them that", "told one investor the device was"), not a quote as its object ("tell
    him “…”") nor after a colon. A pronoun teller ("Hale says he … and tells the crowd he
    was …") most often repeats the reporter, whose named mention is kept."""
    tokens = s.tokens
    v, k, n = cue.head, cue.after, len(tokens)
    if not (cue.speech and CUE_FORMS.get(tokens[v].lower) in TELL_LEMMAS and k + 1 < n):
        return False
    if tokens[k].lower in OBJECT_PRONOUNS:
        ends = range(k + 1, k + 2)
    else:
        listener = np_forward(tokens, k, n)  # "told staff", "assured the board"
        teller = subject_cached(s, cue)
        if (
            listener is None
            or kind_of_mention(listener) == "pronoun"
            or teller is None
            or teller.kind == "pronoun"
        ):
            return False
        ends = range(k + 1, k + len(listener) + 1)  # "one investor the device": read on too far
    for end in ends:
        j = past_settings(tokens, end)
        if j < n and (tokens[j].lower == "that" or finite_follows(tokens, j)):
            return True
    return False


def enclosing_reporter(s: Sentence, rel: int) -> Cue | None:
    """The cue of the report a restrictive relative clause stands in, if any."""
    start = s.clauses[rel].start
    if start < 1 or s.tokens[start - 1].text in COMMA_OR_DASH:
        return None  # set off: an aside of its own
    if own_subject_relative(s.tokens, start):
        return None  # "an email Ann Roy sent, in which she blamed “…”": the clause has its own subject
    for cl, c in enclosing(s, s.clauses[rel].parent):
        if c.role == REPORT and c.parent >= 0:
            return last_cue(s, c.parent, c.start, True, intro=True)
        # "Hale told a young man who suggested that “…”", "saying anybody who complains …":
        # the relative clause is in the object of a verb of speech, whose account it is
        cue = last_cue(s, cl, start, True)
        if (
            cue is not None
            and document_relative(s, start)
            and (s.tokens[cue.head].lower in MEETING_FORMS or placed_document(s.tokens, start))
        ):
            return None  # "found a note on the door that said “…”": the note's words, not the finders'
        if cue is not None and asked_about(s.tokens, cue):
            return None  # "was asked about a brochure that called it “…”": the one asked did not write it
        if cue is not None and cue.mention is None:
            between = s.tokens[cue.after : start]
            if not any(t.text in COMMA_SEMICOLON_OR_DASH or t.quote >= 0 for t in between):
                return cue
    return None  # a main clause has no clause around it


def own_subject_relative(tokens: list[Token], r: int) -> bool:
    """ "a memo in which she called", "the rally where he vowed": a relative word after a
    preposition, or "where", is never its clause's subject, so the clause has one of its own."""
    return tokens[r].lower == "where" or (
        r >= 1 and tokens[r].lower in OWN_SUBJECT_RELATIVES and tokens[r - 1].lower in SETTING_PREPOSITIONS
    )


def source_frame(s: Sentence, p: int) -> Cue | None:
    """ "According to the survey, …", "…, according to X, …": a source set off before the
    quote covers the whole sentence, whatever else is reported in it."""
    for c in s.cues:
        if c.head >= p:
            break
        set_off = (
            c.head == 0 or s.tokens[c.head - 1].text in COMMA_OR_DASH or s.clause_of(c.head).role == FRONTED
        )
        if (
            s.tokens[c.head].lower in ("according", "in")
            and set_off
            and not after_relative(s.tokens, c.head)
            and (c.mention is None) == (s.tokens[c.head].lower == "according")
        ):
            return c  # "According to the survey, …", ", in Lee’s words, …"
        clause = s.clause_of(c.head)
        around = [k for k, _ in enclosing(s, clause.parent)]
        # "As the Gazette reported, Lee told …": a clause of reporting frames the main clause's
        # speaker too, as "According to the Gazette, Lee told …" does (not "As Lee cheered, …")
        reporting = CUE_FORMS.get(s.tokens[c.head].lower) in AS_SOURCE_LEMMAS
        if (
            c.speech
            and clause.role in (FRONTED, ADVERBIAL)
            and s.tokens[clause.start].lower == "as"
            and (clause.role == FRONTED or s.tokens[clause.start - 1].text in COMMA_OR_DASH)
            and not after_relative(s.tokens, clause.start)
            and clause.end <= p
            and past_settings(s.tokens, c.after + (s.tokens[c.after].lower == "it")) >= clause.end - 1
            and (m := subject_cached(s, c)) is not None
            and index(s.tokens, m.tokens[0]) == clause.start + 1
            and s.tokens[c.head - 1].lower != "to"
            and not s.tokens[c.head].lower.endswith("ing")
            and CUE_FORMS.get(s.tokens[c.head].lower) not in ADDRESS_LEMMAS  # "As Lee spoke, …": a time
            and not any(  # "“…,” Lee said, as the fans booed, “…”": the clause around has a cue;
                # "As the fans booed, Lee said, “…”": so has the main clause after it, before the
                # quote or closing the sentence after it ("As Lee noted, it is “…,” Hart said")
                d.speech
                and (
                    (d.head < clause.start and s.owner[d.head] in around)  # "said that …, as Lee has said, …"
                    or (
                        clause.end <= d.head
                        and (s.owner[d.head] == clause.parent or d.head < p)  # "…, and the judge said “…”"
                        and not (d.head < p and reporting and in_main_clause(s, d.head, clause.parent))
                        and subject_cached(s, d) is not None
                    )
                )
                for d in s.cues
            )
        ):
            return c  # "As the paper noted, …", "As Lee puts it, …": the source of the sentence
    return None


def in_main_clause(s: Sentence, v: int, main: int) -> bool:
    """Whether the verb at ``v`` is clause ``main``'s own or a participle set off from it
    ("two members urged her, telling her …")."""
    cl = s.clause_of(v)
    return s.owner[v] == main or (cl.role == PARTICIPLE and cl.parent == main)


def speech_verb_next(tokens: list[Token], k: int) -> bool:
    """Whether the first verb from ``k`` on, past auxiliaries, is a verb of speech or writing:
    "Anyone who has met Lee says" opens a relative clause on its subject, "Anyone who reads the
    report will see" is left as it is (its verb would take the quote as a report)."""
    while k < len(tokens) and tokens[k].lower in AUXILIARIES:
        k += 1
    return k >= len(tokens) or tokens[k].lower in CUE_FORMS


def after_relative(tokens: list[Token], k: int) -> bool:
    """ "Rosa Kim, who, according to her neighbours, has …", "the doctor, who, as patients
    say, never …": a source set off right after a relative pronoun is the relative clause's
    own, not the sentence's."""
    return k >= 2 and tokens[k - 1].text in COMMA_OR_DASH and tokens[k - 2].lower in SET_OFF_RELATIVES


def aside_closes(tokens: list[Token], r: int, i: int) -> bool:
    """ "who, as her patients say, never takes …": the comma at ``i`` closes an aside set off
    right after the relative pronoun at ``r`` (or after one joined to its clause: "who chaired
    the panel and who, as one aide put it, never …"), and leaves the relative clause open."""
    j = i - 1
    while j > r and tokens[j].text != ",":
        j -= 1  # the comma opening the aside
    if j == r + 1:
        return True
    return j - 2 > r and tokens[j - 1].lower in SET_OFF_RELATIVES and tokens[j - 2].lower in COORDINATORS


def object_participle(s: Sentence, v: int) -> bool:
    """ "posted a message reading “…”", "slammed the loophole called an “…”", "a message on
    Twitter reading": a participle right after a noun (not its subject), in a clause whose
    own verb came before it, is part of that verb's object, so that verb governs."""
    tokens = s.tokens
    low = tokens[v].lower
    if v < 1 or not (low.endswith(("ing", "ed")) and tokens[v].text.islower()):
        return False
    prev = tokens[v - 1]
    if prev.quote >= 0 or not prev.text.isalpha() or prev.lower in AUXILIARIES:
        return False
    if prev.lower in COORDINATORS or prev.lower in PRONOUNS_HE_SHE_THEY or adverb(prev):
        return False
    if prev.lower == "as" and quoted_object(tokens, v, 0) is not None:
        return False  # "quotes Hale as saying “…”": the participle is Hale's, not the quoting verb's
    if caught_speaker(tokens, v, 0) is not None:
        return False  # "quoted him calling rivals “…”", "heard the treasurer warning": the object's words
    if prev.is_cap:
        if not low.endswith("ing"):
            return False  # "Lee of Iowa lamented": a past verb after a name is its verb
        np = np_core(tokens, v - 1, 0)  # a name is the participle's subject unless a preposition
        k = index(tokens, np[0]) - 1 if np is not None else -1  # or a verb of speech governs it
        if k < 0 or not (
            tokens[k].lower in OBJECT_PREPS or (CUE_FORMS.get(tokens[k].lower) and tokens[k].text.islower())
        ):
            return False
    return not relative_own_subject(tokens, v)


def relative_own_subject(tokens: list[Token], v: int) -> bool:
    """ "offered a version a neighbor called “…”", "an account that the aide called “…”": a
    verb right after a determined noun phrase that follows a noun (or a noun and "which" or
    "that") is the finite verb of a relative clause, that phrase its subject; not "slammed
    the loophole called", "said that a man called “…”" (a verb before, the participle names)."""
    np = np_core(tokens, v - 1, 0)
    f = index(tokens, np[0]) if np is not None else 0
    if f < 2 or np is None or np[0].lower not in DETERMINERS or np[0].lower in DEMONSTRATIVES:
        return False
    k = f - 2 if tokens[f - 1].lower in RELATIVE_PRONOUNS and tokens[f - 1].lower != "who" else f - 1
    noun = tokens[k]
    return (
        noun_word(noun)
        and noun.lower not in DETERMINERS
        and noun.lower not in PREPOSITIONS
        and not finite(noun)
        and noun.lower not in CUE_FORMS
        and noun.lower not in STANCE_FORMS
    )


def free_relative_subject(tokens: list[Token], v: int) -> bool:
    """Whether the noun phrase right before the verb at ``v`` opens with "what" ("blamed what
    its chief executive called “…”", "after what one councillor termed “…”"): the phrase is
    the subject of a clause of its own, and the verb is that clause's, not a participle on an
    object noun."""
    np = np_backward(tokens, v - 1, max(0, v - 8))
    if np is None or np[0].lower == "what":
        return False
    k = index(tokens, np[0], v - 1) - 1
    return k >= 0 and tokens[k].lower == "what"


def content_quote(tokens: list[Token], i: int) -> int:
    """The quote a noun at ``i`` leads straight into by "of"/"for" and at most an article
    ("a claim of “…”", "a promise of a “…”"), or -1: not "remarks on Monday a “…”" (a verb's
    complement) nor "remarks about “…”" (a topic). A named owner's noun of speech framing the
    quote keeps it against a verb of another speaker before it."""
    k = i + 1
    if k >= len(tokens) or tokens[k].lower not in CONTENT_FRAMES:
        return -1
    k += 1
    if k < len(tokens) and tokens[k].lower in ARTICLES:
        k += 1
    return k if k < len(tokens) and tokens[k].quote >= 0 else -1


def in_report_of(s: Sentence, cue: Cue, p: int) -> bool:
    """Whether the quote at ``p`` stands in the report the cue opened ("his claim that …")."""
    for _, c in enclosing(s, s.owner[p]):
        if c.role == REPORT and c.parent == s.owner[cue.head] and c.start >= cue.after:
            return last_cue(s, c.parent, c.start, True, intro=True) is cue
    return False


def document_relative(s: Sentence, v: int) -> bool:
    """ "added the caption which reads “…”": a relative clause on a document noun."""
    c = s.clause_of(v)
    if c.role != RELATIVE or c.start < 1 or own_subject_relative(s.tokens, c.start):
        return False  # "the memo in which Lee called it “…”": Lee's words, not the memo's
    return document_before(s.tokens, c.start)


def document_before(tokens: list[Token], k: int) -> bool:
    """A document noun ends the noun phrase before ``k``, over a phrase of time or place ("a
    letter from his doctor on Friday that", "a notice by the gate saying")."""
    for t in reversed(tokens[max(0, k - 8) : k]):
        if t.lower in DOCUMENT_NOUNS:
            return True
        if t.quote >= 0 or t.text in (",", ";", ":") or finite(t):
            return False
    return False


def document_by_agent(tokens: list[Token], k: int) -> bool:
    """A document noun with a passive participle phrase or an "of"/"from" phrase after it right
    before ``k``: "Records obtained by the Ledger show", "emails reviewed by reporters showed",
    "minutes of the meeting show" (a bare "show" needs a plural noun: not "the memo … show")."""
    for j in range(k - 2, max(0, k - 8) - 1, -1):
        t = tokens[j]
        if t.quote >= 0 or t.text in (",", ";", ":"):
            return False
        if t.lower in DOCUMENT_NOUNS and (
            past_participle(tokens[j + 1]) or tokens[j + 1].lower in NAME_PLACE_PREPS
        ):
            return (not bare_present(tokens[k]) or plural([t])) and tokens[j + 1].text.islower()
    return False


def placed_document(tokens: list[Token], k: int) -> bool:
    """Whether the document noun phrase before ``k`` follows a preposition of position
    ("under a bold headline that said"): a verb before it did not put that document out."""
    j = next((x for x in range(k - 1, max(0, k - 8) - 1, -1) if tokens[x].lower in DOCUMENT_NOUNS), -1)
    for x in range(j - 1, max(0, j - 5) - 1, -1):
        if tokens[x].lower in POSITION_PREPOSITIONS:
            return True
        if not (tokens[x].text.isalpha() and tokens[x].text.islower()) or finite(tokens[x]):
            return False
    return False


def earlier_cue(s: Sentence, cue: Cue) -> Cue | None:
    """ "Varga issued a statement saying “…”": the verb whose object the participle's noun
    is: an earlier cue of the same clause with no comma or clause break in between. Not
    for a participle after a passive ("Lee was seen telling a guard, “…”"): it tells what
    the subject was seen doing, so it keeps its own subject."""
    if perceived(s.tokens, cue.head):
        return None
    home = s.owner[cue.head]
    relative = s.clauses[home].role == RELATIVE and document_relative(s, cue.head)
    if relative:
        home = s.clauses[home].parent
    document = relative or document_before(s.tokens, cue.head)
    if relative and placed_document(s.tokens, s.clauses[s.owner[cue.head]].start):
        return None  # "posted it under a headline that said “…”": the headline's words
    # "added a caption which reads “…”", "released a memo saying": the verb that put the
    # document out; not one that met it ("saw a sign that read “…”", "passed a notice saying")
    before = [
        c
        for c in s.cues
        if c.head < cue.head
        and s.owner[c.head] == home
        and c.mention is None
        and not (document and s.tokens[c.head].lower in MEETING_FORMS)
    ]
    found = before[-1] if before else None
    if found is None or any(
        t.text in (",", ";", ":") or t.quote >= 0 for t in s.tokens[found.after : cue.head]
    ):
        return None
    if document and asked_about(s.tokens, found):
        return None  # "was asked about a leaflet that called it “…”": the one asked put out no leaflet
    return found


def asked_about(tokens: list[Token], cue: Cue) -> bool:
    """ "was asked about", "were pressed on": a passive cue and a preposition of topic after
    it, whose subject is the one asked, not the author of the thing asked about."""
    return (
        cue.after < len(tokens) and tokens[cue.after].lower in TOPIC_BEFORE and passive(tokens, cue.head, 0)
    )


def last_cue(s: Sentence, cl: int, before: int, speech: bool, intro: bool = False) -> Cue | None:
    """The last cue of clause ``cl`` itself (not of a clause inside it) ending by ``before``:
    of speech, or of stance when ``speech`` is false. A participle right after its noun
    ("posted a message reading “…”") yields to a verb of speech before it in the clause.
    Read from the last cue back, so a subject is found only for the cues it must be."""
    cues = s.cues
    stop = next((k for k, c in enumerate(cues) if c.after > before), len(cues))
    for k in range(stop - 1, -1, -1):
        c = cues[k]
        if s.owner[c.head] != cl or c.speech != speech:
            continue
        m = subject_cached(s, c)
        if m is None:
            continue  # "In somber comments, …": a cue with no speaker governs nothing
        if m.cue.endswith(" by") and not agent_frames(s.tokens, m, before, c.speech, c.head):
            continue  # "called a fraud by rivals for selling “…”": the agent's words are not the quote
        if c.mention is not None and not intro and not nominal_governs(s, c, before):
            continue
        if c.mention is not None and topic_before_colon(s, c):
            continue  # "said of Hale's latest request: “…”": the verb's words, about the noun
        if not c.speech and possessed_utterance(s.tokens, c.after, before):
            continue  # "riders prefer Lee's call for a “…”": the quote is the call's, not theirs
        if not c.speech and not stance_object(s, c, before):
            continue
        return c
    return None


def agent_frames(tokens: list[Token], m: Mention, before: int, speech: bool, head: int) -> bool:
    """Whether a "by" agent before the quote introduces it: "asked by host Ann Quist, “…”",
    "seen by dockers as a “…”", the report of a verb of speech after an agent who can give
    it ("were warned by managers that …"); one after the quote always does ("labeled a “…”
    by rivals": nothing lies between)."""
    e = index(tokens, m.tokens[-1]) + 1
    between = tokens[e:before]
    t = next((k for k in range(e, before) if tokens[k].text != ","), -1)
    if (
        speech
        and t >= 0
        and tokens[t].lower == "that"
        and tokens[index(tokens, m.tokens[0]) - 1].lower == "by"
        and report_agent(m, CUE_FORMS.get(tokens[head].lower, ""))
        and not any(x.lower in CUE_FORMS or x.lower in STANCE_FORMS for x in tokens[t + 1 : before])
    ):
        return True  # not "praised by critics that she called “…”": a relative clause's own cue
    return all(t.text in (",", ":") for t in between) or any(t.lower == "as" for t in between)


def report_agent(m: Mention, lemma: str) -> bool:
    """Whether the "by" agent of a passive verb of speech can give its "that" report: a name,
    a person, people or a body ("warned by managers", "told by the council"), a document only
    after a verb of telling ("informed by a letter that"); not what moved the subject of a
    verb of feeling ("reassured by the fact that", "encouraged by signs that")."""
    if m.kind != "description":
        return True
    last = m.tokens[-1].lower
    if last in DOCUMENT_NOUNS:
        return lemma in TELL_LEMMAS
    return person_noun(last) or last in BODY_BEFORE_NAME or (last in ORG_WORDS and last not in OUTLET_WORDS)


def stance_object(s: Sentence, c: Cue, before: int) -> bool:
    """Whether the quote at ``before`` can be what a verb of stance takes: "as" or "for" for
    the verbs that take a quote only as a predicate or complement once they have an object
    ("heralded the deal as a “…”", "lauded the plan for “…”"), an agent for see/know/think,
    and a subject that can hold a view (a person or a named body, not "the plan")."""
    tokens = s.tokens
    between = tokens[c.after : before]
    framed = (
        any(
            t.lower in ("as", "for") and (k == 0 or between[k - 1].lower not in NAMING_WORDS)
            for k, t in enumerate(between)
        )
        or (  # not the "as" of "a quay referred to as the “…”": a name, not the verb's predicate
            tokens[c.head].lower.startswith("refer") and between[:1] and between[0].lower == "to"
        )
    )
    lemma = STANCE_FORMS.get(tokens[c.head].lower, "")
    m = subject_cached(s, c)
    agent = m is not None and m.cue.endswith(" by")
    if lemma in AGENT_ONLY and not agent:
        return False  # "known online as “Tidecrawler”": a name nobody says
    last = tokens[before - 1] if before > c.after else None
    has_object = last is not None and not (possessive(last) or last.lower in DETERMINERS)
    has_object = has_object or any(
        t.lower in NAMING_WORDS for t in between
    )  # "sell what is known as the “…”"
    if lemma in AS_LEMMAS and has_object and not framed and not agent:
        return False  # "praised the deal as a “…”", "praised the deal’s “…”"
    if m is None or m.kind != "description" or agent:
        return True
    if s.clause_of(c.head).role == ABSOLUTE and (framed or has_object):
        return True  # "with one engineer calling it “…”": the absolute's subject names someone
    return person_like(m.tokens[-1].lower) or any(t.is_cap for t in m.tokens)


def possessed_utterance(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a noun of utterance with a possessor ("Lee's call") stands in ``tokens[start:end]``."""
    return any(
        tokens[k].lower in UTTERANCE_NOUNS
        and any(possessor(t) or t.lower in PRONOUN_OF for t in tokens[max(start, k - 3) : k])
        for k in range(start, end)
    )


def topic_before_colon(s: Sentence, c: Cue) -> bool:
    """A noun of speech in the "of"/"about" phrase of a verb of speech, then a colon: the
    words after the colon are the verb's ("said of Hale's request: “…”")."""
    tokens = s.tokens
    k = index(tokens, c.mention.tokens[0]) - 1 if c.mention is not None else -1
    return (
        k >= 1
        and c.after < len(tokens)
        and tokens[c.after].text == ":"
        and tokens[k].lower in TOPIC_PREPOSITIONS
        and any(d.head == k - 1 and d.mention is None for d in s.cues)
    )


def nominal_governs(s: Sentence, c: Cue, before: int) -> bool:
    """A noun of speech governs the words it introduces: "her claim that “…”", "his call
    for a “…”", "Lee’s answer was that “…”", not a quote its clause says something of
    ("Lee’s comments “show bias”")."""
    tokens = s.tokens
    between = tokens[c.after : before]
    if len(between) > 10 or not between or any(finite(t) and t.lower != "be" for t in between[1:]):
        return False
    return between[0].lower in NOUN_FRAME or (
        between[0].lower in BE_FORMS and len(between) > 1 and between[1].lower == "that"
    )


def subject_cached(s: Sentence, c: Cue) -> Mention | None:
    key = id(c)
    if key not in s.memo:
        m = subject(s, c)
        k = index(s.tokens, m.tokens[0]) if m is not None else -1
        if (
            m is not None
            and len(m.tokens) > 1
            and m.tokens[0].lower in RELATIVE_OBJECTS
            and k > 0
            and s.tokens[k - 1].text.isalpha()
            and s.tokens[k - 1].text.islower()
            and s.tokens[k - 1].lower not in OBJECT_PREPS
        ):
            # "a verse that fans recite", "said that fans had told her": the word opening the
            # clause is no part of its subject
            m = make_mention(s.tokens, list(m.tokens[1:]), m.cue)
        v = c.head
        np = list(m.tokens) if m is not None else []
        if (
            np
            and head_of(np)[-1].lower in SPEECH_NOUNS
            # a cue that is not the subject's own verb: "to defend", "being asked", "and agree"
            and (
                s.tokens[v - 1].lower == "to"
                or s.tokens[v - 1].lower in COORDINATORS
                or question_in(np)
                or s.tokens[v].lower.endswith("ing")
            )
            and words_verb(s.tokens, np, v) == -1
        ):
            m = None  # "His remarks came after being asked to defend …": words ask nothing
        if np and CUE_FORMS.get(s.tokens[v].lower) in TELL_LEMMAS and mute_thing(np):
            m = None  # "The crash reminded him …", "The storm warned us": no words of its own
        if m is not None and not speaker_shaped(m.tokens):
            m = None  # "Three days after …, the chief resigned, saying": a span of time says nothing
        s.memo[key] = m
    return s.memo[key]


def mute_thing(np: list[Token]) -> bool:
    """A thing that tells no one anything in words: a description whose head is an event or
    an experience ("the crash", "the long drive", "that defeat"); not "the sign", "the
    company", "the retired surgeon", "Hale"."""
    if kind_of_mention(np) != "description":
        return False
    h = head_of(np)[-1]
    return h.text.islower() and h.lower in EVENT_NOUNS


def owner_of_thing(tokens: list[Token], np: list[Token], word: str) -> Mention | None:
    """ "His willingness to break ranks, calling Lee “…”", "the union's decision to call the
    offer “…”": a participle or infinitive whose subject is an owned noun taking an infinitive
    of its own (a will or a deed, never a speaker; not "His family, calling …") is the
    owner's doing."""
    # the last possessive before the owned noun: "His team’s decision" is the team's
    k = next((j for j in range(len(np) - 2, -1, -1) if possessor(np[j]) or np[j].lower in PRONOUN_OF), -1)
    e = index(tokens, np[-1]) + 1
    if k < 0 or k + 1 < len(np) - 3 or e >= len(tokens) or tokens[e].lower != "to" or can_speak(np[k + 1 :]):
        return None
    return possessor_mention(tokens, index(tokens, np[k]), word)


def whose_owner(tokens: list[Token], b: int) -> list[Token] | None:
    """ "Hale, whose report found", "the auditor, whose final review concluded": a subject
    of a document or an utterance owned by "whose" (at most two modifiers between) is the
    work of the noun phrase before the comma; ``b``: the last token before the verb."""
    if b < 3 or tokens[b].lower not in WHOSE_WORK_NOUNS:
        return None
    r = b - 1
    while r > b - 3 and tokens[r].text.islower() and tokens[r].lower != "whose":
        r -= 1
    if r < 2 or tokens[r].lower != "whose" or tokens[r - 1].text != ",":
        return None
    np = np_backward(tokens, r - 2, 0)
    return np if np is not None and kind_of_mention(np) in ("name", "description") else None


def unowned_saying(phrase: list[Token]) -> bool:
    """ "an old saying", "a popular song", "the famous line": the phrase after "To quote" names
    words as themselves with no one who said them; not "Ann Lee’s song", "a line from the
    mayor" (the owner or the author is the one quoted)."""
    return any(t.lower in SAYING_NOUNS or t.lower in USED_WORDS for t in phrase) and not any(
        t.is_cap or t.lower in AUTHOR_PREPS or t.text.endswith(POSSESSIVE_S) for t in phrase
    )


def closed_relative(s: Sentence, k: int) -> Clause:
    """The clause of ``tokens[k]``, or the relative clause a report there ends with ("whose son
    told police he was beaten said": the report and the relative end together)."""
    c = s.clause_of(k)
    if c.role == REPORT and c.parent >= 0 and s.clauses[c.parent].end == c.end:
        return s.clauses[c.parent]
    return c


def subject(s: Sentence, cue: Cue) -> Mention | None:
    """Who speaks the cue: the subject of its verb, wherever the grammar puts it."""
    if cue.mention is not None:
        return cue.mention
    tokens = s.tokens
    v = cue.head
    clause = s.clause_of(v)
    lo = clause.start
    if clause.role == FRONTED and lo < v and tokens[lo].lower in SUBORDINATORS:
        lo += 1  # "When one of them says “…”": the subordinator opens the clause, not its subject
    word = cue.text
    low = tokens[v].lower
    if low == "according":
        return according_to(tokens, word, v + 2, len(tokens))
    prev = tokens[v - 1].lower if v > lo else ""
    if passive(tokens, v, lo):
        agent = by_agent(tokens, cue.after, clause.end)
        if agent is not None:
            return make_mention(tokens, agent, word + " by")
        lemma = CUE_FORMS.get(low, STANCE_FORMS.get(low))
        if lemma not in SUBJECT_SPEAKS_IN_PASSIVE:
            return None  # "Hale was called a fraud": the words are about Hale, not his
        if lemma == "ask" and put_question(tokens, cue.after):
            return None  # "Hale was asked, “…?”": the question is the asker's, who is not named
    if low.endswith("ing") and prev == "as" and (np := quoted_object(tokens, v, lo)) is not None:
        return make_mention(tokens, np, word)  # "The report quotes Hale as saying": Hale
    around = s.clauses[clause.parent].start if clause.role == PARTICIPLE and clause.parent >= 0 else lo
    if (np := caught_speaker(tokens, v, around)) is not None:
        return make_mention(tokens, np, word)  # "a report that quoted him calling": him
    if (
        set_off_infinitive(tokens, v, lo)
        and low in QUOTING_FORMS
        and (np := np_after_cue(tokens, cue.after)) is not None
    ):
        ends = (
            k
            for k in range(cue.after, len(tokens))
            if tokens[k].text in COMMA_OR_DASH or tokens[k].lower == "as"
        )
        k = next(ends, v)
        if tokens[k].text in COMMA_OR_DASH:  # "To quote the mayor, “…”": the one quoted
            if unowned_saying(tokens[cue.after : k]):
                return None  # "To quote an old saying, “…”": words no one here said
            return make_mention(tokens, np, word)  # not "pushed them, the unions, to describe it as"

    ing = low.endswith("ing") and prev not in BE_FORMS
    # "to" before a past form is a stranded preposition ("The residents we spoke to said"), no infinitive
    stranded = (
        prev == "to"
        and v >= 2
        and past_form(tokens[v - 2])
        and finite(tokens[v])
        and not bare_present(tokens[v])
        and not low.endswith("s")
    )
    if ing or (prev == "to" and not stranded):
        # a participle first, as before the two branches were joined ("objected to saying")
        np = participle_subject(s, v) if ing else infinitive_subject(s, v)
        if np is None:
            return None
        return owner_of_thing(tokens, np, word) or make_mention(tokens, np, word)
    b = verb_group_start(tokens, v, lo + 1, VERB_GROUP_WORDS) - 1
    if (
        clause.role == RELATIVE
        and b == clause.start
        and tokens[b].lower in RELATIVE_PRONOUNS
        and not (b + 1 < v and tokens[b + 1].is_cap)
    ):
        m = make_mention(tokens, [tokens[b]], word)  # "a sign that read": the relative names its noun
        doc = m.head
        if (
            doc
            and doc[-1].lower in DOCUMENT_NOUNS
            and clause.parent >= 0
            and put_out(tokens, doc, s.clauses[clause.parent].start)
            and (np := clause_subject(s, clause.parent, v)) is not None
        ):
            return make_mention(tokens, np, word)  # "Hale sent a message that said": Hale's words
        return m
    if (
        b > lo
        and free_relative_subject(tokens, b + 1)
        and (np := np_backward(tokens, b, b - 7)) is not None
        and len(np) > 1
        and np[0].lower in DETERMINERS
    ):
        return make_mention(tokens, np, word)  # "exposed what the defence called “…”": the defence
    if (owner := whose_owner(tokens, b)) is not None:
        return make_mention(tokens, owner, word)  # "Hale, whose report found “…”": Hale's report
    if (
        clause.role == RELATIVE
        and tokens[clause.start].lower == "whose"
        and clause.start < b < clause.start + 5
        and all(t.text.isalpha() for t in tokens[clause.start + 1 : b + 1])
        and (np := np_forward(tokens, clause.start + 1, v)) is not None
        and np[-1] is tokens[b]  # the words are one noun phrase: not "whose bill failed", "son the mayor"
    ):
        # "a woman whose son said", "Lee, whose lawyer said": the noun after "whose" speaks
        return make_mention(tokens, tokens[clause.start + 1 : b + 1], word)
    if (r := reduced_before(tokens, lo, b, v)) >= 0 and s.owner[r] == s.owner[v]:
        # (a past inside a relative clause closed before the verb is that clause's own verb:
        # "A woman whose son died in the crash said")
        if (described := contact_relative(tokens, r, lo)) is not None:
            return make_mention(
                tokens, described, word
            )  # "Staff the agency dismissed in March said": the staff
        np = np_backward(tokens, r - 1, lo)  # "families admitted to the shelter have called it “…”"
        return make_mention(tokens, np, word) if np is not None else None
    if b >= lo and tokens[b].lower in COORDINATORS:
        # "… and later said", ", and instead argued": a verb coordinated with the clause's own
        # "to shrug and call": a past tense goes on from no infinitive ("came to her office and told")
        first = (
            coordinated_infinitive(tokens, b, lo) if bare_present(tokens[v]) or not finite(tokens[v]) else -1
        )
        np = infinitive_subject(s, first) if first >= 0 else clause_subject(s, joined_clause(s, b), v)
        if np is None and clause.role == REPORT and tokens[lo].lower == "that":
            np = sentence_subject(tokens, lo + 1, v)  # "testified that Lund came … and told her"
        bare = not any(t.lower in AUXILIARIES for t in tokens[b + 1 : v])
        if first < 0 and bare and np is not None and not agrees(np, tokens[v]):
            return None  # "Sign up and press “…”": a bare verb with no plural subject is a command
        if first < 0 and np is not None and (teller := teller_of_listener(s, cue, np)) is not None:
            return make_mention(tokens, list(teller.tokens), word)
        return make_mention(tokens, np, word) if np is not None else None
    aside = participle_aside_subject(tokens, b, lo) if b > lo and tokens[b].text == "," else None
    if aside is None and clause.role == ADVERBIAL:
        aside = adverbial_in_aside_subject(s, clause, b)
    if aside is None and b >= 3 and tokens[b].text == ",":
        aside = phrase_aside_subject(tokens, b)
    if (
        aside is None
        and b > lo
        and tokens[b].text == ","
        and (np := in_verb_series(s, b, v, cue.after)) is not None
    ):
        return make_mention(tokens, np, word)  # "has ridiculed a skipper, branded …": the first verb's
    if clause.role == RELATIVE:
        lo = max(0, lo - 2)  # ", who said": the comma and the noun before it name the speaker
    np = aside or subject_of(tokens, v, lo)
    rel = s.clause_of(v - 1)
    if (
        rel.role == RELATIVE
        and rel.end == v
        and (named := name_closing_relative(tokens, rel.start, v)) is not None
        and not (aside is not None and restated_object(tokens, index(tokens, named[0]) - 1, v - 1))
    ):  # not "Rhea Moss, a potter, who sued the mayor, Ivo Renkard, told": the aside's object
        return make_mention(tokens, named, word)  # "One of the trustees who abstained, Trustee Ann Lee, said"
    if (
        np is not None
        and rel.role == RELATIVE
        and rel.end == v
        and lo < rel.start < index(tokens, np[0])
        and tokens[rel.start + 1].text == ","
    ):
        np = antecedent(tokens, rel.start, lo) or np  # "The doctor, who, as patients say, never …, said"
    if np is None and opens_org(tokens, lo, len(tokens)) == b + 1:
        np = tokens[lo : b + 1]  # "Across the Pond Media said", "Over the Moon Foods has said"
    if np is not None and len(np) == 1 and v >= 2 and np[0] is tokens[v - 1] and relative_verb(tokens, v - 1):
        return relative_subject(s, v - 2, word)  # "the aide who deserves credit for …": not "deserves"
    if np is None and tokens[b].is_cap and (last := np_core(tokens, b, lo)) is not None:
        joined = joined_subject(tokens, last, lo)  # "Hale and Lee call": only the pair agrees
        np = joined if joined is not last and agrees(joined, tokens[v]) else None
    if np is not None:
        # "Dr. Ann Vidal, who led the study, and Dr. Sam Cho wrote": the pair past the relative
        # but "Ann Vidal, whose parents, Tom and Mara, ran the shop, said": a pair inside the relative
        both = joined_subject(tokens, np, lo)
        ante = antecedent_of_relative(s, np, v, lo)
        inside = ante is not np and index(tokens, both[0]) > index(tokens, ante[0])
        np = both if both is not np and not inside else joined_subject(tokens, ante, lo)
        if plural_before_phrase(tokens, v) == index(tokens, np[-1]):
            np = tokens[index(tokens, np[0]) : v]  # "People in the port say": the phrase is the subject's
    if (
        np is None
        and (rel := closed_relative(s, b if b >= lo and tokens[b].text.isalpha() else v - 1)).role == RELATIVE
        and rel.end in (v, b + 1)
        and rel.start > lo
    ):  # closed before the verb group: "Farmers whose crops failed have described"
        np = antecedent(tokens, rel.start, lo) or appositive_subject(tokens, lo, v)  # closed before the verb
    d = b - 1 if b - 1 > lo and tokens[b].text == "-" and tokens[b - 1].text == "-" else b  # "--" typed
    if np is None and d > lo and (a := s.clause_of(d)).role == ASIDE and a.end == d + 1 and a.start > lo:
        np = np_backward(tokens, a.start - 1, lo)  # "Hale — named by the Gazette as a choice — told"
    if np is None and v >= 2 and tokens[v - 1].text == "," and not prepositional_object(tokens, v - 2):
        np = np_backward(tokens, v - 2, lo)  # "Another skipper on the quay, Ivo Brandt, said"
        if np is not None and bare_present(tokens[v]) and (not agrees(np, tokens[v]) or np[0] is tokens[0]):
            k = index(tokens, np[0]) - 2
            outer = np_backward(tokens, k, lo) if k > lo and tokens[k + 1].text == "," else None
            if outer is None or outer[0] is not tokens[lo] or not plural(head_of(outer)):
                return None  # "Readers, say “…”", "In Brest, Maine, feel free to": a command
            np = tokens[lo : v - 1]  # "Residents of Dover, Delaware, say": the place ends the subject
    np = np or before_participle_phrase(tokens, v, lo) or share_subject(tokens, lo, v)
    if np is None and clause.role in (MAIN, REPORT, COORDINATE):
        lead_np = sentence_subject(tokens, lo, v)  # "the former harbourmaster and candidate said"
        e = e0 = index(tokens, lead_np[-1]) + 1 if lead_np is not None else -1
        while 0 <= e < v and (
            tokens[e].lower in AUXILIARIES
            or adverb(tokens[e])
            or tokens[e].lower in ("and", "of")
            or (
                tokens[e].text.isalpha()
                and not finite_at(tokens, e)
                and (tokens[e].text.islower() or tokens[e].lower not in STOP_CAPS)
            )
        ):
            e += 1
        aux = verb_group_start(tokens, v, lo)
        if (
            e == v
            and lead_np is not None
            and len(lead_np) >= 2
            and (lead_np[0].lower not in STOP_CAPS or lead_np[0].lower in DETERMINERS)
            and not any(
                t.lower in FINITE_AUX or t.lower in BE_FORMS for t in tokens[e0:aux]
            )  # no verb of its own
        ):
            f = index(tokens, lead_np[0])
            np = tokens[f : verb_group_start(tokens, v, f)] or None  # "frankly Is said": no subject
    if (
        np is None
        and (h := plural_before_phrase(tokens, v)) >= lo
        and (head := np_core(tokens, h, lo))
        and not any(finite(t) or t.lower in CUE_FORMS for t in head)
    ):
        np = tokens[index(tokens, head[0]) : v]  # "Officials at the port authority say"
    if (np is None and (tokens[v - 1].text == "," or tokens[b].is_cap)) or (
        v >= 1 and tokens[v - 1].quote >= 0 and title_quote(tokens, v - 1)
    ):
        np = np or appositive_subject(tokens, lo, v)
        if np is not None and kind_of_mention(np) != "name":
            np = None
    inv = inverted(tokens, v, lo, cue.after)
    after = np_after_cue(tokens, cue.after) if inv else None
    if after is not None and tokens[v - 1].text == "," and v >= 2 and tokens[v - 2].quote < 0:
        return make_mention(tokens, after, word)  # set off inside the sentence: the name after it
    if (
        np is not None
        and len(np) > 1
        and (np[-1].lower in DOCUMENT_NOUNS or np[-1].lower in SPEECH_NOUNS)
        and any(possessor(t) and t.is_cap for t in np[:-1])
    ):
        owned = possessive_cue(tokens, index(tokens, np[-1]))  # "Lee’s email notes that": Lee
        if owned is not None:
            return Mention(owned.tokens, owned.kind, word, owned.head)
    if np is not None and (author := set_off_author(tokens, np, b)) is not None and not many(author):
        # "The tweet, from Ivo Marsh, read": his words; "The letter, signed by 40 teachers,
        # says": a paper a crowd backs speaks for itself (one a sender released relays the
        # crowd's words: see mentions.make_mention)
        return make_mention(tokens, author, word)
    if np is not None and (lone := set_off_author(tokens, np, b, lone=True)) is not None and not many(lone):
        m = make_mention(tokens, lone, word)  # "The letter, from Lee, said": Lee, if met before
        return Mention(m.tokens, m.kind, m.cue, m.head, through_relative(s, make_mention(tokens, np, word)))
    if np is not None:
        return through_relative(s, make_mention(tokens, np, word))
    if inv:  # "said Lindqvist, “…”", "advises psychologist Ann Hale": the speaker after the cue
        speaks = after is not None and kind_of_mention(after) in SPEAKER_KINDS
        return make_mention(tokens, after, word) if after is not None and speaks else None
    if b < lo or tokens[b].text == ",":
        np = clause_subject(s, s.owner[v])
        return make_mention(tokens, np, word) if np is not None else None
    return None


def joined_clause(s: Sentence, b: int) -> int:
    """The clause a verb after the coordinator at ``b`` goes on from: the clause the
    coordinator stands in, but past a comma the one an adverbial clause ending there hangs
    from, and past a report the verb that reports it ("Lee said the city acted once the leak
    was known, but conceded that …": Lee, not the leak nor the city)."""
    cl = s.owner[b]
    if b < 1 or s.tokens[b - 1].text != "," or s.clauses[cl].role != ADVERBIAL:
        return cl
    if any(t.text == "," for t in s.tokens[s.clauses[cl].start + 1 : b - 1]):
        return cl  # a list's last comma ("when the mayor walked in, smiled, and told …"): still hers
    for _ in range(8):  # bounded: clauses nest a few deep
        c = s.clauses[cl]
        if c.role not in (ADVERBIAL, REPORT) or c.parent < 0:
            break
        if c.role == REPORT and not reported_thing(clause_subject(s, cl)):
            break  # "Police said the driver fled when …, but later told them …": the driver's
        p = s.clauses[c.parent]
        if (
            c.role == ADVERBIAL
            and p.role != REPORT
            and any(t.lower == "that" for t in s.tokens[p.start : c.start])
        ):
            break  # "The court heard that Ray Moll hid it after …, and told …": a report unparsed
        cl = c.parent
    return cl


def reported_thing(np: list[Token] | None) -> bool:
    """The subject of a reported clause is a thing, place or event ("the city", "the leak",
    "the scheme"), which a verb of saying joined further on cannot continue; not a person or
    people ("the driver", "Dale Fenn", "she", "the crew"), who may well have gone on to say it."""
    if not np:
        return False
    last = np[-1]
    low = last.lower
    if (
        low in PRONOUNS_HE_SHE_THEY
        or people_noun(low)
        or person_like(low)
        or word_gender(low)
        or low in UNNAMED_PERSON_NOUNS
        or low.endswith(PERSON_COMPOUND_ENDS)
    ):
        return False
    if last.is_cap:
        return is_place(np) and not reads_as_person(np)  # "Harbour Road", not "Kel Baro"
    return kind_of_mention(np) == "description"


def set_off_infinitive(tokens: list[Token], v: int, lo: int) -> bool:
    """ "To quote the mayor, …", "The mood was, to quote a song, …": the verb at ``v`` is an
    infinitive opening the stretch from ``lo`` or set off by a comma or a dash, the writer's
    aside, whose object is what is quoted."""
    return v > lo and tokens[v - 1].lower == "to" and (v - 1 == lo or tokens[v - 2].text in COMMA_OR_DASH)


def teller_of_listener(s: Sentence, cue: Cue, np: list[Token]) -> Mention | None:
    """ "She said Lee had painted “…” and told him that “…”": a verb joined inside a report,
    its object "him" or "her", is the reporter's when the pronoun can be the report's subject
    ``np`` (a pronoun is never its own clause's subject) but not the reporter (of the other
    sex). Else None: "He said Lee had … and told him" keeps Lee."""
    tokens, v = s.tokens, cue.head
    clause = s.clause_of(v)
    k = cue.after
    if clause.role != REPORT or clause.parent < 0 or k + 1 >= len(tokens):
        return None
    sex = OBJECT_SEX.get(tokens[k].lower, "")
    nxt = tokens[k + 1]
    if not sex or not (nxt.lower == "that" or nxt.quote >= 0 or nxt.text in (",", ":")):
        return None  # not "told her staff": a possessive
    if sex_of(np) not in ("", sex) or sexed_in(tokens[index(tokens, np[-1]) + 1 : v], sex):
        return None  # "the officer stopped her son and told him": the son is told
    outer = reporter_of(s, clause)
    if outer is None or sex_of(list(outer.tokens)) in ("", sex):
        return None
    return outer


OBJECT_SEX: Final = {"him": "m", "her": "f"}
"""The sex an object pronoun tells."""


def quoted_object(tokens: list[Token], v: int, lo: int) -> list[Token] | None:
    """ "quotes Hale as saying", "cited one of her aides as writing": the object of a verb of
    quoting before "as" and the participle at ``v`` is who speaks, not the subject who quotes."""
    np = object_np_before(tokens, v - 2, lo)
    k = index(tokens, np[0], v - 2) - 1 if np is not None else -1
    if np is not None and k - 1 >= lo and tokens[k].lower == "of" and tokens[k - 1].lower in PRONOUN_SPEAKERS:
        np, k = tokens[k - 1 : v - 1], k - 2  # "one of her aides"
    if np is None or k < lo or tokens[k].lower not in QUOTING_FORMS or not tokens[k].text.islower():
        return None
    return np if speaking_subject(np) else None  # not "described the job as saying “yes”"


def quoted_after(tokens: list[Token], c: Cue) -> list[Token] | None:
    """ "“…,” the statement quoted Lee as saying.", "“…,” a memo quoted the chief, Ivo Lund,
    saying.": after a quote, the object of a verb of quoting with a participle of speech
    speaks the quote, not the verb's subject. The verb of quoting is the quote's own cue, not
    one in a clause on its speaker ("“…,” said Lee, who watched her son singing")."""
    for v in range(c.after + 1, min(len(tokens), c.after + 12)):
        low = tokens[v].lower
        if low.endswith("ing") and low in CUE_FORMS:
            np = (
                quoted_object(tokens, v, c.head)
                if tokens[v - 1].lower == "as"
                else caught_speaker(tokens, v, c.head)
            )
            return np if np is not None and index(tokens, np[0], v) - 1 == c.head else None
    return None


def caught_speaker(tokens: list[Token], v: int, lo: int) -> list[Token] | None:
    """ "a report that quoted him calling rivals “…”", "a microphone caught the mayor telling
    aides", "heard the treasurer warning": a participle of speech right after the object of a
    verb of quoting, recording, catching or perceiving is that object's (mentions.witnessed,
    the one reader of the shape); the verb's subject only relays it."""
    return witnessed(tokens, v, CAUGHT_FORMS, lo)


def in_verb_series(s: Sentence, b: int, v: int, after: int) -> list[Token] | None:
    """ "The mayor has ridiculed a skipper, branded the dockers “…”", "a skipper who mocks the
    board, who quarrels with the unions, insists that …": a finite verb right after the comma
    that closes an earlier verb's object in the same clause goes on from that verb, so the
    two share one subject; the noun phrase before the comma is an object, not the later
    verb's subject. Not an inverted cue ("When the board voted on it, said Lee, “…”"), not
    after a clause set off before the verb ("Lee, who chairs the board, said"). A restrictive
    relative read on past its comma ("A skipper who mocks the board, who …, insists") gives its
    pronoun, which stands for the noun the main verb wants. Returns the series' subject, the
    one standing right before its first verb (None when the verb is no link of a series): the
    first noun phrase of the clause may belong to an earlier clause the parser did not split
    off ("Police arrested the driver, but his lawyer, reached by phone, called")."""
    tokens = s.tokens
    cl = s.owner[v]
    c = s.clauses[cl]
    if tokens[v].lower.endswith("ing") or not finite(tokens[v]) or inverted(tokens, v, c.start, after):
        return None
    k, seen, links = b - 1, 0, 0
    while k >= c.start and seen < 14 and links < 6:
        if s.owner[k] != cl:
            inner = s.clauses[s.owner[k]]
            if not (
                c.role == RELATIVE and inner.parent == cl and inner.role == RELATIVE and inner.start > c.start
            ):
                return None  # "Lee, who chairs the board, said": only relatives in a series go on
            k = inner.start - 2  # past ", who quarrels …," or "[the ward] which Lee built": its own verb
            continue
        t = tokens[k]
        if t.text == "," and k - 1 > c.start and (j := object_before_appositive(tokens, k, c.start)) >= 0:
            k = j  # "met the coach, Len Pratt, praised": a name set off after the verb's object
            continue
        if t.quote >= 0 or not t.text[:1].isalnum():
            return None
        if (
            finite_at(tokens, k)
            or (k > 0 and tokens[k - 1].lower in RELATIVE_PRONOUNS and t.text.isalpha() and t.text.islower())
            or opening_present(tokens, k, c.start)
        ):
            # "ridiculed [a skipper],", "who mocks [the board], who …,": an object between; not
            # "Ross, the coach said, has called": a cue set off inside the sentence
            if k >= b - 1:
                return None
            if k - 1 > c.start and tokens[k - 1].text in COMMA_OR_DASH:
                # "toured the line, told …": an earlier member of the series, so go on back to
                # the first; not "but the council, angered by the vote, called": a participle
                # set off after a subject of its own is no verb of the series (it takes no object)
                if np_forward(tokens, k + 1, b) is None:
                    return None
                b, k, seen, links = k - 1, k - 2, 0, links + 1
                continue
            return series_subject(s, cl, k, v)
        k, seen = k - 1, seen + 1
    return None


def opening_present(tokens: list[Token], k: int, lo: int) -> bool:
    """ "Brandt stays in race after Ohio win, says …": a lower-case word in -s right after the
    name that opens the clause, with more words after it, is that name's present verb (a
    headline's tense), so a verb after the comma goes on from it."""
    t = tokens[k]
    if k <= lo or not t.text.islower() or t.lower in STOP or not present_after_name(t):
        return False
    np = np_forward(tokens, lo, k)
    return np is not None and len(np) == k - lo and kind_of_mention(np) == "name"


def object_before_appositive(tokens: list[Token], k: int, lo: int) -> int:
    """ "met [the coach], [Len Pratt], praised": where the verb stands whose object is set off
    by an appositive or aside opening at the comma ``k`` ("thanked the mayor, a friend for
    years, told", "visited the mayor, at home on Sunday, told"), or -1. The object must
    follow its finite verb at once: not "listening to the nominee, Ann Hale, speak", whose
    noun is the subject of the verb after it, nor "heard the coach, Len Pratt, say", "made the
    coach, Len Pratt, resign": a verb of perceiving or making has its object do the verb after."""
    obj = np_backward(tokens, k - 1, lo)
    j = index(tokens, obj[0], k - 1) - 1 if obj is not None else -1
    if j < lo or not tokens[j].text.islower() or not finite_at(tokens, j):
        return -1
    return -1 if tokens[j].lower in PERCEIVE_FORMS or tokens[j].lower in VIEW_VERBS else j


def series_subject(s: Sentence, cl: int, first: int, v: int) -> list[Token] | None:
    """The subject standing right before the first verb of a series (past auxiliaries and
    adverbs: "The mayor has ridiculed", "who mocks"), or None: a verb inside a phrase set off
    before the later verb has no subject of its own there ("the council, in a vote held
    Tuesday, called", "the council, as is its habit, called"), so it opens no series."""
    tokens, c = s.tokens, s.clauses[cl]
    p = verb_group_start(tokens, first, c.start + 1, VERB_GROUP_WORDS) - 1
    if c.role == RELATIVE and p == c.start:
        return clause_subject(s, cl, v)  # "who mocks …, who …, insists": the relative's pronoun
    np = subject_of(tokens, first, c.start)
    if np is None or np[-1] is not tokens[p]:
        return None
    return np


def reduced_before(tokens: list[Token], lo: int, b: int, v: int) -> int:
    """The past participle of a reduced relative whose phrase runs up to the verb group
    that starts after ``b`` and ends at the verb ``v`` ("the studies cited in the report
    have …", "a letter sent by the mayor on Friday warned": a time word may open the group)."""
    aux = b + 1
    first = aux - 1 - PHRASE_REACH
    first -= sum(1 for t in tokens[max(lo, first) : aux] if t.text in AMOUNT_SIGNS)  # signs are no words
    for r in range(max(lo + 1, first), aux - 2):
        if past_participle(tokens[r]) and aux <= reduced_participle(tokens, r) <= v:
            return r
    return -1


def relative_verb(tokens: list[Token], k: int) -> bool:
    """The word at ``k`` is the verb of a clause opened by the relative pronoun before it
    ("who deserves", "that earned"): a verb, never a subject noun phrase. Only one
    word stands between the pronoun and the cue, so a subject there would be a bare noun
    ("who analysts credit") and the verb reading is the likelier."""
    t = tokens[k]
    return (
        tokens[k - 1].lower in RELATIVE_PRONOUNS
        and t.text.isalpha()
        and t.text.islower()
        and (finite(t) or verb_like(t, 2) or (t.lower.endswith("s") and noun_of_speech(tokens, k + 1)))
    )


def noun_of_speech(tokens: list[Token], i: int) -> bool:
    """ "deserves credit for", "earns praise from": a cue in its bare form followed by a
    prepositional phrase is a noun, the object of the verb before it (unlike "which critics
    call “…”", where the bare form is the verb and its object follows). A plural noun reads
    the same ("gets thanks from", "earns plaudits for")."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in PREPOSITIONS:
        return False
    low = tokens[i].lower
    return bare_present(tokens[i]) or (low.endswith("s") and CUE_FORMS.get(low) == low[:-1])


def relative_subject(s: Sentence, r: int, word: str) -> Mention | None:
    """The subject of a clause opened by the relative pronoun at ``r``: the noun it is about
    ("the aide who deserves …"); a "who" after a cue opens that cue's question ("Lee asking
    who deserves …"), so the asker speaks."""
    outer = next((c for c in s.cues if c.head == r - 1 and c.speech), None) if r >= 1 else None
    return subject_cached(s, outer) if outer is not None else make_mention(s.tokens, [s.tokens[r]], word)


def joined_subject(tokens: list[Token], np: list[Token], lo: int) -> list[Token]:
    """ "The mayor and the former governor said": two noun phrases joined by "and" at the
    start of the clause are one subject; "and who" goes on with a relative clause ("Ann Lee,
    who was elected in May, and who has called …"), no second person."""
    k = index(tokens, np[0]) - 1
    if np[0].lower in RELATIVE_PRONOUNS and k >= lo and tokens[k].lower in JOINERS:
        return np
    while (
        k - 1 > lo
        and joining_adverb(tokens[k])
        and tokens[k - 1].lower == "and"
        and not object_stretch(tokens, lo)
    ):
        k -= 1  # "Ana Rusk and later Ben Oyelaran said"
    end = index(tokens, np[-1])
    if k - 1 > lo and tokens[k].text == ",":
        d = np_backward(tokens, k - 1, lo)
        if d is not None and kind_of_mention(d) == "description" and d[0].lower in ARTICLES_AND_POSSESSIVES:
            k = index(tokens, d[0]) - 1  # "… and her brother, Elias Brook, said": the name is the description
    elif (named := appositive_name(tokens, np)) is not None and named[0] is tokens[end + 1]:
        end = index(tokens, named[-1])  # "… and her neighbour, Sven Aalto, have written"
    if k - 1 < lo or tokens[k].lower not in JOINERS:
        return np
    e = conjunct_end(tokens, k - 1, lo)
    first = np_backward(tokens, e, lo) if e >= lo else None
    if first is None or kind_of_mention(first) not in SPEAKER_KINDS or len(first) + len(np) > 12:
        return np
    if e < k - 2 and kind_of_mention(first) != "name" and tokens[e + 2].lower not in PERSON_RELATIVES:
        # an aside is set off after a name ("Mara Osei, in Ohio, and"), not "the port, in May,
        # and"; a "who" clause is set off after a person ("The mayor, who was re-elected, and")
        return np
    f = index(tokens, first[0])
    pair = PAIR_OPENERS.get(tokens[k].lower, "")
    if f - 1 >= lo and tokens[f - 1].lower == pair and (f - 1 == lo or tokens[f - 2].text == ","):
        f -= 1  # "Both the mayor and her deputy said", "Neither Lee nor Hale would say"
    elif first[0].lower == pair and (f == lo or tokens[f - 1].text == ","):
        pass  # "Neither Gemma Tarrant": read as one run of capitals
    elif tokens[k].lower != "and" or (
        f > lo and tokens[f - 1].text != "," and not (f - 1 == lo and tokens[lo].lower in COORDINATORS)
    ):
        return np  # "told the mayor and the governor said": not the clause's first phrase ("…, and A and B said" is)
    return tokens[listed_before(tokens, f, lo) : end + 1]


def object_stretch(tokens: list[Token], lo: int) -> bool:
    """Whether the stretch at ``lo`` follows a verb in lower case, so its first phrase is that
    verb's object ("Police questioned Ana Rusk and later Ben Oyelaran told"): an adverb after
    "and" then opens a clause of its own, not the second of two subjects."""
    prev = tokens[lo - 1] if lo > 0 else None
    return prev is not None and prev.text.islower() and (finite(prev) or verb_like(prev, 2))


def conjunct_end(tokens: list[Token], e: int, lo: int) -> int:
    """Where the phrase before a joining "and" (just after ``e``) ends: at ``e``, or before a
    serial comma ("Ann Lee, Tom Hale, and"), or before an aside set off by commas after it
    ("Mara Osei, in Ohio, and", "Lena Holt, a nurse, and", "Nadia Brook, 44, and")."""
    if tokens[e].text != ",":
        return e
    c = next((j for j in range(e - 1, max(lo, e - 9) - 1, -1) if tokens[j].text in COMMA_OR_DASH), -1)
    if c > lo and set_off_aside(tokens, c + 1, e):
        return c - 1
    item = np_backward(tokens, e - 1, lo) if e - 1 >= lo else None
    f = index(tokens, item[0]) if item is not None else -1
    # a list has a comma before the item too: not "… paid for a bus tour, and Hale … thanked"
    return e - 1 if f - 1 >= lo and tokens[f - 1].text == "," else -1


def adverbial(tok: Token) -> bool:
    """ "Finally", "First", "Still": a word set off before the subject that is no noun."""
    return adverb_like(tok) or tok.lower in ORDINALS or tok.lower in SENTENCE_ADVERBS


def listed_before(tokens: list[Token], f: int, lo: int) -> int:
    """ "Lee, the mayor and two aides said": phrases set off by commas before a pair joined by
    "and" are one list with it, when the list opens the clause; a fronted phrase ("In Dunmore,
    …", "Last week, …", "First, …") is not one of them. Returns where the list starts."""
    for _ in range(4):
        if f - 2 < lo or tokens[f - 1].text != ",":
            break
        item = np_backward(tokens, f - 2, lo)
        if item is None or kind_of_mention(item) not in ("name", "description") or len(item) > 6:
            break
        e = index(tokens, item[0])
        if (
            item[-1].lower in TIME_NOUNS
            or (len(item) == 1 and (adverbial(item[0]) or item[0].lower in STOP_CAPS | FRONTED_WORDS))
            or (e > lo and tokens[e - 1].text != ",")
        ):
            break
        f = e
    return f


def antecedent_of_relative(s: Sentence, np: list[Token], v: int, lo: int) -> list[Token]:
    """ "Ann Hale, who runs the ferry, in a letter to the board, warned …": a noun phrase found
    inside a relative clause closed before the verb is that clause's object, so the subject
    is the noun the clause is about."""
    rel = s.clause_of(index(s.tokens, np[0]))
    if rel.role != RELATIVE or rel.end > v or rel.start <= lo or np[0] is s.tokens[rel.start]:
        return np  # not in a closed relative clause, or its own pronoun ("who, on Friday, said")
    ante = antecedent(s.tokens, rel.start, lo)
    return ante if ante is not None and kind_of_mention(ante) != "relative" else np


def antecedent(tokens: list[Token], start: int, lo: int) -> list[Token] | None:
    """The noun a relative clause at ``start`` is about: "the crews who sailed with her say",
    "Brandt, who has called it “…,” urged", "Those who attended the meeting said"."""
    k = start - 1
    if tokens[k].text in COMMA_OR_DASH and k > lo:
        k -= 1
    ante = (phrase_host(tokens, k, lo) or np_backward(tokens, k, lo)) if tokens[k].quote < 0 else None
    if ante is not None and k < start - 1:
        ante = participle_aside_subject(tokens, start - 1, lo) or ante  # "Ann Lee, flanked by aides, whose …"
    return [tokens[k]] if ante is None and tokens[k].lower in DEMONSTRATIVES else ante


def coordinated_infinitive(tokens: list[Token], b: int, lo: int) -> int:
    """ "led Hale to shrug and call Lee “…”": the verb after "to" that a verb
    after "and" goes on from, or -1."""
    for k in range(b - 1, max(lo, b - 10), -1):
        t = tokens[k]
        if t.text in (",", ";", ":") or t.quote >= 0:
            return -1
        if t.lower == "to" and k + 1 < b and tokens[k + 1].text.islower():
            return k + 1
    return -1


def counting(t: Token) -> bool:
    """A number that counts ("40", "2,000", "four"), not one inside a word ("71-year-old")."""
    return (t.text[:1].isdigit() and "-" not in t.text) or t.lower in NUMBER_WORDS


def share_subject(tokens: list[Token], lo: int, v: int) -> list[Token] | None:
    """ "About four in 10 said", "More than 2,000 at the rally said": a count or share of
    people running from the clause start to the verb is its subject."""
    i = lo
    while i < v and tokens[i].lower in COORDINATORS:
        i += 1
    words = tokens[i:v]
    while words and (words[-1].lower in AUXILIARIES):
        words = words[:-1]
    if not 2 <= len(words) <= 12 or any(t.quote >= 0 or t.text in (";", ":") for t in words):
        return None
    commas = [k for k, t in enumerate(words) if t.text == ","]
    if commas and 0 < commas[-1] < len(words) - 1 and words[commas[-1] + 1].lower in ARTICLES:
        words = words[commas[-1] + 1 :]  # "Asked about it in 2024, the 71-year-old said": a description
    comma = next((k for k, t in enumerate(words) if t.text == ","), -1)
    if comma > 0 and not any(counting(t) for t in words[:comma]):
        words = words[comma + 1 :]  # "At the rally, 40 said": a fronted phrase is no part of the count
    if not words or not any(counting(t) for t in words):
        return None  # "Asked about it, the 71-year-old said": an age is a description, no count
    if any(finite_at(tokens, index(tokens, t)) for t in words):
        return None
    return list(words)


def title_quote(tokens: list[Token], q: int) -> bool:
    """ "host of radio’s “Harbour Hour,” thanked …": a quote inside a noun phrase (after "of",
    a possessive or a determiner) is a title, not words the verb after it closes."""
    prev = tokens[q - 1] if q > 0 else None
    return prev is not None and (
        prev.lower in TITLE_PREPOSITIONS or possessive(prev) or prev.lower in NOUN_DETERMINERS
    )


def appositive_subject(tokens: list[Token], lo: int, v: int) -> list[Token] | None:
    """ "Ada Lund, a singer on the show “Low Tide,” who later ran it, said": the noun phrase
    opening the clause and set off by a comma is the subject of a verb after its appositive."""
    np = sentence_subject(tokens, lo, v)
    if np is None or kind_of_mention(np) not in ("name", "description"):
        return None
    e = index(tokens, np[-1]) + 1
    return np if e < v and tokens[e].text in COMMA_OR_DASH else None


def participle_aside_subject(tokens: list[Token], b: int, lo: int) -> list[Token] | None:
    """ "Ann Lee, speaking beside the mayor, Tom Hale, said", "Lee, asked whether she would
    run, said", "Lee, citing her aunt, who ran the mill, said": a participle phrase set off
    between the clause's opening name or description and its verb (the comma at ``b``) is an
    aside: the names, pronouns and clauses inside it are not the verb's subject, nor the
    noun a relative clause after it is about ("Ann Lee, flanked by aides, whose …")."""
    for c in range(b - 1, max(lo, b - ASIDE_SPAN) - 1, -1):
        t = tokens[c]
        if t.quote >= 0 or t.text in (";", ":"):
            return None
        opener = tokens[c + 1]
        if (
            t.text == ","
            and c + 1 < b
            and opener.text.islower()
            and (
                (opener.lower.endswith(("ed", "ing")) and len(opener.lower) > 4)
                or (opener.lower in PAST_FORMS and past_participle(opener))  # "sent", "written"
            )
            and (np := np_through_phrases(tokens, c - 1, lo)) is not None
            and (
                (f := index(tokens, np[0])) in (lo, lo + 1)
                or tokens[f - 1].text == ","
                or tokens[f - 1].text in ARTICLES
            )
            and kind_of_mention(np) in ("name", "description")
        ):
            # the clause's first noun phrase, or one after a fronted phrase's comma; or the
            # name a description set off before the aside describes ("Ivo Lund, a Republican,")
            return appositive_host(tokens, f - 1 if tokens[f - 1].lower in ARTICLES else f, lo) or np
    return None


PHRASE_HOPS: Final = 2
"""The most prepositional phrases np_through_phrases walks back over."""


def np_through_phrases(tokens: list[Token], e: int, lo: int) -> list[Token] | None:
    """The noun phrase ending at ``e``, with the prepositional phrases before it back to the
    noun they modify: "A text from Drake to Crowther" (where ``np_backward`` stops at "to");
    at most PHRASE_HOPS phrases, never before ``lo``."""
    np = np_backward(tokens, e, lo)
    if np is None:
        # "… to staff": a bare noun after "to" may read as a verb; take it as the phrase's object
        p = e - 1
        while (
            p > lo
            and e - p <= PHRASE_HOPS + 1
            and tokens[p].text.isalpha()
            and tokens[p].lower not in OBJECT_PREPS
        ):
            p -= 1
        if p <= lo or tokens[p].lower not in OBJECT_PREPS or not tokens[e].text.isalpha():
            return None
        np = tokens[p + 1 : e + 1]
    for _ in range(PHRASE_HOPS):
        f = index(tokens, np[0])
        if f - 2 < lo or tokens[f - 1].lower not in OBJECT_PREPS or not tokens[f - 1].text.islower():
            return np
        outer = np_backward(tokens, f - 2, lo)
        if outer is None:
            return np
        np = tokens[index(tokens, outer[0]) : e + 1]
    return np


def adverbial_in_aside_subject(s: Sentence, clause: Clause, b: int) -> list[Token] | None:
    """ "A study by the county office, released in March while the budget was under debate,
    found", "The ruling, handed down as the session was ending, says": a clause opened by a
    subordinator inside a participle aside set off after the subject has its own verb and
    ends at the aside's closing comma ``b`` (right before the verb group); the verb after
    that comma is the outer clause's, and its subject the noun phrase the aside follows, not
    the subordinate clause's. None unless the aside opens at a comma followed by a past
    participle, between the outer clause's start and the subordinator; both ends of the
    aside lie within ``ASIDE_SPAN`` words of the subordinator."""
    tokens = s.tokens
    if clause.parent < 0 or not clause.start < b <= clause.start + ASIDE_SPAN or tokens[b].text != ",":
        return None
    if tokens[clause.start].lower not in SUBORDINATORS:
        return None
    if not any(finite_at(tokens, k) for k in range(clause.start + 1, b)):
        return None  # "released in March while under debate,": no clause of its own
    if any(tokens[k].text == "," for k in range(clause.start + 1, b)):
        return None  # "when Ann Lee, whose vote was needed, said": b closes an aside inside the clause
    outer = s.clauses[clause.parent]
    if outer.role not in (MAIN, REPORT, COORDINATE):
        return None
    for c in range(clause.start - 1, max(outer.start, clause.start - ASIDE_SPAN) - 1, -1):
        t = tokens[c]
        if t.quote >= 0 or t.text in (";", ":") or (t.text == "," and not past_participle(tokens[c + 1])):
            return None
        if t.text == "," and c + 1 < clause.start:
            lo = outer.start
            if lo + 2 < c and tokens[lo + 1].text == "," and adverbial(tokens[lo]):
                lo += 2  # "Separately, an internal memo, published …": the opener is no subject
            np = sentence_subject(tokens, lo, c)
            if np is None or index(tokens, np[-1]) >= c:
                return None
            return np if kind_of_mention(np) != "pronoun" else None
    return None


def name_closing_relative(tokens: list[Token], r: int, v: int) -> list[Token] | None:
    """ "One of the four trustees who abstained, Trustee Ann Lee, said", "the dockers' union,
    whose chairman, Ivo Renk, said": a name set off right before the verb at ``v`` by the first
    comma after a relative word at ``r`` restates the subject: of the whole noun phrase when
    the relative clause is restrictive (no comma before it, so that comma closes it), of
    "whose" and its role noun when that is what the comma follows. After a relative clause that
    ends with a person's role or a place ("who spoke to the mayor, Ann Lee,", "who fled the
    capital, Varesh,") the name is that noun's appositive, and one name never restates a plural
    subject that is no partitive ("Lawmakers who met her deputy, Ann Lee,"). The name, or None."""
    if r < 1 or v - 3 <= r or tokens[v - 1].text != ",":
        return None
    e = v - 2
    aged = e - 2 > r and tokens[e].text.isdigit() and tokens[e - 1].text == ","
    if aged:
        e -= 2  # "The pupil who won the prize, Dmitri Morrow, 16, said": an age after the name
    name = np_backward(tokens, e, r + 1)
    if name is None or kind_of_mention(name) != "name" or is_org(name):
        return None
    k = index(tokens, name[0]) - 1
    if tokens[k].text != "," or any(t.text in COMMA_OR_DASH or t.quote >= 0 for t in tokens[r:k]):
        return None
    if tokens[r].lower == "whose" and tokens[r - 1].text == ",":  # "whose chairman,", "whose new president,"
        return (
            name
            if k - r <= 3 and all(t.text.isalpha() and t.text.islower() for t in tokens[r + 1 : k])
            else None
        )
    if (aged or tokens[r].lower == "whose") and someone_in(tokens[r + 1 : k]):
        return None  # "The man who attacked the pensioner, Ann Pike, 71,", "The boy whose father coaches…"
    if tokens[r].lower == "whose" and not people_noun(tokens[r - 1].lower):
        return None  # "The club whose pitch flooded, Marlow Town,": a body's name, not a person's
    own_subject = tokens[r + 1].lower in DETERMINERS or tokens[r + 1].is_cap  # "in which an aide, Ann Lee,"
    head = np_backward(tokens, r - 1, 0)
    f = index(tokens, head[0]) if head is not None else 0
    partitive = head is not None and any(t.lower == "of" for t in tokens[max(0, f - 2) : f + len(head)])
    many = (  # "Those who know", "Anyone who has worked for": people in general, never one named
        tokens[r - 1].lower == "those"
        or tokens[r - 1].lower in SOMEONE
        or (head is not None and not partitive and plural(head))
    )
    if not own_subject and tokens[k - 1].text.islower() and object_takes_name(tokens[r + 1 : k], name, many):
        return None  # "Residents who spoke to the mayor, Ann Lee, said": the name is the mayor's
    return name


def someone_in(clause: list[Token]) -> bool:
    """Whether a relative clause names a person or a role ("whose daughter married the
    striker", "who attacked the pensioner"): a name set off after it may be that person's."""
    return any(
        t.text.islower() and (people_noun(t.lower) or role_word(t.lower) or t.lower in UNNAMED_PERSON_NOUNS)
        for t in clause
    )


CONTACT_REACH: Final = 3
"""How many words open a relative clause before its verb of meeting or speaking ("who
had met", "who recently spoke")."""


def object_takes_name(clause: list[Token], name: list[Token], many: bool) -> bool:
    """Whether a name set off after a restrictive relative ``clause`` is the clause's last
    noun's rather than the subject's: a place's when it is one word and no given name ("who
    fled the capital, Varesh,"), a person's role's when the clause's verb meets or speaks to
    that person ("who spoke to the mayor, Ann Lee,") or the subject is plural (``many``: "Those
    who know the senator, Ann Lee,"); never a body's ("who founded the group,
    Ann Lee,"), nor a role the subject holds or reached otherwise ("who was elected mayor,",
    "who shot the officer,"): the name restates the subject."""
    last = clause[-1].lower
    if plural(clause[-1:]) and not plural(name):
        return False  # "A delegate who met reporters, Mara Voss, said": one name is no plural's
    if last in PLACE_NOUNS:
        return len(name) == 1 and not given_name(name[0].text)
    if last in ORG_WORDS or not role_word(last):
        return False
    return many or any(t.lower in CONTACT_FORMS for t in clause[:CONTACT_REACH])


def phrase_aside_subject(tokens: list[Token], b: int) -> list[Token] | None:
    """ "Judge Ann Lee, in a ruling that her clerk, Ivo Brandt, read out, said", "Lee, in an
    exchange with the judge after the jury had left, complained", "The treasurer, Ivo Brandt,
    a former clerk whom the mayor hired, called": an aside opened by a preposition or an
    article, set off between the name or description that opens the sentence and the verb
    (the comma at ``b``), holds its own clauses; no noun in it is the verb's subject. The
    opening name (the one set off after an opening description), or None."""
    f = dateline_end(tokens, 0, b)
    while f < b and tokens[f].lower in SENTENCE_CONNECTIVES:
        f += 1
    np = np_forward(tokens, f, b)
    if np is None or kind_of_mention(np) not in ("name", "description"):
        return None
    a = f + len(np)
    if a >= b or tokens[a].text != ",":
        return None
    a += 1
    if kind_of_mention(np) == "description" and tokens[a].is_cap:
        name = np_forward(tokens, a, b)  # "The treasurer, Ivo Brandt, a former clerk …"
        if name is None or kind_of_mention(name) != "name" or tokens[a + len(name)].text != ",":
            return None
        np, a = name, a + len(name) + 1
    opener = tokens[a]
    owner = possessive(opener) and a + 1 < b and tokens[a + 1].text.islower()  # "Lee, Acme's chief, who …,"
    if not (
        owner or (opener.text.islower() and (opener.lower in ARTICLES or opener.lower in NOUN_PREPOSITIONS))
    ):
        return None
    if (owner or opener.lower in ARTICLES) and kind_of_mention(np) != "name":
        # "His coach, a former player named Ivo Lund, said": the appositive names him; not "The
        # harbour master, a former trawlerman, who …, told": an appositive with no name restates
        # a description of one who can speak ("The next morning, a fisherman, who …, said" and
        # "The plan, the chairman, …, told" open with no speaker)
        stop = next((k for k in range(a, b) if tokens[k].text == ","), b)
        head = np[-1].lower
        if (
            owner
            or any(t.is_cap for t in tokens[a + 1 : stop])
            or not (person_like(head) or head in lx.ONE_PERSON_HEADS)
        ):
            return None
    if b - a > 2 * ASIDE_SPAN or any(t.quote >= 0 or t.text in (";", ":", "(") for t in tokens[a:b]):
        return None
    # each phrase of the aside is short (up to ASIDE_SPAN tokens), the aside up to two of them:
    # "Ann Lee, a potter who works from a barn, who had argued for months that …, said"
    k = p = a
    while a <= k < b:
        if tokens[k].text == ",":
            if k - p > ASIDE_SPAN:
                return None
            k, p = aside_goes_on(tokens, k, b), k
        else:
            k += 1
    # not "Lee, in a statement, denied …, and her lawyer, Ivo Renk, said"
    return np if k == b and b - p <= ASIDE_SPAN else None


def aside_goes_on(tokens: list[Token], k: int, b: int) -> int:
    """Where an aside that ends at the comma ``b`` goes on after the comma at ``k`` inside it:
    past a name it sets off before another comma short of ``b`` ("in a ruling that her clerk,
    Ivo Brandt, read out,"), or at ``b`` when a second phrase opened by a preposition runs there
    ("a lawyer in Dunmore, in a statement Monday,", "the head of Lund Foods, the largest of the
    four,"). -1 when a verb, a conjunction or a name
    set off right before ``b`` follows: the opening name's aside closed at ``k`` and a clause of
    its own follows. A sentence adverb set off by commas ("like many residents, however,") is
    no clause: the aside goes on past it."""
    nxt = tokens[k + 1]
    if nxt.lower in SENTENCE_ADVERBS and nxt.text.islower() and k + 2 <= b and tokens[k + 2].text == ",":
        return k + 2  # "Lee, in a statement, though, said": the comma after the adverb
    if trait_piece(tokens[k + 1 : b]):
        return b  # "Rhea Moss, a potter, 54, told", "…, a potter, visibly angry, told"
    if nxt.text.islower() and (
        nxt.lower in NOUN_PREPOSITIONS or nxt.lower in SET_OFF_RELATIVES or nxt.lower in ARTICLES
    ):
        commas = [j for j in range(k + 1, b) if tokens[j].text == ","]
        if not commas:
            return b  # ", who has run …,"
        if nxt.lower in SET_OFF_RELATIVES and len(commas) == 1 and restated_object(tokens, commas[0], b):
            return b  # ", who sued the mayor, Ivo Renkard,": the name is the mayor's
        return -1
    name = np_forward(tokens, k + 1, b)
    if name is None or kind_of_mention(name) != "name":
        return -1
    e = k + 1 + len(name)
    if e == b and tokens[k - 1].is_cap:
        return b  # "a salesman from Dunmore, Ohio,": a place's state or country
    return e + 1 if e < b and tokens[e].text == "," else -1


def trait_piece(piece: list[Token]) -> bool:
    """ "54", "angry", "visibly shaken": an age or a short adjective phrase set off after an
    appositive, telling of the one it follows ("Rhea Moss, a potter, 54, told")."""
    if len(piece) == 1 and piece[0].text.isdigit() and len(piece[0].text) <= 3:
        return True
    if not 1 <= len(piece) <= 2 or (len(piece) == 2 and not adverb(piece[0])):
        return False
    last = piece[-1]
    return (
        last.text.isalpha()
        and last.text.islower()
        and (last.lower in lx.MANNER_ADJECTIVES or last.lower.endswith(lx.ADJECTIVE_ENDINGS))
    )


def restated_object(tokens: list[Token], c: int, b: int) -> bool:
    """Whether a name set off between the commas ``c`` and ``b`` after a relative clause restates
    the clause's object, a description ending at ``c`` ("who sued the mayor, Ivo Renkard,"), not
    its subject ("who abstained, Ann Lee,")."""
    name = np_forward(tokens, c + 1, b)
    if name is None or kind_of_mention(name) != "name" or c + 1 + len(name) != b:
        return False
    obj = np_backward(tokens, c - 1, c - 4)
    return obj is not None and kind_of_mention(obj) == "description" and obj[0].lower in DETERMINERS


def appositive_host(tokens: list[Token], f: int, lo: int) -> list[Token] | None:
    """The noun phrase opening the clause at ``lo`` that a phrase opened by an article at ``f``
    or a party tag, set off by a comma, restates ("Ivo Lund, a Republican,", "Cara Vos, the
    mayor,", "Rep. Dana Pike, D-Ohio,")."""
    if (
        f - 2 < lo
        or not (tokens[f].lower in ARTICLES or PARTY_TAG.match(tokens[f].text))
        or tokens[f - 1].text != ","
    ):
        return None
    host = np_backward(tokens, f - 2, lo)
    if host is None or host[0] is not tokens[lo] or tokens[lo].lower in OBJECT_PREPS:
        return None
    return host if kind_of_mention(host) == "name" else None


def before_participle_phrase(tokens: list[Token], v: int, lo: int) -> list[Token] | None:
    """ "Another clerk speaking to Harbour FM said", "Fans watching “The Match” said": the noun
    opening the clause before a participle phrase that stands between it and the verb is the
    subject (a title inside the phrase is part of it)."""
    fronted = tokens[lo].lower in SUBORDINATORS
    for k in range(v - 1, max(lo, v - 9) - 1, -1):
        t = tokens[k]
        if t.text == "," and fronted:
            return None  # "When crews arrived, a sign on the gate read": the fronted clause's verb
        if k > lo and t.text.islower() and t.lower.endswith(("ing", "ed")) and len(t.lower) > 4:
            np = np_backward(tokens, k - 1, lo)
            if (
                np is not None
                and kind_of_mention(np) in ("name", "description")
                and index(tokens, np[0]) in (lo, lo + 1)
            ):
                return np
    return None


def through_relative(s: Sentence, m: Mention) -> Mention:
    """ "Hale … what he called Lee's “secret ledger”": a he/she subject right after a
    relative word speaks for the sentence's own subject, who is named as the speaker.
    Set off by a comma or a dash (", which she added …", ", where he warned …") or opened by
    a preposition ("a speech in which she promised …") the clause has its own subject: the
    pronoun stays the mention (naming the outer subject when that is a person), except
    ", whom he called …" inside a report, which stays the reporter's.
    The outer subject takes the pronoun only when they agree (``pronoun_agrees``: "he" is no
    crowd, "they" no lone person), and yields to a nearer clause subject that agrees
    (``nearer_subject``) unless only the outer one is known to ("Ann Vos cited a letter Kell
    wrote, in which she …") and the clause does not name it again ("… she called Vos “…”");
    with neither, the pronoun stays for resolution to name. A
    fronted phrase ("Angry at what he called …, Hale left") points ahead to the main subject.
    "it" keeps its own span with the outer subject as its head: PolNeAR's gold marks the
    pronoun for "it" and the named subject for "he"/"she" (one rule for all pronouns costs
    3 train links one way, 12 the other)."""
    tokens = s.tokens
    if m.kind != "pronoun":
        return m
    k = index(tokens, m.tokens[0])
    if k < 1 or tokens[k - 1].lower not in REL_WORDS:
        return m
    if tokens[k - 1].lower == "that" and k >= 2 and tokens[k - 2].lower in RESULT_WORDS:
        return m  # "so much so that she accused …": a result clause
    main = fronted_phrase_subject(tokens, k - 1)
    if main is not None and not pronoun_agrees(m.tokens[0].lower, main):
        return m  # "Angry at what he called …, the crowd booed": "he" is not the crowd
    if main is not None:
        om = make_mention(tokens, main, m.cue)  # the pronoun points ahead to the main subject
        return Mention(m.tokens, om.kind, om.cue, om.head)
    outer = sentence_subject(tokens, 0, k - 1)
    if outer is None or kind_of_mention(outer) == "relative" or outer[0] is m.tokens[0]:
        return m
    if m.tokens[0].lower == "they":  # "The mayor and her aide defended what they called …"
        outer = joined_after(tokens, outer, index(tokens, outer[0], k - 1), k - 1)
    agrees = pronoun_agrees(m.tokens[0].lower, outer)
    near = nearer_subject(tokens, index(tokens, outer[-1], k) + 1, k - 1, m)
    if (
        near is None
        and tokens[k - 1].lower != "that"  # "An aide to Ann Roy said that she …": the aide's report
        and (inner := served_name(outer)) is not None
        and sex_of(outer) != sex_of(list(m.tokens))
        and (bare := [t for t in inner if t.lower.rstrip(".") not in TITLES])
        and sex_of(bare) == sex_of(list(m.tokens))
        and pronoun_agrees(m.tokens[0].lower, bare)
    ):
        # "An aide to Vera Sal read out a statement in which she said": the one served, named
        # inside the subject, stays a candidate for a pronoun the head is not known to fit,
        # when the name (its title aside: "Gov. Hale" is no one's sex) is known to agree
        near = inner
    # the outer subject is known to be of the pronoun's sex (not "Morgan Stanley analyst Priya Rao … he")
    outer_fits = sex_of(outer) == word_gender(m.tokens[0].lower) != ""
    if near and outer_fits and not sex_of(near) and not named_again_after(tokens, k, outer):
        near = None  # "Ann Vos cited a letter Jordan Kell wrote, in which she …": the one known to agree
    if not agrees and near is None:
        return m  # "Reporters pressed Lee on what she called …": resolution finds "she"
    om = make_mention(tokens, outer if near is None else near, m.cue)
    rel, before = tokens[k - 1].lower, tokens[k - 2] if k >= 2 else None
    set_off = before is not None and (before.text in COMMA_OR_DASH or before.quote >= 0)
    in_setting = before is not None and before.lower in SETTING_PREPOSITIONS  # "a talk in which she said"
    set_off_in = rel in ("which", "whom") and k >= 3 and tokens[k - 3].text in COMMA_OR_DASH
    if in_setting and set_off_in and kind_of_mention(outer) != "name" and not person_like(outer[-1].lower):
        return m  # "the ad, in which he says": the pronoun stands for a person, not the ad
    reported = rel == "whom" and any(CUE_FORMS.get(t.lower) in ("say", "tell") for t in tokens[: k - 2])
    own = set_off and (rel in OWN_SUBJECT_RELATIVES or (rel == "whom" and not reported))
    if own or in_setting or m.tokens[0].lower == "it":  # "what it calls"
        return Mention(m.tokens, om.kind, om.cue, om.head)
    return om


def named_again_after(tokens: list[Token], k: int, np: list[Token]) -> bool:
    """Whether the clause after the pronoun at ``k`` names ``np`` again ("in which she called
    Roy “…”"): then the pronoun is someone else. A bounded look to the clause's end."""
    last = np[-1].text
    for t in tokens[k + 1 : k + 1 + RELATIVE_SPAN]:
        if t.quote >= 0 or t.text in COMMA_COLON_SEMICOLON_OR_DASH:
            return False
        if t.text == last:
            return True
    return False


def nearer_subject(tokens: list[Token], lo: int, r: int, m: Mention) -> list[Token] | None:
    """ "Lund pointed to an email Ann Roy had sent, in which she …": a name that agrees with
    the pronoun ``m`` and is the subject of a clause between the outer subject and the
    relative word at ``r`` (the clause that makes the noun the relative is about) is nearer
    than the outer subject; the last such name within a bounded window, or None."""
    found: list[Token] | None = None
    if not own_subject_relative(tokens, r):
        return None
    for j in range(max(lo, r - RELATIVE_SPAN), r):
        if not tokens[j].is_cap or (j > lo and tokens[j - 1].is_cap):
            continue
        np = np_forward(tokens, j, r)
        e = j + len(np) if np is not None else r
        if (
            np is not None
            and e < r
            and kind_of_mention(np) == "name"
            and finite_at(tokens, e)
            and pronoun_agrees(m.tokens[0].lower, np)
        ):
            found = np
    return found


RELATIVE_SPAN: Final = 16
"""The most tokens searched back from a relative word for a nearer clause subject."""


def fronted_phrase_subject(tokens: list[Token], r: int) -> list[Token] | None:
    """ "Forty-one and pitching on what he called “…,” Ann Hale threw …": a relative word at
    ``r`` inside a phrase that opens the sentence with no finite verb of its own is part of
    that fronted phrase; the sentence's subject is the noun phrase after the phrase's comma
    (followed by its finite verb), and a pronoun in the relative clause points ahead to it."""
    lo = dateline_end(tokens, 0, r)
    if r < lo + 2 or any(
        finite_at(tokens, k) or tokens[k].quote >= 0 or tokens[k].text in (",", ";", ":")
        for k in range(lo, r)
    ):
        return None  # "Tom Hale urged residents to read what he called …": the phrase is a clause
    n = len(tokens)
    for c in range(r + 1, min(n - 1, r + 25)):
        t = tokens[c]
        if t.text in (";", ":", ".", "!", "?"):
            return None
        if t.text == "," or t.lower == "<q,>":
            return subject_before_verb(tokens, c + 1)
    return None


def subject_before_verb(tokens: list[Token], s: int) -> list[Token] | None:
    """The subject opening a main clause at ``s``: the words up to its finite verb ("Port
    Vale left-hander Ann Hale threw", "the trainer, a former sprinter, signed"), or None."""
    np = np_forward(tokens, s, len(tokens))
    if np is None or kind_of_mention(np) not in SPEAKER_KINDS:
        return None
    e = s + len(np)
    cut = -1  # where an appositive set off by commas starts
    for k in range(e, min(len(tokens), s + 14)):
        t = tokens[k]
        if t.text == ",":
            if cut >= 0:
                continue
            cut = k
        elif finite_at(tokens, k) and (cut < 0 or tokens[k - 1].text == ","):
            span = tokens[s : cut if cut >= 0 else k]
            while span and span[-1].text == ",":
                span = span[:-1]
            return span or None
        elif t.quote >= 0 or not (t.text[:1].isalnum() or t.text in ("’", "'", "-")) or finite(t):
            return None
    return None


def passive(tokens: list[Token], v: int, lo: int) -> bool:
    """ "was asked", "has long been praised", "are widely described", and a participle set
    off after its noun ("the audit — widely labeled …", "a measure seen by …"): a form of
    "be" before a past participle, adverbs allowed between."""
    low = tokens[v].lower
    b = v - 1
    while (
        b >= lo
        and (
            adverb(tokens[b])
            or tokens[b].lower in LATER
            or (tokens[b].lower in AUXILIARIES and tokens[b].lower not in BE_FORMS)
        )
        and tokens[b].text[:1].islower()
    ):
        b -= 1  # "was often labeled", "has long been praised", "were not asked"
    if b >= lo and tokens[b].lower in BE_FORMS and not low.endswith("ing"):
        return True
    past = low.endswith(PARTICIPLE_ENDS) or low in IRREGULAR_PARTICIPLES
    if past and b >= 0 and is_dash(tokens, b) and any(t.lower in FINITE_AUX for t in tokens[b + 1 : v]):
        return False  # "Hale — speaking at the dock — has called it": a perfect after an aside is active
    if past and b >= 0 and b == v - 1 and tokens[b].text == ",":
        # "the county, called the “…” by its people, …": a participle set off by a comma naming
        # the quote after it (not "…, continued struggles by the campaign")
        return (
            any(t.quote >= 0 for t in tokens[v + 1 : v + 4])
            and by_agent(tokens, v + 1, len(tokens)) is not None
        )
    return past and b >= 0 and ((is_dash(tokens, b) and b < v - 1) or reduced_passive(tokens, b, v))


def reduced_passive(tokens: list[Token], b: int, v: int) -> bool:
    """ "a measure seen by activists as …": a past participle right after a common noun,
    followed by its "by" agent."""
    prev = tokens[b]
    return (
        b == v - 1
        and prev.text.isalpha()
        and prev.text.islower()
        and not finite(prev)
        and v + 2 < len(tokens)
        and tokens[v + 1].lower == "by"
        and not tokens[v + 2].lower.endswith("ing")  # "responded by saying": a means, no agent
    )


def by_agent(tokens: list[Token], k: int, end: int) -> list[Token] | None:
    """The "by" phrase of a passive cue: "were asked by host Ann Quist", "seen by dockers as
    a “…”", "often labeled a “fish fight” by rivals"."""
    for b in range(k, min(end, k + 12)):
        t = tokens[b]
        if t.lower == "by":
            np = np_forward(tokens, b + 1, end)
            if np is not None and kind_of_mention(np) in SPEAKER_KINDS:
                return np
            return None
        if t.text in (",", ";", ":") or finite_at(tokens, b):
            return None
    return None


def inverted(tokens: list[Token], v: int, lo: int, after: int) -> bool:
    """ "said Lindqvist, “…”", "“…,” advises psychologist Ann Hale", "…, explained Lee, “…”": a
    cue opening its clause (at the sentence start, after a quote, or set off by commas with
    its subject) before its subject."""
    if v == 0:
        return True
    prev = tokens[v - 1]
    if prev.quote >= 0 or (v == lo and prev.text in (",", ":")):
        return True
    if prev.text in (",", ":") and v >= 2 and tokens[v - 2].quote >= 0:
        return True
    if prev.text != "," or CUE_FORMS.get(tokens[v].lower) in NO_INVERSION:
        return False
    np = np_forward(tokens, after, len(tokens))  # ", says Ada Quist, archivist …,"
    e = after + len(np) if np is not None else -1
    return (
        np is not None
        and kind_of_mention(np) == "name"
        and e < len(tokens)
        and tokens[e].text in (",", ":")
        and not reported_subject_set_off(tokens, v, e)
    )


def reported_subject_set_off(tokens: list[Token], v: int, e: int) -> bool:
    """ "A spokeswoman, Ana Ruiz, said Dorn, a Democrat, would “…”", "His lawyer, Ivo Renk,
    says Hale, 54, had told her": a name after the cue at ``v``, set off by a phrase of its
    own that a finite verb group follows (an auxiliary or a modal), is the subject of the
    reported clause, not the cue's speaker placed after it, when the cue follows a name set
    off after the clause's opening noun (its subject). Not "The paradox of it, says Ann Lee,
    a historian, is …" (the cue is set off inside a clause whose verb comes after it).
    ``e``: the comma after the name after the cue."""
    before = np_backward(tokens, v - 2, max(0, v - SET_OFF_REACH)) if v >= 3 else None
    if before is None or kind_of_mention(before) != "name":
        return False
    f = index(tokens, before[0])
    if f < 2 or tokens[f - 1].text != "," or not opens_with_description(tokens, f - 1):
        return False
    for k in range(e + 1, min(len(tokens) - 1, e + SET_OFF_REACH)):
        t = tokens[k]
        if t.quote >= 0 or t.text in (";", ":"):
            return False
        if t.text == ",":
            nxt = tokens[k + 1]
            return k > e + 1 and nxt.text.islower() and nxt.lower in FINITE_AUX
    return False


SET_OFF_REACH: Final = 10
"""How many words ``reported_subject_set_off`` reads for the set-off phrase after a name."""


def opens_with_description(tokens: list[Token], c: int) -> bool:
    """ "A spokeswoman, …", "Vale's doctor, …", "One of her aides, …": the words before the
    comma at ``c`` are a description of a person (its head a noun of a person) that opens the sentence (or follows a quote),
    so a name set off after it restates it and is the clause's subject. Not a fronted phrase
    ("Still, Hale, says …", "On the field, Okafor, says …", "Today, the owner, Ivo Renk, says
    …"): the name after such a phrase is the subject of a clause the set-off cue interrupts."""
    head = tokens[c - 1].text if c >= 2 else ""
    if not (head.isalpha() and head.islower()) or not (
        person_noun(head) or (head.endswith("s") and person_noun(head[:-1]))
    ):
        return False  # "In Riverton, Idaho, says", "Most days, Korda, says": no person before the name
    k = c - 1
    while k >= 0 and c - k <= SET_OFF_REACH and tokens[k].quote < 0:
        t = tokens[k]
        if t.text in (",", ";") or finite(t):
            return False
        k -= 1
    if k >= 0 and tokens[k].quote < 0:
        return False  # a long run of words: no description of one person
    first = tokens[k + 1]
    return first.lower in DETERMINERS or possessive(first)


def clause_subject(s: Sentence, cl: int, before: int | None = None) -> list[Token] | None:
    """The subject of clause ``cl``: its first noun phrase; a participle clause's is its
    parent's, a relative clause's is its pronoun, an absolute's the noun after "with"."""
    tokens = s.tokens
    for _ in range(8):  # bounded: clauses nest a few deep
        c = s.clauses[cl]
        if c.role == PARTICIPLE and c.parent >= 0:
            cl = c.parent
            continue
        if c.role == FRONTED:
            np = first_subject(tokens, c.start + 1, c.end) if tokens[c.start].lower in SUBORDINATORS else None
            if np is not None:
                return np  # "Though she called it …": she
            nxt = next((k for k, x in enumerate(s.clauses) if x.parent == c.parent and x.start >= c.end), -1)
            if nxt < 0:
                return sentence_subject(tokens, c.end, len(tokens))  # the main clause after it
            cl = nxt
            continue
        start = c.start
        if c.role in (COORDINATE, ADVERBIAL, ABSOLUTE):
            start += 1
        if c.role == RELATIVE:
            k = c.start + 1
            if k < c.end and finite_follows(tokens, k):
                return np_forward(tokens, k, c.end)  # "which Brandt had called …": Brandt
            return [tokens[c.start]] if tokens[c.start].lower in RELATIVE_PRONOUNS else None
        start = next(
            (x.end for x in s.clauses if x.parent == cl and x.role == FRONTED and x.start == c.start), start
        )
        if before is not None:
            for reporter in reversed(s.cues):
                if (
                    reporter.head < before
                    and s.owner[reporter.head] == cl
                    and reporter.speech
                    and reporter.mention is None
                    and not tokens[reporter.head].lower.endswith("ing")
                    and not object_participle(s, reporter.head)
                    and tokens[reporter.head - 1].lower != "to"
                ):
                    m = subject_cached(s, reporter)
                    if m is not None and m.kind in SPEAKER_KINDS:
                        return list(m.tokens)  # "Hale told reporters …, saying": the reporter
                    break
        np = past_fronted_word(tokens, without_verb(tokens, sentence_subject(tokens, start, c.end)))
        if np is None and c.role in (ADVERBIAL, COORDINATE):
            np = first_subject(tokens, start, c.end)  # "though at a rally she went further"
        return np
    return None


def past_fronted_word(tokens: list[Token], np: list[Token] | None) -> list[Token] | None:
    """ "First, she and her deputy refused …", "Privately, the mayor said …": one capitalised
    word set off by a comma before a subject and its finite verb is a fronted adverb, not
    the subject. Not a list of names ("Hale, Lee and Ruiz signed"). A parenthetical cue
    ("Hale, Lee said, was …") never gets here: it is a speech cue of the clause, which
    takes the quote itself or answers as the reporter in clause_subject."""
    if np is None or len(np) != 1 or not np[0].is_cap or kind_of_mention(np) == "pronoun":
        return np
    k = index(tokens, np[0])
    if k + 2 >= len(tokens) or tokens[k + 1].text != ",":
        return np
    alt = subject_before_verb(tokens, k + 2)
    v = k + 2 + len(alt) if alt is not None else -1
    if alt is None or not finite_at(tokens, v):
        return np  # "Hale, the mayor, walked out": an appositive
    if any(t.lower in ("and", "or") for t in alt) and not adverbial(np[0]):
        return np  # "Hale, Lee and Ruiz signed", "Hale, the mayor and the treasurer walked out": a list
    return alt


def first_subject(tokens: list[Token], start: int, end: int) -> list[Token] | None:
    """The first noun phrase in ``tokens[start:end]`` followed by its finite verb."""
    if (
        start < end
        and (tokens[start].lower in ARTICLES_AND_POSSESSIVES or tokens[start].lower in NUMBER_WORDS)
        and (np := sentence_subject(tokens, start, end)) is not None
    ):
        e = index(tokens, np[-1]) + 1
        if np[0] is tokens[start] and any(finite_at(tokens, j) for j in range(e, min(end, e + 6))):
            return np  # "When a farmer in a seed cap asked about trade and said": the farmer
    for k in range(start, min(end, start + 12)):
        t = tokens[k]
        partitive = t.lower in PARTITIVES and k + 1 < end and tokens[k + 1].lower == "of"  # "one of them"
        if (t.lower in PRONOUNS_HE_SHE_THEY or t.is_cap or partitive) and finite_follows(tokens, k):
            return subject_forward(tokens, k, end)
    return None


def participle_subject(s: Sentence, v: int) -> list[Token] | None:
    """Who speaks a participle cue: the noun right before it ("marchers chanting", "with
    Lee telling reporters"), the subject of an absolute, or of the clause it hangs on."""
    tokens = s.tokens
    c = s.clause_of(v)
    b = verb_group_start(tokens, v, c.start) - 1
    if b >= c.start and tokens[b].quote < 0 and tokens[b].is_cap:
        np = np_core(tokens, b, c.start)  # "footage of Lee saying", "with Sen. Ann Lee telling"
        if np is not None and kind_of_mention(np) == "name":
            return np
    if b == v - 1 and c.role != ABSOLUTE:
        np = np_backward(tokens, b, c.start + (c.role == PARTICIPLE))  # "held up a sign saying “…”": the
        # sign says it ("carrying signs saying": not the participle that opens the clause)
        k = index(tokens, np[0]) - 1 if np is not None and not can_speak(np) else -1
        if k > c.start and tokens[k].lower in OBJECT_PREPS:
            up = np_backward(tokens, k - 1, c.start)  # "a notice by the gate saying": the notice
            np = up if up is not None and up[-1].lower in DOCUMENT_NOUNS else np
        p = index(tokens, np[0]) - 1 if np is not None else -1
        caught = (
            p - 2 >= c.start
            and tokens[p].lower in OBJECT_PREPS
            and tokens[p - 1].lower in CAUGHT_FORMS
            and past_participle(tokens[p - 1])
            and tokens[p - 2].lower in BE_FORMS
        )
        if (
            np is not None
            and np[-1].lower in DOCUMENT_NOUNS
            and not put_out(tokens, np, c.start)
            and not caught  # "was caught on a video telling a donor": the one caught tells him
        ):
            return np  # not "issued a statement saying", "sent out a release saying": theirs
    if c.role == ABSOLUTE:
        e = b + 1
        lo = c.start + 1
        # "with Lee calling it “…” and residents warning …": a second participle after a
        # coordinator has its own subject, the words from the coordinator on
        k = next((k for k in range(b, lo, -1) if tokens[k].lower in COORDINATORS), -1)
        if lo < k < b and any(lo < cue.head < k for cue in s.cues):
            lo = k + 1
        np = tokens[lo:e]  # "with hundreds of marchers chanting", "with one of her posters asking"
        return np if np and all(t.text[:1].isalnum() for t in np) else np_forward(tokens, lo, v)
    return clause_subject(s, s.owner[v], v)


def put_out(tokens: list[Token], np: Sequence[Token], lo: int) -> bool:
    """Whether the document ``np`` is the object of a verb that authors or sends it, from
    ``lo`` on ("issued a statement", "sent a message"), or of a verb of putting out with its
    particle "out" ("put out a release", "sent out a notice"): its words are that verb's
    subject's. Not "delivered a letter", "ran a letter": those pass on another's."""
    k = index(tokens, np[0]) - 1
    out = False
    while k > lo and (not tokens[k].text.isalpha() or tokens[k].lower in PARTICLES_OUT):
        out = out or tokens[k].lower == "out"
        k -= 1  # "sent out a release": the verb before its particle
    return k >= lo and (tokens[k].lower in AUTHOR_FORMS or (out and tokens[k].lower in PUBLISH_FORMS))


def infinitive_subject(s: Sentence, v: int) -> list[Token] | None:
    """Who speaks "to <cue>": the object of a causing verb ("led Mayor Lee to declare"), the
    noun of "for X to say", else the subject of the verb the infinitive completes."""
    tokens = s.tokens
    c = s.clause_of(v)
    lo = c.start
    k = word_before(
        tokens, v - 2, lo, 23, CAUSATIVES, lambda t: t.quote < 0 and t.text not in (".", ";", ":", "?", "!")
    )
    acts = k >= 0 and causing(tokens, k, lo, v)
    if acts and tokens[k + 1].lower in OBJECT_PRONOUNS and tokens[k + 2].text in (",", "to"):
        return [tokens[k + 1]]  # "prompted him to", "led her, the mayor, to"; not "led her union, …, to"
    np = np_forward(tokens, k + 1, v - 1) if acts else None
    if np is not None and kind_of_mention(np) in ("name", "description"):
        e = x = k + 1 + len(np)
        while (
            x < v - 1
            and x - e < 3
            and tokens[x].text.isalpha()
            and tokens[x].text.islower()
            and tokens[x].lower not in NP_TAILS
        ):
            x += 1  # "Achebe port advisers": a name modifying a plural noun
        if x > e and (x == v - 1 or tokens[x].lower in NP_TAILS) and tokens[x - 1].lower.endswith("s"):
            np, e = tokens[k + 1 : x], x
        if e < v - 1 and tokens[e].lower in NP_TAILS:
            cut = next((x for x in range(e, v - 1) if tokens[x].text == ","), v - 1)
            if cut - (k + 1) <= 12:
                np, e = tokens[k + 1 : cut], cut
        if len(np) > 2 and np[-1].lower in LICENCE_NOUNS and np[-2].lower in DETERMINERS:
            np = np[:-2]  # "given the board the power to": the licence and its article
        elif len(np) > 1 and np[-1].lower in LICENCE_NOUNS:
            np = np[:-1]
        if e == v - 1 or tokens[e].text == "," or tokens[v - 2].lower in LICENCE_NOUNS:
            return np
    k = word_before(tokens, v - 2, lo, 6, ("for",), lambda t: t.text[:1].isalnum() and t.quote < 0)
    if k >= 1 and tokens[k - 1].lower in CUE_FORMS:
        k = -1  # "called for the board to admit", "pressed for staff to say": the one asked is no speaker
    if k >= 0 and (np := np_forward(tokens, k + 1, v - 1)) is not None and k + 1 + len(np) == v - 1:
        return np
    if v - 2 >= lo and tokens[v - 2].lower in CATENATIVES:
        np = subject_of(tokens, v - 2, lo)
        if np is not None:
            return joined_subject(tokens, np, lo)  # "she and her deputy refused to say"
    return clause_subject(s, s.owner[v])


def causing(tokens: list[Token], k: int, lo: int, v: int) -> bool:
    """Whether the causing verb's spelling at ``k`` acts on an object ("led Lee to say" for the
    cue at ``v``). A participle after "be" is passive ("was given a chance to say": the
    "-en" test below; "was forced to say" leaves no object before "to"), as is one
    opening its clause, or set off by a comma when a comma also ends its phrase and it names
    no person ("Given the delays, Lee was quick to call", "Lee, forced out, went on to call");
    one naming a person is active ("The delays, however, forced Lee, a novice, to call"). "given" and
    "driven" are verbs only after "have" ("has given the board"); a bare form is a noun where
    a noun would stand ("the task force chair") unless its object runs straight on to "to"
    ("Fears of a strike push Lee to"), else a verb ("Rain and wind force Lee to")."""
    low = tokens[k].lower
    prev = tokens[k - 1].lower if k > lo else ","
    if prev == "," and any(t.text == "," for t in tokens[k + 1 : v - 1]) and not names_object(tokens, k, v):
        return False  # "Lee, forced out, went on to", "Lee, pushed this week from office, went on to"
    if low.endswith("en"):
        return prev in HAVE_FORMS
    if CAUSATIVES[low] == low:
        np = np_forward(tokens, k + 1, v - 1)
        return not noun_slot(tokens, k, lo) or (np is not None and k + 1 + len(np) == v - 1)
    return True


def names_object(tokens: list[Token], k: int, v: int) -> bool:
    """Whether a causing word set off by commas acts on a person: a name or an object pronoun
    right after it ("forced Keel, a novice, to", "gave her, the chair, the chance to"), or an
    appositive closing just before "to" ("forced the mayor, a novice, to"); not a time
    phrase or a manner ("forced this week from office,", "pushed the wrong way,"). Asked only
    when a comma stands between ``k`` and "to" at ``v - 1``."""
    nxt = tokens[k + 1]
    return (
        (nxt.is_cap and nxt.lower not in WEEKDAYS and nxt.lower not in MONTHS)
        or nxt.lower in OBJECT_PRONOUNS
        or tokens[v - 2].text == ","
    )


def according_to(tokens: list[Token], word: str, j: int, n: int) -> Mention | None:
    """The source named after "according to": a document's named author when one is given
    ("according to calculations by Ann Lee", "according to audio released by the Post")."""
    np = np_forward(tokens, j, n)
    bare = np is None and j < n and tokens[j].text.isalpha() and tokens[j].text.islower()
    if bare:
        np = [tokens[j]]  # "according to audio released by …": a bare mass noun, named by its author
    if np is None:
        return None
    e = j + len(np)
    k = e
    while np[-1].is_cap and k < n and k < e + 3 and plain_noun(tokens[k]):
        k += 1  # "according to Iranian state media", "according to Channel 9": the name modifies
    if k > e and (k == n or not tokens[k].text[:1].isalnum() or tokens[k].lower in NOUN_PREPOSITIONS):
        np, e = tokens[j:k], k  # a head that closes the phrase, never a verb after the name
    if e < n and tokens[e].lower in DOCUMENT_NOUNS and tokens[e].text.islower():
        np, e = tokens[j : e + 1], e + 1  # "according to a police report": a noun phrase, no verb
    if len(np) > 1 and np[-1].lower == "first" and e < n and tokens[e].lower in ACCESS_PARTICIPLES:
        np, e = np[:-1], e - 1  # "a recording first reported by": the adverb is the participle's
    if len(np) > 1 and accessed_by(tokens, np[-1], e, n):
        return make_mention(tokens, np[:-1], word)  # "according to a memo seen by …": np took "seen"
    if (not bare or np[0].lower in DOCUMENT_NOUNS) and accessed_by(tokens, None, e, n):
        return make_mention(tokens, np, word)  # "according to filings reviewed by X": the filings
    b = e + 1 if e + 1 < n and tokens[e].lower.endswith("ed") and tokens[e + 1].lower == "by" else e
    if (bare or kind_of_mention(np) == "description") and b + 1 < n and tokens[b].lower == "by":
        author = np_forward(tokens, b + 1, n)
        if author is not None and (
            kind_of_mention(author) == "name"
            or (
                tokens[b - 1].lower in CITING_PARTICIPLES
                and kind_of_mention(author) == "description"
                and citing_person(author)
            )
        ):
            return make_mention(tokens, author, word)  # "data cited by the mayor": the mayor's claim
    return None if bare else make_mention(tokens, np, word)


def accessed_by(tokens: list[Token], last: Token | None, e: int, n: int) -> bool:
    """Whether the document phrase ending before ``e`` (or in ``last``, a participle it took in)
    goes on "[first] obtained/reviewed/seen by …": how the paper reached its reader, so the
    paper is the source, not the one named after "by" ("according to emails first reported by
    the Post"). Not a person who cites or quotes it ("according to data cited by Governor Kofi
    Dravo"): they make their own claim with it."""
    if last is None:
        k = e + 1 if e < n and (tokens[e].lower == "first" or tokens[e].lower.endswith("ly")) else e
        if k >= n:
            return False
        last, e = tokens[k], k + 1
        if e + 1 < n and tokens[e].lower.endswith("ly"):
            e += 1  # "obtained exclusively by": the adverb after the participle
    if last.lower not in ACCESS_PARTICIPLES or e >= n or tokens[e].lower != "by":
        return False
    if last.lower not in CITING_PARTICIPLES or e + 1 >= n:
        return True
    agent = [tokens[e + 1]] if tokens[e + 1].lower in PERSONAL_PRONOUNS else np_forward(tokens, e + 1, n)
    return agent is None or not citing_person(agent)


def citing_person(agent: list[Token]) -> bool:
    """The one named after "cited/quoted by" is a person, who makes a claim of their own with
    the paper: a name ("Governor Kofi Dravo"), a personal pronoun ("him", "them") or a noun of
    people, not a body that is an "it" ("the mayor", "officials", "the finance minister")."""
    if reads_as_person(agent):
        return True
    if len(agent) == 1 and agent[0].lower in PERSONAL_PRONOUNS:
        return agent[0].lower != "it"  # "cited by it": the body named before
    last = agent[-1]
    return (
        last.text.islower() and last.lower not in IT_BODIES and people_noun(last.lower)
    )  # not "the campaign"


def plain_noun(t: Token) -> bool:
    """A lower-case word or a number that may head a phrase a name modifies: no verb, no
    function word."""
    if t.text.isdigit():
        return True
    return t.text.isalpha() and t.text.islower() and t.lower not in STOP and not verb_like(t, 2)


def document_subject(s: Sentence, p: int) -> Mention | None:
    """ "Lee’s speech represents “a betrayal”", "The audit found “no fraud”", "Filings
    show …", "… because the filings remain “sealed”": a document that is the subject of the
    quote's clause is its source (named by its possessor when it has one)."""
    tokens = s.tokens
    cl = s.owner[p]
    np = clause_subject(s, cl) if cl >= 0 else None
    if np is None or not (np[-1].lower in DOCUMENT_NOUNS or np[-1].lower in SPEECH_NOUNS):
        return None
    if len(np) == 1 and not plural(np):
        return None  # "Sign up and press “…”": a lone singular noun is no subject but a verb
    k = index(tokens, np[0])
    if k > 0 and (finite(tokens[k - 1]) or tokens[k - 1].lower in CUE_FORMS):
        return None  # "Anyone who reads the bill closely will see “…”": a verb's object
    head = index(tokens, np[-1])
    link = tokens[head + 1].lower if head + 1 < p else ""
    if link in OBJECT_PREPS and not any(finite(t) for t in tokens[head + 2 : p]):
        return None  # "A demand for “…” was made": the quote stands in the subject's own phrase
    e = words_verb(tokens, np, p)
    rest = tokens[e + 1 : p] if e >= 0 else []
    its_words = (np[-1].lower in SPEECH_NOUNS and all(t.text in ",:" for t in rest)) or any(
        t.lower in CUE_FORMS and t.lower.endswith("ing") for t in rest
    )
    if e == -1 or (e >= 0 and tokens[e].lower in FINITE_BE and not its_words):
        # "The police report was “late”", "The answer was not as sharp as the “…” line":
        # what the text is, not what it says ("Lee’s slogan is “…”", "The memo was
        # released saying “…”" are its words)
        return None
    if (maker := maker_of(tokens, head, p)) is not None:
        return make_mention(tokens, maker, tokens[head + 1].text)
    owned = possessive_cue(tokens, head) if any(possessor(t) and t.is_cap for t in np) else None
    return owned or make_mention(tokens, np, tokens[head + 1].text if head + 1 < len(tokens) else "")


def put_question(tokens: list[Token], k: int) -> bool:
    """Whether the quote itself follows a verb of asking at once, or after a comma or a
    colon ("was asked, “…?”"): the words asked, not a topic ("asked about the “…” remark")."""
    if k < len(tokens) and tokens[k].text in (",", ":"):
        k += 1
    return k < len(tokens) and tokens[k].quote >= 0


def question_in(np: list[Token]) -> bool:
    """ "The question of whether anyone": a clause of question inside the phrase."""
    return any(t.lower in QUESTION_LINKS for t in np[1:])


def maker_of(tokens: list[Token], head: int, v: int) -> list[Token] | None:
    """ "The question posed by Lund", "the remark made by Senator Ivo Lund": a participle and
    "by" after a noun of words name the person who made them (not "posed by the crisis")."""
    e = head + 1
    if e + 2 >= v or not past_participle(tokens[e]) or tokens[e + 1].lower != "by":
        return None
    np = np_forward(tokens, e + 2, v)
    if np is None or not (kind_of_mention(np) == "name" or person_noun(np[-1].lower)):
        return None
    return np


def words_verb(tokens: list[Token], np: list[Token], v: int) -> int:
    """The verb of a subject headed by a noun of words or text ("the answer", "his remarks",
    "all the messages") before ``v`` (the cue, or the quote): its index when it is ``v`` or
    a verb of saying or stance (or a copula, which the caller weighs); -1 when it is another
    verb ("came", "loomed", "were designated as"), whose subject says nothing, or when a
    clause of question takes the subject's place ("The question of whether anyone ordered");
    -2 when the subject is no such noun or its verb is not found."""
    words = head_of(np)[-1].lower
    if words not in SPEECH_NOUNS and words not in DOCUMENT_NOUNS:
        return -2
    if question_in(np):
        return -1
    e = index(tokens, np[-1]) + 1
    if (maker := maker_of(tokens, e - 1, v)) is not None:
        e = index(tokens, maker[-1]) + 1  # "The question posed by Lund was"
    top = e + 5
    while e < v and not finite(tokens[e]) and tokens[e].lower not in FINITE_BE:
        if e == top or not tokens[e].text[:1].isalnum():
            return -2  # "Lee’s dictum to his interns (…) was": too far to tell
        if tokens[e].lower in QUESTION_LINKS:
            return -1  # "The question of whether anyone ordered": the clause's verb, not the noun's
        e += 1  # "The question here is", "The letter, dated May 2, argued"
    while e < v and tokens[e].lower in AUXILIARIES and tokens[e].lower not in FINITE_BE:
        e += 1  # "The memo had warned"
    if e < v - 2 and tokens[e].lower in FINITE_BE and tokens[e + 1].text == ":":
        return -1  # "The question here is: will the board “…”?": the clause after the colon has its own
    if e >= v or tokens[e].lower in FINITE_BE:
        return e
    low = tokens[e].lower
    if low in CUE_FORMS or low in STANCE_FORMS:
        return e
    rest = tokens[e + 1 : v]
    if rest and low in CONTAINING_FORMS and rest[-1].lower in DOCUMENT_PARTS:
        rest = rest[:-1]  # "The letter included the line “…”": the wording is the object
    direct = all(t.lower in ARTICLES_AND_POSSESSIVES or adverb(t) or t.text in (":", ",") for t in rest)
    return e if direct and len(rest) < 3 else -1  # "Lee’s speech represents “…”"; not "loomed over the “…”"


def governor_in(
    s: Sentence, p: int, passes: tuple[bool, ...] = (True, False), named: bool = False
) -> Mention | None:
    """The mention of whoever the cue governing the quote at ``p`` names, or ``None``:
    ``passes`` says whether verbs of speech (True) and then of stance (False) may govern;
    ``named`` that the quote is shaped as a name ("a pitch for “Harbour House”"), which no
    noun of utterance puts out."""
    if False in passes and not named and (m := put_out_words(s, p)) is not None:
        return m  # the noun right before the quote governs it, whatever verb comes earlier
    cue = governing(s, p, passes)
    if cue is None:
        if False not in passes:
            return None
        return document_subject(s, p) or possessed_quote(s, p) or document_part(s, p)
    return subject_cached(s, cue)


def document_part(s: Sentence, p: int) -> Mention | None:
    """ "a note with the subject line “…”", "a card with the words “…”": a quote naming what
    a part of a document says is that document's."""
    tokens = s.tokens
    k = word_before(tokens, p - 1, 1, 4, DOCUMENT_PART_LINKS, lambda t: t.text.isalpha() and t.text.islower())
    if k < 0 or tokens[p - 1].lower not in DOCUMENT_PARTS:
        return None
    # "a note with …"; or before a phrase of time, place or a participle: "an email on Sunday
    # with …", "an email sent to parents with …"
    d = word_before(
        tokens, k - 1, 0, 8, DOCUMENT_NOUNS, lambda t: t.quote < 0 and t.text not in (",", ";", ":")
    )
    np = np_backward(tokens, d, 0) if d >= 0 else None
    if np is None or np[-1].lower not in DOCUMENT_NOUNS:
        return None
    return make_mention(tokens, np, tokens[p - 1].text)


def possessed_quote(s: Sentence, p: int) -> Mention | None:
    """ "Brandt’s “half the town” remark": a quote between a possessor and its noun of
    utterance is the possessor's."""
    tokens = s.tokens
    k = p + 1
    if (
        k < len(tokens)
        and tokens[k].lower not in UTTERANCE_NOUNS
        and tokens[k].text.isalpha()
        and tokens[k].lower not in STOP
    ):
        k += 1  # "Lee’s “47 percent” campaign remark"
    if k >= len(tokens) or tokens[k].lower not in UTTERANCE_NOUNS or p < 1:
        return None
    owner = tokens[p - 1]
    if not (possessor(owner) or owner.lower in PRONOUN_OF):
        return None
    return possessor_mention(tokens, p - 1, tokens[k].text)


def put_out_words(s: Sentence, p: int) -> Mention | None:
    """ "Lee landed a sharp dig at “…”", "the union made a fresh demand for “…”", "Hale
    launched into a lament for the “…”": a noun of utterance governs the quote after its
    preposition, and the subject of a verb of putting words out whose object the noun is said
    them. Not a noun met by another verb ("rejected a demand for “…”") nor one with a
    possessor ("prefer Lee's call for a “…”"): ``possessed_quote`` and the cues read those."""
    tokens = s.tokens
    if quoted_modifier(tokens, p):
        return None  # "launched a line of “clean” cosmetics": the quote is a word of the noun's
    k = p - 1
    if k > 0 and tokens[k].lower in ARTICLES:
        k -= 1  # "a lament for the “…”"
    if k < 2 or tokens[k].lower not in UTTERANCE_LINKS or not tokens[k - 1].text.islower():
        return None
    n = k - 1
    if tokens[n].lower not in PUT_OUT_NOUNS:
        return None
    b = n - 1
    while b > 0 and n - b <= 4 and tokens[b].lower not in PUT_OUT_FORMS:
        t = tokens[b]
        if (
            not (t.text.isalpha() and t.text.islower())
            or finite(t)
            or t.lower in FINITE_AUX
            or t.lower in BE_FORMS
        ):
            return None  # a verb of another kind, or a clause break
        b -= 1  # "a sharp", "into a long": the noun's article and modifiers
    if b < 1 or tokens[b].lower not in PUT_OUT_FORMS or tokens[b - 1].lower in DETERMINERS:
        return None  # "a renewed call for": a modifier, not the verb
    if tokens[b - 1].lower == "to" or tokens[b - 1].lower in BE_FORMS:
        return None  # "to make a demand", "was made": no subject of its own says it here
    j = b - 1
    while j > 0 and (tokens[j].lower in AUXILIARIES or adverb(tokens[j])):
        j -= 1  # "has since made", "then launched"
    np = np_backward(tokens, j, 0) if tokens[j].text.isalpha() else None
    if np is None or kind_of_mention(np) not in SPEAKER_KINDS:
        np = clause_subject(s, s.owner[b])  # "Hale, who chairs the board, made …"
    if np is None or kind_of_mention(np) not in SPEAKER_KINDS:
        return None
    return make_mention(tokens, np, " ".join(t.text for t in tokens[b : k + 1]))


def quoted_modifier(tokens: list[Token], p: int) -> bool:
    """ "a line of “clean” cosmetics", "calls on “burner” phones": a quote with no comma
    inside its close, right before a lower-case word that is no preposition, verb, adverb,
    conjunction or time word, modifies that noun (not "a lament for the “…” who", "a
    demand for “…” next week")."""
    if p + 1 >= len(tokens) or tokens[p].lower != "<q>":
        return False
    t = tokens[p + 1]
    low = t.lower
    return (
        noun_word(t)
        and not finite(t)
        and low not in NOUN_PREPOSITIONS
        and low not in RELATIVE_PRONOUNS
        and low not in SUBORDINATORS
        and low not in TIME_NOUNS
        and low not in TIME_LEADS
    )


def later_cue(s: Sentence, p: int) -> Mention | None:
    """The speaker of the nearest verb of speech after the quote at ``p`` that names one:
    "“…” and “…,” the Tribune reported", "“…” he wrote later in a letter"."""
    for c in s.cues:
        if c.head <= p or not c.speech or c.mention is not None:
            continue
        m = subject_cached(s, c)
        participle = s.tokens[c.head].lower.endswith("ing") and c.head <= p + 2
        if m is not None and m.kind != "relative" and (m.start > s.tokens[p].end or participle):
            return m  # the speaker named after the quote, or the subject of ", saying …" right after it
    return None


def verb_subject(tokens: list[Token], v: int) -> Mention | None:
    """Who speaks the cue verb at ``tokens[v]``, read through the sentence's grammar."""
    s = parse(tokens)
    cue = next((c for c in s.cues if c.head == v), None)
    return subject_cached(s, cue) if cue is not None else None


def reporting(
    tokens: list[Token], colon: bool = False, finite_verb: bool = False, speech: bool = False
) -> Mention | None:
    """The speaker a sentence with no quote in it reports ("Lee said the region matters."):
    whoever the cue governing its end names (with ``finite_verb``, only a finite verb's
    subject: not "… a message from Ann Lee, reporting that …"; with ``speech``, only a verb
    of speech or writing: not "Analysts credit …")."""
    if not any(t.lower in CUE_WORDS for t in tokens):
        return None  # no word a cue can start at: nothing governs (and nothing to parse)
    end = tokens[-1].end
    s = parse([*tokens, Token("<Q>", "<q>", end, end, -2)])
    cue = governing(s, len(tokens), (True,))
    if cue is None or (finite_verb and not finite(s.tokens[cue.head])) or (speech and not cue.speech):
        return None
    if not colon and CUE_FORMS.get(s.tokens[cue.head].lower) in WEAK_LEMMAS:
        return None  # "The sign read nothing useful.": a weak verb takes no quote after it
    return subject_cached(s, cue)


__all__ = ["Clause", "Cue", "Sentence", "governing", "governor_in", "np_backward", "parse", "subject"]
