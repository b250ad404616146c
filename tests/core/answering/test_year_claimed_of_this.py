"""A year said of "this" after a thing's year is claimed of that thing, not a new question (red team, session 39).

"and ye 2011 me hua na?" (and this happened in 2011, right?) after the SSGP's year was answered with CEPA, which came
into effect in 2011: a follow-up naming only a year after a when-question asks what happened that year, unless a
demonstrative points back at the thing asked about.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize("follow_up", ["and ye 2011 me hua na?", "ye 2011 me hua na?"])
def test_this_keeps_the_thing_before(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, "SSGP kab bana", follow_up)
    related = outcome.matches if isinstance(outcome, Answer) else getattr(outcome, "related", ())
    assert related, outcome
    assert "Special Strategic" in related[0].fact.fact.answer
    assert "CEPA" not in related[0].fact.fact.answer


@pytest.mark.parametrize(
    ("first", "follow_up", "key"),
    [("cepa kab aaya", "aur 2017 me kya hua?", "AAGC"), ("cepa year", "and in 2017?", "AAGC")],
)
def test_a_year_alone_still_asks_what_happened(shipped: KnowledgeService, first: str, follow_up: str, key: str) -> None:
    outcome = last_reply(shipped, first, follow_up)
    assert isinstance(outcome, Answer), outcome
    assert key in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("turns", "key"),
    [
        # Red team, session 39: after a question about a year's thing, "and what ... in <year>?" asks what of that
        # year, not about the thing before (it was "doesn't give figures for 2021" with the SSGP).
        (("what is the name of the partnership upgraded in 2014", "and what launched in 2021"), "IJICP"),
        (("what was signed in 2015", "and what in 2025?"), "2025 Joint Declaration"),
    ],
)
def test_what_of_another_year_asks_that_year(shipped: KnowledgeService, turns: tuple[str, ...], key: str) -> None:
    outcome = last_reply(shipped, *turns)
    related = outcome.matches if isinstance(outcome, Answer) else getattr(outcome, "related", ())
    assert related, outcome
    assert key in related[0].fact.fact.answer
