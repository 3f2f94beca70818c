"""A large source folder across runs: the manifest of its files, the index files beside the
store, what a warm run reads, changed and touched files, failures to write, pruning."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

import quotecheck
from quotecheck.match import Matcher
from quotecheck.model import Source
from quotecheck.store import Store
from tests.conftest import Run

SPEECH = "The canal at Dunmere will run clear again within a decade, and the weirs will go.\n"
ARTICLE = "“The canal at Dunmere will run clear again within a decade,” said Ann Lee.\n"


def big_sources(folder: Path, files: int = 4, words: int = 60_000) -> None:
    """Over a million characters in a few files: enough for the manifest and the index
    files to be kept (smaller sources are read and indexed afresh each run)."""
    rng = random.Random(5)
    vocab = [f"{a}{b}" for a in ("ka", "lo", "mi", "ne", "su", "ta") for b in range(200)]
    folder.mkdir()
    for i in range(files):
        (folder / f"part{i}.txt").write_text(" ".join(rng.choices(vocab, k=words)) + "\n", encoding="utf-8")
    (folder / "speech.txt").write_text(SPEECH, encoding="utf-8")


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Path, Path, Path]:
    sources = tmp_path / "sources"
    big_sources(sources)
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return article, sources, tmp_path / "store"


def verdicts(report: quotecheck.Report) -> list[str]:
    return [r.verdict.value for r in report.results() if r.verdict]


def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The source files read from now on (their bytes, for facts or for text)."""
    from quotecheck.sources import files

    seen: list[str] = []
    original = files.read_file

    def counting(path: Path, data: bytes | None = None) -> object:
        seen.append(path.name)
        return original(path, data)

    monkeypatch.setattr(files, "read_file", counting)
    return seen


def test_a_warm_run_reads_only_the_files_where_the_quote_may_be(
    archive: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    article, sources, store = archive
    assert verdicts(quotecheck.check([article], sources=[sources], store=store)) == ["exact"]
    db = Store(store)
    assert db.db.execute("SELECT COUNT(*) FROM files").fetchone() == (5,)
    assert db.db.execute("SELECT docs FROM segments").fetchall() == [(5,)]
    assert db.db.execute("PRAGMA user_version").fetchone() == (1,)
    largest = db.db.execute(
        "SELECT MAX(LENGTH(facts)) FROM files UNION ALL SELECT MAX(LENGTH(value)) FROM cache"
    ).fetchall()
    db.close()
    assert max(n or 0 for (n,) in largest) < 2000  # the index is in files, not in SQLite rows
    assert sorted(p.suffix for p in (store / "index").iterdir()) == [".npy"] * 3
    seen = reads(monkeypatch)
    report = quotecheck.check([article], sources=[sources], store=store)
    assert verdicts(report) == ["exact"]
    assert seen == ["speech.txt"]
    match = next(iter(report.results())).match
    assert match is not None and match.source.locator == str(sources / "speech.txt")


def test_texts_read_on_demand_are_dropped_past_their_bound_and_read_again(
    archive: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A warm run holds the texts it reads up to a bound: one dropped is read again when
    asked for, the same text, and the verdicts do not change."""
    from quotecheck.sources import FileSources, manifest
    from quotecheck.sources.manifest import FileSource

    article, sources, store = archive
    second = "The ferry’s new timetable starts in June, and the night boat returns with it.\n"
    (sources / "ferry.txt").write_text("Ben Okafor said: " + second, encoding="utf-8")
    article.write_text(
        ARTICLE + "“The ferry’s new timetable starts in June,” said Ben Okafor.\n", encoding="utf-8"
    )
    held = verdicts(quotecheck.check([article], sources=[sources], store=store))
    assert held == ["exact", "exact"]

    monkeypatch.setattr(manifest, "TEXTS_READ_BYTES", 1)  # only the latest text is held
    db = Store(store)
    found = {Path(s.locator).name: s for s in FileSources([str(sources)], store=db).collect()}
    speech, ferry = found["speech.txt"], found["ferry.txt"]
    assert isinstance(speech, FileSource) and isinstance(ferry, FileSource)
    seen = reads(monkeypatch)
    assert speech.text == SPEECH and speech.text == SPEECH
    assert seen == ["speech.txt"]  # held: asked twice, read once
    assert ferry.text.endswith(second)
    assert (speech.path, speech.key) not in speech.texts_read  # dropped for the ferry's text
    assert speech.text == SPEECH
    assert seen == ["speech.txt", "ferry.txt", "speech.txt"]
    db.close()

    seen.clear()
    report = quotecheck.check([article], sources=[sources], store=store)
    assert verdicts(report) == held
    assert seen == ["speech.txt", "ferry.txt"]
    matched = [r.match.text for r in report.results() if r.match]  # the speech's text read again
    assert matched == [
        "The canal at Dunmere will run clear again within a decade",
        "The ferry’s new timetable starts in June",
    ]
    assert seen == ["speech.txt", "ferry.txt", "speech.txt", "ferry.txt"]


def test_a_changed_file_is_read_again_and_a_touched_one_is_not(
    archive: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    article, sources, store = archive
    quotecheck.check([article], sources=[sources], store=store)
    (sources / "speech.txt").write_text("Ann Lee spoke. " + SPEECH.replace("decade", "century"))
    part = sources / "part1.txt"
    os.utime(part, ns=(part.stat().st_atime_ns, part.stat().st_mtime_ns + 10**9))
    seen = reads(monkeypatch)
    report = quotecheck.check([article], sources=[sources], store=store)
    assert verdicts(report) == ["altered"]
    # facts of the changed file and of the touched one (hashed: same bytes), then the text
    # of the changed file to index it and to align the quote
    assert sorted(set(seen)) == ["part1.txt", "speech.txt"]
    assert seen.count("part1.txt") == 1
    db = Store(store)
    assert sorted(db.db.execute("SELECT docs FROM segments").fetchall()) == [(1,), (5,)]
    db.close()


def test_changed_sources_never_pile_up_index_files(archive: tuple[Path, Path, Path]) -> None:
    from quotecheck.match.segments import MAX_SEGMENTS

    article, sources, store = archive
    for edit in range(MAX_SEGMENTS + 2):
        (sources / f"part{edit % 4}.txt").write_text(f"Note {edit}. " * 20_000, encoding="utf-8")
        report = quotecheck.check([article], sources=[sources], store=store)
        assert verdicts(report) == ["exact"]
        db = Store(store)
        keys = [k for (k,) in db.db.execute("SELECT key FROM segments")]
        db.close()
        assert 1 <= len(keys) <= MAX_SEGMENTS
        on_disk = {p.name.split(".")[0] for p in (store / "index").iterdir()}
        assert on_disk == set(keys)  # replaced segments are deleted with their rows


def test_an_index_that_cannot_be_recorded_is_still_used(
    archive: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk or a lock while recording the index loses the cache, never the check."""
    from quotecheck.match import segments
    from quotecheck.store import StoreUnavailable

    article, sources, store = archive
    built: list[int] = []
    original = segments.build_segment

    def build(*args: object, **kwargs: object) -> segments.Segment:
        built.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    def full(self: segments.Catalog, segment: segments.Segment) -> None:
        raise StoreUnavailable("database or disk is full")

    monkeypatch.setattr(segments, "build_segment", build)
    monkeypatch.setattr(segments.Catalog, "record", full)
    assert verdicts(quotecheck.check([article], sources=[sources], store=store)) == ["exact"]
    assert built == [1]
    # an index folder that cannot be written (a file in its way): a temporary one serves
    blocker = store.parent / "blocker"
    blocker.write_text("in the way", encoding="utf-8")
    monkeypatch.setattr(Store, "index_dir", property(lambda self: blocker / "index"))
    assert verdicts(quotecheck.check([article], sources=[sources], store=store)) == ["exact"]
    assert built == [1, 1, 1]  # tried in the blocked folder, then built in a temporary one


def test_workers_build_the_same_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two processes hashing and merging give the index one process gives."""
    from quotecheck.match import segments
    from quotecheck.match.index import SeedIndex, seeds
    from quotecheck.sources import FileSources, gather, manifest

    folder = tmp_path / "sources"
    big_sources(folder, files=6, words=40_000)
    sources_one, _ = gather([FileSources([str(folder)], store=Store(tmp_path / "a"))])
    one = segments.open_index(sources_one, Store(tmp_path / "a"))
    monkeypatch.setattr(segments, "PARALLEL_MIN_CHARS", 0)
    monkeypatch.setattr(segments, "RUN_CHARS", 200_000)
    monkeypatch.setattr(manifest, "PARALLEL_MIN_BYTES", 0)
    sources_two, _ = gather([FileSources([str(folder)], store=Store(tmp_path / "b"))])
    two = segments.open_index(sources_two, Store(tmp_path / "b"))
    texts = [s.text for s in sources_one]
    memory = SeedIndex.build(texts)
    for seed in seeds(texts[3])[0][:200].tolist():
        expected = sorted(memory.postings(seed).tolist())
        assert sorted(one.postings(seed).tolist()) == expected
        assert sorted(two.postings(seed).tolist()) == expected


def test_small_sources_leave_no_store_behind(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    matcher = Matcher([Source("a.txt", "document", "Short text about the harbour.")], store=store)
    assert matcher.locate("about the harbour") is not None
    assert not (tmp_path / "store").exists()
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "a.txt").write_text("Short text about the harbour.\n", encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text("“Short text about the harbour,” she said.\n", encoding="utf-8")
    quotecheck.check([article], sources=[folder], store=tmp_path / "store")
    assert not (tmp_path / "store").exists()


def test_store_info_and_prune(archive: tuple[Path, Path, Path], run: Run) -> None:
    article, sources, store = archive
    first = run(str(article), "-s", str(sources), "--store", str(store), "-f", "json")
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["articles"][0]["quotes"][0]["verdict"] == "exact"
    (sources / "part3.txt").unlink()
    stray = store / "index" / "build-deadbeef-x"
    stray.mkdir()
    os.utime(stray, (0, 0))
    info = run("store", "info", "--store", str(store))
    assert info.exit_code == 0, info.output
    assert "source files in the manifest  5" in info.stdout
    assert "manifest entries of files gone" in info.stdout and "index files no segment owns" in info.stdout
    dry = run("store", "prune", "--store", str(store), "--dry-run")
    assert dry.exit_code == 0 and dry.stdout.startswith(
        "would drop 1 manifest entries, 0 index segments, 1 stray"
    )
    assert stray.exists()
    done = run("store", "prune", "--store", str(store), "--unused-days", "0")
    assert done.exit_code == 0 and done.stdout.startswith(
        "dropped 1 manifest entries, 1 index segments, 1 stray"
    )
    assert not stray.exists() and list((store / "index").iterdir()) == []
    again = run(str(article), "-s", str(sources), "--store", str(store), "-f", "json")
    assert json.loads(again.stdout)["articles"][0]["quotes"][0]["verdict"] == "exact"
    missing = run("store", "info", "--store", str(store / "nowhere"))
    assert missing.exit_code == 2 and "no snapshot store here" in missing.stderr


@pytest.mark.parametrize("entries", [1_000_000, 2_000, 20])
def test_any_partitioning_of_the_merge_gives_the_same_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entries: int
) -> None:
    """Partitions are a build detail (4 to 12 bits of the seed): the files are the same."""
    from quotecheck.match import segments
    from quotecheck.match.index import SeedIndex, seeds
    from tests.test_match import synthetic_corpus

    monkeypatch.setattr(segments, "PARTITION_ENTRIES", entries)
    monkeypatch.setattr(segments, "RUN_CHARS", 50_000)
    texts = synthetic_corpus(12, 4000)
    sources = [Source(f"d{i}.txt", "document", t) for i, t in enumerate(texts)]
    built = segments.open_index(sources, Store(tmp_path / "store"))
    memory = SeedIndex.build(texts)
    [part] = memory.parts
    [mapped] = built.parts
    assert part.bucket_offsets.tolist() == mapped.bucket_offsets.tolist()
    assert part.low[:].tolist() == mapped.low[:].tolist() and part.pos[:].tolist() == mapped.pos[:].tolist()
    for seed in seeds(texts[7])[0][:50].tolist():
        assert built.postings(seed).tolist() == memory.postings(seed).tolist()


def test_small_changes_never_rebuild_the_large_segment(archive: tuple[Path, Path, Path]) -> None:
    """Edits pile up small segments; past MAX_SEGMENTS they are merged, the big one stays."""
    from quotecheck.match.segments import MAX_SEGMENTS

    article, sources, store = archive
    quotecheck.check([article], sources=[sources], store=store)
    db = Store(store)
    [(first,)] = db.db.execute("SELECT key FROM segments").fetchall()
    db.close()
    for edit in range(MAX_SEGMENTS + 2):
        (sources / f"note{edit}.txt").write_text(f"Note {edit}: the weirs stay.\n", encoding="utf-8")
        (sources / "speech.txt").write_text(f"Take {edit}. {SPEECH}", encoding="utf-8")
        assert verdicts(quotecheck.check([article], sources=[sources], store=store)) == ["exact"]
        db = Store(store)
        keys = [k for (k,) in db.db.execute("SELECT key FROM segments")]
        db.close()
        assert first in keys and len(keys) <= MAX_SEGMENTS


def test_store_without_a_command_is_a_usage_error(run: Run) -> None:
    bare = run("store")
    assert bare.exit_code == 2 and bare.stderr.strip() == (
        "quotecheck: error: store needs a command: list, show, export, info or prune "
        "(see quotecheck store --help)"
    )
    helped = run("store", "--help")
    assert helped.exit_code == 0 and "info" in helped.stdout and "prune" in helped.stdout
    assert "quotecheck store info" in run("--help").stdout


def test_a_quote_whose_only_source_changed_since_the_index_was_built(
    archive: tuple[Path, Path, Path], run: Run
) -> None:
    """The file that held the quote is edited: its old entries are still in the mapped
    segment (counted) but belong to no current source (no postings). The quote is simply
    not found there; this crashed with an IndexError on an empty vote."""
    article, sources, store = archive
    assert verdicts(quotecheck.check([article], sources=[sources], store=store)) == ["exact"]
    (sources / "speech.txt").write_text("The weirs will stay where they are.\n", encoding="utf-8")
    result = run(str(article), "-s", str(sources), "--store", str(store), "-f", "json")
    assert result.exit_code == 1, result.output
    [quote] = json.loads(result.stdout)["articles"][0]["quotes"]
    assert quote["verdict"] == "not_found"


def test_seeds_only_in_sources_gone_give_no_candidates() -> None:
    """A part whose documents are all gone (doc_map -1) still counts its entries."""
    import numpy as np

    from quotecheck.match.index import Part, SeedIndex, doc_starts_of, seeds

    texts = [SPEECH, "Other words entirely, about the harbour and its ferry."]
    [part] = SeedIndex.build(texts).parts
    starts = doc_starts_of([len(texts[1])])
    gone = Part(part.bucket_offsets, part.low, part.pos, part.starts, np.array([-1, 0]))
    index = SeedIndex([gone], starts)
    quote = "The canal at Dunmere will run clear again within a decade"
    assert index.count(int(seeds(quote)[0][0])) > 0  # counted, but no current source has it
    assert index.candidates(quote) == []


def test_a_file_edited_with_its_size_and_mtime_restored_is_read_again(
    archive: tuple[Path, Path, Path],
) -> None:
    """An edit that keeps the size, with the modification time set back (a sync tool, a
    `touch -r`, an editor preserving times) changed who spoke while the manifest kept the
    old speaker: the quote stayed `exact`, credited to someone the file no longer names.
    The change time and inode (which no user can set back) are part of what is compared."""
    article, sources, store = archive
    speech = sources / "speech.txt"
    speech.write_text("ANN LEE: " + SPEECH + "BEN ORR: The weirs stay.\n", encoding="utf-8")
    first = quotecheck.check([article], sources=[sources], store=store)
    assert verdicts(first) == ["exact"]
    before = speech.stat()
    speech.write_text("IDA ROE: " + SPEECH + "BEN ORR: The weirs stay.\n", encoding="utf-8")
    os.utime(speech, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (speech.stat().st_size, speech.stat().st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    again = quotecheck.check([article], sources=[sources], store=store)
    assert verdicts(again) == ["misattributed"]
    match = next(iter(again.results())).match
    assert match is not None and match.said_by == "Ida Roe"


def test_store_info_counts_what_a_killed_build_left(archive: tuple[Path, Path, Path]) -> None:
    """A build killed half way leaves a folder of run files (gigabytes for a large archive):
    info counted the folder as its directory entry (4 kB), and prune's before/after too."""
    from quotecheck.store_upkeep import prune_store, store_info

    article, sources, store = archive
    quotecheck.check([article], sources=[sources], store=store)
    kept = Store(store)
    index_before = store_info(kept, 30).index_bytes
    stray = store / "index" / "build-0123abcd-killed"
    stray.mkdir()
    (stray / "run0.g.npy").write_bytes(b"\0" * 3_000_000)
    os.utime(stray, (0, 0))
    info = store_info(kept, 30)
    assert info.index_bytes - index_before >= 3_000_000
    assert info.orphan_files == [str(stray)]
    done = prune_store(kept, 30)
    assert done.orphan_files == 1 and done.bytes_before - done.bytes_after >= 3_000_000
    kept.close()
