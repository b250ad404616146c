"""Admin tools: /kb stats|gaps|reports and /config ask-channel|scoring|retention (Manage Server); /kb reload and
teaching phrasings from /kb gaps and /kb reports (the bot's operators)."""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.errors import StudyError
from bot.core.knowledge.base import SourcedFact
from bot.core.services.curation import AmbiguousTeachError
from bot.discordbot import embeds
from bot.discordbot.limits import CONTENT, clip, echo, no_pings
from bot.discordbot.views import MAX_TEACH_MENUS, ConfirmView, TeachChoice, TeachView

if TYPE_CHECKING:
    from bot.discordbot.client import StudyBot

log = logging.getLogger(__name__)

ADMIN = discord.Permissions(manage_guild=True)
#: A successful knowledge reload is allowed at most once in this many seconds, process-wide.
RELOAD_INTERVAL = 30.0
OPERATORS_ONLY = "Only the bot's operators can reload knowledge, because it changes every server the bot serves."
TEACH_OPERATORS_ONLY = (
    "Only the bot's operators can teach the knowledge new phrasings, because it changes every server the bot serves."
)
NOT_TAUGHT = "Cancelled; nothing was taught."


def operator_ids(settings: object) -> frozenset[int]:
    """Return the user ids of OPERATOR_IDS (a tuple of ints, or a comma-separated string), if the setting exists."""
    raw: object = getattr(settings, "operator_ids", ()) or ()
    parts: Iterable[object]
    if isinstance(raw, str):
        parts = raw.replace(",", " ").split()
    elif isinstance(raw, Iterable):
        parts = raw
    else:
        parts = (raw,)
    ids: set[int] = set()
    for part in parts:
        try:
            ids.add(int(str(part)))
        except ValueError:
            log.warning("Ignoring OPERATOR_IDS entry %r: not a user id", part)
    return frozenset(ids)


class AdminCog(commands.Cog):
    """Knowledge-base and server settings for admins; checked again at run time."""

    kb = app_commands.Group(name="kb", description="Knowledge base tools", guild_only=True, default_permissions=ADMIN)
    config = app_commands.Group(
        name="config", description="Server settings", guild_only=True, default_permissions=ADMIN
    )
    ask_channel = app_commands.Group(name="ask-channel", description="Channels where I answer questions", parent=config)

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot
        #: When knowledge was last swapped in by /kb reload, and whether a reload is running now.
        self._reloaded_at: dt.datetime | None = None
        self._reloading = False

    async def is_operator(self, user: discord.abc.User) -> bool:
        """Tell whether a user runs the bot: listed in OPERATOR_IDS, the application's owner, or on its team."""
        if user.id in operator_ids(self.bot.settings):
            return True
        try:
            # discord.py asks Discord once for the owner (or the team's admins and developers) and caches it.
            return await self.bot.is_owner(user)
        except Exception:
            log.exception("Could not look up the application's owners; only OPERATOR_IDS may reload knowledge")
            return False

    def _reload_wait(self) -> float:
        """Return the seconds until knowledge may be reloaded again (0 when it may be now)."""
        if self._reloaded_at is None:
            return 0.0
        ready = self._reloaded_at + dt.timedelta(seconds=RELOAD_INTERVAL)
        return max(0.0, (ready - self.bot.app.clock()).total_seconds())

    @kb.command(name="reload")
    async def reload(self, interaction: discord.Interaction[Any]) -> None:
        """Reload the knowledge files for every server; a broken file keeps the current ones (bot operators)."""
        if not await self.is_operator(interaction.user):
            raise StudyError(OPERATORS_ONLY)
        if self._reloading:
            raise StudyError("A knowledge reload is already running; its result comes in a moment.")
        wait = self._reload_wait()
        if wait > 0:
            raise StudyError(
                f"Knowledge was reloaded less than {RELOAD_INTERVAL:.0f} s ago, and each reload rebuilds the answers "
                f"of every server: try again in {math.ceil(wait)} s."
            )
        self._reloading = True
        try:
            await interaction.response.defer(ephemeral=True, thinking=True)
            # Through curation: one reload at a time, whether /kb reload, a teach or the folder watcher asks.
            result = await self.bot.app.curation.reload()
        finally:
            self._reloading = False
        if result.ok:
            # Only a reload that swapped knowledge in counts: a refused one changed nothing, and the fix may follow.
            self._reloaded_at = self.bot.app.clock()
            log.info("Knowledge reloaded by user %s: %s", interaction.user.id, result.stats)
            await interaction.followup.send(embed=embeds.kb_stats_embed(result.stats), ephemeral=True)
        else:
            title = f"Reload refused: {len(result.problems)} problem(s); the previous knowledge is still in use"
            await interaction.followup.send(embed=embeds.problems_embed(result.problems, title), ephemeral=True)

    @kb.command(name="stats")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def stats(self, interaction: discord.Interaction[Any]) -> None:
        """Show how many articles, facts and quiz items the bot knows, per article (admins)."""
        knowledge = self.bot.app.knowledge
        await interaction.response.send_message(
            embed=embeds.kb_stats_embed(knowledge.stats, knowledge.article_stats()), ephemeral=True
        )

    @kb.command(name="gaps")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def gaps(self, interaction: discord.Interaction[Any]) -> None:
        """See the questions members asked that the material did not answer, grouped (admins)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        gaps = await self.bot.app.curation.gaps(interaction.guild_id)
        choices: list[TeachChoice] = []
        if gaps and await self.is_operator(interaction.user):
            questions = [gap.examples[0] for gap in gaps[:MAX_TEACH_MENUS]]
            facts = await self.bot.app.curation.candidates(questions)
            choices = _choices(questions, facts)
        await self._send_teachable(interaction, embeds.gaps_embed(gaps, teachable=bool(choices)), choices)

    @kb.command(name="reports")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def reports(self, interaction: discord.Interaction[Any]) -> None:
        """See the answers members flagged as a wrong match, counted (admins)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        reports = await self.bot.app.curation.reports(interaction.guild_id)
        choices: list[TeachChoice] = []
        if reports and await self.is_operator(interaction.user):
            shown = reports[:MAX_TEACH_MENUS]
            facts = await self.bot.app.curation.candidates([r.question for r in shown], [r.fact_id for r in shown])
            choices = _choices([r.question for r in shown], facts, [r.fact_id for r in shown])
        await self._send_teachable(interaction, embeds.reports_embed(reports, teachable=bool(choices)), choices)

    async def _send_teachable(
        self, interaction: discord.Interaction[Any], embed: discord.Embed, choices: list[TeachChoice]
    ) -> None:
        """Send a list privately, with a menu per question an operator can teach (none for other admins)."""
        if not choices:
            await interaction.followup.send(embed=embed, ephemeral=True)
            return
        view = TeachView(interaction.user.id, choices, self.pick_fact)
        await interaction.followup.send(embed=embed, view=view, ephemeral=True)
        view.shown(origin=interaction)

    async def pick_fact(self, interaction: discord.Interaction[Any], choice: TeachChoice, fact_id: str) -> None:
        """First click: a fact picked for a question; ask to confirm teaching it."""
        if not await self.is_operator(interaction.user):
            raise StudyError(TEACH_OPERATORS_ONLY)
        fact = self.bot.app.curation.fact(fact_id)
        if fact is None:
            raise StudyError(f"Fact `{fact_id}` is no longer in the knowledge; run the command again.")
        text = (
            f"Teach \u201c{echo(choice.question, 300)}\u201d as a way to ask fact `{fact_id}` "
            f"({echo(fact.fact.question, 300)})?\nIt is added to the fact's knowledge file and the knowledge is "
            "reloaded for every server the bot serves."
        )
        if choice.wrong_fact_id:
            text += f"\nMembers flagged `{choice.wrong_fact_id}` as the wrong answer to it."

        async def confirm(click: discord.Interaction[Any]) -> None:
            await self.teach(click, choice.question, fact_id, overriding=choice.wrong_fact_id)

        view = ConfirmView(
            interaction.user.id,
            confirm,
            "Teach it",
            cancel_text=NOT_TAUGHT,
            confirm_style=discord.ButtonStyle.success,
            single_use=True,
        )
        await interaction.response.send_message(clip(text, CONTENT), view=view, ephemeral=True)
        view.shown(origin=interaction)

    async def teach(
        self,
        interaction: discord.Interaction[Any],
        question: str,
        fact_id: str,
        *,
        overriding: str | None = None,
        force: bool = False,
    ) -> None:
        """Second click: write the phrasing into the fact's file and reload (for every server), then say how it went.

        A teach always reloads, whatever /kb reload's 30 s window says: it changed the files, and a knowledge base
        out of step with its files is worse than one more rebuild. Reloads never race (curation holds one lock).
        """
        if not await self.is_operator(interaction.user):
            raise StudyError(TEACH_OPERATORS_ONLY)
        await interaction.response.edit_message(
            content=f"Teaching \u201c{echo(question, 300)}\u201d to `{fact_id}` and reloading the knowledge\u2026",
            view=None,
        )
        try:
            result = await self.bot.app.curation.teach(question, fact_id, force=force, overriding=overriding)
        except AmbiguousTeachError as exc:

            async def anyway(click: discord.Interaction[Any]) -> None:
                await self.teach(click, question, fact_id, overriding=overriding, force=True)

            view = ConfirmView(interaction.user.id, anyway, "Teach anyway", cancel_text=NOT_TAUGHT, single_use=True)
            await interaction.followup.send(clip(no_pings(str(exc)), CONTENT), view=view, ephemeral=True)
            return
        log.info(
            "User %s taught %r to fact %s (%s:%d)",
            interaction.user.id,
            result.taught.phrasing,
            fact_id,
            result.taught.file,
            result.taught.line,
        )
        await interaction.followup.send(embed=embeds.taught_embed(result), ephemeral=True)

    @ask_channel.command(name="add")
    @app_commands.describe(channel="A channel where I answer every question, without being mentioned")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def add(self, interaction: discord.Interaction[Any], channel: discord.TextChannel) -> None:
        """Make me answer questions in a channel without being mentioned (admins)."""
        await self._set(interaction, channel, True)

    @ask_channel.command(name="remove")
    @app_commands.describe(channel="The channel to stop answering in")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def remove(self, interaction: discord.Interaction[Any], channel: discord.TextChannel) -> None:
        """Stop answering questions in a channel unless mentioned (admins)."""
        await self._set(interaction, channel, False)

    async def _set(self, interaction: discord.Interaction[Any], channel: discord.TextChannel, enabled: bool) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(ephemeral=True)  # the database comes next
        changed = await self.bot.app.guilds.set_ask_channel(interaction.guild_id, channel.id, enabled)
        state = "now an ask-channel" if enabled else "no longer an ask-channel"
        note = "" if changed else " (no change)"
        warning = ""
        if enabled and not self.bot.intents.message_content:
            warning = "\nNote: the Message Content intent is off, so I only see messages that mention me."
        await interaction.followup.send(f"{channel.mention} is {state}{note}.{warning}", ephemeral=True)

    @ask_channel.command(name="list")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def list_channels(self, interaction: discord.Interaction[Any]) -> None:
        """List the channels where I answer without being mentioned (admins)."""
        await interaction.response.defer(ephemeral=True)  # the database comes next
        assert interaction.guild_id is not None
        channels = sorted(await self.bot.app.guilds.ask_channels(interaction.guild_id))
        text = ", ".join(f"<#{c}>" for c in channels) or "No ask-channels yet: add one with /config ask-channel add."
        await interaction.followup.send(text, ephemeral=True)

    @config.command(name="scoring")
    @app_commands.describe(
        points="Speed-weighted (1000 down to 500) or flat (1000 per right answer)",
        streak_bonus="Extra points for answer streaks",
    )
    @app_commands.checks.has_permissions(manage_guild=True)
    async def scoring(
        self, interaction: discord.Interaction[Any], points: Literal["speed", "flat"], streak_bonus: bool
    ) -> None:
        """Choose how group quizzes score by default (admins)."""
        await interaction.response.defer(ephemeral=True)  # the database comes next
        assert interaction.guild_id is not None
        config = await self.bot.app.guilds.set_scoring(interaction.guild_id, points == "speed", streak_bonus)
        mode = "speed-weighted" if config.speed_scoring else "flat"
        bonus = "with" if config.streak_bonus else "without"
        await interaction.followup.send(f"Quizzes now score {mode} points, {bonus} streak bonus.", ephemeral=True)

    @config.command(name="retention")
    @app_commands.describe(share="Recall to aim for when a card comes back, 0.7 to 0.97 (default 0.9)")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def retention(
        self, interaction: discord.Interaction[Any], share: app_commands.Range[float, 0.7, 0.97]
    ) -> None:
        """Choose how well members should recall /review cards here: higher means more reviews (admins)."""
        await interaction.response.defer(ephemeral=True)  # the database comes next
        assert interaction.guild_id is not None
        config = await self.bot.app.guilds.set_review_retention(interaction.guild_id, share)
        await interaction.followup.send(
            f"Reviews here now aim at {config.desired_retention:.0%} recall when a card comes back "
            "(FSRS's desired retention); each member's next grade uses it.",
            ephemeral=True,
        )


def _choices(questions: list[str], facts: list[list[SourcedFact]], wrong: list[str] | None = None) -> list[TeachChoice]:
    """Number the questions as their embed does, each with the facts it may mean (questions without any are left)."""
    return [
        TeachChoice(
            number,
            question,
            tuple((f.fact.id, f.fact.question, f.section.title) for f in candidates),
            wrong[number - 1] if wrong else None,
        )
        for number, (question, candidates) in enumerate(zip(questions, facts, strict=False), start=1)
        if candidates
    ]


async def setup(bot: StudyBot) -> None:
    """Load the cog."""
    await bot.add_cog(AdminCog(bot))
