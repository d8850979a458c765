"""Enumerated values stored as codes (app/vocab.py): migrations 0014_codes and 0016_codes2 rewrite
the Chinese labels of existing rows into codes and back, on SQLite and PostgreSQL; services take a code or a
label and store the code."""
import pytest
from alembic import command
from sqlalchemy import select, text

from app import vocab
from app.db.migrate import alembic_config
from app.db.models.keys import SpareKeyLoan
from app.services import keys_inventory, keys_loans
from tests import factories


def _alembic(db, verb: str, target: str) -> None:
    cfg = alembic_config(db)
    with db.engine.execution_options(dormdesk_write=True).begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, verb)(cfg, target)


def _stored(db) -> list[str]:
    with db.engine.connect() as conn:
        return list(conn.execute(select(SpareKeyLoan.pledged_id_type).order_by(SpareKeyLoan.id)).scalars())


def test_pledge_types_are_stored_as_codes_and_migrated_both_ways(db, ctx):
    b = factories.building(db, "1号楼", rooms=("101", "102"))
    factories.student(db, "2026001", "张三", b["beds"]["101"][0])
    factories.student(db, "2026003", "王五", b["beds"]["102"][0])
    keys_inventory.ensure_spare_keys(ctx, b["building"])
    first = keys_loans.counter_lookup(ctx, "2026001").keys[0].key_id
    second = keys_loans.counter_lookup(ctx, "2026003").keys[0].key_id
    keys_loans.lend_spare(ctx, "2026001", first, "学生证")      # a label, as typed on the command line
    keys_loans.lend_spare(ctx, "2026003", second, "id_card")   # a code, as the counter's combo gives it
    assert _stored(db) == ["student", "id_card"]

    _alembic(db, "downgrade", "0003_keys")  # 0014_codes undone: the rows as an older version wrote them
    assert _stored(db) == ["学生证", "身份证"]
    with db.engine.begin() as conn:     # a row nothing converts: left alone
        conn.execute(text("UPDATE spare_key_loan SET remarks = 'x'"))
    _alembic(db, "upgrade", "heads")
    assert _stored(db) == ["student", "id_card"]
    assert {r.pledged_id_type for r in keys_loans.open_loans(ctx)} == {"student", "id_card"}


def test_leave_types_are_stored_as_codes_and_migrated_both_ways(db, ctx):
    from app.db.models.keys import KeyReturn
    from app.services import keys_issue
    b = factories.building(db, "1号楼", rooms=("101",))
    student = factories.student(db, "2026001", "张三", b["beds"]["101"][0])
    kinds = {t.name: t.id for t in keys_inventory.list_key_types(ctx)}
    keys_issue.issue_keys(ctx, "2026001", {kinds["door"]: 1})
    keys_issue.return_keys(ctx, student, {kinds["door"]: 1}, leave_type="调换宿舍")  # the label, as typed

    def stored():
        with db.engine.connect() as conn:
            return conn.execute(select(KeyReturn.leave_type)).scalar()
    assert stored() == "transfer"
    _alembic(db, "downgrade", "0003_keys")  # 0014_codes undone
    assert stored() == "调换宿舍"
    _alembic(db, "upgrade", "heads")
    assert stored() == "transfer"


def test_return_visit_ratings_and_methods_are_stored_as_codes_and_migrated_both_ways(db, ctx):
    """0016_codes2: the ratings and methods of return visits and of the repair slip / complaint they
    go back to."""
    from app.db.models.frontdesk import Complaint
    from app.db.models.repairs import RepairSlip
    from app.db.models.visits import ReturnVisit
    from app.services import frontdesk_complaints as fc
    from app.services import repairs, repairs_fees, repairs_flow, repairs_visits
    from tests import repairs_data
    data = repairs_data.setup(db)
    s = repairs.report(ctx, category="水", urgency="一般", fault_description="水龙头漏水",
                       room_id=data["rooms"]["101"], student_id=data["zhang"])
    repairs_fees.assess_fee(ctx, s.id, damage_cause="正常损耗")
    repairs_flow.dispatch(ctx, s.id, data["worker"])
    repairs_flow.complete(ctx, s.id, work_done="已修")
    repairs_visits.record_visit(ctx, s.id, satisfaction="较满意", method="上门")     # labels, as typed on the CLI
    c = fc.receive(ctx, complainant="张三", content="走廊灯坏了", category="水电", building_id=data["building"], room_no="101")
    fc.classify(ctx, c.id, validity="有效")
    fc.assign(ctx, c.id, dept="维修")
    fc.resolve(ctx, c.id, result="已换灯管")
    fc.visit(ctx, c.id, satisfaction="bad", method="phone", notes="还是不亮")       # codes, as the combos give them

    def stored():
        with db.engine.connect() as conn:
            visits = [tuple(r) for r in conn.execute(select(
                ReturnVisit.source_kind, ReturnVisit.method, ReturnVisit.satisfaction, ReturnVisit.quality_rating,
                ReturnVisit.effect_rating).where(ReturnVisit.visit_date.is_not(None)).order_by(ReturnVisit.id))]
            slip = conn.execute(select(RepairSlip.satisfaction)).scalar()
            complaint = tuple(conn.execute(select(Complaint.visit_method, Complaint.satisfaction)).one())
        return visits, slip, complaint
    codes = ([("repair_slip", "on_site", "fair", "fair", "fair"), ("complaint", "phone", "bad", "bad", "bad")],
             "fair", ("phone", "bad"))
    assert stored() == codes
    _alembic(db, "downgrade", "0010_visits")  # 0016_codes2 undone: the rows as an older version wrote them
    assert stored() == ([("repair_slip", "上门", "较满意", "较满意", "较满意"), ("complaint", "电话", "不满意", "不满意", "不满意")],
                        "较满意", ("电话", "不满意"))
    _alembic(db, "upgrade", "heads")
    assert stored() == codes
    assert vocab.label("common.rating", stored()[1]) == "较满意"


@pytest.mark.parametrize("revision", ["0014_codes", "0016_codes2"])
def test_the_migration_knows_every_code_of_the_vocabularies_it_converts(revision):
    """Each conversion keeps its own copy of the labels; it must match the vocabulary it converted."""
    import importlib

    conversions = importlib.import_module(f"app.db.migrations.versions.{revision}").CONVERSIONS
    by_column = {c: v for v in (vocab.get(n) for n in vocab.names()) for c in v.columns}
    for table, column, mapping in conversions:
        assert mapping == by_column[f"{table}.{column}"].labels, (table, column)
