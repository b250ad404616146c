"""The kinds of event words name ("was signed": signing, "came into effect": start), for questions and answers alike.

Kept apart from the question reader so that compiling the index can read each answer's events once, for good.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.core.language.lexicon import LEXICON, Lexicon

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
