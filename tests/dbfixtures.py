"""Database fixtures: every storage test runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.storage.database import Database

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL", "")
if os.environ.get("REQUIRE_POSTGRES") and not POSTGRES_URL:
    raise RuntimeError("REQUIRE_POSTGRES is set but TEST_DATABASE_URL is not: CI must test both back ends")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(not POSTGRES_URL, reason="set TEST_DATABASE_URL to run against PostgreSQL"),
    ),
]


async def open_database(backend: str, tmp_path: Path) -> Database:
    """Open a fresh, migrated database of the given back end."""
    if backend == "sqlite":
        db = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'test.db'}")
    else:
        db = Database.from_url(POSTGRES_URL)
        async with db.engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    await db.migrate()
    return db


@pytest.fixture(params=BACKENDS)
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    """Yield a fresh, migrated database (SQLite file, or PostgreSQL when configured)."""
    db = await open_database(request.param, tmp_path)
    try:
        yield db
    finally:
        await db.close()
