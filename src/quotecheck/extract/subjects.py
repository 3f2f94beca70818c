"""The subject of a sentence or clause: who a quote in its predicate reports, when no cue
names a speaker next to the quote. Shared by the attribution sieves and the partial-quote
sieve, so it lives apart from both."""

from __future__ import annotations

from quotecheck.extract.lexicon import (
    EMPTY_SUBJECTS,
    FRONTED,
    FRONTED_CUE_PARTICIPLES,
    NAMING_PARTICIPLES,
    OPENING_CONJUNCTIONS,
    PRONOUNS_HE_SHE_THEY,
    RELATIVE_PRONOUNS,
    SENTENCE_CONNECTIVES,
    SUBORDINATE,
    TIME_AFTER,
)
from quotecheck.extract.mentions import cue_at, np_forward, subject_of
from quotecheck.extract.sentences import Token


def main_subject(tokens: list[Token], lo: int, hi: int) -> list[Token] | None:
    """The subject of the main clause before ``hi``: the subject of an earlier verb cue, or
    the sentence's first noun phrase."""
    front = fronted_end(tokens, lo, hi)
    for v in range(hi - 1, lo - 1, -1):
        if tokens[v].text == ";" or v < front:
            break  # "As the band started to play, Hale joked": the opening clause's cue is not the main one
        if tokens[v].quote >= 0:
            continue
        if (
            cue_at(tokens, v) is not None
            and not tokens[v].lower.endswith("ing")
            and not naming(tokens, v, lo)
        ):
            np = subject_of(tokens, v, lo)
            if np is not None and np[0].lower not in RELATIVE_PRONOUNS:
                return np
    semi = next((k for k in range(hi - 1, lo - 1, -1) if tokens[k].text == ";"), -1)
    if semi >= 0 and semi + 1 < hi:
        lo = semi + 1  # "So that is why …; all voters have to do is repeat “…”": the last clause
    return sentence_subject(tokens, lo, hi)


def naming(tokens: list[Token], v: int, lo: int) -> bool:
    """ "Lee shared a flyer for a class called “Cells”, writing …": a participle naming an
    indefinite noun is a reduced relative, not the clause's verb, so that noun is no
    subject ("the mayor called “Fair Roads” a sham" keeps its cue)."""
    if tokens[v].lower not in NAMING_PARTICIPLES:
        return False
    for k in range(v - 1, max(lo - 1, v - 7), -1):
        t = tokens[k]
        if t.lower in ("a", "an"):
            return k < v - 1
        if not (t.text.islower() or t.text.isdigit()):
            return False
    return False


def fronted_end(tokens: list[Token], lo: int, hi: int) -> int:
    """Where an opening subordinate clause ("As the band started to play, …") ends, or ``lo``."""
    i = lo
    while i < hi and tokens[i].lower in OPENING_CONJUNCTIONS:
        i += 1
    if i >= hi or tokens[i].lower not in SUBORDINATE or tokens[i].lower in FRONTED_CUE_PARTICIPLES:
        return lo
    for k in range(i + 1, min(hi, i + 25)):
        if tokens[k].quote >= 0 or tokens[k].text in (";", ":", "—", "–"):
            return lo
        if tokens[k].text == ",":
            return k + 1
    return lo


def sentence_subject(tokens: list[Token], lo: int, hi: int) -> list[Token] | None:
    """The first noun phrase of the sentence, after a fronted phrase ("On Monday, Clinton…")."""
    i = dateline_end(tokens, lo, hi)
    while i < hi and tokens[i].lower in SENTENCE_CONNECTIVES:
        i += 1
    fronted = False
    for _ in range(3):
        if i < hi and (
            tokens[i].lower in FRONTED or tokens[i].lower in SUBORDINATE or fronted_verb(tokens, i)
        ):
            for k in range(i + 1, min(hi, i + 25)):
                if tokens[k].text == "," or tokens[k].lower == "<q,>":
                    i = k + 1
                    fronted = True
                    break
                if tokens[k].text in ("—", "–", "―"):
                    # "Hastily seizing on the fire ― just as he had in Dayton ― Hale cast":
                    # an aside set off by dashes closes the fronted phrase
                    k2 = next(
                        (x for x in range(k + 1, min(hi, k + 30)) if tokens[x].text == tokens[k].text), -1
                    )
                    if k2 > 0 and k2 + 1 < hi and tokens[k2 + 1].is_cap:
                        i = k2 + 1
                        fronted = True
                        break
            else:
                if i + 1 < hi and (tokens[i + 1].lower in PRONOUNS_HE_SHE_THEY or tokens[i + 1].is_cap):
                    i += 1  # "Instead he delivered a talk": a lone adverb before the subject
                break
    for k in range(i, min(hi, i + 7)):
        if tokens[k].text == ",":
            if any(t.lower in TIME_AFTER for t in tokens[i:k]):
                i = k + 1  # "A month later, he …"
            break
    # "…in Provo, Utah, Hale went": a place set off by commas is not the subject
    if i < hi and tokens[i].is_cap:
        k = i
        while k < hi and k - i < 3 and tokens[k].is_cap:
            k += 1
        if k < hi and tokens[k].text == "," and i > lo and tokens[i - 1].text == ",":
            i = k + 1
    if i >= hi or (
        tokens[i].lower in FRONTED and tokens[i].is_cap and tokens[i].lower not in ("here", "there")
    ):
        return None  # "Given his past remarks on “…”": the fronted phrase runs on to the quote
    np = np_forward(tokens, i, hi)
    if np is None and fronted:
        # "Following a hastily called, late-night meeting, the board …": a comma inside the
        # fronted phrase; the subject follows the next comma
        k = next((k for k in range(i, min(hi, i + 6)) if tokens[k].text in (",", ";", ":")), -1)
        if (
            k >= 0
            and tokens[k].text == ","
            and all(t.text[:1].islower() or t.text == "," for t in tokens[i:k])
        ):
            np = np_forward(tokens, k + 1, hi)
    if np is None:
        return None
    if len(np) == 1 and np[0].lower.replace("'", "’") in EMPTY_SUBJECTS:  # fmt: skip
        return None
    return np


def fronted_verb(tokens: list[Token], i: int) -> bool:
    """ "Hastily …, Hale cast", "Continuing to explain, Lee rejected": an opening adverb or
    participle phrase is not the subject (a name goes on with a capital: "Tilda Roos")."""
    tok = tokens[i]
    low = tok.lower
    nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return tok.is_cap and len(low) > 4 and low.endswith(("ly", "ing")) and nxt[:1].islower()


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
