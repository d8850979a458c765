"""The return-visit record (V1 回访记录表, domain.md §9) as one A4 page: the visit's number, type and
source record, the resident and room, the due date; the method, date and the three ratings (A 满意 /
B 较满意 / C 不满意, ticked when filled, boxes when blank), the resident's feedback, shortcomings and
suggestions, the repair check items, and the signatures (受访人 — or 电话回访 — 回访人, 主管审核) with the
nonconformity action. Printed blank for the visitor to take along, or filled for the archive.

`v` is any object with the visit's fields as attributes (app.services.visits.VisitRow).
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from app import vocab
from app.texts import QT_TRANSLATE_NOOP, language, translate
from reports.pdf.common import (PAGE_H, PAGE_W, RED, box, build_pdf, fit_text, labelled_cell, signature_row, text,
                                wrap, wrap_text)

MARGIN_X = 18
WIDTH = PAGE_W / mm - 2 * MARGIN_X
RATINGS = (("A", "good"), ("B", "fair"), ("C", "bad"))   # common.rating codes
# The captions drawn below, collected for translation (the drawing code translates each as it draws it).
CAPTIONS = (QT_TRANSLATE_NOOP("Prints", "回访类别"), QT_TRANSLATE_NOOP("Prints", "关联单据"),
            QT_TRANSLATE_NOOP("Prints", "楼栋房号"), QT_TRANSLATE_NOOP("Prints", "应回访日期"),
            QT_TRANSLATE_NOOP("Prints", "受访人"), QT_TRANSLATE_NOOP("Prints", "联系电话"),
            QT_TRANSLATE_NOOP("Prints", "回访方式"), QT_TRANSLATE_NOOP("Prints", "回访日期"),
            QT_TRANSLATE_NOOP("Prints", "回访事项"), QT_TRANSLATE_NOOP("Prints", "质量评价"),
            QT_TRANSLATE_NOOP("Prints", "服务效果评价"), QT_TRANSLATE_NOOP("Prints", "满意程度"),
            QT_TRANSLATE_NOOP("Prints", "反馈意见"), QT_TRANSLATE_NOOP("Prints", "缺点与不足"),
            QT_TRANSLATE_NOOP("Prints", "住户建议"), QT_TRANSLATE_NOOP("Prints", "穿鞋套/场净"),
            QT_TRANSLATE_NOOP("Prints", "说明维修情况"), QT_TRANSLATE_NOOP("Prints", "收费核对"),
            QT_TRANSLATE_NOOP("Prints", "主管审核意见"), QT_TRANSLATE_NOOP("Prints", "不合格处理意见"),
            QT_TRANSLATE_NOOP("Prints", "主管审核"))


def _t(value) -> str:
    return "" if value is None else value.strftime("%Y-%m-%d %H:%M")


def _ticks(value: str | None) -> str:
    return "  ".join(f"{'■' if value == rating else '□'}{letter} {vocab.label('common.rating', rating)}" for letter, rating in RATINGS)


def _yes(value: bool | None) -> str:
    if value is None:
        return translate("Prints", "□是 □否")
    return translate("Prints", "■是 □否") if value else translate("Prints", "□是 ■否")


def _block(cv, y: float, label: str, value: str | None, h: float) -> float:
    y -= h
    box(cv, MARGIN_X, y, 26, h)
    box(cv, MARGIN_X + 26, y, WIDTH - 26, h)
    label = translate("Prints", label)
    text(cv, MARGIN_X + 13, y + h / 2 - 1.2, label, fit_text(label, 25, 9), align="center")
    for i, ln in enumerate(wrap(value or "", WIDTH - 30, 9)[: int((h - 2) // 4.6)]):
        text(cv, MARGIN_X + 28, y + h - 5 - i * 4.6, ln, 9)
    return y


def draw(cv, v, org_name: str, type_label: str, status_label: str) -> None:
    y = PAGE_H / mm - 18
    text(cv, PAGE_W / mm / 2, y, org_name, 11, align="center")
    y -= 9
    text(cv, PAGE_W / mm / 2, y, translate("Prints", "回访记录表"), 17, align="center")
    y -= 7
    text(cv, MARGIN_X, y, translate("Prints", "状态：{0}　第 {1} 次回访").format(status_label, v.attempt), 9)
    text(cv, MARGIN_X + WIDTH, y, f"No. {v.visit_no}", 11, align="right", color=RED)
    half = WIDTH / 2
    rows = [(("回访类别", type_label), ("关联单据", v.source_no or "")),
            (("楼栋房号", f"{v.building or ''} {v.room_no or ''}".strip()), ("应回访日期", str(v.due_date))),
            (("受访人", v.interviewee or ""), ("联系电话", v.phone or "")),
            (("回访方式", vocab.label("common.visit_method", v.method) or translate("Prints", "□上门 □电话 □座谈 □其他")), ("回访日期", _t(v.visit_date)))]
    y -= 2
    for left, right in rows:
        y -= 8
        labelled_cell(cv, MARGIN_X, y, half, 8, *left, label_w=24, size=9.5)
        labelled_cell(cv, MARGIN_X + half, y, half, 8, *right, label_w=24, size=9.5)
    y = _block(cv, y, "回访事项", v.subject, 14)
    for label, value in (("质量评价", v.quality_rating), ("服务效果评价", v.effect_rating), ("满意程度", v.satisfaction)):
        y -= 8
        labelled_cell(cv, MARGIN_X, y, WIDTH, 8, label, _ticks(value), label_w=26, size=9.5)
    y = _block(cv, y, "反馈意见", v.feedback, 22)
    y = _block(cv, y, "缺点与不足", v.shortcomings, 14)
    y = _block(cv, y, "住户建议", v.suggestions, 14)
    if v.visit_type in ("repair", "repair_work"):
        third = WIDTH / 3
        y -= 8
        for i, (label, value) in enumerate((("穿鞋套/场净", v.site_left_clean), ("说明维修情况", v.repair_explained),
                                            ("收费核对", v.fee_checked))):
            labelled_cell(cv, MARGIN_X + i * third, y, third, 8, label, _yes(value), label_w=24, size=9)
    y = _block(cv, y, "主管审核意见", " ".join(x for x in (v.supervisor_comment, v.reviewed_by, _t(v.reviewed_at)) if x), 14)
    y = _block(cv, y, "不合格处理意见", v.nonconformity_action, 14)
    y -= 16
    signed = translate("Prints", "电话回访") if v.method == "phone" else (v.interviewee_signature or "")
    signature_row(cv, MARGIN_X, y, WIDTH, [f"{translate('Prints', '受访人')} {signed}".strip(),
                                           f"{translate('Prints', '回访人')} {v.visitor or ''}".strip(), "主管审核"], h=14)
    y -= 8
    note = translate("Prints", "注：投诉处理后 3 天内回访（100%）；维修完工后及时回访；电话回访无需签名，注明“电话回访”。"
                               "回访表每季度 10 日前交档案员，保存 2 年。")
    for i, ln in enumerate(wrap_text(note, WIDTH, 8)[:3] if language() == "en" else [note]):  # Chinese: one line, as always
        text(cv, MARGIN_X, y - i * 3.6, ln, 8, color=(0.35, 0.35, 0.35))


def build_visit_record(v, path: str | Path, *, org_name: str, type_label: str, status_label: str) -> Path:
    return build_pdf(path, translate("Prints", "回访记录表 {0}").format(v.visit_no), lambda cv: draw(cv, v, org_name, type_label, status_label))
