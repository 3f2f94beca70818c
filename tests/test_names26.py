"""How person names are registered from narrative text (s26-names): a name with lower-case
particles ("Ana de la Cruz") is one person with its title's role; a trade or team position
opening a sentence before a name ("Goalkeeper Jonas Kessler") is the role, not the name; "the
father of three" is read as "the father"; a relation set off before a given name of either
sex ("her coach, Gregor") files the name under the relation. Invented news text, run through
the extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # particles: the surname with its particle names the whole person again
        (
            "Mayor Carlo de Montfort spoke at the town hall on Monday. “We will fix the roads,” de Montfort said.",
            "Carlo de Montfort",
        ),
        # two particles, the cue inverted
        (
            "Greta von der Heide landed in Oslo on Friday. “The north stands together,” said von der Heide.",
            "Greta von der Heide",
        ),
        # a pronoun for the person named with particles
        ("Ana de la Cruz won the race. “I trained for years,” she said.", "Ana de la Cruz"),
        # the title's role stays with the whole name
        ("Governor Marta del Rio signed the bill. “This is overdue,” the governor said.", "Marta del Rio"),
        # a role word in lower case, then a description of the role
        (
            "Coach Pieter van den Borre was calm after the defeat. “We lost to a better side,” the coach said.",
            "Pieter van den Borre",
        ),
        (
            "Rafael dos Amparos scored twice on Sunday. “It was a good night,” dos Amparos told reporters.",
            "Rafael dos Amparos",
        ),
        # a title that is not the description's: nothing contradicted the split name before
        (
            "Mayor Carlo de Montfort spoke at the town hall on Monday. Hundreds listened. "
            "“We will fix the roads,” said the Republican candidate.",
            "the Republican candidate",
        ),
        # neighbours: lower-case words that are no particle there, a sentence-initial "De"
        ("They rented a house de luxe near the coast. “It was worth it,” said Nora Quist.", "Nora Quist"),
        ("Ivan Lee de facto controls the board. “I simply listen,” Lee said.", "Ivan Lee"),
        ("De facto rule ended in May. “We are free,” said Omar Haddad.", "Omar Haddad"),
    ],
)
def test_particle_names(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Goalkeeper Jonas Kessler said nothing at first. “We were poor,” Kessler said later.",
            "Jonas Kessler",
        ),
        ("Chef Aurelio Conti opened a new kitchen in March. “Food is memory,” Conti said.", "Aurelio Conti"),
        ("Striker Lena Hofer missed a penalty. “I will take the next one,” Hofer said.", "Lena Hofer"),
        # the cue inverted, another position
        (
            "Midfielder Tomas Reyna limped off in the second half. “It is only a knock,” said Reyna.",
            "Tomas Reyna",
        ),
        # the quote after the cue
        (
            "Architect Sofia Lind unveiled the plans. She told the council: “The tower will breathe.”",
            "Sofia Lind",
        ),
        # neighbours: first names that are nouns too, a title word with a surname
        ("Hunter Barnes said the vote was close. “We will win,” Barnes said.", "Hunter Barnes"),
        ("Rose Adair said she was leaving. “It is time,” Adair said.", "Rose Adair"),
    ],
)
def test_role_word_opening_a_sentence(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a count after the role: the description is "the father"
        ("Karl Ost, a welder, lost his home. “We lost everything,” the father of four said.", "Karl Ost"),
        # an age set off, then the role: both are hers
        (
            "Eva Brandt, 36, a mother of two, spoke first. Paul Grant spoke next. “We need help,” the mother of two said.",
            "Eva Brandt",
        ),
        (
            "Tom Reyes, 41, a father of three, lost his job in May. Ann Cole found work. "
            "“I have nothing left,” said the father of three.",
            "Tom Reyes",
        ),
        # an occupation does not contradict a kinship
        (
            "Lina Moss, a nurse, waited outside the ward. “Nobody told us,” said the mother of two.",
            "Lina Moss",
        ),
        # neighbours: two people and nothing told; an office that is not the description
        (
            "Lina Moss, a nurse, waited outside. Paul Grant stood by. “Nobody told us,” said the mother of two.",
            "the mother",
        ),
        ("Mayor Ann Lee, 52, cut the ribbon. “We lost the vote,” said the senator.", "the senator"),
    ],
)
def test_count_after_a_role(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mia Lund thanked her coach, Gregor, after the final. “She never gave up,” said her coach.",
            "Gregor",
        ),
        # the name closing its sentence, the relation's sex the owner's
        ("Paul Hart came with his brother, Daniel. “We came to help,” his brother said.", "Daniel"),
        # the phrase opening its sentence, another cue verb
        (
            "Paul Hart came home. His brother, Daniel, waited at the door. “We came to help,” his brother told us.",
            "Daniel",
        ),
        ("Ana Ruiz arrived with her manager, Teodor, on Monday. “She is ready,” her manager said.", "Teodor"),
        # neighbours: a he or she after it stays with the owner; a thing set off is no one
        ("Mia Lund thanked her coach, Gregor, after the final. “It was hard,” she said.", "Mia Lund"),
        ("Paul Hart came with his brother, Daniel. “We came to help,” he said.", "Paul Hart"),
        (
            "Ivo Brandt played his latest album, Thunder, to the crowd. “It is loud,” Brandt said.",
            "Ivo Brandt",
        ),
    ],
)
def test_relation_with_a_given_name(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
