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


def test_released_pages_of_a_mapped_entry_read_back_the_same(tmp_path: Path) -> None:
    cache = FolderCache(tmp_path / "cache", version="v")
    values = np.arange(200_000, dtype=np.int32)
    cache.store("ixpart", "one", CacheEntry({}, {"a": values, "b": np.arange(5, dtype=np.float64)}))
    entry = cache.load("ixpart", "one")
    assert entry is not None
    mapped = entry.arrays["a"]
    assert int(mapped.sum()) == int(values.sum())  # every page read once
    path = next((tmp_path / "cache" / "v").glob("ixpart-one.bin"))
    assert _resident_kib(path) in (None, *range(700, 10_000))
    cache_module.release_pages(mapped[10:20])  # a view: the whole entry's mapping is released
    assert _resident_kib(path) in (None, 0)
    assert np.array_equal(mapped, values)
    assert entry.arrays["b"].tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]
    cache_module.release_pages(values)  # an array of this process's own memory: nothing to release
    assert values[-1] == 199_999


def _resident_kib(path: Path) -> int | None:
    """Return how much of a mapped file this process holds in memory (None where /proc/self/smaps is not kept)."""
    try:
        lines = Path("/proc/self/smaps").read_text().splitlines()
    except OSError:
        return None
    total, inside = 0, False
    for line in lines:
        fields = line.split()
        if "-" in fields[0] and len(fields) >= 5 and ":" in fields[3]:  # a mapping's first line
            inside = fields[-1] == str(path)
        elif inside and fields[0] == "Rss:":
            total += int(fields[1])
    return total
