"""Teaching a phrasing adds exactly one line (or one item) to the fact's own file and keeps every other byte."""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest
import yaml

from bot.core.knowledge import teach as teach_module
from bot.core.knowledge.teach import (
    TeachError,
    UnknownFactError,
    add_phrasing,
    commit_teach,
    prepare_teach,
    teach_phrasing,
)
from bot.core.knowledge.validation import validate_directory
from bot.paths import DEFAULT_KNOWLEDGE_DIR
from tests.conftest import MINIMAL_ARTICLE

SHIPPED_ARTICLE = "india-japan-partnership.yaml"

# An article whose facts use every layout the editor must keep: block lists at odd indentation, a flow list,
# a flow list over several lines, a fact without alternatives, comments everywhere, folded text.
LAYOUTS = """\
# a knowledge file written by hand
source:
  id: layouts
  title: Layouts   # trailing comment
  publisher: Test Press
  published: 2024-01-02
  summary: [Every layout a person might write.]
sections:
  - id: main
    title: Main
    summary: One section.
facts:
 -   id: odd_block      # odd indentation, three spaces after the dash
     section: main
     question: Which port handles the most odd cargo?
     alternatives:
          -   odd cargo port
          # a commented-out phrasing
          -   busiest odd harbour   # trailing comment
     answer: >-
       The odd port handles
       the most odd cargo.
 -   id: flow_list
     section: main
     question: When did the flow treaty start?
     alternatives: [flow treaty start, "flow: treaty year"]   # flow style
     answer: The flow treaty started in 1999.
 -   id: flow_lines
     section: main
     question: Who signed the multiline accord?
     alternatives: [
       multiline accord signatory,
       who put pen to the accord,
     ]
     answer: The multiline accord was signed by two ministers.
 -   id: bare_fact
     section: main
     question: Where is the bare lighthouse?
     answer: The bare lighthouse stands on the northern cape.
 -   {id: flow_fact, section: main, question: "What colour is the flow flag?", answer: The flow flag is green.}
"""


def added_and_removed(before: str, after: str) -> tuple[list[str], list[str]]:
    """Return the lines only in ``after`` and the lines only in ``before`` (line endings kept)."""
    diff = list(difflib.ndiff(before.splitlines(keepends=True), after.splitlines(keepends=True)))
    return [d[2:] for d in diff if d.startswith("+ ")], [d[2:] for d in diff if d.startswith("- ")]


def alternatives_of(text: str, fact_id: str) -> list[str]:
    data = yaml.safe_load(text)
    fact = next(f for f in data["facts"] if f["id"] == fact_id)
    return list(fact.get("alternatives") or [])


@pytest.fixture
def shipped_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_KNOWLEDGE_DIR, folder)
    return folder


def layouts_folder(tmp_path: Path, text: str = LAYOUTS, newline: str = "\n") -> Path:
    folder = tmp_path / "layouts"
    folder.mkdir()
    (folder / "layouts.yaml").write_bytes(text.replace("\n", newline).encode("utf-8"))
    return folder


# ---------------------------------------------------------------- byte-for-byte
def test_the_shipped_file_gains_exactly_one_line(shipped_copy: Path) -> None:
    path = shipped_copy / SHIPPED_ARTICLE
    before = path.read_bytes()
    taught = teach_phrasing(shipped_copy, "cepa kab shuru hua", "cepa_year")
    after = path.read_bytes()
    added, removed = added_and_removed(before.decode(), after.decode())
    assert removed == []
    assert added == ["      - cepa kab shuru hua\n"]
    assert len(after) == len(before) + len(added[0])
    assert after.decode().splitlines()[taught.line - 1] == "      - cepa kab shuru hua"
    assert (taught.file, taught.fact_id, taught.phrasing) == (SHIPPED_ARTICLE, "cepa_year", "cepa kab shuru hua")
    assert alternatives_of(after.decode(), "cepa_year")[-1] == "cepa kab shuru hua"
    base, problems = validate_directory(shipped_copy)
    assert problems == []
    assert base is not None
    assert "cepa kab shuru hua" in base.fact("cepa_year").fact.alternatives
    # Nothing else was left in the folder (the temporary file was moved over the article).
    assert sorted(p.name for p in shipped_copy.iterdir()) == sorted(p.name for p in DEFAULT_KNOWLEDGE_DIR.iterdir())


def test_a_block_list_at_odd_indentation_keeps_its_indentation_and_comments(tmp_path: Path) -> None:
    folder = layouts_folder(tmp_path)
    teach_phrasing(folder, "which harbour takes odd freight", "odd_block")
    after = (folder / "layouts.yaml").read_text(encoding="utf-8")
    added, removed = added_and_removed(LAYOUTS, after)
    assert (added, removed) == (["          -   which harbour takes odd freight\n"], [])
    assert "# a commented-out phrasing" in after
    assert after.index("busiest odd harbour   # trailing comment") < after.index("which harbour takes odd freight")
    assert alternatives_of(after, "odd_block") == [
        "odd cargo port",
        "busiest odd harbour",
        "which harbour takes odd freight",
    ]


def test_a_flow_list_gets_the_item_inside_its_brackets_on_the_same_line(tmp_path: Path) -> None:
    folder = layouts_folder(tmp_path)
    teach_phrasing(folder, "flow pact: first year?", "flow_list")
    after = (folder / "layouts.yaml").read_text(encoding="utf-8")
    added, removed = added_and_removed(LAYOUTS, after)
    assert removed == ['     alternatives: [flow treaty start, "flow: treaty year"]   # flow style\n']
    assert added == [
        "     alternatives: [flow treaty start, \"flow: treaty year\", 'flow pact: first year?']   # flow style\n"
    ]
    assert alternatives_of(after, "flow_list")[-1] == "flow pact: first year?"


def test_a_flow_list_over_several_lines_and_an_empty_one(tmp_path: Path) -> None:
    folder = layouts_folder(tmp_path)
    teach_phrasing(folder, "accord signer", "flow_lines")
    after = (folder / "layouts.yaml").read_text(encoding="utf-8")
    added, removed = added_and_removed(LAYOUTS, after)
    assert (added, removed) == (
        ["       who put pen to the accord, accord signer,\n"],
        ["       who put pen to the accord,\n"],
    )
    empty = LAYOUTS.replace('[flow treaty start, "flow: treaty year"]', "[]")
    edited, line = add_phrasing(empty, "flow_list", "flow treaty start")
    assert alternatives_of(edited, "flow_list") == ["flow treaty start"]
    assert edited.splitlines()[line - 1].startswith("     alternatives: [flow treaty start]")


def test_a_fact_without_alternatives_gets_the_key_after_its_question(tmp_path: Path) -> None:
    folder = layouts_folder(tmp_path)
    taught = teach_phrasing(folder, "lighthouse on which cape", "bare_fact")
    after = (folder / "layouts.yaml").read_text(encoding="utf-8")
    added, removed = added_and_removed(LAYOUTS, after)
    # The file's other facts use block lists with the dash 5 columns past the key: so does the new one.
    assert (added, removed) == (["     alternatives:\n", "          - lighthouse on which cape\n"], [])
    lines = after.splitlines()
    assert lines[taught.line - 1] == "          - lighthouse on which cape"
    assert lines[taught.line - 3].endswith("question: Where is the bare lighthouse?")
    assert alternatives_of(after, "bare_fact") == ["lighthouse on which cape"]


def test_a_fact_without_alternatives_in_a_file_of_flow_lists_gets_a_flow_list(tmp_path: Path) -> None:
    second = (
        "  - id: second_fact\n"
        "    section: main\n"
        "    question: What is the second demo fact?\n"
        "    alternatives: [second demo]\n"
        "    answer: The second demo fact is that tests pass.\n"
    )
    text = MINIMAL_ARTICLE.replace("    alternatives: [demo fact please]\n", "").replace("quiz:\n", second + "quiz:\n")
    edited, line = add_phrasing(text, "demo_fact", "does the demo hold up")
    added, removed = added_and_removed(text, edited)
    assert (added, removed) == (["    alternatives: [does the demo hold up]\n"], [])
    assert edited.splitlines()[line - 1] == "    alternatives: [does the demo hold up]"


def test_a_flow_mapping_fact_gets_the_key_inside_its_braces(tmp_path: Path) -> None:
    folder = layouts_folder(tmp_path)
    teach_phrasing(folder, "flow flag colour", "flow_fact")
    after = (folder / "layouts.yaml").read_text(encoding="utf-8")
    added, removed = added_and_removed(LAYOUTS, after)
    assert removed == [LAYOUTS.splitlines(keepends=True)[-1]]
    assert added == [
        ' -   {id: flow_fact, section: main, question: "What colour is the flow flag?", alternatives: [flow flag '
        "colour], answer: The flow flag is green.}\n"
    ]


def test_crlf_files_stay_crlf(tmp_path: Path) -> None:
    folder = layouts_folder(tmp_path, newline="\r\n")
    before = (folder / "layouts.yaml").read_bytes()
    teach_phrasing(folder, "odd freight harbour", "odd_block")
    teach_phrasing(folder, "bare lighthouse cape", "bare_fact")
    after = (folder / "layouts.yaml").read_bytes()
    assert b"\n" not in after.replace(b"\r\n", b"")
    added, removed = added_and_removed(before.decode(), after.decode())
    assert removed == []
    assert added == [
        "          -   odd freight harbour\r\n",
        "     alternatives:\r\n",
        "          - bare lighthouse cape\r\n",
    ]


def test_a_file_without_a_final_newline_and_with_a_byte_order_mark(tmp_path: Path) -> None:
    text = "\ufeff" + MINIMAL_ARTICLE.replace("    alternatives: [demo fact please]\n", "").rstrip("\n")
    edited, _line = add_phrasing(text, "demo_fact", "demo please")
    assert edited.startswith("\ufeff")
    assert alternatives_of(edited.lstrip("\ufeff"), "demo_fact") == ["demo please"]
    last = "  - id: last\n    section: main\n    question: Last one?\n    answer: Yes, the last one."
    ending = MINIMAL_ARTICLE.split("quiz:")[0] + last  # the fact is the very end of the file, no newline
    edited, line = add_phrasing(ending, "last", "final fact")
    assert not edited.endswith("\n")
    assert edited.splitlines()[line - 1].strip() in {"alternatives: [final fact]", "- final fact"}
    assert alternatives_of(edited, "last") == ["final fact"]


@pytest.mark.parametrize(
    "phrasing",
    [
        "cepa: when?",
        "# is it cepa",
        "yes",
        "2011",
        "- cepa year",
        "cepa year, really",
        "[cepa] {year}",
        "it's 'cepa' \"year\"",
        "सीईपीए कब लागू हुआ",
        "@everyone cepa & *alias !tag %pct `tick`",
    ],
)
def test_phrasings_yaml_would_misread_are_quoted_and_read_back_exactly(phrasing: str) -> None:
    for text in (MINIMAL_ARTICLE, MINIMAL_ARTICLE.replace("[demo fact please]", "\n      - demo fact please")):
        edited, _line = add_phrasing(text, "demo_fact", phrasing)
        assert alternatives_of(edited, "demo_fact") == ["demo fact please", phrasing]
        added, _removed = added_and_removed(text, edited)
        assert len(added) == 1


def test_control_characters_and_extra_spaces_are_cleaned_first(tmp_path: Path) -> None:
    folder = layouts_folder(tmp_path)
    taught = teach_phrasing(folder, "  bare\tlighthouse\n\x1b[31mcape\u202e  ", "bare_fact")
    assert taught.phrasing == "bare lighthouse cape"  # the escape sequence went whole
    assert alternatives_of((folder / "layouts.yaml").read_text(encoding="utf-8"), "bare_fact") == [taught.phrasing]


# ---------------------------------------------------------------- refusals
def test_an_unknown_fact_is_refused_with_close_ids(shipped_copy: Path) -> None:
    before = (shipped_copy / SHIPPED_ARTICLE).read_bytes()
    with pytest.raises(UnknownFactError) as refused:
        teach_phrasing(shipped_copy, "cepa kab hua", "cepa_yaer")
    assert "cepa_year" in refused.value.suggestions
    assert "There is no fact `cepa_yaer`" in str(refused.value)
    assert "Did you mean `cepa_year`" in str(refused.value)
    assert (shipped_copy / SHIPPED_ARTICLE).read_bytes() == before


@pytest.mark.parametrize(
    ("question", "message"),
    [
        ("", "empty"),
        ("  \n\t ", "empty"),
        ("why " * 60, "at most 200"),
        ("cepa year", "already has that phrasing"),
        ("CEPA  Year?", "already has that phrasing"),
        ("When did the India-Japan Comprehensive Economic Partnership Agreement come into effect", "already has"),
        ("cepa kab lagu hua hai", "reads the same"),
    ],
)
def test_empty_long_or_known_phrasings_are_refused(shipped_copy: Path, question: str, message: str) -> None:
    before = (shipped_copy / SHIPPED_ARTICLE).read_bytes()
    with pytest.raises(TeachError, match=message):
        teach_phrasing(shipped_copy, question, "cepa_year")
    assert (shipped_copy / SHIPPED_ARTICLE).read_bytes() == before


def test_a_near_duplicate_of_another_facts_question_is_refused_with_the_validators_message(shipped_copy: Path) -> None:
    path = shipped_copy / SHIPPED_ARTICLE
    before = path.read_bytes()
    stat_before = os.stat(path)
    with pytest.raises(TeachError) as refused:
        teach_phrasing(shipped_copy, "when did cepa come into force??", "cepa_scope")
    message = str(refused.value)
    assert "would make the knowledge invalid, so nothing was changed" in message
    assert "nearly duplicates one of fact 'cepa_year'" in message
    # Problems name the real file (never the temporary copy the folder was validated in).
    assert refused.value.problems
    assert all(p.path.endswith(f"knowledge/{SHIPPED_ARTICLE}") for p in refused.value.problems)
    assert "studybot-teach" not in message
    # Atomic: the file is untouched (bytes and inode), and no temporary file was left behind.
    assert path.read_bytes() == before
    assert os.stat(path).st_ino == stat_before.st_ino
    assert not [p for p in shipped_copy.iterdir() if p.name.startswith(".")]


def test_a_folder_that_is_already_broken_is_not_taught(shipped_copy: Path) -> None:
    (shipped_copy / "broken.yaml").write_text("source: [unclosed\n", encoding="utf-8")
    before = (shipped_copy / SHIPPED_ARTICLE).read_bytes()
    with pytest.raises(TeachError, match="already has 1 problem") as refused:
        teach_phrasing(shipped_copy, "cepa kab shuru hua", "cepa_year")
    assert "broken.yaml:2:1: YAML syntax error" in str(refused.value)
    assert (shipped_copy / SHIPPED_ARTICLE).read_bytes() == before


def test_a_failed_write_leaves_the_file_and_no_temporary_file(
    shipped_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = shipped_copy / SHIPPED_ARTICLE
    before = path.read_bytes()

    def fail(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(teach_module.os, "replace", fail)
    with pytest.raises(OSError, match="No space left"):
        teach_phrasing(shipped_copy, "cepa kab shuru hua", "cepa_year")
    assert path.read_bytes() == before
    assert not [p for p in shipped_copy.iterdir() if p.name.startswith(".")]


def test_a_file_edited_meanwhile_is_not_overwritten(shipped_copy: Path) -> None:
    path = shipped_copy / SHIPPED_ARTICLE
    plan = prepare_teach(shipped_copy, "cepa kab shuru hua", "cepa_year")
    meanwhile = path.read_text(encoding="utf-8").replace("Vision IAS", "Vision  IAS", 1)
    path.write_text(meanwhile, encoding="utf-8")
    with pytest.raises(TeachError, match="changed while"):
        commit_teach(plan)
    assert path.read_text(encoding="utf-8") == meanwhile


def test_an_article_text_in_a_subfolder_is_validated_with_the_copy(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "demo.txt").write_text("The article says demos work, always.", encoding="utf-8")
    article = MINIMAL_ARTICLE.replace(
        "  summary: [A demo summary bullet.]\n", "  summary: [A demo summary bullet.]\n  text_file: texts/demo.txt\n"
    ).replace("    keywords: [demo]\n", "    keywords: [demo]\n    quote: demos work\n")
    (folder / "demo.yaml").write_text(article, encoding="utf-8")
    assert validate_directory(folder)[1] == []
    teach_phrasing(folder, "do demos work", "demo_fact")
    assert alternatives_of((folder / "demo.yaml").read_text(encoding="utf-8"), "demo_fact")[-1] == "do demos work"


def test_a_knowledge_file_that_is_a_link_inside_the_folder_stays_a_link(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    (folder / "real").mkdir(parents=True)
    (folder / "real" / "demo.txt").write_text(MINIMAL_ARTICLE, encoding="utf-8")
    (folder / "demo.yaml").symlink_to(Path("real") / "demo.txt")
    teach_phrasing(folder, "does the demo hold up", "demo_fact")
    assert (folder / "demo.yaml").is_symlink()
    assert alternatives_of((folder / "real" / "demo.txt").read_text(encoding="utf-8"), "demo_fact")[-1] == (
        "does the demo hold up"
    )
