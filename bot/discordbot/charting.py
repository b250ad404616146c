"""Charts in Discord messages: rendered in a worker thread, attached as a PNG and shown as the embed's image."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Callable
from typing import Any

import discord

from bot.charts import Chart
from bot.discordbot.limits import clip

log = logging.getLogger(__name__)

#: Discord's limit on an attachment's description (its alt text).
ALT_TEXT = 1024


async def render(draw: Callable[..., Chart], *args: Any, **kwargs: Any) -> Chart | None:
    """Draw a chart off the event loop; on failure log it and return None, so the command answers without it."""
    try:
        return await asyncio.to_thread(draw, *args, **kwargs)
    except Exception:
        log.exception("Could not draw the %s chart", getattr(draw, "__name__", "?"))
        return None


def attach(embed: discord.Embed, chart: Chart | None) -> dict[str, Any]:
    """Show ``chart`` as the embed's image; return the keyword arguments that send the embed with its file."""
    if chart is None:
        return {"embed": embed}
    embed.set_image(url=f"attachment://{chart.filename}")
    file = discord.File(
        io.BytesIO(chart.png), filename=chart.filename, description=clip(chart.alt or chart.title, ALT_TEXT)
    )
    return {"embed": embed, "file": file}


def display_name(user: Any) -> str:
    """Return a member's display name, or an empty string for an object without one."""
    name = getattr(user, "display_name", None) or getattr(user, "name", None)
    return name if isinstance(name, str) else ""
