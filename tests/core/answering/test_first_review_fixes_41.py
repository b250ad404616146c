"""What the first review of session 41 found the new follow-up rules did wrongly, kept from coming back.

A year with a question word after a subject ("what was signed in 2015?") is asked, not claimed of the subject; "not
multilateral right?" is no "is it multilateral?"; "its china policy?" owns a policy; "IPR as well?" names a list
item as "IPR too?" does; an instruction with "don't" before a question is no negated opener; a place inside a longer
name ("Indo-Pacific", "Mumbai-Ahmedabad") is still a place the fact names; a year doubted of an answer the material
dates nowhere is no "says otherwise".
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("before", "question"),
    [
        ("what is the SSGP", "what was signed in 2015?"),
        ("what is the act east forum", "what was established in 2017?"),
        ("what is AAGC", "kya 2015 me kuch sign hua?"),
    ],
)
def test_a_year_asked_with_a_question_word_is_asked_not_claimed(
    shipped: KnowledgeService, before: str, question: str
) -> None:
    outcome = last_reply(shipped, before, question)
    assert isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    ("before", "follow_up"),
    [("is JIMEX bilateral?", "not multilateral right?"), ("what is SCRI", "not china?")],
)
def test_a_bare_not_is_no_claim_of_the_thing_denied(shipped: KnowledgeService, before: str, follow_up: str) -> None:
    assert not isinstance(last_reply(shipped, before, follow_up), Correction)


def test_its_before_a_place_and_a_thing_owns_the_thing(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is japan's approach", "its china policy?")
    assert not isinstance(outcome, Correction), outcome


@pytest.mark.parametrize(
    ("before", "follow_up", "said"),
    [
        ("what does CEPA cover", "IPR as well?", "Item 4"),
        ("what are the economic security sectors", "telecom as well?", "Item 3"),
    ],
)
def test_an_item_as_well_is_an_item_of_the_list(
    shipped: KnowledgeService, before: str, follow_up: str, said: str
) -> None:
    outcome = last_reply(shipped, before, follow_up)
    assert isinstance(outcome, Answer), outcome
    assert said in outcome.note


def test_an_instruction_with_dont_before_a_question_is_not_read_as_its_positive(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "ok don't tell me the answer, what year was AAGC set up")
    assert not isinstance(outcome, Answer) or outcome.best.fact.fact.id == "aagc_year", outcome


@pytest.mark.parametrize(
    "question", ["which region is the partnership a key pillar of?", "which region does QUAD focus on?"]
)
def test_a_place_inside_a_longer_name_is_still_named(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert "Indo-Pacific" in outcome.best.fact.fact.answer


def test_a_year_doubted_where_the_material_gives_none_is_a_partial_answer(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is the 2+2 dialogue", "are you sure? my notes say 2015")
    assert isinstance(outcome, Partial), outcome
    assert outcome.related[0].fact.fact.id == "two_plus_two"


@pytest.mark.parametrize("follow_up", ["5th item?", "the fifth one?"])
def test_a_place_beyond_the_list_just_given_is_a_partial_answer(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, "what does cepa cover", follow_up)
    assert isinstance(outcome, Partial), outcome
    assert "item 5" in outcome.missing
    assert outcome.related[0].fact.fact.id == "cepa_scope"


def test_a_place_in_a_list_shown_in_a_partial_answer_is_of_that_list(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what are the other outcomes", "2nd item?")
    assert isinstance(outcome, Answer), outcome
    assert "Human Resource Exchange" in outcome.note


def test_another_kind_as_well_after_a_which_question_asks_which_again(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "which exercises are bilateral", "and multilateral as well?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.answer.startswith("India and Japan both take part in multilateral")


def test_a_bilateral_thing_after_one_way_of_trade_is_a_question_of_its_own(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what does india export to japan", "bilateral exercises?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.answer.startswith("India and Japan hold bilateral exercises")


@pytest.mark.parametrize("question", ["does cepa cover trade in goods", "does cepa cover goods"])
def test_goods_claimed_to_be_covered_are_words_to_find(shipped: KnowledgeService, question: str) -> None:
    # "goods" asks for a list of goods elsewhere ("what goods does india export"); here it is what CEPA is said to
    # cover, and the overview of economic ties (which never says "goods") answered.
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "cepa_scope"
