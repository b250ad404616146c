"""A true denial of an owner or a category is confirmed, not "corrected" (red team, session 38).

"ijicp isn't about japan's competitiveness right?" got "The study material says otherwise" with the fact that the IJICP
is for India's competitiveness, which is just what the member said; "malabar isn't bilateral, right?" was offered as
"did you mean"; "aagc wasn't set up in 2015, when then?" was split in two and half answered. A denied owner or category
that the fact gives otherwise is now confirmed with what the material gives instead, as a denied year or figure already
was.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("claim", "note"),
    [
        ("ijicp isn't about japan's competitiveness right?", "Right, not Japan's: the material gives India's."),
        ("malabar isn't bilateral, right?", "Right, not bilateral: the material gives multilateral."),
        ("jimex is not multilateral right?", "Right, not multilateral: the material gives bilateral."),
        ("CEPA did not come into effect in 2014, right?", "Right, not 2014: the material gives 2011."),
        # An owner denied with "isn't" (read "not t") or "is not" (review, session 38: was "says otherwise").
        ("act east policy isn't japan's right?", "Right, not Japan's: the material gives India's."),
        ("act east policy is not japan's right?", "Right, not Japan's: the material gives India's."),
        (
            "the vision of a free and open indo-pacific isn't india's right?",
            "Right, not India's: the material gives Japan's.",
        ),
        # Session 39: a denied year followed by asking for the year ("so when?") is one question, not two parts.
        ("aagc wasn't set up in 2015, when then?", "Right, not 2015: the material gives 2017."),
        ("cepa did not come into effect in 2014, so when did it?", "Right, not 2014: the material gives 2011."),
        ("ijicp 2020 me launch nahi hua tha, to kab hua?", "Right, not 2020: the material gives 2021."),
    ],
)
def test_a_true_denial_is_confirmed_with_what_the_material_gives(
    shipped: KnowledgeService, claim: str, note: str
) -> None:
    outcome = shipped.matcher.ask(claim)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == note


@pytest.mark.parametrize(
    "claim",
    [
        "ijicp isn't about india's competitiveness right?",
        "malabar isn't multilateral, right?",
        "act east policy isn't india's right?",
        "cepa did not come into effect in 2011, so when?",
    ],
)
def test_a_false_denial_is_still_corrected(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Correction)
