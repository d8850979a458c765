"""A dashboard tile: a big number with its title, clickable, red when it needs attention."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout


class NumberTile(QFrame):
    """Shows one dashboard count; emits `sig_clicked` when clicked or activated with the keyboard."""

    sig_clicked = Signal()

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setObjectName("number_tile")
        self.setFrameShape(QFrame.StyledPanel)
        self.setCursor(Qt.PointingHandCursor)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setMinimumSize(170, 92)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.number_label = QLabel("…", self)
        self.number_label.setObjectName("tile_number_label")
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("tile_title_label")
        self.title_label.setWordWrap(True)
        layout.addWidget(self.number_label)
        layout.addWidget(self.title_label)
        self.set_count(None, False)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)

    def set_count(self, count: int | None, attention: bool) -> None:
        self.count = count
        self.number_label.setText("—" if count is None else str(count))
        color = "#c0392b" if attention else ("#7f8c8d" if count is None else "#2c3e50")
        border = "#e6b0aa" if attention else "#d5dbe1"
        self.number_label.setStyleSheet(f"font-size: 28px; font-weight: bold; color: {color};")
        self.title_label.setStyleSheet("font-size: 13px; color: #34495e;")
        # ".NumberTile" matches this class only (not its QLabel children, which are QFrames too), and
        # keeps working when the home page renames the tile after its dashboard key.
        self.setStyleSheet(f".NumberTile {{ background: #ffffff; border: 1px solid {border};"
                           " border-radius: 6px; }"
                           " .NumberTile:focus { border: 2px solid #2e86c1; }")

    def mouseReleaseEvent(self, event):  # noqa: N802 - Qt API
        if event.button() == Qt.LeftButton and self.rect().contains(event.position().toPoint()):
            self.sig_clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event):  # noqa: N802 - Qt API
        if event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space):
            self.sig_clicked.emit()
            return
        super().keyPressEvent(event)
