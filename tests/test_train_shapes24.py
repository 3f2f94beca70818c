"""Three shapes where a quote's speaker was missed or misread: a noun of utterance that the
subject puts out governs the words after its preposition ("landed a dig at “…”", "made a
demand for “…”"); quotes in a series closed by one report after the last of them ("words
like “…” and “…”, the mayor said") are all the reporter's; a participle inside a "where"
clause with a subject of its own is that clause's ("where her fans stood
singing “…”"), while one set off after it goes on with the main clause. Each shape has invented variations and
neighbours that must not change; all run through the real extractor on invented news."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speakers(text: str) -> list[str | None]:
    """The speaker of each quotation in ``text`` (terms and titles left out)."""
    quotes = extract_quotes(document_from_text(text + "\n", "story.txt"))
    return [q.speaker for q in quotes if q.kind == "quote"]


# ---- a noun of utterance put out by the subject ----


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Standing in for the governor at the fair, Ruth Alvarez landed a sharp dig at "
            "“my dear friend the mayor.”",
            "Ruth Alvarez",
        ),
        (
            "Mayor Tom Hale launched into a long lament for the “forgotten families” of the valley.",
            "Tom Hale",
        ),
        ("The tenants’ union made a fresh demand for “rent relief now” on Friday.", "The tenants’ union"),
        (
            "On Tuesday the governor delivered a stinging denunciation of “reckless spending” in the capital.",
            "the governor",
        ),
        (
            "Dr. Lena Moss, who chairs the hospital board, made a plea for “calm heads and clean hands.”",
            "Lena Moss",
        ),
        ("The coach lodged a formal complaint about “blatant cheating” by the visiting side.", "The coach"),
        ("Protest leader Maya Ford will deliver a speech on “the price of silence” next week.", "Maya Ford"),
        (
            "Governor Ana Cole arrived late. She then fired off a tweet about “fake outrage” over the bridge.",
            "Ana Cole",
        ),
    ],
)
def test_put_out_utterance_credits_the_subject(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "A demand for “rent relief now” was made by the tenants on Friday.",  # the noun is the subject
        "The mayor plans to make a demand for “rent relief now” next week.",  # not made yet
        "The senator was greeted with calls for “a full audit” at every stop.",  # others' calls
    ],
)
def test_utterance_not_put_out_by_a_subject_names_no_one(text: str) -> None:
    assert all(s is None for s in speakers(text))


def test_a_modifier_is_no_verb_of_putting_out() -> None:
    # "renewed" modifies the call here; the board only mocks it (a verb of speech of its own)
    assert speakers("The board mocked a renewed call for “open books” from the tenants.") == ["The board"]


# ---- quotes in a series closed by one report ----


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Landlords keep using words like “eviction” and “purge” in their notices, the mayor said on Monday.",
            ["the mayor", "the mayor"],
        ),
        (
            "Critics use phrases like “fair share” and “job killer” too freely, Ms. Ortiz wrote in her newsletter.",
            ["Ortiz", "Ortiz"],
        ),
        (
            "The council backs “fair fees” and “open books” for every tenant, the mayor said.",
            ["the mayor", "the mayor"],
        ),
        (
            "Tenants should stop using slurs like “greedy,” “heartless” and “absentee,” "
            "Councilwoman Dana Reyes told reporters.",
            ["Dana Reyes", "Dana Reyes", "Dana Reyes"],
        ),
        (
            "The union wants “a living wage” and “safe shifts,” its president, Omar Haddad, said Tuesday.",
            ["Omar Haddad", "Omar Haddad"],
        ),
    ],
)
def test_a_closing_report_covers_the_series(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a report of its own between the quotes: the first is not the closing reporter's
        (
            "The council backs “fair fees,” and Mayor Tom Hale called the plan “a sham,” the paper reported.",
            "The council",
        ),
        # the sentence ends before the report
        ("The council backs “fair fees.” The mayor said so on Monday.", "The council"),
        # a semicolon ends the series
        ("The council backs “fair fees”; critics call them “a tax,” the mayor said.", "The council"),
        # a verb of speech before the series keeps its speaker
        ("Ruth Alvarez called the plan “a sham” and “a scam,” the Courier reported.", "Ruth Alvarez"),
    ],
)
def test_series_neighbours_keep_their_speaker(text: str, first: str) -> None:
    assert speakers(text)[0] == first


# ---- a participle inside a "where" clause with its own subject ----


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Guests waited outside the arena, where her fans stood singing “we love you, Ada.”",
            "her fans",
        ),
        (
            "The chairman stood near the gate, where forty nurses had gathered chanting “no cuts.”",
            "forty nurses",
        ),
        ("Police arrived at the hall, where Dana Reyes was heard shouting “let us in.”", "Dana Reyes"),
    ],
)
def test_participle_inside_a_where_clause_is_its_subjects(text: str, who: str) -> None:
    assert speakers(text) == [who]


# Set off by a comma after the "where" clause, a participle may be either subject's
# ("toured the plant, where workers were striking, calling the talks “a farce”"); the
# grammar cannot tell, so it goes on with the main clause, as every other set-off
# participle does.
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The chairman stood near the gate, where forty nurses had gathered that morning, "
            "chanting “safe staffing now.”",
            "The chairman",
        ),
        (
            "The senator toured the plant, where workers were striking, calling the talks “a farce.”",
            "The senator",
        ),
        (
            "Mayor Hale arrived at the school, where Dana Reyes had gathered her members, calling the cuts "
            "“a disgrace.”",
            "Hale",
        ),
        (
            "The governor toured the mill, where the tenants marched past the gates, chanting “no more layoffs.”",
            "The governor",
        ),
    ],
)
def test_a_set_off_participle_after_where_goes_on_with_the_main_clause(text: str, who: str) -> None:
    assert speakers(text) == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # no subject and verb after "where" that opens a clause of people
        ("The mayor spoke outside, where it was quieter, saying the plan was “dead.”", "The mayor"),
        # the "where" clause is fronted and closed: the main clause's subject goes on
        (
            "At the plant, where nurses had gathered, the mayor spoke, calling the cuts “a mistake.”",
            "the mayor",
        ),
    ],
)
def test_where_clause_neighbours(text: str, who: str) -> None:
    assert speakers(text) == [who]
