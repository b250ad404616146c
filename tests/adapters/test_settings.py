"""Settings come from the environment or .env, with safe defaults and clear errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy.engine import make_url

from bot.paths import DEFAULT_DATA_DIR, DEFAULT_ENV_FILE, DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT
from bot.settings import (
    ENV_FILE_VARIABLE,
    SettingError,
    Settings,
    async_database_url,
    env_file_from,
    load_settings,
    setting_problems,
)


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


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgres://u:pw@db.example:5432/study", "postgresql+asyncpg://u:pw@db.example:5432/study"),
        ("postgresql://u:pw@db.example/study", "postgresql+asyncpg://u:pw@db.example/study"),
        ("postgresql+asyncpg://u:pw@db.example/study", "postgresql+asyncpg://u:pw@db.example/study"),
        ("POSTGRESQL://u@db.example/study", "postgresql+asyncpg://u@db.example/study"),
        ("postgres://u:pw@h/db?sslmode=require", "postgresql+asyncpg://u:pw@h/db?ssl=require"),
        ("sqlite:///var/lib/studybot/study.db", "sqlite+aiosqlite:///var/lib/studybot/study.db"),
        ("sqlite:////abs/study.db", "sqlite+aiosqlite:////abs/study.db"),
        ("sqlite+aiosqlite:///data/x.db", "sqlite+aiosqlite:///data/x.db"),
        ("  sqlite:///padded.db  ", "sqlite+aiosqlite:///padded.db"),
    ],
)
def test_database_url_spellings_become_the_async_driver(monkeypatch: pytest.MonkeyPatch, given: str, used: str) -> None:
    monkeypatch.setenv("DATABASE_URL", given)
    settings = Settings(_env_file=None)
    assert settings.database_url == used
    assert settings.resolved_database_url == used


def test_database_password_survives_and_stays_out_of_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://u:p%40ss%2Fs3cretpw@h/db")
    settings = Settings(_env_file=None)
    assert make_url(settings.resolved_database_url).password == "p@ss/s3cretpw"
    assert "s3cretpw" not in repr(settings)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("mysql://u:s3cretpw@h/db", "'mysql://u:***@h/db'"),
        ("postgresql+psycopg2://u:s3cretpw@h/db", "'postgresql+psycopg2://u:***@h/db'"),
        ("mysql://h/db?password=s3cretpw", "'mysql://h/db?…'"),
        ("u:s3cretpw@localhost/db", "a value that is not a URL"),
        ("postgresql://u:s3cretpw@h:notaport/db", "a value that is not a URL"),
        ("sqlite://", "(a file, not memory)"),
    ],
)
def test_unusable_database_urls_name_the_setting_and_never_the_password(
    monkeypatch: pytest.MonkeyPatch, value: str, shown: str
) -> None:
    monkeypatch.setenv("DATABASE_URL", value)
    with pytest.raises(ValidationError) as caught:
        Settings(_env_file=None)
    [(name, problem)] = setting_problems(caught.value)
    assert name == "DATABASE_URL"
    assert problem.startswith("expected ")
    assert shown in problem
    assert "s3cretpw" not in problem
    assert "s3cretpw" not in str(caught.value)


def test_async_database_url_alone() -> None:
    assert async_database_url("postgres://h/db") == "postgresql+asyncpg://h/db"
    with pytest.raises(ValueError, match="expected postgresql://… or sqlite:///…, got 'mysql://u:\\*\\*\\*@h/db'"):
        async_database_url("mysql://u:s3cretpw@h/db")


@pytest.mark.parametrize("name", ["DAILY_CHECK_SECONDS", "ASK_RATE_WINDOW_SECONDS", "REPEAT_COOLDOWN_SECONDS"])
@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "Infinity"])
def test_float_settings_must_be_finite(monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError) as caught:
        Settings(_env_file=None)
    [(named, problem)] = setting_problems(caught.value)
    assert named == name
    assert problem == f"Input should be a finite number, got {value!r}"


def test_every_bad_setting_is_one_problem_and_secrets_are_not_repeated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASK_RATE_LIMIT", "lots")
    monkeypatch.setenv("SHARD_IDS", "0,x")
    monkeypatch.setenv("DATABASE_URL", "mysql://u:s3cretpw@h/db")
    with pytest.raises(ValidationError) as caught:
        Settings(_env_file=None)
    problems = dict(setting_problems(caught.value))
    assert set(problems) == {"ASK_RATE_LIMIT", "SHARD_IDS", "DATABASE_URL"}
    assert problems["ASK_RATE_LIMIT"].endswith(", got 'lots'")
    assert problems["SHARD_IDS"] == "expected shard numbers separated by commas, such as 0,1, got '0,x'"


def test_shard_ids_take_commas_or_a_json_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SHARD_IDS", "0, 2")
    assert Settings(_env_file=None).shard_ids == [0, 2]
    monkeypatch.setenv("SHARD_IDS", "[1,3]")
    assert Settings(_env_file=None).shard_ids == [1, 3]


def test_an_empty_value_means_unset_even_over_the_env_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text(
        "DISCORD_TOKEN=from-the-file\nDATABASE_URL=postgres://u:pw@h/db\nLOG_LEVEL=debug\n", encoding="utf-8"
    )
    monkeypatch.setenv("DISCORD_TOKEN", "")
    monkeypatch.setenv("DATABASE_URL", "   ")
    settings = Settings(_env_file=env)
    assert settings.discord_token is None
    assert settings.database_url is None
    assert settings.log_level == "debug"  # what is not overridden still comes from the file


def test_an_empty_keyword_means_unset() -> None:
    settings = Settings(_env_file=None, discord_token="", database_url="", data_dir="")
    assert settings.discord_token is None
    assert settings.database_url is None
    assert settings.data_dir == DEFAULT_DATA_DIR


def test_the_settings_file_is_chosen_by_studybot_env_file(tmp_path: Path) -> None:
    assert env_file_from({}) == DEFAULT_ENV_FILE
    assert env_file_from({ENV_FILE_VARIABLE: ""}) is None
    assert env_file_from({ENV_FILE_VARIABLE: str(tmp_path / "prod.env")}) == tmp_path / "prod.env"
    (tmp_path / "prod.env").write_text("DEV_GUILD_ID=7\n", encoding="utf-8")
    assert load_settings({ENV_FILE_VARIABLE: str(tmp_path / "prod.env")}).dev_guild_id == 7


def test_paths_expand_the_home_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("DATA_DIR", "~/studybot")
    assert Settings(_env_file=None).data_dir == tmp_path / "studybot"


def test_data_dir_is_created_when_missing(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path / "a" / "b")
    assert settings.prepare_data_dir() == tmp_path / "a" / "b"
    assert (tmp_path / "a" / "b").is_dir()


def test_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(SettingError) as caught:
        Settings(_env_file=None, data_dir=tmp_path / "file").prepare_data_dir()
    assert (caught.value.setting, caught.value.problem) == ("DATA_DIR", f"{tmp_path / 'file'} is a file, not a folder")


def test_data_dir_that_cannot_be_created_is_refused(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(SettingError, match=r"^DATA_DIR: cannot create .*/file/sub: Not a directory$"):
        Settings(_env_file=None, data_dir=tmp_path / "file" / "sub").prepare_data_dir()


def test_data_dir_that_is_not_writable_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # Root may write anywhere, so the test makes the check answer as it would for anyone else on a read-only folder.
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    with pytest.raises(SettingError, match=r"is not writable$"):
        Settings(_env_file=None, data_dir=tmp_path).prepare_data_dir()


def test_the_example_env_file_gives_the_defaults() -> None:
    example = Settings(_env_file=PROJECT_ROOT / ".env.example")
    assert example == Settings(_env_file=None)


def test_operator_ids_are_read_as_comma_separated_user_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPERATOR_IDS", "123, 456")
    assert Settings(_env_file=None).operator_ids == (123, 456)
    monkeypatch.setenv("OPERATOR_IDS", "alice")
    with pytest.raises(ValidationError, match="Discord user ids"):
        Settings(_env_file=None)
