"""The long-lived heap is frozen out of the garbage collector's passes, and each later load freezes what it made."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from bot.core.knowledge.collector import collection_paused
from bot.discordbot.heap import HeapFreezer


@dataclass
class Base:
    """A stand-in for the knowledge base."""

    facts: list[object] = field(default_factory=list)


@dataclass
class CyclicBase:
    """A base holding a reference cycle, as an index may by mistake."""

    facts: list[object] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.facts.append(self)


@dataclass
class Knowledge:
    base: Base | CyclicBase


@pytest.fixture
def heap() -> Iterator[HeapFreezer]:
    freezer = HeapFreezer()
    yield freezer
    freezer.thaw()


def test_freezing_takes_what_is_alive_out_of_the_collectors_sight(heap: HeapFreezer) -> None:
    knowledge = Knowledge(Base())
    heap.freeze()
    assert gc.get_freeze_count() > 0
    assert not any(o is knowledge.base for o in gc.get_objects())  # frozen objects are no longer tracked for passes


def test_a_reload_freezes_what_it_made_and_the_old_base_is_freed_by_reference_counting(heap: HeapFreezer) -> None:
    knowledge = Knowledge(Base())
    heap.freeze()
    old = weakref.ref(knowledge.base)
    with collection_paused():  # as a reload's load runs, in its worker thread
        new = Base([[n] for n in range(100)])
    assert not any(o is new for o in gc.get_objects())  # frozen as the load ended: no pass walks it
    knowledge.base = new  # the swap: the old base, frozen, is freed without any pass of the collector
    assert old() is None


def test_thawing_stops_the_freezing_and_lets_a_dropped_cyclic_base_be_collected(heap: HeapFreezer) -> None:
    knowledge = Knowledge(CyclicBase())
    heap.freeze()
    old = weakref.ref(knowledge.base)
    heap.thaw()
    assert gc.get_freeze_count() == 0
    with collection_paused():
        made = Base()
    assert any(o is made for o in gc.get_objects())  # no longer frozen as loads end
    del knowledge  # the base is garbage held only by its own cycle
    gc.collect()
    assert old() is None
