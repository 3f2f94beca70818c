"""Pronouns after a contrast of two names no list of first names knows, decided by the sex the
article has shown for each (resolution.contrast_pick, resolution.joined_own); a he or she
inside what papers show ("Records show she called …") stays the papers' (the outer frame); a paper
that many people signed speaks for itself. Invented passages."""

from __future__ import annotations

import pytest

from tests.conftest import check_speaker

# "A declined to comment, but B was blunt. “…,” she said": neither first name is listed, so
# the second speaks unless the article has shown it to be of the other sex; then the first.
CONTRAST = [
    (  # the first shown to be a woman, the second of no sex shown: still the second
        "The firm's profits fell by a third. Ilsabet Lundqvar, a mother of three, has lived in the "
        "town for years. Renzel Sefton joined the board last year. Lundqvar would not comment on the "
        "figures, but Sefton was scathing. “The board has run out of ideas,” she said.",
        "The board has run out of ideas",
        "Renzel Sefton",
    ),
    (  # the first shown to be a man: the second, though no sex is shown for it
        "The jury returned its verdict on Tuesday. Kaspo Imrie and his wife run a garage near the "
        "station. Venna Jardine joined the board last year. Imrie declined to comment outside court, "
        "but Jardine was blunt. “Justice was not done today,” he said.",
        "Justice was not done today",
        "Venna Jardine",
    ),
    (  # the second shown to be a man, the pronoun a she: the first
        "The council approved the tower block on Monday. Halvard Fennimore and his wife run a garage "
        "near the station. Sabeth Wrathe has run the stall since 2015. Wrathe did not respond to "
        "requests for comment, but Fennimore was more forthcoming. “This was decided long ago,” she said.",
        "This was decided long ago",
        "Sabeth Wrathe",
    ),
]

CONTRAST_UNSHOWN = [
    (  # no sex shown for either: the second, as the contrast says
        "The festival closed its doors after forty years. Kaspo Corrigal has run the stall since "
        "2015. Teodric Dunstane joined the board last year. Corrigal declined to comment, but "
        "Dunstane was blunt. “It broke my heart to see it go,” she said.",
        "It broke my heart to see it go",
        "Teodric Dunstane",
    ),
    (  # a he, another withholding verb and adjective
        "The hospital board met behind closed doors. Renzel Eskdale has run the ward since 2015. "
        "Quillon Foyle joined the board last year. Eskdale refused to discuss the vote, but Foyle "
        "was less guarded. “Patients will pay for this,” he said.",
        "Patients will pay for this",
        "Quillon Foyle",
    ),
]

CONTRAST_NEIGHBOURS = [
    (  # listed first names decide as before: the second, a man
        "The club lost at home. Maria Kelsick declined to speak after the match, but Tom Aldous was "
        "blunt. “We were second to every ball,” he said.",
        "We were second to every ball",
        "Tom Aldous",
    ),
    (  # a description first: the named second one speaks, as before
        "The referee declined to comment, but Venna Tarrow was blunt. “That was never a penalty,” she said.",
        "That was never a penalty",
        "Venna Tarrow",
    ),
    (  # the first shown to be a woman, a he: the second, as before
        "Odalys Brackley and her partner own the gym. Brackley declined to comment, but Nadro "
        "Eskdale was less guarded. “We were cheated,” he said.",
        "We were cheated",
        "Nadro Eskdale",
    ),
    (  # the one joined to a his is an object, not the subject: no sex for the name
        "Tom Vale praised Tavessa Orbaine and his wife at the dinner. “It was a fine night,” she said.",
        "It was a fine night",
        "Tavessa Orbaine",
    ),
]

# "Records obtained by the Ledger show she called …": the he or she of the clause the papers
# show is the one who spoke, resolved as any he or she.
# A he or she inside what papers show: the papers are the source, as with any outer frame of
# reported speech ("police said he told them"; the scorer's convention).
PAPERS = [
    (
        "Maria Castellow ran the water agency until last year. Records obtained by the Ledger show "
        "she called the plan “a disgrace to the town.”",
        "a disgrace to the town",
        "Records",
    ),
    (  # another verb and cue, a man
        "Liam Kelsick managed the pension fund until last year. Minutes released on Monday indicate "
        "he told colleagues the losses were “a scandal waiting to happen.”",
        "a scandal waiting to happen",
        "Minutes",
    ),
    (  # a that-clause, a name no list knows
        "Tavessa Wrathe led the nurses' union until last year. Documents filed in court show that "
        "she described the offer as “an insult to every ward.”",
        "an insult to every ward",
        "Documents",
    ),
]

PAPERS_NEIGHBOURS = [
    (  # no one inside: the papers
        "The inquiry opened on Monday. Records show the scheme was “dead on arrival.”",
        "dead on arrival",
        "Records",
    ),
    (  # the papers are what a person reports: that person
        "Ana Sefton ran the agency. She said records show the plan was “a disgrace to the town.”",
        "a disgrace to the town",
        "Ana Sefton",
    ),
]

# "The letter, signed by 40 teachers, says …": a paper many back speaks for itself.
SIGNED = [
    (
        "Pressure on the minister grew this week. The letter, signed by 40 teachers, says "
        "“the cuts will harm pupils.”",
        "the cuts will harm pupils",
        "The letter",
    ),
    (  # another participle, a count in words, a past cue
        "A statement, signed by 12 former players, said the club had been “run into the ground.”",
        "run into the ground",
        "statement",
    ),
    (  # a report written by a counted few
        "A report, written by four economists, says the budget is “built on sand.”",
        "built on sand",
        "report",
    ),
]

SIGNED_NEIGHBOURS = [
    (  # a count of dozens, another cue verb: the letter, as before
        "The open letter, signed by dozens of parents, warns that the school is “at breaking point.”",
        "at breaking point",
        "letter",
    ),
    (  # the signers say it themselves
        "The letter was signed by 40 teachers who said “the cuts will harm pupils.”",
        "the cuts will harm pupils",
        "40 teachers",
    ),
    (  # one signer: the signer, as before
        "The letter, signed by the council's chair, said the budget was “a fantasy.”",
        "a fantasy",
        "chair",
    ),
    (  # one named author
        "The memo, from Ivo Marsh, says the merger is “dead in the water.”",
        "dead in the water",
        "Ivo Marsh",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    CONTRAST
    + CONTRAST_UNSHOWN
    + CONTRAST_NEIGHBOURS
    + PAPERS
    + PAPERS_NEIGHBOURS
    + SIGNED
    + SIGNED_NEIGHBOURS,
)
def test_speaker(text: str, words: str, expected: str) -> None:
    check_speaker(text, words, expected)
