"""A bounded memo kept on an object without referring back to it, so a replaced base is freed at once."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

_K = TypeVar("_K", bound=Hashable)
_V = TypeVar("_V")


class BoundedMemo(Generic[_K, _V]):
    """Remember up to ``size`` results of a function of one argument; forget them all when full.

    ``functools.lru_cache`` over a bound method, kept on the method's own instance, is a reference cycle (instance,
    cache, bound method, instance): an object holding one is freed only by a full pass of the garbage collector, which
    in the bot walks the whole heap on the event loop. This memo is given the function at each call and holds only
    keys and results, so whatever holds it is freed by reference counting as soon as it is dropped.
    """

    __slots__ = ("_found", "_size")

    def __init__(self, size: int) -> None:
        self._size = size
        self._found: dict[_K, _V] = {}

    def __call__(self, key: _K, compute: Callable[[_K], _V]) -> _V:
        """Return ``compute(key)``, computed once while remembered."""
        try:
            return self._found[key]
        except KeyError:
            pass
        value = compute(key)
        if len(self._found) >= self._size:
            self._found.clear()
        self._found[key] = value
        return value

    def __len__(self) -> int:
        return len(self._found)
