"""The printed slip and the weekly reconciliation read back with pypdf: text, copy labels, page
geometry, the 补打 and 作废 marks, many slips in one file; capital numerals."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from pypdf import PdfReader

from reports.pdf import reconciliation
from reports.pdf.common import capital_number
from reports.pdf.release_slip import COPY_LABELS, SlipItemPrint, SlipPrint, build

A4 = (595.28, 841.89)

SLIP = SlipPrint(
    org_name="XX大学学生公寓管理中心", slip_no="FX2026-000123", issue_date=dt.date(2026, 9, 15),
    valid_until=dt.date(2026, 9, 15), building="A座", unit_no="1203", tenant_name="深圳市某某科技有限公司",
    phone="13800138000", handler_name="张三（租户）", handler_id="身份证 440301********1234", reason="迁出",
    items=[SlipItemPrint("办公桌", "1.6米", "张", 4), SlipItemPrint("文件柜", "四门", "个", 6),
           SlipItemPrint("台式电脑", "联想M720", "台", 22, "含显示器")],
    endorsement="单位盖章：王经理", cs_approver="刘敏")


@pytest.mark.parametrize("n, text", [
    (0, "零"), (1, "壹"), (10, "壹拾"), (15, "壹拾伍"), (32, "叁拾贰"), (100, "壹佰"), (105, "壹佰零伍"),
    (110, "壹佰壹拾"), (1001, "壹仟零壹"), (1010, "壹仟零壹拾"), (10000, "壹万"), (10001, "壹万零壹"),
    (11000, "壹万壹仟"), (20305, "贰万零叁佰零伍"), (101000, "壹拾万壹仟"), (1010000, "壹佰零壹万"),
    (10000001, "壹仟万零壹"), (100000001, "壹亿零壹"), (100010000, "壹亿零壹万")])
def test_capital_numerals(n, text):
    assert capital_number(n) == text


def _text(path) -> tuple[PdfReader, str]:
    reader = PdfReader(path)
    return reader, "\n".join(p.extract_text() for p in reader.pages)


def test_slip_text_and_geometry(tmp_path):
    reader, text = _text(build([SLIP], tmp_path / "slip.pdf"))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == A4
    squeezed = text.replace(" ", "")
    assert squeezed.count("物品放行条") == 3
    assert text.count("FX2026-000123") == 3 and text.count("当日有效") >= 3
    for label in COPY_LABELS[3]:
        assert label in text
    for item in ("办公桌", "文件柜", "台式电脑", "联想M720"):
        assert text.count(item) == 3
    assert "叁拾贰件" in text and "补打" not in text and "作  废" not in text
    assert _embedded_fonts(reader.pages[0]), "the Chinese font must be embedded (a subset)"


def _embedded_fonts(page) -> list[str]:
    found = []
    for ref in page["/Resources"]["/Font"].values():
        font = ref.get_object()
        for desc in font.get("/DescendantFonts", [font]):
            descriptor = desc.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                found.append(str(font["/BaseFont"]))
    return found


def test_reprint_two_copies_and_void(tmp_path):
    slip = dataclasses.replace(SLIP, reprint=True, copies=2, voided=True)
    _, text = _text(build([slip], tmp_path / "slip.pdf"))
    assert text.count("补打") == 2
    assert "第三联" not in text and all(label in text for label in COPY_LABELS[2])
    assert "作" in text and "废" in text


def test_many_slips_one_pdf_with_progress(tmp_path):
    slips = [dataclasses.replace(SLIP, slip_no=f"FX2026-{n:06d}") for n in range(1, 13)]
    seen = []
    reader, text = _text(build(slips, tmp_path / "year.pdf", progress=lambda d, t: seen.append((d, t))))
    assert len(reader.pages) == 12
    assert seen[-1] == (12, 12)
    assert "FX2026-000012" in reader.pages[11].extract_text()


def test_more_items_than_rows_are_summed_not_cut(tmp_path):
    items = [SlipItemPrint(f"椅子{n}", "", "把", 1) for n in range(1, 13)]
    _, text = _text(build([dataclasses.replace(SLIP, items=items)], tmp_path / "s.pdf"))
    assert "其余 5 项" in text and "壹拾贰件" in text


def test_reconciliation_one_page(tmp_path):
    data = reconciliation.ReconciliationPrint(
        org_name="XX中心", period_label="2026-09-14 至 2026-09-20", building="全部", made_by="测试",
        made_at=dt.datetime(2026, 9, 21, 9), figures=(("开具", 60), ("放行", 50), ("回收", 40)),
        missing=[(f"FX2026-{n:06d}", "09-15", "A座 1203", "某公司", "已放行，门岗联未回收") for n in range(60)])
    reader, text = _text(reconciliation.build(data, tmp_path / "r.pdf"))
    assert len(reader.pages) == 1
    assert "物品放行条周对账表" in text and "FX2026-000000" in text and "另有 27 张" in text
