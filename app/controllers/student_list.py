"""The student list's columns and its keystroke filter: one lower-case key per row (学号, 姓名,
full pinyin, initials, 楼栋+房号) built once per load, then a substring scan in Python and a model
reset. A proxy model would take about a second per keystroke at 100,000 rows; this takes a few ms."""
from __future__ import annotations

from app.qtmodels.row_table import Column


def _masked(value, _row):
    return f"{value[:6]}********{value[-4:]}" if value and len(value) == 18 else (value or "")


def _phone(value, _row):
    return f"{value[:3]}****{value[-4:]}" if value and len(value) == 11 else (value or "")


COLUMNS = (
    Column("student_no", "学号"), Column("name", "姓名"), Column("gender", "性别"),
    Column("building", "楼栋"), Column("room_no", "房号"), Column("bed_no", "床号"),
    Column("college", "学院"), Column("class_name", "专业班级"), Column("phone", "联系电话", fmt=_phone),
    Column("id_card", "身份证号", fmt=_masked), Column("check_in_date", "入住日期", "date"),
    Column("status", "状态"),
)


class StudentFilter:
    """Holds all loaded rows and answers a query with the matching ones, in load order."""

    def __init__(self, rows=()):
        self.set_rows(rows)

    def set_rows(self, rows) -> None:
        self.rows = list(rows)
        self.keys = [f"{r.student_no}\x1f{r.name.replace(' ', '')}\x1f{r.name_pinyin}\x1f{r.name_initials}\x1f"
                     f"{r.room_no or ''}\x1f{r.building or ''}{r.room_no or ''}".lower() for r in self.rows]

    def filter(self, query: str, status: str | None = None) -> list:
        q = "".join(query.split()).lower()
        rows, keys = self.rows, self.keys
        if q:
            picked = [r for r, k in zip(rows, keys) if q in k]
        else:
            picked = rows
        if status:
            picked = [r for r in picked if r.status == status]
        return picked
