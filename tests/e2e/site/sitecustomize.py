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

_cprofile = os.environ.get("STUDYBOT_BENCH_CPROFILE")
if _cprofile:
    # Bench only: SIGUSR1 starts profiling the event loop's thread (CPU time, so other processes do not count),
    # SIGUSR2 stops and writes the statistics.
    import cProfile
    import signal
    import time

    _profile = cProfile.Profile(time.thread_time)

    def _start(*_):  # type: ignore[no-untyped-def]
        _profile.enable()

    def _stop(*_):  # type: ignore[no-untyped-def]
        _profile.disable()
        _profile.dump_stats(_cprofile)

    signal.signal(signal.SIGUSR1, _start)
    signal.signal(signal.SIGUSR2, _stop)
