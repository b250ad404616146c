"""A kind said only inside a name, a partner set aside, totals, examples and meanings (red teams, session 51).

"Which industries are under the IJICP?" was answered with "the India-Japan Industrial Competitiveness Partnership was
launched in 2021": the word "industries" is only part of the name. "Who is India's partner besides Japan in the SCRI?"
set aside everything after "besides" and got the state-prefecture pairs. "What are Japan's total exports to India?"
got the goods India imports. "does it cover IPR?" after "When did CEPA come into effect and what did it cover?" still
asked when CEPA came into effect. "iska matlab?" after the IJICP was read as a filler word and found no question.
"partner kaun hai" (Hinglish has no "the") got one of four partnerships. "What is Dharma Guardian?", which the fact's
own phrasings ask, was a partial answer though the fact says what kind it is (a bilateral exercise); "what is it
for?" then asked what it is, not what it serves. A review then found "which initiative is SCRI?" taken for a kind
said inside a name, "uska matlab" after an unnamed thing declined, and "and JIMEX?" after Dharma Guardian read as a
place in a list.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize("question", ["which industries are under ijicp?", "IJICP के तहत कौन से उद्योग हैं?"])
def test_a_kind_said_only_inside_the_name_asked_of_is_not_given(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Partial), outcome
    assert outcome.related[0].fact.fact.id == "ijicp_year"
    assert outcome.missing.startswith("which industr"), outcome.missing


def test_a_kind_said_by_a_name_the_question_does_not_give_answers(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("which partnership was launched in 2021?").outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "ijicp_year"


def test_an_attribute_asked_is_not_asked_again_as_a_kind(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("What top speed will the Mumbai-Ahmedabad bullet train have?").outcome
    assert isinstance(outcome, Partial), outcome
    assert outcome.missing == "a speed", outcome.missing


@pytest.mark.parametrize(
    "question",
    [
        "Who is India's partner besides Japan in the Supply Chain Resilience Initiative?",
        "other than japan which country is in scri",
    ],
)
def test_a_partner_set_aside_leaves_the_rest_asked(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "scri"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("What are Japan's total exports to India?", "japan_exports_to_india"),
        ("japan ka total export kya hai?", "japan_exports_to_india"),
        ("what does japan export to india?", "india_imports_from_japan"),
    ],
)
def test_a_total_of_exports_is_their_worth(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        ("When did CEPA come into effect and what did it cover?", "does it cover IPR?"),
        ("When did CEPA come into effect?", "does it cover IPR?"),
        ("When did CEPA come into effect?", "does it include services?"),
    ],
)
def test_a_yes_no_follow_up_naming_its_own_thing_drops_the_earlier_act(
    shipped: KnowledgeService, first: str, follow_up: str
) -> None:
    outcome = last_reply(shipped, first, follow_up)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "cepa_scope"


@pytest.mark.parametrize("follow_up", ["iska matlab?", "uska matlab kya hai", "what does it mean?", "इसका मतलब क्या है?"])
def test_its_meaning_is_asked_of_the_earlier_thing(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, "IJICP kab launch hua?", follow_up)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id.startswith("ijicp")


def test_a_meaning_word_no_word_owns_is_still_a_filler(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("matlab cepa kab aaya?").outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "cepa_year"


@pytest.mark.parametrize("question", ["partner kaun hai", "साझेदार कौन है?", "who is the partner?"])
def test_a_kind_named_alone_in_hinglish_is_asked_back(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert not isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    "turns",
    [
        ("what is dharma guardian",),
        ("धर्मा गार्डियन अभ्यास क्या है?",),
        ("What is MILAN?", "and Dharma Guardian?"),
    ],
)
def test_what_an_example_is_its_kind_says(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "bilateral_exercises"


@pytest.mark.parametrize("question", ["what is dharma guardian exactly?", "what is dharma guardian for?"])
def test_more_than_an_examples_kind_is_not_given(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Partial), outcome
    assert outcome.related[0].fact.fact.id == "bilateral_exercises"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("which initiative is SCRI?", "scri_purpose"),
        ("which mission is Chandrayaan 5?", "chandrayaan_5"),
        ("AAGC kaunsa corridor hai?", "aagc_aim"),
    ],
)
def test_the_kind_a_name_ends_in_is_answered_by_the_name(
    shipped: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


@pytest.mark.parametrize("first", ["what is the conclusion?", "how much did Japan export to India?"])
def test_its_meaning_after_a_thing_with_no_name_asks_of_that_thing(shipped: KnowledgeService, first: str) -> None:
    earlier = shipped.matcher.respond(first).outcome
    outcome = last_reply(shipped, first, "uska matlab kya hai")
    assert isinstance(earlier, Answer), earlier
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == earlier.matches[0].fact.fact.id


@pytest.mark.parametrize("follow_up", ["and JIMEX?", "aur JIMEX?"])
def test_the_same_asked_of_another_item_is_no_place_in_a_list(shipped: KnowledgeService, follow_up: str) -> None:
    outcome = last_reply(shipped, "what is Dharma Guardian?", follow_up)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "bilateral_exercises"
    assert not outcome.note, outcome.note


def test_the_one_thing_of_a_kind_is_what_a_bare_kind_asks(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("mission kya hai?").outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "chandrayaan_5"
