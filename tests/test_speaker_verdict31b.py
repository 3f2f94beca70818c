"""The speaker a draft gives against the source's author, as the coordinator decided (session
31b), through the real path (draft and posts on disk, extraction, matching, verdict):

- A lone given name ("Vera said", "Ivo Lund and Vera said") against a post by Vera Sal is not a
  misattribution (the draft may know her by her first name) and not silently exact: the verdict
  stays, with a ``speaker_unconfirmed`` warning that says the draft gives Vera no surname.
- An organisation's spokesperson, press office or official ("a spokeswoman for Dayton Mill",
  "Dayton Mill's press office") against that organisation's post passes: its posts are its
  spokespeople's words. A person's spokesperson, press secretary, office or campaign ("Vera Sal's
  spokesman", "the office of Vera Sal") against that person's post: ``speaker_unconfirmed``, as
  for a given name. A person's or a body's lawyer, friend or critic stays misattributed.
- Names compared again as they were before the strict speaker rule: a surname at the start of a
  handle after a given name ("@RoyForMayor"), a short surname inside one ("@annroy"), initials
  ("J.R. Okafor"), a title before a name with a particle, a typographic apostrophe, one half of a
  hyphenated surname; and a double surname no longer hides a conflicting given name."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import quotecheck
from quotecheck.match import Matcher
from quotecheck.model import Quote, Source, Verdict
from quotecheck.report.sarif import RULES
from quotecheck.verify import FINDING_CODES, judge

WORDS = "The ferry to Quay Island will run every hour from the first of May."
QUOTED = f"“{WORDS}”"
Run = Any


def checked(
    tmp_path: Path, draft: str, author: str, words: str = WORDS
) -> tuple[str, list[tuple[str, str, str]]]:
    """The verdict and findings (code, level, message) of the one quote in ``draft`` checked
    against a post by ``author`` holding ``words``, offline from a store."""
    article = tmp_path / "ferry.md"
    article.write_text(
        f"---\ntitle: Ferry timetable\ndate: 2026-04-02\n---\n# Ferry timetable\n\n{draft}\n",
        encoding="utf-8",
    )
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "post.md").write_text(
        f"---\nkind: post\nauthor: {author}\ndate: 2026-04-01\n---\n{words}\n", encoding="utf-8"
    )
    report = quotecheck.check([article], sources=[sources], store=tmp_path / "store")
    [result] = report.results()
    findings = [(f.code, f.level.value, f.message) for f in result.findings]
    return (result.verdict.value if result.verdict else ""), findings


def codes(findings: list[tuple[str, str, str]]) -> list[str]:
    return [code for code, _, _ in findings]


def judged(speaker: str, author: str) -> tuple[Verdict | None, list[str]]:
    """The verdict and finding codes for a speaker string against a post by ``author``."""
    matcher = Matcher([Source("p.md", "post", WORDS, author=author)])
    quote = Quote("q", WORDS, 0, len(WORDS), 1, 1, 1, len(WORDS), speaker=speaker)
    result = judge(quote, matcher.locate(WORDS, speaker), True, known_speakers=matcher.known)
    return result.verdict, [f.code for f in result.findings]


# ---- (a) a lone given name: a warning, the verdict as it is ----
GIVEN_ONLY = [
    (f"The ferry office on Pier Road reopened. Vera said, {QUOTED}", "Vera Sal"),
    (f"The harbour board met on Monday. Ivo Lund and Vera said, {QUOTED}", "Vera Sal"),
    (f"Ivo Lund and his wife, Vera, told reporters after the meeting, {QUOTED}", "Vera Sal"),
    (f"The ferry office on Pier Road reopened. Vera wrote on Tuesday, {QUOTED}", "@verasal"),
    (f"The ferry office on Pier Road reopened. Vera told the board, {QUOTED}", "VERA SAL"),
]


@pytest.mark.parametrize(("draft", "author"), GIVEN_ONLY)
def test_a_lone_given_name_of_the_author_warns_and_keeps_the_verdict(
    tmp_path: Path, draft: str, author: str
) -> None:
    verdict, findings = checked(tmp_path, draft, author)
    assert verdict == "exact"
    [(code, level, message)] = findings
    assert (code, level) == ("speaker_unconfirmed", "warning")
    assert message == f"the draft gives Vera no surname; the source is {author}'s"


def test_the_warning_leaves_a_changed_quote_altered(tmp_path: Path) -> None:
    draft = f"The ferry office on Pier Road reopened. Vera said, {QUOTED}"
    verdict, findings = checked(tmp_path, draft, "Vera Sal", WORDS.replace("every hour", "every two hours"))
    assert verdict == "altered"
    assert "speaker_unconfirmed" in codes(findings) and "speaker_mismatch" not in codes(findings)


GIVEN_NEIGHBOURS = [
    # the full name given earlier: Vera is Vera Sal, nothing to warn of
    (f"Vera Sal runs the ferry office. Ivo Lund and Vera said, {QUOTED}", "Vera Sal", "exact", []),
    # a given name that is not the author's: someone else
    (
        f"The ferry office on Pier Road reopened. Vera said, {QUOTED}",
        "Ann Roy",
        "misattributed",
        ["speaker_mismatch"],
    ),
]


@pytest.mark.parametrize(("draft", "author", "verdict", "found"), GIVEN_NEIGHBOURS)
def test_given_name_neighbours(
    tmp_path: Path, draft: str, author: str, verdict: str, found: list[str]
) -> None:
    got, findings = checked(tmp_path, draft, author)
    assert (got, codes(findings)) == (verdict, found)


# ---- (b) an organisation's spokespeople: its posts are their words ----
BODY_VOICES = [
    (f"A spokeswoman for Dayton Mill said, {QUOTED}", "Dayton Mill"),
    (f"Dayton Mill's press office said in an email, {QUOTED}", "Dayton Mill"),
    (f"An official at Dayton Mill told reporters, {QUOTED}", "@DaytonMill"),
    (f"A spokesperson for Kettle Foods said on Friday, {QUOTED}", "@KettleFoods"),
    (f"A spokeswoman for Quay Council said, {QUOTED}", "Quay Council"),
]


@pytest.mark.parametrize(("draft", "author"), BODY_VOICES)
def test_an_organisations_spokesperson_passes_its_post(tmp_path: Path, draft: str, author: str) -> None:
    assert checked(tmp_path, draft, author) == ("exact", [])


BODY_OTHERS = [
    f"A lawyer for Dayton Mill said, {QUOTED}",
    f"A critic of Dayton Mill said, {QUOTED}",
]


@pytest.mark.parametrize("draft", BODY_OTHERS)
def test_an_organisations_lawyer_or_critic_is_not_its_voice(tmp_path: Path, draft: str) -> None:
    verdict, findings = checked(tmp_path, draft, "Dayton Mill")
    assert (verdict, codes(findings)) == ("misattributed", ["speaker_mismatch"])


# ---- (b) a person's spokesperson or office: a warning, the verdict as it is ----
PERSON_VOICES = [
    (f"Vera Sal's spokesman said, {QUOTED}", "Vera Sal"),
    (f"A spokesman for Vera Sal said on Tuesday, {QUOTED}", "Vera Sal"),
    (f"The office of Vera Sal said in a statement, {QUOTED}", "Vera Sal"),
    (f"A statement from Vera Sal's office said, {QUOTED}", "Vera Sal"),
    (f"Vera Sal's press secretary told reporters, {QUOTED}", "@VeraSal"),
    (f"Vera Sal's campaign said, {QUOTED}", "Vera Sal"),
]


@pytest.mark.parametrize(("draft", "author"), PERSON_VOICES)
def test_a_persons_spokesperson_or_office_warns_and_keeps_the_verdict(
    tmp_path: Path, draft: str, author: str
) -> None:
    verdict, findings = checked(tmp_path, draft, author)
    assert verdict == "exact"
    [(code, level, message)] = findings
    assert (code, level) == ("speaker_unconfirmed", "warning")
    assert message.endswith(f"the source is {author}'s own")


PERSON_OTHERS = [
    (f"Vera Sal's lawyer said, {QUOTED}", "Vera Sal", "misattributed"),
    (f"A friend of Vera Sal said, {QUOTED}", "Vera Sal", "misattributed"),
    (f"Vera Sal's campaign manager said, {QUOTED}", "Vera Sal", "misattributed"),
    # a description is never compared with a stranger
    (f"A spokesman for Vera Sal said, {QUOTED}", "Dora Quill", "exact"),
]


@pytest.mark.parametrize(("draft", "author", "verdict"), PERSON_OTHERS)
def test_person_neighbours(tmp_path: Path, draft: str, author: str, verdict: str) -> None:
    got, findings = checked(tmp_path, draft, author)
    assert got == verdict
    assert "speaker_unconfirmed" not in codes(findings)


# ---- names compared as they were before the strict rule ----
SAME_NAMES = [
    (f"Ann Roy wrote on Tuesday, {QUOTED}", "@RoyForMayor"),
    (f"Ann Roy wrote on Tuesday, {QUOTED}", "@annroy"),
    (f"Siobhan O’Dare told the board, {QUOTED}", "Siobhan O'Dare"),
    (f"Ms. Hart-Nolan told the board, {QUOTED}", "Clara Hart-Nolan"),
    (f"A spokeswoman for Dayton Mill said, {QUOTED}", "Dora Quill"),
]


@pytest.mark.parametrize(("draft", "author"), SAME_NAMES)
def test_one_person_written_two_ways_passes(tmp_path: Path, draft: str, author: str) -> None:
    assert checked(tmp_path, draft, author) == ("exact", [])


@pytest.mark.parametrize(
    ("speaker", "author"),
    [
        ("J.R. Okafor", "James Okafor"),
        ("James R. Okafor", "J.R. Okafor"),
        ("Imam Omar bin Tariq", "Omar bin Tariq"),
        ("Vera Sal's statement", "Vera Sal"),
        ("a statement issued by Vera Sal", "Vera Sal"),
        ("Ms. Torres Vidal", "Ana Torres"),
        # a body's name before a role is a title, not a first speaker; a body by its first word
        ("Dayton Mill spokeswoman Vera Sal", "Vera Sal"),
        ("Harbor Transit Authority chief executive Ivo Lund", "Ivo Lund"),
        ("Kettle", "Kettle Foods"),
    ],
)
def test_initials_titles_and_an_authors_own_statement_pass(speaker: str, author: str) -> None:
    assert judged(speaker, author) == (Verdict.EXACT, [])


def test_a_double_surname_does_not_hide_another_given_name(tmp_path: Path) -> None:
    verdict, _ = checked(tmp_path, f"Luis Torres told the board, {QUOTED}", "Ana Torres Vidal")
    assert verdict == "misattributed"
    assert judged("Tom Hart", "Clara Hart-Nolan")[0] is Verdict.MISATTRIBUTED
    assert judged("Ann Roy, through a spokesman", "Tom Hale")[0] is Verdict.MISATTRIBUTED
    assert judged("Dayton Mill spokeswoman Vera Sal", "Ivo Sal")[0] is Verdict.MISATTRIBUTED


# ---- the new finding code in the report's tables and the configuration ----
def test_speaker_unconfirmed_is_a_known_code_with_a_sarif_rule() -> None:
    assert "speaker_unconfirmed" in FINDING_CODES
    _, full = RULES["speaker_unconfirmed"]
    assert "given name" in full and "spokesperson" in full


def test_a_level_override_fails_the_run_but_keeps_the_verdict(tmp_path: Path, run: Run) -> None:
    article = tmp_path / "ferry.md"
    article.write_text(f"# Ferry\n\nThe ferry office reopened. Vera said, {QUOTED}\n", encoding="utf-8")
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "post.md").write_text(
        f"---\nkind: post\nauthor: Vera Sal\ndate: 2026-04-01\n---\n{WORDS}\n", encoding="utf-8"
    )
    config = tmp_path / "quotecheck.toml"
    config.write_text('[levels]\nspeaker_unconfirmed = "error"\n', encoding="utf-8")
    args = [str(article), "-s", str(tmp_path / "sources"), "--store", str(tmp_path / "store"), "-f", "json"]
    result = run(*args)
    [quote] = json.loads(result.stdout)["articles"][0]["quotes"]
    assert quote["verdict"] == "exact"
    assert [(f["code"], f["level"]) for f in quote["findings"]] == [("speaker_unconfirmed", "error")]
    assert result.exit_code == 0  # the default fails on verdicts
    assert run(*args, "--fail-on", "error").exit_code == 1
    sarif = json.loads(run(*args[:-1], "sarif").stdout)
    rules = {r["id"]: r for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["speaker_unconfirmed"]["shortDescription"]["text"] == RULES["speaker_unconfirmed"][0]
    # a newsroom alias says who Vera is: nothing left to warn of
    config.write_text('[aliases]\n"Vera Sal" = ["Vera"]\n', encoding="utf-8")
    [quote] = json.loads(run(*args).stdout)["articles"][0]["quotes"]
    assert (quote["verdict"], quote["findings"]) == ("exact", [])
