"""Reports centre benchmarks.

1. The monthly pack for 1,200 students with a month of activity (every module's demo step, under a
   clock fixed at the end of the month, plus two handovers a day), against writing the same cells
   with openpyxl's write-only mode and no styles (the floor any xlsx writer stands on).
2. The home dashboard's numbers (every catalog DashboardItem and the 30-day trends) on a database
   with 50,000 students, a year of moves and a year of audited activity (bulk-inserted on top of the
   demo), against the 200 ms target.
"""
from __future__ import annotations

import datetime as dt
import decimal
import random
import statistics
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, insert, select

from app.clock import Clock
from app.services.context import Actor, ServiceContext

MONTH = "2026-09"
MONTH_END = dt.datetime(2026, 9, 30, 18, 0)
DASHBOARD_TARGET = 0.200
ACTIONS = ("keys.lend", "keys.return", "keys.issue", "repairs.report", "repairs.complete", "release.issue",
           "students.edit", "assessments.record")
BENCH_ACTOR = Actor(username="bench", display_name="基准测试", role="admin")


def _context(folder: Path, name: str) -> ServiceContext:
    from app.services.bootstrap import prepare
    db = prepare(f"sqlite:///{folder / name}")
    return ServiceContext(db=db, actor=BENCH_ACTOR, channel="cli", clock=Clock(MONTH_END), pc_name="BENCH")


def _demo(ctx: ServiceContext, students: int) -> None:
    from app.services import demo
    demo.run(ctx, random.Random(7), {"students": students})


def _handovers(ctx: ServiceContext) -> None:
    from app.services import handover
    real_clock = ctx.clock
    ctx.clock = Clock(dt.datetime(2026, 9, 1, 8, 0))
    try:
        while ctx.now() < MONTH_END:
            ctx.clock.advance(hours=12)
            handover.create(ctx, notes="基准测试交班")
    finally:
        ctx.clock = real_clock


def _best(times: int, fn) -> float:
    """The best of `times` runs (the machine is shared; the best run is the least disturbed)."""
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def _plain(value):
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, decimal.Decimal):
        return float(value)
    return value


def _baseline_write(pack, path: Path) -> float:
    """The same cells (titles, headers, values, totals, cover figures) in write-only mode, unstyled."""
    from reports.excel.register import _value
    started = time.perf_counter()
    wb = Workbook(write_only=True)
    cover = wb.create_sheet("封面")
    cover.append([pack.title])
    for fig in pack.figures:
        cover.append([fig.label, fig.value, fig.note])
    for sec in pack.sections:
        for spec, rows in [(sec.spec, sec.rows), *sec.extra]:
            ws = wb.create_sheet((spec.sheet_name or spec.title)[:31])
            ws.append([spec.title])
            ws.append([pack.meta.period_label])
            ws.append([c.header for c in spec.columns])
            keys = [c.key for c in spec.columns]
            for row in rows:
                ws.append([_plain(_value(row, k)) for k in keys])
            ws.append(["合计"])
            ws.append(["制表人：    审核人：    日期："])
    wb.save(path)
    return time.perf_counter() - started


def bench_pack(folder: Path) -> list[tuple[str, float, float]]:
    from app.services import monthly_pack
    from app.services.periods import parse_month
    from reports.excel.monthly_pack import build_pack
    from reports.pdf.monthly_pack_pdf import build_pack_pdf
    ctx = _context(folder, "pack.sqlite3")
    _demo(ctx, 1200)
    _handovers(ctx)
    period = parse_month(MONTH)
    monthly_pack.export(ctx, period, None, folder / "warm.xlsx")  # imports and caches, not timed

    full = _best(3, lambda: monthly_pack.export(ctx, period, None, folder / "pack.xlsx"))
    collect = _best(2, lambda: monthly_pack.collect(ctx, period, None))
    pack = monthly_pack.collect(ctx, period, None)
    writes, baselines = [], []
    for _ in range(5):  # interleaved, so a busy moment on the shared machine hits both alike
        writes.append(_best(1, lambda: build_pack(pack, folder / "pack2.xlsx")))
        baselines.append(_baseline_write(pack, folder / "base.xlsx"))
    write, baseline = min(writes), min(baselines)
    pdf = _best(1, lambda: build_pack_pdf(pack, folder / "pack.pdf"))
    cells = sum(len(s.rows) * len(s.spec.columns) + sum(len(r) * len(sp.columns) for sp, r in s.extra)
                for s in pack.sections)
    ctx.db.dispose()
    label = f"1200 名学生，{len(pack.sections)} 个登记表，{cells:,} 个单元格"
    return [(f"月度报表 xlsx 查询+写入（{label}）", full, baseline),
            ("月度报表 xlsx 仅写入 vs 同样单元格 write-only", write, baseline),
            ("月度报表 读取各登记表 vs 同样单元格 write-only", collect, baseline),
            ("月度报表 PDF 写入 vs xlsx 写入", pdf, write)]


def _bulk_residents(ctx: ServiceContext, target_students: int, rng: random.Random) -> None:
    """Buildings of 1,000 beds, students in every bed, a year of moves and audited activity."""
    from app.db.models.core import AuditLog
    from app.db.models.residents import Bed, Building, Room, Student, StudentMove
    engine = ctx.db.engine.execution_options(dormdesk_write=True)
    with engine.begin() as conn:
        have = conn.execute(select(func.count()).select_from(Student)).scalar()
        ids = {t: (conn.execute(select(func.max(t.id))).scalar() or 0) for t in (Building, Room, Bed, Student)}
        need = max(target_students - have, 0)
        buildings, rooms, beds, students, moves = [], [], [], [], []
        b_id, r_id, bed_id, s_id = ids[Building], ids[Room], ids[Bed], ids[Student]
        year_ago = MONTH_END - dt.timedelta(days=365)
        while len(students) < need:
            b_id += 1
            buildings.append(dict(id=b_id, name=f"基准{b_id}号楼", gender="mix", floors=10, active=True, version=1))
            for floor in range(1, 11):
                for n in range(1, 26):
                    r_id += 1
                    rooms.append(dict(id=r_id, building_id=b_id, room_no=f"{floor}{n:02d}", floor=floor, bed_count=4,
                                      status="normal", room_type="4人间", version=1))
                    for bed_no in range(1, 5):
                        bed_id += 1
                        beds.append(dict(id=bed_id, room_id=r_id, bed_no=str(bed_no)))
                        if len(students) < need:
                            s_id += 1
                            at = year_ago + dt.timedelta(minutes=rng.randrange(365 * 24 * 60))
                            students.append(dict(id=s_id, student_no=f"B{s_id:08d}", name=f"学生{s_id}", gender="m",
                                                 status="resident", bed_id=bed_id, name_pinyin=f"xuesheng{s_id}",
                                                 name_initials="xs", check_in_date=at.date(), version=1))
                            moves.append(dict(student_id=s_id, kind="move_in", to_bed_id=bed_id, at=at, reason="基准"))
        for table, rows in ((Building, buildings), (Room, rooms), (Bed, beds), (Student, students),
                            (StudentMove, moves)):
            for i in range(0, len(rows), 20_000):
                conn.execute(insert(table), rows[i:i + 20_000])
        audit = []
        for day in range(365):
            base = MONTH_END - dt.timedelta(days=day)
            for _ in range(800):
                audit.append(dict(at=base - dt.timedelta(minutes=rng.randrange(24 * 60)), username="bench",
                                  pc_name="BENCH", channel="gui", action=rng.choice(ACTIONS), entity="bench"))
        for i in range(0, len(audit), 50_000):
            conn.execute(insert(AuditLog), audit[i:i + 50_000])


def bench_dashboard(folder: Path) -> list[tuple[str, float, float]]:
    from app.services import dashboard
    ctx = _context(folder, "dash.sqlite3")
    _demo(ctx, 1200)
    _bulk_residents(ctx, 50_000, random.Random(3))
    first_started = time.perf_counter()
    snap = dashboard.snapshot(ctx)
    first = time.perf_counter() - first_started
    runs, tiles_runs, trend_runs = [], [], []
    for _ in range(3):
        started = time.perf_counter()
        tiles = dashboard.tiles(ctx)
        tiles_runs.append(time.perf_counter() - started)
        started = time.perf_counter()
        dashboard.snapshot(ctx)
        runs.append(time.perf_counter() - started)
        started = time.perf_counter()
        dashboard.audit_trends(ctx)
        trend_runs.append(time.perf_counter() - started)
    cold = []
    for _ in range(3):
        setattr(ctx.db, dashboard._CACHE_ATTR, None)  # as on the first read of the day
        started = time.perf_counter()
        dashboard.audit_trends(ctx)
        cold.append(time.perf_counter() - started)
    slowest = sorted(tiles, key=lambda t: -t.seconds)[:3]
    ctx.db.dispose()
    rows = [(f"首页数字+趋势 首次读取（5 万学生，{len(snap.tiles)} 个数字）vs 200 ms 目标", first, DASHBOARD_TARGET),
            ("首页数字+趋势 再次读取（中位数）vs 200 ms 目标", statistics.median(runs), DASHBOARD_TARGET),
            ("首页数字（全部模块）vs 200 ms 目标", statistics.median(tiles_runs), DASHBOARD_TARGET),
            ("首页 30 天趋势 当天首次（一年审计日志 29 万行）vs 200 ms 目标", statistics.median(cold),
             DASHBOARD_TARGET),
            ("首页 30 天趋势 每分钟刷新（只读当天）vs 200 ms 目标", statistics.median(trend_runs), DASHBOARD_TARGET)]
    rows += [(f"  最慢的数字：{t.title}", t.seconds, DASHBOARD_TARGET) for t in slowest]
    return rows


def run() -> list[tuple[str, float, float]]:
    with tempfile.TemporaryDirectory(prefix="dormdesk-bench-reports-") as tmp:
        folder = Path(tmp)
        return bench_pack(folder) + bench_dashboard(folder)
