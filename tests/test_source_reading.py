"""Reading articles and source files: size caps (``-s /dev/zero`` must not fill the memory),
UTF-16 and UTF-32 read by their byte-order mark (and UTF-16 without one), and a source that
cannot be read makes the quotes that needed it ``unverified``, with the reason."""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Run

TRANSCRIPT = "HARBOUR MASTER INES LAURENT: The evening ferry will run until the end of October.\n"
ARTICLE = "“The evening ferry will run until the end of October,” said Ines Laurent.\n"
MISSING = "“The north quay will be sold,” said Ines Laurent.\n"


@pytest.fixture
def check(tmp_path: Path, run: Run, monkeypatch: pytest.MonkeyPatch) -> Callable[..., dict[str, Any]]:
    """Run the CLI (JSON) on ``article`` (text) with the given sources; returns the report."""
    monkeypatch.chdir(tmp_path)

    def invoke(article: str | bytes, *sources: str, name: str = "draft.txt") -> dict[str, Any]:
        path = tmp_path / name
        if isinstance(article, bytes):
            path.write_bytes(article)
        else:
            path.write_text(article, encoding="utf-8")
        args = [x for s in sources for x in ("-s", s)]
        result = run(str(path), *args, "-f", "json", "--store", str(tmp_path / "store"))
        assert result.exit_code in (0, 1), result.output
        report: dict[str, Any] = json.loads(result.stdout)
        return report

    return invoke


def verdicts(report: dict[str, Any]) -> list[str]:
    return [q["verdict"] for q in report["articles"][0]["quotes"]]


# --- size caps ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["/dev/zero", "/dev/urandom"])
def test_a_device_as_a_source_is_a_problem_not_a_memory_hog(
    check: Callable[..., dict[str, Any]], name: str
) -> None:
    started = time.monotonic()
    report = check(ARTICLE, name)
    assert time.monotonic() - started < 5
    assert report["problems"] == [{"source": name, "message": "is a device, not a file"}]


def test_a_device_behind_a_friendly_name_is_refused_too(
    check: Callable[..., dict[str, Any]], tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").symlink_to("/dev/zero")
    report = check(ARTICLE, "notes.txt")
    assert report["problems"] == [{"source": "notes.txt", "message": "is a device, not a file"}]
    assert verdicts(report) == ["unverified"]


def test_a_source_over_the_cap_is_named_not_read(
    check: Callable[..., dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quotecheck.decoding

    monkeypatch.setattr(quotecheck.decoding, "MAX_FILE_BYTES", 4096)
    (tmp_path / "big.txt").write_text(TRANSCRIPT * 60, encoding="utf-8")
    report = check(ARTICLE, "big.txt")
    assert report["problems"] == [
        {
            "source": "big.txt",
            "message": f"is {len(TRANSCRIPT) * 60:,} bytes, more than the 4,096 a file may have",
        }
    ]


def test_a_pipe_is_read_up_to_the_cap(
    check: Callable[..., dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pipe has no size to check first: it is read, and cut off past the cap."""
    import quotecheck.decoding

    monkeypatch.setattr(quotecheck.decoding, "MAX_FILE_BYTES", 4096)

    def feed(path: Path, text: str) -> threading.Thread:
        os.mkfifo(path)

        def write() -> None:
            with contextlib.suppress(BrokenPipeError), open(path, "w", encoding="utf-8") as pipe:
                pipe.write(text)  # the reader may stop at the cap: a broken pipe then

        writer = threading.Thread(target=write, daemon=True)
        writer.start()
        return writer

    feed(tmp_path / "small.txt", TRANSCRIPT)
    assert verdicts(check(ARTICLE, "small.txt")) == ["exact"]
    feed(tmp_path / "endless.txt", TRANSCRIPT * 200)
    report = check(ARTICLE, "endless.txt")
    assert report["problems"] == [
        {"source": "endless.txt", "message": "is more than the 4,096 bytes a file may have"}
    ]


# --- UTF-16 and UTF-32 ------------------------------------------------------------------------

BOMS = {
    "utf-16-le": b"\xff\xfe",
    "utf-16-be": b"\xfe\xff",
    "utf-32-le": b"\xff\xfe\x00\x00",
    "utf-32-be": b"\x00\x00\xfe\xff",
    "utf-8": b"\xef\xbb\xbf",
}


@pytest.mark.parametrize("encoding", list(BOMS))
def test_utf16_and_utf32_articles_and_sources_are_read_by_their_mark(
    check: Callable[..., dict[str, Any]], tmp_path: Path, encoding: str
) -> None:
    (tmp_path / "meeting.txt").write_bytes(BOMS[encoding] + TRANSCRIPT.encode(encoding))
    report = check(BOMS[encoding] + ARTICLE.replace("\n", "\r\n").encode(encoding), "meeting.txt")
    assert report["problems"] == []
    [quote] = report["articles"][0]["quotes"]
    assert quote["verdict"] == "exact" and quote["speaker"] == "Ines Laurent"
    assert (quote["line"], quote["column"], quote["start"]) == (1, 2, 1)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_recognised(
    check: Callable[..., dict[str, Any]], tmp_path: Path, encoding: str
) -> None:
    (tmp_path / "meeting.txt").write_bytes(TRANSCRIPT.encode(encoding))
    report = check(ARTICLE.encode(encoding), "meeting.txt")
    assert verdicts(report) == ["exact"] and report["problems"] == []


def test_broken_utf16_is_named_as_utf16_not_binary(
    check: Callable[..., dict[str, Any]], tmp_path: Path
) -> None:
    (tmp_path / "meeting.txt").write_bytes(
        b"\xff\xfe" + TRANSCRIPT.encode("utf-16-le")[:40] + b"\x00\xd8A\x00"
    )
    report = check(ARTICLE, "meeting.txt")
    [problem] = report["problems"]
    assert problem["message"].startswith("not valid UTF-16 text")


def test_a_binary_article_is_still_named_binary(tmp_path: Path, run: Run) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    result = run(str(path))
    assert result.exit_code == 2
    assert result.stderr == f"quotecheck: error: {path}: looks like a binary file, not an article\n"


# --- an unreadable source leaves the quotes that needed it unverified, with the reason ---------


def test_a_binary_source_makes_quotes_unverified_with_the_reason(
    check: Callable[..., dict[str, Any]], tmp_path: Path
) -> None:
    (tmp_path / "meeting.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    report = check(ARTICLE, "meeting.txt")
    [quote] = report["articles"][0]["quotes"]
    assert report["problems"] == [{"source": "meeting.txt", "message": "looks like a binary file"}]
    assert quote["verdict"] == "unverified"
    [finding] = quote["findings"]
    assert finding["code"] == "source_unavailable" and finding["level"] == "warning"
    assert finding["message"] == (
        "the source given could not be read, and the quote may be in it (meeting.txt: looks like a binary file)"
    )


def test_with_other_sources_read_a_quote_not_found_is_unverified_and_a_found_one_stays(
    check: Callable[..., dict[str, Any]], tmp_path: Path
) -> None:
    (tmp_path / "meeting.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "minutes.txt").write_bytes("Minutes: caf\xe9 and the quay.".encode("latin-1"))
    report = check(ARTICLE + "\n" + MISSING, "meeting.txt", "minutes.txt")
    assert verdicts(report) == ["exact", "unverified"]
    finding = report["articles"][0]["quotes"][1]["findings"][0]
    assert "minutes.txt: not UTF-8 text (byte 0xE9 at offset 12)" in finding["message"]
    # the same run with only readable sources: the claim "not found" stands
    (tmp_path / "minutes.txt").unlink()
    assert verdicts(check(ARTICLE + "\n" + MISSING, "meeting.txt")) == ["exact", "not_found"]


def test_an_unreadable_file_in_a_source_folder_counts_too(
    check: Callable[..., dict[str, Any]], tmp_path: Path
) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / "meeting.txt").write_text(TRANSCRIPT, encoding="utf-8")
    for n in range(5):
        (folder / f"scan{n}.txt").write_bytes(b"\x00\x01\x02binary scan")
    report = check(MISSING, "sources")
    [finding] = report["articles"][0]["quotes"][0]["findings"]
    assert finding["message"].startswith("5 sources given could not be read, and the quote may be in them (")
    assert finding["message"].endswith("; and 2 more)")


def test_files_left_out_on_purpose_do_not_unverify(
    check: Callable[..., dict[str, Any]], tmp_path: Path
) -> None:
    """The draft itself named as a source is left out, not unreadable: no excuse for a quote."""
    (tmp_path / "meeting.txt").write_text(TRANSCRIPT, encoding="utf-8")
    report = check(ARTICLE + "\n" + MISSING, "meeting.txt", "draft.txt")
    assert report["problems"] == [
        {"source": "draft.txt", "message": "is an article of this run, not a source for it"}
    ]
    assert verdicts(report) == ["exact", "not_found"]


def test_a_source_without_read_permission(
    check: Callable[..., dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "meeting.txt"
    locked.write_text(TRANSCRIPT, encoding="utf-8")
    locked.chmod(0)
    if os.geteuid() == 0:  # root (as CI often runs) reads files whatever their mode: refuse as the OS would
        import builtins
        import errno

        from quotecheck import decoding

        def refusing(path: Any, *args: Any, **kwargs: Any) -> Any:
            if Path(path).name == locked.name:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return builtins.open(path, *args, **kwargs)

        monkeypatch.setattr(decoding, "open", refusing, raising=False)
    report = check(ARTICLE, "meeting.txt")
    assert report["problems"] == [{"source": "meeting.txt", "message": "cannot read (Permission denied)"}]
    assert verdicts(report) == ["unverified"]


@pytest.mark.parametrize("size", [0, 1, 65_535, 65_536, 65_537, 300_000])
def test_a_file_is_read_whole_without_a_buffer_the_size_of_the_cap(tmp_path: Path, size: int) -> None:
    """``read(n)`` allocates n bytes first: reading up to the 200 MB cap took 200 MB of
    address space for every source file."""
    import tracemalloc

    from quotecheck.decoding import read_capped

    data = (TRANSCRIPT.encode("utf-8") * (size // len(TRANSCRIPT) + 1))[:size]
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    tracemalloc.start()
    try:
        assert read_capped(path) == data
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * size + 200_000
