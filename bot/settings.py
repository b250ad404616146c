"""Settings read from the environment or `.env`; built in the entry point, never at import."""

from __future__ import annotations

import zoneinfo
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.paths import DEFAULT_DATA_DIR, DEFAULT_ENV_FILE, DEFAULT_KNOWLEDGE_DIR


class Settings(BaseSettings):
    """Every setting of the bot; see `.env.example` for what each one does."""

    model_config = SettingsConfigDict(
        env_file=DEFAULT_ENV_FILE, env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True
    )

    discord_token: SecretStr | None = None
    dev_guild_id: int | None = None
    database_url: str | None = None
    data_dir: Path = DEFAULT_DATA_DIR
    knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR
    log_level: str = Field(default="INFO", pattern=r"^(?i:debug|info|warning|error|critical)$")
    default_timezone: str = "Asia/Kolkata"
    message_content_intent: bool = False
    shard_count: int | None = Field(default=None, ge=1)
    shard_ids: list[int] | None = None
    daily_check_seconds: float = Field(default=60.0, gt=0, le=3600)
    ask_rate_limit: int = Field(default=5, ge=1)
    ask_rate_window_seconds: float = Field(default=60.0, gt=0)
    repeat_cooldown_seconds: float = Field(default=120.0, ge=0)

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(part) for part in value.replace(" ", "").split(",") if part]
        return value

    @field_validator("default_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (use an IANA name such as Asia/Kolkata)") from exc
        return value

    @property
    def resolved_database_url(self) -> str:
        """Return DATABASE_URL, or a SQLite file in DATA_DIR when none is set."""
        return self.database_url or f"sqlite+aiosqlite:///{self.data_dir / 'studybot.db'}"
