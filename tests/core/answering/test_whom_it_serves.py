"""A choice of names a thing is for ("is IJICP for India or Japan?", "IJICP india ke liye hai ya japan ke liye") asks
whom it serves, as "for whom?" does (session 53: the overview of economic ties was answered, naming the IJICP but not
whom it serves).

And "kul milakar kitne?" (how many in all) with nothing before it asks back: it was read as "milkar" (together) and
answered with the Joint Vision's decade, though "milakar" beside a partner still means together.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify
from bot.core.answering.present import outcome_text
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question",
    [
        "is IJICP for india or japan?",
        "IJICP india ke liye hai ya japan ke liye",
        "IJICP भारत के लिए है या जापान के लिए?",
    ],
)
def test_a_choice_of_whom_it_is_for_asks_its_aim(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "ijicp_aim"


def test_a_choice_of_regions_it_is_for_asks_its_aim(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "is the AAGC for africa or asia")
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "aagc_aim"


def test_a_choice_of_things_it_covers_is_not_whom_it_serves(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "is CEPA for goods or services")
    assert isinstance(outcome, Answer), outcome
    assert "goods and services" in outcome.matches[0].fact.fact.answer


@pytest.mark.parametrize("question", ["kul milakar kitne?", "sab milakar kitne hain"])
def test_how_many_in_all_with_nothing_before_asks_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Clarify)


def test_in_all_after_a_count_still_counts(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "kul milakar kitne exercises hain")
    assert isinstance(outcome, Answer), outcome
    assert "names 4" in outcome_text(outcome)
