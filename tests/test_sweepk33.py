"""Three shapes found by a sweep of invented news in genres earlier sweeps left out (session 33):
a passive report of words "as saying" whose "by" phrase names the medium (the medium, the
outer frame, as before); a verbless liveblog label ("More from Lee:") naming who the words after its colon come from; and
"so says X" after a dash or at the next sentence's start, pointing back to the quote."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speaker_of(text: str, words: str) -> str | None:
    [q] = [q for q in extract_quotes(document_from_text(text, "story.txt")) if words in q.text]
    return q.speaker


# "X was quoted by the Courier as saying …": the paper that quoted X is the outer frame of the
# report, its source (as "according to the Courier, X said …" is the Courier's); the scorer's
# gold reads nested attributions so.
AS_SAYING = [
    ("“The harvest is lost,” Ilka Sorensby was quoted as saying by the daily Nordposten.", "Nordposten"),
    ("“We will not sign,” Teodor Makwana was quoted by the Harbour Courier as saying.", "Harbour Courier"),
    (
        "Farm minister Oyelade Brisk was cited by the Ferrow Gazette as telling growers on Monday "
        "that the scheme was “dead in the water”.",
        "Ferrow Gazette",
    ),
    ("The envoy was quoted by Radio Vell as saying the talks had “run into the sand”.", "Radio Vell"),
]


@pytest.mark.parametrize(("text", "who"), AS_SAYING)
def test_quoted_as_saying_by_a_named_medium_gives_the_medium(text: str, who: str) -> None:
    assert speaker_of(text, "") == who


def test_asked_by_still_gives_the_asker() -> None:
    text = "Ilka Sorensby was asked by the committee: “Why did the ferry stop running?”"
    assert speaker_of(text, "ferry") == "the committee"


LABELS = [
    ("Ilka Sorensby spoke first.\n\nMore from Sorensby: “We are full to capacity.”", "Ilka Sorensby"),
    (
        "09.12 Teodor Makwana has arrived at the depot.\n\n09.40 Latest from Makwana: “The offer is an insult.”",
        "Teodor Makwana",
    ),
    ("Reaction from the harbour master: “The quay held, but only just.”", "the harbour master"),
    ("Mirela Quist opened the session.\n\nMore now from Quist: “The data surprised us.”", "Mirela Quist"),
]


@pytest.mark.parametrize(("text", "who"), LABELS)
def test_verbless_label_names_who_the_words_come_from(text: str, who: str) -> None:
    assert speaker_of(text, text.split("“")[1][:10]) == who


def test_name_from_a_place_is_no_label() -> None:
    text = "Ilka Sorensby spoke first.\n\nSorensby from Harrowby: “We are full to capacity.”"
    assert speaker_of(text, "capacity") == "Ilka Sorensby"


def test_label_from_a_place_names_no_one() -> None:
    text = "Ilka Sorensby spoke first.\n\nMore from the seafront: “We are full to capacity.”"
    assert speaker_of(text, "capacity") != "the seafront"


SO_SAYS = [
    ("“The line will reopen on Monday” — so says Teodor Makwana, a commuter.", "Teodor Makwana"),
    ("“The line will reopen on Monday” — says the 63-year-old driver.", "the 63-year-old driver"),
    ("“Faith has to be lived.” So said the Rev Ilka Sorensby, on her last Sunday.", "Ilka Sorensby"),
    ("“Fares will fall” — or so says the operator.", "the operator"),
]


@pytest.mark.parametrize(("text", "who"), SO_SAYS)
def test_so_says_points_back_to_the_quote(text: str, who: str) -> None:
    got = speaker_of(text, text[1:8])
    assert got is not None and who in got


def test_so_says_a_thing_with_more_words_signs_nothing() -> None:
    assert speaker_of("“No entry after dark.” So says the sign on the gate.", "No entry") is None


def test_says_with_a_report_after_is_no_signature() -> None:
    text = "“The line will reopen on Monday” — says Teodor Makwana will be proved wrong."
    assert speaker_of(text, "line") is None


WORDS_OF = [
    (
        "“Our teachers are stretched.” Those were the words of Ilka Sorensby, the head, as she left.",
        "Ilka Sorensby",
    ),
    ("“The defences held.” That was the verdict of the chief engineer on Friday.", "the chief engineer"),
    ("“We want our jobs back.” That is the view of Sorensby’s deputy, Teodor Makwana.", "Teodor Makwana"),
]


@pytest.mark.parametrize(("text", "who"), WORDS_OF)
def test_demonstrative_words_of_after_a_quote_name_its_sayer(text: str, who: str) -> None:
    assert speaker_of(text, text[1:10]) == who


def test_demonstrative_question_of_the_day_names_no_one() -> None:
    assert speaker_of("“Who pays?” That was the question of the day.", "Who pays") is None
