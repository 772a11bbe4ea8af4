"""Drawing a round's questions: unseen ones first, or the mistakes that are due."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, exists, insert, literal, select
from sqlalchemy.orm import Session

from quizapp.core.leitner import Card, due_first, schedule
from quizapp.core.model import PackId, PlayerId, QuestionId, RoundId
from quizapp.core.modes import Mode
from quizapp.store.engine import StoreError
from quizapp.store.models import AnswerRow, QuestionRow, RoundRow, SeenRow


def pool_filter(pack_id: PackId, mode: Mode, categories: Sequence[str] | None) -> list[Any]:
    """Return the conditions that make up a pool: live questions of a pack the mode can ask."""
    conditions: list[Any] = [QuestionRow.pack_id == pack_id, QuestionRow.retired.is_(False)]
    kinds = sorted(k.value for k in mode.kinds)
    conditions.append(QuestionRow.kind.in_(kinds))
    if categories:
        conditions.append(QuestionRow.category.in_(sorted(categories)))
    return conditions


def _from_random_key(
    s: Session, conditions: Sequence[Any], count: int, rng: random.Random
) -> list[QuestionId]:
    # Walk the pool in the order of its stored random keys from a random point, wrapping
    # round once: an index range scan instead of sorting the pool by RANDOM().
    start = rng.random()
    base = select(QuestionRow.id).where(*conditions).order_by(QuestionRow.rand_key)
    chosen = list(s.scalars(base.where(QuestionRow.rand_key >= start).limit(count)))
    if len(chosen) < count:
        chosen += s.scalars(base.where(QuestionRow.rand_key < start).limit(count - len(chosen)))
    return [QuestionId(i) for i in chosen]


def draw_unseen(
    s: Session,
    conditions: Sequence[Any],
    count: int,
    rng: random.Random,
    player_id: PlayerId | None,
) -> list[QuestionId]:
    """Draw questions the player has not answered; once the pool runs out, start it afresh."""
    if player_id is None:
        chosen = _from_random_key(s, conditions, count, rng)
    else:
        unseen = ~exists().where(
            SeenRow.player_id == player_id, SeenRow.question_id == QuestionRow.id
        )
        chosen = _from_random_key(s, [*conditions, unseen], count, rng)
        if len(chosen) < count:
            # Every question of this pool has been seen: forget them and go round again,
            # keeping the ones just drawn out of the rest of this round.
            pool = select(QuestionRow.id).where(*conditions)
            s.execute(
                delete(SeenRow).where(SeenRow.player_id == player_id, SeenRow.question_id.in_(pool))
            )
            rest = [*conditions, QuestionRow.id.not_in(chosen)]
            chosen += _from_random_key(s, rest, count - len(chosen), rng)
    rng.shuffle(chosen)
    return chosen


def mark_seen(s: Session, round_id: RoundId, question_id: QuestionId) -> None:
    """Remember that the round's player has now seen this question."""
    player = select(RoundRow.player_id, literal(question_id)).where(RoundRow.id == round_id)
    s.execute(
        insert(SeenRow).from_select(["player_id", "question_id"], player).prefix_with("OR IGNORE")
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


def draw_mistakes(
    s: Session,
    conditions: Sequence[Any],
    count: int,
    player_id: PlayerId | None,
    now: datetime,
) -> list[QuestionId]:
    """Draw the player's missed questions in the pool that are due, most urgent first."""
    if player_id is None:
        raise StoreError("Practising mistakes needs a player.")
    cards = mistake_cards(s, player_id)
    in_pool = set(
        s.scalars(select(QuestionRow.id).where(*conditions, QuestionRow.id.in_(list(cards))))
    )
    chosen = due_first({k: c for k, c in cards.items() if k in in_pool}, now, count)
    if not chosen:
        raise StoreError(
            "Nothing to practise here yet: no question you got wrong in this pack is due. "
            "Missed questions come back here; right answers send them further away."
        )
    return chosen
