"""The register engine read back with openpyxl: layout, print setup, totals, marked rows and user
text that looks like a formula staying text."""
from __future__ import annotations

import datetime as dt
import decimal

from openpyxl import load_workbook

from reports.excel.charts import ChartData, count_by, marked_per_week, sum_by, write_chart_sheet
from reports.excel.register import Col, RegisterMeta, RegisterSpec, build_register, new_workbook

SPEC = RegisterSpec(title="测试登记表", sheet_name="测试", mark_key="late",
                    columns=(Col("day", "日期", "date"), Col("name", "姓名"), Col("cat", "类别", total="count"),
                             Col("fee", "金额", "money", total="sum"), Col("n", "件数", "int", total="sum")))
ROWS = [dict(day=dt.date(2026, 9, d), name=name, cat="水电", fee=decimal.Decimal("1.25"), n=2, late=d % 2 == 0)
        for d, name in enumerate(["=SUM(A1:A9)", "+86 138", "-1", "@cmd", "张三"], start=1)]


def test_layout_print_setup_totals_and_formula_text(tmp_path):
    path = build_register(SPEC, ROWS, tmp_path / "r.xlsx",
                          RegisterMeta(org_name="某大学", period_label="2026年9月", building_label="1号楼"))
    wb = load_workbook(path)
    ws = wb["测试"]
    assert ws["A1"].value == "测试登记表"
    assert "期间：2026年9月" in ws["A2"].value and "楼栋：1号楼" in ws["A2"].value
    assert [c.value for c in ws[3]] == ["日期", "姓名", "类别", "金额", "件数"]
    assert ws.freeze_panes == "A4" and ws.auto_filter.ref.startswith("A3:E")
    assert ws.print_title_rows == "$3:$3"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.oddFooter.center.text == "第 &P 页 共 &N 页"
    names = [ws.cell(row=r, column=2) for r in range(4, 9)]
    assert [c.value for c in names] == ["=SUM(A1:A9)", "+86 138", "-1", "@cmd", "张三"]
    assert all(c.data_type == "s" for c in names)
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    totals = [c.value for c in ws[9]]
    assert totals[0] == "合计" and totals[2] == 5 and totals[3] == 6.25 and totals[4] == 10
    marked = [ws.cell(row=r, column=1).fill.fgColor.rgb.endswith("FCE4D6") for r in range(4, 9)]
    assert marked == [False, True, False, True, False]  # cells reused row to row keep no mark
    assert ws["A4"].number_format == "yyyy-mm-dd" and ws["D4"].number_format == "#,##0.00"
    assert ws["B8"].number_format == "@" and ws["B4"].quotePrefix and not ws["B8"].quotePrefix
    assert ws["B8"].font.name == "宋体" and ws["C3"].font.b
    assert any("制表人" in str(c.value) for row in ws.iter_rows(min_row=10) for c in row)


def test_chart_helpers_find_columns_by_header_and_degrade():
    assert count_by(SPEC, ROWS, ("类别",), "t").pairs == (("水电", 5),)
    assert count_by(SPEC, ROWS, ("不存在",), "t") is None
    weeks = marked_per_week(SPEC, ROWS, dt.date(2026, 9, 1), dt.date(2026, 9, 30), "w")
    assert sum(v for _, v in weeks.pairs) == 2 and len(weeks.pairs) == 5
    assert sum_by(SPEC, ROWS, ("姓名",), ("金额",), "s").pairs[0][1] == 1.25
    assert sum_by(SPEC, ROWS, ("姓名",), ("不存在",), "s") is None


def test_chart_sheet_has_native_charts(tmp_path):
    wb = new_workbook()
    write_chart_sheet(wb, [ChartData("甲", "类别", "数量", (("a", 1), ("b", 2))),
                           ChartData("乙", "周", "数", (("x", 3),), kind="line"), ChartData("空", "a", "b", ())])
    wb.save(tmp_path / "c.xlsx")
    ws = load_workbook(tmp_path / "c.xlsx")["图表"]
    assert len(ws._charts) == 2  # an empty table gets no chart
    assert ws["A1"].value == "甲" and ws["A3"].value == "a" and ws["B4"].value == 2


def test_iso_text_becomes_a_real_excel_date_with_a_format(tmp_path):
    """Issue 15 item 5: a time held as ISO text (a JSON field) is written as a date, in any column."""
    spec = RegisterSpec(title="日期", columns=(Col("at", "回访时间", "datetime"), Col("day", "日期", "date"),
                                             Col("note", "备注"), Col("no", "学号")))
    rows = [dict(at="2026-11-05T12:16:00", day="2026-11-05", note="2026-11-06 08:30", no="2026-11")]
    ws = load_workbook(build_register(spec, rows, tmp_path / "d.xlsx", RegisterMeta())).worksheets[0]
    at, day, note, no = ws[4][:4]
    assert at.value == dt.datetime(2026, 11, 5, 12, 16) and at.number_format == "yyyy-mm-dd hh:mm"
    assert day.value == dt.datetime(2026, 11, 5) and day.number_format == "yyyy-mm-dd"
    assert note.value == dt.datetime(2026, 11, 6, 8, 30) and "yy" in note.number_format
    assert no.value == "2026-11" and no.data_type == "s"
