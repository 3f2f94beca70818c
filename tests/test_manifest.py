"""The manifest of source files: a warm run's sources are the ones a fresh read gives."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from quotecheck.model import Source, SourceProblem
from quotecheck.progress import Progress
from quotecheck.sources import FileSources, gather
from quotecheck.sources.manifest import FileSource
from quotecheck.store import Store
from tests.test_sources_files import VTT

POSTS = {
    "data": [
        {"id": "21", "text": "The night ferry returns in June.", "author_id": "5"},
        {"id": "22", "text": "Tickets go on sale on Monday.", "author_id": "5"},
    ],
    "includes": {"users": [{"id": "5", "name": "Harbour Board", "username": "HarbourBoard"}]},
    "errors": [{"resource_id": "23", "title": "Not Found Error", "detail": "Could not find tweet."}],
}


def mixed_folder(root: Path) -> Path:
    """One file of every kind, and enough text for the manifest to be kept."""
    folder = root / "sources"
    folder.mkdir()
    (folder / "hearing.txt").write_text(
        "CHAIR ANN LEE: The board will hear the port.\n\nTOM WEBB: The dredging ends in May.\n",
        encoding="utf-8",
    )
    (folder / "meeting.vtt").write_text(VTT, encoding="utf-8")
    (folder / "memo.md").write_text(
        "---\nauthor: Ben Okafor\ndate: 2026-03-01\nurl: https://example.org/memo\n---\nThe quay reopens.\n",
        encoding="utf-8",
    )
    (folder / "posts.json").write_text(json.dumps(POSTS), encoding="utf-8")
    (folder / "page.html").write_text(
        "<html><head><title>Port news</title></head><body><article><p>"
        + "The harbour master said the new cranes arrive in spring and will double the capacity. " * 5
        + "</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "binary.txt").write_bytes(b"\xff\xfe\x00not utf-8")
    sub = folder / "more"
    sub.mkdir()
    (sub / "filler.txt").write_text("words of a long archive, " * 45_000, encoding="utf-8")
    return folder


def described(items: list[Source | SourceProblem]) -> list[object]:
    out: list[object] = []
    for item in items:
        if isinstance(item, SourceProblem):
            out.append(item)
        else:
            out.append({f.name: getattr(item, f.name) for f in dataclasses.fields(Source)})
    return out


def test_sources_from_the_manifest_are_the_sources_a_fresh_read_gives(tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    fresh = list(FileSources([str(folder)]).collect())
    assert not any(isinstance(s, FileSource) for s in fresh)
    store = Store(tmp_path / "store")
    cold = list(FileSources([str(folder)], store=store).collect())
    warm = list(FileSources([str(folder)], store=store).collect())
    assert all(isinstance(s, FileSource | SourceProblem) for s in warm)
    assert [s.locator for s in warm] == [s.locator for s in fresh]
    posts = [s for s in warm if isinstance(s, FileSource) and s.path.endswith("posts.json")]
    assert [p.part for p in posts] == [0, 1]
    assert "text" not in vars(posts[1])  # not read until asked for
    assert described(warm) == described(fresh) == described(cold)
    assert store.db.execute("SELECT COUNT(*) FROM files").fetchone() == (7,)


def test_a_file_changed_after_the_manifest_was_read_is_a_clear_error(tmp_path: Path) -> None:
    from quotecheck.errors import QuotecheckError

    folder = mixed_folder(tmp_path)
    store = Store(tmp_path / "store")
    list(FileSources([str(folder)], store=store).collect())
    sources, _ = gather([FileSources([str(folder)], store=store)])
    (folder / "hearing.txt").write_text("Something else entirely.\n", encoding="utf-8")
    hearing = next(s for s in sources if s.locator.endswith("hearing.txt"))
    with pytest.raises(QuotecheckError, match=r"hearing\.txt: changed while being checked; run again"):
        hearing.text  # noqa: B018


def test_progress_is_off_unless_asked_for_on_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import time

    assert not Progress.for_terminal(quiet=True).enabled
    assert not Progress.for_terminal(quiet=False).enabled  # pytest's stderr is no terminal
    with Progress(True).task("reading sources", 1000) as advance:  # too small to show
        advance(1000)
    screen = io.StringIO()
    with Progress(True, min_total=0, stream=screen).task("indexing sources", 100) as advance:
        for _ in range(4):
            time.sleep(0.11)
            advance(25)
    drawn = screen.getvalue()
    assert "quotecheck: indexing sources" in drawn and "100%" in drawn
    assert capsys.readouterr().err == ""


def test_the_same_files_from_another_folder_are_named_by_the_path_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = mixed_folder(tmp_path)
    store = Store(tmp_path / "store")
    monkeypatch.chdir(tmp_path)
    list(FileSources(["sources"], store=store).collect())
    monkeypatch.chdir(folder)
    warm = list(FileSources(["."], store=store).collect())
    assert all(isinstance(s, FileSource | SourceProblem) for s in warm)
    fresh = list(FileSources(["."]).collect())
    assert described(warm) == described(fresh)
    assert "posts.json#https://x.com/i/status/22" in [s.locator for s in warm]
    assert "more/filler.txt" in [s.locator for s in warm]
    assert "https://example.org/memo" in [s.locator for s in warm]


def test_a_saved_page_is_extracted_once_then_its_text_comes_from_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Extracting a page's main text is slow: the first run keeps it, later runs reuse it
    (for indexing and for the quote's window), never extracting again."""
    import quotecheck
    from quotecheck.sources import html_text

    folder = mixed_folder(tmp_path)
    calls: list[str] = []
    original = html_text.page_text

    def counting(html: str) -> html_text.PageText:
        calls.append(html[:20])
        return original(html)

    monkeypatch.setattr(html_text, "page_text", counting)
    article = tmp_path / "story.txt"
    article.write_text(
        "“The new cranes arrive in spring and will double the capacity,” the harbour master said.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    for expected_calls in (1, 1):
        report = quotecheck.check([article], sources=[folder], store=store)
        [result] = list(report.results())
        assert result.match is not None and result.match.source.locator.endswith("page.html")
        assert len(calls) == expected_calls
