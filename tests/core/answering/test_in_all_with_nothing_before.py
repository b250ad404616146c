""" "kul milakar kitne?" (how many in all) with nothing before it asks back (session 53: it was read as "milkar",
together, and answered with the Joint Vision's decade), though "milakar" beside a partner still means together.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify
from bot.core.answering.present import outcome_text
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize("question", ["kul milakar kitne?", "sab milakar kitne hain"])
def test_how_many_in_all_with_nothing_before_asks_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Clarify)


def test_in_all_after_a_count_still_counts(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "kul milakar kitne exercises hain")
    assert isinstance(outcome, Answer), outcome
    assert "names 4" in outcome_text(outcome)
