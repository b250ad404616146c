"""PNG charts of the core's progress values, shared by the adapters (Discord, the terminal and the CLI).

Rendering is CPU work of tens to hundreds of milliseconds (and the first call imports matplotlib): adapters call
these functions in a worker thread (``asyncio.to_thread``). matplotlib is imported inside the functions, so
importing this module costs nothing, and only ``matplotlib.figure.Figure`` objects are used, never pyplot: pyplot
keeps global state shared by every thread, while a Figure with its own Agg canvas belongs to the one call that
made it, so several charts can be drawn at once.

Colours: every chart is a solid light card (near-white background, near-black text, a thin mid-grey frame)
rather than a transparent image. Discord shows images on its dark theme (#313338) and its light theme (white);
no single text colour on a transparent background reads well on both (mid-grey text reaches only about 3:1
contrast on either), whereas a solid card keeps its own contrast (about 15:1 for the text) whatever the theme,
stands out as a card on the dark theme and sits quietly, framed, on the light one. Series use mid-tone colours
of the Okabe-Ito palette, which stay distinguishable for colour-blind readers.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from bot.core.study.progress import DayCount, LeaderboardPage, Mastery, MemberHistory, Period, RankBy
from bot.core.study.quiz import Reveal

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure, SubFigure

#: The card: background, frame, text, secondary text and grid lines.
BACKGROUND = "#F6F7F9"
FRAME = "#9AA0A6"
TEXT = "#1F2328"
MUTED = "#57606A"
GRID = "#D0D7DE"
#: Series colours: Okabe-Ito mid-tones (orange and grey darkened), each at least 3:1 against the card but grey.
BLUE = "#0072B2"
GREEN = "#009E73"
VERMILLION = "#D55E00"
ORANGE = "#C27C00"
GREY = "#8C939B"
TRACK = "#E3E6EA"

DPI = 100
WIDTH = 8.0
FONT = 12
TITLE_FONT = 14
#: At most this many bars in a mastery or leaderboard panel (a taller image is shrunk to unreadable in Discord).
MAX_BARS = 12
#: Mastery by section is drawn for at most this many articles (those the member answered most in).
MAX_SECTION_PANELS = 3
LABEL_CHARS = 38
#: A quiz gets an answer-distribution chart from this many questions on: with one or two, the reveals just shown
#: already carry every number, and a chart of one or two bars adds nothing.
MIN_QUIZ_QUESTIONS = 3
#: Where the terminal and the CLI write charts, inside DATA_DIR.
CHARTS_DIR = "charts"


@dataclass(frozen=True)
class Chart:
    """A rendered chart: the PNG, a file name for it, its title, the numbers it plots, and the same in words."""

    png: bytes
    filename: str
    title: str
    series: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)
    #: What the chart shows, in words (alt text for readers who cannot see the image).
    alt: str = ""


# ---------------------------------------------------------------------------------------------------- public charts


def stats_chart(history: MemberHistory, name: str = "") -> Chart:
    """Render a member's answers and accuracy per day over the history window, and their mastery.

    Mastery by section gets one panel per article the member answered in (the MAX_SECTION_PANELS articles with
    the most answered facts), so a section is always named with its own title; with several articles in the
    knowledge, a last panel compares the articles.
    """
    days = history.days
    titles = {m.article_id: m.title for m in history.articles}
    busiest = sorted((m for m in history.articles if m.answered), key=lambda m: -m.answered)[:MAX_SECTION_PANELS]
    chosen = {m.article_id for m in busiest}
    shown = [m.article_id for m in history.articles if m.article_id in chosen]  # in the knowledge's order
    groups = [_pick([m for m in history.sections if m.article_id == article]) for article in shown]
    sections = tuple(m for group in groups for m in group)
    section_labels = tuple(_label(m.title) for m in sections)
    articles = _pick(history.articles) if len(history.articles) > 1 else ()
    heights = [4.3] + [_bars_height(len(group)) for group in groups or [()]]
    heights += [_bars_height(len(articles))] if articles else []
    title = f"Study progress of {_drawable(name)}" if _drawable(name) else "Study progress"
    figure = _figure(sum(heights) + 0.5)
    figure.suptitle(title, fontsize=TITLE_FONT + 1, color=TEXT, fontweight="bold", x=0.01, ha="left", parse_math=False)
    # One subfigure per block: each lays out on its own, so long section names do not narrow the day charts.
    panels = [row[0] for row in figure.subfigures(len(heights), 1, height_ratios=heights, squeeze=False)]
    for panel in panels:
        panel.set_facecolor("none")
    answers, accuracy = panels[0].subplots(2, 1, height_ratios=[2.6, 1.7], sharex=True)
    _activity(answers, history)
    _accuracy(accuracy, history)
    if not groups:
        _mastery(panels[1], (), (), "Mastery by section", "Answer quiz questions to see your mastery")
    for panel, article, group in zip(panels[1:], shown, groups, strict=False):
        heading = (
            f"Mastery by section: {_label(titles[article])}" if len(history.articles) > 1 else "Mastery by section"
        )
        _mastery(panel, group, tuple(_label(m.title) for m in group), heading, "")
    if articles:
        _mastery(panels[-1], articles, tuple(_label(m.title) for m in articles), "Mastery by article", "")
    series = {
        "day": tuple(d.day.isoformat() for d in days),
        "answered": tuple(d.answered for d in days),
        "correct": tuple(d.correct for d in days),
        "accuracy": tuple(d.accuracy for d in days),
        "section": section_labels,
        "section_article": tuple(m.article_id for m in sections),
        "section_mastered": tuple(m.mastered for m in sections),
        "section_facts": tuple(m.facts for m in sections),
        "section_mastery": tuple(m.share for m in sections),
        "article": tuple(m.title for m in articles),
        "article_mastery": tuple(m.share for m in articles),
    }
    answered = sum(d.answered for d in days)
    correct = sum(d.correct for d in days)
    alt = f"{title}. Last {len(days)} days: {answered} answered, {correct} right. Mastery: " + (
        "; ".join(f"{label} {m.share:.0%}" for label, m in zip(section_labels, sections, strict=True)) or "none yet"
    )
    return Chart(_png(figure), "stats.png", title, MappingProxyType(series), alt)


def leaderboard_chart(page: LeaderboardPage, names: Mapping[int, str] | None = None, me: int | None = None) -> Chart:
    """Render one leaderboard page as horizontal bars, best at the top, the member ``me`` highlighted."""
    names = names or {}
    entries = page.entries[:MAX_BARS]
    accuracy = page.by is RankBy.ACCURACY
    period = "this week" if page.period is Period.WEEKLY else "all time"
    title = f"Leaderboard, {period}, by {'accuracy' if accuracy else 'points'}"
    values = tuple(round(r.tally.accuracy * 100, 1) if accuracy else r.tally.points for r in entries)
    labels = tuple(_member_label(r.rank, names.get(r.tally.user_id, ""), r.tally.user_id == me) for r in entries)
    figure = _figure(_bars_height(len(entries)) + 0.4)
    axes = figure.subplots()
    _style(axes, title)
    if not entries:
        _empty(axes, "Nobody is on this board yet")
    else:
        positions = list(range(len(entries)))[::-1]
        colours = [ORANGE if r.tally.user_id == me else BLUE for r in entries]
        axes.barh(positions, values, color=colours, height=0.65, zorder=2)
        axes.set_yticks(positions, labels=list(labels), parse_math=False)
        # Room to the right of the longest bar for its label.
        axes.set_xlim(0, (100 if accuracy else max(values) or 1) * 1.2)
        if accuracy:
            axes.set_xticks([0, 20, 40, 60, 80, 100])
        for position, value, ranked in zip(positions, values, entries, strict=True):
            tally = ranked.tally
            text = f"{value:.0f}% ({tally.correct}/{tally.answered})" if accuracy else f"{value} pts"
            axes.annotate(
                text,
                (value, position),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize=FONT - 1,
                color=TEXT,
            )
        axes.grid(axis="x", color=GRID, zorder=0)
    axes.set_xlabel("Accuracy (%)" if accuracy else "Points", fontsize=FONT, color=TEXT)
    axes.set_ylabel("Rank", fontsize=FONT, color=TEXT)
    series = {
        "rank": tuple(r.rank for r in entries),
        "user_id": tuple(r.tally.user_id for r in entries),
        "value": values,
        "label": labels,
    }
    unit = "%" if accuracy else " points"
    alt = f"{title}: " + (
        "; ".join(f"{label} {value}{unit}" for label, value in zip(labels, values, strict=True)) or "empty"
    )
    return Chart(_png(figure), "leaderboard.png", title, MappingProxyType(series), alt)


def wants_quiz_chart(reveals: Sequence[Reveal]) -> bool:
    """Tell whether a finished quiz gets an answer-distribution chart: enough questions, and some answers."""
    return len(reveals) >= MIN_QUIZ_QUESTIONS and any(sum(r.distribution) for r in reveals)


def quiz_chart(reveals: Sequence[Reveal], players: int) -> Chart:
    """Render how a group answered each question: right, wrong, and not answered (of ``players`` members)."""
    right = tuple(r.distribution[r.correct_index] for r in reveals)
    wrong = tuple(sum(r.distribution) - ok for r, ok in zip(reveals, right, strict=True))
    missing = tuple(max(players - ok - bad, 0) for ok, bad in zip(right, wrong, strict=True))
    labels = tuple(f"Q{r.index + 1}" for r in reveals)
    title = "How the group answered, question by question"
    figure = _figure(4.6)
    axes = figure.subplots()
    _style(axes, title)
    positions = list(range(len(reveals)))
    axes.bar(positions, right, color=GREEN, label="Right", zorder=2, width=0.7)
    axes.bar(positions, wrong, bottom=right, color=VERMILLION, label="Wrong", zorder=2, width=0.7)
    done = [ok + bad for ok, bad in zip(right, wrong, strict=True)]
    if any(missing):
        axes.bar(positions, missing, bottom=done, color=GREY, label="No answer", zorder=2, width=0.7)
    axes.set_xticks(positions, labels=list(labels))
    axes.set_ylim(0, max(max(done), players, 1) * 1.15)
    _whole_numbers(axes)
    axes.grid(axis="y", color=GRID, zorder=0)
    axes.set_xlabel("Question", fontsize=FONT, color=TEXT)
    axes.set_ylabel("Members", fontsize=FONT, color=TEXT)
    _legend(axes, ncols=3)
    series = {"question": labels, "right": right, "wrong": wrong, "no_answer": missing}
    alt = f"{title}: " + "; ".join(
        f"{label} {ok} right, {bad} wrong, {none} no answer"
        for label, ok, bad, none in zip(labels, right, wrong, missing, strict=True)
    )
    return Chart(_png(figure), "quiz.png", title, MappingProxyType(series), alt)


def save_chart(chart: Chart, folder: Path, name: str | None = None) -> Path:
    """Write a chart's PNG into ``folder`` (created if missing) as ``name`` (default: its file name), atomically."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or chart.filename)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(chart.png)
    partial.replace(path)
    return path


# ---------------------------------------------------------------------------------------------------- panels


def _activity(axes: Axes, history: MemberHistory) -> None:
    days = history.days
    _style(axes, f"Answers per day, last {len(days)} days")
    positions = list(range(len(days)))
    right = [d.correct for d in days]
    wrong = [d.answered - d.correct for d in days]
    axes.bar(positions, right, color=GREEN, label="Right", zorder=2, width=0.75)
    axes.bar(positions, wrong, bottom=right, color=VERMILLION, label="Wrong", zorder=2, width=0.75)
    most = max((d.answered for d in days), default=0)
    axes.set_ylim(0, max(most, 1) * 1.1)
    _whole_numbers(axes)
    axes.grid(axis="y", color=GRID, zorder=0)
    _day_ticks(axes, days)
    axes.set_ylabel("Answers", fontsize=FONT, color=TEXT)
    if most == 0:
        _empty(axes, f"No answers in the last {len(days)} days")
    else:
        axes.legend(
            loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2, fontsize=FONT - 1, frameon=False, labelcolor=TEXT
        )


def _accuracy(axes: Axes, history: MemberHistory) -> None:
    days = history.days
    _style(axes, "Accuracy per day")
    points = [(i, d.accuracy * 100) for i, d in enumerate(days) if d.accuracy is not None]
    if points:
        axes.plot(
            [p[0] for p in points],
            [p[1] for p in points],
            color=BLUE,
            marker="o",
            markersize=5,
            linewidth=1.5,
            zorder=2,
        )
    else:
        _empty(axes, "No answers to score yet")
    axes.set_ylim(-5, 105)
    axes.set_yticks([0, 50, 100])
    axes.grid(axis="y", color=GRID, zorder=0)
    _day_ticks(axes, days)
    axes.set_xlabel("Day (server time)", fontsize=FONT, color=TEXT)
    axes.set_ylabel("Accuracy (%)", fontsize=FONT, color=TEXT)


def _day_ticks(axes: Axes, days: Sequence[DayCount]) -> None:
    positions = list(range(len(days)))
    step = max(1, math.ceil(len(days) / 6))
    ticks = positions[::-1][::step][::-1]  # always label the last day (today)
    axes.set_xticks(ticks, labels=[f"{days[i].day.day} {days[i].day:%b}" for i in ticks])
    axes.set_xlim(-0.6, len(days) - 0.4)


def _mastery(panel: SubFigure, items: Sequence[Mastery], labels: Sequence[str], title: str, empty: str) -> None:
    # The heading belongs to the whole panel (from its left edge), so a long article title is never cut off.
    panel.suptitle(title, fontsize=TITLE_FONT, color=TEXT, x=0.01, ha="left", parse_math=False)
    axes = panel.subplots()
    _style(axes, "")
    axes.set_xlim(0, 100)
    axes.set_xlabel("Facts mastered (%)", fontsize=FONT, color=TEXT)
    if not items:
        axes.set_yticks([])
        _empty(axes, empty)
        return
    positions = list(range(len(items)))[::-1]
    shares = [m.share * 100 for m in items]
    axes.barh(positions, [100] * len(items), color=TRACK, height=0.62, zorder=1)
    axes.barh(positions, shares, color=BLUE, height=0.62, zorder=2)
    axes.set_yticks(positions, labels=list(labels), parse_math=False)
    for position, share, item in zip(positions, shares, items, strict=True):
        # Inside the bar (white on blue) when it is nearly full, so the label never runs off the card.
        inside = share > 75
        axes.annotate(
            f"{share:.0f}% ({item.mastered}/{item.facts})",
            (share, position),
            xytext=(-4 if inside else 4, 0),
            textcoords="offset points",
            ha="right" if inside else "left",
            va="center",
            fontsize=FONT - 1,
            color="white" if inside else TEXT,
            zorder=3,
        )
    axes.grid(axis="x", color=GRID, zorder=0)


# ---------------------------------------------------------------------------------------------------- helpers


def _figure(height: float) -> Figure:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(
        figsize=(WIDTH, height), dpi=DPI, facecolor=BACKGROUND, edgecolor=FRAME, linewidth=2, layout="constrained"
    )
    FigureCanvasAgg(figure)
    return figure


def _style(axes: Axes, title: str) -> None:
    axes.set_facecolor(BACKGROUND)
    axes.set_title(title, fontsize=TITLE_FONT, color=TEXT, loc="left", parse_math=False)
    axes.tick_params(colors=MUTED, labelsize=FONT - 1, labelcolor=TEXT)
    for side, spine in axes.spines.items():
        spine.set_visible(side in {"left", "bottom"})
        spine.set_color(FRAME)
    axes.set_axisbelow(True)


def _whole_numbers(axes: Axes) -> None:
    from matplotlib.ticker import MaxNLocator

    axes.yaxis.set_major_locator(MaxNLocator(integer=True))


def _legend(axes: Axes, ncols: int) -> None:
    axes.legend(loc="upper left", ncols=ncols, fontsize=FONT - 1, frameon=False, labelcolor=TEXT)


def _empty(axes: Axes, text: str) -> None:
    axes.text(
        0.5,
        0.5,
        text,
        transform=axes.transAxes,
        ha="center",
        va="center",
        fontsize=FONT,
        color=MUTED,
        parse_math=False,
    )


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", facecolor=BACKGROUND, edgecolor=FRAME)
    return buffer.getvalue()


def _bars_height(count: int) -> float:
    return 1.3 + 0.36 * max(count, 2)


def _pick(items: Sequence[Mastery]) -> tuple[Mastery, ...]:
    """Keep at most MAX_BARS items, those the member answered in first, in their original order."""
    if len(items) <= MAX_BARS:
        return tuple(items)
    chosen = set(sorted(range(len(items)), key=lambda i: (items[i].answered == 0, i))[:MAX_BARS])
    return tuple(item for i, item in enumerate(items) if i in chosen)


def _label(text: str) -> str:
    text = _drawable(text)
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "\u2026"


def _member_label(rank: int, name: str, is_me: bool) -> str:
    name = _label(name) if name else ""
    if is_me:
        name = f"{name} (you)" if name else "you"
    return f"#{rank} {name}".rstrip()


@functools.cache
def _glyphs() -> frozenset[int]:
    """Return the code points the chart font can draw."""
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    path = font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans"))
    return frozenset(FT2Font(path).get_charmap())


def _drawable(text: str) -> str:
    """Keep what the font can draw (a member's name may be in any script), with spaces collapsed."""
    glyphs = _glyphs()
    kept = "".join(c if ord(c) in glyphs and c.isprintable() else " " for c in text)
    return " ".join(kept.split())
