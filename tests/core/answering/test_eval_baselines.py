"""The benchmark's baselines: each can answer and decline, and its threshold comes from the tuning sets only."""

from __future__ import annotations

import math

import pytest
from rapidfuzz import fuzz

from bot.core.knowledge.base import KnowledgeBase
from bot.core.services.knowledge import KnowledgeService
from scripts.bench import (
    BM25,
    MATCHER,
    RATIO,
    WRATIO,
    BM25Baseline,
    FuzzyBaseline,
    Hit,
    build_baselines,
    pick_threshold,
    run_labelled_sets,
)
from scripts.evaluate import SET_GROUPS


@pytest.fixture(scope="module")
def base(shipped: KnowledgeService) -> KnowledgeBase:
    return shipped.base


def test_each_baseline_finds_the_fact_of_its_own_question(base: KnowledgeBase) -> None:
    baselines, build_s = build_baselines(base)
    assert [b.name for b in baselines] == [RATIO, BM25, WRATIO]
    assert set(build_s) == {RATIO, BM25, WRATIO}
    for sourced in base.facts[:10]:
        for baseline in baselines:
            hit = baseline.best(sourced.fact.question)
            assert hit is not None, (baseline.name, sourced.fact.id)
            assert hit.fact_id == sourced.fact.id, (baseline.name, sourced.fact.question)


def test_a_fuzzy_baseline_declines_below_its_threshold(base: KnowledgeBase) -> None:
    ratio = FuzzyBaseline(base, fuzz.ratio, RATIO)
    question = base.facts[0].fact.question
    hit = ratio.best(question)
    assert hit is not None
    assert hit.score == pytest.approx(100.0)
    assert ratio.best("zzzz qqqq xxxx", 90.0) is None


def test_the_bm25_score_is_a_share_that_unknown_words_lower(base: KnowledgeBase) -> None:
    bm25 = BM25Baseline(base)
    fact = base.facts[0].fact
    plain = bm25.best(fact.question)
    padded = bm25.best(fact.question + " zzyzx qwxqwx")
    assert plain is not None
    assert padded is not None
    assert 0.0 < padded.score < plain.score < 1.0
    assert bm25.best("zzyzx qwxqwx") is None  # no word of the base: nothing to answer with
    assert bm25.best("") is None
    assert bm25.best(fact.question, plain.score + 1e-6) is None


def test_the_threshold_maximises_items_handled_right_with_ties_to_the_higher(base: KnowledgeBase) -> None:
    fact = base.facts[0].fact
    key = fact.answer.split()[-1]
    answerable = {"q": "a", "answerable": True, "expect_any": [key]}
    unanswerable = {"q": "b", "answerable": False}
    items = [answerable, answerable, unanswerable, unanswerable]
    hits = [Hit(fact.id, 90.0), Hit(fact.id, 80.0), Hit(fact.id, 70.0), Hit(fact.id, 60.0)]
    chosen = pick_threshold(base, items, hits)
    assert (chosen.value, chosen.handled, chosen.items) == (80.0, 4, 4)
    # An unanswerable question scoring above the answerable ones: answering never pays off.
    hits = [Hit(fact.id, 50.0), Hit(fact.id, 40.0), Hit(fact.id, 95.0), Hit(fact.id, 60.0)]
    chosen = pick_threshold(base, items, hits)
    assert chosen.handled == 2
    assert math.isinf(chosen.value)
    assert chosen.text() == "never answers"
    # A wrong fact is never a right answer, whatever its score.
    wrong = next(sf.fact for sf in base.facts if key not in sf.fact.answer)
    chosen = pick_threshold(base, [answerable], [Hit(wrong.id, 99.0)])
    assert (math.isinf(chosen.value), chosen.handled) == (True, 0)


def test_thresholds_come_from_the_tuning_sets_and_not_from_the_holdout() -> None:
    holdout = [group for group in SET_GROUPS if not group.tuned_on]
    assert holdout
    without = run_labelled_sets(groups=[])
    with_holdout = run_labelled_sets(groups=holdout)
    assert without.thresholds == with_holdout.thresholds
    assert set(without.thresholds) == {RATIO, BM25, WRATIO}
    for group in holdout:
        tallies = with_holdout.tallies[group.name]
        assert set(tallies) == {MATCHER, RATIO, BM25, WRATIO}
        # Every method is scored on both kinds of question.
        assert all(t.answerable > 0 and t.unanswerable > 0 for t in tallies.values())
        assert len({t.items for t in tallies.values()}) == 1
