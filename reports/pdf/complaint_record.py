"""The complaint record (C2 投诉记录/处理表, domain.md §11.2) as one A4 page: the complaint as received,
its classification, the department in charge and deadline, the first reply, the handling result and
corrective action, the return visit (§9) and boxes for the signatures and the office stamp.

`c` is any object with the complaint's fields as attributes (app.services.frontdesk_complaints.ComplaintRow).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from app import vocab
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.pdf.common import (PAGE_H, PAGE_W, RED, box, build_pdf, fit_text, labelled_cell, signature_row, stamp_box,
                                text, wrap, wrap_text)

MARGIN_X = 18
WIDTH = PAGE_W / mm - 2 * MARGIN_X
# The captions drawn below, collected for translation (the drawing code translates each as it draws it).
CAPTIONS = (QT_TRANSLATE_NOOP("Prints", "受理时间"), QT_TRANSLATE_NOOP("Prints", "投诉方式"),
            QT_TRANSLATE_NOOP("Prints", "投诉人"), QT_TRANSLATE_NOOP("Prints", "楼栋房号"),
            QT_TRANSLATE_NOOP("Prints", "联系电话"), QT_TRANSLATE_NOOP("Prints", "受理人"),
            QT_TRANSLATE_NOOP("Prints", "投诉类别"), QT_TRANSLATE_NOOP("Prints", "性质/级别"),
            QT_TRANSLATE_NOOP("Prints", "投诉内容"), QT_TRANSLATE_NOOP("Prints", "向住户解释"),
            QT_TRANSLATE_NOOP("Prints", "责任部门"), QT_TRANSLATE_NOOP("Prints", "责任人"),
            QT_TRANSLATE_NOOP("Prints", "转办时间"), QT_TRANSLATE_NOOP("Prints", "处理期限"),
            QT_TRANSLATE_NOOP("Prints", "答复时限"), QT_TRANSLATE_NOOP("Prints", "首次答复"),
            QT_TRANSLATE_NOOP("Prints", "答复内容"), QT_TRANSLATE_NOOP("Prints", "处理结果"),
            QT_TRANSLATE_NOOP("Prints", "纠正预防措施"), QT_TRANSLATE_NOOP("Prints", "回访日期"),
            QT_TRANSLATE_NOOP("Prints", "回访方式"), QT_TRANSLATE_NOOP("Prints", "回访人"),
            QT_TRANSLATE_NOOP("Prints", "满意程度"), QT_TRANSLATE_NOOP("Prints", "住户意见"),
            QT_TRANSLATE_NOOP("Prints", "责任部门负责人"), QT_TRANSLATE_NOOP("Prints", "管理处经理"),
            QT_TRANSLATE_NOOP("Prints", "住户确认"))


def _t(value) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M")


def _block(cv, y: float, label: str, value: str | None, h: float) -> float:
    """A labelled box of several lines; returns the y below it."""
    y -= h
    box(cv, MARGIN_X, y, 24, h)
    box(cv, MARGIN_X + 24, y, WIDTH - 24, h)
    label = translate("Prints", label)
    text(cv, MARGIN_X + 12, y + h / 2 - 1.2, label, fit_text(label, 23, 9), align="center")
    for i, ln in enumerate(wrap(value or "", WIDTH - 28, 9)[: int((h - 2) // 4.6)]):
        text(cv, MARGIN_X + 26, y + h - 5 - i * 4.6, ln, 9)
    return y


def draw(cv, c, org_name: str, status_label: str) -> None:
    y = PAGE_H / mm - 18
    text(cv, PAGE_W / mm / 2, y, org_name, 11, align="center")
    y -= 9
    text(cv, PAGE_W / mm / 2, y, translate("Prints", "投诉记录/处理表"), 17, align="center")
    y -= 7
    closed = translate("Prints", "（{0} {1} 结案）").format(_t(c.closed_at), c.closed_by or "") if c.closed_at else ""
    text(cv, MARGIN_X, y, translate("Prints", "状态：{0}").format(status_label) + closed, 9)
    text(cv, MARGIN_X + WIDTH, y, f"No. {c.complaint_no}", 11, align="right", color=RED)
    half = WIDTH / 2
    rows = [(("受理时间", _t(c.received_at)), ("投诉方式", vocab.label("frontdesk.channel", c.channel))),
            (("投诉人", c.complainant), ("楼栋房号", f"{c.building or ''} {c.room_no or ''}".strip())),
            (("联系电话", c.phone or ""), ("受理人", c.received_by)),
            (("投诉类别", vocab.label("frontdesk.complaint_category", c.category)),
             ("性质/级别", "/".join(x for x in (vocab.label("frontdesk.validity", c.validity),
                                             vocab.label("frontdesk.severity", c.severity)) if x)))]
    y -= 2
    for left, right in rows:
        y -= 8
        labelled_cell(cv, MARGIN_X, y, half, 8, *left, label_w=24, size=9.5)
        labelled_cell(cv, MARGIN_X + half, y, half, 8, *right, label_w=24, size=9.5)
    y = _block(cv, y, "投诉内容", c.content, 26)
    if c.validity == "invalid":
        y = _block(cv, y, "向住户解释", c.explanation, 16)
    for left, right in ((("责任部门", vocab.label("frontdesk.department", c.responsible_dept) or ""), ("责任人", c.responsible_person or "")),
                        (("转办时间", _t(c.assigned_at)), ("处理期限", _t(c.deadline))),
                        (("答复时限", _t(c.reply_due_at)), ("首次答复", _t(c.first_reply_at)))):
        y -= 8
        labelled_cell(cv, MARGIN_X, y, half, 8, *left, label_w=24, size=9.5)
        labelled_cell(cv, MARGIN_X + half, y, half, 8, *right, label_w=24, size=9.5)
    y = _block(cv, y, "答复内容", c.first_reply, 14)
    y = _block(cv, y, "处理结果", c.handling_result, 24)
    y = _block(cv, y, "纠正预防措施", c.corrective_action, 14)
    quarter = WIDTH / 4
    cells = (("回访日期", _t(c.visited_at)), ("回访方式", vocab.label("common.visit_method", c.visit_method)), ("回访人", c.visitor or ""),
             ("满意程度", vocab.label("common.rating", c.satisfaction) or translate("Prints", "□满意 □较满意 □不满意")))
    y -= 8
    for i, (label, value) in enumerate(cells):
        labelled_cell(cv, MARGIN_X + i * quarter, y, quarter, 8, label, value, label_w=16, size=8.5)
    y = _block(cv, y, "住户意见", c.visit_notes, 14)
    y -= 16
    signature_row(cv, MARGIN_X, y, WIDTH - 32, ["受理人", "责任部门负责人", "管理处经理", "住户确认"], h=14)
    stamp_box(cv, MARGIN_X + WIDTH - 28, y - 12, 26, QT_TRANSLATE_NOOP("Prints", "管理中心盖章"))
    y -= 20
    note = translate("Prints", "注：有效投诉一般 2 天内处理完毕，首次答复不超过 1 个工作日；处理后 3 天内回访，投诉回访率 100%。")
    for i, ln in enumerate(wrap_text(note, WIDTH, 8)[:2]):
        text(cv, MARGIN_X, y - i * 3.6, ln, 8, color=(0.35, 0.35, 0.35))


def build_complaint_record(c, path: str | Path, *, org_name: str, status_label: str) -> Path:
    return build_pdf(path, translate("Prints", "投诉记录/处理表 {0}").format(c.complaint_no),
                     lambda cv: draw(cv, c, org_name, status_label))
