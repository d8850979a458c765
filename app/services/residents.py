"""Students (住宿学生): the list (fast at 50,000 rows), adding and editing, moving (调宿) and checking
out (退宿), each one transaction with its audit row and a StudentMove in the history; the register
住宿学生名册. Buildings, rooms, beds and staff are in residents_places.py, the demo step in
residents_demo.py, the roster import in roster_import.py.
"""
from __future__ import annotations

import datetime as dt
import gc
from dataclasses import dataclass, replace
from typing import NamedTuple

from sqlalchemy import select

from app import pinyin, vocab
from app.db.models.residents import STUDENT_STATUSES, Bed, Building, Room, Student, StudentMove
from app.errors import Conflict, NotFound, ValidationError
from app.importing import idcard, normalise
from app.services import catalog, privacy
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP
from reports.excel.spec import Col, RegisterSpec


class StudentRow(NamedTuple):
    """One student in the list. A NamedTuple rather than a frozen dataclass: it is as immutable and
    builds 50,000 rows several times faster, which the list's opening time needs."""

    id: int
    student_no: str
    name: str
    gender: str | None
    id_card: str | None
    college: str | None
    class_name: str | None
    phone: str | None
    check_in_date: dt.date | None
    status: str
    remarks: str | None
    version: int
    name_pinyin: str
    name_initials: str
    bed_id: int | None
    bed_no: str | None
    room_no: str | None
    building: str | None

    @property
    def place(self) -> str:
        return f"{self.building} {self.room_no}-{self.bed_no}" if self.bed_id else ""


@dataclass(frozen=True)
class MoveRow:
    at: dt.datetime
    kind: str
    from_place: str
    to_place: str
    reason: str | None
    by_user: str | None


@dataclass(frozen=True)
class StudentInput:
    student_no: str
    name: str
    gender: str | None = None
    id_card: str | None = None
    college: str | None = None
    class_name: str | None = None
    phone: str | None = None
    check_in_date: dt.date | None = None
    remarks: str | None = None
    status: str = "resident"        # a residents.student_status code


name_keys = pinyin.keys  # (full pinyin, initials), shared with every module


mask_id, mask_phone = privacy.mask_id, privacy.mask_phone
PERSONAL = {"id_card": "id", "phone": "phone"}  # masked by role before rows leave this module


_LIST_COLUMNS = (Student.id, Student.student_no, Student.name, Student.gender, Student.id_card, Student.college,
                 Student.class_name, Student.phone, Student.check_in_date, Student.status, Student.remarks,
                 Student.version, Student.name_pinyin, Student.name_initials, Bed.id, Bed.bed_no,
                 Room.room_no, Building.name)


def _list_stmt(ctx: ServiceContext):
    stmt = (select(*_LIST_COLUMNS).outerjoin(Bed, Student.bed_id == Bed.id).outerjoin(Room, Bed.room_id == Room.id)
            .outerjoin(Building, Room.building_id == Building.id))
    return ctx.scope_filter(stmt, Building.id)


def list_students(ctx: ServiceContext, *, building_id: int | None = None, room_id: int | None = None,
                  status: str | None = None) -> list[StudentRow]:
    """Students in the actor's buildings (a limited actor does not see students without a bed)."""
    stmt = _list_stmt(ctx).order_by(Student.student_no)
    if building_id is not None:
        stmt = stmt.where(Building.id == building_id)
    if room_id is not None:
        stmt = stmt.where(Room.id == room_id)
    if status:
        stmt = stmt.where(Student.status == status)
    enabled = gc.isenabled()
    gc.disable()  # 50,000 rows of tuples hold no cycles; the collector's passes would double the time
    try:
        with ctx.read("students.view") as s:
            # Core rows straight from the connection: the ORM's result layer adds a fifth here.
            rows = list(map(StudentRow._make, s.connection().execute(stmt)))
        return privacy.protect_rows(ctx, rows, PERSONAL)
    finally:
        if enabled:
            gc.enable()


def list_stamp(ctx: ServiceContext) -> tuple:
    """Changes whenever the student list could: lets a page skip reloading 50,000 unchanged rows."""
    from sqlalchemy import func

    from app.db.models.core import AuditLog
    with ctx.read("students.view") as s:
        return (ctx.actor.building_ids, s.scalar(select(func.max(AuditLog.id))),
                *s.execute(select(func.count(Student.id), func.sum(Student.version), func.max(Student.id))).one())


def get_student(ctx: ServiceContext, student_id: int) -> StudentRow:
    with ctx.read("students.view") as s:
        row = s.execute(_list_stmt(ctx).where(Student.id == student_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "学生不存在或不在您管理的楼栋。"))
    return privacy.protect_rows(ctx, [StudentRow._make(row)], PERSONAL)[0]


def _place(s, bed_id: int | None) -> str:
    if bed_id is None:
        return ""
    row = s.execute(select(Building.name, Room.room_no, Bed.bed_no).join(Room, Bed.room_id == Room.id)
                    .join(Building, Room.building_id == Building.id).where(Bed.id == bed_id)).first()
    return f"{row[0]} {row[1]}-{row[2]}" if row else ""


def history(ctx: ServiceContext, student_id: int) -> list[MoveRow]:
    get_student(ctx, student_id)
    with ctx.read("students.view") as s:
        moves = list(s.scalars(select(StudentMove).where(StudentMove.student_id == student_id)
                               .order_by(StudentMove.at, StudentMove.id)))
        return [MoveRow(m.at, m.kind, _place(s, m.from_bed_id), _place(s, m.to_bed_id), m.reason, m.by_user)
                for m in moves]


def check_fields(data: StudentInput, today: dt.date) -> StudentInput:
    """The same rules as the roster import, for the form; returns the cleaned input."""
    no = normalise.code(data.student_no)
    name = normalise.text(data.name)
    if not no:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写学号。"), field="student_no")
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写姓名。"), field="name")
    number = normalise.code(data.id_card)
    gender = normalise.gender(data.gender)
    if number:
        reason = idcard.problem(number, today)
        if reason:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{reason}。"), field="id_card", reason=reason)
        if gender and gender != idcard.gender(number):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "性别与身份证号不一致。"), field="gender")
        gender = idcard.gender(number)
    if gender not in ("m", "f"):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择性别。"), field="gender")
    phone = normalise.phone(data.phone)
    if phone and not normalise.is_mobile(phone):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "联系电话应为11位手机号码。"), field="phone")
    status = vocab.code("residents.student_status", data.status) or data.status   # a code, or its label
    if status not in STUDENT_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "未知的状态：{s}"), field="status", s=data.status)
    return StudentInput(no, name, gender, number or None, normalise.text(data.college) or None,
                        normalise.text(data.class_name) or None, phone or None, data.check_in_date,
                        (data.remarks or "").strip() or None, status)


def _bed_for(s, ctx: ServiceContext, bed_id: int, gender: str | None, student_id: int | None = None):
    row = s.execute(select(Bed, Room, Building).join(Room, Bed.room_id == Room.id)
                    .join(Building, Room.building_id == Building.id).where(Bed.id == bed_id)).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "床位不存在。"))
    bed, room, building = row
    ctx.require_building(building.id)
    if room.status != "normal" or not building.active:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "房间 {room} 目前为“{status}”，不能入住。"),
                       room=room.room_no, status=vocab.label("residents.room_status",
                                                               room.status if room.status != "normal" else "closed"))
    if building.gender != "mix" and gender and gender != building.gender:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{building} 是{g}生楼，不能安排{s}生。"), field="bed",
                              building=building.name, g=vocab.label("residents.gender", building.gender),
                              s=vocab.label("residents.gender", gender))
    occupant = s.scalar(select(Student).where(Student.bed_id == bed_id).with_for_update())
    if occupant is not None and occupant.id != student_id:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "床位 {bed} 已有学生 {name}（{no}）。"), field="bed",
                       bed=f"{building.name} {room.room_no}-{bed.bed_no}", name=occupant.name, no=occupant.student_no)
    return bed


def _scoped_student(s, ctx: ServiceContext, student_id: int) -> Student:
    st = s.get(Student, student_id)
    if st is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "学生不存在。"))
    if ctx.actor.building_ids is not None:
        bid = s.scalar(select(Room.building_id).join(Bed, Bed.room_id == Room.id).where(Bed.id == st.bed_id)) \
            if st.bed_id else None
        ctx.require_building(bid)
    return st


def _unmasked(ctx: ServiceContext, student_id: int, data: StudentInput) -> StudentInput:
    """A clerk edits a student whose numbers were shown masked: an untouched mask keeps the stored number."""
    with ctx.read("students.view") as s:
        st = _scoped_student(s, ctx, student_id)
        stored_id, stored_phone = st.id_card, st.phone
    return replace(data, id_card=privacy.restore(data.id_card, stored_id, "id"),
                   phone=privacy.restore(data.phone, stored_phone, "phone"))


def save_student(ctx: ServiceContext, student_id: int | None, data: StudentInput, *, bed_id: int | None = None,
                 expected_version: int | None = None) -> int:
    """Add a student (checked in to `bed_id` when given) or edit one's particulars (beds change by
    move_student / check_out)."""
    if student_id is not None and "*" in f"{data.id_card}{data.phone}":
        data = _unmasked(ctx, student_id, data)
    data = check_fields(data, ctx.today())
    with ctx.action("students.create" if student_id is None else "students.edit") as tx:
        s = tx.session
        clash = s.scalar(select(Student.id).where(Student.student_no == data.student_no))
        if clash is not None and clash != student_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "学号 {no} 已存在。"), field="student_no",
                                  no=data.student_no)
        if data.id_card:
            same = s.scalar(select(Student.student_no).where(Student.id_card == data.id_card,
                                                             Student.id != (student_id or 0)))
            if same:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "身份证号已属于学号 {no} 的学生。"),
                                      field="id_card", no=same)
        if student_id is None:
            if ctx.actor.building_ids is not None and bed_id is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请选择床位。"), field="bed")
            st, before = Student(), None
            tx.stamp(st, new=True)
            s.add(st)
        else:
            st = _scoped_student(s, ctx, student_id)
            tx.check_version(st, expected_version)
            before = snapshot(st)
            tx.stamp(st)
            if st.bed_id and data.gender != st.gender:
                _bed_for(s, ctx, st.bed_id, data.gender, st.id)
        for key in ("student_no", "name", "gender", "id_card", "college", "class_name", "phone", "remarks"):
            setattr(st, key, getattr(data, key))
        st.name_pinyin, st.name_initials = name_keys(st.name)
        if student_id is None:
            st.check_in_date = data.check_in_date or (ctx.today() if bed_id else None)
            st.status = "resident" if bed_id else data.status
            if bed_id is not None:
                st.bed_id = _bed_for(s, ctx, bed_id, data.gender).id
            s.flush()
            if bed_id is not None:
                s.add(StudentMove(student_id=st.id, kind="move_in", to_bed_id=bed_id, at=ctx.now(),
                                  by_user=ctx.actor.username))
        else:
            st.check_in_date = data.check_in_date or st.check_in_date
            if not st.bed_id:
                st.status = data.status if data.status != "resident" else st.status
        s.flush()
        tx.audit("student", st.id, before=before, after=snapshot(st), summary=f"{st.student_no} {st.name}")
        return st.id


def move_student(ctx: ServiceContext, student_id: int, to_bed_id: int, *, reason: str | None = None,
                 expected_version: int | None = None) -> None:
    """调宿 to another bed (or 入住 for a student without one)."""
    with ctx.action("students.edit") as tx:
        s = tx.session
        st = _scoped_student(s, ctx, student_id)
        tx.check_version(st, expected_version)
        if st.bed_id == to_bed_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "新床位与当前床位相同。"), field="bed")
        bed = _bed_for(s, ctx, to_bed_id, st.gender, st.id)
        before = snapshot(st)
        kind = "transfer" if st.bed_id else "move_in"
        s.add(StudentMove(student_id=st.id, kind=kind, from_bed_id=st.bed_id, to_bed_id=bed.id, at=ctx.now(),
                          reason=(reason or "").strip() or None, by_user=ctx.actor.username))
        st.bed_id = None
        s.flush()  # free the old bed first: bed_id is unique
        st.bed_id, st.status = bed.id, "resident"
        if kind == "move_in":
            st.check_in_date = ctx.today()
        tx.stamp(st)
        s.flush()
        tx.audit("student", st.id, before=before, after=snapshot(st), action=f"students.{'move' if kind == 'transfer' else 'checkin'}",
                 summary=f"{vocab.MOVE_KIND.labels[kind]} {st.student_no} {st.name} → {_place(s, bed.id)}")


def check_out(ctx: ServiceContext, student_id: int, *, reason: str | None = None, status: str = "left",
              expected_version: int | None = None) -> None:
    """退宿: every module's check (keys returned, damage paid...) is asked inside the transaction;
    the first objection refuses the check-out."""
    status = vocab.code("residents.student_status", status) or status   # a code, or its label as typed
    if status not in ("left", "on_leave", "graduate"):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "未知的状态：{s}"), field="status", s=status)
    with ctx.action("students.edit") as tx:
        s = tx.session
        st = _scoped_student(s, ctx, student_id)
        tx.check_version(st, expected_version)
        if st.bed_id is None:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "该学生没有床位，无需退宿。"))
        for check in catalog.checkout_checks():
            objection = check(s, ctx, st.id)
            if objection:
                raise Conflict(QT_TRANSLATE_NOOP("Errors", "不能退宿：{why}"), why=objection)
        before = snapshot(st)
        place = _place(s, st.bed_id)
        s.add(StudentMove(student_id=st.id, kind="move_out", from_bed_id=st.bed_id, at=ctx.now(),
                          reason=(reason or "").strip() or None, by_user=ctx.actor.username))
        st.bed_id, st.status = None, status
        tx.stamp(st)
        s.flush()
        tx.audit("student", st.id, before=before, after=snapshot(st), action="students.checkout",
                 summary=f"退宿 {st.student_no} {st.name}（{place}）")


# Register ----------------------------------------------------------------------------------------------
REGISTER_COLUMNS = (
    Col("student_no", QT_TRANSLATE_NOOP("Columns", "学号"), total="count"),
    Col("name", QT_TRANSLATE_NOOP("Columns", "姓名")),
    Col("gender", QT_TRANSLATE_NOOP("Columns", "性别"), values="residents.gender", width=6),
    Col("id_card", QT_TRANSLATE_NOOP("Columns", "身份证号"), width=21, personal="id"),
    Col("college", QT_TRANSLATE_NOOP("Columns", "学院")),
    Col("class_name", QT_TRANSLATE_NOOP("Columns", "专业班级")),
    Col("phone", QT_TRANSLATE_NOOP("Columns", "联系电话"), width=14, personal="phone"),
    Col("building", QT_TRANSLATE_NOOP("Columns", "楼栋")),
    Col("room_no", QT_TRANSLATE_NOOP("Columns", "房号"), width=8),
    Col("bed_no", QT_TRANSLATE_NOOP("Columns", "床号"), width=6),
    Col("check_in_date", QT_TRANSLATE_NOOP("Columns", "入住日期"), "date", width=12),
    Col("status", QT_TRANSLATE_NOOP("Columns", "状态"), values="residents.student_status", width=8),
    Col("remarks", QT_TRANSLATE_NOOP("Columns", "备注")))


def _register(ctx: ServiceContext, _period, building: str | None):
    from app.services import lookups
    bid = lookups.building_id(ctx, building)
    rows = list_students(ctx, building_id=bid)
    rows = [r for r in rows if r.bed_id is not None or r.status == "resident"]
    rows.sort(key=lambda r: (r.building or "\uffff", r.room_no or "", r.bed_no or "", r.student_no))
    return RegisterSpec(QT_TRANSLATE_NOOP("Registers", "住宿学生名册"), REGISTER_COLUMNS, sheet_name=QT_TRANSLATE_NOOP("Registers", "住宿学生名册")), rows


REGISTERS = [catalog.RegisterSource("students", QT_TRANSLATE_NOOP("Registers", "住宿学生名册"), _register)]
