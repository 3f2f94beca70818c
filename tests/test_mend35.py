"""Session 35 (mend): a source's words are someone else's only by a positive shape whose owner
is the draft's speaker; when in doubt the verdict stays as before the session.

- A post clears its author only when its sentence opens on the speaker's full name with a finite
  verb of saying (or gives the quote, then the name and such a verb), with no negation, modal,
  other name, first person or second saying in it ("Lindqvist never said “…”" stays the author's).
- A verb of saying again (repeat, echo, endorse, reiterate, parrot) or of giving words in a
  language (give, render, put) passes words on only when its object names the draft speaker's
  words: their name, the role the page gives them beside their name ("the engineer's warning"),
  or a "his"/"her" of their sex that is not the voicer's, with no one else named between.
- A relay word the paragraph holds (read, translate, share, quote, interpreter …) still passes
  the words on, as before, unless it is told to be no passing on of the speaker's words: another
  subject, a passive of words no one's, another time, an object that is the voicer's own or, for
  "citing", no words and no one at all.
- A transcript turn is an interpreter's only under a plain interpreter's label.
- A capitalised word inside a quote is read as a name: only the old spelling folds apply to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.model import Verdict
from tests.test_relay35 import OK, page, post, verdict

W = "The ferry service will run all winter"
LINDQVIST = f"“{W},” Greta Lindqvist said."
ADDRESSED = (
    "Greta Lindqvist, the mayor of Soderhamn, addressed the visiting delegation in Swedish on Thursday."
)
RW = "The sea wall cannot take another storm season"
TREGARTH = f"“{RW},” Fiona Tregarth said."
SURVEYED = (
    "Fiona Tregarth, the engineer who surveyed the harbour for the council, presented her report on Monday."
)


# 1. posts: the author passes the words on only when the sentence plainly reports them as said
@pytest.mark.parametrize(
    "body",
    [
        f"Greta Lindqvist said it best today: “{W}.”",
        f"“{W},” Greta Lindqvist told the delegation in Swedish. My translation.",
        f"Greta Lindqvist's words to the delegation, in English: “{W}.”",
        f"Mayor Greta Lindqvist announced: “{W}.”",
        f"As Greta Lindqvist told the delegation, “{W}.” Good news.",
    ],
)
def test_a_post_reporting_the_speaker_s_words_plainly_passes_them_on(tmp_path: Path, body: str) -> None:
    assert verdict(tmp_path, LINDQVIST, "p.md", post("Hugo Marsden", body)) in OK


@pytest.mark.parametrize(
    "body",
    [
        f"Greta Lindqvist never said “{W}.”",
        f"Greta Lindqvist denies saying “{W}.”",
        f"Greta Lindqvist should have said “{W}.”",
        f"Greta Lindqvist refused to say “{W}.”",
        f"Greta Lindqvist's deputy said “{W}.”",
        f"Greta Lindqvist's critics say “{W}.”",
        f"Greta Lindqvist falsely claims Nadia Okafor said “{W}.”",
        f"Greta Lindqvist told reporters that Nadia Okafor had said “{W}.”",
        f"Greta Lindqvist said “{W}” was a lie.",
        f"Will Greta Lindqvist say “{W}”? We will see.",
    ],
)
def test_a_post_that_denies_doubts_or_reports_another_s_saying_stays_the_author_s(
    tmp_path: Path, body: str
) -> None:
    assert verdict(tmp_path, LINDQVIST, "p.md", post("Hugo Marsden", body)) is not None
    assert verdict(tmp_path, LINDQVIST, "p.md", post("Hugo Marsden", body)) not in OK


# 2. saying again: the object names the draft speaker's words
@pytest.mark.parametrize(
    "second",
    [
        f"“{RW},” Anton Pryce said, repeating the engineer's warning.",
        f"“{RW},” Anton Pryce said, echoing the engineer's stark warning.",
        f"Anton Pryce, repeating the engineer's warning, told the council: “{RW}.”",
        f"“{RW},” Anton Pryce said, echoing the words of the engineer.",
        f"“{RW},” Anton Pryce said, reiterating her warning.",
        f"“{RW},” Anton Pryce said, echoing Tregarth.",
    ],
)
def test_words_said_again_of_the_draft_speaker_pass_on(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, TREGARTH, "p.html", page(SURVEYED, second)) in OK


@pytest.mark.parametrize(
    "second",
    [
        f"“{RW},” Anton Pryce said, repeating Emil Sandor's warning.",
        f"“{RW},” Anton Pryce said, echoing the mayor.",
        f"“{RW},” Anton Pryce said, reiterating the council's position.",
        f"“{RW},” Anton Pryce said, repeating the harbour board's warning.",
        f"“{RW},” Anton Pryce said, echoing the fishermen.",
        f"“{RW},” Anton Pryce said, repeating the warning.",
        f"“{RW},” Anton Pryce said, repeating it.",
        f"“{RW},” Anton Pryce said, repeating the warning from his own survey.",
        f"“{RW},” Anton Pryce said on Tuesday, repeating to reporters the warning he first gave in May.",
        f"“{RW},” Anton Pryce said, echoing the engineer's findings.",
        f"“{RW},” Anton Pryce said, echoing the engineer's deputy.",
        f"“{RW},” said Anton Pryce and Emil Sandor, echoing the engineer.",
        f"Emil Sandor, the harbour master, spoke first. “{RW},” Anton Pryce said, echoing him.",
        f"His sister spoke first. “{RW},” Anton Pryce said, endorsing her warning.",
    ],
)
def test_words_said_again_of_anyone_else_or_of_no_one_named_stay_the_voicer_s(
    tmp_path: Path, second: str
) -> None:
    assert verdict(tmp_path, TREGARTH, "p.html", page(SURVEYED, second)) is Verdict.MISATTRIBUTED


# 3. giving words in a language: the words named are the draft speaker's, and a language is given
@pytest.mark.parametrize(
    "second",
    [
        f"“{W},” Hugo Marsden said, rendering her reply in English.",
        f"“{W},” Hugo Marsden said, giving the English of her reply.",
        f"“{W},” Hugo Marsden said, putting the mayor's reply into English.",
        f"“{W},” Hugo Marsden said, giving an English version of the mayor's reply.",
    ],
)
def test_the_speaker_s_words_given_in_a_language_pass_on(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, LINDQVIST, "p.html", page(ADDRESSED, second)) in OK


@pytest.mark.parametrize(
    "second",
    [
        f"“{W},” Hugo Marsden said, giving the English for his own earlier remarks in Swedish.",
        f"“{W},” Hugo Marsden said, giving the English for Nadia Okafor's answer.",
        f"“{W},” Hugo Marsden said, putting it plainly in English.",
        f"“{W},” Hugo Marsden said, giving the Swedish press his answer in English.",
        f"“{W},” Hugo Marsden said, giving her a reply in English.",
        f"“{W},” Hugo Marsden said, giving the English translation.",
        f"Nadia Okafor answered next, in Swedish. “{W},” Hugo Marsden said, giving her answer in English.",
        f"Hugo Marsden first answered in Swedish. “{W},” Marsden said, giving the English.",
    ],
)
def test_words_in_a_language_of_no_one_or_another_stay_the_voicer_s(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, LINDQVIST, "p.html", page(ADDRESSED, second)) is Verdict.MISATTRIBUTED


# 4. relay words anywhere in the paragraph still pass the words on, as before
@pytest.mark.parametrize(
    "second",
    [
        f"Translating for the mayor, Hugo Marsden said: “{W}.”",
        f"“{W},” Hugo Marsden said. He was interpreting for the mayor.",
        f"Her interpreter, Hugo Marsden, stood beside her. “{W},” Marsden said.",
        f"The mayor spoke in Swedish, and Hugo Marsden translated. “{W},” Marsden said.",
        f"“{W},” Hugo Marsden, the mayor's translator, said.",
        f"“{W},” Hugo Marsden (the mayor's interpreter) said.",
    ],
)
def test_an_interpreter_told_anywhere_in_the_paragraph_still_passes_on(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, LINDQVIST, "p.html", page(ADDRESSED, second)) in OK


@pytest.mark.parametrize(
    "second",
    [
        f"Anton Pryce shared the engineer's findings: “{RW}.”",
        f"Anton Pryce read a passage from the engineer's report: “{RW}.”",
        f"“{RW},” Anton Pryce said, quoting the engineer's report word for word.",
        f"Reading from the engineer's report, Anton Pryce told the council: “{RW}.”",
        f"Anton Pryce shared the news: “{RW}.”",
        f"Anton Pryce read the rest: “{RW}.”",
        f"“{RW},” Anton Pryce said, citing what she had told him.",
        f"Her statement was read aloud. “{RW},” Anton Pryce said.",
        f"The board shared her statement. “{RW},” said Anton Pryce, its spokesman.",
    ],
)
def test_a_relay_whose_object_may_hold_the_speaker_s_words_still_passes_on(
    tmp_path: Path, second: str
) -> None:
    assert verdict(tmp_path, TREGARTH, "p.html", page(SURVEYED, second)) in OK


@pytest.mark.parametrize(
    "second",
    [
        f"“{RW},” Anton Pryce said, citing rising costs.",
        f"“{RW},” Anton Pryce said, citing three years of storms.",
        f"Anton Pryce repeated his claim: “{RW}.”",
        f"“{RW},” Anton Pryce said, having read the engineer's report.",
        f"“{RW},” Anton Pryce said as she read the report.",
    ],
)
def test_a_relay_told_to_be_no_passing_on_names_the_voicer(tmp_path: Path, second: str) -> None:
    assert verdict(tmp_path, TREGARTH, "p.html", page(SURVEYED, second)) is Verdict.MISATTRIBUTED


# 5. an interpreter's turn only under a plain interpreter's label
HOST = "NILS ARVIDSSON"


@pytest.mark.parametrize(
    "label",
    [
        "INTERPRETER",
        "THE INTERPRETER",
        "HUGO MARSDEN (INTERPRETER FOR GRETA LINDQVIST)",
        "INTERPRETER (FOR MAYOR LINDQVIST)",
    ],
)
def test_a_plain_interpreter_label_gives_the_interpreted_speaker_s_words(tmp_path: Path, label: str) -> None:
    transcript = f"{HOST}: Will the ferry run?\nGRETA LINDQVIST: Ja, hela vintern.\n{label}: {W}.\n"
    assert verdict(tmp_path, LINDQVIST, "t.txt", transcript) in OK


@pytest.mark.parametrize(
    "label",
    [
        "HUGO MARSDEN (FORMER INTERPRETER, NOW HARBOUR CHIEF)",
        "HUGO MARSDEN (LITERARY TRANSLATOR)",
        "HUGO MARSDEN (TRANSLATOR, SPEAKING FOR HIMSELF)",
    ],
)
def test_a_label_that_says_more_of_the_person_keeps_the_turn_theirs(tmp_path: Path, label: str) -> None:
    transcript = f"{HOST}: Welcome.\nGRETA LINDQVIST: Thank you for having me.\n{label}: {W}.\n"
    assert verdict(tmp_path, LINDQVIST, "t.txt", transcript) is Verdict.MISATTRIBUTED


def test_a_turn_as_translated_is_not_the_one_before_s(tmp_path: Path) -> None:
    transcript = f"{HOST}: Will the ferry run?\nGRETA LINDQVIST (AS TRANSLATED BY THE INTERPRETER): {W}.\n"
    assert verdict(tmp_path, f"“{W},” Nils Arvidsson said.", "t.txt", transcript) is Verdict.MISATTRIBUTED
    assert verdict(tmp_path, LINDQVIST, "t.txt", transcript) in OK


# 6. spelling: a name keeps its letters
def spelled(tmp_path: Path, said: str, quoted: str) -> Verdict | None:
    draft = f"“{quoted}” Bridget Calloway said."
    return verdict(tmp_path, draft, "p.md", post("Bridget Calloway", said))


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        (
            "We owe a great deal to Ada Grey for the new library.",
            "We owe a great deal to Ada Gray for the new library.",
        ),
        ("The shop on Grey Street closes on Friday.", "The shop on Gray Street closes on Friday."),
        ("Dr Anna Mould will lead the study.", "Dr Anna Mold will lead the study."),
        ("Tyre Street is closed.", "Tire Street is closed."),
        ("She never tires of the work.", "She never tyres of the work."),
        ("We paddled the pirogue across the bay.", "We paddled the pirog across the bay."),
    ],
)
def test_names_and_other_words_do_not_fold(tmp_path: Path, said: str, quoted: str) -> None:
    assert spelled(tmp_path, said, quoted) not in OK


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("Grey skies are forecast all week.", "Gray skies are forecast all week."),
        (
            "The grey tyres were centred on the catalogue page.",
            "The gray tires were centered on the catalog page.",
        ),
        ("Two tyres burst on the bridge before dawn.", "Two tires burst on the bridge before dawn."),
        ("The prologue sets out the whole plan.", "The prolog sets out the whole plan."),
        ("The band played in the Centre of the square.", "The band played in the Center of the square."),
    ],
)
def test_a_spelling_of_one_word_still_folds(tmp_path: Path, said: str, quoted: str) -> None:
    assert spelled(tmp_path, said, quoted) is Verdict.EQUIVALENT
