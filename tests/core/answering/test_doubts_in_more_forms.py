"""Doubts and bare values in more forms are checked against the answer just given (session 40, red team).

Each was declined or answered with another fact: a year said with a Hinglish postposition ("2025 se na?" after the
SSGP's "kab se?", answered with the 2025 declaration); a near-miss sum after an answer that gave one though the question
asked none ("22.5 na?" after "2023-24 trade?"); a doubt in Devanagari ("गलत, 2019 था"); a hedged one ("2016 tha
shayad", "galat bola tumne, 23.85 hai").
"""

from __future__ import annotations

import pytest

from bot.core.answering.matcher import AGREES_NOTE, STANDS_NOTE
from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("turns", "key"),
    [
        (("What is the current status of India-Japan relations?", "kab se?", "2025 se na?"), "2014"),
        (("2023-24 trade?", "22.5 na?"), "22.85"),
        (("japan exports?", "17.96?"), "17.69"),
        (("एशिया-अफ्रीका ग्रोथ कॉरिडोर कब स्थापित हुआ?", "गलत, 2019 था"), "2017"),
        (("जापान का भारत को निर्यात?", "पक्का? मेरे नोट्स में 20 बिलियन है"), "17.69"),
        (("AAGC year?", "sure? 2016 tha shayad"), "2017"),
        (("India japan trade 2023-24?", "galat bola tumne, 23.85 hai"), "22.85"),
    ],
)
def test_the_doubt_is_corrected_with_the_answer(shipped: KnowledgeService, turns: tuple[str, ...], key: str) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Correction), outcome
    assert key in outcome.related[0].fact.fact.answer


def test_the_value_the_answer_gave_is_agreed_with(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "2023-24 trade?", "22.85 na?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == AGREES_NOTE


def test_a_bare_doubt_in_devanagari_stands_by_the_answer(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "cepa kab aaya", "पक्का?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == STANDS_NOTE


def test_a_year_after_a_sum_asks_what_happened_then(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "2023-24 trade?", "2017?")
    assert isinstance(outcome, Answer), outcome
    assert "2017" in outcome.best.fact.fact.answer
