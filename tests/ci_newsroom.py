"""A small drafts repository written for the CI tests: a transcript and a draft whose
quotes cover each level (an exact quote, a dropped "um", a misattribution, a changed number)."""

from __future__ import annotations

from pathlib import Path

TRANSCRIPT = """\
Transcript of the branch opening, 2 June 2026

MAYOR TOM BELL: Today we are very, um, proud of this branch. It was built by local people.

LIBRARIAN SARA NUNES: Everyone is welcome here, and the reading room opens at nine.
"""

DRAFT = """\
# A new branch

“We are very proud of this branch,” Tom Bell said on Tuesday.

“Everyone is welcome here,” Sara Nunes said.

“It was built by local people,” Sara Nunes said.

“The reading room opens at ten,” Sara Nunes said.
"""
# Expected: line 3 altered (unmarked_omission "um": warning), line 5 exact,
# line 7 misattributed (speaker_mismatch: error), line 9 altered (number_changed: error).

CLEAN = """\
# Opening day

“Everyone is welcome here,” Sara Nunes said.
"""


def make_newsroom(root: Path, draft: str = DRAFT) -> tuple[Path, Path]:
    """drafts/branch.md and sources/opening.txt under ``root``; returns (draft, sources)."""
    (root / "drafts").mkdir(parents=True, exist_ok=True)
    (root / "sources").mkdir(exist_ok=True)
    (root / "sources" / "opening.txt").write_text(TRANSCRIPT, encoding="utf-8")
    article = root / "drafts" / "branch.md"
    article.write_text(draft, encoding="utf-8")
    return article, root / "sources"
