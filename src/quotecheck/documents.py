"""Reading articles: kept for code written before the ``quotecheck.article`` package, which
now holds the readers (plain text, Markdown, HTML pages). Import from there."""

from __future__ import annotations

from quotecheck.article.document import Document, line_starts_of
from quotecheck.article.reading import (
    MAX_ARTICLE_BYTES,
    capped,
    decode_article,
    document_from_text,
    kind_of,
    load_document,
    read_bytes,
)
from quotecheck.model import Embed

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Document",
    "Embed",
    "capped",
    "decode_article",
    "document_from_text",
    "kind_of",
    "line_starts_of",
    "load_document",
    "read_bytes",
]
