"""Options a which-question lists are alternatives, a verb-like word in a noun's place is a noun, and "only" one item
of a longer list is a claim to correct.

Red team (session 35): "which happened in 2014: CEPA, SSGP, IJICP or AAGC?" and "which of these is from 2014: SSGP,
CEPA?" were told "The study material says otherwise" with CEPA's 2011 (the year was read as claimed of every option,
and only the last two joined by "or" were options); "did japan sign nuclear deal with india?" was "corrected" with
"India has not signed the NPT" ("deal with" was read as the verb of "how does India deal with China" and dropped).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Suggestions
from bot.core.answering.shapes import options_as_alternatives
from bot.core.language.lexicon import LEXICON
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: harbour-ties
  title: Chile-Latvia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia trade and build together.]
sections:
  - {id: ties, title: Ties, summary: Programmes and pacts.}
facts:
  - id: harbour_year
    section: ties
    question: When was the Harbour Initiative launched?
    answer: The Harbour Initiative was launched in 2019.
    keywords: [Harbour Initiative, launched]
  - id: dock_year
    section: ties
    question: When did the Dock Pact come into force?
    answer: The Dock Pact came into force in 2011.
    keywords: [Dock Pact, in force]
  - id: rail_year
    section: ties
    question: When was the Rail Compact signed?
    answer: The Rail Compact was signed in 2014.
    keywords: [Rail Compact, signed]
  - id: fishing_concern
    section: ties
    question: What holds back Chile-Latvia fisheries cooperation?
    answer: Chile limits fishing technology transfers to Latvia because Latvia has not signed the Fishing Treaty.
    keywords: [Fishing Treaty, fishing, signed]
glossary:
  - {term: Harbour Initiative}
  - {term: Dock Pact}
  - {term: Rail Compact}
  - {term: Fishing Treaty}
  - {term: agreement, synonyms: [deal, pact]}
  - term: Chile-Latvia
"""


@pytest.fixture
def ties(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


def _no_name(words: str) -> bool:
    return False


def test_an_option_of_several_words_is_joined_only_when_it_is_one_name() -> None:
    # "or" joins single words: "electrical machinery" would come apart unless it is one name of the base.
    question = "which is an export: copper, vehicles, electrical machinery?"
    assert options_as_alternatives(question, LEXICON, most_options=6, most_words=5, one_thing=_no_name) == question
    known = options_as_alternatives(question, LEXICON, most_options=6, most_words=5, one_thing=lambda _words: True)
    assert known == "which is an export: copper or vehicles or electrical machinery"


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("which happened in 2014: CEPA, SSGP, IJICP or AAGC?", "which happened in 2014: CEPA or SSGP or IJICP or AAGC"),
        ("which of these is from 2014: SSGP, CEPA?", "which is from 2014: SSGP or CEPA"),
        ("which happened in 2014, CEPA, SSGP or AAGC", "which happened in 2014: CEPA or SSGP or AAGC"),
        ("CEPA, SSGP or AAGC - which came in 2014?", "CEPA or SSGP or AAGC - which came in 2014?"),
        ("inme se kaunsa 2014 me hua: cepa, ssgp", "kaunsa 2014 me hua: cepa or ssgp"),
    ],
)
def test_a_which_question_s_listed_options_are_joined_by_or(question: str, read: str) -> None:
    assert options_as_alternatives(question, LEXICON, most_options=6, most_words=5, one_thing=_no_name) == read


@pytest.mark.parametrize(
    "question",
    [
        "which is older, AAGC or IJICP?",  # two options joined by "or" already
        "what does CEPA cover: goods, services?",  # no "which"
        "act east policy vs free and open indo-pacific vision - which is india's and which is japan's",  # no commas
        "which came first: the agreement that opened the ports to ships, the rail compact",  # a clause is no option
        # "which ... has no ...": the odd one out, read as such, not a choice among the options.
        "which of these states has no partner: gujarat, kerala, goa",
        "which of these is not bilateral: JIMEX, MILAN",
    ],
)
def test_a_question_without_listed_options_is_read_as_written(question: str) -> None:
    assert options_as_alternatives(question, LEXICON, most_options=6, most_words=5, one_thing=_no_name) == question


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("which happened in 2014: dock pact, rail compact, harbour initiative?", "rail_year"),
        ("which of these is from 2011: rail compact, dock pact?", "dock_year"),
        ("which was launched in 2019, dock pact, rail compact or harbour initiative", "harbour_year"),
        ("Dock Pact, Rail Compact or Harbour Initiative - which came in 2014?", "rail_year"),
    ],
)
def test_the_option_the_material_dates_so_answers(ties: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = ties.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


def test_a_deal_after_the_verb_it_is_signed_by_is_what_is_asked(ties: KnowledgeService) -> None:
    # "Latvia has not signed the Fishing Treaty" says nothing of a deal Chile signed: no correction.
    query = ties.matcher.read("did chile sign a fishing deal with latvia?")
    assert "agreement" in {u.label for u in query.units}
    outcome = ties.matcher.ask("did chile sign fishing deal with latvia?")
    assert isinstance(outcome, Suggestions), outcome  # the material names no such deal; the treaty fact is offered


@pytest.mark.parametrize(
    "question", ["how does chile deal with latvia", "how to deal with latvia", "chile deals with which country"]
)
def test_deal_with_as_a_verb_names_nothing(ties: KnowledgeService, question: str) -> None:
    assert "agreement" not in {u.label for u in ties.matcher.read(question).units}


LISTS = """
source:
  id: harbour-ties
  title: Chile-Latvia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia trade and build together.]
sections:
  - {id: ties, title: Ties, summary: Pacts and programmes.}
facts:
  - id: dock_pact_scope
    section: ties
    question: What does the Dock Pact cover?
    answer: The Dock Pact includes trade in fish and grain, shipping, port fees and customs, among other areas.
    keywords: [Dock Pact, covers]
  - id: rail_flagship
    section: ties
    question: What is the flagship project?
    answer: The Coast Railway is cited as the flagship project of Chile-Latvia ties.
    keywords: [Coast Railway, flagship project]
glossary:
  - {term: Dock Pact}
  - {term: Coast Railway}
  - term: Chile-Latvia
"""


@pytest.fixture
def lists(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": LISTS}))


@pytest.mark.parametrize(
    "claim",
    [
        "the dock pact covers only trade in fish",
        "dock pact only covers shipping?",
        "the dock pact covers only shipping, right?",
    ],
)
def test_a_claim_that_a_list_holds_only_one_of_its_items_is_corrected(lists: KnowledgeService, claim: str) -> None:
    # Red team (session 35): "india japan CEPA covers only trade in goods" was answered with CEPA's list, the "only"
    # never called wrong.
    outcome = lists.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "dock_pact_scope"


def test_only_in_a_question_that_asks_claims_nothing(lists: KnowledgeService) -> None:
    outcome = lists.matcher.ask("if the dock pact covers only shipping, what else?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "dock_pact_scope"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("is the coast railway the only flagship project?", "rail_flagship"),  # no list to hold more
        ("what does the dock pact cover?", "dock_pact_scope"),
    ],
)
def test_only_without_a_longer_list_claims_nothing_to_correct(
    lists: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = lists.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id
