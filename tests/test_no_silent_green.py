"""No silent green: a setting that would quietly let every quote pass is a usage error
(exit 2, one line), never a run that exits 0 having checked nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ci_newsroom import make_newsroom
from tests.conftest import Run


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.chdir(tmp_path)
    return make_newsroom(tmp_path)


def one_line_error(result: object, *expected: str) -> None:
    assert result.exit_code == 2, result.output  # type: ignore[attr-defined]
    stderr: str = result.stderr  # type: ignore[attr-defined]
    assert stderr.startswith("quotecheck: error: ") and stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr
    for part in expected:
        assert part in stderr


@pytest.mark.parametrize("value", ["", ",", " , ", ",,"])
def test_an_empty_fail_on_is_a_usage_error(newsroom: tuple[Path, Path], run: Run, value: str) -> None:
    result = run("drafts/branch.md", "-s", "sources", "--fail-on", value)
    one_line_error(result, "--fail-on: empty", "none to never fail")


def test_only_none_means_never_fail(newsroom: tuple[Path, Path], run: Run) -> None:
    assert run("drafts/branch.md", "-s", "sources", "--fail-on", "none").exit_code == 0
    assert run("drafts/branch.md", "-s", "sources", "--fail-on", "NONE").exit_code == 0
    result = run("drafts/branch.md", "-s", "sources", "--fail-on", "none,error")
    one_line_error(result, "none (never fail) cannot be combined with error")


@pytest.mark.parametrize("value", ['""', '","', "[]", '[""]', '["", " "]'])
def test_an_empty_fail_on_in_the_config_is_a_usage_error(
    newsroom: tuple[Path, Path], run: Run, value: str
) -> None:
    Path("quotecheck.toml").write_text(f"fail_on = {value}\n", encoding="utf-8")
    one_line_error(run("drafts/branch.md", "-s", "sources"), "quotecheck.toml: fail_on: empty")


@pytest.mark.parametrize("value", ["", " "])
def test_an_empty_source_path_is_not_the_current_folder(
    newsroom: tuple[Path, Path], run: Run, value: str
) -> None:
    one_line_error(run("drafts/branch.md", "-s", value), "--source: an empty path")
    one_line_error(run("fetch", "drafts/branch.md", "-s", value), "--source: an empty path")


def test_an_empty_source_path_in_the_config_is_refused(newsroom: tuple[Path, Path], run: Run) -> None:
    Path("quotecheck.toml").write_text('sources = ["sources", ""]\n', encoding="utf-8")
    one_line_error(run("drafts/branch.md"), "sources: an empty path")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("nan", "thresholds.found: expected a number, got nan"),
        ("-nan", "thresholds.found: expected a number"),
        ("inf", "thresholds.found: expected a number, got inf"),
        ("101", "thresholds.found: a score from 0 to 100, got 101"),
        ("100.5", "a score from 0 to 100"),
        ("-1", "thresholds.found: expected 0 or more"),
    ],
)
def test_thresholds_outside_0_to_100_or_nan_are_refused(
    newsroom: tuple[Path, Path], run: Run, value: str, expected: str
) -> None:
    Path("quotecheck.toml").write_text(f"[thresholds]\nfound = {value}\n", encoding="utf-8")
    one_line_error(run("drafts/branch.md", "-s", "sources"), expected)


def test_thresholds_at_the_edges_are_accepted(newsroom: tuple[Path, Path], run: Run) -> None:
    for value in ("0", "100", "0.0", "100.0"):
        Path("quotecheck.toml").write_text(f"[thresholds]\nfound = {value}\n", encoding="utf-8")
        assert run("drafts/branch.md", "-s", "sources").exit_code == 1  # checked, and something fails


def test_report_and_baseline_on_the_same_file_are_refused(newsroom: tuple[Path, Path], run: Run) -> None:
    for same in (
        ["-o", "out.json", "--write-baseline", "out.json"],
        ["-o", "out.json", "--write-baseline", "./out.json"],
    ):
        one_line_error(run("drafts/branch.md", "-s", "sources", *same), "name the same file")
        assert not Path("out.json").exists()


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_an_output_that_is_a_folder_is_a_usage_error(
    newsroom: tuple[Path, Path], run: Run, option: str
) -> None:
    one_line_error(run("drafts/branch.md", "-s", "sources", option, ""), "is a folder")
    one_line_error(run("drafts/branch.md", "-s", "sources", option, "sources"), "is a folder")


def test_a_store_that_is_a_file_is_refused_even_when_no_store_is_needed(
    newsroom: tuple[Path, Path], run: Run
) -> None:
    # a small local check never opens the store: without this check the mistake went unseen
    Path("notes.txt").write_text("a file, not a folder\n", encoding="utf-8")
    one_line_error(run("drafts/branch.md", "-s", "sources", "--store", "notes.txt"), "--store notes.txt")
    Path("quotecheck.toml").write_text('store = "notes.txt"\n', encoding="utf-8")
    one_line_error(run("drafts/branch.md", "-s", "sources"), "is not a folder")


def test_fetch_refuses_a_store_that_is_a_file(newsroom: tuple[Path, Path], run: Run) -> None:
    """A draft with no links fetches nothing, so the store was never opened: fetch said
    "0 sources kept in notes.txt" and exited 0."""
    Path("notes.txt").write_text("a file, not a folder\n", encoding="utf-8")
    one_line_error(
        run("fetch", "drafts/branch.md", "--store", "notes.txt"), "--store notes.txt", "not a folder"
    )
    assert Path("notes.txt").read_text(encoding="utf-8") == "a file, not a folder\n"


def test_a_store_folder_that_does_not_exist_yet_is_fine(newsroom: tuple[Path, Path], run: Run) -> None:
    plain = run("drafts/branch.md", "-s", "sources")
    assert plain.exit_code in (0, 1)
    assert run("drafts/branch.md", "-s", "sources", "--store", "new-store").exit_code == plain.exit_code


def test_a_store_under_a_file_is_refused(newsroom: tuple[Path, Path], run: Run) -> None:
    Path("notes.txt").write_text("a file, not a folder\n", encoding="utf-8")
    for command in (["drafts/branch.md", "-s", "sources"], ["fetch", "drafts/branch.md"]):
        result = run(*command, "--store", "notes.txt/store")
        one_line_error(result, "--store notes.txt/store: notes.txt is a file")
