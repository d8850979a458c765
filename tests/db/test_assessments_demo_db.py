"""The demo step: a year of incidents with the past months closed, and harmless without administrators."""
import random

from app.services import assessments_demo, assessments_sheet
from app.services import assessments_incidents as incidents
from tests.assessments_data import setup_wardens
from tests.conftest import audit_count


def test_demo_without_administrators_adds_nothing(ctx):
    before = audit_count(ctx.db)
    assert "没有宿管员" in assessments_demo.run(ctx, random.Random(1), {})
    assert audit_count(ctx.db) == before


def test_demo_fills_a_year_and_closes_past_months(ctx):
    setup_wardens(ctx.db)
    summary = assessments_demo.run(ctx, random.Random(7), {})
    assert "12 个月已关闭" in summary
    assert assessments_sheet.month_status(ctx, "2025-09") == "closed"
    assert assessments_sheet.month_status(ctx, "2026-08") == "closed"
    assert assessments_sheet.month_status(ctx, "2026-09") == "open"
    t = assessments_sheet.trend(ctx, "2026-09")
    assert sum(sum(v) for v in t.by_building.values()) > 0
    assert len(incidents.list_incidents(ctx)) > 20
    assert "0 个月已关闭" in assessments_demo.run(ctx, random.Random(8), {})   # a second run adds, never fails
