"""Every kind of knowledge-file mistake is reported as file:line:col with a clear message."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.core.knowledge.problems import KnowledgeError, Problem
from bot.core.knowledge.validation import load_knowledge, validate_directory
from bot.core.knowledge.yamlsafe import MAX_FILE_BYTES
from bot.core.services.knowledge import KnowledgeService
from tests.conftest import MINIMAL_ARTICLE, WriteKnowledge


def problems_for(folder: Path) -> list[Problem]:
    base, problems = validate_directory(folder)
    assert base is None, "expected the folder to be refused"
    assert problems
    return problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_minimal_article_is_valid(write_knowledge: WriteKnowledge) -> None:
    base = load_knowledge(write_knowledge({"demo.yaml": MINIMAL_ARTICLE}))
    assert base.stats["facts"] == 1
    assert base.fact("demo_fact").section.title == "Main Points"


@pytest.mark.parametrize(
    ("old", "new", "line", "pattern"),
    [
        pytest.param("  title: Demo Article\n", "  title: [Demo\n", 4, r"YAML syntax error", id="syntax"),
        pytest.param(
            "    answer: The demo fact is that demos work.",
            "    answer: 42",
            16,
            r"facts\[0\]\.answer: YAML reads unquoted '42' as a number",
            id="wrong-type-number",
        ),
        pytest.param(
            "    answer: The demo fact is that demos work.",
            "    answer: no",
            16,
            r"facts\[0\]\.answer: YAML reads unquoted 'no' as the boolean false; put it in quotes",
            id="yes-no-boolean",
        ),
        pytest.param(
            "    choices: [Always, Never, Sometimes, Rarely]\n    answer: Always",
            "    choices: [on, Sometimes, Rarely, Often]\n    answer: Sometimes",
            22,
            r"quiz\[0\]\.choices\[0\]: YAML reads unquoted 'on' as the boolean true",
            id="on-off-boolean",
        ),
        pytest.param(
            "    keywords: [demo]\n",
            "    keywords: [demo]\n    anwser: extra\n",
            18,
            r"unknown key 'anwser' in facts\[0\] \(did you mean 'answer'\?\)",
            id="unknown-key",
        ),
        pytest.param(
            "    answer: The demo fact is that demos work.\n",
            "",
            12,
            r"missing required key 'answer' \(in facts\[0\]\)",
            id="missing-key",
        ),
        pytest.param(
            "    section: main\n    question: What",
            "    section: nowhere\n    question: What",
            13,
            r"fact 'demo_fact' names section 'nowhere', which this file does not define",
            id="unknown-section",
        ),
        pytest.param(
            "    fact: demo_fact\n",
            "    fact: ghost\n",
            20,
            r"tests fact 'ghost', which does not exist",
            id="quiz-fact",
        ),
        pytest.param(
            "    answer: Always\n",
            "    answer: Often\n",
            19,
            r"answer 'Often' is not one of the choices",
            id="answer-not-choice",
        ),
        pytest.param(
            "[Always, Never, Sometimes, Rarely]",
            "[Always, Never, always, Rarely]",
            22,
            r"duplicate choice 'always'",
            id="duplicate-choice",
        ),
        pytest.param(
            "    answer: The demo fact is that demos work.",
            "    answer: '   '",
            16,
            r"facts\[0\]\.answer: text is empty",
            id="empty-text",
        ),
        pytest.param(
            "    answer: The demo fact is that demos work.",
            "    answer: " + "x" * 401,
            16,
            r"facts\[0\]\.answer: text is 401 characters; the limit is 400",
            id="over-long-answer",
        ),
        pytest.param(
            "    answer: The demo fact is that demos work.",
            "    answer: Yes. The demo fact is that demos work.",
            16,
            r"facts\[0\]\.answer: an answer must state the fact itself, without opening with 'Yes' or 'No'",
            id="yes-opening",
        ),
        pytest.param(
            "    keywords: [demo]\n",
            "    keywords: [demo]\n    items: [demos, robots]\n",
            18,
            r"facts\[0\]\.items: item 'robots' is not written in the answer",
            id="item-not-in-answer",
        ),
        pytest.param(
            "    keywords: [demo]\n",
            "    keywords: [demo]\n    items: [work, demos]\n",
            18,
            r"facts\[0\]\.items: item 'demos' is not written in the answer after the item before it",
            id="items-out-of-order",
        ),
        pytest.param(
            "    keywords: [demo]\n",
            "    keywords: [demo]\n    items: [dem, work]\n",
            18,
            r"facts\[0\]\.items: item 'dem' is not written in the answer",
            id="item-part-of-a-word",
        ),
        pytest.param(
            "    keywords: [demo]\n",
            "    keywords: [demo]\n    items: [demos]\n",
            18,
            r"facts\[0\]\.items: a list's items are two or more",
            id="one-item",
        ),
        pytest.param(
            "    keywords: [demo]\n",
            "    keywords: [demo]\n    items: [demos, DEMOS]\n",
            18,
            r"facts\[0\]\.items: item 'DEMOS' is listed twice",
            id="item-twice",
        ),
        pytest.param("  - id: demo_fact\n", "  - id: Demo Fact\n", 12, r"'Demo Fact' is not a valid id", id="bad-id"),
        pytest.param(
            "    keywords: [demo]\n",
            "    keywords: [demo]\n    keywords: [again]\n",
            18,
            r"duplicate key 'keywords'",
            id="duplicate-key",
        ),
    ],
)
def test_each_mistake_is_reported_with_its_position(
    write_knowledge: WriteKnowledge, old: str, new: str, line: int, pattern: str
) -> None:
    assert old in MINIMAL_ARTICLE
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE.replace(old, new, 1)})
    problem = only(problems_for(folder))
    assert problem.path.endswith("demo.yaml")
    assert problem.line == line, str(problem)
    assert re.search(pattern, problem.message), str(problem)
    assert re.match(r".+demo\.yaml:\d+:\d+: ", str(problem))


def test_every_problem_is_reported_in_one_run(write_knowledge: WriteKnowledge) -> None:
    broken = MINIMAL_ARTICLE.replace("answer: Always", "answer: Often").replace(
        "answer: The demo fact is that demos work.", "answer: yes"
    )
    folder = write_knowledge({"demo.yaml": broken, "other.yaml": "glossary: {not: a list}\n"})
    messages = [str(p) for p in problems_for(folder)]
    assert len(messages) == 3, messages
    assert any("demo.yaml:16:5: facts[0].answer" in m for m in messages)
    assert any("demo.yaml:19:5: quiz[0]: answer 'Often'" in m for m in messages)
    assert any("other.yaml:1:1: glossary: expected a list" in m for m in messages)


def test_duplicate_ids_within_one_file(write_knowledge: WriteKnowledge) -> None:
    doubled = MINIMAL_ARTICLE.replace(
        "quiz:\n",
        "  - id: demo_fact\n    section: main\n    question: Another question entirely?\n"
        "    answer: Another answer.\nquiz:\n",
    )
    problem = only(problems_for(write_knowledge({"demo.yaml": doubled})))
    assert "duplicate fact id 'demo_fact' (first defined at" in problem.message
    assert problem.line == 18


def test_duplicate_ids_across_files(write_knowledge: WriteKnowledge) -> None:
    second = MINIMAL_ARTICLE.replace("id: demo\n", "id: demo-two\n").replace("demo_quiz", "demo_quiz_2")
    second = second.replace("What is the demo fact?", "Which colour is the sky?").replace(
        "demo fact please", "sky colour"
    )
    problem = only(problems_for(write_knowledge({"a.yaml": MINIMAL_ARTICLE, "b.yaml": second})))
    assert problem.path.endswith("b.yaml")
    assert "duplicate fact id 'demo_fact'" in problem.message
    assert "a.yaml:12" in problem.message


def test_near_duplicate_questions_on_two_facts(write_knowledge: WriteKnowledge) -> None:
    doubled = MINIMAL_ARTICLE.replace(
        "quiz:\n",
        "  - id: other_fact\n    section: main\n    question: What's the demo fact??\n"
        "    answer: Another answer.\nquiz:\n",
    )
    problems = problems_for(write_knowledge({"demo.yaml": doubled}))
    assert all("nearly duplicates one of fact 'demo_fact'" in p.message for p in problems)
    assert problems[0].line == 20


def test_questions_differing_only_in_a_figure_are_not_near_duplicates(write_knowledge: WriteKnowledge) -> None:
    text = MINIMAL_ARTICLE.replace("What is the demo fact?", "What happened in 2011?").replace(
        "quiz:\n",
        "  - id: other_fact\n    section: main\n    question: What happened in 2017?\n"
        "    answer: Another answer.\nquiz:\n",
    )
    base, problems = validate_directory(write_knowledge({"demo.yaml": text}))
    assert problems == []
    assert base is not None


def test_non_utf8_file_is_refused(write_knowledge: WriteKnowledge) -> None:
    data = MINIMAL_ARTICLE.replace("Demo Press", "Demo Pr\u00e9ss").encode("latin-1")
    problem = only(problems_for(write_knowledge({"demo.yaml": data})))
    assert "not valid UTF-8" in problem.message
    assert problem.line == 4


def test_oversized_file_is_refused_without_reading_it(write_knowledge: WriteKnowledge) -> None:
    huge = "# " + "x" * (MAX_FILE_BYTES + 10) + "\n" + MINIMAL_ARTICLE
    problem = only(problems_for(write_knowledge({"demo.yaml": huge})))
    assert "the limit is" in problem.message


def test_alias_bomb_is_refused_quickly(write_knowledge: WriteKnowledge) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    problem = only(problems_for(write_knowledge({"bomb.yaml": "\n".join(lines) + "\n"})))
    assert "too many aliases" in problem.message


def test_python_tags_are_not_executed(write_knowledge: WriteKnowledge) -> None:
    evil = "glossary: !!python/object/apply:os.system ['echo pwned']\n"
    problem = only(problems_for(write_knowledge({"evil.yaml": evil})))
    assert "YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed" in problem.message


def test_a_file_that_is_not_a_mapping(write_knowledge: WriteKnowledge) -> None:
    problem = only(problems_for(write_knowledge({"list.yaml": "- just\n- a list\n"})))
    assert "must be a mapping" in problem.message


def test_quotes_are_checked_against_the_article_text(write_knowledge: WriteKnowledge) -> None:
    base, problems = validate_directory(write_knowledge(copy_mini=True))
    assert problems == []
    assert base is not None
    folder = write_knowledge(copy_mini=True)
    compact = folder / "compact.yaml"
    compact.write_text(compact.read_text().replace("meets twice a year\n", "meets every month\n"), encoding="utf-8")
    problem = only(problems_for(folder))
    assert "the quote of fact 'water_board' does not occur verbatim in article.txt" in problem.message
    assert problem.line == 34


def test_missing_article_text_file_is_reported(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge(copy_mini=True)
    (folder / "article.txt").unlink()
    assert "cannot read the article text file" in only(problems_for(folder)).message


def test_load_raises_with_all_problems(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE.replace("answer: Always", "answer: Often")})
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(folder)
    assert len(caught.value.problems) == 1


def test_failed_reload_keeps_the_previous_knowledge(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    service = KnowledgeService.from_directory(folder)
    before = service.base
    (folder / "demo.yaml").write_text(MINIMAL_ARTICLE.replace("  title: Demo Article\n", "  title: [Demo\n"))
    result = service.reload()
    assert not result.ok
    assert "demo.yaml:4:" in str(result.problems[0])
    assert service.base is before
    assert service.matcher.ask("demo fact please").__class__.__name__ == "Answer"


def test_successful_reload_swaps_the_knowledge(write_knowledge: WriteKnowledge) -> None:
    folder = write_knowledge({"demo.yaml": MINIMAL_ARTICLE})
    service = KnowledgeService.from_directory(folder)
    (folder / "demo.yaml").write_text(MINIMAL_ARTICLE.replace("demos work.", "demos work well."))
    result = service.reload()
    assert result.ok
    assert service.base.fact("demo_fact").fact.answer.endswith("demos work well.")
