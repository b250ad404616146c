"""Score the matcher on a question set in the format of ../shared/eval/dev.yaml."""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.cli import outcome_record
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT

DEV_SET = PROJECT_ROOT.parent / "shared" / "eval" / "dev.yaml"
_DASHES = re.compile(r"[-\u2010-\u2015\s]+")


def _norm(text: str) -> str:
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    return _DASHES.sub(" ", text).strip()


@dataclass(frozen=True)
class EvalResult:
    """Scores on one question set, with the items that went wrong."""

    answerable: int
    answered_correctly: int
    unanswerable: int
    declined: int
    failures: tuple[str, ...]

    @property
    def answer_accuracy(self) -> float:
        """Share of answerable items answered with a correct answer."""
        return self.answered_correctly / self.answerable if self.answerable else 1.0

    @property
    def decline_rate(self) -> float:
        """Share of unanswerable items declined."""
        return self.declined / self.unanswerable if self.unanswerable else 1.0

    @property
    def overall(self) -> float:
        """Share of all items handled correctly."""
        total = self.answerable + self.unanswerable
        return (self.answered_correctly + self.declined) / total if total else 1.0


def is_correct(item: dict[str, object], record: dict[str, object]) -> bool:
    """Apply the question set's scoring rule to one answer record."""
    answered = bool(record["answered"])
    if not item["answerable"]:
        return not answered
    if not answered:
        return False
    text = _norm(str(record["answer"]))
    any_keys = [str(k) for k in item.get("expect_any", []) or []]  # type: ignore[attr-defined]
    all_keys = [str(k) for k in item.get("expect_all", []) or []]  # type: ignore[attr-defined]
    return (not any_keys or any(_norm(k) in text for k in any_keys)) and all(_norm(k) in text for k in all_keys)


def evaluate(service: KnowledgeService, path: Path = DEV_SET) -> EvalResult:
    """Ask every question of the set and score the answers."""
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
    answerable = correct = unanswerable = declined = 0
    failures: list[str] = []
    for item in items:
        record = outcome_record(item["q"], service.matcher.ask(item["q"]))
        ok = is_correct(item, record)
        if item["answerable"]:
            answerable += 1
            correct += ok
        else:
            unanswerable += 1
            declined += ok
        if not ok:
            got = record["fact_id"] or (
                "suggested: " + " | ".join(record["suggestions"])
                if record["suggestions"]
                else record.get("declined", "declined")
            )
            failures.append(f"{item['id']} {item['q']!r} -> {got}")
    return EvalResult(answerable, correct, unanswerable, declined, tuple(failures))


def main() -> int:
    """Print the scores and the failures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("questions", nargs="?", type=Path, default=DEV_SET)
    parser.add_argument("--knowledge", type=Path, default=DEFAULT_KNOWLEDGE_DIR)
    args = parser.parse_args()
    result = evaluate(KnowledgeService.from_directory(args.knowledge), args.questions)
    print(
        f"answerable: {result.answered_correctly}/{result.answerable} ({result.answer_accuracy:.1%})  "
        f"declined: {result.declined}/{result.unanswerable} ({result.decline_rate:.1%})  overall: {result.overall:.1%}"
    )
    for failure in result.failures:
        print("  FAIL", failure)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
