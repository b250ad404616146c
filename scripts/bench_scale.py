"""Start-up, validation and memory at scale: the shipped base against 100,000 synthetic facts in 50 files.

Part of ``make bench`` (called from scripts/bench.py); alone: ``python -m scripts.bench_scale``. Every figure is
taken from a separate process, as users run the bot: ``studybot ask QUESTION`` timed from its start to the first
line of its answer, and ``studybot validate``, each with its own DATA_DIR (where the compiled index cache lives).
Peak memory is the child's own ru_maxrss (os.wait4), not this process's. The synthetic folder is written once per
generator version and kept in the temporary directory (scripts/synthetic.py: ``synthetic_folder``).

Scenarios: the shipped base, started with its cache warm (the reference every ratio is taken against); the
100k folder with no cache (the first start); started again with nothing changed; started after one of its 50
files changed (a fact added, as an editor would); ``studybot validate`` of the folder (cache warm) and with no
cache. The previous implementation validated and indexed everything at every start, which is what the first
start (and ``INDEX_CACHE=false``) does now, with today's faster code; the old code's own figures are in the
README.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bot.paths import DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT

LARGE_FACTS = 100_000
LARGE_FILES = 50
SHIPPED_QUESTION = "cepa year?"
#: A question on the synthetic base (any question does: the figure is the start, not the answer).
LARGE_QUESTION = "when was the dlfqa signed"
WARM_RUNS = 3

# Targets (the issue's): ratios against the shipped base's start in the same run, and absolute limits.
WARM_RATIO = 3.0
CHANGED_RATIO = 5.0
COLD_LIMIT_S = 60.0
VALIDATE_LIMIT_S = 30.0
MEMORY_LIMIT_MIB = 500.0


@dataclass(frozen=True)
class Run:
    """One child process: seconds to its first line of output (or to its exit), its exit code and peak memory."""

    first_line_s: float
    exit_s: float
    code: int
    peak_mib: float


def run_child(args: list[str], knowledge: Path, data: Path, cache: bool = True) -> Run:
    """Run ``studybot ARGS`` in its own process; time its first output line and read its peak memory."""
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"KNOWLEDGE_DIR", "DATA_DIR", "INDEX_CACHE"}},
        "STUDYBOT_ENV_FILE": "",
        "KNOWLEDGE_DIR": str(knowledge),
        "DATA_DIR": str(data),
        "INDEX_CACHE": "true" if cache else "false",
        "LOG_LEVEL": "WARNING",
    }
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "bot", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=PROJECT_ROOT,
    )
    assert child.stdout is not None
    child.stdout.readline()
    first = time.perf_counter() - started
    child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    ended = time.perf_counter() - started
    peak = usage.ru_maxrss / 2**20 if sys.platform == "darwin" else usage.ru_maxrss / 1024
    return Run(first, ended, child.returncode, peak)


def _median(runs: list[Run]) -> Run:
    ordered = sorted(runs, key=lambda r: r.first_line_s)
    return ordered[len(ordered) // 2]


def _add_fact(folder: Path, number: int) -> None:
    """Add one fact to the 17th article, as an editor would (a new fact with its own id)."""
    path = sorted(folder.glob("article-*.yaml"))[16]
    text = path.read_text(encoding="utf-8")
    fact = (
        f"- id: bench-added-fact-{number}\n"
        "  section: why_in_news\n"
        f"  question: Which airship did the Quirinus works number {number} build in 1931?\n"
        f"  answer: The Quirinus works number {number} built the airship Graf Ostwind in 1931.\n"
    )
    path.write_text(text.replace("facts:\n", "facts:\n" + fact, 1), encoding="utf-8")


@dataclass
class ScaleResult:
    """Every figure of the scale section."""

    shipped: Run
    cold: Run
    warm: Run
    changed: Run
    validate: Run
    validate_cold: Run
    data_dir: Path
    folder: Path


def _synthetic_folder_in_child() -> Path:
    """Write (or find) the synthetic folder in a process of its own.

    On Linux a child's ru_maxrss starts from its parent's peak at the fork, so a parent that had written 100,000
    facts itself would lend every measured start its own few hundred MiB.
    """
    code = f"from scripts.synthetic import synthetic_folder; print(synthetic_folder({LARGE_FACTS}, {LARGE_FILES}))"
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, check=True, capture_output=True, text=True)
    return Path(done.stdout.strip().splitlines()[-1])


def measure(root: Path) -> ScaleResult:
    """Take every figure; ``root`` holds the DATA_DIRs and the scratch copy of the synthetic folder."""
    print(f"  writing or reusing the synthetic folder ({LARGE_FACTS:,} facts in {LARGE_FILES} files)...", flush=True)
    started = time.perf_counter()
    pristine = _synthetic_folder_in_child()
    print(f"  synthetic folder ready in {time.perf_counter() - started:.0f} s: {pristine}", flush=True)
    folder = root / "knowledge"
    shutil.copytree(pristine, folder, ignore=shutil.ignore_patterns(".*"))
    shipped_data = root / "data-shipped"
    run_child(["ask", SHIPPED_QUESTION], DEFAULT_KNOWLEDGE_DIR, shipped_data)  # makes its cache
    shipped = _median([run_child(["ask", SHIPPED_QUESTION], DEFAULT_KNOWLEDGE_DIR, shipped_data) for _ in range(3)])
    print(f"  shipped base, cache warm: {shipped.first_line_s:.2f} s to the first answer", flush=True)
    data = root / "data-large"
    cold = run_child(["ask", LARGE_QUESTION], folder, data)
    print(f"  {LARGE_FACTS:,} facts, no cache: {cold.first_line_s:.1f} s", flush=True)
    warm = _median([run_child(["ask", LARGE_QUESTION], folder, data) for _ in range(WARM_RUNS)])
    print(f"  {LARGE_FACTS:,} facts, nothing changed: {warm.first_line_s:.2f} s", flush=True)
    changes = []
    for number in range(2):
        _add_fact(folder, number)
        changes.append(run_child(["ask", LARGE_QUESTION], folder, data))
    changed = _median(changes)
    print(f"  {LARGE_FACTS:,} facts, one file changed: {changed.first_line_s:.2f} s", flush=True)
    validate = run_child(["validate"], folder, data)
    validate_cold = run_child(["validate"], folder, root / "data-validate")
    print(f"  validate: {validate.exit_s:.1f} s (no cache: {validate_cold.exit_s:.1f} s)", flush=True)
    return ScaleResult(shipped, cold, warm, changed, validate, validate_cold, data, folder)


def _verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report(result: ScaleResult) -> None:
    """Print the table of figures with their targets."""
    base = result.shipped.first_line_s
    print()
    print(f"== Start-up, validation and memory: shipped base vs {LARGE_FACTS:,} facts in {LARGE_FILES} files ==")
    rows = [
        ("shipped base, start to first answer (cache warm)", result.shipped, "reference", True),
        (
            "100k, start, nothing changed since last start",
            result.warm,
            f"<= {WARM_RATIO:g}x shipped = {WARM_RATIO * base:.2f} s",
            result.warm.first_line_s <= WARM_RATIO * base,
        ),
        (
            "100k, start after one of the 50 files changed",
            result.changed,
            f"<= {CHANGED_RATIO:g}x shipped = {CHANGED_RATIO * base:.2f} s",
            result.changed.first_line_s <= CHANGED_RATIO * base,
        ),
        (
            "100k, first start with no cache",
            result.cold,
            f"<= {COLD_LIMIT_S:g} s",
            result.cold.first_line_s <= COLD_LIMIT_S,
        ),
    ]
    print(f"{'figure':<52} {'seconds':>8} {'x shipped':>9} {'peak MiB':>9}  target")
    for label, run, target, ok in rows:
        verdict = "" if target == "reference" else _verdict(ok) + " "
        print(
            f"{label:<52} {run.first_line_s:>8.2f} {run.first_line_s / base:>9.1f} {run.peak_mib:>9.0f}  "
            f"{verdict}{target}"
        )
    v, vc = result.validate, result.validate_cold
    print(
        f"{'studybot validate of the 100k folder':<52} {v.exit_s:>8.2f} {'':>9} {v.peak_mib:>9.0f}  "
        f"{_verdict(v.exit_s <= VALIDATE_LIMIT_S and v.code == 0)} <= {VALIDATE_LIMIT_S:g} s (exit code {v.code})"
    )
    print(f"{'  the same with no cache (info)':<52} {vc.exit_s:>8.2f} {'':>9} {vc.peak_mib:>9.0f}")
    peaks = [result.warm.peak_mib, result.changed.peak_mib, v.peak_mib]
    print(
        f"  {_verdict(max(peaks) <= MEMORY_LIMIT_MIB)}  peak memory of a 100k start or validate <= "
        f"{MEMORY_LIMIT_MIB:g} MiB (bm25s alone: 274 MiB in the issue): nothing changed {result.warm.peak_mib:.0f}, "
        f"one file changed {result.changed.peak_mib:.0f}, validate {v.peak_mib:.0f} MiB; "
        f"first start with no cache {result.cold.peak_mib:.0f} MiB (info)"
    )
    print(
        f"  previous behaviour: every start validated and indexed everything, as the first start does now (and as "
        f"INDEX_CACHE=false does): {result.cold.first_line_s:.1f} s, {result.cold.peak_mib:.0f} MiB at every start"
    )
    print("  seconds: from starting `studybot ask` to its first line of output (validate: to its exit); each start")
    print("  is a new process; nothing changed: median of 3; one file changed: median of 2 (a fact added each time).")
    print(f"  CPUs: {os.cpu_count()}, load average now: {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "")


def main() -> ScaleResult:
    """Measure and print; the folders are removed afterwards."""
    root = Path(tempfile.mkdtemp(prefix="studybot-bench-scale-"))
    try:
        result = measure(root)
        report(result)
        return result
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
