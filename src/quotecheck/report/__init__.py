"""Output formats, one module each, behind ``Formatter``; ``FORMATS`` names them for the CLI."""

from __future__ import annotations

from importlib import import_module

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


__all__ = ["FORMATS", "Formatter", "Terminal", "formatter"]
