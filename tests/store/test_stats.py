from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from quizapp.core.model import CategoryAccuracy, TimeBucket
from quizapp.core.modes import MISTAKES, MODES, TYPED
from quizapp.core.periods import Period
from quizapp.store import Collection, StoreError
from tests.store.conftest import pack_of, play, set_finished

# The fixture history, worked out by hand. Questions are asked in id order:
# 1 Cast, 2 Production, 3 Cast, 4 Production.
#   Ann round 1  R R W R  in 1.5, 2.5, 0.5, 20 s  -> 1000+1100+0+1000 = 3100, 24.5 s
#   Ann round 2  R R R R  1 s each               -> 1000+1100+1200+1300 = 4600, 4 s
#   Ann round 3  W W      3 s each, then quit     -> unfinished
#   Bo           R R R W  1 s each               -> 3300, 4 s
#   Cy           R R R R  2 s each               -> 4600, 8 s (ties with Ann's, slower)


@pytest.fixture
def history(bank: Collection) -> dict[str, int]:
    return {
        "ann1": play(bank, "Ann", "RRWR", [1.5, 2.5, 0.5, 20]),
        "ann2": play(bank, "Ann", "RRRR"),
        "ann3": play(bank, "Ann", "WW", [3, 3]),
        "bo": play(bank, "Bo", "RRRW"),
        "cy": play(bank, "Cy", "RRRR", [2, 2, 2, 2]),
    }


def test_player_statistics_match_the_hand_count(bank: Collection, history: dict[str, int]) -> None:
    ann = bank.players.named("Ann")
    assert ann is not None
    stats = bank.stats.player_statistics(ann.id)
    assert (stats.rounds_played, stats.rounds_finished) == (3, 2)
    assert (stats.answered, stats.correct, stats.accuracy) == (10, 7, 0.7)
    assert stats.best_streak == 4
    assert [(p.round_id, p.score) for p in stats.scores] == [
        (history["ann1"], 3100),
        (history["ann2"], 4600),
    ]
    assert stats.categories == (
        CategoryAccuracy("Cast", 3, 5),
        CategoryAccuracy("Production", 4, 5),
    )
    assert stats.strongest == CategoryAccuracy("Production", 4, 5)
    assert stats.weakest == CategoryAccuracy("Cast", 3, 5)
    counts = {b.lower_ms: b.count for b in stats.answer_times}
    assert counts == {i * 1000: 0 for i in range(11)} | {0: 1, 1000: 5, 2000: 1, 3000: 2, 10000: 1}
    assert stats.answer_times[-1] == TimeBucket(10000, None, 1)
    assert [(m.prompt, m.missed, m.answered) for m in stats.most_missed] == [
        ("Question number 3?", 1, 2),
        ("Question number 1?", 1, 3),
        ("Question number 2?", 1, 3),
    ]
    assert stats.most_missed[0].right_answer == "Right 3"


def test_streaks_do_not_run_across_rounds(bank: Collection) -> None:
    play(bank, "Di", "WWRR")
    play(bank, "Di", "RRWW")
    di = bank.players.named("Di")
    assert di is not None
    assert bank.stats.player_statistics(di.id).best_streak == 2


def test_a_new_player_has_empty_statistics(bank: Collection) -> None:
    stats = bank.stats.player_statistics(bank.players.add("Ed").id)
    assert (stats.rounds_played, stats.answered, stats.best_streak, stats.accuracy) == (
        0,
        0,
        0,
        0.0,
    )
    assert stats.strongest is None
    assert stats.scores == ()
    assert sum(b.count for b in stats.answer_times) == 0


def test_high_scores_list_the_faster_of_equal_rounds_first_in_a_shared_place(
    bank: Collection, history: dict[str, int]
) -> None:
    table = bank.stats.high_scores(pack_of(bank))
    assert [(row.round_id, row.player_name, row.score, row.duration_ms) for row in table] == [
        (history["ann2"], "Ann", 4600, 4000),
        (history["cy"], "Cy", 4600, 8000),
        (history["bo"], "Bo", 3300, 4000),
        (history["ann1"], "Ann", 3100, 24500),
    ]
    assert [row.rank for row in table] == [1, 1, 3, 4]
    assert bank.stats.high_scores(pack_of(bank), mode=TYPED.key) == []


def test_high_scores_of_one_player(bank: Collection, history: dict[str, int]) -> None:
    ann = bank.players.named("Ann")
    assert ann is not None
    table = bank.stats.high_scores(player_id=ann.id)
    assert [row.round_id for row in table] == [history["ann2"], history["ann1"]]


def test_periods_follow_local_midnight_and_monday(
    bank: Collection, history: dict[str, int]
) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # Wednesday, 11:00 in Berlin
    set_finished(bank, history["ann2"], "2026-11-25 08:00:00")  # today
    set_finished(bank, history["cy"], "2026-11-24 23:30:00")  # 00:30 today in Berlin
    set_finished(bank, history["bo"], "2026-11-22 23:30:00")  # 00:30 Monday in Berlin
    set_finished(bank, history["ann1"], "2026-11-22 22:30:00")  # 23:30 last Sunday

    def ids(period: Period) -> list[int]:
        rows = bank.stats.high_scores(period=period, now=now, tz=berlin)
        return [row.round_id for row in rows]

    assert ids(Period.TODAY) == [history["ann2"], history["cy"]]
    assert ids(Period.WEEK) == [history["ann2"], history["cy"], history["bo"]]
    assert ids(Period.ALL) == [history["ann2"], history["cy"], history["bo"], history["ann1"]]


def test_personal_best_per_pack_and_mode(bank: Collection, history: dict[str, int]) -> None:
    ann = bank.players.named("Ann")
    assert ann is not None
    play(bank, "Ann", "RWWW", mode=TYPED)
    bests = bank.stats.personal_bests(ann.id)
    assert [(b.mode, b.score, b.round_id) for b in bests] == [
        ("classic", 4600, history["ann2"]),
        ("typed", 1000, bests[1].round_id),
    ]


def test_standing_marks_top_ten_places_and_personal_bests(
    bank: Collection, history: dict[str, int]
) -> None:
    second = bank.stats.standing(history["ann2"])
    assert (second.top_ten_rank, second.personal_best, second.previous_best) == (1, True, 3100)
    first = bank.stats.standing(history["ann1"])
    assert (first.top_ten_rank, first.personal_best, first.previous_best) == (4, True, None)
    slower = bank.stats.standing(history["cy"])
    assert slower.top_ten_rank == 1, "an equal score shares the place, as in the table"
    worse = play(bank, "Ann", "RWWW")
    standing = bank.stats.standing(worse)
    assert (standing.top_ten_rank, standing.personal_best, standing.previous_best) == (
        5,
        False,
        4600,
    )
    with pytest.raises(StoreError, match="not finished"):
        bank.stats.standing(history["ann3"])


def test_a_round_outside_the_top_ten_has_no_place(bank: Collection) -> None:
    for number in range(10):
        play(bank, f"Player {number}", "RRRR")
    late = play(bank, "Zed", "RRRW")
    standing = bank.stats.standing(late)
    assert standing.top_ten_rank is None
    assert standing.personal_best


def test_an_equal_score_in_less_time_is_a_personal_best(bank: Collection) -> None:
    play(bank, "Ann", "RRWW", [5, 5, 5, 5])
    faster = play(bank, "Ann", "RRWW", [1, 1, 1, 1])
    slower = play(bank, "Ann", "RRWW", [9, 9, 9, 9])
    assert bank.stats.standing(faster).personal_best
    assert not bank.stats.standing(slower).personal_best
    assert bank.stats.standing(slower).previous_best == 2100


def test_rounds_placed_outside_the_store_read_like_the_high_score_table(
    bank: Collection, history: dict[str, int]
) -> None:
    table = {row.round_id: row for row in bank.stats.high_scores(limit=10)}
    placed = bank.stats.placed([(1, history["bo"]), (1, history["ann2"]), (3, history["ann3"])])
    assert [(row.rank, row.player_name, row.score) for row in placed] == [
        (1, "Bo", 3300),
        (1, "Ann", 4600),
        (3, "Ann", 0),
    ]
    assert placed[0] == replace(table[history["bo"]], rank=1)
    # An unfinished round has no finishing time: it shows when it started instead.
    assert placed[2].finished_at.tzinfo is UTC
    with pytest.raises(StoreError, match="no round 999"):
        bank.stats.placed([(1, 999)])


def test_a_practice_round_is_ranked_in_no_table_and_kept_apart_in_statistics(
    bank: Collection,
) -> None:
    classic = play(bank, "Ann", "RWRW")
    practice = play(bank, "Ann", "RR", count=2, mode=MISTAKES)
    ann = bank.players.named("Ann")
    assert ann is not None
    for key in MODES:
        assert practice not in [r.round_id for r in bank.stats.high_scores(mode=key)], key
    assert bank.stats.high_scores(mode=MISTAKES.key) == []
    standing = bank.stats.standing(practice)
    assert (standing.top_ten_rank, standing.personal_best, standing.previous_best) == (
        None,
        False,
        None,
    )
    assert [best.mode for best in bank.stats.personal_bests(ann.id)] == ["classic"]
    stats = bank.stats.player_statistics(ann.id)
    assert (stats.rounds_played, stats.practice_rounds) == (2, 1)
    assert [p.round_id for p in stats.scores] == [classic]
    assert stats.best_streak == 1, "the practice round's two in a row are not a record"
    # Every answer still counts towards what the player knows.
    assert (stats.answered, stats.correct) == (6, 4)
