"""Year claims tagged "na?", questions of their own after "and", and kinds and members said in other words
(red teams, session 51).

"toh 2011 mein hua tha na?" after "Special Strategic and Global Partnership kab bana?" was read as asking what happened
in 2011 and got CEPA, with no correction; the next "aur AAGC kab bana?" then carried 2011 along. "and what does it
counter?" after "who are its members?" asked for the members again. "MAHSR is the flagship development cooperation
project, right?" was taken for an unknown "cooperation project" (the fact says "flagship project of India-Japan
development cooperation"). "Is the US part of the SCRI?" read "us" as a pronoun and found no membership question;
"SCRI includes India, Japan and France, right?" left "includes" as a word to find and declined instead of correcting.
A second review found requests read as claims ("2017 ka bhi na", "2021 ka bhi bata do na?"), limits as dates ("2025
se pehle tha na?"), "iska matlab ..." (that means) before a claim read as "what does it mean", and "was it the AAGC?"
after "what was launched in 2021?" asked of nothing named.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("turns", "fact_id"),
    [
        (("Special Strategic and Global Partnership kab bana?", "toh 2011 mein hua tha na?"), "ssgp_2014"),
        (("when was aagc set up", "toh 2015 tha na?"), "aagc_year"),
        # With the verb of the act asked before (session 52: it got "ties were upgraded ... in 2014").
        (("CEPA kab aaya?", "2014 me aaya tha na?"), "cepa_year"),
    ],
)
def test_a_tagged_year_claim_is_claimed_of_the_thing_asked(
    shipped: KnowledgeService, turns: tuple[str, ...], fact_id: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == fact_id


def test_a_claimed_year_is_not_carried_to_the_next_question(shipped: KnowledgeService) -> None:
    turns = ("Special Strategic and Global Partnership kab bana?", "toh 2011 mein hua tha na?", "aur AAGC kab bana?")
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "aagc_year"


@pytest.mark.parametrize(
    ("turns", "fact_id"),
    [
        (("What does the QUAD coordinate on?", "who are its members?", "and what does it counter?"), "quad"),
        (("cepa kab lagu hua?", "aur kya kya cover karta hai"), "cepa_scope"),
        (("what is bilateral trade?", "aur exports ka kya?"), "japan_exports_to_india"),
    ],
)
def test_and_then_a_question_of_its_own_asks_that(
    shipped: KnowledgeService, turns: tuple[str, ...], fact_id: str
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    "question",
    ["MAHSR is the flagship development cooperation project, right?", "is MAHSR a development cooperation project?"],
)
def test_a_kind_said_with_of_is_the_kind_the_fact_gives(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "mahsr"


def test_a_kind_the_fact_never_gives_is_still_unknown(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.respond("is IJICP a trade agreement?").outcome, Answer)


@pytest.mark.parametrize(
    "question", ["Is the US part of the SCRI according to the article?", "is the US part of scri?"]
)
def test_a_place_named_us_is_asked_to_be_a_member(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "scri"


@pytest.mark.parametrize("question", ["SCRI includes India, Japan and France, right?", "does SCRI include France?"])
def test_a_place_claimed_to_be_included_is_a_membership_claim(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "scri"


def test_a_place_truly_included_is_confirmed(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("does SCRI include Australia?").outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "scri"


@pytest.mark.parametrize(
    ("turns", "not_kind"),
    [
        (("CEPA kab aaya?", "2017 ka bhi na"), Correction),
        (("what is CEPA?", "2021 ka bhi bata do na?"), Correction),
        (("CEPA kab aaya?", "2025 se pehle tha na?"), Correction),
        (("what is G4?", "iska matlab 8 lines of effort hain?"), Partial),
    ],
)
def test_a_request_or_a_limit_is_no_year_claim(
    shipped: KnowledgeService, turns: tuple[str, ...], not_kind: type
) -> None:
    outcome = last_reply(shipped, *turns)
    assert not isinstance(outcome, not_kind), outcome


def test_was_it_after_a_year_asks_of_what_that_year_gave(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what was launched in 2021?", "was it the AAGC?")
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "aagc_year"


@pytest.mark.parametrize(
    "turns",
    [
        ("भारत-जापान CEPA कब लागू हुआ?", "इसमें क्या शामिल है?"),
        ("CEPA kab lagu hua?", "isme kya shamil hai?"),
        ("When did CEPA come into effect?", "what does it include?"),
    ],
)
def test_what_it_includes_asks_its_contents_not_the_earlier_act(
    shipped: KnowledgeService, turns: tuple[str, ...]
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "cepa_scope"


@pytest.mark.parametrize("question", ["who handles the act east forum?", "act east forum ko kaun handle karta hai?"])
def test_who_handles_a_thing_asks_its_leader(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Partial), outcome
    assert outcome.missing == "who leads it", outcome.missing


def test_how_a_partner_handles_a_thing_asks_its_approach(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "Japan China ko kaise handle karta hai?", "aur India?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "india_approach"


def test_the_right_year_claimed_with_the_verb_of_the_act_is_confirmed(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "CEPA kab aaya?", "2011 me aaya tha na?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "cepa_year"
