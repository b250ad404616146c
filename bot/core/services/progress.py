"""The progress capability: leaderboards and a member's statistics."""

from __future__ import annotations

from bot.core.clock import Clock, utc_now
from bot.core.services.guilds import GuildSettingsService
from bot.core.services.knowledge import KnowledgeService
from bot.core.services.reviews import ReviewService
from bot.core.study import daily as daily_rules
from bot.core.study.ports import ProgressStore
from bot.core.study.progress import (
    HISTORY_DAYS,
    LeaderboardPage,
    MemberHistory,
    MemberStats,
    Period,
    RankBy,
    SectionScore,
    Tally,
    count_days,
    history_start,
    mastery,
    paginate,
    rank_tallies,
    streaks,
    week_start,
)


class ProgressService:
    """Rank a guild's members and describe one member's progress."""

    def __init__(
        self,
        store: ProgressStore,
        guilds: GuildSettingsService,
        knowledge: KnowledgeService,
        reviews: ReviewService,
        clock: Clock = utc_now,
    ) -> None:
        self.store = store
        self.guilds = guilds
        self.knowledge = knowledge
        self.reviews = reviews
        self.clock = clock

    async def leaderboard(
        self,
        guild_id: int,
        period: Period = Period.ALL_TIME,
        by: RankBy = RankBy.POINTS,
        page: int = 1,
        user_id: int | None = None,
    ) -> LeaderboardPage:
        """Return one page of a guild's leaderboard and the member's own rank."""
        since = None
        if period is Period.WEEKLY:
            config = await self.guilds.config(guild_id)
            since = week_start(self.clock(), daily_rules.parse_timezone(config.timezone))
        ranked = rank_tallies(await self.store.tallies(guild_id, since), by)
        return paginate(ranked, period, by, page, user_id)

    async def stats(self, guild_id: int, user_id: int) -> MemberStats:
        """Return a member's answers, accuracy, points, streaks and weakest sections."""
        config = await self.guilds.config(guild_id)
        tallies = await self.store.tallies(guild_id, user_id=user_id)
        tally = tallies[0] if tallies else Tally(user_id, 0, 0, 0)
        today = daily_rules.local_day(self.clock(), config.timezone)
        days = await self.store.daily_days(guild_id, user_id)
        titles = {section.id: section.title for _source, section in self.knowledge.base.sections}
        scores = [
            SectionScore(section_id, titles.get(section_id, section_id), answered, correct)
            for section_id, (answered, correct) in (await self.store.section_results(guild_id, user_id)).items()
        ]
        weakest = tuple(sorted(scores, key=lambda s: (s.accuracy, -s.answered))[:3])
        due = len(await self.reviews.due(user_id))
        return MemberStats(user_id, tally, streaks(days, today), weakest, due)

    async def history(self, guild_id: int, user_id: int, days: int = HISTORY_DAYS) -> MemberHistory:
        """Return a member's answers per local day over the last ``days`` days and their mastery (for charts)."""
        config = await self.guilds.config(guild_id)
        tz = daily_rules.parse_timezone(config.timezone)
        today = self.clock().astimezone(tz).date()
        answers = await self.store.answer_times(guild_id, user_id, history_start(today, tz, days))
        articles, sections = mastery(self.knowledge.base, await self.store.latest_results(guild_id, user_id))
        return MemberHistory(user_id, count_days(answers, today, tz, days), articles, sections)
