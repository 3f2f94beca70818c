"""The grammar layer (extract/grammar.py) on its own: clauses, their subjects, and which cue
governs a quote. Each shape is tried in several invented variants (tense, a description for
a name, an aside, another cue verb) and with a neighbour where it must not fire."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.extract.grammar import governor_in, parse
from quotecheck.extract.sentences import tokenize
from quotecheck.extract.spans import find_spans


def governed(text: str, nth: int = 0) -> str | None:
    """The mention that governs the ``nth`` quote of a one-sentence ``text``, as written."""
    tokens = tokenize(text, 0, len(text), find_spans(text), 0)
    p = [k for k, t in enumerate(tokens) if t.quote >= 0][nth]
    m = governor_in(parse(tokens), p)
    return None if m is None else text[m.start : m.end]


def roles(text: str) -> list[str]:
    tokens = tokenize(text, 0, len(text), find_spans(text), 0)
    return [c.role for c in parse(tokens).clauses]


def speaker(text: str) -> str | None:
    [q] = [q for q in extract_quotes(document_from_text(text, "s.txt")) if q.kind == "quote"]
    return q.speaker


def test_clauses_of_a_sentence() -> None:
    assert roles("When the vote came, Ann Hale, who chairs the board, said the plan was “a mess.”") == [
        "main",
        "fronted",
        "relative",
        "report",
    ]
    assert roles("Lee left early — a rare thing — and Hale said he was “done.”") == [
        "main",
        "aside",
        "coordinate",
        "report",
    ]
    assert "absolute" in roles("The vote passed, with the governor calling it “a disgrace.”")
    assert "participle" in roles("Hale spoke last, saying the pier was “finished.”")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # an aside or relative clause between the subject and the cue
        ("Ann Hale, who chairs the board, said the plan was “a mess.”", "Ann Hale"),
        ("The former governor — a critic of the plan for years — called it “a mess.”", "The former governor"),
        ("Ann Hale, in a letter to members on Friday, wrote that the plan was “a mess.”", "Ann Hale"),
        # an appositive naming the subject
        ("Tom Quist, the harbour master, told reporters the pier was “safe.”", "Tom Quist"),
        # a fronted clause or participle before the subject
        ("Calling Ross a “fraud,” Hale attacked the plan.", "Hale"),
        ("After describing the pier as “unsafe,” the mayor closed it.", "the mayor"),
        ("Speaking in Salem, Oregon, Ann Hale called the levy “unfair.”", "Ann Hale"),
        # an absolute clause with its own subject
        ("The vote passed, with the former governor calling it “a disgrace.”", "the former governor"),
        ("The vote passed, with Ann Hale telling reporters it was “a disgrace.”", "Ann Hale"),
        ("The ferry sailed, with dozens of riders chanting “keep it running.”", "dozens of riders"),
        # an absolute whose participle takes an object and a predicate: its subject, any description
        ("The probe fell silent, with a technician describing the last image as “grim.”", "a technician"),
        ("Sales fell, with a neighbour calling the shop “a relic.”", "a neighbour"),
        ("The rig sank, with a diver describing the wreck as “hard to read.”", "a diver"),
        ("The season ends, with a few locals calling it “the best in years.”", "a few locals"),
        # while/but/though clauses keep their own subject
        ("While Lee praised the deal, Hale said it was “a mess.”", "Hale"),
        ("Lee praised the deal, but the Quist campaign rejected it as “a mess.”", "the Quist campaign"),
        ("Brandt opened the pier, though she let it be known that she still feels “deep unease.”", "she"),
        # a passive with a "by" agent
        ("The two candidates were asked by host Ann Quist, “What will you cut first?”", "host Ann Quist"),
        ("The two candidates are asked by host Ann Quist, “What will you cut first?”", "host Ann Quist"),
        ("The plan was described by the former governor as “reckless.”", "the former governor"),
        # coordinated verbs share the clause's subject
        ("He declined to comment, and instead argued “the numbers speak for themselves.”", "He"),
        ("Ann Hale stood up and said, “We are leaving.”", "Ann Hale"),
        ("The mayor listened, nodded and then warned that the pier was “closing.”", "The mayor"),
        # a report is the reporter's, not the speaker named inside it
        ("Hale said Lee called the plan “a mess.”", "Hale"),
        ("The director told staff that the board thinks the pier is “unsafe.”", "The director"),
        # noun phrases joined by "and" at the start of the clause are one subject
        ("The mayor and the former governor said “hello.”", "The mayor and the former governor"),
        ("Hale and the union both called it “a mess.”", "Hale and the union"),
        (
            "After the vote, the mayor and her deputy told reporters it was “over.”",
            "the mayor and her deputy",
        ),
        (
            "The former governor and current nominee has called the levy “a tax.”",
            "The former governor and current nominee",
        ),
        ("Hale met the mayor and the governor said “hello.”", "the governor"),
        (
            "The retired harbourmaster and current Tide Party candidate said she hoped to talk “bluntly.”",
            "The retired harbourmaster and current Tide Party candidate",
        ),
        # a report after a verb of speech and a setting ("on Monday", "in May") is its account
        ("Ann Hale said on Monday that the board expects Ross to call the levy “a tax.”", "Ann Hale"),
        ("The mayor told reporters in May the board wants Lee to call it “a win.”", "The mayor"),
        ("Hale said Tuesday in Salem that riders hope Lee will call it “fair.”", "Hale"),
        # a participle after a name that a verb of speech takes as object is that verb's
        ("Lee recalled Mr. Hale talking about “the long winter.”", "Lee"),
        # but a verb of quoting relays its object's words, with "as" or without (test_relay30)
        ("The board quoted the former governor saying the pier was “unsafe.”", "the former governor"),
        ("Dozens of riders watched Hale calling it “a disgrace.”", "Hale"),
        # a relative clause on a document, past a phrase after the noun
        ("She released a memo from her accountant on Tuesday that says she is in “sound shape.”", "She"),
        ("The union posted a memo to members last week that calls the deal “a win.”", "The union"),
        # a plural noun without an -s agrees with a bare present verb
        ("Police say they have “enough officers.”", "Police"),
        ("People in the port say the plan is “a mess.”", "People in the port"),
        ("Many women tell us the ferry was “scary.”", "Many women"),
        # a bare present verb after a prepositional phrase agrees with the plural before it
        ("Officials at the port authority say the pier is “safe.”", "Officials at the port authority"),
        ("Voters in the harbour ward call the levy “a tax.”", "Voters in the harbour ward"),
        ("She said in a phone call “it is over.”", "She"),
        # a clause has one finite verb: a noun of speech in -s after a modifier is a noun
        (
            "She was guarding the ferry against harsh attacks by the council, but conceded “three mistakes.”",
            "She",
        ),
        (
            "Brandt has scolded fans that hurl crude attacks, saying he wants “none of it.”",
            "Brandt",
        ),
        ("The mayor shrugged off fresh charges from the union, calling them “noise.”", "The mayor"),
        ("The mayor often calls it “a tax.”", "The mayor"),
        # a role noun with an "of" phrase is a description, also in a clause after "as"/"after"
        ("The owner of the ferry said the plan was “a joke.”", "The owner of the ferry"),
        ("Later, Secretary of State Ann Lee said the plan was “a joke.”", "Secretary of State Ann Lee"),
        (
            "The crew walked off after the chair of the guild called the offer “an insult.”",
            "the chair of the guild",
        ),
        (
            "Dockers left the hall as the chair of the audit team accused the harbour board of a “whitewash.”",
            "the chair of the audit team",
        ),
        # a fronted participle clause ends at its quote when no comma follows it
        ("After calling it “a joke” he left the room.", "he"),
        ("After calling the levy “a tax” Hale left the room.", "Hale"),
        # a participle of speech after a common noun takes the quote right after it
        ("The vote passed, with the former governor saying “It is a disgrace.”", "the former governor"),
        ("The ad ended with a narrator saying “Trust no one.”", "a narrator"),
        ("The vote passed, with the harbour master saying: “It is a disgrace.”", "the harbour master"),
        # a reduced adverbial clause set off by commas ends before the main verb after it
        ("The mayor, while visiting the ferry crews, called it “a disgrace.”", "The mayor"),
        ("Ann Lee, while being interviewed on Harbour Radio, called the plan “a disgrace.”", "Ann Lee"),
        ("The mayor, when asked about the pier on Friday, said it was “safe.”", "The mayor"),
        # a relative clause's verb of speech and a setting take the quote after the comma
        ("The plan found a friend in Ann Lee, who declared at the quay, “Let the boats come home.”", "who"),
        ("It fell to Ann Lee, who said on Monday in a statement, “The pier is safe.”", "who"),
        ("Riders cheered for the editor, who wrote in her column, “The ferry stays.”", "who"),
        # a passive's by-agent past any adverb or auxiliary between "be" and the participle
        ("The ferry plan was often labeled a “money pit” by critics.", "critics"),
        ("The levy has long been called “reckless” by the harbour union.", "the harbour union"),
        ("The plan — never once described as “safe” by Ann Hale — went ahead.", "Ann Hale"),
        # a noun-of-speech spelling after its subject is the verb when an object or report follows
        ("The mayor calls it “a tax.”", "The mayor"),
        ("Today the harbour union calls them “thieves.”", "the harbour union"),
        ("The senator claims “a clear win” for the port.", "The senator"),
        ("The director claims that the pier was “never safe.”", "The director"),
        # a noun of speech with a that-clause reports it; a participle after it is the subject's
        (
            "Ann Hale renewed claims that Ross repeats every answer, calling him a “slippery customer.”",
            "Ann Hale",
        ),
        (
            "The board rejected accusations that the mayor misled riders, calling them “baseless.”",
            "The board",
        ),
        # a reduced clause inserted after "that" stays inside the report; the clause opened
        # by "in which" has its own subject, the pronoun before "insisted"
        (
            "Ann Hale sent a letter in which she insisted that, if re-elected, the council must be “a champion of skippers.”",
            "she",
        ),
        ("Hale said that, if asked, she would call the levy “a tax.”", "Hale"),
        ("The mayor wrote that, when pressed, the board called it “a mistake.”", "The mayor"),
        # particle verbs of stance take a predicate quote with "as"
        ("The mayor played down the leak as “a storm in a teacup.”", "The mayor"),
        ("In spring he played down the council’s remarks as “just theatre.”", "he"),
        ("Hale has gone after Ross as “a menace.”", "Hale"),
        ("In recent weeks the former governor went after the mayor as “a fraud.”", "the former governor"),
        # a restrictive relative clause in the object of the main verb of speech is its account
        ("Hale told an old skipper who insisted that “charts are useless.”", "Hale"),
        ("The former governor has rebuked critics who say the levy is “a tax.”", "The former governor"),
        ("Ann Hale, a psychologist, warned parents who believe that “sleep is optional.”", "Ann Hale"),
        ("Lee mocked candidates who claim they can “fix it in a day.”", "Lee"),
        (
            "Ann Hale waved off the petition, saying anybody who complains about tolls “has never run a ferry.”",
            "Ann Hale",
        ),
        (
            "The mayor waved off critics, arguing that those who doubt the plan “have not read it.”",
            "The mayor",
        ),
        ("Hale met riders who complained that the fares were “too high.”", "who"),
        # a noun of speech after a possessive and an adjective is the object of the verb before it
        ("Hale cited Ross’s past references to Lee as “a crook.”", "Hale"),
        (
            "The former governor quoted the mayor’s recent remarks about “safe streets.”",
            "The former governor",
        ),
        # a comma inside the fronted phrase: the subject follows its last comma
        ("Following a hastily called, late-night meeting, the board said it would “review it.”", "the board"),
        ("After a long, bitter debate, the mayor called the plan “a betrayal.”", "the mayor"),
        ("Despite a brief, tense standoff, the union told members it had “won.”", "the union"),
        # a name before a plural noun of speech modifies it ("the Clinton remarks"): no cue there
        ("Lee dismissed the Clinton remarks as “a stunt.”", "Lee"),
        ("A reporter asked about the Hale claims of “fraud.”", "A reporter"),
        ("The mayor waved off the Quist comments as “noise.”", "The mayor"),
        # after "of" and a capitalised modifier, a plural verb spelling is a noun
        ("Hale mocked the flood of Republican claims that the vote was “rigged.”", "Hale"),
        ("A wave of Hale comments called the fund “empty.”", "A wave of Hale comments"),
        ("Lee waved off a string of Quist attacks on the plan as “noise.”", "Lee"),
        # a name with an "of" phrase that has an "of" of its own
        (
            "Bishop Ann Lee of the Church of St. Mark said the vote was “a betrayal.”",
            "Bishop Ann Lee of the Church of St. Mark",
        ),
        (
            "Dean Ida Marsh of the School of Law said the rule was “overdue.”",
            "Dean Ida Marsh of the School of Law",
        ),
        (
            "Chief Tom Hale of the Bank of Maine told reporters the rate was “too low.”",
            "Chief Tom Hale of the Bank of Maine",
        ),
        # two subjects joined by "and" before a bare present verb that only the pair agrees with
        ("Hale and Lee call the count “a farce.”", "Hale and Lee"),
        ("Hale and Lee also call the count “a farce.”", "Hale and Lee"),
        ("After the vote, Ann Hale and Tom Lee describe the plan as “a joke.”", "Ann Hale and Tom Lee"),
        ("The mayor and Lee call the count “a farce.”", "The mayor and Lee"),
        ("Voters who back Hale and Lee call the count “a farce.”", "Voters"),
        # a name opening the clause whose appositive runs to the verb with no closing comma
        ("Ines Falk, chair of the Harbour Users Association stated, “We need a new crane.”", "Ines Falk"),
        ("Ola Berg, head of the Ferry Riders Union told reporters, “We need a new crane.”", "Ola Berg"),
        ("Tom Hale, spokesman for the Port Authority said the ferry was “fine.”", "Tom Hale"),
        ("In Salem, members of the Port Board said, “We need a new crane.”", "members of the Port Board"),
        # the subject before an aside set off by dashes that closes right before the verb
        ("Hale — named by the Gazette as a choice — told reporters the plan was “a joke.”", "Hale"),
        ("Ann Hale – who chairs the board – said the plan was “a joke.”", "Ann Hale"),
        ("The mayor — a Republican from Salem — said the plan was “a joke.”", "The mayor"),
        ("A city treasurer -- Ellen Marsh, who lost in 2010 -- said it was “a joke.”", "A city treasurer"),
        ("The vote was close — Hale said the plan was “a joke.”", "Hale"),
    ],
)
def test_the_cue_that_governs_the_quote_names_its_subject(text: str, mention: str) -> None:
    assert governed(text) == mention


def test_inverted_cue_after_the_quote() -> None:
    assert speaker("“Sleep is not optional,” advises psychologist Ann Hale.\n") == "Ann Hale"
    assert speaker("“Sleep is not optional,” says the psychologist.\n") == "the psychologist"
    assert speaker("“Sleep matters,” added Ann Hale, a psychologist, on Monday.\n") == "Ann Hale"


@pytest.mark.parametrize(
    "text",
    [
        # no cue governs: the nearest subject is not taken
        "The pier, which opened in “the golden age,” is closing.",
        "The board met for hours, and the costs are “too high.”",
        "Hale was called a “fraud” by nobody in the room.",
        "Known online as “Pier Boss,” Tom Hale did not vote.",
        "The police report was “late.”",
        "Hale was often called a “fraud” in the papers.",
        "Her speaking fees were “modest” by any measure.",
        "The mayor, while visiting the pier, “the jewel of the coast,” smiled at the crews.",
        "Ann Hale, who chairs the board at the port, “the busiest woman in town,” left early.",
        # a noun of speech with no object after it is a noun, not the clause's verb
        "Since the harbour attacks, the ferry has been “half empty.”",
        "The old charges the board dropped were “baseless.”",
        "The insurance claims Lee filed were “fraudulent.”",
        # a name given by "known as" is no stance verb's predicate
        "The gangs sell what is known as the “protection contracts.”",
        "The children played in the park near “the big oak.”",
        # an absolute whose participle takes no object before the quote: a label, not a predicate
        "The ferry sailed, with dozens of riders waving “keep it running” banners.",
    ],
)
def test_no_cue_no_speaker(text: str) -> None:
    assert governed(text) is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a bare present verb after a relative clause on a plural subject is the main verb
        ("The riders who wrote to Hale say they are “worried.”", "The riders"),
        ("Residents who live near the plant say the smell is “unbearable.”", "Residents"),
        ("Critics who oppose the levy call it “a tax.”", "Critics"),
        ("Riders who use the ferry, in a letter to the board, warn that fares are “too high.”", "Riders"),
        # a neighbour: the bare form is a noun when a verb follows it
        ("Riders who saw the port report were “stunned,” Hale said.", None),
    ],
)
def test_the_main_verb_after_a_relative_clause_in_the_subject(text: str, mention: str | None) -> None:
    assert governed(text) == mention


def test_a_relative_clause_in_the_subject_or_set_off_keeps_its_own_cue() -> None:
    # set off by a comma: an aside with its own cue and subject
    assert governed("Hale met the riders, who said the fares were “too high.”") == "who"


def test_a_relative_clause_closed_before_the_quote_governs_nothing_after_it() -> None:
    assert governed("Ann Hale, who called the levy “a tax,” urged riders to “vote it down.”", 1) == "Ann Hale"
    assert governed("Ann Hale, who called the levy “a tax,” urged riders to “vote it down.”", 0) == "who"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a report of words told to a listener, in a clause of their own: the teller's
        (
            "She answered that the treasurer, Tom Quist, had told her the books were “in order.”",
            "the treasurer, Tom Quist",
        ),
        ("He said the mayor told him that the pier was “safe.”", "the mayor"),
        ("The clerk testified that a manager had assured them the money was “accounted for.”", "a manager"),
        ("She said that Lee, in a call on Monday, told her the deal was “done.”", "Lee"),
        # the teller's words quoted whole after the listener and a colon (s27-pron: the words
        # of the one the reporter names as saying them)
        ("She said she still thinks of what her coach told her: “Never look back.”", "her coach"),
        # neighbours: no telling, a quote as the object of "tell"
        ("She answered that the books were “in order.”", "She"),
        ("He said he would call the minister and tell him “enough is enough.”", "He"),
        ("Hale said Lee called the plan “a mess.”", "Hale"),
    ],
)
def test_words_told_to_a_listener_inside_a_report_are_the_tellers(text: str, mention: str) -> None:
    assert governed(text) == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a setting phrase after a verb of speech, then "that": the report, whatever the noun
        (
            "The critics say in their verdict that Quist has written “a love letter to the coast.”",
            "The critics",
        ),
        ("Hale wrote in an open letter to riders that Lee had called the fares “a scandal.”", "Hale"),
        ("The panel wrote in its findings that the mayor had called the pier “safe enough.”", "The panel"),
        ("The union claimed in its newsletter that the manager had branded strikers “lazy.”", "The union"),
        # neighbour: no "that" after the phrase, so the clause after "and" has its own cue
        ("The panel wrote in its findings, and the mayor called the pier “safe enough.”", "the mayor"),
    ],
)
def test_a_report_after_a_setting_phrase_is_the_reporters(text: str, mention: str) -> None:
    assert governed(text) == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a document noun in -ing after an article or possessive is the subject, not a verb
        ("The filing describes one tenant, who “slept in her car for a month.”", "The filing"),
        ("Her filing describes a landlord who “changed the locks twice.”", "Her filing"),
        ("The ruling quotes a tenant who “never got a reply.”", "The ruling"),
        # neighbour: after "was", the -ing word is the verb and the word after it its object
        ("Lee was filing claims for “lost wages.”", None),
    ],
)
def test_a_document_noun_in_ing_is_the_subject_of_the_verb_after_it(text: str, mention: str | None) -> None:
    assert governed(text) == mention


def test_a_second_quote_told_to_the_listener_is_the_tellers_too() -> None:
    text = "He answered that the treasurer had told him the books were “in order” and that he should “let it go.”"
    assert (governed(text, 0), governed(text, 1)) == ("the treasurer", "the treasurer")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("According to the survey, 40 percent of riders called the service “poor.”", "the survey"),
        ("Filings show the firm called the deal “a steal.”", "Filings"),
        ("The report found the agency was “badly run.”", "The report"),
        ("Protesters carried a sign that read “Save our pier.”", "that"),
        ("Hale held up a placard saying “Hands off the ferry.”", "a placard"),
        # a past verb after a capitalised subject ends the noun phrase before the participle
        ("Protesters carried signs saying “Save the pier.”", "signs"),
        ("Riders held placards saying “Keep the ferry.”", "placards"),
    ],
)
def test_documents_are_sources(text: str, mention: str) -> None:
    assert governed(text) == mention


def test_a_document_issued_by_someone_is_theirs() -> None:
    assert governed("The press office issued a statement saying the pier was “safe.”") == "The press office"


def mentions(text: str) -> list[tuple[str | None, str | None]]:
    """(mention as written, attributed_by) for every quote of ``text``."""
    out = []
    for q in extract_quotes(document_from_text(text, "s.txt")):
        mention = None if q.speaker_start is None else text[q.speaker_start : q.speaker_end]
        out.append((mention, q.attributed_by))
    return out


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # every word between a quote and the verb that closes it is the verb's subject
        ("“The pier stays open,” the editorial read.\n", "the editorial"),
        ("“No ferry runs after six,” the memo states, citing the budget.\n", "the memo"),
        ("“We will fight it,” Will urged the riders on Monday.\n", "Will"),
        ("“The fares are fair,” Ann Hale, the analyst who ran the survey, wrote on Friday.\n", "Ann Hale"),
        ("“The boats are old,” another friend, Mia Holt told the Gazette.\n", "another friend, Mia Holt"),
        ("“The pier is ours,” From said.\n", "From"),
        # an inverted cue right after the quote, or as the last clause after a comma
        ("“Nobody asked us,” wrote another.\n", "another"),
        ("“The ferry will run” in the winter, said the harbour master.\n", "the harbour master"),
        ("“The winter will test us” for the board, said Lee, who chairs it.\n", "Lee"),
    ],
)
def test_the_attribution_that_closes_a_quote(text: str, mention: str) -> None:
    [(found, by)] = mentions(text)
    assert (found, by) == (mention, "cue_after")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a source closing the quote reports the whole sentence, the cue before it included
        ("Ann Hale told the board, “The pier stays,” the Harbour Gazette reported.\n", "the Harbour Gazette"),
        ("Lee said the plan was “dead on arrival,” the Tribune reported on Monday.\n", "the Tribune"),
        ("Asked about it, Hale said, “No comment,” the paper wrote.\n", "the paper"),
        ("Hale argued at length but then added, “We are ready,” Hale said.\n", "Hale"),
        # a neighbour: a quote in a fronted clause with its own cue is not the main clause's
        ("When Hale used the words, “We are ready,” he was echoing Lee.\n", "Hale"),
    ],
)
def test_a_closing_attribution_wins_over_a_cue_before_the_quote(text: str, mention: str) -> None:
    [(found, _)] = mentions(text)
    assert found == mention


@pytest.mark.parametrize(
    "text",
    [
        # after a quote that ends its sentence, a verb with its own object or report starts anew
        "“We are on course.” She mentioned a harbour fair on Sunday in Dunmore.\n",
        "“We are on course.” He said the plan would cost more.\n",
        "“We are on course.” Ann Hale added, “And we mean it.”\n",
        # a verb going on from before the quote is not an inverted cue
        "He went on to toast “the cooks,” mention that the soup was cold, and leave early.\n",
    ],
)
def test_a_cue_after_a_sentence_that_takes_words_of_its_own_does_not_close_it(text: str) -> None:
    assert mentions(text)[0][1] != "cue_after"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a causing verb in any of its forms: its object speaks the infinitive after it
        ("The row drives Mayor Ann Lee to declare “enough is enough.”", "Mayor Ann Lee"),
        ("The vote compels the harbour chief to say “we lost.”", "the harbour chief"),
        ("Her loss will force Tom Hale to admit “it was close.”", "Tom Hale"),
        ("A new poll spurs the candidate to call the levy “a tax.”", "the candidate"),
        ("The leak inspires Councillor Ada Roos to write “never again.”", "Councillor Ada Roos"),
        # neighbours: a passive causing verb has no object; its subject speaks
        ("Hale was given an opportunity to call it “a fraud.”", "Hale"),
        ("The mayor was given the chance to call the levy “a tax.”", "The mayor"),
    ],
)
def test_the_object_of_a_causing_verb_in_any_form_speaks_but_not_after_a_passive(
    text: str, mention: str
) -> None:
    assert governed(text) == mention
