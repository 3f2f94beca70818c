"""Moved to :mod:`quotecheck.newsroom.baseline`; kept so that imports written before the
move (report formats, scripts) keep working."""

from quotecheck.newsroom.baseline import (
    apply_baseline,
    display_path,
    fingerprint_of,
    fingerprints,
    read_baseline,
    write_baseline,
)

__all__ = [
    "apply_baseline",
    "display_path",
    "fingerprint_of",
    "fingerprints",
    "read_baseline",
    "write_baseline",
]
