"""Saved news pages in the markup shapes of six publishers (written for these tests, no
real page's text): the README's command reports every quote of the story and nothing of
the page around it (teasers, story highlights, sign-up modals, newsletter boxes, related
stories, sidebars, comments, embeds that are no post)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parent / "real_pages"
EXPECTED: dict[str, list[list[str]]] = {
    k: v for k, v in json.loads((PAGES / "expected.json").read_text(encoding="utf-8")).items() if k[0] != "_"
}


OFFLINE = ["--offline", "--store"]
"""The pages link to other sites (ads, social networks): a test never fetches them, and
keeps its store out of the source tree."""


@pytest.fixture(scope="module")
def reported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, object]]]:
    """One run of the README's command over every page, as a CI step would run it (offline,
    after `quotecheck fetch`)."""
    pages = sorted(p for p in PAGES.iterdir() if p.suffix in (".html", ".txt"))
    assert sorted(p.name for p in pages) == sorted(EXPECTED)
    store = str(tmp_path_factory.mktemp("store"))
    proc = subprocess.run(
        [sys.executable, "-m", "quotecheck", *map(str, pages), "--format", "json", *OFFLINE, store],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr  # no sources: every quote unverified, nothing fails
    report = json.loads(proc.stdout)
    return {Path(a["path"]).name: a["quotes"] for a in report["articles"]}


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_every_quote_of_the_story_and_nothing_else(
    reported: dict[str, list[dict[str, object]]], page: str
) -> None:
    quotes = [(str(q["text"]), q["speaker"]) for q in reported[page] if q["kind"] == "quote"]
    expected = EXPECTED[page]
    unexpected = [q for q in quotes if not any(q[0].startswith(words) for words, _ in expected)]
    assert unexpected == [], "reported as quotes to check, but not quotes of the story"
    for words, speaker in expected:
        found = [q for q in quotes if q[0].startswith(words)]
        assert found, f"the story's quote “{words}…” was not found"
        assert any(speaker in str(s) for _, s in found), (words, found)
    assert len(quotes) == len(expected)


def test_the_whole_page_still_reads_every_part(tmp_path: Path) -> None:
    """--whole-page is the way back to reading menus and teasers: the sidebar's quotes return."""
    proc = subprocess.run(
        [
            *(sys.executable, "-m", "quotecheck", str(PAGES / "dw.html"), "--whole-page", "--format", "json"),
            *(*OFFLINE, str(tmp_path / "store")),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    quotes = [q["text"] for q in json.loads(proc.stdout)["articles"][0]["quotes"]]
    assert "We cannot build our way out of this," in quotes  # a related-content teaser
    assert "new look." in quotes  # the feedback box in the footer
