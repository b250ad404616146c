"""The background writer of the compiled cache: entries wait until the start has answered, then all are written."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bot.core.knowledge import cache as cache_module
from bot.core.knowledge.cache import CacheEntry, FolderCache


def test_background_entries_wait_for_flush_and_are_then_all_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "FIRST_WRITE_DELAY_SECONDS", 3600.0)
    made: list[str] = []

    def merged() -> CacheEntry:
        made.append("merged")
        return CacheEntry({"n": 2}, {"a": np.arange(3, dtype=np.int32)})

    cache = FolderCache(tmp_path / "cache", version="v", background=True)
    cache.store("kfile", "one", CacheEntry({"n": 1}))
    cache.store("ixbase", "two", merged)
    # Nothing is written (or even made) while the start is still working and answering...
    assert cache.load("kfile", "one") is None
    assert made == []
    cache.flush()
    # ...and everything is once it has answered (the CLI flushes before it exits).
    one, two = cache.load("kfile", "one"), cache.load("ixbase", "two")
    assert one is not None
    assert one.meta == {"n": 1}
    assert two is not None
    assert two.meta == {"n": 2}
    assert two.arrays["a"].tolist() == [0, 1, 2]
    assert made == ["merged"]
    # Later entries are written without waiting.
    cache.store("kfile", "three", CacheEntry({"n": 3}))
    cache.flush()
    assert cache.load("kfile", "three") is not None
