"""A person's sex read from the text where no list of first names knows it: a reflexive in
the person's own clause, and not an object pronoun of the person's own verb; and the subject
of a sentence opening on a participle phrase is a person, not the phrase's agent. Invented
passages; see resolution.own_pronoun, resolution.object_form, resolution.after_participle."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# "Okoro found himself alone": a reflexive in its clause stands for that clause's subject.
REFLEXIVE = [
    (  # a past tense, the pronoun of the other sex goes to the one left
        "Sami Okoro and Anouk Brel met at dawn. Okoro found himself alone by noon. “I waited for hours,” she said.",
        "I waited for hours",
        "Anouk Brel",
    ),
    (  # a perfect with an adverb, a woman
        "Ilke Varo and Renn Osku ran the stall together. Varo has often described herself as shy. "
        "“I do the talking,” he said.",
        "I do the talking",
        "Renn Osku",
    ),
    (  # a present tense, another cue verb, the reflexive after an object
        "Kesi Ombe shares the shop with Lior Maas. Ombe blames herself for the losses. "
        "“We should have closed sooner,” he added.",
        "We should have closed sooner",
        "Lior Maas",
    ),
]

REFLEXIVE_NEIGHBOURS = [
    (  # the reflexive is in a clause with another subject: it tells nothing of the first
        "Sami Okoro and Anouk Brel met at dawn. Okoro said that the guard had hurt himself. "
        "“I waited for hours,” he said.",
        "I waited for hours",
        "Okoro",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), REFLEXIVE + REFLEXIVE_NEIGHBOURS)
def test_reflexive_tells_sex(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "Abara gave her the keys": an object pronoun of the subject's own verb is someone else.
OBJECT_PRONOUN = [
    (  # an object before a determiner
        "Wren Abara gave her the keys. “It was a bad day,” he said.",
        "It was a bad day",
        "Wren Abara",
    ),
    (  # an object before a preposition, another cue verb
        "Yuki Sorn thanked her for the help. “We did our best,” he added.",
        "We did our best",
        "Yuki Sorn",
    ),
    (  # an object before an adverb, a woman
        "Temi Rask met him briefly. “The talks were short,” she said.",
        "The talks were short",
        "Temi Rask",
    ),
]

OBJECT_NEIGHBOURS = [
    (  # a possessive before its noun still tells the subject's sex
        "Kesi Ombe sold her farm last year. Ombe later met Lior Maas. “Prices have doubled,” he said.",
        "Prices have doubled",
        "Lior Maas",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), OBJECT_PRONOUN + OBJECT_NEIGHBOURS)
def test_object_pronoun_tells_nothing(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "Questioned by Okafor, …, Fujisawa said": the main clause's subject, not the phrase's agent.
PARTICIPLE_OPENING = [
    (  # an agent with a role set off, a topic after it
        "Questioned by Ada Okafor, the mayor, about the delay, Fujisawa said the line was short of "
        "staff. “We are doing all we can,” he said.",
        "We are doing all we can",
        "Fujisawa",
    ),
    (  # an agent with a title, a woman
        "Asked by Mayor Tane about the cuts, Brandt said the money was gone. “We spent it on roads,” she said.",
        "We spent it on roads",
        "Brandt",
    ),
    (  # no agent named
        "Asked about the cuts, Brandt said the money was gone. “We spent it on roads,” she said.",
        "We spent it on roads",
        "Brandt",
    ),
    (  # a time and a topic inside the phrase
        "Interviewed by Kesi Ombe on Sunday about the fire, Maas said the alarms had failed. "
        "“Nobody heard a thing,” he said.",
        "Nobody heard a thing",
        "Maas",
    ),
]

PARTICIPLE_NEIGHBOURS = [
    (  # a name opening on "-ing" is a subject of its own: no participle phrase
        "Kiri Tane met the press. “We will appeal,” she said.",
        "We will appeal",
        "Kiri Tane",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PARTICIPLE_OPENING + PARTICIPLE_NEIGHBOURS)
def test_participle_opening_subject(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "Olam, whose husband died, …": a spouse in a relative clause set off after a name tells its sex.
SPOUSE = [
    (  # a husband, the clause after a name that is an object
        "Wren Abara sat near Obrel Olam, whose husband died in the flood. Olam wept. “I lost everything,” he said.",
        "I lost everything",
        "Wren Abara",
    ),
    (  # a wife, the owner a subject, a present tense
        "Tavi Kroon sat beside Oluwaseun Adeyemi, whose wife teaches at the school. Adeyemi spoke first. "
        "“The teachers are tired,” she said.",
        "The teachers are tired",
        "Tavi Kroon",
    ),
    (  # a modifier before the noun, another cue verb
        "Suvi Karn visited Ruan Teo, whose late husband built the mill. Teo showed her around. "
        "“The wheel still turns,” he added.",
        "The wheel still turns",
        "Suvi Karn",
    ),
]

SPOUSE_NEIGHBOURS = [
    (  # a child owned tells nothing of the owner's sex
        "Wren Abara sat near Obrel Olam, whose son died in the flood. Olam wept. “I lost everything,” he said.",
        "I lost everything",
        "Olam",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPOUSE + SPOUSE_NEIGHBOURS)
def test_spouse_tells_sex(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "Renke is a widow.": a noun of a sex heading the name's own predicate.
PREDICATE = [
    (  # a present tense, the noun alone
        "Manu Sato lives near Halo Renke. Renke is a widow. “The road floods every spring,” he said.",
        "The road floods every spring",
        "Manu Sato",
    ),
    (  # a past tense, a phrase after the noun
        "Ayo Benn rents a room from Zola Fenn. Fenn was a mother of four. “The rent is fair,” he said.",
        "The rent is fair",
        "Ayo Benn",
    ),
    (  # a modifier before the noun, a woman quoted
        "Kalani Mose trains with Pavro Pell. Pell is a proud grandfather. “We run every morning,” she said.",
        "We run every morning",
        "Kalani Mose",
    ),
]

PREDICATE_NEIGHBOURS = [
    (  # the noun heads no predicate of the name: someone else's ("Renke's mother is …")
        "Manu Sato lives near Halo Renke. Renke’s mother is a widow. “The road floods every spring,” he said.",
        "The road floods every spring",
        "Renke",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PREDICATE + PREDICATE_NEIGHBOURS)
def test_predicate_tells_sex(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "the 40-year-old grandfather, Piet Amsel": an age may stand between the article and the noun.
AGED_NOUN = [
    (  # the name an object, an age
        "Dara Lund waited beside the 40-year-old grandfather, Piet Amsel. Amsel spoke first. "
        "“I came for my grandson,” she said.",
        "I came for my grandson",
        "Dara Lund",
    ),
    (  # a possessive owner, a woman
        "Ketil Ambo met his 29-year-old sister, Nalu Ambo-Reo, at the gate. Ambo-Reo left first. "
        "“We argued about the house,” he said.",
        "We argued about the house",
        "Ketil Ambo",
    ),
    (  # another age form, another cue verb
        "Tovah Esk argued with the 52-year-old widow, Suvi Dane. Dane stayed calm. “She never listens,” he added.",
        "She never listens",
        "Tovah Esk",
    ),
]

AGED_NEIGHBOURS = [
    (  # the noun in a fronted phrase is someone else's: it tells nothing of the name after it
        "Like his 70-year-old mother, Ilo Rask farms barley. “Rain is late,” he said.",
        "Rain is late",
        "Ilo Rask",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), AGED_NOUN + AGED_NEIGHBOURS)
def test_aged_noun_tells_sex(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "Valk said her team had not slept": a possessive opening the report of a name that opens
# its sentence is that person's when no one else is named in reach (see test_msex32 for a
# person of no known sex named just before: then it tells nothing).
REPORTED_POSSESSIVE = [
    (  # a past perfect in the report
        "The vote was held on Monday. Kesto Valk said her team had not slept. Valk later met Jorun Aske. "
        "“We are full,” he said.",
        "We are full",
        "Jorun Aske",
    ),
    (  # a modal, a man, another cue verb
        "The office reopened on Monday. Ketil Ambo told reporters his staff would stay. Ambo then called "
        "Zola Fenn. “We have work to do,” she said.",
        "We have work to do",
        "Zola Fenn",
    ),
    (  # a present tense, a modifier before the noun
        "The season starts next week. Pavro Pell says her young players are ready. Pell coaches alongside "
        "Suvi Karn. “They train hard,” he added.",
        "They train hard",
        "Suvi Karn",
    ),
]

REPORTED_POSSESSIVE_NEIGHBOURS = [
    (  # the possessive is the object's, after a verb with an object: it may be the other's
        "Kiri Tane sang first. Sasha Brandt praised her voice. “It was lovely,” he said.",
        "It was lovely",
        "Sasha Brandt",
    ),
    (  # someone known to be of that sex was named just before
        "Jorun Aske met Ms. Kesto Valk. Aske said her team had not slept. “We are full,” she said.",
        "We are full",
        "Aske",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), REPORTED_POSSESSIVE + REPORTED_POSSESSIVE_NEIGHBOURS)
def test_reported_possessive_tells_sex(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
