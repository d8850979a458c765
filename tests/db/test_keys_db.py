"""Keys on SQLite and PostgreSQL: issue (K1), spare-key loans (K2) with the two-PC race, returns at
leaving (K4) and the check-out check, losses (K3) and lock changes, owners' keys (K6/K7)."""
import datetime as dt
import threading
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models.keys import KeyItem, KeyType, SpareKeyLoan
from app.errors import Conflict, NotFound, PermissionDenied, StaleEdit, ValidationError
from app.services import keys_inventory, keys_issue, keys_loans, keys_losses, keys_owner
from app.services.context import ServiceContext
from tests import factories
from tests.conftest import audit_count, context_for


@pytest.fixture
def place(db):
    b = factories.building(db, "1号楼", rooms=("101", "102"))
    s1 = factories.student(db, "2026001", "张三", b["beds"]["101"][0])
    s2 = factories.student(db, "2026002", "李四", b["beds"]["101"][1])
    s3 = factories.student(db, "2026003", "王五", b["beds"]["102"][0])
    factories.student(db, "2026009", "赵六")  # no bed
    return {"b": b, "s1": s1, "s2": s2, "s3": s3}


def types(ctx):
    return {t.name: t.id for t in keys_inventory.list_key_types(ctx)}


def count(db, model, *where):
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model).where(*where)).scalar()


def spare_of(ctx, student_no):
    return keys_loans.counter_lookup(ctx, student_no).keys[0]


def test_issue_prefills_defaults_and_writes_one_audit_row(ctx, place):
    info = keys_issue.student_keys(ctx, "2026001")
    assert {d.name: d.qty for d in info.defaults}["closet"] == 2
    assert (info.building, info.room_no, info.bed_no) == ("1号楼", "101", "1")
    before = audit_count(ctx.db)
    res = keys_issue.issue_keys(ctx, "2026001", {d.key_type_id: d.qty for d in info.defaults}, deposit=50)
    assert res.total == 5 and res.issue_no == "YS2026-000001"
    assert audit_count(ctx.db) == before + 1
    held = {t.name: t.qty for t in keys_issue.student_keys(ctx, "2026001").held}
    assert held == {"door": 1, "closet": 2, "drawer": 2, "balcony": 0, "mailbox": 0, "other": 0}
    with pytest.raises(Conflict):  # twice: refused, nothing written
        keys_issue.issue_keys(ctx, "2026001", {types(ctx)["door"]: 1})
    assert audit_count(ctx.db) == before + 1


@pytest.mark.parametrize("no,err", [("9999999", NotFound), ("2026009", ValidationError), ("", ValidationError)])
def test_issue_refuses_unknown_or_bedless_student(ctx, place, no, err):
    before = audit_count(ctx.db)
    with pytest.raises(err):
        keys_issue.issue_keys(ctx, no, {types(ctx)["door"]: 1})
    assert audit_count(ctx.db) == before and count(ctx.db, KeyItem) == 0


def test_spare_loan_lend_and_return(ctx, clock, place):
    keys_inventory.ensure_spare_keys(ctx, place["b"]["building"])
    info = keys_loans.counter_lookup(ctx, "2026001")
    assert info.room_no == "101" and len(info.keys) == 1 and info.keys[0].available
    assert info.keys[0].hook == "H001" and "101" not in info.keys[0].tag_code
    loan = keys_loans.lend_spare(ctx, "2026001", info.keys[0].key_id, "学生证", "2026001")
    assert loan.due_time == clock.now() + dt.timedelta(minutes=30) and loan.status == "open"
    where = keys_inventory.where_is(ctx, "101")
    spare = [w for w in where if w.kind == "备用钥匙"][0]
    assert spare.status == "on_loan" and "张三" in spare.where
    assert keys_loans.counter_lookup(ctx, "2026002").keys[0].available is False
    with pytest.raises(Conflict):  # a key already out
        keys_loans.lend_spare(ctx, "2026002", info.keys[0].key_id, "身份证")
    clock.advance(minutes=31)
    assert keys_loans.count_overdue(ctx) == 1
    assert [r.loan_no for r in keys_loans.open_loans(ctx, overdue_only=True)] == [loan.loan_no]
    back = keys_loans.return_spare(ctx, loan.id)
    assert back.status == "returned_late" and back.id_returned
    before = audit_count(ctx.db)
    with pytest.raises(Conflict):  # a return of a key that is not out
        keys_loans.return_spare(ctx, loan.id)
    assert audit_count(ctx.db) == before and keys_loans.count_overdue(ctx) == 0


def test_only_residents_borrow_unless_supervisor_overrides(ctx, place):
    keys_inventory.ensure_spare_keys(ctx, place["b"]["building"])
    key_102 = spare_of(ctx, "2026003")
    clerk = context_for(ctx, "clerk")
    with pytest.raises(ValidationError):
        keys_loans.lend_spare(clerk, "2026001", key_102.key_id, "身份证")
    with pytest.raises(PermissionDenied):
        keys_loans.lend_spare(clerk, "2026001", key_102.key_id, "身份证", override_reason="室友不在")
    assert count(ctx.db, SpareKeyLoan) == 0
    sup = context_for(ctx, "supervisor")
    loan = keys_loans.lend_spare(sup, "2026001", key_102.key_id, "身份证", override_reason="室友不在")
    assert loan.room_no == "102" and loan.override_reason == "室友不在"


def _lend_in_thread(db, clock, student_no, key_id, results, barrier):
    ctx = ServiceContext(db=db, clock=clock, pc_name=f"PC-{student_no}")
    barrier.wait()
    try:
        results.append(keys_loans.lend_spare(ctx, student_no, key_id, "学生证"))
    except Conflict as exc:
        results.append(exc)


def test_two_pcs_lending_the_same_key_end_with_one_loan(ctx, clock, place):
    keys_inventory.ensure_spare_keys(ctx, place["b"]["building"])
    key = spare_of(ctx, "2026001")
    results, barrier = [], threading.Barrier(2)
    threads = [threading.Thread(target=_lend_in_thread, args=(ctx.db, clock, no, key.key_id, results, barrier))
               for no in ("2026001", "2026002")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    conflicts = [r for r in results if isinstance(r, Conflict)]
    assert len(results) == 2 and len(conflicts) == 1
    assert "已被借出" in conflicts[0].text()
    assert count(ctx.db, SpareKeyLoan, SpareKeyLoan.time_in.is_(None)) == 1


def test_database_refuses_a_second_open_loan_of_a_key(ctx, place):
    """The constraint itself, beneath the service's own check."""
    keys_inventory.ensure_spare_keys(ctx, place["b"]["building"])
    key = spare_of(ctx, "2026001")
    keys_loans.lend_spare(ctx, "2026001", key.key_id, "学生证")
    from sqlalchemy.exc import IntegrityError
    with pytest.raises(IntegrityError):
        with ctx.db.engine.begin() as conn:
            row = dict(conn.execute(select(SpareKeyLoan.__table__)).mappings().one())
            row.pop("id")
            row["loan_no"] = "JY-dup"
            conn.execute(SpareKeyLoan.__table__.insert().values(**row))


def test_checkout_is_blocked_until_keys_are_settled(ctx, place):
    t = types(ctx)
    keys_issue.issue_keys(ctx, "2026001", {t["door"]: 1, t["closet"]: 2, t["drawer"]: 2})
    s = ctx.db.read_session()
    assert "房门 1 把" in keys_issue.checkout_check(s, ctx, place["s1"])
    assert keys_issue.checkout_check(s, ctx, place["s2"]) is None
    s.close()
    fee, lock = keys_issue.return_preview(ctx, place["s1"], {t["door"]: 1, t["closet"]: 2, t["drawer"]: 1})
    assert (fee, lock) == (Decimal("20.00"), False)
    before = audit_count(ctx.db)
    with pytest.raises(ValidationError):  # a shortfall needs a receipt or a waiver
        keys_issue.return_keys(ctx, place["s1"], {t["door"]: 1, t["closet"]: 2, t["drawer"]: 1})
    with pytest.raises(PermissionDenied):  # a clerk cannot waive
        keys_issue.return_keys(context_for(ctx, "clerk"), place["s1"], {t["door"]: 1}, waive_reason="困难")
    assert audit_count(ctx.db) == before
    res = keys_issue.return_keys(ctx, place["s1"], {t["door"]: 1, t["closet"]: 2, t["drawer"]: 1}, receipt_no="SJ001")
    assert res.compensation == Decimal("20.00") and res.returned == 4 and not res.lock_change
    s = ctx.db.read_session()
    assert keys_issue.checkout_check(s, ctx, place["s1"]) is None
    s.close()


def test_fewer_than_half_back_adds_the_lock_change(ctx, place):
    t = types(ctx)
    keys_issue.issue_keys(ctx, "2026002", {t["door"]: 1, t["closet"]: 2, t["drawer"]: 2})
    res = keys_issue.return_keys(context_for(ctx, "supervisor"), place["s2"], {t["door"]: 1},
                                 waive_reason="家庭困难，经主任同意")
    assert res.lock_change and res.compensation == Decimal("230.00") and res.waived


def test_loss_fee_from_price_list_and_cylinder_change_voids_old_keys(ctx, place):
    t = types(ctx)
    keys_inventory.ensure_spare_keys(ctx, place["b"]["building"])
    keys_issue.issue_keys(ctx, "2026001", {t["door"]: 1})
    keys_issue.issue_keys(ctx, "2026002", {t["door"]: 1})
    clerk = context_for(ctx, "clerk")
    before = audit_count(ctx.db)
    with pytest.raises(PermissionDenied):  # a fee outside the price list without a supervisor
        keys_losses.report_loss(clerk, "2026001", t["door"], 1, "更换锁芯", "丢失", fee=100)
    assert audit_count(ctx.db) == before
    loss = keys_losses.report_loss(clerk, "2026001", t["door"], 1, "更换锁芯", "丢失")
    assert loss.fee == Decimal("150.00") and loss.status == "reported"
    with pytest.raises(Conflict):  # not paid yet
        keys_losses.complete_loss(clerk, loss.id, loss.version)
    paid = keys_losses.pay_loss(clerk, loss.id, "SJ-9", loss.version)
    with pytest.raises(StaleEdit):
        keys_losses.pay_loss(clerk, loss.id, "SJ-10", loss.version)
    done = keys_losses.complete_loss(clerk, loss.id, paid.version)
    assert done.voided == 3  # the lost key, 李四's key and the old spare
    assert done.reissue_to == ("张三（2026001）", "李四（2026002）")
    spare = keys_loans.counter_lookup(ctx, "2026001").keys
    assert len(spare) == 1 and spare[0].hook == "H001"
    # the voided keys no longer block check-out, and a new set can be issued
    keys_issue.issue_keys(ctx, "2026002", {t["door"]: 1})


def test_recut_key_and_cancelled_loss(ctx, place):
    t = types(ctx)
    keys_issue.issue_keys(ctx, "2026001", {t["closet"]: 2})
    loss = keys_losses.report_loss(ctx, "2026001", t["closet"], 1, "补配钥匙", "丢失")
    assert loss.fee == Decimal("20.00")
    assert {h.name: h.qty for h in keys_issue.student_keys(ctx, "2026001").held}["closet"] == 1
    s = ctx.db.read_session()
    assert "GS2026-000001 尚未缴费" in keys_issue.checkout_check(s, ctx, place["s1"])
    s.close()
    cancelled = keys_losses.cancel_loss(context_for(ctx, "supervisor"), loss.id, "钥匙找到了", loss.version)
    assert cancelled.status == "cancelled"
    assert {h.name: h.qty for h in keys_issue.student_keys(ctx, "2026001").held}["closet"] == 2
    loss2 = keys_losses.report_loss(ctx, "2026001", t["closet"], 1, "补配钥匙", "自然损坏")
    assert loss2.fee == 0
    done = keys_losses.complete_loss(ctx, loss2.id, loss2.version)
    assert done.new_keys == 1
    assert {h.name: h.qty for h in keys_issue.student_keys(ctx, "2026001").held}["closet"] == 2


def test_owner_keys_rules(ctx, clock):
    dep = keys_owner.deposit_owner_key(ctx, room_no="A-1201", owner_name="陈业主", owner_signature="陈业主",
                                       key_qty=2, declaration_signed=True)
    with pytest.raises(ValidationError):  # property staff need the department head
        keys_owner.lend_owner_key(ctx, dep.id, borrower_name="刘工", borrower_type="物业部人员", purpose="查水管")
    with pytest.raises(ValidationError):  # contractors need a permit
        keys_owner.lend_owner_key(ctx, dep.id, borrower_name="施工队", borrower_type="施工单位", purpose="装修",
                                  site_manager="黄经理")
    sales = keys_owner.lend_owner_key(ctx, dep.id, borrower_name="周销售", borrower_type="销售人员", purpose="带看")
    assert sales.due_time == dt.datetime(2026, 9, 15, 18, 0)
    with pytest.raises(Conflict):
        keys_owner.lend_owner_key(ctx, dep.id, borrower_name="吴", borrower_type="项目部人员", purpose="x")
    with pytest.raises(ValidationError):
        keys_owner.extend_owner_loan(ctx, sales.id, "没看完", sales.version)
    clock.advance(hours=9)
    assert keys_owner.list_owner_loans(ctx, open_only=True)[0].overdue
    chased = keys_owner.chase_owner_loan(ctx, sales.id, "电话已通知，马上归还", sales.version)
    back = keys_owner.return_owner_key(ctx, sales.id, chased.version, inspector="值班员", doors_windows_closed=True,
                                       contents_intact=False, damage_description="门锁划伤", compensation=50)
    assert back.status == "returned_with_damage" and back.compensation == Decimal("50.00")
    staff = keys_owner.lend_owner_key(ctx, dep.id, borrower_name="刘工", borrower_type="物业部人员",
                                      purpose="查水管", approver="马主任")
    ext = keys_owner.extend_owner_loan(ctx, staff.id, "材料未到", staff.version)
    assert ext.due_time - staff.due_time == dt.timedelta(days=1)
    with pytest.raises(Conflict):
        keys_owner.extend_owner_loan(ctx, staff.id, "再延", ext.version)
    contractor_due = keys_owner.due_for("施工单位", dt.datetime(2026, 9, 1, 9), {
        "keys.contractor_max_days": 7, "keys.sales_due_time": "18:00", "keys.property_staff_due_time": "23:59"},
        dt.datetime(2026, 9, 30))
    assert contractor_due == dt.datetime(2026, 9, 8, 9)


def test_seeds_are_idempotent(db):
    from app.services.bootstrap import seed
    seed(db)
    seed(db)
    assert count(db, KeyType) == 6
