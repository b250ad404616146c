"""What a fact gives of a thing it names only in a list ("which countries are in the global south"), and idioms
read in their plain wording ("in force")."""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Partial
from bot.core.answering.present import explain
from bot.core.language.lexicon import Lexicon, LexiconError
from bot.core.language.text import tokenize
from bot.core.services.knowledge import KnowledgeService


# ---------------------------------------------------------------- members of a phrase a fact only lists
@pytest.mark.parametrize("question", ["which countries are in the global south", "global south members"])
def test_names_listed_beside_a_phrase_are_not_its_members(shipped: KnowledgeService, question: str) -> None:
    # "... its relations with the US, Russia and the Global South": the US and Russia are its siblings.
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert "members" in outcome.missing


@pytest.mark.parametrize(
    "question",
    ["which countries are in the supply chain resilience initiative", "which countries are part of scri"],
)
def test_members_of_a_thing_a_fact_is_about_are_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "scri"


# ---------------------------------------------------------------- idioms
def test_an_idiom_is_read_in_its_plain_wording() -> None:
    assert tokenize("CEPA is in force since 2011") == ["cepa", "is", "in", "effect", "since", "2011"]
    assert tokenize("which forces take part") == ["which", "forces", "take", "part"]


def test_an_idiom_of_one_word_is_refused() -> None:
    with pytest.raises(LexiconError, match="idiom"):
        Lexicon.from_documents([("x.yaml", {"idioms": {"force": "effect"}})])


@pytest.mark.parametrize("question", ["is cepa in force", "since when is cepa in force", "cepa came into force when"])
def test_a_question_with_the_idiom_meets_the_fact_that_uses_it(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "cepa_year"


@pytest.mark.parametrize("question", ["which forces?", "armed forces of india and japan"])
def test_a_word_of_an_idiom_alone_does_not_meet_it(shipped: KnowledgeService, question: str) -> None:
    # "CEPA (in force since 2011)": armed forces are not what is in force.
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)


# ---------------------------------------------------------------- a thing the material never names
def test_two_unknown_words_side_by_side_name_a_thing_the_fact_says_nothing_of(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("japanese language teachers under HR exchange")
    assert isinstance(outcome, Partial)
    assert outcome.missing == "anything on language teachers"
    assert outcome.related[0].fact.fact.id == "human_resource_exchange"
    assert "[unknown thing] says nothing of language teachers" in "\n".join(explain(outcome))


def test_unknown_words_apart_name_no_one_thing(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("language of the hr exchange for teachers")
    assert "unknown thing" not in "\n".join(explain(outcome))
