"""Dead links, read from the Wayback Machine: the last copy of a gone page from before the
article's date.

A page that answers 404 or 410, or whose host name no longer resolves, leaves its quotes
with nothing to check against. The Internet Archive has often kept it. Two requests, both
through ``safe_http.get`` like every fetch:

1. the CDX index (``/cdx/search/cdx?url=…&output=json&to=YYYYMMDD&limit=-1&filter=statuscode:200``):
   the last capture that answered 200, up to the article's date (any date when the
   article has none);
2. the capture itself, as first recorded (``/web/TIMESTAMPid_/URL``: the ``id_`` form
   gives the original bytes, without the archive's toolbar and rewritten links).

The copy is kept in the store under its archive address (the one a reader opens), with
the live address, why it is gone and the capture time in its meta; a cache record ties the
live address to it, so offline runs use it too. ``[fetch] wayback = false`` or
``--no-wayback`` turns this off; ``--offline`` never asks the archive.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from quotecheck.sources.provenance import WAYBACK, capture_time
from quotecheck.sources.safe_http import DEFAULT_LIMITS, FetchError, FetchLimits, get
from quotecheck.store import Snapshot

if TYPE_CHECKING:
    import requests

    from quotecheck.sources.safe_http import Fetched

CDX = "https://web.archive.org/cdx/search/cdx"
ARCHIVE = "https://web.archive.org/web/"
CACHE = "wayback"
"""Cache namespace: live address → the archived copy used for it (or why there is none)."""


@dataclass(frozen=True)
class NoCopy:
    """Why the archive gave no copy; ``definite`` when it answered that it has none (worth
    remembering), rather than failing to answer (worth asking again next run)."""

    reason: str
    definite: bool = False


@dataclass(frozen=True)
class Capture:
    """One capture of ``original`` in the Wayback Machine."""

    timestamp: str
    original: str

    @property
    def page(self) -> str:
        """The copy's address as a reader opens it (and as the report names it)."""
        return f"{ARCHIVE}{self.timestamp}/{self.original}"

    @property
    def raw(self) -> str:
        """The copy's original bytes: no archive toolbar, no rewritten links."""
        return f"{ARCHIVE}{self.timestamp}id_/{self.original}"

    @property
    def when(self) -> str:
        return capture_time(self.timestamp)


def cdx_query(url: str, before: date | None) -> str:
    """The CDX request for the last capture of ``url`` that answered 200, up to ``before``
    (inclusive: the whole day)."""
    params = [("url", url), ("output", "json")]
    if before is not None:
        params.append(("to", before.strftime("%Y%m%d")))
    params += [("limit", "-1"), ("filter", "statuscode:200")]
    return f"{CDX}?{urlencode(params)}"


def parse_cdx(body: bytes) -> Capture | None:
    """The last capture in a CDX JSON answer (a header row, then one row per capture);
    None when there is none. ValueError when the answer is not of that shape."""
    text = body.decode("utf-8", "replace").strip()
    if not text:
        return None
    rows = json.loads(text)
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise ValueError("not a list of rows")
    rows = [r for r in rows if r]  # an empty row stands before a resumption key
    if len(rows) < 2:
        return None
    header = [str(h) for h in rows[0]]
    if "timestamp" not in header or "original" not in header:
        raise ValueError("no timestamp and original columns")
    at, orig = header.index("timestamp"), header.index("original")
    captures = [
        Capture(str(r[at]), str(r[orig])) for r in rows[1:] if len(r) > max(at, orig) and str(r[at]).isdigit()
    ]
    return max(captures, key=lambda c: c.timestamp) if captures else None


def is_textual(content_type: str) -> bool:
    from quotecheck.sources.web import is_textual as textual

    return textual(content_type)


def closest_copy(
    url: str,
    before: date | None,
    limits: FetchLimits = DEFAULT_LIMITS,
    session: requests.Session | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[Capture, Fetched] | NoCopy:
    """The last copy of ``url`` up to ``before`` and its bytes, or why there is none (a
    sentence for the report). Never raises for what the archive answers."""
    try:
        answer = get(cdx_query(url, before), limits, session, sleep, accept="application/json")
    except FetchError as exc:
        return NoCopy(f"the Wayback Machine could not be asked ({exc})")
    try:
        capture = parse_cdx(answer.body)
    except (ValueError, UnicodeError):
        return NoCopy("the Wayback Machine's index answered something other than its JSON")
    if capture is None:
        since = f" up to {before.isoformat()}" if before is not None else ""
        return NoCopy(f"no copy in the Wayback Machine{since}", definite=True)
    try:
        fetched = get(capture.raw, limits, session, sleep, textual=is_textual)
    except FetchError as exc:
        return NoCopy(f"the Wayback Machine's copy of {capture.when} could not be had ({exc})")
    return capture, fetched


def archived_snapshot(url: str, capture: Capture, fetched: Fetched, why_gone: str) -> Snapshot:
    """The copy as a page snapshot named by its archive address, its meta saying what it
    stands in for (see ``provenance``)."""
    from quotecheck.sources.web import page_snapshot

    snapshot = page_snapshot(fetched)
    meta: dict[str, Any] = {
        **snapshot.meta,
        "via": WAYBACK,
        "archive_of": url,
        "captured": capture.timestamp,
        "live": why_gone,
    }
    return replace(snapshot, locator=capture.page, meta=meta)
