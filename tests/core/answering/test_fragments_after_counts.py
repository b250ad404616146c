"""Names and totals asked in a word or two after a count or a list (session 52).

"what are their names?" after "How many state-prefecture partnerships are there?" kept "names" as a word to find and
got the Joint Vision's lines of effort ("... that the article names include ..."); "names?" was a partial answer about
them and "naam?" found no question. "total kitne?" after the pairs asked one by one said no amount is given, and
"overall trade kitna hai" left "overall" as a word no fact has. "Joint Vision ke 8 lines of effort batao" got only
"eight lines (8 in all)" and "what are its eight lines of effort?" the five the article names as if they were all.
A review found the neighbours: a total shown beside the names only if it counts the same things ("name the 4 QUAD
focus areas" got "a 4 min read"), the number of the list a fact names ("the 3 pillars and 8 lines of effort"), a list of
two when two are asked ("tell me the 2 tags") and a thing counted before "total" ("exercises total
kitne?").
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply

_COUNTED = "How many state-prefecture partnerships are there?"


@pytest.mark.parametrize("follow_up", ["what are their names?", "names?", "naam?", "unke naam?", "उनके नाम?"])
def test_names_after_a_count_are_the_names_of_what_was_counted(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, _COUNTED, follow_up)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "state_prefecture_overview"


@pytest.mark.parametrize("question", ["what are their names?", "names?", "unke naam?", "name them"])
def test_names_with_nothing_before_them_are_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Clarify)


@pytest.mark.parametrize("follow_up", ["total kitne?", "kul kitne hain?", "how many in total?"])
def test_a_total_after_pairs_asked_one_by_one_counts_them_all(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, "Which Indian state is paired with Toyama?", "and Ehime?", follow_up)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "state_prefecture_overview"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("overall trade kitna hai", "bilateral_trade_total"),
        ("kul trade kitna hai", "bilateral_trade_total"),
        ("total trade kitna hai", "bilateral_trade_total"),
        # A total of one way is still that way's sum.
        ("what are Japan's total exports to India?", "japan_exports_to_india"),
    ],
)
def test_a_word_for_all_of_a_sum_names_no_thing(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    "turns",
    [
        ("Joint Vision ke 8 lines of effort batao",),
        ("जॉइंट विज़न की आठ लाइन्स ऑफ एफर्ट बताओ",),
        ("tell me the eight lines of effort",),
        ("tell me about the joint vision", "what are its eight lines of effort?"),
    ],
)
def test_more_names_asked_than_listed_shows_those_listed_as_a_partial_answer(
    shipped: KnowledgeService, turns: tuple[str, ...]
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Partial), outcome
    assert outcome.missing == "all 8 names (it names 5)"
    assert [m.fact.fact.id for m in outcome.related] == ["joint_vision_lines_named", "joint_vision_lines_count"]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # As many names asked as the fact lists: an answer.
        ("what are the 4 state prefecture pairs?", "state_prefecture_overview"),
        ("tell me the 3 pillars of india japan relations", "pillars_overview"),
    ],
)
def test_as_many_names_as_listed_are_an_answer(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


def test_a_wrong_number_of_names_asked_for_is_still_corrected(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "tell me the 10 lines of effort")
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "joint_vision_lines_count"


def test_a_total_beside_the_names_counts_the_same_things(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "name the 4 QUAD focus areas")
    assert isinstance(outcome, Partial), outcome
    assert [m.fact.fact.id for m in outcome.related] == ["quad"]


def test_each_number_counts_its_own_list(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "tell me the 3 pillars and 8 lines of effort")
    assert not (isinstance(outcome, Partial) and outcome.missing.startswith("all 8 names (it names 3)")), outcome


def test_two_names_asked_of_a_list_of_two_are_an_answer(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "tell me the 2 tags")
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "article_tags"


def test_a_thing_counted_before_total_is_what_is_counted(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "exercises total kitne?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith("The material names 4")
