"""Mending the comma-less "whose" clause (session 29): the noun after "whose" speaks only when
the cue is the relative clause's own verb. A whose-clause holding its own verb of speech and
report, its own verb and a time or a passive, or its own verb and an infinitive ends before the
main clause's cue, whose subject is the noun before "whose"; an object relative ("whose son the
mayor called") has a subject of its own. A speaker never holds the clause's verb."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speaker(text: str) -> str | None:
    [q] = extract_quotes(document_from_text(text, "s.txt"))
    return q.speaker


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A man whose son told police he was beaten said, “My boy never lies.”", "A man"),
        ("A woman whose daughter said she was bullied told the board, “Nobody listened to her.”", "A woman"),
        ("A farmer whose brother has claimed he was cheated wrote, “We trusted the buyer.”", "A farmer"),
        ("The coach whose captain told reporters the squad was tired added, “We need rest.”", "The coach"),
        (
            "A retired nurse whose husband says he was ignored told the panel, “They sent him home.”",
            "A retired nurse",
        ),
        # neighbour: the quote is in the relative clause's own report
        ("A man whose son told reporters he was “terrified” left the court.", "son"),
    ],
)
def test_a_whose_clause_with_its_own_report_ends_before_the_main_cue(text: str, who: str) -> None:
    assert speaker(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The senator whose bill failed Tuesday said, “We will be back next year.”", "The senator"),
        ("A neighbor whose cat was found said, “I cried when I saw her.”", "A neighbor"),
        ("Tenants whose leases expire this month said, “We have nowhere else to go.”", "Tenants"),
        ("A clerk whose office closed yesterday told reporters, “Nobody warned us.”", "A clerk"),
        # neighbours: the verb after the noun is the relative clause's own cue
        ("A woman whose husband has said, “I will run again,” was in the crowd.", "husband"),
        ("A pilot whose plane landed safely said, “We were very lucky.”", "A pilot"),
    ],
)
def test_a_short_whose_clause_never_lends_its_verb_to_the_speaker(text: str, who: str) -> None:
    assert speaker(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A man whose lawyer refused to comment said only, “I am innocent.”", "A man"),
        ("The driver whose agent wanted to speak said, “Let me answer that.”", "The driver"),
        ("A woman whose lawyer declined to comment said only, “I did nothing.”", "A woman"),
        # neighbour: the infinitive's clause already closed before a plural's main verb
        ("Farmers whose union declined to comment have called the deal “a betrayal.”", "Farmers"),
    ],
)
def test_a_whose_clause_ending_in_an_infinitive_of_speech_ends_before_the_main_cue(
    text: str, who: str
) -> None:
    assert speaker(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("The farmer whose crops the minister called “a disgrace” left the hall.", "the minister"),
        ("A man whose house a neighbor has called “an eyesore” refused to move.", "a neighbor"),
        ("A man whose son the mayor called “a real hero” wept at the ceremony.", "the mayor"),
        # neighbour: the noun after "whose" has its own verb and object; the main verb's subject speaks
        ("A farmer whose crops failed called the aid “too little and too late.”", "A farmer"),
    ],
)
def test_an_object_relative_after_whose_has_a_subject_of_its_own(text: str, who: str) -> None:
    assert speaker(text) == who
