"""A question giving a section's whole title asks for that section (red team, session 39).

"what is the role of india japan in global and regional order" was "doesn't give its aim or purpose" with the article's
gist: "role" asked a purpose, though it is a word of the section's title ("Role of India-Japan in Global and Regional
Order"). A question holding a section's whole title, with at most one word of its own, that no fact answers, is
answered with that section's summary, as "summarize ... section" is.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.answering.sections import SECTION_FACT_PREFIX
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "question",
    [
        "what is the role of india japan in global and regional order",
        "role of india-japan in global and regional order",
    ],
)
def test_the_section_is_summed_up(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id.startswith(SECTION_FACT_PREFIX)


@pytest.mark.parametrize(
    "question",
    [
        "what is the role of quad",
        "how do india and japan cooperate on african development and why",
        # A fact that answers it keeps it (the pillars' list is what "the second one?" then points into).
        "what are the pillars of india japan relations",
    ],
)
def test_part_of_a_title_is_no_section(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not (isinstance(outcome, Answer) and outcome.best.fact.fact.id.startswith(SECTION_FACT_PREFIX)), outcome
