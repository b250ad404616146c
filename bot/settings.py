"""Settings read from the environment or `.env`; built in the entry point, never at import."""

from __future__ import annotations

import os
import zoneinfo
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.paths import DEFAULT_DATA_DIR, DEFAULT_ENV_FILE, DEFAULT_KNOWLEDGE_DIR

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

#: Names another settings file, or none at all when empty (tests set it empty so a developer's `.env` is never read).
ENV_FILE_VARIABLE = "STUDYBOT_ENV_FILE"
#: The async driver the bot uses for each database back end, by the spellings people paste.
ASYNC_DRIVERS = {"postgresql": "asyncpg", "postgres": "asyncpg", "sqlite": "aiosqlite"}
EXPECTED_DATABASE_URL = "expected postgresql://… or sqlite:///…"
#: Settings whose value is never repeated in an error message.
SECRET_SETTINGS = frozenset({"discord_token", "database_url"})
_MAX_SHOWN_VALUE = 80


class SettingError(ValueError):
    """One setting cannot be used; ``setting`` is its environment name, the message says what is wrong."""

    def __init__(self, setting: str, problem: str) -> None:
        super().__init__(f"{setting}: {problem}")
        self.setting = setting
        self.problem = problem


def shown_url(url: URL) -> str:
    """Return a database URL fit for an error message: password hidden, query (which may hold one) elided."""
    shown = url.set(query={}).render_as_string(hide_password=True)
    return f"{shown}?…" if url.query else shown


def async_database_url(value: str) -> str:
    """Return ``value`` as the async SQLAlchemy URL the bot uses; raise ValueError (never echoing a password)."""
    # Imported only when a URL is set: SQLAlchemy takes a tenth of a second to import, and `studybot ask` needs none.
    from sqlalchemy.engine import make_url

    try:
        url = make_url(value.strip())
    except Exception as exc:  # ArgumentError, or ValueError for a bad port: the text may hold a password
        raise ValueError(f"{EXPECTED_DATABASE_URL}, got a value that is not a URL") from exc
    backend, _, driver = url.drivername.lower().partition("+")
    wanted = ASYNC_DRIVERS.get(backend)
    if wanted is None or driver not in {"", wanted}:
        raise ValueError(f"{EXPECTED_DATABASE_URL}, got {shown_url(url)!r}")
    if backend == "sqlite" and url.database in {None, "", ":memory:"}:
        raise ValueError(f"expected sqlite:///path/to/file.db (a file, not memory), got {shown_url(url)!r}")
    backend = "postgresql" if backend == "postgres" else backend
    url = url.set(drivername=f"{backend}+{wanted}")
    if backend == "postgresql" and "sslmode" in url.query and "ssl" not in url.query:
        # Hosts hand out libpq URLs; asyncpg takes the same values under the name "ssl".
        url = url.update_query_dict({"ssl": url.query["sslmode"]}).difference_update_query(["sslmode"])
    return url.render_as_string(hide_password=False)


class Settings(BaseSettings):
    """Every setting of the bot; see `.env.example` for what each one does.

    A blank value (``DISCORD_TOKEN=`` in `.env`, or an empty environment variable) means "not set": the default
    applies, and an empty environment variable overrides whatever `.env` says.
    """

    model_config = SettingsConfigDict(
        env_file=DEFAULT_ENV_FILE,
        env_file_encoding="utf-8",
        extra="ignore",
        env_ignore_empty=False,
        allow_inf_nan=False,
        # str(error) never repeats a value (a token, a password in DATABASE_URL); setting_problems() shows safe ones.
        hide_input_in_errors=True,
    )

    discord_token: SecretStr | None = None
    dev_guild_id: int | None = None
    database_url: str | None = Field(default=None, repr=False)
    data_dir: Path = DEFAULT_DATA_DIR
    knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR
    log_level: str = Field(default="INFO", pattern=r"^(?i:debug|info|warning|error|critical)$")
    default_timezone: str = "Asia/Kolkata"
    message_content_intent: bool = False
    shard_count: int | None = Field(default=None, ge=1)
    shard_ids: Annotated[list[int] | None, NoDecode] = None
    #: Discord user ids allowed to reload knowledge for every server, besides the application's owner and team.
    operator_ids: Annotated[tuple[int, ...], NoDecode] = ()
    daily_check_seconds: float = Field(default=60.0, gt=0, le=3600)
    ask_rate_limit: int = Field(default=5, ge=1)
    ask_rate_window_seconds: float = Field(default=60.0, gt=0)
    repeat_cooldown_seconds: float = Field(default=120.0, ge=0)
    #: Reload the knowledge whenever a file in KNOWLEDGE_DIR changes and the folder still validates.
    watch_knowledge: bool = False
    #: Keep the validated, indexed form of knowledge files in DATA_DIR/index-cache, so unchanged files load at once.
    index_cache: bool = True

    @model_validator(mode="before")
    @classmethod
    def _blank_means_unset(cls, data: Any) -> Any:
        if isinstance(data, Mapping):
            return {key: value for key, value in data.items() if not (isinstance(value, str) and not value.strip())}
        return data

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            parts = value.strip().strip("[]").replace(" ", "").split(",")
            try:
                return [int(part) for part in parts if part]
            except ValueError:
                raise ValueError(f"expected shard numbers separated by commas, such as 0,1, got {value!r}") from None
        return value

    @field_validator("operator_ids", mode="before")
    @classmethod
    def _user_ids(cls, value: object) -> object:
        if isinstance(value, str):
            try:
                return tuple(int(part) for part in value.replace(",", " ").split())
            except ValueError:
                raise ValueError(f"expected Discord user ids separated by commas, got {value!r}") from None
        return value

    @field_validator("database_url")
    @classmethod
    def _async_database_url(cls, value: str | None) -> str | None:
        return None if value is None else async_database_url(value)

    @field_validator("data_dir", "knowledge_dir")
    @classmethod
    def _home_expanded(cls, value: Path) -> Path:
        return value.expanduser()

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

    def prepare_data_dir(self) -> Path:
        """Create DATA_DIR if missing and check the bot can write there; raise SettingError saying why not."""
        path = self.data_dir
        if path.exists() and not path.is_dir():
            raise SettingError("DATA_DIR", f"{path} is a file, not a folder")
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SettingError("DATA_DIR", f"cannot create {path}: {exc.strerror or exc}") from exc
        if not os.access(path, os.W_OK | os.X_OK):
            raise SettingError("DATA_DIR", f"{path} is not writable")
        return path


def env_file_from(environ: Mapping[str, str]) -> Path | None:
    """Return the settings file to read: STUDYBOT_ENV_FILE if set (blank = none), else the project's `.env`."""
    named = environ.get(ENV_FILE_VARIABLE)
    if named is None:
        return DEFAULT_ENV_FILE
    return Path(named).expanduser() if named.strip() else None


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Build the settings as the entry point does: the environment first, then the settings file."""
    return Settings(_env_file=env_file_from(os.environ if environ is None else environ))


def setting_problems(error: ValidationError) -> list[tuple[str, str]]:
    """Return (environment name, problem) for each invalid setting; secret values are never repeated."""
    problems = []
    for item in error.errors(include_url=False):
        field = str(item["loc"][0]) if item["loc"] else "settings"
        message = str(item["msg"]).removeprefix("Value error, ")
        value = item.get("input")
        if item["type"] != "value_error" and field not in SECRET_SETTINGS and isinstance(value, str | int | float):
            shown = str(value)
            if len(shown) > _MAX_SHOWN_VALUE:
                shown = shown[:_MAX_SHOWN_VALUE] + "…"
            message = f"{message}, got {shown!r}"
        problems.append((field.upper(), message))
    return problems
