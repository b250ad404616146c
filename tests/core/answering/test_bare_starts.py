"""A named thing and the word of its start alone ask when it started.

Red team (session 35): "ijicp launch", "ijicp launch?" and "ijicp launched" were answered with the IJICP's aim, whose
phrasing "why was ijicp launched" matched every word; "cepa launch" and "aagc launch" got their years.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
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
  - {id: ties, title: Ties, summary: Programmes.}
facts:
  - id: harbour_year
    section: ties
    question: When was the Harbour Building Initiative launched?
    alternatives: [hbi start date]
    answer: The Harbour Building Initiative (HBI) was launched in 2019.
    keywords: [HBI, Harbour Building Initiative]
  - id: harbour_aim
    section: ties
    question: What is the aim of the HBI?
    alternatives: [why was hbi launched]
    answer: The Harbour Building Initiative (HBI) is meant to train port workers.
    keywords: [HBI, aim, port workers]
  - id: forum
    section: ties
    question: What forum did the visit set up?
    answer: The visit also set up the Chile-Latvia Dock Forum.
    keywords: [Dock Forum, set up]
glossary:
  - {term: Harbour Building Initiative, synonyms: [HBI]}
  - {term: Dock Forum}
  - term: Chile-Latvia
"""


@pytest.fixture
def ties(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


@pytest.mark.parametrize(
    "question", ["hbi launch", "HBI launch?", "hbi launched", "harbour building initiative set up"]
)
def test_a_name_and_its_start_alone_ask_when(ties: KnowledgeService, question: str) -> None:
    outcome = ties.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "harbour_year"


@pytest.mark.parametrize("question", ["why was hbi launched", "why was the harbour building initiative launched?"])
def test_a_start_asked_with_more_words_keeps_what_they_ask(ties: KnowledgeService, question: str) -> None:
    outcome = ties.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "harbour_aim"


@pytest.mark.parametrize("question", ["was the dock forum set up?", "dock forum bana kya"])
def test_whether_a_thing_was_set_up_is_no_question_of_when(ties: KnowledgeService, question: str) -> None:
    assert not ties.matcher.read(question).intents


@pytest.mark.parametrize("question", ["china launched hbi?", "latvia set up the hbi"])
def test_a_start_said_of_a_doer_is_no_question_of_when(ties: KnowledgeService, question: str) -> None:
    # "China launched IJICP?" claims who launched it.
    assert not ties.matcher.read(question).intents
