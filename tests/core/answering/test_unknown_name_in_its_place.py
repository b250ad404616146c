"""A claim naming something the material never mentions, where the fact names another in its place, is corrected.

"is SCRI with France?" is corrected with the fact naming Australia in France's place; an unknown name beside a thing
the fact names nothing in the place of ("does the G4 deal with WTO reforms?") is a partial answer (guards kept with
the red team's unknown-name claims of session 40).
"""

from __future__ import annotations

from bot.core.answering.outcomes import Correction, Partial
from bot.core.services.knowledge import KnowledgeService


def test_an_unknown_name_in_the_place_of_one_the_fact_names_is_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("is SCRI with France?")
    assert isinstance(outcome, Correction), outcome
    assert "Australia" in outcome.related[0].fact.fact.answer
    assert not outcome.reversed


def test_an_unknown_name_with_nothing_in_its_place_is_a_partial_answer(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("does the G4 deal with WTO reforms?")
    assert isinstance(outcome, Partial), outcome
