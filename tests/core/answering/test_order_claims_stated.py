"""An order of two things claimed as a statement with a question mark is checked (session 40, red team).

"so it happened after CEPA?" after the SSGP's year got CEPA's year alone (the claim was not read: only "was X after
Y?" opened one), and "SSGP happened before CEPA?" was no claim at all. A statement of order put as a question, after
"so" or "then" too, is a claim: confirmed with both years when the material's bear it out, corrected when not.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "turns",
    [("when was the SSGP upgrade", "so it happened after CEPA?"), ("SSGP happened after CEPA?",)],
)
def test_a_true_order_is_confirmed_with_both_years(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == "Yes: SSGP (2014) came after CEPA (2011)."


@pytest.mark.parametrize(
    "turns",
    [("when was the SSGP upgrade", "it came before CEPA?"), ("SSGP happened before CEPA?",)],
)
def test_a_false_order_is_corrected(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Correction), outcome
    assert {m.fact.fact.id for m in outcome.related} == {"ssgp_2014", "cepa_year"}


def test_a_question_about_what_came_after_a_year_is_no_claim(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what happened after 2014?")
    assert not isinstance(outcome, Correction), outcome
