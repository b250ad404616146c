"""Group the questions the bot could not answer, so admins can see what the knowledge base lacks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import yaml
from rapidfuzz import fuzz, process

from bot.core.answering.matcher import Matcher
from bot.core.language.text import collapse_whitespace, content_stems, printable

#: Two logged questions this similar (0-100, on their content words) are the same gap.
CLUSTER_SIMILARITY = 72.0
#: A fact covering at least this much of a gap is suggested as where its phrasings could go.
LIKELY_FACT_COVERAGE = 0.3
MAX_EXAMPLES = 5
#: Gaps worth an admin's attention at once; matching each to a fact is the costly part.
MAX_GAPS = 50
#: A logged question is read up to this many characters (the log stores the full question).
MAX_LOGGED_CHARS = 300


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
        """Return ready-to-paste alternative phrasings for the likely fact (or a new fact), as valid YAML."""
        if self.likely_fact_id:
            comment = f"# add to fact {self.likely_fact_id} ({_one_line(self.likely_fact_question or '')})"
            fact_id = self.likely_fact_id
        else:
            comment = "# no fact covers this: write a new fact if the article answers it"
            fact_id = "new_fact_id"
        # safe_dump quotes whatever YAML would misread (colons, '#', quotes, yes/no), so pasting is safe.
        body = yaml.safe_dump(
            [{"id": fact_id, "alternatives": [_one_line(example) for example in self.examples]}],
            allow_unicode=True,
            sort_keys=False,
            width=1000,
        )
        return f"{comment}\n{body.rstrip()}"


def _one_line(text: str) -> str:
    return collapse_whitespace(printable(text, one_line=True))


def cluster_gaps(questions: Sequence[LoggedQuestion], matcher: Matcher, limit: int | None = MAX_GAPS) -> list[Gap]:
    """Cluster similar logged questions (most frequent first) and name the likely fact of the top ``limit``."""
    representatives: list[str] = []
    members_of: list[list[str]] = []
    for logged in questions:
        text = _one_line(logged.text[:MAX_LOGGED_CHARS])
        key = " ".join(content_stems(text))
        if not key:
            continue
        # One C-level scan over the representatives instead of a Python loop of pairwise scores.
        found = process.extractOne(key, representatives, scorer=fuzz.token_set_ratio, score_cutoff=CLUSTER_SIMILARITY)
        if found is None:
            representatives.append(key)
            members_of.append([text])
        else:
            members_of[found[2]].append(text)
    ordered = sorted(members_of, key=len, reverse=True)
    gaps = []
    for members in ordered if limit is None else ordered[:limit]:
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
