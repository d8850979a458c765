"""A small painted trend chart: one bar per day, the title and the period's total, a count axis on
the left (0, the middle and the top) and dates along the bottom (first day, every week, today)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

AXIS_COLOR = QColor("#7f8c8d")
GRID_COLOR = QColor("#e5e8eb")


class TrendChart(QWidget):
    """Paints `values` (one per day from `first_day`) as bars; the last bar (today) is darker."""

    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.values: tuple[int, ...] = ()
        self.caption = ""
        self.first_day: dt.date | None = None
        self.setMinimumSize(240, 140)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def set_series(self, title: str, values, caption: str = "", first_day: dt.date | None = None) -> None:
        self.title, self.values, self.caption, self.first_day = title, tuple(values), caption, first_day
        self.setToolTip(caption)
        self.update()

    # What is painted --------------------------------------------------------------------------
    def _top(self) -> int:
        return max(max(self.values, default=0), 1)

    def _date_ticks(self) -> list[tuple[int, str]]:
        """(day index, "MM-dd") for the first day, each week after it and the last day (today)."""
        n = len(self.values)
        if not n or self.first_day is None:
            return []
        indexes = list(range(0, n, 7))
        if n - 1 - indexes[-1] < 4:  # too close to today's label: drop it
            indexes = indexes[:-1] or [0]
        indexes.append(n - 1)
        return [(i, (self.first_day + dt.timedelta(days=i)).strftime("%m-%d")) for i in indexes]

    def _count_ticks(self) -> list[int]:
        top = self._top()
        return [0, top] if top < 4 else [0, top // 2, top]

    def axis_labels(self) -> tuple[list[str], list[str]]:
        """The date labels along the bottom and the count labels up the left, as painted."""
        return [text for _i, text in self._date_ticks()], [str(v) for v in self._count_ticks()]

    def plot_rect(self) -> QRectF:
        """Where the bars go: right of the count labels, above the date labels."""
        fm = self.fontMetrics()
        left = 6 + fm.horizontalAdvance(str(self._top())) + 6
        top = 4 + fm.height() + 6
        bottom = self.height() - 4 - fm.height() - 4
        return QRectF(left, top, self.width() - 8 - left, max(bottom - top, 10))

    def paintEvent(self, _event):  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        fm = self.fontMetrics()
        p.fillRect(self.rect(), QColor("#ffffff"))
        head = QRectF(6, 4, self.width() - 12, fm.height())
        p.setPen(QColor("#34495e"))
        p.drawText(head, Qt.AlignLeft | Qt.AlignVCenter, self.title)
        p.setPen(AXIS_COLOR)
        p.drawText(head, Qt.AlignRight | Qt.AlignVCenter, self.caption)
        chart = self.plot_rect()
        top = self._top()
        for value in self._count_ticks():  # grid lines with their counts
            y = chart.bottom() - (chart.height() - 2) * value / top
            p.setPen(QPen(GRID_COLOR if value else AXIS_COLOR, 1))
            p.drawLine(chart.left(), y, chart.right(), y)
            p.setPen(AXIS_COLOR)
            p.drawText(QRectF(0, y - fm.height() / 2, chart.left() - 4, fm.height()),
                       Qt.AlignRight | Qt.AlignVCenter, str(value))
        p.drawLine(chart.left(), chart.top(), chart.left(), chart.bottom())
        if not self.values:
            p.end()
            return
        step = chart.width() / len(self.values)
        for i, v in enumerate(self.values):
            h = (chart.height() - 2) * v / top
            color = QColor("#2e86c1") if i == len(self.values) - 1 else QColor("#85c1e9")
            p.fillRect(QRectF(chart.left() + i * step + 1, chart.bottom() - h, max(step - 2, 1), h), color)
        p.setPen(AXIS_COLOR)
        for i, text in self._date_ticks():  # a tick under the day's bar and its date below
            x = chart.left() + (i + 0.5) * step
            p.drawLine(x, chart.bottom(), x, chart.bottom() + 3)
            width = fm.horizontalAdvance(text) + 4
            left = min(max(x - width / 2, chart.left() - 2), self.width() - width - 2)
            p.drawText(QRectF(left, chart.bottom() + 3, width, fm.height()), Qt.AlignCenter, text)
        p.end()
