"""Categories that exclude each other, as language data (``contrast_sets``): parts of a country, ranks.

A red team found "the Act East Forum is for the development of south India, right?" (the material says India's
Northeast) and "the 2+2 dialogue is at secretary level, right?" (ministers) declined, not corrected; a denial of the
rival ("not for south India, right?") is right, and is confirmed.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [
        ("india japan act east forum is for development of south india right?", "act_east_forum"),
        ("Act East Forum western India ke liye hai?", "act_east_forum"),
        ("2+2 dialogue is at secretary level right?", "two_plus_two"),
    ],
)
def test_a_rival_category_claimed_is_corrected(shipped: KnowledgeService, claim: str, fact_id: str) -> None:
    outcome = last_reply(shipped, claim)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    "claim",
    [
        "act east forum is not for south india right?",
        "act east forum south india ke liye nahi hai na?",
        "act east forum is for northeast india, not south india, right?",
    ],
)
def test_a_rival_category_denied_is_confirmed(shipped: KnowledgeService, claim: str) -> None:
    outcome = last_reply(shipped, claim)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == "Right, not south: the material gives northeast."


@pytest.mark.parametrize(
    "question",
    [
        "act east forum works for development of northeast india?",
        "does the act east forum focus on the northeast or the south?",
        "india balances its relations with us russia and global south right?",
    ],
)
def test_the_category_the_material_gives_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Answer)
