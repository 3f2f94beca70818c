"""Is the quote's speaker the person the source has saying the words?

Names come in many forms: "Jim Bridenstine", "Bridenstine", "BRIDENSTINE",
"Sen. Jim Bridenstine (R-Okla.)", "@JimBridenstine". Two names are the same person when
their surnames agree and their given names, if both have one, do not conflict ("Jim" and
"James" agree by initial or nickname; "Hanna" and "Bert" conflict). A handle can also be
tied to a name by an explicit speaker→account map.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from quotecheck.extract.lexicon import (
    BODY_KINDS,
    BODY_LINKS,
    BODY_SURNAMES,
    BODY_VOICE_MODIFIERS,
    BODY_VOICE_POSTS,
    COMPANY_FORMS,
    DETERMINERS,
    ENTOURAGE_NOUNS,
    HONORIFICS,
    MEMBER_ROLES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ONE_OF_MANY,
    ORG_WORDS,
    OWN_CHANNEL_NOUNS,
    PERSON_LINKS,
    PERSONAL_POSTS,
    PLACE_WORDS,
    POSSESSIVE_DETERMINERS,
    POSTNOMINALS,
    PRESS_WORDS,
    ROLE_PAST_MARKERS,
    SPEAKER_PREPS,
    SPEAKS_FOR,
    STRAY_NAME_WORDS,
    SURNAME_HEADS,
    TRADE_HEADS,
    WORDS_NOUNS,
)
from quotecheck.extract.mentions import people_plural
from quotecheck.extract.names import aliased, given_name, unaccented

# Words of a name that are not the person's own: honorifics, suffixes, letters after it, an article.
TITLES = frozenset(HONORIFICS | {s.rstrip(".") for s in NAME_SUFFIXES | POSTNOMINALS} | {"the"})
JOINED = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
"""Where a speaker of several people joined ("Ann Lee, Tom Hale and Ivo Lund") splits."""
WORD = re.compile(r"[^\W\d_][\w.'’-]*|,")
"""A word of a speaker string, or a comma."""
OWNER = ("'s", "’s")
BODY_NAME_WORDS = frozenset((ORG_WORDS | BODY_KINDS | PLACE_WORDS | TRADE_HEADS | {"guild"}) - SURNAME_HEADS)
"""Words that make a name a body's ("Authority", "Mill", "Harbor"), not the surnames among them."""
PARTY_TAG = re.compile(r"\(?\b[DRI]-[A-Z][A-Za-z.]*\)?|\([^)]*\)")
NICKNAMES: dict[str, str] = {
    "bill": "william", "will": "william", "billy": "william", "bob": "robert", "bobby": "robert",
    "rob": "robert", "dick": "richard", "rick": "richard", "jim": "james", "jimmy": "james",
    "mike": "michael", "tom": "thomas", "tony": "anthony", "ted": "edward", "ed": "edward",
    "ned": "edward", "chuck": "charles", "charlie": "charles", "hank": "henry", "jack": "john",
    "johnny": "john", "peggy": "margaret", "maggie": "margaret", "meg": "margaret",
    "liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth", "kate": "katherine",
    "kathy": "katherine", "sue": "susan", "larry": "lawrence", "joe": "joseph", "al": "albert",
    "alex": "alexander", "andy": "andrew", "ben": "benjamin", "dan": "daniel", "dave": "david",
    "don": "donald", "frank": "francis", "fred": "frederick", "jerry": "gerald", "greg": "gregory",
    "jeff": "jeffrey", "jon": "jonathan", "ken": "kenneth", "matt": "matthew", "nick": "nicholas",
    "pat": "patrick", "pete": "peter", "ron": "ronald", "sam": "samuel", "steve": "stephen",
    "tim": "timothy", "chris": "christopher", "nancy": "ann", "sandy": "sandra",
}  # fmt: skip


def name_words(name: str) -> list[str]:
    """Lower-case name words without titles, party tags or a handle's "@" (camel case split)."""
    name = PARTY_TAG.sub(" ", name)
    if name.strip().startswith("@"):
        user = name.strip()[1:].split("@")[0]  # a fediverse handle (@user@instance): the user
        name = re.sub(r"(?<=[a-z])(?=[A-Z])|_", " ", user)
    name = re.sub(r"['’]s\b", "", name.replace("’", "'"))  # "O’Dare" is "O'Dare"; "Roy's" is Roy
    name = unaccented(name)  # "García" is "Garcia": a source or a draft may drop the accents
    words = [w.strip(".'").lower() for w in re.findall(r"[^\W\d_][\w.'-]*", name)]
    # a double surname counts word by word whether hyphenated or not ("Hart-Nolan", "Hart Nolan")
    return [p for w in words if w and w not in TITLES for p in w.split("-") if p]


def speaker_words(speaker: str) -> list[str]:
    """The words and commas of a speaker string, party tags ("(D-Wis.)") left out."""
    return WORD.findall(PARTY_TAG.sub(" ", speaker))


def given_names_agree(a: str, b: str) -> bool:
    a, b = a[0] if "." in a else a, b[0] if "." in b else b  # initials ("j.r" of "J.R. Okafor")
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return NICKNAMES.get(a, a) == NICKNAMES.get(b, b)


def surname_match(quote_speaker: str, said_by: str) -> bool | None:
    """True: same person; False: the same surname but conflicting given names; None: no
    surname in common."""
    q, s = name_words(quote_speaker), name_words(said_by)
    if not q or not s:
        return None
    if said_by.strip().startswith("@") and in_handle(q, s):
        return True
    if len(q) < len(s) and s[: len(q)] == q and organisation(said_by):
        return True  # a body by the first words of its name ("Kettle" for Kettle Foods)
    if q[-1] == s[-1]:
        if len(q) > len(s) > 1 and q[-len(s) :] == s and not opens_with_name(quote_speaker):
            return True  # the source's full name ends the speaker ("the former secretary of state Ann Roy")
        if len(s) > len(q) > 1 and s[-len(q) :] == q and not opens_with_name(said_by):
            return True  # the speaker's full name ends the source's label ("LIBRARIAN ANN ROY")
        return not (len(q) > 1 and len(s) > 1 and not given_names_agree(q[0], s[0]))
    if s[-1] in q[:-1] or q[-1] in s[1:-1]:
        # "Hale D-Wis." extracted with stray words; "Smith" of "Ann Smith Jones", double-barrelled,
        # unless the given names conflict ("Luis Smith"; "Ms. Smith Jones" has none). Never the
        # source's given name: a lone "Vera" is not every "Vera <anything>" (see ``given_only``).
        given = len(q) > 1 and len(s) > 1 and q[0] not in s[1:]
        return not (given and not given_names_agree(q[0], s[0]))
    return None


def in_handle(q: list[str], s: list[str]) -> bool:
    """The name words ``q`` are in the handle whose words are ``s``: the whole name ("Ann Roy" in
    "@annroy_nyc"), the surname at its end ("@annroy", "@RoryMacBrennan" for MacBrennan) or, after
    a given name, at its start ("@RoyForMayor"), a long surname inside ("@jimbridenstine"); never
    a lone given name at its start ("Vera" is not "@verasal"). An apostrophe is dropped in a handle
    ("@siobhanodare" for O'Dare), a name's particles may stand by their initials ("@MariaDLC" for
    Maria de la Cruz)."""
    q = [w.replace("'", "") for w in q]
    flat_q, flat_s = "".join(q), "".join(s)
    if len(q) > 2 and len(s) == 2 and s[0] == q[0] and s[1] == "".join(w[0] for w in q[1:]):
        return True
    if len(q) == 1 and flat_s.startswith(flat_q) and flat_s != flat_q:
        return False
    if len(q) > 1 and (flat_q in flat_s or q[-1] == s[0]):
        return True
    if len(q[-1]) > 2 and flat_s.endswith(q[-1]) and (len(q) == 1 or flat_s.startswith(q[0][0])):
        return True
    return len(s) == 1 and len(q[-1]) > 3 and q[-1] in flat_s


def given_only(speaker: str, said_by: str) -> bool:
    """The speaker is one word, a given name of the source's author, who has a surname too
    ("Vera" for a post by Vera Sal or @verasal; "Bob" for Robert Hale): maybe her, maybe not."""
    q, s = name_words(speaker), name_words(said_by)
    if len(q) != 1 or len(q[0]) < 2 or not s or organisation(said_by):
        return False
    if len(s) == 1:
        return said_by.strip().startswith("@") and s[0].startswith(q[0]) and s[0] != q[0]
    return any(given_names_agree(q[0], w) for w in s[:-1] if len(w) > 1)


def joined_people(speaker: str) -> list[str]:
    """The people of a speaker joined by "and" ("Ann Lee, Tom Hale and Ivo Lund", "Ann and Tom
    Vidal": a lone given name before the last takes its surname, "Ann Vidal"), [] for one
    person ("Tom Hale, D-Wis.") or for a body's name of lone surnames ("Procter and Gamble")."""
    if " and " not in speaker:
        return []
    people = JOINED.split(speaker)
    if len(people) < 2 or not all(people):
        return []
    own, others = described_people(people[0])
    if own is None and others:
        return []  # "a lawyer for Ivo Lund and Ann Roy": the people joined are the lawyer's clients
    last = people[-1].split()
    lone = [len(p.split()) == 1 for p in people]
    if all(lone) and not any(given_name(p) for p in people):
        return []
    if len(last) > 1 and last[-1][:1].isupper():
        people = [
            f"{p} {last[-1]}" if one and given_name(p) else p for p, one in zip(people, lone, strict=True)
        ]
    return people


def link_word(word: str) -> bool:
    """A preposition or a participle by which a description names someone ("for", "to",
    "representing", "acting")."""
    return word.lower() in PERSON_LINKS or (word.islower() and word.endswith("ing") and len(word) > 5)


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def described_people(speaker: str) -> tuple[str | None, list[str]]:
    """Who a speaker string says the speaker is, and whom it names as someone else.

    "Ivo Lund, a spokesman for Ann Roy" → ("Ivo Lund", ["Ann Roy"]); "a lawyer for Ivo Lund
    and Ann Roy" → (None, ["Ivo Lund", "Ann Roy"]); "Ann Roy's spokesman" → (None, ["Ann Roy"]);
    a name, or a description naming no one else ("a council spokesman", "a statement from Ann
    Roy", "the secretary of state Ann Roy") → (speaker, [])."""
    own, others, _ = describe(speaker)
    return own, others


def describe(speaker: str) -> tuple[str | None, list[str], list[str]]:
    """``described_people`` and the words of the speaker's role towards the others: "Ann Roy's
    press office" → (None, ["Ann Roy"], ["press", "office"]), "a lawyer for Ann Roy" → (None,
    ["Ann Roy"], ["lawyer"])."""
    words = speaker_words(speaker)
    if not words:
        return speaker, [], []
    if capitalised(words[0]) and words[0].lower() not in DETERMINERS:
        n = 1
        while n < len(words) and capitalised(words[n]):
            n += 1
        run = words[:n]
        if n < len(words) and run[-1].endswith(OWNER):
            role = role_after(words, n)
            if role and role[-1].lower() in WORDS_NOUNS:
                return " ".join(run)[:-2], [], []  # "Ann Roy's statement": her own words
            return None, [" ".join(run)[:-2]], role  # "Ann Roy's spokesman": the owner is someone else
        if n < len(words) and words[n] == ",":
            # "Ivo Lund, a lawyer for Ann Roy": the name set off is the speaker's, and whoever the
            # description after it names is not Ivo Lund
            others, role = linked(words[n + 1 :], loose=True)
            return " ".join(run), others, role
        if not (n == 1 < len(words) and bare_plural(words[0]) and link_word(words[1])):
            return speaker, [], []
        # "Lawyers for Ann Roy": a plural noun opening the sentence, no name
    others, role = linked(words, loose=words[0].lower() in ONE_OF_MANY)
    return (None, others, role) if others else (speaker, [], [])


def role_after(words: list[str], k: int) -> list[str]:
    """The words of a role from ``k`` to a comma or a link ("press office" of "Ann Roy's press
    office", "chief" of "Ann Roy's chief of staff")."""
    role: list[str] = []
    for w in words[k:]:
        if w == "," or link_word(w) or capitalised(w):
            break
        role.append(w)
    return role


def role_before(words: list[str], i: int) -> list[str]:
    """The words of a role back from the link at ``i`` to a determiner, a comma or a name ("press
    secretary" of "a press secretary to Ann Roy", "Lawyers" of "Lawyers for Ann Roy")."""
    k = i
    while k > 0 and words[k - 1] != "," and words[k - 1].lower() not in DETERMINERS:
        k -= 1
        if capitalised(words[k]) and k > 0:
            break
    return [w for w in words[k:i] if w.lower() not in DETERMINERS and not link_word(w)]


def speaks_for(role: list[str]) -> bool:
    """A role of speaking in someone's name: a spokesperson, an office, a campaign ("press
    office", "spokeswoman"), or any role of the press ("press secretary", "communications
    director")."""
    low = [w.lower() for w in role]
    return bool(low) and (low[-1] in SPEAKS_FOR or any(w in PRESS_WORDS for w in low[:-1]))


def member_role(role: list[str]) -> bool:
    """A post held in a body ("an official at Dayton Mill", "executives of Kettle Foods")."""
    low = role[-1].lower() if role else ""
    return low in MEMBER_ROLES or low.removesuffix("s") in MEMBER_ROLES or speaks_for(role)


def organisation(name: str) -> bool:
    """A body's name ("Harbor Transit Authority", "@DaytonMill", "Kettle Foods Inc."), not a
    person's: a word of a body, a place or a trade in it, unless a known given name opens a
    surname that is also such a word ("Ann Hall")."""
    words = name_words(name)
    if len(words) > 1 and given_name(words[0]) and words[-1] in SURNAME_HEADS:
        return False
    return any(w in BODY_NAME_WORDS for w in words)


def opens_with_name(speaker: str) -> bool:
    """The speaker string opens with a name of two words or more, titles aside ("Ivo Lund who
    advises Ann Roy"), not with a title ("Former Secretary of State Ann Roy")."""
    n = 0
    run: list[str] = []
    for word in speaker_words(speaker):
        if word == "," or not (capitalised(word) or word.lower() in NAME_PARTICLES):
            break  # a particle goes on with the name ("Omar bin Tariq")
        run.append(word)
        if word.strip(".").lower() not in TITLES:
            n += len(name_words(word))  # as name_words counts ("Hart-Nolan" is two)
    # a body's name before a role is a title ("Dayton Mill spokeswoman Ann Roy")
    return 1 < n < len(name_words(speaker)) and not organisation(" ".join(run))


def bare_plural(word: str) -> bool:
    """A plural noun of people, capitalised as a sentence's first word ("Lawyers", "Aides")."""
    low = word.lower()
    return word[1:].islower() and low.endswith("s") and not low.endswith("'s") and low not in TITLES


def linked(words: list[str], loose: bool) -> tuple[list[str], list[str]]:
    """The people a description names after a link ("for Ann Roy", "to Gov. Ivo Lund and Ann
    Roy", "representing Ann Roy", "with Ann Roy's plans"), and the words of the speaker's role
    towards them ("lawyer" of "a lawyer for Ann Roy"; see ``role_before``). When words of a title stand between
    the link and the name ("for presidential candidate Ann Roy", "of State Ann Roy") the name
    may be the speaker's own ("the secretary of state Ann Roy"): only ``loose`` (an indefinite
    description, or one set off after the speaker's name) reads it as someone else's."""
    for i, word in enumerate(words):
        if not link_word(word) or (i > 1 and capitalised(words[i - 1])):
            continue  # no link, or one inside a title ("The Duke of Kent", "Secretary of State")
        j = i + 1
        while j < len(words) - 1 and capitalised(words[j]) and words[j].lower().strip(".") in HONORIFICS:
            j += 1  # "for Gov. Ann Roy"
        if word.lower() in SPEAKER_PREPS and words_noun_before(words, i):
            # "a statement from Ann Roy": the author; "a statement from Ann Roy's office", "a
            # letter issued by Ann Roy's lawyer": the one the owner's role names
            k = j
            while k < len(words) and capitalised(words[k]):
                k += 1
            if k > j and k < len(words) and words[k - 1].endswith(OWNER):
                return [" ".join(words[j:k])[:-2]], role_after(words, k)
            return [], []
        body = j + 1 < len(words) and words[j].lower() == "the" and capitalised(words[j + 1])
        j += body  # "for the Harbor Transit Authority": a body by its name
        if j == len(words) or words[j] == "," or link_word(words[j]) or words[j].lower() in DETERMINERS:
            continue  # "acting for …", "for the bank"
        rest = words[j:]  # read once: the first link with an object ends the search
        runs: list[list[str]] = [[]]
        for w in rest:
            if w == ",":
                break
            if capitalised(w):
                runs[-1].append(w)
            elif w == "and" and runs[-1]:
                runs.append([])
            elif runs[-1] and not loose:
                break
            elif runs[-1]:
                runs.append([])  # "for Democratic presidential candidate Ann Roy"
        runs = [r for r in runs if r]
        direct = body or (capitalised(rest[0]) and all(len(r) <= 2 or given_name(r[0]) for r in runs))
        if not runs or not (direct or loose):
            return [], []
        names = [" ".join(r)[:-2] if r[-1].endswith(OWNER) else " ".join(r) for r in runs]
        first = len(runs[0])
        if len(runs) == 1 and rest[:first] == runs[0] and runs[0][-1].endswith(OWNER):
            # "a spokesman for Vera Sal's opponent": the one served is the opponent, not Vera Sal;
            # one who speaks in her name ("Vera Sal's campaign") is as she is
            owned = role_after(rest, first)
            if owned and not speaks_for(owned) and owned[-1].lower() not in WORDS_NOUNS:
                names = [" ".join(runs[0] + owned)]
        role = role_before(words, i)
        return ((joined_people(" and ".join(names)) or names) if len(names) > 1 else names), role
    return [], []


def words_noun_before(words: list[str], i: int) -> bool:
    """A noun of words heads the phrase before the link at ``i``, maybe through a participle:
    "a statement from", "a letter issued by"."""
    before = [w.lower() for w in words[max(0, i - 2) : i]]
    return bool(before) and (
        before[-1] in WORDS_NOUNS
        or (len(before) == 2 and before[-1].endswith("ed") and before[0] in WORDS_NOUNS)
    )


def named_as_another(speaker: str, said_by: str, accounts: Mapping[str, str] | None) -> bool:
    """The speaker string names ``said_by`` as someone other than the speaker ("a lawyer for
    Ann Roy", "Ann Roy's spokesman" against Ann Roy's post)."""
    parts = joined_people(speaker) or [speaker]
    # "a spokesman for Vera Sal's opponent": the opponent is named as someone else than Vera Sal
    return any(
        same_person(o, said_by, accounts) or named_as_another(o, said_by, accounts)
        for p in parts
        for o in described_people(p)[1]
    )


def serves_another(speaker: str, said_by: str, accounts: Mapping[str, str] | None) -> bool:
    """Against a body's post, the speaker string describes someone by whom they serve or belong
    to, and that is not the body ("a spokeswoman for Dayton Mill", "a lawyer for Ivo Lund",
    "Residents of Pier Road" against a post by Kettle Foods). Against a person's post it says
    nothing: she may be the spokeswoman."""
    if not organisation(said_by):
        return False
    for person in joined_people(speaker) or [speaker]:
        own, others = described_people(person)
        if own is None and others and not any(same_person(o, said_by, accounts) for o in others):
            return True
    return False


def group_of_people(speaker: str) -> bool:
    """A plural of people, maybe with an of/for phrase ("Residents", "Members of the union",
    "Opposition councillors", "Her critics"), capitalised only as a sentence's first word: no
    name, and never one person's own words."""
    words = speaker_words(speaker)
    k = next((i for i, w in enumerate(words) if w == "," or link_word(w)), len(words))
    head = words[:k]
    if not head or not people_plural(head[-1].lower()) or not head[-1][1:].islower():
        return False
    return len(head) == 1 or not any(capitalised(w) for w in head[1:])


def is_named(speaker: str) -> bool:
    """A name ("Ann Vidal", "@avidal"), not a description ("her attorney", "the author", "Members
    of the union", "Residents"): only names can be told apart from a source's speaker."""
    speaker = PARTY_TAG.sub(" ", speaker).strip()
    if speaker.startswith("@"):
        return True
    if group_of_people(speaker):
        return False
    words = re.findall(r"[^\W\d_][\w'’.-]*", speaker)
    if len(words) > 1 and words[-1].lower() in VOICE_WORDS and not capitalised(words[-2]):
        return False  # "the company's CFO", "its Managing Director": a post, in capitals
    return bool(words) and words[-1][0].isupper()


def owned_description(speaker: str) -> bool:
    """A description of someone by a possessive pronoun ("her office", "his campaign", "its
    chief executive", "their lawyer"): whose, the draft says elsewhere if at all, so the
    source's author is not confirmed; a description by a title ("the mayor's team") is read by
    ``title_owner``."""
    words = [w for w in speaker_words(speaker) if w != ","]
    if len(words) < 2 or words[0].lower() not in POSSESSIVE_DETERMINERS or capitalised(words[1]):
        return False
    return words[-1].lower() not in WORDS_NOUNS and words[-1].lower() not in OWN_CHANNEL_NOUNS


def capital_post(speaker: str) -> str | None:
    """The post, written in capitals, that ends a description of someone by a determiner or a
    possessive ("its CEO", "the company's CFO", "the new CEO", "the union's President"), in
    lower case; else None. Like "its chief executive", it names no one the source can be told
    apart from, and whose post it is the draft says elsewhere if at all."""
    words = [w for w in speaker_words(speaker) if w != ","]
    if len(words) < 2 or is_named(speaker):
        return None
    first, last = words[0].lower(), words[-1]
    if first not in DETERMINERS and first not in POSSESSIVE_DETERMINERS:
        return None
    if not capitalised(last) or last.lower() not in VOICE_WORDS:
        return None
    return last.lower()


def stray_given(speaker: str) -> bool:
    """The words before the surname are no one's given name: words of no name ("Meanwhile",
    "Tuesday") or lower-case words ("of state"), titles aside."""
    words = speaker_words(speaker)
    words = [w for w in words if w != "," and w.strip(".'’").lower() not in TITLES]
    return len(words) > 1 and all(w.islower() or w.lower() in STRAY_NAME_WORDS for w in words[:-1])


def same_person(
    quote_speaker: str,
    said_by: str,
    accounts: Mapping[str, str] | None = None,
    known: Iterable[str] = (),
) -> bool:
    """Whether ``said_by`` (a turn label, author or handle) is ``quote_speaker``.

    ``accounts`` maps speaker names to handles ("Jim Bridenstine" → "@JimBridenstine").
    ``known``: everyone the sources have speaking; when the quote's speaker is garbled
    (extracted with stray words) and matches none of them, a shared surname is enough.
    """
    if acronym_of(quote_speaker, said_by) or acronym_of(said_by, quote_speaker):
        return True  # "The FDA said" against the Food and Drug Administration's release
    people = joined_people(quote_speaker)
    if people:
        # "Mara Osei and Tom Reyes" (a subject of two people): either named person may be the
        # source's speaker; a description ("her attorney") is no one the source can be told to be,
        # and a third person sharing a surname ("Kim Osei") is neither of them: the names were read
        # whole, so no given name is taken for an extraction slip (``known`` is not consulted)
        return any(is_named(p) and same_person(p, said_by, accounts) for p in people)
    own, others, role = describe(quote_speaker)
    if own is None and others and any(same_person(o, said_by, accounts) for o in others):
        # "a spokeswoman for Dayton Mill", "an official at Dayton Mill" against Dayton Mill's post:
        # a body's posts are its people's words. A person's spokesman or office is not the person
        # (the verdict warns: ``unconfirmed``), nor is anyone's lawyer, aide or critic.
        return member_role(role) and (organisation(said_by) or any(organisation(o) for o in others))
    # "a lawyer for Ann Roy", "Ann Roy's spokesman": never Ann Roy; a description of no one by
    # name matches no one; "Ivo Lund, a spokesman for Ann Roy" is Ivo Lund
    if others and (own is None or any(same_person(o, said_by, accounts) for o in others)):
        return False
    if own is not None and not others and group_of_people(own):
        # "Officials said", "Prosecutors said", "Members of the union said": a body's post may be
        # its people's words; a person's is not a group's (the verdict warns: ``unconfirmed``)
        return organisation(said_by)
    quote_speaker = own or quote_speaker
    if accounts and said_by.strip().startswith("@"):
        for name, handle in accounts.items():
            if handle.lower().lstrip("@") == said_by.strip().lower().lstrip("@"):
                verdict = surname_match(quote_speaker, name)
                if verdict is not None:
                    return verdict
    verdict = surname_match(quote_speaker, said_by)
    if verdict is True:
        return True
    if verdict is False:
        # Same surname, other given name: another person, unless the quote's speaker is
        # nobody the sources know (then its given name is likely an extraction slip).
        # Only stray words count as a slip ("Meanwhile Webb"): "Ann Webb" is a name, and another
        # person than Tom Webb whether or not the sources have her.
        known = list(known)
        return (
            bool(known)
            and stray_given(quote_speaker)
            and not any(surname_match(quote_speaker, other) is True for other in known)
        )
    return False


def acronym_of(short: str, full: str) -> bool:
    """``short`` is a body's initials, ``full`` its name or the end of it ("FDA" for "U.S. Food and
    Drug Administration", "The HTA" for "Harbor Transit Authority"): capitals of three letters or
    more, the initials of the capitalised words that end the name."""
    words = [w for w in WORD.findall(short) if w.lower() != "the"]
    if len(words) != 1 or not words[0].isupper() or not words[0].isalpha() or len(words[0]) < 3:
        return False
    caps = [w for w in WORD.findall(full) if capitalised(w) and w.lower() != "the"]
    initials = "".join(w[0] for w in caps[-len(words[0]) :])
    return len(caps) >= len(words[0]) and initials == words[0] and organisation(full)


def unconfirmed(speaker: str, said_by: str, accounts: Mapping[str, str] | None) -> str | None:
    """Why the source's author may be the speaker though the draft does not say so, or None:
    a given name alone ("Vera" against a post by Vera Sal), someone speaking for the author
    ("Vera Sal's spokesman", "a spokesman for Vera Sal", "Vera Sal's office", "Vera Sal's
    team"), or a group of
    people against one person's words ("Members of the union said", "Residents said"). Neither is a
    misattribution; the reader is told (for a person not ``same_person``)."""
    handle = said_by.strip().lower().lstrip("@")
    names = [said_by] + [n for n, h in (accounts or {}).items() if h.lower().lstrip("@") == handle]
    for person in joined_people(speaker) or [speaker]:
        if is_named(person) and any(given_only(person, name) for name in names):
            return f"the draft gives {person} no surname; the source is {said_by}'s"
        own, others, role = describe(person)
        named = any(same_person(o, said_by, accounts) for o in others)
        entourage = len(role) == 1 and role[0].lower() in ENTOURAGE_NOUNS
        if own is None and (speaks_for(role) or entourage) and named:
            # "Vera Sal's office", and as verify reads "the mayor's team": her team, camp or
            # staff speak for her (not "her legal team": her lawyers)
            return f"the draft gives these words to {person}; the source is {said_by}'s own"
        if group_of_people(person) and not named and not organisation(said_by):
            return f"the draft gives these words to a group, {person}; the source is {said_by}'s own"
    return None


def title_owner(speaker: str, said_by: str) -> list[str] | None:
    """The words of the role a description gives the speaker towards the one whose title opens
    ``said_by`` ("chief" of "the mayor's chief of staff" against a post by "Mayor Vera Sal",
    "spokesman" of "the governor's spokesman" against "Gov. Ivo Lund"), or None: the draft
    names the author by office only, as someone the speaker serves."""
    words = speaker_words(speaker)
    if len(words) < 3 or words[0].lower() not in DETERMINERS or not words[1].endswith(OWNER):
        return None
    title = words[1][:-2]
    label = [w.strip(".").lower() for w in speaker_words(said_by)]
    if not title.islower() or title in BODY_NAME_WORDS or organisation(said_by):
        return None
    if len(label) < 2 or label[0] not in HONORIFICS or aliased(label[0]) != aliased(title):
        return None
    role = role_after(words, 2)
    if not role or role[-1].lower() in WORDS_NOUNS or role[-1].lower() in OWN_CHANNEL_NOUNS:
        return None  # "the mayor's statement", "the mayor's account": the author's own
    return role


BODY_NAME_JOINS = frozenset({"of", "and", "for", "on", "&"})
"""Lower-case words inside a body's name ("Halden Chamber of Commerce")."""


def body_voice(role: str, said_by: str, accounts: Mapping[str, str] | None) -> bool:
    """Whether ``role`` makes its holder the voice or an officer of the body that wrote the
    source (see ``role_body``): a body known as one by its name, or a name the grammar alone
    makes a body, a post of an officer before it ("Brennan Steelworks president"): a person has
    no president. A spokesman or manager of a name not known as a body's may be a person's, who
    is someone else (NAMED_VOICE)."""
    return role_body(role, said_by, accounts) in (KNOWN_BODY, NAMED_BODY)


KNOWN_BODY = "known"
"""``role_body``: the body is known as one by a word of its name ("Dayton Mill")."""
NAMED_BODY = "named"
"""``role_body``: only the grammar makes the name a body's: it holds an officer's post."""
NAMED_VOICE = "voice"
"""``role_body``: a name no word marks as a body's, whose spokesman or office the holder is."""


def role_body(role: str, said_by: str, accounts: Mapping[str, str] | None) -> str:
    """A description that makes its holder the voice or an officer of the body that wrote the
    source: a post of ``BODY_VOICE_POSTS`` and the body's whole name, before the post ("Dayton
    Mill spokesman", "the Harbor Transit Authority's chief executive") or after a link ("a
    spokesman for Dayton Mill", "the founder of Kettle Foods"), the name equal to the author's
    (see ``same_body``). Never a past post ("Former Dayton Mill spokesman", "Kettle Foods'
    one-time chairwoman", "… until last year"), another body sharing words ("Harlow Fire
    Department" for Harlow Police Department, "the Harlow Foods union"), an outsider ("an analyst
    covering Harlow Foods") or a person's name that holds a body's word ("a spokesman for Tom Fox")."""
    words = [w for w in speaker_words(role) if w != ","]
    low = [w.lower() for w in words]
    if any(w in ROLE_PAST_MARKERS or any(p in ROLE_PAST_MARKERS for p in w.split("-")) for w in low):
        return ""
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words:
        return ""
    if not capitalised(words[0]):
        k = 0
        while k < len(words) and words[k].lower() not in BODY_LINKS:
            k += 1
        post = words[:k]
        rest = words[k + 1 :]
        field = 0  # "head of communications at Kettle Foods": the post's field, then the body
        while field < len(rest) and rest[field].lower() in BODY_VOICE_MODIFIERS:
            field += 1
        if 0 < field < len(rest) - 1 and rest[field].lower() in BODY_LINKS:
            post = rest[:field] + post  # read as "communications head"
            rest = rest[field + 1 :]
        if rest and rest[0].lower() == "the":
            rest = rest[1:]
        n = name_run(rest, 0)
        if n == 0 or n < len(rest):
            return ""  # "a spokeswoman for Corran Airways' pilots": the name does not end it
        return held_by(rest, post, said_by, accounts)
    # a post in capitals ends the capitalised run ("Ferrin Motors CEO", "Harlow Foods Managing
    # Director"): the post is the longest tail of post words, the body the words before it
    n = name_run(words, 0)
    k = n
    while k > 1 and words[k - 1].lower() in VOICE_WORDS and not words[k - 1].endswith(OWNER):
        k -= 1
    for cut in range(n, k - 1, -1):
        found = held_by(words[:cut], words[cut:], said_by, accounts)
        if found:
            return found
    return ""


def held_by(body: list[str], post: list[str], said_by: str, accounts: Mapping[str, str] | None) -> str:
    """How ``body`` holding ``post`` names the source's author (see ``role_body``), or ""."""
    post = field_first(post)
    name = " ".join(body)
    name = name[:-2] if name.endswith(OWNER) else name.rstrip("'’")  # "Harlow Foods' chief executive"
    if not voice_post(post):
        return ""
    found = same_body(name, said_by, accounts)
    personal = speaks_for(post) or (post[-1].lower() in PERSONAL_POSTS and len(post) == 1)
    return NAMED_VOICE if found == NAMED_BODY and personal else found


def field_first(post: list[str]) -> list[str]:
    """A post whose field follows a link ("head of communications", "director of media" of
    "Harlow Water Board's head of communications") read with the field first ("communications
    head"), as the post is also written; any other post as it is."""
    low = [w.lower() for w in post]
    for i, w in enumerate(low):
        if w in BODY_LINKS and 0 < i < len(low) - 1:
            field = low[i + 1 :]
            if all(f in BODY_VOICE_MODIFIERS for f in field):
                return post[i + 1 :] + post[:i]
            return post
    return post


def name_run(words: list[str], i: int) -> int:
    """How many words from ``i`` make a capitalised name, lower-case joins inside it."""
    n = i
    while n < len(words):
        w = words[n]
        if capitalised(w) and not w.endswith(OWNER) and not w.endswith(("'", "’")):
            n += 1
        elif capitalised(w) and w.endswith(("s'", "s’")) and n + 1 < len(words) and capitalised(words[n + 1]):
            n += 1  # a plural possessive inside a body's name: "Pellam Growers' Co-operative"
        elif capitalised(w):
            return n + 1 - i  # a possessive ends the name
        elif w.lower() in BODY_NAME_JOINS and n > i and n + 1 < len(words) and capitalised(words[n + 1]):
            n += 1
        else:
            break
    return n - i


VOICE_WORDS = frozenset(BODY_VOICE_POSTS | BODY_VOICE_MODIFIERS)
"""Words of a body's post, whatever their case: a post written in capitals ends a body's name."""


def voice_post(post: list[str]) -> bool:
    """Post words of a body's voice or officer ("spokesman", "chief executive", "press
    secretary", "board member"), every word one."""
    low = [w.lower() for w in post]
    if not low or not all(w in BODY_VOICE_POSTS or w in BODY_VOICE_MODIFIERS for w in low):
        return False
    if low[-1] == "member":
        return len(low) > 1 and low[-2] == "board"
    return low[-1] in BODY_VOICE_POSTS or speaks_for(post)


def body_key(name: str) -> str:
    """A body's name for comparison: folded case and accents, no leading "the", no company
    form ("Kettle Foods Inc." → "kettle foods")."""
    words = [w.strip(".,") for w in unaccented(name).lower().split()]
    words = [w for w in words if w]
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and (words[-1] in COMPANY_FORMS or words[-1] + "." in COMPANY_FORMS):
        words = words[:-1]
    return " ".join(words)


def may_be_person_name(name: str) -> bool:
    """A name that may be a person's: a known given name opens it ("Tom Fox", "Mayor Rosa
    Street"), or it ends on a word that is also a surname ("Vera Mills")."""
    words = [w for w in name_words(name) if w.strip(".") not in TITLES]
    return not words or given_name(words[0].title()) or words[-1] in BODY_SURNAMES


def same_body(body: str, said_by: str, accounts: Mapping[str, str] | None) -> str:
    """How ``body`` names the body ``said_by`` is, as a whole: the same name (see ``body_key``),
    its handle ("@DaytonMill") or its initials ("HTA" of Harbor Transit Authority). KNOWN_BODY
    when a word of the name says it is a body's and is no surname ("Mill", "Authority",
    "Foods"), NAMED_BODY for the same name of two words or more that no word marks as a body's
    nor as a person's ("Brennan Steelworks", "Ostrander Kiln"), else ""."""
    key = body_key(body)
    parts = key.split()
    if not key:
        return ""
    handle = said_by.strip()
    if handle.startswith("@"):
        names = [n for n, h in (accounts or {}).items() if h.lower() == handle.lower()]
        if key.replace(" ", "") == handle[1:].lower() or any(body_key(n) == key for n in names):
            known = len(parts) > 1 and not may_be_person_name(body) and organisation(body)
            return KNOWN_BODY if known else ""
        return ""
    if may_be_person_name(said_by) or may_be_person_name(body):
        return ""
    target = body_key(said_by)
    if len(parts) == 1 and body.isupper() and 1 < len(body) < 7:
        initials = "".join(w[0] for w in target.split() if w not in BODY_NAME_JOINS)
        known = initials == key and len(target.split()) > 1 and organisation(said_by)
        return KNOWN_BODY if known else ""
    last = target.split()[-1] if target else ""
    if key != target or len(parts) < 2 or last in PLACE_WORDS or not body_like(body):
        return ""
    return KNOWN_BODY if last in BODY_NAME_WORDS else NAMED_BODY


def body_like(body: str) -> bool:
    """Every word of the name capitalised or a join ("Halden Chamber of Commerce"): a name the
    grammar can make a body's."""
    return all(capitalised(w) or w.lower() in BODY_NAME_JOINS for w in body.split())
