"""Session 26 (clause mends): four rules of this session narrowed where a review of invented
text found them firing too widely. (5) A relative clause on a document reached over a place
phrase ("a note from Ann Lee on the door which said “…”") names the document's author, as it
does with no place phrase, not the place noun. (6) A relative clause on a document that the
subject put out ("Hale sent a message that said “…”") is the subject's, as a participle
there already is ("sent a message saying"); a document the subject came upon stays the
document's. (7) A quote in a fronted clause with no speaker of its own ("Because the law is
“…,”") is still signed by a main clause whose cue addresses a listener ("Hale urged voters
to …", "asked the council to …"), as with "told"; not when the fronted clause has a cue of its
own. (9) A coordinate clause after a report whose verb is one of stance ("…, but Holm wants
“…”") is its own subject's, not the report's. Invented news text through the real
extractor."""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers

# 5. a document's relative clause over a place phrase --------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pia Rask found a note from Ann Lee on the door which said “Back by noon.”", "Ann Lee"),
        ("Ivo Tamm found a note from his daughter on the fridge that said “Love you lots.”", "his daughter"),
        (
            "The clerk left. Later Ada Voss found a letter from the mayor on her desk that read “We apologise.”",
            "the mayor",
        ),
        # an author the lexicon cannot tell to be a person: the document, as with no place phrase
        ("Ben Ory saw a card by his nephew in the hallway which said “Happy birthday, uncle.”", "a card"),
    ],
)
def test_document_relative_over_place_names_author(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the shape the rule was for: no author, the document itself
        ("Pia Rask found a note on the door which said “Back by noon.”", "a note"),
        ("Ivo Tamm saw a sign in the window of the bakery that read “Closed for good.”", "a sign"),
        # the author with no place phrase, as before
        ("Pia Rask found a note from Ann Lee which said “Back by noon.”", "Ann Lee"),
        # a speaker before the preposition is still not the relative's
        ("Workers at the shipyard that said “We are hiring” walked out.", "the shipyard"),
    ],
)
def test_document_relative_neighbours(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


# 6. a relative clause on a document the subject put out -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale sent a message that said “We are safe.”",
        "Tom Hale had mailed a letter to the council which read “I resign.”",
        "Tom Hale, the harbour master, sent out a memo that said “The quay is shut.”",
        "Tom Hale signed a letter that said “We object to the plan.”",  # not "delivered": test_misc_mends26
    ],
)
def test_put_out_document_relative_is_the_subjects(text: str) -> None:
    assert speakers(text)[-1] == "Tom Hale"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the document was come upon, not put out: its own words
        ("Tom Hale found a message that said “We are safe.”", "a message"),
        ("Tom Hale saw a sign that read “No entry.”", "a sign"),
        ("Tom Hale received a letter that said “You owe us.”", "a letter"),
        # a participle after a verb that puts it out, as before
        ("Tom Hale sent a message saying “We are safe.”", "Tom Hale"),
    ],
)
def test_put_out_document_neighbours(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


def test_put_out_relative_mention_is_the_subject() -> None:
    assert mentions("Tom Hale sent a message that said “We are safe.”")[-1] == "Tom Hale"


# 7. a fronted clause with no speaker and a main cue that addresses a listener --------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Because the law is “unworkable,” Tom Hale urged voters to reject it.", "Tom Hale"),
        ("Since the plan was “dead on arrival,” Tom Hale asked the council to drop it.", "Tom Hale"),
        ("Because the tax is “a disaster,” the mayor begged lawmakers to repeal it.", "the mayor"),
        ("As the bridge was “unsafe,” Tom Hale ordered the crews to close it.", "Tom Hale"),
        # the shape that already worked
        ("Because the law is “unworkable,” Tom Hale told voters to reject it.", "Tom Hale"),
    ],
)
def test_fronted_quote_signed_by_listener_cue(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the rule's own shape: the main verb takes a thing as its object
        ("After the mayor likened the strikers to “vandals,” Ola Berg wrote an angry letter.", "the mayor"),
        ("Because the law is “unworkable,” Tom Hale urged a repeal.", None),
        # a fronted clause with a cue of its own keeps its speaker, whoever is addressed after it
        (
            "After the mayor likened the strikers to “vandals,” Ola Berg urged the mayor to apologise.",
            "the mayor",
        ),
        (
            "After the mayor likened the strikers to “vandals,” Ola Berg told the mayor to apologise.",
            "the mayor",
        ),
    ],
)
def test_fronted_quote_listener_neighbours(text: str, speaker: str | None) -> None:
    assert speakers(text)[-1] == speaker


# 9. a coordinate clause with a verb of stance of its own after a report -------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Eva Lind says the city is broke, but Nils Holm wants “new taxes.”", "Nils Holm"),
        ("Eva Lind thinks the plan is flawed, and Nils Holm wants “a fresh start.”", "Nils Holm"),
        ("Eva Lind says the port is failing, and the mayor prefers “a slower path.”", "the mayor"),
        ("Eva Lind said the port was failing, yet the union wanted “a full audit.”", "the union"),
    ],
)
def test_coordinate_stance_clause_is_its_own(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the rule's own shape: no cue in the coordinate clause, the report goes on
        ("Eva Lind says residents want answers, but Nils Holm is giving them “empty promises.”", "Eva Lind"),
        # a pronoun subject goes on with the reporter, as before
        ("Eva Lind says the port is failing, but she wants “a full audit.”", "Eva Lind"),
        # a verb of speech of its own, as before
        ("Eva Lind says the port is failing, but Nils Holm demands “a full audit.”", "Nils Holm"),
    ],
)
def test_coordinate_stance_neighbours(text: str, speaker: str) -> None:
    assert speakers(text)[-1] == speaker
