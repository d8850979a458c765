"""Meeting services' catalog hooks: the registers (会议服务登记 with hours and occupancy per room,
会议服务记录, 会议室清洁消毒记录, 入室服务检查), the printed 会议接待单, today's meetings on the home page
and the handover sheet, meetings due a refill in the navigation badge, and assessment suggestions
where a checklist was missed or late."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from sqlalchemy import func, select

from app.db.models.meetings import MeetingOrder
from app.services import config, lookups
from app.services import meetings_booking as mb
from app.services import meetings_logs as ml
from app.services.catalog import Badge, DashboardItem, HandoverSection, PrintSource, RegisterSource
from app.services.context import ServiceContext
from app.services.meetings_rooms import list_rooms
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.excel.spec import Col, RegisterSpec

MEETING_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "会议服务登记"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "会议服务登记"),
    columns=(Col("date", QT_TRANSLATE_NOOP("Columns", "日期"), "date", 11),
             Col("time", QT_TRANSLATE_NOOP("Columns", "时间"), width=12),
             Col("meeting_name", QT_TRANSLATE_NOOP("Columns", "会议名称"), width=24),
             Col("organiser_unit", QT_TRANSLATE_NOOP("Columns", "主办单位"), width=16),
             Col("room", QT_TRANSLATE_NOOP("Columns", "会议室"), total="count"),
             Col("attendees_count", QT_TRANSLATE_NOOP("Columns", "人数"), "int", total="sum"),
             Col("hours", QT_TRANSLATE_NOOP("Columns", "时长（小时）"), "number", total="sum"),
             Col("assigned_staff", QT_TRANSLATE_NOOP("Columns", "服务人员"), width=14),
             Col("order_no", QT_TRANSLATE_NOOP("Columns", "编号"), width=15),
             Col("status", QT_TRANSLATE_NOOP("Columns", "状态"), values="meetings.status"),
             Col("fee_total", QT_TRANSLATE_NOOP("Columns", "费用"), "money", total="sum"),
             Col("issues", QT_TRANSLATE_NOOP("Columns", "问题"), width=24)))
OCCUPANCY_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "会议室使用率"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "会议室使用率"), landscape=False,
    columns=(Col("room", QT_TRANSLATE_NOOP("Columns", "会议室"), width=14),
             Col("meetings", QT_TRANSLATE_NOOP("Columns", "场次（含合并会场）"), "int"),
             Col("hours", QT_TRANSLATE_NOOP("Columns", "使用小时"), "number"),
             Col("available", QT_TRANSLATE_NOOP("Columns", "可用小时"), "number"),
             Col("rate", QT_TRANSLATE_NOOP("Columns", "占用率（%）"), "number")))
SERVICE_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "会议服务记录"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "会议服务记录"), mark_key="late",
    columns=(Col("date", QT_TRANSLATE_NOOP("Columns", "日期"), "date", 11),
             Col("meeting_name", QT_TRANSLATE_NOOP("Columns", "会议名称"), width=22),
             Col("room", QT_TRANSLATE_NOOP("Columns", "会议室")),
             Col("staff_on_duty", QT_TRANSLATE_NOOP("Columns", "值班服务员"), total="count"),
             Col("arrived", QT_TRANSLATE_NOOP("Columns", "到岗"), width=8),
             Col("late", QT_TRANSLATE_NOOP("Columns", "晚到"), width=12),
             Col("audio_checked", QT_TRANSLATE_NOOP("Columns", "音响检查")),
             Col("room_cleaned", QT_TRANSLATE_NOOP("Columns", "会场清洁")),
             Col("refill_count", QT_TRANSLATE_NOOP("Columns", "续水次数"), "int", total="sum"),
             Col("items", QT_TRANSLATE_NOOP("Columns", "物品发放/归还"), width=22),
             Col("closing", QT_TRANSLATE_NOOP("Columns", "关灯空调/茶具"), width=14),
             Col("feedback_text", QT_TRANSLATE_NOOP("Columns", "客户评价"), width=30),
             Col("issues", QT_TRANSLATE_NOOP("Columns", "问题"), width=20)))
HYGIENE_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "会议室周清洁消毒记录"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "清洁消毒"), mark_key="missing", landscape=False,
    columns=(Col("week", QT_TRANSLATE_NOOP("Columns", "周（周一）"), "date", 12),
             Col("room", QT_TRANSLATE_NOOP("Columns", "会议室"), total="count"),
             Col("deep_clean_done", QT_TRANSLATE_NOOP("Columns", "彻底清洁")),
             Col("tea_sets_disinfected", QT_TRANSLATE_NOOP("Columns", "茶具消毒")),
             Col("staff", QT_TRANSLATE_NOOP("Columns", "清洁人员")),
             Col("checked_by", QT_TRANSLATE_NOOP("Columns", "检查人")),
             Col("done_at", QT_TRANSLATE_NOOP("Columns", "登记时间"), "datetime", 17),
             Col("missing", QT_TRANSLATE_NOOP("Columns", "缺失"))))
OFFICE_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "入室服务检查表"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "入室服务"), mark_key="flag", landscape=False,
    columns=(Col("date", QT_TRANSLATE_NOOP("Columns", "日期"), "date", 11),
             Col("office", QT_TRANSLATE_NOOP("Columns", "办公室"), width=14, total="count"),
             Col("completed_at", QT_TRANSLATE_NOOP("Columns", "完成时间"), width=10),
             Col("staff", QT_TRANSLATE_NOOP("Columns", "服务人员")),
             Col("items", QT_TRANSLATE_NOOP("Columns", "完成项目"), width=10),
             Col("defects_reported", QT_TRANSLATE_NOOP("Columns", "报修/缺陷"), width=24),
             Col("flag", QT_TRANSLATE_NOOP("Columns", "迟/缺"), width=12)))


NOT_RECORDED, MISSING = QT_TRANSLATE_NOOP("Meetings", "未登记"), QT_TRANSLATE_NOOP("Meetings", "缺失")


def _yes(value) -> str:
    return translate("Values", "是" if value else "否")


def _label(status: str) -> str:
    return mb.STATUS_LABELS.get(status, status)


def occupancy(ctx: ServiceContext, period: Period, orders) -> list[dict]:
    """Meetings and hours per room, against the hours the grid offers in the period. A room counts
    the time it was held through a combination too (a hall's meeting uses both halves; a half's
    meeting takes the hall), as the guard rows hold them."""
    hours_per_day = config.get(ctx, "meetings.close_hour") - config.get(ctx, "meetings.open_hour")
    days = (period.end - period.start).days + 1
    rooms = list_rooms(ctx)
    units = {r.id: set(r.units) for r in rooms}
    meetings = defaultdict(int)
    held = defaultdict(set)
    for o in orders:
        if o.kind != "meeting" or o.status == "cancelled" or o.room_id not in units:
            continue
        slots = [t for t in mb.slot_starts(o.start_at, o.end_at) if period.start_dt <= t < period.end_dt]
        for r in rooms:
            if units[r.id] & units[o.room_id]:
                meetings[r.id] += 1
                held[r.id].update(slots)
    available = float(days * hours_per_day)
    out = []
    for r in rooms:
        hours = len(held[r.id]) / 4
        out.append({"room": r.name, "meetings": meetings[r.id], "hours": hours, "available": available,
                    "rate": round(100 * hours / available, 1) if available else 0.0})
    return out


def fetch_meetings(ctx: ServiceContext, period: Period, building: str | None):
    bid = lookups.building_id(ctx, building)
    orders = mb.list_orders(ctx, start=period.start_dt, end=period.end_dt, building_id=bid)
    logs = {x.order_id: x for x in ml.list_service_logs(ctx, start=period.start_dt, end=period.end_dt)}
    lines = [{"date": o.start_at.date(), "time": f"{o.start_at:%H:%M}–{o.end_at:%H:%M}", "meeting_name": o.meeting_name,
              "organiser_unit": o.organiser_unit, "room": o.room, "attendees_count": o.attendees_count,
              "hours": round(o.hours, 2), "assigned_staff": o.assigned_staff, "order_no": o.order_no,
              "status": o.status, "fee_total": o.fee_total,
              "issues": logs[o.id].issues if o.id in logs else None}
             for o in orders if o.kind == "meeting"]
    return MEETING_SPEC, lines, [(OCCUPANCY_SPEC, occupancy(ctx, period, orders))]


def fetch_service_logs(ctx: ServiceContext, period: Period, building: str | None):
    rows = ml.list_service_logs(ctx, start=period.start_dt, end=period.end_dt)
    yes = _yes
    lines = [{"date": x.start_at.date(), "meeting_name": x.meeting_name, "room": x.room, "staff_on_duty": x.staff_on_duty,
              "arrived": f"{x.arrived_at:%H:%M}" if x.arrived_at else translate("Meetings", NOT_RECORDED), "late": x.late,
              "audio_checked": yes(x.audio_checked), "room_cleaned": yes(x.room_cleaned), "refill_count": x.refill_count,
              "items": " / ".join(v for v in (x.items_issued, x.items_returned) if v),
              "closing": f"{yes(x.lights_ac_off)}/{yes(x.tea_sets_washed)}", "feedback_text": x.feedback_text,
              "issues": x.issues} for x in rows]
    return SERVICE_SPEC, lines


def fetch_hygiene(ctx: ServiceContext, period: Period, building: str | None):
    yes = _yes
    lines = [{"week": x.week_start, "room": x.room, "deep_clean_done": yes(x.deep_clean_done),
              "tea_sets_disinfected": yes(x.tea_sets_disinfected), "staff": x.staff, "checked_by": x.checked_by,
              "done_at": x.done_at, "missing": translate("Meetings", MISSING) if x.missing else ""}
             for x in ml.hygiene_weeks(ctx, period.start, period.end)]
    return HYGIENE_SPEC, lines


def fetch_office_checks(ctx: ServiceContext, period: Period, building: str | None):
    lines = [{"date": x.date, "office": x.office, "completed_at": f"{x.completed_at:%H:%M}" if x.completed_at else "",
              "staff": x.staff, "items": f"{x.items_done}/{x.items_total}" if x.id else "",
              "defects_reported": x.defects_reported, "flag": x.flag}
             for x in ml.office_days(ctx, period.start, period.end)]
    return OFFICE_SPEC, lines


def print_meeting_order(ctx: ServiceContext, number: str, path: Path) -> Path:
    """`dormdesk print meeting-order HY2026-000001`: the MT1 会议接待单 (with the MT2 record when kept)."""
    ctx.require("meetings.print")
    return _print(ctx, mb.by_number(ctx, number), path)


def print_order_by_id(ctx: ServiceContext, order_id: int, path: Path) -> Path:
    """The same form for a booking not yet numbered (暂定), from the page."""
    ctx.require("meetings.print")
    return _print(ctx, mb.get(ctx, order_id), path)


def _print(ctx: ServiceContext, row, path: Path) -> Path:
    from reports.pdf.meeting_order import build_meeting_order
    rules = {"extra": config.get(ctx, "meetings.block_extra_rooms"),
             "percent": config.get(ctx, "meetings.unused_room_percent"),
             "bed": config.get(ctx, "meetings.extra_bed_min_rate")}
    return build_meeting_order(row, path, org_name=config.get(ctx, "org.name"), status_label=translate("Meetings", _label(row.status)),
                               log=ml.service_log(ctx, row.id), rules=rules)


PRINTS = [PrintSource("meeting-order", "会议接待单", print_meeting_order)]
REGISTERS = [
    RegisterSource("meetings", QT_TRANSLATE_NOOP("Registers", "会议服务登记"), fetch_meetings),
    RegisterSource("meeting-service", QT_TRANSLATE_NOOP("Registers", "会议服务记录"), fetch_service_logs),
    RegisterSource("meeting-cleaning", QT_TRANSLATE_NOOP("Registers", "会议室清洁消毒记录"), fetch_hygiene),
    RegisterSource("office-checks", QT_TRANSLATE_NOOP("Registers", "入室服务检查"), fetch_office_checks),
]


# Home page, handover, assessment -----------------------------------------------------------------------
def count_today(ctx: ServiceContext) -> int:
    a = dt.datetime.combine(ctx.today(), dt.time.min)
    with ctx.read("meetings.view") as s:
        return s.scalar(select(func.count()).select_from(MeetingOrder).where(
            MeetingOrder.kind == "meeting", MeetingOrder.status.in_(mb.LIVE + ("finished",)),
            MeetingOrder.start_at >= a, MeetingOrder.start_at < a + dt.timedelta(days=1))) or 0


def count_refills_due(ctx: ServiceContext) -> int:
    return len(ml.refills_due(ctx))


def meeting_lines(ctx: ServiceContext, start: dt.datetime, end: dt.datetime) -> list[str]:
    """The handover sheet: meetings from the shift's end to the end of the next day."""
    day_end = dt.datetime.combine(end.date() + dt.timedelta(days=2), dt.time.min)
    rows = [o for o in mb.list_orders(ctx, start=end, end=day_end, statuses=mb.LIVE) if o.kind == "meeting"]
    return [f"{o.start_at:%m-%d %H:%M}–{o.end_at:%H:%M} {o.room} {o.meeting_name}"
            f"（{o.organiser_unit or ''} {o.attendees_count} 人，{_label(o.status)}"
            f"{'，服务：' + o.assigned_staff if o.assigned_staff else ''}）" for o in rows]


def _centre_building(ctx: ServiceContext) -> int | None:
    return next((r.building_id for r in list_rooms(ctx) if r.building_id), None) or next(
        (b.id for b in lookups.buildings(ctx, scoped=False)), None)


# lupdate does not read translate() calls with a variable context: the facts' texts.
_FACT_TEXTS = (QT_TRANSLATE_NOOP("Assessments", "会议室周清洁消毒缺失 {room}"),
               QT_TRANSLATE_NOOP("Assessments", "{week} 起一周未登记彻底清洁和茶具消毒"),
               QT_TRANSLATE_NOOP("Assessments", "入室服务{flag} {office}"),
               QT_TRANSLATE_NOOP("Assessments", " {time} 完成（{staff}）"),
               QT_TRANSLATE_NOOP("Assessments", " 未登记"),
               QT_TRANSLATE_NOOP("Assessments", "会议服务员未提前到岗 {staff}"),
               QT_TRANSLATE_NOOP("Assessments", "{meeting}（{room} {start}）{late}"))


def missed_checklist_facts(ctx: ServiceContext, period) -> list[dict]:
    """ASSESSMENT_FACTS: weekly cleaning missed, leaders' offices late or not done, attendants late.
    Built in the interface's language (the suggestions list shows them as they are)."""
    A = "Assessments"  # noqa: N806
    facts = []
    rooms = {r.id: r for r in list_rooms(ctx, active_only=False)}
    centre = _centre_building(ctx)
    staff_ids = {c.name: c.id for c in lookups.staff(ctx)}  # the attendant, when kept as staff
    for x in ml.hygiene_weeks(ctx, period.start, period.end):
        bid = rooms[x.room_id].building_id or centre
        if x.missing and bid:
            facts.append({"building_id": bid, "date": x.week_start + dt.timedelta(days=6), "source": "meetings",
                          "ref": f"MT3:{x.room_id}:{x.week_start}",
                          "title": translate(A, "会议室周清洁消毒缺失 {room}").format(room=x.room),
                          "detail": translate(A, "{week} 起一周未登记彻底清洁和茶具消毒").format(
                              week=f"{x.week_start:%m-%d}")})
    for x in ml.office_days(ctx, period.start, period.end):
        if x.flag and centre:
            facts.append({"building_id": centre, "date": x.date, "source": "meetings", "staff_id": staff_ids.get(x.staff),
                          "ref": f"MT4:{x.office}:{x.date}",
                          "title": translate(A, "入室服务{flag} {office}").format(flag=x.flag, office=x.office),
                          "detail": f"{x.date:%m-%d} {x.office}" + (
                              translate(A, " {time} 完成（{staff}）").format(time=f"{x.completed_at:%H:%M}",
                                                                          staff=x.staff)
                              if x.completed_at else translate(A, " 未登记"))})
    for x in ml.list_service_logs(ctx, start=period.start_dt, end=period.end_dt):
        if x.late and centre:
            facts.append({"building_id": centre, "date": x.start_at, "source": "meetings", "ref": f"MT2:{x.id}",
                          "staff_id": staff_ids.get(x.staff_on_duty),
                          "title": translate(A, "会议服务员未提前到岗 {staff}").format(staff=x.staff_on_duty),
                          "detail": translate(A, "{meeting}（{room} {start}）{late}").format(
                              meeting=x.meeting_name, room=x.room, start=f"{x.start_at:%m-%d %H:%M}", late=x.late)})
    return [f for f in facts if period.start <= (f["date"].date() if isinstance(f["date"], dt.datetime)
                                                 else f["date"]) <= period.end]


BADGES = [Badge("meetings", count_refills_due)]  # the navigation shows cups due wherever the user is
DASHBOARD = [
    DashboardItem(60, "meetings.today", QT_TRANSLATE_NOOP("Dashboard", "今日会议"), "meetings", count_today,
                  warn=False, filter="today"),
    DashboardItem(61, "meetings.refills", QT_TRANSLATE_NOOP("Dashboard", "待续水会议"), "meetings", count_refills_due,
                  filter="refills"),
]
HANDOVER_SECTIONS = [HandoverSection(60, QT_TRANSLATE_NOOP("Handover", "今明两天的会议"), meeting_lines)]
ASSESSMENT_FACTS = [missed_checklist_facts]
