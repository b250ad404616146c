"""Two dated things answered in one message are what "gap between them?" asks of next (red team, session 38).

After "cepa aur special strategic partnership", "dono ke beech kitne saal" (how many years between the two) was
answered with the Joint Vision's "10-year plan": nothing was compared before it, and "saal" met the fact with the
most years. With no two things just answered, the bot now asks back; and after "cepa and ssgp years", answered with
both facts, the two are what the gap is asked of.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("first", "gap", "note"),
    [
        ("cepa and ssgp years", "gap between them?", "3 years"),
        ("when did cepa and aagc start", "how many years apart", "6 years"),
        ("cepa kab aaya aur aagc kab bana", "dono ke beech kitne saal", "6 years"),
    ],
)
def test_the_gap_between_two_answered_together_is_worked_out(
    shipped: KnowledgeService, first: str, gap: str, note: str
) -> None:
    outcome = last_reply(shipped, first, gap)
    assert isinstance(outcome, Answer), outcome
    assert note in outcome.note


@pytest.mark.parametrize(
    "turns",
    [
        ("dono ke beech kitne saal",),
        ("gap between them?",),
        ("cepa aur special strategic partnership", "dono ke beech kitne saal"),
    ],
)
def test_a_gap_between_nothing_named_is_asked_back(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    assert isinstance(last_reply(shipped, *turns), Clarify)


def test_a_gap_between_two_named_things_is_answered(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("how many years apart were cepa and aagc")
    assert isinstance(outcome, Answer), outcome
    assert "6 years" in outcome.note
