"""Word lists the attribution sieves use: cue verbs, pronouns, titles, roles, abbreviations.

Written by hand from style guides and general English; cue verbs are listed as lemmas and
inflected here so "say" covers said/says/saying.
"""

from __future__ import annotations

import re

# Forms of "be" (a passive or progressive auxiliary, or a copula): the finite ones and the rest.
FINITE_BE = {"is", "are", "was", "were"}
BE_FORMS = FINITE_BE | {"am", "be", "been", "being"}

# Verbs that introduce someone's words (direct or partial quotes), by class: verbs of saying,
# telling, stating, judging and reporting (SAYING_LEMMAS); verbs of the manner of speaking, of
# the sound a voice makes (shout, whisper, sing, chant, sob), MANNER_LEMMAS; verbs of asking
# as a favour (PLEADING_LEMMAS) and of joking (JOKING_LEMMAS). A verb of a class speaks as
# any other: “…,” the crowd chanted; “…,” Lee jested; “…,” the families beseeched the board.
SAYING_LEMMAS = (
    "say", "tell", "add", "write", "tweet", "post", "ask", "explain", "note", "state", "declare",
    "argue", "insist", "continue", "reply", "respond", "recall", "warn", "claim", "announce",
    "remark", "acknowledge", "admit", "comment", "testify", "conclude", "observe", "suggest",
    "predict", "promise", "vow", "answer", "counter", "retort", "complain", "boast", "brag",
    "concede", "confirm", "deny", "emphasize", "emphasise", "stress", "maintain", "contend",
    "assert", "allege", "charge", "report", "read", "urge", "pledge", "assure", "caution", "tout",
    "lament", "muse", "wonder", "speculate", "describe", "call", "label", "dub", "brand", "accuse",
    "criticize", "criticise", "blast", "slam", "mock", "praise", "characterize", "dismiss", "decry",
    "denounce", "condemn", "hail", "question", "mention", "reiterate", "repeat", "reveal",
    "disclose", "agree", "advise", "demand", "proclaim", "opine", "offer", "inform", "taunt",
    "scoff", "recount", "quote", "cite", "underscore", "highlight", "interject", "interrupt",
    "begin", "assess", "estimate", "find", "speak", "thank", "apologize", "apologise", "email",
    "text", "message", "reason", "figure", "believe", "think", "feel", "worry", "fear", "hope",
    "object", "protest", "rail", "rave", "ridicule", "deride", "remind", "lambaste", "castigate",
    "rebuke", "scold", "attack", "defend", "challenge", "summarize", "summarise", "point", "sum",
    "fire", "push", "shoot", "hit", "lash", "chime", "weigh", "go", "put", "refer", "characterise",
    "portray", "paint", "command", "order", "instruct", "invite", "encourage", "congratulate",
    "retweet", "preach", "pray", "recite", "concur", "venture", "volunteer", "elaborate", "clarify",
    "correct", "threaten", "swear", "guarantee", "forecast", "project", "confide", "confess",
    "grant", "allow", "cheer", "applaud", "boo", "jeer", "heckle", "rap", "blame", "vent", "credit",
    "indicate", "imply", "retaliate", "press", "riff", "surmise", "bemoan", "echo", "ponder",
    "beam", "remember", "pronounce", "chide", "discuss", "share", "publish", "propose", "insinuate",
    "hint", "marvel", "shrug", "lecture", "counsel", "reassure", "reflect", "narrate", "recommend",
    "editorialize", "posit", "theorize", "allude", "stipulate", "specify", "dispute", "contest",
    "rebut", "refute", "talk", "recognize", "reference", "exhort", "assail", "needle", "fret",
    "react", "snipe", "play",
)  # fmt: skip
MANNER_LEMMAS = (
    "shout", "mutter", "scream", "yell", "exclaim", "chant", "cry", "thunder", "snap", "sigh",
    "laugh", "whisper", "murmur", "grumble", "gush", "rant", "sing", "bark", "fume", "boom",
    "grouse", "sneer", "snarl", "growl", "huff", "gripe", "whine", "moan", "wail", "crow", "rage",
    "seethe", "mumble", "holler", "bellow", "roar", "hiss", "stammer", "stutter", "croon", "chorus",
    "shriek", "screech", "squeal", "howl", "bawl", "croak", "rasp", "wheeze", "drawl", "whimper",
    "splutter", "sputter", "babble", "gabble", "jabber", "blurt", "lisp", "intone", "yelp", "sob",
    "gasp", "chuckle", "giggle", "snicker", "snort", "groan", "grunt", "cackle",
)  # fmt: skip
PLEADING_LEMMAS = (
    "plead", "implore", "beg", "beseech", "entreat",
)  # fmt: skip
JOKING_LEMMAS = (
    "joke", "quip", "tease", "kid", "jest", "banter", "wisecrack",
)  # fmt: skip
SPEECH_LEMMAS = SAYING_LEMMAS + MANNER_LEMMAS + PLEADING_LEMMAS + JOKING_LEMMAS

IRREGULAR = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "read": ("read",),
    "speak": ("spoke", "spoken"), "begin": ("began", "begun"), "find": ("found",),
    "think": ("thought",), "feel": ("felt",), "go": ("went", "gone"), "put": ("put",),
    "shoot": ("shot",), "hit": ("hit",), "swear": ("swore", "sworn"), "sing": ("sang", "sung"),
    "forecast": ("forecast",), "grant": ("granted",), "send": ("sent",), "run": ("ran", "run"),
    "know": ("knew", "known"), "see": ("saw", "seen"), "break": ("broke", "broken"),
    "lead": ("led",), "strike": ("struck",), "let": ("let",), "keep": ("kept",), "make": ("made",),
    "draft": ("drafted",), "drive": ("drove", "driven"), "give": ("gave", "given"),
    "hear": ("heard",), "overhear": ("overheard",), "catch": ("caught",), "cut": ("cut",),
    "bite": ("bit", "bitten"), "meet": ("met",), "shake": ("shook", "shaken"), "hold": ("held",),
    "throw": ("threw", "thrown"), "spread": ("spread",), "get": ("got", "gotten"),
    "rise": ("rose", "risen"), "stand": ("stood",), "sit": ("sat",), "take": ("took", "taken"),
}  # fmt: skip

# Irregular past participles (the regular ones end in "-ed"): one opening the sentence opens a
# fronted passive phrase ("Driven by anger, Lee went on to call …", "Stung by the defeat, …"),
# one after a noun may open a reduced passive ("a measure seen by …", "a man known as …").
IRREGULAR_PARTICIPLES = {
    "driven", "given", "taken", "shaken", "beaten", "bitten", "broken", "chosen", "frozen",
    "forgotten", "hidden", "ridden", "risen", "spoken", "stolen", "sworn", "torn", "worn",
    "written", "thrown", "shown", "drawn", "grown", "blown", "known", "seen", "fallen",
    "stung", "struck", "hurt", "hit", "caught", "bought", "brought", "taught", "fought",
    "held", "led", "left", "kept", "sent", "spent", "built", "bent", "lost", "told", "sold",
    "found", "bound", "ground", "wound", "shot", "heard", "made", "paid", "laid", "thought",
    "said", "read", "put", "cast",
}  # fmt: skip

# Verbs of more than one syllable that double their last consonant ("admitted"); a verb of
# one syllable ending in one vowel and one consonant always does ("ripped", "slammed").
DOUBLED = {"quip", "quiz", "admit", "refer", "concur", "rebut", "extol", "compel"}
ONE_SYLLABLE_CVC = re.compile(r"[^aeiou]*[aeiou][bdgklmnprt]")


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
        elif lemma in DOUBLED or ONE_SYLLABLE_CVC.fullmatch(lemma):
            forms.add(lemma + lemma[-1] + "ed")
        else:
            forms.add(lemma + "ed")
    if lemma.endswith("el") and lemma not in IRREGULAR:
        forms.update({lemma + "led", lemma + "ling"})  # labelled, marvelling: British spelling
    if lemma.endswith("ie"):
        forms.add(lemma[:-2] + "ying")
    elif lemma.endswith("e") and not lemma.endswith("ee"):
        forms.add(lemma[:-1] + "ing")
    elif lemma in DOUBLED or ONE_SYLLABLE_CVC.fullmatch(lemma):
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
# A court's judgment given with its that-clause ("the court held that the ban “…”", "the judge
# ruled that …"): the past forms only, as "the rules", "a rule change", "on hold" are nouns.
JUDGMENT_FORMS = {"ruled": "rule", "held": "hold"}
# Verbs of being somewhere or holding good with no ending to show them as verbs: after a quoted
# term in a judgment's that-clause they make it the clause's subject ("ruled that “misconduct”
# lay with the manager", "held that “fair” terms apply"), not a noun "that" picks out.
CLAUSE_STATE_VERBS = {
    "lay", "lie", "lies", "rest", "rests", "apply", "applies", "stand", "stands", "remain",
    "remains", "exist", "exists", "occur", "occurs", "belong", "belongs", "mean", "means",
}  # fmt: skip
CUE_FORMS.update(JUDGMENT_FORMS)

# Particles that turn a verb into one of taking the floor when the words follow at once:
# "cut in: “…”", "piped up: “…”", "shot back: “…”".
FLOOR_PARTICLES = {"in", "up", "back"}
SEXED_PRONOUNS = {"him": "m", "his": "m", "himself": "m", "her": "f", "hers": "f", "herself": "f"}
"""The sex a pronoun other than a subject tells."""
SPEAKER_PARTICIPLES = {
    "asked", "questioned", "interviewed", "pressed", "quizzed", "challenged", "speaking",
    "writing", "talking", "testifying", "addressing", "answering", "according",
}  # fmt: skip
"""Participles opening a sentence ("Asked about the delay, Orr said …") that only a speaker
takes, and "According to …": the subject after the phrase's comma is a person (unless "it"
reports for it: "According to the filing, Acme said it …")."""
REFLEXIVE_SEX = {"himself": "m", "herself": "f"}
"""The sex a reflexive tells: in its clause it can stand only for that clause's subject."""
SPOUSE_OWNER = {"husband": "f", "wife": "m", "widow": "m", "widower": "f"}
"""The sex of one whose spouse a noun names ("X, whose husband …"): the other one, mostly."""
CLAUSE_OPENERS = {"that", "who", "whom", "whose", "which", "when", "while", "because", "after", "before",
                  "if", "as", "since", "until", "though", "although", "and", "but", "or"}  # fmt: skip
"""Words that open another clause after a subject's verb, whose own subject may be someone else."""
VERB_PARTICLES = {"out", "off", "down", "up", "back", "away", "no", "yes"}
"""Words that go on from a verb ("walks out", "votes no"), never from a noun compound."""
# Verbs that take the floor with those particles before a comma as well as a colon ("broke
# in, “…”"; "came in, “…”" is an arrival, the quote goes on): inflected like the cues, so
# "cut", "cuts", "broke" need no listing. Before a colon any finite verb does ("stepped in:").
FLOOR_LEMMAS = (
    "cut", "break", "jump", "butt", "chip", "pipe", "speak", "shoot", "hit", "fire", "push",
    "snap", "write", "bite", "strike", "pitch",
)  # fmt: skip
FLOOR_FORMS: dict[str, str] = verb_forms(FLOOR_LEMMAS)

# Verbs that report someone else's words through their object and "as saying": "the paper
# quotes Hale as saying “…”", "the filing cites an aide as writing …": the object speaks.
QUOTING_LEMMAS = (
    "quote", "misquote", "cite", "report", "record", "recall", "remember", "paraphrase",
    "describe", "portray", "depict",
)  # fmt: skip
QUOTING_FORMS: dict[str, str] = verb_forms(QUOTING_LEMMAS)

# Verbs of a sound the voice makes without words (a laugh, a sigh, a groan): set off by a
# comma they give the manner of the words (“…,” she sighed); after a quote that ends its
# sentence, never its tag ("“…” The audience groaned.": a reaction to the words).
VOICE_SOUND_LEMMAS = frozenset({
    "laugh", "sigh", "chuckle", "giggle", "snicker", "snort", "groan", "gasp", "sob", "grunt",
    "cackle", "whimper", "wheeze",
})  # fmt: skip
# Verbs of reacting to words rather than saying them: "“…” Her colleague agreed." after a
# quote that ends its sentence is a reaction to that quote, whose speaker goes on.
REACTION_LEMMAS = {
    "agree", "concur", "cheer", "applaud", "boo", "jeer", "react", "beam", "shrug", "scoff",
} | VOICE_SOUND_LEMMAS  # fmt: skip
# What a gathering does as one after words that end their sentence ("“…” The fans groaned.",
# "“…” The crowd roared."): a noise, not the words, which a crowd does not say in unison;
# "“…,” the fans chanted" (a verb of words) still gives the fans.
GROUP_SOUND_LEMMAS = REACTION_LEMMAS | {"roar", "howl", "murmur"}

# A named person takes the next turn of an exchange when a narrative sentence shows them react
# to what was just said, in the face, the voice or the body, or take issue with it ("“…,” said
# Lee. Tom Hale frowned. “…”"): the quote standing alone next is theirs. A deed, a fate or a
# record ("Hale scored twice", "Hale died in March", "Hale was appointed") tells no turn: news
# prose keeps the last speaker after such background. The verbs that show it on their own:
TURN_REACTION_FORMS: dict[str, str] = verb_forms((
    "nod", "smile", "grin", "frown", "groan", "wince", "grimace", "chuckle", "snort", "gasp",
    "bristle", "sigh", "laugh", "scoff", "shrug", "beam", "scowl", "glower", "smirk", "disagree",
    "demur", "interject", "interrupt", "object", "protest", "balk", "baulk", "stare", "glare",
    "blink", "blush",
))  # fmt: skip
# Past participles of what others do to a person, which "by" may name the doer of: the courts
# and the police ("was jailed", "was charged"), an office given or taken ("was appointed",
# "was sacked"), harm ("was injured", "was shot"). After "was" opening a paragraph they tell a
# fate, which gives the person no words (``suffered``); a feeling ("was delighted", "was
# shocked", "was relieved") is the person's own and still hands them the quote after it.
FATE_PARTICIPLES = {
    "jailed", "imprisoned", "arrested", "detained", "charged", "convicted", "sentenced",
    "acquitted", "fined", "banned", "deported", "extradited", "indicted", "prosecuted",
    "remanded", "bailed", "cleared", "pardoned", "released", "freed", "expelled", "suspended",
    "appointed", "elected", "re-elected", "reelected", "nominated", "promoted", "demoted",
    "hired", "recruited", "sacked", "fired", "dismissed", "ousted", "removed", "replaced",
    "sworn", "knighted", "awarded", "injured", "wounded", "hurt", "killed", "shot", "stabbed",
    "attacked", "assaulted", "beaten", "kidnapped", "abducted", "murdered", "hospitalised",
    "hospitalized", "airlifted", "rescued", "evacuated", "born", "buried",
}  # fmt: skip
# Verbs of a gesture made with a part of the body named after them ("shook his head", "rolled
# her eyes", "raised an eyebrow", "held up his bandaged hand", "got to her feet").
GESTURE_FORMS: dict[str, str] = verb_forms((
    "shake", "roll", "raise", "hold", "wave", "throw", "fold", "cross", "lift", "wag", "bury",
    "spread", "get", "jump", "rise", "clasp", "thump", "bang",
))  # fmt: skip
BODY_PARTS = {
    "head", "eyes", "eyebrow", "eyebrows", "brow", "shoulders", "hand", "hands", "arms", "fist",
    "finger", "feet",
}  # fmt: skip
# Verbs of a posture taken to speak, alone or with these particles ("stood up", "leaned
# forward", "rose"); not with an object after the particle ("stepped up the pressure").
POSTURE_FORMS: dict[str, str] = verb_forms(("stand", "lean", "sit", "step", "rise"))
POSTURE_PARTICLES = {"up", "forward", "forwards"}
# Where one stands to have the floor, as the object of "take" ("took the microphone").
FLOOR_NOUNS = {"floor", "microphone", "mic", "podium", "lectern", "stand", "stage"}
# Adjectives of an attitude held against what was said, beside MANNER_ADJECTIVES ("was unmoved").
UNMOVED_ADJECTIVES = {"unmoved", "unpersuaded", "unswayed", "unbowed"}
# Adjectives of belief that tell doubt when denied or weakened ("was not convinced", "was less
# sure", "is not so sure"); on their own they tell nothing ("was sure to win").
DOUBT_ADJECTIVES = {"sure", "convinced", "persuaded", "impressed", "amused", "certain"}
# Verbs of being that take such an adjective ("is sceptical", "remains defiant").
STANCE_BE_FORMS: dict[str, str] = verb_forms(("remain", "seem", "sound", "look", "appear"))
# Verbs of pointing at something to make a point ("pointed at the cladding", "gestured to the
# field"), with the prepositions that bring in what is pointed at.
POINTING_FORMS: dict[str, str] = verb_forms(("point", "gesture", "gesticulate"))
POINTING_PREPS = {"at", "to", "towards", "toward"}
TAKE_FORMS: dict[str, str] = verb_forms(("take",))
# Verbs of viewing, and the words after them that set the subject's view against the one just
# given ("saw it differently", "sees things otherwise").
VIEWING_FORMS: dict[str, str] = verb_forms(("see", "view", "read"))
DIFFERING_WORDS = {"differently", "otherwise"}
# Nouns of a view or a tone taken against the one just given ("took a different view", "struck
# a different tone", "had a different take").
VIEW_NOUNS = {"view", "tone", "line", "take", "opinion", "stance", "position", "note", "perspective"}

# Verbs of perceiving: after a passive one, a participle tells what its subject was heard or
# seen doing ("Lee was overheard telling", "a deckhand was caught on video shouting"); after an
# active one's object, what that object was heard or seen doing ("watched the minister telling").
# Not verbs of remembering: "Lee recalled Hale talking about “…”" is Lee's account.
PERCEIVE_LEMMAS = ("hear", "overhear", "see", "watch", "film", "record", "catch")
PERCEIVE_FORMS: dict[str, str] = verb_forms(PERCEIVE_LEMMAS)

# Verbs by which a picture or a record shows someone doing something ("a clip showing the
# mayor telling aides", "footage that captures officers shouting"): the one shown does it.
DEPICT_FORMS: dict[str, str] = verb_forms(("show", "depict", "capture", "feature"))
# Nouns of a picture or a sound record: someone seen or heard in one ("watched a video of
# officers shouting", "saw footage of protesters chanting") is the one seen or heard.
PICTURE_NOUNS = frozenset({
    "video", "videos", "clip", "clips", "footage", "recording", "recordings", "tape", "tapes",
    "film", "photo", "photos", "picture", "pictures", "image", "images",
})  # fmt: skip
# Relative pronouns that open a clause about a person ("the mayor, who …", "Lee, whose …").
PERSON_RELATIVES = frozenset({"who", "whose"})
# Verbs of recording or catching: a participle after one's passive and its prepositional object
# is what its subject was caught doing ("was caught on a video telling", "was quoted in a report
# saying"); after any other passive the document does the saying ("was named in a report saying").
CAUGHT_LEMMAS = (*PERCEIVE_LEMMAS, "tape", "videotape", "photograph", "quote")
CAUGHT_FORMS: dict[str, str] = verb_forms(CAUGHT_LEMMAS)

# Nouns of a place a name may be set off after ("fled the capital, Varesh,"): that name is theirs.
PLACE_NOUNS = {
    "capital", "city", "town", "village", "country", "state", "province", "region", "district",
    "county", "island", "port", "suburb", "neighborhood", "neighbourhood",
}  # fmt: skip

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
    "shrug", "vow", "pledge", "push", "press", "insist", "decline", "refuse", "tout",
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
    # verbs of naming, judging or attacking whose object or "as" predicate is the quote
    "herald", "denounce", "deride", "chant", "cry", "shout", "yell", "pound", "refer",
    "characterize", "characterise", "portray", "paint", "bill", "coin", "lambaste",
    "castigate", "assail", "knock", "rip", "trash", "bash", "tar", "smear", "depict", "present",
    "sell", "declare", "pronounce", "proclaim", "christen", "nickname", "mark", "urge", "thank",
    "bemoan", "complain", "boast", "brag", "know", "introduce",
    # words mouthed rather than said: "mouthing “…”"
    "mouth", "coach", "bellow", "holler",
)  # fmt: skip
STANCE_FORMS: dict[str, str] = verb_forms(STANCE_LEMMAS)
# Verbs that take a quote only as a predicate after "as" ("heralded the deal as a “…”");
# see, know and think take it only from an agent ("seen by dockers as a “…”").
AS_LEMMAS = {
    "know", "see", "think", "regard", "view", "herald", "hail", "dismiss", "denounce", "decry",
    "praise", "pound", "blast", "slam", "attack", "mock", "cast", "portray", "paint", "tout",
    "bill", "laud", "extol", "condemn", "ridicule", "lambaste", "castigate", "assail", "knock",
    "rip", "trash", "bash", "tar", "smear", "depict", "present", "pitch", "frame", "sell",
    "refer", "characterize", "characterise", "describe", "welcome", "applaud", "celebrate",
    "credit", "thank", "blame", "introduce",
}  # fmt: skip
AGENT_ONLY = {"know", "see", "think"}
# Nouns of shouting together: "joined in a chant of “…”", "their chants of “…”".
CHANT_NOUNS = {
    "chant", "chants", "cry", "cries", "shout", "shouts", "chorus", "yells", "screams",
    "refrain", "roar", "jeers",
}  # fmt: skip
# Verbs by which the subject raises a chant itself, not hears or meets it.
RAISE_LEMMAS = (
    "join", "break", "burst", "erupt", "lead", "start", "raise", "begin", "launch", "strike", "let",
)  # fmt: skip
NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
    "third", "quarter", "majority", "plurality",
}  # fmt: skip

# Lemmas that need a particle to be a cue ("point out", "fire back", "sum up"); a court's
# judgment (JUDGMENT_FORMS) speaks only with its that-clause, never "held a rally", "ruled out".
PARTICLE_CUES = {
    "rule": ("that",), "hold": ("that",),
    "point": ("out", "to"), "talk": ("up", "about", "of"), "sum": ("up",), "fire": ("back",), "push": ("back",),
    "shoot": ("back",), "hit": ("back", "out"), "lash": ("out",), "chime": ("in",),
    "weigh": ("in",), "go": ("on", "after"), "put": ("it",), "refer": ("to",), "speak": ("of", "about", "out"),
    "rail": ("against",), "laugh": ("off",), "play": ("down",),
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
OBJECT_PRONOUNS = {"it", "him", "her", "them", "us", "me", "you"}
PERSONAL_PRONOUNS = PRONOUNS | OBJECT_PRONOUNS  # "led him to say": an object pronoun may speak

DETERMINERS = {
    "the", "a", "an", "one", "another", "his", "her", "their", "its", "this", "that", "these",
    "those", "some", "many", "several", "two", "three", "four", "five", "other", "our",
    "my", "your", "each", "every", "most", "both", "all", "few",
}  # fmt: skip

# Words that may stand between a subject and its cue verb ("he also said", "has said").
AUXILIARIES = BE_FORMS | {
    "also", "later", "then", "has", "had", "have", "would", "will", "once", "previously",
    "recently", "further", "repeatedly", "simply", "again", "quickly", "already", "flatly",
    "bluntly", "publicly", "privately", "frequently", "often", "sometimes", "seldom", "never", "earlier", "since",
    "just", "still", "even", "reportedly", "allegedly", "initially", "famously", "angrily",
    "curtly", "firmly", "calmly", "softly", "loudly", "sharply", "long", "did", "does", "do", "could", "should",
    "may", "might", "must", "can", "cannot", "not", "n't", "always", "apparently", "clearly", "subsequently", "immediately", "finally", "eventually", "first", "last", "herself",
    "himself", "themselves", "itself", "only", "both", "all", "too", "now", "at", "emphatically", "proudly", "approvingly", "jokingly", "pointedly", "tersely", "openly",
    "explicitly", "specifically", "directly", "essentially", "basically", "effectively",
    "actually", "seemingly", "memorably", "infamously", "notably", "separately", "likewise",
    "similarly", "elsewhere", "afterward", "afterwards", "yesterday", "today", "tonight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip

# Title and role words: stay out of the speaker's name ("Sen. Ann Lee" -> "Ann Lee").
# Honorifics and offices written before a name ("Sen.", "Dr.", "Mayor"); match/names.py
# drops them when comparing names, and they open the longer list of titles below.
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sen", "senator", "rep", "representative", "gov",
    "governor", "pres", "president", "vice", "sir", "dame", "lord", "lady", "rev", "reverend",
    "gen", "general", "col", "colonel", "capt", "captain", "judge", "justice", "mayor",
    "councillor", "councilor", "secretary", "minister", "chancellor", "speaker", "chief",
    "officer", "hon", "cllr",
}  # fmt: skip
NAME_OPENING_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen")
"""Title abbreviations that open a name of two or more words in resolution.NARRATIVE_NAME."""
PATTERN_TITLES = (*NAME_OPENING_TITLES, "Prof")
"""The title abbreviations of resolution.py's name patterns, as written: a name starts at a
word followed by a period only when the word is one of them (built on NAME_OPENING_TITLES,
so the two patterns cannot drift apart)."""
NAME_BREAKING_TITLES = (*NAME_OPENING_TITLES, "Lt", "Col", "Sgt", "Capt", "Adm", "Prof")
"""Title abbreviations that start the next name inside a run ("Utah Sen. Ann Lee")."""
COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "mx", "sir", "dame"}
"""Honorifics that name no role: "Mr. Voss" says a man, "Judge Voss" says which namesake."""
# Trades and team positions written as a title before a name ("Goalkeeper Jonas Kessler
# said", "Chef Aurelio Conti", "signed striker Oda Lunde"): the role, not the name; titles
# only when capitalised ("a striker Mawson signed" opens a clause). No word that is also a
# common surname ("Farmer", "Baker", "Boxer") or given name ("Hunter").
TRADE_TITLES = {
    "goalkeeper", "goalie", "striker", "midfielder", "defender", "winger", "quarterback",
    "pitcher", "skipper", "chef", "architect", "designer", "novelist", "poet", "playwright",
    "filmmaker", "photographer", "artist", "musician", "guitarist", "drummer", "pianist",
    "violinist", "sprinter", "swimmer", "cyclist", "jockey", "golfer", "skier",
}  # fmt: skip

# The nouns of one who speaks for someone in their name ("a spokesman for Ann Roy").
SPOKESPERSONS = {"spokesman", "spokeswoman", "spokesperson"}
# Who speaks for a person or a body in its name: a spokesperson, a publicist, an office, a
# campaign ("Ann Roy's office", "a spokeswoman for Dayton Mill", "the campaign of Ann Roy").
# Against the post of the one spoken for the words may be theirs: a body's post is its
# spokespeople's words, a person's may be (the verdict warns), never a lawyer's or an aide's.
SPEAKS_FOR = SPOKESPERSONS | {
    "spokesmen", "spokeswomen", "spokespeople", "spokespersons", "publicist", "publicists",
    "representative", "representatives", "office", "campaign",
}  # fmt: skip
# Words before a role that make it one of speaking for someone ("press secretary", "press aide",
# "communications director").
PRESS_WORDS = {"press", "communications", "media"}

# Ranks of the forces, police and fire services as written before a name ("Cmdr. Ana Roy",
# "Det. Sgt. Tom Bex", "Pvt. Ivo Lund"): no sentence ends on them, and, with the period, they
# are titles that stay out of the name.
RANK_ABBREVIATIONS = {
    "cmdr", "det", "insp", "cpl", "pvt", "pfc", "spc", "brig", "const", "ens", "supt", "lt", "maj",
    "sgt", "capt", "col", "gen", "adm",
}  # fmt: skip
# Ranks that are a common word elsewhere too ("Det Norske Veritas", the Norwegian article):
# a rank only with another rank after it ("Det Insp", "Det Sgt", "Det Supt").
LEANING_RANKS = {"det"}
TITLES = HONORIFICS | SPOKESPERSONS | {
    "sen.", "sens.", "rep.", "reps.", "congressman", "congresswoman", "gov.", "administrator",
    "prime", "director", "dr.", "mr.", "mrs.", "ms.",
    "prof.", "professor", "admiral", "ceo",
    "cfo", "coo", "chairman", "chairwoman", "chair", "leader", "attorney", "commissioner",
    "ambassador", "sheriff", "deputy", "assistant", "press", "former", "acting", "candidate",
    "nominee", "host", "anchor", "correspondent", "reporter", "editor", "columnist", "analyst",
    "strategist", "adviser", "advisor", "manager", "founder", "co-founder", "executive", "head",
    "inspector", "surgeon", "pastor", "rev.", "father", "sister", "bishop", "archbishop", "pope", "cardinal",
    "rabbi", "imam", "laureate", "king", "queen", "prince", "princess", "hon.", "councilman", "councilwoman",
    "alderman", "treasurer", "comptroller", "auditor", "delegate", "lawmaker", "sen.-elect",
    "president-elect", "first", "mr.president", "clerk", "premier", "mp", "state", "house",
    "senate", "majority", "minority", "whip", "party", "campaign", "presidential", "republican",
    "democratic", "democrat", "gop", "dem", "dem.", "u.s.", "white", "national", "committee",
    "communications", "policy", "political", "economic", "senior", "junior", "rnc", "dnc", "fbi",
    "cia", "nasa", "pentagon", "defense", "foreign", "homeland", "security", "affairs", "counsel",
    "general's", "independent", "libertarian", "green", "billionaire", "businessman",
    "businesswoman", "mogul", "magnate", "tycoon", "activist", "author", "actor", "actress",
    "singer", "rapper", "comedian", "star", "coach", "owner", "investor", "economist", "scientist",
    "researcher", "expert", "lawyer", "doctor", "physician", "nurse", "teacher", "student",
    "officials", "official", "superintendent", "provost", "dean", "regent", "trustee", "fellow",
    "co-chair", "cochair", "moderator", "pollster", "historian", "veteran", "ex", "ex-", "sens",
    "reps", "u.n.", "un", "eu", "nato", "labour", "conservative", "liberal", "tory", "mep", "mla",
    "msp", "frontrunner", "front-runner", "hopeful", "contender", "challenger", "incumbent",
    "governor-elect", "mayor-elect", "attorney-general", "secretary-general", "director-general",
    "then-sen.", "then-gov.", "then-president", "then-secretary", "lieutenant", "sergeant",
    "detective", "constable", "corporal", "private", "commander", "marshal", "trooper", "warden",
    "supervisor",
} | {rank + "." for rank in RANK_ABBREVIATIONS}  # fmt: skip

# Role nouns a description may use for a person ("the senator", "the billionaire").
ROLE_NOUNS = SPOKESPERSONS | {
    "president", "senator", "congressman", "congresswoman", "governor", "mayor", "secretary",
    "minister", "candidate", "nominee", "front-runner", "frontrunner", "businessman",
    "businesswoman", "billionaire", "mogul", "tycoon",
    "judge", "justice", "director", "chairman", "chairwoman", "leader", "speaker", "lawmaker",
    "senator-elect", "president-elect", "former", "official", "administrator", "ambassador",
    "attorney", "lawyer", "host", "anchor", "actor", "actress", "star", "executive", "ceo",
    "founder", "hopeful", "contender", "challenger", "incumbent", "republican", "democrat",
    "representative", "commissioner", "sheriff", "chief", "general", "governor-elect", "developer",
    "magnate", "real-estate", "economist", "professor", "author", "veteran", "activist", "pastor",
    "man", "woman", "father", "mother", "wife", "husband", "son", "daughter", "adviser", "advisor",
    "aide", "strategist", "manager", "pollster", "reporter", "columnist", "writer", "physician",
    "doctor", "analyst", "legislator", "widow", "vicar", "midwife", "shepherd", "postman",
    "foreman", "physio", "warden",
}  # fmt: skip


# Offices and occupations written as a title before a name ("coach Eli Brandt", "Dean Ann
# Lee") that are not in ROLE_NOUNS: a person registered with one is "the coach" later, and
# after an unknown first name one is a surname ("Ivo Marshal", "Rosa Warden"), as the
# honorifics and ROLE_NOUNS are. Words of a title that name no person ("state", "press",
# "national", "security", "liberal") stay out: "Social Security" is no one.
OFFICE_NOUNS = {
    "coach", "dean", "marshal", "warden", "constable", "sergeant", "detective", "trooper",
    "commander", "captain", "colonel", "admiral", "inspector", "treasurer", "clerk", "editor",
    "owner", "bishop", "cardinal", "rabbi", "imam", "pope", "king", "queen", "prince",
    "princess", "surgeon", "provost", "regent", "trustee", "superintendent", "chancellor",
    "councillor", "councilor", "premier", "comptroller", "auditor", "moderator", "historian",
    "scientist", "researcher", "teacher", "nurse", "investor", "officer", "chair", "deputy",
    "master", "referee",
}  # fmt: skip

# Words that give the sex of the person a mention describes. Not "his"/"her"/"him": a
# possessive or object pronoun is someone else's ("Her husband", "a friend of his"). Not
# "actor": news style uses it of women too ("the actor Ilse Marrow … she said").
MALE_WORDS = {"mr.", "mr", "man", "father", "husband", "son", "congressman", "businessman",
              "spokesman", "chairman", "king", "prince", "sir", "lord", "brother", "boy",
              "councilman", "he", "widower", "uncle", "nephew", "grandfather", "grandson",
              "boyfriend", "stepfather", "stepson"}  # fmt: skip
FEMALE_WORDS = {"mrs.", "mrs", "ms.", "ms", "miss", "woman", "mother", "wife", "daughter",
                "congresswoman", "businesswoman", "spokeswoman", "chairwoman", "queen",
                "princess", "lady", "dame", "sister", "girl", "actress", "councilwoman", "she",
                "widow", "aunt", "niece", "grandmother", "granddaughter", "girlfriend", "stepmother",
                "stepdaughter"}  # fmt: skip

# Words that end a sentence only when no abbreviation stands before the period.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "sen", "sens", "rep", "reps", "gov", "govs", "rev", "hon", "prof",
    "jr", "sr", "st", "mt", "ft", "no",
    "vs", "v", "etc", "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m",
    "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
    "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "n.h", "n.j",
    "n.m", "n.y", "n.c", "n.d", "s.c", "s.d", "r.i", "w.va", "pres", "dept", "univ",
    "assn", "bros", "approx", "est", "ave", "blvd", "rd", "msgr", "fr", "messrs",
} | RANK_ABBREVIATIONS  # fmt: skip
# Abbreviations spelt like an ordinary word: in lower case they are the word ("he said no.",
# "she was ill."), and "No." abbreviates only before a number ("No. 5").
WORD_ABBREVIATIONS = {"no", "ill", "mass", "miss", "wash", "ore", "ark", "rev", "brig", "const"}

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
    "commentary", "editorial", "broadcast", "syllabus", "reboot", "remake", "sequel", "prequel",
    "trailer", "franchise", "letter",
}  # fmt: skip


def name_set(block: str) -> set[str]:
    return set(block.split())


# Common given names, written by hand: "he" should not stand for "Rosa Diaz" just because she
# was named last. A name not listed leaves the gender open (the pronoun then picks the most
# recent person), so the lists only ever remove a wrong candidate.
MALE_FIRST = (
    name_set(
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
adrian alberto alejandro alessandro alfonso alfredo amir anders andre andres anton antoine
armando arnav aurelio bartholomew benedict bernard boris bruno callum caspar cedric cesar
clement conrad cornelius cristian damian dario declan diego dmitri domenico duncan edgar
eduardo elias emil emilio enrique ernesto esteban ewan fabian felipe felix fernando fidel
francesco francisco gabriel gareth gerardo giovanni giuseppe gonzalo gregor gustavo hamza
hans hector hiroshi horatio hugo ibrahim ignacio igor isaac ismael ivan jakob janusz javier
jerome joaquin jorgen julian julio kofi kwame lars leon leonard leonardo lorenzo luca lucas
ludwig magnus malcolm manuel marcel marcus mario marius mateo matthias maurice mauricio
mehmet miguel mikhail milos moses mustafa nikolai nikolas oleg oliver olufemi omari orlando
oscar osvaldo oswald otto owen pablo pedro percival piotr rafael ramon raul reginald
rodrigo rolf rupert salvatore santiago sebastian sergio sheldon simon stanislav stefan
sven tariq theo theodore thiago tobias tomas ulrich vasily vicente victor vikram vincent
wilfred yusuf zoltan
"""
    )
    # English-speaking countries
    | name_set(
        """
abe abner abraham aidan aiden alasdair alastair alec aled alfie alfred alistair allan allen
alonzo alton alvin ambrose andy angus archibald archie arnold barnaby barney barry bennett
benny bertie bertram blake boyd bradley braxton brayden brendan brent brett brody bryan bryce
bryson buford burton byron caleb calvin carlton carson carwyn cathal cecil cian ciaran clarence
clayton clifford clifton clint clive clyde cody colm colton connor conor conway corey cormac
cory curtis cyril dafydd damien damon danny dante darius darnell darragh darrell darryl daryl
davey davy deandre delbert demetrius dermot deshawn desmond dewey dexter diarmuid dominic
dominick donal donnie donovan duane dwayne dwight dylan eamon eamonn easton edmund edwin elbert
elijah elliot elliott elmer elton elvis emanuel emmanuel emmett emrys eoin ernest ernie ervin
erwin ethan euan eugene evan everett ezekiel ezra fergus fintan fionn floyd forrest
francis fraser freddy frederick garrett garry gavin geoff geoffrey geraint gerard gerry gethin
gideon gilbert gordon grady graeme graham grayson gruffydd gus hamish harlan harold harvey hemi
herbert herman hollis homer horace howard hubert humphrey huw iain ieuan iolo irvin isaiah
isidore iwan jace jake jalen jamal jamar jared jarrod jaxon jayden jed jeffery jeremiah jermaine
jethro jimmie joey johnnie jonah jonas josiah jude kane karl kayden keegan kelvin kendrick kenny
keshawn kieran kyle lachlan lamar lamont landon lawrence lenny leo leroy lester levi
lewis liam lionel llewellyn lloyd lonnie lorcan louis luke luther lyle lyndon marc marvin max
maxwell melvin mervyn micheal mick mickey milton monty morris mortimer murdo murray
nathaniel ned neville niall nigel noah nolan norbert obadiah oisin ollie orson otis owain
padraig percy perry phillip quentin ralph randall randolph randy rashad rasheed rawiri reggie
reuben rhodri rhys richie ricky robbie robby rodney roland ronan ronnie rory roscoe ross ruairi
rudolph rufus russ ryder seamus seth shane shaun shawn sherman silas solomon spencer stan
stanley stewart stuart sylvester tadhg tamati terence terrell terrence thaddeus thurman toby
tommy torquil travis trevor tristan troy tyler tyrese ulysses vaughan vaughn vernon vince virgil
wallace wendell wesley weston wilbert wilbur willard willie willis winston wiremu woodrow wyatt
xavier zach zachary zack zeke
"""
    )
    # Spanish and Portuguese
    | name_set(
        """
adrián afonso agustin agustín aitor alonso alvaro amado andrés anibal antónio antônio arturo
asier augusto bautista benito bernardo caio cleber cristobal cristóbal duarte edson efrain
efraín emiliano enric eugenio ezequiel fabio facundo federico fermin fermín ferran flavio flávio
fábio gael geraldo germán gilberto goncalo gonçalo guillermo henrique heriberto hernan hernán
horacio humberto héctor iker inaki iván iñaki jacinto jaime jairo joao joaquim joaquín jordi
josep josé joão julián leandro leonel lisandro luiz manoel marcelo marcio marcos mariano martín
matias matías mauro maximiliano márcio nestor nicolás nuno néstor octavio oriol otavio otávio
pascual patricio paulo ramiro ramón raúl reinaldo renan renato ricardo roberto rodolfo rogelio
rogerio rogério rolando ronaldo ruben rubén rui sandro santino saul saúl sebastián sebastião
sergi teodoro tiago tomás ulises unai valentin valentín valter vasco vinicius vinícius víctor
wilfredo xabier xavi álvaro óscar
"""
    )
    # French
    | name_set(
        """
achille alain alexandre alphonse amaury andré armand arnaud aurelien aurélien baptiste bastien
benoit benoît bertrand christophe clément corentin cyrille cédric didier edouard emmanuel
etienne fabien fabrice florian francois françois frederic frédéric gaetan gaspard gauthier gaël
gaëtan geoffroy georges gilles grégoire guillaume gustave gérard henri herve hervé hugues
jacques jean-baptiste jean-christophe jean-claude jean-francois jean-françois jean-jacques
jean-louis jean-luc jean-marc jean-marie jean-michel jean-paul jean-philippe jean-pierre jean-yves
jeremie joël jules julien jérémie jérôme laurent loic loïc luc lucien léo léon mathieu matthieu
maxime michel olivier pascal philippe pierre raphael raphaël remi rené romain rémi
sebastien serge stephane stéphane sylvain sébastien thibault thibaut thierry timothée yann
yannick yves édouard éric étienne
"""
    )
    # German, Dutch, Scandinavian and Finnish
    | name_set(
        """
achim aksel andreas antti arjen armin arne asbjorn axel bart bas bastian benedikt bengt bernd
birger bjorn björn bodo bram burkhard christoph claus daan detlef dieter dirk eero egon einar
eirik ekkehard elmar erich erik erkki erling ernst espen frans franz fredrik friedrich frits
fritz geert geir georg gerd gerhard gerrit gottfried gunnar gunter gunther gustaf gustav guus
günter günther haakon halvor hannes harald harri hartmut heikki heiko heinrich heinz helmut
helmuth hendrik henning henrik hermann holger horst håkan ilkka ingo ivar jaap jari jarle jens
jeroen jesper joachim jochen johan johann johannes joost jorg joris josef juha jukka jurgen
jussi jyrki jörg jørgen jürgen kalle karsten kasper kees kimmo kjell klaas klaus knut koen
konrad kristian kristoffer lasse lauri leif lieven lothar lukas lutz luuk maarten mads manfred
markku markus marten mathijs matti mattias mikael mikkel mikko moritz morten niels niklas
nils olaf olav olli olof oskar pekka pentti petri philipp piet pieter raimo rainer ralf rasmus
reiner reinhard rik risto rudiger rudolf rutger ruud rüdiger sakari sauli seppo siegfried sigurd
sindre sjoerd snorre soren steffen stellan stig stijn sune svein søren tapio teemu teun thijs
thorsten timo torbjorn torbjørn torsten trond tuomas udo ulf uwe vidar viggo volker werner
wessel wilhelm willem wim winfried wolfgang wouter yngve
"""
    )
    # Italian
    | name_set(
        """
aldo alessio amedeo angelo carlo cesare claudio corrado cristiano daniele dante davide edoardo
emanuele enrico enzo ettore fabrizio filippo franco gaetano giacomo giampaolo giancarlo
gianfranco gianluca gianni gianpaolo gino giorgio giulio guido ignazio lamberto lino luciano
luigi marcello massimo matteo maurizio mirko niccolò nicolo ottavio paolo pasquale piero pietro
raffaele renzo riccardo rinaldo rocco sandro silvio stefano tommaso tullio ugo umberto valerio
vincenzo vittorio
"""
    )
    # Slavic, Romanian and Hungarian
    | name_set(
        """
aleksandar aleksander aleksandr aleksei alexei alexey anatolii anatoly andras andrei andrej
andrey andriy andrzej andrás arkady artem artur artyom attila balazs balázs bartek bartosz bela
bogdan bohdan bojan boyko branko béla catalin constantin csaba czeslaw damir daniil danylo
dariusz darko davor dejan dimitar dmitry dmytro dorin dragan dumitru dusan dušan evgeny ferenc
filip florin fyodor gabor gennady georgi georgy gergely gheorghe goran grigory grzegorz gyorgy
györgy gábor hristo hrvoje ihor ilya imre ioan ionut istvan istván ivaylo jacek jakub janos
jaromir jaroslav jaroslaw jarosław jerzy jiri jiří jános kamil karel karol kazimierz kirill
konstantin kostiantyn krzysztof ladislav lajos laszlo leonid levente liviu lukasz lászló maciej
maksim maksym marcin marek mariusz marko mateusz michał mihai miklos miklós mikolaj mikołaj
milorad mircea miroslav miroslaw mykhailo mykola nenad nicolae nikolay oleksandr oleksiy
ondrej ondřej ovidiu pavel pavlo pawel paweł petr petro plamen predrag przemyslaw radek radoslaw
radu rafal rafał rumen ruslan sandor sergey sergiu serhiy slobodan sorin stanislaw stanisław
stepan stjepan stoyan sviatoslav svyatoslav szymon sándor tamas tamás taras tibor todor tomasz
tomislav tomáš traian vaclav vadim vadym valeriy valery vasile vasyl viktor vitali vitaliy
vitaly vladislav vladyslav vojtech vojtěch volodymyr vyacheslav václav wladyslaw wojciech
władysław yaroslav yegor yevgeny yevhen yuri yuriy yury zbigniew zdenek zdeněk zeljko zlatko
zoran zsolt łukasz željko
"""
    )
    # Greek
    | name_set(
        """
achilleas alexandros anastasios angelos antonis apostolos aristotelis athanasios christos
constantinos costas dimitrios dimitris dionysios evangelos georgios giannis giorgos grigoris
ioannis kostas kyriakos lefteris leonidas manolis markos michalis miltiadis nikolaos nikos
panagiotis panos pavlos petros savvas sokratis sotiris spiros spyros stavros stefanos stelios
thanasis theodoros vangelis vasileios vasilis vassilis yannis yiannis yorgos
"""
    )
    # Turkish
    | name_set(
        """
ahmet arda baris barış berk burak cem cengiz efe emre enes erdem eren erkan fatih gokhan gökhan
hakan halil hasan huseyin hüseyin ilker kaan kemal levent mert metin murat necati oguz onur
orhan osman ozan oğuz recep selim serkan sinan taner tarik tarık tolga tuncay ugur uğur volkan
yasin yunus zeki ömer
"""
    )
    # Arabic, Persian and Hebrew
    | name_set(
        """
abdallah abdel abdul abdullah adel adnan afshin aharon ahmad alireza amin ammar amnon amr anas
anwar arash ardeshir asher ashraf avi avigdor avraham ayman ayoub babak bahram baruch bassam
behrouz bilal boaz chaim cyrus dariush dov ehsan ehud eitan elie emad esmail essam fadi fahad
faisal farhad farid farouk fawaz fereydoun fouad gadi ghassan ghazi gilad hadi haitham hamad
hamdan hamed hamid hani haroun hatem hazem hisham hooman hossein hussam idris ilan imad ismail
issa itai itamar jaber jamil jamshid javad kamal kamran kareem karim kaveh khaled khalid khalil
kourosh mahmoud majed majid mansour marwan masoud mazen mehdi menachem mohamed mohammad mohsen
mojtaba mordechai morteza moshe mostafa mounir mourad moussa muhammed murad mustapha nabil nader
naftali naji nasser natan navid nima nir nizar noam ofer oren osama parviz payam peyman pouya
qasim raed rami ramin rashid reuven reza riad rostam saad saeed saleh salim sameh samir shahram
shimon shlomo siamak sohrab sulaiman suleiman talal tamer tarek tareq tawfiq uri vahid wael
waleed walid yaakov yahya yair yasir yasser yehuda yitzhak yoav yonatan yosef yossi younes
yousef youssef zaid zakaria zayed ziad zuhair zvi
"""
    )
    # South Asian
    | name_set(
        """
aamir aarav abhishek aditya ajay ajit akash akshay alok amit amitabh anand anil ankit anuj anup
arif arjun arun arvind ashish ashok asif babar bhavesh chaminda chetan deepak dinesh fahim
ganesh gaurav girish gopal habib hari harish hemant imran irfan jagdish jayesh junaid karan
kunal lalit lasith mahesh mahinda manish manoj mayank mihir mohan mukesh nadeem narendra naveed
naveen nikhil nilesh nitin pankaj piyush pradeep prakash pramod pranav prashant rahim rahul
rajan rajendra rajesh rajiv rakesh ramesh ranil ravi rizwan rohan rohit sachin sameer sandeep
sanjay sanjeev santosh satish shafiq shahid shoaib siddharth subhash sudhir sumit sunil suresh
sushil tanvir tarun umesh usman varun vijay vikas vinay vinod vishal vivek waqar yash yogesh
zafar zubair
"""
    )
    # West, East and Southern African
    | name_set(
        """
abdoulaye abebe abubakar adebayo adekunle adewale akinwale alemayehu aliou aliyu amadou amanuel
ayodeji babacar babatunde bamidele baraka berhanu biniam bongani boubacar chibuike chidi
chike chimezie chinedu chukwudi chukwuma dapo dawit ebuka ekow emeka femi fiifi garba gbenga
getachew girma habtamu hamisi ibrahima ikechukwu ismaila jabari jelani jide jomo juma
kayode kebede kobina kojo kunle kwabena kwadwo kwaku kwamena kwasi kwesi lamine lanre lawal
mamadou mandla mesfin modou mulugeta musa niyi nnaemeka nnamdi obinna okechukwu
oladipo olumide olusegun oumar ousmane rashidi sani segun seydou shehu sibusiso sipho
souleymane tadesse tesfaye tewodros thabo themba tshepo tunde tunji ugochukwu umar yakubu
yohannes yonas
"""
    )
    # Japanese, Chinese, Korean, Vietnamese and Indonesian (sex clear)
    | name_set(
        """
agus azlan azman bambang bayu budi cuong daisuke dedi dimas donghyun duc eko faizal fajar gilang
guoqiang hafiz haoran haruto hendra hideki hieu hiroki hiroyuki huy hyunwoo ichiro iwan jaehyun
jiahao jianguo jianhua jihoon jinwoo jiro joko junho junjie kazuki kazuo kenichi kenji kenta
khoa koji masahiro masashi masato minho naoki noboru osamu qiang quang rizky rudi
ryota satoshi seojun seungho shigeru shinji shota shuichi slamet tadashi taehyun
takashi takeshi takumi tatsuya teguh tetsuya thang toan tomohiro toshiro trung tuan vinh wahyu
weiming xiaoming yasuhiro yoshiaki yoshiro youngho yudi yuichi yusuke yuto zhihao zhiwei zihao
"""
    )
)
FEMALE_FIRST = (
    name_set(
        """
abigail alice alicia amanda amy ana andrea angela ann anna anne barbara betsy betty beth brenda
carly carol caroline catherine cathy charlotte cheryl christina christine claire cynthia
debbie deborah diana diane donna dorothy elaine elizabeth ellen emily emma erin eva gina
gloria hannah heather helen hillary ivanka jane janet jennifer jessica jill joan joanne joy
judith judy julia julie karen kate katherine kathleen kathy kelly kellyanne kimberly laura
lauren linda lisa liz loretta lucy maria mia marie marine martha mary megyn melania melissa michelle
monica nancy natalie nicole nikki olivia pam pamela patricia paula rachel rebecca rosa ruth
sandra sara sarah sharon shirley sofia sophie stephanie susan suzanne tammy teresa theresa
tina tulsi valerie victoria virginia wendy
adaeze adriana agnes aisha alejandra alessandra amalia amara anastasia anika annika antonia
astrid beatrice beatriz bianca brigitte camila carla carmen cecilia celeste chiara clara
constance cordelia cristina dagmar daniela delphine dolores dominika dorota edith elena
eleanor elisa elise eloise elsa esperanza esther eugenia evangeline fatima fiona francesca
gabriela gabriella giulia greta gwen harriet helena hilde ilse imelda inga ingrid irene
irina isabel isabella isadora ivana jacqueline joanna josefina juliana karina katarina
katya leila lena liesel lorna lucia lucinda ludmila magdalena malgorzata margarita
marguerite mariana marisol marta matilda maya mercedes mila mildred mina miriam nadia
natalia natasha nina noor olga ophelia patrizia paulina petra philippa priya rania
renata rosalind sabine sabrina salome sienna silvia simone sonja sophia svetlana
tamara tatiana ursula valentina vanessa veronica vivian wilhelmina ximena yasmin yelena
yvette yvonne zainab zara zofia
"""
    )
    # English-speaking countries
    | name_set(
        """
aaliyah abby adele adrienne aileen ailsa aimee aine aisling alana alexa alexandra alison allison
alyssa amelia anahera angelina angie anita aniyah annabel annabelle annette annie antoinette
aoife ariana arianna arlene aroha ashlee ashlyn audrey ava barb bernadette bernice beryl bethan
blathnaid bonnie brianna bridget bridgette brittany brooke caitlin caitriona camilla candace
caoimhe carina carolyn carrie carys cassandra cassie catriona celia cerys charlene
charmaine chelsey chloe christa christy ciara claudia clodagh colleen connie cora courtney
daphne darlene deanna debra deirbhile deirdre delia denise dolly doreen doris dorothea edna
eileen eilidh eimear eleri elisabeth ella ellie elsie emilia emmeline enid erica erika estelle
ethel eunice evelyn fay felicity ffion fionnuala frances francine freda freya georgina geraldine
gertrude gianna gillian ginny gladys glenda glenys grainne gwendolyn gwenllian gwyneth hattie
heidi heledd henrietta hermione hilda hine imani imogen iona isabelle jacqui jada janice
janine jasmine jeanette jeanne jemima jenna jenny jessie jocelyn jodi josephine josie joyce
juanita judi julianne juliet kaitlyn kara katie katrina kay kayla kaylee keisha kerri kiara
kinsley kirsteen kirsten kirsty kristen kristin kristina kristy kylie lacey lakisha lana
latasha latisha latoya leah leanne leona lesley lillian lizzie lois lola lorena
lorraine louisa louise lowri lucille luella lydia lynda lynette mabel madeleine madelyn mae
maeve maggie maire mairead maisie makayla mandy marcia margaret margie margo marianne marilyn
marjorie marlene maureen mavis maxine megan meghan melanie melinda meredith mererid mhairi
michaela millie miranda moira molly mona monique morag muriel myra nadine naomi nell nellie
nevaeh ngaire nia niamh nora norah noreen norma nuala octavia oonagh orla orlaith paige patsy
paulette pauline peggy penelope phoebe phyllis polly priscilla rachael ramona rebekah rhian
rhiannon rhonda rita roberta rochelle roisin rosalie rosalyn rosemary rosie roslyn roxanne sadie
sally samantha saoirse scarlett selina seren serena shanice shaniqua sheila shelley sheryl shona
sian sinead siobhan sonya sorcha stacey stacy stella susanna susannah susie sybil sylvia tabitha
tamika tamsin tanisha tanya tara tasha tessa thelma tiffany tonya tracey tricia trudy vera
verity vicki vickie vicky vivienne wanda winifred yolanda zoe zoey
"""
    )
    # Spanish and Portuguese
    | name_set(
        """
adela adelaida agustina aida aline amparo angelica angélica antonella araceli ariadna belen
belén blanca bruna candela catalina catarina claudia conceição concepcion concepción consuelo
daiane debora delfina dulce débora eliana elvira emilia estefania estefanía estela fabiana
fernanda filipa florencia gisele graciela graça ines inés itzel jaqueline jimena joana josiane
juana julieta larissa leonor leticia lorena luana luciana lucía luisa lupita luz madalena
mafalda maite manuela marcela marcia maribel maricela martina maría matilde micaela milagros
mireya márcia mônica nayeli noelia nuria paloma paola pilar priscila rafaela raquel rocio rocío
rosana sofía soledad sonia sueli susana tania thaís tânia valeria vitoria vitória viviana
"""
    )
    # French
    | name_set(
        """
adèle agathe amandine amelie amélie anais anaïs angélique anne-marie anne-sophie annick aude
aurelie aurélie berenice béatrice bérénice capucine cecile celine chantal christelle clemence
clotilde clémence colette corinne cécile céline elodie emilie fabienne francoise françoise
gaelle gaëlle genevieve geneviève ghislaine ginette helene hélène isabelle jeannette jocelyne
josette joséphine juliette laetitia laure lea lise lucie léa manon margaux margot marie-anne
marie-christine marie-claire marie-france marie-hélène marie-josé marie-laure marie-pierre
marie-thérèse marthe martine mathilde maud mireille monique mylène mélanie nadège nathalie
noemie noémie océane odette odile pascale renee renée sandrine severine solange solène stéphanie
sylvie ségolène séverine thérèse valérie veronique virginie véronique zoé édith élise élodie
éloïse éléonore émilie
"""
    )
    # German, Dutch, Scandinavian and Finnish
    | name_set(
        """
agneta aino anette angelika anja anke annalena annegret anneke anneli anneliese annemarie
annemiek anouk antje barbel beate bettina birgit birgitta brita britta bärbel christa christiane
cornelia doris ebba eija elfriede elin elina elisabet elke ellinor els emelie erna femke fleur
franziska frauke frida frieda friederike gerda gertrud gisela gudrun gunilla hanneke
hannelore hedda hedvig heike helga helle hildegard ineke ingeborg inger ingvild irmgard
jana janneke johanna jolanda jutta kaisa karin karlijn katharina katja katrin kerstin kirsi
kirsten kjersti klara kristina leena lene leonie lieke lieselotte liisa linnea luise maaike
maarit maja malin mareike margareta margarete margit marieke marijke marit marja marlene marloes
merel merja mette minna mirjam monika myrthe nele nienke paivi pernilla pirjo päivi ragnhild
randi renate renske riikka riitta romy rosemarie sanna sanne saskia satu seija sietske sigrid
silje silke sirpa sissel solveig stefanie stina susanne tanja tarja tiina tineke torill tove
trine tuula tuva ulla ulrika ulrike vibeke waltraud wiebke willemijn wilma
"""
    )
    # Italian
    | name_set(
        """
alessia annalisa arianna assunta benedetta carlotta caterina cinzia eleonora elisabetta emanuela
federica gaia giada gianna ginevra giorgia giovanna giuliana giuseppina ilaria letizia lidia
loredana lorenza lucrezia ludovica margherita michela mirella nicoletta noemi ornella raffaella
rosanna rossella simona stefania tiziana vittoria
"""
    )
    # Slavic, Romanian and Hungarian
    | name_set(
        """
adina agata agnieszka aleksandra alena alicja alina alona anastasiya anca andreea aniko anikó
anya beata biljana bozena bożena camelia corina daria darya dasha dragana ekaterina elzbieta
elżbieta emese eniko erzsebet erzsébet eszter ewa ewelina florentina galina georgiana gordana
halina halyna ildiko ildikó ileana ilona ioana iryna ivona iwona izabela jadwiga jarmila jasmina
jelena jitka jolanta judit justyna kamila karolina kasia katalin katarzyna katerina kateryna
kateřina klaudia krisztina krystyna ksenia kseniya larisa larysa lenka libuse libuše ljiljana
luminita lyudmila lyudmyla madalina marija marketa markéta marzena małgorzata mihaela milada
milica mirela mirjana miroslava nadezhda nadiya nataliya natalya oana oksana olena olesya olha
orsolya pavla piroska polina radka raluca reka roxana réka sanja snezana snežana sofiya tatyana
tereza tetiana timea tímea urszula valeriya veronika vesna viktoria viktoriya viorica
weronika yana yekaterina yulia yuliya zdenka zoya zsuzsa zsuzsanna zuzana zuzanna
"""
    )
    # Greek
    | name_set(
        """
aikaterini angeliki chrysa despina dimitra effie eirini eleftheria eleni evangelia evgenia
fotini ioanna irini konstantina kyriaki panagiota paraskevi stavroula theodora vasiliki
"""
    )
    # Turkish
    | name_set(
        """
asli aslı aylin ayse ayşe burcu busra büşra canan cansu damla defne derya dilek duygu ebru ece
elif emine esra fatma gizem hatice hulya hülya ipek leyla melike merve nesrin nilufer nilüfer
ozlem pinar pınar seda selin serap sibel songul songül sule tugba tuğba yasemin zeynep özlem
şule
"""
    )
    # Arabic, Persian and Hebrew
    | name_set(
        """
amira asma atefeh ayelet azadeh chana dalia devorah dina dunya efrat elham farah farida fatemeh
fereshteh galit ghada golnar habiba hadas hala haleh halima hana hanan hiba hila homa huda iman
inbal irit jamila keren khadija laila laleh lamia latifa layla limor lina lubna maha mahnaz
mahsa mahtab manal mariam marjan maryam miri mitra mona naama nabila nahid naima najwa nargis
nasrin nawal nazanin neda niloufar nisreen noura orly osnat parisa parvin pegah raghad rana
randa rasha reem rima rivka rivkah roxana roya rula ruqaya ruti safa sahar salma samar samira
sarit sawsan sepideh setareh shabnam shaima shira shirin shoshana sigal sima soraya souad
suad suha sumaya tahmineh tali tamar taraneh tzipi widad yael yara yasaman yasmine yehudit zahra
zehava zeina zeinab ziba
"""
    )
    # South Asian
    | name_set(
        """
aaradhya aarti aishwarya amna ananya anjali anu aparna archana arti asha ayesha bhavna bushra
deepa deepika divya fariha farzana gayatri geeta hema hina indira isha jaya jyoti kajal kalpana
kavita kavya lakshmi lata madhuri mahnoor mamata manisha meena meera mehreen nandini nasreen
nazia neha nimra nirmala nisha pallavi parvati pooja poonam preeti priyanka rabia radha rani
rekha ritu rukhsana rupa sadia saima samina sangeeta sarita savita seema shabana shazia sheetal
shilpa shobha shreya shweta sidra simran smita smriti sneha sudha sunita sushma swati tahira
tanvi uma usha uzma vandana vasundhara vidya yamini
"""
    )
    # West, East and Southern African
    | name_set(
        """
abena achieng adanna adaobi adaora adhiambo adjoa aduke adunni adwoa afia afua aissatou akinyi
akosua akua almaz amarachi amina aminata araba astou atieno awa awino binta bisi bukola chiamaka
chidinma chimamanda chinwe chinyere chioma coumba efua ekua esi fatou fatoumata folake
folasade funke funmilayo hadiza hauwa hiwot ifeoma ijeoma iyabo kadiatou kemi khady lerato
lindiwe maame mariama mekdes meron modupe morenike mwanaisha naledi nandi ndeye neema ngozi
njeri nkechi nneka nokuthula nomvula nyambura obiageli omolara oumou palesa rehema rokhaya ronke
sade thandeka thandiwe tigist titi titilayo tsion ugochi upendo
wairimu wambui wangari wanjiku wanjiru wuraola yaa yetunde zanele zawadi
"""
    )
    # Japanese, Chinese, Korean, Vietnamese and Indonesian (sex clear)
    | name_set(
        """
aiko aisyah akiko asami ayu ayumi chieko emiko etsuko eunji fangfang fumiko guiying hanako hanh
haruka hiroko hongmei huiying huong hyejin indah intan jieun jingjing jiyeon junko kaori
kartini kazuko keiko kumiko kyoko lestari lihua lijuan lili liping mariko masako mayumi
megumi mei meiling michiko minji minseo misaki nanami naoko nga ngan ngoc nhung noriko
nurhayati nurul oanh putri ratna reiko rina rini sachiko sakura seoyeon seoyun
setsuko shizuka siti sooyoung soyeon sujin takako thao thuy tingting tomoko trang tuyet uyen
wulan xiaohong xiaoling xiaomei xiaoyan xiulan xiuying yejin yingying yoko yoshie yoshiko yui
yukiko yuko yulan yumi yuying
"""
    )
)

# Given names whose sex differs between people, languages or regions: after a place opening a
# sentence ("In Marrowby Jamie Lund said") they mark where the person's name starts. They are no
# given name elsewhere: a person named so would become a candidate for any he or she.
UNSEXED_FIRST = name_set(
    """
adi alexis ashley avery ayodele biodun casey ceri chinonso dana dayo deniz dewi dominique ebele farai
finley frankie gabi hien hikaru hilary ifeanyi inge jackie jamie janne jimin jo jodie jody kagiso kari
kehinde kelsey kiran kiri laurence laurie leslie lindsay lindsey linh lungile lwazi makoto marian
merle michal mika natsuki nikita nikola noa oluwaseun omer patrice peyton phuc phuong quyen rene riley ryo sasha
sascha selam seun shadi shai simisola skyler sungmin taiwo tatenda temitope tendai tinashe tolani
tolu uchechi uchenna umut vlasta yemi yuki
"""
)

# Given names in MALE_FIRST or FEMALE_FIRST that are also common for the other sex, in English
# or in another language ("Alex", "Sam" and "Charlie" for women, "Andrea" and "Simone" for
# Italian men, "Kelly" and "Evelyn" for men): they still mark a given name, but their sex is no
# evidence to refuse a pronoun ("Sen. Alex Corrin then rejected what she called …").
EITHER_SEX_FIRST = name_set(
    """
alex sam chris charlie max jules remi jaime gerry ronnie maxime valery
andrea simone kelly evelyn vivian jessie lesley kay
"""
)

# Given names that are as often family names in English ("Chandra Thomas", "Kim Howard", "Jordan
# Kelly"): after a first word that is no known given name, such a last word is the surname, not a
# surname-first name's given name ("Nagy Eszter"), so it tells no sex.
GIVEN_SURNAMES = name_set(
    """
abraham adrian allan allen andrew ann anthony arthur benjamin bernard bruce carol charles clayton
clifford craig curtis daniel david dennis dexter dominic douglas duncan dwight edward elliot elliott everett
felix forrest francis frank fraser gavin george gilbert glenn gordon graham gregory harold harvey
henry herbert herman horace howard hugh isaac jacob james jerome john joseph joy julian keith kelly
lamar lawrence leonard lewis lloyd luther lyle malcolm mark martin matthew maxwell mercedes michael
milton murray nathan neil neville oliver owen patrick paul percy perry philip randall raymond
reginald richard robert rodney roland ronald ross roy rupert russell samuel scott sharon sheldon
sherman shirley simon solomon spencer stanley stewart stuart thomas tiffany troy tyler vernon victor
vincent wallace walter wayne wesley wilbur william willis winston wyatt
"""
)

# Words given to a crowd or a court that one hears, beyond the works and speech nouns
# ("heard a sermon urging …", "heard testimony describing …").
SERMON_NOUNS = {"sermon", "homily", "lecture", "address", "broadcast", "recording", "briefing", "evidence"}
# Prepositions that open no object of a verb of perceiving: "heard from residents", "saw to it".
WITNESS_PREPS = {"from", "to", "of", "about", "at", "in", "on", "with", "by", "for", "as"}
# Nouns for what someone said: "her claim that “…”" credits the possessor.
SPEECH_NOUNS = {
    "assertion", "claim", "claims", "statement", "remark", "remarks", "comment", "comments",
    "promise", "pledge", "vow", "warning", "argument", "insistence", "suggestion", "declaration",
    "description", "words", "response", "answer", "reply", "accusation", "tweet", "tweets", "post",
    "message", "email", "letter", "speech", "assurance", "admission", "boast", "complaint",
    "contention", "prediction", "quip", "refrain", "mantra", "slogan", "characterization",
    "criticism", "question", "request", "demand", "plea", "announcement", "testimony", "interview",
    "op-ed", "column", "essay", "memo", "book", "memoir", "retort", "rebuttal", "reaction",
    "explanation", "promises", "warnings", "line", "lines", "catchphrase", "motto", "dictum",
    "phrase", "maxim", "assumption",
}  # fmt: skip
# Nouns of a judgement that stand for words only before a colon that brings them in ("Her
# verdict: “…”", "His advice to young players: “…”"): elsewhere a thing judged about ("The
# judge's summary of the evidence was “fair,” the court ruled" is no quote of the summary's).
JUDGEMENT_NOUNS = {"verdict", "assessment", "tribute", "advice", "summary"}

# What links words to their author after a noun of words: "a message from Ann Ruiz".
AUTHOR_PREPS = {"from", "by"}
# Prepositions whose object may be the one whose words a colon introduces ("a warning from
# Lund:", "fell flat with Lund:").
SPEAKER_PREPS = AUTHOR_PREPS | {"with"}
# Verbs besides AUTHOR_FORMS whose "from" names where words came from ("was from Lund",
# "came from an aide").
ORIGIN_VERBS = BE_FORMS | {"came", "come", "comes"}
# Verbs of a text holding words: "The letter included the line “…”".
CONTAINING_FORMS: dict[str, str] = verb_forms(("contain", "include", "feature"))
# Lower-case words inside a title before a name ("Secretary of State Ann Ruiz").
TITLE_LINKS = {"of", "for"}

# Nouns for an utterance or a verbal attack, beyond the shared SPEECH_NOUNS: "Hale's call
# for a “reset”", "Lee's attack on “easy loans”".
UTTERANCE_NOUNS = SPEECH_NOUNS | {
    "call", "calls", "broadside", "broadsides", "attack", "attacks", "lament", "pronouncement",
    "pronouncements", "rhetoric", "insult", "insults", "jab", "jabs", "charge", "charges", "praise",
    "label", "labels", "nickname", "nicknames", "denunciation", "dismissal", "rallying", "cry",
    "rant", "tirade", "screed", "diatribe", "talk", "framing", "depiction", "portrayal",
    "invocation", "taunt", "taunts", "jibe", "jibes", "gibe", "gibes", "dig", "digs", "put-down",
    "put-downs", "pitch", "appeal",
}  # fmt: skip

# Nouns of utterance that the verbs below put out, less those whose sense there is a legal
# act or a thing ("filed charges against", "made a label for"): words after them are a
# name or a term, nobody's.
PUT_OUT_NOUNS = UTTERANCE_NOUNS - {"charge", "charges", "label", "labels"}

# Verbs by which a subject puts out an utterance named by their object, so the words the
# noun governs through a preposition are the subject's: "landed a dig at “…”", "made a
# demand for “…”", "launched into a lament for “…”". Not verbs of meeting someone else's
# words ("rejected a demand for", "mocked a call for").
PUT_OUT_FORMS: dict[str, str] = verb_forms((
    "make", "issue", "land", "launch", "deliver", "lodge", "level", "hurl", "fire", "voice",
    "renew", "repeat", "offer", "file", "submit", "post", "send", "utter", "unleash",
))  # fmt: skip
# Prepositions by which a noun of utterance takes the words it is about or made of:
# "a dig at “…”", "a call for “…”", "a lament for the “…”", "talk of “…”".
UTTERANCE_LINKS = {"at", "for", "against", "of", "about", "on", "like"}
# After a verb of the senses, its object and a participle of speech ("heard the men arguing"),
# a lower-case quote opening with one of these is the witness's description of what was
# heard ("“what sounded like threats”", "“like it was a final”", "“at the top of their
# lungs”"), not the words heard; so is one right after one of ``HEARD_DESCRIPTION_PREPS``
# ("arguing late into “the small hours”", "complaining for “three hours straight”").
HEARD_DESCRIPTION_OPENERS = {
    "what", "like", "as", "at", "in", "on", "into", "for", "about", "through", "over",
    "until", "with", "from", "during", "after", "before",
}  # fmt: skip
HEARD_DESCRIPTION_PREPS = HEARD_DESCRIPTION_OPENERS - {"what", "as", "from"}
# Words between the participle and the quote that make the quote the words heard: "describing
# the night as “…”", "saying that “…”", "shouting: “…”".
HEARD_WORDS_LINKS = {"as", "that", ":"}
# Heads of a quoted noun phrase that names a kind of thing said or sung, as a witness sums
# up what was heard ("yelling “the usual insults”", "singing “a song about home”").
HEARD_KINDS = UTTERANCE_NOUNS | {
    "song", "songs", "thing", "things", "threat", "threats", "chant", "chants", "abuse",
    "names", "obscenities", "slurs", "curses", "hymn", "hymns", "tune", "tunes", "nonsense",
}  # fmt: skip

# A possessive pronoun stands for the person its subject form names: "his call" is his.
PRONOUN_OF = {"his": "he", "her": "she", "their": "they", "its": "it"}

# ---- The grammar layer's word classes (grammar.py): one home each. ----

# Finite auxiliaries and modals: a subject's verb group may open with them.
FINITE_AUX = FINITE_BE | {
    "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "does", "did", "do", "seems", "appears",
}  # fmt: skip
# Helpers a following "not"/"never" negates ("it was not", "they did not", "we will never").
NEGATED_HELPERS = BE_FORMS | FINITE_AUX | {"shall", "dare", "need"}
# Words after "not" that set one thing against another ("not only fixing leaks but building"):
# the verb after them is not negated, so "…" may leave "not only" out.
NOT_ONLY_FOCUS = {"only", "just", "merely", "simply", "solely"}
# The word that gives "not only" its second half ("not only A but B", "not just A but also B"):
# without it "not just walk away" negates the verb.
NOT_ONLY_SEQUELS = {"but"}
# Determiners that open a noun phrase set against another ("a plan, not a promise", "the
# depot (not the yard)"): no quantifiers, as "not one", "not every member" deny a number.
CONTRAST_DETERMINERS = {
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "my", "our", "your",
}  # fmt: skip
DASHES = {"—", "–", "--", "―"}
# Words joining clauses or verbs of equal rank.
COORDINATORS = {"and", "but", "yet", "or", "nor"}
# Words that join a clause with its own subject set against the one before ("Lee declined to
# comment, but Bex was blunt"): the sentence ends on the second subject.
CONTRAST_JOINERS = {"but", "whereas"}
# Words of degree before an adjective after "was": "was less restrained", "was more upbeat".
DEGREE_WORDS = {"less", "more", "very", "so", "too", "far", "much", "rather", "quite", "equally"}
# Adjectives of a manner of speaking or an attitude shown in words, the only ones after "was"
# that tell the second subject of a contrast speaks ("…, but Bex was blunt", "was less
# restrained", "was scathing about the plan"); a state, a place or health tells nothing ("was
# abroad", "was ill", "was silent throughout", "was quick to leave").
MANNER_ADJECTIVES = {
    "blunt", "blunter", "frank", "franker", "candid", "forthright", "outspoken", "direct", "emphatic",
    "unequivocal", "categorical", "adamant", "insistent", "firm", "defiant", "unapologetic",
    "unrepentant", "scathing", "withering", "caustic", "acerbic", "sharp", "sharper", "harsh",
    "harsher", "critical", "dismissive", "scornful", "sarcastic", "damning", "angry", "angrier",
    "furious", "livid", "indignant", "irate", "incensed", "unhappy", "bitter", "emotional",
    "tearful", "upbeat", "optimistic", "bullish", "hopeful", "positive", "confident", "bearish",
    "pessimistic", "gloomy", "downbeat", "cautious", "guarded", "restrained", "reserved",
    "measured", "circumspect", "diplomatic", "conciliatory", "apologetic", "contrite", "defensive",
    "forthcoming", "vocal", "effusive", "fulsome", "complimentary", "gracious", "philosophical",
    "calm", "calmer", "sanguine", "combative", "feisty", "fiery", "passionate", "animated",
    "sceptical", "skeptical", "doubtful", "unimpressed", "unconvinced", "terse", "curt", "clear",
    "clearer", "explicit", "plain", "plainer", "succinct", "tart",
}  # fmt: skip
# Prepositions bringing in what an attitude is about or to whom it is shown after its
# adjective ("was scathing about the plan", "was blunt with reporters", "angry at the ruling").
STANCE_PREPS = {"about", "on", "of", "over", "with", "toward", "towards", "at"}
# Joiners of a subject of two or more ("Lee and Hale", "Neither Lee nor Hale"), each with the
# word that may open the pair ("Both the mayor and her deputy").
PAIR_OPENERS = {"and": "both", "nor": "neither"}
JOINERS = frozenset(PAIR_OPENERS)
# Words that make the person after them the source of what a fronted phrase reports ("According
# to Ann Lee, the driver …", "Under pressure from Ann Lee, the mayor …"): that person may well
# speak next, unlike one the phrase only brings in ("Questioned by Ann Lee, the driver …").
SOURCE_WORDS = frozenset({"according", "from"})
# Words opening a subordinate clause; the weak ones are also prepositions ("as a senator",
# "after the vote") and open a clause only before a subject and its verb.
SUBORDINATORS = {
    "when", "while", "although", "though", "because", "whereas", "unless", "if", "once",
    "as", "after", "before", "since", "until",
}  # fmt: skip
# A preposition and a noun of time that open a subordinate clause together ("By the time
# the army pulled back,", "From the moment the doors opened,").
CLAUSE_PREPOSITIONS = {"by", "from", "at", "until", "till"}
CLAUSE_TIME_NOUNS = {"time", "moment", "day", "minute", "point"}
WEAK_SUBORDINATORS = {"as", "after", "before", "since", "until", "once", "if"}
# After the comma closing ", who …,", words that carry the relative clause on.
CLAUSE_GOES_ON = {"and", "or", "but", "as", "which", "who", "that", "while", "when", "he", "she", "they"}
PRONOUNS_HE_SHE_THEY = {"he", "she", "they", "we", "i"}
# Object pronouns an unresolved speaker is reported as, as written ("quoted him as saying").
OBJECT_FORMS = {"him", "her", "them", "us", "me"}
# Adverbs of time or sequence between a subject or a conjunction and the verb.
LATER = {
    "later", "again", "then", "also", "once", "subsequently", "eventually", "finally", "quickly",
    "instead", "afterwards", "afterward",
}  # fmt: skip
# Adverbs of time and frequency with no "-ly" between a subject and its verb ("Tal still
# lives there", "Tal never spoke"): a capitalised word before one and a verb is a subject.
STANDING_ADVERBS = {"still", "now", "already", "never", "often", "always", "seldom", "sometimes"}
# Adverbs that may open a second verb of the same subject: "speaks to the crowd then calls".
CLAUSE_ADVERBS = LATER | {"now", "today"}
# Words of a verb group before its verb: "has later said", "and instead argued".
VERB_GROUP_WORDS = AUXILIARIES | LATER
# Verbs that cause someone else to speak: their object speaks the infinitive after them.
CAUSATIVES = verb_forms(
    ("prompt", "lead", "force", "cause", "spur", "inspire", "compel", "push", "drive", "give")
)
# Forms of "have" that make a causing verb's participle active: "has given the board".
HAVE_FORMS = {"has", "have", "had", "having"}
# "give the chair the authority to call": the noun is the licence, not the speaker.
LICENCE_NOUNS = {"authority", "power", "powers", "right", "chance", "permission", "license", "leeway"}
# Words that carry a noun phrase on ("the Almanac of …", "advisers like Tom Berry").
NP_TAILS = {"of", "like", "including", "from", "at"}
# Verbs whose infinitive complement shares their subject ("started to describe").
CATENATIVES = {
    "started", "starts", "start", "began", "begin", "begins", "continued", "continues", "tried",
    "tries", "try", "sought", "seeks", "wanted", "wants", "refused", "refuses", "decided",
    "decides", "chose", "chooses", "rushed", "rush", "rushes", "moved", "moves", "hastened",
    "declined", "declines", "appeared", "appears", "seemed", "seems", "went", "took", "used",
}  # fmt: skip
# Cue lemmas whose object is a listener or target, not a speaker: "…," told reporters.
NO_INVERSION = {
    "tell", "inform", "urge", "call", "accuse", "criticize", "criticise", "thank", "blast",
    "slam", "praise", "mock", "describe", "label", "dub", "brand", "dismiss", "attack",
    "defend", "challenge", "invite", "encourage", "congratulate", "assure", "advise", "beg",
    "implore", "order", "instruct", "command", "rebuke", "scold", "chide", "lambaste",
    "castigate", "ridicule", "deride", "credit", "blame", "hail", "condemn", "denounce",
    "portray", "characterize", "characterise", "quote", "cite", "summarize", "summarise",
}  # fmt: skip
# Being quoted, asked or heard still makes the subject the speaker ("Lee was quoted as
# saying"); any other passive cue is about its subject, not by it.
SUBJECT_SPEAKS_IN_PASSIVE = {"quote", "ask", "hear", "overhear", "record", "say", "report"}
# Prepositions spelt like participles: ", during the debate" opens no participle clause.
ING_PREPOSITIONS = {
    "during", "including", "regarding", "concerning", "following", "according", "considering",
    "notwithstanding", "pending", "excluding", "barring", "involving", "surrounding", "amid",
}  # fmt: skip
# A capitalised participle opening its sentence before a name ("Quoting Ann Lee's claim",
# "Rejecting Lee's plan"): the clause's verb, never the first word of the name.
OPENING_PARTICIPLES = (
    frozenset(
        form
        for table in (CUE_FORMS, STANCE_FORMS, QUOTING_FORMS, PERCEIVE_FORMS, FLOOR_FORMS)
        for form in table
        if form.endswith("ing")
    )
    | ING_PREPOSITIONS
)
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Months, without "May" (far more often a surname: "May’s speech").
MONTHS = {
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december",
}  # fmt: skip
# What a bracketed line after a quote holds when it is a caption or a dateline, not a
# signature: a side in a photo ("[Ann Lee, left, and …]"), a credit ("(AP Photo, …)"), and
# the words of a date ("[Eastport Gazette, March 3]", "(Mon, Jan 5)").
CAPTION_WORDS = {
    "left", "right", "centre", "center", "top", "bottom", "above", "below", "pictured",
    "photo", "photos", "photograph", "picture", "credit", "credits", "file", "image", "images",
}  # fmt: skip
DATE_WORDS = WEEKDAYS | MONTHS | {
    "may", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
}  # fmt: skip
# Nouns of a view one holds oneself ("For Lee, the lesson was clear: “…”"): the words after the
# colon are the fronted person's; not a text or a word from someone (message, verdict, letter).
HELD_VIEW_NOUNS = {
    "lesson", "answer", "choice", "priority", "conclusion", "solution", "question", "worry", "fear",
    "hope", "goal", "aim", "takeaway",
}  # fmt: skip
# Days said without a preposition ("walked out Monday", "was hurt yesterday"): AUXILIARIES
# holds them too, as they may stand in a verb group ("Hale yesterday said").
DAY_ADVERBS = WEEKDAYS | {"today", "yesterday", "tonight"}
# Words for a time that may own a speech ("Monday's speech"): never a speaker.
TIME_POSSESSORS = WEEKDAYS | MONTHS | {
    "today", "yesterday", "tonight", "week", "month", "year", "weekend", "night", "morning", "evening",
}  # fmt: skip
# Things that carry written words: "a sign that read “…”", "a statement saying “…”". When
# one of them governs a quote with no person's cue around it, the document is the source.
DOCUMENT_NOUNS = {
    "sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "billboard",
    "shirt", "shirts", "t-shirt", "t-shirts", "hat", "hats", "cap", "caps", "sticker", "stickers",
    "button", "buttons", "note", "notes", "letter", "letters", "memo", "message", "messages",
    "email", "e-mail", "text", "statement", "release", "report", "survey", "poll", "study",
    "filing", "filings", "document", "documents", "ad", "ads", "advertisement", "flyer", "flyers",
    "leaflet", "leaflets", "headline", "caption", "post", "tweet", "website", "page", "screen",
    "slide", "graphic", "petition", "resolution", "bill", "order", "ruling", "complaint", "lawsuit",
    "transcript", "book", "article", "column", "editorial", "op-ed", "video", "clip", "spot",
    "mailer", "card", "plaque", "inscription", "label", "subject", "line", "records", "record",
    "minutes", "data", "analysis", "audit", "review", "guidance", "policy", "platform", "memoir",
    "indictment", "affidavit", "notice", "notices", "communique", "communiqué", "bulletin",
    "bulletins", "judgment", "judgement", "motion", "advisory", "abstract", "section", "chapter",
    "emails", "memos", "reports", "surveys", "studies", "statements", "audits",
}  # fmt: skip
# Participles by which a paper reached a newsroom, not by which it was made: "according to a
# memo seen by the Courier" sources the memo (PolNeAR's convention), "according to audio
# released by the Post" its maker.
ACCESS_PARTICIPLES = {
    "obtained", "reviewed", "seen", "viewed", "reported", "examined", "acquired", "cited", "quoted",
}  # fmt: skip
# Of those, the ones a person uses for a claim of their own ("data cited by Governor Dravo").
CITING_PARTICIPLES = {"cited", "quoted"}
# Nouns of papers and of words, whose author a "by" or "from" can name ("The note was signed by …").
WORDS_NOUNS = DOCUMENT_NOUNS | SPEECH_NOUNS
# Plural nouns of people without an -s: "Police say", "People say", "Women tell".
# Plurals without an -s that name a service's or a body's people ("“…,” police said"): a subject
# with no article, like "officials"; not "people", whose "if people think" is anyone.
SERVICE_PLURALS = {"police", "staff", "personnel", "clergy"}
PEOPLE_WITHOUT_S = {"people", "men", "women", "children"} | SERVICE_PLURALS
# Subjects a bare present verb agrees with ("they say", "voters say").
PLURAL_SUBJECTS = {
    "i", "we", "you", "they", "two", "three", "four", "five", "both", "all", "others",
} | PEOPLE_WITHOUT_S  # fmt: skip
# Prepositions of a setting phrase between a cue and what it reports ("said on Monday that").
PREPOSITIONS_OF_SETTING = {
    "on", "in", "at", "during", "from", "after", "before", "via", "through", "over", "with", "to",
}  # fmt: skip
# Adverbs set off by commas inside a clause ("said, however, that").
SENTENCE_ADVERBS = {"however", "though", "moreover", "meanwhile", "too", "also", "again", "instead", "later"}
# Ordinals that open a sentence as adverbs ("First, she and her deputy refused …").
ORDINALS = {"first", "second", "third", "fourth", "fifth", "next", "last"}
# Cue lemmas that take an object (and its complement), never a reported clause: "brand you
# a liar", "thanked Lee for …".
OBJECT_LEMMAS = NO_INVERSION - {"tell", "inform", "assure", "advise", "urge", "order", "instruct", "command"}
# Cue lemmas whose listener may stand before the reported clause: "told reporters that …".
TELL_LEMMAS = {
    "tell", "inform", "assure", "advise", "remind", "warn", "promise", "notify", "convince",
    "persuade", "ask", "write", "email", "text",
}  # fmt: skip
# The verbs by which a court or a chair addresses one before it ("The judge told Pell, who had
# pleaded guilty …: “…”", "The magistrate warned Dent, …"), and the verbs of answering a
# charge in the relative clause on that listener that leave the colon to the verb of telling.
ADDRESSING_LEMMAS = {"tell", "warn", "remind", "caution", "sentence", "admonish", "rebuke", "address"}
PLEA_LEMMAS = {"plead", "admit", "deny", "confess"}
# Nouns of an offence or a charge, the objects of those verbs ("admitted three burglaries",
# "denied the charge", "admitted the breach").
OFFENCE_NOUNS = {
    "charge", "charges", "count", "counts", "offence", "offences", "offense", "offenses", "crime",
    "crimes", "burglary", "burglaries", "theft", "thefts", "fraud", "frauds", "assault", "assaults",
    "arson", "murder", "murders", "manslaughter", "robbery", "robberies", "shoplifting", "breach",
    "breaches", "misconduct", "harassment", "stalking", "affray", "possession", "attack", "attacks",
    "wounding", "battery", "kidnap", "kidnapping", "blackmail", "bribery", "perjury", "rape",
    "trespass", "vandalism", "embezzlement", "forgery", "smuggling", "dealing", "allegation",
    "allegations", "wrongdoing", "offending",
}  # fmt: skip
# Cue lemmas whose object is the one addressed ("urged voters to", "asked the council to"):
# the verbs of telling and those of bidding, which take no report of their own.
LISTENER_LEMMAS = TELL_LEMMAS | {"urge", "order", "instruct", "command", "beg", "implore"}
# Verbs that put questions to their object, who may answer: after "Lee pressed Hart on the
# budget.", a "he said" is as likely Hart's answer as Lee's words (see attribution.leads).
QUESTION_FORMS: dict[str, str] = verb_forms(
    ("question", "press", "interview", "grill", "query", "quiz", "interrogate", "cross-examine")
)
# Nouns of a role whose questions in a hearing, a trial or at a press conference are put to
# the one who spoke before (attribution.answered_turn: "“Did he?” asked the defence barrister."),
# unlike a rhetorical question anyone may ask ("“Who pays?” asked a tenant.").
QUESTIONER_NOUNS = {
    "lawyer", "attorney", "barrister", "solicitor", "prosecutor", "prosecution", "counsel", "judge",
    "coroner", "chair", "chairman", "chairwoman", "chairperson", "reporter", "journalist",
    "correspondent", "interviewer", "examiner", "questioner",
}  # fmt: skip
# Nouns of a setting where whoever speaks is questioned (attribution.answered_turn: "“…,” Lund
# told the court.", "said at a news conference", "Under cross-examination, he agreed …").
HEARING_NOUNS = {
    "court", "jury", "jurors", "inquiry", "inquest", "tribunal", "hearing", "committee",
    "reporters", "journalists", "conference", "briefing", "cross-examination", "interrogation",
    "deposition", "testified", "testimony",
}  # fmt: skip
# Question words that end an echo ("Fair to whom?", "Consulted who?"): a retort, not a question
# put to the one who spoke.
ECHO_WH_WORDS = {"what", "why", "how", "who", "whom", "whose", "when", "where", "which"}
# Words that tell of someone being questioned ("faced questions from", "under cross-examination
# by", "interviewed"): before a question put to "you", the narrative of an exchange, whose
# answer is the one asked's (attribution.exchange_turn). Not "press", also the news media.
QUESTIONING_WORDS = frozenset(w for w, lemma in QUESTION_FORMS.items() if lemma != "press") | {
    "cross-examination", "interrogation", "deposition",
}  # fmt: skip
# Words after a verb of questioning by which it questions a person, not a thing ("grilled him",
# "was questioned by police", "faced questions from"; not "questioned it"): it tells of an exchange.
PERSON_OBJECTS = OBJECT_FORMS | {"by", "from"}
# Words by which a turn of an exchange speaks of its own asking ("That is not what I asked.",
# "My question was simple."): with a first-person word, the questioner's, not an answer.
ASKING_WORDS = {"ask", "asked", "asking", "question", "questions"}
# What may follow the one a question is put to ("pressed Hart on the budget", "asked the
# senator whether …", "asked her twice."): the question's topic, not a request ("asked the
# court for time", "asked Hale to stay"), whose asker goes on speaking.
QUESTION_TOPICS = {
    "about", "on", "over", "whether", "if", "why", "how", "what", "when", "where", "who", "which",
    "regarding", "again", "twice", "repeatedly", ".", ",",
}  # fmt: skip
# Past participles of verbs that put words to someone or say words of them (the cue verbs
# but the weak ones of thinking and feeling, the verbs of questioning, the verbs of naming):
# one opening a fronted passive phrase ("Asked whether …", "Nicknamed “…” by colleagues")
# puts its quote to the main clause's subject; a participle of a feeling or a state
# ("Excited about the “…”", "Faced with “…”", "Worried about “…”") does not.
PUT_TO_PARTICIPLES = frozenset(
    form
    for form in verb_forms(
        (
            *sorted(set(SPEECH_LEMMAS) - WEAK_LEMMAS),
            *sorted(set(QUESTION_FORMS.values())),
            "name", "term", "bill", "coin", "christen", "nickname", "tar", "smear", "herald", "fault",
        )
    )
    if form.endswith("ed") or form in IRREGULAR_PARTICIPLES
)  # fmt: skip
RAISE_FORMS: dict[str, str] = verb_forms(RAISE_LEMMAS)

# Verbs by which someone puts out a document as their own words: "issued a statement saying".
PUBLISH_LEMMAS = (
    "issue", "release", "send", "put", "post", "publish", "share", "circulate", "distribute",
    "file", "tweet", "email", "mail", "write", "unveil", "launch", "air", "run", "sign", "pen",
    "draft", "submit", "present", "deliver", "read", "blast", "fire", "pass", "adopt",
)  # fmt: skip
PUBLISH_FORMS: dict[str, str] = verb_forms(PUBLISH_LEMMAS)
# Of those, the verbs whose subject authors or sends the document itself ("Hale sent a message
# that said", "the firm issued a statement saying"): not one that passes on or prints another's
# ("the courier delivered a letter that said", "the paper ran a letter saying": the letter's).
AUTHOR_LEMMAS = (
    "send", "mail", "email", "text", "tweet", "post", "issue", "release", "publish", "write",
    "pen", "draft", "sign", "file", "submit",
)  # fmt: skip
AUTHOR_FORMS: dict[str, str] = verb_forms(AUTHOR_LEMMAS)
# Of those, the verbs of sending: "Hale sent a memo, drafted by his deputy, that said": the
# sender's own words, where one who released or posted a paper signed by others relays theirs.
SENDER_LEMMAS = frozenset({"send", "mail", "email", "text"})
# The forms of "write" and its kin among the cues: "had scrawled", "typed".
WRITE_FORMS = frozenset(form for form, lemma in CUE_FORMS.items() if lemma == "write")
# Words that make a time noun a setting of their own: "noted last week", "reported this month".
TIME_DEICTICS = {"last", "this", "next", "that"}
# Verbs of a fronted "as" clause that sets off where the sentence's account comes from: "As the
# Gazette reported on Monday, …", "as the Ledger noted, …", "As Lee wrote last year, …".
AS_SOURCE_LEMMAS = {"report", "note", "write", "observe"}
# Particles of phrasal verbs of putting out ("sent out", "put up", "handed over").
PARTICLES_OUT = {"out", "up", "over", "off"}
# Determiners after which a verb spelling is a noun ("the report", "his claims").
NOUN_DETERMINERS = {
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "every", "each",
}  # fmt: skip
# Verbs whose past is spelt as their base: "the board read “…”" is a verb, not a noun.
SAME_IN_PAST = {
    "read", "put", "hit", "cast", "set", "cut", "quit", "let", "bet", "spread", "shut", "forecast",
    "broadcast",
}  # fmt: skip
# The prepositions after a noun of speech that lead into its content ("a claim of", "a call
# for"), not its topic ("remarks about", "comments on").
CONTENT_FRAMES = {"of", "for"}
# Words between a noun of speech and the words it introduces: "her call for a “…”".
NOUN_FRAME = {"that", ":", ",", "of", "for", "about", "against", "on", "to", "in", "—", "–"}
# Words opening a relative clause whose he/she subject may stand for the sentence subject.
REL_WORDS = {"what", "which", "whom", "that", "where"}
# Words opening a clause whose own subject names the quote after "called" ("what the defence
# called “…”", "the bill, which Democrats have called “…”"): the namer's words, not a name.
NAMING_RELATIVES = {"what", "which"}
# The words that may stand between a naming verb and the quote it names ("what critics
# described as “…”", "what the unions said was “…”", "what officials say is “…”").
NAMING_LINKS = {"as", "is", "was", "are", "were"}
# Of those, the ones that open a clause with its own subject once set off by a comma
# (", where she warned …"); ", whom he called" and "what he called" do not.
OWN_SUBJECT_RELATIVES = {"which", "who", "where"}
# Prepositions before "which"/"whom" in a relative clause set off by commas: ", in which".
SETTING_PREPOSITIONS = {"in", "during", "at", "on", "through"}
# Nouns of time in a setting phrase ("on Monday", "last week").
TIME_NOUNS = WEEKDAYS | MONTHS | {
    "today", "yesterday", "tonight", "week", "month", "year", "weekend", "night", "morning",
    "evening", "afternoon", "time", "day", "days", "weeks", "months", "years", "hour", "hours",
    "decade", "decades",
}  # fmt: skip
# Words that open a span of time after "for" ("for a week", "for several months", "for many
# years"), as a count does ("for three days", read from NUMBER_WORDS): the span is no phrase
# of the noun before it.
SPAN_LEADS = {"a", "an", "several", "many", "few", "some"}
# Lower-case words that may follow a subject pronoun without being its verb.
NOT_VERBS_AFTER_PRONOUN = {
    "and", "or", "but", "who", "which", "that", "himself", "herself", "themselves", "too", "alone",
    "both", "all",
}  # fmt: skip
# Pronoun contractions spelt like possessives ("he's", "that's"): no possessor in them.
CONTRACTED_WORDS = {
    "he", "she", "it", "that", "there", "what", "who", "where", "here", "let", "how", "why", "when",
}  # fmt: skip
# Subordinators of contrast: a participle after their clause goes with its subject.
CONCESSIVES = {"though", "although", "while", "whereas"}
# What a verb of speech says its words of: "said of her request:", "asked about his remark".
TOPIC_PREPOSITIONS = {"of", "about"}
# Adverbial clauses a participle after them goes on from ("when protesters broke in, shouting"),
# unlike "after"/"before" ones, whose participle is the main clause's.
PARTICIPLE_KEEPERS = CONCESSIVES | {"when", "as"}
# "let it be known that", "made it clear that": a view voiced without a verb of saying.
VIEW_VERBS = set(verb_forms(("let", "make")))
VIEW_WORDS = {"known", "clear"}
# Dashes, and a lone hyphen typed for one.
HYPHEN_DASHES = DASHES | {"-"}
# A comma or a dash: the marks that set off an aside, an appositive or a fronted phrase.
COMMA_OR_DASH = frozenset({",", *HYPHEN_DASHES})

# Plural descriptions that can speak: "critics", "several senators", "the agency".
SPEAKING_GROUPS = {
    "critics", "opponents", "supporters", "protesters", "protestors", "demonstrators", "officials",
    "republicans", "democrats", "conservatives", "liberals", "progressives", "activists", "voters",
    "residents", "senators", "lawmakers", "members", "leaders", "analysts", "experts", "observers",
    "commentators", "economists", "scientists", "researchers", "advocates", "detractors", "fans",
    "aides", "allies", "rivals", "campaign", "administration", "government", "committee", "agency",
    "department", "party", "group", "union", "company", "newspaper", "paper", "board", "court",
    "crowd", "authors", "writers", "reporters", "pundits", "candidates", "prosecutors",
    "organizers", "organisers", "participants", "delegates", "donors", "attendees", "workers",
    "employees", "staffers", "students", "parents", "teachers", "doctors", "lawyers", "legislators",
    "congressmen", "governors", "mayors", "judges", "users", "readers", "viewers", "listeners",
    "bloggers", "commenters", "followers",
}  # fmt: skip
AGENT_PLURALS = ("ists", "ians", "izers", "isers", "ators", "ents", "ants")
# Plurals with such an ending that name things ("the events", "the plants").
NOT_AGENTS = {
    "events", "incidents", "accidents", "plants", "grants", "restaurants", "contents", "precedents",
    "cents", "tents", "intents", "currents", "remnants", "generators", "indicators", "elevators",
}  # fmt: skip
# Heads of a body's name after a name ("the Brandt campaign", "the Tan office").
ORG_HEADS = {
    "campaign", "camp", "team", "office", "administration", "committee", "spokesman", "spokeswoman",
    "aides", "lawyers",
}  # fmt: skip
# Verbs by which a document reports, with a document as their subject ("Filings show …").
SHOW_FORMS: dict[str, str] = verb_forms(("show",)) | {"shown": "show"}
# Verbs by which someone comes upon a document written by another ("saw a sign that read
# …"), all their forms; not "read" and "pass", which also put one out ("read a statement",
# "passed a resolution"), nor "obtain", whose subject is named as the source.
MEETING_FORMS: dict[str, str] = verb_forms(("see", "find", "notice", "spot", "watch"))
# Verbs of meeting or speaking to a person ("who spoke to the mayor", "who met her deputy",
# "who talked with the minister"): a name set off after the person they reach is that
# person's, not the one who met or spoke to them.
CONTACT_FORMS: dict[str, str] = verb_forms(("meet", "speak", "talk", "visit", "interview"))
# Texts that bind what follows them: "Under state law, a ferry is late when it leaves “…”"
# quotes the law. Read only after a sentence-opening "under" and before its comma.
BINDING_TEXTS = {
    "law", "laws", "bylaw", "bylaws", "act", "statute", "code", "constitution", "ordinance", "regulation",
    "regulations", "rule", "rules", "bill", "contract", "agreement", "treaty", "charter", "policy",
    "guidelines", "deal", "plan", "proposal", "measure", "settlement", "order", "amendment",
}  # fmt: skip
# Prepositions that place a document beside other words, not hand it to a verb: "posted her
# reply under a headline that said “…”" quotes the headline, not the one who posted.
POSITION_PREPOSITIONS = {"under", "beneath", "underneath", "below", "above", "beside", "alongside", "atop"}
# Parts of a document that hold its words: "a note with the subject line “…”".
DOCUMENT_PARTS = {
    "line", "headline", "caption", "title", "heading", "words", "message", "text", "slogan",
    "inscription", "phrase", "sentence", "passage",
}  # fmt: skip
# Adverbs that may open a fronted clause before its subordinator: "Even after …".
FOCUS_ADVERBS = {"even", "just", "only", "shortly", "soon", "long", "right"}

# ---- Word lists moved here from the modules that use them (one home each). ----

LEAD_INS = {
    "then", "and", "but", "later", "still", "again", "also", "so", "now", "plus", "and then",
    "but then", "adding", "adding that", "indeed", "in fact", "moreover", "finally", "meanwhile",
    "instead", "for example", "for instance", "in other words", "specifically",
}  # fmt: skip

INTRO_NOUNS = {"statement", "following", "message", "letter", "tweet", "post", "remarks"}

# Prepositions of where a body is, right after its noun ("The school in Brockley Vale", "the
# museum at Kell Head"): the place is no rival for the body's "they".
BODY_PLACE_PREPS = {"in", "at"}
FRONTED_PREPOSITIONS = {"on", "in", "at", "during", "after", "before", "speaking", "asked"}
# Prepositions that make a fronted phrase a time whatever its noun ("After the hearing they
# said", "During the match they sang"): no scene of its own for a "they".
TIME_PREPOSITIONS = {"after", "before", "during"}

CORE = {
    "say", "tell", "add", "write", "tweet", "post", "ask", "explain", "note", "state", "declare",
    "argue", "insist", "continue", "reply", "respond", "recall", "warn", "conclude", "joke", "quip",
    "shout", "exclaim", "answer", "counter", "retort", "remark", "comment", "observe", "muse",
    "wonder", "concede", "admit", "boast", "complain", "sigh", "laugh", "scream", "yell", "mutter",
    "whisper", "acknowledge", "claim", "predict", "promise", "vow", "snap", "fume", "surmise",
    "press", "chant", "cry", "plead", "agree", "assert", "maintain", "contend", "emphasize",
    "stress", "elaborate", "interject", "offer", "read", "tease", "announce", "testify", "suggest",
    "report", "begin", "go", "chime", "fire", "shoot", "push", "hit", "lament", "grumble", "gush",
    "marvel", "reason", "caution", "counsel", "deadpan", "reflect", "recount", "confirm", "deny",
    "urge", "demand", "thunder", "boom", "bark", "beam", "gripe", "groan", "rage", "rant", "riff",
    "scoff", "sneer", "vent", "react", "snipe", "question",
}  # fmt: skip

PRONOUN_SPEAKERS = {"one", "another", "others", "some", "many", "several"}

# Words after a post given in the past ("Ann Lee was the mayor when …", "… was appointed coach
# in 2015 before …", "… the coach during the relegation season") that set the post in a time
# gone by: a post held then, not one the person holds now (resolution.held_post).
PAST_POST_WORDS = SUBORDINATORS | {"during"}
# Subordinators that open a fronted clause ("When Hale repeated it, …"); grammar.py's
# CLAUSE_OPENERS is a wider set (any word that opens a clause of its own).
FRONTING_SUBORDINATORS = SUBORDINATORS - {"whereas", "unless", "until"}
# Words that open a hedged or supposed report, not one of what was said ("Suppose Vera Sal
# wrote, “…”", "Maybe Tom Hale told us", "Imagine Ann Lee said"): with SUBORDINATORS, modals
# and auxiliaries ("Had Vera Sal said, “…”") they never begin the name of a read-out's author.
HEDGING_OPENERS = {
    "suppose",
    "supposing",
    "imagine",
    "maybe",
    "perhaps",
    "whatever",
    "whenever",
    "say",
    "let",
}

GENDERED = {"he", "she", "his", "her", "him"}
PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}
"""The gender each word of GENDERED tells."""

POLL_SHARE_WORDS = {"percent", "%", "majority", "plurality", "half", "third", "quarter", "most", "many"}

POLL_NOUNS = {"poll", "survey", "study"}

CLAUSE_STARTERS = {
    "that", "he", "she", "they", "it", "i", "we", "there", "this", "if", "when", "because", "how",
    "what", "why", "whether",
}  # fmt: skip

FOREIGN_ARTICLES = {"le", "la", "les", "l’", "der", "die", "das", "el", "los", "las"}

# Prepositions that set a topic after a headline's speaker before its colon: "Lee On Pier
# Cuts: ‘…’", "Mayor About the Levy: ‘…’".
HEADLINE_TOPIC_PREPS = {"on", "about", "regarding"}
# Prepositions that end the person a quote-first headline gives its words to, when no verb
# does: "‘…’: Ann Lee on her new play", "‘…’: poet Ann Lee in conversation", "… at 80".
HEADLINE_PERSON_ENDS = HEADLINE_TOPIC_PREPS | {"in", "at"}
# Verbs a headline uses for someone's words: "X Says …", "X Warns …", "X Calls Cuts “…”".
HEADLINE_CUES = {
    "say", "tell", "warn", "vow", "insist", "claim", "argue", "promise", "declare", "urge", "ask",
    "call",
}  # fmt: skip

# An elliptical question thrown back ("Why would it?", "Would you?", "Did they?"): its words
# are only these, a pronoun and an auxiliary the question put to the speaker used.
ECHO_QUESTION_WORDS = {"why", "what", "how", "not", "so", "really"}
ECHO_AUXILIARIES = FINITE_AUX - {"seems", "appears"}
# The modal auxiliaries ("will say", "ought to tell"; verify.modals_in reads them too).
MODALS = {"will", "would", "could", "should", "may", "might", "must", "can", "shall", "ought"}
# The modals and the words that open a verb group and carry its agreement as a modal does
# ("did say", "to tell").
MODAL_LEADS = MODALS | {"did", "does", "do", "to"}
# Words that open a verb group after a subject: after a closing mark (‘war on motorists’ has
# come under fire) they show the mark closed a quote; a possessive is followed by a noun.
VERB_OPENERS = FINITE_AUX | MODALS
# Verb openers that are nouns too (the members’ will, the students’ do): after a possessive
# the word after them decides (will on this, do was cancelled: nouns; will fall: a verb).
NOUN_AUXILIARIES = {"will", "do", "can", "must"}
# Words that deny the verb after them: "did not respond", "has never commented", "cannot say".
NEGATIONS = {"not", "never", "cannot"}
# Words in a verb group that leave its words unsaid: "should tell", "never told", "wants to
# tell", "did not say" (the modals but an emphatic "did tell", and any "-n't" form); and the
# words right before the teller that deny its report ("denied that the coach told him", "it
# was false that …"; not a denial earlier in the sentence: "rejected the claim but said …").
UNSAID_WORDS = MODALS | NEGATIONS | {"to"}  # "did tell": said
# Modal verbs that mark a clause as going on with a report ("Relief could come, but only if …"
# after "…, the economist said."): a prediction or condition put, not a fact the writer states.
REPORT_MODALS = MODALS | {"cannot"}
# Verbs by which a subject withholds its words ("declined to comment", "refused to say"), the
# object that says none were given ("said nothing") and the adverb of words still owed ("has
# yet to respond"): no report goes on after them.
WITHHOLDING_FORMS = verb_forms(("decline", "refuse", "fail"))
UNSAID_OBJECTS = {"nothing", "little", "yet"}
# A preposition that denies the gerund after it: "left without speaking", "went without commenting".
DENYING_PREPS = {"without"}
# A subject opened by these denies that anyone spoke: "Neither Lee nor Hale would say …",
# "No one would say …", "Nobody at the agency would say …".
DENYING_SUBJECTS = {"neither", "no", "nobody"}
DENIAL_FORMS = verb_forms(("deny", "dispute", "reject", "doubt")).keys() | {"false", "untrue"}
# Words after which a role word is a verb, not a title: "Hale will chair Lee’s panel", "did
# coach". The verb-group leads without "to" (a preposition as often: "a letter to coach Eli Brandt").
VERB_MARKERS = (MODAL_LEADS - {"to"}) | {"cannot"}
# Words that open a time phrase after a verb: "hired last year", "replaced in June".
TIME_LEADS = {"last", "this", "next", "in", "on", "earlier", "later", "since"}
# Words of a time phrase a court's judgment may put before its that-clause ("the court ruled
# last week that", "held late Friday that"): TIME_LEADS and TIME_NOUNS, with "late"/"early".
JUDGMENT_TIME_WORDS = TIME_LEADS | TIME_NOUNS | {"late", "early"}

# Prepositions of place: "a fan outside the ground", "a nurse near the port" locate the head
# noun before them; the name after them is no speaker.
PLACE_PREPOSITIONS = {"in", "near", "outside", "inside", "behind", "beyond", "across", "around", "within"}

OBJECT_PREPS = PLACE_PREPOSITIONS | {
    "through", "under", "among", "between", "during", "by", "to", "with", "from", "of", "for", "at",
    "on", "about", "against", "than", "into", "over", "toward", "towards",
}  # fmt: skip
NAME_PLACE_PREPS = frozenset({"of", "from"})
"""Prepositions that tie a person to where or whom they come from: after a name ("Ann Lee of
Utah", "Lee from the union"), the phrase belongs to the name, and the name's verb comes after
it; after a noun of what was said ("the verdict of Sir Gideon Lamb"), its sayer follows."""
NOUN_PREPOSITIONS = OBJECT_PREPS | {
    "like", "unlike", "beside", "besides", "alongside", "amid", "amidst", "amongst", "without",
    "via", "upon", "onto", "past", "versus", "opposite", "except", "including", "excluding",
}  # fmt: skip
"""Prepositions that may follow a noun: a name after one is its object, never the head of a
description ("said critics like Ann Lee", "said aides beside Ivo Brandt": the critics, the aides)."""

NOT_ADVERBS = {
    "rally", "family", "ally", "supply", "reply", "apply", "italy", "july", "fly", "holy", "daily",
    "only", "guilty",
}  # fmt: skip

SETTING_OPENERS = {"when", "after", "before", "while", "as", "because", "since", "and", "but", "then"}

SETTING_PREPS = {"in", "at", "during"}

HEAD_PREPS = {"to", "from", "by", "for", "about", "with"}
# Words that open what may trail the verb of a relative clause without "that" before the verb
# after it: a stranded preposition or particle, or a phrase of place or time ("The residents we
# spoke to said", "Players the club released last year said", "Staff he hired at the depot said").
RELATIVE_TAIL_LEADS = PREPOSITIONS_OF_SETTING | HEAD_PREPS | PARTICLES_OUT | {
    "alongside", "beside", "under", "outside", "inside", "near", "across", "away", "back", "last", "this",
}  # fmt: skip

PAST_FORMS = {
    "sent", "made", "took", "gave", "went", "got", "put", "set", "held", "led", "met", "ran",
    "saw", "spoke", "came", "began", "brought", "bought", "built", "chose", "drew", "fell",
    "felt", "found", "heard", "kept", "knew", "left", "lost", "meant", "paid", "rose", "sold",
    "stood", "struck", "thought", "won", "released", "issued", "posted", "published",
    # irregular pasts with no -ed to show them: "before her wrist froze up is"
    "blew", "grew", "threw", "flew", "drove", "rode", "broke", "forgot", "hid", "shook", "sank",
    "fought", "sought", "taught", "caught", "slept", "became", "fled", "stole", "sang", "swam",
    "drank", "woke", "froze", "tore", "wore", "dug", "wept", "sat",
    "spent", "lent", "dealt", "swept", "crept", "knelt", "leapt", "spun", "swung", "clung", "flung",
    "sprang", "rang", "shrank", "wove", "strove", "arose", "forgave", "withdrew", "undertook",
    "overtook", "mistook", "understood", "withstood", "overcame", "forbade", "bled", "sped", "slid",
    "shone", "ate", "upheld", "withheld", "oversaw", "foresaw", "misled",
}  # fmt: skip

FINITE_WORDS = frozenset(
    {*FINITE_AUX, *BE_FORMS, *PAST_FORMS}
    | {w for w in (*CUE_FORMS, *STANCE_FORMS, *SHOW_FORMS) if w.isalpha() and not w.endswith("ing")}
)
"""Words that are (most likely) finite verbs; any other lower-case word ending in "-ed" too."""


APPROX = {"about", "nearly", "almost", "roughly", "around", "some", "over"}
# Signs written against a number ("$4 million", "£2.5bn", "40%"): part of an amount, no word of their own.
AMOUNT_SIGNS = {"$", "£", "€", "¥", "%"}

# Quantifiers over the whole of a group named before, which may stand for it as a subject
# with no noun of their own ("Both were freed", "All three were arrested", "All four of the
# men were released"): the "they" after such a subject is that group.
WHOLE_GROUP_QUANTIFIERS = frozenset({"both", "all"})
# Words that lead a count of a subject ("More than 1,500 farmers", "Some 200 nurses").
COUNT_LEADS = APPROX | {"more", "fewer", "less", "than", "up", "to", "at", "least"}
# Spelled counts and their values: ``mentions.many`` reads a counted author set off after a
# paper ("The letter, signed by forty teachers,") as a crowd only from CROWD_MIN up.
SPELLED_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
COUNT_WORDS = {w for w, n in SPELLED_COUNTS.items() if n <= 10}  # "two" to "ten"
CROWD_MIN = 4
"""The smallest count of people that is a crowd rather than a group one may name ("two
senators", "three former ministers" are authors; "40 teachers", "six residents" a crowd)."""
# Words before a count that make the group a known one ("the two families", "both senators",
# "their three sons"): never a crowd.
DEFINITE_LEADS = {"the", "these", "those", "both", "his", "her", "their", "its", "our", "my", "your"}
# Verbs that only people do, whose -er nouns in the plural ("bakers", "runners", "anglers")
# are people: read for the subject of the sentence before a "they" cue. Not verbs that
# things do or are for ("contain", "post", "lock", "print", "heat", "fight", "speak").
DOER_VERBS = {
    "bake", "dance", "run", "angle", "hike", "swim", "climb", "ride", "drive", "walk", "jog",
    "skate", "ski", "surf", "sing", "hunt", "fish", "trade", "buy", "sell", "lend", "borrow",
    "smoke", "earn", "save", "garden", "camp", "shop", "vote", "work", "teach", "write", "protest",
    "march", "picket", "strike", "farm", "bank", "brew", "preach", "labour", "labor", "travel",
    "commute", "paint", "golf", "bowl", "defend", "organise", "organize", "research", "report",
    "riot", "loot", "rob", "bike", "pay", "own", "keep", "seek", "worship", "gamble",
}  # fmt: skip

# Nouns without an -s that stand for many: a body's people ("management", "the press") or
# people themselves (PEOPLE_WITHOUT_S).
GROUP_NOUNS = {"management", "leadership", "public", "press", "media"} | PEOPLE_WITHOUT_S

# Nouns naming a few people as one (singular in form): the subject a "they" after it stands for
# ("The couple moved. “…,” they said"), with plurals of kin that name no role.
PEOPLE_AS_ONE = {
    "couple", "pair", "family", "band", "team", "duo", "trio", "quartet", "crew",
    "twins", "brothers", "sisters", "siblings", "cousins",
}  # fmt: skip
# Those of PEOPLE_AS_ONE that a group goes by under a name of its own ("Glass Orchard … the band").
NAMED_AS_ONE = {"band", "team", "duo", "trio", "quartet", "crew"}
# Pronouns that tell no sex: one resolved on a quote goes on to the next quote it opens.
NO_SEX_PRONOUNS = {"they", "it"}
# Words by which a person is said to go by "they" ("uses they/them pronouns", "is nonbinary").
THEY_PERSON_MARKS = {"they/them", "nonbinary", "non-binary"}
THEY_DECLARED_REACH = 120
"""How far after a person's first naming a they-declaration is looked for (bounded: linear);
resolution's they readers read as far for the rest of a subject's sentence, the words after an
unnamed body's mention, and the gap a quote by such a person may go on after."""
THEY_BODY_LOOKBACK = 400
DROPPED_G_CLOSE_REACH = 1500
"""How far after a dropped-g word's mark a quote's close is looked for (bounded: linear)."""
"""How far before an unnamed body's mention people are looked for who may be a "they" (bounded)."""

# Plurals of people besides PEOPLE_WITHOUT_S, the plurals in SPEAKING_GROUPS and those of
# ROLE_NOUNS, all of which ``mentions.people_plural`` (their one test) reads as well.
PEOPLE_PLURALS = {
    "families", "neighbours", "neighbors", "villagers", "passengers", "landlords", "victims", "pilots",
    "witnesses", "survivors", "farmers", "officers", "soldiers", "troops", "guards", "nurses",
    "pupils", "citizens", "refugees", "strikers", "suspects", "customers", "shoppers",
    "commuters", "locals", "owners", "players", "investors", "athletes", "volunteers",
    "colleagues", "friends", "relatives", "mourners", "visitors", "guests", "prisoners", "inmates",
    "detainees", "councillors", "councilors", "campaigners", "marchers", "picketers", "fishermen",
    "miners", "dockers", "builders", "inspectors", "auditors", "employers", "firefighters",
    "detectives", "midwives", "paramedics", "rescuers", "pensioners", "engineers", "sailors",
    "crews", "priests", "jurors", "agents", "investigators", "journalists", "migrants",
    "patients", "politicians", "regulators", "tenants", "tourists", "chefs", "cooks", "waiters",
    "negotiators", "planners", "pharmacists", "biographers",
}  # fmt: skip
# Plurals that name people as often as things ("the drivers of the rise", "the coaches
# arrived late"): a rival for "they", never what "they" is read as.
PEOPLE_OR_THINGS = {"drivers", "coaches"}
# Endings of a singular agent noun ("the boxer", "the tutor", "the cyclist", "the tenant", "the
# student", "the librarian"): a guess at a person, read for the one a question is put to.
AGENT_ENDINGS = ("er", "or", "ist", "ant", "ent", "ian")
# Of those, the endings that seldom end a thing or an adjective ("the hydrologist", "the
# librarian"; "-er", "-or", "-ent", "-ant" end "newsletter", "earlier", "urgent", "defiant"),
# save a list ("checklist", "playlist"): a guess at a person owned by a name ("Acme's
# hydrologist" is someone of Acme's, not Acme).
PERSON_ENDINGS = ("ist", "ian")
ADJECTIVE_ENDINGS = ("ic", "al", "ous", "ful", "ive", "less", "able", "ible", "ing", "ed", "ish", "ern")
"""Endings of adjectives ("public", "stern", "moving"): a word so ending before an -ing word
that a bare noun follows modifies it ("her public speaking role"); many nouns of people end
so too ("the medic", "the fugitive"), who speak a participle with its object or a comma."""
# Things with such an ending that a question is pressed on, not put to ("pressed the matter",
# "questioned the order", "pressed the lever").
THING_AGENT_NOUNS = {
    "matter", "letter", "number", "order", "answer", "paper", "water", "power", "trigger",
    "lever", "buzzer", "register", "border", "corner", "center", "centre", "chapter", "offer",
    "error", "door", "floor", "factor", "sector", "motor", "monitor", "mirror", "accelerator",
    "list", "twist", "account", "amount", "point", "intent", "content", "event", "incident",
    "accident", "plant", "grant", "tent", "current", "figure", "timer", "filter", "computer",
    "meter", "poster", "banner", "folder", "charter", "ledger", "counter", "parameter",
}  # fmt: skip

# "Former UK harbour minister Ada Quist": a country code before a title is no name
COUNTRY_CODES = {"US", "UK", "EU", "UN"}

PLURAL_OBJECT_PRONOUNS = {"them", "us", "you", "those"}  # "one of them", "some of us"
PARTITIVES = {"one", "two", "three", "four", "five", "several", "some", "many", "most", "each", "both"}

STOP_CAPS = WEEKDAYS | FRONTING_SUBORDINATORS | {
    "the", "a", "an", "but", "and", "in", "on", "at", "then", "so", "asked", "still", "there", "here",
    "now", "yet", "also", "meanwhile", "however", "later", "earlier", "instead", "indeed", "today",
    "yesterday", "that", "this", "these", "those", "it", "what", "from", "for", "with", "by", "during",
    "under", "over", "to", "of", "into", "about", "despite", "amid", "like", "unlike", "among", "outside",
    "inside", "shortly", "where", "who", "why", "how", "even", "only", "just", "according", "speaking",
    "last", "next", "maybe", "perhaps", "not", "never", "nor",
}  # fmt: skip
# Prepositions and subordinators that can also be part of a name ("Doctors Without Borders",
# "Via Rail", "Marco Via"): only a sentence or clause they open with a lower-case word after
# them ("Against claims that …, Tom Ruiz wrote") shows them to be no name.
OPENING_PREPOSITIONS = {
    "against", "without", "within", "through", "throughout", "beyond", "across", "toward", "towards",
    "behind", "upon", "besides", "except", "until", "unless", "whether", "regarding", "amongst", "along",
    "alongside", "between", "onto", "via",
}  # fmt: skip
# Prepositions that open a phrase set off before a subject, which may name a source of its
# own ("For Ms. Adeyemi, …", "In the union’s view, …", "To critics, …", "Under the ruling, …").
FRAME_PREPOSITIONS = (
    OPENING_PREPOSITIONS
    | SETTING_PREPOSITIONS
    | {"for", "to", "under", "with", "from", "by", "among", "like", "unlike"}
)
# Prepositions whose capitalised object may open a sentence with no comma before the
# subject ("In March Keel said", "At the Harbour Board Fenland said"); not those that can open
# a name ("Via Rail", "Under Armour", "Over the Moon Foods", "With Honor Action").
SETTING_OPENING_PREPS = {"in", "on", "at", "during", "from"}

DANGLING = NOUN_DETERMINERS - {"this", "these", "those"}

# words before "who"/"which" that end no noun phrase the clause could be about
RESTRICTIVE_NOT_NOUNS = BE_FORMS | {
    "anyone", "everyone", "someone", "and", "or", "but", "of", "to", "know", "knows", "knew", "wonder", "asked", "ask",
    "about", "on", "see", "decide", "decided", "matter", "no", "regardless",
}  # fmt: skip

INDEFINITE = {"another", "others", "some", "many", "several", "both", "most", "few"}

# words after which "someone" opens its clause as the subject
SOMEONE_AFTER = {"when", "then", "and", "but", "after", "before", "as", "while", "until", "because", "if"}

# The words by which an utterance arrives in a sentence rather than being answered or issued
# by its subject: "The day ended with a warning from Lee:", "Then came a plea from the mayor:".
UTTERANCE_ARRIVALS = {"with"} | (ORIGIN_VERBS - BE_FORMS)
SOMEONE = {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody"}
# A person spoken of in general: a he or she after "anyone who breaks the law will know he
# …" may stand for it, so it does not tell the gender of a person named before it. Also a
# quantifier before a noun of one person of no known kind ("every person", "no one").
GENERIC_PERSONS = SOMEONE | {"whoever", "whomever", "no-one"}
QUANTIFIERS_OF_ONE = {"every", "each", "any", "a", "an", "no"}
# Quantifiers over all of a kind ("of all ages", "of every stripe"): a kind, not whose.
UNIVERSAL_QUANTIFIERS = frozenset({"all", "every", "each", "any"})
GENERIC_HEADS = {"person", "individual", "one", "child"}

AGO_WORDS = COUNT_WORDS | {
    "than", "less", "more", "about", "nearly", "almost", "just", "a", "an", "few", "several", "one", "day",
    "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minutes", "decade",
    "decades", "couple", "of",
}  # fmt: skip

PP_TIME = WEEKDAYS | {
    "past", "week", "month", "year", "weekend", "morning", "evening", "night", "afternoon", "interview",
    "statement", "speech", "debate", "rally", "letter", "tweet", "post", "email", "meantime",
}  # fmt: skip

PP_HEADS = {"in", "on", "at", "during", "over", "last", "this", "early", "late"}

PREPOSITIONS = {"of", "for", "at", "from", "with"}
# Titles that also open the names of places, streets, pubs and churches ("King Street Market",
# "the Queen Victoria Arms", "St Bride's", "Prince Albert Dock"): no sign of a person's name.
PLACE_OPENING_TITLES = {"king", "queen", "prince", "princess", "st", "st.", "saint", "duke", "lord"}
# Prepositions whose phrase after a description says which person it is, before the name set
# off after that phrase ("the officer in charge at the scene, Sgt Owen Price,", "the leader
# of the group on the council, Eamon Fitch,"): not "to" or "for", whose object the name may
# be ("an aide to the mayor, Tom Lee,").
DESCRIBING_PREPS = PLACE_PREPOSITIONS | {"of", "at", "on", "from", "with"}
# A noun before these is known by the one after ("a spokesman for the bank", "the son of
# the farmer"): a clause after the second is about the second.
RELATIONAL_PREPS = {"of", "for", "to"}
# Prepositions naming whom words are meant for after a noun of speech ("a warning for the board").
LISTENER_PREPS = frozenset({"for", "to"})
# Verbs whose subject puts out the words a noun of speech as their object stands for, so
# a colon after it introduces the subject's words ("made three promises:", "gave a short
# answer:", "had a question for the board:", "issued a warning:"); a verb of meeting
# another's words ("seized on one remark:", "rejected that characterization:") is none.
PRODUCING_FORMS = frozenset(PUT_OUT_FORMS) | frozenset(verb_forms(("give", "share"))) | HAVE_FORMS
# Verbs of passing words on, which produce them only as a noun of speech ("shared a brief
# message:"), not as a post or paper that may be another's ("shared a widely circulated post:").
PASSING_FORMS = frozenset(verb_forms(("share",)))
PASSED_ON_NOUNS = frozenset({
    "post", "posts", "tweet", "tweets", "letter", "email", "memo", "op-ed", "column", "essay", "book",
    "interview", "testimony",
})  # fmt: skip
# Verbs that open or close an occasion with words ("ended her speech with a warning:").
BOUNDING_FORMS = frozenset(verb_forms(("end", "open", "close", "begin", "start", "conclude", "finish")))
# Words that stop a noun phrase read backwards from its noun: a preposition or a particle
# ("pounced on a single comment", "brushed off the question", "had no answer").
NP_BREAKS = frozenset(WITNESS_PREPS | VERB_PARTICLES)
# A capitalised name after a person's name or one of MEMBER_ROLES and one of these is the
# body they belong to or the place they are from ("Lisa Chow of Birchfield Research",
# "Mia Roth, from Kestrel Analytics", "a director at Tessaly Lumen"): never a he or she.
AFFILIATION_PREPS = {"of", "from", "at"}
# Lower-case nouns of a body or an outlet right before its name: "the broadcaster Radio
# Caledon", "the newspaper Northern Ledger" name a body, never a he or she (unless the name
# opens with a first name: "the broadcaster Alan Rigby" is a person).
BODY_BEFORE_NAME = {
    "broadcaster", "newspaper", "network", "channel", "magazine", "tabloid", "station", "outlet",
    "website", "paper", "publisher", "daily", "weekly", "charity", "firm", "company", "airline", "insurer",
    "lender", "retailer", "supermarket",
}  # fmt: skip
# Nouns of a business, whose name set off beside them is that business ("The supermarket,
# Harvest Foods,", "Harvest Foods, a supermarket chain,", "the insurer Kellbrook"): "the
# company", "the firm", "the business" (BUSINESS_GENERIC) fit any body one of them was given,
# the others only a body given that noun. No noun of a person ("developer", "owner", "miller").
BUSINESS_GENERIC = {"company", "firm", "business"}
BUSINESS_NOUNS = BUSINESS_GENERIC | {
    "chain", "supermarket", "retailer", "airline", "insurer", "lender",
    "bank", "brewery", "bakery", "distillery", "dairy", "supplier", "manufacturer", "carmaker",
    "housebuilder", "franchise", "startup", "conglomerate", "publisher", "utility",
    "restaurant", "hotel", "brand", "label", "wholesaler",
}  # fmt: skip
BODY_KINDS = BODY_BEFORE_NAME | BUSINESS_NOUNS
# Nouns of a trade that name a firm as often as a person who plies it ("Boddington, the
# chemist,", "Rothwell, the miner,", "Wrenfield, the developer,": a business desk's firms):
# set off after a bare word, they do not make it a person.
FIRM_TRADES = {
    "baker", "chemist", "grocer", "miner", "bookmaker", "developer", "contractor", "broker",
    "stockbroker", "engineer", "brewer", "jeweller", "jeweler", "haulier", "butcher", "buyer",
    "drugmaker", "automaker", "chipmaker", "builder", "maker", "operator", "distributor",
    "importer", "exporter", "distiller", "printer", "carrier", "shipper", "shipbuilder", "producer",
    "refiner", "caterer", "outfitter", "fishmonger", "greengrocer", "ironmonger", "vintner",
    "housebuilder", "supplier", "manufacturer", "carmaker", "retailer", "insurer", "lender",
    "publisher", "wholesaler", "provider", "miller", "bottler", "packer", "processor",
}  # fmt: skip
"""A body's kind: a noun before or beside a name that makes it a body of that kind."""
# Singular heads of a body that acts and speaks as one ("the agency", "the Kelso school board",
# "the tribunal"): the "it" opening the sentence after one of them as its subject is that
# body ("The board voted to close the annex. “…,” it said"). No noun of a place ("the city",
# "the county"), of a building or a thing, nor one a person may be.
IT_BODIES = BODY_KINDS | {
    "agency", "board", "council", "committee", "commission", "ministry", "department", "regulator",
    "watchdog", "court", "tribunal", "panel", "union", "trust", "foundation", "institute",
    "university", "college", "hospital", "district", "army", "navy", "party", "campaign",
    "government", "administration", "authority", "bureau", "service", "club", "league", "association",
    "federation", "coalition", "alliance", "group", "inquiry", "investigation", "legislature",
    "assembly", "senate", "organisation", "organization", "society", "consortium", "operator",
    # institutions, as "the university" and "the hospital" are: a building too, but the one
    # that speaks in a news story ("The school did not reply. “…,” it said")
    "school", "academy", "museum", "library", "church", "clinic", "theatre", "theater",
}  # fmt: skip
# Words before "on" (or "to") whose object is the medium a person speaks through, never a
# he or she: a programme's or a broadcast's noun ("the Morning Desk programme on Radio
# Caledon", "an interview on Channel Four") or a verb of speaking or appearing ("speaking on
# Radio Caledon", "appeared on Harbour Talk"). Not "comment", "report", "write": their "on"
# takes a topic, often a person.
# After a programme's noun "on" often takes a topic instead ("the interview on Mia Stone"):
# there only a name that a body's word opens or holds is the medium (ON_AIR_NOUNS).
ON_AIR_NOUNS = {
    "programme", "program", "show", "interview", "podcast", "channel", "network", "broadcast",
    "station", "segment", "episode", "appearance",
}  # fmt: skip
ON_AIR_BEFORE = ON_AIR_NOUNS | {
    "speaking", "spoke", "speaks", "speak", "talking", "talked", "talks", "said", "says", "saying",
    "appearing", "appeared", "appears", "interviewed",
}  # fmt: skip
ON_AIR_PREPS = {"on", "to"}
# Nouns of a point where places meet, before "of" and a place's name: "the junction of
# Temple Way and Mill Road", "the corner of Ashby Lane".
PLACE_POINT_NOUNS = {"junction", "corner", "intersection", "crossroads", "crossing", "roundabout"}
# Heads of a street's name that are also surnames or words ("Kestrel Lane", "Temple Way"): after
# a preposition of a route ("on", "along", "off") the name is a street, never a he or she.
STREET_HEADS = {
    "way", "road", "lane", "row", "drive", "close", "crescent", "terrace", "parade", "boulevard",
    "highway", "alley", "mews",
}  # fmt: skip
ROUTE_PREPS = {"on", "along", "off", "down", "up", "onto", "near", "at", "into"}
# "“Ridiculous,” was the verdict of Sir Gideon Lamb", "“Never,” came the reply from the
# minister": a verb of being or coming, then a noun of what was said, and NAME_PLACE_PREPS its sayer.
PREDICATE_VERBS = {"was", "is", "came", "comes", "were", "are"}
VERDICT_NOUNS = UTTERANCE_NOUNS | CHANT_NOUNS | {
    "verdict", "assessment", "judgment", "judgement", "view", "summary", "riposte", "conclusion",
    "finding", "findings", "advice",
}  # fmt: skip
# What a person puts out that "whose" may own and that reports: "Hale, whose report found
# “…”" (a document or an utterance; not "whose lawyer said", who speaks for themself).
WHOSE_WORK_NOUNS = DOCUMENT_NOUNS | SPEECH_NOUNS | {"inquiry", "investigation", "findings", "probe"}
# Roles held in a body, not for a person ("an aide of", "the wife of" may name one).
MEMBER_ROLES = SPOKESPERSONS | {
    "director", "chairman", "chairwoman", "chair", "chief", "executive", "ceo", "founder",
    "co-founder", "president", "vice-president",
    "official", "manager", "analyst", "economist", "professor", "researcher", "scientist",
    "head", "member", "officer", "partner", "fellow", "employee", "staffer", "trustee",
}  # fmt: skip

PARTICIPLE_BEFORE = BE_FORMS | {
    ",", "and", "by", "while", "after", "before", "when", "kept", "keeps", "keep", "on", "upon", "without", "—", "–", "-", "also", "then", "in",
    "point", "times", "again", "repeatedly", "even", "just", "publicly", "still", "(",
    "of", "as", "not", "from", "about", "despite", "since", "like",
}  # fmt: skip

NOUN_MARKERS = (DETERMINERS - {"that"}) | {"to", "s", "’s", "'s"}

QUANTIFIERS = {"two", "three", "four", "five", "both", "all", "many", "several", "some", "most", "few"}

# Nouns of number whose plural counts people ("Hundreds listened", "Dozens of fans waited").
COUNT_NOUNS = {"dozen", "score", "hundred", "thousand", "million", "billion"}

NOUNISH = {
    "attack", "claim", "remark", "comment", "call", "charge", "report", "promise", "pledge",
    "question", "tweet", "post", "venture", "reference", "reply",
}  # fmt: skip

NEEDS_PARTICLE = set(PARTICLE_CUES) - {"speak", "laugh"}
# Verbs of speech whose particle may follow "it", the quote just given ("“…” was how Lee summed
# it up", "“…,” Lee played it down"); not verbs of moving a thing ("pushed it back to the
# autumn", "fired it back"), whose "it" is a thing.
IT_PARTICLE_CUES = {"sum", "talk", "play", "laugh"}

REDUCED_RELATIVE = {
    "saying", "chanting", "shouting", "calling", "asking", "telling", "demanding", "arguing",
    "claiming", "insisting", "warning", "writing", "tweeting", "yelling", "screaming",
}  # fmt: skip

# Participles by which a document shows its words, after a singular document noun only: "a
# sign reading “…”", "a banner proclaiming “…”" ("students reading “…”" read a work; "signs
# reading “…”" carry a crowd's slogan).
DOCUMENT_PARTICIPLES = {"reading", "stating", "proclaiming", "declaring", "announcing", "urging", "promising"}

STOP_CAPS_SHORT = {"the", "a", "an", "that", "this", "it", "he", "she", "they", "we", "i", "you"}

EXPRESS_FORMS = set(verb_forms(("express", "voice")))

STANCE_NOUNS = {
    "confidence", "concern", "concerns", "hope", "doubt", "doubts", "frustration", "fear", "fears",
    "optimism", "skepticism",
}  # fmt: skip

# AUXILIARIES holds the weekdays and "today", "yesterday", "tonight", "last" already.
TIME_WORDS = AUXILIARIES | {"morning", "afternoon", "evening", "night", "week"}

MEDIUM = {
    "statement", "tweet", "interview", "post", "email", "e-mail", "letter", "speech", "video",
    "op-ed", "editorial", "memo", "release", "message", "essay", "column", "blog", "podcast",
    "radio", "television", "tv", "appearance", "text", "note", "filing", "complaint",
    "lawsuit", "briefing", "conference", "call", "rally", "debate", "hearing", "report",
}  # fmt: skip

# Particles inside a name ("Ludwig van Beethoven", "Ana de la Cruz", "Omar bin Said").
NAME_PARTICLES = {
    "de", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "da", "del", "di", "ibn",
    "el", "ben", "abu", "dos", "das", "ter", "ten", "af", "y", "st.",
}  # fmt: skip
# The particles read between two capitalised words of a name met in narrative ("Carlo de
# Montfort", "Greta von der Heide"): not "ten" nor "y", which join other capitalised words.
INNER_PARTICLES = sorted(NAME_PARTICLES - {"ten", "y", "st.", "af"})
# A capital particle of one letter before a surname in narrative ("Seán Ó Dálaigh", the Irish
# "descendant of"): the name goes on past it, as past an initial.
CAPITAL_PARTICLES = ["Ó"]
# Places and events built with a particle ("Rio de Janeiro", "Mar del Plata", "Hotel de
# Ville", "Tour de France"): a particle run opening with one of the heads, or holding one of the
# other words (or a word of PLACE_WORDS, PLACE_FIRST or ORG_WORDS), is no person. "Marta del
# Rio" is: the head opens no run there.
PARTICLE_PLACE_HEADS = {
    "rio", "mar", "puerto", "ciudad", "hotel", "tour", "sierra", "isla", "palacio", "palais",
    "plaza", "villa", "monte", "porto",
}  # fmt: skip
PARTICLE_PLACE_WORDS = {"janeiro", "plata", "ville", "mayo", "janvier"}
# What may join the capitalised words of one name ("Procter & Gamble").
NAME_JOINERS = NAME_PARTICLES | {"&"}
# Prepositions inside a body's or an office's name, between capitalised words ("the Bank of
# Esterra", "Commissioner for Water", "the Committee on Rural Affairs"); "and" joins two words
# after one ("the Department of Parks and Trails"). See ``names.joins_name``.
NAME_PREPS = {"of", "for", "on"}
GROUP_NAME_PREPS = {"of", "for", "against"}
"""The prepositions inside a group's name that opens with a plural of people ("Pilots for
Safer Skies", "Friends of Harlow Park", "Doctors against Delay"): ``people_group_name``."""
# The party a tag's letter names ("Sen. Ann Lee, R-Utah," is a Republican from Utah).
PARTY_LETTERS = {"r": "republican", "d": "democrat", "i": "independent"}

STOP = BE_FORMS | {
    "that", "which", "who", "whom", "whose", "and", "but", "or", "when", "as", "if", "because",
    "while", "where", "after", "before", "since", "though", "although", "than", "so", "to",
    "of", "in", "on", "at", "for", "with", "by", "from", "about", "into", "over", "under",
    "what", "how", "why", "not", "also", "there", "here", "has", "had", "have", "it", "said", "says", "—", "–",
}  # fmt: skip

PLACE_FIRST = {
    "north", "south", "east", "west", "new", "san", "los", "las", "fort", "mount", "port",
    "capitol", "lake", "des", "palo", "santa", "baton", "salt", "sioux", "cedar", "grand",
    "upper", "lower", "camp", "saint", "cape",
}  # fmt: skip

# place heads that are also common surnames ("City Hall" but "Derek Hall")
SURNAME_HEADS = {"hall", "park", "day", "lake", "tower", "bridge", "french", "german"}

# wars, laws and honours ("World War", "Fair Tides Act"): no one speaks for them
THING_HEADS = {"war", "act", "amendment", "award", "prize", "medal"}

# Heads of the names of grounds, buildings and works that a given name may open ("Victoria
# Park" is in PLACE_WORDS; "Albert Dock", "Victoria Ground", "Albert Garden", "Elizabeth
# Line"): after a body's possessive such a name is a place of the body's, no person.
BUILDING_WORDS = {
    "garden", "gardens", "dock", "docks", "ground", "grounds", "station", "embankment", "wharf",
    "quay", "pier", "terrace", "crescent", "centre", "center", "theatre", "theater", "library",
    "museum", "gallery", "hospital", "infirmary", "arms", "inn", "tavern", "market", "works",
    "memorial", "pavilion", "reservoir", "canal", "basin", "estate", "line", "building",
    "buildings", "wing", "suite", "rooms", "college", "school", "academy", "institute", "baths",
    "lido", "playhouse", "cinema", "stand", "end", "gate", "gates",
}  # fmt: skip
PLACE_WORDS = {
    "carolina", "dakota", "hampshire", "jersey", "york", "virginia", "mexico", "island", "islands",
    "street", "avenue", "square", "valley", "beach", "county", "city", "states", "kingdom",
    "republic", "coast", "river", "mountains", "harbor", "harbour", "america", "europe", "asia",
    "africa", "vegas", "angeles", "francisco", "diego",
    # the states and a few place heads: never a he or she
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio",
    "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
    "wisconsin", "wyoming", "park", "tower", "sea", "ocean", "lake", "bay", "east", "point",
    "airport", "stadium", "arena", "hall", "bridge", "road", "studies",
    "progress", "women", "men", "people",
    # nationalities and faiths: "the Mexican", "East German", "European Jews"
    "islander", "islanders", "american", "americans", "mexican", "mexicans", "german", "germans",
    "french", "british",
    "chinese", "russian", "russians", "islamic", "muslim", "muslims", "jews", "jewish",
    "christian", "christians", "european", "europeans", "hispanic", "latino", "latinos",
    "arab", "arabs", "african", "asian", "israeli", "israelis", "palestinian", "palestinians",
    # days and events: "Super Tuesday", "Election Day"
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day",
    # countries after a compass word or adjective: "East Germany", "South Korea"
    "germany", "korea", "sudan", "china", "russia", "india", "japan", "france",
    "britain", "england", "ireland", "israel", "iran", "iraq", "syria", "canada", "ukraine",
}  # fmt: skip

# A company's legal form, with or without its stop ("Acme Corp", "Brant Holdings"): later
# "the company" or "the firm" names it again.
COMPANY_FORMS = {
    "inc", "inc.", "corp", "corp.", "co", "co.", "llc", "plc", "gmbh", "ltd", "holdings", "corporation",
    "company",
}  # fmt: skip
COMPANY_NOUNS = {"company", "firm"}
# Determiners before a common noun that opens a clause as a thing ("The memo said").
THING_DETERMINERS = ("the", "an", "a", "its", "this")

# Nouns of events and experiences, which can remind or warn someone but tell no one words of
# their own: "The crash reminded him …", "The defeat told them …" (see ``grammar.mute_thing``).
EVENT_NOUNS = {
    "crash", "accident", "collision", "storm", "flood", "fire", "blaze", "earthquake", "drought",
    "defeat", "loss", "win", "victory", "game", "match", "race", "trip", "journey", "drive",
    "visit", "moment", "scene", "sight", "experience", "episode", "incident", "illness", "injury",
    "death", "funeral", "wedding", "birth", "attack", "shooting", "explosion", "war", "battle",
    "crisis", "scandal", "outbreak", "pandemic", "shutdown", "strike", "protest", "rally",
    "ceremony", "anniversary", "silence", "smell", "sound", "photo", "photograph", "picture",
    "view", "walk", "ride", "flight", "voyage", "season", "summer",
    "winter", "spring", "autumn", "fall", "night", "day", "week", "year", "morning", "evening",
}  # fmt: skip
# Nouns of an occasion, or of a part of a place or a time, that a phrase after an inverted
# cue's speaker names as the setting of the words, not where the speaker works: "said the
# mayor at the hearing", "said a fan at the end of the match", "said the minister from the
# podium" (the mayor, a fan, the minister); "said a nurse at the clinic" keeps the clinic.
SETTING_NOUNS = EVENT_NOUNS | TIME_NOUNS | {
    "conference", "briefing", "hearing", "vigil", "meeting", "event", "trial", "session", "summit",
    "debate", "forum", "interview", "concert", "festival", "launch", "gathering", "demonstration",
    "inquiry", "inquest", "memorial", "parade", "celebration", "reception", "dinner",
    "convention", "end", "back", "front", "start", "beginning", "top", "bottom", "side", "edge",
    "podium", "stage", "door", "gate", "entrance", "table", "microphone", "lectern", "outset",
    "close", "height", "conclusion",
}  # fmt: skip
# Heads of a business's or a service's name taken from its trade ("Dayton Mill", "Harbor
# Transit", "Kettle Foods"): with ORG_WORDS, BODY_KINDS and PLACE_WORDS they tell a body's name
# from a person's, whose spokespeople are not its voice (match/names.py).
TRADE_HEADS = {
    "mill", "mills", "transit", "works", "foods", "motors", "airways", "airlines", "industries",
    "systems", "labs", "laboratories", "logistics", "shipping", "mining", "steel", "rail", "lines",
    "studios", "pharmaceuticals", "health", "utilities", "power", "water", "telecom", "farms",
    "brewing", "books", "records", "technologies", "solutions", "ventures", "enterprises",
    "resources", "insurance", "trading", "foundry", "shipyard", "cooperative", "co-operative", "co-op", "clinic",
    "library", "museum", "theatre", "theater", "transport", "ferries", "buses", "store", "stores",
    "market", "markets", "pharmacy", "academy", "charity", "trust", "council", "port", "freight",
    "homes", "construction", "services", "hotels", "properties", "realty",
}  # fmt: skip
# Heads of a trade's name that are also common surnames ("Kelso Mills" but "Grace Mills",
# "Ravi Power", "Aoife Steel"): such a name is a business only with evidence of one (a kind
# given beside it, its first word alone standing for it), never by its head alone.
TRADE_SURNAMES = {"mill", "mills", "power", "steel"}
# Heads of a sports club's name ("Harlow Rovers", "Westmere United", "Ennisford Athletic"):
# a club, never a person beside the player a description stands for.
CLUB_HEADS = {"united", "rovers", "athletic", "wanderers", "rangers", "albion", "athletico", "fc"}
# The noun that names such a club again ("Kelso Rovers …. The club said").
CLUB_NOUN = "club"
ORG_WORDS = {
    "news", "times", "post", "journal", "press", "party", "committee", "department",
    "agency", "campaign", "house", "office", "association", "council", "institute",
    "foundation", "university", "college", "network", "group",
    "administration", "court", "congress", "senate", "bureau", "commission", "service",
    "media", "magazine", "tribune", "herald", "gazette", "review", "center", "centre",
    "union", "coalition", "alliance", "league", "project", "watch", "fund", "pac", "cnn",
    "partnership", "agreement", "treaty", "pact", "accord",
    "fox", "nbc", "cbs", "abc", "msnbc", "bbc", "reuters", "ap", "afp", "npr", "pbs",
    "politico", "breitbart", "fbi", "cia", "nasa", "gop", "rnc", "dnc", "un", "eu", "nato",
    "republicans", "democrats", "police", "army", "navy", "ministry", "government", "state",
    "county", "city", "daily", "weekly", "today", "channel", "radio", "tv", "poll", "report",
    "authority", "board", "trust", "bank", "firm", "airline", "railway",
    "district", "convention", "delegation", "caucus", "chamber", "legislature", "assembly",
    "school", "hospital", "church", "club", "society", "institution",
    "academy", "museum", "library", "clinic", "theatre", "theater",
    # a company's trade: "Brant Capital"
    "partners", "capital",
    # a group or an affiliation, never one he or she: "Council of Harbour Advisers", "a
    # Fenland Liberal", "Veterans for Lee"
    "advisers", "advisors", "scientists", "patriots", "veterans", "workers", "citizens",
    "voters", "friends", "supporters", "members", "officials", "leaders", "students",
    "parents", "families", "audiences", "fans", "republican", "democrat", "indians",
    "consortium", "federation", "international", "qaeda", "movement", "warriors", "demonstrators",
    "protesters", "relations", "grants", "energy",
} | COMPANY_FORMS  # fmt: skip

# Generational and degree suffixes after a name ("Jr.", "III", "PhD").
NAME_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
"""A generation's suffix: part of the name ("Ann Lee Jr."), filed under the word before it."""
MEDIUM_BEFORE = {"in", "via", "through", "by"}
"""Words before a document that make it the medium of the words, not what an "it" after it
stands for ("In a statement, it said")."""
TOPIC_BEFORE = HEADLINE_TOPIC_PREPS | {"over", "concerning"}
"""Words before a document that make it the topic of a talk, not what an "it" after it
stands for ("spoke to Acme about his letter. It said": the body)."""
POSTNOMINALS = {
    "kc", "qc", "mp", "msp", "mep", "mla", "obe", "mbe", "cbe", "kbe", "dbe", "frs",
    "phd", "ph.d.", "md", "m.d.", "esq", "esq.", "dphil", "jp",
}  # fmt: skip
"""Letters after a name for an honour, a seat or a degree ("Ann Lee KC", "Tom Hale MP",
"Ivo Kerr OBE"): not part of the name; the name ends before them."""

NOT_NAMES = {
    "just", "for", "in", "recall", "says", "said", "but", "and", "when", "after", "before", "like",
    "does", "did", "without", "absent", "top", "staff", "republicans", "democrats", "why", "how",
    # a preposition or a free relative opening the sentence: "Besides Lee, …", "Regarding Hale, …"
    "besides", "regarding", "against", "whatever", "whoever", "unless", "until", "whether",
    "toward", "towards", "via", "throughout", "beyond", "within", "across", "behind", "beside",
    "around", "upon", "concerning", "neither", "either", "both", "nor",
    # a descriptor opening the sentence: "Rival Ann Lee", "Fellow candidate Tom Hale"
    "rival", "fellow", "former", "challenger", "incumbent", "candidate", "nominee",
}  # fmt: skip

HEADLINE_WORDS = BE_FORMS | STOP_CAPS_SHORT | {
    "right", "wrong", "of", "and", "to", "in", "on", "for", "with", "at", "by", "from", "as", "not", "no",
    "new", "will", "can", "has", "have", "had", "his", "her", "their", "its", "our", "about", "over",
    "after", "before", "up", "out", "more", "says", "said", "say", "tells", "told", "wants", "calls",
    "slams", "blasts", "warns",
}  # fmt: skip

SENTENCE_OPENERS = {
    "he", "she", "they", "we", "i", "it", "the", "but", "this", "there", "his", "her", "their",
}  # fmt: skip

ENDING_ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "etc", "inc", "corp", "co", "ltd", "jr", "sr",
}  # fmt: skip

NAMING_WORDS = {
    "called", "named", "dubbed", "titled", "entitled", "nicknamed", "labeled", "labelled", "known",
    "billed", "branded",
}  # fmt: skip

# The participles that name a person described just before: "a retired nurse named Beth
# Cole", "a teacher called Ann Lee" (the description is the person the name names).
NAME_PARTICIPLES = {"named", "called"}
INDEFINITE_ARTICLES = {"a", "an"}
# Determiners of anyone of a kind: "for a reasonable jury to find", "for any reader to conclude".
ANY_ONE = INDEFINITE_ARTICLES | {"any", "every", "no"}

SUBORDINATE = SUBORDINATORS | {"despite", "asked", "pressed", "speaking"}

TIME_AFTER = {"later", "earlier", "ago", "afterward", "afterwards", "before", "after", "since"}

FRONTED = FRONTING_SUBORDINATORS | FRONTED_PREPOSITIONS | {
    "later", "earlier", "meanwhile", "but", "and", "however", "still", "yet", "also", "then", "now",
    "instead", "last", "this", "for", "from", "with", "writing", "responding", "appearing", "addressing",
    "by", "to", "under", "over", "so", "indeed", "despite", "until", "citing", "pressed", "here", "here’s",
    "here's", "there", "like", "unlike", "according", "amid", "among", "shortly", "moments", "minutes",
    "hours", "days", "soon", "just", "even", "likewise", "moreover", "additionally", "furthermore",
    "similarly", "back", "outside", "inside", "near", "across", "around", "behind", "beyond", "following",
    "throughout", "within", "upon", "given", "considering",
}  # fmt: skip

MEDIA_LABELS = {"VIDEO", "AUDIO", "CLIP", "SOUNDBITE", "SOT", "VOICEOVER", "VO"}

# ---- Small word classes the attribution rules test against. ----
ARTICLES = ("a", "an", "the")
HEAD_NOUNS = frozenset({"head", "chair", "boss", "face", "voice"})
"""Nouns that name a person only as the head or the voice of a body ("the head of the union",
"the chair of the panel"): ``mentions.role_with_phrase``."""
ARTICLES_AND_POSSESSIVES = {"a", "an", "the", "his", "her", "their", "its"}  # "The spot shows a clip"
# The small words a title leaves in lower case ("Beast from the East", "War and Peace"):
# a quote of only capitalised words and these names a work or a nickname, not what was said.
TITLE_SMALL_WORDS = set(ARTICLES) | PREPOSITIONS | {"in", "on", "to", "and", "or", "de", "la", "le"}
# Words right before a partial quote that make it a term, not a clause of speech going on: a
# determiner ("on a “…” basis", "its “…” tactic") or a naming "as" ("lists as “…”").
TERM_LEADS = ARTICLES_AND_POSSESSIVES | {"as", "so-called", "this", "that", "these", "those"}
CLAUSE_AFTER_DESCRIPTION = ("when", "that", "where", "is", "are", "were", "was")
# Words that open the question a fronted passive of asking puts ("Asked whether …", "Pressed
# on why …").
QUESTION_LINKS = {"if", "whether", "what", "why", "how", "who", "when", "where", "which"}
# What opens a question put to someone ("questioned the witness about the fire", "asked the
# clerk whether …"): after it, a description is the one asked even if not known as a person.
QUESTION_LEADS = QUESTION_LINKS | {"about", "regarding"}
# Words after a subject's verb that bring the name after them into the subject's clause
# (see resolution.verb_partner): "watched as Ruiz took the oath", "handed it to Ruiz".
PARTNER_LINKS = {"as", "while"}
TO_BY = {"to", "by"}
# Words after a cue verb that bring in the one spoken to, not words reported ("spoke to Ruiz").
TALKED_WITH = {"to", "with"}
CLAUSE_LEADERS = ("and", "but", "so", "yet", "even", "just", "only")
COMMALESS_CUES = ("say", "add", "write", "tell")
DEICTIC_WORDS = ("that", "it", "this")
DEMONSTRATIVES = ("that", "this", "these", "those")
DOCUMENT_PART_LINKS = ("with", "under", "bearing")
EMPTY_SUBJECTS = ("it", "this", "that", "there", "there’s", "that’s", "what’s")
FIRST_SECOND_PERSON = ("i", "we", "you")
FORMER_WORDS = {"former", "then", "ex"}
# Words before a role in a description that make it what the person was once ("the retired
# teacher", "the former coach"): a past of the person, not someone dealing with them now.
PAST_MARKERS = FORMER_WORDS | {"retired", "onetime", "one-time", "erstwhile"}
# Words before a role that make it a post held once ("the late Dayton Mill spokesman", "the then
# chief executive"): a role read with one of them is no one's now.
HELD_ONCE_MARKERS = PAST_MARKERS | {"late"}
# Any word of a speaker's role that makes the post one held once ("Former Harlow Foods chief
# executive", "Kettle Foods' ousted chairwoman", "a spokeswoman for Dayton Mill until last
# year"): such a one no longer speaks for the body.
ROLE_PAST_MARKERS = PAST_MARKERS | {
    "previous", "ousted", "until", "late", "past", "outgoing", "sacked", "fired", "dismissed",
    "departed", "departing", "resigned", "formerly", "once", "exiting", "deposed", "disgraced",
    "emeritus",
}  # fmt: skip
# The posts of a body's voice and officers that pass its post when the description names the
# body whole ("Dayton Mill spokesman", "the chief executive of Kettle Foods"); outsiders
# ("analyst", "lawyer", "professor") and members ("union", "pilots") are not among them.
BODY_VOICE_POSTS = SPOKESPERSONS | {
    "publicist", "representative", "director", "chairman", "chairwoman", "chair", "chairperson",
    "chief", "executive", "ceo", "cfo", "coo", "founder", "co-founder", "president",
    "vice-president", "official", "manager", "head", "officer", "trustee", "member",
}  # fmt: skip
# Of those posts, the ones a person may have too ("Ann Roe's manager", "her representative"):
# held for a name no word marks as a body's, they do not make it one.
PERSONAL_POSTS = frozenset({"publicist", "representative", "manager", "official", "head", "member"})
# Words before such a post that keep it one ("chief executive", "press secretary", "board member").
BODY_VOICE_MODIFIERS = PRESS_WORDS | {
    "chief", "vice", "deputy", "senior", "managing", "general", "executive", "operating",
    "financial", "board", "acting", "interim", "assistant", "secretary",
}  # fmt: skip
# Links from a post to the body that holds it ("a spokesman for Dayton Mill", "communications
# director at Harlow Water Board").
BODY_LINKS = frozenset({"for", "of", "at", "with"})
# Words of a body's name that are also surnames ("Tom Fox", "Vera Mills", "Omar House"): a name
# ending on one may be a person's, and a person's spokesman is someone else.
BODY_SURNAMES = SURNAME_HEADS | {
    "fox", "mills", "house", "street", "post", "power", "steel", "bell", "banks", "church",
    "king", "ford", "stone", "gates", "wood", "woods", "field", "fields", "lane", "brook",
    "brooks", "hill", "hills", "rivers", "waters", "marsh", "green", "rose", "hope", "ward",
    "court", "castle", "young", "price", "cross", "mann", "shore", "port", "glass", "temple",
}  # fmt: skip
# What an office-holder speaks through that is theirs ("the mayor's account posted"): the
# author's own words.
OWN_CHANNEL_NOUNS = {
    "account", "accounts", "newsletter", "blog", "feed", "page", "website", "site", "channel",
    "handle", "podcast", "column", "profile", "timeline",
}  # fmt: skip
# Those around an office-holder who speak for them as an office does ("the mayor's team").
ENTOURAGE_NOUNS = {"team", "camp", "staff"}
# Groups and bodies a person has or belongs to ("Ann Roe's family", "Lee's legal team", "the
# singer's management", "Lamm's firm"): after a name's possessive, such a head is the speaker
# as written, as "Ann Roe's lawyers" is, never the one it belongs to (resolution.possessor);
# the verdict reads an entourage's words against its person's post as ENTOURAGE_NOUNS says.
# Not an inquiry or an investigation of someone's (a work of theirs, as "Lee's memo" is), nor
# an outlet of their own (OWN_CHANNEL_NOUNS: "Lamm's channel", "Fenn's website" are the
# person's own voice, as "the mayor's account" is), unlike a body they own or work for ("Lamm's
# station", "Lamm's firm").
POSSESSED_GROUPS = (
    PEOPLE_AS_ONE
    | PEOPLE_WITHOUT_S
    | ENTOURAGE_NOUNS
    | {"management", "leadership", "estate", "entourage", "household", "circle", "kin"}
    | (IT_BODIES - {"inquiry", "investigation", "service"} - OWN_CHANNEL_NOUNS)
)
# Documents a transcript turn reads out ("I will read the letter from Vera Sal.").
READ_OUT_NOUNS = {"letter", "statement", "message", "note", "email", "e-mail"}
# Verbs by which the one who voices words passes on another's ("read it aloud", "who
# translated", "relayed", "shared the letter", "said, quoting the speech"): the words are
# someone else's unless the verb's object is the voicer's own ("shared his view", "citing rising
# costs" is no one's words). "pass" counts only before "on".
RELAY_LEMMAS = (
    "read", "translate", "interpret", "relay", "convey", "recite", "share", "forward",
    "quote", "cite", "pin",
)  # fmt: skip
RELAY_FORMS = set(verb_forms(RELAY_LEMMAS)) | {
    "translator",
    "interpreter",
}
# Verbs of saying again words said before ("repeated Colt's warning", "echoed Colt", "endorsed
# her warning"): the words are another's only when their object says whose.
REPEAT_LEMMAS = ("repeat", "echo", "endorse", "reiterate", "parrot")
REPEAT_FORMS = set(verb_forms(REPEAT_LEMMAS))
# Every form of a verb of passing words on or of saying them again, with its lemma.
RELAY_VERBS: dict[str, str] = verb_forms(RELAY_LEMMAS + REPEAT_LEMMAS)
# Relay verbs that pass words on with no object ("who translated", "said, interpreting").
TRANSLATE_LEMMAS = ("translate", "interpret")
PASS_FORMS = set(verb_forms(("pass",)))
# Verbs of passing words on that also take a reason that holds no words ("citing rising costs",
# "citing the weather"); the others ("sharing the news", "reading the rest", "relaying the
# outcome") may take the words themselves, whatever their object is called.
THING_TAKERS = {"cite"}
# Verbs that give words in another language when a language is their object or its
# destination ("giving the English", "rendering her words in English", "put it into Welsh").
RENDER_FORMS = set(verb_forms(("give", "render", "put")))
# People whose trade is voicing another's words in another language ("her interpreter").
INTERPRETER_NOUNS = {"interpreter", "interpreters", "translator", "translators"}
# Prepositions by which a speaker speaks through an interpreter ("said through an interpreter"):
# the speaker's own words.
THROUGH_PREPS = {"through", "via", "using", "with"}
# Languages, as the noun for words in them ("giving the English", "in Spanish").
LANGUAGE_NAMES = {
    "english", "spanish", "french", "german", "italian", "portuguese", "dutch", "welsh", "irish",
    "gaelic", "polish", "russian", "ukrainian", "arabic", "hebrew", "chinese", "mandarin",
    "cantonese", "japanese", "korean", "hindi", "urdu", "bengali", "punjabi", "tamil", "turkish",
    "greek", "swedish", "norwegian", "danish", "finnish", "icelandic", "hungarian", "czech",
    "slovak", "romanian", "bulgarian", "serbian", "croatian", "albanian", "catalan", "basque",
    "galician", "swahili", "amharic", "somali", "tagalog", "vietnamese", "thai", "indonesian",
    "malay", "persian", "farsi", "pashto", "kurdish", "armenian", "georgian", "latin", "creole",
    "yiddish", "maori", "hausa", "yoruba", "zulu", "afrikaans", "quechua", "sign",
}  # fmt: skip
# Nouns after a language name that make it the words given in it ("the English version").
LANGUAGE_TEXT_NOUNS = {"version", "translation", "text", "rendering", "original"}
# Verbs of saying that do not report one's own words as said: a question, a denial ("Ruiz
# denies saying “…”").
NOT_OWN_SAYING = {"ask", "question", "wonder", "deny"}
# Particles between a verb of passing words on and its object ("read out the letter").
RELAY_PARTICLES = {"out", "aloud", "back", "along"}
# Words before an interpreter noun that make it what the person was, not what they are now
# ("her former interpreter", "who was once her translator").
PAST_STATE_WORDS = {"former", "formerly", "once", "ex", "onetime", "erstwhile"}
# Nouns of a feeling that one "shares" by agreeing, not by passing words on ("sharing the
# engineer's concerns").
SHARED_FEELINGS = {
    "concern", "concerns", "fear", "fears", "worry", "worries", "hope", "hopes", "doubt", "doubts",
    "misgivings", "frustration", "anger", "optimism", "pessimism", "enthusiasm",
}  # fmt: skip
# Parts, copies and kinds of words, besides WORDS_NOUNS, that a verb of passing words on may
# take ("read a passage from", "shared a screenshot of", "quoting the engineer's findings").
PASSAGE_NOUNS = {
    "passage", "passages", "excerpt", "excerpts", "extract", "extracts", "paragraph", "paragraphs",
    "summary", "copy", "copies", "screenshot", "screenshots", "version", "translation", "findings",
    "conclusion", "conclusions", "quote", "quotes", "verdict", "advice", "text", "transcript",
}  # fmt: skip
# Nouns of a held view, as words someone voices ("shared her view that …").
OPINION_NOUNS = {"view", "views", "opinion", "opinions", "position", "stance"}
# Words before a role that make its holder not the one a headline means by the bare role:
# "Former mayor Ann Lee", "Deputy mayor Ann Lee", "acting chief Tom Hale".
DEMOTING_WORDS = {"former", "ex", "deputy", "acting", "vice", "interim", "assistant"}
# Words before a role that make its holder the one in office now ("the current chief"), never
# one who held it once.
CURRENT_WORDS = {"current", "sitting", "serving", "present"}
# The role a name gets from the title Justice right before it ("Mrs Justice Ann Lee", "Retired
# Justice Ivo Marsh"): a judge. Not the word "justice" in another title ("Justice Minister Ann
# Lee", "criminal justice professor Ann Lee") nor in a group's name ("Justice Now").
JUSTICE_TITLE = "justice:title"
INVERTED_OPENING_LEMMAS = ("say", "write", "add", "tweet", "state", "explain", "note", "ask", "declare")
KEEP_FORMS = set(verb_forms(("keep",)))
MAKE_FORMS = set(verb_forms(("make",)))
MEDIUM_PREPOSITIONS = ("in", "on", "during", "via")
NON_NOUN_ENDS = ("ing", "ed", "’s", "'s")
NOT_BEFORE_CUE = ("of", "the")
"""Before "state(s)" a word of a name or title ("Secretary State", "United States"), no subject."""
NOT_NOUN_HEADS = ("to", "who", "that", "which", "and", "or", "not")
NOT_PLURAL_ENDS = ("ss", "’s", "'s")
NOUNISH_DETERMINERS = ("the", "a", "an", "this", "these", "those")
OBJECT_OPENERS = ("to", "with", "at", "against", "of", "about", "for")
PARTICIPLE_ENDS = ("ed", "en", "wn")
MODIFIER_PARTICIPLE_ENDS = ("ing", "ed", "en", "wn")
"""Endings of a participle that may modify a noun from behind ("the lawyer representing the
mayor", "the driver hired by the mayor"): names.post_modifier."""
PLATFORMS = ("twitter", "facebook", "instagram", "x")
# What a short phrase fronted before a body's "they" may name for that "they" to be the body
# speaking ("In a statement they said", "On Monday they said"): what carries its words or
# when it spoke; a place ("At the pub they said", "In the village they say") moves the scene
# to the people there.
SPEECH_SETTING_WORDS = DOCUMENT_NOUNS | INTRO_NOUNS | TIME_POSSESSORS | DATE_WORDS | {
    "interview", "reply", "response", "day", "afternoon",
} | set(PLATFORMS)  # fmt: skip
POINT_NOUNS = ("point", "case", "argument")
POSSESSIVE_DETERMINERS = ("his", "her", "their", "its", "my", "our", "your")
# Possessives a person's relative follows ("his wife", "their son"), not a body's ("its")
# nor the writer's ("my", "our").
PERSON_POSSESSIVES = frozenset({"his", "her", "their"})
POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")
# The possessive "'s" in either apostrophe (POSSESSIVE_ENDS without a plural's bare one).
POSSESSIVE_S = ("’s", "'s")
RELATIVE_PRONOUNS = ("who", "which", "that")
# The relative pronouns with "whose": each may open a relative clause ("Ann Lee, whose …").
CLAUSE_RELATIVES = frozenset(RELATIVE_PRONOUNS) | {"whose"}
RESULT_WORDS = ("so", "such", "now")
SENTENCE_MARKS = (".", "!", "?")
SENTENCE_CONNECTIVES = ("and", "but", "so", "yet", "still", "then", "now", "also")
SENTENCE_HOWS = ("leading", "trailing", "sentence")
SET_OFF_RELATIVES = ("who", "whom", "whose", "which")
# The set-off relative of a thing, not a person ("the campaign, which launches on Monday").
THING_RELATIVES = frozenset({"which"})
SINGULAR_S_ENDS = ("ss", "us", "is")
SPEAKER_KINDS = ("name", "pronoun", "description")
S_ENDING_NON_PLURALS = ("is", "was", "has", "this", "its")
THIRD_PERSON = ("he", "she", "they")
TIME_PHRASE_HEADS = ("on", "last", "this")
TITLE_PREPOSITIONS = ("of", "in", "on")
TRAILING_ADVERBS = ("also", "later", "then", "again", "simply", "recently")
VERB_ADVERB_ENDS = ("ing", "ed", "ly")
VIEW_FILLERS = ("it", "be", "very", "abundantly", "perfectly", "crystal")

# Words that lost their first letters to an apostrophe: ’tis, ’twas, ’em (spans.py reads
# the mark before them as an apostrophe, not an opening quote mark).
ELIDED_WORDS = {"tis", "twas", "twere", "twill", "twould", "em", "til", "bout", "nuff", "cept", "cause"}

# Verbs whose "-ing" speech drops to "-in’" (sittin’ there, goin’ to, nothin’ like it):
# spans.py reads the mark after "-in" as an apostrophe only when the word with its g back is
# one of these verbs' -ing forms (a cue verb's too: talkin’, tellin’) or a "-thing" word
# (nothin’, somethin’) or a time of day; not "spin’", "margin’", "Berlin’" (no -ing form).
DIALECT_LEMMAS = (
    "be", "do", "go", "come", "get", "sit", "stand", "lie", "run", "walk", "work", "play", "look",
    "think", "try", "wait", "kid", "mess", "fish", "hunt", "drink", "eat", "live", "die", "take",
    "make", "give", "keep", "let", "put", "feel", "know", "want", "need", "love", "hope", "mean",
    "fight", "drive", "ride", "fly", "sing", "dance", "cook", "sleep", "stay", "leave", "move",
    "pay", "buy", "sell", "fall", "hang", "help", "bring", "hold", "watch", "wonder",
)  # fmt: skip
DROPPED_G_WORDS = {
    form[:-1]
    for form, lemma in (verb_forms(DIALECT_LEMMAS) | CUE_FORMS).items()
    if form.endswith("ing") and form != lemma and len(form) > 4
} | {"nothin", "somethin", "anythin", "everythin", "mornin", "evenin"}

# --- kinds.py: what makes a quoted span a title or a term rather than words said ---------

# Participles that give a work its title: an essay titled “…”, a column headlined “…”; and a
# part of a document its heading: a section headed “…”, under the heading “…” (a heading is
# printed, nobody says it).
TITLING_WORDS = {"titled", "entitled", "headlined", "subtitled", "headed", "heading", "captioned"}

# Verbs whose object is a work: she performed “…”, they watch “…” (every inflection).
WORK_VERBS = set(verb_forms(("perform", "watch")))

# Words right before a Title Case quote that make it a work's title: "titled “…”", "on “…”".
TITLE_BEFORE = TITLING_WORDS | WORK_VERBS | {"on", "author", "host", "anchor", "star"}

# Verbs of plain speech in a tag right next to a quote ("“…,” he said", "said Ann Lee: “…”"):
# the quote set off by the tag is what was said, however many capitals it has. Not verbs of
# naming or performing ("call", "dub", "sing", "read"), whose object may be a title.
TAG_LEMMAS = (
    "say", "add", "tell", "write", "explain", "note", "ask", "reply", "respond", "insist",
    "argue", "continue", "recall", "warn", "claim", "admit", "concede", "joke", "quip", "answer",
    "counter", "retort", "shout", "state",
)  # fmt: skip
TAG_FORMS = frozenset(form for form, lemma in verb_forms(TAG_LEMMAS).items() if not form.endswith("ing"))

# Verbs whose object is a work they make or perform, the quote right after them: she sang
# “…”, the label released “…” (not "she sang, “…”": a comma or colon gives words). Not "write",
# "pen" or "play": what one writes or plays may be words ("wrote “I Love You” in the sand",
# "played “The Victim” card").
MAKING_FORMS = set(verb_forms((
    "sing", "perform", "record", "release", "direct", "publish", "compose", "produce", "stage",
    "premiere", "narrate",
)))  # fmt: skip
# Verbs whose words a work is read or sung from: she read from “…”, he quoted from “…”.
FROM_WORK_FORMS = set(verb_forms(("read", "quote", "sing", "recite")))
# Verbs of speech whose "of" or "about" takes a topic, not words: she said of “…” that …
TOPIC_LEMMAS = {"say", "write", "speak", "talk"}  # the topic words: TOPIC_PREPOSITIONS
# Nouns for a part, a copy or a treatment of a work, before "of": a review of “…”, the first
# chapter of “…”, a staging of “…”.
WORK_PARTS = {
    "review", "reviews", "chapter", "chapters", "performance", "performances", "staging",
    "production", "screening", "premiere", "version", "edition", "copy", "copies", "reading",
    "adaptation", "recording", "rendition", "cover", "lyrics", "cast", "ending", "finale",
    "season", "page", "pages", "title", "release", "excerpt", "excerpts", "scene", "scenes",
}  # fmt: skip
# Participles that give a thing its name: a shop called “…”, a boat dubbed “…”, known as “…”.
NAMING_PARTICIPLES = NAMING_WORDS | {"renamed", "christened"}

# A broadcaster's or publisher's word: "Fox News’s “…”", "the Post’s “…”" (a show, a column).
OUTLET_WORDS = {"news", "times", "post", "channel", "network", "journal", "radio", "tv", "magazine"}

# Nouns for a word used as a word: a known speaker's "phrase “harbour tax”" is still theirs.
USED_WORDS = {
    "term", "terms", "phrase", "word", "words", "slogan", "label", "hashtag", "line",
    "nickname", "moniker", "motto", "mantra", "catchphrase",
}  # fmt: skip
# Words that no one in the article said, quoted as themselves: "To quote an old saying, “…”",
# "to quote a popular song, “…”" name no speaker (with USED_WORDS: "a line", "the motto").
SAYING_NOUNS = {
    "saying", "proverb", "adage", "aphorism", "idiom", "expression", "song", "poem", "lyric",
    "lyrics", "verse", "hymn", "anthem", "maxim", "dictum", "refrain",
}  # fmt: skip
# Verbs of stance by which one says the words such a noun names: "The term Keel coined was
# “…”" is Keel's; "The term Keel rejected was “…”" is not.
WORD_USE_FORMS = verb_forms(
    ("use", "coin", "adopt", "invoke", "repeat", "prefer", "favor", "favour", "embrace", "champion",
     "push", "promote", "back", "endorse")
)  # fmt: skip

# Words that open a list of examples after a noun for words: "terms such as “…”, “…” and “…”".
EXAMPLE_LEADS = {"such", "as", "like", "including"}

# Naming verbs: "call him “the Admiral”" gives a nickname.
CALL_WORDS = {
    "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "nickname", "nicknamed",
    "name", "named",
}  # fmt: skip

# Verbs that only give a name, never a verdict: "dubbed the tower “…”", "naming Friday “…”"
# (not "call", "label", "brand": "Lee called the plan “…”" gives her words about it).
NAME_GIVING_FORMS = verb_forms(("dub", "nickname", "christen", "rename", "name"))

# Verbs that pass a verdict on their object in the words that follow it: "Lee called the plan
# “A Waste Of Money”" (the quote is her words about the plan, not the plan's title).
VERDICT_LEMMAS = {"call", "label", "brand"}

# Verbs of speech whose object is a noun phrase, never a clause: "described the rainfall
# forecast as …" ("forecast" is a noun there), not "said the agency forecast …".
NP_OBJECT_LEMMAS = (AS_LEMMAS - {"know", "see", "think", "view", "present", "sell"}) | VERDICT_LEMMAS

# Things a Title Case quote names: the “Harbour Queen” pageant, a “Save the Pier” hat.
NAMED_THINGS = {
    "pageant", "contest", "award", "awards", "prize", "hat", "hats", "shirt", "shirts", "sign",
    "signs", "t-shirt", "t-shirts", "cap", "caps", "bag", "bags", "mug", "mugs", "button", "buttons",
    "sticker", "stickers", "badge", "badges", "banner", "banners", "poster", "posters",
}  # fmt: skip

# Verbs that take the one spoken to after "to": speaking to “Pier Talk”, the show.
ADDRESS_LEMMAS = {"speak", "talk"}

# Makers of a work: the author of “Quiet Harbors”.
MAKERS = {"author", "authors", "co-author", "writer", "composer", "director", "producer", "creator", "editor"}

# A work's cast and crew: the “Harbour Lights” star.
CAST_ROLES = {"star", "stars", "actress", "actor", "co-star", "host", "creator", "showrunner"}
# Signs in a headline that the short capitalised quote before its colon is a work's title:
# one who makes or plays in works ("‘Sea of Glass’: Director … returns", "‘Orchard’: Poet …
# launches debut collection") or a work ("… releases third album"). Without one, ‘Heartbroken’:
# or ‘Job Done’: before "Farmer … counts cost" are the person's words.
TITLE_SIGNS = (
    MAKERS
    | CAST_ROLES
    | {
        "novelist", "poet", "playwright", "filmmaker", "photographer", "artist", "musician",
        "painter", "singer", "tenor", "soprano", "band", "historian", "sculptor", "rapper", "dancer",
        "book", "film", "movie", "show", "series", "documentary", "song", "album", "musical",
        "novel", "poem", "podcast", "sitcom", "drama", "thriller", "score", "collection",
        "exhibition", "premiere", "premieres", "memoir", "opera", "play", "debut", "sequel",
    }
)  # fmt: skip

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
NAMING_BE = BE_FORMS - {"am"}

# Naming verbs that take "to as": "sometimes referred to as the “…”".
NAMING_TO_AS = set(verb_forms(("refer",)))

# Words that lead a gloss of a foreign term: "hygge (roughly, “…”)", "the Wende, or “…”".
GLOSS_LEAD_WORDS = ("literally", "roughly", "meaning", "or")

NAMERS_BEFORE_ADVERB = (FINITE_AUX - FINITE_BE - {"seems", "appears"}) | {"who"}
"""Words before an adverb and a naming verb that make the verb someone's act ("who once
called", "has repeatedly called"), not a participle ("often called")."""


NAME_CLOSERS = frozenset({",", ".", ";", "!", "?", "of", "at", "in", "on"})
"""What may follow a name that closes a description after an inverted cue ("said fire chief
Ann Lee of Dunmore", "…, said shelter manager Ivo Brandt, who …")."""

# Nouns after a possessive that are no relation or role of a person, so the one-word name set
# off after them is no person ("Hale’s firm, Acme,", "her book, Ashes,"); and the ends of
# place nouns ("his hometown, Dover,").
NOT_RELATIONS = (
    ORG_WORDS
    | (ORG_HEADS - ROLE_NOUNS)
    | WORK_NOUNS
    | DOCUMENT_NOUNS
    | THING_HEADS
    | PLACE_WORDS
    # named things people own or run: "her café, Luna,", "his dog, Rex,"
    | {"business", "shop", "store", "café", "cafe", "restaurant", "bar", "bakery", "hotel", "farm", "brand"}
    | {"band", "charity", "startup", "boat", "ship", "dog", "cat", "horse", "car", "app", "product"}
)
PLACE_ENDS = ("town", "city", "village", "country", "state", "land", "place")

# Lower-case heads a noun phrase of time or counting ends in ("a few moments"), besides the
# TIME_NOUNS and the ADVERBS_AFTER_OBJECT ("later", "ago") that speaker_shaped also tests.
SPAN_HEADS = {"moments", "decades", "seconds"}
# Short units of time ("seconds before the crash", "minutes after the vote"): never the noun a
# place's name modifies, as "town hall" in "a clerk at Kelso town hall" is.
TIME_UNITS = {"second", "seconds", "minute", "minutes", "moment", "moments", "hour", "hours"}

ADVERBS_AFTER_OBJECT = (
    LATER | SENTENCE_ADVERBS | TIME_AFTER | WEEKDAYS | {"today", "yesterday", "tonight", "overnight", "last"}
) | {"twice", "anyway", "together"}
"""Words that may follow a plural object without it modifying them ("arrested the protesters
yesterday", "met the strikers twice"): adverbs of time or manner with no -ly ending, and the
"last" of "last night"."""

# Nationality and regional nouns a description may use for a person ("the Serbian said",
# "the Texan", "a New Yorker"): capitalised, yet no name, so "the Serbian" is a description
# of a person (resolved to the one the article describes so), never a person called Serbian.
DEMONYMS = {
    "american", "canadian", "mexican", "brazilian", "argentine", "argentinian", "chilean",
    "colombian", "peruvian", "venezuelan", "cuban", "jamaican", "british", "briton", "english",
    "englishman", "englishwoman", "scot", "scotsman", "scotswoman", "welshman", "welshwoman",
    "irishman", "irishwoman", "french", "frenchman", "frenchwoman", "german", "italian",
    "spaniard", "portuguese", "dutchman", "dutchwoman", "belgian", "swiss", "austrian", "swede",
    "norwegian", "dane", "finn", "icelander", "pole", "czech", "slovak", "hungarian", "romanian",
    "bulgarian", "serbian", "serb", "croat", "croatian", "slovenian", "bosnian", "albanian",
    "greek", "turk", "cypriot", "ukrainian", "russian", "belarusian", "lithuanian", "latvian",
    "estonian", "georgian", "armenian", "israeli", "palestinian", "lebanese", "syrian",
    "jordanian", "iraqi", "iranian", "saudi", "egyptian", "libyan", "tunisian", "algerian",
    "moroccan", "nigerian", "ghanaian", "kenyan", "ethiopian", "ugandan", "tanzanian",
    "zimbabwean", "zambian", "senegalese", "cameroonian", "indian", "pakistani", "afghan",
    "bangladeshi", "nepali", "chinese", "japanese", "korean", "taiwanese", "vietnamese", "thai",
    "filipino", "indonesian", "malaysian", "singaporean", "australian", "aussie", "kiwi",
    "texan", "californian", "floridian", "yorker", "bostonian", "londoner",
    "parisian", "berliner", "muscovite", "glaswegian", "scouser", "ohioan", "virginian",
    "iowan", "kansan", "oklahoman", "arizonan", "coloradan", "nevadan", "utahn",
    "oregonian", "hoosier", "tennessean", "kentuckian", "alaskan", "hawaiian", "minnesotan",
    "wisconsinite", "michigander", "hampshirite", "vermonter", "mainer",
}  # fmt: skip

# A member of a party named by the party's adjective used as a noun ("the Republican said",
# "a Tory"): a person, as a nationality noun is.
PARTY_MEMBERS = {"republican", "democrat", "tory", "socialist", "libertarian"}
PEOPLE_BY_ORIGIN = DEMONYMS | PARTY_MEMBERS
# Role nouns any officeholder or candidate of a party may be called ("the Republican
# lawmaker", "the Democratic candidate", "the Tory incumbent"): after a party word they fit any
# member of that party the article named, where an office ("the Republican governor") fits
# only a person recorded as holding it.
# Among them the nouns of one in a race ("the challenger"), posts of a candidate too (CANDIDATE_POSTS).
RACE_ENTRANTS = {"challenger", "hopeful", "contender", "front-runner", "frontrunner"}
PARTY_ANY_ROLE = RACE_ENTRANTS | {
    "lawmaker", "legislator", "official", "candidate", "incumbent", "politician",
}  # fmt: skip
# A seat in a legislature as recorded for the person given it ("Sen.", "Rep.", "Congresswoman",
# "Assemblyman"): "the lawmaker", "the legislator" (POSTS_OF_KIND) is the one person the
# article seated in one ("Rep. Ivo Marsh spoke. The lawmaker said …").
LEGISLATIVE_SEATS = {
    "senator", "representative", "assemblyman", "assemblywoman", "assemblymember", "councilman",
    "councilwoman", "councillor", "councilor", "delegate", "mp", "legislator", "lawmaker",
}  # fmt: skip
# Nouns of a kind of post that a description may use for a person given one post of that
# kind: "the lawmaker" after "Rep. Ivo Marsh", "the official" after "Ivo Marsh, the deputy
# health minister,", "the executive" after "Kettle Foods CEO Ann Roy", "the candidate" after
# "Republican nominee Dana Pell" (the one person the article gave such a post; see
# ``names.Registry.described``).
GOVERNMENT_POSTS = SPOKESPERSONS | {
    "minister", "secretary", "undersecretary", "commissioner", "administrator", "ambassador",
    "envoy", "consul", "attache", "mayor", "governor", "comptroller", "treasurer", "auditor",
    "regulator", "inspector", "superintendent",
}  # fmt: skip
EXECUTIVE_POSTS = {
    "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chairperson", "executive", "founder",
    "co-founder", "cofounder",
}  # fmt: skip
CANDIDATE_POSTS = RACE_ENTRANTS | {"nominee"}
# Offices one holder at a time fills and leaves: "former" (ex-, retired, onetime) before one
# makes its holder a former one, so a later plain "the mayor" is whoever holds it now; not a
# relation or a trade ("his former lawyer", "a retired midwife" stay "the lawyer", "the midwife").
HELD_OFFICES = (
    (GOVERNMENT_POSTS - SPOKESPERSONS)
    | LEGISLATIVE_SEATS
    | EXECUTIVE_POSTS
    | {
        "president", "vice-president", "premier", "chancellor", "judge", "justice", "magistrate",
        "sheriff", "chief", "coach", "captain", "commander", "general", "admiral", "director",
        "head", "leader", "speaker", "chair", "king", "queen", "prince", "princess", "pope",
        "bishop", "archbishop", "dean", "provost", "principal", "warden", "marshal", "constable",
    }
)  # fmt: skip
# Nouns of proceedings brought against someone ("the case against the mayor"): no person's noun.
PROCEEDING_NOUNS = {"case", "suit", "lawsuit", "trial", "inquiry", "probe", "investigation", "prosecution"}
ACT_NOUN_ENDS = ("tion", "sion", "ment", "ing", "ance", "ence")
"""Endings of a noun of an act or a thing done ("decision", "statement", "ruling", "meeting",
"appearance"): no person's noun unless a list knows it as one ("king")."""
POSTS_OF_KIND = {
    "lawmaker": LEGISLATIVE_SEATS,
    "legislator": LEGISLATIVE_SEATS,
    "official": GOVERNMENT_POSTS,
    "executive": EXECUTIVE_POSTS,
    "candidate": CANDIDATE_POSTS,
    "judge": {JUSTICE_TITLE},  # "the judge" after "Mrs Justice Ann Lee": a justice is a judge
}
# Endings that make a people's word of a place's name ("korea"/"korean", "iran"/"iranian",
# "iraq"/"iraqi", "japan"/"japanese"), and those that replace its final vowel or "y"
# ("italy"/"italian", "china"/"chinese"); see ``names.origin_of``.
DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese")
DEMONYM_ENDINGS_FOR_VOWEL = ("n", "an", "ian", "ese")
# ... and those after a place's name without its final consonant ("sweden"/"swede",
# "texas"/"texan"); a final "y" may also just drop ("germany"/"german").
DEMONYM_ENDINGS_FOR_CONSONANT = ("", "n")
PLACE_FINAL_VOWELS = ("a", "e", "i", "o", "u", "y")
"""Capitalised nouns of a person's origin or allegiance: after a determiner, a description."""

PHRASE_ENDS = {",", ".", ";", ":", "(", ")", "—", "–"}
"""What ends a descriptive phrase set off around a name."""
PHRASE_STOPS = OWN_SUBJECT_RELATIVES | {"that", "at", "for", "from", "in", "on", "with", "since", "and"}
"""Words after which a description set off after a name goes on about something else."""

# Words of a clause in which a described person gives their name ("a man who gave his name
# only as Marco", "a woman identified only as Ana", "who would give only her first name, Ana"):
# the name after "as" (or set off after "name") is the person's.
NAME_GIVING = NAMING_WORDS | {"name", "names", "identified", "identifies", "identify", "identifying"}

# The labels of an interview set as questions and answers ("Q: … A: …"), in transcripts
# pasted into an article without quote marks.
QA_LABELS = {"Q", "A"}

# Words of a heading over questions and answers a newsroom asks and answers itself (an
# explainer): a heading that ends in a participle of explaining ("The rail timetable,
# explained", "Key questions answered"), one whose part opens with a word of the whole and
# goes on to "know" ("What you need to know", "Heatwave: what we know so far", "Everything we
# know about …"), or one whose part opens with the readers' questions ("Your questions on …").
EXPLAINER_TAILS = {"explained", "explainer", "answered"}
KNOWING_OPENERS = {"what", "everything", "all"}
KNOWING_VERBS = {"know", "knew", "known"}
QUESTION_NOUNS = {"questions", "question"}
# Words by which an introduction tells of an interview ("In an interview, …", "Excerpts from
# the interview:", "… was interviewed by …"): its questions and answers are no explainer.
INTERVIEW_WORDS = {"interview", "interviews", "interviewed", "interviewer"}

# Words of a speaker about themselves or to a listener: a line that holds one is somebody
# talking (a transcript turn), not a figure, a field or a third-person summary. An interview set
# as bare questions and answers puts its questions to "you" (SECOND_PERSON) and answers as "I"
# (SPEAKER_WORDS, "I" itself matched as written): an explainer's "What is the rule?", a reader's
# "Can I …?" and an office's "We will post …" are neither.
SPEAKER_WORDS = {"me", "my", "mine", "myself"}
FIRST_PERSON = SPEAKER_WORDS | {"i", "we", "us", "our", "ours", "ourselves"}
SECOND_PERSON = {"you", "your", "yours", "yourself", "yourselves"}
# Words opening a reply to a yes-or-no question ("“Yes,” he said."): with a first-person word,
# what marks an answer to a question put to "you" as the one asked's (attribution.exchange_turn).
REPLY_OPENERS = {"yes", "no", "yeah", "nope"}
# Determiners of one unnamed member of a group ("one reporter", "a juror", "another lawyer"):
# such an asker is not who a he/she answering the question stands for (exchange_turn).
ONE_OF_MANY = {"a", "an", "one", "another"}
# Adverbs by which a cue says its speaker goes on or repeats ("he said again"): after a
# question, the asker's, not an answer (attribution.exchange_turn).
REPEATING_ADVERBS = {"again", "twice", "repeatedly"}
# Finite verbs of the past that show no "-ed": with PAST_FORMS and "-ed" words, a line in
# the past tense ("The Senate voted", "Parliament went into recess") tells, it does not speak.
PAST_AUX = {"was", "were", "had", "did"}
# Words that open a description set off after a name ("Ann Lee, the moderator", "Ann Lee,
# who moderated"): the name is the person in the role.
APPOSITION_OPENERS = {"the", "a", "an", "who", "its", "our"}

# Nouns of someone a named person deals with or is related to, not that person ("Ivo Brandt
# was cleared. “…,” the lawyer said"): a definite description by one of them stands for the
# named centre only when that person was given it (see ``resolution.described_subject``).
# A kin noun is also no occupation: "the mother of two" is not contradicted by the job the
# article gave her ("Lina Moss, a nurse, … said the mother of two").
KIN_NOUNS = {
    "father", "mother", "parent", "husband", "wife", "son", "daughter", "brother", "sister",
    "widow", "widower", "uncle", "aunt", "nephew", "niece", "cousin", "grandfather",
    "grandmother", "grandson", "granddaughter", "boyfriend", "girlfriend", "stepfather",
    "stepmother", "stepson", "stepdaughter", "fiancé", "fiancée", "fiance", "fiancee",
}  # fmt: skip
# The relatives a person is said to have ("whose daughter", "his wife") that make that person
# the kin noun given: "Ivo Brandt, whose son was hurt, … “…,” the father said".
KIN_CONVERSES: dict[str, set[str]] = {
    "father": {"son", "daughter", "child", "children", "sons", "daughters", "kids"},
    "mother": {"son", "daughter", "child", "children", "sons", "daughters", "kids"},
    "parent": {"son", "daughter", "child", "children", "sons", "daughters", "kids"},
    "husband": {"wife"},
    "wife": {"husband"},
    "widow": {"husband"},
    "widower": {"wife"},
    "son": {"father", "mother", "parents"},
    "daughter": {"father", "mother", "parents"},
}
KIN_OWNERS = {"his", "her", "whose"}
COUNTERPART_NOUNS = KIN_NOUNS | {
    "lawyer", "attorney", "solicitor", "barrister", "prosecutor", "judge", "landlord",
    "landlady", "neighbour", "neighbor", "stranger", "witness", "survivor", "winner", "rescuer",
}  # fmt: skip
# The verbs whose subject holds one of those roles by the deed ("Noor Habib won the lottery.
# “…,” the winner said"; "Ellis Bray testified. “…,” the witness said"), the forms listed.
COUNTERPART_DEEDS: dict[str, set[str]] = {
    "winner": set(verb_forms(("win",))) | {"won"},
    "survivor": set(verb_forms(("survive",))),
    "witness": set(verb_forms(("witness", "testify"))),
    "rescuer": set(verb_forms(("rescue",))),
    "judge": set(verb_forms(("rule", "preside", "sentence"))),
    "lawyer": set(verb_forms(("represent", "defend"))),
    "attorney": set(verb_forms(("represent", "defend"))),
}
# Singular nouns of a person met without a name that no role list holds ("met a young
# patient", "rescued by a stranger"), and nouns of a gathering of people ("spoke to a crowd").
UNNAMED_PERSON_NOUNS = {
    "stranger", "bystander", "passer-by", "passerby", "onlooker", "assistant", "child", "teenager",
    "teen", "youngster", "toddler", "baby", "boy", "girl", "man", "woman", "patient",
}  # fmt: skip
GATHERING_NOUNS = {"crowd", "audience", "jury", "mob", "throng"}
# Heads of a description that is one person whatever else it could be: the roles, offices and
# unnamed people above, the words of a sex and the singulars of the plurals of people
# ("the farmer", "the nurse"), less the role words a thing or a body also bears ("the star",
# "the anchor", "the chair", "the host", "the general", "the local", "the agent", a trial's
# "the pilot", a fire's "the guard", a film's "the premier") or that are
# no noun alone ("former"). A he or she may stand for the one so described
# (resolution.only_person); an agent ending alone ("the printer", "the tanker") is no evidence.
ROLE_WORDS_OF_THINGS = frozenset({
    "former", "real-estate", "star", "anchor", "chair", "host", "general", "private", "justice",
    "chief", "head", "master", "speaker", "developer", "representative", "republican", "democrat",
    "local", "agent", "troop", "crew", "executive", "player", "pilot", "guard", "premier", "he", "she",
})  # fmt: skip
# Trades of one person no role list above holds, none of them a thing as well ("the
# headteacher", "the shopkeeper"; not "the cleaner", "the driver").
PERSON_TRADES = frozenset({
    "headteacher", "headmaster", "headmistress", "shopkeeper", "caretaker", "butcher", "baker",
    "plumber", "electrician", "publican", "gardener", "carpenter", "locksmith", "blacksmith",
    "beekeeper", "gamekeeper", "lifeguard", "ranger", "vet", "dentist", "pharmacist", "chef",
})  # fmt: skip
ONE_PERSON_HEADS = (
    frozenset(
        (ROLE_NOUNS | OFFICE_NOUNS | UNNAMED_PERSON_NOUNS | MALE_WORDS | FEMALE_WORDS | PERSON_TRADES)
        | {p[:-1] for p in PEOPLE_PLURALS}
    )
    - ROLE_WORDS_OF_THINGS
)
# What after a description's head adds another noun phrase to it: an apposition, a list or a
# companion ("The vicar, a keen cyclist,", "The nurse and her son", "The pilot with his crew").
SECOND_NP_LEADS = (",", " and ", " or ", " with ", " & ")
# Endings of a compound noun of a person ("gunman", "fisherwoman", "linesmen": "-woman" ends in "man"),
# the subject of a reported clause a later joined verb may go on from ("said the gunman fired …, and ran").
PERSON_COMPOUND_ENDS = ("man", "men")
# Heads of a description that tell only age or sex, not a role ("the boy", "the teenager").
PLAIN_PERSON_HEADS = {
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "teenager",
    "teen",
    "youngster",
    "toddler",
    "baby",
}
# What may stand before a noun phrase that says what a person is, not someone else: a comma
# setting it off (", a striker,"), a copula ("is a veteran"), "as".
PREDICATE_LEADS = BE_FORMS | {",", "(", "as", "became", "become", "becomes", "remains", "remained", "—"}
UNNAMED_DETERMINERS = {"a", "an", "another"}
ALL_QUOTE_MARKS = ("“", "”", '"')
PASSIVE_LEADS = BE_FORMS | {"get", "gets", "got", "getting"}
# Words that may follow the head of a noun phrase: a preposition, a conjunction, a relative,
# a time word, an auxiliary ("a stranger who", "a crowd of", "an assistant last week").
NP_FOLLOWERS = (
    NOUN_PREPOSITIONS | COORDINATORS | TIME_LEADS | AUXILIARIES | {"who", "whom", "whose", "that", "which"}
)

# Cue verbs of a speaker going on with their own words ("“…,” she added."): a second turn so
# cued is no other voice, so it opens no exchange of two speakers.
GOING_ON_CUES = frozenset({"added", "adds", "continued", "continues", "went", "goes", "repeated", "repeats"})

# Prepositions by which a description of a speaker names someone else ("a lawyer for Ivo Lund",
# "an aide to Gov. Ann Roy", "the daughter of Ann Roy", "a source close to Ann Roy"): the
# verdict reads the person named after one as not the speaker (match/names.py), except the
# author a noun of words names after SPEAKER_PREPS ("a statement from Ann Roy").
PERSON_LINKS = (WITNESS_PREPS - {"as"}) | {
    "behind", "against", "near", "beside", "alongside", "toward", "towards",
}  # fmt: skip
# Words that are no part of anyone's name: glued before a surname by an extraction slip
# ("Meanwhile Webb", "Still Webb", "Tuesday Webb"), they leave the speaker's given name unknown.
STRAY_NAME_WORDS = (
    SENTENCE_ADVERBS | CLAUSE_ADVERBS | AUXILIARIES | DATE_WORDS | DETERMINERS | PERSON_LINKS | set(CUE_FORMS)
)

# A description of a person may name, after its head noun, the person or body it serves or is
# tied to ("an aide to Ann Roy", "a source close to Ann Roy", "a lawyer representing Ann Roy",
# "an attorney acting for the firm"): the phrase stays in the speaker's words, the person is
# the head's (extract/mentions.serving_link). Nouns of someone that no noun list names a person:
SERVING_HEADS = frozenset({
    "source", "sources", "person", "persons", "ally", "allies", "counsel", "associate",
    "associates", "insider", "insiders", "someone", "confidante", "loyalist", "loyalists",
})  # fmt: skip
# Nouns of a person that take "to" for whom they serve ("an aide to Ann Roy", "chief of staff to
# the mayor"); a role noun not among them takes "to" for whom it speaks to ("said the mayor to
# the council").
SERVING_TO_HEADS = frozenset({
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "counsel", "counselor",
    "counsellor", "consultant", "consultants", "assistant", "assistants", "deputy", "deputies",
    "successor", "heir", "envoy", "staff", "confidant", "confidante", "liaison",
})  # fmt: skip
# Adjectives that tie a person to someone through "to" or "with" ("close to", "loyal to").
SERVING_ADJECTIVES = frozenset({"close", "closest", "loyal", "allied", "related", "linked", "connected"})
# Participles whose object is the one served ("representing Ann Roy", "advising the board").
SERVING_PARTICIPLES = frozenset({"representing", "advising", "defending", "assisting", "serving"})
# Participles that serve through "for" ("acting for Ann Roy", "working for the ministry").
SERVING_FOR_PARTICIPLES = frozenset({"acting", "working", "speaking"})
# After a verb of speech, "to" after a noun of service names whom the speaker spoke to as
# readily as whom the person serves ("said an aide to the reporters", "said her deputy to the
# committee"): it is service only on evidence (extract/mentions.served_object). Nouns of those
# spoken to, where a noun of a person would otherwise be that evidence ("said an aide to a
# reporter", "said the envoy to two journalists"):
AUDIENCE_NOUNS = GATHERING_NOUNS | {
    "reporter", "reporters", "journalist", "journalists", "correspondent", "correspondents",
    "interviewer", "interviewers", "listener", "listeners", "viewer", "viewers", "reader",
    "readers", "visitor", "visitors", "guest", "guests", "delegate", "delegates", "student",
    "students", "supporter", "supporters", "crowds", "audiences",
}  # fmt: skip
# Nouns of service whose "to" names a post or a line ("the heir to the throne", "the envoy to
# the assembly"), not whom the words were spoken to, unless those are a gathering.
POST_HEADS = frozenset({"heir", "heiress", "successor", "predecessor", "envoy", "envoys"})
# Nouns of a household served as one ("a lawyer to the family", "an adviser to the estate").
SERVED_HOUSEHOLDS = frozenset({"family", "families", "household", "estate"})
# Nouns of a crowd's reaction that "to" introduces as the manner of speaking, never as one
# served ("said a deputy to the cheers of the crowd", "to the crowd's delight").
REACTION_NOUNS = frozenset({
    "applause", "cheers", "laughter", "boos", "jeers", "delight", "dismay", "surprise",
    "amusement", "astonishment", "chagrin", "disappointment", "relief", "horror", "consternation",
})  # fmt: skip


# Words of a transcript label that give an office, not a name ("THE PRESIDENT:", "MAYOR:",
# "CHAIR:"): the holder cannot be told apart from a named speaker, as a "Q:" cannot. Not the
# press's roles ("HOST", "MODERATOR", "REPORTER"): their words are never the guest's.
OFFICE_LABEL_WORDS = {
    "the", "madam", "mister", "mr", "president", "vice", "mayor", "chair", "chairman", "chairwoman",
    "chairperson", "governor", "premier", "prime", "minister", "chancellor", "presiding",
    "officer", "judge", "deputy", "secretary",
}  # fmt: skip
# Offices that a transcript label names alone only after "the" ("THE CHIEF:", "THE
# COMMISSIONER:"): without it ("DEAN:", "MR. PROVOST:") the word is somebody's name.
OFFICE_AFTER_THE = {
    "chief", "commissioner", "director", "treasurer", "superintendent", "alderman", "alderwoman",
    "sheriff", "commander", "provost", "dean",
}  # fmt: skip
# Labels of those who put the questions on air (verify.interpreted: an interpreter's turn after
# theirs gives a guest's answer, not their question).
BROADCAST_HOST_NOUNS = {"host", "co-host", "cohost", "anchor", "presenter", "moderator"}

# Verbs by which a subject puts out words of their own, set after a line ending in a colon
# with a blockquote under it ("The director wrote:" / "> …"): a block under any other colon
# line ("Here is the timeline:", "Editor's note:", "residents should:") is no quotation. Past
# forms only beyond say, write and tell: "posts", "replies", "the state" are nouns as well.
BLOCK_CUE_FORMS = frozenset(verb_forms(("say", "write", "tell"))) - {"saying", "writing", "telling"} | frozenset(
    f
    for f in verb_forms((
        "post", "reply", "respond", "add", "state", "declare", "announce", "tweet", "email",
        "text", "message", "warn", "explain", "answer", "insist", "argue", "conclude", "testify",
        "plead", "urge", "promise", "vow", "pledge", "retort",
    ))
    if f.endswith("ed") or f == "pled"
)  # fmt: skip
# Words after a verb that open a clause of its own ("responded to the post, which read:"):
# the words under the colon are that clause's, not the verb's subject's.
BLOCK_CUE_BREAKS = frozenset({"which", "that", "who", "whose", "what", "where", "when"})

# Words of a credit line, not a signature: a bare name line under a quote with one of these
# is a byline, a photo credit or a publisher ("Ann Lee, Staff Writer", "Ann Lee, Dunmore Press").
CREDIT_WORDS = frozenset({
    "staff", "writer", "writers", "reporter", "reporters", "correspondent", "press", "photo",
    "photos", "photograph", "photographer", "editor", "editors", "books", "publishing",
    "publishers", "contributor", "columnist", "image", "images", "credit", "courtesy",
    "illustration", "wire", "records", "music",
})  # fmt: skip
# Heads of a place's name that a subhead may carry ("Ann Street Bridge", "Hale Park"): such a
# line under a quote names a place, never its speaker.
SUBHEAD_PLACE_WORDS = frozenset(STREET_HEADS | {
    "street", "avenue", "square", "bridge", "park", "pier", "harbour", "harbor", "station",
    "hall", "market", "quay", "wharf", "gardens", "estate", "field", "fields",
})  # fmt: skip
# The writer's own pronouns: "We asked shoppers …" before a vox pop names no speaker.
WRITER_PRONOUNS = frozenset({"we", "i"})

# Heads of a work's or a text's name that stand for no one speaking: a colon line whose
# subject is one ("The song opens with the lines:", "The motion stated:", "A sign says:")
# brings in no one's own words (WORK_NOUNS and DOCUMENT_NOUNS, with a song's parts).
TEXT_SUBJECTS = frozenset(WORK_NOUNS | DOCUMENT_NOUNS | {"anthem", "hymn", "lyrics", "verse", "chorus"})
# Subjects that put out their own words: a pronoun of a person, a role, a title or a body.
SPEAKING_SUBJECTS = frozenset(
    {"he", "she", "they", "we", "i"} | ROLE_NOUNS | TITLES | IT_BODIES | PEOPLE_PLURALS | set(TRADE_TITLES)
)
# Prepositions that close a subject's head, read forwards ("The motion before the council").
SUBJECT_TAIL_PREPS = frozenset(WITNESS_PREPS | {"before", "behind", "under", "outside", "inside", "near"})
# Words that open a phrase set off before a colon line's subject ("In a letter, the mayor wrote:").
FRONT_PREPS = frozenset(OPENING_PREPOSITIONS | SUBJECT_TAIL_PREPS | {"during", "after", "speaking", "asked"})
# Words in a body's name that make it a body ("Sallow Cross Fire and Rescue", "the Kelso
# Teachers' Union"): a subject named with one may be the "it" of the next sentence.
BODY_NAME_WORDS = frozenset(IT_BODIES | ORG_WORDS | {"rescue", "brigade", "services"})
# The pronouns of an article's own writer: "I asked Ann Lee …" makes the writer no speaker.
FIRST_PERSON_WRITERS = frozenset({"i"})

# Words that open a verbless label naming who the words after its colon come "from" ("More
# from Ann Lee:", "Now from the mayor:"), besides nouns of utterance ("Reaction from …").
LABEL_LEADS = {"more", "now", "again", "latest", "also", "update", "live", "first", "next", "finally"}
# One-word headings a live blog opens an entry with after its time stamp ("14:12 Update: …",
# "09.40 Breaking: …"): a label, not a person, for the words after the colon.
ENTRY_LABELS = LABEL_LEADS | {
    "updates", "breaking", "reaction", "reactions", "analysis", "watch", "listen", "recap", "summary",
    "background", "context", "correction", "clarification", "statement", "developing", "explainer",
    "timeline", "key", "pictures", "video", "audio", "poll", "result", "results", "verdict", "note",
}  # fmt: skip

# The editorial roles whose possessive opens a heading of the page, not a speaker ("Editor's
# note:", "Publisher's note:"); anyone else's ("Haldane's statement:", "Mayor's verdict:") is
# who said the words after the colon.
EDITORIAL_ROLES = frozenset({"editor", "editors", "publisher", "publishers", "translator", "translators"})

# Words of a time stamp after such a heading ("Update, 3.15pm:", "UPDATE 10:40 GMT:",
# "Correction, May 4:"), besides numbers and nouns of time: the heading stays a label.
STAMP_WORDS = TIME_NOUNS | {
    "may", "am", "pm", "a.m.", "p.m.", "gmt", "bst", "utc", "cet", "et", "est", "edt", "pt", "local",
}  # fmt: skip

# British spellings that no ending tells from the American, with the American (read by
# verify.spelling_key with VARIANT_ENDINGS: "greyer", "ploughed", "moulding", "paediatrician").
# Not pairs where one spelling is also another word in the other country ("cheque"/"check",
# "storey"/"story", "draught"/"draft", "kerb"/"curb", "tonne"/"ton", "practise"/"practice").
SPELLING_VARIANTS = {
    "grey": "gray", "tyre": "tire", "plough": "plow", "aluminium": "aluminum", "mould": "mold",
    "moult": "molt", "smoulder": "smolder", "pyjama": "pajama", "moustache": "mustache",
    "jewellery": "jewelry", "sceptic": "skeptic", "scepticism": "skepticism", "ageing": "aging",
    "artefact": "artifact", "cosy": "cozy", "cosier": "cozier", "cosiest": "coziest",
    "doughnut": "donut", "yoghurt": "yogurt", "sulphur": "sulfur", "sulphate": "sulfate",
    "manoeuvre": "maneuver", "manoeuvred": "maneuvered", "manoeuvring": "maneuvering",
    "paediatric": "pediatric", "anaemia": "anemia", "anaemic": "anemic", "oestrogen": "estrogen",
    "foetus": "fetus", "foetal": "fetal", "diarrhoea": "diarrhea", "haemorrhage": "hemorrhage",
    "haemoglobin": "hemoglobin", "encyclopaedia": "encyclopedia", "orthopaedic": "orthopedic",
    "anaesthetic": "anesthetic", "anaesthesia": "anesthesia", "anaesthetist": "anesthetist",
    "leukaemia": "leukemia", "oesophagus": "esophagus", "haematology": "hematology",
    "enrol": "enroll", "enrolment": "enrollment", "fulfil": "fulfill", "fulfilment": "fulfillment",
    "instil": "instill", "skilful": "skillful", "wilful": "willful", "gaol": "jail",
    "pretence": "pretense", "annexe": "annex", "woollen": "woolen", "sombre": "somber",
    "meagre": "meager",
}  # fmt: skip
# SPELLING_VARIANTS whose American spelling is also a verb ("she never tires"): folded only as
# the noun, bare or plural, after a word that opens a noun phrase ("the tyres", "two tyres").
NOUN_ONLY_VARIANTS = {"tyre"}
# Words in -re after a consonant whose -er twin is another word ("timbre"/"timber",
# "livre"/"liver", "barre"/"barer"): never folded as British and American spellings.
RE_ER_TWINS = {"timbre", "outre", "chancre", "eagre", "barre", "livre", "matre", "fayre"}
# Endings a SPELLING_VARIANTS word may take and keep ("greys", "greyish", "paediatricians").
VARIANT_ENDINGS = {
    "s", "es", "ed", "d", "ing", "er", "ers", "est", "ish", "ness", "y", "ly", "al", "ally",
    "ian", "ians", "ics", "ment", "ments",
}  # fmt: skip


# verify's readers of who says a quote (moved from verify.py, where they were defined inline)
PRONOUN_SEX = {"he": "m", "him": "m", "she": "f", "her": "f"}
"""The sex a pronoun that cues a quote tells of its speaker."""
SUBJECT_SEX = {"he": "m", "she": "f"}
"""The sex a subject pronoun tells."""
SELF_PRONOUNS = frozenset({"i", "me", "we", "us", "myself", "ourselves"})
"""A writer naming themself: words a post quotes from another are not the writer's own."""
FIRST_PERSON_OWNERS = frozenset({"my", "our"})
"""The writer's own ("my colleague", "our mayor"): a first-person possessor."""
SAID_WHAT = {"what", "whatever", "which", "who", "whom"}
"""Words that open a clause of what someone said or who did ("citing what she had told him")."""
NO_ONE = {"nobody", "no", "none"}
"""Objects that are no one's words ("quoting nobody in particular", "citing no source")."""
POINTING_WORDS = {"this", "that", "these", "those", "it", "them"}
"""Objects that point back to words already told ("shared this", "read it aloud")."""


# Words of the classes above that are English nouns, verbs or function words, not names: a
# line in capitals made of them is a heading ("GENERAL BUSINESS", "MAYOR RESPONDS", "BILL OF
# RIGHTS"), not a speaker's label ("MAYOR OKAFOR"). Given names are told apart by the caller.
COMMON_WORDS: frozenset[str] = frozenset(
    set(CUE_FORMS)
    | set(POSTURE_FORMS)
    | BOUNDING_FORMS
    | DETERMINERS
    | PERSONAL_PRONOUNS
    | NOUN_PREPOSITIONS
    | COORDINATORS
    | SUBORDINATORS
    | AUXILIARIES
    | MODALS
    | DEGREE_WORDS
    | NUMBER_WORDS
    | ORDINALS
    | ENTRY_LABELS
    | VERDICT_NOUNS
    | SAYING_NOUNS
    | DOCUMENT_NOUNS
    | DOCUMENT_PARTS
    | WORK_NOUNS
    | BUSINESS_GENERIC
    | GROUP_NOUNS
    | PLACE_WORDS
    | SETTING_NOUNS
    | VERB_PARTICLES
)
