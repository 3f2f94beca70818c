"""Speaker names: titles stripped, short forms and pronouns resolved within an article.

"NASA administrator Jim Bridenstine" is the person "Jim Bridenstine"; a later "Bridenstine"
or "he" is the same person, so a fact-checker sees one name per speaker and the matcher can
look for that person's words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, takewhile
from typing import Final

from quotecheck.extract import lexicon as lx
from quotecheck.extract.sentences import Token, finite, index, opens_clause, possessive, words

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
ARTICLES: Final = lx.ARTICLES
BE_FORMS: Final = lx.BE_FORMS
BODY_KINDS: Final = lx.BODY_KINDS
BUSINESS_GENERIC: Final = lx.BUSINESS_GENERIC
CLUB_HEADS: Final = lx.CLUB_HEADS
BUSINESS_NOUNS: Final = lx.BUSINESS_NOUNS
COMPANY_FORMS: Final = lx.COMPANY_FORMS
COMPANY_NOUNS: Final = lx.COMPANY_NOUNS
COURTESY_TITLES: Final = lx.COURTESY_TITLES
CUE_FORMS: Final = lx.CUE_FORMS
DATE_WORDS: Final = lx.DATE_WORDS
DEMONYM_ENDINGS: Final = lx.DEMONYM_ENDINGS
DEMONYM_ENDINGS_FOR_CONSONANT: Final = lx.DEMONYM_ENDINGS_FOR_CONSONANT
DEMONYM_ENDINGS_FOR_VOWEL: Final = lx.DEMONYM_ENDINGS_FOR_VOWEL
DETERMINERS: Final = lx.DETERMINERS
DOCUMENT_NOUNS: Final = lx.DOCUMENT_NOUNS
EITHER_SEX_FIRST: Final = lx.EITHER_SEX_FIRST
FEMALE_FIRST: Final = lx.FEMALE_FIRST
FEMALE_WORDS: Final = lx.FEMALE_WORDS
FIRST_SECOND_PERSON: Final = lx.FIRST_SECOND_PERSON
FORMER_WORDS: Final = lx.FORMER_WORDS
DEMOTING_WORDS: Final = lx.DEMOTING_WORDS
PAST_MARKERS: Final = lx.PAST_MARKERS
CURRENT_WORDS: Final = lx.CURRENT_WORDS
JUSTICE_TITLE: Final = lx.JUSTICE_TITLE
HONORIFICS: Final = lx.HONORIFICS
LATER: Final = lx.LATER
MALE_FIRST: Final = lx.MALE_FIRST
MALE_WORDS: Final = lx.MALE_WORDS
MEDIUM_BEFORE: Final = lx.MEDIUM_BEFORE
NAME_JOINERS: Final = lx.NAME_JOINERS
NAME_PARTICLES: Final = lx.NAME_PARTICLES
NAME_PREPS: Final = lx.NAME_PREPS
NAME_SUFFIXES: Final = lx.NAME_SUFFIXES
NO_INVERSION: Final = lx.NO_INVERSION
NOT_RELATIONS: Final = lx.NOT_RELATIONS
OBJECT_PREPS: Final = lx.OBJECT_PREPS
OFFICE_NOUNS: Final = lx.OFFICE_NOUNS
HELD_OFFICES: Final = lx.HELD_OFFICES
OPENING_PARTICIPLES: Final = lx.OPENING_PARTICIPLES
ORG_WORDS: Final = lx.ORG_WORDS
PARTY_ANY_ROLE: Final = lx.PARTY_ANY_ROLE
PARTY_MEMBERS: Final = lx.PARTY_MEMBERS
PEOPLE_BY_ORIGIN: Final = lx.PEOPLE_BY_ORIGIN
PERSON_POSSESSIVES: Final = lx.PERSON_POSSESSIVES
PHRASE_ENDS: Final = lx.PHRASE_ENDS
PHRASE_STOPS: Final = lx.PHRASE_STOPS
NOUN_PREPOSITIONS: Final = lx.NOUN_PREPOSITIONS
POSSESSIVE_S: Final = lx.POSSESSIVE_S
RELATIVE_PRONOUNS: Final = lx.RELATIVE_PRONOUNS
MODIFIER_PARTICIPLE_ENDS: Final = lx.MODIFIER_PARTICIPLE_ENDS
PLACE_FINAL_VOWELS: Final = lx.PLACE_FINAL_VOWELS
PLACE_FIRST: Final = lx.PLACE_FIRST
PLACE_WORDS: Final = lx.PLACE_WORDS
TRADE_HEADS: Final = lx.TRADE_HEADS
TRADE_SURNAMES: Final = lx.TRADE_SURNAMES
CLUB_NOUN: Final = lx.CLUB_NOUN
POSSESSIVE_ENDS: Final = lx.POSSESSIVE_ENDS
POSTNOMINALS: Final = lx.POSTNOMINALS
POSTS_OF_KIND: Final = lx.POSTS_OF_KIND
PREDICATE_LEADS: Final = lx.PREDICATE_LEADS
PREPOSITIONS: Final = lx.PREPOSITIONS
PRONOUN_GENDER: Final = lx.PRONOUN_GENDER
PRONOUN_OF: Final = lx.PRONOUN_OF
PRONOUNS: Final = lx.PRONOUNS
PRONOUNS_HE_SHE_THEY: Final = lx.PRONOUNS_HE_SHE_THEY
ROLE_NOUNS: Final = lx.ROLE_NOUNS
SINGULAR_S_ENDS: Final = lx.SINGULAR_S_ENDS
STOP: Final = lx.STOP
SUBORDINATORS: Final = lx.SUBORDINATORS
SURNAME_HEADS: Final = lx.SURNAME_HEADS
THING_DETERMINERS: Final = lx.THING_DETERMINERS
THING_HEADS: Final = lx.THING_HEADS
TIME_AFTER: Final = lx.TIME_AFTER
TIME_NOUNS: Final = lx.TIME_NOUNS
TITLES: Final = lx.TITLES
TOPIC_BEFORE: Final = lx.TOPIC_BEFORE
TRADE_TITLES: Final = lx.TRADE_TITLES


def is_title(tok: Token) -> bool:
    low = tok.lower
    if low[-1:] not in (",", "."):
        # nothing to strip (most words): one set test; "Goalkeeper Jonas Kessler"
        return low in TITLES or (low in TRADE_TITLES and tok.text[:1].isupper())
    low = low.rstrip(",")
    return low in TITLES or low.rstrip(".") in TITLES


def person_name(tokens: list[Token]) -> list[Token]:
    """The name inside a mention: the last run of capitalised words that are not titles or
    roles ("Utah Sen. Ann Lee" -> Ann Lee), "&" joining its words ("Voss & Lind", one firm),
    a preposition joining a body's ("the Bank of Esterra"; see ``joins_name``). An office's
    own words are no part of the name after it ("Secretary of Commerce Ivo Lund" -> Ivo Lund).
    Empty when the mention has no name."""
    run: list[Token] = []  # the last run ended so far
    cur: list[Token] = []
    joined = office = run_office = False  # after a joining preposition; after an office's
    for k, tok in enumerate(tokens):
        if cur and tok.lower in POSTNOMINALS and not tok.text.islower():
            run, cur = cur, []  # "Ann Lee KC", "Tom Hale MP": the name ends before the letters
            continue
        if joins_name(tokens, k):
            if cur:
                cur.append(tok)  # "the Bank of Esterra", "the Department of Parks and Trails"
            elif office_title(tokens[k - 1]):
                office = True  # "Secretary of Commerce Ivo Lund": the office's words come first
            else:
                cur = [tokens[k - 1], tok]  # "the Committee on Rural Affairs"
            joined = True
            continue
        name_like = (
            tok.is_cap
            and ((joined and not tok.text.endswith(".")) or not is_title(tok))
            and tok.lower not in DETERMINERS
        ) or (
            cur
            and (
                tok.lower in NAME_JOINERS
                or tok.lower in NAME_SUFFIXES
                or (tok.lower == "the" and cur[-1].lower in OBJECT_PREPS)  # "Across the Pond Media"
                or title_surname(tokens, k, cur)
                or (tok.is_cap and body_end(tokens, k, cur))
            )
        )
        joined = joined and tok.lower == "the"  # "Speaker of the Assembly"
        if name_like and not possessive(tok):
            if not cur:
                run_office, office = office, False
            cur.append(tok)
        elif cur:
            run, cur = cur, []
            office = False
    if cur:
        run = cur
    while run and (
        run[-1].lower in NAME_JOINERS or run[-1].lower in NAME_PREPS or run[-1].lower in ("the", "and")
    ):
        run = run[:-1]
    return office_holder(run, tokens[0].lower in ARTICLES) if run_office else run


def body_end(tokens: list[Token], k: int, cur: list[Token]) -> bool:
    """ "the Committee on Rural Affairs": a title's word that ends a body's name a preposition
    joined goes with it; not one before a name ("the Bank of Esterra Director Ivo Lund")."""
    return (
        not tokens[k].text.endswith(".")
        and (k + 1 == len(tokens) or not tokens[k + 1].is_cap)
        and any(t.lower in NAME_PREPS for t in cur)
    )


def office_holder(run: list[Token], described: bool) -> list[Token]:
    """The person's name after an office's words ("Commerce Ivo Lund" of "Secretary of
    Commerce Ivo Lund"): from a known first name ("CEO of Donald Lee"), else the last two
    words (with an initial or a particle before them), else the last word of two (a surname:
    "State Lund"), but not after an article ("the Director of Rural Roads"); none when the
    office's words are all there is ("Secretary of State") or end in a body's word ("the
    Speaker of the House", "CEO of Harbor Foods Group"): an office its holder is described by."""
    p = max((k for k, t in enumerate(run) if not t.is_cap and t.lower not in NAME_JOINERS), default=-1)
    tail = run[p + 1 :]
    kept = [t for t in tail if t.lower not in NAME_SUFFIXES]
    if not kept or is_org(kept):
        return []  # "the Secretary of State": a person described by an office, no one named
    first = next((k for k in range(len(kept)) if given_name(kept[k].text)), -1)
    if first < 0 and len(kept) >= 3:
        first = len(kept) - 2
        while first > 1 and (INITIAL.fullmatch(kept[first].text) or kept[first].lower in NAME_PARTICLES):
            first -= 1  # "Police Ann K. Lee", "Trade Carlo de Vries"
    elif first < 0:
        first = len(kept) - 1 if len(kept) == 2 and not described else len(kept)
    return tail[index(tail, kept[first]) :] if first < len(kept) else []


def office_title(tok: Token) -> bool:
    """A capitalised title of a person's office ("Secretary", "Commissioner", "General"), not
    of a body ("Committee", "State")."""
    return tok.is_cap and is_title(tok) and tok.lower.rstrip(".,") not in ORG_WORDS


def joined_before(text: str, toks: list[Token]) -> list[Token]:
    """``toks``, a name met in narrative, with the words a preposition joins before it ("Secretary
    of Commerce" before "Commerce Ivo Lund", "Speaker of the" before "Assembly Tam Orr"): the
    office's words, which ``person_name`` then leaves out of the name. Bounded: 80 characters
    back, three joins."""
    before = words(text, max(0, toks[0].start - 80), toks[0].start)
    joined = [*before, *toks]
    i = len(before)
    for _ in range(3):
        p = i - 2 if i >= 2 and joined[i - 1].lower == "the" else i - 1
        if p < 1 or joined[p].lower not in NAME_PREPS or not joins_name(joined, p):
            break
        i = p - 1
        while i > 0 and p - i < JOIN_REACH and joined[i - 1].is_cap and joined[i - 1].text[:1].isalpha():
            i -= 1
    return joined[i:] if i < len(before) else toks


JOIN_REACH: Final = 6
"""How many capitalised words before a preposition ``joins_name`` reads as one name's."""


def joins_name(tokens: Sequence[Token], k: int, depth: int = 0) -> bool:
    """Whether "of", "for", "on" or "and" at ``k`` joins capitalised words into one name: an
    office's ("Secretary of Commerce", "Commissioner for Water", "Speaker of the Assembly",
    "Minister of State for Trade") or a body's, after an article or a body's noun ("the Bank
    of Esterra", "Friends of the Vale River", "the Committee on Rural Affairs"); "and" only
    inside one already joined ("the Department of Parks and Trails", "Secretary of Health
    and Welfare"). Not a person's name and the place or body the person is from ("Ann Lee
    of Dunmore", "Sen. Lee of Ohio"), a person's noun ("a friend of Ida Marn"), nor a day
    ("the Senate on Monday"). Bounded: at most ``JOIN_REACH`` words back, three joins deep."""
    if k <= 0 or k + 1 >= len(tokens):
        return False  # no word before or after: nothing to join (and no index outside the tokens)
    low = tokens[k].lower
    if low not in NAME_PREPS and low != "and":
        return False
    if not tokens[k - 1].is_cap or possessive(tokens[k - 1]):
        return False
    n = k + 2 if low != "and" and tokens[k + 1].lower == "the" and k + 2 < len(tokens) else k + 1
    if not tokens[n].is_cap or tokens[n].lower in TIME_NOUNS or tokens[n].lower in DETERMINERS:
        return False
    if office_title(tokens[k - 1]):
        return low != "and"
    j = k - 1
    while j > 0 and k - j < JOIN_REACH and tokens[j - 1].is_cap and not is_title(tokens[j - 1]):
        j -= 1
    if given_name(tokens[j].text):
        return False
    before = tokens[j - 1].lower if j > 0 else ""
    p = j - 1 if before in NAME_PREPS or before == "and" else j - 2 if before == "the" and j >= 2 else -1
    inner = p > 0 and depth < 3 and tokens[p].lower in NAME_PREPS and joins_name(tokens, p, depth + 1)
    if low == "and":
        if given_name(tokens[n].text):
            return False  # "the Department of Labor and Maria Vos": a person after the body, not its name's
        # one word after it, or two ending in a plural; any in an office ("Health and Welfare Bo Rask")
        r = n
        while r < len(tokens) and r - n < 3 and tokens[r].is_cap:
            r += 1
        return inner and (
            r - n == 1 or office_title(tokens[p - 1]) or (r - n == 2 and tokens[n + 1].lower.endswith("s"))
        )
    if inner:
        return True  # "Minister of State for Trade"
    body = tokens[k - 1].lower in ORG_WORDS or tokens[k - 1].lower in BODY_KINDS
    return body or (low != "on" and before in ARTICLES)


def title_surname(tokens: list[Token], k: int, cur: list[Token]) -> bool:
    """ "Mark Bishop", "Ann K. King": a capitalised title word that closes a name run opened
    by a first name is the surname; before a name it is a title ("Bishop Ann Kerr",
    "Fenland Mayor Ann Lee"), and an abbreviation ("Sen.") never is a surname. Where the
    first word is not a known first name, only a title of a person closes the run ("Ivo
    Judge", "Ivo Marshal", "Ohio Democrat"): "Social Security", "Kent Liberal" stay apart."""
    tok, first = tokens[k], k - len(cur)
    return (
        tok.is_cap
        and tok.text.isalpha()
        and (
            given_name(cur[0].text)
            or tok.lower in HONORIFICS
            or tok.lower in ROLE_NOUNS
            or tok.lower in OFFICE_NOUNS
            or word_gender(tok.lower) != ""
        )
        and all(INITIAL.fullmatch(t.text) for t in cur[1:])
        and (k + 1 == len(tokens) or not tokens[k + 1].is_cap)
        and (first == 0 or tokens[first - 1].lower not in DETERMINERS)  # not "the Kent Governor"
    )


INITIAL: Final = re.compile(r"[A-Z]\.")
"""A middle initial ("Ann K. King")."""


@dataclass
class Entity:
    name: str
    last: str
    gender: str = ""
    roles: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    """Capitalised words before the title ("Florida" in "Florida Sen. Ann Lee")."""
    person: bool = True
    seen: int = 0
    thing: bool = False
    """Named only as "the X Y" in narrative ("the Great Recession"): no pronoun stands for it."""
    named_at: int = -1
    """Where it was named last (-1: not known). A body named there as an object ("Lee sued
    Acme Corp") is not what a later "it"/"they" stands for."""
    spoke: bool = False
    """Named last outside the narrative-name scan (as a quote's speaker, a title's name, a
    surname opening its sentence): no object test applies to that mention."""
    kinds: set[str] = field(default_factory=set)
    """The nouns a body was given beside its name ("supermarket" for "The supermarket, Harvest
    Foods,"; "airline" for "budget airline Quellmoor Air"): "the supermarket" names it again."""
    relation: str = ""
    """The relation noun the person was named after ("wife" in "his wife, Lena,"; see
    ``resolution.register_relation``), which "his wife" later stands for."""
    owner: str = ""
    """The name of the person whose relation this is ("Ravi Mehta" for Lena), if known."""
    related_at: int = -1
    """Where the relation was named."""
    marks: int = 0
    """How often it was named or brought back into focus: how much the article is about it."""
    first_at: int = -1
    """Where it was first named (-1: not known)."""
    first_alone: bool = False
    """Named again by its first word alone ("Quellmoor said" for Quellmoor Foods), as a body is."""
    last_alone: bool = False
    """Named again by its last word alone ("Lind said" for Mara Lind), as a person is."""


NAMESAKES_KEPT: Final = 64
"""How many other people sharing one surname a story keeps to look back to ("Ann Lee" after
"Tom Lee"): a bound, so a text naming thousands of them stays linear."""


class Registry:
    """People and organisations named so far in one article, most recent last."""

    def __init__(self, text: str = "") -> None:
        self.text = text
        """The article, to read the words before a body's last mention (see ``named_as_object``)."""
        self.recent: dict[int, Entity] = {}
        """Entities by id, least recently mentioned first (bounded look-back keeps it linear)."""
        self.by_last: dict[str, Entity] = {}
        self.namesakes: dict[str, list[Entity]] = {}
        """Earlier people displaced in ``by_last`` by a later one of the same surname."""
        self.short: dict[str, Entity] = {}
        """The person each surname last stood for on its own: the one quoted under it alone
        or under the full name, or called by it alone in the narrative."""
        self.clock = 0
        self.newest = 0
        """The id of the entity marked last (the last in ``recent``)."""
        self.quoted = (0, 0)
        """The words of the quote whose speaker is being resolved: a he or she is not a person
        those words name ("“I knew Jarrell was open,” he said" is not Jarrell)."""
        self.cue_after = False
        """The he/she being resolved follows the quote: then not even the subject before is a
        person the quote names ("Ann Lee met Ivo. “Ivo is kind,” she said"); a he/she before
        a quote stays the subject's ("Lee spoke. She said “… Lee will …”")."""

    def candidates(self) -> list[Entity]:
        """The most recently mentioned entities, latest first."""
        return list(islice(reversed(self.recent.values()), RECENT))

    def mark_namesakes(self, key: str, unlike: Entity | None) -> None:
        """Bring back the people filed under surname ``key`` who differ in gender from
        ``unlike`` (all of them when None): after a bare "Lee" that may mean any of them,
        a "she" or "he" may too."""
        for other in self.namesakes.get(key, []):
            if other.person and (unlike is None or other.gender != unlike.gender):
                self.mark(other)

    def mark(self, ent: Entity) -> None:
        self.clock += 1
        ent.seen = self.clock
        ent.marks += 1
        key = id(ent)
        if key != self.newest:  # already the last in ``recent`` otherwise
            self.recent.pop(key, None)
            self.recent[key] = ent
            self.newest = key

    def name(
        self, mention: list[Token], speaker: bool = False, narrative: bool = False, body: bool = False
    ) -> str | None:
        """The full name for a mention with a name in it, registering it; None if none.
        ``speaker``: the mention names the speaker of a quote; a bare surname two namesakes
        may hold is then reported as written (see ``namesake``). ``narrative``: the mention
        is a name met in the narrative, whose role the words before it tell. ``body``: the
        words before it make it a body ("Lisa Chow of Birchfield Research"), never a he or she."""
        run = person_name(mention)
        if not run:
            if not (len(mention) == 1 and mention[0].is_cap and mention[0].lower in self.by_last):
                return None
            run = mention  # "Bishop said" after Mark Bishop: his surname, not a title
        cut = next((k for k in range(1, len(run) - 1) if run[k].lower == "and"), 0)
        if cut and (known := self.by_last.get(name_key([t.text for t in run[cut + 1 :]]))) and known.person:
            run = run[cut + 1 :]  # "the Department of Labor and Lund" after Ivo Lund: he, as "and Ann Lee" is
        if (
            len(run) > 2
            and run[0].lower in PEOPLE_BY_ORIGIN
            and (given_name(run[1].text) or mention[0] is run[0])
            and not is_org(run)
        ):
            # "Serbian Dragana Petrovic": the person is Dragana Petrovic, a Serbian; not after
            # an article before a word no list knows as a first name ("the American Red Cross")
            run = run[1:]
        words = [t.text for t in run]
        key = name_key(words)
        roles = {
            ROLE_ALIASES.get(t.lower.rstrip("."), t.lower.rstrip("."))
            for t in mention
            if t.lower.rstrip(".") in TITLES
            or t.lower in ROLE_NOUNS
            or t.lower in PEOPLE_BY_ORIGIN
            or t.lower in TRADE_TITLES
        }
        titled = [t for t in mention if t.end <= run[0].start]  # the words before the name
        if any(past_word(t.lower) and (t.end <= run[0].start or former_word(t.lower)) for t in mention):
            # "former Gov. Ann Lee", "then-Sen. Tom Hale", "retired justice Ann Lee": a former holder
            if any(no_longer(t.lower) for t in titled):
                # "Former Gov. Ann Lee", "retired mayor Ivo Lund": an office she has left
                roles |= {
                    former_role(r)
                    for r in map(aliased, (held_role(r)[0] for r in roles))
                    if r in HELD_OFFICES
                }
            roles.add(FORMER)
        if (
            titled
            and titled[-1].text == "Justice"
            and titled[-1].end == run[0].start - 1
            and (len(run) > 1 or (len(titled) > 1 and titled[-2].lower.rstrip(".") in HONORIFICS))
        ):
            # "Mrs Justice Ann Lee", "Mr Justice Lee": a judge; not "Justice Minister Ann Lee",
            # nor a group named "Justice Now"
            roles.add(JUSTICE_TITLE)
        # not the name's own words: "Ann King" is a woman; nor a possessor's before it ("Mr
        # Greaves's barrister, Anna Rao": Mr tells Greaves's sex, not hers)
        owner = -1
        for k, t in enumerate(mention):  # a loop, not next() over a generator: faster
            if t.start >= run[0].start:
                break
            if possessive(t):
                owner = k
        said = [t for t in mention[owner + 1 :] if t.start < run[0].start or t.start > run[-1].start]
        gender = gender_of(said) or (
            given_gender(words[0]) if len(words) > 1 and not trade_words(words) else ""
        )
        first_title = -1
        for k, t in enumerate(mention):  # a loop, not next() over a generator: faster
            if is_title(t):
                first_title = k
                break
        places = {t.lower for t in mention[: max(0, first_title)] if t.is_cap and t.lower not in DETERMINERS}
        ent = self.by_last.get(key)
        if speaker and len(words) == 1 and ent is not None:
            chosen = self.namesake(key, ent, gender, roles)
            if chosen is None:
                self.mark(ent)  # pronouns go on as before: to the namesake named last
                return words[0]
            ent = chosen
        # the name met again as written (the usual case) is the same person: no need to compare
        same = ent is not None and ent.name == " ".join(words)
        if ent is not None and not same and not same_person_words(ent.name.split(), words):
            # "Ann Lee" after "Tom Lee": another person, same surname; or Ann Lee named again
            others = self.namesakes.setdefault(key, [])
            back = next((o for o in others if same_person_words(o.name.split(), words)), None)
            if back is not None:
                others.remove(back)
            others.append(ent)
            if len(others) > NAMESAKES_KEPT:
                del others[0]  # the one named longest ago
            ent = back
            if back is not None:
                self.by_last[key] = back
        if ent is None and len(words) == 1:
            ent = self.by_first(key)
            if ent is not None:
                ent.first_alone = True
        if ent is None:
            org = is_org(run) or mention[-1].lower in ORG_WORDS  # "the Associated Press"
            thing = (
                run[-1].lower in THING_HEADS
                or (
                    is_title(mention[-1])
                    and mention[-1].start > run[-1].start
                    and mention[-1].lower not in POSTNOMINALS  # "Tom Hale MP": letters after a name
                )  # "Social Security"
                or (not org and the_named(mention, run))
            )
            org = (org or body) and not thing
            ent = Entity(
                " ".join(words), key, gender, roles, places, person=not org and not thing, thing=thing
            )
            ent.first_at = mention[0].start
            self.by_last[key] = ent
        else:
            if ent.thing and not the_named(mention, run) and len(run) >= 2 and not body:
                ent.thing, ent.person = False, True  # "the Ivo Brandt campaign", then "Ivo Brandt met …"
            if len(words) > len(ent.name.split()) and words[-1].lower() == ent.last:
                ent.name = " ".join(words)
            ent.roles |= roles
            ent.places |= places
            ent.gender = ent.gender or gender
        if speaker and ent.person and ent.last == key:
            self.short[key] = ent  # "Tom Lee said", "Lee said": the surname is his now
        ent.named_at, ent.spoke = mention[0].start, not narrative
        self.mark(ent)
        return ent.name

    def namesake(self, key: str, ent: Entity, gender: str, roles: set[str]) -> Entity | None:
        """Who a bare surname quoted as a speaker stands for, ``ent`` being the namesake named
        last; None when it is not settled ("Carla Moss … Moss said … her brother, Ben Moss, …
        Moss said": the surname is reported as written). A role or gendered title ("Governor
        Moss", "Ms. Moss"), the clearest evidence, is weighed over all namesakes (an unknown
        gender fits any title): one fit is that person; else ``ent`` if the surname is its own
        or the title fits its known gender alone ("Mr. Moss" after Carla Moss quoted, then Ben Moss)."""
        others = self.namesakes.get(key)
        if not others or not ent.person:
            return ent
        held = self.short.get(key)
        settled = held is None or held is ent or held not in others
        people = [ent, *(o for o in reversed(others) if o.person)]
        courtesy = {r for r in roles if r in COURTESY_TITLES}
        titled = [e for e in people if courtesy & e.roles] if courtesy else []
        if len(titled) == 1 and (not gender or titled[0].gender in (gender, "")):
            # "Mrs Lee" after "Mrs Lee, who …" and "her granddaughter, Ann Lee": the form the
            # article gave one of them is hers again
            self.focus(titled[0])
            return titled[0]
        roles = {r for r in roles if r not in COURTESY_TITLES}
        if not roles and not gender:
            return ent if settled else None
        fits = [e for e in people if roles & e.roles] or people
        if gender:
            fits = [e for e in fits if not e.gender or e.gender == gender]
        if len(fits) == 1:
            self.focus(fits[0])
            return fits[0]
        return ent if ent in fits and (settled or [e for e in fits if e.gender] == [ent]) else None

    def unmark(self, window: list[Entity], since: int, want: str) -> None:
        """Undo the marks made since clock ``since``: ``window`` (the ``candidates()`` taken
        then) is the most recent again, in its order, and the entities marked since leave
        the look-back, except a person whose known gender is not ``want`` ("A woman who met
        Tom Ruiz …": "he" may be him), or any person when ``want`` is "group" (a body's
        "she" may be the woman who leads it), who stays the most recent."""
        fresh = list(takewhile(lambda ent: ent.seen > since, reversed(self.recent.values())))
        for ent in fresh:
            del self.recent[id(ent)]
        for ent in reversed(window):
            self.recent.pop(id(ent), None)
            self.recent[id(ent)] = ent
        self.newest = id(window[0]) if window else 0
        for ent in reversed(fresh):
            if ent.person and (want == "group" or (want and ent.gender and ent.gender != want)):
                self.mark(ent)

    def entity(self, name: str) -> Entity | None:
        """The person or body registered under the full name ``name``, if any."""
        key = name_key(name.split())
        ent = self.by_last.get(key)
        if ent is not None and ent.name == name:
            return ent
        return next((o for o in self.namesakes.get(key, ()) if o.name == name), None)

    def focus(self, ent: Entity) -> None:
        """Make ``ent`` the most recent person again, and the one its surname stands for
        ("Tom Lee said Ann Lee …: “…” Lee added": Tom Lee, whose words they are)."""
        key = ent.last
        current = self.by_last.get(key)
        if current is not None and current is not ent:
            others = self.namesakes.setdefault(key, [])
            if ent in others:
                others.remove(ent)
                others.append(current)
                self.by_last[key] = ent
        self.mark(ent)

    def named_by(self, run: list[Token]) -> Entity | None:
        """Who the name ``run`` stands for: the one filed under its surname, else, for a bare
        first name ("Nadia said"), the latest person named in full with it."""
        ent = self.by_last.get(run[-1].lower)
        return self.by_first(run[0].lower) if ent is None and len(run) == 1 else ent

    def by_first(self, key: str) -> Entity | None:
        for ent in self.candidates():
            if ent.person and ent.name.split()[0].lower() == key and len(ent.name.split()) > 1:
                return ent
        return None

    def rival(self, ent: Entity, obj: int, at: int) -> bool:
        """Whether another body was named in the sentence of ``ent``'s mention at ``obj`` or the
        one before it, and could be the "it" instead ("Vega Freight outbid Talon Corp")."""
        since = sentence_start(self.text, max(0, sentence_start(self.text, obj) - 2))
        own = described_by(ent)
        for m in THING_SUBJECT.finditer(self.text, since, at):
            if m.group(1) not in own and m.group(1) not in TIME_NOUNS:
                return True  # "Thursday's memo seemed …", "“…,” the email read": a thing may be "it"
        return any(
            other is not ent
            and not other.thing
            and since <= other.named_at < at
            # a body, or a two-word name no first name or title made a he or she ("Vega Freight")
            and (not other.person or (not other.gender and " " in other.name))
            for other in self.candidates()
        )

    def surnames(self) -> set[str]:
        """The surnames of the people named so far by a full name ("Ed Vexa" and "Vexa Labs"):
        a body's first word alone is not the body when it is one of these."""
        return {e.name.split()[-1] for e in self.candidates() if e.person and " " in e.name}

    def pronoun(self, word: str, at: int = -1) -> str | None:
        """The most recent compatible named person (he/she) or organisation (it/they) for the
        pronoun at ``at``; an organisation only if it was last mentioned as a subject or a
        speaker (see ``object_mention``): "Lee and Ann Keel sued Acme Corp. “…,” they
        said" is the people, not the company they sued (left unresolved)."""
        word = word.lower().replace("'", "’").split("’")[0]  # "he’s" -> "he"
        word = OBJECT_FORMS.get(word, word)  # "led him to say": the object speaks
        want = "m" if word == "he" else "f" if word == "she" else ""
        if word in FIRST_SECOND_PERSON:
            return None
        fronted = at >= 0 and want != "" and self.text[max(0, at - 3) : at].rstrip().endswith(",")
        skipped: Entity | None = None
        unread: Entity | None = None  # a subject just before "it" that may be a body not read as one
        for ent in self.candidates():
            if word in ("he", "she") and (
                not ent.person or (ent.gender and ent.gender != want) or trade_name(ent)
            ):
                continue
            if want and self.object_of_pronoun(ent, word, at):
                continue  # "She backs Fenwick Albion. “…,” she says": the fan, not the club
            if fronted and fronted_object(self.text, ent.named_at, at):
                continue  # "In an interview with Mia Roy, she said": not Mia Roy
            if want and ent.person and (how := self.in_quote(ent)) and self.named_before(ent, at):
                if skipped is None and how != ADDRESSED:
                    skipped = ent  # "“My name is Ann Lee,” she said": hers when no one else fits
                continue  # "“Ibrahim used to say …,” she says": not Ibrahim
            if (word in ("it", "they") and ent.person) or ent.thing:
                if word == "it" and unread is None and self.unread_body(ent, at):
                    unread = ent
                continue  # "it"/"they" said: an agency, a campaign, a group
            if unread is not None:
                # "Sallow Cross Fire and Rescue did not respond. It said …": never a body named
                # before that subject; the subject itself when its name or "its" shows a body
                return body_name(self.text, unread.named_at)
            # "they" after "Lee and Ann Keel sued Acme Corp" is not the company; "it" after "Lee
            # sued Acme Corp" is, unless another body or a thing could be "it" there
            obj = -1 if ent.person else object_mention(self.text, ent, at, self.surnames)
            if obj >= 0 and (word == "they" or self.rival(ent, obj, at)):
                return None
            if word == "it" and document_nearer(self.text, ent, at):
                return None
            if want and not ent.gender:
                ent.gender = want
            return ent.name
        if skipped is not None:
            skipped.gender = skipped.gender or want
            return skipped.name
        return None

    def unread_body(self, ent: Entity, at: int) -> bool:
        """Whether ``ent``, skipped as a person or a thing, is the subject of the sentence
        before the "it" at ``at`` (or of its own) and may be a body: a name of two words or
        more that no first name, gender or role made a person's."""
        text, last = self.text, ent.named_at
        if at < 0 or not 0 <= last < at or " " not in ent.name:
            return False
        own = sentence_start(text, at)
        if last < sentence_start(text, max(0, own - 2)):
            return False
        opening = text[sentence_start(text, last) : last].strip().lower()
        if opening not in ("", "the"):
            return False  # named as an object or after a phrase: not the subject
        person = ent.gender or given_name(ent.name.split()[0]) or any(person_role(r) for r in ent.roles)
        return not (ent.person and person)

    def other_fits(self, ent: Entity, want: str) -> bool:
        """Whether a person other than ``ent``, whom the quote does not name, could be the
        he/she wanting gender ``want``."""
        return any(
            e is not ent and e.person and not e.thing and e.gender in (want, "") and not self.in_quote(e)
            for e in self.candidates()
        )

    def in_quote(self, ent: Entity) -> int:
        """How the quote being resolved names ``ent``, by its full name, its first or its last
        word: not at all (0), NAMED, or ADDRESSED, as someone the speaker is not: addressed,
        set off by a comma at an edge of the quote ("Thank you, Ann," / "Ann, you were
        right"), or joined to the speaker's own I/me ("Ann and I agree", "me and Ann")."""
        lo, hi = self.quoted
        quote = self.text[lo:hi]
        parts = ent.name.split()
        if parts[0] not in quote and parts[-1] not in quote:
            return 0  # no form can match (the full name holds its first word): no pattern to build
        forms = "|".join(re.escape(f) for f in sorted({ent.name, parts[0], parts[-1]}, key=len, reverse=True))
        how = 0
        for m in re.finditer(r"(?<![^\W_])(?:" + forms + r")(?![^\W_])", quote):
            how = NAMED
            before, after = quote[: m.start()].rstrip(), quote[m.end() :].lstrip()
            start = not before or before[-1] in "“\"‘'"
            if (start or before.endswith(",")) and (not after or after[0] in ",!?.”\"’'"):
                return ADDRESSED
            if re.search(r"\b(?:am|is|was|I[’']m)$", before):
                continue  # "I am Ann Lee and I approve": the speaker names herself
            if re.match(r"(?:and|or) (?:I|me)\b", after) or re.search(r"\b(?:I|[Mm]e) (?:and|or)$", before):
                return ADDRESSED
        return how

    def named_before(self, ent: Entity, at: int) -> bool:
        """Whether the pronoun at ``at`` follows its quote, or ``ent`` was named before the
        pronoun's sentence: "It kept Ann Lee busy, so much so that she mocked “blame Ann”
        questions" is still Ann Lee's."""
        return self.cue_after or at < 0 or ent.named_at < sentence_start(self.text, at)

    def object_of_pronoun(self, ent: Entity, word: str, at: int) -> bool:
        """Whether ``ent``, a name nothing made a he or she (no known first name, title, role
        or gender), was last named as an object in a sentence whose he/she ``word`` is someone
        else: its subject before it ("She follows Fenwick Albion; he does not. “…,” she
        says"; "The mayor, Rosa Quist, criticised Harbour Rail"), or the subject after the phrase opening the sentence that names it ("In an
        interview with the magazine Tidewater Monthly, she called it …"). The pronoun is the one
        who acts on it, a person, and the name likely a team, a paper or a place."""
        last, text = ent.named_at, self.text
        if ent.gender or ent.spoke or at < 0 or not 0 <= last < at or given_name(ent.name.split()[0]):
            return False
        if any(person_role(r) for r in ent.roles):
            return False  # "Goalkeeper Ivo Brandt", "the 40-year-old": a person
        lo = sentence_start(text, last)
        hi = min(at + len(word), last + DESCRIBED_WITHIN)
        before = words(text, max(lo, last - 80), last)
        k = len(before)
        while k > 0 and before[k - 1].is_cap and is_title(before[k - 1]):
            k -= 1  # "the magazine Press Herald": a title word no person holds, read as the name's
        targets = k > 0 and CUE_FORMS.get(before[k - 1].lower, "") in NO_INVERSION
        if not stands_as_object(before, k) and not targets:
            return False  # ("Ivo Brandt, the coach, thanked Kestrel Town": a cue with a target)
        if HE_SHE[word].search(text, lo, last) is not None:  # as written, or capitalised
            return True  # "She follows Fenwick Albion": the subject before it
        want = "m" if word == "he" else "f"
        if any(
            e is not ent
            and e.person
            and not unproven(e)
            and lo <= e.named_at < last
            and e.gender in (want, "")
            for e in self.candidates()
        ):
            return True  # "The mayor, Rosa Quist, criticised Harbour Rail": a person acts on it
        # "In an interview with the magazine Tidewater Monthly, she said": the phrase that names it
        # opens the sentence, the pronoun its clause's subject after it
        he = HE_SHE[word].search(text, last, hi)
        return he is not None and fronted_object(text, last, he.start())

    def subject(self, pronoun: str, subject: list[Token], known_only: bool = False) -> str | None:
        """ "Marsh turned on Hale at the forum, when he called …": a he/she pronoun stands for
        the sentence's named subject rather than a more recently named object, when the
        subject's gender agrees or is not known yet (then the pronoun tells it). With
        ``known_only`` the gender must already be known to agree."""
        word = OBJECT_FORMS.get(pronoun, pronoun)
        want = "m" if word == "he" else "f" if word == "she" else ""
        run = person_name(subject)
        if not want or not run:
            return None
        ent = self.named_by(run)
        if ent is None or not ent.person or ent.gender not in ((want,) if known_only else (want, "")):
            return None
        if (
            self.cue_after
            and (how := self.in_quote(ent))
            and (how == ADDRESSED or self.other_fits(ent, want))
        ):
            return None  # "Her partner, Idris Falk, built it. “Idris said …,” she says": not him
        ent.gender = want
        self.mark(ent)
        return ent.name

    def description(self, mention: list[Token]) -> str | None:
        """ "the senator" -> the most recent person introduced with that role, if any; "the
        former senator", "the ex-senator" -> only a person introduced as a former one (the
        senator named as such holds the title now: someone else held it before)."""
        if (
            len(mention) == 2
            and mention[0].lower in PERSON_POSSESSIVES
            and mention[1].lower not in NOT_RELATIONS
        ):
            # "his wife" after "Ravi Mehta and his wife, Lena,": the one person named as the
            # relation, never its owner ("Lou Bishop, whose daughter, Mia,"), and none when a
            # newer person whom the possessive may stand for was named since ("… Later Joe
            # Berg came in. “…,” his wife said": his may be Berg's)
            people = self.candidates()
            holders = [e for e in people if e.person and e.relation == mention[1].lower]
            owners = {e.owner for e in holders}
            holders = [e for e in holders if e.name not in owners]
            if len(holders) != 1:
                return None
            held = holders[0]
            want = PRONOUN_GENDER.get(mention[0].lower, "")
            if any(
                e.person
                and e is not held
                and e.name != held.owner
                and e.named_at > held.related_at
                and (not want or e.gender in (want, ""))
                for e in people
            ):
                return None
            self.mark(held)
            return held.name
        owned = False
        if (
            mention
            and mention[0].is_cap
            and any(t.is_cap and t.lower.endswith(POSSESSIVE_ENDS) for t in mention[1:-1])
        ):
            # "Acme Water's negotiator": a named possessor stands where the article does
            mention = [Token("the", "the", mention[0].start, mention[0].start), *mention]
            owned = True
        if not mention or mention[0].lower not in ("the", "this"):
            return None
        noun = mention[-1].lower
        if len(mention) == 2 and (noun in BODY_KINDS or noun in ORG_WORDS):
            body = self.body(noun)
            if body is not None or noun not in ROLE_NOUNS:
                return body  # not "the Republican" after "Gov. Ann Lee, a Republican,": a person
        last = next(
            (t for k, t in enumerate(mention) if k + 1 == len(mention) or mention[k + 1].lower == "of")
        )
        if (
            last.lower.endswith("s")
            and not last.lower.endswith(SINGULAR_S_ENDS)  # "the alumnus", "the genius": one
            and len(last.lower) > 3
            and last.text.islower()
        ):
            return None  # "the judges", "the officers": a group, never the one person given a role
        phrase = " ".join(t.lower for t in mention[1:])
        if " " in phrase:
            people = self.candidates()
            holders = [e for e in people if e.person and phrase in e.roles]
            if len(holders) == 1 and not any(
                e.person and holds(e, last.lower) for e in people[: people.index(holders[0])]
            ):
                # "the head of sales" after "Its head of sales, Ann Lee,"; not over one named
                # with the post since ("Finance Minister Rita Osei" after Ann Lee was given it)
                self.mark(holders[0])
                return holders[0].name
        # "the police chief of Morrow Falls": the noun before "of" is the head, and the place
        # after it narrows the holders as a place before the noun does ("the Texas senator")
        role = last if last is not mention[-1] and last.text.islower() and mention[-1].is_cap else mention[-1]
        head, former = held_role(role.lower)
        head = ROLE_ALIASES.get(head, head)
        rest = [t for t in mention[1:] if t is not role and t.lower != "of"]
        traits = {member_word(t.lower) for t in rest if trait_word(member_word(t.lower))}
        listed = head in ROLE_NOUNS or head in OFFICE_NOUNS or trait_word(head)
        former = former or any(former_word(t.lower) for t in rest)
        mods = {
            unpossessed_word(t.lower)
            for t in rest
            if t.is_cap and t.lower not in FORMER_WORDS and member_word(t.lower) not in traits
        }
        # "the Liberal leader" after "Liberal leader Ann Roe", "the Texas senator"
        people = [e for e in self.candidates() if e.person and mods <= e.places | e.roles]
        if not people:
            # "the Dunmore boss", "the Harbor Commission chairman", "the University of Calder's
            # president": the words around where the person was named ("Dunmore party boss Ivo
            # Lund", "Bo Rask, chairman of the Harbor Commission,"), when no one was given them
            # Of a named possessor, only its owner named so there ("Acme Water's chief
            # negotiator, Ann Lee,"), not a body or person named near for another reason
            # ("Ann Lee, the union's negotiator, said talks with Acme Water …")
            people = [e for e in self.candidates() if e.person and mods <= self.words_near(e, owned)]
        people = [e for e in people if FORMER in e.roles or not former]
        if not former and not any(t.lower in PAST_MARKERS for t in rest):
            # "the mayor" after "The former mayor, Ruth Agar,": whoever holds the office now
            people = [e for e in people if former_role(head) not in e.roles]
        if any(t.lower in CURRENT_WORDS for t in rest):
            people = [e for e in people if FORMER not in e.roles]  # "the current chief": not the retired one
        if listed and not traits:
            holders = [e for e in people if holds(e, head)]
            if not holders and head in POSTS_OF_KIND:
                seated = [e for e in people if e.roles & POSTS_OF_KIND[head]]
                one = len(seated) == 1 and not self.group_since(head, mention[0].start, seated[0])
                holders = seated if one else []  # "the lawmaker" after "Rep. Ivo Marsh"
            # "the Florida senator": only a senator introduced with Florida; an age or an origin
            # ("the 57-year-old", "the Serbian") only when one person was given it
            if holders and (len(holders) == 1 or not trait_word(head)):
                if self.newcomer(head, mention[0].start, holders):
                    return None  # "Ivo Lund, an aide, … an aide said … “…,” the aide said": the second
                self.mark(holders[0])
                return holders[0].name
            return None
        # "the 70-year-old chairman", "the rookie" (a word no list knows, given before a name):
        # each part the article gave someone narrows the people to those given it; the one
        # left, if none of their own parts (an age, a gender) contradicts the description
        fits: list[Entity] | None = None
        if traits & PARTY_MEMBERS and head not in traits and head not in PARTY_ANY_ROLE:
            # "the Republican governor", "the Democratic nominee": a party word before an office
            # names a holder of that office, not any member of the party; "the Republican
            # lawmaker" (PARTY_ANY_ROLE) is any member of it, as no one is recorded as one
            fits = [e for e in people if holds(e, head)]
        for part in sorted({*traits, head}):
            given = [e for e in people if holds(e, part)]
            if given:
                fits = given if fits is None else [e for e in fits if e in given]
        want = gender_of(mention)
        ages = {a for a in traits if AGE.fullmatch(a)}
        fits = [
            e
            for e in fits or []
            if (not want or e.gender in (want, ""))
            and not (ages and any(AGE.fullmatch(r) for r in e.roles - ages))
        ]
        if len(fits) == 1 and not self.newcomer(head, mention[0].start, fits):
            self.mark(fits[0])
            return fits[0].name
        return None

    def group_since(self, noun: str, at: int, holder: Entity | None = None) -> bool:
        """Whether another holder of a post of ``noun``'s kind may be meant: its plural, or
        the noun after "a", "an" or "another", was used within ``GROUP_REACH`` characters
        before ``at`` ("Port officials met …", "A senior city official, who spoke on condition
        of anonymity, said …", "a U.N. official"): the official may be that one, not the one
        person the article gave an office, who holds it under its own noun."""
        lo = max(at - GROUP_REACH, 0)
        others = holder_pattern(noun, True).finditer(self.text, lo, at)
        return any(not self.own_aside(m.start(), holder) for m in others)

    def newcomer(self, noun: str, at: int, holders: list[Entity]) -> bool:
        """Whether ``noun`` after "a", "an" or "another" brought in someone new after the
        ``holders`` given it were last named, within ``GROUP_REACH`` before ``at`` ("“…,” said
        Ivo Lund, an aide to the mayor. … The view was echoed by an aide to the mayor. “…,”
        the aide said": the second aide); not in an aside set off after a name ("Ana Vo, an
        aide to the mayor,": Ana Vo), nor before the name it introduces ("An aide, Ivo Lund,")."""
        last = max(e.named_at for e in holders)
        text, lo = self.text, max(at - GROUP_REACH, 0, last)
        for m in holder_pattern(noun, False).finditer(text, lo, at):
            s = m.start()
            if s <= last or NAME_SET_OFF.match(text, m.end()):
                continue  # "An aide to the mayor, Ivo Lund, said": the name's own description
            prior = text[max(0, s - NEAR) : s].split()
            if prior and prior[-1].lower() in BE_FORMS:
                continue  # "He said he was an executive who …": a predicate tells of him, no one new
            if any(w in DEMOTING_WORDS or w in PAST_MARKERS for w in m.group().lower().split()[1:-1]):
                continue  # "a former mayor", "a deputy mayor": a holder of another post
            aside = OWN_ASIDE.search(text, max(0, s - ASIDE_REACH), s)
            before = AGE_SET_OFF.sub("", text[max(0, aside.start() - NEAR) : aside.start()]) if aside else ""
            word = before.split()[-1:]  # "Rosa Quint, 39, a nurse": the name before her age
            named = self.by_last.get(unpossessed_word(word[0].lower())) if word else None
            if named is None or not named.person:
                return True  # not "Ana Vo, an aide to the mayor,", who is Ana Vo
        return False

    def own_aside(self, at: int, holder: Entity | None) -> bool:
        """ "Rep. Ivo Marsh, who became a lawmaker in 2010,", "Ivo Marsh, a lawmaker since
        2004,": the indefinite noun at ``at`` stands in an aside set off after ``holder``'s
        name, and so tells of that one, not of another holder of the post."""
        if holder is None:
            return False
        text, lo = self.text, max(0, at - ASIDE_REACH)
        m = OWN_ASIDE.search(text, lo, at)
        if m is None:
            return False
        surname = holder.name.split()[-1]
        return text[max(0, m.start() - len(surname)) : m.start()] == surname

    def words_near(self, ent: Entity, owners: bool = False) -> set[str]:
        """The capitalised words, in lower case, within ``NEAR`` characters around where
        ``ent`` was first named, in its sentence ("Dunmore" for "Dunmore party boss Ivo Lund",
        "Harbor", "Commission" for "Bo Rask, chairman of the Harbor Commission,"). With
        ``owners``, only those of a name in the possessive ("Acme", "Water" for "Ann Lee, Acme
        Water's negotiator,"; none for "Ann Lee, a lawyer for the tenants suing Tom Roe,")."""
        if ent.first_at < 0:
            return set()
        text, lo = self.text, max(0, ent.first_at - NEAR)
        at = text.find(ent.name, ent.first_at, ent.first_at + NEAR)
        end = at + len(ent.name) if at >= 0 else ent.first_at
        stop = SENTENCE_END.search(text, end, end + NEAR)
        hi = stop.start() if stop is not None else end + NEAR
        for before in SENTENCE_END.finditer(text, lo, ent.first_at):
            lo = before.end()
        if owners:
            return {
                unpossessed_word(w)
                for m in OWNER_RUN.finditer(text, lo, hi)
                for w in m.group().lower().split()
            }
        return {unpossessed_word(m.group().lower()) for m in CAPITALISED.finditer(text, lo, hi)}

    def body(self, noun: str) -> str | None:
        """ "the company" after "Acme Corp", "the board" after the Water Board, "the airline"
        after "budget airline Quellmoor Air": the one body the article has named (no person nor
        thing) that ``noun`` fits (see ``fits_body``). None when none or two fit ("Acme Corp
        sued Delta Holdings"), or when the one that fits is not the only body and ``noun``
        is no business's ("the board" after Acme Corp and the Water Board may be either's)."""
        bodies = [e for e in self.candidates() if not e.person and not e.thing]
        fits = [e for e in bodies if fits_body(e, noun)]
        if noun in BUSINESS_GENERIC and (centre := self.centre_business(bodies)) is not None:
            # "Quellmoor Foods knew … Quellmoor said … filed by the firm of Lamb & Oduya … the company
            # argues": the business the article is about, not the one marked as one in passing
            self.mark(centre)
            return centre.name
        if len(fits) != 1 or (len(bodies) > 1 and noun not in BUSINESS_NOUNS):
            return None
        self.mark(fits[0])
        return fits[0].name

    def centre_business(self, bodies: list[Entity]) -> Entity | None:
        """The body the article is about, when it may be a business: named more often than
        any other body, at least twice, and not a body of another kind ("the council", "the
        Water Board"). A name nothing made a he or she (see ``unproven``) counts as a body
        when it was named again by its first word alone, never by its last ("Quellmoor said" for
        Quellmoor Foods; "Lind said" for Mara Lind). None when two are named as often, or when
        the one named most is no business or not the first of them named."""
        pool = bodies + [e for e in self.candidates() if unproven(e) and e.first_alone and not e.last_alone]
        if not pool:
            return None
        ranked = sorted(pool, key=lambda e: e.marks, reverse=True)
        top = ranked[0]
        if top.marks < 2 or (len(ranked) > 1 and ranked[1].marks == top.marks):
            return None
        if any(0 <= e.first_at < top.first_at for e in pool):
            return None  # "Acme Corp and Birchfield Labs signed …": not the one the article opens on
        return top if may_be_business(top) else None

    def restated_body(self, noun: str) -> str | None:
        """ "Kelso Rovers has faced criticism. The club denied it. “…,” it said", "… to buy
        Ashgrove Hospital. The hospital said …": the one body named so far that "the <noun>",
        the subject an "it" stands for, fits (see ``fits_body``; "the club" for a name a
        club's head ends; a business's noun for a body that may be a business: "Tavish Shipping
        …. The company denied it", a trade's name nothing made a person's), among other bodies.
        None when none or two fit."""
        fits = [
            e
            for e in self.candidates()
            if ((not e.person and not e.thing) or (unproven(e) and trade_name(e)))
            and (
                fits_body(e, noun)
                or (noun == CLUB_NOUN and e.name.split()[-1].lower() in CLUB_HEADS)
                or (noun in BUSINESS_NOUNS and may_be_business(e))
            )
        ]
        if len(fits) != 1:
            return None
        self.mark(fits[0])
        return fits[0].name

    def centre_body(self, mention: list[Token], subject: list[Token]) -> str | None:
        """ "Acme Corp sued Delta Holdings. Delta Holdings denied it. “…,” the company said":
        a body's noun stands for the body the sentence before has for subject when the noun
        fits it (see ``fits_body``), ahead of another named before, as with people."""
        if len(mention) != 2 or mention[0].lower not in ("the", "this"):
            return None
        run = person_name(subject)
        ent = self.entity(" ".join(t.text for t in run)) if run else None
        if ent is None or ent.person or ent.thing or not fits_body(ent, mention[1].lower):
            return None
        self.mark(ent)
        return ent.name


NEAR: Final = 60
"""How far around a person's first naming ``Registry.words_near`` reads."""
CAPITALISED: Final = re.compile(r"\b[A-Z][\w’'-]*")
OWNER_RUN: Final = re.compile(
    r"\b(?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*(?:[’']s|s[’'])(?=\s)"
    r"|\b(?:for|of)\s(?:the\s)?[A-Z][\w’'-]*(?:\s(?:of\s)?[A-Z][\w’'-]*){0,3}"
)
"""A name in the possessive or after "for"/"of" ("Acme Water's", "Tom Roe's", "Andrews’",
"negotiator for the Farmers' League", "director of the Council of Northvale")."""
SENTENCE_END: Final = re.compile(r"[a-z0-9][.!?][\"”’)]?\s|\n")
"""A sentence's end: a stop after a small letter or a digit (not "Sen." before a name)."""


def unpossessed_word(low: str) -> str:
    """ "calder's" -> "calder", "harbors'" -> "harbors"."""
    return low[:-2] if low.endswith(POSSESSIVE_S) else low.rstrip("’'")


def fits_body(ent: Entity, noun: str) -> bool:
    """Whether "the <noun>" can name the body ``ent`` again: its own head ("the trust" for the
    Harbour Trust), a noun it was given ("the supermarket" after "The supermarket, Harvest
    Foods,"), or "the company"/"the firm"/"the business" for a body the article marks as a
    business: by its legal form ("Acme Corp"), partners' names joined ("Crumb & Co") or a
    business's noun given to it. A body nothing marks so ("Historic Wales") is no company."""
    if noun in described_by(ent) or noun in ent.kinds:
        return True
    if noun not in BUSINESS_GENERIC:
        return False
    return (
        ent.name.split()[-1].lower() in COMPANY_FORMS or "&" in ent.name or bool(ent.kinds & BUSINESS_NOUNS)
    )


def person_role(role: str) -> bool:
    """Whether a role registered with a name makes it a person's: an office, a trade, an
    honorific or an age ("coach", "striker", "57-year-old"); not a title word that names no
    one alone ("press", "state")."""
    return (
        role in ROLE_NOUNS
        or role in OFFICE_NOUNS
        or role in HONORIFICS
        or role in TRADE_TITLES
        or role in PEOPLE_BY_ORIGIN
        or role == FORMER
        or AGE.fullmatch(role) is not None
    )


def unproven(ent: Entity) -> bool:
    """A name of two or more words registered as a person that nothing made a he or she: no
    known first name, gender, title or role ("Quellmoor Foods", "Fenwick Albion"); it may be a
    body."""
    return (
        ent.person
        and not ent.thing
        and not ent.gender
        and " " in ent.name
        and (not given_name(ent.name.split()[0]) or trade_words(ent.name.split()))
        and not any(person_role(r) for r in ent.roles)
    )


def may_be_business(ent: Entity) -> bool:
    """Whether "the company" may name ``ent``: its head is no noun of another kind of body
    ("council", "court", "university") and it was given no such noun beside its name."""
    head = ent.name.split()[-1].lower()
    return (head not in ORG_WORDS or head in BUSINESS_NOUNS or head in COMPANY_FORMS) and not (
        ent.kinds - BUSINESS_NOUNS
    )


def trait_word(word: str) -> bool:
    """An origin or an age ("serbian", "57-year-old"): a part of a description one person is given."""
    return word in PEOPLE_BY_ORIGIN or AGE.fullmatch(word) is not None


def member_word(word: str) -> str:
    """A party's adjective as the noun for its member ("democratic" -> "democrat": "the
    Democratic lawmaker" describes a Democrat); any other word as it is."""
    return word[:-2] if word.endswith("ic") and word[:-2] in PARTY_MEMBERS else word


def holds(ent: Entity, part: str) -> bool:
    """Whether ``ent`` was given the description's ``part``: as a role, or as an origin its place
    tells ("the Serbian" for "Serbia’s Ana Lind", "Ana Lind of Serbia"; see ``origin_of``)."""
    return part in ent.roles or (part in PEOPLE_BY_ORIGIN and any(origin_of(p, part) for p in ent.places))


def origin_of(place: str, word: str) -> bool:
    """Whether the origin ``word`` derives from the ``place`` (both in lower case) without a
    list of countries: the place and a people's ending ("serbia"/"serbian", "chile"/"chilean",
    "iraq"/"iraqi", "iran"/"iranian"), or the place without its final vowel or "y" and one
    ("italy"/"italian", "china"/"chinese", "germany"/"german"), or without its final consonant
    ("sweden"/"swede", "texas"/"texan"). Not "iran"/"iraqi", "mali"/"malaysian",
    "indiana"/"indian", "austria"/"australian" (another place's word), nor "norway"/"norwegian"."""
    if len(place) < 4 or word == place or not word.startswith(place[:-1]):
        return False  # most pairs: the word does not open on the place's stem
    if word.startswith(place) and word[len(place) :] in DEMONYM_ENDINGS:
        return True
    rest = word[len(place) - 1 :]  # what follows the place without its last letter
    if not place.endswith(PLACE_FINAL_VOWELS):
        return rest in DEMONYM_ENDINGS_FOR_CONSONANT
    return rest in DEMONYM_ENDINGS_FOR_VOWEL or (rest == "" and place.endswith("y"))


RECENT: Final = 40
AGE: Final = re.compile(r"\d{1,3}-year-old")
"""A person's age as one word ("45-year-old"), as a role, a trait or a description's head."""


def owner_word(tok: Token) -> bool:
    """An article or a possessive opening a description ("the", "its", "the firm’s")."""
    return tok.lower in ARTICLES or tok.lower in PRONOUN_OF or tok.lower.endswith(POSSESSIVE_ENDS)


def appositive_roles(toks: list[Token], closed: bool = False) -> set[str]:
    """ ", 57," -> {"57-year-old"}; ", a Serbian," -> {"serbian"}; ", the chief executive of
    Acme," -> {"chief executive of acme", "executive"}: what the phrase set off by a comma
    (``toks[0]``) right after a name says its holder is. With ``closed`` (after a name itself
    set off, "his captain, Ann Lee,"), a phrase opening with an article or a verb only when a
    comma closes it: else it is the sentence going on ("…, Ann Lee, the coach faced the
    cameras.", "…, Ann Lee, read a statement."), not a role."""
    if len(toks) < 3 or toks[0].text != ",":
        return set()
    if toks[1].text.isdigit() and toks[2].text in PHRASE_ENDS:
        # "Hal Brook, 57,"; "Tom Reyes, 41, a father of three,": the next phrase set off too
        age = toks[1].text + "-year-old"
        # (with its article: not ", 55, met 57-year-old Hal Brook", the clause going on)
        stacked = toks[2].text == "," and len(toks) > 3 and toks[3].lower in ARTICLES
        return {age} | appositive_roles(toks[2:]) if stacked else {age}
    k = 2 if toks[1].lower in ARTICLES else 1
    if k == 1 and finite(toks[1]):
        return set()  # "Ivo Lund, have complained": a verb set off, no role (", a champion," is one)
    e = k
    while (
        e < len(toks) and e - k < 8 and toks[e].text not in PHRASE_ENDS and toks[e].lower not in PHRASE_STOPS
    ):
        e += 1
    f = e  # "Ann Lee, a coach at the club,": the role ends at the stop, the phrase at the comma
    while f < len(toks) and f - k < 16 and toks[f].text not in PHRASE_ENDS:
        f += 1
    if f >= len(toks) or toks[f].text not in PHRASE_ENDS:
        return set()  # the phrase runs on past what was read: not one set off by commas
    if closed and toks[f].text != "," and (k == 2 or finite(toks[1])):
        return set()  # "his captain, Ann Lee, the coach faced …", "…, Ann Lee, read a statement."
    return phrase_roles(toks[k:e])


def phrase_roles(phrase: list[Token]) -> set[str]:
    """The roles a description of a person gives (``phrase``: without its article): the
    phrase itself and its head noun, when the head is a role, an origin or an age
    ("head of communications", "Utah Republican", "57-year-old nurse" -> also "57-year-old").
    The head is the noun before the first word that modifies it from behind (``post_modifier``):
    "lawyer representing the mayor", "aide to the governor", "chief of staff to the mayor" are
    a lawyer's, an aide's, a chief of staff's, never the mayor's. A former word before the head
    ("former mayor", "ex-mayor") makes the role one its holder no longer has (``former_role``)."""
    cut = head_index(phrase) + 1
    h = cut - 1
    if h < 0:
        return set()
    # the phrase runs on past "of" ("chief of staff") up to the next word that modifies it
    end = next((k for k in range(cut + 1, len(phrase)) if post_modifier(phrase, k, True)), len(phrase))
    end = end if cut < len(phrase) and phrase[cut].lower == "of" else cut
    head, was = held_role(phrase[h].lower)
    ages = {t.lower for t in phrase[:end] if AGE.fullmatch(t.lower)}
    # a former word before the head, not before a possessor of it ("the former mayor's lawyer")
    own = max((k for k in range(h) if phrase[k].lower.endswith(POSSESSIVE_ENDS)), default=-1)
    marks = [t.lower for t in phrase[own + 1 : h] if past_word(t.lower)]
    if was:
        marks.append(phrase[h].lower.split("-")[0] + "-")  # "ex-mayor", "then-mayor"
    past = {FORMER} if marks else set()
    office = aliased(head)
    if office in HELD_OFFICES and any(no_longer(w) for w in marks):
        past.add(former_role(office))  # "the former mayor", "a retired judge"; not "his former lawyer"
    if not (
        head in ROLE_NOUNS
        or head in OFFICE_NOUNS
        or head in PEOPLE_BY_ORIGIN
        or head in TITLES
        or head in TRADE_TITLES
    ):
        # "a retired midwife", "the club's kit man": a noun no list knows is the person's
        # role when the phrase is short (three words at most, after a possessor: "Acme
        # Water's chief …") and the noun plain (lower case, no number or mark)
        plain = cut - own <= 4 and head.isalpha() and phrase[h].text.islower()
        return ages | {head} | past if plain and head not in STOP and not head.endswith("ly") else ages
    return ages | past | {head, " ".join(t.lower for t in phrase[:end])}


def head_index(phrase: list[Token]) -> int:
    """Where the head noun of a description (``phrase``: without its article) is: the word
    before the first that modifies it from behind, or the last word; -1 if none."""
    return next((k for k in range(1, len(phrase)) if post_modifier(phrase, k)), len(phrase)) - 1


def post_modifier(phrase: list[Token], k: int, past_of: bool = False) -> bool:
    """Whether ``phrase[k]`` opens what modifies the noun before it from behind: a preposition
    ("of", "to", "for"; with ``past_of`` any but "of"), a relative pronoun, or a participle
    opening its own phrase ("representing the mayor", "hired by the mayor", "assigned to the
    judge"; not "the acting mayor", "a retired midwife": those come before their noun)."""
    low = phrase[k].lower
    if low in NOUN_PREPOSITIONS:
        return not (past_of and low == "of")
    if low in RELATIVE_PRONOUNS:
        return True
    if not (low.endswith(MODIFIER_PARTICIPLE_ENDS) and phrase[k].text.isalpha() and phrase[k].text.islower()):
        return False
    if low in OFFICE_NOUNS or low in ROLE_NOUNS or low in TITLES:
        return False  # "the reigning king of", "the chief warden of": a noun of a person, no participle
    nxt = phrase[k + 1].lower if k + 1 < len(phrase) else ""
    if nxt == "of" and not low.endswith("ed"):
        return False  # "a sibling of", "a citizen of": a noun's "of"; not "accused of"
    return nxt in ARTICLES or nxt in PRONOUN_OF or nxt in NOUN_PREPOSITIONS or nxt.endswith(POSSESSIVE_ENDS)


def aliased(role: str) -> str:
    """A role under its one spelling ("gov" -> "governor")."""
    return ROLE_ALIASES.get(role, role)


def former_role(role: str) -> str:
    """The role a holder the article marks as former is registered with beside ``FORMER``
    ("former mayor"): a later "the mayor" names the one who holds the office now. Marked apart
    from a description's words ("former lawyer" of "His former lawyer, Tom Bex,")."""
    return FORMER + ":" + role


OBJECT_FORMS: Final = {
    "his": "he",
    "him": "he",
    "her": "she",
    "hers": "she",
    "their": "they",
    "them": "they",
    "its": "it",
}
ROLE_ALIASES: Final = {
    "sen": "senator", "gov": "governor", "rep": "representative", "pres": "president",
    "gen": "general", "dr": "doctor", "prof": "professor", "sec": "secretary",
    "congressman": "representative", "congresswoman": "representative",
}  # fmt: skip


FORMER: Final = "former"
"""The role every former holder of a title is registered with ("former Gov. Ann Lee")."""


def former_word(word: str) -> bool:
    """ "former", "ex-", "then-": a word that makes the title after it a former one (a bare
    "then" is most often "and then")."""
    return word == FORMER or (word[-1:] == "-" and word[:-1] in FORMER_WORDS)


def no_longer(word: str) -> bool:
    """A word that makes the office after it one its holder has left: ``past_word`` but
    "then-" ("then-Gov. Ann Lee" held the office at the time told, and may still)."""
    return past_word(word) and not word.startswith("then")


def past_word(word: str) -> bool:
    """A word that makes the role after it one the person held once: ``former_word``, or
    "retired", "onetime", "erstwhile" (``PAST_MARKERS``)."""
    return former_word(word) or word in PAST_MARKERS


def held_role(word: str) -> tuple[str, bool]:
    """A role word and whether it is a former one: "ex-chairman" -> ("chairman", True),
    "then-sen" -> ("sen", True), "mayor" -> ("mayor", False)."""
    cut = word.find("-")
    if cut > 0 and word[:cut] in FORMER_WORDS:
        return word[cut + 1 :], True
    return word, False


def name_key(words: list[str]) -> str:
    """The word a name is filed under: its surname, before a suffix ("Jr."); a firm's name
    joined by "&" is filed whole, so "Voss & Lind" is never Ivy Lind nor she it."""
    if "&" in words or any(w in NAME_PREPS for w in words):
        return " ".join(words).lower()  # "the Bank of Esterra" is no Mr. Esterra
    key_word = words[-2] if words[-1].lower() in NAME_SUFFIXES and len(words) > 1 else words[-1]
    return key_word.lower()


def same_person_words(known: list[str], given: list[str]) -> bool:
    """Whether two name forms can be one person: one is the other's tail ("Lee" and
    "Ann Lee") or they share the first name; two full names that differ are two people. A
    name with and without its accents is one form ("François" in the body, "Francois" in a
    headline set without them)."""
    a, b = [unaccented(w.lower()) for w in known], [unaccented(w.lower()) for w in given]
    if len(a) < 2 or len(b) < 2:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return longer[-len(shorter) :] == shorter or a[0] == b[0]


def unaccented(word: str) -> str:
    """``word`` without its accents: "françois" -> "francois" (most words have none: as given)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def named_as_object(text: str, at: int) -> bool:
    """Whether the name at ``at`` is the object of a verb or of a preposition ("Lee sued Acme
    Corp", "a letter to the Water Board", "residents who oppose the Harbour Trust"), told by
    the words before it: after a stop, a comma, a subordinator or "but" it opens a clause as
    its subject. A passive's agent ("sued by Acme Corp") acts, "according to" names a source,
    and a body after the people who speak for it ("officials at the Water Board", "a lawyer
    for Acme Corp") is their voice, when they are not objects themselves."""
    start = max(0, at - 80, text.rfind("\n", max(0, at - 80), at) + 1)  # a line break opens a clause
    before = words(text, start, at)  # bounded look-back: linear on any input
    return stands_as_object(before, len(before))


THING_SUBJECT: Final = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|\n|,\s+|[\"”’]\s+)(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in THING_DETERMINERS)
    + r"|[A-Z][A-Za-z]*['’]s)\s+([a-z]+)\b"
)
"""A determiner and a common noun opening a sentence or a clause, or after a quote: a
thing as a subject ("The memo said", "“…,” the email read")."""
THE_NOUN: Final = re.compile(r"\b[Tt]he ([A-Za-z]+)\b")
DESCRIBED_WITHIN: Final = 600
"""How far before a pronoun a description of a body is looked for: a bound, so a text of
many such pronouns stays linear."""
GROUP_REACH: Final = 2000
"""How far before a description by a kind of post another holder of it is looked for
(``group_since``)."""
FREE_WORD: Final = r"(?!(?:" + "|".join(sorted(DETERMINERS)) + r")\b)"
AGE_SET_OFF: Final = re.compile(r"(?:,\s*\d+)+$")
"""An age set off after a name (", 39"), read past to the name."""
NAME_SET_OFF: Final = re.compile(r",? (?:[A-Z][\w'’-]*\.? )+[A-Z]")
"""A name set off or run on after a description ("a former mayor, Ann Lee,")."""
INDEFINITE_HOLDER: Final = (
    r"\b(?:an?|another)\s+(?:" + FREE_WORD + r"(?:[\w'’-]+|(?:\w\.)+)\s+){{0,4}}{0}\b(?!-)"
)
"""A post's noun after an indefinite article and up to four words, none a determiner ("an
aide", "a senior aide"): someone the article brings in (``Registry.newcomer``)."""
UNNAMED_HOLDER: Final = r"\b{0}s\b|" + INDEFINITE_HOLDER
"""The plural of a post's noun, or ``INDEFINITE_HOLDER`` ("officials", "a senior State
Department official"; not "a bill the lawmaker", where "the" opens another noun phrase)."""


@lru_cache(maxsize=256)
def holder_pattern(noun: str, plural: bool) -> re.Pattern[str]:
    """``INDEFINITE_HOLDER`` (``UNNAMED_HOLDER`` with ``plural``) for ``noun``, compiled once a noun."""
    return re.compile(
        (UNNAMED_HOLDER if plural else INDEFINITE_HOLDER).format(re.escape(noun)), re.IGNORECASE
    )


OWN_ASIDE: Final = re.compile(
    r",\s+(?:who\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(w for w in PREDICATE_LEADS if w.isalpha()))
    + r")\s+)?$",
    re.IGNORECASE,
)
"""The opening of an appositive after a name (", ") or of its relative clause up to a verb
that gives the subject a noun (", who became ", ", who has been "): what follows tells of the
one named (``Registry.group_since``)."""
ASIDE_REACH: Final = 120
"""How far before an indefinite holder's noun its name's aside is looked for."""


SENTENCE_STOPS: Final = (". ", "? ", "! ")
NAMED: Final = 1
ADDRESSED: Final = 2
"""How a quote names a person (see ``Registry.in_quote``): at all, or as someone addressed."""


def fronted_object(text: str, named_at: int, at: int) -> bool:
    """ "In a 1993 interview with Mia Roy, she described …", "After talks with the trade
    magazine Film Week, he said …": the name met at ``named_at`` is the object of a
    preposition in the phrase fronted before the he/she at ``at`` (the phrase's comma right
    before it), which cannot stand for a name inside a phrase it follows in its own clause.
    Not a possessor ("With Roy’s help, she …") nor the subject of a fronted clause ("When Roy
    left, she …")."""
    start = sentence_start(text, at)
    if not start <= named_at < at or not text[max(0, at - 3) : at].rstrip().endswith(","):
        return False
    rest = text[named_at:at]
    name_end = rest.find(",")
    set_off = name_end > 0 and all(w[:1].isupper() for w in rest[:name_end].split())
    after = next((w for w in rest.split() if not w[:1].isupper()), "")
    if not (set_off or after.lower() in OBJECT_PREPS):
        return False  # "From the day Tom Lee entered the race, he …": the name is a subject
    opening = text[start:named_at].split()
    if opening and opens_clause(opening[0].lower()):
        return False  # "When I put it to Ann Roy, she said": the one a clause addresses may answer
    if any(w.lower() in PRONOUNS for w in opening):
        return False  # "After I met Ann Roy, she …": a clause of its own
    between = 0
    for word in reversed(opening):
        low = word.lower()
        if low in OBJECT_PREPS:
            return True
        between += 1
        if word.endswith(",") and between == 1 and set_off:
            continue  # "with the new owner, Paul Berg,": the name set off after its noun
        if between > 4 or not (word.isalpha() and word.islower()) or low in PRONOUNS_HE_SHE_THEY:
            return False
    return False


BODY_NAME_RUN: Final = re.compile(
    r"(?:[A-Z][\w’'\-]*+[ \u00a0]?)++(?:(?:and|of|for|&|the)[ \u00a0]++(?:[A-Z][\w’'\-]*+[ \u00a0]?)++)*+"
)
"""A run of capitalised words joined by "and", "of", "for", "&" or "the": a body's name."""
STOP_MARK: Final = re.compile(r"[.!?]")
ITS: Final = re.compile(r"\bits\b")
BODY_NAME_WORDS: Final = lx.BODY_NAME_WORDS


def body_name(text: str, at: int) -> str | None:
    """The whole name of the body opening at ``at`` ("Sallow Cross Fire and Rescue", "The
    Kelso Teachers' Union") when a word in it names a body or "its" follows in its
    sentence; None when nothing shows it is a body."""
    run = BODY_NAME_RUN.match(text[at : at + 200])
    if run is None:
        return None
    name = run.group().strip()
    low = [w.strip("’'").lower() for w in name.split()]
    if low and low[0] == "the":
        name, low = name[4:], low[1:]
    stop = STOP_MARK.search(text[at : at + 300])
    rest = text[at + run.end() : at + (stop.start() if stop else 300)]
    if any(w in BODY_NAME_WORDS for w in low) or ITS.search(rest):
        return name
    return None


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (after a stop and a blank, or a line break),
    looking back at most ``DESCRIBED_WITHIN``."""
    lo = max(0, at - DESCRIBED_WITHIN)
    stops = (text.rfind(mark, lo, at) for mark in SENTENCE_STOPS)
    return max(lo, text.rfind("\n", lo, at) + 1, *(stop + 2 for stop in stops if stop >= 0))


def described_by(ent: Entity) -> set[str]:
    """The nouns that name the body ``ent`` again later: its own head ("the trust" for the
    Harbour Trust, "the bank" for the Bank of Esterra), or "the company"/"the firm" for a company named by its legal form."""
    parts = ent.name.lower().split()
    # "the bank" for the Bank of Esterra: the word before its preposition heads it
    head = next((parts[k - 1] for k in range(1, len(parts)) if parts[k] in NAME_PREPS), parts[-1])
    return COMPANY_NOUNS if head in COMPANY_FORMS else {head}


def object_mention(text: str, ent: Entity, at: int, surnames: Callable[[], set[str]]) -> int:
    """Where the body ``ent`` was last mentioned before the pronoun at ``at`` if that mention
    is an object (see ``named_as_object``), else -1. Its last mention is its name, or a later
    description (see ``described_by`` and ``describes_body``) within ``DESCRIBED_WITHIN``
    before the pronoun: "Lee sued Acme Corp. The company denied it. “…,” it said" is the
    company again, as a subject; "The Water Board said …. Residents sued the board. “…,”
    they said" is not. ``surnames`` gives ``Registry.surnames``, called only when the body's
    first word alone is looked for."""
    last, spoke = ent.named_at, ent.spoke
    if at >= 0 and last >= 0:
        nouns = described_by(ent)
        lo = max(last + 1, at - DESCRIBED_WITHIN)
        parts = ent.name.split()
        own = parts[-1]  # "the Post" for the Daily Post, "the Trust" for the Harbour Trust
        heads = [m for m in THE_NOUN.finditer(text, lo, at) if m.group(1) in nouns or m.group(1) == own]
        if (
            len(parts) > 1
            and parts[0].isalpha()
            and parts[0].lower() not in DETERMINERS
            and parts[0] not in surnames()  # asked only here: most bodies never get this far
        ):
            # "Halden said" for Halden Group: its first word alone, no capitalised word after it
            first = first_word_alone(parts[0])
            heads = sorted([*heads, *first.finditer(text, lo, at)], key=lambda m: m.start())
        for m in reversed(heads):  # the last that names the body: one test in the common case
            if describes_body(text, m, lo):
                last, spoke = m.start(), False
                break
    return last if last >= 0 and not spoke and named_as_object(text, last) else -1


DOCUMENT_AFTER: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|his|her|their) ([a-z-]+)(?: ([a-z-]+))?"
)
"""A singular noun phrase ("a message", "the open letter") whose head may be a document."""


def document_nearer(text: str, ent: Entity, at: int) -> bool:
    """Whether a document stands between the body ``ent``'s last naming and the "it" at
    ``at``, in that pronoun's sentence or the one before, so that it, not the body, is what
    the "it" most likely is: "… inspired by the Millgate Lane branch, sent a letter to every
    councillor. It described …"; "The court heard … . Lee read from a message she sent. It
    said: …". Not when the body opens the document's sentence as its subject ("Acme Corp
    issued a statement. “…,” it said") nor after "in"/"via" ("In a statement, it said"), nor
    after "about"/"over", the topic of a talk ("Lee spoke to Acme about her letter. It said")."""
    last = ent.named_at
    if at < 0 or last < 0:
        return False
    lo = sentence_start(text, max(0, sentence_start(text, at) - 2))
    for m in DOCUMENT_AFTER.finditer(text, max(lo, last), at):
        noun = m.group(1) if m.group(1) in DOCUMENT_NOUNS else m.group(2) or ""
        if noun not in DOCUMENT_NOUNS or noun.endswith("s"):
            continue  # "a message", "an open letter"; not "the messages", "a sign of"
        near = words(text, max(0, m.start() - 12), m.start())
        if near and (near[-1].lower in MEDIUM_BEFORE or near[-1].lower in TOPIC_BEFORE):
            continue  # "In a statement, it said"; "spoke to Acme about his letter. It said"
        opens = sentence_start(text, m.start())
        # the body named before the document's sentence, or in it as a modifier of a noun
        # ("the Millgate Lane branch") or an object, not as its subject
        return last < opens or named_as_object(text, last) or noun_after(text, last, ent.name)
    return False


def noun_after(text: str, at: int, name: str) -> bool:
    """Whether the name ``name`` written at (or just after) ``at`` stands before a lower-case
    word that is no verb, as a modifier of a noun ("the Millgate Lane branch")."""
    k = text.find(name, at, at + len(name) + 8)
    if k < 0:
        return False
    after = text[k + len(name) : k + len(name) + 30].split(maxsplit=1)
    nxt = after[0].rstrip(",;:.") if after else ""  # "the Millgate Lane branch, sent …"
    return (
        nxt.isalpha()
        and nxt.islower()
        and nxt not in DETERMINERS
        and nxt not in CUE_FORMS
        and nxt not in STOP
        and not nxt.endswith(("ed", "s"))
    )


HE_SHE: Final = {"he": re.compile(r"\b[Hh]e\b"), "she": re.compile(r"\b[Ss]he\b")}


@lru_cache(maxsize=256)
def first_word_alone(word: str) -> re.Pattern[str]:
    """``word`` on its own, not a possessive nor the start of a longer capitalised name."""
    return re.compile(r"\b" + re.escape(word) + r"\b(?![’']|\s+[A-Z])")


def describes_body(text: str, m: re.Match[str], lo: int) -> bool:
    """Whether "the <head>" at ``m`` names the body again: outside a quotation opened since
    ``lo``, as a clause's subject before its verb ("Later the firm settled") or a verb's object
    ("Tenants sued the board", "wrote to the board"); elsewhere the noun often has another
    sense ("cuts across the board", "the bank of the river")."""
    at, end = m.span()
    if text.rfind("“", lo, at) > text.rfind("”", lo, at):
        return False  # "Residents sued the bank. “The bank lied,” they said": the people's words
    if named_as_object(text, at):
        near = words(text, max(0, at - 40), at)
        return len(near) < 2 or near[-1].lower not in OBJECT_PREPS or finite(near[-2])
    near = words(text, end, min(len(text), end + 30))
    verb = bool(near) and (near[0].lower in LATER or near[0].lower.endswith("ly") or finite(near[0]))
    # "The firm, which …, denied", "The firm's staff"
    return verb or text.startswith(",", end) or text.startswith(POSSESSIVE_S, end)


def stands_as_object(before: list[Token], k: int) -> bool:
    """Whether the noun phrase after ``before[:k]`` stands as an object (see ``named_as_object``)."""
    i = k - 1
    if i >= 1 and before[i - 1].lower in ARTICLES and before[i].text.islower():
        i -= 2  # "the embattled Harbour Trust": one modifier after the article
    if i < 0 or not before[i].text[:1].isalnum():
        return False  # opens the text or follows a stop, a comma, a quote mark, a dash
    low = before[i].lower
    if low in CUE_FORMS and i >= 1 and before[i - 1].text in ("”", "’", ","):
        return False  # "“…,” said the company": the speaker of the quote before it
    if low == "to" and i >= 1 and before[i - 1].lower == "according":
        return False  # "according to the Harbour Trust": the source of what is reported
    if low in PREPOSITIONS and i >= 1 and before[i - 1].lower.removesuffix("s") in ROLE_NOUNS:
        return stands_as_object(before, i - 1)  # "officials at the Water Board said": the body speaks
    if low in SUBORDINATORS or low in ("that", "by"):
        return False  # "because Acme Corp", "said that Acme Corp", "was sued by Acme Corp"
    if low in TIME_NOUNS or low in LATER or low in TIME_AFTER:
        return False  # "Later that day the firm", "Weeks ago the trust": after a time, a subject
    # after a verb or a preposition; not after "Then" or "In 2019" opening the sentence
    return low in OBJECT_PREPS or before[i].text[:1].islower()


def the_named(mention: list[Token], run: list[Token]) -> bool:
    """ "the Daily Courier", "the Harbor Trust": a capitalised run right after "the", with no
    title in it, names a body or a thing, never a he or she."""
    if len(run) < 2 or any(is_title(t) for t in mention) or given_name(run[0].text):
        return False  # "the John Carter campaign": a person's name used before a noun
    k = index(mention, run[0], 0)
    return k >= 1 and mention[k - 1].lower == "the"


def trade_name(ent: Entity) -> bool:
    """ "Harlow Foods", "Vela Motors", "Stanley Transport": a name of two words or more ending
    in a trade's word (see TRADE_HEADS), given no role, title or sex: a business, which keeps
    its name's forms ("Harlow said") but is never a he or she, even when its first word is a
    given name. A head that is also a surname ("Grace Mills", "Liam Power": TRADE_SURNAMES)
    makes it one only with a body's evidence: a kind given beside the name, or its first word
    alone standing for it; after a given name, never."""
    parts = ent.name.split()
    head = parts[-1].lower()
    return (
        len(parts) > 1
        and head in TRADE_HEADS
        and not ent.roles
        and not ent.gender
        and (
            head not in TRADE_SURNAMES or ((bool(ent.kinds) or ent.first_alone) and not given_name(parts[0]))
        )
    )


def trade_words(words: list[str]) -> bool:
    """ "Stanley Transport", "Howard Logistics": two words or more ending in a trade's word
    that is no surname (TRADE_HEADS but not TRADE_SURNAMES): the first word, a given name or
    not, tells no sex; a business's name unless the text makes it a person's."""
    return len(words) > 1 and words[-1].lower() in TRADE_HEADS and words[-1].lower() not in TRADE_SURNAMES


def is_org(run: list[Token]) -> bool:
    """An organisation or a place: "he"/"she" never stand for it."""
    last = run[-1].lower.split("-")[-1]  # "African-Americans"
    if last in SURNAME_HEADS and len(run) > 1 and given_name(run[0].text):
        return False  # "Derek Hall", "Sun-hee Park": a given name before a surname-like head
    if last in CLUB_HEADS:
        # "Westmere United", "Wanderers": a club after another capitalised word, or a plural
        # head alone; not a person's surname ("Mark Albion") nor "Albion" said again of him
        return (len(run) > 1 and not given_name(run[0].text)) or (len(run) == 1 and last.endswith("s"))
    return (
        last in ORG_WORDS
        or last in PLACE_WORDS
        or (len(run) > 1 and run[0].lower in PLACE_FIRST)
        or (len(run) == 1 and run[0].text.isupper() and len(run[0].text) > 1)
        or any(t.text == "&" or t.lower in NAME_PREPS for t in run)  # "Voss & Lind", "Bank of Esterra"
    )


def names_person(np: list[Token]) -> bool:
    """Whether a run of capitalised words names a person (a headline's subject, a name in a
    paragraph): a known given name in it, a title before a capitalised word ("Port Director
    Mara Quist", "Governor Hale"), or two words or more not led by an article, with no date's
    word among them, and neither a body ("Dunmore Council") nor a plural ("Local Residents",
    "Critics"): "Council Member Ida Marsh" is a person."""
    if any(given_name(t.text) for t in np):
        return True
    if any(is_title(t) and len(np) - k >= 2 and np[-1].is_cap for k, t in enumerate(np)):
        return True
    return (
        len(np) >= 2
        and all(t.is_cap for t in np)
        and np[0].lower not in ARTICLES
        and not np[-1].lower.endswith("s")
        and not any(t.lower in DATE_WORDS for t in np)
        and not is_org(np)
    )


def participle_before_name(run: list[Token]) -> bool:
    """ "Quoting Ann Lee's claim", "Rejecting Lee's plan": the capitalised participle (or a
    preposition spelt as one: "Following"; or any word in -ing before a name of two words)
    that opens the run, when the run opens its sentence, is the clause's verb, no part of
    the name after it. Not a surname or given name in -ing ("Ann Fielding", "Sterling
    Hale": no verb), nor before a body's name ("Reading Council")."""
    if len(run) < 2 or not run[0].is_cap or given_name(run[0].text):
        return False
    if run[0].lower not in OPENING_PARTICIPLES:
        # "Parroting Ann Lee's claim": any word in -ing before a name of two words or more
        low = run[0].lower
        if not (low.endswith("ing") and len(low) > 5 and (len(run) >= 3 or given_name(run[1].text))):
            return False
    last = run[-1]
    bare = last.lower[:-2] if last.lower.endswith(POSSESSIVE_S) else last.lower
    rest = [*run[1:-1], Token(last.text, bare, last.start, last.end)]
    return given_name(rest[0].text) or not is_org(rest)


def is_place(run: list[Token]) -> bool:
    """A place's name by its words ("Temple Road", "West Fenland"), not a body's."""
    return run[-1].lower.split("-")[-1] in PLACE_WORDS or (len(run) > 1 and run[0].lower in PLACE_FIRST)


def given_gender(word: str) -> str:
    low = word.lower()
    return "m" if low in MALE_FIRST else "f" if low in FEMALE_FIRST else ""


def given_sex(word: str) -> str:
    """The sex a given name is evidence of: ``given_gender`` but none for a name common for
    both sexes ("Alex", "Andrea"), which is still a given name (``given_name``)."""
    return "" if word.lower() in EITHER_SEX_FIRST else given_gender(word)


def given_name(word: str) -> bool:
    """A known first name, or a hyphenated East Asian one ("Sun-hee", "Jae-in")."""
    parts = word.split("-")
    return bool(given_gender(word)) or (len(parts) == 2 and parts[1].isalpha() and parts[1].islower())


def gender_of(mention: list[Token]) -> str:
    """The sex ("m"/"f") given by the first title, noun or he/she in ``mention``, "" if none;
    a possessive gives none ("Her husband" is a man)."""
    for tok in mention:
        if sex := word_gender(tok.lower):
            return sex
    return ""


def word_gender(low: str) -> str:
    """The sex ("m"/"f") one lower-case word tells ("mr", "widow", "she"), "" if none."""
    if low in MALE_WORDS:
        return "m"
    return "f" if low in FEMALE_WORDS else ""
