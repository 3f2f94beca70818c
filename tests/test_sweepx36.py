"""Attribution shapes from an extraction sweep of new genres (session 36). Invented passages.

1. A speaker's label opening an interview line ("Q: ", "A: ", "HALE: ") is no subject of the
   line's first sentence: "A: He looked at the scan and said, “…”" gives "He", not "A", and
   the quote is a quote, not a term.
2. (Dropped: a described person's turn before a quote is branch s36-xleft's rule, one rule
   for one shape.) A quote-only paragraph after a paragraph of narrative with no quote in it
   goes to the person the last sentence opens on only when that sentence shows them about to
   speak (a reaction, gesture, posture or stance: ``takes_turn``; or words for its object).
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


# A described person before a quote in one paragraph is left to s36-xleft's shared rule; what
# befalls a described person, or a description of a thing, hands no quote (the start's way).
@pytest.mark.parametrize(
    "text",
    [
        'The building was empty. "Nobody has lived here for years."',  # a thing
        "The committee met on Tuesday. “This is a good day for the town.”",  # a body
        "The star of the show was the weather. “Nobody had seen fog like it.”",  # a person's noun, a thing
        "The manager was sacked on Monday. “Results were not good enough.”",  # a fate
        "The defendant was jailed for nine years. ‘You preyed on the vulnerable.’",  # a fate, a sentence
    ],
)
def test_no_person_before(text: str) -> None:
    check_speaker(text, "", None)


# 3. A quote-only paragraph right after a paragraph of narrative with no quote in it (nor in
#    the paragraph before), whose last sentence opens on one person (a name, "he" or "she")
#    and shows them about to speak, is that person's.
PARAGRAPH_AFTER = [
    (  # a gesture
        "Lena Sorn listens to the question twice. She shakes her head.\n\n“Nobody asked the village.”\n",
        "Nobody asked",
        "She",
    ),
    (  # words for the object, a quote running over two paragraphs, straight marks
        "The strike ended at midnight. Delia Farnham read a prepared statement on the steps of the depot.\n\n"
        '"Tonight our members have shown what solidarity means.\n\n"We thank the public for their patience."\n',
        "thank the public",
        "Delia Farnham",
    ),
    (  # a posture, past tense, British marks
        "Tobiah Crane, the head baker, leaned forward.\n\n‘People think bread is simple.’\n",
        "bread is simple",
        "Tobiah Crane",
    ),
    (  # a stance after "be", a pronoun
        "Asked about the plan, Mara Lind frowned. She was unmoved.\n\n“Plans are cheap. Ferries are not.”\n",
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
        "“We will hold the ward,” Ama Oduya said.\n\nPell frowns at the count.\n\n“Nobody else can win here.”\n",
        # what befalls the person: a tribute or a police line may follow
        "Petra Holm died on Tuesday, aged 94.\n\n“She was a force of nature.”\n",
        "Ada Brink was arrested at her home in 2020.\n\n“The evidence against her was overwhelming.”\n",
        # what the person does: words about them or to them may follow
        "Rosa Tamm drives the school bus every morning.\n\n‘She knows every child by name.’\n",
        "Tomas Brevik, the accused, sat motionless in the dock.\n\n“You have shown no remorse whatsoever.”\n",
        "Jonah Reece scored the winner in the 89th minute.\n\n“What a finish. What a player.”\n",
    ],
)
def test_paragraph_after_no_one(text: str) -> None:
    last = text.rstrip().rsplit("\n\n", 1)[-1].strip("“”‘’\n")[:12]
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
    (  # a noun of people after the verb is its object, not a noun "her" owns
        "Those who knew her told reporters: “We will miss her badly at the market.”",
        "miss her badly",
        "Those",
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


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The inquiry looked at her stated aim of “zero waste by 2030”.", "zero waste"),
        ("Rivals seized on her claimed “deep ties” to the region.", "deep ties"),
        ("The court heard of her alleged “campaign of fear” against neighbours.", "campaign of fear"),
        ("Fans queued for her promised “final farewell” gig.", "final farewell"),
    ],
)
def test_her_before_a_participle_and_noun(text: str, words: str) -> None:
    # neighbours: a past form after "her" and before a noun or a quote is her noun's adjective
    # ("her stated aim"): the sentence's subject is not the speaker of the quoted term
    check_speaker(text, words, None)


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
