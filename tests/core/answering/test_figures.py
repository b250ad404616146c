"""The answer-quality figures README.md states are the measured ones, set by set, in both directions.

The README's table ("Figures from `make bench`") is the single statement of those figures: every guard
below sits exactly at it. A figure that drops is a regression; a figure that rises means the README
(and so the bot's promise) is stale. Either way the test fails and prints the line the README should have.
The dev set, the team regression set and the tuning sets were tuned on; only the held-out sets are blind,
and for them only aggregate counts are ever printed.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT
from scripts.evaluate import (
    DEV_SET,
    FRESH7_SETS,
    FRESH8_SETS,
    FRESH9_SETS,
    FRESH10_SETS,
    FRESH11_SETS,
    FRESH12_SETS,
    FRESH13_SETS,
    FRESH14_SETS,
    FRESH15_SETS,
    FRESH16_SETS,
    FRESH17_SETS,
    FRESH18_SETS,
    FRESH19_SETS,
    FRESH20_SETS,
    FRESH21_SETS,
    FRESH22_SETS,
    FRESH23_SETS,
    FRESH24_SETS,
    FRESH25_SETS,
    FRESH26_SETS,
    FRESH27_SETS,
    FRESH28_SETS,
    FRESH29_SETS,
    FRESH30_SETS,
    FRESH31_SETS,
    FRESH32_SETS,
    FRESH33_SETS,
    FRESH34_SETS,
    FRESH35_SETS,
    FRESH36_SETS,
    FRESH37_SETS,
    FRESH38_SETS,
    FRESH39_SETS,
    FRESH40_SETS,
    FRESH41_SETS,
    FRESH42_SETS,
    FRESH43_SETS,
    FRESH44_SETS,
    FRESH45_SETS,
    FRESH46_SETS,
    FRESH_SETS,
    HOLDOUT_SETS,
    SET_GROUPS,
    TEAM_SET,
    TUNING_SETS,
    Tally,
    evaluate,
    load_set,
)

README = PROJECT_ROOT / "README.md"
HEADER = "| set | written by | precision | coverage | declined |"
_COUNT = r"(\d+)/(\d+) \((\d+(?:\.\d)?)%\)"
ROW = re.compile(rf"^\| `(?P<path>[^`]+)`(?P<label>[^|]*)\| (?P<by>[^|]+?) \| {_COUNT} \| {_COUNT} \| {_COUNT} \|$")


@dataclass(frozen=True)
class Row:
    """One row of the README's figures table."""

    line: str
    pattern: str
    label: str
    written_by: str
    #: (right answers, answers given, answerable, declined, unanswerable)
    figures: tuple[int, int, int, int, int]
    percents: tuple[str, str, str]

    @property
    def paths(self) -> tuple[Path, ...]:
        """Return the files the row's path (or glob) names inside the project (none for a path outside it)."""
        if self.pattern.startswith(("/", "..")):
            return ()
        return tuple(sorted(PROJECT_ROOT.glob(self.pattern)))


@functools.cache
def readme_rows() -> tuple[Row, ...]:
    lines = README.read_text(encoding="utf-8").splitlines()
    assert lines.count(HEADER) == 1, f"README.md must have exactly one figures table headed {HEADER!r}"
    start = lines.index(HEADER) + 2  # skip the |---| line
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        match = ROW.match(line)
        assert match, f"README figures row not in the form `path` | by | r/g (p%) | r/a (p%) | d/u (p%): {line!r}"
        right, given, p1, right2, answerable, p2, declined, unanswerable, p3 = match.groups()[3:]
        assert right == right2, f"precision and coverage must count the same right answers: {line!r}"
        rows.append(
            Row(
                line,
                match["path"],
                match["label"].strip(),
                match["by"].strip(),
                (int(right), int(given), int(answerable), int(declined), int(unanswerable)),
                (p1, p2, p3),
            )
        )
    assert rows, "README figures table has no rows"
    return tuple(rows)


def readme_row(paths: tuple[Path, ...]) -> Row:
    rows = [row for row in readme_rows() if set(row.paths) == set(paths)]
    assert len(rows) == 1, f"README.md needs exactly one figures row for {[p.name for p in paths]}"
    return rows[0]


@functools.cache
def _service() -> KnowledgeService:
    return KnowledgeService.from_directory(DEFAULT_KNOWLEDGE_DIR)


@functools.cache
def _measured(path: Path) -> Tally:
    return evaluate(_service(), path).total


def measured(paths: tuple[Path, ...]) -> Tally:
    total = Tally()
    for path in paths:
        total.merge(_measured(path))
    return total


def _share(part: int, whole: int, decimals: int) -> str:
    return f"{100 * part / whole:.{decimals}f}%" if whole else "-"


def readme_line(row: Row, tally: Tally) -> str:
    """Return the README row with the measured figures, in the row's own wording."""
    right, given, answerable, declined, unanswerable = tally.figures
    cells = [
        f"{right}/{given} ({_share(right, given, 1)})",
        f"{right}/{answerable} ({_share(right, answerable, 1)})",
        f"{declined}/{unanswerable} ({_share(declined, unanswerable, 1)})",
    ]
    label = f" {row.label}" if row.label else ""
    return f"| `{row.pattern}`{label} | {row.written_by} | " + " | ".join(cells) + " |"


def assert_at_readme_figures(paths: tuple[Path, ...]) -> None:
    row = readme_row(paths)
    tally = measured(paths)
    names = ", ".join(p.name for p in paths)
    assert tally.answerable == row.figures[2], f"{names}: answerable count differs from README"
    assert tally.unanswerable == row.figures[4], f"{names}: unanswerable count differs from README"
    assert tally.figures == row.figures, (
        f"{names}: measured (right, given, answerable, declined, unanswerable) = {tally.figures}, "
        f"README states {row.figures}. If the bot regressed, fix the bot; if it improved, put this line "
        f"in README.md:\n{readme_line(row, tally)}"
    )


def test_dev_set_holds_exactly_its_readme_figures() -> None:
    assert_at_readme_figures((DEV_SET,))


def test_team_tuned_regression_set_holds_exactly_its_readme_figures() -> None:
    # tests/data/team_eval.yaml was used to tune the glossary and filler words: a regression set, not a blind one.
    assert_at_readme_figures((TEAM_SET,))


def test_tuning_sets_hold_exactly_their_readme_figures() -> None:
    assert_at_readme_figures(TUNING_SETS)


@pytest.mark.parametrize(
    "path",
    [
        *HOLDOUT_SETS,
        *FRESH_SETS,
        *FRESH7_SETS,
        *FRESH8_SETS,
        *FRESH9_SETS,
        *FRESH10_SETS,
        *FRESH11_SETS,
        *FRESH12_SETS,
        *FRESH13_SETS,
        *FRESH14_SETS,
        *FRESH15_SETS,
        *FRESH16_SETS,
        *FRESH17_SETS,
        *FRESH18_SETS,
        *FRESH19_SETS,
        *FRESH20_SETS,
        *FRESH21_SETS,
        *FRESH22_SETS,
        *FRESH23_SETS,
        *FRESH24_SETS,
        *FRESH25_SETS,
        *FRESH26_SETS,
        *FRESH27_SETS,
        *FRESH28_SETS,
        *FRESH29_SETS,
        *FRESH30_SETS,
        *FRESH31_SETS,
        *FRESH32_SETS,
        *FRESH33_SETS,
        *FRESH34_SETS,
        *FRESH35_SETS,
        *FRESH36_SETS,
        *FRESH37_SETS,
        *FRESH38_SETS,
        *FRESH39_SETS,
        *FRESH40_SETS,
        *FRESH41_SETS,
        *FRESH42_SETS,
        *FRESH43_SETS,
        *FRESH44_SETS,
        *FRESH45_SETS,
        *FRESH46_SETS,
    ],
    ids=lambda p: p.stem,
)
def test_holdout_set_figures_in_the_readme_are_the_measured_ones(path: Path) -> None:
    # Aggregate counts only: never look at a held-out set item by item, never tune to it.
    assert_at_readme_figures((path,))


def test_the_readme_table_names_every_labelled_set_once_and_says_which_were_tuned_on() -> None:
    rows = readme_rows()
    for row in rows:
        assert not row.pattern.startswith(("/", "..")), f"README must name the in-repo copy: {row.line}"
        assert row.paths, f"README names a set that is not in the repository: {row.line}"
    named = [path for row in rows for path in row.paths]
    assert len(named) == len(set(named)), "a labelled set is named by two README rows"
    assert set(named) == {path for group in SET_GROUPS for path in group.paths}
    for row in rows:
        tuned = any(group.tuned_on for group in SET_GROUPS for path in row.paths if path in group.paths)
        says_never = "never tuned on" in row.written_by
        says_tuned = "tuned on" in row.written_by.replace("never tuned on", "")
        assert (says_tuned, says_never) == (tuned, not tuned), f"README must say whether it was tuned on: {row.line}"
    team = readme_row((TEAM_SET,))
    assert "regression" in f"{team.label} {team.written_by}", f"label the team set a tuned regression set: {team.line}"


def test_the_readme_table_counts_its_sets_and_conversations() -> None:
    for row in readme_rows():
        for number, noun in re.findall(r"\((\d+) (sets|conversations)\)", row.label):
            if noun == "sets":
                assert int(number) == len(row.paths), row.line
            else:
                count = sum(len(load_set(path).get("conversations") or []) for path in row.paths)
                assert int(number) == count, row.line


def test_the_readme_percentages_are_its_counts() -> None:
    for row in readme_rows():
        right, given, answerable, declined, unanswerable = row.figures
        pairs = ((right, given), (right, answerable), (declined, unanswerable))
        for (part, whole), shown in zip(pairs, row.percents, strict=True):
            decimals = len(shown.partition(".")[2])
            assert whole, row.line
            assert math.isclose(float(shown), 100 * part / whole, abs_tol=0.5 * 10**-decimals + 1e-9), (shown, row.line)
