"""The student roster (学生住宿名单): from a sheet of cells to clean rows and per-row rejections.

Everything that can be judged from the file alone happens here: header and mapping, normalising,
required fields, 身份证号 (GB 11643), 性别 (derived from the ID when blank), 联系电话, dates,
duplicates of a 学号 or a bed inside the file (every row sharing one is rejected). Rules that need
the database (existing students, buildings, beds) are applied by app/services/roster_import.py.
"""
from __future__ import annotations

import datetime as dt
import gc
from collections import defaultdict
from dataclasses import dataclass, field

from app import vocab
from app.errors import ValidationError
from app.importing import columns, idcard, normalise
from app.importing.readers import Sheet
from app.texts import QT_TRANSLATE_NOOP

FOOTER_PREFIXES = ("合计", "总计", "小计", "制表人", "审核人", "注：", "注:", "说明：")
MAX_LEN = {"student_no": 32, "name": 64, "college": 64, "class_name": 64, "building": 64, "room_no": 16,
           "bed_no": 8, "remarks": 500}


@dataclass(frozen=True)
class Reject:
    row: int          # as Excel shows it
    column: str       # the field's Chinese name
    reason: str


@dataclass
class RosterRow:
    row: int
    values: dict      # field key -> clean value (text, or date for check_in_date)

    @property
    def bed_key(self) -> tuple | None:
        v = self.values
        if v.get("building") and v.get("room_no") and v.get("bed_no"):
            return (v["building"], v["room_no"], v["bed_no"])
        return None


@dataclass
class ParsedRoster:
    header_row: int                       # Excel row number of the header
    headers: list[str]                    # the header cells as written
    mapping: dict[str, int]               # field key -> column index in `headers`
    rows: list[RosterRow] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    skipped: int = 0                      # blank and totals rows

    @property
    def missing_required(self) -> list[str]:
        return [f.header for f in columns.FIELDS if f.required and f.key not in self.mapping]


def header_of(sheet: Sheet) -> tuple[int, list[str]]:
    idx = columns.find_header(sheet.rows)
    if idx is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "找不到表头：前 {n} 行中没有包含“学号”“姓名”等列名的行。"), n=columns.HEADER_SCAN_ROWS)
    return idx, [normalise.text(c) for c in sheet.rows[idx]]


def parse(sheet: Sheet, mapping: dict[str, int] | None = None, today: dt.date | None = None) -> ParsedRoster:
    """Clean rows and rejections; `mapping` (field -> column index) overrides the detected one."""
    # Tens of thousands of small dicts and no cycles: the cyclic collector would only rescan them.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse(sheet, mapping, today)
    finally:
        if enabled:
            gc.enable()


def _parse(sheet: Sheet, mapping: dict[str, int] | None, today: dt.date | None) -> ParsedRoster:
    idx, headers = header_of(sheet)
    mapping = dict(mapping) if mapping is not None else columns.auto_mapping(headers)
    parsed = ParsedRoster(idx + 1, headers, mapping)
    if parsed.missing_required:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "缺少必需的列：{cols}。请在列对应关系中指定。"),
                              cols="、".join(parsed.missing_required))
    items = list(mapping.items())
    width = max(mapping.values()) + 1
    body = []   # (Excel row, {field: raw cell})
    for r in range(idx + 1, len(sheet.rows)):
        cells = sheet.rows[r]
        if len(cells) < width:
            cells = list(cells) + [None] * (width - len(cells))
        first = next((c for c in cells if c is not None and c != "" and (c.__class__ is not str or c.strip())), None)
        if first is None or (first.__class__ is str and first.strip().startswith(FOOTER_PREFIXES)):
            parsed.skipped += 1
            continue
        raw = {key: cells[col] for key, col in items}
        if all(v is None or v == "" or (v.__class__ is str and not v.strip()) for v in raw.values()):
            parsed.skipped += 1
            continue
        body.append((r + 1, raw))
    # Normalise column by column (map over a list is far cheaper than per-cell calls in a row loop).
    clean = {}
    for keys, fn in ((_CODES, normalise.code), (_TEXTS, normalise.text)):
        for key in keys:
            if key in mapping:
                clean[key] = list(map(fn, [raw[key] for _, raw in body]))
    names = list(clean)
    for i, (excel_row, raw) in enumerate(body):
        row, problem = _clean(excel_row, {k: clean[k][i] for k in names}, raw, today)
        if problem:
            parsed.rejects.append(problem)
        else:
            parsed.rows.append(row)
    _reject_shared(parsed, lambda rr: rr.values["student_no"], "学号", "学号 {v} 在文件中出现了多次（第 {rows} 行）")
    _reject_shared(parsed, lambda rr: rr.values.get("id_card") or None, "身份证号",
                   "身份证号在文件中出现了多次（第 {rows} 行）")
    _reject_shared(parsed, lambda rr: rr.bed_key, "床号", "床位 {v} 被多行占用（第 {rows} 行）")
    parsed.rejects.sort(key=lambda x: x.row)
    return parsed


def _reject_shared(parsed: ParsedRoster, key, column: str, template: str) -> None:
    groups = defaultdict(list)
    for rr in parsed.rows:
        k = key(rr)
        if k is not None:
            groups[k].append(rr)
    bad = {id(rr) for rows in groups.values() if len(rows) > 1 for rr in rows}
    if not bad:
        return
    keep = []
    for rr in parsed.rows:
        if id(rr) in bad:
            k = key(rr)
            shown = "-".join(k) if isinstance(k, tuple) else k
            rows = "、".join(str(o.row) for o in groups[k])
            parsed.rejects.append(Reject(rr.row, column, template.format(v=shown, rows=rows)))
        else:
            keep.append(rr)
    parsed.rows = keep


_CODES = ("student_no", "id_card", "room_no", "bed_no")
_TEXTS = ("name", "college", "class_name", "building", "status", "remarks")


def _clean(row: int, v: dict, raw: dict, today: dt.date | None) -> tuple[RosterRow | None, Reject | None]:
    """`v` holds the already normalised codes and texts; the rest is judged from `raw`."""
    def reject(key, reason):
        return None, Reject(row, columns.BY_KEY[key].header, reason)

    if not v.get("student_no"):
        return reject("student_no", "学号为空")
    if not v.get("name"):
        return reject("name", "姓名为空")
    for key, value in v.items():
        if len(value) > MAX_LEN.get(key, 64):
            return reject(key, f"内容过长（最多 {MAX_LEN.get(key, 64)} 个字符）")
    number = v.get("id_card", "")
    if number:
        if isinstance(raw.get("id_card"), float) and raw["id_card"] >= 1e15:
            return reject("id_card", "身份证号被存成了数字，末几位已丢失；请把该列设为文本后重新填写")
        reason = idcard.problem(number, today)
        if reason:
            return reject("id_card", reason)
    gender = normalise.gender(raw.get("gender"))
    if gender and gender not in ("m", "f"):
        return reject("gender", f"性别应为“男”或“女”，而不是“{gender}”")
    if number:
        derived = idcard.gender(number)
        if gender and gender != derived:
            return reject("gender", f"性别“{vocab.label('residents.gender', gender)}”与身份证号"
                                    f"（{vocab.label('residents.gender', derived)}）不一致")
        gender = derived
    v["gender"] = gender
    if "phone" in raw:
        phone = normalise.phone(raw["phone"])
        if phone and not normalise.is_mobile(phone):
            return reject("phone", f"联系电话“{phone}”不是11位手机号码")
        v["phone"] = phone
    if "check_in_date" in raw:
        try:
            v["check_in_date"] = normalise.date(raw["check_in_date"])
        except (ValueError, OverflowError):
            return reject("check_in_date", f"入住日期“{normalise.text(raw['check_in_date'])}”无法识别")
    if v.get("status"):         # 在住/已退宿/休学/毕业 (or a code) -> the residents.student_status code
        status = vocab.code("residents.student_status", v["status"])
        if status is None:
            shown = "/".join(vocab.get("residents.student_status").labels.values())
            return reject("status", f"状态应为 {shown} 之一，而不是“{v['status']}”")
        v["status"] = status
    if v.get("bed_no") and not (v.get("building") and v.get("room_no")):
        return reject("room_no", "填写了床号但缺少楼栋或房号")
    if v.get("room_no") and not v.get("building"):
        return reject("building", "填写了房号但缺少楼栋")
    v["bed_no"] = v.get("bed_no", "").lstrip("0") or v.get("bed_no", "")
    return RosterRow(row, v), None
