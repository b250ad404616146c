"""After Japan's exports, "and India to Japan?" asks the worth the other way, no claim to correct (session 49).

After "How much did Japan export to India?", "and India to Japan?" got "The study material says it is the other way
round" with Japan's 17.69 billion: the "how much" carried over from the question before made the follow-up look as if it
asked something of its own, so it was read as a claim of India's exports, reversed. It is the sum asked again of the
other side, worked out from the material's figures (22.85 - 17.69 = 5.16), also when the question before named only
where the goods came from ("Japan se export kitna?").
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "turns",
    [
        ("How much did Japan export to India?", "and India to Japan?"),
        ("Japan se export kitna?", "and India to Japan?"),
        ("Japan se export kitna?", "aur India ka Japan ko?"),
    ],
)
def test_the_sum_the_other_way_is_worked_out(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Partial), outcome
    assert "5.16" in outcome.worked
