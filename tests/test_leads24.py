"""Shapes a narrow guard used to refuse, read by the general rule once the guard is gone
(issue 11): a bare-role appositive with a dash aside or a scare-quoted word before its verb
("Tom Ross, captain of the Rovers – a club in Ely – said"), a subject of a relative series
("A skipper who mocks the board, who quarrels with the unions, insists"), a verb series
past an appositive of the object ("Lee thanked the mayor, a friend for years, told"), a
count subject ("More than 2,000 at the rally said"), a participle phrase with a quoted
title ("Fans watching “The Match” said"); and neighbours for what each guard was written
for. Each case: the quotation (by its first words) and the speaker it must have."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes


def speaker_of(text: str, first_words: str) -> str | None:
    """The speaker of the quotation in ``text`` that begins with ``first_words``."""
    for q in extract_quotes(document_from_text(text + "\n", "story.txt")):
        if q.text.startswith(first_words):
            return q.speaker
    raise AssertionError(f"no quotation starting {first_words!r}")


CASES = [
    (
        "Tom Ross, captain of the Rovers – a club in Ely – said the season was “a write-off.”",
        "a write-off",
        "Tom Ross",
    ),  # bare-role
    ("Lee, head of the “new” union said the offer was “an insult.”", "an insult", "Lee"),  # bare-role
    (
        "Ben Moss, coach of the Harriers – the league leaders – told reporters the title was “ours to lose.”",
        "ours to lose",
        "Ben Moss",
    ),  # bare-role
    (
        "Ivo Lund, spokesman for the “reformed” council had called the vote “a sham.”",
        "a sham",
        "Ivo Lund",
    ),  # bare-role
    (
        "Lee, head of the union – said to be furious – called the deal “a betrayal.”",
        "a betrayal",
        "Lee",
    ),  # bare-role
    (
        "Dr. Kay Pratt, author of “The Long Road” warned that the ward was “at breaking point.”",
        "at breaking",
        "Kay Pratt",
    ),  # bare-role
    ("Lee, head of the union said the strike was “over.”", "over", "Lee"),  # bare-role
    ("Lee, head of the union: the mayor said the deal was “done.”", "done", "the mayor"),  # bare-role
    ("Lee, head of the union “is a crook,” the mayor said.", "is a crook", "the mayor"),  # bare-role
    ("Lee, members of the board said, is “a fraud.”", "a fraud", "members of the board"),  # bare-role
    (
        "A skipper who mocks the board, who quarrels with the unions, insists that the quota is “theft.”",
        "theft",
        "A skipper",
    ),  # relative-series
    (
        "A nurse who runs the ward, who trains the juniors, says the cuts are “cruel.”",
        "cruel",
        "A nurse",
    ),  # relative-series
    (
        "The driver who blamed the council, who had closed the road, told police it was “a death trap.”",
        "a death trap",
        "The driver",
    ),  # relative-series
    (
        "A teacher who praises the head, who backs the strike, warned the plan was “reckless.”",
        "reckless",
        "A teacher",
    ),  # relative-series
    (
        "The man who sold the farm, which had been in the family for years, said it was “heartbreaking.”",
        "heartbreaking",
        "The man",
    ),  # relative-series
    (
        "Ivo Hale, 54, a skipper who runs a cannery, said the quota was “theft.”",
        "theft",
        "Ivo Hale",
    ),  # relative-series
    (
        "Voters saw a skipper who mocks the board, insists on “fair shares.”",
        "fair shares",
        "a skipper",
    ),  # relative-series
    (
        "A skipper who mocks the board, insists that the quota is “theft.”",
        "theft",
        "A skipper",
    ),  # relative-series
    (
        "Ann Lee, a nurse who runs the ward, said the cuts were “cruel.”",
        "cruel",
        "Ann Lee",
    ),  # relative-series
    ("The council, which owns the site, said the plan was “dead.”", "dead", "The council"),  # relative-series
    (
        "Lee thanked the mayor, a friend for years, told reporters the deal was “done.”",
        "done",
        "Lee",
    ),  # object-aside
    (
        "Hale fired the chief, Ann Lee of the port, called the move “overdue.”",
        "overdue",
        "Hale",
    ),  # object-aside
    (
        "Ross praised the nurse, a veteran of the ward for 20 years, said the cuts were “cruel.”",
        "cruel",
        "Ross",
    ),  # object-aside
    (
        "The minister toured the port, in Ely since May, told dockers the jobs were “safe.”",
        "safe",
        "The minister",
    ),  # object-aside
    (
        "Hale sacked the coach, after the loss to Ely, called the season “a disgrace.”",
        "a disgrace",
        "Hale",
    ),  # object-aside
    (
        "Lee visited the mayor, at home on Sunday, told reporters he was “tired.”",
        "tired",
        "Lee",
    ),  # object-aside
    (
        "Moss met the coach, then the players, praised their effort and called the win “deserved.”",
        "deserved",
        "Moss",
    ),  # object-aside
    (
        "Moss met the coach, Len Pratt, praised his tactics and called the win “deserved.”",
        "deserved",
        "Moss",
    ),  # object-aside
    (
        "The mayor visited the plant, a site with 400 jobs, and told staff it was “safe.”",
        "safe",
        "The mayor",
    ),  # object-aside
    (
        "The council rejected the plan, its chief, Ann Lee, said it was “dead.”",
        "dead",
        "Ann Lee",
    ),  # object-aside
    (
        "More than 2,000 at the rally said the cuts were “a scandal.”",
        "a scandal",
        "More than 2,000 at the rally",
    ),  # count-subject
    (
        "Over 500 at the meeting told the board the plan was “a betrayal.”",
        "a betrayal",
        "Over 500 at the meeting",
    ),  # count-subject
    (
        "About 60 on the night shift wrote that the ward was “unsafe.”",
        "unsafe",
        "About 60 on the night shift",
    ),  # count-subject
    (
        "Fewer than 30 at the hearing argued the fee was “unfair.”",
        "unfair",
        "Fewer than 30 at the hearing",
    ),  # count-subject
    (
        "About four in 10 said the economy was “getting worse.”",
        "getting worse",
        "About four in 10",
    ),  # count-subject
    ("Two senators said the bill was “dead.”", "dead", "Two senators"),  # count-subject
    ("In 2019 the board said the port was “safe.”", "safe", "the board"),  # count-subject
    ("By 2020 the mayor called the plan “a failure.”", "a failure", "the mayor"),  # count-subject
    ("On May 3 the council called the plan “dead.”", "dead", "the council"),  # count-subject
    (
        "Three of the 12 jurors said the verdict was “wrong.”",
        "wrong",
        "Three of the 12 jurors",
    ),  # count-subject
    ("Fans watching “The Match” said the referee was “blind.”", "blind", "Fans"),  # participle-title
    ("Critics reviewing “Low Tide” called the ending “lazy.”", "lazy", "Critics"),  # participle-title
    (
        "Pupils rehearsing “The Tempest” told the head the hall was “freezing.”",
        "freezing",
        "Pupils",
    ),  # participle-title
    ("Fans chanting “out, out” said the board was “finished.”", "finished", "Fans"),  # participle-title
    (
        "A man reading “The Ledger” on the train said the story was “nonsense.”",
        "nonsense",
        "A man",
    ),  # participle-title
    (
        "A clerk, speaking to Harbour FM, said the quay was “flooded.”",
        "flooded",
        "A clerk",
    ),  # participle-title
    ("The driver wanted by police says “I did nothing.”", "I did nothing", "The driver"),  # participle-title
    (
        "Residents living near the plant; the mayor said it was “safe.”",
        "safe",
        "the mayor",
    ),  # participle-title
    (
        "Voters queuing in the rain were angry and called the system “a farce.”",
        "a farce",
        "Voters",
    ),  # participle-title
    (
        "Staff working late, the manager said, were “exhausted.”",
        "exhausted",
        "the manager",
    ),  # participle-title
    ("Ross, the coach said, has called the referee “blind.”", "blind", "Ross"),  # fronted-word
    ("Pratt, the report says, called the audit “a whitewash.”", "a whitewash", "Pratt"),  # fronted-word
    ("Ross, Lee claims, branded the deal “a scam.”", "a scam", "Lee"),  # set-off cue, as "Lee says"
    ("Privately, the mayor said the plan was “dead.”", "dead", "the mayor"),  # fronted-word
    (
        "First, she and her deputy refused to call it “a deal.”",
        "a deal",
        "she and her deputy",
    ),  # fronted-word
    ("Though, at a rally, she went further, calling the plan “a fraud.”", "a fraud", "she"),  # first-subject
    (
        "When “the deal” collapsed, Hale went further, calling it “a fraud.”",
        "a fraud",
        "Hale",
    ),  # first-subject
    (
        "Although the mayor, a Democrat, called it “a fix,” the plan passed.",
        "a fix",
        "the mayor",
    ),  # first-subject
    ("While in Ely, she told the crowd the plan was “a fraud.”", "a fraud", "she"),  # first-subject
    (
        "Lee spoke first; then, in a long speech, Hale called it “a fraud.”",
        "a fraud",
        "Hale",
    ),  # first-subject
    (
        "Nobody knows the cost because the filings remain “sealed.”",
        "sealed",
        "the filings",
    ),  # document-clause
    ("The filings remain “sealed.”", "sealed", "The filings"),  # document-clause
    ("While the audit found “no fraud,” Lee resigned anyway.", "no fraud", "the audit"),  # document-clause
    (
        "When the report described the port as “unsafe,” the mayor closed it.",
        "unsafe",
        "the report",
    ),  # document-clause
    ("After the memo warned of “chaos,” the mayor resigned.", "chaos", "the memo"),  # document-clause
    ("The mayor resigned, with the audit showing “no fraud.”", "no fraud", "the audit"),  # document-clause
    (
        "A nurse who runs the ward which Lee built, says the cuts are “cruel.”",
        "cruel",
        "A nurse",
    ),  # relative-in-object
    (
        "A fan who backs the club which Ross owns, called the ban “absurd.”",
        "absurd",
        "A fan",
    ),  # relative-in-object
    (
        "A nurse who runs the ward where Lee works, who trains juniors, says the cuts are “cruel.”",
        "cruel",
        "A nurse",
    ),  # relative-in-object
    (
        "A driver who blames the council that the mayor leads, told police the road was “a death trap.”",
        "a death trap",
        "A driver",
    ),  # relative-in-object
    ("Lee, who chairs the board, said the deal was “a steal.”", "a steal", "Lee"),  # relative-in-object
    ("Hale toured the line, told workers the plant was “safe.”", "safe", "Hale"),  # relative-in-object
    ("“It is over,” Lee said, told reporters it was “final.”", "final", "Lee"),  # series-first-verb
    ("“We lost,” said Ross, told reporters it was “a mess.”", "a mess", "Ross"),  # series-first-verb
    ("Hale resigned, told reporters the plan was “dead.”", "dead", "Hale"),  # series-first-verb
    ("Ross smiled, said the result was “fair.”", "fair", "Ross"),  # series-first-verb
    ("A nurse who resigned, told reporters the ward was “chaos.”", "chaos", "A nurse"),  # series-first-verb
    (
        "“It is over,” said Ben Hale, asked about the ruling, adding that it was “fair.”",
        "fair",
        "Ben Hale",
    ),  # series-first-verb
    ("The council, angered by the vote, called it “a farce.”", "a farce", "The council"),  # series-first-verb
    (
        "Police arrested the driver, but his lawyer, reached by phone, called it “a farce.”",
        "a farce",
        "his lawyer",
    ),  # series-first-verb
]


@pytest.mark.parametrize(("text", "first_words", "who"), CASES)
def test_speaker(text: str, first_words: str, who: str | None) -> None:
    assert speaker_of(text, first_words) == who
