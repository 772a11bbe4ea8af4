from datetime import datetime, timedelta

from quizapp.core.formatting import format_day

NOW = datetime(2026, 11, 27, 18, 30).astimezone()


def test_recent_rounds_read_as_today_and_yesterday() -> None:
    assert format_day(NOW.replace(hour=9, minute=5), NOW) == "Today, 09:05"
    assert format_day(NOW - timedelta(days=1), NOW) == "Yesterday, 18:30"


def test_older_rounds_name_the_day_and_only_other_years_the_year() -> None:
    assert format_day(datetime(2026, 11, 3, 14, 5).astimezone(), NOW) == "Tue 3 Nov, 14:05"
    assert format_day(datetime(2025, 1, 9, 8, 0).astimezone(), NOW) == "Thu 9 Jan 2025, 08:00"
