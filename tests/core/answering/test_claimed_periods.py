"""A claim that sets the material's figure in another period is corrected.

"trade was 5.5 billion in FY 2019-20, right?" against "trade came to 5.5 billion in FY 2020-21": every word of the
claim is the fact's but the period, and the fact gives a period of its own, so the reply is the correction, not
"did you mean". The same figure in the fact's own period is answered.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: trade-ties
  title: Chile-Latvia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia trade.]
sections:
  - {id: trade, title: Trade, summary: Trade figures.}
facts:
  - id: trade_total
    section: trade
    question: What was Chile-Latvia bilateral trade in FY 2020-21?
    answer: Chile-Latvia bilateral trade came to US$ 5.5 billion in FY 2020-21.
    keywords: [bilateral trade, "5.5"]
glossary:
  - term: Chile-Latvia
    synonyms: [Chile Latvia]
"""


@pytest.fixture
def trade(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


@pytest.mark.parametrize(
    "claim", ["bilateral trade was 5.5 billion in FY 2019-20, right?", "was bilateral trade 5.5 billion in 2018-19?"]
)
def test_the_figure_in_another_period_is_corrected(trade: KnowledgeService, claim: str) -> None:
    outcome = trade.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome


def test_the_figure_in_its_own_period_is_answered(trade: KnowledgeService) -> None:
    assert isinstance(trade.matcher.ask("was bilateral trade 5.5 billion in FY 2020-21?"), Answer)


@pytest.mark.parametrize(
    "claim", ["was bilateral trade 5.5 billion in FY 2021?", "was bilateral trade 5.5 billion in 2020?"]
)
def test_a_period_the_facts_may_be_is_not_corrected(trade: KnowledgeService, claim: str) -> None:
    # "FY 2021" is FY 2020-21; 2020 falls within it.
    assert not isinstance(trade.matcher.ask(claim), Correction)
