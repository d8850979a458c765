"""The attendants' records (domain.md §12.2): MT2 会议服务记录 per meeting (arrival 15 minutes early,
sound check, room cleaned, a cup refill every 15 minutes, items issued and returned, lights/AC off
and tea sets washed at closing, the organiser's evaluation), MT3 周清洁消毒记录 per room and week,
MT4 入室服务检查表 per leader's office and working day (done by 08:30).

Lateness and missing records are computed when read, never stored.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app import vocab
from app.db.models.meetings import (
    MeetingOrder,
    MeetingRoom,
    MeetingRoomHygieneLog,
    MeetingServiceLog,
    OfficeServiceCheck,
)
from app.errors import Conflict, NotFound, ValidationError
from app.services import config
from app.services.context import ServiceContext, snapshot
from app.services.meetings_rooms import holidays, split_list
from app.texts import QT_TRANSLATE_NOOP, translate

RATINGS = ("good", "average", "bad")              # codes of meetings.rating (stored; columns String(8))
OVERALL = ("great", "good", "average", "bad")
FEEDBACK_ITEMS = {"fb_communication": QT_TRANSLATE_NOOP("Meetings", "会前沟通"),
                  "fb_preparation": QT_TRANSLATE_NOOP("Meetings", "会场准备"),
                  "fb_cleanliness": QT_TRANSLATE_NOOP("Meetings", "会场卫生"),
                  "fb_attitude": QT_TRANSLATE_NOOP("Meetings", "服务态度"),
                  "fb_audio": QT_TRANSLATE_NOOP("Meetings", "音响保障")}
# The ratings are stored as codes (migration 0016_codes2), shown through app/vocab.
RATING = vocab.define("meetings.rating", {
    "great": QT_TRANSLATE_NOOP("Values", "很满意"), "good": QT_TRANSLATE_NOOP("Values", "满意"),
    "average": QT_TRANSLATE_NOOP("Values", "一般"), "bad": QT_TRANSLATE_NOOP("Values", "不满意")},
             columns=tuple(f"meeting_service_log.{k}" for k in (*FEEDBACK_ITEMS, "fb_overall")))
LATE_TEXT = QT_TRANSLATE_NOOP("Meetings", "晚到 {0} 分钟")
FEEDBACK_PART = QT_TRANSLATE_NOOP("Meetings", "{0}{1}")     # item, rating
FEEDBACK_OVERALL = QT_TRANSLATE_NOOP("Meetings", "总体{0}")
FEEDBACK_SEPARATOR = QT_TRANSLATE_NOOP("Meetings", "；")
OFFICE_LATE = QT_TRANSLATE_NOOP("Meetings", "晚于 {0}")
OFFICE_MISSING = QT_TRANSLATE_NOOP("Meetings", "未做")
OFFICE_ITEMS = {"desks": "桌椅茶几", "doors_windows": "门窗", "bookcase": "书柜", "plants": "花木",
                "rubbish": "垃圾", "floor": "地面", "toilet": "卫生间", "paper_refill": "补充用纸"}
LOG_FIELDS = ("staff_on_duty", "arrived_at", "audio_checked", "room_cleaned", "items_issued", "items_returned",
              "issues", "lights_ac_off", "tea_sets_washed", *FEEDBACK_ITEMS, "fb_overall", "fb_comments")


@dataclass(frozen=True)
class ServiceLogRow:
    id: int
    order_id: int
    order_no: str | None
    meeting_name: str
    room: str
    start_at: dt.datetime
    end_at: dt.datetime
    status: str
    staff_on_duty: str
    arrived_at: dt.datetime | None
    audio_checked: bool
    room_cleaned: bool
    refill_interval_min: int
    refill_count: int
    last_refill_at: dt.datetime | None
    items_issued: str | None
    items_returned: str | None
    issues: str | None
    closed_at: dt.datetime | None
    lights_ac_off: bool
    tea_sets_washed: bool
    fb_communication: str | None
    fb_preparation: str | None
    fb_cleanliness: str | None
    fb_attitude: str | None
    fb_audio: str | None
    fb_overall: str | None
    fb_comments: str | None
    late: str               # "迟到 N 分钟" when not in the room 15 minutes early
    feedback_text: str
    version: int


def _late(arrived: dt.datetime | None, start: dt.datetime, early_min: int) -> str:
    if arrived is None:
        return ""
    due = start - dt.timedelta(minutes=early_min)
    if arrived <= due:
        return ""
    return translate("Meetings", LATE_TEXT).format(int((arrived - due).total_seconds() // 60))


def _feedback(log) -> str:
    """The customer's ratings in one line, in the interface language (the comments as typed)."""
    rating = lambda v: vocab.label("meetings.rating", v)  # noqa: E731
    parts = [translate("Meetings", FEEDBACK_PART).format(translate("Meetings", label), rating(getattr(log, key)))
             for key, label in FEEDBACK_ITEMS.items() if getattr(log, key)]
    if log.fb_overall:
        parts.append(translate("Meetings", FEEDBACK_OVERALL).format(rating(log.fb_overall)))
    if log.fb_comments:
        parts.append(log.fb_comments)
    return translate("Meetings", FEEDBACK_SEPARATOR).join(parts)


def save_service_log(ctx: ServiceContext, order_id: int, *, expected_version: int | None = None, **values) -> ServiceLogRow:
    """Create or update the meeting's MT2 record (one per meeting)."""
    unknown = set(values) - set(LOG_FIELDS)
    if unknown:
        raise ValueError(f"unknown fields {unknown}")
    staff = (values.get("staff_on_duty") or "").strip() if "staff_on_duty" in values else None
    if staff is not None and not staff:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写值班服务员。"), field="staff_on_duty")
    for key in (*FEEDBACK_ITEMS, "fb_overall"):   # a code or its label (as typed) is accepted; the code is stored
        if values.get(key):
            values[key] = RATING.code(values[key]) or values[key]
    for key in FEEDBACK_ITEMS:
        if values.get(key) and values[key] not in RATINGS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "评价只能是 满意/一般/不满意。"), field=key)
    if values.get("fb_overall") and values["fb_overall"] not in OVERALL:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择总体评价。"), field="fb_overall")
    with ctx.action("meetings.record") as tx:
        s = tx.session
        o = s.get(MeetingOrder, order_id)
        if o is None or o.kind != "meeting":
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "会议预订不存在。"))
        if o.status in ("tentative", "cancelled"):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "会议尚未确认或已取消，不能填写服务记录。"))
        arrived = values.get("arrived_at")
        if arrived is not None and not (o.start_at - dt.timedelta(hours=6) <= arrived <= o.end_at):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "到岗时间应在会议当天、会议结束之前。"), field="arrived_at")
        log = s.scalar(select(MeetingServiceLog).where(MeetingServiceLog.order_id == order_id))
        before = None
        if log is None:
            if not staff:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写值班服务员。"), field="staff_on_duty")
            log = MeetingServiceLog(order_id=order_id, refill_interval_min=config.get_in(
                s, "meetings.refill_interval_min"), refill_count=0, audio_checked=False, room_cleaned=False,
                lights_ac_off=False, tea_sets_washed=False)
            tx.stamp(log, new=True)
            s.add(log)
        else:
            tx.check_version(log, expected_version)
            before = snapshot(log)
            tx.stamp(log)
        for key, value in values.items():
            setattr(log, key, value.strip() or None if isinstance(value, str) and key != "staff_on_duty" else
                    (staff if key == "staff_on_duty" else value))
        if log.lights_ac_off and log.tea_sets_washed and log.closed_at is None and o.status == "finished":
            log.closed_at = ctx.now()
        s.flush()
        tx.audit("meeting_service_log", log.id, before=before, after=snapshot(log),
                 summary=f"会议服务记录 {o.order_no or ''} {o.meeting_name}")
    return service_log(ctx, order_id)


def record_refill(ctx: ServiceContext, order_id: int) -> ServiceLogRow:
    """One round of refills (the on-screen reminder's 已续水)."""
    with ctx.action("meetings.record") as tx:
        s = tx.session
        log = s.scalar(select(MeetingServiceLog).where(MeetingServiceLog.order_id == order_id))
        if log is None:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "请先填写会议服务记录（值班服务员）。"))
        before = snapshot(log)
        log.refill_count = (log.refill_count or 0) + 1
        log.last_refill_at = ctx.now()
        tx.stamp(log)
        tx.audit("meeting_service_log", log.id, before=before, after=snapshot(log),
                 summary=f"续水 第 {log.refill_count} 次")
    return service_log(ctx, order_id)


def list_service_logs(ctx: ServiceContext, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
                      order_ids=None) -> list[ServiceLogRow]:
    stmt = (select(MeetingServiceLog, MeetingOrder, MeetingRoom.name)
            .join(MeetingOrder, MeetingOrder.id == MeetingServiceLog.order_id)
            .join(MeetingRoom, MeetingRoom.id == MeetingOrder.room_id).order_by(MeetingOrder.start_at))
    if start is not None:
        stmt = stmt.where(MeetingOrder.start_at >= start)
    if end is not None:
        stmt = stmt.where(MeetingOrder.start_at < end)
    if order_ids is not None:
        stmt = stmt.where(MeetingServiceLog.order_id.in_(list(order_ids)))
    with ctx.read("meetings.view") as s:
        early = config.get_in(s, "meetings.arrive_early_min")
        out = []
        for log, o, room in s.execute(stmt):
            values = {k: getattr(log, k) for k in snapshot(log) if k in ServiceLogRow.__dataclass_fields__}
            out.append(ServiceLogRow(**values, order_no=o.order_no, meeting_name=o.meeting_name, room=room,
                                     start_at=o.start_at, end_at=o.end_at, status=o.status,
                                     late=_late(log.arrived_at, o.start_at, early), feedback_text=_feedback(log)))
        return out


def service_log(ctx: ServiceContext, order_id: int) -> ServiceLogRow | None:
    rows = list_service_logs(ctx, order_ids=[order_id])
    return rows[0] if rows else None


@dataclass(frozen=True)
class RefillDue:
    order_id: int
    meeting_name: str
    room: str
    minutes: int        # since the last refill (or the start)
    has_log: bool


def refills_due(ctx: ServiceContext) -> list[RefillDue]:
    """Meetings in progress whose cups are due (the on-screen reminder)."""
    now = ctx.now()
    stmt = (select(MeetingOrder, MeetingRoom.name, MeetingServiceLog)
            .join(MeetingRoom, MeetingRoom.id == MeetingOrder.room_id)
            .outerjoin(MeetingServiceLog, MeetingServiceLog.order_id == MeetingOrder.id)
            .where(MeetingOrder.status == "in_progress", MeetingOrder.tea_service.is_(True),
                   MeetingOrder.end_at > now))  # past its end the attendant is clearing up, not refilling
    out = []
    with ctx.read("meetings.view") as s:
        default = config.get_in(s, "meetings.refill_interval_min")
        for o, room, log in s.execute(stmt):
            since = (log.last_refill_at if log and log.last_refill_at else None) or o.started_at or o.start_at
            interval = log.refill_interval_min if log else default
            minutes = int((now - since).total_seconds() // 60)
            if minutes >= interval:
                out.append(RefillDue(o.id, o.meeting_name, room, minutes, log is not None))
    return out


# MT3 ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HygieneRow:
    room_id: int
    room: str
    week_start: dt.date
    done: bool
    deep_clean_done: bool
    tea_sets_disinfected: bool
    staff: str | None
    checked_by: str | None
    done_at: dt.datetime | None
    missing: bool           # a past week with no (or an incomplete) record


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def record_hygiene(ctx: ServiceContext, room_id: int, week_start: dt.date, *, deep_clean_done: bool,
                   tea_sets_disinfected: bool, staff: str, checked_by: str | None = None,
                   remarks: str | None = None) -> None:
    staff = (staff or "").strip()
    if not staff:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写清洁消毒人员。"), field="staff")
    if not (deep_clean_done or tea_sets_disinfected):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请勾选已完成的项目。"), field="deep_clean_done")
    week_start = monday(week_start)
    if week_start > ctx.today():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "不能登记未来一周的清洁消毒。"), field="week")
    with ctx.action("meetings.record") as tx:
        s = tx.session
        room = s.get(MeetingRoom, room_id)
        if room is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择会议室。"), field="room")
        log = s.scalar(select(MeetingRoomHygieneLog).where(MeetingRoomHygieneLog.room_id == room_id,
                                                            MeetingRoomHygieneLog.week_start == week_start))
        before = snapshot(log) if log else None
        if log is None:
            log = MeetingRoomHygieneLog(room_id=room_id, week_start=week_start)
            tx.stamp(log, new=True)
            s.add(log)
        else:
            tx.stamp(log)
        log.deep_clean_done = bool(deep_clean_done or log.deep_clean_done)
        log.tea_sets_disinfected = bool(tea_sets_disinfected or log.tea_sets_disinfected)
        log.staff, log.checked_by, log.done_at = staff, (checked_by or "").strip() or None, ctx.now()
        log.remarks = (remarks or "").strip() or None
        s.flush()
        tx.audit("meeting_room_hygiene_log", log.id, before=before, after=snapshot(log),
                 summary=f"{room.name} {week_start:%m-%d} 周清洁消毒")


def hygiene_weeks(ctx: ServiceContext, start: dt.date, end: dt.date) -> list[HygieneRow]:
    """One row per plain room and week overlapping [start, end]; past weeks without both items are missing."""
    from app.db.models.meetings import MeetingRoomPart
    this_week = monday(ctx.today())
    with ctx.read("meetings.view") as s:
        halls = set(s.scalars(select(MeetingRoomPart.room_id)))
        rooms = [(i, n) for i, n in s.execute(select(MeetingRoom.id, MeetingRoom.name).where(
            MeetingRoom.active.is_(True)).order_by(MeetingRoom.sort_order, MeetingRoom.name)) if i not in halls]
        logs = {(x.room_id, x.week_start): x for x in s.scalars(select(MeetingRoomHygieneLog).where(
            MeetingRoomHygieneLog.week_start >= monday(start), MeetingRoomHygieneLog.week_start <= end))}
    out = []
    week = monday(start)
    while week <= end:
        for rid, name in rooms:
            x = logs.get((rid, week))
            done = bool(x and x.deep_clean_done and x.tea_sets_disinfected)
            out.append(HygieneRow(rid, name, week, done, bool(x and x.deep_clean_done),
                                  bool(x and x.tea_sets_disinfected), x.staff if x else None,
                                  x.checked_by if x else None, x.done_at if x else None,
                                  missing=not done and week < this_week))
        week += dt.timedelta(days=7)
    return out


# MT4 ------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class OfficeDay:
    office: str
    date: dt.date
    id: int | None
    completed_at: dt.datetime | None
    staff: str | None
    items_done: int
    items_total: int
    defects_reported: str | None
    flag: str                # "" | "晚于 08:30" | "未做"


def _done_by(session) -> dt.time:
    text = config.get_in(session, "meetings.office_done_by") or "08:30"
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        return dt.time(8, 30)


def record_office_check(ctx: ServiceContext, office: str, check_date: dt.date, *, items: dict[str, bool],
                        staff: str, defects_reported: str | None = None,
                        completed_at: dt.datetime | None = None) -> None:
    """A leader's office done (MT4); one record per office and day."""
    office, staff = (office or "").strip(), (staff or "").strip()
    if not office:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择办公室。"), field="office")
    if not staff:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写服务人员。"), field="staff")
    if set(items) - set(OFFICE_ITEMS):
        raise ValueError(f"unknown items {set(items) - set(OFFICE_ITEMS)}")
    completed_at = completed_at or ctx.now()
    if completed_at.date() != check_date:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "完成时间应在检查当天。"), field="completed_at")
    if completed_at > ctx.now() + dt.timedelta(minutes=5):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "完成时间不能晚于现在。"), field="completed_at")
    with ctx.action("meetings.check") as tx:
        s = tx.session
        if s.scalar(select(OfficeServiceCheck.id).where(OfficeServiceCheck.office == office,
                                                        OfficeServiceCheck.check_date == check_date)):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "{office} {date} 的入室服务已登记。"), office=office,
                           date=f"{check_date:%Y-%m-%d}")
        row = OfficeServiceCheck(office=office, check_date=check_date, staff=staff, completed_at=completed_at,
                                 defects_reported=(defects_reported or "").strip() or None,
                                 **{k: bool(items.get(k)) for k in OFFICE_ITEMS})
        tx.stamp(row, new=True)
        s.add(row)
        s.flush()
        tx.audit("office_service_check", row.id, after=snapshot(row),
                 summary=f"入室服务 {office} {check_date:%m-%d} {completed_at:%H:%M}")


def office_days(ctx: ServiceContext, start: dt.date, end: dt.date) -> list[OfficeDay]:
    """Every configured office on every working day in [start, end] up to today: late or missing flagged."""
    today, now = ctx.today(), ctx.now()
    with ctx.read("meetings.view") as s:
        offices = split_list(config.get_in(s, "meetings.leader_offices"))
        off = holidays(s)
        done_by = _done_by(s)
        found = {(c.office, c.check_date): c for c in s.scalars(select(OfficeServiceCheck).where(
            OfficeServiceCheck.check_date >= start, OfficeServiceCheck.check_date <= end))}
    names = offices + sorted({o for o, _d in found} - set(offices))
    out = []
    day = start
    while day <= min(end, today):
        working = day.weekday() < 5 and day not in off
        for office in names:
            c = found.get((office, day))
            if c is None and not working:
                continue
            if c is None:
                due = dt.datetime.combine(day, done_by)
                flag = translate("Meetings", OFFICE_MISSING) if now > due else ""
                out.append(OfficeDay(office, day, None, None, None, 0, len(OFFICE_ITEMS), None, flag))
                continue
            done = sum(1 for k in OFFICE_ITEMS if getattr(c, k))
            flag = (translate("Meetings", OFFICE_LATE).format(done_by.strftime("%H:%M"))
                    if c.completed_at.time() > done_by else "")
            out.append(OfficeDay(office, day, c.id, c.completed_at, c.staff, done, len(OFFICE_ITEMS),
                                 c.defects_reported, flag))
        day += dt.timedelta(days=1)
    return out
