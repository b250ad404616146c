"""A list's open end is no item of it, and options typed without a space are options (session 40, red team).

"sectors?" after the Next-Generation Mobility Partnership was read as its list's fourth item, "similar sectors", and
answered with the Economic Security Initiative's sectors as what the material says "elsewhere"; "bilateral trade
FY24: a)17.69 b)22.85 c)28.5 d)12.5" was not read as a multiple-choice question, and 17.69 was "corrected".
"""

from __future__ import annotations

import pytest

from bot.core.answering.context import list_items
from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


def test_the_open_end_of_a_list_is_no_item() -> None:
    answer = "The partnership includes railways, aviation, roads and similar sectors, with its focus on Make-in-India."
    assert list_items(answer) == ("railways", "aviation", "roads")


def test_sectors_after_the_mobility_partnership_are_its_own(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "next-gen mobility focus", "sectors?")
    assert isinstance(outcome, Answer), outcome
    assert "railways" in outcome.best.fact.fact.answer
    assert "Item" not in outcome.note


@pytest.mark.parametrize(
    ("question", "chosen"),
    [
        ("bilateral trade FY24: a)17.69 b)22.85 c)28.5 d)12.5", "(b) 22.85"),
        ("when did cepa come: a)2011 b)2014 c)2017 d)2021", "(a) 2011"),
    ],
)
def test_options_typed_without_a_space_are_options(shipped: KnowledgeService, question: str, chosen: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert chosen in outcome.note
