"""The `studybot` command as members and tools run it: exit codes, text and JSON lines."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.paths import PROJECT_ROOT
from tests.conftest import MINI_DIR, MINIMAL_ARTICLE, WriteKnowledge

ROOT = PROJECT_ROOT


def run_cli(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        cwd="/",
        timeout=60,
    )


def test_ask_prints_answer_and_source() -> None:
    result = run_cli("ask", "cepa year?")
    assert result.returncode == 0, result.stderr
    assert "2011" in result.stdout
    assert "Source: India-Japan Partnership (Vision IAS)" in result.stdout


def test_ask_json_reads_lines_and_writes_one_object_each() -> None:
    questions = "cepa year?\nwho heads JAXA\n\nhello\n"
    result = run_cli("ask", "--json", stdin=questions)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in records] == ["cepa year?", "who heads JAXA", "hello"]
    first, second, third = records
    assert set(first) >= {"question", "answered", "answer", "fact_id", "score", "source", "suggestions"}
    assert first["answered"] is True
    assert "2011" in first["answer"]
    assert first["answer"].endswith("posted 4 Oct 2025, updated 8 Oct 2025")
    assert first["source"]["publisher"] == "Vision IAS"
    assert first["source"]["section"] == "Pillars of India-Japan Relations"
    assert 0 < first["score"] <= 1
    for declined in (second, third):
        assert declined["answered"] is False
        assert declined["answer"] == ""
        assert declined["fact_id"] is None


def test_ask_json_names_the_kind_of_outcome_and_the_facts_it_draws_on() -> None:
    questions = "what is the cost of the mahsr\nwhy is india restricting nuclear tech transfers to japan\n"
    result = run_cli("ask", "--json", stdin=questions)
    partial, correction = (json.loads(line) for line in result.stdout.splitlines())
    assert (partial["kind"], partial["answered"], partial["answer"]) == ("partial", False, "")
    assert [r["fact_id"] for r in partial["related"]] == ["mahsr"]
    assert partial["message"].startswith("The study material doesn't give a cost")
    assert (correction["kind"], correction["answered"]) == ("correction", False)
    assert correction["related"][0]["fact_id"] == "npt_concern"
    assert correction["related"][0]["source"]["article"] == "India-Japan Partnership"


def test_ask_json_conversation_keeps_a_member_s_turns_until_a_blank_line() -> None:
    stdin = "when did cepa come into effect\nwhat does it cover\n\nwhat does it cover\n"
    result = run_cli("ask", "--json", "--conversation", stdin=stdin)
    assert result.returncode == 0, result.stderr
    first, follow_up, fresh = (json.loads(line) for line in result.stdout.splitlines())
    assert first["fact_id"] == "cepa_year"
    assert follow_up["fact_id"] == "cepa_scope"
    assert fresh["kind"] == "clarify"  # a new conversation: "it" refers to nothing


def test_ask_json_survives_bytes_that_are_not_utf8() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input=b"\xff\xfe cepa year\n\x80\n",
        capture_output=True,
        cwd="/",
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert records[0]["fact_id"] == "cepa_year"
    assert "\ufffd" in records[0]["question"]


def test_ask_explain_names_the_check_that_decided() -> None:
    result = run_cli("ask", "--explain", "what is the cost of the mahsr")
    assert "decided: partial" in result.stdout
    assert "[attribute]" in result.stdout


def test_validate_clean_folder_prints_summary_and_exits_zero() -> None:
    result = run_cli("validate", str(MINI_DIR))
    assert result.returncode == 0
    assert result.stdout.strip() == "OK: 1 files, 4 facts, 1 quiz items, 2 sections, 2 glossary entries"


def test_validate_broken_folder_prints_positions_and_exits_one(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE.replace("answer: Always", "answer: Often")})
    result = run_cli("validate", str(folder))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].endswith("demo.yaml:19:5: quiz[0]: answer 'Often' is not one of the choices")
    assert lines[-1].startswith("1 problem(s) found")


def test_broken_knowledge_stops_ask_with_a_clear_message(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"demo.yaml": "source: [\n"})
    result = run_cli("ask", "anything", env={"KNOWLEDGE_DIR": str(folder)})
    assert result.returncode == 1
    assert "demo.yaml:2:1: YAML syntax error" in result.stderr


def test_schema_to_stdout_is_json() -> None:
    out = io.StringIO()
    assert main(["schema", "--output", "-"], stdout=out) == 0
    schema = json.loads(out.getvalue())
    assert schema["title"] == "Study bot knowledge file"
    assert "Fact" in schema["$defs"]


def test_bad_setting_is_a_usage_error() -> None:
    result = run_cli("ask", "cepa", env={"DEFAULT_TIMEZONE": "Mars/Olympus"})
    assert result.returncode == 2
    assert "unknown time zone" in result.stderr


def test_start_without_token_runs_terminal_mode_and_says_why(tmp_path: Path) -> None:
    result = run_cli("start", stdin="cepa year?\n/quit\n", env={"DISCORD_TOKEN": "", "DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("No DISCORD_TOKEN is set, so the bot starts in offline terminal mode.")
    assert "2011" in result.stdout


@pytest.mark.parametrize("argv", [[], ["unknown-command"]])
def test_usage_errors_exit_two(argv: list[str]) -> None:
    assert run_cli(*argv).returncode == 2


def test_gaps_prints_yaml_snippets_from_the_log(tmp_path: Path) -> None:
    env = {"DATA_DIR": str(tmp_path)}
    chat = run_cli("chat", stdin="who heads JAXA\njaxa head?\n/quit\n", env=env)
    assert chat.returncode == 0, chat.stderr
    assert (tmp_path / "studybot.db").exists()
    result = run_cli("gaps", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# asked 2 time(s)")
    assert '    - "who heads JAXA"' in result.stdout
