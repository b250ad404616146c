"""A claim naming the wrong grouping is corrected (false-premise red team, session 49).

"UNSC reform pe India Japan G7 me saath kaam karte hain na?" was a partial answer ("nothing on G7"): the G7 was in no
list of groupings beside the G4 the fact names. (Reading "enhance" as the support relation, to correct "IJICP aims to
boost Japan's industrial competitiveness", was tried and dropped: it "corrected" true claims naming the partnership in
full, its "India-Japan" read as a doer.)
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("UNSC reform pe India Japan G7 me saath kaam karte hain na?", "g4_unsc_reform"),
        ("UNSC reform cooperation between India and Japan happens via the G7, right?", "g4_unsc_reform"),
    ],
)
def test_the_wrong_group_is_corrected(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "Does the India-Japan Industrial Competitiveness Partnership enhance India's industrial competitiveness?",
        "UNSC reform pe India Japan G4 me saath kaam karte hain na?",
    ],
)
def test_a_true_claim_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert not isinstance(outcome, Correction), outcome
