"""The one way long work leaves the GUI thread (CONVENTIONS rule 7).

A job body is a plain function `body(report) -> result` that lives in services / sheets /
printing and knows nothing of Qt; `report(done, total)` tells progress and returns False when
the clerk pressed cancel, so the body can stop cleanly (its transaction then rolls back).
Database writes run one at a time on a single-thread pool."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from unionapp.services.errors import Cancelled, ServiceError

log = logging.getLogger(__name__)

Report = Callable[[int, int], bool]


class JobCancelled(Cancelled):
    """Raised by a body (or by `check`) when the clerk cancelled; not an error."""


def cancellable(report: Report) -> Callable[[int, int], None]:
    """Turn `report` into the plain progress callback a service takes (`progress(done, total)`):
    once the clerk has cancelled it raises JobCancelled, which unwinds the service and rolls its
    transaction back, so the service itself needs no notion of cancelling."""

    def progress(done: int, total: int) -> None:
        if not report(done, total):
            raise JobCancelled()

    return progress


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    # The worker only posts its outcome here; finished/failed/cancelled are emitted from the GUI
    # thread when it next runs its event loop. A quick body could otherwise emit before the
    # caller of start_job has connected to them, and a signal with nothing connected is lost.
    _outcome = Signal(str, object)

    def __init__(self):
        super().__init__()
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(str, object)
    def _deliver(self, kind: str, payload: object) -> None:
        if kind == "finished":
            self.finished.emit(payload)
        elif kind == "failed":
            self.failed.emit(payload)
        else:
            self.cancelled.emit()


class Job(QRunnable):
    def __init__(self, body: Callable[[Report], Any]):
        super().__init__()
        self.body = body
        self.signals = JobSignals()
        self._cancel = False
        self.setAutoDelete(False)  # the caller keeps it until a signal arrives

    def cancel(self) -> None:
        self._cancel = True

    def _report(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self._cancel

    def run(self) -> None:
        try:
            result = self.body(self._report)
        except Cancelled:  # JobCancelled, or a service's own (an import, an export)
            self.signals._outcome.emit("cancelled", None)
        except ServiceError as exc:
            self.signals._outcome.emit("failed", exc.message)
        except Exception as exc:  # noqa: BLE001 - shown to the clerk, logged in full
            log.error("job failed: %s", traceback.format_exc())
            self.signals._outcome.emit(
                "failed", QCoreApplication.translate("Jobs", "The work failed: %1").replace("%1", str(exc))
            )
        else:
            if self._cancel:
                self.signals._outcome.emit("cancelled", None)
            else:
                self.signals._outcome.emit("finished", result)


_writer_pool: QThreadPool | None = None
_reader_pool: QThreadPool | None = None


def _pool(writes: bool) -> QThreadPool:
    global _writer_pool, _reader_pool
    if writes:
        if _writer_pool is None:
            _writer_pool = QThreadPool()
            _writer_pool.setMaxThreadCount(1)  # database writes run one at a time
        return _writer_pool
    if _reader_pool is None:
        _reader_pool = QThreadPool()
        _reader_pool.setMaxThreadCount(2)
    return _reader_pool


_running: set[Job] = set()


def start_job(body: Callable[[Report], Any], *, writes: bool = False) -> Job:
    """Start a job with no dialog; connect to job.signals before control returns to Qt."""
    job = Job(body)
    _running.add(job)
    for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
        signal.connect(lambda *_args, job=job: _running.discard(job))
    _pool(writes).start(job)
    return job


def run_with_progress(
    parent: QWidget | None,
    title: str,
    body: Callable[[Report], Any],
    *,
    writes: bool = False,
    on_finished: Callable[[Any], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
) -> Job:
    """Start a job behind a progress dialog with a cancel button. Without `on_failed` a failure
    is shown to the clerk in a warning box, so no error is ever swallowed."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job = start_job(body, writes=writes)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def close(*_args) -> None:
        dialog.close()
        dialog.deleteLater()

    job.signals.progress.connect(progress)
    job.signals.finished.connect(close)
    job.signals.failed.connect(close)
    job.signals.cancelled.connect(close)
    if on_finished:
        job.signals.finished.connect(on_finished)
    if on_failed is None:
        def on_failed(message: str) -> None:
            QMessageBox.warning(parent, title, message)
    job.signals.failed.connect(on_failed)
    dialog.canceled.connect(job.cancel)
    return job


def wait_for_all_jobs(msecs: int = 30_000) -> None:
    """For exit and tests: let running jobs end."""
    for pool in (_writer_pool, _reader_pool):
        if pool is not None:
            pool.waitForDone(msecs)
