"""The repair slip (R1 维修单/派工单, domain.md §4) as a PDF form: two copies per A4 page, each with
the organisation name, the number, an information block, a fee block, a repair block with the
materials table, the signature row 报修人/认定人/维修人/验收人 and its copy label (第一联 ...).

`slip` is any object with the slip's fields as attributes (app.services.repairs.SlipDetail).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from app import vocab
from reports.pdf.common import (PAGE_H, PAGE_W, RED, box, build_pdf, capital_money, cut_line, font,
                                text, wrap)

MARGIN_X = 12
WIDTH = PAGE_W / mm - 2 * MARGIN_X
HALF = PAGE_H / mm / 2
ROW = 7
MATERIAL_ROWS = 3


def _t(value, fmt="%Y-%m-%d %H:%M") -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime(fmt)
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    return str(value)


def _money(value) -> str:
    return "" if value is None else f"{float(value):.2f}"


def _fit(face: str, s: str, width_mm: float, size: float) -> float:
    """The font size <= size at which `s` fits (one width measurement, then scaled)."""
    width = stringWidth(s, face, size)
    return size if width <= width_mm * mm else max(size * width_mm * mm / width, 5.5)


def _row(c, y, cells, widths=None, h=ROW, label_w=17):
    """A row of labelled cells across the form; widths in mm (default: equal).

    Drawn with direct canvas calls (one measurement per text) rather than common.labelled_cell,
    which measures repeatedly: the slip has ~50 cells and must print within 2× of bare reportlab."""
    widths = widths or [WIDTH / len(cells)] * len(cells)
    face = font()
    x = MARGIN_X
    for (label, value), w in zip(cells, widths):
        c.rect(x * mm, y * mm, label_w * mm, h * mm)
        c.rect((x + label_w) * mm, y * mm, (w - label_w) * mm, h * mm)
        c.setFont(face, 8.5)
        c.drawCentredString((x + label_w / 2) * mm, (y + h / 2 - 1.2) * mm, label)
        value = value or ""
        if value:
            avail = w - label_w - 3
            size = _fit(face, value, avail, 8.5)
            if size >= 7 or h < 9:
                c.setFont(face, size)
                c.drawString((x + label_w + 1.5) * mm, (y + h / 2 - 1.2) * mm, value)
            else:  # long text in a tall cell: two lines at 7.5 pt
                c.setFont(face, 7.5)
                for i, line in enumerate(wrap(value, avail, 7.5)[:2]):
                    c.drawString((x + label_w + 1.5) * mm, (y + h - 3.4 - i * 3.3) * mm, line)
        x += w


def draw_copy(c, slip, top: float, org_name: str, copy_label: str, copies_text: str) -> None:
    """One copy of the slip in the half page whose top edge is at `top` (mm from the bottom)."""
    c.setLineWidth(0.6)
    y = top - 7
    text(c, PAGE_W / mm / 2, y, org_name, 11, align="center")
    y -= 7
    text(c, PAGE_W / mm / 2, y, "维修单（派工单）", 16, align="center")
    text(c, MARGIN_X + WIDTH, y + 1, f"No. {slip.slip_no}", 11, align="right", color=RED)
    y -= 5.5
    text(c, MARGIN_X, y, f"报修时间：{_t(slip.reported_at)}    报修方式：{vocab.label('repairs.channel', slip.report_channel)}", 8.5)
    text(c, MARGIN_X + WIDTH, y, f"状态：{slip.status_label}", 8.5, align="right")
    y -= 2
    w3 = (56, 56, WIDTH - 112)
    y -= ROW
    _row(c, y, [("报修人", slip.reporter_name), ("学号", slip.student_no or ""),
                ("联系电话", slip.reporter_phone or "")], w3)
    y -= ROW
    _row(c, y, [("楼栋房号", f"{slip.building} {slip.room_no}"), ("维修类别", vocab.label("repairs.category", slip.category)),
                ("紧急程度", vocab.label("repairs.urgency", slip.urgency))], w3)
    y -= ROW
    _row(c, y, [("维修部位", slip.location_detail or ""), ("预约时间", _t(slip.appointment)),
                ("完成时限", _t(slip.due_at))], w3)
    y -= 9
    _row(c, y, [("故障描述", slip.fault_description)], h=9)
    y -= ROW
    charge = "" if slip.chargeable is None else ("收费" if slip.chargeable else "免费")
    _row(c, y, [("损坏原因", vocab.label("repairs.cause", slip.damage_cause)), ("是否收费", charge),
                ("收费标准", slip.fee_standard or "")], w3)
    y -= ROW
    _row(c, y, [("维修人员", slip.repairer or ""), ("派工时间", _t(slip.dispatched_at)),
                ("完成时间", _t(slip.completed_at))], w3)
    y -= 9
    _row(c, y, [("维修结果", slip.work_done or "")], h=9)
    y = _materials(c, y, slip.materials)
    y -= ROW
    total = slip.total_fee if slip.chargeable else 0
    total_text = "" if slip.chargeable is None else f"{_money(total)} 元  {capital_money(total or 0)}"
    _row(c, y, [("人工费", _money(slip.labour_fee)), ("材料费", _money(slip.materials_fee)),
                ("合计金额", total_text)], w3)
    y -= ROW
    _row(c, y, [("延误原因", slip.delay_reason or ""), ("收据号", slip.receipt_no or ""),
                ("满意度", vocab.label("common.rating", slip.satisfaction))], w3)
    y -= 13
    signers = [("报修人", slip.requester_signature or ""), ("认定人", slip.fee_assessed_by or ""),
               ("维修人", slip.repairer or ""), ("验收人", slip.accepted_by or "")]
    cell = WIDTH / len(signers)
    for i, (label, name) in enumerate(signers):
        x = MARGIN_X + i * cell
        box(c, x, y, cell, 12)
        text(c, x + 1.5, y + 8, f"{label}：", 8.5)
        if name:
            text(c, x + 13, y + 8, name, _fit(font(), name, cell - 15, 8.5), color=(0.35, 0.35, 0.35))
        text(c, x + cell - 1.5, y + 1.5, "年    月    日", 7, align="right")
    y -= 4.5
    text(c, MARGIN_X, y, copy_label, 9)
    text(c, MARGIN_X + WIDTH, y, copies_text, 8, align="right", color=(0.4, 0.4, 0.4))
    if slip.status == "voided":
        c.saveState()
        c.setFillColorRGB(*RED)
        c.setFillAlpha(0.25)
        c.translate(PAGE_W / 2, (top - HALF / 2) * mm)
        c.rotate(20)
        c.setFont(font(), 60)
        c.drawCentredString(0, 0, "作  废")
        c.restoreState()


def _materials(c, y: float, materials) -> float:
    cols = (("材料名称", 58), ("规格", 40), ("数量", 24), ("单价", 30), ("金额", WIDTH - 152))
    y -= 5
    x = MARGIN_X
    for header, w in cols:
        box(c, x, y, w, 5)
        text(c, x + w / 2, y + 1.6, header, 8, align="center")
        x += w
    lines = list(materials or [])
    if len(lines) > MATERIAL_ROWS:
        rest = lines[MATERIAL_ROWS - 1:]
        lines = lines[:MATERIAL_ROWS - 1] + [type("More", (), {
            "item": f"其余 {len(rest)} 项", "spec": "", "qty": None, "unit_price": None,
            "amount": sum(m.amount for m in rest)})()]
    for i in range(MATERIAL_ROWS):
        y -= 4.8
        m = lines[i] if i < len(lines) else None
        values = ("", "", "", "", "") if m is None else (
            m.item, m.spec or "", "" if m.qty is None else f"{m.qty.normalize():f}",
            "" if m.unit_price is None else _money(m.unit_price), _money(m.amount))
        x = MARGIN_X
        face = font()
        for (_, w), value in zip(cols, values):
            c.rect(x * mm, y * mm, w * mm, 4.8 * mm)
            if value:
                c.setFont(face, _fit(face, value, w - 3, 8))
                c.drawString((x + 1.5) * mm, (y + 1.3) * mm, value)
            x += w
    return y


def copy_layout(copies: int, labels: list[str]) -> list[str]:
    try:
        copies = max(1, min(int(copies or 2), 4))
    except (TypeError, ValueError):  # a mistyped setting prints the usual two copies
        copies = 2
    labels = list(labels or [])
    return [labels[i] if i < len(labels) else f"第{'一二三四'[i]}联" for i in range(copies)]


def build_repair_slip(slip, path: str | Path, *, org_name: str, copies: int = 2,
                      copy_labels: list[str] | None = None) -> Path:
    """Write the slip: `copies` copies (1–4), two per A4 page, separated by a cut line."""
    labels = copy_layout(copies, copy_labels or [])
    copies_text = f"一式{'一二三四'[len(labels) - 1]}联"

    def draw(c):
        for i, label in enumerate(labels):
            upper = i % 2 == 0
            if i and upper:
                c.showPage()
            draw_copy(c, slip, PAGE_H / mm - 4 if upper else HALF - 4, org_name, label, copies_text)
            if upper and i + 1 < len(labels):
                cut_line(c, HALF + 1)

    return build_pdf(path, f"维修单 {slip.slip_no}", draw)
