"""`studybot draft`: an article's plain text becomes a knowledge file that validates, answers and can be reviewed."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.core.answering.outcomes import Answer
from bot.core.knowledge.draft import (
    DRAFT_MARKER,
    DraftError,
    DraftResult,
    draft_knowledge,
    find_definitions,
    find_figures,
    is_furniture,
    parse_article,
    render_yaml,
    split_sentences,
    write_draft,
)
from bot.core.knowledge.problems import Problem
from bot.core.knowledge.schema import MAX_ANSWER_CHARS, MAX_QUESTION_CHARS, QUIZ_CHOICES
from bot.core.knowledge.validation import validate_directory
from bot.core.services.asking import AskingService
from bot.core.services.knowledge import KnowledgeService, draft_article
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from scripts.draft_eval import TARGET, evaluate_drafts

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
JAPAN = ARTICLES / "india_japan_vision_ias.txt"
FALLBACK = dt.date(2024, 1, 1)


def drafted(tmp_path: Path, article: Path = JAPAN, name: str | None = None) -> DraftResult:
    """Copy an article into an empty folder and draft it there."""
    copy = tmp_path / (name or article.name)
    shutil.copyfile(article, copy)
    return write_draft(copy, tmp_path / f"{copy.stem}.yaml")


def document(result: DraftResult) -> dict[str, object]:
    data = yaml.safe_load(result.output.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def facts_of(result: DraftResult) -> list[dict[str, object]]:
    facts = document(result)["facts"]
    assert isinstance(facts, list)
    return facts


# ---------------------------------------------------------------------------------------------- the seed article
def test_the_seed_article_drafts_into_a_file_that_validates_and_answers(tmp_path: Path) -> None:
    result = drafted(tmp_path)
    assert result.problems == ()
    base, problems = validate_directory(tmp_path)
    assert problems == []
    assert base is not None
    assert base.stats["facts"] == result.draft.facts >= 25
    outcome = AskingService(KnowledgeService.from_directory(tmp_path)).answer("when did cepa come into effect?")
    assert isinstance(outcome, Answer)
    assert "2011" in outcome.best.fact.fact.answer


def test_the_header_becomes_the_source_block(tmp_path: Path) -> None:
    source = document(drafted(tmp_path))["source"]
    assert isinstance(source, dict)
    assert source["id"] == "india-japan-partnership"
    assert source["title"] == "India-Japan Partnership"
    assert source["publisher"] == "Vision IAS"
    assert source["published"] == dt.date(2025, 10, 4)
    assert source["updated"] == dt.date(2025, 10, 8)
    assert source["reading_time_minutes"] == 4
    assert source["tags"] == ["Asia-Africa Growth Corridor", "India-Japan Industrial Competitiveness Partnership"]
    assert source["text_file"] == JAPAN.name
    summary = source["summary"]
    assert isinstance(summary, list)
    assert 1 <= len(summary) <= 10
    assert summary[0].startswith("India and Japan strengthened their partnership")


def test_one_section_per_heading_and_page_furniture_is_left_out(tmp_path: Path) -> None:
    result = drafted(tmp_path)
    text = result.output.read_text(encoding="utf-8")
    sections = document(result)["sections"]
    assert isinstance(sections, list)
    titles = [s["title"] for s in sections]
    assert titles == [
        "Article Summary",
        "Why in the News?",
        "Key Outcomes of the Prime Minister's Visit",
        "Pillars of India-Japan Relations",
        "Role of India-Japan in Global and Regional Order",
        "Conclusion",
        "Article details",
    ]
    for furniture in ("Table of Content", "Magazine Logo", "Download", "Subscribe", "Quick Start", "Get Started"):
        assert furniture not in text


def test_furniture_is_data_and_its_sections_are_skipped() -> None:
    assert is_furniture("Table of Content")
    assert is_furniture("  Share on WhatsApp")
    assert is_furniture("Copyright © 2025 Example Media")
    assert not is_furniture("Pillars of India-Japan Relations")
    article = parse_article(
        "A Title | News | Example Press\n\nRelated Articles\n\nSomething else entirely was said in 2020.\n\n"
        "Main Points\n\nThe treaty was signed in 2019 by both sides.\n\nPrint\nShare this article\n",
        "fallback",
    )
    assert [s.title for s in article.sections] == ["Main Points"]
    assert article.header.title == "A Title"
    assert article.header.publisher == "Example Press"


# ---------------------------------------------------------------------------------------------- facts
def test_facts_have_prefixed_unique_ids_quotes_from_the_article_and_answers_within_limits(tmp_path: Path) -> None:
    result = drafted(tmp_path)
    facts = facts_of(result)
    article = " ".join(JAPAN.read_text(encoding="utf-8").split()).casefold()
    ids = [str(f["id"]) for f in facts]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("ijp_") for i in ids)
    quoted = [f for f in facts if f.get("quote")]
    assert len(quoted) >= 20
    for fact in quoted:
        assert " ".join(str(fact["quote"]).split()).casefold() in article
    for fact in facts:
        assert len(str(fact["answer"])) <= MAX_ANSWER_CHARS
        assert all(len(q) <= MAX_QUESTION_CHARS for q in [fact["question"], *fact.get("alternatives", [])])  # type: ignore[list-item]


def test_questions_follow_what_the_statement_states(tmp_path: Path) -> None:
    by_answer = {str(f["answer"]): f for f in facts_of(drafted(tmp_path, ARTICLES / "india_germany.txt"))}
    questions = {str(f["question"]) for f in by_answer.values()}
    assert "When was the 7th IGC held?" in questions
    assert "When was a bilateral Defence Cooperation Agreement signed?" in questions
    assert "When did Mumbai and Stuttgart become the first Indo-German twin cities?" in questions
    assert "How much was bilateral trade in FY 2023-24?" in questions
    assert "What does IGC stand for?" in questions
    igc = next(f for f in by_answer.values() if f["question"] == "What does IGC stand for?")
    assert igc["answer"] == "IGC stands for Intergovernmental Consultations."
    visit = next(f for a, f in by_answer.items() if "Wadephul" in a)
    assert {"September 2025", "Sept 2025"} <= set(visit["keywords"])  # type: ignore[arg-type]


def test_a_sentence_leaning_on_context_is_left_out_unless_its_bullet_names_it() -> None:
    text = (
        "Example Ties | News | Example Press\nPosted 01 Jan 2024\n\nMain Points\n\n"
        "The corridor was opened in 2019 by both governments. This also helped trade a great deal.\n\n"
        "  • Trade Forum (TF): It meets every year in Delhi since 2015.\n"
    )
    draft = draft_knowledge(text, "example.txt", fallback_date=FALLBACK)
    data = yaml.safe_load(draft.text)
    answers = [f["answer"] for f in data["facts"]]
    assert not any(a.startswith("This also") for a in answers)
    assert "Trade Forum (TF): It meets every year in Delhi since 2015." in answers


def test_abbreviations_the_text_defines_become_glossary_entries(tmp_path: Path) -> None:
    glossary = document(drafted(tmp_path))["glossary"]
    assert {"term": "CEPA", "expansion": "Comprehensive Economic Partnership Agreement"} in glossary  # type: ignore[operator]
    found = {a: e for a, e, _s, _e in find_definitions(
        "the India-European Union (EU) Free Trade Agreement (FTA), formally the Broad-based Trade and Investment "
        "Agreement (BTIA), and Sustainable Development Goals (SDGs) and the Intergovernmental Consultations (IGC)"
    )}  # fmt: skip
    assert found == {
        "EU": "European Union",
        "FTA": "Free Trade Agreement",
        "BTIA": "Broad-based Trade and Investment Agreement",
        "SDGs": "Sustainable Development Goals",
        "IGC": "Intergovernmental Consultations",
    }


def test_quiz_items_offer_four_distinct_choices_taken_from_the_article(tmp_path: Path) -> None:
    result = drafted(tmp_path, ARTICLES / "india_germany.txt")
    article = (tmp_path / "india_germany.txt").read_text(encoding="utf-8")
    quiz = document(result)["quiz"]
    assert isinstance(quiz, list)
    assert len(quiz) >= 10
    fact_ids = {f["id"] for f in facts_of(result)}
    for item in quiz:
        choices = item["choices"]
        assert len(choices) == QUIZ_CHOICES
        assert len({c.casefold() for c in choices}) == QUIZ_CHOICES
        assert item["answer"] in choices
        assert item["fact"] in fact_ids
        for choice in choices:  # never an invented option: every choice is the article's own words
            assert choice in article


def test_sentences_split_at_full_stops_but_not_after_initials() -> None:
    text = "The MMPA was signed by Minister S. Jaishankar in 2022. It eases movement, e.g. of students. Dr. Rao agreed."
    assert split_sentences(text) == [
        "The MMPA was signed by Minister S. Jaishankar in 2022.",
        "It eases movement, e.g. of students.",
        "Dr. Rao agreed.",
    ]


def test_figures_are_read_by_kind() -> None:
    kinds = {f.text: f.kind for f in find_figures(
        "Trade stood at about US$ 26.1 billion in FY 2023-24, up 14%, after the 7th IGC on 25 October 2024 and "
        "a pact of January 2015 signed in 2006 by Chancellor Olaf Scholz for six submarines and a 10-year plan."
    )}  # fmt: skip
    assert kinds == {
        "US$ 26.1 billion": "money",
        "FY 2023-24": "fy",
        "14%": "percent",
        "25 October 2024": "date",
        "January 2015": "month",
        "2006": "year",
        "Olaf Scholz": "person",
        "six": "count",
    }


# ---------------------------------------------------------------------------------------------- determinism, format
def test_the_same_article_gives_the_same_bytes(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = drafted(tmp_path / "a"), drafted(tmp_path / "b")
    assert first.output.read_bytes() == second.output.read_bytes()
    text = JAPAN.read_text(encoding="utf-8")
    assert (
        draft_knowledge(text, "x.txt", fallback_date=FALLBACK).text
        == draft_knowledge(text, "x.txt", fallback_date=FALLBACK).text
    )


def test_the_same_bytes_whatever_the_hash_seed() -> None:
    code = (
        "import datetime as dt, hashlib, sys; from bot.core.knowledge.draft import draft_knowledge; "
        "t = open(sys.argv[1], encoding='utf-8').read(); "
        "d = draft_knowledge(t, 'a.txt', fallback_date=dt.date(2024, 1, 1)); "
        "print(hashlib.sha256(d.text.encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code, str(ARTICLES / "india_australia.txt")],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(digests) == 1


def test_the_draft_is_block_style_yaml_with_a_header_saying_it_is_a_draft(tmp_path: Path) -> None:
    text = drafted(tmp_path).output.read_text(encoding="utf-8")
    assert text.startswith(DRAFT_MARKER + "\n")
    assert "Review every fact before use" in text.splitlines()[2]
    assert not any(re.match(r"\s*[\w-]+: [\[{]", line) for line in text.splitlines())  # no flow style


@pytest.mark.parametrize(
    "value",
    ["yes", "no", "2011", "3.5", "null", "a: b", "# not a comment", "- dash", "quote's \"double\"", "Württemberg €10",
     "x" * 150 + " y", "[list] {map}", "@at", "`tick`", "%pct", "* star", "!tag", "&anchor", ">fold", "|pipe"],
)  # fmt: skip
def test_every_text_reads_back_as_written(value: str) -> None:
    data = {"source": {"title": value, "summary": [value, value + " " + value]}, "facts": [{"answer": value}]}
    assert yaml.safe_load(render_yaml(data)) == data


# ---------------------------------------------------------------------------------------------- headers and dates
def test_a_header_without_dates_still_gives_a_valid_draft_with_a_todo(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Example Ties\n\nMain Points\n\nThe corridor was opened on 3 March 2019 by both governments.\n"
        "The forum met on 5 May 2021 in Delhi for its first session.\n",
        encoding="utf-8",
    )
    result = write_draft(tmp_path / "a.txt", tmp_path / "a.yaml")
    assert result.problems == ()
    text = result.output.read_text(encoding="utf-8")
    assert "# TODO: the article gives no posted date" in text
    assert "published: 2021-05-05" in text  # the latest full date the text mentions
    assert "# TODO: the article names no publisher" in text
    assert any("no posted date" in note for note in result.notes)


def test_only_an_updated_date_becomes_the_published_date_too() -> None:
    text = "Example Ties | News | Press\nUpdated 14 Oct 2025\n\nMain Points\n\nThe corridor opened in 2019 for all.\n"
    data = yaml.safe_load(draft_knowledge(text, "a.txt", fallback_date=FALLBACK).text)
    assert data["source"]["published"] == dt.date(2025, 10, 14)
    assert "updated" in data["source"]


def test_with_no_date_at_all_the_file_date_is_used_and_said(tmp_path: Path) -> None:
    text = "Plain Notes\n\nThe corridor was opened by both governments.\n"
    draft = draft_knowledge(text, "a.txt", fallback_date=FALLBACK)
    assert "published: 2024-01-01" in draft.text
    assert "the article file's date (2024-01-01)" in draft.text


# ---------------------------------------------------------------------------------------------- hostile input
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the article is empty"),
        (b"   \n\n\t\n", "the article is empty"),
        (b"\xff\xfe\x00\x01binary\x89PNG", "not valid UTF-8"),
        (b"plain\x00text with a NUL", "NUL bytes"),
        (b"ok\n" * (5 * 1024 * 1024 // 3), "an article text may hold at most"),
        (b"Title\n\nToo short.\n", "found no sentences"),
    ],
    ids=["empty", "blank", "binary", "nul", "5mb", "no-statements"],
)
def test_hostile_articles_give_one_clear_error_and_write_nothing(tmp_path: Path, content: bytes, message: str) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    with pytest.raises(DraftError, match=message):
        write_draft(article, tmp_path / "out.yaml")
    assert not (tmp_path / "out.yaml").exists()


def test_hostile_articles_are_one_line_on_the_command_line_exit_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(b"\xff\xfe binary")
    assert main(["draft", str(article)], stdout=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert "cannot draft from" in err


def test_an_article_without_headings_gives_a_minimal_valid_draft(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text(
        "These notes were written in a hurry. The budget stood at US$ 5 billion in FY 2023-24 for the new "
        "scheme. The Ministry of Testing launched the scheme in 2021 across twelve states.\n",
        encoding="utf-8",
    )
    result = write_draft(tmp_path / "notes.txt", tmp_path / "notes.yaml")
    assert result.problems == ()
    data = document(result)
    assert data["source"]["title"] == "Notes"  # type: ignore[index]
    assert [s["title"] for s in data["sections"]] == ["Overview"]  # type: ignore[attr-defined]


def test_huge_and_pathological_text_is_drafted_quickly(tmp_path: Path) -> None:
    start = time.monotonic()
    for name, text in {
        "dots.txt": "Title\n" + "S. " * 1_000_000,
        "line.txt": "Title\n" + "Mr. S. Rao met Dr. K. Iyer in 2020 and paid US$ 5 billion, " * 50_000,
        "colons.txt": "Title\n" + "  • a: b: c: d (e (f (g " * 100_000,
    }.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        with pytest.raises(DraftError):
            write_draft(tmp_path / name, tmp_path / f"{name}.yaml")
    assert time.monotonic() - start < 60


# ---------------------------------------------------------------------------------------------- files and folders
def test_an_article_elsewhere_is_named_bare_with_a_comment_to_copy_it(tmp_path: Path) -> None:
    out = tmp_path / "knowledge"
    out.mkdir()
    result = write_draft(JAPAN, out / "japan.yaml")
    assert result.problems == ()
    text = result.output.read_text(encoding="utf-8")
    assert f"# TODO: copy {JAPAN.name} next to this file" in text
    assert f"text_file: {JAPAN.name}" in text
    assert any("copy the article" in note for note in result.notes)


def test_an_article_in_a_subfolder_is_named_relative_to_the_output(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    shutil.copyfile(JAPAN, tmp_path / "articles" / "japan.txt")
    result = write_draft(tmp_path / "articles" / "japan.txt", tmp_path / "japan.yaml")
    assert result.problems == ()
    text = result.output.read_text(encoding="utf-8")
    assert "text_file: articles/japan.txt" in text
    assert "TODO: copy" not in text
    assert validate_directory(tmp_path)[1] == []


def test_a_draft_next_to_the_shipped_knowledge_never_clashes_with_it(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, folder)
    shutil.copyfile(JAPAN, folder / JAPAN.name)
    result = write_draft(folder / JAPAN.name)
    assert result.problems == ()
    assert validate_directory(folder)[1] == []
    assert result.draft.source_id == "india-japan-partnership-draft"


def test_an_existing_file_that_is_not_a_draft_is_never_overwritten(tmp_path: Path) -> None:
    shutil.copyfile(JAPAN, tmp_path / "a.txt")
    (tmp_path / "a.yaml").write_text("glossary: []\n", encoding="utf-8")
    with pytest.raises(DraftError, match="not an earlier draft"):
        write_draft(tmp_path / "a.txt")
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8") == "glossary: []\n"
    (tmp_path / "a.yaml").unlink()
    write_draft(tmp_path / "a.txt")
    write_draft(tmp_path / "a.txt")  # an earlier draft is replaced


@pytest.mark.parametrize("output", ["a.txt", "a.json", "missing/a.yaml"])
def test_an_unusable_output_is_refused(tmp_path: Path, output: str) -> None:
    shutil.copyfile(JAPAN, tmp_path / "a.txt")
    with pytest.raises(DraftError):
        write_draft(tmp_path / "a.txt", tmp_path / output)


def test_the_command_prints_where_it_wrote_and_a_summary(tmp_path: Path) -> None:
    shutil.copyfile(JAPAN, tmp_path / "a.txt")
    out = io.StringIO()
    assert main(["draft", str(tmp_path / "a.txt"), "--output", str(tmp_path / "d.yaml")], stdout=out) == 0
    printed = out.getvalue()
    assert f"Wrote {tmp_path / 'd.yaml'}" in printed
    assert "it validates" in printed
    assert (tmp_path / "d.yaml").exists()


def test_the_command_prints_problems_and_exits_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copyfile(JAPAN, tmp_path / "a.txt")
    real = draft_article(tmp_path / "a.txt")
    problem = Problem(str(real.output), 12, 5, "the quote of fact 'x' does not occur verbatim in a.txt")
    monkeypatch.setattr("bot.cli.draft_article", lambda _a, _o: DraftResult(real.output, real.draft, (problem,), ()))
    out = io.StringIO()
    assert main(["draft", str(tmp_path / "a.txt")], stdout=out) == 1
    assert f"{real.output}:12:5: the quote of fact" in out.getvalue()


def test_the_file_date_is_the_fallback_for_the_published_date(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Notes\n\nThe corridor was opened by both governments.\n", encoding="utf-8")
    stamp = dt.datetime(2023, 6, 7, 12, tzinfo=dt.UTC).timestamp()
    os.utime(article, (stamp, stamp))
    assert "published: 2023-06-07" in write_draft(article).output.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------- the measure
def test_drafts_of_the_team_articles_answer_two_thirds_of_their_key_questions() -> None:
    for score in evaluate_drafts():
        assert score.share >= TARGET, f"{score.article}: {score.passed}/{score.total}; failing: {score.failures}"
