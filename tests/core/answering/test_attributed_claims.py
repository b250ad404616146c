"""A claim opened by who makes it is the claim (red team, session 37).

"coaching notes say bilateral trade was 21.85 bn" got "The material doesn't give figures for 21.85" and "testbook
says ijicp 2020" was declined: "coaching", "testbook" were words the fact had to hold, and "bn" was no magnitude. A few
words and a verb of saying opening a message say who claims what follows (``attribution_verbs``), and "bn"/"mn"
are read as "billion"/"million".
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "claim",
    [
        "coaching notes say bilateral trade was 21.85 bn",
        "testbook says ijicp 2020",
        "vision ias notes mention that AAGC was set up in 2016",
        "bilateral trade was 21.85 bn right?",
    ],
)
def test_an_attributed_false_claim_is_corrected(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Correction)


@pytest.mark.parametrize(
    "question",
    [
        "testbook says ijicp was launched in 2021",
        "my coaching teacher told that cepa came in 2011",
        "what does the article say about cepa",  # asks what is said; attributes nothing
        "india japan trade 22.85 bn hai na",
    ],
)
def test_an_attributed_true_claim_or_a_question_is_answered(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer)
