"""Reading move-outs: list rows, one move-out with its inspections, the 迁出登记 register, the
inspection notice print (`dormdesk print inspection-notice AJ2026-000001`) and the dashboard count
of move-outs due this week."""
from __future__ import annotations

import datetime as dt
import decimal
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from app.db.models.release import MoveOut, MoveOutInspection, ReleaseSlip
from app.db.models.residents import Building
from app.errors import NotFound
from app.services import catalog, config, lookups
from app.services.context import ServiceContext
from app.services.moveout import KIND_LABELS, STATUS_LABELS
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP
from reports.excel.spec import Col, RegisterSpec

OPEN = ("applied", "fees_settled", "inspection_requested", "inspection_passed", "inspection_failed", "slip_issued")


@dataclass(frozen=True)
class InspectionRow:
    """One inspection (O4) of a move-out."""

    notice_no: str
    result: str
    inspection_date: dt.date
    inspectors: str | None
    defects: str | None
    rectification_deadline: dt.date | None
    gm_stamped: bool


@dataclass(frozen=True)
class MoveOutRow:
    """A move-out as the lists and the register show it."""

    id: int
    application_no: str
    kind: str
    kind_label: str
    status: str
    status_label: str
    building_id: int
    building: str
    unit_no: str | None
    tenant_name: str
    owner_name: str | None
    contact_phone: str | None
    apply_date: dt.date
    planned_date: dt.date
    override_reason: str | None
    fees_settled: bool
    arrears_amount: decimal.Decimal | None
    inspection_result: str
    slip_nos: str
    student_id: int | None
    party_id: int | None
    moved_out_date: dt.date | None
    version: int
    inspections: tuple[InspectionRow, ...] = ()


def _row(m: MoveOut, building: str, slips: list[str]) -> MoveOutRow:
    last = m.inspections[-1] if m.inspections else None
    return MoveOutRow(
        m.id, m.application_no, m.kind, KIND_LABELS[m.kind], m.status, STATUS_LABELS[m.status], m.building_id,
        building, m.unit_no, m.tenant_name, m.owner_name, m.contact_phone, m.apply_date, m.planned_date,
        m.override_reason, m.fees_settled_at is not None, m.arrears_amount, last.result if last else "not_done",
        "、".join(slips), m.student_id, m.party_id, m.moved_out_date, m.version,
        tuple(InspectionRow(i.notice_no, i.result, i.inspection_date, i.inspectors, i.defects,
                            i.rectification_deadline, i.gm_stamped) for i in m.inspections))


def list_move_outs(ctx: ServiceContext, *, status: str | None = None, open_only: bool = False,
                   due_until: dt.date | None = None, period: Period | None = None,
                   building_id: int | None = None) -> list[MoveOutRow]:
    stmt = (select(MoveOut, Building.name).join(Building, MoveOut.building_id == Building.id)
            .options(selectinload(MoveOut.inspections)).order_by(MoveOut.planned_date, MoveOut.id))
    if status:
        stmt = stmt.where(MoveOut.status == status)
    if open_only:
        stmt = stmt.where(MoveOut.status.in_(OPEN))
    if due_until:
        stmt = stmt.where(MoveOut.planned_date <= due_until)
    if period:
        stmt = stmt.where(MoveOut.apply_date >= period.start, MoveOut.apply_date <= period.end)
    if building_id:
        stmt = stmt.where(MoveOut.building_id == building_id)
    stmt = ctx.scope_filter(stmt, MoveOut.building_id)
    with ctx.read("moveouts.view") as s:
        found = s.execute(stmt).all()
        slips: dict[int, list[str]] = {}
        ids = [m.id for m, _ in found]
        if ids:
            for mid, no in s.execute(select(ReleaseSlip.move_out_id, ReleaseSlip.slip_no).where(
                    ReleaseSlip.move_out_id.in_(ids), ReleaseSlip.slip_no.is_not(None))):
                slips.setdefault(mid, []).append(no)
        return [_row(m, b, slips.get(m.id, [])) for m, b in found]


def get_move_out(ctx: ServiceContext, move_out_id: int) -> MoveOutRow:
    with ctx.read("moveouts.view") as s:
        m = s.get(MoveOut, move_out_id)
        if m is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "迁出申请不存在。"))
        ctx.require_building(m.building_id)
        slips = list(s.scalars(select(ReleaseSlip.slip_no).where(ReleaseSlip.move_out_id == m.id,
                                                                ReleaseSlip.slip_no.is_not(None))))
        return _row(m, s.get(Building, m.building_id).name, slips)


def week_end(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=6 - today.weekday())


def count_due_this_week(ctx: ServiceContext) -> int:
    stmt = ctx.scope_filter(select(func.count()).select_from(MoveOut).where(
        MoveOut.status.in_(OPEN), MoveOut.planned_date <= week_end(ctx.today())), MoveOut.building_id)
    with ctx.read("moveouts.view") as s:
        return s.scalar(stmt) or 0


# Register ------------------------------------------------------------------------------------
MOVE_OUT_REGISTER = RegisterSpec(title=QT_TRANSLATE_NOOP("Registers", "迁出登记"), columns=(
    Col("application_no", QT_TRANSLATE_NOOP("Columns", "申请编号"), width=16),
    Col("kind_label", QT_TRANSLATE_NOOP("Columns", "类型"), values="moveout.kind"),
    Col("apply_date", QT_TRANSLATE_NOOP("Columns", "申请日"), "date"),
    Col("planned_date", QT_TRANSLATE_NOOP("Columns", "迁出日"), "date"),
    Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")), Col("unit_no", QT_TRANSLATE_NOOP("Columns", "房号")),
    Col("tenant_name", QT_TRANSLATE_NOOP("Columns", "用户"), total="count"),
    Col("fees_settled", QT_TRANSLATE_NOOP("Columns", "费用结清"), "bool"),
    Col("arrears_amount", QT_TRANSLATE_NOOP("Columns", "结清金额"), "money", total="sum"),
    Col("inspection_result", QT_TRANSLATE_NOOP("Columns", "安检结果"), values="release.inspection_result"),
    Col("slip_nos", QT_TRANSLATE_NOOP("Columns", "放行条号")),
    Col("status_label", QT_TRANSLATE_NOOP("Columns", "状态"), values="moveout.status"),
    Col("override_reason", QT_TRANSLATE_NOOP("Columns", "特批原因"))))


def fetch_register(ctx: ServiceContext, period: Period, building: str | None):
    return MOVE_OUT_REGISTER, list_move_outs(ctx, period=period, building_id=lookups.building_id(ctx, building))


# Inspection notice ---------------------------------------------------------------------------
def build_notice(ctx: ServiceContext, notice_no: str, path: Path) -> Path:
    """The pass/fail notice with its copy distribution list (domain.md §8)."""
    from reports.pdf import inspection_notice as pdf
    with ctx.read("moveouts.print") as s:
        found = s.execute(select(MoveOutInspection, MoveOut, Building.name)
                          .join(MoveOut, MoveOutInspection.move_out_id == MoveOut.id)
                          .join(Building, MoveOut.building_id == Building.id)
                          .where(MoveOutInspection.notice_no == notice_no.strip().upper())).first()
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "找不到检查通知书 {number}。"), number=notice_no)
        i, m, building = found
        ctx.require_building(m.building_id)
        org = config.get_in(s, "org.name")
        checklist = json.loads(i.checklist) if i.checklist else {}
    return pdf.build(pdf.NoticePrint(
        org_name=org, notice_no=i.notice_no, passed=i.result == "pass", tenant_name=m.tenant_name,
        owner_name=m.owner_name or "", room=f"{building} {m.unit_no or ''}".strip(),
        application_no=m.application_no, inspection_date=i.inspection_date, inspectors=i.inspectors or "",
        defects=i.defects or "", rectification_deadline=i.rectification_deadline, checklist=checklist,
        student=m.kind == "student", issued_on=i.recorded_at.date()), path)


REGISTERS = [catalog.RegisterSource("move-outs", QT_TRANSLATE_NOOP("Registers", "迁出登记"), fetch_register)]
PRINTS = [catalog.PrintSource("inspection-notice", "室内安全设施检查通知书", build_notice)]
DASHBOARD = [catalog.DashboardItem(42, "moveouts_week", QT_TRANSLATE_NOOP("Dashboard", "本周待迁出"), "release", count_due_this_week,
                                   filter="moveouts-week")]
