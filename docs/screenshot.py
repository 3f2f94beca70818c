"""Make docs/html-report.png, the README's picture of the HTML report of the bundled example.

    .venv/bin/python docs/screenshot.py

Uses the tests' headless Chromium (Debian's chromium package)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import Browser  # noqa: E402


def main() -> None:
    example = ROOT / "examples" / "change4"
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        subprocess.run(
            [sys.executable, "-m", "quotecheck", "examples/change4/article.txt", "--source",
             "examples/change4/sources", "--format", "html", "--output", str(page)],
            cwd=ROOT, check=False,
        )  # fmt: skip
        assert page.exists(), f"no report made from {example}"
        with Browser(width=1200, height=900) as browser:
            browser.open(page)
            browser.screenshot(ROOT / "docs" / "html-report.png")
    print(ROOT / "docs" / "html-report.png")


if __name__ == "__main__":
    main()
