"""Lost and damaged keys (K3 钥匙挂失 / 配钥匙申请单): report, fee from the price list (a different
fee needs a supervisor), payment receipt, completion. A cylinder or lock change voids every old key
of that lock in the room and names the residents who must receive new ones."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from app.db.models.keys import KeyItem, KeyLoss, KeyMovement, KeyType
from app.db.models.residents import Bed, Building, Room, Staff, Student
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.services import sequences
from app.services.context import ServiceContext, snapshot
from app.services.keys_common import (
    LOSS_ACTIONS,
    LOSS_REASONS,
    LOSS_STATUS_LABELS,
    MOVE_DAMAGED,
    MOVE_FOUND,
    MOVE_IN,
    MOVE_ISSUE,
    MOVE_LOST,
    MOVE_VOID,
    lock_price,
    money,
    move,
    new_tag,
    student_by_no,
    student_place,
)
from app import vocab
from app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class LossRow:
    id: int
    application_no: str
    apply_date: dt.date
    student_no: str | None
    name: str | None
    building: str
    room_no: str
    key_type: str
    qty: int
    action: str
    reason: str
    fee: Decimal
    list_fee: Decimal
    receipt_no: str | None
    done_date: dt.date | None
    status: str
    status_label: str
    version: int


@dataclass(frozen=True)
class LossDone:
    application_no: str
    voided: int
    new_keys: int
    reissue_to: tuple[str, ...]   # residents who must receive new keys after a lock change


def list_fee(session, key_type: KeyType, qty: int, action: str, reason: str) -> Decimal:
    """The price-list fee: nothing for natural wear, the unit price per key for a re-cut, the
    lock-change price per room for a cylinder or lock change."""
    if reason == "worn":
        return Decimal("0.00")
    if action == "recut":
        return money(key_type.unit_price) * qty
    return lock_price(session, action)


def quote(ctx: ServiceContext, key_type_id: int, qty: int, action: str, reason: str) -> Decimal:
    with ctx.read("keys.view") as s:
        kt = s.get(KeyType, key_type_id)
        return list_fee(s, kt, qty, action, reason) if kt else Decimal("0.00")


def report_loss(ctx: ServiceContext, student_no: str, key_type_id: int, qty: int, action: str, reason: str, *,
                fee=None, fee_reason: str | None = None, remarks: str | None = None) -> LossRow:
    """Record a loss: the student's keys of that type are marked lost (or damaged) at once.
    `action` and `reason` are codes (a label, as typed on the command line, is accepted)."""
    action, reason = vocab.KEY_LOSS_ACTION.code(action), vocab.KEY_LOSS_REASON.code(reason)
    if action not in LOSS_ACTIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择处理方式。"), field="action")
    if reason not in LOSS_REASONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择原因。"), field="reason")
    if qty < 1 or qty > 10:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "数量应在 1 到 10 之间。"), field="qty")
    with ctx.action("keys.report") as tx:
        s = tx.session
        st = student_by_no(s, student_no)
        _bed, room, building = student_place(s, st)
        ctx.require_building(building.id)
        kt = s.get(KeyType, key_type_id)
        if kt is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "钥匙类型不存在。"), field="key_type")
        held = s.scalars(select(KeyItem).where(KeyItem.holder_student_id == st.id, KeyItem.key_type_id == kt.id,
                                               KeyItem.status == "issued").order_by(KeyItem.id)).all()
        if action == "recut" and len(held) < qty:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} 只持有{type}钥匙 {n} 把，不能挂失 {qty} 把。"),
                                  field="qty", name=st.name, type=vocab.label("key.type", kt.name), n=len(held), qty=qty)
        standard = list_fee(s, kt, qty, action, reason)
        charged = standard if fee is None or str(fee) == "" else money(fee)
        fee_reason = (fee_reason or "").strip() or None
        if charged < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "费用不能为负数。"), field="fee")
        if charged != standard:
            if not ctx.can("keys.override"):
                raise PermissionDenied("keys.override")
            if not fee_reason:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "费用与价目表（{std} 元）不同，请填写理由。"),
                                      field="fee_reason", std=standard)
        now = ctx.now()
        loss = KeyLoss(application_no=sequences.next_number(s, "GS", now.year), apply_date=now.date(),
                       student_id=st.id, building_id=building.id, room_id=room.id, key_type_id=kt.id, qty=qty,
                       action=action, reason=reason, fee=charged, list_fee=standard, fee_reason=fee_reason,
                       verified_by=ctx.actor.display_name, status="reported",
                       remarks=(remarks or "").strip() or None)
        tx.stamp(loss, new=True)
        s.add(loss)
        s.flush()
        gone = "lost" if reason == "lost" else "damaged"
        for key in held[:qty]:
            key.status, key.holder_student_id, key.since = gone, None, now
            tx.stamp(key)
            move(s, key, MOVE_LOST if gone == "lost" else MOVE_DAMAGED, now, ctx.actor.username,
                 student_id=st.id, ref=loss.application_no)
        s.flush()
        tx.audit("key_loss", loss.application_no, after=snapshot(loss),
                 summary=f"钥匙挂失 {loss.application_no} {st.name}（{st.student_no}）{vocab.KEY_TYPE.labels.get(kt.name, kt.name)}{qty} 把，"
                         f"{vocab.KEY_LOSS_ACTION.labels[action]}，{charged} 元")
        return _row(s, loss)


def pay_loss(ctx: ServiceContext, loss_id: int, receipt_no: str, expected_version: int) -> LossRow:
    receipt_no = (receipt_no or "").strip()
    if not receipt_no:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写缴费收据号。"), field="receipt_no")
    with ctx.action("keys.record") as tx:
        loss = _get(tx, loss_id, expected_version)
        if loss.status != "reported":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "申请单 {no} 状态为{status}，不能登记缴费。"),
                           no=loss.application_no, status=LOSS_STATUS_LABELS[loss.status])
        before = snapshot(loss)
        loss.receipt_no, loss.status = receipt_no, "paid"
        tx.stamp(loss)
        tx.session.flush()
        tx.audit("key_loss", loss.application_no, before=before, after=snapshot(loss),
                 summary=f"钥匙挂失 {loss.application_no} 已缴费，收据号 {receipt_no}")
        return _row(tx.session, loss)


def complete_loss(ctx: ServiceContext, loss_id: int, expected_version: int, *, repaired_by_id: int | None = None,
                  done_date: dt.date | None = None) -> LossDone:
    """Keys re-cut and handed over, or the cylinder/lock changed (old keys void, new spare cut)."""
    with ctx.action("keys.complete") as tx:
        s = tx.session
        loss = _get(tx, loss_id, expected_version)
        if loss.status == "reported" and loss.fee > 0:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "申请单 {no} 尚未缴费（{fee} 元），不能完成。"),
                           no=loss.application_no, fee=loss.fee)
        if loss.status not in ("reported", "paid"):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "申请单 {no} 状态为{status}，不能完成。"),
                           no=loss.application_no, status=LOSS_STATUS_LABELS[loss.status])
        if repaired_by_id is not None and s.get(Staff, repaired_by_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "维修人员不存在。"), field="repaired_by")
        before = snapshot(loss)
        now = ctx.now()
        voided = new_keys = 0
        reissue: list[str] = []
        if loss.action == "recut":
            if loss.student_id is not None:
                for _ in range(loss.qty):
                    key = KeyItem(tag_code=new_tag(s), room_id=loss.room_id, key_type_id=loss.key_type_id,
                                  kind="student", status="issued", holder_student_id=loss.student_id, since=now)
                    tx.stamp(key, new=True)
                    s.add(key)
                    s.flush()
                    move(s, key, MOVE_ISSUE, now, ctx.actor.username, student_id=loss.student_id,
                         ref=loss.application_no)
                    new_keys += 1
        else:
            voided, new_keys, reissue = _change_lock(tx, loss, now)
        loss.status, loss.done_date, loss.repaired_by_id = "done", done_date or now.date(), repaired_by_id
        tx.stamp(loss)
        s.flush()
        tx.audit("key_loss", loss.application_no, before=before, after=snapshot(loss) | {"voided": voided},
                 summary=f"钥匙挂失 {loss.application_no} 完成：{vocab.KEY_LOSS_ACTION.labels[loss.action]}"
                         + (f"，作废旧钥匙 {voided} 把，需补发：{'、'.join(reissue) or '无'}" if voided else ""))
        return LossDone(loss.application_no, voided, new_keys, tuple(reissue))


def _change_lock(tx, loss: KeyLoss, now) -> tuple[int, int, list[str]]:
    s = tx.session
    old = s.scalars(select(KeyItem).where(KeyItem.room_id == loss.room_id, KeyItem.key_type_id == loss.key_type_id,
                                          KeyItem.status.not_in(("void",)))).all()
    if any(k.status == "on_loan" for k in old):
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "该房间的备用钥匙借出未还，请先收回再更换锁芯。"))
    holders: set[int] = set()
    hooks = []
    for key in old:
        if key.holder_student_id:
            holders.add(key.holder_student_id)
        if key.kind == "spare" and key.status == "in_stock":
            hooks.append(key.hook)
        key.status, key.holder_student_id, key.since = "void", None, now
        tx.stamp(key)
        move(s, key, MOVE_VOID, now, tx.ctx.actor.username, ref=loss.application_no)
    for hook in hooks or [None]:
        spare = KeyItem(tag_code=new_tag(s), room_id=loss.room_id, key_type_id=loss.key_type_id, kind="spare",
                        hook=hook, status="in_stock", since=now)
        tx.stamp(spare, new=True)
        s.add(spare)
        s.flush()
        move(s, spare, MOVE_IN, now, tx.ctx.actor.username, ref=loss.application_no)
    residents = s.execute(select(Student.id, Student.name, Student.student_no).join(Bed, Student.bed_id == Bed.id)
                          .where(Bed.room_id == loss.room_id).order_by(Student.student_no)).all()
    names = [f"{n}（{no}）" for sid, n, no in residents if sid in holders or sid == loss.student_id]
    return len(old), len(hooks or [None]), names


def cancel_loss(ctx: ServiceContext, loss_id: int, reason: str, expected_version: int) -> LossRow:
    """The key was found: the report is cancelled and the student holds the keys again (supervisor)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写撤销理由。"), field="reason")
    with ctx.action("keys.void") as tx:
        s = tx.session
        loss = _get(tx, loss_id, expected_version)
        if loss.status not in ("reported", "paid"):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "申请单 {no} 状态为{status}，不能撤销。"),
                           no=loss.application_no, status=LOSS_STATUS_LABELS[loss.status])
        before = snapshot(loss)
        now = ctx.now()
        st = s.get(Student, loss.student_id) if loss.student_id else None
        back_to_student = st is not None and st.bed_id is not None and \
            s.scalar(select(Bed.room_id).where(Bed.id == st.bed_id)) == loss.room_id
        lost = s.scalars(select(KeyItem).where(KeyItem.id.in_(
            select(KeyMovement.key_id).where(KeyMovement.ref == loss.application_no,
                                             KeyMovement.kind.in_((MOVE_LOST, MOVE_DAMAGED)))))).all()
        for key in lost:
            if key.status in ("lost", "damaged"):
                key.status, key.since = ("issued", now) if back_to_student else ("in_stock", now)
                key.holder_student_id = loss.student_id if back_to_student else None
                tx.stamp(key)
                move(s, key, MOVE_FOUND, now, ctx.actor.username, student_id=loss.student_id,
                     ref=loss.application_no)
        loss.status = "cancelled"
        loss.remarks = ((loss.remarks or "") + f" 撤销：{reason}").strip()
        tx.stamp(loss)
        s.flush()
        tx.audit("key_loss", loss.application_no, before=before, after=snapshot(loss),
                 summary=f"撤销钥匙挂失 {loss.application_no}：{reason}")
        return _row(s, loss)


def _get(tx, loss_id: int, expected_version: int | None) -> KeyLoss:
    loss = tx.session.get(KeyLoss, loss_id)
    if loss is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "挂失申请单不存在。"))
    tx.ctx.require_building(loss.building_id)
    tx.check_version(loss, expected_version)
    return loss


def _row(session, loss: KeyLoss) -> LossRow:
    st = session.get(Student, loss.student_id) if loss.student_id else None
    room = session.get(Room, loss.room_id)
    return LossRow(loss.id, loss.application_no, loss.apply_date, st.student_no if st else None,
                   st.name if st else None, session.get(Building, loss.building_id).name, room.room_no,
                   session.get(KeyType, loss.key_type_id).name, loss.qty, loss.action, loss.reason, money(loss.fee),
                   money(loss.list_fee), loss.receipt_no, loss.done_date, loss.status,
                   LOSS_STATUS_LABELS[loss.status], loss.version)


def list_losses(ctx: ServiceContext, *, start: dt.date | None = None, end: dt.date | None = None,
                building_id: int | None = None, limit: int = 2000) -> list[LossRow]:
    stmt = select(KeyLoss).order_by(KeyLoss.id.desc()).limit(limit)
    if start:
        stmt = stmt.where(KeyLoss.apply_date >= start)
    if end:
        stmt = stmt.where(KeyLoss.apply_date <= end)
    if building_id is not None:
        stmt = stmt.where(KeyLoss.building_id == building_id)
    with ctx.read("keys.view") as s:
        return [_row(s, loss) for loss in s.scalars(ctx.scope_filter(stmt, KeyLoss.building_id))]
