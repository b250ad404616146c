"""The daily service remembers why a post failed: news once, a hold for the day when Discord refused, then retry."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App
from bot.core.services.knowledge import KnowledgeService
from tests.fakes import FakeClock, FakeStore, sqlite_app

GUILD, CHANNEL = 100, 300


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()  # 04:00 UTC, 09:30 in India


@pytest.fixture
async def app(tmp_path: Path, shipped: KnowledgeService, clock: FakeClock) -> App:
    app = await sqlite_app(tmp_path, shipped, clock, store=FakeStore())
    await app.guilds.configure_daily(GUILD, CHANNEL, "09:00")
    return app


async def due(app: App) -> list[int]:
    return [config.guild_id for config in await app.daily.due_guilds()]


async def test_the_same_problem_is_news_once_a_day(app: App, clock: FakeClock) -> None:
    first = clock.now
    assert await app.daily.report_problem(GUILD, "missing Embed Links in <#300>")
    clock.advance(minutes=5)
    assert not await app.daily.report_problem(GUILD, "missing Embed Links in <#300>")
    problem = app.daily.problem(GUILD)
    assert problem is not None
    assert problem.at == first  # when it first happened
    assert await app.daily.report_problem(GUILD, "missing Send Messages in <#300>")  # a different problem is news
    clock.advance(days=1)
    assert await app.daily.report_problem(GUILD, "missing Send Messages in <#300>")  # so is a new day


async def test_a_problem_without_hold_keeps_the_guild_due(app: App) -> None:
    await app.daily.report_problem(GUILD, "missing Embed Links in <#300>")
    assert await due(app) == [GUILD]  # the check is local, so the loop may retry every tick


async def test_a_held_problem_skips_the_guild_until_its_next_day(app: App, clock: FakeClock) -> None:
    await app.daily.report_problem(GUILD, "Discord refused the message", hold=True)
    assert await due(app) == []
    clock.advance(hours=10)  # 19:30 in India, the same day
    assert await due(app) == []
    clock.advance(hours=14)  # 09:30 the next day
    assert await due(app) == [GUILD]


async def test_a_hold_added_to_a_known_problem_sticks(app: App) -> None:
    await app.daily.report_problem(GUILD, "missing Embed Links in <#300>")
    assert not await app.daily.report_problem(GUILD, "missing Embed Links in <#300>", hold=True)
    problem = app.daily.problem(GUILD)
    assert problem is not None
    assert problem.hold
    assert await due(app) == []


async def test_clearing_the_problem_makes_the_guild_due_again(app: App) -> None:
    await app.daily.report_problem(GUILD, "Discord refused the message", hold=True)
    app.daily.clear_problem(GUILD)
    assert app.daily.problem(GUILD) is None
    assert await due(app) == [GUILD]
