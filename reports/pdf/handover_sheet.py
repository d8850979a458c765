"""The shift handover sheet (交接班记录): one A4 page listing what was open at the handover, the
notes, and both signatures. Long lists are cut to fit the page, saying how many were left out."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from app import vocab
from app.texts import QT_TRANSLATE_NOOP, punctuate, translate
from reports.pdf.common import PAGE_H, PAGE_W, box, build_pdf, fit_text, labelled_cell, line, text, wrap

LEFT, RIGHT = 15.0, PAGE_W / mm - 15.0  # mm
WIDTH = RIGHT - LEFT
LINE_H = 4.6
SECTION_H = 7.0
# The captions drawn below, collected for translation (labelled_cell translates them as it draws).
CAPTIONS = (QT_TRANSLATE_NOOP("Prints", "楼栋"), QT_TRANSLATE_NOOP("Prints", "状态"), QT_TRANSLATE_NOOP("Prints", "班次"))


def _fmt(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _budget(sections, lines_available: int) -> list[int]:
    """How many lines each section may show: small sections in full, the rest shared fairly."""
    wanted = [max(len(s.rows), 1) for s in sections]
    if sum(wanted) <= lines_available:
        return wanted
    shown = [0] * len(sections)
    left = lines_available
    order = sorted(range(len(sections)), key=lambda i: wanted[i])
    for pos, i in enumerate(order):
        fair = max(left // (len(order) - pos), 2)
        shown[i] = min(wanted[i], fair)
        left -= shown[i]
    return shown


def draw(c, row, org_name: str) -> None:
    top = PAGE_H / mm - 15
    text(c, PAGE_W / mm / 2, top - 4, translate("Prints", "交接班记录"), 18, align="center")
    text(c, LEFT, top - 11, org_name, 9)
    text(c, RIGHT, top - 11, translate("Prints", "编号：{0}").format(row.number), 9, align="right")
    y = top - 22
    half = WIDTH / 2
    labelled_cell(c, LEFT, y, half, 8, "楼栋", row.building_name)
    labelled_cell(c, LEFT + half, y, half, 8, "状态", vocab.label("handover.status", row.status))
    y -= 8
    labelled_cell(c, LEFT, y, WIDTH, 8, "班次",
                  translate("Prints", "{0}  至  {1}").format(_fmt(row.shift_start), _fmt(row.shift_end)))
    y -= 12

    notes_lines = wrap(row.notes or translate("Prints", "（无）"), WIDTH - 4, 9)[:6]
    in_notes = wrap(row.incoming_notes, WIDTH - 4, 9)[:3] if row.incoming_notes else []
    bottom_block = 30 + len(notes_lines) * LINE_H + (len(in_notes) * LINE_H + 8 if in_notes else 0) + 10
    # each section takes its title bar, 1 mm above the rows and 1.5 mm after them
    lines_available = int((y - 15 - bottom_block - (SECTION_H + 2.5) * len(row.sections)) // LINE_H)
    budget = _budget(row.sections, max(lines_available, len(row.sections)))
    for section, shown in zip(row.sections, budget, strict=True):
        c.setFillColorRGB(0.87, 0.9, 0.94)
        c.rect(LEFT * mm, (y - SECTION_H + 1) * mm, WIDTH * mm,
               (SECTION_H - 1) * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        text(c, LEFT + 2, y - SECTION_H + 2.8,
             translate("Prints", "{0}（{1} 项）").format(translate("Handover", section.title), len(section.rows)), 10.5)
        y -= SECTION_H + 1
        rows = list(section.rows) or [translate("Prints", "无")]
        visible = rows[:shown]
        if len(rows) > shown:
            visible = rows[:max(shown - 1, 1)]
        for n, item in enumerate(visible, start=1):
            s = f"{n}. {item}" if section.rows else item
            text(c, LEFT + 3, y - 3, s, fit_text(s, WIDTH - 6, 9, 6.5))
            y -= LINE_H
        if len(rows) > len(visible):
            text(c, LEFT + 3, y - 3, translate("Prints", "……另有 {0} 项，请在系统中查看。").format(len(rows) - len(visible)), 9,
                 color=(0.6, 0.1, 0.1))
            y -= LINE_H
        y -= 1.5

    y -= 2
    text(c, LEFT, y - 3, translate("Prints", "交班说明："), 10.5)
    y -= 5
    box(c, LEFT, y - len(notes_lines) * LINE_H - 2, WIDTH, len(notes_lines) * LINE_H + 2)
    for ln in notes_lines:
        text(c, LEFT + 2, y - 3.4, ln, 9)
        y -= LINE_H
    y -= 4
    if in_notes:
        text(c, LEFT, y - 3, translate("Prints", "接班备注："), 10.5)
        y -= 5
        for ln in in_notes:
            text(c, LEFT + 2, y - 3.4, ln, 9)
            y -= LINE_H
        y -= 3

    sig_y = 18
    cell = WIDTH / 2
    for i, (label, name, when) in enumerate(((QT_TRANSLATE_NOOP("Prints", "交班人"), row.outgoing_name, row.shift_end),
                                             (QT_TRANSLATE_NOOP("Prints", "接班人"), row.incoming_name or "", row.confirmed_at))):
        x = LEFT + i * cell
        box(c, x, sig_y, cell, 18)
        text(c, x + 2, sig_y + 12, punctuate(f"{translate('Prints', label)}：") + name, 10)
        text(c, x + 2, sig_y + 6, translate("Prints", "系统确认时间：{0}").format(
            _fmt(when) or translate("Prints", "未确认")), 8.5)
        text(c, x + 2, sig_y + 1.5, translate("Prints", "签名："), 8.5)
        line(c, x + 12, sig_y + 1.5, x + cell - 4, sig_y + 1.5, width=0.4)
    text(c, PAGE_W / mm / 2, 8, translate("Prints", "第 {0} 页 共 {1} 页").format(1, 1), 8, align="center")


def build_handover_sheet(row, org_name: str, path: str | Path) -> Path:
    """Write one handover record's page (`row` is a handover.HandoverRow)."""
    return build_pdf(path, translate("Prints", "交接班记录 {0}").format(row.number), lambda c: draw(c, row, org_name))
