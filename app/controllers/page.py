"""The base of the main window's pages: each is a QWidget owning one form, reloaded when shown.

Loading off the UI thread (the one mechanism every list page uses): a page splits its load in two,
`loader()` on the UI thread reads what the load depends on from the widgets and returns the work,
a function of no arguments that calls services only; the work runs on the TaskRunner and
`show_loaded(data)` puts the result on screen back on the UI thread. The old rows stay until the
new ones arrive; a result overtaken by a newer load is dropped. `reload(then=...)` runs `then()`
after the rows are shown (e.g. select the slip just saved). A page whose `loader()` returns None
keeps loading in its own `reload()`. `reload_now()` loads at once on the UI thread (after a save)
and drops a load still running.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.controllers.app_state import AppState


class Page(QWidget):
    """Subclasses set `ui_class`, and implement `_init_widgets`, `_connect_signals`, and either
    `loader`/`show_loaded` (loaded on the TaskRunner) or `reload`."""

    ui_class = None
    sig_badge_changed = Signal()  # emitted when a count shown in the navigation may have changed
    sig_loaded = Signal()         # new rows are on screen

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.ctx = state.ctx
        self.loading = False
        self._generation = 0
        if self.ui_class is not None:
            self.ui = self.ui_class()
            self.ui.setupUi(self)
        self._init_widgets()
        self._connect_signals()

    def _init_widgets(self) -> None:
        pass

    def _connect_signals(self) -> None:
        pass

    def loader(self):
        """UI thread: the work that loads the page's data (runs on a worker thread), or None; or a
        pair (work, show) when the page shows it with another function than `show_loaded` (a tab)."""
        return None

    def _work_and_show(self, got):
        return got if isinstance(got, tuple) else (got, self.show_loaded)

    def show_loaded(self, data) -> None:
        """UI thread: show what the work returned."""

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Load the page's data; called each time the page is shown."""
        got = self.loader()
        if got is None:
            return
        work, show = self._work_and_show(got)
        self._generation += 1
        generation = self._generation
        self.loading = True

        def done(data):
            if generation != self._generation:
                return  # a newer load is under way: its rows win
            self.loading = False
            show(data)
            if callable(then):  # (a signal may hand its own argument to reload)
                then()
            self.sig_loaded.emit()

        def failed(exc):
            if generation != self._generation:
                return
            self.loading = False
            from app import feedback
            feedback.show_error(self, exc)

        self.state.tasks.run(lambda _progress, _cancelled: work(), on_done=done, on_error=failed)

    def reload_now(self, got=None) -> None:
        """Load on the UI thread, at once (right after a save, to select what was saved); a load
        still running is dropped, so older rows never replace these. `got`: another loader's
        result (a tab's (work, show)) instead of this page's."""
        got = got if got is not None else self.loader()
        if got is None:
            self.reload()
            return
        work, show = self._work_and_show(got)
        self._generation += 1
        self.loading = False
        try:
            data = work()
        except Exception as exc:  # noqa: BLE001 - shown to the user like a failed background load
            from app import feedback
            feedback.show_error(self, exc)
            return
        show(data)
        self.sig_loaded.emit()

    def showEvent(self, event):  # noqa: N802 - Qt API
        super().showEvent(event)
        self.reload()
