"""Mends of session 32 (branch s32-m-sweepf) to the answer sieve of s32-sweepf, after a review
of 576 invented passages: a question is answered by another person only on evidence that it
was put to them; otherwise the bare paragraph after it is the asker's own.

1. A cued question with no sign of being put to the one who spoke before ("“Who pays?” asked
   a tenant.", "asked MPs"): the bare paragraph after it goes on with the asker.
2. A question reported in narrative is answered only by one it names ("asked Reyes how",
   "asked her why"); "asked why", "asked for", "questioned whether" name no one.
3. The passive ("Kiel was asked whether …"): the subject is the one asked, who answers.
4. An unnamed source whose own sentence speaks of the person named before by a he/she ("A
   neighbour says she organises everything."): the later she is that person.
5. A writer's question about a he/she or a name is answered by the one it agrees with, by no
   one when the last speaker cannot be that person.
6. In cross-examination, a statement put to "you" is the questioner's turn.
7. Nouns of judgement ("verdict", "summary") bring in words only before a colon.
"""

from __future__ import annotations

import pytest

from tests.conftest import speakers

# 1. a cued question no one was asked ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "“The plan was put to every household,” said Noel Brandt, the council leader.\n\n"
            "“Who is going to pay for the new road?” asked Ilka Saar.\n\n"
            "“Not the builders, that much is clear.”",
            ["Noel Brandt", "Ilka Saar", "Ilka Saar"],
        ),
        # present tense, a description after the asker, two bare paragraphs
        (
            "“The numbers are sound,” says Pavel Ruud, the trust's finance chief.\n\n"
            "“Who checked the numbers?” asks Ilka Saar, a parent.\n\n"
            "“Nobody we have ever met.”\n\n"
            "“We will ask again at the next meeting.”",
            ["Pavel Ruud", "Ilka Saar", "Ilka Saar", "Ilka Saar"],
        ),
        # the asker a he named before, an aside between
        (
            "Olek Varn, a ferry pilot, has lived on the island since 1990.\n\n"
            "“The service will run as before,” said Dana Meer, the operator's spokeswoman.\n\n"
            "“Then why were three sailings cut last winter?” he asked, rhetorically.\n\n"
            "“We were stuck for days.”",
            ["Dana Meer", "Olek Varn", "Olek Varn"],
        ),
        # the question put to a body named with capitals
        (
            "“The bridge is on budget,” said Works Minister Ola Fenn.\n\n"
            "“Then why has the bill tripled?” Ilka Saar asked the Senate.\n\n"
            "“Somebody is not telling the truth.”",
            ["Ola Fenn", "Ilka Saar", "Ilka Saar"],
        ),
        (
            "“The bridge is on budget,” said Works Minister Ola Fenn.\n\n"
            "“Then why has the bill tripled?” Ilka Saar asked MPs.\n\n"
            "“Somebody is not telling the truth.”",
            ["Ola Fenn", "Ilka Saar", "Ilka Saar"],
        ),
    ],
)
def test_a_question_put_to_no_one_keeps_its_asker(text: str, want: list[str | None]) -> None:
    assert speakers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # neighbours: put to "you", by a questioner, at a hearing, or an elliptical follow-up
        (
            "“The valve was never replaced,” Omar Sell said.\n\n"
            "“Are you certain of that?” asked Tilde Rahn.\n\n"
            "“Quite certain.”",
            ["Omar Sell", "Tilde Rahn", "Omar Sell"],
        ),
        (
            "“I reported the leak in June,” said Omar Sell, the caretaker.\n\n"
            "“Did anyone act on it?” asked Tilde Rahn, the defence barrister.\n\n"
            "“Not that I saw.”",
            ["Omar Sell", "Tilde Rahn", "Omar Sell"],
        ),
        (
            "“I saw the lorry twice that week,” said Omar Sell.\n\n"
            "“Where?” asked Tilde Rahn.\n\n"
            "“Outside the yard, both times.”",
            ["Omar Sell", "Tilde Rahn", "Omar Sell"],
        ),
    ],
)
def test_a_question_put_to_the_one_who_spoke_is_theirs_to_answer(text: str, want: list[str]) -> None:
    assert speakers(text) == want


def test_a_crowd_answering_the_speakers_questions_goes_on_answering() -> None:
    # the one who spoke before answered the asker's question before: an exchange
    text = (
        "“So what do we do? Do we give up on the town?” Mayor Ilka Saar said.\n\n"
        "“No!” the crowd shouted back.\n\n"
        "“Or do we get to work on it together?” Saar asked.\n\n"
        "“Yes!”"
    )
    want = ["Ilka Saar", "the crowd", "Ilka Saar", "the crowd"]
    assert speakers(text) == want


def test_an_echo_retort_is_no_question_put() -> None:
    text = (
        "“The offer is fair and final,” said Vera Holm, the airline's head of staff.\n\n"
        "“Fair to whom?” asked union rep Karl Nye.\n\n"
        "“Not to us.”"
    )
    assert speakers(text) == ["Vera Holm", "Karl Nye", "Karl Nye"]


# 2. a question reported in narrative: only one it names answers ------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "“The plan has been public for two years,” said Noel Brandt, the council leader.\n\n"
            "Ilka Saar, a tenant, asked why residents had only heard of it from a flyer.\n\n"
            "“Nobody knocked on a single door.”",
            ["Noel Brandt", "Ilka Saar"],
        ),
        (
            "“The plan has been public for two years,” said Noel Brandt, the council leader.\n\n"
            "Ilka Saar questioned whether the council could pay for it.\n\n"
            "“They could not even mend the lifts.”",
            ["Noel Brandt", "Ilka Saar"],
        ),
        # a request, after a who-aside, with a when-clause
        (
            "“We lost the whole ground floor,” said Rhea Toll, whose house flooded.\n\n"
            "Ilka Saar, who lives across the road, asked for an inquiry when the report came out.\n\n"
            "“We are still waiting.”",
            ["Rhea Toll", "Ilka Saar"],
        ),
        # one named who has not spoken yet
        (
            "“The figures speak for themselves,” said Noel Brandt, the council leader.\n\n"
            "Ilka Saar asked Mayor Vera Holm why the library was closing.\n\n"
            "“It was not my decision.”",
            ["Noel Brandt", "Vera Holm"],
        ),
    ],
)
def test_a_reported_question_is_answered_only_by_one_it_names(text: str, want: list[str]) -> None:
    assert speakers(text) == want


def test_a_reported_question_to_the_one_who_spoke_is_theirs() -> None:
    text = (
        "“The plan has been public for two years,” said Noel Brandt, the council leader.\n\n"
        "Ilka Saar asked Brandt how that could be so.\n\n"
        "“Because the flyers went out in May.”"
    )
    assert speakers(text) == ["Noel Brandt", "Noel Brandt"]


# 3. the passive: the subject is the one asked --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "“The figures are sound,” said Noel Brandt, the council leader.\n\n"
        "Ilka Saar, a tenant, was asked whether she would stand for the board.\n\n"
        "“I have not decided yet.”",
        "“The figures are sound,” said Noel Brandt, the council leader.\n\n"
        "Ilka Saar, who lives opposite the site, has been asked if she will stand.\n\n"
        "“Not this year.”",
        "“The figures are sound,” says Noel Brandt, the council leader.\n\n"
        "Ilka Saar, the tenants' chair, was asked how she would vote.\n\n"
        "“Against, of course.”",
    ],
)
def test_the_one_asked_in_the_passive_answers(text: str) -> None:
    assert speakers(text) == ["Noel Brandt", "Ilka Saar"]


# 4. an unnamed source speaking about the person named before ------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Wanda Pell, 52, has lived on the estate for 30 years. A neighbour says she is the one "
            "who organises everything.\n\n“Somebody has to,” she says.",
            ["Wanda Pell"],
        ),
        (
            "Jonas Pell, 61, has fished the lake all his life. A neighbour said he knows every bend "
            "of it. “I should, after fifty years,” he said.",
            ["Jonas Pell"],
        ),
        (
            "“It was three lines long,” said Wanda Pell, the former safety chief.\n\n"
            "Her account is detailed.\n\n"
            "A colleague said she was the most careful inspector on the team. “I just did my job,” she said.",
            ["Wanda Pell", "Wanda Pell"],
        ),
    ],
)
def test_an_unnamed_source_speaking_of_her_leaves_her_the_she(text: str, want: list[str]) -> None:
    assert speakers(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the quote speaks of her too: the source's
        (
            "Wanda Pell has been missing since Friday. A relative says she had been unwell. "
            "“We just want her home,” she says.",
            ["A relative"],
        ),
        # the source's sentence names no she
        (
            "“It was three lines long,” said Wanda Pell, the former safety chief.\n\n"
            "A former dispatcher said supervisors asked drivers to work late.\n\n"
            "“They never wrote it down,” she said.",
            ["Wanda Pell", "A former dispatcher"],
        ),
    ],
)
def test_an_unnamed_source_otherwise_is_the_she(text: str, want: list[str]) -> None:
    assert speakers(text) == want


# 5. the writer's question about someone ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the last speaker a woman, the question about a he: no one
        (
            "“I started with one oven,” said Anton Brill.\n\n"
            "“He still talks about that oven,” said his daughter, Mira.\n\n"
            "Does he miss those days?\n\n"
            "“Every morning.”",
            ["Anton Brill", "his daughter", None],
        ),
        # the subject a woman (a known first name), the question about a he: the last speaker
        (
            "“I have run this shop for thirty years,” said Anton Brill.\n\n"
            "Linda Kost bought the building in March. Will he stay?\n\n"
            "“I will fight it in court.”",
            ["Anton Brill", "Anton Brill"],
        ),
        # the question names the last speaker
        (
            "“He is still not getting a pay rise,” said Rita Lomm, the chief executive.\n\n"
            "Anton Brill has run the kitchen for eleven years. Does Lomm value him?\n\n"
            "“He is the best cook we have.”",
            ["Rita Lomm", "Rita Lomm"],
        ),
    ],
)
def test_a_writers_question_about_someone_is_answered_by_whom_it_agrees_with(
    text: str, want: list[str | None]
) -> None:
    got = speakers(text)
    assert got[0] == want[0] and got[-1] == want[-1]


def test_a_writers_question_to_you_is_the_last_speakers() -> None:
    text = "“I started with one oven,” said Anton Brill.\n\nDo you miss those days?\n\n“Every morning.”"
    assert speakers(text) == ["Anton Brill", "Anton Brill"]


# 6. cross-examination: a statement put to "you" -------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "The camera shows you there at midnight.",
        "The camera shows you in the doorway at ten past midnight, with your coat on.",
        "Your own phone puts you at the house that night.",
    ],
)
def test_a_statement_put_to_you_is_the_questioners_turn(statement: str) -> None:
    text = (
        "“I left the bar at eleven,” Jonas Pell told the jury.\n\n"
        "“Are you sure?” asked the prosecutor, Rhea Toll.\n\n"
        "“Yes.”\n\n"
        f"“{statement}”\n\n"
        "“Then the clock was wrong.”"
    )
    assert speakers(text) == ["Jonas Pell", "Rhea Toll", "Jonas Pell", "Rhea Toll", "Jonas Pell"]


def test_a_long_statement_without_you_goes_on_with_the_answer() -> None:
    text = (
        "“I told the manager,” said Jonas Pell.\n\n"
        "“When?” asked Rhea Toll.\n\n"
        "“On the Monday.”\n\n"
        "“She said she would look into it and I believed her, because she always had before.”"
    )
    assert speakers(text) == ["Jonas Pell", "Rhea Toll", "Jonas Pell", "Jonas Pell"]


# 7. nouns of judgement only before a colon -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The judge's summary of the evidence was “fair and balanced,” the appeal court ruled.",
        "Judge Ivo Lund summed up for two days. His summary of the evidence was “fair and balanced,” "
        "the appeal court ruled.",
        "The coach's assessment of the squad was “thin but hungry,” the review decided.",
        "His tribute to the nurses was “long overdue.”",
    ],
)
def test_a_judgement_noun_without_a_colon_says_nothing(text: str) -> None:
    assert speakers(text) == [None]


def test_a_judgement_noun_before_a_colon_gives_the_possessor() -> None:
    assert speakers(
        "Ana Kiel watched all three games. Her verdict on the new stadium: “Too big, too cold.”"
    ) == ["Ana Kiel"]


# 5b. a question in narrative that names its asker: the bare paragraph after it is the asker's


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "“The figures speak for themselves,” said Noel Brandt, the council leader.\n\n"
            "Why, Ilka Saar asked, should families pay for the trust's mistakes?\n\n"
            "“We did not cause this.”",
            ["Noel Brandt", "Ilka Saar"],
        ),
        (
            "“The survey was sent to every home,” says Noel Brandt, the council leader.\n\n"
            "How, Ilka Saar asks, could nobody on her street have seen it?\n\n"
            "“We looked in every letterbox.”",
            ["Noel Brandt", "Ilka Saar"],
        ),
        (
            "“The ward is safe,” said Rhea Toll, the hospital's director.\n\n"
            "And what, asked Jonas Pell, were two beds closed for last week?\n\n"
            "“Nobody has told us.”",
            ["Rhea Toll", "Jonas Pell"],
        ),
    ],
)
def test_a_question_naming_its_asker_is_answered_by_the_asker(text: str, want: list[str]) -> None:
    assert speakers(text) == want


def test_a_question_asked_by_a_she_goes_to_the_woman_named_before() -> None:
    # the last speaker a man by his first name: the she is the woman named in the paragraph
    text = (
        "“The figures speak for themselves,” said Anton Brill, the council leader.\n\n"
        "Ilka Saar disagreed. Why, she asked, should families pay for the trust's mistakes?\n\n"
        "“We did not cause this.”"
    )
    assert speakers(text) == ["Anton Brill", "Ilka Saar"]
