"""A year a fact gives to another named thing does not confirm the year a question gives to its own.

Red team (session 35): "pact on transfer of defence equipment was signed in 2025" was answered, not corrected, by
"In 2015 India and Japan concluded pacts on defense equipment transfer ...; with the 2025 Joint Declaration on
Security Cooperation, ...": 2025 is in the fact, but as the declaration's year.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge, last_reply

ARTICLE = """
source:
  id: harbour-ties
  title: Chile-Latvia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia build ties.]
sections:
  - {id: ties, title: Ties, summary: Security pacts.}
facts:
  - id: pacts_2015
    section: ties
    question: What security pacts did Chile and Latvia sign in 2015?
    answer: >-
      In 2015 Chile and Latvia concluded pacts on ship inspection and on port safety; with the 2025 Coast Declaration
      on Port Security, these are their key security agreements.
    keywords: ["2015", ship inspection, port safety, pacts]
  - id: coast_declaration
    section: ties
    question: What is the Coast Declaration on Port Security?
    answer: The 2025 Coast Declaration on Port Security is one of the key agreements of Chile-Latvia security ties.
    keywords: ["2025", Coast Declaration on Port Security]
glossary:
  - {term: Coast Declaration on Port Security}
  - {term: agreement, synonyms: [pact, pacts]}
  - term: Chile-Latvia
"""


@pytest.fixture
def ties(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


@pytest.mark.parametrize(
    "claim", ["the pact on ship inspection was signed in 2025", "ship inspection pact was in 2025, right?"]
)
def test_a_year_the_fact_gives_another_name_is_corrected(ties: KnowledgeService, claim: str) -> None:
    outcome = ties.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "pacts_2015"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("the pact on ship inspection was signed in 2015, right?", "pacts_2015"),
        ("when was the coast declaration on port security made", "coast_declaration"),
    ],
)
def test_a_year_the_fact_gives_the_thing_asked_is_answered(ties: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = ties.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


def test_a_follow_up_s_year_may_move_to_the_other_thing(ties: KnowledgeService) -> None:
    # "and in 2025?" after the 2015 pacts asks what came in 2025; the pacts' fact is not corrected for it.
    outcome = last_reply(ties, "which pacts were signed in 2015", "and in 2025?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "pacts_2015"  # it names the 2025 declaration beside the pacts


@pytest.mark.parametrize("follow_up", ["what's in it?", "who signed it?"])
def test_an_earlier_year_of_the_thing_by_a_shorter_name_is_no_claim(ties: KnowledgeService, follow_up: str) -> None:
    # "the 2025 coast declaration" is the Coast Declaration on Port Security by a shorter name, and the year is the
    # earlier question's: nothing in the follow-up is dated otherwise.
    outcome = last_reply(ties, "what is the 2025 coast declaration", follow_up)
    assert not isinstance(outcome, Correction), outcome
