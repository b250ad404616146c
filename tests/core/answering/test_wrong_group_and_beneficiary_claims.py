"""A claim naming the wrong grouping or the wrong beneficiary is corrected (false-premise red team, session 49).

"UNSC reform pe India Japan G7 me saath kaam karte hain na?" was a partial answer ("nothing on G7"): the G7 was in no
list of groupings beside the G4 the fact names. "IJICP aims to boost Japan's industrial competitiveness, right?" was
declined: "enhance" (the fact's word) was no word of the support relation, so the fact's beneficiary (India) went
unread.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("UNSC reform pe India Japan G7 me saath kaam karte hain na?", "g4_unsc_reform"),
        ("IJICP aims to boost Japan industrial competitiveness, right?", "ijicp_aim"),
        ("IJICP का उद्देश्य जापान की औद्योगिक प्रतिस्पर्धा बढ़ाना है, सही?", "ijicp_aim"),
    ],
)
def test_the_wrong_group_or_beneficiary_is_corrected(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    "question", ["IJICP boosts India industrial competitiveness, right?", "whose competitiveness does IJICP boost?"]
)
def test_the_right_beneficiary_is_confirmed(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "ijicp_aim"
