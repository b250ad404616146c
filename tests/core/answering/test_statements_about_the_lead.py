"""Numbered statements about what the lead names, and options about the other options (Hindi red team, session 49).

"मिलन और मालाबार के संबंध में: 1. दोनों बहुपक्षीय अभ्यास हैं 2. दोनों भारत-जापान के द्विपक्षीय अभ्यास हैं" had statement 2
"correct": "Both are bilateral exercises" was judged alone, as "some bilateral exercises exist", and Hindi puts "के संबंध
में" (regarding) after what the statements are about. "(d) इनमें से कोई नहीं" (none of these) was picked as the odd one
out: an option about the other options is no thing the material could list.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "question",
    [
        "With reference to MILAN and MALABAR: 1. Both are multilateral exercises 2. Both are bilateral exercises"
        " of India and Japan. Which statement is correct?",
        "मिलन और मालाबार के संबंध में: 1. दोनों बहुपक्षीय अभ्यास हैं 2. दोनों भारत-जापान के द्विपक्षीय अभ्यास हैं। कौन सा कथन सही है?",
    ],
)
def test_a_statement_pointing_at_the_lead_is_judged_of_it(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert "Statement 1 is correct. Statement 2 is not correct." in outcome.note


@pytest.mark.parametrize(
    "question",
    [
        "which of the following is not a bilateral exercise of India and Japan? (a) JIMEX (b) Dharma Guardian"
        " (c) MALABAR (d) none of these",
        "निम्नलिखित में से कौन सा भारत-जापान का द्विपक्षीय अभ्यास नहीं है? (a) JIMEX (b) धर्मा गार्डियन (c) मालाबार"
        " (d) इनमें से कोई नहीं",
    ],
)
def test_none_of_these_is_no_option_to_pick(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert "malabar" in outcome.note.casefold()
    assert "none" not in outcome.note.casefold()
