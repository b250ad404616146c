"""/help: every command with an example."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discordbot import embeds

if TYPE_CHECKING:
    from bot.discordbot.client import StudyBot

EXAMPLES = {
    "ask": "`/ask question: cepa year?` \u2014 or mention me: `@StudyBot which state is paired with ehime`",
    "summary": "`/summary` for the article, `/summary topic: Conclusion` for a section",
    "quiz start": "`/quiz start topic: Pillars questions: 5 seconds: 20`",
    "quiz stop": "`/quiz stop` (the starter or an admin)",
    "daily set": "`/daily set channel: #study time: 09:30 timezone: Asia/Kolkata questions: 3` (admins)",
    "daily status": "`/daily status` \u2014 the settings, today's post, and why the last post failed (admins)",
    "leaderboard": "`/leaderboard period: weekly by: accuracy` (add `chart: True` for a bar chart)",
    "stats": "`/stats` or `/stats member: @someone`",
    "review": "`/review` \u2014 your wrong answers come back here, spaced out over days (FSRS)",
    "export": "`/export` \u2014 your review deck for Anki (.apkg) and your answers (CSV), sent only to you",
    "config retention": "`/config retention share: 0.85` \u2014 fewer reviews, a little more forgetting (admins)",
    "forget-me": "`/forget-me` deletes your scores, answers and review cards",
}


class HelpCog(commands.Cog):
    """Explain the commands."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot

    def entries(self) -> list[tuple[str, str]]:
        """List every command with its description and an example where there is one."""
        rows: list[tuple[str, str]] = []
        for command in self.bot.tree.walk_commands():
            if isinstance(command, app_commands.Group):
                continue
            name = command.qualified_name
            text = command.description
            if name in EXAMPLES:
                text += "\n" + EXAMPLES[name]
            rows.append((f"/{name}", text))
        return rows

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction[Any]) -> None:
        """See every command of the study bot, with examples."""
        await interaction.response.send_message(embed=embeds.help_embed(self.entries()), ephemeral=True)


async def setup(bot: StudyBot) -> None:
    """Load the cog."""
    await bot.add_cog(HelpCog(bot))
