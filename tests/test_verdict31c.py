"""The speaker a draft gives against the source's author (session 31c), through the real path
(draft and sources on disk, extraction, matching, verdict):

- A plural group of people, capitalised only as the sentence's first word, with or without an
  of/for phrase ("Residents said", "Members of the union said", "Prosecutors said") is no name:
  against a body's post it passes (its officials, prosecutors, organisers speak for it), against
  one person's post it warns ``speaker_unconfirmed``, never silently exact nor misattributed.
- A description of someone by whom they serve ("a spokeswoman for Dayton Mill", "a lawyer for
  Ivo Lund") against a DIFFERENT body's post is misattributed.
- Transcript labels with a note in brackets ("VERA SAL (via video link):", "QUILL (D-OR):",
  "SAL [in Spanish]:") are labels.
- Accents are folded when names are compared ("García" is "Garcia").
- Handles drop an apostrophe ("@siobhanodare" for O’Dare) or give particles by initials
  ("@MariaDLC" for Maria de la Cruz).
- A transcript label that gives only an office ("THE PRESIDENT:", "MAYOR:") is not told apart
  from the named holder, as "Q:" is not."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck

WORDS = "The ferry to Quay Island will run every hour from the first of May."
QUOTED = f"“{WORDS}”"
INTRO = (
    "Vera Sal, the harbour commissioner, set out the plan on Monday. Dayton Mill and Quay Council disagree."
)


def checked(
    tmp_path: Path, draft: str, author: str = "", kind: str = "post", text: str = WORDS
) -> tuple[str, list[str]]:
    """The verdict and finding codes of the one quote in ``draft`` checked against one source."""
    article = tmp_path / "ferry.md"
    article.write_text(
        f"---\ntitle: Ferry timetable\ndate: 2026-04-02\n---\n# Ferry timetable\n\n{INTRO}\n\n{draft}\n",
        encoding="utf-8",
    )
    sources = tmp_path / "sources"
    sources.mkdir()
    by = f"author: {author}\n" if author else ""
    (sources / "src.md").write_text(
        f"---\nkind: {kind}\n{by}date: 2026-04-01\n---\n{text}\n", encoding="utf-8"
    )
    report = quotecheck.check([article], sources=[sources], store=tmp_path / "store")
    [result] = report.results()
    return (result.verdict.value if result.verdict else ""), [f.code for f in result.findings]


# ---- 1. a group of people is no name ----
GROUPS = [
    f"Members of the union said: {QUOTED}",
    f"Critics of the plan said on Tuesday: {QUOTED}",
    f"Residents said, {QUOTED}",
    f"Residents of Pier Road wrote in a letter: {QUOTED}",
    f"Officials said in a statement: {QUOTED}",
    f"{QUOTED} Prosecutors said.",
]


@pytest.mark.parametrize("draft", GROUPS)
def test_a_group_against_a_persons_post_warns(tmp_path: Path, draft: str) -> None:
    assert checked(tmp_path, draft, "Vera Sal") == ("exact", ["speaker_unconfirmed"])


@pytest.mark.parametrize(
    ("draft", "author"),
    [
        (f"Officials said in a statement: {QUOTED}", "Quay Council"),
        (f"Prosecutors said: {QUOTED}", "Northfield District Attorney’s Office"),
        (f"Investigators wrote: {QUOTED}", "Northfield Police"),
        (f"{QUOTED} organisers said on Friday.", "Harbour Festival"),
    ],
)
def test_a_group_against_a_bodys_post_passes(tmp_path: Path, draft: str, author: str) -> None:
    assert checked(tmp_path, draft, author) == ("exact", [])


@pytest.mark.parametrize(
    ("draft", "author", "verdict"),
    [
        # a group that names the author as whom they oppose or serve: not her words
        (f"Critics of Vera Sal said: {QUOTED}", "Vera Sal", "misattributed"),
        # a named person is still a name
        (f"Ivo Lund said: {QUOTED}", "Vera Sal", "misattributed"),
        # a surname that looks plural is a name
        (f"Tom Jones said: {QUOTED}", "Vera Sal", "misattributed"),
    ],
)
def test_group_neighbours(tmp_path: Path, draft: str, author: str, verdict: str) -> None:
    assert checked(tmp_path, draft, author)[0] == verdict


# ---- 2. someone serving a body, against another body's post ----
@pytest.mark.parametrize(
    "draft",
    [
        f"A spokeswoman for Dayton Mill said: {QUOTED}",
        f"{QUOTED} a spokesman for Dayton Mill said on Monday.",
        f"A lawyer for Ivo Lund said: {QUOTED}",
        f"Residents of Pier Road said: {QUOTED}",
    ],
)
def test_serving_another_body_is_misattributed(tmp_path: Path, draft: str) -> None:
    verdict, codes = checked(tmp_path, draft, "Kettle Foods")
    assert verdict == "misattributed" and "speaker_mismatch" in codes


@pytest.mark.parametrize(
    ("draft", "author"),
    [
        (f"A spokeswoman for Kettle Foods said: {QUOTED}", "Kettle Foods"),
        # a person may be the spokeswoman: not told apart
        (f"A spokeswoman for Dayton Mill said: {QUOTED}", "Dora Quill"),
    ],
)
def test_serving_neighbours(tmp_path: Path, draft: str, author: str) -> None:
    assert checked(tmp_path, draft, author)[0] == "exact"


# ---- 3. transcript labels with a bracketed note ----
def transcript(label: str) -> str:
    return f"HOST: Welcome back. What will change at the harbour?\n\n{label}: {WORDS}\n\nHOST: Thank you."


@pytest.mark.parametrize(
    ("draft", "label"),
    [
        (f"Vera Sal said: {QUOTED}", "VERA SAL (via video link)"),
        (f"Rep. Dora Quill said: {QUOTED}", "REP. DORA QUILL (D-OR)"),
        (f"{QUOTED} Sal said.", "SAL (through interpreter)"),
        (f"Vera Sal said: {QUOTED}", "SAL [in Spanish]"),
    ],
)
def test_a_label_with_a_note_is_the_speaker(tmp_path: Path, draft: str, label: str) -> None:
    assert checked(tmp_path, draft, kind="transcript", text=transcript(label)) == ("exact", [])


def test_a_note_label_still_tells_another_speaker(tmp_path: Path) -> None:
    verdict, _ = checked(
        tmp_path, f"Ivo Lund said: {QUOTED}", kind="transcript", text=transcript("VERA SAL (via video link)")
    )
    assert verdict == "misattributed"


# ---- 4 and 5. accents and handles ----
@pytest.mark.parametrize(
    ("draft", "author"),
    [
        (f"Luis García Márquez said: {QUOTED}", "Luis Garcia Marquez"),
        (f"Luis Garcia Marquez said: {QUOTED}", "Luis García Márquez"),
        (f"Anna Wiśniewski said: {QUOTED}", "Anna Wisniewski"),
        (f"Siobhan O’Dare wrote: {QUOTED}", "@siobhanodare"),
        (f"Maria de la Cruz wrote: {QUOTED}", "@MariaDLC"),
    ],
)
def test_one_person_written_two_ways_passes(tmp_path: Path, draft: str, author: str) -> None:
    assert checked(tmp_path, draft, author) == ("exact", [])


@pytest.mark.parametrize(
    ("draft", "author"),
    [
        (f"Luis García Márquez said: {QUOTED}", "Ana Garcia Marquez"),
        (f"Maria de la Cruz wrote: {QUOTED}", "@MariaDLT"),
        (f"Siobhan O’Dare wrote: {QUOTED}", "@siobhanodonnell"),
    ],
)
def test_accent_and_handle_neighbours(tmp_path: Path, draft: str, author: str) -> None:
    assert checked(tmp_path, draft, author)[0] == "misattributed"


# ---- 6. office-only transcript labels ----
@pytest.mark.parametrize(
    ("draft", "label"),
    [
        (f"President Vera Sal held a news conference. {QUOTED} Sal said.", "THE PRESIDENT"),
        (f"Mayor Ann Roy spoke first. “{WORDS}” Roy said.", "MAYOR"),
        (f"Ivo Lund chaired the meeting. Lund said: {QUOTED}", "CHAIR"),
    ],
)
def test_an_office_label_is_not_told_apart(tmp_path: Path, draft: str, label: str) -> None:
    assert checked(tmp_path, draft, kind="transcript", text=transcript(label))[0] == "exact"


def test_a_press_role_label_is_still_told_apart(tmp_path: Path) -> None:
    verdict, _ = checked(
        tmp_path, f"Vera Sal said: {QUOTED}", kind="transcript", text=transcript("MODERATOR")
    )
    assert verdict == "misattributed"


# ---- someone serving a person the author's relation, not the author ----
@pytest.mark.parametrize(
    "draft",
    [
        f"{QUOTED} a spokesman for Vera Sal’s opponent said.",
        f"A spokeswoman for Sal’s rival said on Monday: {QUOTED}",
        f"The press office of Vera Sal’s challenger said: {QUOTED}",
    ],
)
def test_serving_the_authors_rival_is_misattributed(tmp_path: Path, draft: str) -> None:
    assert checked(tmp_path, draft, "Vera Sal")[0] == "misattributed"


def test_serving_the_authors_own_campaign_still_warns(tmp_path: Path) -> None:
    assert checked(tmp_path, f"A spokesman for Vera Sal’s campaign said: {QUOTED}", "Vera Sal") == (
        "exact",
        ["speaker_unconfirmed"],
    )


# ---- a body by its initials ----
@pytest.mark.parametrize(
    ("draft", "author"),
    [
        (f"The FDA said in a statement: {QUOTED}", "U.S. Food and Drug Administration"),
        (f"{QUOTED} the HTA said on Monday.", "Harbour Transit Authority"),
        (f"The Harbour Transit Authority said: {QUOTED}", "HTA"),
    ],
)
def test_a_body_by_its_initials_passes(tmp_path: Path, draft: str, author: str) -> None:
    assert checked(tmp_path, draft, author)[0] == "exact"


def test_other_initials_are_another_body(tmp_path: Path) -> None:
    assert (
        checked(tmp_path, f"The FDA said: {QUOTED}", "Federal Aviation Administration")[0] == "misattributed"
    )
