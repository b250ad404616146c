"""Hindi as aspirants write it, and "how many billion" as a sum (Hindi red team, session 49).

A quarter of answerable Devanagari questions went unanswered: English terms written in Devanagari ("टू प्लस टू डायलॉग",
"डिफेंस इक्विपमेंट ट्रांसफर पैक्ट"), spellings ("हुवा", "सेपा"), study words ("उन्नयन", "आरंभ", "राशि", "घोषणापत्र") and
Devanagari digits ("२०११") were read as unknown words. "how many billion dollars" / "कितने अरब डॉलर" asked a sum, but
was read as a count of things ("the material doesn't give a number").
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction
from bot.core.language.text import tokenize
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("टू प्लस टू डायलॉग किन मंत्रियों के बीच होता है?", "two_plus_two"),
        ("डिफेंस इक्विपमेंट ट्रांसफर पैक्ट कब साइन हुआ?", "pacts_2015"),
        ("भारत जापान सीपा कब से लागू हुवा?", "cepa_year"),
        ("भारत-जापान संबंधों का उन्नयन किस वर्ष किया गया?", "ssgp_2014"),
        ("दोनों देशों के बीच द्विपक्षीय व्यापार की राशि कितनी थी?", "bilateral_trade_total"),
        ("how many billion dollars did japan export to india?", "japan_exports_to_india"),
        ("जापान से भारत को निर्यात कितने अरब डॉलर का हुवा?", "japan_exports_to_india"),
    ],
)
def test_hindi_as_written_is_answered(shipped: KnowledgeService, question: str, fact_id: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == fact_id


def test_devanagari_digits_are_figures(shipped: KnowledgeService) -> None:
    assert tokenize("सीईपीए २०११ में, २०२३-२४") == ["सीईपीए", "2011", "में", "2023-24"]
    outcome = shipped.matcher.respond("क्या सीईपीए २०१४ में लागू हुआ?").outcome
    assert isinstance(outcome, Correction), outcome


def test_how_many_of_things_is_still_a_count(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("how many lines of effort does the joint vision have?").outcome
    assert isinstance(outcome, Answer), outcome
    assert "eight" in outcome.matches[0].fact.fact.answer.casefold()
