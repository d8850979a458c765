"""Residents' enumerated values stored as codes (app/vocab.py section Residents): migration
0017_codes_residents rewrites the Chinese labels of existing rows into codes and back, on SQLite and
PostgreSQL; services take a code or a label and store the code; the gate, the roster import and
room allocation compare codes."""
from alembic import command
from sqlalchemy import select, text

from app import vocab
from app.db.migrate import alembic_config
from app.db.models.assessments import AssessmentItem
from app.db.models.residents import Building, Room, Staff, Student, StudentMove
from app.services import residents, residents_places
from app.services.residents import StudentInput
from tests import factories

BEFORE = "0011_gate"     # a revision 0017_codes_residents builds on: the rows as an older version wrote them


def _alembic(db, verb: str, target: str) -> None:
    cfg = alembic_config(db)
    with db.engine.execution_options(dormdesk_write=True).begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, verb)(cfg, target)


def _column(db, column) -> list:
    with db.engine.connect() as conn:
        return list(conn.execute(select(column).order_by(column.table.c.id)).scalars())


def test_genders_are_stored_as_codes_and_migrated_both_ways(db, ctx):
    boys = residents_places.save_building(ctx, None, name="1号楼", gender="男", floors=6)   # a label, as typed
    girls = residents_places.save_building(ctx, None, name="2号楼", gender="f", floors=6)   # a code, from the combo
    mixed = residents_places.save_building(ctx, None, name="3号楼", gender="mix", floors=6)
    room = residents_places.save_room(ctx, None, building_id=girls, room_no="201")
    bed = residents_places.beds(ctx, room_id=room)[0].id
    residents.save_student(ctx, None, StudentInput(student_no="2026001", name="王芳", gender="女"), bed_id=bed)
    factories.student(db, "2026002", "张三", gender="m")
    assert _column(db, Building.gender) == ["m", "f", "mix"]
    assert _column(db, Student.gender) == ["f", "m"]
    assert [b.id for b in residents_places.list_buildings(ctx)] and mixed

    _alembic(db, "downgrade", BEFORE)
    assert _column(db, Building.gender) == ["男", "女", "混合"]
    assert _column(db, Student.gender) == ["女", "男"]
    _alembic(db, "upgrade", "heads")
    assert _column(db, Building.gender) == ["m", "f", "mix"]
    assert _column(db, Student.gender) == ["f", "m"]
    assert vocab.label("residents.gender", "mix") == "混合"


def test_a_student_goes_only_into_a_building_of_their_gender_or_a_mixed_one(db, ctx):
    import pytest

    from app.errors import ValidationError
    boys = factories.building(db, "1号楼", gender="m", rooms=("101",))
    mixed = factories.building(db, "3号楼", gender="mix", rooms=("301",))
    with pytest.raises(ValidationError) as e:
        residents.save_student(ctx, None, StudentInput(student_no="2026001", name="王芳", gender="f"),
                               bed_id=boys["beds"]["101"][0])
    assert e.value.text() == "1号楼 是男生楼，不能安排女生。"
    residents.save_student(ctx, None, StudentInput(student_no="2026001", name="王芳", gender="f"),
                           bed_id=mixed["beds"]["301"][0])
    free = {b.building for b in residents_places.beds(ctx, free_only=True, gender="f")}
    assert free == {"3号楼"}


def test_student_statuses_and_moves_are_stored_as_codes_and_migrated_both_ways(db, ctx):
    b = factories.building(db, "1号楼", rooms=("101",))
    first = residents.save_student(ctx, None, StudentInput(student_no="2026001", name="张三", gender="m"),
                                   bed_id=b["beds"]["101"][0])
    residents.save_student(ctx, None, StudentInput(student_no="2026002", name="李四", gender="m", status="休学"))
    residents.check_out(ctx, first, status="graduate")
    third = factories.student(db, "2026003", "王五", b["beds"]["101"][1])
    assert _column(db, Student.status) == ["graduate", "on_leave", "resident"]
    assert [r.student_no for r in residents.list_students(ctx, status="resident")] == ["2026003"]

    second = residents_places.beds(ctx, free_only=True)[0].id
    residents.move_student(ctx, third, second, reason="调整")
    assert _column(db, StudentMove.kind) == ["move_in", "move_out", "transfer"]
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT summary FROM audit_log WHERE action = 'students.move'")).scalar() \
            .startswith("调宿 2026003 王五")

    _alembic(db, "downgrade", BEFORE)
    assert _column(db, Student.status) == ["毕业", "休学", "在住"]
    assert _column(db, StudentMove.kind) == ["入住", "退宿", "调宿"]
    _alembic(db, "upgrade", "heads")
    assert _column(db, Student.status) == ["graduate", "on_leave", "resident"]
    assert _column(db, StudentMove.kind) == ["move_in", "move_out", "transfer"]
    assert [vocab.label("residents.move_kind", m.kind) for m in residents.history(ctx, first)] == ["入住", "退宿"]


def test_the_roster_import_turns_typed_statuses_into_codes_and_names_an_unknown_one():
    import datetime as dt

    from app.importing import roster
    from app.importing.readers import Sheet

    rows = [["学号", "姓名", "性别", "状态"], ["2026001", "张三", "男", "休学"], ["2026002", "李四", "女", "离校"],
            ["2026003", "王五", "M", ""]]
    parsed = roster.parse(Sheet("名单", rows), today=dt.date(2026, 9, 1))
    assert [(r.values["student_no"], r.values["gender"], r.values.get("status")) for r in parsed.rows] == [
        ("2026001", "m", "on_leave"), ("2026003", "m", "")]
    assert [(r.row, r.column) for r in parsed.rejects] == [(3, "状态")]
    assert "在住/已退宿/休学/毕业" in parsed.rejects[0].reason and "离校" in parsed.rejects[0].reason


def test_room_statuses_are_stored_as_codes_and_migrated_both_ways(db, ctx):
    import pytest

    from app.errors import Conflict
    b = factories.building(db, "1号楼", rooms=("101",))
    repair = residents_places.save_room(ctx, None, building_id=b["building"], room_no="102", status="repair")
    residents_places.save_room(ctx, None, building_id=b["building"], room_no="103", status="停用")  # as typed
    assert _column(db, Room.status) == ["normal", "repair", "closed"]
    assert {x.room_no for x in residents_places.beds(ctx, free_only=True)} == {"101"}
    with pytest.raises(Conflict) as e:
        residents.save_student(ctx, None, StudentInput(student_no="2026001", name="张三", gender="m"),
                               bed_id=residents_places.beds(ctx, room_id=repair)[0].id)
    assert e.value.text() == "房间 102 目前为“维修中”，不能入住。"

    _alembic(db, "downgrade", BEFORE)
    assert _column(db, Room.status) == ["正常", "维修中", "停用"]
    _alembic(db, "upgrade", "heads")
    assert _column(db, Room.status) == ["normal", "repair", "closed"]


def test_staff_categories_and_what_assessment_items_apply_to_are_codes_migrated_both_ways(db, ctx, clock):
    import pytest

    from app.errors import ValidationError
    from app.services import assessments, lookups
    from app.services import assessments_incidents as incidents
    warden = residents_places.save_staff(ctx, None, name="老王", category="宿管员")       # a label, as typed
    desk = residents_places.save_staff(ctx, None, name="周敏", category="service")        # a code, from the combo
    factories.staff(db, "王师傅", "repairer")
    assert _column(db, Staff.category) == ["warden", "service", "repairer"]
    assert [r.category for r in residents_places.list_staff(ctx)] == ["warden", "repairer", "service"]  # as declared
    assert [c.name for c in lookups.staff(ctx, "repairer")] == ["王师傅"]
    with db.engine.connect() as conn:         # the audit log reads as before: the label, not the code
        assert conn.execute(text("SELECT summary FROM audit_log WHERE entity = 'staff' ORDER BY id")).scalars().all() \
            == ["宿管员 老王", "客服 周敏"]
    items = {i.code: i for i in assessments.list_items(ctx)}
    assert {i.applies_to for i in items.values()} == {"warden", "service"}
    with pytest.raises(ValidationError) as e:     # a warden's item for a front-desk clerk: named by its label
        incidents.record(ctx, staff_id=desk, occurred_at=clock.now(), item_id=items["4"].id, description="x")
    assert "用于考核宿管员" in e.value.text()
    incidents.record(ctx, staff_id=warden, occurred_at=clock.now(), item_id=items["4"].id, description="x",
                     deduction=5)

    def applies_to():
        with db.engine.connect() as conn:
            return set(conn.execute(select(AssessmentItem.applies_to)).scalars())
    assert applies_to() == {None, "service"}
    _alembic(db, "downgrade", BEFORE)
    assert _column(db, Staff.category) == ["宿管员", "客服", "维修工"]
    assert applies_to() == {None, "客服"}
    _alembic(db, "upgrade", "heads")
    assert _column(db, Staff.category) == ["warden", "service", "repairer"]
    assert applies_to() == {None, "service"}


def test_the_migration_knows_every_code_of_the_vocabularies_it_converts():
    import importlib

    conversions = importlib.import_module("app.db.migrations.versions.0017_codes_residents").CONVERSIONS
    by_column = {c: v for v in (vocab.get(n) for n in vocab.names()) for c in v.columns}
    for table, column, mapping in conversions:
        assert mapping.items() <= by_column[f"{table}.{column}"].labels.items(), (table, column)
