"""A whole question opened by "and" with nothing before it is read as the question after the "and" (session 40).

"and what does india import mostly" as a member's first message was asked back ("what does 'and what does india'
refer to?"), though it names its side of a relation; and "and what does japan export" was read as asking the amount,
where the same words without "and" ask for the goods. A continuation with nothing to continue still asks back.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("and what does india import mostly", "primary imports"),
        ("and what does japan export", "primary imports"),
        ("and what are india's exports", "organic chemicals"),
        ("and when did cepa come into effect", "2011"),
    ],
)
def test_a_whole_question_is_answered(shipped: KnowledgeService, question: str, key: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert key in outcome.best.fact.fact.answer


def test_it_reads_as_the_question_without_the_and(shipped: KnowledgeService) -> None:
    with_and = shipped.matcher.respond("and what does japan export").outcome
    without = shipped.matcher.respond("what does japan export").outcome
    assert isinstance(with_and, Answer)
    assert isinstance(without, Answer)
    assert with_and.best.fact.fact.id == without.best.fact.fact.id


@pytest.mark.parametrize("question", ["aur UP ka?", "and the exports?", "and when?", "and gujarat?"])
def test_a_bare_continuation_is_still_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.respond(question).outcome, Clarify)


@pytest.mark.parametrize(
    ("turns", "kind", "key"),
    [
        (("Is JIMEX bilateral?", "and MALABAR is multilateral?"), Answer, "MALABAR"),
        (("Is JIMEX bilateral?", "and MALABAR is bilateral?"), Correction, "multilateral exercises (MILAN, MALABAR)"),
        (("and MALABAR is bilateral?",), Correction, "multilateral exercises (MILAN, MALABAR)"),
    ],
)
def test_a_claim_naming_its_own_subject_is_checked_as_it_stands(
    shipped: KnowledgeService, turns: tuple[str, ...], kind: type, key: str
) -> None:
    # After "is JIMEX bilateral?", the true "and MALABAR is multilateral?" was read with JIMEX and "corrected".
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, kind), outcome
    shown = outcome.best.fact.fact.answer if isinstance(outcome, Answer) else outcome.related[0].fact.fact.answer
    assert key in shown
