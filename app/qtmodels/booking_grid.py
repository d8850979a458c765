"""The booking grid's table model (the MRBS habit): rooms as columns, half-hour rows for one day or a
week, each cell coloured by the booking holding it. `pending` is the span the user is dragging over:
free cells show it blue, cells already held show it red at once."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.meetings_recurrence import WEEKDAY_NAMES

ROW_MINUTES = 30
COLORS = {"tentative": "#fdf2c4", "booked": "#cfe2f3", "prepared": "#b9d7f0", "in_progress": "#9fc5e8",
          "finished": "#d9d9d9", "blocked": "#9e9e9e"}
PENDING_FREE = "#7fb3ff"
PENDING_CONFLICT = "#e06666"


class BookingGridModel(QAbstractTableModel):
    """Read-only grid over a services.meetings_grid.GridData."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.data_ = None
        self.times: list[dt.datetime] = []
        self.pending: tuple[int, int, int] | None = None   # (column, first row, last row)

    def set_grid(self, grid) -> None:
        self.beginResetModel()
        self.data_ = grid
        self.pending = None
        self.times = []
        for d in range(grid.days):
            day = grid.start + dt.timedelta(days=d)
            t = dt.datetime.combine(day, dt.time(grid.open_hour))
            end = dt.datetime.combine(day, dt.time.min) + dt.timedelta(hours=grid.close_hour)
            while t < end:
                self.times.append(t)
                t += dt.timedelta(minutes=ROW_MINUTES)
        self.endResetModel()

    # geometry ------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return 0 if parent.isValid() or self.data_ is None else len(self.times)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() or self.data_ is None else len(self.data_.rooms)

    def room_at(self, column: int):
        return self.data_.rooms[column]

    def span(self, first_row: int, last_row: int) -> tuple[dt.datetime, dt.datetime]:
        return self.times[first_row], self.times[last_row] + dt.timedelta(minutes=ROW_MINUTES)

    def holder(self, row: int, column: int):
        start, end = self.span(row, row)
        return self.data_.holder(self.room_at(column).id, start, end)

    def span_holder(self, column: int, first_row: int, last_row: int):
        """The booking in the way of [first, last] in the column (crossing days counts as in the way)."""
        start, end = self.span(first_row, last_row)
        if self.times[first_row].date() != self.times[last_row].date():
            return True
        return self.data_.holder(self.room_at(column).id, start, end)

    def set_pending(self, pending: tuple[int, int, int] | None) -> None:
        old, self.pending = self.pending, pending
        for p in (old, pending):
            if p is not None:
                self.dataChanged.emit(self.index(p[1], p[0]), self.index(p[2], p[0]))

    # display -------------------------------------------------------------------------------------
    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole or self.data_ is None:
            return None
        if orientation == Qt.Horizontal:
            room = self.data_.rooms[section]
            return f"{room.name}\n{room.capacity}" + QCoreApplication.translate("Meetings", "人")
        t = self.times[section]
        if self.data_.days > 1:
            return f"{t:%m-%d} {QCoreApplication.translate('Meetings', WEEKDAY_NAMES[t.weekday()])} {t:%H:%M}"
        return f"{t:%H:%M}"

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or self.data_ is None:
            return None
        row, col = index.row(), index.column()
        if role == Qt.BackgroundRole:
            p = self.pending
            if p is not None and col == p[0] and p[1] <= row <= p[2]:
                return QBrush(QColor(PENDING_CONFLICT if self.holder(row, col) else PENDING_FREE))
            b = self.holder(row, col)
            return QBrush(QColor(COLORS.get(b.status, "#ffffff"))) if b else None
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            b = self.holder(row, col)
            if b is None:
                return None
            if role == Qt.ToolTipRole:
                status = QCoreApplication.translate("Meetings", _label(b.status))
                return f"{b.title}\n{b.start_at:%m-%d %H:%M}–{b.end_at:%H:%M} {status} {b.order_no or ''}"
            start, _end = self.span(row, row)
            first = row == 0 or self.times[row - 1].date() != start.date() or self.holder(row - 1, col) is not b
            if not first:
                return None
            mark = "" if b.room_id == self.room_at(col).id else QCoreApplication.translate("Meetings", "（合并占用）")
            return b.title + mark
        return None


def _label(status: str) -> str:
    from app.services.meetings_booking import STATUS_LABELS
    return STATUS_LABELS.get(status, status)
