"""The one family of errors a member or admin is meant to read; every adapter maps it in one place.

Anything raised that is not a ``UserFacingError`` is a bug: adapters log it and show a generic apology.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """A request that cannot be done; the message says why, in words a member understands."""


class StudyError(UserFacingError):
    """A study request (quiz, daily quiz, review, settings) that cannot be done as asked."""


class QuizError(UserFacingError):
    """Base for everything the group-quiz engine refuses."""


class QuizSettingsError(QuizError, ValueError):
    """Quiz settings outside the allowed ranges."""


class QuizPermissionError(QuizError):
    """A member who may not do this to the quiz tried to."""


class QuizAlreadyRunningError(QuizError):
    """A channel already has a quiz running."""


class DailyScheduleError(UserFacingError, ValueError):
    """A daily-quiz time, time zone or size that cannot be used."""


class RateLimitedError(UserFacingError):
    """A member is asking too fast."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"You're asking quickly! Try again in {max(1, round(retry_after))} s.")
        self.retry_after = retry_after


class StorageError(UserFacingError):
    """The database failed; what was asked was not saved. Adapters also log these for the operator."""

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message or "I can't reach my database right now, so that wasn't saved. Please try again in a minute."
        )
