"""The bot's heap: frozen at start, and every later load of knowledge (a reload) freezes what it made."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bot.core.knowledge.collector import collection_paused
from bot.discordbot.heap import HeapFreezer


@pytest.fixture
def heap() -> Iterator[HeapFreezer]:
    freezer = HeapFreezer()
    yield freezer
    freezer.thaw()


def test_after_the_start_a_reload_freezes_what_it_made_and_thawing_stops_it(heap: HeapFreezer) -> None:
    heap.freeze()
    assert gc.get_freeze_count() > 0
    before = gc.get_freeze_count()
    with collection_paused():  # as a reload's load runs, in its worker thread
        made = [[n] for n in range(1000)]
    assert gc.get_freeze_count() >= before + len(made)

    heap.thaw()
    assert gc.get_freeze_count() == 0
    with collection_paused():
        [[n] for n in range(1000)]
    assert gc.get_freeze_count() == 0
