"""Who speaks next in long features with several people (session 27, branch s27-pron).

1. A name that opens on an accented capital ("Émilie", "Łukasz"), closes on an accented
   letter ("Barnabé", "Renée") or carries the one-letter Irish particle ("Máire Ó Dálaigh")
   is registered like any other, so a later he or she can stand for it.
2. A capitalised word opening its sentence is a person's name (a bare first name) when a
   relative "who"/"whose" is set off after it, or when an adverb of time or frequency
   stands between it and its verb ("Odile rarely leaves", "Marek still volunteers").
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. names with accented letters -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tom Hale runs the mill in town.\n\nÉmilie Laurent flew in from Lyon for the hearing. "
            "“It is late to fix this,” she said.",
            "Émilie Laurent",
        ),
        (
            "Ann Ruiz, a professor, said turnout had been high.\n\nAmong the voters was Barnabé Tol, "
            "a net-maker, who said he had always backed the party. “My grandson left for work,” he said.",
            "Barnabé Tol",
        ),
        (
            "Seán Kerr keeps the boat.\n\nTheir cousin, Máire Ó Dálaigh, drove up from Cork on Friday. "
            "“We had no choice at all,” she says.",
            "Máire Ó Dálaigh",
        ),
        (
            "Greta Lund scored twice.\n\nŁukasz Nowak, the club's captain, limped off before the "
            "break. “It is nothing serious,” he said later.",
            "Łukasz Nowak",
        ),
    ],
)
def test_an_accented_name_is_registered_for_the_pronoun(text: str, want: str) -> None:
    assert speakers(text) == [want]


def test_an_accented_place_takes_no_pronoun() -> None:
    text = "Tom Hale left the meeting early. In Île-de-France, “it was chaos,” he said."
    assert speakers(text) == ["Tom Hale"]


# 2. a bare first name opening its sentence --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The chairman, Tom Hale, later told a paper that it was “the best speech.” The cut was "
            "withdrawn.\n\nStefan, who asked that his surname not be used, comes on Sundays. "
            "“They argue like sisters,” he said.",
            "Stefan",
        ),
        (
            "Ana Ruiz, the director, praised the staff as “tireless.”\n\nMarek, whose mother cleaned "
            "the hall for years, still volunteers there. “It is home,” he says.",
            "Marek",
        ),
        (
            "Tom Hale, the owner, called the offer “generous.”\n\nOdile rarely leaves the village "
            "now. “Why would I?” she asked.",
            "Odile",
        ),
        (
            "Tom Hale, the owner, called the offer “generous.”\n\nIngrid, who has run the kiosk "
            "since 1990, never closes early. “People need their paper,” she says.",
            "Ingrid",
        ),
    ],
)
def test_a_bare_first_name_opening_its_sentence_is_a_person(text: str, want: str) -> None:
    assert speakers(text)[-1] == want


@pytest.mark.parametrize("noun", ["Volunteers", "Nurses"])
def test_a_plural_of_people_before_who_is_no_name(noun: str) -> None:
    text = (
        "Tom Hale, the owner, called the offer “generous.”\n\n"
        f"{noun}, who worked through the night, were exhausted. “It was a long day,” he said."
    )
    assert speakers(text) == ["Tom Hale", "Tom Hale"]


def test_an_adverb_after_a_name_before_its_verb() -> None:
    text = (
        "Ana Ruiz, the mayor, called it “a fair deal.”\n\n"
        "Okafor openly admitted that the vote was close. “We were lucky,” he said."
    )
    assert speakers(text) == ["Ana Ruiz", "Okafor"]


def test_a_negation_opening_its_sentence_is_no_name() -> None:
    text = (
        "Tom Hale praised the widow. Not only did she accept the medal, Ruiz said it was “an honour.” "
        "“It is right,” she said."
    )
    assert speakers(text) == ["Ruiz", "Ruiz"]


# 3. a quote in the "that" clause of someone's noun of saying --------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Responding to Gideon Marsh's claim that the audit was “rigged,” the auditor, Freya Hale, "
            "said the process had been independent.",
            "Gideon Marsh",
        ),
        (
            "Asked about Tom Lee's remark that the plan was “dead on arrival,” Ana Ruiz said she disagreed.",
            "Tom Lee",
        ),
        ("Hale dismissed Lee's claim that the audit was “rigged,” the Courier reported.", "Lee"),
        (
            "Reacting to the senator's warning that rates would “soar,” the bank's chief, Ann Kerr, "
            "says the fears are overblown.",
            "the senator",
        ),
    ],
)
def test_a_quote_in_a_possessed_report_is_the_possessors(text: str, want: str) -> None:
    assert speakers(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the noun's own clause ends before the quote: the main clause's cue governs it
        (
            "Responding to Gideon Marsh's claim, the auditor, Freya Hale, said it was “independent.”",
            "Freya Hale",
        ),
        # no possessor: the cue after the quote stays
        ("In response to the claim that the audit was “rigged,” Hale said the process was sound.", "Hale"),
    ],
)
def test_no_possessed_report_keeps_the_cue(text: str, want: str) -> None:
    assert speakers(text) == [want]


# 4. a he/she after a fronted phrase is not a name inside that phrase ------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ana Ruiz edited the paper for thirty years.\n\nIn a 1993 interview with Maria Kerr, "
            "she described the work as “six months of reading minutes.”",
            "Ana Ruiz",
        ),
        (
            "Tom Hale ran the club for a decade.\n\nAfter a long meeting with the new owner, Paul Berg, "
            "he called the deal “a disgrace.”",
            "Tom Hale",
        ),
        (
            "Ana Ruiz edited the paper for thirty years. She was 88.\n\nColleagues remember a "
            "demanding boss.\n\nSpeaking to the trade weekly Press Record, she calls it “hard work.”",
            "Ana Ruiz",
        ),
        (
            "Tom Hale ran the club for a decade.\n\nWith Paul Berg beside him on the stage, he "
            "told fans the sale was “the end of an era.”",
            "Tom Hale",
        ),
    ],
)
def test_a_fronted_phrase_object_is_not_the_pronoun(text: str, want: str) -> None:
    assert speakers(text) == [want]


def test_a_fronted_clause_subject_may_be_the_pronoun() -> None:
    text = (
        "Ana Ruiz edited the paper for thirty years.\n\nWhen Maria Kerr took over, she called the "
        "paper “a ruin.”"
    )
    assert speakers(text) == ["Maria Kerr"]


def test_a_plural_of_people_opening_its_sentence_is_no_name() -> None:
    text = (
        "Ana Ruiz edited the paper. She was 88.\n\nColleagues remember a demanding boss.\n\n"
        "In 1993, she described the work as “six months of reading minutes.”"
    )
    assert speakers(text) == ["Ana Ruiz"]


def test_the_sentence_before_a_fronted_phrase_is_not_in_it() -> None:
    text = (
        "In 2012 her rival, Maria Kerr, attacked Ana Ruiz over the layoffs.\n\n"
        "When the topic comes up at rallies, Ruiz calls herself a “fixer.” Last year, at a forum "
        "in Denver, she said that “people who fix things get blamed.”"
    )
    assert speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz runs the office. When I put the question to her deputy, Leonie Brandt, she told me "
        "the share would be “set site by site.”",
        "Ana Ruiz runs the office. When reporters asked her deputy, Leonie Brandt, she said the share "
        "would be “set site by site.”",
    ],
)
def test_the_one_a_fronted_clause_addresses_may_answer(text: str) -> None:
    assert speakers(text) == ["Leonie Brandt"]


# 5. a teller's words quoted whole inside a report --------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ann Hale said Tom Lee told her, “Nobody needs to know.”", "Tom Lee"),
        ("Ann Hale said her manager, Tom Lee, had told her, “Nobody needs to know.”", "Tom Lee"),
        (
            "Nadine Roy said her father, Émile Roy, had always told her: “Never sign anything twice.”",
            "Émile Roy",
        ),
        (
            "The nurse says her supervisor told the whole ward, “We are not allowed to stop.”",
            "her supervisor",
        ),
    ],
)
def test_a_tellers_words_quoted_whole_are_the_tellers(text: str, want: str) -> None:
    assert speakers(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a fragment inside the teller's clause is the reporter's account
        "Ann Hale said Tom Lee told her “nobody needs to know.”",
        # a pronoun teller most often repeats the reporter
        "Ann Hale said she told him, “Nobody needs to know.”",
    ],
)
def test_the_reporter_keeps_a_fragment_or_a_pronoun_teller(text: str) -> None:
    assert speakers(text) == ["Ann Hale"]


# 6. a narrative chain of the pronoun after a quote continues that quote's speaker -----------


@pytest.mark.parametrize(
    "text",
    [
        # the rival named last is a person of no known gender
        "Yusuf Demirel scored late. The visiting coach, Ana Mrozek, was unimpressed. “We stopped "
        "playing,” said Mrozek. “We invited them in.”\n\nShe also questioned the first goal, which "
        "came after a clash between Demirel and the keeper. “I have seen the replay,” she said.",
        "Kemal Aydin chairs the board. “We lost the vote,” Ana Mrozek said.\n\nShe later met Aydin "
        "in private. “It went badly,” she told reporters.",
        # two sentences of the chain, a name set off in one
        "“We lost the vote,” Ana Mrozek said. She had warned the chairman, Kemal Aydin, twice. She "
        "wrote to Aydin again in May. “Nobody listened,” she says.",
    ],
)
def test_a_pronoun_chain_after_a_quote_continues_its_speaker(text: str) -> None:
    assert speakers(text)[-1] == "Ana Mrozek"


def test_a_pronoun_chain_of_another_gender_does_not_continue() -> None:
    text = (
        "Ana Mrozek chairs the board. “We lost the vote,” Mrozek said.\n\nHe later met Tom Berg "
        "in private. “It went badly,” he told reporters."
    )
    assert speakers(text)[-1] == "Tom Berg"
