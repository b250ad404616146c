"""A reason, a length and a list of members are asked in more wordings (red team, session 48).

- "why is the India-Japan partnership called a pillar of the Indo-Pacific architecture?" was answered with "Despite
  the nuclear concern, the partnership has grown into a key pillar ...": "despite" was read as giving a reason. It
  concedes; it gives none.
- "Which is longer, JIMEX or Dharma Guardian?" was answered with the exercises: a comparison of lengths asks a length.
- "मालाबार अभ्यास में कौन-कौन से देश भाग लेते हैं?" (which countries take part in MALABAR?) was answered with the
  exercises: the doubled "कौन-कौन" is read once, and "कौन से देश" asks which countries, as in English.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("why is india-japan partnership called a pillar of indo-pacific architecture?", "reason"),
        ("Which is longer, JIMEX or Dharma Guardian?", "length"),
        ("मालाबार अभ्यास में कौन-कौन से देश भाग लेते हैं?", "members"),
    ],
)
def test_what_the_material_does_not_give_is_a_partial_answer(
    shipped: KnowledgeService, question: str, missing: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial), outcome
    assert missing in outcome.missing


def test_a_reason_the_material_gives_is_still_answered(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("why does japan restrict nuclear technology transfer to india?")
    assert isinstance(outcome, Answer), outcome
    assert "NPT" in outcome.best.fact.fact.answer
