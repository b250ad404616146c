"""Pair claims written as members write them (red team, session 37).

"gujarat-toyama are partners right" and "गुजरात का साझेदार टोयामा है ना" were answered with the list of pairs, as if
true: "are partners" was read as Toyama pairing with someone (one side only), and "टोयामा", transliterated "toyam",
was no name of the world, so no pair was claimed at all. The two places side by side now say which pair is claimed,
a transliterated word that sounds like a name is that name, and "of" (Hindi "का") links a claimed pair.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "claim",
    [
        "gujarat-toyama are partners right",
        "गुजरात का साझेदार टोयामा है ना",
        "the partner of gujarat is toyama right?",
    ],
)
def test_a_pair_the_material_does_not_make_is_corrected(shipped: KnowledgeService, claim: str) -> None:
    outcome = shipped.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome


@pytest.mark.parametrize(
    ("question", "partner"),
    [
        ("gujarat and shizuoka are partners right", "Gujarat"),
        ("गुजरात का साझेदार शिज़ुओका है ना", "Gujarat"),
        ("the partner of gujarat is shizuoka right?", "Gujarat"),
        ("टोयामा किस राज्य का साझेदार है", "Andhra Pradesh"),
        ("which state partners with toyama", "Andhra Pradesh"),
    ],
)
def test_a_pair_the_material_makes_is_answered(shipped: KnowledgeService, question: str, partner: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.answer.startswith(partner)


def test_a_devanagari_name_of_its_own_is_not_put_right_to_another(shipped: KnowledgeService) -> None:
    # "चेन्नई" reads "chennai", a name the world knows: it is not "china" (review, session 37).
    outcome = shipped.matcher.ask("चेन्नई और जापान के संबंध")
    assert not isinstance(outcome, Answer), outcome


def test_a_which_question_over_listed_pairs_claims_none_of_them(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("Which of these is a correct pair: Gujarat-Ehime, TN-Ehime, UP-Toyama?")
    assert isinstance(outcome, Answer), outcome
