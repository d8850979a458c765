"""The monthly pack read back with openpyxl and pypdf: cover, one sheet per register, totals equal
to the database, print setup, no formula from user text, charts; refusals."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.errors import NotFound, PermissionDenied
from app.services import catalog, monthly_pack
from app.services.periods import parse_month
from tests import factories, reports_data
from tests.conftest import context_for


@pytest.fixture
def month_data(db):
    b1 = factories.building(db, "1号楼", rooms=("101", "102"), beds=4)
    b2 = factories.building(db, "2号楼", rooms=("201",), beds=4)
    beds1 = b1["beds"]["101"] + b1["beds"]["102"]
    reports_data.add_moves(db, beds1, dt.datetime(2026, 9, 2, 9), 6, "A")
    reports_data.add_moves(db, b2["beds"]["201"], dt.datetime(2026, 9, 20, 9), 3, "B")
    reports_data.add_moves(db, beds1[6:], dt.datetime(2026, 8, 20, 9), 2, "C")  # previous month
    return b1, b2


def _sheet_rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_pack_has_cover_a_sheet_per_register_and_charts(ctx, month_data, monkeypatch, tmp_path):
    reports_data.install(monkeypatch)
    progress = []
    path = monthly_pack.export(ctx, parse_month("2026-09"), None, tmp_path / "pack.xlsx",
                               lambda d, t: progress.append((d, t)))
    wb = load_workbook(path)
    names = wb.sheetnames
    assert names[0] == "封面"
    for sheet in ("入住退宿", "维修登记", "维修汇总（测试）", "备用钥匙借用", "考核扣款", "图表"):
        assert sheet in names
    assert "审计日志" not in names  # the audit log is not part of the pack
    # totals equal to the database's counts
    moves = wb["入住退宿"]
    rows = _sheet_rows(moves)
    assert rows[2] == ["日期", "学号", "姓名", "类别", "原因"]
    expected = reports_data.moves_count(ctx, parse_month("2026-09"))
    assert expected == 9
    total_row = next(r for r in rows if r[0] == "合计")
    assert total_row[3] == expected
    assert len([r for r in rows[3:] if r[1] and str(r[1])[0] in "AB"]) == expected
    # print setup on every register sheet
    for name in ("入住退宿", "维修登记", "备用钥匙借用", "考核扣款"):
        ws = wb[name]
        assert ws.print_title_rows == "$3:$3"
        assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.orientation == "landscape"
        assert "第 &P 页 共 &N 页" in ws.oddFooter.center.text
        assert ws.freeze_panes == "A4"
    # user text starting with = stays text
    loans = wb["备用钥匙借用"]
    for row in loans.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
    assert any(c.value == '=HYPERLINK("x")' for row in loans.iter_rows() for c in row)
    # money total
    assess = _sheet_rows(wb["考核扣款"])
    assert next(r for r in assess if r[0] == "合计")[3] == pytest.approx(80.0)
    # cover: key figures and sign-off
    cover = _sheet_rows(wb["封面"])
    flat = [str(v) for r in cover for v in r if v is not None]
    assert cover[0][0] == "2026年9月月度报表"
    assert "入住退宿登记（测试）" in flat and "制表人：" in flat and "审核人：" in flat
    fig = next(r for r in cover if r[0] == "入住退宿登记（测试）" and r[2] == "记录数")
    assert fig[1] == expected
    # charts: three native charts on the chart sheet
    charts_ws = wb["图表"]
    assert len(charts_ws._charts) == 3
    chart_rows = _sheet_rows(charts_ws)
    assert ["水电", 4] in chart_rows and ["门窗", 2] in chart_rows
    assert ["卫生", 30] in chart_rows
    assert progress[-1][0] == progress[-1][1]


def test_pack_for_one_building_and_without_chart_registers(ctx, month_data, monkeypatch, tmp_path):
    only_moves = {"test-moves": reports_data.TEST_REGISTERS[0]}
    monkeypatch.setattr(catalog, "registers", lambda: only_moves)
    path = monthly_pack.export(ctx, parse_month("2026-09"), "2号楼", tmp_path / "b2.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["封面", "入住退宿"]  # no chart sheet when nothing to chart
    rows = _sheet_rows(wb["入住退宿"])
    assert "楼栋：2号楼" in rows[1][0]
    assert next(r for r in rows if r[0] == "合计")[3] == 3


def test_pack_refusals(ctx, month_data, monkeypatch, tmp_path):
    reports_data.install(monkeypatch)
    with pytest.raises(NotFound):
        monthly_pack.export(ctx, parse_month("2026-09"), "9号楼", tmp_path / "x.xlsx")
    limited = context_for(ctx, "clerk", building_ids=[month_data[1]["building"]])
    with pytest.raises(PermissionDenied):
        monthly_pack.export(limited, parse_month("2026-09"), "1号楼", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_pack_pdf(ctx, month_data, monkeypatch, tmp_path):
    reports_data.install(monkeypatch)
    path = monthly_pack.export_pdf(ctx, parse_month("2026-09"), None, tmp_path / "pack.pdf")
    reader = PdfReader(str(path))
    assert len(reader.pages) >= 6  # cover, 4 registers, charts
    text = "".join(p.extract_text() for p in reader.pages)
    for needle in ("2026年9月月度报表", "入住退宿登记（测试）", "维修登记（测试）", "各类别报修数量", "共"):
        assert needle in text


def test_a_failing_register_is_left_out_and_named_on_the_cover(ctx, month_data, monkeypatch, tmp_path):
    def broken(ctx, period, building):
        raise RuntimeError("模块故障")

    sources = {"test-moves": reports_data.TEST_REGISTERS[0],
               "broken": catalog.RegisterSource("broken", "坏掉的登记表", broken)}
    monkeypatch.setattr(catalog, "registers", lambda: sources)
    wb = load_workbook(monthly_pack.export(ctx, parse_month("2026-09"), None, tmp_path / "p.xlsx"))
    assert wb.sheetnames == ["封面", "入住退宿"]
    cover = [str(v) for r in wb["封面"].iter_rows(values_only=True) for v in r if v]
    assert any("坏掉的登记表 读取失败" in v for v in cover)
    pdf = monthly_pack.export(ctx, parse_month("2026-09"), None, tmp_path / "p.pdf")  # .pdf gives the PDF
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "坏掉的登记表 读取失败" in text
