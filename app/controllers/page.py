"""The base of the main window's pages: each is a QWidget owning one form, reloaded when shown.

Loading off the UI thread (the one mechanism every list page uses): a page splits its load in two,
`loader()` on the UI thread reads what the load depends on from the widgets and returns the work,
a function of no arguments that calls services only; the work runs on the TaskRunner and
`show_loaded(data)` puts the result on screen back on the UI thread. The old rows stay until the
new ones arrive; a result overtaken by a newer load is dropped. `reload(then=...)` runs `then()`
after the rows are shown (e.g. select the slip just saved); `reload(got=(work, show))` loads one
tab (its filter switch, or after a change on it). A page whose `loader()` returns None loads
nothing itself (a form filled once). Nothing loads on the UI thread: a test waits for the rows
with `tests.gui.conftest.settle(page)`.
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
        self._latest: dict = {}  # what shows a load still running (None: the whole page) -> its number
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

    def reload(self, then: Callable[[], None] | None = None, got=None) -> None:
        """Load the page's data off the UI thread; called each time the page is shown, and after a
        change (`then` selects the record just saved once the rows are shown). `got`: another
        loader's result, a tab's `(work, show)` (a tab's own filter switch, or after a change on it).

        Loads are keyed by what shows them: a newer load drops an older one of the same kind, a whole
        page load drops every load still running, and a tab's load asked for while a page load is
        running becomes a page load again (it reads every filter when it starts)."""
        whole = got is None or None in self._latest  # (a page load running: run it again, it covers the tab)
        if whole:
            got = self.loader()
        if got is None:
            return
        work, show = self._work_and_show(got)
        key = None if whole else show
        if whole:
            self._latest.clear()
        self._generation += 1
        generation = self._generation
        self._latest[key] = generation
        self.loading = True

        def current() -> bool:
            if self._latest.get(key) != generation:
                return False  # a newer load of the same rows is under way: its rows win
            del self._latest[key]
            self.loading = bool(self._latest)
            return True

        def done(data):
            if not current():
                return
            show(data)
            if callable(then):  # (a signal may hand its own argument to reload)
                then()
            self.sig_loaded.emit()

        def failed(exc):
            if not current():
                return
            from app import feedback
            feedback.show_error(self, exc)

        self.state.tasks.run(lambda _progress, _cancelled: work(), on_done=done, on_error=failed)

    def showEvent(self, event):  # noqa: N802 - Qt API
        super().showEvent(event)
        self.reload()
