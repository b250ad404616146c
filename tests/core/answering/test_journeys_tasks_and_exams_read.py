"""Red team, session 55: questions a member asks that were answered confidently and wrongly.

- A journey asked "why" or "when" in Hindi word order ("Japan ke PM India kyun aaye the?") or said as a noun with its
  place marked ("जापान के प्रधानमंत्री ने भारत की यात्रा की?") got the Indian PM's visit as if it were Japan's.
- "Give me 3 UPSC mains questions", "India Japan pe 3 mains questions do" got a fact instead of the task's decline.
- "Will questions on India-Japan come in the 2026 mains?" got the Joint Vision.
- "malabr exercise is bilateral?" read "malabr" as the cue "matlab" and confirmed the bilateral exercises.
- "What is the Make in Japan initiative?" got the visit's outcomes: a name of the base with its place swapped for
  another is no name the base knows (claimed, it is corrected with the base's own name).
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Decline, DeclineReason
from bot.core.answering.present import outcome_text
from bot.core.answering.roles import RoleReading
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    ("question", "agent", "target"),
    [
        ("Japan ke PM India kyun aaye the?", "Japan", "India"),
        ("जापान के प्रधानमंत्री भारत क्यों आए थे?", "Japan", "India"),
        ("japan ke pm india kab aaye the", "Japan", "India"),
        ("क्या जापान के प्रधानमंत्री ने भारत की यात्रा की?", "Japan", "India"),
        ("kya japan ke pm ne india ki yatra ki?", "Japan", "India"),
        ("kya india ke pm ne japan ki yatra ki?", "India", "Japan"),
    ],
)
def test_a_journey_in_hindi_word_order_is_read(
    shipped: KnowledgeService, question: str, agent: str, target: str
) -> None:
    roles = shipped.matcher.read(question).roles
    assert RoleReading("visit", agent, target) in roles, roles


@pytest.mark.parametrize(
    "question",
    [
        "Japan ke PM India kyun aaye the?",
        "जापान के प्रधानमंत्री भारत क्यों आए थे?",
        "क्या जापान के प्रधानमंत्री ने भारत की यात्रा की?",
        "kya japan ke pm ne india ki yatra ki?",
    ],
)
def test_a_journey_the_other_way_round_is_corrected(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert "why_in_news_visit" in [m.fact.fact.id for m in outcome.related]


@pytest.mark.parametrize(
    "question",
    [
        "Will questions on India-Japan come in the 2026 mains?",
        "India-Japan come in the mains?",
        "india japan visit",
    ],
)
def test_two_names_side_by_side_are_no_journey(shipped: KnowledgeService, question: str) -> None:
    assert not [r for r in shipped.matcher.read(question).roles if r.relation == "visit"]


@pytest.mark.parametrize(
    "question",
    [
        "Give me 3 UPSC mains questions on india japan",
        "India Japan pe 3 mains questions do",
        "Give me two mains questions from this article.",
        "give me 5 mcqs on quad",
        "suggest some questions on AAGC",
        "3 practice questions on cepa",
        "jimex pe 2 mcq batao",
        "5 प्रश्न बनाओ",
    ],
)
def test_asking_for_practice_questions_is_a_task(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Decline), outcome
    assert outcome.reason is DeclineReason.TASK


@pytest.mark.parametrize(
    "question",
    ["give me the cepa year", "give me the answer to this question: cepa year", "mcq: which exercise is bilateral?"],
)
def test_a_question_pointed_at_or_a_fact_asked_for_is_no_task(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert not (isinstance(outcome, Decline) and outcome.reason is DeclineReason.TASK), outcome


@pytest.mark.parametrize(
    "question",
    [
        "Will questions on India-Japan come in the 2026 mains?",
        "will cepa come in 2026 prelims?",
        "is cepa important for prelims 2026",
    ],
)
def test_asking_what_an_exam_will_hold_is_declined(shipped: KnowledgeService, question: str) -> None:
    assert isinstance(last_reply(shipped, question), Decline)


@pytest.mark.parametrize("question", ["malabr exercise is bilateral?", "malabr bilateral h kya"])
def test_a_typo_of_a_name_of_the_base_is_that_name_not_a_cue(shipped: KnowledgeService, question: str) -> None:
    query = shipped.matcher.read(question)
    assert ("malabr", "malabar") in query.corrections
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert not isinstance(outcome, Answer)


@pytest.mark.parametrize(
    ("question", "written"),
    [
        ("What is the Make in Japan initiative?", ("make", "in", "japan")),
        ("is the act east forum for the development of north east japan?", ("north", "east", "japan")),
        ("india australia ai initiative bhi hai na?", ("india", "australia", "ai", "initiative")),
    ],
)
def test_a_name_of_the_base_with_its_place_swapped_is_no_name_of_the_base(
    shipped: KnowledgeService, question: str, written: tuple[str, ...]
) -> None:
    query = shipped.matcher.read(question)
    assert written in [name for name, _concepts in query.swapped_names]
    assert written in query.written_names


@pytest.mark.parametrize(
    "question",
    [
        "what is make in india",
        "japan india ai initiative",
        "india australia japan scri",
        "indo us ties",
        "which state is paired with uttar pradesh",
    ],
)
def test_a_name_in_its_own_places_or_the_partners_alone_is_not_swapped(
    shipped: KnowledgeService, question: str
) -> None:
    assert not shipped.matcher.read(question).swapped_names


@pytest.mark.parametrize(
    "question",
    [
        "The Next-Generation Mobility Partnership focuses on Make in Japan, right?",
        "Mobility partnership Make in Japan pe focus karti hai na?",
        "is the act east forum for the development of north east japan?",
    ],
)
def test_a_claim_with_a_swapped_place_is_corrected_with_the_base_s_own_name(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Correction), outcome
    assert not outcome.reversed


@pytest.mark.parametrize("question", ["What is the Make in Japan initiative?", "make in japan kya hai"])
def test_a_swapped_name_asked_about_is_not_answered(shipped: KnowledgeService, question: str) -> None:
    assert not isinstance(last_reply(shipped, question), Answer)


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("CEPA aur AAGC me kaunsa purana hai?", "CEPA (2011) came before AAGC (2017)"),
        ("IJICP aur AAGC me kaunsa naya hai?", "AAGC (2017) came before IJICP (2021)"),
    ],
)
def test_hinglish_old_and_new_compare_two_things_by_time(shipped: KnowledgeService, question: str, first: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert first in outcome_text(outcome)


def test_hinglish_things_ask_for_goods(shipped: KnowledgeService) -> None:
    assert "goods" in shipped.matcher.read("japan se kaunsi cheezein import hoti hai").attributes


@pytest.mark.parametrize(
    ("before", "follow_up", "not_fact"),
    [
        ("Joint Vision ke lines of effort me Mobility hai?", "aur Defence?", "pacts_2015"),
        ("Next-Generation Mobility Partnership me railways hai?", "aur shipping?", "india_exports_to_japan"),
    ],
)
def test_a_plain_word_after_a_yes_no_question_is_asked_the_same_not_looked_up_anywhere(
    shipped: KnowledgeService, before: str, follow_up: str, not_fact: str
) -> None:
    outcome = last_reply(shipped, before, follow_up)
    assert not (isinstance(outcome, Answer) and outcome.best.fact.fact.id == not_fact), outcome


def test_hindi_why_so_asks_the_reason_of_what_was_just_said(shipped: KnowledgeService) -> None:
    # "ऐसा" was transliterated "ais" and read as "AI": the AI initiative was shown as having no reason given.
    outcome = last_reply(shipped, "भारत-जापान संबंधों में कौन सी चिंता बताई गई है?", "ऐसा क्यों?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "npt_concern"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("there are ten lines of effort right?", Correction),
        ("joint vision is for ten years right?", Answer),
        ("joint vision is for eight years right?", Correction),
        ("joint vision is for 8 years right?", Correction),
        ("joint vision 8 saal ka hai na?", Correction),
    ],
)
def test_a_count_claimed_in_words_or_of_a_measure_is_checked_as_the_figure(
    shipped: KnowledgeService, question: str, kind: type
) -> None:
    # "8 years" was confirmed with "eight lines of effort"; "ten years" and "ten lines" got suggestions.
    assert isinstance(last_reply(shipped, question), kind)


def test_after_an_item_of_a_list_a_follow_up_is_about_that_item(shipped: KnowledgeService) -> None:
    # "what does it include?" after "the third pillar?" described security cooperation (red team).
    outcome = last_reply(shipped, "pillars?", "the third pillar?", "what does it include?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "development_cooperation_overview"


def test_during_is_a_function_word_not_a_word_to_cover(shipped: KnowledgeService) -> None:
    # "who signed the key agreements during the visit?" left "dure" uncovered and got suggestions.
    assert all(u.token != "dure" for u in shipped.matcher.read("who signed the key agreements during the visit?").units)
    outcome = last_reply(shipped, "who signed the key agreements during the visit?")
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "why_in_news_visit"


@pytest.mark.parametrize("follow_up", ["how?", "kaise?", "कैसे?"])
def test_a_bare_how_after_an_answer_asks_the_way_of_the_thing(shipped: KnowledgeService, follow_up: str) -> None:
    # It got "I couldn't find a question in that message" (red team).
    assert "means" in shipped.matcher.read(follow_up).attributes
    outcome = last_reply(shipped, "what is cepa", follow_up)
    assert not isinstance(outcome, Decline), outcome
