""" "tell me more", "aur batao", "और बताओ", "anything else?" after an answer ask for more of the same thing (red team,
session 52: they got "I couldn't find a question in that message").

What else the material says of it, not shown yet, is the answer; "what else?" after what a thing covers asks what else
it covers; and when there is no more, the bot says so.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Decline, DeclineReason
from bot.core.answering.present import outcome_text
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("first", "more"),
    [
        ("what is the AAGC?", "tell me more"),
        ("AAGC kya hai?", "aur batao"),
        ("AAGC क्या है?", "और बताओ"),
        ("what is the AAGC?", "anything else?"),
        ("what is the AAGC?", "aur kuch?"),
    ],
)
def test_more_after_an_answer_is_another_fact_of_the_same_thing(
    shipped: KnowledgeService, first: str, more: str
) -> None:
    outcome = last_reply(shipped, first, more)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "aagc_year"


def test_more_again_goes_on_past_what_was_shown(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is the AAGC?", "tell me more", "tell me more")
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id not in {"aagc_year", "aagc_aim"}


def test_what_else_after_what_a_thing_covers_asks_what_else_it_covers(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what does CEPA cover?", "what else?")
    assert isinstance(outcome, Decline), outcome
    assert outcome.reason is DeclineReason.NOTHING_MORE
    assert outcome_text(outcome).startswith("That is all the study material says about it")


def test_more_with_nothing_before_finds_no_question(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "tell me more")
    assert isinstance(outcome, Decline), outcome
    assert outcome.reason is DeclineReason.EMPTY
