"""One table model for every list: columns declared once, rows are dataclasses or dicts.

Sorting happens in the model (Python sort over raw values) and filtering in Python before
`set_rows`, because a QSortFilterProxyModel over a large Python model is far too slow
(DESIGN.md: ~0.9 s per keystroke at 100k rows).
"""
from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app import vocab

SORT_ROLE = Qt.UserRole + 1
ROW_ROLE = Qt.UserRole + 2


@dataclass(frozen=True)
class Column:
    key: str
    header: str                      # source text (Chinese), translated in context "Columns"
    kind: str = "text"               # text | int | money | date | datetime | bool
    fmt: Callable | None = None      # custom display function(value, row) -> str
    values: str | None = None        # an app.vocab vocabulary: the stored code shown as its label


def _get(row, key):
    return row.get(key) if isinstance(row, dict) else getattr(row, key, None)


def display(value, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return QCoreApplication.translate("Columns", "是") if value else QCoreApplication.translate("Columns", "否")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if kind == "money" or isinstance(value, decimal.Decimal):
        return f"{float(value):,.2f}"
    return str(value)


class RowTableModel(QAbstractTableModel):
    """Read-only table over row objects; `highlight(row) -> color name or None` tints rows."""

    def __init__(self, columns: Sequence[Column], parent=None,
                 highlight: Callable[[object], str | None] | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list = []
        self.highlight = highlight

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, index: QModelIndex | int):
        r = index if isinstance(index, int) else index.row()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate("Columns", self.columns[section].header)
        if role == Qt.DisplayRole and orientation == Qt.Vertical:
            return section + 1
        return None

    # Roles as plain ints: the view asks about ten roles per visible cell after every reset, and
    # comparing PySide6's enum objects costs more than a keystroke's filtering.
    _DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
    _ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
    _BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
    _SORT = int(SORT_ROLE)
    _ROW = int(ROW_ROLE)
    _RIGHT = int((Qt.AlignRight | Qt.AlignVCenter).value)

    def data(self, index, role=0):
        role = role if role.__class__ is int else int(role)
        if not index.isValid():
            return None
        if role == self._DISPLAY:
            row = self.rows[index.row()]
            col = self.columns[index.column()]
            value = _get(row, col.key)
            if col.fmt:
                return col.fmt(value, row)
            return vocab.label(col.values, value) if col.values else display(value, col.kind)
        if role == self._SORT:
            return _get(self.rows[index.row()], self.columns[index.column()].key)
        if role == self._ROW:
            return self.rows[index.row()]
        if role == self._ALIGN:
            return self._RIGHT if self.columns[index.column()].kind in ("int", "money") else None
        if role == self._BACKGROUND and self.highlight:
            color = self.highlight(self.rows[index.row()])
            return QBrush(QColor(color)) if color else None
        return None

    @staticmethod
    def _declared_order(name: str | None) -> dict | None:
        if not name or name not in vocab.names():
            return None
        return {code: i for i, code in enumerate(vocab.get(name).codes)}

    def sort(self, column, order=Qt.AscendingOrder):
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].key
        # a vocabulary column sorts in the vocabulary's declared order (紧急, 一般, 计划), not by code
        rank = self._declared_order(self.columns[column].values)

        def sort_key(row):
            value = _get(row, key)
            if rank is not None and value is not None:
                value = rank.get(value, len(rank))
            return (value is None, value if value is not None else 0)

        self.layoutAboutToBeChanged.emit()
        try:
            self.rows.sort(key=sort_key, reverse=order == Qt.DescendingOrder)
        except TypeError:
            self.rows.sort(key=lambda r: str(_get(r, key) or ""), reverse=order == Qt.DescendingOrder)
        self.layoutChanged.emit()
