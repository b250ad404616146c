"""What the second review of session 41 found, kept from coming back.

A lead-in before a negated opener with no question mark ("hmm don't japan and india cooperate in G4") was left
negated and "corrected"; "home ministers bhi?" after a which-question was answered with the visit's outcomes (only a
rival kind of the same set, "multilateral" after "bilateral", asks the which again); "kya 2019 me launch hua?" opens
a yes/no question in Hinglish; a year doubted after an answer without one is put right by the fact dating the thing
even where the base files it under another name; a list in a partial answer that asked for no description is no list
to point into; "items like IPR" keeps "items" a cue; "bilateral total?" after one way of trade asks both ways.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question", ["hmm don't japan and india cooperate in G4", "but wasn't CEPA in force from 2011"]
)
def test_a_negated_opener_after_a_lead_in_needs_no_question_mark(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Answer)


@pytest.mark.parametrize(
    ("before", "follow_up"),
    [
        ("which ministers are in the 2+2", "home ministers bhi?"),
        ("which bilateral exercises do india and japan do", "MALABAR bhi?"),
    ],
)
def test_an_additive_claim_after_a_which_question_is_still_checked(
    shipped: KnowledgeService, before: str, follow_up: str
) -> None:
    assert isinstance(last_reply(shipped, before, follow_up), Correction)


def test_kya_opening_a_dated_follow_up_asks_whether(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is IJICP", "kya 2019 me launch hua?")
    assert isinstance(outcome, Correction), outcome
    assert "2021" in outcome.related[0].fact.fact.answer


def test_a_year_doubted_is_put_right_by_the_fact_dating_it(shipped: KnowledgeService) -> None:
    outcome = last_reply(
        shipped, "what is the joint declaration on security cooperation", "are you sure? my notes say 2024"
    )
    assert isinstance(outcome, Correction), outcome
    assert "2025" in outcome.related[0].fact.fact.answer


def test_a_list_shown_for_another_question_is_no_list_to_point_into(shipped: KnowledgeService) -> None:
    assert isinstance(last_reply(shipped, "which countries take part in MALABAR", "2nd one?"), Clarify)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("does the cepa cover items like IPR", "cepa_scope"),
        ("does the economic security initiative cover products like semiconductors", "economic_security_sectors"),
    ],
)
def test_goods_words_before_examples_ask_nothing(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


def test_bilateral_total_after_one_way_asks_both_ways(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what does india export to japan", "bilateral total?")
    assert isinstance(outcome, Answer | Partial), outcome
    shown = outcome.best if isinstance(outcome, Answer) else outcome.related[0]
    assert shown.fact.fact.id == "bilateral_trade_total"


@pytest.mark.parametrize(
    "claim",
    ["gujarat ka bhi toyama hai?", "UP-Ehime hai, check kar", "i think UP-Ehime hai", "my notes say gujarat toyama"],
)
def test_a_pair_claimed_with_bhi_or_a_source_is_corrected(shipped: KnowledgeService, claim: str) -> None:
    # "bhi" adds the pair to what was said and links nothing; who claims it, or asks to check it, says nothing of it.
    outcome = last_reply(shipped, claim)
    assert isinstance(outcome, Correction), outcome


@pytest.mark.parametrize("claim", ["AAGC was established by japan alone in 2017?", "did only japan set up the AAGC?"])
def test_one_partner_alone_is_corrected_where_both_did_it(shipped: KnowledgeService, claim: str) -> None:
    outcome = last_reply(shipped, claim)
    assert isinstance(outcome, Correction), outcome
    assert "jointly" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize(
    "question", ["does only japan restrict nuclear tech?", "did only india and japan set up the AAGC?"]
)
def test_a_partner_alone_is_not_corrected_where_the_other_is_no_doer(shipped: KnowledgeService, question: str) -> None:
    # Japan restricts transfers to India: India is what it is done to; and a claim naming both claims no one alone.
    assert not isinstance(last_reply(shipped, question), Correction)


def test_a_rival_kind_added_to_a_claim_takes_the_earlier_kind_s_place(shipped: KnowledgeService) -> None:
    # "multilateral too?" after "is JIMEX bilateral?" claims JIMEX multilateral: read with "bilateral" still beside it,
    # the overview naming both kinds answered it.
    outcome = last_reply(shipped, "is JIMEX bilateral?", "multilateral too?")
    assert isinstance(outcome, Correction), outcome
