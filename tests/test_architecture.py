"""The core stays free of Discord, and settings are never built at import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "bot" / "core"


@pytest.mark.parametrize("module", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_core_module_does_not_import_discord(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    imported: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.append(node.module)
    assert not [name for name in imported if name == "discord" or name.startswith("discord.")]


def test_importing_the_core_loads_no_discord_module() -> None:
    code = (
        "import sys, pkgutil, importlib, bot.core\n"
        "for m in pkgutil.iter_modules(bot.core.__path__): importlib.import_module('bot.core.' + m.name)\n"
        "print(sorted(n for n in sys.modules if n == 'discord' or n.startswith('discord.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_importing_the_cli_builds_no_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    # A broken setting must not break imports: settings are built in the entry point only.
    code = "import bot.cli, bot.settings, bot.terminal; print('ok')"
    env = {"DEFAULT_TIMEZONE": "Not/AZone", "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
