"""End-to-end sweep, session 33: one word in another country's spelling is no change of
wording, and transcript turns keep their speaker when a time stamp stands by the label."""

from __future__ import annotations

from quotecheck.match import Matcher
from quotecheck.model import Quote, QuoteResult, Source, Verdict
from quotecheck.sources.transcript import turns_of
from quotecheck.verify import judge

SPEECH = (
    "We will organise the volunteers street by street. The theatre's centre stage was travelled "
    "to by our neighbours, and the defence programme is not finished. It takes four hours."
)


def check(text: str, speaker: str, source: Source) -> QuoteResult:
    matcher = Matcher([source])
    quote = Quote("q", text, 0, len(text), 1, 1, 1, len(text), speaker=speaker)
    return judge(quote, matcher.locate(text, speaker), True, known_speakers=matcher.known)


def post(text: str) -> Source:
    return Source("post.md", "post", text, author="Ivo Lund")


def test_british_and_american_spellings_are_equivalent() -> None:
    source = post(SPEECH)
    for quote in (
        "We will organize the volunteers street by street.",
        "The theater's center stage was traveled to by our neighbors",
        "the defense program is not finished.",
    ):
        result = check(quote, "Ivo Lund", source)
        assert result.verdict is Verdict.EQUIVALENT, quote
        assert "spelling_changed" in [f.code for f in result.findings]


def test_words_that_only_look_alike_are_still_changes() -> None:
    source = post(SPEECH)
    assert check("It takes for hours.", "Ivo Lund", source).verdict is Verdict.ALTERED
    assert (
        check("We will organize the volunteers road by road.", "Ivo Lund", source).verdict is Verdict.ALTERED
    )


def speakers(text: str) -> list[str | None]:
    return [t.speaker for t in turns_of(text)]


def test_time_stamps_before_or_after_the_label() -> None:
    assert speakers("[00:01:02] IVO LUND: We go.\n\n[00:01:40] VERA SAL: We stay.") == [
        "Ivo Lund",
        "Vera Sal",
    ]
    assert speakers("00:01:02 LUND: We go.\n00:01:40 SAL: We stay.") == ["Lund", "Sal"]
    assert speakers("IVO LUND [00:01:02]: We go.\nVERA SAL [00:01:40]: We stay.") == ["Ivo Lund", "Vera Sal"]
    assert speakers("Ivo Lund (00:01:02):\nWe go.\n\nVera Sal (1:40):\nWe stay.") == ["Ivo Lund", "Vera Sal"]


def test_a_stamp_does_not_make_a_sentence_a_label() -> None:
    assert speakers("00:01 Note the time: it ran late.\n00:02 then it went: on and on.") == []
    # names in ordinary case with no stamp label turns only where they are all the text is
    assert speakers("The council met.\nVera Sal: we go.\nIvo Lund: we stay.") == []


def test_words_given_to_the_other_stamped_speaker_are_misattributed() -> None:
    text = "[00:01:02] IVO LUND: The ferry runs every hour from May.\n\n[00:01:40] VERA SAL: We will not pay."
    source = Source("meeting.md", "transcript", text, turns=turns_of(text))
    assert check("We will not pay.", "Ivo Lund", source).verdict is Verdict.MISATTRIBUTED
    assert check("We will not pay.", "Vera Sal", source).verdict is Verdict.EXACT


PAGE = (
    "Harbour row deepens\n\nBy Nell Tarrant\n\n"
    "“We will not raise the harbour fee this year,” said Vera Sal, a councillor.\n\n"
    "The plan has divided the council.\n\n"
    "Ivo Lund, the harbour master, said: “The bridge repairs are finished.”\n\n"
    "Lund was asked about it later. “We will not pay for the ferry,” he said.\n\n"
    "In a statement, Dora Quill, chief executive of the Quay Trust, wrote: “The depot opens in May.”"
)


def on_page(text: str, speaker: str) -> Verdict | None:
    return check(text, speaker, Source("page.html", "page", PAGE, author="Nell Tarrant")).verdict


def test_words_a_page_gives_to_one_named_person_are_not_another_s() -> None:
    assert on_page("We will not raise the harbour fee this year.", "Ivo Lund") is Verdict.MISATTRIBUTED
    assert on_page("The bridge repairs are finished.", "Vera Sal") is Verdict.MISATTRIBUTED
    assert on_page("The depot opens in May.", "Ivo Lund") is Verdict.MISATTRIBUTED


def test_the_page_s_own_speaker_and_unsure_cases_pass() -> None:
    assert on_page("We will not raise the harbour fee this year.", "Vera Sal") is Verdict.EXACT
    assert on_page("The bridge repairs are finished.", "Lund") is Verdict.EXACT
    assert on_page("The depot opens in May.", "Dora Quill") is Verdict.EXACT
    # a pronoun may reach back past the paragraph; a description names no one to compare
    assert on_page("We will not pay for the ferry.", "Vera Sal") is Verdict.EXACT
    assert on_page("The bridge repairs are finished.", "a council spokesman") is Verdict.EXACT


def test_an_organisation_s_release_may_quote_its_own_people() -> None:
    release = (
        "Quay Trust announces depot\n\n“The depot opens in May,” said Dora Quill, chief executive of the Quay Trust."
        "\n\nThe Trust thanked the harbour master, Ivo Lund, for his help."
    )
    source = Source("release.md", "release", release, author="Quay Trust")
    assert check("The depot opens in May.", "Quay Trust", source).verdict is Verdict.EXACT
    assert check("The depot opens in May.", "Ivo Lund", source).verdict is Verdict.MISATTRIBUTED


def test_a_page_quoted_by_its_outlet_or_someone_it_never_names_is_left_alone() -> None:
    assert on_page("The bridge repairs are finished.", "Coastal Courier") is Verdict.EXACT
    assert on_page("The bridge repairs are finished.", "Anneli Varga") is Verdict.EXACT


def test_a_quote_closed_just_before_the_source_s_not_is_a_negation_change() -> None:
    source = post(
        "They said the road would be finished in May, and it was not. I will never sell the mill, never."
    )
    # "I will." before "never sell the mill, never.": the not-phrase runs past two words, so it may
    # be a verb of its own ("it will" before "never close"): left alone (session 33, sweep V4)
    for quote in ("They said the road would be finished in May, and it was.", "and it was,"):
        result = check(quote, "Ivo Lund", source)
        assert result.verdict is Verdict.ALTERED, quote
        assert "negation_changed" in [f.code for f in result.findings]
    # a partial quote left open may go on in the draft's own words; a whole sentence is fine
    assert check("the road would be finished in May", "Ivo Lund", source).verdict is Verdict.EXACT
    assert check("I will never sell the mill, never.", "Ivo Lund", source).verdict is Verdict.EXACT
