"""Return visits (V1 回访记录表, domain.md §9): one record kind for every visit — complaints, repair works,
repair requests, special services, emergency help, events, surveys, routine visits, meeting services.

planned → form_issued (V2 sign-out, visits_forms.py) → visited (resident's signature, or marked
电话回访) → reviewed by the supervisor: ok | nonconforming (opens a complaint, §11, and plans the next
visit: second and third visits until the resident is satisfied) → archived.

The due date comes from the §9 table (`due_date`), its days configurable (DEFAULTS). Overdue is
computed when read (today > due date while still planned or issued). Repairs and complaints call
`plan_in` / `fill_in` in their own transactions, and a visit recorded here goes back to its source
through `_apply_source` (a 不满意 reopens the slip or the complaint).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from app import vocab
from app.db.models.residents import Building
from app.db.models.visits import ReturnVisit
from app.errors import Conflict, NotFound, ValidationError
from app.services import config, sequences
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP, translate

PREFIX = "HF"
VISIT_TYPES = {
    "complaint": QT_TRANSLATE_NOOP("Visits", "投诉"),
    "repair_work": QT_TRANSLATE_NOOP("Visits", "维修工程"),
    "repair": QT_TRANSLATE_NOOP("Visits", "报修"),
    "special": QT_TRANSLATE_NOOP("Visits", "特约服务"),
    "emergency": QT_TRANSLATE_NOOP("Visits", "急救"),
    "event": QT_TRANSLATE_NOOP("Visits", "刊物/活动"),
    "survey": QT_TRANSLATE_NOOP("Visits", "意见征询"),
    "routine": QT_TRANSLATE_NOOP("Visits", "定期回访"),
    "meeting": QT_TRANSLATE_NOOP("Visits", "会务服务"),
    "other": QT_TRANSLATE_NOOP("Visits", "其他"),
}
METHODS = vocab.VISIT_METHOD.codes     # on_site, phone, meeting, other (stored codes, app/vocab.py)
RATINGS = vocab.RATING.codes           # satisfied, fairly_satisfied, dissatisfied
RATING_CODES = {"good": "A", "fair": "B", "bad": "C"}
STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("Visits", "待回访"),
    "form_issued": QT_TRANSLATE_NOOP("Visits", "已领表"),
    "visited": QT_TRANSLATE_NOOP("Visits", "已回访待审核"),
    "ok": QT_TRANSLATE_NOOP("Visits", "审核合格"),
    "nonconforming": QT_TRANSLATE_NOOP("Visits", "不合格"),
    "archived": QT_TRANSLATE_NOOP("Visits", "已归档"),
    "cancelled": QT_TRANSLATE_NOOP("Visits", "已取消"),
}
vocab.define("visits.type", VISIT_TYPES, "Visits", columns=("return_visit.visit_type",))
vocab.define("visits.status", STATUS_LABELS, "Visits", columns=("return_visit.status",))
OPEN = ("planned", "form_issued")
DONE = ("visited", "ok", "nonconforming", "archived")
# A phone visit needs no signature; it is marked 电话回访 where the signature would be. The mark follows
# from the method (method == "phone") and is shown in the interface language, never stored.
PHONE_MARK = QT_TRANSLATE_NOOP("Visits", "电话回访")


def signature_text(row) -> str:
    """What stands in a visit's signature: 电话回访 for a phone visit, else the interviewee's signature."""
    return translate("Visits", PHONE_MARK) if row.method == "phone" else (row.interviewee_signature or "")

# The §9 table: days after the source is done (complaints reuse the complaint module's key).
DUE_DAY_KEYS = {t: f"visits.due_days.{t}" for t in VISIT_TYPES} | {"complaint": "complaints.visit_days"}
DEFAULTS = {
    "visits.due_days.repair_work": 60, "visits.earliest_days.repair_work": 30,
    "visits.due_days.repair": 3, "visits.due_days.special": 7, "visits.due_days.emergency": 7,
    "visits.due_days.event": 30, "visits.due_days.survey": 7, "visits.due_days.routine": 30,
    "visits.due_days.meeting": 7, "visits.due_days.other": 7,
    "visits.max_attempts": 3,
}
CONFIG_LABELS = {
    "visits.due_days.repair_work": QT_TRANSLATE_NOOP("Config", "维修工程完工后回访时限（天，1–2 个月）"),
    "visits.earliest_days.repair_work": QT_TRANSLATE_NOOP("Config", "维修工程完工后最早回访（天）"),
    "visits.due_days.repair": QT_TRANSLATE_NOOP("Config", "报修完成后回访时限（天）"),
    "visits.due_days.special": QT_TRANSLATE_NOOP("Config", "特约服务结束后回访时限（天）"),
    "visits.due_days.emergency": QT_TRANSLATE_NOOP("Config", "急救求助后回访时限（天）"),
    "visits.due_days.event": QT_TRANSLATE_NOOP("Config", "刊物发行/活动后回访时限（天）"),
    "visits.due_days.survey": QT_TRANSLATE_NOOP("Config", "调查意见回访时限（天）"),
    "visits.due_days.routine": QT_TRANSLATE_NOOP("Config", "定期回访时限（天）"),
    "visits.due_days.meeting": QT_TRANSLATE_NOOP("Config", "会务服务后回访时限（天）"),
    "visits.due_days.other": QT_TRANSLATE_NOOP("Config", "其他服务完成后回访时限（天）"),
    "visits.max_attempts": QT_TRANSLATE_NOOP("Config", "同一事项最多回访次数（不满意再回访）"),
}


@dataclass(frozen=True, slots=True)
class VisitRow:
    """A visit as lists and forms show it; `overdue` is computed from today."""

    id: int
    visit_no: str
    status: str
    visit_type: str
    source_kind: str | None
    source_id: int | None
    source_no: str | None
    source_done_at: dt.datetime | None
    work_order_no: str | None
    building_id: int | None
    building: str | None
    room_no: str | None
    interviewee: str | None
    phone: str | None
    subject: str | None
    method: str | None
    due_date: dt.date
    visit_date: dt.datetime | None
    quality_rating: str | None
    effect_rating: str | None
    satisfaction: str | None
    feedback: str | None
    shortcomings: str | None
    suggestions: str | None
    site_left_clean: bool | None
    repair_explained: bool | None
    fee_checked: bool | None
    interviewee_signature: str | None
    visitor: str | None
    supervisor_comment: str | None
    reviewed_by: str | None
    reviewed_at: dt.datetime | None
    nonconformity_action: str | None
    complaint_id: int | None
    attempt: int
    previous_id: int | None
    plan_month: str | None
    signout_id: int | None
    form_no: str | None
    remarks: str | None
    version: int
    overdue: bool
    search: str

    @property
    def type_label(self) -> str:
        return VISIT_TYPES.get(self.visit_type, self.visit_type)

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def rating_code(self) -> str:
        return RATING_CODES.get(self.satisfaction or "", "")


def _text(value) -> str | None:
    return (value or "").strip() or None


# Due dates ------------------------------------------------------------------------------------------
def due_days(session, visit_type: str) -> int:
    return int(config.get_in(session, DUE_DAY_KEYS.get(visit_type, "visits.due_days.other")))


def due_date(visit_type: str, done: dt.date, days: int) -> dt.date:
    """The §9 deadline: `days` after the source was done (repair works: the end of the 1–2 months)."""
    return done + dt.timedelta(days=days)


def is_overdue(status: str, due: dt.date, today: dt.date) -> bool:
    return status in OPEN and today > due


# Writing inside a caller's transaction ----------------------------------------------------------
def open_for_source(session, source_kind: str, source_id: int) -> ReturnVisit | None:
    """The source's visit still to be made (planned or form issued), if any."""
    return session.scalars(select(ReturnVisit).where(
        ReturnVisit.source_kind == source_kind, ReturnVisit.source_id == source_id,
        ReturnVisit.status.in_(OPEN)).order_by(ReturnVisit.id.desc())).first()


def plan_in(tx, *, visit_type: str, done_at: dt.datetime | None = None, source_kind: str | None = None,
            source_id: int | None = None, source_no: str | None = None, building_id: int | None = None,
            room_no: str | None = None, interviewee: str | None = None, phone: str | None = None,
            subject: str | None = None, due: dt.date | None = None, plan_month: str | None = None,
            previous: ReturnVisit | None = None) -> ReturnVisit:
    """A planned visit in the caller's transaction (the caller writes the audit row). A source that
    already has an open visit gets that one back, with the new due date."""
    if visit_type not in VISIT_TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择回访类别。"), field="visit_type")
    s = tx.session
    done_at = done_at or tx.ctx.now()
    due = due or due_date(visit_type, done_at.date(), due_days(s, visit_type))
    existing = open_for_source(s, source_kind, source_id) if source_kind and source_id else None
    if existing is not None:
        existing.due_date, existing.source_done_at = due, done_at
        tx.stamp(existing)
        return existing
    if previous is None and source_kind and source_id:  # a second or third visit on the same source
        previous = s.scalars(select(ReturnVisit).where(
            ReturnVisit.source_kind == source_kind, ReturnVisit.source_id == source_id,
            ReturnVisit.status.in_(DONE)).order_by(ReturnVisit.id.desc())).first()
    v = ReturnVisit(visit_no=sequences.next_number(s, PREFIX, due.year), status="planned", visit_type=visit_type,
                    source_kind=source_kind, source_id=source_id, source_no=source_no, source_done_at=done_at,
                    work_order_no=source_no, building_id=building_id, room_no=_text(room_no),
                    interviewee=_text(interviewee), phone=_text(phone), subject=_text(subject), due_date=due,
                    plan_month=plan_month, attempt=(previous.attempt + 1) if previous else 1,
                    previous_id=previous.id if previous else None)
    tx.stamp(v, new=True)
    s.add(v)
    s.flush()
    return v


def fill_in(tx, v: ReturnVisit, *, satisfaction: str, method: str = "phone", visit_date: dt.datetime | None = None,
            quality_rating: str | None = None, effect_rating: str | None = None, feedback: str | None = None,
            shortcomings: str | None = None, suggestions: str | None = None, interviewee: str | None = None,
            interviewee_signature: str | None = None, visitor: str | None = None,
            site_left_clean: bool | None = None, repair_explained: bool | None = None,
            fee_checked: bool | None = None, remarks: str | None = None) -> None:
    """The gist of the visit on the form: checked, then written (status visited)."""
    if v.status not in OPEN:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "回访 {no} 当前为“{status}”，不能再填写回访结果。"),
                       no=v.visit_no, status=STATUS_LABELS[v.status])
    # a code or its label (CLI input, older callers) is accepted; the code is stored
    satisfaction = vocab.RATING.code(satisfaction)
    if satisfaction is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择满意度。"), field="satisfaction")
    ratings = {}
    for name, value in (("quality_rating", quality_rating), ("effect_rating", effect_rating)):
        ratings[name] = vocab.RATING.code(value) if value else None
        if value and ratings[name] is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "评价只能是 满意、较满意 或 不满意。"), field=name)
    quality_rating, effect_rating = ratings["quality_rating"], ratings["effect_rating"]
    method = vocab.VISIT_METHOD.code(method)
    if method is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择回访方式。"), field="method")
    now = tx.ctx.now()
    visit_date = visit_date or now
    if visit_date > now + dt.timedelta(minutes=5):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "回访日期不能晚于现在。"), field="visit_date")
    if v.source_done_at and visit_date < v.source_done_at:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "回访日期 {visit} 早于来源单据 {no} 的完成时间 {done}。"),
                              field="visit_date", visit=f"{visit_date:%Y-%m-%d %H:%M}", no=v.source_no or v.visit_no,
                              done=f"{v.source_done_at:%Y-%m-%d %H:%M}")
    feedback = _text(feedback)
    if satisfaction == "bad" and not (feedback or _text(shortcomings)):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "不满意时请记录住户意见。"), field="notes")
    interviewee = _text(interviewee) or v.interviewee
    signature = None
    if method != "phone":  # phone visits need no signature (shown as 电话回访: signature_text)
        signature = _text(interviewee_signature) or interviewee
        if not signature:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "上门回访须由受访人签名确认（请填写受访人）。"),
                                  field="interviewee")
    v.status, v.method, v.visit_date, v.satisfaction = "visited", method, visit_date, satisfaction
    v.quality_rating, v.effect_rating = quality_rating or satisfaction, effect_rating or satisfaction
    v.feedback, v.shortcomings, v.suggestions = feedback, _text(shortcomings), _text(suggestions)
    v.interviewee, v.interviewee_signature = interviewee, signature
    v.visitor = _text(visitor) or tx.ctx.actor.display_name
    v.site_left_clean, v.repair_explained, v.fee_checked = site_left_clean, repair_explained, fee_checked
    v.remarks = _text(remarks) or None
    tx.stamp(v)


def _apply_source(tx, v: ReturnVisit) -> None:
    """The visit's effect on its source (a 不满意 reopens the repair slip or the complaint)."""
    if v.source_kind == "repair_slip":
        from app.services import repairs_visits
        repairs_visits.apply_visit(tx, v)
    elif v.source_kind == "complaint":
        from app.services import frontdesk_complaints
        frontdesk_complaints.apply_visit(tx, v)


def _load(tx, visit_id: int, expected_version: int | None) -> ReturnVisit:
    v = tx.session.get(ReturnVisit, visit_id)
    if v is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "回访记录不存在。"))
    if v.building_id is not None:
        tx.ctx.require_building(v.building_id)
    tx.check_version(v, expected_version)
    return v


# Actions --------------------------------------------------------------------------------------------
def create(ctx: ServiceContext, *, visit_type: str, subject: str, building_id: int | None = None,
           room_no: str | None = None, interviewee: str | None = None, phone: str | None = None,
           done_on: dt.date | None = None, source_no: str | None = None) -> VisitRow:
    """A visit without a DormDesk source record (routine visits, events, special services...)."""
    if not _text(subject):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请写明回访事项。"), field="subject")
    if building_id is not None:
        ctx.require_building(building_id)
    done_at = dt.datetime.combine(done_on, dt.time.min) if done_on else ctx.now()
    if done_at > ctx.now():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "服务完成日期不能晚于今天。"), field="done_on")
    with ctx.action("visits.create") as tx:
        v = plan_in(tx, visit_type=visit_type, done_at=done_at, source_no=_text(source_no), building_id=building_id,
                    room_no=room_no, interviewee=interviewee, phone=phone, subject=subject)
        tx.audit("return_visit", v.visit_no, after=snapshot(v),
                 summary=f"安排回访 {v.visit_no}（{VISIT_TYPES[visit_type]}），应于 {v.due_date:%m-%d} 前回访")
        vid = v.id
    return get(ctx, vid)


def record(ctx: ServiceContext, visit_id: int, *, expected_version: int | None = None, **fields) -> VisitRow:
    """The returned form: the visit's result, checked and written with its effect on the source."""
    with ctx.action("visits.visit") as tx:
        v = _load(tx, visit_id, expected_version)
        before = snapshot(v)
        fill_in(tx, v, **fields)
        _apply_source(tx, v)
        tx.session.flush()
        tx.audit("return_visit", v.visit_no, before=before, after=snapshot(v),
                 summary=f"回访 {v.visit_no}（{v.source_no or VISIT_TYPES[v.visit_type]}）：{vocab.RATING.labels[v.satisfaction]}")
    return get(ctx, visit_id)


def review(ctx: ServiceContext, visit_id: int, *, ok: bool, comment: str, nonconformity_action: str | None = None,
           expected_version: int | None = None) -> VisitRow:
    """The supervisor reviews the returned form. Nonconforming: the manager's handling opinion is
    written on it, a complaint is opened (§11) and the next visit planned, up to visits.max_attempts."""
    comment = _text(comment)
    if not comment:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写主管审核意见。"), field="comment")
    action = _text(nonconformity_action)
    if not ok and not action:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "不合格的回访须填写处理意见。"), field="nonconformity_action")
    with ctx.action("visits.approve") as tx:
        v = _load(tx, visit_id, expected_version)
        if v.status != "visited":
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "回访 {no} 当前为“{status}”，不能审核。"),
                           no=v.visit_no, status=STATUS_LABELS[v.status])
        before = snapshot(v)
        v.supervisor_comment, v.reviewed_by, v.reviewed_at = comment, ctx.actor.display_name, ctx.now()
        v.status = "ok" if ok else "nonconforming"
        summary = f"审核回访 {v.visit_no}：合格"
        if not ok:
            v.nonconformity_action = action
            from app.services import frontdesk_complaints
            complaint = frontdesk_complaints.open_from_visit(tx, v)
            v.complaint_id = complaint.id
            summary = f"审核回访 {v.visit_no}：不合格，转投诉 {complaint.complaint_no}"
            if v.attempt < int(config.get_in(tx.session, "visits.max_attempts")) and v.source_kind != "complaint":
                nxt = plan_in(tx, visit_type=v.visit_type, done_at=ctx.now(), source_kind="complaint",
                              source_id=complaint.id, source_no=complaint.complaint_no, building_id=v.building_id,
                              room_no=v.room_no, interviewee=v.interviewee, phone=v.phone, subject=v.subject,
                              previous=v)
                summary += f"，第 {nxt.attempt} 次回访 {nxt.visit_no}"
        tx.stamp(v)
        tx.session.flush()
        tx.audit("return_visit", v.visit_no, before=before, after=snapshot(v), summary=summary)
    return get(ctx, visit_id)


def cancel(ctx: ServiceContext, visit_id: int, *, reason: str, expected_version: int | None = None) -> VisitRow:
    reason = _text(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写取消原因。"), field="reason")
    with ctx.action("visits.void") as tx:
        v = _load(tx, visit_id, expected_version)
        if v.status not in OPEN:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "回访 {no} 当前为“{status}”，不能取消。"),
                           no=v.visit_no, status=STATUS_LABELS[v.status])
        before = snapshot(v)
        v.status = "cancelled"
        v.remarks = "；".join(x for x in (v.remarks, f"取消：{reason}") if x)
        tx.stamp(v)
        tx.audit("return_visit", v.visit_no, before=before, after=snapshot(v), summary=f"取消回访 {v.visit_no}：{reason}")
    return get(ctx, visit_id)


# Reading --------------------------------------------------------------------------------------------
def list_visits(ctx: ServiceContext, *, start: dt.date | None = None, end: dt.date | None = None,
                open_too: bool = False, ids=None, source: tuple[str, int] | None = None,
                building_id: int | None = None) -> list[VisitRow]:
    """Visits due in [start, end] (dates), or made in it; with `open_too` also older ones still open."""
    from sqlalchemy import and_, or_
    stmt = (select(ReturnVisit, Building.name).outerjoin(Building, ReturnVisit.building_id == Building.id)
            .order_by(ReturnVisit.due_date, ReturnVisit.id))
    if ids is not None:
        stmt = stmt.where(ReturnVisit.id.in_(list(ids)))
    if source is not None:
        stmt = stmt.where(ReturnVisit.source_kind == source[0], ReturnVisit.source_id == source[1])
    if start is not None and end is not None:
        a, b = dt.datetime.combine(start, dt.time.min), dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min)
        cond = or_(and_(ReturnVisit.due_date >= start, ReturnVisit.due_date <= end),
                   and_(ReturnVisit.visit_date >= a, ReturnVisit.visit_date < b))
        stmt = stmt.where(or_(cond, ReturnVisit.status.in_(OPEN)) if open_too else cond)
    if building_id is not None:
        stmt = stmt.where(ReturnVisit.building_id == building_id)
    if ctx.actor.building_ids is not None:
        stmt = stmt.where(or_(ReturnVisit.building_id.is_(None), ReturnVisit.building_id.in_(ctx.actor.building_ids)))
    today = ctx.today()
    with ctx.read("visits.view") as s:
        out = []
        for v, bname in s.execute(stmt):
            values = {k: getattr(v, k) for k in VisitRow.__slots__ if hasattr(v, k)}
            out.append(VisitRow(**values, building=bname, overdue=is_overdue(v.status, v.due_date, today),
                                search=" ".join(x for x in (v.visit_no, v.source_no, VISIT_TYPES.get(v.visit_type),
                                                            bname, v.room_no, v.interviewee, v.subject, v.visitor,
                                                            v.phone) if x).lower()))
        return out


def get(ctx: ServiceContext, visit_id: int) -> VisitRow:
    rows = list_visits(ctx, ids=[visit_id])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "回访记录不存在。"))
    return rows[0]


def by_number(ctx: ServiceContext, number: str) -> VisitRow:
    with ctx.read("visits.view") as s:
        vid = s.scalar(select(ReturnVisit.id).where(ReturnVisit.visit_no == (number or "").strip()))
    if vid is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "没有编号为 {no} 的回访记录。"), no=number)
    return get(ctx, vid)


def for_source(ctx: ServiceContext, source_kind: str, source_id: int) -> list[VisitRow]:
    return list_visits(ctx, source=(source_kind, source_id))


def filter_rows(rows, text: str = "", *, status: str | None = None, visit_type: str | None = None,
                overdue_only: bool = False) -> list[VisitRow]:
    words = (text or "").lower().split()
    return [r for r in rows if (status is None or r.status == status) and (visit_type is None or r.visit_type == visit_type)
            and (not overdue_only or r.overdue) and all(w in r.search for w in words)]
