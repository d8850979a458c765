"""Return visits on repairs (domain.md §9): a rating (满意/较满意/不满意) and notes from a phone or
on-site visit; 不满意 reopens the slip. The proposal picks which completed slips to visit so that at
least `repairs.visit_rate` (30 %) of the month's repairs are visited.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from app.db.models.repairs import RepairSlip, RepairVisit
from app.errors import ValidationError
from app.services import config, repairs
from app.services.context import ServiceContext, snapshot
from app.services.periods import Period
from app.services.repairs_flow import _finish, _load
from app.texts import QT_TRANSLATE_NOOP

RATINGS = ("满意", "较满意", "不满意")
METHODS = ("电话", "上门", "其他")


def record_visit(ctx: ServiceContext, slip_id: int, *, satisfaction: str, method: str = "电话",
                 notes: str | None = None, interviewee: str | None = None, expected_version: int | None = None):
    """One return visit; a 不满意 sends the slip back to its repair worker with a fresh time limit."""
    if satisfaction not in RATINGS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择满意度。"), field="satisfaction")
    if method not in METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择回访方式。"), field="method")
    notes = (notes or "").strip() or None
    if satisfaction == "不满意" and not notes:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "不满意时请记录住户意见。"), field="notes")
    with ctx.action("repairs.visit") as tx:
        slip = _load(tx, slip_id, "visit", expected_version)
        before, status_from = snapshot(slip), slip.status
        now = ctx.now()
        tx.session.add(RepairVisit(slip_id=slip.id, visited_at=now, method=method, satisfaction=satisfaction,
                                   interviewee=(interviewee or "").strip() or slip.reporter_name, notes=notes,
                                   visitor=ctx.actor.display_name))
        slip.satisfaction, slip.visited_at = satisfaction, now
        if satisfaction == "不满意":
            slip.status = "dispatched" if slip.repairer_id else "reported"
            slip.reopen_count = (slip.reopen_count or 0) + 1
            slip.completed_at = slip.accepted_at = slip.accepted_by = slip.requester_signature = None
            slip.dispatched_at, slip.started_at = now, None
            slip.onsite_due_at, slip.due_at = repairs.time_limits(tx.session, now, slip.urgency)
            summary = f"维修单 {slip.slip_no} 回访不满意，重新派工"
        else:
            slip.status = "visited"
            summary = f"维修单 {slip.slip_no} 回访：{satisfaction}"
        _finish(tx, slip, before, "visit", status_from, f"{method}回访：{satisfaction}" + (f"；{notes}" if notes else ""),
                summary)
    return repairs.detail(ctx, slip_id)


@dataclass(frozen=True)
class VisitPlan:
    period: Period
    rate: float
    total: int          # repairs completed in the period
    required: int       # visits needed to reach the rate
    visited: int        # already visited
    proposals: list     # SlipRow, the slips to visit now


def choose_for_visit(candidates: list, needed: int) -> list:
    """Pick `needed` slips: 紧急 first, then repeat faults, chargeable ones and late ones; spread over the
    repair workers (round robin) so each one's work is checked; oldest completion first within a group."""
    if needed <= 0:
        return []

    def priority(r):
        late = bool(r.due_at and r.completed_at and r.completed_at > r.due_at)
        return (r.urgency != "紧急", r.repeat_count < 3, not r.chargeable, not late, r.completed_at or dt.datetime.max)

    by_worker: dict[str, list] = defaultdict(list)
    for r in sorted(candidates, key=priority):
        by_worker[r.repairer or ""].append(r)
    queues = sorted(by_worker.values(), key=lambda q: priority(q[0]))
    chosen: list = []
    while len(chosen) < needed and any(queues):
        for q in queues:
            if q and len(chosen) < needed:
                chosen.append(q.pop(0))
    return sorted(chosen, key=priority)


def propose_visits(ctx: ServiceContext, period: Period, rate: float | None = None) -> VisitPlan:
    """Which completed slips of the period to visit so that the visit rate is reached."""
    rate = float(rate if rate is not None else config.get(ctx, "repairs.visit_rate"))
    rows = [r for r in repairs.list_slips(ctx, start=period.start_dt - dt.timedelta(days=60), end=period.end_dt)
            if r.completed_at and period.start_dt <= r.completed_at < period.end_dt
            and r.status in repairs.DONE_STATUSES]
    with ctx.read("repairs.view") as s:
        visited_ids = set(s.scalars(select(RepairVisit.slip_id).where(
            RepairVisit.slip_id.in_([r.id for r in rows])))) if rows else set()
    visited = sum(1 for r in rows if r.id in visited_ids)
    required = math.ceil(rate * len(rows) - 1e-9)
    candidates = [r for r in rows if r.id not in visited_ids and r.status in ("completed", "accepted")]
    return VisitPlan(period, rate, len(rows), required, visited,
                     choose_for_visit(candidates, required - visited))


def visits_in(ctx: ServiceContext, period: Period, building_id: int | None = None) -> list[dict]:
    """Visits made in the period with their slip's number, room and repair worker (for the register)."""
    from app.db.models.residents import Building, Room, Staff
    stmt = (select(RepairVisit, RepairSlip.slip_no, Building.name, Room.room_no, RepairSlip.category, Staff.name)
            .join(RepairSlip, RepairVisit.slip_id == RepairSlip.id)
            .join(Building, RepairSlip.building_id == Building.id).join(Room, RepairSlip.room_id == Room.id)
            .outerjoin(Staff, RepairSlip.repairer_id == Staff.id)
            .where(RepairVisit.visited_at >= period.start_dt, RepairVisit.visited_at < period.end_dt))
    if building_id is not None:
        stmt = stmt.where(RepairSlip.building_id == building_id)
    stmt = ctx.scope_filter(stmt, RepairSlip.building_id).order_by(RepairVisit.visited_at)
    with ctx.read("repairs.view") as s:
        return [snapshot(v) | {"slip_no": no, "building": b, "room_no": r, "category": c, "repairer": w,
                               "unsatisfied": v.satisfaction == "不满意"}
                for v, no, b, r, c, w in s.execute(stmt)]
