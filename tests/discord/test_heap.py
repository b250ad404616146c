"""The long-lived heap is frozen out of the garbage collector's passes, and frozen again after a reload."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from bot.discordbot.heap import HeapFreezer


@dataclass
class Base:
    """A stand-in for the knowledge base: a cycle, as an index may hold."""

    facts: list[object] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.facts.append(self)


@dataclass
class Knowledge:
    base: Base


@pytest.fixture(autouse=True)
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()


def test_freezing_takes_what_is_alive_out_of_the_collectors_sight() -> None:
    knowledge = Knowledge(Base())
    HeapFreezer(knowledge).freeze()
    assert gc.get_freeze_count() > 0
    assert not any(o is knowledge.base for o in gc.get_objects())  # frozen objects are no longer tracked for passes


def test_after_a_reload_the_old_knowledge_is_collected_and_the_new_frozen() -> None:
    knowledge = Knowledge(Base())
    freezer = HeapFreezer(knowledge)
    freezer.freeze()
    assert freezer.refresh() is False  # nothing reloaded: nothing to do
    old = id(knowledge.base)
    knowledge.base = Base()  # a reload; the old base is garbage held only by its own cycle
    assert freezer.refresh() is True
    assert not any(id(o) == old and isinstance(o, Base) for o in gc.get_objects() + _frozen())
    assert freezer.refresh() is False


def test_thawing_lets_a_dropped_knowledge_be_collected() -> None:
    knowledge = Knowledge(Base())
    freezer = HeapFreezer(knowledge)
    freezer.freeze()
    old = id(knowledge.base)
    freezer.thaw()
    assert any(id(o) == old for o in gc.get_objects())  # tracked again
    del knowledge, freezer  # the base is garbage held only by its own cycle
    gc.collect()
    assert not any(id(o) == old and isinstance(o, Base) for o in gc.get_objects())


def _frozen() -> list[object]:
    """Return the frozen objects (unfreezing and freezing again, as the test's own check)."""
    gc.unfreeze()
    objects = gc.get_objects()
    gc.freeze()
    return objects
