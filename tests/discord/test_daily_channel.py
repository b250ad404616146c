"""The daily quiz's channel: permissions checked up front, a failed post reported once and shown in /daily status."""

from __future__ import annotations

import logging

import discord
import pytest

from bot.discordbot.client import REQUIRED_PERMISSIONS, StudyBot
from bot.discordbot.cogs.daily import DailyCog, posting_problem
from bot.discordbot.tree import GENERIC_ERROR
from tests.discord.fakes import FakeChannel, FakeGuild, FakeInteraction, FakeUser, invoke
from tests.fakes import FakeClock

GUILD, DAILY = 100, 300
LOGGER = "bot.discordbot.cogs.daily"


class _Response:
    status = 403
    reason = "Forbidden"


FORBIDDEN = discord.Forbidden(_Response(), {"code": 50013, "message": "Missing Permissions"})


def without(*names: str) -> discord.Permissions:
    """Return everything the bot asks for at invite time, minus ``names``."""
    permissions = discord.Permissions(REQUIRED_PERMISSIONS.value)
    permissions.update(**dict.fromkeys(names, False))
    return permissions


def clock_of(bot: StudyBot) -> FakeClock:
    clock = bot.app.clock
    assert isinstance(clock, FakeClock)
    return clock


def serve(bot: StudyBot, channel: FakeChannel) -> FakeGuild:
    guild = FakeGuild(GUILD, channel)
    bot.get_guild = lambda _id: guild if _id == GUILD else None  # type: ignore[method-assign,assignment,return-value]
    return guild


async def status_of(bot: StudyBot, cog: DailyCog) -> str:
    interaction = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.status, cog, interaction)
    assert interaction.last.ephemeral
    return interaction.last.content or ""


# ---------------------------------------------------------------- /daily set and /daily now
@pytest.mark.parametrize(
    ("missing", "thread", "named"),
    [
        (("embed_links",), False, "Embed Links"),
        (("send_messages",), False, "Send Messages"),
        (("view_channel",), False, "View Channel"),
        (("send_messages", "embed_links"), False, "Send Messages and Embed Links"),
        (("send_messages_in_threads",), True, "Send Messages in Threads"),
    ],
)
async def test_daily_set_refuses_a_channel_i_cannot_post_in_and_says_which_permission(
    bot: StudyBot, missing: tuple[str, ...], thread: bool, named: str
) -> None:
    channel = FakeChannel(DAILY, "daily", permissions=without(*missing), thread=thread)
    serve(bot, channel)
    interaction = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.set, DailyCog(bot), interaction, channel=channel, time="09:00")
    assert interaction.last.content == f"I can't post there: missing {named} in <#{DAILY}>."
    assert interaction.last.ephemeral
    assert not (await bot.app.guilds.config(GUILD)).daily_enabled  # nothing was changed


def test_a_thread_needs_send_messages_in_threads_not_send_messages() -> None:
    me = FakeUser(555, bot=True)
    thread = FakeChannel(DAILY, permissions=without("send_messages"), thread=True)
    assert posting_problem(thread, me) is None
    text = FakeChannel(DAILY, permissions=without("send_messages_in_threads"))
    assert posting_problem(text, me) is None
    assert posting_problem(text, None) is None  # no member in the cache: Discord decides when sending


async def test_daily_set_accepts_a_channel_i_can_post_in(bot: StudyBot) -> None:
    channel = FakeChannel(DAILY, "daily")
    serve(bot, channel)
    interaction = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.set, DailyCog(bot), interaction, channel=channel, time="09:30", questions=2)
    assert interaction.last.content == (
        "Daily quiz: 2 question(s) in <#300> at 09:30 (Asia/Kolkata) every day, from every article."
    )
    config = await bot.app.guilds.config(GUILD)
    assert (config.daily_enabled, config.daily_channel_id) == (True, DAILY)


async def test_daily_now_to_a_channel_i_cannot_post_in_says_why(bot: StudyBot) -> None:
    await bot.app.guilds.configure_daily(GUILD, DAILY, "09:00")
    channel = FakeChannel(DAILY, "daily", permissions=without("embed_links"))
    serve(bot, channel)
    interaction = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.now, DailyCog(bot), interaction)
    assert interaction.last.content == f"I can't post there: missing Embed Links in <#{DAILY}>."
    assert interaction.last.content != GENERIC_ERROR
    assert interaction.last.ephemeral
    assert await bot.app.daily.today(GUILD) is None  # checked before claiming: nothing half-posted
    assert channel.attempts == 0


async def test_daily_now_when_discord_refuses_the_message_says_why(bot: StudyBot) -> None:
    await bot.app.guilds.configure_daily(GUILD, DAILY, "09:00")
    channel = FakeChannel(DAILY, "daily")
    channel.fail_with = FORBIDDEN
    serve(bot, channel)
    cog = DailyCog(bot)
    interaction = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.now, cog, interaction)
    assert interaction.last.content == (
        f"I can't post there: Discord refused the message in <#{DAILY}> (Missing Permissions)."
    )
    channel.fail_with = None
    soon = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.now, cog, soon)
    assert soon.last.content == (
        "Today's daily quiz was claimed but its message failed moments ago; try again in a minute."
    )
    clock_of(bot).advance(minutes=2)
    later = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.now, cog, later)
    assert later.last.content == f"Posted today's daily quiz in <#{DAILY}>."
    assert bot.app.daily.problem(GUILD) is None


async def test_daily_now_in_a_deleted_channel_says_so_and_switches_off(bot: StudyBot) -> None:
    await bot.app.guilds.configure_daily(GUILD, DAILY, "09:00")
    serve(bot, FakeChannel(999))
    interaction = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.now, DailyCog(bot), interaction)
    assert (interaction.last.content or "").startswith(f"I can't post there: the channel <#{DAILY}> is gone")
    assert not (await bot.app.guilds.config(GUILD)).daily_enabled


# ---------------------------------------------------------------- the loop: report once, no retry storm
async def test_loop_reports_missing_permissions_once_and_posts_once_fixed(
    bot: StudyBot, caplog: pytest.LogCaptureFixture
) -> None:
    await bot.app.guilds.configure_daily(GUILD, DAILY, "09:00", questions=2)  # 09:30 in India now: due
    channel = FakeChannel(DAILY, "daily", permissions=without("send_messages", "embed_links"))
    serve(bot, channel)
    cog = DailyCog(bot)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for _ in range(5):
            await cog.poster()
            clock_of(bot).advance(minutes=1)
    warnings = [r for r in caplog.records if r.name == LOGGER]
    assert [r.levelno for r in warnings] == [logging.WARNING]
    assert f"missing Send Messages and Embed Links in <#{DAILY}>" in warnings[0].getMessage()
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert channel.attempts == 0  # checked in the cache: Discord was never asked
    problem = bot.app.daily.problem(GUILD)
    assert problem is not None
    status = await status_of(bot, cog)
    assert f"Last post failed: missing Send Messages and Embed Links in <#{DAILY}> at <t:" in status
    assert "I'll post as soon as that is fixed." in status
    channel.permissions = without()  # an admin fixes the channel
    await cog.poster()
    assert channel.attempts == 1
    assert (channel.sent[0].embed.title or "").startswith("Daily quiz")  # type: ignore[union-attr]
    assert bot.app.daily.problem(GUILD) is None
    assert "Last post failed" not in await status_of(bot, cog)


async def test_loop_stops_asking_discord_after_a_refusal_until_the_next_day_or_a_fix(
    bot: StudyBot, caplog: pytest.LogCaptureFixture
) -> None:
    await bot.app.guilds.configure_daily(GUILD, DAILY, "09:00", questions=2)
    channel = FakeChannel(DAILY, "daily")
    channel.fail_with = FORBIDDEN  # the cache said yes, Discord said no
    serve(bot, channel)
    cog = DailyCog(bot)
    failed_at = bot.app.clock()
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        for _ in range(10):  # ten minutes of ticks, well past the 60 s retry lease
            await cog.poster()
            clock_of(bot).advance(minutes=1)
    assert channel.attempts == 1
    warnings = [r for r in caplog.records if r.name == LOGGER]
    assert len(warnings) == 1
    assert "Discord refused the message" in warnings[0].getMessage()
    status = await status_of(bot, cog)
    stamp = discord.utils.format_dt(failed_at, "f")
    assert f"Last post failed: Discord refused the message in <#{DAILY}> (Missing Permissions) at {stamp}." in status
    assert "Fix it, then run /daily now (or /daily set) to post today's quiz." in status
    assert "Today's quiz is claimed but not sent yet." in status
    # /daily set (after the admin fixed the channel) lets the loop try again the same day.
    channel.fail_with = None
    fix = FakeInteraction(manage_guild=True, client=bot)
    await invoke(DailyCog.set, cog, fix, channel=channel, time="09:00", questions=2)
    await cog.poster()
    assert channel.attempts == 2
    assert len(channel.sent) == 1
    assert bot.app.daily.problem(GUILD) is None


async def test_a_refused_post_is_tried_again_on_the_next_day(bot: StudyBot, caplog: pytest.LogCaptureFixture) -> None:
    await bot.app.guilds.configure_daily(GUILD, DAILY, "09:00", questions=2)
    channel = FakeChannel(DAILY, "daily")
    channel.fail_with = FORBIDDEN
    serve(bot, channel)
    cog = DailyCog(bot)
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        await cog.poster()
        clock_of(bot).advance(hours=1)
        await cog.poster()
        assert channel.attempts == 1
        clock_of(bot).advance(days=1)
        await cog.poster()
    assert channel.attempts == 2  # a new day, one new try...
    assert len([r for r in caplog.records if r.name == LOGGER]) == 2  # ...reported once more


async def test_status_warns_before_a_post_fails(bot: StudyBot) -> None:
    await bot.app.guilds.configure_daily(GUILD, DAILY, "23:00")
    serve(bot, FakeChannel(DAILY, "daily", permissions=without("embed_links")))
    status = await status_of(bot, DailyCog(bot))
    assert status.splitlines() == [
        f"The daily quiz is on: 3 question(s) in <#{DAILY}> at 23:00 (Asia/Kolkata).",
        f"Warning: the next post will fail: missing Embed Links in <#{DAILY}>.",
    ]


async def test_status_of_a_guild_without_a_daily_quiz(bot: StudyBot) -> None:
    assert await status_of(bot, DailyCog(bot)) == "The daily quiz is off: switch it on with /daily set."
