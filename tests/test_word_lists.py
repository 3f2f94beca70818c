"""Word lists have one home: extract/lexicon.py.

A tuple, set or list of three or more words written inline anywhere else in
extract/ is a lexical patch waiting to drift from its twin; name it in the
lexicon instead."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

EXTRACT = Path(__file__).resolve().parents[1] / "src" / "quotecheck" / "extract"
WORD = re.compile(r"[^\W\d_][\w’'.\- ]*")


def inline_lists(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    exempt: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            exempt.add(id(node.value))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Tuple, ast.Set, ast.List)) or id(node) in exempt:
            continue
        words = [
            e.value
            for e in node.elts
            if isinstance(e, ast.Constant) and isinstance(e.value, str) and WORD.fullmatch(e.value)
        ]
        if len(words) >= 3:
            found.append(f"{path.name}:{node.lineno}: {words[:4]}")
    return found


@pytest.mark.parametrize(
    "path",
    sorted(p for p in EXTRACT.glob("*.py") if p.name != "lexicon.py"),
    ids=lambda p: p.name,
)
def test_no_inline_word_lists_outside_the_lexicon(path: Path) -> None:
    assert inline_lists(path) == []


def test_titles_and_name_words_have_one_home() -> None:
    from quotecheck.extract import lexicon
    from quotecheck.match import names

    assert names.HONORIFICS is lexicon.HONORIFICS and lexicon.HONORIFICS <= lexicon.TITLES
    assert names.NAME_SUFFIXES is lexicon.NAME_SUFFIXES
    assert lexicon.NAME_PARTICLES <= lexicon.NAME_JOINERS
    assert lexicon.FINITE_BE <= lexicon.BE_FORMS and lexicon.FINITE_BE <= lexicon.FINITE_AUX


def test_each_word_list_is_defined_once() -> None:
    # Two branches each added KIN_NOUNS to lexicon.py; the later silently replaced the earlier,
    # so one branch's rule ran on a list its author never saw. A list has one home, once.
    tree = ast.parse((EXTRACT / "lexicon.py").read_text(encoding="utf-8"))
    seen: set[str] = set()
    twice: list[str] = []
    for node in tree.body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        for target in targets:
            if isinstance(target, ast.Name):
                (twice if target.id in seen else []).append(target.id)
                seen.add(target.id)
    assert twice == []
