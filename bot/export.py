"""A member's export as files: their review deck as an Anki package (genanki) and their answers as CSV.

Shared by the CLI, the terminal and Discord, so it imports none of them. Building the files is blocking work
(SQLite, zip): callers on an event loop run :func:`build_files` in a worker thread. Every id is derived from a
hash, never drawn at random: exporting a member twice gives the same deck, model and note ids, so Anki updates
the notes it already has instead of adding copies.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import itertools
import sqlite3
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.services.export import MemberExport

#: Discord's smallest attachment limit for bots; a bigger export is refused there.
MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024
DECK_NAME = "Study bot review"
MODEL_NAME = "Study bot review card"
CSV_COLUMNS = (
    "answered_at_utc",
    "kind",
    "server_id",
    "article",
    "section",
    "question",
    "your_answer",
    "right_answer",
    "correct",
    "points",
    "fact_id",
    "question_id",
)
#: A spreadsheet runs a cell that starts with one of these as a formula; such cells get a leading apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CSS = ".card { font-family: sans-serif; font-size: 20px; text-align: left; } .source { font-size: 14px; color: #666; }"


class ExportTooLargeError(Exception):
    """An export is too large to send as an attachment."""


@dataclass(frozen=True)
class ExportFile:
    """One file of an export, in memory."""

    filename: str
    data: bytes


def stable_id(*parts: object) -> int:
    """Return an id for Anki (decks and models) from ``parts``: the same every time, within 2**30 to 2**31."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


MODEL_ID = stable_id("studybot", "review model", 1)


def deck_id(user_id: int) -> int:
    """Return the id of a member's deck."""
    return stable_id("studybot", "review deck", user_id)


def note_guid(user_id: int, fact_id: str) -> str:
    """Return the guid of a member's note for a fact: re-imports update the note instead of copying it."""
    import genanki

    return str(genanki.guid_for("studybot", user_id, fact_id))


def _model() -> Any:
    import genanki

    return genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Source"}, {"name": "FactId"}],
        templates=[
            {
                "name": "Card 1",
                "qfmt": "{{Question}}",
                "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}<div class="source">{{Source}}</div>',
            }
        ],
        css=_CSS,
        sort_field_index=0,
    )


def anki_package(export: MemberExport) -> bytes:
    """Return the member's review deck as an .apkg file (question, answer and source line; article and section tags).

    The package's timestamps are the export's own time, so the same export gives the same bytes.
    """
    import genanki

    deck = genanki.Deck(deck_id(export.user_id), DECK_NAME)
    model = _model()
    for card in export.cards:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[html.escape(card.question), html.escape(card.answer), html.escape(card.source), card.fact_id],
                tags=list(card.tags),
                guid=note_guid(export.user_id, card.fact_id),
            )
        )
    timestamp = export.made_at.timestamp()
    # genanki's write_to_file leaves its temporary SQLite file behind; an in-memory database leaves nothing.
    connection = sqlite3.connect(":memory:")
    try:
        cursor = connection.cursor()
        genanki.Package(deck).write_to_db(cursor, timestamp, itertools.count(int(timestamp * 1000)))
        connection.commit()
        collection = connection.serialize()
    finally:
        connection.close()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("collection.anki2", collection)
        package.writestr("media", "{}")
    return buffer.getvalue()


def _cell(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_STARTS) else value


def answers_csv(export: MemberExport) -> bytes:
    """Return the member's answers as CSV (UTF-8 with a byte-order mark, which spreadsheets need for Hindi)."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in export.answers:
        writer.writerow(
            [
                entry.answered_at.strftime("%Y-%m-%d %H:%M:%S"),
                entry.kind,
                str(entry.guild_id),
                _cell(entry.article),
                _cell(entry.section),
                _cell(entry.question),
                _cell(entry.chosen),
                _cell(entry.right_answer),
                "yes" if entry.correct else "no",
                str(entry.points),
                entry.fact_id,
                entry.question_id,
            ]
        )
    return text.getvalue().encode("utf-8-sig")


def build_files(export: MemberExport, max_bytes: int | None = None) -> list[ExportFile]:
    """Return the export's files: the deck (if it has cards) and the answers (if any); blocking.

    With ``max_bytes``, raise ExportTooLargeError when the files together are larger.
    """
    files: list[ExportFile] = []
    if export.cards:
        files.append(ExportFile(f"studybot-review-{export.user_id}.apkg", anki_package(export)))
    if export.answers:
        files.append(ExportFile(f"studybot-answers-{export.user_id}.csv", answers_csv(export)))
    size = sum(len(file.data) for file in files)
    if max_bytes is not None and size > max_bytes:
        raise ExportTooLargeError(f"the export is {size:,} bytes, more than the {max_bytes:,} allowed")
    return files


def write_files(files: Sequence[ExportFile], directory: Path) -> list[Path]:
    """Write files into ``directory`` (each replaced whole, never left half-written); return their paths."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for file in files:
        path = directory / file.filename
        partial = path.with_name(f".{path.name}.partial")
        partial.write_bytes(file.data)
        partial.replace(path)
        paths.append(path)
    return paths


def summary(export: MemberExport) -> str:
    """Return one line saying what the export holds and what was left out."""
    text = f"{len(export.cards)} review card(s) and {len(export.answers)} answer(s)"
    left = []
    if export.cards_left_out:
        left.append(f"{export.cards_left_out} card(s) of facts no longer in the study material or over the limit")
    if export.answers_left_out:
        left.append(f"the oldest {export.answers_left_out} answer(s), over the limit")
    return text + (f" (left out: {'; '.join(left)})" if left else "")
