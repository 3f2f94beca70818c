"""Bad input found in review: each case is one line on stderr and exit 2, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quotecheck.article import read_bytes
from quotecheck.errors import QuotecheckError
from quotecheck.newsroom.changed import files_from
from tests.conftest import Run


def one_line_exit_2(result: Any, expected: str) -> None:
    assert result.exit_code == 2, result.output
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A one-quote draft most cases below check."""
    path = tmp_path / "ferry.txt"
    path.write_text("“Ferries run late,” the harbour master said.\n", encoding="utf-8")
    return path


def test_stdin_closed_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(QuotecheckError, match="standard input is closed"):
        read_bytes("-")
    with pytest.raises(QuotecheckError, match="--files-from -: standard input is closed"):
        files_from("-")


def test_stdin_closed_from_the_shell(tmp_path: Path) -> None:
    """`quotecheck - <&-`, as a CI step with no input would run it."""
    cmd = [sys.executable, "-m", "quotecheck", "-"]
    proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
    assert proc.returncode == 0  # empty stdin is an empty article
    closed = subprocess.run(
        " ".join(cmd) + " <&-", shell=True, capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert closed.returncode == 2, closed.stderr
    assert (
        closed.stderr.strip() == "quotecheck: error: -: standard input is closed; give the article as a file"
    )


def test_files_from_a_binary_file(tmp_path: Path, run: Run) -> None:
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"drafts/a.md\n\x83\xff drafts/b.md\n")
    one_line_exit_2(run("--files-from", str(listing)), f"--files-from {listing}: not UTF-8 text (byte 0x83")


def test_files_from_a_list_with_a_nul_byte(tmp_path: Path, run: Run) -> None:
    """Valid UTF-8, but a NUL is in no path: it was a ValueError traceback from pathlib."""
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"drafts/a.md\ndrafts/\x00b.md\n")
    one_line_exit_2(run("--files-from", str(listing)), f"--files-from {listing}: line 2 holds a NUL byte")


def test_files_from_an_endless_list_is_cut_off(
    tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--files-from /dev/zero`` read forever: a MemoryError traceback (or the machine's
    memory gone). A list past the cap is one line and exit 2."""
    from quotecheck.newsroom import changed

    monkeypatch.setattr(changed, "MAX_LIST_BYTES", 1000)
    listing = tmp_path / "list.txt"
    listing.write_text("drafts/harbour-ferry-timetable.md\n" * 40, encoding="utf-8")
    one_line_exit_2(run("--files-from", str(listing)), f"--files-from {listing}: more than 1,000 bytes")
    if Path("/dev/zero").exists():
        with pytest.raises(QuotecheckError, match="more than 1,000 bytes"):
            files_from("/dev/zero")


@pytest.mark.parametrize(
    "saved",
    [
        '{"data": 7}',
        '{"data": [7]}',
        '{"data": [{"id": "9", "text": "Ferries run late.", "author_id": "4"}], "includes": {"users": [7]}}',
        '{"data": [], "errors": ["gone"]}',
    ],
)
def test_json_source_of_another_shape_is_a_problem(
    tmp_path: Path, article: Path, run_json: Any, saved: str
) -> None:
    source = tmp_path / "saved.json"
    source.write_text(saved, encoding="utf-8")
    report = run_json(str(article), "--source", str(source))
    assert report["problems"] == [
        {"source": str(source), "message": "JSON of an unexpected shape: not a saved X API v2 response"}
    ]
    assert report["articles"][0]["quotes"][0]["verdict"] == "unverified"  # nothing to check against


def test_archive_post_of_another_shape_is_a_problem(tmp_path: Path, run_json: Any) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "tweets.js").write_text(
        'window.YTD.tweets.part0 = [{"tweet": {"id_str": "5", "full_text": "Ferries run late.",'
        ' "entities": ["not", "an", "object"]}}, {"tweet": {"id_str": "6", "full_text": "Buses run on time."}}]',
        encoding="utf-8",
    )
    article = tmp_path / "bus.txt"
    article.write_text("“Buses run on time,” the mayor said.\n", encoding="utf-8")
    report = run_json(str(article), "--source", str(archive))
    assert report["problems"] == [
        {"source": f"{archive / 'tweets.js'}#5", "message": "a post of an unexpected shape"}
    ]
    assert report["articles"][0]["quotes"][0]["verdict"] in {"exact", "equivalent"}


def test_mistyped_source_path_is_bad_input(tmp_path: Path, article: Path, run: Run) -> None:
    """Before, a typo in --source left every quote unverified and the CI run green."""
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "master.txt").write_text("Ferries run late.\n", encoding="utf-8")
    ok = run(str(article), "--source", str(tmp_path / "notes"))
    assert ok.exit_code == 0, ok.output
    typo = str(tmp_path / "note")
    one_line_exit_2(run(str(article), "-s", str(tmp_path / "notes"), "-s", typo), f"--source {typo}: no such")
    (tmp_path / "quotecheck.toml").write_text('sources = ["transcripts"]\n', encoding="utf-8")
    one_line_exit_2(run(str(article)), "sources (config file) ")


def test_an_unusable_store_never_stops_a_local_check(tmp_path: Path) -> None:
    """The store caches the index of large sources; a read-only or broken one costs time only."""
    from quotecheck.match import Matcher
    from quotecheck.model import Source
    from quotecheck.store import Store

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the store folder should be", encoding="utf-8")
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "store.sqlite3").write_text("not a database", encoding="utf-8")
    minutes = Source("minutes.txt", "document", "The ferry will run every hour from May. " * 50)
    for store in (Store(blocker / "store"), Store(broken)):
        matcher = Matcher([minutes], store=store, persist_min=0)
        match = matcher.locate("The ferry will run every hour from May.", None)
        assert match is not None and match.text.startswith("The ferry will run every hour from May")


@pytest.mark.parametrize(
    "content",
    [
        '{"quotecheck_baseline": 1, "findings": 3}',
        '{"quotecheck_baseline": 1, "findings": null}',
        '{"quotecheck_baseline": 1, "findings": [{"code": "not_found"}]}',
        '{"quotecheck_baseline": 1, "findings": ["abc"]}',
    ],
)
def test_baseline_with_mangled_findings(tmp_path: Path, article: Path, run: Run, content: str) -> None:
    baseline = tmp_path / "baseline.json"
    baseline.write_text(content, encoding="utf-8")
    one_line_exit_2(
        run(str(article), "--baseline", str(baseline)),
        f"--baseline {baseline}: `findings` must be a list of objects with a fingerprint",
    )


def test_misspelt_finding_code_in_levels_is_an_error(tmp_path: Path, article: Path, run: Run) -> None:
    """README: an unknown key is an error that names it; a typo in [levels] was ignored."""
    config = tmp_path / "quotecheck.toml"
    config.write_text('[levels]\nunmarked_omision = "error"\n', encoding="utf-8")
    one_line_exit_2(
        run(str(article)), "levels.unmarked_omision: unknown finding code (known: bracketed_capital"
    )
    config.write_text('[levels]\nunmarked_omission = "error"\ncase_changed = "warning"\n', encoding="utf-8")
    assert run(str(article)).exit_code == 0


def test_every_finding_code_in_the_code_is_known() -> None:
    """Keeps FINDING_CODES whole: each literal code given to Finding(...) must be in it."""
    import ast

    from quotecheck.verify import FINDING_CODES

    src = Path(__file__).resolve().parent.parent / "src" / "quotecheck"
    used: set[str] = set()
    for path in src.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Finding" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    used.add(first.value)
    assert used and used <= FINDING_CODES, used - FINDING_CODES


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ("tool = 5\n", "unknown key 'tool'"),
        ("[thresholds]\nfound = -1.5\n", "thresholds.found: expected 0 or more, got -1.5"),
        ("[thresholds]\nmax_gap = -10\n", "thresholds.max_gap: expected 0 or more, got -10"),
    ],
)
def test_config_values_out_of_shape(
    tmp_path: Path, article: Path, run: Run, toml: str, expected: str
) -> None:
    (tmp_path / "quotecheck.toml").write_text(toml, encoding="utf-8")
    one_line_exit_2(run(str(article)), expected)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["ferry.txt", "--bogus"],
            "quotecheck: error: No such option: --bogus (see quotecheck check --help)",
        ),
        (["ferry.txt", "--format"], "quotecheck: error: Option '--format' requires an argument."),
        (["fetch"], "quotecheck: error: Missing argument 'ARTICLE'. (see quotecheck fetch --help)"),
    ],
)
def test_usage_errors_are_one_line_too(tmp_path: Path, article: Path, args: list[str], expected: str) -> None:
    """README: bad usage is one line on stderr and exit 2 (click's own form is four lines)."""
    proc = subprocess.run(
        [sys.executable, "-m", "quotecheck", *args], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith(expected)
    assert len(proc.stderr.strip().splitlines()) == 1


def test_exit_codes_survive_the_one_line_errors(tmp_path: Path, article: Path) -> None:
    (tmp_path / "notes.txt").write_text("Buses run on time.\n", encoding="utf-8")

    def code(*args: str) -> int:
        cmd = [sys.executable, "-m", "quotecheck", *args]
        return subprocess.run(cmd, capture_output=True, check=False, cwd=tmp_path).returncode

    assert code("ferry.txt") == 0
    assert code("ferry.txt", "-s", "notes.txt") == 1  # not_found fails by default
    assert code("--help") == 0 and code("--version") == 0


def test_ctrl_c_exits_130_and_writes_no_report(
    tmp_path: Path, article: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quotecheck.api

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(quotecheck.api, "assess", interrupted)
    report = tmp_path / "report.json"
    result = run(str(article), "-f", "json", "-o", str(report))
    assert result.exit_code == 130
    assert not report.exists() and not list(tmp_path.glob("report.json*"))
    assert "Traceback" not in result.output


def test_a_report_never_overwrites_what_the_run_reads(tmp_path: Path, article: Path, run: Run) -> None:
    """`-o ferry.txt` typed for `-o ferry-report.txt` used to replace the draft with the report."""
    draft = article.read_text(encoding="utf-8")
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "master.txt").write_text("Ferries run late.\n", encoding="utf-8")
    (tmp_path / "baseline.json").write_text('{"quotecheck_baseline": 1, "findings": []}', encoding="utf-8")
    cases = [
        (["-o", str(article)], f"--output {article} would overwrite {article}, which this run reads"),
        (["--write-baseline", str(article)], f"--write-baseline {article} would overwrite {article}"),
        (["-s", str(notes), "-o", str(notes / "master.txt")], f"would overwrite a file in {notes}"),
        (
            [
                "--baseline",
                str(tmp_path / "baseline.json"),
                "-f",
                "json",
                "-o",
                str(tmp_path / "baseline.json"),
            ],
            "baseline.json would overwrite",
        ),
    ]
    for args, expected in cases:
        one_line_exit_2(run(str(article), *args), expected)
    assert article.read_text(encoding="utf-8") == draft
    assert (notes / "master.txt").read_text(encoding="utf-8") == "Ferries run late.\n"
    report = tmp_path / "ferry-report.txt"
    for _ in range(2):  # a report file of its own may be replaced, run after run
        assert run(str(article), "-s", str(notes), "-o", str(report)).exit_code == 0
    assert "Ferries run late" in report.read_text(encoding="utf-8")


def test_malformed_links_in_a_draft_are_problems_not_crashes(tmp_path: Path, run_json: Any) -> None:
    """Each of these links used to end the run with a traceback (urllib, requests, urllib3)."""
    draft = tmp_path / "links.md"
    draft.write_text(
        "“Ferries run late,” the harbour master said ([notes](http://[::1/notes),"
        " http://example.org:99999/timetable, <http://harbour..example/>).\n",
        encoding="utf-8",
    )
    report = run_json(str(draft), "--store", str(tmp_path / "store"))
    problems = {p["source"]: p["message"] for p in report["problems"]}
    assert problems == {
        "http://[::1/notes": "not a valid address: http://[::1/notes",
        "http://example.org:99999/timetable": "not a valid address: http://example.org:99999/timetable",
        "http://harbour..example/": "not a valid address: http://harbour..example/",
    }
    assert report["articles"][0]["quotes"][0]["verdict"] == "unverified"


def test_account_handle_must_be_an_x_handle(article: Path, run: Run) -> None:
    """'@a/b?c' became the address https://x.com/a/b?c; a handle is at most 15 word characters."""
    for handle in ("@harbour/master", "@harbour master", "@HarbourMasterOfTheBay"):
        one_line_exit_2(
            run(str(article), "--offline", "--account", f"Harbour Master={handle}"),
            f"{handle} is not an X handle",
        )
    ok = run(str(article), "--offline", "--account", "Harbour Master=@Harbour_Mstr1")
    assert ok.exit_code == 0, ok.output


def test_a_source_folder_with_nothing_readable_is_named(tmp_path: Path, article: Path, run_json: Any) -> None:
    """A folder of PDFs gave no sources and no word why: every quote unverified, run green."""
    folder = tmp_path / "minutes"
    folder.mkdir()
    (folder / "minutes.pdf").write_bytes(b"%PDF-1.7\n")
    report = run_json(str(article), "--source", str(folder))
    [problem] = report["problems"]
    assert problem["source"] == str(folder)
    assert problem["message"].startswith(
        "no source files in this folder (read: .htm, .html, .json, .markdown, .md"
    )


def test_a_source_without_text_is_named(tmp_path: Path, article: Path, run_json: Any) -> None:
    """A saved page whose words a script draws has no text: say so instead of not_found alone."""
    page = tmp_path / "timetable.html"
    page.write_text("<html><body><div id='app'></div><script>draw()</script></body></html>", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    report = run_json(str(article), "-s", str(page), "-s", str(empty))
    assert report["problems"] == [
        {"source": str(page), "message": "no text in this source (its page text is empty)"},
        {"source": str(empty), "message": "no text in this source"},
    ]


def test_an_article_is_never_its_own_source(tmp_path: Path, run_json: Any) -> None:
    """A story folder holding the draft and its transcript, checked with `-s story`: the draft
    used to be read as a source too, so every quote in it was `exact` against itself."""
    story = tmp_path / "story"
    story.mkdir()
    draft = story / "draft.md"
    draft.write_text("“Ferries will run all winter,” the harbour master said.\n", encoding="utf-8")
    (story / "interview.txt").write_text(
        "HARBOUR MASTER: Ferries will run until November.\n", encoding="utf-8"
    )
    report = run_json(str(draft), "-s", str(story))
    [quote] = report["articles"][0]["quotes"]
    assert quote["verdict"] == "altered"
    assert quote["match"]["source"] == str(story / "interview.txt")
    itself = run_json(str(draft), "-s", str(draft))
    assert itself["problems"] == [
        {"source": str(draft), "message": "is an article of this run, not a source for it"}
    ]
    assert itself["articles"][0]["quotes"][0]["verdict"] == "unverified"


def test_reports_saved_in_a_source_folder_are_not_sources(tmp_path: Path, run: Run, run_json: Any) -> None:
    """A report holds every quote of the draft: read as a source on the next run, it made
    each of them `exact`."""
    draft = tmp_path / "draft.txt"
    draft.write_text("“Ferries will run all winter,” the harbour master said.\n", encoding="utf-8")
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "interview.txt").write_text(
        "HARBOUR MASTER: Ferries will run until November.\n", encoding="utf-8"
    )
    saved = {
        "markdown": "report.md",
        "table": "report.txt",
        "json": "report.json",
        "gitlab": "gl.json",
        "sarif": "qc.json",
        "html": "report.html",
    }
    for fmt, name in saved.items():
        result = run(str(draft), "-s", str(sources), "-f", fmt, "-o", str(sources / name))
        assert result.exit_code == 1, result.output  # altered: fails by default
    run(str(draft), "-s", str(sources), "--write-baseline", str(sources / "baseline.json"))
    report = run_json(str(draft), "-s", str(sources))
    [quote] = report["articles"][0]["quotes"]
    assert quote["verdict"] == "altered"
    assert quote["match"]["source"] == str(sources / "interview.txt")
    assert report["problems"] == []
    named = run_json(str(draft), "-s", str(sources / "report.md"))
    assert named["problems"] == [
        {"source": str(sources / "report.md"), "message": "is a quotecheck report or baseline, not a source"}
    ]


def test_an_endless_article_is_cut_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """/dev/zero (or any device or pipe: no size to check first) used to be read until memory ran out."""
    import quotecheck.article.reading

    monkeypatch.setattr(quotecheck.article.reading, "MAX_ARTICLE_BYTES", 4096)
    endless = tmp_path / "endless.txt"
    endless.symlink_to("/dev/zero")
    with pytest.raises(
        QuotecheckError, match=r"endless\.txt: more than 4,096 bytes is larger than an article"
    ):
        read_bytes(str(endless))
    fine = tmp_path / "fine.txt"
    fine.write_text("“Ferries run late,” she said.\n", encoding="utf-8")
    assert read_bytes(str(fine)).startswith("“Ferries".encode())


def test_a_report_never_replaces_the_snapshot_store(tmp_path: Path, article: Path, run: Run) -> None:
    """`-o .quotecheck/store.sqlite3` replaced the store (every snapshot kept) with a report."""
    from quotecheck.store import Snapshot, Store

    store = Store(tmp_path / "kept")
    store.put_snapshot(
        Snapshot(
            kind="page",
            locator="https://example.test/ferry",
            text="Ferries run late.",
            retrieved="2026-03-04T09:00:00Z",
        )
    )
    store.close()
    database = tmp_path / "kept" / "store.sqlite3"
    for option in ("-o", "--write-baseline"):
        result = run(str(article), "--store", str(tmp_path / "kept"), option, str(database))
        one_line_exit_2(result, f"would overwrite {database}")
    assert [s.text for s in Store(tmp_path / "kept").snapshots()] == ["Ferries run late."]
    # a report of its own beside the store's files is still fine
    report = tmp_path / "kept" / "report.txt"
    for _ in range(2):
        assert run(str(article), "--store", str(tmp_path / "kept"), "-o", str(report)).exit_code == 0


def test_a_report_written_into_a_fifo_or_through_a_link(tmp_path: Path, article: Path, run: Run) -> None:
    """Only a regular file is replaced: `-o /dev/null` (or a FIFO, /dev/stdout) replaced the
    device with a regular file; a link named by -o stays a link to the updated file."""
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert run(str(article), "-f", "json", "-o", str(fifo)).exit_code == 0
    reader.join(10)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert b'"Ferries run late' in received[0]

    real = tmp_path / "reports" / "latest.md"
    real.parent.mkdir()
    real.write_text("old report\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "report.md"
    link.symlink_to(real)
    assert run(str(article), "-f", "markdown", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and "Ferries run late" in real.read_text(encoding="utf-8")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # the file keeps its mode
    assert sorted(p.name for p in real.parent.iterdir()) == ["latest.md"]  # no temporary left


def quotecheck_process(tmp_path: Path, *args: str, stdout: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "quotecheck", *args], cwd=tmp_path, stdout=stdout, stderr=subprocess.PIPE
    )


def test_a_full_disk_behind_stdout_is_one_line_and_exit_2(tmp_path: Path, article: Path) -> None:
    """`quotecheck draft.txt > report.txt` on a full disk ended in a traceback and exit 1."""
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full on this system")
    with full.open("wb") as sink:
        proc = quotecheck_process(tmp_path, article.name, "-f", "json", stdout=sink)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert (
        err.decode()
        == "quotecheck: error: standard output: cannot write the report (No space left on device)\n"
    )


def test_a_reader_gone_before_the_report_is_one_line_and_exit_2(tmp_path: Path, article: Path) -> None:
    """`quotecheck drafts/*.md | head`: the reader has gone before the report is written."""
    proc = quotecheck_process(tmp_path, article.name, "-f", "json", stdout=subprocess.PIPE)
    assert proc.stdout is not None
    proc.stdout.close()  # long before the run has anything to write
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert err.decode() == "quotecheck: error: standard output: cannot write the report (Broken pipe)\n"


@pytest.mark.parametrize("command", [[], ["fetch"]])
def test_an_empty_article_path_is_named_as_empty(article: Path, run: Run, command: list[str]) -> None:
    """`quotecheck "$DRAFT"` with DRAFT unset said ": is a folder; give the article files
    (e.g. /*.md)": an empty path is the current folder to pathlib."""
    one_line_exit_2(
        run(*command, str(article), ""), "ARTICLE: an empty path (name a file; - reads standard input)"
    )


def test_a_store_path_with_a_nul_byte_is_one_line(tmp_path: Path, run: Run) -> None:
    """A config's store = "...\\u0000..." (TOML allows it) was a ValueError traceback."""
    draft = tmp_path / "post.md"
    draft.write_text(
        "“Ferries run late,” said Ana Ruiz, [in a post](https://x.com/anaruiz/status/123).\n",
        encoding="utf-8",
    )
    (tmp_path / "quotecheck.toml").write_text('store = "kept\\u0000here"\n', encoding="utf-8")
    one_line_exit_2(run(str(draft), "--offline"), "cannot open the snapshot store (embedded null byte)")


@pytest.mark.parametrize("from_stdin", [False, True])
def test_a_small_article_is_read_without_a_buffer_the_size_of_the_cap(
    article: Path, monkeypatch: pytest.MonkeyPatch, from_stdin: bool
) -> None:
    """``read(MAX_ARTICLE_BYTES + 1)`` allocated 200 MB before reading a 50-byte draft: under
    ``ulimit -v 250000`` every check was a MemoryError traceback."""
    import io
    import tracemalloc

    data = article.read_bytes()
    if from_stdin:  # a real pipe, as a shell gives: buffered reads over a file descriptor
        read_end, write_end = os.pipe()
        os.write(write_end, data)
        os.close(write_end)
        stdin = io.TextIOWrapper(open(read_end, "rb"))  # noqa: SIM115 (closed below)
        monkeypatch.setattr(sys, "stdin", stdin)
    tracemalloc.start()
    try:
        assert read_bytes("-" if from_stdin else str(article)) == data
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        if from_stdin:
            stdin.close()
    assert peak < 2_000_000, peak


def test_an_article_on_standard_input_past_the_cap_is_still_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Neighbour: read in blocks, a pipe longer than the cap is still cut off and refused."""
    import io

    from quotecheck.article import reading

    monkeypatch.setattr(reading, "MAX_ARTICLE_BYTES", 3_000_000)
    text = "“Ferries run late,” the harbour master said.\n" * 70_000  # about 3.5 MB
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    with pytest.raises(QuotecheckError, match="more than 3,000,000 bytes"):
        read_bytes("-")


def test_a_baseline_that_is_a_device_is_one_line(article: Path, run: Run) -> None:
    """``--baseline /dev/zero`` was read whole: a MemoryError traceback after eating memory."""
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    one_line_exit_2(
        run(str(article), "--baseline", "/dev/zero"), "--baseline /dev/zero: not a quotecheck baseline"
    )
