"""Progress bars on stderr for long work (building an index, reading a large archive,
fetching an article's links).

Shown only when stderr is a terminal and the user did not ask for quiet, and only for work
big enough to take a while; ``rich`` (installed with typer) is imported only then, so that
start-up and short runs pay nothing. Reusable for any long job: ``with bars.task(label,
total) as advance: ... advance(done)``; for fetches, where each item is slow and its name
is what the user wants to see, ``with bars.fetches() as count: count.expect(n);
count.start(url); ...; count.finish(url)``.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any, TextIO

Advance = Callable[[int], None]
Bars = Callable[[str, int], AbstractContextManager[Advance]]
"""What long work is given: ``bars(label, total)``, a context yielding ``advance(done)``
(``Progress.task``, or anything shaped like it)."""

MIN_TOTAL = 20_000_000
"""Work smaller than this (bytes, characters) finishes too soon to need a bar."""


class Progress:
    """Makes progress bars, or nothing when disabled."""

    def __init__(self, enabled: bool, min_total: int = MIN_TOTAL, stream: TextIO | None = None) -> None:
        self.enabled = enabled
        self.min_total = min_total
        self.stream = stream
        """Where to draw (a terminal is assumed); default: stderr."""

    @classmethod
    def for_terminal(cls, quiet: bool = False) -> Progress:
        """Bars when stderr is a terminal and not ``quiet`` (never in CI logs or pipes)."""
        return cls(not quiet and sys.stderr.isatty())

    @contextmanager
    def task(self, label: str, total: int) -> Iterator[Advance]:
        """A bar for ``total`` units of work; yields the function to call as units are done."""
        if not self.enabled or total < self.min_total:
            yield lambda amount: None
            return
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

        columns = (
            TextColumn("quotecheck: {task.description}"),
            BarColumn(),
            TaskProgressColumn(),
            TimeRemainingColumn(),
        )
        # redrawn by the work itself, not by a thread: worker processes are forked while a
        # bar is shown (quotecheck.workers), and a fork should not copy a running thread
        console = (
            Console(stderr=True) if self.stream is None else Console(file=self.stream, force_terminal=True)
        )
        with Progress(*columns, console=console, transient=True, auto_refresh=False) as bar:
            task = bar.add_task(label, total=total)
            last = 0.0

            def advance(amount: int) -> None:
                nonlocal last
                bar.advance(task, amount)
                now = time.monotonic()
                if now - last > 0.1:
                    last = now
                    bar.refresh()

            yield advance

    @contextmanager
    def fetches(self, label: str = "fetching") -> Iterator[FetchCount]:
        """A counter of fetches (how many, which one), drawn once there is one to fetch."""
        count = FetchCount(self if self.enabled else None, label)
        try:
            yield count
        finally:
            count.close()

    def console(self) -> Any:
        from rich.console import Console

        return Console(stderr=True) if self.stream is None else Console(file=self.stream, force_terminal=True)


class FetchCount:
    """Fetches done out of those announced, with the one under way named: a run that
    waits on a slow site shows which. Safe to call from the fetching threads; does
    nothing when progress is off."""

    def __init__(self, progress: Progress | None, label: str = "fetching") -> None:
        self.progress = progress
        self.label = label
        self.total = 0
        self.done = 0
        self.lock = threading.Lock()
        self.bar: Any = None
        self.task: Any = None

    def expect(self, count: int) -> None:
        """``count`` more fetches to come (each provider announces its own)."""
        if self.progress is None or count <= 0:
            return
        with self.lock:
            self.total += count
            if self.bar is None:
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

                columns = (
                    TextColumn("quotecheck: {task.description}"),
                    BarColumn(bar_width=20),
                    MofNCompleteColumn(),
                )
                self.bar = Progress(
                    *columns, console=self.progress.console(), transient=True, auto_refresh=False
                )
                self.bar.start()
                self.task = self.bar.add_task(self.label, total=self.total)
            self.bar.update(self.task, total=self.total)
            self.bar.refresh()

    def start(self, name: str) -> None:
        """``name`` (a URL) is being fetched."""
        self.show(name)

    def finish(self, name: str) -> None:
        """``name`` is done, had or not."""
        with self.lock:
            self.done += 1
        self.show(name, advance=1)

    def show(self, name: str, advance: int = 0) -> None:
        if self.bar is None:
            return
        with self.lock:
            self.bar.update(self.task, advance=advance, description=f"{self.label} {shorten(name)}")
            self.bar.refresh()

    def close(self) -> None:
        with self.lock:
            if self.bar is not None:
                self.bar.stop()
                self.bar = None


def shorten(url: str, width: int = 60) -> str:
    """A URL without its scheme, cut in the middle to fit beside the bar."""
    name = url.split("://", 1)[-1]
    return name if len(name) <= width else name[: width // 2 - 1] + "…" + name[-(width // 2) :]


SILENT = Progress(False)


def task(bars: Bars | None, label: str, total: int) -> AbstractContextManager[Advance]:
    """``bars(label, total)``, or a context that ignores progress when there are no bars."""
    return nullcontext(ignore) if bars is None else bars(label, total)


def ignore(amount: int) -> None:
    """Progress nobody shows."""
