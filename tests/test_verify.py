"""Every verdict and finding, on passages written for these tests (a speaker-labelled
transcript, a post, a clipped snippet)."""

from __future__ import annotations

from quotecheck.match import Matcher
from quotecheck.model import Level, Quote, QuoteResult, Source, Verdict
from quotecheck.sources.transcript import turns_of
from quotecheck.verify import Thresholds, judge

COUNCIL = """\
Minutes of the city council, 3 June 2026

MAYOR ALICE GRANT: We will not close the harbour this winter. The fishing fleet depends on
it, and so do the cafés on the quay. We should have the new cranes by March.

COUNCILLOR BEN OKAFOR: The repairs will cost about 4 million pounds. We can't pay for it
from reserves, so we must borrow. I'd say the work starts in May.

MAYOR ALICE GRANT: Thank you, Ben. Next item: the library. It opens on Saturdays again from July.

SEN. ROSA DIAZ: This is a first for the county. I never expected the state to help us so quickly.
"""


def council() -> Source:
    return Source("council.txt", "transcript", COUNCIL, turns=turns_of(COUNCIL))


def check(text: str, speaker: str | None = "Alice Grant", *sources: Source, **kw: object) -> QuoteResult:
    found = list(sources) or [council()]
    thresholds = kw.get("thresholds")
    matcher = Matcher(found, max_gap=thresholds.max_gap if isinstance(thresholds, Thresholds) else 1500)
    quote = Quote("q", text, 0, len(text), 1, 1, 1, len(text), speaker=speaker)
    return judge(quote, matcher.locate(text, speaker), True, known_speakers=matcher.known, **kw)  # type: ignore[arg-type]


def codes(result: QuoteResult) -> list[str]:
    return [f.code for f in result.findings]


def test_exact_once_typography_is_folded() -> None:
    result = check("We will not close the harbour this winter.")
    assert result.verdict is Verdict.EXACT
    assert result.findings == ()
    assert check("The fishing fleet depends on it, and so do the cafés on the quay.").verdict is Verdict.EXACT
    typographic = check("We can’t pay for it from reserves, so we must borrow.", "Ben Okafor")
    assert typographic.verdict is Verdict.EXACT


def test_case_and_punctuation_are_equivalent() -> None:
    result = check("we will not close the harbour this winter; the fishing fleet depends on it")
    assert result.verdict is Verdict.EQUIVALENT
    assert set(codes(result)) <= {"case_changed", "punctuation_changed"}
    assert all(f.level is Level.INFO for f in result.findings)


def test_marked_edits_are_edited() -> None:
    ellipsis = check("We will not close the harbour this winter. … We should have the new cranes by March.")
    assert ellipsis.verdict is Verdict.EDITED
    assert "ellipsis_omission" in codes(ellipsis)
    bracket = check("The fishing fleet depends on [the harbour]", "Alice Grant")
    assert bracket.verdict is Verdict.EDITED
    assert "bracketed_insertion" in codes(bracket)
    capital = check("[T]he fishing fleet depends on it", "Alice Grant")
    assert capital.verdict in (Verdict.EDITED, Verdict.EXACT)
    assert check("[W]e should have the new cranes by March").verdict is Verdict.EDITED
    sic = check("It opens on Saturdays [sic] again from July.")
    assert sic.verdict is Verdict.EDITED
    assert "sic" in codes(sic)


def test_meaning_changes_are_errors() -> None:
    negation = check("We will close the harbour this winter.")
    assert negation.verdict is Verdict.ALTERED
    assert "negation_changed" in codes(negation)
    contraction = check("We can pay for it from reserves, so we must borrow.", "Ben Okafor")
    assert "negation_changed" in codes(contraction)
    number = check("The repairs will cost about 6 million pounds.", "Ben Okafor")
    assert "number_changed" in codes(number)
    modality = check("We must have the new cranes by March.")
    assert "modality_changed" in codes(modality)
    name = check("It opens on Sundays again from July.")
    assert name.verdict is Verdict.ALTERED
    assert "name_changed" in codes(name)
    for result in (negation, contraction, number, modality, name):
        assert any(f.level is Level.ERROR for f in result.findings)


def test_unmarked_changes_are_altered() -> None:
    wording = check("The fishing fleet relies on it, and so do the cafés on the quay.")
    assert wording.verdict is Verdict.ALTERED
    assert "wording_changed" in codes(wording)
    omission = check("The fishing fleet depends on it, and so do the cafés.")
    assert "unmarked_omission" not in codes(omission)  # the quote stops early: that is fine
    dropped = check("The fishing fleet depends on it, and the cafés on the quay.")
    assert dropped.verdict is Verdict.ALTERED
    assert "unmarked_omission" in codes(dropped)
    added = check("The whole fishing fleet depends on it, and so do the cafés on the quay.")
    assert added.verdict is Verdict.ALTERED
    assert "unmarked_insertion" in codes(added)


def test_ellipsis_may_not_drop_a_negation() -> None:
    result = check("I … expected the state to help us so quickly.", "Rosa Diaz")
    assert result.verdict is Verdict.ALTERED
    assert "negation_changed" in codes(result)


def test_a_number_written_in_words_is_not_a_change() -> None:
    source = Source("s.txt", "document", "We hired four new nurses this year.", author="Ann Lee")
    result = check("We hired 4 new nurses this year.", "Ann Lee", source)
    assert result.verdict is Verdict.EQUIVALENT
    assert "number_written_differently" in codes(result)


def test_words_from_another_speaker_are_misattributed() -> None:
    result = check("The repairs will cost about 4 million pounds.", "Alice Grant")
    assert result.verdict is Verdict.MISATTRIBUTED
    assert codes(result)[0] == "speaker_mismatch"
    assert check("The repairs will cost about 4 million pounds.", "Okafor").verdict is Verdict.EXACT
    assert check("This is a first for the county.", "Rosa Diaz").verdict is Verdict.EXACT
    assert check("This is a first for the county.", "Sen. Diaz").verdict is Verdict.EXACT


def test_post_author_and_handle_decide_who_said_it() -> None:
    post = Source("p.md", "post", "Proud of the crew today. Launch went perfectly!", handle="@RosaDiaz")
    assert check("Launch went perfectly!", "Rosa Diaz", post).verdict is Verdict.EXACT
    assert check("Launch went perfectly!", "Ben Okafor", post).verdict is Verdict.MISATTRIBUTED
    accounts = {"Ben Okafor": "@HarbourBen"}
    other = Source("q.md", "post", "The quay is open again for visitors.", handle="@HarbourBen")
    assert check("The quay is open again for visitors.", "Ben Okafor", other, accounts=accounts).verdict is (
        Verdict.EXACT
    )


def test_pieces_from_different_turns_or_far_apart_are_stitched() -> None:
    turns = check("We will not close the harbour this winter … we must borrow.")
    assert turns.verdict is Verdict.STITCHED
    assert "stitched" in codes(turns)
    filler = " ".join(["Other business followed."] * 400)
    far = Source("f.txt", "document", f"The budget is balanced. {filler} Taxes will stay as they are.")
    result = check("The budget is balanced … Taxes will stay as they are.", None, far)
    assert result.verdict is Verdict.STITCHED
    near = check(
        "The budget is balanced … Taxes will stay as they are.",
        None,
        far,
        thresholds=Thresholds(max_gap=20000),
    )
    assert near.verdict is Verdict.EDITED


def test_unmarked_join_of_two_passages_is_stitched() -> None:
    result = check("We will not close the harbour this winter. It opens on Saturdays again from July.")
    assert result.verdict is Verdict.STITCHED


def test_truncated_source_gets_its_own_finding() -> None:
    clipped = Source(
        "t.md", "post", "Congratulations to the rowing team for a historic win at the…", author="Ann Lee"
    )
    result = check(
        "Congratulations to the rowing team for a historic win at the regatta in Henley.", "Ann Lee", clipped
    )
    assert result.verdict is Verdict.EXACT
    assert "source_truncated" in codes(result)
    assert not {"unmarked_insertion", "wording_changed"} & set(codes(result))
    flagged = Source("u.md", "post", "Our team won the cup", author="Ann Lee", truncated=True)
    assert "source_truncated" in codes(check("Our team won the cup", "Ann Lee", flagged))


def test_not_found_and_unverified() -> None:
    assert check("Nothing like this was ever said by anyone at all.").verdict is Verdict.NOT_FOUND
    quote = Quote("q", "Words", 0, 5, 1, 1, 1, 5, speaker="Ann")
    assert judge(quote, None, False).verdict is Verdict.UNVERIFIED


def test_severities_can_be_configured() -> None:
    result = check(
        "The fishing fleet relies on it", thresholds=Thresholds(levels=(("wording_changed", "error"),))
    )
    assert [f.level for f in result.findings if f.code == "wording_changed"] == [Level.ERROR]


def test_words_running_across_two_turns_are_stitched() -> None:
    result = check("We should have the new cranes by March. The repairs will cost about 4 million pounds.")
    assert result.verdict is Verdict.STITCHED


def test_question_and_answer_labels_name_nobody() -> None:
    text = "Q: Will the harbour close?\nA: No. We will keep it open all winter.\nQ: Thank you.\n"
    interview = Source("i.txt", "transcript", text, turns=turns_of(text))
    result = check("We will keep it open all winter.", "Alice Grant", interview)
    assert result.verdict is Verdict.EXACT


def test_paraphrase_and_bracketed_meaning_change_are_not_passed() -> None:
    assert check("We will not shut the port this winter.").verdict is Verdict.ALTERED
    negated = check("The fishing fleet [never] depends on it")
    assert negated.verdict is Verdict.ALTERED
    assert "negation_changed" in codes(negated)
    twice = check("We will not close the harbour … The fishing fleet depends on it … the quay.")
    assert twice.verdict is Verdict.EDITED
    assert check("… the cafés on the quay …").verdict is Verdict.EXACT


def test_a_byline_does_not_own_the_words_it_quotes() -> None:
    page = Source(
        "page.html",
        "page",
        "Harbour saved\n\nThe mayor spoke on Tuesday. “We will not close the harbour,” Grant said.\n\n"
        "Our view: the council should publish the repair costs.",
        author="Jane Writer",
    )
    assert check("We will not close the harbour", "Alice Grant", page).verdict is Verdict.EXACT
    own = check("the council should publish the repair costs", "Alice Grant", page)
    assert own.verdict is Verdict.MISATTRIBUTED


def test_a_description_is_not_a_name_to_compare() -> None:
    result = check("The repairs will cost about 4 million pounds.", "a council spokesman")
    assert result.verdict is Verdict.EXACT


def test_findings_point_at_the_words_concerned() -> None:
    text = "The repairs will cost about 6 million pounds."
    result = check(text, "Ben Okafor")
    [number] = [f for f in result.findings if f.code == "number_changed"]
    assert number.quote_span is not None and number.source_span is not None
    assert text[number.quote_span.start : number.quote_span.end] == "6"
    assert COUNCIL[number.source_span.start : number.source_span.end] == "4"
