"""--changed-since REV and --files-from: a pull request checks only the stories it touches."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.ci_newsroom import CLEAN, make_newsroom
from tests.conftest import Run


def git(repo: Path, *args: str) -> str:
    env_args = ["-c", "user.name=Desk", "-c", "user.email=desk@example.org", "-c", "init.defaultBranch=main"]
    proc = subprocess.run(["git", *env_args, *args], cwd=repo, capture_output=True, text=True, check=True)
    return proc.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """main: two clean stories; branch "story": one edited with a bad quote, one added."""
    monkeypatch.chdir(tmp_path)
    make_newsroom(tmp_path, draft=CLEAN)
    Path("drafts/old.md").write_text(CLEAN.replace("Opening day", "Last week"), encoding="utf-8")
    Path("README.md").write_text("Drafts repository\n", encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "drafts")
    git(tmp_path, "checkout", "-qb", "story")
    Path("drafts/branch.md").write_text(
        CLEAN + "\n“The reading room opens at ten,” Sara Nunes said.\n", encoding="utf-8"
    )
    Path("drafts/new.md").write_text(CLEAN, encoding="utf-8")
    Path("notes.py").write_text("print('not an article')\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "story")
    # main moves on after the branch left it: its new file is not this branch's change.
    git(tmp_path, "checkout", "-q", "main")
    Path("drafts/elsewhere.md").write_text(CLEAN, encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "elsewhere")
    git(tmp_path, "checkout", "-q", "story")
    return tmp_path


def checked(run: Run, *args: str) -> tuple[int, list[str]]:
    result = run(*args, "-s", "sources", "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    return result.exit_code, [a["path"] for a in json.loads(result.stdout)["articles"]]


def test_changed_since_checks_only_the_branch_changes(repo: Path, run: Run) -> None:
    code, paths = checked(run, "--changed-since", "main")
    assert paths == ["drafts/branch.md", "drafts/new.md"]  # not old.md, not elsewhere.md, not notes.py
    assert code == 1  # the altered quote in branch.md


def test_changed_since_includes_uncommitted_and_untracked_work(repo: Path, run: Run) -> None:
    Path("drafts/old.md").write_text(CLEAN + "\nMore.\n", encoding="utf-8")
    Path("drafts/fresh.txt").write_text("“Everyone is welcome here,” Sara Nunes said.\n", encoding="utf-8")
    _, paths = checked(run, "--changed-since", "main")
    assert paths == ["drafts/branch.md", "drafts/fresh.txt", "drafts/new.md", "drafts/old.md"]


def test_article_arguments_narrow_the_changed_list(repo: Path, run: Run) -> None:
    Path("desk").mkdir()
    Path("desk/memo.md").write_text(CLEAN, encoding="utf-8")
    _, everywhere = checked(run, "--changed-since", "main")
    assert "desk/memo.md" in everywhere
    _, paths = checked(run, "drafts", "--changed-since", "main")
    assert paths == ["drafts/branch.md", "drafts/new.md"]
    _, one = checked(run, "drafts/new.md", "--changed-since", "main")
    assert one == ["drafts/new.md"]


def test_nothing_changed_is_a_clean_run(repo: Path, run: Run) -> None:
    code, paths = checked(run, "--changed-since", "HEAD")
    assert (code, paths) == (0, [])


def test_bad_revision_and_no_repository(
    repo: Path, tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = run("--changed-since", "no-such-branch")
    assert bad.exit_code == 2
    assert bad.stderr.startswith("quotecheck: error: --changed-since no-such-branch: no such revision here")
    assert len(bad.stderr.strip().splitlines()) == 1
    outside = tmp_path.parent / f"{tmp_path.name}-plain"
    outside.mkdir()
    monkeypatch.chdir(outside)
    result = run("--changed-since", "main")
    assert result.exit_code == 2 and "not a git repository" in result.stderr.lower()


def test_files_from_a_ci_list(repo: Path, run: Run) -> None:
    # As a CI step lists them: deleted files and non-articles included.
    Path("changed.txt").write_text(
        "drafts/branch.md\ndrafts/deleted.md\nnotes.py\n\ndrafts/old.md\n", encoding="utf-8"
    )
    _, paths = checked(run, "--files-from", "changed.txt")
    assert paths == ["drafts/branch.md", "drafts/old.md"]
    result = run("--files-from", "-", "-s", "sources", "-f", "json", input="drafts/new.md\n")
    assert [a["path"] for a in json.loads(result.stdout)["articles"]] == ["drafts/new.md"]


@pytest.mark.parametrize(
    "selection", [["--files-from", "-"], ["--files-from", "changed.txt"], ["--changed-since", "main"]]
)
def test_standard_input_with_a_selection_is_a_usage_error(repo: Path, run: Run, selection: list[str]) -> None:
    """The selection keeps article files only: a draft piped in as - was dropped unread and
    the run could pass having checked something else (with --stdin-format too)."""
    Path("changed.txt").write_text("drafts/branch.md\n", encoding="utf-8")
    result = run(*selection, "-", "--stdin-format", "text", "-s", "sources", input="drafts/new.md\n")
    assert result.exit_code == 2, result.output
    assert "- (standard input) cannot be one of them" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_no_article_at_all_is_a_usage_error(repo: Path, run: Run) -> None:
    result = run("-s", "sources")
    assert result.exit_code == 2
    assert "give at least one ARTICLE" in result.stderr
