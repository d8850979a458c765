"""The roster's fields, their Chinese headers and the synonyms offices use, and finding the header
row below any title rows."""
from __future__ import annotations

import re
from dataclasses import dataclass

from app.importing.normalise import text


@dataclass(frozen=True)
class Field:
    key: str
    header: str                 # the name shown and written in templates and registers
    synonyms: tuple[str, ...]
    required: bool = False


FIELDS = (
    Field("student_no", "学号", ("学号", "学生编号", "学籍号", "学生学号", "学生号"), True),
    Field("name", "姓名", ("姓名", "学生姓名", "名字"), True),
    Field("gender", "性别", ("性别",)),
    Field("id_card", "身份证号", ("身份证号", "身份证号码", "身份证", "证件号码", "公民身份号码", "证件号")),
    Field("college", "学院", ("学院", "院系", "所在学院", "系别", "院(系)", "院部")),
    Field("class_name", "专业班级", ("专业班级", "班级", "专业", "所在班级", "专业及班级")),
    Field("phone", "联系电话", ("联系电话", "手机", "手机号", "手机号码", "电话", "联系方式", "电话号码")),
    Field("building", "楼栋", ("楼栋", "楼号", "宿舍楼", "公寓楼", "楼栋号", "楼宇", "宿舍楼栋")),
    Field("room_no", "房号", ("房号", "房间号", "宿舍号", "寝室号", "房间", "宿舍", "寝室")),
    Field("bed_no", "床号", ("床号", "床位号", "床位")),
    Field("check_in_date", "入住日期", ("入住日期", "入住时间", "入住日")),
    Field("status", "状态", ("状态", "住宿状态", "在住状态")),
    Field("remarks", "备注", ("备注", "说明")),
)
BY_KEY = {f.key: f for f in FIELDS}
HEADER_SCAN_ROWS = 30
_NOISE = re.compile(r"[\s*＊:：]|[（(][^)）]*[)）]$")


def clean_header(value) -> str:
    """'学号*', ' 学 号 ', '手机号（必填）' -> '学号', '学号', '手机号'."""
    return _NOISE.sub("", text(value))


_SYNONYMS = {s: f.key for f in FIELDS for s in f.synonyms}


def field_for(header) -> str | None:
    return _SYNONYMS.get(clean_header(header))


def auto_mapping(header_cells: list) -> dict[str, int]:
    """field key -> column index, first matching column wins."""
    mapping: dict[str, int] = {}
    for idx, cell in enumerate(header_cells):
        key = field_for(cell)
        if key and key not in mapping:
            mapping[key] = idx
    return mapping


def find_header(rows: list[list]) -> int | None:
    """Index of the header row: among the first rows, the one naming most known fields, at least
    two of them and 学号 or 姓名 among them."""
    best, best_score = None, 1
    for idx, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        found = set(auto_mapping(row))
        if len(found) > best_score and found & {"student_no", "name"}:
            best, best_score = idx, len(found)
    return best
