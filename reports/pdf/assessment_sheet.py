"""A3 月度考核表 as PDF: one administrator per page (continued when the incidents do not fit), with
the month's incidents, totals, result, ranks and the signature lines 考核人 / 被考核人."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from app import vocab
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.pdf.common import (PAGE_H, PAGE_W, amount_in_words, box, build_pdf, fit_text, labelled_cell, line,
                                signature_row, text, wrap)
from reportlab.lib.units import mm

LEFT, WIDTH = 12.0, PAGE_W / mm - 24.0
# (header, width in mm, alignment)
TABLE = (("序号", 10, "center"), ("日期时间", 27, "center"), ("条款", 12, "center"), ("违规行为", 38, "left"),
         ("情况说明", 51, "left"), ("扣款", 16, "right"), ("申诉", 17, "center"), ("确认", 15, "center"))
ROW_H, LINE_H = 6.5, 3.3
# The captions drawn below, collected for translation (the drawing code translates each as it draws it).
CAPTIONS = (QT_TRANSLATE_NOOP("Prints", "序号"), QT_TRANSLATE_NOOP("Prints", "日期时间"),
            QT_TRANSLATE_NOOP("Prints", "条款"), QT_TRANSLATE_NOOP("Prints", "违规行为"),
            QT_TRANSLATE_NOOP("Prints", "情况说明"), QT_TRANSLATE_NOOP("Prints", "申诉"),
            QT_TRANSLATE_NOOP("Prints", "确认"), QT_TRANSLATE_NOOP("Prints", "被考核人"),
            QT_TRANSLATE_NOOP("Prints", "楼栋"), QT_TRANSLATE_NOOP("Prints", "绩效基数"),
            QT_TRANSLATE_NOOP("Prints", "满分"), QT_TRANSLATE_NOOP("Prints", "考核方式"),
            QT_TRANSLATE_NOOP("Prints", "扣款合计"), QT_TRANSLATE_NOOP("Prints", "扣分合计"),
            QT_TRANSLATE_NOOP("Prints", "加分/奖励"), QT_TRANSLATE_NOOP("Prints", "实发绩效"),
            QT_TRANSLATE_NOOP("Prints", "考核得分"), QT_TRANSLATE_NOOP("Prints", "楼栋排名"),
            QT_TRANSLATE_NOOP("Prints", "总排名"), QT_TRANSLATE_NOOP("Prints", "备注"),
            QT_TRANSLATE_NOOP("Prints", "考核人（签字）"), QT_TRANSLATE_NOOP("Prints", "被考核人（签字）"),
            QT_TRANSLATE_NOOP("Prints", "元"), QT_TRANSLATE_NOOP("Prints", "分"))


@dataclass(frozen=True)
class IncidentLine:
    when: str
    code: str
    item: str
    description: str
    deduction: Decimal
    appeal: str
    acknowledged: str


@dataclass(frozen=True)
class AdminSheet:
    """Everything one administrator's sheet prints (plain values; no database)."""

    number: str
    org_name: str
    month_label: str
    staff_name: str
    building: str
    mode: str                      # money | points
    unit: str
    base_amount: Decimal
    total_deduction: Decimal
    additions: Decimal
    additions_note: str
    result: Decimal                # final amount or score
    rank_building: str
    rank_overall: str
    status_text: str
    remarks: str = ""
    incidents: list = field(default_factory=list)


def _fmt(v: Decimal) -> str:
    return f"{v:,.2f}"


def _header(c, sheet: AdminSheet, page_no: int) -> float:
    top = PAGE_H / mm - 16
    text(c, PAGE_W / mm / 2, top, sheet.org_name, 12, align="center")
    title = translate("Prints", "宿舍管理员月度考核表") + (translate("Prints", "（续）") if page_no > 1 else "")
    text(c, PAGE_W / mm / 2, top - 9, title, 17, align="center")
    text(c, LEFT, top - 17, translate("Prints", "考核月份：{0}").format(sheet.month_label), 9.5)
    text(c, LEFT + WIDTH, top - 17, translate("Prints", "编号：{0}").format(sheet.number), 9.5, align="right")
    y = top - 28
    half = WIDTH / 2
    labelled_cell(c, LEFT, y, half, 8, "被考核人", sheet.staff_name)
    labelled_cell(c, LEFT + half, y, half, 8, "楼栋", sheet.building)
    y -= 8
    base_label, base_value = (("绩效基数", translate("Prints", "{0} 元").format(_fmt(sheet.base_amount)))
                              if sheet.mode == "money"
                              else ("满分", translate("Prints", "{0} 分").format(f"{sheet.base_amount:.0f}")))
    labelled_cell(c, LEFT, y, half, 8, "考核方式",
                  translate("Prints", "按次扣款（元）") if sheet.mode == "money" else translate("Prints", "百分制扣分"))
    labelled_cell(c, LEFT + half, y, half, 8, base_label, base_value)
    return y - 6


def _table_header(c, y: float, unit: str) -> float:
    x = LEFT
    for header, w, _ in TABLE:
        deduction = translate("Prints", "扣分({0})") if unit == "分" else translate("Prints", "扣款({0})")
        label = deduction.format(translate("Prints", unit)) if header == "扣款" else translate("Prints", header)
        box(c, x, y - ROW_H, w, ROW_H)
        text(c, x + w / 2, y - ROW_H + 2, label, fit_text(label, w - 1.5, 8.5), align="center")
        x += w
    return y - ROW_H


def _incident_row(c, y: float, n: int, inc: IncidentLine) -> float:
    desc_lines = wrap(inc.description, TABLE[4][1] - 2, 7.5)[:4]
    item_lines = wrap(inc.item, TABLE[3][1] - 2, 7.5)[:4]
    h = max(ROW_H, LINE_H * max(len(desc_lines), len(item_lines)) + 2.5)
    appeal = vocab.label("assessments.appeal", inc.appeal) if inc.appeal else ""
    values = (str(n), inc.when, inc.code, None, None, _fmt(inc.deduction), appeal, inc.acknowledged)
    x = LEFT
    for (header, w, align), value in zip(TABLE, values, strict=True):
        box(c, x, y - h, w, h)
        if value is None:
            lines = item_lines if header == "违规行为" else desc_lines
            for i, ln in enumerate(lines):
                text(c, x + 1, y - 3.6 - i * LINE_H, ln, 7.5)
        else:
            size = fit_text(value, w - 1.5, 8)
            if align == "right":
                text(c, x + w - 1, y - h / 2 - 1.2, value, size, align="right")
            else:
                text(c, x + w / 2, y - h / 2 - 1.2, value, size, align="center")
        x += w
    return y - h


def _summary(c, sheet: AdminSheet, y: float) -> float:
    half = WIDTH / 2
    unit = translate("Prints", sheet.unit)
    labelled_cell(c, LEFT, y - 8, half, 8, "扣款合计" if sheet.mode == "money" else "扣分合计",
                  f"{_fmt(sheet.total_deduction)} {unit}")
    labelled_cell(c, LEFT + half, y - 8, half, 8, "加分/奖励",
                  f"{_fmt(sheet.additions)} {unit}" + (f"（{sheet.additions_note}）" if sheet.additions_note else ""))
    y -= 8
    if sheet.mode == "money":
        result = translate("Prints", "{0} 元    大写：{1}").format(_fmt(sheet.result), amount_in_words(sheet.result))
        labelled_cell(c, LEFT, y - 8, WIDTH, 8, "实发绩效", result, label_w=22)
    else:
        labelled_cell(c, LEFT, y - 8, WIDTH, 8, "考核得分", translate("Prints", "{0} 分（满分 {1}）").format(
            f"{sheet.result:.2f}", f"{sheet.base_amount:.0f}"))
    y -= 8
    labelled_cell(c, LEFT, y - 8, half, 8, "楼栋排名", sheet.rank_building)
    labelled_cell(c, LEFT + half, y - 8, half, 8, "总排名", sheet.rank_overall)
    y -= 8
    labelled_cell(c, LEFT, y - 14, WIDTH, 14, "备注", sheet.remarks or "")
    return y - 14


def _draw_sheet(c, sheet: AdminSheet) -> None:
    page = 1
    y = _table_header(c, _header(c, sheet, page), sheet.unit)
    if not sheet.incidents:
        box(c, LEFT, y - ROW_H, WIDTH, ROW_H)
        text(c, LEFT + WIDTH / 2, y - ROW_H + 2, translate("Prints", "本月无违规记录"), 9, align="center")
        y -= ROW_H
    for n, inc in enumerate(sheet.incidents, start=1):
        if y < 90 and n < len(sheet.incidents) or y < 30:
            _footer(c, sheet, page)
            c.showPage()
            page += 1
            y = _table_header(c, _header(c, sheet, page), sheet.unit)
        y = _incident_row(c, y, n, inc)
    if y < 80:
        _footer(c, sheet, page)
        c.showPage()
        page += 1
        y = _header(c, sheet, page)
    y = _summary(c, sheet, y - 3)
    signature_row(c, LEFT, y - 22, WIDTH, ["考核人（签字）", "被考核人（签字）"], h=16)
    _footer(c, sheet, page)


def _footer(c, sheet: AdminSheet, page: int) -> None:
    line(c, LEFT, 14, LEFT + WIDTH, 14, width=0.3)
    text(c, LEFT, 10, sheet.status_text, 7.5, color=(0.35, 0.35, 0.35))
    text(c, LEFT + WIDTH, 10, translate("Prints", "{0} 第 {1} 页").format(sheet.staff_name, page), 7.5, align="right",
         color=(0.35, 0.35, 0.35))


def build_assessment_sheets(sheets: list[AdminSheet], path: str | Path, title: str = "月度考核表") -> Path:
    """One PDF with each administrator's sheet starting on a new page."""

    def draw(c):
        for i, sheet in enumerate(sheets):
            if i:
                c.showPage()
            _draw_sheet(c, sheet)

    return build_pdf(path, title, draw)
