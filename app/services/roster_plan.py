"""Judging a parsed roster against the database: which rows insert, update or change nothing, which
are rejected and why, which buildings and rooms are missing, and which bed each student ends in.

`make_plan(session, ctx, parsed, create_missing)` runs in a read session for the preview and again
inside the import's write transaction, so the commit never trusts a stale preview.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from app import vocab
from app.db.models.residents import Bed, Building, Room, Student
from app.importing.roster import ParsedRoster, Reject, RosterRow
from app.services.context import ServiceContext

PERSONAL = ("name", "gender", "id_card", "college", "class_name", "phone", "check_in_date", "remarks")
LABELS = {"name": "姓名", "gender": "性别", "id_card": "身份证号", "college": "学院", "class_name": "专业班级",
          "phone": "联系电话", "check_in_date": "入住日期", "remarks": "备注", "bed": "床位", "status": "状态"}


@dataclass
class PlanRow:
    """An accepted row: what the import will do with it."""

    row: int
    action: str                       # insert | update | unchanged
    student_no: str
    name: str
    place: str                        # 楼栋 房号-床号, or ''
    changes: str                      # the changed fields, for the preview
    source: RosterRow
    student_id: int | None = None
    bed: object = None                # bed id, a new-bed key (building, room, bed), or None (keep / none)
    values: dict = field(default_factory=dict)


@dataclass
class Plan:
    rows: list[PlanRow]
    rejects: list[Reject]
    missing_buildings: dict[str, str]            # name -> gender to create it with
    missing_rooms: dict[tuple[str, str], int]    # (building, room_no) -> bed count

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


class _Db:
    """What the plan needs from the database, loaded in a few queries."""

    def __init__(self, s, ctx: ServiceContext):
        self.students = {}
        self.by_id_card = {}
        cols = (Student.id, Student.student_no, Student.bed_id, Student.status, Student.version, *[
            getattr(Student, k) for k in PERSONAL])
        for row in s.execute(select(*cols)):
            rec = dict(zip(("id", "student_no", "bed_id", "status", "version", *PERSONAL), row))
            self.students[rec["student_no"]] = rec
            if rec["id_card"]:
                self.by_id_card[rec["id_card"]] = rec["student_no"]
        self.buildings = {n: (i, g, a) for i, n, g, a in s.execute(
            select(Building.id, Building.name, Building.gender, Building.active))}
        self.building_names = {i: n for n, (i, _g, _a) in self.buildings.items()}
        self.rooms = {}
        for rid, bid, no, status in s.execute(select(Room.id, Room.building_id, Room.room_no, Room.status)):
            self.rooms[(self.building_names[bid], no)] = (rid, status)
        self.beds = {}
        self.bed_place = {}
        room_key = {rid: key for key, (rid, _st) in self.rooms.items()}
        for bid, rid, no in s.execute(select(Bed.id, Bed.room_id, Bed.bed_no)):
            key = (*room_key[rid], no)
            self.beds[key] = bid
            self.bed_place[bid] = key
        self.occupant = {r["bed_id"]: r["student_no"] for r in self.students.values() if r["bed_id"]}
        self.ctx = ctx

    def in_scope(self, building: str) -> bool:
        found = self.buildings.get(building)
        if found is None:
            return self.ctx.actor.building_ids is None
        return self.ctx.in_scope(found[0])


def _place(key) -> str:
    return f"{key[0]} {key[1]}-{key[2]}" if key else ""


def make_plan(s, ctx: ServiceContext, parsed: ParsedRoster, *, create_missing: bool) -> Plan:
    db = _Db(s, ctx)
    rejects = list(parsed.rejects)
    wanted: dict[int, tuple | None] = {}   # row -> bed key or None (no room given)
    auto: set[int] = set()                 # rows with a room but no bed number
    live = []
    missing_buildings: dict[str, set] = {}
    missing_rooms: dict[tuple[str, str], int] = {}

    def reject(rr: RosterRow, column: str, reason: str):
        rejects.append(Reject(rr.row, column, reason))

    for rr in parsed.rows:
        v = rr.values
        existing = db.students.get(v["student_no"])
        gender = v.get("gender") or (existing or {}).get("gender")
        if v.get("id_card"):
            owner = db.by_id_card.get(v["id_card"])
            if owner and owner != v["student_no"]:
                reject(rr, "身份证号", f"身份证号已属于系统中学号为 {owner} 的学生")
                continue
            if existing and existing["id_card"] and existing["id_card"] != v["id_card"]:
                reject(rr, "身份证号", "与系统中该学号学生的身份证号不一致")
                continue
        if existing and existing["bed_id"] and ctx.actor.building_ids is not None:
            if db.bed_place[existing["bed_id"]][0] not in {n for n in db.buildings if db.in_scope(n)}:
                reject(rr, "学号", "该学生住在您管理范围以外的楼栋")
                continue
        building, room_no = v.get("building"), v.get("room_no")
        if not room_no:
            if existing is None and ctx.actor.building_ids is not None:
                reject(rr, "房号", "未填写楼栋和房号")
                continue
            wanted[rr.row] = None
            live.append(rr)
            continue
        if v.get("status") and v["status"] != "resident":
            reject(rr, "状态", f"状态为“{vocab.label('residents.student_status', v['status'])}”却填写了房号")
            continue
        if not db.in_scope(building):
            reject(rr, "楼栋", f"楼栋 {building} 不在您的管理范围内")
            continue
        b = db.buildings.get(building)
        if b is None:
            if not create_missing:
                reject(rr, "楼栋", f"楼栋 {building} 不存在")
                continue
            missing_buildings.setdefault(building, set()).add(gender)
        else:
            if not b[2]:
                reject(rr, "楼栋", f"楼栋 {building} 已停用")
                continue
            if b[1] != "mix" and gender and gender != b[1]:
                reject(rr, "性别", f"{building} 是{vocab.label('residents.gender', b[1])}生楼，"
                                 f"不能安排{vocab.label('residents.gender', gender)}生")
                continue
        room = db.rooms.get((building, room_no))
        bed_no = v.get("bed_no")
        current = db.bed_place.get(existing["bed_id"]) if existing and existing["bed_id"] else None
        if room is None:
            if not create_missing:
                reject(rr, "房号", f"房间 {building} {room_no} 不存在")
                continue
            count = missing_rooms.get((building, room_no), 4)
            if bed_no and bed_no.isdigit():
                count = max(count, int(bed_no))
            missing_rooms[(building, room_no)] = count
        elif room[1] != "normal" and not (current and current[:2] == (building, room_no)):
            reject(rr, "房号", f"房间 {building} {room_no} 目前为“{vocab.label('residents.room_status', room[1])}”，不能入住")
            continue
        elif bed_no and (building, room_no, bed_no) not in db.beds:
            reject(rr, "床号", f"房间 {building} {room_no} 没有 {bed_no} 号床")
            continue
        if bed_no:
            wanted[rr.row] = (building, room_no, bed_no)
        elif current and current[:2] == (building, room_no):
            wanted[rr.row] = current
        else:
            wanted[rr.row] = None
            auto.add(rr.row)
        live.append(rr)

    # A bed taken in the database is free only when its occupant moves away in this file; rejecting a
    # row can keep its student in a bed another row wanted, so settle until nothing changes.
    while True:
        moving = set()
        for rr in live:
            ex = db.students.get(rr.values["student_no"])
            target = wanted[rr.row]
            if ex and ex["bed_id"] and (target is not None or rr.row in auto) and \
                    target != db.bed_place[ex["bed_id"]]:
                moving.add(rr.values["student_no"])
        bad = []
        for rr in live:
            target = wanted[rr.row]
            bid = db.beds.get(target) if target else None
            occ = db.occupant.get(bid) if bid else None
            if occ and occ != rr.values["student_no"] and occ not in moving:
                name = db.students[occ]["name"]
                bad.append((rr, f"床位 {_place(target)} 已住有学生 {name}（{occ}）"))
        if not bad:
            break
        for rr, why in bad:
            reject(rr, "床号", why)
            live.remove(rr)

    taken = {wanted[rr.row] for rr in live if wanted[rr.row]}
    taken |= {db.bed_place[bid] for bid, no in db.occupant.items() if no not in moving}
    free_by_room: dict[tuple, list] = {}
    if auto:
        for key in sorted(db.beds, key=lambda k: (k[0], k[1], k[2].zfill(4))):
            free_by_room.setdefault(key[:2], []).append(key)
    rows = []
    for rr in live:
        if rr.row in auto:
            room_key = (rr.values["building"], rr.values["room_no"])
            if room_key in missing_rooms:
                candidates = [(*room_key, str(n)) for n in range(1, 21)]
            else:
                candidates = free_by_room.get(room_key, [])
            choice = next((k for k in candidates if k not in taken), None)
            if choice is None:
                reject(rr, "房号", f"房间 {room_key[0]} {room_key[1]} 已满")
                continue
            if room_key in missing_rooms:
                missing_rooms[room_key] = max(missing_rooms[room_key], int(choice[2]))
            taken.add(choice)
            wanted[rr.row] = choice
        rows.append(_plan_row(db, rr, wanted[rr.row], ctx))
    rejects.sort(key=lambda x: x.row)
    genders = {name: (next(iter(g)) if len(g) == 1 and None not in g else "mix")
               for name, g in missing_buildings.items()}
    return Plan(rows, rejects, genders, missing_rooms)


def _plan_row(db: _Db, rr: RosterRow, target, ctx: ServiceContext) -> PlanRow:
    v = rr.values
    existing = db.students.get(v["student_no"])
    bed = db.beds.get(target, target) if target else None
    if existing is None:
        values = {k: v.get(k) or None for k in PERSONAL}
        values["status"] = "resident" if target else (v.get("status") or "resident")
        if target and not values["check_in_date"]:
            values["check_in_date"] = ctx.today()
        return PlanRow(rr.row, "insert", v["student_no"], v["name"], _place(target), "", rr, None, bed, values)
    changed = {k: v[k] for k in PERSONAL if v.get(k) and v[k] != existing[k]}
    current = db.bed_place.get(existing["bed_id"]) if existing["bed_id"] else None
    move = target is not None and target != current
    if move:
        changed["bed"] = bed
        if existing["status"] != "resident":
            changed["status"] = "resident"
    labels = "、".join(LABELS[k] for k in changed)
    action = "update" if changed else "unchanged"
    return PlanRow(rr.row, action, v["student_no"], v["name"], _place(target or current), labels, rr,
                   existing["id"], bed if move else None, changed)
