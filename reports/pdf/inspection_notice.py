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
from reports.pdf.common import PAGE_H, PAGE_W, RED, box, build_pdf, labelled_cell, stamp_box, text, wrap

DISTRIBUTION = {
    True: (("原租户", "通知书原件 + 检查报告复印件"), ("业主", "通知书复印件 + 检查报告复印件"),
           ("用户档案", "通知书复印件 + 检查报告原件 + 检查申请书")),
    False: (("原租户（整改用）", "通知书原件 + 检查报告复印件"), ("业主", "通知书复印件 + 检查报告复印件"),
            ("独立存档", "通知书复印件 + 不合格检查报告原件 + 检查申请书")),
}


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
            return "退宿房间检查合格通知书" if self.passed else "退宿房间检查不合格通知书"
        return "室内安全设施检查合格通知书" if self.passed else "室内安全设施检查不合格通知书"


def _draw(c: Canvas, n: NoticePrint) -> None:
    w = PAGE_W / mm
    top = PAGE_H / mm - 18
    text(c, w / 2, top, n.org_name, 11, align="center")
    text(c, w / 2, top - 11, n.title, 18, align="center")
    text(c, w - 20, top - 19, f"No. {n.notice_no}", 11, align="right", color=RED)
    y = top - 24
    for cells in ((("致（用户）", n.tenant_name), ("房号", n.room)),
                  (("业主", n.owner_name or "—"), ("迁出申请编号", n.application_no)),
                  (("检查日期", f"{n.inspection_date:%Y年%m月%d日}"), ("检查人员", n.inspectors))):
        x = 20
        for label, value in cells:
            labelled_cell(c, x, y - 8, 85, 8, label, value, label_w=26, size=9.5)
            x += 85
        y -= 8
    y -= 8
    if n.passed:
        body = (f"{n.tenant_name}：贵方于 {n.inspection_date:%Y年%m月%d日} 申请的室内设施安全检查，经我司工程人员检查，"
                "结果为合格。特此通知。")
    else:
        deadline = f"{n.rectification_deadline:%Y年%m月%d日}前" if n.rectification_deadline else "尽快"
        body = (f"{n.tenant_name}：贵方于 {n.inspection_date:%Y年%m月%d日} 申请的室内设施安全检查，经我司工程人员检查，"
                f"存在下列问题，结果为不合格。请于{deadline}整改完毕并重新申请检查。")
    for ln in wrap(body, w - 44, 11):
        text(c, 22, y, ln, 11)
        y -= 6.5
    y -= 2
    if n.checklist:
        text(c, 22, y, "检查项目：", 10)
        y -= 6
        items = list(n.checklist.items())
        col_w = (w - 44) / 2
        for i, (item, result) in enumerate(items):
            x = 22 + (i % 2) * col_w
            box(c, x, y - 6.5, col_w, 6.5, width=0.4)
            text(c, x + 2, y - 4.7, f"{item}：{vocab.label('release.inspection_result', result)}", 9.5)
            if i % 2 == 1 or i == len(items) - 1:
                y -= 6.5
        y -= 7
    if n.defects:
        text(c, 22, y, "存在问题：", 10, color=RED if not n.passed else (0, 0, 0))
        y -= 6
        for ln in wrap(n.defects, w - 48, 10)[:8]:
            text(c, 26, y, ln, 10)
            y -= 5.5
    sign_y = 92
    text(c, 22, sign_y + 24, "服务中心（签字）：________________", 10)
    text(c, 22, sign_y + 14, f"日期：{(n.issued_on or n.inspection_date):%Y年%m月%d日}", 10)
    stamp_box(c, w - 62, sign_y + 4, 38, label="总经理盖章")
    text(c, 20, 76, "本通知书一式三份，分送如下：", 10)
    y = 70
    for who, what in DISTRIBUTION[n.passed]:
        box(c, 20, y - 8, 45, 8)
        box(c, 65, y - 8, w - 85 - 25, 8)
        box(c, w - 45, y - 8, 25, 8)
        text(c, 22, y - 5.5, who, 10)
        text(c, 67, y - 5.5, what, 10)
        text(c, w - 43, y - 5.5, "□ 已送达", 9.5)
        y -= 8
    text(c, 20, y - 7, "注：检查报告及申请书随通知书报总经理盖章后分送；不合格经整改后须重新申请检查。", 8.5,
         color=(0.45, 0.45, 0.45))


def build(notice: NoticePrint, path: str | Path) -> Path:
    return build_pdf(path, f"{notice.title} {notice.notice_no}", lambda c: (_draw(c, notice), c.showPage()))
