"""Follow-ups the conversation red team of session 53 found unanswered or answered about something else:

- "how many?" after the pairs given one fact each, "kul kitne pairs?", "कुल कितने जोड़े?" count them all (they got "doesn't
  give a number", and once "doesn't mention Ehime", a name the bot had just given);
- "what is the mission called?" names the thing the answer just spoke of (it got suggestions);
- "why not?" after a correction asks why it is not so (it was read as "which is not");
- "and updated?" after "when was this article published?" asks the date of the other act, and "और CEPA कब लागू हुआ?"
  after a year of another act does not carry that year over.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Decline, DeclineReason
from bot.core.answering.present import outcome_text
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "questions",
    [
        ("What are the state-prefecture partnerships agreed during the visit?", "how many?"),
        ("Yamanashi kaunse state ke saath hai?", "aur Ehime?", "kul kitne pairs?"),
        ("यामानाशी किस राज्य के साथ है?", "और एहिमे?", "कुल कितने जोड़े?"),
    ],
)
def test_how_many_after_the_pairs_counts_them_all(shipped: KnowledgeService, questions: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *questions)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "state_prefecture_overview"


def test_a_name_the_base_lacks_is_still_said_so(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "Kanagawa")
    assert isinstance(outcome, Decline), outcome
    assert outcome.reason is DeclineReason.NOT_MENTIONED


@pytest.mark.parametrize("asked", ["what is the mission called?", "what is the mission named?"])
def test_the_thing_just_spoken_of_by_a_word_of_its_name(shipped: KnowledgeService, asked: str) -> None:
    outcome = last_reply(shipped, "What space agreement did India and Japan sign?", asked)
    assert isinstance(outcome, Answer), outcome
    assert "Joint Lunar Polar Exploration Mission" in outcome_text(outcome)


def test_why_not_after_a_correction_gives_the_reason(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "Does Japan transfer nuclear technology to India?", "why not?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "npt_concern"


def test_why_not_with_nothing_before_is_not_answered(shipped: KnowledgeService) -> None:
    assert not isinstance(last_reply(shipped, "why not?"), Answer)


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("when was this article published?", "and updated?"),
        ("यह लेख कब प्रकाशित हुआ?", "और अपडेट कब हुआ?"),
    ],
)
def test_another_act_asked_after_one(shipped: KnowledgeService, first: str, then: str) -> None:
    outcome = last_reply(shipped, first, then)
    assert isinstance(outcome, Answer), outcome
    assert "updated on 08 Oct 2025" in outcome.best.fact.fact.answer


def test_the_year_of_an_earlier_act_is_not_claimed_of_a_new_subject(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "भारत-जापान संबंध 2014 में किस स्तर तक उन्नत हुए?", "और CEPA कब लागू हुआ?")
    assert isinstance(outcome, Answer), outcome
    assert "2011" in outcome.best.fact.fact.answer


def test_an_act_done_on_the_visit_keeps_the_visit(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "which PM visited japan, naam?", "what did he sign there?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "key_outcomes_overview"
