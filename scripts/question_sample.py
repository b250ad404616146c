"""Sample generated quiz questions per article into YAML files for a blind fairness rating.

Run with ``python -m scripts.question_sample``. For every article of the shipped ``knowledge/`` folder and of
``tests/data/second_article`` it writes ``tests/data/question_ratings/<article_id>.yaml``: up to 50 generated
multiple-choice questions (the ones members see in quizzes), each with a stable key (a hash of its kind, prompt,
choices and answer), its prompt, choices and answer, and an empty ``fair:`` for the rater, who sees only these
questions and the article and writes ``fair: true`` or ``fair: false`` (and may add a ``note:``).

The sample is deterministic and stable: questions are ranked by a hash of their key, so a question the generator
keeps making keeps its place and its rating. Running the script again keeps every rating already given: rated
questions still in the sample keep their ``fair:``, and rated questions that left the sample move to ``earlier:``,
so ``make bench`` (scripts/bench_questions.py) still counts them while the generator produces them.

Rounds: ``--round 2`` (and later) writes ``tests/data/question_ratings/round2/<article_id>.yaml`` for a new blind
rater, drawn with another seed from the questions no earlier round has rated (50 per article, or all that remain).
Round 1 was rated before the generator was tuned on its ratings; a later round, never tuned on, is the blind figure.
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.core.knowledge.validation import load_knowledge
from bot.core.study.question import Question, QuestionKind, QuestionOrigin
from bot.core.study.questionbank import QuestionBank
from bot.paths import DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT

#: The knowledge folders whose articles are sampled: the shipped one and the second test article.
SAMPLED_DIRS = (DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT / "tests" / "data" / "second_article")
RATINGS_DIR = PROJECT_ROOT / "tests" / "data" / "question_ratings"
SAMPLE_SIZE = 50
#: The bank's seed in the running bot (bot/app.py); it only orders the choices, which the key ignores.
BANK_SEED = 0

HEADER = """\
# Generated quiz questions of one article, for a blind rating: read the article and each question, then set
# `fair: true` when the question is fair (one right answer, the marked one, supported by the article; three
# plausible wrong options of the same kind; no give-away in the wording; not about the article's own details
# such as its posting date), else `fair: false`; a short `note:` may say why. Keep the keys as they are.
# Written by `python -m scripts.question_sample`, which keeps the ratings given; `make bench` prints the share fair.
"""


@dataclass(frozen=True)
class Article:
    """One sampled article: its id and title, and the generated choice questions the bank makes for it."""

    id: str
    title: str
    questions: tuple[Question, ...]


def question_key(question: Question) -> str:
    """Return a stable key of a question: a hash of its kind, prompt, choices (in any order) and answer."""
    parts = [question.kind.value, question.prompt, *sorted(question.choices), question.answer]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def generated_choice_questions(bank: QuestionBank, article_id: str) -> tuple[Question, ...]:
    """Return the generated multiple-choice questions of one article, in the bank's order."""
    return tuple(
        q
        for q in bank.in_articles([article_id])
        if q.origin is QuestionOrigin.GENERATED and q.kind is QuestionKind.CHOICE
    )


def load_articles(directories: Iterable[Path] = SAMPLED_DIRS) -> list[Article]:
    """Build the question bank of each folder and return its articles with their generated questions."""
    articles: list[Article] = []
    for directory in directories:
        base = load_knowledge(directory)
        bank = QuestionBank(base, seed=BANK_SEED)
        for source in base.sources:
            articles.append(Article(source.id, source.title, generated_choice_questions(bank, source.id)))
    return articles


def ratings_dir(round_number: int = 1, root: Path = RATINGS_DIR) -> Path:
    """Return the folder of one round's ratings files: round 1 at the top, later rounds in ``roundN/``."""
    return root if round_number == 1 else root / f"round{round_number}"


def _rank(article_id: str, question: Question, round_number: int = 1) -> bytes:
    """Return a question's place in a round's draw: a hash of its key, salted by the round after the first."""
    salt = "" if round_number == 1 else f"round{round_number}:"
    return hashlib.sha256(f"{salt}{article_id}:{question_key(question)}".encode()).digest()


def sample(
    article: Article, size: int = SAMPLE_SIZE, round_number: int = 1, exclude: frozenset[str] = frozenset()
) -> list[Question]:
    """Pick up to ``size`` questions by the hash of their keys (stable as the generator changes), in bank order.

    A later round draws with its own seed and leaves out the keys in ``exclude`` (those rated in earlier rounds).
    """
    candidates = [q for q in article.questions if question_key(q) not in exclude]
    ranked = sorted(candidates, key=lambda q: _rank(article.id, q, round_number))
    chosen = {q.id for q in ranked[:size]}
    return [q for q in candidates if q.id in chosen]


def rated_before(article_id: str, round_number: int, root: Path = RATINGS_DIR) -> frozenset[str]:
    """Return the keys of the questions rated in the rounds before ``round_number`` (kept out of its draw)."""
    keys: set[str] = set()
    for earlier in range(1, round_number):
        ratings = read_ratings(ratings_dir(earlier, root) / f"{article_id}.yaml")
        keys |= {key for key, item in ratings.items() if is_rated(item)}
    return frozenset(keys)


def entry(question: Question) -> dict[str, Any]:
    """Return the YAML entry of a question, with an empty rating."""
    return {
        "key": question_key(question),
        "prompt": question.prompt,
        "choices": list(question.choices),
        "answer": question.answer,
        "fair": None,
    }


def read_ratings(path: Path) -> dict[str, dict[str, Any]]:
    """Return the entries of a ratings file by key (empty when the file does not exist)."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = [*(data.get("questions") or []), *(data.get("earlier") or [])]
    return {str(e["key"]): dict(e) for e in entries if isinstance(e, Mapping) and "key" in e}


def is_rated(item: Mapping[str, Any]) -> bool:
    """Tell whether an entry holds a rating (``fair: true`` or ``fair: false``)."""
    return isinstance(item.get("fair"), bool)


def write_sample(
    article: Article,
    directory: Path = RATINGS_DIR,
    size: int = SAMPLE_SIZE,
    round_number: int = 1,
    exclude: frozenset[str] = frozenset(),
) -> Path:
    """Write (or refresh) the ratings file of one article, keeping every rating already given."""
    path = directory / f"{article.id}.yaml"
    known = read_ratings(path)
    questions = []
    for question in sample(article, size, round_number, exclude):
        item = entry(question)
        old = known.get(item["key"], {})
        item["fair"] = old.get("fair") if is_rated(old) else None
        if old.get("note"):
            item["note"] = old["note"]
        questions.append(item)
    sampled = {item["key"] for item in questions}
    earlier = [dict(e) for key, e in known.items() if key not in sampled and is_rated(e)]
    document: dict[str, Any] = {"article": article.id, "title": article.title}
    if round_number != 1:
        document["round"] = round_number
    document["generated"] = len(article.questions)
    document["questions"] = questions
    if earlier:
        document["earlier"] = earlier
    directory.mkdir(parents=True, exist_ok=True)
    text = HEADER + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=120)
    # An unrated question shows an empty `fair:` for the rater to fill in (YAML reads it as null).
    text = re.sub(r"(?m)^(\s*)fair: null$", r"\1fair:", text)
    path.write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    """Write the sample of every article and print where."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--output", type=Path, default=RATINGS_DIR, help="root folder of the ratings files")
    parser.add_argument("--size", type=int, default=SAMPLE_SIZE, help="questions per article (default 50)")
    parser.add_argument(
        "--round", type=int, default=1, dest="round_number", help="rating round (2+: a fresh draw, in roundN/)"
    )
    args = parser.parse_args(argv)
    if args.round_number < 1:
        parser.error("--round must be 1 or more")
    directory = ratings_dir(args.round_number, args.output)
    for article in load_articles():
        exclude = rated_before(article.id, args.round_number, args.output)
        path = write_sample(article, directory, args.size, args.round_number, exclude)
        count = len(sample(article, args.size, args.round_number, exclude))
        print(
            f"{article.id}: round {args.round_number}, {count} of {len(article.questions)} generated questions "
            f"({len(exclude)} rated in earlier rounds left out) -> {path}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
