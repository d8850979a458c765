"""The repair slip's state machine (domain.md §4): which step is allowed from which status, and the
steps themselves. Each step is one transaction with one audit row and one history event.

    reported → fee_assessed → dispatched → in_progress → completed → accepted → visited → closed
    side paths: deferred (reason and planned date) → dispatched; voided (reason; the number is kept);
    urgent (high): dispatched or completed straight from reported, the fee assessment filled afterwards;
    a 不满意 return visit reopens the slip (→ dispatched), see repairs_visits.py.
"""
from __future__ import annotations

import datetime as dt
import decimal

from app import vocab
from app.db.models.repairs import RepairMaterial, RepairSlip
from app.db.models.residents import Staff
from app.errors import Conflict, ValidationError
from app.services import repairs
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP

# action -> statuses it may start from (紧急 adds EMERGENCY_FROM)
ALLOWED_FROM = {
    "assess": ("reported", "fee_assessed", "deferred", "dispatched", "in_progress", "completed"),
    "dispatch": ("fee_assessed", "deferred", "dispatched"),
    "start": ("dispatched",),
    "complete": ("dispatched", "in_progress"),
    "accept": ("completed",),
    "defer": ("reported", "fee_assessed", "dispatched", "in_progress"),
    "visit": ("completed", "accepted"),
    "close": ("accepted", "visited"),
    "void": ("reported", "fee_assessed", "dispatched", "in_progress", "deferred", "completed"),
}
EMERGENCY_FROM = {"dispatch": ("reported",), "complete": ("reported", "fee_assessed")}
ACTION_LABELS = {
    "assess": QT_TRANSLATE_NOOP("Repairs", "收费认定"), "dispatch": QT_TRANSLATE_NOOP("Repairs", "派工"),
    "start": QT_TRANSLATE_NOOP("Repairs", "开始维修"), "complete": QT_TRANSLATE_NOOP("Repairs", "完工"),
    "accept": QT_TRANSLATE_NOOP("Repairs", "验收"), "defer": QT_TRANSLATE_NOOP("Repairs", "延期"),
    "visit": QT_TRANSLATE_NOOP("Repairs", "回访"), "close": QT_TRANSLATE_NOOP("Repairs", "关闭"),
    "void": QT_TRANSLATE_NOOP("Repairs", "作废"),
}
# The steps written to repair_event.action (codes, at most 16 letters), shown through vocab.label.
EVENT_LABELS = {"report": QT_TRANSLATE_NOOP("Repairs", "报修"), **ACTION_LABELS,
                "add_photos": QT_TRANSLATE_NOOP("Repairs", "添加照片"),
                "issue_notice": QT_TRANSLATE_NOOP("Repairs", "开具赔偿通知单"),
                "record_payment": QT_TRANSLATE_NOOP("Repairs", "登记缴费")}
vocab.define("repairs.event", EVENT_LABELS, "Repairs", columns=("repair_event.action",))
CENT = decimal.Decimal("0.01")


def allowed_actions(status: str, urgency: str) -> set[str]:
    """The steps a slip in `status` may take (the GUI enables its buttons from this)."""
    out = {a for a, froms in ALLOWED_FROM.items() if status in froms}
    if urgency == "high":
        out |= {a for a, froms in EMERGENCY_FROM.items() if status in froms}
    return out


def require_step(slip: RepairSlip, action: str) -> None:
    if action not in allowed_actions(slip.status, slip.urgency):
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "维修单 {number} 当前为「{status}」，不能{action}。"),
                       number=slip.slip_no, status=repairs.STATUS_LABELS[slip.status],
                       action=ACTION_LABELS[action])


def _load(tx, slip_id: int, action: str, expected_version: int | None) -> RepairSlip:
    slip = repairs.get_slip(tx.session, slip_id)
    tx.ctx.require_building(slip.building_id)
    tx.check_version(slip, expected_version)
    require_step(slip, action)
    return slip


def _finish(tx, slip: RepairSlip, before: dict, action: str, status_from: str, note: str | None,
            summary: str) -> None:
    tx.stamp(slip)
    repairs.add_event(tx, slip, action, status_from, slip.status, note)
    tx.session.flush()
    tx.audit("repair_slip", slip.slip_no, before=before, after=snapshot(slip), summary=summary)


def _repairer(session, repairer_id: int | None) -> Staff:
    worker = session.get(Staff, repairer_id) if repairer_id else None
    if worker is None or not worker.active:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择维修人员。"), field="repairer")
    return worker


def dispatch(ctx: ServiceContext, slip_id: int, repairer_id: int, *, expected_version: int | None = None,
             note: str | None = None):
    """Send the slip to a repair worker (派工); also re-assigns a dispatched slip or resumes a deferred one."""
    with ctx.action("repairs.dispatch") as tx:
        slip = _load(tx, slip_id, "dispatch", expected_version)
        worker = _repairer(tx.session, repairer_id)
        before, status_from = snapshot(slip), slip.status
        slip.repairer_id, slip.dispatched_at, slip.status = worker.id, ctx.now(), "dispatched"
        _finish(tx, slip, before, "dispatch", status_from, f"维修人员：{worker.name}" + (f"；{note}" if note else ""),
                f"维修单 {slip.slip_no} 派工给 {worker.name}")
    return repairs.detail(ctx, slip_id)


def start(ctx: ServiceContext, slip_id: int, *, at: dt.datetime | None = None, expected_version: int | None = None):
    """The repair worker is on site (维修中)."""
    with ctx.action("repairs.dispatch") as tx:
        slip = _load(tx, slip_id, "start", expected_version)
        before = snapshot(slip)
        slip.started_at, slip.status = _past(ctx, at, slip.reported_at, "started_at"), "in_progress"
        _finish(tx, slip, before, "start", "dispatched", None, f"维修单 {slip.slip_no} 开始维修")
    return repairs.detail(ctx, slip_id)


def _past(ctx, at, not_before, field_name):
    at = at or ctx.now()
    if at > ctx.now() + dt.timedelta(minutes=5) or at < not_before:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "时间不合理：应在报修之后、现在之前。"), field=field_name)
    return at


def _money(value, field_name) -> decimal.Decimal:
    try:
        amount = decimal.Decimal(str(value if value not in (None, "") else 0)).quantize(CENT)
    except (decimal.InvalidOperation, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "金额格式不正确：{value}"), field=field_name,
                              value=value) from None
    if amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "金额不能为负数。"), field=field_name)
    return amount


def set_materials(session, slip: RepairSlip, materials) -> None:
    """Replace the slip's materials: dicts with item, spec, qty, unit_price (amount = qty × unit_price)."""
    from sqlalchemy import delete
    session.execute(delete(RepairMaterial).where(RepairMaterial.slip_id == slip.id))
    total = decimal.Decimal(0)
    for m in materials:
        item = (m.get("item") or "").strip()
        if not item:
            continue
        qty = _money(m.get("qty") or 1, "materials")
        if qty <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "材料 {item} 的数量应大于 0。"), field="materials",
                                  item=item)
        price = _money(m.get("unit_price"), "materials")
        amount = (qty * price).quantize(CENT)
        session.add(RepairMaterial(slip_id=slip.id, item=item[:64], spec=(m.get("spec") or None), qty=qty,
                                   unit_price=price, amount=amount))
        total += amount
    slip.materials_fee = total


def recompute_fee(session, slip: RepairSlip) -> None:
    """Total fee from the assessment: 0 when free, the price list line, or materials plus labour."""
    from app.db.models.repairs import AssetPrice
    if slip.fee_overridden:
        return
    if not slip.chargeable:
        slip.total_fee = decimal.Decimal(0)
    elif slip.price_item_id:
        price = session.get(AssetPrice, slip.price_item_id)
        slip.total_fee = (price.price * (slip.price_qty or 1)).quantize(CENT)
    else:
        slip.total_fee = (slip.materials_fee or 0) + (slip.labour_fee or 0)


def complete(ctx: ServiceContext, slip_id: int, *, work_done: str, materials=(), labour_fee=None,
             completed_at: dt.datetime | None = None, started_at: dt.datetime | None = None,
             repairer_id: int | None = None, delay_reason: str | None = None,
             expected_version: int | None = None):
    """Work done (完工): what was done, materials and times. 紧急 slips may be completed before dispatch
    (the repair worker is then named here, and the fee assessment is filled afterwards)."""
    work_done = (work_done or "").strip()
    if not work_done:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写维修结果。"), field="work_done")
    with ctx.action("repairs.complete") as tx:
        slip = repairs.get_slip(tx.session, slip_id)
        ctx.require_building(slip.building_id)
        tx.check_version(slip, expected_version)
        if slip.status in ("reported", "fee_assessed", "deferred") and slip.urgency != "high":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "维修单 {number} 尚未派工，不能完工（只有紧急维修可先修后补单）。"),
                           number=slip.slip_no)
        require_step(slip, "complete")
        before, status_from = snapshot(slip), slip.status
        if slip.status in ("reported", "fee_assessed"):
            worker = _repairer(tx.session, repairer_id)
            slip.repairer_id, slip.dispatched_at, slip.emergency_first = worker.id, slip.reported_at, True
        elif repairer_id:
            slip.repairer_id = _repairer(tx.session, repairer_id).id
        done = _past(ctx, completed_at, slip.reported_at, "completed_at")
        begun = started_at or slip.started_at or slip.dispatched_at or slip.reported_at
        if begun > done:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "开始时间不能晚于完成时间。"), field="started_at")
        if slip.due_at and done > slip.due_at and not (delay_reason or slip.delay_reason):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "已超过完成时限，请填写延误原因。"), field="delay_reason")
        set_materials(tx.session, slip, materials)
        if labour_fee is not None:
            slip.labour_fee = _money(labour_fee, "labour_fee")
        recompute_fee(tx.session, slip)
        slip.work_done, slip.completed_at, slip.started_at = work_done, done, begun
        if delay_reason:
            slip.delay_reason = delay_reason.strip()
        slip.status = "completed"
        _finish(tx, slip, before, "complete", status_from, work_done[:200], f"维修单 {slip.slip_no} 完工")
    return repairs.detail(ctx, slip_id)


def accept(ctx: ServiceContext, slip_id: int, *, student_signature: str, accepted_by: str | None = None,
           remarks: str | None = None, expected_version: int | None = None):
    """The administrator checks the work and the student confirms (验收)."""
    student_signature = (student_signature or "").strip()
    if not student_signature:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写确认的学生/住户姓名。"), field="student_signature")
    with ctx.action("repairs.accept") as tx:
        slip = _load(tx, slip_id, "accept", expected_version)
        if slip.chargeable is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请先补填收费认定，再验收。"), field="fee")
        before = snapshot(slip)
        slip.accepted_by = (accepted_by or ctx.actor.display_name).strip()
        slip.accepted_at, slip.requester_signature, slip.status = ctx.now(), student_signature, "accepted"
        if remarks:
            slip.remarks = remarks.strip()
        _finish(tx, slip, before, "accept", "completed", f"验收人：{slip.accepted_by}；学生确认：{student_signature}",
                f"维修单 {slip.slip_no} 验收")
    return repairs.detail(ctx, slip_id)


def defer(ctx: ServiceContext, slip_id: int, *, reason: str, planned_date: dt.date,
          expected_version: int | None = None):
    """Put off (延期): a reason and a planned date are required; the time limit moves to that date."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写延期原因。"), field="reason")
    if planned_date is None or planned_date < ctx.today():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "计划维修日期不能早于今天。"), field="planned_date")
    with ctx.action("repairs.edit") as tx:
        slip = _load(tx, slip_id, "defer", expected_version)
        before, status_from = snapshot(slip), slip.status
        slip.delay_reason, slip.deferred_until, slip.status = reason, planned_date, "deferred"
        slip.due_at = dt.datetime.combine(planned_date, dt.time(23, 59, 59))
        _finish(tx, slip, before, "defer", status_from, f"{reason}；计划 {planned_date:%Y-%m-%d}",
                f"维修单 {slip.slip_no} 延期至 {planned_date:%Y-%m-%d}")
    return repairs.detail(ctx, slip_id)


def void(ctx: ServiceContext, slip_id: int, *, reason: str, expected_version: int | None = None):
    """Void (作废) with a reason; the number stays used (一单一号)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写作废原因。"), field="reason")
    with ctx.action("repairs.void") as tx:
        slip = _load(tx, slip_id, "void", expected_version)
        before, status_from = snapshot(slip), slip.status
        slip.void_reason, slip.status = reason, "voided"
        # an unpaid damage notice goes with its slip; a paid one stays (the money was taken)
        from sqlalchemy import update

        from app.db.models.repairs import DamageNotice
        tx.session.execute(update(DamageNotice).where(DamageNotice.slip_id == slip.id, DamageNotice.status == "unpaid")
                           .values(status="void", version=DamageNotice.version + 1, updated_at=ctx.now(),
                                   updated_by=ctx.actor.username))
        _finish(tx, slip, before, "void", status_from, reason, f"维修单 {slip.slip_no} 作废：{reason}"[:200])
    return repairs.detail(ctx, slip_id)


def close(ctx: ServiceContext, slip_id: int, *, expected_version: int | None = None):
    """Archive (关闭) an accepted or visited slip."""
    with ctx.action("repairs.close") as tx:
        slip = _load(tx, slip_id, "close", expected_version)
        before, status_from = snapshot(slip), slip.status
        slip.status = "closed"
        _finish(tx, slip, before, "close", status_from, None, f"维修单 {slip.slip_no} 关闭")
    return repairs.detail(ctx, slip_id)
