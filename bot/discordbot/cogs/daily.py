"""The daily quiz: /daily set|off|now|status, a loop that posts it at each guild's local time, persistent buttons."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands, tasks

from bot.core.errors import StudyError
from bot.core.services.daily import DailyQuiz
from bot.core.study.daily import MAX_DAILY_QUESTIONS, MIN_DAILY_QUESTIONS
from bot.discordbot import embeds
from bot.discordbot.limits import clip
from bot.discordbot.views import daily_view

if TYPE_CHECKING:
    from bot.discordbot.client import StudyBot

log = logging.getLogger(__name__)

#: What I need in a text channel to post the daily quiz: (Permissions attribute, the name Discord shows).
CHANNEL_NEEDS = (("view_channel", "View Channel"), ("send_messages", "Send Messages"), ("embed_links", "Embed Links"))
#: In a thread, Send Messages in Threads is what counts (Send Messages alone does not let me post there).
THREAD_NEEDS = (
    ("view_channel", "View Channel"),
    ("send_messages_in_threads", "Send Messages in Threads"),
    ("embed_links", "Embed Links"),
)
THREAD_TYPES = frozenset(
    {discord.ChannelType.public_thread, discord.ChannelType.private_thread, discord.ChannelType.news_thread}
)


class CannotPostError(StudyError):
    """The daily quiz cannot be posted in a channel; the message names why, for the admins."""


def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _me(channel: Any) -> Any:
    return getattr(getattr(channel, "guild", None), "me", None)


def missing_permissions(channel: Any, me: Any) -> list[str]:
    """Name the permissions I lack to post the daily quiz in ``channel`` (empty when fine, or when I can't tell)."""
    permissions_for = getattr(channel, "permissions_for", None)
    if permissions_for is None or me is None:
        return []  # not enough in the cache to tell: Discord will say when it sends
    try:
        permissions = permissions_for(me)
    except discord.ClientException:  # a thread whose parent is not cached
        return []
    needs = THREAD_NEEDS if getattr(channel, "type", None) in THREAD_TYPES else CHANNEL_NEEDS
    return [label for attribute, label in needs if not getattr(permissions, attribute)]


def posting_problem(channel: Any, me: Any) -> str | None:
    """Say what stops me posting in ``channel`` ("missing Embed Links in #daily"), or None if nothing does."""
    missing = missing_permissions(channel, me)
    return f"missing {_and(missing)} in {channel.mention}" if missing else None


def _find_channel(guild: Any, channel_id: int | None) -> Any:
    if not channel_id:
        return None
    finder = getattr(guild, "get_channel_or_thread", None) or guild.get_channel
    return finder(channel_id)


#: Logged once per start, after the daily loop's first full check.
FIRST_CHECK_DONE = "Daily quiz loop: first check done"


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
            except CannotPostError:
                continue  # already logged once and kept for /daily status; retried without noise
            except Exception:
                log.exception("Daily quiz of guild %s failed; will retry on the next tick", config.guild_id)
        if self.poster.current_loop == 0:
            # Once per start: operators (and the end-to-end tests) can see the loop has done a full check.
            log.info("%s (%d due); checking every %.0f s", FIRST_CHECK_DONE, len(due), self.poster.seconds or 0)

    @poster.before_loop
    async def _wait_until_ready(self) -> None:
        await self.bot.wait_until_ready()

    async def _problem(self, guild_id: int, reason: str, hold: bool, text: str | None = None) -> CannotPostError:
        """Record why a daily post failed (logged once per problem and day) and return the error to raise."""
        if await self.bot.app.daily.report_problem(guild_id, reason, hold):
            log.warning("Daily quiz of guild %s not posted: %s", guild_id, reason)
        return CannotPostError(text or f"I can't post there: {reason}.")

    async def post(self, guild_id: int, channel_id: int | None) -> DailyQuiz | None:
        """Claim today's quiz for the guild (exactly once) and send it to its channel.

        Raises CannotPostError when the channel is gone or I may not post there (checked before claiming).
        """
        guild = self.bot.get_guild(guild_id)
        if guild is None or guild.unavailable:
            # Another process's shard, or a Discord outage: not ours to post, and nothing to switch off.
            return None
        channel = _find_channel(guild, channel_id)
        if channel is None or not hasattr(channel, "send"):  # deleted, or a category/forum
            await self.bot.app.guilds.disable_daily(guild_id)
            where = f"the channel <#{channel_id}> is gone or can't hold messages" if channel_id else "no channel is set"
            reason = f"{where}, so the daily quiz is off"
            raise await self._problem(
                guild_id, reason, hold=True, text=f"I can't post there: {reason}. Pick a channel with /daily set."
            )
        missing = posting_problem(channel, getattr(guild, "me", None))
        if missing is not None:
            # Checked from the cache, so retrying on the next tick costs Discord nothing and posts once it's fixed.
            raise await self._problem(guild_id, missing, hold=False)
        previous = await self.bot.app.daily.previous_results(guild_id)
        quiz = await self.bot.app.daily.post(guild_id, channel_id)
        if quiz is None:
            # Already claimed today: send it only if that post failed and its retry lease is ours.
            quiz = await self.bot.app.daily.retry_unsent(guild_id)
            if quiz is None:
                return None
        await self.send(channel, quiz, [t for t in previous[1]] if previous else None)
        self.bot.app.daily.clear_problem(guild_id)
        return quiz

    async def send(self, channel: Any, quiz: DailyQuiz, previous: list[Any] | None) -> None:
        """Send a daily quiz message with its persistent buttons and remember where it went."""
        embed = embeds.daily_embed(quiz.questions, quiz.post.day.strftime("%d %b %Y"), previous)
        view = daily_view(quiz.post.id, [len(q.choices) for q in quiz.questions])
        try:
            message = await channel.send(embed=embed, view=view)
        except (discord.Forbidden, discord.NotFound) as error:
            # Discord refused the message itself: do not ask again until the next day or a fix (/daily set, now).
            reason = posting_problem(channel, _me(channel)) or (
                f"Discord refused the message in {channel.mention} ({error.text or 'Missing Permissions'})"
            )
            raise await self._problem(quiz.post.guild_id, reason, hold=True) from error
        await self.bot.app.daily.mark_posted(quiz.post.id, message.channel.id, message.id)

    @daily.command(name="set")
    @app_commands.describe(
        channel="Where to post the daily quiz",
        time="Local time to post it, as HH:MM (24-hour), e.g. 09:30",
        timezone="IANA time zone, e.g. Asia/Kolkata (default: the server's)",
        questions=f"Questions per day ({MIN_DAILY_QUESTIONS}-{MAX_DAILY_QUESTIONS})",
        articles="Which articles to draw on, comma-separated, or 'all' (default: all)",
    )
    @app_commands.checks.has_permissions(manage_guild=True)
    async def set(
        self,
        interaction: discord.Interaction[Any],
        channel: discord.TextChannel,
        time: app_commands.Range[str, 4, 5],
        timezone: app_commands.Range[str, 1, 64] | None = None,
        questions: app_commands.Range[int, MIN_DAILY_QUESTIONS, MAX_DAILY_QUESTIONS] = 3,
        articles: app_commands.Range[str, 1, 300] | None = None,
    ) -> None:
        """Post a daily quiz in a channel at a set local time (admins)."""
        assert interaction.guild_id is not None
        missing = posting_problem(channel, _me(channel) or getattr(interaction.guild, "me", None))
        if missing is not None:
            raise CannotPostError(f"I can't post there: {missing}.")
        chosen = self.bot.app.knowledge.articles_named(articles) if articles is not None else None
        await interaction.response.defer(ephemeral=True)  # the database comes next
        config = await self.bot.app.guilds.configure_daily(
            interaction.guild_id, channel.id, time, timezone, questions, chosen
        )
        self.bot.app.daily.clear_problem(interaction.guild_id)  # a new channel or a fix: try again today
        await interaction.followup.send(
            f"Daily quiz: {config.daily_questions} question(s) in {channel.mention} at {config.daily_time} "
            f"({config.timezone}) every day, from {self._articles_text(config.daily_articles)}.",
            ephemeral=True,
        )

    def _articles_text(self, articles: tuple[str, ...]) -> str:
        base = self.bot.app.knowledge.base
        titles = [source.title for source in base.sources if source.id in articles]
        return "every article" if not titles else ", ".join(f"\u201c{t}\u201d" for t in titles)

    @set.autocomplete("articles")
    async def articles_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """Offer article titles (after any already typed, comma-separated), or 'all'."""
        head, _sep, last = current.rpartition(",")
        prefix = f"{head}, " if head else ""
        titles = ["all", *self.bot.app.knowledge.article_titles()]
        wanted = [t for t in titles if last.strip().casefold() in t.casefold()] or titles
        return [app_commands.Choice(name=clip(prefix + t, 100), value=clip(prefix + t, 100)) for t in wanted[:25]]

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
        self.bot.app.daily.clear_problem(interaction.guild_id)
        await interaction.followup.send("The daily quiz is off.", ephemeral=True)

    @daily.command(name="now")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def now(self, interaction: discord.Interaction[Any]) -> None:
        """Post today's daily quiz now, if it has not been posted today (admins)."""
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True, thinking=True)
        config = await self.bot.app.guilds.config(interaction.guild_id)
        channel_id = config.daily_channel_id or interaction.channel_id
        quiz = await self.post(interaction.guild_id, channel_id)  # CannotPostError says why, privately
        if quiz is not None:
            text = f"Posted today's daily quiz in <#{quiz.post.channel_id or channel_id}>."
        else:
            today = await self.bot.app.daily.today(interaction.guild_id)
            if today is None:
                text = "I can't reach this server's channels right now; try again in a minute."
            elif today.post.message_id is None:
                text = "Today's daily quiz was claimed but its message failed moments ago; try again in a minute."
            else:
                text = "Today's daily quiz was already posted."
        await interaction.followup.send(text, ephemeral=True)

    @daily.command(name="status")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def status(self, interaction: discord.Interaction[Any]) -> None:
        """See the daily quiz's settings, today's post and what stopped the last post (admins)."""
        assert interaction.guild_id is not None
        guild_id = interaction.guild_id
        await interaction.response.defer(ephemeral=True)  # the database comes next
        config = await self.bot.app.guilds.config(guild_id)
        if config.daily_enabled and config.daily_channel_id:
            lines = [
                f"The daily quiz is on: {config.daily_questions} question(s) in <#{config.daily_channel_id}> "
                f"at {config.daily_time} ({config.timezone})."
            ]
        else:
            lines = ["The daily quiz is off: switch it on with /daily set."]
        today = await self.bot.app.daily.today(guild_id)
        if today is not None:
            sent = today.post.message_id is not None
            lines.append("Today's quiz is posted." if sent else "Today's quiz is claimed but not sent yet.")
        problem = self.bot.app.daily.problem(guild_id)
        if problem is not None:
            lines.append(f"Last post failed: {problem.text} at {discord.utils.format_dt(problem.at, 'f')}.")
            lines.append(
                "Fix it, then run /daily now (or /daily set) to post today's quiz."
                if problem.hold
                else "I'll post as soon as that is fixed."
            )
        elif config.daily_enabled:
            guild = self.bot.get_guild(guild_id)
            channel = _find_channel(guild, config.daily_channel_id) if guild is not None else None
            missing = posting_problem(channel, getattr(guild, "me", None)) if channel is not None else None
            if missing is not None:
                lines.append(f"Warning: the next post will fail: {missing}.")
        await interaction.followup.send("\n".join(lines), ephemeral=True)


async def setup(bot: StudyBot) -> None:
    """Load the cog."""
    await bot.add_cog(DailyCog(bot))
