"""Point discord.py at the local Discord stand-in; loaded only in the e2e tests' bot subprocess."""

import os

_base = os.environ.get("STUDYBOT_DISCORD_API")
if _base:
    import discord.gateway
    import discord.http
    import yarl

    discord.http.Route.BASE = _base
    # With SHARD_COUNT set, discord.py skips GET /gateway/bot and connects to its default gateway: the stand-in's.
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(_base).with_scheme("ws").with_path("/gateway")
