"""Progress bars on stderr for long work (building an index, reading a large archive).

Shown only when stderr is a terminal and the user did not ask for quiet, and only for work
big enough to take a while; ``rich`` (installed with typer) is imported only then, so that
start-up and short runs pay nothing. Reusable for any long job: ``with bars.task(label,
total) as advance: ... advance(done)``.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import TextIO

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


SILENT = Progress(False)


def task(bars: Bars | None, label: str, total: int) -> AbstractContextManager[Advance]:
    """``bars(label, total)``, or a context that ignores progress when there are no bars."""
    return nullcontext(ignore) if bars is None else bars(label, total)


def ignore(amount: int) -> None:
    """Progress nobody shows."""
