"""Repair slips on SQLite and PostgreSQL: reporting, the state machine, fee rules, time limits,
visits, registers and prints; refusals write nothing."""
import datetime as dt
import decimal

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db.models.repairs import DamageNotice, RepairPhoto, RepairSlip
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.services import (config, registers, repairs, repairs_fees, repairs_flow, repairs_hooks, repairs_registers,
                          repairs_visits)
from app.services.periods import parse_month
from tests import factories, repairs_data
from tests.conftest import audit_count, context_for


@pytest.fixture
def data(db):
    return repairs_data.setup(db)


def _count(db, model) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar()


def _report(ctx, data, **kw):
    args = dict(category="water", urgency="norm", fault_description="卫生间水龙头漏水", room_id=data["rooms"]["101"],
                student_id=data["zhang"], location_detail="卫生间")
    args.update(kw)
    return repairs.report(ctx, **args)


def _price(ctx, name):
    return next(p for p in repairs_fees.list_prices(ctx) if p.item_name == name)


def test_full_flow_from_report_to_close(ctx, data):
    start = audit_count(ctx.db)
    slip = _report(ctx, data, photos=[("漏水.png", repairs_data.png())])
    assert slip.slip_no == "WX2026-000001" and slip.status == "reported"
    assert slip.reporter_name == "张三" and slip.reporter_phone == "13800138000"
    assert slip.due_at == dt.datetime(2026, 9, 17, 10, 0) and len(slip.photos) == 1
    slip = repairs_fees.assess_fee(ctx, slip.id, damage_cause="使用不当", price_item_id=_price(ctx, "水龙头").id)
    assert (slip.status, slip.chargeable, slip.total_fee) == ("fee_assessed", True, decimal.Decimal("35.00"))
    slip = repairs_flow.dispatch(ctx, slip.id, data["worker"], expected_version=slip.version)
    slip = repairs_flow.start(ctx, slip.id)
    ctx.clock.advance(hours=3)
    slip = repairs_flow.complete(ctx, slip.id, work_done="更换水龙头", materials=[
        {"item": "水龙头", "spec": "DN15", "qty": 1, "unit_price": "35"}])
    assert slip.status == "completed" and slip.total_fee == decimal.Decimal("35.00")
    slip = repairs_flow.accept(ctx, slip.id, student_signature="张三")
    slip = repairs_visits.record_visit(ctx, slip.id, satisfaction="满意", method="电话")
    slip = repairs_flow.close(ctx, slip.id)
    assert slip.status == "closed"
    assert [e.action for e in slip.events] == ["report", "assess", "dispatch", "start", "complete", "accept", "visit",
                                               "close"]
    assert slip.damage_cause == "misuse" and slip.events[0].note == "一般·水：卫生间水龙头漏水"
    assert audit_count(ctx.db) == start + 8


def test_refused_transitions_write_nothing(ctx, data):
    slip = _report(ctx, data)
    before = audit_count(ctx.db)
    with pytest.raises(Conflict, match="尚未派工"):
        repairs_flow.complete(ctx, slip.id, work_done="修好了")
    with pytest.raises(Conflict):
        repairs_flow.accept(ctx, slip.id, student_signature="张三")
    with pytest.raises(Conflict):
        repairs_flow.dispatch(ctx, slip.id, data["worker"])  # 一般: the fee must be assessed first
    with pytest.raises(Conflict):
        repairs_visits.record_visit(ctx, slip.id, satisfaction="满意")
    with pytest.raises(Conflict):
        repairs_flow.close(ctx, slip.id)
    assert audit_count(ctx.db) == before
    assert repairs.detail(ctx, slip.id).status == "reported"
    repairs_flow.void(ctx, slip.id, reason="重复报修")
    with pytest.raises(Conflict):
        repairs_fees.assess_fee(ctx, slip.id, damage_cause="正常损耗")
    assert repairs.detail(ctx, slip.id).slip_no == "WX2026-000001"  # the voided number is kept
    assert _report(ctx, data).slip_no == "WX2026-000002"


def test_emergency_is_completed_first_and_filled_afterwards(ctx, data):
    slip = _report(ctx, data, urgency="紧急", fault_description="水管爆裂")
    assert slip.onsite_due_at == dt.datetime(2026, 9, 15, 11, 0)
    assert slip.due_at == dt.datetime(2026, 9, 15, 23, 59, 59)
    with pytest.raises(ValidationError, match="维修人员"):
        repairs_flow.complete(ctx, slip.id, work_done="关阀换管")
    slip = repairs_flow.complete(ctx, slip.id, work_done="关阀换管", repairer_id=data["worker"])
    assert slip.status == "completed" and slip.emergency_first and slip.repairer == "王师傅"
    with pytest.raises(ValidationError, match="收费认定"):
        repairs_flow.accept(ctx, slip.id, student_signature="张三")
    slip = repairs_fees.assess_fee(ctx, slip.id, damage_cause="正常损耗")
    assert slip.status == "completed" and slip.chargeable is False and slip.total_fee == 0
    assert repairs_flow.accept(ctx, slip.id, student_signature="张三").status == "accepted"


def test_fee_rules(ctx, data):
    clerk = context_for(ctx, "clerk")
    lock = _price(ctx, "抽屉锁")
    assert lock.price == decimal.Decimal("14.00")
    slip = _report(ctx, data, category="门锁", fault_description="抽屉锁坏")
    before = audit_count(ctx.db)
    with pytest.raises(ValidationError, match="正常损耗"):
        repairs_fees.assess_fee(clerk, slip.id, damage_cause="正常损耗", amount="10")
    with pytest.raises(ValidationError, match="需主管确认") as err:
        repairs_fees.assess_fee(clerk, slip.id, damage_cause="人为故意", price_item_id=lock.id, qty=2, amount="20")
    assert err.value.field == "amount"
    assert audit_count(ctx.db) == before
    slip = repairs_fees.assess_fee(clerk, slip.id, damage_cause="人为故意", price_item_id=lock.id, qty=2)
    assert slip.total_fee == decimal.Decimal("28.00") and "抽屉锁" in slip.fee_standard
    supervisor = context_for(ctx, "supervisor")
    slip = repairs_fees.assess_fee(supervisor, slip.id, damage_cause="人为故意", price_item_id=lock.id, qty=2,
                                   amount="20")
    assert slip.total_fee == decimal.Decimal("20.00") and slip.fee_overridden
    notice = repairs_fees.issue_notice(clerk, slip.id)
    assert notice.amount == decimal.Decimal("20.00") and notice.due_date == dt.date(2026, 9, 18)
    assert notice.price_basis == "市场价" and notice.responsible_students == "张三"
    with pytest.raises(Conflict):
        repairs_fees.issue_notice(clerk, slip.id)
    with pytest.raises(Conflict):  # no re-assessment once the notice is out
        repairs_fees.assess_fee(clerk, slip.id, damage_cause="正常损耗")
    paid = repairs_fees.record_payment(clerk, notice.id, receipt_no="SJ0001")
    assert paid.status == "paid" and repairs.detail(ctx, slip.id).receipt_no == "SJ0001"
    with pytest.raises(Conflict):
        repairs_fees.record_payment(clerk, notice.id, receipt_no="SJ0002")


def test_unknown_cause_charges_the_whole_room_and_materials_make_the_fee(ctx, data):
    slip = _report(ctx, data, category="门窗", fault_description="玻璃破碎")
    slip = repairs_fees.assess_fee(ctx, slip.id, damage_cause="原因不明", labour_fee="10")
    slip = repairs_flow.dispatch(ctx, slip.id, data["worker"])
    slip = repairs_flow.complete(ctx, slip.id, work_done="更换玻璃", materials=[
        {"item": "玻璃", "qty": "0.5", "unit_price": "80"}, {"item": "玻璃胶", "qty": 1, "unit_price": "6.5"}])
    assert slip.total_fee == decimal.Decimal("56.50")
    notice = repairs_fees.issue_notice(ctx, slip.id)
    assert notice.whole_room and notice.responsible_students == "张三、李四"


def test_bad_input_is_refused_and_nothing_is_written(ctx, data, tmp_path):
    before, slips = audit_count(ctx.db), _count(ctx.db, RepairSlip)
    with pytest.raises(ValidationError, match="房间不存在") as err:
        repairs.report(ctx, category="水", urgency="一般", fault_description="漏水", building="1号楼", room_no="999",
                       reporter_name="张三")
    assert err.value.field == "room"
    with pytest.raises(ValidationError, match="不是图片"):
        _report(ctx, data, photos=[("病毒.exe", b"MZ\x90\x00not an image")])
    config.set_value(ctx, "repairs.photo_max_kb", 1)
    before = audit_count(ctx.db)
    with pytest.raises(ValidationError, match="太大"):
        _report(ctx, data, photos=[("大图.png", repairs_data.png((600, 600)) + b"\0" * 2048)])
    with pytest.raises(ValidationError, match="类别"):
        _report(ctx, data, category="屋顶")
    assert (audit_count(ctx.db), _count(ctx.db, RepairSlip), _count(ctx.db, RepairPhoto)) == (before, slips, 0)
    with pytest.raises(PermissionDenied):
        _report(context_for(ctx, "readonly"), data)
    with pytest.raises(NotFound):
        repairs_registers.print_repair_slip(ctx, "WX2026-999999", tmp_path / "x.pdf")


def test_time_limits_and_overdue_flags_with_the_fixed_clock(ctx, data, clock):
    normal = _report(ctx, data)
    urgent = _report(ctx, data, urgency="紧急", category="电", fault_description="宿舍停电")
    planned = _report(ctx, data, urgency="计划", category="家具", fault_description="衣柜门松动")
    assert repairs_hooks.count_overdue(ctx) == 0
    rows = repairs.list_slips(ctx, year=2026)
    assert len(repairs.filter_rows(rows, "zs 101")) == 3 and repairs.filter_rows(rows, "zhangsan 停电")[0].urgency == "high"
    assert [r.urgency for r in repairs.filter_rows(rows, "紧急")] == ["high"]   # the shown label finds it
    clock.advance(minutes=61)
    flags = {r.slip_no: r.overdue for r in repairs.list_slips(ctx, year=2026)}
    assert flags == {normal.slip_no: "", urgent.slip_no: "到场超时", planned.slip_no: ""}
    repairs_flow.dispatch(ctx, urgent.id, data["worker"])
    repairs_flow.start(ctx, urgent.id)
    assert repairs_hooks.count_overdue(ctx) == 0
    clock.advance(hours=15)  # past midnight: the urgent one missed the same day
    assert {r.slip_no for r in repairs.list_slips(ctx, year=2026) if r.overdue} == {urgent.slip_no}
    clock.advance(hours=33)  # 49 h after the report
    assert repairs_hooks.count_overdue(ctx) == 2
    repairs_flow.defer(ctx, normal.id, reason="等配件", planned_date=clock.today() + dt.timedelta(days=2))
    assert repairs_hooks.count_overdue(ctx) == 1
    facts = repairs_hooks.overdue_facts(ctx, parse_month("2026-09"))
    assert [f["ref"] for f in facts] == [f"R1:{urgent.id}"] and facts[0]["building_id"] == data["building"]
    lines = repairs_hooks.open_urgent_lines(ctx, clock.now() - dt.timedelta(hours=8), clock.now())
    assert len(lines) == 1 and urgent.slip_no in lines[0]


def test_late_completion_needs_a_delay_reason(ctx, data, clock):
    slip = _report(ctx, data)
    repairs_fees.assess_fee(ctx, slip.id, damage_cause="正常损耗")
    repairs_flow.dispatch(ctx, slip.id, data["worker"])
    clock.advance(hours=50)
    with pytest.raises(ValidationError, match="延误原因"):
        repairs_flow.complete(ctx, slip.id, work_done="疏通")
    slip = repairs_flow.complete(ctx, slip.id, work_done="疏通", delay_reason="学生不在宿舍")
    assert slip.delay_reason == "学生不在宿舍"


def test_repeat_faults_are_counted(ctx, data, clock):
    for _ in range(3):
        last = _report(ctx, data)
        clock.advance(days=5)
    assert last.repeat_count == 3
    assert len(repairs.recent_repairs(ctx, data["rooms"]["101"], "water")) == 3
    assert _report(ctx, data, category="electric").repeat_count == 1


def test_unsatisfied_visit_reopens_and_visit_proposal(ctx, data, clock):
    done = []
    for i in range(7):
        s = _report(ctx, data, urgency="紧急" if i == 6 else "一般", room_id=data["rooms"]["102"])
        repairs_fees.assess_fee(ctx, s.id, damage_cause="正常损耗")
        repairs_flow.dispatch(ctx, s.id, data["worker"] if i % 2 else data["worker2"])
        done.append(repairs_flow.complete(ctx, s.id, work_done="已修"))
    plan = repairs_visits.propose_visits(ctx, parse_month("2026-09"))
    assert (plan.total, plan.required, plan.visited) == (7, 7, 0)  # sampling rule: ≤100 slips → all
    config.set_value(ctx, "visits.sampling_rule", False)            # the fixed rate, 30 %
    plan = repairs_visits.propose_visits(ctx, parse_month("2026-09"))
    assert (plan.total, plan.required, plan.visited) == (7, 3, 0)
    assert len(plan.proposals) == 3 and plan.proposals[0].urgency == "high"
    assert plan == repairs_visits.propose_visits(ctx, parse_month("2026-09"))  # the same seeded draw
    with pytest.raises(ValidationError, match="意见"):
        repairs_visits.record_visit(ctx, done[0].id, satisfaction="不满意")
    reopened = repairs_visits.record_visit(ctx, done[0].id, satisfaction="不满意", notes="仍然漏水")
    assert reopened.status == "dispatched" and reopened.reopen_count == 1 and reopened.completed_at is None
    repairs_visits.record_visit(ctx, done[1].id, satisfaction="较满意", method="上门")
    plan = repairs_visits.propose_visits(ctx, parse_month("2026-09"))
    assert (plan.total, plan.visited, len(plan.proposals)) == (6, 1, 1)


def test_register_reads_back_with_summary(ctx, data, tmp_path, clock):
    a = _report(ctx, data)
    repairs_fees.assess_fee(ctx, a.id, damage_cause="使用不当", price_item_id=_price(ctx, "水龙头").id)
    repairs_flow.dispatch(ctx, a.id, data["worker"])
    clock.advance(hours=4)
    repairs_flow.complete(ctx, a.id, work_done="更换")
    b = _report(ctx, data, category="电", fault_description="=SUM(A1)插座没电")
    repairs_flow.void(ctx, b.id, reason="误报")
    path = registers.export(ctx, "repairs", parse_month("2026-09"), "1号楼", tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["维修登记", "汇总", "重复故障"]
    rows = list(wb["维修登记"].iter_rows(min_row=4, values_only=True))
    assert rows[0][0] == a.slip_no and rows[0][10] == 35 and rows[0][13] == 4 and rows[0][14] == "是"
    assert rows[1][6] == "=SUM(A1)插座没电" and rows[1][8] == "已作废"
    summary = {r[0]: r for r in wb["汇总"].iter_rows(min_row=4, values_only=True) if r[0]}
    assert summary["水"][1:6] == (1, 1, 1, "100.0%", 4)
    assert summary["合计"][7:10] == (1, 1, 35)
    path = registers.export(ctx, "damage-notices", parse_month("2026-09"), None, tmp_path / "n.xlsx")
    assert openpyxl.load_workbook(path).active.cell(3, 1).value == "通知单号"


def test_prints_read_back(ctx, data, tmp_path):
    slip = _report(ctx, data)
    path = repairs_registers.print_repair_slip(ctx, slip.slip_no, tmp_path / "slip.pdf")
    reader = PdfReader(path)
    text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1 and "维修单" in text and slip.slip_no in text
    assert "第一联" in text and "第二联" in text and "验收人" in text
    config.set_value(ctx, "repairs.slip_copies", 4)
    path = repairs_registers.print_repair_slip(ctx, slip.slip_no, tmp_path / "slip4.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 2 and "第四联" in reader.pages[1].extract_text()
    slip = repairs_fees.assess_fee(ctx, slip.id, damage_cause="人为故意", price_item_id=_price(ctx, "阳台门锁").id)
    notice = repairs_fees.issue_notice(ctx, slip.id)
    path = repairs_registers.print_damage_notice(ctx, notice.notice_no, tmp_path / "n.pdf")
    text = PdfReader(path).pages[0].extract_text()
    assert "公物损坏赔偿通知单" in text and notice.notice_no in text and "贰拾伍元整" in text
    with pytest.raises(NotFound):
        repairs_registers.print_damage_notice(ctx, "PC2026-999999", tmp_path / "x.pdf")


def test_badge_dashboard_and_building_scope(ctx, data, clock):
    other = factories.building(ctx.db, "2号楼", rooms=("201",))
    _report(ctx, data)
    _report(ctx, data, room_id=other["rooms"]["201"], student_id=None, reporter_name="巡查")
    clock.advance(days=3)
    assert repairs_hooks.count_overdue(ctx) == 2
    scoped = context_for(ctx, "clerk", building_ids=[other["building"]])
    assert repairs_hooks.count_overdue(scoped) == 1
    assert [r.room_no for r in repairs.list_slips(scoped, year=2026)] == ["201"]
    with pytest.raises(PermissionDenied):
        _report(scoped, data)
    with ctx.db.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(DamageNotice)).scalar() == 0


def test_stale_step_is_refused_and_void_takes_the_unpaid_notice(ctx, data):
    from app.errors import StaleEdit
    slip = _report(ctx, data, category="门锁")
    slip = repairs_fees.assess_fee(ctx, slip.id, damage_cause="人为故意", price_item_id=_price(ctx, "抽屉锁").id)
    other_pc = context_for(ctx, "clerk", username="另一台电脑")
    repairs_flow.dispatch(other_pc, slip.id, data["worker"], expected_version=slip.version)
    with pytest.raises(StaleEdit):
        repairs_flow.dispatch(ctx, slip.id, data["worker2"], expected_version=slip.version)
    assert repairs.detail(ctx, slip.id).repairer == "王师傅"
    notice = repairs_fees.issue_notice(ctx, slip.id)
    repairs_flow.void(ctx, slip.id, reason="学生自行修好")
    assert repairs_fees.get_notice(ctx, notice.id).status == "void"


def test_visit_register_reads_back_with_its_rate(ctx, data, tmp_path):
    slips = []
    for _ in range(4):
        s = _report(ctx, data)
        repairs_fees.assess_fee(ctx, s.id, damage_cause="正常损耗")
        repairs_flow.dispatch(ctx, s.id, data["worker"])
        slips.append(repairs_flow.complete(ctx, s.id, work_done="已修"))
    repairs_visits.record_visit(ctx, slips[0].id, satisfaction="满意")
    repairs_visits.record_visit(ctx, slips[1].id, satisfaction="不满意", notes="还在漏")
    path = registers.export(ctx, "repair-visits", parse_month("2026-09"), None, tmp_path / "v.xlsx")
    wb = openpyxl.load_workbook(path)
    rows = list(wb["维修回访"].iter_rows(min_row=4, max_row=5, values_only=True))
    assert [r[1] for r in rows] == [slips[0].slip_no, slips[1].slip_no] and rows[1][8] == "不满意"
    rate = {r[0]: r[1] for r in wb["回访率"].iter_rows(min_row=4, values_only=True) if r[0]}
    assert rate["本期完成维修（张）"] == 3 and rate["已回访（张）"] == 1 and rate["满意率（满意+较满意）"] == "50.0%"
