"""Mends of a wire-copy sweep (session 32).

- A clause set against the subject before it ("…, but Bex was …") ends on its own subject for
  a he or she after it only when "was" brings in an adjective of a manner of speaking or an
  attitude shown ("was blunt", "was less restrained", "was scathing about the plan", "was
  candid in her response"); a state, a place or health ("was abroad", "was ill", "was silent
  throughout", "was quick to leave") is no sign that one speaks; and a his/her in a subject's
  own clause tells its sex where the lists of names are silent, so a contrast does not override
  a first subject the he/she is known to agree with ("Ana Orr thanked her staff, but Oyelaran
  Brekvik was scathing. “…,” she said": Ana Orr).
- A writer's question about a he/she ("Will he stay?") answered by a bare quote paragraph is
  the last speaker's only when no other person the pronoun may be (of its sex or of none
  known) is named in the two paragraphs before.
"""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# ---- a state, a place or health after "but X was" is no sign X speaks ----
NOT_SPEAKING = [
    (
        "Teodor Vasquel said the repairs were long overdue, but Anselm Korrigan was unavailable for "
        "comment. “We acted as soon as we knew,” he said.",
        "acted as soon",
        "Teodor Vasquel",
    ),
    (
        "Brenna Olufsen, the harbour master, addressed the meeting for an hour, but her deputy, Ilka "
        "Stromberg, was abroad. “The pier has to close,” she said.",
        "pier has to close",
        "Brenna Olufsen",
    ),
    (
        "Teodor Vasquel has backed the scheme, but Anselm Korrigan is recovering in hospital. "
        "“It will pay for itself,” he says.",
        "pay for itself",
        "Teodor Vasquel",
    ),
    (
        "Teodor Vasquel led the march on Saturday, but Anselm Korrigan was sitting in the front row. "
        "“We are not going away,” he said.",
        "not going away",
        "Teodor Vasquel",
    ),
    (
        "Teodor Vasquel spoke for twenty minutes, but Anselm Korrigan was too ill to attend. "
        "“We will keep going,” he told reporters.",
        "keep going",
        "Teodor Vasquel",
    ),
    # the first subject's sex told by her own clause; the second of no sex the lists know
    (
        "Oyelaran Brekvik said her family would fight the eviction, but Sunniva Quellet was elsewhere. "
        "“We are reviewing every option,” she said.",
        "reviewing every option",
        "Oyelaran Brekvik",
    ),
]

# ---- a manner of speaking after "but X was": X speaks ----
SPEAKING = [
    (
        "Teodor Vasquel declined to comment, but Anselm Korrigan was scathing about the plan. "
        "“It is a waste of money,” he said.",
        "waste of money",
        "Anselm Korrigan",
    ),
    (
        "Teodor Vasquel said little after the vote, but Anselm Korrigan was more forthcoming. "
        "“We lost the argument,” he said.",
        "lost the argument",
        "Anselm Korrigan",
    ),
    (
        "The umpire, Leota Vance, would not be drawn, but Brenna Olufsen was blunt in her response. "
        "“That was never a foul,” she says.",
        "never a foul",
        "Brenna Olufsen",
    ),
    (
        "Teodor Vasquel left without speaking, but Anselm Korrigan was furious with the referee. "
        "“He cost us the game,” he said.",
        "cost us the game",
        "Anselm Korrigan",
    ),
]


# ---- the first subject's sex told by a his/her of its own clause: a contrast does not override it ----
TOLD_SEX = [
    (
        "Sunniva Quellet said her family would fight the eviction, but Oyelaran Brekvik was blunt. "
        "“We will not move,” she said.",
        "not move",
        "Sunniva Quellet",
    ),
    (
        "Anouk Deverell thanked her staff on Monday, but Oyelaran Brekvik was scathing about the plan. "
        "“It was a good year,” she told the Courier.",
        "good year",
        "Anouk Deverell",
    ),
    (
        "Oyelaran Brekvik has praised his players, but Sunniva Quellet was furious. “We were robbed,” he says.",
        "were robbed",
        "Oyelaran Brekvik",
    ),
]

TOLD_SEX_NEIGHBOURS = [
    # the pronoun is not the first one's sex: the second one, as before
    (
        "Anouk Deverell thanked her staff on Monday, but Oyelaran Brekvik was scathing about the plan. "
        "“It is a disgrace,” he said.",
        "a disgrace",
        "Oyelaran Brekvik",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "expected"), NOT_SPEAKING + SPEAKING + TOLD_SEX + TOLD_SEX_NEIGHBOURS
)
def test_contrast_needs_a_manner_of_speaking(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)


# ---- a writer's question about a he/she, another person of that sex named before ----
WRITER_Q = [
    (
        "Dariusz Okonjo and Mei Lin Tarvo have both applied for the job.\n\n“We had no choice,” Mei Lin "
        "Tarvo said.\n\nWill he stay if he loses?\n\n“Families deserve better than this.”\n",
        "Families deserve",
        None,
    ),
    (
        "Ilka Stromberg and Anselm Korrigan both stood for the board.\n\n“The vote was fair,” said Anselm "
        "Korrigan.\n\nWould she run again?\n\n“Not for a long while.”\n",
        "long while",
        None,
    ),
    (
        "Teodor Vasquel runs the shop with his brother, Anselm Vasquel.\n\n“Trade is slow,” Teodor "
        "Vasquel says.\n\nWill he sell up?\n\n“Never. My father opened it in 1961.”\n",
        "My father opened",
        None,
    ),
]

WRITER_Q_NEIGHBOURS = [
    # no one else named: the last speaker answers, as before
    (
        "Teodor Vasquel bought the mill in 1998.\n\n“We had no choice,” Teodor Vasquel said.\n\nWill he "
        "stay if the rent goes up?\n\n“I have nowhere else to go.”\n",
        "nowhere else",
        "Teodor Vasquel",
    ),
    # the other person named is of the other sex: the pronoun can only be the last speaker
    (
        "Helen Olufsen sold the bakery to Teodor Vasquel in May.\n\n“It was time,” Teodor Vasquel said."
        "\n\nWill he keep the name?\n\n“Of course. People know it.”\n",
        "People know it",
        "Teodor Vasquel",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), WRITER_Q + WRITER_Q_NEIGHBOURS)
def test_writer_question_about_a_rival_goes_to_no_one(text: str, words: str, expected: str | None) -> None:
    check_speaker(text, words, expected)
