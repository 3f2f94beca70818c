"""Shared fixtures: articles and sources written for the tests, and a CLI runner."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from quotecheck.cli import app

HARBOUR_SOURCE = """\
Transcript of the harbour board meeting, 4 March 2026

MAYOR ALICE GRANT: We will not close the harbour this winter. The fishing fleet depends on it.

COUNCILLOR BEN OKAFOR: The repairs will cost about 4 million pounds, and the work starts in May.
"""

HARBOUR_ARTICLE = """\
Harbour stays open

Mayor Alice Grant said on Tuesday: “We will not close the harbour this winter.”

“The repairs will cost about 4 million pounds,” said Ben Okafor, a councillor.
"""


@pytest.fixture
def harbour(tmp_path: Path) -> tuple[Path, Path]:
    """An article with two faithful quotes and a folder with the meeting transcript."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "meeting.txt").write_text(HARBOUR_SOURCE, encoding="utf-8")
    article = tmp_path / "harbour.txt"
    article.write_text(HARBOUR_ARTICLE, encoding="utf-8")
    return article, sources


Run = Callable[..., Any]


@pytest.fixture
def run() -> Run:
    """Invoke the CLI in-process; returns the click Result."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None) -> Any:
        return runner.invoke(app, list(args), input=input, prog_name="quotecheck")

    return invoke


@pytest.fixture
def run_json(run: Run) -> Callable[..., dict[str, Any]]:
    def invoke(*args: str) -> dict[str, Any]:
        result = run(*args, "--format", "json")
        assert result.exit_code in (0, 1), result.output
        data: dict[str, Any] = json.loads(result.stdout)
        return data

    return invoke
