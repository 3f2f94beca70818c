"""A past participle before "by" and its agent after a noun ("a statement released by her
lawyer", "a letter signed by the manager") is a passive on that noun, not the finite verb of
the sentence: "“…,” the family said in a statement released by …" keeps "said" as its cue and
the family as the speaker, where the participle rule once read "said" as a reduced relative
on "family". A participle phrase that does run on to a finite verb ("The figures cited in a
report released by the board were …") still modifies its noun. All invented."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def kinds(text: str) -> list[tuple[str, str | None]]:
    """The kind and speaker of each quotation in ``text``."""
    return [(q.kind, q.speaker) for q in extract_quotes(document_from_text(text + "\n", "story.txt"))]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We are heartbroken,” the family said in a statement released by their lawyer, Ivo Renk.",
            "the family",
        ),
        ("“We are heartbroken,” the family said in a statement released by their lawyer.", "the family"),
        ("“We will rebuild,” the owners said in a letter signed by their manager, Ana Lund.", "the owners"),
        ("“We are heartbroken,” the family said in a statement written by their lawyer.", "the family"),
    ],
)
def test_a_passive_participle_in_the_cue_phrase_is_no_finite_verb(text: str, speaker: str) -> None:
    assert kinds(text) == [("quote", speaker)]


def test_a_participle_phrase_running_on_to_its_verb_still_modifies_its_noun() -> None:
    text = "The figures cited in a report released by the board were “plainly wrong and badly made,” Ivo Renk said."
    assert kinds(text) == [("quote", "Ivo Renk")]
