"""A fact that holds only part of a list is not shown as the whole of it.

Two kinds: the rest of a list ("Apart from the headline items, what else came out of the visit?"), which answers
only a question asking for the rest; and one item the material only names ("the visit also produced a Harbour
Charter"), which answers "what did the minister sign?" only when the question names that item.
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


@pytest.mark.parametrize(
    "question", ["what did the minister sign in latvia", "what came out of the visit", "list the visit outcomes"]
)
def test_a_question_for_the_whole_list_is_not_answered_by_its_rest_or_one_item(
    visit: KnowledgeService, question: str
) -> None:
    assert _best(visit.matcher.ask(question)) not in {"other_outcomes", "harbour_charter"}


def test_a_question_for_the_rest_gets_the_rest(visit: KnowledgeService) -> None:
    assert _best(visit.matcher.ask("what else was signed in latvia")) == "other_outcomes"


@pytest.mark.parametrize("question", ["was a salt pact signed?", "any timber forum set up?"])
def test_a_question_about_an_item_may_be_answered_by_the_rest(visit: KnowledgeService, question: str) -> None:
    assert _best(visit.matcher.ask(question)) in {"other_outcomes", "visit_outcomes"}


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
