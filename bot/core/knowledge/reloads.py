"""Reload notices: one process tells the others that it reloaded the shared knowledge folder.

Several bot processes (shards) serve one knowledge folder. When one of them reloads it successfully (``/kb
reload``, a teach, a saved file), it publishes a notice; every other process hears it and reloads the folder
too. The port is ``ReloadBroadcast``; storage implements it with PostgreSQL's LISTEN/NOTIFY, and a single
process (SQLite) uses ``SilentBroadcast``, which tells nobody.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

#: A payload longer than this is not a notice of ours (PostgreSQL allows 8,000 bytes; ours are about 120).
MAX_PAYLOAD_CHARS = 1000


@dataclass(frozen=True)
class ReloadNotice:
    """A process reloaded the knowledge folder; ``content`` is the digest of what it loaded.

    A notice with no ``origin`` and no ``content`` means "notices may have been missed" (after a lost
    connection, or a payload that could not be read): the receiver checks the folder against what it has.
    """

    origin: str
    content: str | None = None

    def to_payload(self) -> str:
        """Return the notice as the short JSON text that travels between processes."""
        return json.dumps({"origin": self.origin, "content": self.content}, separators=(",", ":"))

    @classmethod
    def from_payload(cls, payload: str) -> ReloadNotice:
        """Read a notice; anything unreadable becomes a notice that asks for a check of the folder."""
        if len(payload) > MAX_PAYLOAD_CHARS:
            return MAYBE_MISSED
        try:
            data = json.loads(payload)
        except ValueError:
            return MAYBE_MISSED
        if not isinstance(data, dict):
            return MAYBE_MISSED
        origin, content = data.get("origin"), data.get("content")
        if not isinstance(origin, str) or not (content is None or isinstance(content, str)):
            return MAYBE_MISSED
        return cls(origin, content)


#: Heard when notices may have been lost: every receiver compares the folder with what it has loaded.
MAYBE_MISSED = ReloadNotice("")

NoticeHandler = Callable[[ReloadNotice], None]


class ReloadBroadcast(Protocol):
    """How processes sharing a knowledge folder tell each other about reloads. No method ever raises."""

    async def publish(self, notice: ReloadNotice) -> None:
        """Tell every listening process (this one too) about a reload; a failure is logged, never raised."""

    async def listen(self, handler: NoticeHandler) -> None:
        """Start calling ``handler`` (on the event loop) with every notice heard; returns at once.

        Connection trouble is handled inside (logged, retried); after a gap, ``MAYBE_MISSED`` is delivered.
        """

    async def close(self) -> None:
        """Stop listening and release what the broadcast holds."""


class SilentBroadcast:
    """The broadcast of a single process (SQLite): there is nobody else to tell, and nothing to hear."""

    async def publish(self, notice: ReloadNotice) -> None:
        """Tell nobody."""

    async def listen(self, handler: NoticeHandler) -> None:
        """Hear nothing."""

    async def close(self) -> None:
        """Hold nothing."""
