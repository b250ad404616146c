"""Summaries: /summary of an article (or all of them) or of one section, both autocompleted."""

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
    """Summarise an article or one of its sections."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot

    @app_commands.command(name="summary")
    @app_commands.describe(
        article="Which article (leave empty for the only one, or a list of all of them)",
        section="A section, e.g. 'Conclusion' (leave empty for the whole article)",
    )
    async def summary(
        self,
        interaction: discord.Interaction[Any],
        article: app_commands.Range[str, 1, 100] | None = None,
        section: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """Get a short summary of an article, or of one section of it."""
        found = self.bot.app.knowledge.summary(section, article)
        await interaction.response.send_message(embed=embeds.summary_embed(found))

    @summary.autocomplete("article")
    async def article_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """Offer the article titles closest to what the member typed."""
        return title_choices(self.bot.app.knowledge.article_titles(), current)

    @summary.autocomplete("section")
    async def section_autocomplete(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        """Offer the section titles (of the article already chosen) closest to what the member typed."""
        return title_choices(section_titles_for(self.bot, interaction), current)


def section_titles_for(bot: StudyBot, interaction: discord.Interaction[Any]) -> list[str]:
    """Return the section titles of the article the member already picked in this command, or of all articles."""
    article = getattr(interaction.namespace, "article", None)
    knowledge = bot.app.knowledge
    chosen = knowledge.article(article) if isinstance(article, str) and article.strip() else None
    return knowledge.section_titles(chosen.id if chosen else None)


def title_choices(titles: list[str], current: str) -> list[app_commands.Choice[str]]:
    """Return up to 25 titles, best matches first (all of them when nothing is typed)."""
    unique = list(dict.fromkeys(titles))
    if current.strip():
        ranked = [t for t, _score, _i in process.extract(current, unique, scorer=fuzz.WRatio, limit=CHOICES)]
    else:
        ranked = unique[:CHOICES]
    return [app_commands.Choice(name=clip(t, 100), value=clip(t, 100)) for t in ranked]


async def setup(bot: StudyBot) -> None:
    """Load the cog."""
    await bot.add_cog(SummaryCog(bot))
