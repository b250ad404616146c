"""A member's export: the Anki package and the CSV (bot/export.py), the terminal's /export and /review labels,
and the CLI's `export` and `review optimise`."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import datetime as dt
import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import insert

from bot import cli
from bot.app import App
from bot.core.services.export import MemberExport
from bot.core.services.knowledge import KnowledgeService
from bot.core.study.optimise import MIN_REVIEWS_TO_OPTIMISE, LoggedReview
from bot.core.study.ports import AnswerRow
from bot.core.study.review import DEFAULT_PARAMETERS, card_key
from bot.export import (
    CSV_COLUMNS,
    MODEL_ID,
    ExportTooLargeError,
    anki_package,
    answers_csv,
    build_files,
    deck_id,
    note_guid,
)
from bot.storage.database import Database
from bot.storage.repository import SqlStudyStore
from bot.storage.tables import ReviewLog
from bot.terminal import TERMINAL_GUILD, TERMINAL_USER, TerminalSession
from tests.fakes import FakeClock, FakeStore, sqlite_app

NOW = dt.datetime(2025, 10, 6, 6, 0, tzinfo=dt.UTC)
MEMBER = 4242


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
async def app(tmp_path: Path, shipped: KnowledgeService, store: FakeStore) -> App:
    return await sqlite_app(tmp_path, shipped, FakeClock(NOW), store=store)


async def answered(app: App, user_id: int, wrong_facts: Sequence[str], right_facts: Sequence[str] = ()) -> None:
    """Store quiz answers of a member (wrong ones go to their review deck, as a quiz does)."""
    store = app.reviews.store
    assert isinstance(store, FakeStore)
    bank = app.questions.bank
    for index, fact in enumerate([*wrong_facts, *right_facts]):
        question = bank.for_fact(fact)[0]
        wrong = fact in wrong_facts
        choice = (question.answer_index + 1) % 4 if wrong else question.answer_index
        row = AnswerRow(user_id, question.id, fact, "pillars", choice, not wrong, 0 if wrong else 1000, NOW)
        await store.record_quiz_answer(f"session-{index}", 77, row)
        if wrong:
            await app.reviews.queue(user_id, fact)


def package_notes(data: bytes) -> tuple[list[tuple[str, int, list[str], list[str]]], dict[str, object]]:
    """Return (guid, model id, fields, tags) of every note in an .apkg, and its decks."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert set(package.namelist()) == {"collection.anki2", "media"}
        collection = package.read("collection.anki2")
    db = sqlite3.connect(":memory:")
    db.deserialize(collection)
    notes = [
        (guid, mid, fields.split("\x1f"), tags.split())
        for guid, mid, fields, tags in db.execute("SELECT guid, mid, flds, tags FROM notes ORDER BY sfld")
    ]
    decks = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
    assert {did for (did,) in db.execute("SELECT did FROM cards")} <= {int(d) for d in decks}
    db.close()
    return notes, decks


# ---------------------------------------------------------------- the files
async def test_the_anki_package_holds_the_deck_with_sources_and_tags(app: App) -> None:
    await answered(app, MEMBER, ["cepa_year", "aagc_year"], ["tamil_nadu_ehime"])
    export = await app.export.member(MEMBER)
    assert [card.fact_id for card in export.cards] == ["aagc_year", "cepa_year"]
    notes, decks = package_notes(anki_package(export))
    assert str(deck_id(MEMBER)) in decks
    assert decks[str(deck_id(MEMBER))]["name"] == "Study bot review"  # type: ignore[index]
    by_fact = {fields[3]: (guid, mid, fields, tags) for guid, mid, fields, tags in notes}
    guid, mid, fields, tags = by_fact["cepa_year"]
    base = app.knowledge.base
    sourced = base.fact("cepa_year")
    assert (guid, mid) == (note_guid(MEMBER, "cepa_year"), MODEL_ID)
    assert fields[0] == sourced.fact.question
    assert "2011" in fields[1]
    assert fields[2].startswith("Source: India-Japan Partnership (Vision IAS)")
    assert tags == [f"studybot::{sourced.source.id}", f"studybot::{sourced.source.id}::{sourced.section.id}"]
    assert all(" " not in tag for tag in tags)


async def test_exporting_twice_gives_the_same_notes(app: App, store: FakeStore) -> None:
    await answered(app, MEMBER, ["cepa_year"])
    first = await app.export.member(MEMBER)
    await answered(app, MEMBER, ["aagc_year"])
    second = await app.export.member(MEMBER)
    first_notes, _ = package_notes(anki_package(first))
    second_notes, second_decks = package_notes(anki_package(second))
    # The same note (guid) and note type for a fact: Anki updates it on the second import.
    assert {n[0] for n in first_notes} < {n[0] for n in second_notes}
    assert {n[1] for n in second_notes} == {MODEL_ID}
    assert str(deck_id(MEMBER)) in second_decks
    # And the same export gives the same bytes.
    assert anki_package(second) == anki_package(second)
    # Another member's deck and notes are their own.
    await answered(app, MEMBER + 1, ["cepa_year"])
    other, other_decks = package_notes(anki_package(await app.export.member(MEMBER + 1)))
    assert other[0][0] != note_guid(MEMBER, "cepa_year")
    assert str(deck_id(MEMBER)) not in other_decks


async def test_html_in_knowledge_text_is_shown_not_run(app: App) -> None:
    export = await app.export.member(MEMBER)
    await answered(app, MEMBER, ["cepa_year"])
    export = await app.export.member(MEMBER)
    card = dataclasses.replace(export.cards[0], question="Is 2 < 3 <script>x</script>?")
    notes, _ = package_notes(anki_package(dataclasses.replace(export, cards=(card,))))
    assert notes[0][2][0] == "Is 2 &lt; 3 &lt;script&gt;x&lt;/script&gt;?"


async def test_a_leech_is_tagged_as_in_anki(app: App, store: FakeStore) -> None:
    await answered(app, MEMBER, ["cepa_year"])
    row = store.cards_by_user[MEMBER]["cepa_year"]
    store.cards_by_user[MEMBER]["cepa_year"] = dataclasses.replace(row, leech=True, lapses=8)
    export = await app.export.member(MEMBER)
    assert export.cards[0].tags[-1] == "leech"


async def test_the_csv_lists_every_answer_with_its_question(app: App) -> None:
    await answered(app, MEMBER, ["cepa_year"], ["aagc_year"])
    export = await app.export.member(MEMBER)
    rows = list(csv.reader(io.StringIO(answers_csv(export).decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    records = [dict(zip(CSV_COLUMNS, row, strict=True)) for row in rows[1:]]
    assert sorted((r["fact_id"], r["correct"]) for r in records) == [("aagc_year", "yes"), ("cepa_year", "no")]
    wrong = next(r for r in records if r["fact_id"] == "cepa_year")
    question = app.questions.bank.for_fact("cepa_year")[0]
    assert wrong["question"] == question.prompt
    assert wrong["right_answer"] == question.answer
    assert wrong["your_answer"] == question.choices[(question.answer_index + 1) % 4]
    assert (wrong["kind"], wrong["server_id"], wrong["answered_at_utc"]) == ("quiz", "77", "2025-10-06 06:00:00")


async def test_csv_cells_a_spreadsheet_would_run_are_defused(app: App) -> None:
    await answered(app, MEMBER, ["cepa_year"])
    export = await app.export.member(MEMBER)
    entry = dataclasses.replace(export.answers[0], question='=HYPERLINK("http://x")', chosen="+1", section="@a")
    text = answers_csv(dataclasses.replace(export, answers=(entry,))).decode("utf-8-sig")
    row = dict(zip(CSV_COLUMNS, list(csv.reader(io.StringIO(text)))[1], strict=True))
    assert (row["question"], row["your_answer"], row["section"]) == ('\'=HYPERLINK("http://x")', "'+1", "'@a")


async def test_an_empty_member_has_no_files_and_a_big_export_is_refused(app: App) -> None:
    empty = await app.export.member(MEMBER)
    assert empty.empty
    assert build_files(empty) == []
    await answered(app, MEMBER, ["cepa_year"], ["aagc_year"])
    export = await app.export.member(MEMBER)
    assert [f.filename for f in build_files(export)] == [
        f"studybot-review-{MEMBER}.apkg",
        f"studybot-answers-{MEMBER}.csv",
    ]
    with pytest.raises(ExportTooLargeError):
        build_files(export, max_bytes=100)


async def test_cards_of_facts_no_longer_known_are_left_out(app: App, store: FakeStore) -> None:
    await answered(app, MEMBER, ["cepa_year"])
    row = store.cards_by_user[MEMBER]["cepa_year"]
    store.cards_by_user[MEMBER]["gone_fact"] = dataclasses.replace(row, fact_id="gone_fact")
    export = await app.export.member(MEMBER)
    assert ([c.fact_id for c in export.cards], export.cards_left_out) == (["cepa_year"], 1)


def test_a_member_export_is_a_frozen_value() -> None:
    export = MemberExport(1, NOW, (), ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        export.user_id = 2  # type: ignore[misc]


# ---------------------------------------------------------------- the terminal
async def run_session(app: App, lines: list[str]) -> str:
    out = io.StringIO()
    session = TerminalSession(app, io.StringIO("\n".join(lines) + "\n"), out)
    assert await session.run() == 0
    return out.getvalue()


async def test_terminal_review_shows_each_grades_next_interval(app: App, store: FakeStore) -> None:
    await app.reviews.add(TERMINAL_USER, "cepa_year")
    output = await run_session(app, ["/review", "a", "g", "/quit"])
    assert "How was it? (a)gain 1m (h)ard 6m (g)ood 10m (e)asy 8d [" in output
    assert "Next time for that card: in 10 min." in output
    [(_user, review)] = store.review_log
    assert (review.guild_id, review.grade, review.duration_ms) == (TERMINAL_GUILD, 3, 0)


async def test_terminal_retention_changes_the_intervals_shown(app: App) -> None:
    output = await run_session(app, ["/retention 0.99", "/retention 85%", "/retention"])
    assert "between 0.7 and 0.97" in output
    assert output.count("Desired retention: 0.85 (parameters: FSRS's defaults).") == 2


async def test_terminal_export_writes_both_files_into_data_dir(app: App) -> None:
    output = await run_session(app, ["/export"])
    assert "Nothing to export yet" in output
    await answered(app, TERMINAL_USER, ["cepa_year"], ["aagc_year"])
    output = await run_session(app, ["/export"])
    folder = app.settings.data_dir / "exports"
    apkg, answers = folder / f"studybot-review-{TERMINAL_USER}.apkg", folder / f"studybot-answers-{TERMINAL_USER}.csv"
    assert f"  {apkg}" in output
    assert f"  {answers}" in output
    assert "1 review card(s) and 2 answer(s)" in output
    notes, _ = package_notes(apkg.read_bytes())
    assert [n[2][3] for n in notes] == ["cepa_year"]
    assert len(answers.read_text(encoding="utf-8-sig").splitlines()) == 3


# ---------------------------------------------------------------- the command line
async def seeded_database(data_dir: Path, reviews: int = 0) -> None:
    """Make DATA_DIR's database with MEMBER's wrong answer (a card) and ``reviews`` logged reviews in guild 77."""
    db = Database.from_url(f"sqlite+aiosqlite:///{data_dir / 'studybot.db'}")
    try:
        await db.migrate()
        store = SqlStudyStore(db)
        await store.create_session("s1", 77, 1, MEMBER, None, 1, 10, True, True, NOW)
        await store.record_quiz_answer(
            "s1", 77, AnswerRow(MEMBER, "quiz_cepa_year", "cepa_year", "pillars", 0, False, 0, NOW)
        )
        from bot.core.study.ports import CardRow

        await store.add_card_if_missing(MEMBER, CardRow("cepa_year", "new", 0, None, None, NOW, None, 0, 0, False), NOW)
        if reviews:
            async with db.session() as session:
                await session.execute(
                    insert(ReviewLog),
                    [
                        {
                            "user_id": MEMBER,
                            "fact_id": f"fact_{i % 25}",
                            "card_id": card_key(MEMBER, f"fact_{i % 25}"),
                            "grade": 1 + i % 4,
                            "was_new": i < 25,
                            "reviewed_at": NOW - dt.timedelta(days=400 - i // 25),
                            "guild_id": 77,
                            "duration_ms": None,
                        }
                        for i in range(reviews)
                    ],
                )
    finally:
        await db.close()


class FakeFitter:
    def __init__(self) -> None:
        self.calls: list[int] = []

    def __call__(self, reviews: Sequence[LoggedReview]) -> Sequence[float]:
        self.calls.append(len(reviews))
        weights = list(DEFAULT_PARAMETERS)
        weights[8] = 1.5
        return weights


def test_cli_exports_the_anki_deck_and_the_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    asyncio.run(seeded_database(tmp_path))
    deck = tmp_path / "deck.apkg"
    assert cli.main(["export", "anki", "--user", str(MEMBER), "--output", str(deck)]) == 0
    notes, decks = package_notes(deck.read_bytes())
    assert [(n[0], n[2][3]) for n in notes] == [(note_guid(MEMBER, "cepa_year"), "cepa_year")]
    assert str(deck_id(MEMBER)) in decks
    out = capsys.readouterr().out
    assert f"Wrote {deck}" in out
    assert "1 review card(s) and 1 answer(s)" in out
    answers = tmp_path / "answers.csv"
    assert cli.main(["export", "answers", "--user", str(MEMBER), "--output", str(answers)]) == 0
    assert "quiz_cepa_year" in answers.read_text(encoding="utf-8-sig")
    # Exporting again writes the same notes.
    assert cli.main(["export", "anki", "--user", str(MEMBER), "--output", str(tmp_path / "again.apkg")]) == 0
    assert package_notes((tmp_path / "again.apkg").read_bytes())[0] == notes


def test_cli_export_of_a_member_without_cards_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    deck = tmp_path / "deck.apkg"
    assert cli.main(["export", "anki", "--user", "99", "--output", str(deck)]) == 1
    assert "member 99 has no review cards to export" in capsys.readouterr().err
    assert not deck.exists()


def test_cli_optimise_fits_with_the_optimiser_and_stores_the_parameters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    asyncio.run(seeded_database(tmp_path, reviews=MIN_REVIEWS_TO_OPTIMISE + 10))
    fitter = FakeFitter()
    monkeypatch.setattr(cli, "load_fitter", lambda: fitter)
    assert cli.main(["review", "optimise"]) == 0
    assert fitter.calls == [MIN_REVIEWS_TO_OPTIMISE + 10]
    out = capsys.readouterr().out
    assert f"Server 77: fitted to {MIN_REVIEWS_TO_OPTIMISE + 10} reviews and stored: 0.2120, " in out

    async def stored() -> tuple[float, ...]:
        db = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'studybot.db'}")
        try:
            return (await SqlStudyStore(db).guild_config(77, "UTC")).fsrs_parameters
        finally:
            await db.close()

    assert asyncio.run(stored())[8] == 1.5
    # A guild without enough reviews keeps the defaults, and says so.
    assert cli.main(["review", "optimise", "--guild", "78"]) == 1
    assert "Server 78: 0 review(s) logged, 512 needed" in capsys.readouterr().out


@pytest.mark.skipif(
    __import__("importlib").util.find_spec("torch") is not None, reason="the optimiser's extras are installed"
)
def test_cli_optimise_without_the_optimiser_says_how_to_install_it(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "review", "optimise", "--guild", "77"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "DATA_DIR": str(tmp_path), "STUDYBOT_ENV_FILE": ""},
        cwd=str(Path(__file__).resolve().parents[2]),
        timeout=60,
    )
    assert result.returncode == 1
    assert 'pip install "fsrs[optimizer]"' in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "studybot.db").exists()  # nothing was opened
