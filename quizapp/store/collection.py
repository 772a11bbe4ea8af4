"""The Collection: the one entry object to the store; it hands out plain dataclasses only."""

from __future__ import annotations

import hashlib
import logging
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from quizapp.core.kinds import truth_text
from quizapp.core.model import (
    CREATED,
    EDITED,
    IMPORTED,
    SHIPPED,
    AnswerRecord,
    HighScore,
    ImportReport,
    PackId,
    PackInfo,
    Player,
    PlayerId,
    Question,
    QuestionId,
    RoundId,
    RoundRecord,
)
from quizapp.core.modes import CLASSIC, CLASSIC_MODE, Mode
from quizapp.core.players import clean_name, name_key
from quizapp.core.round import GivenAnswer
from quizapp.core.scoring import SCORING_VERSION
from quizapp.errors import NothingToDrawError
from quizapp.packs.build import clean_pack_title
from quizapp.packs.errors import PackError, ParsedPack
from quizapp.packs.model import Pack, PackHeader, PackQuestion, QuestionKind
from quizapp.packs.reader import read_native
from quizapp.paths import STORE_FILE
from quizapp.settings import setting_or_default
from quizapp.store.draws import draw_mistakes, draw_unseen, mark_seen, pool_filter
from quizapp.store.engine import StoreError, open_engine
from quizapp.store.errors import store_error
from quizapp.store.models import (
    AnswerRow,
    PackRow,
    PlayerRow,
    QuestionRow,
    RoundRow,
    SettingRow,
    aware,
    truth_of_stored,
    utcnow,
)
from quizapp.store.pack_writes import (
    Cancelled,
    PackWrite,
    SyncReport,
    WriteProgress,
    pack_question,
    question_values,
    write_pack,
)
from quizapp.store.profiles import LAST_PLAYER, Profiles, name_must_be_free
from quizapp.store.stats import Statistics

log = logging.getLogger(__name__)


def _to_question(row: QuestionRow) -> Question:
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
    )


def _round_record(
    row: RoundRow, player_name: str, answers: tuple[AnswerRecord, ...] = ()
) -> RoundRecord:
    return RoundRecord(
        id=RoundId(row.id),
        player_name=player_name,
        pack_title=row.pack_title,
        mode=row.mode,
        score=row.score,
        correct=row.correct,
        total=row.question_count,
        started_at=aware(row.started_at),
        finished_at=None if row.finished_at is None else aware(row.finished_at),
        answers=answers,
        duration_ms=row.duration_ms,
    )


def _pack_info(pack: PackRow, live: int) -> PackInfo:
    return PackInfo(
        PackId(pack.id),
        pack.slug,
        pack.title,
        pack.origin,
        live,
        pack.enabled,
        pack.description,
        pack.source_path,
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
        progress: WriteProgress | None = None,
        cancelled: Cancelled | None = None,
    ) -> PackWrite:
        """Create or update a pack by slug; the whole pack lands or, on error or Cancel, nothing.

        Questions are matched by id: new ones are added, changed ones updated in place, and
        ones no longer present retired, so answers given to them stay readable.
        """
        with self._begin() as s:
            return write_pack(
                s,
                header,
                questions,
                origin=origin,
                source_path=source_path,
                progress=progress,
                cancelled=cancelled,
            )

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
                    write_pack(
                        s,
                        parsed.header,
                        parsed.questions,
                        origin=SHIPPED,
                        source_path=f"shipped:{path.name}",
                        content_hash=digest,
                    )
                )
        return report

    def import_parsed(
        self,
        parsed: ParsedPack,
        *,
        progress: WriteProgress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportReport:
        """Write a pack a reader produced, replacing the question set of a pack with its id."""
        return self.import_packs([parsed], progress=progress, cancelled=cancelled)[0]

    def import_packs(
        self,
        parsed: Sequence[ParsedPack],
        *,
        progress: WriteProgress | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[ImportReport]:
        """Write several read packs in one transaction: all of them land, or none on Cancel."""
        total = sum(len(p.questions) for p in parsed)
        reports = []
        with self._begin() as s:
            offset = 0
            for one in parsed:
                header = one.header
                if one.id_from_file_name:
                    header = header.model_copy(
                        update={"id": self._free_slug(s, header.id, same_file=str(one.path))}
                    )

                def step(done: int, _total: int, base: int = offset) -> None:
                    if progress is not None:
                        progress(base + done, total)

                written = write_pack(
                    s,
                    header,
                    one.questions,
                    origin=IMPORTED,
                    source_path=str(one.path),
                    progress=step,
                    cancelled=cancelled,
                )
                offset += len(one.questions)
                reports.append(
                    ImportReport(
                        file=str(one.path),
                        format=one.format,
                        pack_slug=written.slug,
                        pack_title=written.title,
                        added=written.added,
                        updated=written.updated,
                        unchanged=written.unchanged,
                        retired=written.retired,
                        skipped=tuple(one.skipped),
                        unsupported=one.unsupported,
                    )
                )
        return reports

    @staticmethod
    def _free_slug(s: Session, slug: str, *, same_file: str | None = None) -> str:
        """Return slug, or slug-2, slug-3…: the first id no other pack holds.

        A pack named after its file is the same pack only when it came from that same file;
        another file that happens to share the name gets a pack of its own.
        """
        candidate, number = slug, 2
        while True:
            owner = s.execute(select(PackRow.source_path).where(PackRow.slug == candidate)).first()
            if owner is None or (same_file is not None and owner.source_path == same_file):
                return candidate
            candidate = f"{slug[:60]}-{number}"
            number += 1

    def add_pack(self, header: PackHeader, questions: Sequence[PackQuestion]) -> PackInfo:
        """Save a pack made in the game as a new pack; an id already taken gets a number."""
        with self._begin() as s:
            slug = self._free_slug(s, header.id)
            write_pack(s, header.model_copy(update={"id": slug}), questions, origin=CREATED)
            pack = s.scalar(select(PackRow).where(PackRow.slug == slug))
            assert pack is not None
            return _pack_info(pack, len(questions))

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
            return [_pack_info(p, n) for p, n in s.execute(query)]

    def pack_info(self, pack_id: PackId) -> PackInfo:
        """Return one pack's details."""
        with self._begin() as s:
            pack = self._pack_row(s, pack_id)
            return _pack_info(pack, self._live_count(s, pack_id))

    def pack_by_slug(self, slug: str) -> PackInfo | None:
        """Return the pack with this id, if there is one."""
        with self._begin() as s:
            pack = s.scalar(select(PackRow).where(PackRow.slug == slug))
            return None if pack is None else _pack_info(pack, self._live_count(s, pack.id))

    @staticmethod
    def _pack_row(s: Session, pack_id: int) -> PackRow:
        pack = s.get(PackRow, pack_id)
        if pack is None:
            raise StoreError("That pack no longer exists.")
        return pack

    @staticmethod
    def _live_count(s: Session, pack_id: int) -> int:
        return (
            s.scalar(
                select(func.count())
                .select_from(QuestionRow)
                .where(QuestionRow.pack_id == pack_id, QuestionRow.retired.is_(False))
            )
            or 0
        )

    def pack_contents(self, pack_id: PackId) -> Pack:
        """Return a pack with its live questions, in the native format, as for export."""
        with self._begin() as s:
            pack = self._pack_row(s, pack_id)
            rows = s.execute(
                select(QuestionRow)
                .where(QuestionRow.pack_id == pack_id, QuestionRow.retired.is_(False))
                .order_by(QuestionRow.id)
            ).scalars()
            questions = [pack_question(row.key, row) for row in rows]
            return Pack.model_construct(
                id=pack.slug,
                title=pack.title,
                description=pack.description,
                author=pack.author,
                language=pack.language,
                questions=questions,
            )

    def rename_pack(self, pack_id: PackId, title: str) -> None:
        """Give a pack a new title."""
        try:
            cleaned = clean_pack_title(title)
        except ValueError as exc:
            raise StoreError(str(exc)) from exc
        with self._begin() as s:
            pack = self._pack_row(s, pack_id)
            pack.title = cleaned
            self._make_own(pack)

    def set_pack_enabled(self, pack_id: PackId, enabled: bool) -> None:
        """Offer a pack for play, or hold it back."""
        with self._begin() as s:
            self._pack_row(s, pack_id).enabled = enabled

    def delete_pack(self, pack_id: PackId) -> None:
        """Delete a pack and its questions; answers keep what the player saw."""
        with self._begin() as s:
            # The database cascades to the questions and unlinks the answers given to them.
            s.execute(delete(PackRow).where(PackRow.id == self._pack_row(s, pack_id).id))

    @staticmethod
    def _make_own(pack: PackRow) -> None:
        # An edited shipped pack becomes the player's copy, which the shipped sync never touches.
        if pack.origin == SHIPPED:
            pack.origin = EDITED
        pack.updated_at = utcnow()

    def save_question(
        self, pack_id: PackId, question: PackQuestion, replacing: str | None = None
    ) -> None:
        """Add a question to a pack, or replace the one whose id is `replacing`."""
        with self._begin() as s:
            pack = self._pack_row(s, pack_id)
            rows = {
                row.key: row
                for row in s.scalars(select(QuestionRow).where(QuestionRow.pack_id == pack_id))
            }
            existing = rows.get(question.id)
            if existing is not None and not existing.retired and question.id != replacing:
                raise StoreError(f"The pack already has a question with the id {question.id!r}.")
            old = rows.get(replacing) if replacing is not None else None
            if old is not None and old is not existing:
                old.retired = True
            values = question_values(question)
            if existing is None:
                s.add(
                    QuestionRow(
                        pack_id=pack_id,
                        key=question.id,
                        retired=False,
                        rand_key=random.random(),
                        **values,
                    )
                )
            else:
                for name, value in values.items():
                    setattr(existing, name, value)
                existing.retired = False
            self._make_own(pack)

    def retire_question(self, pack_id: PackId, key: str) -> None:
        """Take a question out of a pack; answers already given to it stay readable."""
        with self._begin() as s:
            pack = self._pack_row(s, pack_id)
            s.execute(
                update(QuestionRow)
                .where(QuestionRow.pack_id == pack_id, QuestionRow.key == key)
                .values(retired=True)
            )
            self._make_own(pack)

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
        with name_must_be_free(cleaned), self._begin() as s:
            row = PlayerRow(name=cleaned, name_key=name_key(cleaned), created_at=utcnow())
            s.add(row)
            s.flush()
            return Player(PlayerId(row.id), row.name)

    def player_for_name(self, name: str) -> Player:
        """Return the player with this name, creating them if new."""
        return self.player_named(name) or self.add_player(name)

    def last_player(self) -> Player | None:
        """Return the player who played last, if they still exist."""
        with self._begin() as s:
            value = s.get(SettingRow, LAST_PLAYER)
            # A mangled value (by hand or by an old version) forgets the player, never blocks.
            player_id = None if value is None else setting_or_default(LAST_PLAYER, value.value)
            if player_id is None:
                return None
            row = s.get(PlayerRow, player_id)
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
            raise NothingToDrawError(f"This pack has no questions for a {mode.label} round.")
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
        except (StoreError, SQLAlchemyError) as exc:
            error = store_error(exc, self.path)
            raise StoreError(f"Could not save the answer. {error}", error.problem) from exc

    def finish_round(self, round_id: RoundId, duration_ms: int) -> None:
        """Mark a round as played to the end."""
        with self._begin() as s:
            s.execute(
                update(RoundRow)
                .where(RoundRow.id == round_id)
                .values(finished_at=utcnow(), duration_ms=duration_ms)
            )

    def high_scores(
        self, pack_id: PackId | None = None, *, mode: str = CLASSIC_MODE, limit: int = 10
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
            return _round_record(row, row.player.name, answers)

    def rounds_of(self, player_id: PlayerId) -> list[RoundRecord]:
        """Return a player's rounds, newest first, without their answers."""
        with self._begin() as s:
            rows = s.execute(
                select(RoundRow, PlayerRow.name)
                .join(PlayerRow)
                .where(RoundRow.player_id == player_id)
                .order_by(RoundRow.started_at.desc(), RoundRow.id.desc())
            )
            return [_round_record(r, name) for r, name in rows]
