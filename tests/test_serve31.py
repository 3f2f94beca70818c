"""A description's phrase naming whom the speaker serves stays in the speaker (session 31).

The verdict compares the speaker a draft gives with a source's author (match/names.py
``described_people``): "an aide to Vera Sal" against a post by Vera Sal is misattributed only
when the extracted speaker keeps "to Vera Sal". So a description of a person keeps, after its
head noun, the phrase tying it to the person or body it serves or is close to: "to" after a
noun of service ("an aide to X", "an adviser to X"), an adjective of closeness ("a source close
to X"), a participle of service ("a lawyer representing X", "an attorney acting for X"), in
every cue position and through a pronoun after it. The speaker is the head's person, never X.
Neighbours: whom a role spoke to ("said the mayor to the council"), an infinitive ("told aides
to leave"), a name set off after the description.

A person's office ("Vera Sal's office said") speaks for her as her campaign or spokesman does,
and is no document of hers ("Vera Sal's first statement" still names her): the speaker is the
office, so the verdict warns against her own post (as for "the office of Vera Sal") and is no
error against a staff member's post."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.extract.mentions import head_of
from quotecheck.extract.sentences import words
from tests.conftest import quote_with


def speaker_of(text: str, words_in: str) -> str | None:
    q = quote_with(text + "\n", words_in)
    return q.speaker if q.kind == "quote" else None


# ---- "to" after a noun of service, in every cue position ----
TO_PHRASE = [
    ("“The figures are wrong,” an aide to Vera Sal said.", "an aide to Vera Sal"),
    ("“We stand by it,” said an adviser to Governor Ann Roy.", "an adviser to Governor Ann Roy"),
    ("An aide to Vera Sal told reporters, “The figures are wrong.”", "An aide to Vera Sal"),
    ("“The figures,” an adviser to the mayor had said, “are wrong.”", "an adviser to the mayor"),
    ("“The figures,” said a deputy to Vera Sal, “are wrong.”", "a deputy to Vera Sal"),
    ("“The figures are wrong,” a longtime aide to Ivo Lund wrote on Tuesday.", "a longtime aide to Ivo Lund"),
]


@pytest.mark.parametrize(("text", "expected"), TO_PHRASE)
def test_a_noun_of_service_keeps_its_to_phrase(text: str, expected: str) -> None:
    assert speaker_of(text, "are wrong" if "wrong" in text else "stand by") == expected


# ---- an adjective of closeness, a participle of service ----
CLOSE_OR_SERVING = [
    ("“The figures are wrong,” a source close to Vera Sal said.", "a source close to Vera Sal"),
    ("“The figures are wrong,” said a source close to the family.", "a source close to the family"),
    ("“The figures are wrong,” a lawyer representing Vera Sal said.", "a lawyer representing Vera Sal"),
    ("“The figures are wrong,” said a lawyer representing the family.", "a lawyer representing the family"),
    ("A person close to Ivo Lund told the paper, “The figures are wrong.”", "A person close to Ivo Lund"),
]


@pytest.mark.parametrize(("text", "expected"), CLOSE_OR_SERVING)
def test_closeness_and_service_stay_with_the_description(text: str, expected: str) -> None:
    assert speaker_of(text, "are wrong") == expected


# ---- a pronoun after such a subject is the description, never the one it serves ----
PRONOUN_AFTER = [
    ("An aide to Vera Sal spoke on Tuesday. “The figures are wrong,” he said.", "An aide to Vera Sal"),
    (
        "A spokesman for Vera Sal spoke on Tuesday. He said: “The figures are wrong.”",
        "A spokesman for Vera Sal",
    ),
    (
        "The daughter of Ivo Lund spoke at the hearing. “The figures are wrong,” she says.",
        "The daughter of Ivo Lund",
    ),
    ("A lawyer for Ivo Lund met reporters. “The figures are wrong,” she said.", "A lawyer for Ivo Lund"),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_AFTER)
def test_a_pronoun_after_a_serving_description_is_not_the_one_served(text: str, expected: str) -> None:
    assert speaker_of(text, "are wrong") == expected


def test_the_head_is_the_person_not_the_one_served() -> None:
    for phrase, head in [
        ("an aide to Vera Sal", "an aide"),
        ("a source close to the mayor", "a source"),
        ("a lawyer representing Vera Sal", "a lawyer"),
        ("an attorney acting for the firm", "an attorney"),
    ]:
        toks = words(phrase, 0, len(phrase))
        assert " ".join(t.text for t in head_of(toks)) == head


# ---- neighbours: no link, the phrase is not kept ----
NEIGHBOURS = [
    # whom a role speaks to is no one it serves
    ("“The figures are wrong,” said the mayor to the council.", "the mayor"),
    # an infinitive after a plural of service: no phrase
    ("The mayor told aides to leave. “The figures are wrong,” she said.", "The mayor"),
    # the name set off after the description is the speaker, as before
    ("“The figures are wrong,” Ivo Lund, an aide to Vera Sal, said.", "Ivo Lund"),
    # a plain role keeps no phrase it does not have
    ("“The figures are wrong,” an aide said on Tuesday.", "an aide"),
]


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS)
def test_neighbours_keep_their_speaker(text: str, expected: str) -> None:
    assert speaker_of(text, "are wrong") == expected


# ---- end to end: the verdict against the served person's own post ----
WORDS = "The new depot will open before the first snow, and not a day later."


def verdict(tmp_path: Path, draft: str, author: str) -> str:
    article = tmp_path / "depot.md"
    article.write_text(
        f"---\ntitle: Depot plans\ndate: 2026-03-04\n---\n# Depot plans\n\n{draft}\n", encoding="utf-8"
    )
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "post0.md").write_text(
        f"---\nkind: post\nauthor: {author}\ndate: 2026-03-03\n---\n{WORDS}\n", encoding="utf-8"
    )
    report = quotecheck.check([article], sources=[sources], store=tmp_path / "store")
    [result] = report.results()
    return result.verdict.value if result.verdict else ""


@pytest.mark.parametrize(
    "draft",
    [
        f"“{WORDS[:-1]},” an aide to Vera Sal said.",
        f"“{WORDS[:-1]},” said an adviser to Vera Sal.",
        f"A source close to Vera Sal said, “{WORDS}”",
        f"“{WORDS[:-1]},” a lawyer representing Vera Sal said.",
        f"An aide to Vera Sal spoke on Tuesday. “{WORDS[:-1]},” he said.",
    ],
)
def test_a_serving_description_against_the_served_persons_post_is_misattributed(
    tmp_path: Path, draft: str
) -> None:
    assert verdict(tmp_path, draft, "Vera Sal") == "misattributed"


def test_the_aides_own_name_still_passes(tmp_path: Path) -> None:
    assert verdict(tmp_path, f"“{WORDS[:-1]},” Ivo Lund, an aide to Vera Sal, said.", "Ivo Lund") == "exact"


# ---- a person's office speaks for her: it is not her (as "the office of Vera Sal") ----
OFFICE = [
    ("“The figures are wrong,” Vera Sal's office said.", "Vera Sal's office"),
    ("Vera Sal’s office told reporters, “The figures are wrong.”", "Vera Sal’s office"),
    ("“The figures,” said Ivo Lund's office, “are wrong.”", "Ivo Lund's office"),
    ("“The figures are wrong,” Ivo Lund's campaign wrote on Tuesday.", "Ivo Lund's campaign"),
]


@pytest.mark.parametrize(("text", "expected"), OFFICE)
def test_a_persons_office_is_the_speaker_not_the_person(text: str, expected: str) -> None:
    assert speaker_of(text, "are wrong") == expected


def test_a_possessor_before_a_document_still_names_its_author() -> None:
    text = "“The figures are wrong,” Vera Sal's first statement said."
    assert speaker_of(text, "are wrong") == "Vera Sal"


def findings(tmp_path: Path, draft: str, author: str) -> tuple[str, list[str]]:
    verdict(tmp_path, draft, author)  # warm the store
    report = quotecheck.check(
        [tmp_path / "depot.md"], sources=[tmp_path / "sources"], store=tmp_path / "store"
    )
    [result] = report.results()
    return (result.verdict.value if result.verdict else ""), [f.code for f in result.findings]


def test_an_office_against_its_holders_post_warns(tmp_path: Path) -> None:
    # as "The office of Vera Sal said" (tests/test_speaker_verdict31b.py): exact, with a warning
    got = findings(tmp_path, f"“{WORDS[:-1]},” Vera Sal's office said.", "Vera Sal")
    assert got == ("exact", ["speaker_unconfirmed"])


def test_an_office_against_a_staff_members_post_is_no_error(tmp_path: Path) -> None:
    # an office's words may be posted by anyone who works in it: never compared with a stranger
    assert verdict(tmp_path, f"“{WORDS[:-1]},” Vera Sal's office said.", "Dora Quill") == "exact"
