"""Levels, exit codes and configuration: what fails, what shows, and which setting wins."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quotecheck.errors import QuotecheckError
from quotecheck.model import Level
from quotecheck.newsroom.config import find_config, load_config
from tests.ci_newsroom import CLEAN, make_newsroom
from tests.conftest import Run


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.chdir(tmp_path)
    return make_newsroom(tmp_path)


def findings(result: Any) -> list[tuple[int, str, str]]:
    report = json.loads(result.stdout)
    return [
        (q["line"], f["code"], f["level"]) for q in report["articles"][0]["quotes"] for f in q["findings"]
    ]


@pytest.mark.parametrize(
    ("fail_on", "code"),
    [
        (None, 1),  # default: the verdicts altered, stitched, misattributed, not_found
        ("error", 1),
        ("warning", 1),
        ("info", 1),
        ("none", 0),
        ("exact", 1),
        ("unverified", 0),
        ("stitched", 0),
        ("misattributed", 1),
    ],
)
def test_exit_code_for_each_level_and_verdict(
    newsroom: tuple[Path, Path], run: Run, fail_on: str | None, code: int
) -> None:
    args = ["drafts/branch.md", "-s", "sources", "-f", "json"]
    result = run(*args, *(["--fail-on", fail_on] if fail_on else []))
    assert result.exit_code == code, result.stderr


def test_levels_decide_failure_only_at_or_above(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    monkeypatch.chdir(tmp_path)
    # Only the dropped "um" (a warning) and a capital letter (info): no error.
    make_newsroom(tmp_path, draft="# Branch\n\n“We are very proud of this branch,” Tom Bell said.\n")
    args = ["drafts/branch.md", "-s", "sources", "-f", "json"]
    assert sorted({level for _, _, level in findings(run(*args))}) == ["info", "warning"]
    assert run(*args, "--fail-on", "error").exit_code == 0
    assert run(*args, "--fail-on", "warning").exit_code == 1
    assert run(*args, "--fail-on", "suggestion").exit_code == 1  # Vale's name for info
    # Per-code levels from the config file move a finding across the line.
    Path("quotecheck.toml").write_text('[levels]\nunmarked_omission = "error"\n', encoding="utf-8")
    assert run(*args, "--fail-on", "error").exit_code == 1
    assert ("unmarked_omission", "error") in {(c, lv) for _, c, lv in findings(run(*args))}


def test_no_exit_and_min_level(newsroom: tuple[Path, Path], run: Run) -> None:
    args = ["drafts/branch.md", "-s", "sources", "-f", "json"]
    assert run(*args, "--no-exit").exit_code == 0
    assert run(*args, "--no-exit", "--format", "xml").exit_code == 2  # bad usage still is
    shown = findings(run(*args, "--min-level", "warning"))
    assert {level for _, _, level in shown} == {"error", "warning"}
    only_errors = findings(run(*args, "--min-level", "error"))
    assert {level for _, _, level in only_errors} == {"error"}
    # Hidden findings do not fail the run (as with Vale's MinAlertLevel).
    assert run(*args, "--min-level", "error", "--fail-on", "warning").exit_code == 1  # errors remain
    bad = run(*args, "--min-level", "loud")
    assert bad.exit_code == 2 and "--min-level: unknown level 'loud'" in bad.stderr


def test_clean_draft_exits_zero_at_every_level(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    monkeypatch.chdir(tmp_path)
    make_newsroom(tmp_path, draft=CLEAN)
    for level in ("error", "warning", "info"):
        assert run("drafts/branch.md", "-s", "sources", "--fail-on", level).exit_code == 0


def test_config_precedence_cli_over_explicit_over_discovered(newsroom: tuple[Path, Path], run: Run) -> None:
    article, _ = newsroom
    Path("pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.quotecheck]\nsources = ["sources"]\nfail_on = "none"\nformat = "json"\n',
        encoding="utf-8",
    )
    # Discovered by walking up from drafts/branch.md: sources and fail_on come from it.
    found = run("drafts/branch.md")
    assert found.exit_code == 0
    assert json.loads(found.stdout)["summary"]["altered"] == 2
    # An explicit --config wins over the discovered file.
    strict = Path("ci.toml")
    strict.write_text('sources = ["sources"]\nfail_on = ["error"]\nmin_level = "warning"\n', encoding="utf-8")
    explicit = run("drafts/branch.md", "--config", str(strict))
    assert explicit.exit_code == 1
    assert "Findings: 2 errors, 2 warnings" not in explicit.stdout  # format came from neither: table
    assert "info:" not in explicit.stdout and "warning:" in explicit.stdout
    # Command-line options win over the file.
    assert run("drafts/branch.md", "--config", str(strict), "--fail-on", "none").exit_code == 0
    assert run("drafts/branch.md", "--fail-on", "error", "-f", "csv").stdout.startswith("article,")
    # And the nearest file wins: quotecheck.toml in drafts/ over pyproject.toml above it.
    Path("drafts/quotecheck.toml").write_text('sources = ["../sources"]\n', encoding="utf-8")
    assert find_config(article) == Path("drafts/quotecheck.toml").resolve()
    assert run("drafts/branch.md").exit_code == 1  # default fail_on again


def test_unknown_key_is_an_error_that_names_it(newsroom: tuple[Path, Path], run: Run) -> None:
    Path("quotecheck.toml").write_text('sources = ["sources"]\ntreshold = 80\n', encoding="utf-8")
    result = run("drafts/branch.md")
    assert result.exit_code == 2
    assert "unknown key 'treshold'" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    Path("quotecheck.toml").write_text("[thresholds]\nfond = 80\n", encoding="utf-8")
    assert "unknown key 'thresholds.fond'" in run("drafts/branch.md").stderr
    Path("quotecheck.toml").write_text("[house_style]\nallow_ums = true\n", encoding="utf-8")
    assert "unknown key 'house_style.allow_ums'" in run("drafts/branch.md").stderr
    Path("quotecheck.toml").write_text('[levels]\nnumber_changed = "fatal"\n', encoding="utf-8")
    assert "levels.number_changed: unknown level 'fatal'" in run("drafts/branch.md").stderr
    Path("quotecheck.toml").write_text("sources = [", encoding="utf-8")
    broken = run("drafts/branch.md")
    assert broken.exit_code == 2 and "not valid TOML" in broken.stderr
    missing = run("drafts/branch.md", "--config", "nope.toml")
    assert missing.exit_code == 2 and "--config nope.toml: no such file" in missing.stderr


def test_config_values_are_parsed_and_relative_to_the_file(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    path = tmp_path / "desk" / "quotecheck.toml"
    path.write_text(
        """\
sources = ["transcripts", "https://example.org/statement"]
store = ".snapshots"
baseline = "baseline.json"
fail_on = "warning,misattributed"
min_level = "suggestion"

[accounts]
"Tom Bell" = "@MayorTomBell"

[aliases]
"Tom Bell" = ["The Mayor", "Mayor Bell"]

[thresholds]
found = 80

[levels]
case_changed = "warning"

[house_style]
allow_filler_removal = true
""",
        encoding="utf-8",
    )
    config = load_config(near=tmp_path / "desk" / "story.md")
    assert config.path == path.resolve()
    assert config.sources == (str(path.resolve().parent / "transcripts"), "https://example.org/statement")
    assert config.store == str(path.resolve().parent / ".snapshots")
    assert config.accounts == {"Tom Bell": "@MayorTomBell"}
    assert config.aliases == {"Tom Bell": ("The Mayor", "Mayor Bell")}
    assert config.thresholds == {"found": 80.0}
    assert config.levels == {"case_changed": Level.WARNING}
    assert config.house.allow_filler_removal and not config.house.allow_grammar_fixes
    assert config.fail_on is not None and config.fail_on.level is Level.WARNING
    assert config.fail_on.verdicts == {"misattributed"}
    assert config.min_level is Level.INFO
    with pytest.raises(QuotecheckError, match=r"thresholds\.found: expected a number"):
        path.write_text('[thresholds]\nfound = "high"\n', encoding="utf-8")
        load_config(path)


def test_threshold_from_config_reaches_verification(newsroom: tuple[Path, Path], run: Run) -> None:
    def verdicts() -> list[str]:
        report = json.loads(run("drafts/branch.md", "-s", "sources", "-f", "json").stdout)
        return [q["verdict"] for q in report["articles"][0]["quotes"]]

    assert verdicts() == ["altered", "exact", "misattributed", "altered"]
    # At 100 the quote with a changed number (it scores below 100) no longer counts as found
    # (above 100 is refused: a score runs from 0 to 100).
    Path("quotecheck.toml").write_text("[thresholds]\nfound = 100\n", encoding="utf-8")
    assert verdicts() == ["altered", "exact", "misattributed", "not_found"]


def test_house_style_allows_dropping_um(newsroom: tuple[Path, Path], run: Run) -> None:
    args = ["drafts/branch.md", "-s", "sources", "-f", "json"]
    strict = json.loads(run(*args).stdout)["articles"][0]["quotes"][0]
    assert strict["verdict"] == "altered"
    Path("quotecheck.toml").write_text("[house_style]\nallow_filler_removal = true\n", encoding="utf-8")
    lenient = json.loads(run(*args).stdout)["articles"][0]["quotes"]
    assert lenient[0]["verdict"] == "edited"
    assert [(f["code"], f["level"]) for f in lenient[0]["findings"] if f["code"] != "case_changed"] == [
        ("filler_removed", "info")
    ]
    # A real change of meaning is never forgiven by house style.
    assert lenient[3]["verdict"] == "altered"


def test_house_style_grammar_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run) -> None:
    monkeypatch.chdir(tmp_path)
    make_newsroom(tmp_path)
    Path("sources/vote.txt").write_text(
        "Council minutes\n\nCOUNCILLOR MAY ROSS: The members was agreed on the plan.\n\nCLERK: Noted.\n",
        encoding="utf-8",
    )
    Path("drafts/vote.md").write_text(
        "“The members were agreed on the plan,” May Ross said.\n", encoding="utf-8"
    )
    args = ["drafts/vote.md", "-s", "sources/vote.txt", "-f", "json"]
    assert json.loads(run(*args).stdout)["articles"][0]["quotes"][0]["verdict"] == "altered"
    Path("quotecheck.toml").write_text("[house_style]\nallow_grammar_fixes = true\n", encoding="utf-8")
    quote = json.loads(run(*args).stdout)["articles"][0]["quotes"][0]
    assert quote["verdict"] == "edited"
    assert [f["code"] for f in quote["findings"]] == ["grammar_fixed"]


def test_aliases_from_config_resolve_a_misattribution(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    monkeypatch.chdir(tmp_path)
    make_newsroom(tmp_path)
    Path("sources/briefing.txt").write_text(
        "Press briefing\n\nTOMMY BEE: The bridge reopens on Monday.\n\nREPORTER: Thank you.\n",
        encoding="utf-8",
    )
    Path("drafts/bridge.md").write_text("“The bridge reopens on Monday,” Tom Bell said.\n", encoding="utf-8")
    args = ["drafts/bridge.md", "-s", "sources/briefing.txt", "-f", "json"]
    assert json.loads(run(*args).stdout)["articles"][0]["quotes"][0]["verdict"] == "misattributed"
    Path("quotecheck.toml").write_text('[aliases]\n"Tom Bell" = ["Tommy Bee"]\n', encoding="utf-8")
    quote = json.loads(run(*args).stdout)["articles"][0]["quotes"][0]
    assert quote["verdict"] == "exact"
    assert run(*args).exit_code == 0


def test_min_level_hides_but_verdicts_still_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    monkeypatch.chdir(tmp_path)
    make_newsroom(tmp_path, draft="# Branch\n\n“We are very proud of this branch,” Tom Bell said.\n")
    args = ["drafts/branch.md", "-s", "sources", "-f", "json", "--min-level", "error"]
    hidden = run(*args, "--fail-on", "warning")
    assert hidden.exit_code == 0  # the only warning is hidden
    assert json.loads(hidden.stdout)["articles"][0]["quotes"][0]["findings"] == []
    assert run(*args, "--fail-on", "altered").exit_code == 1  # the verdict is still shown


@pytest.mark.parametrize(
    ("quote", "source", "fix"),
    [("were", "was", True), ("goes", "go", True), ("I", "me", True), ("whom", "who", True),
     ("planned", "plans", False), ("never", "ever", False), ("their", "there", False), ("dog", "cat", False)],
)  # fmt: skip
def test_what_counts_as_a_grammar_fix(quote: str, source: str, fix: bool) -> None:
    from quotecheck.newsroom.policy import is_grammar_fix

    assert is_grammar_fix((quote,), (source,)) is fix


def test_config_store_url_sources_and_accounts_reach_the_fetching_layer(
    newsroom: tuple[Path, Path], run: Run
) -> None:
    Path("drafts/quotecheck.toml").write_text(
        'sources = ["../sources", "https://example.org/statement"]\nstore = "../snap"\n'
        '[accounts]\n"Sara Nunes" = "@saranunes"\n',
        encoding="utf-8",
    )
    result = run("drafts/branch.md", "--offline", "-f", "json", "--fail-on", "none")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["exact"] == 1  # the local transcript from the config
    problems = {p["source"] for p in report["problems"]}
    assert "https://example.org/statement" in problems  # offline, and not in the config's store
    assert any("saranunes" in p for p in problems)  # the account from the config was asked for
    assert Path("snap/store.sqlite3").is_file()  # the store the config names, relative to it
