"""A small painted trend chart: one bar per day, the title and the period's total."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class TrendChart(QWidget):
    """Paints `values` (one per day) as bars; the last bar (today) is darker."""

    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.values: tuple[int, ...] = ()
        self.caption = ""
        self.setMinimumSize(220, 110)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def set_series(self, title: str, values, caption: str = "") -> None:
        self.title, self.values, self.caption = title, tuple(values), caption
        self.setToolTip(caption)
        self.update()

    def paintEvent(self, _event):  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        rect = self.rect().adjusted(6, 4, -6, -4)
        p.fillRect(self.rect(), QColor("#ffffff"))
        p.setPen(QColor("#34495e"))
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 18), Qt.AlignLeft | Qt.AlignVCenter, self.title)
        p.setPen(QColor("#7f8c8d"))
        p.drawText(QRectF(rect.left(), rect.top(), rect.width(), 18), Qt.AlignRight | Qt.AlignVCenter,
                   self.caption)
        chart = QRectF(rect.left(), rect.top() + 22, rect.width(), rect.height() - 26)
        p.setPen(QPen(QColor("#d5dbe1"), 1))
        p.drawLine(chart.bottomLeft(), chart.bottomRight())
        if not self.values:
            return
        top = max(max(self.values), 1)
        step = chart.width() / len(self.values)
        for i, v in enumerate(self.values):
            h = (chart.height() - 2) * v / top
            color = QColor("#2e86c1") if i == len(self.values) - 1 else QColor("#85c1e9")
            p.fillRect(QRectF(chart.left() + i * step + 1, chart.bottom() - h, max(step - 2, 1), h), color)
        p.end()
