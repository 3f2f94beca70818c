"""The library as a program uses it: the examples in the docstrings run, and a library
caller gets the newsroom's policy (not only suppression) from one place."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import quotecheck
import quotecheck.api
import quotecheck.newsroom
from quotecheck.model import Level, Verdict
from quotecheck.newsroom import FailOn, HouseStyle, Policy
from tests.ci_newsroom import make_newsroom

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("module", [quotecheck.api, quotecheck.newsroom])
def test_docstring_examples_run(module: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    failed, attempted = doctest.testmod(module, verbose=False)  # type: ignore[arg-type]
    assert attempted > 0 and failed == 0


def test_check_stays_backwards_compatible(tmp_path: Path) -> None:
    draft, sources = make_newsroom(tmp_path)
    report = quotecheck.check([str(draft)], sources=[str(sources)])
    verdicts = [r.verdict for r in report.results()]
    assert verdicts == [Verdict.ALTERED, Verdict.EXACT, Verdict.MISATTRIBUTED, Verdict.ALTERED]


def test_a_library_caller_gets_house_policy(tmp_path: Path) -> None:
    draft, sources = make_newsroom(tmp_path)
    house = Policy(
        house=HouseStyle(allow_filler_removal=True),
        aliases={"Sara Nunes": ("Tom Bell",)},
        levels={"number_changed": Level.WARNING},
        fail_on=FailOn.parse("error"),
    )
    outcome = quotecheck.assess([str(draft)], sources=[str(sources)], policy=house)
    verdicts = [r.verdict for r in outcome.report.results()]
    # the dropped "um" is allowed; the alias forgives the misattribution; a changed number is
    # only a warning here, so nothing reaches the error level
    assert verdicts[:3] == [Verdict.EDITED, Verdict.EXACT, Verdict.EXACT]
    number = {f.code: f.level for f in outcome.report.results()[3].findings}
    assert number["number_changed"] is Level.WARNING
    assert not outcome.failed
    # the same policy through check(): the same report
    assert quotecheck.check([str(draft)], sources=[str(sources)], policy=house) == outcome.report


def test_a_library_caller_gets_the_baseline_and_suppression(tmp_path: Path) -> None:
    from quotecheck.newsroom.baseline import write_baseline

    draft, sources = make_newsroom(tmp_path)
    first = quotecheck.assess([str(draft)], sources=[str(sources)])
    assert first.failed
    baseline = tmp_path / "baseline.json"
    write_baseline(first.report, baseline)
    again = quotecheck.assess([str(draft)], sources=[str(sources)], baseline=baseline)
    assert not again.failed
    assert all(f.ignored == "in baseline baseline.json" for r in again.report.results() for f in r.findings)
    text = draft.read_text(encoding="utf-8").replace(
        "“The reading room", '<!-- quotecheck: ignore reason="checked by phone" -->\n“The reading room'
    )
    draft.write_text(text, encoding="utf-8")
    suppressed = quotecheck.check([str(draft)], sources=[str(sources)])
    assert suppressed.results()[-1].quote.ignored == "checked by phone"


def test_the_readme_library_examples_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run as written, from the repository (the example's links are not fetched: the
    suite has no network, and the article links nowhere the example needs)."""
    import re
    import shutil

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## As a library") :]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) == 3
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QUOTECHECK_STORE", raising=False)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "examples/change4/article.txt 13 altered ['punctuation_changed']" in out
    assert "\nfails\n" in out
    *_, fetched, offline = out.splitlines()
    assert fetched == "0 kept; 0 could not be had"  # the example article links nowhere
    assert "'quotes': 1, " in offline and "'equivalent': 1" in offline
