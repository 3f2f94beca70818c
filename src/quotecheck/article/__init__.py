"""Reading drafts: plain text, Markdown and HTML pages, each to a Document whose prose maps
back into the file.

``load_document(path)`` reads a file; ``document_from_text(text, path, kind)`` reads text
already in memory. Of a saved page only the article body is read (``whole_page=True``
reads everything); Markdown code and a page's embedded posts are never the article's
quotes.
"""

from __future__ import annotations

from quotecheck.article.document import Document
from quotecheck.article.reading import (
    MAX_ARTICLE_BYTES,
    STDIN_FORMATS,
    document_from_text,
    kind_of,
    load_document,
    read_bytes,
)
from quotecheck.model import Embed

__all__ = [
    "MAX_ARTICLE_BYTES",
    "STDIN_FORMATS",
    "Document",
    "Embed",
    "document_from_text",
    "kind_of",
    "load_document",
    "read_bytes",
]
