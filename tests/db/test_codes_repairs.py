"""The repairs' enumerated values stored as codes (app/vocab.py "Repairs", repairs_flow.EVENT_LABELS):
migration 0018_codes_repairs rewrites the Chinese labels of existing rows and of the time-limit
configuration into codes and back, on SQLite and PostgreSQL; the services take a code (or a label,
as typed) and store the code; what the user reads stays the label."""
import datetime as dt
import json

import pytest
from alembic import command
from sqlalchemy import select, text

from app import vocab
from app.db.migrate import alembic_config
from app.db.models.core import ConfigValue
from app.db.models.repairs import AssetPrice, DamageNotice, RepairEvent, RepairSlip
from app.errors import ValidationError
from app.services import config, repairs, repairs_fees, repairs_flow, repairs_hooks, repairs_registers
from tests import repairs_data


def _alembic(db, verb: str, target: str) -> None:
    cfg = alembic_config(db)
    with db.engine.execution_options(dormdesk_write=True).begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, verb)(cfg, target)


def _stored(db) -> dict:
    with db.engine.connect() as conn:
        slips = [tuple(r) for r in conn.execute(select(
            RepairSlip.category, RepairSlip.urgency, RepairSlip.report_channel, RepairSlip.damage_cause)
            .order_by(RepairSlip.id))]
        notices = [tuple(r) for r in conn.execute(select(DamageNotice.damage_cause, DamageNotice.status)
                                                  .order_by(DamageNotice.id))]
        events = list(conn.execute(select(RepairEvent.action).order_by(RepairEvent.id)).scalars())
        price = conn.execute(select(AssetPrice.category).where(AssetPrice.item_name == "抽屉锁")).scalar()
        limits = {k: json.loads(v) for k, v in conn.execute(select(ConfigValue.key, ConfigValue.value).where(
            ConfigValue.key.in_(("repairs.onsite_minutes", "repairs.done_hours"))))}
    return {"slips": slips, "notices": notices, "events": events, "price": price, "limits": limits}


@pytest.fixture
def data(db):
    return repairs_data.setup(db)


def test_repair_values_are_stored_as_codes_and_migrated_both_ways(db, ctx, data):
    config.set_value(ctx, "repairs.done_hours", {"high": 0, "norm": 24, "plan": 168})
    config.set_value(ctx, "repairs.onsite_minutes", {"high": 30})
    lock = next(p for p in repairs_fees.list_prices(ctx) if p.item_name == "抽屉锁")
    # codes, as the report dialog's combos give them
    a = repairs.report(ctx, category="lock", urgency="high", fault_description="抽屉锁坏", room_id=data["rooms"]["101"],
                       student_id=data["zhang"], report_channel="phone")
    repairs_fees.assess_fee(ctx, a.id, damage_cause="wilful", price_item_id=lock.id)
    notice = repairs_fees.issue_notice(ctx, a.id)
    repairs_fees.record_payment(ctx, notice.id, receipt_no="SJ0001")
    # labels, as typed: taken and stored as codes
    b = repairs.report(ctx, category="水", urgency="计划", fault_description="水龙头滴水", room_id=data["rooms"]["101"],
                       reporter_name="巡查员", report_channel="巡查发现")
    repairs_fees.assess_fee(ctx, b.id, damage_cause="原因不明", labour_fee="10")
    repairs_fees.issue_notice(ctx, b.id)
    repairs_flow.void(ctx, b.id, reason="重复报修")
    assert a.onsite_due_at == a.reported_at.replace(minute=30)       # 30 minutes from the config, by code

    codes = {"slips": [("lock", "high", "phone", "wilful"), ("water", "plan", "patrol", "unknown")],
             "notices": [("wilful", "paid"), ("unknown", "void")],
             "events": ["report", "assess", "issue_notice", "record_payment", "report", "assess", "issue_notice", "void"],
             "price": "lock",
             "limits": {"repairs.done_hours": {"high": 0, "norm": 24, "plan": 168}, "repairs.onsite_minutes": {"high": 30}}}
    assert _stored(db) == codes

    _alembic(db, "downgrade", "0016_codes2")   # 0018_codes_repairs undone: the rows as an older version wrote them
    assert _stored(db) == {
        "slips": [("门锁", "紧急", "电话", "人为故意"), ("水", "计划", "巡查发现", "原因不明")],
        "notices": [("人为故意", "已缴"), ("原因不明", "作废")],
        "events": ["报修", "收费认定", "开具赔偿通知单", "登记缴费", "报修", "收费认定", "开具赔偿通知单", "作废"],
        "price": "门锁",
        "limits": {"repairs.done_hours": {"紧急": 0, "一般": 24, "计划": 168}, "repairs.onsite_minutes": {"紧急": 30}}}
    with db.engine.begin() as conn:     # a value nothing converts (typed in an older version): left alone
        conn.execute(text("UPDATE repair_slip SET remarks = 'x'"))
    _alembic(db, "upgrade", "heads")
    assert _stored(db) == codes
    assert config.get(ctx, "repairs.onsite_minutes") == {"high": 30}


def test_services_refuse_unknown_values_and_show_labels(ctx, data):
    with pytest.raises(ValidationError):
        repairs.report(ctx, category="roof", urgency="norm", fault_description="漏雨", room_id=data["rooms"]["101"],
                       student_id=data["zhang"])
    with pytest.raises(ValidationError):
        repairs.report(ctx, category="water", urgency="norm", fault_description="漏水", room_id=data["rooms"]["101"],
                       student_id=data["zhang"], report_channel="pigeon")
    slip = repairs.report(ctx, category="electric", urgency="high", fault_description="宿舍停电",
                          room_id=data["rooms"]["101"], student_id=data["zhang"])
    with pytest.raises(ValidationError):
        repairs_fees.assess_fee(ctx, slip.id, damage_cause="bad_luck")
    with pytest.raises(ValidationError):
        repairs_fees.save_price(ctx, price_id=None, item_name="瓦片", unit="块", price="5", category="roof")
    # the handover's open urgent repairs show the label, not the code
    lines = repairs_hooks.open_urgent_lines(ctx, slip.reported_at, slip.reported_at + dt.timedelta(hours=1))
    assert lines and "电：宿舍停电" in lines[0]
    # the price list keeps the form's category order (水 电 门窗 门锁 家具 网络 空调), not the codes' alphabet
    cats = [p.category for p in repairs_fees.list_prices(ctx)]
    assert cats == sorted(cats, key=repairs.CATEGORIES.index) and cats[0] == "water"


def test_summary_register_lists_categories_in_the_forms_order(ctx, data):
    for category in ("aircon", "water", "lock"):
        repairs.report(ctx, category=category, urgency="norm", fault_description="坏了", room_id=data["rooms"]["101"],
                       student_id=data["zhang"])
    lines = repairs_registers.summary(repairs.list_slips(ctx, year=2026))
    assert [r["category"] for r in lines] == ["water", "lock", "aircon", "合计"]
    assert [vocab.label("repairs.category", r["category"]) for r in lines] == ["水", "门锁", "空调", "合计"]


def test_the_migration_knows_every_code_of_the_vocabularies_it_converts():
    """The migration keeps its own copy of the labels; it must match the vocabularies it converted."""
    import importlib

    migration = importlib.import_module("app.db.migrations.versions.0018_codes_repairs")
    by_column = {c: v for v in (vocab.get(n) for n in vocab.names()) for c in v.columns}
    for table, column, mapping in migration.CONVERSIONS:
        assert mapping == by_column[f"{table}.{column}"].labels, (table, column)
    assert set(migration.CONFIG_KEYS) == set(repairs.CONFIG_VALUES)
    for key, name in repairs.CONFIG_VALUES.items():
        assert migration.CONFIG_KEYS[key] == vocab.get(name).labels
        assert set(repairs.DEFAULTS[key]) <= set(vocab.get(name).codes)


def test_repeat_repairs_of_the_visits_analysis_show_the_category_label(ctx, data, tmp_path):
    """V3's 重复维修 table (same room and category three times in 90 days), in the workbook and the PDF."""
    import openpyxl
    from pypdf import PdfReader

    from app.services import visits_reports
    from app.services.periods import parse_month
    for _ in range(3):
        repairs.report(ctx, category="aircon", urgency="norm", fault_description="空调不制冷",
                       room_id=data["rooms"]["101"], student_id=data["zhang"])
    period = parse_month("2026-09")
    assert [r["category"] for r in visits_reports.analysis(ctx, period).repeat_repairs] == ["aircon"]
    book = openpyxl.load_workbook(visits_reports.export_analysis(ctx, period, tmp_path / "v3.xlsx"))
    rows = [r for r in book["重复维修"].iter_rows(values_only=True) if r[0] == "1号楼"]
    assert [r[2] for r in rows] == ["空调"]
    pdf = visits_reports.print_analysis(ctx, "2026-09", tmp_path / "v3.pdf")
    shown = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "空调" in shown and "aircon" not in shown


def test_printed_slip_and_notice_show_labels(ctx, data, tmp_path):
    from pypdf import PdfReader
    lock = next(p for p in repairs_fees.list_prices(ctx) if p.item_name == "抽屉锁")
    slip = repairs.report(ctx, category="lock", urgency="high", fault_description="抽屉锁坏", room_id=data["rooms"]["101"],
                          student_id=data["zhang"], report_channel="phone")
    repairs_fees.assess_fee(ctx, slip.id, damage_cause="wilful", price_item_id=lock.id)
    notice = repairs_fees.issue_notice(ctx, slip.id)
    repairs_fees.record_payment(ctx, notice.id, receipt_no="SJ0001")

    def text(path):
        return "".join(page.extract_text() for page in PdfReader(path).pages)
    slip_text = text(repairs_registers.print_repair_slip(ctx, slip.slip_no, tmp_path / "slip.pdf"))
    assert all(label in slip_text for label in ("门锁", "紧急", "电话", "人为故意"))
    notice_text = text(repairs_registers.print_damage_notice(ctx, notice.notice_no, tmp_path / "notice.pdf"))
    assert "因人为故意损坏" in notice_text and "已缴清" in notice_text
    for code in ("lock", "high", "phone", "wilful", "paid"):
        assert code not in slip_text and code not in notice_text
