"""Define the knowledge file format: what admins write under ``knowledge/``."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationInfo, field_validator, model_validator

#: Discord embed descriptions hold 4,096 characters and fields 1,024; an answer is shown with its
#: source line and buttons, so it is kept well inside a field.
MAX_ANSWER_CHARS = 400
MAX_QUESTION_CHARS = 200
MAX_SUMMARY_CHARS = 1000
MAX_BULLET_CHARS = 300
MAX_TITLE_CHARS = 200
MAX_CHOICE_CHARS = 80
MAX_EXPLANATION_CHARS = 300
MAX_KEYWORD_CHARS = 120
MAX_SUMMARY_BULLETS = 10
MAX_LIST_ITEMS = 20
QUIZ_CHOICES = 4

Identifier = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$"),
    Field(description="Lowercase letters, digits, '_' or '-' (at most 64 characters)."),
]


Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_TITLE_CHARS)]
Question = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_QUESTION_CHARS)]
_YES_NO_OPENING = re.compile(r"(?:yes|no|nope|yeah|yep)\b[\s,.!:;-]", re.IGNORECASE)
AnswerText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_ANSWER_CHARS)]
SummaryText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_SUMMARY_CHARS)]
Bullet = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_BULLET_CHARS)]
Keyword = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_KEYWORD_CHARS)]
Choice = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_CHOICE_CHARS)]
Explanation = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_EXPLANATION_CHARS)]


def _folded(text: str) -> str:
    """Return text casefolded with its runs of spaces made one (how an item is found in its answer)."""
    return " ".join(text.casefold().split())


class _Strict(BaseModel):
    """Base for every file model: unknown keys are errors and values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Source(_Strict):
    """The article a knowledge file is built from."""

    id: Identifier
    title: Title
    publisher: Title
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None
    published: dt.date
    updated: dt.date | None = None
    reading_time_minutes: Annotated[int, Field(ge=1, le=240)] | None = None
    tags: tuple[Keyword, ...] = ()
    summary: Annotated[tuple[Bullet, ...], Field(min_length=1, max_length=MAX_SUMMARY_BULLETS)]
    text_file: str | None = Field(
        default=None, description="Optional local text of the article, relative to this file; quotes are checked in it."
    )

    @model_validator(mode="after")
    def _updated_not_before_published(self) -> Source:
        if self.updated is not None and self.updated < self.published:
            raise ValueError("'updated' is earlier than 'published'")
        return self


class Section(_Strict):
    """One heading of the article."""

    id: Identifier
    title: Title
    summary: SummaryText


class Role(_Strict):
    """A directed relation a fact states: who does it (agent) and to or for whom (target)."""

    relation: Keyword = Field(
        description="A relation of the language data (export, restrict, support) or a phrase the fact binds to "
        "its agent (e.g. 'US-led alliance')."
    )
    agent: Title | None = None
    target: Title | None = None


#: Attributes a fact may declare it gives, beyond what its answer text shows.
Attribute = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z_]{0,31}$")]


class Fact(_Strict):
    """One thing the article says, with the ways members ask about it."""

    id: Identifier
    section: Identifier
    question: Question
    alternatives: tuple[Question, ...] = ()
    answer: AnswerText
    keywords: tuple[Keyword, ...] = ()
    quote: Annotated[str, StringConstraints(min_length=1, max_length=MAX_ANSWER_CHARS)] | None = Field(
        default=None, description="A short verbatim excerpt of the article (checked when source.text_file is set)."
    )
    roles: tuple[Role, ...] = Field(
        default=(),
        description="Directed relations the fact states; read from the answer when left out (e.g. 'Japan's exports "
        "to India'). A question whose roles contradict them is never answered with this fact.",
    )
    gives: tuple[Attribute, ...] = Field(
        default=(),
        description="Attributes the answer gives that its wording does not show (purpose, members, cost, ...).",
    )
    heading: Title | None = Field(
        default=None,
        description="The article's heading the fact sits under inside its section (e.g. 'Development Cooperation'); "
        "answers 'which pillar is X under?'.",
    )
    names_only: bool = Field(
        default=False,
        description="The article only names this thing without describing it; 'what is it?' gets a partial answer.",
    )
    items: Annotated[tuple[Keyword, ...], Field(max_length=MAX_LIST_ITEMS)] = Field(
        default=(),
        description="The items of the list the answer gives, in its order, each as the answer writes it; for a "
        "list whose wording shows no list of its own ('pairing A with B, C with D'). Follow-ups ('the second "
        "one?') pick from them.",
    )
    quiz: bool | None = Field(
        default=None,
        description="Whether quizzes may ask about this fact. Left out: yes, except for facts about the article "
        "itself (its publisher, posting or update date, reading time, tags or title); true or false decides.",
    )

    @field_validator("answer")
    @classmethod
    def _answer_states_the_fact(cls, answer: str) -> str:
        # The answer is shown for every question that matches the fact: "Yes." fits one question and turns the
        # next one ("is Japan a permanent UNSC member?") into a false confirmation.
        if _YES_NO_OPENING.match(answer):
            raise ValueError("an answer must state the fact itself, without opening with 'Yes' or 'No'")
        return answer

    @field_validator("items")
    @classmethod
    def _items_are_the_answers(cls, items: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        # An item is shown as "Item 2 of 4 in that list is ...": one the answer does not say would be a new claim.
        if len(items) == 1:
            raise ValueError("a list's items are two or more: add the others, or leave 'items' out")
        answer = info.data.get("answer")
        text = _folded(answer) if isinstance(answer, str) else None
        seen: set[str] = set()
        after = 0
        for item in items:
            key = _folded(item)
            if key in seen:
                raise ValueError(f"item {item!r} is listed twice")
            seen.add(key)
            if text is None:
                continue  # the answer's own error is reported
            # Whole words, in the answer's order: "ran" is no item of "trade", and "Item 1 of 4" is the answer's first.
            written = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
            found = written.search(text, after)
            if found is None:
                where = "after the item before it" if written.search(text) else ""
                raise ValueError(f"item {item!r} is not written in the answer {where}".rstrip())
            after = found.end()
        return items

    @property
    def phrasings(self) -> tuple[str, ...]:
        """Return the canonical question followed by its alternatives."""
        return (self.question, *self.alternatives)


class GlossaryEntry(_Strict):
    """A term and the other words members use for it; all are treated as equivalent."""

    term: Keyword
    expansion: Title | None = None
    synonyms: tuple[Keyword, ...] = ()

    @property
    def variants(self) -> tuple[str, ...]:
        """Return every spelling of this entry, the term first."""
        rest = (self.expansion,) if self.expansion else ()
        return (self.term, *rest, *self.synonyms)


class QuizItem(_Strict):
    """A curated multiple-choice question about one fact."""

    id: Identifier
    fact: Identifier
    question: Question
    choices: Annotated[tuple[Choice, ...], Field(min_length=QUIZ_CHOICES, max_length=QUIZ_CHOICES)]
    answer: Choice
    explanation: Explanation

    @field_validator("choices")
    @classmethod
    def _distinct_choices(cls, choices: tuple[str, ...]) -> tuple[str, ...]:
        seen: set[str] = set()
        for choice in choices:
            key = " ".join(choice.casefold().split())
            if key in seen:
                raise ValueError(f"duplicate choice {choice!r}")
            seen.add(key)
        return choices

    @model_validator(mode="after")
    def _answer_is_a_choice(self) -> QuizItem:
        if self.answer not in self.choices:
            raise ValueError(f"answer {self.answer!r} is not one of the choices")
        return self

    @property
    def answer_index(self) -> int:
        """Return the position of the right answer among the choices."""
        return self.choices.index(self.answer)


KindName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z_]{0,31}$")]


class KnowledgeFile(_Strict):
    """One YAML file: an article with its facts, or a shared glossary."""

    source: Source | None = None
    sections: tuple[Section, ...] = ()
    facts: tuple[Fact, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    quiz: tuple[QuizItem, ...] = ()
    kinds: dict[KindName, tuple[Choice, ...]] = Field(
        default_factory=dict,
        description="Named lists of terms of one kind (state, prefecture, exercise...) for generated quiz distractors.",
    )

    @model_validator(mode="after")
    def _articles_need_a_source(self) -> KnowledgeFile:
        if (self.facts or self.sections or self.quiz) and self.source is None:
            raise ValueError("a file with sections, facts or quiz items needs a 'source'")
        if self.source is not None and not self.facts:
            raise ValueError("an article file needs at least one fact")
        return self
