"""Benchmark the matcher: dev-set accuracy, index build time, latency against a naive fuzzy baseline, memory.

Run with ``make bench`` or ``python -m scripts.bench``. Bases: the shipped knowledge directory and synthetic
bases (scripts/synthetic.py) of 10,000 and 100,000 facts. Targets are printed PASS/FAIL; the exit code is 0.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import math
import os
import platform
import pstats
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz, process

from bot.core.answering.matcher import Matcher
from bot.core.answering.outcomes import Answer
from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.validation import load_knowledge
from bot.core.language.text import normalize
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from scripts.evaluate import DEV_SET, EVAL_DIR, evaluate, reliability
from scripts.synthetic import QUESTION_KINDS, LabelledQuestion, generate_base, generate_labelled_questions

#: Sizes at or above this time the naive baseline on fewer questions (a full scan per question).
LARGE_BASE = 50_000
WARMUP_QUESTIONS = 20
T = TypeVar("T")

# Targets.
P95_TARGETS_MS = {10_000: 2.0, 100_000: 20.0}
LOAD_TARGETS_S = {10_000: 2.0}


@dataclass
class SizeResult:
    """Everything measured on one base."""

    label: str
    facts: int = 0
    phrasings: int = 0
    vocabulary: int = 0
    load_s: float = 0.0
    index_s: float = 0.0
    index_rss_mb: float = 0.0
    traced_peak_mb: float | None = None
    latencies_ms: list[float] = field(default_factory=list)
    kind_latencies_ms: dict[str, list[float]] = field(default_factory=dict)
    correct: dict[str, list[bool]] = field(default_factory=dict)
    naive_ms: list[float] = field(default_factory=list)
    naive_hits: list[bool] = field(default_factory=list)
    rss_mb: float = 0.0
    peak_rss_mb: float = 0.0


def _rss_mb() -> float:
    """Return the current resident set size in MiB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mb() -> float:
    """Return the process's peak resident set size so far in MiB (ru_maxrss)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _pct(values: Sequence[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def _timed(fn: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def _is_correct(question: LabelledQuestion, outcome: object) -> bool:
    """Tell whether the outcome is right: the labelled fact answered, or no answer for unanswerable ones."""
    if question.fact_id is None:
        return not isinstance(outcome, Answer)
    return isinstance(outcome, Answer) and any(m.fact.fact.id == question.fact_id for m in outcome.matches)


# ---------------------------------------------------------------------------------------------- question sets
#: The labelled question sets, by how they may be used: tuned on, or held out (never looked at item by item).
QUESTION_SETS = (
    ("given", [DEV_SET]),
    ("team sample (frozen; tuned on in an earlier session)", [EVAL_DIR.parent / "team_eval.yaml"]),
    (
        "tuning sets (written blind from the article; tuned on)",
        [
            EVAL_DIR / "ordinary_tune.yaml",
            EVAL_DIR / "ordinary_tune2.yaml",
            EVAL_DIR / "adversarial_tune.yaml",
            EVAL_DIR / "adversarial_tune2.yaml",
            EVAL_DIR / "conversations_tune.yaml",
            EVAL_DIR / "conversations_tune2.yaml",
        ],
    ),
    (
        "held out (written blind from the article; never tuned on)",
        [
            EVAL_DIR / "ordinary_holdout.yaml",
            EVAL_DIR / "adversarial_holdout.yaml",
            EVAL_DIR / "conversations_holdout.yaml",
        ],
    ),
)


def run_question_sets() -> None:
    """Print precision, coverage and declines on every labelled set, and how reliable the confidence is."""
    print("== Question sets: precision (right answers / answers given), coverage, declines ==")
    service = KnowledgeService.from_directory(DEFAULT_KNOWLEDGE_DIR)
    for group, paths in QUESTION_SETS:
        print(f"-- {group}")
        confidences: list[tuple[float, bool]] = []
        for path in paths:
            if not path.exists():
                print(f"   missing: {path}")
                continue
            result = evaluate(service, path)
            confidences.extend(result.confidences)
            for line in result.report(quiet=True):
                if not line.startswith("  ") or "conversations" in line or "expected" in line:
                    print("   " + line.strip())
        if confidences:
            print("   confidence shown against answers right:")
            for line in reliability(confidences):
                print("   " + line)


# ---------------------------------------------------------------------------------------------- one base
def measure(
    label: str,
    load: Callable[[], KnowledgeBase],
    n_questions: int,
    naive_questions: int,
    seed: int,
    trace: bool,
) -> tuple[SizeResult, Matcher, list[LabelledQuestion]]:
    """Load a base, build its index, and time the matcher and the naive baseline on generated questions."""
    result = SizeResult(label)
    gc.collect()
    base, result.load_s = _timed(load)
    result.facts = len(base.facts)
    result.phrasings = sum(len(sf.fact.phrasings) for sf in base.facts)

    gc.collect()
    rss_before = _rss_mb()
    if trace:
        tracemalloc.start()
    matcher, result.index_s = _timed(lambda: Matcher(base))
    if trace:
        result.traced_peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    result.index_rss_mb = _rss_mb() - rss_before
    result.vocabulary = matcher.vocabulary_size

    questions = generate_labelled_questions(base, n_questions, seed)
    for warm in generate_labelled_questions(base, WARMUP_QUESTIONS, seed + 1000):
        matcher.ask(warm.text)
    gc.collect()
    for question in questions:
        start = time.perf_counter()
        outcome = matcher.ask(question.text)
        elapsed = (time.perf_counter() - start) * 1000
        result.latencies_ms.append(elapsed)
        result.kind_latencies_ms.setdefault(question.kind, []).append(elapsed)
        result.correct.setdefault(question.kind, []).append(_is_correct(question, outcome))

    # Naive baseline: one fuzzy scan over every stored phrasing of every fact.
    choices: list[str] = []
    owners: list[str] = []
    for sf in base.facts:
        for phrasing in sf.fact.phrasings:
            choices.append(normalize(phrasing))
            owners.append(sf.fact.id)
    gc.collect()
    for question in questions[:naive_questions]:
        start = time.perf_counter()
        found = process.extractOne(normalize(question.text), choices, scorer=fuzz.WRatio)
        result.naive_ms.append((time.perf_counter() - start) * 1000)
        if question.fact_id is not None:
            result.naive_hits.append(found is not None and owners[found[2]] == question.fact_id)
    result.rss_mb = _rss_mb()
    result.peak_rss_mb = _peak_rss_mb()
    return result, matcher, questions


def _print_progress(result: SizeResult) -> None:
    print(
        f"  {result.label}: {result.facts:,} facts, load {result.load_s:.2f}s, index {result.index_s:.2f}s, "
        f"matcher p95 {_pct(result.latencies_ms, 95):.2f} ms, naive p95 {_pct(result.naive_ms, 95):.1f} ms "
        f"({len(result.naive_ms)} q), RSS {result.rss_mb:.0f} MiB, peak {result.peak_rss_mb:.0f} MiB",
        flush=True,
    )


# ---------------------------------------------------------------------------------------------- report
def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    line = "  ".join(h.rjust(w) if i else h.ljust(w) for i, (h, w) in enumerate(zip(headers, widths, strict=True)))
    rule = "  ".join("-" * w for w in widths)
    body = [
        "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
        for row in rows
    ]
    return "\n".join([line, rule, *body])


def _ms(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.2f}" if value < 100 else f"{value:.0f}"


def print_report(results: Sequence[SizeResult], n_questions: int) -> None:
    """Print the size table, the per-kind tables and the targets."""
    print()
    print(f"== Matcher vs naive baseline ({n_questions} questions per base; latency in ms per question) ==")
    rows = []
    for r in results:
        rows.append(
            [
                r.label,
                f"{r.facts:,}",
                f"{r.phrasings:,}",
                f"{r.vocabulary:,}",
                f"{r.load_s:.2f}",
                f"{r.index_s:.2f}",
                _ms(_pct(r.latencies_ms, 50)),
                _ms(_pct(r.latencies_ms, 95)),
                _ms(max(r.latencies_ms, default=float("nan"))),
                _ms(_pct(r.naive_ms, 50)),
                _ms(_pct(r.naive_ms, 95)),
                str(len(r.naive_ms)),
                f"{r.index_rss_mb:.0f}",
                f"{r.rss_mb:.0f}",
                f"{r.peak_rss_mb:.0f}",
            ]
        )
    headers = [
        "base",
        "facts",
        "phrasings",
        "tokens",
        "load s",
        "index s",
        "p50",
        "p95",
        "max",
        "naive p50",
        "naive p95",
        "naive n",
        "index MiB",
        "RSS MiB",
        "peak MiB",
    ]
    print(_table(headers, rows))
    print("load: shipped = read+validate the YAML directory; synthetic = generate + validate (pydantic) + build base.")
    print("index: Matcher(base). tokens: index vocabulary. index MiB: RSS growth while building the index.")
    print("naive: rapidfuzz extractOne(normalised question, every question+alternative, scorer=WRatio).")
    print("RSS: resident after the base's run; peak: ru_maxrss of the process so far (cumulative over bases).")
    for r in results:
        if len(r.naive_ms) < len(r.latencies_ms):
            print(f"naive at {r.label}: timed on the first {len(r.naive_ms)} questions only (a full scan each).")
        if r.traced_peak_mb is not None:
            print(f"tracemalloc peak while building the {r.label} index: {r.traced_peak_mb:.0f} MiB")

    print()
    print("== Per question kind: matcher p95 ms / share handled correctly (sanity check, not a target) ==")
    kind_rows = []
    for r in results:
        row = [r.label]
        for kind in QUESTION_KINDS:
            lat = r.kind_latencies_ms.get(kind, [])
            ok = r.correct.get(kind, [])
            row.append(f"{_ms(_pct(lat, 95))} / {sum(ok)}/{len(ok)}" if ok else "-")
        hits = r.naive_hits
        row.append(f"{sum(hits)}/{len(hits)}" if hits else "-")
        kind_rows.append(row)
    print(_table(["base", *QUESTION_KINDS, "naive top-1 right"], kind_rows))
    print("correct = the labelled fact is answered (answerable kinds) or no answer is given (unanswerable).")

    print()
    print("== Targets ==")
    by_facts = {r.facts: r for r in results if r.label != "shipped"}
    for size, limit in P95_TARGETS_MS.items():
        run = by_facts.get(size)
        if run is None:
            print(f"  n/a   p95 <= {limit:g} ms at {size:,} facts (size not run)")
            continue
        p95 = _pct(run.latencies_ms, 95)
        print(f"  {_verdict(p95 <= limit)}  p95 <= {limit:g} ms at {size:,} facts: {p95:.2f} ms")
        naive50, naive95 = _pct(run.naive_ms, 50), _pct(run.naive_ms, 95)
        p50 = _pct(run.latencies_ms, 50)
        faster = p50 < naive50 and p95 < naive95
        print(
            f"  {_verdict(faster)}  faster than naive at {size:,} facts: p50 {p50:.2f} vs {naive50:.2f} ms, "
            f"p95 {p95:.2f} vs {naive95:.2f} ms ({naive95 / p95:.1f}x at p95)"
        )
        sample = len(run.naive_ms)
        if sample < len(run.latencies_ms):
            same = run.latencies_ms[:sample]
            print(
                f"        (naive timed on the first {sample} questions; matcher on those same {sample}: "
                f"p50 {_pct(same, 50):.2f} ms, p95 {_pct(same, 95):.2f} ms)"
            )
    for size, limit in LOAD_TARGETS_S.items():
        run = by_facts.get(size)
        if run is None:
            print(f"  n/a   load <= {limit:g} s at {size:,} facts (size not run)")
            continue
        print(f"  {_verdict(run.load_s <= limit)}  load <= {limit:g} s at {size:,} facts: {run.load_s:.2f} s")


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def profile(matcher: Matcher, questions: Sequence[LabelledQuestion], label: str, top: int = 20) -> None:
    """Print where the matcher spends its time on ``questions`` (cProfile, by own time and by cumulative)."""
    print()
    print(f"== cProfile of matcher.ask on {len(questions)} questions at {label} ==")
    profiler = cProfile.Profile()
    profiler.enable()
    for question in questions:
        matcher.ask(question.text)
    profiler.disable()
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.strip_dirs().sort_stats(key).print_stats(top)
        text = out.getvalue()
        print(f"-- by {key} --")
        print(text[text.find("   ncalls") :].rstrip())


# ---------------------------------------------------------------------------------------------- main
def _parse_sizes(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    """Run every measurement and print the report; always return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--sizes", type=_parse_sizes, default=[10_000, 100_000], help="synthetic sizes, comma-separated"
    )
    parser.add_argument("--questions", type=int, default=300, help="generated questions per base")
    parser.add_argument(
        "--naive-questions-large",
        type=int,
        default=30,
        help=f"questions for the naive baseline on bases of {LARGE_BASE:,}+ facts",
    )
    parser.add_argument("--seed", type=int, default=7, help="seed of the synthetic bases")
    parser.add_argument("--question-seed", type=int, default=11, help="seed of the generated questions")
    parser.add_argument("--no-dev", action="store_true", help="skip the dev-set accuracy")
    parser.add_argument("--no-shipped", action="store_true", help="skip the shipped knowledge base")
    parser.add_argument("--tracemalloc", action="store_true", help="trace allocations while building each index (slow)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="cProfile N questions on the largest base")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    print(f"studybot benchmark: Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs")
    if not args.no_dev:
        run_question_sets()
        print()

    print("== Measuring ==", flush=True)
    results: list[SizeResult] = []
    last: tuple[Matcher, list[LabelledQuestion], str] | None = None
    if not args.no_shipped:
        shipped, _matcher, _questions = measure(
            "shipped",
            lambda: load_knowledge(DEFAULT_KNOWLEDGE_DIR),
            args.questions,
            args.questions,
            args.question_seed,
            args.tracemalloc,
        )
        results.append(shipped)
        _print_progress(shipped)
    for size in args.sizes:
        last = None
        gc.collect()
        naive_n = args.naive_questions_large if size >= LARGE_BASE else args.questions
        result, matcher, questions = measure(
            f"{size // 1000}k" if size % 1000 == 0 else str(size),
            partial(generate_base, size, args.seed),
            args.questions,
            naive_n,
            args.question_seed,
            args.tracemalloc,
        )
        results.append(result)
        _print_progress(result)
        if args.profile:
            last = (matcher, questions, result.label)
        del matcher, questions

    print_report(results, args.questions)
    if last is not None:
        matcher, questions, label = last
        profile(matcher, questions[: args.profile], label)
    print()
    print(f"total benchmark time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
