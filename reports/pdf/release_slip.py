"""The printed 物品放行条 (domain.md §6): one A4 page cut into 3 (or 2) identical parts, each
with its copy label (第一联 存根 / 第二联 门岗联 / 第三联 客户联).

Each part: organisation, title, the number in red with date and 当日有效, a QR code of the number
(the gate screen scans it), the applicant rows, the items table, the total in capital numerals,
the endorsement / owner / customer-service (with an empty square for the red stamp) / guard
boxes, the copy label and the small print. A reprint carries a red 补打 mark; a voided slip a
作废 watermark. Many slips go into one PDF, one page each, with a progress callback.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.texts import QT_TRANSLATE_NOOP, language, translate
from reports.pdf.common import (PAGE_H, PAGE_W, RED, box, build_pdf, cut_line, date_line, fit_text, labelled_cell,
                                line, qr, quantity_in_words, text)

COPY_LABELS = {
    3: (QT_TRANSLATE_NOOP("Prints", "第一联：存根（客服中心留存）"),
        QT_TRANSLATE_NOOP("Prints", "第二联：门岗联（保安核验后收回交客服）"), QT_TRANSLATE_NOOP("Prints", "第三联：客户联")),
    2: (QT_TRANSLATE_NOOP("Prints", "第一联：存根（客服中心留存）"),
        QT_TRANSLATE_NOOP("Prints", "第二联：门岗联（客户持此联出门，保安核验后收回交客服）")),
}
SMALL_PRINT = QT_TRANSLATE_NOOP("Prints", "说明：① 本条仅限开具当日有效；② 涂改无效；③ 物品与本条不符不予放行；"
                                          "④ 大件物品请走货梯，车辆不得占用消防通道。")
# The captions drawn below, collected for translation (the drawing code translates each as it draws it).
CAPTIONS = (QT_TRANSLATE_NOOP("Prints", "用户名称"), QT_TRANSLATE_NOOP("Prints", "房号"),
            QT_TRANSLATE_NOOP("Prints", "联系电话"), QT_TRANSLATE_NOOP("Prints", "经办人"),
            QT_TRANSLATE_NOOP("Prints", "证件号码"), QT_TRANSLATE_NOOP("Prints", "搬出原因"),
            QT_TRANSLATE_NOOP("Prints", "序号"), QT_TRANSLATE_NOOP("Prints", "物品名称"),
            QT_TRANSLATE_NOOP("Prints", "规格型号"), QT_TRANSLATE_NOOP("Prints", "单位"),
            QT_TRANSLATE_NOOP("Prints", "数量"), QT_TRANSLATE_NOOP("Prints", "备注"),
            QT_TRANSLATE_NOOP("Prints", "用户单位意见（盖章）"), QT_TRANSLATE_NOOP("Prints", "业主确认"),
            QT_TRANSLATE_NOOP("Prints", "客服中心审核（盖章）"), QT_TRANSLATE_NOOP("Prints", "保安核验"))
GUARD_LINES = (QT_TRANSLATE_NOOP("Prints", "实放数量：________ 件"),
               QT_TRANSLATE_NOOP("Prints", "放行时间：____月____日____时____分"),
               QT_TRANSLATE_NOOP("Prints", "签名：______________"))
GREY = (0.45, 0.45, 0.45)
MARGIN_X = 10.0
WIDTH = PAGE_W / mm - 2 * MARGIN_X


@dataclass(frozen=True)
class SlipItemPrint:
    """One printed item line."""

    item_name: str
    spec_model: str = ""
    unit: str = ""
    qty: int = 0
    remarks: str = ""


@dataclass(frozen=True)
class SlipPrint:
    """Everything printed on one slip (plain data; the service fills it)."""

    org_name: str
    slip_no: str
    issue_date: dt.date | None
    valid_until: dt.date | None
    building: str
    unit_no: str
    tenant_name: str
    phone: str
    handler_name: str
    handler_id: str
    reason: str
    items: Sequence[SlipItemPrint]
    endorsement: str = ""
    owner_confirmation: str = ""
    cs_approver: str = ""
    planned_time: str = ""
    exit_gate: str = ""
    reprint: bool = False
    voided: bool = False
    copies: int = 3
    extra: dict = field(default_factory=dict)

    @property
    def total_qty(self) -> int:
        return sum(i.qty for i in self.items)


def _validity(slip: SlipPrint) -> str:
    if slip.valid_until is None or slip.issue_date is None or slip.valid_until == slip.issue_date:
        return translate("Prints", "当日有效")
    return translate("Prints", "当日有效（至 {0}）").format(f"{slip.valid_until:%Y-%m-%d}")


def _header(c: Canvas, slip: SlipPrint, top: float, data: bool) -> float:
    x0 = MARGIN_X
    mid = PAGE_W / mm / 2
    right = MARGIN_X + WIDTH
    if data:
        qr(c, x0, top - 14.5, 14, slip.slip_no)
        text(c, right, top - 5.5, slip.slip_no, 12.5, align="right", color=RED)
        if language() == "en":
            date = f"{slip.issue_date:%Y-%m-%d}" if slip.issue_date else ""
        else:
            date = f"{slip.issue_date:%Y 年 %m 月 %d 日}" if slip.issue_date else "     年   月   日"
        text(c, right - 50, top - 10.6, translate("Prints", "日期：{0}").format(date), 8.5)
        validity = _validity(slip)
        c.setStrokeColorRGB(*RED)
        one_day = validity == translate("Prints", "当日有效")
        box(c, right - 50, top - 16.6, max(22, _width(validity, 8.5) + 2) if one_day else 50, 4.8, width=0.6)
        c.setStrokeColorRGB(0, 0, 0)
        text(c, right - 49, top - 15.3, validity, fit_text(validity, 48, 8.5), color=RED)
        if slip.reprint:
            _mark(c, mid + 29, top - 11.5, translate("Prints", "补打"))
    else:
        scan = translate("Prints", "扫码核验")
        text(c, x0 + 16, top - 14, scan, fit_text(scan, 20, 5.5, 4.5), color=GREY)
        text(c, mid, top - 5, slip.org_name, fit_text(slip.org_name, 110, 9.5), align="center")
        title = translate("Prints", "物 品 放 行 条")
        text(c, mid, top - 12.5, title, fit_text(title, 48, 17), align="center")  # clear of the 补打 mark
        line(c, mid - 24, top - 14.0, mid + 24, top - 14.0, width=0.8)
        line(c, mid - 24, top - 14.8, mid + 24, top - 14.8, width=0.4)
        text(c, right - 50, top - 5.5, "No.", 10)
    return top - 17.5


def _mark(c: Canvas, x: float, y: float, label: str) -> None:
    """A small red boxed mark (补打) beside the title."""
    c.setStrokeColorRGB(*RED)
    w = max(12.5, _width(label, 10) + 3)
    box(c, x - 1.5, y - 1.6, w, 6.6, width=0.9)
    c.setStrokeColorRGB(0, 0, 0)
    text(c, x - 1.5 + w / 2, y, label, 10, align="center", color=RED)


def _width(s: str, size: float) -> float:
    """The width of `s` in mm."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reports.pdf.common import font
    return stringWidth(s, font(), size) / mm


def _rows(c: Canvas, slip: SlipPrint, top: float, data: bool) -> float:
    h, size = 6.5, 8.5
    x = MARGIN_X
    unit = f"{slip.building} {slip.unit_no}".strip()
    widths = (80, 50, WIDTH - 130)
    for cells in ((("用户名称", slip.tenant_name), ("房号", unit), ("联系电话", slip.phone)),
                  (("经办人", slip.handler_name), ("证件号码", slip.handler_id), ("搬出原因", slip.reason))):
        cx = x
        for (label, value), w in zip(cells, widths):
            label_w = 17 if len(label) > 2 or language() == "en" else 12
            if data:
                # as labelled_cell draws its value: shrunk to fit, on one line
                value = value or ""
                text(c, cx + label_w + 1.5, top - h + h / 2 - 1.2, value, fit_text(value, w - label_w - 3, size, 5.5))
            else:
                labelled_cell(c, cx, top - h, w, h, label, "", label_w=label_w, size=size)
            cx += w
        top -= h
    return top


ITEM_COLS = (("序号", 11), ("物品名称", 55), ("规格型号", 42), ("单位", 14), ("数量", 16))


def _items(c: Canvas, slip: SlipPrint, top: float, rows: int, row_h: float, data: bool) -> float:
    x = MARGIN_X
    head_h = 4.8
    remarks_w = WIDTH - sum(w for _, w in ITEM_COLS)
    cols = ITEM_COLS + (("备注", remarks_w),)
    cx = x
    if not data:
        c.setFillColorRGB(0.93, 0.93, 0.93)
        c.rect(x * mm, (top - head_h) * mm, WIDTH * mm, head_h * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        for label, w in cols:
            box(c, cx, top - head_h, w, head_h)
            label = translate("Prints", label)
            text(c, cx + w / 2, top - head_h + 1.3, label, fit_text(label, w - 1, 8), align="center")
            cx += w
    top -= head_h
    shown = list(slip.items[:rows])
    if len(slip.items) > rows:  # never cut silently: the last row says how many more
        rest = slip.items[rows - 1:]
        shown[-1] = SlipItemPrint(translate("Prints", "其余 {0} 项（见附页清单）").format(len(rest)), "",
                                  translate("Prints", "项"), sum(i.qty for i in rest))
    size = 8 if row_h >= 4.2 else 7
    for n in range(rows):
        item = shown[n] if n < len(shown) else None
        values = (str(n + 1), item.item_name, item.spec_model or "", item.unit or "", str(item.qty),
                  item.remarks or "") if item else ("",) * 6
        cx = x
        for (label, w), value in zip(cols, values):
            if not data:
                box(c, cx, top - row_h, w, row_h, width=0.4)
            elif value:
                s = fit_text(value, w - 2, size, 5.5)
                align = "center" if label in ("序号", "单位", "数量") else "left"
                tx = cx + w / 2 if align == "center" else cx + 1.2
                text(c, tx, top - row_h + (row_h - s * 0.3528) / 2 + 0.35, value, s, align=align)
            cx += w
        top -= row_h
    h = 5.4
    if not data:
        box(c, x, top - h, WIDTH, h)
        text(c, x + 2, top - h + 1.7, translate("Prints", "合计（大写）："), 9)
        return top - h
    total = slip.total_qty
    text(c, x + 25, top - h + 1.6, quantity_in_words(total), 10)
    text(c, x + WIDTH - 2, top - h + 1.7, translate("Prints", "（小写：{0} 件）").format(total), 8.5, align="right")
    if slip.exit_gate or slip.planned_time:
        extra = "   ".join(p for p in (slip.planned_time and translate("Prints", "预计搬出：{0}").format(slip.planned_time),
                                       slip.exit_gate and translate("Prints", "出口：{0}").format(slip.exit_gate)) if p)
        text(c, x + 100, top - h + 1.7, extra, fit_text(extra, 62, 7.5), color=GREY)
    return top - h


def _signatures(c: Canvas, slip: SlipPrint, top: float, h: float, data: bool) -> float:
    x = MARGIN_X
    widths = (46, 42, 52, WIDTH - 140)
    y = top - h
    labels = ("用户单位意见（盖章）", "业主确认", "客服中心审核（盖章）", "保安核验")
    values = (slip.endorsement, slip.owner_confirmation,
              slip.cs_approver and translate("Prints", "审核：{0}").format(slip.cs_approver), "")
    cx = x
    for label, w, value in zip(labels, widths, values):
        if data:
            if value:
                lines = _split(value, w - (22 if label.startswith("客服") else 3))
                for i, ln in enumerate(lines[:2]):
                    text(c, cx + 1.5, top - 8 - i * 3.4, ln, 7.5)
            cx += w
            continue
        box(c, cx, y, w, h)
        caption = translate("Prints", label)
        text(c, cx + 1.5, top - 3.8, caption, fit_text(caption, w - 3, 8))
        if label.startswith("客服"):
            sq = 15.5
            c.setStrokeColorRGB(*RED)
            box(c, cx + w - sq - 2, y + 1.3, sq, sq, dash=True, width=0.5)
            c.setStrokeColorRGB(0, 0, 0)
            stamp = translate("Prints", "盖章")
            text(c, cx + w - sq / 2 - 2, y + 1.3 + sq / 2 - 1, stamp, fit_text(stamp, sq - 1, 7), align="center",
                 color=(0.8, 0.55, 0.55))
        if label == "保安核验":
            for i, part in enumerate(translate("Prints", p) for p in GUARD_LINES):
                text(c, cx + 1.5, top - 8.3 - i * 3.6, part, fit_text(part, w - 3, 7.5))
        else:
            blank = "年   月   日" if language() != "en" else date_line()
            text(c, cx + (w - 19 if label.startswith("客服") else w) - 1.5, y + 1.2, blank, 6.5,
                 align="right", color=GREY)
        cx += w
    return y


def _split(value: str, width: float) -> list[str]:
    from reports.pdf.common import wrap
    return wrap(value, width, 7.5)


def _small_print(c: Canvas, bottom: float, label_room: float) -> None:
    """The small print (right), leaving `label_room` mm on the left for the copy label."""
    room = WIDTH - label_room - 4
    small = translate("Prints", SMALL_PRINT)
    text(c, MARGIN_X + WIDTH, bottom + 1.0, small, fit_text(small, room, 6.2, 4.5), align="right", color=GREY)


def _void_watermark(c: Canvas, cx: float, cy: float) -> None:
    c.saveState()
    c.setFillColorRGB(0.85, 0.2, 0.2, alpha=0.35)
    c.translate(cx * mm, cy * mm)
    c.rotate(18)
    from reports.pdf.common import font
    c.setFont(font(), 54)
    c.drawCentredString(0, -8 * mm, translate("Prints", "作  废"))
    c.restoreState()


def part_height(copies: int) -> float:
    return PAGE_H / mm / copies


def _layout(slip: SlipPrint, height: float) -> tuple[int, float]:
    """Item rows and their height: the rows share what the signature boxes (at least 17 mm) and
    the footer leave, up to 6.5 mm each."""
    rows = min(max(len(slip.items), 6), 8)
    top = height - (3.5 if height < 110 else 8.0) - 17.5 - 13.0 - 1.0
    room = top - 2.5 - 5.0 - 1.0 - 5.4 - 4.8 - 17.0
    return rows, max(min(room / rows, 6.5), 3.4)


def draw_body(c: Canvas, slip: SlipPrint, top: float, height: float, data: bool) -> float:
    """One layer of one part between `top` and `top - height` (mm): the form itself (boxes,
    labels, small print) or the slip's data; returns the baseline of the footer line."""
    bottom = top - height + 2.5
    rows, row_h = _layout(slip, height)
    y = _header(c, slip, top - (3.5 if height < 110 else 8.0), data)
    y = _rows(c, slip, y, data)
    y = _items(c, slip, y - 1.0, rows, row_h, data) - 1.0
    y = _signatures(c, slip, y, max(min(y - bottom - 5.0, 30), 15), data)
    if data and slip.voided:
        _void_watermark(c, PAGE_W / mm / 2, top - height / 2)
    return y - 4.6


def _template(c: Canvas, slip: SlipPrint, cache: dict) -> str:
    """The printed form without data, drawn once per document and layout (a form XObject)."""
    copies = 2 if slip.copies == 2 else 3
    key = (copies, _layout(slip, part_height(copies))[0], slip.org_name)
    if key not in cache:
        name = cache[key] = f"form{len(cache) + 1}"
        h = part_height(copies)
        labels = [translate("Prints", label) for label in COPY_LABELS[copies]]
        label_room = max(_width(label, 8.5) if language() == "en" else len(label) * 8.5 * 0.3528 for label in labels)
        c.beginForm(name)
        for n, label in enumerate(labels):
            top = PAGE_H / mm - n * h
            footer = draw_body(c, slip, top, h, data=False)
            text(c, MARGIN_X, footer + 0.9, label, 8.5)
            _small_print(c, footer, label_room)
            if n:
                cut_line(c, top, left=4, right=PAGE_W / mm - 4)
        c.endForm()
    return cache[key]


def draw_page(c: Canvas, slip: SlipPrint, form_name: str = "slip", cache: dict | None = None) -> None:
    """The form (shared by every page of the document) and this slip's data, drawn once as a
    form XObject and placed in each part: a fraction of the drawing work and of the file size."""
    copies = 2 if slip.copies == 2 else 3
    h = part_height(copies)
    c.doForm(_template(c, slip, cache if cache is not None else {}))
    top = PAGE_H / mm
    c.beginForm(form_name)
    draw_body(c, slip, top, h, data=True)
    c.endForm()
    for n in range(copies):
        c.saveState()
        c.translate(0, -n * h * mm)
        c.doForm(form_name)
        c.restoreState()


def build(slips: Sequence[SlipPrint], path: str | Path,
          progress: Callable[[int, int], None] | None = None) -> Path:
    """One page per slip; `progress(done, total)` every few pages (it may raise to cancel)."""
    total = len(slips)
    step = max(total // 100, 1)
    title = translate("Prints", "物品放行条") + (f" {slips[0].slip_no}" if total == 1
                                                else translate("Prints", "（{0} 张）").format(total))

    def draw(c: Canvas) -> None:
        cache: dict = {}
        for n, slip in enumerate(slips, start=1):
            draw_page(c, slip, f"slip{n}", cache)
            c.showPage()
            if progress and (n % step == 0 or n == total):
                progress(n, total)

    from reportlab import rl_config
    # Binary (Flate only) streams instead of ASCII85 + Flate: smaller files, and without reportlab's
    # optional C accelerator the pure-Python ASCII85 encoder costs ~10 ms a page. Each stream names
    # its own filters, so a PDF drawn elsewhere meanwhile stays valid.
    saved, rl_config.useA85 = rl_config.useA85, 0
    try:
        return build_pdf(path, title, draw)
    finally:
        rl_config.useA85 = saved
