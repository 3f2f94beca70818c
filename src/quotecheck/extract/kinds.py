"""The kind of a quotation span: "quote" for words someone said, to be checked; "term" for
scare quotes and nicknames; "title" for names of works. Kept apart from the attribution
sieves because it is a separate decision: a span's kind depends on who (if anyone) said it,
but never changes who that is."""

from __future__ import annotations

import re
from typing import Final

from quotecheck.extract import lexicon as lx
from quotecheck.extract.spans import QuoteSpan

# The word lists this module reads, as Final names of its own: compiled by mypyc, a Final
# is read from a C static, while any other module name (as an import from lexicon, which
# is not compiled) is a lookup in the module's dict at every read.
ADDRESS_LEMMAS: Final = lx.ADDRESS_LEMMAS
ARTICLES: Final = lx.ARTICLES
BE_FORMS: Final = lx.BE_FORMS
CALL_WORDS: Final = lx.CALL_WORDS
CAST_ROLES: Final = lx.CAST_ROLES
CUE_FORMS: Final = lx.CUE_FORMS
POSSESSIVE_S: Final = lx.POSSESSIVE_S
SENTENCE_MARKS: Final = lx.SENTENCE_MARKS
DETERMINERS: Final = lx.DETERMINERS
DOCUMENT_NOUNS: Final = lx.DOCUMENT_NOUNS
EXAMPLE_LEADS: Final = lx.EXAMPLE_LEADS
FINITE_AUX: Final = lx.FINITE_AUX
FROM_WORK_FORMS: Final = lx.FROM_WORK_FORMS
GLOSS_LEAD_WORDS: Final = lx.GLOSS_LEAD_WORDS
GLOSS_WORDS: Final = lx.GLOSS_WORDS
MADE_BY: Final = lx.MADE_BY
NAMING_RELATIVES: Final = lx.NAMING_RELATIVES
MAKERS: Final = lx.MAKERS
MAKING_FORMS: Final = lx.MAKING_FORMS
NAME_GIVING_FORMS: Final = lx.NAME_GIVING_FORMS
NAMED_THINGS: Final = lx.NAMED_THINGS
NAMERS_BEFORE_ADVERB: Final = lx.NAMERS_BEFORE_ADVERB
NAMING_ADVERBS: Final = lx.NAMING_ADVERBS
NAMING_BE: Final = lx.NAMING_BE
NAMING_PARTICIPLES: Final = lx.NAMING_PARTICIPLES
NAMING_TO_AS: Final = lx.NAMING_TO_AS
OUTLET_WORDS: Final = lx.OUTLET_WORDS
PARTICLE_CUES: Final = lx.PARTICLE_CUES
PERFORMED_IN: Final = lx.PERFORMED_IN
PRONOUNS: Final = lx.PRONOUNS
PRONOUNS_HE_SHE_THEY: Final = lx.PRONOUNS_HE_SHE_THEY
RELATIVE_PRONOUNS: Final = lx.RELATIVE_PRONOUNS
SPEECH_NOUNS: Final = lx.SPEECH_NOUNS
TAG_FORMS: Final = lx.TAG_FORMS
TERM_BEFORE: Final = lx.TERM_BEFORE
TITLE_BEFORE: Final = lx.TITLE_BEFORE
TITLING_WORDS: Final = lx.TITLING_WORDS
TOPIC_LEMMAS: Final = lx.TOPIC_LEMMAS
TOPIC_PREPOSITIONS: Final = lx.TOPIC_PREPOSITIONS
USED_WORDS: Final = lx.USED_WORDS
VERDICT_LEMMAS: Final = lx.VERDICT_LEMMAS
WORK_NOUNS: Final = lx.WORK_NOUNS
WORK_PARTS: Final = lx.WORK_PARTS

OWN_TAIL: Final = re.compile(r"[ \t\u00a0]*(?:[,—–]|--|-(?=\s))[ \t\u00a0]*[^\W\d_]", re.UNICODE)


def own_tail(text: str, span: QuoteSpan) -> bool:
    """ "«Nous restons ouverts», a déclaré le maire.": words after the closing mark in the
    same sentence are the quote's own attribution, even with a cue verb we do not know, so the
    quote starts a new utterance rather than continuing the previous speaker's. Only a comma
    or dash tail counts: "“…” workers." goes on with the previous speaker's sentence."""
    if span.continues:
        return False
    return OWN_TAIL.match(text, span.close_at, span.close_at + 20) is not None


TAG_WORD: Final = re.compile(r"[^\W\d_][\w’'.-]*", re.UNICODE)
TAG_ARTICLES: Final = frozenset(ARTICLES)


def own_cue(text: str, span: QuoteSpan) -> bool:
    """ "“…,” he said", "“…,” said Ann Lee", "“…,” the organiser added" after a quote that
    opens its sentence, or "Ann Lee said, “…”" / "he added: “…”" before one that ends it: the
    quote stands alone beside its own tag of speech, so it is words said, not a title. Not a
    quote inside a sentence ("Her favourite was the film “…,” she said": the film's title),
    nor a tag with more than a name or a short description in it."""
    inner = text[span.start : span.end].rstrip(" ’'\"”")
    open_at = span.open_at
    close_at = span.close_at
    line_at = text.rfind("\n", max(0, open_at - 80), open_at) + 1
    head = text[line_at:open_at].rstrip(" \t\u00a0“\"‘'«")
    tail = text[close_at : close_at + 60]
    if inner[-1:] in (",", "!", "?") or tail[:1] == ",":
        if not (head == "" or head[-1] in ".!?:" or (head[-1] in '”"’' and head[-2:-1] in SENTENCE_MARKS)):
            return False  # the quote is inside a sentence: a tag after it tells of the sentence
        words = [w.group().rstrip(".") for w in TAG_WORD.finditer(tail.lstrip(" ,\t\u00a0"), 0, 40)][:5]
        return tag_after(words, tail.lstrip(" ,\t\u00a0"))
    if inner[-1:] not in SENTENCE_MARKS and tail.lstrip(" \t\u00a0")[:1] not in ("", ".", "\n"):
        return False  # the quote does not end its sentence
    if head[-1:] not in (",", ":"):
        return False
    before = head[:-1].split()[-4:]
    if not before:
        return False
    if before[-1].lower() in TAG_FORMS:
        return True  # Ann Lee said, “…”; he added: “…”
    # said Ann Lee: “…”; said the organiser, “…”
    for k in range(len(before) - 2, -1, -1):
        if before[k].lower() in TAG_FORMS:
            rest = before[k + 1 :]
            return all(w[:1].isupper() for w in rest) or (rest[0].lower() in TAG_ARTICLES and len(rest) <= 3)
        if not before[k][:1].isupper() and before[k].lower() not in TAG_ARTICLES:
            return False
    return False


def tag_after(words: list[str], tail: str) -> bool:
    """The words right after a quote's closing comma are its tag: a pronoun and a verb of
    speech ("he said"), the verb and a name or description ("said Ann Lee", "said the mayor"),
    or a name or a short description and the verb ("Ann Lee said", "the organiser added"). A
    description that is a document before the verb ("the headline said") names no speaker."""
    if len(words) < 2 or not tail[:1].isalpha():
        return False
    first = words[0]
    low = first.lower()
    if low in PRONOUNS_HE_SHE_THEY:
        return words[1].lower() in TAG_FORMS
    if low in TAG_FORMS:
        if words[1].lower() in TAG_ARTICLES and any(w.lower() in DOCUMENT_NOUNS for w in words[2:4]):
            return False  # "said the headline": a document's words, no speaker's
        return first.islower() and (words[1][:1].isupper() or words[1].lower() in TAG_ARTICLES)
    if low in TAG_ARTICLES:
        if any(w.lower() in DOCUMENT_NOUNS for w in words[1:3]):
            return False  # "the headline said", "the front-page banner read"
        return any(w.lower() in TAG_FORMS for w in words[2:4]) and all(
            w.islower() for w in words[1:4] if w.lower() not in TAG_FORMS
        )
    k = 0
    while k < len(words) - 1 and k < 3 and words[k][:1].isupper():
        k += 1
    return k > 0 and words[k].lower() in TAG_FORMS and words[k].islower()


def outlet(word: str) -> bool:
    """NBC's, Fox News's, the Post's: a broadcaster or publisher whose show or column follows."""
    core = word.rstrip(",;:").removesuffix("’s").removesuffix("'s")
    return (core.isupper() and len(core) > 1) or core.lower() in OUTLET_WORDS


def kind_for(text: str, span: QuoteSpan, attributed: bool, known: bool = False) -> str:
    """ "quote" for words someone said; "term" for scare quotes and nicknames; "title" for
    names of works."""
    inner = text[span.start : span.end]
    words = inner.split()
    n = len(words)
    open_at = span.open_at
    # a long attributed quote is a quote unless it is chanted or a roundup's link ending in a
    # comma: no rule below reads the words around it otherwise (about a third of real quotes)
    if attributed and n > 16 and inner.rstrip()[-1:] != ",":
        return "term" if chant(words) else "quote"
    before = text[max(0, open_at - 40) : open_at].split()
    prev = before[-1].lower().strip(",:;(") if before else ""
    prev2 = before[-2].lower().strip(",:;(") if len(before) > 1 else ""
    titled = title_case(words)
    if inner.rstrip(" '’\"”")[-1:] in SENTENCE_MARKS:
        after = []  # the quote ends its sentence: what follows is no noun it names
    else:
        after = text[span.close_at : span.close_at + 30].split()
    nxt = after[0].lower().strip(",.;:") if after else ""
    # the word after a modifier ("the “Harbour Lights” TV show", "“Pier Nine,” a film"); not
    # after a determiner when the words are no name, as the determiner opens a tag of its own
    # ("“No comment,” the paper wrote")
    modifier_after = (
        len(after) > 1 and after[0][-1:] not in ",.;:" and (nxt not in DETERMINERS or one_name(inner))
    )
    nxt2 = after[1].lower().strip(",.;:") if modifier_after else ""
    # “…,” he said / he said, “…”: a quote set off by its own tag of speech is words said,
    # whatever its capitals, and no title rule below reads it
    titled = titled and not own_cue(text, span)
    if titled and (
        (work_noun(prev) and not verdict_on(before, attributed))
        or (work_noun(prev2) and not (attributed and prev in BE_FORMS))  # not "the plan was “…,” Lee said"
        or prev in TITLE_BEFORE
        or (prev.endswith(POSSESSIVE_S) and n <= 6 and outlet(before[-1]))
        or work_noun(nxt)
        or nxt in NAMED_THINGS  # the “Harbour Queen” pageant, a “Save the Pier” hat
        or nxt2 in NAMED_THINGS  # a “Save the Pier” tote bag
        or work_noun(nxt2)  # the “Harbour Lights” TV show
        or prev == "told"  # Falk told “Pier Talk”: the show she spoke to
        or (prev == "to" and CUE_FORMS.get(prev2) in ADDRESS_LEMMAS)  # speaking to “Pier Talk”
        or (prev == "with" and prev2 in ("interview", "interviews"))  # an interview with “Pier Talk”
        or (prev == "of" and prev2 in MAKERS)  # the author of “Quiet Harbors”
        or (n > 1 and words[-1].lower().strip(",.") in WORK_NOUNS)  # “The Ola Berg Show”
        or nxt in CAST_ROLES  # the “Harbour Lights” star
        or (prev == "in" and prev2 in PERFORMED_IN)  # she starred in “The Long Night”
        or (one_name(inner) and work_object(before, prev, prev2, nxt))
        or (
            not attributed
            and not after
            and prev in BE_FORMS
            and one_name(inner)
            and work_subject(text, open_at)
        )
    ):
        return "title"  # NBC's “Morning Ledger”, on “The Desk”, the “Night Shift” podcast
    if (
        8 < n <= 16
        and (
            (work_noun(prev) and before[-1][-1:].isalpha())
            or (prev in TITLING_WORDS and before[-1][-1:].isalpha())  # an essay titled “…”
            or (nxt == "by" and len(after) > 1 and after[1][:1].isupper())
        )
        and sum(1 for w in words if w[:1].isupper()) >= (n + 1) // 2  # a headline's capitals
    ):
        return "title"  # a book “Low Tide: How One Port Lost Its Way”, “…” by Ana Brandt: a long title
    if (
        not attributed
        and prev in WORK_NOUNS
        and before[-1].endswith(",")
        and text[span.end - 1 : span.end + 2].strip()[:1] == ","
    ):
        return "title"  # her column, “Fix the pier, now,” ran on Sunday: the work's title
    if n <= 2 and inner.rstrip().endswith(":") and standalone_line(text, span):
        return "term"  # “Related:” on its own line: a label, nobody's words
    if n <= 5 and inner.rstrip(" ”\"’'")[-1:] not in ("!", "?") and gloss(text, span):
        return "term"  # a translation: the Ferienbremse, or “holiday brake”; Mietdeckel (“rent lid”)
    if n <= 3 and listed_word(text, span):
        return "term"  # the terms “toll”, “levy” and “fee”: words shown as words, a list of them
    if n <= 2 and utterance(text, span):
        return "quote"  # “Thanks,” came the reply; “Where?” on its own line
    if chant(words):
        return "term"  # “Lee! Lee! Lee!”, “Dover! Dover!”: a name chanted, no words to check
    if len(inner.strip(" ,.;:!?")) == 1:
        return "term"  # a letter named, not said: tick the box for “A” or “B”
    if titled and nxt in MADE_BY and nxt2 == "by":
        return "term"  # a “Quay Night” hosted by the rowing club: the name of an event
    if (
        n <= 2
        and inner.strip()[-1:].isalpha()
        and all(w[:1].isupper() for w in words)
        and mid_name(text, span)
    ):
        return "term"  # a nickname inside a name: Ann “Annie” Lee
    if not attributed and caps_headline(text, span):
        return "title"  # “PIER TO CLOSE” as its own line: a subheading, not a quotation
    if (
        inner.rstrip().endswith(",")
        and nxt == "by"
        and len(after) > 1
        and after[1][:1] in "ABCDEFGHIJKLMNOPQRSTUVWXYZt"
    ):
        head = text[max(0, open_at - 3) : open_at]
        if head == "" or head[-1] in "\n—–" or head.endswith("\n"):
            return "title"  # a roundup's link: —"Museum to close," by Times' Ann Lee: "…"
    if (n <= 4 or titled) and term_named(before, prev, prev2, nxt, attributed, known):
        return "term"  # "a group called “X”", "the so-called “X”"; not "Hale called it “X”"
    if (titled or (n > 1 and words[0] in ("the", "The") and words[1][:1].isupper())) and (
        # a nickname: call him "the Admiral"; not "he called Hale “Little Tommy”" (a known
        # person's words) nor "dubbed the “Dock Queen” by dockers" (the agent's words)
        (n <= 3 and not known and nxt != "by" and prev2 in CALL_WORDS)
        or (n <= 4 and name_given(before))  # "residents dubbed the new tower “…”", "naming Friday “…”"
    ):
        return "term"
    if n <= 4 and inner.rstrip()[-1:] not in ".!?,;:" and defined(text, span):
        # “Soft closure” is what planners call …: the words are named, not said
        return "title" if n > 1 and all(w[:1].isupper() for w in words) else "term"
    if n <= 3 and possessive_term(text, span):
        return "term"  # the “captain’s log” kept on the bridge: the name of a thing
    if attributed:
        return "quote"
    if n >= 4 and not titled:
        return "quote"
    if n >= 2 and standalone(text, span):
        return "quote"
    return "term"


def title_case(words: list[str]) -> bool:
    """Up to eight words, at least half of them capitalised: the shape of a name or title."""
    n = len(words)
    return n <= 8 and sum(1 for w in words if w[:1].isupper()) >= max(1, (n + 1) // 2)


def name_shaped(inner: str) -> bool:
    """ "River Gang", "Harbour House,", "Medicare for All": quoted words in title case that
    open and close on a capital, a name of something, not words said."""
    return title_case(inner.split()) and one_name(inner)


def one_name(inner: str) -> bool:
    """“Glass Rivers”, “Come Home, Sailor”: the words of one name, its first and last word
    capitalised, with no sentence ending inside them (the sentence's own full stop may stand
    at the end)."""
    core = inner.rstrip(" .!?,'’\"”")
    words = core.split()
    capped = bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()  # “Never again” is not
    return capped and not any(c in ".!?;:" for c in core)


def work_object(before: list[str], prev: str, prev2: str, nxt: str) -> bool:
    """A short Title Case quote in a place where a work or a named thing stands, not words:
    the object of a verb of making or performing ("she sang “…”", "the label released “…”";
    not "he wrote, “…”"), a work read from ("read from “…”"), the topic of a verb of speech
    ("said of “…” that", "spoke warmly about “…”"), a part or treatment of a work ("a review
    of “…”", "the first chapter of “…”"), or a name given by a participle after a noun ("a
    shop called “…”", "the mill, now known as “…”"; not "Lee called the plan “…”")."""
    plain = before[-1][-1:].isalpha() if before else False  # no comma or colon before the quote
    if plain and prev in MAKING_FORMS:
        return True
    if plain and prev == "from" and prev2 in FROM_WORK_FORMS:
        return True
    if prev == "of" and prev2 in WORK_PARTS:
        return True
    if prev in TOPIC_PREPOSITIONS and len(before) > 1:
        k = len(before) - 2
        if k > 0 and adverb(prev2):
            k -= 1  # spoke warmly of “…”
        if CUE_FORMS.get(before[k].lower().strip(",:;(")) in TOPIC_LEMMAS:
            return True
    return named_after_noun(before, nxt)


def work_subject(text: str, open_at: int) -> bool:
    """ "The song that made her famous was “…”": the subject of the sentence the quote ends is
    a work (a work noun among its first three words), so the name after "was" is its title."""
    head = text[max(0, open_at - 120) : open_at]
    breaks = list(SENTENCE_BREAK.finditer(head))
    head = head[breaks[-1].end() :] if breaks else head
    return any(work_noun(w.lower().strip(",:;(")) for w in head.split()[:3])


def named_after_noun(before: list[str], nxt: str) -> bool:
    """A naming participle after a noun with a determiner, or after a comma, names the thing:
    "a shop called “…”", "a boat dubbed “…”", "the restaurant, now called “…”". A naming verb
    with a subject ("Lee called the plan “…”", "she called it “…”", "which called …") or an
    agent after the quote ("was dubbed “…” by sailors") is someone's naming, and passes."""
    if nxt == "by":
        return False
    original = before[-6:]
    words = [w.lower().strip(",:;(") for w in original]
    k = len(words) - 1
    if k >= 1 and words[k] == "as":
        k -= 1  # known as, billed as
    if k < 1 or words[k] not in NAMING_PARTICIPLES or original[k][-1:] in ",:;":
        return False
    k -= 1
    while k >= 1 and adverb(words[k]) and not original[k].endswith(","):
        k -= 1  # now called, locally known as
    noun = words[k]
    if (
        not (original[k].rstrip(",").islower() and noun.isalpha())
        or noun in PRONOUNS
        or noun in RELATIVE_PRONOUNS
    ):
        return False  # "Lee, for example, named “…”", "Lindqvist, who …, named “…”": a subject names
    if noun in FINITE_AUX or noun in BE_FORMS or adverb(noun):
        return False
    # a determiner before the noun, an adjective or two between: "a small shop called “…”",
    # "the restaurant, now called “…”" (an apposition)
    return any(w in DETERMINERS for w in words[max(0, k - 3) : k])


BREAK_CHARS: Final = ',:;.!?“”"«»'


def name_given(before: list[str]) -> bool:
    """A verb that only gives names, then its object of up to four words with no break, right
    before the quote: "residents have dubbed the new tower “…”", "a proclamation naming Friday
    “…”", "fans nicknamed him “…”". The quote is the name, nobody's words. Not after a comma
    or colon ("he named his price: “…”"), nor "dubbed them as “…”" (a verdict), nor the noun
    "name" ("the name of the group “…”")."""
    if not before or before[-1][-1:] in ",:;" or before[-1].lower() == "as":
        return False
    for k in range(len(before) - 2, max(-1, len(before) - 6), -1):
        word = before[k].lower()
        if any(c in word for c in BREAK_CHARS):
            return False
        if word in NAME_GIVING_FORMS and word not in ("name", "names"):
            return True
    return False


def verdict_on(before: list[str], attributed: bool) -> bool:
    """ "Lee called the plan “A Waste Of Money”", "labeled his bill “The Worst Yet”": a verdict verb
    with a speaker acts on the noun in front of the quote, which gives the speaker's word for
    that noun, not a work's title ("a plan called “Harbour Forward”" has no object)."""
    return (
        attributed
        and len(before) >= 3
        and CUE_FORMS.get(before[-3].lower()) in VERDICT_LEMMAS
        and before[-2].lower() in DETERMINERS
    )


def chant(words: list[str]) -> bool:
    """ "“Lee! Lee!”", "“Dover! Dover! Dover!”": one capitalised word said over and over is a name
    chanted by a crowd; "“Wait, wait, wait,” he said" (in lower case after the first) is speech."""
    if len(words) < 2 or not words[1][:1].isupper() or not all(w[:1].isupper() for w in words):
        return False  # tested first: it stops at the first lower-case word of a long quote
    return len({w.strip(",.!?;:") for w in words}) == 1


def free_relative_namer(before: list[str]) -> bool:
    """ "exposed what the defence called “…”", "what one neighbour has called “…”", "the bill,
    which Democrats have called “…”": "what" or "which" opens a clause whose own subject (at
    most three words, no form of "be": not "which was called “…”") does the naming."""
    words = [w.lower().strip(",:;(") for w in before[-6:-1]]
    k = next((j for j in range(len(words) - 1, -1, -1) if words[j] in NAMING_RELATIVES), -1)
    if k < 0:
        return False
    between = words[k + 1 :]
    return 1 <= len(between) <= 3 and not any(w in BE_FORMS for w in between)


def term_named(before: list[str], prev: str, prev2: str, nxt: str, attributed: bool, known: bool) -> bool:
    """A short quote named by a naming frame ("a group called “X”", "the so-called “X”")
    that is not the speaker's own naming of something ("Hale called it “X”")."""
    named_by_speaker = (
        attributed
        # "a show called “X”" names the show; "Falk called it “X”", "what she called “X”" are hers
        and (known or prev != "called" or prev2 in PRONOUNS or free_relative_namer(before))
        and prev in CUE_FORMS
        and prev2 not in ARTICLES
        and prev2 not in BE_FORMS
        and (nxt == "by" or not nobody_names(before, len(before) - 1))  # "often called “X”" (by nobody)
    ) or (known and prev in USED_WORDS)  # "Falk used the phrase “harbour tax”": her words to check
    if attributed and nxt == "by" and prev in CUE_FORMS:
        return False  # "has been called “X” by the union": the agent after the quote names it
    namer = naming_word(before) if nxt != "by" else prev  # "labeled as a “…” by Democrats": theirs
    return (
        namer in TERM_BEFORE or namer in NAMING_TO_AS or "so-called" in (prev, prev2)
    ) and not named_by_speaker


LIST_GAP: Final = r"[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:(?:and|or)[ \t\u00a0]+)?"
LIST_ITEM: Final = r"[“\"«]([^“”\"«»\n]{1,40})[”\"»“]"
ITEM_BEFORE: Final = re.compile(LIST_ITEM + LIST_GAP + "$")
ITEM_AFTER: Final = re.compile(LIST_GAP + LIST_ITEM)


def listed_word(text: str, span: QuoteSpan) -> bool:
    """One of three or more short quotes listed after a noun for words: "the terms “toll”,
    “levy” and “fee”", "words such as “pier,” “ferry,” “quay”": words shown as words, which
    nobody's record can confirm one by one. Two of them ("words like “soonish” and “shortly”")
    may still be someone's words and are left to the other rules."""
    listed = 1
    start = span.open_at
    while listed < 12:
        m = ITEM_BEFORE.search(text, max(0, start - 60), start)
        if m is None or len(m.group(1).split()) > 3 or not joined(m.group(1), text[m.end(1) + 1 : start]):
            break
        listed, start = listed + 1, m.start()
    head = [w.lower().strip(",:") for w in text[max(0, start - 40) : start].split()]
    while head and head[-1] in EXAMPLE_LEADS:
        head.pop()  # terms such as, words like, phrases including
    if not head or not (head[-1] in USED_WORDS or head[-1].removesuffix("s") in USED_WORDS):
        return False
    end, inner = span.close_at, text[span.start : span.end]
    while listed < 3:
        m = ITEM_AFTER.match(text, end, end + 60)
        if m is None or len(m.group(1).split()) > 3 or not joined(inner, text[end : m.start(1) - 1]):
            break
        listed, end, inner = listed + 1, m.end(), m.group(1)
    return listed >= 3


def joined(first: str, gap: str) -> bool:
    """Two listed quotes are joined by a comma (inside the first's marks or after them), "and"
    or "or", not set side by side."""
    return first.rstrip()[-1:] == "," or bool(gap.strip())


POSSESSIVE: Final = re.compile(r"[^\W\d_][\w-]*(?:[’']s|s[’'])")
SENTENCE_BREAK: Final = re.compile(r"[.!?][\"”’')]*[ \t\u00a0]+|\n")
QUOTE_CLOSE: Final = re.compile(r"[”»\"]|[,.!?…][’']")


def possessive_term(text: str, span: QuoteSpan) -> bool:
    """the “captain’s log”, a “widow’s step”, the “farmers’ market”: two or three words, a
    possessive before a last one in lower case, with no speech verb governing them: the name
    of a thing. "“It is the captain’s log,” she said" and "Lee said it was the “mayor’s
    folly”" are words someone said."""
    words = text[span.start : span.end].split()
    if not 2 <= len(words) <= 3 or not (words[-1].isalpha() and words[-1].islower()):
        return False  # “…, ” with its comma inside: speech punctuation before a tag
    if not any(POSSESSIVE.fullmatch(w) for w in words[:-1]):
        return False
    before = text[max(0, span.open_at - 12) : span.open_at].split()
    determined = words[0].lower() in ARTICLES or (bool(before) and before[-1].lower() in ARTICLES)
    return determined and not governed(text, span)  # “stunt children’s growth”: no noun phrase


def governed(text: str, span: QuoteSpan) -> bool:
    """A speech verb governs the quote: earlier in its clause ("Lee said it was the “…”"),
    or in a tag right after it ("the “…”, she said"). An earlier quote's own tag ("“…,”
    said Berg, who keeps the “…”") ends at its comma and governs nothing after it."""
    head = text[max(0, span.open_at - 200) : span.open_at]
    breaks = list(SENTENCE_BREAK.finditer(head))
    head = head[breaks[-1].end() :] if breaks else head
    closes = list(QUOTE_CLOSE.finditer(head))
    if closes:
        head = head[closes[-1].end() :]
        comma = head.find(",")
        if comma >= 0:
            head = head[comma + 1 :]  # past the earlier quote's tag
    words = [w.lower().strip(",;:()—–") for w in head.split()]
    if any(speech_verb(words, i) for i in range(len(words))):
        return True
    tail = text[span.close_at : span.close_at + 40].split("\n", 1)[0].lstrip(" ,\t\u00a0").split()[:3]
    for i, w in enumerate(tail):
        if speech_verb([t.lower().strip(",.;:!?") for t in tail], i):
            return True
        if w[-1:] in ".!?;:":
            break
    return False


def speech_verb(words: list[str], i: int) -> bool:
    """``words[i]`` is a cue verb, with its particle when it needs one ("pointed out", not
    "pointed at"), or a speech noun before "that" ("his claim that …")."""
    if words[i] in SPEECH_NOUNS and words[i + 1 : i + 2] == ["that"]:
        return True
    lemma = CUE_FORMS.get(words[i])
    if lemma is None:
        return False
    particles = PARTICLE_CUES.get(lemma)
    return particles is None or (i + 1 < len(words) and words[i + 1] in particles)


def naming_word(before: list[str]) -> str:
    """The word that names the quote, looking past "as", a determiner after it and adverbs:
    "known as the “…”", "known locally as “…”", "sometimes referred to as the “…”" are named
    by "known" and "referred"; "often called the “…”" and "is called the “…”" by "called".
    A determiner after a naming verb with someone doing the naming is the speaker's own
    object: "Hale called the “…”", "called a “…”" are named by "the" and "a"."""
    original = before[-8:]
    words = [w.lower().strip(",:;(") for w in original]
    k = len(words) - 1
    if k >= 1 and words[k] in ARTICLES and words[k - 1] == "as":
        k -= 1
    elif k >= 1:
        first = k - 1 if words[k] in ARTICLES else k
        verb = past_modifiers(words, original, first)
        in_language = verb < first and words[verb + 1] == "in"  # "called in Spanish the “…”"
        framed = (verb < first or first < k) and words[verb] in TERM_BEFORE
        if framed and (in_language or nobody_names(original, verb)):  # "is often called simply “…”"
            k = verb
    if k >= 1 and words[k] == "as":
        k -= 1
        if k >= 1 and words[k] == "to" and words[k - 1] in NAMING_TO_AS:
            k -= 1  # referred to as “…”
        k = past_modifiers(words, original, k)  # known locally as “…”, known in Welsh as “…”
    return words[k] if k >= 0 else ""


def past_modifiers(words: list[str], original: list[str], k: int) -> int:
    """Step back from ``k`` over what may stand inside a naming frame: adverbs ("locally",
    "often") and "in" before a capitalised word ("in Spanish", "in Cork"). Returns the index
    of the word before them."""
    while k >= 1:
        if adverb(words[k]):
            k -= 1
        elif k >= 2 and words[k - 1] == "in" and original[k][:1].isupper():
            k -= 2
        else:
            break
    return k


def adverb(word: str) -> bool:
    """locally, widely, often, better: a word that may stand inside a naming frame."""
    return (len(word) > 4 and word.endswith("ly")) or word in NAMING_ADVERBS


def nobody_names(words: list[str], verb: int) -> bool:
    """The naming verb at ``verb`` has no one doing the naming right before it: "often
    called", "is called", "the bridge, widely called" (not "Hale called", "she called"; nor
    "Lee, an aide, called": a comma may close an apposition after the one who names; nor
    "Ruiz has repeatedly called", "who once branded": adverbs after a subject or an
    auxiliary leave the naming to that subject, whose words the quote then is)."""
    if verb == 0:
        return False
    prev = words[verb - 1].lower().strip(",:;(")
    if prev in NAMING_BE:
        return True
    if not adverb(prev):
        return False
    k = verb - 1
    while k >= 1 and adverb(words[k - 1].lower().strip(",:;(")) and not words[k - 1].endswith(","):
        k -= 1  # the first of the adverbs: "has since repeatedly called"
    if k == 0 or words[k - 1].endswith(","):
        return True  # "the bridge, often called “…”": a participle, nobody named
    subject = words[k - 1]
    plain = subject.lower().strip(",:;(")
    if plain in NAMING_BE:
        return True  # "is often called"
    # "Ruiz has repeatedly called", "who once branded", "what Lee often called": someone names
    after_break = k >= 2 and words[k - 2][-1:] in ".!?"
    named = subject[:1].isupper() and k >= 2 and not after_break
    return not (plain in NAMERS_BEFORE_ADVERB or plain in PRONOUNS or named)


TERM_END: Final = (
    r"(?:[A-ZÀ-Þ][\w’'-]*|[”\"»])"  # a capitalised (foreign) noun, or a quoted term's closing mark
)
GLOSS_LEAD: Final = rf"(?:{'|'.join(GLOSS_LEAD_WORDS)})[ \t\u00a0,]+"
GLOSS_SPACE: Final = " \t\u00a0,"
GLOSS_BEFORE: Final = re.compile(
    r"[A-ZÀ-Þ][\w’'-]*,?[ \t\u00a0]+or[ \t\u00a0]+$"  # the Ferienbremse, or “…”
    rf"|{TERM_END}[ \t\u00a0]*\($"  # the Wende (“…”)
    rf"|[^\W\d_][\w’'-]*[ \t\u00a0]*\({GLOSS_LEAD}$"  # hygge (roughly, “…”)
)


def may_end_gloss_lead(head: str) -> bool:
    """Whether ``head`` can match GLOSS_BEFORE, which ends on "(" or on a lead word and
    spaces (before an optional final newline, as ``$`` allows): a cheap test that spares
    most quotes the regex search."""
    head = head.removesuffix("\n")
    return head.endswith("(") or head.rstrip(GLOSS_SPACE).endswith(GLOSS_LEAD_WORDS)


def gloss(text: str, span: QuoteSpan) -> bool:
    """The translation of a foreign term: "the Ferienbremse, or “holiday brake”", "the
    Wende (“turn”)", "hygge (roughly, “cosiness”)", "translated as “…”". A gloss in
    brackets is the bracket's whole content; one after ", or" starts in lower case ("Lee,
    or “At least Lee's office,”" is words said)."""
    head = text[max(0, span.open_at - 60) : span.open_at]
    m = GLOSS_BEFORE.search(head) if may_end_gloss_lead(head) else None
    if m is not None:
        if "(" not in m.group():  # ", or “…”": a translation is a common noun's words
            return text[span.start : span.start + 1].islower()
        return text[span.close_at : span.close_at + 1] == ")"
    low = head.lower()
    if not any(g in low for g in GLOSS_WORDS):
        return False  # naming_word returns one of the words of ``head``: no gloss word in it
    words = head.split()
    if len(words) > 1 and words[-1].lower() == "to":
        words = words[:-1]  # translates to “…”
    return naming_word(words) in GLOSS_WORDS


UTTERANCE_TAIL: Final = re.compile(r"[ \t\u00a0]+[a-z]")


def utterance(text: str, span: QuoteSpan) -> bool:
    """A short utterance that opens its sentence: “Thanks,” came the reply; “Where?” on a
    line of its own. Its words end as speech ends (“…,” “…?” “…!”), and a sentence goes on
    after it in lower case, or nothing does."""
    inner = text[span.start : span.end].strip()
    if not inner[:1].isupper() or inner[-1:] not in (",", "?", "!", "."):
        return False
    if SENTENCE_END.search(text, max(0, span.open_at - 30), span.open_at) is None:
        return False
    close_at = span.close_at
    goes_on = UTTERANCE_TAIL.match(text, close_at, close_at + 3) is not None
    if inner[-1] == ",":
        return goes_on  # “Thanks,” came the reply
    if goes_on:
        return inner[-1] in "?!"  # “Where?” she asked
    line_end = text.find("\n", close_at)
    return not text[close_at : len(text) if line_end < 0 else line_end].strip()  # “No.” alone


DEFINING: Final = re.compile(
    r"[ \t\u00a0]+(?:(?:is|was|are|were|remains)[ \t\u00a0]+(?:a|an|the)|has[ \t\u00a0]+been)\b"
)
SENTENCE_END: Final = re.compile(r"(?:^|[\n.!?][\"”’')]?|\b[A-Z][a-z]+:)[ \t\u00a0]*$")


def defined(text: str, span: QuoteSpan) -> bool:
    """ "“Harbour tax” is a term for …", "“Pier Nine” was the first …": a short quote that
    opens its sentence as the subject of "is a/the" or "has been" is a word or title being
    explained, not words someone said."""
    if DEFINING.match(text, span.close_at, span.close_at + 20) is None:
        return False
    return SENTENCE_END.search(text, max(0, span.open_at - 30), span.open_at) is not None


def work_noun(word: str) -> bool:
    """book, books: a noun for a work whose title stands next to it."""
    return word in WORK_NOUNS or (word.endswith("s") and word[:-1] in WORK_NOUNS)


COORDINATION: Final = re.compile(r"\s*(?:,|,?\s*(?:and|or|&))\s*")


def coordinated_kind(text: str, prev: QuoteSpan, span: QuoteSpan, prev_kind: str) -> str | None:
    """starred in “Harbour Lights” and “Pier Nine,”: a Title Case quote joined by "and",
    "or" or a comma to a title or a term is one more of the same (``resolve`` asks only of a
    quote, so after a quote the answer is "quote" again: no change)."""
    gap = text[prev.close_at : span.open_at]
    words = text[span.start : span.end].split()
    if len(gap) > 12 or not COORDINATION.fullmatch(gap):
        return None
    return prev_kind if title_case(words) else None


def standalone_line(text: str, span: QuoteSpan) -> bool:
    """Nothing but the quote (and its marks) on its line."""
    open_at, close_at = span.open_at, span.close_at
    a = text.rfind("\n", max(0, open_at - 40), open_at) + 1
    b = text.find("\n", close_at, close_at + 40)
    return not text[a:open_at].strip() and not text[close_at : len(text) if b < 0 else b].strip(" .")


NAME_PART: Final = re.compile(r"(?:^|\n|[^.!?\s]\s|\b[A-Z][a-z]{0,3}\.\s)[A-Z]\S*[^\W\d_]\s$")


def mid_name(text: str, span: QuoteSpan) -> bool:
    """Ann “Annie” Lee, Del. Rosa “Ro” Diaz, Ann ‘Annie’ O’Hare: a capitalised word (not one
    that opens a sentence, unless it opens the text or a line) right before the mark and
    another right after it."""
    after = text[span.close_at : span.close_at + 4]
    if len(after) < 3 or after[0] != " " or not after[1].isupper():
        return False
    if not after[2].isalpha() and not (after[2] in "’'" and after[3:4].isupper()):
        return False
    return NAME_PART.search(text[max(0, span.open_at - 40) : span.open_at]) is not None


def caps_headline(text: str, span: QuoteSpan) -> bool:
    """An all-capitals quote of two words or more on a line with no lower-case letter
    outside it: a subheading or a headline that quotes, not a sentence that attributes.
    The lower-case test comes first: it stops at the second letter of most quotes."""
    inner = text[span.start : span.end]
    if any(c.islower() for c in inner) or len(inner.split()) < 2 or sum(c.isupper() for c in inner) < 4:
        return False
    open_at, close_at = span.open_at, span.close_at
    a = text.rfind("\n", max(0, open_at - 300), open_at) + 1
    b = text.find("\n", close_at, close_at + 300)
    if (a == 0 and open_at > 300) or (b < 0 and close_at + 300 < len(text)):
        return False
    line = text[a:open_at] + text[close_at : len(text) if b < 0 else b]
    if text[max(0, a - 300) : a].rstrip().endswith(":"):
        return False  # "Hale tweeted:" then “WE STAY OPEN!”: introduced words, not a heading
    return not any(c.islower() for c in line)


def standalone(text: str, span: QuoteSpan) -> bool:
    """ "“Nobody knows.”" as its own paragraph, or "«Nous restons ouverts», a déclaré le
    maire." with a tail we cannot read: a whole sentence someone said, not a scare term."""
    open_at = span.open_at
    line_start = text.rfind("\n", max(0, open_at - 200), open_at) + 1
    if text[line_start:open_at].strip():
        return False
    inner = text[span.start : span.end].strip()
    later = inner.split()[1:]
    if not inner[:1].isupper() or 2 * sum(1 for w in later if w[:1].isupper()) > len(later):
        return False  # "Follow Ann Lee on Twitter." is a Title Case line, not speech
    close_at = span.close_at
    line_end = text.find("\n", close_at, close_at + 200)
    rest = text[close_at : close_at + 200 if line_end < 0 else line_end].strip()
    if inner.rstrip(" '’\"”")[-1:] in SENTENCE_MARKS:
        return rest == "" or rest[:1] in "”\"'’)"
    return own_tail(text, span) and rest[:1] in ",—–-" and rest.rstrip()[-1:] in SENTENCE_MARKS
