"""Explainers told from interviews (session 33, mended): answers in the third person with no "I"
or "we" are no sign of an explainer on their own. A short excerpt of an interview, a press
briefing, question time or a witness's evidence often has none, and its introduction need not
use a word the interview cues know ("told the Courier", "briefed reporters", "gave evidence").
Such a block keeps its turns. An explainer needs a sign of one: nobody introduced to answer, an
answer telling what the one introduced says ("Lee said …"), or an explainer's heading that does
not name them ("…, explained", "What we know", "Your questions on …")."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.extract.transcripts import explainer_heading, tells_of


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.text) for q in extract_quotes(document_from_text(text, "story.txt"))]


def answers(text: str) -> list[str | None]:
    return [q[1] for q in quotes(text) if q[0] == "transcript" and not q[2].rstrip("*").endswith("?")]


THIRD_PERSON_QA = (
    "Q: Why did the mill close?\nA: Orders fell by half, and the bank withdrew its loan in March.\n\n"
    "Q: Will it reopen?\nA: A buyer from Varnholm is interested, the administrators say.\n\n"
    "Q: What happens to the staff?\nA: Most have been offered work at the depot.\n"
)

INTERVIEWS = [
    # an uncued introduction: "told the Gazette"
    (
        "Mill historian Orsolya Penhaligon, who has written two books on the valley, told the Gazette what comes next.\n\n",
        "Orsolya Penhaligon",
    ),
    # a description for a name and an aside: a standfirst only
    (
        "Economist Teodora Villaseñor, 52, a former adviser to the regional bank, is the author of a study of the valley. "
        "This exchange has been edited for length.\n\n",
        "Teodora Villaseñor",
    ),
    # a press briefing in the past tense, another verb
    ("Spokeswoman Imelda Kasprzak briefed reporters at noon. Excerpts:\n\n", "Imelda Kasprzak"),
    # question time in the assembly
    (
        "Industry minister Benedikt Aarnio answered questions in the assembly on Thursday.\n\n",
        "Benedikt Aarnio",
    ),
    # a plain heading, then a standfirst with no verb
    (
        "The last days of the Varnholm mill\n\nUnion organiser Zofia Henningsen on the mill's last days.\n\n",
        "Zofia Henningsen",
    ),
    # an explainer's heading, but an introduction telling of an interview
    (
        "The mill closure, explained\n\nIn an interview, union organiser Zofia Henningsen explained what comes next.\n\n",
        "Zofia Henningsen",
    ),
    # a news story, then "Excerpts from the interview"
    (
        "The Varnholm paper mill will shut in June, its owners said on Friday. Foreman Casimir Oyelaran, 58, has worked "
        "there for thirty years. He said the news had stunned the town.\n\nExcerpts from the interview:\n\n",
        "Casimir Oyelaran",
    ),
    # a heading that names the one answering
    (
        "Orsolya Penhaligon answers your questions\n\nMill historian Orsolya Penhaligon, 61, has studied the valley for "
        "decades. Penhaligon lives in Varnholm.\n\n",
        "Orsolya Penhaligon",
    ),
]


@pytest.mark.parametrize(("intro", "who"), INTERVIEWS)
def test_an_interview_answered_in_the_third_person_keeps_its_turns(intro: str, who: str) -> None:
    got = answers(intro + THIRD_PERSON_QA)
    assert got and all(g == who for g in got)


def test_a_witness_excerpt_keeps_its_turns() -> None:
    text = (
        "Witness Leopold Achterberg, 34, gave evidence on Tuesday. An excerpt from the transcript:\n\n"
        "Q: What did the defendant tell you that night?\nA: He said he had been at his sister's house.\n\n"
        "Q: Did anyone else see him?\nA: The barman did. He served him twice.\n"
    )
    got = answers(text)
    assert got and all(g == "Leopold Achterberg" for g in got)


def test_an_interview_with_first_person_only_in_recounted_quotes_keeps_its_turns() -> None:
    # unlabelled questions; the only "I"/"we" stands inside quotes the interviewee recounts,
    # which stay the speaker's they are told of, not the interviewee's
    text = (
        "Former linesman Piotr Wasilewski, 63, has followed the league for forty years. Wasilewski spoke about the "
        "final.\n\n**What did the referee say to the captain?**\n\nHe told the captain: “I have heard enough from you.”"
        "\n\n**How did the bench react?**\n\nThe players were furious. The coach said: “We are not here to argue.”\n\n"
        "**Did the club appeal?**\n\nThe chairman lodged an appeal on Monday, the league confirmed.\n"
    )
    found = quotes(text)
    got = [q[1] for q in found if q[0] == "transcript" and not q[2].rstrip("*").endswith("?")]
    assert got and all(g == "Piotr Wasilewski" for g in got)
    assert all(q[1] != "Piotr Wasilewski" for q in found if q[0] == "quote")


EXPLAINED_ANSWERS = (
    "Q: Why the change?\nA: Costs rose by a third, the council says.\n\n"
    "Q: When does it start?\nA: In June, according to the council's notice.\n\n"
    "Q: Will bills rise?\nA: Not this year, officials said.\n"
)
INTRO = "Council leader Henrike Ostergaard announced the changes on Tuesday. Ostergaard is 57.\n\n"


@pytest.mark.parametrize(
    "heading",
    [
        "Bin collections: key questions answered",  # a participle of explaining last
        "Everything we know about the bin changes",  # a word of the whole, then "know"
        "Bin changes — all you need to know",  # after a dash
        "Your questions on the bin changes",  # the readers' questions
    ],
)
def test_an_explainer_heading_is_a_sign_and_a_plain_one_is_not(heading: str) -> None:
    assert answers(f"{heading}\n\n{INTRO}{EXPLAINED_ANSWERS}") == []
    # neighbour: the same block under a plain heading is the one introduced answering
    got = answers(f"The bin changes\n\n{INTRO}{EXPLAINED_ANSWERS}")
    assert got and all(g == "Henrike Ostergaard" for g in got)


@pytest.mark.parametrize(
    "answer",
    [
        "Ostergaard said costs had risen by a third.",  # past tense
        "Costs rose, and Ostergaard warns more cuts may follow.",  # present, another verb
        "Costs rose. Ostergaard told councillors: “We had no choice.”",  # a quote of hers inside
    ],
)
def test_an_answer_telling_what_the_one_introduced_says_is_a_sign(answer: str) -> None:
    text = INTRO + EXPLAINED_ANSWERS.replace("Costs rose by a third, the council says.", answer)
    assert answers(text) == []
    # neighbour: the same answer telling what someone else says is the one introduced answering
    got = answers(
        text.replace("Ostergaard said", "Lindqvist said")
        .replace("Ostergaard warns", "Lindqvist warns")
        .replace("Ostergaard told", "Lindqvist told")
    )
    assert got and all(g == "Henrike Ostergaard" for g in got)


def test_an_answer_telling_of_the_one_introduced_as_an_object_is_no_sign() -> None:
    text = INTRO + EXPLAINED_ANSWERS.replace(
        "Costs rose by a third, the council says.",
        "The auditors told Ostergaard costs rose, the council says.",
    )
    got = answers(text)
    assert got and all(g == "Henrike Ostergaard" for g in got)


def test_an_unnamed_briefing_put_to_you_keeps_its_unnamed_answers() -> None:
    # nobody introduced, but the questions are put to "you": someone answers
    text = (
        "A police spokeswoman briefed reporters at noon.\n\n"
        "Q: Will you name the suspect today?\nA: Not until the family is told, detectives said.\n\n"
        "Q: Are you asking for witnesses?\nA: Officers say anyone on the road that night should call.\n"
    )
    got = answers(text)
    assert got and all(g == "A" for g in got)


def test_the_heading_and_teller_shapes() -> None:
    assert explainer_heading("The new tram line, explained\n\nText.", "Lee")
    assert explainer_heading("Tram works: what we know so far\n", None)
    assert not explainer_heading("In an interview, the engineer explained.\n", None)  # a sentence
    assert not explainer_heading("Ann Lee: your questions answered\n", "Lee")  # names her
    assert not explainer_heading("Q&A: Ann Lee on the tram line\n", "Lee")
    assert not explainer_heading("Five questions for the engineer\n", None)
    assert tells_of("Lee said the line would open", "Lee")
    assert not tells_of("the board told Lee the line would open", "Lee")
    assert not tells_of("Lee's deputy said so", "Lee")


def test_a_wordless_line_before_a_block_is_no_heading() -> None:
    """A liveblog time or a bullet on its own line above a Q:/A: block has no words to read as a
    heading (it once raised IndexError and lost every article of the run)."""
    for mark in ("14:05", "•", "3-1", "(1)"):
        text = f"{mark}\n\nQ: Will you open the pool again?\n\nA: The trust says it will open on Monday.\n"
        quotes = extract_quotes(document_from_text(text, "blog.md"))
        assert [q.speaker for q in quotes] == ["Q", "A"], mark
