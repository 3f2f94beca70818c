"""Session 27, cue grammar round 2: which clause and which noun phrase a cue's subject is.
(1) "what X called “…”": a noun phrase after "what" is the subject of the verb after it,
not an object noun that a participle describes. (2) A name set off after a description is
who the description is, also when the description has an of-phrase ("The head of the union,
Ann Lee,") or the name a role before it (", the historian Ann Lee,", ", Ann Lee of the Tenants'
Union,"). (3) "Ann Lee, a former mayor, who warned …": the relative clause is about the named
person, whose appositive the description is. (4) A participle between a determiner (and an
adverb) and its noun is a modifier, no cue ("a widely shared video", "a hastily published
report"). Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers

# 1. "what X called" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Corvel Foods said it would close two plants, blaming rising costs and what its "
            "finance director called “a perfect storm of bad luck.”",
            "its finance director",
        ),
        (
            "The ferry company cancelled forty crossings after what a harbour pilot called "
            "“the worst swell in a decade.”",
            "a harbour pilot",
        ),
        (
            "Dunmore Rail suspended the timetable, citing what the union's regional organiser had "
            "described as “a staffing emergency.”",
            "the union's regional organiser",
        ),
        (
            "Ilse Varga resigned on Monday over what Councillor Tom Reeve called “a culture of quiet bullying.”",
            "Tom Reeve",
        ),
    ],
)
def test_subject_after_what_is_the_verbs(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # neighbours: a participle on an object noun, whose verb's subject speaks
        ("Ilse Varga slammed a loophole called the “garden gap” in the new rules.", "Ilse Varga"),
        ("Tom Reeve posted a message reading “See you all on Friday.”", "Tom Reeve"),
        # "what" as the object of the reporter's verb: the reporter's account
        ("Marta Olin said what the town needed was “a proper bus station.”", "Marta Olin"),
    ],
)
def test_participle_on_an_object_noun_stays_the_verbs(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


# 2. a name set off after a description -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "His lawyer, Dana Whitlow of the Tenants' Union, said the ruling was “long overdue.”",
            "Dana Whitlow",
        ),
        ("Their chair, the historian Piet Vandross, said the book was “a quiet triumph.”", "Piet Vandross"),
        (
            "The jury's foreman, the retired engineer Colm Adair, told reporters it had been “a hard week.”",
            "Colm Adair",
        ),
        (
            "The head of the teachers' union, Mara Collins-Ode, on Tuesday rejected the offer, "
            "calling it “an insult to every classroom.”",
            "Mara Collins-Ode",
        ),
        (
            "The chair of the parish council, Ruth Kemble, wrote that the plan was “dead on arrival.”",
            "Ruth Kemble",
        ),
    ],
)
def test_name_set_off_after_description(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_description_then_a_list_is_no_appositive() -> None:
    text = "The mayor, the police chief and two councillors met on Friday. “We are united,” the mayor said."
    assert mentions(text) == ["the mayor"]


# 3. "Ann Lee, a former mayor, who …" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Among those who opposed the plan was Senator Idris Kale, a former mayor, who warned "
            "that it would “hollow out the town centre.”",
            "Idris Kale",
        ),
        (
            "Leading the protest was Nora Abt, a retired teacher, who said the cuts were “simply cruel.”",
            "Nora Abt",
        ),
        (
            "The motion was tabled by Gil Moran, the group's treasurer, who has called the budget “a fantasy.”",
            "Gil Moran",
        ),
    ],
)
def test_relative_after_name_and_appositive_is_the_names(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_relative_after_a_body_and_appositive_keeps_the_description() -> None:
    # neighbour: the name before the appositive is a body's, not a person's
    text = "The grant went to Harbour Trust, a local charity, whose director called it “a lifeline.”"
    assert speakers(text) != ["Harbour Trust"]


# 4. a participle as a modifier -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The police chief on Wednesday defended two officers seen in a widely shared video "
            "wrestling a man to the ground, saying the clip “does not show the whole story.”",
            "The police chief",
        ),
        (
            "Coach Tilda Byrne defended three players named in a hastily published report, "
            "saying the claims were “simply untrue.”",
            "Tilda Byrne",
        ),
        (
            "The school's head, Omar Sayed, praised pupils whose work featured in a recently "
            "broadcast film, telling parents it was “a proud day.”",
            "Omar Sayed",
        ),
    ],
)
def test_participle_after_adverb_and_determiner_is_a_modifier(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_verb_after_adverb_stays_a_verb() -> None:
    # neighbour: an adverb before a finite verb of speech
    assert speakers(
        "Several witnesses described the scene. One man loudly shouted “Stop!” at the driver."
    ) == ["One man"]


def test_plural_description_is_not_the_named_member() -> None:
    # a name set off after "The chair of the judges" makes her the chair, not "the judges"
    text = (
        "The chair of the judges, the broadcaster Ilka Brand, described the novel as “fierce.” "
        "The judges said in their citation that it was “a triumph.”"
    )
    assert speakers(text) == ["Ilka Brand", "The judges"]


# 5. a relative clause on an object noun before a colon ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Lena Ferro penned a verse that fans have recited for years: “The river keeps what the city forgets.”",
            "Lena Ferro",
        ),
        (
            "The coach chalked a motto that her players repeat before every match: “Run until the whistle.”",
            "The coach",
        ),
        (
            "Ravi Sen coined a slogan which the campaign later printed on every leaflet: “Homes before hotels.”",
            "Ravi Sen",
        ),
    ],
)
def test_relative_on_object_noun_before_colon_is_not_its_subjects(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_that_opening_a_report_is_no_part_of_the_teller() -> None:
    # neighbour: a teller inside a report sets out her own words; "that" is not in her mention
    text = "Lena Ferro said that fans had told her: “We love the new record.”"
    assert speakers(text) == ["fans"]
    assert mentions(text) == ["fans"]


def test_result_clause_keeps_its_cue() -> None:
    # neighbour: "so odd that" opens no relative clause on a noun
    text = "Her reply grew so heated that the chairwoman of the panel finally warned: “Let us all calm down.”"
    assert speakers(text) == ["the chairwoman of the panel"]


# 6. an inverted cue before two roles joined by "and" and a name ------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Sleep is a skill like any other,” writes nutrition scientist and broadcaster Anil Devi.",
            "Anil Devi",
        ),
        (
            "“Start with the basics,” advises former Olympic rower and coaching consultant Jo Brandt.",
            "Jo Brandt",
        ),
        (
            "“Every garden needs a wild corner,” says landscape designer and television presenter Dr. Ruth Allam.",
            "Ruth Allam",
        ),
        ("“Keep the receipts,” warned tax adviser and part-time lecturer Omar Quist.", "Omar Quist"),
    ],
)
def test_inverted_cue_before_joined_roles_and_a_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_inverted_cue_before_a_plural_and_a_name_is_not_one_person() -> None:
    # neighbour: a plural and a person are two speakers, not one described person
    assert speakers("“We are ready,” said fire crews and volunteer Ann Lee.") != ["Ann Lee"]


# 7. "“…” was the verdict of X" with an appositive or a clause after the sayer ---------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Absurd,” was the blunt verdict of Dame Hilda Prosser, the former judge, when asked about the bill.",
            "Hilda Prosser",
        ),
        ("“A disaster,” was the response of Mark Ellery, a local farmer.", "Mark Ellery"),
        ("“Too late,” was the reaction of the union's leader as the vote closed.", "the union's leader"),
        ("“Not before spring,” came the reply from Ivo Tamm when pressed on the date.", "Ivo Tamm"),
    ],
)
def test_verdict_of_a_sayer_with_appositive_or_clause(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_verdict_whose_clause_goes_on_has_no_sayer() -> None:
    # neighbour: the clause after the noun goes on
    assert speakers("“Absurd,” was the verdict of the panel that met on Monday.") == [None]


def test_outer_report_after_a_body_is_no_appositive() -> None:
    # neighbour: "the court heard" is a clause of its own, not the panel's appositive
    assert speakers("“Absurd,” was the verdict of the panel, the court heard.") != ["the court"]


# 8. a relative clause after a participle aside is about the name before the aside ---------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Rita Salo, flanked by two aides, whose campaign ran under the slogan “Bread First,” "
            "told supporters: “We did it together.”",
            "Rita Salo",
        ),
        (
            "As the votes were counted, Rita Salo, flanked by her husband and two aides, whose campaign "
            "ran under the slogan “Bread First,” told supporters: “We did it together.”",
            "Rita Salo",
        ),
        (
            "Mayor Ines Kohl, joined by three councillors, whose party had lost two seats under the "
            "banner “Fair Rents,” told reporters: “This is a warning.”",
            "Ines Kohl",
        ),
    ],
)
def test_relative_after_participle_aside_is_the_names(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_relative_right_after_an_object_is_the_objects() -> None:
    # neighbour: no aside; the relative clause is about the object, who speaks in it
    assert speakers("Rita Salo praised the stewards, who said the crowd had been “calm all night.”") == [
        "the stewards"
    ]
