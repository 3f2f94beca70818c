"""Which articles a CI run should check: those changed since a revision, or a list of files.

A pull request on a drafts repository touches a few stories; checking the whole archive on
every push is slow and noisy. ``--changed-since origin/main`` asks git which files changed
since the branch left ``origin/main`` (its merge base, as a pull request's diff shows them,
plus uncommitted and untracked files, so the same command works before a commit), and
``--files-from FILE`` takes the list a CI step already made. Either way deleted files and
files that are not articles are dropped, and the ARTICLE arguments (files or folders)
narrow the list.
"""

from __future__ import annotations

import os
import stat
import subprocess
from collections.abc import Iterable
from pathlib import Path

from quotecheck.errors import QuotecheckError

ARTICLE_SUFFIXES = {".md", ".markdown", ".mdown", ".txt", ".html", ".htm", ".xhtml", ".docx"}


def git(args: list[str], cwd: Path) -> str:
    try:
        proc = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise QuotecheckError("--changed-since needs git, which is not installed") from None
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise QuotecheckError(f"git {' '.join(args[:2])}: {message[0] if message else 'failed'}")
    return proc.stdout.decode("utf-8", "surrogateescape")


def changed_since(rev: str, cwd: Path | None = None) -> list[Path]:
    """Files changed between the merge base of ``rev`` and HEAD and the working tree."""
    here = (cwd or Path.cwd()).resolve()
    if rev.startswith("-"):
        raise QuotecheckError(f"--changed-since: {rev!r} is not a revision")
    try:
        root = Path(git(["rev-parse", "--show-toplevel"], here).strip())
    except QuotecheckError:
        raise QuotecheckError(f"--changed-since: {here} is not a git repository (nor inside one)") from None
    try:
        git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], here)
    except QuotecheckError:  # in CI, mostly a shallow clone or a branch never fetched
        raise QuotecheckError(
            f"--changed-since {rev}: no such revision here (fetch it first, e.g. git fetch origin main)"
        ) from None
    names = git(["diff", "--name-only", "-z", "--diff-filter=ACMRT", "--merge-base", rev, "--"], here)
    untracked = git(["ls-files", "--others", "--exclude-standard", "-z", "--full-name"], root)
    return [root / name for name in (names + untracked).split("\0") if name]


MAX_LIST_BYTES = 64 * 1024 * 1024
"""The most a --files-from list may hold (a million long paths)."""


def files_from(name: str) -> list[Path]:
    """Paths listed one a line in a file (``-``: standard input)."""
    import sys

    from quotecheck.decoding import read_at_most

    if name == "-" and sys.stdin is None:
        raise QuotecheckError("--files-from -: standard input is closed")
    try:  # capped: a list of paths is small, /dev/zero or a runaway pipe is endless
        if name == "-":
            data = read_at_most(sys.stdin.buffer, MAX_LIST_BYTES, None)
        else:
            with open(name, "rb") as f:
                facts = os.fstat(f.fileno())
                data = read_at_most(f, MAX_LIST_BYTES, facts.st_size if stat.S_ISREG(facts.st_mode) else None)
        if len(data) > MAX_LIST_BYTES:
            raise QuotecheckError(
                f"--files-from {name}: more than {MAX_LIST_BYTES:,} bytes; give one path a line"
            )
        text = data.decode("utf-8")
    except OSError as exc:
        raise QuotecheckError(f"--files-from {name}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError as exc:  # a binary file or a list saved in another encoding
        raise QuotecheckError(
            f"--files-from {name}: not UTF-8 text (byte 0x{exc.object[exc.start]:02X} at offset {exc.start})"
        ) from None
    lines = text.splitlines()
    nul = next((n for n, line in enumerate(lines, 1) if "\x00" in line), None)
    if nul is not None:  # no path holds one (pathlib raises ValueError on it)
        raise QuotecheckError(f"--files-from {name}: line {nul} holds a NUL byte; give one path a line")
    return [Path(line.strip()) for line in lines if line.strip()]


def select_articles(candidates: Iterable[Path], within: list[str]) -> list[str]:
    """Existing article files among ``candidates`` that lie in one of ``within`` (files or
    folders; none given: anywhere), as paths relative to the current folder when inside it."""
    here = Path.cwd().resolve()
    scopes = [Path(w).resolve() for w in within] or [here]
    out: list[str] = []
    for candidate in candidates:
        path = candidate.resolve()
        if path.suffix.lower() not in ARTICLE_SUFFIXES or not path.is_file():
            continue
        if not any(path == s or s in path.parents for s in scopes):
            continue
        try:
            shown = str(path.relative_to(here))
        except ValueError:
            shown = str(path)
        if shown not in out:
            out.append(shown)
    return sorted(out)
