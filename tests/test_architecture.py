"""The layout's promises that import contracts (`lint-imports` in `make test`) cannot see."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_importing_every_core_module_loads_neither_discord_nor_the_database() -> None:
    code = (
        "import sys, pkgutil, importlib, bot.core\n"
        "for m in pkgutil.walk_packages(bot.core.__path__, 'bot.core.'): importlib.import_module(m.name)\n"
        "print(sorted({n.split('.')[0] for n in sys.modules} & {'discord', 'sqlalchemy', 'alembic', 'aiosqlite'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_importing_the_adapters_builds_no_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    # A broken setting must not break imports: settings are built in the entry point only.
    code = "import bot.cli, bot.settings, bot.terminal, bot.app, bot.discordbot.client; print('ok')"
    env = {"DEFAULT_TIMEZONE": "Not/AZone", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
