"""Build the object graph once, for every adapter: the Discord client, the terminal, the CLI and the tests."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.clock import Clock, utc_now
from bot.core.knowledge.cache import CompiledCache, FolderCache, NoCache
from bot.core.knowledge.reloads import ReloadBroadcast, SilentBroadcast
from bot.core.ratelimit import Cooldown, RateLimiter
from bot.core.services.asking import AskingService
from bot.core.services.knowledge import KnowledgeService
from bot.settings import Settings

if TYPE_CHECKING:
    # Storage (SQLAlchemy, Alembic) and the services that need the database are imported in bootstrap():
    # `studybot ask` and `validate` open no database, and start a fraction of a second sooner without them.
    from bot.core.services.curation import CurationService
    from bot.core.services.daily import DailyService
    from bot.core.services.export import ExportService
    from bot.core.services.guilds import GuildSettingsService
    from bot.core.services.privacy import PrivacyService
    from bot.core.services.progress import ProgressService
    from bot.core.services.questions import QuestionSource
    from bot.core.services.quizzes import QuizService
    from bot.core.services.reviews import ReviewService
    from bot.storage.database import Database
    from bot.stores import Store as Store  # re-exported: tests import it from here


def __getattr__(name: str) -> object:
    """Return ``Store`` (now in bot.stores) to those importing it from here, importing the study ports only then."""
    if name == "Store":
        from bot.stores import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class App:
    """Every service of the bot, wired to one knowledge store, one database and one clock."""

    settings: Settings
    clock: Clock
    knowledge: KnowledgeService
    asking: AskingService
    guilds: GuildSettingsService
    questions: QuestionSource
    reviews: ReviewService
    quizzes: QuizService
    daily: DailyService
    progress: ProgressService
    privacy: PrivacyService
    curation: CurationService
    export: ExportService
    database: Database | None = None

    async def close(self) -> None:
        """Record running quizzes as stopped, then stop hearing other processes' reloads and close the database."""
        try:
            await self.quizzes.stop_all()
        finally:
            self.asking.close()
            try:
                await self.curation.broadcast.close()
            finally:
                if self.database is not None:
                    await self.database.close()


#: The folder in DATA_DIR where the compiled form of knowledge files is kept between starts.
INDEX_CACHE_FOLDER = "index-cache"


def index_cache(settings: Settings) -> CompiledCache:
    """Return where compiled knowledge is kept between starts: DATA_DIR/index-cache, or nowhere (INDEX_CACHE=false)."""
    if not settings.index_cache:
        return NoCache()
    # Entries are written in the background: a start answers first, and the process exits once they are written.
    return FolderCache(settings.data_dir / INDEX_CACHE_FOLDER, background=True)


def load_knowledge(settings: Settings) -> KnowledgeService:
    """Load and index the knowledge folder; raise KnowledgeError if it does not validate."""
    return KnowledgeService.from_directory(settings.knowledge_dir, cache=index_cache(settings))


def reload_broadcast(settings: Settings) -> ReloadBroadcast:
    """Return how this process tells others about knowledge reloads: PostgreSQL's NOTIFY, or nobody (SQLite)."""
    url = settings.resolved_database_url
    if not url.startswith("postgresql"):
        return SilentBroadcast()  # SQLite: one process has the database, so there is nobody to tell
    from bot.storage.notify import PostgresReloadBroadcast

    return PostgresReloadBroadcast.from_url(url)


def asking_only(settings: Settings, knowledge: KnowledgeService | None = None) -> AskingService:
    """Return the asking service alone, without a database (for `studybot ask`)."""
    return AskingService(knowledge or load_knowledge(settings))


async def bootstrap(
    settings: Settings,
    *,
    clock: Clock = utc_now,
    new_id: Callable[[], str] = lambda: uuid.uuid4().hex,
    knowledge: KnowledgeService | None = None,
    store: Store | None = None,
    seed: int = 0,
    broadcast: ReloadBroadcast | None = None,
) -> App:
    """Build every service; with no ``store`` given, open (and migrate) the database that settings name."""
    from bot.core.services.curation import CurationService
    from bot.core.services.daily import DailyService
    from bot.core.services.export import ExportService
    from bot.core.services.guilds import GuildSettingsService
    from bot.core.services.privacy import PrivacyService
    from bot.core.services.progress import ProgressService
    from bot.core.services.questions import QuestionSource
    from bot.core.services.quizzes import QuizService
    from bot.core.services.reviews import ReviewService

    # Word lists and the lemmatiser's dictionary are read at the first word needing them: for a running bot, now,
    # so that a member's first typo does not stall the event loop (`studybot ask` leaves them until needed), and
    # before indexing, whose worker processes (if any) then share them.
    await asyncio.to_thread(KnowledgeService.warm_up)
    # Loading and indexing take from a fraction of a second to many seconds: never on the event loop.
    if knowledge is None:
        knowledge = await asyncio.to_thread(load_knowledge, settings)
    database: Database | None = None
    if store is None:
        from bot.storage.database import Database
        from bot.storage.repository import SqlStudyStore

        database = Database.from_url(settings.resolved_database_url)
        try:
            await database.migrate()
        except BaseException:
            await database.close()
            raise
        store = SqlStudyStore(database)
    guilds = GuildSettingsService(store, settings.default_timezone, clock)
    questions = QuestionSource(knowledge, seed)
    questions.follow_reloads()
    await asyncio.to_thread(questions.prepare, knowledge.base)
    reviews = ReviewService(questions, store, clock, guilds=guilds)
    quizzes = QuizService(questions, store, guilds, reviews, clock, new_id)
    asking = AskingService(
        knowledge,
        store,
        clock,
        RateLimiter(settings.ask_rate_limit, settings.ask_rate_window_seconds, clock),
        Cooldown(settings.repeat_cooldown_seconds, clock),
    )
    return App(
        settings=settings,
        clock=clock,
        knowledge=knowledge,
        asking=asking,
        guilds=guilds,
        questions=questions,
        reviews=reviews,
        quizzes=quizzes,
        daily=DailyService(questions, store, guilds, reviews, clock),
        progress=ProgressService(store, guilds, knowledge, reviews, clock),
        privacy=PrivacyService(store, quizzes, asking),
        # With PostgreSQL every process hears the others' reloads; a fake store (tests) gets none unless given one.
        curation=CurationService(
            knowledge,
            store,
            broadcast=broadcast or (reload_broadcast(settings) if database is not None else SilentBroadcast()),
        ),
        export=ExportService(questions, store, store, clock),
        database=database,
    )
