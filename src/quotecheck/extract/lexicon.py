"""Word lists the attribution sieves use: cue verbs, pronouns, titles, roles, abbreviations.

Written by hand from style guides and general English; cue verbs are listed as lemmas and
inflected here so "say" covers said/says/saying.
"""

from __future__ import annotations

# Verbs that introduce someone's words (direct or partial quotes).
SPEECH_LEMMAS = (
    "say", "tell", "add", "write", "tweet", "post", "ask", "explain", "note", "state", "declare",
    "argue", "insist", "continue", "reply", "respond", "recall", "warn", "claim", "announce",
    "remark", "acknowledge", "admit", "comment", "testify", "shout", "conclude", "observe",
    "suggest", "predict", "promise", "vow", "joke", "quip", "mutter", "scream", "yell",
    "exclaim", "answer", "counter", "retort", "complain", "boast", "brag", "concede",
    "confirm", "deny", "emphasize", "emphasise", "stress", "maintain", "contend", "assert",
    "allege", "charge", "report", "read", "urge", "plead", "pledge", "assure", "caution",
    "chant", "cry", "thunder", "snap", "tout", "lament", "muse", "wonder", "speculate",
    "describe", "call", "label", "dub", "brand", "accuse", "criticize", "criticise", "blast",
    "slam", "mock", "praise", "characterize", "dismiss", "decry", "denounce", "condemn",
    "hail", "question", "mention", "reiterate", "repeat", "reveal", "disclose", "agree",
    "advise", "demand", "proclaim", "opine", "offer", "inform", "tease", "taunt", "scoff",
    "sigh", "laugh", "whisper", "murmur", "grumble", "gush", "rant", "recount", "quote",
    "cite", "underscore", "highlight", "interject", "interrupt", "begin", "assess",
    "estimate", "find", "conclude", "insist", "speak", "thank", "apologize", "apologise",
    "write", "email", "text", "message", "reason", "figure", "believe", "think", "feel",
    "worry", "fear", "hope", "complain", "object", "protest", "rail", "rave", "ridicule",
    "deride", "lambaste", "castigate", "rebuke", "scold", "attack", "defend", "challenge",
    "summarize", "summarise", "point", "sum", "fire", "push", "shoot", "hit", "lash",
    "chime", "weigh", "go", "put", "refer", "characterise", "portray", "paint", "promise",
    "command", "order", "instruct", "implore", "beg", "invite", "encourage", "congratulate",
    "tweet", "retweet", "announce", "preach", "pray", "sing", "recite", "declare",
    "concur", "venture", "volunteer", "elaborate", "clarify", "correct", "caution",
    "threaten", "swear", "guarantee", "forecast", "project", "acknowledge", "confide",
    "confess", "grant", "allow", "cheer", "applaud", "boo", "jeer", "heckle", "rap", "retort",
    "blame", "vent", "credit", "indicate", "bark", "imply", "retaliate", "press", "fume",
    "riff", "surmise", "bemoan", "echo", "boom", "grouse", "ponder", "beam", "remember",
    "pronounce", "chide", "discuss", "share", "publish", "propose", "insinuate", "hint",
    "sneer", "snarl", "growl", "huff", "marvel", "gripe", "whine", "moan", "wail", "shrug",
    "lecture", "counsel", "reassure", "reflect", "crow", "kid", "narrate", "rage", "seethe",
    "recommend", "caution", "editorialize", "surmise", "posit", "theorize", "acknowledge",
    "allude", "concede", "stipulate", "specify", "dispute", "contest", "rebut", "refute",
    "talk",
    "recognize", "reference", "exhort", "assail", "needle", "fret", "react", "snipe",
)  # fmt: skip

IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "read": ("read",),
    "speak": ("spoke", "spoken"), "begin": ("began", "begun"), "find": ("found",),
    "think": ("thought",), "feel": ("felt",), "go": ("went", "gone"), "put": ("put",),
    "shoot": ("shot",), "hit": ("hit",), "swear": ("swore", "sworn"), "sing": ("sang", "sung"),
    "forecast": ("forecast",), "grant": ("granted",),
}  # fmt: skip

DOUBLED = {"quip", "snap", "admit", "refer", "concur", "rap", "plan", "chat", "hit", "dub", "brag",
           "slam", "rebut", "spar", "kid", "jab", "grab", "stop", "beg", "clap", "extol", "shrug",
           "sum"}  # fmt: skip


def inflect(lemma: str) -> set[str]:
    """The forms of a regular or listed irregular verb: says, said, saying."""
    forms = {lemma}
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma in IRREGULAR:
        forms.update(IRREGULAR[lemma])
    else:
        if lemma.endswith("e"):
            forms.add(lemma + "d")
        elif lemma.endswith("y") and lemma[-2] not in "aeiou":
            forms.add(lemma[:-1] + "ied")
        elif lemma in DOUBLED:
            forms.add(lemma + lemma[-1] + "ed")
        else:
            forms.add(lemma + "ed")
    if lemma.endswith("el") and lemma not in IRREGULAR:
        forms.update({lemma + "led", lemma + "ling"})  # labelled, marvelling: British spelling
    if lemma.endswith("ie"):
        forms.add(lemma[:-2] + "ying")
    elif lemma.endswith("e") and not lemma.endswith("ee"):
        forms.add(lemma[:-1] + "ing")
    elif lemma in DOUBLED:
        forms.add(lemma + lemma[-1] + "ing")
    else:
        forms.add(lemma + "ing")
    return forms


def verb_forms(lemmas: tuple[str, ...]) -> dict[str, str]:
    table: dict[str, str] = {}
    for lemma in lemmas:
        for form in inflect(lemma):
            table.setdefault(form, lemma)
    return table


CUE_FORMS: dict[str, str] = verb_forms(SPEECH_LEMMAS)
"""Every inflected cue verb form, mapped to its lemma."""

# The commonest cue verbs of French, German and Spanish copy quoted in English-language
# stories ("«…», a déclaré le maire", "„…“, sagte der Bürgermeister", "«…», dijo"): they mean
# "say", so they attribute like it. The auxiliary before a French/Spanish past is skipped.
FOREIGN_CUES = {
    "déclaré": "say", "dit": "say", "affirmé": "say", "ajouté": "add", "expliqué": "explain",
    "sagte": "say", "sagt": "say", "erklärte": "explain", "betonte": "stress", "fügte": "add",
    "dijo": "say", "afirmó": "say", "declaró": "declare", "añadió": "add", "explicó": "explain",
}  # fmt: skip
FOREIGN_AUX = {"a", "ha", "avait"}
for _form, _lemma in FOREIGN_CUES.items():
    CUE_FORMS.setdefault(_form, _lemma)
# Verbs of writing by hand or keyboard, past forms only: "type", "pen" and "jot" are nouns
# as often as verbs, but "a nurse had typed “…”" reports written words.
HAND_CUES = ("typed", "scrawled", "jotted", "penned", "inscribed", "scribbled")
for _form in HAND_CUES:
    CUE_FORMS.setdefault(_form, "write")
# What may stand between such a verb and its words: "scrawled the words “…”", "typed out “…”".
# Anything else is an object ("typed up a memo for the “working group”"), not the words.
HAND_FRAME = {",", ":", "out", "down", "up", "back", "the", "words", "word", "phrase", "simply", "just"}

# Verbs of stance rather than speech ("supports", "decried", "likes"): a partial quote in
# their object reports the subject's words, but they never take a quote on their own.
STANCE_LEMMAS = (
    "support", "oppose", "like", "love", "hate", "want", "seek", "welcome", "reject", "favor",
    "favour", "back", "endorse", "embrace", "champion", "pitch", "frame", "cast", "view",
    "see", "consider", "regard", "deem", "name", "list", "intimate", "wave", "brush",
    "shrug", "vow", "pledge", "push", "press", "insist", "decline", "refuse", "push", "tout",
    "promote", "defend", "blame", "credit", "accuse", "fault", "target", "question", "doubt",
    "dispute", "acknowledge", "recognize", "recognise", "warn", "caution", "promise", "offer",
    "propose", "call", "demand", "ask", "request", "invoke", "adopt", "use", "employ",
    "prefer", "envision", "envisage", "predict", "expect", "anticipate", "describe", "rate",
    "rank", "grade", "judge", "label", "term", "dub", "brand", "condemn", "decry", "deplore",
    "lament", "criticize", "criticise", "praise", "hail", "applaud", "celebrate", "mock",
    "laud", "commend", "extol",
    "ridicule", "slam", "blast", "attack", "address", "cite", "quote", "repeat", "echo",
    "paraphrase", "sign", "pass", "approve", "veto", "announce", "unveil", "release",
    "issue", "publish", "post", "tweet", "share", "retweet", "argue", "claim", "believe",
    "think", "feel", "fear", "hope", "worry", "dismiss", "deny", "admit", "concede",
    "confirm", "stress", "emphasize", "emphasise", "highlight", "note", "mention",
    "liken", "compare", "equate", "admire",
)  # fmt: skip
STANCE_FORMS: dict[str, str] = verb_forms(STANCE_LEMMAS)

# Lemmas that need a particle to be a cue ("point out", "fire back", "sum up").
PARTICLE_CUES = {
    "point": ("out", "to"), "talk": ("up", "about", "of"), "sum": ("up",), "fire": ("back",), "push": ("back",),
    "shoot": ("back",), "hit": ("back", "out"), "lash": ("out",), "chime": ("in",),
    "weigh": ("in",), "go": ("on",), "put": ("it",), "refer": ("to",), "speak": ("of", "about", "out"),
    "rail": ("against",), "laugh": ("off",),
}  # fmt: skip

# Cues that are weak on their own: they count only right next to the quote or before a
# partial quote in the same clause, never to take a quote-only sentence.
WEAK_LEMMAS = {
    "find", "believe", "think", "feel", "worry", "fear", "hope", "offer", "grant", "allow",
    "begin", "continue", "text", "message", "reason", "figure", "project", "correct",
    "cheer", "applaud", "boo", "go", "put", "point", "sum", "hit", "shoot", "push", "fire",
    "lash", "chime", "weigh", "read", "post", "quote", "cite", "thank",
}  # fmt: skip

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
PERSON_PRONOUNS = {"he": "m", "she": "f", "i": "", "we": "", "they": "", "you": ""}

DETERMINERS = {
    "the", "a", "an", "one", "another", "his", "her", "their", "its", "this", "that", "these",
    "those", "some", "many", "several", "two", "three", "four", "five", "other", "our",
    "my", "your", "each", "every", "most", "both", "all", "few",
}  # fmt: skip

# Words that may stand between a subject and its cue verb ("he also said", "has said").
AUXILIARIES = {
    "also", "later", "then", "has", "had", "have", "would", "will", "once", "previously",
    "recently", "further", "repeatedly", "simply", "again", "quickly", "already", "flatly",
    "bluntly", "publicly", "privately", "frequently", "often", "never", "earlier", "since",
    "just", "still", "even", "reportedly", "allegedly", "initially", "famously", "angrily",
    "curtly", "firmly", "calmly", "softly", "loudly", "sharply", "long", "is",
    "was", "were", "are", "be", "been", "being", "did", "does", "do", "could", "should",
    "may", "might", "must", "can", "not", "n't", "always", "apparently", "clearly", "subsequently", "immediately", "finally", "eventually", "first", "last", "herself",
    "himself", "themselves", "itself", "only", "both", "all", "too", "now", "at", "emphatically", "proudly", "approvingly", "jokingly", "pointedly", "tersely", "openly",
    "explicitly", "specifically", "directly", "essentially", "basically", "effectively",
    "actually", "seemingly", "memorably", "infamously", "notably", "separately", "likewise",
    "similarly", "elsewhere", "afterward", "afterwards", "yesterday", "today", "tonight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip

# Title and role words: stay out of the speaker's name ("Sen. Ann Lee" -> "Ann Lee").
TITLES = {
    "president", "vice", "senator", "sen", "sen.", "sens.", "rep", "rep.", "reps.",
    "representative", "congressman", "congresswoman", "gov", "gov.", "governor", "mayor",
    "administrator", "secretary", "minister", "prime", "chancellor", "director", "spokesman",
    "spokeswoman", "spokesperson", "chief", "judge", "justice", "dr", "dr.", "mr", "mr.", "mrs",
    "mrs.", "ms", "ms.", "miss", "prof", "prof.", "professor", "gen", "gen.", "general", "lt.",
    "col.", "maj.", "capt.", "sgt.", "adm.", "admiral", "ceo", "cfo", "coo", "chairman",
    "chairwoman", "chair", "speaker", "leader", "attorney", "commissioner", "ambassador",
    "sheriff", "officer", "deputy", "assistant", "press", "former", "acting", "candidate",
    "nominee", "host", "anchor", "correspondent", "reporter", "editor", "columnist", "analyst",
    "strategist", "adviser", "advisor", "manager", "founder", "co-founder", "executive",
    "head", "inspector", "surgeon", "pastor", "rev.", "reverend", "father", "sister",
    "bishop", "pope", "cardinal", "rabbi", "imam", "king", "queen", "prince", "princess",
    "lord", "lady", "sir", "dame", "hon.", "councilman", "councilwoman", "councillor",
    "councilor", "alderman", "treasurer", "comptroller", "auditor", "delegate", "lawmaker",
    "sen.-elect", "president-elect", "first", "mr.president", "clerk", "premier", "mp",
    "state", "house", "senate", "majority", "minority", "whip", "party", "campaign",
    "presidential", "republican", "democratic", "democrat", "gop", "dem", "dem.", "u.s.",
    "white", "national", "committee", "communications", "policy", "political", "economic",
    "senior", "junior", "rnc", "dnc", "fbi", "cia", "nasa", "pentagon", "defense", "foreign",
    "homeland", "security", "affairs", "counsel", "general's", "independent", "libertarian",
    "green", "billionaire", "businessman", "businesswoman", "mogul", "magnate", "tycoon",
    "activist", "author", "actor", "actress", "singer", "rapper", "comedian", "star",
    "coach", "owner", "investor", "economist", "scientist", "researcher", "expert",
    "lawyer", "doctor", "physician", "nurse", "teacher", "student", "officials", "official",
    "superintendent", "provost", "dean", "regent", "trustee", "fellow",
    "co-chair", "cochair", "moderator", "pollster", "historian", "veteran", "ex", "ex-",
    "sens", "reps", "u.n.", "un", "eu", "nato", "labour", "conservative", "liberal", "tory",
    "mep", "mla", "msp", "frontrunner", "front-runner", "hopeful", "contender", "challenger",
    "incumbent", "governor-elect", "mayor-elect", "attorney-general", "secretary-general",
    "director-general", "then-sen.", "then-gov.", "then-president", "then-secretary",
    "captain", "lieutenant", "colonel", "sergeant", "detective", "constable", "corporal",
    "private", "commander", "marshal", "trooper", "warden",
}  # fmt: skip

# Role nouns a description may use for a person ("the senator", "the billionaire").
ROLE_NOUNS = {
    "president", "senator", "congressman", "congresswoman", "governor", "mayor", "secretary",
    "minister", "candidate", "nominee", "front-runner", "frontrunner", "businessman",
    "businesswoman", "billionaire", "mogul", "tycoon", "spokesman", "spokeswoman",
    "spokesperson", "judge", "justice", "director", "chairman", "chairwoman", "leader",
    "speaker", "lawmaker", "senator-elect", "president-elect", "former", "official",
    "administrator", "ambassador", "attorney", "lawyer", "host", "anchor", "actor",
    "actress", "star", "executive", "ceo", "founder", "hopeful", "contender", "challenger",
    "incumbent", "republican", "democrat", "representative", "commissioner",
    "sheriff", "chief", "general", "governor-elect", "developer", "magnate",
    "real-estate", "economist", "professor", "author", "veteran", "activist", "pastor",
    "man", "woman", "father", "mother", "wife", "husband", "son", "daughter", "adviser",
    "advisor", "aide", "strategist", "manager", "pollster", "reporter", "columnist", "writer",
    "physician", "doctor",
}  # fmt: skip

MALE_WORDS = {"mr.", "mr", "man", "father", "husband", "son", "congressman", "businessman",
              "spokesman", "chairman", "king", "prince", "sir", "lord", "brother", "boy",
              "actor", "councilman", "he", "him", "his"}  # fmt: skip
FEMALE_WORDS = {"mrs.", "mrs", "ms.", "ms", "miss", "woman", "mother", "wife", "daughter",
                "congresswoman", "businesswoman", "spokeswoman", "chairwoman", "queen",
                "princess", "lady", "dame", "sister", "girl", "actress", "councilwoman", "she",
                "her", "hers"}  # fmt: skip

# Words that end a sentence only when no abbreviation stands before the period.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "govs", "gen", "lt", "col",
    "maj", "capt", "sgt", "adm", "rev", "hon", "prof", "jr", "sr", "st", "mt", "ft", "no",
    "vs", "v", "etc", "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m",
    "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
    "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "n.h", "n.j",
    "n.m", "n.y", "n.c", "n.d", "s.c", "s.d", "r.i", "w.va", "pres", "supt", "dept", "univ",
    "assn", "bros", "approx", "est", "ave", "blvd", "rd", "msgr", "fr", "messrs",
}  # fmt: skip

# A quote right after these is a name for something, not someone's words.
TERM_BEFORE = {
    "so-called", "dubbed", "titled", "entitled", "nicknamed", "called", "named", "term",
    "terms", "phrase", "word", "words", "slogan", "hashtag", "label", "moniker", "nickname",
    "known", "billed", "branded", "labeled", "labelled", "coined", "headline", "headlined",
    "pseudonym", "alias", "codename",
}  # fmt: skip

# Nouns before a capitalised quote that make it the title of a work.
WORK_NOUNS = {
    "book", "film", "movie", "show", "series", "documentary", "song", "album", "play",
    "musical", "program", "programme", "episode", "column", "op-ed", "article", "essay",
    "report", "memoir", "novel", "poem", "podcast", "segment", "special", "sitcom", "drama",
    "hit", "single", "track", "ad", "advert", "advertisement", "video", "speech", "sketch",
    "newsletter", "blog", "magazine", "newspaper", "paper", "headline", "piece", "story",
    "campaign", "initiative", "act", "bill", "plan", "doctrine", "tour", "event", "rally",
    "commentary", "editorial", "broadcast", "syllabus",
}  # fmt: skip


def name_set(block: str) -> set[str]:
    return set(block.split())


# Common given names, written by hand: "he" should not stand for "Rosa Diaz" just because she
# was named last. A name not listed leaves the gender open (the pronoun then picks the most
# recent person), so the lists only ever remove a wrong candidate.
MALE_FIRST = name_set(
    """
aaron adam ahmed alan albert alex alexander ali andrew angel anthony antonio arthur ben benjamin
bernie bill billy bob bobby brad brandon brian bruce carl carlos charles charlie chris christopher
chuck colin craig dan daniel darren dave david dennis derek dick don donald doug douglas ed eddie
edward eric frank fred gary george gerald glenn greg gregory harry henry hugh ian jack jacob
james jason jeb jeff jeffrey jeremy jerry jim jimmy joe joel john johnny jon jonathan jorge
jose joseph josh joshua juan justin keith ken kenneth kevin kurt larry luis marco
mark martin matt matthew michael mike mitch mohammed muhammad nathan neil nick nicholas omar
patrick paul pete peter phil philip rand ray raymond reince richard rick rob robert roger ron
ronald roy rudy russell ryan sam samuel scott sean sergei stephen steve steven ted thomas
tim timothy todd tom tony vladimir walter wayne will william
"""
)
FEMALE_FIRST = name_set(
    """
abigail alice alicia amanda amy ana andrea angela ann anna anne barbara betsy betty beth brenda
carly carol caroline catherine cathy charlotte cheryl christina christine claire cynthia
debbie deborah diana diane donna dorothy elaine elizabeth ellen emily emma erin eva gina
gloria hannah heather helen hillary ivanka jane janet jennifer jessica jill joan joanne joy
judith judy julia julie karen kate katherine kathleen kathy kelly kellyanne kimberly laura
lauren linda lisa liz loretta lucy maria marie marine martha mary megyn melania melissa michelle
monica nancy natalie nicole nikki olivia pam pamela patricia paula rachel rebecca rosa ruth
sandra sara sarah sharon shirley sofia sophie stephanie susan suzanne tammy teresa theresa
tina tulsi valerie victoria virginia wendy
"""
)


# Nouns for what someone said: "her claim that “…”" credits the possessor.
SPEECH_NOUNS = {
    "assertion", "claim", "claims", "statement", "remark", "remarks", "comment", "comments",
    "promise", "pledge", "vow", "warning", "argument", "insistence", "suggestion",
    "declaration", "description", "words", "response", "answer", "reply", "accusation",
    "tweet", "tweets", "post", "message", "email", "letter", "speech", "assurance",
    "admission", "boast", "complaint", "contention", "prediction", "quip", "refrain",
    "mantra", "slogan", "characterization", "criticism", "question", "request", "demand",
    "plea", "announcement", "testimony", "interview", "op-ed", "column",
    "essay", "memo", "book", "memoir", "retort", "rebuttal", "reaction", "explanation",
    "promises", "warnings", "line", "lines", "catchphrase", "motto", "dictum", "phrase",
    "maxim", "assumption",
}  # fmt: skip

# A possessive pronoun stands for the person its subject form names: "his call" is his.
PRONOUN_OF = {"his": "he", "her": "she", "their": "they", "its": "it"}


# Words that lost their first letters to an apostrophe: ’tis, ’twas, ’em (spans.py reads
# the mark before them as an apostrophe, not an opening quote mark).
ELIDED_WORDS = {"tis", "twas", "twere", "twill", "twould", "em", "til", "bout", "nuff", "cept"}


# --- kinds.py: what makes a quoted span a title or a term rather than words said ---------

# Words right before a Title Case quote that make it a work's title: "titled “…”", "on “…”".
TITLE_BEFORE = {
    "titled", "entitled", "on", "author", "host", "anchor", "star", "watch", "performed",
    "performing",
}  # fmt: skip

# A broadcaster's or publisher's word: "Fox News’s “…”", "the Post’s “…”" (a show, a column).
OUTLET_WORDS = {"news", "times", "post", "channel", "network", "journal", "radio", "tv", "magazine"}

# Nouns for a word used as a word: a known speaker's "phrase “harbour tax”" is still theirs.
USED_WORDS = {
    "term", "terms", "phrase", "word", "words", "slogan", "label", "hashtag", "line",
    "nickname", "moniker",
}  # fmt: skip

# Naming verbs: "call him “the Admiral”" gives a nickname.
CALL_WORDS = {
    "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "nickname", "nicknamed",
    "name", "named",
}  # fmt: skip

# Things a Title Case quote names: the “Harbour Queen” pageant, a “Save the Pier” hat.
NAMED_THINGS = {
    "pageant",
    "contest",
    "award",
    "awards",
    "prize",
    "hat",
    "hats",
    "shirt",
    "shirts",
    "sign",
    "signs",
}

# Makers of a work: the author of “Quiet Harbors”.
MAKERS = {"author", "authors", "co-author", "writer", "composer", "director", "producer", "creator", "editor"}

# A work's cast and crew: the “Harbour Lights” star.
CAST_ROLES = {"star", "stars", "actress", "actor", "co-star", "host", "creator", "showrunner"}

# Verbs for putting on an event: a “Harbour Forum” sponsored by the paper.
MADE_BY = {"sponsored", "hosted", "organized", "organised", "staged", "held", "run", "co-hosted"}

# Verbs for taking part in a work, before "in": starred in “The Long Night”.
PERFORMED_IN = {
    "starred", "stars", "starring", "appeared", "appears", "appearing", "featured",
    "features", "cast", "acted", "acts", "played", "plays", "debuted",
}  # fmt: skip

# Words that introduce a translation or gloss of a foreign term: literally “rent brake”.
GLOSS_WORDS = {"literally", "translated", "translates", "translation", "translating"}

# --- kinds.py: naming frames with adverbs in them ("known locally as", "often called") -----

# Adverbs with no "-ly" that stand inside a naming frame: "better known as", "often called
# the “…”" (any "-ly" word is an adverb there too: "known locally as").
NAMING_ADVERBS = {
    "often", "sometimes", "also", "still", "now", "once", "better", "best", "more", "most",
    "long", "since",
}  # fmt: skip

# A naming verb after these names with nobody doing the naming: "is called the “…”".
NAMING_BE = {"is", "was", "are", "were", "be", "been", "being"}

# Naming verbs that take "to as": "sometimes referred to as the “…”".
NAMING_TO_AS = {"refer", "refers", "referred", "referring"}
