"""Session 29, a quote closed by a comma inside a who-clause on the subject, then the main
verb of saying: "Ada Lind, who called the plan “…,” said the new rules would …". The verb
after the quote is not inverted: the description after it is the subject of the reported
clause (an auxiliary or modal follows it), so the quote is the subject's, not that noun's.
Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruben Okafor, a historian, who called himself “a cautious optimist,” said the "
            "restored locks would draw visitors.",
            "Ruben Okafor",
        ),
        (
            "Ilse Brandt, a ward nurse, who called the plan “a fine start,” said the new wards "
            "will open in May.",
            "Ilse Brandt",
        ),
        (
            "Omar Leland, the council's treasurer, who described the budget as “tight but "
            "honest,” says the spending cuts could be avoided.",
            "Omar Leland",
        ),
        (
            "Pia Moreau, who once called the tower “an eyesore,” said the new owners had promised changes.",
            "Pia Moreau",
        ),
    ],
)
def test_description_before_an_auxiliary_is_no_inverted_speaker(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_inverted_description_with_an_aside_still_speaks() -> None:
    text = "“It is a tight budget,” said the treasurer, who would not give a figure."
    assert speakers(text) == ["the treasurer"]


# 2. two relative clauses joined by "and": the second pronoun has the first one's antecedent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruben Okafor, who has studied the canal and who called himself “a cautious "
            "optimist,” was not convinced.",
            "Ruben Okafor",
        ),
        (
            "Ilse Brandt, a ward nurse, who joined in 2010 and who says the wards are “half "
            "empty,” told reporters she would stay.",
            "Ilse Brandt",
        ),
        (
            "The board, which met on Monday and which called the plan “reckless,” will vote again.",
            "The board",
        ),
    ],
)
def test_second_of_two_joined_relatives_reads_back_to_the_subject(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_past_verb_after_a_counted_description() -> None:
    text = (
        "Vera Lind, a canal historian, who described herself as “cautious but hopeful,” said "
        "the nine restored locks included some of the oldest in the country."
    )
    assert speakers(text) == ["Vera Lind"]


def test_inverted_description_with_a_relative_clause_still_speaks() -> None:
    assert speakers("“We lost everything,” said the man who built the farm.") == ["the man"]


def test_past_verb_and_object_after_an_inverted_description() -> None:
    text = "Omar Leland, who called the budget “tight but honest,” said the new cuts included some grants."
    assert speakers(text) == ["Omar Leland"]


# 3. a medium named by two words ("a conference call") is a setting, so the report opens after it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mira Holt, the airline's chief executive, who would run the merged carrier, said on "
            "a conference call that the merger would allow both airlines to compete “as equals.”",
            "Mira Holt",
        ),
        (
            "Ines Marr, the mayor, told donors during a conference call on Friday that the grant "
            "will allow the city to hire “forty more teachers.”",
            "Ines Marr",
        ),
        (
            "Tomas Greer told investors on a conference call that the sale would allow the bank "
            "to expand “across the region.”",
            "Tomas Greer",
        ),
    ],
)
def test_two_word_medium_is_a_setting(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_one_word_medium_stays_a_setting() -> None:
    text = "Tomas Greer said in a phone call that the new line would allow commuters to travel “in half the time.”"
    assert speakers(text) == ["Tomas Greer"]


# 4. a title in quotes closing an appositive on the subject ("a paper titled “…”,") hops back


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The report, a 40-page study titled "Clear Water," says the scheme would be paid '
            "for by “a modest rise in fees.”",
            "The report",
        ),
        (
            'The plan, a short paper called "Room to Grow," argues the new homes would be '
            "built by “local firms and local hands.”",
            "The plan",
        ),
        (
            "The group, which published a leaflet called “Stop the Tower,” argues the tower "
            "would block “all the light.”",
            "The group",
        ),
        (
            'The charter, titled "Fair Shares," states the fund would be run by “an elected board.”',
            "The charter",
        ),
    ],
)
def test_titled_appositive_leaves_the_subject(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected


def test_title_in_a_relative_clause_with_no_quote_after_stays_unattributed() -> None:
    assert speakers("Tomas Greer, who wrote a book titled “Open Streets,” says the plan would fail.") == [
        None
    ]


# 5. ", a claim Lee denied" after a quote: the cue's object is the words, not their sayer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She told the panel that the contractor had been “cutting corners for years,” a "
            "claim the firm denies.",
            "she",
        ),
        ("He said the club had been “run into the ground,” a claim the owners dispute.", "he"),
        (
            "Ines Marr wrote that the coach had “lost the dressing room” and should resign, an "
            "accusation Tovey denied.",
            "Ines Marr",
        ),
    ],
)
def test_claim_someone_denied_does_not_sign_the_quote(text: str, expected: str) -> None:
    assert [str(x).lower() for x in speakers(text)] == [expected.lower()]


def test_name_after_a_role_noun_still_signs() -> None:
    assert speakers("“We will appeal,” the spokesman Ann Lee said.") == ["Ann Lee"]


# 6. asked about a document: the passive subject is the one asked, the document speaks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister was asked about a brochure that described the project as “entirely safe.”",
            "a brochure",
        ),
        (
            "The minister was questioned about a leaflet that described the project as “entirely safe.”",
            "a leaflet",
        ),
        ("The mayor was asked about a rival who called the project “a vanity scheme.”", "a rival"),
        ("Lee was told about a memo that described the plan as “a disaster.”", "a memo"),
    ],
)
def test_passive_of_asking_leaves_the_document_its_words(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_active_asker_keeps_the_quote() -> None:
    assert speakers("Lee asked about a leaflet that described the project as “entirely safe.”") == ["Lee"]


# 7. a name, then a role opened by a possessive name ("Acme's chief"), then a who-clause: the name speaks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Park, Corvo's chief executive, who would lead the combined company, said: “We can win.”",
            "Lena Park",
        ),
        (
            "Nadia Voss, Orbex's finance chief, who will run the merged group, told investors that "
            "the merger would let the two firms compete “as true equals” abroad.",
            "Nadia Voss",
        ),
        (
            "Marek Sova, Linfield's police chief, who has led the force since 2020, said the "
            "arrests were “long overdue.”",
            "Marek Sova",
        ),
    ],
)
def test_possessive_role_after_a_name_leaves_the_name_speaking(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


def test_possessive_description_before_its_name_still_gives_the_name() -> None:
    assert speakers(
        "The company's chief, Lena Park, who would lead the group, said the deal was “good.”"
    ) == ["Lena Park"]
