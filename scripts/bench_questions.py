"""Print how fair the generated quiz questions are, from the blind ratings in tests/data/question_ratings.

Part of ``make bench`` (called at the end of scripts/bench.py); alone: ``python -m scripts.bench_questions``.
For each rating round and each sampled article (scripts/question_sample.py) it prints the share of rated questions
judged fair, counting only the rated questions the current generator still makes (a question it no longer makes
says nothing about it), how many rated ones it no longer makes, and how many questions of the current sample are
not rated yet. Round 1 was rated before the generator was tuned on its ratings, so its figure is a tuning figure;
round 2 (``python -m scripts.question_sample --round 2``), never tuned on, is the blind one once it is rated.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scripts.question_sample import (
    RATINGS_DIR,
    SAMPLE_SIZE,
    Article,
    is_rated,
    load_articles,
    question_key,
    rated_before,
    ratings_dir,
    read_ratings,
    sample,
)

#: The rounds the bench reports, with what each figure means.
ROUNDS = {
    1: "round 1 (rated before the changes; the generator was tuned on it)",
    2: "round 2 (blind: never tuned on)",
}


@dataclass(frozen=True)
class Fairness:
    """The rating figures of one article in one round."""

    article: str
    generated: int  # generated choice questions the current bank makes
    rated: int  # rated questions the current bank still makes
    fair: int  # of those, judged fair
    sampled: int  # questions in the current sample
    unrated: int  # of those, without a rating
    dropped: int = 0  # rated questions the current bank no longer makes
    dropped_fair: int = 0  # of those, judged fair

    @property
    def share(self) -> float | None:
        """Return the share judged fair among the rated questions still made, or None when none is rated."""
        return self.fair / self.rated if self.rated else None


def fairness(
    article: Article, directory: Path = RATINGS_DIR, size: int = SAMPLE_SIZE, round_number: int = 1
) -> Fairness:
    """Compare an article's ratings file of one round (in ``directory``) with what the generator makes now."""
    ratings = read_ratings(directory / f"{article.id}.yaml")
    current = {question_key(q) for q in article.questions}
    rated = {key: item for key, item in ratings.items() if is_rated(item)}
    still_made = [item for key, item in rated.items() if key in current]
    dropped = [item for key, item in rated.items() if key not in current]
    root = directory if round_number == 1 else directory.parent
    exclude = rated_before(article.id, round_number, root)
    in_sample = [question_key(q) for q in sample(article, size, round_number, exclude)]
    unrated = sum(1 for key in in_sample if not is_rated(ratings.get(key, {})))
    return Fairness(
        article.id,
        len(article.questions),
        len(still_made),
        sum(1 for item in still_made if item["fair"] is True),
        len(in_sample),
        unrated,
        len(dropped),
        sum(1 for item in dropped if item["fair"] is True),
    )


def report(rows: list[Fairness], title: str = "", closed: bool = False, refresh: str = "") -> list[str]:
    """Return the lines of the fairness section of one round (a closed round's new questions go to a later one)."""
    heading = f", {title}" if title else ""
    lines = ["", f"Generated quiz questions judged fair{heading}:"]
    for row in rows:
        share = f"{row.share:.0%} fair ({row.fair}/{row.rated} rated and still made)" if row.rated else "none rated"
        dropped = f"; {row.dropped} rated no longer made ({row.dropped_fair} of them fair)" if row.dropped else ""
        pending = "" if closed else f"; {row.unrated} of the {row.sampled} sampled unrated"
        lines.append(f"  {row.article:<28} {share}{dropped}{pending}; {row.generated} generated")
    if not closed and any(row.unrated for row in rows):
        command = f"python -m scripts.question_sample{refresh}"
        lines.append(f"  (refresh with `{command}` and have the unrated ones rated blind)")
    return lines


def main() -> int:
    """Print the fairness section of every round."""
    articles = load_articles()
    present = [n for n in ROUNDS if any((ratings_dir(n) / f"{article.id}.yaml").exists() for article in articles)]
    for round_number, title in ROUNDS.items():
        directory = ratings_dir(round_number)
        if round_number not in present:
            print(f"\nRound {round_number}: no sample yet (`python -m scripts.question_sample --round {round_number}`)")
            continue
        rows = [fairness(article, directory, SAMPLE_SIZE, round_number) for article in articles]
        closed = any(later > round_number for later in present)
        refresh = "" if round_number == 1 else f" --round {round_number}"
        for line in report(rows, title, closed, refresh):
            print(line)
    print("  (ratings in tests/data/question_ratings; round N>1 in its roundN/ folder)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
