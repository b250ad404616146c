"""A command imports only what it needs: `studybot ask` starts without Discord, the database or the terminal."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import tempfile
import textwrap

from bot.paths import PROJECT_ROOT

#: Word lists and the lemmatiser, read when a word needs them (a typo, a word the base does not have), not at
#: start; the bot reads them as it starts, off the event loop (``bootstrap``).
WORD_DATA = ("wordfreq", "langcodes", "simplemma")
#: Packages (and modules of ours) that `studybot ask` must answer without: each costs a noticeable part of a second.
NOT_FOR_ASK = (
    "discord",
    "aiohttp",
    "sqlalchemy",
    "alembic",
    "aiosqlite",
    "asyncpg",
    "prompt_toolkit",
    "watchfiles",
    "indic_transliteration",
    "matplotlib",
    "genanki",
    "bot.storage",
    "bot.terminal",
    "bot.discordbot",
    "bot.core.knowledge.draft",
    *WORD_DATA,
    # The services that need a database, and the study packages behind them.
    "bot.core.study",
    "bot.core.services.curation",
    "bot.core.services.daily",
    "bot.core.services.quizzes",
    "bot.core.services.reviews",
    "bot.stores",
)
#: What the Discord bot needs none of (the terminal, the drafter).
NOT_FOR_THE_BOT = ("prompt_toolkit", "bot.terminal", "bot.core.knowledge.draft", "indic_transliteration", "genanki")


@functools.cache
def _warm_data_dir() -> str:
    """Return a data folder whose index cache holds the shipped base, as after any earlier start.

    A first start compiles the knowledge, which needs the word data; what a warm start imports is the claim.
    """
    folder = tempfile.mkdtemp(prefix="studybot-warm-")
    subprocess.run(
        [sys.executable, "-m", "bot", "ask", "cepa year?"],
        capture_output=True,
        env={**os.environ, "DATA_DIR": folder},
        cwd=str(PROJECT_ROOT),
        timeout=300,
        check=True,
    )
    return folder


def loaded_after(code: str, env: dict[str, str] | None = None) -> tuple[list[str], str]:
    """Run ``code`` in a fresh interpreter and return the modules it left in sys.modules, and what it printed."""
    env = {"DATA_DIR": _warm_data_dir(), **(env or {})}
    script = textwrap.dedent(code) + textwrap.dedent(
        """
        import json as _json, sys as _sys
        _sys.__stdout__.write("\\n" + _json.dumps(sorted(_sys.modules)) + "\\n")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        cwd=str(PROJECT_ROOT),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    output, _, modules = result.stdout.rstrip("\n").rpartition("\n")
    return json.loads(modules), output


def under(modules: list[str], packages: tuple[str, ...]) -> list[str]:
    """Return the modules that are one of ``packages`` or inside one."""
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in packages)]


def test_ask_answers_without_importing_discord_the_database_or_the_terminal() -> None:
    modules, output = loaded_after(
        """
        import io
        from bot.cli import main
        out = io.StringIO()
        code = main(["ask", "cepa year?"], stdout=out)
        print(code, out.getvalue())
        """
    )
    assert output.startswith("0 "), output
    assert "2011" in output  # it really answered
    assert under(modules, NOT_FOR_ASK) == []


def test_ask_reads_pycountrys_files_without_building_its_databases() -> None:
    _modules, output = loaded_after(
        """
        import io
        import pycountry
        from bot.cli import main
        main(["ask", "which prefecture is paired with andhra pradesh"], stdout=io.StringIO())
        print(pycountry.countries._is_loaded, pycountry.subdivisions._is_loaded)
        """
    )
    assert output.strip() == "False False"


def test_ask_still_reads_the_word_data_a_question_needs() -> None:
    modules, output = loaded_after(
        """
        import io
        from bot.cli import main
        out = io.StringIO()
        main(["ask", "when did cepa come into efect"], stdout=out)
        print(out.getvalue())
        """
    )
    assert "2011" in output
    assert "wordfreq" in modules  # "efect" is a typo of "effect": telling it so needs wordfreq's lists


def test_the_bot_reads_the_word_data_as_it_starts() -> None:
    modules, output = loaded_after(
        """
        import asyncio, tempfile
        from pathlib import Path
        from bot.app import bootstrap
        from bot.core.language.senses import lemma
        from tests.fakes import FakeStore, settings_for
        import wordfreq

        app = asyncio.run(bootstrap(settings_for(Path(tempfile.mkdtemp())), store=FakeStore()))
        print(wordfreq.get_frequency_dict.cache_info().currsize, lemma.cache_info().currsize)
        """
    )
    lists, lemmas = (int(n) for n in output.split())
    assert lists >= 2  # wordfreq's small and large lists
    assert lemmas >= 1
    assert "simplemma" in modules


def test_ask_json_and_a_devanagari_question_still_work_with_lazy_imports() -> None:
    modules, output = loaded_after(
        """
        import io
        from bot.cli import main
        out = io.StringIO()
        main(["ask", "--json"], stdin=io.StringIO("टोयामा के साथ कौन सा राज्य जुड़ा है\\n"), stdout=out)
        print(out.getvalue())
        """
    )
    record = json.loads(output.strip().splitlines()[-1])
    assert "Andhra Pradesh" in record["answer"]  # "टोयामा" is transliterated to "toyama", then matched
    # The transliterator is imported on demand, at the first Devanagari word; nothing else comes with it.
    assert "indic_transliteration" in modules
    # This question's unknown words are weighed by how common they are: wordfreq comes when needed, too.
    assert under(modules, tuple(p for p in NOT_FOR_ASK if p != "indic_transliteration" and p not in WORD_DATA)) == []


def test_a_database_url_setting_is_still_checked_for_ask() -> None:
    # SQLAlchemy is imported only to read a DATABASE_URL that is set, and a bad one still stops the command.
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "cepa year?"],
        capture_output=True,
        text=True,
        env={**os.environ, "DATABASE_URL": "mysql://u:secret@h/db"},
        cwd=str(PROJECT_ROOT),
        timeout=120,
    )
    assert result.returncode == 2
    assert "setting DATABASE_URL" in result.stderr
    assert "secret" not in result.stderr


def test_the_cli_interrupted_code_is_the_terminals() -> None:
    import bot.cli
    import bot.terminal

    assert bot.cli.EXIT_INTERRUPTED == bot.terminal.EXIT_INTERRUPTED


def test_the_bot_imports_neither_the_terminal_nor_the_drafter() -> None:
    modules, _output = loaded_after(
        """
        import importlib
        import bot.cli
        from bot.discordbot import client
        for extension in client.EXTENSIONS:
            importlib.import_module(extension)
        import bot.storage.repository
        """
    )
    assert "discord" in modules
    assert under(modules, NOT_FOR_THE_BOT) == []
