"""Claims that pair two places the material pairs otherwise are corrected, however the places are written.

"is UP paired with Osaka?" names Uttar Pradesh by a short form that is also a function word; "KL" by a glossary
short form; "are Kerala and Kyoto partners?" names both sides before the word. Each is read as the pairing it
claims, so the fact listing the pairs corrects it instead of being shown as a confident answer; and two places
said of each other are one question, not one question per place.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import WriteKnowledge

ARTICLE = """
source:
  id: twin-ties
  title: Peru-Japan Ties
  publisher: Practice Press
  published: 2024-01-02
  summary: [Peru and Japan pair regions.]
sections:
  - {id: ties, title: Ties, summary: Region pairs.}
facts:
  - id: region_pairs
    section: ties
    question: Which regions were paired?
    answer: Two region pairs were set up, pairing Kerala with Osaka and Uttar Pradesh with Kyoto.
    keywords: [region pairs, osaka, kyoto]
    roles:
      - {relation: pair, agent: Kerala, target: Osaka}
      - {relation: pair, agent: Uttar Pradesh, target: Kyoto}
  - id: kerala_osaka
    section: ties
    question: Which prefecture is Kerala paired with?
    answer: Kerala is paired with Osaka under the region pairs.
    keywords: [kerala, osaka]
    roles:
      - {relation: pair, agent: Kerala, target: Osaka}
  - id: uttar_pradesh_kyoto
    section: ties
    question: Which prefecture is Uttar Pradesh paired with?
    alternatives:
      - which state is paired with kyoto
    answer: Uttar Pradesh is paired with Kyoto under the region pairs.
    keywords: [uttar pradesh, kyoto]
    roles:
      - {relation: pair, agent: Uttar Pradesh, target: Kyoto}
glossary:
  - term: Kerala
    synonyms: [KL]
  - term: Uttar Pradesh
    synonyms: [UP]
  - term: Osaka
  - term: Kyoto
"""


@pytest.fixture
def pairs(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": ARTICLE}))


@pytest.mark.parametrize(
    "claim",
    [
        "is UP paired with Osaka?",
        "KL was paired with Kyoto right?",
        "are kerala and kyoto partners?",
        "uttar pradesh and osaka are partners na?",
    ],
)
def test_a_pairing_the_material_makes_otherwise_is_corrected(pairs: KnowledgeService, claim: str) -> None:
    outcome = pairs.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [("is UP paired with Kyoto?", "uttar_pradesh_kyoto"), ("are kerala and osaka partners?", "kerala_osaka")],
)
def test_a_pairing_the_material_makes_is_answered(pairs: KnowledgeService, claim: str, fact_id: str) -> None:
    outcome = pairs.matcher.ask(claim)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


def test_a_short_form_in_capitals_is_a_side_of_the_pairing(pairs: KnowledgeService) -> None:
    roles = pairs.matcher.reader.read("is UP paired with Osaka?").roles
    assert [(r.agent, r.target) for r in roles] == [("Uttar Pradesh", "Osaka")]
    # In lowercase "up" is the function word, and names nothing.
    assert all(r.agent != "Uttar Pradesh" for r in pairs.matcher.reader.read("what came up paired with osaka").roles)


@pytest.mark.parametrize("follow_up", ["then which one?", "which one then?"])
def test_which_one_after_a_corrected_pairing_asks_the_side_the_material_gives(
    pairs: KnowledgeService, follow_up: str
) -> None:
    matcher = pairs.matcher
    corrected = matcher.respond("is UP paired with Osaka?", None)
    assert isinstance(corrected.outcome, Correction)
    # The side the material gives otherwise (Osaka) is not carried into the next question.
    assert "Osaka" not in corrected.turn.query.entities
    reply = matcher.respond(follow_up, corrected.turn).outcome
    assert isinstance(reply, Answer), reply
    assert reply.best.fact.fact.id == "uttar_pradesh_kyoto"


def test_which_one_with_nothing_before_it_is_not_answered(pairs: KnowledgeService) -> None:
    assert not isinstance(pairs.matcher.ask("then which one?"), Answer)


@pytest.mark.parametrize(
    "question",
    [
        "which prefectures are Kerala and UP paired with?",
        "are Kerala and UP paired with Osaka and Kyoto?",
        "is Kerala paired with Osaka and UP with Kyoto?",
    ],
)
def test_two_places_of_one_kind_or_pairs_given_in_turn_are_no_wrong_pairing(
    pairs: KnowledgeService, question: str
) -> None:
    outcome = pairs.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome


def test_after_a_pairing_of_two_paired_places_which_one_asks_the_first_ones(pairs: KnowledgeService) -> None:
    matcher = pairs.matcher
    corrected = matcher.respond("is Kerala paired with Kyoto?", None)
    assert isinstance(corrected.outcome, Correction)
    reply = matcher.respond("then which one?", corrected.turn).outcome
    assert isinstance(reply, Answer), reply
    assert reply.best.fact.fact.id == "kerala_osaka"


@pytest.mark.parametrize("question", ["are kerala and japan partners?", "are osaka and peru partners?"])
def test_a_place_and_a_country_joined_are_no_claimed_pairing(pairs: KnowledgeService, question: str) -> None:
    assert not isinstance(pairs.matcher.ask(question), Correction)


def test_a_shouted_function_word_is_no_short_form(pairs: KnowledgeService) -> None:
    assert "Uttar Pradesh" not in pairs.matcher.reader.read("WHAT DID THEY SET UP IN KERALA").entities
    assert "Uttar Pradesh" in pairs.matcher.reader.read("what did they set up in UP").entities


@pytest.mark.parametrize(
    "question", ["what did they SET UP in Kerala", "what was set UP with Osaka", "when was it Set UP"]
)
def test_a_function_word_stressed_after_its_verb_is_no_short_form(pairs: KnowledgeService, question: str) -> None:
    # "SET UP" stresses the verb's particle; the same capitals after a verb of being still name the place.
    assert "Uttar Pradesh" not in pairs.matcher.reader.read(question).entities
    assert "Uttar Pradesh" in pairs.matcher.reader.read("is UP paired with Osaka").entities


@pytest.mark.parametrize("claim", ["kerala with kyoto?", "is UP with Osaka?", "kerala with kyoto right?"])
def test_a_place_put_with_a_place_of_another_kind_claims_a_pairing(pairs: KnowledgeService, claim: str) -> None:
    # No word of pairing is said, but "A with B?" claims the pair as "is A paired with B?" does.
    assert isinstance(pairs.matcher.ask(claim), Correction)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [("kerala with osaka?", "kerala_osaka"), ("which prefecture with UP?", "uttar_pradesh_kyoto")],
)
def test_a_pair_put_with_each_other_as_the_material_pairs_them_is_answered(
    pairs: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = pairs.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


#: The same pairs, said as partnerships ("partner" and "partnership" relate nothing by themselves).
PARTNERSHIPS = (
    ARTICLE.replace("pairing Kerala with Osaka", "partnering Kerala with Osaka")
    .replace("keywords: [region pairs, osaka, kyoto]", "keywords: [region partnerships, partner, osaka, kyoto]")
    .replace("keywords: [kerala, osaka]", "keywords: [kerala, osaka, partner, partnership]")
    .replace("keywords: [uttar pradesh, kyoto]", "keywords: [uttar pradesh, kyoto, partner, partnership]")
)


@pytest.fixture
def partners(write_knowledge: WriteKnowledge) -> KnowledgeService:
    return KnowledgeService.from_directory(write_knowledge({"article.yaml": PARTNERSHIPS}))


@pytest.mark.parametrize(
    "claim",
    [
        "kyoto partner is kerala",
        "kyoto ka partner kerala hai",
        "kerala and kyoto partnership details",
        "partnership between UP and osaka",
    ],
)
def test_a_partner_named_or_a_pair_put_before_its_word_claims_a_pairing(partners: KnowledgeService, claim: str) -> None:
    # "partner" and "partnership" relate nothing by themselves; beside two places of two kinds they claim the pair.
    assert isinstance(partners.matcher.ask(claim), Correction)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [("osaka partner is kerala", "kerala_osaka"), ("kyoto ka partner UP hai", "uttar_pradesh_kyoto")],
)
def test_a_partner_named_as_the_material_pairs_them_is_answered(
    partners: KnowledgeService, question: str, fact_id: str
) -> None:
    outcome = partners.matcher.ask(question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


@pytest.mark.parametrize("question", ["kerala and kyoto", "what did kerala and osaka gain from the ties?"])
def test_two_places_with_no_word_of_a_pair_claim_nothing(pairs: KnowledgeService, question: str) -> None:
    assert not pairs.matcher.reader.read(question).roles


@pytest.mark.parametrize("message", ["kerala kyoto", "uttar pradesh osaka?", "kerala - kyoto"])
def test_two_places_alone_in_a_message_ask_about_their_pair(pairs: KnowledgeService, message: str) -> None:
    # The two names are all it says: the pair is what is asked, and the material pairs each otherwise.
    outcome = pairs.matcher.ask(message)
    assert isinstance(outcome, Correction), outcome


@pytest.mark.parametrize(
    ("message", "fact_id"), [("kerala osaka", "kerala_osaka"), ("kyoto uttar pradesh", "uttar_pradesh_kyoto")]
)
def test_two_paired_places_alone_in_a_message_are_answered(pairs: KnowledgeService, message: str, fact_id: str) -> None:
    outcome = pairs.matcher.ask(message)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


@pytest.mark.parametrize(
    "claim",
    [
        "kerala - kyoto state prefecture partnership, correct?",
        "kerala and kyoto have a prefecture partnership right?",
        "kerala ka partnership kyoto ke saath hua hai na?",
        "UP ka osaka hai na?",
        "i mean kerala-kyoto is correct?",
        "kerala's partner prefecture is kyoto, correct?",
        "does kerala partner with kyoto?",
        "UP is with Osaka",
    ],
)
def test_two_places_linked_by_words_of_pairs_or_their_kinds_claim_a_pairing(
    partners: KnowledgeService, claim: str
) -> None:
    # Besides the two places the message says only words of a pair, of the places' kinds, links and a tag: the pair
    # is what it claims (red team, session 35: "gujarat's partner prefecture is toyama, correct?" was answered with
    # the list of pairs, the wrong pairing never called wrong).
    outcome = partners.matcher.ask(claim)
    assert isinstance(outcome, Correction), outcome


@pytest.mark.parametrize(
    ("claim", "fact_id"),
    [("UP is with Kyoto", "uttar_pradesh_kyoto"), ("does kerala partner with osaka?", "kerala_osaka")],
)
def test_two_places_linked_as_the_material_pairs_them_are_answered(
    partners: KnowledgeService, claim: str, fact_id: str
) -> None:
    outcome = partners.matcher.ask(claim)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "does kerala partner with kyoto or osaka?",  # a choice offered, no pair claimed
        "kerala and UP partner with osaka and kyoto",  # two lists side by side pair in order, as the material does
    ],
)
def test_a_choice_or_two_lists_of_places_claim_no_wrong_pairing(partners: KnowledgeService, question: str) -> None:
    assert not isinstance(partners.matcher.ask(question), Correction)
