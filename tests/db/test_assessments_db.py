"""Warden assessment on both databases: deduction rules, appeals, month totals and ranks with ties,
closing and reopening, items history, suggestions from a fake provider."""
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db.models.assessments import AssessmentDismissal, AssessmentIncident
from app.errors import PermissionDenied, StaleEdit, ValidationError
from app.services import assessments, catalog, config
from app.services import assessments_incidents as incidents
from app.services import assessments_sheet as sheet
from app.services import assessments_suggest as suggest
from tests.assessments_data import item_id, setup_wardens
from tests.conftest import audit_count, context_for

SEPT = dt.datetime(2026, 9, 3, 22, 30)


def incident_count(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(AssessmentIncident)).scalar()


def rec(ctx, staff, code, when=SEPT, **kw):
    return incidents.record(ctx, staff_id=staff, occurred_at=when, item_id=item_id(ctx.db, code),
                            description=kw.pop("description", "夜间巡查发现"), **kw)


def test_seeded_items_follow_the_published_rules(ctx):
    items = {i.code: i for i in assessments.list_items(ctx)}
    assert items["2"].deduction_min == items["2"].deduction_max == Decimal("30.00")
    assert items["3b"].deduction_min == Decimal("20.00")
    assert items["6"].deduction_mode == "percent" and items["6"].percent == Decimal("30.00")
    assert (items["1"].deduction_min, items["1"].deduction_max) == (Decimal("10.00"), Decimal("20.00"))
    from app.services.bootstrap import seed
    seed(ctx.db)  # idempotent
    assert len(assessments.list_items(ctx)) == len(items)


def test_deduction_rules_and_refusals_write_nothing(ctx):
    w = setup_wardens(ctx.db)
    fixed = rec(ctx, w["张三"], "2")                      # fixed 30 taken when none given
    assert fixed.deduction == Decimal("30.00") and fixed.incident_no.startswith("KH2026-")
    ranged = rec(ctx, w["张三"], "1", deduction=15)
    assert ranged.deduction == Decimal("15.00")
    theft = rec(ctx, w["王五"], "6", loss_amount="850")   # 30 % of the loss
    assert theft.deduction == Decimal("255.00") and theft.loss_amount == Decimal("850.00")
    audits, rows = audit_count(ctx.db), incident_count(ctx.db)
    with pytest.raises(ValidationError) as e:
        rec(ctx, w["张三"], "1", deduction=25)
    assert e.value.field == "deduction" and "10.00–20.00" in e.value.text()
    with pytest.raises(ValidationError) as e:
        rec(ctx, w["张三"], "6")
    assert e.value.field == "loss_amount" and "损失" in e.value.text()
    with pytest.raises(ValidationError):
        rec(ctx, w["张三"], "4")                         # a range needs an amount
    with pytest.raises(ValidationError):
        rec(ctx, w["张三"], "2", description="  ")
    assert (audit_count(ctx.db), incident_count(ctx.db)) == (audits, rows)


def test_editing_or_retiring_an_item_keeps_past_incidents(ctx):
    w = setup_wardens(ctx.db)
    rec(ctx, w["张三"], "3b")
    item = assessments.get_item(ctx, item_id(ctx.db, "3b"))
    assessments.save_item(ctx, item.id, code="3b", category=item.category, description="外来人员留宿（新）",
                          deduction_min=40, deduction_max=50, expected_version=item.version)
    assessments.set_item_active(ctx, item.id, False)
    past = incidents.list_incidents(ctx, "2026-09")[0]
    assert past.deduction == Decimal("20.00") and past.item_description == "外来人员留宿"
    month = sheet.month_sheet(ctx, "2026-09")
    assert ("3b", "外来人员留宿") in month.items             # the retired item's column stays
    with pytest.raises(ValidationError):
        rec(ctx, w["张三"], "3b", deduction=45)           # no new incidents on a retired item
    new = assessments.save_item(ctx, None, code="9", category="其他", description="值班记录不全",
                                deduction_min=5, deduction_max=5)
    assert new.sort_order > item.sort_order and rec(ctx, w["李四"], "9").deduction == Decimal("5.00")
    assert new.category == "other"                       # the label as typed, stored as its code
    with pytest.raises(ValidationError):
        assessments.save_item(ctx, None, code="9", category="其他", description="重复", deduction_min=1,
                              deduction_max=2)
    with pytest.raises(PermissionDenied):
        assessments.save_item(context_for(ctx, "clerk"), None, code="10", category="其他", description="x",
                              deduction_min=1, deduction_max=2)


def test_appeal_outcomes(ctx):
    w = setup_wardens(ctx.db)
    clerk, boss = context_for(ctx, "clerk"), context_for(ctx, "supervisor")
    a = rec(clerk, w["张三"], "1", deduction=20)
    b = rec(clerk, w["张三"], "5a", deduction=10)
    incidents.appeal(clerk, a.id, "当天请假，有记录")
    badge = next(b for b in catalog.badges() if b.page == "assessments")
    assert badge.count(ctx) == 1                                          # pending appeals in the navigation
    with pytest.raises(PermissionDenied):
        incidents.decide(clerk, a.id, "撤销", "核实")
    before = audit_count(ctx.db)
    with pytest.raises(ValidationError):
        incidents.decide(boss, a.id, "调整", "部分属实", new_deduction=25)   # not lower than 20
    with pytest.raises(ValidationError):
        incidents.decide(boss, b.id, "维持", "无申诉")                        # nothing to decide
    assert audit_count(ctx.db) == before
    adjusted = incidents.decide(boss, a.id, "调整", "部分属实", new_deduction=12)   # a label, as typed
    assert (adjusted.deduction, adjusted.original_deduction, adjusted.appeal_status) == (
        Decimal("12.00"), Decimal("20.00"), "adjusted")
    incidents.appeal(clerk, b.id, "误记")
    assert incidents.decide(boss, b.id, "revoked", "查无此事").effective_deduction == 0   # a code, as the dialog gives it
    with pytest.raises(ValidationError):
        incidents.appeal(clerk, b.id, "再次申诉")
    row = sheet.month_sheet(ctx, "2026-09").rows
    assert next(r for r in row if r.staff_id == w["张三"]).total_deduction == Decimal("12.00")


def test_month_totals_and_ranks_with_ties(ctx):
    w = setup_wardens(ctx.db)
    rec(ctx, w["张三"], "2")                       # 30
    rec(ctx, w["李四"], "1", deduction=20)          # 20 + 10 = 30: tie with 张三
    rec(ctx, w["李四"], "4", deduction=10)
    sheet.set_additions(ctx, "2026-09", w["王五"], 0)
    rows = {r.staff_name: r for r in sheet.month_sheet(ctx, "2026-09").rows}
    assert rows["张三"].final_amount == rows["李四"].final_amount == Decimal("570.00")
    assert rows["王五"].final_amount == Decimal("600.00")
    assert (rows["王五"].rank_overall, rows["张三"].rank_overall, rows["李四"].rank_overall) == (1, 2, 2)
    assert (rows["张三"].rank_building, rows["李四"].rank_building, rows["王五"].rank_building) == (1, 1, 1)
    assert rows["李四"].by_item == {"1": Decimal("20.00"), "4": Decimal("10.00")}
    sheet.set_additions(ctx, "2026-09", w["李四"], 5, note="协助处理突发事件")
    rows = {r.staff_name: r for r in sheet.month_sheet(ctx, "2026-09").rows}
    assert rows["李四"].final_amount == Decimal("575.00")
    assert (rows["李四"].rank_building, rows["张三"].rank_building, rows["张三"].rank_overall) == (1, 2, 3)
    with pytest.raises(ValidationError):
        sheet.set_additions(ctx, "2026-09", w["李四"], 5)   # a reason is required
    loaded = rows["李四"].sheet_version
    sheet.set_additions(ctx, "2026-09", w["李四"], 8, note="表扬", expected_version=loaded)
    with pytest.raises(StaleEdit):                           # another PC saved since this copy was loaded
        sheet.set_additions(ctx, "2026-09", w["李四"], 9, note="表扬", expected_version=loaded)


def test_points_mode_scores_out_of_100(ctx):
    w = setup_wardens(ctx.db)
    config.set_value(ctx, "assessment.mode", "points")
    rec(ctx, w["张三"], "6", loss_amount=1000)              # 300 points off: floored at 0
    rec(ctx, w["李四"], "1", deduction=15)
    month = sheet.month_sheet(ctx, "2026-09")
    rows = {r.staff_name: r for r in month.rows}
    assert month.unit == "分" and rows["李四"].score == Decimal("85.00") and rows["张三"].score == 0
    assert rows["王五"].score == 100 and rows["王五"].final_amount is None


def test_closing_and_reopening(ctx):
    w = setup_wardens(ctx.db)
    boss, clerk = context_for(ctx, "supervisor"), context_for(ctx, "clerk")
    a = rec(clerk, w["张三"], "2")
    incidents.appeal(clerk, a.id, "不服")
    with pytest.raises(ValidationError) as e:
        sheet.close_month(boss, "2026-09")
    assert "申诉" in e.value.text()
    incidents.decide(boss, a.id, "维持", "属实")
    with pytest.raises(PermissionDenied):
        sheet.close_month(clerk, "2026-09")
    closed = sheet.close_month(boss, "2026-09")
    assert closed.closed and closed.closed_by == "someone"
    config.set_value(ctx, "assessment.base_amount", 800)           # closed months keep their figures
    rows = {r.staff_name: r for r in sheet.month_sheet(ctx, "2026-09").rows}
    assert rows["张三"].final_amount == Decimal("570.00")
    audits, count = audit_count(ctx.db), incident_count(ctx.db)
    with pytest.raises(ValidationError) as e:
        rec(clerk, w["李四"], "1", deduction=10, when=dt.datetime(2026, 9, 10, 8, 0))
    assert "已关闭" in e.value.text()
    b = incidents.list_incidents(ctx, "2026-09")[0]
    with pytest.raises(ValidationError):
        incidents.appeal(clerk, b.id, "再议")
    with pytest.raises(ValidationError):
        incidents.acknowledge(clerk, b.id)
    with pytest.raises(ValidationError):
        sheet.set_additions(boss, "2026-09", w["李四"], 10, note="表扬")
    with pytest.raises(PermissionDenied):
        sheet.reopen_month(boss, "2026-09", "更正")              # admins only
    with pytest.raises(ValidationError):
        sheet.reopen_month(ctx, "2026-09", " ")
    assert (audit_count(ctx.db), incident_count(ctx.db)) == (audits, count)
    reopened = sheet.reopen_month(ctx, "2026-09", "王五漏记一条")
    assert not reopened.closed and reopened.reopen_reason == "王五漏记一条"
    assert audit_count(ctx.db) == audits + 1
    rec(clerk, w["李四"], "1", deduction=10, when=dt.datetime(2026, 9, 10, 8, 0))
    rows = {r.staff_name: r for r in sheet.month_sheet(ctx, "2026-09").rows}
    # live again, but with the base the month was closed with
    assert (rows["张三"].final_amount, rows["李四"].final_amount) == (Decimal("570.00"), Decimal("590.00"))


def test_future_month_cannot_be_closed(ctx):
    with pytest.raises(ValidationError):
        sheet.close_month(ctx, "2026-10")


def test_suggestions_from_a_fake_provider(ctx, monkeypatch):
    w = setup_wardens(ctx.db)
    calls = []

    def keys_facts(c, period):
        calls.append(period)
        return [
            {"building_id": w["b1"], "date": dt.date(2026, 9, 5), "title": "备用钥匙逾期未还 101",
             "detail": "借出 30 分钟未还", "source": "keys", "ref": "K2:1"},
            {"building_id": w["b2"], "date": dt.datetime(2026, 9, 6, 9, 0), "title": "维修单超时 WX1",
             "source": "repairs", "ref": "R1:7", "item_code": "8", "deduction": 5},
            {"building_id": w["b1"], "date": dt.date(2026, 8, 30), "title": "上月的事", "source": "keys", "ref": "K2:0"},
            {"title": "缺少楼栋", "source": "keys", "ref": "K2:x", "date": dt.date(2026, 9, 1)},
            {"building_id": w["b2"], "date": dt.date(2026, 9, 7), "code": "release.unreconciled", "ref": "FX1",
             "text": "放行条 FX1 未对账"},                  # near-miss key names are tolerated
        ]

    def broken(c, period):
        raise RuntimeError("provider down")

    monkeypatch.setattr(catalog, "assessment_facts", lambda: [])
    assert suggest.suggestions(ctx, "2026-09") == []
    monkeypatch.setattr(catalog, "assessment_facts", lambda: [broken, keys_facts])
    found = suggest.suggestions(ctx, "2026-09")
    assert [g.ref for g in found] == ["K2:1", "R1:7", "FX1"]
    assert (found[2].source, found[2].title) == ("release", "放行条 FX1 未对账")
    assert found[0].staff_name == "张三" and found[0].item_code == "5a"
    assert found[1].staff_name == "王五" and found[1].deduction == 5
    assert calls[0].start == dt.date(2026, 9, 1)

    boss = context_for(ctx, "supervisor")
    before = audit_count(ctx.db)
    inc = suggest.accept(boss, "2026-09", "keys", "K2:1", deduction=8)
    assert audit_count(ctx.db) == before + 1
    assert (inc.source, inc.deduction, inc.staff_name) == ("keys", Decimal("8.00"), "张三")
    assert "备用钥匙逾期未还" in inc.description
    with pytest.raises(ValidationError):
        suggest.dismiss(boss, "2026-09", "repairs", "R1:7", "")
    suggest.dismiss(boss, "2026-09", "repairs", "R1:7", "维修工原因，与宿管员无关")
    assert [g.ref for g in suggest.suggestions(ctx, "2026-09")] == ["FX1"]
    with pytest.raises(ValidationError):
        suggest.accept(boss, "2026-09", "repairs", "R1:7")
    with ctx.db.engine.connect() as conn:
        assert conn.execute(select(AssessmentDismissal.reason)).scalar() == "维修工原因，与宿管员无关"
    with pytest.raises(PermissionDenied):
        suggest.dismiss(context_for(ctx, "clerk"), "2026-09", "keys", "K2:9", "x")


def test_evidence_files(ctx, tmp_path, monkeypatch):
    w = setup_wardens(ctx.db)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"jpeg-bytes")
    a = rec(ctx, w["张三"], "2", evidence_path=photo)
    assert incidents.evidence(ctx, a.id) == ("photo.jpg", b"jpeg-bytes")
    before = audit_count(ctx.db)
    with pytest.raises(ValidationError) as e:
        rec(ctx, w["张三"], "2", evidence_path=tmp_path / "missing.jpg")
    assert e.value.field == "evidence"
    monkeypatch.setattr(incidents, "MAX_EVIDENCE_BYTES", 4)
    with pytest.raises(ValidationError):
        incidents.set_evidence(ctx, a.id, photo)
    assert audit_count(ctx.db) == before
    monkeypatch.setattr(incidents, "MAX_EVIDENCE_BYTES", 1024)
    assert incidents.set_evidence(ctx, a.id, None, a.version).evidence_name is None
    assert incidents.evidence(ctx, a.id) is None


def test_acknowledgement_and_dashboard_count(ctx):
    w = setup_wardens(ctx.db)
    a = rec(ctx, w["张三"], "2")
    item = catalog.dashboard_items()
    count = next(d for d in item if d.key == "assessments.unacknowledged").count
    assert count(ctx) == 1
    done = incidents.acknowledge(context_for(ctx, "clerk"), a.id, "张三")
    assert done.acknowledged_by == "张三" and count(ctx) == 0
    with pytest.raises(ValidationError):
        incidents.acknowledge(ctx, a.id)


def test_trend_per_item_and_building(ctx):
    w = setup_wardens(ctx.db)
    rec(ctx, w["张三"], "2", when=dt.datetime(2026, 8, 2, 9, 0))
    rec(ctx, w["王五"], "1", deduction=10)
    t = sheet.trend(ctx, "2026-09")
    assert t.months[-1] == "2026-09" and t.months[0] == "2025-10" and len(t.months) == 12
    assert t.by_item["2"][-2] == 30 and t.by_item["1"][-1] == 10
    assert t.by_building["1号楼"][-2] == 30 and t.by_building["2号楼"][-1] == 10
