"""Rate limits and cooldowns with an injected clock (per member for questions, per channel for repeats)."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Hashable


class RateLimiter:
    """Allow at most ``limit`` events per key in any window of ``per`` seconds."""

    def __init__(self, limit: int, per: float, clock: Callable[[], dt.datetime]) -> None:
        if limit < 1 or per <= 0:
            raise ValueError("a rate limit needs limit >= 1 and per > 0")
        self.limit = limit
        self.per = dt.timedelta(seconds=per)
        self._clock = clock
        self._events: dict[Hashable, deque[dt.datetime]] = {}

    def hit(self, key: Hashable) -> float:
        """Record an event; return 0 if allowed, else the seconds to wait (the event is not recorded)."""
        now = self._clock()
        events = self._events.setdefault(key, deque())
        while events and now - events[0] >= self.per:
            events.popleft()
        if len(events) >= self.limit:
            return (events[0] + self.per - now).total_seconds()
        events.append(now)
        if len(self._events) > 10_000:
            self._forget_idle(now)
        return 0.0

    def forget(self, matches: Callable[[Hashable], bool]) -> None:
        """Drop the history of every key ``matches`` accepts (a member asked to be forgotten)."""
        for key in [k for k in self._events if matches(k)]:
            del self._events[key]

    def _forget_idle(self, now: dt.datetime) -> None:
        for key in [k for k, v in self._events.items() if not v or now - v[-1] >= self.per]:
            del self._events[key]


class Cooldown:
    """Remember when something last happened per key, to avoid repeating it within ``seconds``."""

    def __init__(self, seconds: float, clock: Callable[[], dt.datetime]) -> None:
        self.span = dt.timedelta(seconds=seconds)
        self._clock = clock
        self._last: dict[Hashable, dt.datetime] = {}

    def ready(self, key: Hashable) -> bool:
        """Tell whether ``key`` is out of its cooldown, and start a new one if it is."""
        now = self._clock()
        last = self._last.get(key)
        if last is not None and now - last < self.span:
            return False
        self._last[key] = now
        if len(self._last) > 10_000:
            self._last = {k: t for k, t in self._last.items() if now - t < self.span}
        return True
