"""Long jobs run off the GUI thread, reporting progress and hearing Cancel.

Who owns what, so that no Qt object is ever deleted off the GUI thread (and Python's cycle
collector, which runs on whichever thread allocates, can stay on):

- A job is a plain Python object; the pool runs its ``run`` method. It holds no widget.
- Its signal holder is a QObject made on the GUI thread with a parent there (the widget that
  started the job), so Qt owns it; it deletes itself, on the GUI thread, once the job has
  reported that it finished.
- The widget keeps the job to cancel it; the job may be freed on either thread, since freeing
  it frees no Qt object.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, Signal

from quizapp.errors import StoreError

if TYPE_CHECKING:
    from quizapp.core.model import ImportReport
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


class JobSignals(QObject):
    """What every job tells the GUI thread; a job's own signals add to it."""

    # Told last, after everything else the job emits: the holder then deletes itself.
    done = Signal()


class Job:
    """Long work for a thread pool, reporting through signals that the GUI thread owns."""

    def __init__(self, signals: JobSignals) -> None:
        self.signals = signals
        self._cancel = threading.Event()

    def cancelled(self) -> bool:
        """Whether Cancel was asked for."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the job to stop at its next chance."""
        self._cancel.set()

    def start(self, pool: QThreadPool) -> None:
        """Run the job on a thread of the pool; its signal holder goes when it is done."""
        self.signals.done.connect(self.signals.deleteLater)
        # Given a callable, the pool wraps it in a runnable of its own and deletes that when
        # the call returns; a QRunnable subclass made in Python is kept by the binding for
        # good when the pool may not delete it, and freed off the GUI thread when it may.
        pool.start(self._run_then_report_done)

    def _run_then_report_done(self) -> None:
        try:
            self.run()
        finally:
            self.signals.done.emit()

    def run(self) -> None:
        """Do the work; called on a thread of the pool."""
        raise NotImplementedError


class LoaderSignals(JobSignals):
    """What the store loader reports back to the GUI thread."""

    loaded = Signal(object, object)
    failed = Signal(str)


class StoreLoader(Job):
    """Opens the store and syncs the shipped packs off the GUI thread."""

    def __init__(
        self, data_dir: Path, packs_dir: Path, owner: QObject, db_url: str | None = None
    ) -> None:
        self.signals: LoaderSignals
        super().__init__(LoaderSignals(owner))
        self._data_dir = data_dir
        self._packs_dir = packs_dir
        self._db_url = db_url

    def run(self) -> None:
        """Open the store; emit loaded(collection, report) or failed(message)."""
        try:
            # Imported here, off the GUI thread: SQLAlchemy takes longer to load than Qt.
            from quizapp.store import Collection

            collection = Collection.open(self._data_dir, self._db_url)
            report = collection.packs.sync_shipped(self._packs_dir)
        except StoreError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:
            log.exception("opening the store failed")
            self.signals.failed.emit(f"Could not open the store in {self._data_dir}: {exc}")
        else:
            self.signals.loaded.emit(collection, report)


class ImportSignals(JobSignals):
    """What an import job tells the GUI thread."""

    stage = Signal(str)
    progress = Signal(int, int)
    finished = Signal(object)


class ImportJob(Job):
    """Reads pack files and writes them into the store in one transaction.

    Cancel leaves the store exactly as it was.
    """

    def __init__(
        self,
        collection: Collection,
        paths: Sequence[Path],
        owner: QObject,
        *,
        format: str | None = None,
        pack_id: str | None = None,
        title: str | None = None,
    ) -> None:
        self.signals: ImportSignals
        super().__init__(ImportSignals(owner))
        self._collection = collection
        self._paths = list(paths)
        self._format = format
        self._pack_id = pack_id
        self._title = title

    def run(self) -> None:
        """Read every file into the store as it is read; emit finished(ImportOutcome)."""
        from quizapp.packs import PackError, read_pack_file
        from quizapp.store import ImportCancelledError

        outcome = ImportOutcome()
        try:
            # One transaction: Cancel takes back every file; a bad file takes back only itself.
            with self._collection.packs.importing(cancelled=self.cancelled) as importer:
                for path in self._paths:
                    if self.cancelled():
                        raise ImportCancelledError
                    self.signals.stage.emit(f"Reading {path.name}…")

                    def reading(count: int, name: str = path.name) -> None:
                        if self.cancelled():
                            raise ImportCancelledError
                        self.signals.stage.emit(f"Importing {name}: {count:,} questions so far…")

                    read = partial(
                        read_pack_file,
                        path,
                        format=self._format,
                        pack_id=self._pack_id,
                        title=self._title,
                        progress=reading,
                    )
                    try:
                        outcome.reports.append(importer.add(read))
                    except PackError as exc:
                        problems = "".join(f"\n  {p}" for p in exc.problems)
                        outcome.errors.append(f"{exc}{problems}")
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
