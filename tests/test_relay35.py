"""Session 35: whose words a source gives when someone else voices them.

A page's other person who gives the draft speaker's words in another language ("said, putting
her reply into English", "her interpreter, Tomas Bell, said"), or passes on or says again their
words ("repeated Colt's warning", "echoed Colt", "said, quoting her") names no other speaker;
one whose verb of passing on has their own or no words as its object ("repeated his claim",
"said, citing rising costs") does, as does a relay that is not theirs at the time ("He later
shared the post" after the quote). An interpreter's transcript turn gives the words of the one it translates; a post
that names the draft's speaker as saying the words it quotes passes them on."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.api import check
from quotecheck.model import Verdict

OK = (Verdict.EXACT, Verdict.EQUIVALENT, Verdict.EDITED)
W = "We are not going to close the plant"
RUIZ = f"“{W},” Marisol Ruiz said."
SPOKE = "Marisol Ruiz, the director of the Corvala bottling plant, spoke to workers in Spanish on Monday."
RW = "The river wall will not survive another winter"
COLT = f"“{RW},” Marta Colt said."
INSPECTED = "Engineer Marta Colt inspected the river wall at Dunmere last week."


def verdict(tmp_path: Path, draft: str, name: str, source: str) -> Verdict | None:
    (tmp_path / "src").mkdir(exist_ok=True)
    for old in (tmp_path / "src").iterdir():
        old.unlink()
    (tmp_path / "src" / name).write_text(source, encoding="utf-8")
    article = tmp_path / "draft.md"
    article.write_text(
        "---\ntitle: Plant\ndate: 2026-04-04\n---\n# Plant\n\n" + draft + "\n", encoding="utf-8"
    )
    report = check([article], sources=[tmp_path / "src"], store=tmp_path / "store")
    quotes = [q for a in report.articles for q in a.quotes if q.quote.kind == "quote"]
    assert len(quotes) == 1, quotes
    return quotes[0].verdict


def page(*paras: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        '<!doctype html><html><head><title>News</title><meta name="author" content="Ledger staff">'
        f"</head><body><article><h1>News</h1>{body}</article></body></html>"
    )


def post(author: str, body: str) -> str:
    return f"---\nkind: post\nauthor: {author}\ndate: 2026-04-03\n---\n{body}\n"


# 1. another person gives the words in another language
@pytest.mark.parametrize(
    "second",
    [
        f"“{W},” Tomas Bell told reporters, putting her reply into English.",
        f"“{W},” Tomas Bell, her aide, said, giving the English version of her answer.",
    ],
)
def test_words_given_in_another_language_are_the_translated_speaker_s(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, RUIZ, "p.html", page(SPOKE, second)) in OK


@pytest.mark.parametrize(
    "second",
    [
        f"“{W},” Tomas Bell said, giving the English workers a reason to stay.",
        f"“{W},” Tomas Bell said, giving his own view in English.",
        f"“{W},” Tomas Bell said in translation.",
        f"“{W},” Tomas Bell said through a translator.",
        f"“{W},” Tomas Bell said in English.",
        f"“{W},” said Tomas Bell, giving the English version of events.",
        f"“{W},” Tomas Bell said, putting the blame on the English.",
        # no words named as the speaker's: whose English it gives, the page does not say
        f"“{W},” Tomas Bell said, giving the English.",
        f"Tomas Bell, giving the English, told the crowd: “{W}.”",
    ],
)
def test_a_speaker_s_own_words_in_a_language_are_still_theirs(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, RUIZ, "p.html", page(SPOKE, second)) is Verdict.MISATTRIBUTED


# 2. an interpreter as what the page's person is
@pytest.mark.parametrize(
    "second",
    [
        f"“{W},” her interpreter, Tomas Bell, said.",
        f"“{W},” said interpreter Tomas Bell.",
        f"Tomas Bell, acting as interpreter, told the hall: “{W}.”",
    ],
)
def test_the_interpreter_voices_the_one_interpreted(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, RUIZ, "p.html", page(SPOKE, second)) in OK


@pytest.mark.parametrize(
    "second",
    [
        f"Tomas Bell translated for the director at the meeting. “{W},” Bell said.",
        f"Tomas Bell was interpreting for the director. “{W},” Bell told the crowd.",
        f"Tomas Bell, her interpreter, stood at the front. “{W},” Bell said.",
    ],
)
def test_the_voicer_named_as_interpreter_in_the_paragraph_passes_words_on(
    tmp_path: Path, second: str
) -> None:
    assert verdict(tmp_path, RUIZ, "p.html", page(SPOKE, second)) in OK


@pytest.mark.parametrize(
    "second",
    [
        f"“{W},” Tomas Bell said through an interpreter.",
        f"“{W},” Tomas Bell, the translator of three novels, said.",
        f"Ann Lee was translating for the director. “{W},” Tomas Bell said.",
    ],
)
def test_an_interpreter_elsewhere_in_the_paragraph_is_no_relay(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, RUIZ, "p.html", page(SPOKE, second)) is Verdict.MISATTRIBUTED


# 3. passing on or saying again someone else's words
@pytest.mark.parametrize(
    "second",
    [
        f"Piet Mayo repeated Colt's warning on Tuesday: “{RW}.”",
        f"Piet Mayo echoed Colt: “{RW}.”",
        f"Piet Mayo endorsed her warning: “{RW}.”",
        f"“{RW},” Piet Mayo said, echoing the engineer.",
        f"“{RW},” Piet Mayo said, quoting her.",
        f"Councillor Piet Mayo repeated the engineer's warning to the council: “{RW}.”",
    ],
)
def test_words_said_again_from_another_are_not_the_repeater_s(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, COLT, "p.html", page(INSPECTED, second)) in OK


@pytest.mark.parametrize(
    "second",
    [
        f"Piet Mayo repeated his claim: “{RW}.”",
        f"Piet Mayo shared his view that “{RW}.”",
        f"“{RW},” Piet Mayo said, citing rising costs.",
        f"“{RW},” Piet Mayo said, echoing the mood in the hall.",
        f"“{RW},” Piet Mayo said, refusing to repeat the claim.",
        f"Piet Mayo, quoted in the Ledger last week, said on Tuesday: “{RW}.”",
        f"Piet Mayo said: “{RW}.” He later shared the post online.",
        f"“{RW},” Piet Mayo said, citing the weather.",
        f"“{RW},” Piet Mayo said, echoing a widely held view.",
        f"Piet Mayo echoed his own report: “{RW}.”",
    ],
)
def test_a_relay_verb_with_the_voicer_s_own_or_no_words_names_the_voicer(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, COLT, "p.html", page(INSPECTED, second)) is Verdict.MISATTRIBUTED


def test_her_view_belongs_to_whoever_her_can_stand_for(tmp_path: Path) -> None:
    marsh = "Engineer Tomas Marsh inspected the river wall at Dunmere last week."
    draft = f"“{RW},” Tomas Marsh said."
    # "her" cannot be Tomas Marsh: Anna Mayo's own view
    src = page(marsh, f"Anna Mayo shared her view that “{RW}.”")
    assert verdict(tmp_path, draft, "p.html", src) is Verdict.MISATTRIBUTED
    # "his" cannot be Anna Mayo: Marsh's claim, repeated
    src = page(marsh, f"Anna Mayo repeated his claim on Tuesday: “{RW}.”")
    assert verdict(tmp_path, draft, "p.html", src) in OK
    # "him" is someone Anna Mayo quotes
    src = page(marsh, f"“{RW},” Anna Mayo said, quoting him.")
    assert verdict(tmp_path, draft, "p.html", src) in OK


# 4. an interpreter's transcript turn
@pytest.mark.parametrize(
    "transcript",
    [
        f"MARISOL RUIZ: No vamos a cerrar la planta.\nINTERPRETER: {W}.\nREPORTER: Thank you.\n",
        f"REPORTER: Will it close?\nMARISOL RUIZ: No vamos a cerrar la planta.\nTRANSLATOR: {W}.\n",
        f"REPORTER: Will it close?\nTOMAS BELL (translating for Marisol Ruiz): {W}.\nREPORTER: Thanks.\n",
        f"REPORTER: Will it close?\nINTERPRETER FOR MARISOL RUIZ: {W}.\nREPORTER: Thank you.\n",
    ],
)
def test_an_interpreter_s_turn_gives_the_interpreted_speaker_s_words(tmp_path: Path, transcript: str) -> None:
    assert verdict(tmp_path, RUIZ, "t.txt", transcript) in OK


@pytest.mark.parametrize(
    ("draft", "transcript"),
    [
        (RUIZ, f"MODERATOR: Next question.\nINTERPRETER: {W}.\nMARISOL RUIZ: Gracias.\n"),
        (f"“{W},” Tomas Bell said.", f"TOMAS BELL: Will it close?\nMARISOL RUIZ: No.\nINTERPRETER: {W}.\n"),
        (RUIZ, f"MARISOL RUIZ: Gracias.\nTOMAS BELL (through an interpreter): {W}.\n"),
        (RUIZ, f"REPORTER: Will it close?\nINTERPRETER: I will put that to her.\nTOMAS BELL: {W}.\n"),
        (RUIZ, f"MARISOL RUIZ: Gracias.\nTOMAS BELL (via an interpreter): {W}.\n"),
        (
            f"“{W},” Ana Pires said.",
            f"MARISOL RUIZ: No vamos a cerrar la planta.\nANN LEE (INTERPRETER): {W}.\n",
        ),
    ],
)
def test_an_interpreter_s_turn_is_not_anyone_s(tmp_path: Path, draft: str, transcript: str) -> None:
    assert verdict(tmp_path, draft, "t.txt", transcript) is Verdict.MISATTRIBUTED


def test_the_interpreter_may_still_be_quoted_by_name(tmp_path: Path) -> None:
    transcript = f"MARISOL RUIZ: No vamos a cerrar la planta.\nANN LEE (INTERPRETER): {W}.\n"
    assert verdict(tmp_path, f"“{W},” Ann Lee, the interpreter, said.", "t.txt", transcript) in OK
    assert verdict(tmp_path, RUIZ, "t.txt", transcript) in OK


# 5. a post that quotes the draft's speaker by name
@pytest.mark.parametrize(
    "body",
    [
        f"Translation of Marisol Ruiz's remarks to the workers: “{W}.”",
        f"Marisol Ruiz told the workers in Spanish, which translates as: “{W}.”",
        f"As Marisol Ruiz said to the workers today, “{W}.”",
    ],
)
def test_a_post_quoting_the_speaker_by_name_passes_the_words_on(tmp_path: Path, body: str) -> None:
    assert verdict(tmp_path, RUIZ, "p.md", post("Tomas Bell", body)) in OK


@pytest.mark.parametrize(
    "body",
    [
        f"Marisol Ruiz says we are wrong. “{W}.”",
        f"“{W},” I told Marisol Ruiz today.",
        f"Marisol Ruiz asked me what I think. My answer: “{W}.”",
        f"Good to see Marisol Ruiz at the plant. “{W}.”",
        f"Marisol Ruiz said I was wrong to say “{W}.”",
        f"Marisol Ruiz keeps telling people that I said “{W}.”",
    ],
)
def test_a_post_s_own_words_beside_the_speaker_s_name_stay_the_author_s(tmp_path: Path, body: str) -> None:
    assert verdict(tmp_path, RUIZ, "p.md", post("Tomas Bell", body)) is Verdict.MISATTRIBUTED


# 6. whose act the relay verb is: the voicer's, at the time of saying
VASK = "Councillor Orla Penhallow wrote to the harbour board in May."
PW = "The pier will reopen to anglers before the summer"
PENHALLOW = f"“{PW},” Orla Penhallow wrote."


@pytest.mark.parametrize(
    "second",
    [
        f"Teodor Vask stood up to read the letter. “{PW},” Vask said.",
        f"“{PW},” Teodor Vask said, as he read from the letter.",
        f"“{PW},” Teodor Vask wrote, sharing a screenshot of her email.",
        f"“{PW},” Teodor Vask said, reading out a copy of the letter.",
    ],
)
def test_the_voicer_reading_or_sharing_another_s_words(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, PENHALLOW, "p.html", page(VASK, second)) in OK


@pytest.mark.parametrize(
    "second",
    [
        f"“{PW},” Teodor Vask said in a statement read to the court.",
        f"“{PW},” Teodor Vask said of the translated text.",
        f"“{PW},” Teodor Vask said, standing beside Ann Lee, who translated.",
        f"“{PW},” Teodor Vask said. Vask later shared the post online.",
        f"Ann Lee read out the letter. “{PW},” Teodor Vask said.",
    ],
)
def test_a_relay_that_is_not_the_voicer_s_at_the_time_names_the_voicer(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, PENHALLOW, "p.html", page(VASK, second)) is Verdict.MISATTRIBUTED
