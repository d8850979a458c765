"""The one register engine: a register is declared once (columns, headers, widths, kinds, totals)
and written by `write_register` into the shared style (style.py).

Layout of a register sheet: row 1 title, row 2 organisation / period / building, row 3 headers
(frozen, filtered, repeated on every printed page), data rows, a totals row, then the signature
line 制表人 / 审核人 / 日期. Workbooks are written in openpyxl's write-only mode (fast and bounded
in memory); text that starts with = + - @ stays text.
"""
from __future__ import annotations

import datetime as dt
import decimal
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from app import vocab
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.excel import style
from reports.excel.spec import Col, RegisterMeta, RegisterSpec  # noqa: F401 - re-exported
from reports.files import atomic_path

FORMULA_START = ("=", "+", "-", "@")
CENTER_ACROSS = Alignment(horizontal="centerContinuous", vertical="center")
SIGN_LINE = QT_TRANSLATE_NOOP("Registers", "制表人：______________    审核人：______________    日期：______________")
# The engine's other words, collected for lupdate (translated where they are written).
_WORDS = (QT_TRANSLATE_NOOP("Registers", "合计"), QT_TRANSLATE_NOOP("Registers", "楼栋：{0}"),
          QT_TRANSLATE_NOOP("Registers", "期间：{0}"), QT_TRANSLATE_NOOP("Registers", "第 &P 页 共 &N 页"))


def _value(row, key):
    if isinstance(row, dict):
        return row.get(key)
    return getattr(row, key, None)


class _RegisterCell(Cell):
    """A write-only cell that may carry its workbook style id, so writing it skips openpyxl's
    per-cell lookup of the style in the workbook's list (a hash of the style array each time)."""

    __slots__ = ("_sid",)

    def __init__(self, worksheet, value=None):
        super().__init__(worksheet, value=value)
        self._sid = None

    @property
    def style_id(self):
        return self._sid if self._sid is not None else Cell.style_id.fget(self)


def _set_style(cell, name: str, private: bool = False) -> None:
    """cell.style = name, with the resolved style array cached on the workbook: openpyxl's named
    style lookup costs about 20 µs a cell, most of a register's writing time. Cells share the
    cached array and its id (write-only cells are written and dropped) unless `private` (to be
    changed: marked fill, quote prefix)."""
    wb = cell.parent.parent
    cache = wb.__dict__.setdefault("_dd_style_arrays", {})
    found = cache.get(name)
    if found is None:
        cell.style = name
        arr = copy(cell._style)
        found = cache[name] = (arr, wb._cell_styles.add(arr))
    if private:
        cell._style = copy(found[0])
    else:
        cell._style, cell._sid = found


def _cells_to_row(ws):
    """A replacement for the write-only sheet's row conversion, for rows made of cells only:
    openpyxl's own tries each cell as a value first (an exception) and builds a spare cell each
    time, which doubles the cost of a styled row."""
    def convert(values, row_idx):
        for col_idx, cell in enumerate(values, 1):
            if cell is None:
                continue
            if not isinstance(cell, Cell):
                cell = WriteOnlyCell(ws, value=cell)
            cell.column, cell.row = col_idx, row_idx
            yield cell
    return convert


def _cell(ws, value, kind: str, marked: bool = False):
    return _fill(_RegisterCell(ws), value, kind, marked)


def as_date(value: str):
    """An ISO date or date-time held as text (a JSON field, a string column) as a real date, so
    that Excel sorts, filters and formats it; None when the text is not a whole ISO date."""
    if not (10 <= len(value) <= 26 and value[4:5] == "-" and value[7:8] == "-" and value[:4].isdigit()):
        return None
    try:
        if len(value) == 10:
            return dt.date.fromisoformat(value)
        return dt.datetime.fromisoformat(value).replace(tzinfo=None)
    except ValueError:
        return None


def _fill(cell, value, kind: str, marked: bool = False):
    """Give `cell` (new, or reused from the previous row) a value and its register style."""
    if isinstance(value, bool):
        value = _YES if value else _NO
    elif isinstance(value, decimal.Decimal):
        value = float(value)
    elif isinstance(value, str) and (kind in ("date", "datetime") or value[:2] in ("19", "20")):
        value = as_date(value) or value
    cell.value = value
    cell._sid = None
    quote = False
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with
        name = "dd_text" if kind == "text" else "dd_body"
        quote = value.startswith(FORMULA_START)
    elif value is None:
        name = style.KIND_STYLE.get(kind, "dd_body")
    elif isinstance(value, dt.datetime):
        name = "dd_datetime"
    elif isinstance(value, dt.date):
        name = "dd_date"
    else:
        name = style.KIND_STYLE.get(kind, "dd_body")
    _set_style(cell, name, private=quote or marked)
    if quote:
        cell.quotePrefix = True
    if marked:
        cell.fill = style.MARKED
    return cell


def _text_of(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


_YES, _NO = "是", "否"


def _texts() -> None:
    """The engine's own words in the current language (looked up once per register)."""
    global _YES, _NO
    _YES, _NO = translate("Columns", "是"), translate("Columns", "否")


def shown_spec(spec: RegisterSpec) -> RegisterSpec:
    """`spec` with title, sheet name and headers in the current language."""
    from dataclasses import replace
    return replace(spec, title=translate("Registers", spec.title),
                   sheet_name=spec.sheet_name and translate("Registers", spec.sheet_name),
                   columns=tuple(replace(c, header=translate("Columns", c.header)) for c in spec.columns))


def _value_labeler(col: Col):
    """A cached code -> label function for a column naming a vocabulary (None otherwise)."""
    if not col.values:
        return None
    cache: dict = {}

    def labeled(value):
        if value is None:
            return None
        found = cache.get(value)
        if found is None:
            found = cache[value] = vocab.label(col.values, value)
        return found
    return labeled


def spec_has_personal(spec: RegisterSpec) -> bool:
    """Does the register hold ID or phone numbers (its title row then says whether they are masked)?"""
    return any(c.personal for c in spec.columns)


def column_widths(spec: RegisterSpec, rows: Sequence) -> list[float]:
    widths = []
    sample = rows[:300]
    for col in spec.columns:
        if col.width:
            widths.append(col.width)
            continue
        longest = max([style.display_width(col.header)] +
                      [style.display_width(_text_of(_value(r, col.key))) for r in sample])
        widths.append(min(max(longest + 2, 6), 48))
    return widths


def write_register(wb: Workbook, spec: RegisterSpec, rows: Sequence, meta: RegisterMeta,
                   progress: Callable[[int, int], None] | None = None):
    """Append one register sheet to a write-only workbook; return the sheet."""
    style.register_styles(wb)
    _texts()
    spec = shown_spec(spec)
    ws = wb.create_sheet(title=(spec.sheet_name or spec.title)[:31])
    ws._values_to_row = _cells_to_row(ws)
    ncols = len(spec.columns)
    for idx, width in enumerate(column_widths(spec, rows), start=1):
        ws.column_dimensions[get_column_letter(idx)].width = width
    last_col = get_column_letter(ncols)
    ws.freeze_panes = "A4"
    ws.auto_filter.ref = f"A3:{last_col}{3 + max(len(rows), 1)}"
    style.setup_print(ws, header_rows="3:3", landscape=spec.landscape)

    title = WriteOnlyCell(ws, value=spec.title)
    title.style = "dd_title"
    title.alignment = CENTER_ACROSS
    ws.append([title] + [_continuous(ws) for _ in range(ncols - 1)])
    sub_parts = [p for p in (meta.org_name,
                             meta.building_label and translate("Registers", "楼栋：{0}").format(meta.building_label),
                             meta.period_label and translate("Registers", "期间：{0}").format(meta.period_label),
                             spec_has_personal(spec) and meta.privacy_label)
                 if p]
    sub = WriteOnlyCell(ws, value="    ".join(sub_parts))
    sub.data_type = "s"
    sub.style = "dd_subtitle"
    ws.append([sub])
    header = []
    for col in spec.columns:
        c = WriteOnlyCell(ws, value=col.header)
        c.style = "dd_header"
        header.append(c)
    ws.append(header)

    totals = [decimal.Decimal(0) if c.total == "sum" else 0 for c in spec.columns]
    total_count = len(rows)
    step = max(total_count // 50, 1)
    # One cell per column, refilled for each row: a write-only sheet writes a row out during
    # append(), so the cells are free again afterwards (creating 2 objects a cell cost ~25%).
    pool = [_RegisterCell(ws) for _ in spec.columns]
    labelers = [_value_labeler(col) for col in spec.columns]
    for n, row in enumerate(rows, start=1):
        marked = bool(spec.mark_key and _value(row, spec.mark_key))
        out = pool
        for i, col in enumerate(spec.columns):
            value = _value(row, col.key)
            labeler = labelers[i]
            _fill(pool[i], labeler(value) if labeler else value, col.kind, marked)
            if col.total == "sum" and isinstance(value, (int, float, decimal.Decimal)):
                totals[i] += decimal.Decimal(str(value))
            elif col.total == "count" and value not in (None, "", False):
                totals[i] += 1
        ws.append(out)
        if progress and n % step == 0:
            progress(n, total_count)

    if any(c.total for c in spec.columns):
        out = []
        for i, col in enumerate(spec.columns):
            if i == 0:
                value = translate("Registers", "合计")
            elif col.total == "sum":
                value = float(totals[i]) if col.kind == "money" else int(totals[i])
            elif col.total == "count":
                value = int(totals[i])
            else:
                value = None
            c = WriteOnlyCell(ws, value=value)
            c.style = "dd_total"
            if col.kind == "money" and value is not None and i:
                c.number_format = "#,##0.00"
            out.append(c)
        ws.append(out)
    for note in meta.notes:
        ws.append([_plain(ws, note)])
    ws.append([])
    ws.append([_plain(ws, translate("Registers", SIGN_LINE))])
    if progress:
        progress(total_count, total_count)
    return ws


def _continuous(ws):
    c = WriteOnlyCell(ws, value=None)
    c.style = "dd_title"
    c.alignment = CENTER_ACROSS
    return c


def _plain(ws, text):
    c = WriteOnlyCell(ws, value=text)
    c.data_type = "s"
    c.style = "dd_sign"
    return c


def new_workbook() -> Workbook:
    wb = Workbook(write_only=True)
    style.register_styles(wb)
    return wb


def build_register(spec: RegisterSpec, rows: Sequence, path: str | Path, meta: RegisterMeta,
                   progress=None, extra_sheets: Iterable[tuple[RegisterSpec, Sequence]] = ()) -> Path:
    """One workbook with the register (and any extra sheets, e.g. a summary), written atomically."""
    wb = new_workbook()
    write_register(wb, spec, rows, meta, progress)
    for extra_spec, extra_rows in extra_sheets:
        write_register(wb, extra_spec, extra_rows, meta)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return Path(path)
