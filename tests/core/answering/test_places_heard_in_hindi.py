"""Places the base never names, written in Devanagari (red team, session 51).

"केरल" reads "keral" and "हैदराबाद" reads "haidarabad": the base's own words hold neither, so the claim "केरल और तोयामा
की साझेदारी है न?" named nothing the bot knew and got suggestions, where "Is Kerala paired with Toyama?" is corrected.
A transliterated word that sounds like exactly one one-word name of the world is now that name.
"""

from __future__ import annotations

import pytest

from bot.core.answering.outcomes import Correction
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


@pytest.mark.parametrize("word", ["keral", "haidarabad"])
def test_a_word_sounding_like_one_name_is_that_name(shipped: KnowledgeService, word: str) -> None:
    assert shipped.matcher.index.name_sounding_like(word) in {"kerala", "hyderabad"}


@pytest.mark.parametrize("word", ["vyapar", "kab", "sahyog"])
def test_a_hindi_word_is_no_place(shipped: KnowledgeService, word: str) -> None:
    assert shipped.matcher.index.name_sounding_like(word) is None
