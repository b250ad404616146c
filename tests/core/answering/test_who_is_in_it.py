""" "X me kaun kaun hai?" / "X में कौन कौन है?" asks who is in X (red teams, session 49).

"quad me kaun kaun h" and "G4 me aur kaun kaun hai?" were answered with what QUAD and G4 do, the members the material
never lists; in Devanagari the doubled "कौन कौन" was also said once, as "japan japan" is. Hinglish and Hindi ask members
so; "... me kaun kaun se sectors hai" still asks which sectors.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question", ["quad me kaun kaun h", "g4 me aur kaun kaun hai", "QUAD में कौन कौन है?", "G4 में और कौन है?"]
)
def test_who_is_in_a_group_the_material_does_not_list_is_a_partial_answer(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Partial), outcome
    assert "members" in outcome.missing


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("SCRI me kaun kaun hai?", "scri"),
        ("SCRI में और कौन है?", "scri"),
        ("economic security initiative mein kaun kaun se sectors hai", "economic_security_sectors"),
    ],
)
def test_who_is_in_it_is_answered_where_the_material_says(
    shipped: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


def test_a_follow_up_asking_who_else_is_in_it(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "G4 ka kya role hai?", "G4 me aur kaun kaun hai?")
    assert isinstance(outcome, Partial), outcome
