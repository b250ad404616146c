"""A possessive whose word goes on into a place name owns what comes later (red team, session 38).

"japan ka northeast india me kya role hai" (what is Japan's role in northeast India) got "The study material says
otherwise" with the Act East Forum fact: "japan ka northeast" was read as Japan's Northeast, which the material gives
India. A word right before a place that a postposition says something is in ("northeast india me") is part of the
place, not the thing owned (``locative_postpositions``).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


def test_a_word_before_a_place_is_not_owned(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("japan ka northeast india me kya role hai")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id.startswith("act_east_forum")


@pytest.mark.parametrize(
    "claim",
    [
        "develop japan's northeast right?",
        "japan ka northeast develop hota hai na",
        "did japan's pm india visit happen?",  # review, session 38: "pm" before "india" is still Japan's
    ],
)
def test_a_thing_owned_otherwise_is_still_corrected(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Correction)
