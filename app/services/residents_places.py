"""Buildings (楼栋), rooms (房间), beds (床位) and staff (员工): lists with occupancy, and saving them.

Building scope: every list is limited to the actor's buildings and every change is checked against
them; only an actor with every building may create a building.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select

from app import vocab
from app.db.models.residents import (
    BUILDING_GENDERS,
    ROOM_STATUSES,
    STAFF_CATEGORIES,
    Bed,
    Building,
    BuildingStaff,
    Room,
    Staff,
    Student,
)
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.services.context import ServiceContext, snapshot
from app.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class BuildingRow:
    id: int
    name: str
    gender: str
    floors: int
    remarks: str | None
    active: bool
    version: int
    rooms: int
    beds: int
    occupied: int
    staff_ids: tuple[int, ...]
    staff_names: str

    @property
    def free(self) -> int:
        return self.beds - self.occupied


@dataclass(frozen=True)
class RoomRow:
    id: int
    building_id: int
    building: str
    room_no: str
    floor: int
    room_type: str | None
    bed_count: int
    status: str
    version: int
    occupied: int

    @property
    def free(self) -> int:
        return self.bed_count - self.occupied


@dataclass(frozen=True)
class BedRow:
    id: int
    room_id: int
    building: str
    room_no: str
    bed_no: str
    student_id: int | None
    student_no: str | None
    student_name: str | None

    @property
    def label(self) -> str:
        return f"{self.building} {self.room_no}-{self.bed_no}"


@dataclass(frozen=True)
class StaffRow:
    id: int
    name: str
    category: str
    phone: str | None
    user_id: int | None
    active: bool
    remarks: str | None
    version: int
    building_ids: tuple[int, ...]
    buildings: str


def _occupancy(s, group_col, stmt_filter=None):
    stmt = (select(group_col, func.count(Bed.id), func.count(Student.id))
            .select_from(Bed).join(Room, Bed.room_id == Room.id).outerjoin(Student, Student.bed_id == Bed.id)
            .group_by(group_col))
    if stmt_filter is not None:
        stmt = stmt.where(stmt_filter)
    return {k: (beds, taken) for k, beds, taken in s.execute(stmt)}


def list_buildings(ctx: ServiceContext, *, include_inactive: bool = True) -> list[BuildingRow]:
    with ctx.read("students.view") as s:
        stmt = ctx.scope_filter(select(Building).order_by(Building.name), Building.id)
        if not include_inactive:
            stmt = stmt.where(Building.active.is_(True))
        buildings = list(s.scalars(stmt))
        occ = _occupancy(s, Room.building_id)
        rooms = dict(s.execute(select(Room.building_id, func.count(Room.id)).group_by(Room.building_id)).all())
        staff: dict[int, list] = {}
        for bid, sid, name in s.execute(select(BuildingStaff.building_id, Staff.id, Staff.name)
                                        .join(Staff, Staff.id == BuildingStaff.staff_id).order_by(Staff.name)):
            staff.setdefault(bid, []).append((sid, name))
        return [BuildingRow(b.id, b.name, b.gender, b.floors, b.remarks, b.active, b.version,
                            rooms.get(b.id, 0), *occ.get(b.id, (0, 0)),
                            tuple(i for i, _ in staff.get(b.id, ())), "、".join(n for _, n in staff.get(b.id, ())))
                for b in buildings]


def save_building(ctx: ServiceContext, building_id: int | None, *, name: str, gender: str, floors: int,
                  remarks: str | None = None, active: bool = True, staff_ids=(),
                  expected_version: int | None = None) -> int:
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写楼栋名称。"), field="name")
    gender = vocab.code("residents.gender", gender) or gender   # a code, or its label as typed
    if gender not in BUILDING_GENDERS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "楼栋性别应为 男/女/混合。"), field="gender")
    if not 1 <= int(floors) <= 60:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "楼层数应在 1 到 60 之间。"), field="floors")
    if building_id is None and ctx.actor.building_ids is not None:
        raise PermissionDenied("buildings.create")
    ctx.require_building(building_id) if building_id is not None else None
    with ctx.action("buildings.configure") as tx:
        s = tx.session
        clash = s.scalar(select(Building.id).where(Building.name == name))
        if clash is not None and clash != building_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "楼栋 {name} 已存在。"), field="name", name=name)
        if building_id is None:
            b, before = Building(), None
            tx.stamp(b, new=True)
            s.add(b)
        else:
            b = s.get(Building, building_id)
            if b is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "楼栋不存在。"))
            tx.check_version(b, expected_version)
            before = snapshot(b)
            if gender != "mix" and gender != b.gender:
                wrong = s.scalar(select(func.count(Student.id)).join(Bed, Student.bed_id == Bed.id)
                                 .join(Room, Bed.room_id == Room.id)
                                 .where(Room.building_id == b.id, Student.gender.is_not(None),
                                        Student.gender != gender))
                if wrong:
                    raise ValidationError(QT_TRANSLATE_NOOP(
                        "Errors", "楼栋中住有 {n} 名性别不符的学生，不能改为{gender}生楼。"), field="gender",
                        n=wrong, gender=vocab.label("residents.gender", gender))
            tx.stamp(b)
        b.name, b.gender, b.floors, b.remarks, b.active = name, gender, int(floors), remarks or None, active
        s.flush()
        s.execute(delete(BuildingStaff).where(BuildingStaff.building_id == b.id))
        for sid in sorted(set(staff_ids)):
            s.add(BuildingStaff(building_id=b.id, staff_id=sid))
        tx.audit("building", b.id, before=before, after=snapshot(b) | {"staff_ids": sorted(set(staff_ids))},
                 summary=f"楼栋 {b.name}")
        return b.id


def list_rooms(ctx: ServiceContext, building_id: int | None = None) -> list[RoomRow]:
    with ctx.read("students.view") as s:
        stmt = (select(Room.id, Room.building_id, Building.name, Room.room_no, Room.floor, Room.room_type,
                       Room.bed_count, Room.status, Room.version).join(Building, Room.building_id == Building.id)
                .order_by(Building.name, Room.room_no))
        stmt = ctx.scope_filter(stmt, Building.id)
        if building_id is not None:
            stmt = stmt.where(Room.building_id == building_id)
        occ = _occupancy(s, Room.id, None if building_id is None else Room.building_id == building_id)
        return [RoomRow(*r, occ.get(r[0], (0, 0))[1]) for r in s.execute(stmt)]


def floor_of(room_no: str) -> int:
    """101 -> 1, 1203 -> 12, A305 -> 3: the digits before the last two."""
    digits = "".join(c for c in room_no if c.isdigit())
    return int(digits[:-2]) if len(digits) >= 3 else 1


def save_room(ctx: ServiceContext, room_id: int | None, *, building_id: int, room_no: str,
              floor: int | None = None, room_type: str | None = None, bed_count: int = 4, status: str = "normal",
              expected_version: int | None = None) -> int:
    """Create or edit a room; its beds follow `bed_count` (empty beds only are removed)."""
    room_no = (room_no or "").strip()
    if not room_no:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写房号。"), field="room_no")
    status = vocab.code("residents.room_status", status) or status   # a code, or its label as typed
    if status not in ROOM_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "房间状态应为 正常/维修中/停用。"), field="status")
    if not 0 <= int(bed_count) <= 20:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "床位数应在 0 到 20 之间。"), field="bed_count")
    ctx.require_building(building_id)
    with ctx.action("buildings.configure") as tx:
        s = tx.session
        if s.get(Building, building_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "楼栋不存在。"))
        clash = s.scalar(select(Room.id).where(Room.building_id == building_id, Room.room_no == room_no))
        if clash is not None and clash != room_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "房号 {room} 已存在。"), field="room_no", room=room_no)
        if room_id is None:
            room, before = Room(), None
            tx.stamp(room, new=True)
            s.add(room)
        else:
            room = s.get(Room, room_id)
            if room is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "房间不存在。"))
            ctx.require_building(room.building_id)
            tx.check_version(room, expected_version)
            before = snapshot(room)
            tx.stamp(room)
        room.building_id, room.room_no, room.room_type, room.status = building_id, room_no, room_type or None, status
        room.floor = int(floor) if floor else floor_of(room_no)
        room.bed_count = int(bed_count)
        s.flush()
        sync_beds(s, room)
        tx.audit("room", room.id, before=before, after=snapshot(room), summary=f"房间 {room_no}")
        return room.id


def sync_beds(s, room: Room) -> None:
    """Beds 1..bed_count; extra beds are removed when empty, refused when taken."""
    beds = {b.bed_no: b for b in s.scalars(select(Bed).where(Bed.room_id == room.id))}
    wanted = {str(n) for n in range(1, room.bed_count + 1)}
    for no in sorted(wanted - beds.keys(), key=int):
        s.add(Bed(room_id=room.id, bed_no=no))
    extra = [b for no, b in beds.items() if no not in wanted]
    if extra:
        taken = s.scalar(select(func.count(Student.id)).where(Student.bed_id.in_([b.id for b in extra])))
        if taken:
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "要减少的床位上还住着学生，请先调宿或退宿。"))
        for b in extra:
            s.delete(b)
    s.flush()


def beds(ctx: ServiceContext, *, room_id: int | None = None, building_id: int | None = None,
         free_only: bool = False, gender: str | None = None) -> list[BedRow]:
    """Beds with their occupant; `gender` keeps buildings that accept it; rooms out of use are left out
    when `free_only`."""
    with ctx.read("students.view") as s:
        stmt = (select(Bed.id, Bed.room_id, Building.name, Room.room_no, Bed.bed_no, Student.id,
                       Student.student_no, Student.name)
                .join(Room, Bed.room_id == Room.id).join(Building, Room.building_id == Building.id)
                .outerjoin(Student, Student.bed_id == Bed.id).order_by(Building.name, Room.room_no, Bed.bed_no))
        stmt = ctx.scope_filter(stmt, Building.id)
        if room_id is not None:
            stmt = stmt.where(Bed.room_id == room_id)
        if building_id is not None:
            stmt = stmt.where(Room.building_id == building_id)
        if free_only:
            stmt = stmt.where(Student.id.is_(None), Room.status == "normal", Building.active.is_(True))
        if gender:
            stmt = stmt.where(Building.gender.in_((gender, "mix")))
        return [BedRow(*row) for row in s.execute(stmt)]


# Staff ---------------------------------------------------------------------------------------------------
def list_staff(ctx: ServiceContext) -> list[StaffRow]:
    with ctx.read("staff.view") as s:
        names = dict(s.execute(select(Building.id, Building.name)).all())
        links: dict[int, list[int]] = {}
        for bid, sid in s.execute(select(BuildingStaff.building_id, BuildingStaff.staff_id)):
            links.setdefault(sid, []).append(bid)
        rows = []
        staff = s.scalars(select(Staff).order_by(Staff.name)).all()
        order = {c: i for i, c in enumerate(STAFF_CATEGORIES)}     # categories in the vocabulary's order
        for st in sorted(staff, key=lambda st: order.get(st.category, len(order))):
            bids = tuple(sorted(links.get(st.id, ())))
            if ctx.actor.building_ids is not None and bids and not set(bids) & ctx.actor.building_ids:
                continue
            rows.append(StaffRow(st.id, st.name, st.category, st.phone, st.user_id, st.active, st.remarks,
                                 st.version, bids, "、".join(names[b] for b in bids)))
        return rows


def save_staff(ctx: ServiceContext, staff_id: int | None, *, name: str, category: str, phone: str | None = None,
               user_id: int | None = None, active: bool = True, remarks: str | None = None, building_ids=(),
               expected_version: int | None = None) -> int:
    name = (name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "请填写姓名。"), field="name")
    category = vocab.code("residents.staff_category", category) or category   # a code, or its label as typed
    if category not in STAFF_CATEGORIES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "未知的员工类别：{c}"), field="category", c=category)
    for bid in building_ids:
        ctx.require_building(bid)
    with ctx.action("staff.create" if staff_id is None else "staff.edit") as tx:
        s = tx.session
        if staff_id is None:
            st, before = Staff(), None
            tx.stamp(st, new=True)
            s.add(st)
        else:
            st = s.get(Staff, staff_id)
            if st is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "员工不存在。"))
            tx.check_version(st, expected_version)
            before = snapshot(st)
            tx.stamp(st)
        st.name, st.category, st.phone, st.user_id = name, category, (phone or "").strip() or None, user_id
        st.active, st.remarks = active, remarks or None
        s.flush()
        s.execute(delete(BuildingStaff).where(BuildingStaff.staff_id == st.id))
        for bid in sorted(set(building_ids)):
            s.add(BuildingStaff(building_id=bid, staff_id=st.id))
        tx.audit("staff", st.id, before=before, after=snapshot(st) | {"building_ids": sorted(set(building_ids))},
                 summary=f"{vocab.STAFF_CATEGORY.labels[category]} {name}")
        return st.id
