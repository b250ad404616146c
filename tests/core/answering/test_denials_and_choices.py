"""A claim that denies what the material does not say is confirmed, and a choice offered is no claim.

Red team (session 34): "CEPA did not come into effect in 2014, right?" and "SSGP wasn't in 2015, was it?" were told
"The study material says otherwise", though the material's other year (2011, 2014) is just what the member said;
"polar exploration mission is on moon or mars" was corrected though it offers the right one as a choice.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.answering.present import outcome_text
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
  - {id: ties, title: Ties, summary: Programmes and missions.}
facts:
  - id: harbour_year
    section: ties
    question: When was the Harbour Initiative launched?
    answer: The Harbour Initiative was launched in 2019.
    keywords: [Harbour Initiative, launched]
  - id: harbour_aim
    section: ties
    question: What is the aim of the Harbour Initiative?
    answer: The Harbour Initiative is meant to train port workers for the Harbour Initiative's new docks.
    keywords: [Harbour Initiative, aim, launched, port workers]
  - id: dock_pact
    section: ties
    question: What did the 2021 Dock Pact do?
    answer: The 2021 Dock Pact opened each side's ports to the other's ships.
    keywords: [Dock Pact, ports]
  - id: probe
    section: ties
    question: What is the Polar Probe mission?
    answer: Under a space agreement, Chile and Latvia will work together on the Polar Probe, a lunar mission.
    keywords: [Polar Probe, space, lunar mission]
glossary:
  - {term: Harbour Initiative}
  - {term: Dock Pact}
  - {term: Polar Probe}
  - {term: lunar mission, synonyms: [moon mission, mission to the moon]}
  - term: Chile-Latvia
"""


@pytest.fixture
def ties(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


@pytest.mark.parametrize(
    "claim",
    [
        "the harbour initiative was not launched in 2015, right?",
        "harbour initiative wasn't launched in 2016, was it?",
        "the harbour initiative wasn't launched in 2016",
    ],
)
def test_a_denial_of_another_year_than_the_material_s_is_confirmed(ties: KnowledgeService, claim: str) -> None:
    outcome = ties.matcher.ask(claim)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "harbour_year"
    assert outcome_text(outcome).startswith("Right, not 201")
    assert "2019" in outcome_text(outcome)


def test_a_denial_of_the_material_s_own_year_is_corrected(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("the harbour initiative was not launched in 2019, right?")
    assert isinstance(outcome, Correction), outcome


def test_a_claim_of_another_year_is_still_corrected(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("the harbour initiative was launched in 2015, right?")
    assert isinstance(outcome, Correction), outcome


def test_a_question_asking_why_something_did_not_happen_is_not_confirmed(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("why was the harbour initiative not launched in 2015?")
    assert not (isinstance(outcome, Answer) and outcome.note), outcome


def test_a_choice_offering_the_material_s_one_is_answered(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("the polar probe mission is on moon or mars")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "probe"


def test_a_claim_of_the_other_destination_is_still_corrected(ties: KnowledgeService) -> None:
    outcome = ties.matcher.ask("the polar probe is a mars mission, right?")
    assert isinstance(outcome, Correction), outcome


def test_a_denial_is_confirmed_only_by_a_fact_that_gives_the_material_s_own_year(ties: KnowledgeService) -> None:
    # A fact about the thing that dates nothing (its aim) does not show the member the year it says instead.
    outcome = ties.matcher.ask("the harbour initiative was not launched in 2015, right?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "harbour_year"
