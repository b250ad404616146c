"""Short messages read against what came before, or standing alone (red teams, session 53):

- "dusra wala?" after a list is its second item (it was read as "the other one" and asked back);
- "the development one?", "telecom wala?" name an item, "one"/"wala" standing for it;
- "what were the key outcomes?" after why the ties are in the news is a fact's own question, not bent towards "news"
  (it got the six other outcomes);
- "kya india ne NPT sign nahi kiya hai?" asks whether it is so (it was read as "which is not" and declined);
- "which bilateral exercises are held between India and Japan?" asks which, not where ("held");
- "bilateral kaunse?" asks which things are bilateral, not what the article says of the ties.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.answering.present import outcome_text
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


def test_dusra_after_a_list_is_its_second_item(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "state prefecture partnerships kitni hain?", "naam batao", "dusra wala?")
    assert isinstance(outcome, Answer), outcome
    assert outcome_text(outcome).startswith("Item 2 of 4 in that list is Tamil Nadu with Ehime")


def test_dusra_after_a_choice_is_still_the_other_option(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "which came first, CEPA or IJICP?", "dusra wala kab aaya?")
    assert isinstance(outcome, Answer), outcome
    assert "2021" in outcome_text(outcome)


@pytest.mark.parametrize(
    ("first", "then", "item"),
    [
        ("What are the pillars of India-Japan relations?", "the security one?", "Item 2 of 3"),
        ("Economic Security Initiative me kaunse sectors hain?", "telecom wala?", "Item 3"),
        ("what does india import from japan", "the copper one?", "Item 2"),
    ],
)
def test_an_item_named_with_one_or_wala(shipped: KnowledgeService, first: str, then: str, item: str) -> None:
    outcome = last_reply(shipped, first, then)
    assert isinstance(outcome, Answer), outcome
    assert outcome_text(outcome).startswith(item)


def test_a_fact_s_own_question_after_another_is_not_bent(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "Why is the India-Japan partnership in the news?", "what were the key outcomes?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "key_outcomes_overview"


@pytest.mark.parametrize("question", ["kya india ne NPT sign nahi kiya hai?", "kya bharat ne NPT sign nahi kiya?"])
def test_kya_opening_a_negated_statement_asks_whether(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "npt_concern"


def test_kya_asking_what_is_not_there_is_still_which_is_not(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "kya nahi hai CEPA me?")
    assert not isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    "question",
    ["Which bilateral exercises are held between India and Japan?", "what exercises are held by india and japan"],
)
def test_which_things_are_held_asks_which(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "bilateral_exercises"


def test_where_it_is_held_still_asks_a_place(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "where is JIMEX held")
    assert not isinstance(outcome, Answer), outcome


def test_which_are_bilateral_is_not_about_the_ties(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "bilateral kaunse?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "bilateral_exercises"
