"""Ties between two countries are answered only by a fact that relates the two (red team, sessions 36 and 37).

"explain india-china relations" and "India-China relations kaise hain?" were answered, confidently, with "Where Japan
answers Chinese assertiveness through the US-led alliance system, India takes a non-aligned, strategic autonomy
approach ...": both countries are named within a few words, but China only as what Japan answers. A third country
named between the two (the US of "US-led") shows the clause is another country's dealing; one listed beside the
later of the two ("its relations with the US, Russia and the Global South") is the same list's.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "question", ["explain india-china relations", "India-China relations kaise hain?", "how are india china ties"]
)
def test_a_pair_the_fact_keeps_apart_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Russia is listed beside the US in India's own balance of ties: India and Russia are related there.
        ("india russia relations", "india_approach"),
        # Japan, the article's own partner, named between India and Australia is their company, not a third party.
        ("india australia ties", "scri"),
    ],
)
def test_a_pair_the_fact_relates_is_answered(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id
