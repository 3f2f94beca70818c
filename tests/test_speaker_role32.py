"""Who a named speaker holds a role for (session 32): the draft's description of the speaker
beside the name (``Quote.speaker_role``, in the JSON report as ``speaker_role``) is read as
session 31 reads a description in place of a name.

- A body's spokesperson or officer by name passes the body's post, whether the role stands
  before the name ("Dayton Mill spokesman Ivo Lund", "Kettle Foods chief executive Ann Roe")
  or is set off after it ("Ivo Lund, the Dayton Mill spokesman,"), as "a spokesman for Dayton
  Mill" does. A person's spokesman, lawyer or aide by name is someone else: misattributed.
- An office-holder named by title only ("the mayor's chief of staff", "the governor's aide")
  against a post by that office-holder ("Mayor Vera Sal") is someone else: misattributed; the
  office-holder's spokesperson or press secretary gets the ``speaker_unconfirmed`` warning, as
  "Vera Sal's spokesman" does.
- Words a transcript turn quotes and names the author of ("CLERK: I will read the letter from
  Vera Sal. “…”") are that author's when the draft gives them to her.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import quotecheck
from quotecheck.match.names import title_owner

WORDS = "We have stopped the second line until the inspectors finish their checks."
Q = f"“{WORDS}”"
QC = f"“{WORDS[:-1]},”"


def outcome(
    tmp_path: Path, draft: str, author: str | None = None, transcript: str | None = None
) -> tuple[str, list[str]]:
    """(verdict, finding codes) of the one quote in ``draft`` against a post by ``author`` (or
    a ``transcript``) holding the quoted words."""
    article = tmp_path / "mill.md"
    article.write_text(
        f"---\ntitle: Mill line\ndate: 2026-05-04\n---\n# Mill line\n\n{draft}\n", encoding="utf-8"
    )
    sources = tmp_path / "sources"
    sources.mkdir()
    if transcript is None:
        (sources / "post.md").write_text(
            f"---\nkind: post\nauthor: {author}\ndate: 2026-05-03\n---\n{WORDS}\n", encoding="utf-8"
        )
    else:
        (sources / "meeting.txt").write_text(transcript, encoding="utf-8")
    report = quotecheck.check([article], sources=[sources], store=tmp_path / "store")
    [result] = [r for r in report.results() if r.quote.kind == "quote"]
    return (result.verdict.value if result.verdict else ""), [f.code for f in result.findings]


# ---- a body's spokesperson or officer by name passes the body's post ----
BODY_ROLE = [
    (f"{Q} Dayton Mill spokesman Ivo Lund said.", "Dayton Mill"),
    (f"{QC} Dayton Mill spokeswoman Ann Roe wrote in an email.", "@DaytonMill"),
    (f"Dayton Mill spokesman Ivo Lund said on Friday: {Q}", "Dayton Mill"),
    (f"{Q} said Kettle Foods chief executive Ann Roe.", "Kettle Foods"),
    (f"Kettle Foods chief executive Ann Roe told the council, {Q}", "Kettle Foods"),
    (f"{QC} said Ivo Lund, the Dayton Mill spokesman.", "Dayton Mill"),
    (f"{QC} Ivo Lund, a spokesman for Dayton Mill, told reporters.", "Dayton Mill"),
    (f"{QC} said Ann Roe, Dayton Mill's spokeswoman.", "Dayton Mill"),
    (f"{QC} Ann Roe, spokeswoman for the Harbor Transit Authority, said.", "Harbor Transit Authority"),
    (f"{QC} Harbor Transit Authority press secretary Ivo Lund will say.", "Harbor Transit Authority"),
    (f"{QC} said Ann Roe, a Kettle Foods director.", "Kettle Foods"),
]


@pytest.mark.parametrize(("draft", "author"), BODY_ROLE)
def test_a_bodys_spokesperson_or_officer_by_name_passes_its_post(
    tmp_path: Path, draft: str, author: str
) -> None:
    assert outcome(tmp_path, draft, author) == ("exact", [])


# ---- neighbours: another body, a person, a role that is not the body's voice ----
NOT_THE_BODY = [
    (f"{Q} Dayton Mill spokesman Ivo Lund said.", "Kettle Foods"),
    (f"{Q} Dayton Mill spokesman Ivo Lund said.", "Vera Sal"),
    (f"{Q} said Vera Sal's lawyer Ivo Lund.", "Vera Sal"),
    (f"{QC} Ivo Lund, a spokesman for Vera Sal, said.", "Vera Sal"),
    (f"{QC} Ivo Lund, a lawyer for Dayton Mill, said.", "Dayton Mill"),
    (f"{QC} said Ivo Lund, a former Dayton Mill worker.", "Dayton Mill"),
    (f"{Q} Dayton Mill critic Ivo Lund said.", "Dayton Mill"),
    (f"{Q} Dayton Mill's former chief executive Ann Roe said.", "Dayton Mill"),
    (f"{QC} said Ivo Lund, who runs Dayton Mill.", "Dayton Mill"),
    (f"{QC} Ivo Lund said, a day after Dayton Mill closed.", "Dayton Mill"),
    (f"{QC} said Ivo Lund, a retired teacher.", "Dayton Mill"),
]


@pytest.mark.parametrize(("draft", "author"), NOT_THE_BODY)
def test_a_named_speaker_of_another_body_or_person_is_misattributed(
    tmp_path: Path, draft: str, author: str
) -> None:
    assert outcome(tmp_path, draft, author)[0] == "misattributed"


# ---- an office-holder by title only: the one served is the post's author ----
TITLE_SERVED = [
    (f"{Q} the mayor's chief of staff said.", "Mayor Vera Sal"),
    (f"{QC} said the governor's aide.", "Gov. Ivo Lund"),
    (f"The mayor's deputy told reporters: {Q}", "Mayor Vera Sal"),
    (f"{Q} the senator's lawyer said in a letter.", "Sen. Ann Roe"),
    (f"{QC} the mayor's chief of staff, Ann Roe, said.", "Mayor Vera Sal"),
]


@pytest.mark.parametrize(("draft", "author"), TITLE_SERVED)
def test_an_office_holders_aide_by_title_is_misattributed(tmp_path: Path, draft: str, author: str) -> None:
    verdict, codes = outcome(tmp_path, draft, author)
    assert (verdict, codes[:1]) == ("misattributed", ["speaker_mismatch"])


TITLE_SPEAKS_FOR = [
    (f"{Q} the mayor's spokesman said.", "Mayor Vera Sal"),
    (f"{QC} said the governor's press secretary.", "Governor Ivo Lund"),
    (f"The senator's office wrote: {Q}", "Senator Ann Roe"),
]


@pytest.mark.parametrize(("draft", "author"), TITLE_SPEAKS_FOR)
def test_an_office_holders_spokesperson_by_title_is_unconfirmed(
    tmp_path: Path, draft: str, author: str
) -> None:
    assert outcome(tmp_path, draft, author) == ("exact", ["speaker_unconfirmed"])


TITLE_NEIGHBOURS = [
    (f"{Q} the mayor's statement said.", "Mayor Vera Sal"),  # her own words
    (f"{Q} the mayor's chief of staff said.", "Gov. Ann Roe"),  # another office
    (f"{Q} the mayor's chief of staff said.", "Vera Sal"),  # the post does not say she is mayor
    (f"{Q} the mayor said.", "Mayor Vera Sal"),
    (f"{Q} the council's spokesman said.", "Harlow Council"),
]


@pytest.mark.parametrize(("draft", "author"), TITLE_NEIGHBOURS)
def test_a_title_not_naming_the_author_as_served_passes(tmp_path: Path, draft: str, author: str) -> None:
    assert outcome(tmp_path, draft, author) == ("exact", [])


# ---- words a transcript turn quotes, naming their author ----
def meeting(turn: str) -> str:
    return f"Transcript of the council meeting\n\nCHAIR: Next item, please.\n\n{turn}\n\nCHAIR: Thank you.\n"


READ_OUT = [
    (
        f"{Q} Vera Sal wrote in a letter read to the council.",
        f"CLERK: I will read the letter from Vera Sal. {Q} That is all.",
    ),
    # (a pronoun's quotation, "She said, “…”", or "what Vera Sal sent us: “…”" is left to the
    # turn's speaker: only a document read out by its author or the author as the cue's subject)
    (f"{QC} Vera Sal said.", f"CLERK: Vera Sal wrote to us: {Q}"),
    (f"{QC} said a note signed by Vera Sal.", f"CLERK: A note written by Vera Sal reads {Q}"),
]


@pytest.mark.parametrize(("draft", "transcript"), READ_OUT)
def test_words_a_turn_reads_out_are_their_named_authors(tmp_path: Path, draft: str, transcript: str) -> None:
    assert outcome(tmp_path, draft, transcript=meeting(transcript))[0] == "exact"


READ_NEIGHBOURS = [
    # someone the turn does not name as the author
    (f"{QC} Ann Roe said.", f"CLERK: I will read the letter from Vera Sal. {Q} That is all."),
    # the one spoken to is not the author
    (f"{QC} Vera Sal said.", f"IVO LUND: I told Vera Sal, {Q}"),
    # the turn's own words, not in quotation marks
    (f"{QC} Vera Sal said.", f"IVO LUND: Vera Sal is wrong. {WORDS}"),
]


@pytest.mark.parametrize(("draft", "transcript"), READ_NEIGHBOURS)
def test_words_a_turn_does_not_credit_stay_the_turns(tmp_path: Path, draft: str, transcript: str) -> None:
    assert outcome(tmp_path, draft, transcript=meeting(transcript))[0] == "misattributed"


# ---- the parts ----
def test_title_owner_needs_the_authors_title() -> None:
    assert title_owner("the mayor's chief of staff", "Mayor Vera Sal") == ["chief"]
    assert title_owner("the governor's aide", "Gov. Ivo Lund") == ["aide"]
    assert title_owner("the mayor's chief of staff", "Vera Sal") is None
    assert title_owner("the mayor's statement", "Mayor Vera Sal") is None


def test_the_json_report_carries_the_speakers_role(
    tmp_path: Path, run_json: Callable[..., dict[str, Any]]
) -> None:
    article = tmp_path / "mill.md"
    article.write_text(f"{QC} Dayton Mill spokesman Ivo Lund said. {QC} Ann Roe said.\n", encoding="utf-8")
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "post.md").write_text(
        f"---\nkind: post\nauthor: Dayton Mill\n---\n{WORDS}\n", encoding="utf-8"
    )
    [art] = run_json(str(article), "--source", str(sources))["articles"]
    first, second = art["quotes"]
    assert (first["speaker"], first["speaker_role"], first["verdict"]) == (
        "Ivo Lund",
        "Dayton Mill spokesman",
        "exact",
    )
    assert "speaker_role" not in second  # no description: the field is left out
    assert second["verdict"] == "misattributed"
