"""A place among things of a kind, asked outright, is the item in that place of the list (red team, session 39).

"what is the 8th line of effort" was answered with the count of the lines ("eight lines of effort"), and "what is the
third line of effort" was "did you mean": only a follow-up ("the third one?") pointed into a list. The place is now read
from the question ("the third", "8th"; not "first" or "last", most often the earliest and latest), the rest of the
question finds the list, and the item in that place is named; a place the list does not have is a partial answer that
says how many it names.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("question", "note"),
    [
        ("what is the third line of effort", "Item 3 in that list is Mobility."),
        ("what is the 3rd line of effort", "Item 3 in that list is Mobility."),
        ("what is the second multilateral exercise", "Item 2 in that list is MALABAR."),
    ],
)
def test_the_item_in_that_place_is_named(shipped: KnowledgeService, question: str, note: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == note


@pytest.mark.parametrize("question", ["what is the 8th line of effort", "what is the eighth line of effort"])
def test_a_place_the_list_lacks_is_a_partial_answer(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial), outcome
    assert outcome.missing == "item 8 of the list (it names only 5)"


@pytest.mark.parametrize(
    "question",
    [
        "what was the first agreement",  # the first is most often the earliest, not the first listed
        "second largest import of india from japan",  # a ranking
        "the second one?",  # the list just given's, with none given
        "which came first, cepa or aagc",
        # Review, session 39: "last" is the latest ("his last visit") or the end of a list that goes on.
        "what is the last line of effort",
        "what did the pm sign on his last visit to japan",
        "what is india's last export to japan",
    ],
)
def test_no_place_in_a_list_is_read(shipped: KnowledgeService, question: str) -> None:
    assert shipped.matcher.reader.nth_of_a_kind(question) is None


def test_dusra_after_the_second_of_two_is_the_other_one(shipped: KnowledgeService) -> None:
    # "dusra" is "the other" as well as "the second": after Dharma Guardian (the second of two), it is JIMEX.
    outcome = last_reply(shipped, "Dharma Guardian kis type ki exercise hai?", "aur dusra bilateral exercise?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith("Item 1 in that list is JIMEX")


def test_dusra_with_nothing_asked_of_the_list_is_the_second(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "bilateral exercises?", "dusra bilateral exercise?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith("Item 2 in that list is Dharma Guardian")
