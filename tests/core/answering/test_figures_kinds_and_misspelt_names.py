"""A figure matched only as another thing's, a kind named by a glossary term, an additive kind word, a misspelt name.

"10 lines of effort in joint vision?" was answered with the plan's 10 years (the fact counting the lines gives 8);
"India-Japan nuclear deal signed when" with the 2015 pacts ("nuclear", a glossary term, says which deal as a plain
word would); "bilateral bhi?" after "is MALABAR multilateral?" with the article's overview (read as "india japan
bilateral ties"); "chandryaan 5 partner country" with the visit's outcomes (the 5 of the misspelt name counted
partners); "joint vision has 10 linez of effort?" was answered (the misspelt word counted nothing).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize("question", ["10 lines of effort in joint vision?", "joint vision 10 lines of effort"])
def test_a_figure_the_better_fact_gives_otherwise_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert "eight lines of effort" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize("question", ["joint vision kitne saal ka hai?", "how many lines of effort in joint vision"])
def test_the_figure_asked_of_its_own_thing_is_still_answered(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Answer)


@pytest.mark.parametrize("question", ["India-Japan nuclear deal signed when", "when was the nuclear deal signed"])
def test_a_deal_named_by_a_glossary_term_is_not_another_deal(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert not isinstance(outcome, Answer | Correction), outcome


def test_a_plain_agreement_question_is_still_answered(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "when was the security declaration signed")
    assert isinstance(outcome, Answer), outcome
    assert "2025" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("before", "follow_up", "kept"),
    [("is MALABAR multilateral?", "bilateral bhi?", "MALABAR"), ("is JIMEX bilateral?", "multilateral bhi?", "JIMEX")],
)
def test_an_additive_kind_word_is_a_claim_about_the_earlier_thing(
    shipped: KnowledgeService, before: str, follow_up: str, kept: str
) -> None:
    outcome = last_reply(shipped, before, follow_up)
    assert isinstance(outcome, Correction), outcome
    assert kept in outcome.related[0].fact.fact.answer


def test_the_ties_asked_alone_are_still_the_article_s_subject(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is SCRI", "india japan relations?")
    assert isinstance(outcome, Answer), outcome
    assert "SCRI" not in outcome.best.fact.fact.answer


@pytest.mark.parametrize("question", ["chandryaan 5 partner country", "chandrayan 5 kiske saath"])
def test_the_figure_of_a_misspelt_name_is_the_name_s(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "chandrayaan_5"


def test_a_misspelt_counted_word_still_counts(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "joint vision has 10 linez of effort?")
    assert isinstance(outcome, Correction), outcome
    assert "eight lines of effort" in outcome.related[0].fact.fact.answer
