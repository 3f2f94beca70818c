"""Readers merged into one (session 28, branch s28-twins): what the merged readers answer.

1. focus_person reads the sentence before a description for a he/she opening it, also after
   a fronted phrase with commas inside it (sentences.opening_pronoun, fronted_phrase).
2. A paragraph that other narrative opens before the description is read alone; one the
   description opens goes on from the paragraph before.
3. Registry.in_quote: a person the quote addresses is not its he/she; one it only names
   may be ("My name is …").
4. restated_text: a document's noun set out by a relative clause before a colon.
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a he/she opening the sentence before, after a fronted phrase -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” Vera Dunmore said on Monday. Later, at a rally in Tarnby, she shrugged. "
        "Pressed on it, the 54-year-old added: “Polls lie.”",
        "“We will win,” Vera Dunmore said on Monday. Asked about the polls, she shrugged. "
        "Pressed on it, the 54-year-old added: “Polls lie.”",
        "“We will win,” Vera Dunmore said on Monday. At the door, on her way out, she smiled. "
        "Asked why, the 54-year-old said: “Polls lie.”",
    ],
)
def test_a_pronoun_after_a_fronted_phrase_keeps_the_person_in_focus(text: str) -> None:
    assert speakers(text)[-1] == "Vera Dunmore"


# 2. paragraphs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“We lost the vote,” said Vera Dunmore.\n\nThe 54-year-old added: “But we will be back.”",
        "“We lost,” Vera Dunmore said.\n\n“It hurts,” the 54-year-old added.",
        "“We lost the vote,” said Vera Dunmore. Later that day, the 54-year-old added: “But we will be back.”",
    ],
)
def test_a_description_goes_on_from_the_paragraph_before(text: str) -> None:
    assert speakers(text)[-1] == "Vera Dunmore"


def test_a_paragraph_other_narrative_opens_is_read_alone() -> None:
    text = "“We lost the vote,” said Vera Dunmore.\n\nLater that day, the 54-year-old added: “But we will be back.”"
    assert speakers(text)[-1] != "Vera Dunmore"


# 3. named or addressed in the quote ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee and Tom Baird spoke. “Thank you, Tom,” she said.",
        "Ann Lee and Tom Baird spoke. “Tom and I agree on this,” she said.",
        "Ann Lee met Ida Marsh. “Ida, you were right,” she said.",
        "Ann Lee arrived late. “My name is Ann Lee,” she said.",
    ],
)
def test_an_addressed_or_self_named_person(text: str) -> None:
    assert speakers(text) == ["Ann Lee"]


# 4. a document's words set out after a relative clause -----------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The memo contains a line that staff repeat often: “Nobody reads this.”", "The memo"),
        ("The memo contains a slogan that staff repeat often: “Nobody reads this.”", "The memo"),
        ("The letter has a motto which the founders chose: “Serve first.”", "The letter"),
        ("The letter includes a line that the mayor wrote: “Come home.”", "the mayor"),
    ],
)
def test_a_documents_restated_words(text: str, want: str) -> None:
    assert speakers(text) == [want]
