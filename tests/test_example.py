"""The bundled example the README runs: Bridenstine's post on Chang'e 4."""

from __future__ import annotations

import json
from pathlib import Path

import quotecheck
from tests.conftest import Run

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "change4"


def test_bridenstine_quote_found_with_its_small_difference_explained() -> None:
    report = quotecheck.check([EXAMPLE / "article.txt"], sources=[EXAMPLE / "sources"])
    results = [r for r in report.results() if r.quote.speaker == "Jim Bridenstine"]
    assert len(results) == 1
    result = results[0]
    assert result.quote.text.startswith("Congratulations to China’s Chang’e-4 team")
    assert result.verdict is not None and result.verdict.value == "equivalent"
    assert result.match is not None
    assert result.match.source.handle == "@JimBridenstine"
    assert result.match.text.startswith("Congratulations to China’s Chang’e 4 team")
    messages = [f.message for f in result.findings]
    assert any("Chang’e-4" in m and "Chang’e 4" in m for m in messages), messages


def test_the_readme_command_passes_and_the_teasers_stay_out(run: Run) -> None:
    """The page was saved with its "Keep Reading / Most Popular" teasers: they are not the
    story, so their quote of someone else is not checked and the README's command exits 0."""
    args = [str(EXAMPLE / "article.txt"), "--source", str(EXAMPLE / "sources")]
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    quotes = json.loads(result.output)["articles"][0]["quotes"]
    assert [(q["speaker"], q["verdict"]) for q in quotes] == [("Jim Bridenstine", "equivalent")]
    assert [f["code"] for f in quotes[0]["findings"]] == ["punctuation_changed"]
    whole = run(*args, "--whole-page", "--format", "json")
    assert whole.exit_code == 1  # the teaser's quote, read with --whole-page, has no source
    assert any(q["verdict"] == "not_found" for q in json.loads(whole.output)["articles"][0]["quotes"])
