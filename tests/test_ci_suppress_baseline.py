"""Suppression comments with a reason, and baselines: known problems show but do not fail."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.ci_newsroom import DRAFT, make_newsroom
from tests.conftest import Run

REASON = "translated from Spanish"


@pytest.fixture
def newsroom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return make_newsroom(tmp_path)


def quotes(run: Run, *args: str) -> list[dict[str, Any]]:
    result = run(*args, "-f", "json")
    assert result.exit_code in (0, 1), result.stderr
    data: list[dict[str, Any]] = json.loads(result.stdout)["articles"][0]["quotes"]
    return data


def test_markdown_comment_ignores_the_next_paragraph_with_its_reason(
    newsroom: tuple[Path, Path], run: Run
) -> None:
    article, _ = newsroom
    draft = DRAFT.replace(
        "“It was built", f'<!-- quotecheck: ignore reason="{REASON}" -->\n“It was built'
    ).replace(
        "“The reading", '<!-- quotecheck: ignore reason="the minutes misheard: see notes" -->\n“The reading'
    )
    article.write_text(draft, encoding="utf-8")
    got = quotes(run, "drafts/branch.md", "-s", "sources")
    assert [q["verdict"] for q in got] == ["altered", "exact", "misattributed", "altered"]
    assert [q.get("ignored") for q in got] == [None, None, REASON, "the minutes misheard: see notes"]
    assert all(f["ignored"] == REASON for f in got[2]["findings"])
    # The ignored quotes still point at their lines, which moved down by the comments.
    assert [q["line"] for q in got[2:]] == [8, 11]
    # What is left is a warning: the default verdict rule still fails on "altered" (the um)…
    assert run("drafts/branch.md", "-s", "sources").exit_code == 1
    # …but nothing ignored fails, and nothing ignored is annotated.
    assert run("drafts/branch.md", "-s", "sources", "--fail-on", "error").exit_code == 0
    github = run("drafts/branch.md", "-s", "sources", "-f", "github").stdout
    assert (
        "line=8" not in github
        and "line=11" not in github
        and "::warning file=drafts/branch.md,line=3" in github
    )
    sarif = json.loads(run("drafts/branch.md", "-s", "sources", "-f", "sarif").stdout)
    suppressed = [r for r in sarif["runs"][0]["results"] if r.get("suppressions")]
    assert {s["justification"] for r in suppressed for s in r["suppressions"]} >= {REASON}
    assert {s["kind"] for r in suppressed for s in r["suppressions"]} == {"inSource"}
    markdown = run("drafts/branch.md", "-s", "sources", "-f", "markdown").stdout
    assert re.search(rf"\|\s*{REASON}\s*\|$", markdown, re.M)
    assert "ignored: translated from Spanish</summary>" in markdown


def test_html_comment_and_off_on_range(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run) -> None:
    monkeypatch.chdir(tmp_path)
    make_newsroom(tmp_path)
    Path("drafts/branch.html").write_text(
        "<html><body>\n<h1>A new branch</h1>\n"
        "<!-- quotecheck off reason='quoted from the agency copy' -->\n"
        "<p>“It was built by local people,” Sara Nunes said.</p>\n"
        "<p>“The reading room opens at ten,” Sara Nunes said.</p>\n"
        "<!-- quotecheck on -->\n"
        "<p>“Everyone is welcome here, and the reading room opens at ten,” Sara Nunes said.</p>\n"
        "</body></html>\n",
        encoding="utf-8",
    )
    got = quotes(run, "drafts/branch.html", "-s", "sources")
    assert [q.get("ignored") for q in got] == ["quoted from the agency copy"] * 2 + [None]
    assert got[2]["verdict"] == "altered"


def test_html_comment_covers_one_paragraph_element(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    monkeypatch.chdir(tmp_path)
    make_newsroom(tmp_path)
    Path("drafts/branch.html").write_text(
        "<article>\n"
        f'<!-- quotecheck: ignore reason="{REASON}" --><p>“It was built by local people,” Sara Nunes said.</p>\n'
        "<p>“The reading room opens at ten,” Sara Nunes said.</p>\n"
        "</article>\n",
        encoding="utf-8",
    )
    got = quotes(run, "drafts/branch.html", "-s", "sources")
    assert [q.get("ignored") for q in got] == [REASON, None]


def test_plain_text_directive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run) -> None:
    monkeypatch.chdir(tmp_path)
    make_newsroom(tmp_path)
    Path("drafts/branch.txt").write_text(
        "A new branch\n\n"
        f'[quotecheck: ignore reason="{REASON}"]\n'
        "“It was built by local people,” Sara Nunes said.\n\n"
        "“The reading room opens at ten,” Sara Nunes said.\n",
        encoding="utf-8",
    )
    got = quotes(run, "drafts/branch.txt", "-s", "sources")
    # The reason's own quotation marks are not taken for a quote.
    assert [q["text"] for q in got] == ["It was built by local people,", "The reading room opens at ten,"]
    assert [q.get("ignored") for q in got] == [REASON, None]


def test_a_directive_without_reason_is_an_error(newsroom: tuple[Path, Path], run: Run) -> None:
    article, _ = newsroom
    article.write_text(
        "# Branch\n\n<!-- quotecheck: ignore -->\n“Everyone is welcome here,” Sara Nunes said.\n"
    )
    result = run("drafts/branch.md", "-s", "sources")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        'quotecheck: error: drafts/branch.md:3: quotecheck: ignore needs a reason, e.g. reason="translated from Spanish"'
    )


def test_baseline_fails_only_on_new_problems(newsroom: tuple[Path, Path], run: Run) -> None:
    article, _ = newsroom
    written = run("drafts/branch.md", "-s", "sources", "--write-baseline", "baseline.json", "-f", "json")
    assert written.exit_code == 0
    total = sum(len(q["findings"]) for q in json.loads(written.stdout)["articles"][0]["quotes"])
    assert f"wrote {total} findings to baseline.json" in written.stderr
    baseline = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    assert baseline["quotecheck_baseline"] == 1
    assert {e["path"] for e in baseline["findings"]} == {"drafts/branch.md"}
    assert run("drafts/branch.md", "-s", "sources", "--baseline", "baseline.json").exit_code == 0

    # The legacy archive grows: an unrelated paragraph moves every quote down two lines.
    article.write_text(
        DRAFT.replace("# A new branch\n", "# A new branch\n\nUpdated at noon.\n"), encoding="utf-8"
    )
    moved = run("drafts/branch.md", "-s", "sources", "--baseline", "baseline.json", "-f", "json")
    assert moved.exit_code == 0
    data = json.loads(moved.stdout)["articles"][0]["quotes"]
    assert all(f["ignored"] == "in baseline baseline.json" for q in data for f in q["findings"])

    # A new problem fails, and only it is annotated.
    article.write_text(
        article.read_text(encoding="utf-8") + "\n“Everyone is welcome here, at nine,” Tom Bell said.\n",
        encoding="utf-8",
    )
    new = run("drafts/branch.md", "-s", "sources", "--baseline", "baseline.json", "-f", "github")
    assert new.exit_code == 1
    annotated = [line for line in new.stdout.splitlines() if line.startswith("::") and " file=" in line]
    assert annotated and all("line=13," in line for line in annotated)
    sarif = json.loads(
        run("drafts/branch.md", "-s", "sources", "--baseline", "baseline.json", "-f", "sarif").stdout
    )
    kinds = {
        r["locations"][0]["physicalLocation"]["region"]["startLine"]: r.get("suppressions")
        for r in sarif["runs"][0]["results"]
    }
    assert kinds[13] is None and kinds[5] == [
        {"kind": "external", "justification": "in baseline baseline.json"}
    ]


def test_baseline_forgives_each_recorded_finding_once(newsroom: tuple[Path, Path], run: Run) -> None:
    article, _ = newsroom
    run("drafts/branch.md", "-s", "sources", "--write-baseline", "baseline.json")
    # The same altered quote pasted a second time is a new problem.
    article.write_text(DRAFT + "\n“The reading room opens at ten,” Sara Nunes said.\n", encoding="utf-8")
    result = run("drafts/branch.md", "-s", "sources", "--baseline", "baseline.json", "-f", "json")
    assert result.exit_code == 1
    last = json.loads(result.stdout)["articles"][0]["quotes"][-1]
    assert any(f.get("ignored") is None for f in last["findings"])


def test_baseline_from_config_and_bad_baseline(newsroom: tuple[Path, Path], run: Run) -> None:
    Path("quotecheck.toml").write_text('sources = ["sources"]\nbaseline = "known.json"\n', encoding="utf-8")
    missing_first = run("drafts/branch.md")
    assert missing_first.exit_code == 2 and "make one with --write-baseline" in missing_first.stderr
    # The first --write-baseline makes the file the config names.
    assert run("drafts/branch.md", "--write-baseline", "known.json").exit_code == 0
    assert run("drafts/branch.md").exit_code == 0
    Path("known.json").write_text("[1, 2]", encoding="utf-8")
    bad = run("drafts/branch.md")
    assert bad.exit_code == 2 and "not a quotecheck baseline" in bad.stderr
    missing = run("drafts/branch.md", "--baseline", "gone.json")
    assert missing.exit_code == 2 and "gone.json: no such file" in missing.stderr


def test_rewriting_a_baseline_keeps_what_it_knew(newsroom: tuple[Path, Path], run: Run) -> None:
    article, _ = newsroom
    run("drafts/branch.md", "-s", "sources", "--write-baseline", "baseline.json")
    first = json.loads(Path("baseline.json").read_text(encoding="utf-8"))["findings"]
    article.write_text(DRAFT + "\n“Everyone is welcome here, at nine,” Tom Bell said.\n", encoding="utf-8")
    run(
        "drafts/branch.md",
        "-s",
        "sources",
        "--baseline",
        "baseline.json",
        "--write-baseline",
        "baseline.json",
    )
    second = json.loads(Path("baseline.json").read_text(encoding="utf-8"))["findings"]
    assert {e["fingerprint"] for e in first} < {e["fingerprint"] for e in second}
    assert run("drafts/branch.md", "-s", "sources", "--baseline", "baseline.json").exit_code == 0
