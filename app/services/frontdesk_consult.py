"""The consultation ledger (C1 客服前台台帐, domain.md §11.1): every question is written down; it is
answered at once, or an answer time is agreed with the resident; it may be referred to a department
(noted in 备注) or escalated to the CS lead; the lead reviews the answered entries every day.

Channels, entry types, answer modes and departments are stored as codes (app/vocab.py).
Statuses: answered (即时答复 or later) | scheduled (约定答复) | referred (转部门) | escalated (上报) →
answered → closed (reviewed). Overdue when the agreed answer time has passed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from app import vocab
from app.db.models.frontdesk import Consultation
from app.db.models.residents import Building
from app.errors import Conflict, NotFound, ValidationError
from app.services import config, privacy, sequences
from app.services.context import ServiceContext, snapshot
from app.services.frontdesk_complaints import DEPARTMENTS
from app.services.frontdesk_mail import _text
from app.texts import QT_TRANSLATE_NOOP

CHANNELS = ("visit", "phone", "other")
ENTRY_TYPES = vocab.CONSULT_TYPE.codes
ANSWER_MODES = vocab.ANSWER_MODE.codes      # immediate, promised, referred, escalated
STATUS_LABELS = {
    "scheduled": QT_TRANSLATE_NOOP("FrontDesk", "约定答复"),
    "referred": QT_TRANSLATE_NOOP("FrontDesk", "已转部门"),
    "escalated": QT_TRANSLATE_NOOP("FrontDesk", "已上报"),
    "answered": QT_TRANSLATE_NOOP("FrontDesk", "已答复"),
    "closed": QT_TRANSLATE_NOOP("FrontDesk", "已查阅"),
}
OPEN = ("scheduled", "referred", "escalated")
PREFIX = "ZX"

DEFAULTS = {"consult.answer_hours": 24}
CONFIG_LABELS = {"consult.answer_hours": QT_TRANSLATE_NOOP("Config", "咨询约定答复默认时限（小时）")}


@dataclass(frozen=True, slots=True)
class ConsultRow:
    id: int
    entry_no: str
    status: str
    logged_at: dt.datetime
    channel: str
    client_name: str
    building_id: int | None
    building: str | None
    room_no: str | None
    phone: str | None
    entry_type: str
    content: str
    answer_mode: str
    promised_answer_at: dt.datetime | None
    referred_dept: str | None
    escalated_to: str | None
    answer: str | None
    answered_at: dt.datetime | None
    received_by: str
    reviewed_by: str | None
    reviewed_at: dt.datetime | None
    remarks: str | None
    overdue: bool
    version: int
    search: str


def overdue_clause(now: dt.datetime):
    return and_(Consultation.status.in_(OPEN), Consultation.promised_answer_at < now)


def _remark(old: str | None, new: str) -> str:
    return "；".join(x for x in (old, new) if x)


def log(ctx: ServiceContext, *, client_name: str, content: str, answer_mode: str, channel: str = "visit",
        entry_type: str = "enquiry", building_id: int | None = None, room_no: str | None = None,
        phone: str | None = None, answer: str | None = None, promised_answer_at: dt.datetime | None = None,
        referred_dept: str | None = None, escalated_to: str | None = None,
        remarks: str | None = None) -> ConsultRow:
    """A ledger entry; the answer mode decides what else is required. Codes (labels accepted)."""
    channel, entry_type = vocab.CHANNEL.code(channel), vocab.CONSULT_TYPE.code(entry_type)
    answer_mode = vocab.ANSWER_MODE.code(answer_mode)
    referred_dept = vocab.DEPARTMENT.code(referred_dept)
    if channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择来访/来电方式。"), field="channel")
    if entry_type not in ENTRY_TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择事项类型。"), field="entry_type")
    if answer_mode not in ANSWER_MODES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择答复方式。"), field="answer_mode")
    if not _text(client_name):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写业户（来访人）姓名。"), field="client_name")
    if not _text(content):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写咨询内容。"), field="content")
    now = ctx.now()
    if answer_mode == "immediate" and not _text(answer):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "即时答复请填写答复内容。"), field="answer")
    if answer_mode == "referred" and referred_dept not in DEPARTMENTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择转交部门。"), field="referred_dept")
    if answer_mode == "escalated" and not _text(escalated_to):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写上报对象（客服主管或物业负责人）。"), field="escalated_to")
    if promised_answer_at is not None and promised_answer_at <= now:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "约定答复时间应晚于现在。"), field="promised_answer_at")
    if building_id is not None:
        ctx.require_building(building_id)
    with ctx.action("frontdesk.create") as tx:
        s = tx.session
        if building_id is not None and s.get(Building, building_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "楼栋不存在。"), field="building")
        immediate = answer_mode == "immediate"
        if not immediate and promised_answer_at is None:
            promised_answer_at = now + dt.timedelta(hours=config.get_in(s, "consult.answer_hours"))
        status = {"immediate": "answered", "promised": "scheduled", "referred": "referred",
                  "escalated": "escalated"}[answer_mode]
        note = (f"转{vocab.DEPARTMENT.labels[referred_dept]}跟进" if answer_mode == "referred" else
                f"已上报{escalated_to.strip()}" if answer_mode == "escalated" else None)
        c = Consultation(entry_no=sequences.next_number(s, PREFIX, now.year), status=status, logged_at=now,
                         channel=channel, client_name=client_name.strip(), building_id=building_id,
                         room_no=_text(room_no), phone=_text(phone), entry_type=entry_type, content=content.strip(),
                         answer_mode=answer_mode, promised_answer_at=None if immediate else promised_answer_at,
                         referred_dept=referred_dept if answer_mode == "referred" else None,
                         escalated_to=_text(escalated_to) if answer_mode == "escalated" else None,
                         answer=_text(answer) if immediate else None, answered_at=now if immediate else None,
                         received_by=ctx.actor.display_name, remarks=_remark(_text(remarks), note) or None)
        tx.stamp(c, new=True)
        s.add(c)
        s.flush()
        tx.audit("consultation", c.id, after=snapshot(c), summary=f"前台台帐 {c.entry_no} {c.client_name}（{vocab.ANSWER_MODE.labels[answer_mode]}）")
        cid = c.id
    return get(ctx, cid)


def _step(ctx, cid, allowed, permission, expected_version, change, summary) -> ConsultRow:
    with ctx.action(permission) as tx:
        c = tx.session.get(Consultation, cid)
        if c is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "台帐记录不存在。"))
        if c.building_id is not None:
            ctx.require_building(c.building_id)
        tx.check_version(c, expected_version)
        if c.status not in allowed:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "台帐 {no} 当前为“{status}”，不能进行此操作。"), no=c.entry_no,
                           status=STATUS_LABELS[c.status])
        before = snapshot(c)
        change(c)
        tx.stamp(c)
        tx.audit("consultation", c.id, before=before, after=snapshot(c), summary=summary(c))
    return get(ctx, cid)


def answer(ctx: ServiceContext, cid: int, *, text: str, expected_version: int | None = None) -> ConsultRow:
    text = _text(text)
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写答复内容。"), field="answer")

    def change(c):
        c.status, c.answer, c.answered_at = "answered", text, ctx.now()
    return _step(ctx, cid, OPEN, "frontdesk.record", expected_version, change, lambda c: f"台帐 {c.entry_no} 已答复")


def refer(ctx: ServiceContext, cid: int, *, dept: str, promised_answer_at: dt.datetime | None = None,
          expected_version: int | None = None) -> ConsultRow:
    """Refer to a department (a code; a label is accepted), noted in 备注."""
    dept = vocab.DEPARTMENT.code(dept)
    if dept not in DEPARTMENTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择转交部门。"), field="referred_dept")
    if promised_answer_at is not None and promised_answer_at <= ctx.now():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "约定答复时间应晚于现在。"), field="promised_answer_at")

    def change(c):
        c.status, c.referred_dept = "referred", dept
        c.promised_answer_at = promised_answer_at or c.promised_answer_at
        c.remarks = _remark(c.remarks, f"转{vocab.DEPARTMENT.labels[dept]}跟进")
    return _step(ctx, cid, OPEN, "frontdesk.edit", expected_version, change,
                 lambda c: f"台帐 {c.entry_no} 转{vocab.DEPARTMENT.labels[dept]}")


def escalate(ctx: ServiceContext, cid: int, *, to: str, expected_version: int | None = None) -> ConsultRow:
    to = _text(to)
    if not to:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写上报对象（客服主管或物业负责人）。"), field="escalated_to")

    def change(c):
        c.status, c.escalated_to = "escalated", to
        c.remarks = _remark(c.remarks, f"已上报{to}")
    return _step(ctx, cid, OPEN, "frontdesk.edit", expected_version, change, lambda c: f"台帐 {c.entry_no} 上报{to}")


def review(ctx: ServiceContext, ids: list[int]) -> int:
    """The CS lead's daily check: answered entries are marked 已查阅 (one action for the batch)."""
    if not ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "没有待查阅的已答复记录。"), field="items")
    with ctx.action("frontdesk.close") as tx:
        nos = []
        for cid in ids:
            c = tx.session.get(Consultation, cid)
            if c is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "台帐记录不存在。"))
            if c.status != "answered":
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "台帐 {no} 当前为“{status}”，不能进行此操作。"),
                               no=c.entry_no, status=STATUS_LABELS[c.status])
            c.status, c.reviewed_by, c.reviewed_at = "closed", ctx.actor.display_name, ctx.now()
            tx.stamp(c)
            nos.append(c.entry_no)
        tx.audit("consultation", ",".join(map(str, ids))[:60], after={"entries": nos},
                 summary=f"负责人查阅前台台帐 {len(nos)} 条")
    return len(nos)


def list_entries(ctx: ServiceContext, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
                 open_too: bool = False, building_id: int | None = None, ids=None) -> list[ConsultRow]:
    stmt = (select(Consultation, Building.name).outerjoin(Building, Consultation.building_id == Building.id)
            .order_by(Consultation.logged_at.desc(), Consultation.id.desc()))
    if ids is not None:
        stmt = stmt.where(Consultation.id.in_(list(ids)))
    window = [w for w in (start is not None and Consultation.logged_at >= start,
                          end is not None and Consultation.logged_at < end) if w is not False]
    if window:
        cond = and_(*window)
        stmt = stmt.where(or_(cond, Consultation.status.in_(OPEN)) if open_too else cond)
    if building_id is not None:
        stmt = stmt.where(Consultation.building_id == building_id)
    if ctx.actor.building_ids is not None:
        stmt = stmt.where(or_(Consultation.building_id.is_(None), Consultation.building_id.in_(ctx.actor.building_ids)))
    now = ctx.now()
    with ctx.read("frontdesk.view") as s:
        out = []
        for c, bname in s.execute(stmt):
            overdue = c.status in OPEN and c.promised_answer_at is not None and now > c.promised_answer_at
            out.append(ConsultRow(
                c.id, c.entry_no, c.status, c.logged_at, c.channel, c.client_name, c.building_id, bname, c.room_no,
                c.phone, c.entry_type, c.content, c.answer_mode, c.promised_answer_at, c.referred_dept,
                c.escalated_to, c.answer, c.answered_at, c.received_by, c.reviewed_by, c.reviewed_at, c.remarks,
                overdue, c.version,
                " ".join(x for x in (c.entry_no, c.client_name, bname, c.room_no, c.content,
                                     vocab.label("frontdesk.department", c.referred_dept), c.phone) if x).lower()))
    return privacy.protect_rows(ctx, out, {"phone": "phone"})


def get(ctx: ServiceContext, cid: int) -> ConsultRow:
    rows = list_entries(ctx, ids=[cid])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "台帐记录不存在。"))
    return rows[0]


def filter_rows(rows, text: str = "", *, status: str | None = None, overdue_only: bool = False) -> list[ConsultRow]:
    words = (text or "").lower().split()
    return [r for r in rows if (status is None or r.status == status) and (not overdue_only or r.overdue)
            and all(w in r.search for w in words)]
