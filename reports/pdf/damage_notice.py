"""The damage compensation notice (R2 公物损坏赔偿通知单, domain.md §4) as a PDF: two copies on one
A4 page (第一联 存根 kept by the office, 第二联 交学生), each with the notice text, the amount in
figures and capitals, the due date, a table of the particulars, signatures and a stamp box.

`notice` is any object with the notice's fields as attributes (app.services.repairs_fees.NoticeRow).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from app import vocab

from reports.pdf.common import (PAGE_H, PAGE_W, RED, box, build_pdf, capital_money, cut_line, labelled_cell,
                                stamp_box, text, wrap)

MARGIN_X = 15
WIDTH = PAGE_W / mm - 2 * MARGIN_X
HALF = PAGE_H / mm / 2
LABELS = ("第一联 存根（管理中心留存）", "第二联 交学生（缴费凭证）")


def draw_copy(c, notice, top: float, org_name: str, copy_label: str) -> None:
    y = top - 9
    text(c, PAGE_W / mm / 2, y, org_name, 11, align="center")
    y -= 8
    text(c, PAGE_W / mm / 2, y, "公物损坏赔偿通知单", 16, align="center")
    text(c, MARGIN_X + WIDTH, y + 1, f"No. {notice.notice_no}", 11, align="right", color=RED)
    y -= 7
    who = "全体同学" if notice.whole_room else notice.responsible_students
    text(c, MARGIN_X, y, f"{notice.building} {notice.room_no} 室 {who}：", 10)
    cause = vocab.label("repairs.cause", notice.damage_cause)
    body = (f"经查，你（们）宿舍的「{notice.damaged_item}」因{cause}损坏，根据《宿舍公物价目表》"
            f"按{notice.price_basis}计，应赔偿人民币 {float(notice.amount):.2f} 元（大写：{capital_money(notice.amount)}）。"
            f"请于 {notice.due_date:%Y年%m月%d日} 前到公寓管理中心缴纳，凭收据办理；逾期未缴的按学校有关规定处理。")
    if notice.whole_room:
        body += "因无法确定责任人，由本宿舍全体同学共同承担：" + notice.responsible_students + "。"
    for i, line in enumerate(wrap("　　" + body, WIDTH, 9.5)):
        y -= 5.2
        text(c, MARGIN_X, y, line, 9.5)
    half = WIDTH / 2
    rows = [(("关联维修单", notice.slip_no), ("开具日期", f"{notice.issue_date:%Y-%m-%d}")),
            (("损坏物品", notice.damaged_item), ("损坏原因", cause)),
            (("赔偿金额", f"{float(notice.amount):.2f} 元"), ("应缴日期", f"{notice.due_date:%Y-%m-%d}")),
            (("缴费日期", f"{notice.paid_date:%Y-%m-%d}" if notice.paid_date else ""),
             ("收据号", notice.receipt_no or ""))]
    y -= 3
    for left, right in rows:
        y -= 7
        labelled_cell(c, MARGIN_X, y, half, 7, *left, label_w=22, size=9)
        labelled_cell(c, MARGIN_X + half, y, half, 7, *right, label_w=22, size=9)
    y -= 18
    third = (WIDTH - 34) / 2
    for i, label in enumerate((f"开具人：{notice.issued_by}", "学生签收：")):
        box(c, MARGIN_X + i * third, y, third, 12)
        text(c, MARGIN_X + i * third + 1.5, y + 8, label, 9)
        text(c, MARGIN_X + (i + 1) * third - 1.5, y + 1.5, "年    月    日", 7, align="right")
    stamp_box(c, MARGIN_X + WIDTH - 28, y - 9, 26, "公寓管理中心盖章")
    y -= 15
    text(c, MARGIN_X, y, "注：请持本通知单到公寓管理中心缴费；对认定有异议的，可在缴费期限内申请复核。", 8,
         color=(0.35, 0.35, 0.35))
    y -= 6
    text(c, MARGIN_X, y, copy_label, 9)
    if notice.status == "paid":
        text(c, MARGIN_X + WIDTH - 30, y, "已缴清", 12, align="right", color=RED)


def build_damage_notice(notice, path: str | Path, *, org_name: str) -> Path:
    def draw(c):
        draw_copy(c, notice, PAGE_H / mm - 6, org_name, LABELS[0])
        cut_line(c, HALF)
        draw_copy(c, notice, HALF - 6, org_name, LABELS[1])

    return build_pdf(path, f"公物损坏赔偿通知单 {notice.notice_no}", draw)
