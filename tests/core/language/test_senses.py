"""Word sense at the level of form: no two unrelated words meet through a shared stem."""

from __future__ import annotations

from pathlib import Path

import pytest
from wordfreq import top_n_list

from bot.core.answering.index import FactIndex
from bot.core.knowledge.cache import FolderCache
from bot.core.language.lexicon import LEXICON
from bot.core.language.senses import SENSE_MARK, SplitStems, derives, lemma
from bot.core.language.text import stem
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR

SUFFIXES = LEXICON.words("derivation_suffixes")


@pytest.mark.parametrize(
    ("parent", "child", "meets"),
    [
        ("declare", "declaration", True),
        ("launch", "launched", True),
        ("commit", "committed", True),
        ("export", "exporter", True),
        ("relation", "relative", False),  # siblings of "relate", not one derived from the other
        ("universe", "university", False),
        ("import", "important", False),
        ("assertive", "assertiveness", True),
        ("busy", "business", False),  # "-ness" keeps a meaning, but "business" is listed as a false derivation
    ],
)
def test_a_derivation_keeps_the_meaning_only_by_a_listed_suffix(parent: str, child: str, meets: bool) -> None:
    false = LEXICON.words("false_derivations")
    assert (derives(parent, child, SUFFIXES) and child not in false) is meets


def test_the_shipped_base_splits_the_stems_it_uses_for_unrelated_words(shipped: KnowledgeService) -> None:
    senses = shipped.matcher.index.senses
    # The base itself writes "imports" and "important": one stem, two meanings, two index tokens.
    assert "import" in senses.split_stems
    assert senses.token("imports") != senses.token("important")
    assert senses.token("imports") == senses.token("imported")


@pytest.mark.parametrize(
    ("question_word", "base_word"),
    [
        ("relative", "relations"),
        ("relatives", "relations"),
        ("importance", "imports"),
        ("apartment", "apart"),
        ("formation", "format"),
        ("affection", "affects"),
        ("contention", "content"),
        ("public", "published"),
    ],
)
def test_collisions_the_stemmer_makes_with_the_shipped_base_are_kept_apart(
    shipped: KnowledgeService, question_word: str, base_word: str
) -> None:
    senses = shipped.matcher.index.senses
    assert stem(question_word) == stem(base_word) or stem(question_word) in senses.families
    assert senses.token(question_word) != senses.token(base_word)


def test_no_common_english_word_meets_a_base_word_unless_it_is_the_same_word_or_a_kept_derivation(
    shipped: KnowledgeService,
) -> None:
    """Every English word (of the 40,000 most common) that reaches a base word's index token is that word's
    inflection, or the other plus a meaning-keeping suffix; the reviewed false friends never do."""
    senses = shipped.matcher.index.senses
    base: dict[str, set[str]] = {}
    for word in shipped.matcher.index.known_surface:
        base.setdefault(senses.token(word), set()).add(lemma(word))
    false_friends = LEXICON.words("false_derivations")
    collisions_kept_apart = 0
    for word in top_n_list("en", 40000):
        if not word.isalpha():
            continue
        token = senses.token(word)
        if SENSE_MARK in token and stem(word) in senses.families:
            collisions_kept_apart += 1
        if token not in base:
            continue
        form = lemma(word)
        assert form not in false_friends or form in base[token], word
        assert form in base[token] or any(
            derives(other, form, SUFFIXES) or derives(form, other, SUFFIXES) for other in base[token]
        ), (word, base[token])
    # The guard is doing work on this base: many common words share a stem with its words but not a meaning.
    assert collisions_kept_apart > 50


def _assert_known_words_need_no_lemma(index: FactIndex) -> None:
    """Every base word of a one-family stem has its lemma in that family: its token needs no lemmatiser."""
    senses = index.senses
    checked = 0
    for word in index.known_surface:
        families = senses.families.get(stem(word))
        assert families, word  # a base word's stem is a base stem
        if len(families) == 1:
            assert lemma(word) in families[0].lemmas, word
            assert senses.token(word) == families[0].token
            checked += 1
    assert checked > 500  # the shipped base has hundreds


def test_a_base_word_gets_its_token_without_the_lemmatiser_when_built(shipped: KnowledgeService) -> None:
    _assert_known_words_need_no_lemma(shipped.matcher.index)


def test_a_base_word_gets_its_token_without_the_lemmatiser_when_loaded_from_the_cache(tmp_path: Path) -> None:
    cache = FolderCache(tmp_path)
    KnowledgeService.from_directory(DEFAULT_KNOWLEDGE_DIR, cache=cache)  # builds the index and keeps it
    loaded = KnowledgeService.from_directory(DEFAULT_KNOWLEDGE_DIR, cache=cache).matcher.index
    assert isinstance(loaded._cache, FolderCache)  # the cache was usable
    _assert_known_words_need_no_lemma(loaded)


def test_a_word_the_base_does_not_have_is_still_told_apart_by_its_lemma(shipped: KnowledgeService) -> None:
    index = shipped.matcher.index
    assert "relative" not in index.known_surface
    assert "relations" in index.known_surface
    # One family for the stem "relat" in the base; "relative" is not of it, which only its lemma tells.
    assert len(index.senses.families["relat"]) == 1
    assert index.senses.token("relative") != index.senses.token("relations")


def test_senses_read_back_from_the_cache_are_the_senses_built(shipped: KnowledgeService, tmp_path: Path) -> None:
    cache = FolderCache(tmp_path)
    KnowledgeService.from_directory(DEFAULT_KNOWLEDGE_DIR, cache=cache)  # builds the index and keeps it
    loaded = KnowledgeService.from_directory(DEFAULT_KNOWLEDGE_DIR, cache=cache).matcher.index
    assert isinstance(loaded.senses.families, type(shipped.matcher.index.senses.families))
    built, read = shipped.matcher.index.senses, loaded.senses
    # Stems with one lemma are kept apart from the others in the cache: every stem must read as it was built.
    stems = set(built.families) | set(built.families._single)  # type: ignore[attr-defined]
    assert stems == set(read.families) | set(read.families._single)  # type: ignore[attr-defined]
    assert {key: built.families[key] for key in stems} == {key: read.families[key] for key in stems}
    assert built.split_stems == read.split_stems
    words = sorted(shipped.matcher.index.known_surface)
    assert [built.token(w) for w in words] == [read.token(w) for w in words]


def test_split_stems_read_as_the_mapping_they_were_split_from() -> None:
    by_stem = {"relat": ["relate", "relation"], "import": ["import"], "trade": ["trade", "trade"], "x": []}
    split = SplitStems.of(by_stem)
    assert split.single == {"import": "import", "trade": "trade"}
    assert split.several == {"relat": ["relate", "relation"], "x": []}
    assert dict(split) == {"relat": ["relate", "relation"], "import": ["import"], "trade": ["trade"], "x": []}
    assert SplitStems.of(split) is split


def test_a_word_and_its_ness_noun_are_one_word_in_the_shipped_base(shipped: KnowledgeService) -> None:
    senses = shipped.matcher.index.senses
    # "who is assertive?" meets "Chinese assertiveness".
    assert senses.token("assertive") == senses.token("assertiveness")
