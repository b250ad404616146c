"""End to end with two bot processes (shards 0 and 1 of 2) on one PostgreSQL database and one knowledge folder.

A reload in one process reaches the other through PostgreSQL's LISTEN/NOTIFY. Each process talks to its own
Discord stand-in (the stand-in serves one client), so no change to the stand-in is needed. Runs when
TEST_DATABASE_URL is set (as CI sets it); each run makes its own database, so notices of other runs never arrive.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from bot.storage.notify import connect_arguments
from tests.dbfixtures import POSTGRES_URL
from tests.e2e.conftest import ROOT, RunningBot, start_bot, stop_bot
from tests.e2e.fakediscord import FakeDiscord

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="set TEST_DATABASE_URL to run two processes on PostgreSQL")

#: The application's owner in the stand-in (allowed to reload knowledge).
OWNER_ID = 1
LISTENING = "Listening for knowledge reloads of other processes"
CONNECTED = "Connected as StudyBot"
RELOADED_AFTER_NOTICE = "Knowledge reloaded after a reload in process"
ARTICLE = "india-japan-partnership.yaml"
EDIT = "(reloaded by shard 0)"


@pytest.fixture
async def shared_database() -> AsyncIterator[str]:
    """Create a fresh PostgreSQL database for the two processes; drop it afterwards."""
    name = f"studybot_shards_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(**connect_arguments(POSTGRES_URL))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


@pytest.fixture
async def two_shards(tmp_path: Path, shared_database: str) -> AsyncIterator[tuple[RunningBot, RunningBot, Path]]:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    env = {"DATABASE_URL": shared_database, "KNOWLEDGE_DIR": str(knowledge), "SHARD_COUNT": "2"}
    fakes: list[FakeDiscord] = []
    bots: list[RunningBot] = []
    try:
        for shard in (0, 1):
            fake = FakeDiscord()
            fakes.append(fake)
            await fake.start()
            data, log_path = tmp_path / f"data{shard}", tmp_path / f"bot{shard}.log"
            # One after the other: the first process migrates the new database before the second opens it.
            process = await start_bot(fake, data, log_path, SHARD_IDS=str(shard), **env)
            bots.append(RunningBot(fake, process, data, log_path))
        first, second = bots
        yield first, second, knowledge
    finally:
        for bot in bots:
            await stop_bot(bot.process)
        for fake in fakes:
            await fake.stop()
    for bot in bots:
        assert bot.stalls() == []
        assert bot.fake.violations == []


def embed_text(message: dict[str, Any]) -> str:
    parts = []
    for embed in message.get("embeds", []):
        parts += [embed.get("title", ""), embed.get("description", "")]
        parts += [f"{field['name']} {field['value']}" for field in embed.get("fields", [])]
    return "\n".join(parts)


def option(name: str, value: object) -> dict[str, Any]:
    return {"name": name, "type": 3, "value": value}


async def ask(bot: RunningBot, question: str, user_id: int) -> str:
    interaction = await bot.fake.slash("ask", [option("question", question)], user_id=user_id)
    await bot.fake.wait_response(interaction)
    return embed_text(interaction.responses[0]["data"])


async def test_kb_reload_in_one_process_reaches_the_other_through_postgresql(
    two_shards: tuple[RunningBot, RunningBot, Path],
) -> None:
    first, second, knowledge = two_shards
    for shard, bot in enumerate((first, second)):
        # Both fully started (READY handled) and listening, so the notice below cannot be missed.
        await bot.fake.wait_until(lambda bot=bot: LISTENING in bot.log() and CONNECTED in bot.log())  # type: ignore[misc]
        assert f"Shard ID {shard} has connected" in bot.log()
    assert EDIT not in await ask(second, "cepa year?", user_id=41)
    article = knowledge / ARTICLE
    good = article.read_text(encoding="utf-8")
    assert "came into effect in 2011." in good

    # A reload that does not validate keeps the old knowledge and announces nothing.
    article.write_text(good.replace("  publisher: Vision IAS\n", "  publisher: [Vision IAS\n", 1), encoding="utf-8")
    refused = await first.fake.slash("kb reload", admin=True, user_id=OWNER_ID)
    await first.fake.wait_response(refused, count=2)
    assert "Reload refused" in refused.responses[-1]["data"]["embeds"][0]["title"]

    # The fix, reloaded in the first process only: the second hears the notice and reloads the shared folder.
    article.write_text(good.replace("came into effect in 2011.", f"came into effect in 2011 {EDIT}."), encoding="utf-8")
    reload = await first.fake.slash("kb reload", admin=True, user_id=OWNER_ID)
    await first.fake.wait_response(reload, count=2)
    assert reload.responses[-1]["data"]["embeds"][0]["title"] == "Knowledge base"
    await second.fake.wait_until(lambda: RELOADED_AFTER_NOTICE in second.log())
    assert EDIT in await ask(second, "cepa year?", user_id=42)
    assert EDIT in await ask(first, "cepa year?", user_id=43)
    # One reload each: the refused one was never announced, and the first process ignored its own notice.
    assert second.log().count(RELOADED_AFTER_NOTICE) == 1
    assert "not loaded here" not in second.log()
    assert RELOADED_AFTER_NOTICE not in first.log()
