"""The student list's columns and its keystroke filter: one lower-case key per row (学号, 姓名,
full pinyin, initials, 楼栋+房号) built once per load, then a substring scan in Python and a model
reset. A proxy model would take about a second per keystroke at 100,000 rows; this takes a few ms,
and typing on narrows the previous result instead of scanning every row again."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app import vocab
from app.qtmodels.row_table import ROW_ROLE, SORT_ROLE, Column, RowTableModel, display
from app.texts import QT_TRANSLATE_NOOP

COLUMNS = (
    Column("student_no", QT_TRANSLATE_NOOP("Columns", "学号")),
    Column("name", QT_TRANSLATE_NOOP("Columns", "姓名")),
    Column("gender", QT_TRANSLATE_NOOP("Columns", "性别"), values="residents.gender"),
    Column("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
    Column("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
    Column("bed_no", QT_TRANSLATE_NOOP("Columns", "床号")),
    Column("college", QT_TRANSLATE_NOOP("Columns", "学院")),
    Column("class_name", QT_TRANSLATE_NOOP("Columns", "专业班级")),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "联系电话")),  # masked by role in the service (privacy.py)
    Column("id_card", QT_TRANSLATE_NOOP("Columns", "身份证号")),
    Column("check_in_date", QT_TRANSLATE_NOOP("Columns", "入住日期"), "date"),
    Column("status", QT_TRANSLATE_NOOP("Columns", "状态"), values="residents.student_status"),
)


class StudentFilter:
    """Holds the loaded rows (of one status, or all) and answers a query with the matching ones."""

    def __init__(self, rows=(), status: str | None = None):
        self.all_rows: list = []
        self.status = status
        self.set_rows(rows)

    def set_rows(self, rows, status: str | None = ...) -> None:
        self.all_rows = list(rows)
        if status is not ...:
            self.status = status
        self.rows = [r for r in self.all_rows if r.status == self.status] if self.status else self.all_rows
        self._keys: list[str] | None = None  # built on the first keystroke, not when the list opens
        self._last: tuple[str, list, list] | None = None

    def prepare(self) -> None:
        """Build the search keys now (the page calls this once the list is on screen)."""
        _ = self.keys

    @property
    def keys(self) -> list[str]:
        if self._keys is None:
            self._keys = [f"{r.student_no}\x1f{r.name.replace(' ', '')}\x1f{r.name_pinyin}\x1f{r.name_initials}\x1f"
                          f"{r.room_no or ''}\x1f{r.building or ''}{r.room_no or ''}".lower() for r in self.rows]
        return self._keys

    def set_status(self, status: str | None) -> None:
        if status != self.status:
            self.set_rows(self.all_rows, status)

    def filter(self, query: str) -> list:
        q = "".join(query.split()).lower()
        if not q:
            self._last = None
            return self.rows
        if self._last and q.startswith(self._last[0]):
            rows, keys = self._last[1], self._last[2]
        else:
            rows, keys = self.rows, self.keys
        hits = [i for i, k in enumerate(keys) if q in k]
        picked_rows = [rows[i] for i in hits]
        self._last = (q, picked_rows, [keys[i] for i in hits])
        return picked_rows


class StudentTableModel(RowTableModel):
    """RowTableModel with a data() that answers in a few microseconds: the view asks about ten roles
    per visible cell after every keystroke's reset, and comparing each against PySide6's enum
    objects costs more than the filter itself."""

    _DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
    _SORT = int(SORT_ROLE)
    _ROW = int(ROW_ROLE)

    def data(self, index, role=0):
        role = int(role) if role.__class__ is not int else role
        if role == self._DISPLAY:
            row = self.rows[index.row()]
            col = self.columns[index.column()]
            value = getattr(row, col.key)
            if col.fmt is not None:
                return col.fmt(value, row)
            if col.values is not None:
                return vocab.label(col.values, value)
            return "" if value is None else (value if value.__class__ is str else display(value, col.kind))
        if role == self._SORT:
            return getattr(self.rows[index.row()], self.columns[index.column()].key)
        if role == self._ROW:
            return self.rows[index.row()]
        return None
