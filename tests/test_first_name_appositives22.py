"""A person introduced by a possessive and a noun of relation or role with one first name set
off by commas ("Pell's niece, Greta,", "his widow, Noor,") is a person of their own: a later
"she said" or "Greta said" names them, not the possessor. Neighbours: a body, a place or a
work named after a possessive, a full-name appositive, and a name whose gender nothing tells.
All invented news run through the real extractor."""

from __future__ import annotations

import pytest

from tests.conftest import speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a later "she" after a possessive surname and a kin noun that tells the gender
        (
            "Oskar Pell, 58, lost his shop in the flood. Pell's niece, Greta, waited by the door. "
            "“There is nothing to save,” she said.",
            ["Greta"],
        ),
        # "his" for the possessor, a relation noun gendered only now (widow)
        (
            "Mills along the river closed. Idris Kamal lost his mill. His widow, Noor, was away. "
            "“The river rose in an hour,” she said.",
            ["Noor"],
        ),
        # a role noun with no gender, the first name telling it; cue after the quote
        (
            "Elmer Voigt was charged on Monday. Voigt's lawyer, Hannah, said he would fight. "
            "“He has done nothing wrong,” she said.",
            ["Hannah"],
        ),
        # "her" for the possessor, a male relation, then "he said" and the possessor by name
        (
            "Wanda Ferris was hurt in the fall. Her husband, Paul, drove to the clinic. "
            "“She is sitting up now,” he said. “I feel lucky,” Ferris said.",
            ["Paul", "Wanda Ferris"],
        ),
        # a chain: the bare first name as a cue, then "she added"
        (
            "Hugo Brandt sold the farm. Brandt's daughter, Ilse, moved to the city. "
            "“It was time,” Ilse said. “Nobody wanted the cows,” she added.",
            ["Ilse", "Ilse"],
        ),
        # a son: "he said" goes to him, not to the father named first
        (
            "Anton Weiss opened the bakery in 1990. Weiss's son, Lukas, runs it now. "
            "“I learned everything here,” he said.",
            ["Lukas"],
        ),
    ],
)
def test_first_name_after_a_relation_is_a_person(text: str, who: list[str]) -> None:
    assert speakers(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a body after a possessive: the firm speaks, no person is made of it
        (
            "Rudy Kerr founded the firm. Kerr's company, Zelco, said in a statement that “orders are up.”",
            ["Zelco"],
        ),
        # a place after a possessive: the pronoun keeps to the man
        (
            "Gavin Pryce grew up on the coast. His hometown, Whitby, held a parade. “It is good to be back,” he said.",
            ["Gavin Pryce"],
        ),
        # a work after a possessive
        ("Nadia Roth wrote a novel. Her book, Embers, sold well. “I am amazed,” she said.", ["Nadia Roth"]),
        # a full-name appositive keeps working as before
        (
            "Oskar Pell lost his shop. Pell's niece, Greta Pell, waited by the door. “There is nothing left,” she said.",
            ["Greta Pell"],
        ),
        # nothing tells the coach's gender: "she" may be either, so it stays with the runner
        (
            "Mira Dahl won the race. Her coach, Tobiah, hugged her. “I trained all winter,” she said.",
            ["Mira Dahl"],
        ),
    ],
)
def test_neighbours_keep_their_speaker(text: str, who: list[str]) -> None:
    assert speakers(text) == who
