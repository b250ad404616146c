"""A claim that puts one of the material's own terms in another's place is corrected (red team, session 38).

"quad coordinates on unsc reforms" and "g4 works on maritime security right?" were offered as "did you mean": the
fact on UNSC reform names the G4 where the claim names QUAD, both groupings of the file's ``kinds``, and only names
the material never gave were read as put in another's place. "coordinates", "works", "cooperate" now make a
message a statement to check (``stating_verbs``).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("quad coordinates on unsc reforms", "g4_unsc_reform"),
        ("quad is for unsc reform right?", "g4_unsc_reform"),
        ("india and japan cooperate in quad on unsc reforms", "g4_unsc_reform"),
        ("g4 works on maritime security right?", "quad"),
    ],
)
def test_a_term_in_another_s_place_is_corrected(shipped: KnowledgeService, claim: str, fact_id: str) -> None:
    outcome = shipped.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    "claim",
    ["india and japan cooperate in g4 on unsc reforms", "quad coordinates on maritime security"],
)
def test_a_term_in_its_own_place_is_confirmed(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Answer)


def test_a_verb_of_doing_makes_a_statement(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("quad coordinates on unsc reforms").claims
