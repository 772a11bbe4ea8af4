"""Drawing a round's questions: unseen ones first, or the mistakes that are due."""

from __future__ import annotations

import functools
import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BindParameter,
    Row,
    Select,
    bindparam,
    delete,
    exists,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import Session

from quizapp.core.kinds import Difficulty, QuestionKind
from quizapp.core.leitner import Card, due_first, schedule
from quizapp.core.model import PlayerId, PoolSummary, QuestionId, QuestionPool, RoundId
from quizapp.core.modes import Mode
from quizapp.core.round_setup import MAX_ROUND_LENGTH
from quizapp.errors import NothingToDrawError
from quizapp.store.engine import insert_skipping_duplicates
from quizapp.store.errors import StoreError
from quizapp.store.models import AnswerRow, QuestionRow, RoundRow, SeenRow

if TYPE_CHECKING:
    QuestionValues = Row[*tuple[Any, ...]]
    """A question's row as QUESTION_COLUMNS reads it."""


@dataclass(frozen=True)
class DrawPool:
    """The questions a round may draw from: live questions of its packs the mode can ask."""

    pool: QuestionPool
    kinds: tuple[str, ...]

    def params(self, **more: Any) -> dict[str, Any]:
        """Return the values of the pool's bound parameters, with any more given."""
        return {
            "pack_ids": list(self.pool.packs),
            "kinds": list(self.kinds),
            "categories": list(self.pool.categories),
            "difficulties": [d.value for d in self.pool.difficulties],
            **more,
        }

    @property
    def filters(self) -> tuple[bool, bool]:
        """Whether the pool keeps only some categories, and only some difficulties."""
        return bool(self.pool.categories), bool(self.pool.difficulties)

    def conditions(self) -> list[Any]:
        """Return the pool as WHERE conditions over bound parameters."""
        return [QuestionRow.pack_id.in_(_PACKS), *_conditions(*self.filters)]

    def without(self, *, categories: bool = False, difficulties: bool = False) -> DrawPool:
        """Return the pool with its choice of categories or difficulties let go."""
        pool = replace(
            self.pool,
            categories=() if categories else self.pool.categories,
            difficulties=() if difficulties else self.pool.difficulties,
        )
        return DrawPool(pool, self.kinds)


def pool_filter(pool: QuestionPool, mode: Mode) -> DrawPool:
    """Return the questions of a pool that a mode can ask."""
    return DrawPool(pool, tuple(sorted(k.value for k in mode.kinds)))


# Statements are built once and reused with new values: a draw must take well under 2 ms.
_PACK: BindParameter[int] = bindparam("pack_id")
_PACKS: BindParameter[list[int]] = bindparam("pack_ids", expanding=True)
_KINDS: BindParameter[list[str]] = bindparam("kinds", expanding=True)
_CATEGORIES: BindParameter[list[str]] = bindparam("categories", expanding=True)
_DIFFICULTIES: BindParameter[list[str]] = bindparam("difficulties", expanding=True)
_PLAYERS: BindParameter[list[int]] = bindparam("player_ids", expanding=True)
_START: BindParameter[float] = bindparam("start")
_LIMIT: BindParameter[int] = bindparam("limit")


def _conditions(by_category: bool, by_difficulty: bool) -> list[Any]:
    """Return the conditions on a question of the pool's packs, its pack aside."""
    conditions: list[Any] = [QuestionRow.retired.is_(False), QuestionRow.kind.in_(_KINDS)]
    if by_category:
        conditions.append(QuestionRow.category.in_(_CATEGORIES))
    if by_difficulty:
        conditions.append(QuestionRow.difficulty.in_(_DIFFICULTIES))
    return conditions


# What a drawn question is built from, read in the draw itself: no second trip for it.
QUESTION_COLUMNS = (
    QuestionRow.id,
    QuestionRow.pack_id,
    QuestionRow.kind,
    QuestionRow.prompt,
    QuestionRow.answer,
    QuestionRow.wrong,
    QuestionRow.accept,
    QuestionRow.tolerance,
    QuestionRow.category,
    QuestionRow.difficulty,
    QuestionRow.explanation,
    QuestionRow.source,
    QuestionRow.time_limit_s,
)
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_BY_ID = select(*QUESTION_COLUMNS).where(QuestionRow.id.in_(_IDS))


def questions_by_id(s: Session, ids: Sequence[QuestionId]) -> list[QuestionValues]:
    """Return the rows of these questions (QUESTION_COLUMNS) in the order of ids."""
    rows = {row.id: row for row in s.connection().execute(_BY_ID, {"ids": list(ids)})}
    return [rows[i] for i in ids if i in rows]


@functools.cache
def _walk(
    by_category: bool, by_difficulty: bool, unseen: bool, from_start: bool
) -> Select[*tuple[Any, ...]]:
    # Unseen: answered by none of the players the draw is for.
    # Walk one pack in the order of its stored random keys from a random point (and then
    # the part before it): an index range scan instead of sorting the pool by RANDOM().
    conditions = [QuestionRow.pack_id == _PACK, *_conditions(by_category, by_difficulty)]
    if unseen:
        conditions.append(
            ~exists().where(SeenRow.player_id.in_(_PLAYERS), SeenRow.question_id == QuestionRow.id)
        )
    key = QuestionRow.rand_key >= _START if from_start else QuestionRow.rand_key < _START
    return (
        select(*QUESTION_COLUMNS, QuestionRow.rand_key)
        .where(*conditions, key)
        .order_by(QuestionRow.rand_key)
        .limit(_LIMIT)
    )


def _walk_pack(
    s: Session,
    pool: DrawPool,
    pack: int,
    count: int,
    params: dict[str, Any],
    leave_out: Sequence[QuestionId],
) -> list[QuestionValues]:
    """Return up to count questions of one pack, in key order from params' start."""
    conn = s.connection()
    chosen: list[QuestionValues] = []
    for from_start in (True, False):
        statement = _walk(*pool.filters, bool(params["player_ids"]), from_start)
        if leave_out:
            statement = statement.where(QuestionRow.id.not_in(leave_out))
        more = {**params, "pack_id": pack, "limit": count - len(chosen)}
        chosen += conn.execute(statement, more)
        if len(chosen) == count:
            break
    return chosen


def _from_random_key(
    s: Session,
    pool: DrawPool,
    count: int,
    start: float,
    players: Sequence[PlayerId],
    leave_out: Sequence[QuestionId] = (),
) -> list[QuestionValues]:
    """Return up to count questions of the pool, each pack walked from one random key.

    Several packs share the round evenly, so a small pack is not lost among big ones; what
    a pack runs short of, the others make up. Each pack costs one index range, whatever its
    size, and a pack's questions always come in the same order from the same start.
    """
    params = pool.params(start=start, player_ids=list(players))
    packs = list(pool.pool.packs)
    if len(packs) == 1:
        return _walk_pack(s, pool, packs[0], count, params, leave_out)
    # Which packs give one more when the round does not divide evenly turns with the start.
    turn = int(start * len(packs))
    packs = packs[turn:] + packs[:turn]
    taken: dict[int, list[QuestionValues]] = {pack: [] for pack in packs}
    open_packs = packs
    while open_packs and sum(map(len, taken.values())) < count:
        share, extra = divmod(count - sum(map(len, taken.values())), len(open_packs))
        still_open = []
        for place, pack in enumerate(open_packs):
            wanted = len(taken[pack]) + share + (place < extra)
            if wanted == len(taken[pack]):
                still_open.append(pack)
                continue
            # The walk from the same start meets the questions already taken first again.
            taken[pack] = _walk_pack(s, pool, pack, wanted, params, leave_out)
            if len(taken[pack]) == wanted:
                still_open.append(pack)
        open_packs = still_open if len(still_open) < len(open_packs) else []
    # Packs in turn, so a round cut short of the candidates keeps each pack's share.
    return [
        row for rank in itertools.zip_longest(*taken.values()) for row in rank if row is not None
    ][:count]


# Easy to hard, as players read them.
_LEVELS = list(Difficulty)


def summarise(s: Session, pool: DrawPool) -> PoolSummary:
    """Return how many questions the pool holds, by category and by difficulty.

    Each list counts under the other's choice (the categories at the chosen difficulty, the
    difficulties in the chosen categories), so it says what each pick would leave.
    """
    conn = s.connection()

    def counted(column: Any, of: DrawPool) -> list[tuple[Any, int]]:
        query = (
            select(column, func.count())
            .where(*of.conditions(), column.is_not(None))
            .group_by(column)
            .order_by(column)
        )
        return [(value, n) for value, n in conn.execute(query, of.params())]

    by_level = pool.without(difficulties=True)
    every_kind = DrawPool(pool.pool, tuple(sorted(k.value for k in QuestionKind)))
    size = conn.execute(
        select(func.count()).select_from(QuestionRow).where(*pool.conditions()), pool.params()
    ).scalar_one()
    # Facts matter only up to the longest round, so they are counted no further: the count
    # stops early, where every distinct sentence of a large bank would be sorted out.
    facts = sum(
        conn.execute(
            select(func.count()).select_from(
                select(column)
                .distinct()
                .where(*pool.conditions(), test)
                .limit(MAX_ROUND_LENGTH)
                .subquery()
            ),
            pool.params(),
        ).scalar_one()
        for column, test in (
            (QuestionRow.source, QuestionRow.source.is_not(None)),
            (QuestionRow.id, QuestionRow.source.is_(None)),
        )
    )
    return PoolSummary(
        size=size,
        facts=min(facts, MAX_ROUND_LENGTH),
        categories=tuple(counted(QuestionRow.category, pool.without(categories=True))),
        difficulties=tuple(
            sorted(
                ((Difficulty(d), n) for d, n in counted(QuestionRow.difficulty, by_level)),
                key=lambda counted_level: _LEVELS.index(counted_level[0]),
            )
        ),
        kinds=tuple((QuestionKind(k), n) for k, n in counted(QuestionRow.kind, every_kind) if n),
    )


# Candidates drawn for each place in a round, so a round can take one question per fact;
# where they hold too few facts (a pack that asks most facts twice), WIDER times as many.
SPREAD = 3
WIDER = 4


def _one_per_fact(
    rows: Sequence[QuestionValues], count: int, taken: set[str | None]
) -> list[QuestionValues]:
    """Pick up to count rows in their order, each from a fact not taken so far, and take it.

    Two questions about one sentence give each other away ("Who is Nick's older brother?"
    beside "True or false: David is Nick's older brother."), so a round never holds both: a
    pack with fewer facts than the round has places gives a shorter round.
    """
    chosen: list[QuestionValues] = []
    for row in rows:
        if len(chosen) < count and (row.source is None or row.source not in taken):
            chosen.append(row)
            taken.add(row.source)
    return chosen


def _spread_draw(
    s: Session,
    pool: DrawPool,
    count: int,
    start: float,
    players: Sequence[PlayerId],
    taken: set[str | None],
    leave_out: Sequence[QuestionId] = (),
) -> list[QuestionValues]:
    """Draw up to count questions from start, one per fact, reading no more than it needs.

    The walk is in a fixed order from start, so the first count candidates are the first
    count of a longer walk: only when two of them share a fact is the longer one read, and
    a longer one still only when that holds fewer facts than the round has places.
    """
    first = _from_random_key(s, pool, count, start, players, leave_out)
    sources = [row.source for row in first if row.source is not None]
    if len(set(sources)) == len(sources) and taken.isdisjoint(sources):
        taken.update(row.source for row in first)
        return first
    more = _from_random_key(s, pool, count * SPREAD, start, players, leave_out)
    if len(more) == count * SPREAD and _facts_among(more, taken) < count:
        more = _from_random_key(s, pool, count * SPREAD * WIDER, start, players, leave_out)
    return _one_per_fact(more, count, taken)


def _facts_among(rows: Sequence[QuestionValues], taken: set[str | None]) -> int:
    """Return how many questions of rows could share a round: one per fact not yet taken."""
    sources = {row.source for row in rows if row.source is not None} - taken
    return len(sources) + sum(row.source is None for row in rows)


def draw_unseen(
    s: Session,
    pool: DrawPool,
    count: int,
    rng: random.Random,
    players: Sequence[PlayerId],
) -> list[QuestionValues]:
    """Draw questions none of the players has answered; once the pool runs out, start afresh.

    One player for a round alone; everyone seated for a round played in turns, so friends
    are asked first what is new to all of them. With no player, any questions of the pool.

    Returns the rows of the drawn questions (QUESTION_COLUMNS), in a random order.
    """
    taken: set[str | None] = set()
    chosen = _spread_draw(s, pool, count, rng.random(), players, taken)
    drawn = [QuestionId(row.id) for row in chosen]
    if players and len(chosen) < count and _facts_left(s, pool, taken, drawn):
        # Every question of this pool has been seen by one of them: they forget the pool
        # and go round it again, the ones just drawn kept out of the rest of this round.
        questions = select(QuestionRow.id).where(*pool.conditions())
        s.connection().execute(
            delete(SeenRow).where(
                SeenRow.player_id.in_(list(players)), SeenRow.question_id.in_(questions)
            ),
            pool.params(),
        )
        chosen += _spread_draw(
            s, pool, count - len(chosen), rng.random(), (), taken, leave_out=drawn
        )
    rng.shuffle(chosen)
    return chosen


def _facts_left(
    s: Session, pool: DrawPool, taken: set[str | None], drawn: Sequence[QuestionId]
) -> bool:
    """Say whether the pool holds a question of a fact the round has not taken yet."""
    sources = [source for source in taken if source is not None]
    query = (
        select(QuestionRow.id)
        .where(
            *pool.conditions(),
            QuestionRow.id.not_in(list(drawn)),
            or_(QuestionRow.source.is_(None), QuestionRow.source.not_in(sources)),
        )
        .limit(1)
    )
    return s.connection().execute(query, pool.params()).first() is not None


def mark_seen(s: Session, round_id: RoundId, question_id: QuestionId) -> None:
    """Remember that the round's player has now seen this question."""
    player = select(RoundRow.player_id, literal(question_id)).where(RoundRow.id == round_id)
    conn = s.connection()
    conn.execute(
        insert_skipping_duplicates(conn, SeenRow).from_select(["player_id", "question_id"], player)
    )


def mistake_cards(s: Session, player_id: PlayerId) -> dict[QuestionId, Card]:
    """Return the Leitner card of every question the player has missed and not yet learned."""
    missed = (
        select(AnswerRow.question_id)
        .join(RoundRow, RoundRow.id == AnswerRow.round_id)
        .where(RoundRow.player_id == player_id, AnswerRow.correct.is_(False))
    )
    history: dict[QuestionId, list[tuple[datetime, bool]]] = {}
    for question_id, answered_at, correct in s.execute(
        select(AnswerRow.question_id, AnswerRow.answered_at, AnswerRow.correct)
        .join(RoundRow, RoundRow.id == AnswerRow.round_id)
        .where(RoundRow.player_id == player_id, AnswerRow.question_id.in_(missed))
        .order_by(AnswerRow.answered_at, AnswerRow.id)
    ):
        if question_id is not None:
            history.setdefault(QuestionId(question_id), []).append((answered_at, correct))
    cards = {key: schedule(answers) for key, answers in history.items()}
    return {key: card for key, card in cards.items() if card is not None}


def missed_when_typed(
    s: Session, player_id: PlayerId, question_ids: Sequence[QuestionId]
) -> set[QuestionId]:
    """Return the questions among these that the player last got wrong typing the answer.

    A typed answer is stored with no options shown, whatever kind the question is.
    """
    last_miss: dict[QuestionId, bool] = {}
    for question_id, options in s.execute(
        select(AnswerRow.question_id, AnswerRow.options)
        .join(RoundRow, RoundRow.id == AnswerRow.round_id)
        .where(
            RoundRow.player_id == player_id,
            AnswerRow.correct.is_(False),
            AnswerRow.question_id.in_(list(question_ids)),
        )
        .order_by(AnswerRow.answered_at, AnswerRow.id)
    ):
        if question_id is not None:
            last_miss[QuestionId(question_id)] = not options
    return {key for key, typed in last_miss.items() if typed}


def _cards_in_pool(s: Session, pool: DrawPool, player_id: PlayerId) -> dict[QuestionId, Card]:
    cards = mistake_cards(s, player_id)
    in_pool = set(
        s.connection()
        .execute(
            select(QuestionRow.id).where(*pool.conditions(), QuestionRow.id.in_(list(cards))),
            pool.params(),
        )
        .scalars()
    )
    return {k: c for k, c in cards.items() if k in in_pool}


def count_due_mistakes(s: Session, pool: DrawPool, player_id: PlayerId, now: datetime) -> int:
    """Return how many of the player's missed questions in the pool are due now."""
    cards = _cards_in_pool(s, pool, player_id)
    return len(due_first(cards, now, len(cards)))


def draw_mistakes(
    s: Session,
    pool: DrawPool,
    count: int,
    player_id: PlayerId | None,
    now: datetime,
) -> list[QuestionId]:
    """Draw the player's missed questions in the pool that are due, most urgent first.

    One question per fact, as in every round: a missed "Who is Nick's father?" beside a missed
    "Who plays Nick's father Stéphane?" would answer it; the other waits for the next round.
    """
    if player_id is None:
        raise StoreError("Practising mistakes needs a player.")
    cards = _cards_in_pool(s, pool, player_id)
    due = due_first(cards, now, len(cards))
    rows = _one_per_fact(questions_by_id(s, due), count, set())
    chosen = [QuestionId(row.id) for row in rows]
    if not chosen:
        raise NothingToDrawError(
            "Nothing to practise here yet: no question you got wrong in this pack is due. "
            "Missed questions come back here; right answers send them further away."
        )
    return chosen
