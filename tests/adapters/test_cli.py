"""The `studybot` command as members and tools run it: exit codes, text and JSON lines."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import bot.settings
from bot.cli import bounded_lines, json_line, main
from bot.core.answering.present import TOO_LONG_TEXT
from bot.core.services.asking import MAX_QUESTION_CHARS, AskingService
from bot.paths import PROJECT_ROOT
from bot.settings import ENV_FILE_VARIABLE, Settings, load_settings
from bot.storage.repository import SqlStudyStore
from tests.conftest import MINI_DIR, MINIMAL_ARTICLE, WriteKnowledge
from tests.dbfixtures import open_database
from tests.fakes import settings_for

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
    [gap] = yaml.safe_load(result.stdout)
    assert sorted(gap["alternatives"]) == ["jaxa head?", "who heads JAXA"]


def test_bad_settings_are_one_line_each_never_a_password_or_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", "mysql://u:s3cretpw@h/db")
    monkeypatch.setenv("ASK_RATE_WINDOW_SECONDS", "inf")
    assert main(["ask", "cepa year?"]) == 2
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "studybot: setting DATABASE_URL: expected postgresql://… or sqlite:///…, got 'mysql://u:***@h/db'",
        "studybot: setting ASK_RATE_WINDOW_SECONDS: Input should be a finite number, got 'inf'",
    ]
    assert "s3cretpw" not in captured.out + captured.err


def test_an_unparsable_database_url_is_a_usage_error_in_a_real_process() -> None:
    result = run_cli("ask", "cepa", env={"DATABASE_URL": "u:s3cretpw@localhost/db", "DAILY_CHECK_SECONDS": "nan"})
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "studybot: setting DATABASE_URL: expected postgresql://… or sqlite:///…, got a value that is not a URL",
        "studybot: setting DAILY_CHECK_SECONDS: Input should be a finite number, got 'nan'",
    ]
    assert "s3cretpw" not in result.stdout + result.stderr


def test_an_unusable_data_dir_is_one_line_naming_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "file"))
    assert main(["chat"], stdin=io.StringIO("/quit\n"), stdout=io.StringIO()) == 2
    assert capsys.readouterr().err == f"studybot: setting DATA_DIR: {tmp_path / 'file'} is a file, not a folder\n"
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "file" / "below"))
    assert main(["gaps"], stdout=io.StringIO()) == 2
    assert capsys.readouterr().err.startswith("studybot: setting DATA_DIR: cannot create ")


def test_a_settings_file_that_is_not_utf8_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "bad.env").write_bytes(b"DISCORD_TOKEN=\xff\xfe\n")
    monkeypatch.setenv(ENV_FILE_VARIABLE, str(tmp_path / "bad.env"))
    assert main(["ask", "cepa"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"studybot: cannot read the settings file {tmp_path / 'bad.env'} (STUDYBOT_ENV_FILE): it is not UTF-8 text"
    ]


def test_a_developer_env_file_never_reaches_the_tests(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text("DISCORD_TOKEN=MTA5ODc2NTQzMjE.GhXyZw.real-looking-token\nDATABASE_URL=postgres://u:p@prod/db\n")
    monkeypatch.chdir(tmp_path)
    # Put the file where the entry point looks for it when nothing says otherwise...
    monkeypatch.setattr(bot.settings, "DEFAULT_ENV_FILE", dotenv)
    assert load_settings({}).discord_token is not None  # (it would be read without the tests' isolation)
    # ...and nothing the tests use reads it: the helpers, the entry point, nor a process a test starts.
    assert settings_for(tmp_path).discord_token is None
    assert settings_for(tmp_path, discord_token="").discord_token is None
    assert Settings().database_url is None
    assert load_settings().discord_token is None
    out = io.StringIO()
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    assert main(["start"], stdin=io.StringIO("/quit\n"), stdout=out) == 0
    assert out.getvalue().startswith("No DISCORD_TOKEN is set, so the bot starts in offline terminal mode.")
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, bot.settings as s; from pathlib import Path; s.DEFAULT_ENV_FILE = Path(sys.argv[1]); "
            "t = s.load_settings(); print(t.discord_token, t.database_url)",
            str(dotenv),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=str(tmp_path),
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert child.stdout.split() == ["None", "None"]


def test_ask_json_cuts_a_huge_line_before_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    answer = AskingService.answer

    def spy(self: AskingService, question: str, *args: object) -> object:
        seen.append(len(question))
        return answer(self, question, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(AskingService, "answer", spy)
    stdin = io.TextIOWrapper(io.BytesIO(b"x" * 1_000_000 + b"\ncepa year?\n"), encoding="utf-8")
    out = io.StringIO()
    assert main(["ask", "--json"], stdin=stdin, stdout=out) == 0
    huge, cepa = (json.loads(line) for line in out.getvalue().splitlines())
    assert (huge["kind"], huge["declined"], huge["message"]) == ("decline", "too_long", TOO_LONG_TEXT)
    assert huge["question"] == "x" * MAX_QUESTION_CHARS
    assert cepa["fact_id"] == "cepa_year"
    assert seen == [len("cepa year?")]
    out = io.StringIO()
    assert main(["ask", "y" * 1_000_000], stdout=out) == 0
    assert out.getvalue() == TOO_LONG_TEXT + "\n"
    assert seen == [len("cepa year?")]


class CountingBytes(io.BytesIO):
    """A stdin buffer that remembers the largest read asked of it."""

    largest = 0

    def readline(self, size: int | None = -1, /) -> bytes:
        assert size is not None
        assert size > 0, "an unbounded read"
        self.largest = max(self.largest, size)
        return super().readline(size)


def test_bounded_lines_never_hold_a_long_line() -> None:
    buffer = CountingBytes(b"a" * 1_000_000 + b"\n" + b"b" * 4000 + b"\r\n" + b"\xff ok\n" + b"c" * 4001)
    stdin = io.TextIOWrapper(buffer, encoding="utf-8")
    lines = list(bounded_lines(stdin))
    assert lines == [("a" * 4000, True), ("b" * 4000, False), ("\ufffd ok", False), ("c" * 4000, True)]
    assert buffer.largest <= 65536  # the line's first 4 bytes a character, then its rest in pieces
    text_lines = list(bounded_lines(io.StringIO("é" * 5000 + "\nshort\nlast")))
    assert text_lines == [("é" * 4000, True), ("short", False), ("last", False)]


def test_json_lines_escape_what_a_terminal_would_obey() -> None:
    record = {"question": "q\x1b[2J\u202eevil\x85\x9b31m\x7f", "n": 1}
    line = json_line(record)
    assert not any(ch in line for ch in "\x1b\u202e\x85\x9b\x7f")
    assert "\\u202e" in line
    assert json.loads(line) == record


def test_ask_prints_knowledge_text_without_what_a_terminal_would_obey(
    monkeypatch: pytest.MonkeyPatch, write_knowledge: WriteKnowledge
) -> None:
    hostile = MINIMAL_ARTICLE.replace(
        "answer: The demo fact is that demos work.",
        'answer: "The demo fact is that demos work.\\e[2J\\e]0;pwned\\a \\u202eevil\\x9b31m \\x85end"',
    )
    monkeypatch.setenv("KNOWLEDGE_DIR", str(write_knowledge({"demo.yaml": hostile})))
    out = io.StringIO()
    assert main(["ask", "What is the demo fact?"], stdout=out) == 0
    text = out.getvalue()
    assert text.startswith("The demo fact is that demos work. evil end")
    assert not any(ch in text for ch in "\x1b\x07\u202e\x9b\x85")
    assert "pwned" not in text  # the window title it would have set


HOSTILE_QUESTIONS = [
    'who heads JAXA: the "space" agency # really?',
    "who heads JAXA\nsecond: line",
    "who heads JAXA \x1b[31mred\x1b[0m \u202eevil",
    "who heads JAXA 'quoted' - yes",
    "who heads JAXA? {flow: [x]} & *alias !tag %pct @at `tick`",
]


def test_gaps_output_is_yaml_that_survives_hostile_questions(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, shipped: object
) -> None:
    async def log_questions() -> None:
        database = await open_database("sqlite", tmp_path)
        store = SqlStudyStore(database)
        for question in HOSTILE_QUESTIONS:
            await store.log_unanswered(0, 1, question, "declined", None, 0.0, dt.datetime.now(dt.UTC))
        await database.close()

    asyncio.run(log_questions())
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'test.db'}")  # the plain spelling, made async
    out = io.StringIO()
    assert main(["gaps"], stdout=out) == 0
    text = out.getvalue()
    assert not any(ch in text for ch in "\x1b\u202e")
    snippets = yaml.safe_load(text)
    alternatives = [alternative for snippet in snippets for alternative in snippet["alternatives"]]
    assert len(alternatives) == len(HOSTILE_QUESTIONS)
    assert all(isinstance(alternative, str) and "\n" not in alternative for alternative in alternatives)
    assert 'who heads JAXA: the "space" agency # really?' in alternatives
    assert "who heads JAXA second: line" in alternatives
    assert "who heads JAXA? {flow: [x]} & *alias !tag %pct @at `tick`" in alternatives


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    # "studybot ask --json < questions | head -1": the pipe closes after the first line.
    read_end, write_end = os.pipe()
    os.close(read_end)
    with os.fdopen(write_end, "w") as closed:
        result = subprocess.run(
            [sys.executable, "-m", "bot", "ask", "--json"],
            input="cepa year?\n" * 2000,
            stdout=closed,
            stderr=subprocess.PIPE,
            text=True,
            cwd="/",
            timeout=120,
        )
    assert "Traceback" not in result.stderr
    assert result.returncode == 141


def test_ask_json_answers_the_question_given_on_the_command_line_not_stdin() -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"which state is paired with ehime\n"), encoding="utf-8")
    out = io.StringIO()
    assert main(["ask", "--json", "cepa", "year?"], stdin=stdin, stdout=out) == 0
    (record,) = (json.loads(line) for line in out.getvalue().splitlines())
    assert (record["question"], record["fact_id"]) == ("cepa year?", "cepa_year")


def test_ask_keeps_the_knowledge_it_loaded_out_of_the_garbage_collector_s_passes() -> None:
    # `studybot ask` answers and exits: what its load made is frozen rather than walked by the first pass after it.
    code = (
        "import gc, sys\n"
        "from bot.cli import main\n"
        "assert gc.get_freeze_count() == 0\n"
        "code = main(['ask', 'cepa year?'])\n"
        "print(code, gc.isenabled(), gc.get_freeze_count() > 10000, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ), cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "2011" in result.stdout
    assert result.stderr.strip().splitlines()[-1] == "0 True True"
