"""The damage compensation notice (R2 公物损坏赔偿通知单, domain.md §4) as a PDF: two copies on one
A4 page (第一联 存根 kept by the office, 第二联 交学生), each with the notice text, the amount in
figures and capitals, the due date, a table of the particulars, signatures and a stamp box.

`notice` is any object with the notice's fields as attributes (app.services.repairs_fees.NoticeRow).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from app import vocab
from app.texts import QT_TRANSLATE_NOOP, language, translate
from reports.pdf.common import (PAGE_H, PAGE_W, RED, amount_in_words, box, build_pdf, cut_line, date_line, fit_text,
                                labelled_cell, long_date, stamp_box, text, wrap_text)

MARGIN_X = 15
WIDTH = PAGE_W / mm - 2 * MARGIN_X
HALF = PAGE_H / mm / 2
LABELS = (QT_TRANSLATE_NOOP("Prints", "第一联 存根（管理中心留存）"),
          QT_TRANSLATE_NOOP("Prints", "第二联 交学生（缴费凭证）"))
# The captions drawn below, collected for translation (labelled_cell translates them as it draws).
CAPTIONS = (QT_TRANSLATE_NOOP("Prints", "关联维修单"), QT_TRANSLATE_NOOP("Prints", "开具日期"),
            QT_TRANSLATE_NOOP("Prints", "损坏物品"), QT_TRANSLATE_NOOP("Prints", "损坏原因"),
            QT_TRANSLATE_NOOP("Prints", "赔偿金额"), QT_TRANSLATE_NOOP("Prints", "应缴日期"),
            QT_TRANSLATE_NOOP("Prints", "缴费日期"), QT_TRANSLATE_NOOP("Prints", "收据号"))
BODY = QT_TRANSLATE_NOOP("Prints", "经查，你（们）宿舍的「{item}」因{cause}损坏，根据《宿舍公物价目表》按{basis}计，"
                                   "应赔偿人民币 {amount} 元（大写：{words}）。请于 {due} 前到公寓管理中心缴纳，"
                                   "凭收据办理；逾期未缴的按学校有关规定处理。")
WHOLE_ROOM = QT_TRANSLATE_NOOP("Prints", "因无法确定责任人，由本宿舍全体同学共同承担：{students}。")


def draw_copy(c, notice, top: float, org_name: str, copy_label: str) -> None:
    y = top - 9
    text(c, PAGE_W / mm / 2, y, org_name, 11, align="center")
    y -= 8
    text(c, PAGE_W / mm / 2, y, translate("Prints", "公物损坏赔偿通知单"), 16, align="center")
    text(c, MARGIN_X + WIDTH, y + 1, f"No. {notice.notice_no}", 11, align="right", color=RED)
    y -= 7
    who = translate("Prints", "全体同学") if notice.whole_room else notice.responsible_students
    text(c, MARGIN_X, y, translate("Prints", "{0} {1} 室 {2}：").format(notice.building, notice.room_no, who), 10)
    body = translate("Prints", BODY).format(
        item=notice.damaged_item, cause=vocab.label("repairs.cause", notice.damage_cause), basis=notice.price_basis,
        amount=f"{float(notice.amount):.2f}", words=amount_in_words(notice.amount), due=long_date(notice.due_date))
    if notice.whole_room:
        body += translate("Prints", WHOLE_ROOM).format(students=notice.responsible_students)
    for i, line in enumerate(wrap_text(("" if language() == "en" else "　　") + body, WIDTH, 9.5)):
        y -= 5.2
        text(c, MARGIN_X, y, line, 9.5)
    half = WIDTH / 2
    rows = [(("关联维修单", notice.slip_no), ("开具日期", f"{notice.issue_date:%Y-%m-%d}")),
            (("损坏物品", notice.damaged_item), ("损坏原因", vocab.label("repairs.cause", notice.damage_cause))),
            (("赔偿金额", translate("Prints", "{0} 元").format(f"{float(notice.amount):.2f}")), ("应缴日期", f"{notice.due_date:%Y-%m-%d}")),
            (("缴费日期", f"{notice.paid_date:%Y-%m-%d}" if notice.paid_date else ""),
             ("收据号", notice.receipt_no or ""))]
    y -= 3
    for left, right in rows:
        y -= 7
        labelled_cell(c, MARGIN_X, y, half, 7, *left, label_w=22, size=9)
        labelled_cell(c, MARGIN_X + half, y, half, 7, *right, label_w=22, size=9)
    y -= 18
    third = (WIDTH - 34) / 2
    for i, label in enumerate((translate("Prints", "开具人：{0}").format(notice.issued_by),
                               translate("Prints", "学生签收："))):
        box(c, MARGIN_X + i * third, y, third, 12)
        text(c, MARGIN_X + i * third + 1.5, y + 8, label, fit_text(label, third - 3, 9))
        text(c, MARGIN_X + (i + 1) * third - 1.5, y + 1.5, date_line(), 7, align="right")
    stamp_box(c, MARGIN_X + WIDTH - 28, y - 9, 26, QT_TRANSLATE_NOOP("Prints", "公寓管理中心盖章"))
    y -= 15
    note = translate("Prints", "注：请持本通知单到公寓管理中心缴费；对认定有异议的，可在缴费期限内申请复核。")
    text(c, MARGIN_X, y, note, fit_text(note, WIDTH, 8), color=(0.35, 0.35, 0.35))
    y -= 6
    text(c, MARGIN_X, y, translate("Prints", copy_label), 9)
    if notice.status == "paid":
        text(c, MARGIN_X + WIDTH - 30, y, translate("Prints", "已缴清"), 12, align="right", color=RED)


def build_damage_notice(notice, path: str | Path, *, org_name: str) -> Path:
    def draw(c):
        draw_copy(c, notice, PAGE_H / mm - 6, org_name, LABELS[0])
        cut_line(c, HALF)
        draw_copy(c, notice, HALF - 6, org_name, LABELS[1])

    return build_pdf(path, translate("Prints", "公物损坏赔偿通知单 {0}").format(notice.notice_no), draw)

