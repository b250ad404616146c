"""The question value shared by the question bank, the quiz engine, the daily quiz and reviews."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class QuestionKind(Enum):
    """How a question is answered."""

    CHOICE = "choice"  # four options, answered by button or letter
    TYPED = "typed"  # a short typed answer, judged with typo tolerance


class QuestionOrigin(Enum):
    """Where a question comes from."""

    CURATED = "curated"  # a quiz item written by an admin in the knowledge files
    GENERATED = "generated"  # made automatically from a fact


@dataclass(frozen=True)
class Question:
    """One quiz question; every question keeps its fact so a reveal can show the explanation and source."""

    id: str
    fact_id: str
    prompt: str
    choices: tuple[str, ...]
    answer_index: int
    explanation: str
    kind: QuestionKind = QuestionKind.CHOICE
    origin: QuestionOrigin = QuestionOrigin.CURATED

    @property
    def answer(self) -> str:
        """Return the text of the right answer."""
        return self.choices[self.answer_index]

    def is_correct(self, choice_index: int) -> bool:
        """Tell whether a chosen option is the right one."""
        return choice_index == self.answer_index
