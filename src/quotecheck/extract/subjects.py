"""The subject of a sentence or clause: who a quote in its predicate reports, when no cue
names a speaker next to the quote. Shared by the attribution sieves and the partial-quote
sieve, so it lives apart from both."""

from __future__ import annotations

from typing import Final

from quotecheck.extract import lexicon as lx
from quotecheck.extract.mentions import (
    affiliated,
    kind_of_mention,
    np_forward,
    people_noun,
    people_plural,
    person_noun,
    served_after,
    year,
)
from quotecheck.extract.names import given_name
from quotecheck.extract.sentences import Token, finite, first_comma, index

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
APPROX: Final = lx.APPROX
ARTICLES: Final = lx.ARTICLES
INDEFINITE_ARTICLES: Final = lx.INDEFINITE_ARTICLES
ARTICLES_AND_POSSESSIVES: Final = lx.ARTICLES_AND_POSSESSIVES
BE_FORMS: Final = lx.BE_FORMS
CLAUSE_ADVERBS: Final = lx.CLAUSE_ADVERBS
CLAUSE_STARTERS: Final = lx.CLAUSE_STARTERS
COORDINATORS: Final = lx.COORDINATORS
COUNT_LEADS: Final = lx.COUNT_LEADS
COUNT_WORDS: Final = lx.COUNT_WORDS
CUE_FORMS: Final = lx.CUE_FORMS
DETERMINERS: Final = lx.DETERMINERS
EMPTY_SUBJECTS: Final = lx.EMPTY_SUBJECTS
FINITE_AUX: Final = lx.FINITE_AUX
FINITE_BE: Final = lx.FINITE_BE
FINITE_WORDS: Final = lx.FINITE_WORDS
FRONTED: Final = lx.FRONTED
HAVE_FORMS: Final = lx.HAVE_FORMS
NOUN_FRAME: Final = lx.NOUN_FRAME
OBJECT_PREPS: Final = lx.OBJECT_PREPS
OPENING_PREPOSITIONS: Final = lx.OPENING_PREPOSITIONS
ORG_WORDS: Final = lx.ORG_WORDS
PLURAL_SUBJECTS: Final = lx.PLURAL_SUBJECTS
PREPOSITIONS_OF_SETTING: Final = lx.PREPOSITIONS_OF_SETTING
PRONOUNS_HE_SHE_THEY: Final = lx.PRONOUNS_HE_SHE_THEY
QUESTION_TOPICS: Final = lx.QUESTION_TOPICS
SAME_IN_PAST: Final = lx.SAME_IN_PAST
SENTENCE_CONNECTIVES: Final = lx.SENTENCE_CONNECTIVES
SET_OFF_RELATIVES: Final = lx.SET_OFF_RELATIVES
SETTING_OPENING_PREPS: Final = lx.SETTING_OPENING_PREPS
SPEAKING_GROUPS: Final = lx.SPEAKING_GROUPS
SUBORDINATE: Final = lx.SUBORDINATE
TIME_AFTER: Final = lx.TIME_AFTER
TIME_NOUNS: Final = lx.TIME_NOUNS
WEAK_LEMMAS: Final = lx.WEAK_LEMMAS
WHOLE_GROUP_QUANTIFIERS: Final = lx.WHOLE_GROUP_QUANTIFIERS
OBJECT_FORMS: Final = lx.OBJECT_FORMS


def sentence_subject(tokens: list[Token], lo: int, hi: int) -> list[Token] | None:
    """The first noun phrase of the sentence, after a fronted phrase ("On Monday, Okafor…")."""
    i = dateline_end(tokens, lo, hi)
    while i < hi and tokens[i].lower in SENTENCE_CONNECTIVES:
        i += 1
    if (e := opens_org(tokens, i, hi)) >= 0:
        return tokens[i:e]
    for _ in range(3):
        if (
            i < hi
            and (
                tokens[i].lower in FRONTED
                or tokens[i].lower in SUBORDINATE
                or fronted_verb(tokens, i)
                or span_before_clause(tokens, i, hi)
            )
            and not counted_subject(tokens, i, hi)
        ):
            reach = 40 if span_before_clause(tokens, i, hi) else 25  # a span leads a whole clause
            clause = tokens[i].lower in SUBORDINATE
            for k in range(i + 1, min(hi, i + reach)):
                if tokens[k].text == "," or tokens[k].lower == "<q,>":
                    i = k + 1
                    # "Asked by the chair, Ann Lee, whether …, the mayor paused": a name set off
                    # inside the fronted phrase, which goes on to its own comma
                    j = (
                        set_off_name(tokens, i, hi)
                        if tokens[k].text == "," and apposable(tokens[k - 1])
                        else -1
                    )
                    if (
                        j > 0
                        and tokens[j].text.islower()
                        and (fronted_goes_on(tokens[j]) or (clause and finite(tokens[j])))
                    ):
                        c = first_comma(tokens, j, min(hi, j + reach))
                        i = c + 1 if c >= 0 else i
                    elif tokens[k].text == "," and tokens[k - 1].is_cap:
                        i = set_off_role(tokens, i, hi)
                    break
            else:
                k = past_object(tokens, i + 1, hi) if tokens[i].lower in PREPOSITIONS_OF_SETTING else hi
                if k < hi and (
                    tokens[k].lower in PRONOUNS_HE_SHE_THEY or tokens[k].is_cap or tokens[k].lower in ARTICLES
                ):
                    i = k  # "On Bluesky she went further": the preposition's object is no subject
                elif i + 1 < hi and (tokens[i + 1].lower in PRONOUNS_HE_SHE_THEY or tokens[i + 1].is_cap):
                    i += 1  # "Instead he delivered a talk": a lone adverb before the subject
                break
    for k in range(i, min(hi, i + 7)):
        if tokens[k].text == ",":
            if (
                any(t.lower in TIME_AFTER for t in tokens[i:k])
                or (k == i + 2 and tokens[k - 1].text.islower() and tokens[k - 1].lower in TIME_NOUNS)
                or (k >= i + 2 and tokens[k - 1].lower == "on" and tokens[k - 2].lower in TIME_NOUNS)
            ):
                i = k + 1  # "A month later, he …", "That night, the nurses …", "Two decades on, she …"
            break
    # "…in Dunmore, Fenland, Hale went": a place set off by commas is not the subject
    if i < hi and tokens[i].is_cap:
        k = i
        while k < hi and k - i < 3 and tokens[k].is_cap:
            k += 1
        if (
            k < hi
            and tokens[k].text == ","
            and i > lo
            and tokens[i - 1].text == ","
            and not set_off_after(tokens, k, hi)
        ):
            i = k + 1
    if i >= hi or (
        tokens[i].lower in FRONTED
        and tokens[i].is_cap
        and tokens[i].lower not in ("here", "there")
        and not counted_subject(tokens, i, hi)
    ):
        return None  # "Given his past remarks on “…”": the fronted phrase runs on to the quote
    if (e := counted_group(tokens, i, hi)) > i:
        return tokens[i:e]  # "All three were arrested", "Both have since left"
    np = np_forward(tokens, i, hi)
    if np is not None and len(np) == 1 and np[0].lower.replace("'", "’") in EMPTY_SUBJECTS:  # fmt: skip
        return None
    return served_subject(tokens, plural_head(tokens, np, hi), hi) if np is not None else None


def counted_group(tokens: list[Token], i: int, hi: int) -> int:
    """ "Both were freed", "All three were arrested", "The two later left", "All four of the
    men were released", "Both of them …": a subject that counts a group named before, with no
    noun after the count but an "of" phrase of people, right before its verb (past an adverb);
    where it ends, or -1 ("The three brothers", "All was quiet": a noun, or no count)."""
    k = i
    first = tokens[k].lower if k < hi else ""
    if first in WHOLE_GROUP_QUANTIFIERS or first == "the":
        k += 1
    counted = k < hi and (
        tokens[k].lower in COUNT_WORDS or (tokens[k].text.isdigit() and not year(tokens[k]))
    )
    if counted:
        k += 1
    elif first != "both":
        return -1  # "All was quiet", "The board": no count
    if k + 1 < hi and tokens[k].lower == "of":
        if tokens[k + 1].lower in OBJECT_FORMS and tokens[k + 1].lower not in ("him", "her"):
            k += 2  # "Both of them", "All three of us"
        else:
            rest = np_forward(tokens, k + 1, hi)
            if rest is None or rest[0] is not tokens[k + 1] or not people_noun(rest[-1].lower):
                return -1
            k = index(tokens, rest[-1], k + 1) + 1
    j = k
    while j < hi and tokens[j].lower in CLAUSE_ADVERBS:
        j += 1
    if j >= hi:
        return -1
    verb = tokens[j]
    # a word in "-s" after a count is its noun ("Two reports contain"), not the verb
    return k if verb.lower in FINITE_AUX or (finite(verb) and not verb.lower.endswith("s")) else -1


def group_counted(np: list[Token]) -> bool:
    """Whether the subject ``np`` is one ``counted_group`` reads ("All three", "Both", "The
    two", "All four of the men"): people, however its last word reads."""
    return bool(np) and counted_group([*np, FINITE_MARK], 0, len(np) + 1) == len(np)


FINITE_MARK: Final = Token("were", "were", 0, 0)
"""A verb set after a subject for ``group_counted`` to read it as ``counted_group`` does."""


PLURAL_HEAD_REACH: Final = 4
"""The most words of a phrase after a plural head before the verb ``plural_head`` wants."""


def plural_head(tokens: list[Token], np: list[Token], hi: int) -> list[Token]:
    """ "Vaccination rates have fallen", "Turnout figures at the school were low": a
    capitalised word that is no given name, then a plural that may be read as a verb ("rates",
    "figures") and a verb group (an auxiliary, past a phrase of place at most): the plural is
    the head of the subject, not its verb, so the subject is a thing, no name ``np``."""
    if len(np) != 1 or not np[0].is_cap or not np[0].text.isalpha() or given_name(np[0].text):
        return np
    k = index(tokens, np[0]) + 1
    if k + 1 >= hi:
        return np
    head = tokens[k]
    if not (head.text.isalpha() and head.text.islower() and head.lower.endswith("s")) or head.lower.endswith(
        "ss"
    ):
        return np
    j = k + 1
    if tokens[j].lower in PREPOSITIONS_OF_SETTING or tokens[j].lower == "of":
        # "Attendance rates at Fernhill have …": a phrase of place (capitalised words and
        # articles only, so no clause) before the verb
        j += 1
        while j < min(hi, k + 2 + PLURAL_HEAD_REACH) and (tokens[j].is_cap or tokens[j].lower in ARTICLES):
            j += 1
    return [np[0], head] if j < hi and tokens[j].lower in FINITE_AUX else np


def served_subject(tokens: list[Token], np: list[Token], hi: int) -> list[Token]:
    """ "An aide to Ann Roy spoke", "A source close to the mayor met", "A spokesman for Ann Roy
    spoke": a description of a person opening the sentence with the phrase tying it to whom it
    serves (``served_after``, or "for"/"of" and a name; for a plural of people, "for"/"of" and
    whom or what they stand for: "Lawyers for the two men filed"): the whole phrase is the
    subject, whom a pronoun after it stands for (``resolution.served_speaker``, and "they" in
    ``resolution.previous_subject``); ``np`` otherwise."""
    joined = served_after(tokens, np)
    if joined is not None and joined[-1].end <= tokens[hi - 1].end:
        return joined
    p = index(tokens, np[-1], 0) + 1
    if p + 1 >= hi or tokens[p].lower not in ("for", "of"):
        return np
    if people_plural(np[-1].lower):
        # "Lawyers for the two men filed", "The parents of the injured pupils gathered": people
        # tied to whom or what they stand for, the whole phrase their "they" stands for
        return affiliated(tokens, np, p, hi)
    if not (len(np) > 1 and np[0].lower in ARTICLES and people_noun(np[-1].lower) and tokens[p + 1].is_cap):
        return np
    rest = np_forward(tokens, p + 1, hi)  # "A spokesman for Ann Roy", "The daughter of Ann Roy"
    if rest is None or rest[0] is not tokens[p + 1] or kind_of_mention(rest) != "name":
        return np
    return [*np, tokens[p], *rest]


def set_off_name(tokens: list[Token], i: int, hi: int) -> int:
    """Where the words after a name set off by commas from ``i`` start (", Ann Lee,", ", Rep.
    Ann Lee of Ohio,"): past the comma closing a run of capitalised words, with an "of" and a
    place inside; -1 when no such name stands at ``i``."""
    k = i
    while k < hi and k - i < SET_OFF_WORDS and (tokens[k].is_cap or (tokens[k].lower == "of" and k > i)):
        k += 1
    return k + 1 if i < k < hi - 1 and tokens[k].text == "," and tokens[k - 1].is_cap else -1


def set_off_after(tokens: list[Token], k: int, hi: int) -> bool:
    """Whether a person's indefinite role set off after the comma at ``k`` runs to a comma and a verb
    ("…, Ana Lind, a senior adviser to the minister, said"): the words before ``k`` are the
    subject the role is set beside, not a place ("…in Dunmore, Fenland, the mayor said")."""
    if k + 1 >= hi or tokens[k + 1].lower not in INDEFINITE_ARTICLES:
        return False  # "Asked by reporters, Ruth Meyer, the mayor, declined": the role, as before
    c = role_end(tokens, k + 1, hi)
    return (
        c > 0
        and tokens[c + 1].text.isalpha()
        and tokens[c + 1].text.islower()
        and tokens[c + 1].lower not in ARTICLES
    )


def set_off_role(tokens: list[Token], i: int, hi: int, stacked: bool = False) -> int:
    """Where the subject starts after a fronted phrase that ends on a name, from ``i``: past a
    role set off that restates the name ("Flanked by Ann Lee, the party chair, Hale spoke",
    "Joined by Ann Lee, the city's mayor, Hale …") when a capitalised word follows it; else
    ``i`` ("Joined by Ann Lee, the mayor said", "…, the mayor, who …")."""
    if i >= hi or tokens[i].lower not in ARTICLES:
        return i
    c = role_end(tokens, i, hi)
    if c < 0:
        return i
    if tokens[c + 1].is_cap:
        return c + 1  # "Flanked by Ann Lee, a senior adviser to the mayor, Hale spoke"
    if fronted_goes_on(tokens[c + 1]):
        # "Questioned by Ann Lee, the mayor, about the delay, Hale said": the fronted phrase
        # goes on past the role to its own comma
        e = first_comma(tokens, c + 2, min(hi, c + 2 + SET_OFF_ROLE_WORDS))
        if 0 < e < hi - 1:
            return e + 1
    if not stacked and tokens[c + 1].lower in ARTICLES:
        # "Questioned by Ann Lee, the head of the board, the chair, about …": a second role
        after = set_off_role(tokens, c + 1, hi, stacked=True)
        return after if after > c + 1 else i
    return i


def role_end(tokens: list[Token], a: int, hi: int) -> int:
    """The comma closing a person's role set off from the article at ``a`` (", a senior adviser
    to the minister,"): within ``SET_OFF_ROLE_WORDS``, a person's noun before it and a word
    after it; else -1 (shared by ``set_off_after`` and ``set_off_role``)."""
    c = first_comma(tokens, a + 1, min(hi, a + SET_OFF_ROLE_WORDS))
    return c if 0 < c < hi - 1 and any(person_noun(t.lower) for t in tokens[a + 1 : c]) else -1


def apposable(tok: Token) -> bool:
    """A word a name set off after it may restate: a person's role or a name ("the ranking
    member, Ann Lee,"; "the Ohio Democrat, Ann Lee,"), not a thing ("After the vote, Ann Lee,")."""
    return tok.is_cap or person_noun(tok.lower)


def fronted_goes_on(tok: Token) -> bool:
    """A word that carries a fronted phrase on past a name set off in it: a topic of asking or
    a preposition ("…, Ann Lee, whether …", "…, Ann Lee, on the budget,"), not an article or
    a relative pronoun that sets off the subject's own aside ("Asked by reporters, Ann Lee,
    the mayor, declined")."""
    low = tok.lower
    if low in SET_OFF_RELATIVES:
        return False  # "…, Ann Lee, who lost the vote, named …": the subject's own aside
    return (
        low in QUESTION_TOPICS
        or low in OPENING_PREPOSITIONS
        or low in PREPOSITIONS_OF_SETTING
        or low in OBJECT_PREPS  # "Cornered by a reporter, Ann Lee, outside the court, …"
    )


SET_OFF_WORDS: Final = 6
"""The most words of a name set off inside a fronted phrase (", Rep. Ann Lee of Ohio,")."""
SET_OFF_ROLE_WORDS: Final = 10
"""The most words of a role set off after it, or of the fronted phrase going on past the role
(", a senior adviser to the governor,", ", about the delay,")."""


def span_before_clause(tokens: list[Token], i: int, hi: int) -> bool:
    """ "Three days after the audit …, the chief resigned", "Two weeks before polls open, …": a
    counted span of time (a number or "a few", then a time noun) leading "after", "before" or
    "since" opens a fronted phrase, not the subject."""
    k = i
    while (
        k < hi
        and k - i < 3
        and (tokens[k].lower in COUNT_WORDS or tokens[k].text.isdigit() or tokens[k].lower in ("a", "few"))
    ):
        k += 1
    return (
        i < k < hi - 1
        and tokens[k].text.islower()
        and tokens[k].lower in TIME_NOUNS
        and tokens[k + 1].lower in TIME_AFTER
    )


def counted_subject(tokens: list[Token], i: int, hi: int) -> bool:
    """ "Around 2,500 nurses walked out", "Over 300 fans have signed": an approximator, a
    count (not a year), a plural and its verb make the subject, not a fronted phrase ("Over
    30 years, the port …", "Around 2010 the port …" stay fronted)."""
    return (
        i + 3 < hi
        and tokens[i].lower in APPROX
        and tokens[i + 1].text[:1].isdigit()
        and not year(tokens[i + 1])
        and tokens[i + 2].text.isalpha()
        and tokens[i + 2].text.islower()
        and tokens[i + 2].lower.endswith("s")
        and finite(tokens[i + 3])
    )


def joined_after(tokens: list[Token], np: list[Token], i: int, hi: int) -> list[Token]:
    """ "The mayor and her aide defended what they called …": a second person joined by "and"
    to the subject at ``i`` is part of it (so "they" has both for antecedent)."""
    k = index(tokens, np[-1], i + len(np) - 1) + 1
    if k + 1 >= hi or tokens[k].lower != "and":
        return np
    second = np_forward(tokens, k + 1, hi)
    if second is None or len(np) + len(second) > 12 or kind_of_mention(second) not in ("name", "description"):
        return np
    return tokens[i : index(tokens, second[-1], k + len(second)) + 1]


def opens_org(tokens: list[Token], i: int, hi: int) -> int:
    """ "Across the Pond Media said", "Over the Moon Foods has said": a capitalised
    preposition before a run of capitals that ends in an organisation's word and runs
    straight on to a verb of speech (or a helper before one) opens the organisation's name,
    not a fronted place phrase ("Along the Quay Trust has grown a movement"). The verb's
    index, or -1."""
    low = tokens[i].lower if i < hi else ""
    if not (low in OBJECT_PREPS or low in OPENING_PREPOSITIONS) or not tokens[i].is_cap:
        return -1  # not "Meanwhile Acme Media said", "Yesterday the Harbour Trust said"
    k = i + 1 + (i + 1 < hi and tokens[i + 1].lower == "the")
    e = next((x for x in range(k, min(hi, k + 6)) if not tokens[x].is_cap), hi)
    if low in SETTING_OPENING_PREPS and e - k > 2:
        return -1  # "In Tokyo Kaito Corp said": a setting's place before the company, not one name
    last = tokens[e - 1].lower
    org = last in ORG_WORDS and not (last in SPEAKING_GROUPS and last.endswith("s"))  # not "House Democrats"
    # "walked Keel", "marched protesters": a word after the verb may be its inverted subject
    after = tokens[e + 1].lower if e + 1 < hi and tokens[e + 1].text.isalpha() else "that"
    inverted = after not in CLAUSE_STARTERS and after not in OBJECT_PREPS
    word = tokens[e].lower if e < hi and tokens[e].text.islower() else ""
    cue = word in CUE_FORMS and not (inverted and CUE_FORMS[word] in WEAK_LEMMAS)  # not "pointed critics"
    # "has said", "would later call": a helper counts only before a cue
    nxt = next((x for x in range(e + 1, min(hi, e + 3)) if tokens[x].lower not in CLAUSE_ADVERBS), hi)
    helped = word in FINITE_AUX and word not in FINITE_BE and nxt < hi and tokens[nxt].lower in CUE_FORMS
    verb = (word in FINITE_WORDS or word.endswith("ed")) and (cue or helped)
    return e if k < e and org and verb else -1


def past_object(tokens: list[Token], k: int, hi: int) -> int:
    """Where the subject may start after a fronted preposition's object with no comma: past
    a run of capitalised words ("On Bluesky she"), or of lower-case ones up to a pronoun, a
    capital or an article ("After the vote the mayor", "At the rally Ann Lee")."""
    cap = k < hi and tokens[k].is_cap
    start = k
    while k < hi and k - start < 8 and tokens[k].text[:1].isalnum():
        t = tokens[k]
        if t.lower == "of":
            cap = k + 1 < hi and tokens[k + 1].is_cap  # "By the night of Oct. 9 Lee"
        elif t.text[:1].isdigit():
            cap = False
        elif t.is_cap != cap or t.lower in PRONOUNS_HE_SHE_THEY or (k > start and t.lower in ARTICLES):
            return k
        k += 1
    return hi


def fronted_verb(tokens: list[Token], i: int) -> bool:
    """ "Hastily …, Hale cast", "Continuing to explain, Lee rejected", "Questioned by Lee, Hale
    paused": an opening adverb or participle phrase is not the subject (a name goes on with a
    capital: "Tilda Roos")."""
    tok = tokens[i]
    low = tok.lower
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    after = tokens[i + 2].lower if i + 2 < len(tokens) else ""
    phrase = nxt.endswith("s") and after in NOUN_FRAME and after.isalpha()  # "calls for", "fears that"
    if (
        low.endswith("ing")
        and low not in BE_FORMS
        and low not in HAVE_FORMS  # "Being told …", "Having said that, …": a participle phrase
        and nxt in FINITE_WORDS
        and not (phrase and verb_after_phrase(tokens, i + 3, after == "that"))
    ):
        return False  # "Manning told …", "Fleming has argued …": a word followed by its verb is the subject
    if tok.is_cap and len(low) > 5 and low.endswith("ed") and nxt == "by":
        return True  # "Questioned by the chair, …", "Flanked by aides, …": a fronted passive's agent
    return tok.is_cap and len(low) > 4 and low.endswith(("ly", "ing")) and nxt[:1].islower()


def verb_after_phrase(tokens: list[Token], k: int, clause: bool = False) -> bool:
    """ "Rising calls for a recount led …": a finite verb right after the phrase makes "Rising
    calls" its subject, a modifier and a noun; with none ("Manning calls for calm, saying …"), a
    new subject ("says in a memo the plan was …") or a clause ("warns about a plan that failed")
    "Manning" is the subject. After a ``clause`` ("Growing fears that …") the verb is the second."""
    verbs = 2 if clause else 1
    for j in range(k, min(len(tokens), k + 14)):
        t, low = tokens[j], tokens[j].lower
        if t.quote >= 0 or not t.text.isalpha() or t.is_cap:
            return False
        prev = tokens[j - 1].lower
        verb = low in FINITE_WORDS or low in SAME_IN_PAST or (len(low) > 4 and low.endswith("ed"))
        new_np = j > k and low in DETERMINERS and prev not in OBJECT_PREPS
        # "talks to us and calls", "talks to us then calls" (a second -s verb; not "then led")
        joined = prev in COORDINATORS and (verb or (clause and verbs == 1))
        joined |= prev in CLAUSE_ADVERBS and verb and low.endswith("s")
        if low in CLAUSE_STARTERS or low in SET_OFF_RELATIVES or new_np or joined:
            return False  # "says in a memo the plan was", "warns about a plan that failed": a clause
        if verb and prev not in ARTICLES_AND_POSSESSIVES and prev not in FINITE_AUX and prev != "to":
            verbs -= 1  # not "a recount": a verb spelling after a determiner is a noun
            if not verbs:
                return True
    return False


def dateline_end(tokens: list[Token], lo: int, hi: int) -> int:
    """Past a wire dateline ("WASHINGTON —", "Paris (AFP) –", "BOSTON, Jan. 4 (UPI) —"):
    the place is not the sentence's subject."""
    first = tokens[lo] if lo < hi else None
    if first is None or not first.is_cap:
        return lo
    for k in range(lo + 1, min(hi, lo + 9)):
        t = tokens[k]
        if t.text in ("—", "–", "--") or (t.text == "-" and k + 1 < hi and tokens[k + 1].is_cap):
            caps = first.text.isupper() and len(first.text) > 1
            wire = any(x.text == "(" for x in tokens[lo:k])
            return k + 1 if caps or wire else lo
        if t.text in (".", ";", ":") or (t.text[:1].islower() and t.lower not in ("of",)):
            return lo
    return lo


def counted_people(tokens: list[Token], np: list[Token], hi: int) -> list[Token]:
    """ "More than 1,500 farmers marched", "Thousands of runners filled", "Some 40 angry
    parents waited": a count (a number after words that lead one, or a plural quantity noun
    and "of") before a plural and its verb makes the plural the head of the subject ``np``
    (whose "they" it is). ``np`` itself when the sentence does not open so ("Over 30 years,
    the port …": no plural and verb after the count)."""
    i = index(tokens, np[0], 0)
    k = i
    while k < hi and k - i < 3 and tokens[k].lower in COUNT_LEADS:
        k += 1
    if k < hi and (tokens[k].text[:1].isdigit() or tokens[k].lower in COUNT_WORDS):
        k += 1
    elif (
        k == i
        and k + 1 < hi
        and tokens[k].lower.endswith("s")
        and tokens[k + 1].lower == "of"
        and not people_plural(tokens[k].lower)  # "Parents of the injured pupils": people, no count
    ):
        k += 2  # "Thousands of", "Dozens of"
    else:
        return np
    j = k  # past up to three modifiers to the plural ("angry dairy farmers")
    while (
        j < hi
        and j - k < 4
        and tokens[j].text.isalpha()
        and tokens[j].text.islower()
        and not finite(tokens[j])
    ):
        j += 1
        if tokens[j - 1].lower.endswith("s") or tokens[j - 1].lower in PLURAL_SUBJECTS:
            break
    if j == k or j >= hi or not finite(tokens[j]) or tokens[j - 1].lower in FINITE_WORDS:
        return np  # "Two nurses who left …": a clause, not the verb, after the plural
    return tokens[i:j]
