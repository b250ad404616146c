"""Follow-ups in more shapes (session 41, red teams): a premise put right in another name, a chain of "and X?",
"Nth item?", trade both ways, "with which country", and a year asked of "that" with nothing before.

"arey nahi, toyama telangana ke saath hai na?" was declined ("arey" read as "are"); "but i read it was with NASA"
after Chandrayaan 5's partner was declined; "and AAGC?" after "and the partnership upgrade?" in a chain of "when"
questions got the other Africa initiative; "4th item?" after CEPA's coverage named an item of the visit's outcomes;
"kitne ka trade hai total?" after India's exports was "the other way round"; "was that in 2015?" with nothing before
was answered with the 2015 pacts.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "claim", ["arey nahi, toyama telangana ke saath hai na?", "nahi, toyama telangana ke saath hai na?"]
)
def test_a_pair_claimed_after_an_interjection_is_corrected(shipped: KnowledgeService, claim: str) -> None:
    outcome = last_reply(shipped, "toyama partner state", claim)
    assert isinstance(outcome, Correction), outcome
    assert "Andhra Pradesh" in outcome.related[0].fact.fact.answer


def test_another_party_read_of_in_place_of_the_partner_is_corrected(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "chandrayaan 5 partner", "but i read it was with NASA")
    assert isinstance(outcome, Correction), outcome
    assert "Chandrayaan 5" in outcome.related[0].fact.fact.answer


def test_a_chain_of_and_questions_keeps_what_was_asked(shipped: KnowledgeService) -> None:
    outcome = last_reply(
        shipped, "when did cepa come into effect", "what about CEPA?", "and the partnership upgrade?", "and AAGC?"
    )
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "aagc_year"


@pytest.mark.parametrize(("follow_up", "item"), [("4th item?", "intellectual property"), ("the 2nd one?", "movement")])
def test_nth_item_is_of_the_list_just_given(shipped: KnowledgeService, follow_up: str, item: str) -> None:
    outcome = last_reply(shipped, "what does cepa cover", follow_up)
    assert isinstance(outcome, Answer), outcome
    assert item in outcome.note
    assert outcome.best.fact.fact.id == "cepa_scope"


def test_nth_item_of_a_named_list_is_of_that_list(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "3rd item of the joint vision lines of effort")
    assert isinstance(outcome, Answer), outcome
    assert "Mobility" in outcome.note


@pytest.mark.parametrize(
    ("fact_id", "name"),
    [("uttar_pradesh_yamanashi", "Uttar Pradesh"), ("chandrayaan_5", "Japan")],
    ids=["a name that is itself a glossary name", "partners"],
)
def test_names_that_are_no_part_of_a_longer_name_stay(shipped: KnowledgeService, fact_id: str, name: str) -> None:
    profiles, base = shipped.matcher.index.profiles, shipped.matcher.base
    assert name in {named for named, _kind in profiles[base.position_of(fact_id)].named_kinds}


def test_total_trade_after_one_way_asks_both_ways(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "भारत जापान से क्या आयात करता है?", "और निर्यात?", "kitne ka trade hai total?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "bilateral_trade_total"


def test_a_year_asked_of_that_with_nothing_before_is_asked_back(shipped: KnowledgeService) -> None:
    assert isinstance(last_reply(shipped, "was that in 2015?"), Clarify)


@pytest.mark.parametrize(
    "question",
    ["chandrayaan 5 is with which country", "चंद्रयान 5 किस देश के साथ है?", "chandrayaan 5 kis desh ke saath hai"],
)
def test_with_which_country_may_be_answered_by_the_partner(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "chandrayaan_5"


def test_which_country_beside_a_partner_asks_for_another(shipped: KnowledgeService) -> None:
    # Every fact names India and Japan: with India named, "which country" is a third one, which QUAD's fact lacks.
    assert not isinstance(last_reply(shipped, "which country is india partner in QUAD"), Answer)


def test_with_which_state_keeps_to_the_pair_asked(shipped: KnowledgeService) -> None:
    # Only a country may be a partner: "which state" with "partners" kept the overview of all four pairs first.
    outcome = last_reply(shipped, "which prefecture does AP partner with", "and toyama partners with which state")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.answer.startswith("Andhra Pradesh is paired with")


def test_reverse_alone_turns_the_question_round(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what does india import from japan", "and reverse?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.answer.startswith("The goods India exports to Japan")


def test_reverse_in_a_longer_message_turns_nothing_round(shipped: KnowledgeService) -> None:
    assert not shipped.matcher.read("write a python function to reverse a string").markers.reversal


def test_an_additive_follow_up_is_not_answered_about_another_subject(shipped: KnowledgeService) -> None:
    # "shipping too?" read alone found India's exports ("ship" is a word of trade): it asks of the partnership.
    outcome = last_reply(shipped, "does next gen mobility partnership include aviation", "shipping too?")
    assert not isinstance(outcome, Answer), outcome


@pytest.mark.parametrize("question", ["QUAD is with which country", "QUAD kis desh ke saath hai"])
def test_with_which_country_of_a_grouping_is_not_the_partners(shipped: KnowledgeService, question: str) -> None:
    # QUAD has more members than the two partners, and the material names none of the others.
    assert not isinstance(last_reply(shipped, question), Answer)
