"""A misattributed quote is never exact (session 31): the speaker a draft gives is compared
with the source's author strictly where the draft itself says who is not the author.

- A person named by a given name only ("Ivo Lund and Vera said", "his wife, Vera,") is not
  every "Vera <anything>": when the draft gave her full name earlier the extractor has already
  resolved her to it; otherwise the source's author cannot be told to be her (the verdict then
  warns: tests/test_speaker_verdict31b.py).
- A description that names someone as another person ("a lawyer for Vera Sal", "an attorney
  acting for Vera Sal", "the daughter of Vera Sal", "a person familiar with Vera Sal's plans",
  "Ivo Lund, a spokesman for Vera Sal") never passes against that person's own post, and the
  people joined inside it are its object, not speakers. (A person's spokesman or office: a
  warning, tests/test_speaker_verdict31b.py.)
- A given name that conflicts is a slip only when it is no name ("Meanwhile Webb"): "Ann
  Webb" is not Tom Webb because the sources happen to have no Ann Webb.

Neighbours stay exact: "Vera Sal, a lawyer, said", a joined speaker one of whose people wrote
the post, a title before the author's name, the author of a statement."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.match import Matcher
from quotecheck.match.names import described_people, joined_people, same_person
from quotecheck.model import Quote, Source, Verdict
from quotecheck.verify import judge

WORDS = "The new depot will open before the first snow, and not a day later."
QUOTED = f"“{WORDS}”"


def results(tmp_path: Path, draft: str, author: str, *others: str) -> list[tuple[str | None, str]]:
    """(speaker, verdict) of each quote in ``draft`` checked against a post by ``author`` with
    the quoted words (and posts by ``others`` with other words), offline from a store."""
    article = tmp_path / "depot.md"
    article.write_text(
        f"---\ntitle: Depot plans\ndate: 2026-03-04\n---\n# Depot plans\n\n{draft}\n", encoding="utf-8"
    )
    sources = tmp_path / "sources"
    sources.mkdir()
    posts = [(author, WORDS), *((o, "The bus lanes on Quay Road stay open all winter.") for o in others)]
    for k, (by, text) in enumerate(posts):
        (sources / f"post{k}.md").write_text(
            f"---\nkind: post\nauthor: {by}\ndate: 2026-03-03\n---\n{text}\n", encoding="utf-8"
        )
    report = quotecheck.check([article], sources=[sources], store=tmp_path / "store")
    return [(r.quote.speaker, r.verdict.value if r.verdict else "") for r in report.results()]


def verdict(tmp_path: Path, draft: str, author: str, *others: str) -> str:
    [(_, got)] = results(tmp_path, draft, author, *others)
    return got


# ---- a given name alone is not every namesake ----
GIVEN_RESOLVED = [
    # the full name given earlier: the extractor resolves the given name to it
    (f"Vera Sal runs the bakery on Mill Street. Ivo Lund and Vera said, {QUOTED}", "Vera Sal"),
    (f"Vera Sal runs the bakery. Ivo Lund and his wife, Vera, told reporters, {QUOTED}", "Vera Sal"),
    # a joined speaker passes when one of its named people wrote the post
    (f"Ivo Lund and Vera Sal said, {QUOTED}", "Vera Sal"),
    (f"Ivo and Vera Sal said, {QUOTED}", "Vera Sal"),
    (f"Ivo Lund and Vera Sal said, {QUOTED}", "Ivo Lund"),
]


@pytest.mark.parametrize(("draft", "author"), GIVEN_RESOLVED)
def test_a_full_name_given_in_the_draft_passes(tmp_path: Path, draft: str, author: str) -> None:
    assert verdict(tmp_path, draft, author) == "exact"


def test_a_full_name_given_earlier_is_not_a_namesake(tmp_path: Path) -> None:
    draft = f"Vera Sal runs the bakery on Mill Street. Ivo Lund and Vera said, {QUOTED}"
    assert verdict(tmp_path, draft, "Vera Moss") == "misattributed"


@pytest.mark.parametrize(
    ("speaker", "author"),
    [("Vera", "Vera Moss"), ("Ivo Lund and Vera", "Vera Moss"), ("Ann Lee, Tom Hale and Vera", "Vera Sal")],
)
def test_a_lone_given_name_is_not_the_authors_given_name(speaker: str, author: str) -> None:
    assert not same_person(speaker, author)
    assert not same_person(speaker, author, None, [author])


def test_a_lone_given_name_is_not_the_start_of_a_handle() -> None:
    assert not same_person("Vera", "@verasalter")
    assert not same_person("Ivo Lund and Vera", "@verasalter")
    assert same_person("Salter", "@verasalter") and same_person("Vera Salter", "@verasalter")


def test_a_part_of_a_double_surname_still_matches() -> None:
    assert same_person("Smith", "Ann Smith Jones")
    assert same_person("Vera", "Vera")  # the very name the source gives


# ---- a description naming the author as someone else ----
DESCRIBED = [
    f"A lawyer for Ivo Lund and Vera Sal said, {QUOTED}",
    f"A lawyer for Vera Sal said on Tuesday, {QUOTED}",
    f"An attorney acting for Vera Sal told reporters, {QUOTED}",
    f"The daughter of Vera Sal said, {QUOTED}",
    f"A lawyer for Gov. Vera Sal had said, {QUOTED}",
    f"A lawyer for Democratic presidential candidate Vera Sal said, {QUOTED}",
]


@pytest.mark.parametrize("draft", DESCRIBED)
def test_a_description_with_the_author_in_its_phrase_is_misattributed(tmp_path: Path, draft: str) -> None:
    assert verdict(tmp_path, draft, "Vera Sal") == "misattributed"


POSSESSED = [
    f"Vera Sal's lawyer said, {QUOTED}",
    f"Vera Sal’s lawyer wrote in a letter, {QUOTED}",
    f"A person familiar with Vera Sal's plans said, {QUOTED}",
    f"Sal's campaign manager said in a statement, {QUOTED}",
]


@pytest.mark.parametrize("draft", POSSESSED)
def test_a_description_owned_by_the_author_is_misattributed(tmp_path: Path, draft: str) -> None:
    assert verdict(tmp_path, draft, "Vera Sal") == "misattributed"


@pytest.mark.parametrize(
    "speaker",
    [
        "Ivo Lund, a spokesman for Vera Sal",
        "Ivo Lund, who advises Vera Sal",  # no link word: still Ivo Lund, never Vera Sal
        "Ivo Lund, an aide to Gov. Vera Sal",
        "Tom Hale and a lawyer for Vera Sal",
    ],
)
def test_a_name_set_off_with_a_description_is_that_name(speaker: str) -> None:
    text = WORDS
    matcher = Matcher([Source("p.md", "post", text, author="Vera Sal")])
    quote = Quote("q", text, 0, len(text), 1, 1, 1, len(text), speaker=speaker)
    result = judge(quote, matcher.locate(text, speaker), True, known_speakers=matcher.known)
    assert result.verdict is Verdict.MISATTRIBUTED, speaker


def test_the_people_joined_inside_a_phrase_are_not_speakers() -> None:
    assert joined_people("A lawyer for Ivo Lund and Vera Sal") == []
    assert joined_people("Lawyers for Ivo Lund and Vera Sal") == []
    assert described_people("A lawyer for Ivo Lund and Vera Sal") == (None, ["Ivo Lund", "Vera Sal"])
    assert joined_people("Tom Hale and a lawyer for Vera Sal") == ["Tom Hale", "a lawyer for Vera Sal"]


NOT_DESCRIBED = [
    # the author is the speaker: a description set off after her name, a title before it
    (f"Vera Sal, a lawyer, said, {QUOTED}", "Vera Sal"),
    (f"Vera Sal, a lawyer for Ivo Lund, said, {QUOTED}", "Vera Sal"),
    (f"The mayor, Vera Sal, said, {QUOTED}", "Vera Sal"),
    (f"Secretary of State Vera Sal said, {QUOTED}", "Vera Sal"),
    (f"The former secretary of state Vera Sal said, {QUOTED}", "Vera Sal"),
    # the author of words a noun of words names
    (f"A statement from Vera Sal said, {QUOTED}", "Vera Sal"),
    # a spokesman set off with his description is himself
    (f"Ivo Lund, a spokesman for Vera Sal, said, {QUOTED}", "Ivo Lund"),
]


@pytest.mark.parametrize(("draft", "author"), NOT_DESCRIBED)
def test_the_author_named_as_the_speaker_stays_exact(tmp_path: Path, draft: str, author: str) -> None:
    assert verdict(tmp_path, draft, author) == "exact"


def test_a_description_is_still_not_compared_with_a_stranger(tmp_path: Path) -> None:
    # "Vera Sal's spokesman" may be Dora Quill: as for any description, no verdict on the speaker
    assert verdict(tmp_path, f"Vera Sal's spokesman said, {QUOTED}", "Dora Quill") == "exact"


# ---- a conflicting given name is a slip only when it is no name ----
NAMESAKES = [
    (f"Ann Webb, who chairs the board, said, {QUOTED}", "Tom Webb"),
    (f"Dr. Mara Osei told the council, {QUOTED}", "Kwame Osei"),
    (f"“{WORDS[:-1]},” Vera Sal wrote on Tuesday.", "Ivo Sal"),
]


@pytest.mark.parametrize(("draft", "author"), NAMESAKES)
def test_a_namesake_the_sources_lack_is_still_another_person(tmp_path: Path, draft: str, author: str) -> None:
    assert verdict(tmp_path, draft, author) == "misattributed"


def test_stray_words_before_a_surname_are_still_a_slip() -> None:
    assert same_person("Meanwhile Webb", "Tom Webb", known=["Tom Webb", "Maria Lopez"])
    assert same_person("Tuesday Webb", "Tom Webb", known=["Tom Webb"])
    assert not same_person("Ann Webb", "Tom Webb", known=["Tom Webb"])
