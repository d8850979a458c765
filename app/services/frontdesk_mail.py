"""Incoming mail and parcels at the front desk (domain.md §7): the M1 小区邮件分发登记表 — register,
notify, hand over with the signer and time, hold with consent, return to sender (M3 退件记录) — and
the list of items waiting at the desk with their hold time.

The module family:
- frontdesk_mail.py        this: incoming items (M1, M3) and the shared place look-up
- frontdesk_outgoing.py    代寄邮件 (M2)
- frontdesk_consult.py     the consultation ledger (C1)
- frontdesk_complaints.py  complaints (C2) and their return visit
- frontdesk_hooks.py       registers, dashboard, badge, handover sections
- frontdesk_demo.py        the demo step (order 45)
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from app import vocab
from app.db.models.frontdesk import MailItem
from app.db.models.residents import Bed, Building, Room, Student
from app.errors import Conflict, NotFound, ValidationError
from app.services import config, privacy, sequences
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP

# enumerated values are stored as codes (app/vocab.py, section "Front desk") and shown through vocab.label
MAIL_TYPES = vocab.MAIL_TYPE.codes
NOTIFY_METHODS = vocab.NOTIFY_METHOD.codes
RETURN_REASONS = vocab.RETURN_REASON.codes
RETURN_TO = vocab.RETURN_TO.codes
STATUS_LABELS = {
    "registered": QT_TRANSLATE_NOOP("FrontDesk", "待通知"),
    "notified": QT_TRANSLATE_NOOP("FrontDesk", "已通知"),
    "held": QT_TRANSLATE_NOOP("FrontDesk", "暂存"),
    "collected": QT_TRANSLATE_NOOP("FrontDesk", "已领取"),
    "delivered": QT_TRANSLATE_NOOP("FrontDesk", "已送达"),
    "returned": QT_TRANSLATE_NOOP("FrontDesk", "已退回"),
    "voided": QT_TRANSLATE_NOOP("FrontDesk", "已作废"),
}
# the overdue flags shown in lists (kept as source text in rows; marked here for translation)
FLAGS = (QT_TRANSLATE_NOOP("FrontDesk", "超期未领"), QT_TRANSLATE_NOOP("FrontDesk", "通知超时"))
WAITING = ("registered", "notified", "held")   # at the desk, not yet handed over
PREFIX = "YJ"

DEFAULTS = {
    "mail.important_types": ["registered", "parcel", "parcel_slip", "money_order", "courier", "ems"],
    "mail.notify_hours": 2,
    "mail.hold_days": 7,
    "mail.max_hold_days": 30,
    "mail.moved_out_days": 14,
    "mail.own_signature_types": ["registered", "money_order"],
}
# configuration whose list items are codes of a vocabulary (the settings page shows their labels)
CONFIG_VALUES = {"mail.important_types": "frontdesk.mail_type",
                 "mail.own_signature_types": "frontdesk.mail_type"}
CONFIG_LABELS = {
    "mail.important_types": QT_TRANSLATE_NOOP("Config", "重要邮件种类（须在时限内通知收件人）"),
    "mail.notify_hours": QT_TRANSLATE_NOOP("Config", "重要邮件通知时限（小时）"),
    "mail.hold_days": QT_TRANSLATE_NOOP("Config", "邮件在前台保管天数（超过即为超期未领）"),
    "mail.max_hold_days": QT_TRANSLATE_NOOP("Config", "经收件人同意最长暂存天数"),
    "mail.moved_out_days": QT_TRANSLATE_NOOP("Config", "已迁出住户邮件保管天数"),
    "mail.own_signature_types": QT_TRANSLATE_NOOP("Config", "须本人签收、不得代领的邮件种类"),
}


@dataclass(frozen=True, slots=True)
class MailRow:
    """A line of the mail list; `search` holds the lower-case text the instant filter looks in."""

    id: int
    entry_no: str
    status: str
    received_at: dt.datetime
    mail_type: str
    tracking_no: str | None
    sender_place: str | None
    building_id: int
    building: str
    room_no: str | None
    addressee: str
    phone: str | None
    intact: bool
    notified_by: str | None
    notified_at: dt.datetime | None
    hold_until: dt.date
    collected_at: dt.datetime | None
    collector_name: str | None
    is_proxy: bool
    handled_by: str
    return_reason: str | None
    returned_at: dt.datetime | None
    returned_to: str | None
    overdue: str            # "" | "超期未领" | "通知超时"
    version: int
    search: str


def _text(value) -> str | None:
    return (value or "").strip() or None


def _mail_types(session, key: str) -> set[str]:
    """The mail-type codes listed in configuration `key` (an item typed as its label still counts)."""
    return {vocab.MAIL_TYPE.code(t) or t for t in config.get_in(session, key) or ()}


def type_label(code: str) -> str:
    """The Chinese label of a mail type as audit summaries and handover lines keep it."""
    return vocab.MAIL_TYPE.labels.get(code, code)


def overdue_flag(status: str, now: dt.datetime, hold_until: dt.date | None, notify_due_at) -> str:
    if status not in WAITING:
        return ""
    if hold_until and now.date() > hold_until:
        return "超期未领"
    if status == "registered" and notify_due_at and now > notify_due_at:
        return "通知超时"
    return ""


def overdue_clause(now: dt.datetime):
    return and_(MailItem.status.in_(WAITING),
                or_(MailItem.hold_until < now.date(),
                    and_(MailItem.status == "registered", MailItem.notify_due_at < now)))


# Places -------------------------------------------------------------------------------------------
def resolve_place(session, ctx: ServiceContext, *, student_id: int | None, building_id: int | None,
                  room_no: str | None):
    """(building id, room or None, student or None) from a student and/or building + 房号."""
    student = session.get(Student, student_id) if student_id else None
    if student_id and student is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "学生不存在。"), field="student")
    room = None
    if building_id is None and student is not None and student.bed_id:
        room = session.scalar(select(Room).join(Bed, Bed.room_id == Room.id).where(Bed.id == student.bed_id))
        building_id = room.building_id
    elif building_id is not None and _text(room_no):
        room = session.scalar(select(Room).where(Room.building_id == building_id, Room.room_no == room_no.strip()))
        if room is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该楼栋没有房间 {room}。"), field="room",
                                  room=room_no.strip())
    if building_id is None or session.get(Building, building_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择楼栋和房号，或查找收件学生。"), field="building")
    ctx.require_building(building_id)
    return building_id, room, student


# Registering --------------------------------------------------------------------------------------
def register(ctx: ServiceContext, *, mail_type: str, addressee: str | None = None, student_id: int | None = None,
             building_id: int | None = None, room_no: str | None = None, tracking_no: str | None = None,
             sender_place: str | None = None, mailbox_no: str | None = None, phone: str | None = None,
             intact: bool = True, postman_note: str | None = None, address_verified: bool = True,
             received_at: dt.datetime | None = None, remarks: str | None = None) -> MailRow:
    """One incoming item (M1): checked intact (else the postman's note), addressee and room matched.
    `mail_type` is a code of frontdesk.mail_type (its label, as typed, is accepted too)."""
    mail_type = vocab.MAIL_TYPE.code(mail_type)
    if mail_type not in MAIL_TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择邮件种类。"), field="mail_type")
    if not intact and not _text(postman_note):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "邮件有破损，请记录邮递员出具的证明。"), field="postman_note")
    now = ctx.now()
    received_at = received_at or now
    if received_at > now + dt.timedelta(minutes=5):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "收件时间不能晚于现在。"), field="received_at")
    tracking_no = _text(tracking_no)
    with ctx.action("frontdesk.create") as tx:
        s = tx.session
        building_id, room, student = resolve_place(s, ctx, student_id=student_id, building_id=building_id,
                                                   room_no=room_no)
        name = _text(addressee) or (student.name if student else None)
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写收件人。"), field="addressee")
        if tracking_no and s.scalar(select(MailItem.entry_no).where(
                MailItem.tracking_no == tracking_no, MailItem.status != "voided")):
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "邮件号码 {no} 已经登记过。"), field="tracking_no", no=tracking_no)
        important = mail_type in _mail_types(s, "mail.important_types")
        days = config.get_in(s, "mail.moved_out_days" if student is not None and student.bed_id is None
                             else "mail.hold_days")
        item = MailItem(entry_no=sequences.next_number(s, PREFIX, received_at.year), status="registered",
                        received_at=received_at, mail_type=mail_type, tracking_no=tracking_no,
                        sender_place=_text(sender_place), building_id=building_id,
                        room_id=room.id if room else None, student_id=student.id if student else None,
                        mailbox_no=_text(mailbox_no), addressee=name,
                        phone=privacy.restore(_text(phone), student and student.phone, "phone")
                        or (student.phone if student else None),
                        address_verified=address_verified, intact=intact, postman_note=_text(postman_note),
                        notify_due_at=received_at + dt.timedelta(hours=config.get_in(s, "mail.notify_hours"))
                        if important else None,
                        hold_until=received_at.date() + dt.timedelta(days=days), notice_count=0,
                        handled_by=ctx.actor.display_name, is_proxy=False, remarks=_text(remarks))
        tx.stamp(item, new=True)
        s.add(item)
        s.flush()
        tx.audit("mail", item.id, after=snapshot(item),
                 summary=f"邮件登记 {item.entry_no} {type_label(mail_type)} {name}"
                         + ("（破损）" if not intact else ""))
        item_id = item.id
    return get(ctx, item_id)


def _load(tx, item_id: int, expected_version: int | None = None) -> MailItem:
    item = tx.session.get(MailItem, item_id)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "邮件登记不存在。"))
    tx.ctx.require_building(item.building_id)
    tx.check_version(item, expected_version)
    return item


def _require(item: MailItem, allowed: tuple, verb: str) -> None:
    if item.status not in allowed:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "{no} 当前状态为“{status}”，不能{verb}。"), no=item.entry_no,
                       status=STATUS_LABELS[item.status], verb=verb)


def notify(ctx: ServiceContext, item_ids: list[int], method: str) -> list[MailRow]:
    """Tell the recipients (notice board, phone, SMS, a note in the mailbox); one action for the batch.
    `method` is a code of frontdesk.notify_method (or its label)."""
    method = vocab.NOTIFY_METHOD.code(method)
    if method not in NOTIFY_METHODS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择通知方式。"), field="notified_by")
    if not item_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请先选择要通知的邮件。"), field="items")
    with ctx.action("frontdesk.record") as tx:
        befores, nos = {}, []
        for item_id in item_ids:
            item = _load(tx, item_id)
            _require(item, WAITING, "通知")
            befores[item.id] = {"status": item.status, "notified_by": item.notified_by}
            item.notified_by, item.notified_at = method, ctx.now()
            item.notice_count = (item.notice_count or 0) + 1
            if item.status == "registered":
                item.status = "notified"
            tx.stamp(item)
            nos.append(item.entry_no)
        tx.audit("mail", ",".join(str(i) for i in item_ids)[:60], before=befores,
                 after={"notified_by": method, "entries": nos},
                 summary=f"{vocab.NOTIFY_METHOD.labels[method]}通知 {len(nos)} 件邮件：{'、'.join(nos)}")
    return list_mail(ctx, ids=item_ids)


def hand_over(ctx: ServiceContext, item_ids: list[int], *, collector_name: str, is_proxy: bool = False,
              collector_id_no: str | None = None, to_door: bool = False,
              at: dt.datetime | None = None) -> list[MailRow]:
    """Hand one or more items to the recipient or a proxy, who signs; or record delivery to the door."""
    name = _text(collector_name)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写领取人（签收人）姓名。"), field="collector_name")
    if not item_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请先选择要交付的邮件。"), field="items")
    id_no = _text(collector_id_no)
    if is_proxy and not id_no:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "代领须登记代领人的证件号。"), field="collector_id_no")
    now = ctx.now()
    at = at or now
    if at > now + dt.timedelta(minutes=5):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "领取时间不能晚于现在。"), field="collected_at")
    with ctx.action("frontdesk.record") as tx:
        own_only = _mail_types(tx.session, "mail.own_signature_types")
        befores, nos = {}, []
        for item_id in item_ids:
            item = _load(tx, item_id)
            _require(item, WAITING, "交付")
            if is_proxy and item.mail_type in own_only:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{no} 是{type}，须收件人本人签收，不能代领。"),
                                      field="is_proxy", no=item.entry_no,
                                      type=vocab.label("frontdesk.mail_type", item.mail_type))
            if at < item.received_at:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "领取时间早于收件时间（{no}）。"),
                                      field="collected_at", no=item.entry_no)
            befores[item.id] = {"status": item.status}
            item.status = "delivered" if to_door else "collected"
            item.collected_at, item.collector_name, item.is_proxy = at, name, is_proxy
            item.collector_id_no, item.handed_by = id_no, ctx.actor.display_name
            tx.stamp(item)
            nos.append(item.entry_no)
        verb = "送达上门" if to_door else ("代领" if is_proxy else "领取")
        tx.audit("mail", ",".join(str(i) for i in item_ids)[:60], before=befores,
                 after={"collector_name": name, "is_proxy": is_proxy, "entries": nos, "at": at.isoformat()},
                 summary=f"邮件{verb} {len(nos)} 件（{name}）：{'、'.join(nos)}")
    return list_mail(ctx, ids=item_ids)


def hold(ctx: ServiceContext, item_id: int, *, until: dt.date, consent: str,
         expected_version: int | None = None) -> MailRow:
    """Keep an item longer with the recipient's consent, at most `mail.max_hold_days` after arrival."""
    consent = _text(consent)
    if not consent:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请记录收件人同意暂存的方式（如电话同意）。"), field="consent")
    with ctx.action("frontdesk.edit") as tx:
        item = _load(tx, item_id, expected_version)
        _require(item, WAITING, "暂存")
        limit = item.received_at.date() + dt.timedelta(days=config.get_in(tx.session, "mail.max_hold_days"))
        if until > limit or until < ctx.today():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "暂存日期须在今天到 {limit} 之间。"), field="until",
                                  limit=limit.isoformat())
        before = snapshot(item)
        item.status, item.hold_until, item.hold_consent = "held", until, consent
        tx.stamp(item)
        tx.audit("mail", item.id, before=before, after=snapshot(item),
                 summary=f"邮件 {item.entry_no} 暂存至 {until:%Y-%m-%d}（{consent}）")
    return get(ctx, item_id)


def return_to_sender(ctx: ServiceContext, item_id: int, *, reason: str, returned_to: str = "post_office",
                     resident_notified: bool = True, remarks: str | None = None,
                     expected_version: int | None = None) -> MailRow:
    """M3 退件记录: the item goes back to the post office or courier; the resident is told. `reason`
    and `returned_to` are codes of frontdesk.return_reason / frontdesk.return_to (or their labels)."""
    reason, returned_to = vocab.RETURN_REASON.code(reason), vocab.RETURN_TO.code(returned_to)
    if reason not in RETURN_REASONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择退件原因。"), field="reason")
    if returned_to not in RETURN_TO:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择退回对象（邮局/快递）。"), field="returned_to")
    with ctx.action("frontdesk.return") as tx:
        item = _load(tx, item_id, expected_version)
        _require(item, WAITING, "退件")
        if reason == "uncollected" and ctx.today() <= item.hold_until:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "{no} 保管期到 {until}，尚未超期。"), field="reason",
                           no=item.entry_no, until=item.hold_until.isoformat())
        before = snapshot(item)
        item.status, item.return_reason, item.returned_to = "returned", reason, returned_to
        item.returned_at = ctx.now()
        item.return_notified_at = ctx.now() if resident_notified else None
        if _text(remarks):
            item.remarks = "；".join(x for x in (item.remarks, remarks.strip()) if x)
        tx.stamp(item)
        tx.audit("mail", item.id, before=before, after=snapshot(item),
                 summary=f"邮件 {item.entry_no} 退回{vocab.RETURN_TO.labels[returned_to]}"
                         f"（{vocab.RETURN_REASON.labels[reason]}）")
    return get(ctx, item_id)


def void(ctx: ServiceContext, item_id: int, *, reason: str, expected_version: int | None = None) -> MailRow:
    """A wrong registration: the number is kept, the row leaves the lists."""
    reason = _text(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写作废原因。"), field="reason")
    with ctx.action("frontdesk.void") as tx:
        item = _load(tx, item_id, expected_version)
        _require(item, WAITING, "作废")
        before = snapshot(item)
        item.status, item.void_reason = "voided", reason
        tx.stamp(item)
        tx.audit("mail", item.id, before=before, after=snapshot(item), summary=f"作废邮件登记 {item.entry_no}：{reason}")
    return get(ctx, item_id)


# Reading ------------------------------------------------------------------------------------------
def list_mail(ctx: ServiceContext, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
              waiting_only: bool = False, building_id: int | None = None, ids=None) -> list[MailRow]:
    """Items received in [start, end) — plus, with `waiting_only`, every item still at the desk."""
    stmt = (select(MailItem, Building.name, Room.room_no).join(Building, MailItem.building_id == Building.id)
            .outerjoin(Room, MailItem.room_id == Room.id).order_by(MailItem.received_at.desc(), MailItem.id.desc()))
    if ids is not None:
        stmt = stmt.where(MailItem.id.in_(list(ids)))
    if waiting_only:
        stmt = stmt.where(MailItem.status.in_(WAITING))
    if start is not None:
        stmt = stmt.where(MailItem.received_at >= start)
    if end is not None:
        stmt = stmt.where(MailItem.received_at < end)
    if building_id is not None:
        stmt = stmt.where(MailItem.building_id == building_id)
    stmt = ctx.scope_filter(stmt, MailItem.building_id)
    now = ctx.now()
    out = []
    # the instant filter finds a mail type by its Chinese and its shown label
    type_words = {c: (type_label(c), vocab.label("frontdesk.mail_type", c)) for c in MAIL_TYPES}
    with ctx.read("frontdesk.view") as s:
        for m, bname, room_no in s.execute(stmt):
            out.append(MailRow(
                m.id, m.entry_no, m.status, m.received_at, m.mail_type, m.tracking_no, m.sender_place,
                m.building_id, bname, room_no, m.addressee, m.phone, m.intact, m.notified_by, m.notified_at,
                m.hold_until, m.collected_at, m.collector_name, m.is_proxy, m.handled_by, m.return_reason,
                m.returned_at, m.returned_to, overdue_flag(m.status, now, m.hold_until, m.notify_due_at), m.version,
                " ".join(x for x in (m.entry_no, m.tracking_no, m.addressee, bname, room_no,
                                     *type_words.get(m.mail_type, (m.mail_type,)), m.collector_name, m.phone)
                         if x).lower()))
    return privacy.protect_rows(ctx, out, {"phone": "phone"})


def get(ctx: ServiceContext, item_id: int) -> MailRow:
    rows = list_mail(ctx, ids=[item_id])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "邮件登记不存在。"))
    return rows[0]


def filter_rows(rows, text: str = "", *, status: str | None = None, overdue_only: bool = False) -> list[MailRow]:
    """The instant filter: every word must appear in the row's search text (pinyin not needed: names
    are short and the desk searches by 房号 or 邮件号)."""
    words = (text or "").lower().split()
    return [r for r in rows if (status is None or r.status == status) and (not overdue_only or r.overdue)
            and all(w in r.search for w in words)]
