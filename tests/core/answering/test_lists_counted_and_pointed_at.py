"""Lists counted, asked "which is not" in Hindi, and pointed at (red teams, session 54).

- "how many pacts were signed in 2015" got "doesn't give a number", though the fact lists the two pacts of 2015 after
  the word "pacts" (a year the fact gives no longer stops the count of what it lists).
- "कौन सा अभ्यास द्विपक्षीय नहीं है: JIMEX, धर्म गार्डियन, मालाबार" got suggestions: the "which is not" shape is read
  in Latin letters, as the Hinglish and English ones are.
- An ordinal after a list names its item in Hinglish and Hindi too ("dusra wala?", "तीसरा?").
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question", ["how many pacts were signed in 2015", "2015 me kitne pacts hue", "2015 में कितने समझौते हुए?"]
)
def test_a_whole_list_after_the_noun_counted_is_counted(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith("The material names 2:")
    assert "classified information" in outcome.note


def test_a_list_given_with_another_year_is_not_counted_for_this_one(shipped: KnowledgeService) -> None:
    # The pacts are of 2015: no list is given for 2019, and a count of them would claim one.
    outcome = last_reply(shipped, "how many pacts were signed in 2019")
    assert not isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    ("question", "odd"),
    [
        ("कौन सा अभ्यास द्विपक्षीय नहीं है: JIMEX, धर्म गार्डियन, मालाबार", "malabar"),
        ("जापान से आयात में कौन सा नहीं है: परमाणु रिएक्टर, तांबा, वाहन", "vehicles"),
        ("भारत के निर्यात में कौन सा नहीं है: कार्बनिक रसायन, वाहन, तांबा", "copper"),
    ],
)
def test_which_is_not_in_hindi_names_the_odd_one(shipped: KnowledgeService, question: str, odd: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.casefold().startswith(f"\u201c{odd}\u201d")


@pytest.mark.parametrize(
    ("follow_up", "item"),
    [
        ("dusra wala?", "Tamil Nadu with Ehime"),
        ("aur last wala?", "Gujarat with Shizuoka"),
        ("तीसरा?", "Uttar Pradesh with Yamanashi"),
    ],
)
def test_an_ordinal_after_a_list_points_into_it(shipped: KnowledgeService, follow_up: str, item: str) -> None:
    outcome = last_reply(shipped, "which are the state prefecture partnerships?", follow_up)
    assert isinstance(outcome, Answer), outcome
    assert item in (outcome.note or "")


def test_which_one_came_first_is_still_asked_of_the_things(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "which came first, CEPA or the SSGP?")
    assert isinstance(outcome, Answer), outcome
    assert "CEPA" in outcome.best.fact.fact.answer or "2011" in (outcome.note or "")
