import pytest

from quizapp.core.modes import MODES, SPEED
from quizapp.core.scoring import CLASSIC_RULE, SPEED_RULE, places


def test_wrong_answer_scores_nothing_under_either_rule() -> None:
    assert CLASSIC_RULE.points_for(False, 0) == 0
    assert SPEED_RULE.points_for(False, 0, 1_000, 20_000) == 0


def test_classic_streak_bonus_grows_by_a_hundred_and_stops_at_five_hundred() -> None:
    assert [CLASSIC_RULE.points_for(True, s) for s in range(1, 9)] == [
        1000,
        1100,
        1200,
        1300,
        1400,
        1500,
        1500,
        1500,
    ]


def test_classic_ignores_the_time_taken() -> None:
    assert CLASSIC_RULE.points_for(True, 1, 19_000, 20_000) == 1000


@pytest.mark.parametrize(
    ("taken_ms", "points"),
    [(0, 1000), (10_000, 750), (20_000, 500), (5_000, 875), (1, 1000), (19_999, 500)],
)
def test_speed_points_fall_from_a_thousand_to_half_over_the_limit(
    taken_ms: int, points: int
) -> None:
    assert SPEED_RULE.points_for(True, 1, taken_ms, 20_000) == points


def test_speed_adds_the_classic_streak_bonus_up_to_its_cap() -> None:
    assert [SPEED_RULE.points_for(True, s, 10_000, 20_000) for s in (1, 2, 6, 9)] == [
        750,
        850,
        1250,
        1250,
    ]


def test_each_mode_names_its_rule_and_version() -> None:
    assert SPEED.scoring == SPEED_RULE
    assert {m.scoring.key for m in MODES.values()} == {"classic", "speed"}
    assert all(m.scoring.version >= 1 for m in MODES.values())


def test_the_rules_in_words_give_the_figures_they_score_with() -> None:
    assert "1,000 points" in CLASSIC_RULE.explain()
    assert "500" in SPEED_RULE.explain()
    assert "counts as wrong" in SPEED_RULE.explain()


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ([3000, 2000, 2000, 1000], [1, 2, 2, 4]),
        ([500, 500, 500], [1, 1, 1]),
        ([900, 800, 700], [1, 2, 3]),
        ([10, 10, 5, 5, 0], [1, 1, 3, 3, 5]),
        ([], []),
    ],
)
def test_equal_scores_share_a_place_and_the_next_skips_the_places_they_took(
    scores: list[int], expected: list[int]
) -> None:
    assert places(scores) == expected
