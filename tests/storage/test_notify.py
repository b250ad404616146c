"""Reload notices through PostgreSQL's LISTEN/NOTIFY: delivery, reconnecting with growing pauses, never raising.

The reconnect logic runs against a hand-written fake of asyncpg's connection; delivery between two listeners
runs against the real PostgreSQL when TEST_DATABASE_URL is set.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from typing import Any

import asyncpg
import pytest

from bot.app import reload_broadcast
from bot.core.knowledge.reloads import MAYBE_MISSED, ReloadNotice, SilentBroadcast
from bot.settings import Settings
from bot.storage.notify import (
    APPLICATION_NAME,
    CHANNEL,
    RETRY_FIRST_SECONDS,
    RETRY_MAX_SECONDS,
    PostgresReloadBroadcast,
    connect_arguments,
)
from tests.dbfixtures import POSTGRES_URL

WAIT = 30.0
NOTIFY_LOG = "bot.storage.notify"


class FakeConnection:
    """What the broadcast uses of an asyncpg connection."""

    def __init__(self, server: FakeServer) -> None:
        self.server = server
        self.listeners: dict[str, Callable[..., None]] = {}
        self.on_termination: list[Callable[[Any], None]] = []
        self.closed = False
        self.fail_queries = False

    def add_termination_listener(self, callback: Callable[[Any], None]) -> None:
        self.on_termination.append(callback)

    async def add_listener(self, channel: str, callback: Callable[..., None]) -> None:
        self.listeners[channel] = callback

    async def execute(self, query: str, *args: Any) -> str:
        self.server.queries.append(query)
        if self.closed or self.fail_queries:
            raise ConnectionResetError("connection was closed in the middle of operation")
        if "pg_notify" in query:
            self.server.notify(*args)
        return "SELECT 1"

    def is_closed(self) -> bool:
        return self.closed

    async def close(self, **_options: Any) -> None:  # asyncpg's takes timeout=
        self.closed = True

    def drop(self) -> None:
        """The server closed the connection (a restart, an administrator)."""
        self.closed = True
        for callback in self.on_termination:
            callback(self)


class FakeServer:
    """Connections handed out by ``connect``; ``refusals`` makes the next attempts fail."""

    def __init__(self) -> None:
        self.connections: list[FakeConnection] = []
        self.refusals = 0
        self.queries: list[str] = []
        self.pauses: list[float] = []
        self.connected = asyncio.Event()

    async def connect(self, **_options: Any) -> FakeConnection:
        if self.refusals:
            self.refusals -= 1
            raise ConnectionRefusedError(111, "Connect call failed: connection refused")
        connection = FakeConnection(self)
        self.connections.append(connection)
        self.connected.set()
        return connection

    async def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        await asyncio.sleep(0)

    def notify(self, channel: str, payload: str) -> None:
        loop = asyncio.get_running_loop()
        for connection in self.connections:
            callback = connection.listeners.get(channel)
            if callback is not None and not connection.closed:
                loop.call_soon(callback, connection, 4242, channel, payload)


class Heard:
    def __init__(self) -> None:
        self.queue: asyncio.Queue[ReloadNotice] = asyncio.Queue()

    def __call__(self, notice: ReloadNotice) -> None:
        self.queue.put_nowait(notice)

    async def next(self) -> ReloadNotice:
        return await asyncio.wait_for(self.queue.get(), WAIT)


def fake_broadcast(server: FakeServer, **kwargs: Any) -> PostgresReloadBroadcast:
    return PostgresReloadBroadcast({}, "test_channel", connect=server.connect, sleep=server.sleep, **kwargs)


async def test_a_notice_published_reaches_the_listener_on_the_listening_connection() -> None:
    server = FakeServer()
    broadcast = fake_broadcast(server)
    heard = Heard()
    try:
        await broadcast.listen(heard)
        await asyncio.wait_for(broadcast.listening.wait(), WAIT)
        await broadcast.publish(ReloadNotice("a", "digest"))
        assert await heard.next() == ReloadNotice("a", "digest")
        assert len(server.connections) == 1  # published on the connection that listens
    finally:
        await broadcast.close()
    assert all(c.closed for c in server.connections)


async def test_the_first_connection_is_retried_with_growing_pauses_and_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = FakeServer()
    server.refusals = 9
    broadcast = fake_broadcast(server)
    caplog.set_level(logging.INFO, logger=NOTIFY_LOG)
    try:
        await broadcast.listen(Heard())
        await asyncio.wait_for(broadcast.listening.wait(), WAIT)
    finally:
        await broadcast.close()
    assert server.pauses == [1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert server.pauses[0] == RETRY_FIRST_SECONDS
    assert max(server.pauses) == RETRY_MAX_SECONDS
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "refused the connection" in warnings[0]


async def test_a_dropped_connection_is_reopened_and_a_possible_gap_is_reported() -> None:
    server = FakeServer()
    broadcast = fake_broadcast(server)
    heard = Heard()
    try:
        await broadcast.listen(heard)
        await asyncio.wait_for(broadcast.listening.wait(), WAIT)
        server.connected.clear()
        server.connections[0].drop()
        await asyncio.wait_for(server.connected.wait(), WAIT)
        # Notices sent while it was away are lost: the listener is told to check the folder.
        assert await heard.next() == MAYBE_MISSED
        await asyncio.wait_for(broadcast.listening.wait(), WAIT)
        await broadcast.publish(ReloadNotice("b", None))
        assert await heard.next() == ReloadNotice("b", None)
    finally:
        await broadcast.close()
    assert server.pauses == [RETRY_FIRST_SECONDS]


async def test_a_connection_that_fails_its_health_check_is_replaced() -> None:
    server = FakeServer()
    broadcast = fake_broadcast(server, health_check_seconds=0.01)
    heard = Heard()
    try:
        await broadcast.listen(heard)
        await asyncio.wait_for(broadcast.listening.wait(), WAIT)
        server.connected.clear()
        server.connections[0].fail_queries = True  # a dead network: nothing closes, but nothing answers
        await asyncio.wait_for(server.connected.wait(), WAIT)
        assert await heard.next() == MAYBE_MISSED
    finally:
        await broadcast.close()
    assert server.connections[0].closed
    assert "SELECT 1" in server.queries


async def test_publishing_while_not_listening_uses_a_short_connection_and_a_failure_only_logs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    server = FakeServer()
    broadcast = fake_broadcast(server)
    await broadcast.publish(ReloadNotice("cli", "digest"))  # `studybot teach`: it never listens
    assert len(server.connections) == 1
    assert server.connections[0].closed
    assert any("pg_notify" in q for q in server.queries)
    server.refusals = 1
    await broadcast.publish(ReloadNotice("cli", "digest"))  # does not raise
    assert any("Could not tell the other processes" in r.getMessage() for r in caplog.records)
    await broadcast.close()


async def test_a_handler_that_fails_does_not_stop_the_listening() -> None:
    server = FakeServer()
    broadcast = fake_broadcast(server)
    heard = Heard()
    calls = 0

    def handler(notice: ReloadNotice) -> None:
        nonlocal calls
        calls += 1
        if calls == 1:
            raise RuntimeError("the first one breaks")
        heard(notice)

    try:
        await broadcast.listen(handler)
        await asyncio.wait_for(broadcast.listening.wait(), WAIT)
        await broadcast.publish(ReloadNotice("a", "1"))
        await broadcast.publish(ReloadNotice("a", "2"))
        assert await heard.next() == ReloadNotice("a", "2")
    finally:
        await broadcast.close()


def test_the_connection_arguments_are_sqlalchemys_for_asyncpg() -> None:
    arguments = connect_arguments("postgresql+asyncpg://bot:s3cret@db.example:6543/study?ssl=require")
    assert arguments == {
        "host": "db.example",
        "port": 6543,
        "user": "bot",
        "password": "s3cret",
        "database": "study",
        "ssl": "require",
        "server_settings": {"application_name": APPLICATION_NAME},
    }


def test_only_postgresql_gets_a_broadcast() -> None:
    sqlite = Settings(_env_file=None, database_url="sqlite:///tmp/x.db")
    assert isinstance(reload_broadcast(sqlite), SilentBroadcast)
    postgres = Settings(_env_file=None, database_url="postgres://bot@db.example/study")
    broadcast = reload_broadcast(postgres)
    assert isinstance(broadcast, PostgresReloadBroadcast)
    assert broadcast.channel == CHANNEL


# ---------------------------------------------------------------- on the real PostgreSQL
needs_postgres = pytest.mark.skipif(not POSTGRES_URL, reason="set TEST_DATABASE_URL to run against PostgreSQL")


@needs_postgres
async def test_two_processes_listening_on_postgresql_both_hear_a_notice() -> None:
    name = f"test_reload_{uuid.uuid4().hex[:12]}"  # tests running at once never hear (or end) each other
    arguments = {**connect_arguments(POSTGRES_URL), "server_settings": {"application_name": name}}
    first = PostgresReloadBroadcast(arguments, name)
    second = PostgresReloadBroadcast(arguments, name)
    heard_first, heard_second = Heard(), Heard()
    try:
        await first.listen(heard_first)
        await second.listen(heard_second)
        await asyncio.wait_for(first.listening.wait(), WAIT)
        await asyncio.wait_for(second.listening.wait(), WAIT)
        notice = ReloadNotice("first", "ab" * 32)
        await first.publish(notice)
        assert await heard_second.next() == notice
        assert await heard_first.next() == notice  # the sender hears itself; curation ignores its own origin
        # An administrator ends the second one's session: it reconnects, says notices may be lost, and hears again.
        killer = await asyncpg.connect(**connect_arguments(POSTGRES_URL))
        try:
            pids = await killer.fetch("SELECT pid FROM pg_stat_activity WHERE application_name = $1", name)
            assert len(pids) == 2
            second.listening.clear()
            for row in pids:
                await killer.execute("SELECT pg_terminate_backend($1)", row["pid"])
        finally:
            await killer.close()
        assert await heard_second.next() == MAYBE_MISSED
        await asyncio.wait_for(second.listening.wait(), WAIT)
        await asyncio.wait_for(first.listening.wait(), WAIT)
        await first.publish(ReloadNotice("first", "again"))
        assert await heard_second.next() == ReloadNotice("first", "again")
    finally:
        await first.close()
        await second.close()
