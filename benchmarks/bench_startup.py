"""Start-up time of the CLI: ``quotecheck --help`` must answer in well under half a second.

Prints the median and worst wall time of N runs of ``python -m quotecheck --help`` and of a
full check of the bundled example.

    python benchmarks/bench_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(args: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "quotecheck", *args], capture_output=True, check=False)
        times.append(time.perf_counter() - t0)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    example = ROOT / "examples" / "change4"
    cases = {
        "--help": ["--help"],
        "example check": [str(example / "article.txt"), "-s", str(example / "sources"), "-q"],
    }
    for name, args in cases.items():
        times = timed(args, runs)
        print(
            f"{name:<14} median {statistics.median(times) * 1000:6.0f} ms  worst {max(times) * 1000:6.0f} ms"
        )


if __name__ == "__main__":
    main()
