"""Two things asked one after the other, one by its year and one by its name, are compared (red team, session 48).

"2015 pacts?", then "SSGP upgrade?", then "which came first?" got "did you mean": the two were kept for a comparison
only when both were named, or both told apart by their years.
"""

from __future__ import annotations

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


def test_a_thing_by_its_year_and_one_by_its_name_are_compared(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "2015 pacts?", "SSGP upgrade?", "which came first?")
    assert isinstance(outcome, Answer), outcome
    assert {m.fact.fact.id for m in outcome.matches} >= {"pacts_2015", "ssgp_2014"}
    assert "SSGP (2014) came before" in outcome.note


def test_two_things_by_their_names_are_still_compared(shipped: KnowledgeService) -> None:
    outcome = last_reply(
        shipped, "when did CEPA come into effect?", "and when was the AAGC set up?", "which came first?"
    )
    assert isinstance(outcome, Answer), outcome
    assert "CEPA (2011) came before" in outcome.note
