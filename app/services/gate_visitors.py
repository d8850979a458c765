"""FD2 来访登记, the visitor log at the dorm gate (domain.md §13.2, §5 items 3a–3c).

The visitor's ID is scanned (a USB reader that types like a keyboard) or typed; a 身份证 must pass the
GB 11643 check (app/importing/idcard.py), and gives the visitor's sex. The dorm rules are configurable
checks (`visitor.rules`): outsiders other than parents not admitted, no male parents in a girls'
building, no opposite-sex visits, no one admitted after closing time. A visit that breaks a rule is
refused with `NeedsOverride` until a supervisor (the user, or one who enters their password at the
counter) admits it with a reason; the rules admitted are kept on the row. Visitors still inside at
closing time are flagged `late` (listed in red, and in the shift handover).

The rules, their configuration and the supervisor's override live in gate_rules.py.

ID numbers are masked (440306********1234) in every row this module hands out unless the actor may
see them in full (the one rule of privacy.py: `privacy.full_roles`); the decision is made here, never in
a screen. Enumerated values are stored as codes and translated where shown (context "Gate").

The module family:
- gate_visitors.py  this: the visitor log
- gate_rules.py     the dorm rules checked at the gate, closing time, the supervisor's override
- gate_goods.py     FD3 大件/贵重物品出入登记
- gate_phrases.py   the phrase sheet (物业服务规范用语)
- gate_hooks.py     registers, handover section, dashboard
- gate_demo.py      the demo step (order 46)
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, select

from app import vocab
from app.db.models.gate import VisitorEntry
from app.db.models.residents import Bed, Building, Room, Student
from app.errors import Conflict, NotFound, ValidationError
from app.importing import idcard
from app.services import gate_rules as gr
from app.services import sequences
from app.services.context import ServiceContext, snapshot
from app.services.frontdesk_mail import _text
from app.services.privacy import mask_id, mask_phone, may_see_full
from app.texts import QT_TRANSLATE_NOOP

PREFIX = "FK"
ID_TYPES = {
    "id_card": QT_TRANSLATE_NOOP("Gate", "身份证"),
    "student_card": QT_TRANSLATE_NOOP("Gate", "学生证"),
    "passport": QT_TRANSLATE_NOOP("Gate", "护照"),
    "other": QT_TRANSLATE_NOOP("Gate", "其他证件"),
}
RELATIONS = {
    "parent": QT_TRANSLATE_NOOP("Gate", "家长"),
    "student": QT_TRANSLATE_NOOP("Gate", "本校学生"),
    "staff": QT_TRANSLATE_NOOP("Gate", "教职工"),
    "relative": QT_TRANSLATE_NOOP("Gate", "亲友"),
    "other": QT_TRANSLATE_NOOP("Gate", "其他外来人员"),
}
GENDERS = {"m": QT_TRANSLATE_NOOP("Gate", "男"), "f": QT_TRANSLATE_NOOP("Gate", "女")}
vocab.define("gate.id_type", ID_TYPES, "Gate", columns=("visitor_log.id_type",))
vocab.define("gate.relation", RELATIONS, "Gate", columns=("visitor_log.relation",))
vocab.define("gate.gender", GENDERS, "Gate", columns=("visitor_log.gender",))
@dataclass(frozen=True, slots=True)
class VisitRow:
    id: int
    entry_no: str
    time_in: dt.datetime
    time_out: dt.datetime | None
    visitor_name: str
    id_type: str
    id_no: str              # masked unless the actor may see full numbers
    gender: str | None
    relation: str
    phone: str | None
    building_id: int
    building: str
    room_no: str | None
    visiting_person: str
    purpose: str
    warnings: tuple[str, ...]
    override_by: str | None
    override_reason: str | None
    attendant: str
    signed_out_by: str | None
    late: bool              # still inside (or left) after the closing time of the day they came
    version: int
    search: str

    @property
    def inside(self) -> bool:
        return self.time_out is None


def normalise_id(text: str | None) -> str:
    """What a reader or a hand typed: spaces and separators dropped, a final x in capitals."""
    return "".join(ch for ch in (text or "") if ch.isalnum()).upper()


def preview(ctx: ServiceContext, *, relation: str | None, gender: str | None, building_id: int | None = None,
            student_id: int | None = None) -> list[str]:
    """The rules a visit as filled in so far would break (the counter warns before the save)."""
    if relation not in RELATIONS or (building_id is None and student_id is None):
        return []
    with ctx.read("visitors.view") as s:
        try:
            building, _room, _student = _place(s, building_id, None, student_id)
        except ValidationError:
            return []
        return gr.visit_warnings(s, relation=relation, gender=gender, building_gender=building.gender,
                                 at=ctx.now())


def _check_id(id_type: str, id_no: str, today: dt.date) -> str | None:
    """The visitor's sex from a 身份证; ValidationError when the number is not one."""
    if id_type not in ID_TYPES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择证件类型。"), field="id_type")
    if not id_no:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请扫描或输入来访人的证件号码。"), field="id_no")
    if id_type != "id_card":
        if len(id_no) > 32:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "证件号码过长（最多 32 位）。"), field="id_no")
        return None
    reason = idcard.problem(id_no, today)
    if reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{reason}（来访人证件号码）。"), field="id_no", reason=reason)
    return idcard.gender(id_no)


def _place(session, building_id, room_no, student_id):
    """(building, room or None, student or None) of the person visited."""
    student = session.get(Student, student_id) if student_id else None
    if student_id and student is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "学生不存在。"), field="student")
    room = None
    if student is not None and student.bed_id:
        room = session.scalar(select(Room).join(Bed, Bed.room_id == Room.id).where(Bed.id == student.bed_id))
        building_id = room.building_id
    elif building_id is not None and _text(room_no):
        room = session.scalar(select(Room).where(Room.building_id == building_id, Room.room_no == room_no.strip()))
        if room is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "该楼栋没有房间 {room}。"), field="room",
                                  room=room_no.strip())
    building = session.get(Building, building_id) if building_id is not None else None
    if building is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择被访人所在的楼栋和房号，或查找被访学生。"), field="building")
    return building, room, student


def check_in(ctx: ServiceContext, *, id_no: str, visitor_name: str, building_id: int | None = None,
             room_no: str | None = None, student_id: int | None = None, visiting_person: str | None = None,
             purpose: str, relation: str, id_type: str = "id_card", gender: str | None = None,
             phone: str | None = None, remarks: str | None = None, override: gr.Override | None = None) -> VisitRow:
    """Register a visitor coming in; NeedsOverride when a dorm rule stands in the way."""
    ctx.require("visitors.create")
    id_no = normalise_id(id_no)
    now = ctx.now()
    id_gender = _check_id(id_type, id_no, ctx.today())
    gender = id_gender or (gender if gender in GENDERS else None)
    if relation not in RELATIONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择来访人身份。"), field="relation")
    if not _text(visitor_name):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写来访人姓名。"), field="visitor_name")
    if not _text(purpose):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写来访事由。"), field="purpose")
    boss = gr.admitting_supervisor(ctx, override)
    with ctx.action("visitors.create") as tx:
        s = tx.session
        building, room, student = _place(s, building_id, room_no, student_id)
        ctx.require_building(building.id)
        person = _text(visiting_person) or (student.name if student else None)
        if not person:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写被访人。"), field="visiting_person")
        inside = s.scalar(select(VisitorEntry.entry_no).where(VisitorEntry.id_no == id_no,
                                                              VisitorEntry.time_out.is_(None)))
        if inside:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "该证件的来访人尚未离开（{no}），请先办理离开。"), field="id_no",
                           no=inside)
        warnings = gr.visit_warnings(s, relation=relation, gender=gender, building_gender=building.gender, at=now)
        if warnings and boss is None:
            raise gr.NeedsOverride(warnings)
        v = VisitorEntry(entry_no=sequences.next_number(s, PREFIX, now.year), time_in=now, visitor_name=visitor_name.strip(),
                         id_type=id_type, id_no=id_no, gender=gender, relation=relation, phone=_text(phone),
                         building_id=building.id, room_id=room.id if room else None,
                         student_id=student.id if student else None, visiting_person=person,
                         purpose=purpose.strip(), warnings=",".join(warnings) or None,
                         override_by=boss.display_name if warnings else None,
                         override_reason=override.reason.strip() if warnings else None,
                         attendant=ctx.actor.display_name, remarks=_text(remarks))
        tx.stamp(v, new=True)
        s.add(v)
        s.flush()
        after = snapshot(v)
        after["id_no"] = mask_id(id_no)   # the audit log is read by more people than may see ID numbers
        tx.audit("visitor", v.id, after=after,
                 summary=f"来访登记 {v.entry_no} {v.visitor_name} → {building.name} {room.room_no if room else ''} {person}"
                         + (f"（{boss.display_name} 放行：{','.join(warnings)}）" if warnings else ""))
        vid = v.id
    return get(ctx, vid)


def sign_out(ctx: ServiceContext, visit_id: int, *, expected_version: int | None = None,
             at: dt.datetime | None = None) -> VisitRow:
    """The visitor leaves: the time out and who let them out."""
    now = ctx.now()
    at = at or now
    with ctx.action("visitors.record") as tx:
        v = tx.session.get(VisitorEntry, visit_id)
        if v is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "来访登记不存在。"))
        ctx.require_building(v.building_id)
        tx.check_version(v, expected_version)
        if v.time_out is not None:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "{no} {name} 已于 {at} 离开。"), no=v.entry_no,
                           name=v.visitor_name, at=f"{v.time_out:%H:%M}")
        if at < v.time_in or at > now + dt.timedelta(minutes=5):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "离开时间应在来访时间与现在之间。"), field="time_out")
        v.time_out, v.signed_out_by = at, ctx.actor.display_name
        tx.stamp(v)
        tx.audit("visitor", v.id, before={"time_out": None}, after={"time_out": at.isoformat()},
                 summary=f"来访离开 {v.entry_no} {v.visitor_name}")
    return get(ctx, visit_id)


# Reading ------------------------------------------------------------------------------------------
def list_visits(ctx: ServiceContext, *, start: dt.datetime | None = None, end: dt.datetime | None = None,
                inside_only: bool = False, building_id: int | None = None,
                ids=None, id_no: str | None = None) -> list[VisitRow]:
    """Visits that came in [start, end) (`inside_only`: only those still inside). ID numbers masked
    unless the actor may see them."""
    stmt = (select(VisitorEntry, Building.name, Room.room_no).join(Building, VisitorEntry.building_id == Building.id)
            .outerjoin(Room, VisitorEntry.room_id == Room.id)
            .order_by(VisitorEntry.time_in.desc(), VisitorEntry.id.desc()))
    window = []
    if start is not None:
        window.append(VisitorEntry.time_in >= start)
    if end is not None:
        window.append(VisitorEntry.time_in < end)
    if inside_only:
        stmt = stmt.where(VisitorEntry.time_out.is_(None))
    if window:
        stmt = stmt.where(and_(*window))
    if ids is not None:
        stmt = stmt.where(VisitorEntry.id.in_(list(ids)))
    if id_no is not None:
        stmt = stmt.where(VisitorEntry.id_no == id_no)
    if building_id is not None:
        stmt = stmt.where(VisitorEntry.building_id == building_id)
    stmt = ctx.scope_filter(stmt, VisitorEntry.building_id)
    full = may_see_full(ctx)
    now = ctx.now()
    with ctx.read("visitors.view") as s:
        closing = gr.closing_time(s)
        out = []
        for v, bname, room_no in s.execute(stmt):
            shown = v.id_no if full else mask_id(v.id_no)
            phone = v.phone if full else mask_phone(v.phone)
            out.append(VisitRow(
                v.id, v.entry_no, v.time_in, v.time_out, v.visitor_name, v.id_type, shown, v.gender, v.relation,
                phone, v.building_id, bname, room_no, v.visiting_person, v.purpose,
                tuple(w for w in (v.warnings or "").split(",") if w), v.override_by, v.override_reason,
                v.attendant, v.signed_out_by, gr.is_late(v.time_in, v.time_out, now, closing), v.version,
                " ".join(x for x in (v.entry_no, v.visitor_name, shown, bname, room_no, v.visiting_person,
                                     v.purpose, phone) if x).lower()))
        return out


def get(ctx: ServiceContext, visit_id: int) -> VisitRow:
    rows = list_visits(ctx, ids=[visit_id])
    if not rows:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "来访登记不存在。"))
    return rows[0]


@dataclass(frozen=True)
class Lookup:
    """What the counter knows about a scanned ID: the visit still open (to sign out), or the name and
    phone from the last visit (to fill the form), and the sex a 身份证 gives."""

    id_no: str                     # the normalised number looked up (full: the counter typed it)
    open_visit: VisitRow | None
    last_name: str | None
    last_phone: str | None
    gender: str | None


def lookup(ctx: ServiceContext, text: str, id_type: str = "id_card") -> Lookup:
    """The scan at the counter. A 身份证 must pass GB 11643 first."""
    number = normalise_id(text)
    gender = _check_id(id_type, number, ctx.today())
    rows = list_visits(ctx, id_no=number)
    inside = next((r for r in rows if r.inside), None)
    last = rows[0] if rows else None
    return Lookup(number, inside, last.visitor_name if last else None, last.phone if last else None, gender)


def filter_rows(rows, text: str = "", *, inside_only: bool = False, late_only: bool = False) -> list[VisitRow]:
    words = (text or "").lower().split()
    return [r for r in rows if (not inside_only or r.inside) and (not late_only or (r.late and r.inside))
            and all(w in r.search for w in words)]
