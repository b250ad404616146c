"""Claims about the answer just given, sums read in any wording, and pairs said in one breath.

A red team found "kya ye 22.85 tha?" after Japan's exports (US$ 17.69 billion of US$ 22.85 billion total trade)
confirmed with "Yes, that is what the study material says", and "so it's Ehime right?" after Gujarat's Shizuoka,
"kya ye Tamil Nadu hai?" after Toyama's partner, answered with the pairs instead of a correction.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("before", "claim"),
    [
        # The total the answer gives its sum as a part of is no sum of the part.
        ("Japan ka export?", "kya ye 22.85 tha?"),
        ("Japan ka export?", "is it 22.85?"),
        ("Japan ka export?", "it is 22.85 right?"),
        # Another thing's sum claimed of the one answered.
        ("India-Japan trade kitna tha 2023-24 me?", "so it was 17.69 billion right?"),
        # A name put in the answer's place.
        ("Gujarat paired with which prefecture?", "so its Ehime right?"),
        ("Shizuoka kis state ka partner hai?", "so its Uttar Pradesh right?"),
        ("Whats Toyama paired with?", "kya ye Tamil Nadu hai?"),
        ("which country is in SCRI with india and japan?", "so its USA right?"),
    ],
)
def test_a_claim_about_the_answer_just_given_that_it_contradicts_is_corrected(
    shipped: KnowledgeService, before: str, claim: str
) -> None:
    first = last_reply(shipped, before)
    outcome = last_reply(shipped, before, claim)
    assert isinstance(outcome, Correction), outcome
    assert isinstance(first, Answer), first
    assert outcome.related[0].fact.fact.id == first.best.fact.fact.id


@pytest.mark.parametrize(
    ("before", "claim"),
    [
        ("Japan ka export?", "kya ye 17.69 billion tha?"),
        ("bilateral trade kitna hai?", "kya ye 22.85 tha?"),
        ("India-Japan trade kitna tha 2023-24 me?", "so it was 22.85 billion right?"),
        ("Gujarat paired with which prefecture?", "so its Shizuoka right?"),
        ("Whats Toyama paired with?", "kya ye andhra pradesh hai?"),
        ("which country is in SCRI with india and japan?", "kya ye australia hai?"),
    ],
)
def test_a_claim_the_answer_just_given_says_is_confirmed(shipped: KnowledgeService, before: str, claim: str) -> None:
    outcome = last_reply(shipped, before, claim)
    assert isinstance(outcome, Answer), outcome


@pytest.mark.parametrize("question", ["tamil nadu?", "and tamil nadu?"])
def test_a_bare_name_after_a_pair_asks_of_it_anew(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, "Whats Toyama paired with?", question)
    assert isinstance(outcome, Answer), outcome
    assert "Ehime" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "question",
    [
        "were japan exports 20 billion dollars?",
        "japan exported 40 billion dollars to india?",
        "kya japan ka niryat 20 arab dollar tha?",
        "क्या जापान का निर्यात 20 अरब डॉलर था?",
        "जापान का निर्यात 20 अरब डॉलर था?",
    ],
)
def test_a_sum_claimed_of_one_way_of_trade_is_set_against_that_way_s_sum(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert "17.69" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize(
    ("before", "question", "worked"),
    [
        ("japan exports to india?", "and the balance?", "12.53"),
        ("india japan trade?", "balance?", "12.53"),
        ("japan exports to india?", "what percent of total?", "77.4%"),
        ("japan exports to india?", "kitna percent hai total ka?", "77.4%"),
        ("india exports to japan?", "what % of total is it?", "22.6%"),
    ],
)
def test_a_balance_or_share_after_a_trade_answer_is_worked_out(
    shipped: KnowledgeService, before: str, question: str, worked: str
) -> None:
    outcome = last_reply(shipped, before, question)
    assert isinstance(outcome, Partial), outcome
    assert worked in outcome.worked


@pytest.mark.parametrize(
    "question", ["balance among relations?", "what balance does india keep?", "what percent of india total imports?"]
)
def test_a_balance_or_share_not_of_the_trade_is_not_worked_out(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert not (isinstance(outcome, Partial) and outcome.worked), outcome


@pytest.mark.parametrize(
    "question",
    [
        "UP ka partner Yamanashi hai aur Gujarat ka Toyama, sahi?",
        "UP-Yamanashi aur Gujarat-Toyama sahi?",
        "UP is paired with Yamanashi and Gujarat is Toyama?",
        "UP is paired with Yamanashi, Gujarat with Toyama?",
        "are gujarat and UP both paired with shizuoka?",
        "are AP and TN paired with Toyama and Shizuoka?",
        "is gujarat paired with toyama and ehime?",
        "tamil nadu ka partner ehime hai aur andhra ka shizuoka na?",
        "andhra ka partner ehime hai na?",
    ],
)
def test_a_wrong_pair_said_beside_a_right_one_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome


@pytest.mark.parametrize(
    "question",
    [
        "UP ka partner Yamanashi hai aur Gujarat ka Shizuoka, sahi?",
        "UP-Yamanashi aur Gujarat-Shizuoka sahi?",
        "UP is paired with Yamanashi and Gujarat with Shizuoka?",
        "are AP and TN paired with Toyama and Ehime?",
        "tamil nadu ka partner ehime hai aur andhra ka toyama na?",
    ],
)
def test_right_pairs_said_together_are_confirmed(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    ("before", "question"),
    [
        ("Which three countries collaborate in SCRI?", "kab bana?"),
        ("SCRI ka purpose?", ""),
    ],
)
def test_this_said_to_be_part_of_another_thing_stays_the_earlier_subject(
    shipped: KnowledgeService, before: str, question: str
) -> None:
    turns = [t for t in (before, question, "kya ye QUAD ka part hai?") if t]
    outcome = last_reply(shipped, *turns)
    # The material does not say whether SCRI is part of QUAD: no fact about another thing "corrects" it.
    assert not isinstance(outcome, Answer | Correction), outcome


@pytest.mark.parametrize(
    ("before", "question", "kind"),
    [
        ("which country is in SCRI?", "is china also a member?", Correction),
        ("which country is in SCRI?", "kya China bhi member hai?", Correction),
        ("which country is in SCRI?", "is australia a member?", Answer),
        ("what does QUAD do?", "is US a member?", Partial),
    ],
)
def test_a_member_asked_of_nothing_named_is_a_member_of_the_group_just_spoken_of(
    shipped: KnowledgeService, before: str, question: str, kind: type
) -> None:
    outcome = last_reply(shipped, before, question)
    assert isinstance(outcome, kind), outcome
    assert any(w in outcome_fact(outcome) for w in ("SCRI", "QUAD"))


def outcome_fact(outcome: Answer | Correction | Partial) -> str:
    """Return the answer text of the fact an outcome shows first."""
    matches = outcome.matches if isinstance(outcome, Answer) else outcome.related
    return matches[0].fact.fact.answer


@pytest.mark.parametrize("question", ["is china a member?", "kya China bhi member hai?"])
def test_a_member_of_no_group_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(last_reply(shipped, question), Answer | Correction)


@pytest.mark.parametrize(
    "question", ["is australia a member of SCRI?", "kya australia SCRI ka member hai?", "is australia part of SCRI?"]
)
def test_a_member_the_fact_names_beside_the_group_is_confirmed(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
