from datetime import datetime, timedelta

from quizapp.core.leitner import BOX_INTERVAL_DAYS, Card, due_first, schedule

T0 = datetime(2026, 11, 1, 12, 0)


def day(n: float) -> datetime:
    return T0 + timedelta(days=n)


def test_a_question_never_missed_is_not_scheduled() -> None:
    assert schedule([(day(0), True), (day(1), True)]) is None


def test_a_miss_is_due_at_once_and_each_right_answer_waits_longer() -> None:
    history = [(day(0), False)]
    assert schedule(history) == Card(1, day(0))
    history.append((day(0.1), True))
    assert schedule(history) == Card(2, day(1.1))
    history.append((day(2), True))
    assert schedule(history) == Card(3, day(5))
    history.append((day(6), True))
    assert schedule(history) == Card(4, day(13))
    history.append((day(14), True))
    assert schedule(history) == Card(5, day(28))
    history.append((day(30), True))
    assert schedule(history) is None, "right in the last box: learned"


def test_a_miss_anywhere_sends_it_back_to_the_first_box() -> None:
    history = [(day(0), False), (day(1), True), (day(3), True), (day(8), False)]
    assert schedule(history) == Card(1, day(8))


def test_right_answers_before_the_first_miss_do_not_count() -> None:
    assert schedule([(day(0), True), (day(1), True), (day(2), False)]) == Card(1, day(2))


def test_the_intervals_are_those_help_documents() -> None:
    assert BOX_INTERVAL_DAYS == (0, 1, 3, 7, 14)


def test_due_cards_come_lowest_box_first_then_most_overdue() -> None:
    cards = {
        "later": Card(1, day(5)),
        "box2-old": Card(2, day(0)),
        "box1-new": Card(1, day(2)),
        "box1-old": Card(1, day(1)),
    }
    assert due_first(cards, day(3), 10) == ["box1-old", "box1-new", "box2-old"]
    assert due_first(cards, day(3), 1) == ["box1-old"]
    assert due_first(cards, day(-1), 10) == []
