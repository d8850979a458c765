"""Chart helpers for the register engine: small summary tables computed from a register's rows
(counts per category, marked rows per week, sums per item) and native Excel charts over them.

Registers are found by the words of their column headers, not by their field names, so a module
can rename a field without breaking the monthly pack's charts; a register without the column
simply has no chart.
"""
from __future__ import annotations

import datetime as dt
import decimal
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference

from app import vocab
from app.texts import translate
from reports.excel.register import Col, RegisterSpec, _value


@dataclass(frozen=True)
class ChartData:
    """A two-column table (label, number) and how to chart it."""

    title: str
    label_header: str
    value_header: str
    pairs: tuple[tuple[str, float], ...]
    kind: str = "bar"  # bar | line


def find_col(spec: RegisterSpec, words: Sequence[str], kinds: Sequence[str] | None = None) -> Col | None:
    """The first column whose header contains one of `words` (in the order of `words`)."""
    for word in words:
        for col in spec.columns:
            if word in col.header and (kinds is None or col.kind in kinds):
                return col
    return None


def count_by(spec: RegisterSpec, rows: Sequence, words: Sequence[str], title: str) -> ChartData | None:
    """Rows per value of the first column named like `words` (e.g. repairs per 类别)."""
    col = find_col(spec, words, ("text",))
    if col is None:
        return None
    def shown(r):
        value = _value(r, col.key)
        return vocab.label(col.values, value) if col.values and value else value
    counts = Counter(str(shown(r) or translate("Registers", "（未填）")) for r in rows)
    pairs = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    return ChartData(title, translate("Columns", col.header), translate("Registers", "数量"), pairs)


def _is_marked(spec: RegisterSpec, row, flag: Col | None) -> bool:
    if flag is not None:
        value = _value(row, flag.key)
        return bool(value) and value not in ("否", "0")
    return bool(spec.mark_key and _value(row, spec.mark_key))


def marked_per_week(spec: RegisterSpec, rows: Sequence, start: dt.date, end: dt.date, title: str,
                    flag_words: Sequence[str] = ("逾期", "超时")) -> ChartData | None:
    """Marked rows (overdue...) per week of the period, by the register's first date column."""
    date_col = next((c for c in spec.columns if c.kind in ("date", "datetime")), None)
    flag = find_col(spec, flag_words)
    if date_col is None or (flag is None and not spec.mark_key):
        return None
    weeks: list[dt.date] = []
    day = start - dt.timedelta(days=start.weekday())
    while day <= end:
        weeks.append(day)
        day += dt.timedelta(days=7)
    counts = dict.fromkeys(weeks, 0)
    for row in rows:
        when = _value(row, date_col.key)
        if when is None or not _is_marked(spec, row, flag):
            continue
        if isinstance(when, dt.datetime):
            when = when.date()
        monday = when - dt.timedelta(days=when.weekday())
        if monday in counts:
            counts[monday] += 1
    pairs = tuple((translate("Registers", "{0}起").format(f"{w:%m-%d}"), counts[w]) for w in weeks)
    return ChartData(title, translate("Registers", "周"), translate("Registers", "逾期数"), pairs, kind="line")


def sum_by(spec: RegisterSpec, rows: Sequence, group_words: Sequence[str], value_words: Sequence[str],
           title: str) -> ChartData | None:
    """The sum of a money/number column per value of a text column (e.g. deductions per item)."""
    group = find_col(spec, group_words, ("text",))
    value = find_col(spec, value_words, ("money", "number", "int"))
    if group is None or value is None:
        return None
    sums: dict[str, decimal.Decimal] = defaultdict(decimal.Decimal)
    for r in rows:
        v = _value(r, value.key)
        if isinstance(v, (int, float, decimal.Decimal)):
            sums[str(_value(r, group.key) or translate("Registers", "（未填）"))] += decimal.Decimal(str(v))
    pairs = tuple(sorted(((k, float(v)) for k, v in sums.items()), key=lambda kv: (-kv[1], kv[0])))
    return ChartData(title, translate("Columns", group.header), translate("Columns", value.header), pairs)


def write_chart_sheet(wb, charts: Sequence[ChartData], title: str = "图表"):
    """One sheet holding each chart's small table and a native chart beside it."""
    ws = wb.create_sheet(title=title)
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 12
    row = 1
    placed = []
    for data in charts:
        head = WriteOnlyCell(ws, value=data.title)
        head.style = "dd_subtitle"
        ws.append([head])
        cells = []
        for text in (data.label_header, data.value_header):
            c = WriteOnlyCell(ws, value=text)
            c.style = "dd_header"
            cells.append(c)
        ws.append(cells)
        first = row + 2
        for label, number in data.pairs:
            a = WriteOnlyCell(ws, value=str(label))
            a.data_type = "s"
            a.style = "dd_text"
            b = WriteOnlyCell(ws, value=number)
            b.style = "dd_body"
            ws.append([a, b])
        last = first + len(data.pairs) - 1
        # leave room for the chart (about 16 rows tall) before the next table
        height = max(len(data.pairs) + 2, 18)
        for _ in range(height - len(data.pairs) - 2 + 1):
            ws.append([])
        if data.pairs:
            placed.append((data, first, last, row))
        row += height + 1
    for data, first, last, top in placed:
        ws.add_chart(_chart(ws, data, first, last), f"D{top}")
    return ws


def _chart(ws, data: ChartData, first: int, last: int):
    chart = LineChart() if data.kind == "line" else BarChart()
    if data.kind != "line":
        chart.type = "col"
    chart.title = data.title
    chart.legend = None
    chart.height, chart.width = 7.5, 16
    values = Reference(ws, min_col=2, min_row=first - 1, max_row=last)
    labels = Reference(ws, min_col=1, min_row=first, max_row=last)
    chart.add_data(values, titles_from_data=True)
    chart.set_categories(labels)
    chart.y_axis.title = data.value_header
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    return chart
