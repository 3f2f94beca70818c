"""Output formats, one module each, behind ``Formatter``; ``FORMATS`` is the one list of
them (the CLI and the configuration read it). Light to import: the CLI reads ``FORMATS``
for its --help, so the formats and the model load only when a report is made."""

from __future__ import annotations

from importlib import import_module, resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quotecheck.report.base import Formatter, Terminal

FORMATS: dict[str, str] = {
    "table": "quotecheck.report.table:TableFormat",
    "json": "quotecheck.report.json_format:JsonFormat",
    "csv": "quotecheck.report.csv_format:CsvFormat",
    "markdown": "quotecheck.report.markdown:MarkdownFormat",
    "github": "quotecheck.report.github:GithubFormat",
    "sarif": "quotecheck.report.sarif:SarifFormat",
    "gitlab": "quotecheck.report.gitlab:GitlabFormat",
    "html": "quotecheck.report.html:HtmlFormat",
}


def formatter(name: str, terminal: Terminal | None = None) -> Formatter:
    """The formatter for a format name; modules load only when asked for."""
    module, _, cls = FORMATS[name].partition(":")
    made: Formatter = getattr(import_module(module), cls)(terminal)
    return made


SCHEMA_FILE = "report.schema.json"
"""The JSON Schema of the JSON report, shipped beside this module."""


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every JSON report follows."""
    import json

    schema: dict[str, Any] = json.loads(resources.files(__name__).joinpath(SCHEMA_FILE).read_text("utf-8"))
    return schema


def __getattr__(name: str) -> Any:
    if name in ("Formatter", "Terminal"):
        from quotecheck.report import base

        return getattr(base, name)
    raise AttributeError(name)


__all__ = ["FORMATS", "SCHEMA_FILE", "Formatter", "Terminal", "formatter", "json_schema"]
