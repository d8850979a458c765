"""Suggested incidents: facts other modules hold about a building (spare keys returned late, repair
slips past their limit, release slips not reconciled...) proposed per administrator.

Providers are catalog.assessment_facts(); the dict keys they return are documented in
app/services/assessments.py. Accepting a suggestion records the incident in one audited action;
dismissing it stores the reason, and neither is proposed again.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.db.models.assessments import AssessmentDismissal, AssessmentIncident, AssessmentItem
from app.db.models.residents import Building, BuildingStaff, Staff
from app.errors import ValidationError
from app.services import catalog, config
from app.services.assessments import WARDEN, check_month_text, month_key, require_open
from app.services.assessments_incidents import _audit_view, get_incident_in, new_incident, read_evidence_file
from app.services.context import ServiceContext
from app.services.periods import parse_month
from app.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
REQUIRED = ("building_id", "date", "title", "source", "ref")


@dataclass(frozen=True)
class Suggestion:
    """One fact proposed as an incident."""

    source: str
    ref: str
    building_id: int
    building: str | None
    date: dt.date
    occurred_at: dt.datetime
    title: str
    detail: str
    staff_id: int | None
    staff_name: str | None
    item_id: int | None
    item_code: str | None
    deduction: Decimal | None
    loss_amount: Decimal | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.ref)


def _as_datetime(value) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(12, 0))
    return None


def _normalise(fact) -> dict | None:
    """Tolerate the near-miss spellings seen in providers: "text" for title, "code" ("area.kind") for source."""
    if not isinstance(fact, dict):
        return None
    fact = dict(fact)
    if not fact.get("title") and fact.get("text"):
        fact["title"] = fact["text"]
    if not fact.get("source") and fact.get("code"):
        fact["source"] = str(fact["code"]).split(".")[0]
    return fact


def _gather(ctx: ServiceContext, month: str) -> list[dict]:
    period = parse_month(month)
    facts = []
    for provider in catalog.assessment_facts():
        try:
            got = provider(ctx, period) or []
        except Exception:  # noqa: BLE001 - one broken provider must not hide the others' facts
            log.exception("assessment facts provider %r failed", provider)
            continue
        for fact in got:
            fact = _normalise(fact)
            if fact is None or any(fact.get(k) in (None, "") for k in REQUIRED):
                log.warning("assessment fact skipped (missing keys): %r", fact)
                continue
            when = _as_datetime(fact["date"])
            if when is None or month_key(when) != month:
                continue
            facts.append(fact)
    return facts


def suggestions(ctx: ServiceContext, month: str) -> list[Suggestion]:
    """This month's facts not yet accepted or dismissed, within the actor's buildings."""
    month = check_month_text(month)
    facts = _gather(ctx, month)
    if not facts:
        return []
    with ctx.read("assessments.view") as s:
        taken = set(s.execute(select(AssessmentIncident.source, AssessmentIncident.source_ref)
                              .where(AssessmentIncident.source.is_not(None))).all())
        taken |= set(s.execute(select(AssessmentDismissal.source, AssessmentDismissal.source_ref)).all())
        buildings = dict(s.execute(select(Building.id, Building.name)).all())
        admins: dict[int, list] = {}
        for bid, sid, name in s.execute(
                select(BuildingStaff.building_id, Staff.id, Staff.name).join(Staff, Staff.id == BuildingStaff.staff_id)
                .where(Staff.category == WARDEN, Staff.active.is_(True)).order_by(Staff.id)):
            admins.setdefault(bid, []).append((sid, name))
        names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.category == WARDEN)).all())
        items = {i.code: i for i in s.scalars(select(AssessmentItem).where(AssessmentItem.active.is_(True)))}
        default_code = config.get_in(s, "assessment.suggestion_item")
    out = []
    for f in facts:
        source, ref = str(f["source"]), str(f["ref"])
        bid = int(f["building_id"])
        if (source, ref) in taken or not ctx.in_scope(bid):
            continue
        staff_id = f.get("staff_id")
        if staff_id not in names:
            staff_id = admins.get(bid, [(None, None)])[0][0]
        item = items.get(f.get("item_code")) or items.get(default_code)
        when = _as_datetime(f["date"])
        out.append(Suggestion(source, ref, bid, buildings.get(bid), when.date(), when, str(f["title"]),
                              str(f.get("detail") or ""), staff_id, names.get(staff_id),
                              item.id if item else None, item.code if item else None,
                              _num(f.get("deduction")), _num(f.get("loss_amount"))))
        taken.add((source, ref))
    out.sort(key=lambda g: (g.occurred_at, g.building or "", g.title))
    return out


def _num(value) -> Decimal | None:
    try:
        return None if value in (None, "") else Decimal(str(value))
    except ArithmeticError:
        return None


def _find(ctx: ServiceContext, month: str, source: str, ref: str) -> Suggestion:
    for g in suggestions(ctx, month):
        if g.source == source and g.ref == ref:
            return g
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该建议已处理或已不存在（{source} {ref}）。"),
                          source=source, ref=ref)


def accept(ctx: ServiceContext, month: str, source: str, ref: str, *, staff_id: int | None = None,
           item_id: int | None = None, deduction=None, loss_amount=None, description: str | None = None,
           occurred_at: dt.datetime | None = None, evidence_path=None):
    """Record the suggested incident in one audited action; overrides come from the accept dialog."""
    ctx.require("assessments.approve")
    evidence_file = read_evidence_file(evidence_path)
    month = check_month_text(month)
    g = _find(ctx, month, source, ref)
    text = (description or "").strip() or "；".join(p for p in (g.title, g.detail) if p)
    amount = deduction if deduction is not None else g.deduction
    with ctx.action("assessments.approve") as tx:
        s = tx.session
        require_open(s, month)
        item_id = item_id or g.item_id
        item = s.get(AssessmentItem, item_id) if item_id else None
        if amount is None and item is not None and item.deduction_mode == "range":
            amount = item.deduction_min
        inc = new_incident(tx, staff_id=staff_id or g.staff_id, occurred_at=occurred_at or g.occurred_at,
                           item_id=item_id, description=text, deduction=amount, evidence_file=evidence_file,
                           loss_amount=loss_amount if loss_amount is not None else g.loss_amount,
                           building_id=g.building_id, source=g.source, source_ref=g.ref)
        tx.audit("assessment_incident", inc.incident_no, after=_audit_view(inc),
                 summary=f"采纳建议扣款 {inc.incident_no}：{g.title}"[:255])
        return get_incident_in(s, inc.id)


def dismiss(ctx: ServiceContext, month: str, source: str, ref: str, reason: str) -> None:
    """Dismiss a suggestion with a reason; it is not proposed again."""
    ctx.require("assessments.decide")
    month = check_month_text(month)
    if not (reason or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写不采纳的理由。"), field="reason")
    g = _find(ctx, month, source, ref)
    with ctx.action("assessments.decide") as tx:
        require_open(tx.session, month)
        row = AssessmentDismissal(source=g.source, source_ref=g.ref, month=month, building_id=g.building_id,
                                  fact_date=g.date, title=g.title[:200], reason=reason.strip(),
                                  dismissed_by=ctx.actor.display_name or ctx.actor.username, dismissed_at=ctx.now())
        tx.session.add(row)
        tx.session.flush()
        tx.audit("assessment_dismissal", f"{g.source}:{g.ref}", after={"title": g.title, "reason": row.reason},
                 summary=f"不采纳建议：{g.title}（{row.reason}）"[:255])
