"""One row height for every list: tables and trees side by side (学生与房间) line up."""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyledItemDelegate, QTableView, QTreeView

ROW_HEIGHT = 24


class _TallRows(QStyledItemDelegate):
    """A tree's rows at ROW_HEIGHT (a tree has no vertical header to set it on)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), ROW_HEIGHT))


def set_row_height(view: QAbstractItemView) -> None:
    """Rows of `view` at the shared height, fixed (no per-row measuring on large tables)."""
    if isinstance(view, QTableView):
        view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    elif isinstance(view, QTreeView):
        view.setUniformRowHeights(True)
        view.setItemDelegate(_TallRows(view))
