"""Group the questions the bot could not answer, so admins can see what the knowledge base lacks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.core.answering.matcher import Matcher
from bot.core.language.text import collapse_whitespace, content_stems

#: Two logged questions this similar (0-100, on their content words) are the same gap.
CLUSTER_SIMILARITY = 72.0
#: A fact covering at least this much of a gap is suggested as where its phrasings could go.
LIKELY_FACT_COVERAGE = 0.3
MAX_EXAMPLES = 5


@dataclass(frozen=True)
class LoggedQuestion:
    """One question from the unanswered-question log."""

    text: str
    outcome: str


@dataclass(frozen=True)
class Gap:
    """Similar unanswered questions, counted, with the fact they most likely belong to."""

    count: int
    examples: tuple[str, ...]
    likely_fact_id: str | None
    likely_fact_question: str | None

    def yaml_snippet(self) -> str:
        """Return ready-to-paste alternative phrasings for the likely fact (or a new fact)."""
        lines = []
        if self.likely_fact_id:
            lines.append(f"# add to fact {self.likely_fact_id} ({self.likely_fact_question})")
            lines.append(f"- id: {self.likely_fact_id}")
        else:
            lines.append("# no fact covers this: write a new fact if the article answers it")
            lines.append("- id: new_fact_id")
        lines.append("  alternatives:")
        lines.extend(f"    - {_yaml_quote(example)}" for example in self.examples)
        return "\n".join(lines)


def _yaml_quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def cluster_gaps(questions: Sequence[LoggedQuestion], matcher: Matcher) -> list[Gap]:
    """Cluster similar logged questions (most frequent first) and name each cluster's likely fact."""
    clusters: list[tuple[str, list[str]]] = []
    for logged in questions:
        text = collapse_whitespace(logged.text)[:300]
        key = " ".join(content_stems(text))
        if not key:
            continue
        for representative, members in clusters:
            if fuzz.token_set_ratio(key, representative) >= CLUSTER_SIMILARITY:
                members.append(text)
                break
        else:
            clusters.append((key, [text]))
    gaps = []
    for _key, members in sorted(clusters, key=lambda c: -len(c[1])):
        examples = tuple(dict.fromkeys(members))[:MAX_EXAMPLES]
        ranked = matcher.rank(members[0], limit=1)
        likely = ranked[0] if ranked and ranked[0].coverage >= LIKELY_FACT_COVERAGE else None
        gaps.append(
            Gap(
                count=len(members),
                examples=examples,
                likely_fact_id=likely.fact.fact.id if likely else None,
                likely_fact_question=likely.fact.fact.question if likely else None,
            )
        )
    return gaps
