"""Output formats, one module each, behind ``Formatter``; ``FORMATS`` is the one list of
them (the CLI and the configuration read it). Light to import: the CLI reads ``FORMATS``
for its --help, so the formats and the model load only when a report is made."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quotecheck.report.base import Formatter

FORMATS: dict[str, str] = {
    "table": "quotecheck.report.table:TableFormat",
    "json": "quotecheck.report.json_format:JsonFormat",
    "csv": "quotecheck.report.csv_format:CsvFormat",
    "markdown": "quotecheck.report.markdown:MarkdownFormat",
    "github": "quotecheck.report.github:GithubFormat",
    "sarif": "quotecheck.report.sarif:SarifFormat",
    "gitlab": "quotecheck.report.gitlab:GitlabFormat",
}


def formatter(name: str) -> Formatter:
    """The formatter for a format name; modules load only when asked for."""
    module, _, cls = FORMATS[name].partition(":")
    made: Formatter = getattr(import_module(module), cls)()
    return made


def __getattr__(name: str) -> Any:
    if name == "Formatter":
        from quotecheck.report.base import Formatter

        return Formatter
    raise AttributeError(name)


__all__ = ["FORMATS", "Formatter", "formatter"]
