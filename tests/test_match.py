"""Locating quotes: exact offsets, ellipsis chains, the index and its store, fallbacks."""

from __future__ import annotations

import random
from pathlib import Path

from quotecheck.match import Matcher, same_person
from quotecheck.match.index import SeedIndex, seeds
from quotecheck.model import Source, Turn
from quotecheck.sources.transcript import turns_of
from quotecheck.store import Store

HEARING = """\
Transcript of the water board hearing, 12 May 2026

CHAIR MARIA LOPEZ: The board will now hear from the utility.

DIRECTOR TOM WEBB: Thank you. Our reservoirs are at sixty percent, which is low for May. We
will not ration water this summer, but we are asking every household to cut use by a tenth.
The new pipeline to the northern towns should be finished in 2028.

CHAIR MARIA LOPEZ: And the price? Families are worried about bills.

DIRECTOR TOM WEBB: Prices will rise by about 4 percent in January. That is below inflation.
"""


def transcript() -> Source:
    return Source("hearing.txt", "transcript", HEARING, turns=turns_of(HEARING))


def test_quote_is_located_with_exact_offsets_in_the_written_source() -> None:
    source = transcript()
    match = Matcher([source]).locate("We will not ration water this summer")
    assert match is not None
    assert source.text[match.start : match.end] == "We\nwill not ration water this summer"
    assert match.score == 100.0
    assert match.said_by == "Tom Webb"


def test_typography_in_the_quote_does_not_move_the_span() -> None:
    source = Source(
        "post.md", "post", "It’s done — finally. We’re “very” proud &amp; relieved…", author="Ann Lee"
    )
    match = Matcher([source]).locate("It's done -- finally. We're \"very\" proud & relieved")
    assert match is not None
    assert source.text[match.start : match.end] == "It’s done — finally. We’re “very” proud &amp; relieved"


def test_ellipsis_segments_are_found_in_order_in_one_passage() -> None:
    match = Matcher([transcript()]).locate(
        "Our reservoirs are at sixty percent … we are asking every household to cut use by a tenth."
    )
    assert match is not None
    assert len(match.pieces) == 2
    first, second = match.pieces
    assert first.end <= second.start
    assert HEARING[first.start : first.end] == "Our reservoirs are at sixty percent"
    assert HEARING[second.start : second.end].startswith("we are asking every household")
    omitted = [op for op in match.ops if op.quote_words == ("…",)]
    assert omitted and "ration" in omitted[0].source_words


def test_repeated_words_choose_the_chain_that_keeps_the_order() -> None:
    source = Source("s.txt", "document", "This is on their minds. This is on their lists, she said.")
    match = Matcher([source]).locate("This is on their … is on their lists")
    assert match is not None
    first, second = match.pieces
    assert source.text[first.start : first.end] == "This is on their"
    assert source.text[second.start : second.end] == "is on their lists"
    assert first.end <= second.start


def test_segments_from_different_sources_are_separate_pieces() -> None:
    a = Source("a.txt", "document", "The mayor promised a new library for the east side of town.")
    b = Source("b.txt", "document", "Nobody expected the budget to pass before the summer recess.")
    match = Matcher([a, b]).locate("a new library for the east side … the budget to pass before the summer")
    assert match is not None
    assert len(match.pieces) == 2
    assert {s.locator for s in match.piece_sources} == {"a.txt", "b.txt"}


def test_nothing_close_is_none() -> None:
    assert Matcher([transcript()]).locate("Completely different words about football and weather") is None


def synthetic_corpus(n_docs: int, words_per_doc: int) -> list[str]:
    rng = random.Random(3)
    vocab = [f"w{i}x" for i in range(3000)]
    return [" ".join(rng.choices(vocab, k=words_per_doc)) for _ in range(n_docs)]


def test_index_finds_an_edited_quote_among_many_sources() -> None:
    texts = synthetic_corpus(40, 3000)
    sources = [Source(f"d{i}.txt", "document", t) for i, t in enumerate(texts)]
    words = texts[27].split()[1200:1215]
    words[3] = "changed"
    del words[9]
    match = Matcher(sources).locate(" ".join(words))
    assert match is not None and match.source.locator == "d27.txt"
    assert texts[27][match.start : match.end].split()[0] == words[0]


def test_index_is_kept_in_files_and_only_changed_text_is_indexed_again(tmp_path: Path) -> None:
    from quotecheck.match.segments import open_index

    texts = synthetic_corpus(5, 2000)
    store = Store(tmp_path / "store")
    sources = [Source(f"d{i}.txt", "document", t) for i, t in enumerate(texts)]
    first = open_index(sources, store)
    segments = store.db.execute("SELECT key, docs FROM segments").fetchall()
    assert [docs for _, docs in segments] == [5]
    assert sorted(p.name for p in store.index_dir.iterdir()) == sorted(
        f"{segments[0][0]}.{n}.npy" for n in ("bkt", "low", "pos")
    )
    seed = int(seeds(texts[3])[0][100])
    assert open_index(sources, store).postings(seed).tolist() == first.postings(seed).tolist()
    texts[2] = texts[2].replace("w1x", "w2x")
    sources[2] = Source("d2.txt", "document", texts[2])
    changed = open_index(sources, store)
    rows = store.db.execute("SELECT docs FROM segments ORDER BY built, docs").fetchall()
    assert sorted(rows) == [(1,), (5,)]  # the old segment, less the changed text, and a new one
    for text in (texts[2], texts[4]):
        seed = int(seeds(text)[0][50])
        assert sorted(changed.postings(seed).tolist()) == sorted(
            SeedIndex.build(texts).postings(seed).tolist()
        )
    store.close()


def test_short_heavily_edited_quote_falls_back_to_the_speakers_turns() -> None:
    filler = " ".join(f"w{i}x" for i in range(400_000))  # big enough to skip the whole scan
    text = f"ANN LEE: {filler}\n\nBOB RAY: Prices will surely rise in spring.\n\nANN LEE: {filler}\n"
    source = Source("t.txt", "transcript", text, turns=turns_of(text))
    matcher = Matcher([source])
    match = matcher.locate("Prices would rise in the spring", speaker="Bob Ray")
    assert match is not None
    assert text[match.start : match.end].startswith("Prices will surely rise in spring")


def test_names_match_across_forms() -> None:
    assert same_person("Jim Bridenstine", "Bridenstine")
    assert same_person("Jim Bridenstine", "BRIDENSTINE")
    assert same_person("Jim Bridenstine", "@JimBridenstine")
    assert same_person("Bridenstine", "@jimbridenstine")
    assert same_person("Sen. James Bridenstine (R-Okla.)", "Jim Bridenstine")
    assert same_person("Alex Ray", "@official", accounts={"Alex Ray": "@official"})
    assert not same_person("Hanna Corvel", "Bert Corvel")
    assert not same_person("David Ostrow", "David Wilmot")
    # A garbled attribution nobody in the sources has: the surname decides.
    assert same_person("Meanwhile Webb", "Tom Webb", known=["Tom Webb", "Maria Lopez"])
    assert not same_person("Ann Webb", "Tom Webb", known=["Tom Webb", "Ann Webb"])


def test_turn_speaker_is_who_said_the_words() -> None:
    source = Source("x.txt", "transcript", "A: one two three\nB: four five six\n", turns=(Turn(3, 17, "A"),))
    assert source.speaker_at(5) == "A"


def test_seeds_fold_case_and_compatibility_forms_beyond_ascii() -> None:
    from quotecheck.match.index import seeds

    upper, _ = seeds("LA RÉFORME DE L’ÉCOLE ＰＵＢＬＩＱＵＥ")
    lower, _ = seeds("la réforme de l'école publique")
    assert upper.tolist() == lower.tolist()
    index = SeedIndex.build(["nothing here at all", "Die Straße nach Köln ist gesperrt, sagte Müller heute."])
    [best, *_] = index.candidates("die straße nach köln ist gesperrt")
    assert best.doc == 1 and best.start == 0
