""" "So ..." without a question word goes on with the question before (red team, session 39).

"so india's exports to japan would be?" after two questions asking amounts was answered with the goods India exports:
read alone, it asks nothing. "so" (and "then") now open a message that continues the question before, asking the
same, unless a question word follows ("so what does it cover" asks anew).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


def test_so_continues_the_amount_asked(shipped: KnowledgeService) -> None:
    outcome = last_reply(
        shipped, "trade kitna hai", "and exports from japan to india?", "so india's exports to japan would be?"
    )
    assert isinstance(outcome, Partial), outcome
    assert "5.16" in outcome.worked


@pytest.mark.parametrize(
    ("message", "continues"),
    [
        ("so india's exports to japan would be?", True),
        ("then aagc?", True),
        ("so what does it cover", False),
        ("so when did cepa come into effect", False),
        ("so", False),
        # Red-team replay, session 39: a message with its own verb says something of its own.
        ("so india has signed the NPT?", False),
        ("so copper is india's export?", False),
    ],
)
def test_so_continues_only_without_a_question_word(shipped: KnowledgeService, message: str, continues: bool) -> None:
    assert shipped.matcher.read(message).markers.elliptical is continues


def test_so_with_a_claim_of_its_own_is_checked(shipped: KnowledgeService) -> None:
    first = "why does japan restrict nuclear tech transfer to india"
    outcome = last_reply(shipped, first, "so india has signed the NPT?")
    assert isinstance(outcome, Correction), outcome
