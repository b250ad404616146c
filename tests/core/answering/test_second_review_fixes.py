"""What the second code review of session 39 found the session's own changes got wrong, each now kept right.

Each case was answered better by the code before the change that broke it: a true claim about an agreement the material
never names "corrected" with the 2015 pacts, a year after a count read as a doubt, "which one" after QUAD and SCRI
naming QUAD, "my question is" dropping the member's place and with it the question, "status" read as "states", a
doubt with "and not 2012" read as a follow-up, "what about 2012?" after CEPA's year asked of 2012 alone, two pronouns
compared as one thing, an agreement with the answer given as a doubt, and "grdn" left unread.
"""

from __future__ import annotations

import pytest

from bot.core.answering.matcher import AGREES_NOTE
from bot.core.answering.outcomes import Answer, Correction, Suggestions
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "claim", ["india and japan signed the acsa in 2020 right?", "did india and japan sign the RAA in 2024?"]
)
def test_a_year_of_a_thing_the_material_never_names_is_not_corrected(shipped: KnowledgeService, claim: str) -> None:
    assert not isinstance(shipped.matcher.ask(claim), Correction)


@pytest.mark.parametrize(
    "turns", [("how many other outcomes of the visit", "2025?"), ("how many lines of effort in joint vision", "2015?")]
)
def test_a_year_after_a_count_is_no_doubt(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    assert not isinstance(last_reply(shipped, *turns), Correction)


@pytest.mark.parametrize(
    ("turns", "key"),
    [
        (("quad", "scri", "which one is about supply chains"), "Supply Chain Resilience Initiative"),
        (("when did cepa come into effect", "what happened in this year 2015"), "In 2015"),
        (("did cepa come into effect in 2011?", "what about 2012?"), "CEPA"),
        (("i'm from gujarat, my question is when was aagc set up",), "2017"),
        (("status of ssgp",), "2014"),
        (("dharma grdn is what type of exercise",), "Dharma Guardian"),
    ],
)
def test_the_thing_asked_is_kept(shipped: KnowledgeService, turns: tuple[str, ...], key: str) -> None:
    outcome = last_reply(shipped, *turns)
    related = outcome.matches if isinstance(outcome, Answer) else getattr(outcome, "related", ())
    assert not isinstance(outcome, Suggestions), outcome
    assert related, outcome
    assert key in related[0].fact.fact.answer


@pytest.mark.parametrize(
    "turns",
    [
        ("when did cepa come into effect", "are you sure and not 2012?"),
        ("i'm from UP, my teacher said ssgp was 2016",),
    ],
)
def test_a_doubt_or_claim_is_still_corrected(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    assert isinstance(last_reply(shipped, *turns), Correction)


def test_two_pronouns_are_the_two_things_before(shipped: KnowledgeService) -> None:
    outcome = last_reply(
        shipped, "when was aagc established", "when was ijicp launched", "which came first, this or that"
    )
    assert isinstance(outcome, Answer), outcome
    assert outcome.note.startswith("AAGC (2017) came before IJICP (2021)")


@pytest.mark.parametrize(
    "turns",
    [("how much did japan export to india", "17.69 hai na?"), ("cepa year", "i think cepa came into effect in 2011")],
)
def test_an_agreeing_value_is_confirmed_not_defended(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.note == AGREES_NOTE
