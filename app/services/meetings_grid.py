"""The booking grid's data (the MRBS habit): rooms as columns, time as rows, for one day or a week.

A cell is busy when any physical room behind its room is held in that slot, so a booked hall shows
in its halves' columns too (and a booked half in the hall's). Read from the guard rows by their
primary key (unit_id, slot_start), so a week stays fast however many years of bookings exist.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app.db.models.meetings import MeetingOrder, MeetingSlot
from app.services import config
from app.services.context import ServiceContext
from app.services.meetings_rooms import RoomRow, list_rooms
from app.texts import QT_TRANSLATE_NOOP, translate

ORGANISER = QT_TRANSLATE_NOOP("Meetings", "（{0}）")  # after the meeting's name


@dataclass(frozen=True, slots=True)
class GridBooking:
    id: int
    room_id: int
    start_at: dt.datetime
    end_at: dt.datetime
    status: str
    kind: str
    title: str          # meeting name and organiser, for the cell
    order_no: str | None


@dataclass(frozen=True)
class GridData:
    """`cells[(room_id, slot_start)]` -> booking id holding it (15-minute slots)."""

    start: dt.date
    days: int
    rooms: list[RoomRow]
    open_hour: int
    close_hour: int
    bookings: dict[int, GridBooking]
    cells: dict[tuple[int, dt.datetime], int]

    def holder(self, room_id: int, start: dt.datetime, end: dt.datetime) -> GridBooking | None:
        """The first booking holding the room in [start, end), from the loaded cells."""
        t = start
        while t < end:
            oid = self.cells.get((room_id, t))
            if oid is not None:
                return self.bookings[oid]
            t += dt.timedelta(minutes=15)
        return None


def load(ctx: ServiceContext, start: dt.date, days: int = 1) -> GridData:
    """Rooms and the slots held from `start` for `days` days."""
    rooms = list_rooms(ctx)
    a = dt.datetime.combine(start, dt.time.min)
    b = a + dt.timedelta(days=days)
    units = sorted({u for r in rooms for u in r.units})
    with ctx.read("meetings.view") as s:
        open_hour = config.get_in(s, "meetings.open_hour")
        close_hour = config.get_in(s, "meetings.close_hour")
        held = s.execute(select(MeetingSlot.unit_id, MeetingSlot.slot_start, MeetingSlot.order_id)
                         .where(MeetingSlot.unit_id.in_(units), MeetingSlot.slot_start >= a,
                                MeetingSlot.slot_start < b)).all()
        ids = {oid for _u, _t, oid in held}
        bookings = {}
        if ids:
            for o in s.execute(select(MeetingOrder.id, MeetingOrder.room_id, MeetingOrder.start_at, MeetingOrder.end_at,
                                      MeetingOrder.status, MeetingOrder.kind, MeetingOrder.meeting_name,
                                      MeetingOrder.organiser_unit, MeetingOrder.order_no)
                               .where(MeetingOrder.id.in_(ids))):
                title = o.meeting_name + (translate("Meetings", ORGANISER).format(o.organiser_unit) if o.organiser_unit else "")
                bookings[o.id] = GridBooking(o.id, o.room_id, o.start_at, o.end_at, o.status, o.kind, title, o.order_no)
    by_unit: dict[int, list[int]] = {}
    for r in rooms:
        for u in r.units:
            by_unit.setdefault(u, []).append(r.id)
    # a hall's units are its halves; a half is also seen by the hall holding it
    cells: dict[tuple[int, dt.datetime], int] = {}
    for unit, t, oid in held:
        for rid in by_unit.get(unit, ()):
            cells.setdefault((rid, t), oid)
    return GridData(start, days, rooms, open_hour, close_hour, bookings, cells)
