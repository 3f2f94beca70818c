"""Speaker mentions and cues in a window of tokens.

A mention is the noun phrase a cue verb attaches to: a name ("Sen. Ann Lee"), a pronoun
("he") or a description ("the senator", "a spokeswoman for the agency"). Finding it is a
short walk over tokens from the cue, backwards for "X said", forwards for "said X", so each
quote costs a bounded amount of work.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Final

from quotecheck.extract import lexicon as lx
from quotecheck.extract.names import (
    AGE,
    gender_of,
    given_gender,
    given_name,
    given_sex,
    is_org,
    is_place,
    is_title,
    joins_name,
    participle_before_name,
    person_name,
)
from quotecheck.extract.sentences import Token, finite, first_comma, index, possessive

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
ADVERBS_AFTER_OBJECT: Final = lx.ADVERBS_AFTER_OBJECT
BOUNDING_FORMS: Final = lx.BOUNDING_FORMS
LISTENER_PREPS: Final = lx.LISTENER_PREPS
NP_BREAKS: Final = lx.NP_BREAKS
POSSESSIVE_S: Final = lx.POSSESSIVE_S
PRODUCING_FORMS: Final = lx.PRODUCING_FORMS
PASSING_FORMS: Final = lx.PASSING_FORMS
PASSED_ON_NOUNS: Final = lx.PASSED_ON_NOUNS
AFFILIATION_PREPS: Final = lx.AFFILIATION_PREPS
ADJECTIVE_ENDINGS: Final = lx.ADJECTIVE_ENDINGS
AGENT_ENDINGS: Final = lx.AGENT_ENDINGS
AGENT_PLURALS: Final = lx.AGENT_PLURALS
AGO_WORDS: Final = lx.AGO_WORDS
DEPICT_FORMS: Final = lx.DEPICT_FORMS
PERSON_RELATIVES: Final = lx.PERSON_RELATIVES
PICTURE_NOUNS: Final = lx.PICTURE_NOUNS
LATER_WORDS: Final = lx.LATER
APPROX: Final = lx.APPROX
ARTICLES: Final = lx.ARTICLES
ARTICLES_AND_POSSESSIVES: Final = lx.ARTICLES_AND_POSSESSIVES
AUTHOR_FORMS: Final = lx.AUTHOR_FORMS
AUTHOR_PREPS: Final = lx.AUTHOR_PREPS
AUXILIARIES: Final = lx.AUXILIARIES
BE_FORMS: Final = lx.BE_FORMS
CLAUSE_PREPOSITIONS: Final = lx.CLAUSE_PREPOSITIONS
CLAUSE_TIME_NOUNS: Final = lx.CLAUSE_TIME_NOUNS
CONTRACTED_WORDS: Final = lx.CONTRACTED_WORDS
COMMA_OR_DASH: Final = lx.COMMA_OR_DASH
COORDINATORS: Final = lx.COORDINATORS
PERSON_POSSESSIVES: Final = lx.PERSON_POSSESSIVES
NAMING_PARTICIPLES: Final = lx.NAMING_PARTICIPLES
COUNT_NOUNS: Final = lx.COUNT_NOUNS
COUNT_LEADS: Final = lx.COUNT_LEADS
CROWD_MIN: Final = lx.CROWD_MIN
DEFINITE_LEADS: Final = lx.DEFINITE_LEADS
SPELLED_COUNTS: Final = lx.SPELLED_COUNTS
COUNT_WORDS: Final = lx.COUNT_WORDS
COUNTRY_CODES: Final = lx.COUNTRY_CODES
CUE_FORMS: Final = lx.CUE_FORMS
DANGLING: Final = lx.DANGLING
DEMONSTRATIVES: Final = lx.DEMONSTRATIVES
DENYING_SUBJECTS: Final = lx.DENYING_SUBJECTS
NEGATIONS: Final = lx.NEGATIONS
DETERMINERS: Final = lx.DETERMINERS
DOCUMENT_NOUNS: Final = lx.DOCUMENT_NOUNS
DOCUMENT_PARTICIPLES: Final = lx.DOCUMENT_PARTICIPLES
EXAMPLE_LEADS: Final = lx.EXAMPLE_LEADS
EXPRESS_FORMS: Final = lx.EXPRESS_FORMS
FEMALE_FIRST: Final = lx.FEMALE_FIRST
FEMALE_WORDS: Final = lx.FEMALE_WORDS
FINITE_AUX: Final = lx.FINITE_AUX
FINITE_WORDS: Final = lx.FINITE_WORDS
FLOOR_FORMS: Final = lx.FLOOR_FORMS
FLOOR_PARTICLES: Final = lx.FLOOR_PARTICLES
FOREIGN_CUES: Final = lx.FOREIGN_CUES
FORMER_WORDS: Final = lx.FORMER_WORDS
GROUP_NOUNS: Final = lx.GROUP_NOUNS
HAND_CUES: Final = lx.HAND_CUES
HAND_FRAME: Final = lx.HAND_FRAME
HEAD_NOUNS: Final = lx.HEAD_NOUNS
HEAD_PREPS: Final = lx.HEAD_PREPS
RELATIVE_TAIL_LEADS: Final = lx.RELATIVE_TAIL_LEADS
PRONOUNS_HE_SHE_THEY: Final = lx.PRONOUNS_HE_SHE_THEY
INDEFINITE: Final = lx.INDEFINITE
INDEFINITE_ARTICLES: Final = lx.INDEFINITE_ARTICLES
INVERTED_OPENING_LEMMAS: Final = lx.INVERTED_OPENING_LEMMAS
IRREGULAR_PARTICIPLES: Final = lx.IRREGULAR_PARTICIPLES
KEEP_FORMS: Final = lx.KEEP_FORMS
MAKE_FORMS: Final = lx.MAKE_FORMS
MALE_FIRST: Final = lx.MALE_FIRST
UNSEXED_FIRST: Final = lx.UNSEXED_FIRST
EITHER_SEX_FIRST: Final = lx.EITHER_SEX_FIRST
GIVEN_SURNAMES: Final = lx.GIVEN_SURNAMES
OWN_SUBJECT_RELATIVES: Final = lx.OWN_SUBJECT_RELATIVES
REL_WORDS: Final = lx.REL_WORDS
MALE_WORDS: Final = lx.MALE_WORDS
MEDIUM: Final = lx.MEDIUM
MEDIUM_PREPOSITIONS: Final = lx.MEDIUM_PREPOSITIONS
MODAL_LEADS: Final = lx.MODAL_LEADS
MONTHS: Final = lx.MONTHS
NAME_CLOSERS: Final = lx.NAME_CLOSERS
NAME_GIVING: Final = lx.NAME_GIVING
NAME_JOINERS: Final = lx.NAME_JOINERS
NAME_PARTICIPLES: Final = lx.NAME_PARTICIPLES
NAME_PLACE_PREPS: Final = lx.NAME_PLACE_PREPS
NAME_PREPS: Final = lx.NAME_PREPS
GROUP_NAME_PREPS: Final = lx.GROUP_NAME_PREPS
NEEDS_PARTICLE: Final = lx.NEEDS_PARTICLE
NON_NOUN_ENDS: Final = lx.NON_NOUN_ENDS
NOT_ADVERBS: Final = lx.NOT_ADVERBS
NOT_AGENTS: Final = lx.NOT_AGENTS
NOT_BEFORE_CUE: Final = lx.NOT_BEFORE_CUE
NOT_PLURAL_ENDS: Final = lx.NOT_PLURAL_ENDS
NOUN_DETERMINERS: Final = lx.NOUN_DETERMINERS
NOUN_MARKERS: Final = lx.NOUN_MARKERS
NOUN_PREPOSITIONS: Final = lx.NOUN_PREPOSITIONS
NOUNISH: Final = lx.NOUNISH
NOUNISH_DETERMINERS: Final = lx.NOUNISH_DETERMINERS
NUMBER_WORDS: Final = lx.NUMBER_WORDS
OBJECT_PREPS: Final = lx.OBJECT_PREPS
POSITION_PREPOSITIONS: Final = lx.POSITION_PREPOSITIONS
OFFICE_NOUNS: Final = lx.OFFICE_NOUNS
ORG_HEADS: Final = lx.ORG_HEADS
ORG_WORDS: Final = lx.ORG_WORDS
PARTICIPLE_BEFORE: Final = lx.PARTICIPLE_BEFORE
PARTICLE_CUES: Final = lx.PARTICLE_CUES
JUDGMENT_FORMS: Final = lx.JUDGMENT_FORMS
CLAUSE_STATE_VERBS: Final = lx.CLAUSE_STATE_VERBS
EVENT_NOUNS: Final = lx.EVENT_NOUNS
JUDGMENT_TIME_WORDS: Final = lx.JUDGMENT_TIME_WORDS
IT_PARTICLE_CUES: Final = lx.IT_PARTICLE_CUES
FINITE_BE: Final = lx.FINITE_BE
PARTITIVES: Final = lx.PARTITIVES
PAST_FORMS: Final = lx.PAST_FORMS
PEOPLE_BY_ORIGIN: Final = lx.PEOPLE_BY_ORIGIN
PEOPLE_OR_THINGS: Final = lx.PEOPLE_OR_THINGS
PEOPLE_PLURALS: Final = lx.PEOPLE_PLURALS
PEOPLE_WITHOUT_S: Final = lx.PEOPLE_WITHOUT_S
SERVICE_PLURALS: Final = lx.SERVICE_PLURALS
PERCEIVE_FORMS: Final = lx.PERCEIVE_FORMS
HEARD_DESCRIPTION_OPENERS: Final = lx.HEARD_DESCRIPTION_OPENERS
HEARD_DESCRIPTION_PREPS: Final = lx.HEARD_DESCRIPTION_PREPS
HEARD_WORDS_LINKS: Final = lx.HEARD_WORDS_LINKS
HEARD_KINDS: Final = lx.HEARD_KINDS
PERSONAL_PRONOUNS: Final = lx.PERSONAL_PRONOUNS
PLACE_FIRST: Final = lx.PLACE_FIRST
PLACE_PREPOSITIONS: Final = lx.PLACE_PREPOSITIONS
PLACE_WORDS: Final = lx.PLACE_WORDS
PLATFORMS: Final = lx.PLATFORMS
OBJECT_PRONOUNS: Final = lx.OBJECT_PRONOUNS
PLURAL_OBJECT_PRONOUNS: Final = lx.PLURAL_OBJECT_PRONOUNS
PLURAL_SUBJECTS: Final = lx.PLURAL_SUBJECTS
POINT_NOUNS: Final = lx.POINT_NOUNS
POSSESSIVE_DETERMINERS: Final = lx.POSSESSIVE_DETERMINERS
POSSESSIVE_ENDS: Final = lx.POSSESSIVE_ENDS
PP_HEADS: Final = lx.PP_HEADS
PP_TIME: Final = lx.PP_TIME
PREPOSITIONS: Final = lx.PREPOSITIONS
DESCRIBING_PREPS: Final = lx.DESCRIBING_PREPS
PLACE_OPENING_TITLES: Final = lx.PLACE_OPENING_TITLES
IT_BODIES: Final = lx.IT_BODIES
PREPOSITIONS_OF_SETTING: Final = lx.PREPOSITIONS_OF_SETTING
SETTING_NOUNS: Final = lx.SETTING_NOUNS
PRONOUN_SPEAKERS: Final = lx.PRONOUN_SPEAKERS
PRONOUNS: Final = lx.PRONOUNS
QUANTIFIERS: Final = lx.QUANTIFIERS
REDUCED_RELATIVE: Final = lx.REDUCED_RELATIVE
RELATIONAL_PREPS: Final = lx.RELATIONAL_PREPS
RELATIVE_PRONOUNS: Final = lx.RELATIVE_PRONOUNS
RESTRICTIVE_NOT_NOUNS: Final = lx.RESTRICTIVE_NOT_NOUNS
ROLE_NOUNS: Final = lx.ROLE_NOUNS
HELD_OFFICES: Final = lx.HELD_OFFICES
DEMOTING_WORDS: Final = lx.DEMOTING_WORDS
S_ENDING_NON_PLURALS: Final = lx.S_ENDING_NON_PLURALS
SAME_IN_PAST: Final = lx.SAME_IN_PAST
SENDER_LEMMAS: Final = lx.SENDER_LEMMAS
SENTENCE_CONNECTIVES: Final = lx.SENTENCE_CONNECTIVES
SET_OFF_RELATIVES: Final = lx.SET_OFF_RELATIVES
SETTING_OPENERS: Final = lx.SETTING_OPENERS
SETTING_OPENING_PREPS: Final = lx.SETTING_OPENING_PREPS
SETTING_PREPS: Final = lx.SETTING_PREPS
SINGULAR_S_ENDS: Final = lx.SINGULAR_S_ENDS
SOMEONE: Final = lx.SOMEONE
SOMEONE_AFTER: Final = lx.SOMEONE_AFTER
SPAN_HEADS: Final = lx.SPAN_HEADS
SPAN_LEADS: Final = lx.SPAN_LEADS
TIME_UNITS: Final = lx.TIME_UNITS
SPEAKING_GROUPS: Final = lx.SPEAKING_GROUPS
SPEECH_NOUNS: Final = lx.SPEECH_NOUNS
STANCE_FORMS: Final = lx.STANCE_FORMS
STANCE_NOUNS: Final = lx.STANCE_NOUNS
STOP: Final = lx.STOP
STOP_CAPS: Final = lx.STOP_CAPS
STOP_CAPS_SHORT: Final = lx.STOP_CAPS_SHORT
SUBORDINATORS: Final = lx.SUBORDINATORS
THING_AGENT_NOUNS: Final = lx.THING_AGENT_NOUNS
TIME_NOUNS: Final = lx.TIME_NOUNS
UNIVERSAL_QUANTIFIERS: Final = lx.UNIVERSAL_QUANTIFIERS
ORDINALS: Final = lx.ORDINALS
TIME_PHRASE_HEADS: Final = lx.TIME_PHRASE_HEADS
TIME_WORDS: Final = lx.TIME_WORDS
TITLES: Final = lx.TITLES
RANK_ABBREVIATIONS: Final = lx.RANK_ABBREVIATIONS
LEANING_RANKS: Final = lx.LEANING_RANKS
UTTERANCE_NOUNS: Final = lx.UTTERANCE_NOUNS
WORK_NOUNS: Final = lx.WORK_NOUNS
SERMON_NOUNS: Final = lx.SERMON_NOUNS
SERVING_ADJECTIVES: Final = lx.SERVING_ADJECTIVES
SERVING_FOR_PARTICIPLES: Final = lx.SERVING_FOR_PARTICIPLES
SERVING_HEADS: Final = lx.SERVING_HEADS
SERVING_PARTICIPLES: Final = lx.SERVING_PARTICIPLES
SERVING_TO_HEADS: Final = lx.SERVING_TO_HEADS
AUDIENCE_NOUNS: Final = lx.AUDIENCE_NOUNS
SERVED_HOUSEHOLDS: Final = lx.SERVED_HOUSEHOLDS
POST_HEADS: Final = lx.POST_HEADS
REACTION_NOUNS: Final = lx.REACTION_NOUNS
WITNESS_PREPS: Final = lx.WITNESS_PREPS
WEEKDAYS: Final = lx.WEEKDAYS
WRITE_FORMS: Final = lx.WRITE_FORMS


@dataclass(slots=True)
class Mention:
    """``tokens``: the mention as written; ``head``: the part that names the speaker ("Ivo
    Brandt" in "Ivo Brandt of the Harbour Policy Center"; the antecedent of "who"). Never
    changed once built, but slotted rather than frozen, as are Found and Attributed: the sieves
    build several per quote, and a frozen dataclass is about five times as slow to build."""

    tokens: tuple[Token, ...]
    kind: str  # name | pronoun | description | relative
    cue: str
    head: tuple[Token, ...] = ()
    document: Mention | None = None
    """For a one-word author set off after a paper ("The letter, from Lee, said"): the paper,
    which speaks when no one of that name was met before ("The memo, from Lisbon, said")."""

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


def hand_words_follow(tokens: list[Token], i: int) -> bool:
    """Whether the words written by ``tokens[i]`` ("typed", "scrawled") follow it at once
    ("scrawled the words “…”"), the sentence ends ("“…,” she typed.") or a quote comes before."""
    k = i + 1
    while k < len(tokens) and k - i <= 4 and tokens[k].quote < 0 and tokens[k].lower in HAND_FRAME:
        k += 1
    if k >= len(tokens) or tokens[k].quote >= 0 or tokens[k].text in (".", "!", "?", ";"):
        return True
    return any(t.quote >= 0 for t in tokens[max(0, i - 4) : i])


def past_participle(tok: Token) -> bool:
    """Whether a lower-case word may be a past participle: "-ed" or a listed irregular one."""
    return tok.text.islower() and (tok.lower.endswith("ed") or tok.lower in IRREGULAR_PARTICIPLES)


def perceived(tokens: list[Token], i: int) -> bool:
    """ "Lee can be heard telling", "a deckhand was caught shouting", "Keel was spotted
    telling": a participle after a passive (a form of "be" and a past participle) tells what
    its subject was seen doing. Not when that subject is a document ("The memo was released
    saying …"): the document says it, and stays the source."""
    if i < 2:
        return False
    part, be = tokens[i - 1], tokens[i - 2]
    return (
        be.lower in BE_FORMS
        and part.text.islower()
        and (
            part.lower in PAST_FORMS
            or part.lower in IRREGULAR_PARTICIPLES
            or part.lower in PERCEIVE_FORMS  # "overheard"
            or part.lower.endswith("ed")
        )
        and not (i >= 3 and tokens[i - 3].lower in DOCUMENT_NOUNS)
    )


def witnessed(
    tokens: list[Token], v: int, verbs: Collection[str] = PERCEIVE_FORMS, lo: int = 0
) -> list[Token] | None:
    """The one reader of [verb] [object] [participle of speech]: "watched the minister telling
    a farmer …", "heard the treasurer warning …" (``verbs`` the verbs of perceiving), "a report
    that quoted him calling rivals “…”", "a microphone caught the mayor telling aides" (the
    verbs of quoting, recording or catching): the object is who speaks the participle; the
    verb's subject only saw, heard or relays it. The object is a noun phrase right after the
    verb with a head that can speak (a name, a pronoun, a person or a body: "him", "one of her
    aides", "the minister, Ivo Lund,"), else None: not an adjective before a noun in -ing
    ("heard a stern warning from …", "saw clear warning signs"), not a wh-clause ("saw how
    the chairman kept telling …"), not a thing ("recorded a video saying": the video is the
    message), not a passive ("was heard telling", see ``perceived``), not a relative clause
    closed by the participle before the sentence's own verb ("Officers who heard the man
    shouting called the scene “…”"), not a verb of remembering ("Lee recalled Hale talking")."""
    low = tokens[v].lower
    if v - 2 < lo or not low.endswith("ing") or not tokens[v].text.islower():
        return None
    nxt = tokens[v + 1] if v + 1 < len(tokens) else None
    if nxt is not None and nxt.text.islower() and nxt.lower in CUE_FORMS and not nxt.lower.endswith("ing"):
        return None  # "who heard the man shouting called …": the participle closes a relative
    np = object_np_before(tokens, v - 1, lo)
    if np is not None:  # "The court heard prosecutors": a noun phrase read on over the verb
        verb = next(
            (j for j in range(len(np) - 1, 0, -1) if np[j].text.islower() and seeing(np[j].lower, verbs)), 0
        )  # "The court heard prosecutors", "the video showing officers": the officers
        np = np[verb + 1 :] if verb else np
    k = index(tokens, np[0], v - 1) - 1 if np else -1
    if np and (p := next((j for j in range(1, len(np) - 1) if picture_of(np, j)), 0)):
        np = np[p + 1 :]  # "watched a video of officers shouting": the officers
    elif np and k >= lo and picture_of(tokens, k):
        k -= 2  # "saw footage of protesters chanting", "saw a short video of": the verb before it
        if k - 1 >= lo and tokens[k].text.islower() and tokens[k - 1].lower in DETERMINERS:
            k -= 1
        if k >= lo and tokens[k].lower in DETERMINERS:
            k -= 1
    if not np or k < lo or not tokens[k].text.islower():
        return None
    if tokens[k].lower not in verbs and not shown_to_witness(tokens, k, verbs, lo):
        return None
    if k > 0 and tokens[k - 1].lower in BE_FORMS:
        return None  # "was seen telling": the subject was seen (``perceived``)
    j = k - 1 if k > 0 and tokens[k - 1].lower.endswith("ly") else k
    if j > 0 and tokens[j - 1].lower in ARTICLES_AND_POSSESSIVES:
        return None  # "A closely watched survey suggesting …": a participle before a noun
    if np[0].lower in WITNESS_PREPS:
        return None  # "heard from residents": the words came from them, read as before
    if tokens[k].lower in PERCEIVE_FORMS and heard_description(tokens, v):
        return None  # "heard the men arguing late into “the small hours”": the witness's words
    head = np[-1].lower
    if person_noun(head) and not known_person(head) and low in UTTERANCE_NOUNS:
        return None  # "heard an urgent warning that …": an adjective before a noun of words
    if speaking_subject(np) or person_noun(head) or heard_work(head) or heard_work(head[:-1]):
        return np  # a person, or a speech, work or paper heard or seen ("heard a sermon urging …")
    return np if common_speaker(np, tokens, v) else None


def seeing(low: str, verbs: Collection[str]) -> bool:
    """A verb by which someone is seen or heard doing something: one of ``verbs`` (perceiving,
    or quoting and catching), or a participle by which a picture shows it ("showing")."""
    return low in verbs or (low in DEPICT_FORMS and low.endswith("ing"))


def picture_of(np: Sequence[Token], j: int) -> bool:
    """ "a video of", "footage of": "of" at ``j`` after a noun of a picture or a sound record."""
    return j >= 1 and np[j].lower == "of" and np[j - 1].lower in PICTURE_NOUNS


def shown_to_witness(tokens: list[Token], k: int, verbs: Collection[str], lo: int) -> bool:
    """ "watched the video showing officers shouting", "saw a clip showing the mayor telling":
    a participle of showing after the object of a verb of ``verbs`` (a few words back) shows
    the one who speaks to the witness. A record that shows it as a finite verb ("Every call
    log shows the dispatcher calling …") stays the source."""
    if not seeing(tokens[k].lower, ()):
        return False
    return any(tokens[j].lower in verbs and tokens[j].text.islower() for j in range(max(lo, k - 5), k - 1))


STOP_MARKS: Final = frozenset(lx.SENTENCE_MARKS) | {";"}


def heard_description(tokens: list[Token], v: int) -> bool:
    """Whether the quote after the participle ``tokens[v]`` ("heard the men arguing …") is the
    witness's own description of what was heard, not the words heard: lower case, no "!", no
    object, "as", "that", colon or finite verb between (not "calling the plan “…”", "describing
    the night as “…”", "telling the tower the engine was “…”"), and either right after a
    preposition ("late into “the small hours”"; "arguing about “money”", but not "calling
    for “a new start”", an article's noun phrase right after the participle) or opening with
    one ("“at the top of their lungs”"), "what" or "like", or a noun phrase naming a kind of
    thing said or sung and no finite verb ("“the usual insults”", "“a song about home”"; not
    "“a bus stop on every street”", "“the plan is dead”")."""
    q = next((j for j in range(v + 1, min(len(tokens), v + 10)) if tokens[j].quote >= 0), -1)
    if q < 0:
        return False
    words = tokens[q].words.lstrip()
    if not words[:1].islower() or "!" in words:
        return False  # "heard a voice shouting “Help me!”": the words heard
    between = tokens[v + 1 : q]
    if any(t.lower in HEARD_WORDS_LINKS or t.text in STOP_MARKS or finite(t) for t in between):
        return False
    if between and (between[0].is_cap or between[0].lower in ARTICLES_AND_POSSESSIVES):
        return False  # an object: "calling the plan “a gift …”"
    if between and between[0].lower in OBJECT_PRONOUNS:
        return False
    raw = words.lower().split()
    said = [w.strip(",;.’'") for w in raw]
    if between and between[-1].lower in HEARD_DESCRIPTION_PREPS and said:
        # "arguing late into “the small hours”", "arguing about “money, always money”"; but
        # right after the participle a noun phrase with its article is the phrase the object
        # used ("calling for “a new start”", "speaking about “a new era”")
        return len(between) > 1 or said[0] not in ARTICLES_AND_POSSESSIVES
    if not said or said[0] in HEARD_DESCRIPTION_OPENERS:
        return bool(said)
    if any(w in FINITE_WORDS for w in said):
        return False  # "“the roof is gone”": a clause, the words heard
    raw = raw[:6]
    cut = next(
        (i for i in range(1, len(raw)) if said[i] in HEARD_DESCRIPTION_OPENERS or raw[i - 1][-1:] == ","),
        len(raw),
    )
    return said[cut - 1] in HEARD_KINDS  # "“the usual insults”", "“a song about home”": what kind of thing


def common_speaker(np: list[Token], tokens: list[Token], v: int) -> bool:
    """ "heard the pilot telling the tower", "saw the couple shouting": a lower-case noun after
    a determiner or possessive, the lexicon's person or not, is who speaks the participle of
    speech ``tokens[v]``; not an adjective before a noun in -ing ("a stern warning", "her
    public speaking role": an adjective's ending and a bare noun after the -ing word; "a moving
    reading of the letter": a head in -ing, or "of" after the -ing word), not a
    thing that carries words ("a video saying", "a sign saying")."""
    head, low = np[-1].lower, tokens[v].lower
    nxt = tokens[v + 1] if v + 1 < len(tokens) else None
    bare_noun = (
        nxt is not None
        and nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.lower not in ARTICLES_AND_POSSESSIVES
        and nxt.lower not in OBJECT_PRONOUNS
        and nxt.lower not in WITNESS_PREPS
        and nxt.lower != "that"
    )
    return (
        1 < len(np) <= 3
        and np[0].lower in ARTICLES_AND_POSSESSIVES
        and low in CUE_FORMS
        and low not in UTTERANCE_NOUNS
        and all(t.text.isalpha() and t.text.islower() for t in np[1:])
        and not (bare_noun and head.endswith(ADJECTIVE_ENDINGS))
        and not head.endswith("ing")  # "heard a moving reading", "a stirring rendition": an adjective
        and not (nxt is not None and nxt.lower == "of")  # "a reading of the letter": a noun, no participle
        and head not in MEDIUM
        and head not in THING_AGENT_NOUNS
        and head + "s" not in NOT_AGENTS
    )


def known_person(word: str) -> bool:
    """A noun known to name a person ("the landlord", "the suspect"), not only guessed from
    an agent's ending ("the defendant", but "urgent" is no one)."""
    return person_like(word) or word in OFFICE_NOUNS or people_plural(word + "s")


def heard_work(word: str) -> bool:
    """A noun of words or a work one can hear or see ("testimony", "a documentary", "a memo")."""
    return word in DOCUMENT_NOUNS or word in UTTERANCE_NOUNS or word in WORK_NOUNS or word in SERMON_NOUNS


def object_np_before(tokens: list[Token], end: int, lo: int) -> list[Token] | None:
    """The object noun phrase ending at ``end``: "him", "Hale", "one of her aides", or a noun
    with its appositive set off by commas ("the minister, Ivo Lund,")."""
    if end < lo:
        return None
    if end - 2 > lo and tokens[end].text == ",":
        j = next((i for i in range(end - 1, max(lo, end - 10), -1) if tokens[i].text in COMMA_OR_DASH), -1)
        head = np_backward(tokens, j - 1, lo) if j - 1 > lo else None
        if head is None or any(t.quote >= 0 for t in tokens[j:end]):
            return None
        return tokens[index(tokens, head[0], j - 1) : end]
    if tokens[end].lower in OBJECT_PRONOUNS:
        return [tokens[end]]  # "quoted him as saying"
    return np_backward(tokens, end, lo)


def gerund_joined(tokens: list[Token], i: int) -> bool:
    """ "responsible for checking the data and sending it to the board: “…”": an "-ing"
    word joined by "and"/"or" to one that a preposition takes as its object is an object
    of that preposition too, as the first one is ("for sending"), not a participle of speech."""
    if i < 3 or tokens[i - 1].lower not in ("and", "or"):
        return False
    for k in range(i - 2, max(0, i - 9), -1):
        t = tokens[k]
        if not t.text.replace("-", "").isalpha() or t.quote >= 0:
            return False  # a comma, a quote: the "-ing" word is no longer in the phrase
        if t.lower.endswith("ing") and len(t.lower) > 4 and t.text.islower():
            before = tokens[k - 1].lower
            return before in OBJECT_PREPS and before not in PARTICIPLE_BEFORE
    return False


PHRASE_CUES: Final[tuple[tuple[tuple[Collection[str], ...], int], ...]] = (
    ((MAKE_FORMS, ("the",), POINT_NOUNS), 3),  # "Lee also made the point that … “…”"
    ((EXPRESS_FORMS, STANCE_NOUNS, ("that",)), 2),  # "Lee expressed confidence that … “…”"
    (
        (EXPRESS_FORMS, ("a", "an"), {*STANCE_NOUNS, "wish", "desire"}, ("that", "for")),
        3,
    ),  # "voiced a wish for"
)
"""Speech acts spelt as a phrase: the words each position takes, and how many make the cue."""
PHRASE_STARTS: Final = MAKE_FORMS | EXPRESS_FORMS


def cue_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """If ``tokens[i]`` starts a cue, its text and the index after it."""
    tok = tokens[i]
    low = tok.lower
    if low == "according" and i + 1 < len(tokens) and tokens[i + 1].lower == "to":
        return tok.text + " " + tokens[i + 1].text, i + 2
    if low in PHRASE_STARTS and tok.text.islower():
        for words, size in PHRASE_CUES:
            if i + len(words) <= len(tokens) and all(tokens[i + k].lower in w for k, w in enumerate(words)):
                return " ".join(t.text for t in tokens[i : i + size]), i + size
    if (after := floor_cue(tokens, i)) > i:
        return tok.text + " " + tokens[i + 1].text, after
    lemma = CUE_FORMS.get(low)
    if lemma is None or tok.quote >= 0:
        return None
    if low in HAND_CUES and not hand_words_follow(tokens, i):
        return None  # "typed up a memo for the “working group”": an object, not the words
    if lemma == "quote" and i > 0 and tokens[i - 1].lower == "i":
        return None  # "Hale said, and I quote, "…"": the writer's aside, the cue is "said"
    if not tok.text[:1].islower() and not inverted_opening(tokens, i, lemma):
        return None
    if (
        i > 0
        and tokens[i - 1].lower in NOT_BEFORE_CUE
        and not (
            tokens[i - 1].lower == "of" and low.endswith("ing")  # "made a habit of saying"
        )
    ):
        return None
    if (
        low.endswith("ing")
        and i > 0
        and tokens[i - 1].lower not in PARTICIPLE_BEFORE
        and tokens[i - 1].quote < 0  # “…,” saying
        and tokens[i - 1].lower not in MEDIUM
        and tokens[i - 1].lower not in TIME_WORDS
        and not (
            low in REDUCED_RELATIVE
            and tokens[i - 1].text[:1].isalpha()
            and (tokens[i - 1].lower.endswith("s") or tokens[i - 1].lower in DOCUMENT_NOUNS)
        )
        # "a sign reading": one document's words; not "signs reading", a crowd's slogan
        and not (
            low in DOCUMENT_PARTICIPLES
            and tokens[i - 1].lower in DOCUMENT_NOUNS
            and tokens[i - 1].lower[-1:] != "s"
        )
        and not (tokens[i - 1].is_cap and not tokens[i - 1].text.endswith(POSSESSIVE_S))
        and not perceived(tokens, i)
        and witnessed(tokens, i) is None
        and not (
            i + 1 < len(tokens)
            and (tokens[i + 1].quote >= 0 or tokens[i + 1].text == ":")
            and not tokens[i - 1].lower.endswith("s")
            and tokens[i - 1].lower not in DOCUMENT_NOUNS
        )
    ):
        return None  # "her speaking fees": a modifier; "the governor saying “…”": a cue (not "signs reading")
    if low.endswith("ing") and gerund_joined(tokens, i):
        return None
    if lemma in PARTICLE_CUES:
        if i + 1 < len(tokens) and tokens[i + 1].lower in PARTICLE_CUES[lemma]:
            if low in JUDGMENT_FORMS and that_determiner(tokens, i + 1):
                return None  # "The club held that “Invincibles” record": "that" picks out the record
            return tok.text + " " + tokens[i + 1].text, i + 2
        if low in JUDGMENT_FORMS and judging_verb(tokens, i) and (j := judgment_that(tokens, i + 1)) > 0:
            return tok.text + " " + tokens[j].text, j + 1  # "the court ruled Monday that …"
        if (
            lemma in IT_PARTICLE_CUES
            and i + 2 < len(tokens)
            and tokens[i + 1].lower == "it"
            and tokens[i + 2].lower in PARTICLE_CUES[lemma]
            and quoted_just_before(tokens, i)
        ):
            # "“…” was how Lee summed it up", "“…,” Lee played it down": "it", the quote just
            # given, between the verb and its particle
            return " ".join(t.text for t in tokens[i : i + 3]), i + 3
        if lemma in NEEDS_PARTICLE:
            return None
    if low == lemma and i + 1 < len(tokens) and tokens[i + 1].lower in FINITE_AUX:
        return None  # "email has helped": a noun subject, not a cue
    before = tokens[i - 1].lower if i > 0 else ""
    if (
        lemma in NOUNISH
        and low.endswith("s")
        and i >= 2
        and (
            (
                tokens[i - 1].is_cap
                and before.rstrip(".") not in TITLES
                and tokens[i - 2].lower in NOUNISH_DETERMINERS
            )  # "the Paris attacks", "the Okafor remarks": a noun with its modifier
            or (
                (
                    tokens[i - 2].lower in POSSESSIVE_DETERMINERS
                    or tokens[i - 2].lower.endswith(POSSESSIVE_ENDS)
                )
                and tokens[i - 1].text.isalpha()
                and tokens[i - 1].text.islower()
                and tokens[i - 1].lower not in QUANTIFIERS
            )  # "his recent remarks", "Ross’s past references": after a possessive and an adjective
        )
    ):
        return None
    if (
        before in NOUN_MARKERS
        and low not in FOREIGN_CUES  # "a déclaré": the French auxiliary, not an article
        and before != "to"
        and not (before in QUANTIFIERS and low[-1] != "s")
        and not (before in ("another", "one") and low != lemma and low[-1] != "s")  # "Another tweeted"
        and not object_her(tokens, i, lemma)
    ):
        return None  # ("the two write", "some said": a quantifier as subject, the verb not plural noun)  # "the report", "a tweet", "his statement"; "to say" handled by caller
    return tok.text, i + 1


def object_her(tokens: list[Token], i: int, lemma: str) -> bool:
    """ "the engineers who worked with her said", "everyone who knew her described": "her" after
    a preposition or a verb is an object, not a possessive, when the verb form after it is a
    past tense that is no noun ("said", "described"; not "her calls", "her report")."""
    low = tokens[i].lower
    if not lemma or i < 2 or tokens[i - 1].lower != "her" or low == lemma or low.endswith(("s", "ing")):
        return False
    return object_governor(tokens[i - 2]) and not modifies_next(tokens, i)


def object_governor(t: Token) -> bool:
    """A lower-case preposition or finite verb, after which a pronoun is its object ("with
    her", "knew her", "built it")."""
    return t.text.isalpha() and t.text.islower() and (t.lower in OBJECT_PREPS or finite(t))


def modifies_next(tokens: list[Token], i: int) -> bool:
    """The past form at ``i`` stands before a noun or a quote it modifies ("her stated aim",
    "her claimed “deep ties”", "her alleged “campaign of fear”"): after "her" it is an
    adjective of her noun, not a verb after an object ("knew her said the …", "… described
    her as …", "… told reporters")."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt.quote >= 0:
        return True
    return (
        nxt.text.isalpha()
        and nxt.text.islower()
        and not nxt.lower.endswith("ly")
        and nxt.lower != "that"
        and nxt.lower not in ARTICLES_AND_POSSESSIVES
        and nxt.lower not in PERSONAL_PRONOUNS
        and nxt.lower not in OBJECT_PREPS
        and not people_noun(nxt.lower)  # "knew her told reporters": the verb's object
    )


def floor_cue(tokens: list[Token], i: int) -> int:
    """ "the lawyer cut in: “…”", "his aide broke in, “…”", "Lee stepped in: “…”": a finite verb
    with a particle of taking the floor ("in", "up", "back") introduces the words that follow
    at once, after a colon (or a comma, for a verb of FLOOR_LEMMAS). The index after the
    particle, or -1. Not "the price cut in March" nor "broke in to the house": no words follow
    the particle."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in FLOOR_PARTICLES or not tok.text.islower():
        return -1
    low = tok.lower
    if low.endswith("ing") or low in FINITE_AUX:
        return -1  # "the votes were in: “…”": a state, not someone taking the floor
    if i + 3 >= len(tokens) or tokens[i + 3].quote < 0 or tokens[i + 2].text not in (":", ","):
        return i + 2 if floor_after_quote(tokens, i) else -1
    if tokens[i + 2].text == ",":
        # only a verb of taking the floor ("as the guests came in, “…”": an arrival, the quote
        # goes on), and not before a quote that has its own cue after it ("Burglars broke in,
        # “looking for cash,” police said")
        if tokens[i + 3].lower == "<q,>":
            return -1
        # in the sentence's opening subordinate clause ("After the rent went up, “we left.”",
        # "By the time the army pulled back, “…”"), the clause sets the scene unless a floor
        # verb has someone who speaks for subject ("When the lawyer cut in, “…”")
        opening = opening_subordinate(tokens, i)
        if low in FLOOR_FORMS:
            return i + 2 if opening < 0 or speaking_subject(tokens[opening:i]) else -1
        # another finite verb ("stepped in, “…”") only before a quote that closes the sentence
        # and continues none before it ("as the guests came in, “but …”": the host's words go on)
        closes = all(t.text in SENTENCE_MARKS for t in tokens[i + 4 :])
        if not closes or not finite(tok) or any(t.quote >= 0 for t in tokens[:i]):
            return -1
        return i + 2 if opening < 0 else -1
    return i + 2 if low in FLOOR_FORMS or finite(tok) else -1


def opening_subordinate(tokens: list[Token], i: int) -> int:
    """Where the subject starts when the verb at ``i`` stands in a subordinate clause that
    opens its sentence, with no comma before it ("When the police moved in,", "By the time
    the army pulled back,"); -1 if not ("Tempers rose until the referee stepped in,", "Then
    the chair cut in,")."""
    j = i - 1
    while j >= 0 and tokens[j].text not in SENTENCE_MARKS and tokens[j].quote < 0:
        if tokens[j].text == ",":
            return -1
        j -= 1
    first = tokens[j + 1].lower
    if first in SUBORDINATORS and j + 2 < i:
        return j + 2
    # "By the time …", "From the moment …": a preposition and a noun of time open a clause
    if (
        j + 4 < i
        and first in CLAUSE_PREPOSITIONS
        and tokens[j + 2].lower in ARTICLES
        and tokens[j + 3].lower in CLAUSE_TIME_NOUNS
    ):
        return j + 4
    return -1


def floor_after_quote(tokens: list[Token], i: int) -> bool:
    """ "“…,” the lawyer cut in.", "“…,” his aide, Ann Lee, piped up, …", "“…,” shot back the
    mayor.": a finite verb with a particle of taking the floor closes a quote that ends in its
    own comma, with nothing but its subject between them (or its subject right after it), and
    nothing after the particle in its clause. Not "“…,” she said as the crowd broke in" (a
    clause of its own opens after the cue) nor "the price cut in March" (no quote before)."""
    tok, n = tokens[i], len(tokens)
    if not (tok.lower in FLOOR_FORMS or finite(tok)):
        return False
    j = i - 1
    while (
        j >= 0
        and i - j <= FLOOR_SUBJECT_WORDS
        and tokens[j].quote < 0
        and (tokens[j].text[:1].isalnum() or tokens[j].text == ",")
        and tokens[j].lower not in CLAUSE_OPENING_WORDS
        and not (tokens[j].text.islower() and (tokens[j].lower in CUE_FORMS or tokens[j].lower in FINITE_AUX))
    ):
        j -= 1
    if j < 0 or tokens[j].lower != "<q,>":
        return False
    e = i + 2
    if j == i - 1:  # inverted: the speaker follows the particle, after a verb of the floor only
        # (not "“…,” voiced in his speech": a participle and its setting)
        return e < n and tok.lower in FLOOR_FORMS and (tokens[e].is_cap or tokens[e].lower in DETERMINERS)
    if tokens[j + 1].text == "," or not (e >= n or tokens[e].text in CLAUSE_ENDS):
        return False
    # any finite verb only after someone who can take the floor ("the harbour master stepped
    # in"), not after a thing ("“It is full,” the shelter filled up.")
    return tok.lower in FLOOR_FORMS or speaking_subject(tokens[j + 1 : i])


def speaking_subject(np: list[Token]) -> bool:
    """A name, a pronoun but "it", or a description of a person or a body ("the harbour
    master", "a nurse at the back", "one of her aides", "the committee", "his deputy, Omar
    Bell"); not "the shelter", "the job"."""
    kind = kind_of_mention(np)
    if kind != "description":
        return kind != "pronoun" or np[0].lower != "it"
    head = head_of(np)
    if len(head) == 1 and head[0].lower in PRONOUN_SPEAKERS:
        head = np  # "one of her aides"
    last = head[-1].lower
    return (
        person_like(last)
        or is_org(head[-1:])
        or last in OFFICE_NOUNS
        or last in MALE_WORDS
        or last in FEMALE_WORDS
        or any(t.is_cap for t in head[1:])
    )


FLOOR_SUBJECT_WORDS: Final = 10
"""The most words the subject of a floor verb after a quote may take ("his aide, Ann Lee,")."""
CLAUSE_OPENING_WORDS: Final = frozenset({*COORDINATORS, *SUBORDINATORS, *RELATIVE_PRONOUNS})
CLAUSE_ENDS: Final = (".", "!", "?", ",", ";")
SENTENCE_MARKS: Final = lx.SENTENCE_MARKS


def inverted_opening(tokens: list[Token], i: int, lemma: str) -> bool:
    """ "Said Hale, "…"", "Wrote Ola Berg:": a sentence-initial cue before a name."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        lemma in INVERTED_OPENING_LEMMAS
        and tokens[i].text[1:].islower()
        and (i == 0 or tokens[i - 1].text in (".", "!", "?", ":", ";"))
        and nxt is not None
        and nxt.is_cap
        and nxt.lower not in STOP_CAPS_SHORT
    )


def medium(tokens: list[Token], j: int) -> int:
    """Extend a cue over "in a statement" / "on Twitter" right after it; returns new end."""
    if j + 2 < len(tokens) and tokens[j].lower in MEDIUM_PREPOSITIONS and tokens[j + 1].lower in ARTICLES_AND_POSSESSIVES:  # fmt: skip
        k = j + 2
        while k < len(tokens) and k < j + 5 and tokens[k].quote < 0:
            if tokens[k].lower in MEDIUM:
                if k + 1 < len(tokens) and tokens[k + 1].lower in MEDIUM:
                    k += 1  # "on a conference call": a medium named by two of its words
                return k + 1
            k += 1
    if j + 1 < len(tokens) and tokens[j].lower == "on" and tokens[j + 1].lower in PLATFORMS:
        return j + 2
    return j


def month(low: str) -> bool:
    """A month's name, "may" too (which ``MONTHS`` leaves out as a surname's spelling): for a
    reader that has a preposition of time before it ("in May")."""
    return low in MONTHS or low == "may"


def year(tok: Token) -> bool:
    """ "who in 2010 said": a year in a fronted time phrase, skipped like "in the past"."""
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in ("19", "20")


def np_backward(tokens: list[Token], end: int, lo: int) -> list[Token] | None:
    """The noun phrase ending at ``tokens[end]``, with one "of/for/at" phrase ("a spokesman
    for the agency", "Ivo Brandt of the Center")."""
    np = np_core(tokens, end, lo)
    if np is None and end - 2 >= lo and tokens[end - 1].lower == "of":
        # "the secretary of state told" ("state" is no verb here), "the owner of two trawlers replied"
        state = tokens[end].lower == "state" and tokens[end - 2].lower == "secretary"
        if state or tokens[end].lower in COUNT_WORDS or tokens[end].text.isdigit():
            head = np_core(tokens, end - 2, lo)
            if head is not None and (state or head[0].lower in DETERMINERS):
                return [*head, tokens[end - 1], tokens[end]]
    if np is None or len(np) > 12:
        return np
    i = end - len(np) + 1
    if (listed := examples_before(tokens, i, lo, np)) is not None:
        return listed
    # "the owner of the ferry": a description with its phrase (np_core reads "Minister of Fisheries")
    if i - 2 >= lo and tokens[i - 1].lower in PREPOSITIONS | {"on"}:
        first = np_core(tokens, i - 2, lo)
        if (
            first is not None
            # not "Women for years have said", "Police at the time said"; but "A man missing for weeks said"
            and not (
                time_adjunct(tokens[i - 1].lower, np) and (tokens[i - 1].lower == "at" or speaker_head(first))
            )
            and first[0].lower not in PRONOUNS
            and first[0].lower not in RELATIVE_PRONOUNS
            and (
                tokens[i - 1].lower != "on"
                or person_like(first[-1].lower)  # "anglers on the quay shouted": people where they stand
                or (
                    first[0].lower in ARTICLES
                    and len(first) == 2
                    and any(t.is_cap or t.text.endswith(POSSESSIVE_S) for t in np)
                )
            )
        ):  # "A notice on the club's noticeboard states"; not "the sign on the door read"
            joined = [*first, tokens[i - 1], *np]
            j = i - 2 - len(first)  # the token before the first phrase
            if (
                j - 1 >= lo
                and tokens[j].lower in PREPOSITIONS
                and tokens[i - 1].lower in ("of", "for")
                and any(t.is_cap for t in first)
                and np[0].is_cap
            ):
                outer = np_core(tokens, j - 1, lo)  # "Bishop Ann Lee of the Church of St. Mark"
                if outer is not None and (kind_of_mention(outer) == "name" or tokens[j].lower != "of"):
                    return [*outer, tokens[j], *joined]  # "A statement from the Department for Transport"
            # "A coalition including Women for Kelso said": the joined name is an example too
            return examples_before(tokens, i - 1 - len(first), lo, joined) or joined
    return np


def examples_before(tokens: list[Token], i: int, lo: int, np: list[Token]) -> list[Token] | None:
    """ "Critics like Ann Lee said", "Groups such as the Harbour Trust say", "A coalition
    including Women for Kelso said": the noun phrase ``np`` starting at ``i`` is an example of
    the plural or the body before it, which heads the phrase (as after an inverted cue); that
    whole phrase, or None."""
    lead = i - 2 if i - 2 >= lo and tokens[i - 1].lower == "as" and tokens[i - 2].lower == "such" else i - 1
    if not (
        lead - 1 >= lo
        and tokens[lead].lower in EXAMPLE_LEADS
        and (lead < i - 1 or tokens[lead].lower != "as")
    ):
        return None
    first = np_core(tokens, lead - 1, lo)
    if first is None or first[0].lower in PRONOUNS:
        return None
    body = first[0].lower in DETERMINERS and first[-1].text.islower() and first[-1].lower in ORG_WORDS
    return [*first, *tokens[lead:i], *np] if plural(first) or body else None


def head_of(np: list[Token] | tuple[Token, ...]) -> list[Token]:
    """The words before the first "of/for/at" phrase: what names the speaker."""
    for k in range(1, len(np)):
        if example_lead(np, k):
            return list(np[:k])  # "critics like Ann Lee", "groups such as …"
        if np[k].lower in PREPOSITIONS and not (
            (np[k].lower == "of" and np[k - 1].lower.rstrip(".") in TITLES and not count_after(np, k + 1))
            or joins_name(np, k)  # "the Bank of Esterra", "the Commissioner for Water"
        ):
            return list(np[:k])  # "the father of three": a count, not "Secretary of State"
        if serving_link(np, k) >= 0:
            return list(np[:k])  # "an aide to Ann Roy", "a lawyer representing Ann Roy": the aide, the lawyer
    return list(np)


def served_name(np: list[Token]) -> list[Token] | None:
    """The name closing a description of a person after the phrase that ties its head to
    whom it serves ("An aide to Vera Sal", "A lawyer representing Ivo Lund", "A spokesman for
    Gov. Ann Roy": Vera Sal, Ivo Lund, Gov. Ann Roy), or None."""
    head = head_of(np)
    if not head or len(head) >= len(np) or kind_of_mention(head) != "description":
        return None
    j = next((j for j in range(len(head), len(np)) if np[j].is_cap), -1)
    if j < 0 or not all(t.is_cap or t.text == "." for t in np[j:]):
        return None
    name = np[j:]
    return name if kind_of_mention(name) == "name" else None


def serving_link(np: Sequence[Token], k: int) -> int:
    """Where the object starts when ``np[k]`` opens a phrase tying the person the noun before it
    names to the one it serves or is close to, or -1: "to" after a noun of service ("an aide to
    Ann Roy", "chief of staff to the mayor"; not "said the mayor to the council", whom she spoke
    to), an adjective of closeness with "to"/"with" ("a source close to Ann Roy"), a participle
    of service ("a lawyer representing Ann Roy", "an attorney acting for the firm"). The object
    opens a noun phrase (a capital or a determiner: not "aides to leave"); a setting ("the mayor
    at a news conference") or any other phrase is no link."""
    if k < 1 or k + 1 >= len(np):
        return -1
    noun, low, nxt = np[k - 1], np[k].lower, np[k + 1].lower
    if not (noun.text.isalpha() and noun.text.islower()):
        return -1
    person = people_noun(noun.lower) or noun.lower in SERVING_HEADS
    if low == "to" and noun.lower in SERVING_TO_HEADS:
        o = k + 1
    elif person and low in SERVING_ADJECTIVES and nxt in ("to", "with"):
        o = k + 2
    elif person and low in SERVING_PARTICIPLES:
        o = k + 1
    elif person and low in SERVING_FOR_PARTICIPLES and nxt == "for":
        o = k + 2
    else:
        return -1
    if o >= len(np) or np[o].quote >= 0 or not (np[o].is_cap or np[o].lower in DETERMINERS):
        return -1
    return o


def served_before(tokens: list[Token], end: int, lo: int) -> list[Token] | None:
    """ "An aide to Ann Roy said", "A source close to the mayor told", "A lawyer representing
    Ann Roy says": the words before a cue end in the object of a ``serving_link`` after a
    description of a person that opens its clause; the whole description (its head, the aide,
    is the speaker; the one served never is), or None."""
    obj = np_backward(tokens, end, lo)
    if obj is None:
        return None
    o = index(tokens, obj[0], end)
    for k in (o - 1, o - 2):
        if k - 1 < lo or serving_link(tokens, k) != o:
            continue
        if not served_phrase(tokens[o - 1], obj):
            return None  # "An adviser to the crowd's delight said": how, not whom
        head = np_core(tokens, k - 1, lo)
        if head is None or head[-1] is not tokens[k - 1] or kind_of_mention(head) != "description":
            return None
        h = index(tokens, head[0], k - 1)
        if h > lo and tokens[h - 1].text[:1].isalpha() and tokens[h - 1].lower not in SENTENCE_CONNECTIVES:
            return None  # "Lee sent an aide to Ann Roy says": the head must open its clause
        whole = tokens[h : end + 1]
        return whole if kind_of_mention(whole) == "description" else None  # never the one served
    return None


def served_after(tokens: list[Token], np: list[Token], spoken: bool = False) -> list[Token] | None:
    """ "said an adviser to Gov. Ann Roy", "said a source close to the family": the noun phrase
    after an inverted cue with the ``serving_link`` phrase that follows it, or None. ``spoken``:
    right after a verb of speech, whose "to" names whom the speaker spoke to unless the noun
    phrase after it shows one served (``served_object``: "said her deputy to the committee" is
    her deputy)."""
    p = index(tokens, np[-1], 0) + 1
    linked = len(np) > 1 and link_word(np[-1].lower)
    if linked:
        p -= 1  # "a source close", "an attorney acting": the word opens the link, it is no noun
    o = serving_link(tokens, p)
    if o < 0:
        return None
    np = np[:-1] if linked else np
    rest = np_forward(tokens, o, len(tokens))
    if rest is None or rest[0] is not tokens[o] or kind_of_mention(rest) not in ("name", "description"):
        return None
    if not served_phrase(tokens[o - 1], rest):
        return None  # "said a woman speaking for the first time", "said a deputy to the cheers"
    if spoken and tokens[p].lower == "to" and not served_object(tokens[p - 1].lower, rest):
        return None  # "said an aide to the reporters gathered outside": the aide
    joined = [*np, *tokens[p:o], *rest]
    return joined if kind_of_mention(joined) == "description" else None  # never the one served


def link_word(low: str) -> bool:
    """A word that opens a ``serving_link`` after a noun ("close", "representing", "acting")."""
    return low in SERVING_ADJECTIVES or low in SERVING_PARTICIPLES or low in SERVING_FOR_PARTICIPLES


def served_phrase(link: Token, obj: Sequence[Token]) -> bool:
    """Whether the noun phrase ``obj`` after the word ``link`` closing a ``serving_link`` can
    be one served: not a time after "for" ("speaking for the first time", "working for the
    second day"), nor a crowd's reaction after "to" ("to the cheers of the crowd", "to the
    crowd's delight": how the words were met)."""
    head = obj[-1].lower
    return head not in REACTION_NOUNS and not (link.lower == "for" and head in TIME_NOUNS)


def served_object(noun: str, obj: Sequence[Token]) -> bool:
    """Whether ``obj`` after "to" and the noun of service ``noun``, right after a verb of
    speech, shows one served rather than whom the words were spoken to: a name ("said an aide
    to Ann Roy", "to Gov. Ann Roy"), a noun named by a capital ("to the Harlow campaign", "to
    the Brandton mayor"), a person's noun ("to the mayor", "to the late bishop"), a household
    ("to the family") or people counted ("to three presidents"); not those gathered or met to
    hear ("to the reporters", "to a reporter", "to the committee", "to a packed room") nor a
    paper or wire named by capitals after an article ("to the Herald", "to The Associated
    Press"). A noun of a post or a line ("the heir to the throne", "the envoy to the
    assembly") takes "to" for its post unless those spoken to follow."""
    first, last = obj[0], obj[-1]
    head = last.lower
    named = any(t.is_cap for t in obj[1:])  # "the Harlow campaign", "the Brandton mayor"
    counted = first.lower in QUANTIFIERS and len(obj) > 1 and head.endswith("s")  # "both candidates"
    if head in AUDIENCE_NOUNS or (head in SPEAKING_GROUPS and not (named or counted)):
        return False  # "the reporters", "the committee", "a group" of them
    if noun in POST_HEADS or counted or (first.is_cap and first.lower not in DETERMINERS):
        return True  # "Ann Roy", "Gov. Ann Roy", "Hale", "both Clintons"
    if last.is_cap and first.lower == "the":
        return False  # "the Herald": a body named alone after an article, spoken to
    return named or person_noun(head) or head in SERVED_HOUSEHOLDS


def count_after(np: list[Token] | tuple[Token, ...], k: int) -> bool:
    """A number at ``k`` ("of three", "of 4"): what follows a role is how many, not its office."""
    return k < len(np) and (np[k].lower in NUMBER_WORDS or np[k].text.isdigit())


def past_opening_object(tokens: list[Token], i: int, end: int, lo: int) -> int:
    """ "In March Keel said", "In Dunmore Ann Keel said", "At the Harbour Board Fenland
    said": the object of a sentence-opening preposition, with no comma, is no part of the
    name before the cue. Where the name starts: past a month, at a first name or a title, or
    the last word of a run of two or more that is no organisation's name."""
    s, p, n = i + (tokens[i].lower == "the"), i - 1, len(tokens)
    verb = tokens[end + 1].lower if end + 1 < n else ""
    if not (
        s < end
        and lo <= p
        and tokens[p].is_cap
        and tokens[p].lower in SETTING_OPENING_PREPS
        and (p == lo or tokens[p - 1].text in SENTENCE_MARKS)
        and verb in CUE_FORMS
    ):
        return i
    if tokens[s].lower in MONTHS:
        return s + 1
    for j in range(s + 1, end):
        low, before = tokens[j].lower, tokens[j - 1].lower
        if low.rstrip(".") in TITLES or (
            (low in MALE_FIRST or low in FEMALE_FIRST or low in UNSEXED_FIRST)
            and before not in PLACE_FIRST
            and before[-1:] != "."
        ):  # not "Port Elizabeth", "St. Paul"
            return j
    # "In New Fenland Keel said", "At the Harbour Board Dunmore said": one word left for the name
    last = end if s > i else s + 1 + (tokens[s].lower in PLACE_FIRST)
    finite = verb in FINITE_WORDS or verb.endswith("ed")
    return end if last == end and finite and tokens[end].lower not in ORG_WORDS else i


def opening_participle(tokens: list[Token], i: int, end: int) -> int:
    """1 when ``tokens[i]``, opening its sentence, is a participle before the name that ends
    at ``end`` ("Quoting Ann Lee's claim": see ``names.participle_before_name``), else 0."""
    if i > 0 and tokens[i - 1].text not in SENTENCE_MARKS and tokens[i - 1].quote < 0:
        return 0  # inside its sentence a capitalised word is a name ("spokesman Hope Lind")
    return int(i < end and participle_before_name(tokens[i : end + 1]))


def restrictive_antecedent(tok: Token) -> bool:
    """Whether ``tok`` can end the noun a comma-less "who"/"which" clause hangs on."""
    return (
        tok.quote < 0
        and tok.text[:1].isalpha()
        and tok.lower not in PREPOSITIONS
        and tok.lower not in RESTRICTIVE_NOT_NOUNS
        and CUE_FORMS.get(tok.lower) is None
    )


def np_core(tokens: list[Token], end: int, lo: int) -> list[Token] | None:
    if end < lo:
        return None
    tok = tokens[end]
    if tok.quote >= 0:
        return None
    if tok.lower in ("who", "which") and end - 2 >= lo and tokens[end - 1].text in (",", "—", "–", "-"):
        return [tok]  # "Hale, who said", "Hale - who said": resolved through the antecedent
    if tok.lower in PRONOUNS or tok.lower in INDEFINITE:
        return [tok]
    if tok.lower in SOMEONE and (
        end - 1 < lo or not tokens[end - 1].text[:1].isalnum() or tokens[end - 1].lower in SOMEONE_AFTER
    ):  # "At the pier, someone asked": an unnamed speaker opening its clause is its subject
        return [tok]  # (not "urging someone to ask": there it is an object)
    if tok.is_cap:
        i = end
        while i - 1 >= lo:
            prev = tokens[i - 1]
            if prev.quote >= 0:
                break
            if prev.lower == "of" and i - 2 >= lo and tokens[i - 2].lower.rstrip(".") in TITLES:
                i -= 1  # "Secretary of State Ann Lee": "of" inside the title
                continue
            # "the Department of Parks and Trails", "Friends of the Vale River": one name
            p = i - 2 if prev.lower == "the" and i - 2 >= lo else i - 1
            if joins_name(tokens, p):
                i = p
                continue
            if prev.lower in STOP_CAPS and prev.lower != "the":
                break
            if prev.is_cap or prev.lower in NAME_JOINERS or (prev.lower in TITLES and prev.text.isalpha()):
                i -= 1
                continue
            if prev.lower in ARTICLES:
                i -= 1
            break
        while i < end and tokens[i].lower in NAME_JOINERS and not tokens[i].text[:1].isupper():
            i += 1
        if i == end and tokens[i].lower in STOP_CAPS:
            return None
        i = past_opening_object(tokens, i, end, lo)
        return tokens[i + opening_participle(tokens, i, end) : end + 1]
    if tok.lower in DANGLING:
        return None
    if tok.lower.endswith("ed") and len(tok.lower) > 4 and end - 1 >= lo and name_word(tokens[end - 1]):
        return None  # "Lee restricted comments": a past verb after a name, not a noun phrase
    noun_after_det = end - 1 >= lo and (
        tokens[end - 1].lower in DETERMINERS
        or tokens[end - 1].text.endswith(POSSESSIVE_ENDS)
        or (
            end - 2 >= lo
            and tokens[end - 1].text.isalpha()
            and tokens[end - 1].text.islower()
            and (tokens[end - 2].lower in DETERMINERS or tokens[end - 2].text.endswith(POSSESSIVE_ENDS))
        )
    )  # "the report", "an email", "Lee’s statement", "her fundraising email"
    if not tok.text[:1].isalpha() or tok.lower in STOP or (tok.lower in CUE_FORMS and not noun_after_det):
        return None
    # a description: walk back to a determiner within a few words
    i = end
    while i - 1 >= lo and end - i < 6:
        prev = tokens[i - 1]
        if prev.quote >= 0 or (not prev.text[:1].isalnum() and prev.text not in ("-", "&")):
            break  # "-" and "&" go on inside a modifier ("the Harlow & Finch board")
        if prev.lower in DETERMINERS:
            if (
                i - 2 >= lo
                and prev.lower not in ARTICLES_AND_POSSESSIVES
                and tokens[i - 2].lower in ARTICLES_AND_POSSESSIVES
            ):
                return tokens[i - 2 : end + 1]  # "the two men", "their three sons": the article too
            return tokens[i - 1 : end + 1]
        if prev.lower in STOP or (
            prev.lower in CUE_FORMS
            and not prev.is_cap
            and not (i - 2 >= lo and tokens[i - 2].lower in ARTICLES_AND_POSSESSIVES)
            and not modifier_slot(tokens, i - 1, lo)
        ):
            break  # a verb ends the phrase; not a noun after an article ("the press office")
        if prev.lower in PRONOUNS:
            return None  # "She gives credit": the word after a subject pronoun is its verb
        if (
            prev.text.islower()
            and (prev.lower in PAST_FORMS or (prev.lower.endswith("ed") and len(prev.lower) > 4))
            and i - 2 >= lo
            and name_word(tokens[i - 2])
        ):
            break  # "Protesters carried signs": a past verb after a capitalised subject ends the phrase
        if prev.is_cap:
            i -= 1
            continue
        i -= 1
    if possessive_tok(tokens[i]) or tokens[i].is_cap:
        return tokens[i : end + 1]
    if tokens[i].text[:1].isdigit() and tokens[i] is not tok:
        return tokens[i : end + 1]  # "21 percent said", "40% say"
    if tok.lower.endswith("s") and end - i <= 2 and tok.lower not in S_ENDING_NON_PLURALS:
        return tokens[i : end + 1]  # "officials said", "Varga supporters said"
    if tok.lower in SERVICE_PLURALS and i == end and (end == lo or not tokens[end - 1].text[:1].isalnum()):
        return [tok]  # "“…,” police said": a service's people alone, right after a quote or a comma
    return None


def modifier_slot(tokens: list[Token], k: int, lo: int) -> bool:
    """ "a Democratic state senator", "the Liberal press officer": a bare form of a verb of
    speech between an article + a capitalised word (not a plural, which could be the verb's
    subject: "The Greens state") and a noun naming a person modifies that noun; it is not a
    verb (a singular subject takes "states")."""
    if k - 2 < lo or k + 1 >= len(tokens):
        return False
    adj, art, w = tokens[k - 1], tokens[k - 2], tokens[k].lower
    return (
        art.lower in ARTICLES
        and adj.is_cap
        and adj.text.isalpha()
        and not adj.lower.endswith("s")
        and not w.endswith(("s", "ed"))
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].text.islower()
        and person_noun(tokens[k + 1].lower)
    )


def name_word(tok: Token) -> bool:
    """A capitalised word that can end a name: no possessive, no determiner ("The")."""
    return tok.is_cap and not possessive_tok(tok) and tok.lower not in DETERMINERS


def possessive_tok(tok: Token) -> bool:
    """A capitalised possessive ("Lee's", "Voss’"): ``sentences.possessive`` of a name."""
    return tok.text[:1].isupper() and possessive(tok)


def possessor(tok: Token) -> bool:
    """A possessive noun ("Lee’s", "the senator’s", "Andrews’"), not a contraction ("he's")."""
    if not possessive(tok):
        return False
    stem = tok.lower[: possessor_len(tok)]
    return stem not in CONTRACTED_WORDS


def possessor_len(tok: Token) -> int:
    """How many characters of a possessive token are the possessor's name."""
    return len(tok.text) - (1 if tok.text.endswith(("s’", "s'")) else 2)


def noun_slot(tokens: list[Token], k: int, lo: int) -> int:
    """ "the force", "his push", "the task force": a word right after a determiner or a
    possessive or a count (1), or after one and a singular modifier (2), stands where a noun
    stands (0: it does not). Read by the cue finder (``grammar.noun_use``) and by
    ``np_forward`` alike ("The report contains …": a noun, never the verb); both ask more of
    the second kind (a bare present: "The annual report says") before they call a verb a noun."""
    prev = tokens[k - 1] if k > lo else None
    if prev is None:
        return 0
    before = tokens[k - 2] if k - 2 >= lo else None
    if prev.lower in NOUN_DETERMINERS or possessor(prev) or counted_plural(prev, tokens[k], before):
        return 1
    if (
        prev.lower == "<q>"
        and before is not None
        and (before.lower in NOUN_DETERMINERS or possessor(before))
        and not tokens[k].lower.endswith("ed")
        and (not tokens[k].lower.endswith("ing") or before.lower in INDEFINITE_ARTICLES)
    ):  # "the “sorry” state of the port", "their “so-called” answers", "a “going concern”
        # warning": a quoted modifier, then its noun; not "the “Tide,” anchored by …", nor a
        # verb with its subject after it
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is None or not (nxt.is_cap or nxt.lower in PRONOUNS or nxt.lower in DETERMINERS):
            return 1
    dated = prev.lower in WEEKDAYS or prev.lower in MONTHS  # "a March report", "a Friday statement"
    if before is None or not (prev.text.isalpha() and (prev.text.islower() or dated)):
        return 0
    if (
        adverb(prev)
        and tokens[k].lower.endswith("ed")
        and (before.lower in NOUN_DETERMINERS or possessor(before))
    ):
        return 1  # "a widely shared video", "its newly published report": a participle as a modifier
    if adverb(before) and prev.lower.endswith("ed") and k - 3 >= lo:
        before = tokens[k - 3]  # "a hastily published report": the adverb's participle is the modifier
    # a plural modifier may be the subject after "the" ("the figures insist"), never in a
    # preposition's object opened by "a": "on an earnings call", "at a news conference" hold a noun
    plural = (
        prev.lower.endswith("s")
        and not prev.lower.endswith("ss")
        and not (before.lower in INDEFINITE_ARTICLES and k - 3 >= lo and tokens[k - 3].lower in OBJECT_PREPS)
    )
    return 2 if not plural and (before.lower in NOUN_DETERMINERS or possessor(before)) else 0


def counted_plural(count: Token, tok: Token, before: Token | None) -> bool:
    """ "Two reports say", "12 filings show": a plural after a count (a number word, or
    digits that are no year nor an age set off by commas: "Lee, 42, says") is a noun; "Two
    said" keeps its verb."""
    low = tok.lower
    if not low.endswith("s") or low.endswith(NOT_PLURAL_ENDS) or not tok.text.isalpha():
        return False
    digits = count.text[:1].isdigit() and not year(count) and (before is None or before.text != ",")
    return count.lower in COUNT_WORDS or digits


def demonstrative_np(tokens: list[Token], i: int, hi: int) -> bool:
    """ "That release lists", "This report shows", "These filings show": a capitalised
    demonstrative opens a noun phrase when the word after it can only be its noun: a bare
    word after "This"/"That", a plural after "These"/"Those" (a verb after them agrees with
    them: "This means", "That said", "These include"; "This week" is a time)."""
    if i + 2 >= hi or not tokens[i].is_cap or tokens[i].lower not in DEMONSTRATIVES:
        return False
    w = tokens[i + 1]
    low = w.lower
    if not (w.text.isalpha() and w.text.islower()) or low in STOP or low in TIME_NOUNS or low in TIME_WORDS:
        return False
    if low in PAST_FORMS or low.endswith("ed"):
        return False
    plural = low.endswith("s") and not low.endswith(NOT_PLURAL_ENDS)
    return plural == (tokens[i].lower not in ("this", "that"))


def name_modifies(tokens: list[Token], i: int, hi: int, out: list[Token], seen_poss: bool) -> bool:
    """A lower-case noun after a name is the head the name modifies, and ends the phrase: a
    role or body ("the Fenland governor", "the Brandt campaign"), a noun an appositive
    follows ("his Aldwick counterpart, Gary Dorsett"), or a plural its verb follows ("Lee
    supporters interrupted")."""
    t = tokens[i]
    if not (t.text.isalpha() and t.text.islower()):
        return False
    if not (out[0].lower in ARTICLES_AND_POSSESSIVES or (out[0].is_cap and not seen_poss)):
        return False
    if t.lower in ROLE_NOUNS or t.lower in TITLES or t.lower in ORG_HEADS:
        return not out[0].is_cap  # not "Port Vale College lecturer Ann Hale": the role leads a name
    if t.lower in STOP or t.lower in CUE_FORMS or t.lower in AUXILIARIES or i + 1 >= hi:
        return False  # not "Lee himself, …", "Lee also said"
    nxt = tokens[i + 1]
    if t.lower in DOCUMENT_NOUNS and out[0].lower in ARTICLES and not out[-1].lower.endswith("s"):
        return True  # "The Brandt ad hits Lee for …", "a new Dunmore memo warns": the document
    ends = not nxt.text[:1].isalnum() or (nxt.lower in NOUN_PREPOSITIONS and nxt.lower != "of")
    if nxt.text == "," or (
        out[0].lower in ARTICLES and ends and nxt.quote < 0 and not t.lower.endswith("ing")
    ):
        # "said Lee quietly, smiling"; "said the Dunmore boss.": after an article the name
        # modifies the noun that ends the phrase
        return not verb_like(t, len(out)) and not adverb_like(t)
    return (
        t.lower.endswith("s")
        and t.lower not in STANCE_FORMS
        and nxt.text.islower()
        and (verb_like(nxt, 2) or nxt.lower in AUXILIARIES or nxt.lower in CUE_FORMS)
    )


def compound_after_name(
    tokens: list[Token], i: int, hi: int, out: list[Token], seen_poss: bool, led: bool = False
) -> int:
    """ "the Ravensholt school board", "an official with the Dunmore transit agency", "Ann Lee's
    Aldwick campaign team": after a name after an article or a possessive, a run of up to three
    lower-case nouns is the noun the name modifies, to its head, when something closes it: a
    mark, a preposition other than "of", a word that opens a clause, a verb or a time ("the
    Kelso school board voted", "said the Kelso fire chief on Friday"); a single noun only
    before a verb ("the Kelso bank filed"; any other single noun is ``name_modifies``'s).
    Where the run ends, or -1. A word in -s inside the run is a verb ("the Kelso team plays
    well"), an -ing word a participle ("the Kelso police wearing masks"), unless the head is a
    body's ("the Kelso housing authority"); a capitalised word after the run is a name the
    phrase describes ("the Kelso team captain Ivo Pell"), read as before. A noun's run never
    takes a verb with its object: a word followed by an article, a possessive or a number is a
    verb ("the Kelso team hit the post"), a lower-case word after a person's noun is one ("the
    Kelso mayor let slip", "the Dunmore police chief quit after"), and so is a last word in -s
    that is no plural of people closed by a preposition or an adverb ("the Kelso council
    meets on Friday", "wants to sell"); a run after the person's noun the name already took
    ("The Kelso mayor cut …") is none. ``led``: a preposition leads the bare name as an article
    would ("said a clerk at Kelso town hall", ``np_after_cue``)."""
    if out[-1].text.islower():
        return -1  # "The Kelso mayor cut the ribbon": the name has its head
    j = len(out) - 1
    while j > 0 and out[j].is_cap:
        j -= 1  # the word before the name: "the" of "Members of the Kelso city council"
    if (
        out[0].lower not in ARTICLES_AND_POSSESSIVES
        and out[j].lower not in ARTICLES_AND_POSSESSIVES
        and not seen_poss
        and not led
    ):
        return -1  # not "Port Vale College lecturer …": a bare name leads a name
    k = i
    while k < hi and k - i < 3:
        t = tokens[k]
        low = t.lower
        if not (t.text.isalpha() and t.text.islower()) or t.quote >= 0:
            break
        if low in CUE_FORMS and not (
            CUE_FORMS[low] == low
            and k + 1 < hi
            and tokens[k + 1].text.isalpha()
            and tokens[k + 1].text.islower()
        ):
            break  # "the Kelso board says"; but a bare verb's spelling modifies: "the Kelso fire chief"
        if low in STOP or low in AUXILIARIES or low in NOUN_PREPOSITIONS or low in ARTICLES_AND_POSSESSIVES:
            break
        if low in TIME_NOUNS or low in TIME_WORDS or low in TIME_UNITS or verb_like(t, 2) or adverb_like(t):
            break  # not "said a man from Kelso seconds before the crash"
        if takes_object(tokens, k, hi):
            break  # "the Kelso team hit the post": a verb and its object
        k += 1
        if person_head(low) and k < hi and not people_noun(tokens[k].lower):
            if tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k].quote < 0:
                return k  # "the Dunmore police chief quit after …": a verb after a person's noun
            break
    if k == i or k >= hi:
        return -1  # not "the Florida governor loves" cut off before a quote: nothing closes it
    nxt = tokens[k]
    low = nxt.lower
    if (
        k - i > 1
        and third_person_s(tokens[k - 1].lower)
        and (low in NOUN_PREPOSITIONS or low in STOP or adverb_like(nxt))
    ):
        k -= 1  # "the Kelso council meets on Friday", "wants to sell": the verb closes the noun
        return k if tokens[k - 1].lower not in STOP else -1
    verb = low in CUE_FORMS or low in AUXILIARIES or verb_like(nxt, 2) or takes_object(tokens, k, hi)
    if k - i == 1:
        # one noun closed by a verb ("the Kelso bank filed"); closed otherwise, ``name_modifies``
        return k if verb else -1
    closes = (
        verb
        or (not nxt.text[:1].isalnum() and nxt.quote < 0)
        or (low != "of" and (low in STOP or low in NOUN_PREPOSITIONS))
        or low in TIME_NOUNS
        or low in TIME_UNITS
        or adverb_like(nxt)
    )
    if not closes:
        return -1
    head = tokens[k - 1].lower
    if head.endswith("ing"):
        return -1
    for t in tokens[i : k - 1]:
        low = t.lower
        if low in ORG_WORDS:
            continue
        if (low.endswith("s") and not low.endswith("ss")) or (low.endswith("ing") and head not in ORG_WORDS):
            return -1
    return k


def takes_object(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether the lower-case word at ``k`` after a name's nouns is a verb with its object: an
    article, a possessive or a number follows it ("the Kelso mayor cut the ribbon", "the
    Kelso team hit its stride", "cut two players"); a body's or a person's noun is none ("gave
    the Kelso board a deadline")."""
    if k + 1 >= hi:
        return False
    low, nxt = tokens[k].lower, tokens[k + 1]
    if low in ORG_WORDS or person_head(low) or people_plural(low):
        return False
    after = nxt.lower
    return nxt.text.islower() and (after in ARTICLES_AND_POSSESSIVES or after in NUMBER_WORDS)


def person_head(low: str) -> bool:
    """A noun of a person's post that heads a name's nouns ("mayor", "chief", "coach",
    "teacher"): not a body's ("committee") nor a word that demotes the next ("deputy")."""
    return (
        (low in ROLE_NOUNS or low in HELD_OFFICES or low in TITLES)
        and person_noun(low)
        and low not in ORG_WORDS
        and low not in DEMOTING_WORDS
    )


def third_person_s(low: str) -> bool:
    """A word in -s that is no plural of people nor a body ("meets", "wants", "plans"; not
    "members", "officers", "news")."""
    return low.endswith("s") and not low.endswith("ss") and not people_plural(low) and low not in ORG_WORDS


def time_in_name(tokens: list[Token], i: int, hi: int, out: list[Token]) -> bool:
    """A capitalized word of time ("Today", "Time", not a weekday or month) inside a name:
    after a capitalized word of the name ("USA Today") or before a lower-case noun of an
    organisation ("Time magazine"); elsewhere it is the time of the sentence."""
    t = tokens[i]
    if not t.is_cap or t.lower not in TIME_NOUNS or t.lower in WEEKDAYS or t.lower in MONTHS:
        return False
    if out:
        return name_word(out[-1])
    return i + 1 < hi and tokens[i + 1].text.islower() and tokens[i + 1].lower in ORG_WORDS


def np_forward(tokens: list[Token], start: int, hi: int) -> list[Token] | None:
    """The noun phrase starting at ``tokens[start]`` ("said Sen. Ann Lee, R-Utah")."""
    if start >= hi:
        return None
    tok = tokens[start]
    if tok.quote >= 0:
        return None
    if tok.lower in PRONOUNS:
        return [tok]
    if CONTRACTION.fullmatch(tok.lower):
        return [tok]  # "he’s predicting": a pronoun subject
    out: list[Token] = []
    i = start
    seen_name = seen_poss = False
    while i < hi and len(out) < 12:
        t = tokens[i]
        if t.quote >= 0:
            break
        if (
            not out
            and t.text.isdigit()
            and i + 3 < hi
            and tokens[i + 1].text == "/"
            and tokens[i + 2].text.isdigit()
            and tokens[i + 3].text[:1].isalpha()
        ):
            out.extend(tokens[i : i + 3])  # "said 9/11 widow Ann Lee"
            i += 3
            continue
        if not out and AGE.fullmatch(t.lower) and i + 1 < hi and tokens[i + 1].is_cap:
            out.append(t)  # "76-year-old Ann Lee"
            i += 1
            continue
        if (
            len(out) == 1
            and out[0].lower in ARTICLES
            and t.is_cap
            and (t.lower in WEEKDAYS or t.lower in MONTHS)
            and i + 1 < hi
            and tokens[i + 1].text.isalpha()
            and tokens[i + 1].text.islower()
        ):
            out.append(t)  # "said a Friday statement", "reads a March report": a date modifies the noun
            i += 1
            continue
        if time_in_name(tokens, i, hi, out):
            out.append(t)  # "reports USA Today", "wrote Time magazine": a word of time in a name
            seen_name = True
        elif t.is_cap and t.lower not in STOP_CAPS and not (t.lower in DETERMINERS and not out):
            out.append(t)
            if possessive_tok(t):
                seen_poss, seen_name = True, False  # "Lee’s top aide Ivo Brandt"
            else:
                seen_name = seen_name or (
                    (word := t.lower.rstrip(".")) not in TITLES
                    and word not in FORMER_WORDS
                    and t.text not in COUNTRY_CODES
                )
        elif (
            out
            and seen_name
            and len(out) <= 4
            and (k := compound_after_name(tokens, i, hi, out, seen_poss)) > 0
        ):
            out.extend(tokens[i:k])  # "the Ravensholt school board", "the Dunmore transit agency"
            break
        elif out and seen_name and len(out) <= 4 and name_modifies(tokens, i, hi, out, seen_poss):
            out.append(t)  # "the Fenland governor", "Lee supporters said", "his Aldwick counterpart, …"
            break
        elif (
            (
                t.lower in DETERMINERS
                and not out
                and (t.lower not in DEMONSTRATIVES or demonstrative_np(tokens, i, hi))
            )
            or (not out and t.lower in APPROX and i + 1 < hi and tokens[i + 1].text[:1].isdigit())
            or (
                out
                and not seen_name
                and (
                    (last := out[-1].lower.rstrip(".")) in TITLES
                    or last in FORMER_WORDS
                    or out[-1].text in COUNTRY_CODES
                )
                and (t.lower in ROLE_NOUNS or (t.text.isalpha() and t.text.islower() and t.lower not in STOP))
                and t.lower not in CUE_FORMS
                and not verb_like(t, 2)  # "the mayor resigned Monday and said": a verb after the title
                and i + 1 < hi
                and (
                    tokens[i + 1].is_cap
                    or (
                        tokens[i + 1].lower in ("and", "of")
                        and i + 2 < hi
                        and (tokens[i + 2].is_cap or tokens[i + 2].lower.rstrip(".") in TITLES)
                    )  # "Former judge and Mayor Tom Hale"; not "the senator quit and told"
                    or tokens[i + 1].lower.rstrip(".") in TITLES  # "former tech executive Ann Lee"
                )
            )  # "Former judge and Mayor Tom Hale"
            or (
                t.text[:1].isdigit()
                and (not out or out[-1].lower in APPROX)
                and i + 1 < hi
                and tokens[i + 1].text[:1].islower()
            )  # "about 200 protesters"
            or t.lower in TITLES
            or t.lower in NAME_JOINERS
            or (out and joins_name(tokens, i))
            or (len(out) == 1 and people_group_name(tokens, i))
            or (t.lower == "the" and out and out[-1].lower in NAME_PREPS and joins_name(tokens, i - 1))
            or (
                t.lower == "of"
                and out
                and out[-1].lower.rstrip(".") in TITLES
                and i + 1 < hi
                and (
                    tokens[i + 1].is_cap
                    # "secretary of state Ada Quist"
                    or (tokens[i + 1].lower in TITLES and i + 2 < hi and tokens[i + 2].is_cap)
                )
            )
            or (t.lower == "and" and out and i + 1 < hi and tokens[i + 1].is_cap and not seen_name)
        ):
            out.append(t)
            if len(out) == 1 and t.text.islower() and t.lower in TITLES and plural_head(tokens, i, hi):
                out.append(tokens[i + 1])  # "said former aides", "campaign staffers said"
                i += 1
        elif (
            out
            and (
                out[0].lower in DETERMINERS
                or out[0].lower in APPROX
                or out[0].text[:1].isdigit()
                or possessive_tok(out[-1])
                or (seen_poss and not seen_name)
            )
            and t.text[:1].isalnum()
            and t.lower not in STOP
            and t.lower not in NOUN_PREPOSITIONS
            and not (t.lower in ARTICLES and out[0].lower in ARTICLES)  # "said a memo the director wrote"
            and not seen_name
            # a noun's slot takes a verb spelling ("The report contains", "according to the
            # report"); elsewhere a verb ends the phrase
            and (
                (slot := noun_slot(tokens, i, start)) == 1
                or (len(out) == 1 and out[0].lower in DEMONSTRATIVES)
                or (slot == 2 and bare_present(t))
                or (t.lower not in CUE_FORMS and not verb_like(t, len(out)))
            )
            and t.lower not in AUXILIARIES
            and not (len(out) >= 2 and adverb_like(t))  # "said the mayor quietly, …"
            and floor_cue(tokens, i) < 0  # "the lawyer cut in: “…”"
            and not (len(out) >= 2 and t.lower.endswith("s") and t.lower in STANCE_FORMS)  # "The group seeks"
            and not (
                len(out) >= 2
                and i + 1 < len(tokens)
                and (tokens[i + 1].lower in ARTICLES_AND_POSSESSIVES or tokens[i + 1].quote >= 0)
            )
        ):
            out.append(t)  # "the agency's spokesman"
        elif (
            t.text[:1].isalpha()
            and not out
            and t.lower not in STOP
            and t.lower not in CUE_FORMS
            and (
                (
                    (t.lower.endswith("s") or t.lower in ROLE_NOUNS or t.lower in GROUP_NOUNS)
                    and not t.lower.endswith(NON_NOUN_ENDS)
                )
                or (
                    i + 1 < hi
                    and (
                        tokens[i + 1].is_cap
                        or tokens[i + 1].lower in ROLE_NOUNS
                        or tokens[i + 1].lower.rstrip(".") in TITLES
                        or (tokens[i + 1].lower == "of" and i + 2 < hi and tokens[i + 2].text[:1].isalpha())
                    )
                )  # "said election lawyer Ann Lee", "master of ceremonies Omar Al-Qasir"
                or plural_next(tokens, i, hi)
                or modifiers_before_name(tokens, i, hi) > i + 1
            )
        ):
            if (k := modifiers_before_name(tokens, i, hi)) > i + 1:
                out.extend(tokens[i:k])  # "said pediatric sleep specialist Dr. Ann Lee"
                i = k
                continue
            out.append(t)  # a bare description: "said officials", "police said"
            if plural_next(tokens, i, hi):
                out.append(tokens[i + 1])  # "anti-war protesters"
                i += 1
        else:
            break
        i += 1
    while out and (
        out[-1].lower in ("of", "and")
        or out[-1].lower in NAME_JOINERS
        or (
            seen_name
            and out[-1].text[:1].islower()
            and out[-1].lower in TITLES
            and out[0].lower not in ARTICLES
        )  # "Falk first used", but "the Fenland governor"
    ):
        out.pop()
    if (
        len(out) == 1
        and out[0] is tokens[start]
        and out[0].lower in PARTITIVES
        and start + 2 < hi
        and tokens[start + 1].lower == "of"
    ):
        rest = np_forward(tokens, start + 2, hi)  # "said one of the witnesses", "two of his aides said"
        if rest is None and tokens[start + 2].lower in DEMONSTRATIVES and start + 3 < hi:
            noun = np_forward(tokens, start + 3, hi)  # "one of those people": the noun after it
            rest = [tokens[start + 2], *noun] if noun is not None and noun[0].text.islower() else None
        if rest is not None and (
            kind_of_mention(rest) in ("name", "description") or rest[0].lower in PLURAL_OBJECT_PRONOUNS
        ):
            return [*out, tokens[start + 1], *rest]  # "one of them", "some of us"
    if not out or out[-1].lower in DETERMINERS:
        return None
    return out


PARTY_TAG: Final = re.compile(r"[A-Z]-[A-Z][\w.]*\Z")  # "R-Utah", "D-N.Y."


def people_group_name(tokens: Sequence[Token], k: int) -> bool:
    """ "said Pilots for Safer Skies", "said Nurses for Open Wards": a capitalised plural of
    people standing alone (no capitalised word before it) and joined by "for" or "of" to a
    capitalised word is a group's name, its inner preposition lower-case as in any title; the
    capital is what tells it from people described by whom they work for ("said pilots for
    the airline"). Not a time ("Nurses for years"), an article ("for the airline") nor a
    person's first name after the preposition ("Lawyers for Ann Lee": whose lawyers)."""
    if k < 1 or k + 1 >= len(tokens) or tokens[k].lower not in GROUP_NAME_PREPS:
        return False
    first, nxt = tokens[k - 1], tokens[k + 1]
    if not first.is_cap or not first.text.isalpha() or (k >= 2 and tokens[k - 2].is_cap):
        return False
    if not (
        nxt.is_cap
        and nxt.text.isalpha()
        and nxt.lower not in DETERMINERS
        and nxt.lower not in TIME_NOUNS
        and not given_name(nxt.text)
    ):
        return False
    word = first.lower
    if known_people(word):
        return True
    # a plural no word list knows ("Pilots", not a surname "Evans of Kelso University"): only
    # before a name of two or more capitalised words closed by a plural ("Safer Skies")
    e = k + 1
    while e < len(tokens) and e - k <= 4 and tokens[e].is_cap and tokens[e].text.isalpha():
        e += 1
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and e - k > 2
        and tokens[e - 1].lower.endswith("s")
        and not tokens[e - 1].lower.endswith("ss")
    )


def known_people(word: str) -> bool:
    """A plural noun of people a word list knows ("nurses", "campaigners", "lawyers"); not a
    surname in -s ("Jones", "Matthews")."""
    return people_plural(word) or agent_plural(word) or (word.endswith("s") and person_noun(word[:-1]))


def modifiers_before_name(tokens: list[Token], i: int, hi: int) -> int:
    """ "pediatric sleep specialist Dr. Ann Lee": where a run of two or three lower-case words
    ends right before a title or a capitalised name, or -1."""
    k = i
    while k < hi and k - i < 3 and tokens[k].text.isalpha() and tokens[k].text.islower():
        low = tokens[k].lower
        if low in STOP or low in CUE_FORMS or low in TIME_WORDS or low in NOUN_PREPOSITIONS:
            return -1
        if low.endswith(NON_NOUN_ENDS):
            return -1  # "fans watching Lisbon": a participle, not a word of a title
        k += 1
    if k - i < 2 or k >= hi:
        return -1
    nxt = tokens[k]
    return k if (nxt.is_cap and nxt.lower not in STOP_CAPS) or nxt.lower.rstrip(".") in TITLES else -1


def np_after_cue(tokens: list[Token], start: int) -> list[Token] | None:
    """The noun phrase after an inverted cue: a description closed by a person's name
    (``described_name``: "said regional fire commander Ann Lee") is read first, then any
    noun phrase ("said Lee", "said critics like Ann Lee": the critics), with one "of/for/at"
    phrase after a description of people, as before a verb ("said a nurse at Grey Hospital",
    "said lawyers for the two men": a bare plural of people too, with "of/for" only; "said
    staff at the care home" is the staff)."""
    np = described_name(tokens, start, len(tokens)) or np_forward(tokens, start, len(tokens))
    if np is not None and (served := served_after(tokens, np, spoken=True)) is not None:
        return served  # "said an adviser to Gov. Ann Roy", "said people close to the mayor"
    if np is not None and len(np) > 2 and np[0].lower in DETERMINERS and link_word(np[-1].lower):
        e = index(tokens, np[-1], start) + 1
        if e < len(tokens) and tokens[e].lower in PREPOSITIONS:
            np = np[:-1]  # "said a man acting for the first time", "close to tears": a man
    if np is None or kind_of_mention(np) != "description":
        return np
    p = index(tokens, np[-1], start) + 1
    if np[0].lower not in DETERMINERS and not (
        people_plural(np[-1].lower) and p < len(tokens) and tokens[p].lower in RELATIONAL_PREPS
    ):
        return np  # but "said lawyers for the two men", as "said a lawyer for the two men"
    prep = tokens[p].lower if p + 1 < len(tokens) else ""
    if (prep not in PREPOSITIONS and prep != "in") or not people_noun(np[-1].lower):
        return np
    joined = affiliated(tokens, np, p, len(tokens))
    if joined is np:
        return np
    rest = joined[len(np) + 1 :]
    e = index(tokens, rest[-1], p) + 1
    if (
        all(t.is_cap for t in rest)
        and (k := compound_after_name(tokens, e, len(tokens), rest, False, True)) > 0
    ):
        return [*joined, *tokens[e:k]]  # "said a clerk at Kelso town hall": the name modifies a noun
    if prep == "in":
        return np  # "in" only before a place's noun a name modifies ("said an aide in Brent city council")
    return joined


def affiliated(tokens: list[Token], np: list[Token], p: int, hi: int) -> list[Token]:
    """``np`` with the preposition at ``p`` and the noun phrase after it (up to ``hi``) when
    they say whose or where the person ``np`` describes is ("a friend of the victim", "a
    spokesman for the bank", "a nurse at Grey Hospital", "an officer with the Kelso police"),
    not when, how or at what occasion they speak ("at a news conference", "at the end", "with
    a smile", "for 20 years"); ``np`` otherwise. "of" and "for" relate the person to anyone
    but a time; "at", "from" and "with" need a name or a definite noun of a place or body, not
    of an occasion or a part of something."""
    rest = np_forward(tokens, p + 1, hi)
    if rest is None or rest[0] is not tokens[p + 1]:
        return np
    kind = kind_of_mention(rest)
    if kind not in ("name", "description") or rest[0].text[:1].isdigit():
        return np
    if tokens[p].lower in RELATIONAL_PREPS:
        tied = not timed(rest) and not any_of_kind(rest)
    else:
        tied = (kind == "name" and rest[-1].is_cap) or (
            rest[0].lower == "the" and rest[-1].text.islower() and rest[-1].lower not in SETTING_NOUNS
        )
    return [*np, tokens[p], *rest] if tied else np


def judging_verb(tokens: list[Token], i: int) -> bool:
    """The judgment verb at ``i`` is a clause's own verb, not a participle after its noun: "ruled"
    unless an event comes just before it, "held" only after an aside closes ("The panel, in a 2-1
    decision, held on Thursday that") or before one opens ("The court held, by a majority,
    that"), never after an event; not "A hearing held last Monday that lasted …"."""
    if i and tokens[i - 1].lower in EVENT_NOUNS:
        return False
    if tokens[i].lower == "held":
        return i > 0 and (
            tokens[i - 1].text == ","
            or (
                i + 1 < len(tokens) and tokens[i + 1].text == "," and tokens[i - 1].lower not in SETTING_NOUNS
            )
        )  # not "The summit held, in the town hall, that …": an occasion held somewhere
    return True


def that_determiner(tokens: list[Token], j: int) -> bool:
    """The "that" at ``j`` after a judgment verb picks out a thing named by the quote after it
    ("held that “Invincibles” record for 19 years", "ruled that “kingdom of rust” for three
    generations"), no that-clause: the quote holds no finite verb, the word after it is lower
    case and no verb (a noun it modifies, a preposition), and no verb follows in the rest of the
    clause. A clause's quoted subject goes on with its verb ("ruled that “reasonable doubt”
    remains", "held that “excessive” force was used", "… “misconduct” lay with the manager"),
    and a quote that holds the clause ("ruled that “no offence was committed” and …") is the
    court's."""
    n = len(tokens)
    if j + 2 >= n or tokens[j + 1].quote < 0:
        return False
    said = tokens[j + 1].words.lower().split()
    if any(w.strip(",.;:!?") in FINITE_AUX or w.strip(",.;:!?") in PAST_FORMS for w in said):
        return False  # "ruled that “the search was lawful” and …": the quote holds the clause
    if len(said) > 2 and any(w.endswith("ed") for w in said):
        return False  # "held that “both parties acted in good faith” in …"
    nxt = tokens[j + 2]
    if not (
        nxt.text.isalpha()
        and nxt.text.islower()
        and not finite(nxt)
        and nxt.lower not in AUXILIARIES
        and nxt.lower not in CLAUSE_STATE_VERBS
        and not nxt.lower.endswith("s")
    ):
        return False
    for k in range(j + 3, n):
        t = tokens[k]
        if not any(ch.isalnum() for ch in t.text) or t.lower in COORDINATORS or t.lower in SUBORDINATORS:
            break  # the clause ends: "… record until a rival broke it" is another clause
        if finite(t) or t.lower in FINITE_WORDS or t.lower in CLAUSE_STATE_VERBS:
            return False  # "held that “reasonable” care was taken": the quoted noun's verb
        after_noun = k == j + 3 or (
            k == j + 4 and (adverb(tokens[k - 1]) or tokens[k - 1].lower in AUXILIARIES)
        )
        if after_noun and t.text.islower() and t.lower.endswith("s") and t.lower not in AUXILIARIES:
            return False  # "ruled that “misleading” advertising (now) carries a fine"
    return True


TALLY: Final = re.compile(r"\d{1,2}[-\u2013\u2014]\d{1,2}")
"""A vote's tally ("5-4", "2–1"): no score of a game, which no judgment verb takes."""
JUDGMENT_REACH: Final = 12
"""The most tokens ``judgment_that`` reads between a judgment verb and its "that"."""
ASIDE_REACH: Final = 7
"""The most tokens of an aside set off by commas that ``judgment_that`` skips."""


def judgment_that(tokens: list[Token], k: int) -> int:
    """The index of "that" after the words at ``k`` that say when or how a judgment was made,
    or -1: a time phrase ending in a noun of time ("Monday that", "last week that"), an -ly
    adverb ("unanimously that"), a tally ("5-4 that", "2–1 that") or an aside set off by
    commas (", by a majority, that", ", in a 3-2 decision, that"), one or more of them in
    any order ("ruled 5-4 on Monday that")."""
    n = len(tokens)
    j = k
    while j < n and j < k + JUDGMENT_REACH:
        t = tokens[j]
        if t.lower == "that":
            return j if j > k else -1
        if t.text == ",":
            close = next((c for c in range(j + 1, min(n, j + ASIDE_REACH)) if tokens[c].text == ","), -1)
            if close < 0 or any(x.quote >= 0 or x.lower == "that" for x in tokens[j + 1 : close]):
                return -1
            j = close + 1
        elif t.lower in JUDGMENT_TIME_WORDS:
            e = j
            while e < n and e < j + 4 and tokens[e].lower in JUDGMENT_TIME_WORDS:
                e += 1
            if not time_noun(tokens[e - 1]):
                return -1
            j = e
        elif TALLY.fullmatch(t.text):
            j += 1
        elif t.text.isdigit() and j + 2 < n and TALLY.fullmatch("".join(x.text for x in tokens[j : j + 3])):
            j += 3  # "5", a dash and "4"
        elif adverb(t):
            j += 1
        else:
            return -1
    return -1


def timed(rest: Sequence[Token]) -> bool:
    """A time: a noun of time heading ``rest`` or after a count or an ordinal in it ("for 20
    years", "for the third day running", "for a second week in a row"); a month only with its
    capital ("the march" is a walk)."""
    if time_noun(rest[-1]):
        return True
    return any(
        time_noun(t) and (rest[j - 1].lower in ORDINALS or rest[j - 1].lower in NUMBER_WORDS)
        for j, t in enumerate(rest)
        if j > 0
    )


def time_noun(t: Token) -> bool:
    """A noun of time; a month's name only capitalised ("in March", not "the march")."""
    return t.lower in TIME_NOUNS and (t.is_cap or t.lower not in MONTHS)


def time_adjunct(prep: str, np: Sequence[Token]) -> bool:
    """Whether ``prep`` and ``np`` after a noun phrase are a time that phrase does not own: a
    span after "for" (a plural noun of time alone or after a count or a quantifier: "for
    years", "for three weeks", "for a month"), or a point after "at" ("at the time"). Never
    after "of" or "on", which after a noun of people say which ones ("Organisers of the
    march", "Witnesses on the day")."""
    if prep == "at":
        return timed(np)
    if prep != "for" or not time_noun(np[-1]) or np[-1].is_cap:
        return False
    if len(np) == 1:
        return np[-1].lower.endswith("s")  # "for years", not "for time"
    lead = np[0].lower
    return len(np) <= 3 and (lead in SPAN_LEADS or lead in NUMBER_WORDS or lead.isdigit())


def speaker_head(np: Sequence[Token]) -> bool:
    """Whether the noun phrase ``np`` ends on a word that can speak: a name, people, a role or
    a body ("Women", "the company", "Hale"); not an adjective or participle after one ("A man
    missing", "Workers unpaid") nor a thing ("Residents without power")."""
    last = np[-1]
    return last.is_cap or person_like(last.lower) or last.lower in ORG_WORDS


def any_of_kind(rest: Sequence[Token]) -> bool:
    """ "all ages", "every stripe", "all walks of life": a universal quantifier over a noun
    of no person nor body says of what kind, not whose ("voters of all ages"; but "lawyers for
    all three men", "members of all parties")."""
    if rest[0].lower not in UNIVERSAL_QUANTIFIERS or len(rest) < 2:
        return False
    head = rest[-1].lower
    one = head[:-3] + "y" if head.endswith("ies") else head[:-1] if head.endswith("s") else head
    return not (people_noun(head) or head in ORG_WORDS or one in ORG_WORDS or rest[-1].is_cap)


def set_off_aside(tokens: list[Token], a: int, e: int) -> bool:
    """Whether ``tokens[a:e]`` is an aside set off after a name: a phrase ("in Ohio"), an age,
    a description ("a nurse in Dayton") or a relative clause, with no quote nor "and" in it."""
    first = tokens[a]
    return (
        a < e
        and (
            first.lower in NOUN_PREPOSITIONS
            or first.text.isdigit()
            or first.lower in ARTICLES_AND_POSSESSIVES
            or first.lower in RELATIVE_PRONOUNS
            or first.lower in PERSON_RELATIVES
        )
        and all(
            t.quote < 0 and t.lower != "and" and (t.text[:1].isalnum() or t.text in ("'", "’"))
            for t in tokens[a:e]
        )
    )


def verb_after_aside(tokens: list[Token], a: int) -> bool:
    """Whether an aside set off from ``a`` ("her neighbour,", "who ran against her,") closes
    on a finite verb ("agreed", "nodded"), not on a phrase or a participle ("in a statement",
    "adding that …")."""
    c = first_comma(tokens, a, min(len(tokens), a + 10))
    if c < 0 or c + 1 >= len(tokens):
        return False
    t = tokens[c + 1]
    return (
        t.text.isalpha()
        and t.text.islower()
        and t.lower not in NOUN_PREPOSITIONS
        and t.lower not in COORDINATORS
        and not t.lower.endswith("ing")
    )


def joined_after_cue(tokens: list[Token], k: int, np: list[Token]) -> list[Token]:
    """ "“…,” said Mara Osei, in Ohio, and Tom Reyes.", "“…,” wrote Ann Lee and Tom Hale, two
    economists": after an inverted cue, the speaker at ``k`` and one joined to it by "and"
    (past an aside set off after the first) are one subject, when the second ends the clause
    (a comma, a stop, a phrase: not "said Ann Lee and the mayor agreed")."""
    e = k + len(np)
    aside = False
    if e + 1 < len(tokens) and tokens[e].text == ",":
        c = first_comma(tokens, e + 1, min(len(tokens), e + 10))
        if c < 0 or not set_off_aside(tokens, e + 1, c):
            return np
        e, aside = c + 1, True
    if e + 1 >= len(tokens) or tokens[e].lower != "and":
        return np
    second = np_after_cue(tokens, e + 1)
    if second is None or (aside and not (second[0].is_cap or second[0].lower in PERSON_POSSESSIVES)):
        return np  # "said Lena Holt, a historian, and the author of …": one person's second role
    if aside and len(second) == 1 < len(np):
        # "said Ann Vidal, who lives in Dayton, and Troy": a lone word past an aside after a full
        # name is no person named alike (not "said Vidal, a Democrat, and Hale, a Republican")
        return np
    end = e + 1 + len(second)
    nxt = tokens[end] if end < len(tokens) else None
    if nxt is not None and nxt.text not in (",", ".", ";") and nxt.lower not in NOUN_PREPOSITIONS:
        return np
    if nxt is not None and nxt.text == "," and verb_after_aside(tokens, end + 1):
        return np  # "said Ann Vidal, and Tom Hale, her neighbour, agreed": the second has a verb of its own
    whole = tokens[k:end]
    return whole if joined_people(whole) else np


def described_name(tokens: list[Token], start: int, hi: int) -> list[Token] | None:
    """ "said Dunmore Fire battalion chief Ann Lee", "says season-ticket holder Ivo Brandt.",
    "said lifelong Rovers supporter Ann Lee": after an inverted cue, a description of
    lower-case or hyphenated words (whatever they are), capitalised names of bodies among
    them, then the capitalised name of a person that closes the clause. The whole phrase,
    or None; the name is the speaker and the words before it its role. A plural or a
    verb-like last word or a function word is no such phrase ("said fire crews from Ely
    County", "said the chief would resign"); a body's name after a singular role ("said farm
    manager Ely County") is read whole, as ``np_forward`` would read it."""
    e = start
    described = False
    while e < hi and e - start < DESCRIBED_REACH:
        tok = tokens[e]
        if description_word(tok):
            described = True
        elif (
            tok.lower == "and"
            and described
            and e + 1 < hi
            and description_word(tokens[e + 1])
            and not plural([tokens[e - 1]])
        ):
            pass  # "says sleep scientist and bestselling author Ann Lee": one person's two roles
        elif not (tok.is_cap and tok.lower not in STOP_CAPS):
            break
        e += 1
    n = e
    while n > start and tokens[n - 1].is_cap and not is_title(tokens[n - 1]):
        n -= 1  # the person's name: the capitalised words at the end
    if not described or n in (start, e) or e - n > 3 or (e < hi and tokens[e].lower not in NAME_CLOSERS):
        return None
    head, name = tokens[n - 1], tokens[n:e]
    low = head.lower.rstrip(".")
    if is_title(head) or low in TITLES or low in ROLE_NOUNS:
        return tokens[start:e]  # "said regional fire commander Weber": a known title may take a surname
    if not description_word(head) or plural([head]) or low.endswith(NON_NOUN_ENDS) or low.endswith("ly"):
        return None  # "said families near Cedar Falls", "said volunteers helping Ivo Brandt"
    return tokens[start:e] if len(name) >= 2 else None


DESCRIBED_REACH: Final = 10
"""How many words ``described_name`` reads after the cue: a description and a name."""


def description_word(tok: Token) -> bool:
    """A lower-case word of a description before a name: "regional", "fire", "season-ticket"."""
    low = tok.lower
    if not (tok.text.islower() and all(part.isalpha() for part in low.split("-"))):
        return False
    return not (
        low in STOP or low in DETERMINERS or low in AUXILIARIES or low in NOUN_PREPOSITIONS or low in PRONOUNS
    )


CONTRACTION: Final = re.compile(r"(he|she|they|we|i|you)(?:’|')(?:s|re|ll|d|m|ve)")


def plural_next(tokens: list[Token], i: int, hi: int) -> bool:
    """ "anti-war protesters": a modifier before a plural noun head."""
    if i + 1 >= hi:
        return False
    nxt = tokens[i + 1].lower
    return (
        tokens[i + 1].text.isalpha()
        and tokens[i + 1].text.islower()
        and len(nxt) > 3
        and nxt.endswith("s")
        and not nxt.endswith(SINGULAR_S_ENDS)
        and nxt not in STOP
        and nxt not in CUE_FORMS
        and nxt not in AUXILIARIES
    )


def plural_head(tokens: list[Token], i: int, hi: int) -> bool:
    """ "former aides", "campaign staffers": a title word opening a phrase, then a plural noun
    that ends it; not a verb in -s with its object ("candidate sees the fair")."""
    return plural_next(tokens, i, hi) and (i + 2 >= hi or tokens[i + 2].lower not in ARTICLES_AND_POSSESSIVES)


def present_after_name(tok: Token) -> bool:
    """ "lobbies" in "Ruiz lobbies for a wage": a word in -s right after a name, with more words
    after it, is the name's verb (a plural there ends the phrase: "Hale supporters:")."""
    low = tok.lower
    return low.endswith("s") and not low.endswith("ss") and len(low) > 3 and tok.text.isalpha()


def verb_like(tok: Token, position: int) -> bool:
    """A past-tense verb ends a description ("his campaign sent out…")."""
    return tok.lower in PAST_FORMS or (position >= 2 and tok.lower.endswith("ed") and len(tok.lower) > 4)


def subject_of(tokens: list[Token], v: int, lo: int) -> list[Token] | None:
    """The subject of the cue verb at ``v``: "Varga (also) said", "Lindqvist, a Republican, said"."""
    j = v - 1
    while j >= lo and (
        tokens[j].lower in AUXILIARIES
        or tokens[j].lower in ("n’t", "n't")
        or adverb(tokens[j])
        or (tokens[j].lower in KEEP_FORMS and tokens[v].lower.endswith("ing"))
    ):
        if (
            tokens[j].is_cap
            and tokens[j].lower in MODAL_LEADS
            and CUE_FORMS.get(tokens[v].lower) != tokens[v].lower
        ):
            break  # "Will wrote": a modal never precedes a past tense, so this is a name
        j -= 1
    if j >= lo and j == v - 1 and CONTRACTION.fullmatch(tokens[j].lower.replace("'", "’")):
        return [tokens[j]]  # "he’s said", "they’ve called": the pronoun carries the auxiliary
    if j >= lo and tokens[j].lower in RELATIVE_PRONOUNS and coordinated_relative(tokens, j) >= lo:
        return [tokens[j]]  # "Lee, who has …, and who called": the pronoun, read back to Lee
    if j - 1 >= lo and tokens[j].lower in TIME_PHRASE_HEADS and tokens[j + 1].lower in TIME_WORDS:
        j = (
            verb_group_start(tokens, j, lo) - 1
        )  # "Hale on Wednesday called": the day was skipped, its preposition too
    if j - 1 >= lo and tokens[j].lower in ARTICLES and tokens[j - 1].lower in PP_HEADS:
        # "Hale during a Sunday rally thanked": the day was skipped, its article and preposition too
        j = verb_group_start(tokens, j - 1, lo) - 1
    if (
        j - 1 >= lo
        and (
            tokens[j].lower in PP_TIME
            or year(tokens[j])
            or (tokens[j].is_cap and month(tokens[j].lower) and tokens[j - 1].lower in PP_HEADS)
        )  # "a memo the director wrote in May said"
        and (tokens[j - 1].lower in PP_HEADS or tokens[j - 1].lower in DETERMINERS or tokens[j - 1].is_cap)
    ):
        # "Hale, who has for years described…", "Lee during a Sunday thanked…"
        k = j - 1
        while k >= lo and j - k <= 3 and tokens[k].lower not in PP_HEADS:
            k -= 1
        if k >= lo and tokens[k].lower in PP_HEADS:
            j = k - 1
            while j >= lo and (tokens[j].lower in AUXILIARIES or tokens[j].lower in ("n’t", "n't")):
                j -= 1
    if j - 2 >= lo and tokens[j - 1].lower == "for" and time_adjunct("for", tokens[j : j + 1]):
        # "The group has for years said", "Lee has for months called": a span of time before the
        # verb; not one inside the subject after a participle ("A man missing for weeks said")
        k = verb_group_start(tokens, j - 1, lo) - 1
        before = np_core(tokens, k, lo) if k >= lo and k == j - 2 else None
        if k < j - 2 or (before is not None and speaker_head(before)):
            j = k
    if j >= lo and tokens[j].lower == "ago":  # "The board less than three days ago said"
        j -= 1
        while j >= lo and (tokens[j].lower in AGO_WORDS or tokens[j].text.isdigit()):
            j -= 1
    if j < lo:
        return None
    if tokens[j].quote >= 0 and j - 2 >= lo and tokens[j - 1].lower in NAMING_PARTICIPLES:
        # "The plan, a paper titled “Fair Shares,” says": the title closes an appositive on the subject
        k = j - 2
        while k > lo and j - k < 32 and tokens[k].text not in (",", ".", ";", ":") and tokens[k].quote < 0:
            k -= 1
        if k > lo and tokens[k].text == "," and tokens[k + 1].lower not in RELATIVE_PRONOUNS:
            np = as_subject(tokens, np_backward(tokens, k - 1, lo), tokens[v], lo)
            if np is not None:
                return np
    if tokens[j].text == "," and j - 1 >= lo and tokens[j - 1].text == ")":
        np = before_parenthesis(
            tokens, j - 1, lo, 6
        )  # "…, Gov. Ann Lee (R-Ohio), said": the name carries its party tag
        if np is not None and kind_of_mention(np) == "name":
            return np
    if tokens[j].text == ",":
        # an appositive or aside between subject and verb: "Hale, a Republican from Utah, said"
        # "Lee, during a quay meeting in Dunmore, Fenland, said": hop back over up to three commas
        end = j
        for _ in range(3):
            k = end - 1
            while (
                k >= lo
                and end - k < 32
                and tokens[k].text not in (",", ".", ";", ":")
                and tokens[k].quote < 0
            ):
                k -= 1
            if not (k >= lo and tokens[k].text == "," and k - 1 >= lo):
                return None
            if tokens[k - 1].text == ")":
                # "…, Sen. Ann Lee (R-Ohio), a candidate who …, tweeted": the tagged name
                np = before_parenthesis(tokens, k - 1, lo)
                if np is not None and kind_of_mention(np) == "name":
                    return np
            host = phrase_host(tokens, k - 1, lo) if tokens[k + 1].lower in SET_OFF_RELATIVES else None
            served = None if host else served_before(tokens, k - 1, lo)
            s = index(tokens, served[0]) if served is not None else lo
            if s > lo and tokens[s - 1].text == ",":
                end = k  # "Ann Lee, the lawyer representing the mayor, speaking outside, said": Ann Lee
                continue
            # "The lawyer representing the mayor, speaking outside, said": the lawyer, not the mayor
            np = as_subject(tokens, host or served or np_backward(tokens, k - 1, lo), tokens[v], lo)
            if np is None:
                np = partitive_before(tokens, k, lo)  # "On 4 May, one of the trustees, Ann Lee, said"
            f = index(tokens, np[0]) if np is not None else lo
            if (
                np is not None
                and end == j
                and (f == lo or tokens[f - 1].text != ",")
                and joined_aside(tokens, k, end)
            ):
                return tokens[f:end]  # "Ana Rusk, and later Ben Oyelaran, said"
            if np is not None and not (len(np) == 1 and PARTY_TAG.match(np[0].text)):
                return np  # not "Sen. Ann Lee, D-Fen., one of six holdouts, said": the tag is hopped
            end = k
        return None
    if tokens[j].text == ")":
        return before_parenthesis(tokens, j, lo)
    verb = tokens[v]
    if any(t.lower in MODAL_LEADS for t in tokens[j + 1 : v]):
        verb = tokens[j + 1]  # "he will say": the modal carries the agreement
    if (described := contact_relative(tokens, j, lo, tokens[v])) is not None:
        return described
    if j < v - 1 and past_participle(tokens[j]) and (described := participle_after_noun(tokens, j, lo)):
        return described
    np = as_subject(tokens, served_before(tokens, j, lo) or np_backward(tokens, j, lo), verb, lo)
    if np is None:
        np = head_before_object(tokens, j, lo, verb)
    if np is None or np[0].text.islower():
        return bare_role_appositive(tokens, j, v, lo) or np
    return np


def partitive_before(tokens: list[Token], k: int, lo: int) -> list[Token] | None:
    """ "…, one of the senior partners, Ann Lee, said": the words between the comma (or the
    clause's opening) and the comma at ``k`` are a partitive ("one of the trustees"), which is
    the subject, its named member set off after it; the noun after "of" never is."""
    np = np_backward(tokens, k - 1, lo)
    if np is None:
        return None
    f = index(tokens, np[0]) - 2
    if f < lo or tokens[f + 1].lower != "of" or tokens[f].lower not in PARTITIVES:
        return None
    return tokens[f:k] if f == lo or tokens[f - 1].text == "," else None


def joined_aside(tokens: list[Token], k: int, end: int) -> bool:
    """Whether the words set off between the commas at ``k`` and ``end`` right before a verb
    are a second subject joined by "and", maybe after an adverb ("Ana Rusk, and later Ben
    Oyelaran, said", "the mayor, and eventually her deputy, called"): a name or a person's
    description filling the stretch, not a phrase ("and in a letter Ben Oyelaran")."""
    a = k + 2
    if a >= end or tokens[k + 1].lower != "and":
        return False
    while a < end - 1 and joining_adverb(tokens[a]):
        a += 1
    second = np_backward(tokens, end - 1, a)
    if second is None or second[0] is not tokens[a]:
        return False
    kind = kind_of_mention(second)
    return (kind == "name" and bool(person_name(second))) or (
        kind == "description" and people_noun(second[-1].lower)
    )


def phrase_host(tokens: list[Token], end: int, lo: int) -> list[Token] | None:
    """ "One aide to the governor, who …, said", "One of them, who …, said": the words from the
    clause's opening at ``lo`` to ``end`` are one noun phrase, a head with a prepositional phrase
    (a partitive's "of" with it). The head is what an aside or a relative clause after them is
    about and what the verb after them agrees with; the noun inside the phrase never is. The
    head (with the partitive's phrase), or None."""
    f = lo
    while f < end and tokens[f].lower in SENTENCE_CONNECTIVES:
        f += 1  # "But one aide to …"
    if f + 2 <= end and tokens[f].lower in PARTITIVES and tokens[f + 1].lower == "of":
        rest = (
            [tokens[end]] if tokens[end].lower in PLURAL_OBJECT_PRONOUNS else np_backward(tokens, end, f + 2)
        )
        return tokens[f : end + 1] if rest is not None and rest[0] is tokens[f + 2] else None  # "One of them"
    e = next((k for k in range(f + 1, end) if tokens[k].lower in NOUN_PREPOSITIONS), end)
    if e == end or not tokens[e].text.islower():
        return None
    head: list[Token] | None = [tokens[f]]  # "Those in the room, who …, said": the pronoun heads it
    if not (e == f + 1 and tokens[f].lower == "those"):
        head = np_core(tokens, e - 1, f)
        if head is None or head[0] is not tokens[f] or head[0].lower not in DETERMINERS:
            return None
        if not head[-1].text.isalpha() or not head[-1].text.islower():
            return None
    obj = np_backward(tokens, end, e + 1)
    if obj is None or obj[0] is not tokens[e + 1]:
        return None
    whole = tokens[e].lower in PREPOSITIONS or serving_link(tokens, e) >= 0  # "One aide to the governor"
    return tokens[f : end + 1] if whole else head  # as np_backward joins "a spokesman for the agency"


def participle_after_noun(tokens: list[Token], j: int, lo: int) -> list[Token] | None:
    """ "A report published Monday says", "The letter sent on Tuesday called": a past
    participle after a noun with its determiner, with only a time (or an adverb) between it
    and the cue verb, is a reduced relative on that noun, which is the subject; the
    participle is no part of its name."""
    if j - 2 < lo or not (tokens[j - 1].text.isalpha() and tokens[j - 1].text.islower()):
        return None
    described = np_core(tokens, j - 1, lo)
    if described is None or len(described) < 2 or described[0].lower not in DETERMINERS:
        return None
    return np_backward(tokens, j - 1, lo) or described


def contact_relative(tokens: list[Token], j: int, lo: int, cue: Token | None = None) -> list[Token] | None:
    """ "The player Mawson shoved said", "the first letter the board received says": a past
    verb at ``j`` after a subject (a name, a noun with its determiner, or a pronoun: "The
    people he trained called") that follows a noun phrase ends a relative clause without
    "that" on it; the noun phrase is the subject of the verb after it, not the clause's
    subject. The clause's verb may strand a preposition or a particle when the verb after
    it is finite ("The residents we spoke to said", not "the mayor wanted to say")."""
    j = relative_verb(tokens, j, lo, cue)
    verb = tokens[j]
    if not (past_form(verb) and verb.lower not in AUXILIARIES and j - 2 >= lo):
        return None
    if tokens[j - 1].lower in PRONOUNS_HE_SHE_THEY and (
        tokens[j - 1].text.islower() or tokens[j - 1].text == "I"
    ):
        return relative_head(tokens, j - 2, lo)  # "Colleagues at the firm she founded described"
    if j - 2 == lo:
        return None
    inner = np_core(tokens, j - 1, lo)
    if inner is not None and inner[0].lower in DETERMINERS and inner[-1].is_cap:
        # "The teacher Ann Lee replaced said": a role noun and a name read as one; the name
        # (the capitalised run after the last lower-case word) is the clause's subject
        k = len(inner)
        while k > 1 and inner[k - 1].is_cap:
            k -= 1
        if k < len(inner) and inner[k - 1].text.islower():
            inner = inner[k:]
    if (
        inner is None
        or inner[-1] is not tokens[j - 1]
        or not (
            (name_word(inner[-1]) and kind_of_mention(inner) == "name")
            or (len(inner) > 1 and inner[0].lower in DETERMINERS and inner[0].text.islower())
        )
    ):
        return None
    # the noun with its determiner right before the clause, read as before a reduced relative
    described = participle_after_noun(tokens, j - len(inner), lo)  # "critics of the plan the mayor backed"
    if described is None and inner[0].lower in DETERMINERS:
        return relative_head(tokens, j - len(inner) - 1, lo)  # "Players the club released said"
    return described


def relative_verb(tokens: list[Token], j: int, lo: int, cue: Token | None) -> int:
    """The verb of a relative clause without "that" whose words end at ``j``, before the cue
    verb ``cue``: ``j`` itself, or the finite verb before a short tail of plain words opened by a
    stranded preposition or particle or a phrase of place or time ("spoke to", "grew up with",
    "released last year", "hired at the depot"); ``j`` when there is none. Not the infinitive's
    "to" ("wanted to say")."""
    if tokens[j].lower == "to" and (cue is None or bare_present(cue) or not finite(cue)):
        return j
    for p in range(j - 1, max(lo, j - 6), -1):
        t = tokens[p + 1]
        if not t.text.isalnum() or t.quote >= 0 or (finite(t) and t.lower not in RELATIVE_TAIL_LEADS):
            return j
        if t.lower in RELATIVE_TAIL_LEADS and past_form(tokens[p]):
            return p
    return j


def past_form(tok: Token) -> bool:
    """A lower-case finite verb, or a past with no "-ed" to show it ("laid", "taught")."""
    return tok.text.islower() and (
        finite(tok) or tok.lower in PAST_FORMS or tok.lower in IRREGULAR_PARTICIPLES
    )


def relative_head(tokens: list[Token], end: int, lo: int) -> list[Token] | None:
    """The noun phrase ending at ``end`` that a relative clause without "that" after it is
    on: one with its determiner ("The residents"), or a bare plural opening the clause at
    ``lo`` ("Officials", "Colleagues at the firm"); a lower-case noun, not a name."""
    if end < lo or not (tokens[end].text.isalpha() and (tokens[end].text.islower() or end == lo)):
        return None
    np = np_backward(tokens, end, lo)
    if np is None or np[-1] is not tokens[end] or tokens[end].lower in PERSONAL_PRONOUNS:
        return None
    if np[0].lower in DETERMINERS and np[0] is not tokens[end]:
        return np
    if np[0] is tokens[lo] and (len(np) == 1 or tokens[lo + 1].text.islower()) and plural(head_of(np)):
        return np  # "Players the club released", "Colleagues at the firm she founded"
    return None


def relative_cue(tokens: list[Token], v: int) -> bool:
    """ "a memo the director wrote in May said", "the report the agency released last week
    says": a verb of speech at ``v`` that closes a relative clause without "that"
    (``contact_relative``) and is followed, past at most a short phrase of time or place
    opened by a preposition or an adverb, by a finite verb of speech: the later verb is the
    noun phrase's, and the one at ``v`` signs nothing."""
    n = len(tokens)
    k = v + 1
    if k < n and (tokens[k].lower in PP_HEADS or tokens[k].lower in RELATIVE_TAIL_LEADS or adverb(tokens[k])):
        k += 1
        while k < n and k - v <= 6 and tokens[k].text.isalnum() and tokens[k].lower not in CUE_FORMS:
            k += 1
    if k >= n or k - v > 6:
        return False
    nxt = tokens[k]
    return (
        nxt.text.islower()
        and nxt.lower in CUE_FORMS
        and finite(nxt)
        and not nxt.lower.endswith("ing")
        and not (tokens[k - 1].lower == "to" and bare_present(nxt))
        and contact_relative(tokens, v, 0) is not None
    )


def before_parenthesis(tokens: list[Token], close: int, lo: int, reach: int = 7) -> list[Token] | None:
    """The noun phrase before a parenthesis that closes at ``close`` within ``reach`` tokens
    ("Ann Lee (R-Ohio)")."""
    p = next((k for k in range(close - 1, max(lo, close - reach) - 1, -1) if tokens[k].text == "("), -1)
    return np_backward(tokens, p - 1, lo) if p - 1 >= lo else None


def head_before_object(tokens: list[Token], j: int, lo: int, verb: Token) -> list[Token] | None:
    """ "The union's letter to its members notes", "A letter from the union obtained by the
    Herald warns": the words before the cue end in a prepositional object, so the subject is
    the noun phrase the phrase hangs on."""
    obj = np_backward(tokens, j, lo)
    if obj is None:
        return None
    p = index(tokens, obj[0], j) - 1
    if p - 1 < lo:
        return None
    # "when Hale in his opening speech called": a setting phrase between a name and its verb
    # "one fan outside Anfield said", "a nurse near the port told": a phrase of place
    place = (
        tokens[p].text in PLACE_PREPOSITIONS  # lower case: not "IN" in a headline set in capitals
        and (obj[0].is_cap or obj[0].lower in ARTICLES)
    )
    setting = place or (tokens[p].lower in SETTING_PREPS and obj[0].lower in ARTICLES_AND_POSSESSIVES)
    if tokens[p].lower not in HEAD_PREPS and not setting:
        return None
    b = p - 1
    if tokens[p].lower == "by" and tokens[b].lower.endswith("ed") and tokens[b].text.islower():
        b -= 1  # "obtained by", "reviewed by"
    if b < lo:
        return None
    head = np_backward(tokens, b, lo)
    if head is None or head[0].lower in PRONOUNS or head[0].lower in RELATIVE_PRONOUNS:
        return None
    if kind_of_mention(head) not in ("name", "description"):
        return None
    k = index(tokens, head[0], b)
    if (
        k > lo
        and (tokens[k - 1].lower in OBJECT_PREPS or tokens[k - 1].text[:1].isalpha())
        and not (setting and tokens[k - 1].lower in SETTING_OPENERS)
    ):
        return None  # the head must open its clause: "Lee sent a letter to Hale says" is no subject
    return as_subject(tokens, head, verb, lo)


def bare_role_appositive(tokens: list[Token], j: int, v: int, lo: int) -> list[Token] | None:
    """ "Dr. Ann Lee, director of Harbor Health had warned", "Lee, spokeswoman for the port
    says": a name opening the clause, a comma, then a bare role (a lower-case noun with no
    article) and its "of/for/at" phrase running up to the verb with no closing comma: the
    writer dropped the comma that closes the appositive, so the name is the subject. The
    appositive of one name is one person: a plural ("Dover, residents of the island say") is
    the subject itself; and a cue verb followed by a comma and no quote ("Lee, members of the
    board said, is …") is a parenthetical whose subject is the words before it."""
    if v + 2 < len(tokens) and tokens[v + 1].text == "," and tokens[v + 2].quote < 0:
        return None
    k = j
    while k > lo and j - k < 12 and tokens[k].text not in (",", ":"):
        k -= 1  # over scare quotes and dashes ("head of the “new” union", "the Rovers – a club –")
    if k <= lo or tokens[k].text != "," or k + 2 > j:
        return None
    role = tokens[k + 1]
    if not (role.text.isalpha() and role.text.islower()) or role.lower in DETERMINERS or role.lower in STOP:
        return None
    if tokens[k + 2].lower not in PREPOSITIONS or (role.lower not in ROLE_NOUNS and plural([role])):
        return None
    name = np_backward(tokens, k - 1, lo)
    if name is None or name[0] is not tokens[lo] or kind_of_mention(name) != "name":
        return None
    return None if any(t.lower in TIME_NOUNS for t in name) else name


def verb_group_start(tokens: list[Token], v: int, lo: int, words: Collection[str] = AUXILIARIES) -> int:
    """Where the verb group (adverbs and ``words``) ending in the verb at ``v`` starts ("has said")."""
    while v > lo and (tokens[v - 1].lower in words or adverb(tokens[v - 1])):
        v -= 1
    return v


def adverb(tok: Token) -> bool:
    """ "Hale presumably believes", "Lee passionately rebuked": an -ly adverb between
    subject and verb is neither."""
    low = tok.lower
    return len(low) > 4 and low.endswith("ly") and tok.text[:1].islower() and low not in NOT_ADVERBS


def joining_adverb(tok: Token) -> bool:
    """ "and later Ben Oyelaran", "and eventually the mayor": an adverb of time or manner after
    a joining "and", before the second of two subjects."""
    return tok.text.islower() and (tok.lower in LATER_WORDS or adverb(tok))


def adverb_like(tok: Token) -> bool:
    """ "the recently …", "said Lee quietly", "Finally, …": an -ly word is no head noun and
    ends a name. Looser than ``adverb``: it also takes a capitalised sentence opener and a
    short word ("duly"), which between a subject and its verb would be too loose."""
    return tok.lower.endswith("ly") and tok.lower not in NOT_ADVERBS


def as_subject(tokens: list[Token], np: list[Token] | None, verb: Token, lo: int) -> list[Token] | None:
    """``np`` when it can be the subject of ``verb``: it agrees with it, and it is not the
    object of a preposition ("seen by The Harbor Gazette warns"). A possessor never comes
    here: no cue verb is read after one ("Hale’s called" has no cue)."""
    if np is None or not agrees(np, verb):
        return None
    k = index(tokens, np[0])
    if k - 1 >= lo and (tokens[k - 1].lower in OBJECT_PREPS or tokens[k - 1].lower in POSITION_PREPOSITIONS):
        return None  # "the sign above the counter reads": the counter is the preposition's
    return np


def agrees(np: list[Token], verb: Token) -> bool:
    """A bare present verb needs a plural subject: "her primary challenge" is no cue, and in
    "Okafor’s email use", "use" is a noun; "Hale and Lee call" is plural."""
    return not bare_present(verb) or plural(np)


def plural(np: list[Token]) -> bool:
    """Whether ``np`` names more than one: "officials", "police", "Hale and Lee", "they"."""
    last = np[-1].lower.replace("'", "’").split("’")[0]  # "They’re … and agree"
    return (
        last in PLURAL_SUBJECTS
        or (last.endswith("s") and not last.endswith(NOT_PLURAL_ENDS))
        or any(t.lower == "and" for t in np)
    )


def bare_present(verb: Token) -> bool:
    """A cue verb in its bare form ("say", "call"): it needs a plural subject, or none."""
    low = verb.lower
    return (
        (CUE_FORMS.get(low) or STANCE_FORMS.get(low)) == low
        and not low.endswith("ed")
        and low not in SAME_IN_PAST
    )


def coordinated_relative(tokens: list[Token], r: int) -> int:
    """Where the first of two joined relative clauses opens ("Lee, who has covered it for
    years and who called it “…”"): the same pronoun after a comma a few words before the
    "and" that opens the second, with no comma or quote between; -1 if none."""
    if r < 2 or tokens[r - 1].lower not in COORDINATORS:
        return -1
    for j in range(r - 2, max(0, r - 2 - COORDINATED_REACH), -1):  # bounded: a clause or so back
        t = tokens[j]
        if t.quote >= 0 or t.text in (";", ":", ".") or (t.text == "," and j < r - 2):
            return -1
        if t.lower == tokens[r].lower:
            return j if j >= 1 and tokens[j - 1].text == "," else -1
    return -1


COORDINATED_REACH: Final = 24


def make_mention(tokens: list[Token], np: list[Token], cue: str) -> Mention:
    """A Mention for ``np`` found in ``tokens``; a relative pronoun takes its antecedent."""
    kind = kind_of_mention(np)
    if kind == "relative":
        r = index(tokens, np[0], 0)
        first = coordinated_relative(tokens, r)
        if first >= 0:  # "Lee, who has …, and who called it “…,”": the first pronoun's antecedent
            return Mention(tuple(np), "relative", cue, make_mention(tokens, [tokens[first]], cue).head)
        comma = r >= 1 and not tokens[r - 1].text[:1].isalpha()
        ante = np_core(tokens, r - 2 if comma else r - 1, 0) if r >= (2 if comma else 1) else None
        if comma and (ante is None or ante[-1].lower not in DOCUMENT_NOUNS):
            # "a note Lee had written …, which read"; "a memo, apparently sent by an aide, that reads"
            paper = aside_document(tokens, r - 1)
            if paper is not None and not sent(tokens, paper):  # "a letter, signed by Ann Lee, which says"
                paper = set_off_author(tokens, paper, r - 1) or paper  # its author speaks
            ante = paper or contact_writer(tokens, r - 1) or ante
        if comma and (ante is None or ante[-1].lower in TIME_NOUNS or not can_speak(ante)):
            ante = participle_host(tokens, r - 1) or ante  # "a report released in May, which warned"
        if ante is None or ante[0].lower in RELATIVE_PRONOUNS:
            return Mention(tuple(np), "relative", cue, ())
        if comma and np[0].lower == "who":
            ante = named_before_appositive(tokens, ante) or role_with_phrase(tokens, ante) or ante
        outer: list[Token] | None = ante
        for _ in range(3):  # "a sign in the window of the shop that reads": the sign, not the shop
            p = index(tokens, outer[0]) - 1 if outer is not None and not can_speak(outer) else -1
            if p < 1 or tokens[p].lower not in OBJECT_PREPS:
                break
            outer = np_core(tokens, p - 1, 0)
            tied = tokens[p].lower in RELATIONAL_PREPS  # "a spokesman for the bank that said": the bank
            if outer is not None and can_speak(outer) and (outer[-1].lower in DOCUMENT_NOUNS or not tied):
                # "a sign at the bank that said": the sign; "workers at the firm that said": the firm
                # "a note from Ann Lee on the door which said": the note's author, as with no place
                doc = outer[-1].lower in DOCUMENT_NOUNS or authored(tokens, outer)
                ante = outer if np[0].lower == "who" or doc else ante
        return Mention(tuple(np), "relative", cue, tuple(head_of(ante)))
    if kind == "description":
        named = appositive_name(tokens, np) or name_after_description(tokens, np) or name_given(tokens, np)
        if named is not None and not names_served(tokens, np, named):
            whole = np if named[0] in np else [*np, *named]
            return Mention(tuple(whole), "name", cue, tuple(named))
    head = head_of(np)
    if examples_after(np, head):
        kind = "description"  # "Critics like Ann Lee": the plural speaks, the name is an example
    return Mention(tuple(np), kind, cue, tuple(head))


def names_served(tokens: list[Token], np: list[Token], named: list[Token]) -> bool:
    """ "said a spokeswoman for the mayor, Ann Lee", "said an adviser to the health minister,
    Ivo Lund": a name set off after an indefinite holder tied by "for"/"to" (or a participle of
    service) to one person's role names the one served, the mayor, as in US newspaper style;
    the speaker stays the description. A body served ("a spokesperson for the embassy, X"), a
    household ("a lawyer for the family, X"), people ("for the two men"), a name ("for Ann
    Roy's campaign") or a definite holder ("the lawyer for the defendant, X") leave the name
    the speaker's. Only after an inverted cue: a subject set off so ("An aide to the governor,
    Ivo Lund, said") is read as the aide's name, as before."""
    if len(np) < 4 or np[0].lower not in INDEFINITE_ARTICLES or named[0] in np:
        return False
    c = index(tokens, np[0], 0) - 1
    if c < 0 or not (tokens[c].lower in CUE_FORMS and tokens[c].text.islower()):
        return False
    k = next((i for i in range(2, len(np) - 1) if np[i].lower == "the"), -1)
    if k < 0 or not (np[k - 1].lower in RELATIONAL_PREPS or link_word(np[k - 1].lower)):
        return False
    if np[k - 1].lower == "of" or any(t.is_cap for t in np[k + 1 :]):
        return False  # "a friend of the victim", "for the Kelso board": no one person served
    last = np[-1].lower
    if last in SERVED_HOUSEHOLDS or last in ORG_WORDS or last in SPEAKING_GROUPS:
        return False  # "for the family", "for the police department": no one person
    return not plural([np[-1]]) and person_noun(last)


def role_with_phrase(tokens: list[Token], body: list[Token]) -> list[Token] | None:
    """ "Ann Lee, president of the Growers Association, who …", "a director at the Hale Group,
    who …": a "who" after a body named in a person's role's phrase is about the person. The
    role (or the name it is set off after: "Ann Lee"), or None when ``body`` is a person."""
    if not is_org(body) and (kind_of_mention(body) != "description" or person_noun(body[-1].lower)):
        return None
    p = index(tokens, body[0]) - 1
    if p < 2 or tokens[p].lower not in NOUN_PREPOSITIONS or not tokens[p].text.islower():
        return None
    role = tokens[p - 1]
    if not (
        role.text.isalpha() and role.text.islower() and (person_noun(role.lower) or role.lower in HEAD_NOUNS)
    ):
        return None  # "the head of the union": a person only as the head of a body
    if role.lower in SPEAKING_GROUPS:
        return None  # "a member of the board of the Trust, who": a body again
    k = p - 1
    while k - 1 >= 0 and p - k < 4 and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower():
        k -= 1  # "senior vice president", "a director"
    if tokens[k].lower not in ARTICLES and tokens[k - 1].text != ",":
        return None
    name = np_core(tokens, k - 2, 0) if tokens[k - 1].text == "," and k >= 2 else None
    if name is not None and kind_of_mention(name) == "name" and not is_org(name):
        return name  # "Ann Lee, president of …": the name the role is set off after
    return tokens[k:p] if tokens[k].lower in ARTICLES else None


def participle_host(tokens: list[Token], comma: int) -> list[Token] | None:
    """ "a county report released last week, which warned", "the review published in March,
    which found": a document followed by a short past-participle phrase (its setting in time)
    before the comma is what the relative clause after the comma is about."""
    for j in range(comma - 1, max(0, comma - 6), -1):
        t = tokens[j]
        if not t.text[:1].isalnum():
            return None
        low = t.lower
        if t.text.islower() and len(low) > 4 and low.endswith(("ed", "en")):
            if j < 2 or tokens[j - 1].lower not in DOCUMENT_NOUNS:
                return None
            d = next((d for d in range(j - 2, max(-1, j - 7), -1) if tokens[d].lower in DETERMINERS), -1)
            if d < 0 or not all(x.text[:1].isalnum() for x in tokens[d:j]):
                return None
            return tokens[d:j]  # "a county health report": np_core reads "report" as a verb
    return None


def named_before_appositive(tokens: list[Token], ante: list[Token]) -> list[Token] | None:
    """ "Ann Lee, a former mayor, who warned …": the person's name before a description set
    off as its appositive, which the relative clause after both is about."""
    k = index(tokens, ante[0]) - 1
    if (
        k < 2
        or tokens[k].text != ","
        or ante[0].lower not in ARTICLES
        or kind_of_mention(ante) != "description"
    ):
        return None
    name = np_core(tokens, k - 1, 0)
    if name is None or kind_of_mention(name) != "name" or is_org(name):
        return None
    return name


def contact_writer(tokens: list[Token], end: int) -> list[Token] | None:
    """ "a note Dan Lee had written to himself before leaving, which read": the name that
    opens a relative clause without "that" on a document noun, with a verb of writing or
    sending (not "an email Lee received"), when the clause (up to
    ``end``, the comma before the relative pronoun) runs on with no break; the document's
    writer, whose words its text is (as "a note from Dan Lee")."""
    for k in range(end - 1, max(0, end - WRITER_REACH) - 1, -1):
        t = tokens[k]
        if t.quote >= 0 or not (t.text[:1].isalnum() or t.text in ("’", "'")):
            return None
        if t.lower not in DOCUMENT_NOUNS or not t.text.islower() or k < 1:
            continue
        if tokens[k - 1].lower not in DETERMINERS and not possessive(tokens[k - 1]):
            continue
        np = np_forward(tokens, k + 1, end)
        e = k + 1 + len(np) if np is not None else end
        if np is None or kind_of_mention(np) != "name" or e >= end:
            return None
        while e < end - 1 and tokens[e].lower in AUXILIARIES:
            e += 1  # "had written", "had just sent"
        return np if tokens[e].lower in AUTHOR_FORMS or tokens[e].lower in WRITE_FORMS else None
    return None


ASIDE_SPAN: Final = 24
"""The most tokens a participle aside between a subject and its verb, or between a document
and its relative clause, may take."""


def aside_document(tokens: list[Token], end: int) -> list[Token] | None:
    """ "a memo, apparently sent by an aide to a donor, that reads": a participle phrase set off
    by commas between a document and its relative clause (``end`` the comma before the relative
    pronoun) is an aside about the document, whose text the relative clause gives, not its subject."""
    for k in range(end - 1, max(0, end - ASIDE_SPAN) - 1, -1):
        t = tokens[k]
        if t.quote >= 0 or t.text in (";", ":", "—", "–"):
            return None
        if t.text != "," or k < 1 or k + 2 >= end:
            continue
        j = k + 2 if tokens[k + 1].lower.endswith("ly") else k + 1  # "apparently sent"
        if not past_participle(tokens[j]):
            return None
        np = np_core(tokens, k - 1, 0)
        return np if np is not None and np[-1].lower in DOCUMENT_NOUNS and np[-1].text.islower() else None
    return None


def set_off_author(tokens: list[Token], np: list[Token], b: int, lone: bool = False) -> list[Token] | None:
    """ "The tweet, from Ivo Marsh, read", "The letter, signed by the council's chair, said":
    a paper or a word of speech whose author an aside set off by commas names, by "from" or
    "by" (after a participle of writing or sending), speaks through that author: a person,
    a named body, or one who owns it ("from Lund's office"); not "The report, from 2019,
    said", "The note, from a drawer, read" (a place or a time the paper came from).
    ``b``: the comma before the verb group; ``lone``: also one capitalised word that is no
    place's, month's or day's ("from Lee"), for the caller to check against the names met."""
    e = index(tokens, np[-1]) + 1
    if not 3 <= b - e <= 10 or tokens[e].text != "," or tokens[b].text != ",":
        return None
    if head_of(np)[-1].lower not in DOCUMENT_NOUNS and head_of(np)[-1].lower not in SPEECH_NOUNS:
        return None
    k = e + 1
    if tokens[k].lower in AUTHOR_FORMS and (
        tokens[k].lower.endswith("ed") or tokens[k].lower in IRREGULAR_PARTICIPLES
    ):
        k += 1  # "signed by", "sent from"
    if tokens[k].lower not in AUTHOR_PREPS:
        return None
    author = np_forward(tokens, k + 1, b)
    f = index(tokens, author[-1]) + 1 if author is not None else b
    if (
        f < b
        and (tokens[f].lower in NOUN_PREPOSITIONS or tokens[f].lower in PREPOSITIONS_OF_SETTING)
        and (tail := np_forward(tokens, f + 1, b)) is not None
    ):
        f = index(tokens, tail[-1]) + 1  # "from an aide to the mayor": the aide
    if f < b and tokens[f].lower in PREPOSITIONS_OF_SETTING and b - f <= 4:
        f = (
            b if all(t.text.isalnum() and not finite(t) for t in tokens[f + 1 : b]) else f
        )  # "by Lund on Sunday night"
    if author is None or f != b:
        return None
    if not author_like(author, tokens[k].lower == "by") and not (possessor(author[0]) and author[0].is_cap):
        return author if lone and lone_name(author) else None
    return author


def many(np: list[Token]) -> bool:
    """A plural of people counted without being known, and many ("40 teachers", "more than
    three residents", "dozens of parents", "six residents"): a crowd, no one author. Not a
    small group the text knows ("the two families", "both senators") nor a small count one may
    name ("two senators", "three former ministers"): see CROWD_MIN. A count is read whole: "two
    dozen nurses" and "the 300 residents" are many."""
    if not plural(np):
        return False
    known = np[0].lower in DEFINITE_LEADS
    for k, t in enumerate(np):
        if t.lower.removesuffix("s") in COUNT_NOUNS:
            return True  # "dozens of parents", "a hundred doctors"
        value = count_value(t)
        if value:
            if k + 1 < len(np) and np[k + 1].lower.removesuffix("s") in COUNT_NOUNS:
                return True  # "two dozen nurses", "three hundred doctors"
            # "more than two", "some 12": a count not made, so no group one may name
            return value >= CROWD_MIN or (not known and k > 0 and np[k - 1].lower in COUNT_LEADS)
        if t.text.endswith(POSSESSIVE_ENDS):
            known = True  # "the union's two members": a known body's own
    return False


def count_value(t: Token) -> int:
    """The number a count word or figure gives ("forty", "40", "3,000"); 0 if none."""
    if t.lower in SPELLED_COUNTS:
        return SPELLED_COUNTS[t.lower]
    digits = t.text.replace(",", "")
    return int(digits) if digits.isdigit() and len(digits) < 10 else 0


def sent(tokens: list[Token], doc: list[Token]) -> bool:
    """ "Hale sent a memo": ``doc`` is the object of a verb of sending, whose subject owns it."""
    k = index(tokens, doc[0]) - 1
    return k >= 0 and AUTHOR_FORMS.get(tokens[k].lower, "") in SENDER_LEMMAS


def lone_name(author: list[Token]) -> bool:
    """One capitalised word that is no place's, month's or day's word ("Lee", "Veltra")."""
    t = author[-1]
    low = t.lower
    return len(author) == 1 and t.is_cap and t.text.isalpha() and not (low in PLACE_WORDS or low in MONTHS)


def author_like(author: list[Token], by: bool) -> bool:
    """A phrase that can write or send words: a name of two capitalised words, none a place's
    or a month's ("Ivo Marsh"), a body after "the" ("the Harbor Commission", "the Treasury"), a
    noun of people ("her lawyer", "an aide", "the landlord"), or after "by" a name of one word
    ("by Roy"); not a place, a time or a thing after "from" ("Brussels", "Dunmore County",
    "last December", "a drawer")."""
    h = [t for t in head_of(author) if t.text != "&"]  # "Karn & Holm": a firm of partners
    caps = [t for t in h if t.is_cap]
    if caps and len(caps) == len(h) and not any(t.lower in PLACE_WORDS or t.lower in MONTHS for t in caps):
        return len(caps) >= 2 or by or (len(h[0].text) > 1 and h[0].text.isupper())
    if author[0].lower == "the" and h[-1].is_cap and h[-1].lower not in MONTHS:
        return h[-1].lower not in PLACE_WORDS or h[-1].lower in ORG_WORDS
    w = h[-1].lower
    return w.islower() and person_noun(w) and (person_like(w) or not w.endswith(AGENT_ENDINGS))


WRITER_REACH: Final = 14
"""How many words back ``contact_writer`` looks for the document noun."""


def authored(tokens: list[Token], np: list[Token]) -> bool:
    """ "a note from Ann Lee", "a letter by the mayor": ``np`` is the author a document noun
    names by "from" or "by"."""
    k = index(tokens, np[0])
    return k >= 2 and tokens[k - 1].lower in AUTHOR_PREPS and tokens[k - 2].lower in DOCUMENT_NOUNS


def examples_after(np: Sequence[Token], head: Sequence[Token]) -> bool:
    """Whether ``head`` ends before "like"/"including"/"such as" in ``np``."""
    return len(head) < len(np) and example_lead(np, len(head))


def example_lead(np: Sequence[Token], k: int) -> bool:
    """ "like", "including", "such as" at ``k``: what follows is an example of the noun
    before; not "one such memo", nor a bare "as"."""
    low = np[k].lower
    if low == "such":
        return k + 1 < len(np) and np[k + 1].lower == "as"
    return low in EXAMPLE_LEADS and low != "as"


DESCRIBING_REACH: Final = 8
"""How far after a description's last word its phrases may run to the comma before a name."""


IT_CUE_REACH: Final = 12
"""How far back from a verb of speech with "it" before its particle its quote may end."""


def quoted_just_before(tokens: list[Token], i: int) -> bool:
    """The words before the verb at ``i`` are a quote and then only its subject ("“…,” the
    coach, Al Lee, summed it up"), or "was how"/"is how" and the subject ("“…” was how Lee
    played it down"), within IT_CUE_REACH: the "it" after the verb is that quote. Not "“Danny
    Boy” was his favourite, and the piper played it down by the river": a clause of its own
    comes between."""
    for k in range(i - 1, max(-1, i - IT_CUE_REACH), -1):
        t = tokens[k]
        if t.quote >= 0:
            return True
        if t.lower == "how" and k >= 2 and tokens[k - 1].lower in FINITE_BE and tokens[k - 2].quote >= 0:
            return True
        if t.text in SENTENCE_MARKS or t.text == ";" or t.lower in COORDINATORS or t.lower in FINITE_AUX:
            return False  # another clause: "“…” was his favourite, and the piper played it down"
        if t.text.islower() and len(t.lower) > 4 and t.lower.endswith("ed"):
            return False  # "“…” opened the show; the band played it down": a verb of its own
    return False


def describing_phrase_end(tokens: list[Token], p: int) -> int:
    """The last word of the phrases that the preposition at ``p`` opens after a description,
    before the first mark, within DESCRIBING_REACH ("in charge at the scene" of "the officer in
    charge at the scene, Sgt Owen Price"); -1 when a verb comes first ("The head of the union
    said") or no mark comes. A word right after a preposition or an article is its noun."""
    for k in range(p + 1, min(len(tokens), p + DESCRIBING_REACH - 1)):
        t = tokens[k]
        if not t.text[:1].isalnum():
            return k - 1
        before = tokens[k - 1].lower
        if finite(t) and before not in DESCRIBING_PREPS and before not in DETERMINERS:
            return -1
    return -1


def appositive_name(tokens: list[Token], np: list[Token]) -> list[Token] | None:
    """ "said the board’s chairman, Tom Baker, on Monday": the name set off by commas after a
    description is who the description is."""
    c = first_comma(np, 1, len(np))
    if c > 0 and c + 1 < len(np):
        # "“…,” one, Ann Lee of Acme, said": the subject read whole holds the appositive
        inner = closed_name_at(np, c + 1)
        return [np[c], *inner] if inner is not None and c + 1 + len(inner) <= len(np) else None
    e = index(tokens, np[-1], len(tokens) - 1)
    of = e + 1 < len(tokens) and tokens[e + 1].lower in DESCRIBING_PREPS
    near = False  # phrases other than one "of" phrase: the name may be their last noun's
    if of:
        # "The head of the nurses' union, Ann Lee,", "the officer in charge at the scene, Sgt
        # Owen Price,": the description's phrases come first, words up to the comma, no verb
        p = e + 1
        e = describing_phrase_end(tokens, p)
        near = tokens[p].lower != "of"  # an "of" phrase ends within DESCRIBING_REACH too
        while e >= 0 and tokens[e + 1].text in ("'", "’"):
            e += 1
    if e < 0 or e + 2 >= len(tokens) or tokens[e + 1].text != ",":
        return None
    if (
        near
        and tokens[e].text.islower()
        and known_person(tokens[e].lower)
        and tokens[e].lower not in IT_BODIES
    ):
        return None  # "an official in the office of the minister, Dame Eva Soames": the minister's name
    # a body's name only for the description itself ("His employer, Acme Ltd,"), not for the
    # object of its preposition ("a spokesman for the council, Fenland Council,")
    name = closed_name_at(tokens, e + 2, body=not of and not any(t.lower in OBJECT_PREPS for t in np))
    if name is not None and near and not reads_as_person(name):
        return None  # "the manager of the shelter in the town, Carrow": the town's name
    if name is None:
        d = np_forward(tokens, e + 2, len(tokens))  # ", a retired nurse named Beth Cole,"
        name = None if d is None else name_after_description(tokens, d)
    return [tokens[e + 1], *name] if name is not None else None


def reads_as_person(name: list[Token]) -> bool:
    """A name of two words or more with a known first name or a title before its last word
    ("Jonas Eklund", "Stn Cdr Alison Grey", "Baroness Ivy Brett"); a rank written without its
    period counts ("Sgt Tova Fenwick", "Det Insp Ryn Hale"), "Det" only before another rank
    (not "Det Norske Veritas"); not a place's or a body's ("Carrow", "Unite", "Kelso Central",
    "King Street Market", "St Bride's")."""
    return len(name) >= 2 and any(
        given_name(t.text)
        or (is_title(t) and t.lower.rstrip(".") not in PLACE_OPENING_TITLES)
        or (
            t.is_cap
            and t.lower in RANK_ABBREVIATIONS
            and (
                t.lower not in LEANING_RANKS
                or (name[i + 1].is_cap and name[i + 1].lower in RANK_ABBREVIATIONS)
            )
        )
        for i, t in enumerate(name[:-1])
    )


def name_after_description(tokens: list[Token], np: list[Token]) -> list[Token] | None:
    """ "a retired nurse named Beth Cole", "an ally called Ann Lee": an indefinite description
    of one person and a naming participle: the name it gives, closed by a comma or a stop."""
    if len(np) < 2 or np[0].lower not in INDEFINITE_ARTICLES or plural(head_of(np)):
        return None
    e = index(tokens, np[-1], len(tokens) - 1)
    if e < 0 or e + 2 >= len(tokens) or tokens[e + 1].lower not in NAME_PARTICIPLES:
        return None
    return closed_name_at(tokens, e + 2)


def name_given(tokens: list[Token], np: list[Token]) -> list[Token] | None:
    """ "a man who gave his name only as Marco", "a woman identified only as Ana", "one who
    would give only her first name, Ana,": the name a described person gives in the clause
    or participle after the description, which names no one else before it."""
    head = head_of(np)
    if plural(head) or not (pronoun_agrees("he", head) or pronoun_agrees("she", head)):
        return None  # "supporters of the group, also known as …": no one person named
    e = index(tokens, np[-1], len(tokens) - 1)
    if e < 0:
        return None
    a = e + 2 if e + 1 < len(tokens) and tokens[e + 1].text == "," else e + 1
    # the clause is the description's own: a participle at once ("identified only as"), or
    # a relative clause ("who gave his name as"), not the sentence's verb ("The memo names …")
    reach = a + 7 if a < len(tokens) and tokens[a].lower == "who" else a + 2
    giving = False
    for k in range(e + 1, min(len(tokens) - 1, e + 10)):
        t = tokens[k]
        if (
            t.quote >= 0
            or t.text in (".", ";", ":")
            or (t.is_cap and not giving)
            or (k > reach and not giving)
        ):
            return None
        if t.lower in NAME_GIVING:
            giving = True
        elif giving and (t.lower == "as" or (t.text == "," and tokens[k - 1].lower in NAME_GIVING)):
            name = np_forward(tokens, k + 1, len(tokens))
            if name is None or kind_of_mention(name) != "name" or not all(x.is_cap for x in name):
                return None
            return name
    return None


def closed_name_at(tokens: list[Token], k: int, body: bool = False) -> list[Token] | None:
    """The name opening at ``k`` that a comma, a stop or the end closes, alone or with the
    body or place after "of"/"from"/"at" that it belongs to ("Ann Lee of Acme Corp,").
    ``body``: the name may be a body's, set off after a description of the speaker ("His
    former employer, Talon Freight Ltd, said"), though never a place's."""
    name = np_forward(tokens, k, len(tokens))
    role = 0
    if name is not None and (role := role_words_before_name(name) or the_before_title(name)):
        name = name[role:]  # ", the historian Ann Lee,", ", economist Ann Lee,": the role leaves the name
    if name is None or kind_of_mention(name) != "name" or not all(t.is_cap or t.text == "&" for t in name):
        return None
    if is_org(name) and (not body or is_place(name)):
        return None  # "a baker from Dunmore, West Fenland": a place, not the person
    after = k + role + len(name)
    if after < len(tokens) and tokens[after].lower in AFFILIATION_PREPS:
        after += 1
        if after + 1 < len(tokens) and tokens[after].lower == "the" and tokens[after + 1].is_cap:
            after += 1  # "Ann Lee of the Tenants' Union,"
        while after < len(tokens) and (
            tokens[after].is_cap or tokens[after].lower in NAME_JOINERS or tokens[after].text in ("'", "’")
        ):
            after += 1
    if after < len(tokens) and tokens[after].text not in (",", ".", ";"):
        return None
    return name


def the_before_title(np: list[Token]) -> int:
    """1 when ``np`` is "the" and a name with a title among its capitalised words ("the Rev Ann
    Lee", "the Very Rev Ann Lee", "the Rt Hon Tom Hale"): the article belongs to the title, and
    the name is a person's; 0 otherwise ("the Bishop of Carrow" has a lower-case word; "the
    Queen Victoria Arms": a title that opens place names tells no person)."""
    if len(np) < 4 or np[0].lower != "the" or not all(t.is_cap for t in np[1:]):
        return 0
    return 1 if any(is_title(t) and t.lower not in PLACE_OPENING_TITLES for t in np[1:-2]) else 0


def role_words_before_name(np: list[Token]) -> int:
    """How many lower-case role words (after at most "the") open ``np`` before a name that
    ends it ("the historian Ann Lee", "economist Ann Lee"), or 0: at most three, with no
    preposition among them ("the city of Dunmore" is a place)."""
    k = 1 if len(np) > 2 and np[0].lower == "the" else 0
    start = k
    while k < len(np) and np[k].text.isalpha() and np[k].text.islower() and np[k].lower not in OBJECT_PREPS:
        k += 1
    if k == start or k - start > 3 or len(np) - k < 2 or not all(t.is_cap for t in np[k:]):
        return 0
    return k


def kind_of_mention(tokens: list[Token]) -> str:
    if len(tokens) == 1 and tokens[0].lower in RELATIVE_PRONOUNS:
        return "relative"
    if len(tokens) == 1 and (tokens[0].lower in PERSONAL_PRONOUNS or CONTRACTION.fullmatch(tokens[0].lower)):
        return "pronoun"
    if (
        len(tokens) > 1
        and tokens[0].lower in DETERMINERS
        and (not tokens[1].is_cap or tokens[-1].lower in PEOPLE_BY_ORIGIN)
    ):
        return "description"  # "the Serbian", "a Utah Republican": a person described, not named
    if len(tokens) > 3 and tokens[0].lower in DETERMINERS and headed_by_role(tokens):
        return "description"  # "the Democratic mayor of Tarnby": the mayor, not the place
    if (
        len(tokens) > 2
        and tokens[0].text.islower()
        and tokens[1].lower == "of"
        and tokens[2].lower not in TITLES
        and role_word(tokens[0].lower)
    ):
        return "description"  # "chief of Morrow Falls": a person's role there, not a name
    if (
        tokens
        and tokens[-1].is_cap
        and any(t.is_cap and t.lower.rstrip(".") not in TITLES and t.lower not in DETERMINERS for t in tokens)
        and not (any(t.lower in NAME_PREPS for t in tokens) and not person_name(tokens))
    ):
        return "name"  # not "the Commissioner for Water": an office's words, no name
    return "description"


def headed_by_role(np: list[Token]) -> bool:
    """Whether the word before the first "of"/"from" in ``np`` is a lower-case role or a party
    or origin word ("the Republican senator from Ohio", "the Republican from Utah"): the phrase
    is headed by a person's noun, and the place after it says where the person is from."""
    p = next((k for k, t in enumerate(np) if t.lower in NAME_PLACE_PREPS), 0)
    if p < 2:
        return False
    head = np[p - 1]
    return (head.text.islower() and role_word(head.lower)) or head.lower in PEOPLE_BY_ORIGIN


def sex_of(np: list[Token], kind: str = "") -> str:
    """The sex ("m"/"f") a mention tells by a word ("she", "Mrs.") or else by the first word of
    its name proper (``name_proper``: "Lena" of "San Diego Police Chief Lena Ortiz", never
    "Diego"). A first word that is no known given name may be a surname written first ("Nagy
    Eszter"): then the last word tells, unless it is as often a surname ("Chandra Thomas") or
    the first is a given name of either sex ("Leslie Martin"). A description's head tells, not
    whom it serves or belongs with ("an aide to Tom Hale", ``head_of``). ``kind``: the
    mention's kind when the caller has it (``kind_of_mention``)."""
    if (kind or kind_of_mention(np)) == "description":
        np = head_of(np)
    if sex := gender_of(np):
        return sex
    name = name_proper(np)
    if not name:
        return ""
    if sex := given_sex(name[0].text):
        return sex
    if len(name) < 2 or given_name(name[0].text) or name[0].lower in UNSEXED_FIRST:
        return ""
    return "" if name[-1].lower in GIVEN_SURNAMES else given_sex(name[-1].text)


def name_proper(np: list[Token]) -> list[Token]:
    """A person's own name in a mention: its first run of capitalised words, read from after its
    last title ("San Diego Police Chief Lena Ortiz" -> Lena Ortiz), passing a run that only
    describes the person before lower-case words leading to a role noun or straight on to
    another capital ("Morgan Stanley analyst Priya Rao", "the San Diego police chief, Lena
    Ortiz", "Florida state Sen. Ann Roe", "Acme co-founder Ann Roe") or a possessor ("Acme's
    Ann Lee"). Within the run a leading word that is no known given name gives way to a later
    one that is, the surname aside ("Prosecutor Ann Roe", "Texas-born Ann Roe", "J. Ann
    Wells"); a run with no known given name gives way so to the run that ends the mention
    ("Hall of Famer Ann Roe"). Empty when there is none."""
    k, n = 0, len(np)
    while k < n:
        if not np[k].is_cap:
            k += 1
            continue
        e = k
        while e < n and np[e].is_cap and not possessive(np[e]):
            e += 1
        if e < n and np[e].is_cap:
            k = e + 1  # "Acme's Ann Lee": the possessor is no one's name here
            continue
        j = e
        while j < min(n, e + ROLE_REACH) and role_modifier_word(np[j]):
            j += 1
        if j > e and (person_noun(np[j - 1].lower) or (j < n and np[j].is_cap)):
            k = j  # "Morgan Stanley analyst", "Florida state Sen.": the run only describes
            continue
        t = max((i for i in range(k, e) if is_title(np[i])), default=k - 1)
        if t + 1 < e:
            name = given_first(np[t + 1 : e])
            if not given_gender(name[0].text) and e < n:
                last = n - 1  # the run that ends the mention: "Hall of Famer Ann Roe"
                while last > e and np[last - 1].is_cap:
                    last -= 1
                if np[last].is_cap and given_gender((later := given_first(np[last:n]))[0].text):
                    return later
            return name
        k = e
    return []


def given_first(run: list[Token]) -> list[Token]:
    """A run of capitalised words from a known given name followed by nothing but the surname,
    when the run's first word is none ("Prosecutor Ann Roe", "J. Ann Wells", "Texas-born Ann
    Roe"): the words before it describe the person. Not a given name inside a place's name ("St.
    Louis Alderwoman Tara Bolt"). The run itself when there is no such name."""
    if len(run) > 2 and not given_gender(run[0].text) and given_gender(run[-2].text):
        return run[-2:]
    return run


ROLE_REACH: Final = 3
"""How many lower-case words a role noun after a place's or a firm's name may have ("police chief")."""


def role_modifier_word(t: Token) -> bool:
    """A lower-case word that may stand in a role noun's phrase ("police", "chief"), not one
    that joins or opens another phrase ("and", "of", "her", "who")."""
    low = t.lower
    return (
        t.text.replace("-", "").isalpha()
        and t.text.islower()
        and low not in COORDINATORS
        and low not in NP_BREAKS
        and low not in ARTICLES_AND_POSSESSIVES
        and low not in REL_WORDS
        and low not in OWN_SUBJECT_RELATIVES
    )


def pronoun_agrees(pronoun: str, np: list[Token]) -> bool:
    """Whether a personal pronoun can stand for ``np``: "he"/"she" for one person (a name or
    a singular role, not "reporters", "the crowd" or "Hale and Lee"), "they" for more than
    one or for a body. "it" agrees with any: resolution asks only he/she/they, and an "it"
    after a relative word ends with the sentence's subject either way ("Voters rejected what
    it called …")."""
    low = pronoun.lower()
    kind = kind_of_mention(np)
    if kind == "pronoun":
        return np[0].lower == low
    last = np[-1].lower
    joined = any(t.lower == "and" for t in np)
    many = joined or last in SPEAKING_GROUPS or last in GROUP_NOUNS or last in PLURAL_SUBJECTS
    many = many or (kind != "name" and plural(np))
    if low in ("he", "she"):
        # a description of no known kind ("the harbour master") may be one person
        return not (many or is_org(np)) and sex_of(np, kind) != ("f" if low == "he" else "m")
    if low == "they":  # not one person: a name of known sex or a given name of one sex, a role
        first = np[0]
        named = kind == "name" and (
            sex_of(np, kind) != "" or (given_name(first.text) and first.lower not in EITHER_SEX_FIRST)
        )
        return many or not (named or (kind != "name" and last in ROLE_NOUNS))
    return True


def speaker_shaped(np: Sequence[Token]) -> bool:
    """Whether a noun phrase has the shape of one who can speak (a person, a body, a document)
    rather than of words a parse cut out of a clause: not a span of time or a count ("Three
    days", "two weeks", "a few moments"), not a phrase ending in an adverb ("one anyway", "the
    crew together"). A phrase with a name in it passes ("Lee at the time", "Lee however")."""
    if not np or any(t.is_cap and t.lower not in COUNT_WORDS for t in np):
        return True
    last = np[-1]
    if not (last.text.isalpha() and last.text.islower()):
        return True
    low = last.lower
    return not (time_noun(last) or low in SPAN_HEADS or low in ADVERBS_AFTER_OBJECT)  # not "the march"


def joined_people(np: Sequence[Token]) -> list[list[Token]]:
    """The people a phrase joined by one "and" names, one phrase each: "Mara Osei, in Ohio,
    and Tom Reyes", "Ann Lee, Tom Hale and the mayor", "Ivo Lund and his wife, Vera" (a
    description with a name set off after it is that name; a phrase, age or description set
    off after a name is an aside). [] unless every part is a person's name or a determined
    description: not one person's two roles ("the senator and candidate"),
    a body ("the Department of Parks and Trails") nor a plural the names set off after it
    describe ("Two doctors who treated him, Ann Lee and Tom Hale")."""
    joins = [k for k, t in enumerate(np) if t.lower == "and"]
    if len(joins) != 1 or len(np) > COORDINATED_REACH:
        return []
    a = joins[0]
    pieces: list[tuple[int, list[Token]]] = []  # (where the piece starts, its words)
    cur: list[Token] = []
    start = 1 if np[0].lower == "both" else 0  # "Both the mayor and her deputy"
    for k in range(start, len(np) + 1):
        if k == len(np) or k == a or np[k].text == ",":
            if cur:
                pieces.append((k - len(cur), cur))
            cur = []
        else:
            cur.append(np[k])
    people: list[list[Token]] = []
    last = ""  # what the piece before was, on the same side of "and": name | description
    for at, words in pieces:
        if at == a + 1:
            last = ""  # the side after "and" starts afresh
            while len(words) > 1 and joining_adverb(words[0]):
                words = words[1:]  # "and later Ben Oyelaran": the person after the adverb
        first = words[0]
        if (
            first.lower in NOUN_PREPOSITIONS
            or first.text[:1].isdigit()
            or first.lower in RELATIVE_PRONOUNS
            or first.lower in PERSON_RELATIVES
        ):
            if not last:
                return []  # "and in Texas": no person opens the side
            continue  # "Mara Osei, in Ohio,", "Nadia Brook, 44,": an aside
        headed = at < a and any(t.lower in NOUN_PREPOSITIONS for t in words[1:])
        named = person_name(words)
        if named and words[-1].is_cap and kind_of_mention(words) == "name":
            if is_org(named) or headed:
                return []  # a body's or a place's name; "Lawyers for Tom Hale and Sam Cho": the head speaks
            if (
                at == a + 1
                and first.text.islower()
                and first.lower not in DETERMINERS
                and last_side_described(people)
            ):
                return []  # "The author and historian Lena Holt": one person's titles before the name
            if last == "description":
                if plural(head_of(people[-1])):
                    return []  # "Two doctors, Ann Lee and Tom Hale": the plural speaks
                people[-1] = words  # "his wife, Vera": the name is who the description is
            else:
                people.append(words)
            last = "name"
        elif first.lower in DETERMINERS:
            if last == "name":
                continue  # "Lena Holt, a nurse in Dayton,": an aside
            if headed or head_of(words)[-1].lower in DOCUMENT_NOUNS:
                return []  # "A lawyer for Tom Hale and Sam Cho": the head speaks; "Ann Vidal and the report"
            people.append(words)
            last = "description"
        else:
            return []
    before = sum(1 for p in people if p[0].start < np[a].start)
    if before == 0 or before == len(people):
        return []
    return people


def last_side_described(people: list[list[Token]]) -> bool:
    """Whether the people read so far are all descriptions ("The author"), no name."""
    return bool(people) and all(p[0].lower in DETERMINERS for p in people)


def denied_subject(np: Sequence[Token]) -> bool:
    """Whether a subject denies that anyone spoke: "Neither Lee nor Hale", "No one", "no
    official", "Nobody at the agency" (not "No. 10": a word follows "No"). After "no" the
    words up to a phrase must end in "one" or a noun of people: a count ("No fewer than three
    officials", "No small number of residents") or "No one other than the mayor" names speakers."""
    first = np[0].lower if np else ""
    if first != "no":
        return first in DENYING_SUBJECTS
    words: list[str] = []
    for t in np[1:]:
        if not (t.text.isalpha() and t.text.islower()) or t.lower in NOUN_PREPOSITIONS:
            break
        words.append(t.lower)
    return bool(words) and (words[-1] == "one" or person_like(np[len(words)].lower))


def can_speak(np: list[Token]) -> bool:
    """A name, a person, a body or a document; not "the door", "the plan"."""
    return kind_of_mention(np) != "description" or person_like(np[-1].lower) or np[-1].lower in DOCUMENT_NOUNS


def person_like(last: str) -> bool:
    """The head of a description that can speak: plural people ("critics", "several
    senators"), a role ("the mayor") or a body ("the committee"); not "the plan"."""
    return last in ROLE_NOUNS or last in SPEAKING_GROUPS or people_plural(last) or agent_plural(last)


def people_plural(word: str) -> bool:
    """The one test of a known plural noun of people ("farmers", "police", "senators"), read
    for the "they" a plural subject stands for and for a rival plural after its verb; not
    "the union"."""
    if word in PEOPLE_WITHOUT_S or word in PEOPLE_PLURALS:
        return True
    return word.endswith("s") and (word in SPEAKING_GROUPS or word[:-1] in ROLE_NOUNS)


def people_noun(word: str) -> bool:
    """A noun of one person or of people, singular or plural ("teacher", "traders", "nurses"):
    what a description must end in to be someone, not a thing or a place."""
    return person_noun(word) or (word.endswith("s") and person_noun(word[:-1]))


def agent_plural(word: str) -> bool:
    """A plural with the ending of an agent noun ("pharmacists", "consultants"): a guess that
    holds for a subject, not for any word ("represents", "the events"); an -ment names none."""
    return word.endswith(AGENT_PLURALS) and not word.endswith("ments") and word not in NOT_AGENTS


def role_word(word: str) -> bool:
    """A noun of a person or of a post a person holds ("chief", "head"), not of a body."""
    return person_noun(word) or (word in TITLES and word not in ORG_WORDS)


def role_of_place(np: list[Token]) -> bool:
    """ "the chief of Dunmore", "the police chief of Morrow Falls": a person's noun before "of"
    heads the phrase; the person holds that role there and is never the place or body named
    after "of" ("the Bank of Esterra" is the bank)."""
    k = next((k for k, t in enumerate(np) if t.lower == "of"), 0)
    return k >= 1 and np[k - 1].text.islower() and role_word(np[k - 1].lower)


def person_noun(word: str) -> bool:
    """A noun that names a person: a role or office ("the senator", "the coach"), one of a known
    plural of people ("the guard", "the landlord") or an agent noun that is not a known thing
    ("the boxer", "the tutor"; not "the matter", "the document", "the decision"). Every word
    ``person_like`` takes ("critics", "the committee") is one too, through ``known_person``."""
    if known_person(word) or word + "s" in PEOPLE_OR_THINGS:
        return True
    thing = word in THING_AGENT_NOUNS or word + "s" in NOT_AGENTS or word in UTTERANCE_NOUNS
    return len(word) > 4 and word.endswith(AGENT_ENDINGS) and not word.endswith("ment") and not thing


def speech_noun_verb(tokens: list[Token]) -> int:
    """The verb of a sentence whose object, right before its closing colon, is a noun of speech
    that its subject puts out ("The mayor made three promises:", "Lee had a message for the board:",
    "Hale ended her speech with a warning:", "issued a carefully worded statement:"): it
    introduces the words after it, as "the following statement:" does. The verb must be one of
    producing words (PRODUCING_FORMS), or one of bounding them before "with" (BOUNDING_FORMS),
    not in the passive: "seized on one remark:", "was given a warning:", "had no answer to one
    question:", "Nobody had an answer to the question:" credit nobody. A noun after "to" or
    "for" and a determiner is a listener or what the first noun answers ("a short answer to the
    question:"). The noun phrase is read back as ``word_before_np`` does, else to its
    determiner past any modifiers (``word_before_determiner``). -1 when there is none. Read by
    attribution (a colon sentence before a quote) and by markdown (a colon line before a
    blockquote)."""
    k = len(tokens) - 2
    if k >= 2 and tokens[k].is_cap and tokens[k - 1].lower in LISTENER_PREPS:
        k -= 2  # "a message for Hale:"
    elif k >= 3 and tokens[k - 1].lower in DETERMINERS and tokens[k - 2].lower in LISTENER_PREPS:
        k -= 3  # "a warning for the council:", "a short answer to the question:"
    if k < 1 or tokens[k].lower not in SPEECH_NOUNS or not tokens[k].text.islower():
        return -1
    if tokens[0].lower in DENYING_SUBJECTS:
        return -1  # "Nobody had an answer to the question:"
    for v in (word_before_np(tokens, k), word_before_determiner(tokens, k)):
        if v >= 0 and tokens[v].lower == "with":  # "closed the hearing with one last request:"
            v = word_before_np(tokens, v)
            ok = v >= 0 and tokens[v].lower in BOUNDING_FORMS
        else:
            ok = v >= 0 and tokens[v].lower in PRODUCING_FORMS
            if ok and tokens[v].lower in PASSING_FORMS and tokens[k].lower in PASSED_ON_NOUNS:
                ok = False  # "shared a widely circulated post:": passed on, maybe another's
        if ok and not (v > 0 and (tokens[v - 1].lower in BE_FORMS or tokens[v - 1].lower in NEGATIONS)):
            return v
    return -1


NP_MODIFIER_REACH: Final = 6
"""How many words a noun phrase's modifiers may have, read back to its determiner."""


def word_before_determiner(tokens: list[Token], k: int) -> int:
    """The word before the noun phrase whose head is at ``k``, read back past any modifiers to
    its determiner, a number or a possessive: an adverb and a participle ("a carefully worded
    statement"), a participle or a bounding form used as an adjective ("a signed statement", "an
    impassioned closing argument"), ordinals and adjectives joined by a comma or a conjunction
    ("his first public comments", "a lengthy but vague answer"), and past one noun phrase the
    phrase is joined to ("gave a speech, and a warning"). -1 when no determiner opens it within
    NP_MODIFIER_REACH words ("had received a warning" gives "received": the caller's verb test
    then fails)."""
    j = opener_before(tokens, k)
    if j >= 2 and tokens[j].lower in COORDINATORS:
        p = j - 1 if tokens[j - 1].text != "," else j - 2  # "a speech, and a warning"
        if p >= 1 and tokens[p].text.isalpha() and tokens[p].text.islower() and np_opener(tokens[p - 1]):
            return opener_before(tokens, p)  # one phrase joined before, no more
    return j


def opener_before(tokens: list[Token], k: int) -> int:
    """The word before the determiners that open the noun phrase headed at ``k``, read back past
    at most NP_MODIFIER_REACH modifiers; -1 when no determiner is reached."""
    lo = max(-1, k - 1 - NP_MODIFIER_REACH)
    j = k - 1
    while j > lo and np_modifier(tokens[j]):
        j -= 1
    if j <= lo or not np_opener(tokens[j]):
        return -1
    while j > lo and np_opener(tokens[j]):
        j -= 1
    return j


def np_opener(t: Token) -> bool:
    """A word that opens a noun phrase: a determiner (the possessive pronouns among them) or a
    number."""
    return t.lower in DETERMINERS or t.lower in NUMBER_WORDS


def np_modifier(t: Token) -> bool:
    """A word that may stand between a noun phrase's determiner and its noun: a lower-case word
    that is no preposition, particle or opener ("carefully", "worded", "closing", "first"), or a
    comma or a conjunction joining two of them."""
    if t.text == "," or t.lower in COORDINATORS:
        return True
    word = t.text.replace("-", "")
    return word.isalpha() and word.islower() and t.lower not in NP_BREAKS and not np_opener(t)


def word_before_np(tokens: list[Token], k: int) -> int:
    """The word before the noun phrase whose head is at ``k`` (read back over determiners,
    numbers, possessives and one modifier that is no participle, or two joined by "and" or a
    comma: "a stark and final warning"): a verb, a preposition or a particle; -1 when none
    ("had received a warning": the participle stops the phrase)."""
    modifiers, joined = 0, False
    for j in range(k - 1, max(-1, k - 6), -1):
        t = tokens[j]
        if np_opener(t):
            continue
        if modifiers == 1 and not joined and t.lower in ("and", ","):
            joined = True
            continue
        if (
            modifiers < 1 + joined
            and t.text.islower()
            and t.lower not in PRODUCING_FORMS
            and t.lower not in BOUNDING_FORMS
            and t.lower not in NP_BREAKS
            and not t.lower.endswith("ed")
            and t.lower not in IRREGULAR_PARTICIPLES
        ):
            modifiers += 1
            continue
        return j
    return -1
