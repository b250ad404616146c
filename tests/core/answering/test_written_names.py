"""A name written out in capitals is the fact's only when the fact covers every capitalised word of it.

"What is the Forum for Small Arms?" shares "Forum" and "Small" with the SME Forum of the material, and was answered
with it at high confidence: a different name, which the material never gives. Words capitalised as a sentence's
first word, and a message that capitalises every word, name nothing.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: forum-ties
  title: Chile-Latvia Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia set up forums.]
sections:
  - {id: ties, title: Ties, summary: Forums and plans.}
facts:
  - id: sme_forum
    section: ties
    question: Which forum was set up for small firms?
    answer: The visit set up the Chile-Latvia Small and Medium Enterprises Forum to help small firms trade.
    keywords: [small and medium enterprises, forum]
  - id: mobility_partnership
    section: ties
    question: What does the Next-Generation Mobility Partnership cover?
    answer: The Next-Generation Mobility Partnership covers railways, ports and roads.
    keywords: [mobility, railways]
  - id: two_plus_two
    section: ties
    question: What is the 2+2 dialogue?
    answer: The 2+2 dialogue brings together the defence and foreign ministers of Chile and Latvia.
    keywords: [2+2, dialogue, ministers]
glossary:
  - term: Chile-Latvia
    synonyms: [Chile Latvia]
  - term: 2+2
    synonyms: [two plus two]
"""


@pytest.fixture
def forums(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


@pytest.mark.parametrize(
    "question",
    [
        "what is the Chile-Latvia Forum for Small Arms?",
        "What does the Next-Generation Nuclear Partnership cover?",
        "Chile-Latvia Small Business Forum?",
    ],
)
def test_a_written_name_the_material_never_gives_is_not_answered_by_a_lookalike(
    forums: KnowledgeService, question: str
) -> None:
    assert not isinstance(forums.matcher.ask(question), Answer)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what is the Small and Medium Enterprises Forum for?", "sme_forum"),
        (
            "Consider the Next-Generation Mobility Partnership: which sectors does the Mobility Partnership cover?",
            "mobility_partnership",
        ),
        ("What Does The Mobility Partnership Cover", "mobility_partnership"),
    ],
)
def test_the_name_as_the_material_writes_it_is_answered(forums: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = forums.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("what is the Forum for Small Arms?", {"forum", "small", "arm"}),
        ("Consider the State Pairs of Chile.", {"state", "pair"}),  # a country is no word of a name
        ("What Is The Aim Of The Forum", set()),
        ("is the forum in Chile?", set()),
    ],
)
def test_the_words_of_a_written_name(forums: KnowledgeService, question: str, words: set[str]) -> None:
    assert forums.matcher.reader.read(question).name_words == words


@pytest.mark.parametrize("question", ["what is the chile-latvia 3+3 dialogue?", "what did the g7 dialogue decide?"])
def test_a_word_with_a_figure_the_material_lacks_is_as_specific_as_a_figure(
    forums: KnowledgeService, question: str
) -> None:
    # "3+3" is no common word, though a word-frequency list reads it as two threes.
    assert not isinstance(forums.matcher.ask(question), Answer)
    assert isinstance(forums.matcher.ask("what is the 2+2 dialogue?"), Answer)


INITIATIVES = """
source:
  id: chain-ties
  title: Chile-Latvia Supply Chains
  publisher: Practice Press
  published: 2024-01-02
  summary: [Chile and Latvia launched initiatives.]
sections:
  - {id: ties, title: Ties, summary: Initiatives and pacts.}
facts:
  - id: economic_security
    section: ties
    question: What is the Economic Security Initiative?
    answer: The Economic Security Initiative is meant to promote supply chain resilience in chips and telecom.
    keywords: [economic security initiative]
  - id: resilience
    section: ties
    question: Who is in the Supply Chain Resilience Initiative?
    answer: Chile and Latvia work with Peru in the Supply Chain Resilience Initiative to diversify supply chains.
    keywords: [supply chain resilience initiative]
  - id: rail
    section: ties
    question: What is the flagship project of their development ties?
    answer: The Santiago-Valdivia High Speed Rail (SVHSR) is the flagship project of their development ties.
  - id: pacts
    section: ties
    question: What did the 2015 pacts cover?
    answer: In 2015 Chile and Latvia signed pacts on defense equipment transfer and on classified information.
  - id: dialogues
    section: ties
    question: Who takes part in their dialogues?
    answer: Their Ministerial Dialogues bring together the defence and foreign ministers.
  - id: exchange
    section: ties
    question: What action plan did the visit produce?
    answer: The visit produced an Action Plan for Human Resource Exchange between Chile and Latvia.
  - id: trade_deal
    section: ties
    question: What does the trade deal cover?
    answer: The trade deal covers goods, services and Intellectual Property Rights (IPR).
glossary:
  - {term: Economic Security Initiative, synonyms: [ESI]}
  - {term: Action Plan for Human Resource Exchange}
  - {term: IPR, expansion: Intellectual Property Rights}
  - {term: SCRI, expansion: Supply Chain Resilience Initiative}
  - {term: SVHSR, expansion: Santiago-Valdivia High Speed Rail}
  - {term: defence, synonyms: [defense]}
  - {term: agreement, synonyms: [pact, pacts]}
"""


@pytest.fixture
def initiatives(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": INITIATIVES}))


@pytest.mark.parametrize(
    "question",
    [
        "What is the Supply Chain Security Initiative?",
        "what does the supply chain security initiative do",
        "What is the Telecom Resilience Initiative?",
        "which countries are in the chile latvia chip security initiative?",
        "what is the chile latvia human rights exchange",  # "exchange" ends a name as "initiative" does
    ],
)
def test_a_name_made_of_the_words_of_other_names_is_not_answered_by_them(
    initiatives: KnowledgeService, question: str
) -> None:
    # Each word is some fact's ("supply chain" and "security" the Economic Security Initiative's), the name none.
    assert not isinstance(initiatives.matcher.ask(question), Answer)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("What is the Economic Security Initiative?", "economic_security"),
        ("what is the economic security initiative", "economic_security"),
        ("what is the SVHSR Project?", "rail"),  # a known name followed by the kind of thing it is
        ("When was the Defence Equipment Transfer Pact signed?", "pacts"),  # a word spelt another way, one inverted
        ("Who sits in the Ministerial Dialogue?", "dialogues"),  # the name as the fact's own words give it
    ],
)
def test_a_name_the_material_knows_or_writes_is_answered(
    initiatives: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = initiatives.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("what is the Supply Chain Security Initiative?", {("supply", "chain", "security", "initiative")}),
        ("what is the supply chain security initiative", {("supply", "chain", "security", "initiative")}),
        # A word of no name of the base ends a name typed in lowercase; generic words and countries are none of it.
        ("how does peru help the economic security initiative", {("economic", "security", "initiative")}),
        ("what is the new chile latvia initiative", set()),
        ("what is the human rights exchange", {("human", "rights", "exchange")}),
        ("what is the Forum of Chile", set()),
    ],
)
def test_the_names_a_question_writes_out(
    initiatives: KnowledgeService, question: str, names: set[tuple[str, ...]]
) -> None:
    assert set(initiatives.matcher.reader.read(question).written_names) == names
