"""Doubts with a source, bare counts, kinds and dates asked of what came before (session 41, red teams).

"hmm but vision ias said 2015 na?" after the AAGC's 2017 was answered with the 2015 defence pacts; "are you sure? my
notes say 2012" after what CEPA covers was "corrected" with that coverage, no year in it; "total kitne?" after the
four state-prefecture pairs was answered "eight lines of effort (8 in all)"; "region?" after the Act East Forum got
the trilateral work in Africa, and "established in 2017?" then got the AAGC's founding.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction, Partial, Suggestions
from bot.core.answering.shapes import read_challenge
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        ("hmm but vision ias said 2015 na?", "2015"),
        ("my teacher said 2015", "2015"),
        ("drishti says that 2016", "2016"),
    ],
)
def test_a_source_and_its_verb_before_a_figure_is_a_doubt(message: str, claim: str) -> None:
    challenge = read_challenge(message, LEXICON, 12)
    assert challenge is not None
    assert challenge.claim.split()[0] == claim


@pytest.mark.parametrize(
    "message", ["the article says the AAGC is for africa", "what does vision ias say about it", "he said"]
)
def test_a_source_without_a_figure_after_its_verb_is_no_doubt(message: str) -> None:
    assert read_challenge(message, LEXICON, 12) is None


def test_a_named_source_saying_another_year_is_corrected(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "AAGC established when?", "hmm but vision ias said 2015 na?")
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "aagc_year"


def test_a_year_doubted_after_an_answer_without_one_is_checked_against_the_year_of_the_same_thing(
    shipped: KnowledgeService,
) -> None:
    outcome = last_reply(shipped, "CEPA", "are you sure? my notes say 2012")
    assert isinstance(outcome, Correction), outcome
    assert "2011" in outcome.related[0].fact.fact.answer


def test_the_right_year_said_after_an_answer_without_one_is_agreed_with(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "CEPA", "wrong, 2011 hai")
    assert isinstance(outcome, Answer), outcome
    assert "2011" in outcome.best.fact.fact.answer


def test_a_negated_opener_after_a_lead_in_word_is_read_as_its_positive(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is AAGC", "but wasn't it set up in 2015?")
    assert isinstance(outcome, Correction), outcome
    assert "2017" in outcome.related[0].fact.fact.answer


def test_a_negated_opener_keeps_its_earlier_subject_beside_another_name(shipped: KnowledgeService) -> None:
    # "but wasn't it launched in 2014 with SSGP?" after IJICP: the SSGP's 2014 no longer stands as a correction
    # that reads as confirming the claim.
    outcome = last_reply(shipped, "IJICP launch year", "but wasn't it launched in 2014 with SSGP?")
    assert not isinstance(outcome, Correction | Answer), outcome


def test_why_with_a_negated_verb_still_asks_why_not(shipped: KnowledgeService) -> None:
    assert shipped.matcher.read("why doesn't India sign the NPT?").markers.negation


@pytest.mark.parametrize("follow_up", ["total kitne?", "kitne hain total?", "how many in total?"])
def test_a_total_count_asks_the_count_of_what_came_before(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, "state prefecture partnerships list", follow_up)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.answer.startswith("Four")


@pytest.mark.parametrize("question", ["total kitne?", "region?", "country?"])
def test_a_bare_total_or_kind_with_nothing_before_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert not isinstance(outcome, Answer), outcome


def test_a_bare_kind_asks_it_of_the_thing_before(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "act east forum policies", "region?")
    assert isinstance(outcome, Answer), outcome
    assert "Northeast" in outcome.best.fact.fact.answer
    assert isinstance(last_reply(shipped, "region?"), Clarify)


def test_a_dated_act_with_no_subject_is_not_answered_of_another_thing(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is the act east forum", "set up in 2017?")
    assert isinstance(outcome, Suggestions | Partial), outcome


def test_a_dated_act_with_no_subject_claims_the_year_of_the_thing_before(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is AAGC", "set up in 2015?")
    assert isinstance(outcome, Correction), outcome
    assert "2017" in outcome.related[0].fact.fact.answer
