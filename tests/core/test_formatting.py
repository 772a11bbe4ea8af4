from datetime import datetime, timedelta

from quizapp.core.formatting import format_day, format_given, pack_names
from quizapp.core.model import AnswerRecord, Origin, PackId, PackInfo

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
    assert format_given(timed_out) == "Time ran out"
    assert format_given(halved) == "A  [50:50 took away B and D]"


def imported(pack_id: int, title: str, path: str, added: datetime) -> PackInfo:
    return PackInfo(
        PackId(pack_id),
        f"pack-{pack_id}",
        title,
        Origin.IMPORTED,
        10,
        True,
        source_path=path,
        added_at=added,
    )


def test_a_pack_whose_title_no_other_shares_is_called_by_its_title() -> None:
    packs = [imported(1, "Quiz", "/a/quiz.csv", NOW), imported(2, "Kahoot", "/a/k.xlsx", NOW)]
    assert pack_names(packs, NOW) == {1: "Quiz", 2: "Kahoot"}


def test_packs_of_one_title_are_told_apart_by_file_then_day_added_then_id() -> None:
    earlier = NOW - timedelta(days=1)
    packs = [
        imported(1, "Quiz", "/downloads/quiz.csv", earlier),
        imported(2, "quiz", "/desktop/quiz.csv", NOW),
        imported(3, "Quiz", "/desktop/Kahoot quiz.xlsx", NOW),
        imported(4, "Quiz", "/desktop/quiz.csv", NOW),
        PackInfo(PackId(5), "quiz", "Quiz", Origin.SHIPPED, 10, True, added_at=earlier),
    ]
    assert pack_names(packs, NOW) == {
        1: "Quiz · quiz.csv · added Yesterday, 18:30",
        2: "quiz · quiz.csv · added Today, 18:30 · id pack-2",
        3: "Quiz · Kahoot quiz.xlsx",
        4: "Quiz · quiz.csv · added Today, 18:30 · id pack-4",
        5: "Quiz · comes with the game",
    }
