"""The shipped language files define every word list the code reads, and only those."""

from __future__ import annotations

import yaml

from bot.core.language.lexicon import DATA_DIR, LEXICON, MAPPINGS, WORD_LISTS


def test_every_word_list_the_code_reads_is_defined_by_a_shipped_language() -> None:
    # A list lost in an edit reads as empty, which silently switches its mechanism off.
    empty = [name for name in WORD_LISTS if not LEXICON.words(name)]
    assert empty == []


def test_every_key_of_a_language_file_is_a_known_list_or_mapping() -> None:
    known = set(WORD_LISTS) | set(MAPPINGS)
    for path in sorted(DATA_DIR.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert set(document) <= known, f"{path.name}: {sorted(set(document) - known)}"
