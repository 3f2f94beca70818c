"""Work spread over the machine's cores, for the few jobs big enough to be worth a process.

Reading and hashing a large source archive is CPU-bound Python and numpy: two processes on
two cores do it in about half the time. Small jobs run in this process (starting workers
costs a few tenths of a second).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_WORKERS = 2
RELEASE_WEIGHT = 16_000_000
"""A worker gives its freed memory back after jobs weighing this much since it last did
(a few runs of an index build, many small files read): each time costs a trim and the next
job page faults for all the memory it uses again, while the heap grows a little each job."""
weight_done = 0
"""The weight of the jobs this worker process has run since it last gave memory back."""


def worker_count() -> int:
    """Processes to use: the cores this process may run on, at most :data:`MAX_WORKERS`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(MAX_WORKERS, cores))


def parallel_map(
    fn: Callable[[T], R],
    items: Sequence[T],
    weights: Sequence[int],
    min_weight: int,
    progress: Callable[[int], None] | None = None,
) -> list[R]:
    """``[fn(item) for item in items]``, in order; in worker processes when the items weigh
    ``min_weight`` or more in all. ``progress`` is told each item's weight when it is done.

    ``fn`` must be a module-level function of picklable values.
    """
    workers = worker_count()
    if workers == 1 or sum(weights) < min_weight or len(items) < 2:
        results = []
        for item, weight in zip(items, weights, strict=True):
            results.append(fn(item))
            if progress:
                progress(weight)
        return results
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork: workers start at once with everything imported, and never re-run the caller's
    # script (spawn and forkserver do, which breaks a library user's unguarded script).
    # They never touch this process's database, and end without closing it (os._exit).
    # The progress bar draws without a thread (see quotecheck.progress), so none is forked.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    # objects made before the fork are kept out of the workers' garbage collections: a
    # collection writes to every object it visits, copying each page the two shared
    # (a caller that froze objects itself keeps them frozen: only our own freeze is undone)
    froze = gc.get_freeze_count() == 0
    if froze:
        gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=end_with_parent, initargs=(os.getpid(),)
        ) as pool:
            futures = [
                pool.submit(job_then_release, fn, item, weight)
                for item, weight in zip(items, weights, strict=True)
            ]
            out = []
            for future, weight in zip(futures, weights, strict=True):
                out.append(future.result())
                if progress:
                    progress(weight)
            return out
    finally:
        if froze:
            gc.unfreeze()


def job_then_release(fn: Callable[[T], R], item: T, weight: int) -> R:
    """``fn(item)`` in a worker; after :data:`RELEASE_WEIGHT` of jobs, the memory freed
    given back to the system."""
    global weight_done
    try:
        return fn(item)
    finally:
        weight_done += weight
        if weight_done >= RELEASE_WEIGHT:
            weight_done = 0
            release_free_memory()


def release_free_memory() -> None:
    """Give the C heap's free pages back to the system. glibc keeps them for reuse, and
    numpy's large temporaries fragment its heap: a worker hashing 12 runs of an index
    build grew from 40 to 80 MB of memory it no longer used (25 MB after each trim).
    Nothing to do where there is no glibc (macOS, musl)."""
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError, TypeError):
        return
    trim(0)


def end_with_parent(parent: int, every: float = 0.5) -> None:
    """Run in each worker as it starts: end it when the run that started it is gone. A run
    killed (kill -9, a CI job's timeout) never tells its workers, which would wait for work
    forever; a worker's parent changes when its own has died."""
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()
