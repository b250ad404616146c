"""Claims in more chat forms are checked against the material (red team, session 39).

"maharashtra has been paired with shizuoka prefecture" was declined for Maharashtra: "has been" made no statement,
so the state in Gujarat's place was never corrected; "... came in 2017 ryt" was declined for the tag typed "ryt".
"been" is now a stating verb and "ryt" shorthand for "right". (Reading Hinglish "mila", got, as filler was tried and
dropped: "japan se india ko kitna mila trade me" then lost its direction.)
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("claim", "stated"),
    [
        ("maharashtra has been paired with shizuoka prefecture", "Gujarat"),
        ("india japan industrial competitiveness partnership came in 2017 ryt", "2021"),
        # A wrong year beside words the material never uses ("under manmohan singh", "with germany") is still a wrong
        # year (these were declined for the words).
        ("cepa came into effect in 2013 under manmohan singh", "2011"),
        ("India Japan relationship became special strategic global partnership in 2000 under vajpayee", "2014"),
        ("ijicp launched in 2019 with germany", "2021"),
        # Red-team replay, session 39: Hinglish "... hai kya" at the end asks whether it is so, as "kya ..." first.
        ("malabar bilateral hai kya", "multilateral exercises (MILAN, MALABAR)"),
        ("jimex aur malabar dono bilateral hain kya", "multilateral exercises (MILAN, MALABAR)"),
        (
            "bhai mera doubt hai ki jimex aur malabar dono bilateral hain kya aur dharma guardian army ka hai kya",
            "multilateral exercises (MILAN, MALABAR)",
        ),
    ],
)
def test_the_false_claim_is_corrected(shipped: KnowledgeService, claim: str, stated: str) -> None:
    outcome = shipped.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome
    assert stated in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("gujarat has been paired with shizuoka", "Shizuoka"),
        ("ijicp came in 2021 ryt", "2021"),
    ],
)
def test_the_true_claim_or_question_is_answered(shipped: KnowledgeService, question: str, key: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert key in outcome.best.fact.fact.answer


def test_a_year_of_another_thing_in_a_comparison_is_not_corrected(shipped: KnowledgeService) -> None:
    # "2015" is the pacts' year, not CEPA's: the question compares, it claims no date of CEPA.
    assert not isinstance(shipped.matcher.ask("did CEPA come before the 2015 defence pacts?"), Correction)
