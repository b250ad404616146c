"""/export: a member's review deck as an Anki package and their answers as CSV, sent to them privately."""

from __future__ import annotations

import asyncio
import io
import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discordbot.views import send_ephemeral
from bot.export import MAX_ATTACHMENT_BYTES, ExportTooLargeError, build_files, summary

if TYPE_CHECKING:
    from bot.discordbot.client import StudyBot

log = logging.getLogger(__name__)

EMPTY = (
    "Nothing to export yet: your review deck and your answers are empty. "
    'Wrong quiz answers (and "Quiz me on this") fill the deck.'
)
TOO_LARGE = (
    "Your export is too large to send here. A server admin can write it for you with "
    "`studybot export anki --user {user}` on the bot's machine."
)


class ExportCog(commands.Cog):
    """Send a member their own review deck and answers."""

    def __init__(self, bot: StudyBot) -> None:
        self.bot = bot
        #: Members whose export is being built (one at a time each: a double click builds it once).
        self._building: set[int] = set()

    @app_commands.command(name="export")
    async def export(self, interaction: discord.Interaction[Any]) -> None:
        """Get your review deck as an Anki package and your answers as a CSV file (only you see them)."""
        user_id = interaction.user.id
        if user_id in self._building:
            await send_ephemeral(interaction, "Your export is already on its way.")
            return
        self._building.add(user_id)
        try:
            # Acknowledged first: reading the database and building the files can take longer than 3 s.
            await interaction.response.defer(ephemeral=True, thinking=True)
            export = await self.bot.app.export.member(user_id)
            if export.empty:
                await interaction.followup.send(EMPTY, ephemeral=True)
                return
            # Discord tells each interaction how large an upload may be (more in boosted servers).
            limit = min(MAX_ATTACHMENT_BYTES, getattr(interaction, "filesize_limit", None) or MAX_ATTACHMENT_BYTES)
            try:
                files = await asyncio.to_thread(build_files, export, limit)
            except ExportTooLargeError as exc:
                log.info("Export of user %s not sent: %s", user_id, exc)
                await interaction.followup.send(TOO_LARGE.format(user=user_id), ephemeral=True)
                return
            lines = [f"Your export: {summary(export)}."]
            if export.cards:
                lines.append(
                    "Import the .apkg in Anki (File \u203a Import); exporting again later updates the same notes."
                )
            await interaction.followup.send(
                "\n".join(lines),
                files=[discord.File(io.BytesIO(file.data), filename=file.filename) for file in files],
                ephemeral=True,
            )
        finally:
            self._building.discard(user_id)


async def setup(bot: StudyBot) -> None:
    """Load the cog."""
    await bot.add_cog(ExportCog(bot))
