"""A painted stacked-bar chart: one bar per month, one colour per series (item or building).

Plain QPainter (no web view, no QtCharts dependency), so it renders offscreen and in screenshots."""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = ("#2f6fb0", "#e07b39", "#3a9d5d", "#c0392b", "#8e5ea2", "#b8860b", "#17a2b8", "#7f8c8d",
           "#d35400", "#2c3e50", "#e84393", "#6ab04c")


class DeductionChart(QWidget):
    """Stacked bars of deductions per month; `set_data(months, series, unit)`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: list[str] = []
        self.series: dict[str, list[float]] = {}
        self.unit = "元"
        self.empty_text = ""
        self.setMinimumSize(480, 260)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(760, 360)

    def set_data(self, months: list[str], series: dict[str, list[float]], unit: str = "元",
                 empty_text: str = "") -> None:
        self.months, self.series, self.unit, self.empty_text = list(months), dict(series), unit, empty_text
        self.update()

    def totals(self) -> list[float]:
        return [sum(vals[i] for vals in self.series.values()) for i in range(len(self.months))]

    def paintEvent(self, _event):  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        p.setFont(font)
        fm = p.fontMetrics()
        totals = self.totals()
        peak = max(totals, default=0)
        legend_w = min(220, max((fm.horizontalAdvance(n) for n in self.series), default=0) + 34)
        left, top, bottom = fm.horizontalAdvance("00000") + 12, 16, fm.height() * 2 + 10
        plot = QRectF(left, top, max(self.width() - left - legend_w - 16, 50), max(self.height() - top - bottom, 40))
        if not self.months or peak <= 0:
            p.setPen(self.palette().text().color())
            p.drawText(self.rect(), Qt.AlignCenter, self.empty_text)
            p.end()
            return
        step = _nice_step(peak)
        top_value = step * (int(peak // step) + 1)
        grid = QPen(QColor("#dddddd"))
        for k in range(int(top_value / step) + 1):
            y = plot.bottom() - plot.height() * (k * step) / top_value
            p.setPen(grid)
            p.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()), Qt.AlignRight | Qt.AlignVCenter,
                       f"{k * step:g}")
        slot = plot.width() / len(self.months)
        bar_w = slot * 0.62
        names = list(self.series)
        for i, month in enumerate(self.months):
            x = plot.left() + slot * i + (slot - bar_w) / 2
            y = plot.bottom()
            for n, name in enumerate(names):
                value = self.series[name][i]
                if value <= 0:
                    continue
                h = plot.height() * value / top_value
                p.fillRect(QRectF(x, y - h, bar_w, h), QColor(PALETTE[n % len(PALETTE)]))
                y -= h
            p.setPen(self.palette().text().color())
            label = month[2:] if slot < fm.horizontalAdvance(month) + 4 else month
            p.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 4, slot, fm.height()), Qt.AlignCenter, label)
            if totals[i] > 0:
                p.drawText(QRectF(x - 10, y - fm.height() - 1, bar_w + 20, fm.height()), Qt.AlignCenter,
                           f"{totals[i]:g}")
        p.setPen(self.palette().text().color())
        p.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
        p.drawText(QRectF(0, plot.bottom() + fm.height() + 6, self.width() - legend_w, fm.height()),
                   Qt.AlignCenter, self.unit)
        lx, ly = plot.right() + 16, top
        for n, name in enumerate(names):
            if ly + fm.height() > self.height():
                break
            p.fillRect(QRectF(lx, ly + 2, 12, fm.height() - 4), QColor(PALETTE[n % len(PALETTE)]))
            p.drawText(QRectF(lx + 18, ly, legend_w - 20, fm.height()), Qt.AlignLeft | Qt.AlignVCenter,
                       fm.elidedText(name, Qt.ElideRight, int(legend_w - 22)))
            ly += fm.height() + 4
        p.end()


def _nice_step(peak: float) -> float:
    raw = peak / 5
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    for m in (1, 2, 5, 10):
        if raw <= m * magnitude:
            return m * magnitude
    return 10 * magnitude
