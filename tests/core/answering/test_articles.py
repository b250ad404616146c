"""Answering over several articles: the article is named, differences are answered per article or asked back."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.answering.outcomes import Answer, Clarify, articles_of
from bot.core.answering.present import outcome_text
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import DATA, MINI_DIR

COMPACT, ACCORD = "river-compact", "harbour-accord"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("two") / "knowledge"
    target.mkdir()
    for source in (MINI_DIR, DATA / "mini_second"):
        for path in source.iterdir():
            shutil.copy(path, target / path.name)
    return target


@pytest.fixture(scope="module")
def two(folder: Path) -> KnowledgeService:
    return KnowledgeService.from_directory(folder)


def test_a_question_both_articles_answer_differently_is_answered_for_each_labelled(two: KnowledgeService) -> None:
    outcome = two.matcher.ask("what was the trade value in 2022")
    assert isinstance(outcome, Answer)
    assert outcome.by_article
    assert set(articles_of(outcome)) == {COMPACT, ACCORD}
    text = outcome_text(outcome)
    assert "\u201cRiver Cities Compact\u201d" in text
    assert "\u201cHarbour Towns Accord\u201d" in text
    assert "4.5 million" in text
    assert "7.2 million" in text


def test_long_answers_in_several_articles_are_asked_back_and_a_name_settles_it(folder: Path) -> None:
    short = KnowledgeService.from_directory(folder, replace(DEFAULT_THRESHOLDS, per_article_answer_chars=10))
    reply = short.matcher.respond("what was the trade value in 2022")
    assert isinstance(reply.outcome, Clarify)
    assert {m.fact.source.id for m in reply.outcome.options} == {COMPACT, ACCORD}
    assert "Which article do you mean" in outcome_text(reply.outcome)
    settled = short.matcher.respond("the harbour towns accord", reply.turn).outcome
    assert isinstance(settled, Answer)
    assert settled.best.fact.fact.id == "accord_trade"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("corvel dunmere trade 2022", "accord_trade"),
        ("ardena trade value 2022", "trade_value"),
        ("rcc year", "compact_year"),
    ],
)
def test_naming_one_articles_subject_answers_from_that_article_only(
    two: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = two.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert not outcome.by_article
    assert [m.fact.fact.id for m in outcome.matches] == [fact_id]


def test_a_follow_up_stays_within_the_article_of_its_question(two: KnowledgeService) -> None:
    first = two.matcher.respond("when did corvel and dunmere sign the accord")
    assert articles_of(first.outcome) == (ACCORD,)
    follow = two.matcher.respond("and the trade in 2022?", first.turn).outcome
    assert articles_of(follow) == (ACCORD,)
    assert isinstance(follow, Answer)
    assert follow.best.fact.fact.id == "accord_trade"


def test_one_article_alone_answers_as_before(two: KnowledgeService) -> None:
    alone = KnowledgeService.from_directory(MINI_DIR)
    outcome = alone.matcher.ask("what was the trade value in 2022")
    assert isinstance(outcome, Answer)
    assert not outcome.by_article
    assert outcome.best.fact.fact.id == "trade_value"
