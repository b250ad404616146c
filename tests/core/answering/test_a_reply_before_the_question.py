"""A word answering the bot before a new question ("theek hai, ...", "achha, ...", "fine, ...") is no part of it
(red team, session 52).

After a declined first question, "theek hai, CEPA kab lagu hua?", "fine, when was the AAGC set up?" and
"ठीक है, भारत जापान का व्यापार कितना है?" were split at the comma into an unknown first part and the question, and got
"doesn't give an answer to every part"; "achha IJICP kab launch hua?" left "achha" as a word to find.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("turns", "fact_id"),
    [
        (("what is the capital of japan?", "theek hai, CEPA kab lagu hua?"), "cepa_year"),
        (("who is the PM of japan?", "fine, when was the AAGC set up?"), "aagc_year"),
        (("ठीक है, भारत जापान का व्यापार कितना है?",), "bilateral_trade_total"),
        (("अच्छा, CEPA कब लागू हुआ?",), "cepa_year"),
        (("achha IJICP kab launch hua?",), "ijicp_year"),
        (("acha to SCRI me kaun kaun hai?",), "scri"),
    ],
)
def test_a_reply_to_the_bot_before_a_question_names_nothing(
    shipped: KnowledgeService, turns: tuple[str, ...], fact_id: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # "maksad" is how many write "maqsad" (aim): it was a word to find (red team, session 52).
        ("aagc ka maksad", "aagc_aim"),
        # "karta" after a word of a relation is that relation's verb, not "what does it do".
        ("india japan se kya import karta", "india_imports_from_japan"),
    ],
)
def test_hinglish_words_of_an_aim_and_of_a_relation(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id
