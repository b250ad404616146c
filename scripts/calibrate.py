"""Fit the answer confidence on labelled questions: a logistic model over ``decision.answer_features``.

Runs every tuning set (never a held-out one), keeps each answer the bot gives with whether it was right,
fits the weights and prints them for ``Thresholds.calibration``, with the reliability before and after
and, for each cut-off, the precision and coverage it would give on the same sets.

    python -m scripts.calibrate [SET.yaml ...]
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

import numpy as np
import yaml

from bot.cli import outcome_record
from bot.core.answering.decision import calibrated
from bot.core.answering.outcomes import Answer
from bot.core.services.asking import AskingService
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from scripts.evaluate import EVAL_DIR, is_correct

TUNING_SETS = [
    EVAL_DIR / "ordinary_tune.yaml",
    EVAL_DIR / "ordinary_tune2.yaml",
    EVAL_DIR / "adversarial_tune.yaml",
    EVAL_DIR / "adversarial_tune2.yaml",
    EVAL_DIR / "conversations_tune.yaml",
    EVAL_DIR / "conversations_tune2.yaml",
    EVAL_DIR.parent / "team_eval.yaml",
]


def collect(asking: AskingService, paths: list[Path]) -> tuple[list[tuple[float, ...]], list[bool]]:
    """Return the features and rightness of every answer given on the sets."""
    features: list[tuple[float, ...]] = []
    labels: list[bool] = []

    def take(item: dict[str, object], outcome: object) -> None:
        if isinstance(outcome, Answer) and outcome.best.features:
            features.append(min((m.features for m in outcome.matches), key=lambda f: f[0]))
            labels.append(is_correct(item, outcome_record(str(item["q"]), outcome)))

    for path in paths:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for item in doc.get("items") or []:
            take(item, asking.answer(item["q"]))
        for conversation in doc.get("conversations") or []:
            context = asking.new_conversation()
            for turn in conversation["turns"]:
                take(turn, asking.answer(turn["q"], context))
    return features, labels


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 4000) -> tuple[float, ...]:
    """Fit logistic regression by gradient descent on standardised features; return raw-scale weights."""
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / std
    w = np.zeros(z.shape[1])
    b = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        grad_w = z.T @ (p - y) / len(y) + l2 * w / len(y)
        grad_b = float(np.mean(p - y))
        w -= 0.5 * grad_w
        b -= 0.5 * grad_b
    raw = w / std
    intercept = b - float(np.sum(w * mean / std))
    return (*(round(float(v), 4) for v in raw), round(intercept, 4))


def main() -> int:
    """Fit, and print the weights with what they do."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", type=Path, default=TUNING_SETS)
    args = parser.parse_args()
    knowledge = KnowledgeService.from_directory(DEFAULT_KNOWLEDGE_DIR)
    features, labels = collect(AskingService(knowledge), args.sets)
    x, y = np.array(features, dtype=float), np.array(labels, dtype=float)
    weights = fit(x, y)
    print(f"{len(y)} answers, {int(y.sum())} right ({y.mean():.1%})")
    print(f"calibration: tuple[float, ...] = {weights}")
    probabilities = np.array([calibrated(tuple(f), weights) for f in features])
    for name, scores in (("raw score", x[:, 0]), ("calibrated", probabilities)):
        print(f"reliability of the {name}:")
        for low, high in ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 0.95), (0.95, 1.01)):
            inside = (scores >= low) & (scores < high)
            if inside.any():
                print(f"  {low:.2f}-{min(high, 1):.2f}: {int(y[inside].sum())}/{int(inside.sum())} right")
    print("cut-off  precision  answers kept")
    for cut in (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        kept = probabilities >= cut
        if kept.any():
            print(f"  {cut:.1f}     {y[kept].mean():.1%}     {int(kept.sum())}/{len(y)}")
    _ = dataclasses  # the weights are pasted into Thresholds by hand, reviewed like any other number
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
