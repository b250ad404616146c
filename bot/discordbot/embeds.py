"""Pure embed renderers: core values in, discord.Embed out (no I/O), each kept inside Discord's limits."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import discord

from bot.core.answering.gaps import Gap
from bot.core.answering.outcomes import Answer, Clarify, Correction, Decline, DeclineReason, Partial, Suggestions
from bot.core.answering.present import (
    CORRECTION_LEAD,
    OTHERWISE_LEAD,
    clarify_text,
    confidence_words,
    decline_text,
    fact_source_line,
    partial_lead,
)
from bot.core.answering.summary import Summary, TopicSuggestions
from bot.core.knowledge.base import SourcedFact
from bot.core.knowledge.problems import Problem
from bot.core.services.curation import TeachResult, WrongMatch
from bot.core.study.progress import LeaderboardPage, MemberStats, Period, RankBy, Tally
from bot.core.study.question import Question
from bot.core.study.quiz import FinalResult, GroupQuiz, Reveal
from bot.discordbot.limits import (
    EMBED_DESCRIPTION,
    EMBED_TITLE,
    FIELD_NAME,
    FIELD_VALUE,
    FOOTER,
    clip,
    echo,
    echo_plain,
)

LETTERS = "ABCD"
ANSWER_COLOUR = discord.Colour.green()
UNSURE_COLOUR = discord.Colour.gold()
DECLINE_COLOUR = discord.Colour.light_grey()
QUIZ_COLOUR = discord.Colour.blurple()
ERROR_COLOUR = discord.Colour.red()
BAR_WIDTH = 12
CHECK = " \u2713"


def _embed(title: str, description: str = "", colour: discord.Colour = QUIZ_COLOUR) -> discord.Embed:
    return discord.Embed(
        title=clip(title, EMBED_TITLE), description=clip(description, EMBED_DESCRIPTION) or None, colour=colour
    )


def _field(embed: discord.Embed, name: str, value: str, inline: bool = False) -> None:
    embed.add_field(name=clip(name, FIELD_NAME), value=clip(value or "\u2014", FIELD_VALUE), inline=inline)


def _footer(embed: discord.Embed, text: str) -> None:
    embed.set_footer(text=clip(text, FOOTER))


def _asked(question: str, note: str = "") -> str:
    """Return the "You asked: ..." footer line; footers render no markdown, so only mentions are broken."""
    return f"You asked: {echo_plain(question)}" + (f" \u00b7 {note}" if note else "")


def answer_embed(answer: Answer, question: str) -> discord.Embed:
    """Render an answer: the snippet, its source line and the confidence in words."""
    best = answer.best.fact
    title = best.fact.question if len(answer.matches) == 1 else "Answers"
    # Several articles answer differently: say so, and head each answer with its article's title.
    embed = _embed(title, answer.note if answer.by_article else "", ANSWER_COLOUR)
    for match in answer.matches:
        if answer.by_article:
            name = f"In \u201c{match.fact.source.title}\u201d"
        else:
            name = match.fact.fact.question if len(answer.matches) > 1 else "Answer"
        _field(embed, name, match.fact.fact.answer)
        _field(embed, "Source", fact_source_line(match.fact).removeprefix("Source: "))
    if answer.related:
        _field(embed, "Related", "\n".join(f"\u2022 {m.fact.fact.question}" for m in answer.related))
    _footer(embed, _asked(question, f"confidence: {confidence_words(answer.confidence)}"))
    return embed


def related_embed(outcome: Partial | Correction, question: str) -> discord.Embed:
    """Render an honest partial answer or a correction: what is missing or reversed, then what the material says."""
    if isinstance(outcome, Partial):
        # What is missing can quote the member's own words ("that for exports from X to Y").
        missing = dataclasses.replace(outcome, missing=echo(outcome.missing, 300))
        title, lead = "Only part of that is in the material", partial_lead(missing)
    else:
        title, lead = "The material says otherwise", CORRECTION_LEAD if outcome.reversed else OTHERWISE_LEAD
    embed = _embed(title, lead, UNSURE_COLOUR)
    for match in outcome.related[:3]:
        _field(embed, match.fact.fact.question, match.fact.fact.answer)
        _field(embed, "Source", fact_source_line(match.fact).removeprefix("Source: "))
    _footer(embed, _asked(question))
    return embed


def clarify_embed(clarify: Clarify, question: str) -> discord.Embed:
    """Ask back what a follow-up refers to."""
    # The reference is the member's own words ("it", or the first words of the question).
    reference = dataclasses.replace(clarify, reference=echo(clarify.reference, 100))
    title = "Which article?" if clarify.options else "What do you mean?"
    embed = _embed(title, clarify_text(reference), UNSURE_COLOUR)
    _footer(embed, _asked(question))
    return embed


def suggestions_embed(suggestions: Suggestions, question: str) -> discord.Embed:
    """Render "did you mean" options (the buttons carry the choice)."""
    lead = (
        "I'm not sure which of these you mean:"
        if suggestions.near_tie
        else "The study material doesn't answer that exactly. Did you mean:"
    )
    lines = [f"**{i}.** {echo(m.fact.fact.question, 300)}" for i, m in enumerate(suggestions.options, start=1)]
    embed = _embed("Did you mean\u2026", lead + "\n" + "\n".join(lines), UNSURE_COLOUR)
    _footer(embed, _asked(question))
    return embed


def decline_embed(decline: Decline, question: str) -> discord.Embed:
    """Render an honest "the material doesn't cover that"."""
    if decline.reason is DeclineReason.NOT_MENTIONED:
        # The names the material never mentions are the member's own words.
        decline = dataclasses.replace(decline, detail=echo(decline.detail, 300))
    embed = _embed("Not in the study material", decline_text(decline), DECLINE_COLOUR)
    _footer(embed, _asked(question, "admins can see unanswered questions"))
    return embed


def summary_embed(summary: Summary | TopicSuggestions) -> discord.Embed:
    """Render an article or section summary, or the sections a topic might mean."""
    if isinstance(summary, TopicSuggestions):
        text = "Try one of: " + ", ".join(summary.titles) if summary.titles else "No section matches that topic."
        return _embed(f"Which section? ({echo(summary.topic, 100)})", text, UNSURE_COLOUR)
    embed = _embed(f"Summary: {summary.title}", "\n".join(f"\u2022 {b}" for b in summary.bullets), ANSWER_COLOUR)
    _field(embed, "Source", summary.source_line.removeprefix("Source: "))
    return embed


def quiz_question_embed(quiz: GroupQuiz, question: Question, answered: int) -> discord.Embed:
    """Render an open quiz question with its options, the live answer count and when it closes."""
    embed = _embed(f"Question {quiz.index + 1} of {quiz.total}", question.prompt)
    for letter, choice in zip(LETTERS, question.choices, strict=False):
        _field(embed, letter, choice, inline=True)
    closes = discord.utils.format_dt(quiz.deadline, style="R")
    _footer(embed, f"{answered} answered \u00b7 {quiz.settings.seconds} s per question")
    embed.add_field(name="Closes", value=closes, inline=False)
    return embed


def _bar(count: int, total: int) -> str:
    filled = round(BAR_WIDTH * count / total) if total else 0
    return "\u2588" * filled + "\u2591" * (BAR_WIDTH - filled)


def reveal_embed(reveal: Reveal, fact: SourcedFact | None) -> discord.Embed:
    """Render the reveal: the right answer, how members answered, the explanation and the source."""
    question = reveal.question
    right = LETTERS[reveal.correct_index]
    embed = _embed(f"Answer: {right}) {question.answer}", question.explanation, ANSWER_COLOUR)
    total = sum(reveal.distribution)
    lines = [
        f"`{letter}` {_bar(count, total)} {count}{CHECK if i == reveal.correct_index else ''}"
        for i, (letter, count) in enumerate(zip(LETTERS, reveal.distribution, strict=False))
    ]
    _field(embed, "How the group answered" if total else "Nobody answered", "\n".join(lines))
    if fact is not None:
        _field(embed, "Source", fact_source_line(fact).removeprefix("Source: "))
    return embed


def final_embed(result: FinalResult) -> discord.Embed:
    """Render the final standings with the podium (mentions inside embeds never ping)."""
    reason = {"completed": "Quiz over!", "stopped": "Quiz stopped.", "inactive": "Quiz ended: nobody was answering."}
    embed = _embed(reason.get(result.reason, "Quiz over!"), "")
    medals = {1: "\U0001f947", 2: "\U0001f948", 3: "\U0001f949"}
    asked = result.questions_asked
    lines = [
        f"{medals.get(s.rank, f'#{s.rank}')} <@{s.user_id}> \u2014 {s.points} pts ({s.correct}/{asked})"
        for s in result.podium
    ]
    embed.description = clip("\n".join(lines) or "Nobody scored this time.", EMBED_DESCRIPTION)
    if len(result.standings) > len(result.podium):
        _footer(embed, f"{len(result.standings)} members played")
    return embed


def leaderboard_embed(page: LeaderboardPage) -> discord.Embed:
    """Render one page of a leaderboard with the member's own rank."""
    period = "This week" if page.period is Period.WEEKLY else "All time"
    by = "accuracy" if page.by is RankBy.ACCURACY else "points"
    embed = _embed(f"Leaderboard \u2014 {period}, by {by}", "")
    lines = [f"**#{r.rank}** <@{r.tally.user_id}> \u2014 {_tally_text(r.tally, page.by)}" for r in page.entries]
    if not lines:
        lines = ["Nobody is on this board yet."]
        if page.by is RankBy.ACCURACY:
            lines.append(f"(Accuracy needs at least {page.min_answers} answers.)")
    embed.description = clip("\n".join(lines), EMBED_DESCRIPTION)
    mine = f"You: #{page.me.rank} \u2014 {_tally_text(page.me.tally, page.by)}" if page.me else "You are not ranked yet"
    _footer(embed, f"Page {page.page}/{page.pages} \u00b7 {mine}")
    return embed


def _tally_text(tally: Tally, by: RankBy) -> str:
    if by is RankBy.ACCURACY:
        return f"{tally.accuracy:.0%} ({tally.correct}/{tally.answered})"
    return f"{tally.points} pts ({tally.correct}/{tally.answered} right)"


def stats_embed(stats: MemberStats) -> discord.Embed:
    """Render a member's statistics."""
    tally = stats.tally
    embed = _embed("Study stats", f"<@{stats.user_id}>")
    _field(embed, "Answered", str(tally.answered), inline=True)
    _field(embed, "Accuracy", f"{tally.accuracy:.0%}" if tally.answered else "\u2014", inline=True)
    _field(embed, "Points", str(tally.points), inline=True)
    _field(embed, "Daily streak", f"{stats.streaks.current} (best {stats.streaks.best})", inline=True)
    _field(embed, "Reviews due", str(stats.due_reviews), inline=True)
    weakest = "\n".join(f"{s.title}: {s.correct}/{s.answered}" for s in stats.weakest) or "Not enough answers yet"
    _field(embed, "Weakest sections", weakest)
    return embed


def review_embed(question: Question, remaining: int) -> discord.Embed:
    """Render a review card's question."""
    embed = _embed("Review", question.prompt)
    for letter, choice in zip(LETTERS, question.choices, strict=False):
        _field(embed, letter, choice, inline=True)
    _footer(embed, f"{remaining} card(s) due")
    return embed


def review_reveal_embed(question: Question, correct: bool, fact: SourcedFact | None) -> discord.Embed:
    """Render the answer to a review card and ask for a grade."""
    verdict = "Right!" if correct else f"The answer is {LETTERS[question.answer_index]}) {question.answer}."
    embed = _embed(verdict, question.explanation, ANSWER_COLOUR if correct else UNSURE_COLOUR)
    if fact is not None:
        _field(embed, "Source", fact_source_line(fact).removeprefix("Source: "))
    _footer(embed, "How well did you know it? Your grade decides when you see it again.")
    return embed


def daily_embed(questions: Sequence[Question], day_text: str, previous: Sequence[Tally] | None) -> discord.Embed:
    """Render the daily quiz: every question with its options, and yesterday's results."""
    embed = _embed(f"Daily quiz \u2014 {day_text}", "Answer with the buttons below; your first answer counts.")
    for number, question in enumerate(questions, start=1):
        options = "\n".join(f"`{number}{letter}` {c}" for letter, c in zip(LETTERS, question.choices, strict=False))
        _field(embed, f"{number}. {question.prompt}", options)
    if previous:
        best = ", ".join(f"<@{t.user_id}> {t.correct}/{t.answered}" for t in previous[:5])
        _field(embed, "Yesterday's best", best)
    return embed


def help_embed(entries: Sequence[tuple[str, str]]) -> discord.Embed:
    """Render the list of commands with a line each."""
    embed = _embed(
        "Study bot \u2014 commands", "Ask in plain words, e.g. `/ask cepa year?` or mention me in a channel."
    )
    for name, text in entries[:25]:
        _field(embed, name, text)
    return embed


def problems_embed(problems: Sequence[Problem], title: str) -> discord.Embed:
    """Render knowledge-file problems as file:line:col lines."""
    lines = [f"`{p.path}:{p.line}:{p.col}` {p.message}" for p in problems]
    text = "\n".join(lines)
    if len(text) > EMBED_DESCRIPTION - 100:
        kept: list[str] = []
        for line in lines:
            if len("\n".join(kept)) + len(line) > EMBED_DESCRIPTION - 100:
                break
            kept.append(line)
        text = "\n".join(kept) + f"\n\u2026and {len(lines) - len(kept)} more (run `studybot validate`)"
    return _embed(title, text, ERROR_COLOUR)


def kb_stats_embed(stats: dict[str, int], per_article: dict[str, dict[str, int]] | None = None) -> discord.Embed:
    """Render the knowledge base's counts, then each article's (at most 20, as embed fields allow)."""
    embed = _embed("Knowledge base", "")
    for key, value in stats.items():
        _field(embed, key.replace("_", " ").capitalize(), str(value), inline=True)
    for title, counts in list((per_article or {}).items())[:20]:
        text = ", ".join(f"{value} {key.replace('_', ' ')}" for key, value in counts.items())
        _field(embed, title, text)
    return embed


def gaps_embed(gaps: Sequence[Gap], teachable: bool = False) -> discord.Embed:
    """Render the most frequent unanswered questions with their likely facts, numbered (``teachable``: with menus)."""
    if not gaps:
        return _embed("Gaps", "No unanswered questions logged yet.", DECLINE_COLOUR)
    embed = _embed("Gaps \u2014 what members asked that the material did not answer", "")
    for number, gap in enumerate(gaps[:10], start=1):
        where = f"likely fact `{gap.likely_fact_id}`" if gap.likely_fact_id else "no fact covers it"
        examples = "\n".join(f"\u2022 {echo(e, 150)}" for e in gap.examples[:3])
        _field(embed, f"{gap.count}\u00d7 \u2014 {where} (#{number})", examples)
    note = "Run `studybot gaps` for ready-to-paste YAML."
    if teachable:
        note += " To teach a question, pick the fact it means in the menu with its number."
    _footer(embed, note)
    return embed


def reports_embed(reports: Sequence[WrongMatch], teachable: bool = False) -> discord.Embed:
    """Render members' "wrong match" reports, numbered, most frequent first (``teachable``: with menus)."""
    if not reports:
        return _embed("Wrong matches", "No open \u201cwrong match\u201d reports.", DECLINE_COLOUR)
    embed = _embed("Wrong matches \u2014 answers members flagged as the wrong fact", "")
    for number, report in enumerate(reports[:10], start=1):
        when = discord.utils.format_dt(report.last, style="R")
        _field(
            embed,
            f"{report.count}\u00d7 \u2014 answered with `{report.fact_id}` (#{number})",
            f"\u2022 {echo(report.question, 300)}\nlast reported {when}",
        )
    note = f"{len(reports)} open report(s)."
    if teachable:
        note += " To teach a question the right fact, pick it in the menu with the question's number."
    _footer(embed, note)
    return embed


def taught_embed(result: TeachResult) -> discord.Embed:
    """Render a taught phrasing: where it was written, the reload, and how the bot answers it now."""
    taught = result.taught
    if not result.reload.ok:
        verdict = "The file was changed, but the reload was refused; the previous knowledge is still in use."
    elif result.answers:
        verdict = "Knowledge reloaded for every server: the bot now answers it with this fact."
    elif result.answered_with:
        verdict = f"Knowledge reloaded, but the bot still answers it with `{result.answered_with}`: reword that fact."
    else:
        verdict = "Knowledge reloaded, but the bot is not yet confident on it: add more phrasings or keywords."
    embed = _embed("Taught", verdict, ANSWER_COLOUR if result.answers else UNSURE_COLOUR)
    _field(embed, "Question", echo(taught.phrasing, 300))
    _field(embed, "Fact", f"`{taught.fact_id}` \u2014 {taught.fact_question}")
    _field(embed, "File", f"`{taught.file}`, line {taught.line}")
    return embed
