"""The PNG charts: valid, not blank, readable on Discord's dark and light themes, and plotting the given numbers."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from bot import charts
from bot.charts import Chart, leaderboard_chart, quiz_chart, save_chart, stats_chart, wants_quiz_chart
from bot.core.services.knowledge import KnowledgeService
from bot.core.study.progress import (
    MemberHistory,
    Period,
    RankBy,
    Tally,
    count_days,
    mastery,
    paginate,
    rank_tallies,
)
from bot.core.study.quiz import GroupQuiz, QuizSettings
from tests.core.study.test_quiz_engine import at, make_question

TODAY = dt.date(2025, 10, 6)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Discord's message backgrounds: dark theme and light theme.
DISCORD_DARK, DISCORD_LIGHT = "#313338", "#FFFFFF"


def pixels(chart: Chart) -> np.ndarray:
    """Decode the PNG (as Discord would) into an array of RGBA pixels in 0..1."""
    from matplotlib import image

    return image.imread(io.BytesIO(chart.png), format="png")


def assert_valid_picture(chart: Chart, min_width: int = 600, min_height: int = 300) -> np.ndarray:
    assert chart.png.startswith(PNG_SIGNATURE)
    picture = pixels(chart)
    height, width, channels = picture.shape
    assert width >= min_width
    assert height >= min_height
    assert channels == 4
    # A solid card: every pixel opaque, so it looks the same on either theme.
    assert picture[..., 3].min() == 1.0
    colours = {tuple(p) for p in (picture[..., :3].reshape(-1, 3) * 255).round().astype(int)[::7]}
    assert len(colours) > 20  # text, bars, grid and anti-aliasing, not a blank image
    return picture


def history(
    answers: list[tuple[dt.datetime, bool]], knowledge: KnowledgeService, latest: dict[str, bool]
) -> MemberHistory:
    articles, sections = mastery(knowledge.base, latest)
    return MemberHistory(7, count_days(answers, TODAY, dt.UTC), articles, sections)


def moment(days_ago: int, hour: int = 12) -> dt.datetime:
    return dt.datetime.combine(TODAY, dt.time(hour), tzinfo=dt.UTC) - dt.timedelta(days=days_ago)


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    """Return the WCAG contrast ratio of two colours."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_palette_reads_on_its_card_and_the_card_stands_out_on_both_themes() -> None:
    assert contrast(charts.TEXT, charts.BACKGROUND) >= 7  # WCAG AAA for text
    assert contrast(charts.MUTED, charts.BACKGROUND) >= 4.5
    for series in (charts.BLUE, charts.GREEN, charts.VERMILLION, charts.ORANGE):
        assert contrast(series, charts.BACKGROUND) >= 3  # WCAG's contrast for graphics
    assert contrast(charts.GREY, charts.BACKGROUND) >= 2.5  # "no answer" may be quieter, not invisible
    assert contrast(charts.BACKGROUND, DISCORD_DARK) >= 7  # the card is clearly a card on the dark theme
    assert contrast(charts.FRAME, DISCORD_LIGHT) >= 2.5  # and framed on the light one


def test_stats_chart_plots_the_days_and_mastery_it_is_given(shipped: KnowledgeService) -> None:
    answers = [(moment(0), True), (moment(0, 13), False), (moment(3), True), (moment(29), False), (moment(40), True)]
    facts = [sf.fact.id for sf in shipped.base.facts if sf.section.id == "conclusion"]
    chart = stats_chart(history(answers, shipped, {facts[0]: True, facts[1]: False}), "Asha")
    picture = assert_valid_picture(chart)
    assert picture.shape[0] > picture.shape[1] * 0.8  # three panels, stacked
    assert chart.filename == "stats.png"
    assert chart.title == "Study progress of Asha"
    assert len(chart.series["day"]) == 30
    assert chart.series["day"][-1] == "2025-10-06"
    assert chart.series["answered"][-1] == 2
    assert chart.series["correct"][-1] == 1
    assert chart.series["accuracy"][-1] == 0.5
    assert chart.series["answered"][0] == 1  # 29 days ago is the first day; 40 days ago is left out
    assert sum(chart.series["answered"]) == 4
    index = chart.series["section"].index("Conclusion")
    assert chart.series["section_mastered"][index] == 1
    assert chart.series["section_facts"][index] == len(facts)
    assert "4 answered, 2 right" in chart.alt
    assert chart.series["article"] == ()  # one article: its mastery is the sections' sum, not a panel of its own


def test_stats_chart_of_a_new_member_still_renders(shipped: KnowledgeService) -> None:
    chart = stats_chart(history([], shipped, {}))
    assert_valid_picture(chart)
    assert chart.title == "Study progress"
    assert sum(chart.series["answered"]) == 0
    assert chart.series["section"] == ()


def test_two_articles_add_an_article_panel(two_articles: KnowledgeService) -> None:
    japan = [sf.fact.id for sf in two_articles.base.facts_of("india-japan-partnership")]
    chart = stats_chart(history([(moment(1), True)], two_articles, {japan[0]: True}))
    assert_valid_picture(chart)
    assert len(chart.series["article"]) == 2
    assert sorted(chart.series["article_mastery"]) == [0.0, 1 / len(japan)]


def test_names_are_drawn_as_text_never_as_math_or_missing_glyphs(shipped: KnowledgeService) -> None:
    chart = stats_chart(history([], shipped, {}), "$x^2$ \u4e2d\u6587 \u0905\u0936\u093e Asha\u202e")
    assert chart.title == "Study progress of $x^2$ Asha"  # no CJK, Devanagari (not in the font) or bidi marks
    assert_valid_picture(chart)


def test_leaderboard_chart_ranks_the_page_and_marks_the_member() -> None:
    tallies = [Tally(user, 1000 - 60 * user, 12 - user // 2, 14) for user in range(1, 15)]
    page = paginate(rank_tallies(tallies, RankBy.POINTS), Period.WEEKLY, RankBy.POINTS, 1, 4)
    chart = leaderboard_chart(page, {1: "Ravi", 4: "Meera"}, me=4)
    assert_valid_picture(chart)
    assert chart.title == "Leaderboard, this week, by points"
    assert chart.series["rank"] == tuple(range(1, 11))
    assert chart.series["value"] == tuple(1000 - 60 * user for user in range(1, 11))
    assert chart.series["label"][:4] == ("#1 Ravi", "#2", "#3", "#4 Meera (you)")
    by_accuracy = paginate(rank_tallies(tallies, RankBy.ACCURACY), Period.ALL_TIME, RankBy.ACCURACY, 1, None)
    chart = leaderboard_chart(by_accuracy)
    assert chart.series["value"][0] == round(12 / 14 * 100, 1)
    empty = paginate([], Period.WEEKLY, RankBy.POINTS, 1, None)
    assert_valid_picture(leaderboard_chart(empty), min_height=150)


def played_quiz(questions: int, answers: list[tuple[int, ...]]) -> GroupQuiz:
    """Play a quiz where, for question n, member m picks ``answers[n][m]`` (option 1 is always right)."""
    quiz = GroupQuiz(
        "q", 1, 1, [make_question(n) for n in range(questions)], QuizSettings(question_count=questions), at(0)
    )
    clock = 0.0
    for n, choices in enumerate(answers):
        for member, choice in enumerate(choices):
            if choice >= 0:
                quiz.answer(member, choice, at(clock + 1))
        clock += 30
        quiz.close(at(clock))
        if n < questions - 1:
            quiz.advance(at(clock))
    return quiz


def test_quiz_chart_shows_right_wrong_and_missing_answers_per_question() -> None:
    quiz = played_quiz(3, [(1, 1, 0), (1, 2, -1), (3, 0, 1)])
    assert wants_quiz_chart(quiz.reveals)
    chart = quiz_chart(quiz.reveals, players=3)
    assert_valid_picture(chart)
    assert chart.series == {
        "question": ("Q1", "Q2", "Q3"),
        "right": (2, 1, 1),
        "wrong": (1, 1, 2),
        "no_answer": (0, 1, 0),
    }
    assert "Q2 1 right, 1 wrong, 1 no answer" in chart.alt


def test_short_or_silent_quizzes_get_no_chart() -> None:
    assert not wants_quiz_chart(played_quiz(2, [(1, 1), (1, 0)]).reveals)
    assert not wants_quiz_chart(played_quiz(3, [(-1,), (-1,), (-1,)]).reveals)


def test_charts_drawn_in_parallel_threads_are_identical_to_one_drawn_alone() -> None:
    page = paginate(
        rank_tallies([Tally(u, 100 * u, u, u) for u in range(1, 6)], RankBy.POINTS), Period.WEEKLY, RankBy.POINTS, 1, 2
    )
    alone = leaderboard_chart(page, me=2).png
    with ThreadPoolExecutor(3) as pool:
        together = list(pool.map(lambda _: leaderboard_chart(page, me=2).png, range(3)))
    assert together == [alone] * 3


def test_save_chart_writes_the_png_into_the_folder(tmp_path: Path) -> None:
    chart = Chart(PNG_SIGNATURE + b"rest", "stats.png", "t")
    path = save_chart(chart, tmp_path / "charts")
    assert path == tmp_path / "charts" / "stats.png"
    assert path.read_bytes() == chart.png
    assert [p.name for p in path.parent.iterdir()] == ["stats.png"]  # no partial file left behind


@pytest.mark.slow
def test_importing_the_chart_module_does_not_import_matplotlib() -> None:
    code = "import sys, bot.charts, bot.discordbot.cogs.progress; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "False"
