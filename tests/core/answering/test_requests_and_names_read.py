"""Requests, lists and names the red teams of session 54 found read wrongly.

- "is article se 5 MCQ bana do" got the Supply Chain Resilience Initiative ("bana" read as "set up"): a request for
  practice questions is a task for the quiz command, told so, whatever it is about.
- "japan se import me kaunsa nahi hai: nuclear reactors, copper, vehicles" answered "copper" ("se" was dropped from
  the stem as if it pointed at the list, so India's exports were read).
- "gujarat aur kerala me se kiski ... nahi hai" got "Right, not Kerala": a "which" question denies nothing itself.
- "बाकी 3 lines of effort कौन सी हैं?" was corrected with the eight: how many are left claims no count of the list.
- "तीसरा?" with nothing before got the SCRI ("third country"); in English "third?" was asked back.
- "what is the economic security council" got the Economic Security Initiative: a name putting its own kind where a
  name of the material has another is not that name.
- "fuel prices" got the fuel initiative as if it gave a price.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction, Decline, DeclineReason, Partial
from bot.core.answering.present import outcome_text
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question",
    [
        "make 5 MCQs from this article",
        "create mcqs on quad",
        "is article se 5 MCQ bana do",
        "इस लेख से 5 MCQ बना दो",
        "quad pe 5 sawal bana do",
    ],
)
def test_a_request_for_practice_questions_points_to_the_quiz(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Decline), outcome
    assert outcome.reason is DeclineReason.TASK
    assert "/quiz" in outcome_text(outcome)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("make a summary of the article", "article_summary_gist"),
        ("ek summary bana do", "article_summary_gist"),
        ("aagc kab bana", "aagc_year"),
        ("which questions does the 2+2 dialogue take up", "two_plus_two"),
    ],
)
def test_other_requests_and_questions_are_answered(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


def test_where_from_stays_in_the_stem_of_which_is_not(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "japan se import me kaunsa nahi hai: nuclear reactors, copper, vehicles")
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith("\u201cvehicles\u201d")
    assert outcome.best.fact.fact.id == "india_imports_from_japan"


def test_which_of_two_is_not_so_denies_nothing(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "gujarat aur kerala me se kiski prefecture partnership listed nahi hai")
    assert not isinstance(outcome, Answer | Correction), outcome
    # (A denial it still confirms: "CEPA 2014 me nahi aaya na?" is right, and says the year.)
    denial = last_reply(shipped, "cepa 2014 me nahi aaya na?")
    assert isinstance(denial, Answer), denial
    assert denial.note.startswith("Right, not 2014")


@pytest.mark.parametrize(
    "question",
    [
        "what are the remaining 3 lines of effort",
        "baaki 3 lines of effort kaunsi hai",
        "बाकी 3 lines of effort कौन सी हैं?",
    ],
)
def test_how_many_are_left_claims_no_count(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(last_reply(shipped, question), Correction | Answer)


def test_a_count_claimed_is_still_corrected(shipped: KnowledgeService) -> None:
    assert isinstance(last_reply(shipped, "the joint vision has 3 lines of effort right?"), Correction)


@pytest.mark.parametrize("question", ["तीसरा?", "दूसरा?", "third?"])
def test_an_ordinal_in_hindi_with_no_list_before_is_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Clarify)


def test_an_ordinal_in_hindi_after_a_list_names_its_item(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "What are the three pillars of India-Japan relations?", "तीसरा?")
    assert isinstance(outcome, Answer), outcome
    assert "development cooperation" in (outcome.note or "")


@pytest.mark.parametrize(
    "question",
    ["what is the economic security council", "economic security council kya hai"],
)
def test_a_name_with_another_kind_in_place_of_its_own_is_not_that_name(
    shipped: KnowledgeService, question: str
) -> None:
    assert not isinstance(last_reply(shipped, question), Answer)


@pytest.mark.parametrize(
    "question",
    ["what is the economic security initiative", "what is the mahsr project", "what is the joint vision plan"],
)
def test_a_name_with_its_own_kind_or_a_kind_word_after_it_is_that_name(
    shipped: KnowledgeService, question: str
) -> None:
    assert isinstance(last_reply(shipped, question), Answer)


@pytest.mark.parametrize("question", ["what does it say about fuel prices", "fuel prices ke baare me kya bola"])
def test_prices_ask_a_cost(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert "cost" in outcome.missing
