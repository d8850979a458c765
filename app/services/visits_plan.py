"""The monthly visit plan (§9): the supervisor's rates per kind, the sampling rule for repair slips, and
DormDesk's proposal of which closed records to visit, drawn fairly and reproducibly.

Rates: complaints 100 %, repairs / repair works / special services / help requests 30 %, events 10 %
(configurable). Repair slips follow the sampling rule while `visits.sampling_rule` is on: a month
with ≤100 slips → 100 %, 101–300 → 30 %, >300 → 10 % (thresholds configurable).

The draw: emergency repairs are always taken (they are visited at once); the rest is a seeded sample
(`random.Random(f"{month}:{kind}:{seed}")` over the candidates ordered by id), so the same month,
records and seed give the same proposal on every PC.
"""
from __future__ import annotations

import datetime as dt
import math
import random
from dataclasses import dataclass

from sqlalchemy import select

from app import vocab
from app.db.models.frontdesk import Complaint
from app.db.models.repairs import RepairSlip
from app.db.models.residents import Room
from app.db.models.visits import ReturnVisit
from app.errors import ValidationError
from app.services import config, visits
from app.services.context import ServiceContext
from app.services.periods import Period
from app.texts import QT_TRANSLATE_NOOP

RATE_KEYS = {t: f"visits.rate.{t}" for t in visits.VISIT_TYPES} | {"repair": "repairs.visit_rate"}
DEFAULTS = {
    "visits.rate.complaint": 1.0, "visits.rate.repair_work": 0.3,
    "visits.rate.special": 0.3, "visits.rate.emergency": 0.3, "visits.rate.event": 0.1,
    "visits.rate.survey": 1.0, "visits.rate.routine": 0.0, "visits.rate.meeting": 0.3, "visits.rate.other": 0.0,
    "visits.sampling_rule": True, "visits.sampling.full_upto": 100, "visits.sampling.mid_upto": 300,
    "visits.sampling.mid_rate": 0.3, "visits.sampling.low_rate": 0.1, "visits.plan_seed": 13,
}
CONFIG_LABELS = {
    "visits.rate.complaint": QT_TRANSLATE_NOOP("Config", "回访率：投诉"),
    "visits.rate.repair_work": QT_TRANSLATE_NOOP("Config", "回访率：维修工程"),
    "visits.rate.special": QT_TRANSLATE_NOOP("Config", "回访率：特约服务"),
    "visits.rate.emergency": QT_TRANSLATE_NOOP("Config", "回访率：急救求助"),
    "visits.rate.event": QT_TRANSLATE_NOOP("Config", "回访率：刊物/活动"),
    "visits.rate.survey": QT_TRANSLATE_NOOP("Config", "回访率：调查意见"),
    "visits.rate.routine": QT_TRANSLATE_NOOP("Config", "回访率：定期回访"),
    "visits.rate.meeting": QT_TRANSLATE_NOOP("Config", "回访率：会务服务"),
    "visits.rate.other": QT_TRANSLATE_NOOP("Config", "回访率：其他"),
    "visits.sampling_rule": QT_TRANSLATE_NOOP("Config", "报修回访按月度单量抽样（≤100 全访，101–300 访 30%，>300 访 10%）"),
    "visits.sampling.full_upto": QT_TRANSLATE_NOOP("Config", "抽样规则：单量不超过此数全部回访"),
    "visits.sampling.mid_upto": QT_TRANSLATE_NOOP("Config", "抽样规则：单量不超过此数按中档比例"),
    "visits.sampling.mid_rate": QT_TRANSLATE_NOOP("Config", "抽样规则：中档回访比例"),
    "visits.sampling.low_rate": QT_TRANSLATE_NOOP("Config", "抽样规则：大量时回访比例"),
    "visits.plan_seed": QT_TRANSLATE_NOOP("Config", "回访抽取的随机种子（相同种子结果可重现）"),
}
# Kinds whose closed records DormDesk holds itself, and so can propose.
SOURCE_KINDS = {"repair": "repair_slip", "complaint": "complaint"}


@dataclass(frozen=True)
class SamplingRule:
    full_upto: int = 100
    mid_upto: int = 300
    mid_rate: float = 0.3
    low_rate: float = 0.1

    def rate(self, count: int) -> float:
        if count <= self.full_upto:
            return 1.0
        return self.mid_rate if count <= self.mid_upto else self.low_rate

    def required(self, count: int) -> int:
        return required_visits(count, self.rate(count))


def required_visits(count: int, rate: float) -> int:
    """Visits needed to reach `rate` of `count` records (rounded up, never more than the records)."""
    return min(count, math.ceil(rate * count - 1e-9))


def sampling_rule(session) -> SamplingRule:
    g = lambda k: config.get_in(session, k)  # noqa: E731
    return SamplingRule(int(g("visits.sampling.full_upto")), int(g("visits.sampling.mid_upto")),
                        float(g("visits.sampling.mid_rate")), float(g("visits.sampling.low_rate")))


def rate_for(session, kind: str, count: int) -> float:
    if kind == "repair" and config.get_in(session, "visits.sampling_rule"):
        return sampling_rule(session).rate(count)
    return float(config.get_in(session, RATE_KEYS[kind]))


@dataclass(frozen=True)
class Candidate:
    id: int
    number: str
    done_at: dt.datetime
    building_id: int | None
    room_no: str | None
    person: str | None
    phone: str | None
    subject: str
    urgent: bool = False


def draw(candidates: list[Candidate], needed: int, seed: str) -> list[Candidate]:
    """Emergency ones first, then a seeded sample of the rest; the same input gives the same draw."""
    if needed <= 0:
        return []
    ordered = sorted(candidates, key=lambda c: c.id)
    must = [c for c in ordered if c.urgent][:needed]
    rest = [c for c in ordered if not c.urgent]
    picked = random.Random(seed).sample(rest, min(len(rest), needed - len(must)))
    return must + sorted(picked, key=lambda c: c.done_at)


@dataclass(frozen=True)
class KindPlan:
    kind: str
    total: int          # closed records of the month
    rate: float
    required: int
    visited: int        # records with a made visit
    planned: int        # records with a visit still to make
    proposals: tuple    # Candidate, to add to the plan

    @property
    def type_label(self) -> str:
        return visits.VISIT_TYPES[self.kind]


def _repair_candidates(s, period: Period) -> list[Candidate]:
    stmt = (select(RepairSlip.id, RepairSlip.slip_no, RepairSlip.completed_at, RepairSlip.building_id, Room.room_no,
                   RepairSlip.reporter_name, RepairSlip.reporter_phone, RepairSlip.category, RepairSlip.urgency)
            .join(Room, Room.id == RepairSlip.room_id)
            .where(RepairSlip.completed_at >= period.start_dt, RepairSlip.completed_at < period.end_dt,
                   RepairSlip.status.in_(("completed", "accepted", "visited", "closed"))))
    return [Candidate(i, no, at, b, r, p, ph, f"{vocab.REPAIR_CATEGORY.labels.get(cat, cat)}维修", u == "high")
            for i, no, at, b, r, p, ph, cat, u in s.execute(stmt)]


def _complaint_candidates(s, period: Period) -> list[Candidate]:
    stmt = (select(Complaint.id, Complaint.complaint_no, Complaint.resolved_at, Complaint.building_id,
                   Complaint.room_no, Complaint.complainant, Complaint.phone, Complaint.category, Complaint.severity)
            .where(Complaint.resolved_at >= period.start_dt, Complaint.resolved_at < period.end_dt))
    return [Candidate(i, no, at, b, r, p, ph, f"投诉：{vocab.COMPLAINT_CATEGORY.labels.get(cat, cat)}",
                      sev == "major") for i, no, at, b, r, p, ph, cat, sev in s.execute(stmt)]


CANDIDATES = {"repair": _repair_candidates, "complaint": _complaint_candidates}


def propose(ctx: ServiceContext, period: Period, kinds=("complaint", "repair"), seed=None) -> list[KindPlan]:
    """Per kind: the month's closed records, the rate, what is visited or planned and what to add."""
    out = []
    with ctx.read("visits.view") as s:
        seed = config.get_in(s, "visits.plan_seed") if seed is None else seed
        for kind in kinds:
            rows = CANDIDATES[kind](s, period)
            if ctx.actor.building_ids is not None:
                rows = [c for c in rows if c.building_id in ctx.actor.building_ids]
            ids = [c.id for c in rows]
            status_by_source: dict[int, str] = {}
            for chunk in range(0, len(ids), 900):
                for sid, status in s.execute(select(ReturnVisit.source_id, ReturnVisit.status).where(
                        ReturnVisit.source_kind == SOURCE_KINDS[kind], ReturnVisit.source_id.in_(ids[chunk:chunk + 900]),
                        ReturnVisit.status != "cancelled")):
                    if status_by_source.get(sid) not in visits.DONE:
                        status_by_source[sid] = status
            visited = sum(1 for st in status_by_source.values() if st in visits.DONE)
            planned = len(status_by_source) - visited
            rate = rate_for(s, kind, len(rows))
            required = required_visits(len(rows), rate)
            free = [c for c in rows if c.id not in status_by_source]
            picks = draw(free, required - visited - planned, f"{period.start:%Y-%m}:{kind}:{seed}")
            out.append(KindPlan(kind, len(rows), rate, required, visited, planned, tuple(picks)))
    return out


def accept(ctx: ServiceContext, period: Period, plans: list[KindPlan]) -> int:
    """The supervisor puts the proposals into the month's plan: one planned V1 visit per record."""
    picks = [(p.kind, c) for p in plans for c in p.proposals]
    if not picks:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "本月没有需要新增的回访。"))
    month = f"{period.start:%Y-%m}"
    with ctx.action("visits.decide") as tx:
        for kind, c in picks:
            visits.plan_in(tx, visit_type=kind, done_at=c.done_at, source_kind=SOURCE_KINDS[kind], source_id=c.id,
                           source_no=c.number, building_id=c.building_id, room_no=c.room_no, interviewee=c.person,
                           phone=c.phone, subject=c.subject, plan_month=month)
        tx.audit("visit_plan", month, after={"visits": [c.number for _, c in picks]},
                 summary=f"{period.label}回访计划：新增 {len(picks)} 项")
    return len(picks)
