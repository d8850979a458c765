"""The repair registers (维修登记簿 with a summary sheet, 公物损坏赔偿登记) and the prints
(`dormdesk print repair-slip WX2026-000001`, `dormdesk print damage-notice PC2026-000001`).

The summary answers the supervisor's monthly questions without a pivot table: slips per category,
done, on time and the on-time rate, average hours to complete, emergencies, chargeable slips and
income; a third sheet lists repeat faults (same room and category ≥ 3 times in the period).
"""
from __future__ import annotations

import decimal
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from app.services import config, lookups, privacy, repairs, repairs_fees
from app.services.catalog import PrintSource, RegisterSource
from app.services.context import ServiceContext
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP
from reports.excel.spec import Col, RegisterSpec

REPAIR_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "维修登记簿"), sheet_name=QT_TRANSLATE_NOOP("Registers", "维修登记"), mark_key="late",
    columns=(Col("slip_no", QT_TRANSLATE_NOOP("Columns", "单号"), width=15),
             Col("reported_at", QT_TRANSLATE_NOOP("Columns", "报修时间"), "datetime", 17),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="repairs.category", total="count"),
             Col("urgency", QT_TRANSLATE_NOOP("Columns", "紧急程度"), values="repairs.urgency"),
             Col("fault_description", QT_TRANSLATE_NOOP("Columns", "故障"), width=30),
             Col("reporter_name", QT_TRANSLATE_NOOP("Columns", "报修人")),
             Col("status", QT_TRANSLATE_NOOP("Columns", "状态"), values="repairs.status"),
             Col("charge", QT_TRANSLATE_NOOP("Columns", "收费"), values="common.words"),
             Col("total_fee", QT_TRANSLATE_NOOP("Columns", "金额"), "money", total="sum"),
             Col("repairer", QT_TRANSLATE_NOOP("Columns", "维修人")),
             Col("completed_at", QT_TRANSLATE_NOOP("Columns", "完成时间"), "datetime", 17),
             Col("hours", QT_TRANSLATE_NOOP("Columns", "用时(小时)"), "number"),
             Col("on_time", QT_TRANSLATE_NOOP("Columns", "按时"), values="common.words"),
             Col("accepted", QT_TRANSLATE_NOOP("Columns", "验收"), values="common.words"),
             Col("satisfaction", QT_TRANSLATE_NOOP("Columns", "满意度"), values="common.rating"),
             Col("repeat", QT_TRANSLATE_NOOP("Columns", "重复次数"), "int")))

SUMMARY_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "维修情况汇总"), sheet_name=QT_TRANSLATE_NOOP("Registers", "汇总"), landscape=False,
    columns=(Col("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="repairs.category", width=10),
             Col("count", QT_TRANSLATE_NOOP("Columns", "报修数"), "int"),
             Col("done", QT_TRANSLATE_NOOP("Columns", "已完成"), "int"),
             Col("on_time", QT_TRANSLATE_NOOP("Columns", "按时完成"), "int"),
             Col("on_time_rate", QT_TRANSLATE_NOOP("Columns", "按时率")),
             Col("avg_hours", QT_TRANSLATE_NOOP("Columns", "平均用时(小时)"), "number"),
             Col("urgent", QT_TRANSLATE_NOOP("Columns", "紧急"), "int"),
             Col("voided", QT_TRANSLATE_NOOP("Columns", "作废"), "int"),
             Col("charged", QT_TRANSLATE_NOOP("Columns", "收费单数"), "int"),
             Col("income", QT_TRANSLATE_NOOP("Columns", "收费金额"), "money")))

REPEAT_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "重复故障（同一房间同一类别）"), sheet_name=QT_TRANSLATE_NOOP("Registers", "重复故障"), landscape=False,
    columns=(Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="repairs.category"),
             Col("times", QT_TRANSLATE_NOOP("Columns", "次数"), "int"),
             Col("slip_nos", QT_TRANSLATE_NOOP("Columns", "单号"), width=60)))

NOTICE_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "公物损坏赔偿登记"), sheet_name=QT_TRANSLATE_NOOP("Registers", "公物损坏赔偿"), mark_key="overdue",
    columns=(Col("notice_no", QT_TRANSLATE_NOOP("Columns", "通知单号"), width=15),
             Col("issue_date", QT_TRANSLATE_NOOP("Columns", "开具日期"), "date"),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("responsible_students", QT_TRANSLATE_NOOP("Columns", "责任人"), width=24),
             Col("damaged_item", QT_TRANSLATE_NOOP("Columns", "物品")),
             Col("damage_cause", QT_TRANSLATE_NOOP("Columns", "损坏原因"), values="repairs.cause"),
             Col("price_basis", QT_TRANSLATE_NOOP("Columns", "计价依据"), values="common.words"),
             Col("amount", QT_TRANSLATE_NOOP("Columns", "金额"), "money", total="sum"),
             Col("due_date", QT_TRANSLATE_NOOP("Columns", "应缴日期"), "date"),
             Col("status", QT_TRANSLATE_NOOP("Columns", "状态"), values="repairs.notice_status"),
             Col("paid_date", QT_TRANSLATE_NOOP("Columns", "缴费日期"), "date"),
             Col("receipt_no", QT_TRANSLATE_NOOP("Columns", "收据号")),
             Col("slip_no", QT_TRANSLATE_NOOP("Columns", "维修单号"), width=15)))


@dataclass(frozen=True)
class RegisterLine:
    slip_no: str
    reported_at: object
    building: str
    room_no: str
    category: str
    urgency: str
    fault_description: str
    reporter_name: str
    status: str
    charge: str
    total_fee: decimal.Decimal
    repairer: str | None
    completed_at: object
    hours: float | None
    on_time: str
    accepted: str
    satisfaction: str | None
    repeat: int
    late: bool


def _hours(r) -> float | None:
    if r.completed_at is None:
        return None
    return round((r.completed_at - r.reported_at).total_seconds() / 3600, 1)


def register_lines(rows) -> list[RegisterLine]:
    out = []
    for r in sorted(rows, key=lambda r: r.slip_no):
        on_time = "" if r.completed_at is None or r.due_at is None else ("是" if r.completed_at <= r.due_at else "否")
        out.append(RegisterLine(
            r.slip_no, r.reported_at, r.building, r.room_no, r.category, r.urgency, r.fault_description,
            r.reporter_name, repairs.STATUS_LABELS[r.status],
            "" if r.chargeable is None else ("收费" if r.chargeable else "免费"),
            r.total_fee if r.chargeable and r.status != "voided" else decimal.Decimal(0), r.repairer,
            r.completed_at, _hours(r), on_time, "已验收" if r.status in ("accepted", "visited", "closed") else "",
            r.satisfaction, r.repeat_count, on_time == "否" or bool(r.overdue)))
    return out


def summary(rows) -> list[dict]:
    """Per category code (in the form's order) and a 合计 line."""
    groups = defaultdict(list)
    for r in rows:
        groups[r.category].append(r)

    def line(name, items):
        live = [r for r in items if r.status != "voided"]
        done = [r for r in live if r.completed_at is not None]
        timed = [r for r in done if r.due_at is not None and r.completed_at <= r.due_at]
        hours = [_hours(r) for r in done]
        charged = [r for r in live if r.chargeable]
        return {"category": name, "count": len(live), "done": len(done), "on_time": len(timed),
                "on_time_rate": f"{len(timed) / len(done):.1%}" if done else "—",
                "avg_hours": round(sum(hours) / len(hours), 1) if hours else None,
                "urgent": sum(1 for r in live if r.urgency == "high"),
                "voided": len(items) - len(live), "charged": len(charged),
                "income": sum((r.total_fee for r in charged), decimal.Decimal(0))}

    out = [line(cat, groups[cat]) for cat in repairs.CATEGORIES if groups.get(cat)]
    out.append(line("合计", list(rows)))
    return out


def repeat_faults(rows, threshold: int) -> list[dict]:
    groups = defaultdict(list)
    for r in rows:
        if r.status != "voided":
            groups[(r.building, r.room_no, r.category)].append(r.slip_no)
    return [{"building": b, "room_no": room, "category": cat, "times": len(nos), "slip_nos": "、".join(sorted(nos))}
            for (b, room, cat), nos in sorted(groups.items()) if len(nos) >= threshold]


def fetch_repairs(ctx: ServiceContext, period: Period, building: str | None):
    rows = repairs.list_slips(ctx, start=period.start_dt, end=period.end_dt,
                              building_id=lookups.building_id(ctx, building))
    threshold = config.get(ctx, "repairs.repeat_threshold")
    return (REPAIR_SPEC, register_lines(rows),
            [(SUMMARY_SPEC, summary(rows)), (REPEAT_SPEC, repeat_faults(rows, threshold))])


def fetch_notices(ctx: ServiceContext, period: Period, building: str | None):
    rows = repairs_fees.list_notices(ctx, period.start, period.end, lookups.building_id(ctx, building))
    return NOTICE_SPEC, rows


VISIT_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "维修回访登记"), sheet_name=QT_TRANSLATE_NOOP("Registers", "维修回访"), mark_key="unsatisfied",
    columns=(Col("visited_at", QT_TRANSLATE_NOOP("Columns", "回访时间"), "datetime", 17),
             Col("slip_no", QT_TRANSLATE_NOOP("Columns", "派工单号"), width=15),
             Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
             Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号")),
             Col("category", QT_TRANSLATE_NOOP("Columns", "类别"), values="repairs.category"),
             Col("repairer", QT_TRANSLATE_NOOP("Columns", "维修人")),
             Col("interviewee", QT_TRANSLATE_NOOP("Columns", "受访人"), total="count"),
             Col("method", QT_TRANSLATE_NOOP("Columns", "方式"), values="common.visit_method"),
             Col("satisfaction", QT_TRANSLATE_NOOP("Columns", "评价"), values="common.rating"),
             Col("notes", QT_TRANSLATE_NOOP("Columns", "住户意见"), width=30),
             Col("visitor", QT_TRANSLATE_NOOP("Columns", "回访人"))))

RATE_SPEC = RegisterSpec(
    title=QT_TRANSLATE_NOOP("Registers", "维修回访率"), sheet_name=QT_TRANSLATE_NOOP("Registers", "回访率"), landscape=False,
    columns=(Col("item", QT_TRANSLATE_NOOP("Columns", "项目"), values="common.words", width=24),
             Col("value", QT_TRANSLATE_NOOP("Columns", "数值"), width=14)))


def fetch_visits(ctx: ServiceContext, period: Period, building: str | None):
    """The visits of the period, and a sheet with the rate achieved against `repairs.visit_rate`."""
    from app.services import repairs_visits
    visits = repairs_visits.visits_in(ctx, period, lookups.building_id(ctx, building))
    plan = repairs_visits.propose_visits(ctx, period)
    rated = [v for v in visits if v["satisfaction"]]
    pleased = sum(1 for v in rated if v["satisfaction"] in ("good", "fair"))
    rate = [{"item": QT_TRANSLATE_NOOP("Values", "本期完成维修（张）"), "value": plan.total},
            {"item": QT_TRANSLATE_NOOP("Values", "应回访（张）"), "value": plan.required},
            {"item": QT_TRANSLATE_NOOP("Values", "已回访（张）"), "value": plan.visited},
            {"item": QT_TRANSLATE_NOOP("Values", "回访率"), "value": f"{plan.visited / plan.total:.1%}" if plan.total else "—"},
            {"item": QT_TRANSLATE_NOOP("Values", "目标回访率"), "value": f"{plan.rate:.0%}"},
            {"item": QT_TRANSLATE_NOOP("Values", "本期回访次数"), "value": len(visits)},
            {"item": QT_TRANSLATE_NOOP("Values", "满意率（满意+较满意）"), "value": f"{pleased / len(rated):.1%}" if rated else "—"},
            {"item": QT_TRANSLATE_NOOP("Values", "不满意（次）"), "value": sum(1 for v in rated if v["satisfaction"] == "bad")}]
    return VISIT_SPEC, visits, [(RATE_SPEC, rate)]


REGISTERS = [RegisterSource("repairs", QT_TRANSLATE_NOOP("Registers", "维修登记簿"), fetch_repairs),
             RegisterSource("damage-notices", QT_TRANSLATE_NOOP("Registers", "公物损坏赔偿登记"), fetch_notices),
             RegisterSource("repair-visits", QT_TRANSLATE_NOOP("Registers", "维修回访登记"), fetch_visits)]


def print_repair_slip(ctx: ServiceContext, number: str, path: Path, copies: int | None = None) -> Path:
    from reports.pdf.repair_slip import build_repair_slip
    ctx.require("repairs.print")
    slip = repairs.detail(ctx, repairs.slip_id_by_number(ctx, number))
    phone = privacy.show(ctx, slip.slip.get("reporter_phone"), "phone")
    slip = replace(slip, slip={**slip.slip, "reporter_phone": phone})
    with ctx.read() as s:  # one session for the three settings
        org, default_copies, labels = (config.get_in(s, k) for k in ("org.name", "repairs.slip_copies",
                                                                       "repairs.copy_labels"))
    return build_repair_slip(slip, path, org_name=org, copies=copies or default_copies, copy_labels=labels)


def print_damage_notice(ctx: ServiceContext, number: str, path: Path) -> Path:
    from reports.pdf.damage_notice import build_damage_notice
    ctx.require("repairs.print")
    notice = repairs_fees.get_notice(ctx, number=(number or "").strip())
    return build_damage_notice(notice, path, org_name=config.get(ctx, "org.name"))


PRINTS = [PrintSource("repair-slip", "维修单（派工单）", print_repair_slip),
          PrintSource("damage-notice", "公物损坏赔偿通知单", print_damage_notice)]
