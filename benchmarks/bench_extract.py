"""Extraction speed: MB of article text per second on one core, and hostile input.

Generates its own news-like text (quote-first and speaker-first quotes, partial quotes,
continuations, scare quotes, plain narrative), runs quotecheck's extractor over it and
prints figures. ``--hostile`` adds the inputs that break naive extractors: a million quote
marks with no newline, and a large article with no paragraph breaks; each must finish in
time proportional to its size.

    python benchmarks/bench_extract.py [--mb 8] [--hostile] [--hostile-mb 50]
"""

from __future__ import annotations

import argparse
import itertools
import random
import string
import time

import quotecheck.extract.grammar
from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes

PEOPLE = [
    ("Mayor Alice Grant", "Grant", "she"),
    ("Councillor Ben Okafor", "Okafor", "he"),
    ("Sen. Maria Lindqvist", "Lindqvist", "she"),
    ("harbour master Tom Reyes", "Reyes", "he"),
    ("Transport Secretary Ruth Adeyemi", "Adeyemi", "she"),
]
WORDS = [
    "the",
    "harbour",
    "plan",
    "budget",
    "ferry",
    "council",
    "winter",
    "repairs",
    "fleet",
    "workers",
    "tide",
    "bridge",
    "vote",
    "money",
    "town",
    "port",
    "crane",
    "storm",
    "season",
    "week",
    "contract",
    "review",
    "office",
    "report",
    "deadline",
    "road",
]
CUES = ["said", "told reporters", "added", "wrote in a statement", "warned", "argued"]


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:])


def paragraph(rng: random.Random) -> str:
    full, short, pronoun = rng.choice(PEOPLE)
    kind = rng.randrange(7)
    quote = sentence(rng, rng.randint(6, 18))
    cue = rng.choice(CUES)
    if kind == 0:
        return f"“{quote},” {full} {cue}. “{sentence(rng, 9)}.”"
    if kind == 1:
        return f"{full} {cue}: “{quote}.”"
    if kind == 2:
        return f"{short} {cue} the {rng.choice(WORDS)} was “{sentence(rng, 4).lower()}.” {sentence(rng, 12)}."
    if kind == 3:
        return f"“{quote},” {pronoun} {cue}, “{sentence(rng, 7).lower()}.”"
    if kind == 4:
        return f"The so-called “{rng.choice(WORDS)} deal” is {sentence(rng, 10).lower()}."
    if kind == 5:
        return f"“{quote}.”"
    return f"{sentence(rng, 14)}, according to {full}. {sentence(rng, 11)}."


def narrative(rng: random.Random) -> str:
    full, _, _ = rng.choice(PEOPLE)
    return f"{sentence(rng, 16)} near {full.split()[-1]}'s office. {sentence(rng, 20)}. {sentence(rng, 12)}."


def article(rng: random.Random, size: int) -> str:
    """About 2 quotes per KB, as in wire copy (PolNeAR's news averages 1.7)."""
    parts: list[str] = []
    total = 0
    while total < size:
        p = paragraph(rng) if rng.random() < 0.55 else narrative(rng)
        parts.append(p)
        total += len(p) + 2
    return "\n\n".join(parts) + "\n"


def namesakes(n: int) -> str:
    """n people with one surname and distinct given names, each quoted: the name registry
    must not look back over every earlier namesake."""
    given = ("".join(p) for p in itertools.product(string.ascii_lowercase, repeat=4))
    return "".join(f'Q{next(given)} Ruiz came. "We stay," Q{next(given)} Ruiz said. ' for _ in range(n // 2))


def bodies_as_objects(n: int) -> str:
    """n organisations, each named as an object and then quoted as "it": the pronoun's
    object and rival tests must look back over a bounded stretch, not every body named."""
    names = ("".join(p).title() for p in itertools.product(string.ascii_lowercase, repeat=4))
    return "\n\n".join(
        f"Ann {w} met the board of {w} Holdings on Monday. “We will build the pier soon,” it said."
        for w in itertools.islice(names, n)
    )


def timed(text: str, kind: str = "text") -> tuple[float, int]:
    t0 = time.perf_counter()
    quotes = extract_quotes(document_from_text(text, "bench." + {"markdown": "md"}.get(kind, kind), kind))
    return time.perf_counter() - t0, len(quotes)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=8.0, help="size of the synthetic article text")
    ap.add_argument("--hostile", action="store_true", help="also time hostile inputs")
    ap.add_argument("--hostile-mb", type=float, default=50.0)
    a = ap.parse_args()
    rng = random.Random(7)
    text = article(rng, int(a.mb * 1_000_000))
    mb = len(text.encode("utf-8")) / 1_000_000
    seconds, n = timed(text)
    built = "pure Python" if quotecheck.extract.grammar.__file__.endswith(".py") else "compiled with mypyc"
    print(f"extraction: {built}")
    print(
        f"news-like text: {mb:.1f} MB, {n} quotes ({n / mb / 1000:.1f} per KB), "
        f"{seconds:.2f} s, {mb / seconds:.2f} MB/s"
    )
    if not a.hostile:
        return
    for label, hostile in (
        ("a million straight quote marks, no newline", '"' * 1_000_000),
        ("half a million mixed marks, no newline", "“a” b ‘c’ said X, " * 100_000),
        (
            "one sentence, 100,000 quotes after one cue",
            'Ann Lee said "alpha beta"' + ', "gamma delta"' * 100_000,
        ),
        ("100,000 quoted sentences on one line", '"Alpha beta gamma delta." ' * 100_000),
        ("20,000 people sharing one surname", namesakes(20_000)),
        ("10,000 bodies named as objects, then 'it said'", bodies_as_objects(10_000)),
        (
            f"{a.hostile_mb:.0f} MB of prose, one paragraph",
            article(rng, int(a.hostile_mb * 1_000_000)).replace("\n", " "),
        ),
    ):
        hmb = len(hostile.encode("utf-8")) / 1_000_000
        seconds, n = timed(hostile)
        print(f"hostile: {label}: {hmb:.1f} MB, {n} spans, {seconds:.2f} s, {hmb / seconds:.2f} MB/s")
    # Markup that made the old readers quadratic (issue 14): minutes before, well under a second now.
    news_page = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in text[:2_000_000].split("\n\n"))
        + "</article></body></html>"
    )
    for label, hostile, kind in (
        ("HTML, 200,000 unclosed <!--", "<p>a</p>" + "<!--" * 200_000, "html"),
        ("HTML, 100,000 unclosed <a", "<a" * 100_000, "html"),
        ("Markdown, 200,000 unclosed <!--", "<!--" * 200_000, "markdown"),
        ("Markdown, 100,000 [", "[" * 100_000, "markdown"),
        ("Markdown, 50,000 [a](", "[a](" * 50_000, "markdown"),
        ("HTML, a 2 MB news page", news_page, "html"),
    ):
        hmb = len(hostile.encode("utf-8")) / 1_000_000
        seconds, n = timed(hostile, kind)
        print(f"hostile: {label}: {hmb:.1f} MB, {n} spans, {seconds:.2f} s")


if __name__ == "__main__":
    main()
