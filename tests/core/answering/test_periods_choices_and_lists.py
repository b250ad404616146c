"""A period said with "over" ("eight lines over 10 years"), a relation offered both ways around a copula ("import hai
ya export"), and a question that fits every member of a list alike ("which prefecture is paired?")."""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


# ---------------------------------------------------------------- "over" before a span of time
def test_over_before_a_span_of_time_is_a_period_not_a_bound(shipped: KnowledgeService) -> None:
    read = shipped.matcher.read("joint vision covers eight lines of effort over 10 years")
    assert not read.bounds
    assert "10" in read.numbers


@pytest.mark.parametrize(
    "question",
    ["was cepa signed over 10 years ago?", "is bilateral trade over 20 billion?", "is the plan more than 5 years?"],
)
def test_over_stays_a_bound_elsewhere(shipped: KnowledgeService, question: str) -> None:
    assert shipped.matcher.read(question).bounds


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Are there over 5 lines of effort?", "joint_vision_lines_count"),
        ("Are there more than 5 lines of effort?", "joint_vision_lines_count"),
        ("Is the joint vision over 5 years?", "joint_vision_duration"),
        ("Is the reading time over 3 minutes?", "reading_time"),
    ],
)
def test_a_bound_the_fact_meets_is_answered(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


def test_a_true_period_is_not_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask(
        "statement: joint vision for next decade covers eight lines of effort over 10 years. true or false"
    )
    assert not isinstance(outcome, Correction)


def test_a_wrong_count_said_with_a_period_is_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("the joint vision has 10 lines of effort over 8 years?")
    assert isinstance(outcome, Correction)


# ---------------------------------------------------------------- a relation offered both ways, around a copula
@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("nuclear reactors import hai ya export", {"india_imports_from_japan", "india_exports_to_japan"}),
        ("copper import hai ya export?", {"india_imports_from_japan"}),
        ("vehicles export hota hai ya import", {"india_exports_to_japan"}),
    ],
)
def test_a_relation_offered_both_ways_around_a_copula_sets_no_direction(
    shipped: KnowledgeService, question: str, facts: set[str]
) -> None:
    assert shipped.matcher.read(question).either_way
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert {m.fact.fact.id for m in outcome.matches} == facts


def test_a_word_that_names_something_between_the_two_is_no_choice(shipped: KnowledgeService) -> None:
    assert not shipped.matcher.read("does india import copper or export vehicles").either_way


# ---------------------------------------------------------------- one member of a list the question does not pick
@pytest.mark.parametrize("question", ["which prefecture is paired", "prefecture partner?", "कौन सा प्रीफेक्चर जुड़ा है"])
def test_a_question_that_fits_every_member_alike_gets_the_whole_list(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert [m.fact.fact.id for m in outcome.matches] == ["state_prefecture_overview"]


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("which prefecture is paired with andhra", "andhra_pradesh_toyama"),
        ("ehime - which state", "tamil_nadu_ehime"),  # named by its answer's thing
        ("tamil nadu's partner prefecture", "tamil_nadu_ehime"),
        ("what is the flagship project", "mahsr"),  # no sibling fact as close
    ],
)
def test_a_question_that_names_a_member_gets_that_member(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert [m.fact.fact.id for m in outcome.matches] == [fact]


# ---------------------------------------------------------------- a relation said again without its word
def test_a_relation_said_again_without_its_word_is_read_for_each_pair(shipped: KnowledgeService) -> None:
    roles = shipped.matcher.read("is tamil nadu paired with ehime and gujarat with toyama?").roles
    assert [(r.agent, r.target) for r in roles] == [("Tamil Nadu", "Ehime"), ("Gujarat", "Toyama")]


@pytest.mark.parametrize(
    "question",
    [
        "is tamil nadu paired with ehime and gujarat with toyama?",
        "is up paired with yamanashi and gujarat with toyama?",
    ],
)
def test_a_wrong_second_pair_is_corrected(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Correction)


def test_two_right_pairs_are_not_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("Is TN paired with Ehime and Gujarat with Shizuoka?")
    assert isinstance(outcome, Answer)


# ---------------------------------------------------------------- a place named only inside a quoted title
def test_a_place_inside_a_quoted_title_is_no_place_the_fact_gives(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("act east forum focuses on which region")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "act_east_forum"  # India's Northeast, not the Indo-Pacific of a title


def test_a_follow_up_naming_a_new_thing_does_not_ask_the_earlier_kind(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("what is act east forum").turn
    turn = shipped.matcher.respond("which region", turn).turn
    outcome = shipped.matcher.respond("japan side policy?", turn).outcome
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "act_east_forum_anchors"


# ---------------------------------------------------------------- "or not": both answers offered
@pytest.mark.parametrize("question", ["Is CEPA in force or not?", "cepa lagu hai ya nahi?"])
def test_or_not_offers_both_answers_and_claims_no_not(shipped: KnowledgeService, question: str) -> None:
    assert not shipped.matcher.read(question).markers.negation
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "cepa_year"


def test_or_not_after_a_false_claim_still_corrects_it(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("has india signed the npt or not?"), Correction)


# ---------------------------------------------------------------- a word the question negates with a prefix
@pytest.mark.parametrize("question", ["unsc non permanent seat india japan", "unsc non-permanent seat india japan"])
def test_a_non_word_is_not_answered_by_a_fact_stating_the_word(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)


@pytest.mark.parametrize("question", ["india is a non-signatory to the npt, right?", "is india non aligned?"])
def test_a_non_word_the_fact_also_negates_is_answered(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer)
