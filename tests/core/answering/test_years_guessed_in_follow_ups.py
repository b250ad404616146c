"""A year guessed or claimed in a short follow-up is checked against the earlier subject (red team, session 49).

After "When was AAGC set up?", "kab hua tha, 2021?" (when was it, 2021?) was answered with IJICP, launched in 2021;
after the upgrade's year, "2011 tha kya?" (was it 2011?) and "कब हुआ था, 2011?" with CEPA. A year given with "when" and
nothing named is a guess at the date asked; a year alone closed by a verb and "kya" is a claim of it: both are the
earlier subject's, corrected or confirmed. "aur 2017 me kya hua?" still asks what happened in 2017.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply

UPGRADE = "When was the relationship upgraded to Special Strategic and Global Partnership?"


@pytest.mark.parametrize(
    ("turns", "fact_id"),
    [
        (("When was AAGC set up?", "kab hua tha, 2021?"), "aagc_year"),
        ((UPGRADE, "kab hua tha, 2015?"), "ssgp_2014"),
        ((UPGRADE, "2011 tha kya?"), "ssgp_2014"),
        (("CEPA kab aaya?", "kab hua tha, 2014?"), "cepa_year"),
        (("AAGC kab bana?", "2015 tha kya?"), "aagc_year"),
        (("what is IJICP?", "2017 hai kya?"), "ijicp_year"),
        # (After another question of the thing: the year is claimed of the thing, not of what it covers.)
        (("When did CEPA come into effect?", "what does it cover?", "so it was 2014 right?"), "cepa_year"),
    ],
)
def test_a_wrong_year_guessed_is_corrected_for_the_earlier_subject(
    shipped: KnowledgeService, turns: tuple[str, ...], fact_id: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    ("turns", "fact_id"),
    [
        (("CEPA kab aaya?", "kab hua tha, 2011?"), "cepa_year"),
        (("AAGC kab bana?", "2017 tha kya?"), "aagc_year"),
        (("cepa kab aaya?", "aur 2017 me kya hua?"), "aagc_year"),
        (("CEPA kab lagu hua tha?", "isme kya kya cover hota hai?", "pakka 2011?"), "cepa_year"),
    ],
)
def test_a_right_year_is_confirmed_and_a_year_asked_about_is_its_own(
    shipped: KnowledgeService, turns: tuple[str, ...], fact_id: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    ("turns", "fact_id"),
    [
        # "did anything happen in 2017?" asks of the year, not whether CEPA was then.
        (("what is CEPA?", "kya 2017 me kuch hua?"), "aagc_year"),
        # After a timeline, no one thing's date was asked: the year asks what happened then.
        (("timeline batao", "kab hua tha, 2011?"), "cepa_year"),
    ],
)
def test_a_year_asked_about_is_not_a_claim_of_the_earlier_subject(
    shipped: KnowledgeService, turns: tuple[str, ...], fact_id: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id
