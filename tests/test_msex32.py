"""Where the text does not tell a person's sex: a possessive after "said" when someone else
was named just before, a body after a fronted participle phrase, a reflexive of someone else
(a bare reported clause, or the name inside the subject), a predicate noun of a subject the
name only sits in, a possessive "her" before a modifier, a whose-clause after a name in an
of-phrase. Invented passages; see resolution.own_pronoun, resolution.after_participle,
resolution.heads_clause, resolution.kin_predicate, resolution.object_form,
resolution.spouse_after."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# "A won. B said her victory …": the possessive may be A's, so B's sex stays unknown.
POSSESSIVE_AFTER_SAID = [
    (  # a passive before, a past tense in the report
        "Kalo Temsi was elected mayor in May. Dara Ovinde said her victory was a surprise. “It was close,” he said.",
        "It was close",
        "Dara Ovinde",
    ),
    (  # an intransitive before, a man's possessive, a modal in the report
        "Rin Dakoba was sentenced to six years. Ife Marrant said his lawyers would appeal.\n\n"
        "“We will fight on,” she said.",
        "We will fight on",
        "Ife Marrant",
    ),
    (  # a present perfect before, another cue verb
        "Bao Kelleth has been missing since Friday. Jin Tovaro told reporters her car was found by the river. "
        "“We keep looking,” he added.",
        "We keep looking",
        "Jin Tovaro",
    ),
]

POSSESSIVE_AFTER_SAID_NEIGHBOURS = [
    (  # no one else named before: the possessive is the speaker's own
        "The vote was held on Monday. Dara Ovinde said her team was ready. Ovinde met Ysmo Fellick later. "
        "“It was close,” he said.",
        "It was close",
        "Ysmo Fellick",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "expected"), POSSESSIVE_AFTER_SAID + POSSESSIVE_AFTER_SAID_NEIGHBOURS
)
def test_possessive_after_said_with_another_before(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "Contacted by reporters, Vexmont said it …": a body after a participle phrase is no person.
BODY_AFTER_PARTICIPLE = [
    (  # a passive participle with an agent, "it" reporting
        "Sevrin Arrande, the chief executive, announced the plan on Monday. Contacted by reporters, "
        "Vexmont said it had done nothing wrong. “We acted in good faith,” she said.",
        "We acted in good faith",
        "Sevrin Arrande",
    ),
    (  # a participle of place, no "it"
        "Sami Querol, the chief executive, announced the plan on Monday. Based in Tromsø, Halvik said "
        "profits had doubled.\n\n“We are growing,” he said.",
        "We are growing",
        "Sami Querol",
    ),
    (  # a participle of asking, "it" after an object of the cue verb
        "Kesto Lindmaa, the chief executive, announced the plan on Monday. Asked about the recall, Brenvolt "
        "told investors it was cooperating. “Safety comes first,” she said.",
        "Safety comes first",
        "Kesto Lindmaa",
    ),
    (  # "According to" a document, "it" after an object
        "Ulmo Osterlund, the chief executive, announced the plan on Monday. According to the filing, Drammex "
        "told investors it was solvent.\n\n“We will pay every bill,” she said.",
        "We will pay every bill",
        "Ulmo Osterlund",
    ),
]

BODY_AFTER_PARTICIPLE_NEIGHBOURS = [
    (  # "According to" a person: the subject after it still speaks
        "According to Ysmo Brisard, the finance chief, Helmqvist said the loan was repaid. “It is settled,” he said.",
        "It is settled",
        "Helmqvist",
    ),
    (  # a person after a participle of speaking: the main clause's subject speaks
        "Writing in the Courier, Osterby said the bill was flawed. “It will not pass,” she said.",
        "It will not pass",
        "Osterby",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "expected"), BODY_AFTER_PARTICIPLE + BODY_AFTER_PARTICIPLE_NEIGHBOURS
)
def test_body_after_participle_is_no_person(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "B said the gunman had shot himself", "The man who stabbed B handed himself in": not B's.
OTHERS_REFLEXIVE = [
    (  # a bare reported clause
        "Ife Torvane chaired the first session. Kiri Lamonde said the gunman had then shot himself. "
        "“It was over in minutes,” she said.",
        "It was over in minutes",
        "Kiri Lamonde",
    ),
    (  # the name is the object of a relative clause in the subject
        "Ysmo Gasket spoke first at the meeting. The man who stabbed Zhen Alvaro handed himself in on Monday. "
        "“I was lucky,” she said.",
        "I was lucky",
        "Zhen Alvaro",
    ),
    (  # the name is in an of-phrase in the subject, a woman's reflexive
        "Dathe Dovrak led the early rounds of talks. A cousin of Sevrin Senmark chained herself to the railings.\n\n"
        "“She is brave,” he said.",
        "She is brave",
        "Sevrin Senmark",
    ),
]

OTHERS_REFLEXIVE_NEIGHBOURS = [
    (  # the object asked to act: its own reflexive
        "Dathe Dovrak asked Sevrin Senmark to explain himself to the panel. “I was clear,” she said.",
        "I was clear",
        "Dathe Dovrak",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), OTHERS_REFLEXIVE + OTHERS_REFLEXIVE_NEIGHBOURS)
def test_reflexive_of_another_tells_nothing(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "The officer who arrested B was a woman": the predicate is the subject's, not B's.
PREDICATE_OF_ANOTHER = [
    (  # the name is the object of a relative clause
        "Rin Halvast chaired the first session. The officer who arrested Kael Dovetti was a woman, the court "
        "heard. “I did nothing,” he said.",
        "I did nothing",
        "Kael Dovetti",
    ),
    (  # an inverted sentence, the name after a preposition
        "Bao Trentham opened the hearing on Monday. Sitting beside Dara Fennick was a young woman in a red coat."
        "\n\n“We waited,” he said.",
        "We waited",
        "Dara Fennick",
    ),
    (  # a present tense, a man
        "Ode Kaspari spoke first at the meeting. The person who replaced Jin Morrow is a father of two. "
        "“I wish him well,” she said.",
        "I wish him well",
        "Jin Morrow",
    ),
]

PREDICATE_NEIGHBOURS = [
    (  # the name is the subject: its predicate tells
        "Ode Kaspari spoke first at the meeting. Jin Morrow is a father of two. “I wish him well,” she said.",
        "I wish him well",
        "Ode Kaspari",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PREDICATE_OF_ANOTHER + PREDICATE_NEIGHBOURS)
def test_predicate_of_another_tells_nothing(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


FILLER = "The session ran late. The vote was put off twice. The report runs to 300 pages. "

# "B said her family …": a possessive before a modifier or noun tells B's sex.
POSSESSIVE_HER = [
    (  # a noun in -ly
        "Chidi Orwande chaired the first session. " + FILLER + "Sami Halloran said her family had waited for "
        "months. “We were told nothing,” he said.",
        "We were told nothing",
        "Chidi Orwande",
    ),
    (  # a capitalised modifier
        "Kemal Ostrava opened the hearing. " + FILLER + "Nilo Carrant said her Labour colleagues were "
        "furious.\n\n“They will vote no,” he said.",
        "They will vote no",
        "Kemal Ostrava",
    ),
    (  # a year before the noun, another cue verb
        "Oskel Lundqvist led the talks. " + FILLER + "Ulmo Ottaro told the panel her 2019 campaign was "
        "clean. “Check the accounts,” he said.",
        "Check the accounts",
        "Oskel Lundqvist",
    ),
    (  # an object pronoun of a bare reported clause: the speaker's own
        "Wendo Akwaro spoke first. " + FILLER + "Juhani Kessen said voters had trusted him for a decade. "
        "“I have no regrets,” she said.",
        "I have no regrets",
        "Wendo Akwaro",
    ),
]

POSSESSIVE_HER_NEIGHBOURS = [
    (  # an object before a determiner still tells nothing
        "Wren Abrolo gave her the keys. “It was a bad day,” he said.",
        "It was a bad day",
        "Wren Abrolo",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), POSSESSIVE_HER + POSSESSIVE_HER_NEIGHBOURS)
def test_possessive_her_before_modifier(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# "The sister of B, whose husband …": the whose-clause is the head's, not B's.
WHOSE_AFTER_OF = [
    (  # the subject's of-phrase
        "Sevrin Lindara chaired the first session. The sister of Ilvar Velder, whose husband runs the farm, "
        "found the body. “It was a shock,” he said.",
        "It was a shock",
        "Ilvar Velder",
    ),
    (  # an object's of-phrase, a past tense in the clause
        "Oskel Olander led the talks. Ilse Marrow spoke to the mother of Mehdi Farrak, whose husband was among "
        "the dead.\n\n“We grieve,” he said.",
        "We grieve",
        "Mehdi Farrak",
    ),
    (  # a compound after "whose": no spouse
        "Ayo Ogunbe opened the hearing. Bao Nguyet, whose husband-and-wife team won the award, spoke at the "
        "gala. “We are proud,” he said.",
        "We are proud",
        "Bao Nguyet",
    ),
]

WHOSE_NEIGHBOURS = [
    (  # a whose-clause after the name itself still tells
        "Ayo Ogunbe opened the hearing. Bao Nguyet, whose husband runs the farm, spoke at the gala. "
        "“We are proud,” he said.",
        "We are proud",
        "Ayo Ogunbe",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), WHOSE_AFTER_OF + WHOSE_NEIGHBOURS)
def test_whose_after_of_tells_nothing(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
