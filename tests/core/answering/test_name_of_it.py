""" "What is it called?" after an answer about one named thing asks its full name (red team, session 39).

"which year did japan and india launch a growth corridor", then "what is it called" was "did you mean": "called"
was a word no fact covers. A follow-up that only points at one thing and asks its name is now asked as the thing's
full form ("full form of AAGC"); "name them" still asks to list things.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        (
            ("which year did japan and india launch a growth corridor", "what is it called"),
            "Asia-Africa Growth Corridor",
        ),
        (("which initiative has australia", "what is it called"), "Supply Chain Resilience Initiative"),
        (("what was launched in 2021", "its full name?"), "India-Japan Industrial Competitiveness Partnership"),
    ],
)
def test_the_full_name_is_given(shipped: KnowledgeService, turns: tuple[str, ...], name: str) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert name in outcome.best.fact.fact.answer


def test_name_them_still_lists(shipped: KnowledgeService) -> None:
    first = "what is the joint vision for the next decade?"
    outcome = last_reply(shipped, first, "kitni lines of effort?", "name them")
    assert isinstance(outcome, Answer), outcome
    assert "Economic Partnership" in outcome.best.fact.fact.answer
