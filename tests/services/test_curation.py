"""Curation: teaching phrasings (file edit + reload), wrong-match reports, and gap snippets that paste cleanly."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
import yaml

import bot.core.services.curation as curation_module
from bot.app import App
from bot.core.answering.gaps import LoggedQuestion, cluster_gaps
from bot.core.answering.outcomes import Answer
from bot.core.answering.ports import group_wrong_matches, report_key
from bot.core.knowledge.validation import validate_directory
from bot.core.services.curation import AmbiguousTeachError, CurationService, TeachError, UnknownFactError
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from bot.storage.repository import SqlStudyStore
from tests.dbfixtures import open_database
from tests.fakes import FakeClock, FakeStore, sqlite_app

GUILD, OTHER_GUILD = 100, 300
ARTICLE = "india-japan-partnership.yaml"
#: Not answered by the shipped knowledge ("did you mean"), and bilateral_exercises is what it means.
UNANSWERED = "which exercise do sailors hold"
#: Answered confidently with security_cooperation_overview today.
READS_AS_ANOTHER = "japan defence pact ties"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, copy)
    return copy


@pytest.fixture
async def app(tmp_path: Path, folder: Path) -> App:
    knowledge = await asyncio.to_thread(KnowledgeService.from_directory, folder)
    return await sqlite_app(tmp_path, knowledge, FakeClock(), store=FakeStore(), knowledge_dir=folder)


def answered_with(app: App, question: str) -> str | None:
    outcome = app.knowledge.matcher.ask(question)
    return outcome.best.fact.fact.id if isinstance(outcome, Answer) else None


# ---------------------------------------------------------------- teach
async def test_teaching_writes_the_phrasing_reloads_and_the_question_is_answered(app: App, folder: Path) -> None:
    assert answered_with(app, UNANSWERED) is None
    old_base = app.knowledge.base
    result = await app.curation.teach(UNANSWERED, "bilateral_exercises")
    assert result.reload.ok
    assert result.answers
    assert result.answered_with == "bilateral_exercises"
    assert (result.taught.file, result.taught.fact_id) == (ARTICLE, "bilateral_exercises")
    assert app.knowledge.base is not old_base
    assert UNANSWERED in app.knowledge.base.fact("bilateral_exercises").fact.alternatives
    assert answered_with(app, UNANSWERED) == "bilateral_exercises"
    lines = (folder / ARTICLE).read_text(encoding="utf-8").splitlines()
    assert lines[result.taught.line - 1].strip() == f"- {UNANSWERED}"
    assert app.questions.ready_for(app.knowledge.base)  # the reload went through every listener


async def test_a_question_that_reads_as_another_fact_is_refused_unless_forced(app: App, folder: Path) -> None:
    before = (folder / ARTICLE).read_bytes()
    with pytest.raises(AmbiguousTeachError) as refused:
        await app.curation.teach(READS_AS_ANOTHER, "cepa_year")
    assert refused.value.other_fact_id == "security_cooperation_overview"
    assert "`security_cooperation_overview`" in str(refused.value)
    assert "--force" in str(refused.value)
    assert (folder / ARTICLE).read_bytes() == before
    forced = await app.curation.teach(READS_AS_ANOTHER, "cepa_year", force=True)
    assert forced.answers


async def test_the_fact_members_flagged_as_wrong_is_no_rival(app: App) -> None:
    result = await app.curation.teach(READS_AS_ANOTHER, "cepa_year", overriding="security_cooperation_overview")
    assert result.answered_with == "cepa_year"


async def test_refusals_change_nothing_and_say_why(app: App, folder: Path) -> None:
    before = (folder / ARTICLE).read_bytes()
    base = app.knowledge.base
    with pytest.raises(UnknownFactError, match="Did you mean `bilateral_exercises`"):
        await app.curation.teach(UNANSWERED, "bilateral_exercise")
    with pytest.raises(TeachError, match="empty"):
        await app.curation.teach("   ", "bilateral_exercises")
    with pytest.raises(TeachError, match="nearly duplicates"):
        await app.curation.teach("when did cepa come into force?!", "cepa_scope", force=True)
    assert (folder / ARTICLE).read_bytes() == before
    assert app.knowledge.base is base  # no reload either


async def test_teaching_runs_off_the_event_loop(app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    loop_thread = threading.get_ident()
    seen: list[int] = []
    real = curation_module.commit_teach

    def commit(plan: Any) -> Any:
        seen.append(threading.get_ident())
        return real(plan)

    monkeypatch.setattr(curation_module, "commit_teach", commit)
    await app.curation.teach(UNANSWERED, "bilateral_exercises")
    assert seen
    assert seen[0] != loop_thread


async def test_concurrent_teaches_and_reloads_take_turns(app: App, folder: Path) -> None:
    questions = ["navy drill pair name", "mahsr kaun bana raha hai", UNANSWERED]
    facts = ["bilateral_exercises", "mahsr", "bilateral_exercises"]
    results = await asyncio.gather(
        *(app.curation.teach(q, f) for q, f in zip(questions, facts, strict=True)),
        app.curation.reload(),
        app.curation.reload(),
    )
    assert all(getattr(r, "ok", True) for r in results)
    text = (folder / ARTICLE).read_text(encoding="utf-8")
    assert all(f"- {q}\n" in text for q in questions)  # no teach overwrote another's line
    for question, fact_id in zip(questions, facts, strict=True):
        assert question in app.knowledge.base.fact(fact_id).fact.alternatives


# ---------------------------------------------------------------- reports
def test_reports_group_by_normalised_question_and_fact() -> None:
    t0 = dt.datetime(2025, 10, 6, 4, 0, tzinfo=dt.UTC)
    rows = [
        ("Japan pact begin year?", "security_cooperation_overview", t0),
        ("japan  pact begin YEAR", "security_cooperation_overview", t0 + dt.timedelta(hours=2)),
        ("japan pact begin year!!", "security_cooperation_overview", t0 + dt.timedelta(hours=1)),
        ("japan pact begin year", "cepa_year", t0),
        ("", "cepa_year", t0),
        ("who heads JAXA", "mahsr", t0 + dt.timedelta(hours=5)),
    ]
    reports = group_wrong_matches(rows)
    assert [(r.question, r.fact_id, r.count) for r in reports] == [
        ("japan  pact begin YEAR".replace("  ", " "), "security_cooperation_overview", 3),
        ("who heads JAXA", "mahsr", 1),
        ("japan pact begin year", "cepa_year", 1),
    ]
    assert reports[0].last == t0 + dt.timedelta(hours=2)
    assert reports[0].key == report_key("Japan pact begin year?") == "japan pact begin year"


async def test_reports_come_from_wrong_match_feedback_per_guild_and_fixed_ones_drop_out(app: App) -> None:
    asking = app.asking
    for user in (7, 8):
        await asking.feedback(GUILD, user, READS_AS_ANOTHER, "security_cooperation_overview", False, asker_id=5)
    await asking.feedback(GUILD, 9, READS_AS_ANOTHER, "security_cooperation_overview", True, asker_id=5)
    await asking.feedback(OTHER_GUILD, 7, "cepa year?", "cepa_year", False)
    [report] = await app.curation.reports(GUILD)
    assert (report.question, report.fact_id, report.count) == (READS_AS_ANOTHER, "security_cooperation_overview", 2)
    assert [r.fact_id for r in await app.curation.reports()] == ["security_cooperation_overview", "cepa_year"]

    result = await app.curation.teach(report.question, "cepa_year", overriding=report.fact_id)
    assert result.answers
    assert await app.curation.reports(GUILD) == []  # fixed: the bot answers it with another fact now
    assert len(await app.curation.reports(GUILD, include_fixed=True)) == 1
    # A report whose question the bot still answers with the flagged fact stays open.
    assert [r.fact_id for r in await app.curation.reports(OTHER_GUILD)] == ["cepa_year"]


async def test_the_database_groups_reports_like_the_fake(tmp_path: Path) -> None:
    database = await open_database("sqlite", tmp_path)
    try:
        store = SqlStudyStore(database)
        t0 = dt.datetime(2025, 10, 6, 4, 0, tzinfo=dt.UTC)
        await store.record_feedback(GUILD, 7, "Japan pact begin year?", "security_cooperation_overview", False, t0)
        later = t0 + dt.timedelta(minutes=5)
        await store.record_feedback(GUILD, 8, "japan pact begin year", "security_cooperation_overview", False, later)
        await store.record_feedback(GUILD, 9, "japan pact begin year", "security_cooperation_overview", True, later)
        await store.record_feedback(OTHER_GUILD, 9, "cepa year", "cepa_year", False, t0)
        [report] = await store.wrong_matches(GUILD)
        assert (report.question, report.count, report.last) == ("japan pact begin year", 2, later)
        assert len(await store.wrong_matches()) == 2
        assert await store.wrong_matches(GUILD, limit=1) == [
            group_wrong_matches([("japan pact begin year", "security_cooperation_overview", later)])[0]
        ]
    finally:
        await database.close()


async def test_without_a_log_there_are_no_gaps_or_reports(shipped: KnowledgeService) -> None:
    service = CurationService(shipped)
    assert await service.gaps() == []
    assert await service.reports() == []


async def test_candidates_rank_the_likely_facts_and_leave_out_the_flagged_one(app: App) -> None:
    [first, second] = await app.curation.candidates([UNANSWERED, READS_AS_ANOTHER], [None, "cepa_year"])
    assert first[0].fact.id == "bilateral_exercises"
    assert 1 <= len(first) <= 25
    assert "cepa_year" not in {f.fact.id for f in second}


# ---------------------------------------------------------------- gap snippets paste cleanly
HOSTILE_EXAMPLES = [
    UNANSWERED,
    "sailors: which exercise do they hold #really",
    "'which' exercise - do sailors hold? yes",
]


def pasted_under_alternatives(text: str, fact_id: str, snippet: str) -> str:
    """Paste a snippet's alternatives lines at the end of a fact's block list, indented like the list."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == f"- id: {fact_id}")
    header = next(i for i in range(start, len(lines)) if lines[i].strip() == "alternatives:")
    items = header + 1
    indent = len(lines[items]) - len(lines[items].lstrip())
    while lines[items + 1].lstrip().startswith("- ") and len(lines[items + 1]) - len(lines[items + 1].lstrip()) == (
        indent
    ):
        items += 1
    pasted = [line.strip() for line in snippet.splitlines() if line.strip().startswith("- ") and "id:" not in line]
    return "".join(lines[: items + 1] + [" " * indent + p + "\n" for p in pasted] + lines[items + 1 :])


def test_a_likely_facts_snippet_pasted_into_its_list_validates(tmp_path: Path, shipped: KnowledgeService) -> None:
    [gap] = cluster_gaps([LoggedQuestion(q, "suggested") for q in HOSTILE_EXAMPLES], shipped.matcher)
    assert gap.likely_fact_id == "bilateral_exercises"
    snippet = gap.yaml_snippet()
    assert "studybot teach" in snippet
    assert yaml.safe_load(snippet)[0]["alternatives"] == HOSTILE_EXAMPLES
    folder = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, folder)
    article = folder / ARTICLE
    article.write_text(pasted_under_alternatives(article.read_text(encoding="utf-8"), gap.likely_fact_id, snippet))
    base, problems = validate_directory(folder)
    assert problems == []
    assert base is not None
    assert base.fact("bilateral_exercises").fact.alternatives[-3:] == tuple(HOSTILE_EXAMPLES)


def test_a_new_facts_stub_pasted_under_facts_only_lacks_its_answer(tmp_path: Path, shipped: KnowledgeService) -> None:
    [gap] = cluster_gaps(
        [LoggedQuestion(q, "declined") for q in ["who heads JAXA space research", "jaxa space research head: who?"]],
        shipped.matcher,
    )
    assert gap.likely_fact_id is None
    assert gap.nearest_section_id is not None
    snippet = gap.yaml_snippet()
    folder = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, folder)
    article = folder / ARTICLE
    text = article.read_text(encoding="utf-8")
    stub = "".join(f"  {line}\n" for line in snippet.splitlines() if not line.startswith("#"))
    pasted = text.replace("\nglossary:\n", "\n" + stub + "glossary:\n", 1)
    article.write_text(pasted, encoding="utf-8")
    _base, problems = validate_directory(folder)
    # As printed, the only problem is the answer only the admin can write (no placeholder is ever served).
    [problem] = problems
    assert problem.message.endswith("answer: text is empty")
    assert pasted.splitlines()[problem.line - 1].strip().startswith("answer: ''  # required")
    article.write_text(pasted.replace("answer: ''", "answer: JAXA is headed by its president.", 1), encoding="utf-8")
    base, problems = validate_directory(folder)
    assert problems == []
    assert base is not None
    assert base.fact("new_who_heads_jaxa_space_research").fact.alternatives == (
        "who heads JAXA space research",
        "jaxa space research head: who?",
    )


# ---------------------------------------------------------------- the same through `studybot` and the terminal
def test_studybot_teach_writes_the_phrasing_and_says_where(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    monkeypatch.setenv("KNOWLEDGE_DIR", str(folder))
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    out = io.StringIO()
    assert main(["teach", UNANSWERED, "bilateral_exercises"], stdout=out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith(f"Added \u201c{UNANSWERED}\u201d to fact bilateral_exercises in {folder / ARTICLE}:")
    assert lines[1] == "The bot now answers it with this fact."
    assert "/kb reload" in lines[2]
    line = int(lines[0].rsplit(":", 1)[1].rstrip("."))
    assert (folder / ARTICLE).read_text(encoding="utf-8").splitlines()[line - 1].strip() == f"- {UNANSWERED}"

    before = (folder / ARTICLE).read_bytes()
    assert main(["teach", UNANSWERED, "bilateral_exercise"], stdout=io.StringIO()) == 1
    assert "studybot: There is no fact `bilateral_exercise`" in capsys.readouterr().err
    assert main(["teach", READS_AS_ANOTHER, "cepa_year"], stdout=io.StringIO()) == 1
    assert "teach it anyway (--force)" in capsys.readouterr().err
    assert (folder / ARTICLE).read_bytes() == before
    assert main(["teach", READS_AS_ANOTHER, "cepa_year", "--force"], stdout=io.StringIO()) == 0


def test_studybot_reports_prints_counted_reports_with_the_command_to_fix_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.cli import main

    async def flag() -> None:
        database = await open_database("sqlite", tmp_path)
        store = SqlStudyStore(database)
        now = dt.datetime.now(dt.UTC)
        for user in (7, 8):
            await store.record_feedback(
                0, user, "it's japan defence pact ties?", "security_cooperation_overview", False, now
            )
        await database.close()

    asyncio.run(flag())
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'test.db'}")
    out = io.StringIO()
    assert main(["reports"], stdout=out) == 0
    text = out.getvalue()
    assert '2x "it\'s japan defence pact ties?": answered with security_cooperation_overview' in text
    assert "studybot teach 'it'\"'\"'s japan defence pact ties?' FACT_ID" in text  # quoted for the shell
    empty = io.StringIO()
    assert main(["reports", "--guild", "5"], stdout=empty) == 0
    assert empty.getvalue().strip() == "No open \u201cwrong match\u201d reports."


async def test_the_terminal_teaches_and_lists_reports(app: App, folder: Path) -> None:
    from bot.terminal import TerminalSession

    await app.asking.feedback(0, 7, READS_AS_ANOTHER, "security_cooperation_overview", False)
    lines = [
        "/reports",
        "/teach",
        f"/teach bilateral_exercises {UNANSWERED}",
        f"/teach cepa_year {READS_AS_ANOTHER}",
        f"/teach --force cepa_year {READS_AS_ANOTHER}",
        UNANSWERED,
        "/quit",
    ]
    out = io.StringIO()
    assert await TerminalSession(app, io.StringIO("\n".join(lines) + "\n"), out).run() == 0
    text = out.getvalue()
    assert f"1x '{READS_AS_ANOTHER}': answered with security_cooperation_overview" in text
    assert "Usage: /teach [--force] FACT_ID QUESTION" in text
    assert f"Added \u201c{UNANSWERED}\u201d to fact bilateral_exercises in {ARTICLE}:" in text
    assert "would fight that answer" in text
    assert f"Added \u201c{READS_AS_ANOTHER}\u201d to fact cepa_year" in text
    assert "Knowledge reloaded: I now answer it with this fact." in text
    assert "JIMEX" in text.rsplit("Knowledge reloaded", 1)[-1]  # the question, asked after teaching, is answered
