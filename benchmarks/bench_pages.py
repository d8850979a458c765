"""Page switching on a large database (issue 14 item 6): 50,000 students in 26 buildings, a year of
repairs (20,000 slips), of mail (30,000 items) and of audit rows (100,000), written bare into a
fresh SQLite file. (Keys, release and assessment data are not generated: those pages measure their
mechanism on small lists.)

For every page of the main window: the longest time the UI thread is held while switching to the
page and its rows arriving (the switch itself, then each event-loop turn until the load has
finished; a page that loads off the UI thread, controllers/page.py, only holds it to show the
rows) against the page's bare query measured in the same run (the load's work without Qt), and
against the 100 ms budget. A ratio under 1 against the bare query means the query ran off the UI
thread.
"""
from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

STUDENTS = 50_000
SLIPS = 20_000
AUDIT_ROWS = 100_000
MAIL_ITEMS = 30_000
BUDGET = 0.100


def _repairs(db, n: int) -> None:
    import decimal

    from sqlalchemy import insert, select

    from app.db.models.repairs import RepairSlip
    from app.db.models.residents import Room
    rng = random.Random(14)
    with db.engine.begin() as conn:
        rooms = list(conn.execute(select(Room.id, Room.building_id)))
        start = dt.datetime(2026, 1, 1, 8)
        rows = []
        for i in range(n):
            at = start + dt.timedelta(minutes=i * 26)
            room_id, building_id = rooms[rng.randrange(len(rooms))]
            done = at + dt.timedelta(hours=rng.randrange(1, 60)) if i % 6 else None
            rows.append({"slip_no": f"WX2026-{i + 1:06d}", "status": "closed" if done else "reported",
                         "reported_at": at, "report_channel": "phone", "reporter_name": "张同学",
                         "building_id": building_id, "room_id": room_id, "category": "water", "urgency": "norm",
                         "fault_description": "水龙头漏水", "repeat_count": 1, "due_at": at + dt.timedelta(hours=48),
                         "chargeable": False, "labour_fee": decimal.Decimal(0), "materials_fee": decimal.Decimal(0),
                         "total_fee": decimal.Decimal(0), "fee_overridden": False, "emergency_first": False,
                         "reopen_count": 0, "completed_at": done, "version": 1})
        conn.execute(insert(RepairSlip), rows)


def _mail(db, n: int) -> None:
    from sqlalchemy import insert

    from app.db.models.frontdesk import MailItem
    start = dt.datetime(2025, 9, 16, 8)
    with db.engine.begin() as conn:
        conn.execute(insert(MailItem), [
            {"entry_no": f"YJ2026-{i + 1:06d}", "status": "collected" if i % 10 else "registered",
             "received_at": start + dt.timedelta(minutes=i * 17), "mail_type": "courier", "building_id": 1 + i % 26,
             "addressee": "张同学", "address_verified": True, "intact": True,
             "hold_until": (start + dt.timedelta(minutes=i * 17, days=7)).date(), "notice_count": 0,
             "is_proxy": False, "handled_by": "kefu1", "version": 1} for i in range(n)])


def _audit(db, n: int) -> None:
    from sqlalchemy import insert

    from app.db.models.core import AuditLog
    start = dt.datetime(2025, 9, 16, 8)
    with db.engine.begin() as conn:
        conn.execute(insert(AuditLog), [{"at": start + dt.timedelta(minutes=i * 5), "username": "kefu1",
                                         "pc_name": "FRONT-1", "channel": "gui", "action": "students.edit",
                                         "entity": "student", "entity_id": str(i % STUDENTS),
                                         "summary": f"修改学生 {i % STUDENTS}"} for i in range(n)])


def _database(home: Path):
    from app.db.engine import open_database
    from app.services.bootstrap import prepare
    from benchmarks.bench_residents import _fill_students, _places
    path = home / "pages.sqlite3"
    prepare(f"sqlite:///{path}").dispose()
    db = open_database(f"sqlite:///{path}")
    _places(db, 26)
    _fill_students(db, STUDENTS)
    _repairs(db, SLIPS)
    _audit(db, AUDIT_ROWS)
    _mail(db, MAIL_ITEMS)
    return db


def _cold(page) -> None:
    """Forget what the page loaded last (the residents page keeps its rows when nothing changed)."""
    if hasattr(page, "loaded_stamp"):
        page.loaded_stamp = None


def _switch(app, window, key: str) -> float:
    """The longest UI-thread hold while switching to page `key` until its load has finished."""
    if key in window.pages:  # (pages are built when first shown)
        _cold(window.pages[key])
    start = time.perf_counter()
    window.show_page(key)
    longest = time.perf_counter() - start
    page = window.pages[key]
    deadline = time.perf_counter() + 60
    while (page.loading or window.state.tasks._running) and time.perf_counter() < deadline:
        window.state.tasks.pool.waitForDone(2)
        start = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - start)
    start = time.perf_counter()
    app.processEvents()  # what the shown rows still cost (layout, first paint)
    return max(longest, time.perf_counter() - start)


def _bare(page) -> float | None:
    """The page's load work alone (no Qt), or None for a page that does not load off the UI thread."""
    _cold(page)
    work = page.loader()
    if work is None:
        return None
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def run() -> list[tuple[str, float, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app import uic
    uic.ensure_built()
    app = QApplication.instance() or QApplication([])
    from app.clock import Clock
    from app.controllers.app_state import AppState
    from app.controllers.main_window import MainWindow
    from app.services.context import Actor, ServiceContext
    from app.settings import Settings
    from app.tasks import TaskRunner
    home = Path(tempfile.mkdtemp(prefix="dormdesk-bench-pages-"))
    try:
        db = _database(home)
        ctx = ServiceContext(db=db, actor=Actor(username="bench", display_name="基准测试", role="admin"),
                             clock=Clock(dt.datetime(2026, 9, 15, 10)))
        state = AppState(ctx, TaskRunner(app), Settings(str(home / "settings.ini")))
        window = MainWindow(state)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        rows = []
        for entry in window.entries:
            _switch(app, window, "home" if entry.key != "home" else "settings")  # come from elsewhere
            held = min(_switch(app, window, entry.key) for _ in range(2))
            bare = _bare(window.pages[entry.key])
            if bare is not None:
                rows.append((f"切换到「{entry.title}」UI 线程最长占用 vs 裸查询", held, bare))
            rows.append((f"切换到「{entry.title}」UI 线程最长占用 vs 100 ms 目标", held, BUDGET))
        window.close()
        state.tasks.wait_all(30000)
        db.dispose()
        return rows
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    for name, m, b in run():
        print(f"{name}: {m * 1000:.1f} ms / {b * 1000:.1f} ms = {m / b:.2f}×")
