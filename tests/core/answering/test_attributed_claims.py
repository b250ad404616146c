"""A claim opened by who makes it is the claim (red team, session 37).

"coaching notes say bilateral trade was 21.85 bn" got "The material doesn't give figures for 21.85" and "testbook
says ijicp 2020" was declined: "coaching", "testbook" were words the fact had to hold, and "bn" was no magnitude. A few
words and a verb of saying opening a message say who claims what follows (``attribution_verbs``), and "bn"/"mn"
are read as "billion"/"million".
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.language.text import tokenize
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


@pytest.mark.parametrize(
    "question",
    [
        # A name of the world before "states" is what the message is about, not who claims (review, session 37).
        "indian states paired with japan",
        "southern states paired with japan",
        # "22850 million" is the material's "22.85 billion": no other magnitude.
        "bilateral trade was 22850 mn right?",
        "japan exports 17690 million right?",
    ],
)
def test_no_claim_is_corrected_for_words_read_amiss(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Correction)


def test_bn_and_mn_are_magnitudes_only_after_a_figure() -> None:
    assert list(tokenize("trade was 21.85 bn")) == ["trade", "was", "21.85", "billion"]
    assert list(tokenize("scri mn kaun kaun hai")) == ["scri", "mn", "kaun", "kaun", "hai"]  # Hinglish "mein"
