"""A flow named with its year ("india's exports to japan fy24") asks its sum, and the period the other way's figure
is dated by turns nothing round: no correction of a premise nobody made."""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.answering.present import explain
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize("question", ["india's exports to japan fy24", "india's exports to japan in 2023-24"])
def test_a_flow_of_one_year_is_worked_out_from_the_other_ways_figure(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial), explain(outcome)
    assert "5.16" in outcome.worked


@pytest.mark.parametrize("question", ["india exports to japan 2023-24", "india's exports to japan fy24"])
def test_a_period_is_no_premise_turned_round(shipped: KnowledgeService, question: str) -> None:
    # India does export to Japan: only the year is missing from the fact about it, and the year is no claim.
    assert not isinstance(shipped.matcher.ask(question), Correction)


@pytest.mark.parametrize("question", ["so india exported 17.69 to japan?", "did india export 17.69 billion to japan?"])
def test_the_other_ways_amount_claimed_is_still_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction), explain(outcome)
    assert "17.69" in outcome.related[0].fact.fact.answer


def test_the_flow_the_material_dates_is_answered(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("japan exports to india 2023-24")
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.id == "japan_exports_to_india"


def test_every_event_kind_is_said_in_words(shipped: KnowledgeService) -> None:
    # A partial answer names the event the material does not date ("when it was reviewed"), never its mark.
    from bot.core.answering.checks import ASKED_WORDS

    kinds = set(shipped.matcher.lexicon.event_phrases.values())
    assert {"signing", "start", "review", "expiry"} <= kinds
    for kind in kinds:
        assert f"event:{kind}" in ASKED_WORDS, kind


@pytest.mark.parametrize(
    "question",
    [
        "CEPA review year?",
        "india-japan CEPA review kab hua",
        "when was cepa amended",
        "When did AAGC end?",
        "When will IJICP end?",
    ],
)
def test_an_event_the_material_never_dates_is_no_other_events_year(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer), explain(outcome)


@pytest.mark.parametrize(
    "question", ["why were india japan ties downgraded in 2014", "the partnership was downgraded in 2014"]
)
def test_the_opposite_of_what_the_material_says_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction), explain(outcome)
    assert "upgraded" in outcome.related[0].fact.fact.answer


def test_opposite_words_are_read_both_ways(shipped: KnowledgeService) -> None:
    opposites = shipped.matcher.lexicon.opposites
    assert opposites["downgraded"] == "upgraded"
    assert opposites["multilateralism"] == "unilateralism"
    assert opposites["unilateralism"] == "multilateralism"


def test_a_short_claim_of_what_a_thing_holds_is_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("2+2 includes finance ministers?")
    assert isinstance(outcome, Correction), explain(outcome)
    assert "defence and foreign affairs" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize("question", ["2+2 includes finance ministers?", "cepa covers ipr?"])
def test_a_short_question_with_a_verb_of_containing_states_something(shipped: KnowledgeService, question: str) -> None:
    assert shipped.matcher.read(question).claims
    # Keywords with no such verb state nothing ("cepa year?").
    assert not shipped.matcher.read("cepa year?").claims
    assert not shipped.matcher.read("2+2 includes finance ministers").claims


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # A negated opener asks to confirm what follows: true claims are answered, false ones corrected.
        ("Wasn't AAGC established in 2017?", Answer),
        ("Didn't India's PM visit Japan?", Answer),
        ("wasnt the ssgp in 2011", Correction),
        ("Isn't JIMEX multilateral?", Correction),
    ],
)
def test_a_negated_opener_asks_to_confirm_the_claim(shipped: KnowledgeService, question: str, kind: type) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, kind), explain(outcome)


def test_a_negation_inside_the_claim_is_still_read(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("india didn't sign the NPT, right?").markers.negation
    assert not shipped.matcher.read("wasn't the AAGC set up in 2017?").markers.negation


@pytest.mark.parametrize("question", ["Which country hosts MILAN?", "Who hosts the 2+2 dialogue?", "who hosts malabar"])
def test_a_host_the_material_never_names_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    from bot.core.answering.checks import ASKED_WORDS

    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial), explain(outcome)
    assert outcome.missing == ASKED_WORDS["host"]
