"""A misspelt name of the world still takes its role: "chlie exports to latvai" asks Chile's exports.

The typo was put right for matching words, but the roles were read from the words as typed, where no name
stood: the question had no direction, and the fact about the other direction answered it at full confidence.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: trade-ties
  title: Chile-Latvia Trade
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia trade.]
sections:
  - {id: trade, title: Trade, summary: Exports both ways.}
facts:
  - id: chile_exports
    section: trade
    question: What does Chile export to Latvia?
    answer: Chile's exports to Latvia are mainly copper, wine and fruit.
    keywords: [exports, copper, wine]
    roles:
      - {relation: export, agent: Chile, target: Latvia}
  - id: latvia_exports
    section: trade
    question: What does Latvia export to Chile?
    answer: Latvia's exports to Chile are mainly timber, amber and paper.
    keywords: [exports, timber, amber]
    roles:
      - {relation: export, agent: Latvia, target: Chile}
"""


@pytest.fixture
def trade(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("chlie exports to latvai", "chile_exports"),
        ("what does latvai export to chlie", "latvia_exports"),
        ("chile exports to latvia", "chile_exports"),
    ],
)
def test_a_misspelt_name_keeps_its_role(trade: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = trade.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


def test_a_name_with_an_ending_is_not_read_as_the_name(trade: KnowledgeService) -> None:
    # "chilei" (as "japani" for Japanese) is the name with an ending, a word of its own, never Chile misspelt;
    # "latviya" is Latvia misspelt.
    assert trade.matcher.reader._names_spelled_out(["chilei", "latviya", "wine"]) == ["chilei", "latvia", "wine"]
