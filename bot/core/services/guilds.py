"""The guild-settings capability: daily-quiz schedule, quiz scoring and ask-channels per server."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.clock import Clock, utc_now
from bot.core.errors import StudyError
from bot.core.study import daily as daily_rules
from bot.core.study.ports import GuildConfig, GuildStore
from bot.core.study.review import MAX_RETENTION, MIN_RETENTION, check_parameters, check_retention


class GuildSettingsService:
    """Read and change a guild's settings; ask-channels are cached because every message checks them."""

    def __init__(self, store: GuildStore, default_timezone: str = "Asia/Kolkata", clock: Clock = utc_now) -> None:
        self.store = store
        self.default_timezone = default_timezone
        self.clock = clock
        self._ask_channels: dict[int, frozenset[int]] = {}

    async def config(self, guild_id: int) -> GuildConfig:
        """Return a guild's settings."""
        return await self.store.guild_config(guild_id, self.default_timezone)

    async def daily_guilds(self) -> list[GuildConfig]:
        """Return every guild with the daily quiz switched on."""
        return await self.store.daily_guilds()

    async def configure_daily(
        self,
        guild_id: int,
        channel_id: int,
        at: str,
        timezone: str | None = None,
        questions: int = 3,
        articles: tuple[str, ...] | None = None,
    ) -> GuildConfig:
        """Switch the daily quiz on in a channel at a local time (HH:MM), on some articles or (empty) all."""
        daily_rules.parse_time(at)
        zone = timezone or (await self.config(guild_id)).timezone
        daily_rules.parse_timezone(zone)
        daily_rules.check_question_count(questions)
        return await self.store.update_guild(
            guild_id,
            self.default_timezone,
            self.clock(),
            daily_enabled=True,
            daily_channel_id=channel_id,
            daily_time=daily_rules.parse_time(at).strftime("%H:%M"),
            timezone=zone,
            daily_questions=questions,
            **({} if articles is None else {"daily_articles": tuple(articles)}),
        )

    async def update_daily_articles(self, guild_id: int, articles: tuple[str, ...]) -> GuildConfig:
        """Choose the articles the daily quiz draws on (empty: all of them)."""
        return await self.store.update_guild(
            guild_id, self.default_timezone, self.clock(), daily_articles=tuple(articles)
        )

    async def disable_daily(self, guild_id: int) -> GuildConfig:
        """Switch the daily quiz off."""
        return await self.store.update_guild(guild_id, self.default_timezone, self.clock(), daily_enabled=False)

    async def set_scoring(self, guild_id: int, speed_scoring: bool, streak_bonus: bool) -> GuildConfig:
        """Choose how group quizzes score by default."""
        return await self.store.update_guild(
            guild_id, self.default_timezone, self.clock(), speed_scoring=speed_scoring, streak_bonus=streak_bonus
        )

    async def set_review_retention(self, guild_id: int, retention: float) -> GuildConfig:
        """Choose FSRS's desired retention for reviews done in the guild (0.7 to 0.97; higher: more reviews)."""
        try:
            check_retention(retention)
        except ValueError:
            raise StudyError(
                f"The desired retention is a share between {MIN_RETENTION} and {MAX_RETENTION} "
                f"(0.9 means 90% recall when a card comes back); {retention:g} is not allowed."
            ) from None
        return await self.store.update_guild(
            guild_id, self.default_timezone, self.clock(), desired_retention=round(retention, 4)
        )

    async def set_fsrs_parameters(self, guild_id: int, parameters: Sequence[float]) -> GuildConfig:
        """Store FSRS weights fitted to the guild's reviews (empty: back to the defaults)."""
        weights = tuple(float(w) for w in parameters)
        if weights:
            check_parameters(weights)
        return await self.store.update_guild(guild_id, self.default_timezone, self.clock(), fsrs_parameters=weights)

    async def ask_channels(self, guild_id: int) -> frozenset[int]:
        """Return the guild's ask-channels (cached until they change through this service)."""
        if guild_id not in self._ask_channels:
            self._ask_channels[guild_id] = await self.store.ask_channels(guild_id)
        return self._ask_channels[guild_id]

    async def set_ask_channel(self, guild_id: int, channel_id: int, enabled: bool) -> bool:
        """Add or remove an ask-channel; return whether anything changed."""
        self._ask_channels.pop(guild_id, None)
        return await self.store.set_ask_channel(guild_id, channel_id, enabled)
