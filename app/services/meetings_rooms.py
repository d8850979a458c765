"""Meeting rooms (会议室, domain.md §12): name, building, capacity, equipment, the layouts possible,
hourly and daily rates for hotel use, and rooms that combine (a hall made of its two halves:
booking one blocks the others). Also the module's business configuration."""
from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass

from sqlalchemy import select

from app.db.models.meetings import MeetingRoom, MeetingRoomPart
from app.db.models.residents import Building
from app.errors import NotFound, ValidationError
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP

LAYOUTS = ("课桌式", "会议桌", "剧院式", "U形", "其他")
EQUIPMENT = ("音响", "话筒", "投影", "录音", "电脑", "视频会议", "激光笔", "白板")

DEFAULTS = {
    "meetings.open_hour": 7,               # the booking grid's first row
    "meetings.close_hour": 22,             # and the hour it ends
    "meetings.arrive_early_min": 15,       # the attendant is in the room 15 minutes early [S]
    "meetings.refill_interval_min": 15,    # refill every cup every 15 minutes [F]
    "meetings.office_done_by": "08:30",    # leaders' offices done by 08:30 [F]
    "meetings.block_extra_rooms": 2,       # a group's block may be the agreed rooms + 2 [F]
    "meetings.unused_room_percent": 60,    # unused rooms of the block charged at 60 % [F]
    "meetings.extra_bed_min_rate": 50,     # an extra bed at least 50 元 per person per day [F]
    "meetings.guest_room_rate": 200,       # standard room at 50 % off, without breakfast [F]
    "meetings.full_day_hours": 6,          # from this many hours a meeting pays the daily rate [I]
    "meetings.leader_offices": "主任办公室、副主任办公室、书记办公室",
    "meetings.holidays": ("2026-01-01、2026-02-16、2026-02-17、2026-02-18、2026-02-19、2026-02-20、"
                          "2026-04-06、2026-05-01、2026-05-04、2026-05-05、2026-06-19、2026-09-25、"
                          "2026-10-01、2026-10-02、2026-10-05、2026-10-06、2026-10-07"),
}
CONFIG_LABELS = {
    "meetings.open_hour": QT_TRANSLATE_NOOP("Config", "会议室预订表开始时间（时）"),
    "meetings.close_hour": QT_TRANSLATE_NOOP("Config", "会议室预订表结束时间（时）"),
    "meetings.arrive_early_min": QT_TRANSLATE_NOOP("Config", "会议服务员提前到岗（分钟）"),
    "meetings.refill_interval_min": QT_TRANSLATE_NOOP("Config", "会议续水间隔（分钟）"),
    "meetings.office_done_by": QT_TRANSLATE_NOOP("Config", "入室服务完成时限（HH:MM）"),
    "meetings.block_extra_rooms": QT_TRANSLATE_NOOP("Config", "会议团队可多留客房数"),
    "meetings.unused_room_percent": QT_TRANSLATE_NOOP("Config", "未用留房按房价收取（%）"),
    "meetings.extra_bed_min_rate": QT_TRANSLATE_NOOP("Config", "加床最低价（元/人/天）"),
    "meetings.guest_room_rate": QT_TRANSLATE_NOOP("Config", "会议团队标准间房价（元/间/天）"),
    "meetings.full_day_hours": QT_TRANSLATE_NOOP("Config", "会议室按全天计费的时长（小时）"),
    "meetings.leader_offices": QT_TRANSLATE_NOOP("Config", "入室服务的领导办公室（用、分隔）"),
    "meetings.holidays": QT_TRANSLATE_NOOP("Config", "节假日（YYYY-MM-DD，用、分隔）"),
}


@dataclass(frozen=True)
class RoomRow:
    id: int
    name: str
    building_id: int | None
    building: str | None
    location: str | None
    capacity: int
    equipment: str | None
    layouts: str | None
    hourly_rate: decimal.Decimal
    daily_rate: decimal.Decimal
    sort_order: int
    active: bool
    part_ids: tuple[int, ...]
    parts: str                   # "东厅、西厅" for a combined room
    version: int

    @property
    def units(self) -> tuple[int, ...]:
        """The physical rooms a booking of this room holds."""
        return self.part_ids or (self.id,)


def split_list(text: str | None) -> list[str]:
    """"a、b，c, d" -> ["a", "b", "c", "d"]."""
    if not text:
        return []
    for sep in ("，", ",", ";", "；", " "):
        text = text.replace(sep, "、")
    return [x.strip() for x in text.split("、") if x.strip()]


def holidays(session) -> set[dt.date]:
    from app.services import config
    out = set()
    for item in split_list(config.get_in(session, "meetings.holidays")):
        try:
            out.add(dt.date.fromisoformat(item))
        except ValueError:
            continue
    return out


def units_in(session, room_id: int) -> tuple[int, ...]:
    parts = tuple(session.scalars(select(MeetingRoomPart.part_id).where(MeetingRoomPart.room_id == room_id)
                                  .order_by(MeetingRoomPart.part_id)))
    return parts or (room_id,)


def list_rooms(ctx: ServiceContext, *, active_only: bool = True) -> list[RoomRow]:
    stmt = (select(MeetingRoom, Building.name).outerjoin(Building, MeetingRoom.building_id == Building.id)
            .order_by(MeetingRoom.sort_order, MeetingRoom.name))
    if active_only:
        stmt = stmt.where(MeetingRoom.active.is_(True))
    with ctx.read("meetings.view") as s:
        parts: dict[int, list[int]] = {}
        for rid, pid in s.execute(select(MeetingRoomPart.room_id, MeetingRoomPart.part_id)
                                  .order_by(MeetingRoomPart.part_id)):
            parts.setdefault(rid, []).append(pid)
        rows = list(s.execute(stmt))
        names = {i: n for i, n in s.execute(select(MeetingRoom.id, MeetingRoom.name))}
        return [RoomRow(r.id, r.name, r.building_id, b, r.location, r.capacity, r.equipment, r.layouts,
                        r.hourly_rate, r.daily_rate, r.sort_order, r.active, tuple(parts.get(r.id, ())),
                        "、".join(names[p] for p in parts.get(r.id, ())), r.version) for r, b in rows]


def get_room(ctx: ServiceContext, room_id: int) -> RoomRow:
    found = next((r for r in list_rooms(ctx, active_only=False) if r.id == room_id), None)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "会议室不存在。"))
    return found


def save_room(ctx: ServiceContext, *, name: str, capacity: int, room_id: int | None = None,
              building_id: int | None = None, location: str | None = None, equipment: str | None = None,
              layouts: str | None = None, hourly_rate=0, daily_rate=0, sort_order: int = 0,
              part_ids: tuple[int, ...] = (), active: bool = True, expected_version: int | None = None) -> RoomRow:
    """Add or change a room; `part_ids` makes it a combined room (its parts must be plain rooms)."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写会议室名称。"), field="name")
    if not isinstance(capacity, int) or capacity <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "会议室容纳人数应大于 0。"), field="capacity")
    try:
        hourly, daily = decimal.Decimal(str(hourly_rate or 0)), decimal.Decimal(str(daily_rate or 0))
    except decimal.InvalidOperation:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "收费标准应为金额。"), field="rate") from None
    if hourly < 0 or daily < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "收费标准不能为负数。"), field="rate")
    part_ids = tuple(sorted(set(part_ids)))
    if room_id is not None and room_id in part_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "组合会场不能包含它自己。"), field="parts")
    if len(part_ids) == 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "组合会场至少由两个会议室组成。"), field="parts")
    with ctx.action("meetings.configure") as tx:
        s = tx.session
        for pid in part_ids:
            if s.scalar(select(MeetingRoomPart.part_id).where(MeetingRoomPart.room_id == pid).limit(1)):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "组合会场只能由普通会议室组成。"), field="parts")
        if room_id is None:
            room = MeetingRoom(name=name)
            tx.stamp(room, new=True)
            s.add(room)
            before = None
        else:
            room = s.get(MeetingRoom, room_id)
            if room is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "会议室不存在。"))
            tx.check_version(room, expected_version)
            before = snapshot(room)
            tx.stamp(room)
        room.name, room.capacity, room.building_id, room.location = name, capacity, building_id, location
        room.equipment, room.layouts, room.hourly_rate, room.daily_rate = equipment, layouts, hourly, daily
        room.sort_order, room.active = sort_order, active
        s.flush()
        if room_id is not None and s.scalar(select(MeetingRoomPart.room_id).where(
                MeetingRoomPart.part_id == room.id).limit(1)) and part_ids:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "组合会场只能由普通会议室组成。"), field="parts")
        old = set(s.scalars(select(MeetingRoomPart.part_id).where(MeetingRoomPart.room_id == room.id)))
        if old != set(part_ids):
            from app.db.models.meetings import MeetingSlot
            if s.scalar(select(MeetingSlot.order_id).where(MeetingSlot.unit_id.in_(old | set(part_ids) | {room.id}),
                                                           MeetingSlot.slot_start >= ctx.now()).limit(1)):
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "该会议室（或其组成部分）还有未来的预订，不能更改组合关系。"), field="parts")
            for pid in old - set(part_ids):
                s.delete(s.get(MeetingRoomPart, (room.id, pid)))
            for pid in set(part_ids) - old:
                s.add(MeetingRoomPart(room_id=room.id, part_id=pid))
        tx.audit("meeting_room", room.id, before=before, after={**snapshot(room), "parts": list(part_ids)},
                 summary=f"{'新增' if before is None else '修改'}会议室 {name}")
        rid = room.id
    return get_room(ctx, rid)
