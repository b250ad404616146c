"""What a thing is known for is an attribute the material must give (red team, session 38).

After "which state partnered with toyama", "and what is toyama known for" was answered with the pairing of Andhra
Pradesh and Toyama, which says nothing of what Toyama is known for. "known for", "famous for", "kis liye famous" now
ask for a reputation (``attribute_cues``), given only by a fact that says what a thing is known for.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize("question", ["what is gujarat famous for", "shizuoka kis liye famous hai"])
def test_what_a_thing_is_known_for_is_not_answered_by_another_fact_on_it(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial), outcome
    assert outcome.missing == "what it is known for"


def test_a_follow_up_asking_what_it_is_known_for_is_a_partial_answer(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "which state partnered with toyama", "and what is toyama known for")
    assert isinstance(outcome, Partial), outcome


def test_the_pairing_itself_is_still_answered(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("which state partnered with toyama"), Answer)
