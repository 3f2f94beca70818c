"""Attribution shapes from an extraction sweep of new genres (session 36). Invented passages.

1. A speaker's label opening an interview line ("Q: ", "A: ", "HALE: ") is no subject of the
   line's first sentence: "A: He looked at the scan and said, “…”" gives "He", not "A", and
   the quote is a quote, not a term.
2. A whole quoted sentence right after a narrative sentence whose subject is one person met
   by a definite description ("The airport chief paused. “…”") is that person's, as it is
   after a name or a pronoun; a group or a thing as the subject is not.
"""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from tests.conftest import check_speaker, mention, quote_with


def quoted(text: str, words: str) -> list[tuple[str, str | None]]:
    """The kind and mention of each extracted stretch holding ``words`` but for transcript turns."""
    found = extract_quotes(document_from_text(text, "story.txt"))
    return [(q.kind, mention(text, q)) for q in found if words in q.text and q.kind != "transcript"]


LABELLED = [
    (  # a coordinated verb after the answer's label
        "Q: What did the doctor say?\nA: He looked at the scan and said, “You’re very lucky.” I didn’t feel lucky.\n",
        "very lucky",
        "He",
    ),
    (  # a name, another verb, straight marks
        'Q: What did your coach say after the final?\nA: Tomasz just hugged me and said, "Now you can eat cake."\n',
        "eat cake",
        "Tomasz",
    ),
    (  # a description, a partial quote, blank lines between the turns
        "Q: Your critics call the building ugly.\n\nA: One of them called it “a car park with ambitions.” I framed it.\n",
        "car park",
        "One of them",
    ),
    (  # an all-caps label, an aside before the verb
        "INTERVIEWER: And the coach?\nMARSH: The coach, a quiet man, turned round and told me, ‘Learn a trade.’\n",
        "Learn a trade",
        "The coach",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), LABELLED)
def test_line_label_is_no_subject(text: str, words: str, expected: str) -> None:
    assert quoted(text, words) == [("quote", expected)]


def test_label_turn_keeps_its_label() -> None:
    # neighbour: a quote right after the label is still the label's speaker's turn
    text = "Interviewer: Were you ever tempted?\n\nHALLORAN: “I never wanted to be famous. I wanted to be good.”\n"
    assert quoted(text, "never wanted") == [("quote", "HALLORAN")]


DESCRIBED = [
    (
        "Asked about the dropped catch, the Ashbury wicketkeeper was philosophical. “It happens. I’ll catch the next one.”",
        "It happens",
        "the Ashbury wicketkeeper",
    ),
    (  # another verb, straight marks
        'Asked whether anyone would lose their job, the airport chief paused. "That\'s not the priority today."',
        "priority today",
        "the airport chief",
    ),
    (  # an adjective in the description, British marks, a verb with an object
        "The old man shook his head. ‘The sea has changed.’",
        "sea has changed",
        "The old man",
    ),
    (  # a prepositional phrase after the verb
        'The judge looked up from her notes. "This case should never have come to court."',
        "come to court",
        "The judge",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), DESCRIBED)
def test_described_person_before(text: str, words: str, expected: str) -> None:
    assert mention(text, quote_with(text, words)) == expected


@pytest.mark.parametrize(
    "text",
    [
        'The building was empty. "Nobody has lived here for years."',  # a thing
        "The committee met on Tuesday. “This is a good day for the town.”",  # a body
        "The victims were taken to hospital. “It was a terrible night for everyone.”",  # a plural
    ],
)
def test_no_person_before(text: str) -> None:
    check_speaker(text, "", None)


# 3. A quote-only paragraph right after a paragraph of narrative with no quote in it, whose last
#    sentence opens on one person (a name, a description of one person, "he" or "she"), is that
#    person's, as a whole quoted sentence after such a sentence in one paragraph is.
PARAGRAPH_AFTER = [
    (
        "Tobiah Crane, the head baker, hangs his coat on a nail and flicks on the ovens.\n\n"
        "“People think bread is simple. It is the least simple thing in the world.”\n",
        "bread is simple",
        "Tobiah Crane",
    ),
    (  # a quote running over two paragraphs, straight marks, an earlier sentence in the paragraph
        "The strike ended at midnight. Delia Farnham read a prepared statement on the steps of the depot.\n\n"
        '"Tonight our members have shown what solidarity means.\n\n"We thank the public for their patience."\n',
        "thank the public",
        "Delia Farnham",
    ),
    (  # a description of one person, British marks
        "The harbour master has seen worse winters than this one.\n\n‘The boats will go out again by March.’\n",
        "boats will go out",
        "The harbour master",
    ),
    (  # a pronoun
        "Asked about the plan, Mara Lind was unmoved. She has heard it all before.\n\n“Plans are cheap. Ferries are not.”\n",
        "Ferries are not",
        "She",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), PARAGRAPH_AFTER)
def test_paragraph_after_narrative(text: str, words: str, expected: str) -> None:
    assert quoted(text, words) == [("quote", expected)]


@pytest.mark.parametrize(
    "text",
    [
        # a fronted clause: the sentence does not open on its subject
        "If the mayor loses the vote, Harlow could drift for a decade.\n\n“The reality is that nobody is ready.”\n",
        # "they": a group, and a pull quote may follow
        "They think the progress is real and likely to last.\n\n“Lurking behind this is a dispute about the past.”\n",
        # a quote two paragraphs up: the new paragraph may go on with its speaker
        "“We will hold the ward,” Ama Oduya said.\n\nPell is relaxed about the count.\n\n“Nobody else can win here.”\n",
    ],
)
def test_paragraph_after_no_one(text: str) -> None:
    last = text.rstrip().rsplit("\n\n", 1)[-1].strip("“”\n")[:12]
    check_speaker(text, last, None)


# 4. A restrictive relative clause that ends on an object pronoun ("who worked with her", "who
#    built it") ends before the verb of speech after it, and "her" there is an object, not a
#    possessive: the subject the clause modifies speaks.
RELATIVE_OBJECT = [
    (
        'The engineers who worked with her said the bridge was "a genius piece of work in every sense."',
        "genius piece",
        "The engineers",
    ),
    (  # another verb, a pronoun object of the clause's verb
        'Neighbours who knew her described the family as "quiet, polite and always ready to help out."',
        "quiet, polite",
        "Neighbours",
    ),
    (  # "it" after the clause's verb, another cue
        'Engineers who built it called the bridge "a genius piece of work in every sense."',
        "genius piece",
        "Engineers",
    ),
    (  # "him" after a preposition
        'Friends who grew up with him called him "the kindest boy on the whole estate, by a distance."',
        "kindest boy",
        "Friends",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), RELATIVE_OBJECT)
def test_relative_ends_on_object(text: str, words: str, expected: str) -> None:
    assert mention(text, quote_with(text, words)) == expected


def test_her_before_a_noun_stays_possessive() -> None:
    # neighbour: "her calls" is her noun, not a verb of speech after an object
    text = 'Fans were frustrated with her calls for "a complete rethink of the whole season."'
    assert mention(text, quote_with(text, "complete rethink")) == "Fans"


# 5. A participle aside set off after a subject with two prepositional phrases ("A text from
#    Drake to Crowther, sent …, says") or opened by an irregular participle ("sent", "written")
#    is skipped as one with "-ed" after a plainer subject is: the noun phrase before it speaks,
#    not a noun inside the aside.
ASIDE_AFTER_PHRASES = [
    (
        "A text from Drake to Crowther, sent the night before the vote, says: ‘All sorted. You owe me dinner.’",
        "All sorted",
        "A text from Drake to Crowther",
    ),
    (  # "-ed" participle, a bare noun after "to", a partial quote
        "A memo from the director to staff, dated 3 March, warns that the budget is “in a perilous state.”",
        "perilous state",
        "A memo from the director to staff",
    ),
    (  # another preposition, another verb
        "A report by the panel to ministers, published on Friday, says the scheme is “unworkable in its current form.”",
        "unworkable",
        "A report by the panel to ministers",
    ),
    (  # an irregular participle after a name
        "Ann Lee, sent to prison in 2019 for fraud, said she was “a changed woman in every way.”",
        "changed woman",
        "Ann Lee",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ASIDE_AFTER_PHRASES)
def test_aside_after_phrases(text: str, words: str, expected: str) -> None:
    assert mention(text, quote_with(text, words)) == expected


def test_aside_names_no_one_inside() -> None:
    # neighbour: no aside, the phrase after "from" stays the subject's own
    text = "An email from Drake to Crowther says: “All sorted. You owe me dinner.”"
    assert mention(text, quote_with(text, "All sorted")) == "An email from Drake"
