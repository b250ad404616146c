"""A figure said in one message is not claimed again by the next, which asks something (session 40, red team).

"17.69 billion dollars na?" after Japan's exports, then "total?", was "corrected" (the 17.69 carried over was read as
a claim about the total); "then what is 22.85?" after the correction of "Japan exported 22.85 billion" got the same
correction again. A follow-up that asks, and says no figure of its own, asks without the figures said before; one
that asks what a figure is asks it wherever the material gives that figure.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("turns", "fact_id"),
    [
        (("Japan to India exports FY24?", "17.69 billion dollars na?", "total?"), "bilateral_trade_total"),
        (("Japan exported 22.85 billion dollars to India in 2023-24?", "then what is 22.85?"), "bilateral_trade_total"),
        (("japan exports?", "22.85 kya hai"), "bilateral_trade_total"),
        (("cepa year", "what is 2014 then"), "ssgp_2014"),
    ],
)
def test_the_follow_up_is_answered(shipped: KnowledgeService, turns: tuple[str, ...], fact_id: str) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


def test_a_year_claimed_again_is_still_checked(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "was aagc set up in 2015?", "and ijicp?")
    assert isinstance(outcome, Answer), outcome
    assert "2021" in outcome.best.fact.fact.answer
