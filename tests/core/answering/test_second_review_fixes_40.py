"""Over-reaches a review found in the session's new readings, each kept from coming back (session 40).

Each message was read by a new rule it was not meant for: a Hinglish word as a misspelt cue ("funda" as "fund"); a
"by" or "tak" year as a claim of the year ("by 2015?" is no "in 2015?"); "6?" after the visit's outcomes as a sum put
in the answer's place (the 5 of "Chandrayaan 5" is no sum); "dusra" as "the other" when both items were named; "where?"
after "what happened in 2017?" without the year it asks about; "is it true that it counters china?" after QUAD, read
without the QUAD "it" points at.
"""

from __future__ import annotations

import pytest

from bot.core.answering.matcher import AGREES_NOTE, CONFIRMS_NOTE
from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize("question", ["CEPA ka funda kya hai?", "QUAD ka funda samjhao"])
def test_a_hinglish_word_is_no_misspelt_cue(shipped: KnowledgeService, question: str) -> None:
    assert "cost" not in shipped.matcher.read(question).attributes


@pytest.mark.parametrize("claim", ["by 2015?", "2015 tak na?"])
def test_a_year_said_with_by_is_no_claim_of_the_year(shipped: KnowledgeService, claim: str) -> None:
    outcome = last_reply(shipped, "when did CEPA come into effect?", claim)
    assert not isinstance(outcome, Correction), outcome


def test_a_count_after_a_list_of_names_is_no_sum_claimed(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what were the key outcomes of the visit?", "6?")
    assert not isinstance(outcome, Correction), outcome


def test_a_name_with_a_number_gave_no_sum_to_agree_with(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what space agreement did they sign?", "5 na?")
    assert not (isinstance(outcome, Answer) and outcome.note == AGREES_NOTE), outcome


def test_dusra_with_both_items_named_is_the_second(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "JIMEX aur Dharma Guardian kya hai?", "dusra bilateral exercise kaunsa hai?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith("Item 2 in that list is Dharma Guardian")


def test_a_year_asked_about_stays_the_subject(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what happened in 2017?", "where?")
    assert isinstance(outcome, Partial), outcome
    assert "2017" in outcome.related[0].fact.fact.answer


def test_it_in_a_claim_after_a_thing_is_that_thing(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what does QUAD do?", "is it true that it counters china?")
    assert isinstance(outcome, Partial), outcome
    assert "QUAD" in outcome.related[0].fact.fact.answer


# ---------------------------------------------------------------- the third review's findings (session 40)
@pytest.mark.parametrize(
    "question",
    [
        "does gujarat have a partnership with yamanashi?",
        "is MAHSR in japan?",
        "was there a clean energy initiative?",
        "does the economic security initiative cover emerging telecom?",
        "is AAGC in india?",
    ],
)
def test_no_yes_for_words_of_different_items_or_places(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not (isinstance(outcome, Answer) and outcome.note == CONFIRMS_NOTE), outcome


def test_a_country_alone_after_a_thing_is_no_claim_of_its_own(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is SCRI?", "with the US right?")
    assert not isinstance(outcome, Answer), outcome


def test_a_year_naming_the_thing_stays_in_the_follow_up(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what are the 2015 pacts?", "when were they signed?")
    assert isinstance(outcome, Answer), outcome
    assert "2015" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("first", "claim", "key"),
    [
        ("when was AAGC established?", "SSGP happened in 2015 is it?", "2014"),
        ("what is QUAD?", "MALABAR is bilateral is it?", "multilateral"),
    ],
)
def test_is_it_closing_a_statement_asks_whether_it_is_so(
    shipped: KnowledgeService, first: str, claim: str, key: str
) -> None:
    outcome = last_reply(shipped, first, claim)
    assert isinstance(outcome, Correction), outcome
    assert key in outcome.related[0].fact.fact.answer


def test_it_after_the_pillars_is_not_the_article(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what are the pillars of india japan relations?", "how long is it?")
    assert not (isinstance(outcome, Answer) and "min read" in outcome.best.fact.fact.answer), outcome


def test_a_figure_of_another_fact_is_no_claim_about_the_one_given(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what does india japan economic cooperation involve?", "17.69 na?")
    assert not isinstance(outcome, Correction), outcome


def test_a_sum_with_its_measure_asks_what_the_figure_is(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "japan exports?", "what is 22.85 billion?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "bilateral_trade_total"


def test_a_doubt_setting_two_owners_side_by_side_is_not_corrected(shipped: KnowledgeService) -> None:
    # The member doubts a true answer ("India's competitiveness"); read with "it" as the IJICP and its "not japan's",
    # the claim was "corrected" with the IJICP's launch year.
    outcome = last_reply(
        shipped,
        "what is the india japan industrial competitiveness partnership",
        "and when",
        "who benefits",
        "are you sure it's india's competitiveness not japan's",
    )
    assert not isinstance(outcome, Correction), outcome
