"""Outgoing mail sent for residents (M2 代寄邮件登记, domain.md §7): requested → sent (tracking no.) →
returned (the resident is told); a request can be voided before it is sent."""
from __future__ import annotations

import datetime as dt
import decimal
from dataclasses import dataclass

from sqlalchemy import select

from app import vocab
from app.db.models.frontdesk import OutgoingMail
from app.db.models.residents import Building, Room
from app.errors import Conflict, NotFound, ValidationError
from app.services import sequences
from app.services.context import ServiceContext, snapshot
from app.services.frontdesk_mail import _text, resolve_place
from app.texts import QT_TRANSLATE_NOOP

SHIPPING_METHODS = vocab.SHIPPING_METHOD.codes   # stored as codes, shown through vocab.label
STATUS_LABELS = {
    "requested": QT_TRANSLATE_NOOP("FrontDesk", "待寄出"),
    "sent": QT_TRANSLATE_NOOP("FrontDesk", "已寄出"),
    "returned": QT_TRANSLATE_NOOP("FrontDesk", "被退回"),
    "voided": QT_TRANSLATE_NOOP("FrontDesk", "已作废"),
}
PREFIX = "DJ"


@dataclass(frozen=True, slots=True)
class OutgoingRow:
    id: int
    request_no: str
    status: str
    request_date: dt.datetime
    building: str
    room_no: str | None
    sender_name: str
    addressee_name: str
    addressee_address: str
    addressee_phone: str | None
    shipping_method: str
    item_description: str | None
    fee: decimal.Decimal
    tracking_no: str | None
    sent_at: dt.datetime | None
    returned_at: dt.datetime | None
    handled_by: str
    remarks: str | None
    version: int


def request(ctx: ServiceContext, *, sender_name: str | None, addressee_name: str, addressee_address: str,
            shipping_method: str, student_id: int | None = None, building_id: int | None = None,
            room_no: str | None = None, addressee_phone: str | None = None, item_description: str | None = None,
            fee: decimal.Decimal | float | str = 0, remarks: str | None = None) -> OutgoingRow:
    """Record a resident's item to send: room, sender, addressee, full address and the shipping method
    (a code of frontdesk.shipping_method, or its label)."""
    shipping_method = vocab.SHIPPING_METHOD.code(shipping_method)
    if shipping_method not in SHIPPING_METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择寄递方式。"), field="shipping_method")
    if not _text(addressee_name):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写收件人姓名。"), field="addressee_name")
    if len(_text(addressee_address) or "") < 6:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写完整的收件地址。"), field="addressee_address")
    try:
        fee = decimal.Decimal(str(fee or 0)).quantize(decimal.Decimal("0.01"))
    except decimal.InvalidOperation:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "邮费应为金额。"), field="fee") from None
    if fee < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "邮费不能为负数。"), field="fee")
    with ctx.action("frontdesk.create") as tx:
        s = tx.session
        building_id, room, student = resolve_place(s, ctx, student_id=student_id, building_id=building_id,
                                                   room_no=room_no)
        sender = _text(sender_name) or (student.name if student else None)
        if not sender:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写寄件人姓名。"), field="sender_name")
        now = ctx.now()
        row = OutgoingMail(request_no=sequences.next_number(s, PREFIX, now.year), status="requested", request_date=now,
                           building_id=building_id, room_id=room.id if room else None,
                           student_id=student.id if student else None, sender_name=sender,
                           addressee_name=addressee_name.strip(), addressee_address=addressee_address.strip(),
                           addressee_phone=_text(addressee_phone), shipping_method=shipping_method,
                           item_description=_text(item_description), fee=fee, handled_by=ctx.actor.display_name,
                           remarks=_text(remarks))
        tx.stamp(row, new=True)
        s.add(row)
        s.flush()
        tx.audit("outgoing_mail", row.id, after=snapshot(row),
                 summary=f"代寄登记 {row.request_no} {sender} → {row.addressee_name}"
                         f"（{vocab.SHIPPING_METHOD.labels[shipping_method]}）")
        row_id = row.id
    return get(ctx, row_id)


def _step(ctx, row_id, allowed, verb, permission, change, summary, expected_version=None) -> OutgoingRow:
    with ctx.action(permission) as tx:
        row = tx.session.get(OutgoingMail, row_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "代寄登记不存在。"))
        ctx.require_building(row.building_id)
        tx.check_version(row, expected_version)
        if row.status not in allowed:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "{no} 当前状态为“{status}”，不能{verb}。"), no=row.request_no,
                           status=STATUS_LABELS[row.status], verb=verb)
        before = snapshot(row)
        change(row)
        tx.stamp(row)
        tx.audit("outgoing_mail", row.id, before=before, after=snapshot(row), summary=summary(row))
    return get(ctx, row_id)


def send(ctx: ServiceContext, row_id: int, *, tracking_no: str | None, fee=None,
         expected_version: int | None = None) -> OutgoingRow:
    tracking_no = _text(tracking_no)
    if not tracking_no:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写运单号/邮件号码。"), field="tracking_no")

    def change(row):
        row.status, row.tracking_no, row.sent_at = "sent", tracking_no, ctx.now()
        if fee is not None:
            row.fee = decimal.Decimal(str(fee)).quantize(decimal.Decimal("0.01"))
    return _step(ctx, row_id, ("requested",), "寄出", "frontdesk.record", change,
                 lambda r: f"代寄 {r.request_no} 已寄出，单号 {tracking_no}", expected_version)


def mark_returned(ctx: ServiceContext, row_id: int, *, note: str, expected_version: int | None = None) -> OutgoingRow:
    note = _text(note)
    if not note:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写退回原因及通知住户的情况。"), field="note")

    def change(row):
        row.status, row.returned_at = "returned", ctx.now()
        row.remarks = "；".join(x for x in (row.remarks, note) if x)
    return _step(ctx, row_id, ("sent",), "登记退回", "frontdesk.return", change,
                 lambda r: f"代寄 {r.request_no} 被退回：{note}", expected_version)


def void(ctx: ServiceContext, row_id: int, *, reason: str, expected_version: int | None = None) -> OutgoingRow:
    reason = _text(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写作废原因。"), field="reason")

    def change(row):
        row.status = "voided"
        row.remarks = "；".join(x for x in (row.remarks, f"作废：{reason}") if x)
    return _step(ctx, row_id, ("requested",), "作废", "frontdesk.void", change,
                 lambda r: f"作废代寄登记 {r.request_no}：{reason}", expected_version)


def list_outgoing(ctx: ServiceContext, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
                  building_id: int | None = None, ids=None) -> list[OutgoingRow]:
    stmt = (select(OutgoingMail, Building.name, Room.room_no).join(Building, OutgoingMail.building_id == Building.id)
            .outerjoin(Room, OutgoingMail.room_id == Room.id).order_by(OutgoingMail.request_date.desc()))
    if ids is not None:
        stmt = stmt.where(OutgoingMail.id.in_(list(ids)))
    if start is not None:
        stmt = stmt.where(OutgoingMail.request_date >= start)
    if end is not None:
        stmt = stmt.where(OutgoingMail.request_date < end)
    if building_id is not None:
        stmt = stmt.where(OutgoingMail.building_id == building_id)
    stmt = ctx.scope_filter(stmt, OutgoingMail.building_id)
    with ctx.read("frontdesk.view") as s:
        return [OutgoingRow(o.id, o.request_no, o.status, o.request_date, b, r, o.sender_name, o.addressee_name,
                            o.addressee_address, o.addressee_phone, o.shipping_method, o.item_description, o.fee,
                            o.tracking_no, o.sent_at, o.returned_at, o.handled_by, o.remarks, o.version)
                for o, b, r in s.execute(stmt)]


def get(ctx: ServiceContext, row_id: int) -> OutgoingRow:
    rows = list_outgoing(ctx, ids=[row_id])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "代寄登记不存在。"))
    return rows[0]
