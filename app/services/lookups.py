"""Small shared look-ups that every module's forms need: buildings and staff by category."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.db.models.residents import Building, Staff
from app.errors import NotFound
from app.services.context import ServiceContext
from app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Choice:
    id: int
    name: str


def buildings(ctx: ServiceContext, *, scoped: bool = True) -> list[Choice]:
    """Active buildings, limited to the actor's buildings unless `scoped` is False (admins' forms)."""
    stmt = select(Building.id, Building.name).where(Building.active.is_(True)).order_by(Building.name)
    if scoped:
        stmt = ctx.scope_filter(stmt, Building.id)
    with ctx.read() as s:
        return [Choice(i, n) for i, n in s.execute(stmt)]


def building_id(ctx: ServiceContext, name: str | None) -> int | None:
    """The id of the building called `name` (None for None); NotFound if there is none."""
    if not name:
        return None
    with ctx.read() as s:
        found = s.scalar(select(Building.id).where(Building.name == name))
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "没有名为 {name} 的楼栋。"), name=name)
    ctx.require_building(found)
    return found


def staff(ctx: ServiceContext, category: str | None = None) -> list[Choice]:
    stmt = select(Staff.id, Staff.name).where(Staff.active.is_(True)).order_by(Staff.name)
    if category:
        stmt = stmt.where(Staff.category == category)
    with ctx.read() as s:
        return [Choice(i, n) for i, n in s.execute(stmt)]


@dataclass(frozen=True)
class StudentHit:
    id: int
    student_no: str
    name: str
    gender: str | None
    status: str
    phone: str | None
    building_id: int | None
    building: str | None
    room_id: int | None
    room_no: str | None
    bed_id: int | None
    bed_no: str | None


def find_students(ctx: ServiceContext, query: str, *, limit: int = 50, residents_only: bool = False
                  ) -> list[StudentHit]:
    """Students by 学号 (prefix), 姓名, pinyin (full or initials) or 房号, within the actor's buildings."""
    from sqlalchemy import or_

    from app.db.models.residents import Bed, Room, Student
    q = (query or "").strip()
    stmt = (select(Student.id, Student.student_no, Student.name, Student.gender, Student.status, Student.phone,
                   Building.id, Building.name, Room.id, Room.room_no, Bed.id, Bed.bed_no)
            .outerjoin(Bed, Student.bed_id == Bed.id).outerjoin(Room, Bed.room_id == Room.id)
            .outerjoin(Building, Room.building_id == Building.id)
            .order_by(Student.student_no).limit(limit))
    if q:
        low = q.lower()
        stmt = stmt.where(or_(Student.student_no.startswith(q), Student.name.contains(q),
                              Student.name_pinyin.startswith(low), Student.name_initials.startswith(low),
                              Room.room_no == q))
    if residents_only:
        stmt = stmt.where(Student.bed_id.is_not(None))
    if ctx.actor.building_ids is not None:
        stmt = stmt.where(Building.id.in_(ctx.actor.building_ids))
    with ctx.read("students.view") as s:
        hits = [StudentHit(*row) for row in s.execute(stmt)]
    from app.services import privacy
    return privacy.protect_rows(ctx, hits, {"phone": "phone"})
