"""Dorm-gate benchmarks (issue 14), on a fresh SQLite database with 25 buildings, 5,000 rooms and a busy
year of visits: 200,000 visitor-log rows (300 still inside), bulk-inserted with the driver's executemany.

1. The counter scan (gate_visitors.lookup: GB 11643 check, the number's visits, the one inside) against
   the plain indexed SELECT of the same rows by ID number.
2. A visitor signed in and out at the counter (check_in + sign_out: two write transactions, each with its
   audit row) against the plain SELECT of the scan.
3. The "inside now" list the tab opens with (list_visits(inside_only=True), masked for a clerk) against
   the plain SELECT of the open rows.
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

VISITS = 200_000
INSIDE = 300
NOW = dt.datetime(2026, 10, 15, 10, 0)
CLERK = Actor(username="bench", display_name="基准测试", role="clerk")


def _time(fn, repeat: int = 15) -> float:
    fn()
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def _ts(value: dt.datetime | None) -> str | None:
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


def build_database(folder: Path):
    """The benchmark database; returns (db, ID numbers of people inside, a fresh ID number)."""
    import sqlite3

    from app.db.engine import open_database
    from app.db.models import Base
    from app.importing import idcard
    from app.services.bootstrap import seed
    path = folder / "bench_gate.sqlite3"
    db = open_database(f"sqlite:///{path}")
    Base.metadata.create_all(db.engine)
    seed(db)
    rng = random.Random(14)
    conn = sqlite3.connect(path)
    cur = conn.cursor()
    cur.execute("PRAGMA synchronous=OFF")
    now = _ts(NOW)
    cur.executemany("INSERT INTO building (id, name, gender, floors, active, version) VALUES (?, ?, ?, 6, 1, 1)",
                    [(b, f"{b}号楼", "m" if b % 2 else "f") for b in range(1, 26)])
    cur.executemany("INSERT INTO room (id, building_id, room_no, floor, bed_count, status, room_type, version) "
                    "VALUES (?, ?, ?, 1, 4, 'normal', '4人间', 1)",
                    [(r, (r - 1) // 200 + 1, f"{(r - 1) % 200 + 101}") for r in range(1, 5001)])
    people = [idcard.make("440306", dt.date(1960 + i % 40, 1 + i % 12, 1 + i % 28), i, i % 2 == 0) for i in range(40_000)]
    rows = []
    for i in range(VISITS):
        inside = i >= VISITS - INSIDE
        t_in = NOW - dt.timedelta(minutes=rng.randrange(30, 180)) if inside else \
            NOW - dt.timedelta(days=rng.uniform(1, 365))
        room = rng.randrange(1, 5001)
        rows.append((f"FK2025-{i + 1:06d}", _ts(t_in), None if inside else _ts(t_in + dt.timedelta(hours=1)),
                     "来访人", "id_card", people[i % len(people)] if not inside else people[i - VISITS + INSIDE], "m",
                     "parent", (room - 1) // 200 + 1, room, "被访人", "看望", "值班员", now, "bench", now, "bench"))
    cur.executemany("INSERT INTO visitor_log (entry_no, time_in, time_out, visitor_name, id_type, id_no, gender, "
                    "relation, building_id, room_id, visiting_person, purpose, attendant, version, created_at, "
                    "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)",
                    rows)
    conn.commit()
    conn.close()
    fresh = idcard.make("110105", dt.date(1970, 7, 7), 777, True)
    return db, people[:INSIDE], fresh


def run() -> list[tuple[str, float, float]]:
    from sqlalchemy import select

    from app.db.models.gate import VisitorEntry
    from app.services import gate_visitors as gv
    with tempfile.TemporaryDirectory() as folder:
        db, inside, fresh = build_database(Path(folder))
        clock = Clock(NOW)
        ctx = ServiceContext(db=db, actor=CLERK, clock=clock, pc_name="BENCH")
        target = inside[7]

        def bare_scan():
            with db.engine.connect() as conn:
                conn.execute(select(VisitorEntry).where(VisitorEntry.id_no == target)).all()

        def bare_inside():
            with db.engine.connect() as conn:
                conn.execute(select(VisitorEntry).where(VisitorEntry.time_out.is_(None))).all()

        def sign_in_and_out():
            clock.advance(minutes=1)
            row = gv.check_in(ctx, id_no=fresh, visitor_name="张父", building_id=1, room_no="101",
                              visiting_person="张三", purpose="看望", relation="parent")
            gv.sign_out(ctx, row.id)

        assert gv.lookup(ctx, target).open_visit is not None
        base = _time(bare_scan)
        out = [("来访扫描查询 lookup (200,000 条)", _time(lambda: gv.lookup(ctx, target)), base),
               ("来访登记+离开 check_in+sign_out", _time(sign_in_and_out, repeat=9), base),
               ("在楼内名单 list_visits(inside_only)", _time(lambda: gv.list_visits(ctx, inside_only=True)),
                _time(bare_inside))]
        db.dispose()
        return out


if __name__ == "__main__":
    for figure, measured, baseline in run():
        print(f"{figure}: {measured * 1000:.1f} ms vs {baseline * 1000:.1f} ms ({measured / baseline:.2f}×)")
