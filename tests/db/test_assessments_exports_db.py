"""The month's Excel table and the per-administrator PDF, read back."""
import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.errors import NotFound, ValidationError
from app.services import assessments_incidents as incidents
from app.services import assessments_sheet as sheet
from app.services import catalog, registers
from app.services.periods import parse_month, parse_range
from tests.assessments_data import item_id, setup_wardens


@pytest.fixture
def month(ctx):
    w = setup_wardens(ctx.db)
    rec = lambda staff, code, **kw: incidents.record(  # noqa: E731
        ctx, staff_id=w[staff], occurred_at=dt.datetime(2026, 9, 4, 23, 10), item_id=item_id(ctx.db, code),
        description="=查寝时发现外来人员", **kw)
    rec("张三", "3b")
    rec("张三", "1", deduction=10)
    rec("王五", "6", loss_amount=200)
    sheet.set_additions(ctx, "2026-09", w["李四"], 15, note="拾金不昧")
    return w


def test_excel_register_reads_back(ctx, month, tmp_path):
    out = registers.export(ctx, "assessments", parse_month("2026-09"), None, tmp_path / "kh.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == ["月度考核表", "扣款明细"]
    ws = wb["月度考核表"]
    assert ws["A1"].value.startswith("宿舍管理员月度考核表（2026年9月")
    headers = [c.value for c in ws[3]]
    assert headers[:5] == ["总排名", "管理员", "楼栋", "绩效基数", "违规次数"]
    assert "3b 外来人员留宿" in headers and "6 学生现金或财物因疏忽被盗（负连带责任）"[:24] in headers
    rows = {r[1]: dict(zip(headers, r, strict=False)) for r in ws.iter_rows(min_row=4, values_only=True) if r[1]}
    assert rows["李四"]["实发金额"] == 615 and rows["李四"]["总排名"] == 1
    assert rows["张三"]["3b 外来人员留宿"] == 20 and rows["张三"]["扣款合计"] == 30
    assert rows["王五"]["扣款合计"] == 60 and rows["王五"]["楼栋排名"] == 1
    total = next(r for r in ws.iter_rows(min_row=4, values_only=True) if r[0] == "合计")
    assert total[headers.index("扣款合计")] == 90 and total[headers.index("实发金额")] == 1800 - 90 + 15
    detail = wb["扣款明细"]
    texts = [r[6] for r in detail.iter_rows(min_row=4, values_only=True)]
    assert "=查寝时发现外来人员" in texts        # stays text, never a formula

    one = registers.export(ctx, "assessments", parse_month("2026-09"), "2号楼", tmp_path / "b2.xlsx")
    names = [r[1] for r in load_workbook(one)["月度考核表"].iter_rows(min_row=4, values_only=True)]
    assert "王五" in names and "张三" not in names
    with pytest.raises(ValidationError):
        registers.export(ctx, "assessments", parse_range("2026-09-01", "2026-10-15"), None, tmp_path / "x.xlsx")


def test_pdf_per_administrator_reads_back(ctx, month, tmp_path):
    build = catalog.prints()["assessment"].build
    out = build(ctx, "2026-09/张三", tmp_path / "zs.pdf")
    reader = PdfReader(out)
    content = "".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) == 1
    for expected in ("宿舍管理员月度考核表", "2026-09/张三", "张三", "1号楼", "外来人员留宿", "考核人",
                     "被考核人", "570.00", "伍佰柒拾元整", "尚未关闭"):
        assert expected in content, expected
    sheet.close_month(ctx, "2026-09")
    everyone = build(ctx, "2026-09", tmp_path / "all.pdf")
    reader = PdfReader(everyone)
    assert len(reader.pages) == 3
    assert "已于" in reader.pages[0].extract_text()
    by_id = build(ctx, f"2026-09/{month['王五']}", tmp_path / "ww.pdf")
    assert "王五" in PdfReader(by_id).pages[0].extract_text()
    with pytest.raises(NotFound):
        build(ctx, "2026-09/赵六", tmp_path / "none.pdf")
    with pytest.raises(ValidationError):
        build(ctx, "2026-13/张三", tmp_path / "bad.pdf")


def test_many_incidents_continue_on_a_second_page(ctx, tmp_path):
    w = setup_wardens(ctx.db)
    for day in range(1, 15):
        for hour in (8, 20):
            incidents.record(ctx, staff_id=w["李四"], occurred_at=dt.datetime(2026, 9, day, hour),
                             item_id=item_id(ctx.db, "5a"), deduction=5,
                             description="未按时检查归寝情况，也未做记录，学生干部反映多次" * 2)
    out = catalog.prints()["assessment"].build(ctx, "2026-09/李四", tmp_path / "ls.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    assert "（续）" in reader.pages[1].extract_text()
    assert "被考核人" in reader.pages[-1].extract_text()


def test_points_mode_prints_scores(ctx, month, tmp_path):
    from app.services import config
    config.set_value(ctx, "assessment.mode", "points")
    out = catalog.prints()["assessment"].build(ctx, "2026-09/张三", tmp_path / "pts.pdf")
    content = PdfReader(out).pages[0].extract_text()
    assert "考核得分" in content and "70.00 分" in content and "百分制" in content
    wb = load_workbook(registers.export(ctx, "assessments", parse_month("2026-09"), None, tmp_path / "p.xlsx"))
    headers = [c.value for c in wb["月度考核表"][3]]
    assert "得分" in headers and "扣分合计" in headers and "满分" in headers
