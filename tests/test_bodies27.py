"""Rules of session 27 (branch s27-bodies): an organisation, a place, a team or a
publication is not the speaker of a person's words.

1. Letters after a name for an honour, a seat or a degree ("KC", "MP", "OBE", "PhD") are not
   part of the name: it ends before them, and is filed under its surname. A generation's
   suffix ("Jr.") stays part of the name.
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. letters after a name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Speaking for the defence, Ruth Okonjo-Lamb KC said her client was “deeply sorry”.",
            ["Ruth Okonjo-Lamb"],
        ),
        ("“We will appeal,” said Graham Tuttle QC, who acts for the family.", ["Graham Tuttle"]),
        (
            "Local MP Harriet Selby-Wong MP said the plan was “a betrayal of the town”.",
            ["Harriet Selby-Wong"],
        ),
        ("Professor Ines Varga OBE told the inquiry the figures were “simply wrong”.", ["Ines Varga"]),
        (
            "Dr Kwame Boateng-Hill PhD, an economist, says the forecast is “optimistic at best”.",
            ["Kwame Boateng-Hill"],
        ),
    ],
)
def test_letters_after_a_name_are_not_the_name(text: str, want: list[str]) -> None:
    assert speakers(text) == want


def test_the_surname_alone_later_is_the_same_person() -> None:
    text = (
        "His barrister, Nadia Frost-Obi KC, said he was “ashamed”. Later Ms Frost-Obi said the "
        "sentence would be “appealed at once”."
    )
    assert speakers(text) == ["Nadia Frost-Obi", "Nadia Frost-Obi"]


def test_a_generation_suffix_stays_in_the_name() -> None:
    assert speakers("“It is over,” said Robert Quell Jr., the senator.") == ["Robert Quell Jr."]


# 2. a he/she is not a name it acts on ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Her first customer is Piotr Halas, a porter. “I come daily,” he says. His colleague, "
            "Grace Onyema, arrives at six. She follows Fenwick Albion; he does not. “He supports "
            "whoever is top,” she says.",
            ["Piotr Halas", "Grace Onyema"],
        ),
        # past tense, another verb, a plural team name
        (
            "Joy Mensah came at noon. “I like it here,” she said. Her husband, Kofi Mensah, came "
            "later. She follows Harbour Rovers; he does not. “They will lose on Saturday,” she said.",
            ["Joy Mensah", "Joy Mensah"],
        ),
        # a publication named in a phrase opening the sentence, the pronoun its subject after it
        (
            "Vera Holt edited the paper for years. “It was my life,” she said. Colleagues describe "
            "a demanding boss. In a 2001 interview with the trade magazine Tidewater Monthly, she "
            "called the inquiry “half a year of dull paperwork.”",
            ["Vera Holt", "Vera Holt"],
        ),
        (
            "Tomasz Ruda has driven a cab for years. “I know every street,” he says. Olaf Berg, a "
            "rival, disagrees. In a chat with Harbour Talk, he called the club “a disgrace.”",
            ["Tomasz Ruda", "Olaf Berg"],
        ),
    ],
)
def test_a_pronoun_is_not_the_name_it_acts_on(text: str, want: list[str]) -> None:
    assert speakers(text) == want


def test_a_subject_named_with_a_role_before_it_keeps_the_pronoun() -> None:
    # the neighbour: the name is its sentence's subject, a he after it in its report
    text = (
        "Leading party donor Ruben Halloway said on Friday he met Dana Voss this week. He called her "
        "“very charming.”"
    )
    assert speakers(text) == ["Ruben Halloway"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tallow Bay Saints captain Mele Fonoti admitted her side had lost. After the match the "
            "Saints skipper smiled. “We were beaten fairly,” she said.",
            ["Mele Fonoti"],
        ),
        (
            "Harbour Rovers striker Tomasz Lind scored twice. Later the Rovers striker was asked "
            "about the penalty. “I just hit it hard,” he said.",
            ["Tomasz Lind"],
        ),
        (
            "Talon Freight spokesman Ed Vosk would not comment. Asked again on Monday, he said the "
            "matter was “closed.”",
            ["Ed Vosk"],
        ),
    ],
)
def test_a_name_before_a_role_is_the_body_the_role_is_held_in(text: str, want: list[str]) -> None:
    assert speakers(text) == want


def test_a_team_speaks_as_the_club() -> None:
    # the neighbour: a body that truly speaks
    text = "Kestrel Town beat Harbour Rovers 3-1. “We deserved it,” the club said in a statement."
    assert speakers(text) == ["the club"]


# 3. "the company": the business the article is about -----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Quellmoor Foods knew of the fault for months, according to papers filed on Monday. Quellmoor "
            "said the claims were “taken out of context.” The complaint, filed by the firm of Lamb & "
            "Tse, seeks damages. In its motion, the company argues that the claim is “without merit.”",
            ["Quellmoor Foods", "Quellmoor Foods"],
        ),
        (
            "Kellbrook Dairy has been sued by farmers. Kellbrook said it had “always paid on time.” "
            "The farmers are represented by Hale & Partners LLP. The company said the case was “a "
            "distraction.”",
            ["Kellbrook Dairy", "Kellbrook Dairy"],
        ),
        (
            "Talon Freight is closing its depot. Talon says the move is “regrettable.” Union officials "
            "met Orbis Logistics Ltd. The firm will “support every worker,” the company says.",
            ["Talon Freight", "Talon Freight"],
        ),
    ],
)
def test_the_company_is_the_business_the_article_is_about(text: str, want: list[str]) -> None:
    assert speakers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the body named most is a council, no business
        (
            "The Harbour Council has taken Acme Corp to court. The council said the firm had “ignored "
            "every warning.” The council voted on Monday. “We will fight this,” the company said.",
            ["The council", "Acme Corp"],
        ),
        # a person called by her surname is no body, though no first name list knows her
        (
            "Mara Lind runs a bakery. Lind said sales were “down by half.” She buys flour from Orbis "
            "Mills Ltd. “Prices are set by the market,” the company said.",
            ["Mara Lind", "Orbis Mills Ltd"],
        ),
        # two businesses named as often: not settled
        (
            "Acme Corp sued Delta Holdings on Monday. “This suit has no basis,” the company said.",
            ["the company"],
        ),
    ],
)
def test_the_company_keeps_the_marked_business_when_no_business_is_the_centre(
    text: str, want: list[str]
) -> None:
    assert speakers(text) == want


# 4. a body's name set off after a description --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ana Roth's former employer, Lantern & Gate Homes, said in a statement that it had "
            "“repaid every tenant.”",
            ["Lantern & Gate Homes"],
        ),
        ("The dead man's employer, Talon Freight Ltd, said it was “deeply saddened.”", ["Talon Freight Ltd"]),
        ("His former club, Harbour Rovers, says he will be “sorely missed.”", ["Harbour Rovers"]),
        ("“We acted at once,” her landlord, Orbis Homes, said on Friday.", ["Orbis Homes"]),
    ],
)
def test_a_body_named_after_a_description_speaks(text: str, want: list[str]) -> None:
    assert speakers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A baker from Dunmore, West Fenland, said the price was “too high.”", ["A baker from Dunmore"]),
        (
            "A spokesman for the council, Harbour District Council, said the road was “safe.”",
            ["A spokesman for the council"],
        ),
    ],
)
def test_a_place_or_a_prepositions_object_is_not_the_description(text: str, want: list[str]) -> None:
    assert speakers(text) == want


# 5. an "it" after a document ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The authors, whose novel was inspired by the Millgate Lane branch, sent a letter to every "
        "councillor. It described the closure as “a saving that costs more than it saves.”",
        "Ana Roth pleaded guilty at Dunholm Crown Court. The court heard she moved the money. "
        "The prosecutor read from a message Roth sent to a colleague. It said: “Nobody checks the accounts.”",
        "The Harbour Trust opposed the scheme. Residents wrote a petition to the mayor. It called the plan “reckless.”",
    ],
)
def test_an_it_after_a_document_is_not_a_body_named_before(text: str) -> None:
    assert speakers(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp issued a statement on Monday. “We regret the delay,” it said.",
        "Acme Corp denied the claims. In a statement, it said the report was “wrong.”",
        "Acme Corp was fined last year. On Monday it said the fine was “unfair.”",
    ],
)
def test_a_body_that_issues_the_document_is_the_it(text: str) -> None:
    assert speakers(text) == ["Acme Corp"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The mayor, Rosa Quist, criticised Harbour Rail. “It is a shambles,” she said.", ["Rosa Quist"]),
        ("Ivo Brandt, the coach, thanked Kestrel Town. “They were superb hosts,” he said.", ["Ivo Brandt"]),
        (
            "The mayor, Rosa Quist, visited Harbour Rail on Monday. “It is a shambles,” she says.",
            ["Rosa Quist"],
        ),
    ],
)
def test_a_person_who_acts_on_a_name_keeps_the_pronoun(text: str, want: list[str]) -> None:
    assert speakers(text) == want


def test_the_company_is_not_settled_when_the_article_opens_on_two() -> None:
    text = (
        "Acme Corp and Birchfield Labs signed a deal. Acme said it was “delighted.” Birchfield "
        "said it was “thrilled.” “This is a big day,” the company said."
    )
    assert speakers(text)[-1] == "Acme Corp"  # the one marked a business, as before
