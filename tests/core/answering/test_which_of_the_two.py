""" "Which one ...?" after two things answered in turn asks which of those two (red team, session 39).

"which one counters unilateralism" after QUAD and then SCRI was answered with Japan's US-led alliance system: a fact
holding the words, not one of the two just discussed. After two things answered one after the other, "which one
<something>?" is now asked of each, and answered when the material says it of exactly one of them.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("turns", "side"),
    [
        (("cepa year", "aagc year", "which one is in africa"), "AAGC"),
        (("quad", "scri", "which one has australia"), "SCRI"),
    ],
)
def test_the_one_of_the_two_is_named(shipped: KnowledgeService, turns: tuple[str, ...], side: str) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == f"Of the two, {side}:"
    assert side in outcome.best.fact.fact.answer


def test_what_both_or_neither_have_is_not_chosen(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "cepa year", "aagc year", "which one is with japan")
    assert not (isinstance(outcome, Answer) and outcome.note.startswith("Of the two")), outcome
