"""Sources: where the original words are. One module per kind, behind ``SourceProvider``."""

from quotecheck.sources.base import SourceProvider, gather
from quotecheck.sources.files import FileSources

__all__ = ["FileSources", "SourceProvider", "gather"]
