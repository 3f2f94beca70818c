"""Agreement and the review-18 shapes: a pronoun after a relative word ("what she called")
is credited to the sentence's subject only when the two agree; a name stops before an
adverb; a bare role after a name is singular; a fronted word is no list. Invented text
only; each shape has several variations and a neighbour that must not fire."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import mention, only_quote, speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Hale defended what he called “a fair deal.”\n", "Hale"),
        ("The mayor praised what she called “a turning point.”\n", "The mayor"),
        ("The council rejected what they called “a cynical ploy.”\n", "The council"),
        ("Harbor Health runs what it calls “a lean model.”\n", "Harbor Health"),
        ("Angry at what he called “a stitch-up,” Hale walked out.\n", "Hale"),
        ("The harbour master defended what he called “a fair levy.”\n", "The harbour master"),
        ("The new ferry captain praised what she called “a calm crossing.”\n", "The new ferry captain"),
    ],
)
def test_relative_pronoun_takes_an_agreeing_subject(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert (q.kind, q.speaker) == ("quote", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Reporters pressed Lee on what she called “a clerical error.”\n", "she"),
        ("The crowd booed what he called “a fair deal.”\n", "he"),
        ("After Lee left, aides defended what she called “a clerical error.”\n", "she"),
        ("Lawmakers grilled Hale over what he called “a routine audit.”\n", "he"),
        ("Ann Lee praised what he called “a good start.”\n", "he"),
        ("Angry at what he called “a stitch-up,” the crowd marched.\n", "he"),
        ("Days after what he called “a stitch-up,” the board fired Hale.\n", "he"),
    ],
)
def test_relative_pronoun_that_disagrees_stays_a_pronoun(text: str, speaker: str) -> None:
    """A plural, a group or the other gender is not who "he"/"she" stands for: the quote
    is still a quote, and its speaker is left to resolution (here, nobody earlier)."""
    q = only_quote(text)
    assert (q.kind, q.speaker, mention(text, q)) == ("quote", speaker, speaker)


def test_disagreeing_pronoun_is_resolved_to_an_earlier_person() -> None:
    text = "Tom Vance left the hall early.\nVoters mocked what he called “a modest raise.”\n"
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == ("Tom Vance", "he")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will win,” said Lee quietly, smiling at the crowd.\n", "Lee"),
        ("“It is done,” said Ann Hale calmly, before leaving.\n", "Ann Hale"),
        ("“Not today,” said Lee firmly, and walked off.\n", "Lee"),
        ("“It is late,” said the mayor quietly, smiling.\n", "the mayor"),
        ("“We lost,” said the coach sadly.\n", "the coach"),
    ],
)
def test_an_adverb_after_the_speaker_is_not_part_of_the_name(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == (speaker, speaker)


def test_a_lower_case_head_noun_after_a_name_still_belongs_to_it() -> None:
    """Neighbour: "the Lee family" keeps its head noun ("family" ends in -ly)."""
    text = "The Lee family, who run the mill, said it was “a fair price.”\n"
    q = only_quote(text)
    assert mention(text, q) == "The Lee family"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lee, spokeswoman for the port says “the quay is closed.”\n", "Lee"),
        ("Dr. Ann Lee, director of Harbor Health said “we are ready.”\n", "Dr. Ann Lee"),
        ("Dr. Ann Lee, director of Harbor Health said, “We are ready.”\n", "Dr. Ann Lee"),
    ],
)
def test_a_bare_singular_role_after_a_name_is_its_appositive(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dover, residents of the island say “the quay is closed.”\n", "residents of the island"),
        ("Lee, members of the board said, is “a liar.”\n", "members of the board"),
        ("Hale, critics of the plan argue, is “out of touch.”\n", "critics of the plan"),
        ("Hale, her rivals on the board say, is “out of touch.”\n", "her rivals on the board"),
    ],
)
def test_a_plural_or_parenthetical_role_is_not_an_appositive(text: str, speaker: str) -> None:
    """A plural is not one name's appositive, and "X, Y said, is …" is a parenthetical
    whose speaker is Y."""
    q = only_quote(text)
    assert mention(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Hale, the mayor and the treasurer walked out, calling the vote “a farce.”\n", "Hale"),
        ("Hale, the mayor and two aides left early, calling the vote “a farce.”\n", "Hale"),
        ("Ruiz, her deputy and the clerk walked out, calling the plan “a relic.”\n", "Ruiz"),
    ],
)
def test_a_name_before_a_list_is_not_a_fronted_word(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("First, she and her deputy walked out, calling the vote “a farce.”\n", "she and her deputy"),
        ("Privately, the mayor and her aide walked out, calling it “a mess.”\n", "the mayor and her aide"),
        ("Privately, the mayor walked out, calling it “a mess.”\n", "the mayor"),
    ],
)
def test_a_fronted_adverb_or_ordinal_is_passed_over(text: str, speaker: str) -> None:
    """Neighbour: a capitalised adverb or ordinal before a list is still no subject."""
    q = only_quote(text)
    assert mention(text, q) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lee thanked the clerk who earns praise for coining the phrase “harbour tax.”\n", "the clerk"),
        (
            "The award went to a planner who took the blame for dubbing the scheme “the long walk.”\n",
            "a planner",
        ),
        (
            "The team hailed a volunteer who gets thanks from residents for naming the path “the quiet mile.”\n",
            "a volunteer",
        ),
        ("The aide who analysts credit with the phrase “blue tide” left.\n", "The aide"),
    ],
)
def test_a_relative_clauses_verb_before_a_noun_of_speech_is_no_speaker(text: str, speaker: str) -> None:
    """Other verbs and nouns than "deserves credit for": the noun the clause is about speaks."""
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == (speaker, "who")


def test_a_relative_clause_with_its_own_subject_keeps_the_antecedent() -> None:
    """Neighbour, a known limit: in "who police say", the clause's own subject (police) is
    not taken; the antecedent is."""
    text = "The man who police say “fired first” was held.\n"
    q = only_quote(text)
    assert mention(text, q) == "The man"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lee and Hale refused to say “sorry.”\n", "Lee and Hale"),
        ("Lee and her deputy will try to explain “the gap.”\n", "Lee and her deputy"),
        ("The mayor and the clerk declined to call it “a crisis.”\n", "The mayor and the clerk"),
    ],
)
def test_a_joined_subject_speaks_through_an_infinitive(text: str, speaker: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Lee met Hale and refused to say “sorry.”\n",
        "Lee thanked Hale and refused to call it “a crisis.”\n",
    ],
)
def test_an_object_before_and_is_not_joined_to_the_subject(text: str) -> None:
    """Neighbour: "Lee met Hale and refused": Hale is the object; Lee alone refused."""
    q = only_quote(text)
    assert (q.speaker, mention(text, q)) == ("Lee", "Lee")


@pytest.mark.parametrize(
    ("dash", "name"), [("―", "Ann Lee"), ("—", "Tom Hale"), ("–", "Dan Ives"), ("/", "Ruth Ode")]
)
def test_every_signature_dash_signs_a_comment_line(dash: str, name: str) -> None:
    """The signature search walks SIGNATURE_DASHES itself: each dash signs the line."""
    text = f"“Late again.” Every single week it is “late again.” {dash} {name}\n"
    quotes = extract_quotes(document_from_text(text, "story.txt"))
    assert [(q.speaker, q.attributed_by) for q in quotes] == [(name, "signed_line")] * 2


def test_a_comment_line_signed_by_no_name_has_no_speaker() -> None:
    """Neighbour: a lower-case tail after the dash is no signature."""
    text = "“Late again.” Every single week it is “late again.” ― ferry fans\n"
    quotes = extract_quotes(document_from_text(text, "story.txt"))
    assert [(q.kind, q.speaker) for q in quotes] == [("term", None)] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a harbour survey, 40 percent of skippers said “tolls cost us too much.”\n",
            ["a harbour survey"],
        ),
        (  # the poll names the first share's answer; the second share after a quote is its own
            "In a harbour survey, 40 percent of skippers said “tolls cost us too much,” and 12 percent "
            "said “fees are fair.”\n",
            ["a harbour survey", "12 percent"],
        ),
        (  # a quote between the poll and the share closes the poll's reach
            "A survey was cited, and Lee said “it was fine,” and 40 percent of skippers said "
            "“tolls cost us too much.”\n",
            ["Lee", "40 percent of skippers"],
        ),
        (  # neighbour: a semicolon ends the poll's clause
            "The survey came out Monday; 40 percent of skippers said “tolls cost us too much.”\n",
            ["40 percent of skippers"],
        ),
    ],
)
def test_a_poll_is_read_only_after_the_last_quote(text: str, expected: list[str]) -> None:
    """poll_source reads the sentence from the last quote before the share, so a sentence of
    many quotes is read once, not once per quote (bench: linear in the number of quotes)."""
    assert speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Anyone who reads the report closely will see “a mess.”\n",
        "Whoever drafted the letter quickly will regret “that tone.”\n",
        "Anyone who reads the bill closely will see “a mess.”\n",
    ],
)
def test_a_document_after_a_verb_is_its_object_not_the_subject(text: str) -> None:
    """The document a relative clause's verb reads is no source of the main clause's quote."""
    q = only_quote(text)
    assert (q.kind, q.speaker) == ("term", None)


def test_a_document_opening_its_clause_is_the_source() -> None:
    """Neighbour: the document as the subject still speaks."""
    q = only_quote("The audit found “no trace of fraud.”\n")
    assert (q.kind, q.speaker) == ("quote", "The audit")


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("Angry at what he called “a stitch-up,” the crowd booed Hale.\n", "he"),
        ("Angry at what he called “a stitch-up,” the crowd jeered.\n", "he"),
        ("Stung by what she called “a cheap shot,” the fans cheered Lee.\n", "she"),
    ],
)
def test_a_reaction_after_a_relative_naming_does_not_report_it(text: str, pronoun: str) -> None:
    """ "what he called “…”" is named by the clause's own pronoun; a crowd's reaction after it
    is no report of it (the pronoun stays, for resolution)."""
    q = only_quote(text)
    assert (q.kind, q.cue, mention(text, q)) == ("quote", "called", pronoun)


def test_a_reporting_clause_after_a_relative_naming_is_the_outer_source() -> None:
    """Neighbour: a verb of reporting after the quote still names the outer source."""
    text = "Hale rejected what he called “a stitch-up,” the Courier reported.\n"
    q = only_quote(text)
    assert (q.speaker, q.cue) == ("Courier", "reported")
