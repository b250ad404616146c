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


def _sqlite_pragmas(dbapi_connection: Any, _record: Any, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers and one writer work at once; busy_timeout waits on locks instead of failing.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class DatabaseFileChangedError(StorageError):
    """The SQLite file was deleted or replaced under the running bot; writing on would lose data silently."""


#: Known database failures, in words an admin can act on (matched against the driver's message).
_REASONS = (
    ("database is locked", "the database is locked by another program"),
    ("readonly database", "the database file is read-only"),
    ("disk is full", "the disk holding the database is full"),
    ("disk i/o error", "the disk holding the database failed to read or write"),
    ("no such table", "the database has lost its tables (was the file replaced?)"),
    ("unable to open database file", "the database file cannot be opened"),
    ("connection refused", "the database server refused the connection"),
    ("connection was closed", "the connection to the database server was lost"),
    ("too many connections", "the database server has too many connections"),
    ("password authentication failed", "the database server refused the password"),
)


def failure_reason(exc: BaseException) -> str:
    """Say in a few words why a database operation failed, from the driver's own message."""
    text = " ".join(str(part) for part in (exc, getattr(exc, "orig", None), exc.__cause__) if part).lower()
    for needle, reason in _REASONS:
        if needle in text:
            return reason
    if isinstance(exc, (OSError, ConnectionError)) or isinstance(getattr(exc, "orig", None), OSError):
        return "the database cannot be reached"
    return f"the database reported {type(getattr(exc, 'orig', None) or exc).__name__}"


def storage_error(exc: BaseException) -> StorageError:
    """Wrap a driver failure in the error adapters show, naming the reason the database gave."""
    return StorageError(
        f"I can't reach my database right now ({failure_reason(exc)}), so that wasn't saved. "
        "Please try again in a minute; the admins can find the details in the bot's log."
    )


class Database:
    """One engine and its session factory."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.sessions = async_sessionmaker(engine, expire_on_commit=False)
        self._file: Path | None = None
        self._identity: tuple[int, int] | None = None
        self._reported_change = False

    @classmethod
    def from_url(cls, url: str, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS, **engine_options: Any) -> Database:
        """Create the engine for ``url``; a SQLite file's folder is created if missing."""
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database
            file = Path(database).expanduser() if database and database != ":memory:" else None
            if file is not None:
                file.parent.mkdir(parents=True, exist_ok=True)
            engine = create_async_engine(url, **engine_options)
            event.listen(
                engine.sync_engine, "connect", lambda conn, record: _sqlite_pragmas(conn, record, busy_timeout_ms)
            )
            db = cls(engine)
            db._file = file
            return db
        engine_options.setdefault("pool_pre_ping", True)
        return cls(create_async_engine(url, **engine_options))

    def _check_file(self) -> None:
        """Refuse to go on when the SQLite file is not the one opened at start (deleted, moved or replaced).

        Open connections keep writing to the old file's inode, so every later write would vanish silently.
        """
        if self._file is None:
            return
        try:
            info = self._file.stat()
            identity: tuple[int, int] | None = (info.st_dev, info.st_ino)
        except FileNotFoundError:
            identity = None
        if self._identity is None and identity is not None and not self._reported_change:
            self._identity = identity
            return
        if identity == self._identity:
            return
        what = "deleted" if identity is None else "replaced"
        if not self._reported_change:
            self._reported_change = True
            log.error(
                "The database file %s was %s while the bot was running; nothing more is written to it. "
                "Restart the bot to open the database file that is there now.",
                self._file,
                what,
            )
        raise DatabaseFileChangedError(
            f"My database file was {what} while I was running, so that wasn't saved. "
            "The admins need to restart me (the details are in the bot's log)."
        )

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
            raise DatabaseError(
                f"could not open or upgrade the database ({self.dialect}): {failure_reason(exc)}: {exc}"
            ) from exc
        self._identity = None
        self._check_file()
        log.info("Database ready (%s)", self.dialect)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """Open a session in a transaction that commits on success and rolls back on error.

        A unique-key clash stays an ``IntegrityError`` (callers use it to record things once); every other
        database failure leaves as ``StorageError``, which adapters turn into a message the member understands.
        """
        self._check_file()
        try:
            async with self.sessions() as session, session.begin():
                yield session
        except IntegrityError:
            raise
        except (SQLAlchemyError, OSError) as exc:
            raise storage_error(exc) from exc

    async def close(self) -> None:
        """Close every pooled connection."""
        await self.engine.dispose()
