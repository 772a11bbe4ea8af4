from quizapp.core.scoring import points_for


def test_wrong_answer_scores_nothing() -> None:
    assert points_for(False, 0) == 0


def test_streak_bonus_grows_by_a_hundred_and_stops_at_five_hundred() -> None:
    assert [points_for(True, s) for s in range(1, 9)] == [
        1000,
        1100,
        1200,
        1300,
        1400,
        1500,
        1500,
        1500,
    ]
