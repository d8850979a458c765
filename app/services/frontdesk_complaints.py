"""Complaints (C2 投诉记录/处理表, domain.md §11.2) and their return visit (§9: every complaint, within
3 days after it is handled; the visit itself is a V1 record of app/services/visits.py, the complaint
row keeps the summary of its latest visit).

received → classified (有效) | escalated_major (有效 + 重大) | invalid_explained (无效, explained to the
resident) → assigned (responsible department, deadline +2 days) → in_progress (first reply, due within 1
working day) → resolved (handling result; visit due) → visited (satisfaction; 不满意 goes back to
in_progress) → closed. A wrong entry is voided before it is assigned.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, or_, select

from app import vocab
from app.db.models.frontdesk import Complaint
from app.db.models.residents import Building
from app.errors import Conflict, NotFound, ValidationError
from app.services import config, privacy, sequences
from app.services.context import ServiceContext, snapshot
from app.services.frontdesk_mail import _text
from app.texts import QT_TRANSLATE_NOOP

# stored codes (app/vocab.py), in the order the combos offer them
CHANNELS = ("visit", "phone", "letter", "referred")
CATEGORIES = vocab.COMPLAINT_CATEGORY.codes
VALIDITIES = vocab.VALIDITY.codes
SEVERITIES = vocab.SEVERITY.codes
DEPARTMENTS = ("dorm_office", "repair", "security", "cleaning", "finance", "service", "other")
RATINGS = vocab.RATING.codes              # stored codes (app/vocab.py)
VISIT_METHODS = vocab.VISIT_METHOD.codes
STATUS_LABELS = {
    "received": QT_TRANSLATE_NOOP("FrontDesk", "已受理"),
    "classified": QT_TRANSLATE_NOOP("FrontDesk", "已分类"),
    "escalated_major": QT_TRANSLATE_NOOP("FrontDesk", "重大投诉"),
    "invalid_explained": QT_TRANSLATE_NOOP("FrontDesk", "无效已解释"),
    "assigned": QT_TRANSLATE_NOOP("FrontDesk", "已转责任部门"),
    "in_progress": QT_TRANSLATE_NOOP("FrontDesk", "处理中"),
    "resolved": QT_TRANSLATE_NOOP("FrontDesk", "待回访"),
    "visited": QT_TRANSLATE_NOOP("FrontDesk", "已回访"),
    "closed": QT_TRANSLATE_NOOP("FrontDesk", "已结案"),
    "voided": QT_TRANSLATE_NOOP("FrontDesk", "已作废"),
}
FLAGS = (QT_TRANSLATE_NOOP("FrontDesk", "回访超期"), QT_TRANSLATE_NOOP("FrontDesk", "答复超时"),
         QT_TRANSLATE_NOOP("FrontDesk", "处理超期"), QT_TRANSLATE_NOOP("FrontDesk", "超期未解决"))
OPEN = ("received", "classified", "escalated_major", "assigned", "in_progress")
FINAL = ("closed", "voided")
# action -> statuses it starts from
ALLOWED = {
    "classify": ("received", "classified", "escalated_major"),
    "assign": ("classified", "escalated_major"),
    "reply": ("received", "classified", "escalated_major", "assigned", "in_progress"),
    "resolve": ("assigned", "in_progress"),
    "visit": ("resolved",),
    "close": ("visited", "invalid_explained"),
    "void": ("received", "classified", "escalated_major"),
}
PREFIX = "TS"

DEFAULTS = {
    "complaints.reply_working_days": 1,
    "complaints.handle_days": 2,
    "complaints.visit_days": 3,
    "complaints.major_after_days": 30,
}
CONFIG_LABELS = {
    "complaints.reply_working_days": QT_TRANSLATE_NOOP("Config", "投诉首次答复时限（工作日）"),
    "complaints.handle_days": QT_TRANSLATE_NOOP("Config", "有效投诉处理时限（天）"),
    "complaints.visit_days": QT_TRANSLATE_NOOP("Config", "投诉处理后回访时限（天）"),
    "complaints.major_after_days": QT_TRANSLATE_NOOP("Config", "有效投诉超过几天未解决视为重大投诉"),
}


@dataclass(frozen=True, slots=True)
class ComplaintRow:
    """A complaint with its computed flags; `search` is the instant filter's lower-case text."""

    id: int
    complaint_no: str
    status: str
    received_at: dt.datetime
    channel: str
    complainant: str
    building_id: int | None
    building: str | None
    room_no: str | None
    phone: str | None
    content: str
    category: str
    validity: str | None
    severity: str | None
    explanation: str | None
    reply_due_at: dt.datetime
    first_reply_at: dt.datetime | None
    first_reply: str | None
    responsible_dept: str | None
    responsible_person: str | None
    assigned_at: dt.datetime | None
    deadline: dt.datetime | None
    handling_result: str | None
    corrective_action: str | None
    resolved_at: dt.datetime | None
    visit_due: dt.date | None
    visited_at: dt.datetime | None
    visit_method: str | None
    satisfaction: str | None
    visit_notes: str | None
    visitor: str | None
    reopen_count: int
    received_by: str
    closed_at: dt.datetime | None
    closed_by: str | None
    overdue: str
    version: int
    search: str

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def add_working_days(at: dt.datetime, days: int) -> dt.datetime:
    """`days` working days (Monday–Friday) after `at`, at the same time of day."""
    out = at
    while days > 0:
        out += dt.timedelta(days=1)
        if out.weekday() < 5:
            days -= 1
    return out


def overdue_flag(c, now: dt.datetime, major_after_days: int = 30) -> str:
    if c.status in FINAL or c.status == "invalid_explained":
        return ""
    if c.status == "resolved":
        return "回访超期" if c.visit_due and now.date() > c.visit_due else ""
    if c.status == "visited":
        return ""
    if c.first_reply_at is None and now > c.reply_due_at:
        return "答复超时"
    if c.deadline and now > c.deadline:
        return "处理超期"
    if c.validity == "valid" and now > c.received_at + dt.timedelta(days=major_after_days):
        return "超期未解决"
    return ""


def overdue_clause(now: dt.datetime):
    return or_(and_(Complaint.status == "resolved", Complaint.visit_due < now.date()),
               and_(Complaint.status.in_(OPEN), Complaint.first_reply_at.is_(None), Complaint.reply_due_at < now),
               and_(Complaint.status.in_(OPEN), Complaint.deadline < now))


# Receiving ----------------------------------------------------------------------------------------
def receive(ctx: ServiceContext, *, complainant: str, content: str, category: str, channel: str = "visit",
            building_id: int | None = None, room_no: str | None = None, phone: str | None = None,
            received_at: dt.datetime | None = None, remarks: str | None = None) -> ComplaintRow:
    """Record a complaint as the resident tells it; the first reply is due within 1 working day.
    `channel` and `category` are codes (a label, as typed, is accepted too)."""
    channel, category = vocab.CHANNEL.code(channel), vocab.COMPLAINT_CATEGORY.code(category)
    if channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择投诉方式。"), field="channel")
    if category not in CATEGORIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择投诉类别。"), field="category")
    if not _text(complainant):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写投诉人。"), field="complainant")
    if len(_text(content) or "") < 4:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请写清投诉内容。"), field="content")
    now = ctx.now()
    received_at = received_at or now
    if received_at > now + dt.timedelta(minutes=5):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "受理时间不能晚于现在。"), field="received_at")
    if building_id is not None:
        ctx.require_building(building_id)
    with ctx.action("frontdesk.create") as tx:
        s = tx.session
        if building_id is not None and s.get(Building, building_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "楼栋不存在。"), field="building")
        days = config.get_in(s, "complaints.reply_working_days")
        c = Complaint(complaint_no=sequences.next_number(s, PREFIX, received_at.year), status="received",
                      received_at=received_at, channel=channel, complainant=complainant.strip(),
                      building_id=building_id, room_no=_text(room_no), phone=_text(phone), content=content.strip(),
                      category=category, reply_due_at=add_working_days(received_at, days), reopen_count=0,
                      received_by=ctx.actor.display_name, remarks=_text(remarks))
        tx.stamp(c, new=True)
        s.add(c)
        s.flush()
        tx.audit("complaint", c.id, after=snapshot(c),
                 summary=f"受理投诉 {c.complaint_no} {c.complainant}（{vocab.COMPLAINT_CATEGORY.labels[category]}）")
        cid = c.id
    return get(ctx, cid)


def _step(ctx: ServiceContext, cid: int, action: str, permission: str, expected_version, change, summary):
    with ctx.action(permission) as tx:
        c = tx.session.get(Complaint, cid)
        if c is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "投诉记录不存在。"))
        if c.building_id is not None:
            ctx.require_building(c.building_id)
        tx.check_version(c, expected_version)
        if c.status not in ALLOWED[action]:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "投诉 {no} 当前为“{status}”，不能进行此操作。"),
                           no=c.complaint_no, status=STATUS_LABELS[c.status])
        before = snapshot(c)
        change(tx, c)
        tx.stamp(c)
        tx.audit("complaint", c.id, before=before, after=snapshot(c), summary=summary(c))
    return get(ctx, cid)


def classify(ctx: ServiceContext, cid: int, *, validity: str, severity: str = "normal", category: str | None = None,
             explanation: str | None = None, expected_version: int | None = None) -> ComplaintRow:
    """valid (有效) or invalid (无效: outside the office's remit, explained to the resident), and how
    serious; codes of app/vocab.py (labels accepted)."""
    validity, severity = vocab.VALIDITY.code(validity), vocab.SEVERITY.code(severity)
    if category is not None:        # an unknown one stays as given and is refused below
        category = vocab.COMPLAINT_CATEGORY.code(category) or category
    if validity not in VALIDITIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择投诉性质（有效/无效）。"), field="validity")
    if severity not in SEVERITIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择投诉级别。"), field="severity")
    if category is not None and category not in CATEGORIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择投诉类别。"), field="category")
    explanation = _text(explanation)
    if validity == "invalid" and not explanation:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "无效投诉须记录向住户所作的解释。"), field="explanation")

    def change(_s, c):
        c.validity, c.severity, c.explanation = validity, severity, explanation
        c.category = category or c.category
        if validity == "invalid":
            c.status = "invalid_explained"
            c.first_reply_at = c.first_reply_at or ctx.now()
            c.first_reply = c.first_reply or explanation
        else:
            c.status = "escalated_major" if severity == "major" else "classified"
    return _step(ctx, cid, "classify", "frontdesk.edit", expected_version, change,
                 lambda c: f"投诉 {c.complaint_no} 定性：{vocab.VALIDITY.labels[validity]}"
                 + (f"、{vocab.SEVERITY.labels[severity]}" if validity == "valid" else ""))


def assign(ctx: ServiceContext, cid: int, *, dept: str, person: str | None = None, deadline: dt.datetime | None = None,
           expected_version: int | None = None) -> ComplaintRow:
    """Send to the department in charge with a deadline (default +2 days); a major one needs a named
    responsible person set by the manager. `dept` is a department code (a label is accepted)."""
    dept = vocab.DEPARTMENT.code(dept)
    if dept not in DEPARTMENTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择责任部门。"), field="dept")
    now = ctx.now()
    if deadline is not None and deadline <= now:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "处理期限应晚于现在。"), field="deadline")

    def change(tx, c):
        s = tx.session
        if c.status == "escalated_major" and not _text(person):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "重大投诉须指定责任人。"), field="person")
        c.responsible_dept, c.responsible_person, c.assigned_at = dept, _text(person), now
        c.deadline = deadline or now + dt.timedelta(days=config.get_in(s, "complaints.handle_days"))
        c.status = "assigned"
    return _step(ctx, cid, "assign", "frontdesk.edit", expected_version, change,
                 lambda c: f"投诉 {c.complaint_no} 转{vocab.DEPARTMENT.labels[dept]}处理，期限 {c.deadline:%m-%d %H:%M}")


def reply(ctx: ServiceContext, cid: int, *, text: str, expected_version: int | None = None) -> ComplaintRow:
    """The first reply to the resident (and later progress notes)."""
    text = _text(text)
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写答复内容。"), field="reply")

    def change(_s, c):
        if c.first_reply_at is None:
            c.first_reply_at, c.first_reply = ctx.now(), text
        else:
            c.remarks = "；".join(x for x in (c.remarks, f"{ctx.now():%m-%d %H:%M} {text}") if x)
        if c.status == "assigned":
            c.status = "in_progress"
    return _step(ctx, cid, "reply", "frontdesk.record", expected_version, change,
                 lambda c: f"投诉 {c.complaint_no} 答复住户：{text[:40]}")


def resolve(ctx: ServiceContext, cid: int, *, result: str, corrective_action: str | None = None,
            expected_version: int | None = None) -> ComplaintRow:
    """The department's handling result; the return visit falls due (within 3 days)."""
    result = _text(result)
    if not result:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写处理结果。"), field="result")

    def change(tx, c):
        now = ctx.now()
        c.handling_result, c.corrective_action, c.resolved_at = result, _text(corrective_action), now
        c.first_reply_at = c.first_reply_at or now
        c.first_reply = c.first_reply or result
        c.visit_due = _plan_visit(tx, c).due_date
        c.status = "resolved"
    return _step(ctx, cid, "resolve", "frontdesk.record", expected_version, change,
                 lambda c: f"投诉 {c.complaint_no} 处理完毕，应于 {c.visit_due:%m-%d} 前回访")


def visit(ctx: ServiceContext, cid: int, *, satisfaction: str, method: str = "phone", notes: str | None = None,
          visitor: str | None = None, expected_version: int | None = None) -> ComplaintRow:
    """The return visit, written as the complaint's V1 record (app/services/visits.py); 不满意 sends the
    complaint back to its department with a fresh deadline."""
    from app.services import visits

    def change(tx, c):
        v = visits.open_for_source(tx.session, "complaint", c.id) or _plan_visit(tx, c)
        visits.fill_in(tx, v, satisfaction=satisfaction, method=method, feedback=notes, visitor=visitor,
                       interviewee=c.complainant)
        _apply(tx, c, v)
    return _step(ctx, cid, "visit", "frontdesk.visit", expected_version, change,
                 lambda c: f"投诉 {c.complaint_no} 回访：{vocab.RATING.labels[c.satisfaction]}"
                 + ("，重新处理" if c.satisfaction == "bad" else ""))


def _plan_visit(tx, c: Complaint):
    """The complaint's V1 visit, due within complaints.visit_days of its handling (100 % visited)."""
    from app.services import visits
    return visits.plan_in(tx, visit_type="complaint", done_at=c.resolved_at or tx.ctx.now(), source_kind="complaint",
                          source_id=c.id, source_no=c.complaint_no, building_id=c.building_id, room_no=c.room_no,
                          interviewee=c.complainant, phone=c.phone, subject=f"{vocab.COMPLAINT_CATEGORY.labels.get(c.category, c.category)}：{c.content}")


def _apply(tx, c: Complaint, v) -> None:
    """A made visit on the complaint: its summary on the complaint row; 不满意 reopens it."""
    now = tx.ctx.now()
    c.visited_at, c.visit_method, c.satisfaction, c.visit_notes = v.visit_date, v.method, v.satisfaction, v.feedback
    c.visitor = v.visitor
    if v.satisfaction == "bad":
        c.status, c.reopen_count = "in_progress", (c.reopen_count or 0) + 1
        c.deadline = now + dt.timedelta(days=config.get_in(tx.session, "complaints.handle_days"))
        c.resolved_at = c.visit_due = None
    else:
        c.status = "visited"


def apply_visit(tx, v) -> None:
    """A visit recorded on the visits page goes back to its complaint (which must await its visit)."""
    c = tx.session.get(Complaint, v.source_id)
    if c is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "投诉记录不存在。"))
    if c.status not in ALLOWED["visit"]:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "投诉 {no} 当前为“{status}”，不能进行此操作。"),
                       no=c.complaint_no, status=STATUS_LABELS[c.status])
    _apply(tx, c, v)
    tx.stamp(c)


def open_from_visit(tx, v) -> Complaint:
    """A nonconforming visit is handled under the complaint procedure: its complaint (the source
    complaint itself, reopened) or a new one received from the visit."""
    s = tx.session
    if v.source_kind == "complaint" and v.source_id:
        c = s.get(Complaint, v.source_id)
        if c is not None:
            c.corrective_action = "；".join(x for x in (c.corrective_action, v.nonconformity_action) if x)
            tx.stamp(c)
            return c
    now = tx.ctx.now()
    category = "repair" if v.visit_type in ("repair", "repair_work") else "other"
    content = f"回访 {v.visit_no} 不合格（{v.source_no or ''}）：{v.feedback or v.shortcomings or v.subject or ''}"
    c = Complaint(complaint_no=sequences.next_number(s, PREFIX, now.year), status="received", received_at=now,
                  channel="referred", complainant=v.interviewee or "回访住户", building_id=v.building_id,
                  room_no=v.room_no, phone=v.phone, content=content.strip(), category=category,
                  reply_due_at=add_working_days(now, config.get_in(s, "complaints.reply_working_days")),
                  reopen_count=0, received_by=tx.ctx.actor.display_name, remarks=v.nonconformity_action)
    tx.stamp(c, new=True)
    s.add(c)
    s.flush()
    return c


def close(ctx: ServiceContext, cid: int, *, expected_version: int | None = None) -> ComplaintRow:
    """The supervisor closes a visited (or explained invalid) complaint."""
    def change(_s, c):
        c.status, c.closed_at, c.closed_by = "closed", ctx.now(), ctx.actor.display_name
    return _step(ctx, cid, "close", "frontdesk.close", expected_version, change,
                 lambda c: f"投诉 {c.complaint_no} 结案")


def void(ctx: ServiceContext, cid: int, *, reason: str, expected_version: int | None = None) -> ComplaintRow:
    reason = _text(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写作废原因。"), field="reason")

    def change(_s, c):
        c.status = "voided"
        c.remarks = "；".join(x for x in (c.remarks, f"作废：{reason}") if x)
    return _step(ctx, cid, "void", "frontdesk.void", expected_version, change,
                 lambda c: f"作废投诉 {c.complaint_no}：{reason}")


def allowed_actions(status: str) -> set[str]:
    return {a for a, froms in ALLOWED.items() if status in froms}


# Reading ------------------------------------------------------------------------------------------
def list_complaints(ctx: ServiceContext, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
                    open_too: bool = False, building_id: int | None = None, ids=None) -> list[ComplaintRow]:
    """Complaints received in [start, end); with `open_too`, also older ones not yet closed."""
    stmt = (select(Complaint, Building.name).outerjoin(Building, Complaint.building_id == Building.id)
            .order_by(Complaint.received_at.desc(), Complaint.id.desc()))
    if ids is not None:
        stmt = stmt.where(Complaint.id.in_(list(ids)))
    window = []
    if start is not None:
        window.append(Complaint.received_at >= start)
    if end is not None:
        window.append(Complaint.received_at < end)
    if window:
        cond = and_(*window)
        stmt = stmt.where(or_(cond, Complaint.status.not_in(FINAL)) if open_too else cond)
    if building_id is not None:
        stmt = stmt.where(Complaint.building_id == building_id)
    if ctx.actor.building_ids is not None:
        stmt = stmt.where(or_(Complaint.building_id.is_(None), Complaint.building_id.in_(ctx.actor.building_ids)))
    now = ctx.now()
    with ctx.read("frontdesk.view") as s:
        major_days = config.get_in(s, "complaints.major_after_days")
        out = []
        for c, bname in s.execute(stmt):
            cols = snapshot(c)
            values = {k: getattr(c, k) for k in cols}
            out.append(ComplaintRow(
                **{f: values[f] for f in ComplaintRow.__slots__ if f in values},
                building=bname, overdue=overdue_flag(c, now, major_days),
                search=" ".join(x for x in (c.complaint_no, c.complainant, bname, c.room_no,
                                            vocab.label("frontdesk.complaint_category", c.category), c.content,
                                            vocab.label("frontdesk.department", c.responsible_dept), c.phone)
                                if x).lower()))
    return privacy.protect_rows(ctx, out, {"phone": "phone"})


def get(ctx: ServiceContext, cid: int) -> ComplaintRow:
    rows = list_complaints(ctx, ids=[cid])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "投诉记录不存在。"))
    return rows[0]


def by_number(ctx: ServiceContext, number: str) -> ComplaintRow:
    with ctx.read("frontdesk.view") as s:
        cid = s.scalar(select(Complaint.id).where(Complaint.complaint_no == (number or "").strip()))
    if cid is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "没有编号为 {no} 的投诉记录。"), no=number)
    return get(ctx, cid)


def filter_rows(rows, text: str = "", *, status: str | None = None, overdue_only: bool = False) -> list[ComplaintRow]:
    words = (text or "").lower().split()
    return [r for r in rows if (status is None or r.status == status) and (not overdue_only or r.overdue)
            and all(w in r.search for w in words)]
