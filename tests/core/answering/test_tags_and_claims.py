"""Claims as chat states them: negated tags ("..., isn't it?"), what a claim says of a named thing, and names the
material knows but never links to the thing a claim is about, each at its edges."""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial, Suggestions
from bot.core.answering.query import negated_tag, only_a_tag, split_clauses
from bot.core.language.lexicon import LEXICON
from bot.core.language.text import tokenize
from bot.core.services.knowledge import KnowledgeService


# ---------------------------------------------------------------- negated tags
@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("jimex is bilateral isn't it", 3),
        ("jimex is bilateral isnt it", 3),
        ("they signed it didn't they", 3),
        ("quad members are india and japan aren't they", 6),
    ],
)
def test_a_negated_tag_is_found_where_it_starts(text: str, start: int) -> None:
    assert negated_tag(tokenize(text), LEXICON) == start


@pytest.mark.parametrize(
    "text",
    [
        "why did india not sign it",  # "not" is the claim's own, before its verb
        "which exercise is not bilateral",
        "is it or is it not",
        "",
    ],
)
def test_what_is_no_tag_is_not_read_as_one(text: str) -> None:
    assert negated_tag(tokenize(text), LEXICON) is None


def test_a_tag_after_a_comma_stays_with_its_statement() -> None:
    assert split_clauses("JIMEX is a multilateral exercise, isn't it?", LEXICON) == [
        "jimex is a multilateral exercise isn't it"
    ]
    assert only_a_tag("isn't it", LEXICON)
    assert only_a_tag("right", LEXICON)
    assert not only_a_tag("and when did it start", LEXICON)


@pytest.mark.parametrize(
    "question",
    [
        "jimex is a multilateral exercise, isn't it?",
        "JIMEX is multilateral isnt it",
        "malabar is a bilateral exercise, isn't it?",
    ],
)
def test_a_negated_tag_asks_to_confirm_and_a_false_claim_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)


def test_a_negated_tag_on_a_true_claim_is_answered_not_negated(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("cepa came into effect in 2011, didn't it?")
    assert isinstance(outcome, Answer)
    assert "2011" in outcome.best.fact.fact.answer
    query = shipped.matcher.read("india has not signed the npt, isn't it?")
    # The claim's own "not" stays; the tag's is gone, and so is its "it".
    assert query.markers.anaphor is None


# ---------------------------------------------------------------- what a claim says of a named thing
@pytest.mark.parametrize(
    "question",
    [
        "jimex is a multilateral naval exercise isnt it",  # "naval" describes JIMEX: it names no other exercise
        "is dharma guardian a multilateral naval exercise?",
    ],
)
def test_words_describing_a_named_thing_do_not_make_another_thing(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert "bilateral exercises (JIMEX, Dharma Guardian)" in outcome.related[0].fact.fact.answer


def test_a_description_the_material_lacks_is_not_confirmed(shipped: KnowledgeService) -> None:
    # Filed under its own kind, with a detail the material never gives: neither a yes nor a correction.
    outcome = shipped.matcher.ask("is jimex a naval exercise?")
    assert not isinstance(outcome, Answer | Correction)


def test_an_unknown_qualifier_before_the_verb_still_names_another_thing(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("when was the india japan green partnership launched?")
    assert not isinstance(outcome, Answer)


# ---------------------------------------------------------------- known names a claim links to a thing
@pytest.mark.parametrize(
    ("question", "name", "thing"),
    [
        ("is chandrayaan 5 with russia?", "Russia", "Chandrayaan 5"),
        ("chandrayaan 5 is being done with russia na?", "Russia", "Chandrayaan 5"),
        ("does russia take part in malabar?", "Russia", "MALABAR"),
    ],
)
def test_a_known_name_never_linked_to_the_thing_gets_what_the_material_says_of_it(
    shipped: KnowledgeService, question: str, name: str, thing: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert outcome.missing == f"anything that links {name} to {thing}"
    assert thing.casefold() in outcome.related[0].fact.fact.answer.casefold()


def test_a_question_that_is_no_claim_is_not_given_that_partial(shipped: KnowledgeService) -> None:
    # "what is Russia's role in Chandrayaan 5" asks for something the material never gives: no claim to weigh.
    outcome = shipped.matcher.ask("what is russia's role in chandrayaan 5")
    assert not isinstance(outcome, Answer)
    assert not (isinstance(outcome, Partial) and outcome.missing.startswith("anything that links"))


def test_a_name_in_place_of_the_materials_is_still_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("scri is between india japan and the US?")
    assert isinstance(outcome, Correction)
    assert "Australia" in outcome.related[0].fact.fact.answer
    assert not isinstance(shipped.matcher.ask("is chandrayaan 5 with japan?"), Suggestions | Partial)


def test_a_statement_with_a_descriptor_the_material_lacks_is_not_answered(shipped: KnowledgeService) -> None:
    # Only a yes/no question says "a mars mission" of Chandrayaan 5; a statement ending in "na" must be the material's.
    assert not isinstance(shipped.matcher.ask("chandrayaan 5 is a mars mission na"), Answer)


# ---------------------------------------------------------------- words only inside a long name
@pytest.mark.parametrize("question", ["does japan have nuclear weapons", "does india have nuclear weapons?"])
def test_words_only_inside_a_terms_long_name_do_not_confirm_or_correct_a_claim(
    shipped: KnowledgeService, question: str
) -> None:
    # "Nuclear Weapons" is only in the NPT's long name; the fact restricts technology transfers, not weapons.
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer | Correction)
    explained = shipped.matcher.judge(shipped.matcher.read(question))
    assert any("only inside the name NPT" in v.reason for j in explained for v in j.verdicts)


def test_a_question_asking_the_rest_of_a_name_is_still_answered(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what kind of world order does the conclusion say we are in")
    assert isinstance(outcome, Answer)
    assert "multipolar" in outcome.best.fact.fact.answer


def test_a_restriction_corrects_only_a_claim_wholly_about_the_restricted_action(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("Japan transfers nuclear tech to India, true?"), Correction)
    assert not isinstance(shipped.matcher.ask("does japan have nuclear weapons?"), Correction)


# ---------------------------------------------------------------- a negating prefix
@pytest.mark.parametrize("question", ["is india an npt signatory?", "is india a signatory to the npt?"])
def test_a_claim_the_fact_negates_with_a_prefix_is_corrected(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(shipped.matcher.ask(question), Correction)


def test_a_claim_negated_the_same_way_is_answered(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("india is a non signatory to npt right?")
    assert isinstance(outcome, Answer)
    assert "non-signatory" in outcome.best.fact.fact.answer


def test_what_the_fact_says_one_partner_is_not_says_nothing_of_the_other(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("is japan an npt signatory?")
    assert not isinstance(outcome, Answer | Correction)


# ---------------------------------------------------------------- the partners are no list; a change; an owned thing
def test_the_partners_are_no_list_a_thing_is_set_beside(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("is Africa part of the India-Japan story here?")
    assert not isinstance(outcome, Correction)
    judged = shipped.matcher.judge(shipped.matcher.read("is Africa part of the India-Japan story here?"))
    assert not any(v.check == "membership" and not v.ok for j in judged for v in j.verdicts)


@pytest.mark.parametrize(
    "question",
    ["by how much did bilateral trade increase", "what was the growth in bilateral trade", "rise in trade after cepa?"],
)
def test_a_change_is_not_given_by_an_amount(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)
    if isinstance(outcome, Partial):
        assert outcome.missing == "how much it changed"


def test_a_part_asking_a_change_leaves_the_message_partly_answered(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("When did CEPA come into effect and by how much did it boost bilateral trade?")
    assert isinstance(outcome, Partial)
    assert "2011" in outcome.related[0].fact.fact.answer


def test_what_a_named_place_owns_must_be_in_the_fact(shipped: KnowledgeService) -> None:
    assert not isinstance(shipped.matcher.ask("what is india's trade with australia under scri"), Answer)
    # The head of the owned words is what must be there, not an adjective before it.
    outcome = shipped.matcher.ask("india's top exports to japan")
    assert isinstance(outcome, Answer)
    assert "organic chemicals" in outcome.best.fact.fact.answer


def test_the_owned_thing_is_read_only_from_an_english_possessive(shipped: KnowledgeService) -> None:
    read = shipped.matcher.read
    assert read("what is india's trade with australia").owned == frozenset({"trade"})
    assert read("india's top exports to japan").owned == frozenset({"export"})
    assert read("japan ke northern regions develop karne ke liye hai").owned == frozenset()


def test_the_economic_pillar_is_described_by_its_own_facts(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("tell me about the economic pillar of india japan ties")
    assert isinstance(outcome, Answer)
    assert "CEPA" in outcome.best.fact.fact.answer


# ---------------------------------------------------------------- follow-ups that leave out their subject
def _turns(service: KnowledgeService, *questions: str) -> list[object]:
    replies, previous = [], None
    for question in questions:
        reply = service.matcher.respond(question, previous)
        replies.append(reply.outcome)
        previous = reply.turn
    return replies


@pytest.mark.parametrize(
    ("text", "dangling"),
    [
        ("on what areas", True),
        ("which services participate?", True),
        ("was the us involved?", True),
        ("what areas does quad cover", False),
        ("which exercises do india and japan join in", False),
    ],
)
def test_a_question_leaving_out_its_subject_is_read_as_such(
    shipped: KnowledgeService, text: str, dangling: bool
) -> None:
    assert shipped.matcher.read(text).markers.dangling is dangling


def test_a_dangling_follow_up_is_about_the_earlier_subject(shipped: KnowledgeService) -> None:
    after_quad = _turns(shipped, "what is quad", "on what areas")
    assert isinstance(after_quad[-1], Answer)
    assert after_quad[-1].best.fact.fact.id == "quad"
    # Nothing of Dharma Guardian's services is given: not CEPA's "goods and services" either.
    after_drill = _turns(shipped, "what is dharma guardian", "which services participate?")
    assert not isinstance(after_drill[-1], Answer)


@pytest.mark.parametrize(
    "first", ["scri is with which country", "which country works with India and Japan in SCRI?", "what is SCRI?"]
)
def test_a_country_after_a_thing_is_asked_with_it_not_in_its_place(shipped: KnowledgeService, first: str) -> None:
    outcomes = _turns(shipped, first, "and the us?")
    # Not the US-led alliance fact: the material says nothing of the US in SCRI.
    assert not isinstance(outcomes[-1], Answer)
    assert all("SCRI" in m.fact.fact.answer for m in getattr(outcomes[-1], "related", ()))


def test_a_name_of_the_earlier_names_kind_still_takes_its_place(shipped: KnowledgeService) -> None:
    outcomes = _turns(shipped, "gujarat partner prefecture", "tamil nadu ka?")
    assert isinstance(outcomes[-1], Answer)
    assert "Ehime" in outcomes[-1].best.fact.fact.answer


# ---------------------------------------------------------------- a sum asked for a year
def test_a_sum_asked_for_a_year_is_not_a_sum_of_another_year(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what was the trade value in 2011 when cepa began")
    assert not isinstance(outcome, Answer)
    outcome = shipped.matcher.ask("bilateral trade in fy 2023-24")
    assert isinstance(outcome, Answer)
    assert "22.85" in outcome.best.fact.fact.answer


# ---------------------------------------------------------------- what came before a year; how to answer
def test_before_a_year_with_nothing_named_asks_what_came_before(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what was the status before 2014")
    assert isinstance(outcome, Partial)
    assert outcome.missing == "what came before it"


def test_how_long_an_answer_should_be_names_nothing(shipped: KnowledgeService) -> None:
    # "in a line" is no line of effort, "in short" nothing to look for.
    assert [u.label for u in shipped.matcher.read("sum up the article in a line").units] == ["sum"]
    assert [u.label for u in shipped.matcher.read("explain cepa in short").units] == ["CEPA"]
    outcome = shipped.matcher.ask("sum up the article in a line")
    assert not (isinstance(outcome, Answer) and "lines of effort" in outcome.best.fact.fact.answer)


def test_an_adjective_of_another_word_is_no_doer_of_a_phrase(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("Japan addresses Chinese assertiveness through US-led alliance")
    assert all(r.agent != "China" for r in query.roles)
    outcome = shipped.matcher.ask(
        "Consider: 1. Japan addresses Chinese assertiveness through US-led alliance. 2. India follows "
        "non-alignment/strategic autonomy. Which is correct?"
    )
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith("Statement 1 is correct. Statement 2 is correct.")


# ---------------------------------------------------------------- how a thing is done
@pytest.mark.parametrize(
    ("text", "means"),
    [
        ("how does the economic security initiative achieve resilience", True),
        ("how will it do that", True),
        ("how do india and japan cooperate through quad", False),
        ("how long does it take to read this piece?", False),
        ("what will the initiative achieve", False),
    ],
)
def test_how_a_thing_is_done_is_read_as_its_own_attribute(shipped: KnowledgeService, text: str, means: bool) -> None:
    assert ("means" in shipped.matcher.read(text).attributes) is means


def test_an_aim_does_not_say_how_it_is_done(shipped: KnowledgeService) -> None:
    outcomes = _turns(shipped, "what is ijicp", "how will it do that")
    assert isinstance(outcomes[-1], Partial)
    assert outcomes[-1].missing == "how it is done"


# ---------------------------------------------------------------- a name given another number
@pytest.mark.parametrize(
    "question", ["chandrayaan 4 is the joint mission with japan right?", "is chandrayaan 4 with japan?"]
)
def test_a_name_claimed_with_another_number_is_corrected_with_the_materials_own(
    shipped: KnowledgeService, question: str
) -> None:
    # (A partial answer saying "nothing on Chandrayaan 4" read as if the material were silent: see
    # test_claims_of_another_number.py.)
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Correction)
    assert "Chandrayaan 5" in outcome.related[0].fact.fact.answer


def test_the_materials_own_number_is_answered(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("chandrayaan 5 is with japan right?"), Answer)


# ---------------------------------------------------------------- numbered statements and pairs to match
def test_statements_closed_by_a_bare_correct_are_judged(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("consider: 1. Dharma Guardian is multilateral 2. MILAN is multilateral. correct?")
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith("Statement 1 is not correct. Statement 2 is correct.")


def test_a_statement_pointing_back_is_about_the_one_before(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask(
        "Consider: 1. Chandrayaan 5 is a joint lunar polar exploration mission. 2. It is with Japan. correct?"
    )
    assert isinstance(outcome, Answer)
    assert outcome.note.startswith("Statement 1 is correct. Statement 2 is correct.")


def test_numbered_names_with_no_question_about_them_are_no_statements() -> None:
    from bot.core.answering.shapes import read_statements

    assert read_statements("top things: 1. cepa 2. trade") is None
    read = read_statements(
        "Consider the following statements about the Joint Vision: 1. It is X 2. It is Y. Which is correct?"
    )
    assert read is not None
    assert read.lead == "Consider the following statements about the Joint Vision"


# ---------------------------------------------------------------- a plain statement is a claim
@pytest.mark.parametrize(
    ("text", "states"),
    [
        ("dharma guardian is a multilateral exercise with ten countries", True),
        ("estonia's export value to peru", False),  # a name owning the relation word: a noun, no verb
        ("india exports copper to japan", True),
        ("cepa came into effect in 2011?", True),  # a statement asked to be confirmed
        ("did cepa come into effect in 2011?", False),  # a yes/no question asks
        ("what did india and japan sign in 2015", False),  # a question word asks
        ("can someone tell me the bilateral exercises", False),  # a request
        ("india japan trade fy24", False),  # no verb, nothing stated
    ],
)
def test_a_plain_statement_is_read_as_a_claim(shipped: KnowledgeService, text: str, states: bool) -> None:
    assert shipped.matcher.read(text).claims is states


@pytest.mark.parametrize(
    ("statement", "fact"),
    [
        ("india exports copper to japan", "india_imports_from_japan"),
        ("malabar is a bilateral india japan exercise", "security_cooperation_overview"),
        ("scri is between india japan and us", "scri"),
    ],
)
def test_a_false_statement_is_corrected(shipped: KnowledgeService, statement: str, fact: str) -> None:
    outcome = shipped.matcher.ask(statement)
    assert isinstance(outcome, Correction)
    assert outcome.related[0].fact.fact.id == fact


def test_a_true_statement_is_confirmed_with_its_fact(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("cepa came into effect in 2011")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "cepa_year"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("wat is teh joint vison about", "joint_vision"),
        ("ap pref?", "andhra_pradesh_toyama"),
    ],
)
def test_chat_spellings_of_small_words_are_read(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("क्वाड में भारत और जापान किन मुद्दों पर सहयोग करते हैं?", "quad"),
        ("G4 में भारत और जापान किस मुद्दे पर सहयोग करते हैं?", "g4_unsc_reform"),
        ("लेख के अनुसार भारत की विदेश नीति का दृष्टिकोण क्या है?", "india_approach"),
    ],
)
def test_more_hindi_words_are_read(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


# ---------------------------------------------------------------- found by the review of this change
@pytest.mark.parametrize(
    "question",
    ["JIMEX isn't multilateral, is it?", "MALABAR is not a bilateral exercise, isn't it?"],
)
def test_a_true_negative_claim_is_not_corrected(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Correction)


@pytest.mark.parametrize(
    "question",
    [
        "Japan is a non-signatory to the NPT, right?",
        "Japan has not signed the NPT, right?",
        "Japan follows non-alignment, right?",
        "Japan follows strategic autonomy, doesn't it?",
    ],
)
def test_what_the_fact_says_of_one_partner_does_not_confirm_it_of_the_other(
    shipped: KnowledgeService, question: str
) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)


def test_the_partner_a_fact_says_it_of_is_still_confirmed(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("India follows non-alignment, right?"), Answer)
    assert isinstance(shipped.matcher.ask("Japan restricts nuclear technology transfers to India right?"), Answer)


@pytest.mark.parametrize(
    "question",
    ["Is IJICP the same as CEPA?", "IJICP is CEPA, right?", "Is IJICP a trade agreement?"],
)
def test_two_named_things_are_not_confirmed_as_one(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)


def test_a_kind_said_of_a_thing_must_be_the_facts_own_phrase(shipped: KnowledgeService) -> None:
    assert isinstance(shipped.matcher.ask("is MALABAR a multilateral exercise?"), Answer)
    assert not isinstance(shipped.matcher.ask("is cepa a trade agreement?"), Answer)


@pytest.mark.parametrize("question", ["How much did trade increase after CEPA?", "What was bilateral trade in 2021?"])
def test_an_overview_does_not_answer_a_change_or_another_years_sum(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(shipped.matcher.ask(question), Answer)


def test_a_long_question_opening_with_a_preposition_says_what_it_is_about(shipped: KnowledgeService) -> None:
    outcomes = _turns(shipped, "when did CEPA come into effect?", "in what year were the ties upgraded?")
    assert isinstance(outcomes[-1], Answer)
    assert outcomes[-1].best.fact.fact.id == "ssgp_2014"


def test_growth_as_a_noun_asks_no_change(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("Which initiative supports the growth of Africa?")
    assert not (isinstance(outcome, Partial) and outcome.missing == "how much it changed")


def test_a_year_is_no_number_of_a_name(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("Were the pacts on defense equipment transfer signed in 2016?")
    assert not (isinstance(outcome, Partial) and outcome.missing.startswith("anything on"))


def test_a_count_in_words_the_fact_gives_otherwise_is_corrected(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("true or false: the joint vision has six lines of effort")
    assert isinstance(outcome, Correction)
    assert "eight lines of effort" in outcome.related[0].fact.fact.answer
