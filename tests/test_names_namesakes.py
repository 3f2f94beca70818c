"""People who share a surname: "Ann Lee" after "Tom Lee" is another person, and naming Tom
Lee again goes back to him. The registry keeps a bounded number of such namesakes, so a text
naming thousands of them stays linear (benchmarks/bench_extract.py --hostile times one)."""

from __future__ import annotations

from quotecheck.extract.names import NAMESAKES_KEPT, Registry
from quotecheck.extract.sentences import tokenize


def named(registry: Registry, name: str) -> str | None:
    return registry.name(tokenize(name, 0, len(name), [], 0))


def test_a_full_name_comes_back_after_many_namesakes() -> None:
    """ "Thomas Ruiz" after forty other Ruizes is the Thomas Alan Ruiz named first."""
    registry = Registry()
    assert named(registry, "Thomas Alan Ruiz") == "Thomas Alan Ruiz"
    for i in range(40):
        named(registry, f"Q{chr(97 + i // 26)}{chr(97 + i % 26)} Ruiz")
    assert named(registry, "Thomas Ruiz") == "Thomas Alan Ruiz"


def test_a_namesake_named_again_is_the_same_person() -> None:
    registry = Registry()
    assert named(registry, "Tom Lee") == "Tom Lee"
    assert named(registry, "Ann Lee") == "Ann Lee"
    assert named(registry, "Tom Lee") == "Tom Lee"
    assert named(registry, "Lee") == "Tom Lee"  # the one named last


def test_namesakes_kept_are_bounded_and_the_recent_ones_found() -> None:
    registry = Registry()
    given = [f"Q{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(3 * NAMESAKES_KEPT)]
    for g in given:
        named(registry, f"{g} Ruiz")
    assert len(registry.namesakes["ruiz"]) <= NAMESAKES_KEPT
    recent = given[-NAMESAKES_KEPT // 2]
    assert named(registry, f"{recent} Ruiz") == f"{recent} Ruiz"
    assert named(registry, "Ruiz") == f"{recent} Ruiz"
