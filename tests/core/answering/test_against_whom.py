"""'Against whom?' is asked of the thing before it, and asked back with nothing before (red team, session 54: "kiske
against?" after QUAD got Japan leaning on the US-led alliance, and "against whom?" alone got the same).

"Against" is a word of countering (the glossary's "counter"): QUAD's fact says what it counters.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("QUAD ke through kya coordinate karte hai?", "kiske against?"),
        ("what does QUAD do?", "against whom?"),
        ("QUAD क्या करता है?", "किसके खिलाफ?"),
    ],
)
def test_against_whom_after_a_thing_is_asked_of_it(shipped: KnowledgeService, first: str, follow_up: str) -> None:
    outcome = last_reply(shipped, first, follow_up)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "quad"


@pytest.mark.parametrize("question", ["against whom?", "kiske against?", "किसके खिलाफ?"])
def test_against_whom_with_nothing_before_is_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Clarify)


def test_a_question_naming_what_counters_is_answered(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "who is QUAD against?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "quad"
