"""The release slip's life (domain.md §6): application → endorsement → arrears check → issue
(the FX number is taken here) → gate check (released / refused) → guard copy returned; side ways
out: rejected at review, voided (keeps its number), expired (computed, see release_queries).

Every function is one user action with one audit row; a refusal writes nothing.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app import vocab
from app.db.models.release import (
    APPLICANT_ROLES,
    ENDORSE_METHODS,
    ID_TYPES,
    SLIP_REASONS,
    GateCheck,
    MoveOut,
    ReleaseParty,
    ReleaseSlip,
    ReleaseSlipItem,
)
from app.db.models.residents import Bed, Room, Student
from app.errors import Conflict, NotFound, ValidationError
from app.services import config, privacy, sequences
from app.services.context import ServiceContext, snapshot
from app.services.release_parties import active_agreement
from app.services.release_queries import STATUS_LABELS, effective_status, normalise_no
from app.texts import QT_TRANSLATE_NOOP

DEFAULTS = {
    "release.validity_days": 1,     # 当日有效: valid on the day of issue only
    "release.copies": 3,            # 3 parts (存根 / 门岗联 / 客户联) or 2
    "release.exit_gate": "货梯 / 大门",
}


@dataclass
class ItemInput:
    """One line of the items table as the form gives it."""

    item_name: str
    qty: int
    spec_model: str | None = None
    unit: str | None = "件"
    remarks: str | None = None


@dataclass
class SlipInput:
    """What the application form gives. A student's slip names `student_id`; a building's a party."""

    building_id: int | None = None
    room_id: int | None = None
    unit_no: str | None = None
    party_id: int | None = None
    student_id: int | None = None
    move_out_id: int | None = None
    tenant_name: str = ""
    owner_name: str | None = None
    applicant_role: str = "tenant"     # codes of app/vocab.py "release.*" (a label is accepted)
    handler_name: str = ""
    handler_id_type: str = "id_card"
    handler_id_no: str = ""
    handler_phone: str | None = None
    reason: str = "other"
    reason_text: str | None = None
    planned_time: dt.datetime | None = None
    exit_gate: str | None = None
    items: list[ItemInput] = field(default_factory=list)


def _err(message: str, field_name: str | None = None, **params):
    return ValidationError(message, field=field_name, **params)


def _validate_items(items: list[ItemInput]) -> list[ItemInput]:
    clean = [i for i in items if (i.item_name or "").strip() or i.qty]
    if not clean:
        raise _err(QT_TRANSLATE_NOOP("Errors", "放行条至少要有一项物品。"), "items")
    for n, item in enumerate(clean, start=1):
        if not (item.item_name or "").strip():
            raise _err(QT_TRANSLATE_NOOP("Errors", "第 {n} 行物品没有名称。"), "items", n=n)
        if not isinstance(item.qty, int) or item.qty <= 0:
            raise _err(QT_TRANSLATE_NOOP("Errors", "第 {n} 行物品「{name}」的数量须为正整数。"), "items", n=n,
                       name=item.item_name.strip())
    return clean


def _fill_from_links(session, data: SlipInput) -> None:
    """A student's slip takes building, room and names from the student; a party's from the party."""
    if data.student_id:
        student = session.get(Student, data.student_id)
        if student is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "学生不存在。"))
        if student.bed_id:
            bed = session.get(Bed, student.bed_id)
            room = session.get(Room, bed.room_id)
            data.building_id, data.room_id, data.unit_no = room.building_id, room.id, room.room_no
        data.tenant_name = data.tenant_name or student.name
        data.applicant_role = "student" if data.applicant_role in ("", "tenant") else data.applicant_role
        data.handler_name = data.handler_name or student.name
        data.handler_phone = data.handler_phone or student.phone
    if data.party_id:
        party = session.get(ReleaseParty, data.party_id)
        if party is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "用户不存在。"))
        data.building_id = data.building_id or party.building_id
        data.room_id = data.room_id or party.room_id
        data.unit_no = data.unit_no or party.unit_no
        data.tenant_name = data.tenant_name or party.name
        data.owner_name = data.owner_name or party.owner_name
    if data.room_id and not data.unit_no:
        room = session.get(Room, data.room_id)
        data.unit_no = room.room_no if room else None


def _codes(data: SlipInput) -> None:
    """Typed labels (command line, tests) become codes; an unknown value stays and is refused."""
    data.applicant_role = vocab.APPLICANT_ROLE.code(data.applicant_role or "") or data.applicant_role
    data.reason = vocab.SLIP_REASON.code(data.reason or "") or data.reason
    data.handler_id_type = vocab.ID_TYPE.code(data.handler_id_type or "") or data.handler_id_type


def _validate(data: SlipInput) -> None:
    if not data.building_id:
        raise _err(QT_TRANSLATE_NOOP("Errors", "请选择楼栋。"), "building")
    if not (data.tenant_name or "").strip():
        raise _err(QT_TRANSLATE_NOOP("Errors", "请填写用户（单位）名称。"), "tenant_name")
    if data.applicant_role not in APPLICANT_ROLES:
        raise _err(QT_TRANSLATE_NOOP("Errors", "申请人身份无效：{value}"), "applicant_role", value=data.applicant_role)
    if data.reason not in SLIP_REASONS:
        raise _err(QT_TRANSLATE_NOOP("Errors", "搬出原因无效：{value}"), "reason", value=data.reason)
    if not (data.handler_name or "").strip():
        raise _err(QT_TRANSLATE_NOOP("Errors", "请填写经办人（搬运人）姓名。"), "handler_name")
    if data.handler_id_type not in ID_TYPES:
        raise _err(QT_TRANSLATE_NOOP("Errors", "证件类型无效：{value}"), "handler_id_type", value=data.handler_id_type)
    if not (data.handler_id_no or "").strip():
        raise _err(QT_TRANSLATE_NOOP("Errors", "请填写经办人证件号码。"), "handler_id_no")


def _apply(slip: ReleaseSlip, data: SlipInput, items: list[ItemInput]) -> None:
    for name in ("building_id", "room_id", "unit_no", "party_id", "student_id", "move_out_id", "owner_name",
                 "applicant_role", "handler_id_type", "handler_phone", "reason", "reason_text", "planned_time",
                 "exit_gate"):
        setattr(slip, name, getattr(data, name))
    slip.tenant_name = data.tenant_name.strip()
    slip.handler_name = data.handler_name.strip()
    slip.handler_id_no = data.handler_id_no.strip()
    slip.items = [ReleaseSlipItem(seq=n, item_name=i.item_name.strip(), spec_model=i.spec_model or None,
                                  unit=i.unit or None, qty=i.qty, remarks=i.remarks or None)
                  for n, i in enumerate(items, start=1)]
    slip.total_qty = sum(i.qty for i in items)


def _slip_summary(slip: ReleaseSlip) -> dict:
    return snapshot(slip) | {"items": [(i.item_name, i.qty) for i in slip.items]}


def create_slip(ctx: ServiceContext, data: SlipInput) -> int:
    """Record an application (status 草稿); returns the slip's id."""
    items = _validate_items(data.items)
    with ctx.action("release.create") as tx:
        _codes(data)
        _fill_from_links(tx.session, data)
        _validate(data)
        ctx.require_building(data.building_id)
        if data.move_out_id and tx.session.get(MoveOut, data.move_out_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "迁出申请不存在。"))
        slip = ReleaseSlip(status="draft", print_count=0)
        _apply(slip, data, items)
        tx.stamp(slip, new=True)
        tx.session.add(slip)
        tx.session.flush()
        tx.audit("release_slip", slip.id, after=_slip_summary(slip),
                 summary=f"放行申请 {slip.tenant_name} {slip.total_qty}件")
        return slip.id


def _load(tx, slip_id: int, expected_version: int | None = None) -> ReleaseSlip:
    slip = tx.session.get(ReleaseSlip, slip_id)
    if slip is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "找不到放行条 {number}。"), number=slip_id)
    tx.ctx.require_building(slip.building_id)
    tx.check_version(slip, expected_version)
    return slip


def _require_status(slip: ReleaseSlip, today: dt.date, allowed: tuple[str, ...], doing: str) -> str:
    status = effective_status(slip.status, slip.valid_until, today)
    if status not in allowed:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "放行条 {number} 当前为「{status}」，不能{doing}。"),
                       number=slip.slip_no or f"草稿-{slip.id}", status=STATUS_LABELS[status], doing=doing)
    return status


def update_draft(ctx: ServiceContext, slip_id: int, data: SlipInput, expected_version: int | None = None) -> None:
    items = _validate_items(data.items)
    with ctx.action("release.edit") as tx:
        slip = _load(tx, slip_id, expected_version)
        _require_status(slip, ctx.today(), ("draft",), "修改")
        before = _slip_summary(slip)
        _codes(data)
        _fill_from_links(tx.session, data)
        _validate(data)
        _apply(slip, data, items)
        tx.stamp(slip)
        tx.session.flush()
        tx.audit("release_slip", slip.id, before=before, after=_slip_summary(slip),
                 summary=f"修改放行申请 {slip.tenant_name}")


def endorse(ctx: ServiceContext, slip_id: int, *, method: str, endorser_name: str, note: str | None = None,
            expected_version: int | None = None) -> None:
    """The tenant company's seal or the owner's confirmation (in person, in writing, by phone).

    For a tenant, an agreement must be in force and the endorser must be one it authorises."""
    endorser_name = (endorser_name or "").strip()
    method = vocab.ENDORSE_METHOD.code(method or "") or method
    if method not in ENDORSE_METHODS:
        raise _err(QT_TRANSLATE_NOOP("Errors", "签署方式无效：{value}"), "endorse_method", value=method)
    if not endorser_name:
        raise _err(QT_TRANSLATE_NOOP("Errors", "请填写签署意见（确认）人。"), "endorser_name")
    if method == "phone" and not (note or "").strip():
        raise _err(QT_TRANSLATE_NOOP("Errors", "电话确认须记下确认人和通话时间。"), "endorse_note")
    with ctx.action("release.record") as tx:
        slip = _load(tx, slip_id, expected_version)
        _require_status(slip, ctx.today(), ("draft",), "签署意见")
        before = snapshot(slip)
        party = tx.session.get(ReleaseParty, slip.party_id) if slip.party_id else None
        slip.agreement_id = None
        if party is not None and party.kind == "tenant":
            agreement = active_agreement(tx.session, party.id, ctx.today())
            if agreement is None:
                raise _err(QT_TRANSLATE_NOOP("Errors", "{tenant} 没有有效的《用户室内大件物品放行协议书》，不能签署放行。"),
                           "endorser_name", tenant=party.name)
            names = {s.name.strip() for s in agreement.signatories}
            if endorser_name not in names:
                raise _err(QT_TRANSLATE_NOOP("Errors", "{name} 不是协议 {agreement} 的授权签署人（授权：{names}）。"),
                           "endorser_name", name=endorser_name, agreement=agreement.agreement_no,
                           names="、".join(sorted(names)))
            slip.agreement_id = agreement.id
        slip.endorse_method, slip.endorser_name = method, endorser_name
        slip.endorse_note = (note or "").strip() or None
        slip.endorsed_at, slip.endorsed_by = ctx.now(), ctx.actor.display_name
        slip.status = "endorsed"
        tx.stamp(slip)
        tx.audit("release_slip", slip.id, before=before, after=snapshot(slip),
                 summary=f"放行条签署意见：{vocab.ENDORSE_METHOD.labels[method]} {endorser_name}")


def check_arrears(ctx: ServiceContext, slip_id: int, *, clear: bool, note: str | None = None,
                  expected_version: int | None = None) -> None:
    """Record the arrears check; with arrears outstanding the slip stays blocked (not issuable)."""
    if not clear and not (note or "").strip():
        raise _err(QT_TRANSLATE_NOOP("Errors", "有欠费时请写明欠费情况。"), "arrears_note")
    with ctx.action("release.check") as tx:
        slip = _load(tx, slip_id, expected_version)
        _require_status(slip, ctx.today(), ("endorsed", "fee_checked"), "核查欠费")
        before = snapshot(slip)
        slip.arrears_clear = bool(clear)
        slip.arrears_note = (note or "").strip() or None
        slip.arrears_checked_at, slip.arrears_checked_by = ctx.now(), ctx.actor.display_name
        slip.status = "fee_checked" if clear else "endorsed"
        tx.stamp(slip)
        tx.audit("release_slip", slip.id, before=before, after=snapshot(slip),
                 summary=f"欠费核查：{'无欠费' if clear else '有欠费'}")


def issue(ctx: ServiceContext, slip_id: int, expected_version: int | None = None) -> str:
    """Customer service approves: the slip takes its number (FX2026-000123) and its validity."""
    with ctx.action("release.issue") as tx:
        slip = _load(tx, slip_id, expected_version)
        status = effective_status(slip.status, slip.valid_until, ctx.today())
        if status == "draft":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "放行条尚未签署意见（用户单位盖章或业主确认），不能开具。"))
        if status == "endorsed":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "尚未通过欠费核查，不能开具放行条。"))
        _require_status(slip, ctx.today(), ("fee_checked",), "开具")
        if not slip.arrears_clear:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "尚未通过欠费核查，不能开具放行条。"))
        move_out = tx.session.get(MoveOut, slip.move_out_id) if slip.move_out_id else None
        if move_out is not None and move_out.status not in ("inspection_passed", "slip_issued"):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "迁出申请 {number} 尚未结清费用并通过安全检查，不能开具放行条。"),
                           number=move_out.application_no)
        before = snapshot(slip)
        today = ctx.today()
        days = max(int(config.get_in(tx.session, "release.validity_days") or 1), 1)
        slip.slip_no = sequences.next_number(tx.session, "FX", today.year)
        slip.issue_date, slip.valid_until = today, today + dt.timedelta(days=days - 1)
        slip.issued_at, slip.cs_approver = ctx.now(), ctx.actor.display_name
        slip.status = "issued"
        if move_out is not None and move_out.status == "inspection_passed":
            move_out.status = "slip_issued"
            tx.stamp(move_out)
        tx.stamp(slip)
        tx.audit("release_slip", slip.id, before=before, after=snapshot(slip),
                 summary=f"开具放行条 {slip.slip_no}")
        return slip.slip_no


def reject(ctx: ServiceContext, slip_id: int, reason: str, expected_version: int | None = None) -> None:
    """Customer service refuses the application at review."""
    if not (reason or "").strip():
        raise _err(QT_TRANSLATE_NOOP("Errors", "请填写驳回原因。"), "reason")
    with ctx.action("release.check") as tx:
        slip = _load(tx, slip_id, expected_version)
        _require_status(slip, ctx.today(), ("draft", "endorsed", "fee_checked"), "驳回")
        before = snapshot(slip)
        slip.status, slip.review_reject_reason = "rejected", reason.strip()
        tx.stamp(slip)
        tx.audit("release_slip", slip.id, before=before, after=snapshot(slip), summary=f"驳回放行申请：{reason}")


def void(ctx: ServiceContext, slip_id: int, reason: str, expected_version: int | None = None) -> None:
    """Cancel a slip not yet used at the gate; an issued slip keeps its number, shown as voided."""
    if not (reason or "").strip():
        raise _err(QT_TRANSLATE_NOOP("Errors", "请填写作废原因。"), "reason")
    with ctx.action("release.void") as tx:
        slip = _load(tx, slip_id, expected_version)
        _require_status(slip, ctx.today(), ("draft", "endorsed", "fee_checked", "issued", "expired"), "作废")
        before = snapshot(slip)
        slip.status, slip.void_reason, slip.voided_by = "void", reason.strip(), ctx.actor.display_name
        tx.stamp(slip)
        tx.audit("release_slip", slip.id, before=before, after=snapshot(slip),
                 summary=f"作废放行条 {slip.slip_no or ''}：{reason}")


def gate_check(ctx: ServiceContext, number: str, *, released: bool, guard_name: str,
               handler_id_checked: bool = False, handler_id_no: str | None = None,
               quantities: dict[int, int] | None = None, reason: str | None = None,
               at: dt.datetime | None = None) -> str:
    """The guard's result. `quantities` maps item id → quantity let out (default: as on the slip).

    Returns the slip's new status. More than the slip, an unchecked ID, or a refusal without a
    reason are refused; a refused slip is finished (a new slip is needed)."""
    guard_name = (guard_name or "").strip()
    if not guard_name:
        raise _err(QT_TRANSLATE_NOOP("Errors", "请填写保安核验人。"), "guard_name")
    if released and not handler_id_checked:
        raise _err(QT_TRANSLATE_NOOP("Errors", "放行前须核验经办人证件。"), "handler_id_checked")
    if not released and not (reason or "").strip():
        raise _err(QT_TRANSLATE_NOOP("Errors", "请填写拒放原因。"), "reason")
    with ctx.action("release.check") as tx:
        from sqlalchemy import select
        slip = tx.session.scalar(select(ReleaseSlip).where(ReleaseSlip.slip_no == normalise_no(number)))
        if slip is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "找不到放行条 {number}。"), number=number)
        ctx.require_building(slip.building_id)
        status = effective_status(slip.status, slip.valid_until, ctx.today())
        if status == "expired":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "放行条 {number} 已过有效期（{date}），不能放行，请重新开具。"),
                           number=slip.slip_no, date=slip.valid_until.isoformat())
        _require_status(slip, ctx.today(), ("issued",), "门岗核验")
        before = snapshot(slip)
        total = 0
        if released:
            quantities = quantities or {}
            for item in slip.items:
                qty = quantities.get(item.id, item.qty)
                if not isinstance(qty, int) or qty < 0:
                    raise _err(QT_TRANSLATE_NOOP("Errors", "「{name}」的实放数量无效。"), "quantities",
                               name=item.item_name)
                if qty > item.qty:
                    raise _err(QT_TRANSLATE_NOOP("Errors", "「{name}」实放 {qty} 件，超过放行条上的 {max} 件，不能放行。"),
                               "quantities", name=item.item_name, qty=qty, max=item.qty)
                item.released_qty = qty
                total += qty
            unknown = set(quantities) - {i.id for i in slip.items}
            if unknown:
                raise _err(QT_TRANSLATE_NOOP("Errors", "实放物品不在放行条上。"), "quantities")
            if total == 0:
                raise _err(QT_TRANSLATE_NOOP("Errors", "实放数量为零：请改为拒放并写明原因。"), "quantities")
        slip.gate_checks.append(GateCheck(
            result="released" if released else "refused", checked_at=at or ctx.now(), guard_name=guard_name,
            handler_id_checked=bool(handler_id_checked),
            handler_id_no=privacy.restore((handler_id_no or "").strip(), slip.handler_id_no, "id") or None,
            released_qty=total, reason=(reason or "").strip() or None, recorded_by=ctx.actor.display_name))
        slip.status = "released" if released else "rejected_at_gate"
        tx.stamp(slip)
        tx.audit("release_slip", slip.id, before=before, after=snapshot(slip) | {"released_qty": total},
                 summary=(f"门岗放行 {slip.slip_no} 实放{total}件" if released
                          else f"门岗拒放 {slip.slip_no}：{reason}"))
        return slip.status


def return_copy(ctx: ServiceContext, number: str, returned_date: dt.date | None = None) -> str:
    """The guard copy (or an unused slip) is handed back to customer service; returns the status."""
    with ctx.action("release.return") as tx:
        from sqlalchemy import select
        slip = tx.session.scalar(select(ReleaseSlip).where(ReleaseSlip.slip_no == normalise_no(number)))
        if slip is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "找不到放行条 {number}。"), number=number)
        ctx.require_building(slip.building_id)
        if slip.returned_date is not None:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "放行条 {number} 已于 {date} 回收。"), number=slip.slip_no,
                           date=slip.returned_date.isoformat())
        _require_status(slip, ctx.today(), ("released", "rejected_at_gate", "expired", "void"), "回收")
        before = snapshot(slip)
        slip.returned_date, slip.returned_by = returned_date or ctx.today(), ctx.actor.display_name
        if slip.status == "released":
            slip.status = "archived"
        tx.stamp(slip)
        tx.audit("release_slip", slip.id, before=before, after=snapshot(slip), summary=f"回收放行条 {slip.slip_no}")
        return effective_status(slip.status, slip.valid_until, ctx.today())


def follow_up(ctx: ServiceContext, slip_id: int, note: str, expected_version: int | None = None) -> None:
    """Note how an expired, unused slip was followed up with the tenant."""
    if not (note or "").strip():
        raise _err(QT_TRANSLATE_NOOP("Errors", "请填写跟进情况。"), "follow_up_note")
    with ctx.action("release.record") as tx:
        slip = _load(tx, slip_id, expected_version)
        _require_status(slip, ctx.today(), ("expired",), "登记跟进")
        before = snapshot(slip)
        slip.follow_up_note = note.strip()
        tx.stamp(slip)
        tx.audit("release_slip", slip.id, before=before, after=snapshot(slip), summary=f"过期放行条跟进：{note}")
