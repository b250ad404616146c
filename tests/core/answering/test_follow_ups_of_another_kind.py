"""Follow-ups that ask who takes part, or for another thing of the kind just answered (session 38).

After "what is the 2+2 dialogue", "who takes part" was offered as "did you mean": "takes part" only carries what it
is asked of, yet was left as words a fact had to hold. It now asks who of the thing before it, and with nothing
before it, the bot asks back. After the Economic Security Initiative, "and the other initiative on supply chains" was
answered with that initiative's own sectors: "the other initiative" puts another thing of its kind in its place, so
no fact about it answers.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize("follow_up", ["who takes part", "who participates", "who takes part?"])
def test_who_takes_part_asks_it_of_the_thing_before(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, "what is the 2+2 dialogue", follow_up)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "two_plus_two"


@pytest.mark.parametrize("question", ["who takes part", "who participates?"])
def test_who_takes_part_with_nothing_before_is_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Clarify)


def test_who_takes_part_in_a_named_thing_is_answered(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("who takes part in the 2+2 dialogue")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "two_plus_two"


@pytest.mark.parametrize(
    ("first", "follow_up", "not_about"),
    [
        ("tell me about the economic security initiative", "and the other initiative on supply chains", "Economic"),
        ("what is scri", "any other initiative?", "Supply Chain Resilience"),
        ("what is the economic security initiative", "any other initiative?", "Economic Security"),
    ],
)
def test_the_other_one_of_a_kind_is_not_the_thing_before(
    shipped: KnowledgeService, first: str, follow_up: str, not_about: str
) -> None:
    outcome = last_reply(shipped, first, follow_up)
    assert isinstance(outcome, Answer), outcome
    assert not_about not in outcome.best.fact.fact.answer


def test_other_members_of_the_thing_before_stay_with_it(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is scri", "what other countries are in it")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "scri"


def test_another_of_a_kind_the_material_does_not_name_is_not_answered(shipped: KnowledgeService) -> None:
    # Review, session 38: "what other corridor?" after the AAGC got an initiative; the material names no other corridor.
    outcome = last_reply(shipped, "what is the aagc", "what other corridor?")
    assert not isinstance(outcome, Answer), outcome
