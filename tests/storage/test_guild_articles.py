"""A server's chosen daily articles survive in the database (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt

from bot.storage.database import Database
from bot.storage.repository import SqlStudyStore

NOW = dt.datetime(2025, 10, 6, 3, 30, tzinfo=dt.UTC)


async def test_daily_articles_round_trip_and_empty_means_all(database: Database) -> None:
    store = SqlStudyStore(database)
    assert (await store.guild_config(1, "Asia/Kolkata")).daily_articles == ()
    chosen = await store.update_guild(1, "Asia/Kolkata", NOW, daily_articles=("india-japan", "india-germany"))
    assert chosen.daily_articles == ("india-japan", "india-germany")
    assert (await store.guild_config(1, "Asia/Kolkata")).daily_articles == ("india-japan", "india-germany")
    cleared = await store.update_guild(1, "Asia/Kolkata", NOW, daily_articles=())
    assert cleared.daily_articles == ()
