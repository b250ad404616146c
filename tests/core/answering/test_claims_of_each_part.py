"""A claim of two things is a claim of each (red team, session 37).

- "dharma guardian and milan are bilateral exercises" was answered with the bilateral exercises (JIMEX, Dharma
  Guardian) as if true: the part about MILAN, read alone ("milan are bilateral exercises"), was no statement, so its
  category was not checked. A part that asks nothing is the whole message's claim.
- "2+2 dialogue is between defence and home ministers" was answered: a word of a kind the fact says others of
  ("home" against "defence and foreign affairs") was let pass because another word of the kind ("defence") is said.
  A claim says each of its words; a question asking "which are bilateral and multilateral" still asks of both.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "claim",
    [
        "dharma guardian and milan are bilateral exercises",
        "2+2 dialogue is between defence and home ministers",
        "2+2 involves defence and home ministers?",
    ],
)
def test_a_claim_false_of_one_of_its_things_is_corrected(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Correction)


@pytest.mark.parametrize(
    "question",
    [
        "jimex and dharma guardian are bilateral exercises",
        "milan and malabar are multilateral exercises",
        "2+2 involves defence and foreign ministers?",
        "is 2+2 between defence and foreign affairs ministers?",
    ],
)
def test_a_claim_true_of_each_of_its_things_is_answered(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer)
