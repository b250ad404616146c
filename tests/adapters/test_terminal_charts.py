"""The terminal writes the /stats and /leaderboard charts into DATA_DIR/charts and prints where they are."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from bot.app import App
from bot.core.services.knowledge import KnowledgeService
from bot.terminal import TerminalSession
from tests.fakes import FakeClock, sqlite_app

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
async def app(tmp_path: Path, shipped: KnowledgeService) -> App:
    return await sqlite_app(tmp_path, shipped, FakeClock(dt.datetime(2025, 10, 6, 6, 0, tzinfo=dt.UTC)))


async def run_session(app: App, lines: list[str]) -> str:
    out = io.StringIO()
    assert await TerminalSession(app, io.StringIO("\n".join(lines) + "\n"), out).run() == 0
    return out.getvalue()


async def test_stats_and_leaderboard_write_their_charts(app: App, tmp_path: Path) -> None:
    output = await run_session(app, ["/daily", "a", "b", "c", "/stats", "/leaderboard week", "/quit"])
    stats, board = tmp_path / "charts" / "stats.png", tmp_path / "charts" / "leaderboard.png"
    assert f"Chart: {stats}" in output
    assert f"Chart: {board}" in output
    assert output.index("Answered 3,") < output.index(f"Chart: {stats}")
    for path in (stats, board):
        assert path.read_bytes().startswith(PNG_SIGNATURE)
        assert path.stat().st_size > 5000


async def test_an_empty_leaderboard_writes_no_chart(app: App, tmp_path: Path) -> None:
    output = await run_session(app, ["/leaderboard", "/quit"])
    assert "Nobody has answered anything yet." in output
    assert "Chart:" not in output
    assert not (tmp_path / "charts").exists()


async def test_a_chart_that_cannot_be_written_is_reported_not_fatal(app: App, tmp_path: Path) -> None:
    (tmp_path / "charts").write_text("a file where the folder should be")
    output = await run_session(app, ["/stats", "who heads JAXA", "/quit"])
    assert "Answered 0," in output
    assert f"Could not write the chart to {tmp_path / 'charts'}" in output
    assert output.rstrip().endswith("Bye!")
