"""A verb of going says a visit ("Japan's PM came to India", "japan ke pm india aaye the", "india ke pm japan gaye"):
the visitor is the office holder named before it, the place the one it goes to (red team, session 54: "japan ke pm
india aaye the aur joint vision sign kiya na" was confirmed with the outcomes of the Indian PM's visit to Japan).

Asked who made a visit, only a fact that says who went answers ("who went to japan" got "the visit delivered ...").
"""

from __future__ import annotations

import pytest

from bot.core.answering.checks import ASKED_WORDS, asked_words
from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.answering.roles import RoleReading
from bot.core.language.lexicon import LEXICON, Lexicon, LexiconError
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("question", "agent", "target"),
    [
        ("japan's pm came to india and signed the joint vision right", "Japan", "India"),
        ("japan ke pm india aaye the", "Japan", "India"),
        ("japani pm india aaye the?", "Japan", "India"),
        ("जापान के प्रधानमंत्री भारत आए थे", "Japan", "India"),
        ("india ke pm japan gaye the kya", "India", "Japan"),
        ("did india's pm go to japan", "India", "Japan"),
    ],
)
def test_a_verb_of_going_reads_a_visit(shipped: KnowledgeService, question: str, agent: str, target: str) -> None:
    roles = shipped.matcher.read(question).roles
    assert RoleReading("visit", agent, target) in roles, roles


@pytest.mark.parametrize(
    "question",
    [
        "cepa kab aaya",
        "india japan cepa aaya 2011 me?",
        "when did cepa come into effect",
        "japan's pm came to the un",
        "what came out of the visit",
    ],
)
def test_a_verb_of_going_without_a_visitor_and_a_place_reads_no_visit(shipped: KnowledgeService, question: str) -> None:
    assert not [r for r in shipped.matcher.read(question).roles if r.relation == "visit"]


@pytest.mark.parametrize(
    "question",
    [
        "japan's pm came to india and signed the joint vision right",
        "japan ke pm india aaye the aur joint vision sign kiya na",
        "जापान के प्रधानमंत्री भारत आए थे और जॉइंट विज़न साइन किया ना",
        "what did japan's pm sign when he came to india",
    ],
)
def test_a_journey_the_other_way_round_is_not_confirmed(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Partial | Correction), outcome
    if isinstance(outcome, Partial):
        assert "from Japan to India" in outcome.missing


def test_a_journey_claimed_alone_the_other_way_round_is_corrected(shipped: KnowledgeService) -> None:
    outcome = last_reply(shipped, "japani pm india aaye the?")
    assert isinstance(outcome, Correction), outcome
    assert "India's Prime Minister visited Japan" in outcome.related[0].fact.fact.answer


@pytest.mark.parametrize("question", ["did india's pm go to japan", "india ke pm japan gaye to kya sign hua"])
def test_a_journey_as_the_article_tells_it_is_answered(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Answer)


@pytest.mark.parametrize(
    "question", ["who went to japan", "japan kaun gaya tha?", "japan ki yatra kisne ki", "जापान की यात्रा किसने की?"]
)
def test_who_made_a_visit_is_the_fact_that_says_who_went(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    # ("The visit delivered ..." names the visit, never who made it.)
    assert "Prime Minister visited Japan" in outcome.best.fact.fact.answer


def test_every_event_has_words_for_its_doer_and_its_date() -> None:
    # "who visited whom in 2025" once read "doesn't give agent:visit": a missing wording shows its key to members.
    for kind in set(LEXICON.event_phrases.values()):
        for key in (f"agent:{kind}", f"event:{kind}"):
            assert key in ASKED_WORDS, key
            assert ":" not in asked_words(key)


def test_journey_words_belong_to_a_relation() -> None:
    assert LEXICON.journey_words["came"] == "visit"
    assert LEXICON.journey_words["gaye"] == "visit"
    with pytest.raises(LexiconError, match="relation"):
        Lexicon.from_documents(
            [("xx.yaml", {"language": "xx", "relations": {"visit": {"journey": ["went"], "sideways": []}}})]
        )


def test_a_partial_answer_shows_the_fact_that_leaves_out_less(shipped: KnowledgeService) -> None:
    # The outcomes of the visit score as high, but leave out who went as well as the name: the fact saying who went
    # is what the material says of the Indian PM's journey.
    outcome = last_reply(shipped, "what is the name of the indian PM who went to japan")
    assert isinstance(outcome, Partial), outcome
    assert outcome.missing == "a name"
    assert outcome.related[0].fact.fact.id == "why_in_news_visit"
