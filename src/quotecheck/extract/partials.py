"""Short partial quotes governed by a verb of speech or stance.

"Merkel heralded the deal as a “breakthrough.”", "Lee has been pounding Hale as a “con
artist”", "calling the harbour chief a “fibber”": the quoted words are a few words long, so no sieve
that looks for a full attribution finds them, and alone they read like a scare quote. What
makes them someone's words is the verb that governs them: a verb of calling, describing,
praising or condemning whose object (or its predicate after "as") is the quote. Its subject is
the speaker, not the nearest noun. Nothing here fires without such a verb, so a scare quote in
plain narrative ("the “establishment” candidate") stays a term.
"""

from __future__ import annotations

from quotecheck.extract.lexicon import (
    CUE_FORMS,
    PRONOUN_OF,
    ROLE_NOUNS,
    STANCE_FORMS,
    UTTERANCE_NOUNS,
    verb_forms,
)
from quotecheck.extract.mentions import (
    Mention,
    head_of,
    index_of_token,
    kind_of_mention,
    make_mention,
    np_core,
    np_forward,
    subject_of,
)
from quotecheck.extract.sentences import LEFT_WINDOW, Token, tokenize
from quotecheck.extract.spans import QuoteSpan, first_ending_after
from quotecheck.extract.subjects import sentence_subject

# Verbs whose object or "as" predicate names or judges something in the subject's words;
# the shared lexicon lacks a few that only ever govern a partial quote.
GOVERN_LEMMAS = (
    "call", "describe", "label", "dub", "brand", "term", "liken", "compare", "herald", "hail",
    "denounce", "decry", "dismiss", "deride", "chant", "cry", "shout", "yell", "praise", "pound",
    "blast", "slam", "attack", "mock", "refer", "characterize", "characterise", "cast",
    "portray", "paint", "tout", "bill", "coin", "laud", "extol", "condemn", "ridicule",
    "lambaste", "castigate", "assail", "knock", "rip", "trash", "bash", "tar", "smear",
    "depict", "present", "pitch", "frame", "sell", "rate", "deem", "declare", "pronounce",
    "proclaim", "christen", "nickname", "mark", "regard", "view", "promise", "vow", "pledge", "warn", "urge",
    "demand", "predict", "insist", "argue", "claim", "accuse", "blame", "credit", "thank",
    "welcome", "applaud", "celebrate", "lament", "bemoan", "complain", "boast", "brag",
    # words written or mouthed rather than said: "typed “…” into the chat", "mouthing “…”"
    "type", "scrawl", "scribble", "jot", "mouth", "coach", "bellow", "holler",
)  # fmt: skip
GOVERN_FORMS: dict[str, str] = verb_forms(GOVERN_LEMMAS)
GOVERN_FORMS.update({"known": "know", "seen": "see", "thought": "think"})  # "seen by X as a “…”"
# Lemmas that take the quote only through "as" ("heralded the deal as a “…”"), never bare.
AS_ONLY = {"know", "see", "think", "regard", "view", "herald", "hail", "dismiss", "denounce", "decry", "praise", "pound", "blast", "slam",
           "attack", "mock", "cast", "portray", "paint", "tout", "bill", "laud", "extol",
           "condemn", "ridicule", "lambaste", "castigate", "assail", "knock", "rip", "trash",
           "bash", "tar", "smear", "depict", "present", "pitch", "frame", "sell", "refer",
           "characterize", "characterise", "describe", "welcome", "applaud", "celebrate",
           "credit", "thank", "blame"}  # fmt: skip
# Words that may stand between the verb and the quote: its object and the frame around it.
BETWEEN = {
    "a", "an", "the", "as", "to", "him", "her", "them", "it", "us", "me", "himself",
    "herself", "themselves", "itself", "this", "that", "these", "those", "his", "their",
    "its", "our", "nothing", "more", "than", "less", "just", "only", "simply", "merely",
    "little", "mere", "so", "such", "very", "too", "most", "truly", "real", "new", "some",
    "of", "one", "another", "all", "both", "being", "for", "about", "against", "they", "we",
    "he", "she", "were", "was", "are", "is",
}  # fmt: skip
STOPS = {",", ";", ":", "—", "–", "--", "(", ")", ".", "!", "?", "that", "which", "who",
         "whom", "because", "while", "when", "and", "but", "or", "if", "so-called"}  # fmt: skip
# not has/have/had: "had typed", "had joined in" are perfect tenses that keep their subject
PASSIVE_AUX = {"is", "was", "were", "are", "be", "been", "being", "often", "widely", "once",
               "also", "sometimes", "repeatedly"}  # fmt: skip
MAX_GAP = 7


def words_before(text: str, spans: list[QuoteSpan], qi: int, sent_start: int) -> list[Token] | None:
    """The sentence's tokens before quote ``qi`` (earlier quotes in it marked), or ``None``
    when the quote opens too far into the sentence for its governing verb to be read."""
    open_at = spans[qi].start - len(spans[qi].open_mark)
    if open_at - sent_start > LEFT_WINDOW:
        return None
    return tokenize(text, sent_start, open_at, spans, first_ending_after(spans, qi, sent_start))


def governed_partial(
    text: str, spans: list[QuoteSpan], qi: int, sent_start: int, sent_end: int
) -> Mention | None:
    """The subject of the verb of speech or stance that governs a short partial quote, or
    ``None``: "Merkel heralded the deal as a “breakthrough”" -> Merkel."""
    span = spans[qi]
    close_at = span.end + len(span.close_mark)
    left = words_before(text, spans, qi, sent_start)
    if left is None:
        return None
    n = len(left)
    v = governing_verb(left)
    if v is None:
        v = coining_verb(left)  # "has coined a catchy motto, “…”": the phrase in apposition
    if v is None:
        return poll_answer(left)
    verb = left[v]
    lemma = GOVERN_FORMS.get(verb.lower, "")
    as_frame = any(t.lower == "as" for t in left[v + 1 :]) or (
        lemma == "refer" and v + 1 < n and left[v + 1].lower == "to"
    )
    if lemma in AS_ONLY and not as_frame:
        return None
    if v + 2 < n and left[v + 1].lower == "by" and verb.lower.endswith(("ed", "en", "wn")):
        return agent_before(left, v + 2)  # "a levy seen by dockers as a “…”"
    if lemma in ("know", "see", "think"):
        return None  # "known online as “Guccifer”": a name, with nobody saying it
    if v >= 1 and left[v - 1].lower in PASSIVE_AUX and verb.lower.endswith(("ed", "en")):  # "was branded"
        return agent_after(text, spans, qi, close_at, sent_end, verb.text)
    if v >= 1 and left[v - 1].lower in ("a", "an", "the", "his", "her", "their", "its", "of"):
        return None  # "a call for", "the label": a noun, not the verb
    progressive = v >= 1 and left[v - 1].lower in ("is", "was", "are", "were", "been", "be")
    np = controlled_object(left, v)
    if np is not None:
        return make_mention(left, np, verb.text)
    if not verb.lower.endswith("ing") or progressive:
        np = subject_of(left, v, 0)
    if np is None and second_verb(left, v):
        # "…, calling the harbour chief a “fibber”", "and judged him “fit for the job”": a participle or a
        # second verb of the clause says what the sentence's subject did

        np = sentence_subject(left, 0, v)
    if np is None and not verb.lower.endswith("ing"):
        np = past_modifier(left, v)
    if np is None and not verb.lower.endswith("ing"):
        np = share_subject(left, v)
        if np is not None:
            return make_mention(left, np, verb.text)
    if np is None:
        return relative_subject(left, v)
    kind = kind_of_mention(np)
    if kind == "description" and not person_like(np):
        return None
    m = make_mention(left, np, verb.text)
    if m.kind == "relative" and not m.head:
        return None
    return m


# Verbs whose object is the subject of the infinitive after it: "That led Hale to call it …"
CONTROL_FORMS: dict[str, str] = verb_forms(
    ("prompt", "lead", "push", "drive", "spur", "force", "move", "inspire", "provoke", "goad", "cause")
)
CONTROL_FORMS.update({"led": "lead", "drove": "drive", "driven": "drive"})


def controlled_object(left: list[Token], v: int) -> list[Token] | None:
    """ "That prompted Hale to make a joke and call Lee “very nimble”": the named object of
    a verb of prompting is the one who speaks, not the sentence's subject (often a "that"
    or a thing). Only a capitalised name right before "to", within the same clause."""
    for j in range(v - 1, max(1, v - 10), -1):
        tok = left[j]
        if tok.quote >= 0 or tok.text in (",", ";", ":", "—", "–", "(", ")") or tok.lower in RELATIVES:
            return None
        if tok.is_cap:
            return None  # "moved Hale to tears and Lee deemed it “…”": a new subject speaks
        if tok.lower != "to" or not left[j - 1].is_cap:
            continue
        np = np_core(left, j - 1, 0)
        if np is None or kind_of_mention(np) != "name":
            return None
        c = index_of_token(left, np[0], j - 1) - 1
        if c >= 0 and left[c].text[:1].islower() and left[c].lower in CONTROL_FORMS:
            return np
        return None
    return None


COINED_NOUNS = {
    "phrase",
    "term",
    "word",
    "slogan",
    "nickname",
    "label",
    "moniker",
    "catchphrase",
    "mantra",
    "motto",
}


COIN_FORMS: dict[str, str] = verb_forms(("coin", "use", "invoke", "repeat", "adopt"))
PHRASE_FRAME = {"a", "an", "the", "new", "his", "her", "their", "its", "own", "favorite",
                "favourite", "latest", "signature", "same", "familiar", "catchy"}  # fmt: skip


def coining_verb(left: list[Token]) -> int | None:
    """The verb of "coined a catchy motto, “…”" or "used the same word, “…”": the quote stands
    in apposition to a word for a phrase that the verb's subject coined or used."""
    if len(left) < 3 or left[-1].text != "," or left[-2].lower not in COINED_NOUNS:
        return None
    k = len(left) - 3
    while k >= 0 and len(left) - k <= 6 and left[k].lower in PHRASE_FRAME:
        k -= 1
    if k < 0 or left[k].lower not in COIN_FORMS or not left[k].text[:1].islower():
        return None
    return k


POLL_LEMMAS = {"say", "tell", "report", "answer", "respond", "believe", "think", "feel", "rate", "describe"}


def poll_answer(left: list[Token]) -> Mention | None:
    """ "About 40 percent of voters say the plan is “about right”": a poll's share of
    respondents answering in the clause before a short quote gives the answer its words."""
    for v in range(len(left) - 1, max(-1, len(left) - 14), -1):
        tok = left[v]
        if tok.quote >= 0 or tok.text in (",", ";", ":", "—", "–", "(", ")", "."):
            return None
        lemma = CUE_FORMS.get(tok.lower) or STANCE_FORMS.get(tok.lower)
        if lemma in POLL_LEMMAS and tok.text[:1].islower():
            np = share_subject(left, v)
            return make_mention(left, np, tok.text) if np is not None else None
    return None


def governing_verb(left: list[Token]) -> int | None:
    """The index of the verb right before the quote's frame ("heralded the deal as a"),
    walking back over object words only."""
    n = len(left)
    k = n - 1
    seen = 0
    framed = any(t.lower == "as" for t in left[-4:])
    skipped = False
    while k >= 0 and seen <= (MAX_GAP + 6 if framed else MAX_GAP):
        tok = left[k]
        if tok.quote >= 0 or tok.lower in STOPS:
            return None
        if tok.text[:1].islower() and governs(tok.lower) and not noun_use(left, k):
            return k
        if (
            not (tok.lower in BETWEEN or tok.is_cap or tok.lower.endswith(("’s", "'s")))
            and seen > 0
            and not any(t.lower == "as" for t in left[k + 1 :])
        ):
            d = object_start(left, k)
            if d is None or skipped:
                return None  # a content word between verb and quote: not the verb's object
            # "calling the mayor a “liar”": the verb's first object, then the quote as the second
            skipped = True
            if d >= 1 and left[d - 1].text[:1].islower() and GOVERN_FORMS.get(left[d - 1].lower) in NAMING:
                return d - 1
            return None
        k -= 1
        seen += 1
    return None


# verbs that take an object and then the words it is called: "calling the mayor a “liar”"
NAMING = {"call", "label", "dub", "brand", "term", "nickname", "christen", "deem", "declare", "pronounce"}
OBJECT_DETERMINERS = {"the", "his", "her", "their", "its", "our", "this", "that", "these", "those"}


def object_start(left: list[Token], k: int) -> int | None:
    """Where a short determiner-led noun phrase ending at ``k`` starts ("the mayor", "its
    new chairman"), or ``None``."""
    for d in range(k - 1, max(-1, k - 4), -1):
        tok = left[d]
        if tok.lower in OBJECT_DETERMINERS:
            return d
        if tok.quote >= 0 or not tok.text[:1].isalpha() or tok.lower in STOPS or governs(tok.lower):
            return None
    return None


RELATIVES = {"which", "who", "whom", "whose", "where", "that", "what"}


def relative_subject(left: list[Token], v: int) -> Mention | None:
    """ "Obama, who pressed for a “grand bargain”": the relative pronoun right before the verb
    is the mention; ``make_mention`` gives it its antecedent as the speaker."""
    j = v - 1
    while j >= 0 and (left[j].lower in AUX_BEFORE or left[j].lower.endswith("ly")):
        j -= 1
    if j < 1 or left[j].lower not in ("who", "that"):
        return None
    ante = np_core(left, j - 2 if left[j - 1].text == "," else j - 1, 0)
    if ante is None or ante[0].lower in RELATIVES:
        return None
    if kind_of_mention(ante) == "description" and not person_like(ante):
        return None  # "a hat that says “…”": a thing's words are a slogan, not a quote to check
    return Mention((left[j],), "relative", left[v].text, tuple(head_of(ante)))


AUX_BEFORE = {"has", "had", "have", "also", "once", "later", "then", "would", "will",
              "did", "does", "do", "not", "never"}  # fmt: skip


SHARE_WORDS = {"percent", "%", "half", "third", "thirds", "quarter", "majority", "plurality",
               "most", "many", "some", "few", "in"}  # fmt: skip


def share_subject(left: list[Token], v: int) -> list[Token] | None:
    """ "A mean of 8 percent of pier residents reported “…”", "Roughly six in 10 said
    they were “…”": a share of respondents is the subject, however long, when it runs from
    the sentence start straight to the verb and names a share."""
    i = 0
    while i < v and left[i].lower in ("and", "but", "so", "yet", "still", "also"):
        i += 1
    words = left[i:v]
    while words and (words[-1].lower in AUX_BEFORE or words[-1].lower in ("also", "now")):
        words = words[:-1]
    if not 2 <= len(words) <= 12 or any(t.quote >= 0 or t.text in (";", ":", "—", "–") for t in words):
        return None
    if not any(t.text[:1].isdigit() or t.lower in NUMBER_WORDS for t in words):
        return None
    if not any(t.lower in SHARE_WORDS or t.text.endswith("%") for t in words):
        return None
    if any(t.lower in RELATIVES or (t.text[:1].islower() and governs(t.lower)) for t in words):
        return None
    return list(words)


NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "half", "third", "quarter", "majority", "plurality"}  # fmt: skip


def past_modifier(left: list[Token], v: int) -> list[Token] | None:
    """ "Dockers filing past the town hall sang “…”": the sentence's subject, when
    only a participle phrase stands between it and the verb."""

    np = sentence_subject(left, 0, v)
    if np is None:
        return None
    e = next((k for k in range(v) if left[k] is np[-1]), -1) + 1
    if e <= 0 or e >= v or not left[e].lower.endswith("ing") or not left[e].text[:1].islower():
        return None
    if any(t.text in (",", ";", ":", "—", "–") or t.quote >= 0 or t.lower in RELATIVES for t in left[e:v]):
        return None
    return np


def second_verb(left: list[Token], v: int) -> bool:
    """ "…, at one point calling", "and deemed him", "having referred to him": the verb opens
    a participle clause or a second predicate of the main clause, not a relative clause nor
    a reduced one ("a sign saying", "lineups discussing")."""
    if any(t.lower in RELATIVES for t in outside_dash_asides(left[:v])):
        return False
    if v >= 1 and left[v - 1].lower in ("and", "having"):
        return True
    k = v - 1
    while k >= 0 and v - k <= 4 and left[k].text != "," and left[k].text[:1].islower():
        k -= 1
    return k >= 0 and left[k].text == "," and left[v].lower.endswith("ing")


def outside_dash_asides(tokens: list[Token]) -> list[Token]:
    """The tokens not inside a closed dash aside: "Gov. Ann Lee — who is tipped for the
    ticket — has battled …" keeps its main clause."""
    out: list[Token] = []
    aside: list[Token] | None = None
    for t in tokens:
        if t.text in ("—", "–"):
            aside = [] if aside is None else None  # opened, or closed and dropped
            continue
        if aside is None:
            out.append(t)
        else:
            aside.append(t)
    return out + (aside or [])


NOUN_BEFORE = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this",
               "of", "these", "those", "whose"}  # fmt: skip


def noun_use(left: list[Token], k: int) -> bool:
    """ "scored 15 % of the council's claims as “…”", "the term “…”": a cue word after a
    determiner or a modifier is a noun, so the walk goes on to the verb before it."""
    if k < 1:
        return False
    before = left[k - 1]
    return before.lower in NOUN_BEFORE or (
        k >= 2
        and left[k - 2].lower in NOUN_BEFORE
        and (before.is_cap or before.lower.endswith(ADJECTIVE_ENDS))
        and not governs(before.lower)
    )  # "of Democratic claims", "his recent remarks"; not "the streets chanted"


ADJECTIVE_ENDS = ("al", "ic", "ous", "ful", "ive", "ent", "ant", "less", "ary", "ible", "able")


def governs(low: str) -> bool:
    return low in GOVERN_FORMS or low in CUE_FORMS or low in STANCE_FORMS


def person_like(np: list[Token]) -> bool:
    """A description that can speak: plural people ("critics", "several senators") or a role
    ("the mayor"); not "the plan"."""
    last = np[-1].lower
    if last in ROLE_NOUNS or last.rstrip("s") in ROLE_NOUNS:
        return True
    return last in SPEAKING_GROUPS or last.endswith(AGENT_PLURALS)


AGENT_PLURALS = ("ists", "ians", "izers", "isers", "ators", "ents", "ants")


SPEAKING_GROUPS = {
    "critics", "opponents", "supporters", "protesters", "protestors", "demonstrators",
    "officials", "republicans", "democrats", "conservatives", "liberals", "progressives",
    "activists", "voters", "residents", "senators", "lawmakers", "members", "leaders",
    "analysts", "experts", "observers", "commentators", "economists", "scientists",
    "researchers", "advocates", "detractors", "fans", "aides", "allies", "rivals",
    "campaign", "administration", "government", "committee", "agency", "department",
    "party", "group", "union", "company", "newspaper", "paper", "board", "court", "crowd",
    "authors", "writers", "reporters", "pundits", "candidates", "police", "prosecutors",
    "organizers", "organisers", "participants", "delegates", "donors", "attendees", "workers",
    "employees", "staffers", "students", "parents", "teachers", "doctors", "lawyers",
    "legislators", "congressmen", "governors", "mayors", "judges", "users",
    "readers", "viewers", "listeners", "bloggers", "commenters", "followers",
}  # fmt: skip


def agent_before(left: list[Token], k: int) -> Mention | None:
    """The agent of a passive verb, between "by" and the quote's frame: "mockingly known by
    some ferrymen as a “handshake”"."""
    e = k
    while e < len(left) and left[e].lower not in ("as", ",", "to") and left[e].quote < 0:
        e += 1
    if e >= len(left) or left[e].lower != "as":
        return None
    np = np_forward(left, k, e)
    if np is None or np[-1] is not left[e - 1]:
        return None
    kind = kind_of_mention(np)
    if kind not in ("name", "description") or (kind == "description" and not person_like(np)):
        return None
    return make_mention(left, np, "by")


def agent_after(
    text: str, spans: list[QuoteSpan], qi: int, close_at: int, sent_end: int, cue: str
) -> Mention | None:
    """ "often branded a “fishing trip” by the dockers": a passive verb's agent after the quote."""
    right = tokenize(text, close_at, min(sent_end, close_at + 200), spans, qi + 1)
    k = 0
    while k < len(right) and right[k].text in (",", "—", "–"):
        k += 1
    if k >= len(right) or right[k].lower != "by":
        return None
    np = np_forward(right, k + 1, len(right))
    if np is None or kind_of_mention(np) not in ("name", "description", "pronoun"):
        return None
    if kind_of_mention(np) == "description" and not person_like(np):
        return None
    return make_mention(right, np, cue)


NOUN_FRAME = {"a", "an", "the", "for", "against", "of", "about", "on", "to", "at", "his", "her",
              "their", "its", "this", "that"}  # fmt: skip


def possessive_partial(
    text: str, spans: list[QuoteSpan], qi: int, sent_start: int, sent_end: int
) -> Mention | None:
    """ "Hale's loud call for a “reset”", "Lee's “half the town” remark": a short
    quote that is the content of someone's utterance noun belongs to the possessor."""
    span = spans[qi]
    close_at = span.end + len(span.close_mark)
    left = words_before(text, spans, qi, sent_start)
    if left is None:
        return None
    n = len(left)
    # the noun before the quote: "call for a", "broadside against"
    k = n - 1
    while k >= 0 and n - k <= 4 and left[k].lower in NOUN_FRAME:
        k -= 1
    if (
        0 <= k < n - 1
        and (left[k].lower in UTTERANCE_NOUNS or left[k].lower in CHANT_NOUNS)
        and left[k].text[:1].islower()
    ):
        m = possessor_mention(left, k)
        if m is None and left[k].lower in CHANT_NOUNS and left[k + 1].lower == "of":
            m = chanting_subject(left, k)
        return m
    # the noun right after the quote: "Romney's “47 percent” comment"
    right = tokenize(text, close_at, min(sent_end, close_at + 60), spans, qi + 1)
    j = 0
    while j < len(right) and j < 3 and right[j].text[:1].islower() and right[j].lower not in UTTERANCE_NOUNS:
        j += 1
    if j < len(right) and right[j].lower in UTTERANCE_NOUNS and right[j].text[:1].islower():
        return possessor_mention(left, n, right[j].text)
    return None


CHANT_NOUNS = {
    "chant", "chants", "cry", "cries", "shout", "shouts", "chorus", "yells", "screams",
    "refrain", "roar", "jeers",
}  # fmt: skip


CHANT_FRAME = {"a", "an", "the", "into", "in", "with", "up", "loud", "long", "repeated",
               "constant", "angry", "rhythmic", "thunderous", "deafening"}  # fmt: skip


# verbs by which the subject raises the chant itself, not hears or meets it
RAISE_FORMS: dict[str, str] = verb_forms(
    ("join", "break", "burst", "erupt", "lead", "start", "raise", "begin", "launch", "strike", "let")
)
RAISE_FORMS.update({"broke": "break", "led": "lead", "began": "begin", "struck": "strike"})


def chanting_subject(left: list[Token], k: int) -> Mention | None:
    """ "Dockers and their families joined in a loud chant of “…”": the people who are the
    clause's subject raised the chant, when they are people."""
    v = k - 1
    while v >= 0 and k - v <= 4 and (left[v].lower in CHANT_FRAME or left[v].lower.endswith(ADJECTIVE_ENDS)):
        v -= 1
    if v < 1 or not left[v].text[:1].islower() or left[v].lower in CHANT_FRAME:
        return None
    if left[v - 1].lower in PASSIVE_AUX or left[v].lower not in RAISE_FORMS:
        return None  # "was met with chants of", "heard chants of": the chant came from others
    np = subject_of(left, v, 0)
    if np is None or (kind_of_mention(np) == "description" and not person_like(np)):
        return None
    return make_mention(left, np, left[k].text)


def possessor_mention(left: list[Token], k: int, cue: str | None = None) -> Mention | None:
    """The possessor within three words before ``left[k]``: "Sanders's clarion", "his"."""
    word = cue or left[k].text
    for p in range(k - 1, max(-1, k - 4), -1):
        tok = left[p]
        if tok.quote >= 0 or not tok.text[:1].isalpha():
            return None
        if tok.lower in PRONOUN_OF and tok.text[:1].islower():
            if not opens_clause(left, p):
                return None
            pronoun = Token(PRONOUN_OF[tok.lower], PRONOUN_OF[tok.lower], tok.start, tok.end)
            return Mention((tok,), "pronoun", word, (pronoun,))
        if tok.text.endswith(("’s", "'s", "s’", "s'")) and tok.is_cap and len(tok.text) > 3:
            np = np_core(left, p, 0)
            if np is None or not opens_clause(left, p - len(np) + 1):
                return None
            core = tok.text[:-2] if tok.text.endswith(("’s", "'s")) else tok.text[:-1]
            name = Token(core, core.lower(), tok.start, tok.start + len(core))
            head = [*np[:-1], name]
            kind = kind_of_mention(head)
            if kind == "description" and not person_like(head):
                return None
            return Mention(tuple(np), kind, word, tuple(head))
    return None


CLAUSE_OPENERS = {",", ";", "and", "but", "while", "whereas", "although", "though", "because",
                  "since", "when", "yet", "so", "as", "if"}  # fmt: skip


def opens_clause(left: list[Token], p: int) -> bool:
    """The possessor's phrase is the subject of its clause ("But Clinton's broadside against
    “…” leaves"), not an object inside another subject's clause ("voters prefer Hale's call
    for “…”"), where the clause's subject is the one reported."""
    return p == 0 or left[p - 1].lower in CLAUSE_OPENERS
