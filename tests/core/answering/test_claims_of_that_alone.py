"""A short claim of "that" / "ye" with nothing before is asked back (red team, session 48).

"is that bilateral?" and "toh kya ye 2011 me hua tha?" as a member's first message were answered with a guessed
subject (the bilateral exercises; CEPA, the one thing of 2011). "that" before one word closing a yes/no question, and
"ye" before a year with nothing named after it, are the subject of the claim, not words of a noun phrase; and a claim
opener ("so", "toh") before the yes/no opener does not hide the question. With something before, they go on from it.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Clarify, Correction, Decline
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question",
    [
        "is that bilateral?",
        "toh kya ye 2011 me hua tha?",
        "ye 2011 me hua tha?",
        # In Hindi order, the copula closing it (session 52: they got the bilateral exercises).
        "kya wo bilateral hai?",
        "क्या वो द्विपक्षीय है?",
    ],
)
def test_a_claim_of_that_with_nothing_before_is_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.respond(question).outcome, Clarify)


@pytest.mark.parametrize(
    ("turns", "kind", "fact_id"),
    [
        (("what is JIMEX?", "is that bilateral?"), Answer, "bilateral_exercises"),
        (("JIMEX kya hai?", "kya wo bilateral hai?"), Answer, "bilateral_exercises"),
        (("CEPA kya hai?", "toh kya ye 2011 me hua tha?"), Answer, "cepa_year"),
        (("CEPA kya hai?", "toh kya ye 2014 me hua tha?"), Correction, "cepa_year"),
    ],
)
def test_with_something_before_it_is_judged_of_that(
    shipped: KnowledgeService, turns: tuple[str, ...], kind: type, fact_id: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, kind), outcome
    assert fact_id in {m.fact.fact.id for m in (outcome.matches if isinstance(outcome, Answer) else outcome.related)}


@pytest.mark.parametrize(
    "question",
    [
        "is this from vision ias?",
        "is this 2025 declaration bilateral?",
        "so is JIMEX bilateral?",
        "kya JIMEX bilateral hai?",
    ],
)
def test_what_names_its_subject_is_not_asked_back(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.respond(question).outcome, Clarify)


@pytest.mark.parametrize(
    "turns",
    [
        ("IJICP kab launch hua?", "toh ye 2017 me aaya?"),
        ("IJICP कब लॉन्च हुआ?", "तो ये 2017 में आया?"),
    ],
)
def test_a_year_claimed_of_ye_after_a_thing_is_checked_against_it(
    shipped: KnowledgeService, turns: tuple[str, ...]
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "ijicp_year"


@pytest.mark.parametrize("question", ["तो ये 2017 में आया?", "is that bilateral?"])
def test_devanagari_ye_alone_is_asked_back_too(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.respond(question).outcome, Clarify)


def test_that_naming_the_material_s_publisher_is_the_material(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.respond("is that from vision ias?").outcome, Clarify)


def test_a_year_claimed_of_a_generic_thing_told_apart_by_another_year_is_not_confirmed(
    shipped: KnowledgeService,
) -> None:
    # (Review, session 48: "the 2015 pacts" read as "an agreement of 2011" would be confirmed with CEPA.)
    outcome = last_reply(shipped, "what were the 2015 pacts?", "तो ये 2011 में आया?")
    assert not isinstance(outcome, Answer), outcome


def test_whether_what_was_said_is_right_is_no_claim_of_that(shipped: KnowledgeService) -> None:
    # ("kya ye sahi hai?" after a statement asks whether it is right: it was declined.)
    assert not isinstance(last_reply(shipped, "AAGC 2015 me bana", "kya ye sahi hai?"), Clarify | Decline)
