""" "What does the article say about X" is answered by what it says; "is X covered?" asks whether a list holds X
(red team, session 38).

"what does the article say about russia" got "doesn't give a description beyond its name" above the very fact that
mentions Russia: the question asks what the material says, wherever it says it, not what Russia is. After CEPA, "is
ipr covered" got "doesn't give what it contains": "covered" after the thing asks whether the list holds it, of the
thing asked about before ("covered" now leaves out what it is said of, as "included" did); "is defence covered" is
no longer answered with the 2015 defence pacts.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Decline, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("question", "key"),
    [
        ("what does the article say about russia", "Russia"),
        ("what does the article say about australia", "Australia"),
        ("what does the material say about cepa", "CEPA"),
    ],
)
def test_what_the_material_says_of_a_name_is_answered(shipped: KnowledgeService, question: str, key: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert key in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("first", "follow_up", "fact_id"),
    [("cepa", "is ipr covered", "cepa_scope"), ("economic security initiative", "is telecom covered", None)],
)
def test_a_thing_covered_by_the_subject_before_is_confirmed(
    shipped: KnowledgeService, first: str, follow_up: str, fact_id: str | None
) -> None:
    outcome = last_reply(shipped, first, follow_up)
    assert isinstance(outcome, Answer), outcome
    if fact_id is not None:
        assert outcome.best.fact.fact.id == fact_id
    assert follow_up.split()[1] in outcome.best.fact.fact.answer.casefold()


def test_a_thing_the_subject_before_does_not_cover_is_not_answered_by_another_fact(shipped: KnowledgeService) -> None:
    assert not isinstance(last_reply(shipped, "cepa", "is defence covered"), Answer)


def test_covered_with_nothing_before_is_asked_back(shipped: KnowledgeService) -> None:
    assert isinstance(last_reply(shipped, "is ipr covered"), Clarify)


@pytest.mark.parametrize(
    ("turns", "key"),
    [
        # Red team, session 39: the containing verb before the thing ("does it cover X") asks whether X is held too;
        # it was "doesn't give what it contains", with the fact that holds X.
        (("cepa", "does it cover movement of people"), "natural persons"),
        (("does cepa include ipr?",), "IPR"),
        (("does the economic security initiative include semiconductors",), "semiconductors"),
    ],
)
def test_a_thing_asked_after_a_containing_verb_is_confirmed(
    shipped: KnowledgeService, turns: tuple[str, ...], key: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert key in outcome.best.fact.fact.answer


@pytest.mark.parametrize("question", ["what does cepa cover", "what all does cepa include"])
def test_what_a_thing_holds_is_still_asked_for(shipped: KnowledgeService, question: str) -> None:
    assert "contents" in shipped.matcher.read(question).attributes


@pytest.mark.parametrize(
    "question",
    [
        # Red team, session 39: "To aid African development, India and Japan run ..." opens with its purpose; it was
        # "doesn't give its aim or purpose".
        "what's the purpose of trilateral cooperation of india japan with african countries",
        "why do india and japan have trilateral cooperation with africa",
    ],
)
def test_a_sentence_opening_with_its_purpose_gives_it(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.answer.startswith("To aid")


def test_a_place_after_to_is_no_purpose(shipped: KnowledgeService) -> None:
    # "exports to Japan" names where, not why: the purpose a question asks is not given by it.
    assert isinstance(shipped.matcher.ask("what is the purpose of india's exports to japan"), Partial | Decline)
