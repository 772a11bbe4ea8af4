"""Rounds: drawing their questions, the answer log, and reading rounds back."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, insert, select, update

from quizapp.core.kinds import QuestionKind, truth_text
from quizapp.core.model import (
    AnswerRecord,
    PackId,
    PlayerId,
    PoolSummary,
    Question,
    QuestionId,
    QuestionPool,
    RoundId,
    RoundRecord,
)
from quizapp.core.modes import CLASSIC, Mode, as_typed, nothing_to_draw
from quizapp.core.round import GivenAnswer
from quizapp.errors import NothingToDrawError
from quizapp.store.draws import (
    count_due_mistakes,
    draw_mistakes,
    draw_unseen,
    mark_seen,
    missed_when_typed,
    pool_filter,
    questions_by_id,
    summarise,
)
from quizapp.store.errors import StoreError
from quizapp.store.models import (
    AnswerRow,
    PackRow,
    PlayerRow,
    RoundRow,
    aware,
    truth_of_stored,
    utcnow,
)
from quizapp.store.transactions import Access, Manager


def _to_question(row: Any) -> Question:
    """Return a question row (QUESTION_COLUMNS, or the whole row) as the core's question."""
    kind = QuestionKind(row.kind)
    answer = row.answer
    if kind is QuestionKind.TRUEFALSE:
        answer = truth_text(truth_of_stored(answer))
    return Question(
        id=QuestionId(row.id),
        pack_id=PackId(row.pack_id),
        kind=kind,
        prompt=row.prompt,
        answer=answer,
        wrong=tuple(row.wrong),
        accept=tuple(row.accept),
        tolerance=row.tolerance,
        category=row.category,
        difficulty=row.difficulty,
        explanation=row.explanation,
        source=row.source,
        time_limit_s=row.time_limit_s,
    )


def _round_record(
    row: RoundRow,
    player_name: str,
    pack_title: str | None,
    answers: tuple[AnswerRecord, ...] = (),
) -> RoundRecord:
    """Return a round under its pack's title now (pack_title), or the stored one without it."""
    title = pack_title or row.pack_title
    return RoundRecord(
        id=RoundId(row.id),
        player_name=player_name,
        pack_title=title,
        played_as=None if title == row.pack_title else row.pack_title,
        mode=row.mode,
        score=row.score,
        correct=row.correct,
        total=row.question_count,
        started_at=aware(row.started_at),
        finished_at=None if row.finished_at is None else aware(row.finished_at),
        answers=answers,
        duration_ms=row.duration_ms,
        paused=row.paused,
        answered=row.answered,
    )


# Longer titles of packs played together are cut to what the round's column keeps.
_TITLE_CHARS = 200


def packs_title(titles: Sequence[str]) -> str:
    """Return the title a round of these packs is listed under: "Space + Oceans"."""
    title = " + ".join(titles)
    return title if len(title) <= _TITLE_CHARS else title[: _TITLE_CHARS - 1] + "…"


def _pool(pool: QuestionPool | PackId) -> QuestionPool:
    return QuestionPool.of(pool) if isinstance(pool, int) else pool


class RoundManager(Manager):
    """Rounds and their answers; it records answers for quizapp.core.round.RoundPlay."""

    def draw(
        self,
        pool: QuestionPool | PackId,
        count: int,
        mode: Mode = CLASSIC,
        rng: random.Random | None = None,
        *,
        player_id: PlayerId | None = None,
        friends: Sequence[PlayerId] = (),
    ) -> list[Question]:
        """Draw up to count different live questions of a pool (or pack) that the mode can ask.

        With a player, questions they have not answered come first, until the pool (packs,
        mode, categories and difficulties) runs out; a mistakes mode draws their missed
        questions now due. With friends, the players of a round played in turns, what none
        of them has answered comes first in the same way. No question comes twice.
        """
        rng = rng or random.Random()
        drawn = pool_filter(_pool(pool), mode)
        with self._begin() as s:
            typed: set[QuestionId] = set()
            if mode.practises_mistakes:
                chosen = draw_mistakes(s, drawn, count, player_id, utcnow())
                if player_id is not None:
                    # A mistake comes back as it was missed: typed if it was typed.
                    typed = missed_when_typed(s, player_id, chosen)
                rows = questions_by_id(s, chosen)
            else:
                players = [p for p in (player_id, *friends) if p is not None]
                rows = draw_unseen(s, drawn, count, rng, players)
            return [
                as_typed(question) if question.id in typed else mode.prepare(question)
                for question in map(_to_question, rows)
            ]

    def summary(self, pool: QuestionPool, mode: Mode = CLASSIC) -> PoolSummary:
        """Return how many questions of a pool a mode can ask, by category and difficulty."""
        with self._begin(Access.READ) as s:
            return summarise(s, pool_filter(pool, mode))

    def mistakes_due(self, player_id: PlayerId, pool: QuestionPool | PackId, mode: Mode) -> int:
        """Return how many questions of a pool the player missed and should practise now."""
        with self._begin() as s:
            return count_due_mistakes(s, pool_filter(_pool(pool), mode), player_id, utcnow())

    def start(
        self,
        player_id: PlayerId,
        pool: QuestionPool | PackId,
        count: int,
        *,
        mode: Mode = CLASSIC,
        rng: random.Random | None = None,
    ) -> tuple[RoundId, list[Question]]:
        """Draw a round's questions and open its row.

        Raises:
            StoreError: A pack of the pool no longer exists.
            NothingToDrawError: No question of the pool fits the mode.
        """
        pool = _pool(pool)
        questions = self.draw(pool, count, mode, rng, player_id=player_id)
        if not questions:
            self.check_packs(pool)
            raise NothingToDrawError(nothing_to_draw(pool, mode))
        return self.open(player_id, pool, mode, len(questions)), questions

    def check_packs(self, pool: QuestionPool | PackId) -> None:
        """Raise StoreError when a pack of the pool is gone (deleted since it was chosen)."""
        self._titles(_pool(pool))

    def _titles(self, pool: QuestionPool) -> list[str]:
        with self._begin(Access.READ) as s:
            titles = {
                pack: title
                for pack, title in s.execute(
                    select(PackRow.id, PackRow.title).where(PackRow.id.in_(pool.packs))
                )
            }
        if len(titles) < len(pool.packs) or not pool.packs:
            raise StoreError(
                "A pack chosen for this round no longer exists: pick the packs again."
                if len(pool.packs) > 1
                else "That pack no longer exists."
            )
        return [titles[p] for p in pool.packs]

    def open(
        self,
        player_id: PlayerId,
        pool: QuestionPool | PackId,
        mode: Mode,
        question_count: int,
        seats: int = 1,
    ) -> RoundId:
        """Open a round's row under its mode's scoring rule.

        A round of several packs belongs to none of them: it is ranked with every pack's.
        """
        pool = _pool(pool)
        titles = self._titles(pool)
        with self._begin() as s:
            row = RoundRow(
                player_id=player_id,
                pack_id=pool.packs[0] if len(pool.packs) == 1 else None,
                pack_title=packs_title(titles),
                mode=mode.key,
                scoring_rule=mode.scoring.key,
                scoring_version=mode.scoring.version,
                seats=seats,
                question_count=question_count,
                score=0,
                correct=0,
                answered=0,
                started_at=utcnow(),
            )
            s.add(row)
            s.flush()
            return RoundId(row.id)

    def record_answer(self, round_id: RoundId, answer: GivenAnswer) -> None:
        """Append one answer to the log and bring the round's running score up to date."""
        question = answer.presented.question
        try:
            with self._begin() as s:
                s.execute(
                    insert(AnswerRow).values(
                        round_id=round_id,
                        question_id=question.id,
                        position=answer.presented.number,
                        prompt=question.prompt,
                        options=list(answer.presented.options),
                        right_answer=question.answer,
                        explanation=question.explanation,
                        category=question.category,
                        given=answer.given,
                        correct=answer.correct,
                        ms=answer.ms,
                        removed=list(answer.removed) or None,
                        answered_at=utcnow(),
                    )
                )
                mark_seen(s, round_id, question.id)
                s.execute(
                    update(RoundRow)
                    .where(RoundRow.id == round_id)
                    .values(
                        score=answer.score,
                        correct=RoundRow.correct + int(answer.correct),
                        answered=RoundRow.answered + 1,
                        best_streak=case(
                            (RoundRow.best_streak < answer.streak, answer.streak),
                            else_=RoundRow.best_streak,
                        ),
                    )
                )
        except StoreError as exc:
            raise StoreError(f"Could not save the answer. {exc}", exc.problem) from exc

    def finish_round(self, round_id: RoundId, duration_ms: int) -> None:
        """Mark a round as played to the end."""
        with self._begin() as s:
            s.execute(
                update(RoundRow)
                .where(RoundRow.id == round_id)
                .values(finished_at=utcnow(), duration_ms=duration_ms)
            )

    def mark_paused(self, round_id: RoundId) -> None:
        """Mark a round as one that was paused."""
        with self._begin() as s:
            s.execute(update(RoundRow).where(RoundRow.id == round_id).values(paused=True))

    def record(self, round_id: RoundId) -> RoundRecord:
        """Return a round with every answer given in it, as the player saw it."""
        with self._begin(Access.READ) as s:
            row = s.get(RoundRow, round_id)
            if row is None:
                raise StoreError(f"There is no round {round_id}.")
            answers = tuple(
                AnswerRecord(
                    position=a.position,
                    prompt=a.prompt,
                    options=tuple(a.options),
                    given=a.given,
                    right_answer=a.right_answer,
                    correct=a.correct,
                    ms=a.ms,
                    explanation=a.explanation,
                    removed=tuple(a.removed or ()),
                )
                for a in row.answers
            )
            pack = None if row.pack_id is None else s.get(PackRow, row.pack_id)
            return _round_record(row, row.player.name, pack.title if pack else None, answers)

    def of_player(self, player_id: PlayerId) -> list[RoundRecord]:
        """Return a player's rounds, newest first, without their answers."""
        with self._begin(Access.READ) as s:
            rows = s.execute(
                select(RoundRow, PlayerRow.name, PackRow.title)
                .join(PlayerRow)
                .outerjoin(PackRow, PackRow.id == RoundRow.pack_id)
                .where(RoundRow.player_id == player_id)
                .order_by(RoundRow.started_at.desc(), RoundRow.id.desc())
            )
            return [_round_record(r, name, title) for r, name, title in rows]
