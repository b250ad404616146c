"""What lies ahead: a question about the future is not answered by a fact that only reports what was done.

"Who will visit Japan next?" answered with "the Prime Minister visited Japan" reads as a forecast the material never
makes. Such a question asks for the attribute "future"; a fact gives it only when it looks ahead itself (a plan, a
target, "the next decade"), and otherwise the bot says the material doesn't give it and shows the fact as related.
"""

from __future__ import annotations

import pytest

from bot.core.answering.checks import ASKED_WORDS
from bot.core.answering.index import gives
from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.answering.present import outcome_text
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: lake-ties
  title: Chile-Latvia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia trade and plan together.]
sections:
  - {id: ties, title: Ties, summary: Visits and plans.}
facts:
  - id: minister_visit
    section: ties
    question: Why are Chile-Latvia ties in the news?
    answer: Chile's foreign minister visited Latvia in 2023 and signed a fisheries pact.
    keywords: [visit, fisheries pact]
  - id: lake_plan
    section: ties
    question: What is the Lake Plan?
    answer: The Lake Plan is a ten-year plan for the next decade of water cooperation.
    keywords: [Lake Plan, ten-year]
  - id: canal_project
    section: ties
    question: What is the Harbour Canal?
    answer: The Harbour Canal is the flagship project of Chile-Latvia cooperation.
    keywords: [Harbour Canal, flagship]
glossary:
  - term: Lake Plan
  - term: Harbour Canal
  - term: Chile-Latvia
    synonyms: [Chile Latvia]
"""


@pytest.fixture
def lakes(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("who will visit latvia next", "minister_visit"),
        ("when will the harbour canal be completed", "canal_project"),
    ],
)
def test_a_question_about_what_lies_ahead_gets_the_reported_fact_as_a_partial(
    lakes: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = lakes.matcher.ask(question)
    assert isinstance(outcome, Partial), outcome
    assert [m.fact.fact.id for m in outcome.related][:1] == [fact_id]
    assert ASKED_WORDS["future"] in outcome_text(outcome)


def test_a_fact_that_looks_ahead_answers_it(lakes: KnowledgeService) -> None:
    outcome = lakes.matcher.ask("what will the lake plan do in the next decade")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "lake_plan"


@pytest.mark.parametrize(
    ("question", "asks_ahead"),
    [
        ("who will visit latvia next", True),
        ("when will they meet again", True),
        ("will the pact be signed soon", True),
        ("what came next after the fisheries pact", False),
        ("who visited latvia again", False),
        ("what is the next question", False),
        # "going to", "plans to" ask what a thing does as often as what lies ahead.
        ("what is the harbour canal going to do", False),
        ("what does latvia plan to do", False),
    ],
)
def test_next_again_or_soon_look_ahead_only_with_a_future_verb(
    lakes: KnowledgeService, question: str, asks_ahead: bool
) -> None:
    assert ("future" in lakes.matcher.reader.read(question).attributes) is asks_ahead


@pytest.mark.parametrize(
    ("answer", "looks_ahead"),
    [
        ("The visit produced a Next-Generation Mobility Partnership and an Action Plan for Skills.", False),
        ("The forum works under Latvia's Vision of a Free Baltic.", False),
        ("They agreed on next-generation ports.", False),
        ("The line will open in 2028.", True),
        ("Next, the two sides plan to meet in Riga.", True),
        ("Plans for a second line are under study.", True),
    ],
)
def test_a_word_of_a_name_does_not_look_ahead(answer: str, looks_ahead: bool) -> None:
    # "Next-Generation Mobility" is of today; a plan or "next" said as a plain word looks ahead.
    assert ("future" in gives(answer)) is looks_ahead


@pytest.mark.parametrize(
    "question", ["will the foreign minister visit Latvia in 2025?", "will chile sign a fisheries pact with latvia?"]
)
def test_a_question_opening_with_will_is_not_corrected_by_what_was(lakes: KnowledgeService, question: str) -> None:
    # The 2023 visit says nothing against a visit in 2025; "will" asks what lies ahead.
    assert "future" in lakes.matcher.read(question).attributes
    assert not isinstance(lakes.matcher.ask(question), Correction | Answer)
