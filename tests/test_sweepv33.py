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
    assert speakers("Vera Sal: we go.\nIvo Lund: we stay.") == []


def test_words_given_to_the_other_stamped_speaker_are_misattributed() -> None:
    text = "[00:01:02] IVO LUND: The ferry runs every hour from May.\n\n[00:01:40] VERA SAL: We will not pay."
    source = Source("meeting.md", "transcript", text, turns=turns_of(text))
    assert check("We will not pay.", "Ivo Lund", source).verdict is Verdict.MISATTRIBUTED
    assert check("We will not pay.", "Vera Sal", source).verdict is Verdict.EXACT
