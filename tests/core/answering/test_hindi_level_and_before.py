"""Hindi words for a level, a status, reaching and "before that" (language data, not code).

A red team found "भारत और जापान के संबंध किस स्तर के हैं?" (at what level are India-Japan ties?) answered with the
state-prefecture pairs: "स्तर" (level), written in Latin letters, was "star" and read as "sister"; and "उससे पहले क्या
था?" (what was it before that?) after the 2014 upgrade answered with the NPT.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import last_reply


@pytest.mark.parametrize(
    "question",
    [
        "भारत और जापान के संबंध किस स्तर के हैं?",
        "भारत-जापान संबंध 2014 में किस स्तर पर पहुंचे?",
        "भारत जापान संबंधों की वर्तमान स्थिति क्या है?",
        "india japan relations 2014 me kis level par pahunche?",
        "india japan rishton ki vartaman sthiti kya hai?",
    ],
)
def test_the_level_of_ties_asked_in_hindi_is_their_status(shipped: KnowledgeService, question: str) -> None:
    outcome = last_reply(shipped, question)
    assert isinstance(outcome, Answer), outcome
    assert outcome.best.fact.fact.id == "ssgp_2014"


@pytest.mark.parametrize(
    "turns",
    [
        ("भारत-जापान संबंध 2014 में किस स्तर पर पहुंचे?", "उससे पहले क्या था?"),
        ("what level did india japan relations reach in 2014?", "what was it before that?"),
    ],
)
def test_what_came_before_the_status_is_not_given(shipped: KnowledgeService, turns: tuple[str, ...]) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, Partial), outcome
    assert outcome.related[0].fact.fact.id == "ssgp_2014"


@pytest.mark.parametrize(
    ("turns", "fact_id", "kind"),
    [
        # A phrase longer than three words is read whole ("दोनों में कितने साल का अंतर है" is its Hinglish twin).
        (("CEPA कब लागू हुआ?", "AAGC कब बना?", "दोनों में कितने साल का अंतर है?"), "cepa_year", Answer),
        # "तो" opens a claim about the answer just given, as "so" and "toh" do.
        (("CEPA कब लागू हुआ?", "तो 2012 था ना?"), "cepa_year", Correction),
        (("आंध्र प्रदेश का पार्टनर कौन है?", "और तमिलनाडु?", "तो वह टोयामा है ना?"), "tamil_nadu_ehime", Correction),
        (("AAGC kya hai?", "किसने स्थापित किया?"), "aagc_year", Answer),
        (("भारत अमेरिका नेतृत्व वाले गठबंधन प्रणाली का पालन करता है?",), "india_approach", Correction),
        (("2+2 वार्ता वित्त मंत्रियों के बीच होती है?",), "two_plus_two", Correction),
        (("JIMEX और धर्मा गार्जियन कौन से अभ्यास हैं",), "bilateral_exercises", Answer),
        (("QUAD के माध्यम से भारत और जापान किन क्षेत्रों में सहयोग करते हैं?",), "quad", Answer),
    ],
)
def test_hindi_phrases_are_read_as_their_english_or_hinglish_twins(
    shipped: KnowledgeService, turns: tuple[str, ...], fact_id: str, kind: type
) -> None:
    outcome = last_reply(shipped, *turns)
    assert isinstance(outcome, kind), outcome
    shown = outcome.best if isinstance(outcome, Answer) else outcome.related[0]
    assert shown.fact.fact.id == fact_id


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # "X Y से जुड़ा है" pairs X with Y, as "X Y se juda hai" does: a wrong pair is corrected, not confirmed.
        (("तमिलनाडु यामानाशी से जुड़ा है?",), Correction),
        (("tamil nadu yamanashi se juda hai?",), Correction),
        (("तमिलनाडु एहिमे से जुड़ा है?",), Answer),
        # "तो" opens a claim as "toh" does: naming its subject, it is judged with nothing before.
        (("तो जापान 17.69 ना?",), Answer),
        (("तो यूपी यामानाशी ना?",), Answer),
        (("तो AAGC 2015 ना?",), Correction),
        (("toh cepa 2011 na?",), Answer),
        (("CEPA kab aaya?", "toh 2012 tha na?"), Correction),
    ],
)
def test_hindi_claims_are_judged_as_their_hinglish_twins(
    shipped: KnowledgeService, turns: tuple[str, ...], kind: type
) -> None:
    assert isinstance(last_reply(shipped, *turns), kind)


def test_a_hindi_statement_pairing_is_judged_in_numbered_statements(shipped: KnowledgeService) -> None:
    outcome = last_reply(
        shipped,
        "Consider the statements: 1. तमिलनाडु यामानाशी से जुड़ा है। 2. CEPA 2011 में लागू हुआ। "
        "Which of the statements given above is/are correct?",
    )
    assert isinstance(outcome, Answer)
    assert "Statement 1 is not correct. Statement 2 is correct." in outcome.note


@pytest.mark.parametrize("question", ["भारत जापान ने 2014 में कौन से समझौते किए?", "भारत जापान ने 2015 में क्या समझौता किया?"])
def test_an_agreement_of_a_year_asked_in_hindi_is_not_answered_with_another_year_s(
    shipped: KnowledgeService, question: str
) -> None:
    outcome = last_reply(shipped, question)
    assert not (isinstance(outcome, Answer) and outcome.best.fact.fact.id == "cepa_year")


def test_up_written_in_devanagari_is_uttar_pradesh(shipped: KnowledgeService) -> None:
    # In Latin letters "यूपी" is "up", a function word; the member means Uttar Pradesh, whose partner is asked.
    outcome = last_reply(shipped, "यूपी किस प्रीफेक्चर के साथ जुड़ा है")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "uttar_pradesh_yamanashi"
