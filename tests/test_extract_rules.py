"""One test per extraction rule added in the speaker-link round, each on invented news prose.

A review found these rules could be switched off with every older test still passing. Each
test here runs the real extractor on a sentence shaped like the one the rule is for and fails
when that rule alone is disabled (checked by disabling each rule in turn).
"""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.extract.lexicon import inflect
from quotecheck.model import Quote
from tests.conftest import mention


def extract(text: str) -> list[Quote]:
    return extract_quotes(document_from_text(text, "story.txt"))


# attribution.py ---------------------------------------------------------------------------


def test_verbs_chained_inside_a_when_clause_take_the_name_after_when() -> None:
    text = (
        "Councillor Ruth Okonkwo listened for an hour, until the moment when Pettigrew stood up "
        "and shouted “shame on this council.”\n\n"
        "The hearing ran long after Pettigrew arrived late and insisted that the plan was "
        "“beyond saving.”\n"
    )
    shame, dead = extract(text)
    assert (shame.kind, shame.speaker, mention(text, shame)) == ("quote", "Pettigrew", "Pettigrew")
    assert (dead.kind, dead.speaker, mention(text, dead)) == ("quote", "Pettigrew", "Pettigrew")


def test_but_set_off_before_an_inverted_cue_is_no_speaker() -> None:
    text = (
        "Mayor Lena Fisk was brief when asked about the audit. “We did everything the auditors "
        "asked…” But, said Ortiz, “the numbers still do not add up.”\n"
    )
    first, second = extract(text)
    assert first.kind == "quote"
    assert first.speaker != "But" and mention(text, first) != "But"
    assert (second.speaker, mention(text, second), second.cue) == ("Ortiz", "Ortiz", "said")


def test_footage_of_a_person_saying_is_no_report_by_the_ad() -> None:
    text = "The new campaign spot closes on footage of Delgado saying “this valley deserves a hospital.”\n"
    [q] = extract(text)
    assert (q.kind, q.speaker, mention(text, q), q.cue) == ("quote", "Delgado", "Delgado", "saying")


def test_thats_and_whats_opening_the_sentence_are_no_subject() -> None:
    text = (
        "The nurses’ union rejected the hospital’s latest pay offer on Monday. That’s why its "
        "members walked out before dawn, calling the offer “an insult to every nurse on the ward.”\n\n"
        "The board voted to shut the unit. What’s at stake is the valley’s only maternity ward, "
        "calling the closure “a betrayal of every family in the valley.”\n"
    )
    for q in extract(text):
        assert q.kind == "quote"
        assert mention(text, q) not in ("That’s", "What’s")
        assert q.speaker not in ("That’s", "What’s", "What")


def test_cue_before_the_next_quote_introduces_it_not_the_previous_one() -> None:
    text = (
        "“The ferry schedule is final,” Irene Calloway told the council. “There will be no winter "
        "crossing.” Mayor Tom Dunne added, “We will look at it again in March.”\n"
    )
    final, winter, march = extract(text)
    assert (final.speaker, mention(text, final)) == ("Irene Calloway", "Irene Calloway")
    assert winter.kind == "quote"
    assert winter.speaker == "Irene Calloway"
    assert mention(text, winter) != "Mayor Tom Dunne"
    assert (march.speaker, mention(text, march), march.cue) == ("Tom Dunne", "Mayor Tom Dunne", "added")


def test_a_pronoun_after_so_much_so_that_is_the_subject_not_a_relative() -> None:
    text = (
        "The hearing kept Mayor Ruth Hale on her feet for hours, so much so that she accused "
        "the panel of posing endless “blame Ruth” questions.\n"
    )
    [attack] = extract(text)
    assert (attack.kind, attack.speaker, mention(text, attack), attack.cue) == (
        "quote",
        "Ruth Hale",
        "she",
        "accused",
    )


def test_a_day_before_a_speech_noun_is_no_speaker() -> None:
    text = (
        "For the mayor, according to the historian Ada Quist, Monday’s speech represents “a real "
        "test” of whether she can hold the council together.\n"
    )
    [test] = extract(text)
    assert (test.kind, test.speaker, mention(text, test), test.cue) == (
        "quote",
        "Ada Quist",
        "the historian Ada Quist",
        "according to",
    )


def test_an_infinitive_cue_after_started_to_takes_that_verbs_subject() -> None:
    text = (
        "Logs from the mill at Farrow Bend put the flood at dawn, and soon after city officials "
        "started to describe the burst dam as an “accident” on the radio.\n"
    )
    [accident] = extract(text)
    assert (accident.kind, accident.speaker, mention(text, accident), accident.cue) == (
        "quote",
        "city officials",
        "city officials",
        "describe",
    )


def test_a_pronoun_opening_an_although_clause_holds_the_view_quoted_in_it() -> None:
    text = (
        "Mayor Ines Varga signed the harbour deal, though she let it be known that she still "
        "has “grave doubts” about the fares.\n"
    )
    [doubts] = extract(text)
    assert (doubts.kind, doubts.speaker, mention(text, doubts), doubts.cue) == (
        "quote",
        "Ines Varga",
        "she",
        "let it be known",
    )


def test_a_quote_in_an_even_as_clause_keeps_that_clauses_cue() -> None:
    text = (
        "But even as Hale insisted at the hearing that “the ferry is safe,” a retired harbour "
        "inspector said the two boats had the same fault.\n"
    )
    [safe] = extract(text)
    assert (safe.kind, safe.speaker, mention(text, safe), safe.cue) == ("quote", "Hale", "Hale", "insisted")


def test_a_quote_after_reported_speech_goes_on_with_the_sentence_subject() -> None:
    text = (
        "Ivo Brandt argued on Sunday that the old hands, even the ones who signed up once the "
        "levy began, might yet turn. “A good haul at Selsey Rock would change everything for us.”\n"
    )
    [north] = extract(text)
    assert (north.kind, north.speaker, mention(text, north)) == ("quote", "Ivo Brandt", "Ivo Brandt")


def test_an_infinitive_cue_after_for_np_to_takes_that_np() -> None:
    text = (
        "It has become common for harbour officials to describe the ferry as a “floating museum” in public.\n"
    )
    [museum] = extract(text)
    assert (museum.kind, museum.speaker, mention(text, museum), museum.cue) == (
        "quote",
        "harbour officials",
        "harbour officials",
        "describe",
    )


# mentions.py ------------------------------------------------------------------------------


def test_contracted_pronoun_after_a_fronted_phrase_is_the_subject() -> None:
    text = (
        "Councillor Maya Treloar voted against the rezoning. Speaking after the meeting, she’s "
        "predicting that developers will “carve up the river meadows within a decade.”\n"
    )
    [q] = extract(text)
    assert (q.kind, q.speaker, mention(text, q), q.cue) == ("quote", "Maya Treloar", "she’s", "predicting")


def test_subject_pronoun_and_its_verb_are_no_description() -> None:
    text = (
        "Coach Dana Brightwell won her third league title on Sunday. Brightwell was modest afterwards. "
        "She gives credit to a defence she described as “the best I have ever coached.”\n"
    )
    [q] = extract(text)
    assert q.kind == "quote"
    assert (q.speaker, mention(text, q), q.cue) == ("Dana Brightwell", "she", "described")


def test_group_noun_after_an_inverted_cue_is_the_speaker() -> None:
    text = (
        "“The northbound lanes will stay closed until Friday morning,” said police in a statement.\n\n"
        "“Nobody was hurt, but the kitchen is gone,” said staff at the Harbour Lane care home.\n"
    )
    lanes, kitchen = extract(text)
    assert (lanes.kind, lanes.speaker, mention(text, lanes)) == ("quote", "police", "police")
    assert (kitchen.kind, kitchen.speaker, mention(text, kitchen)) == ("quote", "staff", "staff")


def test_name_followed_by_a_past_verb_is_no_mention() -> None:
    text = (
        "Mayor Lena Fisk spoke for ten minutes at the ribbon cutting. Fisk restricted comments to "
        "the new bridge, which she called “a lifeline for the east side.”\n\n"
        "At the hearing Fisk praised the engineers. Fisk welcomed questions but Ortiz restricted "
        "answers to “matters of public record.”\n"
    )
    lifeline, record = extract(text)
    assert (lifeline.kind, lifeline.speaker, mention(text, lifeline)) == ("quote", "Lena Fisk", "she")
    assert record.speaker != "Ortiz restricted"
    assert mention(text, record) != "Ortiz restricted"


# names.py ---------------------------------------------------------------------------------


def test_outlet_ending_in_press_is_no_person_for_he() -> None:
    text = (
        "County treasurer Paul Grady defended the audit on Monday, a day after the Clarion Press "
        "first reported its findings.\n\n"
        "“The numbers speak for themselves,” he said.\n"
    )
    [q] = extract(text)
    assert (q.kind, q.speaker, mention(text, q), q.cue) == ("quote", "Paul Grady", "he", "said")


# lexicon.py -------------------------------------------------------------------------------


def test_equate_and_admire_report_their_subject() -> None:
    text = (
        "Councillor Nadia Ferreira equated the proposed rent increases with “a slow eviction of "
        "the working poor.”\n\n"
        "Colm Reddy, the harbour master, admires the “stubborn decency” of small-town volunteers.\n"
    )
    eviction, decency = extract(text)
    assert (eviction.kind, eviction.speaker, mention(text, eviction)) == (
        "quote",
        "Nadia Ferreira",
        "Councillor Nadia Ferreira",
    )
    assert (decency.kind, decency.speaker, mention(text, decency)) == ("quote", "Colm Reddy", "Colm Reddy")


def test_commend_and_extol_report_their_subject() -> None:
    text = (
        "Gov. Ellen Marsh of New Caldonia commended the volunteers for their “tireless and "
        "unglamorous work.”\n\n"
        "Mayor Piet Oosterling extols the tram line’s “remarkable punctuality” in every speech.\n"
    )
    work, punctual = extract(text)
    assert (work.kind, work.speaker, mention(text, work)) == (
        "quote",
        "Ellen Marsh",
        "Gov. Ellen Marsh of New Caldonia",
    )
    assert (punctual.kind, punctual.speaker, mention(text, punctual)) == (
        "quote",
        "Piet Oosterling",
        "Mayor Piet Oosterling",
    )


def test_alias_and_codename_name_something() -> None:
    text = (
        "Prosecutors say the man, who posted under the alias “Nightjar,” sold stolen card numbers "
        "for two years.\n\n"
        "The smuggling ring used the codename “Blue Heron” for its shipments.\n"
    )
    alias, codename = extract(text)
    assert (alias.kind, alias.text) == ("term", "Nightjar,")
    assert (codename.kind, codename.text) == ("term", "Blue Heron")


def test_editorial_and_syllabus_titles() -> None:
    text = (
        "The Gazette’s editorial “Time to Rebuild the Pier” drew more than 400 letters.\n\n"
        "The course syllabus “Cities and Water” lists six field trips.\n"
    )
    editorial, syllabus = extract(text)
    assert (editorial.kind, editorial.text) == ("title", "Time to Rebuild the Pier")
    assert (syllabus.kind, syllabus.text) == ("title", "Cities and Water")


def test_cue_verb_forms_are_spelled_as_news_copy_spells_them() -> None:
    assert {"extolled", "bragged", "shrugged"} <= inflect("extol") | inflect("brag") | inflect("shrug")
    assert "scolded" in inflect("scold") and "scoldded" not in inflect("scold")
    assert {"labeled", "labelled"} <= inflect("label")  # American and British copy
    text = (
        "Harbour chief Ines Falk scolded the board: “You had a year to fix this.”\n\n"
        "Tom Hale extolled the “quiet courage” of the ferry crews.\n"
    )
    scold, extol = extract(text)
    assert (scold.kind, scold.speaker, scold.cue) == ("quote", "Ines Falk", "scolded")
    assert (extol.kind, extol.speaker) == ("quote", "Tom Hale")


def test_passive_cue_gives_the_words_to_the_by_phrase_not_the_subject() -> None:
    text = (
        "Dr. Ines Varga has been called a fraud by rival surgeons for selling “miracle” diet teas.\n\n"
        "The ferry plan was described by Mayor Ann Lee as “reckless.”\n\n"
        "Lee was quoted as saying “the pier is finished.”\n"
    )
    miracle, reckless, pier = extract(text)
    assert (miracle.kind, miracle.speaker) == ("term", None)
    assert (reckless.speaker, mention(text, reckless), reckless.cue) == (
        "Ann Lee",
        "Mayor Ann Lee",
        "described by",
    )
    assert (pier.speaker, mention(text, pier)) == ("Ann Lee", "Lee")


def test_restrictive_relative_without_comma_takes_the_noun_before_it() -> None:
    text = (
        "The ledger came from the harbour police which reported “52 thefts” on the east quay "
        "last spring.\n\n"
        "Among the callers was a fisherman named Joe Brandt who posted “never again” under the notice.\n"
    )
    thefts, again = extract(text)
    assert (thefts.kind, thefts.speaker, mention(text, thefts)) == ("quote", "the harbour police", "which")
    assert (again.kind, again.speaker, mention(text, again)) == ("quote", "Joe Brandt", "who")


def test_a_naming_verb_takes_its_object_before_the_quoted_name() -> None:
    text = (
        "Gov. Ann Lee — who is weighing a Senate run — put schools first this year, and "
        "she has sparred with the harbour board, at one point calling its chairman a “coward.”\n"
    )
    [coward] = extract(text)
    assert (coward.kind, coward.speaker, coward.cue) == ("quote", "Ann Lee", "calling")


def test_an_opening_clause_with_a_naming_verb_belongs_to_the_subject_after_it() -> None:
    text = (
        "Even after repeatedly dismissing the ferry as a “floating wreck,” Mayor Tom Hale rode "
        "it to work every day.\n"
    )
    [wreck] = extract(text)
    assert (wreck.kind, wreck.speaker, mention(text, wreck), wreck.cue) == (
        "quote",
        "Tom Hale",
        "Mayor Tom Hale",
        "dismissing",
    )


def test_a_chained_verb_after_an_auxiliary_takes_the_sentence_subject() -> None:
    text = (
        "Mayor Ines Varga has put the harbour at the heart of her platform and has bragged of "
        "her readiness to pay “any price at all.”\n"
    )
    [spend] = extract(text)
    assert (spend.kind, spend.speaker, mention(text, spend), spend.cue) == (
        "quote",
        "Ines Varga",
        "Mayor Ines Varga",
        "bragged",
    )


def test_a_participle_after_a_though_clause_takes_that_clauses_pronoun() -> None:
    text = (
        "Mayor Ines Varga has been criticized for her caution on the harbour, though at a rally "
        "on Friday she went further, saying the old docks “must be rebuilt.”\n\n"
        "Councillor Tom Hale praised the budget after she presented it, saying it was "
        "“a fair deal.”\n"
    )
    rebuilt, fair = extract(text)
    assert (rebuilt.kind, rebuilt.speaker, mention(text, rebuilt), rebuilt.cue) == (
        "quote",
        "Ines Varga",
        "she",
        "saying",
    )
    assert (fair.kind, fair.speaker, mention(text, fair)) == ("quote", "Tom Hale", "Councillor Tom Hale")


# mentions.py ------------------------------------------------------------------------------


def test_a_setting_phrase_between_a_name_and_its_cue_keeps_the_name_as_subject() -> None:
    text = (
        "The meeting at Pell Quay broke up after Councillor Ivo Brandt in his opening speech called the "
        "harbour inspectors “crooks” and walked out.\n"
    )
    [crooks] = extract(text)
    assert (crooks.kind, crooks.speaker, mention(text, crooks), crooks.cue) == (
        "quote",
        "Ivo Brandt",
        "Councillor Ivo Brandt",
        "called",
    )


def test_a_contracted_pronoun_before_the_cue_is_its_subject() -> None:
    text = (
        "From the day Tom Baker entered the race in spring, he’s told each town hall one line: "
        "“It is about you.”\n"
    )
    [you] = extract(text)
    assert (you.kind, you.speaker, mention(text, you), you.cue) == ("quote", "Tom Baker", "he’s", "told")


def test_a_name_set_off_after_a_description_names_the_speaker() -> None:
    text = (
        "“We are not selling the ferry,” said the company’s chief executive, Ann Lee, on Monday.\n\n"
        "“It was a fine season,” said a 55-year-old fisherman from Tolbury, South Carolina.\n"
    )
    ferry, season = extract(text)
    assert (ferry.speaker, mention(text, ferry)) == ("Ann Lee", "the company’s chief executive, Ann Lee")
    assert season.speaker is not None and "Carolina" not in season.speaker


def test_a_partitive_speaker_after_said_is_read_whole() -> None:
    text = (
        "Hale argued that the guild should not back the new pier.\n\n"
        "“The hull leaked from day one,” said one of two welders who built the barge at Kelmouth.\n\n"
        "“Nobody asked us,” said two of the ferry pilots.\n"
    )
    hull, asked = extract(text)
    assert (hull.kind, hull.speaker, mention(text, hull)) == (
        "quote",
        "one of two welders",
        "one of two welders",
    )
    assert (asked.kind, mention(text, asked)) == ("quote", "two of the ferry pilots")


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "Rep. Mara Quill, D-Ore., one of the bill’s sponsors, said the cuts were “a betrayal.”\n",
            "Mara Quill",
            "Rep. Mara Quill",
        ),
        (
            "Quill, R-Idaho, who leads the budget panel, argued that the plan is “dead on arrival.”\n",
            "Quill",
            "Quill",
        ),
        (
            "Sen. Otto Brandt, I-Vt., the panel’s longest-serving member, has warned that the vote "
            "would be “a blow to the hill farms.”\n",
            "Otto Brandt",
            "Sen. Otto Brandt",
        ),
        (
            "The memo, sent to Sen. Ada Rusk, D-Mont., on Friday, says the deal is “not final.”\n",
            "The memo",
            "The memo",
        ),
    ],
)
def test_a_party_tag_among_asides_after_a_name_is_no_subject(text: str, speaker: str, said: str) -> None:
    [q] = extract(text)
    assert (q.kind, q.speaker, mention(text, q)) == ("quote", speaker, said)


def test_a_name_with_a_party_tag_and_no_further_aside_keeps_its_name() -> None:
    text = "Rep. Mara Quill, D-Ore., said the cuts were “a betrayal.”\n"
    [q] = extract(text)
    assert (q.speaker, mention(text, q)) == ("Mara Quill", "Rep. Mara Quill")


@pytest.mark.parametrize(
    ("text", "first", "second", "said"),
    [
        (
            "The deputy mayor, Cllr Ada Penn, said the board had ‘lost thousands’ on a car park. "
            "She said: ‘Tenants will pay for it.’\n",
            "lost thousands",
            "Tenants will pay for it.",
            "She",
        ),
        (
            "Penn said the deals were ‘gifts to friends’ and nothing more. She added: ‘We will audit them.’\n",
            "gifts to friends",
            "We will audit them.",
            "She",
        ),
        (
            "Lee called the fees ‘hidden taxes’ in a letter on Monday. He wrote: ‘The board must listen.’\n",
            "hidden taxes",
            "The board must listen.",
            "He",
        ),
        (
            "Critics say the ‘emergency powers’ are too broad. ‘They are a blank cheque,’ said Ivo Brandt.\n",
            "emergency powers",
            "They are a blank cheque,",
            "Ivo Brandt",
        ),
    ],
)
def test_a_single_mark_after_a_plural_before_a_function_word_closes_the_quote(
    text: str, first: str, second: str, said: str
) -> None:
    one, two = extract(text)
    assert (text[one.start : one.end], text[two.start : two.end]) == (first, second)
    assert mention(text, two) == said


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "“Teenagers are not lazy,” explains adolescent sleep researcher Dr. Mira Vance.\n",
            "Mira Vance",
            "adolescent sleep researcher Dr. Mira Vance",
        ),
        (
            "“The reef is dying,” said marine biology lecturer Ola Brekke.\n",
            "Ola Brekke",
            "marine biology lecturer Ola Brekke",
        ),
        (
            "“We will appeal,” says longtime union organiser Ivo Brandt, who led the strike.\n",
            "Ivo Brandt",
            "longtime union organiser Ivo Brandt",
        ),
        # neighbour: a participle is no word of a title, so the place after it is no name
        ("“It is over,” said rival fans watching Lisbon celebrate.\n", "rival fans", "rival fans"),
    ],
)
def test_lower_case_words_before_a_name_after_an_inverted_cue_are_its_title(
    text: str, speaker: str, said: str
) -> None:
    [q] = extract(text)
    assert (q.kind, q.speaker, mention(text, q)) == ("quote", speaker, said)


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        (
            "His Harbour counterpart, Gary Dorsett, was frustrated: “We had the ball and no luck.”\n",
            "Gary Dorsett",
            "His Harbour counterpart, Gary Dorsett",
        ),
        (
            "A Dublin neighbour, Tom Quist, is furious: “They were loud all night.”\n",
            "Tom Quist",
            "A Dublin neighbour, Tom Quist",
        ),
        (
            "Their Kerry landlord, Tom Quist, is unmoved: “Rent is rent.”\n",
            "Tom Quist",
            "Their Kerry landlord, Tom Quist",
        ),
        # neighbour: a past verb after the name is no head of it
        ("The Harbour closed, Lee said, calling it “a shame.”\n", "Lee", "Lee"),
    ],
)
def test_a_name_modifying_a_noun_before_an_appositive_is_no_speaker(
    text: str, speaker: str, said: str
) -> None:
    [q] = extract(text)
    assert (q.kind, q.speaker, mention(text, q)) == ("quote", speaker, said)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "A statement from the Ministry of Transport read: “The fares will rise.”\n",
            "A statement from the Ministry of Transport",
        ),
        (
            "An email from the Bank of Tolbury warned: “Rates will rise.”\n",
            "An email from the Bank of Tolbury",
        ),
        (
            "A memo from the Office for Budget Review says the plan is “unaffordable.”\n",
            "A memo from the Office for Budget Review",
        ),
        # neighbour: a phrase after "to" names the addressee, not the sender
        ("The union’s letter to Ann Hale notes that the fees are “too high.”\n", "The union’s letter"),
    ],
)
def test_a_document_from_a_named_body_is_mentioned_with_its_sender(text: str, said: str) -> None:
    [q] = extract(text)
    assert (q.kind, q.speaker, mention(text, q)) == ("quote", said, said)


def test_a_plural_possessive_before_its_noun_stays_inside_the_quote() -> None:
    text = "‘The dockers’ pay was cut in secret,’ said Ivo Brandt.\n"
    [q] = extract(text)
    assert (text[q.start : q.end], q.speaker) == ("The dockers’ pay was cut in secret,", "Ivo Brandt")


# subjects.py ------------------------------------------------------------------------------


def test_a_cue_inside_an_opening_as_clause_does_not_give_the_main_clause_its_subject() -> None:
    text = (
        "As the audience began to cheer, Mayor Ines Varga was joined on stage by her deputy and "
        "joked, “You are all far too kind.”\n"
    )
    [kind] = extract(text)
    assert (kind.kind, kind.speaker, mention(text, kind), kind.cue) == (
        "quote",
        "Ines Varga",
        "Mayor Ines Varga",
        "joked",
    )


def test_the_object_inside_a_who_clause_is_not_the_subject_of_the_cue_after_it() -> None:
    text = (
        "Harbour lawyers who have checked the figures insist that the ferry plan will pay for itself "
        "within “three or four summers” at most.\n"
    )
    [summers] = extract(text)
    assert (summers.kind, summers.speaker, mention(text, summers), summers.cue) == (
        "quote",
        "Harbour lawyers",
        "Harbour lawyers",
        "insist",
    )


def test_a_title_with_of_and_a_country_code_stays_part_of_the_name() -> None:
    text = (
        "Former UK secretary of state Ada Quist caused a stir last winter with her jibe that "
        "“quitters never sail.”\n\n"
        "The files, former secretary of state Tom Baker wrote on Friday, were “never secret.”\n"
    )
    quitters, secret = extract(text)
    assert (quitters.speaker, mention(text, quitters)) == (
        "Ada Quist",
        "Former UK secretary of state Ada Quist",
    )
    assert (secret.speaker, mention(text, secret)) == (
        "Tom Baker",
        "former secretary of state Tom Baker",
    )


def test_according_to_in_the_next_sentence_does_not_sign_a_quote_that_ended_its_own() -> None:
    text = (
        "“It is a sad day for the harbour,” Mayor Ines Varga told reporters outside the town hall. "
        "“This is what the new owners have brought us.” Councillor Tom Baker wants the ferry sold "
        "to the Kelmouth line, according to the Pell Gazette.\n"
    )
    sad, owners = extract(text)
    assert (sad.speaker, mention(text, sad)) == ("Ines Varga", "Mayor Ines Varga")
    assert (owners.kind, owners.speaker, mention(text, owners)) == (
        "quote",
        "Ines Varga",
        "Mayor Ines Varga",
    )


# names.py / resolution.py ----------------------------------------------------------------


def test_a_capitalised_name_after_the_is_no_antecedent_for_she() -> None:
    text = (
        "Mayor Ines Varga spoke on Sunday at the close of the Harbour Festival. There was, she "
        "said, “a real bargain” to be made with the ferry owners.\n"
    )
    [bargain] = extract(text)
    assert (bargain.kind, bargain.speaker, mention(text, bargain)) == ("quote", "Ines Varga", "she")


# lexicon.py -------------------------------------------------------------------------------


def test_summed_up_is_a_cue() -> None:
    assert "summed" in inflect("sum")
    text = (
        "Hale then summed up the council as “spineless,” mocked its budget for the pier and "
        "said it should quit.\n"
    )
    [hopeless] = extract(text)
    assert (hopeless.kind, hopeless.speaker, mention(text, hopeless), hopeless.cue) == (
        "quote",
        "Hale",
        "Hale",
        "summed up",
    )


def test_written_and_mouthed_words_are_the_subjects_quote() -> None:
    text = (
        "Councillor Pettigrew typed “not again” into the group chat before the vote.\n\n"
        "Mayor Okonkwo raised her cap and tipped it to the gallery, mouthing “see you soon” as "
        "she left.\n\n"
        "At one point, Okonkwo coached Pettigrew to “breathe, breathe.”\n"
    )
    typed, mouthed, coached = extract(text)
    assert (typed.kind, typed.speaker, mention(text, typed)) == ("quote", "Pettigrew", "Councillor Pettigrew")
    assert (mouthed.kind, mouthed.speaker) == ("quote", "Okonkwo")
    assert (coached.kind, coached.speaker, mention(text, coached)) == ("quote", "Okonkwo", "Okonkwo")


def test_the_object_of_a_prompting_verb_says_the_partial_quote() -> None:
    text = (
        "The ferry ran aground again. The delay prompted Okonkwo to crack a grin and call "
        "Pettigrew “the slowest skipper,” a jab at his timekeeping.\n"
    )
    (nimble,) = extract(text)
    assert (nimble.kind, nimble.speaker, mention(text, nimble)) == ("quote", "Okonkwo", "Okonkwo")


def test_a_chant_raised_by_the_subject_is_their_words_and_a_chant_heard_is_not() -> None:
    text = (
        "The angry protesters joined in a loud chant of “Save the pier!” as the mayor left.\n\n"
        "Councillor Pettigrew heard the chants of “Out, out” from his office.\n"
    )
    raised, heard = extract(text)
    assert (raised.kind, raised.speaker, mention(text, raised)) == (
        "quote",
        "The angry protesters",
        "The angry protesters",
    )
    assert (heard.kind, heard.speaker) == ("term", None)


def test_a_short_quote_opening_a_definition_is_a_term_not_a_quote() -> None:
    text = (
        "Pettigrew wrote to the board on Monday, “We will not close the pier.” “Soft closure” is "
        "a planning term for shutting a pier without a vote.\n\n"
        "“Harbour Lights” was the first ferry to sail under the new rules.\n"
    )
    said, term, title = extract(text)
    assert (said.kind, said.speaker) == ("quote", "Pettigrew")
    assert (term.kind, title.kind) == ("term", "title")


def test_a_long_headline_case_title_after_a_work_noun_or_before_by_is_a_title() -> None:
    text = (
        "Okonkwo recalled the night, as told in Ray Pettigrew's book “Low Tide: Ruth Okonkwo and "
        "the Long Fight for the Soul of the Harbour.” She stayed.\n\n"
        "Later that winter, according to “Safe Harbour: How a Small Port Town Took on the "
        "Ferry Barons” by Ana Brandt, the council gave in.\n"
    )
    book, cited = extract(text)
    assert (book.kind, cited.kind) == ("title", "title")


def test_a_perfect_tense_governing_verb_keeps_its_subject_as_speaker() -> None:
    text = "Through the glass of the ferry office, the mayor had mouthed “thank you.”\n"
    (note,) = extract(text)
    assert (note.kind, note.speaker, mention(text, note)) == ("quote", "the mayor", "the mayor")


def test_a_passive_verb_after_an_appositive_is_no_cue_for_the_subject() -> None:
    text = "Dr. Ines Varga, a heart surgeon, has long been praised for her “bedside manner.”\n"
    [manner] = extract(text)
    assert (manner.kind, manner.speaker) == ("term", None)


def test_verbs_of_writing_by_hand_or_keyboard_are_cues() -> None:
    text = (
        "On the intake sheet, a triage nurse had typed “acute distress.”\n\n"
        "Brandt scrawled “not for sale” across the old harbour sign.\n"
    )
    distress, sale = extract(text)
    assert (distress.kind, distress.speaker, distress.cue) == ("quote", "a triage nurse", "typed")
    assert (sale.kind, sale.speaker, sale.cue) == ("quote", "Brandt", "scrawled")


def test_a_long_run_of_titles_keeps_the_surname_in_the_name() -> None:
    text = (
        "Rumours spread online claiming that Appeals Court Judge Peter Vance took gifts.\n\n"
        "“The statute is clear,” he said.\n"
    )
    [clear] = extract(text)
    assert (clear.speaker, mention(text, clear)) == ("Peter Vance", "he")


def test_a_polled_share_answering_a_say_clause_speaks_the_short_quote() -> None:
    text = (
        "About 40 percent of voters in the harbour ward say the ferry plan is “about right,” "
        "though few like its cost.\n"
    )
    (answer,) = extract(text)
    assert (answer.kind, mention(text, answer)) == ("quote", "About 40 percent of voters in the harbour ward")


def test_a_quote_in_apposition_to_a_coined_phrase_is_the_coiners_words() -> None:
    text = (
        "Councillor Ray Pettigrew spoke at the harbour on Monday. He has coined a catchy motto, "
        "“pier patriots,” for the dockers who stayed.\n"
    )
    (coined,) = extract(text)
    assert (coined.kind, coined.speaker, mention(text, coined)) == ("quote", "Ray Pettigrew", "He")


def test_a_named_partnership_is_no_antecedent_for_his() -> None:
    text = (
        "Mayor Tom Hale flies to Oslo today to sign the North Sea Fishing and Shipping "
        "Partnership. Behind him the dockers still resent his remark that their wharf "
        "was “a museum piece” before the vote.\n"
    )
    [line] = extract(text)
    assert (line.kind, line.speaker, mention(text, line)) == ("quote", "Tom Hale", "his")


def test_a_named_day_is_no_antecedent_for_she() -> None:
    text = (
        "Councillor Ruth Hale spent the morning with voters on Super Tuesday. Later, she said the "
        "count was “too close to call.”\n"
    )
    [close] = extract(text)
    assert (close.kind, close.speaker, mention(text, close)) == ("quote", "Ruth Hale", "she")


def test_a_question_word_before_a_name_is_not_part_of_it() -> None:
    text = "Does Ruth Hale still back the pier? She told reporters it was “the best plan we have.”\n"
    [plan] = extract(text)
    assert (plan.kind, plan.speaker, mention(text, plan)) == ("quote", "Ruth Hale", "She")


def test_a_weekday_after_a_name_is_not_part_of_it() -> None:
    text = (
        "Councillor Ivo Brandt met the press at the pier. Later, Mayor Ruth Hale Thursday defended "
        "the plan. She said it was “the only way forward.”\n"
    )
    [way] = extract(text)
    assert (way.kind, way.speaker, mention(text, way)) == ("quote", "Ruth Hale", "She")


def test_a_studies_centre_is_no_antecedent_for_she() -> None:
    text = (
        "Researcher Ann Lee leads a team at the Harbour Institute for Coastal Studies. The rise is "
        "real, she said, and “faster than any model showed.”\n"
    )
    [faster] = extract(text)
    assert (faster.kind, faster.speaker, mention(text, faster)) == ("quote", "Ann Lee", "she")


# review of the speaker-link round ----------------------------------------------------------


def test_a_fact_in_a_though_clause_keeps_its_scare_quote_a_term() -> None:
    text = "Mayor Ruth Dalby won the seat easily, though she lost the “rust belt” wards by a wide margin.\n"
    [belt] = extract(text)
    assert (belt.kind, belt.speaker) == ("term", None)


def test_an_infinitive_cue_before_the_quote_yields_to_the_trailing_speaker() -> None:
    text = "Now is the time for voters to say “enough is enough,” Ines Varga told the rally.\n"
    [enough] = extract(text)
    assert (enough.kind, enough.speaker, mention(text, enough), enough.cue) == (
        "quote",
        "Ines Varga",
        "Ines Varga",
        "told",
    )


def test_a_given_name_before_a_place_like_surname_is_a_person() -> None:
    text = (
        "Derek Hall, a city councillor, spoke first at the meeting. He said the budget was “a mess.”\n\n"
        "Sun-hee Park, the finance minister, arrived late. She called the figures “deeply worrying.”\n"
    )
    mess, worrying = extract(text)
    assert (mess.speaker, mention(text, mess)) == ("Derek Hall", "He")
    assert (worrying.speaker, mention(text, worrying)) == ("Sun-hee Park", "She")


def test_a_person_named_before_a_noun_after_the_stays_a_person() -> None:
    text = (
        "Ann Lee had lunch with the John Carter campaign team. Later Carter met reporters. "
        "He called the deal “a mistake.”\n"
    )
    [mistake] = extract(text)
    assert (mistake.speaker, mention(text, mistake)) == ("John Carter", "He")


def test_a_writing_verb_with_a_document_object_leaves_a_scare_quote_a_term() -> None:
    text = (
        "Ann Lee typed up a memo for the “working group” on Tuesday.\n\n"
        "Ann Lee scrawled the words “never again” on the wall.\n"
    )
    group, never = extract(text)
    assert (group.kind, group.speaker) == ("term", None)
    assert (never.kind, never.speaker, never.cue) == ("quote", "Ann Lee", "scrawled")


def test_a_new_subject_after_a_prompting_verb_speaks_for_itself() -> None:
    text = "The ruling moved Tom Hale to tears and Ann Lee deemed it “pitiful.”\n"
    [pitiful] = extract(text)
    assert (pitiful.kind, pitiful.speaker, mention(text, pitiful)) == ("quote", "Ann Lee", "Ann Lee")


def test_an_adverb_inside_a_passive_cue_does_not_make_the_subject_the_speaker() -> None:
    text = "Tom Hale was widely described as a “maverick” when he entered the race.\n"
    [maverick] = extract(text)
    assert (maverick.kind, maverick.speaker) == ("term", None)


def test_a_surname_that_is_also_a_month_still_speaks_through_a_speech_noun() -> None:
    text = (
        "Prime Minister Ruth May spoke in Leeds on Friday. May’s speech represents “a betrayal” "
        "of the vote.\n"
    )
    [betrayal] = extract(text)
    assert (betrayal.kind, betrayal.speaker, mention(text, betrayal)) == ("quote", "Ruth May", "May’s")


def test_a_perfect_tense_raising_verb_still_gives_the_chant_to_its_subject() -> None:
    text = "Protesters had joined in chants of “no more cuts” outside the town hall.\n"
    [cuts] = extract(text)
    assert (cuts.kind, cuts.speaker, mention(text, cuts), cuts.cue) == (
        "quote",
        "Protesters",
        "Protesters",
        "chants",
    )


def test_a_verb_ending_in_the_is_no_article_before_a_name() -> None:
    text = (
        "Tom Ruiz conceded on Monday. Many voters loathe Okafor Mensah. "
        "He called the latest poll “fake news.”\n"
    )
    [fake] = extract(text)
    assert (fake.speaker, mention(text, fake)) == ("Okafor Mensah", "He")


def test_a_name_first_met_before_a_noun_is_a_person_once_named_alone() -> None:
    text = (
        "Tom Ruiz attacked the Okafor Mensah campaign on Monday. Later Okafor Mensah met "
        "reporters. He called the attack “a smear.”\n"
    )
    [smear] = extract(text)
    assert (smear.speaker, mention(text, smear)) == ("Okafor Mensah", "He")


def test_a_pronoun_in_a_set_off_in_which_clause_is_the_mention() -> None:
    text = (
        "Mayor Joan Achebe spoke on Monday. Her latest video replays part of a podcast "
        "chat, in which she promises to set up a “ferry watch” for the winter. Councillor Rui Tan "
        "replied in a letter, in which he labelled the idea “a gimmick.”\n"
    )
    watch, gimmick = extract(text)
    assert (watch.speaker, mention(text, watch)) == ("Joan Achebe", "she")
    assert (gimmick.speaker, mention(text, gimmick)) == ("Rui Tan", "he")


def test_a_named_subject_after_comma_but_holds_the_quote_not_the_earlier_cue() -> None:
    text = (
        "Councillor Joan Achebe asked for a second hearing in June, but the Tan office rejected "
        "the request as “pointless” because the budget was closed. Achebe said the port would "
        "recover, but the repairs are “badly overdue” for now.\n"
    )
    pointless, overdue = extract(text)
    assert (pointless.speaker, mention(text, pointless), pointless.cue) == (
        "the Tan office",
        "the Tan office",
        "rejected",
    )
    assert (overdue.speaker, mention(text, overdue)) == ("Joan Achebe", "Achebe")


def test_an_indefinite_noun_named_by_called_is_no_subject_for_a_participle() -> None:
    text = (
        "On Tuesday evening, Dr. Pia Lund posted a photo of a 1998 swim team called “Dolphins” "
        "on her blog, writing “Happy to send the full roster to any editor who asks.”\n"
    )
    quotes = extract(text)
    roster = quotes[-1]
    assert (roster.kind, roster.speaker, mention(text, roster)) == ("quote", "Pia Lund", "Dr. Pia Lund")


def test_a_lower_case_inverted_cue_after_a_question_signs_it_over_an_earlier_verb() -> None:
    text = (
        "If the fire started on the pier — as the insurers claim, but the port authority firmly "
        "disputes — “how could the night guards have missed it?” asked Ola Brekke, a retired "
        "inspector.\n"
    )
    [missed] = extract(text)
    assert (missed.speaker, mention(text, missed), missed.cue) == ("Ola Brekke", "Ola Brekke", "asked")


def test_a_person_noun_before_a_setting_phrase_is_the_subject_of_the_cue() -> None:
    text = (
        "When a man in the gallery shouted, “Louder,” Councillor Ines Varga quipped, once more "
        "tapping the microphone, “Can you hear me now?”\n"
    )
    louder, hear = extract(text)
    assert (mention(text, louder), louder.cue) == ("a man", "shouted")
    assert (hear.speaker, mention(text, hear)) == ("Ines Varga", "Councillor Ines Varga")


def test_the_object_of_a_causing_verb_speaks_the_infinitive_cue() -> None:
    text = (
        "The verdict led Councillor Rui Tan to announce that the harbour was “clear of debt at "
        "last.” The result prompted the Register of Coastal Towns, which tracks ferry routes, "
        "to write, “Brekke Bay is the busiest small port in the north.”\n"
    )
    debt, busiest = extract(text)
    assert (debt.speaker, mention(text, debt), debt.cue) == ("Rui Tan", "Councillor Rui Tan", "announce")
    assert (mention(text, busiest), busiest.cue) == ("the Register of Coastal Towns", "write")


def test_a_name_modifying_a_plural_noun_is_part_of_the_causative_object() -> None:
    text = (
        "Her video on Sunday was viewed 8,000 times, leading Achebe port advisers like Ivo Sand "
        "to reply that “every ferry on that route, Tan tried to cut.”\n"
    )
    [ferry] = extract(text)
    assert (ferry.speaker, mention(text, ferry), ferry.cue) == (
        "Achebe port advisers",  # the plural heads the phrase; the name after "like" is an example
        "Achebe port advisers like Ivo Sand",
        "reply",
    )


def test_the_subject_of_a_with_participle_speaks_the_infinitive_cue_after_it() -> None:
    text = (
        "After photos of the spill spread, the port office said nothing had leaked, with Mia "
        "Castell going online to call the fishermen “plainly confused” about the slick.\n"
    )
    [confused] = extract(text)
    assert (confused.speaker, mention(text, confused), confused.cue) == (
        "Mia Castell",
        "Mia Castell",
        "call",
    )


def test_a_title_inside_the_subjects_appositive_does_not_hide_the_subject() -> None:
    text = (
        "Lia Moreau, host of radio’s “Harbour Hour,” thanked the council for “finally fixing "
        "the old sea wall.”\n"
    )
    hour, wall = extract(text)
    assert hour.kind != "quote"
    assert (wall.speaker, mention(text, wall), wall.cue) == ("Lia Moreau", "Lia Moreau", "thanked")


def test_according_to_a_document_by_a_named_author_gives_the_author() -> None:
    text = (
        "A fair ferry fare is about $4 a trip, “well under what the port charges,” according to "
        "calculations by Kai Olsen of the Coastal Transport Lab.\n\n"
        "“The contract was never signed,” according to a court filing signed by city lawyer "
        "Rita Okoye.\n"
    )
    fare, contract = extract(text)
    assert (fare.speaker, mention(text, fare)) == ("Kai Olsen", "Kai Olsen")
    assert (contract.speaker, mention(text, contract)) == ("Rita Okoye", "city lawyer Rita Okoye")


def test_a_participle_after_at_one_point_goes_with_the_nearest_pronoun_subject() -> None:
    text = (
        "Gov. Dan Pruitt promised to rebuild the ferry fleet, but the work dragged on, and he has "
        "clashed with Mayor Ana Ruiz about money, at one point calling her a “menace.”\n"
    )
    [menace] = extract(text)
    assert (menace.speaker, mention(text, menace), menace.cue) == ("Dan Pruitt", "he", "calling")


def test_a_party_tagged_name_before_a_long_appositive_is_the_subject() -> None:
    text = (
        "On the other side, Sen. Iris Vale (D-Ore.), a contender for mayor who has put ferries at "
        "the heart of her race, tweeted a reminder. “Harbour voters: the polls open at seven.”\n"
    )
    [polls] = extract(text)
    assert (polls.speaker, mention(text, polls)) == ("Iris Vale", "Sen. Iris Vale")


def test_an_inverted_cue_before_one_or_another_names_that_counted_speaker() -> None:
    text = (
        "On Saturday, the Courier said that dozens of boats flew banners across the bay.\n\n"
        "“Vote Achebe! Tan must go,” read one. “Ferries first,” wrote another.\n"
    )
    vote, ferries = extract(text)
    assert (mention(text, vote), vote.cue) == ("one", "read")
    assert (mention(text, ferries), ferries.cue) == ("another", "wrote")


def test_whoever_is_given_the_power_to_call_speaks_the_infinitive_cue() -> None:
    text = (
        "Under the new charter, a vacancy gives the chair of the guild power to call a “snap "
        "vote” within a week. The statute gave Mayor Ann Lee the power to call a “recount.”\n"
    )
    meeting, recount = extract(text)
    assert (mention(text, meeting), meeting.cue) == ("the chair of the guild", "call")
    assert (recount.speaker, mention(text, recount)) == ("Ann Lee", "Mayor Ann Lee")


def test_a_name_ending_in_s_with_a_bare_apostrophe_is_a_possessor() -> None:
    text = (
        "Councillor Ana Reyes wrote to members on Friday. Reyes’ email to her backers notes that "
        "Ola Brekke, who is standing for the port board, “is a marine engineer who rebuilt the "
        "north pier.”\n"
    )
    [engineer] = extract(text)
    assert (engineer.speaker, mention(text, engineer), engineer.cue) == ("Ana Reyes", "Reyes’", "notes")


def test_a_weak_pronoun_cue_after_but_keeps_the_named_reporting_subject() -> None:
    text = (
        "Pia Sorensen, who flew in from Oslo to help the crew, says there is “plenty left to do” "
        "but she feels sure that Tan will “sail through the vote.”\n"
    )
    _plenty, sail = extract(text)
    assert (sail.speaker, mention(text, sail)) == ("Pia Sorensen", "Pia Sorensen")


def test_a_full_name_met_in_the_possessive_is_registered_whole() -> None:
    text = "Voters cheered Dana Whitlock’s harbor plan on Monday.\n\n“We will build it,” Whitlock said.\n"
    [build] = extract(text)
    assert (build.speaker, mention(text, build)) == ("Dana Whitlock", "Whitlock")


def test_a_shared_surname_named_again_refreshes_both_people() -> None:
    text = (
        "Mayor Dana Whitlock spoke first. Her husband, Tom Whitlock, spoke next.\n\n"
        "In her memoir, Harbor Lights, Whitlock recalled the flood. She was “terrified "
        "for the children,” she wrote.\n"
    )
    [terrified] = extract(text)
    assert (terrified.speaker, mention(text, terrified)) == ("Dana Whitlock", "she")


def test_a_quote_after_a_closed_who_clause_goes_to_the_antecedent() -> None:
    text = (
        "Councillor Ivo Brandt spoke on Tuesday.\n\n"
        "Brandt, who has called the levy “a tax on the poor,” urged residents to “vote it "
        "down” and to “stay loud” at the hearing.\n"
    )
    tax, down, loud = extract(text)
    assert (mention(text, tax), mention(text, down), mention(text, loud)) == ("who", "Brandt", "Brandt")
    assert (down.speaker, loud.speaker) == ("Ivo Brandt", "Ivo Brandt")


def test_a_quote_inside_a_restrictive_who_clause_stays_with_the_relative() -> None:
    text = (
        "Voters may not warm to any contender who has called the levy “a tax on the poor,” "
        "has urged residents to “vote it down” and who wants more.\n"
    )
    tax, down = extract(text)
    assert (mention(text, tax), mention(text, down)) == ("who", "who")


def test_a_pronoun_goes_to_the_named_subject_whose_gender_is_not_known_yet() -> None:
    text = (
        "Dr. Ivo Mensah and Tom Ruiz met on Monday.\n\n"
        "Mensah, who calls Ruiz a “fraud,” said he will not endorse anyone.\n"
    )
    [fraud] = extract(text)
    assert (fraud.speaker, mention(text, fraud)) == ("Ivo Mensah", "he")


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name() -> None:
    text = (
        "Dana Whitlock toured the harbor on Monday.\n\n"
        "Besides Whitlock, only two council members came. She called the turnout “a disgrace.”\n"
    )
    [disgrace] = extract(text)
    assert (disgrace.speaker, mention(text, disgrace)) == ("Dana Whitlock", "She")


def test_no_pronoun_stands_for_a_country_or_a_law() -> None:
    text = (
        "Dana Whitlock once headed East Germany’s trade office. She later called the job "
        "“a lonely post.”\n\n"
        "Whitlock sued under the Freedom of Information Act. She called the files “a scandal.”\n"
    )
    post, scandal = extract(text)
    assert (post.speaker, scandal.speaker) == ("Dana Whitlock", "Dana Whitlock")


def test_no_pronoun_stands_for_a_named_group() -> None:
    text = (
        "Dana Whitlock, who chairs the Council of Economic Advisers, spoke on Monday. "
        "She called the plan “a good start.”\n"
    )
    [start] = extract(text)
    assert (start.speaker, mention(text, start)) == ("Dana Whitlock", "She")


def test_a_given_name_spelling_a_verb_inside_the_sentence_stays_in_the_name() -> None:
    text = (
        "Dana Whitlock founded the group last year.\n\n"
        'A campaign spokesman, Hope Lindqvist, confirmed that the group acts alone. "They are '
        'not affiliated with us," she said.\n'
    )
    [affiliated] = extract(text)
    assert (affiliated.speaker, mention(text, affiliated)) == ("Hope Lindqvist", "she")


def test_no_pronoun_stands_for_a_programme_or_a_city() -> None:
    for place in ("in Des Moines about Social Security", "about Social Security in Des Moines"):
        text = f"Dana Whitlock spoke {place} on Monday. She called the fund “safe for decades.”\n"
        [safe] = extract(text)
        assert (safe.speaker, mention(text, safe)) == ("Dana Whitlock", "She")


def test_neither_and_a_hyphenated_group_are_no_names() -> None:
    text = (
        "Dana Whitlock met voters on Monday. Neither Whitlock nor her rival took questions. "
        "She called the forum “a waste of time.”\n\n"
        "Dana Whitlock courted Dearborn Arab-Americans at a rally. She called them “the future.”\n"
    )
    waste, future = extract(text)
    assert (waste.speaker, future.speaker) == ("Dana Whitlock", "Dana Whitlock")


def test_a_pronoun_sentence_ending_in_a_colon_introduces_the_next_quote() -> None:
    text = "“We back the plan,” Dana Whitlock wrote. She then listed her reasons:\n\n“It is cheap and it is fair.”\n"
    back, cheap = extract(text)
    assert (mention(text, back), mention(text, cheap)) == ("Dana Whitlock", "She")
    assert cheap.speaker == "Dana Whitlock"


def test_a_quote_after_a_sentence_adverb_goes_on_with_the_previous_speaker() -> None:
    for adverb in ("Indeed", "Specifically"):
        text = (
            "Dana Whitlock concluded, “The levy is unfair to every family in the county.” "
            f"{adverb}, “No other town charges it.”\n"
        )
        _unfair, other = extract(text)
        assert (other.kind, other.speaker, mention(text, other)) == (
            "quote",
            "Dana Whitlock",
            "Dana Whitlock",
        )


def test_a_person_named_again_after_a_namesake_keeps_what_was_learnt() -> None:
    text = (
        "Okafor Lee spoke first. “We are ready,” she said.\n\n"
        "Tom Lee spoke next. “Not yet,” he said.\n\n"
        "Later Okafor Lee met reporters. “We won,” he said.\n"
    )
    ready, not_yet, won = extract(text)
    assert (ready.speaker, not_yet.speaker, won.speaker) == ("Okafor Lee", "Tom Lee", "Tom Lee")


def test_a_rival_opening_the_sentence_is_no_part_of_the_name() -> None:
    text = "Rival Okafor Mensah spoke first. Tom Ruiz waved. Mensah called it “a farce.”\n"
    [farce] = extract(text)
    assert farce.speaker == "Okafor Mensah"


def test_a_sentence_naming_the_speaker_again_keeps_the_chain() -> None:
    text = (
        "“We will win the county,” Okafor Mensah said.\n\n"
        "Mensah is calm about the vote at Brackwater, not least since he has the dockers’ guild behind him.\n\n"
        "“Nobody else can carry the state.”\n"
    )
    _win, carry = extract(text)
    assert (carry.speaker, mention(text, carry)) == ("Okafor Mensah", "Mensah")


def test_a_sentence_naming_someone_else_breaks_the_chain() -> None:
    text = (
        "“We will win the county,” Okafor Mensah said.\n\n"
        "Ruiz is calm about the vote at Brackwater, not least since he has the dockers’ guild behind him.\n\n"
        "“Nobody else can carry the state.”\n"
    )
    _win, carry = extract(text)
    assert carry.speaker is None


def test_made_the_point_that_is_a_cue_for_the_quote_it_reports() -> None:
    text = (
        "Lina Gorman also made the point that the harbour plan, stretched further by her rival, "
        "would turn the port into “a parking lot with boats” within years.\n"
    )
    [lot] = extract(text)
    assert (lot.speaker, mention(text, lot), lot.cue) == (
        "Lina Gorman",
        "Lina Gorman",
        "made the point",
    )


def test_expressed_or_voiced_a_stance_that_is_a_cue() -> None:
    text = "Council member Ivo Ruiz voiced concern that the stadium deal was “a giveaway.”\n"
    [giveaway] = extract(text)
    assert (giveaway.speaker, giveaway.cue) == ("Ivo Ruiz", "voiced concern")


def test_a_cue_ending_the_sentence_signs_its_earlier_unsigned_pieces() -> None:
    text = (
        "The new ferry timetable aims to “bring the islands closer” and to “cut the waiting” "
        "that commuters face each winter, said Tomas Verhoek, a planner at the harbour board.\n"
    )
    closer, waiting = extract(text)
    assert (closer.speaker, mention(text, closer)) == ("Tomas Verhoek", "Tomas Verhoek")
    assert (waiting.speaker, mention(text, waiting)) == ("Tomas Verhoek", "Tomas Verhoek")


def test_a_thing_after_an_inverted_cue_signs_no_earlier_title() -> None:
    text = (
        "Petra Lund, who has appeared in “Harbour Lights” and “North Wind,” posted the song "
        "to her page on Monday.\n"
    )
    first, _second = extract(text)
    assert (first.kind, first.speaker) == ("title", None)  # appeared in “…”: a show's title


def test_a_name_and_cue_running_on_into_the_next_quote_open_a_new_sentence() -> None:
    text = (
        "The ferry chief promised “calm” on the water and a “steady schedule” in pursuit of "
        "“shared goals.” Verhoek said the islands should be “pulling together.”\n"
    )
    calm, _schedule, goals, together = extract(text)
    assert (goals.speaker, mention(text, goals)) == (mention(text, calm), "The ferry chief")
    assert (together.speaker, mention(text, together)) == ("Verhoek", "Verhoek")


def test_a_nickname_quote_inside_the_speaker_does_not_cut_the_attribution() -> None:
    text = "“The vote is close!” the mayor’s aide, state Rep. Ana “Annie” Ruiz, called out to the hall.\n"
    close = extract(text)[0]
    assert close.speaker is not None


def test_an_unnamed_someone_opening_a_clause_is_the_speaker() -> None:
    text = "At the pier, someone asked, “Is the ferry late?”\n\nWhen somebody shouted, “Louder,” the chair kept reading.\n"
    late, louder = extract(text)
    assert (late.kind, mention(text, late), late.cue) == ("quote", "someone", "asked")
    assert (mention(text, louder), louder.cue) == ("somebody", "shouted")


def test_voiced_a_wish_for_is_a_cue_for_the_quote_it_names() -> None:
    text = "She voiced a wish for “fewer gulls on the quay,” and she called Tolmouth’s harbourmaster “a saint.”\n"
    gulls, saint = extract(text)
    assert (mention(text, gulls), gulls.cue) == ("She", "voiced a wish")
    assert (mention(text, saint), saint.cue) == ("she", "called")


def test_said_before_the_subject_of_a_reported_clause_signs_nothing_behind_it() -> None:
    text = (
        "Ada Lund, a singer on the ferry show “Low Tide,” who later ran the line, said her boss "
        "was “never late with the wages.”\n"
    )
    show, kind = extract(text)
    assert (show.kind, show.speaker) == ("title", None)
    assert (kind.speaker, mention(text, kind)) == ("Ada Lund", "Ada Lund")


def test_a_cueless_quoted_sentence_after_a_named_subject_is_that_persons() -> None:
    text = (
        "The council met on Monday to discuss the ferry timetable. Mayor Dana Kowalczyk wants "
        "the old pier rebuilt before summer. “It is part of who we are as a town.”\n\n"
        "The evening boat left late again. “Nobody on board was told the reason.”\n"
    )
    town, board = extract(text)
    assert (town.speaker, mention(text, town)) == ("Dana Kowalczyk", "Mayor Dana Kowalczyk")
    assert board.speaker is None


def test_a_fronted_phrase_and_a_show_title_do_not_hide_the_subject_before_a_quote() -> None:
    text = (
        "On “Harbour Hour,” Mayor Dana Kowalczyk, who lost the ferry vote to the council, named "
        "the cost of fuel as the main reason. “Nobody can run boats at a loss.”\n"
    )
    [loss] = [q for q in extract(text) if q.kind == "quote"]
    assert (loss.speaker, mention(text, loss)) == ("Dana Kowalczyk", "Mayor Dana Kowalczyk")


def test_he_said_closing_a_report_names_the_reporting_subject_not_a_name_inside_it() -> None:
    text = (
        "Ferry spokesman Tom Ames said that the company will remind riders that Paul Grange "
        "has “no plan at all for the winter timetable,” he said.\n"
    )
    [plan] = extract(text)
    assert (plan.speaker, mention(text, plan)) == ("Tom Ames", "he")
    # a subject whose gender is not known to agree does not take the pronoun
    [other] = extract(text.replace("Ferry spokesman Tom Ames", "Harbourmaster Lena Ortiz"))
    assert other.speaker == "Paul Grange"


def test_which_she_described_after_a_quoted_phrase_keeps_its_own_pronoun() -> None:
    text = (
        "She would fund the new pier through “harbour fees,” which she described as “asking "
        "the boats to pay their share.”\n"
    )
    _fees, share = extract(text)
    assert (mention(text, share), share.cue) == ("she", "described")
    assert share.start == text.index("asking")


def test_whom_she_describes_has_its_own_subject_outside_a_report() -> None:
    text = (
        "Mertens also urged skippers to vote for Ada Quist, whom she describes as having "
        "“a pilot’s nerve and a clerk’s patience.”\n\n"
        "Mertens said she would back Ada Quist, whom she called “a steady hand.”\n"
    )
    grip, hand = extract(text)
    assert (grip.speaker, mention(text, grip), grip.cue) == ("Mertens", "she", "describes")
    assert (hand.speaker, mention(text, hand)) == ("Mertens", "Mertens")


def test_an_abbreviation_spelt_like_a_word_ends_a_sentence_in_lower_case() -> None:
    # "no." and "ill." in lower case are the words, so the cue before them closes the quote
    for tail in ("shaking his head no.", "saying he felt ill.", "and the answer was no."):
        text = f"“Should the pier close?” Hale asked, {tail} “The boats need it.”\n"
        first, second = extract(text)
        assert (first.speaker, mention(text, first), first.attributed_by) == ("Hale", "Hale", "cue_after")
        assert second.speaker == "Hale"
    # neighbours: a capitalised state and "No." before a number stay abbreviations
    text = "Ann Lee, who lives at No. 4 Pier Road in Salem, Mass. with her sons, said it was “safe.”\n"
    [q] = extract(text)
    assert (q.speaker, mention(text, q)) == ("Ann Lee", "Ann Lee")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Critics seized on Lee’s “47 percent” campaign remark.", "Lee’s"),
        ("Hale’s “low energy” debate jab stuck for months.", "Hale’s"),
        ("Ann Quist’s “open door” housing pledge drew cheers.", "Ann Quist’s"),
    ],
)
def test_a_quote_between_a_possessor_and_a_modified_noun_of_utterance_is_the_possessors(
    text: str, who: str
) -> None:
    (q,) = extract(text)
    assert mention(text, q) == who


@pytest.mark.parametrize(
    "text",
    [
        "If you are ever in Brest, Maine, feel free to “drop by the office.”",
        "When you reach Dover, Delaware, tell the clerk “the mayor sent you.”",
        "Readers, say “thank you” to the volunteers this weekend.",
        "Sign up and press the “join” button below.",
    ],
)
def test_a_command_has_no_subject_to_take_a_speaker_from(text: str) -> None:
    # a bare verb after a vocative, a place set off by commas or a coordinated command:
    # no noun before it is its subject, so the words are nobody's
    (q,) = extract(text)
    assert (q.speaker, q.speaker_start) == (None, None)


def test_a_plural_subject_keeps_a_bare_verb_and_a_place_inside_it() -> None:
    # neighbours: a plural subject agrees with the bare verb, before or after "and"
    for text, who in (
        ("The union leaders, however, say the plan is “a mess.”", "The union leaders"),
        ("The nurses walked out and call the plan “a betrayal.”", "The nurses"),
        ("Residents of Dover, Delaware, say the plan is “a mess.”", "Residents"),
        ("Ivo Hale sat down and called the plan “a betrayal.”", "Ivo Hale"),
        ("Signs on the fence read “keep out.”", "Signs"),
    ):
        (q,) = extract(text)
        assert q.kind == "quote" and mention(text, q) is not None and mention(text, q).startswith(who), text


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Residents who live near the pier said “the noise never stops.”", "Residents"),
        ("People who fish off the pier say “the noise never stops.”", "People"),
        ("Two women who run the bakery told us “business is down.”", "Two women"),
        ("Those who attended the meeting said “it was a mess.”", "Those"),
        ("The council, which met on Monday, told reporters “the budget is fine.”", "The council"),
    ],
)
def test_a_relative_clause_ends_before_the_main_verb_of_its_noun(text: str, who: str) -> None:
    # the verb right after "who" is the clause's own, so the next verb is the main clause's
    (q,) = extract(text)
    assert mention(text, q) == who


def test_a_restrictive_relative_with_an_object_pronoun_names_no_object() -> None:
    # neighbour: the noun inside the relative clause never becomes the speaker
    text = "Anyone who reads the bill closely will see “a mess.”"
    (q,) = extract(text)
    assert mention(text, q) != "the bill"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("“We will not back down,” said the Indiana governor.", "the Indiana governor"),
        ("“We will not back down,” said the former Ohio senator.", "the former Ohio senator"),
        ("“We will not back down,” said a Maine senator on Tuesday.", "a Maine senator"),
    ],
)
def test_a_role_noun_after_a_place_adjective_ends_the_description(text: str, who: str) -> None:
    (q,) = extract(text)
    assert mention(text, q) == who


def test_a_role_noun_after_a_name_is_not_taken_into_the_name() -> None:
    # neighbour: a name then a lower-case title-like word is still just the name
    text = "Lee Falk first used the word “phantom” in a column."
    (q,) = extract(text)
    assert mention(text, q) == "Lee Falk"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("On Bluesky she went further: “This is a disgrace.”", "she"),
        ("After the vote he was blunt: “This is a disgrace.”", "he"),
        ("At the rally Ann Lee went further: “This is a disgrace.”", "Ann Lee"),
        ("On the morning of March 3 Ann Lee wrote back: “This is a disgrace.”", "Ann Lee"),
    ],
)
def test_a_fronted_prepositional_phrase_is_never_the_subject(text: str, who: str) -> None:
    (q,) = extract(text)
    assert mention(text, q) == who


def test_a_fronted_phrase_set_off_by_a_comma_still_gives_the_subject() -> None:
    # neighbour: with the comma the old path reads the subject after it
    text = "On Bluesky, the senator went further: “This is a disgrace.”"
    (q,) = extract(text)
    assert mention(text, q) == "the senator"


@pytest.mark.parametrize(
    "text",
    [
        'Hale said he\'d get the ferry "back on time," in his words, and Lee vowed to "mend the slipway" soon.',
        "Hale said she’s sure the ferry will “run on time,” and Lee promised to “mend the slipway” soon.",
        "Hale says they’re ready to “sail at dawn,” and Lee vowed to “mend the slipway” soon.",
    ],
)
def test_a_report_opening_on_a_contraction_has_its_verb_so_and_opens_a_new_clause(text: str) -> None:
    first, second = extract(text)
    assert (first.speaker, second.speaker) == ("Hale", "Lee")


@pytest.mark.parametrize(
    "text",
    [
        "The pair left the quay at dusk, Hale saying the tide was “kind to us” and Lee calling the crossing “rough but fair.”",
        "The trial sail ended with Hale saying the hull felt “solid” and Lee calling the engine “a marvel.”",
        "Hale spoke at length, saying the port was “very busy” and Lee telling reporters it was “fine.”",
    ],
)
def test_a_second_absolute_after_and_has_its_own_subject(text: str) -> None:
    first, second = extract(text)
    assert (first.speaker, second.speaker) == ("Hale", "Lee")


def test_and_before_a_name_without_a_participle_stays_in_the_report() -> None:
    # neighbour: no participle of speech after the name, so the words stay the first speaker's
    text = "Lee sat quietly, telling Hale he was “very pleased” and Ivo listening."
    (q,) = extract(text)
    assert q.speaker == "Lee"


@pytest.mark.parametrize(
    "text",
    [
        "Hale, Kelmouth’s harbour master, repeated accusations that Lee recites old tide tables, "
        "calling him a “menace at the tiller.”",
        "Hale dismissed suggestions that Lee reads old tide tables, calling him a “menace at the tiller.”",
        "Hale repeated assertions that Lee reads old tide tables aloud, calling him a “menace at the tiller.”",
    ],
)
def test_a_plural_noun_of_speech_opens_its_that_clause_so_a_participle_after_it_is_the_subjects(
    text: str,
) -> None:
    (q,) = extract(text)
    assert (q.speaker, mention(text, q)) == ("Hale", "Hale")


def test_a_participle_after_a_relative_that_clause_is_still_the_subjects() -> None:
    # neighbour: "the claims that Lee made" is a relative clause, and the participle is Hale's too
    text = "Hale repeated the claims that Lee made last year, calling them “false.”"
    (q,) = extract(text)
    assert q.speaker == "Hale"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "A port clerk responded by saying Lee must take care “not to upset the skippers.”",
            "A port clerk",
        ),
        ("The clerk responded by saying Lee must take care “not to upset the skippers.”", "The clerk"),
        ("A union leader replied by calling the plan “a disgrace.”", "A union leader"),
        ("Ann Hale answered by insisting that the pier was “perfectly safe.”", "Ann Hale"),
    ],
)
def test_a_verb_followed_by_by_and_a_gerund_is_active(text: str, who: str) -> None:
    # "-ed by saying" names the means, not a passive agent: the subject speaks
    (q,) = extract(text)
    assert mention(text, q) == who


def test_a_participle_followed_by_by_and_a_noun_stays_passive() -> None:
    # neighbour: "seen by dockers as “…”" gives the words to the agent
    text = "It was a measure seen by dockers as “a disgrace.”"
    (q,) = extract(text)
    assert mention(text, q) == "dockers"


@pytest.mark.parametrize(
    ("text", "who", "cue"),
    [
        (
            'While the hearing dragged on and Hale stood by his claim that "the quay is rotting," the hall emptied.',
            "his",
            "claim",
        ),
        (
            'As the talks dragged on, Hale stood by her remark Monday that "the port is dying," and left.',
            "her",
            "remark",
        ),
        ('Hale stood by his claim Friday that "the quay is rotting."', "his", "claim"),
    ],
)
def test_a_quote_closing_a_fronted_clause_stays_in_the_report_of_its_noun(
    text: str, who: str, cue: str
) -> None:
    # the quote belongs to the report it stands in, not to the fronted clause its comma ends,
    # and a day between the noun of speech and "that" still leaves the words the noun's
    (q,) = extract(text)
    assert q.cue == cue and mention(text, q) in (who, "Hale")


def test_a_quote_in_a_fronted_clause_keeps_that_clauses_cue() -> None:
    # neighbour: the fronted clause's own cue governs the quote inside it
    text = 'As Lee said "the port is dying," Hale nodded.'
    (q,) = extract(text)
    assert (q.speaker, q.cue) == ("Lee", "said")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The minutes recall a night in 2015, when Hale first addressed the guild, and Sen. Ann Lee (D-Fen.) "
            'kept asking her how the sluices at Farrow Bend had gone "rotten" so fast.',
            "Ann Lee",
        ),
        (
            "The vote came late, and Rep. Ivo Brandt (D-Maine) said the bill was “a mess” before he left.",
            "Ivo Brandt",
        ),
        (
            "Hale spoke at noon, but Gov. Ann Lee (R) told reporters the plan was “dead on arrival.”",
            "Ann Lee",
        ),
    ],
)
def test_a_party_tag_after_a_name_does_not_hide_the_verb_of_a_new_clause(text: str, who: str) -> None:
    (q,) = extract(text)
    assert q.speaker == who


def test_a_bracket_after_a_plain_noun_is_no_party_tag() -> None:
    # neighbour: "(and more)" after a lower-case noun opens no clause of its own
    text = "Hale said the costs (and more) would be “covered in full.”"
    (q,) = extract(text)
    assert q.speaker == "Hale"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            'The rower who won three regattas before her wrist froze up is now talking about "a second life."',
            "The rower",
        ),
        (
            'The farmer who worked the land before his sons grew up is now talking about "a fresh start."',
            "The farmer",
        ),
        (
            "Ann Hale, who sang in a band before the club burned down, now calls the plan “a dream.”",
            "Ann Hale",
        ),
    ],
)
def test_an_irregular_past_closes_the_clause_inside_a_relative(text: str, who: str) -> None:
    # the verb of "before her knee blew out" ends that clause, so the main verb has its subject
    (q,) = extract(text)
    assert mention(text, q) == who


def test_an_irregular_past_in_the_main_clause_leaves_the_cue_of_the_clause_after_it() -> None:
    # neighbour: "The crowd grew quiet" has its verb, and the when-clause keeps its own cue
    text = "The crowd grew quiet when Hale called the plan “a dream.”"
    (q,) = extract(text)
    assert q.speaker == "Hale"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ('Sen. Ann Lee, R-Utah, the bill’s loudest foe, said the bill was "an overreaction."', "Ann Lee"),
        ('Rep. Ivo Brandt, D-N.Y., a longtime critic, called it "a sham."', "Ivo Brandt"),
        (
            'Sen. Ann Lee, R-Utah, the bill’s loudest foe, later told reporters it was "an overreaction."',
            "Ann Lee",
        ),
    ],
)
def test_a_party_tag_set_off_by_commas_is_hopped_to_the_name(text: str, who: str) -> None:
    (q,) = extract(text)
    assert q.speaker == who and who in (mention(text, q) or "")


def test_an_appositive_name_after_a_description_is_still_the_speaker() -> None:
    # neighbour: the name set off by commas after "The mayor" is the subject's own name
    text = 'The mayor, Ann Lee, said the bill was "an overreaction."'
    (q,) = extract(text)
    assert q.speaker == "Ann Lee"


@pytest.mark.parametrize(
    "text",
    [
        "“It is not laziness,” explains pediatric sleep specialist Dr. Ann Lee.",
        "“It is not laziness,” says sleep specialist Ann Lee.",
        "“It is not laziness,” said retired harbour pilot Ann Lee, asked about the delays.",
    ],
)
def test_a_false_title_before_an_inverted_name_belongs_to_it(text: str) -> None:
    # lower-case words describing the name right after an inverted cue, with no article
    (q,) = extract(text)
    assert q.speaker == "Ann Lee" and (mention(text, q) or "").endswith("Ann Lee")


def test_people_close_to_a_name_are_not_a_false_title() -> None:
    # neighbour: a preposition stops the run, so the name is not the speaker
    text = "“It is not laziness,” said people close to Ann Lee."
    (q,) = extract(text)
    assert q.speaker != "Ann Lee"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The judges said in their citation that Lee had written ‘a whole town into one night at sea’.",
            "The judges",
        ),
        ('The judges wrote in the ruling that Lee had called it "a whole town."', "The judges"),
        ('Ann Hale said at the packed hearing that Lee had called the plan "a disgrace."', "Ann Hale"),
    ],
)
def test_a_setting_phrase_before_that_keeps_the_report_open(text: str, who: str) -> None:
    # any prepositional phrase between the cue and "that" is a setting; the report is the
    # reporter's, so a cue inside it does not take the quote
    (q,) = extract(text)
    assert q.speaker == who


def test_a_relative_that_after_a_setting_leaves_the_speaker_the_subject() -> None:
    # neighbour: "the hearing that Lee had called" is a relative clause; the words stay Hale's
    text = 'Ann Hale spoke at the hearing that Lee had called, saying the plan was "a disgrace."'
    (q,) = extract(text)
    assert q.speaker == "Ann Hale"


@pytest.mark.parametrize(
    ("text", "mentioned"),
    [
        (
            "A statement from the Department for Transport read: ‘The rules are clear.’",
            "Department for Transport",
        ),
        (
            "A spokesman for the Centre for Coastal Studies said the rules were “clear.”",
            "Centre for Coastal Studies",
        ),
        ("A letter from the Office of Fair Rents says: “The rules are clear.”", "Office of Fair Rents"),
    ],
)
def test_a_name_with_its_own_of_or_for_joins_the_phrase_before_it(text: str, mentioned: str) -> None:
    (q,) = extract(text)
    assert (mention(text, q) or "").endswith(mentioned)


def test_a_person_before_an_of_name_stays_the_speaker() -> None:
    # neighbour: "Bishop Ann Lee of the Church of St. Mark" stays the bishop, a name
    text = "Bishop Ann Lee of the Church of St. Mark said it was “a blessing.”"
    (q,) = extract(text)
    assert q.speaker == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The first scuffle came at dusk, when wet anglers drowned out his talk, chanting “no fish, no vote!”",
            "wet anglers",
        ),
        ("The board met on Monday, when two tenants stood up, calling the plan “a betrayal.”", "two tenants"),
        ("Ann Hale grew calmer as she spoke, telling the crowd it was “a fine start.”", "she"),
    ],
)
def test_a_participle_after_a_when_or_as_clause_goes_on_from_that_clause(text: str, who: str) -> None:
    (q,) = extract(text)
    assert mention(text, q) == who


def test_a_participle_after_an_after_clause_is_the_main_clauses() -> None:
    # neighbour: "after Lee presented it, saying" goes on from the main clause
    text = "The mayor praised the plan after Lee presented it, saying it was “a fine start.”"
    (q,) = extract(text)
    assert mention(text, q) == "The mayor"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Lee fans heckled the chair, chanting “no fish, no vote!”", "Lee fans"),
        ("Hale aides say the plan is “dead.”", "Hale aides"),
        ("Two hours in, Ortiz loyalists had begun chanting “four more years.”", "Ortiz loyalists"),
    ],
)
def test_a_name_before_a_plural_noun_and_its_verb_is_a_group_not_the_person(text: str, who: str) -> None:
    # the speakers are the supporters, not the person they are named after
    (q,) = extract(text)
    assert mention(text, q) == who and q.speaker != who.split()[0]


def test_a_name_before_a_verb_in_s_stays_the_name() -> None:
    # neighbour: "Lee thanks voters" and "Hale tells reporters": the -s word is the verb
    for text, who in (
        ("Lee thanks voters for “a fine result.”", "Lee"),
        ("Hale tells reporters it is “dead.”", "Hale"),
    ):
        (q,) = extract(text)
        assert mention(text, q) == who


@pytest.mark.parametrize(
    "text",
    [
        'Lee, talking to the crew, said of Hale\'s demand: "The guild settled that long ago."',
        'Lee wrote of her rival\'s remark: "It was a stunt."',
        'Lee was asked about Hale\'s latest claim: "It was a stunt."',
    ],
)
def test_a_noun_of_speech_in_the_topic_of_a_verb_before_a_colon_does_not_take_the_quote(text: str) -> None:
    # "said of X's request:" -- the words after the colon are the verb's, about the noun
    (q,) = extract(text)
    assert q.speaker == "Lee"


def test_a_noun_of_speech_in_the_topic_with_its_own_that_clause_keeps_its_words() -> None:
    # neighbour: "asked about Hale's claim that …" reports Hale's claim
    text = 'Lee was asked about Hale\'s claim that the pier is "unsafe."'
    (q,) = extract(text)
    assert q.speaker == "Hale"
