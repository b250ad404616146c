"""With "they" and "it" in one question, "it" says what is asked about (session 40, red team).

"which year did they sign it" with nothing before it was answered with the 2025 Joint Declaration: only the first
pronoun was read, and "they" with nothing before it is the article's two partners. "it" still points back, to
something not yet said, so the question is asked back; after the AAGC it is the AAGC.
"""

from __future__ import annotations

from bot.core.answering.outcomes import Answer, Clarify
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


def test_it_with_nothing_before_is_asked_back(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("which year did they sign it")
    assert isinstance(outcome, Clarify), outcome
    assert outcome.reference == "it"


def test_it_after_a_thing_is_that_thing(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is aagc", "when did they set it up")
    assert isinstance(outcome, Answer), outcome
    assert "2017" in outcome.best.fact.fact.answer


def test_they_alone_is_still_the_partners(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("when did they set up aagc")
    assert isinstance(outcome, Answer), outcome
    assert "2017" in outcome.best.fact.fact.answer


def test_a_place_word_after_they_is_no_reference_of_its_own(shipped: KnowledgeService) -> None:
    # "what is their aim there?" after the G4: "their" is the partners', "there" the G4 just answered.
    outcome = last_reply(
        shipped, "In which grouping do India and Japan cooperate on UNSC reforms?", "what is their aim there?"
    )
    assert isinstance(outcome, Answer), outcome
    assert "G4" in outcome.best.fact.fact.answer
