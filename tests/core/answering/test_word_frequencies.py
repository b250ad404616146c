"""wordfreq's small English list kept in the compiled cache: the same Zipf values as wordfreq's, for every word."""

from __future__ import annotations

import random
import string
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from wordfreq import get_frequency_dict
from wordfreq import zipf_frequency as wordfreq_zipf

from bot.core.answering import index as index_module
from bot.core.answering.index import (
    FREQUENCY_KIND,
    FREQUENCY_LIST,
    CachedWordFrequencies,
    keep_word_frequencies,
    small_frequencies,
    small_zipf,
    word_frequencies_entry,
    zipf,
)
from bot.core.knowledge.cache import CacheEntry, FolderCache
from bot.core.services.knowledge import KnowledgeService


class Recording:
    """A store that hands out what it was given and counts the lists it was asked to keep."""

    def __init__(self, given: dict[str, float] | None) -> None:
        self.given = given
        self.stores = 0

    def load(self) -> dict[str, float] | None:
        return self.given

    def store(self) -> None:
        self.stores += 1


@pytest.fixture
def fresh_frequencies() -> Iterator[None]:
    """Start with no list kept and no Zipf value remembered, and leave wordfreq answering."""
    keep_word_frequencies(None)
    zipf.cache_clear()
    yield
    keep_word_frequencies(None)
    zipf.cache_clear()


def _words(shipped: KnowledgeService) -> list[str]:
    """Words to try: the shipped base's, every word of the list, random ones, and words wordfreq reads otherwise."""
    rng = random.Random(7)
    made = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    unusual = ["India", "USA", "café", "naïve", "covid19", "g20", "don't", "e-mail", "", "x", "ᴀʙᴄ", "straße", "ǆ"]
    return [*shipped.matcher.index.known_surface, *get_frequency_dict("en", "small"), *made, *unusual]


def test_the_kept_list_gives_wordfreqs_value_for_every_word(shipped: KnowledgeService, fresh_frequencies: None) -> None:
    words = _words(shipped)
    expected = [wordfreq_zipf(word, "en", wordlist="small") for word in words]
    store = Recording(small_frequencies())
    keep_word_frequencies(store)
    assert [small_zipf(word) for word in words] == expected
    assert store.stores == 0
    assert all(value > 0 for value in small_frequencies().values())


def test_without_a_kept_list_wordfreq_answers_and_the_list_is_kept(fresh_frequencies: None) -> None:
    store = Recording(None)
    keep_word_frequencies(store)
    assert small_zipf("airship") == wordfreq_zipf("airship", "en", wordlist="small")
    assert small_zipf("quirinus") == 0.0
    assert store.stores == 1  # asked once, when the list was first needed


def test_the_list_goes_through_the_cache_intact(tmp_path: Path) -> None:
    cache = FolderCache(tmp_path, "v1")
    kept = CachedWordFrequencies(cache)
    assert kept.load() is None
    kept.store()
    assert CachedWordFrequencies(FolderCache(tmp_path, "v1")).load() == small_frequencies()
    assert CachedWordFrequencies(FolderCache(tmp_path, "v2")).load() is None  # another code version: not used


def test_a_list_that_does_not_hold_together_is_ignored(tmp_path: Path) -> None:
    cache = FolderCache(tmp_path, "v1")
    entry = word_frequencies_entry({"airship": 2.5, "the": 7.7})
    cache.store(FREQUENCY_KIND, FREQUENCY_LIST, CacheEntry({"count": 3}, entry.arrays))
    assert CachedWordFrequencies(cache).load() is None
    cache.store(FREQUENCY_KIND, FREQUENCY_LIST, CacheEntry({"count": 2}, {"words": entry.arrays["words"]}))
    assert CachedWordFrequencies(cache).load() is None
    words = np.frombuffer(b"the\nthe", dtype=np.uint8)
    cache.store(FREQUENCY_KIND, FREQUENCY_LIST, CacheEntry({"count": 2}, {**entry.arrays, "words": words}))
    assert CachedWordFrequencies(cache).load() is None  # a word twice
    capital = word_frequencies_entry({"Airship": 2.5, "the": 7.7})
    cache.store(FREQUENCY_KIND, FREQUENCY_LIST, capital)
    assert CachedWordFrequencies(cache).load() is None  # a word wordfreq reads otherwise: never in the list
    cache.store(FREQUENCY_KIND, FREQUENCY_LIST, entry)
    assert CachedWordFrequencies(cache).load() == {"airship": 2.5, "the": 7.7}


def test_a_start_with_the_cache_keeps_the_list_and_the_next_reads_it(
    tmp_path: Path, fresh_frequencies: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = Path(__file__).parents[2] / "data" / "second_article"
    cache = tmp_path / "cache"
    KnowledgeService.from_directory(folder, cache=FolderCache(cache))
    assert list(cache.rglob(f"{FREQUENCY_KIND}-*.bin"))

    def no_wordfreq(word: str, lang: str, wordlist: str = "best") -> float:
        raise AssertionError(f"wordfreq asked about {word!r}")

    zipf.cache_clear()
    monkeypatch.setattr(index_module, "zipf_frequency", no_wordfreq)
    keep_word_frequencies(CachedWordFrequencies(FolderCache(cache)))
    assert zipf("airships") == max(wordfreq_zipf(w, "en", wordlist="small") for w in ("airships", "airship"))
