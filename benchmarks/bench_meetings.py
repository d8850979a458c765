"""Meeting benchmarks (issue 12), on a fresh SQLite database with 20 meeting rooms (a hall made of two
halves among them) and a year of bookings: about 29,000 bookings holding about 230,000 guard rows,
bulk-inserted with the driver's executemany.

1. The week grid (target < 100 ms): meetings_grid.load for 7 days and 20 rooms, the grid model set
   and the table view painted (1300 × 800, offscreen), against the plain indexed SELECT of the
   week's guard rows. Also the grid model alone asked for every cell's text and colour (all 4,200
   cells of the week, not only the visible ones).
2. A conflict check on save (target < 20 ms): meetings_booking.conflicts for a taken span, and a
   whole booking refused by the database (guard insert, rollback, who holds it), against the plain
   SELECT of one guard row by its primary key.
"""
from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from app.clock import Clock
from app.services.context import Actor, ServiceContext

ROOMS = 20
DAYS = 365
FIRST = dt.date(2026, 1, 5)  # a Monday
NOW = dt.datetime(2026, 9, 1, 8, 0)
BENCH_ACTOR = Actor(username="bench", display_name="基准测试", role="admin")


def _time(fn, repeat: int = 15) -> float:
    fn()
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def _ts(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def build_database(folder: Path):
    """Returns (db, ids of the 20 rooms, a taken (room, start, end))."""
    import sqlite3

    from app.db.engine import open_database
    from app.db.models import Base
    from app.services.bootstrap import seed
    path = folder / "bench_meetings.sqlite3"
    db = open_database(f"sqlite:///{path}")
    Base.metadata.create_all(db.engine)
    seed(db)
    rng = random.Random(12)
    con = sqlite3.connect(path)
    cur = con.cursor()
    now = _ts(NOW)
    rooms = [(i, f"会议室{i:02d}", 20 + i * 3, "0", "0", i, 1, 1, now, "bench", now, "bench")
             for i in range(1, ROOMS + 1)]
    cur.executemany("INSERT INTO meeting_room (id, name, capacity, hourly_rate, daily_rate, sort_order, active, "
                    "version, created_at, created_by, updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rooms)
    cur.executemany("INSERT INTO meeting_room_part (room_id, part_id) VALUES (?, ?)", [(1, 2), (1, 3)])
    units = {1: (2, 3)}
    orders, slots = [], []
    oid = 0
    taken = None
    for d in range(DAYS):
        day = FIRST + dt.timedelta(days=d)
        if day.weekday() >= 5:
            continue
        for room in range(1, ROOMS + 1):
            if room in (2, 3):
                continue  # the halves are booked here only through the hall (room 1), so guard rows never clash
            t = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(minutes=30 * rng.randrange(3))
            while t < dt.datetime.combine(day, dt.time(18)):
                length = dt.timedelta(minutes=30 * rng.choice((2, 3, 4)))
                end = t + length
                held = [(u, t + dt.timedelta(minutes=15 * k)) for u in units.get(room, (room,))
                        for k in range(int(length.total_seconds() // 900))]
                oid += 1
                orders.append((oid, f"HY{day.year}-{oid:06d}", "meeting", "booked", room, _ts(t), _ts(end),
                               f"会议{oid}", 10, 0, 1, 0, 0, 0, 0, 0, "0", 0, 0, 0, "0", 0, 0, "0", "0", "0", 1,
                               now, "bench", now, "bench"))
                slots.extend((u, _ts(s), oid) for u, s in held)
                if taken is None and day >= NOW.date() and room == 5:
                    taken = (5, t, end)
                t = end + dt.timedelta(minutes=30 * rng.randrange(1, 4))
    cur.executemany(
        "INSERT INTO meeting_order (id, order_no, kind, status, room_id, start_at, end_at, meeting_name, "
        "attendees_count, rostrum_count, tea_service, fruit_snacks, name_cards, flowers, station_head_confirmed, "
        "hotel_use, venue_fee, guest_rooms_agreed, guest_rooms_held, guest_rooms_used, guest_room_rate, "
        "guest_nights, extra_beds, extra_bed_rate, other_fees, fee_total, version, created_at, created_by, "
        "updated_at, updated_by) VALUES (" + ",".join("?" * 31) + ")", orders)
    cur.executemany("INSERT INTO meeting_slot (unit_id, slot_start, order_id) VALUES (?,?,?)", slots)
    con.commit()
    cur.execute("ANALYZE")
    con.close()
    return db, len(orders), len(slots), taken


def run():
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView
    from sqlalchemy import select

    from app.db.models.meetings import MeetingSlot
    from app.errors import Conflict
    from app.qtmodels.booking_grid import BookingGridModel
    from app.services import meetings_booking, meetings_grid
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="dormdesk-bench-meetings-"))
    db, n_orders, n_slots, taken = build_database(folder)
    ctx = ServiceContext(db=db, actor=BENCH_ACTOR, clock=Clock(NOW), pc_name="BENCH")
    monday = NOW.date() - dt.timedelta(days=NOW.date().weekday())
    model = BookingGridModel()
    view = QTableView()
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
    view.verticalHeader().setDefaultSectionSize(22)
    view.resize(1300, 800)
    view.show()

    def week_grid():
        grid = meetings_grid.load(ctx, monday, 7)
        model.set_grid(grid)
        view.viewport().grab()
        return grid

    def every_cell():
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                index = model.index(r, c)
                model.data(index, Qt.DisplayRole)
                model.data(index, Qt.BackgroundRole)

    units = list(range(1, ROOMS + 1))
    a = dt.datetime.combine(monday, dt.time.min)

    def plain_week():
        with db.engine.connect() as conn:
            return conn.execute(select(MeetingSlot.unit_id, MeetingSlot.slot_start, MeetingSlot.order_id).where(
                MeetingSlot.unit_id.in_(units), MeetingSlot.slot_start >= a,
                MeetingSlot.slot_start < a + dt.timedelta(days=7))).all()

    room, start, end = taken

    def check():
        assert meetings_booking.conflicts(ctx, room, start, end)

    def refused_save():
        try:
            meetings_booking.book(ctx, room_id=room, start_at=start, end_at=end, meeting_name="冲突测试",
                                  attendees_count=5)
        except Conflict:
            return
        raise AssertionError("the taken slot was booked")

    def plain_slot():
        with db.engine.connect() as conn:
            return conn.execute(select(MeetingSlot.order_id).where(MeetingSlot.unit_id == room,
                                                                   MeetingSlot.slot_start == start)).first()

    assert len(week_grid().rooms) == ROOMS
    base_week = _time(plain_week)
    base_slot = _time(plain_slot, 50)
    rows = [
        (f"周视图 20 间会议室（{n_orders:,} 条预订 / {n_slots:,} 个时段，目标 < 100 ms）", _time(week_grid, 10),
         base_week),
        ("周视图：模型逐格取文字和颜色（4,200 格）", _time(every_cell, 10), base_week),
        ("冲突检查（conflicts，目标 < 20 ms）", _time(check, 50), base_slot),
        ("保存被数据库拒绝的预订（目标 < 20 ms）", _time(refused_save, 30), base_slot),
    ]
    view.close()
    db.dispose()
    del app
    return rows
