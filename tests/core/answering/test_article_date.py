"""The article's own date, asked without a verb, is when it was posted (red team, session 39).

"what is the article's date" and "article date?" were "I couldn't find a question in that message": the date is an
asked kind and "article" names no thing of the base. With no subject but the article and only "when" asked, the
question is read as "when was the article posted".
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize("question", ["what is the date of the article", "article date?", "what is the article's date"])
def test_the_article_date_is_its_posting(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert "04 Oct 2025" in outcome.best.fact.fact.answer


def test_a_date_of_a_thing_is_still_its_own(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("date of cepa")
    assert isinstance(outcome, Answer), outcome
    assert "2011" in outcome.best.fact.fact.answer
