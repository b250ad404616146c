"""A property worked out on first use and kept on the instance, without functools' lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

_R = TypeVar("_R")


class _Lazy(Generic[_R]):
    """Work a value out on first use and keep it in the instance's ``__dict__`` (later reads never get here)."""

    def __init__(self, read: Callable[[Any], _R]) -> None:
        self._read = read
        self._name = read.__name__
        self.__doc__ = read.__doc__

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> _Lazy[_R]: ...

    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> _R: ...

    def __get__(self, instance: object | None, owner: type[Any] | None = None) -> _Lazy[_R] | _R:
        if instance is None:
            return self
        value = self._read(instance)
        # Set directly (as functools does), so frozen dataclasses keep their values too.
        instance.__dict__[self._name] = value
        return value


def cached_property(read: Callable[[Any], _R]) -> _Lazy[_R]:
    """Return ``functools.cached_property`` without its lock, for objects one thread reads.

    Python 3.11's version takes a lock on every first read: a question's candidates work out some two hundred
    values each time a member asks, and the locking costs a tenth of a millisecond of it.
    """
    return _Lazy(read)
