"""The CLI end to end on articles written for the tests: formats, exit codes, bad input."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import HARBOUR_ARTICLE, Run


def test_json_report_follows_the_contract(harbour: tuple[Path, Path], run: Run) -> None:
    article, sources = harbour
    result = run(str(article), "--source", str(sources), "--format", "json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["quotecheck"] == "0.1.0"
    [art] = report["articles"]
    assert art["path"] == str(article)
    first, second = art["quotes"]
    text = article.read_text(encoding="utf-8")

    assert first["id"] == f"{article}#1"
    assert first["kind"] == "quote"
    assert first["text"] == "We will not close the harbour this winter."
    assert text[first["start"] : first["end"]] == first["text"]
    assert (first["line"], first["column"]) == (3, 37)
    assert first["speaker"] == "Alice Grant"
    assert text[first["speaker_start"] : first["speaker_end"]].endswith("Alice Grant")
    assert first["cue"] == "said"
    assert first["verdict"] == "exact"
    assert first["score"] == 100.0
    match = first["match"]
    assert match["source"] == str(sources / "meeting.txt")
    assert match["kind"] == "transcript"
    assert match["said_by"] == "Alice Grant"
    source_text = (sources / "meeting.txt").read_text(encoding="utf-8")
    assert source_text[match["start"] : match["end"]] == match["text"]
    assert match["text"].startswith("We will not close the harbour this winter")

    assert second["speaker"] == "Ben Okafor"
    assert second["verdict"] in ("exact", "equivalent")
    assert report["summary"]["quotes"] == 2
    assert sum(report["summary"][k] for k in ("exact", "equivalent")) == 2


def test_changed_number_is_altered_and_fails(tmp_path: Path, harbour: tuple[Path, Path], run: Run) -> None:
    _, sources = harbour
    article = tmp_path / "wrong.md"
    article.write_text(
        "# Harbour\n\n**Mayor Alice Grant** said: “We will not close the harbour this winter.”\n\n"
        "“The repairs will cost about 6 million pounds,” said Ben Okafor.\n",
        encoding="utf-8",
    )
    result = run(str(article), "-s", str(sources), "-f", "json")
    assert result.exit_code == 1
    quotes = json.loads(result.stdout)["articles"][0]["quotes"]
    assert [q["verdict"] for q in quotes] == ["exact", "altered"]
    codes = [f["code"] for f in quotes[1]["findings"]]
    assert "number_changed" in codes
    raw = article.read_text(encoding="utf-8")
    # Markdown syntax stays out of the quote and the offsets point into the file.
    assert raw[quotes[0]["start"] : quotes[0]["end"]] == quotes[0]["text"]
    assert quotes[0]["speaker"] == "Alice Grant"
    assert quotes[0]["line"] == 3


def test_without_sources_every_quote_is_unverified(harbour: tuple[Path, Path], run_json: Run) -> None:
    article, _ = harbour
    report = run_json(str(article))
    assert [q["verdict"] for q in report["articles"][0]["quotes"]] == ["unverified", "unverified"]
    assert report["summary"]["unverified"] == 2


def test_csv_has_header_and_one_row_per_quote(harbour: tuple[Path, Path], run: Run) -> None:
    article, sources = harbour
    result = run(str(article), "-s", str(sources), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 2
    assert rows[0]["speaker"] == "Alice Grant"
    assert rows[0]["quote"] == "We will not close the harbour this winter."
    assert rows[0]["verdict"] == "exact"
    assert rows[0]["line"] == "3"
    assert rows[1]["source"].endswith("meeting.txt")


def test_markdown_is_a_table(harbour: tuple[Path, Path], run: Run) -> None:
    article, sources = harbour
    result = run(str(article), "-s", str(sources), "--format", "markdown")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("**quotecheck**: 2 quotes in 1 article")
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == 4  # header, rule, two rows
    cells = [c.strip() for c in table[2].strip("|").split("|")]
    assert cells[1] == "Alice Grant"
    assert cells[3] == "exact"


def test_table_shows_location_speaker_verdict_and_summary(harbour: tuple[Path, Path], run: Run) -> None:
    article, sources = harbour
    result = run(str(article), "-s", str(sources))
    assert result.exit_code == 0
    assert f"{article}:3:37" in result.stdout
    assert "Alice Grant" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1] == "2 quotes in 1 article: 2 exact"


def test_output_file_and_stdin(tmp_path: Path, harbour: tuple[Path, Path], run: Run) -> None:
    _, sources = harbour
    out = tmp_path / "report.json"
    result = run("-", "-s", str(sources), "-f", "json", "-o", str(out), input=HARBOUR_ARTICLE)
    assert result.exit_code == 0
    assert result.stdout == ""
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["articles"][0]["path"] == "-"
    assert report["summary"]["quotes"] == 2


def test_fail_on_changes_the_exit_code(tmp_path: Path, harbour: tuple[Path, Path], run: Run) -> None:
    article, _ = harbour
    assert run(str(article)).exit_code == 0
    assert run(str(article), "--fail-on", "unverified").exit_code == 1
    bad = run(str(article), "--fail-on", "wrong")
    assert bad.exit_code == 2
    assert "unknown verdict wrong" in bad.stderr


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, run: Run) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("“Caf\xe9” said Ann.".encode("latin-1", errors="replace"))
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    cases = {
        str(tmp_path / "missing.txt"): "no such file",
        str(tmp_path): "is a folder",
        str(latin1): "not UTF-8 text (byte 0x",
        str(binary): "binary file",
    }
    for path, expected in cases.items():
        result = run(path)
        assert result.exit_code == 2, path
        assert expected in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.output
    unknown = run(str(latin1), "--format", "xml")
    assert unknown.exit_code == 2
    assert "unknown format 'xml'" in unknown.stderr


def test_empty_article_is_zero_quotes(tmp_path: Path, run_json: Run) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    report = run_json(str(empty))
    assert report["articles"][0]["quotes"] == []
    assert report["summary"]["quotes"] == 0


def test_version_and_help(run: Run) -> None:
    assert run("--version").stdout.strip() == "quotecheck 0.1.0"
    helped = run("--help")
    assert helped.exit_code == 0
    assert "--source" in helped.stdout and "Examples:" in helped.stdout


def test_console_entry_runs_as_a_module(harbour: tuple[Path, Path]) -> None:
    article, sources = harbour
    proc = subprocess.run(
        [sys.executable, "-m", "quotecheck", str(article), "-s", str(sources), "-f", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"]["quotes"] == 2


def test_markdown_report_does_not_render_html_from_the_draft(tmp_path: Path, run: Run) -> None:
    article = tmp_path / "html.txt"
    article.write_text("“Click <img src=x onerror=alert(1)> here & there,” said Ann Lee.\n", encoding="utf-8")
    result = run(str(article), "--format", "markdown")
    assert result.exit_code == 0
    assert "<img" not in result.stdout
    assert "&lt;img src=x onerror=alert(1)&gt; here &amp; there" in result.stdout


def test_config_given_as_a_folder_says_so(tmp_path: Path, harbour: tuple[Path, Path], run: Run) -> None:
    article, _ = harbour
    result = run(str(article), "--config", str(tmp_path))
    assert result.exit_code == 2
    assert "is a folder" in result.stderr


def test_streamed_json_is_the_same_document_as_the_report_dict(
    tmp_path: Path, harbour: tuple[Path, Path]
) -> None:
    from quotecheck import check
    from quotecheck.report.json_format import JsonFormat, report_dict

    article, sources = harbour
    empty = tmp_path / "empty.md"
    empty.write_text("No quotes here.\n", encoding="utf-8")
    report = check([article, empty], sources=[sources])
    rendered = JsonFormat().render(report)
    assert rendered == json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
    assert json.loads(rendered)["articles"][1]["quotes"] == []
