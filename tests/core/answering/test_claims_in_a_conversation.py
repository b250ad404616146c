"""Claims made in a conversation: of nothing said before, of the turn's own subject, and of a total.

A red team found "so it's Shizuoka right?" and "toh 22.85 tha na?" with nothing before answered with a guessed
subject; "and Japan's exports were 17.69?" after bilateral trade (true) and "toh total 22.85 hi tha na?" after India's
exports (true) corrected.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import CLAIM_DETAIL, Answer, Clarify, Correction, Partial
from bot.core.answering.present import clarify_text, outcome_text
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("claim", "reference"),
    [
        ("so its Ehime na?", "it"),
        ("so it's Shizuoka right?", "it"),
        ("it is Shizuoka right?", "it"),
        ("toh 22.85 tha na?", "22.85"),
        ("so Tamil Nadu right?", "Tamil Nadu"),
        ("toh 2011 na?", "2011"),
    ],
)
def test_a_bare_claim_with_nothing_before_is_asked_back(shipped: KnowledgeService, claim: str, reference: str) -> None:
    outcome = last_reply(shipped, claim)
    assert isinstance(outcome, Clarify), outcome
    assert outcome.reference == reference
    if outcome.detail == CLAIM_DETAIL:
        assert reference in clarify_text(outcome)


@pytest.mark.parametrize(
    "claim",
    [
        "so CEPA came in 2011 right?",
        "so india japan trade is 22.85 billion right?",
        "CEPA 2011 right?",
        # Two names or a name and a figure say of each other what they claim.
        "so UP Yamanashi right?",
        "so its Gujarat ka Shizuoka right?",
        "so Japan 17.69 right?",
        "toh UP Shizuoka hai na?",
    ],
)
def test_a_claim_naming_its_subject_is_judged_with_nothing_before(shipped: KnowledgeService, claim: str) -> None:
    assert isinstance(last_reply(shipped, claim), Answer | Correction)


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # The follow-up names what its figure is of: that thing's figure, not the earlier question's.
        (("What was bilateral trade in FY 2023-24?", "and Japan's exports were 17.69?"), Answer),
        (
            (
                "What was bilateral trade in FY 2023-24?",
                "so it was 22.85 billion dollars right?",
                "and Japan's exports were 17.69?",
            ),
            Answer,
        ),
        # Naming nothing, it is claimed of the earlier thing.
        (("What was bilateral trade in FY 2023-24?", "was it 17.69?"), Correction),
        (("Japan ka export kitna?", "and the total was 17.69?"), Correction),
        # A total claimed with nothing but its figure is the trade's both ways.
        (
            ("Bilateral trade kitna tha?", "Japan ka export kitna?", "aur India ka?", "toh total 22.85 hi tha na?"),
            Answer,
        ),
        (("Japan ka export kitna?", "toh total 22.85 tha na?"), Answer),
        (("Japan ka export kitna?", "toh total 17.69 tha na?"), Correction),
        (("India ka export kitna?", "total 20 billion tha na?"), Correction),
        # Words that name no owner of a figure ("true", "sahi", a currency or scale) claim it of the earlier thing.
        (("What was the bilateral trade in FY 2023-24?", "so 17.69 true?"), Correction),
        (("What was the bilateral trade in FY 2023-24?", "so US$ 17.69 bn right?"), Correction),
        (("How much was India-Japan bilateral trade?", "toh 17.69 sahi hai?"), Correction),
        (("What was the bilateral trade in FY 2023-24?", "so the figure is 17.69?"), Correction),
        # The owner a fact gives a figure, further back than the words just before it, is set against the claim's.
        (("Japan's exports to India?", "and Japan ka export 22.85?"), Correction),
        (("Japan's exports to India?", "and imports from Japan were 22.85?"), Correction),
        # A total of another figure after one side of trade: what the material gives, not a flat decline.
        (("Japan's exports to India?", "and the total 5.16?"), Partial),
    ],
)
def test_a_figure_claimed_in_a_follow_up_is_set_against_what_the_follow_up_names(
    shipped: KnowledgeService, turns: tuple[str, ...], kind: type
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, kind), outcome
    if isinstance(outcome, Answer):
        assert "says otherwise" not in outcome.note


@pytest.mark.parametrize("question", ["what is the nippon foundation", "what is japan ka vision"])
def test_a_partner_qualifying_the_thing_asked_is_not_the_thing(shipped: KnowledgeService, question: str) -> None:
    # "nippon" is Japan: what is asked is a foundation, which no fact describes, not a fact with Japan and the word.
    assert not isinstance(last_reply(shipped, question), Answer)


@pytest.mark.parametrize(
    "question", ["what is QUAD", "what is the india japan act east forum", "what is india japan trade"]
)
def test_a_thing_named_with_the_partners_is_still_described(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Answer)


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # The answer gave no sum: a sum claimed is set against what the material says of it, not the goods.
        (("What are India's main imports from Japan?", "so 17.69 right?"), Answer),
        (("भारत जापान से क्या आयात करता है?", "तो 17.69 सही है?"), Answer),
        (("What are India's main imports from Japan?", "so 20 right?"), Partial),
    ],
)
def test_a_sum_claimed_after_an_answer_giving_none_is_not_set_against_it(
    shipped: KnowledgeService, turns: tuple[str, ...], kind: type
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, kind), outcome
    assert not isinstance(outcome, Correction)


@pytest.mark.parametrize(
    "turns",
    [
        ("How much does India import from Japan?", "toh total 22.85 tha na?", "and India's to Japan?"),
        ("How much did Japan export to India?", "and the total was 22.85?", "and India's?"),
        ("जापान का भारत को निर्यात कितना था?", "तो कुल 22.85 था ना?", "और भारत का?"),
    ],
)
def test_after_a_total_claimed_the_other_side_is_still_asked_of_the_side_before(
    shipped: KnowledgeService, turns: tuple[str, ...]
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Partial), outcome
    assert "US$ 5.16 billion" in outcome_text(outcome)
