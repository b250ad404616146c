"""Read a member's question once into a structured query: what it asks for and the units of its meaning."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.core.answering.index import FactIndex
from bot.core.language.lexicon import LEXICON, Intent, Lexicon
from bot.core.language.text import is_number, normalize, stem, tokenize

_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")


@dataclass(frozen=True)
class Unit:
    """One piece of the question's meaning: a word, or a glossary term with its concept token."""

    label: str
    #: Each alternative is a set of tokens that must all be present (a concept token, or a phrase's words).
    alternatives: tuple[tuple[str, ...], ...]
    weight: float
    #: A lone word ("speed") that a fact's multi-word name ("high speed rail") does not answer.
    lone: bool = False

    @property
    def token(self) -> str:
        """Return the unit's first token (the word itself for a plain word)."""
        return self.alternatives[0][0]


@dataclass(frozen=True)
class Query:
    """A question as the matcher reads it."""

    units: tuple[Unit, ...]
    intents: frozenset[Intent]
    numbers: frozenset[str]
    similarity_text: str
    corrections: tuple[tuple[str, str], ...]
    small_talk: bool
    content_words: int
    #: Every word of the question, lowercased, to tell a name in an answer from one the member typed.
    words: frozenset[str] = frozenset()

    @property
    def unit_weight(self) -> float:
        """Return the summed weight of the question's units."""
        return sum(u.weight for u in self.units)


@dataclass(frozen=True)
class _Cues:
    """What the cue step found: the kinds of answer asked for, the content words, and "or" pairs."""

    intents: frozenset[Intent]
    kept: tuple[str, ...]
    either_or: tuple[tuple[int, int], ...]


class QueryReader:
    """Read questions against one index, step by step: words, cues, typos, glossary terms, units."""

    def __init__(self, index: FactIndex) -> None:
        self.index = index
        self.lexicon: Lexicon = index.lexicon

    def read(self, question: str) -> Query:
        """Return the structured query of a question."""
        tokens = drop_partner_references(tokenize(question), self.lexicon)
        cues = self._cues(tokens, question)
        small_talk = not cues.kept and not cues.intents and any(t in self.lexicon.words("greetings") for t in tokens)
        stems, corrections = self._correct(cues.kept)
        units = self._units(stems, cues)
        return Query(
            units=tuple(units),
            intents=cues.intents,
            numbers=frozenset(t for t in tokens if is_number(t)),
            similarity_text=" ".join(stems),
            corrections=tuple(corrections),
            small_talk=small_talk,
            content_words=len(cues.kept),
            words=frozenset(tokens),
        )

    # ------------------------------------------------------------------ steps
    def _cues(self, tokens: Sequence[str], question: str) -> _Cues:
        """Find intent cues and "or" alternatives; keep the content words."""
        lexicon = self.lexicon
        cues = lexicon.intent_cues
        cue_words = lexicon.intent_cue_words
        ignored = lexicon.ignored
        either = lexicon.words("either_or")
        # "UP" and "US" typed in capitals are glossary terms (Uttar Pradesh, United States), not "up" and "us".
        glossary_caps = {w.casefold() for w in _CAPITALS.findall(question)} & self.index.glossary.single_words
        intents: set[Intent] = set()
        kept: list[str] = []
        either_or: list[tuple[int, int]] = []
        i = 0
        while i < len(tokens):
            if tokens[i] in either and kept:
                # "toyama goes with andhra or tamil nadu": either option may be the one the fact names.
                either_or.append((len(kept) - 1, len(kept)))
            pair = tuple(tokens[i : i + 2])
            if len(pair) == 2 and pair in cues:
                intents.add(cues[pair])
                i += 2
                continue
            single = (tokens[i],)
            # "10 year vision" names a span of time; it does not ask for a date.
            after_number = i > 0 and is_number(tokens[i - 1])
            if single in cues and not after_number:
                intents.add(cues[single])
            elif (tokens[i] not in ignored or tokens[i] in glossary_caps) and (
                after_number or tokens[i] not in cue_words
            ):
                kept.append(tokens[i])
            i += 1
        intents.update(person_or_place_intents(tokens, lexicon))
        return _Cues(frozenset(intents), tuple(kept), tuple(either_or))

    def _correct(self, kept: Sequence[str]) -> tuple[list[str], list[tuple[str, str]]]:
        """Stem the content words, correcting typos of words the base does not know."""
        corrections: list[tuple[str, str]] = []
        stems: list[str] = []
        for word in kept:
            token = stem(word)
            if not self.index.knows(token, word):
                fixed = self.index.correct(word)
                if fixed is not None:
                    corrections.append((word, fixed))
                    token = stem(fixed)
            stems.append(token)
        return stems, corrections

    def _units(self, stems: Sequence[str], cues: _Cues) -> list[Unit]:
        """Group the stems into units: glossary terms as concepts, other words on their own."""
        index = self.index
        glossary = index.glossary
        units: list[Unit] = []
        unit_of: dict[int, int] = {}
        for start, end, concept in glossary.find(stems):
            alternatives: tuple[tuple[str, ...], ...] = ((concept,), tuple(stems[start:end]))
            weight = max(index.weight(concept), *(index.weight(t) for t in stems[start:end]))
            for position in range(start, end):
                unit_of[position] = len(units)
            units.append(Unit(glossary.labels[concept], alternatives, weight))
        for position, token in enumerate(stems):
            if position in unit_of:
                continue
            unit_of[position] = len(units)
            weight = index.weights[token] if token in index.weights else index.unknown_weight(cues.kept[position])
            neighbours = {(stems[position - 1], token)} if position else set()
            if position + 1 < len(stems):
                neighbours.add((token, stems[position + 1]))
            lone = token.isalpha() and not (neighbours & glossary.pairs)
            units.append(Unit(token, ((token,),), weight, lone))
        joins = [(unit_of[a], unit_of[b]) for a, b in cues.either_or if a in unit_of and b in unit_of]
        return merge_alternatives(units, joins)


def person_or_place_intents(tokens: Sequence[str], lexicon: Lexicon) -> set[Intent]:
    """Read "who is <title>" as asking for a person's name and "where ..." as asking for a place."""
    intents = set()
    if any(t in lexicon.words("place_cues") for t in tokens):
        intents.add(Intent.PLACE)
    who_words = lexicon.words("who_words")
    which_after = lexicon.words("who_means_which_after")
    # Hinglish "kaun sa/se/si" means "which", not "who".
    asks_who = any(t in who_words and nxt not in which_after for t, nxt in zip(tokens, [*tokens[1:], ""], strict=False))
    identity = any(t in lexicon.words("identity_verbs") for t in tokens)
    if asks_who and identity and any(t in lexicon.words("person_roles") for t in tokens):
        intents.add(Intent.PERSON)
    return intents


def drop_partner_references(tokens: list[str], lexicon: Lexicon) -> list[str]:
    """Drop "the two countries" / "both nations": they refer to the article's own partners."""
    determiners, nouns = lexicon.words("partner_determiners"), lexicon.words("partner_nouns")
    result: list[str] = []
    skip = False
    for index, token in enumerate(tokens):
        if skip:
            skip = False
            continue
        if token in determiners and index + 1 < len(tokens) and tokens[index + 1] in nouns:
            skip = True
            continue
        result.append(token)
    return result


def merge_alternatives(units: list[Unit], joins: list[tuple[int, int]]) -> list[Unit]:
    """Merge units joined by "or" into one unit covered by either side; drop repeated units."""
    group = list(range(len(units)))

    def root(index: int) -> int:
        while group[index] != index:
            index = group[index]
        return index

    for a, b in joins:
        group[root(b)] = root(a)
    merged: dict[int, Unit] = {}
    for index, unit in enumerate(units):
        key = root(index)
        if key not in merged:
            merged[key] = unit
            continue
        first = merged[key]
        merged[key] = Unit(
            f"{first.label} or {unit.label}",
            tuple(dict.fromkeys(first.alternatives + unit.alternatives)),
            max(first.weight, unit.weight),
        )
    seen: set[tuple[tuple[str, ...], ...]] = set()
    result = []
    for unit in merged.values():
        if unit.alternatives not in seen:
            seen.add(unit.alternatives)
            result.append(unit)
    return result


def split_clauses(question: str, lexicon: Lexicon = LEXICON) -> list[str]:
    """Split a message that asks several things ("X, and what is Y?") into its questions."""
    joiners, starters = lexicon.words("clause_joiners"), lexicon.words("question_starters")
    text = normalize(question)
    pieces = [p.strip() for p in re.split(r"[?;]+", text) if p.strip()]
    clauses: list[str] = []
    for piece in pieces:
        words = piece.replace(",", " , ").split()
        current: list[str] = []
        for index, word in enumerate(words):
            nxt = words[index + 1] if index + 1 < len(words) else ""
            if word in joiners and (nxt in starters or not word.isalpha()) and current:
                clauses.append(" ".join(w for w in current if w != ","))
                current = []
                continue
            current.append(word)
        if current:
            clauses.append(" ".join(w for w in current if w != ","))
    return [c for c in clauses if c.strip()]
