"""A database fault tells the member the database's reason and logs the details for the operator."""

from __future__ import annotations

import logging
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from bot.discordbot.client import StudyBot
from bot.discordbot.tree import GENERIC_ERROR
from bot.storage.database import storage_error
from tests.discord.fakes import FakeInteraction


@pytest.mark.parametrize(
    ("driver_message", "shown"),
    [
        ("database is locked", "locked by another program"),
        ("database or disk is full", "disk holding the database is full"),
    ],
)
async def test_a_storage_fault_names_the_reason_and_is_logged(
    bot: StudyBot, caplog: pytest.LogCaptureFixture, driver_message: str, shown: str
) -> None:
    interaction = FakeInteraction(user_id=5, client=bot)
    error = storage_error(OperationalError("INSERT ...", {}, sqlite3.OperationalError(driver_message)))
    with caplog.at_level(logging.INFO, logger="bot.discordbot.tree"):
        await bot.tree.on_error(interaction, error)  # type: ignore[arg-type]
    text = interaction.last.content or ""
    assert shown in text
    assert text != GENERIC_ERROR
    assert any(r.levelno == logging.ERROR and r.exc_info for r in caplog.records)


async def test_an_unexpected_error_gets_the_generic_apology(bot: StudyBot, caplog: pytest.LogCaptureFixture) -> None:
    interaction = FakeInteraction(user_id=5, client=bot)
    with caplog.at_level(logging.INFO, logger="bot.discordbot.tree"):
        await bot.tree.on_error(interaction, RuntimeError("bug"))  # type: ignore[arg-type]
    assert interaction.last.content == GENERIC_ERROR
    assert any(r.levelno == logging.ERROR for r in caplog.records)
