"""The meeting reception order (MT1 会议接待单, domain.md §12.2) as one A4 page, as the office's own
paper: the meeting and organiser, the room and layout, the 会标 text, equipment and services ticked,
special requirements, who notified and who serves, the fees for hotel use (§12.1) and boxes for
the signatures.

`o` is any object with the order's fields as attributes (app.services.meetings_booking.OrderRow);
`log` the MT2 service log's row or None.
"""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from app.texts import QT_TRANSLATE_NOOP, language, translate
from reports.pdf.common import (
    PAGE_H,
    PAGE_W,
    RED,
    box,
    build_pdf,
    fit_text,
    labelled_cell,
    long_date,
    signature_row,
    stamp_box,
    text,
    wrap,
    wrap_text,
)

MARGIN_X = 16
WIDTH = PAGE_W / mm - 2 * MARGIN_X
WEEK = "一二三四五六日"
# The captions drawn below, collected for translation (the drawing code translates each as it draws it).
CAPTIONS = (QT_TRANSLATE_NOOP("Prints", "会议名称"), QT_TRANSLATE_NOOP("Prints", "主办单位"),
            QT_TRANSLATE_NOOP("Prints", "联系人"), QT_TRANSLATE_NOOP("Prints", "联系电话"),
            QT_TRANSLATE_NOOP("Prints", "会议时间"), QT_TRANSLATE_NOOP("Prints", "会议室"),
            QT_TRANSLATE_NOOP("Prints", "参会人数"), QT_TRANSLATE_NOOP("Prints", "主席台"),
            QT_TRANSLATE_NOOP("Prints", "会场布置"), QT_TRANSLATE_NOOP("Prints", "接待规格"),
            QT_TRANSLATE_NOOP("Prints", "通知人"), QT_TRANSLATE_NOOP("Prints", "站长确认"),
            QT_TRANSLATE_NOOP("Prints", "会标内容"), QT_TRANSLATE_NOOP("Prints", "会议设备"),
            QT_TRANSLATE_NOOP("Prints", "服务项目"), QT_TRANSLATE_NOOP("Prints", "特殊要求"),
            QT_TRANSLATE_NOOP("Prints", "服务人员"), QT_TRANSLATE_NOOP("Prints", "容量说明"),
            QT_TRANSLATE_NOOP("Prints", "场地费"), QT_TRANSLATE_NOOP("Prints", "协议房数"),
            QT_TRANSLATE_NOOP("Prints", "留房数"), QT_TRANSLATE_NOOP("Prints", "实用房数"),
            QT_TRANSLATE_NOOP("Prints", "房价"), QT_TRANSLATE_NOOP("Prints", "天数"),
            QT_TRANSLATE_NOOP("Prints", "加床"), QT_TRANSLATE_NOOP("Prints", "其他"),
            QT_TRANSLATE_NOOP("Prints", "合计"), QT_TRANSLATE_NOOP("Prints", "值班服务员"),
            QT_TRANSLATE_NOOP("Prints", "到岗时间"), QT_TRANSLATE_NOOP("Prints", "续水次数"),
            QT_TRANSLATE_NOOP("Prints", "服务检查"), QT_TRANSLATE_NOOP("Prints", "客户评价"),
            QT_TRANSLATE_NOOP("Prints", "备注"), QT_TRANSLATE_NOOP("Prints", "主办方确认"),
            QT_TRANSLATE_NOOP("Prints", "接待员"), QT_TRANSLATE_NOOP("Prints", "会议中心主管"),
            QT_TRANSLATE_NOOP("Prints", "茶水"), QT_TRANSLATE_NOOP("Prints", "水果点心"),
            QT_TRANSLATE_NOOP("Prints", "桌签"), QT_TRANSLATE_NOOP("Prints", "鲜花"),
            QT_TRANSLATE_NOOP("Prints", "音响检查"), QT_TRANSLATE_NOOP("Prints", "会场清洁"),
            QT_TRANSLATE_NOOP("Prints", "关灯关空调"), QT_TRANSLATE_NOOP("Prints", "茶具清洗"))


def _tick(flag: bool, label: str) -> str:
    return ("■" if flag else "□") + translate("Prints", label)


def _money(v) -> str:
    return f"{float(v or 0):,.2f}"


def _block(cv, y: float, label: str, value: str | None, h: float) -> float:
    y -= h
    box(cv, MARGIN_X, y, 26, h)
    box(cv, MARGIN_X + 26, y, WIDTH - 26, h)
    label = translate("Prints", label)
    text(cv, MARGIN_X + 13, y + h / 2 - 1.2, label, fit_text(label, 25, 9), align="center")
    for i, ln in enumerate(wrap(value or "", WIDTH - 30, 9)[: int((h - 2) // 4.6)]):
        text(cv, MARGIN_X + 28, y + h - 5 - i * 4.6, ln, 9)
    return y


def _row(cv, y: float, cells, h: float = 8) -> float:
    y -= h
    w = WIDTH / len(cells)
    for i, (label, value) in enumerate(cells):
        labelled_cell(cv, MARGIN_X + i * w, y, w, h, label, value, label_w=22 if len(cells) > 2 else 26, size=9.5)
    return y


FEE_NOTE = QT_TRANSLATE_NOOP("Prints", "留房可为协议房数 +{extra} 间；未用留房按房价 {percent}% 收取；加床不低于 {bed} 元/人/天。")


def draw(cv, o, org_name: str, status_label: str, log=None, rules: dict | None = None) -> None:
    y = PAGE_H / mm - 16
    text(cv, PAGE_W / mm / 2, y, org_name, 11, align="center")
    y -= 9
    text(cv, PAGE_W / mm / 2, y, translate("Prints", "会 议 接 待 单"), 18, align="center")
    y -= 7
    confirmed = (translate("Prints", "    确认：{0} {1}").format(o.confirmed_by, f"{o.confirmed_at:%Y-%m-%d %H:%M}")
                 if o.confirmed_at else "")
    text(cv, MARGIN_X, y, translate("Prints", "状态：{0}").format(status_label) + confirmed, 9)
    number = o.order_no or translate("Prints", "（暂定，未编号）")
    text(cv, MARGIN_X + WIDTH, y, f"No. {number}", 11, align="right", color=RED)
    y -= 2
    weekday = f"{o.start_at:%A}" if language() == "en" else f"星期{WEEK[o.start_at.weekday()]}"
    when = f"{long_date(o.start_at)} {weekday} {o.start_at:%H:%M}–{o.end_at:%H:%M}"
    y = _row(cv, y, [("会议名称", o.meeting_name)])
    y = _row(cv, y, [("主办单位", o.organiser_unit or ""), ("联系人", o.contact_person or ""),
                     ("联系电话", o.phone or "")])
    y = _row(cv, y, [("会议时间", when), ("会议室", o.room)])
    people = translate("Prints", "{0} 人")
    y = _row(cv, y, [("参会人数", people.format(o.attendees_count)), ("主席台", people.format(o.rostrum_count)),
                     ("会场布置", o.layout or "")])
    y = _row(cv, y, [("接待规格", o.vip_level or ""), ("通知人", o.notified_by or ""),
                     ("站长确认", translate("Prints", "已确认") if o.station_head_confirmed else "")])
    y = _block(cv, y, "会标内容", o.banner_text, 12)
    y = _row(cv, y, [("会议设备", o.equipment or "")])
    services = "    ".join((_tick(o.tea_service, "茶水"), _tick(o.fruit_snacks, "水果点心"),
                            _tick(o.name_cards, "桌签"), _tick(o.flowers, "鲜花")))
    y = _row(cv, y, [("服务项目", services)])
    y = _block(cv, y, "特殊要求", o.special_requirements, 20)
    y = _row(cv, y, [("服务人员", o.assigned_staff or ""), ("容量说明", o.capacity_override or "")])
    if o.hotel_use:
        y -= 6
        text(cv, MARGIN_X, y + 1.5, translate("Prints", "费用（酒店会议）"), 10)
        y = _row(cv, y, [("场地费", _money(o.venue_fee)), ("协议房数", str(o.guest_rooms_agreed)),
                         ("留房数", str(o.guest_rooms_held))])
        y = _row(cv, y, [("实用房数", str(o.guest_rooms_used)), ("房价", _money(o.guest_room_rate)),
                         ("天数", str(o.guest_nights))])
        y = _row(cv, y, [("加床", f"{o.extra_beds} × {_money(o.extra_bed_rate)}"), ("其他", _money(o.other_fees)),
                         ("合计", _money(o.fee_total))])
        fee_note = translate("Prints", FEE_NOTE).format(**(rules or {"extra": 2, "percent": 60, "bed": 50}))
        text(cv, MARGIN_X, y - 4, fee_note, fit_text(fee_note, WIDTH, 7.5), color=(0.35, 0.35, 0.35))
        y -= 5
    if log is not None:
        y -= 6
        text(cv, MARGIN_X, y + 1.5, translate("Prints", "会议服务记录"), 10)
        arrived = f"{log.arrived_at:%H:%M}" if log.arrived_at else ""
        y = _row(cv, y, [("值班服务员", log.staff_on_duty), ("到岗时间", arrived + (f"（{log.late}）" if log.late else "")),
                         ("续水次数", str(log.refill_count))])
        checks = "    ".join((_tick(log.audio_checked, "音响检查"), _tick(log.room_cleaned, "会场清洁"),
                              _tick(log.lights_ac_off, "关灯关空调"), _tick(log.tea_sets_washed, "茶具清洗")))
        y = _row(cv, y, [("服务检查", checks)])
        y = _row(cv, y, [("客户评价", log.feedback_text or "")])
    y = _block(cv, y, "备注", o.remarks, 12)
    y -= 16
    signature_row(cv, MARGIN_X, y, WIDTH - 32, ["主办方确认", "接待员", "会议中心主管"], h=14)
    stamp_box(cv, MARGIN_X + WIDTH - 28, y - 12, 26)
    y -= 20
    note = translate("Prints", "注：服务员提前 15 分钟到岗并检查音响；倒茶先宾后主、先主席台后台下，从客人右侧服务；"
                               "会议中每 15 分钟续水一次。")
    for i, ln in enumerate(wrap_text(note, WIDTH, 7.5)[:3]):
        text(cv, MARGIN_X, y - i * 3.4, ln, 7.5, color=(0.35, 0.35, 0.35))


def build_meeting_order(o, path: str | Path, *, org_name: str, status_label: str, log=None,
                        rules: dict | None = None) -> Path:
    """`rules`: {"extra": rooms over the block, "percent": unused rooms charged, "bed": minimum bed rate}."""
    return build_pdf(path, translate("Prints", "会议接待单 {0}").format(o.order_no or o.meeting_name),
                     lambda cv: draw(cv, o, org_name, status_label, log, rules))
