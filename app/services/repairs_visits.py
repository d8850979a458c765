"""Return visits on repairs (domain.md §9), written as V1 records (app/services/visits.py): a rating
(满意/较满意/不满意) and notes from a phone or on-site visit; 不满意 reopens the slip. The month's
proposal comes from the visit plan (visits_plan.py: the sampling rule, a seeded fair draw).
"""
from __future__ import annotations

from dataclasses import dataclass

from app import vocab
from app.db.models.repairs import RepairSlip
from app.services import repairs, visits, visits_plan
from app.services.context import ServiceContext, snapshot
from app.services.periods import Period
from app.services.repairs_flow import _finish, _load, require_step

RATINGS = visits.RATINGS
METHODS = ("phone", "on_site", "other")   # codes of common.visit_method


def _plan(tx, slip: RepairSlip):
    """The slip's visit when none was planned (a visit made straight from the repairs screen)."""
    from app.db.models.residents import Room
    room = tx.session.get(Room, slip.room_id)
    return visits.plan_in(tx, visit_type="repair", done_at=slip.completed_at or tx.ctx.now(), source_kind="repair_slip",
                          source_id=slip.id, source_no=slip.slip_no, building_id=slip.building_id,
                          room_no=room.room_no if room else None, interviewee=slip.reporter_name,
                          phone=slip.reporter_phone, subject=f"{vocab.REPAIR_CATEGORY.labels[slip.category]}维修：{slip.fault_description}"[:200])


def _apply(tx, slip: RepairSlip, v) -> tuple[str, str]:
    """The visit's effect on the slip; returns the history note and the audit summary."""
    now = tx.ctx.now()
    slip.satisfaction, slip.visited_at = v.satisfaction, v.visit_date
    rating = vocab.RATING.labels[v.satisfaction]   # history note and audit summary are Chinese text
    if v.satisfaction == "bad":
        slip.status = "dispatched" if slip.repairer_id else "reported"
        slip.reopen_count = (slip.reopen_count or 0) + 1
        slip.completed_at = slip.accepted_at = slip.accepted_by = slip.requester_signature = None
        slip.dispatched_at, slip.started_at = now, None
        slip.onsite_due_at, slip.due_at = repairs.time_limits(tx.session, now, slip.urgency)
        summary = f"维修单 {slip.slip_no} 回访不满意，重新派工"
    else:
        slip.status = "visited"
        summary = f"维修单 {slip.slip_no} 回访：{rating}"
    note = f"{vocab.VISIT_METHOD.labels[v.method]}回访 {v.visit_no}：{rating}" + (f"；{v.feedback}" if v.feedback else "")
    return note, summary


def record_visit(ctx: ServiceContext, slip_id: int, *, satisfaction: str, method: str = "phone",
                 notes: str | None = None, interviewee: str | None = None, expected_version: int | None = None,
                 **form):
    """One return visit from the repairs screen; a 不满意 sends the slip back to its repair worker with
    a fresh time limit."""
    with ctx.action("repairs.visit") as tx:
        slip = _load(tx, slip_id, "visit", expected_version)
        before, status_from = snapshot(slip), slip.status
        v = visits.open_for_source(tx.session, "repair_slip", slip.id) or _plan(tx, slip)
        visits.fill_in(tx, v, satisfaction=satisfaction, method=method, feedback=notes,
                       interviewee=interviewee or v.interviewee or slip.reporter_name, **form)
        note, summary = _apply(tx, slip, v)
        _finish(tx, slip, before, "visit", status_from, note, summary)
    return repairs.detail(ctx, slip_id)


def apply_visit(tx, v) -> None:
    """A visit recorded on the visits page goes back to its slip (which must be completed or accepted)."""
    slip = repairs.get_slip(tx.session, v.source_id)
    require_step(slip, "visit")
    status_from = slip.status
    note, _summary = _apply(tx, slip, v)
    tx.stamp(slip)
    repairs.add_event(tx, slip, "visit", status_from, slip.status, note)


@dataclass(frozen=True)
class VisitPlan:
    period: Period
    rate: float
    total: int          # repairs completed in the period
    required: int       # visits needed to reach the rate
    visited: int        # already visited
    proposals: list     # SlipRow, the slips to visit now
    planned: int = 0    # already in the plan, not yet visited


def propose_visits(ctx: ServiceContext, period: Period) -> VisitPlan:
    """Which completed slips of the period to visit so that the month's rate is reached."""
    plan = visits_plan.propose(ctx, period, kinds=("repair",))[0]
    ids = [c.id for c in plan.proposals]
    rows = {r.id: r for r in repairs.list_slips(ctx, ids=ids)} if ids else {}
    return VisitPlan(period, plan.rate, plan.total, plan.required, plan.visited,
                     [rows[i] for i in ids if i in rows], plan.planned)


def visits_in(ctx: ServiceContext, period: Period, building_id: int | None = None) -> list[dict]:
    """Repair visits made in the period with their slip's number, room and repair worker (the register)."""
    from sqlalchemy import select

    from app.db.models.residents import Staff
    rows = [r for r in visits.list_visits(ctx, start=period.start, end=period.end, building_id=building_id)
            if r.source_kind == "repair_slip" and r.visit_date and period.start_dt <= r.visit_date < period.end_dt]
    with ctx.read("repairs.view") as s:
        ids = [r.source_id for r in rows]
        slips = {i: (c, w) for i, c, w in s.execute(
            select(RepairSlip.id, RepairSlip.category, Staff.name).outerjoin(Staff, Staff.id == RepairSlip.repairer_id)
            .where(RepairSlip.id.in_(ids)))} if ids else {}
    return [{"visited_at": r.visit_date, "slip_no": r.source_no, "building": r.building, "room_no": r.room_no,
             "category": slips.get(r.source_id, ("", ""))[0], "repairer": slips.get(r.source_id, ("", ""))[1], "interviewee": r.interviewee,
             "method": r.method, "satisfaction": r.satisfaction, "notes": r.feedback, "visitor": r.visitor,
             "unsatisfied": r.satisfaction == "bad"} for r in rows]
