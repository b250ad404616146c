"""What a question asks a doer other than the partners did is not answered with what the partners do (session 49).

"which policy did China follow?" was answered with India's non-aligned approach, "what did China sign with India?"
with Japan leaning on the US-led alliance system: the facts name China only as "Chinese assertiveness", what the
partners answer. A name the question makes the doer (after "did/does", or marked by Hinglish "ne") must be one the
fact names as itself, not as a describing word, inside a thing's name or after a preposition ("to counter China");
otherwise the reply says the material does not give what that one does, and shows what it says. An office is read as
the doer only of trade, which no office does ("what did the PM import?" got India's imports); the visit's outcomes
are the Prime Minister's without the office named in each. Claims ("did China sign CEPA?") are left to the names and
correction checks; a partner as doer is the subject check's.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.answering.query import named_doer
from bot.core.language.lexicon import LEXICON
from bot.core.language.text import possessive_pairs, tokenize
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    "question",
    [
        "which policy did China follow?",
        "what did China sign with India?",
        "which approach does china take?",
        "how does china deal with japan?",
        "china ne kya policy follow ki?",
        "what did the pm import from japan?",
        "pm ne japan se kya import kiya",
        "what did africa sign with india",
    ],
)
def test_what_a_doer_outside_the_facts_did_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert not isinstance(outcome, Answer), outcome
    if isinstance(outcome, Partial):
        assert any(name in outcome.missing for name in ("China", "the PM", "Africa")), outcome.missing


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what did japan import?", "india_exports_to_japan"),
        ("how does japan deal with china?", "japan_approach"),
        ("which country do India and Japan work with in SCRI?", "scri"),
        ("what did the PM sign during the visit?", "key_outcomes_overview"),
    ],
)
def test_the_partners_and_their_fellows_still_answer(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "doer"),
    [
        ("which policy did China follow?", "China"),
        ("does Russia balance its ties?", "Russia"),
        ("china ne kya sign kiya?", "China"),
        ("did China's policy change?", ""),
        ("is China assertive?", ""),
        ("what did Japan sign?", ""),
        ("what did the PM sign?", ""),
        ("what did the Indian PM import?", "role:indian pm"),
        ("pm ne japan se kya import kiya", "role:pm"),
        ("prime minister ne kya export kiya", "role:prime minister"),
        ("does the Chinese navy join MALABAR?", ""),
    ],
)
def test_the_doer_read_from_the_question(shipped: KnowledgeService, question: str, doer: str) -> None:
    index = shipped.matcher.index
    tokens = tokenize(question)
    assert named_doer(question, tokens, index.gazetteer.find(tokens), index.partners, LEXICON) == doer


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("what's India's trade with Russia?", [("India", "trade")]),
        ("who's Japan's partner?", [("Japan", "partner")]),
        ("what's CEPA?", []),
        ("japan ka vision", [("japan", "vision")]),
    ],
)
def test_a_question_word_s_is_no_owner(text: str, pairs: list[tuple[str, str]]) -> None:
    # "what's India's trade" read "what" as the owner of "India", and India's trade went unread.
    assert [(owner, owned) for owner, owned, _end in possessive_pairs(text)] == pairs


def test_trade_with_a_country_the_facts_name_otherwise_is_not_answered(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("what's India's trade with Russia?").outcome
    assert not isinstance(outcome, Answer), outcome


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # A name's own glossary entry ("Australia") is the name itself, not a longer name it stands inside.
        ("what does Australia do in SCRI?", "scri"),
        # Getting is no doing: "development in Africa" says what Africa gets.
        ("what does Africa get from AAGC?", "aagc_aim"),
        ("can you confirm what SCRI does?", "scri_purpose"),
    ],
)
def test_what_review_found_answered_stays_answered(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        # "relations with the US" names the other side of India's ties, not a doer along with it.
        "who did America team up with?",
        "अमेरिका ने क्या किया?",
        # A lead-in asking to confirm still leaves the question asking which.
        "can you confirm: which policy did China follow?",
    ],
)
def test_a_doer_named_only_as_the_other_side_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert not isinstance(outcome, Answer), outcome


def test_an_office_getting_something_is_no_doer_of_trade(shipped: KnowledgeService) -> None:
    tokens = tokenize("what did the PM get from the visit?")
    index = shipped.matcher.index
    assert named_doer("", tokens, index.gazetteer.find(tokens), index.partners, LEXICON) == ""
