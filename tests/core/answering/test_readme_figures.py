"""Every count README.md states about the shipped knowledge (and the bench's bases) is the real count."""

from __future__ import annotations

import re

import pytest

from bot.core.answering.present import format_date
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS
from bot.core.knowledge.base import KnowledgeBase
from bot.core.knowledge.validation import load_knowledge
from bot.paths import DEFAULT_KNOWLEDGE_DIR, PROJECT_ROOT
from scripts.bench import DEFAULT_SIZES, build_parser

README = PROJECT_ROOT / "README.md"
_NUMBER = r"\d{1,3}(?:,\d{3})*"
#: The sentence that describes the shipped knowledge; it must be there exactly once.
KNOWLEDGE_SENTENCE = re.compile(
    r'The first article is "(?P<title>[^"]+)" \((?P<publisher>[^,()]+), posted (?P<posted>\d{1,2} \w{3} \d{4}), '
    rf"updated (?P<updated>\d{{1,2}} \w{{3}} \d{{4}})\): (?P<facts>{_NUMBER}) facts, (?P<quiz>{_NUMBER}) curated "
    r"quiz items and a glossary"
)
#: The sentence that gives the synthetic sizes `make bench` runs.
SYNTHETIC_SENTENCE = re.compile(rf"synthetic bases of (?P<small>{_NUMBER}) and (?P<large>{_NUMBER}) facts")
#: Any count of a kind of knowledge, anywhere in the README.
ANY_COUNT = re.compile(
    rf"\b(?P<number>{_NUMBER})\s+(?:curated\s+)?(?P<noun>facts|quiz items|quiz questions|sections|glossary terms|"
    r"glossary entries|terms|articles)\b"
)


@pytest.fixture(scope="module")
def readme() -> str:
    """Return the README with every run of whitespace as one space (sentences wrap across lines)."""
    return " ".join(README.read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def base() -> KnowledgeBase:
    return load_knowledge(DEFAULT_KNOWLEDGE_DIR)


def _int(text: str) -> int:
    return int(text.replace(",", ""))


def _real_counts(base: KnowledgeBase) -> dict[str, int]:
    return {
        "facts": len(base.facts),
        "quiz items": len(base.quiz),
        "quiz questions": len(base.quiz),
        "sections": len(base.sections),
        "glossary terms": len(base.glossary),
        "glossary entries": len(base.glossary),
        "terms": len(base.glossary),
        "articles": len(base.sources),
    }


def test_the_knowledge_sentence_states_the_real_counts(readme: str, base: KnowledgeBase) -> None:
    matches = list(KNOWLEDGE_SENTENCE.finditer(readme))
    assert len(matches) == 1, "README.md must describe the shipped knowledge once, as 'The first article is ...'"
    stated = matches[0]
    source = next(s for s in base.sources if s.title == stated["title"])
    assert source == base.sources[0], "the first article of the README is the first knowledge file's"
    assert stated["publisher"] == source.publisher
    assert stated["posted"] == format_date(source.published)
    assert source.updated is not None
    assert stated["updated"] == format_date(source.updated)
    facts = [sf for sf in base.facts if sf.source.id == source.id]
    fact_ids = {sf.fact.id for sf in facts}
    quiz = [q for q in base.quiz if q.fact in fact_ids]
    assert (_int(stated["facts"]), _int(stated["quiz"])) == (len(facts), len(quiz)), (
        f"README.md should say: {len(facts)} facts, {len(quiz)} curated quiz items"
    )


def test_every_knowledge_count_in_the_readme_is_real(readme: str, base: KnowledgeBase) -> None:
    knowledge = KNOWLEDGE_SENTENCE.search(readme)
    synthetic = SYNTHETIC_SENTENCE.search(readme)
    assert knowledge is not None
    assert synthetic is not None
    checked = 0
    real = _real_counts(base)
    for found in ANY_COUNT.finditer(readme):
        if synthetic.start() <= found.start() < synthetic.end():
            continue  # the synthetic bases' sizes, checked below
        context = readme[max(0, found.start() - 60) : found.end() + 20]
        assert _int(found["number"]) == real[found["noun"]], f"README says {found[0]!r} in: ...{context}..."
        checked += 1
    assert checked >= 2, "the README's knowledge counts were not found: update this test's patterns"


def test_the_synthetic_sizes_in_the_readme_are_the_bench_defaults(readme: str) -> None:
    matches = list(SYNTHETIC_SENTENCE.finditer(readme))
    assert len(matches) == 1
    stated = (_int(matches[0]["small"]), _int(matches[0]["large"]))
    assert stated == DEFAULT_SIZES
    assert tuple(build_parser().parse_args([]).sizes) == DEFAULT_SIZES


def test_the_matcher_numbers_in_the_readme_are_the_thresholds(readme: str) -> None:
    assert f"the best {DEFAULT_THRESHOLDS.candidates} are re-scored" in readme
    words = {2: "two", 3: "three", 4: "four", 5: "five"}
    assert f'up to {words[DEFAULT_THRESHOLDS.max_suggestions]} "did you mean"' in readme
    stated = re.findall(r"calibrated confidence \([^)]*\) is at least (\d\.\d+)", readme)
    assert [float(value) for value in stated] == [DEFAULT_THRESHOLDS.answer_confidence]
