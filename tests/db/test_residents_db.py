"""Students, buildings, rooms and staff through the services, on SQLite and PostgreSQL: one audit
row per action, refusals write nothing, building scope, check-out hooks, the register."""
import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db.models.residents import Bed, Student, StudentMove
from app.errors import Conflict, PermissionDenied, StaleEdit, ValidationError
from app.importing import idcard
from app.services import catalog, registers, residents, residents_places
from app.services.periods import parse_month
from app.services.residents import StudentInput
from tests import factories
from tests.conftest import audit_count, context_for


def _count(db, model):
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar()


def _input(no="2026010001", name="张三", gender="男", **kw):
    return StudentInput(student_no=no, name=name, gender=gender, **kw)


def test_add_move_check_out_with_history_and_audit(ctx):
    b = factories.building(ctx.db, "1号楼", "男", rooms=("101", "102"))
    start = audit_count(ctx.db)
    sid = residents.save_student(ctx, None, _input(id_card=idcard.make("110101", dt.date(2007, 1, 1), 5, True),
                                                   phone="138 0013 8000"), bed_id=b["beds"]["101"][0])
    row = residents.get_student(ctx, sid)
    assert (row.room_no, row.bed_no, row.status, row.phone) == ("101", "1", "resident", "13800138000")
    assert row.name_pinyin == "zhangsan" and row.name_initials == "zs"
    residents.move_student(ctx, sid, b["beds"]["102"][2], reason="宿舍调整", expected_version=row.version)
    row = residents.get_student(ctx, sid)
    assert row.place == "1号楼 102-3"
    residents.check_out(ctx, sid, reason="毕业离校", expected_version=row.version)
    row = residents.get_student(ctx, sid)
    assert row.bed_id is None and row.status == "left"
    kinds = [m.kind for m in residents.history(ctx, sid)]
    assert kinds == ["move_in", "transfer", "move_out"]
    assert residents.history(ctx, sid)[1].from_place == "1号楼 101-1"
    assert audit_count(ctx.db) == start + 3


def test_refusals_write_nothing(ctx):
    b = factories.building(ctx.db, "女1栋", "女", rooms=("101",), beds=2)
    other = factories.student(ctx.db, "2026000001", "占床者", bed_id=b["beds"]["101"][0], gender="女")
    before, students = audit_count(ctx.db), _count(ctx.db, Student)
    cases = [
        (_input(gender="男"), b["beds"]["101"][1], ValidationError),          # a man in a women's building
        (_input(name="李四", gender="女"), b["beds"]["101"][0], Conflict),       # bed taken
        (_input(no="2026000001", gender="女"), None, ValidationError),         # 学号 exists
        (_input(id_card="110101200701010010"), None, ValidationError),          # bad check digit
        (_input(phone="12345"), None, ValidationError),
        (_input(name=""), None, ValidationError),
    ]
    for data, bed, error in cases:
        with pytest.raises(error):
            residents.save_student(ctx, None, data, bed_id=bed)
    row = residents.get_student(ctx, other)
    with pytest.raises(StaleEdit):
        residents.move_student(ctx, other, b["beds"]["101"][1], expected_version=row.version + 5)
    assert audit_count(ctx.db) == before and _count(ctx.db, Student) == students


def test_room_out_of_use_refuses_move_in(ctx):
    b = factories.building(ctx.db, "1号楼", "男", rooms=("101", "102"))
    sid = factories.student(ctx.db, "1", "甲", bed_id=b["beds"]["101"][0])
    rooms = {r.room_no: r for r in residents_places.list_rooms(ctx, b["building"])}
    r = rooms["102"]
    residents_places.save_room(ctx, r.id, building_id=b["building"], room_no="102", bed_count=4, status="维修中",
                               expected_version=r.version)
    with pytest.raises(Conflict, match="维修中"):
        residents.move_student(ctx, sid, b["beds"]["102"][0])


def test_check_out_asks_every_module(ctx, monkeypatch):
    b = factories.building(ctx.db)
    sid = factories.student(ctx.db, "1", "甲", bed_id=b["beds"]["101"][0])
    seen = []

    def keys_check(session, c, student_id):
        seen.append(student_id)
        return "钥匙未交回（房门钥匙 1 把）"
    monkeypatch.setattr(catalog, "checkout_checks", lambda: [lambda s, c, i: None, keys_check])
    before = audit_count(ctx.db)
    with pytest.raises(Conflict, match="钥匙未交回"):
        residents.check_out(ctx, sid)
    assert seen == [sid] and audit_count(ctx.db) == before
    assert residents.get_student(ctx, sid).bed_id is not None
    monkeypatch.setattr(catalog, "checkout_checks", lambda: [lambda s, c, i: None])
    residents.check_out(ctx, sid)
    assert residents.get_student(ctx, sid).status == "left"


def test_building_scope_in_lists_and_actions(ctx):
    a = factories.building(ctx.db, "1号楼", "男", rooms=("101",))
    b = factories.building(ctx.db, "2号楼", "男", rooms=("201",))
    s1 = factories.student(ctx.db, "1", "甲", bed_id=a["beds"]["101"][0])
    s2 = factories.student(ctx.db, "2", "乙", bed_id=b["beds"]["201"][0])
    clerk = context_for(ctx, "clerk", building_ids=[a["building"]])
    assert [r.student_no for r in residents.list_students(clerk)] == ["1"]
    assert [x.name for x in residents_places.list_buildings(clerk)] == ["1号楼"]
    assert {x.room_no for x in residents_places.list_rooms(clerk)} == {"101"}
    assert all(x.building == "1号楼" for x in residents_places.beds(clerk, free_only=True))
    with pytest.raises(Exception):
        residents.get_student(clerk, s2)
    with pytest.raises(PermissionDenied):
        residents.move_student(clerk, s1, b["beds"]["201"][1])
    with pytest.raises(PermissionDenied):
        residents.check_out(clerk, s2)
    with pytest.raises(PermissionDenied):
        residents_places.save_building(clerk, None, name="3号楼", gender="男", floors=6)
    _spec, rows = catalog.registers()["students"].fetch(clerk, parse_month("2026-09"), None)
    assert [r.student_no for r in rows] == ["1"]
    with pytest.raises(PermissionDenied):
        catalog.registers()["students"].fetch(clerk, parse_month("2026-09"), "2号楼")
    readonly = context_for(ctx, "readonly")
    with pytest.raises(PermissionDenied):
        residents.save_student(readonly, None, _input(no="9"))


def test_buildings_rooms_beds_and_staff(ctx):
    start = audit_count(ctx.db)
    w = residents_places.save_staff(ctx, None, name="王阿姨", category="宿管员", phone="13900139000")
    bid = residents_places.save_building(ctx, None, name="5号楼", gender="女", floors=6, staff_ids=[w])
    rid = residents_places.save_room(ctx, None, building_id=bid, room_no="305", bed_count=4)
    room = residents_places.list_rooms(ctx, bid)[0]
    assert (room.floor, room.bed_count, room.free) == (3, 4, 4)
    assert [x.bed_no for x in residents_places.beds(ctx, room_id=rid)] == ["1", "2", "3", "4"]
    residents.save_student(ctx, None, _input(name="刘芳", gender="女"), bed_id=residents_places.beds(ctx, room_id=rid)[3].id)
    with pytest.raises(Conflict):  # the taken bed 4 cannot go
        residents_places.save_room(ctx, rid, building_id=bid, room_no="305", bed_count=2, expected_version=room.version)
    residents_places.save_room(ctx, rid, building_id=bid, room_no="305", bed_count=6, expected_version=room.version)
    assert _count(ctx.db, Bed) == 6
    building = residents_places.list_buildings(ctx)[0]
    assert (building.beds, building.occupied, building.staff_names) == (6, 1, "王阿姨")
    with pytest.raises(ValidationError):  # a woman lives there
        residents_places.save_building(ctx, bid, name="5号楼", gender="男", floors=6,
                                       expected_version=building.version)
    staff = residents_places.list_staff(ctx)
    assert staff[0].buildings == "5号楼"
    assert audit_count(ctx.db) == start + 5


def test_students_register_reads_back(ctx, tmp_path):
    import openpyxl
    b = factories.building(ctx.db, "1号楼", "男", rooms=("101",))
    factories.student(ctx.db, "0001", "张三", bed_id=b["beds"]["101"][0])
    factories.student(ctx.db, "0002", "=李四", bed_id=b["beds"]["101"][1])
    out = registers.export(ctx, "students", parse_month("2026-09"), "1号楼", tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(out).active
    values = list(ws.iter_rows(values_only=True))
    assert values[0][0] == "住宿学生名册" and values[2][:3] == ("学号", "姓名", "性别")
    assert values[3][0] == "0001" and values[4][1] == "=李四"
    assert ws["A4"].data_type == "s"


def test_masked_register_for_readonly(ctx):
    b = factories.building(ctx.db, "1号楼", "男", rooms=("101",))
    sid = factories.student(ctx.db, "1", "甲", bed_id=b["beds"]["101"][0])
    s = ctx.db.write_session()
    with s.begin():
        s.get(Student, sid).id_card = "11010519491231002X"
    s.close()
    _spec, rows = catalog.registers()["students"].fetch(context_for(ctx, "readonly"), parse_month("2026-09"), None)
    assert rows[0].id_card == "110105********002X" and rows[0].phone == "138****8000"


def test_demo_step_creates_valid_people(ctx):
    import random

    from app.services import residents_demo
    text = residents_demo.run(ctx, random.Random(1), {"students": 150})
    assert "学生 150 人" in text
    rows = residents.list_students(ctx)
    assert len(rows) == 150
    assert all(idcard.problem(r.id_card) is None and idcard.gender(r.id_card) == r.gender for r in rows)
    assert all(len(r.phone) == 11 and r.bed_id for r in rows)
    genders = {b.name: b.gender for b in residents_places.list_buildings(ctx)}
    assert all(genders[r.building] == r.gender for r in rows)
    assert len(residents_places.list_staff(ctx)) >= 6
    moves = int(text.rsplit("调宿 ", 1)[1].split(" ")[0])
    assert moves >= 20 and _count(ctx.db, StudentMove) == 150 + moves  # 入住 each, then 调宿 over the month
