"""Score the bot on a question set (items) or a conversation set, in the format of tests/data/dev.yaml.

Figures: precision (right answers / answers given), coverage (right answers / answerable questions),
the declined share of unanswerable questions (no answer shown as one), and, for items that expect a
correction or a partial answer, how often the bot gave that. Answers are judged on the snippet the
member reads (the bot's note and each fact's answer), never on the source lines, which name the
article's title, publisher and dates and would otherwise pass any wrong answer to "when was it posted?".

    python -m scripts.evaluate [SET.yaml ...] [--quiet]
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.cli import outcome_record
from bot.core.services.asking import AskingService
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT

DATA_DIR = PROJECT_ROOT / "tests" / "data"
#: The given development set: a verbatim copy of ../shared/eval/dev.yaml, kept in the repository.
DEV_SET = DATA_DIR / "dev.yaml"
#: A blind team sample, since used to tune the glossary and filler words: a regression set, not a blind one.
TEAM_SET = DATA_DIR / "team_eval.yaml"
EVAL_DIR = DATA_DIR / "eval"
_KINDS = ("ordinary", "adversarial", "conversations")
#: Written blind from the article and tuned on (thresholds, calibration, the baselines' thresholds).
TUNING_SETS = (
    *(EVAL_DIR / f"{kind}_{name}.yaml" for kind in _KINDS for name in ("tune", "tune2")),
    # Written blind by a fourth helper and first reported as a holdout; tuned on since 2026-12-02 (session 16).
    EVAL_DIR / "mixed_tune3.yaml",
    EVAL_DIR / "conversations_tune3.yaml",
    # Written blind by a sixth helper on 2026-12-02 (session 16) to be tuned on.
    EVAL_DIR / "mixed_tune4.yaml",
    EVAL_DIR / "conversations_tune4.yaml",
    # Written blind by a seventh helper on 2026-12-02 (session 17) to be tuned on.
    EVAL_DIR / "mixed_tune5.yaml",
    EVAL_DIR / "conversations_tune5.yaml",
)
#: Written blind from the article and never tuned on: report their aggregate figures only, never their items.
HOLDOUT_SETS = tuple(EVAL_DIR / f"{kind}_holdout.yaml" for kind in _KINDS)
#: Written blind from the article by a fifth helper on 2026-12-02 (session 16), after the others were used; sealed:
#: never tuned on, never read item by item.
FRESH_SETS = (EVAL_DIR / "sealed_holdout.yaml", EVAL_DIR / "sealed_conversations_holdout.yaml")
#: Written blind from the article by an eighth helper on 2026-12-02 (session 17); never tuned on, aggregates only.
FRESH7_SETS = (EVAL_DIR / "fresh7_holdout.yaml", EVAL_DIR / "fresh7_conversations_holdout.yaml")
#: Written blind from the article by a ninth helper on 2026-12-02 (session 18); never tuned on, aggregates only.
FRESH8_SETS = (EVAL_DIR / "fresh8_holdout.yaml", EVAL_DIR / "fresh8_conversations_holdout.yaml")
#: Written blind from the article by a tenth helper on 2026-12-02 (session 19); never tuned on, aggregates only.
FRESH9_SETS = (EVAL_DIR / "fresh9_holdout.yaml", EVAL_DIR / "fresh9_conversations_holdout.yaml")
#: Written blind from the article by an eleventh helper late on 2026-12-02 (session 19); never tuned on.
FRESH10_SETS = (EVAL_DIR / "fresh10_holdout.yaml", EVAL_DIR / "fresh10_conversations_holdout.yaml")
#: Written blind from the article by a twelfth helper at the start of session 20 (2026-12-02); never tuned on.
FRESH11_SETS = (EVAL_DIR / "fresh11_holdout.yaml", EVAL_DIR / "fresh11_conversations_holdout.yaml")
#: Written blind from the article by a thirteenth helper at the start of session 21 (2026-12-02); never tuned on.
FRESH12_SETS = (EVAL_DIR / "fresh12_holdout.yaml", EVAL_DIR / "fresh12_conversations_holdout.yaml")
#: Written blind from the article by a fourteenth helper at the start of session 22 (2026-12-02); never tuned on.
FRESH13_SETS = (EVAL_DIR / "fresh13_holdout.yaml", EVAL_DIR / "fresh13_conversations_holdout.yaml")
#: Written blind from the article by a fifteenth helper at the start of session 23 (2026-12-03); never tuned on.
FRESH14_SETS = (EVAL_DIR / "fresh14_holdout.yaml", EVAL_DIR / "fresh14_conversations_holdout.yaml")
#: Written blind from the article by a sixteenth helper at the start of session 24 (2026-12-03); never tuned on.
FRESH15_SETS = (EVAL_DIR / "fresh15_holdout.yaml", EVAL_DIR / "fresh15_conversations_holdout.yaml")
#: Written blind from the article by a seventeenth helper at the start of session 25 (2026-12-03); never tuned on.
FRESH16_SETS = (EVAL_DIR / "fresh16_holdout.yaml", EVAL_DIR / "fresh16_conversations_holdout.yaml")
#: Written blind from the article by an eighteenth helper at the start of session 26 (2026-12-03); never tuned on.
FRESH17_SETS = (EVAL_DIR / "fresh17_holdout.yaml", EVAL_DIR / "fresh17_conversations_holdout.yaml")
#: Written blind from the article by a nineteenth helper at the start of session 27 (2026-12-03); never tuned on.
FRESH18_SETS = (EVAL_DIR / "fresh18_holdout.yaml", EVAL_DIR / "fresh18_conversations_holdout.yaml")
#: Written blind from the article by a twentieth helper at the start of session 28 (2026-12-03); never tuned on.
FRESH19_SETS = (EVAL_DIR / "fresh19_holdout.yaml", EVAL_DIR / "fresh19_conversations_holdout.yaml")
#: Written blind from the article by a twenty-first helper at the start of session 29 (2026-12-03); never tuned on.
FRESH20_SETS = (EVAL_DIR / "fresh20_holdout.yaml", EVAL_DIR / "fresh20_conversations_holdout.yaml")
#: Written blind from the article by a twenty-second helper at the start of session 30 (2026-12-04); never tuned on.
FRESH21_SETS = (EVAL_DIR / "fresh21_holdout.yaml", EVAL_DIR / "fresh21_conversations_holdout.yaml")
#: Written blind from the article by a twenty-third helper at the start of session 31 (2026-12-04); never tuned on.
FRESH22_SETS = (EVAL_DIR / "fresh22_holdout.yaml", EVAL_DIR / "fresh22_conversations_holdout.yaml")
#: Written blind from the article by a twenty-fourth helper at the start of session 32 (2026-12-04); never tuned on.
FRESH23_SETS = (EVAL_DIR / "fresh23_holdout.yaml", EVAL_DIR / "fresh23_conversations_holdout.yaml")
#: Written blind from the article by a twenty-fifth helper at the start of session 33 (2026-12-04); never tuned on.
FRESH24_SETS = (EVAL_DIR / "fresh24_holdout.yaml", EVAL_DIR / "fresh24_conversations_holdout.yaml")
#: Written blind from the article by a twenty-sixth helper at the start of session 34 (2026-12-04); never tuned on.
FRESH25_SETS = (EVAL_DIR / "fresh25_holdout.yaml", EVAL_DIR / "fresh25_conversations_holdout.yaml")
#: Written blind from the article by a twenty-seventh helper at the start of session 35 (2026-12-04); never tuned on.
FRESH26_SETS = (EVAL_DIR / "fresh26_holdout.yaml", EVAL_DIR / "fresh26_conversations_holdout.yaml")
#: Written blind from the article by a twenty-eighth helper at the start of session 36 (2026-12-05); never tuned on.
FRESH27_SETS = (EVAL_DIR / "fresh27_holdout.yaml", EVAL_DIR / "fresh27_conversations_holdout.yaml")
#: Written blind from the article by a twenty-ninth helper at the start of session 37 (2026-12-05); never tuned on.
FRESH28_SETS = (EVAL_DIR / "fresh28_holdout.yaml", EVAL_DIR / "fresh28_conversations_holdout.yaml")
#: Written blind from the article by a thirtieth helper at the start of session 38 (2026-12-05); never tuned on.
FRESH29_SETS = (EVAL_DIR / "fresh29_holdout.yaml", EVAL_DIR / "fresh29_conversations_holdout.yaml")
#: Written blind from the article by a thirty-first helper at the start of session 39 (2026-12-05); never tuned on.
FRESH30_SETS = (EVAL_DIR / "fresh30_holdout.yaml", EVAL_DIR / "fresh30_conversations_holdout.yaml")
#: Written blind from the article by a thirty-second helper at the start of session 40 (2026-12-05); never tuned on.
FRESH31_SETS = (EVAL_DIR / "fresh31_holdout.yaml", EVAL_DIR / "fresh31_conversations_holdout.yaml")
#: Written blind from the article by a thirty-third helper at the start of session 41 (2026-12-05); never tuned on.
FRESH32_SETS = (EVAL_DIR / "fresh32_holdout.yaml", EVAL_DIR / "fresh32_conversations_holdout.yaml")
#: Written blind from the article by a thirty-fourth helper at the start of session 42 (2026-12-05); never tuned on.
FRESH33_SETS = (EVAL_DIR / "fresh33_holdout.yaml", EVAL_DIR / "fresh33_conversations_holdout.yaml")
#: Written blind from the article by a thirty-fifth helper at the start of session 43 (2026-12-05); never tuned on.
FRESH34_SETS = (EVAL_DIR / "fresh34_holdout.yaml", EVAL_DIR / "fresh34_conversations_holdout.yaml")
#: Written blind from the article by a thirty-sixth helper at the start of session 44 (2026-12-05); never tuned on.
FRESH35_SETS = (EVAL_DIR / "fresh35_holdout.yaml", EVAL_DIR / "fresh35_conversations_holdout.yaml")
#: Written blind from the article by a thirty-seventh helper at the start of session 45 (2026-12-05); never tuned on.
FRESH36_SETS = (EVAL_DIR / "fresh36_holdout.yaml", EVAL_DIR / "fresh36_conversations_holdout.yaml")
#: Written blind from the article by a thirty-eighth helper at the start of session 46 (2026-12-05); never tuned on.
FRESH37_SETS = (EVAL_DIR / "fresh37_holdout.yaml", EVAL_DIR / "fresh37_conversations_holdout.yaml")
#: Written blind from the article by a thirty-ninth helper at the start of session 47 (2026-12-06); never tuned on.
FRESH38_SETS = (EVAL_DIR / "fresh38_holdout.yaml", EVAL_DIR / "fresh38_conversations_holdout.yaml")
#: Written blind from the article by a fortieth helper at the start of session 48 (2026-12-06); never tuned on.
FRESH39_SETS = (EVAL_DIR / "fresh39_holdout.yaml", EVAL_DIR / "fresh39_conversations_holdout.yaml")
#: Written blind from the article by a forty-first helper at the start of session 49 (2026-12-06); never tuned on.
FRESH40_SETS = (EVAL_DIR / "fresh40_holdout.yaml", EVAL_DIR / "fresh40_conversations_holdout.yaml")
#: Written blind from the article by a forty-second helper at the start of session 50 (2026-12-06); never tuned on.
FRESH41_SETS = (EVAL_DIR / "fresh41_holdout.yaml", EVAL_DIR / "fresh41_conversations_holdout.yaml")
#: Written blind from the article by a forty-third helper at the start of session 51 (2026-12-06); never tuned on.
FRESH42_SETS = (EVAL_DIR / "fresh42_holdout.yaml", EVAL_DIR / "fresh42_conversations_holdout.yaml")
#: Written blind from the article by a forty-fourth helper at the start of session 52 (2026-12-06); never tuned on.
FRESH43_SETS = (EVAL_DIR / "fresh43_holdout.yaml", EVAL_DIR / "fresh43_conversations_holdout.yaml")
#: Written blind from the article by a forty-fifth helper at the start of session 53 (2026-12-06); never tuned on.
FRESH44_SETS = (EVAL_DIR / "fresh44_holdout.yaml", EVAL_DIR / "fresh44_conversations_holdout.yaml")
#: Written blind from the article by a forty-sixth helper at the start of session 54 (2026-12-06); never tuned on.
FRESH45_SETS = (EVAL_DIR / "fresh45_holdout.yaml", EVAL_DIR / "fresh45_conversations_holdout.yaml")
#: Written blind from the article by a forty-seventh helper at the start of session 55 (2026-12-06); never tuned on.
FRESH46_SETS = (EVAL_DIR / "fresh46_holdout.yaml", EVAL_DIR / "fresh46_conversations_holdout.yaml")


@dataclass(frozen=True)
class SetGroup:
    """Labelled sets that are reported together, and whether anybody tuned the bot on them."""

    name: str
    written_by: str
    tuned_on: bool
    paths: tuple[Path, ...]


SET_GROUPS = (
    SetGroup("dev", "given; tuned on", True, (DEV_SET,)),
    SetGroup("team (regression)", "helper, blind; tuned on (glossary and filler words)", True, (TEAM_SET,)),
    SetGroup("tuning (12 sets)", "five helpers, blind; tuned on", True, TUNING_SETS),
    SetGroup("holdout (3 sets)", "a third helper, blind; never tuned on", False, HOLDOUT_SETS),
    SetGroup("sealed holdout (2 sets)", "a fifth helper, blind, Dec 2026; never tuned on", False, FRESH_SETS),
    SetGroup("fresh holdout (2 sets)", "an eighth helper, blind, Dec 2026; never tuned on", False, FRESH7_SETS),
    SetGroup("ninth holdout (2 sets)", "a ninth helper, blind, Dec 2026; never tuned on", False, FRESH8_SETS),
    SetGroup("tenth holdout (2 sets)", "a tenth helper, blind, Dec 2026; never tuned on", False, FRESH9_SETS),
    SetGroup("eleventh holdout (2 sets)", "an eleventh helper, blind, Dec 2026; never tuned on", False, FRESH10_SETS),
    SetGroup("twelfth holdout (2 sets)", "a twelfth helper, blind, Dec 2026; never tuned on", False, FRESH11_SETS),
    SetGroup(
        "thirteenth holdout (2 sets)", "a thirteenth helper, blind, Dec 2026; never tuned on", False, FRESH12_SETS
    ),
    SetGroup(
        "fourteenth holdout (2 sets)", "a fourteenth helper, blind, Dec 2026; never tuned on", False, FRESH13_SETS
    ),
    SetGroup("fifteenth holdout (2 sets)", "a fifteenth helper, blind, Dec 2026; never tuned on", False, FRESH14_SETS),
    SetGroup("sixteenth holdout (2 sets)", "a sixteenth helper, blind, Dec 2026; never tuned on", False, FRESH15_SETS),
    SetGroup(
        "seventeenth holdout (2 sets)", "a seventeenth helper, blind, Dec 2026; never tuned on", False, FRESH16_SETS
    ),
    SetGroup(
        "eighteenth holdout (2 sets)", "an eighteenth helper, blind, Dec 2026; never tuned on", False, FRESH17_SETS
    ),
    SetGroup(
        "nineteenth holdout (2 sets)", "a nineteenth helper, blind, Dec 2026; never tuned on", False, FRESH18_SETS
    ),
    SetGroup("twentieth holdout (2 sets)", "a twentieth helper, blind, Dec 2026; never tuned on", False, FRESH19_SETS),
    SetGroup(
        "twenty-first holdout (2 sets)", "a twenty-first helper, blind, Dec 2026; never tuned on", False, FRESH20_SETS
    ),
    SetGroup(
        "twenty-second holdout (2 sets)", "a twenty-second helper, blind, Dec 2026; never tuned on", False, FRESH21_SETS
    ),
    SetGroup(
        "twenty-third holdout (2 sets)", "a twenty-third helper, blind, Dec 2026; never tuned on", False, FRESH22_SETS
    ),
    SetGroup(
        "twenty-fourth holdout (2 sets)", "a twenty-fourth helper, blind, Dec 2026; never tuned on", False, FRESH23_SETS
    ),
    SetGroup(
        "twenty-fifth holdout (2 sets)", "a twenty-fifth helper, blind, Dec 2026; never tuned on", False, FRESH24_SETS
    ),
    SetGroup(
        "twenty-sixth holdout (2 sets)", "a twenty-sixth helper, blind, Dec 2026; never tuned on", False, FRESH25_SETS
    ),
    SetGroup(
        "twenty-seventh holdout (2 sets)",
        "a twenty-seventh helper, blind, Dec 2026; never tuned on",
        False,
        FRESH26_SETS,
    ),
    SetGroup(
        "twenty-eighth holdout (2 sets)",
        "a twenty-eighth helper, blind, Dec 2026; never tuned on",
        False,
        FRESH27_SETS,
    ),
    SetGroup(
        "twenty-ninth holdout (2 sets)",
        "a twenty-ninth helper, blind, Dec 2026; never tuned on",
        False,
        FRESH28_SETS,
    ),
    SetGroup(
        "thirtieth holdout (2 sets)",
        "a thirtieth helper, blind, Dec 2026; never tuned on",
        False,
        FRESH29_SETS,
    ),
    SetGroup(
        "thirty-first holdout (2 sets)",
        "a thirty-first helper, blind, Dec 2026; never tuned on",
        False,
        FRESH30_SETS,
    ),
    SetGroup(
        "thirty-second holdout (2 sets)",
        "a thirty-second helper, blind, Dec 2026; never tuned on",
        False,
        FRESH31_SETS,
    ),
    SetGroup(
        "thirty-third holdout (2 sets)",
        "a thirty-third helper, blind, Dec 2026; never tuned on",
        False,
        FRESH32_SETS,
    ),
    SetGroup(
        "thirty-fourth holdout (2 sets)",
        "a thirty-fourth helper, blind, Dec 2026; never tuned on",
        False,
        FRESH33_SETS,
    ),
    SetGroup(
        "thirty-fifth holdout (2 sets)",
        "a thirty-fifth helper, blind, Dec 2026; never tuned on",
        False,
        FRESH34_SETS,
    ),
    SetGroup(
        "thirty-sixth holdout (2 sets)",
        "a thirty-sixth helper, blind, Dec 2026; never tuned on",
        False,
        FRESH35_SETS,
    ),
    SetGroup(
        "thirty-seventh holdout (2 sets)",
        "a thirty-seventh helper, blind, Dec 2026; never tuned on",
        False,
        FRESH36_SETS,
    ),
    SetGroup(
        "thirty-eighth holdout (2 sets)",
        "a thirty-eighth helper, blind, Dec 2026; never tuned on",
        False,
        FRESH37_SETS,
    ),
    SetGroup(
        "thirty-ninth holdout (2 sets)",
        "a thirty-ninth helper, blind, Dec 2026; never tuned on",
        False,
        FRESH38_SETS,
    ),
    SetGroup(
        "fortieth holdout (2 sets)",
        "a fortieth helper, blind, Dec 2026; never tuned on",
        False,
        FRESH39_SETS,
    ),
    SetGroup(
        "forty-first holdout (2 sets)",
        "a forty-first helper, blind, Dec 2026; never tuned on",
        False,
        FRESH40_SETS,
    ),
    SetGroup(
        "forty-second holdout (2 sets)",
        "a forty-second helper, blind, Dec 2026; never tuned on",
        False,
        FRESH41_SETS,
    ),
    SetGroup(
        "forty-third holdout (2 sets)",
        "a forty-third helper, blind, Dec 2026; never tuned on",
        False,
        FRESH42_SETS,
    ),
    SetGroup(
        "forty-fourth holdout (2 sets)",
        "a forty-fourth helper, blind, Dec 2026; never tuned on",
        False,
        FRESH43_SETS,
    ),
    SetGroup(
        "forty-fifth holdout (2 sets)",
        "a forty-fifth helper, blind, Dec 2026; never tuned on",
        False,
        FRESH44_SETS,
    ),
    SetGroup(
        "forty-sixth holdout (2 sets)",
        "a forty-sixth helper, blind, Dec 2026; never tuned on",
        False,
        FRESH45_SETS,
    ),
    SetGroup("newest holdout (2 sets)", "a forty-seventh helper, blind, Dec 2026; never tuned on", False, FRESH46_SETS),
)

_DASHES = re.compile(r"[-\u2010-\u2015\s]+")
_SOURCE_LINE = re.compile(r"^\s*Source:")


def _norm(text: str) -> str:
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    return _DASHES.sub(" ", text).strip()


def snippet_text(record: dict[str, Any]) -> str:
    """Return what the member reads as the answer, without the source lines."""
    return "\n".join(line for line in str(record.get("answer", "")).splitlines() if not _SOURCE_LINE.match(line))


def keys_match(item: dict[str, Any], text: str) -> bool:
    """Apply the set's key rule (any of expect_any, all of expect_all) to a text."""
    text = _norm(text)
    any_keys = [str(k) for k in item.get("expect_any") or []]
    all_keys = [str(k) for k in item.get("expect_all") or []]
    return (not any_keys or any(_norm(k) in text for k in any_keys)) and all(_norm(k) in text for k in all_keys)


def is_correct(item: dict[str, Any], record: dict[str, Any]) -> bool:
    """Tell whether a record is right for an item: a matching answer, or no answer where none is due."""
    answered = bool(record["answered"])
    if not item["answerable"]:
        return not answered
    return answered and keys_match(item, snippet_text(record))


@dataclass
class Tally:
    """Counts for one group of items."""

    items: int = 0
    answerable: int = 0
    unanswerable: int = 0
    answers_given: int = 0
    right_answers: int = 0
    declined_unanswerable: int = 0

    def add(self, item: dict[str, Any], record: dict[str, Any]) -> None:
        """Count one item."""
        self.count(bool(item["answerable"]), bool(record["answered"]), is_correct(item, record))

    def count(self, answerable: bool, answered: bool, right: bool) -> None:
        """Count one question: whether it is answerable, whether it got an answer, and whether that was right."""
        self.items += 1
        self.answers_given += answered
        if answerable:
            self.answerable += 1
            self.right_answers += answered and right
        else:
            self.unanswerable += 1
            self.declined_unanswerable += not answered

    def merge(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        for name in ("items", "answerable", "unanswerable", "answers_given", "right_answers", "declined_unanswerable"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def figures(self) -> tuple[int, int, int, int, int]:
        """Return (right answers, answers given, answerable, declined, unanswerable): what the README states."""
        return (self.right_answers, self.answers_given, self.answerable, self.declined_unanswerable, self.unanswerable)

    @property
    def precision(self) -> float:
        """Right answers among the answers given."""
        return self.right_answers / self.answers_given if self.answers_given else 1.0

    @property
    def coverage(self) -> float:
        """Right answers among the answerable questions."""
        return self.right_answers / self.answerable if self.answerable else 1.0

    @property
    def decline_rate(self) -> float:
        """Unanswerable questions that got no answer."""
        return self.declined_unanswerable / self.unanswerable if self.unanswerable else 1.0

    @property
    def handled(self) -> float:
        """Items handled correctly (a right answer, or no answer where none is due)."""
        correct = self.right_answers + self.declined_unanswerable
        return correct / self.items if self.items else 1.0

    def line(self) -> str:
        """Return the figures on one line."""
        return (
            f"precision {self.right_answers}/{self.answers_given} ({self.precision:.1%})  "
            f"coverage {self.right_answers}/{self.answerable} ({self.coverage:.1%})  "
            f"declined {self.declined_unanswerable}/{self.unanswerable} ({self.decline_rate:.1%})"
        )


@dataclass
class EvalResult:
    """Scores on one set, overall and per class, with the items that went wrong."""

    name: str
    total: Tally = field(default_factory=Tally)
    by_class: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    #: Items expecting a correction / partial / clarify, and how many got that kind.
    kinds_expected: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    kinds_given: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    #: (confidence, right) of every answer given, for the reliability table.
    confidences: list[tuple[float, bool]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    conversations: int = 0
    conversations_all_right: int = 0

    # The dev set's historical figures, kept for its test.
    @property
    def answer_accuracy(self) -> float:
        """Share of answerable items answered correctly."""
        return self.total.coverage

    @property
    def decline_rate(self) -> float:
        """Share of unanswerable items declined."""
        return self.total.decline_rate

    def add(self, item: dict[str, Any], record: dict[str, Any]) -> bool:
        """Score one item and remember it."""
        ok = is_correct(item, record)
        self.total.add(item, record)
        self.by_class[str(item.get("class") or item.get("style") or "?")].add(item, record)
        expect = str(item.get("expect") or "")
        if expect in {"correction", "partial", "clarify"}:
            self.kinds_expected[expect] += 1
            self.kinds_given[expect] += record.get("kind") == expect
        if record["answered"]:
            self.confidences.append((float(record.get("score") or 0.0), ok))
        if not ok:
            got = record.get("kind") or ("answer" if record["answered"] else "declined")
            detail = record.get("fact_id") or "; ".join(record.get("suggestions") or []) or ""
            self.failures.append(f"{item.get('id', '?')} [{item.get('class', '')}] {item['q']!r} -> {got} {detail}")
        return ok

    def report(self, quiet: bool = False) -> list[str]:
        """Return the report's lines."""
        lines = [f"{self.name}: {self.total.line()}"]
        if self.conversations:
            lines.append(
                f"  conversations: turns handled {self.total.handled:.1%}; "
                f"whole conversations right {self.conversations_all_right}/{self.conversations}"
            )
        for kind, expected in sorted(self.kinds_expected.items()):
            lines.append(f"  {kind} expected {expected}, given {self.kinds_given[kind]}")
        for name, tally in sorted(self.by_class.items()):
            lines.append(f"  {name:20} {tally.line()}")
        if not quiet:
            lines.extend(f"  FAIL {failure}" for failure in self.failures)
        return lines


def reliability(
    confidences: Iterable[tuple[float, bool]], edges: Sequence[float] = (0.0, 0.7, 0.85, 0.95)
) -> list[str]:
    """Return a table of answers by confidence band and how many were right."""
    bands = [*edges, 1.01]
    rows = []
    pairs = list(confidences)
    for low, high in itertools.pairwise(bands):
        inside = [ok for score, ok in pairs if low <= score < high]
        if inside:
            rows.append(f"  confidence {low:.2f}-{min(high, 1.0):.2f}: {sum(inside)}/{len(inside)} right")
    return rows


def load_set(path: Path) -> dict[str, Any]:
    """Read a question set; a missing file is an error, never an empty set."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or not (doc.get("items") or doc.get("conversations")):
        raise ValueError(f"{path}: no items and no conversations")
    return doc


def _turn(conversation: dict[str, Any], index: int, turn: dict[str, Any]) -> dict[str, Any]:
    label = "follow-up" if index else "first"
    return {"id": f"{conversation.get('id', '?')}.{index + 1}", "class": label, **turn}


def set_items(path: Path) -> list[dict[str, Any]]:
    """Return every item of a set, conversation turns included (each on its own, as a one-shot question)."""
    doc = load_set(path)
    items = list(doc.get("items") or [])
    for conversation in doc.get("conversations") or []:
        items.extend(_turn(conversation, index, turn) for index, turn in enumerate(conversation["turns"]))
    return items


def evaluate(service: KnowledgeService, path: Path = DEV_SET, asking: AskingService | None = None) -> EvalResult:
    """Ask every question (or play every conversation) of a set and score the answers."""
    asking = asking or AskingService(service)
    doc = load_set(path)
    result = EvalResult(path.name)
    for item in doc.get("items") or []:
        result.add(item, outcome_record(item["q"], asking.answer(item["q"])))
    for conversation in doc.get("conversations") or []:
        result.conversations += 1
        context = asking.new_conversation() if hasattr(asking, "new_conversation") else None
        all_right = True
        for index, turn in enumerate(conversation["turns"]):
            turn = _turn(conversation, index, turn)
            outcome = asking.answer(turn["q"], context) if context is not None else asking.answer(turn["q"])
            all_right &= result.add(turn, outcome_record(turn["q"], outcome))
        result.conversations_all_right += all_right
    return result


def main() -> int:
    """Print the scores (and failures, unless --quiet) of each set."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("questions", nargs="*", type=Path, default=[DEV_SET])
    parser.add_argument("--knowledge", type=Path, default=DEFAULT_KNOWLEDGE_DIR)
    parser.add_argument("--quiet", action="store_true", help="figures only (for held-out sets)")
    args = parser.parse_args()
    service = KnowledgeService.from_directory(args.knowledge)
    confidences: list[tuple[float, bool]] = []
    for path in args.questions:
        result = evaluate(service, path)
        confidences.extend(result.confidences)
        print("\n".join(result.report(args.quiet)))
    print("reliability (all sets):")
    print("\n".join(reliability(confidences)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
