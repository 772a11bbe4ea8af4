"""High-score periods: today and this week in the player's local time, as stored UTC bounds."""

from __future__ import annotations

import enum
from datetime import UTC, datetime, time, timedelta, tzinfo


class Period(enum.Enum):
    """How far back a high-score table looks."""

    TODAY = "today"
    WEEK = "week"
    ALL = "all"

    @property
    def label(self) -> str:
        """The period as the player reads it."""
        return {"today": "Today", "week": "This week", "all": "All time"}[self.value]


def period_start(period: Period, now: datetime, tz: tzinfo | None = None) -> datetime | None:
    """Return the stored (naive UTC) moment a period starts, or None for all time.

    Args:
        period: The period asked for.
        now: The current moment, timezone-aware.
        tz: The player's time zone; None means the system's local zone.
    """
    if period is Period.ALL:
        return None
    local_today = now.astimezone(tz).date()
    first_day = local_today
    if period is Period.WEEK:
        # Weeks start on Monday, as in ISO 8601.
        first_day = local_today - timedelta(days=local_today.weekday())
    midnight = datetime.combine(first_day, time())
    # A naive local time converts through the system zone, so daylight saving is honoured.
    start = midnight.replace(tzinfo=tz) if tz is not None else midnight.astimezone()
    return start.astimezone(UTC).replace(tzinfo=None)
