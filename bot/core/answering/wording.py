"""What wording says, read alike in questions and answers: the kinds of event words name ("was signed": signing,
"came into effect": start) and what figures count ("eight lines of effort": lines).

Kept apart from the question reader so that compiling the index can read each answer once, for good.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from bot.core.language.lexicon import LEXICON, Lexicon
from bot.core.language.text import is_number, stem, tokenize

#: Where a clause ends: the items after a colon, a list's commas, an aside in brackets count nothing before them.
_CLAUSES = re.compile(r"[:;,()]")
#: A year is no count ("the 2015 pacts").
_COUNTED_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")

#: The lengths of the event phrases starting with each word, longest first, by the phrases' mapping (its id, with
#: the mapping itself kept so the id is not reused).
_EVENT_STARTS: dict[int, tuple[Mapping[tuple[str, ...], str], dict[str, tuple[int, ...]]]] = {}


def event_starts(phrases: Mapping[tuple[str, ...], str]) -> dict[str, tuple[int, ...]]:
    """Return the lengths of the phrases starting with each word, longest first (worked out once per lexicon)."""
    known = _EVENT_STARTS.get(id(phrases))
    if known is not None and known[0] is phrases:
        return known[1]
    lengths: dict[str, set[int]] = {}
    for phrase in phrases:
        if phrase:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
    starts = {word: tuple(sorted(n, reverse=True)) for word, n in lengths.items()}
    if len(_EVENT_STARTS) >= 64:
        _EVENT_STARTS.clear()  # lexicons are few (tests make more); a bound keeps any number of them cheap
    _EVENT_STARTS[id(phrases)] = (phrases, starts)
    return starts


def event_kinds(tokens: Sequence[str], lexicon: Lexicon = LEXICON) -> frozenset[str]:
    """Return the kinds of event the words name ("was signed": signing, "came into effect": start)."""
    phrases = lexicon.event_phrases
    if not phrases:
        return frozenset()
    # Only the phrases starting with a word can start there: every fact's answer is read for its events, and
    # trying each length at each word costs more than the rest of scoring the fact.
    starts = event_starts(phrases)
    found = set()
    size = len(tokens)
    for i, token in enumerate(tokens):
        for n in starts.get(token, ()):
            if n > size - i:
                continue
            kind = phrases.get(tuple(tokens[i : i + n]))
            if kind is not None:
                found.add(kind)
                break
    return frozenset(found)


def is_year(value: str) -> bool:
    """Tell whether a figure is a year: before a word it names it ("the 2015 pacts"), it does not count it."""
    return bool(_COUNTED_YEAR.fullmatch(value))


def counts_in_text(text: str, lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Return what each figure of a text counts, clause by clause: "three pillars: economic cooperation, security
    cooperation ..." counts pillars (the words after the colon are the items, not what is counted)."""
    found: dict[str, frozenset[str]] = {}
    for clause in _CLAUSES.split(text):
        for value, nouns in counts_in(tokenize(clause), lexicon).items():
            found[value] = found.get(value, frozenset()) | nouns
    return found


def counts_in(tokens: Sequence[str], lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """Return what each figure of a text counts: the last word of the words after it (a unit right after it)."""
    values, ignored, units = lexicon.number_values, lexicon.ignored, lexicon.words("measure_words")
    found: dict[str, set[str]] = {}
    for i, token in enumerate(tokens):
        value = values.get(token, token)
        if not is_number(value) or _COUNTED_YEAR.fullmatch(value):
            continue
        phrase = []
        after = list(tokens[i + 1 : i + 5])
        # "six more outcomes", "two other pacts": what is counted comes after the word of more.
        if after and after[0] in lexicon.words("count_modifiers"):
            after = after[1:]
        for word in after:
            if word in ignored or is_number(word) or not word.isalpha():
                break
            phrase.append(lexicon.shorthand.get(word, word))
        if phrase:
            nouns = found.setdefault(value, set())
            nouns.add(stem(phrase[-1]))
            if phrase[0] in units:
                nouns.add(stem(phrase[0]))
    return {value: frozenset(nouns) for value, nouns in found.items()}
