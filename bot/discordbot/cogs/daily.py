"""The daily quiz: /daily set|off|now, a loop that posts it at each guild's local time, persistent buttons."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.core.services.daily import DailyQuiz
from bot.core.study.daily import MAX_DAILY_QUESTIONS, MIN_DAILY_QUESTIONS
from bot.discordbot import embeds
from bot.discordbot.views import daily_view

if TYPE_CHECKING:
    from bot.discordbot.client import StudyBot

log = logging.getLogger(__name__)


class DailyCog(commands.Cog):
    """Post one daily quiz per guild per day and record its answers."""

    daily = app_commands.Group(
        name="daily",
        description="The server's daily quiz",
        guild_only=True,
        default_permissions=discord.Permissions(manage_guild=True),
    )

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot
        self.poster.change_interval(seconds=bot.settings.daily_check_seconds)

    async def cog_load(self) -> None:
        """Start the posting loop."""
        self.poster.start()

    async def cog_unload(self) -> None:
        """Stop the posting loop."""
        self.poster.cancel()

    @tasks.loop(seconds=60)
    async def poster(self) -> None:
        """Post the daily quiz of every guild whose local time has come (a failure never stops the loop)."""
        try:
            due = await self.bot.app.daily.due_guilds()
        except Exception:
            log.exception("Could not check which daily quizzes are due; will retry")
            return
        for config in due:
            try:
                await self.post(config.guild_id, config.daily_channel_id)
            except Exception:
                log.exception("Daily quiz of guild %s failed; will retry on the next tick", config.guild_id)

    @poster.before_loop
    async def _wait_until_ready(self) -> None:
        await self.bot.wait_until_ready()

    async def post(self, guild_id: int, channel_id: int | None) -> DailyQuiz | None:
        """Claim today's quiz for the guild (exactly once) and send it to its channel."""
        guild = self.bot.get_guild(guild_id)
        if guild is None or guild.unavailable:
            # Another process's shard, or a Discord outage: not ours to post, and nothing to switch off.
            return None
        channel = guild.get_channel(channel_id) if channel_id else None
        if channel is None or not hasattr(channel, "send"):  # deleted, or a category/forum
            log.warning("Daily channel %s of guild %s is gone; switch it with /daily set", channel_id, guild_id)
            await self.bot.app.guilds.disable_daily(guild_id)
            return None
        previous = await self.bot.app.daily.previous_results(guild_id)
        quiz = await self.bot.app.daily.post(guild_id, channel_id)
        if quiz is None:
            # Already claimed today: send it only if that post failed and its retry lease is ours.
            quiz = await self.bot.app.daily.retry_unsent(guild_id)
            if quiz is None:
                return None
        await self.send(channel, quiz, [t for t in previous[1]] if previous else None)
        return quiz

    async def send(self, channel: Any, quiz: DailyQuiz, previous: list[Any] | None) -> None:
        """Send a daily quiz message with its persistent buttons and remember where it went."""
        embed = embeds.daily_embed(quiz.questions, quiz.post.day.strftime("%d %b %Y"), previous)
        view = daily_view(quiz.post.id, [len(q.choices) for q in quiz.questions])
        try:
            message = await channel.send(embed=embed, view=view)
        except discord.Forbidden:
            log.warning(
                "No permission to post the daily quiz in channel %s (guild %s)",
                quiz.post.channel_id,
                quiz.post.guild_id,
            )
            raise
        await self.bot.app.daily.mark_posted(quiz.post.id, message.channel.id, message.id)

    @daily.command(name="set")
    @app_commands.describe(
        channel="Where to post the daily quiz",
        time="Local time to post it, as HH:MM (24-hour), e.g. 09:30",
        timezone="IANA time zone, e.g. Asia/Kolkata (default: the server's)",
        questions=f"Questions per day ({MIN_DAILY_QUESTIONS}-{MAX_DAILY_QUESTIONS})",
    )
    @app_commands.checks.has_permissions(manage_guild=True)
    async def set(
        self,
        interaction: discord.Interaction[Any],
        channel: discord.TextChannel,
        time: app_commands.Range[str, 4, 5],
        timezone: app_commands.Range[str, 1, 64] | None = None,
        questions: app_commands.Range[int, MIN_DAILY_QUESTIONS, MAX_DAILY_QUESTIONS] = 3,
    ) -> None:
        """Post a daily quiz in a channel at a set local time (admins)."""
        await interaction.response.defer(ephemeral=True)  # the database comes next
        assert interaction.guild_id is not None
        config = await self.bot.app.guilds.configure_daily(interaction.guild_id, channel.id, time, timezone, questions)
        await interaction.followup.send(
            f"Daily quiz: {config.daily_questions} question(s) in {channel.mention} at {config.daily_time} "
            f"({config.timezone}) every day.",
            ephemeral=True,
        )

    @set.autocomplete("timezone")
    async def timezone_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """Offer matching time zone names."""
        import zoneinfo

        names = sorted(zoneinfo.available_timezones())
        matches = [n for n in names if current.casefold() in n.casefold()] if current else ["Asia/Kolkata", "UTC"]
        return [app_commands.Choice(name=n, value=n) for n in matches[:25]]

    @daily.command(name="off")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def off(self, interaction: discord.Interaction[Any]) -> None:
        """Stop posting the daily quiz (admins)."""
        await interaction.response.defer(ephemeral=True)  # the database comes next
        assert interaction.guild_id is not None
        await self.bot.app.guilds.disable_daily(interaction.guild_id)
        await interaction.followup.send("The daily quiz is off.", ephemeral=True)

    @daily.command(name="now")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def now(self, interaction: discord.Interaction[Any]) -> None:
        """Post today's daily quiz now, if it has not been posted today (admins)."""
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        config = await self.bot.app.guilds.config(interaction.guild_id)
        channel_id = config.daily_channel_id or interaction.channel_id
        quiz = await self.post(interaction.guild_id, channel_id)
        text = "Posted today's daily quiz." if quiz else "Today's daily quiz was already posted."
        await interaction.followup.send(text, ephemeral=True)


async def setup(bot: StudyBot) -> None:
    """Load the cog."""
    await bot.add_cog(DailyCog(bot))
