"""High scores, personal bests and a player's statistics, as queries over the answer log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import BindParameter, Select, and_, bindparam, case, func, or_, select

from quizapp.core.model import (
    CategoryAccuracy,
    HighScore,
    MissedQuestion,
    PackId,
    PersonalBest,
    PlayerId,
    PlayerStatistics,
    RoundId,
    RoundStanding,
    ScorePoint,
)
from quizapp.core.modes import CLASSIC, CLASSIC_MODE, MODES, RANKED_MODES
from quizapp.core.periods import Period, period_start
from quizapp.core.scoring import places
from quizapp.core.stats import TIME_BUCKET_MS, TIME_BUCKETS, time_buckets
from quizapp.store.errors import StoreError
from quizapp.store.models import AnswerRow, PlayerRow, RoundRow, aware
from quizapp.store.transactions import Access, Manager

TOP = 10
MOST_MISSED = 5
UNCATEGORISED = "Uncategorised"


def _better_than(score: int, duration_ms: int, round_id: int) -> Any:
    """Return the condition 'ranks above a round with these values' (ties go to the faster)."""
    return or_(
        RoundRow.score > score,
        and_(
            RoundRow.score == score,
            or_(
                RoundRow.duration_ms < duration_ms,
                and_(RoundRow.duration_ms == duration_ms, RoundRow.id < round_id),
            ),
        ),
    )


def _rule_version(mode: str) -> int:
    """Return the version of the scoring rule a mode's table ranks; its rounds keep their own."""
    return MODES.get(mode, CLASSIC).scoring.version


def _seating(hot_seat: bool) -> Any:
    """Return the condition 'played alone', or 'played in turns at one computer'."""
    return RoundRow.seats > 1 if hot_seat else RoundRow.seats == 1


def _as_int(condition: Any) -> Any:
    """Return 1 where the condition holds, else 0, for summing (SUM of a Boolean is a Boolean)."""
    return case((condition, 1), else_=0)


def _score_rows() -> Select[int, str, str, int, int, int, int | None, datetime]:
    """Return the query for rounds as score-table rows: what ``_high_score`` reads."""
    return select(
        RoundRow.id,
        PlayerRow.name,
        RoundRow.pack_title,
        RoundRow.score,
        RoundRow.correct,
        RoundRow.question_count,
        RoundRow.duration_ms,
        func.coalesce(RoundRow.finished_at, RoundRow.started_at).label("finished_at"),
    ).join(PlayerRow, PlayerRow.id == RoundRow.player_id)


def _high_score(rank: int, r: Any) -> HighScore:
    """Return one row of ``_score_rows`` as a score-table row at a rank."""
    return HighScore(
        rank=rank,
        round_id=RoundId(r.id),
        player_name=r.name,
        pack_title=r.pack_title,
        score=r.score,
        correct=r.correct,
        total=r.question_count,
        duration_ms=r.duration_ms or 0,
        finished_at=aware(r.finished_at),
    )


class Statistics(Manager):
    """The read side of the answer log: tables, bests and figures, as plain dataclasses."""

    def high_scores(
        self,
        pack_id: PackId | None = None,
        *,
        mode: str = CLASSIC_MODE,
        period: Period = Period.ALL,
        player_id: PlayerId | None = None,
        limit: int = TOP,
        now: datetime | None = None,
        tz: tzinfo | None = None,
        hot_seat: bool = False,
    ) -> list[HighScore]:
        """Return the best finished rounds of one mode; equal scores share a place, faster first.

        Args:
            pack_id: Only rounds of this pack; None for every pack.
            mode: Rounds are only ranked against rounds of the same mode and the version of
                its scoring rule now in force, so one mode's new rule hides no other's rounds.
            hot_seat: The table of rounds played in turns at one computer, not alone.
            period: Today or this week in local time, or all time.
            player_id: Only this player's rounds; None for everyone.
            limit: How many rows at most.
            now: The current moment (aware); the clock by default.
            tz: The local time zone that periods follow; the system's by default.

        A mode that is not ranked (practice) has no table: its list is empty.
        """
        if not MODES.get(mode, CLASSIC).ranked:
            return []
        query = (
            _score_rows()
            .where(
                RoundRow.scoring_version == _rule_version(mode),
                RoundRow.finished_at.is_not(None),
                _seating(hot_seat),
            )
            .order_by(RoundRow.score.desc(), RoundRow.duration_ms, RoundRow.id)
            .limit(limit)
        )
        query = query.where(RoundRow.mode == mode)
        if pack_id is not None:
            query = query.where(RoundRow.pack_id == pack_id)
        if player_id is not None:
            query = query.where(RoundRow.player_id == player_id)
        start = period_start(period, now or datetime.now(UTC), tz)
        if start is not None:
            query = query.where(RoundRow.finished_at >= start)
        with self._begin(Access.READ) as s:
            rows = list(s.execute(query))
        # The faster of two equal rounds is listed first, but both share the place.
        return [
            _high_score(place, r)
            for place, r in zip(places(r.score for r in rows), rows, strict=True)
        ]

    def placed(self, places: Sequence[tuple[int, RoundId]]) -> list[HighScore]:
        """Return rounds as score-table rows at the places given, in the order given.

        For a table ranked outside the store, such as a hot-seat round's podium.
        """
        ids = [round_id for _, round_id in places]
        with self._begin(Access.READ) as s:
            rows = {r.id: r for r in s.execute(_score_rows().where(RoundRow.id.in_(ids)))}
        missing = [round_id for round_id in ids if round_id not in rows]
        if missing:
            raise StoreError(f"There is no round {missing[0]}.")
        return [_high_score(place, rows[round_id]) for place, round_id in places]

    def personal_bests(self, player_id: PlayerId) -> list[PersonalBest]:
        """Return a player's best finished round in each pack and ranked mode, by pack title."""
        ranked = (
            select(
                RoundRow,
                func.row_number()
                .over(
                    partition_by=(RoundRow.pack_id, RoundRow.mode),
                    order_by=(RoundRow.score.desc(), RoundRow.duration_ms, RoundRow.id),
                )
                .label("place"),
            )
            .where(
                RoundRow.player_id == player_id,
                RoundRow.pack_id.is_not(None),
                or_(
                    *(
                        and_(RoundRow.mode == key, RoundRow.scoring_version == mode.scoring.version)
                        for key, mode in RANKED_MODES.items()
                    )
                ),
                RoundRow.finished_at.is_not(None),
            )
            .subquery()
        )
        query = (
            select(ranked)
            .where(ranked.c.place == 1)
            .order_by(func.lower(ranked.c.pack_title), ranked.c.mode)
        )
        with self._begin(Access.READ) as s:
            return [
                PersonalBest(
                    pack_title=r.pack_title,
                    mode=r.mode,
                    round_id=RoundId(r.id),
                    score=r.score,
                    correct=r.correct,
                    total=r.question_count,
                    duration_ms=r.duration_ms or 0,
                    finished_at=aware(r.finished_at),
                )
                for r in s.execute(query)
            ]

    def standing(self, round_id: RoundId) -> RoundStanding:
        """Return a finished round's place in its top 10 and whether it is a personal best.

        A practice round has neither: its mode keeps no table.
        """
        with self._begin(Access.READ) as s:
            row = s.get(RoundRow, round_id)
            if row is None or row.finished_at is None:
                raise StoreError(f"Round {round_id} is not finished.")
            if not MODES.get(row.mode, CLASSIC).ranked:
                return RoundStanding(round_id, None, personal_best=False, previous_best=None)
            duration = row.duration_ms or 0
            # A round of several packs (or of a pack since deleted) is in every pack's table.
            same_pack = () if row.pack_id is None else (RoundRow.pack_id == row.pack_id,)
            same_table = (
                RoundRow.mode == row.mode,
                RoundRow.scoring_version == row.scoring_version,
                _seating(row.seats > 1),
                *same_pack,
                RoundRow.finished_at.is_not(None),
            )
            above = s.scalar(
                select(func.count())
                .select_from(RoundRow)
                .where(*same_table, _better_than(row.score, duration, row.id))
            )
            # Listed among the top 10 by position; numbered by place, shared with equal scores.
            higher = s.scalar(
                select(func.count())
                .select_from(RoundRow)
                .where(*same_table, RoundRow.score > row.score)
            )
            previous = s.execute(
                select(RoundRow.score, RoundRow.duration_ms)
                .where(
                    *same_table,
                    RoundRow.player_id == row.player_id,
                    RoundRow.id != row.id,
                    RoundRow.finished_at <= row.finished_at,
                )
                .order_by(RoundRow.score.desc(), RoundRow.duration_ms)
                .limit(1)
            ).first()
        listed = (above or 0) < TOP
        beaten = previous is None or (row.score, -duration) > (
            previous.score,
            -(previous.duration_ms or 0),
        )
        return RoundStanding(
            round_id=round_id,
            top_ten_rank=(higher or 0) + 1 if listed else None,
            personal_best=beaten,
            previous_best=None if previous is None else previous.score,
        )

    def player_statistics(self, player_id: PlayerId) -> PlayerStatistics:
        """Return the headline figures and chart data of one player."""
        params = {"player_id": player_id}
        with self._begin(Access.READ) as s:
            # Core statements built once: this view must stay quick for long histories.
            conn = s.connection()
            name = conn.execute(_PLAYER_NAME, params).scalar()
            if name is None:
                raise StoreError("That player no longer exists.")
            rounds = conn.execute(_PLAYER_ROUNDS, params).all()
            counts = conn.execute(_CATEGORY_TIME_COUNTS, params).all()
            missed = tuple(
                MissedQuestion(prompt, right, int(misses), answered)
                for misses, answered, prompt, right in conn.execute(_MOST_MISSED, params)
            )
        ranked = [r for r in rounds if MODES.get(r.mode, CLASSIC).ranked]
        scores = tuple(
            ScorePoint(RoundId(r.id), aware(r.finished_at), r.score, r.mode)
            for r in ranked
            if r.finished_at is not None
        )
        right: dict[str, int] = {}
        answered: dict[str, int] = {}
        times: dict[int, int] = {}
        for category, bucket, correct, count in counts:
            right[category] = right.get(category, 0) + int(correct)
            answered[category] = answered.get(category, 0) + count
            times[int(bucket)] = times.get(int(bucket), 0) + count
        return PlayerStatistics(
            player_name=name,
            rounds_played=len(rounds),
            rounds_finished=sum(r.finished_at is not None for r in rounds),
            answered=sum(answered.values()),
            correct=sum(right.values()),
            # Each round keeps its best streak, as it keeps its score: streaks end with rounds.
            best_streak=max((r.best_streak for r in ranked), default=0),
            scores=scores,
            practice_rounds=len(rounds) - len(ranked),
            categories=tuple(CategoryAccuracy(c, right[c], answered[c]) for c in sorted(answered)),
            answer_times=time_buckets(times),
            most_missed=missed,
        )


_PLAYER: BindParameter[int] = bindparam("player_id")


def _players_answers(*columns: Any) -> Select[Any]:
    return (
        select(*columns)
        .select_from(RoundRow)
        .join(AnswerRow, AnswerRow.round_id == RoundRow.id)
        .where(RoundRow.player_id == _PLAYER)
    )


_PLAYER_NAME = select(PlayerRow.name).where(PlayerRow.id == _PLAYER)
_PLAYER_ROUNDS = (
    select(RoundRow.id, RoundRow.finished_at, RoundRow.score, RoundRow.best_streak, RoundRow.mode)
    .where(RoundRow.player_id == _PLAYER)
    .order_by(RoundRow.finished_at, RoundRow.id)
)
# One pass over the player's answers serves both charts: counts by category and by time.
_CATEGORY = func.coalesce(AnswerRow.category, UNCATEGORISED)
_TIME_BUCKET = case(
    (AnswerRow.ms < TIME_BUCKETS * TIME_BUCKET_MS, AnswerRow.ms // TIME_BUCKET_MS),
    else_=TIME_BUCKETS,
)
_CATEGORY_TIME_COUNTS = _players_answers(
    _CATEGORY, _TIME_BUCKET, func.sum(_as_int(AnswerRow.correct)), func.count()
).group_by(_CATEGORY, _TIME_BUCKET)
_MISSED = func.sum(_as_int(AnswerRow.correct.is_(False)))
_WORST = (
    _players_answers(AnswerRow.question_id, _MISSED.label("missed"), func.count().label("answered"))
    .where(AnswerRow.question_id.is_not(None))
    .group_by(AnswerRow.question_id)
    .having(_MISSED > 0)
    .order_by(_MISSED.desc(), func.count(), AnswerRow.question_id)
    .limit(MOST_MISSED)
    .subquery()
)
# Each question as the player last saw it, so the list reads right after a pack changes.
_LATEST = (
    select(AnswerRow)
    .where(AnswerRow.question_id == _WORST.c.question_id)
    .order_by(AnswerRow.id.desc())
    .limit(1)
)
_MOST_MISSED = select(
    _WORST.c.missed,
    _WORST.c.answered,
    _LATEST.with_only_columns(AnswerRow.prompt).scalar_subquery(),
    _LATEST.with_only_columns(AnswerRow.right_answer).scalar_subquery(),
).order_by(_WORST.c.missed.desc(), _WORST.c.answered, _WORST.c.question_id)
