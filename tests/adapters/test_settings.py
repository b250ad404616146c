"""Settings come from the environment or .env, with safe defaults and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.paths import DEFAULT_DATA_DIR, DEFAULT_KNOWLEDGE_DIR
from bot.settings import Settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISCORD_TOKEN", "DEV_GUILD_ID", "DATABASE_URL", "DATA_DIR", "KNOWLEDGE_DIR", "LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("DEFAULT_TIMEZONE", raising=False)


def test_defaults_need_no_configuration() -> None:
    settings = Settings(_env_file=None)
    assert settings.discord_token is None
    assert settings.knowledge_dir == DEFAULT_KNOWLEDGE_DIR
    assert settings.data_dir == DEFAULT_DATA_DIR
    assert settings.default_timezone == "Asia/Kolkata"
    assert settings.resolved_database_url == f"sqlite+aiosqlite:///{DEFAULT_DATA_DIR / 'studybot.db'}"


def test_env_file_values_and_blank_values(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("DISCORD_TOKEN=abc.def\nDEV_GUILD_ID=42\nDATA_DIR=\nLOG_LEVEL=debug\n", encoding="utf-8")
    settings = Settings(_env_file=env)
    assert settings.discord_token is not None
    assert settings.discord_token.get_secret_value() == "abc.def"
    assert settings.dev_guild_id == 42
    assert settings.data_dir == DEFAULT_DATA_DIR


def test_token_never_appears_in_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISCORD_TOKEN", "super-secret-token")
    settings = Settings(_env_file=None)
    assert "super-secret-token" not in repr(settings)
    assert "super-secret-token" not in str(settings.model_dump())


@pytest.mark.parametrize(("name", "value"), [("DEFAULT_TIMEZONE", "Nowhere/Land"), ("LOG_LEVEL", "loud")])
def test_bad_values_are_refused(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        Settings(_env_file=None)
