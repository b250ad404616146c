"""Measure drafted knowledge: draft each test article alone, then ask it the team's key questions.

For every article of ``tests/data/articles/key_questions.yaml`` the article is copied into an empty folder,
drafted there with ``studybot draft``'s code, loaded as the bot loads knowledge, and asked each key question. A
question passes when the bot gives an answer (not suggestions, a partial answer or a decline) whose snippet, the
text a member reads without the source line, contains one of its ``expect_any`` strings (as
``scripts/evaluate.py`` scores answers).

With ``--curated``, the articles that also have a team-written file in ``tests/data/second_article`` are asked
the same key questions beside the shipped article (as a server holding both would be), and their "ambiguous"
questions, which both articles answer differently, are counted as handled when the bot answers for each article or
asks back which one.

    python -m scripts.draft_eval [--quiet] [--keep DIR] [--curated]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.cli import outcome_record
from bot.core.answering.outcomes import Answer, Clarify
from bot.core.services.asking import AskingService
from bot.core.services.knowledge import KnowledgeService, draft_article
from bot.paths import DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT
from scripts.evaluate import keys_match, snippet_text

ARTICLES_DIR = PROJECT_ROOT / "tests" / "data" / "articles"
KEY_QUESTIONS = ARTICLES_DIR / "key_questions.yaml"
CURATED_DIR = PROJECT_ROOT / "tests" / "data" / "second_article"
#: The share of key questions a draft must answer right, per article.
TARGET = 2 / 3


@dataclass
class ArticleScore:
    """Key questions answered right for one drafted article, and how each one that failed went."""

    article: str
    passed: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)
    facts: int = 0

    @property
    def share(self) -> float:
        """Return the share of key questions answered right."""
        return self.passed / self.total if self.total else 0.0


def load_key_questions(path: Path = KEY_QUESTIONS) -> list[dict[str, Any]]:
    """Return the articles of the key-question file, each with its file name and questions."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["articles"])


def score_article(article: Path, questions: list[dict[str, Any]], keep: Path | None = None) -> ArticleScore:
    """Draft ``article`` alone in a scratch folder and ask it ``questions``."""
    score = ArticleScore(article.name)
    with tempfile.TemporaryDirectory(prefix="studybot-draft-eval-") as scratch_name:
        scratch = Path(scratch_name)
        copy = scratch / article.name
        shutil.copyfile(article, copy)
        result = draft_article(copy, scratch / f"{article.stem}.yaml")
        if result.problems:
            problems = "; ".join(str(p) for p in result.problems[:5])
            raise AssertionError(f"the draft of {article.name} does not validate: {problems}")
        score.facts = result.draft.facts
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(result.output, keep / result.output.name)
        asking = AskingService(KnowledgeService.from_directory(scratch))
        for item in questions:
            record = outcome_record(item["q"], asking.answer(item["q"]))
            score.total += 1
            if record["answered"] and keys_match(item, snippet_text(record)):
                score.passed += 1
                continue
            got = record["kind"] if not record["answered"] else f"wrong answer {record['fact_id']}"
            snippet = " | ".join(s for s in record.get("suggestions") or [])[:160]
            score.failures.append(f"{item['q']!r} -> {got} {snippet}".rstrip())
    return score


def score_curated(entry: dict[str, Any]) -> tuple[ArticleScore, int, int] | None:
    """Ask an article's key and ambiguous questions of its curated file beside the shipped knowledge."""
    if not (CURATED_DIR / entry["file"]).is_file():
        return None
    with tempfile.TemporaryDirectory(prefix="studybot-curated-eval-") as scratch_name:
        scratch = Path(scratch_name) / "knowledge"
        shutil.copytree(DEFAULT_KNOWLEDGE_DIR, scratch)
        for path in CURATED_DIR.iterdir():
            shutil.copyfile(path, scratch / path.name)
        asking = AskingService(KnowledgeService.from_directory(scratch))
        score = ArticleScore(entry["file"])
        for item in entry["questions"]:
            record = outcome_record(item["q"], asking.answer(item["q"]))
            score.total += 1
            if record["answered"] and keys_match(item, snippet_text(record)):
                score.passed += 1
            else:
                score.failures.append(f"{item['q']!r} -> {record['kind']} {record['fact_id'] or ''}".rstrip())
        ambiguous = [item["q"] for item in entry.get("ambiguous") or []]
        handled = 0
        for question in ambiguous:
            outcome = asking.answer(question)
            if (isinstance(outcome, Answer) and outcome.by_article) or (
                isinstance(outcome, Clarify) and outcome.options
            ):
                handled += 1
            else:
                score.failures.append(f"ambiguous {question!r} -> {type(outcome).__name__}")
        return score, handled, len(ambiguous)


def evaluate_drafts(keep: Path | None = None) -> list[ArticleScore]:
    """Score the draft of every article in the key-question file."""
    return [
        score_article(ARTICLES_DIR / entry["file"], list(entry["questions"]), keep) for entry in load_key_questions()
    ]


def main() -> int:
    """Print each article's score and failing questions; exit 1 if one falls short of the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print the scores only")
    parser.add_argument("--keep", type=Path, help="also copy each draft into this folder")
    parser.add_argument("--curated", action="store_true", help="also ask the curated files beside the shipped one")
    args = parser.parse_args()
    short = False
    for score in evaluate_drafts(args.keep):
        print(f"{score.article}: {score.passed}/{score.total} key questions answered right ({score.facts} facts)")
        if not args.quiet:
            for failure in score.failures:
                print(f"  FAIL {failure}")
        short = short or score.share < TARGET
    if args.curated:
        for entry in load_key_questions():
            curated = score_curated(entry)
            if curated is None:
                continue
            score, handled, ambiguous = curated
            print(
                f"{score.article} (curated, beside the shipped article): {score.passed}/{score.total} key questions"
                f" answered right; {handled}/{ambiguous} ambiguous questions answered per article or asked back"
            )
            if not args.quiet:
                for failure in score.failures:
                    print(f"  FAIL {failure}")
    return 1 if short else 0


if __name__ == "__main__":
    raise SystemExit(main())
