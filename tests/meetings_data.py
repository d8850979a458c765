"""Meeting rooms for the tests (a hall made of two halves and a small room), and the worker that
books a slot from another process (a second PC)."""
from __future__ import annotations

import datetime as dt

from app.services import meetings_rooms

DAY = dt.date(2026, 9, 16)


def at(hour: int, minute: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def rooms(ctx) -> dict:
    """{"east", "west", "hall", "small", "building"} -> id; the hall is east + west (in 行政楼)."""
    from tests import factories
    bid = factories.building(ctx.db, "行政楼", rooms=())["building"]
    east = meetings_rooms.save_room(ctx, name="东厅", capacity=40, hourly_rate=100, daily_rate=600, sort_order=2, building_id=bid)
    west = meetings_rooms.save_room(ctx, name="西厅", capacity=40, hourly_rate=100, daily_rate=600, sort_order=3, building_id=bid)
    hall = meetings_rooms.save_room(ctx, name="大会堂", capacity=90, hourly_rate=180, daily_rate=1000, sort_order=1, building_id=bid,
                                    part_ids=(east.id, west.id), equipment="音响、话筒、投影",
                                    layouts="剧院式、课桌式")
    small = meetings_rooms.save_room(ctx, name="小会议室", capacity=10, hourly_rate=50, sort_order=4)
    return {"east": east.id, "west": west.id, "hall": hall.id, "small": small.id, "building": bid}


def book_in_process(url: str, room_id: int, name: str, start: str, barrier, queue) -> None:
    """Another PC: open the same database and try to book [start, start + 2 h)."""
    from app.clock import Clock
    from app.db.engine import open_database
    from app.errors import Conflict
    from app.services import meetings_booking
    from app.services.context import Actor, ServiceContext
    db = open_database(url)
    ctx = ServiceContext(db=db, actor=Actor(name, name, "clerk"), clock=Clock(dt.datetime(2026, 9, 15, 10)),
                         pc_name=f"PC-{name}")
    a = dt.datetime.fromisoformat(start)
    barrier.wait(30)
    try:
        row = meetings_booking.book(ctx, room_id=room_id, start_at=a, end_at=a + dt.timedelta(hours=2),
                                    meeting_name=f"{name}的会", organiser_unit=name, attendees_count=5)
        queue.put(("ok", row.id))
    except Conflict as exc:
        queue.put(("conflict", exc.text()))
    finally:
        db.dispose()
