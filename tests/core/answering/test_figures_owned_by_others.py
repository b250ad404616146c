"""A claimed figure that the fact gives to another thing is corrected; an owner claim needs no comma before its tag.

"true or false: bilateral trade between India and Japan in FY 2023-24 was 17.69 bn" was confirmed with the fact
whose 17.69 is Japan's exports: "India" stood before 17.69 as well as in the claim, and any shared word let the figure
pass. A figure is now the claim's when its own words meet the claim's at least as much as another figure's do.
"act east policy is japan's policy right?" was answered while "..., right?" was corrected: the tag had to follow a
comma.
"japan's exports to india were 17.69 bn out of total trade right?" was then corrected: "total trade" after "out of"
names the whole the figure is part of, and those words are now another figure's, not the claim's.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "claim",
    [
        "true or false: bilateral trade between india and japan in fy 2023-24 was 17.69 bn",
        "bilateral trade was 17.69 bn right?",
        "japan exports to india 22.85 bn right",
        "act east policy is japan's policy right?",
        "act east policy is japan's policy na?",
        "act east policy is japan's na?",
        "japan's exports to india are 22.85 bn and total trade 17.69 bn",
        "japan's exports to india were 22.85 bn out of total trade right?",
    ],
)
def test_the_false_claim_is_corrected(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Correction)


@pytest.mark.parametrize(
    "claim",
    [
        "japan exports to india 17.69 bn right",
        "total bilateral trade between india and japan was 22.85 bn right?",
        "act east policy is india's policy right?",
        "act east policy is india's na?",
        # Review, session 38: two figures claimed are each read with the claim's words since the one before it.
        "bilateral trade 22.85 bn and japan's exports to india 17.69 bn right?",
        # Session 39: the whole a figure is part of ("out of total trade") names another figure, not this one.
        "japan's exports to india were 17.69 bn out of total trade right?",
        "japan exported 17.69 billion to india, out of the total trade?",
    ],
)
def test_the_true_claim_is_confirmed(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Answer)
