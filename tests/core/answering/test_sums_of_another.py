"""A sum asked of a named thing is not given by a fact whose sums are something else's.

"how much money is involved in the IJICP?" was answered with "... bilateral trade of US$ 22.85 billion ... and the
IJICP, launched in 2021": the fact names the IJICP and gives a sum, but the sum is the trade's. The words just before
each figure say whose it is; when none names the thing asked about, the fact gives no sum of it, and the member is
told so (a partial answer), not shown the trade's sum as the programme's.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: harbour-ties
  title: Chile-Latvia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia trade and build together.]
sections:
  - {id: ties, title: Ties, summary: Trade and programmes.}
facts:
  - id: economic_overview
    section: ties
    question: What do Chile-Latvia economic ties rest on?
    answer: >-
      Economic ties rest on bilateral trade of US$ 4.5 billion in 2023 and the Harbour Skills Programme (HSP),
      launched in 2021.
    keywords: [economic ties, trade, Harbour Skills Programme]
  - id: hsp_aim
    section: ties
    question: What is the aim of the Harbour Skills Programme?
    answer: The Harbour Skills Programme (HSP) is meant to train port workers.
    keywords: [Harbour Skills Programme, aim]
  - id: canal_fund
    section: ties
    question: How much is the Canal Fund worth?
    answer: The Canal Fund holds US$ 2 billion for new canals.
    keywords: [Canal Fund]
  - id: visit_outcomes
    section: ties
    question: What did the visit produce?
    answer: The visit produced a 10-year Harbour Plan and the Port Mission.
    keywords: [visit, Harbour Plan, Port Mission]
glossary:
  - {term: HSP, expansion: Harbour Skills Programme}
  - {term: Harbour Plan}
  - {term: Port Mission}
  - {term: Canal Fund}
  - term: Chile-Latvia
"""


@pytest.fixture
def ties(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


@pytest.mark.parametrize(
    "question",
    [
        "how much money is involved in the HSP?",
        "what is the budget of the harbour skills programme?",
        "how long is the port mission?",  # the ten years are the Harbour Plan's
    ],
)
def test_a_sum_of_something_else_is_no_sum_of_the_thing_asked(ties: KnowledgeService, question: str) -> None:
    assert not isinstance(ties.matcher.ask(question), Answer)


def test_what_the_material_says_of_the_thing_is_given_with_the_sum_it_lacks(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("what is the budget of the harbour skills programme?")
    assert isinstance(outcome, Partial)
    assert "sum of money" in outcome.missing


def test_a_sum_asked_after_a_thing_is_asked_of_that_thing(ties: KnowledgeService) -> None:
    matcher = ties.matcher
    first = matcher.respond("what is the HSP?", None)
    assert not isinstance(matcher.respond("how much money is involved?", first.turn).outcome, Answer)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how much money does the canal fund hold?", "canal_fund"),
        ("how much was bilateral trade?", "economic_overview"),
    ],
)
def test_a_sum_the_words_before_it_give_to_the_thing_asked_is_answered(
    ties: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = ties.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id
