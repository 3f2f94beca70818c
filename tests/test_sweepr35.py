"""Session 35, sweep r (invented passages in news genres earlier sweeps left out: match reports,
sentencing remarks, obituaries, earnings calls, police appeals, sermons, military briefings,
strikes, estate agents, restaurants): the shapes it found named wrong, mended. Each rule has
sentences that vary it and a neighbour that must keep its reading."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def quote_of(text: str, words: str) -> Quote:
    [q] = [q for q in extract_quotes(document_from_text(text, "story.txt")) if words in q.text]
    return q


def speaker_of(text: str, words: str) -> str | None:
    return quote_of(text, words).speaker


def mention_of(text: str, words: str) -> str:
    q = quote_of(text, words)
    assert q.speaker_start is not None and q.speaker_end is not None
    return text[q.speaker_start : q.speaker_end]


# ---- 1. a surname set off by an age or a person's noun is a person, whatever verb follows ----
# "Hale left early." already made a bare surname a person; "Hale said …" did not (a body's
# name takes "said" as often: "Acme said"), nor "Hale is …". An age or a noun of a person set
# off after the word settles it, so a later he/she stands for that person.
SET_OFF_SURNAME = [
    (
        "Walsh, the ward sister, said she had heard that argument before. "
        "“They always say it is about patients,” she said.",
        "They always say",
        "Walsh",
    ),
    (
        "Achebe, 58, is the first bishop of Carrow to have been born in the town. "
        "“I was baptised in this cathedral,” he said.",
        "I was baptised",
        "Achebe",
    ),
    (
        "Petrov, the chief forecaster, says the warning may yet be raised to red. "
        "“We will look at it again at six,” he says.",
        "We will look",
        "Petrov",
    ),
    (
        "Dutta, a forecaster for twenty years, was asked about the second storm. "
        "“It is too early to say,” he said. “We are watching it.”",
        "We are watching",
        "Dutta",
    ),
    (
        "Aske, the chef, has since changed the menu. “Lorna was right about some of it,” he admits.",
        "Lorna was right",
        "Aske",
    ),
    (
        "Marsk, 31, the Ravensworth captain, said the players had met on Monday.\n\n"
        "“We said some hard things to each other,” he said.",
        "hard things",
        "Marsk",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), SET_OFF_SURNAME)
def test_a_surname_set_off_by_an_age_or_a_person_is_a_person(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


def test_a_body_set_off_by_a_body_noun_stays_no_he() -> None:
    # the retailer is a body: "he" is left as written, not given to Acme
    text = "Acme, the retailer, said sales had fallen. “We are sorry,” he said."
    assert speaker_of(text, "We are sorry") == "he"


# ---- 2. a name set off after a description's phrases of place or belonging ----
# "said the head of the union, Ann Lee" named Ann Lee; a description whose phrase is not "of"
# ("the officer in charge at the scene") or runs on ("of the group on the council") lost the
# name set off after it, and the description spoke.
PHRASE_THEN_NAME = [
    (
        "“This could have been a lot worse,” said the officer in charge at the scene, Sgt Owen Price.",
        "a lot worse",
        "Owen Price",
    ),
    (
        "“We will scrutinise every decision,” said the new leader of the opposition group on the "
        "council, Cllr Eamon Fitch. “That is our job.”",
        "That is our job",
        "Eamon Fitch",
    ),
    (
        "“Nobody slept,” recalled the nurse in charge of the night shift, Sister Ama Owusu, on Friday.",
        "Nobody slept",
        "Ama Owusu",
    ),
    (
        "The man in the red coat at the front of the queue, Tom Lee, said the wait had been “absurd”.",
        "absurd",
        "Tom Lee",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), PHRASE_THEN_NAME)
def test_a_name_set_off_after_a_descriptions_phrases_is_who_it_is(text: str, words: str, who: str) -> None:
    got = speaker_of(text, words)
    assert got is not None and who in got


def test_a_name_after_to_may_be_its_object_and_is_not_taken() -> None:
    # "an aide to the mayor, Tom Lee": Tom Lee may be the mayor; the aide speaks
    text = "“It is fine,” said an aide to the mayor, Tom Lee."
    got = speaker_of(text, "It is fine")
    assert got is not None and "Tom Lee" not in got


# ---- 3. a name set off with "the" before its title ----
# British style writes "the Rev Ann Lee", "the Rt Rev Simon Achebe": the article belongs to the
# title, and the name set off after a description is still the person's.
THE_TITLE_NAME = [
    (
        "The Bishop of Carrow, the Rt Rev Simon Achebe, said the food banks were “a rebuke to all of us.”",
        "a rebuke",
        "Simon Achebe",
    ),
    (
        "“We are not a museum,” said the cathedral's dean, the Very Rev Helen Amory, of the café plans.",
        "not a museum",
        "Helen Amory",
    ),
    (
        "The new vicar, the Reverend Kwame Mensah, said: “People expect someone older.”",
        "someone older",
        "Kwame Mensah",
    ),
    (
        "The Archbishop of Westmoor, Most Rev Peter Oyelaran, criticised what he called "
        "“a politics of contempt.” He said: “We are called to love them.”",
        "love them",
        "Peter Oyelaran",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), THE_TITLE_NAME)
def test_the_and_a_title_open_a_name_set_off(text: str, words: str, who: str) -> None:
    got = speaker_of(text, words)
    assert got is not None and who in got


def test_the_and_a_team_name_set_off_is_no_person() -> None:
    text = "The team, the Harlow Athletic Lions, said in a statement: “We lost.”"
    assert mention_of(text, "We lost").startswith("The team")


# ---- 4. a verb of saying with "it" between it and its particle ----
# "summed up", "played down", "talked up" cue only with their particle; "summed it up" puts the
# object between them, and the cue was lost ("“…,” was how X summed it up" had no speaker).
IT_BEFORE_PARTICLE = [
    (
        "“A night of mixed fortunes,” was how the party's chairman, Alex Gorton, summed it up. "
        "“We gained in the suburbs.”",
        "gained in the suburbs",
        "Alex Gorton",
    ),
    ("“A storm in a teacup” was how the minister played it down.", "storm in a teacup", "the minister"),
    ("“Four words: we were outplayed,” the coach summed it up on Friday.", "outplayed", "the coach"),
    ("“Best season in years” is how Ana Ruiz talked it up.", "Best season", "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "words", "who"), IT_BEFORE_PARTICLE)
def test_it_between_a_verb_and_its_particle_keeps_the_cue(text: str, words: str, who: str) -> None:
    got = speaker_of(text, words)
    assert got is not None and got.lower() == who.lower()


def test_it_before_a_word_that_is_not_the_particle_is_no_cue() -> None:
    # "played it twice": "play" cues only with "down"; the chorus is nobody's words here
    text = "“Hold the line” was the chorus, and the band played it twice."
    assert speaker_of(text, "Hold the line") is None


# ---- 5. a quote standing alone after a sentence about another named person ----
# same_paragraph_speaker gave a cue-less quote to the paragraph's earlier speaker even after a
# sentence whose subject names someone else ("Ivo Lund shook his head."); two people taking
# turns is common in match reports, hearings and interviews, and the quote is the new subject's.
TURN_TAKEN = [
    ("“We will win,” said Tom Hale. Ivo Lund shook his head. “We will not.”", "We will not", "Ivo Lund"),
    (
        "“Jo taught me everything,” Ann Ray said. Joan Fletcher shook her head. “She taught herself.”",
        "taught herself",
        "Joan Fletcher",
    ),
    ("“The vote is won,” said Ann Lee. Then Tom Hale took the stage. “It is not.”", "It is not", "Tom Hale"),
    (
        "“The rent is fair,” says the landlord, Ivo Marr. Dana Quist, his tenant, laughs. “It has doubled.”",
        "It has doubled",
        "Dana Quist",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), TURN_TAKEN)
def test_a_quote_after_another_named_subject_is_theirs(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


@pytest.mark.parametrize(
    "between",
    ["Hale smiled.", "The crowd roared.", "He paused."],
)
def test_a_sentence_about_the_same_speaker_or_no_one_keeps_the_chain(between: str) -> None:
    text = f"“We will win,” said Tom Hale. {between} “We will win twice.”"
    assert speaker_of(text, "twice") == "Tom Hale"


# ---- 6. a relative clause on a verb of speech's listener, up to the colon ----
# "The judge told Pell, who had admitted the offence: “…”": the clause's own verb of speech
# takes an object of its own, so the colon goes on from "told", and the judge speaks; the
# relative pronoun ("who" => Pell) was taken as the speaker.
LISTENER_ASIDE = [
    (
        "The judge told Marcus Pell, who had pleaded guilty to dangerous driving: "
        "“You chose to overtake on a blind bend.”",
        "blind bend",
        "The judge",
    ),
    (
        "Recorder Ann Pask told the defendant, who had admitted the offence: “You betrayed their trust.”",
        "betrayed their trust",
        "Ann Pask",
    ),
    (
        "The coroner told the family, who had disputed the findings, at the close of the inquest: "
        "“There were missed chances.”",
        "missed chances",
        "The coroner",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), LISTENER_ASIDE)
def test_a_relative_aside_on_the_listener_leaves_the_colon_to_the_teller(
    text: str, words: str, who: str
) -> None:
    got = speaker_of(text, words)
    assert got is not None and who.lower() in got.lower()


@pytest.mark.parametrize(
    "aside",
    ["who said", "who added later", "who told the court", "who warned the jury"],
)
def test_a_relative_aside_that_sets_out_its_own_words_keeps_them(aside: str) -> None:
    text = f"The judge told Marcus Pell, {aside}: “I am sorry for what I did.”"
    assert speaker_of(text, "I am sorry") == "Marcus Pell"


# ---- 7. a possessor's title tells the possessor's sex, not the named person's ----
# "Mr Greaves's barrister, Anna Rao, said": registry.name read the sex of every word before
# the name, so "Mr" made Anna Rao a man and her later "she" was left unresolved.
POSSESSOR_TITLE = [
    (
        "Mr Greaves's barrister, Anna Rao, said the case should “never have been brought”. "
        "“My client has lost his job,” she said.",
        "lost his job",
        "Anna Rao",
    ),
    (
        "Mrs Lowe's solicitor, Tom Haas, said the claim was “absurd”. “My client is innocent,” he said.",
        "is innocent",
        "Tom Haas",
    ),
    (
        "Ms Quist's brother, Ivo Quist, described her as “a fighter”. “She never gave up,” he added.",
        "never gave up",
        "Ivo Quist",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), POSSESSOR_TITLE)
def test_a_possessors_title_gives_the_named_person_no_sex(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


def test_a_title_on_the_name_itself_still_tells_its_sex() -> None:
    # "Mrs Rao" is a woman: a later "he" is not hers
    text = "Mr Greaves's barrister, Mrs Rao, said the case was “weak”. “It should go,” he said."
    assert speaker_of(text, "It should go") == "he"


# ---- 8. a person's full name after a body's name of two words or more in the possessive ----
# "Serbia’s Ana Lind" registered Ana Lind; "Highways West's Mia Carden" registered no one (the
# possessive was read only on a name's first word), so her later "she" stayed unresolved.
BODY_POSSESSIVE_NAME = [
    (
        "Highways West's Mia Carden said gritters had been out since 4pm. “We have salt,” she said.",
        "We have salt",
        "Mia Carden",
    ),
    (
        "The Kelso Echo's Ruth Pryce spent a week in the camp. “Nobody slept,” she says.",
        "Nobody slept",
        "Ruth Pryce",
    ),
    (
        "An article by Harbour Review's Ian Dorrit argued the party was finished. “It is over,” he wrote.",
        "It is over",
        "Ian Dorrit",
    ),
]


@pytest.mark.parametrize(("text", "words", "who"), BODY_POSSESSIVE_NAME)
def test_a_name_after_a_bodys_possessive_is_a_person(text: str, words: str, who: str) -> None:
    assert speaker_of(text, words) == who


def test_a_thing_after_a_bodys_possessive_is_no_person() -> None:
    # no first name after the possessive: "Kelso Works" is the water company's site, no he
    text = "Dunmore Water's Kelso Works closed on Friday. “It is a sad day,” he said."
    assert speaker_of(text, "sad day") == "he"
