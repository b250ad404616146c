""" "Which is not a bilateral exercise?" is answered with what the material files under the other category (red team,
session 38).

It got "doesn't give which one is not (the material only lists what is)" above the bilateral exercises, although
the material names MILAN and MALABAR as multilateral ones. A category of a set that excludes each other
(``contrast_sets``) denied right after the "not" is now answered by the one other category the material gives.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "key", "note"),
    [
        ("which is not a bilateral exercise", "MALABAR", "The material names these as multilateral, not bilateral:"),
        ("which exercises are not bilateral", "MILAN", "The material names these as multilateral, not bilateral:"),
        ("which is not a multilateral exercise", "JIMEX", "The material names these as bilateral, not multilateral:"),
    ],
)
def test_the_other_category_answers(shipped: KnowledgeService, question: str, key: str, note: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == note
    assert key in outcome.best.fact.fact.answer


def test_a_category_the_denial_leaves_standing_is_not_turned(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("which bilateral exercise is not naval")
    assert not (isinstance(outcome, Answer) and "MALABAR" in outcome.best.fact.fact.answer)
