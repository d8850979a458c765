"""The dorm gate's catalog hooks: the registers 来访登记 and 物品出入登记 (in the monthly pack through the
one register engine), the handover section listing visitors still inside, and the home page's count of
visitors inside after closing time."""
from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import func, select

from app import vocab
from app.db.models.gate import VisitorEntry
from app.services import gate_goods as gg
from app.services import gate_rules as gr
from app.services import gate_visitors as gv
from app.services import lookups
from app.services.catalog import DashboardItem, HandoverSection, RegisterSource
from app.services.context import ServiceContext
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.excel.spec import Col, RegisterSpec

VISITOR_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "来访登记簿"), sheet_name=QT_TRANSLATE_NOOP("Registers", "来访登记"),
    mark_key="late",
    columns=(Col("entry_no", QT_TRANSLATE_NOOP("Columns", "登记号"), width=15),
             Col("time_in", QT_TRANSLATE_NOOP("Columns", "来访时间"), "datetime", 17),
             Col("visitor_name", QT_TRANSLATE_NOOP("Columns", "来访人"), total="count"),
             Col("id_type", QT_TRANSLATE_NOOP("Columns", "证件类型"), values="gate.id_type"),
             Col("id_no", QT_TRANSLATE_NOOP("Columns", "证件号码"), width=21, personal="id"),
             Col("gender", QT_TRANSLATE_NOOP("Columns", "性别"), width=6, values="gate.gender"),
             Col("relation", QT_TRANSLATE_NOOP("Columns", "身份"), values="gate.relation"),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("visiting_person", QT_TRANSLATE_NOOP("Columns", "被访人")),
             Col("purpose", QT_TRANSLATE_NOOP("Columns", "事由"), width=24),
             Col("time_out", QT_TRANSLATE_NOOP("Columns", "离开时间"), "datetime", 17),
             Col("attendant", QT_TRANSLATE_NOOP("Columns", "值班员")),
             Col("override", QT_TRANSLATE_NOOP("Columns", "主管放行"), width=30),
             Col("late", QT_TRANSLATE_NOOP("Columns", "闭楼未离开"))))
VISITOR_SUMMARY_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "来访统计"), sheet_name=QT_TRANSLATE_NOOP("Registers", "来访统计"),
    landscape=False,
    columns=(Col("relation", QT_TRANSLATE_NOOP("Columns", "身份"), width=14, values="gate.relation"),
             Col("visits", QT_TRANSLATE_NOOP("Columns", "来访人次"), "int"),
             Col("overrides", QT_TRANSLATE_NOOP("Columns", "主管放行"), "int"),
             Col("late", QT_TRANSLATE_NOOP("Columns", "闭楼未离开"), "int")))
GOODS_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "大件/贵重物品出入登记"), sheet_name=QT_TRANSLATE_NOOP("Registers", "物品出入登记"),
    columns=(Col("entry_no", QT_TRANSLATE_NOOP("Columns", "登记号"), width=15),
             Col("logged_at", QT_TRANSLATE_NOOP("Columns", "日期时间"), "datetime", 17),
             Col("direction", QT_TRANSLATE_NOOP("Columns", "出/入"), width=6, values="gate.direction"),
             Col("student_no", QT_TRANSLATE_NOOP("Columns", "学号")),
             Col("student_name", QT_TRANSLATE_NOOP("Columns", "姓名"), total="count"),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("items", QT_TRANSLATE_NOOP("Columns", "物品"), width=30),
             Col("item_count", QT_TRANSLATE_NOOP("Columns", "件数"), "int", total="sum"),
             Col("valuable", QT_TRANSLATE_NOOP("Columns", "贵重")),
             Col("room_leader_note", QT_TRANSLATE_NOOP("Columns", "舍长证明"), width=20),
             Col("slip_no", QT_TRANSLATE_NOOP("Columns", "放行条号"), width=15),
             Col("attendant", QT_TRANSLATE_NOOP("Columns", "值班员")),
             Col("status", QT_TRANSLATE_NOOP("Columns", "状态"))))
OVERRIDE_LINE = QT_TRANSLATE_NOOP("Gate", "{0}：{1}（{2}）")  # supervisor: rules (reason)


def override_text(r) -> str:
    """Who let a visitor in against which rules, and why (in the interface language)."""
    if not r.override_by:
        return ""
    rules = vocab.join(translate("Gate", gr.RULES.get(w, w)) for w in r.warnings)
    return translate("Gate", OVERRIDE_LINE).format(r.override_by, rules, r.override_reason or "")


def _visit_line(r: gv.VisitRow) -> dict:
    """One register line: the stored codes (the engine writes their labels), texts built here."""
    return {**{k: getattr(r, k) for k in r.__slots__}, "override": override_text(r),
            "late": translate("Gate", gr.LATE_FLAG) if r.late else ""}


def fetch_visitors(ctx: ServiceContext, period: Period, building: str | None):
    rows = gv.list_visits(ctx, start=period.start_dt, end=period.end_dt,
                          building_id=lookups.building_id(ctx, building))
    lines = [_visit_line(r) for r in reversed(rows)]
    counts = Counter(r.relation for r in rows)
    summary = [{"relation": code, "visits": counts[code],
                "overrides": sum(1 for r in rows if r.relation == code and r.override_by),
                "late": sum(1 for r in rows if r.relation == code and r.late)} for code in gv.RELATIONS if counts[code]]
    summary.append({"relation": translate("Values", "合计"), "visits": len(rows),
                    "overrides": sum(1 for r in rows if r.override_by), "late": sum(1 for r in rows if r.late)})
    return VISITOR_SPEC, lines, [(VISITOR_SUMMARY_SPEC, summary)]


def fetch_goods(ctx: ServiceContext, period: Period, building: str | None):
    rows = gg.list_goods(ctx, start=period.start_dt, end=period.end_dt, building_id=lookups.building_id(ctx, building))
    lines = [{**{k: getattr(r, k) for k in r.__slots__},
              "valuable": translate("Values", "是") if r.valuable else "",
              "status": translate("Gate", gg.VOIDED) if r.voided else ""}
             for r in reversed(rows)]
    return GOODS_SPEC, lines


REGISTERS = [RegisterSource("visitors", QT_TRANSLATE_NOOP("Registers", "来访登记"), fetch_visitors),
             RegisterSource("dorm-goods", QT_TRANSLATE_NOOP("Registers", "大件/贵重物品出入登记"), fetch_goods)]


def inside_lines(ctx: ServiceContext, start: dt.datetime, end: dt.datetime) -> list[str]:
    """Visitors still inside at hand-over, those past closing time first (ID numbers as the actor sees them)."""
    rows = [r for r in gv.list_visits(ctx, inside_only=True) if r.time_in <= end]
    rows.sort(key=lambda r: (not r.late, r.time_in))
    return [f"{r.entry_no} {r.visitor_name}（{gv.RELATIONS.get(r.relation, r.relation)}）→ {r.building} "
            f"{r.room_no or ''} {r.visiting_person}，{r.time_in:%m-%d %H:%M} 来访" + (f"，{gr.LATE_FLAG}" if r.late else "")
            for r in rows]


HANDOVER_SECTIONS = [HandoverSection(44, QT_TRANSLATE_NOOP("Handover", "仍在楼内的来访人员"), inside_lines)]


def count_late(ctx: ServiceContext) -> int:
    """Visitors still inside after today's closing time (or since an earlier day)."""
    now = ctx.now()
    with ctx.read("visitors.view") as s:
        close = gr.closing_at(s, now.date())
        stmt = select(func.count()).select_from(VisitorEntry).where(VisitorEntry.time_out.is_(None))
        stmt = stmt.where(VisitorEntry.time_in < now.replace(hour=0, minute=0, second=0, microsecond=0)) \
            if now < close else stmt
        return s.scalar(ctx.scope_filter(stmt, VisitorEntry.building_id)) or 0


DASHBOARD = [DashboardItem(44, "gate.visitors_late", QT_TRANSLATE_NOOP("Dashboard", "闭楼未离开的访客"), "frontdesk",
                           count_late, filter="visitors_late")]
