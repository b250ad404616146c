"""Words of Hinglish and Hindi questions the red teams of session 53 found unread (they got suggestions, a decline or
"no aim given"): "badhata"/"badhane" (enhance), "jodta" (connects), "dusra naam" (other name), "kaun ...
follow karta" (who follows it: "karta" after a who-word is the act's verb) and "मुख्यतः" (mainly).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("ijicp kiski industrial competitiveness badhata", "ijicp_aim"),
        ("act east forum kin policies ko jodta hai", "act_east_forum_anchors"),
        ("chandrayaan 5 ka dusra naam kya hai", "chandrayaan_5"),
        ("strategic autonomy kaun follow karta", "india_approach"),
        ("भारत जापान से मुख्यतः क्या आयात करता है", "india_imports_from_japan"),
    ],
)
def test_the_word_is_read(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact


def test_what_a_thing_does_is_still_asked_with_karta(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "AAGC kya karta hai")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "aagc_aim"


@pytest.mark.parametrize("question", ["MAHSR कितनी लंबी है?", "MAHSR क्या है और कितनी लंबी है?"])
def test_how_long_in_hindi_asks_a_length_the_material_does_not_give(shipped: KnowledgeService, question: str) -> None:
    # (Session 54's red team: the second part, read as "how much" and "long", got the Joint Vision's ten years.)
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial), outcome
    assert all("10-year" not in m.fact.fact.answer for m in outcome.related)
