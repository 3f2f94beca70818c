"""Short quotes an attribution sieve reaches but nobody's record can confirm: words shown as
words, names of things, titles. Each rule runs invented news prose through the real extractor,
with variations of its shape and one neighbour whose words must stay a quote to check."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote


def extract(text: str) -> list[Quote]:
    return extract_quotes(document_from_text(text, "story.txt"))


def kinds(text: str) -> list[str]:
    return [q.kind for q in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Clerks combed the ledger for lines that used words such as “toll,” “levy,” “quay” and "
        "“ferry pass.” None turned up.\n",
        "Councillor Aske used the terms “toll”, “levy” and “charge” in her speech on Monday.\n",
        'The auditor flagged phrases like "interim," "pending" or "under review" in the draft.\n',
        "The style guide bans four words: “iconic”, “world-class”, “vibrant” and “bespoke”.\n",
    ],
)
def test_three_quoted_words_listed_after_a_noun_for_words_are_terms(text: str) -> None:
    found = kinds(text)
    assert len(found) >= 3 and set(found) == {"term"}


def test_two_words_a_speaker_dodged_and_a_list_of_what_she_called_it_stay_quotes() -> None:
    text = (
        "Aske called the levy “unfair,” “rushed” and “a burden for the meek.”\n\n"
        "Berg said the mayor should stop hiding behind words like “soonish” and “shortly”, "
        "she told reporters.\n"
    )
    found = extract(text)
    assert [q.kind for q in found[:3]] == ["quote", "quote", "quote"]
    assert all(q.speaker == "Aske" for q in found[:3])
    assert [q.kind for q in found[3:]] == ["quote", "quote"]


@pytest.mark.parametrize(
    "text",
    [
        "Critics said the “Night Ferry” reboot had lost its charm.\n",
        "Berg said she cast a newcomer as the lead in the “Low Tide” sequel.\n",
        "Aske said the “Harbour Lights” actress had been rude to the crew.\n",
        "Volunteers handed out “Save the Pier” tote bags, Aske said.\n",
        "The “Dear Councillor” letters, Berg wrote, were sent to every ward.\n",
    ],
)
def test_a_title_case_quote_before_a_noun_for_a_work_or_a_thing_names_it(text: str) -> None:
    [q] = extract(text)
    assert q.kind == "title"


def test_a_title_case_quote_before_a_noun_for_a_movement_stays_a_quote() -> None:
    [q] = extract("Aske said the “Stop the Toll” movement would march again.\n")
    assert (q.kind, q.speaker) == ("quote", "Aske")


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to “Pier Talk” on Monday, Lee said little about the vote.\n",
        "Lee spoke to “The Quay Hour” last week and said the pier would stay open.\n",
        "Aske, who talked to “Morning Harbour” by phone, said the count was close.\n",
    ],
)
def test_a_title_case_quote_spoken_to_is_a_show(text: str) -> None:
    [q] = extract(text)
    assert q.kind == "title"


def test_words_said_after_speaking_to_someone_stay_a_quote() -> None:
    [q] = extract("Lee spoke to reporters, saying “Good News Travels Fast.”\n")
    assert (q.kind, q.speaker) == ("quote", "Lee")


@pytest.mark.parametrize(
    "text",
    [
        "Aske has built a web page called “Move To The Harbour If Berg Wins” that lists spare "
        "rooms, she said.\n",
        "Berg said the group, known as “Friends Of The Old Pier Trust,” meets monthly.\n",
        "Lee said neighbours formed a group called “Save Our Quay From The Cranes.”\n",
        "Berg said the scheme, better known as “The Harbour Fund For Small Boats,” ran dry.\n",
    ],
)
def test_a_long_title_case_name_given_by_a_naming_frame_is_nobodys_words(text: str) -> None:
    [q] = extract(text)
    assert (q.kind, q.speaker) == ("title", None)  # the name of a page, a group, a fund


def test_a_long_title_case_quote_a_speaker_calls_something_stays_a_quote() -> None:
    [q] = extract("Lee called it “The Worst Deal This Town Ever Made” on Monday.\n")
    assert (q.kind, q.speaker) == ("quote", "Lee")


@pytest.mark.parametrize(
    "text",
    [
        "Supporters chanted “Aske! Aske!” as the results came in.\n",
        'The crowd kept chanting "USA! USA! USA!" after she spoke.\n',
        "But their chants of “Berg! Berg! Berg” faded when the count came in.\n",
    ],
)
def test_one_capitalised_word_said_over_and_over_is_a_chant(text: str) -> None:
    [q] = extract(text)
    assert q.kind == "term"


def test_a_word_repeated_in_a_sentence_of_speech_stays_a_quote() -> None:
    [q] = extract("“No, no, no,” Lee said, laughing.\n")
    assert (q.kind, q.speaker) == ("quote", "Lee")


@pytest.mark.parametrize(
    "text",
    [
        "Fans who doubt the count can read a blog post titled “Why The Harbour Vote Was Counted "
        "Twice In One Night,” Lee said.\n",
        'Berg wrote an essay entitled "How One Small Port Town Learned To Love Its Ferry Again" last year.\n',
        "Aske said her column, headlined “The Pier Is Not For Sale And Never Will Be,” drew letters.\n",
    ],
)
def test_a_long_title_case_quote_after_a_titling_participle_is_a_title(text: str) -> None:
    [q] = extract(text)
    assert q.kind == "title"


def test_a_long_title_case_sentence_said_after_a_titled_work_stays_a_quote() -> None:
    text = "Lee read out her speech, titled in full, saying “Our Nets Stay Wet Through Every Storm And Every Spring Tide.”\n"
    [q] = extract(text)
    assert (q.kind, q.speaker) == ("quote", "Lee")


@pytest.mark.parametrize(
    "text",
    [
        "Lee introduced the band, who went on to perform “Harbour Nights Forever.”\n",
        "The choir performs “Low Tide Blues” every Friday, Berg said.\n",
        "Berg said she watched “The Quay Hour” with her son.\n",
    ],
)
def test_a_title_case_quote_performed_or_watched_is_a_title(text: str) -> None:
    [q] = extract(text)
    assert q.kind == "title"


def test_words_in_lower_case_after_perform_stay_a_quote() -> None:
    [q] = extract("The choir will perform “as loudly as we can,” Berg said.\n")
    assert (q.kind, q.speaker) == ("quote", "Berg")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The levy has long been called “reckless” by the harbour union.\n", "the harbour union"),
        ("The scheme has been dubbed “managed retreat” by Ivo Brand, a planner at the port.\n", "Ivo Brand"),
        ("The levy was branded “Harbour Robbery” by the union last week.\n", "the union"),
    ],
)
def test_a_name_given_by_an_agent_after_the_quote_is_the_agents_words(text: str, speaker: str) -> None:
    [q] = extract(text)
    assert (q.kind, q.speaker) == ("quote", speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry, long called “the Old Lady,” left at noon.\n",
    ],
)
def test_a_name_given_with_no_one_naming_it_stays_a_term(text: str) -> None:
    [q] = extract(text)
    assert q.kind == "term"


def test_a_business_named_with_no_one_naming_it_is_a_title() -> None:
    [q] = extract("A café called “Harbour Rest” opened on the quay.\n")
    assert (q.kind, q.speaker) == ("title", None)  # the café's name: nobody's words


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Lee toured the quay, what she called “our front door,” on Monday.\n", "Lee"),
        ("Berg cut the ribbon on the pier, which he called “a gift,” and left early.\n", "Berg"),
        ("The dockers struck over the levy, which they called “daylight robbery.”\n", "The dockers"),
    ],
)
def test_what_a_pronoun_called_something_is_the_speakers_words(text: str, speaker: str) -> None:
    [q] = extract(text)
    assert (q.kind, q.speaker) == ("quote", speaker)


def test_what_something_is_called_with_no_one_calling_it_stays_a_term() -> None:
    [q] = extract("The ferry, which is called “the Old Lady,” left at noon.\n")
    assert q.kind == "term"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor Ann Lee called the plan “A Big Waste Of Public Money” on Tuesday.\n", "Ann Lee"),
        ("Berg labeled the bill “The Sorriest Bargain Since The Flood,” and walked out.\n", "Berg"),
        ("The union has branded his plan “Harbour Robbery” since March.\n", "The union"),
    ],
)
def test_a_title_case_verdict_on_a_named_work_is_the_speakers_words(text: str, speaker: str) -> None:
    [q] = extract(text)
    assert (q.kind, q.speaker) == ("quote", speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Lee said she wrote the book “Quiet Harbors” in a year.\n",
        "The council backed a plan called “Harbour Forward” on Tuesday.\n",
    ],
)
def test_a_title_case_name_next_to_a_work_noun_with_no_verdict_verb_stays_a_title(text: str) -> None:
    [q] = extract(text)
    assert q.kind == "title"
