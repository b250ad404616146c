"""A year the question gives the partners is no thing's year to correct (session 48).

- "what did India and Japan establish in 2025?" was "corrected" with the 2015 defence pacts: the question's year was
  read as the partners' own, and the fact's pacts "of India and Japan" are dated 2015. The partners are the subject of
  every fact of the article; a year belongs to a thing named beside them, not to them.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "question",
    [
        "what did India and Japan establish in 2025?",
        "what did india and japan set up in 2025",
    ],
)
def test_a_year_of_the_partners_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Correction)


@pytest.mark.parametrize(
    ("claim", "year"),
    [
        ("India and Japan signed CEPA in 2015?", "2011"),
        ("india japan became SSGP in 2015 right?", "2014"),
        ("India and Japan started AAGC in 2014", "2017"),
    ],
)
def test_a_year_of_a_thing_named_beside_them_is_still_corrected(
    shipped: KnowledgeService, claim: str, year: str
) -> None:
    reply = shipped.matcher.ask(claim)
    assert isinstance(reply, Correction)
    assert year in reply.related[0].fact.fact.answer


@pytest.mark.parametrize(
    "question",
    [
        # "किए" closes a compound verb ("समझौते किए") as "did" closes an English question; it is no word to match.
        "भारत जापान ने 2015 में कौन से समझौते किए?",
        "which agreements did india and japan sign in 2015",
    ],
)
def test_a_year_asked_with_the_partners_finds_what_they_did(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert "2015" in outcome.best.fact.fact.answer
    assert "classified information" in outcome.best.fact.fact.answer


def test_a_claimed_year_of_a_thing_named_in_plain_words_is_still_corrected(shipped: KnowledgeService) -> None:
    # (Review, session 48: claimed, not asked, the partners' year stands for the pacts' own.)
    reply = shipped.matcher.ask("India and Japan concluded defence pacts in 2025?")
    assert isinstance(reply, Correction)
    assert "2015" in reply.related[0].fact.fact.answer


@pytest.mark.parametrize(
    ("question", "corrected"),
    [
        # A fact sharing only the verb, and not the year asked, contradicts nothing asked by its "not".
        ("what did India and Japan sign in 2013?", False),
        ("India signed the NPT in 2010?", True),
    ],
)
def test_a_denial_corrects_only_what_is_claimed(shipped: KnowledgeService, question: str, corrected: bool) -> None:
    assert isinstance(shipped.matcher.ask(question), Correction) is corrected
