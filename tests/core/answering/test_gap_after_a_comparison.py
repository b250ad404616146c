"""After two things compared by their dates, "gap?" asks the years between them (red team, session 39).

"which came first, AAGC or IJICP", then "gap?" was "did you mean": only "gap between them" asked it after a
comparison, while "gap?" alone did after two things dated in turn. Either way it now asks the years between the two.
"aagc kb bna" (chat spellings of "kab bana") was "did you mean" too.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "turns",
    [
        ("which came first, AAGC or IJICP", "gap?"),
        ("which came first, AAGC or IJICP", "difference?"),
        ("aagc year", "and ijicp?", "gap?"),
    ],
)
def test_the_years_between_the_two_are_worked_out(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith("AAGC (2017) came 4 years before IJICP (2021)")


@pytest.mark.parametrize(("question", "key"), [("aagc kb bna", "2017"), ("ssgp kb bni", "2014")])
def test_hinglish_chat_spellings_are_read(shipped: KnowledgeService, question: str, key: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert key in outcome.best.fact.fact.answer
