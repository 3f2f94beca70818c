"""The match index kept in the snapshot store across runs, through the library and the CLI."""

from __future__ import annotations

import json
import random
from pathlib import Path

import quotecheck
from quotecheck.match import Matcher
from quotecheck.model import Source
from quotecheck.store import Store
from tests.conftest import Run


def big_sources(folder: Path) -> None:
    """Enough text (over a million characters) for the index to be worth keeping."""
    rng = random.Random(5)
    vocab = [f"{a}{b}" for a in ("ka", "lo", "mi", "ne", "su", "ta") for b in range(200)]
    folder.mkdir()
    for i in range(3):
        words = rng.choices(vocab, k=70_000)
        (folder / f"part{i}.txt").write_text(" ".join(words) + "\n", encoding="utf-8")
    (folder / "speech.txt").write_text(
        "The river will be clean again by the end of the decade.\n", encoding="utf-8"
    )


def test_second_run_reuses_the_index_from_the_store(tmp_path: Path, run: Run) -> None:
    sources = tmp_path / "sources"
    big_sources(sources)
    article = tmp_path / "story.txt"
    article.write_text(
        "“The river will be clean again by the end of the decade,” said Ann Lee.\n", encoding="utf-8"
    )
    store = tmp_path / "store"
    first = run(str(article), "-s", str(sources), "--store", str(store), "-f", "json")
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["articles"][0]["quotes"][0]["verdict"] == "exact"
    db = Store(store)
    count = db.db.execute("SELECT COUNT(*) FROM cache WHERE namespace = 'seed-v1-corpus'").fetchone()[0]
    db.close()
    assert count == 1
    again = quotecheck.check([article], sources=[sources], store=store)
    assert [r.verdict.value for r in again.results() if r.verdict] == ["exact"]
    db = Store(store)
    assert db.db.execute("SELECT COUNT(*) FROM cache WHERE namespace = 'seed-v1-corpus'").fetchone()[0] == 1
    db.close()


def test_small_sources_leave_no_store_behind(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    matcher = Matcher([Source("a.txt", "document", "Short text about the harbour.")], store=store)
    assert matcher.locate("about the harbour") is not None
    assert not (tmp_path / "store").exists()


def test_changed_sources_do_not_pile_up_whole_corpus_indexes(tmp_path: Path) -> None:
    from quotecheck.match.index import CORPUS_INDEXES_KEPT

    sources = tmp_path / "sources"
    big_sources(sources)
    article = tmp_path / "story.txt"
    article.write_text("“The river will be clean again by the end of the decade,” said Ann Lee.\n")
    store = tmp_path / "store"
    for edit in range(CORPUS_INDEXES_KEPT + 2):
        (sources / "speech.txt").write_text(
            f"Note {edit}. The river will be clean again by the end of the decade.\n", encoding="utf-8"
        )
        report = quotecheck.check([article], sources=[sources], store=store)
        assert [r.verdict.value for r in report.results() if r.verdict] == ["exact"]
    db = Store(store)
    count = db.db.execute("SELECT COUNT(*) FROM cache WHERE namespace = 'seed-v1-corpus'").fetchone()[0]
    db.close()
    assert count == CORPUS_INDEXES_KEPT
