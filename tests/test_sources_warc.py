"""Web archives as sources: WARC files built here with warcio, read through the CLI.

One source per archived 2xx page with text, named by its URL and dated by its WARC-Date;
requests, redirects, error pages and images are not sources."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

from tests.conftest import Run

PAGE_URL = "https://news.example.org/2026/03/ferry-timetable"
TRANSCRIPT_URL = "https://council.example.org/minutes/2026-03-02.txt"
GONE_URL = "https://news.example.org/2026/03/withdrawn"

PAGE = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Ferries keep their winter timetable</title>
<meta name="author" content="Priya Nair"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article><h1>Ferries keep their winter timetable</h1>
<p>The island's ferry operator said on Monday that the winter timetable would stay until April.</p>
<p>“We are keeping the early crossing because nurses and teachers depend on it,” said Tomas Berg,
the operator's chief executive, at a meeting in the harbour office.</p>
<p>Berg added that a second vessel would return from repairs in the spring, when the summer
timetable begins with crossings every hour from seven in the morning.</p>
</article><footer>© Island News</footer></body></html>
"""

TRANSCRIPT = """\
COUNCILLOR JOAN FRY: The late crossing costs the council forty thousand pounds a year.
TOMAS BERG: We will review the late crossing after Easter.
"""

WITHDRAWN = "<html><body><p>The operator will sell both ferries next year, a source said.</p></body></html>"

ARTICLE = """\
Ferries stay on winter hours

Tomas Berg said: “We are keeping the early crossing because nurses and teachers depend on it.”

Councillor Joan Fry told the meeting: “The late crossing costs the council forty thousand pounds a year.”

A source said: “The operator will sell both ferries next year.”
"""


def write_warc(path: Path, records: list[dict[str, Any]], compress: bool) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        for r in records:
            http = None
            if "status" in r:
                http = StatusAndHeaders(r["status"], r.get("headers", []), protocol="HTTP/1.1")
            record = writer.create_warc_record(
                r["url"],
                r.get("type", "response"),
                payload=io.BytesIO(r.get("body", b"")),
                http_headers=http,
                warc_content_type=r.get("warc_content_type"),
                warc_headers_dict={"WARC-Date": r["date"]},
            )
            writer.write_record(record)
    return path


def crawl(path: Path, compress: bool = True) -> Path:
    html = [("Content-Type", "text/html; charset=utf-8")]
    return write_warc(
        path,
        [
            {"url": PAGE_URL, "type": "request", "body": b"GET /2026/03/ferry-timetable HTTP/1.1\r\n\r\n",
             "date": "2026-03-03T09:15:00Z", "warc_content_type": "application/http; msgtype=request"},
            {"url": PAGE_URL, "status": "200 OK", "headers": html, "body": PAGE.encode("utf-8"),
             "date": "2026-03-03T09:15:02Z"},
            {"url": "https://news.example.org/logo.png", "status": "200 OK",
             "headers": [("Content-Type", "image/png")], "body": b"\x89PNG\r\n\x1a\n" + b"\0" * 64,
             "date": "2026-03-03T09:15:03Z"},
            {"url": "https://news.example.org/old", "status": "301 Moved Permanently",
             "headers": [("Location", PAGE_URL), ("Content-Type", "text/html")],
             "body": b"<p>The operator will sell both ferries next year.</p>", "date": "2026-03-03T09:15:04Z"},
            {"url": GONE_URL, "status": "404 Not Found", "headers": html, "body": WITHDRAWN.encode(),
             "date": "2026-03-03T09:15:05Z"},
            {"url": TRANSCRIPT_URL, "status": "200 OK",
             "headers": [("Content-Type", "text/plain; charset=utf-8"), ("Content-Encoding", "gzip")],
             "body": gzip.compress(TRANSCRIPT.encode("utf-8")), "date": "2026-03-02T18:40:00Z"},
        ],
        compress,
    )  # fmt: skip


def quotes(run: Run, *args: str) -> tuple[dict[str, dict[str, Any]], list[dict[str, str]]]:
    result = run(*args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    data = json.loads(result.stdout)
    return {q["text"]: q for q in data["articles"][0]["quotes"]}, data["problems"]


def test_each_archived_page_is_a_source_with_its_url_and_date(tmp_path: Path, run: Run) -> None:
    article = tmp_path / "ferries.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    archive = crawl(tmp_path / "crawl.warc.gz")
    found, problems = quotes(run, str(article), "-s", str(archive))
    assert problems == []
    page = found["We are keeping the early crossing because nurses and teachers depend on it."]
    assert page["verdict"] == "exact"
    match = page["match"]
    assert match["source"] == PAGE_URL and match["kind"] == "page"
    assert match["retrieved"] == "2026-03-03T09:15:02Z"  # when it was archived
    assert match["author"] == "Priya Nair"  # the page's byline, read from its metadata
    assert len(match["snapshot"]) == 16
    # a text record, its body gzip-encoded in the archive, read as the words it holds
    spoken = found["The late crossing costs the council forty thousand pounds a year."]
    assert spoken["verdict"] == "exact" and spoken["speaker"] == "Joan Fry"
    assert spoken["match"]["source"] == TRANSCRIPT_URL
    assert spoken["match"]["retrieved"] == "2026-03-02T18:40:00Z"
    # a 404 page and a redirect are not what the URL said: their words vouch for nothing
    assert found["The operator will sell both ferries next year."]["verdict"] == "not_found"


def test_a_plain_warc_in_a_source_folder(tmp_path: Path, run: Run) -> None:
    article = tmp_path / "ferries.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    sources = tmp_path / "sources"
    sources.mkdir()
    crawl(sources / "crawl.warc", compress=False)
    found, problems = quotes(run, str(article), "-s", str(sources))
    assert problems == []
    verdicts = {text: q["verdict"] for text, q in found.items()}
    assert list(verdicts.values()) == ["exact", "exact", "not_found"]
    table = run(str(article), "-s", str(sources))
    assert f"{PAGE_URL} (Priya Nair)" in table.stdout


def test_unreadable_and_empty_archives_are_problems_not_crashes(tmp_path: Path, run: Run) -> None:
    article = tmp_path / "ferries.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(gzip.compress(b"this is not a web archive\r\n\r\n") + b"\x1f\x8b\x08garbage")
    images = write_warc(
        tmp_path / "images.warc",
        [{"url": "https://news.example.org/a.png", "status": "200 OK", "headers": [("Content-Type", "image/png")],
          "body": b"\x89PNG", "date": "2026-03-03T09:00:00Z"}],
        compress=False,
    )  # fmt: skip
    found, problems = quotes(run, str(article), "-s", str(broken), "-s", str(images))
    assert [p["source"] for p in problems] == [str(broken), str(images)]
    assert problems[0]["message"].startswith("not a readable WARC file")
    assert problems[1]["message"] == "no archived page with text in this WARC file"
    assert all(q["verdict"] == "unverified" for q in found.values())  # nothing to check against
