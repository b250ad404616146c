"""A claim that one partner does what the material says of the other is corrected with what it says of the first.

"india follows US-led alliance system like japan" (red team, session 39) was corrected with the fact that Japan leans
on the US-led alliance system alone: true, but silent on what India does. Among close facts stating the relation of
another doer, the one that also states a relation of the claim's own doer now corrects it (India's non-aligned,
strategic autonomy approach).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "claim",
    [
        "india follows US-led alliance system like japan",
        "india follows US-led alliance system to address china, like japan",
        "india follows the us-led alliance system right?",
    ],
)
def test_the_correction_says_what_the_claimed_doer_does(shipped: KnowledgeService, claim: str) -> None:
    outcome = shipped.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome
    assert "strategic autonomy" in outcome.related[0].fact.fact.answer


def test_a_reversed_relation_keeps_its_own_correction(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("japan exports organic chemicals to india")
    assert isinstance(outcome, Correction), outcome
    assert outcome.reversed
