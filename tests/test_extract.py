"""Quote extraction and speaker attribution on the shapes news copy uses (issue 3).

Every article here is written for the tests. Each test runs the real extractor and checks
the contract fields: the quoted words (offsets without the marks), the speaker mention
(speaker_start/speaker_end), the resolved speaker, the cue, the kind and the group.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def extract(text: str, kind: str = "text") -> list[Quote]:
    return extract_quotes(
        document_from_text(text, "story." + {"text": "txt", "markdown": "md"}.get(kind, kind), kind)
    )


def checkable(text: str) -> list[Quote]:
    return [q for q in extract(text) if q.kind == "quote"]


def mention(text: str, q: Quote) -> str:
    assert q.speaker_start is not None and q.speaker_end is not None
    return text[q.speaker_start : q.speaker_end]


# 1. Quote first --------------------------------------------------------------------------


def test_quote_first_said_x() -> None:
    text = "“The bridge will reopen in May,” said Harriet Olsen.\n"
    [q] = checkable(text)
    assert q.text == "The bridge will reopen in May,"
    assert text[q.start : q.end] == q.text
    assert (q.speaker, mention(text, q), q.cue) == ("Harriet Olsen", "Harriet Olsen", "said")


def test_quote_first_x_said_with_appositive() -> None:
    text = '"We are not giving up on the ferry," Tomas Brandt, a spokesman for the port authority, said.\n'
    [q] = checkable(text)
    assert q.speaker == "Tomas Brandt"
    assert mention(text, q) == "Tomas Brandt"
    assert q.cue == "said"


def test_quote_first_then_name_said_after_sentence_end() -> None:
    text = "“We lost.” Okafor said on Tuesday.\n"
    [q] = checkable(text)
    assert q.speaker == "Okafor"
    assert q.text == "We lost."


# 2. Speaker first ------------------------------------------------------------------------


def test_speaker_first_with_comma_and_colon() -> None:
    text = (
        "Mayor Alice Grant said, “The harbour stays open.”\n\n"
        "Councillor Ben Okafor said: “The repairs are on schedule.”\n"
    )
    first, second = checkable(text)
    assert (first.speaker, first.cue) == ("Alice Grant", "said")
    assert mention(text, first).endswith("Alice Grant")
    assert (second.speaker, second.cue) == ("Ben Okafor", "said")


def test_told_reporters_names_the_speaker_not_the_listener() -> None:
    text = "Premier Sofia Marquez told reporters “nobody will lose their job over this.”\n"
    [q] = checkable(text)
    assert q.speaker == "Sofia Marquez"
    assert q.cue == "told"
    assert "reporters" not in mention(text, q)


def test_according_to_and_wrote_on_twitter_and_tweeted() -> None:
    text = (
        "According to Lena Fischer, “the numbers simply do not add up.”\n\n"
        "Rafael Ortiz wrote on Twitter: “Proud of this team tonight.”\n\n"
        "Mina Cho tweeted “See you all in Leeds.”\n"
    )
    a, b, c = checkable(text)
    assert (a.speaker, a.cue) == ("Lena Fischer", "According to")
    assert (b.speaker, b.cue) == ("Rafael Ortiz", "wrote on Twitter")
    assert (c.speaker, c.cue) == ("Mina Cho", "tweeted")


def test_in_a_statement_the_agency_said() -> None:
    text = "In a statement, the agency said “all flights will resume by noon.”\n"
    [q] = checkable(text)
    assert mention(text, q) == "the agency"
    assert q.speaker == "the agency"
    assert q.cue == "said"


# 3. Split quotes -------------------------------------------------------------------------


def test_split_quote_pieces_share_speaker_and_group() -> None:
    text = "“The plan is sound,” said Priya Raman, “but the money is not there yet.”\n"
    first, second = checkable(text)
    assert first.speaker == second.speaker == "Priya Raman"
    assert first.group == second.group
    assert (first.speaker_start, first.speaker_end) == (second.speaker_start, second.speaker_end)
    assert second.text == "but the money is not there yet."


def test_split_quote_across_sentences() -> None:
    text = "“We have the votes,” Senator Dana Whitlock said. “We will pass it this week.”\n"
    first, second = checkable(text)
    assert first.speaker == second.speaker == "Dana Whitlock"
    assert first.group == second.group


# 4. Continuations ------------------------------------------------------------------------


def test_quote_only_paragraph_continues_the_previous_speaker() -> None:
    text = (
        "“The depot will close in June,” said Marta Kowalski, the transport director.\n\n"
        "“Nobody wanted this, but the budget leaves us no choice.”\n\n"
        "Union leader Sam Doyle disagreed. He said the depot “could run for ten more years.”\n"
    )
    a, b, c = checkable(text)
    assert a.speaker == b.speaker == "Marta Kowalski"
    assert (b.speaker_start, b.speaker_end) == (a.speaker_start, a.speaker_end)
    # a new named subject breaks the chain
    assert c.speaker == "Sam Doyle"
    assert mention(text, c) == "He"


# 5. Multi-paragraph quotes ---------------------------------------------------------------


def test_multi_paragraph_quote_and_unclosed_mark() -> None:
    text = (
        "Rosa Jimenez read her statement aloud: “We asked for a meeting in March. We asked again in May.\n\n"
        "“Nobody answered. Today we stop asking.”\n\n"
        "The council has not replied. An unclosed “mark here must not swallow the rest.\n\n"
        "“This is the last word,” said Ian Pike.\n"
    )
    quotes = checkable(text)
    first, second = quotes[0], quotes[1]
    assert first.text == "We asked for a meeting in March. We asked again in May."
    assert second.text == "Nobody answered. Today we stop asking."
    assert first.speaker == second.speaker == "Rosa Jimenez"
    assert all("swallow" not in q.text for q in quotes)
    assert quotes[-1].speaker == "Ian Pike"
    assert quotes[-1].text == "This is the last word,"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            'The Gazette reported on Tuesday:\n\n"The council met behind closed doors and voted to sell the pier.\n\n'
            "“We had no choice,” said Mayor Ann Lee.\n",
            ["We had no choice,"],
        ),
        (
            "From the harbour board's minutes:\n\n\"Members heard that Lee answered, “Not while I am mayor.” "
            "The motion fell.\n\n“It will be back,” Ivo Brand said.\n",
            ["Not while I am mayor.", "It will be back,"],
        ),
        (
            "Lee wrote in her newsletter:\n\n'Ferries are not a luxury for the islands.\n\n"
            "‘They are the road,’ she added.\n",
            ["They are the road,"],
        ),
    ],
)
def test_an_unclosed_straight_mark_is_not_continued_by_a_typeset_one(text: str, found: list[str]) -> None:
    """A quote going on into the next paragraph reopens it with the same kind of mark: a
    typeset “ under a paragraph opened by a straight " (a pasted block quote's marker) starts
    a quote of its own, and a quote nested in the stray paragraph is a quote of its own."""
    assert [q.text for q in checkable(text)] == found


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”")])
def test_a_quote_reopened_with_its_own_kind_of_mark_goes_on(marks: tuple[str, str]) -> None:
    o, c = marks
    text = (
        f"Rosa Jimenez read her statement aloud: {o}We asked for a meeting in March.\n\n"
        f"{o}Nobody answered. Today we stop asking.{c}\n"
    )
    quotes = checkable(text)
    assert [q.text for q in quotes] == [
        "We asked for a meeting in March.",
        "Nobody answered. Today we stop asking.",
    ]
    assert {q.speaker for q in quotes} == {"Rosa Jimenez"}


# 6. Pronouns and descriptions ------------------------------------------------------------


def test_pronoun_mention_resolves_to_the_named_person() -> None:
    text = (
        "Councillor Ben Okafor spoke first. “The repairs will drag on till spring,” he said.\n\n"
        "Mayor Alice Grant was blunter. “We cannot wait that long,” she said.\n"
    )
    a, b = checkable(text)
    assert mention(text, a) == "he" and a.speaker == "Ben Okafor"
    assert mention(text, b) == "she" and b.speaker == "Alice Grant"


def test_description_mention_resolves_to_the_person_it_was_used_for() -> None:
    text = (
        "Sen. Dana Whitlock voted against the bill on Monday.\n\n"
        "“It spends cash the town lacks,” Whitlock said.\n\n"
        "“I will keep voting no,” the senator said.\n"
    )
    a, b = checkable(text)
    assert a.speaker == "Dana Whitlock"
    assert mention(text, b) == "the senator"
    assert b.speaker == "Dana Whitlock"


# 7. Titles stay out of the name ----------------------------------------------------------


def test_titles_stripped_and_short_form_is_the_same_person() -> None:
    text = (
        "NASA administrator Jim Bridenstine said in a tweet: “A first for humanity!”\n\n"
        "“We will work with anyone,” Bridenstine added.\n\n"
        "“The budget is flat,” said Transport Secretary Ruth Adeyemi.\n"
    )
    a, b, c = checkable(text)
    assert a.speaker == "Jim Bridenstine"
    assert a.cue == "said in a tweet"
    assert mention(text, a).endswith("Jim Bridenstine")
    assert b.speaker == "Jim Bridenstine"
    assert mention(text, b) == "Bridenstine"
    assert c.speaker == "Ruth Adeyemi"


# 8. Partial quotes in indirect speech ----------------------------------------------------


def test_partial_quote_inside_indirect_speech() -> None:
    text = 'Governor Ellen Park said the plan was "dead on arrival." Others disagreed.\n'
    [q] = checkable(text)
    assert q.text == "dead on arrival."
    assert q.speaker == "Ellen Park"
    assert q.kind == "quote"


def test_two_partial_quotes_in_one_sentence_share_the_speaker() -> None:
    text = "Hollis called the proposal “reckless” and “a gift to speculators.”\n"
    a, b = checkable(text)
    assert a.speaker == b.speaker == "Hollis"
    assert a.group == b.group


# 9. Dash and colon cues ------------------------------------------------------------------


def test_dash_and_from_colon_cues() -> None:
    text = "“Build the bridge first, argue later.” — Nora Quist\n\nFrom Grace Liu: “We start digging on Monday.”\n"
    a, b = checkable(text)
    assert (a.speaker, a.cue) == ("Nora Quist", "—")
    assert (b.speaker, b.cue) == ("Grace Liu", ":")


# 10. Every quote-mark style --------------------------------------------------------------


def test_quote_mark_styles() -> None:
    text = (
        "“Curly marks work,” said Ann Lee.\n\n"
        '"Straight marks work," said Bo Kim.\n\n'
        "«Guillemets work,» said Cem Aydin.\n\n"
        "„German marks work“, sagte nobody, said Dora Weiss.\n\n"
        "``TeX marks work,'' said Eli Stone.\n\n"
        "“Wrong-way closing marks work,“ said Fay Moss.\n"
    )
    texts = [q.text for q in extract(text)]
    assert texts == [
        "Curly marks work,",
        "Straight marks work,",
        "Guillemets work,",
        "German marks work",
        "TeX marks work,",
        "Wrong-way closing marks work,",
    ]


def test_nested_single_quotes_stay_inside_and_apostrophes_are_not_marks() -> None:
    text = "“He told me, ‘Don’t sign it,’ and I didn’t,” said Jones’ lawyer, Kai Berg, of the ’90s deal.\n"
    [q] = extract(text)
    assert q.text == "He told me, ‘Don’t sign it,’ and I didn’t,"
    assert q.kind == "quote"


def test_british_single_marks_when_no_double_marks_are_used() -> None:
    text = "‘We’ll reopen the pier in spring,’ said Rhys Evans. The town’s hopes are high.\n"
    [q] = extract(text)
    assert q.text == "We’ll reopen the pier in spring,"
    assert q.speaker == "Rhys Evans"


def test_inch_marks_and_markup_attributes_are_not_quotes() -> None:
    text = 'The 6\'2" forward arrived. <tweet author="someone">text</tweet> The end.\n'
    assert extract(text) == []


# 11. What is not a quote to check --------------------------------------------------------


def test_scare_quotes_titles_and_nicknames_get_other_kinds() -> None:
    text = (
        "The so-called “efficiency review” cut four posts.\n\n"
        "She starred in the film “Harbour Lights” last year.\n\n"
        "Fans still call him “the Admiral.”\n\n"
        "“The review was a mistake,” said Ola Berg.\n"
    )
    quotes = extract(text)
    kinds = {q.text: q.kind for q in quotes}
    assert kinds["efficiency review"] == "term"
    assert kinds["Harbour Lights"] == "title"
    assert kinds["the Admiral."] != "quote"
    assert kinds["The review was a mistake,"] == "quote"
    assert [q.speaker for q in quotes if q.kind == "quote"] == ["Ola Berg"]


TRANSCRIPT_ARTICLE = """\
Governor Ada Lind spoke to Sam Holt of Channel 4 on Sunday.

Partial transcript as follows:

"HOLT: Will you sign the ferry bill? Mary Stone calls it "a giveaway."

"LIND: Well, my opponent thinks this is a game show. It is not.

"But the truth is that the bill is sound and fair.

"(CROSSTALK.)

"VIDEO: A safer harbour starts with this vote.

"HOLT: Governor, one more question.

"LIND: We will sign it on Monday."

"The ferry is safe," she said later.
"""


def test_a_stray_opening_mark_does_not_swallow_the_quotes_after_it() -> None:
    text = (
        "“The count was “botched,” Ines Falk said. “We will ask for a recount.”\n\n"
        "“He called the plan “a leaky boat” and walked out,” Tom Hale said.\n"
    )
    got = [(q.text, q.speaker) for q in checkable(text)]
    assert ("botched,", "Ines Falk") in got
    assert ("We will ask for a recount.", "Ines Falk") in got
    assert ("He called the plan “a leaky boat” and walked out,", "Tom Hale") in got  # nested


def test_transcript_turns_are_reported_as_transcript_not_quotes() -> None:
    text = TRANSCRIPT_ARTICLE
    quotes = extract(text)
    turns = [(q.speaker, q.text) for q in quotes if q.kind == "transcript"]
    assert turns == [  # labels named as the article introduced them, titles dropped
        ("Sam Holt", 'Will you sign the ferry bill? Mary Stone calls it "a giveaway."'),
        ("Ada Lind", "Well, my opponent thinks this is a game show. It is not."),
        ("Ada Lind", "But the truth is that the bill is sound and fair."),  # the same turn goes on
        (None, "(CROSSTALK.)"),
        (None, "A safer harbour starts with this vote."),  # a clip: no person named
        ("Sam Holt", "Governor, one more question."),
        ("Ada Lind", "We will sign it on Monday."),
    ]
    assert mention(text, quotes[0]) == "HOLT"
    groups = [q.group for q in quotes if q.kind == "transcript"]
    assert groups[1] == groups[2] and len(set(groups)) == 6  # a turn going on shares its group
    # the marks inside a turn pair with each other (not with the turn's opening mark) and
    # stay part of the turn; names in a turn are quoted words, not the narrative's: "she"
    # after the block is the governor the narrative named, not the woman Holt mentioned
    [after] = checkable(text)
    assert (after.text, after.speaker) == ("The ferry is safe,", "Ada Lind")


def test_one_quote_opening_with_a_capital_label_stays_a_quote() -> None:
    text = 'Tom Hale posted the news at noon.\n\n"BREAKING: The ferry is running again," he wrote.\n'
    [q] = extract(text)
    assert (q.kind, q.speaker) == ("quote", "Tom Hale")


def test_labelled_quotes_with_their_own_cue_or_closed_are_quotes_not_a_transcript() -> None:
    text = (
        "The ferry service posted two warnings on Tuesday.\n\n"
        '"WARNING: The east bridge is unsafe for lorries," the agency tweeted at noon.\n\n'
        '"UPDATE: The east bridge has reopened," it tweeted hours later.\n\n'
        "Harbour master Ines Falk pinned two lines to the office door:\n\n"
        "“NOTE: The slipway closes at dusk.”\n\n"
        "“PS: Keys are at the kiosk.”\n"
    )
    got = {q.text: (q.kind, q.speaker) for q in extract(text)}
    assert got["WARNING: The east bridge is unsafe for lorries,"][0] == "quote"
    assert got["UPDATE: The east bridge has reopened,"][0] == "quote"
    assert got["NOTE: The slipway closes at dusk."][0] == "quote"
    assert got["PS: Keys are at the kiosk."][0] == "quote"
    assert not any(kind == "transcript" for kind, _ in got.values())


def test_transcript_turns_are_not_verified(tmp_path: Path, run_json: Callable[..., dict[str, Any]]) -> None:
    article = tmp_path / "interview.txt"
    article.write_text(TRANSCRIPT_ARTICLE, encoding="utf-8")
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "notes.txt").write_text(
        "LIND: The ferry is safe, and we will sign the bill.\n", encoding="utf-8"
    )
    report = run_json(str(article), "--source", str(sources))
    quotes = report["articles"][0]["quotes"]
    turns = [q for q in quotes if q["kind"] == "transcript"]
    assert len(turns) == 7
    assert all(q["verdict"] is None for q in turns)
    [checked] = [q for q in quotes if q["kind"] == "quote"]
    assert checked["verdict"] is not None and checked["speaker"] == "Ada Lind"
    assert report["summary"]["quotes"] == 1  # turns are not counted as quotes checked


def test_names_of_people_events_shows_and_subheads_are_not_quotes() -> None:
    text = (
        "Council member Rosa “Ro” Diaz (D-Eastside) spoke first at a “Harbour Safety Forum” "
        "sponsored by the Port Times.\n\n"
        "On this week’s broadcast of “Harbour Talk Tonight,” Diaz said the pier was “a danger to everyone.”\n\n"
        "Ann Lee’s commentary, “Save the pier, and soon,” is well argued.\n\n"
        "“PIER TO CLOSE IN MAY”\n\n"
        "“We will reopen it in June,” Diaz said.\n"
    )
    kinds = {q.text: q.kind for q in extract(text)}
    assert kinds == {
        "Ro": "term",  # a nickname inside a name
        "Harbour Safety Forum": "term",  # an event named by who sponsored it
        "Harbour Talk Tonight,": "title",  # a show after "broadcast of"
        "a danger to everyone.": "quote",
        "Save the pier, and soon,": "title",  # set off after "commentary,"
        "PIER TO CLOSE IN MAY": "title",  # an all-capitals subheading
        "We will reopen it in June,": "quote",
    }


def test_an_all_caps_quote_someone_posted_is_still_a_quote() -> None:
    text = (
        "Harbour commissioner Tom Hale tweeted:\n\n"
        "“WE WILL NOT BACK DOWN. THE PIER STAYS OPEN!”\n\n"
        "“PIER VOTE DELAYED”\n\n"
        "The board meets on Friday.\n"
    )
    kinds = {q.text: (q.kind, q.speaker) for q in extract(text)}
    assert kinds["WE WILL NOT BACK DOWN. THE PIER STAYS OPEN!"] == ("quote", "Tom Hale")
    assert kinds["PIER VOTE DELAYED"][0] == "title"  # a subheading after it has no cue of its own


def test_titles_joined_to_a_title_cast_roles_and_labels_are_not_quotes() -> None:
    text = (
        "Ines Falk, who starred in the film “Harbour Lights” and “Back to the Pier,” "
        "posted the clip on Sunday.\n\n"
        "The “Harbour Lights” star did not attend.\n\n"
        "“Related:”\n\n"
        "Tom Hale said many voters simply vote “R” on every line.\n\n"
        "Pier repairs to start in May.\n"
    )
    kinds = [(q.text, q.kind) for q in extract(text)]
    assert kinds == [
        ("Harbour Lights", "title"),
        ("Back to the Pier,", "title"),
        ("Harbour Lights", "title"),
        ("Related:", "term"),
        ("R", "term"),
    ]


def test_a_work_noun_in_the_next_sentence_does_not_make_a_title() -> None:
    text = "“I would,” Ann Lee told the crowd. “I would, Tom.” The article came out a day later.\n"
    assert [(q.text, q.kind, q.speaker) for q in extract(text)] == [
        ("I would,", "quote", "Ann Lee"),
        ("I would, Tom.", "quote", "Ann Lee"),
    ]


def test_shows_told_songs_pseudonyms_and_named_things_are_not_quotes() -> None:
    text = (
        "“We will fix the pier,” Ines Falk told “Harbour Talk,” adding that work starts soon.\n\n"
        "In an interview with “Morning Pier,” Falk said the cost was “far too high.”\n\n"
        "The band then performed “Rise Up Harbour.”\n\n"
        "He posted under the pseudonym “Captain Quay,” the council found.\n\n"
        "Fans waved their “Save the Pier” signs and played the station’s hits, including “Pier Nine.”\n"
    )
    kinds = {q.text: q.kind for q in extract(text)}
    assert kinds == {
        "We will fix the pier,": "quote",
        "Harbour Talk,": "title",
        "Morning Pier,": "title",
        "far too high.": "quote",
        "Rise Up Harbour.": "title",
        "Captain Quay,": "term",
        "Save the Pier": "title",
        "Pier Nine.": "title",
    }


def test_a_double_marked_quote_inside_a_quote_stays_inside() -> None:
    text = (
        "Ann Lee wrote: “Fans outside were wearing “Save the Pier” shirts at the rally.”\n\n"
        '“He called the plan "a mess" and left early,” Tom Hale said.\n'
    )
    got = [(q.text, q.speaker) for q in checkable(text)]
    assert got == [
        ("Fans outside were wearing “Save the Pier” shirts at the rally.", "Ann Lee"),
        ('He called the plan "a mess" and left early,', "Tom Hale"),
    ]


def test_likening_and_comparing_report_the_subjects_words() -> None:
    text = (
        "Mayor Ann Lee likened the new ferry plan to “a leaky boat.”\n\n"
        "Councillor Tom Hale compared the council to a club that is “run for friends.”\n"
    )
    got = [(q.text, q.kind, q.speaker) for q in extract(text)]
    assert got == [
        ("a leaky boat.", "quote", "Ann Lee"),
        ("run for friends.", "quote", "Tom Hale"),
    ]


def test_attribute_marks_of_an_overlong_tag_are_not_quotes() -> None:
    note = " ".join(["the note runs on"] * 30)
    text = (
        f'<tweet author="@ann" note="{note}" date="May 2">We close the pier in May.</tweet>\n\n'
        "“We will reopen it in June,” Ann Lee said.\n"
    )
    assert [(q.text, q.kind) for q in extract(text)] == [("We will reopen it in June,", "quote")]


def test_partial_quote_after_a_verb_of_stance_is_the_subjects() -> None:
    text = (
        "Mayor Tilda Roos opened the new depot on Friday.\n\n"
        "Roos strongly supports “a fair wage for every driver” in the city.\n\n"
        "The crowd waited for the “big reveal” all night.\n"
    )
    kinds = {q.text: q for q in extract(text)}
    q = kinds["a fair wage for every driver"]
    assert (q.kind, q.speaker, mention(text, q)) == ("quote", "Tilda Roos", "Roos")
    assert kinds["big reveal"].kind == "term"  # waiting is no stance: a scare quote


def test_adverb_between_subject_and_cue_is_not_part_of_the_mention() -> None:
    text = "Councillor Jonas Vik passionately rebuked those who want “any talk of closing the pool” at the meeting.\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Jonas Vik", "Councillor Jonas Vik")


def test_second_cue_joined_by_and_takes_the_subject_across_the_first_quote() -> None:
    text = (
        "Lena Park said on Monday that she will “seek a second term” and insisted that the budget "
        "was “fully funded.”--Omar Diaz.\n"
    )
    quotes = checkable(text)
    assert [(q.speaker, mention(text, q)) for q in quotes] == [("Lena Park", "Lena Park")] * 2


def test_possessive_before_a_role_keeps_the_name_after_it() -> None:
    text = "“The depot is ready,” said Roos’s press aide Ada Lund.\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ada Lund", "Roos’s press aide Ada Lund")


def test_headline_of_a_linked_story_in_a_roundup_is_a_title() -> None:
    text = (
        "CLOSING—“Corner bakery to shut after forty years,” by the Gazette’s Ivo Marr: “The bakery on "
        "Elm Street will close in March, its owner said.”\n"
    )
    kinds = [(q.text[:12], q.kind) for q in extract(text)]
    assert kinds == [("Corner baker", "title"), ("The bakery o", "quote")]


def test_wire_dateline_is_not_the_subject() -> None:
    text = "OSLO, May 3 (Wire) — The harbour board met on Friday, saying “the pier stays open.”\n"
    [q] = checkable(text)
    assert mention(text, q) == "The harbour board"


def test_roundup_item_names_its_author_after_the_dash() -> None:
    text = "TURNOUT MAY SURPRISE EVERYONE - Mara Quist: “Early returns are far above the last cycle.”\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Mara Quist", "Mara Quist")


def test_cue_after_as_is_its_own_clause() -> None:
    text = "“Sit down,” Mayor Ines Falk said as a heckler shouted: “Resign now!”\n"
    first, second = checkable(text)
    assert first.speaker == "Ines Falk"
    assert mention(text, second) == "a heckler"


def test_a_name_a_named_speaker_gives_is_their_quote() -> None:
    text = "Mayor Ines Falk has railed against what she calls “the Old Guard” on the council.\n"
    [q] = extract(text)
    assert (q.kind, q.speaker) == ("quote", "Ines Falk")


def test_share_of_respondents_is_a_speaker() -> None:
    text = "Asked about the ferry, 31 percent said “not worth the fare” and the rest were unsure.\n"
    [q] = checkable(text)
    assert mention(text, q) == "31 percent"


def test_stance_verb_after_an_appositive_takes_the_subject() -> None:
    text = "Ola Berg, head of the ferry union, welcomed “a long overdue raise” on Monday.\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ola Berg", "Ola Berg")


def test_following_statement_introduces_the_next_paragraph() -> None:
    text = (
        "After the vote, Mayor Ines Falk released the following statement:\n\n"
        "“We will rebuild the pier before the summer season.”\n"
    )
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ines Falk", "Mayor Ines Falk")


def test_fronted_participle_phrase_is_not_the_subject() -> None:
    text = "Continuing her tour of the docks, Ines Falk rejected the idea, saying “the pier stays.”\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ines Falk", "Ines Falk")


def test_a_new_clause_after_and_has_its_own_speaker() -> None:
    text = "At one point a visitor asked for an autograph and Ines Falk said, “only if we are quick.”\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ines Falk", "Ines Falk")


def test_modal_subjects_numbers_and_surnames_that_look_like_modals() -> None:
    text = (
        "Mayor Ines Falk spoke first.\n\n"
        "“Until you have run a harbour, you do not know,” Ola Berg will say on Friday.\n\n"
        "“You chose an odd yardstick,” the two write.\n\n"
        "“This might end the ferry,” Will wrote in his column.\n\n"
        "“Is that fair?” reacted Ines Falk.\n"
    )
    got = [mention(text, q) for q in checkable(text)]
    assert got == ["Ola Berg", "the two", "Will", "Ines Falk"]


def test_things_named_in_passing_are_not_quotes() -> None:
    text = (
        "A local station called “Harbour FM” ran the story first.\n\n"
        "She once hosted the “Harbour Lights” TV show.\n\n"
        "He appeared on “The Ola Berg Show” twice.\n\n"
        "Ines Falk called the plan “a disgrace to the town.”\n"
    )
    kinds = {q.text: q.kind for q in extract(text)}
    assert kinds["Harbour FM"] == "title"  # a business named by a participle after a noun: nobody's words
    assert kinds["Harbour Lights"] == "title"
    assert kinds["The Ola Berg Show"] == "title"
    assert kinds["a disgrace to the town."] == "quote"


def test_a_phrase_a_known_speaker_used_is_theirs() -> None:
    text = "Mayor Ines Falk first used the phrase “harbour tax” in a speech last May.\n"
    [q] = extract(text)
    assert (q.kind, q.speaker) == ("quote", "Ines Falk")


def test_sentence_initial_inverted_cue() -> None:
    text = "The vote was close.\n\nSaid Ines Falk, “We will count again on Monday.”\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ines Falk", "Ines Falk")


def test_a_description_stops_before_its_verb_and_object() -> None:
    text = "The council’s new ad targets “a rigged ferry contract” in every frame.\n"
    [q] = checkable(text)
    assert mention(text, q) == "The council’s new ad"


def test_counted_crowd_and_nickname_use() -> None:
    text = (
        "By the slipway at noon, about 200 protesters gathered, chanting “Save the pier.”\n\n"
        "Mayor Ines Falk spoke later.\n\n"
        "In her letters, Falk often called the ferry by a nickname, “the Old Tub.”\n"
    )
    quotes = {q.text: q for q in extract(text)}
    chant = quotes["Save the pier."]
    assert mention(text, chant) == "about 200 protesters"
    tub = quotes["the Old Tub."]
    assert (tub.kind, tub.speaker) == ("quote", "Ines Falk")


def test_quote_inside_a_fronted_clause_keeps_its_own_cue() -> None:
    text = "When Ola Berg called the plan “a fine start,” Ines Falk laughed and left the room.\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ola Berg", "Ola Berg")


def test_pronoun_skips_a_district_named_in_between() -> None:
    text = (
        "“We filed on time,” said Ola Berg.\n\nThe Seventh District voted last.\n\n“It was close,” he said.\n"
    )
    quotes = checkable(text)
    assert [q.speaker for q in quotes] == ["Ola Berg", "Ola Berg"]


def test_unclosed_appositive_before_the_cue_keeps_the_name_as_speaker() -> None:
    text = "“The tide is late,” Ola Berg, the engineer who founded harbourworks.com posted on Friday.\n"
    [q] = checkable(text)
    assert q.speaker == "Ola Berg"


def test_description_subject_stops_at_a_stance_verb() -> None:
    text = "The harbour group now seeks a vote on what it calls “fair mooring rules” this year.\n"
    [q] = checkable(text)
    assert (mention(text, q), q.speaker) == (
        "it",
        "The harbour group",
    )  # the cue's own mention names the group


def test_group_after_with_is_the_subject_of_its_participle() -> None:
    text = "The parade stopped at the pier, with hundreds of marchers chanting “Keep the ferry.”\n"
    [q] = checkable(text)
    assert mention(text, q) == "hundreds of marchers"


def test_named_event_noun_is_not_a_cue() -> None:
    text = "After the Bergen attacks, Ines Falk released a statement calling the response “far too slow.”\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ines Falk", "Ines Falk")


def test_trailing_cue_after_a_missing_comma_and_a_question_cue() -> None:
    text = (
        "The council met late.\n\n"
        "“We have waited for months for an answer” said Ola Berg, the harbour master.\n\n"
        "“Why is it taking so long?” Ines Falk questioned.\n"
    )
    assert [mention(text, q) for q in checkable(text)] == ["Ola Berg", "Ines Falk"]


def test_point_of_saying_and_unclosed_appositive() -> None:
    text = (
        "Ola Berg toured the docks.\n\n"
        "And he made a habit of saying the old crane “still works fine.”\n\n"
        "Ines Falk, chair of the Harbour Users Association stated, “Our crane is worn out.”\n"
    )
    assert [(q.speaker, mention(text, q)) for q in checkable(text)] == [
        ("Ola Berg", "he"),
        ("Ines Falk", "Ines Falk"),
    ]


def test_participle_after_the_quote_takes_the_clause_subject() -> None:
    text = "Ines Falk mounted a defense of “harbour values,” saying the town still works together.\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ines Falk", "Ines Falk")


def test_former_role_and_title_before_an_inverted_name() -> None:
    text = "“The tide is late,” said Former prosecutor and Harbour Mayor Ola Berg.\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ola Berg", "Former prosecutor and Harbour Mayor Ola Berg")


def test_lone_fronted_adverb_and_existential_there() -> None:
    text = (
        "Ola Berg skipped the meeting.\n\n"
        "Instead he sent the council a note in which he called the pier “a disgrace.”\n\n"
        "There’s still time for the “harbour deal” to pass.\n"
    )
    quotes = {q.text: q for q in extract(text)}
    assert mention(text, quotes["a disgrace."]) == "he"
    assert quotes["harbour deal"].speaker is None


def test_pronoun_skips_places_named_in_between() -> None:
    text = (
        "“We filed on time,” said Ola Berg.\n\n"
        "The ferry then left for North Carolina and later Capitol Hill.\n\n"
        "“It was close,” he said.\n"
    )
    assert [q.speaker for q in checkable(text)] == ["Ola Berg", "Ola Berg"]


def test_colon_after_a_full_name_with_no_cue() -> None:
    text = "The early surge does not surprise harbour pollster Ada Lund: “Late deciders always move.”\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ada Lund", "pollster Ada Lund")


def test_title_case_headline_words_do_not_join_a_name() -> None:
    text = (
        "Harbour Icon Ola Berg Backs The New Ferry Plan.\n\n"
        "Ola Berg spoke at the pier on Monday.\n\n"
        "“The plan is sound,” Berg said.\n"
    )
    [q] = checkable(text)
    assert q.speaker == "Ola Berg"


def test_passive_cue_gives_the_agent() -> None:
    text = "Ola Berg was asked by host Ines Falk, “Will the ferry run this winter?”\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ines Falk", "host Ines Falk")


def test_speech_noun_of_a_named_person() -> None:
    text = "His remarks support the contention of Mayor Ines Falk that the pier was “never safe to begin with.”\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Ines Falk", "Mayor Ines Falk")


def test_doubled_opening_mark_opens_at_the_second() -> None:
    text = 'The vote was close.\n\n"“We will sail at dawn,” said Ola Berg.\n'
    [q] = checkable(text)
    assert (q.text, q.speaker) == ("We will sail at dawn,", "Ola Berg")


# 12. Markdown and HTML -------------------------------------------------------------------


def test_markdown_and_html_give_the_same_quotes_as_plain_text() -> None:
    plain = "Mayor Alice Grant said: “We will not close the harbour.”\n\n“It stays,” said Ben Okafor.\n"
    md = "# Harbour\n\nMayor **Alice Grant** said: “We will *not* close the harbour.”\n\n> “It stays,” said Ben Okafor.\n"
    html = (
        "<html><body><h1>Harbour</h1>\n<p>Mayor Alice Grant said: &ldquo;We will not close the harbour.&rdquo;</p>\n"
        "<p>“It stays,” said <b>Ben Okafor</b>.</p></body></html>\n"
    )

    def summary(qs: list[Quote]) -> list[tuple[str | None, str | None]]:
        return [(q.speaker, q.cue) for q in qs if q.kind == "quote"]

    p, m, h = extract(plain), extract(md, "markdown"), extract(html, "html")
    assert summary(p) == summary(m) == summary(h) == [("Alice Grant", "said"), ("Ben Okafor", "said")]
    # line:column point into the file as given
    md_lines = md.splitlines()
    assert md_lines[m[0].line - 1][m[0].column - 1 :].startswith("We will *not*")
    assert md_lines[m[1].line - 1][m[1].column - 1 :].startswith("It stays")
    html_lines = html.splitlines()
    assert html_lines[h[0].line - 1][h[0].column - 1 :].startswith("We will not close")
    assert html[h[1].speaker_start : h[1].speaker_end] == "Ben Okafor"  # type: ignore[misc]


def test_embedded_tweet_in_html_is_a_quote_by_the_account_shown() -> None:
    html = (
        "<html><body>\n<p>The chief reacted within minutes.</p>\n"
        '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Congratulations to the lander team '
        "on a &ldquo;first&rdquo; for humanity!</p>&mdash; Dana Whitlock (@DanaWhitlock) "
        '<a href="https://twitter.com/DanaWhitlock/status/123456">January 3, 2019</a></blockquote>\n'
        "<p>“We will keep going,” said Priya Raman.</p>\n</body></html>\n"
    )
    tweet, other = extract(html, "html")
    assert tweet.kind == "quote"
    assert tweet.text == "Congratulations to the lander team on a “first” for humanity!"
    assert tweet.speaker == "Dana Whitlock"
    assert tweet.cue == "tweeted"
    assert html[tweet.speaker_start : tweet.speaker_end] == "Dana Whitlock"  # type: ignore[misc]
    assert (
        tweet.line,
        html.splitlines()[tweet.line - 1][tweet.column - 1 :].startswith("Congratulations"),
    ) == (
        3,
        True,
    )
    assert other.speaker == "Priya Raman"
    assert tweet.group != other.group


# The contract ------------------------------------------------------------------------------


def test_offsets_line_column_and_ids() -> None:
    text = "Intro line.\n\nLater, “Exact words here,” said Ada Stone.\n"
    [q] = extract(text)
    assert text[q.start : q.end] == "Exact words here,"
    assert (q.line, q.column) == (3, 9)
    assert text[q.speaker_start : q.speaker_end] == "Ada Stone"  # type: ignore[misc]
    assert q.id == "story.txt#1"


def test_unattributed_sentence_quote_is_a_quote_without_speaker() -> None:
    text = "The sign on the door read nothing useful.\n\n“Closed until further notice for repairs.”\n"
    [q] = extract(text)
    assert q.kind == "quote"
    assert q.speaker is None and q.speaker_start is None


def test_hostile_input_is_bounded() -> None:
    """A wall of marks with no newline, and an unclosed mark: no crash, nothing swallowed."""
    marks = extract('"' * 20_001)
    assert all(q.text.strip() for q in marks)
    text = "He said “this never closes. " + "More words follow here. " * 2000
    assert extract(text) == []


def test_signed_block_quote_and_late_trailing_attribution() -> None:
    text = (
        "“Nobody pays the full rate anymore.”\n\n- Ines Varga.\n\n"
        "“The ferry loses money every winter” unless fares rise, said Colm Byrne, a council analyst.\n\n"
        "“Fares will not rise this year,” the statement read.\n"
    )
    a, b, c = checkable(text)
    assert (a.speaker, a.cue) == ("Ines Varga", "—")
    assert b.speaker == "Colm Byrne"
    assert mention(text, c) == "the statement"
    assert c.cue == "read"


def test_show_names_after_a_broadcaster_are_titles_not_quotes() -> None:
    text = (
        "“We will win this state,” Vera Holm said on NBC’s “Morning Ledger.”\n\n"
        "Later she appeared on “The Evening Desk” and repeated the line.\n\n"
        "Holm mocked her rival’s “harbour values” at the rally.\n"
    )
    kinds = {q.text: q.kind for q in extract(text)}
    assert kinds["We will win this state,"] == "quote"
    assert kinds["Morning Ledger."] == "title"
    assert kinds["The Evening Desk"] == "title"
    assert kinds["harbour values"] == "quote"


def test_it_and_they_resolve_to_bodies_and_headlines_are_not_names() -> None:
    text = (
        "Harbour Board Says Ferry Is Safe\n\n"
        "The Harbour Authority reviewed the ferry on Monday. “The hull is sound,” it said.\n\n"
        "Captain Lena Moss disagreed. “It leaks every winter,” she said.\n"
    )
    a, b = checkable(text)
    assert (mention(text, a), a.speaker) == ("it", "Harbour Authority")
    assert (mention(text, b), b.speaker) == ("she", "Lena Moss")


def test_embedded_tweet_pasted_into_markdown() -> None:
    md = (
        "# Lander news\n\nThe chief reacted within minutes.\n\n"
        '<blockquote class="twitter-tweet"><p lang="en">A first for humanity, and a fine landing!</p>'
        "&mdash; Dana Whitlock (@DanaWhitlock) "
        '<a href="https://twitter.com/DanaWhitlock/status/123456">January 3, 2019</a></blockquote>\n\n'
        "“We will keep going,” said Priya Raman.\n"
    )
    tweet, other = extract(md, "markdown")
    assert (tweet.kind, tweet.speaker, tweet.cue) == ("quote", "Dana Whitlock", "tweeted")
    assert md[tweet.start : tweet.end] == "A first for humanity, and a fine landing!"
    assert md[tweet.speaker_start : tweet.speaker_end] == "Dana Whitlock"  # type: ignore[misc]
    assert tweet.line == 5
    assert other.speaker == "Priya Raman"


def test_two_people_with_one_surname_stay_apart() -> None:
    text = (
        "Stephen Holt said: “The bridge is safe.”\n\n"
        "Maria Holt said: “The bridge needs repairs.”\n\n"
        "“We will inspect it again,” Holt added.\n"
    )
    doc = document_from_text(text, "holt.txt", "text")
    speakers = [q.speaker for q in extract_quotes(doc) if q.kind == "quote"]
    assert speakers == ["Stephen Holt", "Maria Holt", "Maria Holt"]


# Reviewer's findings (issue 3 follow-up) -------------------------------------------------


def test_straight_and_curly_single_marks_in_a_single_mark_story() -> None:
    text = (
        "'The dunes are moving inland,' she told the radio station.\n\n"
        "‘We have to plant marram grass now,’ said Ines Varga.\n\n"
        "Varga won’t sell her family’s land, a relic of the ’70s, nor Jones' old barn where "
        "rock 'n' roll bands once played, she said.\n"
    )
    first, second = checkable(text)
    assert first.text == "The dunes are moving inland,"
    assert first.cue == "told"
    assert (second.text, second.speaker) == ("We have to plant marram grass now,", "Ines Varga")
    assert len(extract(text)) == 2  # no apostrophe opened a quote


def test_foreign_quote_after_a_multi_paragraph_quote_does_not_inherit() -> None:
    text = (
        "“The ferry timetable will change in spring,” said Olga Brandt. “The first boat\n\n"
        "“leaves at six and the last at ten.”\n\n"
        "«Nous ne sommes pas prévenus», a déclaré le maire.\n\n"
        "„Wir wurden nicht gefragt“, sagte Jonas Weber.\n"
    )
    quotes = checkable(text)
    assert [q.speaker for q in quotes[:3]] == ["Olga Brandt"] * 3
    french, german = quotes[3], quotes[4]
    assert french.text == "Nous ne sommes pas prévenus"
    assert (french.speaker, french.cue) == ("le maire", "déclaré")
    assert french.group != quotes[0].group
    assert (german.speaker, german.cue) == ("Jonas Weber", "sagte")
    assert german.group not in (quotes[0].group, french.group)


def test_spanish_and_french_cue_verbs_attribute() -> None:
    text = "«El puente abrirá en mayo», dijo Lucía Ortega.\n\n“Le pont restera fermé”, a dit Paul Girard.\n"
    first, second = checkable(text)
    assert (first.speaker, first.cue) == ("Lucía Ortega", "dijo")
    assert (second.speaker, second.cue) == ("Paul Girard", "dit")


def test_quote_only_paragraph_after_narrative_still_inherits() -> None:
    text = "“The tide tables are wrong,” said Mara Quist.\n\n“They have been wrong for years.”\n"
    first, second = checkable(text)
    assert second.speaker == "Mara Quist" and second.group == first.group


def test_lone_quoted_sentence_is_a_quote_not_a_term() -> None:
    for text in ("“Nobody knows.”\n", "The council met at noon.\n\n“Nobody knows.”\n"):
        [q] = extract(text)
        assert (q.kind, q.speaker, q.text) == ("quote", None, "Nobody knows.")
    [term] = extract("The mayor backed the so-called “green corridor” plan.\n")
    assert term.kind == "term"


def test_pronoun_takes_the_most_recent_compatible_person() -> None:
    text = "Rosa Diaz spoke first. Then the minister, Tom Hale, arrived. He called it “a betrayal.”\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q)) == ("Tom Hale", "He")
    text = "Rosa Diaz spoke first. Then Mr. Hale arrived. He called it “a betrayal.”\n"
    [q] = checkable(text)
    assert q.speaker == "Hale"
    text = (
        "Tom Hale spoke first. Then Rosa Diaz arrived, and Hale left early.\n\n"
        "She called it “a betrayal.” He called it “a farce.”\n"
    )
    she, he = checkable(text)
    assert (she.speaker, he.speaker) == ("Rosa Diaz", "Tom Hale")
    text = "Tom Hale spoke first. Greta Lund and Ivo Mark came too. Then Hale left. He called it “a trap.”\n"
    [q] = checkable(text)
    assert q.speaker == "Tom Hale"


def test_and_i_quote_is_the_writers_aside() -> None:
    text = "At the launch Tom Hale said, and I quote, “Everyone adores the ferry.”\n"
    [q] = checkable(text)
    assert (q.speaker, mention(text, q), q.cue) == ("Tom Hale", "Tom Hale", "said")


def test_chained_verbs_before_the_cue_keep_the_clause_pronoun() -> None:
    text = (
        "Last week, when I asked Ann Lee about the pier, she looked at the water, "
        "shook her head and said, “Never again.”\n"
    )
    [q] = checkable(text)
    assert (mention(text, q), q.speaker, q.cue) == ("she", "Ann Lee", "said")


def test_all_caps_digest_headline_files_the_excerpt() -> None:
    text = (
        "Here is what we are reading this morning.\n\n"
        "CITY COUNCIL SPLITS OVER ‘SAFE STREETS’ BUDGET “The vote left the transit plan without "
        "money for a second year.” [Metro Daily.]\n\n"
        "Mayor Ada Quinn said the budget “is not finished.”\n"
    )
    first, second = checkable(text)
    assert mention(text, first) == "CITY COUNCIL SPLITS OVER ‘SAFE STREETS’ BUDGET"
    assert first.speaker == "CITY COUNCIL SPLITS OVER ‘SAFE STREETS’ BUDGET"
    assert second.speaker == "Ada Quinn"
    # an ordinary sentence before a quote is no headline
    text = "Here is the excerpt. “The vote left the plan without money.” [Metro Daily.]\n"
    assert all(q.speaker is None for q in extract(text))


def test_cue_inside_a_comma_relative_clause_is_an_aside() -> None:
    text = (
        "Tom Hale spoke last.\n\n"
        "He said that the ferry board’s fare rise, which several skippers have insisted was a "
        "cash grab, was a “slap” to the islanders.\n"
    )
    [q] = checkable(text)
    assert (mention(text, q), q.speaker) == ("He", "Tom Hale")
    # an unclosed relative clause still carries its own cue: "Hale, who said “…”"
    text = "Tom Hale, who said “we will win,” left early.\n"
    [q] = checkable(text)
    assert q.speaker == "Tom Hale"


def test_sentence_after_a_signed_quote_keeps_paraphrasing_its_speaker() -> None:
    text = (
        "Ada Quinn edits the paper.\n\n"
        "“People stopped trusting us,” she says. It’s “a louder kind of journalism,” and readers "
        "like it.\n\n"
        "“We will fix the bridge,” said Tom Hale, the county engineer. The work is “long overdue.”\n"
    )
    first, second, third, fourth = checkable(text)
    assert (first.speaker, third.speaker) == ("Ada Quinn", "Tom Hale")
    assert (mention(text, second), second.speaker) == ("she", "Ada Quinn")
    assert (mention(text, fourth), fourth.speaker) == ("Tom Hale", "Tom Hale")
    # a new paragraph does not carry the signature on
    text = "“We will fix the bridge,” said Tom Hale.\n\nThe work is “long overdue.”\n"
    assert [(q.kind, q.speaker) for q in extract(text) if q.text == "long overdue."] == [("term", None)]


def test_possessive_speech_nouns_name_their_speaker() -> None:
    text = (
        "Ann Lee ran the newsroom for years. Lee’s dictum to her reporters was, "
        "“Check it twice or do not print it.”\n\n"
        "Tom Hale ran in 2010. Hale’s refrain in that campaign was that his opponent "
        "“never paid a fare.”\n\n"
        "Ivo Mark stood by his comment that “the plant will close.”\n"
    )
    lee, hale, mark = checkable(text)
    assert (mention(text, lee), lee.speaker) == ("Lee’s", "Ann Lee")
    assert (mention(text, hale), hale.speaker) == ("Hale’s", "Tom Hale")
    # "comment" is also a cue verb; as a noun after "his" it still names the speaker
    assert mark.speaker == "Ivo Mark"


def test_infinitive_cue_takes_the_clause_subject() -> None:
    text = "Tom Hale went online Sunday to accuse the mayor’s office of being “fooled” by “a swindler.”\n"
    fooled, swindler = checkable(text)
    assert (mention(text, fooled), fooled.speaker, fooled.cue) == ("Tom Hale", "Tom Hale", "accuse")
    assert swindler.speaker == "Tom Hale"


def test_name_after_a_dash_before_the_colon_signs_the_quote() -> None:
    text = (
        "Pollsters agree - Ann Lee: “Phone every voter on the final evening.” [Survey Desk.]\n\n"
        "The tide tables held up — Tom Hale: “Every skipper read them right this season.”\n"
    )
    lee, hale = checkable(text)
    assert (mention(text, lee), lee.speaker) == ("Ann Lee", "Ann Lee")
    assert (mention(text, hale), hale.speaker) == ("Tom Hale", "Tom Hale")


def test_set_off_which_clause_keeps_its_pronoun_as_the_mention() -> None:
    text = (
        "Ann Lee, director of the harbor board, said on Wednesday that the city is breaking "
        "the lease — which she added “is deeply troubling.”\n"
    )
    [q] = checkable(text)
    assert (mention(text, q), q.speaker, q.cue) == ("she", "Ann Lee", "added")
    # "what he called" still names the sentence's own subject as the mention
    text = "Tom Hale urged residents to read what he called the council’s “secret memo.”\n"
    [q] = checkable(text)
    assert (mention(text, q), q.speaker) == ("Tom Hale", "Tom Hale")


def test_pronoun_inside_the_named_subjects_report_links_to_the_subject() -> None:
    text = (
        "Ann Lee said she backed the harbor plan because “the old pier is falling apart,” "
        "she said.\n\n"
        "Tom Hale said the harbour trust would bring in “tough rules” by spring, and he pressed the council to hurry.\n"
    )
    lee, hale = checkable(text)
    assert (mention(text, lee), lee.speaker) == ("Ann Lee", "Ann Lee")
    assert (mention(text, hale), hale.speaker) == ("Tom Hale", "Tom Hale")


def test_own_pronoun_cue_after_a_colon_or_a_new_clause_stays() -> None:
    text = (
        "Ann Lee declared her support for the plan: “The old pier is falling apart,” she said.\n\n"
        "Tom Hale praised the board -- but he said the vote was “far too rushed.”\n"
    )
    lee, hale = checkable(text)
    assert (mention(text, lee), lee.speaker) == ("she", "Ann Lee")
    assert (mention(text, hale), hale.speaker) == ("he", "Tom Hale")


def test_title_with_of_before_a_name_is_the_subject() -> None:
    text = (
        "Secretary of State Ann B. Lee said the league would make “firm moves” next week, "
        "and she urged calm.\n"
    )
    [q] = checkable(text)
    assert (mention(text, q), q.speaker) == ("Secretary of State Ann B. Lee", "Ann B. Lee")


def test_fronted_phrase_and_verbs_are_not_speakers() -> None:
    text = (
        "Following a hurriedly called sitting at dusk, the harbor board issued a statement "
        "branding the dockers’ strike “reckless and unlawful.”\n\n"
        "The mayor, a retired pilot, thanked the crews at a supper sponsored by the guild and "
        "said what the port needs is plain: “Steady hands and an open door.”\n"
    )
    board, mayor = checkable(text)
    assert mention(text, board) == "the harbor board"
    assert mention(text, mayor) == "The mayor"


def test_bare_descriptions_are_plural_people_or_modified_names() -> None:
    text = (
        "“We will not go back,” chanted anti-war protesters outside the hall.\n\n"
        "“The numbers do not add up,” said election lawyer Ann Lee.\n\n"
        "“It is a mess,” said former tech executive Tom Hale.\n"
    )
    protest, lee, hale = checkable(text)
    assert mention(text, protest) == "anti-war protesters"
    assert (mention(text, lee), lee.speaker) == ("election lawyer Ann Lee", "Ann Lee")
    assert (mention(text, hale), hale.speaker) == ("former tech executive Tom Hale", "Tom Hale")


def test_contracted_pronoun_and_keeps_talking_find_their_subject() -> None:
    text = (
        "Ann Lee spoke first. She’s predicting the vote will go “very, very smoothly” next week.\n\n"
        "Tom Hale drew cheers as he keeps talking about his “ladder of jobs” at every stop.\n"
    )
    lee, hale = checkable(text)
    assert (mention(text, lee), lee.speaker) == ("She’s", "Ann Lee")
    assert (mention(text, hale), hale.speaker) == ("he", "Tom Hale")


def test_chained_verb_after_when_and_last_clause_after_semicolon() -> None:
    text = (
        "The debate at Pell Quay turned sour when Ann Lee scolded Tom Hale over the harbour fees "
        "and called him a “featherweight,” a jab the hall enjoyed.\n\n"
        "So the guild expects to win; all the dockers have to do is keep calm and "
        "repeat, day after day, “Jobs first, always.”\n"
    )
    lee, dems = checkable(text)
    assert (mention(text, lee), lee.speaker) == ("Ann Lee", "Ann Lee")
    assert mention(text, dems) == "all the dockers"


def test_possessor_group_and_who_clause_name_the_speaker() -> None:
    text = (
        "The report came from his doctor, Dr. Ann Lee. Lee's earlier letter was mocked for "
        "its boast that he had “the strongest heart on the coast.”\n\n"
        "Officials at Harbor Safety Services, an arm of the port authority, said they worried "
        "that agents “could look for loopholes” again.\n\n"
        "“We will not back down,” Tom Hale, who has fought the plan for years, said on Monday.\n"
    )
    lee, officials, hale = checkable(text)
    assert lee.speaker == "Ann Lee"
    assert officials.speaker == "Harbor Safety Services"
    assert (mention(text, hale), hale.speaker) == ("Tom Hale", "Tom Hale")


def test_place_before_a_title_and_title_case_headline_words() -> None:
    text = (
        "Hale Sees ‘Grave Risk’ if Voters Don’t Back the Levy.\n\n"
        "Ohio Sen. Tom Hale and Maine Sen. Ann Lee met on Monday. Mr. Hale spoke first.\n\n"
        "The Maine senator said the levy was “overdue.”\n\n"
        "President Hale told voters the plan was a “moral test.”\n"
    )
    overdue, test = checkable(text)
    assert (mention(text, overdue), overdue.speaker) == ("The Maine senator", "Ann Lee")
    assert test.speaker == "Tom Hale"


def test_pronoun_cue_after_an_earlier_quote_in_the_named_report() -> None:
    text = (
        "Tom Hale said the mayor was “dead wrong” when he claimed on Monday that the pier, "
        "“is safe for another decade.”\n\n"
        "Ann Lee weighed in too, telling a radio host, “It is a mess,” she said, adding, "
        "“We will fix it.”\n"
    )
    wrong, safe, _mess, fix = checkable(text)
    assert mention(text, wrong) == "Tom Hale"
    assert (mention(text, safe), safe.speaker) == ("Tom Hale", "Tom Hale")
    assert (mention(text, fix), fix.speaker) == ("she", "Ann Lee")


def test_quote_after_a_fronted_clause_goes_on_with_its_speaker() -> None:
    text = (
        "Ann Lee spoke at the hearing. Though she called the mill’s safety record “shameful” and "
        "asked for the grants to be “paid back” by the owners, Lee limited her remarks about closing it to "
        "the long term.\n\n"
        "“If any mill cannot be run safely, it should be shut down.”\n"
    )
    outrageous, clawed, broken = checkable(text)
    assert (mention(text, outrageous), outrageous.speaker) == ("she", "Ann Lee")
    assert mention(text, clawed) == "she"
    assert (mention(text, broken), broken.speaker) == ("she", "Ann Lee")


def test_date_modifier_joined_names_and_ascii_dash_clause() -> None:
    text = (
        "Many families say the mayor’s claims are unfounded.\n\n"
        "“The mayor’s excuses do not add up,” said 9/11 widow Ann Lee.\n\n"
        "When the results come out, Hale and Lee call the count “a farce” and leave.\n\n"
        "Rep. Tom Hale urged the board to act on the lease -- a deal the Ohio congressman said "
        "is meant to “sink the port.”\n\n"
        "The new ad ends with footage of Lee saying at the rally, “We will win,” to cheers.\n"
    )
    widow, farce, sink, win = checkable(text)
    assert (mention(text, widow), widow.speaker) == ("9/11 widow Ann Lee", "Ann Lee")
    assert mention(text, farce) == "Hale and Lee"
    assert mention(text, sink) == "the Ohio congressman"
    assert (mention(text, win), win.speaker) == ("Lee", "Ann Lee")


def test_last_clause_signs_a_quote_after_more_words() -> None:
    text = (
        "“These clubs knock on every door at election time,” unlike earlier contests "
        "when parties handled that job, says Mara Quinlow, a lecturer at the county college.\n\n"
        "“The proud county of Westmere hands over its ballots!” Sen. Tom Hale said as he opened "
        "the roll call.\n\n"
        "Ann Lee, the author of “Quiet Harbors,” said the days when every town read one paper "
        "are over.\n"
    )
    quinlow, hale = checkable(text)
    assert (mention(text, quinlow), quinlow.speaker) == ("Mara Quinlow", "Mara Quinlow")
    assert (mention(text, hale), hale.speaker) == ("Sen. Tom Hale", "Tom Hale")
    assert [q.kind for q in extract(text) if q.text == "Quiet Harbors,"] == ["title"]  # the author of


def test_fronted_phrase_and_adjective_before_a_speech_noun_are_no_subject() -> None:
    text = (
        "Tom Hale spoke last. Given his past remarks about putting up a gate to keep out "
        "“loiterers,” it is fair to say he means it.\n\n"
        "Sen. Ann Lee visited the studio to discuss her recent remarks about the mayor, saying "
        "he was “far beyond his skills.”\n"
    )
    loiterers, depth = checkable(text)
    assert (mention(text, loiterers), loiterers.speaker) == ("his", "Tom Hale")
    assert (mention(text, depth), depth.speaker) == ("Sen. Ann Lee", "Ann Lee")


def test_of_phrases_in_subjects_and_a_lauding_subject() -> None:
    text = (
        "Tenants were turned away at first; when asked why, the 41-year-old owner "
        "of two trawlers answered, “The grant is for boat owners.”\n\n"
        "A note on the club’s website states that members pay less only if a boat is "
        "“registered with the harbor office,” a narrow test.\n\n"
        "In March, Gov. Ann Lee of New Mexico lauded the mooring scheme at a harbour supper for "
        "bringing “fresh and daring ideas.”\n"
    )
    mother, memo, lee = checkable(text)
    assert mention(text, mother) == "the 41-year-old owner of two trawlers"
    assert mention(text, memo) == "A note on the club’s website"
    assert (mention(text, lee), lee.speaker) == ("Gov. Ann Lee of New Mexico", "Ann Lee")


def test_title_with_two_of_phrases_and_a_cue_that_opens_the_next_quote() -> None:
    text = (
        "However, as Bishop Tom Hale of the Chapel of Saint Jude told the Harbor Gazette "
        "(HG), “Our roof went the same way.” He added, “So the council should have paid.”\n"
    )
    fate, helped = checkable(text)
    assert (mention(text, fate), fate.speaker) == ("Bishop Tom Hale of the Chapel of Saint Jude", "Tom Hale")
    assert (mention(text, helped), helped.speaker) == ("He", "Tom Hale")


def test_business_ventures_is_a_noun_not_a_cue() -> None:
    text = (
        "One agreement, seen by reporters, requires crew members to pledge “without exception” not to "
        "“mock or belittle” Ann Lee, her business ventures or her family.\n"
    )
    got = [(q.text, mention(text, q)) for q in checkable(text)]
    assert got == [("without exception", "One agreement"), ("mock or belittle", "One agreement")]


def test_share_of_respondents_answers_in_the_poll() -> None:
    text = (
        "In an October Harbor-News poll, 64 percent of anglers said “the river is cleaner "
        "than it was.”\n\n"
        "The Dockside survey also shows that, while 44 percent of residents say the council is "
        "“largely at fault” for the flooding, 30 percent blame the weather.\n\n"
        "Ann Lee said 40 percent of the budget is “wasted.”\n"
    )
    cleaner, fault, wasted = checkable(text)
    assert (mention(text, cleaner), cleaner.speaker) == ("an October Harbor-News poll",) * 2
    assert mention(text, fault) == "The Dockside survey"
    assert wasted.speaker == "Ann Lee"


def test_capitalised_particle_names_and_party_tag_before_the_comma() -> None:
    text = (
        "Ben Hale, the retired chair of the guild, told the Courier the port must bend "
        "“the way it did after the flood” or lose its boats.\n\n"
        "Wednesday in Dunmore, Fenland, once the count was in, Gov. Ann Lee (D-Fen.), said, "
        "“We are heading north.”\n"
    )
    hale, lee = checkable(text)
    assert (mention(text, hale), hale.speaker) == ("Ben Hale", "Ben Hale")
    assert (mention(text, lee), lee.speaker) == ("Gov. Ann Lee", "Ann Lee")


def test_cue_set_off_by_commas_reports_the_sentence() -> None:
    text = (
        "The paper, Tom Hale said, called the move “deeply telling.”\n\n"
        "Putting the plan together, Ann Lee explained, allowed her to “see the whole city.”\n"
    )
    hale, lee = checkable(text)
    assert (mention(text, hale), hale.speaker) == ("Tom Hale", "Tom Hale")
    assert (mention(text, lee), lee.speaker) == ("Ann Lee", "Ann Lee")


def test_words_after_an_earlier_quote_are_no_subject() -> None:
    text = (
        "On Thursday, Speaker Ann Lee of Iowa lamented the “dismal” tone of the contest and "
        "criticized the “tribal bickering” on show.\n"
    )
    _dismal, bickering = checkable(text)
    assert bickering.speaker == "Ann Lee"
    assert mention(text, bickering) == "Speaker Ann Lee of Iowa"


def test_day_between_subject_and_cue_and_later_said() -> None:
    text = (
        "The loudest boos went to the mayor, who Tom Hale on Wednesday called "
        "“a gambler with our money.”\n\n"
        "Ann Lee opened the debate and later said, “More than one club is angry.”\n"
    )
    hale, lee = checkable(text)
    assert (mention(text, hale), hale.speaker) == ("Tom Hale", "Tom Hale")
    assert (mention(text, lee), lee.speaker) == ("Ann Lee", "Ann Lee")


def test_comment_line_signed_at_its_end_after_more_quoted_words() -> None:
    text = (
        "Readers wrote in.\n"
        "“The pier is a mess.” ― Tom Hale\n"
        "“Nobody on the council listens to us. They call it ‘progress.” And that is all “they "
        "ever say’.” ― Ann Lee.\n"
    )
    quotes = checkable(text)
    assert (mention(text, quotes[0]), quotes[0].speaker) == ("Tom Hale", "Tom Hale")
    assert (mention(text, quotes[1]), quotes[1].speaker) == ("Ann Lee", "Ann Lee")


@pytest.mark.parametrize(
    ("text", "signer"),
    [
        ("Readers wrote in.\nThe fares went up and that is “the root of it.” ― Ann Lee.\n", "Ann Lee"),
        ("Readers wrote in.\nThey never listen. It is “far too slow” — Tom Hale\n", "Tom Hale"),
        ("Mail.\nAll the mayor does is say “wait and see.” / Ada Quist, Eastport\n", "Ada Quist"),
        # a neighbour: words between the quote and a dash are no signature
        ("Readers wrote in.\nIt is “far too slow” for the pier — Tom Hale\n", None),
    ],
)
def test_a_quote_ending_a_signed_line_is_the_signers(text: str, signer: str | None) -> None:
    [q] = extract_quotes(document_from_text(text, "s.txt"))
    assert q.speaker == signer


def test_quote_in_an_opening_participle_clause_is_the_main_subjects() -> None:
    text = (
        "Tom Hale wrote about the fall in his diary.\n\n"
        "After saying his left knee was “too stiff to climb the stairs,” he was driven "
        "to the clinic for scans.\n"
    )
    [q] = checkable(text)
    assert (mention(text, q), q.speaker) == ("he", "Tom Hale")


def test_short_partial_quote_after_as_with_a_stance_verb_is_the_subjects() -> None:
    text = (
        "Mayor Ann Lee hailed the harbour agreement with the ferry union as a “turning point.”\n\n"
        "Councilman Tom Hale (D-Eastside), for his part, has been steadily pounding the "
        "deal as a “giveaway” since spring.\n"
    )
    lee, hale = extract(text)
    assert (lee.kind, mention(text, lee), lee.speaker) == ("quote", "Mayor Ann Lee", "Ann Lee")
    assert (hale.kind, mention(text, hale), hale.speaker) == ("quote", "Councilman Tom Hale", "Tom Hale")


def test_passive_label_takes_the_agent_after_the_quote() -> None:
    text = "The audit — widely labeled a “whitewash” by opposition lawmakers — ran to 90 pages.\n"
    [q] = extract(text)
    assert (q.kind, mention(text, q)) == ("quote", "opposition lawmakers")


def test_second_predicate_verb_takes_the_sentence_subject() -> None:
    text = (
        "The Fenland Pilots Guild checked the new skipper's logbooks and deemed "
        "her “fit to sail” by spring.\n"
    )
    [q] = extract(text)
    assert (q.kind, mention(text, q)) == ("quote", "The Fenland Pilots Guild")


def test_scare_quote_without_a_governing_verb_stays_a_term() -> None:
    text = (
        "The “reform” slate won two seats on the council.\n\n"
        "Ann Lee's so-called “harbour tax” was dropped, and the “Save the Pier” banner hung "
        "from the rail while the so-called “experts” sat in the back.\n"
    )
    kinds = [q.kind for q in extract(text)]
    assert "quote" not in kinds


def test_partial_quote_after_who_and_a_verb_of_speech_is_the_antecedents() -> None:
    text = "It was Ann Lee who argued for a pier-saving “harbour levy” at the council meeting.\n"
    [q] = extract(text)
    assert (q.kind, mention(text, q), q.speaker) == ("quote", "who", "Ann Lee")


def test_cue_word_used_as_a_noun_does_not_govern_the_quote() -> None:
    text = "Conversely, the watchdog group rated 22% of council claims as “mostly false” last year.\n"
    [q] = extract(text)
    assert (q.kind, mention(text, q)) == ("quote", "the watchdog group")


def test_subject_with_a_participle_phrase_chants_the_partial_quote() -> None:
    text = "Workers marching through the harbour district chanted “Not one more ferry!” until dusk.\n"
    [q] = extract(text)
    assert (q.kind, mention(text, q)) == ("quote", "Workers")


def test_possessor_of_an_utterance_noun_owns_the_partial_quote() -> None:
    text = (
        "While Ann Lee's call for a “harbour levy” drew cheers, the board stayed silent.\n\n"
        "Tom Hale's “pier first” pledge was dropped last week.\n\n"
        "Ferry riders prefer Ann Lee's call for a “fare freeze” over the board's plan.\n"
    )
    levy, pier, fare = extract(text)
    assert (levy.kind, mention(text, levy), levy.speaker) == ("quote", "Ann Lee's", "Ann Lee")
    assert (pier.kind, mention(text, pier), pier.speaker) == ("quote", "Tom Hale's", "Tom Hale")
    assert fare.kind == "term"  # an object inside the riders' clause: not Lee's to check


def test_a_year_between_who_and_said_keeps_the_relative_subject() -> None:
    text = (
        "The harbourmaster has often clashed with Tom Hale, who in 2021 said the guild's aim was to "
        "leave her “a captain without a ship.”\n"
    )
    [q] = extract(text)
    assert (q.kind, mention(text, q), q.speaker) == ("quote", "who", "Tom Hale")


def test_passive_agent_before_as_owns_the_partial_quote_but_known_as_is_a_name() -> None:
    text = (
        "The levy, a tax seen by activists as a “safety net” for fishing families, passed on Tuesday.\n\n"
        "Tom Hale, 52, known online as “Pier Boss,” did not vote.\n"
    )
    lifeboat, boss = extract(text)
    assert (lifeboat.kind, mention(text, lifeboat)) == ("quote", "activists")
    assert boss.kind == "term"


def test_a_share_of_respondents_is_the_subject_of_a_partial_quote() -> None:
    text = (
        "The harbour survey was released on Monday.\n\n"
        "About six in 10 answered that the timetable left them “fed up.”\n\n"
        "Roughly 12 percent of pier residents reported being “too busy to care.”\n"
    )
    fed, view = extract(text)
    assert (fed.kind, mention(text, fed)) == ("quote", "About six in 10")
    assert (view.kind, mention(text, view)) == ("quote", "Roughly 12 percent of pier residents")


def test_quote_sentence_later_in_the_paragraph_keeps_its_speaker() -> None:
    text = (
        "“The school needs a new roof,” said Marta Ruiz, 52, a parent from Elm Park. "
        "A teacher for two decades, she moved to the district in 2009. "
        "“Nobody listens until the ceiling leaks.”\n\n"
        "“We will review it,” a board member said.\n"
    )
    q1, q2, q3 = checkable(text)
    assert q1.speaker == "Marta Ruiz"
    assert q2.text == "Nobody listens until the ceiling leaks."
    assert q2.speaker == "Marta Ruiz" and mention(text, q2) == "Marta Ruiz"
    assert q3.speaker == "a board member"


def test_quote_sentence_in_a_new_paragraph_is_not_chained() -> None:
    text = (
        "“The school needs a new roof,” said Marta Ruiz. The district disagrees.\n\n"
        "The budget vote is set for June.\n\n“Nobody listens until the ceiling leaks.”\n"
    )
    q1, q2 = checkable(text)
    assert q1.speaker == "Marta Ruiz"
    assert q2.speaker is None


def test_abbreviation_then_pronoun_ends_the_sentence() -> None:
    text = (
        "Dale Brook says the company shifted its plant to the U.K. He says workers "
        "deserve “a straight answer about the jobs.”\n"
    )
    [q] = checkable(text)
    assert mention(text, q) == "He" and q.speaker == "Dale Brook"


def test_subject_before_an_aside_set_off_by_double_hyphens() -> None:
    text = (
        "A former city treasurer -- Ellen Marsh, who lost the 2010 race for governor -- "
        "said the plan “does nothing for small towns.”\n"
    )
    [q] = checkable(text)
    assert mention(text, q) == "A former city treasurer"


def test_in_someones_words_names_the_source() -> None:
    text = (
        "Investors picked the town because, in Bloomberg's words, “it has more startups per head "
        "than any city in Europe.”\n\nThe council agreed, in the words of Mayor Ann Holt, that "
        "the port was “the engine of the region.”\n"
    )
    q1, q2 = checkable(text)
    assert q1.speaker == "Bloomberg" and mention(text, q1) == "Bloomberg"
    assert q2.speaker == "Ann Holt"


def test_relative_clause_after_a_dash_is_the_mention() -> None:
    text = (
        "Council favourite Tom Hale - who told the dockers he would “sell the old dredger” - "
        "addressed the quay on Friday.\n"
    )
    [q] = extract(text)
    assert mention(text, q) == "who" and q.speaker == "Tom Hale"


def test_quote_after_a_closed_dash_aside_does_not_inherit_it() -> None:
    text = (
        "Skipper Ola Rusk unfurled the flag — which read “Pier Now” — and shook it, "
        "calling “hold fast” to the quay.\n"
    )
    quotes = extract(text)
    last = quotes[-1]
    assert last.text == "hold fast"
    assert last.speaker != "the flag"


def test_another_with_a_past_cue_is_the_speaker() -> None:
    text = "One voter wrote, “The plan is fair.” Another tweeted, “The mayor thinks the rules skip him.”\n"
    q1, q2 = checkable(text)
    assert mention(text, q1) == "One voter"
    assert mention(text, q2) == "Another"


def test_secretary_of_state_is_a_description() -> None:
    text = "At the fair, the secretary of state told us she came “only for the pie contest.”\n"
    [q] = checkable(text)
    assert mention(text, q) == "the secretary of state"


def test_sentence_opened_by_adding_continues_the_speaker() -> None:
    text = (
        "Ruth Lam said of the audit that the findings were “not good.” Adding, "
        "“It is always the cover-up that hurts.”\n"
    )
    q1, q2 = checkable(text)
    assert q1.speaker == "Ruth Lam"
    assert q2.speaker == "Ruth Lam"


def test_subject_is_the_noun_a_prepositional_object_hangs_on() -> None:
    text = "An April memo from the guild obtained by the Courier says that “every late sailing costs us trade.”\n"
    [q] = checkable(text)
    assert mention(text, q) == "An April memo from the guild"


def test_age_before_a_name_and_a_source_familiar_with_someone() -> None:
    text = (
        "71-year-old Nora Quade, head of the Lakeside Rowing Club, backed Hale on Friday, "
        "saying he “pays every debt on time.”\n\n"
        "A source familiar with Hale’s thinking said, “He never retreats.”\n"
    )
    q1, q2 = checkable(text)
    assert q1.speaker == "Nora Quade"
    assert mention(text, q2) == "A source familiar with Hale’s thinking"


def test_pronoun_in_a_sentence_stands_for_its_named_subject() -> None:
    text = (
        "Mayor Robert Marsh met with Governor Tom Hale to talk about the state budget for the year.\n\n"
        "Marsh clashed with Hale at the forum, when he called the budget “a gift to the banks.”\n"
    )
    [q] = checkable(text)
    assert mention(text, q) == "he"
    assert q.speaker == "Robert Marsh"


def test_that_after_a_comma_is_no_relative_subject() -> None:
    text = (
        "Hale said Friday at a quayside forum in Wexmoor, Fenland, that ports may set such "
        "fees because “no skipper should moor for free.”\n"
    )
    [q] = checkable(text)
    assert mention(text, q) == "Hale"


def test_a_dated_phrase_between_subject_and_cue_is_skipped() -> None:
    text = (
        "The union paid for a bus tour, and Hale during a Sunday rally thanked its members "
        "“for standing by me all year.”\n"
    )
    [q] = checkable(text)
    assert mention(text, q) == "Hale"


def test_fronted_phrase_with_a_dash_aside_before_the_subject() -> None:
    text = (
        "Hastily seizing on the fire in Elm Park ― just as he had after the blackout in Dayton "
        "two summers ago ― Hale cast the fault onto his rivals, and stressed the danger that "
        "“real fires” pose.\n"
    )
    [q] = checkable(text)
    assert mention(text, q) == "Hale"


def test_report_sentence_between_quotes_is_the_nearer_mention() -> None:
    text = (
        "“Our town has worse worries,” says Dana Ruiz, 34, a nurse from Akron. "
        "She says folks should be free to choose. “Their choice harms nobody else.”\n\n"
        "“I'm a teacher, but I can't pay my loans,” says Mark Tull, 29, of Toledo. "
        "Tull supports the governor in the race. “My shifts keep getting cut.”\n"
    )
    q1, q2, q3, q4 = checkable(text)
    assert (q1.speaker, q3.speaker) == ("Dana Ruiz", "Mark Tull")
    assert mention(text, q2) == "She" and q2.speaker == "Dana Ruiz"
    assert mention(text, q4) == "Tull" and q4.speaker == "Mark Tull"
