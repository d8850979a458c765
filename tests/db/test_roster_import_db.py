"""The roster import against the database, on SQLite and PostgreSQL: preview, commit in one
transaction, database rules, re-import changes nothing, undo, --dry-run / --all-or-nothing / --json."""
import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from app.db.models.residents import Building, Room, Student, StudentMove
from app.db.models.roster import ImportBatch
from app.errors import Conflict
from app.services import residents, roster_import
from tests import factories
from tests import roster_files as rf
from tests.conftest import audit_count, context_for


def _count(db, model):
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar()


def _snapshot(ctx):
    return sorted((r.student_no, r.name, r.gender, r.id_card, r.phone, r.college, r.class_name, r.building,
                   r.room_no, r.bed_no, r.check_in_date, r.status, r.version) for r in residents.list_students(ctx))


@pytest.fixture
def roster_xlsx(tmp_path):
    return rf.write_xlsx(tmp_path / "名单.xlsx", rf.messy_rows())


def test_messy_roster_commit_creates_rooms_and_reports_rows(ctx, roster_xlsx):
    factories.building(ctx.db, "1号楼", "男", rooms=("101", "103"))
    pv = roster_import.preview(ctx, roster_xlsx)
    assert pv.plan.missing_rooms == {("1号楼", "102"): 4, ("2号楼", "201"): 4}
    assert pv.plan.missing_buildings == {"2号楼": "f"}
    before = audit_count(ctx.db)
    result = roster_import.commit(ctx, pv)
    assert audit_count(ctx.db) == before + 1
    assert (result.accepted, result.inserted, result.updated, result.created_rooms) == (5, 5, 0, 2)
    assert len(result.rejected) == len(rf.bad_rows())
    got = {r.student_no: r for r in residents.list_students(ctx)}
    assert set(got) == set(rf.EXPECTED)
    assert got["0026010003"].place == "1号楼 102-1"        # no bed number: the first free bed
    assert got["2026010004"].place == "2号楼 201-1"
    assert got["2026010005"].bed_id is None and got["2026010005"].status == "resident"
    assert got["2026010001"].check_in_date == dt.date(2026, 9, 1)
    assert got["2026010002"].name_initials == "ls"
    assert _count(ctx.db, StudentMove) == 4


def test_reimport_changes_nothing_and_update_is_matched_by_student_no(ctx, roster_xlsx, tmp_path):
    factories.building(ctx.db, "1号楼", "男", rooms=("101", "102", "103"))
    factories.building(ctx.db, "2号楼", "女", rooms=("201",))
    roster_import.commit(ctx, roster_import.preview(ctx, roster_xlsx))
    snap = _snapshot(ctx)
    again = roster_import.commit(ctx, roster_import.preview(ctx, roster_xlsx))
    assert (again.inserted, again.updated, again.accepted) == (0, 0, 5)
    assert _snapshot(ctx) == snap
    rows = rf.messy_rows(include_bad=False)
    rows[4][7] = "13900000000"      # 张三's phone
    rows[4][9] = "103"              # 张三 moves to 103
    changed = roster_import.commit(ctx, roster_import.preview(ctx, rf.write_xlsx(tmp_path / "b.xlsx", rows)))
    assert (changed.inserted, changed.updated) == (0, 1)
    st = {r.student_no: r for r in residents.list_students(ctx)}["2026010001"]
    assert (st.phone, st.place) == ("13900000000", "1号楼 103-1")
    assert [m.kind for m in residents.history(ctx, st.id)] == ["move_in", "transfer"]


def test_database_rules(ctx, tmp_path):
    b = factories.building(ctx.db, "1号楼", "男", rooms=("101", "102"), beds=2)
    factories.building(ctx.db, "女1栋", "女", rooms=("101",))
    factories.student(ctx.db, "9000", "老住户", bed_id=b["beds"]["101"][0])
    s = ctx.db.write_session()
    with s.begin():
        s.execute(Student.__table__.update().where(Student.student_no == "9000").values(id_card=rf.ident(1)))
        s.execute(Room.__table__.update().where(Room.room_no == "102").values(status="closed"))
    s.close()
    rows = [["学号", "姓名", "性别", "身份证号", "楼栋", "房号", "床号"],
            ["1001", "甲", "男", "", "1号楼", "101", "1"],           # row 2: bed taken by 老住户
            ["1002", "乙", "女", "", "1号楼", "101", "2"],           # row 3: women not in 1号楼
            ["1003", "丙", "男", "", "女1栋", "101", "1"],           # row 4: men not in 女1栋
            ["1004", "丁", "男", "", "1号楼", "102", "1"],           # row 5: room 停用
            ["1005", "戊", "男", "", "1号楼", "101", "9"],           # row 6: no bed 9
            ["1006", "己", "男", rf.ident(1), "", "", ""],           # row 7: ID belongs to 9000
            ["9000", "老住户", "男", rf.ident(3), "", "", ""],       # row 8: ID differs from the database
            ["1008", "庚", "男", "", "3号楼", "301", "1"],           # row 9: fine, creates a building
            ["1009", "辛", "男", "", "1号楼", "101", ""]]            # row 10: fine, the one free bed
    path = rf.write_xlsx(tmp_path / "r.xlsx", rows)
    pv = roster_import.preview(ctx, path)
    reasons = {r.row: (r.column, r.reason) for r in pv.plan.rejects}
    assert reasons[2][0] == "床号" and "老住户" in reasons[2][1]
    assert reasons[3] == ("性别", "1号楼 是男生楼，不能安排女生")          # labels, never the stored codes
    assert reasons[4] == ("性别", "女1栋 是女生楼，不能安排男生")
    assert reasons[5][0] == "房号" and "停用" in reasons[5][1]
    assert reasons[6][0] == "床号" and reasons[7][0] == "身份证号" and reasons[8][0] == "身份证号"
    assert [r.row for r in pv.plan.rows] == [9, 10]
    pv2 = roster_import.preview(ctx, path, create_missing=False)
    assert "不存在" in {r.row: r.reason for r in pv2.plan.rejects}[9]


def test_a_bed_freed_by_a_move_in_the_same_file(ctx, tmp_path):
    b = factories.building(ctx.db, "1号楼", "男", rooms=("101",), beds=2)
    factories.student(ctx.db, "1", "甲", bed_id=b["beds"]["101"][0])
    factories.student(ctx.db, "2", "乙", bed_id=b["beds"]["101"][1])
    rows = [["学号", "姓名", "楼栋", "房号", "床号"], ["1", "甲", "1号楼", "101", "2"], ["2", "乙", "1号楼", "101", "1"]]
    result = roster_import.commit(ctx, roster_import.preview(ctx, rf.write_xlsx(tmp_path / "swap.xlsx", rows)))
    assert result.updated == 2 and not result.rejected
    assert {r.student_no: r.bed_no for r in residents.list_students(ctx)} == {"1": "2", "2": "1"}


def test_undo_a_batch_and_refuse_when_something_depends_on_it(ctx, roster_xlsx, tmp_path):
    factories.building(ctx.db, "1号楼", "男", rooms=("101", "103"))
    existing = factories.student(ctx.db, "2026010001", "张三", gender="男")
    before_students, before_rooms, before_buildings = _count(ctx.db, Student), _count(ctx.db, Room), _count(ctx.db, Building)
    snap = _snapshot(ctx)
    result = roster_import.commit(ctx, roster_import.preview(ctx, roster_xlsx))
    assert (result.inserted, result.updated) == (4, 1)
    assert roster_import.list_batches(ctx)[0].status == "imported"
    clerk = context_for(ctx, "clerk")
    with pytest.raises(Exception):
        roster_import.undo(clerk, result.batch_id)   # undo is a supervisor's verb
    roster_import.undo(ctx, result.batch_id)
    assert _snapshot(ctx) == [s[:-1] + (s[-1] + 2,) if s[0] == "2026010001" else s for s in snap]
    assert (_count(ctx.db, Student), _count(ctx.db, Room), _count(ctx.db, Building)) == (
        before_students, before_rooms, before_buildings)
    assert residents.history(ctx, existing) == []
    with pytest.raises(Conflict):
        roster_import.undo(ctx, result.batch_id)
    # a later move makes the next batch permanent
    result = roster_import.commit(ctx, roster_import.preview(ctx, roster_xlsx))
    moved = {r.student_no: r for r in residents.list_students(ctx)}["2026010002"]
    residents.move_student(ctx, moved.id, [b for b in _free_beds(ctx) if b.room_no == "103"][0].id)
    audits = audit_count(ctx.db)
    with pytest.raises(Conflict, match="不能撤销"):
        roster_import.undo(ctx, result.batch_id)
    assert audit_count(ctx.db) == audits


def _free_beds(ctx):
    from app.services import residents_places
    return residents_places.beds(ctx, free_only=True)


def test_export_delete_import_leaves_data_identical(ctx, tmp_path):
    import random

    from app.services import registers, residents_demo
    from app.services.periods import parse_month
    residents_demo.run(ctx, random.Random(7), {"students": 60})
    snap = [s[:-1] for s in _snapshot(ctx)]
    out = registers.export(ctx, "students", parse_month("2026-09"), None, tmp_path / "名册.xlsx")
    s = ctx.db.write_session()
    with s.begin():
        s.execute(StudentMove.__table__.delete())
        s.execute(Student.__table__.delete())
    s.close()
    result = roster_import.commit(ctx, roster_import.preview(ctx, out))
    assert (result.inserted, result.rejected) == (60, ())
    assert [s[:-1] for s in _snapshot(ctx)] == snap


def test_cli_json_dry_run_and_all_or_nothing(ctx, roster_xlsx, capsys):
    factories.building(ctx.db, "1号楼", "男", rooms=("101", "103"))
    before = (_count(ctx.db, Student), audit_count(ctx.db), _count(ctx.db, ImportBatch))
    code = roster_import.run_cli(ctx, roster_xlsx, dry_run=True, all_or_nothing=False, as_json=True)
    report = json.loads(capsys.readouterr().out)
    assert code == 3
    assert set(report) == {"accepted", "inserted", "updated", "created_rooms", "rejected"}
    assert (report["accepted"], report["inserted"], report["created_rooms"]) == (5, 5, 2)
    assert report["rejected"][0] == {"row": 11, "column": "学号", "reason": "学号为空"}
    assert (_count(ctx.db, Student), audit_count(ctx.db), _count(ctx.db, ImportBatch)) == before
    code = roster_import.run_cli(ctx, roster_xlsx, dry_run=False, all_or_nothing=True, as_json=True)
    assert code == 3 and json.loads(capsys.readouterr().out)["inserted"] == 0
    assert (_count(ctx.db, Student), audit_count(ctx.db), _count(ctx.db, ImportBatch)) == before
    code = roster_import.run_cli(ctx, roster_xlsx, dry_run=False, all_or_nothing=False, as_json=False)
    text = capsys.readouterr().out
    assert code == 3 and "新增 5" in text and "第 11 行" in text
    good = rf.write_xlsx(roster_xlsx.with_name("good.xlsx"), rf.messy_rows(include_bad=False))
    assert roster_import.run_cli(ctx, good, dry_run=False, all_or_nothing=True, as_json=True) == 0


def test_scoped_clerk_cannot_import_into_other_buildings(ctx, roster_xlsx):
    a = factories.building(ctx.db, "1号楼", "男", rooms=("101", "102", "103"))
    factories.building(ctx.db, "2号楼", "女", rooms=("201",))
    clerk = context_for(ctx, "clerk", building_ids=[a["building"]])
    pv = roster_import.preview(clerk, roster_xlsx)
    reasons = {r.row: r.reason for r in pv.plan.rejects}
    assert any("管理范围" in reasons.get(r, "") for r in reasons)
    assert {r.student_no for r in pv.plan.rows} == {"2026010001", "2026010002", "0026010003"}


def test_template_has_headers_example_and_notes(tmp_path, ctx):
    import openpyxl
    path = roster_import.save_template(tmp_path / "模板.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["学生住宿名单", "填写说明"]
    assert [c.value for c in wb.active[1]][:3] == ["学号", "姓名", "性别"]
    pv = roster_import.preview(ctx, path)
    assert len(pv.plan.rows) == 1 and not pv.plan.rejects


def test_commit_rejudges_when_the_database_changed_after_the_preview(ctx, tmp_path):
    b = factories.building(ctx.db, "1号楼", "男", rooms=("101",), beds=2)
    rows = [["学号", "姓名", "楼栋", "房号", "床号"], ["1", "甲", "1号楼", "101", "1"], ["2", "乙", "1号楼", "101", "2"]]
    pv = roster_import.preview(ctx, rf.write_xlsx(tmp_path / "a.xlsx", rows))
    assert len(pv.plan.rows) == 2 and not pv.plan.rejects
    residents.save_student(ctx, None, residents.StudentInput("9", "丙", "男"), bed_id=b["beds"]["101"][0])
    result = roster_import.commit(ctx, pv)
    assert result.inserted == 1 and [(r.row, r.column) for r in result.rejected] == [(2, "床号")]


def test_undo_refused_when_another_module_points_at_a_student(ctx, roster_xlsx, monkeypatch):
    from types import SimpleNamespace

    from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table

    from app.db.models import Base
    from app.services import roster_undo
    factories.building(ctx.db, "1号楼", "男", rooms=("101", "102", "103"))
    result = roster_import.commit(ctx, roster_import.preview(ctx, roster_xlsx))
    extra = MetaData()
    Table("student", extra, Column("id", Integer, primary_key=True))
    note = Table("visit_note", extra, Column("id", Integer, primary_key=True),
                 Column("student_id", ForeignKey("student.id")))
    note.create(ctx.db.engine)
    try:
        sid = {r.student_no: r.id for r in residents.list_students(ctx)}["2026010001"]
        with ctx.db.engine.begin() as conn:
            conn.execute(note.insert().values(student_id=sid))
        tables = list(Base.metadata.sorted_tables) + [note]
        monkeypatch.setattr(roster_undo, "Base", SimpleNamespace(metadata=SimpleNamespace(sorted_tables=tables)))
        with pytest.raises(Conflict, match="visit_note"):
            roster_import.undo(ctx, result.batch_id)
        assert roster_import.list_batches(ctx)[0].status == "imported"
    finally:
        note.drop(ctx.db.engine)
