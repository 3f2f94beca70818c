"""Worker processes for large builds: they never outlive the run that started them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

NAPPING_RUN = """
import os, sys, time
from quotecheck import workers

def nap(path):
    with open(path + ".tmp", "w") as f:
        f.write(str(os.getpid()))
    os.replace(path + ".tmp", path)
    time.sleep(120)
    return 0

workers.worker_count = lambda: 2  # two workers whatever this machine has
workers.parallel_map(nap, [sys.argv[1] + "/a", sys.argv[1] + "/b"], [1, 1], 0)
"""


def alive(pid: int) -> bool:
    """Running (a zombie no one reaps, in a container without an init, is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return state != "Z"


def test_workers_end_when_the_run_is_killed(tmp_path: Path) -> None:
    """kill -9 of a run (a CI job's timeout) during a large index build left both worker
    processes waiting for work forever, holding their memory."""
    run = subprocess.Popen([sys.executable, "-c", NAPPING_RUN, str(tmp_path)])
    pid_files = [tmp_path / "a", tmp_path / "b"]
    try:
        give_up = time.monotonic() + 60
        while not all(p.exists() for p in pid_files):
            assert run.poll() is None and time.monotonic() < give_up, "the workers never started"
            time.sleep(0.05)
        pids = [int(p.read_text()) for p in pid_files]
        assert all(alive(pid) for pid in pids) and run.pid not in pids
        run.kill()
        run.wait()
        give_up = time.monotonic() + 10
        while any(alive(pid) for pid in pids) and time.monotonic() < give_up:
            time.sleep(0.1)
        left = [pid for pid in pids if alive(pid)]
        for pid in left:  # do not leave them behind if the test fails
            os.kill(pid, signal.SIGKILL)
        assert left == []
    finally:
        if run.poll() is None:
            run.kill()


def anon_kb() -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("RssAnon:"))


def kept_after_free_kb(_: int) -> int:
    """In a worker: anonymous memory still resident after a large temporary is freed."""
    from quotecheck.workers import release_free_memory

    before = anon_kb()
    chunks = [bytearray(64 * 1024) for _ in range(800)]  # 50 MB in the C heap, below mmap's threshold
    del chunks[:-1]  # the last one pins the top of the heap: a plain free keeps the rest
    release_free_memory()
    return anon_kb() - before


def test_workers_give_back_freed_memory_and_the_parent_unfreezes_its_objects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker's freed heap goes back to the system (glibc would keep it for reuse), and
    the objects frozen out of garbage collection for the fork are collected again after."""
    import gc

    from quotecheck import workers

    if not Path("/proc/self/status").exists():
        pytest.skip("reads /proc")
    monkeypatch.setattr(workers, "worker_count", lambda: 2)
    monkeypatch.setattr(workers, "RELEASE_WEIGHT", 1)
    kept = workers.parallel_map(kept_after_free_kb, [1, 2], [1, 1], 0)
    assert all(kb < 10_000 for kb in kept), kept
    assert gc.get_freeze_count() == 0


def test_a_caller_that_froze_its_own_objects_keeps_them_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """parallel_map undoes only its own freeze: a library caller's frozen objects stay out
    of garbage collection after the workers are done."""
    import gc

    from quotecheck import workers

    monkeypatch.setattr(workers, "worker_count", lambda: 2)
    caller_objects = [[n] for n in range(1000)]
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen >= len(caller_objects)
        assert workers.parallel_map(len, ["ab", "cde"], [1, 1], 0) == [2, 3]
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
