import time
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from quizapp.core.periods import Period, period_start

BERLIN = ZoneInfo("Europe/Berlin")


def test_all_time_has_no_start() -> None:
    assert period_start(Period.ALL, datetime(2026, 11, 25, tzinfo=UTC), BERLIN) is None


@pytest.mark.parametrize(
    ("now", "period", "start"),
    [
        # Wednesday 11:00 in Berlin (UTC+1): today began at 23:00 UTC the day before.
        (datetime(2026, 11, 25, 10, 0, tzinfo=UTC), Period.TODAY, datetime(2026, 11, 24, 23, 0)),
        (datetime(2026, 11, 25, 10, 0, tzinfo=UTC), Period.WEEK, datetime(2026, 11, 22, 23, 0)),
        # 23:30 UTC on Sunday is already Monday in Berlin: a new week has begun.
        (datetime(2026, 11, 22, 23, 30, tzinfo=UTC), Period.WEEK, datetime(2026, 11, 22, 23, 0)),
        (datetime(2026, 11, 22, 22, 30, tzinfo=UTC), Period.WEEK, datetime(2026, 11, 15, 23, 0)),
        # The Sunday clocks go forward, Monday midnight was still in winter time.
        (datetime(2026, 3, 29, 12, 0, tzinfo=UTC), Period.WEEK, datetime(2026, 3, 22, 23, 0)),
        (datetime(2026, 3, 29, 12, 0, tzinfo=UTC), Period.TODAY, datetime(2026, 3, 28, 23, 0)),
        (datetime(2026, 3, 30, 12, 0, tzinfo=UTC), Period.TODAY, datetime(2026, 3, 29, 22, 0)),
    ],
)
def test_periods_start_at_local_midnight(now: datetime, period: Period, start: datetime) -> None:
    assert period_start(period, now, BERLIN) == start


def test_without_a_zone_the_system_zone_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        # 03:00 UTC on Thursday is still Wednesday evening in New York (UTC-5).
        now = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
        assert period_start(Period.TODAY, now) == datetime(2026, 11, 25, 5, 0)
        assert period_start(Period.WEEK, now) == datetime(2026, 11, 23, 5, 0)
    finally:
        monkeypatch.undo()
        time.tzset()
