"""A bound written after its figure, with the magnitude and currency between, is read (red team, session 49).

"क्या बिलेटरल ट्रेड 20 अरब डॉलर से ज्यादा था?" (was bilateral trade more than 20 billion dollars?) was corrected, the
22.85 billion being "not 20": word by word "से ज्यादा" read "from more", and in Hinglish "20 arab dollar se zyada" the
currency stood between the figure and its bound. Hindi's bound words now read as Hinglish's, and a magnitude and a
currency may stand between.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("kya bilateral trade 20 arab dollar se zyada tha?", Answer),
        ("क्या बिलेटरल ट्रेड 20 अरब डॉलर से ज्यादा था?", Answer),
        ("क्या जापान का भारत को निर्यात 15 अरब डॉलर से अधिक था?", Answer),
        ("क्या बिलेटरल ट्रेड 25 अरब डॉलर से ज्यादा था?", Correction),
        ("kya japan ka export 20 billion dollar se zyada tha?", Correction),
        ("क्या बिलेटरल ट्रेड 30 अरब डॉलर से कम था?", Answer),
    ],
)
def test_a_bound_after_its_figure_is_checked(shipped: KnowledgeService, question: str, kind: type) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, kind), outcome


@pytest.mark.parametrize(
    "turns",
    [
        ("what was india japan trade?", "was it less than 20 billion dollars?"),
        ("india japan trade kitna tha?", "20 arab dollar se kam tha?"),
        ("भारत जापान व्यापार कितना था?", "22 अरब डॉलर से कम था?"),
    ],
)
def test_a_bound_after_an_answer_is_checked_against_its_figure(
    shipped: KnowledgeService, turns: tuple[str, ...]
) -> None:
    # Japan's exports (17.69) lie below 20, but the figure just given was the bilateral trade's 22.85.
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "bilateral_trade_total"
