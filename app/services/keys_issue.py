"""Student key sets: issue at check-in (K1 钥匙发放登记) and hand-back at leaving (K4 钥匙交回),
with the compensation from the price list, and the check-out check that blocks 退宿 until the
keys are settled or waived by a supervisor."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from app import vocab
from app.db.models.keys import KeyIssue, KeyIssueLine, KeyItem, KeyLoss, KeyReturn, KeyType, SpareKeyLoan
from app.db.models.residents import Student
from app.errors import Conflict, NotFound, ValidationError
from app.services import config, sequences
from app.services.context import ServiceContext
from app.services.keys_common import (
    LEAVE_TYPES,
    MOVE_ISSUE,
    MOVE_LOST,
    MOVE_RETURN,
    key_types,
    lock_price,
    money,
    move,
    new_tag,
    student_by_no,
    student_place,
)
from app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class TypeCount:
    key_type_id: int
    name: str
    qty: int                 # default to issue, or expected back
    unit_price: Decimal


@dataclass(frozen=True)
class StudentKeys:
    """What the issue and return forms show for one student."""

    student_id: int
    student_no: str
    name: str
    gender: str | None
    college: str | None
    class_name: str | None
    building: str
    room_no: str
    bed_no: str
    held: tuple[TypeCount, ...]      # keys the student holds now, per type
    defaults: tuple[TypeCount, ...]  # quantities to prefill for an issue
    deposit_default: Decimal
    deposit_paid: Decimal


@dataclass(frozen=True)
class IssueResult:
    issue_id: int
    issue_no: str
    total: int


@dataclass(frozen=True)
class ReturnResult:
    return_no: str
    expected: int
    returned: int
    compensation: Decimal
    lock_change: bool
    deposit_refund: Decimal
    waived: bool


def _held(session, student_id: int) -> dict[int, int]:
    rows = session.execute(select(KeyItem.key_type_id, func.count()).where(
        KeyItem.holder_student_id == student_id, KeyItem.status == "issued").group_by(KeyItem.key_type_id))
    return dict(rows.all())


def _deposit_paid(session, student_id: int) -> Decimal:
    return money(session.scalar(select(func.coalesce(func.sum(KeyIssue.deposit), 0)).where(
        KeyIssue.student_id == student_id, KeyIssue.voided.is_(False))))


def student_keys(ctx: ServiceContext, student_no: str) -> StudentKeys:
    with ctx.read("keys.view") as s:
        st = student_by_no(s, student_no)
        bed, room, building = student_place(s, st)
        ctx.require_building(building.id)
        held = _held(s, st.id)
        types = key_types(s)
        per_key = money(config.get_in(s, "keys.deposit_per_key", 0))
        defaults = tuple(TypeCount(t.id, t.name, 0 if held.get(t.id) else t.default_qty, money(t.unit_price))
                         for t in types)
        return StudentKeys(
            st.id, st.student_no, st.name, st.gender, st.college, st.class_name, building.name, room.room_no,
            bed.bed_no, tuple(TypeCount(t.id, t.name, held.get(t.id, 0), money(t.unit_price)) for t in types),
            defaults, per_key * sum(d.qty for d in defaults), _deposit_paid(s, st.id))


def issue_keys(ctx: ServiceContext, student_no: str, quantities: dict[int, int], *, deposit=0,
               remarks: str | None = None) -> IssueResult:
    """K1: hand a key set to a registered student with a bed: one action, one audit row."""
    with ctx.action("keys.issue") as tx:
        s = tx.session
        st = student_by_no(s, student_no)
        bed, room, building = student_place(s, st)
        ctx.require_building(building.id)
        wanted = {int(k): int(v) for k, v in quantities.items() if int(v)}
        if any(v < 0 or v > 10 for v in wanted.values()):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "每种钥匙的数量应在 0 到 10 之间。"), field="quantities")
        if not wanted:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有要发放的钥匙。"), field="quantities")
        if money(deposit) < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "押金不能为负数。"), field="deposit")
        held = _held(s, st.id)
        types = {t.id: t for t in s.scalars(select(KeyType).where(KeyType.id.in_(wanted)))}
        for type_id in wanted:
            if type_id not in types:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "钥匙类型不存在。"))
            if held.get(type_id):
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "{name} 已领取{type}钥匙 {n} 把，未交回前不能重复发放。"),
                               name=st.name, type=vocab.label("key.type", types[type_id].name), n=held[type_id])
        now = ctx.now()
        issue = KeyIssue(issue_no=sequences.next_number(s, "YS", now.year), student_id=st.id,
                         building_id=building.id, room_id=room.id, bed_id=bed.id, issue_date=now.date(),
                         issued_at=now, deposit=money(deposit), issued_by=ctx.actor.display_name,
                         remarks=(remarks or "").strip() or None)
        s.add(issue)
        s.flush()
        for type_id, qty in wanted.items():
            s.add(KeyIssueLine(issue_id=issue.id, key_type_id=type_id, qty=qty))
            # Keys of this room and type waiting at the centre go out first; the rest are cut now.
            stock = s.scalars(select(KeyItem).where(
                KeyItem.room_id == room.id, KeyItem.key_type_id == type_id, KeyItem.kind == "student",
                KeyItem.status.in_(("in_stock", "returned"))).order_by(KeyItem.id).limit(qty)).all()
            keys = list(stock) + [KeyItem(tag_code=new_tag(s), room_id=room.id, key_type_id=type_id,
                                          kind="student") for _ in range(qty - len(stock))]
            for key in keys:
                key.status, key.holder_student_id, key.issue_id, key.since = "issued", st.id, issue.id, now
                tx.stamp(key, new=key.id is None)
                s.add(key)
            s.flush()
            for key in keys:
                move(s, key, MOVE_ISSUE, now, ctx.actor.username, student_id=st.id, ref=issue.issue_no)
        total = sum(wanted.values())
        lines = "、".join(f"{types[t].name}{q}" for t, q in wanted.items())
        tx.audit("key_issue", issue.issue_no, after={"student_no": st.student_no, "room": room.room_no,
                                                    "lines": {types[t].name: q for t, q in wanted.items()},
                                                    "deposit": str(money(deposit))},
                 summary=f"发放钥匙 {issue.issue_no} 给 {st.name}（{st.student_no}）：{lines}")
        return IssueResult(issue.id, issue.issue_no, total)


def compensation_for(lines: list[tuple[int, int, Decimal]], lock_price_value: Decimal, threshold: float
                     ) -> tuple[Decimal, bool]:
    """(expected, returned, unit price) per type -> (compensation, lock change needed).

    Missing keys cost their unit price; when fewer than `threshold` of the keys come back the lock
    must be changed and the lock-change price is added (domain.md §3.1, 20 元/把, 150 元/间)."""
    expected = sum(e for e, _r, _p in lines)
    returned = sum(min(r, e) for e, r, _p in lines)
    fee = sum((money(p) * max(e - r, 0) for e, r, p in lines), Decimal("0.00"))
    lock = expected > 0 and returned < expected * threshold
    if lock:
        fee += lock_price_value
    return money(fee), lock


def return_keys(ctx: ServiceContext, student_id: int, returned: dict[int, int], *, leave_type: str = "graduate",
                receipt_no: str | None = None, waive_reason: str | None = None) -> ReturnResult:
    """K4: count back a leaving student's keys per type; charge shortfalls or (supervisor) waive them."""
    leave_type = vocab.code("key.leave_type", leave_type) or leave_type  # a code, or its label as typed
    if leave_type not in LEAVE_TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "离校类型无效：{value}"), field="leave_type", value=leave_type)
    waive_reason = (waive_reason or "").strip() or None
    permission = "keys.waive" if waive_reason else "keys.return"
    with ctx.action(permission) as tx:
        s = tx.session
        st = s.get(Student, student_id)
        if st is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "学生不存在。"))
        issue = s.scalar(select(KeyIssue).where(KeyIssue.student_id == st.id, KeyIssue.voided.is_(False))
                         .order_by(KeyIssue.id.desc()))
        ctx.require_building(issue.building_id if issue else None)
        held_keys = s.scalars(select(KeyItem).where(KeyItem.holder_student_id == st.id,
                                                    KeyItem.status == "issued").order_by(KeyItem.id)).all()
        if not held_keys:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "{name} 没有未交回的钥匙。"), name=st.name)
        types = {t.id: t for t in key_types(s, active_only=False)}
        by_type: dict[int, list[KeyItem]] = {}
        for key in held_keys:
            by_type.setdefault(key.key_type_id, []).append(key)
        lines, detail = [], []
        for type_id, keys in by_type.items():
            back = int(returned.get(type_id, 0))
            if back < 0 or back > len(keys):
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{type}钥匙实交数量应在 0 到 {n} 之间。"),
                                      field="returned", type=vocab.label("key.type", types[type_id].name), n=len(keys))
            lines.append((len(keys), back, money(types[type_id].unit_price)))
            detail.append({"type": types[type_id].name, "expected": len(keys), "returned": back})
        threshold = float(config.get_in(s, "keys.lock_change_threshold", 0.5))
        fee, lock = compensation_for(lines, lock_price(s, "cylinder"), threshold)
        receipt_no = (receipt_no or "").strip() or None
        if fee > 0 and not receipt_no and not waive_reason:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "应赔偿 {fee} 元：请填写缴费收据号，或由主管填写理由免除。"), field="receipt_no", fee=fee)
        open_loan = s.scalar(select(SpareKeyLoan.loan_no).where(SpareKeyLoan.student_id == st.id,
                                                                SpareKeyLoan.time_in.is_(None)))
        if open_loan:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "{name} 借用的备用钥匙（{no}）尚未归还。"),
                           name=st.name, no=open_loan)
        now = ctx.now()
        number = sequences.next_number(s, "JH", now.year)
        for type_id, keys in by_type.items():
            back = int(returned.get(type_id, 0))
            for i, key in enumerate(keys):
                if i < back:
                    key.status, key.holder_student_id, key.issue_id, key.since = "returned", None, None, now
                    move(s, key, MOVE_RETURN, now, ctx.actor.username, student_id=st.id, ref=number)
                else:
                    key.status, key.holder_student_id, key.since = "lost", None, now
                    move(s, key, MOVE_LOST, now, ctx.actor.username, student_id=st.id, ref=number)
                tx.stamp(key)
        deposit = _deposit_paid(s, st.id)
        refund = money(max(deposit - (Decimal(0) if waive_reason else fee), Decimal(0)))
        expected_total = sum(e for e, _r, _p in lines)
        returned_total = sum(r for _e, r, _p in lines)
        rec = KeyReturn(return_no=number, student_id=st.id,
                        building_id=issue.building_id if issue else _room_building(s, held_keys[0].room_id),
                        room_id=held_keys[0].room_id, leave_type=leave_type, expected_qty=expected_total,
                        returned_qty=returned_total, detail=json.dumps(detail, ensure_ascii=False),
                        compensation=fee, lock_change=lock, deposit_refund=refund, receipt_no=receipt_no,
                        waived=bool(waive_reason and fee > 0), waive_reason=waive_reason, return_date=now.date(),
                        warden=ctx.actor.display_name)
        s.add(rec)
        s.flush()
        state = "免除" if rec.waived else ("赔偿 %s 元" % fee if fee else "无缺失")
        tx.audit("key_return", number, after={"student_no": st.student_no, "detail": detail, "fee": str(fee),
                                              "lock_change": lock, "receipt_no": receipt_no,
                                              "waive_reason": waive_reason},
                 summary=f"钥匙交回 {number} {st.name}（{st.student_no}）应交 {expected_total} 实交 {returned_total}，{state}")
        return ReturnResult(number, expected_total, returned_total, fee, lock, refund, rec.waived)


def _room_building(session, room_id: int) -> int:
    from app.db.models.residents import Room
    return session.get(Room, room_id).building_id


def outstanding_text(session, student_id: int) -> str | None:
    """Why a student may not check out yet (keys still held or a spare key out), or None."""
    rows = session.execute(select(KeyType.name, func.count()).join(KeyItem, KeyItem.key_type_id == KeyType.id)
                           .where(KeyItem.holder_student_id == student_id, KeyItem.status == "issued")
                           .group_by(KeyType.name, KeyType.sort_order).order_by(KeyType.sort_order)).all()
    loan = session.scalar(select(SpareKeyLoan.loan_no).where(SpareKeyLoan.student_id == student_id,
                                                             SpareKeyLoan.time_in.is_(None)))
    unpaid = session.scalar(select(KeyLoss.application_no).where(
        KeyLoss.student_id == student_id, KeyLoss.status == "reported", KeyLoss.fee > 0))
    parts = []
    if rows:
        detail = "、".join(f"{vocab.KEY_TYPE.labels.get(name, name)} {n} 把" for name, n in rows)
        parts.append(f"钥匙未交回（{detail}），请先办理钥匙交回或由主管免除")
    if loan:
        parts.append(f"借用的备用钥匙 {loan} 尚未归还")
    if unpaid:
        parts.append(f"钥匙挂失申请 {unpaid} 尚未缴费")
    return "；".join(parts) + "。" if parts else None


def checkout_check(session, ctx, student_id: int) -> str | None:
    return outstanding_text(session, student_id)


def held_summary(ctx: ServiceContext, student_id: int) -> list[TypeCount]:
    """Keys a student holds now, per type (the K4 dialog's 应交数量)."""
    with ctx.read("keys.view") as s:
        held = _held(s, student_id)
        return [TypeCount(t.id, t.name, held[t.id], money(t.unit_price))
                for t in key_types(s, active_only=False) if held.get(t.id)]


def return_preview(ctx: ServiceContext, student_id: int, returned: dict[int, int]) -> tuple[Decimal, bool]:
    """The compensation the K4 dialog shows while the clerk counts."""
    with ctx.read("keys.view") as s:
        held = _held(s, student_id)
        types = {t.id: t for t in key_types(s, active_only=False)}
        lines = [(n, min(int(returned.get(t, 0)), n), money(types[t].unit_price)) for t, n in held.items()]
        threshold = float(config.get_in(s, "keys.lock_change_threshold", 0.5))
        return compensation_for(lines, lock_price(s, "cylinder"), threshold)


@dataclass(frozen=True)
class IssueRow:
    issue_no: str
    issue_date: dt.date
    student_no: str
    name: str
    building: str
    room_no: str
    total: int
    deposit: Decimal
    issued_by: str


def recent_issues(ctx: ServiceContext, limit: int = 200) -> list[IssueRow]:
    from app.db.models.residents import Building, Room
    total = (select(func.sum(KeyIssueLine.qty)).where(KeyIssueLine.issue_id == KeyIssue.id)
             .correlate(KeyIssue).scalar_subquery())
    stmt = (select(KeyIssue.issue_no, KeyIssue.issue_date, Student.student_no, Student.name, Building.name,
                   Room.room_no, total, KeyIssue.deposit, KeyIssue.issued_by)
            .join(Student, KeyIssue.student_id == Student.id).join(Room, KeyIssue.room_id == Room.id)
            .join(Building, KeyIssue.building_id == Building.id).order_by(KeyIssue.id.desc()).limit(limit))
    with ctx.read("keys.view") as s:
        return [IssueRow(*r[:6], int(r[6] or 0), money(r[7]), r[8])
                for r in s.execute(ctx.scope_filter(stmt, Building.id))]


CHECKOUT_CHECKS = [checkout_check]
