"""Long jobs run off the GUI thread, reporting progress and hearing Cancel."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from quizapp.core.model import ImportReport
from quizapp.errors import StoreError

if TYPE_CHECKING:
    from quizapp.packs.errors import ParsedPack
    from quizapp.store import Collection

log = logging.getLogger(__name__)


@dataclass
class ImportOutcome:
    """How an import ended: a report per pack written, an error per file refused."""

    reports: list[ImportReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    cancelled: bool = False

    def text(self) -> str:
        """Return the whole outcome as plain text for the report dialog."""
        if self.cancelled:
            return "The import was cancelled. Nothing was changed."
        lines: list[str] = []
        for report in self.reports:
            lines.extend(report.lines())
            lines.append("")
        for error in self.errors:
            lines.append(f"Not imported: {error}")
        return "\n".join(lines).strip()


class ImportSignals(QObject):
    """What an import job tells the GUI thread."""

    stage = Signal(str)
    progress = Signal(int, int)
    finished = Signal(object)


class ImportJob(QRunnable):
    """Reads pack files and writes them into the store in one transaction."""

    def __init__(
        self,
        collection: Collection,
        paths: Sequence[Path],
        *,
        format: str | None = None,
        pack_id: str | None = None,
        title: str | None = None,
    ) -> None:
        super().__init__()
        # Python owns the job; letting the pool delete it too would free it twice.
        self.setAutoDelete(False)
        self.signals = ImportSignals()
        self._collection = collection
        self._paths = list(paths)
        self._format = format
        self._pack_id = pack_id
        self._title = title
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop; the store is left exactly as it was."""
        self._cancel.set()

    def run(self) -> None:
        """Read every file, then write the good ones; emit finished(ImportOutcome)."""
        from quizapp.packs import PackError, read_pack_file
        from quizapp.store import ImportCancelledError

        outcome = ImportOutcome()
        parsed: list[ParsedPack] = []
        try:
            for path in self._paths:
                if self._cancel.is_set():
                    raise ImportCancelledError
                self.signals.stage.emit(f"Reading {path.name}…")

                def reading(count: int, name: str = path.name) -> None:
                    if self._cancel.is_set():
                        raise ImportCancelledError
                    self.signals.stage.emit(f"Reading {name}: {count:,} questions so far…")

                try:
                    parsed.append(
                        read_pack_file(
                            path,
                            format=self._format,
                            pack_id=self._pack_id,
                            title=self._title,
                            progress=reading,
                        )
                    )
                except PackError as exc:
                    problems = "".join(f"\n  {p}" for p in exc.problems)
                    outcome.errors.append(f"{exc}{problems}")
            if parsed:
                count = sum(len(p.questions) for p in parsed)
                self.signals.stage.emit(f"Saving {count:,} questions…")
                outcome.reports = self._collection.packs.import_many(
                    parsed,
                    progress=self.signals.progress.emit,
                    cancelled=self._cancel.is_set,
                )
        except ImportCancelledError:
            outcome = ImportOutcome(cancelled=True)
        except StoreError as exc:
            outcome.reports = []
            outcome.errors.append(str(exc))
        except Exception as exc:
            log.exception("import failed")
            outcome.reports = []
            outcome.errors.append(f"Unexpected error, nothing was imported: {exc}")
        self.signals.finished.emit(outcome)
