"""Directed relations between named things: who exports to whom, who restricts what for whom.

The same reader runs over a member's question and over a fact's answer, so "what does Japan buy from India"
and "The goods India exports to Japan include ..." meet as the same relation in the same direction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from bot.core.answering.entities import Mention
from bot.core.answering.frozen import quick_init
from bot.core.answering.thresholds import DEFAULT_THRESHOLDS
from bot.core.language.lexicon import Lexicon

#: Clause boundaries for reading roles: an entity beyond one of these belongs to another clause.
_CLAUSE_BREAKS = frozenset({",", "while", "whereas", "but", "because", "and", "or"})


@quick_init
@dataclass(frozen=True)
class RoleReading:
    """A directed relation read from a text: who does it (agent) and to or for whom (target)."""

    relation: str
    agent: str | None = None
    target: str | None = None
    #: Read from where the question is set ("on his visit to India"), not from what it asks: a fact need not state it,
    #: only not contradict it.
    setting: bool = field(default=False, compare=False)

    def reversed(self) -> RoleReading:
        """Return the same relation in the other direction."""
        return RoleReading(self.relation, self.target, self.agent, self.setting)


def read_roles(
    tokens: Sequence[str],
    mentions: Sequence[Mention],
    lexicon: Lexicon,
    reach: int = DEFAULT_THRESHOLDS.role_reach,
    bounds: AbstractSet[int] = frozenset(),
) -> list[RoleReading]:
    """Read directed relations between named entities: "Japan's exports to India", "India imports from Japan".

    The words of a bound on a figure (``bounds``: "6 billion se zyada") put no distance between a name and the word
    of its relation: "india japan ko 6 billion se zyada export karta hai" is India's exports to Japan.
    """
    relation_words = lexicon.relation_words
    targets, sources = lexicon.words("relation_targets"), lexicon.words("relation_sources")
    possessives, doers = lexicon.words("possessives"), lexicon.words("agent_prepositions")
    at = {m.start: m for m in mentions}
    readings: list[RoleReading] = []
    for i, token in enumerate(tokens):
        if token not in relation_words:
            continue
        relation, reverse = relation_words[token]
        targets = lexicon.words("relation_targets")
        if relation in lexicon.symmetric_relations:
            targets = targets | lexicon.words("symmetric_targets")
        to_entity = from_entity = subject = doer = None
        listed = False
        joined_subjects: list[str] = []
        listed_targets: list[str] = []
        subject_start, subject_kind = -1, ""
        # After the word: "to India", "from Japan" (English prepositions precede the name), or a direct
        # object ("to boost Japanese industry").
        direct = at.get(i + 1) or (at.get(i + 2) if i + 1 < len(tokens) and tokens[i + 1] == "the" else None)
        if direct is not None and not reverse:
            to_entity = direct.canonical
        for j in range(i + 1, min(len(tokens), i + reach)):
            if tokens[j] in _CLAUSE_BREAKS or tokens[j] in relation_words:
                break
            mention = at.get(j + 1)
            if mention is not None and mention.demonym and relation in lexicon.symmetric_relations:
                continue  # "paired with Indian states": the states are paired, of India as a whole nothing is said
            if mention is not None and tokens[j] in targets and to_entity is None:
                to_entity = mention.canonical
                joined = at.get(mention.end + 1) if mention.end < len(tokens) else None
                if (
                    relation in lexicon.symmetric_relations
                    and joined is not None
                    and tokens[mention.end] in lexicon.words("both_joiners")
                    and joined.kind == mention.kind
                ):
                    listed = True  # "paired with Toyama and Ehime": with each of a list, pair by pair
                    listed_targets = [mention.canonical, joined.canonical]
            elif mention is not None and reverse and tokens[j] in doers and doer is None:
                # "imported by India from Japan": who imports is named by "by", where it comes from by "from".
                doer = mention.canonical
            elif mention is not None and tokens[j] in sources and from_entity is None:
                from_entity = mention.canonical
        # "Japan to India exports": two names before the word, "A to B", are its source and its target.
        second = next((m for m in mentions if m.end == i), None)
        before_second = tokens[second.start - 1] if second is not None and second.start >= 2 else ""
        if second is not None and not reverse and before_second in lexicon.words("target_prepositions"):
            first = next((m for m in mentions if m.end == second.start - 1), None)
            if first is not None and first.canonical != second.canonical:
                from_entity, to_entity = first.canonical, second.canonical
        elif second is not None and not reverse and relation not in lexicon.symmetric_relations and to_entity is None:
            # "Japan-India exports": two names side by side before the word, from the first to the second.
            first = next((m for m in mentions if m.end == second.start and not m.demonym), None)
            if first is not None and first.canonical != second.canonical and not second.demonym:
                from_entity, to_entity = first.canonical, second.canonical
        # Before the word: the subject, or a Hinglish name marked "ko" (to), "se" (from) or "ka" (possessive).
        for j in _before(i, reach, bounds):
            if tokens[j] in _CLAUSE_BREAKS - {"and"} or tokens[j] in relation_words:
                break
            mention = next((m for m in mentions if m.end == j + 1), None)
            if mention is None:
                continue
            after = tokens[mention.end] if mention.end < len(tokens) else ""
            before = tokens[mention.start - 1] if mention.start > 0 else ""
            if after in targets and to_entity is None:
                to_entity = mention.canonical
            elif after in sources and from_entity is None:
                from_entity = mention.canonical
            elif before in targets | sources:
                continue  # "... to India exports": the name belongs to an earlier phrase
            elif mention.demonym and mention.end != i:
                continue  # "the Japanese prefecture linked with ...": an adjective, not the doer
            elif relation in lexicon.symmetric_relations and before in lexicon.words("owner_prepositions"):
                continue  # "which state of India is paired ...": the state is paired, not India
            elif subject is None and (after in possessives or after not in targets | sources):
                subject, subject_start, subject_kind = mention.canonical, mention.start, mention.kind
            elif (
                relation in lexicon.symmetric_relations
                and to_entity is None
                and subject is not None
                and mention.end == subject_start - 1
                and after in lexicon.words("both_joiners")
                and mention.kind != subject_kind
                # ("are Gujarat and Japan partners?": a state and its prefecture's country pair nothing.)
                and "country" not in (mention.kind, subject_kind)
            ):
                # "are Gujarat and Shizuoka partners?": the two names joined before the word are its two sides
                # (two of one kind, "which prefectures are Gujarat and UP paired with?", are two questions).
                subject, to_entity = mention.canonical, subject
            elif (
                relation in lexicon.symmetric_relations
                and subject is not None
                and mention.end == subject_start - 1
                and after in lexicon.words("both_joiners")
            ):
                # "are AP and TN paired with Toyama and Ehime?": two of one kind on a side pair one by one, in order;
                # no one pairing is read from them. With one name on the other side ("AP and TN both paired with
                # Toyama?"), each is paired with it.
                joined_subjects.append(mention.canonical)
        if listed and subject is not None and len(joined_subjects) == 1 and len(listed_targets) == 2:
            # "are AP and TN paired with Toyama and Shizuoka?": two and two, one by one in order.
            pairs = zip((joined_subjects[0], subject), listed_targets, strict=True)
            readings.extend(RoleReading(relation, one, other) for one, other in pairs)
            continue
        if listed and subject is not None and not joined_subjects and listed_targets:
            # "is Gujarat paired with Toyama and Ehime?": one name with each of the list.
            readings.extend(RoleReading(relation, subject, other) for other in listed_targets)
            continue
        if listed or (joined_subjects and to_entity is None):
            continue
        if reverse:
            reading = RoleReading(relation, from_entity, subject or doer or to_entity)
        else:
            reading = RoleReading(relation, from_entity or subject, to_entity)
        if reading.agent is not None and reading.agent == reading.target:
            # "Japan ... to boost Japanese industry": who benefits is the telling role.
            reading = RoleReading(relation, None, reading.target)
        if reading.agent or reading.target:
            readings.append(reading)
        readings.extend(RoleReading(relation, other, to_entity) for other in joined_subjects)
        if reading.target is not None and not reverse:
            readings.extend(_gapped(tokens, at, i, relation, targets | sources, relation_words))
    return readings


def _before(i: int, reach: int, bounds: AbstractSet[int]) -> list[int]:
    """Return the positions before a word within reach, nearest first, the words of bounds not counted."""
    positions, counted = [], 0
    for j in range(i - 1, -1, -1):
        counted += j not in bounds
        if counted >= reach:
            break
        positions.append(j)
    return positions


def _gapped(
    tokens: Sequence[str],
    at: Mapping[int, Mention],
    i: int,
    relation: str,
    prepositions: frozenset[str],
    relation_words: Mapping[str, tuple[str, bool]],
) -> list[RoleReading]:
    """Read the same relation said again without its word: "UP is paired with Yamanashi and Gujarat with Toyama"."""
    found = []
    for j in range(i + 1, len(tokens) - 3):
        if tokens[j] in relation_words:
            break
        first = at.get(j + 1)
        if tokens[j] != "and" or first is None or first.end >= len(tokens) or tokens[first.end] not in prepositions:
            continue
        second = at.get(first.end + 1)
        if second is not None and second.canonical != first.canonical:
            found.append(RoleReading(relation, first.canonical, second.canonical))
    return found


def read_phrase_roles(
    tokens: Sequence[str],
    mentions: Sequence[Mention],
    phrases: Mapping[tuple[str, ...], str],
    reach: int = DEFAULT_THRESHOLDS.role_reach,
    asked: frozenset[str] = frozenset(),
) -> list[RoleReading]:
    """Read relations a fact binds to its agent as a phrase ("India joined the US-led alliance"); none where the
    question asks whose it is (``asked``: "US-led alliance system kiska approach hai?")."""
    if not asked.isdisjoint(tokens):
        return []
    readings = []
    for phrase, relation in phrases.items():
        n = len(phrase)
        for i in range(len(tokens) - n + 1):
            if tuple(tokens[i : i + n]) != phrase:
                continue
            # "Chinese assertiveness through the US-led alliance": an adjective of another word is no doer.
            before = [m for m in mentions if m.end <= i and i - m.end < reach and not (m.demonym and m.end != i)]
            if before:
                readings.append(RoleReading(relation, before[-1].canonical, None))
            break
    return readings
