from datetime import datetime, timedelta

from quizapp.core.formatting import format_day, format_given
from quizapp.core.model import AnswerRecord

NOW = datetime(2026, 11, 27, 18, 30).astimezone()


def test_recent_rounds_read_as_today_and_yesterday() -> None:
    assert format_day(NOW.replace(hour=9, minute=5), NOW) == "Today, 09:05"
    assert format_day(NOW - timedelta(days=1), NOW) == "Yesterday, 18:30"


def test_older_rounds_name_the_day_and_only_other_years_the_year() -> None:
    assert format_day(datetime(2026, 11, 3, 14, 5).astimezone(), NOW) == "Tue 3 Nov, 14:05"
    assert format_day(datetime(2025, 1, 9, 8, 0).astimezone(), NOW) == "Thu 9 Jan 2025, 08:00"


def test_a_review_says_when_time_ran_out_and_what_a_fifty_fifty_took() -> None:
    timed_out = AnswerRecord(1, "Q?", ("A", "B"), "", "A", False, 20_000)
    halved = AnswerRecord(2, "Q?", ("A", "B", "C", "D"), "A", "A", True, 900, removed=("B", "D"))
    assert format_given(timed_out) == "(no answer: the time ran out)"
    assert format_given(halved) == "A  [50:50 took away B and D]"
