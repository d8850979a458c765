"""Residents: importing a 20,000-row roster from file to committed rows against "read the same file
with python-calamine and insert the same rows with one SQLAlchemy Core executemany"; filtering
50,000 students per keystroke (p95) against the 50 ms budget and against a QSortFilterProxyModel;
opening the student list with 50,000 students against the 0.5 s budget."""
from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

IMPORT_ROWS = 20_000
LIST_ROWS = 50_000

ROOMS_PER_BUILDING = 500


def _places(db, buildings: int) -> None:
    """Buildings of 500 rooms of 4 beds each, written bare (not part of any figure)."""
    from sqlalchemy import insert, select

    from app.db.models.residents import Bed, Building, Room
    now = dt.datetime.now()
    with db.engine.begin() as conn:
        conn.execute(insert(Building), [{"name": f"{i + 1}号楼", "gender": "m" if i % 2 == 0 else "f", "floors": 25,
                                         "active": True, "version": 1, "created_at": now} for i in range(buildings)])
        ids = [r[0] for r in conn.execute(select(Building.id).order_by(Building.id))]
        conn.execute(insert(Room), [{"building_id": b, "room_no": f"{1 + r // 20}{r % 20 + 1:02d}", "floor": 1 + r // 20,
                                     "bed_count": 4, "status": "normal", "version": 1} for b in ids
                                    for r in range(ROOMS_PER_BUILDING)])
        rooms = [r[0] for r in conn.execute(select(Room.id))]
        conn.execute(insert(Bed), [{"room_id": r, "bed_no": str(n)} for r in rooms for n in range(1, 5)])


def _roster(path: Path, n: int, rng: random.Random, buildings: int) -> Path:
    from openpyxl import Workbook

    from app.importing.columns import FIELDS
    from app.services.residents_demo import roster_rows
    layout = [(f"{i + 1}号楼", "m" if i % 2 == 0 else "f", 25) for i in range(buildings)]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("名单")
    ws.append(["2026级学生住宿名单"])
    ws.append([f.header for f in FIELDS])
    for row in roster_rows(rng, n, layout):
        ws.append(row)
    wb.save(path)
    return path


def _bench_import(home: Path) -> list[tuple[str, float, float]]:
    from python_calamine import CalamineWorkbook
    from sqlalchemy import insert

    from app.db.models.residents import Student
    from app.services import roster_import
    from app.services.bootstrap import prepare
    from app.services.context import ServiceContext
    template = home / "template.sqlite3"
    prepare(f"sqlite:///{template}").dispose()
    from app.db.engine import open_database
    base = open_database(f"sqlite:///{template}")
    _places(base, 10)
    base.dispose()
    path = _roster(home / "roster.xlsx", IMPORT_ROWS, random.Random(3), 10)

    measured, baseline = [], []
    for attempt in range(3):
        target = home / f"ours{attempt}.sqlite3"
        shutil.copy(template, target)
        db = open_database(f"sqlite:///{target}")
        ctx = ServiceContext(db=db, channel="cli")
        start = time.perf_counter()
        result = roster_import.commit(ctx, roster_import.preview(ctx, path))
        measured.append(time.perf_counter() - start)
        assert result.inserted == IMPORT_ROWS, result
        db.dispose()

        target = home / f"base{attempt}.sqlite3"
        shutil.copy(template, target)
        db = open_database(f"sqlite:///{target}")
        start = time.perf_counter()
        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
        rows = list(sheet.iter_rows())[2:]
        now = dt.datetime.now()
        records = [{"student_no": str(r[0]), "name": r[1], "gender": r[2], "id_card": r[3], "college": r[4],
                    "class_name": r[5], "phone": str(r[6]), "check_in_date": dt.date.fromisoformat(r[10]),
                    "status": r[11], "version": 1, "name_pinyin": "", "name_initials": "", "created_at": now}
                   for r in rows]
        with db.engine.begin() as conn:
            conn.execute(insert(Student.__table__), records)
        baseline.append(time.perf_counter() - start)
        db.dispose()
    return [(f"名单导入 {IMPORT_ROWS:,} 行（文件→已提交）vs calamine+executemany", min(measured), min(baseline))]


def _fill_students(db, n: int) -> None:
    from sqlalchemy import insert, select

    from app.db.models.residents import Bed, Student
    from app.services.residents import name_keys
    from app.services.residents_demo import person, phone
    rng = random.Random(5)
    with db.engine.begin() as conn:
        beds = [r[0] for r in conn.execute(select(Bed.id).order_by(Bed.id))][:n]
        rows = []
        for i, bed in enumerate(beds):
            name = person(rng, i % 2 == 0)
            full, ini = name_keys(name)
            rows.append({"student_no": f"2026{i:06d}", "name": name, "gender": "m", "phone": phone(rng),
                         "status": "resident", "bed_id": bed, "version": 1, "name_pinyin": full, "name_initials": ini,
                         "college": "计算机学院", "class_name": "计科2601", "check_in_date": dt.date(2026, 9, 1)})
        conn.execute(insert(Student), rows)


def _bench_list(home: Path) -> list[tuple[str, float, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from app import uic
    uic.ensure_built()
    app = QApplication.instance() or QApplication([])
    from app.controllers.app_state import AppState
    from app.controllers.residents_page import ResidentsPage
    from app.controllers.student_list import COLUMNS
    from app.db.engine import open_database
    from app.qtmodels.row_table import RowTableModel
    from app.services import residents
    from app.services.bootstrap import prepare
    from app.services.context import ServiceContext
    from app.settings import Settings
    from app.tasks import TaskRunner
    path = home / "list.sqlite3"
    prepare(f"sqlite:///{path}").dispose()
    db = open_database(f"sqlite:///{path}")
    _places(db, 26)
    _fill_students(db, LIST_ROWS)
    ctx = ServiceContext(db=db)
    state = AppState(ctx, TaskRunner(app), Settings(str(home / "settings.ini")))

    opens = []
    for _ in range(3):
        start = time.perf_counter()
        page = ResidentsPage(state)
        page.resize(1300, 800)
        page.show()  # showEvent -> reload(): tree and list, loaded off the UI thread
        app.processEvents()
        while page.loading:  # until the rows are on screen
            state.tasks.pool.waitForDone(2)
            app.processEvents()
        opens.append(time.perf_counter() - start)
        if _ < 2:
            page.close()
            page.deleteLater()
            app.processEvents()
    assert page.model.rowCount() == LIST_ROWS

    deadline = time.perf_counter() + 0.3  # a user reads the list before typing: idle work runs
    while time.perf_counter() < deadline:
        app.processEvents()
    keystrokes = []
    for word in ("zhangs", "2026012", "lis", "wangw", "zs", "101"):
        for i in range(1, len(word) + 1):
            keystrokes.append(word[:i])
        keystrokes.append("")
    times = []
    for text in keystrokes:
        start = time.perf_counter()
        page.ui.student_search_edit.setText(text)
        app.processEvents()
        times.append(time.perf_counter() - start)
    p95 = statistics.quantiles(times, n=20)[18]

    rows = residents.list_students(ctx)
    # the privacy rule: a clerk's list comes masked (issue 15), measured against the full list
    from dataclasses import replace as _with

    from app.services.context import Actor
    clerk = _with(ctx, actor=Actor("kefu", "客服", "clerk"))
    full_times, masked_times = [], []
    for _ in range(3):
        start = time.perf_counter()
        residents.list_students(ctx)
        full_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        residents.list_students(clerk)
        masked_times.append(time.perf_counter() - start)
    model = RowTableModel(COLUMNS)
    model.set_rows(rows)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.show()
    proxy_times = []
    for text in ("2", "20", "202", ""):
        start = time.perf_counter()
        proxy.setFilterFixedString(text)
        app.processEvents()
        proxy_times.append(time.perf_counter() - start)
    view.close()
    page.close()
    db.dispose()
    return [(f"学生列表筛选 {LIST_ROWS:,} 人 每键 p95 vs 50 ms 目标", p95, 0.050),
            (f"学生列表筛选 {LIST_ROWS:,} 人 每键 p95 vs QSortFilterProxyModel 中位数", p95, statistics.median(proxy_times)),
            (f"打开学生列表 {LIST_ROWS:,} 人 vs 0.5 s 目标", min(opens), 0.5),
            (f"读取学生 {LIST_ROWS:,} 人 客服（遮蔽）vs 主管（完整）", min(masked_times), min(full_times))]


def run() -> list[tuple[str, float, float]]:
    home = Path(tempfile.mkdtemp(prefix="dormdesk-bench-residents-"))
    try:
        return _bench_import(home) + _bench_list(home)
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    for name, m, b in run():
        print(f"{name}: {m * 1000:.1f} ms / {b * 1000:.1f} ms = {m / b:.2f}×")
