"""Discord's message limits, and helpers that keep text inside them and harmless."""

from __future__ import annotations

import re

import discord

CONTENT = 2000
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
EMBED_TOTAL = 6000
EMBED_FIELDS = 25
BUTTON_LABEL = 80
CUSTOM_ID = 100
CHOICES = 25
COMMAND_NAME = 32
COMMAND_DESCRIPTION = 100
ROWS = 5
ITEMS_PER_ROW = 5
#: How much of a member's question is echoed back.
ECHO = 200


def clip(text: str, limit: int) -> str:
    """Cut text to ``limit`` characters, ending with an ellipsis when cut."""
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "\u2026"


#: @everyone, @here, and user, role or nickname mentions of any id length (discord.utils.escape_mentions
#: only catches ids of 17-20 digits, so a typed ``<@123>`` would pass through it).
_PING = re.compile(r"@(everyone|here|[!&]?\d+)")


def no_pings(text: str) -> str:
    """Break every mention in ``text`` with a zero-width space, so it can never ping or render as a mention."""
    return _PING.sub("@\u200b\\1", text)


def echo(user_text: str, limit: int = ECHO) -> str:
    """Make a member's text safe to show: no markdown effects, no mentions, one line, clipped."""
    one_line = " ".join(user_text.split())
    return clip(no_pings(discord.utils.escape_markdown(one_line)), limit)


def echo_plain(user_text: str, limit: int = ECHO) -> str:
    """Make a member's text safe for plain-text places (embed footers and authors, which render no markdown).

    Mentions are broken as in ``echo``; markdown is left as typed, because a backslash would show there.
    """
    return clip(no_pings(" ".join(user_text.split())), limit)


def fits(embed: discord.Embed) -> bool:
    """Tell whether an embed is within every Discord limit."""
    if len(embed) > EMBED_TOTAL or len(embed.fields) > EMBED_FIELDS:
        return False
    if embed.title and len(embed.title) > EMBED_TITLE:
        return False
    if embed.description and len(embed.description) > EMBED_DESCRIPTION:
        return False
    if embed.footer.text and len(embed.footer.text) > FOOTER:
        return False
    return all(len(f.name or "") <= FIELD_NAME and len(f.value or "") <= FIELD_VALUE for f in embed.fields)
