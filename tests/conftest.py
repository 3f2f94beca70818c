"""Shared fixtures: articles and sources written for the tests, and a CLI runner."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from quotecheck.article import document_from_text
from quotecheck.cli import app
from quotecheck.extract import extract_quotes
from quotecheck.model import Quote, QuoteResult

HARBOUR_SOURCE = """\
Transcript of the harbour board meeting, 4 March 2026

MAYOR ALICE GRANT: We will not close the harbour this winter. The fishing fleet depends on it.

COUNCILLOR BEN OKAFOR: The repairs will cost about 4 million pounds, and the work starts in May.
"""

HARBOUR_ARTICLE = """\
Harbour stays open

Mayor Alice Grant said on Tuesday: “We will not close the harbour this winter.”

“The repairs will cost about 4 million pounds,” said Ben Okafor, a councillor.
"""


@pytest.fixture
def harbour(tmp_path: Path) -> tuple[Path, Path]:
    """An article with two faithful quotes and a folder with the meeting transcript."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "meeting.txt").write_text(HARBOUR_SOURCE, encoding="utf-8")
    article = tmp_path / "harbour.txt"
    article.write_text(HARBOUR_ARTICLE, encoding="utf-8")
    return article, sources


Run = Callable[..., Any]


@pytest.fixture
def run() -> Run:
    """Invoke the CLI in-process; returns the click Result."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Any:
        return runner.invoke(app, list(args), input=input, prog_name="quotecheck")

    return invoke


@pytest.fixture
def run_json(run: Run) -> Callable[..., dict[str, Any]]:
    def invoke(*args: str) -> dict[str, Any]:
        result = run(*args, "--format", "json")
        assert result.exit_code in (0, 1), result.output
        data: dict[str, Any] = json.loads(result.stdout)
        return data

    return invoke


# --- network: tests never reach it; recorded exchanges replay from cassettes/ ------------

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
FAKE_TOKEN = "AAAAAAAAAAAAAAAAAAAAAFakeTestTokenNotReal0000000000000000000000000000"


@pytest.fixture(autouse=True)
def no_outside_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to connect beyond this machine fails the test at once."""
    import ipaddress
    import socket

    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else None
        if host is not None:
            try:
                local = ipaddress.ip_address(host).is_loopback
            except ValueError:
                local = host == "localhost"
            if not local:
                raise AssertionError(f"test tried to open a socket to {address!r}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def no_outside_names(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A name lookup is network traffic too (a query to the name server): names beyond
    this machine do not resolve, as on an offline machine, and the test that asked fails.
    Tests of name resolution give their own answers (``fake_dns`` in test_fetch_safety)."""
    import socket

    from tests.offline.sitecustomize import names_this_machine

    real = socket.getaddrinfo
    asked: list[str] = []

    def guarded(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name is None or names_this_machine(str(name)):
            return real(host, port, *args, **kwargs)
        asked.append(str(name))
        raise socket.gaierror(socket.EAI_NONAME, f"{name}: tests never look up names beyond this machine")

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    yield asked
    assert asked == [], f"the test looked up names beyond this machine: {sorted(set(asked))}"


OFFLINE_SITE = Path(__file__).resolve().parent / "offline"
SOURCE_TREE = Path(__file__).resolve().parents[1] / "src"


def pytest_report_header() -> str:
    """Say which build of the extraction rules is under test: the ``.py`` files, or the
    modules mypyc compiled from them (a wheel, or ``pip install .``)."""
    import quotecheck.extract.grammar as grammar

    built = "pure Python" if grammar.__file__.endswith(".py") else "compiled with mypyc"
    return f"quotecheck.extract: {built} ({Path(grammar.__file__).parent})"


def pytest_configure(config: pytest.Config) -> None:
    """Every Python a test starts loads tests/offline/sitecustomize.py: no network there
    either, and each attempt is logged for ``no_network_in_processes`` to report.

    Compiled modules in src/ are refused: our builds never put them there (an editable
    install stays pure Python), and Python would load one in place of the ``.py`` beside
    it, so tests would run old code whatever the sources say."""
    import os
    import tempfile

    stale = sorted(p for suffix in ("*.so", "*.pyd") for p in SOURCE_TREE.rglob(suffix))
    if stale:
        raise pytest.UsageError(
            f"compiled modules in {SOURCE_TREE} would shadow the .py files: {', '.join(map(str, stale))}"
            " (remove them: git clean -fX src)"
        )

    from tests.offline.sitecustomize import LOG_VARIABLE

    handle, log = tempfile.mkstemp(prefix="quotecheck-test-network-", suffix=".log")
    os.close(handle)
    os.environ[LOG_VARIABLE] = log
    os.environ["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(OFFLINE_SITE), os.environ.get("PYTHONPATH")])
    )


def pytest_unconfigure(config: pytest.Config) -> None:
    import os

    from tests.offline.sitecustomize import LOG_VARIABLE

    log = os.environ.pop(LOG_VARIABLE, None)
    if log:
        Path(log).unlink(missing_ok=True)


@pytest.fixture(autouse=True)
def no_network_in_processes() -> Iterator[None]:
    """A process the test started (or a module fixture before it) tried the network."""
    import os

    from tests.offline.sitecustomize import LOG_VARIABLE

    yield
    log = Path(os.environ[LOG_VARIABLE])
    tried = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    log.write_text("", encoding="utf-8")
    assert tried == [], f"a process this test started tried the network: {sorted(set(tried))}"


@pytest.fixture
def cassette() -> Callable[[str], Any]:
    """Replay ``cassettes/NAME.yaml``; an unrecorded request raises instead of going out."""
    import vcr

    recorder = vcr.VCR(
        cassette_library_dir=str(CASSETTES),
        record_mode="none",
        filter_headers=["authorization"],
        decode_compressed_response=True,
        match_on=("method", "scheme", "host", "port", "path", "query"),
    )

    def use(name: str) -> Any:
        return recorder.use_cassette(f"{name}.yaml")

    return use


@pytest.fixture
def x_token(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("X_BEARER_TOKEN", FAKE_TOKEN)
    monkeypatch.delenv("TWITTER_BEARER_TOKEN", raising=False)
    return FAKE_TOKEN


# --- loopback servers: pages served on 127.0.0.1 by a thread, for fetching tests --------

Respond = Callable[[str, Any], None]
"""Given the request path and the socket, writes the answer (or stalls, or trickles)."""


class Loopback:
    """A server on 127.0.0.1 answering each connection in a thread of its own."""

    def __init__(self, respond: Respond) -> None:
        import socket
        import threading

        self.respond = respond
        self.hits: list[str] = []
        self.lock = threading.Lock()
        self.closing = threading.Event()
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(16)
        self.server.settimeout(0.1)
        self.port = self.server.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        import threading

        while not self.closing.is_set():
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            threading.Thread(target=self.answer, args=(conn,), daemon=True).start()

    def answer(self, conn: Any) -> None:
        with conn:
            conn.settimeout(10)
            head = b""
            try:
                while b"\r\n\r\n" not in head and len(head) < 65536:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    head += chunk
            except OSError:
                return
            path = head.split(b" ", 2)[1].decode("latin-1") if head.count(b" ") >= 2 else "/"
            with self.lock:
                self.hits.append(path)
            with contextlib.suppress(OSError):  # the client hung up (a deadline passed): fine
                self.respond(path, conn)

    def close(self) -> None:
        self.closing.set()
        self.server.close()


def http_answer(
    body: bytes | str, content_type: str = "text/html; charset=utf-8", status: str = "200 OK"
) -> bytes:
    data = body.encode("utf-8") if isinstance(body, str) else body
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(data)}\r\nConnection: close\r\n\r\n"
    return head.encode("latin-1") + data


@pytest.fixture
def loopback() -> Any:
    """``loopback(respond)`` starts a server on 127.0.0.1 and returns it; all are stopped
    after the test. Fetching from it needs the private-hosts switch (``--allow-private-hosts``,
    or ``FetchLimits(hosts=...)``): 127.0.0.1 is exactly what quotecheck refuses by default."""
    servers: list[Loopback] = []

    def start(respond: Respond) -> Loopback:
        server = Loopback(respond)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.close()


# --- every JSON report a test makes follows the shipped JSON Schema ----------------------


def strict(schema: Any) -> Any:
    """The schema with no undeclared fields allowed: the published one lets later versions
    add fields, but a field this version adds must be documented in it first."""
    if isinstance(schema, dict):
        out = {k: strict(v) for k, v in schema.items()}
        if "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out
    if isinstance(schema, list):
        return [strict(v) for v in schema]
    return schema


@pytest.fixture(scope="session")
def report_validator() -> Any:
    from jsonschema import Draft202012Validator

    from quotecheck.report import json_schema

    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(strict(schema))


@pytest.fixture(autouse=True)
def json_reports_follow_the_schema(
    monkeypatch: pytest.MonkeyPatch, report_validator: Any
) -> Iterator[list[str]]:
    """Wrap the JSON format (CLI and library) so that each report rendered is validated;
    a test whose reports break the schema fails at teardown, even if the CLI swallowed
    the error. Yields the count of reports checked and the errors found."""
    from quotecheck.report import json_format

    render, as_dict = json_format.JsonFormat.render, json_format.report_dict
    seen: list[str] = []

    def check(data: Any) -> None:
        errors = sorted(report_validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        seen.append("")
        if errors:
            where = "/".join(str(p) for p in errors[0].absolute_path)
            seen[-1] = f"JSON report breaks the schema at /{where}: {errors[0].message}"
            raise AssertionError(seen[-1])

    def checked_render(self: Any, report: Any) -> str:
        text: str = render(self, report)
        check(json.loads(text))
        return text

    def checked_dict(report: Any) -> Any:
        data = as_dict(report)
        check(data)
        return data

    monkeypatch.setattr(json_format.JsonFormat, "render", checked_render)
    monkeypatch.setattr(json_format, "report_dict", checked_dict)
    yield seen
    broken = [e for e in seen if e]
    if broken:
        pytest.fail(broken[0])


def only_quote(text: str) -> Quote:
    """The one quotation extracted from ``text`` (the test fails if there are more or none)."""
    [q] = extract_quotes(document_from_text(text, "story.txt"))
    return q


def quote_with(text: str, words: str) -> Quote:
    """The quotation extracted from ``text`` whose words hold ``words``."""
    return next(q for q in extract_quotes(document_from_text(text, "story.txt")) if words in q.text)


def check_speaker(text: str, words: str, expected: str | None) -> None:
    """The quotation holding ``words`` is a quote whose speaker holds ``expected`` (any case);
    with ``expected`` None, it has no speaker or is no quote."""
    q = quote_with(text, words)
    got = q.speaker if q.kind == "quote" else None
    if expected is None:
        assert got is None, got
    else:
        assert got is not None and expected.lower() in got.lower(), got


def mention(text: str, q: Quote) -> str | None:
    """The words of the speaker mention ``q`` reports, as they stand in ``text``."""
    if q.speaker_start is None or q.speaker_end is None:
        return None
    return text[q.speaker_start : q.speaker_end]


def speakers(text: str) -> list[str | None]:
    """The speaker of each quotation in ``text``, a story ended by a newline as files are."""
    return [q.speaker for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


def mentions(text: str) -> list[str | None]:
    """The words of each quotation's speaker mention as written in ``text``."""
    doc = text + "\n"
    return [mention(doc, q) for q in extract_quotes(document_from_text(doc, "story.txt"))]


def quotes(text: str) -> list[tuple[str, str | None]]:
    """The words and speaker of each quotation (any kind) in ``text``, ended by a newline."""
    return [(q.text, q.speaker) for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the first quotation in ``text`` whose words start with ``words``."""
    found = [s for q, s in quotes(text) if q.startswith(words)]
    assert found, f"no quote starting {words!r} in {quotes(text)}"
    return found[0]


def said(text: str) -> list[tuple[str, str | None]]:
    """The words and speaker of each quotation of kind "quote" in ``text`` (a plain-text story)."""
    doc = document_from_text(text + "\n", "story.txt", "text")
    return [(q.text, q.speaker) for q in extract_quotes(doc) if q.kind == "quote"]


def checked_source(
    tmp_path: Path, draft: str, name: str, source: str, *, lead: str, article_name: str = "draft.txt"
) -> QuoteResult:
    """The one quote's result when the draft (``lead`` then ``draft``) is checked against a
    sources folder holding only ``source``, written as ``name``."""
    from quotecheck.api import check

    folder = tmp_path / "src"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / name).write_text(source, encoding="utf-8")
    article = tmp_path / article_name
    article.write_text(lead + draft + "\n", encoding="utf-8")
    report = check([article], sources=[folder], store=tmp_path / "store")
    results = [q for a in report.articles for q in a.quotes if q.quote.kind == "quote"]
    assert len(results) == 1, results
    return results[0]


def speaker_codes(result: QuoteResult) -> set[str]:
    """The codes of the result's speaker findings."""
    return {f.code for f in result.findings if f.code.startswith("speaker")}
