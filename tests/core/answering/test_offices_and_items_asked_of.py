"""Questions about the people in an office, an item of a list, or who else is in a group (red teams, session 50).

"Who are the current defence ministers of India and Japan?" was answered with "the 2+2 brings together the defence and
foreign affairs ministers": the office the question already names is no answer to who holds it. "What clean energy
projects are there under the Economic Security Initiative?" was answered with its list of sectors, which names clean
energy and gives nothing within it. "aur kaun kaun hai usme?" after G4 and "उसमें और कौन है?" after QUAD restated what
the group does. A follow-up's own word of a relation ("aur kya export karta hai?" after imports) now replaces the
earlier one: kept, the next "aur kya import karta hai?" was read as both ways and answered with India's exports.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question",
    [
        "Who are the current defence ministers of India and Japan?",
        "who are the foreign ministers in the 2+2?",
        "who are the ministers by name?",
        "2+2 ke ministers ke naam kya hai",
    ],
)
def test_who_holds_an_office_the_question_names_is_not_the_office(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Partial), outcome
    assert outcome.related[0].fact.fact.id == "two_plus_two"


@pytest.mark.parametrize(
    "question",
    [
        "which ministers take part in the 2+2?",
        "2+2 me kaun kaun se ministers hote hai",
        "who takes part in the 2+2?",
        "which ministers other than defence take part in the 2+2?",
        "2+2 me foreign ministers ke saath aur kaun hota hai?",
    ],
)
def test_the_offices_answer_which_offices_take_part(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "two_plus_two"


@pytest.mark.parametrize(
    "question",
    [
        "what clean energy projects are there under the economic security initiative?",
        "what semiconductor plants are planned under the economic security initiative?",
        "economic security initiative me kaunse projects hai clean energy ke?",
    ],
)
def test_a_thing_asked_within_one_item_of_a_list_is_not_given_by_the_list(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Partial), outcome
    assert outcome.missing.startswith("which "), outcome.missing


@pytest.mark.parametrize(
    "question",
    [
        "which sectors are covered by the economic security initiative?",
        "kaunse sectors hai economic security initiative me?",
    ],
)
def test_the_list_still_answers_what_it_lists(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert "semiconductors" in outcome.matches[0].fact.fact.answer


@pytest.mark.parametrize(
    "turns",
    [
        ("G4 kya karta hai?", "aur kaun kaun hai usme?"),
        ("AAGC kya hai?", "aur kaun hai usme?"),
        ("QUAD ke through India Japan kya karte hain?", "usme aur kaun hai?"),
        ("क्वाड के माध्यम से भारत और जापान किस पर सहयोग करते हैं?", "उसमें और कौन है?"),
    ],
)
def test_who_else_is_in_it_asks_members(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Partial), outcome
    assert "members" in outcome.missing


def test_who_else_is_in_it_is_answered_where_the_material_names_them(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "what is SCRI?", "aur kaun hai usme?")
    assert isinstance(outcome, Answer), outcome
    assert "Australia" in outcome.matches[0].fact.fact.answer


@pytest.mark.parametrize(
    ("turns", "fact_id"),
    [
        (
            ("India Japan se kaunsa metal import karta hai?", "aur kya export karta hai?", "aur kya import karta hai?"),
            "india_imports_from_japan",
        ),
        (("what does india import from japan?", "and what does it export?", "and what does it import?"), None),
    ],
)
def test_a_relation_turned_twice_is_the_way_asked_last(
    shipped: KnowledgeService, turns: tuple[str, ...], fact_id: str | None
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == (fact_id or "india_imports_from_japan")


@pytest.mark.parametrize("question", ["what is japan's npt status", "japan ka NPT status kya hai"])
def test_the_other_partner_s_status_is_not_answered_with_india_s(shipped: KnowledgeService, question: str) -> None:
    # The knowledge file says whose status it is ("India's NPT status"), so the owner check reads it.
    outcome = shipped.matcher.respond(question).outcome
    assert not isinstance(outcome, Answer), outcome
