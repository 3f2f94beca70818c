"""Mends to the headline rules (review 26d findings 1-4): a headline's speaking verb is a
present active form right after its subject ("Says", "Warn"), not a passive or a noun
("Jury Told", "Voters Urged to", "Calls to Quit", "Calls Meeting on “…”"); a headline role is
the one current holder the body names (not a former or deputy one; nobody when two hold it),
trade titles too; a headline quote is echoed by a body quote only when it reads as a clause
that opens the body quote. Invented news text through the real extractor."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def headline_quote(text: str) -> tuple[str, str | None]:
    """The kind and speaker of the first quote in the headline of ``text``."""
    quotes = extract_quotes(document_from_text(text + "\n", "story.txt"))
    first = [q for q in quotes if q.start < text.index("\n")]
    assert first, "no quote found in the headline"
    return first[0].kind, first[0].speaker


# 1. the headline verb: present and active, right after its subject ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a passive: the subject is told or urged, it does not speak
        "Panel Told Carver Was “A Risk to Patients”\nA tribunal heard that Ian Carver ignored "
        "warnings. Counsel Meg Doyle said he was careless.",
        "Drivers Urged to Avoid “Gridlock Corner”\nThe junction closes on Monday. Engineer Raj Patel "
        "said delays were likely.",
        "Tenants Warned to Expect “Months of Noise”\nBuilding starts in June at Pell Court.",
        "Governor Asked to Explain “Lost Funds”\nLawmakers want answers. Governor Ruth Bell said the "
        "money was spent properly.",
        # "Calls" with "to" after it: the noun of "calls to quit"
        "Chairman Faces Calls to Resign Over “Vile” Jibe\nChairman Hugh Lowe was at a match on Sunday.",
        # "Calls" with a noun object and the quote inside a phrase of it
        "Mayor Calls Summit on “Zombie Shops”\nMayor Lena Ford invited landlords to the town hall.",
        "Council Leader Calls Vote Over “Secret Deal”\nCouncil leader Omar Haddad wants it settled.",
    ],
)
def test_passive_or_noun_is_no_headline_verb(text: str) -> None:
    assert headline_quote(text)[1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the shapes the rule was for: present verbs, with a description, a plural, "Calls X “…”"
        (
            "Mayor Says Budget Is “Finally Fixed”\nMayor Lena Ford presented the plan on Monday.",
            "Lena Ford",
        ),
        ("Nurses Warn of “Dangerous Shortages”\nNurses at the General walked out.", "Nurses"),
        (
            "Minister Calls Cuts “Painful but Necessary”\nMinister Alan Reid spoke in Leeds.",
            "Alan Reid",
        ),
        (
            "Unions Call for “Fair Pay Now”\nThe unions met in Hull on Friday.",
            "Unions",
        ),
        (
            "Governor Vows “No New Taxes”\nGovernor Ruth Bell spoke to donors on Tuesday.",
            "Ruth Bell",
        ),
    ],
)
def test_present_headline_verb_still_reads(text: str, speaker: str) -> None:
    assert headline_quote(text) == ("quote", speaker)


# 2-3. the headline role: the one current holder, trade titles too ------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a former holder named after the current one
        (
            "Mayor Says Plan Is “Ready to Go”\nMayor Lena Ford unveiled the plan. Former mayor Sam "
            "Price called it rushed.",
            "Lena Ford",
        ),
        # a deputy, and an ex- holder in apposition
        (
            "Mayor Says Plan Is “Ready to Go”\nMayor Lena Ford unveiled the plan. Deputy mayor Sam "
            "Price was absent.",
            "Lena Ford",
        ),
        (
            "Fire Chief Says Fires Are “Getting Worse”\nFire Chief Dan Cole asked for funds. His "
            "predecessor, ex-chief Ron Marsh, agreed.",
            "Dan Cole",
        ),
        (
            "Governor Says Roads Are “A Disgrace”\nActing governor Paul Kerr took office in May. "
            "Governor Ruth Bell returns next week.",
            "Ruth Bell",
        ),
        # trade titles
        (
            "Goalkeeper Says Handball Was “Never a Penalty”\nGoalkeeper Lars Brandt was booked late on.",
            "Lars Brandt",
        ),
        (
            "Chef Says Award Is “A Dream”\nChef Marta Rossi opened her bistro in 2019.",
            "Marta Rossi",
        ),
    ],
)
def test_headline_role_is_the_one_current_holder(text: str, speaker: str) -> None:
    assert headline_quote(text) == ("quote", speaker)


@pytest.mark.parametrize(
    "text",
    [
        # two holders of the role: nobody in particular
        "Coach Says Side Was “Beaten Fairly”\nCity lost 3-1. City coach Ann Webb was calm. Town coach "
        "Ben Diaz was delighted.",
        "Senator Says Bill Is “Going Nowhere”\nSen. Rosa Diaz spoke on Monday. Sen. Karl Olsen disagreed.",
        "Manager Says Players Were “Heroic”\nRovers manager Ian Lowe was proud. United manager Ann "
        "Park was not.",
    ],
)
def test_headline_role_held_by_two_is_nobody_named(text: str) -> None:
    assert headline_quote(text)[1] not in (
        "Ann Webb",
        "Ben Diaz",
        "Rosa Diaz",
        "Karl Olsen",
        "Ian Lowe",
        "Ann Park",
    )


# 4. the echo: a clause that opens the body quote ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # a title or a term the body repeats: no clause
        "“The Glass Orchard” Opens to Full Houses\nThe play stars Ruth Gale. Director Omar Lind said "
        "“The Glass Orchard is the play I always wanted to make.”",
        "“Doom Spending” Hits the High Street\nShoppers are splashing out. “Doom spending is "
        "everywhere,” said economist Lena Fry.",
        "“No Surrender” on Rail Strike\nUnion leader Ann Cole said she would hold out. Minister Tom "
        "Reyes said: “There will be no surrender from the government either.”",
        # the headline names its own speaker; a body speaker of another kind repeats the words
        "“We Will Not Be Moved,” Say Tenants\nTenants marched on Friday. Councillor Ray Hunt said "
        "“we will not be moved” was an old slogan.",
    ],
)
def test_headline_term_or_named_quote_not_echoed(text: str) -> None:
    assert headline_quote(text)[1] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the shape the echo was for: a clause that opens the body quote
        (
            "“We Are Not Finished Yet”\nThe club was relegated on Saturday. “We are not finished "
            "yet, believe me,” said manager Ivo Horn.",
            "Ivo Horn",
        ),
        (
            "‘It Is Not Over,’ Says Striking Porter\nPorters at the Royal walked out. “It is not "
            "over,” said porter Dev Shah.",
            "Dev Shah",
        ),
        (
            "“This Town Deserves Better”\nShops keep closing. “This town deserves better,” said "
            "Ada Moss, who runs a bakery.",
            "Ada Moss",
        ),
    ],
)
def test_headline_clause_echoed_by_the_body(text: str, speaker: str) -> None:
    assert headline_quote(text) == ("quote", speaker)
