"""室内安全设施检查合格 / 不合格通知书 (domain.md §8, O4) on A4: addressee, room, inspection date,
result, checklist, defects and rectification deadline (fail), the service centre's signature and
the general manager's stamp box, and the copy distribution list (原件/复印件, to whom)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app import vocab
from app.texts import QT_TRANSLATE_NOOP, punctuate, translate
from reports.pdf.common import (PAGE_H, PAGE_W, RED, box, build_pdf, fit_text, labelled_cell, long_date, stamp_box,
                                text, wrap_text)

DISTRIBUTION = {
    True: ((QT_TRANSLATE_NOOP("Prints", "原租户"), QT_TRANSLATE_NOOP("Prints", "通知书原件 + 检查报告复印件")),
           (QT_TRANSLATE_NOOP("Prints", "业主"), QT_TRANSLATE_NOOP("Prints", "通知书复印件 + 检查报告复印件")),
           (QT_TRANSLATE_NOOP("Prints", "用户档案"), QT_TRANSLATE_NOOP("Prints", "通知书复印件 + 检查报告原件 + 检查申请书"))),
    False: ((QT_TRANSLATE_NOOP("Prints", "原租户（整改用）"), QT_TRANSLATE_NOOP("Prints", "通知书原件 + 检查报告复印件")),
            (QT_TRANSLATE_NOOP("Prints", "业主"), QT_TRANSLATE_NOOP("Prints", "通知书复印件 + 检查报告复印件")),
            (QT_TRANSLATE_NOOP("Prints", "独立存档"),
             QT_TRANSLATE_NOOP("Prints", "通知书复印件 + 不合格检查报告原件 + 检查申请书"))),
}
# The captions drawn below, collected for translation (labelled_cell translates them as it draws).
CAPTIONS = (QT_TRANSLATE_NOOP("Prints", "致（用户）"), QT_TRANSLATE_NOOP("Prints", "房号"),
            QT_TRANSLATE_NOOP("Prints", "业主"), QT_TRANSLATE_NOOP("Prints", "迁出申请编号"),
            QT_TRANSLATE_NOOP("Prints", "检查日期"), QT_TRANSLATE_NOOP("Prints", "检查人员"))
# The checklist's items and results as the move-out screen stores them (app.services.moveout.CHECKLIST).
CHECK_WORDS = (QT_TRANSLATE_NOOP("Prints", "消防喷淋"), QT_TRANSLATE_NOOP("Prints", "烟感"),
               QT_TRANSLATE_NOOP("Prints", "灭火器"), QT_TRANSLATE_NOOP("Prints", "电气线路"),
               QT_TRANSLATE_NOOP("Prints", "水管"), QT_TRANSLATE_NOOP("Prints", "门窗"), QT_TRANSLATE_NOOP("Prints", "空调"),
               QT_TRANSLATE_NOOP("Prints", "合格"), QT_TRANSLATE_NOOP("Prints", "不合格"), QT_TRANSLATE_NOOP("Prints", "未检"))
PASSED = QT_TRANSLATE_NOOP("Prints", "{tenant}：贵方于 {date} 申请的室内设施安全检查，经我司工程人员检查，结果为合格。特此通知。")
FAILED = QT_TRANSLATE_NOOP("Prints", "{tenant}：贵方于 {date} 申请的室内设施安全检查，经我司工程人员检查，"
                                     "存在下列问题，结果为不合格。请于{deadline}整改完毕并重新申请检查。")


@dataclass(frozen=True)
class NoticePrint:
    """What the notice prints (plain data)."""

    org_name: str
    notice_no: str
    passed: bool
    tenant_name: str
    owner_name: str
    room: str
    application_no: str
    inspection_date: dt.date
    inspectors: str
    defects: str = ""
    rectification_deadline: dt.date | None = None
    checklist: dict = field(default_factory=dict)
    student: bool = False
    issued_on: dt.date | None = None

    @property
    def title(self) -> str:
        if self.student:
            return (translate("Prints", "退宿房间检查合格通知书") if self.passed
                    else translate("Prints", "退宿房间检查不合格通知书"))
        return (translate("Prints", "室内安全设施检查合格通知书") if self.passed
                else translate("Prints", "室内安全设施检查不合格通知书"))


def _draw(c: Canvas, n: NoticePrint) -> None:
    w = PAGE_W / mm
    top = PAGE_H / mm - 18
    text(c, w / 2, top, n.org_name, 11, align="center")
    text(c, w / 2, top - 11, n.title, fit_text(n.title, w - 30, 18), align="center")
    text(c, w - 20, top - 19, f"No. {n.notice_no}", 11, align="right", color=RED)
    y = top - 24
    for cells in ((("致（用户）", n.tenant_name), ("房号", n.room)),
                  (("业主", n.owner_name or "—"), ("迁出申请编号", n.application_no)),
                  (("检查日期", long_date(n.inspection_date)), ("检查人员", n.inspectors))):
        x = 20
        for label, value in cells:
            labelled_cell(c, x, y - 8, 85, 8, label, value, label_w=26, size=9.5)
            x += 85
        y -= 8
    y -= 8
    if n.passed:
        body = translate("Prints", PASSED).format(tenant=n.tenant_name, date=long_date(n.inspection_date))
    else:
        deadline = (translate("Prints", "{0}前").format(long_date(n.rectification_deadline)) if n.rectification_deadline
                    else translate("Prints", "尽快"))
        body = translate("Prints", FAILED).format(tenant=n.tenant_name, date=long_date(n.inspection_date),
                                                   deadline=deadline)
    for ln in wrap_text(body, w - 44, 11):
        text(c, 22, y, ln, 11)
        y -= 6.5
    y -= 2
    if n.checklist:
        text(c, 22, y, translate("Prints", "检查项目："), 10)
        y -= 6
        items = list(n.checklist.items())
        col_w = (w - 44) / 2
        for i, (item, result) in enumerate(items):
            x = 22 + (i % 2) * col_w
            box(c, x, y - 6.5, col_w, 6.5, width=0.4)
            entry = punctuate(f"{translate('Prints', item)}：") + vocab.label("release.inspection_result", result)
            text(c, x + 2, y - 4.7, entry, fit_text(entry, col_w - 3, 9.5))
            if i % 2 == 1 or i == len(items) - 1:
                y -= 6.5
        y -= 7
    if n.defects:
        text(c, 22, y, translate("Prints", "存在问题："), 10, color=RED if not n.passed else (0, 0, 0))
        y -= 6
        for ln in wrap_text(n.defects, w - 48, 10)[:8]:
            text(c, 26, y, ln, 10)
            y -= 5.5
    sign_y = 92
    text(c, 22, sign_y + 24, translate("Prints", "服务中心（签字）：________________"), 10)
    text(c, 22, sign_y + 14, translate("Prints", "日期：{0}").format(long_date(n.issued_on or n.inspection_date)), 10)
    stamp_box(c, w - 62, sign_y + 4, 38, label=QT_TRANSLATE_NOOP("Prints", "总经理盖章"))
    text(c, 20, 76, translate("Prints", "本通知书一式三份，分送如下："), 10)
    y = 70
    for who, what in DISTRIBUTION[n.passed]:
        box(c, 20, y - 8, 45, 8)
        box(c, 65, y - 8, w - 85 - 25, 8)
        box(c, w - 45, y - 8, 25, 8)
        who, what = translate("Prints", who), translate("Prints", what)
        text(c, 22, y - 5.5, who, fit_text(who, 41, 10))
        text(c, 67, y - 5.5, what, fit_text(what, w - 85 - 25 - 4, 10))
        text(c, w - 43, y - 5.5, translate("Prints", "□ 已送达"), 9.5)
        y -= 8
    note = translate("Prints", "注：检查报告及申请书随通知书报总经理盖章后分送；不合格经整改后须重新申请检查。")
    for i, ln in enumerate(wrap_text(note, w - 40, 8.5)[:2]):
        text(c, 20, y - 7 - i * 3.8, ln, 8.5, color=(0.45, 0.45, 0.45))


def build(notice: NoticePrint, path: str | Path) -> Path:
    return build_pdf(path, f"{notice.title} {notice.notice_no}", lambda c: (_draw(c, notice), c.showPage()))
