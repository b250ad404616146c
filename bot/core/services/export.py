"""The export capability: a member's review deck and answer history as plain values, for an Anki package and a CSV.

Rendering the files (genanki, csv) is the adapters' business (``bot/export.py``); this gathers what goes in them,
within bounds, from storage and the knowledge in use.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.core.answering.present import fact_source_line
from bot.core.clock import Clock, utc_now
from bot.core.services.questions import QuestionSource
from bot.core.study.ports import AnswerHistoryRow, AnswerHistoryStore, ReviewStore

#: At most this many cards and answers go into one export (the newest answers are kept).
MAX_EXPORT_CARDS = 5000
MAX_EXPORT_ANSWERS = 20000
LETTERS = "ABCD"
#: Tags are grouped under this one in Anki's tag tree.
TAG_ROOT = "studybot"


@dataclass(frozen=True)
class DeckCard:
    """One card of a member's review deck: the fact's question, answer and source, with its tags."""

    fact_id: str
    question: str
    answer: str
    source: str
    article: str
    section: str
    #: Anki tags (no spaces): the article and the article's section, and "leech" for a leech.
    tags: tuple[str, ...]
    due: dt.datetime
    lapses: int
    leech: bool


@dataclass(frozen=True)
class AnswerEntry:
    """One of a member's quiz or daily answers, in words."""

    answered_at: dt.datetime
    kind: str
    guild_id: int
    article: str
    section: str
    question: str
    chosen: str
    right_answer: str
    correct: bool
    points: int
    fact_id: str
    question_id: str


@dataclass(frozen=True)
class MemberExport:
    """Everything a member's export holds."""

    user_id: int
    made_at: dt.datetime
    cards: tuple[DeckCard, ...]
    answers: tuple[AnswerEntry, ...]
    #: Cards of facts no longer in the knowledge, and cards and answers beyond the bounds, left out.
    cards_left_out: int = 0
    answers_left_out: int = 0

    @property
    def empty(self) -> bool:
        """Tell whether there is nothing to export."""
        return not self.cards and not self.answers


def anki_tag(*parts: str) -> str:
    """Return an Anki tag (no spaces; "::" nests) made of ``parts``."""
    return "::".join(re.sub(r"\s+", "_", part.strip()) or "_" for part in parts)


class ExportService:
    """Gather a member's review deck and answer history."""

    def __init__(
        self,
        questions: QuestionSource,
        reviews: ReviewStore,
        answers: AnswerHistoryStore,
        clock: Clock = utc_now,
    ) -> None:
        self.questions = questions
        self.reviews = reviews
        self.answers = answers
        self.clock = clock

    async def member(self, user_id: int) -> MemberExport:
        """Return the member's review deck (facts still in the knowledge) and answers, within the bounds."""
        base = self.questions.knowledge.base
        rows = sorted(await self.reviews.cards(user_id), key=lambda row: row.fact_id)
        kept = [row for row in rows if base.has_fact(row.fact_id)]
        cards: list[DeckCard] = []
        for row in kept[:MAX_EXPORT_CARDS]:
            sourced = base.fact(row.fact_id)
            tags = [anki_tag(TAG_ROOT, sourced.source.id), anki_tag(TAG_ROOT, sourced.source.id, sourced.section.id)]
            cards.append(
                DeckCard(
                    row.fact_id,
                    sourced.fact.question,
                    sourced.fact.answer,
                    fact_source_line(sourced),
                    sourced.source.title,
                    sourced.section.title,
                    (*tags, *(["leech"] if row.leech else [])),
                    row.due,
                    row.lapses,
                    row.leech,
                )
            )
        history = await self.answers.answer_history(user_id, MAX_EXPORT_ANSWERS + 1)
        answers = [self._entry(row) for row in history[-MAX_EXPORT_ANSWERS:]]
        return MemberExport(
            user_id,
            self.clock(),
            tuple(cards),
            tuple(answers),
            len(rows) - len(cards),
            len(history) - len(answers),
        )

    def _entry(self, row: AnswerHistoryRow) -> AnswerEntry:
        base = self.questions.knowledge.base
        question = self.questions.get(row.question_id)
        sourced = base.fact(row.fact_id) if base.has_fact(row.fact_id) else None
        valid = question is not None and 0 <= row.choice < len(question.choices)
        return AnswerEntry(
            row.answered_at,
            row.kind,
            row.guild_id,
            sourced.source.title if sourced else "",
            sourced.section.title if sourced else "",
            question.prompt if question else "",
            question.choices[row.choice] if question and valid else _letter(row.choice),
            question.answer if question else "",
            row.correct,
            row.points,
            row.fact_id,
            row.question_id,
        )


def _letter(choice: int) -> str:
    return LETTERS[choice] if 0 <= choice < len(LETTERS) else str(choice)
