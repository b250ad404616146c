"""How the labelled sets are scored: on the snippet the member reads, never on the source line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.cli import outcome_record
from bot.core.services.asking import AskingService
from bot.core.services.knowledge import KnowledgeService
from scripts.evaluate import (
    DEV_SET,
    EVAL_DIR,
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
    is_correct,
    load_set,
    set_items,
    snippet_text,
)

SOURCE = (
    "Source: India-Japan Partnership (Vision IAS), section \u201cPillars of India-Japan Relations\u201d, "
    "posted 4 Oct 2025, updated 8 Oct 2025"
)


def _item(*keys: str) -> dict[str, Any]:
    return {"q": "posted date?", "answerable": True, "expect_any": list(keys)}


@pytest.mark.parametrize("key", ["4 Oct 2025", "8 Oct 2025", "Vision IAS", "India-Japan Partnership", "Pillars"])
def test_a_key_found_only_in_the_source_line_does_not_pass(key: str) -> None:
    record = {"answered": True, "answer": f"The CEPA came into effect in 2011.\n{SOURCE}"}
    assert key.casefold() in record["answer"].casefold()
    assert not is_correct(_item(key), record)
    assert is_correct(_item("2011"), record)


def test_indented_source_lines_and_every_snippet_of_a_two_fact_answer_are_handled() -> None:
    answer = f"Both, in turn:\n\nFirst fact, 2011.\n{SOURCE}\n\nSecond fact, 2014.\n   {SOURCE}"
    text = snippet_text({"answered": True, "answer": answer})
    assert "Oct 2025" not in text
    assert "Vision IAS" not in text
    assert ("Both, in turn" in text, "2011" in text, "2014" in text) == (True, True, True)


def test_a_real_answer_is_judged_without_its_source_line(shipped: KnowledgeService) -> None:
    record = outcome_record("cepa year?", AskingService(shipped).answer("cepa year?"))
    assert record["answered"]
    assert "4 Oct 2025" in record["answer"]  # the source line names the posting date...
    assert not is_correct(_item("4 Oct 2025"), record)  # ...which must not pass a question about it
    assert is_correct(_item("2011"), record)


def test_a_declined_or_unanswered_record_never_counts_as_a_right_answer() -> None:
    declined = {"answered": False, "answer": "", "message": "The study material doesn't cover 2011."}
    assert not is_correct(_item("2011"), declined)
    assert is_correct({"q": "x", "answerable": False}, declined)
    assert not is_correct({"q": "x", "answerable": False}, {"answered": True, "answer": "anything"})


def test_the_tally_counts_precision_coverage_and_declines() -> None:
    tally = Tally()
    tally.count(answerable=True, answered=True, right=True)
    tally.count(answerable=True, answered=True, right=False)
    tally.count(answerable=True, answered=False, right=True)  # no answer is never a right answer
    tally.count(answerable=False, answered=False, right=False)
    tally.count(answerable=False, answered=True, right=False)
    assert tally.figures == (1, 3, 3, 1, 2)
    other = Tally()
    other.count(answerable=True, answered=True, right=True)
    tally.merge(other)
    assert tally.figures == (2, 4, 4, 1, 2)
    assert tally.items == 6


def test_a_missing_or_empty_set_is_an_error_not_an_empty_score(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_set(tmp_path / "absent.yaml")
    empty = tmp_path / "empty.yaml"
    empty.write_text("items: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no items"):
        load_set(empty)


def test_conversation_turns_are_flattened_in_order(tmp_path: Path) -> None:
    path = tmp_path / "conv.yaml"
    path.write_text(
        "conversations:\n"
        "  - id: c1\n"
        "    turns:\n"
        "      - {q: one, answerable: true, expect_any: [a]}\n"
        "      - {q: two, answerable: false}\n",
        encoding="utf-8",
    )
    items = set_items(path)
    assert [(i["id"], i["q"], i["class"]) for i in items] == [("c1.1", "one", "first"), ("c1.2", "two", "follow-up")]


def test_every_labelled_set_is_in_the_repository_and_in_exactly_one_group() -> None:
    grouped = [path for group in SET_GROUPS for path in group.paths]
    assert len(grouped) == len(set(grouped))
    on_disk = {*EVAL_DIR.glob("*.yaml"), DEV_SET, TEAM_SET}
    assert set(grouped) == on_disk
    for path in grouped:
        assert path.is_file(), path
        assert path.resolve().is_relative_to(EVAL_DIR.parent.resolve()), path


def test_only_the_holdout_sets_are_marked_as_never_tuned_on() -> None:
    untuned = [path for group in SET_GROUPS if not group.tuned_on for path in group.paths]
    assert untuned == [
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
    ]
    assert all(path.name.endswith("_holdout.yaml") for path in untuned)
    assert not any("holdout" in path.name for path in TUNING_SETS)
    assert sorted(TUNING_SETS) == sorted(EVAL_DIR.glob("*_tune*.yaml"))
