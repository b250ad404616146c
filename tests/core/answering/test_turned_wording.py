"""A claim about one direction of trade, worded as the material words that direction, is corrected by the other.

"India's primary imports from Japan include organic chemicals and vehicles?" names what India exports to Japan:
the fact on India's exports corrects it, though it never says "primary" (the material's word for India's imports,
which the fact running the asked way covers).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("India's primary imports from Japan include organic chemicals and vehicles?", "india_exports_to_japan"),
        ("India's imports from Japan include organic chemicals?", "india_exports_to_japan"),
    ],
)
def test_a_claim_worded_as_the_other_direction_is_corrected(
    shipped: KnowledgeService, claim: str, fact_id: str
) -> None:
    outcome = shipped.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome
    assert [m.fact.fact.id for m in outcome.related] == [fact_id]
