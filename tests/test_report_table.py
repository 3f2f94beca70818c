"""The terminal table: fitted to the terminal's width, the diff beneath each quote with
findings, coloured on a terminal and plain otherwise. Run on a real pseudo-terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from quotecheck.report.table import FIXED, GAP, MIN_WIDTHS, column_widths
from tests.conftest import Run

ANSI = re.compile(r"\x1b\[[0-9;]*m")

CHANGED_ARTICLE = """\
Harbour stays open

Mayor Alice Grant said on Tuesday: “We will not close the harbour this winter.”

“The repairs will cost about 5 million pounds,” said Ben Okafor, a councillor, who added that the crews from the northern yard would start on the western breakwater first.
"""


@pytest.fixture
def changed(harbour: tuple[Path, Path]) -> tuple[Path, Path]:
    article, sources = harbour
    article.write_text(CHANGED_ARTICLE, encoding="utf-8")
    return article, sources


def on_terminal(args: list[str], columns: int, **env: str) -> str:
    """What quotecheck prints on a terminal ``columns`` wide (a pseudo-terminal)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, columns, 0, 0))
    environ = {
        k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR")
    }
    environ.update(TERM="xterm-256color", **env)
    process = subprocess.Popen(
        [sys.executable, "-m", "quotecheck", *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=follower,
        env=environ,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the other side closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=60) == 1
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_table_fits_the_terminal_and_colours_the_diff(changed: tuple[Path, Path]) -> None:
    article, sources = changed
    args = [str(article), "-s", str(sources)]
    narrow = on_terminal(args, 72)
    plain = ANSI.sub("", narrow)
    assert max(len(line) for line in plain.splitlines()) <= 72
    assert "\x1b[" in narrow  # colour on a terminal
    # The diff sits right beneath its quote's row, the changed words coloured, not marked.
    lines = plain.splitlines()
    row = next(i for i, line in enumerate(lines) if "altered" in line)
    after = "\n".join(lines[row:])
    assert "error: “5” in the quote, “4” in the source [number_changed]" in " ".join(after.split())
    assert "diff: The repairs will cost about 4 5 million pounds" in " ".join(after.split())
    assert "[-4-]" not in plain
    struck = re.search(r"\x1b\[([0-9;]*)m4\x1b\[0m", narrow)
    assert struck is not None and "9" in struck.group(1).split(";")  # 9: crossed out
    wide = ANSI.sub("", on_terminal(args, 160))
    assert max(len(line) for line in wide.splitlines()) <= 160
    assert len(wide.splitlines()) < len(lines)  # more room, fewer wrapped lines


def test_no_color_gives_plain_text_with_marked_words(changed: tuple[Path, Path]) -> None:
    article, sources = changed
    out = on_terminal([str(article), "-s", str(sources)], 90, NO_COLOR="1")
    assert "\x1b[" not in out
    assert max(len(line) for line in out.splitlines()) <= 90
    assert "diff: The repairs will cost about [-4-] {+5+} million pounds" in " ".join(out.split())


def test_not_a_terminal_keeps_whole_lines_and_no_colour(changed: tuple[Path, Path], run: Run) -> None:
    article, sources = changed
    result = run(str(article), "-s", str(sources))
    assert result.exit_code == 1
    out = result.stdout
    assert "\x1b[" not in out
    lines = out.splitlines()
    row = next(i for i, line in enumerate(lines) if f"{article}:5:2" in line)  # never folded
    assert "altered" in lines[row] and "Ben Okafor" in lines[row]
    beneath = lines[row + 1 : row + 6]
    assert "    error: “5” in the quote, “4” in the source [number_changed]" in beneath
    assert any(
        line.startswith("    diff: The repairs will cost about [-4-] {+5+} million pounds")
        for line in beneath
    )
    exact = next(line for line in lines if f"{article}:3:37" in line)
    assert "exact" in exact and "meeting.txt (Alice Grant)" in exact
    assert lines[-1] == "2 quotes in 1 article: 1 exact, 1 altered"


@pytest.mark.parametrize("total", [40, 50, 60, 72, 80, 100, 120, 160, 240])
def test_column_widths_fill_the_width_and_keep_the_verdict_whole(total: int) -> None:
    natural = [70, 18, 60, len("misattributed"), 5, 64]
    widths = column_widths(natural, total)
    budget = total - GAP * (len(natural) - 1)
    assert all(widths[i] == natural[i] for i in FIXED)
    if total >= 50:  # below that, six columns cannot fit; rich folds what it must
        assert sum(widths) <= budget
    if total >= 100:  # room for every minimum: they are kept, and the space is used
        assert all(w >= min(n, m) for w, n, m in zip(widths, natural, MIN_WIDTHS, strict=True))
        assert sum(widths) == budget
    if total >= 67:
        assert column_widths([10, 8, 20, 5, 5, 9], total) == [10, 8, 20, 5, 5, 9]
