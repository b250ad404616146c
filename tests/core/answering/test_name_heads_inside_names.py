"""A name's last word, when it is a kind of named thing, says what the thing is (red team, session 36).

"Which corridor is for Africa?" was answered with the other Africa initiative: "corridor" inside "Asia-Africa Growth
Corridor" counted as a word only of the name, as "speed" inside "High Speed Rail" rightly does.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "question", ["Which corridor is for Africa?", "which corridor did india and japan set up together"]
)
def test_the_kind_a_name_ends_in_is_what_the_thing_is(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert "Asia-Africa Growth Corridor" in outcome.best.fact.fact.answer


def test_another_word_inside_a_name_still_names_nothing_of_the_fact(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("what is the top speed of the high speed rail"), Answer)
