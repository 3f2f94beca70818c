"""A group or body someone has speaks as written (session 35). Invented passages.

After a name's possessive, a head that names a group or body of the person's ("Ann Roe's
family", "Roe's legal team", "the singer's management", "Lamm's firm": ``lexicon.POSSESSED_GROUPS``)
is the speaker, mention and speaker alike, as "Ann Roe's lawyers" already was; never the one
it belongs to. Against that person's own post the words are another's (misattributed), as a
lawyer's are; an entourage that speaks for the person ("Ann Roe's staff", "her camp") only
leaves the author unconfirmed, as "Ann Roe's office" does."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.model import Verdict
from tests.conftest import mention, quote_with

GROUPS = [
    ("“He was the kindest man we knew,” Ivo Lamm's family said.", "kindest man", "Ivo Lamm's family"),
    (  # named before: the surname's possessive, a medium after the verb
        "Ivo Lamm died in March. “He loved this valley,” Lamm's family said in a statement.",
        "loved this valley",
        "Lamm's family",
    ),
    (  # an adjective before the head, the cue before the quote
        "Ann Roe was charged in May. Roe's legal team said: “We will appeal.”",
        "We will appeal",
        "Roe's legal team",
    ),
    (  # an aside between the group and its verb
        "Ivo Lamm's family, who live in Kell, said: “He was a gentle man.”",
        "gentle man",
        "Ivo Lamm's family",
    ),
    (
        "“The tour goes ahead,” Mira Holt's management told the Courier.",
        "tour goes ahead",
        "Mira Holt's management",
    ),
    ("“We did nothing wrong,” said Ivo Lamm's firm.", "nothing wrong", "Ivo Lamm's firm"),
    ("“We will sell the house,” Ada Fenn's estate said on Friday.", "sell the house", "Ada Fenn's estate"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), GROUPS)
def test_the_group_speaks_as_written(text: str, words: str, speaker: str) -> None:
    q = quote_with(text, words)
    assert q.speaker == speaker
    assert mention(text + "\n", q) == speaker


def test_lawyers_and_an_office_as_before() -> None:
    q = quote_with("“Our client is innocent,” Ann Roe's lawyers said.", "innocent")
    assert q.speaker == "Ann Roe's lawyers"
    q = quote_with("“The mayor will not resign,” the mayor's office said.", "not resign")
    assert q.speaker == "the mayor's office"


def test_the_possessor_still_speaks_through_her_words_and_works() -> None:
    # a document, a statement or a work of hers is hers: the possessor speaks
    assert quote_with(
        "Ann Roe's statement called the decision “a betrayal of the town”.", "betrayal"
    ).speaker == ("Ann Roe")
    assert (
        quote_with("Ann Roe's first memo described the plan as “reckless”.", "reckless").speaker == "Ann Roe"
    )
    assert quote_with(
        "Ivo Lamm's investigation found the fund was “a black hole”.", "black hole"
    ).speaker == ("Ivo Lamm")


def test_the_person_named_in_the_group_is_known_later() -> None:
    from tests.conftest import speakers

    text = (
        "“We are devastated,” Ivo Lamm's family said. Lamm, 64, had run the mill for 30 years. "
        "“I never wanted to retire,” Lamm said in 2020."
    )
    assert speakers(text) == ["Ivo Lamm's family", "Ivo Lamm"]


WORDS = "We will fight this all the way to the top court."


def verdict_of(tmp_path: Path, tag: str) -> tuple[Verdict | None, list[str]]:
    (tmp_path / "src").mkdir(exist_ok=True)
    (tmp_path / "src" / "post.md").write_text(
        f"---\nauthor: Ann Roe\nkind: post\n---\n{WORDS}\n", encoding="utf-8"
    )
    draft = tmp_path / "draft.txt"
    draft.write_text(f"Ann Roe was charged in May.\n\n“{WORDS[:-1]},” {tag} said.\n", encoding="utf-8")
    result = quotecheck.check([str(draft)], sources=[str(tmp_path / "src")]).results()[0]
    return result.verdict, [f.code for f in result.findings]


def test_a_family_is_not_the_author_of_her_post(tmp_path: Path) -> None:
    assert verdict_of(tmp_path, "Ann Roe's family")[0] is Verdict.MISATTRIBUTED
    assert verdict_of(tmp_path, "Ann Roe's legal team")[0] is Verdict.MISATTRIBUTED
    assert verdict_of(tmp_path, "Ann Roe's lawyers")[0] is Verdict.MISATTRIBUTED


def test_an_entourage_speaks_for_her_as_an_office_does(tmp_path: Path) -> None:
    for tag in ("Ann Roe's staff", "Ann Roe's camp", "Ann Roe's office"):
        verdict, codes = verdict_of(tmp_path, tag)
        assert verdict is Verdict.EXACT, tag
        assert "speaker_unconfirmed" in codes, tag
