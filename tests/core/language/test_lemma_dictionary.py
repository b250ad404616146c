"""The lemmatiser's dictionary kept decoded in the compiled cache: the same lemmas, read back or decoded again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import simplemma
from simplemma.strategies.dictionaries import dictionary_factory

from bot.core.answering.index import LEMMA_KIND, CachedLemmaDictionary, lemma_dictionary_entry
from bot.core.knowledge.cache import CacheEntry, FolderCache
from bot.core.language import senses
from bot.core.language.senses import LEMMA_LANGUAGE, keep_lemma_dictionary, lemma

WORDS = ["relations", "relative", "signed", "agreements", "was", "better", "universities", "India", "xqzv", "went"]


class Recording:
    """A store that hands out what it was given (or ``given``) and counts its calls."""

    def __init__(self, given: dict[bytes, bytes] | None = None) -> None:
        self.kept = given
        self.loads = 0
        self.stores = 0

    def load(self) -> dict[bytes, bytes] | None:
        self.loads += 1
        return self.kept

    def store(self, dictionary: dict[bytes, bytes]) -> None:
        self.stores += 1
        self.kept = dictionary


@pytest.fixture
def fresh_lemmatiser() -> Iterator[None]:
    """Start from a lemmatiser that has not read its dictionary, and leave one that reads simplemma's own."""
    senses._lemmatizer.cache_clear()
    lemma.cache_clear()
    yield
    keep_lemma_dictionary(None)
    senses._lemmatizer.cache_clear()
    lemma.cache_clear()


def expected() -> list[str]:
    return [str(simplemma.lemmatize(w, lang="en")).casefold() if w.isalpha() and w.isascii() else w for w in WORDS]


def test_lemmas_are_simplemmas_whether_the_dictionary_is_decoded_or_read_back(fresh_lemmatiser: None) -> None:
    first = Recording()
    keep_lemma_dictionary(first)
    assert [lemma(w) for w in WORDS] == expected()
    assert (first.loads, first.stores) == (1, 1)  # decoded once, and kept
    assert first.kept == dictionary_factory._load_dictionary_from_disk(LEMMA_LANGUAGE)

    senses._lemmatizer.cache_clear()
    lemma.cache_clear()
    second = Recording(first.kept)
    keep_lemma_dictionary(second)
    assert [lemma(w) for w in WORDS] == expected()
    assert (second.loads, second.stores) == (1, 0)  # read back, not decoded again


def test_the_dictionary_goes_through_the_cache_intact(tmp_path: Path) -> None:
    cache = FolderCache(tmp_path, "v1")
    kept = CachedLemmaDictionary(cache)
    assert kept.load() is None
    dictionary = {b"relations": b"relation", b"went": b"go", b"better": b"good", "caf\u00e9s".encode(): b"caf\xc3\xa9"}
    kept.store(dictionary)
    assert CachedLemmaDictionary(FolderCache(tmp_path, "v1")).load() == dictionary
    assert CachedLemmaDictionary(FolderCache(tmp_path, "v2")).load() is None  # another code version: not used


def test_a_dictionary_entry_that_does_not_hold_together_is_ignored(tmp_path: Path) -> None:
    cache = FolderCache(tmp_path, "v1")
    entry = lemma_dictionary_entry({b"relations": b"relation", b"went": b"go"})
    cache.store(LEMMA_KIND, LEMMA_LANGUAGE, CacheEntry({"count": 3}, entry.arrays))
    assert CachedLemmaDictionary(cache).load() is None
    cache.store(LEMMA_KIND, LEMMA_LANGUAGE, CacheEntry({"count": 2}, {"keys": entry.arrays["keys"]}))
    assert CachedLemmaDictionary(cache).load() is None
    keys = np.frombuffer(b"went\nwent", dtype=np.uint8)
    cache.store(LEMMA_KIND, LEMMA_LANGUAGE, CacheEntry({"count": 2}, {"keys": keys, "values": keys}))
    assert CachedLemmaDictionary(cache).load() is None  # a key twice


def test_a_word_with_a_line_break_is_not_kept() -> None:
    with pytest.raises(ValueError, match="line break"):
        lemma_dictionary_entry({b"a\nb": b"a"})
    assert lemma_dictionary_entry({})


def test_a_dictionary_read_back_sorted_answers_as_the_mapping_does_before_and_after_it_becomes_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decoded = dictionary_factory._load_dictionary_from_disk(LEMMA_LANGUAGE)
    keys = sorted(decoded)
    found = senses.SortedDictionary(keys, [decoded[key] for key in keys])
    asked = [*keys[::997], b"", b"\xff", b"xqzv", b"Relations", b"relations ", keys[0], keys[-1]]
    monkeypatch.setattr(senses, "LOOKUPS_BEFORE_MAPPING", len(asked))
    assert [found.get(key) for key in asked] == [decoded.get(key) for key in asked]  # by bisection
    assert [found.get(key, b"?") for key in asked] == [decoded.get(key, b"?") for key in asked]  # now a mapping
    assert found == decoded
    with pytest.raises(KeyError):
        found[b"xqzv"]


def test_lemmas_are_simplemmas_with_the_dictionary_read_back_sorted(
    tmp_path: Path, fresh_lemmatiser: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = FolderCache(tmp_path, "v1")
    CachedLemmaDictionary(cache).store(dictionary_factory._load_dictionary_from_disk(LEMMA_LANGUAGE))
    kept = CachedLemmaDictionary(cache).load()
    assert isinstance(kept, senses.SortedDictionary)
    keep_lemma_dictionary(Recording(kept))  # type: ignore[arg-type]
    monkeypatch.setattr(senses, "LOOKUPS_BEFORE_MAPPING", 10)
    assert [lemma(w) for w in WORDS] == expected()


def test_a_dictionary_entry_out_of_order_is_ignored(tmp_path: Path) -> None:
    cache = FolderCache(tmp_path, "v1")
    keys, values = (np.frombuffer(text, dtype=np.uint8) for text in (b"went\nrelations", b"go\nrelation"))
    cache.store(LEMMA_KIND, LEMMA_LANGUAGE, CacheEntry({"count": 2}, {"keys": keys, "values": values}))
    assert CachedLemmaDictionary(cache).load() is None
    assert CachedLemmaDictionary(cache).load() is None
    CachedLemmaDictionary(cache).store({b"went": b"go", b"relations": b"relation"})  # kept in order
    assert CachedLemmaDictionary(cache).load() == {b"relations": b"relation", b"went": b"go"}
