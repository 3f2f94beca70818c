"""Session 33, verdict sweep V4 mends: the spelling key no longer folds different words
(timbre/timber, apprise/apprize, the noun licence/the verb license); a "not" straight after a
quote counts as a negation change only where it negates a helper verb and ends its clause ("and
it was not."), never "good not only for", "answers not excuses"; a page whose paragraph tells
that its speaker reads out, translates or passes on another's words gives them to nobody in
particular; a body's own post whose lines open "Name Surname:" may be quoted as the body's."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.api import check
from quotecheck.model import QuoteResult, Verdict
from quotecheck.verify import spelling_key

OK = (Verdict.EXACT, Verdict.EQUIVALENT)


def checked(tmp_path: Path, draft: str, name: str, source: str) -> list[QuoteResult]:
    """The draft's quotes as checked against the one source file ``name``."""
    (tmp_path / "src").mkdir(exist_ok=True)
    for old in (tmp_path / "src").iterdir():
        old.unlink()
    (tmp_path / "src" / name).write_text(source, encoding="utf-8")
    article = tmp_path / "draft.md"
    article.write_text("---\ntitle: Pier\ndate: 2026-04-04\n---\n# Pier\n\n" + draft + "\n", encoding="utf-8")
    report = check([article], sources=[tmp_path / "src"], store=tmp_path / "store")
    return [q for a in report.articles for q in a.quotes if q.quote.kind == "quote"]


def result(tmp_path: Path, draft: str, name: str, source: str) -> tuple[Verdict | None, list[str]]:
    quotes = checked(tmp_path, draft, name, source)
    assert len(quotes) == 1, quotes
    return quotes[0].verdict, [f.code for f in quotes[0].findings]


def post(author: str, body: str, kind: str = "post") -> str:
    return f"---\nkind: {kind}\nauthor: {author}\ndate: 2026-04-03\n---\n{body}\n"


# 1. spelling
@pytest.mark.parametrize(
    ("a", "b"),
    [("timbre", "timber"), ("timbres", "timbers"), ("apprise", "apprize"), ("apprised", "apprized"),
     ("licence", "license"), ("licences", "licenses")],
)  # fmt: skip
def test_different_words_are_not_one_spelling(a: str, b: str) -> None:
    assert spelling_key(a) != spelling_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("centre", "center"), ("theatres", "theaters"), ("defence", "defense"), ("offences", "offenses"),
     ("organised", "organized"), ("programme", "program")],
)  # fmt: skip
def test_true_variants_still_fold(a: str, b: str) -> None:
    assert spelling_key(a) == spelling_key(b)


def test_a_different_word_in_a_draft_is_altered(tmp_path: Path) -> None:
    src = post("Orla Penhallow", "The boathouse on Wick Lane was built almost entirely of timber.")
    v, _ = result(
        tmp_path,
        "“The boathouse on Wick Lane was built almost entirely of timbre,” Orla Penhallow said.",
        "p.md",
        src,
    )
    assert v not in OK
    v, _ = result(
        tmp_path,
        "“The boathouse on Wick Lane was built almost entirely of timber,” Orla Penhallow said.",
        "p.md",
        src,
    )
    assert v is Verdict.EXACT
    src = post("Orla Penhallow", "We will license the pier design to three other towns this year.")
    v, _ = result(
        tmp_path,
        "“We will licence the pier design to three other towns this year,” Orla Penhallow said.",
        "p.md",
        src,
    )
    assert v not in OK
    src = post("Orla Penhallow", "The new sports centre opens to swimmers on the first of June.")
    v, _ = result(
        tmp_path,
        "“The new sports center opens to swimmers on the first of June,” Orla Penhallow said.",
        "p.md",
        src,
    )
    assert v is Verdict.EQUIVALENT


# 2. negation
@pytest.mark.parametrize(
    ("source", "draft"),
    [
        (
            "The ferry plan is good not only for commuters but for the island's shops too.",
            "The ferry plan is good,",
        ),
        ("We need straight answers not excuses.", "We need straight answers."),
        ("We picked the east quay not the west one.", "We picked the east quay."),
        ("This is a drought not seen since the floods of the last century.", "This is a drought,"),
        ("The slipway will stay open and it will never close.", "The slipway will stay open and it will."),
        ("The levy will rise, not because we want it to but because the law says so.", "The levy will rise."),
    ],
)
def test_a_not_that_sets_things_apart_is_no_negation_cut(tmp_path: Path, source: str, draft: str) -> None:
    v, codes = result(tmp_path, f"“{draft}” Orla Penhallow said.", "p.md", post("Orla Penhallow", source))
    assert "negation_changed" not in codes, (v, codes)


@pytest.mark.parametrize(
    ("source", "draft"),
    [
        (
            "We hoped the toll would be lifted, and it was not.",
            "We hoped the toll would be lifted, and it was,",
        ),
        (
            "They said the pier would hold, and it did not, sadly.",
            "They said the pier would hold, and it did,",
        ),
        (
            "We were told the hall would reopen, and it never did.",
            "We were told the hall would reopen, and it.",
        ),
        (
            "The trust promised the boats would come, but they never came.",
            "The trust promised the boats would come, but they,",
        ),
        (
            "The survey said the wall was sound; it was never sound.",
            "The survey said the wall was sound; it was",
        ),
    ],
)
def test_a_not_that_negates_its_clause_is_a_negation_cut(tmp_path: Path, source: str, draft: str) -> None:
    if not draft.endswith((".", ",")):
        draft += "."
    v, codes = result(tmp_path, f"Orla Penhallow said: “{draft}”", "p.md", post("Orla Penhallow", source))
    assert "negation_changed" in codes, (v, codes)


# 3. words a named person passes on
def page(first: str, second: str) -> str:
    return (
        '<!doctype html><html><head><title>Pier row</title><meta name="author" content="Gazette staff">'
        "</head><body><article><h1>Pier row</h1>"
        f"<p>{first}</p><p>{second}</p></article></body></html>"
    )


RELAYED = [
    ("Orla Penhallow wrote to the trustees last week.",
     "Teodor Vask, the secretary, read it aloud: “The pier will reopen to anglers before the summer.”",
     "“The pier will reopen to anglers before the summer,” Orla Penhallow wrote in the letter."),
    ("Councillor Orla Penhallow was abroad.",
     "“The pier will reopen to anglers before the summer,” Teodor Vask said, reading the councillor's statement.",
     "“The pier will reopen to anglers before the summer,” Orla Penhallow said in a statement."),
    ("Orla Penhallow addressed the hall in Welsh.",
     "“The pier will reopen to anglers before the summer,” Teodor Vask, who translated, told the room.",
     "“The pier will reopen to anglers before the summer,” Orla Penhallow said."),
    ("Orla Penhallow is in hospital.",
     "Teodor Vask, a neighbour, said she had asked him to pass on a message: “The pier will reopen to anglers before the summer.”",
     "“The pier will reopen to anglers before the summer,” Orla Penhallow said in a message."),
]  # fmt: skip


@pytest.mark.parametrize(("first", "second", "draft"), RELAYED)
def test_words_read_out_or_passed_on_are_not_the_reader_s(
    tmp_path: Path, first: str, second: str, draft: str
) -> None:
    v, codes = result(tmp_path, draft, "page.html", page(first, second))
    assert v is not Verdict.MISATTRIBUTED, (v, codes)


def test_a_page_s_other_speaker_still_misattributes(tmp_path: Path) -> None:
    src = page(
        "Orla Penhallow spoke first.",
        "Teodor Vask, the secretary, said: “The pier will reopen to anglers before the summer.”",
    )
    v, _ = result(
        tmp_path,
        "“The pier will reopen to anglers before the summer,” Orla Penhallow said.",
        "page.html",
        src,
    )
    assert v is Verdict.MISATTRIBUTED


# 4. a body's own post whose lines open "Name Surname:"
def test_a_body_may_be_given_the_words_of_its_own_name_labelled_lines(tmp_path: Path) -> None:
    for body, kind in (
        ("Orla Penhallow: We will keep the pier open all winter.\n\nTeodor Vask: The new boats arrive in May.", "post"),
        ("Orla Penhallow: We thank the crews for a hard season.\n\nTeodor Vask: The new boats arrive in May.", "release"),
        ("Orla Penhallow: I am proud of the crews.\nTeodor Vask: The new boats arrive in May, as we promised.", "post"),
    ):  # fmt: skip
        src = post("Wickmoor Harbour Board", body, kind)
        v, codes = result(
            tmp_path,
            "“The new boats arrive in May,” Wickmoor Harbour Board said in a statement.",
            "p.md",
            src,
        )
        assert v in OK, (v, codes)
        v, codes = result(tmp_path, "“The new boats arrive in May,” Teodor Vask said.", "p.md", src)
        assert v in OK, (v, codes)


def test_a_person_s_post_of_a_dialogue_still_misattributes(tmp_path: Path) -> None:
    src = post(
        "Orla Penhallow",
        "Orla Penhallow: We will keep the pier open.\n\nTeodor Vask: The new boats arrive in May.",
    )
    v, _ = result(tmp_path, "“The new boats arrive in May,” Orla Penhallow said.", "p.md", src)
    assert v is Verdict.MISATTRIBUTED
    src = post(
        "Wickmoor Harbour Board",
        "Orla Penhallow: We will keep the pier open.\n\nTeodor Vask: The new boats arrive in May.",
    )
    v, _ = result(tmp_path, "“The new boats arrive in May,” Orla Penhallow said.", "p.md", src)
    assert v is Verdict.MISATTRIBUTED


# Sweep V5: words a page's named person shares, quotes or cites are passed on, not theirs;
# a split quote whose rest carries the "not" dropped nothing.
@pytest.mark.parametrize(
    "second",
    [
        "Teodor Vask shared the letter with reporters: “The pier will reopen to anglers before the summer.”",
        "Teodor Vask said, quoting the letter, “The pier will reopen to anglers before the summer.”",
        "Teodor Vask forwarded the email to the board: “The pier will reopen to anglers before the summer.”",
    ],
)
def test_words_shared_or_quoted_by_a_page_s_person_are_passed_on(tmp_path: Path, second: str) -> None:
    src = page("Orla Penhallow wrote to the harbour board in May.", second)
    draft = "“The pier will reopen to anglers before the summer,” Orla Penhallow wrote."
    v, codes = result(tmp_path, draft, "page.html", src)
    assert v is not Verdict.MISATTRIBUTED, (v, codes)


@pytest.mark.parametrize(
    "draft",
    [
        "“The pier is,” Orla Penhallow said, “not finished.”",
        "“The pier is,” Orla Penhallow insisted. “Not finished.”",
        "“We will,” Orla Penhallow said, “never sell the pier.”",
    ],
)
def test_a_split_quote_whose_rest_carries_the_not_dropped_nothing(tmp_path: Path, draft: str) -> None:
    src = post("Orla Penhallow", "The pier is not finished. We will never sell the pier.")
    v, codes = result_all(tmp_path, draft, "post.md", src)
    assert "negation_changed" not in codes, (v, codes)


def test_a_quote_cut_before_its_not_still_is_a_negation_change(tmp_path: Path) -> None:
    src = post("Orla Penhallow", "The pier is not finished.")
    v, codes = result_all(tmp_path, "“The pier is,” Orla Penhallow said of the works.", "post.md", src)
    assert "negation_changed" in codes, (v, codes)


def result_all(tmp_path: Path, draft: str, name: str, source: str) -> tuple[Verdict | None, list[str]]:
    """The first quote's verdict and the findings of every quote of the draft."""
    quotes = checked(tmp_path, draft, name, source)
    return quotes[0].verdict, [f.code for q in quotes for f in q.findings]
