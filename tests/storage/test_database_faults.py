"""Database faults are named for the person who can fix them; a replaced SQLite file is never written silently."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from bot.core.errors import StorageError
from bot.storage.database import Database, DatabaseFileChangedError, failure_reason
from bot.storage.repository import SqlStudyStore

NOW = dt.datetime(2025, 10, 6, 3, 30, tzinfo=dt.UTC)


async def open_file_database(path: Path) -> tuple[Database, SqlStudyStore]:
    database = Database.from_url(f"sqlite+aiosqlite:///{path}")
    await database.migrate()
    return database, SqlStudyStore(database)


@pytest.mark.parametrize("change", ["deleted", "replaced"])
async def test_a_sqlite_file_changed_under_the_bot_is_reported_and_not_written(
    tmp_path: Path, change: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "studybot.db"
    database, store = await open_file_database(path)
    try:
        await store.log_unanswered(1, 2, "before", "declined", None, 0.0, NOW)
        if change == "deleted":
            path.unlink()
        else:
            shutil.copy(path, tmp_path / "copy.db")
            path.unlink()
            (tmp_path / "copy.db").rename(path)
        with pytest.raises(DatabaseFileChangedError, match=change):
            await store.log_unanswered(1, 2, "after", "declined", None, 0.0, NOW)
        with pytest.raises(DatabaseFileChangedError):
            await store.unanswered()
    finally:
        await database.close()
    reports = [r for r in caplog.records if "while the bot was running" in r.getMessage()]
    assert len(reports) == 1  # reported once, refused every time
    if change == "replaced":
        rows = sqlite3.connect(path).execute("SELECT question FROM unanswered_questions").fetchall()
        assert rows == [("before",)]  # the copy holds what was there, and nothing was written after


async def test_the_same_file_keeps_working(tmp_path: Path) -> None:
    database, store = await open_file_database(tmp_path / "studybot.db")
    try:
        for text in ("one", "two"):
            await store.log_unanswered(1, 2, text, "declined", None, 0.0, NOW)
        assert len(await store.unanswered()) == 2
    finally:
        await database.close()


async def test_a_locked_database_names_the_lock(tmp_path: Path) -> None:
    path = tmp_path / "studybot.db"
    database = Database.from_url(f"sqlite+aiosqlite:///{path}", busy_timeout_ms=0, connect_args={"timeout": 0})
    await database.migrate()
    store = SqlStudyStore(database)
    lock = sqlite3.connect(path, timeout=30)
    lock.execute("PRAGMA busy_timeout=0")
    lock.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="locked by another program"):
            await store.log_unanswered(1, 2, "q", "declined", None, 0.0, NOW)
    finally:
        lock.rollback()
        lock.close()
        await database.close()


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("database is locked", "locked by another program"),
        ("attempt to write a readonly database", "read-only"),
        ("database or disk is full", "disk holding the database is full"),
        ("no such table: quiz_answers", "lost its tables"),
        ("something new", "reported OperationalError"),
    ],
)
def test_failure_reasons_come_from_the_drivers_message(message: str, reason: str) -> None:
    error = OperationalError("INSERT ...", {}, sqlite3.OperationalError(message))
    assert reason in failure_reason(error)
