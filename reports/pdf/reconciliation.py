"""The weekly release-slip reconciliation (放行条周对账表) on one A4 page: the figures, the slips
still to account for, and the sign-off. More missing slips than fit are summed up, never cut."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

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


COLS = (("编号", 34), ("开具日期", 20), ("楼栋/房号", 34), ("用户", 50), ("去向", 42))  # 180 mm


def _draw(c: Canvas, data: ReconciliationPrint) -> None:
    w = PAGE_W / mm
    top = PAGE_H / mm - 15
    text(c, w / 2, top, data.org_name, 11, align="center")
    text(c, w / 2, top - 10, "物品放行条周对账表", 18, align="center")
    text(c, 15, top - 19, f"期间：{data.period_label}", 10)
    text(c, w - 15, top - 19, f"楼栋：{data.building}", 10, align="right")
    y = top - 24
    cell = (w - 30) / len(data.figures)
    for i, (label, value) in enumerate(data.figures):
        box(c, 15 + i * cell, y - 16, cell, 16)
        text(c, 15 + i * cell + cell / 2, y - 5.5, label, fit_text(label, cell - 2, 9), align="center")
        text(c, 15 + i * cell + cell / 2, y - 13, str(value), 14, align="center")
    y -= 24
    rows = list(data.missing)
    title = f"待查放行条（门岗联未回收、过期未跟进、拒放未回收）：{len(rows)} 张"
    text(c, 15, y, title, 10.5, color=RED if rows else (0, 0, 0))
    y -= 3
    h = 6.2
    x = 15
    for label, cw in COLS:
        box(c, x, y - h, cw, h)
        text(c, x + cw / 2, y - h + 1.9, label, 9, align="center")
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
        text(c, 17, y - h + 1.9, f"另有 {rest} 张未列出，详见放行条登记簿（Excel）中标色的行。", 8.5)
        y -= h
    if not rows:
        box(c, 15, y - h, w - 30, h, width=0.4)
        text(c, w / 2, y - h + 1.9, "本期放行条全部对账完毕。", 9, align="center")
    signature_row(c, 15, 14, w - 30, ["制表人", "客服主管", "保安主管"], h=16)
    text(c, 15, 8, f"制表：{data.made_by}  {data.made_at:%Y-%m-%d %H:%M}    放行条保存期限：1 年", 7.5,
         color=(0.45, 0.45, 0.45))


def build(data: ReconciliationPrint, path: str | Path) -> Path:
    return build_pdf(path, f"物品放行条周对账表 {data.period_label}", lambda c: (_draw(c, data), c.showPage()))
