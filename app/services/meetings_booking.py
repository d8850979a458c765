"""Room bookings and the MT1 会议接待单 (domain.md §12.2), one row each.

tentative (暂定) → booked (已预订, numbered HY2026-000001 at confirmation) → prepared (已布置) →
in_progress (进行中) → finished (已结束); cancelled (已取消) from any state before the meeting starts.
A "blocked" booking marks a slot unavailable (维修、领导专用…).

A booking holds its slots through `meeting_slot` guard rows (one per 15-minute slot and per physical
room; a combined hall holds its halves), inserted first inside a savepoint: the primary key lets
exactly one of two PCs hold a slot, and the loser is told who booked it. Fees for hotel use follow
§12.1: the block may be the agreed rooms + 2, unused rooms of the block are charged at 60 %, an
extra bed costs at least 50 元.
"""
from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass, fields

from sqlalchemy import and_, delete, insert, select
from sqlalchemy.exc import IntegrityError

from app import vocab
from app.db.models.meetings import MeetingOrder, MeetingRoom, MeetingSlot
from app.errors import Conflict, NotFound, ValidationError
from app.services import config, sequences
from app.services.context import ServiceContext, snapshot
from app.services.meetings_rooms import LAYOUTS, units_in
from app.texts import QT_TRANSLATE_NOOP

SLOT = dt.timedelta(minutes=15)
PREFIX = "HY"
D0 = decimal.Decimal("0")
STATUS_LABELS = {
    "tentative": QT_TRANSLATE_NOOP("Meetings", "暂定"),
    "booked": QT_TRANSLATE_NOOP("Meetings", "已预订"),
    "prepared": QT_TRANSLATE_NOOP("Meetings", "已布置"),
    "in_progress": QT_TRANSLATE_NOOP("Meetings", "进行中"),
    "finished": QT_TRANSLATE_NOOP("Meetings", "已结束"),
    "cancelled": QT_TRANSLATE_NOOP("Meetings", "已取消"),
    "blocked": QT_TRANSLATE_NOOP("Meetings", "不可用"),
}
vocab.define("meetings.status", STATUS_LABELS, "Meetings", columns=("meeting_order.status",))
HOLDING = ("tentative", "booked", "prepared", "in_progress", "finished", "blocked")
LIVE = ("tentative", "booked", "prepared", "in_progress")
# action -> (statuses it starts from, permission)
STEPS = {
    "confirm": (("tentative",), "meetings.edit"),
    "prepare": (("booked",), "meetings.record"),
    "start": (("booked", "prepared"), "meetings.record"),
    "finish": (("in_progress",), "meetings.record"),
    "cancel": (("tentative", "booked", "prepared", "blocked"), "meetings.edit"),
}
# the MT1 fields a form may set (besides room and times)
ORDER_FIELDS = ("meeting_name", "organiser_unit", "contact_person", "phone", "attendees_count", "rostrum_count",
                "layout", "banner_text", "equipment", "tea_service", "fruit_snacks", "name_cards", "flowers",
                "special_requirements", "vip_level", "notified_by", "station_head_confirmed", "assigned_staff",
                "hotel_use", "venue_fee", "guest_rooms_agreed", "guest_rooms_held", "guest_rooms_used",
                "guest_room_rate", "guest_nights", "extra_beds", "extra_bed_rate", "other_fees", "remarks")
MONEY = ("venue_fee", "guest_room_rate", "extra_bed_rate", "other_fees")
COUNTS = ("attendees_count", "rostrum_count", "guest_rooms_agreed", "guest_rooms_held", "guest_rooms_used",
          "guest_nights", "extra_beds")


@dataclass(frozen=True, slots=True)
class OrderRow:
    """A booking with its room; `search` is the list filter's lower-case text."""

    id: int
    order_no: str | None
    kind: str
    status: str
    room_id: int
    room: str
    building_id: int | None
    capacity: int
    start_at: dt.datetime
    end_at: dt.datetime
    series_id: int | None
    meeting_name: str
    organiser_unit: str | None
    contact_person: str | None
    phone: str | None
    attendees_count: int
    rostrum_count: int
    layout: str | None
    banner_text: str | None
    equipment: str | None
    tea_service: bool
    fruit_snacks: bool
    name_cards: bool
    flowers: bool
    special_requirements: str | None
    vip_level: str | None
    notified_by: str | None
    station_head_confirmed: bool
    assigned_staff: str | None
    capacity_override: str | None
    hotel_use: bool
    venue_fee: decimal.Decimal
    guest_rooms_agreed: int
    guest_rooms_held: int
    guest_rooms_used: int
    guest_room_rate: decimal.Decimal
    guest_nights: int
    extra_beds: int
    extra_bed_rate: decimal.Decimal
    other_fees: decimal.Decimal
    fee_total: decimal.Decimal
    confirmed_at: dt.datetime | None
    confirmed_by: str | None
    prepared_at: dt.datetime | None
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    cancelled_at: dt.datetime | None
    cancel_reason: str | None
    remarks: str | None
    created_by: str | None
    version: int
    search: str

    @property
    def hours(self) -> float:
        return (self.end_at - self.start_at).total_seconds() / 3600

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def slot_starts(start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    """The 15-minute slots [start, end) covers."""
    out, t = [], start
    while t < end:
        out.append(t)
        t += SLOT
    return out


def _on_grid(t: dt.datetime) -> bool:
    return t.minute % 15 == 0 and t.second == 0 and t.microsecond == 0


def check_times(start_at: dt.datetime, end_at: dt.datetime) -> None:
    """End after start, on quarter hours, on one day."""
    if start_at is None or end_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写会议的开始和结束时间。"), field="start_at")
    if end_at <= start_at:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "结束时间 {end} 应晚于开始时间 {start}。"), field="end_at",
                              start=f"{start_at:%H:%M}", end=f"{end_at:%H:%M}")
    if not (_on_grid(start_at) and _on_grid(end_at)):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "会议时间以 15 分钟为单位（如 9:00、9:15、9:30）。"),
                              field="start_at")
    if end_at.date() != start_at.date() and end_at != dt.datetime.combine(start_at.date() + dt.timedelta(days=1),
                                                                          dt.time.min):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "一次预订须在同一天内结束；跨天的会议请逐日预订或设为重复预订。"),
                              field="end_at")


def compute_fees(v: dict, room: MeetingRoom | None, hours: float, session) -> decimal.Decimal:
    """The fee total of §12.1 for hotel use (0 otherwise); validates the block and bed rules."""
    if not v.get("hotel_use"):
        return D0
    extra = config.get_in(session, "meetings.block_extra_rooms")
    if v["guest_rooms_held"] > v["guest_rooms_agreed"] + extra:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "留房数 {held} 超过协议房数 {agreed} + {extra} 间。"),
                              field="guest_rooms_held", held=v["guest_rooms_held"], agreed=v["guest_rooms_agreed"],
                              extra=extra)
    if v["guest_rooms_used"] > v["guest_rooms_held"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "实用房数不能多于留房数。"), field="guest_rooms_used")
    bed_min = decimal.Decimal(str(config.get_in(session, "meetings.extra_bed_min_rate")))
    if v["extra_beds"] and v["extra_bed_rate"] < bed_min:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "加床价不低于 {min} 元/人/天。"), field="extra_bed_rate",
                              min=bed_min)
    if not v["venue_fee"] and room is not None:
        full_day = config.get_in(session, "meetings.full_day_hours")
        fee = room.hourly_rate * decimal.Decimal(str(hours))
        if room.daily_rate and (hours >= full_day or fee > room.daily_rate):
            fee = room.daily_rate
        v["venue_fee"] = fee.quantize(decimal.Decimal("0.01"))
    percent = decimal.Decimal(str(config.get_in(session, "meetings.unused_room_percent"))) / 100
    nights = max(v["guest_nights"], 0)
    unused = max(v["guest_rooms_held"] - v["guest_rooms_used"], 0)
    rooms = (v["guest_rooms_used"] + unused * percent) * v["guest_room_rate"] * nights
    beds = v["extra_beds"] * v["extra_bed_rate"] * nights
    return (v["venue_fee"] + rooms + beds + v["other_fees"]).quantize(decimal.Decimal("0.01"))


def _clean(values: dict) -> dict:
    """Types, trimming and the MT1 rules that need no database."""
    v = {}
    for name in ORDER_FIELDS:
        if name not in values:
            continue
        x = values[name]
        if name in MONEY:
            try:
                x = decimal.Decimal(str(x or 0))
            except decimal.InvalidOperation:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "金额格式不正确。"), field=name) from None
            if x < 0:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "金额不能为负数。"), field=name)
        elif name in COUNTS:
            if not isinstance(x, int) or isinstance(x, bool) or x < 0:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "人数、房数应为不小于 0 的整数。"), field=name)
        elif isinstance(x, str):
            x = x.strip() or None
        v[name] = x
    return v


def _describe_holder(session, units, start, end, exclude_id=None) -> str:
    """Who holds any of `units` in [start, end): the message the losing PC shows."""
    stmt = (select(MeetingOrder, MeetingRoom.name).join(MeetingSlot, MeetingSlot.order_id == MeetingOrder.id)
            .join(MeetingRoom, MeetingRoom.id == MeetingOrder.room_id)
            .where(MeetingSlot.unit_id.in_(units), MeetingSlot.slot_start >= start, MeetingSlot.slot_start < end)
            .order_by(MeetingSlot.slot_start).limit(1))
    if exclude_id is not None:
        stmt = stmt.where(MeetingOrder.id != exclude_id)
    found = session.execute(stmt).first()
    if found is None:
        return ""
    o, room = found
    if o.kind == "blocked":
        return f"{room} {o.start_at:%m-%d %H:%M}–{o.end_at:%H:%M} 不可用（{o.meeting_name}）"
    who = o.created_by or "?"
    return (f"{room} {o.start_at:%m-%d %H:%M}–{o.end_at:%H:%M} 已被 {who} 预订："
            f"{o.organiser_unit or ''}「{o.meeting_name}」{o.order_no or '（暂定）'}")


def hold_slots(session, order: MeetingOrder, units) -> None:
    """Insert the guard rows; a slot already held raises Conflict naming who holds it."""
    rows = [{"unit_id": u, "slot_start": t, "order_id": order.id}
            for u in units for t in slot_starts(order.start_at, order.end_at)]
    try:
        with session.begin_nested():
            session.execute(insert(MeetingSlot), rows)
    except IntegrityError:
        who = _describe_holder(session, units, order.start_at, order.end_at, order.id)
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "时段冲突，未保存：{who}"), who=who or "?") from None


def release_slots(session, order_id: int) -> None:
    session.execute(delete(MeetingSlot).where(MeetingSlot.order_id == order_id))


def conflicts(ctx: ServiceContext, room_id: int, start_at: dt.datetime, end_at: dt.datetime,
              ignore_order_id: int | None = None) -> str:
    """"" when [start, end) is free in the room (and its parts/halls), else who holds it."""
    with ctx.read("meetings.view") as s:
        return _describe_holder(s, units_in(s, room_id), start_at, end_at, ignore_order_id)


def _check_capacity(room: MeetingRoom, attendees: int, override: str | None, ctx: ServiceContext) -> str | None:
    if attendees <= room.capacity:
        return None
    if not override:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "参会人数 {n} 超过 {room} 的容纳人数 {cap}。请换用更大的会议室，或由主管确认后仍然预订。"),
            field="capacity", n=attendees, room=room.name, cap=room.capacity)
    ctx.require("meetings.override")
    return override


def book(ctx: ServiceContext, *, room_id: int, start_at: dt.datetime, end_at: dt.datetime, meeting_name: str,
         kind: str = "meeting", confirm: bool = False, capacity_override: str | None = None,
         series_id: int | None = None, _tx=None, **values) -> OrderRow | int:
    """A new booking (tentative, or booked with its HY number when `confirm`); kind "blocked" marks
    the slot unavailable (supervisor). One transaction; the guard rows refuse a taken slot."""
    check_times(start_at, end_at)
    if kind not in ("meeting", "blocked"):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "未知的预订类型。"), field="kind")
    meeting_name = (meeting_name or "").strip()
    if not meeting_name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写会议名称（不可用时段请填写原因）。"), field="meeting_name")
    v = _clean(values)
    if v.get("layout") and v["layout"] not in LAYOUTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择会场布置方式。"), field="layout")
    if start_at < ctx.now() - dt.timedelta(hours=12) and series_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "不能预订已经过去的时段。"), field="start_at")
    if _tx is not None:
        return _insert(ctx, _tx, room_id, start_at, end_at, meeting_name, kind, confirm, capacity_override,
                       series_id, v)
    with ctx.action("meetings.configure" if kind == "blocked" else "meetings.create") as tx:
        oid = _insert(ctx, tx, room_id, start_at, end_at, meeting_name, kind, confirm, capacity_override, series_id, v)
        o = tx.session.get(MeetingOrder, oid)
        tx.audit("meeting_order", oid, after=snapshot(o),
                 summary=f"{'设置不可用' if kind == 'blocked' else '预订'} {o.start_at:%Y-%m-%d %H:%M}–{o.end_at:%H:%M} "
                         f"{meeting_name} {o.order_no or ''}")
    return get(ctx, oid)


def _insert(ctx, tx, room_id, start_at, end_at, meeting_name, kind, confirm, capacity_override, series_id, v) -> int:
    s = tx.session
    room = s.get(MeetingRoom, room_id)
    if room is None or not room.active:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择会议室。"), field="room")
    if room.building_id is not None:
        ctx.require_building(room.building_id)
    o = MeetingOrder(kind=kind, room_id=room_id, start_at=start_at, end_at=end_at, meeting_name=meeting_name,
                     series_id=series_id, status="blocked" if kind == "blocked" else "tentative")
    for name, value in v.items():
        setattr(o, name, value)
    _fill_defaults(o)
    if kind == "meeting":
        o.capacity_override = _check_capacity(room, o.attendees_count or 0, capacity_override, ctx)
        full = {n: getattr(o, n) for n in ORDER_FIELDS}
        o.fee_total = compute_fees(full, room, (end_at - start_at).total_seconds() / 3600, s)
        o.venue_fee = full["venue_fee"]
        if confirm:
            _confirm(ctx, s, o)
    tx.stamp(o, new=True)
    s.add(o)
    s.flush()
    hold_slots(s, o, units_in(s, room_id))
    return o.id


def _fill_defaults(o: MeetingOrder) -> None:
    for col in MeetingOrder.__table__.columns:
        if col.key != "version" and getattr(o, col.key) is None and col.default is not None \
                and not callable(col.default.arg):
            setattr(o, col.key, col.default.arg)


def _confirm(ctx: ServiceContext, s, o: MeetingOrder) -> None:
    o.status = "booked"
    o.order_no = sequences.next_number(s, PREFIX, o.start_at.year)
    o.confirmed_at, o.confirmed_by = ctx.now(), ctx.actor.display_name


def update(ctx: ServiceContext, oid: int, *, expected_version: int | None = None, room_id: int | None = None,
           start_at: dt.datetime | None = None, end_at: dt.datetime | None = None,
           capacity_override: str | None = None, **values) -> OrderRow:
    """Change the MT1 fields, or move the booking (new slots held before the old ones are given up)."""
    v = _clean(values)
    with ctx.action("meetings.edit") as tx:
        s = tx.session
        o = _load(s, oid, ctx)
        tx.check_version(o, expected_version)
        if o.status not in LIVE and o.status != "blocked":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "会议 {no} 当前为“{status}”，不能修改。"),
                           no=o.order_no or o.meeting_name, status=STATUS_LABELS[o.status])
        before = snapshot(o)
        new_room = room_id if room_id is not None else o.room_id
        new_start, new_end = start_at or o.start_at, end_at or o.end_at
        check_times(new_start, new_end)
        moved = (new_room, new_start, new_end) != (o.room_id, o.start_at, o.end_at)
        for name, value in v.items():
            setattr(o, name, value)
        if "meeting_name" in v and not o.meeting_name:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写会议名称（不可用时段请填写原因）。"),
                                  field="meeting_name")
        room = s.get(MeetingRoom, new_room)
        if room is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择会议室。"), field="room")
        if o.kind == "meeting":
            o.capacity_override = _check_capacity(room, o.attendees_count, capacity_override or o.capacity_override,
                                                  ctx)
            full = {n: getattr(o, n) for n in ORDER_FIELDS}
            if moved or "venue_fee" not in v:
                full["venue_fee"] = full["venue_fee"] if "venue_fee" in v else D0
            o.fee_total = compute_fees(full, room, (new_end - new_start).total_seconds() / 3600, s)
            o.venue_fee = full["venue_fee"]
        if moved:
            release_slots(s, o.id)
            o.room_id, o.start_at, o.end_at = new_room, new_start, new_end
            s.flush()
            hold_slots(s, o, units_in(s, new_room))
        tx.stamp(o)
        tx.audit("meeting_order", o.id, before=before, after=snapshot(o),
                 summary=f"修改会议 {o.order_no or ''} {o.meeting_name}" + ("（改时间/会议室）" if moved else ""))
    return get(ctx, oid)


def _load(s, oid: int, ctx: ServiceContext) -> MeetingOrder:
    o = s.get(MeetingOrder, oid)
    if o is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "会议预订不存在。"))
    room = s.get(MeetingRoom, o.room_id)
    if room.building_id is not None:
        ctx.require_building(room.building_id)
    return o


def step(ctx: ServiceContext, oid: int, action: str, *, expected_version: int | None = None,
         reason: str | None = None) -> OrderRow:
    """confirm / prepare / start / finish / cancel, each one audited action."""
    froms, permission = STEPS[action]
    reason = (reason or "").strip() or None
    if action == "cancel" and not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写取消原因。"), field="reason")
    with ctx.action(permission) as tx:
        s = tx.session
        o = _load(s, oid, ctx)
        tx.check_version(o, expected_version)
        if o.status not in froms:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "会议 {no} 当前为“{status}”，不能进行此操作。"),
                           no=o.order_no or o.meeting_name, status=STATUS_LABELS[o.status])
        if o.status == "blocked":
            ctx.require("meetings.configure")
        before = snapshot(o)
        now = ctx.now()
        if action == "confirm":
            _confirm(ctx, s, o)
        elif action == "prepare":
            o.status, o.prepared_at = "prepared", now
        elif action == "start":
            o.status, o.started_at = "in_progress", now
        elif action == "finish":
            o.status, o.finished_at = "finished", now
            _plan_feedback_visit(tx, o)
        else:
            o.status, o.cancelled_at, o.cancel_reason = "cancelled", now, reason
            release_slots(s, o.id)
        tx.stamp(o)
        words = {"confirm": "确认", "prepare": "布置完毕", "start": "开始", "finish": "结束", "cancel": "取消"}[action]
        tx.audit("meeting_order", o.id, before=before, after=snapshot(o),
                 summary=f"会议{words} {o.order_no or ''} {o.meeting_name}" + (f"：{reason}" if reason else ""))
    return get(ctx, oid)


def _plan_feedback_visit(tx, o: MeetingOrder) -> None:
    """MT5: the organiser's feedback visit on a finished meeting, as a return visit of the one kind
    (visits.py, type 会务服务, due by `visits.due_days.meeting`)."""
    from app.services import visits
    room = tx.session.get(MeetingRoom, o.room_id)
    visits.plan_in(tx, visit_type="meeting", done_at=o.finished_at, source_kind="meeting_order", source_id=o.id,
                   source_no=o.order_no, building_id=room.building_id if room else None,
                   room_no=room.name if room else None, interviewee=o.contact_person or o.organiser_unit,
                   phone=o.phone, subject=o.meeting_name)


def allowed_actions(status: str) -> set[str]:
    return {a for a, (froms, _p) in STEPS.items() if status in froms}


# Reading ------------------------------------------------------------------------------------------
_ROW_FIELDS = [f.name for f in fields(OrderRow)]


def list_orders(ctx: ServiceContext, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
                ids=None, statuses=None, room_ids=None, building_id: int | None = None) -> list[OrderRow]:
    """Bookings overlapping [start, end), earliest first."""
    stmt = (select(MeetingOrder, MeetingRoom.name, MeetingRoom.building_id, MeetingRoom.capacity)
            .join(MeetingRoom, MeetingRoom.id == MeetingOrder.room_id)
            .order_by(MeetingOrder.start_at, MeetingRoom.sort_order, MeetingOrder.id))
    if ids is not None:
        stmt = stmt.where(MeetingOrder.id.in_(list(ids)))
    if start is not None:
        stmt = stmt.where(MeetingOrder.end_at > start)
    if end is not None:
        stmt = stmt.where(MeetingOrder.start_at < end)
    if statuses is not None:
        stmt = stmt.where(MeetingOrder.status.in_(list(statuses)))
    if room_ids is not None:
        stmt = stmt.where(MeetingOrder.room_id.in_(list(room_ids)))
    if building_id is not None:
        stmt = stmt.where(MeetingRoom.building_id == building_id)
    scope = ctx.actor.building_ids
    if scope is not None:
        stmt = stmt.where(and_(MeetingRoom.building_id.is_(None) | MeetingRoom.building_id.in_(scope)))
    out = []
    with ctx.read("meetings.view") as s:
        for o, room, bid, cap in s.execute(stmt):
            values = {k: getattr(o, k) for k in _ROW_FIELDS if hasattr(o, k)}
            values.update(room=room, building_id=bid, capacity=cap,
                          search=" ".join(x for x in (o.order_no, o.meeting_name, o.organiser_unit, o.contact_person,
                                                      room, o.assigned_staff) if x).lower())
            out.append(OrderRow(**values))
    return out


def get(ctx: ServiceContext, oid: int) -> OrderRow:
    rows = list_orders(ctx, ids=[oid])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "会议预订不存在。"))
    return rows[0]


def by_number(ctx: ServiceContext, number: str) -> OrderRow:
    with ctx.read("meetings.view") as s:
        oid = s.scalar(select(MeetingOrder.id).where(MeetingOrder.order_no == (number or "").strip()))
    if oid is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "没有编号为 {no} 的会议接待单。"), no=number)
    return get(ctx, oid)


def filter_rows(rows, text: str = "", *, status: str | None = None) -> list[OrderRow]:
    words = (text or "").lower().split()
    return [r for r in rows if (status is None or r.status == status or (status == "live" and r.status in LIVE))
            and all(w in r.search for w in words)]
