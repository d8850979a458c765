"""Key benchmarks (issue 4), on a fresh SQLite database with 50,000 students in beds, 12,500 rooms
each with a spare key on the board, 50,000 students' door keys and 500,000 key movements (250,000 closed
spare-key loans), bulk-inserted with Core executemany.

1. A spare-key loan from the scanned 学号 to the committed loan (counter_lookup + lend_spare, one
   write transaction with its audit row; target < 100 ms) against the plain indexed SELECT of the
   same student, room and spare keys.
2. The overdue list (keys_loans.open_loans(overdue_only=True); target < 50 ms) against the plain
   SELECT of the same rows through the partial index.
3. "Where is this key" by tag code and by 学号 (keys_inventory.where_is; target < 50 ms) against the
   plain SELECT of the key row by its tag.
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

STUDENTS = 50_000
LOANS = 250_000          # two movements each: 500,000 movements
OPEN_LOANS = 300         # of which the older half is overdue
NOW = dt.datetime(2026, 10, 15, 10, 0)
BENCH_ACTOR = Actor(username="bench", display_name="基准测试", role="admin")


def _time(fn, repeat: int = 15) -> float:
    """Median seconds of `repeat` runs (after one warm-up)."""
    fn()
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def _ts(value: dt.datetime | None) -> str | None:
    """A datetime as SQLAlchemy stores it in SQLite, so bound parameters compare the same way."""
    return None if value is None else value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _insert(cur, table: str, rows: list[dict]) -> None:
    cols = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    cur.executemany(sql, [tuple(r[c] for c in cols) for r in rows])


def build_database(folder: Path):
    """The benchmark database; returns (db, student numbers whose room key is free, spare tag codes)."""
    import sqlite3

    from sqlalchemy import select

    from app.db.engine import open_database
    from app.db.models import Base
    from app.db.models.keys import KeyType
    from app.services.bootstrap import seed
    path = folder / "bench_keys.sqlite3"
    # The schema straight from the models (the migrations give the same one, as the tests check),
    # filled through the driver's executemany without fsync: the figures are about reading and
    # about one committed loan, not about loading.
    db = open_database(f"sqlite:///{path}")
    Base.metadata.create_all(db.engine)
    seed(db)
    with db.engine.connect() as conn:
        types = dict(conn.execute(select(KeyType.name, KeyType.id)).all())
    rng = random.Random(4)
    buildings, rooms_per = 25, STUDENTS // 4 // 25
    now = _ts(NOW)
    rooms, beds, students, keys = [], [], [], []
    room_id = bed_id = 0
    for b in range(1, buildings + 1):
        for r in range(rooms_per):
            room_id += 1
            floor = r // 100 + 1
            rooms.append({"id": room_id, "building_id": b, "room_no": f"{floor}{r % 100:02d}", "floor": floor,
                          "bed_count": 4, "status": "normal", "version": 1})
            keys.append({"id": room_id, "tag_code": f"S{room_id:06d}", "room_id": room_id,
                         "key_type_id": types["door"], "kind": "spare", "hook": f"H{r + 1:03d}",
                         "status": "in_stock", "holder_student_id": None, "since": now, "version": 1})
            for n in range(1, 5):
                bed_id += 1
                beds.append({"id": bed_id, "room_id": room_id, "bed_no": str(n)})
                students.append({"id": bed_id, "student_no": f"2026{bed_id:06d}", "name": f"学生{bed_id}",
                                 "status": "resident", "bed_id": bed_id, "name_pinyin": "", "name_initials": "",
                                 "version": 1})
    key_id = len(keys)
    for st in students:
        room = (st["id"] - 1) // 4 + 1
        for name, qty in (("door", 1),):  # each student's door key (the set adds nothing to these figures)
            for _ in range(qty):
                key_id += 1
                keys.append({"id": key_id, "tag_code": f"K{key_id:07d}", "room_id": room,
                             "key_type_id": types[name], "kind": "student", "hook": None, "status": "issued",
                             "holder_student_id": st["id"], "since": now, "version": 1})
    loans, moves, open_keys = [], [], set()
    start = NOW - dt.timedelta(days=365)
    for i in range(1, LOANS + OPEN_LOANS + 1):
        sid = rng.randrange(1, STUDENTS + 1)
        room = (sid - 1) // 4 + 1
        is_open = i > LOANS
        if is_open and room in open_keys:
            continue
        out = NOW - dt.timedelta(minutes=(i - LOANS) * 2) if is_open else start + dt.timedelta(seconds=i * 120)
        back = None if is_open else out + dt.timedelta(minutes=rng.choice((5, 10, 20, 25, 45)))
        if is_open:
            open_keys.add(room)
        loans.append({"id": i, "loan_no": f"JB{i:08d}", "key_id": room, "building_id": (room - 1) // rooms_per + 1,
                      "room_id": room, "student_id": sid, "pledged_id_type": "student", "time_out": _ts(out),
                      "due_time": _ts(out + dt.timedelta(minutes=30)), "time_in": _ts(back),
                      "id_returned": int(back is not None), "status": "open" if is_open else "returned",
                      "attendant": "bench"})
        moves.append({"key_id": room, "at": _ts(out), "kind": "lend", "student_id": sid, "by_user": "bench"})
        if back:
            moves.append({"key_id": room, "at": _ts(back), "kind": "back", "student_id": sid, "by_user": "bench"})
    for key in keys[:len(rooms)]:
        if key["id"] in open_keys:
            key["status"] = "on_loan"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA synchronous=OFF")
    cur = raw.cursor()
    _insert(cur, "building", [{"id": b, "name": f"{b}号楼", "gender": "m", "floors": 6, "active": 1, "version": 1}
                              for b in range(1, buildings + 1)])
    moves.sort(key=lambda m: (m["key_id"], m["at"]))  # index order: far fewer page splits
    for table, rows in (("room", rooms), ("bed", beds), ("student", students), ("key_item", keys),
                        ("spare_key_loan", loans), ("key_movement", moves)):
        _insert(cur, table, rows)
    raw.commit()
    raw.execute("ANALYZE")
    raw.close()
    free = [s["student_no"] for s in students if (s["id"] - 1) // 4 + 1 not in open_keys]
    return db, free, [k["tag_code"] for k in keys[:len(rooms)]]


def run() -> list[tuple[str, float, float]]:
    from sqlalchemy import text

    from app.services import keys_inventory, keys_loans
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-keys-") as folder:
        db, free, tags = build_database(Path(folder))
        clock = Clock(NOW)
        ctx = ServiceContext(db=db, actor=BENCH_ACTOR, channel="gui", clock=clock, pc_name="BENCH")
        rng = random.Random(9)
        # one student per room, so each loan takes a free key
        borrowers = iter(rng.sample(free[::4], 40))

        def scan_and_lend():
            no = next(borrowers)
            info = keys_loans.counter_lookup(ctx, no)
            keys_loans.lend_spare(ctx, no, info.keys[0].key_id, "学生证", no)

        plain_scan = text("SELECT s.id, s.name, r.id, r.room_no, k.id, k.tag_code, k.hook, k.status "
                          "FROM student s JOIN bed b ON s.bed_id = b.id JOIN room r ON b.room_id = r.id "
                          "JOIN key_item k ON k.room_id = r.id AND k.kind = 'spare' WHERE s.student_no = :no")
        sample = free[:50]

        def plain_lookup():
            with db.engine.connect() as conn:
                conn.execute(plain_scan, {"no": rng.choice(sample)}).all()

        results.append(("钥匙: 扫描学号到借出提交 (5万学生/50万流转)", _time(scan_and_lend, 30), _time(plain_lookup, 30)))

        overdue = len(keys_loans.open_loans(ctx, overdue_only=True))
        plain_overdue = text("SELECT l.id, l.loan_no, l.time_out, l.due_time, s.name, s.student_no, r.room_no, "
                             "k.tag_code FROM spare_key_loan l JOIN student s ON l.student_id = s.id "
                             "JOIN room r ON l.room_id = r.id JOIN key_item k ON l.key_id = k.id "
                             "WHERE l.time_in IS NULL AND l.due_time < :now ORDER BY l.due_time")

        def plain_overdue_fn():
            with db.engine.connect() as conn:
                conn.execute(plain_overdue, {"now": NOW}).all()

        results.append((f"钥匙: 逾期列表 ({overdue} 条)", _time(lambda: keys_loans.open_loans(ctx, overdue_only=True)),
                        _time(plain_overdue_fn)))

        plain_tag = text("SELECT k.id, k.status, k.hook, k.holder_student_id, r.room_no FROM key_item k "
                         "JOIN room r ON k.room_id = r.id WHERE k.tag_code = :tag")

        def plain_where():
            with db.engine.connect() as conn:
                conn.execute(plain_tag, {"tag": rng.choice(tags)}).all()

        results.append(("钥匙: 钥匙在哪里 (按编号)", _time(lambda: keys_inventory.where_is(ctx, rng.choice(tags))),
                        _time(plain_where)))
        results.append(("钥匙: 钥匙在哪里 (按学号)", _time(lambda: keys_inventory.where_is(ctx, rng.choice(sample))),
                        _time(plain_where)))
        db.dispose()
    return results


if __name__ == "__main__":
    for name, measured, baseline in run():
        print(f"{name}: {measured * 1000:.1f} ms (基准 {baseline * 1000:.2f} ms, {measured / baseline:.1f}×)")
