"""Return visits in figures: the visit register (回访登记, through the one register engine, also a
section of the monthly pack), the V3 monthly analysis (rates achieved against target per kind, the
satisfaction distribution, repeat complaints ≥2 and repeat repairs ≥3 found automatically, the
nonconforming visits with their corrective actions) as an Excel workbook with native charts and an A4
PDF for the supervisor's signature, and the home page's numbers."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select

from app import vocab
from app.db.models.frontdesk import Complaint
from app.db.models.repairs import RepairSlip
from app.db.models.residents import Building, Room
from app.db.models.visits import ReturnVisit
from app.services import config, lookups, visits, visits_forms, visits_plan
from app.services.catalog import Badge, DashboardItem, HandoverSection, PrintSource, RegisterSource
from app.services.context import ServiceContext
from app.services.periods import Period, parse_month
from app.texts import QT_TRANSLATE_NOOP, translate
from reports.excel.spec import Col, RegisterMeta, RegisterSpec

REPEAT_WINDOW_DAYS = 90
TOTAL = QT_TRANSLATE_NOOP("Values", "合计")
NONCONFORMING, OVERDUE = QT_TRANSLATE_NOOP("Visits", "不合格"), QT_TRANSLATE_NOOP("Visits", "超期")
VISIT_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "回访记录登记"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "回访登记"), mark_key="flag",
    columns=(Col("visit_no", QT_TRANSLATE_NOOP("Columns", "回访编号"), width=15),
             Col("type", QT_TRANSLATE_NOOP("Columns", "回访类别"), values="visits.type"),
             Col("source_no", QT_TRANSLATE_NOOP("Columns", "关联单据"), width=15),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("interviewee", QT_TRANSLATE_NOOP("Columns", "受访人"), total="count"),
             Col("method", QT_TRANSLATE_NOOP("Columns", "回访方式"), values="common.visit_method"),
             Col("due_date", QT_TRANSLATE_NOOP("Columns", "应回访日期"), "date"),
             Col("visit_date", QT_TRANSLATE_NOOP("Columns", "回访日期"), "datetime", 17),
             Col("satisfaction", QT_TRANSLATE_NOOP("Columns", "满意程度")),
             Col("feedback", QT_TRANSLATE_NOOP("Columns", "反馈意见"), width=28),
             Col("visitor", QT_TRANSLATE_NOOP("Columns", "回访人")),
             Col("supervisor_comment", QT_TRANSLATE_NOOP("Columns", "主管审核意见"), width=20),
             Col("status", QT_TRANSLATE_NOOP("Columns", "状态"), values="visits.status"),
             Col("flag", QT_TRANSLATE_NOOP("Columns", "超期/不合格"))))
RATE_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "回访率（按类别）"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "回访率"), landscape=False,
    columns=(Col("type", QT_TRANSLATE_NOOP("Columns", "回访类别"), width=12),
             Col("total", QT_TRANSLATE_NOOP("Columns", "应访对象"), "int"),
             Col("required", QT_TRANSLATE_NOOP("Columns", "应回访"), "int"),
             Col("done", QT_TRANSLATE_NOOP("Columns", "已回访"), "int"),
             Col("planned", QT_TRANSLATE_NOOP("Columns", "计划中"), "int"),
             Col("achieved", QT_TRANSLATE_NOOP("Columns", "实际回访率"), width=12),
             Col("target", QT_TRANSLATE_NOOP("Columns", "目标回访率"), width=12),
             Col("met", QT_TRANSLATE_NOOP("Columns", "是否达标"))))
DIST_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "满意度分布"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "满意度"), landscape=False,
    columns=(Col("type", QT_TRANSLATE_NOOP("Columns", "回访类别"), width=12),
             Col("a", QT_TRANSLATE_NOOP("Columns", "A 满意"), "int"),
             Col("b", QT_TRANSLATE_NOOP("Columns", "B 较满意"), "int"),
             Col("c", QT_TRANSLATE_NOOP("Columns", "C 不满意"), "int"),
             Col("rate", QT_TRANSLATE_NOOP("Columns", "满意率"), width=12)))
REPEAT_COMPLAINT_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "重复投诉（同一事项两次及以上）"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "重复投诉"), landscape=False,
    columns=(Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="frontdesk.complaint_category"),
             Col("times", QT_TRANSLATE_NOOP("Columns", "次数"), "int"),
             Col("numbers", QT_TRANSLATE_NOOP("Columns", "投诉编号"), width=50)))
REPEAT_REPAIR_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "重复维修（同一故障三次及以上）"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "重复维修"), landscape=False,
    columns=(Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="repairs.category"),
             Col("times", QT_TRANSLATE_NOOP("Columns", "次数"), "int"),
             Col("numbers", QT_TRANSLATE_NOOP("Columns", "维修单号"), width=50)))
ACTION_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "不合格回访与纠正措施"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "纠正措施"),
    columns=(Col("visit_no", QT_TRANSLATE_NOOP("Columns", "回访编号"), width=15),
             Col("type", QT_TRANSLATE_NOOP("Columns", "回访类别"), values="visits.type"),
             Col("source_no", QT_TRANSLATE_NOOP("Columns", "关联单据"), width=15),
             Col("feedback", QT_TRANSLATE_NOOP("Columns", "住户意见"), width=30),
             Col("action", QT_TRANSLATE_NOOP("Columns", "处理意见/纠正措施"), width=30),
             Col("complaint_no", QT_TRANSLATE_NOOP("Columns", "转投诉编号"), width=15),
             Col("attempt", QT_TRANSLATE_NOOP("Columns", "回访次数"), "int")))
SIGNOUT_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "回访记录签收表"),
    sheet_name=QT_TRANSLATE_NOOP("Registers", "签收表"), landscape=False,
    columns=(Col("date", QT_TRANSLATE_NOOP("Columns", "日期"), "date"),
             Col("form_nos", QT_TRANSLATE_NOOP("Columns", "表单编号"), width=36),
             Col("qty", QT_TRANSLATE_NOOP("Columns", "数量"), "int", total="sum"),
             Col("received_by", QT_TRANSLATE_NOOP("Columns", "领表人")),
             Col("issued_by", QT_TRANSLATE_NOOP("Columns", "发表人")),
             Col("returned_date", QT_TRANSLATE_NOOP("Columns", "交回日期"), "date"),
             Col("returned_qty", QT_TRANSLATE_NOOP("Columns", "交回数量"), "int", total="sum")))


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"


@dataclass
class Analysis:
    """V3 回访月度统计分析."""

    period: Period
    rates: list[dict]
    distribution: list[dict]
    repeat_complaints: list[dict]
    repeat_repairs: list[dict]
    actions: list[dict]
    visits: list
    signouts: list

    @property
    def done(self) -> int:
        return sum(1 for v in self.visits if v.visit_date and v.status in visits.DONE)


def _made_in(rows, period: Period) -> list:
    return [r for r in rows if r.visit_date and period.start_dt <= r.visit_date < period.end_dt
            and r.status in visits.DONE]


def _rates(ctx: ServiceContext, period: Period, rows) -> list[dict]:
    plans = {p.kind: p for p in visits_plan.propose(ctx, period)}
    out = []
    with ctx.read() as s:
        for kind, label in visits.VISIT_TYPES.items():
            if kind in plans:
                p = plans[kind]
                total, required, done, planned, target = p.total, p.required, p.visited, p.planned, p.rate
            else:
                mine = [r for r in rows if r.visit_type == kind and r.status != "cancelled"]
                if not mine:
                    continue
                total = required = len(mine)
                done = sum(1 for r in mine if r.status in visits.DONE)
                planned = total - done
                target = float(config.get_in(s, visits_plan.RATE_KEYS[kind]))
            out.append({"type": translate("Visits", label), "total": total, "required": required, "done": done, "planned": planned,
                        "achieved": _pct(done, total), "target": f"{target:.0%}",
                        "met": translate("Values", "是" if total == 0 or done >= visits_plan.required_visits(total, target)
                                                else "否")})
    return out


def _distribution(made) -> list[dict]:
    out = []
    groups = defaultdict(list)
    for r in made:
        groups[r.type_label].append(r)
    for label, items in [*sorted(groups.items()), (TOTAL, made)]:
        c = Counter(r.satisfaction for r in items)
        out.append({"type": translate("Values" if label == TOTAL else "Visits", label), "total": label == TOTAL, "a": c["good"], "b": c["fair"],
                    "c": c["bad"], "rate": _pct(c["good"] + c["fair"], len(items))})
    return out if made else []


def _repeats(ctx: ServiceContext, period: Period, building_id: int | None) -> tuple[list[dict], list[dict]]:
    """Same room and category: complaints 2+ times, repairs 3+ times, in the 90 days to the month's end,
    at least one of them in the month."""
    since = period.end_dt - dt.timedelta(days=REPEAT_WINDOW_DAYS)
    c_stmt = (select(Building.name, Complaint.room_no, Complaint.category, Complaint.complaint_no, Complaint.received_at)
              .outerjoin(Building, Building.id == Complaint.building_id)
              .where(Complaint.received_at >= since, Complaint.received_at < period.end_dt,
                     Complaint.status != "voided", Complaint.room_no.is_not(None)))
    r_stmt = (select(Building.name, Room.room_no, RepairSlip.category, RepairSlip.slip_no, RepairSlip.reported_at)
              .join(Building, Building.id == RepairSlip.building_id).join(Room, Room.id == RepairSlip.room_id)
              .where(RepairSlip.reported_at >= since, RepairSlip.reported_at < period.end_dt,
                     RepairSlip.status != "voided"))
    if building_id is not None:
        c_stmt = c_stmt.where(Complaint.building_id == building_id)
        r_stmt = r_stmt.where(RepairSlip.building_id == building_id)
    if ctx.actor.building_ids is not None:
        c_stmt = c_stmt.where(or_(Complaint.building_id.is_(None), Complaint.building_id.in_(ctx.actor.building_ids)))
        r_stmt = r_stmt.where(RepairSlip.building_id.in_(ctx.actor.building_ids))
    out = []
    with ctx.read("visits.view") as s:
        for stmt, least in ((c_stmt, 2), (r_stmt, 3)):
            groups = defaultdict(list)
            for b, room, cat, no, at in s.execute(stmt):
                groups[(b or "", room, cat)].append((no, at))
            out.append([{"building": b, "room_no": room, "category": cat, "times": len(items),
                         "numbers": vocab.join(sorted(no for no, _ in items))}
                        for (b, room, cat), items in sorted(groups.items())
                        if len(items) >= least and any(at >= period.start_dt for _, at in items)])
    return out[0], out[1]


def analysis(ctx: ServiceContext, period: Period, building: str | None = None) -> Analysis:
    bid = lookups.building_id(ctx, building)
    rows = visits.list_visits(ctx, start=period.start, end=period.end, building_id=bid)
    made = _made_in(rows, period)
    numbers = {}
    bad = [r for r in rows if r.status in ("nonconforming", "archived") and r.nonconformity_action]
    if bad:
        with ctx.read() as s:
            numbers = dict(s.execute(select(Complaint.id, Complaint.complaint_no).where(
                Complaint.id.in_([r.complaint_id for r in bad if r.complaint_id]))).all())
    actions = [{"visit_no": r.visit_no, "type": translate("Visits", r.type_label), "source_no": r.source_no, "feedback": r.feedback,
                "action": r.nonconformity_action, "complaint_no": numbers.get(r.complaint_id), "attempt": r.attempt}
               for r in bad]
    rc, rr = _repeats(ctx, period, bid)
    return Analysis(period, _rates(ctx, period, rows), _distribution(made), rc, rr, actions, rows,
                    visits_forms.list_signouts(ctx, period.start, period.end))


def _line(r, today) -> dict:
    """One register line: codes for the engine to label, the rating as "A 满意" in the language."""
    flag = NONCONFORMING if r.status == "nonconforming" else (OVERDUE if r.overdue else "")
    rating = f"{r.rating_code} {vocab.label('common.rating', r.satisfaction)}" if r.satisfaction else ""
    return {"visit_no": r.visit_no, "type": r.visit_type, "source_no": r.source_no, "building": r.building,
            "room_no": r.room_no, "interviewee": r.interviewee, "method": r.method, "due_date": r.due_date,
            "visit_date": r.visit_date, "satisfaction": rating,
            "feedback": r.feedback, "visitor": r.visitor, "supervisor_comment": r.supervisor_comment,
            "status": r.status, "flag": translate("Visits", flag) if flag else ""}


def fetch_visits(ctx: ServiceContext, period: Period, building: str | None):
    """The register and the V3 tables as its extra sheets (the monthly pack's section)."""
    a = analysis(ctx, period, building)
    lines = [_line(r, ctx.today()) for r in a.visits]
    return VISIT_SPEC, lines, [(RATE_SPEC, a.rates), (DIST_SPEC, a.distribution),
                               (REPEAT_COMPLAINT_SPEC, a.repeat_complaints), (REPEAT_REPAIR_SPEC, a.repeat_repairs),
                               (ACTION_SPEC, a.actions), (SIGNOUT_SPEC, a.signouts)]


_CHART_WORDS = (QT_TRANSLATE_NOOP("Visits", "各类回访完成数"), QT_TRANSLATE_NOOP("Visits", "回访类别"),
                QT_TRANSLATE_NOOP("Visits", "已回访"), QT_TRANSLATE_NOOP("Visits", "满意度分布"),
                QT_TRANSLATE_NOOP("Visits", "满意程度"), QT_TRANSLATE_NOOP("Visits", "次数"))


def _rating_pairs(dist: dict) -> tuple:
    """The satisfaction distribution as chart categories: ("A 满意", n), ... in the interface language."""
    return tuple((f"{letter} {vocab.label('common.rating', code)}", dist[key])
                 for letter, code, key in (("A", "good", "a"), ("B", "fair", "b"), ("C", "bad", "c")))


def _charts(a: Analysis):
    from reports.excel.charts import ChartData
    total = next((d for d in a.distribution if d["total"]), None)
    t = lambda s: translate("Visits", s)  # noqa: E731 - the words are marked in _CHART_WORDS
    charts = [ChartData(t("各类回访完成数"), t("回访类别"), t("已回访"), tuple((r["type"], r["done"]) for r in a.rates))]
    if total:
        charts.append(ChartData(t("满意度分布"), t("满意程度"), t("次数"), _rating_pairs(total)))
    return charts


def export_analysis(ctx: ServiceContext, period: Period, path: Path, building: str | None = None,
                    progress=None) -> Path:
    """V3 as an Excel workbook: the rate table first, the other tables, the register and native charts."""
    from reports.excel.analysis_book import build_analysis_book
    ctx.require("visits.export")
    spec, lines, extra = fetch_visits(ctx, period, building)
    meta = RegisterMeta(org_name=config.get(ctx, "org.name"), period_label=period.label,
                        building_label=building or "全部", generated_by=ctx.actor.display_name)
    return build_analysis_book([*extra[:5], (spec, lines), extra[5]], _charts(analysis(ctx, period, building)),
                               path, meta, progress)


def print_analysis(ctx: ServiceContext, number: str, path: Path) -> Path:
    """`dormdesk print visit-analysis 2026-09`: V3 on A4 for the supervisor's review and signature."""
    from reports.pdf.analysis_report import build_analysis_pdf
    ctx.require("visits.print")
    period = parse_month(number)
    a = analysis(ctx, period)
    dist = next((d for d in a.distribution if d["total"]), None)
    t = lambda s: translate("Prints", s)  # noqa: E731 - the words are marked in _PRINT_WORDS
    facts = [t("{org}　　期间：{period}　　制表：{who}").format(org=config.get(ctx, "org.name"), period=period.label,
                                                         who=ctx.actor.display_name),
             t("本月完成回访 {done} 次；不合格 {bad} 次；重复投诉 {complaints} 处，重复维修 {repairs} 处。").format(
                 done=len(_made_in(a.visits, period)), bad=len(a.actions), complaints=len(a.repeat_complaints),
                 repairs=len(a.repeat_repairs))]
    sections = [
        ("table", t("一、回访率（实际/目标）"), [t(h) for h in ("类别", "应访对象", "应回访", "已回访", "实际回访率", "目标", "达标")],
         [[r["type"], r["total"], r["required"], r["done"], r["achieved"], r["target"], r["met"]] for r in a.rates]),
        ("chart", t("各类回访实际回访率（%）"),
         [(r["type"], round(100 * r["done"] / r["total"], 1) if r["total"] else 0) for r in a.rates]),
        ("chart", t("二、满意度分布"), list(_rating_pairs(dist)) if dist else []),
        ("table", t("三、重复投诉（同一事项两次及以上）"), [t(h) for h in ("楼栋", "房号", "类别", "次数", "投诉编号")],
         [[r["building"], r["room_no"], vocab.label("frontdesk.complaint_category", r["category"]), r["times"],
           r["numbers"]] for r in a.repeat_complaints]),
        ("table", t("四、重复维修（同一故障三次及以上）"), [t(h) for h in ("楼栋", "房号", "类别", "次数", "维修单号")],
         [[r["building"], r["room_no"], vocab.label("repairs.category", r["category"]), r["times"], r["numbers"]]
          for r in a.repeat_repairs]),
        ("table", t("五、不合格回访与纠正措施"), [t(h) for h in ("回访编号", "关联单据", "住户意见", "处理意见", "转投诉")],
         [[r["visit_no"], r["source_no"], r["feedback"], r["action"], r["complaint_no"]] for r in a.actions]),
    ]
    return build_analysis_pdf(path, t("回访月度统计分析（{0}）").format(period.label), facts, sections,
                              signers=(t("统计（客服中心）"), t("审核（客服主管）"), t("处理（管理处经理）")))


# The V3 print's words, collected for translation (print_analysis translates each as it writes it).
_PRINT_WORDS = (
    QT_TRANSLATE_NOOP("Prints", "{org}　　期间：{period}　　制表：{who}"),
    QT_TRANSLATE_NOOP("Prints", "本月完成回访 {done} 次；不合格 {bad} 次；重复投诉 {complaints} 处，重复维修 {repairs} 处。"),
    QT_TRANSLATE_NOOP("Prints", "一、回访率（实际/目标）"), QT_TRANSLATE_NOOP("Prints", "类别"),
    QT_TRANSLATE_NOOP("Prints", "应访对象"), QT_TRANSLATE_NOOP("Prints", "应回访"), QT_TRANSLATE_NOOP("Prints", "已回访"),
    QT_TRANSLATE_NOOP("Prints", "实际回访率"), QT_TRANSLATE_NOOP("Prints", "目标"), QT_TRANSLATE_NOOP("Prints", "达标"),
    QT_TRANSLATE_NOOP("Prints", "各类回访实际回访率（%）"), QT_TRANSLATE_NOOP("Prints", "二、满意度分布"),
    QT_TRANSLATE_NOOP("Prints", "三、重复投诉（同一事项两次及以上）"), QT_TRANSLATE_NOOP("Prints", "楼栋"),
    QT_TRANSLATE_NOOP("Prints", "房号"), QT_TRANSLATE_NOOP("Prints", "次数"), QT_TRANSLATE_NOOP("Prints", "投诉编号"),
    QT_TRANSLATE_NOOP("Prints", "四、重复维修（同一故障三次及以上）"), QT_TRANSLATE_NOOP("Prints", "维修单号"),
    QT_TRANSLATE_NOOP("Prints", "五、不合格回访与纠正措施"), QT_TRANSLATE_NOOP("Prints", "回访编号"),
    QT_TRANSLATE_NOOP("Prints", "关联单据"), QT_TRANSLATE_NOOP("Prints", "住户意见"),
    QT_TRANSLATE_NOOP("Prints", "处理意见"), QT_TRANSLATE_NOOP("Prints", "转投诉"),
    QT_TRANSLATE_NOOP("Prints", "回访月度统计分析（{0}）"), QT_TRANSLATE_NOOP("Prints", "统计（客服中心）"),
    QT_TRANSLATE_NOOP("Prints", "审核（客服主管）"), QT_TRANSLATE_NOOP("Prints", "处理（管理处经理）"))


def print_visit(ctx: ServiceContext, number: str, path: Path) -> Path:
    """`dormdesk print visit HF2026-000001`: the V1 form, blank for the visitor or filled for the archive."""
    from reports.pdf.visit_record import build_visit_record
    ctx.require("visits.print")
    v = visits.by_number(ctx, number)
    return build_visit_record(v, path, org_name=config.get(ctx, "org.name"), type_label=translate("Visits", v.type_label),
                              status_label=translate("Visits", v.status_label))


def overdue_lines(ctx: ServiceContext, start: dt.datetime, end: dt.datetime) -> list[str]:
    """The handover sheet: visits past their due date."""
    rows = [r for r in visits.list_visits(ctx, open_too=True, start=end.date(), end=end.date()) if r.overdue]
    return [f"{r.visit_no} {r.type_label} {r.source_no or ''} {r.building or ''} {r.room_no or ''} "
            f"{r.interviewee or ''}（应于 {r.due_date:%m-%d} 前回访）" for r in rows]


# Home page and navigation -----------------------------------------------------------------------------
def _count(ctx: ServiceContext, *where) -> int:
    stmt = select(func.count()).select_from(ReturnVisit).where(*where)
    if ctx.actor.building_ids is not None:
        stmt = stmt.where(or_(ReturnVisit.building_id.is_(None), ReturnVisit.building_id.in_(ctx.actor.building_ids)))
    with ctx.read("visits.view") as s:
        return s.scalar(stmt) or 0


def count_overdue(ctx: ServiceContext) -> int:
    """Visits still to make past their due date."""
    return _count(ctx, ReturnVisit.status.in_(visits.OPEN), ReturnVisit.due_date < ctx.today())


def count_to_review(ctx: ServiceContext) -> int:
    return _count(ctx, ReturnVisit.status == "visited")


REGISTERS = [RegisterSource("visits", QT_TRANSLATE_NOOP("Registers", "回访记录登记"), fetch_visits)]
PRINTS = [PrintSource("visit", "回访记录表", print_visit),
          PrintSource("visit-analysis", "回访月度统计分析", print_analysis)]
HANDOVER_SECTIONS = [HandoverSection(48, QT_TRANSLATE_NOOP("Handover", "超期未回访"), overdue_lines)]
BADGES = [Badge("visits", count_overdue)]
DASHBOARD = [
    DashboardItem(48, "visits.overdue", QT_TRANSLATE_NOOP("Dashboard", "超期未回访"), "visits", count_overdue,
                  filter="overdue"),
    DashboardItem(49, "visits.review", QT_TRANSLATE_NOOP("Dashboard", "待主管审核的回访"), "visits", count_to_review,
                  filter="visited"),
]
