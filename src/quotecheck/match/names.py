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

from quotecheck.extract.lexicon import HONORIFICS, NAME_SUFFIXES, POSTNOMINALS
from quotecheck.extract.names import given_name

# Words of a name that are not the person's own: honorifics, suffixes, letters after it, an article.
TITLES = frozenset(HONORIFICS | {s.rstrip(".") for s in NAME_SUFFIXES | POSTNOMINALS} | {"the"})
JOINED = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
"""Where a speaker of several people joined ("Ann Lee, Tom Hale and Ivo Lund") splits."""
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
    words = [w.strip(".'’").lower() for w in re.findall(r"[^\W\d_][\w.'’-]*", name)]
    words = [w for w in words if w and w not in TITLES]
    return [p for w in words for p in w.split("-") if p] if len(words) == 1 else words


def given_names_agree(a: str, b: str) -> bool:
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
    flat_s = "".join(s)
    if said_by.strip().startswith("@") and len(s) == 1:
        # an unsplittable handle ("@jimbridenstine"): look for the surname inside it
        return True if len(q[-1]) > 3 and q[-1] in flat_s else None
    if q[-1] == s[-1]:
        return not (len(q) > 1 and len(s) > 1 and not given_names_agree(q[0], s[0]))
    if s[-1] in q[:-1] or q[-1] in s[:-1]:
        # "Hale D-Wis." extracted with stray words; "Smith Jones" double-barrelled
        return True
    return None


def joined_people(speaker: str) -> list[str]:
    """The people of a speaker joined by "and" ("Ann Lee, Tom Hale and Ivo Lund", "Ann and Tom
    Vidal": a lone given name before the last takes its surname, "Ann Vidal"), [] for one
    person ("Tom Hale, D-Wis.") or for a body's name of lone surnames ("Procter and Gamble")."""
    if " and " not in speaker:
        return []
    people = JOINED.split(speaker)
    if len(people) < 2 or not all(people):
        return []
    last = people[-1].split()
    lone = [len(p.split()) == 1 for p in people]
    if all(lone) and not any(given_name(p) for p in people):
        return []
    if len(last) > 1 and last[-1][:1].isupper():
        people = [
            f"{p} {last[-1]}" if one and given_name(p) else p for p, one in zip(people, lone, strict=True)
        ]
    return people


def is_named(speaker: str) -> bool:
    """A name ("Ann Vidal", "@avidal"), not a description ("her attorney", "the author"):
    only names can be told apart from a source's speaker."""
    speaker = PARTY_TAG.sub(" ", speaker).strip()
    if speaker.startswith("@"):
        return True
    words = re.findall(r"[^\W\d_][\w'’.-]*", speaker)
    return bool(words) and words[-1][0].isupper()


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
    people = joined_people(quote_speaker)
    if people:
        # "Mara Osei and Tom Reyes" (a subject of two people): either named person may be the
        # source's speaker; a description ("her attorney") is no one the source can be told to be,
        # and a third person sharing a surname ("Kim Osei") is neither of them: the names were read
        # whole, so no given name is taken for an extraction slip (``known`` is not consulted)
        return any(is_named(p) and same_person(p, said_by, accounts) for p in people)
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
        known = list(known)
        return bool(known) and not any(surname_match(quote_speaker, other) is True for other in known)
    return False
