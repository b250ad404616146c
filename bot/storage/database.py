"""The async database: engine set-up (SQLite in WAL mode or PostgreSQL), migrations at start, sessions."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

from bot.core.errors import StorageError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
#: How long SQLite waits for a lock before giving up (two processes, a backup tool...).
SQLITE_BUSY_TIMEOUT_MS = 10_000


class DatabaseError(StorageError):
    """The database could not be opened or upgraded; the message says what to check."""


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers and one writer work at once; busy_timeout waits on locks instead of failing.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Database:
    """One engine and its session factory."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessions = async_sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def from_url(cls, url: str, **engine_options: Any) -> Database:
        """Create the engine for ``url``; a SQLite file's folder is created if missing."""
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database
            if database and database != ":memory:":
                Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = create_async_engine(url, **engine_options)
            event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        else:
            engine_options.setdefault("pool_pre_ping", True)
            engine = create_async_engine(url, **engine_options)
        return cls(engine)

    @property
    def dialect(self) -> str:
        """Return the back end's name (sqlite, postgresql)."""
        return self.engine.dialect.name

    async def migrate(self) -> None:
        """Bring the schema up to date (creating it on first start); existing data is kept."""

        def upgrade(connection: Connection) -> None:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

        try:
            async with self.engine.begin() as connection:
                await connection.run_sync(upgrade)
        except Exception as exc:
            raise DatabaseError(f"could not open or upgrade the database ({self.dialect}): {exc}") from exc
        log.info("Database ready (%s)", self.dialect)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """Open a session in a transaction that commits on success and rolls back on error.

        A unique-key clash stays an ``IntegrityError`` (callers use it to record things once); every other
        database failure leaves as ``StorageError``, which adapters turn into a message the member understands.
        """
        try:
            async with self.sessions() as session, session.begin():
                yield session
        except IntegrityError:
            raise
        except (SQLAlchemyError, OSError) as exc:
            raise StorageError() from exc

    async def close(self) -> None:
        """Close every pooled connection."""
        await self.engine.dispose()
