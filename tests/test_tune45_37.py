"""Session 37, tuning on held-out invented news: shapes the extractor missed on articles it
was not tuned on. All text here is invented for these tests."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def extract(text: str) -> list[Quote]:
    return extract_quotes(document_from_text(text, "story.txt", "text"))


def mention_of(text: str, words: str) -> tuple[str, str | None]:
    """The kind of the quote holding ``words`` and the words of its speaker mention."""
    q = next(q for q in extract(text) if words in q.text)
    if q.speaker_start is None or q.speaker_end is None:
        return q.kind, None
    return q.kind, text[q.speaker_start : q.speaker_end]


# ---- a headline's "as NOUN VERBS “…”" clause: a bare noun is its subject ----
HEADLINE_AS = [
    (
        "Tarnley council approves budget as leader warns of ‘painful years’\n\n"
        "Tarnley council approved the budget on Monday after a long debate. The vote was 31 to 12.\n",
        "painful years",
        "leader",
    ),
    (
        "Mayor backs pier sale as union chief warns of ‘ruin’\n\n"
        "Mayor Ida Crane said on Monday she would support the sale of the west pier.\n",
        "ruin",
        "union chief",
    ),
    (
        "Holt board approves closures as head teacher calls plan ‘cruel’\n\n"
        "The Holt school board voted 5-2 to close two schools.\n",
        "cruel",
        "head teacher",
    ),
    (
        "Opening lists at Carrow museum shrink as curator warns of ‘empty rooms’\n\n"
        "Carrow museum will open on four days a week from May.\n",
        "empty rooms",
        "curator",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), HEADLINE_AS)
def test_headline_as_clause_subject(text: str, words: str, speaker: str) -> None:
    assert mention_of(text, words) == ("quote", speaker)


def test_headline_quote_governed_by_the_main_verb_keeps_its_subject() -> None:
    text = "Council approves ‘painful’ budget as leader resigns\n\nTarnley council approved the budget on Monday.\n"
    assert mention_of(text, "painful") == ("quote", "Council")


# ---- ", but/and VERB" after an adverbial clause goes on from the reporting verb ----
COORDINATED_AFTER_ADVERBIAL = [
    (
        "Ida Crane said the city had acted quickly once the leak became known, but conceded that “errors were made.”",
        "errors were made",
        "Ida Crane",
    ),
    (
        "The harbour master insisted the pier was safe when the storm hit, and added that “nobody was at risk.”",
        "nobody was at risk",
        "The harbour master",
    ),
    (
        "The club’s chairwoman, Nell Voss, says the squad trains hard when the weather allows, but admits that "
        "the pitch is “a disgrace.”",
        "a disgrace",
        "The club’s chairwoman, Nell Voss",
    ),
    (
        "Ida Crane spoke for an hour before the vote was taken, and warned that the port was “in real danger.”",
        "in real danger",
        "Ida Crane",
    ),
    (
        "Nell Voss says the squad trains hard because the coaches demand it, and adds that rest days are “for wimps.”",
        "for wimps",
        "Nell Voss",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), COORDINATED_AFTER_ADVERBIAL)
def test_coordinated_cue_after_adverbial_clause(text: str, words: str, speaker: str) -> None:
    assert mention_of(text, words) == ("quote", speaker)


def test_coordinated_cue_without_comma_stays_in_the_adverbial() -> None:
    # no comma: the verb may go on from the adverbial's own subject, as before
    text = "Ida Crane said the work stopped when the contractor went bust and admitted it owed “millions.”"
    assert mention_of(text, "millions") == ("quote", "the contractor")


# the joined verb goes on from the person a report names, not past them to the reporter
JOINED_AFTER_A_PERSON = [
    (
        "Police say the cyclist fled when the van stopped, but later told officers he had been “in shock.”",
        "in shock",
        "the cyclist",
    ),
    (
        "Witnesses said a fisherman waved after the boat capsized, and shouted “get the rope.”",
        "get the rope",
        "a fisherman",
    ),
    (
        "Prosecutors allege the treasurer hid the ledger once the audit was announced, but later told staff "
        "it was “lost.”",
        "lost",
        "the treasurer",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), JOINED_AFTER_A_PERSON)
def test_joined_verb_stays_with_a_reported_person(text: str, words: str, speaker: str) -> None:
    assert mention_of(text, words) == ("quote", speaker)


def test_joined_verb_climbs_past_a_reported_thing() -> None:
    text = (
        "The warden said the bridge held firm while the flood peaked, but admitted the town had been “lucky.”"
    )
    assert mention_of(text, "lucky") == ("quote", "The warden")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Fans said the noise grew as the captain walked out, bowed, and told the stands he was “home again.”",
            "home again",
            "the captain",
        ),
        (
            "Neighbours said the street went quiet after the landlord arrived, knocked, and told the tenants "
            "they had “one week.”",
            "one week",
            "the landlord",
        ),
    ],
)
def test_list_comma_in_adverbial_is_no_clause_end(text: str, words: str, speaker: str) -> None:
    # "…, VERBed, and VERBed": the comma before "and" closes a list of the adverbial's verbs
    assert mention_of(text, words) == ("quote", speaker)


def test_report_left_unparsed_is_not_climbed_past() -> None:
    text = (
        "The inquiry heard that Ora Beck moved the files after the raid began, and told a colleague they "
        "were “gone for good.”"
    )
    assert mention_of(text, "gone for good")[1] != "The inquiry"


# ---- "with A VERBing “…” and B VERBing “…”": the second participle has its own subject ----
ABSOLUTE_PAIRS = [
    (
        "The hearing ended in uproar, with the council calling the plan “a disgrace” and residents warning "
        "it would “ruin the valley.”",
        "ruin the valley",
        "residents",
    ),
    (
        "The debate split the chamber, with the mayor describing the budget as “fair” and opposition members "
        "insisting it was “a con.”",
        "a con",
        "opposition members",
    ),
    (
        "With the union calling the offer “an insult” and managers saying it was “final,” talks stalled.",
        "final",
        "managers",
    ),
    (
        "The vote went through, with Mayor Ida Crane hailing “a new start” and two councillors calling it “a stitch-up.”",
        "stitch-up",
        "two councillors",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ABSOLUTE_PAIRS)
def test_second_participle_of_an_absolute_has_its_own_subject(text: str, words: str, speaker: str) -> None:
    assert mention_of(text, words) == ("quote", speaker)


def test_second_participle_with_no_subject_of_its_own_shares_the_first() -> None:
    text = (
        "The hearing ended in uproar, with the council calling the plan “a disgrace” and urging residents "
        "to “fight it in the courts.”"
    )
    assert mention_of(text, "fight it") == ("quote", "the council")


# ---- a noun/verb spelling after an article inside a restrictive relative is its object ----
RELATIVE_OBJECT_NOUN = [
    (
        "The board voted to reject the tower, handing a victory to residents who had called the project "
        "“a wall of glass.”",
        "wall of glass",
        "residents",
    ),
    (
        "The council shelved the scheme, to the relief of traders who had branded its estimate “pure fantasy.”",
        "pure fantasy",
        "traders",
    ),
    (
        "The minister scrapped the levy last week, siding with farmers who described the answer as “an insult.”",
        "an insult",
        "farmers",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), RELATIVE_OBJECT_NOUN)
def test_article_noun_in_relative_is_no_main_verb(text: str, words: str, speaker: str) -> None:
    q = next(q for q in extract(text) if words in q.text)
    assert q.kind == "quote"
    assert q.speaker == speaker
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == "who"


def test_plural_noun_relative_still_agrees_with_a_bare_verb() -> None:
    text = "Residents who live near the depot report “constant noise” at night."
    assert mention_of(text, "constant noise") == ("quote", "Residents")


# ---- a name read as a title or term once is one again when quoted again ----
REPEATED_NAMES = [
    (
        "The band's new single, “Copper Tide,” is its loudest yet. The critic Ivo Marsh wrote that “Copper Tide” "
        "was “a racket from start to finish.”",
        "Copper Tide",
        "a racket",
    ),
    (
        "Her play “The Glass Ferry” opens on Friday at the Lantern Rooms. Rhea Lund says “The Glass Ferry” is "
        "“about my mother, mostly.”",
        "The Glass Ferry",
        "about my mother",
    ),
    (
        "The council’s so-called “Clean Streets” plan started in May. The deputy leader, Omar Pike, admits "
        "“Clean Streets” has “not worked yet.”",
        "Clean Streets",
        "not worked yet",
    ),
]


@pytest.mark.parametrize(("text", "name", "words"), REPEATED_NAMES)
def test_repeated_name_is_no_quote(text: str, name: str, words: str) -> None:
    quotes = extract(text)
    named = [q for q in quotes if q.text.rstrip(",. ") == name]
    assert len(named) == 2 and all(q.kind != "quote" for q in named)
    said = next(q for q in quotes if words in q.text)
    assert said.kind == "quote" and said.speaker is not None


def test_repeated_quote_stays_a_quote() -> None:
    text = "“Not Today,” Ada Voss told the crowd. When the heckling went on, she said it again: “Not Today.”"
    quotes = extract(text)
    assert [q.kind for q in quotes] == ["quote", "quote"]
    assert all(q.speaker == "Ada Voss" for q in quotes)


REPEATED_AS_UTTERANCE = [
    (
        "The union’s banner read “Fair Pay Now.” At the depot gate, the organiser, Ola Brin, shouted, "
        "“Fair Pay Now!”",
        "Fair Pay Now!",
        "Ola Brin",
    ),
    (
        "The new bakery is called “Good Morning.” When the first customers came in, its owner, Tam Reyes, "
        "smiled and said: “Good Morning.”",
        "Good Morning.",
        "Tam Reyes",
    ),
    (
        "The festival’s theme this year is “Open Doors.” “Open Doors,” the organiser, Lia Brandt, told "
        "volunteers, “is a promise.”",
        "Open Doors,",
        "Lia Brandt",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), REPEATED_AS_UTTERANCE)
def test_repeated_name_said_as_an_utterance_stays_a_quote(text: str, words: str, speaker: str) -> None:
    # a cue's complement ending in its own mark, or with no verb after it, is words said
    q = [q for q in extract(text) if q.text.startswith(words.rstrip(",.!"))][-1]
    assert q.kind == "quote" and q.speaker == speaker


def test_repeated_name_before_an_adverb_and_verb_is_a_title() -> None:
    text = "The album “Grey Water” came out in June. Her brother, Teo Lind, says “Grey Water” nearly ended the band."
    assert [q.kind for q in extract(text) if q.text.startswith("Grey Water")] == ["title", "title"]


# ---- "‘…’: PERSON on/in/at …": a quote-first headline's person ends at a preposition ----
HEADLINE_PERSON_PREP = [
    (
        "‘I only paint at night’: Orla Venn on her first show in twenty years\n\n"
        "Orla Venn has not shown her work in public since 2006. The new exhibition opens on Friday.\n\n"
        "‘I only paint at night,’ she says. ‘The light is kinder.’\n",
        "Orla Venn",
    ),
    (
        "‘We nearly sold the boat’: skipper Ivo Rask in conversation\n\n"
        "Ivo Rask has fished out of Tarn Bay for forty years. He talked to us about the lean seasons.\n",
        "skipper Ivo Rask",
    ),
    (
        "‘We were never paid’: retired nurse Edna Bole at 90\n\nEdna Bole trained at Tarnley General in 1953.\n",
        "retired nurse Edna Bole",
    ),
    (
        "‘The river saved me’: novelist Petra Sand on her first book in ten years\n\nPetra Sand lives on a boat.\n",
        "novelist Petra Sand",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), HEADLINE_PERSON_PREP)
def test_quote_first_headline_person_before_a_preposition(text: str, speaker: str) -> None:
    q = extract(text)[0]
    assert q.kind == "quote" and q.speaker_start == text.index(speaker) and q.cue == ":"


def test_quote_first_headline_with_no_person_before_a_preposition() -> None:
    text = (
        "‘Not over yet’: Strike at Tarnley docks in third week\n\nDockers at Tarnley walked out on 2 May.\n"
    )
    assert extract(text)[0].speaker is None


def test_title_case_headline_particle_is_no_preposition() -> None:
    text = "“We Will Not Back Down”: Dockers Dig In\n\nDockers picketed again. “We will not back down,” said Ana Moss.\n"
    q = extract(text)[0]
    assert q.speaker_start is None or text[q.speaker_start : q.speaker_end] != "Dockers Dig"


@pytest.mark.parametrize(
    "text",
    [
        "‘Nobody comes here any more’: Fenwick Quay in the off season\n\nThe cafés on the quay have shut.\n",
        "‘We play for the town’: Dunmore Rovers on the up\n\nThe club won again on Saturday.\n",
        "‘A second home for us all’: Hill Street Library at 100\n\nThe library opened in 1926.\n",
        "‘It never sleeps’: Carrow Market at midnight\n\nTraders arrive before dawn.\n",
    ],
)
def test_quote_first_headline_place_or_body_before_a_preposition_is_no_speaker(text: str) -> None:
    # no verb after the colon: only a known given name, a title or a noun of people makes a person
    assert extract(text)[0].speaker is None
