"""The JSON Schema of the JSON report: shipped in the package, and the one every JSON report
the tests render is checked against (tests/conftest.py). Here: that the check bites."""

from __future__ import annotations

import copy
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

from quotecheck.report import SCHEMA_FILE, json_schema
from tests.conftest import Run

ROOT = Path(__file__).resolve().parent.parent


def test_schema_is_valid_and_shipped_as_package_data() -> None:
    from jsonschema import Draft202012Validator

    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    package = ROOT / "src" / "quotecheck"
    shipped = {p for pattern in patterns["quotecheck"] for p in package.glob(pattern)}
    assert package / "report" / SCHEMA_FILE in shipped
    templates = set((package / "report" / "templates").iterdir())
    assert templates and templates <= shipped  # the html format's template, style and script


def test_reports_made_through_the_cli_are_checked(
    harbour: tuple[Path, Path], run: Run, json_reports_follow_the_schema: list[str]
) -> None:
    article, sources = harbour
    text = article.read_text(encoding="utf-8").replace("4 million", "5 million")
    article.write_text(text + "\n“Ferries stop at nine,” a spokesperson said.\n", encoding="utf-8")
    result = run(str(article), "-s", str(sources), "-s", str(sources / "missing.txt"), "-f", "json")
    assert result.exit_code == 2  # a missing source is bad input, before any report
    result = run(str(article), "-s", str(sources), "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    verdicts = [q["verdict"] for q in data["articles"][0]["quotes"]]
    assert verdicts == ["exact", "altered", "not_found"]
    assert any("quote_start" in f for q in data["articles"][0]["quotes"] for f in q["findings"])
    assert json_reports_follow_the_schema == [""]  # one report rendered, and it was valid


def broken(report: dict[str, Any], change: str) -> dict[str, Any]:
    bad = copy.deepcopy(report)
    quote = bad["articles"][0]["quotes"][0]
    if change == "dropped":
        del quote["verdict"]
    elif change == "renamed":
        quote["speaker_name"] = quote.pop("speaker")
    elif change == "unknown verdict":
        quote["verdict"] = "mostly_fine"
    elif change == "bad level":
        quote["findings"] = [{"code": "wording_changed", "level": "suggestion", "message": "m"}]
    elif change == "undocumented field":
        quote["match"]["confidence"] = 0.5
    elif change == "negative offset":
        quote["start"] = -1
    return bad


@pytest.mark.parametrize(
    "change", ["dropped", "renamed", "unknown verdict", "bad level", "undocumented field", "negative offset"]
)
def test_the_check_rejects_a_report_that_breaks_the_contract(
    harbour: tuple[Path, Path], run: Run, report_validator: Any, change: str
) -> None:
    article, sources = harbour
    report = json.loads(run(str(article), "-s", str(sources), "-f", "json").stdout)
    assert not list(report_validator.iter_errors(report))
    assert list(report_validator.iter_errors(broken(report, change)))


def test_the_published_schema_lets_later_versions_add_fields(harbour: tuple[Path, Path], run: Run) -> None:
    """Consumers validating with the shipped schema keep working when fields are added."""
    from jsonschema import Draft202012Validator

    article, sources = harbour
    report = json.loads(run(str(article), "-s", str(sources), "-f", "json").stdout)
    report["articles"][0]["quotes"][0]["match"]["confidence"] = 0.5
    report["generated"] = "2026-12-05T10:00:00Z"
    assert not list(Draft202012Validator(json_schema()).iter_errors(report))
