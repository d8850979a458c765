"""The weekly release-slip reconciliation (放行条周对账表) on one A4 page: the figures, the slips
still to account for, and the sign-off. More missing slips than fit are summed up, never cut."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.texts import QT_TRANSLATE_NOOP, translate
from reports.pdf.common import PAGE_H, PAGE_W, RED, box, build_pdf, fit_text, signature_row, text

MAX_ROWS = 34


@dataclass(frozen=True)
class ReconciliationPrint:
    """What the weekly report prints (plain data)."""

    org_name: str
    period_label: str
    building: str
    made_by: str
    made_at: dt.datetime
    figures: Sequence[tuple[str, int]]
    missing: Sequence[tuple[str, str, str, str, str]]  # 编号, 日期, 房号, 用户, 去向


COLS = ((QT_TRANSLATE_NOOP("Prints", "编号"), 34), (QT_TRANSLATE_NOOP("Prints", "开具日期"), 20),
        (QT_TRANSLATE_NOOP("Prints", "楼栋/房号"), 34), (QT_TRANSLATE_NOOP("Prints", "用户"), 50),
        (QT_TRANSLATE_NOOP("Prints", "去向"), 42))  # 180 mm
SIGNERS = [QT_TRANSLATE_NOOP("Prints", "制表人"), QT_TRANSLATE_NOOP("Prints", "客服主管"),
           QT_TRANSLATE_NOOP("Prints", "保安主管")]


def _draw(c: Canvas, data: ReconciliationPrint) -> None:
    w = PAGE_W / mm
    top = PAGE_H / mm - 15
    text(c, w / 2, top, data.org_name, 11, align="center")
    text(c, w / 2, top - 10, translate("Prints", "物品放行条周对账表"), 18, align="center")
    text(c, 15, top - 19, translate("Prints", "期间：{0}").format(data.period_label), 10)
    text(c, w - 15, top - 19, translate("Prints", "楼栋：{0}").format(data.building), 10, align="right")
    y = top - 24
    cell = (w - 30) / len(data.figures)
    for i, (label, value) in enumerate(data.figures):
        box(c, 15 + i * cell, y - 16, cell, 16)
        text(c, 15 + i * cell + cell / 2, y - 5.5, label, fit_text(label, cell - 2, 9), align="center")
        text(c, 15 + i * cell + cell / 2, y - 13, str(value), 14, align="center")
    y -= 24
    rows = list(data.missing)
    title = translate("Prints", "待查放行条（门岗联未回收、过期未跟进、拒放未回收）：{0} 张").format(len(rows))
    text(c, 15, y, title, fit_text(title, w - 30, 10.5), color=RED if rows else (0, 0, 0))
    y -= 3
    h = 6.2
    x = 15
    for label, cw in COLS:
        box(c, x, y - h, cw, h)
        label = translate("Prints", label)
        text(c, x + cw / 2, y - h + 1.9, label, fit_text(label, cw - 2, 9), align="center")
        x += cw
    y -= h
    shown = rows[:MAX_ROWS] if len(rows) <= MAX_ROWS else rows[:MAX_ROWS - 1]
    for row in shown:
        x = 15
        for (label, cw), value in zip(COLS, row):
            box(c, x, y - h, cw, h, width=0.4)
            text(c, x + 1.5, y - h + 1.9, value, fit_text(value, cw - 3, 8.5, 5.5))
            x += cw
        y -= h
    if len(rows) > MAX_ROWS:
        rest = len(rows) - len(shown)
        box(c, 15, y - h, w - 30, h, width=0.4)
        text(c, 17, y - h + 1.9, translate("Prints", "另有 {0} 张未列出，详见放行条登记簿（Excel）中标色的行。").format(rest), 8.5)
        y -= h
    if not rows:
        box(c, 15, y - h, w - 30, h, width=0.4)
        text(c, w / 2, y - h + 1.9, translate("Prints", "本期放行条全部对账完毕。"), 9, align="center")
    signature_row(c, 15, 14, w - 30, SIGNERS, h=16)
    text(c, 15, 8, translate("Prints", "制表：{0}  {1}    放行条保存期限：1 年").format(
        data.made_by, f"{data.made_at:%Y-%m-%d %H:%M}"), 7.5, color=(0.45, 0.45, 0.45))


def build(data: ReconciliationPrint, path: str | Path) -> Path:
    return build_pdf(path, translate("Prints", "物品放行条周对账表 {0}").format(data.period_label), lambda c: (_draw(c, data), c.showPage()))
