"""Hindi words for a level, a status, reaching and "before that" (language data, not code).

A red team found "भारत और जापान के संबंध किस स्तर के हैं?" (at what level are India-Japan ties?) answered with the
state-prefecture pairs: "स्तर" (level), written in Latin letters, was "star" and read as "sister"; and "उससे पहले क्या
था?" (what was it before that?) after the 2014 upgrade answered with the NPT.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question",
    [
        "भारत और जापान के संबंध किस स्तर के हैं?",
        "भारत-जापान संबंध 2014 में किस स्तर पर पहुंचे?",
        "भारत जापान संबंधों की वर्तमान स्थिति क्या है?",
        "india japan relations 2014 me kis level par pahunche?",
        "india japan rishton ki vartaman sthiti kya hai?",
    ],
)
def test_the_level_of_ties_asked_in_hindi_is_their_status(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "ssgp_2014"


@pytest.mark.parametrize(
    "turns",
    [
        ("भारत-जापान संबंध 2014 में किस स्तर पर पहुंचे?", "उससे पहले क्या था?"),
        ("what level did india japan relations reach in 2014?", "what was it before that?"),
    ],
)
def test_what_came_before_the_status_is_not_given(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Partial), outcome
    assert outcome.related[0].fact.fact.id == "ssgp_2014"
