"""The repair module's catalog hooks: the navigation badge and the home page's numbers (slips past
their time limit, slips awaiting acceptance), the handover sheet's open urgent repairs and the
assessment facts (slips past their time limit, per building, in the period)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app import vocab
from app.db.models.repairs import RepairSlip
from app.db.models.residents import Building, Room, Staff
from app.services.catalog import Badge, DashboardItem, HandoverSection
from app.services.context import ServiceContext
from app.services.repairs import OPEN_STATUSES, STATUS_LABELS, overdue_clause
from app.texts import QT_TRANSLATE_NOOP, translate

_FACT_TEXTS = (QT_TRANSLATE_NOOP("Assessments", "，实际 {done} 完成"), QT_TRANSLATE_NOOP("Assessments", "，至今未完成"),
               QT_TRANSLATE_NOOP("Assessments", "维修单超时未完成 {building} {room} {category}"),
               QT_TRANSLATE_NOOP("Assessments", "{no} 应于 {due} 前完成"))


def count_overdue(ctx: ServiceContext) -> int:
    stmt = ctx.scope_filter(select(func.count()).select_from(RepairSlip).where(overdue_clause(ctx.now())),
                            RepairSlip.building_id)
    with ctx.read("repairs.view") as s:
        return s.scalar(stmt) or 0


def count_awaiting_acceptance(ctx: ServiceContext) -> int:
    stmt = ctx.scope_filter(select(func.count()).select_from(RepairSlip).where(RepairSlip.status == "completed"),
                            RepairSlip.building_id)
    with ctx.read("repairs.view") as s:
        return s.scalar(stmt) or 0


def open_urgent_lines(ctx: ServiceContext, start: dt.datetime, end: dt.datetime) -> list[str]:
    """The handover sheet: urgent slips still open at the end of the shift."""
    worker = aliased(Staff)
    stmt = ctx.scope_filter(
        select(RepairSlip.slip_no, Building.name, Room.room_no, RepairSlip.category, RepairSlip.fault_description,
               RepairSlip.status, worker.name)
        .join(Building, RepairSlip.building_id == Building.id).join(Room, RepairSlip.room_id == Room.id)
        .outerjoin(worker, RepairSlip.repairer_id == worker.id)
        .where(RepairSlip.urgency == "high", RepairSlip.status.in_(OPEN_STATUSES), RepairSlip.reported_at < end)
        .order_by(RepairSlip.reported_at), RepairSlip.building_id)
    with ctx.read("repairs.view") as s:
        return [f"{no} {b} {r} {vocab.label('repairs.category', c)}：{f[:30]}（{STATUS_LABELS[st]}{'，' + w if w else ''}）"
                for no, b, r, c, f, st, w in s.execute(stmt)]


def overdue_facts(ctx: ServiceContext, period) -> list[dict]:
    """ASSESSMENT_FACTS: one fact per slip whose completion limit fell in the period and was missed."""
    now = ctx.now()
    stmt = ctx.scope_filter(
        select(RepairSlip.id, RepairSlip.slip_no, RepairSlip.building_id, Building.name, Room.room_no,
               RepairSlip.category, RepairSlip.due_at, RepairSlip.completed_at, RepairSlip.status)
        .join(Building, RepairSlip.building_id == Building.id).join(Room, RepairSlip.room_id == Room.id)
        .where(RepairSlip.due_at >= period.start_dt, RepairSlip.due_at < period.end_dt,
               RepairSlip.status != "voided"), RepairSlip.building_id)
    facts = []
    with ctx.read("repairs.view") as s:
        for id_, no, bid, bname, room_no, cat, due, done, status in s.execute(stmt):
            late = (done is not None and done > due) or (done is None and status in OPEN_STATUSES and now > due)
            if late:
                finished = (translate("Assessments", "，实际 {done} 完成").format(done=f"{done:%Y-%m-%d %H:%M}")
                            if done else translate("Assessments", "，至今未完成"))
                facts.append({"building_id": bid, "date": due, "source": "repairs", "ref": f"R1:{id_}",
                              "title": translate("Assessments", "维修单超时未完成 {building} {room} {category}").format(
                                  building=bname, room=room_no, category=vocab.label("repairs.category", cat)),
                              "detail": translate("Assessments", "{no} 应于 {due} 前完成").format(
                                  no=no, due=f"{due:%Y-%m-%d %H:%M}") + finished})
    return facts


BADGES = [Badge("repairs", count_overdue)]
DASHBOARD = [
    DashboardItem(30, "repairs.overdue", QT_TRANSLATE_NOOP("Dashboard", "超时维修单"), "repairs", count_overdue,
                  filter="overdue"),
    DashboardItem(31, "repairs.awaiting", QT_TRANSLATE_NOOP("Dashboard", "待验收维修单"), "repairs",
                  count_awaiting_acceptance, filter="completed"),
]
HANDOVER_SECTIONS = [HandoverSection(30, QT_TRANSLATE_NOOP("Handover", "未完成的紧急维修"), open_urgent_lines)]
ASSESSMENT_FACTS = [overdue_facts]
