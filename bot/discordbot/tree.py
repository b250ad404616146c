"""The command tree with the one error handler every slash command shares."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.core.errors import StorageError, UserFacingError
from bot.discordbot.limits import no_pings

log = logging.getLogger(__name__)

GENERIC_ERROR = "Sorry, something went wrong. The admins can find the details in the bot's log."
DATABASE_ERROR = str(StorageError())


def is_fault(error: BaseException) -> bool:
    """Tell whether an error is a fault the operator must see in the log (the database, the disk, a bug)."""
    original = getattr(error, "original", error)
    return isinstance(original, (StorageError, OSError)) or member_message(error) is None


def member_message(error: BaseException) -> str | None:
    """Return what to tell a member about an expected error, or None for an unexpected one."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, StorageError):
        return str(error)  # names the database's reason (locked, disk full, file replaced...), never its secrets
    if isinstance(error, UserFacingError):
        # Some refusals quote what the member typed (a time zone, a topic): never let that ping anyone.
        return no_pings(str(error))
    if isinstance(error, app_commands.MissingPermissions):
        return "You need the Manage Server permission to do that."
    if isinstance(error, app_commands.BotMissingPermissions):
        missing = ", ".join(p.replace("_", " ") for p in error.missing_permissions)
        return f"I'm missing permissions here: {missing}."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That command works in a server, not in direct messages."
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: try again in {error.retry_after:.0f} s."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use that command here."
    if isinstance(error, app_commands.TransformerError):
        return "I couldn't understand one of the options; please check it and try again."
    if isinstance(error, OSError):
        return DATABASE_ERROR
    return None


class StudyTree(app_commands.CommandTree[Any]):
    """Reply to every failed command with a short private message and log the details."""

    async def on_error(self, interaction: discord.Interaction[Any], error: app_commands.AppCommandError, /) -> None:
        """Handle any error raised by a slash command."""
        message = member_message(error)
        command = interaction.command.qualified_name if interaction.command else "?"
        if is_fault(error):
            original = getattr(error, "original", error)
            log.error(
                "Command /%s failed (guild %s, channel %s, user %s)",
                command,
                interaction.guild_id,
                interaction.channel_id,
                interaction.user.id,
                exc_info=original,
            )
            message = message or GENERIC_ERROR
        else:
            log.info("Command /%s refused for user %s: %s", command, interaction.user.id, message)
        try:
            if interaction.response.is_done():
                await interaction.followup.send(message, ephemeral=True)
            else:
                await interaction.response.send_message(message, ephemeral=True)
        except discord.HTTPException:
            log.warning("Could not send the error message for /%s", command)
