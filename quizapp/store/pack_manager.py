"""The question bank: packs and their questions, imported, shipped or made in the game."""

from __future__ import annotations

import hashlib
import logging
import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from quizapp.core.kinds import QuestionKind
from quizapp.core.model import (
    ImportReport,
    Origin,
    PackId,
    PackInfo,
)
from quizapp.packs.formats import QuestionSink
from quizapp.store.errors import StoreError
from quizapp.store.models import PackRow, QuestionRow, aware, utcnow
from quizapp.store.pack_writes import (
    Cancelled,
    PackWriter,
    SyncReport,
    WriteProgress,
    pack_question,
    question_values,
    write_pack,
)
from quizapp.store.transactions import Access, Manager

# The readers and the pack model, with pydantic's validators, are loaded when a pack is read,
# renamed or shown: an everyday start, whose shipped packs are stored already, needs none.
if TYPE_CHECKING:
    from quizapp.packs.errors import ParsedPack
    from quizapp.packs.model import Pack, PackHeader, PackQuestion

log = logging.getLogger(__name__)


def _pack_info(
    pack: PackRow, live: int, kind_counts: tuple[tuple[QuestionKind, int], ...] = ()
) -> PackInfo:
    return PackInfo(
        PackId(pack.id),
        pack.slug,
        pack.title,
        pack.origin,
        live,
        pack.enabled,
        pack.description,
        pack.source_path,
        kind_counts,
        aware(pack.created_at),
    )


class PackManager(Manager):
    """The packs in the store and the questions in them."""

    def sync_shipped(self, folder: Path) -> SyncReport:
        """Load the packs shipped in folder; a changed file updates its pack in place."""
        report = SyncReport()
        for path in sorted(folder.glob("*.json")):
            try:
                content = path.read_bytes()
            except OSError as exc:
                report.skipped_files.append(f"{path.name}: {exc.strerror}")
                continue
            digest = hashlib.sha256(content).hexdigest()
            with self._begin(Access.READ) as s:
                known = s.execute(
                    select(PackRow.origin, PackRow.content_hash).where(
                        PackRow.source_path == f"shipped:{path.name}"
                    )
                ).first()
            if known is not None and known.content_hash == digest:
                continue
            from quizapp.packs.errors import PackError
            from quizapp.packs.reader import read_native

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
            with self._begin(Access.EXCLUSIVE) as s:
                owner = s.scalar(select(PackRow.origin).where(PackRow.slug == parsed.header.id))
                if owner is not None and owner is not Origin.SHIPPED:
                    # The player owns this pack now (imported or edited); never overwrite it.
                    continue
                report.written.append(
                    write_pack(
                        s,
                        parsed.header,
                        parsed.questions,
                        origin=Origin.SHIPPED,
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
        return self.import_many([parsed], progress=progress, cancelled=cancelled)[0]

    def import_many(
        self,
        parsed: Sequence[ParsedPack],
        *,
        progress: WriteProgress | None = None,
        cancelled: Cancelled | None = None,
    ) -> list[ImportReport]:
        """Write several read packs in one transaction: all of them land, or none on Cancel."""
        total = sum(p.question_count for p in parsed)
        with self.importing(progress=progress, total=total, cancelled=cancelled) as importer:
            return [importer.add(partial(_send, one)) for one in parsed]

    @contextmanager
    def importing(
        self,
        *,
        progress: WriteProgress | None = None,
        total: int = 0,
        cancelled: Cancelled | None = None,
    ) -> Iterator[PackImporter]:
        """Open one transaction for importing files, each written as it is read.

        Every file imported through the importer lands when the block ends without an
        exception; a file that fails part-way leaves nothing of itself, and Cancel (or any
        other exception out of the block) leaves nothing of any.

        Args:
            progress: Told after each batch how many questions have been written, of total.
            total: How many questions there are, or 0 when they are not counted yet.
            cancelled: Asked before each batch; True stops with ImportCancelledError.
        """
        with self._begin(Access.EXCLUSIVE) as s:
            yield PackImporter(s, progress, total, cancelled)

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

    def add(self, header: PackHeader, questions: Sequence[PackQuestion]) -> PackInfo:
        """Save a pack made in the game as a new pack; an id already taken gets a number."""
        with self._begin(Access.EXCLUSIVE) as s:
            slug = self._free_slug(s, header.id)
            write_pack(s, header.model_copy(update={"id": slug}), questions, origin=Origin.CREATED)
            pack = s.scalar(select(PackRow).where(PackRow.slug == slug))
            assert pack is not None
            return _pack_info(pack, len(questions))

    def all(self) -> list[PackInfo]:
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
        by_kind = (
            select(QuestionRow.pack_id, QuestionRow.kind, func.count())
            .where(QuestionRow.retired.is_(False))
            .group_by(QuestionRow.pack_id, QuestionRow.kind)
        )
        with self._begin(Access.READ) as s:
            kinds: dict[int, list[tuple[QuestionKind, int]]] = {}
            for pack_id, kind, count in s.execute(by_kind):
                kinds.setdefault(pack_id, []).append((QuestionKind(kind), count))
            return [
                _pack_info(p, n, tuple(sorted(kinds.get(p.id, ())))) for p, n in s.execute(query)
            ]

    def info(self, pack_id: PackId) -> PackInfo:
        """Return one pack's details."""
        with self._begin(Access.READ) as s:
            pack = self._pack_row(s, pack_id)
            return _pack_info(pack, self._live_count(s, pack_id))

    def by_slug(self, slug: str) -> PackInfo | None:
        """Return the pack with this id, if there is one."""
        with self._begin(Access.READ) as s:
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

    def contents(self, pack_id: PackId) -> Pack:
        """Return a pack with its live questions, in the native format, as for export."""
        from quizapp.packs.model import Pack

        with self._begin(Access.READ) as s:
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

    def rename(self, pack_id: PackId, title: str) -> None:
        """Give a pack a new title."""
        from quizapp.packs.build import clean_pack_title

        try:
            cleaned = clean_pack_title(title)
        except ValueError as exc:
            raise StoreError(str(exc)) from exc
        with self._begin() as s:
            pack = self._pack_row(s, pack_id)
            pack.title = cleaned
            self._make_own(pack)

    def set_enabled(self, pack_id: PackId, enabled: bool) -> None:
        """Offer a pack for play, or hold it back."""
        with self._begin() as s:
            self._pack_row(s, pack_id).enabled = enabled

    def delete(self, pack_id: PackId) -> None:
        """Delete a pack and its questions; answers keep what the player saw."""
        with self._begin(Access.EXCLUSIVE) as s:
            # The database cascades to the questions and unlinks the answers given to them.
            s.execute(delete(PackRow).where(PackRow.id == self._pack_row(s, pack_id).id))

    @staticmethod
    def _make_own(pack: PackRow) -> None:
        # An edited shipped pack becomes the player's copy, which the shipped sync never touches.
        if pack.origin is Origin.SHIPPED:
            pack.origin = Origin.EDITED
        pack.updated_at = utcnow()

    def save_question(
        self, pack_id: PackId, question: PackQuestion, replacing: str | None = None
    ) -> None:
        """Add a question to a pack, or replace the one whose id is `replacing`."""
        with self._begin(Access.EXCLUSIVE) as s:
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
        with self._begin(Access.EXCLUSIVE) as s:
            pack = self._pack_row(s, pack_id)
            s.execute(
                update(QuestionRow)
                .where(QuestionRow.pack_id == pack_id, QuestionRow.key == key)
                .values(retired=True)
            )
            self._make_own(pack)


class ReadInto(Protocol):
    """Reads one file into a sink: `read_pack_file` with its path and options bound, say."""

    def __call__(self, *, sink: QuestionSink) -> ParsedPack:
        """Read the file; return its pack, whose questions went to the sink."""
        ...


def _send(parsed: ParsedPack, *, sink: QuestionSink) -> ParsedPack:
    """Send a pack read whole to a sink, as a reader sends one as it reads it."""
    sink.open(parsed)
    sink.write(parsed.questions)
    return parsed


class PackImporter(QuestionSink):
    """Writes packs into the store as they are read, inside one transaction.

    It is the sink a reader sends a pack's questions to: each file's pack is written batch
    by batch, and a file that fails part-way is undone alone.
    """

    def __init__(
        self,
        s: Session,
        progress: WriteProgress | None,
        total: int,
        cancelled: Cancelled | None,
    ) -> None:
        self._s = s
        self._progress = progress
        self._total = total
        self._cancelled = cancelled
        self._written_before = 0
        self._writer: PackWriter | None = None

    def add(self, read: ReadInto) -> ImportReport:
        """Read one file into the store: `read` reads it, sending its questions to `sink`.

        Raises:
            PackError: The file cannot be read; nothing of it is written.
            ImportCancelledError: The import was cancelled.
        """
        self._writer = None
        # A savepoint: a file that fails part-way takes back only what it wrote.
        with self._s.begin_nested():
            parsed = read(sink=self)
            if self._writer is None:
                raise RuntimeError("a pack was read without being opened")
            written = self._writer.finish()
        self._written_before += parsed.question_count
        return ImportReport(
            file=str(parsed.path),
            format=parsed.format,
            pack_slug=written.slug,
            pack_title=written.title,
            added=written.added,
            updated=written.updated,
            unchanged=written.unchanged,
            retired=written.retired,
            skipped=tuple(parsed.skipped),
            unsupported=parsed.unsupported,
            warnings=tuple(parsed.warnings),
            notes=tuple(parsed.notes),
        )

    def open(self, pack: ParsedPack) -> None:
        """Create or update the pack a file is read into, before its questions come."""
        header = pack.header
        if pack.id_from_file_name:
            slug = PackManager._free_slug(self._s, header.id, same_file=str(pack.path))
            header = header.model_copy(update={"id": slug})
        self._writer = PackWriter(
            self._s,
            header,
            origin=Origin.IMPORTED,
            source_path=str(pack.path),
            progress=self._on_written,
            cancelled=self._cancelled,
        )

    def write(self, questions: Sequence[PackQuestion]) -> None:
        """Write the next questions of the pack opened."""
        if self._writer is None:
            raise RuntimeError("questions were sent before their pack was opened")
        self._writer.write(questions)

    def _on_written(self, done: int) -> None:
        if self._progress is not None:
            self._progress(self._written_before + done, self._total)
