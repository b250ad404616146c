"""The details of a thing the material only names, and options set against each other (red teams, session 50).

"What are the details of the India-Japan AI initiative?" was answered with its name: "what are the details" was read
as asking for all the "details" there are, which dropped the ask for a description. "QUAD critical technologies me
exactly kya karta hai?" was answered with QUAD's list, which only names critical technologies. "Dharma Guardian army
ka exercise hai ya navy ka?" set "exercise" against "navy" (the words beside "ya"), so the exercise fact covered one
option; the options are army and navy, which the material never says.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("What are the details of the India-Japan AI initiative?", "ai_initiative"),
        ("what are the details of the SME forum?", "sme_forum"),
        ("QUAD critical technologies me exactly kya karta hai?", "quad"),
        ("what exactly does quad do on critical technologies?", "quad"),
    ],
)
def test_the_details_of_a_thing_only_named_are_not_given(
    shipped: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Partial), outcome
    assert outcome.related[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what are the details of CEPA?", "cepa_scope"),
        ("what exactly is CEPA?", "cepa_scope"),
        ("when exactly did CEPA come into effect?", "cepa_year"),
        ("what does quad do?", "quad"),
    ],
)
def test_the_details_of_a_thing_described_are_given(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "dharma guardian army ka exercise hai ya navy ka?",
        "is dharma guardian an army exercise or a navy exercise?",
        "धर्म गार्डियन सेना का अभ्यास है या नौसेना का?",
    ],
)
def test_options_the_material_never_gives_are_not_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert not isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    "question", ["is JIMEX bilateral or multilateral?", "jimex bilateral ka exercise hai ya multilateral ka?"]
)
def test_options_the_material_gives_are_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "bilateral_exercises"


@pytest.mark.parametrize(
    "question",
    [
        "name any three lines of effort from the next-decade joint vision",
        "joint vision ki koi 2 lines of effort bata do jaldi",
        "संयुक्त विज़न की कोई तीन लाइन्स ऑफ एफर्ट बताइए",
    ],
)
def test_how_many_to_name_is_no_count_claimed(shipped: KnowledgeService, question: str) -> None:
    # ("any three lines of effort" was "corrected" with the Joint Vision's eight.)
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    "question",
    [
        "the joint vision has 10 lines of effort?",
        "does the article name 10 state-prefecture partnerships?",
        "kya koi 12 state prefecture partnerships bani?",
        "bilateral trade kuch 5 billion dollar tha kya?",
    ],
)
def test_a_count_claimed_is_still_corrected(shipped: KnowledgeService, question: str) -> None:
    # (A review found "any", "koi" in a yes/no question read as a count to list: wrong counts confirmed.)
    assert isinstance(shipped.matcher.respond(question).outcome, Correction)


def test_a_count_with_its_unit_is_a_measure(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("is there any 10 year vision?").outcome
    assert isinstance(outcome, Answer), outcome
    assert "10-year" in outcome.matches[0].fact.fact.answer
