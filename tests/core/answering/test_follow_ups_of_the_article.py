"""After an answer about the article itself, "it" in a follow-up is the article (session 40).

"who wrote it?" after the article's dates carried "updated" as the subject and got "did you mean" (or the update
date as a partial answer); the article's publisher is what the material gives on who is behind it. A member asking
who wrote the article is told the material names no writer, with its publisher shown.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("turns", "key"),
    [
        (("when was this article posted?", "and updated?", "who wrote it?"), "Vision IAS"),
        (("who published the article", "when was it updated"), "08 Oct 2025"),
        (("when was the article posted", "what is its title"), "India-Japan Partnership"),
    ],
)
def test_it_is_the_article(shipped: KnowledgeService, turns: tuple[str, ...], key: str) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer | Partial), outcome
    shown = outcome.matches if isinstance(outcome, Answer) else outcome.related
    assert any(key in m.fact.fact.answer for m in shown)


@pytest.mark.parametrize("question", ["who wrote the article", "who is the author of this article"])
def test_the_writer_is_not_given_but_the_publisher_is(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial), outcome
    assert any("Vision IAS" in m.fact.fact.answer for m in outcome.related)


def test_it_after_a_fact_of_the_partnership_is_not_the_article(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is AAGC", "when was it set up")
    assert isinstance(outcome, Answer), outcome
    assert "2017" in outcome.best.fact.fact.answer
