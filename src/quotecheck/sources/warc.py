"""Web archives as sources: a WARC file (``.warc``, ``.warc.gz``) holds pages as a crawler,
a newsroom's archiving tool or the Wayback Machine saved them. Each archived response is
one source, named by its URL and dated by when it was archived (``WARC-Date``); pages are
read for their main text as fetched pages are.

warcio does the reading (record framing, gzip members, chunked and compressed HTTP
bodies); it is imported here only, when a WARC file is among the sources.
"""

from __future__ import annotations

import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any

from quotecheck.model import Source, SourceProblem

MAX_RECORD_BYTES = 5 * 1024 * 1024
"""The same cap as a page fetched over the network: an archived video is no source."""


def warc_sources(path: Path) -> list[Source | SourceProblem]:
    """One source per archived response with text (a 2xx HTML or text page), in the order
    archived; a WARC file with none, or one that cannot be read, is a problem."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found: list[Source | SourceProblem] = []
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                item = record_source(path, record)
                if item is not None:
                    found.append(item)
    except OSError as exc:
        why = exc.strerror or str(exc)
        return [*found, SourceProblem(str(path), f"cannot read ({why})")]
    except (ArchiveLoadFailed, ValueError, EOFError, zlib.error) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return [*found, SourceProblem(str(path), f"not a readable WARC file ({first})")]
    if not any(isinstance(item, Source) for item in found):
        found.append(SourceProblem(str(path), "no archived page with text in this WARC file"))
    return found


def record_source(path: Path, record: Any) -> Source | SourceProblem | None:
    """The source in one record, a problem, or None for a record that holds no page text
    (requests, metadata, redirects, errors, images, scripts)."""
    from quotecheck.sources.snapshots import source_of
    from quotecheck.sources.web import TEXTUAL, Fetched, page_snapshot

    if record.rec_type == "response":
        http = record.http_headers
        if http is None:  # a dns: or other non-HTTP response
            return None
        status = int(http.get_statuscode() or 0)
        if not 200 <= status < 300:
            return None
        content_type = http.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        status, content_type = 200, record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if not TEXTUAL.match(content_type):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    body = record.content_stream().read(MAX_RECORD_BYTES + 1)
    if len(body) > MAX_RECORD_BYTES:
        return SourceProblem(
            f"{url} in {path}", f"archived page larger than {MAX_RECORD_BYTES:,} bytes, skipped"
        )
    snapshot = page_snapshot(Fetched(url, url, status, content_type, body))
    if not snapshot.text.strip():
        return None
    archived = record.rec_headers.get_header("WARC-Date")
    meta = {
        **snapshot.meta,
        "warc": str(path),
        "warc_record": record.rec_headers.get_header("WARC-Record-ID"),
    }
    return source_of(replace(snapshot, retrieved=archived or snapshot.retrieved, meta=meta))
