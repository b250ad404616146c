"""Loanwords written in Devanagari are matched to the base's English words by their sound."""

from __future__ import annotations

import pytest

from bot.core.language.sounds import sound_key
from bot.core.services.knowledge import KnowledgeService


@pytest.mark.parametrize(
    ("transliterated", "english"),
    [
        ("nekst", "next"),
        ("jenareshan", "generation"),
        ("mobiliti", "mobility"),
        ("ephart", "effort"),
        ("vebasait", "website"),
        ("partanaraship", "partnership"),
        ("inishietiv", "initiative"),
        ("semikandaktar", "semiconductor"),
    ],
)
def test_a_transliterated_loanword_sounds_like_its_english_word(transliterated: str, english: str) -> None:
    assert sound_key(transliterated) == sound_key(english)


@pytest.mark.parametrize(("a", "b"), [("trade", "treaty"), ("japan", "china"), ("import", "export")])
def test_different_words_do_not_sound_alike(a: str, b: str) -> None:
    assert sound_key(a) != sound_key(b)


def test_only_words_from_devanagari_are_matched_by_sound(shipped: KnowledgeService) -> None:
    matcher = shipped.matcher
    assert matcher.index.sounds_like("kaompititivanes") == "competitiveness"
    assert matcher.index.sounds_like("qzx") is None
    # (A word the language data gives no reading of: "जेनरेशन" has one now.)
    devanagari = matcher.read("इंडस्ट्रियल कॉम्पिटिटिवनेस पार्टनरशिप कब शुरू हुई?")
    assert ("kaompititivanes", "competitiveness") in devanagari.corrections
    # The same letters typed in Latin script are a typo to correct by spelling, not by sound.
    latin = matcher.read("industrial kaompititivanes partnership")
    assert ("kaompititivanes", "competitiveness") not in latin.corrections


def test_a_translation_yaml_read_as_true_or_false_is_refused() -> None:
    import yaml

    from bot.core.language.lexicon import Lexicon, LexiconError

    document = yaml.safe_load("translations:\n  पर: on\n")
    with pytest.raises(LexiconError, match="quote them"):
        Lexicon.from_documents([("hi.yaml", document)])


def test_hindi_on_is_read_as_the_word_on(shipped: KnowledgeService) -> None:
    tokens, _romanised = shipped.matcher.reader._translate(["पर"])
    assert tokens == ["on"]


def test_a_mutual_relation_asks_no_direction(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("do india and japan support each other for a permanent UNSC seat?")
    assert query.roles == ()
    assert [
        m.fact.fact.id
        for m in shipped.matcher.ask("do india and japan support each other for a permanent UNSC seat?").matches
    ] == ["unsc_permanent_seat"]  # type: ignore[union-attr]
