"""Years counted against what was answered before: "how many yrs after that was SSGP?" after CEPA, "and 10 years
later?" after the 2015 pacts, and "difference between them?" after two things dated one after the other."""

from __future__ import annotations

import pytest

from bot.core.answering.context import Turn
from bot.core.answering.outcomes import Answer, Correction
from bot.core.answering.present import explain, outcome_text
from bot.core.answering.shapes import read_gap_side
from bot.core.language.lexicon import LEXICON, Intent
from bot.core.services.knowledge import KnowledgeService


def _turns(shipped: KnowledgeService, *questions: str) -> tuple[str, Turn | None]:
    """Ask the questions as one member's turns; return the last reply's text and turn."""
    turn: Turn | None = None
    text = ""
    for question in questions:
        reply = shipped.matcher.respond(question, turn)
        assert isinstance(reply.outcome, Answer) or question == questions[-1], explain(reply.outcome)
        text, turn = outcome_text(reply.outcome), reply.turn
    return text, turn


@pytest.mark.parametrize(
    ("first", "then", "worked"),
    [
        ("when did cepa come into effect", "how many yrs after that was ssgp", "CEPA (2011) came 3 years before SSGP"),
        ("ssgp upgrade year", "how many years before that did cepa come", "CEPA (2011) came 3 years before SSGP"),
        ("aagc kab bana", "uske aur ijicp ke beech kitne saal", "AAGC (2017) came 4 years before IJICP (2021)"),
    ],
)
def test_that_in_a_time_gap_is_the_thing_answered_before(
    shipped: KnowledgeService, first: str, then: str, worked: str
) -> None:
    text, _turn = _turns(shipped, first, then)
    assert worked in text


def test_years_counted_with_nothing_named_count_from_the_year_answered_before(shipped: KnowledgeService) -> None:
    text, _turn = _turns(shipped, "2015 pacts", "and 10 years later?")
    assert text.startswith("10 years after 2015 is 2025")
    assert "Joint Declaration on Security Cooperation" in text


def test_the_articles_own_posting_is_no_event_of_a_counted_year(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what came 10 years after 2015")
    assert isinstance(outcome, Answer), explain(outcome)
    assert {m.fact.fact.id for m in outcome.matches}.isdisjoint({"posted_date", "updated_date"})


@pytest.mark.parametrize(
    ("first", "second", "then"),
    [
        ("aagc year", "and ijicp?", "difference between them"),
        ("aagc kab bana", "ijicp kab", "dono me kitna fark"),
        ("cepa kab", "ijicp kab", "dono ke beech kitne saal"),
    ],
)
def test_after_two_things_dated_in_turn_the_difference_is_the_years_between(
    shipped: KnowledgeService, first: str, second: str, then: str
) -> None:
    text, _turn = _turns(shipped, first, second, then)
    assert " came " in text
    assert " years before " in text


@pytest.mark.parametrize(
    "questions",
    [
        # Not both asked when: "what is" then a year does not set two dates side by side.
        ("what is aagc", "ijicp kab", "difference between them"),
        # One thing dated twice is no pair.
        ("aagc year", "aagc kab bana", "difference between them"),
    ],
)
def test_a_difference_after_anything_but_two_dates_in_turn_is_no_gap_of_years(
    shipped: KnowledgeService, questions: tuple[str, ...]
) -> None:
    text, _turn = _turns(shipped, *questions)
    assert " years before " not in text


def test_a_count_with_nothing_answered_before_is_not_counted(shipped: KnowledgeService) -> None:
    reply = shipped.matcher.respond("how many yrs after that was ssgp")
    assert " years before " not in outcome_text(reply.outcome)
    reply = shipped.matcher.respond("and 10 years later?")
    assert "10 years after" not in outcome_text(reply.outcome)


@pytest.mark.parametrize(
    "questions",
    [
        ("what's the ijicp", "what's the cepa", "which came first"),
        ("aagc kya hai", "ijicp kya hai", "pehle kaun aaya"),
        ("what's the cepa", "what's the ijicp", "which one is older"),
    ],
)
def test_which_came_first_naming_nothing_orders_the_two_things_just_answered(
    shipped: KnowledgeService, questions: tuple[str, ...]
) -> None:
    text, _turn = _turns(shipped, *questions)
    assert " came before " in text


def test_a_question_with_an_order_word_and_a_thing_of_its_own_is_not_bent_to_the_two_before(
    shipped: KnowledgeService,
) -> None:
    text, _turn = _turns(shipped, "aagc kya hai", "ijicp kya hai", "what is the most recent agreement")
    assert " came before " not in text


@pytest.mark.parametrize(
    ("questions", "worked"),
    [
        (("what is IJICP", "what's CEPA", "how many years apart are they"), "CEPA (2011) came 10 years before IJICP"),
        (("when was AAGC set up", "and IJICP?", "gap between the two?"), "AAGC (2017) came 4 years before IJICP"),
        (("AAGC year", "IJICP year", "difference between them in years"), "AAGC (2017) came 4 years before IJICP"),
        # One side named, the other the thing answered before.
        (("when was IJICP launched", "how many years after CEPA"), "CEPA (2011) came 10 years before IJICP"),
    ],
)
def test_the_years_between_the_two_things_just_answered_are_worked_out(
    shipped: KnowledgeService, questions: tuple[str, ...], worked: str
) -> None:
    text, _turn = _turns(shipped, *questions)
    assert worked in text


@pytest.mark.parametrize(
    ("question", "side"),
    [
        ("how many years after CEPA", "CEPA"),
        ("how many yrs before the AAGC?", "the AAGC"),
        ("how many years after cepa was ijicp", None),  # both sides named: a gap of its own
        ("how many years after 2011", None),  # a year is no thing answered about
        ("what is the gap in trade", None),
    ],
)
def test_the_one_side_of_a_time_gap_is_read(question: str, side: str | None) -> None:
    assert read_gap_side(question, LEXICON) == side


@pytest.mark.parametrize(
    ("questions", "fact"),
    [
        (("which is older, aagc or ijicp?", "first one ka full form"), "aagc_aim"),
        (("which came first, cepa or ssgp?", "what does the first one cover"), "cepa_scope"),
        (("difference between cepa and ijicp", "the first one?"), "cepa_scope"),
    ],
)
def test_the_first_one_after_two_things_is_the_first_not_their_order(
    shipped: KnowledgeService, questions: tuple[str, ...], fact: str
) -> None:
    turn: Turn | None = None
    for question in questions:
        reply = shipped.matcher.respond(question, turn)
        turn = reply.turn
    assert isinstance(reply.outcome, Answer), explain(reply.outcome)
    assert reply.outcome.best.fact.fact.id == fact
    assert " came before " not in outcome_text(reply.outcome)


def test_the_oldest_of_more_than_the_two_last_answered_is_not_read_as_their_order(shipped: KnowledgeService) -> None:
    text, _turn = _turns(shipped, "ssgp kab hua", "aagc kab bana", "ijicp kab aaya", "which is the oldest?")
    assert "AAGC (2017) came before" not in text


def test_years_are_not_counted_from_the_year_a_sum_was_measured(shipped: KnowledgeService) -> None:
    text, _turn = _turns(shipped, "how much was bilateral trade", "and 2 years later?")
    assert "years after 2023" not in text
    assert "2025" not in text.split("\n")[0]


def test_that_after_years_counted_is_the_thing_dated_then(shipped: KnowledgeService) -> None:
    text, _turn = _turns(shipped, "what came 3 years after cepa", "how many years before ijicp was that?")
    assert "7 years" in text


@pytest.mark.parametrize(
    ("first", "then", "fact"),
    [
        ("cepa kab aaya", "aur 2017 me kya hua?", "aagc_year"),
        ("when did cepa come into effect", "and in 2014?", "ssgp_2014"),
    ],
)
def test_a_year_after_a_question_of_when_asks_what_happened_then(
    shipped: KnowledgeService, first: str, then: str, fact: str
) -> None:
    turn = shipped.matcher.respond(first).turn
    outcome = shipped.matcher.respond(then, turn).outcome
    assert isinstance(outcome, Answer), explain(outcome)
    assert outcome.best.fact.fact.id == fact


def test_a_year_claimed_of_the_thing_asked_before_is_still_judged(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("when did cepa come into effect").turn
    assert isinstance(shipped.matcher.respond("was it in 2015?", turn).outcome, Correction)


def test_his_name_after_a_person_answered_by_role_asks_a_name_the_material_lacks(shipped: KnowledgeService) -> None:
    turn = shipped.matcher.respond("who visited japan").turn
    outcome = shipped.matcher.respond("what is his name", turn).outcome
    assert not isinstance(outcome, Answer), explain(outcome)
    assert Intent.PERSON in shipped.matcher.read("what is his name").intents


@pytest.mark.parametrize(
    ("turns", "worked"),
    [
        # Two things told apart only by their years.
        (("what were the 2015 pacts", "and 2025?", "years between?"), "came 10 years before"),
        (("what were the 2015 pacts", "and 2025 wala?", "gap kitne saal ka?"), "came 10 years before"),
        (("what were the 2015 pacts", "and 2025?", "which came first?"), "2015 agreement (2015) came before"),
        # "years between?" alone after two things asked when.
        (("when did cepa come into effect", "and AAGC?", "years between?"), "CEPA (2011) came 6 years before"),
    ],
)
def test_two_things_answered_in_turn_are_compared_by_a_bare_gap_question(
    shipped: KnowledgeService, turns: tuple[str, ...], worked: str
) -> None:
    text, _turn = _turns(shipped, *turns)
    assert worked in text


def test_one_thing_with_two_years_is_not_told_apart_by_them(shipped: KnowledgeService) -> None:
    # "between 2015 and 2025" in one question names no pair of things answered in turn.
    from bot.core.answering.matcher import _by_its_year
    from bot.core.answering.query import Unit

    two_years = (Unit("2015", (("2015",),), 1.0, kind="figure"), Unit("2025", (("2025",),), 1.0, kind="figure"))
    assert _by_its_year(two_years) == []
    assert _by_its_year((Unit("agreement", (("agreement",),), 1.0, kind="concept"), two_years[0])) == ["2015 agreement"]
