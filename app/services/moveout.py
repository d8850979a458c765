"""Move-out (domain.md §8): a tenant's 租户迁出 or a student's 退宿, one model and one state machine.

applied (owner's consent and mailbox keys received, at least N days ahead unless a supervisor
overrides with a reason) → fees_settled → inspection_requested → inspection_passed |
inspection_failed (→ requested again) → slip_issued (a release slip linked to the move-out is
issued) → moved_out; or cancelled. Students skip the owner's consent, the mailbox keys, the
notice period and (optionally) the fees; their inspection is the room check for damage.
"""
from __future__ import annotations

import datetime as dt
import decimal
import importlib
import json
from dataclasses import dataclass

from app import vocab
from app.db.models.release import MoveOut, MoveOutInspection, ReleaseParty
from app.db.models.residents import Bed, Room, Student
from app.errors import Conflict, NotFound, ValidationError
from app.services import config, sequences
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP

DEFAULTS = {
    "moveout.notice_days": 3,          # 提前 3 天申请 [S]
    "moveout.payment_method": "现金",   # 迁出前费用以现金结清 [F]
}

STATUS_LABELS = {
    "applied": QT_TRANSLATE_NOOP("Values", "已申请"), "fees_settled": QT_TRANSLATE_NOOP("Values", "费用已结清"), "inspection_requested": QT_TRANSLATE_NOOP("Values", "已申请安检"),
    "inspection_passed": QT_TRANSLATE_NOOP("Values", "安检合格"), "inspection_failed": QT_TRANSLATE_NOOP("Values", "安检不合格（整改中）"), "slip_issued": QT_TRANSLATE_NOOP("Values", "已开放行条"),
    "moved_out": QT_TRANSLATE_NOOP("Values", "已迁出"), "cancelled": QT_TRANSLATE_NOOP("Values", "已撤销"),
}
KIND_LABELS = {"tenant": QT_TRANSLATE_NOOP("Values", "租户迁出"), "student": QT_TRANSLATE_NOOP("Values", "学生退宿")}
RESULTS = ("pass", "fail")    # codes of vocabulary release.inspection_result (not_done: a checklist item only)
vocab.define("moveout.status", STATUS_LABELS)
vocab.define("moveout.kind", KIND_LABELS)
KEYS_MODULES = ("app.services.keys_issue", "app.services.keys")  # built separately; optional
CHECKLIST = ("消防喷淋", "烟感", "灭火器", "电气线路", "水管", "门窗", "空调")


@dataclass
class MoveOutInput:
    """What the application form gives (O1, with the owner's notice O2 inline)."""

    kind: str = "tenant"
    planned_date: dt.date | None = None
    building_id: int | None = None
    room_id: int | None = None
    unit_no: str | None = None
    party_id: int | None = None
    student_id: int | None = None
    tenant_name: str = ""
    owner_name: str | None = None
    contact_name: str | None = None
    contact_phone: str | None = None
    lease_from: dt.date | None = None
    lease_to: dt.date | None = None
    reason: str | None = None
    owner_consent_received: bool = False
    consent_notice_no: str | None = None
    consent_fees_paid_to: dt.date | None = None
    mailbox_keys_returned: int = 0
    other_keys_cards: str | None = None


def notice_shortfall(ctx: ServiceContext, planned_date: dt.date) -> int:
    """How many days short of the notice period a planned date is (0: enough notice)."""
    days = int(config.get(ctx, "moveout.notice_days") or 3)
    return max(days - (planned_date - ctx.today()).days, 0)


def _fill(session, data: MoveOutInput) -> None:
    if data.kind == "student":
        student = session.get(Student, data.student_id) if data.student_id else None
        if student is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择退宿的学生。"), field="student")
        if student.bed_id:
            room = session.get(Room, session.get(Bed, student.bed_id).room_id)
            data.building_id, data.room_id, data.unit_no = room.building_id, room.id, room.room_no
        data.tenant_name = student.name
        data.contact_name = data.contact_name or student.name
        data.contact_phone = data.contact_phone or student.phone
    elif data.party_id:
        party = session.get(ReleaseParty, data.party_id)
        if party is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "用户不存在。"))
        data.building_id = data.building_id or party.building_id
        data.room_id, data.unit_no = data.room_id or party.room_id, data.unit_no or party.unit_no
        data.tenant_name = data.tenant_name or party.name
        data.owner_name = data.owner_name or party.owner_name
        data.contact_name = data.contact_name or party.contact_name
        data.contact_phone = data.contact_phone or party.phone
    if data.room_id and not data.unit_no:
        data.unit_no = session.get(Room, data.room_id).room_no


def apply(ctx: ServiceContext, data: MoveOutInput, *, override_reason: str | None = None) -> int:
    """Receive an application. A tenant must give N days' notice (refused below, unless a
    supervisor overrides with a reason), bring the owner's consent and return the mailbox keys."""
    if data.kind not in KIND_LABELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "迁出类型无效。"), field="kind")
    if data.planned_date is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写计划迁出日期。"), field="planned_date")
    if data.planned_date < ctx.today():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "计划迁出日期早于今天。"), field="planned_date")
    override_reason = (override_reason or "").strip() or None
    if data.kind == "tenant":
        short = notice_shortfall(ctx, data.planned_date)
        if short and not override_reason:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "迁出须至少提前 {days} 天申请（计划 {date}，只提前了 {given} 天）；如确需办理，请主管签批并写明原因。"),
                field="planned_date", days=int(config.get(ctx, "moveout.notice_days") or 3),
                date=data.planned_date.isoformat(), given=(data.planned_date - ctx.today()).days)
        if short:
            ctx.require("moveouts.override")
        elif override_reason:
            override_reason = None  # nothing to override
        if not data.owner_consent_received:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "须收到业主的《业主同意租户搬离通知书》。"),
                                  field="owner_consent_received")
        if data.mailbox_keys_returned < 1:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "须交回信箱钥匙。"), field="mailbox_keys_returned")
    with ctx.action("moveouts.apply") as tx:
        _fill(tx.session, data)
        if not data.building_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择楼栋。"), field="building")
        if not (data.tenant_name or "").strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写用户（租户）名称。"), field="tenant_name")
        ctx.require_building(data.building_id)
        m = MoveOut(application_no=sequences.next_number(tx.session, "QC", ctx.today().year), status="applied",
                    apply_date=ctx.today(), handled_by=ctx.actor.display_name)
        for name in MoveOutInput.__dataclass_fields__:
            setattr(m, name, getattr(data, name))
        m.tenant_name = data.tenant_name.strip()
        if override_reason:
            m.override_reason, m.override_by = override_reason, ctx.actor.display_name
        tx.stamp(m, new=True)
        tx.session.add(m)
        tx.session.flush()
        tx.audit("move_out", m.id, after=snapshot(m),
                 summary=f"{KIND_LABELS[m.kind]}申请 {m.application_no} {m.tenant_name}"
                         + (f"（主管特批：{override_reason}）" if override_reason else ""))
        return m.id


def _load(tx, move_out_id: int, expected_version: int | None) -> MoveOut:
    m = tx.session.get(MoveOut, move_out_id)
    if m is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "迁出申请不存在。"))
    tx.ctx.require_building(m.building_id)
    tx.check_version(m, expected_version)
    return m


def _require(m: MoveOut, allowed: tuple[str, ...], doing: str) -> None:
    if m.status not in allowed:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "迁出申请 {number} 当前为「{status}」，不能{doing}。"),
                       number=m.application_no, status=STATUS_LABELS[m.status], doing=doing)


def settle_fees(ctx: ServiceContext, move_out_id: int, *, arrears_amount, mgmt_fee_paid_to: dt.date | None,
                confirmed_by: str, electricity_reading=None, electricity_amount=None,
                payment_method: str | None = None, expected_version: int | None = None) -> None:
    """Finance collected what was owed (up to the date on the owner's notice) and confirms."""
    confirmed_by = (confirmed_by or "").strip()
    try:
        amount = decimal.Decimal(str(arrears_amount or 0)).quantize(decimal.Decimal("0.01"))
    except decimal.InvalidOperation:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "金额格式不正确。"), field="arrears_amount") from None
    if amount < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "金额不能为负数。"), field="arrears_amount")
    if not confirmed_by:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写财务确认人。"), field="fees_confirmed_by")
    with ctx.action("moveouts.record") as tx:
        m = _load(tx, move_out_id, expected_version)
        _require(m, ("applied",), "登记费用结清")
        if m.kind == "tenant" and mgmt_fee_paid_to is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写管理费收取至哪天。"), field="mgmt_fee_paid_to")
        if m.consent_fees_paid_to and mgmt_fee_paid_to and mgmt_fee_paid_to < m.consent_fees_paid_to:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "管理费须收取至业主通知书所写日期 {date}。"),
                                  field="mgmt_fee_paid_to", date=m.consent_fees_paid_to.isoformat())
        before = snapshot(m)
        m.arrears_amount, m.mgmt_fee_paid_to = amount, mgmt_fee_paid_to
        m.electricity_reading = decimal.Decimal(str(electricity_reading)) if electricity_reading else None
        m.electricity_amount = decimal.Decimal(str(electricity_amount)) if electricity_amount else None
        m.payment_method = payment_method or config.get_in(tx.session, "moveout.payment_method")
        m.fees_confirmed_by, m.fees_settled_at = confirmed_by, ctx.now()
        m.status = "fees_settled"
        tx.stamp(m)
        tx.audit("move_out", m.id, before=before, after=snapshot(m),
                 summary=f"迁出 {m.application_no} 费用结清 {amount} 元（{confirmed_by}）")


def request_inspection(ctx: ServiceContext, move_out_id: int, *, requested_date: dt.date,
                       contact: str | None = None, phone: str | None = None,
                       expected_version: int | None = None) -> None:
    """O3 用户室内设施安全检查申请书 (for a student: the room check is requested)."""
    with ctx.action("moveouts.record") as tx:
        m = _load(tx, move_out_id, expected_version)
        allowed = ("fees_settled", "inspection_failed") + (("applied",) if m.kind == "student" else ())
        if m.status == "applied" and m.kind == "tenant":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "请先结清费用，再申请安全检查。"))
        _require(m, allowed, "申请安全检查")
        before = snapshot(m)
        m.inspection_requested_date = requested_date
        m.inspection_contact = (contact or "").strip() or m.contact_name
        m.inspection_phone = (phone or "").strip() or m.contact_phone
        m.status = "inspection_requested"
        tx.stamp(m)
        tx.audit("move_out", m.id, before=before, after=snapshot(m),
                 summary=f"迁出 {m.application_no} 申请安全检查 {requested_date}")


def record_inspection(ctx: ServiceContext, move_out_id: int, *, result: str, inspection_date: dt.date,
                      inspectors: str, defects: str | None = None, rectification_deadline: dt.date | None = None,
                      checklist: dict[str, str] | None = None, gm_stamped: bool = False,
                      expected_version: int | None = None) -> str:
    """O4: the result of the inspection (or room check) with its notice number; returns it."""
    result = vocab.INSPECTION_RESULT.code(result or "") or result   # a code, or its label as typed
    if result not in RESULTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "检查结果须为合格或不合格。"), field="result")
    checklist = {item: vocab.INSPECTION_RESULT.code(v or "") or v for item, v in (checklist or {}).items()}
    for item, value in checklist.items():
        if value not in vocab.INSPECTION_RESULT.codes:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "检查项目「{item}」的结果无效：{value}（应为合格、不合格或未检）"),
                                  field="checklist", item=item, value=value)
    if not (inspectors or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写检查人员。"), field="inspectors")
    if result == "fail" and not (defects or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "不合格时请写明存在的问题。"), field="defects")
    with ctx.action("moveouts.check") as tx:
        m = _load(tx, move_out_id, expected_version)
        _require(m, ("inspection_requested",), "登记检查结果")
        before = snapshot(m)
        inspection = MoveOutInspection(
            notice_no=sequences.next_number(tx.session, "AJ", ctx.today().year), result=result,
            inspection_date=inspection_date, inspectors=inspectors.strip(), defects=(defects or "").strip() or None,
            rectification_deadline=rectification_deadline if result == "fail" else None,
            checklist=json.dumps(checklist, ensure_ascii=False) if checklist else None, gm_stamped=gm_stamped,
            recorded_at=ctx.now(), recorded_by=ctx.actor.display_name)
        m.inspections.append(inspection)
        m.status = "inspection_passed" if result == "pass" else "inspection_failed"
        tx.stamp(m)
        tx.session.flush()
        tx.audit("move_out", m.id, before=before, after=snapshot(m) | {"notice_no": inspection.notice_no},
                 summary=f"迁出 {m.application_no} 安全检查{vocab.INSPECTION_RESULT.labels[result]}（{inspection.notice_no}）")
        return inspection.notice_no


def complete(ctx: ServiceContext, move_out_id: int, moved_out_date: dt.date | None = None,
             expected_version: int | None = None) -> None:
    """The tenant (student) has left. A student with no large items needs no release slip."""
    with ctx.action("moveouts.complete") as tx:
        m = _load(tx, move_out_id, expected_version)
        allowed = ("slip_issued",) + (("inspection_passed",) if m.kind == "student" else ())
        if m.status == "inspection_passed" and m.kind == "tenant":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "租户迁出须先开具物品放行条。"))
        _require(m, allowed, "办结迁出")
        before = snapshot(m)
        m.status, m.moved_out_date = "moved_out", moved_out_date or ctx.today()
        tx.stamp(m)
        tx.audit("move_out", m.id, before=before, after=snapshot(m), summary=f"迁出 {m.application_no} 已办结")


def cancel(ctx: ServiceContext, move_out_id: int, reason: str, expected_version: int | None = None) -> None:
    if not (reason or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写撤销原因。"), field="reason")
    with ctx.action("moveouts.void") as tx:
        m = _load(tx, move_out_id, expected_version)
        if m.status in ("moved_out", "cancelled"):
            _require(m, (), "撤销")
        before = snapshot(m)
        m.status, m.cancel_reason = "cancelled", reason.strip()
        tx.stamp(m)
        tx.audit("move_out", m.id, before=before, after=snapshot(m), summary=f"撤销迁出 {m.application_no}：{reason}")


def key_return_status(ctx: ServiceContext, student_id: int | None) -> str:
    """The keys module's word on a student's keys, if that module exists (it is built separately)."""
    if not student_id:
        return ""
    checks = []
    for name in KEYS_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        checks += list(getattr(module, "CHECKOUT_CHECKS", ()) or ())
    if not checks:
        return "钥匙模块未启用"
    try:
        with ctx.read() as s:
            problems = [t for t in (check(s, ctx, student_id) for check in checks) if t]
    except Exception as exc:  # noqa: BLE001 - another module's failure must not block this screen
        return f"钥匙核查失败：{exc}"
    return "；".join(problems) if problems else "钥匙已交清"
