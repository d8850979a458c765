"""Quick test data written straight through the ORM (not through the services, so no audit rows):
buildings with rooms and beds, students in beds, staff. Enumerated values are stored as codes
(app/vocab.py); a test may pass the code or its Chinese label."""
from __future__ import annotations

import datetime as dt

from app import pinyin, vocab
from app.db.models.residents import Bed, Building, BuildingStaff, Room, Staff, Student


def _code(name: str, value):
    return vocab.code(name, value) or value


def building(db, name="1号楼", gender="m", rooms=("101", "102"), beds=4) -> dict:
    """A building with rooms and beds; returns {"building": id, "rooms": {room_no: id}, "beds": {room_no: [ids]}}."""
    s = db.write_session()
    with s.begin():
        b = Building(name=name, gender=_code("residents.gender", gender), floors=6)
        s.add(b)
        s.flush()
        out = {"building": b.id, "rooms": {}, "beds": {}}
        for room_no in rooms:
            r = Room(building_id=b.id, room_no=room_no, floor=int(room_no[0]) if room_no[0].isdigit() else 1,
                     bed_count=beds, status="normal", room_type=f"{beds}人间")
            s.add(r)
            s.flush()
            out["rooms"][room_no] = r.id
            out["beds"][room_no] = []
            for n in range(1, beds + 1):
                bed = Bed(room_id=r.id, bed_no=str(n))
                s.add(bed)
                s.flush()
                out["beds"][room_no].append(bed.id)
    s.close()
    return out


def student(db, student_no, name, bed_id=None, gender="m", phone="13800138000", status=None) -> int:
    s = db.write_session()
    with s.begin():
        st = Student(student_no=student_no, name=name, gender=_code("residents.gender", gender), phone=phone, bed_id=bed_id,
                     status=_code("residents.student_status", status) or ("resident" if bed_id else "left"), check_in_date=dt.date(2026, 9, 1),
                     name_pinyin=pinyin.full(name), name_initials=pinyin.initials(name), college="计算机学院",
                     class_name="计科2601")
        s.add(st)
        s.flush()
        sid = st.id
    s.close()
    return sid


def staff(db, name, category="warden", building_id=None) -> int:
    s = db.write_session()
    with s.begin():
        st = Staff(name=name, category=_code("residents.staff_category", category), phone="13900139000")
        s.add(st)
        s.flush()
        if building_id is not None:
            s.add(BuildingStaff(building_id=building_id, staff_id=st.id))
        sid = st.id
    s.close()
    return sid
