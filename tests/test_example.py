"""The bundled example the README runs: Bridenstine's post on Chang'e 4."""

from __future__ import annotations

from pathlib import Path

import quotecheck

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
