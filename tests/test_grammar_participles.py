"""The participle tests of the grammar layer on their own: reduced_participle (a past
participle that modifies the noun before it, "the guards questioned about the escape
said"), perceived (a passive verb of perceiving passes a participle of speech to its
subject, "Lee was overheard telling") and gerund_joined (an "-ing" word joined to a
preposition's object is that preposition's object too). Each shape has invented variants
and neighbours where it must not fire."""

from __future__ import annotations

import pytest

from quotecheck.extract.grammar import reduced_participle
from quotecheck.extract.mentions import gerund_joined, perceived
from quotecheck.extract.sentences import Token, tokenize
from quotecheck.extract.spans import find_spans


def tokens_of(text: str) -> list[Token]:
    return tokenize(text, 0, len(text), find_spans(text), 0)


def at(tokens: list[Token], word: str) -> int:
    """The index of the first token spelt ``word``."""
    return next(k for k, t in enumerate(tokens) if t.text == word)


@pytest.mark.parametrize(
    ("text", "participle", "verb"),
    [
        # a speech verb as the participle, a past verb after the phrase
        ("The guards questioned about the escape said the locks were rusted.", "questioned", "said"),
        # a present perfect, a phrase of place inside the subject's noun phrase
        ("The families from the coast admitted to the shelter have slept on cots.", "admitted", "have"),
        # a partitive before the noun: the verb agrees with "miners", not "Many"
        ("Many of the miners admitted to the program have found work.", "admitted", "have"),
        # a number in the noun phrase, a passive main verb
        ("The two teachers questioned about the leak were suspended.", "questioned", "were"),
    ],
)
def test_reduced_participle_finds_the_clauses_verb(text: str, participle: str, verb: str) -> None:
    tokens = tokens_of(text)
    assert reduced_participle(tokens, at(tokens, participle)) == at(tokens, verb)


@pytest.mark.parametrize(
    ("text", "participle"),
    [
        # a name opens the reported clause after the phrase: the participle is the verb
        ("The company said in a statement Keel had resigned.", "said"),
        # a plural noun after a plural object: a new subject
        ("The chief explained to reporters officers had no choice.", "explained"),
        # a lower-case noun after a place name: a new subject
        ("The mayor said in Dover taxes would go up.", "said"),
        # a name after a lower-case object, with another cue in the reported clause
        ("The mayor complained to reporters Keel said the plan was dead.", "complained"),
        # a determiner opens a new subject after the phrase
        ("The drivers admitted to the panel the logs were wrong.", "admitted"),
        # the verb does not agree with the head noun ("Aides ... was")
        ("Aides to the mayor quoted in the paper was wrong.", "quoted"),
        # an auxiliary before the participle: a perfect, not a relative
        ("The mayor has said in a statement the pier is safe.", "said"),
    ],
)
def test_reduced_participle_leaves_a_verb_of_speech_alone(text: str, participle: str) -> None:
    tokens = tokens_of(text)
    assert reduced_participle(tokens, at(tokens, participle)) == -1


def test_a_time_word_after_the_phrase_is_no_new_subject() -> None:
    # "Tuesday" closes the phrase; it is not the subject of "said"
    tokens = tokens_of("The riders questioned in court Tuesday said the fares were too high.")
    assert reduced_participle(tokens, at(tokens, "questioned")) == at(tokens, "said")


@pytest.mark.parametrize(
    ("text", "participle"),
    [
        ("Lee was overheard telling Keel to leave.", "telling"),
        ("Hale can be heard shouting at the crew.", "shouting"),
        ("The skipper was caught saying it on camera.", "saying"),
        ("Two dockers were seen arguing with the guard.", "arguing"),
        ("The mayor was filmed telling the crowd to go home.", "telling"),
    ],
)
def test_perceived_after_a_passive_verb_of_perceiving(text: str, participle: str) -> None:
    tokens = tokens_of(text)
    assert perceived(tokens, at(tokens, participle))


@pytest.mark.parametrize(
    ("text", "participle"),
    [
        # a passive of publishing: the document says it, not its subject's perception
        ("The statement was released saying the firm was sorry.", "saying"),
        ("The memo was issued warning staff about the cuts.", "warning"),
        # an active verb of perceiving: "heard" has its own subject and object
        ("Lee heard Keel telling the crew to leave.", "telling"),
        # a progressive, not a passive
        ("Lee was telling the crew to leave.", "telling"),
    ],
)
def test_perceived_needs_a_passive_verb_of_perceiving(text: str, participle: str) -> None:
    tokens = tokens_of(text)
    assert not perceived(tokens, at(tokens, participle))


@pytest.mark.parametrize(
    ("text", "gerund"),
    [
        ("The board is known for drafting rules and posting them on the quay.", "posting"),
        ("Lund is responsible for sorting the mail or answering it herself.", "answering"),
        ("She was hired for checking the harbour logs and writing them up.", "writing"),
    ],
)
def test_gerund_joined_to_a_prepositions_object(text: str, gerund: str) -> None:
    tokens = tokens_of(text)
    assert gerund_joined(tokens, at(tokens, gerund))


@pytest.mark.parametrize(
    ("text", "gerund"),
    [
        # a comma breaks the phrase: the second "-ing" word is a participle of the clause
        ("Protesters marched to the quay, waving flags and chanting slogans.", "chanting"),
        # "by" takes a participle of manner: the subject still speaks
        ("The crowd cheered by waving flags and chanting slogans.", "chanting"),
        # no "and"/"or" before the word
        ("The board is known for drafting rules, posting them on the quay.", "posting"),
    ],
)
def test_gerund_not_joined(text: str, gerund: str) -> None:
    tokens = tokens_of(text)
    assert not gerund_joined(tokens, at(tokens, gerund))
