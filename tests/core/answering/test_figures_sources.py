"""The article and the dev set the figures rest on live in the repository; a test fails, never skips, without them.

tests/data/articles/india_japan_vision_ias.txt is a byte-for-byte copy of ../shared/seeds/000_ba64ba3d83176aab.txt
and tests/data/dev.yaml of ../shared/eval/dev.yaml; their digests are pinned so a changed copy is noticed too.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from bot.core.services.knowledge import KnowledgeService
from scripts.evaluate import DATA_DIR, DEV_SET

ARTICLE = DATA_DIR / "articles" / "india_japan_vision_ias.txt"
ARTICLE_SHA256 = "1c59f40d1a9e2b34fe7647acc5f4b7b0517916feb13deebf95e54231e134e4ae"
DEV_SHA256 = "80a5306b1db9d2dded3308dea5fdd944d1de2c9463609b9d5b2aa40f469e9ddf"


def _sha256(path: Path) -> str:
    assert path.is_file(), f"{path} is missing from the repository"
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_article_copy_is_in_the_repository_unchanged() -> None:
    assert _sha256(ARTICLE) == ARTICLE_SHA256, "copy ../shared/seeds/000_ba64ba3d83176aab.txt unchanged"


def test_the_dev_set_copy_is_in_the_repository_unchanged() -> None:
    assert DEV_SET == DATA_DIR / "dev.yaml"
    assert _sha256(DEV_SET) == DEV_SHA256, "copy ../shared/eval/dev.yaml unchanged"


def test_the_article_metadata_in_the_knowledge_is_the_article_copy_s(shipped: KnowledgeService) -> None:
    text = " ".join(ARTICLE.read_text(encoding="utf-8").split())
    source = next(s for s in shipped.base.sources if s.id == "india-japan-partnership")
    assert text.startswith(f"{source.title} | Current Affairs | {source.publisher}")
    assert f"Posted {source.published:%d %b %Y}" in text
    assert source.updated is not None
    assert f"Updated {source.updated:%d %b %Y}" in text
    assert f"{source.reading_time_minutes} min read" in text


def test_answers_are_not_copied_from_the_article(shipped: KnowledgeService) -> None:
    article = " ".join(ARTICLE.read_text(encoding="utf-8").split()).casefold()
    checked = 0
    for sourced in shipped.base.facts:
        words = sourced.fact.answer.casefold().split()
        # No run of 12 consecutive words of an answer may appear verbatim in the article.
        for start in range(max(0, len(words) - 11)):
            run = " ".join(words[start : start + 12])
            assert run not in article, (sourced.fact.id, run)
            checked += 1
    assert checked > 100, "too few runs of 12 words were checked for the test to mean anything"
