"""Figures worked out of the material's own: half or twice a sum, how many times one way of a two-way total is the
other, the gap between them and a way's share; never the stated figure shown as if it were the one asked."""

from __future__ import annotations

import pytest

from bot.core.answering.checks import ASKED_WORDS
from bot.core.answering.outcomes import Answer, Partial
from bot.core.answering.present import explain, outcome_text
from bot.core.answering.shapes import first_sum, read_offset, read_time_gap, scaled
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("figure", "factor", "expected"),
    [("22.85", 0.5, "11.43"), ("22.85", 2.0, "45.70"), ("5", 0.5, "3"), ("1,200", 0.5, "600"), ("0.05", 0.5, "0.03")],
)
def test_a_scaled_figure_keeps_the_decimals_it_is_written_with(figure: str, factor: float, expected: str) -> None:
    assert scaled(figure, factor) == expected


def test_the_first_sum_of_a_text_keeps_its_currency_and_scale() -> None:
    found = first_sum("Trade was worth US$ 22.85 billion in FY 2023-24.")
    assert found is not None
    assert found.written(found.part) == "US$ 22.85 billion"
    assert first_sum("No money here.") is None


@pytest.mark.parametrize(
    ("question", "attribute", "worked"),
    [
        ("half of bilateral trade", "half", "US$ 11.43 billion"),
        ("bilateral trade ka aadha", "half", "US$ 11.43 billion"),
        ("what is double the bilateral trade", "double", "US$ 45.70 billion"),
        ("half of japan's exports to india", "half", "US$ 8.85 billion"),
        # Asked the other way: the rest of the two-way total, halved (22.85 - 17.69 = 5.16).
        ("half of india's exports to japan", "half", "US$ 2.58 billion"),
        ("gap between japan exports and india exports", "gap", "US$ 12.53 billion"),
        ("kitna gap hai japan export aur india export me", "gap", "US$ 12.53 billion"),
        ("japan ka export india ke export se kitne guna hai", "times", "3.43 times"),
        ("what percentage of trade is japan's exports to india", "percent", "77.4%"),
        ("what percent of bilateral trade are india's exports to japan", "percent", "22.6%"),
    ],
)
def test_a_figure_asked_of_the_materials_own_is_worked_out_as_a_partial_answer(
    shipped: KnowledgeService, question: str, attribute: str, worked: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial), explain(outcome)
    assert outcome.missing == ASKED_WORDS[attribute]
    assert worked in outcome.worked


@pytest.mark.parametrize(
    "question", ["sum of trade and japan exports", "half of the joint vision's span", "how much is half of cepa"]
)
def test_a_figure_that_cannot_be_worked_out_is_never_answered_with_the_stated_one(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer), explain(outcome)


@pytest.mark.parametrize(
    "question", ["how many times has the 2+2 dialogue met", "does the water board meet twice a year"]
)
def test_words_of_frequency_ask_no_worked_figure(shipped: KnowledgeService, question: str) -> None:
    assert not shipped.matcher.read(question).attributes & {"times", "double", "half"}


@pytest.mark.parametrize(
    "turns",
    [
        ["how much does japan export to india", "and india's export?"],
        ["bilateral trade fy24", "uska japan export?", "and india's export?"],
        ["japan exports to india value", "and india's?"],
    ],
)
def test_the_other_partners_share_of_a_sum_just_answered_is_worked_out(
    shipped: KnowledgeService, turns: list[str]
) -> None:
    # The worth was what the answer before gave: "and India's?" asks it of India, which the material's two figures
    # give as the rest of the two-way total.
    reply = shipped.matcher.respond(turns[0])
    for turn in turns[1:]:
        reply = shipped.matcher.respond(turn, reply.turn)
    assert isinstance(reply.outcome, Partial), explain(reply.outcome)
    assert "US$ 5.16 billion" in reply.outcome.worked


def test_the_other_partners_goods_are_still_goods(shipped: KnowledgeService) -> None:
    reply = shipped.matcher.respond("what does japan export to india")
    follow = shipped.matcher.respond("and india's?", reply.turn).outcome
    assert isinstance(follow, Answer)
    assert follow.best.fact.fact.id == "india_exports_to_japan"


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("how many years after cepa was ssgp", ("cepa", "ssgp")),
        ("how many yrs after 2015 pacts was the joint declaration", ("2015 pacts", "the joint declaration")),
        ("how many years before ijicp did cepa come", ("ijicp", "cepa come")),
    ],
)
def test_the_verb_after_a_before_or_after_sets_the_second_thing_apart(question: str, sides: tuple[str, str]) -> None:
    assert read_time_gap(question, LEXICON) == sides


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("how many yrs after 2015 pacts was the joint declaration on security coop", "10 years"),
        ("aagc kb bana", "2017"),
    ],
)
def test_years_apart_and_chat_spellings_are_answered(shipped: KnowledgeService, question: str, years: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), explain(outcome)
    assert years in outcome_text(outcome)


@pytest.mark.parametrize(
    ("question", "offset"),
    [
        ("what came 3 yrs after cepa", (3, 1, "cepa")),
        ("what happened 10 years before 2025 per article", (10, -1, "2025")),
        ("what was launched 4 years after the aagc", (4, 1, "aagc")),
    ],
)
def test_years_counted_from_a_thing_are_read(question: str, offset: tuple[int, int, str]) -> None:
    assert read_offset(question, LEXICON) == offset


@pytest.mark.parametrize(
    "question", ["cepa came 3 years after what", "when was cepa signed", "what came 2014 after cepa"]
)
def test_other_questions_count_no_years(question: str) -> None:
    assert read_offset(question, LEXICON) is None


@pytest.mark.parametrize(
    ("question", "fact_id", "note"),
    [
        ("what came 3 yrs after cepa", "ssgp_2014", "3 years after CEPA (2011) is 2014"),
        ("what was launched 4 years after aagc", "ijicp_year", "4 years after AAGC (2017) is 2021"),
        ("what happened 10 years before 2025", "pacts_2015", "10 years before 2025 is 2015"),
    ],
)
def test_what_the_material_dates_to_a_counted_year_is_answered(
    shipped: KnowledgeService, question: str, fact_id: str, note: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.id == fact_id
    assert note in outcome.note


def test_a_counted_year_the_material_dates_nothing_to_is_a_partial_answer(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what happened 2 years after cepa")
    assert isinstance(outcome, Partial)
    assert outcome.missing == "anything dated 2013"
    assert "2 years after CEPA (2011) is 2013" in outcome.worked


@pytest.mark.parametrize(
    "question", ["what is japan's share in india's total imports", "what share of japan's total exports go to india"]
)
def test_a_share_of_a_total_the_material_does_not_give_is_not_worked_out(
    shipped: KnowledgeService, question: str
) -> None:
    # The two-way total is bilateral trade: India's total imports are another total.
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert not outcome.worked


def test_a_ratio_is_one_figure_over_the_other_not_a_share(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("ratio of japan exports to india exports")
    assert isinstance(outcome, Partial)
    assert "3.43 times" in outcome.worked


@pytest.mark.parametrize("question", ["gap in nuclear cooperation", "gap in india japan nuclear ties"])
def test_a_gap_in_ties_is_no_figure_to_work_out(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.id == "npt_concern"


def test_the_difference_between_two_sums_set_side_by_side_is_worked_out(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("difference between total trade and japan's exports to india")
    assert isinstance(outcome, Answer), explain(outcome)
    assert "the gap between US$ 22.85 billion and US$ 17.69 billion is US$ 5.16 billion" in outcome.note


def test_two_things_without_sums_set_side_by_side_get_no_worked_gap(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("difference between cepa and ijicp")
    assert isinstance(outcome, Answer), explain(outcome)
    assert "worked out" not in outcome.note


@pytest.mark.parametrize(("then", "worked"), [("double it", "US$ 45.70 billion"), ("half of it", "US$ 11.43 billion")])
def test_a_figure_asked_of_the_one_just_given_is_worked_out(shipped: KnowledgeService, then: str, worked: str) -> None:
    turn = shipped.matcher.respond("how much is bilateral trade").turn
    outcome = shipped.matcher.respond(then, turn).outcome
    assert isinstance(outcome, Partial), explain(outcome)
    assert worked in outcome.worked
