"""A small stand-in for Discord's HTTP API and gateway, on 127.0.0.1 only, that the real discord.py connects to.

It implements what the bot uses (login, gateway HELLO/IDENTIFY/READY/GUILD_CREATE/heartbeats/RESUME with
zlib-stream compression, command sync, interactions with callbacks/followups/edits, channel messages),
checks every payload the bot sends against Discord's documented limits, records each interaction's time to
first response, and can inject faults (closed gateway, 429, 500, 403).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import json
import re
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import BodyPartReader, WSMsgType, web

API = "/api/v10"
APP_ID = 900000000000000001
BOT_ID = 900000000000000002
GUILD_ID = 900000000000000100
CHANNEL_ID = 900000000000000200
OTHER_CHANNEL_ID = 900000000000000201
#: A channel where an overwrite denies the bot's role Embed Links (a daily quiz cannot be posted there).
NO_EMBEDS_CHANNEL_ID = 900000000000000202
BOT_ROLE_ID = 900000000000000777
#: What the invite link grants the bot's managed role (bot.discordbot.client.REQUIRED_PERMISSIONS).
BOT_PERMISSIONS = str((1 << 10) | (1 << 11) | (1 << 38) | (1 << 14) | (1 << 16) | (1 << 6))
EMBED_LINKS = 1 << 14
ADMIN_PERMISSIONS = str((1 << 5) | (1 << 10) | (1 << 11))  # manage guild, view, send
MEMBER_PERMISSIONS = str((1 << 10) | (1 << 11))
INTERACTION_DEADLINE = 3.0
#: How long a test waits for what must eventually happen: generous, because a busy CI machine is slow.
WAIT_LIMIT = 60.0
NAME = re.compile(r"^[-_\w]{1,32}$")


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    """Answer with JSON the way Discord does (discord.py wants exactly "application/json", no charset)."""
    return web.Response(
        body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json", **(headers or {})}
    )


def user(user_id: int, name: str, bot: bool = False) -> dict[str, Any]:
    """Return a user object."""
    return {"id": str(user_id), "username": name, "discriminator": "0", "global_name": name, "avatar": None, "bot": bot}


def _snowflake(value: Any) -> str | None:
    return None if value is None else str(value)


def now_iso() -> str:
    """Return the current time as Discord writes it."""
    return dt.datetime.now(dt.UTC).isoformat()


@dataclass
class Interaction:
    """One interaction sent to the bot, and what the bot did with it."""

    id: int
    token: str
    sent_at: float
    kind: int
    first_response_at: float | None = None
    message_id: int | None = None
    callback_type: int | None = None
    responses: list[dict[str, Any]] = field(default_factory=list)
    #: Who waits for how many responses (wait_response): woken only by this interaction's responses, because
    #: waking every waiter on every request makes the stand-in itself the bottleneck of a 300-interaction burst.
    _waiters: list[tuple[int, asyncio.Future[None]]] = field(default_factory=list, repr=False)

    #: When each response came (time.monotonic()).
    response_times: list[float] = field(default_factory=list)

    def respond(self, data: dict[str, Any]) -> None:
        """Record a response and wake whoever waits for this many."""
        self.responses.append(data)
        self.response_times.append(time.monotonic())
        for count, waiter in self._waiters:
            if len(self.responses) >= count and not waiter.done():
                waiter.set_result(None)

    @property
    def latency(self) -> float | None:
        """Seconds from dispatch to the first response."""
        return None if self.first_response_at is None else self.first_response_at - self.sent_at


class FakeDiscord:
    """Discord's API and gateway, enough for the study bot, with checks on everything the bot sends."""

    def __init__(self) -> None:
        self.app = web.Application()
        self.app.add_routes(
            [
                web.get("/gateway", self.gateway),
                web.get(API + "/gateway/bot", self.gateway_bot),
                web.get(API + "/gateway", self.gateway_bot),
                web.get(API + "/users/@me", self.me),
                web.get(API + "/oauth2/applications/@me", self.application),
                web.put(API + "/applications/{app}/commands", self.sync_commands),
                web.put(API + "/applications/{app}/guilds/{guild}/commands", self.sync_commands),
                web.post(API + "/interactions/{id}/{token}/callback", self.interaction_callback),
                web.post(API + "/webhooks/{app}/{token}", self.followup),
                web.patch(API + "/webhooks/{app}/{token}/messages/{message}", self.edit_webhook_message),
                web.get(API + "/webhooks/{app}/{token}/messages/{message}", self.get_webhook_message),
                web.delete(API + "/webhooks/{app}/{token}/messages/{message}", self.delete_webhook_message),
                web.post(API + "/channels/{channel}/messages", self.create_message),
                web.patch(API + "/channels/{channel}/messages/{message}", self.edit_message),
                web.put(API + "/channels/{channel}/messages/{message}/reactions/{emoji}/@me", self.react),
                web.get(API + "/channels/{channel}", self.get_channel),
            ]
        )
        self.app.middlewares.append(self._faults_middleware)
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._ids = itertools.count(910000000000000000)
        self.messages: dict[int, dict[str, Any]] = {}
        #: The files uploaded with each message (file name -> bytes).
        self.files: dict[int, dict[str, bytes]] = {}
        self.channel_messages: dict[int, list[int]] = {CHANNEL_ID: [], OTHER_CHANNEL_ID: []}
        self.interactions: dict[int, Interaction] = {}
        self.violations: list[str] = []
        self.commands: list[dict[str, Any]] = []
        self.command_ids: dict[str, str] = {}
        self.identified = asyncio.Event()
        self.ready = asyncio.Event()
        self.resumed = asyncio.Event()
        self.identify_count = 0
        self.resume_count = 0
        self.synced = asyncio.Event()
        self.faults: list[tuple[str, re.Pattern[str], int, dict[str, Any]]] = []
        self.requests: list[tuple[str, str, int]] = []
        self._sockets: list[web.WebSocketResponse] = []
        self._compress: dict[web.WebSocketResponse, Any] = {}
        #: One sender at a time per socket: zlib-stream frames must leave in the order they were compressed.
        self._send_locks: dict[web.WebSocketResponse, asyncio.Lock] = {}
        self._sequence = 0
        self._session_id = "fake-session"
        #: Notified whenever the bot sends or edits something, so tests wait on events rather than sleeping.
        self.changed = asyncio.Condition()
        self._tasks: set[asyncio.Task[None]] = set()

    # ------------------------------------------------------------------ life cycle
    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1."""
        self._runner = web.AppRunner(self.app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        """Close every socket and the server."""
        for socket in list(self._sockets):
            await socket.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        """Return the API base the bot must use."""
        return f"http://127.0.0.1:{self.port}{API}"

    def _notify(self) -> None:
        async def notify() -> None:
            async with self.changed:
                self.changed.notify_all()

        task = asyncio.get_running_loop().create_task(notify())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def next_id(self) -> int:
        """Return a new snowflake."""
        return next(self._ids)

    # ------------------------------------------------------------------ faults
    def fail_next(self, method: str, path_pattern: str, status: int, **extra: Any) -> None:
        """Answer the next matching request with an error (429 with retry_after, 500, 403...)."""
        self.faults.append((method, re.compile(path_pattern), status, extra))

    @web.middleware
    async def _faults_middleware(self, request: web.Request, handler: Callable[..., Any]) -> web.StreamResponse:
        for index, (method, pattern, status, extra) in enumerate(self.faults):
            if request.method == method and pattern.search(request.path):
                del self.faults[index]
                self.requests.append((request.method, request.path, status))
                self._notify()
                if status == 429:
                    retry = extra.get("retry_after", 0.2)
                    body = {"message": "You are being rate limited.", "retry_after": retry, "global": False}
                    # Discord's own 429s come through its proxy (a Via header); discord.py treats others as bans.
                    headers = {"Retry-After": str(retry), "X-RateLimit-Scope": "user", "Via": "1.1 google"}
                    return json_response(body, status=429, headers=headers)
                if status == 403:
                    return json_response({"message": "Missing Permissions", "code": 50013}, status=403)
                return json_response({"message": "Internal Server Error", "code": 0}, status=status)
        response: web.StreamResponse = await handler(request)
        self.requests.append((request.method, request.path, response.status))
        self._notify()
        return response

    # ------------------------------------------------------------------ HTTP: login and sync
    async def gateway_bot(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "url": f"ws://127.0.0.1:{self.port}/gateway",
                "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
            }
        )

    async def me(self, request: web.Request) -> web.Response:
        return json_response(user(BOT_ID, "StudyBot", bot=True))

    async def application(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "id": str(APP_ID),
                "name": "StudyBot",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": user(1, "owner"),
                "summary": "",
                "verify_key": "0" * 64,
                "flags": 0,
            }
        )

    async def sync_commands(self, request: web.Request) -> web.Response:
        payload = await request.json()
        before = len(self.violations)
        self.check_commands(payload)
        if (refused := self._invalid(before)) is not None:
            return refused
        commands = []
        for command in payload:
            command_id = str(self.next_id())
            self.command_ids[command["name"]] = command_id
            commands.append({**command, "id": command_id, "application_id": str(APP_ID), "version": "1"})
        self.commands = commands
        self.synced.set()
        return json_response(commands)

    # ------------------------------------------------------------------ HTTP: interactions
    def _record_response(self, interaction_id: int, kind: int | None, data: dict[str, Any]) -> None:
        interaction = self.interactions.get(interaction_id)
        if interaction is None:
            self.violations.append(f"response to an unknown interaction {interaction_id}")
            return
        if interaction.first_response_at is None:
            interaction.first_response_at = time.monotonic()
            interaction.callback_type = kind
            if interaction.latency is not None and interaction.latency > INTERACTION_DEADLINE:
                self.violations.append(f"interaction {interaction_id} answered after {interaction.latency:.2f} s")
        interaction.respond(data)
        self._notify()

    def _invalid(self, before: int) -> web.Response | None:
        """Refuse a payload that broke a rule, as Discord does (400 Invalid Form Body)."""
        if len(self.violations) > before:
            return json_response({"message": "Invalid Form Body", "code": 50035}, status=400)
        return None

    async def interaction_callback(self, request: web.Request) -> web.Response:
        interaction_id = int(request.match_info["id"])
        payload = await self._json(request)
        before = len(self.violations)
        interaction = self.interactions.get(interaction_id)
        if interaction is not None and interaction.first_response_at is not None:
            self.violations.append(f"interaction {interaction_id} acknowledged twice")
            return json_response({"message": "Interaction has already been acknowledged.", "code": 40060}, status=400)
        if interaction is not None and time.monotonic() - interaction.sent_at > INTERACTION_DEADLINE:
            self._record_response(interaction_id, payload.get("type"), payload)
            return json_response({"message": "Unknown interaction", "code": 10062}, status=404)
        kind = payload.get("type")
        if kind not in {1, 4, 5, 6, 7, 8, 9}:
            self.violations.append(f"unknown interaction callback type {kind}")
        data = payload.get("data") or {}
        if kind in {4, 7}:
            self.check_message(data, f"interaction {interaction_id} callback")
        if kind == 8:
            choices = data.get("choices", [])
            if len(choices) > 25:
                self.violations.append("more than 25 autocomplete choices")
            for choice in choices:
                if not 1 <= len(choice.get("name", "")) <= 100:
                    self.violations.append(f"autocomplete choice name length {len(choice.get('name', ''))}")
        self._record_response(interaction_id, kind, payload)
        refused = self._invalid(before)
        if refused is not None:
            return refused
        body: dict[str, Any] = {
            "interaction": {
                "id": str(interaction_id),
                "type": interaction.kind if interaction else 2,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool((data.get("flags") or 0) & 64),
            }
        }
        if kind in {4, 5} and interaction is not None:
            message = self._store_message(CHANNEL_ID, data, webhook_token=interaction.token)
            interaction.responses[-1]["_message_id"] = message["id"]
            body["interaction"]["response_message_id"] = message["id"]
            body["resource"] = {"type": kind, "message": self._public(message)}
        elif kind == 7 and interaction is not None and interaction.message_id is not None:
            message = self.messages[interaction.message_id]
            message.update({k: v for k, v in data.items() if k in {"content", "embeds", "components"}})
            body["resource"] = {"type": kind, "message": self._public(message)}
        elif kind == 6:
            body["resource"] = {"type": kind}
        if request.query.get("with_response") in {"1", "true", "True"}:
            return json_response(body)
        return web.Response(status=204)

    async def followup(self, request: web.Request) -> web.Response:
        payload = await self._json(request)
        before = len(self.violations)
        self.check_message(payload, "followup")
        if (refused := self._invalid(before)) is not None:
            return refused
        token = request.match_info["token"]
        interaction = next((i for i in self.interactions.values() if i.token == token), None)
        if interaction is None:
            self.violations.append("followup for an unknown interaction token")
        else:
            original = next((m for m in self.messages.values() if m.get("_webhook_token") == token), None)
            deferred = interaction.callback_type == 5 and original is not None and len(interaction.responses) == 1
            if deferred and payload.get("flags", 0) & 64 and not (original or {}).get("flags", 0) & 64:
                # Discord: the first follow-up completes the "thinking..." message and keeps its visibility.
                self.violations.append(f"interaction {interaction.id}: a private follow-up to a public deferral")
            interaction.respond({"type": "followup", "data": payload})
            self._notify()
        message = self._store_message(CHANNEL_ID, payload, webhook_token=token)
        return json_response(message)

    async def edit_webhook_message(self, request: web.Request) -> web.Response:
        payload = await self._json(request)
        self.check_message(payload, "edit original response")
        token = request.match_info["token"]
        original = next((m for m in self.messages.values() if m.get("_webhook_token") == token), None)
        if original is None:
            return json_response({"message": "Unknown Message", "code": 10008}, status=404)
        original.update({k: v for k, v in payload.items() if k in {"content", "embeds", "components"}})
        return json_response(self._public(original))

    async def delete_webhook_message(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        original = next((m for m in self.messages.values() if m.get("_webhook_token") == token), None)
        if original is None:
            return json_response({"message": "Unknown Message", "code": 10008}, status=404)
        message_id = int(original["id"])
        del self.messages[message_id]
        with contextlib.suppress(ValueError):
            self.channel_messages[int(original["channel_id"])].remove(message_id)
        return web.Response(status=204)

    async def get_webhook_message(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        original = next((m for m in self.messages.values() if m.get("_webhook_token") == token), None)
        if original is None:
            return json_response({"message": "Unknown Message", "code": 10008}, status=404)
        return json_response(self._public(original))

    # ------------------------------------------------------------------ HTTP: channel messages
    async def create_message(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["channel"])
        payload = await self._json(request)
        before = len(self.violations)
        self.check_message(payload, f"message in channel {channel_id}")
        if (refused := self._invalid(before)) is not None:
            return refused
        message = self._store_message(channel_id, payload)
        return json_response(self._public(message))

    async def edit_message(self, request: web.Request) -> web.Response:
        payload = await self._json(request)
        before = len(self.violations)
        self.check_message(payload, "message edit")
        if (refused := self._invalid(before)) is not None:
            return refused
        message = self.messages.get(int(request.match_info["message"]))
        if message is None:
            return json_response({"message": "Unknown Message", "code": 10008}, status=404)
        message.update({k: v for k, v in payload.items() if k in {"content", "embeds", "components"}})
        message["edited_timestamp"] = now_iso()
        self._notify()
        return json_response(self._public(message))

    async def react(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    async def get_channel(self, request: web.Request) -> web.Response:
        return json_response(self.channel(int(request.match_info["channel"])))

    async def _json(self, request: web.Request) -> dict[str, Any]:
        if request.content_type.startswith("multipart/"):
            # A message with files: the JSON part, and each file part kept (name and bytes) under "_files".
            payload: dict[str, Any] = {}
            files: list[tuple[str, bytes]] = []
            reader = await request.multipart()
            async for part in reader:
                if not isinstance(part, BodyPartReader):
                    continue
                if part.name == "payload_json":
                    payload = json.loads(await part.text())
                elif part.name and part.name.startswith("files["):
                    files.append((part.filename or "", bytes(await part.read())))
            return {**payload, "_files": files} if files else payload
        if not request.can_read_body:
            return {}
        return await request.json()  # type: ignore[no-any-return]

    def _store_message(
        self, channel_id: int, payload: dict[str, Any], webhook_token: str | None = None
    ) -> dict[str, Any]:
        message_id = self.next_id()
        message = {
            "id": str(message_id),
            "channel_id": str(channel_id),
            "guild_id": str(GUILD_ID),
            "author": user(BOT_ID, "StudyBot", bot=True),
            "content": payload.get("content") or "",
            "timestamp": now_iso(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [
                {"id": str(self.next_id()), "filename": name, "size": len(data), "url": f"https://cdn.test/{name}"}
                for name, data in payload.get("_files", [])
            ],
            "embeds": payload.get("embeds") or [],
            "components": payload.get("components") or [],
            "pinned": False,
            "type": 0,
            "flags": payload.get("flags", 0),
            "_webhook_token": webhook_token,
            "_allowed_mentions": payload.get("allowed_mentions"),
            "_reply_to": _snowflake((payload.get("message_reference") or {}).get("message_id")),
        }
        self.messages[message_id] = message
        self.files[message_id] = dict(payload.get("_files", []))
        self.channel_messages.setdefault(channel_id, []).append(message_id)
        self._notify()
        return message

    @staticmethod
    def _public(message: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in message.items() if not k.startswith("_")}

    async def wait_until(self, check: Callable[[], bool], limit: float = WAIT_LIMIT) -> None:
        """Wait until ``check`` holds: re-checked after every request and message, and every 0.1 s (for logs)."""
        async with asyncio.timeout(limit):
            while not check():
                async with self.changed:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self.changed.wait(), 0.1)

    async def wait_for_message(
        self, check: Callable[[dict[str, Any]], bool], limit: float = WAIT_LIMIT
    ) -> dict[str, Any]:
        """Wait until the bot has sent a message matching ``check`` (already-sent messages count too)."""
        async with asyncio.timeout(limit), self.changed:
            await self.changed.wait_for(lambda: any(check(m) for m in self.messages.values()))
        return next(m for m in self.messages.values() if check(m))

    # ------------------------------------------------------------------ payload checks
    def check_message(self, payload: dict[str, Any], where: str) -> None:
        """Record every way ``payload`` breaks Discord's message rules."""
        content = payload.get("content")
        if content is not None and len(content) > 2000:
            self.violations.append(f"{where}: content of {len(content)} characters")
        mentions = payload.get("allowed_mentions")
        # Like Discord: only content pings (never embeds), and without allowed_mentions every mention in it does.
        could_ping = mentions is None or bool(mentions.get("parse") or mentions.get("users") or mentions.get("roles"))
        if could_ping and payload.get("content"):
            self.violations.append(f"{where}: allowed_mentions {mentions!r} could ping")
        embeds = payload.get("embeds") or []
        if len(embeds) > 10:
            self.violations.append(f"{where}: {len(embeds)} embeds")
        uploaded = [name for name, _data in payload.get("_files", [])]
        if len(uploaded) > 10 or sum(len(data) for _name, data in payload.get("_files", [])) > 10 * 1024 * 1024:
            self.violations.append(f"{where}: more than 10 files or 10 MiB of them")
        for embed in embeds:
            for key in ("image", "thumbnail"):
                url = (embed.get(key) or {}).get("url", "")
                if url.startswith("attachment://") and url.removeprefix("attachment://") not in uploaded:
                    self.violations.append(f"{where}: embed {key} {url} names no uploaded file")
        for embed in embeds:
            total = len(embed.get("title", "")) + len(embed.get("description", ""))
            total += len((embed.get("footer") or {}).get("text", "")) + len((embed.get("author") or {}).get("name", ""))
            if len(embed.get("title", "")) > 256 or len(embed.get("description", "")) > 4096:
                self.violations.append(f"{where}: embed title/description too long")
            fields = embed.get("fields", [])
            if len(fields) > 25:
                self.violations.append(f"{where}: {len(fields)} embed fields")
            for item in fields:
                total += len(item.get("name", "")) + len(item.get("value", ""))
                if not item.get("name") or not item.get("value"):
                    self.violations.append(f"{where}: empty embed field")
                if len(item.get("name", "")) > 256 or len(item.get("value", "")) > 1024:
                    self.violations.append(f"{where}: embed field too long")
            if total > 6000:
                self.violations.append(f"{where}: embed of {total} characters")
        rows = payload.get("components") or []
        if len(rows) > 5:
            self.violations.append(f"{where}: {len(rows)} component rows")
        custom_ids: set[str] = set()
        for row in rows:
            children = row.get("components", [])
            if row.get("type") != 1 or len(children) > 5:
                self.violations.append(f"{where}: bad action row {row!r}")
            for child in children:
                custom_id = child.get("custom_id")
                if custom_id is not None:
                    if len(custom_id) > 100:
                        self.violations.append(f"{where}: custom_id of {len(custom_id)} characters")
                    if custom_id in custom_ids:
                        self.violations.append(f"{where}: duplicate custom_id {custom_id}")
                    custom_ids.add(custom_id)
                if len(child.get("label", "") or "") > 80:
                    self.violations.append(f"{where}: button label too long")
                if child.get("type") == 3:
                    self._check_select(child, len(children), where)

    def _check_select(self, select: dict[str, Any], row_size: int, where: str) -> None:
        """A string select menu: alone in its row, 1-25 options, labels, values and descriptions within 100."""
        options = select.get("options") or []
        if row_size != 1:
            self.violations.append(f"{where}: a select menu shares its row")
        if not 1 <= len(options) <= 25:
            self.violations.append(f"{where}: select menu with {len(options)} options")
        if len(select.get("placeholder") or "") > 150:
            self.violations.append(f"{where}: select placeholder too long")
        for item in options:
            if not 1 <= len(item.get("label") or "") <= 100 or not 1 <= len(item.get("value") or "") <= 100:
                self.violations.append(f"{where}: select option label or value of a bad length")
            if len(item.get("description") or "") > 100:
                self.violations.append(f"{where}: select option description too long")

    def check_commands(self, commands: list[dict[str, Any]]) -> None:
        """Record every way a command sync breaks Discord's rules."""
        if len(commands) > 100:
            self.violations.append(f"{len(commands)} global commands")
        for command in commands:
            self._check_command(command, command.get("name", "?"))

    def _check_command(self, command: dict[str, Any], path: str) -> None:
        name = command.get("name", "")
        if not NAME.match(name) or name != name.lower():
            self.violations.append(f"command name {path!r}")
        description = command.get("description", "")
        if command.get("type", 1) == 1 and not 1 <= len(description) <= 100:
            self.violations.append(f"description of {path} has {len(description)} characters")
        options = command.get("options", [])
        if len(options) > 25:
            self.violations.append(f"{path}: {len(options)} options")
        for option in options:
            if len(option.get("choices", [])) > 25:
                self.violations.append(f"{path}: more than 25 choices")
            if option.get("type") in {1, 2}:
                self._check_command(option, f"{path} {option.get('name')}")
            else:
                if not NAME.match(option.get("name", "")):
                    self.violations.append(f"{path}: option name {option.get('name')!r}")
                if not 1 <= len(option.get("description", "")) <= 100:
                    self.violations.append(f"{path}: option {option.get('name')} description")

    # ------------------------------------------------------------------ gateway
    async def gateway(self, request: web.Request) -> web.WebSocketResponse:
        socket = web.WebSocketResponse(max_msg_size=0)
        await socket.prepare(request)
        self._sockets.append(socket)
        if request.query.get("compress") == "zlib-stream":
            self._compress[socket] = zlib.compressobj()
        await self._send(socket, {"op": 10, "d": {"heartbeat_interval": 41250}})
        try:
            async for message in socket:
                if message.type is not WSMsgType.TEXT:
                    continue
                payload = json.loads(message.data)
                await self._handle(socket, payload)
        finally:
            self._sockets.remove(socket)
            self._compress.pop(socket, None)
            self._send_locks.pop(socket, None)
        return socket

    async def _send(self, socket: web.WebSocketResponse, payload: dict[str, Any]) -> None:
        data = json.dumps(payload)
        # Without the lock, a send suspended on a busy machine lets a later frame overtake it, and the bot's
        # zlib stream breaks: it then stops reading the gateway (seen as "websocket is 41.3s behind").
        async with self._send_locks.setdefault(socket, asyncio.Lock()):
            compressor = self._compress.get(socket)
            if compressor is None:
                await socket.send_str(data)
            else:
                await socket.send_bytes(compressor.compress(data.encode()) + compressor.flush(zlib.Z_SYNC_FLUSH))

    async def _handle(self, socket: web.WebSocketResponse, payload: dict[str, Any]) -> None:
        op = payload.get("op")
        if op == 1:
            await self._send(socket, {"op": 11})
        elif op == 2:
            self.identify_count += 1
            self.identified.set()
            await self.dispatch("READY", self._ready(payload["d"]), socket)
            await self.dispatch("GUILD_CREATE", self.guild(), socket)
            self.ready.set()
        elif op == 6:
            self.resume_count += 1
            await self.dispatch("RESUMED", {}, socket)
            self.resumed.set()

    def _ready(self, identify: dict[str, Any]) -> dict[str, Any]:
        return {
            "v": 10,
            "user": user(BOT_ID, "StudyBot", bot=True),
            "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
            "session_id": self._session_id,
            "resume_gateway_url": f"ws://127.0.0.1:{self.port}/gateway",
            "shard": identify.get("shard", [0, 1]),
            "application": {"id": str(APP_ID), "flags": 0},
        }

    def channel(self, channel_id: int) -> dict[str, Any]:
        """Return a text channel of the test guild."""
        return {
            "id": str(channel_id),
            "type": 0,
            "guild_id": str(GUILD_ID),
            "name": f"study-{channel_id % 1000}",
            "position": 0,
            "permission_overwrites": (
                [{"id": str(BOT_ROLE_ID), "type": 0, "allow": "0", "deny": str(EMBED_LINKS)}]
                if channel_id == NO_EMBEDS_CHANNEL_ID
                else []
            ),
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "last_message_id": None,
            "rate_limit_per_user": 0,
        }

    def guild(self) -> dict[str, Any]:
        """Return the test guild's GUILD_CREATE payload."""
        return {
            "id": str(GUILD_ID),
            "name": "UPSC Study Circle",
            "icon": None,
            "owner_id": "1",
            "unavailable": False,
            "member_count": 30,
            "large": False,
            "features": [],
            "roles": [
                {
                    "id": str(GUILD_ID),
                    "name": "@everyone",
                    "permissions": MEMBER_PERMISSIONS,
                    "position": 0,
                    "color": 0,
                    "hoist": False,
                    "managed": False,
                    "mentionable": False,
                },
                {
                    "id": str(BOT_ROLE_ID),
                    "name": "StudyBot",
                    "permissions": BOT_PERMISSIONS,
                    "position": 1,
                    "color": 0,
                    "hoist": False,
                    "managed": True,
                    "mentionable": False,
                },
            ],
            "channels": [self.channel(CHANNEL_ID), self.channel(OTHER_CHANNEL_ID), self.channel(NO_EMBEDS_CHANNEL_ID)],
            "threads": [],
            "members": [
                {
                    "user": user(BOT_ID, "StudyBot", bot=True),
                    "roles": [str(BOT_ROLE_ID)],
                    "joined_at": now_iso(),
                    "deaf": False,
                    "mute": False,
                    "flags": 0,
                }
            ],
            "emojis": [],
            "stickers": [],
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "joined_at": now_iso(),
            "preferred_locale": "en-US",
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "system_channel_flags": 0,
        }

    async def dispatch(self, event: str, data: dict[str, Any], socket: web.WebSocketResponse | None = None) -> None:
        """Send a gateway event to the bot."""
        self._sequence += 1
        target = socket or (self._sockets[-1] if self._sockets else None)
        if target is None:
            raise RuntimeError("the bot is not connected")
        await self._send(target, {"op": 0, "t": event, "s": self._sequence, "d": data})

    async def drop_connection(self) -> None:
        """Close the gateway connection as Discord does on a reconnect request (the bot should RESUME)."""
        self.resumed.clear()
        for socket in list(self._sockets):
            await socket.close(code=4000, message=b"test reconnect")

    # ------------------------------------------------------------------ what members do
    def _member(self, user_id: int, admin: bool) -> dict[str, Any]:
        return {
            "user": user(user_id, f"member{user_id}"),
            "roles": [],
            "joined_at": now_iso(),
            "deaf": False,
            "mute": False,
            "permissions": ADMIN_PERMISSIONS if admin else MEMBER_PERMISSIONS,
            "nick": None,
            "flags": 0,
        }

    async def interact(
        self, kind: int, data: dict[str, Any], user_id: int = 7, admin: bool = False, channel_id: int = CHANNEL_ID,
        message: dict[str, Any] | None = None,
    ) -> Interaction:  # fmt: skip
        """Dispatch an INTERACTION_CREATE and return its record."""
        interaction_id = self.next_id()
        token = f"token-{interaction_id}"
        record = Interaction(interaction_id, token, time.monotonic(), kind)
        if message is not None:
            record.message_id = int(message["id"])
        self.interactions[interaction_id] = record
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(APP_ID),
            "type": kind,
            "data": data,
            "guild_id": str(GUILD_ID),
            "channel_id": str(channel_id),
            "channel": self.channel(channel_id),
            "member": self._member(user_id, admin),
            "token": token,
            "version": 1,
            "app_permissions": str((1 << 46) - 1),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "context": 0,
            "attachment_size_limit": 8 * 1024 * 1024,
        }
        if message is not None:
            payload["message"] = self._public(message)
        await self.dispatch("INTERACTION_CREATE", payload)
        return record

    async def slash(self, name: str, options: list[dict[str, Any]] | None = None, **kwargs: Any) -> Interaction:
        """Run a slash command (``name`` may be "group sub")."""
        parts = name.split()
        command_id = self.command_ids.get(parts[0], "0")
        nested = options or []
        for depth, sub in reversed(list(enumerate(parts[1:], start=1))):
            kind = 1 if depth == len(parts) - 1 else 2
            nested = [{"name": sub, "type": kind, "options": nested}]
        data: dict[str, Any] = {"id": command_id, "name": parts[0], "type": 1, "options": nested}
        channels = [o["value"] for o in options or [] if o.get("type") == 7]
        if channels:
            data["resolved"] = {
                "channels": {str(c): {**self.channel(int(c)), "permissions": ADMIN_PERMISSIONS} for c in channels}
            }
        return await self.interact(2, data, **kwargs)

    async def click(self, message: dict[str, Any], custom_id: str, **kwargs: Any) -> Interaction:
        """Press a button on a message."""
        return await self.interact(3, {"custom_id": custom_id, "component_type": 2}, message=message, **kwargs)

    async def select(self, message: dict[str, Any], custom_id: str, values: list[str], **kwargs: Any) -> Interaction:
        """Pick ``values`` in a string select menu of a message."""
        data = {"custom_id": custom_id, "component_type": 3, "values": values}
        return await self.interact(3, data, message=message, **kwargs)

    async def post(
        self, content: str, user_id: int = 7, channel_id: int = CHANNEL_ID, mention_bot: bool = False
    ) -> int:
        """Post a member's message in a channel."""
        message_id = self.next_id()
        mentions = [user(BOT_ID, "StudyBot", bot=True)] if mention_bot else []
        await self.dispatch(
            "MESSAGE_CREATE",
            {
                "id": str(message_id),
                "channel_id": str(channel_id),
                "guild_id": str(GUILD_ID),
                "author": user(user_id, f"member{user_id}"),
                "member": {k: v for k, v in self._member(user_id, False).items() if k != "user"},
                "content": content,
                "timestamp": now_iso(),
                "edited_timestamp": None,
                "tts": False,
                "mention_everyone": False,
                "mentions": mentions,
                "mention_roles": [],
                "attachments": [],
                "embeds": [],
                "pinned": False,
                "type": 0,
            },
        )
        return message_id

    async def wait_answer(self, interaction: Interaction, limit: float = WAIT_LIMIT) -> dict[str, Any]:
        """Wait for the message that answers an interaction: its first response, or the follow-up to a deferral."""
        await self.wait_response(interaction, limit=limit)
        if interaction.callback_type == 5:
            await self.wait_response(interaction, count=2, limit=limit)
        return interaction.responses[-1]["data"]  # type: ignore[no-any-return]

    async def wait_response(self, interaction: Interaction, count: int = 1, limit: float = WAIT_LIMIT) -> None:
        """Wait until the bot has sent ``count`` responses (callback, followups) to an interaction."""
        if len(interaction.responses) >= count:
            return
        waiter = asyncio.get_running_loop().create_future()
        entry = (count, waiter)
        interaction._waiters.append(entry)
        try:
            async with asyncio.timeout(limit):
                await waiter
        finally:
            interaction._waiters.remove(entry)
