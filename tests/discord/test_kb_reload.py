"""/kb reload changes what every server sees: only the bot's operators may run it, and not twice in a row."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.discordbot.client import StudyBot
from bot.discordbot.cogs.admin import OPERATORS_ONLY, RELOAD_INTERVAL, AdminCog, operator_ids
from tests.conftest import MINIMAL_ARTICLE
from tests.discord.fakes import FakeInteraction, invoke
from tests.fakes import FakeClock, sqlite_app

OWNER, TEAM_ADMIN, OPERATOR, SERVER_ADMIN = 1, 2, 42, 7


@pytest.fixture
async def small_bot(tmp_path: Path, write_knowledge: Any) -> AsyncIterator[StudyBot]:
    from bot.core.services.knowledge import KnowledgeService

    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    app = await sqlite_app(tmp_path / "db", KnowledgeService.from_directory(folder), FakeClock())
    bot = StudyBot(app)
    bot.owner_id = OWNER
    yield bot
    await app.close()


async def reload_as(bot: StudyBot, cog: AdminCog, user_id: int, manage_guild: bool = True) -> FakeInteraction:
    interaction = FakeInteraction(user_id=user_id, manage_guild=manage_guild, client=bot)
    await invoke(AdminCog.reload, cog, interaction)
    return interaction


def reloaded(interaction: FakeInteraction) -> bool:
    embed = interaction.last.embed
    return embed is not None and embed.title == "Knowledge base"


async def test_the_owner_may_reload_even_without_manage_server(small_bot: StudyBot) -> None:
    interaction = await reload_as(small_bot, AdminCog(small_bot), OWNER, manage_guild=False)
    assert reloaded(interaction)
    assert interaction.last.ephemeral


async def test_a_server_admin_who_does_not_run_the_bot_is_refused_and_told_why(small_bot: StudyBot) -> None:
    interaction = await reload_as(small_bot, AdminCog(small_bot), SERVER_ADMIN, manage_guild=True)
    assert interaction.last.content == OPERATORS_ONLY
    assert "because it changes every server the bot serves" in OPERATORS_ONLY
    assert interaction.last.ephemeral
    assert [s.kind for s in interaction.sent] == ["send"]  # refused before any work


async def test_team_members_count_as_owners(small_bot: StudyBot) -> None:
    small_bot.owner_id = None
    small_bot.owner_ids = {OWNER, TEAM_ADMIN}
    assert reloaded(await reload_as(small_bot, AdminCog(small_bot), TEAM_ADMIN, manage_guild=False))


async def test_a_user_listed_in_operator_ids_may_reload(small_bot: StudyBot) -> None:
    small_bot.settings = small_bot.settings.model_copy(update={"operator_ids": (OPERATOR,)})
    assert reloaded(await reload_as(small_bot, AdminCog(small_bot), OPERATOR, manage_guild=False))


@pytest.mark.parametrize(
    ("raw", "ids"),
    [((), frozenset()), ((42, 43), {42, 43}), ("42, 43", {42, 43}), ("42 x", {42}), (None, frozenset()), (42, {42})],
)
def test_operator_ids_are_read_leniently(raw: object, ids: set[int]) -> None:
    class Settings:
        operator_ids = raw

    assert operator_ids(Settings()) == ids
    assert operator_ids(object()) == frozenset()  # no such setting yet


async def test_when_discord_cannot_say_who_owns_the_bot_nobody_but_operators_may_reload(
    small_bot: StudyBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    small_bot.owner_id = None

    async def unreachable() -> discord.AppInfo:
        raise discord.HTTPException(type("R", (), {"status": 503, "reason": "down"})(), "down")

    monkeypatch.setattr(small_bot, "application_info", unreachable)
    with caplog.at_level(logging.ERROR):
        interaction = await reload_as(small_bot, AdminCog(small_bot), OWNER)
    assert interaction.last.content == OPERATORS_ONLY
    assert any("application's owners" in r.getMessage() for r in caplog.records)


async def test_a_second_reload_within_the_window_waits_then_goes_through(small_bot: StudyBot) -> None:
    cog = AdminCog(small_bot)
    clock = small_bot.app.clock
    assert isinstance(clock, FakeClock)
    assert reloaded(await reload_as(small_bot, cog, OWNER))
    clock.advance(seconds=10)
    again = await reload_as(small_bot, cog, OWNER)
    assert not reloaded(again)
    assert again.last.ephemeral
    assert (again.last.content or "").endswith("try again in 20 s.")
    assert f"less than {RELOAD_INTERVAL:.0f} s ago" in (again.last.content or "")
    clock.advance(seconds=RELOAD_INTERVAL - 10)
    assert reloaded(await reload_as(small_bot, cog, OWNER))


async def test_the_window_is_process_wide_not_per_operator(small_bot: StudyBot) -> None:
    small_bot.settings = small_bot.settings.model_copy(update={"operator_ids": (OPERATOR,)})
    cog = AdminCog(small_bot)
    assert reloaded(await reload_as(small_bot, cog, OWNER))
    other = await reload_as(small_bot, cog, OPERATOR)
    assert "try again in 30 s" in (other.last.content or "")


async def test_a_refused_reload_does_not_hold_up_the_fix(small_bot: StudyBot) -> None:
    cog = AdminCog(small_bot)
    article = small_bot.app.knowledge.knowledge_dir / "demo.yaml"
    article.write_text(MINIMAL_ARTICLE.replace("answer: Always", "answer: Often"), encoding="utf-8")
    broken = await reload_as(small_bot, cog, OWNER)
    assert broken.last.embed is not None
    assert "Reload refused" in (broken.last.embed.title or "")
    article.write_text(MINIMAL_ARTICLE, encoding="utf-8")
    assert reloaded(await reload_as(small_bot, cog, OWNER))  # the knowledge did not change before: no wait


async def test_read_only_kb_commands_stay_with_server_admins(small_bot: StudyBot) -> None:
    for command in (AdminCog.stats, AdminCog.gaps):
        interaction = FakeInteraction(user_id=SERVER_ADMIN, manage_guild=True, client=small_bot)
        await invoke(command, AdminCog(small_bot), interaction)
        assert interaction.last.embed is not None
