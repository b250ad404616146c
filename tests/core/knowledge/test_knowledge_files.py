"""The shipped knowledge: every file validates, covers the article, and the schema file is current."""

from __future__ import annotations

import json
from pathlib import Path

from bot.cli import schema_document
from bot.core.knowledge.schema import MAX_ANSWER_CHARS
from bot.core.knowledge.validation import knowledge_paths, validate_directory
from bot.core.services.knowledge import KnowledgeService
from bot.paths import DEFAULT_KNOWLEDGE_DIR


def test_every_shipped_file_validates() -> None:
    base, problems = validate_directory(DEFAULT_KNOWLEDGE_DIR)
    assert [str(p) for p in problems] == []
    assert base is not None


def test_every_file_references_the_schema_on_its_first_line() -> None:
    for path in knowledge_paths(DEFAULT_KNOWLEDGE_DIR):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=schema.json", path


def test_schema_file_is_up_to_date() -> None:
    written = json.loads((DEFAULT_KNOWLEDGE_DIR / "schema.json").read_text(encoding="utf-8"))
    assert written == schema_document(), "run `studybot schema` to refresh knowledge/schema.json"


def test_india_japan_article_metadata(shipped: KnowledgeService) -> None:
    source = next(s for s in shipped.base.sources if s.id == "india-japan-partnership")
    assert (source.title, source.publisher) == ("India-Japan Partnership", "Vision IAS")
    assert (source.published.isoformat(), source.updated and source.updated.isoformat()) == ("2025-10-04", "2025-10-08")
    assert source.reading_time_minutes == 4
    assert len(source.summary) <= 10


def test_coverage_counts(shipped: KnowledgeService) -> None:
    stats = shipped.base.stats
    assert stats["facts"] >= 60
    assert stats["quiz_items"] >= 30
    used_sections = {sf.section.id for sf in shipped.base.facts}
    assert used_sections == {section.id for _src, section in shipped.base.sections}


def test_every_figure_and_name_of_the_article_is_in_some_answer(shipped: KnowledgeService) -> None:
    answers = " ".join(sf.fact.answer for sf in shipped.base.facts)
    for needle in [
        "22.85", "17.69", "2023-24", "2011", "2014", "2015", "2017", "2021", "2025", "Chandrayaan 5",
        "Toyama", "Ehime", "Yamanashi", "Shizuoka", "JIMEX", "Dharma Guardian", "MILAN", "MALABAR",
        "Australia", "G4", "QUAD", "NPT", "Act East", "Make-in-India", "eight",
    ]:  # fmt: skip
        assert needle in answers, needle


def test_answers_are_short_and_facts_have_several_phrasings(shipped: KnowledgeService) -> None:
    for sourced in shipped.base.facts:
        assert len(sourced.fact.answer) <= MAX_ANSWER_CHARS
        assert len(sourced.fact.alternatives) >= 4, sourced.fact.id


def test_paths_do_not_depend_on_the_working_directory() -> None:
    assert DEFAULT_KNOWLEDGE_DIR.is_absolute()
    assert Path(DEFAULT_KNOWLEDGE_DIR / "glossary.yaml").exists()


def test_every_heading_of_the_shipped_facts_is_a_heading_of_the_article(shipped: KnowledgeService) -> None:
    # "which pillar is MAHSR under?" is answered with the heading: it must be the article's, word for word.
    article_path = Path(__file__).parents[2] / "data" / "articles" / "india_japan_vision_ias.txt"
    article = " ".join(article_path.read_text(encoding="utf-8").replace(" - ", "-").split()).casefold()
    headings = {sf.fact.heading for sf in shipped.base.facts if sf.fact.heading}
    assert len(headings) >= 10
    for heading in headings:
        assert f"{heading.casefold()}:" in article or f"{heading.casefold()} " in article, heading
