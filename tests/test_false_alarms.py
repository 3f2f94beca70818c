"""Issue 12: no false alarms on real articles. Quote marks read as readers read them, words
that are no quotation (titles, translations, words named as words) kept out of the check,
and findings an editor can trust. All text written for these tests."""

from __future__ import annotations

import pytest

from quotecheck.article import document_from_text
from quotecheck.extract import extract_quotes
from quotecheck.match import Matcher
from quotecheck.model import Quote, QuoteResult, Source, Verdict
from quotecheck.sources.subtitles import subtitle_text
from quotecheck.sources.transcript import turns_of
from quotecheck.verify import judge


def found(text: str) -> list[tuple[str, str]]:
    """(kind, words) of everything the extractor reports."""
    return [(q.kind, q.text) for q in extract_quotes(document_from_text(text, "story.txt"))]


def quotes(text: str) -> list[str]:
    return [words for kind, words in found(text) if kind == "quote"]


def kind_of(text: str, words: str) -> str:
    [kind] = [k for k, w in found(text) if w.rstrip(",.") == words]
    return kind


# 3. Quote marks -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "‘We will not sell the pier,’ said Mora Quist. ‘They called it “a relic”, but it is ours.’\n\n"
        "‘Nobody asked us,’ said Ivo Brand.\n",
        "The harbour master was blunt: ‘It is “finished” as a port.’\n\n‘We disagree,’ the mayor replied.\n",
        "‘I read “closed” on the sign,’ she said. ‘Then I read “for good”.’\n\n‘It was a shock,’ her son said.\n",
    ],
)
def test_british_single_marks_with_double_marks_nested_inside(text: str) -> None:
    """‘outer “inner”’: every single-marked quote is found, the double-marked words stay inside."""
    got = quotes(text)
    assert len(got) == text.count("‘")
    assert all("“" not in text[text.index(g) - 1] for g in got)  # no inner quote reported alone
    assert any("“" in g for g in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("‘We listen,’ she said.\n\n“I go,” he says.\n", ["We listen,", "I go,"]),
        (
            "Locals call the bend the “widow’s step”.\n\n‘We never swim there,’ said Ola Berg. "
            "‘The current is too strong.’\n\n‘It took my uncle,’ her neighbour added.\n",
            ["We never swim there,", "The current is too strong.", "It took my uncle,"],
        ),
        (
            "The harbour master was blunt: ‘It is finished.’\n\nHer deputy agreed: ‘We close in May.’"
            "\n\nThe town calls the pier “the end”.\n",
            ["It is finished.", "We close in May."],
        ),
        (
            "“We voted,” said Lee.\n\n‘They called it “a relic”, but it is ours,’ said Mora Quist. "
            "‘Nobody asked us.’\n",
            ["We voted,", "They called it “a relic”, but it is ours,", "Nobody asked us."],
        ),
        (
            "‘We stay open,’ the harbour master said, though the council called it “a gamble”.\n",
            ["We stay open,"],
        ),
    ],
)
def test_one_double_marked_quote_leaves_single_marked_quotes_elsewhere(
    text: str, expected: list[str]
) -> None:
    """Which marks are outer is decided where the marks are: a double-marked quote or term in
    one paragraph does not make the single-marked quotes of another disappear."""
    got = [words for _, words in found(text)]
    assert all(e in got for e in expected)
    assert not any(g in ("a relic", "relic") for g in got)  # the nested one stays inside


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Sees ‘Grave Risk’ in Levy\n\n“We cannot wait,” said Ann Lee. “The pier is failing.”\n",
        "Ryan Calls Plan ‘Reckless.’\n\n“It is reckless,” Ryan said. “We will vote no.”\n",
        "“Go,” said Lee. ‘What now?’ They left the pier.\n\n“We stay,” said Ann Lee.\n",
    ],
)
def test_single_marks_in_an_american_headline_stay_out(text: str) -> None:
    """Neighbour: an article quoting in double marks uses single ones in its headline (and a
    stray pair with no tag of its own): those are not quotes of the body to check."""
    got = quotes(text)
    assert len(got) == 2
    assert all(text[text.index(g) - 1] == "“" for g in got)


def test_apostrophes_stay_apostrophes_when_both_styles_are_used() -> None:
    """’s, ’tis and the horses’ hooves neither open nor close a quote beside double marks."""
    text = (
        "‘The horses’ hooves are loud, and ’tis the season for it,’ said Ann Marr. "
        "The town’s “widow’s step” is near.\n\n‘It’s the Joneses’ barn,’ she said.\n"
    )
    got = [words for _, words in found(text)]
    assert got[0] == "The horses’ hooves are loud, and ’tis the season for it,"
    assert "It’s the Joneses’ barn," in got
    assert len(got) == 3


def test_american_double_marks_keep_single_marks_nested() -> None:
    """Neighbour: “outer ‘inner’” with possessives around stays one double-marked quote."""
    text = "“He called it ‘a relic’ and left,” said Mora Quist. The fishermen’s union agreed.\n"
    assert quotes(text) == ["He called it ‘a relic’ and left,"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lee said: “''They all agreed.'' But some changes took hold.”\n",
            "''They all agreed.'' But some changes took hold.",
        ),
        (
            "“We voted,” Lee said. “''Yes to the pier,'' the sign read, and we meant it.”\n",
            "''Yes to the pier,'' the sign read, and we meant it.",
        ),
        (
            "The memo said: \"''Close it,'' wrote the chief. Nobody did.\"\n",
            "''Close it,'' wrote the chief. Nobody did.",
        ),
    ],
)
def test_doubled_apostrophes_inside_other_marks_are_a_nested_quote(text: str, expected: str) -> None:
    assert expected in quotes(text)


def test_single_quote_dialogue_apostrophe_words_and_backticks() -> None:
    text = (
        "'Hello,' he said, 'how are you?'\n\n"
        "'The horses' hooves are loud, and 'tis the season for it,' said Ann Marr.\n\n"
        "'Tis a pity,' the groom said.\n"
    )
    assert quotes(text) == [
        "Hello,",
        "how are you?",
        "The horses' hooves are loud, and 'tis the season for it,",
        "Tis a pity,",
    ]
    typewriter = "`Hello,' he said, `how are you?'\n\n`We rode the farmers' lanes,' she said.\n"
    assert quotes(typewriter) == ["Hello,", "how are you?", "We rode the farmers' lanes,"]


def test_a_plural_possessive_before_a_pronoun_still_closes() -> None:
    """Neighbour: ‘…the horses’ she said: the mark before a pronoun closes the quote."""
    assert quotes("'We sold the horses' she said, 'and the cart.'\n") == [
        "We sold the horses",
        "and the cart.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“You can’t call that “discrimination”... You’re choosing who gets in,” said Lee.\n",
        '"You can\'t call that "discrimination"... You\'re choosing who gets in," said Lee.\n',
        "«You can’t call that «discrimination»... You’re choosing who gets in», said Lee.\n",
    ],
)
def test_a_same_mark_nested_quote_is_one_quote(text: str) -> None:
    [quote] = quotes(text)
    assert quote.startswith("You can") and quote.rstrip(",").endswith("choosing who gets in")


def test_a_closing_mark_with_its_space_left_out_still_closes() -> None:
    """Neighbour: "…audiences,"Katie Lee said" is a closer, not a nested opener."""
    text = '"We sell to every audience,"Katie Lee said. "And we always will."\n'
    assert quotes(text) == ["We sell to every audience,", "And we always will."]


@pytest.mark.parametrize(
    "text",
    [
        "“Thanks,” came the reply.\n",
        "The reporter asked where the money went.\n\n“Where?”\n\nLee did not answer.\n",
        "“Hello,” he said.\n",
        "“Never!” shouted someone at the back.\n",
    ],
)
def test_a_short_utterance_next_to_a_cue_is_a_quote(text: str) -> None:
    assert len(quotes(text)) == 1


def test_a_short_quoted_word_inside_a_sentence_stays_a_term() -> None:
    """Neighbour: a single word quoted mid-sentence, with no cue, names rather than says."""
    assert found("The plan for a “Modern,” open harbour was shelved in 2030.\n") == [("term", "Modern,")]


# 4. Not quotes to check -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The actor, who starred in “The Long Night,” said he was retiring.\n", "The Long Night"),
        ("Vera Holm appeared in “Harbour Lights” before she turned to politics.\n", "Harbour Lights"),
        ("Holm, who plays in “North Wind,” told fans she was leaving.\n", "North Wind"),
        ("Review: “The Quiet Tide” is the year’s most patient film\n", "The Quiet Tide"),
    ],
)
def test_titles_of_films_and_shows(text: str, words: str) -> None:
    assert kind_of(text, words) == "title"


def test_a_quote_after_in_without_a_performance_verb_is_words_said() -> None:
    """Neighbour: "said in “…”" is no title."""
    assert quotes("Holm said in a statement: “We Are Leaving Today.”\n") == ["We Are Leaving Today."]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The gangs sell what is known as the “protection contracts” to shop owners.\n",
            "protection contracts",
        ),
        ("Locals call it the Ferienbremse, or “holiday brake.”\n", "holiday brake"),
        ("The town prints the Mietdeckel (“rent lid”) on every leaflet.\n", "rent lid"),
        ("Danes prize hygge (roughly, “cosiness”) above all in winter.\n", "cosiness"),
        ("Schadenfreude, which translates to “harm joy,” is hard to explain.\n", "harm joy"),
    ],
)
def test_translations_of_a_foreign_term(text: str, words: str) -> None:
    assert kind_of(text, words) == "term"


SPEAKER_FIRST = "“We never swim there,” said Ola Berg. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The bend, known locally as the “widow’s step”, took her uncle.\n",
        "She pointed to the bend, better known as the “widow’s step”.\n",
        "She pointed to the bend, often called the “widow’s step”.\n",
        "She pointed to the bend, sometimes referred to as the “widow’s step”.\n",
        "The bend is also known, colloquially, as “widow’s step”.\n",
        "She pointed to the reef, still called “Gull Teeth” in the harbour.\n",
        "The bread, called in Basque the “ogi zuri”, sells out by noon.\n",
        "The square is known in Catalan as the “plaça vella”.\n",
        "The dish is still called in Spanish simply “olla de barro”.\n",
    ],
)
def test_a_name_introduced_with_an_adverb_is_a_term(sentence: str) -> None:
    """Naming shapes allow adverbs ("known locally as", "often called"), also with a speaker
    quoted just before: the name is nobody's words to check."""
    text = SPEAKER_FIRST + sentence
    words = text.split("“")[-1].split("”")[0]
    assert quotes(text) == ["We never swim there,"]
    assert kind_of(text, words) in ("term", "title")


@pytest.mark.parametrize(
    "text",
    [
        "The crew kept the “captain’s log” in a drawer.\n",
        SPEAKER_FIRST + "The walk past the “farmers’ market” is short.\n",
        "“We never swim there,” said Ola Berg, who keeps the “captain’s log” on the bridge.\n",
        SPEAKER_FIRST + "She pointed at the “widow’s step” below the pier.\n",
        SPEAKER_FIRST + "The company’s so-called “green ledger” is a spreadsheet.\n",
        "The council's so-called “harbour levy” passed on Monday.\n",
        SPEAKER_FIRST + "Hale’s so-called “rescue fund” ran dry.\n",
    ],
)
def test_a_short_possessive_phrase_with_no_cue_is_a_term(text: str) -> None:
    words = text.split("“")[-1].split("”")[0]
    assert kind_of(text, words) == "term"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“It is the captain’s log,” she said.\n", "It is the captain’s log,"),
        ("Ola Berg said she keeps the “captain’s log” on the bridge.\n", "captain’s log"),
        ("Ann Lee said the plan was the “mayor’s folly”.\n", "mayor’s folly"),
        ("Hale repeated his claim that the pier was the “town’s shame”.\n", "town’s shame"),
        (SPEAKER_FIRST + "She called it the “widow’s step”.\n", "widow’s step"),
        ("“We go,” said Hale. He called the pier “a disgrace”.\n", "a disgrace"),
        ("Ana Ruiz said in Spanish that the bread was “too sweet for anyone”.\n", "too sweet for anyone"),
        (SPEAKER_FIRST + "The company’s chief said the ledger was “a mess”.\n", "a mess"),
    ],
)
def test_a_possessive_phrase_or_name_a_speaker_says_stays_a_quote(text: str, expected: str) -> None:
    """Neighbour: a cue governing the words (before them in the clause, or a speaker who
    does the calling) keeps them a quote to check."""
    assert expected in quotes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor, who has since branded “a disgrace” the vote on the pier, declined to comment.\n",
            "a disgrace",
        ),
        ("Ivo Brand had openly labeled “a reckless gamble” the sale of the ferry.\n", "a reckless gamble"),
        ("The tax that Ann Lee once dubbed “a toll on the poor” passed on Monday.\n", "a toll on the poor"),
        ("Critics, who repeatedly branded “a folly” the new quay, lost the vote.\n", "a folly"),
    ],
)
def test_a_naming_verb_after_a_subject_and_an_adverb_is_the_subjects_words(text: str, expected: str) -> None:
    """Neighbour of "often called the “…”": an adverb between a subject (a name, "who", an
    auxiliary) and the naming verb leaves the naming to that subject; it was made a term,
    so a speaker's words went unchecked."""
    assert expected in quotes(text)
    """Neighbour: "…, or “…”" after a pronoun or a speech verb is no translation."""
    text = "“We will stay,” Ada Moor said, or “at least try to.”\n"
    assert quotes(text) == ["We will stay,", "at least try to."]
    named = "The plan was backed by Lee, or “At least by her office,” a council source said.\n"
    assert quotes(named) == ["At least by her office,"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("She looked up the word “irony” in a dictionary.\n", "irony"),
        ("The adjective “fulsome” does not mean what people think.\n", "fulsome"),
        ("He kept using the words “stay tuned” at the end of each show.\n", "stay tuned"),
        ("The term “lame duck” dates from the 18th century.\n", "lame duck"),
    ],
)
def test_words_mentioned_as_words(text: str, words: str) -> None:
    assert kind_of(text, words) == "term"


def test_a_speakers_own_phrase_is_still_checked() -> None:
    """Neighbour: what a named speaker calls something is their words."""
    text = "Rosa Diaz condemned what she called a “shameless raid” on the harbour fund.\n"
    assert quotes(text) == ["shameless raid"]


# 5. Findings that were wrong ------------------------------------------------------------------

MINISTER = (
    "HOST: We have the minister with us tonight.\n\n"
    "MINISTER RUTH ADEYEMI: I spoke to the council chief, Tom Reyes. And we agreed the ferry stays. "
    "It will sail in May, not before. We may add a second boat.\n"
)


def check(text: str, speaker: str | None, source: Source) -> QuoteResult:
    matcher = Matcher([source])
    quote = Quote("q", text, 0, len(text), 1, 1, 1, len(text), speaker=speaker)
    return judge(quote, matcher.locate(text, speaker), True, known_speakers=matcher.known)


def codes(result: QuoteResult) -> list[str]:
    return [f.code for f in result.findings]


def minister() -> Source:
    return Source("minister.txt", "transcript", MINISTER, turns=turns_of(MINISTER))


@pytest.mark.parametrize("opening", ["Um, and", "Well, and", "Uh, so and", "And, um,"])
def test_filler_at_the_start_is_not_a_changed_name(opening: str) -> None:
    """The alignment used to reach back into "…Tom Reyes." and call "Um" for "Reyes" a
    changed name; it stays in the sentence the quote's words are in."""
    result = check(f"{opening} we agreed the ferry stays.", "Ruth Adeyemi", minister())
    assert "name_changed" not in codes(result)
    assert result.match is not None and result.match.text.startswith("And we agreed")


def test_a_changed_name_is_still_an_error() -> None:
    """Neighbour: a capitalised name on both sides of a change is a name change."""
    result = check("I spoke to the council chief, Tom Rendall.", "Ruth Adeyemi", minister())
    assert "name_changed" in codes(result)


def test_a_month_changed_is_a_date_not_modality() -> None:
    result = check("It will sail in June, not before.", "Ruth Adeyemi", minister())
    assert codes(result) == ["number_changed"]
    assert result.verdict is Verdict.ALTERED
    modal = check("We will add a second boat.", "Ruth Adeyemi", minister())  # neighbour: the verb
    assert codes(modal) == ["modality_changed"]


SUBTITLES = """\
WEBVTT

00:00:01.000 --> 00:00:03.000
<v Ruth Adeyemi>We will keep the ferry running

00:00:03.000 --> 00:00:06.000
through the whole of the winter.

00:00:06.000 --> 00:00:08.000
<v Ruth Adeyemi>And the fares stay where they are.

00:00:08.000 --> 00:00:10.000
<v Tom Reyes>That costs money.
"""

UNVOICED = """\
WEBVTT

00:00:01.000 --> 00:00:03.000
We will keep the ferry running

00:00:03.000 --> 00:00:06.000
through the whole of the winter.
"""


def subtitles(raw: str) -> Source:
    text, turns = subtitle_text(raw)
    return Source("meeting.vtt", "subtitles", text, turns=turns)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (SUBTITLES, "We will keep the ferry running through the whole of the winter."),  # voice, then none
        (SUBTITLES, "through the whole of the winter. And the fares stay where they are."),  # same voice
        (UNVOICED, "We will keep the ferry running through the whole of the winter."),  # no voice at all
    ],
)
def test_a_quote_over_cues_of_one_voice_is_not_stitched(raw: str, words: str) -> None:
    result = check(words, "Ruth Adeyemi", subtitles(raw))
    assert result.verdict is Verdict.EXACT, codes(result)


def test_a_quote_over_two_voices_is_still_stitched() -> None:
    result = check(
        "And the fares stay where they are. That costs money.", "Ruth Adeyemi", subtitles(SUBTITLES)
    )
    assert result.verdict is Verdict.STITCHED
