"""The Collection: the one entry object to the store; it hands out plain dataclasses only."""

from __future__ import annotations

import hashlib
import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from quizapp.core.model import (
    NORMAL_MODE,
    AnswerRecord,
    HighScore,
    PackId,
    PackInfo,
    Player,
    PlayerId,
    Question,
    QuestionId,
    RoundId,
    RoundRecord,
)
from quizapp.core.modes import CLASSIC, Mode
from quizapp.core.players import PlayerNameError, clean_name, name_key
from quizapp.core.round import GivenAnswer
from quizapp.core.scoring import SCORING_VERSION
from quizapp.packs.errors import PackError, ParsedPack
from quizapp.packs.model import PackHeader, PackQuestion, QuestionKind
from quizapp.packs.native import read_native
from quizapp.paths import STORE_FILE
from quizapp.store.draws import draw_mistakes, draw_unseen, mark_seen, pool_filter
from quizapp.store.engine import StoreError, open_engine
from quizapp.store.models import (
    AnswerRow,
    PackRow,
    PlayerRow,
    QuestionRow,
    RoundRow,
    SettingRow,
)
from quizapp.store.profiles import LAST_PLAYER, Profiles
from quizapp.store.stats import Statistics

log = logging.getLogger(__name__)

SHIPPED = "shipped"
IMPORTED = "imported"


def utcnow() -> datetime:
    """Return the current UTC time as stored (naive, UTC by convention)."""
    return datetime.now(UTC).replace(tzinfo=None)


def _aware(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.replace(tzinfo=UTC)


@dataclass
class PackWrite:
    """What writing a pack into the store changed."""

    slug: str
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0


@dataclass
class SyncReport:
    """What loading the shipped packs did, and which files it had to skip."""

    written: list[PackWrite] = field(default_factory=list)
    skipped_files: list[str] = field(default_factory=list)


def _question_values(question: PackQuestion) -> dict[str, Any]:
    answer = question.answer
    return {
        "kind": question.kind.value,
        "prompt": question.prompt,
        "answer": ("true" if answer else "false") if isinstance(answer, bool) else answer,
        "wrong": list(question.wrong),
        "accept": list(question.accept),
        "tolerance": float(question.tolerance),
        "category": question.category,
        "difficulty": question.difficulty.value if question.difficulty else None,
        "explanation": question.explanation,
        "source": question.source,
    }


def _to_question(row: QuestionRow) -> Question:
    kind = QuestionKind(row.kind)
    answer = row.answer
    if kind is QuestionKind.TRUEFALSE:
        answer = "True" if answer == "true" else "False"
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
    )


class Collection:
    """The player's local store: packs, players, rounds and the answer log."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.path = path
        self.stats = Statistics(self._sessions)
        self.profiles = Profiles(self._sessions)

    @classmethod
    def open(cls, data_dir: Path) -> Collection:
        """Open the store in data_dir, creating and migrating it as needed."""
        path = data_dir / STORE_FILE
        return cls(open_engine(path), path)

    def close(self) -> None:
        """Release the database file."""
        self._engine.dispose()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _begin(self) -> Any:
        return self._sessions.begin()

    # Packs ---------------------------------------------------------------------------------

    def write_pack(
        self,
        header: PackHeader,
        questions: Sequence[PackQuestion],
        *,
        origin: str,
        source_path: str | None = None,
        content_hash: str | None = None,
    ) -> PackWrite:
        """Create or update a pack by slug; questions match by id, missing ones are retired."""
        with self._begin() as s:
            return self._write_pack(
                s,
                header,
                questions,
                origin=origin,
                source_path=source_path,
                content_hash=content_hash,
            )

    def _write_pack(
        self,
        s: Session,
        header: PackHeader,
        questions: Sequence[PackQuestion],
        *,
        origin: str,
        source_path: str | None,
        content_hash: str | None,
    ) -> PackWrite:
        now = utcnow()
        pack = s.scalar(select(PackRow).where(PackRow.slug == header.id))
        if pack is None:
            pack = PackRow(
                slug=header.id, origin=origin, enabled=True, created_at=now, title=header.title
            )
            s.add(pack)
        pack.title = header.title
        pack.description = header.description
        pack.author = header.author
        pack.language = header.language
        pack.origin = origin
        pack.source_path = source_path
        pack.content_hash = content_hash
        pack.updated_at = now
        s.flush()
        report = PackWrite(header.id)
        existing = {
            row.key: row
            for row in s.execute(
                select(QuestionRow).where(QuestionRow.pack_id == pack.id)
            ).scalars()
        }
        new_rows: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        rng = random.Random()
        for question in questions:
            values = _question_values(question)
            row = existing.pop(question.id, None)
            if row is None:
                new_rows.append(
                    {
                        "pack_id": pack.id,
                        "key": question.id,
                        "retired": False,
                        "rand_key": rng.random(),
                        **values,
                    }
                )
            elif row.retired or any(getattr(row, k) != v for k, v in values.items()):
                changed.append({"row_id": row.id, "retired": False, **values})
            else:
                report.unchanged += 1
        if new_rows:
            s.execute(insert(QuestionRow), new_rows)
        if changed:
            s.connection().execute(
                update(QuestionRow).where(QuestionRow.id == bindparam("row_id")),
                changed,
            )
        to_retire = [row.id for row in existing.values() if not row.retired]
        if to_retire:
            s.execute(update(QuestionRow).where(QuestionRow.id.in_(to_retire)).values(retired=True))
        report.added, report.updated, report.retired = len(new_rows), len(changed), len(to_retire)
        return report

    def sync_shipped_packs(self, folder: Path) -> SyncReport:
        """Load the packs shipped in folder; a changed file updates its pack in place."""
        report = SyncReport()
        for path in sorted(folder.glob("*.json")):
            try:
                content = path.read_bytes()
            except OSError as exc:
                report.skipped_files.append(f"{path.name}: {exc.strerror}")
                continue
            digest = hashlib.sha256(content).hexdigest()
            with self._begin() as s:
                known = s.execute(
                    select(PackRow.origin, PackRow.content_hash).where(
                        PackRow.source_path == f"shipped:{path.name}"
                    )
                ).first()
            if known is not None and known.content_hash == digest:
                continue
            try:
                parsed = read_native(path)
            except PackError as exc:
                log.warning("skipped shipped pack %s", exc)
                report.skipped_files.append(
                    f"{path.name}: {exc.message}" + (f" ({exc.where})" if exc.where else "")
                )
                continue
            for problem in parsed.skipped:
                log.warning("shipped pack %s: %s", path.name, problem)
            with self._begin() as s:
                owner = s.scalar(select(PackRow.origin).where(PackRow.slug == parsed.header.id))
                if owner is not None and owner != SHIPPED:
                    # The player owns this pack now (imported or edited); never overwrite it.
                    continue
                report.written.append(
                    self._write_pack(
                        s,
                        parsed.header,
                        parsed.questions,
                        origin=SHIPPED,
                        source_path=f"shipped:{path.name}",
                        content_hash=digest,
                    )
                )
        return report

    def import_parsed(self, parsed: ParsedPack, origin: str = IMPORTED) -> PackWrite:
        """Write a pack a reader produced; the whole pack lands or nothing does."""
        return self.write_pack(
            parsed.header, parsed.questions, origin=origin, source_path=str(parsed.path)
        )

    def packs(self) -> list[PackInfo]:
        """Return every pack with its number of live questions, by title."""
        live = (
            select(QuestionRow.pack_id, func.count().label("n"))
            .where(QuestionRow.retired.is_(False))
            .group_by(QuestionRow.pack_id)
            .subquery()
        )
        query = (
            select(PackRow, func.coalesce(live.c.n, 0))
            .outerjoin(live, live.c.pack_id == PackRow.id)
            .order_by(func.lower(PackRow.title), PackRow.id)
        )
        with self._begin() as s:
            return [
                PackInfo(PackId(p.id), p.slug, p.title, p.origin, n, p.enabled, p.description)
                for p, n in s.execute(query)
            ]

    def pack_questions(self, pack_id: PackId) -> list[Question]:
        """Return a pack's live questions in the order they were added."""
        with self._begin() as s:
            rows = s.scalars(
                select(QuestionRow)
                .where(QuestionRow.pack_id == pack_id, QuestionRow.retired.is_(False))
                .order_by(QuestionRow.id)
            )
            return [_to_question(r) for r in rows]

    # Players -------------------------------------------------------------------------------

    def players(self) -> list[Player]:
        """Return every player, by name."""
        with self._begin() as s:
            rows = s.execute(select(PlayerRow.id, PlayerRow.name).order_by(PlayerRow.name_key))
            return [Player(PlayerId(i), n) for i, n in rows]

    def player_named(self, name: str) -> Player | None:
        """Return the player with this name, ignoring case, if there is one."""
        key = name_key(clean_name(name))
        with self._begin() as s:
            row = s.execute(
                select(PlayerRow.id, PlayerRow.name).where(PlayerRow.name_key == key)
            ).first()
            return None if row is None else Player(PlayerId(row.id), row.name)

    def add_player(self, name: str) -> Player:
        """Create a player; raise PlayerNameError when the name is unusable or taken."""
        cleaned = clean_name(name)
        try:
            with self._begin() as s:
                row = PlayerRow(name=cleaned, name_key=name_key(cleaned), created_at=utcnow())
                s.add(row)
                s.flush()
                return Player(PlayerId(row.id), row.name)
        except IntegrityError as exc:
            raise PlayerNameError(f"There is already a player called {cleaned!r}.") from exc

    def player_for_name(self, name: str) -> Player:
        """Return the player with this name, creating them if new."""
        return self.player_named(name) or self.add_player(name)

    def last_player(self) -> Player | None:
        """Return the player who played last, if they still exist."""
        with self._begin() as s:
            value = s.get(SettingRow, LAST_PLAYER)
            if value is None:
                return None
            row = s.get(PlayerRow, int(value.value))
            return None if row is None else Player(PlayerId(row.id), row.name)

    def _set_setting(self, s: Session, key: str, value: str) -> None:
        s.merge(SettingRow(key=key, value=value))

    # Rounds --------------------------------------------------------------------------------

    def draw_questions(
        self,
        pack_id: PackId,
        count: int,
        mode: Mode = CLASSIC,
        rng: random.Random | None = None,
        *,
        player_id: PlayerId | None = None,
        categories: Sequence[str] | None = None,
    ) -> list[Question]:
        """Draw up to count different live questions of a pack that the mode can ask.

        With a player, questions they have not answered come first, until the pool (pack,
        mode and categories) runs out; a mistakes mode draws their missed questions now due.
        """
        rng = rng or random.Random()
        pool = pool_filter(pack_id, mode, categories)
        with self._begin() as s:
            if mode.practises_mistakes:
                chosen = draw_mistakes(s, pool, count, player_id, utcnow())
            else:
                chosen = draw_unseen(s, pool, count, rng, player_id)
            rows = {
                r.id: r for r in s.scalars(select(QuestionRow).where(QuestionRow.id.in_(chosen)))
            }
            return [mode.prepare(_to_question(rows[i])) for i in chosen]

    def start_round(
        self,
        player_id: PlayerId,
        pack_id: PackId,
        count: int,
        *,
        mode: Mode = CLASSIC,
        rng: random.Random | None = None,
    ) -> tuple[RoundId, list[Question]]:
        """Draw a round's questions and open its row; remembers the player as the last one."""
        questions = self.draw_questions(pack_id, count, mode, rng, player_id=player_id)
        if not questions:
            raise StoreError(f"This pack has no questions for a {mode.label} round.")
        with self._begin() as s:
            pack = s.get(PackRow, pack_id)
            if pack is None:
                raise StoreError("That pack no longer exists.")
            row = RoundRow(
                player_id=player_id,
                pack_id=pack_id,
                pack_title=pack.title,
                mode=mode.key,
                scoring_version=SCORING_VERSION,
                question_count=len(questions),
                score=0,
                correct=0,
                answered=0,
                started_at=utcnow(),
            )
            s.add(row)
            self._set_setting(s, LAST_PLAYER, str(player_id))
            s.flush()
            return RoundId(row.id), questions

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
                        best_streak=func.max(RoundRow.best_streak, answer.streak),
                    )
                )
        except SQLAlchemyError as exc:
            raise StoreError(f"Could not save the answer: {exc}") from exc

    def finish_round(self, round_id: RoundId, duration_ms: int) -> None:
        """Mark a round as played to the end."""
        with self._begin() as s:
            s.execute(
                update(RoundRow)
                .where(RoundRow.id == round_id)
                .values(finished_at=utcnow(), duration_ms=duration_ms)
            )

    def high_scores(
        self, pack_id: PackId | None = None, *, mode: str = NORMAL_MODE, limit: int = 10
    ) -> list[HighScore]:
        """Return the best finished rounds, ties broken by the faster round."""
        return self.stats.high_scores(pack_id, mode=mode, limit=limit)

    def round_record(self, round_id: RoundId) -> RoundRecord:
        """Return a round with every answer given in it, as the player saw it."""
        with self._begin() as s:
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
                )
                for a in row.answers
            )
            return RoundRecord(
                id=RoundId(row.id),
                player_name=row.player.name,
                pack_title=row.pack_title,
                mode=row.mode,
                score=row.score,
                correct=row.correct,
                total=row.question_count,
                started_at=_aware(row.started_at) or utcnow(),
                finished_at=_aware(row.finished_at),
                answers=answers,
                duration_ms=row.duration_ms,
            )

    def rounds_of(self, player_id: PlayerId) -> list[RoundRecord]:
        """Return a player's rounds, newest first, without their answers."""
        with self._begin() as s:
            rows = s.execute(
                select(RoundRow, PlayerRow.name)
                .join(PlayerRow)
                .where(RoundRow.player_id == player_id)
                .order_by(RoundRow.started_at.desc(), RoundRow.id.desc())
            )
            return [
                RoundRecord(
                    id=RoundId(r.id),
                    player_name=name,
                    pack_title=r.pack_title,
                    mode=r.mode,
                    score=r.score,
                    correct=r.correct,
                    total=r.question_count,
                    started_at=_aware(r.started_at) or utcnow(),
                    finished_at=_aware(r.finished_at),
                    duration_ms=r.duration_ms,
                )
                for r, name in rows
            ]
