"""Neighbours from review 19: invented sentences where a rule merged in session 19 named a
wrong speaker (or cut a name), each run through the real extractor. A wrong speaker is worse
than none, so each must keep the right speaker or abstain:

F1. a causing verb ("led Lee to say") is only a verb with an object: not a participle
    opening its clause or set off by commas ("Given the delays, …"), not "given" without
    "have", not a bare form used as a noun ("the task force chair");
F2. a preposition can be part of a name ("Doctors Without Borders", "Marco Via"); only one
    opening a phrase before a lower-case word is no name ("Against claims that …, …");
F3. a partial quote after reported speech is not the reporter's when its own sentence has
    another subject (a law, a sign, a song, another person) or a new paragraph starts;
F4. a signature's description is ", who …" or ", a/an/the noun …", naming nobody else;
F5. a capitalised "-ing" word before a noun and its preposition ("Rising calls for …") opens
    a phrase; it is not a subject.
"""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import mention, only_quote

# F1. causing verbs ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Given the delays, Ana Keel was quick to call the plan “a fiasco.”\n", "Ana Keel"),
        ("Given the mayor's record, critics were quick to call the plan “a fiasco.”\n", "critics"),
        ("Given its cost, Keel is expected to call the plan “a fiasco.”\n", "Keel"),
        ("Keel, given the floor, went on to call the deal “a betrayal.”\n", "Keel"),
        ("Ruiz, forced out in May, went on to call the sale “a scandal.”\n", "Ruiz"),
        ("Led by the pilots, Ida Brandt went on to call the deal “a betrayal.”\n", "Ida Brandt"),
    ],
)
def test_a_passive_participle_of_a_causing_verb_has_no_object(text: str, speaker: str) -> None:
    """A participle opening its clause or set off by commas is passive: its noun is no speaker."""
    q = only_quote(text)
    assert mention(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The law has given the board the power to call the deal “a betrayal.”\n", "the board"),
        ("The delays force Mayor Lee to call the plan “a fiasco.”\n", "Mayor Lee"),
        ("Rain kept falling, forcing Ana Keel to call the match “a farce.”\n", "Ana Keel"),
        ("The row compels the harbour chief to say the plan is “a fiasco.”\n", "the harbour chief"),
        ("The board had driven Ida Brandt to call the sale “a scandal.”\n", "Ida Brandt"),
    ],
)
def test_a_causing_verb_with_its_object_still_names_the_object(text: str, speaker: str) -> None:
    """The shape the causing rule is for: a verb (after "have", a plural subject, a comma and
    "-ing") with its object; a licence noun after the object goes with its article."""
    q = only_quote(text)
    assert mention(text, q) == speaker


def test_a_causing_word_used_as_a_noun_leaves_the_subject_whole() -> None:
    text = "The task force chair, Ana Keel, declined to call the deal “a betrayal.”\n"
    q = only_quote(text)
    assert q.speaker == "Ana Keel"
    assert mention(text, q) in ("The task force chair, Ana Keel", "Ana Keel")


def test_compel_doubles_its_last_consonant() -> None:
    from quotecheck.extract.lexicon import CAUSATIVES

    assert {"compelled", "compelling"} <= set(CAUSATIVES)
    assert not {"compeled", "compeling"} & set(CAUSATIVES)


# F2. prepositions inside names ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Doctors Without Borders said the clinic was “overwhelmed by the wounded.”\n",
            "Doctors Without Borders",
        ),
        ("“The clinic is overwhelmed,” said Doctors Without Borders.\n", "Doctors Without Borders"),
        ("Via Rail said the line would be “closed until further notice.”\n", "Via Rail"),
        ("“The line is closed,” said Marco Via, the rail chief.\n", "Marco Via"),
        ("Beyond Meat said its sales were “stronger than ever.”\n", "Beyond Meat"),
        (
            "Ana Keel met Stephen Beyond on Monday. Beyond said the line was “closed until further notice.”\n",
            "Stephen Beyond",
        ),
    ],
)
def test_a_preposition_inside_a_name_stays_in_the_name(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert q.speaker == speaker


def test_a_capitalised_preposition_opening_a_sentence_is_still_no_name() -> None:
    """The shape the preposition list was added for, with "Within" this time."""
    text = "Within hours of the vote, Ida Brandt said the count was “beyond doubt.”\n"
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == ("Ida Brandt", "Ida Brandt")


def quotes(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, mention(text, q)) for q in extract_quotes(document_from_text(text, "story.txt"))]


# F3. partial quotes after reported speech ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale said the pier was unsafe. The law bans boats “longer than twelve metres from the inner harbour.”\n",
        "Tom Hale said the pier was unsafe. The statute requires that boats be “inspected by a licensed surveyor each year.”\n",
        "Tom Hale said the pier was unsafe. Yet the gate still carries a board with “visitors welcome at all hours.”\n",
        "Tom Hale said the film had moved him. It closes with the folk song “when the boats come home again.”\n",
        "Tom Hale said the pier was unsafe. Yet in Ana Keel's view, the pier is “as safe as it has ever been.”\n",
        "Ida Brandt said the fleet is ageing. Quist bought a boat that is “the finest on the whole coast.”\n",
        "Ida Brandt said the fleet is ageing. Her brother bought a boat that is “the finest on the whole coast.”\n",
        "Tom Hale said the pier was unsafe. In 2015 the pier won an award for being “the most beautiful walk in the county.”\n",
        "Ida Brandt said the fleet is ageing.\n\nThe law bans boats “longer than twelve metres from the inner harbour.”\n",
    ],
)
def test_a_partial_quote_with_a_subject_of_its_own_is_not_the_reporters(text: str) -> None:
    """Laws, signs, songs, awards, another person's view, a new paragraph: the words after a
    report are not the reporter's."""
    q = only_quote(text)
    assert q.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "Ida Brandt said the fleet is ageing. The new rule applies only when “a boat is more than forty years old.”\n",
        "Tom Hale met Quist on the quay. Hale said the pier was unsafe. Quist stays because “the pay is better than anywhere.”\n",
        "Tom Hale said the pier was unsafe. His sister stays anyway, because “the pay is better than anywhere.”\n",
        "Tom Hale said the pier was unsafe. Crews stay in Dunmore because “the pay is better than anywhere.”\n",
        "Ida Brandt said the fleet is ageing.\n\nCrews keep sailing because “nobody else would carry the post.”\n",
    ],
)
def test_a_subordinate_clause_about_someone_else_is_not_the_reporters(text: str) -> None:
    """A subordinate clause whose own subject is a text, a person named before, a described
    person or a group, or one after a paragraph break, is not the reporter's."""
    q = only_quote(text)
    assert q.speaker is None


# F4. a signature's description ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“We will fight it,” said Lee, all the others in the room nodding in agreement. Their view: the quay "
        "is “a drain on the town's purse.”\n",
        "“We will fight it,” said Lee, the rival of Mayor Ana Keel, who backs the sale. To the mayor, the quay "
        "is “a drain on the town's purse.”\n",
        "“We will fight it,” Ida Brandt said, her voice rising over the noise of the crowd. The sale is "
        "“a drain on the town's purse.”\n",
    ],
)
def test_a_long_tail_that_is_no_description_of_the_signer_ends_the_signature(text: str) -> None:
    """An absolute phrase, a description naming someone else in full, a possessive phrase: the
    partial quote after them is not handed to the signer."""
    first, second = extract_quotes(document_from_text(text, "story.txt"))
    assert first.speaker is not None and second.speaker is None


@pytest.mark.parametrize(
    "text",
    [
        "“We will fight it,” said Lee, who has run the ferry from the north pier for more than twenty years. "
        "The sale is “a drain on the town's purse.”\n",
        "“We will fight it,” said Lee, the owner of the last ferry still sailing from the north pier each day. "
        "The sale is “a drain on the town's purse.”\n",
    ],
)
def test_a_description_of_the_signer_keeps_the_signature(text: str) -> None:
    first, second = extract_quotes(document_from_text(text, "story.txt"))
    assert (first.speaker, second.speaker) == ("Lee", "Lee")


# F5. a capitalised "-ing" word before a noun and its preposition --------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rising calls for a recount led Lee to say the vote was rigged, adding, “We will check.”\n",
            {"Lee", None},
        ),
        (
            "Growing calls for reform pushed the mayor to declare the port “open to all.”\n",
            {"the mayor", None},
        ),
        ("Mounting claims of fraud forced Ida Brandt to call the count “a sham.”\n", {"Ida Brandt", None}),
    ],
)
def test_a_participle_before_a_noun_and_preposition_is_no_subject(
    text: str, speaker: set[str | None]
) -> None:
    q = only_quote(text)
    assert mention(text, q) in speaker


@pytest.mark.parametrize(
    "text",
    [
        "Manning told the board the yard would stay open, but warned, “We cannot wait much longer.”\n",
        "Fleming has argued that the yard is “too small for the new ferries.”\n",
    ],
)
def test_a_surname_ending_in_ing_before_its_verb_is_still_the_subject(text: str) -> None:
    assert extract_quotes(document_from_text(text, "story.txt"))[0].speaker == text.split()[0]


def test_having_opens_a_participle_phrase() -> None:
    text = "Having said that, Ida Brandt called the plan “a fiasco.”\n"
    q = only_quote(text)
    assert mention(text, q) == "Ida Brandt"
