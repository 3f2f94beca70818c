"""Extraction sweep of untuned genres (session 37): sports reports, obituaries, business,
council, entertainment, emergencies, health, education, columns, translated quotes.
Invented passages, invented people.

1. A restrictive relative clause whose last words are a day ("Workers who walked out Monday
   said", "the man who was hurt yesterday said") ends before the main clause's verb; the day
   is no adverb of that verb ("who had yesterday said" keeps the day in the verb group).
2. A comma-less "where" after a noun opens a relative clause with its own subject ("The
   school where she taught said", "The hospital where he was treated has said"): the noun
   speaks, not the clause's subject nor nobody. Not after a coordinator ("Sana Mirza and the
   bakery where she works": the coordination speaks), and "there was" inside the clause
   ("where the vicar said there was") is the clause's own, not the main verb.
3. (withdrawn: "X was quoted by Y as saying" gives Y by the project's convention,
   tests/test_sweepk33.py, as "according to Y" does.)
4. "said in a statement issued through the club": a past participle right after a medium
   ("in a statement", "in a letter") is the medium's, so "said" stays the cue.
5. "The pupil who won the prize, Dmitri Morrow, 16, said": an age set off after the name that
   restates a restrictive relative's subject keeps the name the speaker; not when the clause
   names a person ("The driver who hit the jogger, Sana Mirza, 29,": the jogger's name).
6. "Ewan Selvan, who chairs the committee that approved the merger, said": the comma closing a
   restrictive relative nested in a set-off one closes both; the mention is the name, not "who".
   Not a comma before a name ("the band that played the festival, The Tin Hats,"), nor a
   second comma in the inner clause.
7. "For Oskar Lind, the lesson was clear: “…”": before a colon, a bare noun of a view one holds
   (lexicon.HELD_VIEW_NOUNS: "the lesson", "the answer", "the choice") as the subject right
   before "is/was", after a fronted "For" and a person set off by a comma: the person's words.
   Not a text or word from someone ("the warning from the club", "the landlord's answer",
   "the lesson of the storm"), not a body, place or lone surname ("For the council,", "For
   Ashby Rovers,"), and "For now," names no one.
8. "The farmer whose barn burned, Teodor Quill, said": a name set off after a comma-less
   "whose" clause restates a subject that is a person, as after "who" (only ", whose chairman,
   Ivo Renk," gives the name to the role after "whose"); not when the clause names a person
   ("The man whose daughter married the goalkeeper, Ivo Brandt,") nor after a body ("The club
   whose ground was sold, Ashby Rovers,").
"""

from __future__ import annotations

import pytest

from tests.conftest import speaker_of


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # 1. a day closes the relative clause
        (
            "Dock workers who walked out on Monday said they had been “treated like machines”.",
            "treated like machines",
            "Dock workers",
        ),
        (
            'The cyclist who was knocked down yesterday told the Courier the junction is "a death trap".',
            "a death trap",
            "The cyclist",
        ),
        (
            "Parents who met the head teacher Tuesday have described the meeting as “a shambles”.",
            "a shambles",
            "Parents",
        ),
        (
            'The steward who ran the bar on Saturday said: "Nobody was served after eleven."',
            "Nobody was served",
            "The steward",
        ),
        # 2. a place relative with "where"
        (
            "The school where she taught for thirty years said Ms Varga had been “a force of nature”.",
            "a force of nature",
            "The school",
        ),
        (
            'The hospital where he was treated has said he is "stable and comfortable".',
            "stable and comfortable",
            "The hospital",
        ),
        (
            "The bakery where Ann Pike worked said in a post that she was “the heart of the shop”.",
            "the heart of the shop",
            "The bakery",
        ),
        (
            "A club where the fire started told insurers the wiring was “decades old”.",
            "decades old",
            "A club",
        ),
        # 4. a medium's participle
        (
            "“He was one of a kind,” his family said in a statement issued through the club.",
            "He was one of a kind",
            "his family",
        ),
        (
            "“We are heartbroken,” the Wenlock family said in a statement released on Monday night.",
            "We are heartbroken",
            "the Wenlock family",
        ),
        (
            '"We will not be bullied," the head teacher said in a letter issued to parents on Friday.',
            "We will not be bullied",
            "the head teacher",
        ),
        (
            "“Costs are rising,” a spokesman said in a statement put out on Sunday.",
            "Costs are rising",
            "a spokesman",
        ),
        # 5. an age after the restating name
        (
            "The pupil who won the prize, Dmitri Morrow, 16, said: “I still cannot believe it.”",
            "I still cannot believe it",
            "Dmitri Morrow",
        ),
        (
            'The woman who raised the alarm, Ann Pike, 71, said the stairs were "on fire".',
            "on fire",
            "Ann Pike",
        ),
        (
            "One of the fans who were hurt, Tomas Reyes, 19, told the Courier: “It was chaos.”",
            "It was chaos",
            "Tomas Reyes",
        ),
        # 7. "For X, the lesson was clear:"
        (
            "For Oskar Lindqvist, the lesson was clear: “We have to start games better.”",
            "We have to start games better",
            "Oskar Lindqvist",
        ),
        (
            'For Councillor Ines Marr, the priority is plain: "Mend the bridge before winter."',
            "Mend the bridge",
            "Ines Marr",
        ),
        (
            "For the head teacher, the worry was obvious: “Where do the children go?”",
            "Where do the children go",
            "the head teacher",
        ),
        (
            "For many nurses, the choice is stark: “Pay up or move away.”",
            "Pay up or move away",
            "many nurses",
        ),
        # 8. a restating name after a restrictive "whose" clause
        (
            "The farmer whose barn was destroyed in the blaze, Teodor Quill, said: “Forty years of work, gone.”",
            "Forty years of work",
            "Teodor Quill",
        ),
        (
            'A tenant whose flat was flooded twice, Mara Voss, told the council: "Nobody came."',
            "Nobody came",
            "Mara Voss",
        ),
        (
            "The trader whose stall was flooded on Sunday, Kofi Amadi, 44, said the council had been “asleep”.",
            "asleep",
            "Kofi Amadi",
        ),
    ],
)
def test_shapes(text: str, words: str, speaker: str | None) -> None:
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # neighbours: unchanged
        (
            "The referee who had earlier said the goal was “clearly offside” later changed his mind.",
            "clearly offside",
            "The referee",
        ),
        (
            "At the rally where he vowed to fight on, Tomas Pike said the result was “a new dawn”.",
            "a new dawn",
            "Tomas Pike",
        ),
        (
            "Her family said the school where she taught was “a second home”.",
            "a second home",
            "Her family",
        ),
        (
            'The dockers union, whose chairman, Ivo Renk, said it was "a scandal", voted to strike.',
            "a scandal",
            "Ivo Renk",
        ),
        (
            "For now, the message from the council is clear: “Stay away from the river.”",
            "Stay away from the river",
            "the message",
        ),
        (
            "A memo the director wrote in May said the plan was “doomed from the start”.",
            "doomed from the start",
            "A memo",
        ),
        # 7. the colon's subject keeps words that come from someone, and a body or place is no holder
        (
            "For the fans, the warning from the club was plain: “Stay at home.”",
            "Stay at home",
            "the warning",
        ),
        (
            "For the tenants, the landlord's answer was short: “Pay or leave.”",
            "Pay or leave",
            "the landlord's answer",
        ),
        (
            "For the village, the lesson of the storm was clear: “Build higher.”",
            "Build higher",
            "the lesson",
        ),
        (
            "For the council, the choice is simple: “Cut or borrow.”",
            "Cut or borrow",
            "the choice",
        ),
        (
            "For Ashby Rovers, the goal is clear: “Stay up.”",
            "Stay up",
            "the goal",
        ),
        # 5, 8. a name after a relative clause that ends on a person is that person's
        (
            "The man whose daughter married the goalkeeper, Ivo Brandt, said he was “very proud”.",
            "very proud",
            "The man",
        ),
        (
            "The driver who hit the jogger, Sana Mirza, 29, said he had “not seen her”.",
            "not seen her",
            "The driver",
        ),
        (
            "The club whose ground was sold, Ashby Rovers, said it was “a sad day”.",
            "a sad day",
            "The club",
        ),
        # 2. "there was" inside a place relative is its own; a coordination keeps its noun phrase
        (
            "The village where the vicar said there was “nothing to fear” flooded twice that winter.",
            "nothing to fear",
            "the vicar",
        ),
        (
            "Sana Mirza and the bakery where she works said the fire was “a disaster”.",
            "a disaster",
            "Sana Mirza and the bakery where she works",
        ),
        # 6. a name after the nested clause's own comma is the inner clause's object's
        (
            "Ines Marr, who manages the band that played the festival, The Tin Hats, said it was “a blast”.",
            "a blast",
            "Ines Marr",
        ),
    ],
)
def test_neighbours(text: str, words: str, speaker: str | None) -> None:
    assert speaker_of(text, words) == speaker


def mention_of(text: str, words: str) -> str | None:
    from quotecheck.article import document_from_text
    from quotecheck.extract import extract_quotes

    for q in extract_quotes(document_from_text(text + "\n", "story.txt")):
        if q.text.startswith(words):
            s0, s1 = q.speaker_start, q.speaker_end
            return text[s0:s1] if s0 is not None and s1 is not None else None
    raise AssertionError(f"no quote starting {words!r}")


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # 6. a restrictive relative nested in a set-off one: the comma closes both
        (
            "Ewan Selvan, who chairs the committee that approved the merger, said: “It was the right call.”",
            "It was the right call",
            "Ewan Selvan",
        ),
        (
            'Ann Holt, who runs the charity which organised the gala, told reporters: "It was a success."',
            "It was a success",
            "Ann Holt",
        ),
        (
            "The coach, who signed the striker who scored twice on Saturday, has said he is “delighted”.",
            "delighted",
            "The coach",
        ),
        # neighbours: the inner clause's own comma-free end, and a plain set-off relative
        (
            "Tom Reyes, who backed the scheme that the council approved, said “everyone wins”.",
            "everyone wins",
            "Tom Reyes",
        ),
        (
            "Residents who spoke to the mayor, Ann Lee, 54, said the plan was “a disgrace”.",
            "a disgrace",
            "Residents",
        ),
    ],
)
def test_mentions(text: str, words: str, mention: str | None) -> None:
    assert mention_of(text, words) == mention
