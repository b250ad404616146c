"""Reload notices between bot processes through PostgreSQL's LISTEN/NOTIFY.

Each process keeps one dedicated asyncpg connection (outside SQLAlchemy's pool, which would recycle it) that
LISTENs on one channel; a reload is announced with ``pg_notify`` on the same connection, or on a short-lived one
while it is down. A lost connection is logged and re-opened with growing pauses; once back, the process is told
that notices may have been missed, so it compares the folder with what it has loaded. Nothing here raises into
the bot: it only logs.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import asyncpg
from sqlalchemy.engine import make_url

from bot.core.knowledge.reloads import MAYBE_MISSED, NoticeHandler, ReloadNotice
from bot.storage.database import failure_reason

log = logging.getLogger(__name__)

#: The channel every process of one database listens on (NOTIFY reaches only sessions of the same database).
CHANNEL = "studybot_knowledge_reload"
#: How the listening session is named in pg_stat_activity.
APPLICATION_NAME = "studybot reload notices"
#: Pauses between attempts to reconnect: from the first, doubling up to the last.
RETRY_FIRST_SECONDS = 1.0
RETRY_MAX_SECONDS = 60.0
#: How often an idle listening connection is checked (a dropped network may close nothing until written to).
HEALTH_CHECK_SECONDS = 30.0
#: How long one query (a check, a notice) or opening a connection may take.
QUERY_TIMEOUT_SECONDS = 10.0

Connect = Callable[..., Awaitable[Any]]


def connect_arguments(url: str) -> dict[str, Any]:
    """Return asyncpg.connect's arguments for a SQLAlchemy URL, as SQLAlchemy's own asyncpg dialect makes them."""
    parsed = make_url(url)
    _args, options = parsed.get_dialect()().create_connect_args(parsed)
    accepted = inspect.signature(asyncpg.connect).parameters
    arguments = {key: value for key, value in options.items() if key in accepted}
    # Named, so an administrator can tell the listening session apart in pg_stat_activity.
    arguments["server_settings"] = {"application_name": APPLICATION_NAME, **(arguments.get("server_settings") or {})}
    return arguments


class PostgresReloadBroadcast:
    """The reload broadcast of processes sharing one PostgreSQL database."""

    def __init__(
        self,
        connect_args: dict[str, Any],
        channel: str = CHANNEL,
        *,
        connect: Connect = asyncpg.connect,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        health_check_seconds: float = HEALTH_CHECK_SECONDS,
    ) -> None:
        self.channel = channel
        self._connect_args = connect_args
        self._connect_to = connect
        self._sleep = sleep
        self._health_check_seconds = health_check_seconds
        self._handler: NoticeHandler | None = None
        self._connection: Any = None
        #: One query at a time on the listening connection (asyncpg refuses two at once).
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._closed = False
        #: Set whenever the listening connection is (re)established; tests wait on it.
        self.listening = asyncio.Event()

    @classmethod
    def from_url(cls, url: str, channel: str = CHANNEL) -> PostgresReloadBroadcast:
        """Return the broadcast for the database a SQLAlchemy URL names."""
        return cls(connect_arguments(url), channel)

    async def _connect(self) -> Any:
        return await asyncio.wait_for(self._connect_to(**self._connect_args), QUERY_TIMEOUT_SECONDS)

    # ------------------------------------------------------------------ telling
    async def publish(self, notice: ReloadNotice) -> None:
        """NOTIFY every listening process (this one too); a failure is logged, never raised."""
        payload = notice.to_payload()
        try:
            async with self._lock:
                connection = self._connection
                if connection is not None and not connection.is_closed():
                    await asyncio.wait_for(connection.execute(_NOTIFY, self.channel, payload), QUERY_TIMEOUT_SECONDS)
                    return
            connection = await self._connect()
            try:
                await asyncio.wait_for(connection.execute(_NOTIFY, self.channel, payload), QUERY_TIMEOUT_SECONDS)
            finally:
                with contextlib.suppress(Exception):
                    await connection.close(timeout=QUERY_TIMEOUT_SECONDS)
        except Exception as exc:
            log.warning(
                "Could not tell the other processes about this knowledge reload (%s); run /kb reload in each",
                failure_reason(exc),
            )

    # ------------------------------------------------------------------ hearing
    async def listen(self, handler: NoticeHandler) -> None:
        """Start listening in the background (connecting, and reconnecting whenever the connection is lost)."""
        self._handler = handler
        if self._task is None and not self._closed:
            self._task = asyncio.create_task(self._keep_listening(), name="reload-notices")

    def _deliver(self, notice: ReloadNotice) -> None:
        handler = self._handler
        if handler is None:
            return
        try:
            handler(notice)
        except Exception:
            log.exception("A reload notice could not be handled")

    def _on_notify(self, _connection: Any, _pid: int, _channel: str, payload: str) -> None:
        self._deliver(ReloadNotice.from_payload(payload))

    async def _keep_listening(self) -> None:
        delay = RETRY_FIRST_SECONDS
        listened_before = False
        #: A problem was logged and no connection has worked since (one warning per outage, not per attempt).
        reported = False
        while not self._closed:
            was_listening = False
            try:
                connection = await self._connect()
            except Exception as exc:
                problem = f"cannot connect: {failure_reason(exc)}"
            else:
                try:
                    await self._serve(connection, resumed=listened_before)
                    problem = "the connection was closed"
                except Exception as exc:
                    problem = failure_reason(exc)
                finally:
                    was_listening = self._connection is connection
                    self._connection = None
                    self.listening.clear()
                    with contextlib.suppress(Exception):
                        if not connection.is_closed():
                            await connection.close(timeout=QUERY_TIMEOUT_SECONDS)
            if self._closed:
                return
            if was_listening:
                listened_before = True
                reported = False
                delay = RETRY_FIRST_SECONDS
            if not reported:
                log.warning(
                    "Knowledge reloads of other processes are not heard (%s); reconnecting, at least every %.0f s",
                    problem,
                    RETRY_MAX_SECONDS,
                )
                reported = True
            await self._sleep(delay)
            delay = min(delay * 2, RETRY_MAX_SECONDS)

    async def _serve(self, connection: Any, *, resumed: bool) -> None:
        """LISTEN on ``connection`` until it is lost (returns) or fails a check (raises)."""
        lost = asyncio.Event()
        connection.add_termination_listener(lambda _connection: lost.set())
        await asyncio.wait_for(connection.add_listener(self.channel, self._on_notify), QUERY_TIMEOUT_SECONDS)
        self._connection = connection
        self.listening.set()
        log.info("Listening for knowledge reloads of other processes (PostgreSQL channel %s)", self.channel)
        if resumed:
            # Notices sent while the connection was down are gone: have the folder compared with what is loaded.
            self._deliver(MAYBE_MISSED)
        while not lost.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(lost.wait(), self._health_check_seconds)
                return
            async with self._lock:
                await asyncio.wait_for(connection.execute("SELECT 1"), QUERY_TIMEOUT_SECONDS)

    async def close(self) -> None:
        """Stop listening and close the connection."""
        self._closed = True
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task


_NOTIFY = "SELECT pg_notify($1, $2)"
