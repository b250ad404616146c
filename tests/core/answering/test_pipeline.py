"""The matcher as a pipeline: language data, the structured query, checks with reasons, and the decision."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.core.answering import checks as checks_module
from bot.core.answering.checks import DEFAULT_CHECKS, INTENT_SATISFIERS, Candidate, Verdict
from bot.core.answering.matcher import Matcher
from bot.core.answering.outcomes import Answer
from bot.core.answering.query import Query
from bot.core.answering.thresholds import Thresholds
from bot.core.language.lexicon import DATA_DIR, Intent, Lexicon, LexiconError
from bot.core.services.knowledge import KnowledgeService

ANSWERING = Path(checks_module.__file__).parent


def test_every_intent_has_a_way_to_be_satisfied() -> None:
    assert set(INTENT_SATISFIERS) == set(Intent)


def test_an_intent_nobody_handles_fails_closed(shipped: KnowledgeService, monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(shipped.matcher.ask("cepa year?"), Answer)
    handled = {k: v for k, v in INTENT_SATISFIERS.items() if k is not Intent.WHEN}
    monkeypatch.setattr(checks_module, "INTENT_SATISFIERS", handled)
    outcome = shipped.matcher.ask("cepa year?")
    assert not isinstance(outcome, Answer)


@dataclass(frozen=True)
class RefuseFact:
    """A check written outside the matcher: refuse one fact."""

    fact_id: str
    name: str = "refuse fact"

    def __call__(self, query: Query, candidate: Candidate, thresholds: Thresholds) -> Verdict:
        ok = candidate.fact.fact.id != self.fact_id
        return Verdict(self.name, ok, "" if ok else "refused by the test")


def test_a_new_check_plugs_in_and_its_reason_is_explained(shipped: KnowledgeService) -> None:
    matcher = Matcher(shipped.base, checks=(*DEFAULT_CHECKS, RefuseFact("cepa_year")))
    outcome = matcher.ask("cepa year?")
    assert not (isinstance(outcome, Answer) and outcome.best.fact.fact.id == "cepa_year")
    reasons = [m.reason for m in matcher.rank("cepa year?") if m.fact.fact.id == "cepa_year"]
    assert reasons
    assert "[refuse fact] refused by the test" in reasons[0]


def test_failed_checks_name_themselves_in_the_reason(shipped: KnowledgeService) -> None:
    reason = shipped.matcher.rank("when was the mumbai ahmedabad high speed rail finished")[0].reason
    assert "[asked kind] asks for a when the fact does not give" in reason


def test_the_query_is_read_once_into_its_parts(shipped: KnowledgeService) -> None:
    query = shipped.matcher.read("india japan ka trade kitna hai in 2023-24?")
    assert query.intents == frozenset({Intent.QUANTITY})
    assert query.numbers == frozenset({"2023-24"})
    assert "trade" in {u.label for u in query.units}
    assert not {"ka", "hai", "kitna"} & {u.label for u in query.units}


def test_a_language_is_a_data_file(tmp_path: Path, shipped: KnowledgeService) -> None:
    for path in DATA_DIR.glob("*.yaml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "zz-test.yaml").write_text(
        "language: zz\nname: Test\nfunction_words: [zorp]\nintent_cues:\n  when: [whenzy]\n", encoding="utf-8"
    )
    lexicon = Lexicon.load(tmp_path)
    assert "zz" in lexicon.languages
    matcher = Matcher(shipped.base, lexicon=lexicon)
    query = matcher.read("zorp cepa whenzy")
    assert query.intents == frozenset({Intent.WHEN})
    assert [u.label for u in query.units] == ["CEPA"]
    outcome = matcher.ask("zorp cepa whenzy")
    assert isinstance(outcome, Answer)
    assert outcome.best.fact.fact.id == "cepa_year"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("intent_cues:\n  someday: [x]\n", "unknown intent"),
        ("function_words: 3\n", "must be a list of words"),
        ("stop_words: [a]\n", "unknown keys"),
    ],
)
def test_a_broken_language_file_is_refused_with_its_name(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as error:
        Lexicon.load(tmp_path)
    assert "bad.yaml" in str(error.value)


@pytest.mark.parametrize("module", sorted(p.name for p in ANSWERING.glob("*.py")))
def test_no_tunable_number_hides_outside_thresholds(module: str) -> None:
    tree = ast.parse((ANSWERING / module).read_text(encoding="utf-8"))
    constants = [
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign | ast.AnnAssign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, int | float)
        and not isinstance(node.value.value, bool)
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    ]
    allowed = {"gaps.py", "summary.py"}  # clustering and title matching, not the matcher's decision
    assert module in allowed or not constants, constants
