"""Point discord.py at the local Discord stand-in; loaded only in the e2e tests' bot subprocess."""

import os

_base = os.environ.get("STUDYBOT_DISCORD_API")
if _base:
    import discord.http

    discord.http.Route.BASE = _base
