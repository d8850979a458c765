"""Release-slip benchmarks (issue 7), each beside a baseline measured in the same run.

1. One slip PDF (3 parts on A4) against drawing the same page with bare reportlab calls
   (same font, strings, boxes, lines and QR code, no layout helpers). Target: within 2×.
2. 1,000 slips in one PDF (a year's reprint, with the progress callback) against bare pages
   (100 drawn, times 10).
   Target: a few seconds.
3. The weekly reconciliation run over a year's slips (3,000, bulk-inserted into a fresh SQLite
   database) against a bare Core SELECT of the same columns. Target: under 100 ms.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from app.clock import Clock
from app.services.context import Actor, ServiceContext

YEAR = 2026
BENCH_ACTOR = Actor(username="bench", display_name="基准测试", role="admin")


def _best(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _slip():
    from reports.pdf.release_slip import SlipItemPrint, SlipPrint
    items = [SlipItemPrint("办公桌", "1.6米", "张", 4), SlipItemPrint("文件柜", "四门", "个", 6),
             SlipItemPrint("台式电脑", "联想M720", "台", 12, "含显示器"), SlipItemPrint("打印机", "HP M404", "台", 2),
             SlipItemPrint("转椅", "", "把", 8)]
    return SlipPrint("XX大学学生公寓管理中心", "FX2026-000123", dt.date(YEAR, 9, 15), dt.date(YEAR, 9, 15), "1号楼",
                     "1203", "深圳市某某科技有限公司", "13800138000", "张三（租户）", "身份证 440301********1234", "迁出",
                     items, endorsement="单位盖章：王经理", cs_approver="刘敏", exit_gate="货梯")


def _bare_page(c, slip) -> None:
    """The same page with bare canvas calls: fixed positions, no fitting or wrapping."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm

    from reports.pdf.fonts import register
    font = register()
    for part in range(3):
        top = (297 - part * 99) * mm
        w = QrCodeWidget(slip.slip_no)
        d = Drawing(14 * mm, 14 * mm)
        d.add(w)
        renderPDF.draw(d, c, 10 * mm, top - 18 * mm)
        c.setFont(font, 9.5)
        c.drawCentredString(105 * mm, top - 8 * mm, slip.org_name)
        c.setFont(font, 17)
        c.drawCentredString(105 * mm, top - 16 * mm, "物 品 放 行 条")
        c.setFillColorRGB(0.8, 0.1, 0.1)
        c.setFont(font, 12.5)
        c.drawRightString(200 * mm, top - 9 * mm, slip.slip_no)
        c.drawString(150 * mm, top - 19 * mm, "当日有效")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(font, 8.5)
        c.drawString(150 * mm, top - 14 * mm, f"日期：{slip.issue_date}")
        y = top - 22 * mm
        for label, value in (("用户名称", slip.tenant_name), ("房号", slip.unit_no), ("联系电话", slip.phone),
                             ("经办人", slip.handler_name), ("证件号码", slip.handler_id), ("搬出原因", slip.reason)):
            c.rect(10 * mm, y - 6.5 * mm, 17 * mm, 6.5 * mm)
            c.rect(27 * mm, y - 6.5 * mm, 50 * mm, 6.5 * mm)
            c.drawString(11 * mm, y - 4.5 * mm, label)
            c.drawString(28 * mm, y - 4.5 * mm, value)
            y -= 2.2 * mm
        y = top - 40 * mm
        for n in range(7):
            for x, wdt in ((10, 11), (21, 55), (76, 42), (118, 14), (132, 16), (148, 52)):
                c.rect(x * mm, y - 4.3 * mm, wdt * mm, 4.3 * mm)
            if 0 < n <= len(slip.items):
                item = slip.items[n - 1]
                c.drawString(22 * mm, y - 3 * mm, item.item_name)
                c.drawString(77 * mm, y - 3 * mm, item.spec_model)
                c.drawString(119 * mm, y - 3 * mm, item.unit)
                c.drawString(133 * mm, y - 3 * mm, str(item.qty))
            y -= 4.3 * mm
        c.drawString(12 * mm, y - 4 * mm, "合计（大写）：叁拾贰件")
        for x, wdt, label in ((10, 46, "用户单位意见（盖章）"), (56, 42, "业主确认"), (98, 52, "客服中心审核（盖章）"),
                              (150, 50, "保安核验")):
            c.rect(x * mm, y - 25 * mm, wdt * mm, 18 * mm)
            c.drawString((x + 1.5) * mm, y - 10 * mm, label)
        c.setDash(3, 2)
        c.rect(132 * mm, y - 24 * mm, 15.5 * mm, 15.5 * mm)
        c.line(4 * mm, top, 206 * mm, top)
        c.setDash()
        c.drawString(10 * mm, top - 97 * mm, "第一联：存根（客服中心留存）")
        c.setFont(font, 6.2)
        c.drawRightString(200 * mm, top - 97 * mm, "说明：① 本条仅限开具当日有效；② 涂改无效；③ 物品与本条不符不予放行；④ 大件物品请走货梯。")


def _bare_pdf(path: Path, slips) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas
    c = Canvas(str(path), pagesize=A4, pageCompression=1)
    for slip in slips:
        _bare_page(c, slip)
        c.showPage()
    c.save()


def _year_database(folder: Path, count: int = 3000):
    from sqlalchemy import insert

    from app.db.models.release import ReleaseSlip
    from app.db.models.residents import Building
    from app.services.bootstrap import prepare
    db = prepare(f"sqlite:///{folder / 'bench.sqlite3'}")
    rng = random.Random(7)
    start = dt.date(YEAR, 1, 1)
    rows = []
    for n in range(1, count + 1):
        day = start + dt.timedelta(days=n * 365 // (count + 1))
        fate = rng.random()
        status = "archived" if fate < 0.7 else "released" if fate < 0.8 else "void" if fate < 0.85 else \
            "rejected_at_gate" if fate < 0.9 else "issued"
        rows.append({"slip_no": f"FX{YEAR}-{n:06d}", "status": status, "building_id": 1 + n % 10,
                     "unit_no": f"{1 + n % 20}{n % 30:02d}", "tenant_name": f"用户{n % 300}",
                     "applicant_role": "tenant", "handler_name": "张三", "handler_id_type": "id_card",
                     "handler_id_no": "440301199001011234", "reason": "transfer", "total_qty": 1 + n % 20,
                     "issue_date": day, "valid_until": day, "print_count": 1, "version": 1,
                     "returned_date": day + dt.timedelta(days=3) if status == "archived" else None})
    with db.engine.execution_options(dormdesk_write=True).begin() as conn:
        conn.execute(insert(Building), [{"name": f"{n}号楼", "gender": "m", "floors": 6, "active": True, "version": 1}
                                        for n in range(1, 11)])
        conn.execute(insert(ReleaseSlip), rows)
    return db


def run() -> list[tuple[str, float, float]]:
    from reports.pdf import release_slip
    from reports.pdf.fonts import register
    register()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        slip = _slip()
        release_slip.build([slip], folder / "warm.pdf")
        one = _best(lambda: release_slip.build([slip], folder / "one.pdf"), 5)
        bare = _best(lambda: _bare_pdf(folder / "bare.pdf", [slip]), 5)
        results.append(("放行条 PDF 一张（3 联）vs 裸 reportlab（目标 ≤2×）", one, bare))

        year = [dataclasses.replace(slip, slip_no=f"FX{YEAR}-{n:06d}") for n in range(1, 1001)]
        progress = []
        many = _best(lambda: release_slip.build(year, folder / "year.pdf", lambda d, t: progress.append(d)), 1)
        # 1,000 bare pages take minutes (QrCodeWidget); 100 of them, scaled, are the baseline.
        bare_many = _best(lambda: _bare_pdf(folder / "bare_year.pdf", year[:100]), 1) * 10
        results.append(("放行条 1000 张一个 PDF（带进度）vs 裸 reportlab ×1000（目标数秒）", many, bare_many))

        db = _year_database(folder)
        try:
            from sqlalchemy import select

            from app.db.models.release import ReleaseSlip
            from app.db.models.residents import Building
            from app.services import release_reports
            from app.services.periods import Period
            ctx = ServiceContext(db=db, actor=BENCH_ACTOR, channel="cli", clock=Clock(dt.datetime(YEAR, 12, 31, 18)))
            period = Period(dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31))
            rec = _best(lambda: release_reports.reconcile(ctx, period), 5)

            def bare_select():
                with db.engine.connect() as conn:
                    conn.execute(select(ReleaseSlip.slip_no, ReleaseSlip.issue_date, ReleaseSlip.valid_until,
                                        ReleaseSlip.status, ReleaseSlip.returned_date, ReleaseSlip.unit_no,
                                        ReleaseSlip.tenant_name, ReleaseSlip.total_qty, ReleaseSlip.follow_up_note,
                                        Building.name).join(Building, ReleaseSlip.building_id == Building.id)
                                 .where(ReleaseSlip.issue_date >= period.start,
                                        ReleaseSlip.issue_date <= period.end)).all()
            base = _best(bare_select, 5)
            results.append(("一年放行条（3000 张）对账 vs 裸 SELECT（目标 <100 ms）", rec, base))
        finally:
            db.dispose()
    return results


if __name__ == "__main__":
    for name, measured, baseline in run():
        print(f"{name}: {measured * 1000:.1f} ms / {baseline * 1000:.1f} ms = {measured / baseline:.2f}×")
