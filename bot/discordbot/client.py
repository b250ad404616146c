"""The bot: intents, permissions, extensions loaded in setup_hook, command sync, start and graceful stop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from typing import Any

import aiohttp
import discord
from discord.ext import commands

from bot.app import App, bootstrap
from bot.discordbot.heap import HeapFreezer
from bot.discordbot.tree import StudyTree
from bot.discordbot.views import AnswerButton, DailyAnswerButton
from bot.lagmonitor import EventLoopLagMonitor
from bot.settings import Settings

log = logging.getLogger(__name__)

#: Loaded in this order in setup_hook; one cog per feature.
EXTENSIONS = (
    "bot.discordbot.cogs.ask",
    "bot.discordbot.cogs.summary",
    "bot.discordbot.cogs.quiz",
    "bot.discordbot.cogs.daily",
    "bot.discordbot.cogs.progress",
    "bot.discordbot.cogs.export",
    "bot.discordbot.cogs.admin",
    "bot.discordbot.cogs.help",
)

#: Everything the bot needs in a channel: read it, post embeds with buttons, reply to messages.
REQUIRED_PERMISSIONS = discord.Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    embed_links=True,
    read_message_history=True,
    add_reactions=True,
)
SCOPES = ("bot", "applications.commands")
#: How long close() waits for the knowledge watcher to stop before cancelling it.
WATCH_STOP_SECONDS = 10.0
#: Connections open at once to one host (Discord's API). discord.py's default has no bound, so a burst of replies
#: opens a new connection (a TCP and TLS handshake with Discord) for nearly every reply; bounded, replies reuse
#: kept-alive connections and queue briefly for one. A gateway connection to the same host holds one for its life.
API_CONNECTIONS = 32


def invite_url(client_id: int) -> str:
    """Return the invite link with exactly the permissions the bot needs."""
    return discord.utils.oauth_url(client_id, permissions=REQUIRED_PERMISSIONS, scopes=SCOPES)


def build_intents(message_content: bool) -> discord.Intents:
    """Return the minimal intents: guilds and guild messages, plus Message Content only if asked for."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.message_content = message_content
    return intents


def _sharding(settings: Settings) -> dict[str, Any]:
    """Return the sharding options: all shards automatically, or SHARD_COUNT with this process's SHARD_IDS."""
    options: dict[str, Any] = {}
    if settings.shard_count is not None:
        options["shard_count"] = settings.shard_count
        if settings.shard_ids:
            options["shard_ids"] = settings.shard_ids
    return options


class StudyBot(commands.AutoShardedBot):
    """The Discord client; cogs, views and buttons reach the services through ``bot.app``."""

    def __init__(self, app: App, sync_dev_guild: bool = True) -> None:
        settings = app.settings
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=build_intents(settings.message_content_intent),
            tree_cls=StudyTree,
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            **_sharding(settings),
        )
        self.app = app
        self.settings = settings
        self._sync_dev_guild = sync_dev_guild
        self.lag_monitor = EventLoopLagMonitor()
        #: The knowledge folder watcher (WATCH_KNOWLEDGE), running from setup_hook until close.
        self._watch_stop = asyncio.Event()
        self._watch_task: asyncio.Task[None] | None = None
        #: Reloads announced by the other processes on the database (PostgreSQL), heard from setup_hook until close.
        self._follow_task: asyncio.Task[None] | None = None

    async def login(self, token: str) -> None:
        """Log in over a bounded pool of kept-alive connections (see API_CONNECTIONS)."""
        if self.http.connector is discord.utils.MISSING:
            self.http.connector = aiohttp.TCPConnector(limit=0, limit_per_host=API_CONNECTIONS)
        await super().login(token)

    async def setup_hook(self) -> None:
        """Load the extensions, register persistent buttons, and sync to the dev guild if configured."""
        if self.settings.watch_knowledge and self._watch_task is None:
            self._watch_task = asyncio.create_task(self.app.curation.watch(self._watch_stop), name="watch-knowledge")
        if self._follow_task is None:
            self._follow_task = asyncio.create_task(self.app.curation.follow(self._watch_stop), name="follow-reloads")
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        self.add_dynamic_items(DailyAnswerButton, AnswerButton)
        # Probed from here on: loading the extensions (imports) is start-up, before any member is served.
        self.lag_monitor.start()
        if self._sync_dev_guild and self.settings.dev_guild_id:
            guild = discord.Object(id=self.settings.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("Synced %d commands to the development guild %s", len(synced), self.settings.dev_guild_id)

    async def on_message(self, message: discord.Message, /) -> None:
        """Ignore prefix commands: the bot has only slash commands (the ask cog reads questions itself)."""

    async def on_ready(self) -> None:
        """Say who we are and what we can do."""
        user = self.user
        log.info("Connected as %s (%s) to %d guild(s)", user, user.id if user else "?", len(self.guilds))
        if not self.intents.message_content:
            log.warning(
                "Message Content intent is off: slash commands and mentions work, but passive answering in "
                "ask-channels does not (set MESSAGE_CONTENT_INTENT=true and enable it in the developer portal)"
            )

    async def close(self) -> None:
        """Close running quizzes (recorded as stopped) before disconnecting."""
        try:
            results = await self.app.quizzes.stop_all()
            if results:
                log.info("Closed %d running quiz(zes) at shutdown", len(results))
        except Exception:
            log.exception("Could not record the running quizzes at shutdown")
        await self.stop_watching()
        await self.lag_monitor.stop()
        await super().close()

    async def stop_watching(self, grace: float = WATCH_STOP_SECONDS) -> None:
        """Stop the knowledge folder watcher and the reload follower (a running reload finishes within ``grace``)."""
        tasks = [task for task in (self._watch_task, self._follow_task) if task is not None]
        self._watch_task = self._follow_task = None
        if not tasks:
            return
        self._watch_stop.set()
        for task in tasks:
            try:
                await asyncio.wait_for(task, grace)
            except TimeoutError:
                log.debug("%s did not stop within %s s; cancelled", task.get_name(), grace)
            except Exception:
                log.exception("%s failed while stopping", task.get_name())


async def run(settings: Settings) -> None:
    """Connect and serve until SIGINT/SIGTERM, then close quizzes and the database."""
    if settings.discord_token is None:
        raise RuntimeError("DISCORD_TOKEN is not set")
    app = await bootstrap(settings)
    bot = StudyBot(app)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, lambda: asyncio.ensure_future(bot.close()))
    HeapFreezer().freeze()
    try:
        async with bot:
            await bot.start(settings.discord_token.get_secret_value())
    finally:
        await app.close()
        log.info("Stopped")


async def sync_commands(settings: Settings, guild_id: int | None) -> list[Any]:
    """Log in (no gateway), load the commands and sync them globally or to one guild."""
    if settings.discord_token is None:
        raise RuntimeError("DISCORD_TOKEN is not set")
    app = await bootstrap(settings)
    bot = StudyBot(app, sync_dev_guild=False)
    try:
        async with bot:
            await bot.login(settings.discord_token.get_secret_value())
            if guild_id is not None:
                guild = discord.Object(id=guild_id)
                bot.tree.copy_global_to(guild=guild)
                return list(await bot.tree.sync(guild=guild))
            return list(await bot.tree.sync())
    finally:
        await app.close()
