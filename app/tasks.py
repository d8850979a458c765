"""The one background task runner (QThreadPool). A task is a plain function
`fn(progress, cancelled, *args)` that never touches widgets; results come back by signal.

A progress dialog appears only when the task runs longer than ~600 ms (as in Anki), with a
cancel button; the triggering action can be disabled meanwhile.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_DELAY_MS = 600


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class _Signals(QObject):
    sig_done = Signal(object)
    sig_failed = Signal(object)
    sig_progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, fn, args, signals: _Signals, cancel_event: threading.Event):
        super().__init__()
        self.fn, self.args, self.signals, self.cancel_event = fn, args, signals, cancel_event

    def run(self):
        def progress(done: int, total: int) -> None:
            if self.cancel_event.is_set():
                raise Cancelled()
            self.signals.sig_progress.emit(int(done), int(total))

        try:
            result = self.fn(progress, self.cancel_event.is_set, *self.args)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            self._emit(self.signals.sig_failed, exc)
        else:
            self._emit(self.signals.sig_done, result)

    @staticmethod
    def _emit(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window (and the task's signals) closed while the work ran
            pass


class Task(QObject):
    """A running task; keeps its signals alive until it ends."""

    sig_finished = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.signals = _Signals()
        self.dialog: QProgressDialog | None = None
        self.timer: QTimer | None = None

    def cancel(self) -> None:
        self.cancel_event.set()


class TaskRunner(QObject):
    """Runs tasks on a thread pool; keeps references so Qt does not drop them."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def run(self, fn: Callable, *args, on_done: Callable | None = None, on_error: Callable | None = None,
            parent: QWidget | None = None, label: str | None = None, disable: QWidget | None = None) -> Task:
        task = Task(self)
        self._running.add(task)
        if disable is not None:
            disable.setEnabled(False)

        def finish():
            if task.timer:
                task.timer.stop()
            if task.dialog:
                task.dialog.close()
            if disable is not None:
                disable.setEnabled(True)
            self._running.discard(task)
            task.sig_finished.emit()

        @Slot(object)
        def done(result):
            finish()
            if on_done:
                on_done(result)

        @Slot(object)
        def failed(exc):
            finish()
            if isinstance(exc, Cancelled):
                return
            if on_error:
                on_error(exc)
            else:
                from app import feedback
                feedback.show_error(parent, exc)

        task.signals.sig_done.connect(done)
        task.signals.sig_failed.connect(failed)
        if label is not None:
            task.timer = QTimer(task)
            task.timer.setSingleShot(True)
            task.timer.timeout.connect(lambda: self._show_progress(task, parent, label))
            task.timer.start(PROGRESS_DELAY_MS)
        self.pool.start(_Runnable(fn, args, task.signals, task.cancel_event))
        return task

    def _show_progress(self, task: Task, parent, label: str) -> None:
        if task not in self._running:
            return
        from PySide6.QtCore import QCoreApplication
        dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "取消"), 0, 0, parent)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.canceled.connect(task.cancel)
        task.signals.sig_progress.connect(lambda d, t: (dialog.setMaximum(t), dialog.setValue(d)))
        task.dialog = dialog
        dialog.show()

    def wait_all(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
