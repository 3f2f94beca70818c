"""``quotecheck store list|show|export``: from a report's ``match.snapshot`` back to what
the verdict rested on, as kept in the store. The store is filled by ``quotecheck fetch``
from recorded exchanges (cassettes), then read offline."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FAKE_TOKEN, Run
from tests.test_fetch_cli import ARTICLE, PAGE, POST, POST_WORDS, Cassette


@pytest.fixture
def filled(tmp_path: Path, run: Run, cassette: Cassette, x_token: str) -> tuple[Path, Path, dict[str, Any]]:
    """A store filled by `quotecheck fetch`, and the JSON report of an offline check."""
    article = tmp_path / "harbour.md"
    article.write_text(ARTICLE, encoding="utf-8")
    store = tmp_path / "store"
    with cassette("cli_article_links"):
        assert run("fetch", str(article), "--store", str(store)).exit_code == 1  # one post is gone
    result = run(
        str(article), "--store", str(store), "--offline", "-f", "json", "-o", str(tmp_path / "r.json")
    )
    assert result.exit_code in (0, 1), result.output
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    return store, tmp_path / "r.json", report


def matches(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {q["text"]: q["match"] for q in report["articles"][0]["quotes"] if q["match"]}


def test_list_shows_what_is_kept(filled: tuple[Path, Path, dict[str, Any]], run: Run) -> None:
    store, _, report = filled
    result = run("store", "list", "--store", str(store))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["snapshot", "kind", "retrieved", "author", "source"]
    post = matches(report)[POST_WORDS]
    row = next(line for line in lines if POST in line)
    assert row.split()[:2] == [post["snapshot"], "post"] and "@AliceGrantMayor" in row
    assert any(PAGE in line and line.split()[1] == "page" for line in lines)
    assert lines[-1] == f"2 snapshots in {store}"
    listed = [
        json.loads(line) for line in run("store", "list", "--store", str(store), "--json").stdout.splitlines()
    ]
    assert {(r["kind"], r["locator"]) for r in listed} == {("post", POST), ("page", PAGE)}
    assert [r["locator"] for r in listed if r["snapshot"] == post["snapshot"]] == [POST]
    only = run("store", "list", "--store", str(store), "--kind", "page", "--json").stdout.splitlines()
    assert [json.loads(line)["locator"] for line in only] == [PAGE]


def test_show_what_a_verdict_rested_on(filled: tuple[Path, Path, dict[str, Any]], run: Run) -> None:
    store, _, report = filled
    post = matches(report)[POST_WORDS]
    result = run("store", "show", post["snapshot"], "--store", str(store))
    assert result.exit_code == 0, result.output
    head, _, text = result.stdout.partition("\n\n")
    fields = dict(line.split(":", 1) for line in head.splitlines() if not line.startswith(" "))
    assert fields["snapshot"].strip().startswith(post["snapshot"])
    assert fields["kind"].strip() == "post" and fields["source"].strip() == POST
    assert fields["handle"].strip() == "@AliceGrantMayor"
    assert fields["retrieved"].strip() == post["retrieved"]
    assert POST_WORDS in text and post["text"] in text
    # the raw response as fetched, byte for byte (an X API answer, token-free)
    raw = run("store", "show", post["snapshot"][:8], "--store", str(store), "--raw").stdout_bytes
    assert json.loads(raw)["data"]["id"] == POST.rsplit("/", 1)[1]
    assert FAKE_TOKEN.encode() not in raw
    as_json = json.loads(run("store", "show", POST, "--store", str(store), "--json").stdout)
    assert as_json["hash"].startswith(post["snapshot"]) and as_json["text"].startswith(POST_WORDS)


def test_show_a_locator_lists_its_history(filled: tuple[Path, Path, dict[str, Any]], run: Run) -> None:
    from quotecheck.store import Snapshot, Store

    store, _, report = filled
    kept = Store(store)
    older = kept.put_snapshot(
        Snapshot(
            kind="post", locator=POST, text="We will not close the harbour.", retrieved="2026-03-01T08:00:00Z"
        )
    )
    kept.close()
    result = run("store", "show", POST, "--store", str(store))
    assert result.exit_code == 0, result.output
    assert f"{matches(report)[POST_WORDS]['snapshot']}" in result.stdout.splitlines()[0]  # the latest
    assert "1 older version:" in result.stdout
    assert f"{older.short}  retrieved 2026-03-01T08:00:00Z" in result.stdout


def test_export_the_evidence_behind_a_report(filled: tuple[Path, Path, dict[str, Any]], run: Run) -> None:
    store, report_file, report = filled
    out = store.parent / "evidence.jsonl"
    result = run("store", "export", "--store", str(store), "--report", str(report_file), "-o", str(out))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    cited = {m["snapshot"] for m in matches(report).values()}
    assert {r["snapshot"] for r in records} == cited and len(records) == 2
    page = next(r for r in records if r["kind"] == "page")
    assert (
        page["locator"] == PAGE
        and matches(report)["The fishing fleet depends on it."]["text"] in page["text"]
    )
    assert b"<html" in base64.b64decode(page["raw_base64"]).lower()
    assert page["hash"].startswith(page["snapshot"]) and page["retrieved"]
    everything = run("store", "export", "--store", str(store), "--no-raw").stdout.splitlines()
    assert len(everything) == 2 and all("raw_base64" not in json.loads(line) for line in everything)
    one = run("store", "export", "--store", str(store), "--snapshot", PAGE).stdout.splitlines()
    assert [json.loads(line)["locator"] for line in one] == [PAGE]


def test_export_of_a_report_on_local_files_says_they_are_not_in_the_store(
    harbour: tuple[Path, Path], run: Run, tmp_path: Path
) -> None:
    from quotecheck.store import Snapshot, Store

    article, sources = harbour
    report = tmp_path / "local.json"
    assert run(str(article), "-s", str(sources), "-f", "json", "-o", str(report)).exit_code == 0
    kept = Store(tmp_path / "store")
    kept.put_snapshot(
        Snapshot(kind="page", locator="https://example.org/x", text="words", retrieved="2026-01-01T00:00:00Z")
    )
    kept.close()
    result = run("store", "export", "--store", str(tmp_path / "store"), "--report", str(report))
    assert result.exit_code == 0 and result.stdout == ""
    cited = json.loads(report.read_text(encoding="utf-8"))["articles"][0]["quotes"][0]["match"]["snapshot"]
    assert result.stderr == (
        f"quotecheck: 1 cited snapshot is not in the store (local source files are not kept there): {cited}\n"
    )


def test_bad_input_is_one_line_and_exit_2(
    filled: tuple[Path, Path, dict[str, Any]], run: Run, tmp_path: Path
) -> None:
    store, _, _ = filled
    cases = {
        ("store", "list", "--store", str(tmp_path / "nowhere")): "no snapshot store here",
        ("store", "show", "0123456789abcdef", "--store", str(store)): "no such snapshot",
        ("store", "show", "https://example.org/none", "--store", str(store)): "no such snapshot",
        (
            "store",
            "export",
            "--store",
            str(store),
            "--snapshot",
            "feedface",
        ): "--snapshot feedface: no such snapshot",
        ("store", "export", "--store", str(store), "--report", str(tmp_path / "none.json")): "cannot read",
        (
            "store",
            "export",
            "--store",
            str(store),
            "--report",
            str(tmp_path / "harbour.md"),
        ): "not a quotecheck JSON report",
        ("store", "frobnicate"): "No such command",
    }
    for args, message in cases.items():
        result = run(*args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.output
    assert not (tmp_path / "nowhere").exists()  # an audit creates nothing
    helped = run("store", "--help")
    assert helped.exit_code == 0 and "list" in helped.stdout and "export" in helped.stdout
