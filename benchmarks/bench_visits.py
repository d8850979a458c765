"""Return-visit and survey benchmarks (issue 13).

1. Proposing a month's visits (visits_plan.propose: the sampling rule and the seeded draw) from a year
   of 20,000 repair slips, against the 200 ms target (and a bare Core SELECT of the month's slips).
2. The S2 survey report (Excel: summary, per-item table, opinions, actions, 2,000 raw questionnaires and
   the charts sheet) against writing the same cells with openpyxl's write-only mode and no styles.
"""
from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from app.clock import Clock
from app.services.context import ServiceContext
from benchmarks.bench_repairs import BENCH_ACTOR, YEAR, _best, _database

PROPOSE_TARGET = 0.200
QUESTIONNAIRES = 2_000


def _propose_figures(ctx) -> list[tuple[str, float, float]]:
    from sqlalchemy import select

    from app.db.models.repairs import RepairSlip
    from app.services import visits_plan
    from app.services.periods import parse_month
    period = parse_month(f"{YEAR}-06")
    plans = visits_plan.propose(ctx, period, kinds=("repair",))
    ours = _best(lambda: visits_plan.propose(ctx, period, kinds=("repair",)))

    def bare():
        with ctx.db.engine.connect() as conn:
            conn.execute(select(RepairSlip.id, RepairSlip.slip_no, RepairSlip.completed_at).where(
                RepairSlip.completed_at >= period.start_dt, RepairSlip.completed_at < period.end_dt)).all()
    p = plans[0]
    label = f"本月回访建议（全年 20,000 张维修单，{p.total} 张完成，抽 {len(p.proposals)} 张）"
    return [(f"{label}（对比 200 ms 目标）", ours, PROPOSE_TARGET), (f"{label}（对比裸 SELECT）", ours, _best(bare))]


def _survey_figures(ctx, folder: Path) -> list[tuple[str, float, float]]:
    from openpyxl import Workbook
    from sqlalchemy import insert

    from app.db.models.visits import SurveyOpinion, SurveyPlan, SurveyResponse
    from app.services import surveys, surveys_report
    keys = [k for k, _ in surveys.QUESTIONS]
    rng = random.Random(13)
    with ctx.db.engine.execution_options(dormdesk_write=True).begin() as conn:
        sid = conn.execute(insert(SurveyPlan).returning(SurveyPlan.id), [{
            "survey_no": f"DC{YEAR}-0001", "title": "基准调查", "status": "collecting", "scale": 3,
            "start_date": dt.date(YEAR, 5, 1), "end_date": dt.date(YEAR, 5, 31), "version": 1}]).scalar()
        conn.execute(insert(SurveyResponse), [
            {"survey_id": sid, "response_no": f"{n:04d}", "status": "returned", "building_id": 1,
             "room_no": f"{n % 6 + 1}{n % 30 + 1:02d}", "method": "paper", "respondent_name": "张同学",
             "respondent_signature": True, "collected_date": dt.date(YEAR, 5, 20), "version": 1,
             **{k: rng.choice((1, 1, 2, 3)) for k in keys}} for n in range(1, QUESTIONNAIRES + 1)])
        conn.execute(insert(SurveyOpinion), [{"response_id": n, "topic": "cleaning", "text": "楼道垃圾清运不够及时"}
                                             for n in range(1, QUESTIONNAIRES + 1, 10)])
    out = folder / "s2.xlsx"
    a = surveys_report.analyse(ctx, sid)
    summary, per_item, raw, opinions, actions = surveys_report._specs(a)
    sheets = [(summary, surveys_report._summary_rows(a)), (per_item, surveys_report._item_rows(a)),
              (opinions, [o for items in a.opinions.values() for o in items]), (actions, a.actions),
              (raw, surveys_report._raw_rows(a))]

    def bare():
        wb = Workbook(write_only=True)
        for spec, rows in sheets:
            ws = wb.create_sheet(spec.sheet_name)
            ws.append([spec.title])
            ws.append(["org"])
            ws.append([c.header for c in spec.columns])
            cols = [c.key for c in spec.columns]
            for r in rows:
                ws.append([r.get(k) for k in cols])
        wb.save(folder / "bare.xlsx")
    # alternate the two so that a busy shared machine slows both alike; keep the best of each
    ours = base = float("inf")
    for _ in range(5):
        ours = min(ours, _best(lambda: surveys_report.export_report(ctx, sid, out), 1))
        base = min(base, _best(bare, 1))
    return [(f"调查报告 Excel {QUESTIONNAIRES:,} 份问卷（对比 openpyxl 只写模式）", ours, base)]


def run() -> list[tuple[str, float, float]]:
    with tempfile.TemporaryDirectory(prefix="dormdesk-bench-visits-") as tmp:
        folder = Path(tmp)
        db = _database(folder)
        ctx = ServiceContext(db=db, actor=BENCH_ACTOR, channel="cli", clock=Clock(dt.datetime(YEAR, 12, 31, 18)),
                             pc_name="BENCH")
        try:
            return _propose_figures(ctx) + _survey_figures(ctx, folder)
        finally:
            db.dispose()


if __name__ == "__main__":
    for figure, measured, baseline in run():
        print(f"{figure}: {measured * 1000:.1f} ms / {baseline * 1000:.1f} ms = {measured / baseline:.2f}×")
