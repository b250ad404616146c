"""Hand-written test doubles shared by the suites: a clock moved by hand, and an app on a fresh database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from bot.app import App, Store, bootstrap
from bot.core.services.knowledge import KnowledgeService
from bot.settings import Settings
from bot.storage.repository import SqlStudyStore
from tests.dbfixtures import open_database


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2025, 10, 6, 4, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def settings_for(tmp_path: Path, **overrides: Any) -> Settings:
    """Return settings that never read a developer's .env or environment defaults for paths."""
    return Settings(_env_file=None, data_dir=tmp_path, **overrides)


async def sqlite_app(
    tmp_path: Path,
    knowledge: KnowledgeService,
    clock: FakeClock | None = None,
    store: Store | None = None,
    **settings: Any,
) -> App:
    """Build the whole app over a fresh SQLite database in ``tmp_path`` (or over ``store``)."""
    database = None
    if store is None:
        database = await open_database("sqlite", tmp_path)
        store = SqlStudyStore(database)
    app = await bootstrap(
        settings_for(tmp_path, **settings), clock=clock or FakeClock(), knowledge=knowledge, store=store
    )
    app.database = database  # closed with the app
    return app
