"""Numbered items under a lead question are each asked that question (red team, session 48).

"Which of these does India export to Japan? 1. organic chemicals 2. vehicles 3. copper" said all three were correct:
each item was judged as a claim of its own, and copper is named by a fact (on India's imports). An item that says
nothing of its own (no verb) is asked the lead's question ("does India export to Japan copper"). A lead of "which of
the following ..." now opens such a list too (it was not read as one).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "verdicts"),
    [
        (
            "Which of these does India export to Japan per the article? 1. organic chemicals 2. vehicles 3. copper",
            "Statement 1 is correct. Statement 2 is correct. Statement 3 is not correct.",
        ),
        (
            "Which of the following does India import from Japan? 1. copper 2. vehicles 3. electrical machinery",
            "Statement 1 is correct. Statement 2 is not correct. Statement 3 is correct.",
        ),
        (
            "Which of the following are India's primary imports from Japan? 1. nuclear reactors 2. copper "
            "3. electrical machinery 4. organic chemicals",
            "Statement 1 is correct. Statement 2 is correct. Statement 3 is correct. Statement 4 is not correct.",
        ),
    ],
)
def test_each_item_is_asked_the_lead_question(shipped: KnowledgeService, question: str, verdicts: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith(verdicts)


def test_statements_that_say_something_are_still_judged_as_they_stand(shipped: KnowledgeService) -> None:
    question = (
        "Consider the following statements: 1. CEPA came into effect in 2011. 2. AAGC was set up in 2014. "
        "Which of the statements given above is/are correct?"
    )
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith("Statement 1 is correct. Statement 2 is not correct.")


def test_items_are_the_subject_of_a_lead_s_verb_after_its_kind_word(shipped: KnowledgeService) -> None:
    # "which of the following outcomes came from the visit?": each item "came from the visit" (they were all left
    # unjudged, as names said of nothing).
    outcome = shipped.matcher.ask(
        "Which of the following outcomes came from the PM's Japan visit? 1. AI initiative 2. Sustainable fuel "
        "initiative 3. SME Forum 4. Bullet train inauguration"
    )
    assert isinstance(outcome, Partial), outcome
    assert outcome.missing == "whether statement 4 is correct"
