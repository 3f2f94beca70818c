"""Session 35: British and American spellings of one word fold as one spelling (an info finding,
verdict equivalent): -re/-er after a consonant (metres, fibre, litre, sombre; centred, fibred,
centring), -ogue/-og (catalogue, catalogued, dialogue), and the pairs no ending tells (grey/gray,
tyre/tire, plough/plow, mould/mold, paediatric/pediatric) with the endings of one word. Two
different words never fold: grey/grew, timber/timbre, livre/liver, barre/barer, acre/acer,
license/licence, practice/practise, greyhound/grayhound, sacred/sacered, hundred/hundered."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.api import check
from quotecheck.model import Verdict
from quotecheck.verify import spelling_key


def checked(tmp_path: Path, said: str, quoted: str) -> tuple[Verdict | None, list[str]]:
    (tmp_path / "src").mkdir(exist_ok=True)
    (tmp_path / "src" / "post.md").write_text(
        f"---\nkind: post\nauthor: Orla Penhallow\ndate: 2026-04-03\n---\n{said}\n", encoding="utf-8"
    )
    article = tmp_path / "draft.md"
    article.write_text(
        f"---\ntitle: Pier\ndate: 2026-04-04\n---\n# Pier\n\n“{quoted}” Orla Penhallow said.\n",
        encoding="utf-8",
    )
    report = check([article], sources=[tmp_path / "src"], store=tmp_path / "store")
    quotes = [q for a in report.articles for q in a.quotes if q.quote.kind == "quote"]
    assert len(quotes) == 1, quotes
    return quotes[0].verdict, [f.code for f in quotes[0].findings]


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("The new track is four hundred metres long.", "The new track is four hundred meters long."),
        ("The cable is made of glass fibre.", "The cable is made of glass fiber."),
        ("We sold three thousand litres of milk.", "We sold three thousand liters of milk."),
        ("It was a sombre day for the valley.", "It was a somber day for the valley."),
        ("The plan was centred on the old harbour.", "The plan was centered on the old harbor."),
        ("We catalogued every letter in the archive.", "We cataloged every letter in the archive."),
        ("Our dialogue with the council has broken down.", "Our dialog with the council has broken down."),
        ("The old mill was painted grey.", "The old mill was painted gray."),
        ("The theatre will reopen with a greyer stage.", "The theater will reopen with a grayer stage."),
        ("Two tyres burst on the bridge.", "Two tires burst on the bridge."),
        ("The farmers ploughed the east field.", "The farmers plowed the east field."),
        ("The new paediatric ward opens in June.", "The new pediatric ward opens in June."),
        ("We need a meter on every house.", "We need a metre on every house."),
    ],
)
def test_one_word_in_another_country_s_spelling_is_equivalent(tmp_path: Path, said: str, quoted: str) -> None:
    verdict, codes = checked(tmp_path, said, quoted)
    assert verdict is Verdict.EQUIVALENT and "spelling_changed" in codes, (verdict, codes)


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("The old mill was painted grey.", "The old mill was painted grew."),
        ("The boathouse was built of timber.", "The boathouse was built of timbre."),
        ("The price was fixed in livres.", "The price was fixed in livers."),
        ("The dancers worked at the barre.", "The dancers worked at the barer."),
        ("The new acre of woodland was planted.", "The new acer of woodland was planted."),
        ("Our practice is to check every claim.", "Our practise is to check every claim."),
        ("The greyhound won the last race.", "The grayhound won the last race."),
        ("The sacred stones stand above the village.", "The sacered stones stand above the village."),
        ("Two hundred people marched to the hall.", "Two hundered people marched to the hall."),
        # -re after a consonant other than t, b, v, h: the -er form is a misspelling, no country's
        ("A cadre of volunteers ran the depot.", "A cader of volunteers ran the depot."),
        ("The genre has never sold better.", "The gener has never sold better."),
        ("The massacre is remembered every spring.", "The massacer is remembered every spring."),
    ],
)
def test_two_different_words_are_no_spelling_change(tmp_path: Path, said: str, quoted: str) -> None:
    verdict, codes = checked(tmp_path, said, quoted)
    assert verdict is not Verdict.EQUIVALENT and "spelling_changed" not in codes, (verdict, codes)


@pytest.mark.parametrize(
    ("a", "b"),
    [("metres", "meters"), ("meagre", "meager"), ("ochre", "ocher"), ("fibred", "fibered"), ("centring", "centering"), ("catalogues", "catalogs"),
     ("cataloguing", "cataloging"), ("greying", "graying"), ("mouldy", "moldy"), ("manoeuvres", "maneuvers"),
     ("paediatricians", "pediatricians"), ("sceptical", "skeptical"), ("lustre", "luster")],
)  # fmt: skip
def test_endings_keep_the_fold(a: str, b: str) -> None:
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("eagre", "eager"), ("outre", "outer"), ("chancre", "chancer"), ("timbres", "timbers"), ("ogre", "oger"),
     ("hatred", "hatered"), ("grey", "grew"), ("prey", "pray"), ("greyhound", "grayhound")],
)  # fmt: skip
def test_twins_stay_apart(a: str, b: str) -> None:
    assert spelling_key(a) != spelling_key(b)
