"""A fact that names only one item of a list is not shown as the whole of it.

One item the material only names ("the visit also produced a Harbour Charter") answers "what did the minister sign?"
only when the question names that item, a word of its name or a word few facts hold; never a plural "what charters".
Which came first of two things the material names but never dates is a partial answer.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: visit-ties
  title: Chile-Latvia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [A minister's visit and what it produced.]
sections:
  - {id: visit, title: Visit, summary: Outcomes of the visit.}
facts:
  - id: visit_outcomes
    section: visit
    question: What were the outcomes of the minister's visit to Latvia?
    answer: >-
      The visit delivered the Lake Plan and a Port Accord, plus a Harbour Charter, a Timber Forum and a Salt Pact.
    keywords: [outcomes, visit, Lake Plan, Port Accord]
  - id: other_outcomes
    section: visit
    question: Apart from the headline items, what else came out of the minister's visit?
    alternatives:
      - what else was signed in latvia
    answer: >-
      Beyond the headline items, the visit produced a Harbour Charter, a Timber Forum and a Salt Pact.
    keywords: [other outcomes, Harbour Charter, Timber Forum, Salt Pact]
  - id: harbour_charter
    section: visit
    question: Was a harbour document among the outcomes of the minister's visit?
    alternatives:
      - what harbour agreement did the minister sign
    answer: During the visit the two sides also produced a Harbour Charter.
    keywords: [Harbour Charter, harbour, visit]
    names_only: true
glossary:
  - term: Lake Plan
  - term: Port Accord
  - term: Harbour Charter
  - term: Timber Forum
  - term: Salt Pact
  - term: Chile-Latvia
    synonyms: [Chile Latvia]
"""


@pytest.fixture
def visit(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


def _best(outcome: object) -> str | None:
    return outcome.best.fact.fact.id if isinstance(outcome, Answer) else None


def test_a_question_naming_the_item_gets_the_item(visit: KnowledgeService) -> None:
    assert _best(visit.matcher.ask("which harbour agreement did the minister sign")) == "harbour_charter"


@pytest.mark.parametrize(
    "question",
    ["which came first, the harbour charter or the port accord?", "port accord or harbour charter, which is older"],
)
def test_which_came_first_of_two_undated_things_is_a_partial_answer(visit: KnowledgeService, question: str) -> None:
    # The fact listing both dates neither: it is what the material says of them, not which came first.
    outcome = visit.matcher.ask(question)
    assert isinstance(outcome, Partial), outcome
    assert "dates" in outcome.missing


@pytest.mark.parametrize(
    ("question", "not_fact"),
    [
        ("what initiatives were announced", "ai_initiative"),
        # The Africa initiative is no corridor: "corridor" is no word of its name, and many facts hold it.
        ("which corridor does the article talk about?", "africa_sustainable_initiative"),
    ],
)
def test_one_named_item_is_not_the_list_asked_for(shipped: KnowledgeService, question: str, not_fact: str) -> None:
    assert _best(shipped.matcher.ask(question)) != not_fact


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [("what was agreed on manpower?", "human_resource_exchange"), ("what forum was set up", "sme_forum")],
)
def test_a_word_of_the_item_or_one_few_facts_hold_asks_for_it(
    shipped: KnowledgeService, question: str, fact_id: str
) -> None:
    assert _best(shipped.matcher.ask(question)) == fact_id
