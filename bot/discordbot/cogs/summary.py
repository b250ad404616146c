"""Summaries: /summary of the article or of one section, with section autocomplete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands
from rapidfuzz import fuzz, process

from bot.discordbot import embeds
from bot.discordbot.limits import CHOICES, clip

if TYPE_CHECKING:
    from bot.discordbot.client import StudyBot


class SummaryCog(commands.Cog):
    """Summarise the article or one of its sections."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot

    @app_commands.command(name="summary")
    @app_commands.describe(topic="A section of the article, e.g. 'Conclusion' (leave empty for the whole article)")
    async def summary(
        self, interaction: discord.Interaction[Any], topic: app_commands.Range[str, 1, 100] | None = None
    ) -> None:
        """Get a short summary of the article, or of one section of it."""
        await interaction.response.send_message(embed=embeds.summary_embed(self.bot.app.knowledge.summary(topic)))

    @summary.autocomplete("topic")
    async def topic_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """Offer the section titles closest to what the member typed."""
        return section_choices(self.bot.app.knowledge.section_titles(), current)


def section_choices(titles: list[str], current: str) -> list[app_commands.Choice[str]]:
    """Return up to 25 section titles, best matches first (all of them when nothing is typed)."""
    if current.strip():
        ranked = [t for t, _score, _i in process.extract(current, titles, scorer=fuzz.WRatio, limit=CHOICES)]
    else:
        ranked = titles[:CHOICES]
    return [app_commands.Choice(name=clip(t, 100), value=clip(t, 100)) for t in ranked]


async def setup(bot: StudyBot) -> None:
    """Load the cog."""
    await bot.add_cog(SummaryCog(bot))
