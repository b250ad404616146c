"""Problems found in knowledge files, each with the file:line:col an editor can jump to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.core.errors import UserFacingError


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a knowledge file, at a position an editor can jump to."""

    path: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.message}"


class KnowledgeError(UserFacingError):
    """Raised when knowledge files do not validate; carries every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(sorted(problems))
        summary = "; ".join(str(p) for p in self.problems[:3])
        more = f" (and {len(self.problems) - 3} more)" if len(self.problems) > 3 else ""
        super().__init__(f"{len(self.problems)} problem(s) in the knowledge files: {summary}{more}")
