"""The base of the main window's pages: each is a QWidget owning one form, reloaded when shown."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.controllers.app_state import AppState


class Page(QWidget):
    """Subclasses set `ui_class`, and implement `_init_widgets`, `_connect_signals`, `reload`."""

    ui_class = None
    sig_badge_changed = Signal()  # emitted when a count shown in the navigation may have changed

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.ctx = state.ctx
        if self.ui_class is not None:
            self.ui = self.ui_class()
            self.ui.setupUi(self)
        self._init_widgets()
        self._connect_signals()

    def _init_widgets(self) -> None:
        pass

    def _connect_signals(self) -> None:
        pass

    def reload(self) -> None:
        """Load the page's data; called each time the page is shown."""

    def showEvent(self, event):  # noqa: N802 - Qt API
        super().showEvent(event)
        self.reload()
