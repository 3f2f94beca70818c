"""Regressions a whole-session sweep found after the served-phrase and description merges
(session 31).

1. A name met first inside a described speaker ("An aide to Vera Sal said", "A lawyer
   representing Officer Ida Brun said", "Gov. Ann Roy's office said") is a person the article
   goes on about: a later "Sal said" is Vera Sal, and a he/she after her surname may be her.
   The speaker stays the description; the one named inside is known, not in focus.
2. A name with a served description set off after it, then a participle phrase before the cue
   ("Ana Lutz, the lawyer representing the mayor, speaking outside court, said"): the name
   speaks, never the one served; with no name before it, the whole description speaks.
3. An indefinite description ("an aide to the governor", "a spokesman") after a named holder
   of the role brings in someone new: a later "the aide" is not the named one. Neighbours: the
   indefinite in an aside after a name ("Ana Vo, an aide to the mayor,"), or before the name it
   introduces ("An aide to the governor, Ivo Lund, said"), and no indefinite at all.
"""

from __future__ import annotations

import pytest

from tests.conftest import quote_with


def speaker_of(text: str, words_in: str) -> str | None:
    q = quote_with(text + "\n", words_in)
    return q.speaker if q.kind == "quote" else None


# ---- 1. a name inside a described speaker is registered ----
SERVED_NAME = [
    (
        "A lawyer representing Officer Ida Brun said she “followed procedure.”\n\n"
        "Brun, 34, was not in court. “I did my job,” she said.",
        "did my job",
        "Ida Brun",
    ),
    (
        "Gov. Mirela Sandqvist's office said the plan was “dead on arrival.”\n\n"
        "Petra Lowe, the speaker, called for calm. At one point, Sandqvist left the room. "
        "“This is not over,” she said.",
        "not over",
        "Mirela Sandqvist",
    ),
    (
        "A source close to Mayor Ruth Okonjo said the deal was “nearly done.”\n\n"
        "Okonjo, 61, spoke to reporters on Friday. “We will sign it next week,” she said.",
        "sign it next week",
        "Ruth Okonjo",
    ),
    (
        "An attorney acting for Bruno Castellane told the court his client was “deeply sorry.”\n\n"
        "Castellane, who wept in the dock, said: “I let everyone down.”",
        "let everyone down",
        "Bruno Castellane",
    ),
    (
        "Gov. Mirela Sandqvist's office says the plan is “dead on arrival.”\n\nSandqvist says: “We will not sign it.”",
        "will not sign",
        "Mirela Sandqvist",
    ),
]


@pytest.mark.parametrize(("text", "words_in", "want"), SERVED_NAME)
def test_a_name_inside_a_described_speaker_is_known(text: str, words_in: str, want: str) -> None:
    assert speaker_of(text, words_in) == want


SERVED_NEIGHBOURS = [
    # the described speaker itself stays the speaker, and its pronoun goes on with it
    (
        "An aide to Elin Vasquez said: “The talks went well.”\n\n“We expect a deal soon,” he added.",
        "went well",
    ),
    (
        "An aide to Elin Vasquez said: “The talks went well.”\n\n“We expect a deal soon,” he added.",
        "deal soon",
    ),
]


@pytest.mark.parametrize(("text", "words_in"), SERVED_NEIGHBOURS)
def test_the_description_still_speaks(text: str, words_in: str) -> None:
    assert speaker_of(text, words_in) == "An aide to Elin Vasquez"


def test_a_described_speaker_goes_on_past_the_name_inside_it() -> None:
    # neighbour: the name inside the description is known but does not end its going on
    text = (
        "Tove Lindahl asked Mara Ekwueme for the letter. “Workers deserve a raise,” she said.\n\n"
        "A retail analyst at Hollin Securities, speaking on condition of anonymity, said “we owe them an answer.”\n\n"
        "She did not stop there. “We cannot compete with the imports,” she said."
    )
    assert speaker_of(text, "cannot compete") == "A retail analyst at Hollin Securities"


# ---- 2. a name, its served description set off, a participle phrase, the cue ----
SET_OFF_SERVED = [
    (
        "Thao Linh Vu, the lawyer representing the mayor, speaking outside court, said: “My client is innocent.”",
        "Thao Linh Vu",
    ),
    (
        "Thao Linh Vu, a lawyer representing the mayor, speaking outside court, said: “My client is innocent.”",
        "Thao Linh Vu",
    ),
    (
        "“We will appeal,” Rosa Imbertson, the lawyer representing Tomas Vancek, standing on the steps, said.",
        "Rosa Imbertson",
    ),
]
SET_OFF_KEPT = [  # neighbours: read right before, and kept by the name's own phrase
    (
        "Rosa Imbertson, an aide to the governor, speaking after the vote, said: “We will appeal.”",
        "Rosa Imbertson",
    ),
    (
        "Rosa Imbertson, an attorney acting for the club, standing on the steps, told reporters: “We will appeal.”",
        "Rosa Imbertson",
    ),
    (
        "Rosa Imbertson, the lawyer representing the mayor, who spoke outside court, said: “We will appeal.”",
        "Rosa Imbertson",
    ),
]


@pytest.mark.parametrize(("text", "want"), SET_OFF_SERVED + SET_OFF_KEPT)
def test_the_name_before_a_set_off_served_description_speaks(text: str, want: str) -> None:
    assert speaker_of(text, "") == want


def test_a_served_description_with_no_name_before_it_speaks_whole() -> None:
    text = "The lawyer representing the mayor, speaking outside court, said: “My client is innocent.”"
    assert speaker_of(text, "") == "The lawyer representing the mayor"


def test_a_name_with_a_participle_phrase_only_neighbour() -> None:
    assert (
        speaker_of("Mayor Ruth Agarwal, speaking outside court, said: “We will appeal.”", "")
        == "Ruth Agarwal"
    )


# ---- 3. an indefinite description brings in someone new ----
NEWCOMER = [
    (
        "“The numbers are wrong,” said Emre Dalkilic, an aide to the governor.\n\n"
        "The view was echoed by an aide to the governor. “We need more time,” the aide said.",
        "more time",
        "the aide",
    ),
    (
        "Emre Dalkilic, a spokesman for the council, said the plan was “unworkable.”\n\n"
        "Later a spokesman for the council told reporters the vote would go ahead. “We are ready,” the spokesman said.",
        "are ready",
        "the spokesman",
    ),
    (
        "“We will appeal,” said Rosa Imbertson, a lawyer for the club.\n\n"
        "At a hearing on Monday, a lawyer for the league objected. “This is a delay tactic,” the lawyer says.",
        "delay tactic",
        "the lawyer",
    ),
]


@pytest.mark.parametrize(("text", "words_in", "want"), NEWCOMER)
def test_an_indefinite_description_brings_in_someone_new(text: str, words_in: str, want: str) -> None:
    assert speaker_of(text, words_in) == want


NEWCOMER_NEIGHBOURS = [
    (
        "“The numbers are wrong,” said Emre Dalkilic, an aide to the governor.\n\n"
        "Hours later the aide spoke again. “We need more time,” the aide said.",
        "Emre Dalkilic",
    ),
    (
        "“The numbers are wrong,” said Emre Dalkilic, an aide to the governor.\n\n"
        "Ana Vovk, an aide to the mayor, disagreed. “We need more time,” the aide said.",
        "Ana Vovk",
    ),
    (
        "An aide to the governor, Emre Dalkilic, said the numbers were “wrong.”\n\n“We need more time,” the aide said.",
        "Emre Dalkilic",
    ),
]


@pytest.mark.parametrize(("text", "want"), NEWCOMER_NEIGHBOURS)
def test_the_named_holder_stays_without_a_newcomer(text: str, want: str) -> None:
    assert speaker_of(text, "more time") == want


# ---- 4. a pronoun after an indefinite subject whose clause names the person in focus ----
NEW_SUBJECT = [
    (
        "Mirela Sandqvist, a former property developer, denies fraud.\n\n"
        "A lawyer for the prosecution told jurors that Sandqvist had “lied to everyone.” "
        "“She knew the money was gone,” she said.",
        "A lawyer",
    ),
    (
        "Mirela Sandqvist, a former property developer, denies fraud.\n\n"
        "A prosecutor told jurors that Sandqvist had “lied to everyone.” “She knew the money was gone,” he says.",
        "A prosecutor",
    ),
    (
        "Mirela Sandqvist, the former chief executive, denies fraud.\n\n"
        "A lawyer for the prosecution told jurors that Sandqvist had “lied to everyone.”\n\n"
        "“She knew the money was gone,” he added.",
        "A lawyer",
    ),
    (
        "The trial of Mirela Sandqvist, a former property developer, opened on Monday.\n\n"
        "A woman in the gallery told reporters that Sandqvist had “lied to everyone.” "
        "“She knew the money was gone,” she said.",
        "A woman",
    ),
]


@pytest.mark.parametrize(("text", "want"), NEW_SUBJECT)
def test_an_indefinite_subject_is_someone_new(text: str, want: str) -> None:
    assert speaker_of(text, "money was gone") == want


def test_a_named_subject_keeps_its_pronoun_neighbour() -> None:
    text = (
        "Mirela Sandqvist, a former property developer, denies fraud.\n\n"
        "Tove Lindahl told jurors that Sandqvist had “lied to everyone.” “She knew the money was gone,” she said."
    )
    assert speaker_of(text, "money was gone") == "Tove Lindahl"


DEMOTED_NEIGHBOURS = [
    (
        "“I have never worked harder,” Mayor Ilka Sorensby told the chamber.\n\n"
        "A former mayor, Huu Phuoc Tranh, handed over to Sorensby in 2019. “Turnout was low,” the current mayor said.",
        "Turnout",
    ),
    (
        "“We need more housing,” said Mayor Ilka Sorensby.\n\n"
        "“The process was rushed,” said a deputy mayor, who sat in the gallery.\n\n"
        "The mayor later added: “Turnout was low.”",
        "Turnout",
    ),
]


@pytest.mark.parametrize(("text", "words_in"), DEMOTED_NEIGHBOURS)
def test_a_former_or_deputy_holder_brings_in_no_rival(text: str, words_in: str) -> None:
    assert speaker_of(text, words_in) == "Ilka Sorensby"


APPOSED_NEIGHBOURS = [
    "For Khalil Tamimov, a retired postal worker, the answer is simple. “The jury got it wrong,” he said.",
    "When Khalil Tamimov, a former commissioner, was in charge, he said, “we made mistakes.”\n\n“The jury got it wrong,” he said.",
]


@pytest.mark.parametrize("text", APPOSED_NEIGHBOURS)
def test_an_indefinite_set_off_after_a_name_is_that_person(text: str) -> None:
    assert speaker_of(text, "jury got it wrong") == "Khalil Tamimov"


# ---- 5. a fronted phrase with a name and its role set off, going on to its own comma ----
FRONTED_ROLE = [
    (
        "Chiaki Fujimura told reporters outside: “The report makes grim reading.”\n\n"
        "Questioned by Adebayo Okeke, the mayor, about the delay, Fujimura said little. "
        "“I have never worked harder,” she said at one point.",
        "worked harder",
        "Chiaki Fujimura",
    ),
    (
        "Flanked by Kenji Abeyta, a senior adviser to the governor, Lars Holmqvist said: “We will rebuild.”\n\n"
        "“It will take years,” he added.",
        "take years",
        "Lars Holmqvist",
    ),
    (
        "Lars Holmqvist arrived late.\n\n"
        "Pressed by Kenji Abeyta, the chairman, on the budget, Holmqvist was blunt. “It will take years,” he says.",
        "take years",
        "Lars Holmqvist",
    ),
    (
        "Flanked by Teodor Bustos, the acting finance director, the chief executive, Ogunwale said: “We are hiring.”\n\n"
        "“We are ready to talk,” he said later.",
        "ready to talk",
        "Ogunwale",
    ),
    (
        "Ruqaya Tamsin spoke first.\n\n"
        "Questioned by Pennington about the delay, Ruqaya Tamsin, a senior adviser to the minister, said little. "
        "“We are cautious,” she said at one point.",
        "cautious",
        "Ruqaya Tamsin",
    ),
]


@pytest.mark.parametrize(("text", "words_in", "want"), FRONTED_ROLE)
def test_the_subject_after_a_fronted_name_and_role(text: str, words_in: str, want: str) -> None:
    assert speaker_of(text, words_in) == want


FRONTED_NEIGHBOURS = [
    # the role is the subject itself ("…, the mayor said"), and a place set off before the subject
    (
        "Joined by Kenji Abeyta, the mayor said the plan was “dead.”\n\n“It will take years,” she added.",
        "the mayor",
    ),
    (
        "In the valley town of Dunmore, Fenland, the mayor said the road was “closed.”\n\n“It will take years,” she said.",
        "the mayor",
    ),
]


@pytest.mark.parametrize(("text", "want"), FRONTED_NEIGHBOURS)
def test_a_fronted_phrase_neighbour(text: str, want: str) -> None:
    assert speaker_of(text, "take years") == want


def test_an_indefinite_description_before_a_name_is_hers_neighbour() -> None:
    text = (
        "Dag Selmer parked his bike at the corner.\n\n"
        "An enthusiastic supporter of the mayor, Selmer complained of the cuts.\n\n"
        "“These marches are held by people who care,” he said."
    )
    assert speaker_of(text, "marches") == "Dag Selmer"


def test_a_body_inside_a_group_speaker_takes_no_pronoun_neighbour() -> None:
    text = (
        "Nurhan Aksan, his daughter, dismissed the statement. “We ran out of chairs,” she said.\n\n"
        "Two members of Ashcombe Rovers said “the recipe came from my grandmother.”\n\n"
        "“He made everyone feel welcome,” she said."
    )
    assert speaker_of(text, "feel welcome") == "Nurhan Aksan"
