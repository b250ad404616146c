"""A follow-up that names only another thing asks of it what was asked before.

A red team found "and CEPA?" after "so SSGP came in 2011?" (corrected to 2014) answered with what CEPA covers, "and
IJICP?" after "and the upgrade to Special Strategic and Global Partnership?" in a chain of years answered with its aim,
and "aur India ka Japan ko?" after Japan's exports to India (a sum) answered with the goods India exports.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.answering.present import outcome_text
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("turns", "fact_id"),
    [
        # A year claimed of a named thing and corrected: the next thing named is asked when.
        (
            (
                "When did the partnership become a Special Strategic and Global Partnership?",
                "so SSGP came in 2011?",
                "and CEPA?",
            ),
            "cepa_year",
        ),
        (("so SSGP came in 2011?", "and IJICP?"), "ijicp_year"),
        # However long the name, "and <thing>?" asks when of it after when was asked.
        (
            (
                "When did CEPA come into effect?",
                "and AAGC?",
                "and the upgrade to Special Strategic and Global Partnership?",
                "and IJICP?",
            ),
            "ijicp_year",
        ),
        (
            ("When did CEPA come into effect?", "and the upgrade to Special Strategic and Global Partnership?"),
            "ssgp_2014",
        ),
    ],
)
def test_another_thing_named_alone_is_asked_when(
    shipped: KnowledgeService, turns: tuple[str, ...], fact_id: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


@pytest.mark.parametrize(
    "turns",
    [
        ("Japan ka India ko export FY24 mein?", "aur India ka Japan ko?"),
        ("Japan ka India ko export kitna tha?", "aur India ka Japan ko?"),
        ("Japan ka India ko export FY24 mein?", "aur India ka?"),
        # Asked again of the other side, it is a question, not a claim the other way round.
        ("Japan's exports to India?", "and India to Japan?"),
        ("Japan exports to India in FY 2023-24?", "and India to Japan?"),
    ],
)
def test_a_sum_answered_is_asked_again_of_the_relation_turned_round_by_name(
    shipped: KnowledgeService, turns: tuple[str, ...]
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Partial), outcome
    assert "US$ 5.16 billion" in outcome_text(outcome)


def test_goods_asked_are_asked_again_of_the_relation_turned_round(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "What does Japan export to India?", "and India to Japan?")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "india_exports_to_japan"


def test_what_is_asked_of_the_relation_turned_round_is_what_it_asks(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "Japan's exports to India?", "and what does India export to Japan?")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "india_exports_to_japan"


def test_after_a_thing_the_material_does_not_date_a_long_name_is_asked_on_its_own(shipped: KnowledgeService) -> None:
    outcome = last_reply(
        shipped,
        "AAGC kab bana?",
        "and the 2+2 Ministerial Dialogue",
        "and the pacts on defence equipment transfer and protection of classified information?",
    )
    assert isinstance(outcome, Answer)
    assert "2015" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    "turns",
    [
        (
            "India Japan CEPA kab lagu hua?",
            "aur Special Strategic and Global Partnership kab bani?",
            "how many years between them?",
        ),
        (
            "When did CEPA come into effect?",
            "when did India Japan relations become SSGP?",
            "how many years between them?",
        ),
    ],
)
def test_two_things_dated_in_turn_are_them_though_the_partners_are_named(
    shipped: KnowledgeService, turns: tuple[str, ...]
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert "3 years" in outcome.note
