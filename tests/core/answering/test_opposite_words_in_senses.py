"""A word the material says the opposite of is corrected when the base reads it in one sense (red team, session 38).

"quad counters multilateralism in indo-pacific?" was offered as "did you mean" although "unilateralism
multilateralism" are paired as opposites: the base reads "multilateralism" as "multilater#multilateralism" (one
sense of the stem), which the opposites, listed by stem, never met. "allow" and "restrict" are opposites too.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "claim",
    [
        "quad counters multilateralism in indo-pacific?",
        "japan allows nuclear technology transfers to india right?",
        "does japan allow nuclear tech to india",
    ],
)
def test_the_opposite_of_what_the_material_says_is_corrected(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Correction)


@pytest.mark.parametrize(
    "claim",
    [
        "quad counters unilateralism in the indo-pacific right?",
        "japan restricts nuclear technology transfers to india right?",
    ],
)
def test_what_the_material_says_is_confirmed(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Answer)
