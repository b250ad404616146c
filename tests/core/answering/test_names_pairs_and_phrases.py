"""Names in lower case that no dictionary has ("sony"), ties between two countries a fact never names together
("japan russia relations"), and "what is" asked of a phrase of plain words ("what is global south")."""

from __future__ import annotations

import pytest

from bot.core.answering.checks import _describes
from bot.core.answering.outcomes import Answer, Partial
from bot.core.answering.present import explain, partial_text
from bot.core.answering.shapes import part_of_whole
from bot.core.language.lexicon import LEXICON
from bot.core.language.senses import dictionary_word
from bot.core.services.knowledge import KnowledgeService
from tests.core.answering.test_trust import conversation


# ---------------------------------------------------------------- names in lower case
@pytest.mark.parametrize(("word", "known"), [("investment", True), ("budget", True), ("sony", False), ("eu", False)])
def test_a_dictionary_word_is_told_from_a_name(word: str, known: bool) -> None:
    assert dictionary_word(word) is known


def test_a_word_that_is_no_word_of_the_alphabet_counts_as_known() -> None:
    assert dictionary_word("2011")
    assert dictionary_word("भारत")


@pytest.mark.parametrize("question", ["sony investment in india", "eu investment in india", "how much did sony invest"])
def test_a_lower_case_name_the_material_lacks_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)


def test_a_name_common_on_the_web_weighs_as_a_rare_word(shipped: KnowledgeService) -> None:
    index = shipped.matcher.index
    threshold = index.thresholds.max_uncovered_weight
    assert index.unknown_weight("sony") >= threshold
    assert index.unknown_weight("group") < threshold  # a common word the base never saw stays light


# ---------------------------------------------------------------- ties between two countries
@pytest.mark.parametrize(
    "question",
    ["japan russia relations", "relations between japan and russia", "japan ke russia se sambandh"],
)
def test_ties_a_fact_never_names_together_are_not_answered(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)
    assert "[pair] does not name Japan and Russia together" in "\n".join(explain(outcome))


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("india russia relations", "india_approach"),  # "its relations with the US, Russia ..."
        # "Japan leans on the US-led alliance system" (the other fact, "Where Japan answers Chinese assertiveness
        # through the US-led alliance system, India ...", names China between the two).
        ("japan us ties", "japan_approach"),
        ("quick q gujarat's tie-up prefecture in japan?", "state_prefecture_overview"),  # a state and a country
    ],
)
def test_ties_a_fact_names_together_are_answered(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


# ---------------------------------------------------------------- "what is" asked of a phrase
@pytest.mark.parametrize("question", ["what is 'global south'", "what is the global south", "global south kya hai"])
def test_a_phrase_a_fact_only_lists_is_not_defined_by_it(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert "description" in outcome.missing


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("what is supply chain resilience", "scri"),  # the fact's own question names the phrase
        ("human resource exchange ke liye kya hai", "human_resource_exchange"),  # what there is for it
    ],
)
def test_a_phrase_a_fact_is_about_is_answered(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


def test_a_phrase_with_a_substitute_noun_asks_which_not_what(shipped: KnowledgeService) -> None:
    assert "definition" not in shipped.matcher.read("what are the multilateral ones").attributes
    assert "definition" in shipped.matcher.read("what is the global south").attributes


# ---------------------------------------------------------------- words transliterated from Devanagari
def test_a_transliterated_name_is_not_read_as_a_word_spelled_otherwise(shipped: KnowledgeService) -> None:
    # "आसियान" (ASEAN) is "asiyan": its sound key is ocean's, and a typo distance away is "asia"; it is neither.
    outcome = shipped.matcher.ask("आसियान के साथ भारत जापान सहयोग?")
    assert not isinstance(outcome, Answer)
    assert shipped.matcher.index.sounds_like("asiyan") is None


def test_a_transliterated_word_with_a_hindi_ending_is_read_as_its_base_word(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("यह लेख खबरों में क्यों है?")  # "khabaron": "khabar" + "on"
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "why_in_news_visit"


# ---------------------------------------------------------------- a year given to one thing
def test_a_year_given_to_a_thing_the_fact_never_names_is_not_answered(shipped: KnowledgeService) -> None:
    question = "what was india japan trade in 2011"  # 2011 is when CEPA came into effect, no trade figure's year
    outcome = shipped.matcher.ask(question)
    assert not isinstance(outcome, Answer)
    assert "[dated thing] dates 2011 but says nothing of trade" in "\n".join(explain(outcome))


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("which india-japan pact came into force in 2011", "cepa_year"),  # "pact" inside the answer's long name
        ("what did india and japan do in 2014", "ssgp_2014"),  # only the partners are dated
        ("india japan ties in 2014", "ssgp_2014"),  # the partners' ties are the article's subject
        ("2015 pacts?", "pacts_2015"),
        ("what happened in 2011", "cepa_year"),
    ],
)
def test_a_year_given_to_what_the_fact_says_is_answered(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


# ---------------------------------------------------------------- members asked in Hinglish
@pytest.mark.parametrize("question", ["malabar me kaun kaun countries hai?", "G4 me kaun se countries hain"])
def test_members_asked_in_hinglish_are_not_answered_by_two_that_take_part(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert "members" in outcome.missing


# ---------------------------------------------------------------- what a thing is made of
@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("india japan ka security cooperation kya kya hai", "security_cooperation_overview"),
        ("what all does india japan security cooperation include", "security_cooperation_overview"),
    ],
)
def test_what_a_thing_rests_on_gives_what_it_contains(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


def test_a_thing_among_the_contents_of_another_is_not_described_by_them(shipped: KnowledgeService) -> None:
    # Security ties "rest on ... the 2015 pacts on ... classified information": the pacts' own terms are not given.
    outcome = shipped.matcher.ask("what are the terms of the 2015 pact on protection of classified information?")
    assert isinstance(outcome, Partial)


def test_the_partners_words_inside_a_listed_name_do_not_make_them_only_listed(shipped: KnowledgeService) -> None:
    # The overview lists JIMEX, the "Japan-India Maritime Exercise": India and Japan are still what it describes.
    index = shipped.matcher.index
    query = shipped.matcher.read("what all does india japan security cooperation include")
    position = next(i for i, f in enumerate(index.facts) if f.fact.id == "security_cooperation_overview")
    assert _describes(query, index.profiles[position])


# ---------------------------------------------------------------- a qualifier held only by an abbreviation
def test_a_qualifier_the_fact_holds_only_in_a_long_form_does_not_name_the_thing(shipped: KnowledgeService) -> None:
    # The security overview lists JIMEX (the Japan-India "Maritime" Exercise) and the 2+2 "Dialogues": it names no
    # maritime dialogue.
    outcome = shipped.matcher.ask("japan india maritime dialogue")
    assert not isinstance(outcome, Answer)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("does the joint vision cover economic partnership", "joint_vision_lines_named"),
        ("gujrat shizuka partnership?", "gujarat_shizuoka"),  # typos of the qualifier and the name
    ],
)
def test_a_qualifier_the_fact_says_itself_names_the_thing(shipped: KnowledgeService, question: str, fact: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


# ---------------------------------------------------------------- what is asked, said only of what is set aside
@pytest.mark.parametrize(
    "question", ["india japan partnership concerns other than nuclear", "apart from the nuclear one, what concerns?"]
)
def test_a_thing_said_only_of_what_is_set_aside_does_not_answer(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)  # "despite the nuclear concern, ...": its one concern is set aside
    assert not isinstance(outcome, Answer)


def test_a_name_beside_what_is_set_aside_still_answers(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("apart from trade in goods, what else does CEPA cover?")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "cepa_scope"


# ---------------------------------------------------------------- the rest of a two-way total, worked out
@pytest.mark.parametrize(
    "question",
    ["how much does india export to japan", "india's exports to japan worth", "india ne japan ko kitna export kiya"],
)
def test_the_other_way_of_a_two_way_total_is_worked_out_as_a_partial(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)  # the material does not state it: worked out, and said to be
    assert outcome.missing == "a figure for exports from India to Japan itself"
    assert outcome.worked.endswith("less US$ 17.69 billion the other way = US$ 5.16 billion.")
    assert "US$ 22.85 billion (bilateral trade)" in partial_text(outcome)


def test_a_sum_the_material_states_is_not_worked_out(shipped: KnowledgeService) -> None:
    # The way the material states is answered as it is.
    outcome = shipped.matcher.ask("how much does japan export to india")
    assert not (isinstance(outcome, Partial) and outcome.worked)


def test_a_claimed_sum_of_the_worked_way_is_set_against_the_worked_sum(shipped: KnowledgeService) -> None:
    # A claim of the figure is checked against the sum worked out, and still shown as worked out, not stated.
    outcome = shipped.matcher.ask("did india export 5.16 billion to japan?")
    assert isinstance(outcome, Partial)
    assert outcome.worked.endswith("= US$ 5.16 billion, as said.")


def test_a_part_of_a_total_is_read_with_its_currency_scale_and_what_it_is_of() -> None:
    text = (
        "Japan's exports to India were worth US$ 17.69 billion in FY 2023-24, "
        "out of total bilateral trade of US$ 22.85 billion."
    )
    whole = part_of_whole(text, LEXICON)
    assert whole is not None
    assert (whole.part, whole.whole, whole.label, whole.rest()) == (
        "17.69",
        "22.85",
        "bilateral trade",
        "US$ 5.16 billion",
    )
    assert part_of_whole("Trade was US$ 22.85 billion in FY 2023-24.", LEXICON) is None
    assert part_of_whole("Exports were US$ 17.69 billion, out of total trade of US$ 22,850 million.", LEXICON) is None


# ---------------------------------------------------------------- short follow-ups
@pytest.mark.parametrize(
    ("earlier", "follow_up", "note"),
    [
        ("IJICP kab aaya", "is that before CEPA?", "No: IJICP (2021) came after CEPA (2011)."),
        ("tell me about AAGC", "was that after cepa", "Yes: AAGC (2017) came after CEPA (2011)."),
    ],
)
def test_a_demonstrative_before_an_order_word_is_the_earlier_subject(
    shipped: KnowledgeService, earlier: str, follow_up: str, note: str
) -> None:
    outcome = conversation(shipped, earlier, follow_up)[-1]
    assert isinstance(outcome, Answer)
    assert outcome.note == note


@pytest.mark.parametrize(
    ("earlier", "follow_up", "fact"),
    [
        ("what is SCRI", "with whom?", "scri"),
        ("relations were upgraded in 2014", "to what", "ssgp_2014"),
        ("who restricts nuclear tech transfers?", "to whom?", "npt_concern"),
    ],
)
def test_a_preposition_and_a_question_word_end_the_earlier_question(
    shipped: KnowledgeService, earlier: str, follow_up: str, fact: str
) -> None:
    outcome = conversation(shipped, earlier, follow_up)[-1]
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


def test_a_preposition_and_a_question_word_with_nothing_before_are_not_answered(shipped: KnowledgeService) -> None:
    assert not isinstance(conversation(shipped, "with whom?")[-1], Answer)


def test_how_many_years_after_two_things_put_in_order_is_their_gap(shipped: KnowledgeService) -> None:
    outcomes = conversation(
        shipped,
        "when was the special strategic and global partnership",
        "was that before aagc?",
        "how many years before?",
    )
    assert isinstance(outcomes[-1], Answer)
    assert outcomes[-1].note == "SSGP (2014) came 3 years before AAGC (2017)."


def test_a_hinglish_then_is_no_word_of_the_question(shipped: KnowledgeService) -> None:
    outcome = conversation(shipped, "gujarat ka partner yamanashi hai na", "phir yamanashi kiska?")[-1]
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "uttar_pradesh_yamanashi"


# ---------------------------------------------------------------- more parts than are read
def test_parts_past_the_most_read_leave_the_answer_partial(shipped: KnowledgeService) -> None:
    question = "match: AP-? TN-? UP-? Gujarat-?"  # four parts: those past the third are not answered
    assert len(question.split("?")) - 1 > shipped.matcher.thresholds.max_parts
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Partial)
    assert outcome.missing == "an answer to every part of the question"


# ---------------------------------------------------------------- what a review of the change found, kept right
@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # Plain words of one name the base knows ask what that thing is, not what the phrase is.
        ("what is industrial competitiveness", "ijicp_aim"),
        ("what is the lunar polar mission", "chandrayaan_5"),
        # A qualifier and its head inside one name the fact gives (JIMEX, the Japan-India Maritime Exercise).
        ("india japan maritime exercise", "bilateral_exercises"),
        # The words after "other than" are what is set aside, not what is asked.
        ("imports other than nuclear reactors", "india_imports_from_japan"),
        # "which initiative": the kind asked for, not a thing the year belongs to.
        ("which initiative was launched in 2021", "ijicp_year"),
        # A Devanagari plural read as the base's Hindi word, spelled otherwise ("samajhauton", "samjhauta").
        ("समझौतों", "pacts_2015"),
    ],
)
def test_questions_near_the_new_mechanisms_keep_their_answers(
    shipped: KnowledgeService, question: str, fact: str
) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == fact


@pytest.mark.parametrize(
    "question",
    ["tell me about india japan relations", "india japan rishta", "india japan ke rishton ke baare me batao"],
)
def test_the_partners_ties_alone_are_asked_as_the_article_as_a_whole(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.ask(question)
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "article_summary_gist"


def test_the_ties_asked_something_of_are_not_the_article_as_a_whole(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.ask("what is the status of india japan relations")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "ssgp_2014"


def test_a_completed_follow_up_asks_more_of_the_fact_just_given(shipped: KnowledgeService) -> None:
    # "list the other outcomes ... to what" would be answered by another fact (the list of the other outcomes): "to
    # what" asks nothing more of the outcomes just given, so it is not completed with it.
    outcome = conversation(shipped, "list the other outcomes of the pm's japan visit", "to what")[-1]
    assert not isinstance(outcome, Answer)
