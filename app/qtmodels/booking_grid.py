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
        self.cells: list[list] = []      # [row][column] -> GridBooking or None, computed once per load
        self.texts: list[list] = []      # [row][column] -> the cell's text (on a booking's first row)
        self._brushes = {status: QBrush(QColor(color)) for status, color in COLORS.items()}
        self._pending_brushes = (QBrush(QColor(PENDING_FREE)), QBrush(QColor(PENDING_CONFLICT)))

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
        self._fill()
        self.endResetModel()

    def _fill(self) -> None:
        """Each cell's booking and text, so painting a week asks nothing but two lists."""
        grid, quarter = self.data_, dt.timedelta(minutes=15)
        merged = QCoreApplication.translate("Meetings", "（合并占用）")
        self.cells, self.texts = [], []
        previous = [None] * len(grid.rooms)
        for r, t in enumerate(self.times):
            row, texts = [], []
            new_day = r == 0 or self.times[r - 1].date() != t.date()
            for c, room in enumerate(grid.rooms):
                oid = grid.cells.get((room.id, t))
                if oid is None:
                    oid = grid.cells.get((room.id, t + quarter))
                b = grid.bookings[oid] if oid is not None else None
                row.append(b)
                first = b is not None and (new_day or previous[c] is not b)
                texts.append((b.title + ("" if b.room_id == room.id else merged)) if first else None)
            previous = row
            self.cells.append(row)
            self.texts.append(texts)

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
        return self.cells[row][column]

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

    _DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
    _BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
    _TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)

    def data(self, index, role=0):
        role = role if role.__class__ is int else int(role)
        if not index.isValid() or self.data_ is None:
            return None
        row, col = index.row(), index.column()
        if role == self._BACKGROUND:
            p = self.pending
            if p is not None and col == p[0] and p[1] <= row <= p[2]:
                return self._pending_brushes[self.cells[row][col] is not None]
            b = self.cells[row][col]
            return self._brushes.get(b.status) if b is not None else None
        if role == self._DISPLAY:
            return self.texts[row][col]
        if role == self._TOOLTIP:
            b = self.cells[row][col]
            if b is None:
                return None
            status = QCoreApplication.translate("Meetings", _label(b.status))
            return f"{b.title}\n{b.start_at:%m-%d %H:%M}–{b.end_at:%H:%M} {status} {b.order_no or ''}"
        return None


def _label(status: str) -> str:
    from app.services.meetings_booking import STATUS_LABELS
    return STATUS_LABELS.get(status, status)
