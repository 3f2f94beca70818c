"""Attribution shapes of the issue-11 round: each rule is a grammatical shape, tested on
invented sentences that vary it (tense, a description for a name, another cue verb, an
aside) and on a neighbour that must not fire."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote
from tests.conftest import mention


def only_quote(text: str) -> Quote:
    [q] = [q for q in extract_quotes(document_from_text(text, "story.txt")) if q.kind == "quote"]
    return q


def check(text: str, quoted: str, who: str | None) -> None:
    q = only_quote(text)
    assert text[q.start : q.end] == quoted
    assert mention(text, q) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("He said in his complaint that “the fees are illegal.”\n", "He"),
        ("She had argued in her filing that “the fees are illegal.”\n", "She"),
        ("The union wrote in its letter to members that “the fees are illegal.”\n", "The union"),
        ("In May, the anglers claimed in their petition that “the fees are illegal.”\n", "the anglers"),
        ("They will probably say in their appeal that “the fees are illegal.”\n", "They"),
    ],
)
def test_a_possessive_medium_after_the_subjects_speech_verb_is_the_subjects(text: str, who: str) -> None:
    """ "He said in his complaint that “…”": the possessive points back to the subject."""
    check(text, "the fees are illegal.", who)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("He rejected her claim that “the fees are illegal.”\n", "her"),
        ("The anglers came under fire over their claim that “the fees are illegal.”\n", "their"),
        ("He said in her complaint that “the fees are illegal.”\n", "her"),
    ],
)
def test_a_possessive_speech_noun_without_the_subjects_speech_verb_keeps_its_owner(
    text: str, who: str
) -> None:
    check(text, "the fees are illegal.", who)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("One fan outside Anfield said “we deserved it.”\n", "One fan"),
        ("A nurse inside Harbor Health had told reporters “the wards are full.”\n", "A nurse"),
        ("A teacher in Dover says “the roof leaks.”\n", "A teacher"),
        ("The driver behind the bus shouted “move over!”\n", "The driver"),
        ("Ann Lee in Dover warned on Monday “the roof leaks.”\n", "Ann Lee"),
    ],
)
def test_a_place_after_the_head_noun_is_not_the_speaker(text: str, who: str) -> None:
    """ "one fan outside Anfield said": the phrase of place locates the fan; it names nobody."""
    q = only_quote(text)
    assert (mention(text, q), q.speaker) == (who, who)


@pytest.mark.parametrize(
    "text",
    [
        "Lee met a fan outside Anfield and said “we deserved it.”\n",
        "AT LEAST 10 HURT IN HARBOR BLAST Port chief Lee said the crane had “simply snapped.”\n",
    ],
)
def test_a_place_phrase_elsewhere_leaves_the_subject(text: str) -> None:
    """The place phrase is in an earlier verb's object, or a preposition set in capitals."""
    q = only_quote(text)
    assert q.speaker == "Lee"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Hale — speaking at the dock on Monday — has called it “a disgrace.”\n", "Hale"),
        ("Hale — who spoke at the dock — has called it “a disgrace.”\n", "Hale"),
        ("The mayor — speaking at the dock — had described the plan as “a disgrace.”\n", "The mayor"),
        ("Hale -- visibly angry -- will tell the board “it is a disgrace.”\n", "Hale"),
    ],
)
def test_a_perfect_or_modal_verb_after_a_dash_aside_is_active(text: str, who: str) -> None:
    """ "Hale — speaking at the dock — has called it “…”": the auxiliary makes the verb after
    the closing dash finite and active; the subject before the aside speaks."""
    q = only_quote(text)
    assert (mention(text, q), q.cue.split()[0] in ("called", "described", "tell")) == (who, True)


def test_a_participle_right_after_a_dash_stays_a_passive_aside() -> None:
    text = "The audit — widely labeled “a whitewash” — ran to forty pages.\n"
    [q] = extract_quotes(document_from_text(text, "story.txt"))
    assert (q.kind, q.speaker) == ("term", None)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Dr. Ann Lee, director of Harbor Health had warned “the clinic is full.”\n", "Dr. Ann Lee"),
        ("Ann Lee, spokeswoman for the port authority says “the quay is closed.”\n", "Ann Lee"),
        (
            "Harbor Health, operator of the Dover clinic will tell patients “the clinic is full.”\n",
            "Harbor Health",
        ),
        ("Ivo Brandt, chairman of the board at the Dover port wrote “the fees will stay.”\n", "Ivo Brandt"),
    ],
)
def test_a_bare_role_after_a_name_without_its_closing_comma_is_an_appositive(text: str, who: str) -> None:
    """ "Dr. Ann Lee, director of Harbor Health had warned “…”": the writer dropped the
    comma that closes the appositive; the name, not the role's organisation, speaks."""
    q = only_quote(text)
    assert mention(text, q) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Brandt, a senior clerk says, “has checked every ledger twice.”\n", "a senior clerk"),
        ("Typically, he said “the plan is fine.”\n", "he"),
    ],
)
def test_an_article_or_a_pronoun_after_the_comma_is_the_subject(text: str, who: str) -> None:
    q = only_quote(text)
    assert mention(text, q) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Lee said the ferry ban was there to “keep the peace,” according to Reuters.\n", "Reuters"),
        (
            "Late on Tuesday, the harbourmaster insisted the trip was personal, telling skippers to "
            "“stay calm,” according to the Quayside Courier.\n",
            "the Quayside Courier",
        ),
        (
            "The ferry owner phoned the council, promising “a long fight,” according to a harbour memo.\n",
            "a harbour memo",
        ),
        (
            "A deckhand says the skipper banned cards on board to “stop the brawls,” according to the inquiry.\n",
            "the inquiry",
        ),
    ],
)
def test_according_to_after_a_quote_closing_on_a_comma_names_the_source(text: str, who: str) -> None:
    """ "Lee said “…,” according to the Courier": the comma inside the closing mark sets the
    source off as well as one outside it does; the source covers the whole sentence."""
    q = only_quote(text)
    assert mention(text, q) == who


def test_according_to_inside_the_quoted_words_is_no_source() -> None:
    text = "Lee said the fees were set “according to the law, not to please anyone.”\n"
    q = only_quote(text)
    assert mention(text, q) == "Lee"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We will appeal,” read the email.\n", "the email"),
        ("“The port will stay open,” reads the report.\n", "the report"),
        ("Hale said the port would stay “open,” according to the report by Ann Lee.\n", "Ann Lee"),
    ],
)
def test_an_article_and_a_word_ending_the_phrase_is_a_noun(text: str, who: str) -> None:
    """ "read the email": after an article, a word that also spells a verb ("email",
    "report") is the head noun when the phrase ends with it."""
    q = only_quote(text)
    assert mention(text, q) == who


def test_an_article_and_a_word_before_a_verb_stays_unparsed() -> None:
    text = "Her toast was far less daring than the “1890s” quip.\n"
    [q] = extract_quotes(document_from_text(text, "story.txt"))
    assert (q.kind, q.speaker) == ("term", None)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Harbor Health runs what it calls “a walk-in model.”\n", "Harbor Health"),
        ("Harbor Health, the operator, runs what it calls “a walk-in model.”\n", "Harbor Health"),
        ("The clinic ran what it called “a walk-in model for the whole harbour” for years.\n", "The clinic"),
        ("The video quotes a verse where it warns of “no respite.”\n", "The video"),
    ],
)
def test_it_after_a_relative_word_is_its_own_mention(text: str, speaker: str) -> None:
    """ "what it calls “…”": "it" is the clause's own subject mention; the sentence subject
    it stands for still names the speaker."""
    q = only_quote(text)
    assert (mention(text, q), q.speaker) == ("it", speaker)


def test_he_after_a_relative_word_still_names_the_sentence_subject() -> None:
    text = "Brandt has long mocked what he calls the “quay mafia.”\n"
    q = only_quote(text)
    assert (mention(text, q), q.speaker) == ("Brandt", "Brandt")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "“Which skipper sank the pontoon?” Brandt asked at the town meeting, according to the Quayside Courier.\n",
            "the Quayside Courier",
        ),
        ("“Why now?” asked the ferry boss, according to the minutes.\n", "the minutes"),
        ("“Who pays for it?” Lee will ask, according to the Gazette.\n", "the Gazette"),
        ("“Stop the fees!” the anglers shouted on Monday, according to Reuters.\n", "Reuters"),
    ],
)
def test_according_to_after_a_question_and_its_cue_names_the_source(text: str, who: str) -> None:
    """ "“…?” Lee said, according to the Courier": the question mark ends no sentence when
    the attribution follows, so the source set off after the cue covers the quote."""
    q = only_quote(text)
    assert mention(text, q) == who


def test_according_to_in_the_next_sentence_is_no_source_for_the_question() -> None:
    text = "“Why now?” Brandt said. According to the Quayside Courier, the pier is shut.\n"
    q = only_quote(text)
    assert mention(text, q) == "Brandt"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "As Brandt spoke, the guild was busy handing out leaflets, telling crews to resist “every new levy.”\n",
            "the guild",
        ),
        ("As the mayor talked, the anglers kept chanting “no fees, no peace.”\n", "the anglers"),
        ("As Ann Lee speaks on Monday, the crowd will be singing “we shall not be moved.”\n", "the crowd"),
    ],
)
def test_as_with_a_verb_of_addressing_is_a_time_not_a_source(text: str, who: str) -> None:
    """ "As Lee spoke, …" tells when; only "As Lee noted, …" frames the sentence as hers."""
    q = only_quote(text)
    assert mention(text, q) == who


def test_as_with_a_verb_of_saying_still_frames_the_sentence() -> None:
    text = "As Lee noted, the fees are “unfair to every angler in the harbour.”\n"
    q = only_quote(text)
    assert mention(text, q) == "Lee"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We will win,” said the Dover mayor.\n", "the Dover mayor"),
        (
            "“We will win,” said his Aldwick counterpart, Gary Dorsett.\n",
            "his Aldwick counterpart, Gary Dorsett",
        ),
        ("Hale supporters chanted “four more years for the harbour.”\n", "Hale supporters"),
        ("“We will win,” said Dover University professor Ann Lee.\n", "Dover University professor Ann Lee"),
        ("“We will win,” said Hale himself, smiling at the crowd.\n", "Hale"),
    ],
)
def test_a_name_modifying_a_lower_case_head_noun(text: str, who: str) -> None:
    """One rule (mentions.name_modifies) for a name before the lower-case noun it modifies:
    a role after an article, a noun an appositive follows, a plural its verb follows; a
    role after a capitalised name leads on to the person, a reflexive is no head."""
    q = only_quote(text)
    assert mention(text, q) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Before the vote, the mayor told reporters that the plan was “already dead,” the Herald reported.\n",
            "the Herald",
        ),
        (
            "When pressed on the ferry timetable, the harbourmaster replied: “Nobody gets a free crossing,” "
            "the Courier wrote.\n",
            "the Courier",
        ),
        (
            "While nobody knows who drew up the list, skippers say they will sign it by May, and the new "
            "berths will probably be “full of yachts,” Brandt warned.\n",
            "Brandt",
        ),
    ],
)
def test_a_closed_fronted_clause_leaves_the_trailing_cue_to_the_main_clause(text: str, who: str) -> None:
    """ "When pressed …, the harbourmaster replied: “…,” the Courier wrote": the comma
    closed the fronted clause before the main clause's subject, so the quote is the main
    clause's and the trailing attribution after it names the source."""
    q = only_quote(text)
    assert mention(text, q) == who


def test_a_quote_inside_an_open_fronted_clause_keeps_its_own_cue() -> None:
    text = "When Hale said “we are done with the fees,” the crowd cheered.\n"
    q = only_quote(text)
    assert mention(text, q) == "Hale"
