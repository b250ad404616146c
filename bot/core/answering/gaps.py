"""Group the questions the bot could not answer, so admins can see what the knowledge base lacks."""

from __future__ import annotations

import hashlib
import re
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
#: How many of the most recent "wrong match" verdicts are read to build the reports (answering/ports.py).
MAX_WRONG_MATCH_ROWS = 5000


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
    #: The section and article of the closest fact, however far: where a new fact's stub would go.
    nearest_section_id: str | None = None
    nearest_article_id: str | None = None

    def yaml_snippet(self) -> str:
        """Return ready-to-paste YAML: phrasings for the likely fact, or a new fact's stub; always valid YAML.

        With a likely fact, the lines under ``alternatives:`` pasted into that fact's block list of alternatives
        (at its indentation) keep the file valid. Without one, the stub pasted under ``facts:`` of the article's
        file is a whole fact whose only problem is the empty answer the admin must write (on purpose: a
        placeholder answer that validated would be served to members as is).
        """
        examples = [_one_line(example) for example in self.examples]
        if self.likely_fact_id:
            fact_id = self.likely_fact_id
            comment = (
                f"# add to fact {fact_id} ({_one_line(self.likely_fact_question or '')}): paste the lines under\n"
                "# 'alternatives:' into its alternatives list, indented like the list's other lines, or teach one\n"
                f'# with: studybot teach "QUESTION" {fact_id}'
            )
            # safe_dump quotes whatever YAML would misread (colons, '#', quotes, yes/no), so pasting is safe.
            return f"{comment}\n{_dump([{'id': fact_id, 'alternatives': examples}])}"
        where = f" of article {self.nearest_article_id}" if self.nearest_article_id else ""
        comment = (
            "# no fact covers this: if the article answers it, paste this fact under 'facts:' in the file"
            f"{where},\n# check its section, and write the answer (required; the bot shows it to members)"
        )
        stub = {
            "id": _new_fact_id(examples[0] if examples else ""),
            "section": self.nearest_section_id or "",
            "question": examples[0] if examples else "",
            "alternatives": examples,
            "answer": "",
        }
        body = _dump([stub])
        lines = body.split("\n")
        # The answer is the stub's last key; the note says what goes there (YAML comments are ignored).
        lines[-1] += "  # required: the answer in your own words, at most 400 characters"
        return f"{comment}\n" + "\n".join(lines)


def _dump(value: object) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=1000).rstrip()


def _new_fact_id(question: str) -> str:
    """Return an id for a new fact's stub, from the question's words ("who heads JAXA" -> new_who_heads_jaxa)."""
    words = re.findall(r"[a-z0-9]+", question.casefold().encode("ascii", "ignore").decode())
    slug = "_".join(words)[:40].strip("_")
    if not slug:
        slug = "fact_" + hashlib.sha1(question.encode("utf-8")).hexdigest()[:8]
    return f"new_{slug}"


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
        nearest = ranked[0] if ranked else None
        likely = nearest if nearest is not None and nearest.coverage >= LIKELY_FACT_COVERAGE else None
        gaps.append(
            Gap(
                count=len(members),
                examples=examples,
                likely_fact_id=likely.fact.fact.id if likely else None,
                likely_fact_question=likely.fact.fact.question if likely else None,
                nearest_section_id=nearest.fact.section.id if nearest else None,
                nearest_article_id=nearest.fact.source.id if nearest else None,
            )
        )
    return gaps
