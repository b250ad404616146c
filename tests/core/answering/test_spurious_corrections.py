"""Corrections only where the material says otherwise (red team, session 37).

- "india's primary export to japan is nuclear reactors only" was told "it is the other way round: India's primary
  imports from Japan include nuclear reactors ...": the fact on India's exports names a nuclear reactor too, and lacks
  only "primary", which is how the material words the imports. A fact running the asked way that lacks only a plain
  word the other way's fact has shows nothing is turned round.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "question",
    [
        "india's primary export to japan is nuclear reactors only",
    ],
)
def test_what_the_material_does_not_contradict_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Correction)


@pytest.mark.parametrize(
    "claim",
    [
        "india's primary exports to japan include copper?",  # copper is an import
        # The seat the two back is a permanent one (review, session 37: kept when the word after the prefix differs).
        "japan supports india for a non-permanent unsc seat right?",
        "india and japan support each other's non-permanent candidacy right?",
        "india and japan back each other for non-permanent membership of unsc",
        "india exports copper to japan?",
    ],
)
def test_what_the_material_contradicts_is_still_corrected(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(shipped.matcher.ask(claim), Correction)
