"""Small hand-written stand-ins for discord.py objects that record what the bot sends."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import discord
from discord import app_commands


@dataclass
class Sent:
    """One thing the bot sent or edited."""

    kind: str
    content: str | None = None
    embed: discord.Embed | None = None
    view: discord.ui.View | None = None
    ephemeral: bool = False
    #: What the call asked for; None means the client's default (``discord.AllowedMentions.none()``).
    allowed_mentions: discord.AllowedMentions | None = None
    #: The files attached (``file=`` or ``files=``).
    files: list[discord.File] = field(default_factory=list)


class FakeResponse:
    """Records the first response to an interaction."""

    def __init__(self, log: list[Sent]) -> None:
        self._log = log
        self._done = False

    def is_done(self) -> bool:
        return self._done

    def _mark(self) -> None:
        if self._done:
            raise RuntimeError("interaction already acknowledged")
        self._done = True

    async def send_message(
        self,
        content: str | None = None,
        *,
        embed: discord.Embed | None = None,
        view: discord.ui.View | None = None,
        ephemeral: bool = False,
        allowed_mentions: discord.AllowedMentions | None = None,
        **_: Any,
    ) -> None:
        self._mark()
        self._log.append(Sent("send", content, embed, view, ephemeral, allowed_mentions))

    async def defer(self, *, ephemeral: bool = False, thinking: bool = False) -> None:
        self._mark()
        self._log.append(Sent("defer", ephemeral=ephemeral))

    async def edit_message(
        self,
        *,
        content: Any = None,
        embed: Any = None,
        view: Any = None,
        allowed_mentions: discord.AllowedMentions | None = None,
        **_: Any,
    ) -> None:
        self._mark()
        self._log.append(Sent("edit", content, embed, view, allowed_mentions=allowed_mentions))


class FakeFollowup:
    """Records follow-up messages."""

    def __init__(self, log: list[Sent]) -> None:
        self._log = log

    async def send(
        self,
        content: str | None = None,
        *,
        embed: discord.Embed | None = None,
        view: discord.ui.View | None = None,
        ephemeral: bool = False,
        allowed_mentions: discord.AllowedMentions | None = None,
        file: discord.File | None = None,
        files: list[discord.File] | None = None,
        **_: Any,
    ) -> None:
        attached = ([file] if file else []) + list(files or [])
        self._log.append(Sent("followup", content, embed, view, ephemeral, allowed_mentions, attached))


@dataclass
class FakeUser:
    """A member (or bot) with permissions in the guild."""

    id: int
    bot: bool = False
    guild_permissions: discord.Permissions = field(default_factory=discord.Permissions.none)

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"


class FakeInteraction:
    """An interaction whose responses are recorded in ``sent``."""

    def __init__(
        self,
        user_id: int = 1,
        guild_id: int | None = 100,
        channel_id: int | None = 200,
        manage_guild: bool = False,
        client: Any = None,
    ) -> None:
        perms = discord.Permissions(manage_guild=manage_guild, send_messages=True, view_channel=True)
        self.user = FakeUser(user_id, guild_permissions=perms)
        self.guild_id = guild_id
        self.channel_id = channel_id
        self.permissions = perms
        self.app_permissions = discord.Permissions.all()
        self.client = client
        self.command: Any = None
        self.channel: Any = None
        self.guild: Any = None
        self.message: Any = None
        self.created_at = dt.datetime.now(dt.UTC)
        self.sent: list[Sent] = []
        self.response = FakeResponse(self.sent)
        self.followup = FakeFollowup(self.sent)

    @property
    def last(self) -> Sent:
        return self.sent[-1]

    async def edit_original_response(self, *, view: Any = None, **_: Any) -> None:
        self.sent.append(Sent("edit_original", view=view))

    async def delete_original_response(self) -> None:
        self.sent.append(Sent("delete_original"))


class FakeChannel:
    """A text channel (or, with ``thread=True``, a thread) that records messages sent to it.

    ``permissions`` is what ``permissions_for`` answers for anyone: everything, unless a test takes some away.
    """

    def __init__(
        self,
        channel_id: int = 200,
        name: str = "study",
        permissions: discord.Permissions | None = None,
        thread: bool = False,
        guild: Any = None,
    ) -> None:
        self.id = channel_id
        self.name = name
        self.permissions = permissions if permissions is not None else discord.Permissions.all()
        self.type = discord.ChannelType.public_thread if thread else discord.ChannelType.text
        self.guild = guild
        self.sent: list[Sent] = []
        self.fail_with: Exception | None = None
        #: Every call to ``send``, failed ones included (Discord counts refused requests too).
        self.attempts = 0

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"

    def permissions_for(self, _member: Any) -> discord.Permissions:
        return self.permissions

    async def send(
        self,
        content: str | None = None,
        *,
        embed: Any = None,
        view: Any = None,
        allowed_mentions: discord.AllowedMentions | None = None,
        file: discord.File | None = None,
        **_: Any,
    ) -> FakeMessage:
        self.attempts += 1
        if self.fail_with is not None:
            raise self.fail_with
        attached = [file] if file else []
        self.sent.append(Sent("send", content, embed, view, allowed_mentions=allowed_mentions, files=attached))
        return FakeMessage(len(self.sent), self)


class FakeMessage:
    """A message the bot sent (or a member's message the bot reads)."""

    def __init__(
        self,
        message_id: int,
        channel: FakeChannel,
        content: str = "",
        author: FakeUser | None = None,
        mentions: list[Any] | None = None,
        guild: Any = None,
    ) -> None:
        self.id = message_id
        self.channel = channel
        self.content = content
        self.author = author or FakeUser(999, bot=True)
        self.mentions = mentions or []
        self.guild = guild
        self.replies: list[Sent] = []
        self.edits: list[dict[str, Any]] = []
        self.reactions: list[str] = []

    async def reply(
        self,
        content: str | None = None,
        *,
        embed: Any = None,
        view: Any = None,
        allowed_mentions: discord.AllowedMentions | None = None,
        **kw: Any,
    ) -> FakeMessage:
        self.replies.append(Sent("reply", content, embed, view, allowed_mentions=allowed_mentions))
        return FakeMessage(self.id + 1000, self.channel, guild=self.guild)

    async def edit(self, **kwargs: Any) -> None:
        self.edits.append(kwargs)

    async def add_reaction(self, emoji: str) -> None:
        self.reactions.append(emoji)


class FakeGuild:
    """A guild with a few channels and the bot's own member (``me``)."""

    def __init__(self, guild_id: int = 100, *channels: FakeChannel, unavailable: bool = False) -> None:
        self.id = guild_id
        self.unavailable = unavailable
        self.me = FakeUser(555, bot=True)
        self.channels = {channel.id: channel for channel in channels}
        for channel in channels:
            channel.guild = self

    def get_channel(self, channel_id: int) -> FakeChannel | None:
        return self.channels.get(channel_id)

    def get_channel_or_thread(self, channel_id: int) -> FakeChannel | None:
        return self.channels.get(channel_id)


async def invoke(command: Any, cog: Any, interaction: FakeInteraction, **options: Any) -> None:
    """Run a slash command's checks and callback the way the tree does, routing errors to the tree."""
    interaction.command = command
    try:
        if not await command._check_can_run(interaction):
            raise app_commands.CheckFailure("check failed")
        await command.callback(cog, interaction, **options)
    except app_commands.AppCommandError as error:
        await interaction.client.tree.on_error(interaction, error)
    except Exception as error:
        await interaction.client.tree.on_error(interaction, app_commands.CommandInvokeError(command, error))


def every_sent(*logs: list[Sent]) -> list[Sent]:
    """Flatten the records of several interactions, channels and messages."""
    return [sent for log in logs for sent in log]
