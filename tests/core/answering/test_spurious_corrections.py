"""Corrections only where the material says otherwise (red team, session 37).

- "india's primary export to japan is nuclear reactors only" was told "it is the other way round: India's primary
  imports from Japan include nuclear reactors ...": the fact on India's exports names a nuclear reactor too, and lacks
  only "primary", which is how the material words the imports. A fact running the asked way that lacks only a plain
  word the other way's fact has shows nothing is turned round.
- "has japan ever been a non-permanent member of unsc" was told "The study material says otherwise" against
  "candidacy for a permanent seat": the word "non-permanent" qualifies ("member") is not the fact's ("seat").
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "question",
    [
        "india's primary export to japan is nuclear reactors only",
        "has japan ever been a non-permanent member of unsc",
        "is india a non-permanent member?",
    ],
)
def test_what_the_material_does_not_contradict_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Correction)


@pytest.mark.parametrize(
    "claim",
    [
        "india's primary exports to japan include copper?",  # copper is an import
        "india exports copper to japan?",
        "do india and japan back each other for a non-permanent seat?",  # the seat is a permanent one
        "India and Japan support each other's candidacy for a non-permanent seat, right?",
    ],
)
def test_what_the_material_contradicts_is_still_corrected(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Correction)
