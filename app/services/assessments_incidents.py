"""Assessment incidents (A2 违规记录): record, acknowledge, appeal, decide the appeal, delete, evidence.

An incident's month is the month of its date; nothing in a closed month may change. The deduction
is checked against the item's range, or computed from the loss for percent items, and copied onto
the incident with the item's code and description (history survives item edits).
Appeal status (codes of "assessments.appeal", app/vocab.py): none → pending → upheld (维持), revoked (撤销:
the deduction counts as 0) or adjusted (调整: a lower amount).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from app import vocab
from app.db.models.assessments import AssessmentIncident, AssessmentItem
from app.db.models.residents import Building, BuildingStaff, Staff
from app.errors import NotFound, ValidationError
from app.services import sequences
from app.services.assessments import (
    ASSESSED_STAFF,
    WARDEN,
    _dec,
    awaiting_acknowledgement,
    compute_deduction,
    mode,
    month_key,
    require_open,
    unit_for,
)
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP

MAX_EVIDENCE_BYTES = 10 * 1024 * 1024
DECISIONS = ("upheld", "revoked", "adjusted")   # 维持, 撤销, 调整


@dataclass(frozen=True)
class IncidentRow:
    """An incident as lists, dialogs and prints show it (without the evidence bytes)."""

    id: int
    incident_no: str
    month: str
    staff_id: int
    staff_name: str
    building_id: int | None
    building: str | None
    occurred_at: dt.datetime
    item_id: int
    item_code: str
    item_category: str
    item_description: str
    description: str
    loss_amount: Decimal | None
    deduction: Decimal
    original_deduction: Decimal | None
    effective_deduction: Decimal
    evidence_name: str | None
    recorded_by: str
    source: str | None
    acknowledged_at: dt.datetime | None
    acknowledged_by: str | None
    appeal_status: str
    appeal_reason: str | None
    decision_reason: str | None
    decided_by: str | None
    version: int

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None


def effective(inc: AssessmentIncident) -> Decimal:
    return Decimal(0) if inc.appeal_status == "revoked" else Decimal(inc.deduction)


def _row(inc: AssessmentIncident, staff_name: str, building: str | None) -> IncidentRow:
    return IncidentRow(inc.id, inc.incident_no, inc.month, inc.staff_id, staff_name, inc.building_id, building,
                       inc.occurred_at, inc.item_id, inc.item_code, inc.item_category, inc.item_description,
                       inc.description, inc.loss_amount, inc.deduction, inc.original_deduction, effective(inc),
                       inc.evidence_name, inc.recorded_by, inc.source, inc.acknowledged_at, inc.acknowledged_by,
                       inc.appeal_status, inc.appeal_reason, inc.decision_reason, inc.decided_by, inc.version)


def _query():
    return (select(AssessmentIncident, Staff.name, Building.name)
            .join(Staff, Staff.id == AssessmentIncident.staff_id)
            .outerjoin(Building, Building.id == AssessmentIncident.building_id))


def list_incidents(ctx: ServiceContext, month: str | None = None, *, staff_id: int | None = None,
                   unacknowledged: bool = False, appeals_only: bool = False) -> list[IncidentRow]:
    stmt = _query().order_by(AssessmentIncident.occurred_at, AssessmentIncident.id)
    if month:
        stmt = stmt.where(AssessmentIncident.month == month)
    if staff_id is not None:
        stmt = stmt.where(AssessmentIncident.staff_id == staff_id)
    if unacknowledged:
        stmt = stmt.where(*awaiting_acknowledgement())
    if appeals_only:
        stmt = stmt.where(AssessmentIncident.appeal_status == "pending")
    stmt = ctx.scope_filter(stmt, AssessmentIncident.building_id)
    with ctx.read("assessments.view") as s:
        return [_row(i, n, b) for i, n, b in s.execute(stmt)]


def get_incident(ctx: ServiceContext, incident_id: int) -> IncidentRow:
    with ctx.read("assessments.view") as s:
        found = s.execute(_query().where(AssessmentIncident.id == incident_id)).first()
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "违规记录不存在（{id}）。"), id=incident_id)
        ctx.require_building(found[0].building_id)
        return _row(*found)


def evidence(ctx: ServiceContext, incident_id: int) -> tuple[str, bytes] | None:
    """The evidence file's name and bytes, or None."""
    with ctx.read("assessments.view") as s:
        inc = s.get(AssessmentIncident, incident_id)
        if inc is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "违规记录不存在（{id}）。"), id=incident_id)
        ctx.require_building(inc.building_id)
        return (inc.evidence_name, inc.evidence_data) if inc.evidence_data is not None else None


def read_evidence_file(path: str | Path | None) -> tuple[str, bytes] | None:
    """Read a photo or scan chosen by the user, refusing what is missing or too large."""
    if not path:
        return None
    p = Path(path)
    if not p.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "证据文件不存在：{path}"), field="evidence", path=str(p))
    size = p.stat().st_size
    if size > MAX_EVIDENCE_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "证据文件过大（{size} MB），上限 10 MB。"),
                              field="evidence", size=f"{size / 1048576:.1f}")
    return p.name, p.read_bytes()


def _load(tx, incident_id: int) -> AssessmentIncident:
    inc = tx.session.get(AssessmentIncident, incident_id)
    if inc is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "违规记录不存在（{id}）。"), id=incident_id)
    tx.ctx.require_building(inc.building_id)
    return inc


def _audit_view(inc: AssessmentIncident) -> dict:
    data = snapshot(inc)
    data.pop("evidence_data", None)
    return data


def new_incident(tx, *, staff_id: int, occurred_at: dt.datetime, item_id: int, description: str,
                 deduction=None, loss_amount=None, building_id: int | None = None,
                 evidence_file: tuple[str, bytes] | None = None, source: str | None = None,
                 source_ref: str | None = None) -> AssessmentIncident:
    """Validate and add an incident inside an open action (used by recording and by accepting a
    suggestion); the caller writes the audit row."""
    s, ctx = tx.session, tx.ctx
    if not isinstance(occurred_at, dt.datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写发生时间。"), field="occurred_at")
    if occurred_at > ctx.now() + dt.timedelta(minutes=5):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "发生时间不能晚于现在。"), field="occurred_at")
    if not (description or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写违规经过。"), field="description")
    staff = s.get(Staff, staff_id) if staff_id is not None else None
    if staff is None or staff.category not in ASSESSED_STAFF:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择被考核的宿管员或前台人员。"), field="staff")
    item = s.get(AssessmentItem, item_id) if item_id is not None else None
    if item is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择考核项目。"), field="item")
    if (item.applies_to or WARDEN) != staff.category:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "考核项目 {code} 用于考核{who}，不适用于 {name}。"),
                              field="item", code=item.code, name=staff.name,
                              who=vocab.label("residents.staff_category", item.applies_to or WARDEN))
    if not item.active:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "考核项目 {code} 已停用，不能再记录。"), field="item",
                              code=item.code)
    if building_id is None:
        building_id = s.scalar(select(BuildingStaff.building_id).where(BuildingStaff.staff_id == staff_id)
                               .order_by(BuildingStaff.building_id).limit(1))
    ctx.require_building(building_id)
    month = month_key(occurred_at)
    require_open(s, month)
    amount = compute_deduction(item, deduction, loss_amount, unit_for(mode(ctx)))
    loss = _dec(loss_amount) if item.deduction_mode == "percent" else None
    inc = AssessmentIncident(
        incident_no=sequences.next_number(s, "KH", occurred_at.year), month=month, staff_id=staff_id,
        building_id=building_id, occurred_at=occurred_at.replace(microsecond=0), item_id=item.id,
        item_code=item.code, item_category=item.category, item_description=item.description,
        description=description.strip(), loss_amount=loss, deduction=amount,
        evidence_name=evidence_file[0] if evidence_file else None,
        evidence_data=evidence_file[1] if evidence_file else None,
        recorded_by=ctx.actor.display_name or ctx.actor.username, source=source, source_ref=source_ref,
        appeal_status="none")
    tx.stamp(inc, new=True)
    s.add(inc)
    s.flush()
    return inc


def record(ctx: ServiceContext, *, staff_id: int, occurred_at: dt.datetime, item_id: int, description: str,
           deduction=None, loss_amount=None, building_id: int | None = None,
           evidence_path: str | Path | None = None) -> IncidentRow:
    """Record an incident (A2). Refused, with nothing written, outside the item's range, without a
    loss for percent items, or in a closed month."""
    evidence_file = read_evidence_file(evidence_path)
    with ctx.action("assessments.record") as tx:
        inc = new_incident(tx, staff_id=staff_id, occurred_at=occurred_at, item_id=item_id,
                           description=description, deduction=deduction, loss_amount=loss_amount,
                           building_id=building_id, evidence_file=evidence_file)
        tx.audit("assessment_incident", inc.incident_no, after=_audit_view(inc),
                 summary=f"记录考核扣款 {inc.incident_no} {inc.item_code} {inc.deduction:f}")
        return get_incident_in(tx.session, inc.id)


def get_incident_in(session, incident_id: int) -> IncidentRow:
    return _row(*session.execute(_query().where(AssessmentIncident.id == incident_id)).first())


def set_evidence(ctx: ServiceContext, incident_id: int, evidence_path: str | Path | None,
                 expected_version: int | None = None) -> IncidentRow:
    """Attach (or with None remove) the evidence file of an incident in an open month."""
    evidence_file = read_evidence_file(evidence_path)
    with ctx.action("assessments.edit") as tx:
        inc = _load(tx, incident_id)
        tx.check_version(inc, expected_version)
        require_open(tx.session, inc.month)
        before = _audit_view(inc)
        inc.evidence_name, inc.evidence_data = (evidence_file or (None, None))
        tx.stamp(inc)
        tx.session.flush()
        tx.audit("assessment_incident", inc.incident_no, before=before, after=_audit_view(inc),
                 summary=f"更新证据 {inc.incident_no}")
        return get_incident_in(tx.session, inc.id)


def acknowledge(ctx: ServiceContext, incident_id: int, signer: str | None = None,
                expected_version: int | None = None) -> IncidentRow:
    """The administrator's acknowledgement (签字确认): signer's name and time."""
    with ctx.action("assessments.accept") as tx:
        inc = _load(tx, incident_id)
        tx.check_version(inc, expected_version)
        require_open(tx.session, inc.month)
        if inc.acknowledged_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{no} 已于 {when} 确认。"), no=inc.incident_no,
                                  when=f"{inc.acknowledged_at:%Y-%m-%d %H:%M}")
        before = _audit_view(inc)
        if not (signer or "").strip():
            signer = tx.session.scalar(select(Staff.name).where(Staff.id == inc.staff_id))
        inc.acknowledged_at, inc.acknowledged_by = ctx.now(), signer.strip()
        tx.stamp(inc)
        tx.session.flush()
        tx.audit("assessment_incident", inc.incident_no, before=before, after=_audit_view(inc),
                 summary=f"确认考核扣款 {inc.incident_no}（{inc.acknowledged_by}）")
        return get_incident_in(tx.session, inc.id)


def appeal(ctx: ServiceContext, incident_id: int, reason: str, expected_version: int | None = None) -> IncidentRow:
    """File the administrator's appeal; a supervisor decides it with `decide`."""
    if not (reason or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写申诉理由。"), field="appeal_reason")
    with ctx.action("assessments.apply") as tx:
        inc = _load(tx, incident_id)
        tx.check_version(inc, expected_version)
        require_open(tx.session, inc.month)
        if inc.appeal_status != "none":
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{no} 已申诉过（{status}），不能重复申诉。"),
                                  no=inc.incident_no, status=vocab.label("assessments.appeal", inc.appeal_status))
        before = _audit_view(inc)
        inc.appeal_status, inc.appeal_reason, inc.appealed_at = "pending", reason.strip(), ctx.now()
        tx.stamp(inc)
        tx.session.flush()
        tx.audit("assessment_incident", inc.incident_no, before=before, after=_audit_view(inc),
                 summary=f"申诉 {inc.incident_no}")
        return get_incident_in(tx.session, inc.id)


def decide(ctx: ServiceContext, incident_id: int, outcome: str, reason: str, new_deduction=None,
           expected_version: int | None = None) -> IncidentRow:
    """A supervisor's decision on an appeal: upheld (维持), revoked (撤销) or adjusted (调整, to a lower,
    positive amount); the outcome is a code or its label as typed."""
    outcome = vocab.code("assessments.appeal", outcome) if isinstance(outcome, str) else outcome
    if outcome not in DECISIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "申诉结果应为 维持、撤销 或 调整。"), field="outcome")
    if not (reason or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写处理理由。"), field="decision_reason")
    with ctx.action("assessments.decide") as tx:
        inc = _load(tx, incident_id)
        tx.check_version(inc, expected_version)
        require_open(tx.session, inc.month)
        if inc.appeal_status != "pending":
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{no} 没有待处理的申诉。"), no=inc.incident_no)
        before = _audit_view(inc)
        if outcome == "adjusted":
            amount = _dec(new_deduction)
            if amount is None or not Decimal(0) < amount < inc.deduction:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "调整后的扣款应大于 0 且小于原扣款 {amount}。"),
                    field="new_deduction", amount=f"{inc.deduction:f}")
            inc.original_deduction, inc.deduction = inc.deduction, amount
        inc.appeal_status, inc.decision_reason = outcome, reason.strip()
        inc.decided_by, inc.decided_at = ctx.actor.display_name or ctx.actor.username, ctx.now()
        tx.stamp(inc)
        tx.session.flush()
        tx.audit("assessment_incident", inc.incident_no, before=before, after=_audit_view(inc),
                 summary=f"申诉处理 {inc.incident_no}：{vocab.APPEAL_STATUS.labels[outcome]}")
        return get_incident_in(tx.session, inc.id)


def delete(ctx: ServiceContext, incident_id: int, reason: str, expected_version: int | None = None) -> None:
    """Delete an incident recorded by mistake (open month only; the audit row keeps it)."""
    if not (reason or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写删除原因。"), field="reason")
    with ctx.action("assessments.delete") as tx:
        inc = _load(tx, incident_id)
        tx.check_version(inc, expected_version)
        require_open(tx.session, inc.month)
        before = _audit_view(inc)
        tx.session.delete(inc)
        tx.audit("assessment_incident", inc.incident_no, before=before, after=None,
                 summary=f"删除考核扣款 {inc.incident_no}：{reason.strip()}"[:255])
