"""Repair benchmarks (issue 5).

1. A year of 20,000 slips (bulk-inserted into a fresh SQLite database): opening the list
   (`repairs.list_slips` + the table model) against a bare Core SELECT of the same columns, and the
   instant filter (filter_rows + set_rows) per keystroke against the 50 ms target.
2. One repair-slip PDF (2 copies, A4) against drawing the same page with bare reportlab calls.
3. The monthly register (1,700 slips, with the summary and repeat-fault sheets) against writing the
   same cells with openpyxl's write-only mode and no styles.
"""
from __future__ import annotations

import datetime as dt
import decimal
import os
import random
import tempfile
import time
from pathlib import Path

from app.clock import Clock
from app.services.context import Actor, ServiceContext

KEYSTROKE_TARGET = 0.050
YEAR = 2026
BENCH_ACTOR = Actor(username="bench", display_name="基准测试", role="admin")


def _best(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _database(folder: Path, slips: int = 20_000):
    from sqlalchemy import insert

    from app.db.models.repairs import RepairSlip
    from app.db.models.residents import Building, Room, Staff
    from app.services.bootstrap import prepare
    from app.services.repairs import CATEGORIES
    db = prepare(f"sqlite:///{folder / 'bench.sqlite3'}")
    rng = random.Random(5)
    with db.engine.execution_options(dormdesk_write=True).begin() as conn:
        conn.execute(insert(Building), [{"name": f"{n}号楼", "gender": "m", "floors": 6, "active": True, "version": 1}
                                        for n in range(1, 11)])
        conn.execute(insert(Room), [{"building_id": b, "room_no": f"{f}{r:02d}", "floor": f, "bed_count": 4,
                                     "status": "normal", "version": 1}
                                    for b in range(1, 11) for f in range(1, 7) for r in range(1, 31)])
        conn.execute(insert(Staff), [{"name": n, "category": "repairer", "active": True, "version": 1}
                                     for n in ("王师傅", "李师傅", "赵师傅", "刘师傅")])
        start = dt.datetime(YEAR, 1, 1, 8)
        faults = ["水龙头漏水", "灯管不亮", "门锁坏了", "网口无信号", "空调不制冷", "椅子腿松动", "纱窗破损"]
        statuses = ["closed"] * 6 + ["visited", "accepted", "completed", "dispatched", "reported", "voided"]
        rows = []
        for i in range(slips):
            at = start + dt.timedelta(minutes=i * 26)
            status = statuses[rng.randrange(len(statuses))]
            done = at + dt.timedelta(hours=rng.randrange(1, 60)) if status in ("closed", "visited", "accepted",
                                                                             "completed") else None
            room = rng.randrange(1, 1801)
            rows.append({"slip_no": f"WX{YEAR}-{i + 1:06d}", "status": status, "reported_at": at,
                         "report_channel": "phone", "reporter_name": "张同学", "student_no": f"2026{i:05d}",
                         "building_id": (room - 1) // 180 + 1, "room_id": room, "category": CATEGORIES[i % 8],
                         "urgency": "norm", "fault_description": faults[i % len(faults)], "repeat_count": 1,
                         "due_at": at + dt.timedelta(hours=48), "chargeable": i % 5 == 0,
                         "labour_fee": decimal.Decimal(0), "materials_fee": decimal.Decimal(0),
                         "total_fee": decimal.Decimal(25 if i % 5 == 0 else 0), "fee_overridden": False,
                         "emergency_first": False, "reopen_count": 0, "repairer_id": rng.randrange(1, 5),
                         "completed_at": done, "version": 1})
        conn.execute(insert(RepairSlip), rows)
    return db


def _list_figures(ctx) -> list[tuple[str, float, float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from app.controllers.repairs_page import COLUMNS
    from app.db.models.repairs import RepairSlip
    from app.qtmodels.row_table import RowTableModel
    from app.services import repairs
    QApplication.instance() or QApplication([])
    model = RowTableModel(COLUMNS)
    holder = {}

    def open_list():
        holder["rows"] = repairs.list_slips(ctx, year=YEAR)
        model.set_rows(holder["rows"])

    def bare_select():
        with ctx.db.engine.connect() as conn:
            conn.execute(select(RepairSlip.__table__)).fetchall()

    opened, bare = _best(open_list, 3), _best(bare_select, 3)
    rows = holder["rows"]
    keystrokes = ["1", "1号", "1号楼", "1号楼 1", "1号楼 10", "w", "wx", "wx2026-01", "水", "水龙", "王师傅", ""]

    def typing():
        for text in keystrokes:
            model.set_rows(repairs.filter_rows(rows, text))

    per_key = _best(typing, 3) / len(keystrokes)
    return [(f"维修列表打开 {len(rows):,} 张（对比裸 SELECT）", opened, bare),
            ("维修列表每次按键筛选（对比 50 ms 目标）", per_key, KEYSTROKE_TARGET)]


def _bare_reportlab_slip(path: Path, slip) -> None:
    """The same page drawn with bare reportlab calls: two copies of the same texts and boxes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from reports.pdf import fonts
    font = fonts.register()
    c = Canvas(str(path), pagesize=A4, pageCompression=1)
    for top in (293, 144.5):
        c.setFont(font, 11)
        c.drawCentredString(105 * mm, (top - 7) * mm, "XX大学学生公寓管理中心")
        c.setFont(font, 16)
        c.drawCentredString(105 * mm, (top - 14) * mm, "维修单（派工单）")
        c.setFont(font, 11)
        c.drawRightString(198 * mm, (top - 13) * mm, f"No. {slip.slip_no}")
        c.setFont(font, 8.5)
        c.drawString(12 * mm, (top - 19.5) * mm, f"报修时间：{slip.reported_at:%Y-%m-%d %H:%M}")
        y = top - 21.5
        for n in range(9):
            y -= 7
            for x, w in ((12, 56), (68, 56), (124, 74)):
                c.rect(x * mm, y * mm, 17 * mm, 7 * mm)
                c.rect((x + 17) * mm, y * mm, (w - 17) * mm, 7 * mm)
                c.drawString((x + 2) * mm, (y + 2.3) * mm, "报修人")
                c.drawString((x + 18.5) * mm, (y + 2.3) * mm, slip.fault_description)
        for n in range(4):
            y -= 4.8
            for x, w in ((12, 58), (70, 40), (110, 24), (134, 30), (164, 34)):
                c.rect(x * mm, y * mm, w * mm, 4.8 * mm)
        y -= 13
        for i in range(4):
            c.rect((12 + i * 46.5) * mm, y * mm, 46.5 * mm, 12 * mm)
            c.drawString((13.5 + i * 46.5) * mm, (y + 8) * mm, "报修人：")
        c.drawString(12 * mm, (y - 4.5) * mm, "第一联 管理中心留存")
    c.save()


def _pdf_figures(ctx, folder: Path) -> list[tuple[str, float, float]]:
    from app.services import repairs, repairs_registers
    from reports.pdf.repair_slip import build_repair_slip
    number = f"WX{YEAR}-000100"
    slip = repairs.detail(ctx, repairs.slip_id_by_number(ctx, number))
    repairs_registers.print_repair_slip(ctx, number, folder / "warm.pdf")  # font registration, imports
    _bare_reportlab_slip(folder / "warm-bare.pdf", slip)
    labels = ["第一联 管理中心留存", "第二联 维修部门"]
    drawn = _best(lambda: build_repair_slip(slip, folder / "slip.pdf", org_name="XX大学学生公寓管理中心",
                                            copies=2, copy_labels=labels), 15)
    printed = _best(lambda: repairs_registers.print_repair_slip(ctx, number, folder / "slip2.pdf"), 15)
    bare = _best(lambda: _bare_reportlab_slip(folder / "bare.pdf", slip), 15)
    return [("维修单 PDF 绘制（对比裸 reportlab）", drawn, bare),
            ("维修单打印命令，含读取数据库（对比裸 reportlab）", printed, bare)]


def _register_figures(ctx, folder: Path) -> list[tuple[str, float, float]]:
    from openpyxl import Workbook

    from app.services import registers, repairs_registers
    from app.services.periods import parse_month
    period = parse_month(f"{YEAR}-06")
    spec, rows, extra = repairs_registers.fetch_repairs(ctx, period, None)
    ours = _best(lambda: registers.export(ctx, "repairs", period, None, folder / "reg.xlsx"), 3)

    def bare():
        wb = Workbook(write_only=True)
        for sheet_spec, sheet_rows in [(spec, rows), *extra]:
            ws = wb.create_sheet(sheet_spec.sheet_name)
            ws.append([sheet_spec.title])
            ws.append(["org"])
            ws.append([c.header for c in sheet_spec.columns])
            keys = [c.key for c in sheet_spec.columns]
            for r in sheet_rows:
                ws.append([float(v) if isinstance(v, decimal.Decimal) else v
                           for v in ((r.get(k) if isinstance(r, dict) else getattr(r, k)) for k in keys)])
        wb.save(folder / "bare.xlsx")

    return [(f"月度维修登记簿 {len(rows):,} 行（对比 openpyxl 只写模式）", ours, _best(bare, 3))]


def run() -> list[tuple[str, float, float]]:
    with tempfile.TemporaryDirectory(prefix="dormdesk-bench-repairs-") as tmp:
        folder = Path(tmp)
        db = _database(folder)
        ctx = ServiceContext(db=db, actor=BENCH_ACTOR, channel="cli", clock=Clock(dt.datetime(YEAR, 12, 31, 18)),
                             pc_name="BENCH")
        try:
            return _list_figures(ctx) + _pdf_figures(ctx, folder) + _register_figures(ctx, folder)
        finally:
            db.dispose()


if __name__ == "__main__":
    for figure, measured, baseline in run():
        print(f"{figure}: {measured * 1000:.1f} ms / {baseline * 1000:.1f} ms = {measured / baseline:.2f}×")
