"""Admin tools: /kb reload|stats|gaps and /config ask-channel|scoring (Manage Server only)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discordbot import embeds

if TYPE_CHECKING:
    from bot.discordbot.client import StudyBot

ADMIN = discord.Permissions(manage_guild=True)


class AdminCog(commands.Cog):
    """Knowledge-base and server settings for admins; checked again at run time."""

    kb = app_commands.Group(name="kb", description="Knowledge base tools", guild_only=True, default_permissions=ADMIN)
    config = app_commands.Group(
        name="config", description="Server settings", guild_only=True, default_permissions=ADMIN
    )
    ask_channel = app_commands.Group(name="ask-channel", description="Channels where I answer questions", parent=config)

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot

    @kb.command(name="reload")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def reload(self, interaction: discord.Interaction[Any]) -> None:
        """Reload the knowledge files; if they have errors, the current knowledge stays (admins)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await asyncio.to_thread(self.bot.app.knowledge.reload)
        if result.ok:
            await interaction.followup.send(embed=embeds.kb_stats_embed(result.stats), ephemeral=True)
        else:
            title = f"Reload refused: {len(result.problems)} problem(s); the previous knowledge is still in use"
            await interaction.followup.send(embed=embeds.problems_embed(result.problems, title), ephemeral=True)

    @kb.command(name="stats")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def stats(self, interaction: discord.Interaction[Any]) -> None:
        """Show how many articles, facts and quiz items the bot knows (admins)."""
        await interaction.response.send_message(
            embed=embeds.kb_stats_embed(self.bot.app.knowledge.stats), ephemeral=True
        )

    @kb.command(name="gaps")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def gaps(self, interaction: discord.Interaction[Any]) -> None:
        """See the questions members asked that the material did not answer, grouped (admins)."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        gaps = await self.bot.app.curation.gaps(interaction.guild_id)
        await interaction.followup.send(embed=embeds.gaps_embed(gaps), ephemeral=True)

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


async def setup(bot: StudyBot) -> None:
    """Load the cog."""
    await bot.add_cog(AdminCog(bot))
