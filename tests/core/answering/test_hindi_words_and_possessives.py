"""Hindi words the red team's Devanagari questions used, and "का/की/के" read as Hinglish's "ka/ki/ke" (session 50).

A quarter of answerable Devanagari questions went unanswered: "हाल में खबरों में" (in the news recently), "में क्या
अंतर है" (what is the difference), "कृत्रिम बुद्धिमत्ता" (AI), "सूची दीजिए" (give the list) were read letter by letter.
"का/की/के" were read "of", which puts the owner after the thing ("japan of northeast"); read as Hinglish's possessives
("japan ke northeast"), "एक्ट ईस्ट फोरम जापान के उत्तर-पूर्व के लिए है?" is a claim about Japan's Northeast, corrected.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("भारत-जापान साझेदारी हाल में खबरों में क्यों थी?", "why_in_news_visit"),
        ("कृत्रिम बुद्धिमत्ता पर कौन सी पहल हुई?", "ai_initiative"),
        ("भारत-जापान सैन्य अभ्यासों की सूची दीजिए", "bilateral_exercises"),
        ("यह साझेदारी किस प्रकार की दुनिया में विकसित हो रही है?", "trust_transparency"),
        ("अगले दशक के लिए भारत-जापान संयुक्त दृष्टिकोण क्या है?", "joint_vision"),
        ("साझेदारी हिंद-प्रशांत ढांचे में क्या बन गई है?", "indo_pacific_pillar"),
        ("विद्युत मशीनरी भारत का आयात है या निर्यात?", "india_imports_from_japan"),
        ("यह भारत-जापान लेख किस प्रकाशक का है?", "publisher"),
        ("भारत और जापान किस महाद्वीप के विकास में त्रिपक्षीय सहयोग करते हैं?", "trilateral_africa"),
    ],
)
def test_hindi_words_are_read(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


def test_which_exercises_both_take_part_in_names_them(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("बहुपक्षीय अभ्यास कौन से हैं जिनमें दोनों भाग लेते हैं?").outcome
    assert isinstance(outcome, Answer), outcome
    assert "MILAN" in outcome.matches[0].fact.fact.answer


def test_what_is_the_difference_sets_both_side_by_side(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("JIMEX और मालाबार में क्या अंतर है?").outcome
    assert isinstance(outcome, Answer), outcome
    assert {"bilateral_exercises", "multilateral_exercises"} <= {m.fact.fact.id for m in outcome.matches}


def test_a_hindi_possessive_names_the_owner(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("एक्ट ईस्ट फोरम जापान के उत्तर-पूर्व के लिए है?").outcome
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == "act_east_forum"


@pytest.mark.parametrize("question", ["8 lines of effort kaun si hain?", "आठ lines of effort कौन सी हैं?"])
def test_which_they_all_are_asks_their_names(shipped: KnowledgeService, question: str) -> None:
    # The count fact ("eight lines of effort, 8 in all") names none of them: it is no answer to which they are.
    outcome = shipped.matcher.respond(question).outcome
    assert not (isinstance(outcome, Answer) and outcome.matches[0].fact.fact.id == "joint_vision_lines_count"), outcome
