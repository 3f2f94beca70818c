"""The CI packaging as a newsroom uses it: the pre-commit hook, the GitHub Action's run step
and the GitLab job, each run for real on a drafts repository made in a temporary folder, and
each file (and the README's snippets) validated against the schema its CI system publishes."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from tests.ci_newsroom import CLEAN, make_newsroom

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def vendored_schema(name: str) -> Any:
    """Schemas of GitHub and GitLab CI files as shipped by check-jsonschema (no network)."""
    path = resources.files("check_jsonschema").joinpath(f"builtin_schemas/vendor/{name}")
    return json.loads(path.read_text(encoding="utf-8"))


def schema_errors(data: Any, schema_name: str) -> list[str]:
    schema = vendored_schema(schema_name)
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [e.message for e in validator.iter_errors(data)]


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=Desk",
            "-c",
            "user.email=desk@example.org",
            "-c",
            "init.defaultBranch=main",
            *args,
        ],
        cwd=repo,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A drafts repository: main with a clean story, branch "story" adding a bad quote."""
    repo = tmp_path / "desk"
    repo.mkdir()
    make_newsroom(repo, draft=CLEAN)
    (repo / "quotecheck.toml").write_text('sources = ["sources"]\nfail_on = "error"\n', encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "drafts")
    git(repo, "checkout", "-qb", "story")
    (repo / "drafts" / "branch.md").write_text(
        CLEAN + "\n“The reading room opens at ten,” Sara Nunes said.\n", encoding="utf-8"
    )
    git(repo, "commit", "-qam", "story")
    return repo


def shell_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "QC_", "QUOTECHECK_"))}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra)
    return env


def run_action_script(desk: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The action's run step, as the runner would call it, in the newsroom checkout."""
    return subprocess.run(
        ["bash", str(ROOT / "ci" / "github-action.sh")],
        cwd=desk,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_action_metadata_is_a_valid_composite_action() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert schema_errors(action, "github-actions.json") == []
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    check = next(s for s in steps if s.get("id") == "check")
    assert check["run"] == 'bash "$GITHUB_ACTION_PATH/ci/github-action.sh"'
    # Every QC_* variable the script reads is passed by the step, from a declared input.
    script = (ROOT / "ci" / "github-action.sh").read_text(encoding="utf-8")
    read = set(re.findall(r"\$\{(QC_[A-Z_]+)", script))
    assert read == set(check["env"])
    for value in check["env"].values():
        name = re.fullmatch(r"\$\{\{ inputs\.([a-z-]+) \}\}", value)
        assert name and name.group(1) in action["inputs"]
    # Inputs never appear inside a script body (no shell injection from a branch name).
    assert all("${{" not in s.get("run", "") for s in steps)


def test_action_run_step_locally_annotates_and_writes_the_summary(desk: Path, tmp_path: Path) -> None:
    summary, outputs = tmp_path / "summary.md", tmp_path / "outputs.txt"
    # A link the article cites: offline, the action reports it missing from the store
    # instead of fetching it.
    draft = desk / "drafts" / "branch.md"
    draft.write_text(
        draft.read_text(encoding="utf-8") + "\nSee [the minutes](https://example.org/minutes).\n",
        encoding="utf-8",
    )
    env = shell_env(
        GITHUB_STEP_SUMMARY=str(summary),
        GITHUB_OUTPUT=str(outputs),
        QC_PATHS="drafts",
        QC_CHANGED_SINCE="main",
        QC_STORE=".quotecheck",
        QC_SARIF="quotecheck.sarif",
        QC_FAIL_ON="",
        QC_MIN_LEVEL="warning",
    )
    proc = run_action_script(desk, env)
    assert proc.returncode == 1, proc.stderr  # fail_on = "error" from the repository's config
    annotations = [line for line in proc.stdout.splitlines() if line.startswith("::") and " file=" in line]
    assert all(
        a.startswith(("::error file=drafts/branch.md,line=5,", "::warning file=drafts/branch.md,line=5,"))
        for a in annotations
    )
    assert any(a.startswith("::error") and "Source: sources/opening.txt" in a for a in annotations)
    assert not any(a.startswith("::notice") for a in annotations)  # below QC_MIN_LEVEL
    assert "**quotecheck**: 2 quotes in 1 article" in summary.read_text(encoding="utf-8")
    assert re.search(
        r"^::warning title=quotecheck source problem::https://example.org/minutes: .*offline",
        proc.stdout,
        re.M,
    )
    assert outputs.read_text(encoding="utf-8") == "sarif-file=quotecheck.sarif\n"
    sarif = json.loads((desk / "quotecheck.sarif").read_text(encoding="utf-8"))
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} >= {"number_changed"}

    # On a push (no base revision) it checks every tracked article under the paths.
    env["QC_CHANGED_SINCE"] = ""
    env["QC_FAIL_ON"] = "none"
    again = run_action_script(desk, env)
    assert again.returncode == 0, again.stderr
    assert (
        again.stdout.splitlines()[0]
        == "::notice title=quotecheck summary::2 quotes in 1 article: 1 exact, 1 altered"
    )


def test_pre_commit_hook_runs_its_entry_on_the_staged_drafts(desk: Path) -> None:
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {"id", "name", "entry", "language"} <= set(hook) and hook["language"] == "python"
    files = re.compile(hook["files"])
    staged = ["drafts/branch.md", "quotecheck.toml", "sources/opening.txt", "README.md", "page.html"]
    assert [f for f in staged if files.search(f)] == [
        "drafts/branch.md",
        "sources/opening.txt",
        "README.md",
        "page.html",
    ]
    # pre-commit runs: entry + args + the matching file names.
    command = [*shlex.split(hook["entry"]), *hook.get("args", []), "drafts/branch.md"]
    proc = subprocess.run(command, cwd=desk, env=shell_env(), capture_output=True, text=True, check=False)
    assert proc.returncode == 1
    assert "number_changed" in proc.stdout and "drafts/branch.md:5:2" in proc.stdout


def test_gitlab_job_is_valid_and_its_script_runs(desk: Path, tmp_path: Path) -> None:
    pipeline = yaml.safe_load((ROOT / "ci" / "gitlab-ci.yml").read_text(encoding="utf-8"))
    assert schema_errors(pipeline, "gitlab-ci.json") == []
    assert schema_errors(
        {"quotecheck": {"script": "x", "artifacts": {"when": "sometimes"}}}, "gitlab-ci.json"
    )
    job = pipeline["quotecheck"]
    # A merge request pipeline: the target branch lives on the remote "origin".
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "clone", "-q", "--bare", str(desk), str(origin)], check=True, capture_output=True)
    git(desk, "remote", "add", "origin", str(origin))
    env = shell_env(
        **{k: str(v) for k, v in job["variables"].items()}, CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main"
    )
    codes = []
    for line in job["script"]:
        proc = subprocess.run(
            ["bash", "-c", line], cwd=desk, env=env, capture_output=True, text=True, check=False
        )
        codes.append(proc.returncode)
    assert codes == [0, 0, 0, 0, 1]
    assert "number_changed" in (desk / "quotecheck.md").read_text(encoding="utf-8")
    assert set(job["artifacts"]["paths"]) == {"quotecheck.md", "quotecheck.sarif"}
    quality = json.loads((desk / job["artifacts"]["reports"]["codequality"]).read_text(encoding="utf-8"))
    assert {(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"]) for i in quality} >= {
        ("quotecheck/number_changed", "drafts/branch.md", 5)
    }


def readme_blocks(language: str) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Use in CI") :]
    return re.findall(rf"```{language}\n(.*?)```", section, re.S)


def test_readme_ci_snippets_are_valid() -> None:
    blocks = [yaml.safe_load(b) for b in readme_blocks("yaml")]
    for block in blocks:  # YAML 1.1 reads the workflow key `on` as True
        if isinstance(block, dict) and True in block:
            block["on"] = block.pop(True)
    workflows = [b for b in blocks if isinstance(b, dict) and "jobs" in b]
    assert len(workflows) == 2 and all(schema_errors(w, "github-workflows.json") == [] for w in workflows)
    uses = [s["uses"] for w in workflows for j in w["jobs"].values() for s in j["steps"] if "uses" in s]
    assert any(u.endswith("quotecheck@v0.1.0") for u in uses)
    pre_commit = [b for b in blocks if isinstance(b, dict) and "repos" in b]
    assert pre_commit and pre_commit[0]["repos"][0]["hooks"][0]["id"] == "quotecheck"
    gitlab = [b for b in blocks if isinstance(b, dict) and "quotecheck" in b]
    assert gitlab and schema_errors(gitlab[0], "gitlab-ci.json") == []
    toml_blocks = readme_blocks("toml")
    assert toml_blocks
    import tomllib

    from quotecheck.newsroom.config import parse_table

    for block in toml_blocks:
        table = tomllib.loads(block)
        table = table.get("tool", {}).get("quotecheck", table)
        parse_table(table, ROOT / "quotecheck.toml", "README")
