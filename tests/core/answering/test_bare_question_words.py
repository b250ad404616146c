"""Follow-ups that are only a question word: "kisne?", "who?", "by whom?", "kiske beech?", "kaun kaun?".

After "AAGC kab bana?", "kisne?" (who?) asks who did that act; it was "I couldn't find a question in that message".
"kiske beech?" (between whom?) after the 2+2 asks who it brings together; "kaun kaun?" (who all?) asks who is in a
thing. With nothing before, or after a question the material did not answer, there is nothing to ask it of.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Decline, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("before", "question"),
    [
        ("AAGC kab bana?", "kisne?"),
        ("AAGC kab bana?", "किसने?"),
        ("when was the AAGC set up?", "by whom?"),
        ("when was the AAGC set up?", "who did it?"),
        ("AAGC kab bana?", "kisne banaya?"),
    ],
)
def test_a_bare_who_asks_who_did_the_act_asked_before(shipped: KnowledgeService, before: str, question: str) -> None:
    outcome = last_reply(shipped, before, question)
    assert isinstance(outcome, Answer), outcome
    assert "jointly established" in outcome.best.fact.fact.answer


def test_a_bare_who_of_an_act_the_material_gives_no_doer_of_is_a_partial_answer(shipped: KnowledgeService) -> None:
    # "The IJICP was launched in 2021" says when, not who launched it.
    outcome = last_reply(shipped, "IJICP kab launch hua?", "kisne kiya?")
    assert isinstance(outcome, Partial), outcome


@pytest.mark.parametrize(
    ("before", "question", "said"),
    [
        ("2+2 dialogue kab shuru hua?", "kiske beech?", "defence and foreign affairs ministers"),
        ("what is the 2+2 dialogue?", "between whom?", "defence and foreign affairs ministers"),
        ("SCRI kya hai?", "kaun kaun?", "Australia"),
        ("what is the SCRI?", "who all?", "Australia"),
    ],
)
def test_between_whom_or_who_all_asks_who_is_in_the_thing_asked_before(
    shipped: KnowledgeService, before: str, question: str, said: str
) -> None:
    outcome = last_reply(shipped, before, question)
    assert isinstance(outcome, Answer), outcome
    assert said in outcome.best.fact.fact.answer


@pytest.mark.parametrize("question", ["kisne?", "who?", "kiske beech?", "by whom?"])
def test_a_bare_who_with_nothing_before_is_asked_back_or_declined(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Clarify | Decline), outcome


def test_a_bare_who_after_an_unanswered_question_is_not_answered(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "PM modi ne japan kab visit kiya", "kisne?")
    assert isinstance(outcome, Decline), outcome


@pytest.mark.parametrize(
    ("before", "question", "said"),
    [
        # "kiske liye?" (what for) asks a purpose, not a doer.
        ("AAGC kab bana?", "kiske liye?", "Africa"),
        # "whom else" asks for others beside one named: "who else" as members, not who did it.
        (None, "India balances ties with the US and whom else?", "Russia"),
    ],
)
def test_who_words_asking_a_purpose_or_others_are_not_read_as_the_doer(
    shipped: KnowledgeService, before: str | None, question: str, said: str
) -> None:
    outcome = last_reply(shipped, *([before] if before else []), question)
    assert isinstance(outcome, Answer), outcome
    assert said in outcome.best.fact.fact.answer


def test_a_later_ellipsis_after_who_asked_with_its_own_verb_asks_that_again(shipped: KnowledgeService) -> None:
    # "and ehime?" after "who pairs with toyama" asks the same of Ehime: the doer of that verb, not of an earlier act.
    outcome = last_reply(shipped, "who pairs with toyama", "ok and ehime?")
    assert isinstance(outcome, Answer), outcome
    assert "Tamil Nadu" in outcome.best.fact.fact.answer


def test_who_with_its_own_verb_after_suggestions_still_asks_of_the_thing_suggested(shipped: KnowledgeService) -> None:
    # Only a bare "who" after an unanswered question is declined: "and who participates" names what it asks.
    outcome = last_reply(shipped, "what is the rover weight", "ok different q - what is JIMEX?", "and who participates")
    assert isinstance(outcome, Answer), outcome
    assert "JIMEX" in outcome.best.fact.fact.answer


@pytest.mark.parametrize(
    ("before", "question", "said"),
    [
        # The flow's fact says who: it was "The study material doesn't give who does it".
        ("japan exports to india?", "kisne?", "Japan's exports"),
        ("india exports to japan?", "kiske saath?", "India exports to Japan"),
        ("which prefecture is paired with gujarat?", "kiske beech?", "Shizuoka"),
        (
            "Japan-India Cooperation Initiative for Sustainable Economic Development in Africa kya hai?",
            "who?",
            "started",
        ),
    ],
)
def test_a_bare_who_after_a_fact_that_names_its_sides_is_answered_with_it(
    shipped: KnowledgeService, before: str, question: str, said: str
) -> None:
    outcome = last_reply(shipped, before, question)
    assert isinstance(outcome, Answer), outcome
    assert said in outcome.best.fact.fact.answer


def test_a_bare_who_after_a_who_question_asks_it_again(shipped: KnowledgeService) -> None:
    # It got the visit's other outcomes as a full answer.
    first = last_reply(shipped, "who is japan's prime minister?")
    outcome = last_reply(shipped, "who is japan's prime minister?", "who?")
    assert isinstance(first, Partial), first
    assert isinstance(outcome, Partial), outcome
    assert outcome.missing == first.missing


def test_a_purpose_after_an_unanswered_question_is_not_read_as_a_bare_who(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "PM modi ne japan kab visit kiya", "kiske liye?")
    assert not isinstance(outcome, Decline), outcome
