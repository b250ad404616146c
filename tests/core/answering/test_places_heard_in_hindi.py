"""Places the base never names, written in Devanagari (red team, session 51).

"केरल" reads "keral" and "हैदराबाद" reads "haidarabad": the base's own words hold neither, so the claim "केरल और तोयामा
की साझेदारी है न?" named nothing the bot knew and got suggestions, where "Is Kerala paired with Toyama?" is corrected.
A transliterated word that sounds like exactly one one-word name of the world is now that name. "IJICP का प्रमुख कौन
है?" read "प्रमुख" as "main" and was answered with the IJICP's aim: "X का प्रमुख कौन" asks who heads X.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Answer, Correction, Partial
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("question", "named", "fact_id"),
    [
        ("केरल और तोयामा की साझेदारी है न?", "Kerala", "andhra_pradesh_toyama"),
        ("तेलंगाना का साझेदार तोयामा है न?", "Telangana", "andhra_pradesh_toyama"),
        ("MAHSR मुंबई-हैदराबाद हाई स्पीड रेल है न?", "Hyderabad", "mahsr"),
    ],
)
def test_a_place_written_in_devanagari_is_the_place_it_sounds_like(
    shipped: KnowledgeService, question: str, named: str, fact_id: str
) -> None:
    assert named in shipped.matcher.read(shipped.matcher.reader.in_latin_letters(question)).entities
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Correction), outcome
    assert outcome.related[0].fact.fact.id == fact_id


@pytest.mark.parametrize(("word", "name"), [("keral", "kerala"), ("haidarabad", "hyderabad")])
def test_a_word_sounding_like_one_name_is_that_name(shipped: KnowledgeService, word: str, name: str) -> None:
    assert shipped.matcher.index.name_sounding_like(word) == name


@pytest.mark.parametrize("word", ["vyapar", "kab", "sahyog"])
def test_a_hindi_word_is_no_place(shipped: KnowledgeService, word: str) -> None:
    assert shipped.matcher.index.name_sounding_like(word) is None


@pytest.mark.parametrize("question", ["IJICP का प्रमुख कौन है?", "Act East Forum का नेतृत्व कौन करता है?"])
def test_who_heads_a_thing_in_hindi_asks_its_leader(shipped: KnowledgeService, question: str) -> None:
    outcome = shipped.matcher.respond(question).outcome
    assert isinstance(outcome, Partial), outcome
    assert "who leads it" in outcome.missing, outcome.missing


def test_a_main_thing_in_hindi_is_still_main(shipped: KnowledgeService) -> None:
    outcome = shipped.matcher.respond("भारत का प्रमुख निर्यात क्या है?").outcome
    assert isinstance(outcome, Answer), outcome
    assert outcome.matches[0].fact.fact.id == "india_exports_to_japan"
