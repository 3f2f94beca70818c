"""People described as a group or with a qualifier speak as the whole phrase, not as a name
inside it; invented text (session 31).

- a how-clause's people before a place phrase: "Here's how one teacher in Ohio put it:" is the
  teacher, never the place;
- an inverted cue keeps a description's of/for/at phrase, as a subject does ("said a nurse at
  Grey Hospital");
- a plural of people opening a sentence before its phrase reads as the same words mid-sentence:
  "Supporters of Ana Rusk and Ben Oyelaran said" is the group, "Analysts at Delmar Bank wrote"
  the bank they speak for (as "analysts at Delmar Bank" mid-sentence always was);
- an article before a count stays in the noun phrase ("Lawyers for the two men");
- two subjects joined by "and" with an adverb after it ("Ana Rusk, and later Ben Oyelaran,
  said") or with a who-clause set off after the first ("Dr. Ann Vidal, who led the study, and
  Dr. Sam Cho wrote") are one subject;
- a participle of showing after a seen object gives the one shown ("watched the video showing
  officers shouting").
"""

from __future__ import annotations

import pytest

from tests.conftest import mentions, speakers


def last_speaker(text: str) -> str | None:
    return speakers(text)[-1]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Here's how one teacher in Ohio put it: “We never got the books.”", "one teacher"),
        ("Here is how a farmer near Tilbury described it: “The rain came too late.”", "a farmer"),
        ("This is how one nurse in the valley put it: “We ran out of beds.”", "one nurse"),
        ("Here's how a driver in Kelso put it to the council: “The road is a death trap.”", "a driver"),
    ],
)
def test_how_clause_people_before_a_place(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“We ran out of beds,” said a nurse at Grey Hospital.", "a nurse at Grey Hospital"),
        ("“The noise never stops,” said a resident of Marsh Lane.", "a resident of Marsh Lane"),
        ("“We were told nothing,” says one driver for the bus company.", "one driver for the bus company"),
        ("“It was chaos,” recalled a teacher at Ashby Primary.", "a teacher at Ashby Primary"),
    ],
)
def test_inverted_cue_keeps_the_description_phrase(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # neighbours: a place phrase is no part of the speaker; a place before a role is the role's
        ("“We lost the harvest,” said a farmer near Tilbury.", "a farmer"),
        ("Ohio's governor said the plan was “dead on arrival.”", "Ohio's governor"),
        ("Here's how the mayor of Ashby sees it: “The town is broke.”", "the mayor of Ashby"),
    ],
)
def test_qualified_neighbours(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Supporters of Ana Rusk and Ben Oyelaran said “the vote was stolen.”",
            "Supporters of Ana Rusk and Ben Oyelaran",
        ),
        (
            "Relatives of Sam Ode and Kit Bayo have said they want “answers, not excuses.”",
            "Relatives of Sam Ode and Kit Bayo",
        ),
        ("Critics of the plan called it “a gift to developers.”", "Critics of the plan"),
        ("Lawyers for the two men said the charges were “baseless.”", "Lawyers for the two men"),
        (
            "The hearing was brief. Neighbours of Kit Bayo said he was “a quiet man.”",
            "Neighbours of Kit Bayo",
        ),
    ],
)
def test_group_noun_heads_its_phrase(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # neighbours: one person for a name stays that person; a plain pair stays the pair
        ("A lawyer for Ana Rusk said the charges were “baseless.”", "A lawyer for Ana Rusk"),
        ("Ana Rusk and Ben Oyelaran said “the vote was stolen.”", "Ana Rusk and Ben Oyelaran"),
        ("Critics said the plan would “ruin the harbour.”", "Critics"),
        ("Voters in Ashby said the levy was “unfair.”", "Voters"),
    ],
)
def test_group_neighbours(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("opening", "inside"),
    [
        (
            "Analysts at Delmar Bank wrote that rates would “stay high for longer.”",
            "In a note, analysts at Delmar Bank wrote that rates would “stay high for longer.”",
        ),
        (
            "Economists at Delmar Bank said rates would “stay high.”",
            "On Monday, economists at Delmar Bank said rates would “stay high.”",
        ),
        (
            "The outlook is grim. Strategists at Tilbury Capital warned that stocks were “overpriced.”",
            "The outlook is grim, and strategists at Tilbury Capital warned that stocks were “overpriced.”",
        ),
        (
            "Lawyers for Delmar Bank have called the charges “baseless.”",
            "On Friday, lawyers for Delmar Bank called the charges “baseless.”",
        ),
    ],
)
def test_people_at_a_body_speak_for_it_in_both_spellings(opening: str, inside: str) -> None:
    assert last_speaker(opening) == last_speaker(inside)
    assert last_speaker(opening) in ("Delmar Bank", "Tilbury Capital")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # neighbours: a place is no body; an example after "like" is no body; a name with a
        # capitalised preposition is one body; a singular description keeps its phrase
        ("Residents of Marsh Lane said the noise was “unbearable.”", "Residents of Marsh Lane"),
        ("Critics like Ann Lee said: “This is a mistake.”", "Critics"),
        ("Doctors Without Borders said the clinic was “full.”", "Doctors Without Borders"),
        ("An official at Delmar Bank said rates would “stay high.”", "An official at Delmar Bank"),
    ],
)
def test_body_neighbours(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ana Rusk, and later Ben Oyelaran, said “the count was fair.”", "Ana Rusk and Ben Oyelaran"),
        ("Ana Rusk and later Ben Oyelaran told the court the count was “fair.”", "Ana Rusk and Ben Oyelaran"),
        ("Ana Rusk, and then Ben Oyelaran, wrote that the count was “fair.”", "Ana Rusk and Ben Oyelaran"),
        ("The mayor, and eventually her deputy, called the count “fair.”", "The mayor and her deputy"),
        ("Kit Bayo, and finally Sam Ode, have called the levy “a disgrace.”", "Kit Bayo and Sam Ode"),
    ],
)
def test_joined_subject_with_an_adverb_after_and(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Dr. Ann Vidal, who led the study, and Dr. Sam Cho wrote that “the effect was small.”",
            "Ann Vidal and Sam Cho",
        ),
        ("Ann Vidal, who chairs the board, and Sam Cho said the plan was “dead.”", "Ann Vidal and Sam Cho"),
        (
            "The mayor, who was re-elected in May, and her deputy have called the levy “a disgrace.”",
            "The mayor and her deputy",
        ),
        (
            "Ann Vidal, whose lab ran the trial, and Sam Cho wrote that “the effect was small.”",
            "Ann Vidal and Sam Cho",
        ),
    ],
)
def test_joined_subject_past_a_relative_clause(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # neighbours: a clause with its own verb before "and"; a pair inside the relative; a
        # relative that goes on after "and"; a person joined only as an object
        (
            "Ann Vidal, who led the study, said it was flawed, and Sam Cho wrote that “the effect was small.”",
            "Sam Cho",
        ),
        ("Ann Vidal, whose parents, Tom and Mara, ran the shop, said the rent was “crippling.”", "Ann Vidal"),
        (
            "Marta Quill, who was elected in May, and who has called the budget “a fraud,” resigned.",
            "Marta Quill",
        ),
        ("The count was checked by Ana Rusk, and later Ben Oyelaran said it was “fair.”", "Ben Oyelaran"),
        ("Ana Rusk, who later met Ben Oyelaran, said “the count was fair.”", "Ana Rusk"),
    ],
)
def test_joined_subject_neighbours(text: str, want: str) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("He watched the video showing officers shouting “Stop!”", "officers"),
        ("She saw a clip showing the mayor telling aides the plan was “dead.”", "the mayor"),
        ("Viewers watched footage showing protesters chanting “Out, out, out!”", "protesters"),
        ("Reporters saw a recording capturing the driver yelling “Get out of my cab!”", "the driver"),
    ],
)
def test_the_one_a_seen_picture_shows_speaks(text: str, want: str) -> None:
    assert mentions(text)[-1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # neighbours: a record that shows it as a finite verb stays the source; a participle of
        # showing with no one seeing it is the document's
        ("Every call log shows the dispatcher calling the fire “under control.”", "Every call log"),
        ("The report, showing a rise in thefts, called the trend “alarming.”", "The report"),
        ("He watched officers shouting “Stop!”", "officers"),
    ],
)
def test_seen_picture_neighbours(text: str, want: str) -> None:
    assert mentions(text)[-1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The two men said the charges were “baseless.”", "The two men"),
        ("Relatives of the three women said the inquiry was “a whitewash.”", "Relatives of the three women"),
        ("A lawyer for the three women said the charges were “baseless.”", "A lawyer for the three women"),
    ],
)
def test_article_before_a_count_stays(text: str, want: str) -> None:
    assert mentions(text)[-1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Supporters of Ana Rusk say the vote was “stolen.”", "Supporters of Ana Rusk"),
        ("Critics of Ana Rusk call the plan “a gift to developers.”", "Critics of Ana Rusk"),
        ("Lawyers for Ana Rusk argue that the charges are “baseless.”", "Lawyers for Ana Rusk"),
        ("Doctors at Grey Hospital say the drug is “promising.”", "Grey Hospital"),
        (
            "Researchers at the University of Northmoor say the drug is “promising.”",
            "University of Northmoor",
        ),
        ("Residents near Tilbury say the water is “brown.”", "Residents"),
        ("On Monday, lawyers for Ana Rusk said the charges were “baseless.”", "lawyers for Ana Rusk"),
    ],
)
def test_plural_before_a_phrase_with_a_name_speaks(text: str, want: str) -> None:
    # a bare present verb agrees with the plural before the phrase, not the name ending it;
    # people for a person are the group, people at a body speak for it, a place is no speaker
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # neighbours: a capitalised compound before a base form is a noun, no cue; a name set
        # off after such a compound speaks
        ("The Harbour Board press office calls the plan “a gift to developers.”", None),
        ("The Harbour Board press officer, Ana Rusk, said the drug is “promising.”", "Ana Rusk"),
        ("Officials at the port authority say the pier is “safe.”", "Officials at the port authority"),
    ],
)
def test_plural_before_a_phrase_neighbours(text: str, want: str | None) -> None:
    assert last_speaker(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("He watched a video of officers shouting “Stop!”", "officers"),
        ("She saw footage of protesters chanting “Out, out, out!”", "protesters"),
        ("The court saw a clip of the mayor telling aides the plan was “dead.”", "the mayor"),
        ("They watched a short video of officers shouting “Stop!”", "officers"),
    ],
)
def test_the_one_seen_in_a_picture_speaks(text: str, want: str) -> None:
    assert mentions(text)[-1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # neighbours: a participle set off by a comma is the watcher's; a name in the picture
        ("He watched a video of the parade, saying it was “a disgrace.”", "He"),
        ("Jurors heard a recording of Ana Rusk telling a friend the money was “gone.”", "Ana Rusk"),
    ],
)
def test_seen_in_a_picture_neighbours(text: str, want: str) -> None:
    assert mentions(text)[-1] == want
