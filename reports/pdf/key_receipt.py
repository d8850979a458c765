"""The key receipt (钥匙领取单, K1, domain.md §3.1) as a PDF: two copies on one A4 page (存根 kept by
the centre, 学生联 for the student), each with the student and bed, the keys per type, the deposit
in figures and capitals, the rules the student accepts, and signature lines for student and
administrator.

`receipt` is any object with the fields of app.services.keys_registers.ReceiptData.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from app import vocab
from reports.pdf.common import (PAGE_H, PAGE_W, RED, box, build_pdf, capital_money, cut_line, labelled_cell,
                                signature_row, text)

MARGIN_X = 15
WIDTH = PAGE_W / mm - 2 * MARGIN_X
HALF = PAGE_H / mm / 2
ROW = 8
RULES = ("1. 钥匙仅限本人使用，不得转借、转让给本室以外人员，不得私自配制钥匙或更换门锁。",
         "2. 钥匙遗失须立即到值班室挂失，由管理中心统一补配，费用按价目表由本人承担。",
         "3. 毕业或离校时须交回全套钥匙，缺失或损坏按规定赔偿，结清后方可办理退宿。")


def _row(c, y, cells, widths):
    x = MARGIN_X
    for (label, value), w in zip(cells, widths):
        labelled_cell(c, x, y, w, ROW, label, value or "", label_w=18, size=9)
        x += w


def draw_copy(c, r, top: float, copy_label: str) -> None:
    y = top - 9
    text(c, PAGE_W / mm / 2, y, r.org_name, 11, align="center")
    y -= 8
    text(c, PAGE_W / mm / 2, y, "钥匙领取单", 17, align="center")
    text(c, MARGIN_X + WIDTH, y + 1, f"No. {r.issue_no}", 11, align="right", color=RED)
    y -= 6
    text(c, MARGIN_X, y, f"发放日期：{r.issue_date:%Y-%m-%d}", 9)
    text(c, MARGIN_X + WIDTH, y, copy_label, 9, align="right")
    y -= 2
    w3 = (WIDTH / 3, WIDTH / 3, WIDTH / 3)
    y -= ROW
    _row(c, y, [("学号", r.student_no), ("姓名", r.name), ("性别", r.gender)], w3)
    y -= ROW
    _row(c, y, [("院系", r.college), ("班级", r.class_name), ("楼栋", r.building)], w3)
    y -= ROW
    _row(c, y, [("房号", r.room_no), ("床号", r.bed_no), ("经办人", r.issued_by)], w3)
    # keys table
    y -= 3
    cols = max(len(r.lines), 1)
    cw = WIDTH / (cols + 1)
    y -= ROW
    box(c, MARGIN_X, y, cw, ROW)
    text(c, MARGIN_X + cw / 2, y + 2.6, "钥匙类型", 9, align="center")
    for i, (name, qty) in enumerate(r.lines):
        box(c, MARGIN_X + cw * (i + 1), y, cw, ROW)
        text(c, MARGIN_X + cw * (i + 1.5), y + 2.6, vocab.label("key.type", name), 9, align="center")
    y -= ROW
    box(c, MARGIN_X, y, cw, ROW)
    text(c, MARGIN_X + cw / 2, y + 2.6, "数量（把）", 9, align="center")
    for i, (name, qty) in enumerate(r.lines):
        box(c, MARGIN_X + cw * (i + 1), y, cw, ROW)
        text(c, MARGIN_X + cw * (i + 1.5), y + 2.6, str(qty), 10, align="center")
    y -= ROW
    deposit = f"{float(r.deposit):.2f} 元（大写：{capital_money(r.deposit)}）" if r.deposit else "无"
    _row(c, y, [("合计", f"{r.total} 把"), ("钥匙押金", deposit)], (WIDTH / 3, WIDTH * 2 / 3))
    if r.remarks:
        y -= ROW
        _row(c, y, [("备注", r.remarks)], (WIDTH,))
    y -= 5
    for line in RULES:
        text(c, MARGIN_X, y, line, 8)
        y -= 4.2
    y -= 12
    signature_row(c, MARGIN_X, y, WIDTH, ["学生签名", "管理员签名"], h=13)


def build_key_receipt(receipt, path: str | Path) -> Path:
    def draw(c):
        draw_copy(c, receipt, PAGE_H / mm, "第一联 存根（管理中心留存）")
        cut_line(c, HALF)
        draw_copy(c, receipt, HALF, "第二联 学生联")
        c.showPage()
    return build_pdf(path, f"钥匙领取单 {receipt.issue_no}", draw)
