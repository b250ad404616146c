"""A country's adjective owns the word after it, as "X's" does (red team, session 37).

"japan addresses russian assertiveness through us alliance" was answered with "Where Japan answers Chinese
assertiveness through the US-led alliance system, ...": Russia is named in the same fact (India's balance of ties),
so the claim's "Russian assertiveness" met nothing that said it was another country's. "Chinese assertiveness" now
reads as China's, in the question and in the fact alike.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


def test_a_thing_given_another_country_s_adjective_is_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("japan addresses russian assertiveness through us alliance")
    assert isinstance(outcome, Correction), outcome


@pytest.mark.parametrize(
    "question",
    [
        "japan addresses chinese assertiveness through us alliance",
        "how does japan deal with chinese assertiveness",
        "which japanese prefecture is paired with andhra pradesh",
    ],
)
def test_the_adjective_the_fact_gives_is_answered(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Answer)


def test_the_adjective_is_read_as_an_owner(shipped: KnowledgeService) -> None:
    owners = shipped.matcher.scorer.owners("To counter Chinese assertiveness and unilateralism, Japan leans on ...")
    assert ("assert", "China") in owners
