"""The service-quality survey on SQLite and PostgreSQL: plan, questionnaires per room with numbers,
entry (bad ratings, a number entered twice: clear messages, nothing saved), the analysis with the
satisfaction rate, opinions turned into return visits, actions, and the S2 report read back."""
import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader

from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import config, registers, surveys, surveys_report, visits
from app.services.periods import parse_month
from tests import factories
from tests.conftest import audit_count, context_for

KEYS = [k for k, _ in surveys.QUESTIONS]


@pytest.fixture
def survey(ctx):
    b = factories.building(ctx.db, "1号楼", rooms=("101", "102", "103", "104"))
    s = surveys.create_plan(ctx, title="2026 年秋季服务质量调查", start_date=dt.date(2026, 9, 1),
                            end_date=dt.date(2026, 9, 30), purpose="了解住户满意度", team="客服中心、保安部")
    assert surveys.issue_forms(context_for(ctx, "clerk"), s.id, building_id=b["building"]) == 4
    return s.id


def _ratings(*levels):
    return dict(zip(KEYS, levels, strict=False))


def test_plan_needs_a_supervisor_and_a_valid_scale(ctx):
    clerk = context_for(ctx, "clerk")
    with pytest.raises(PermissionDenied):
        surveys.create_plan(clerk, title="x", start_date=dt.date(2026, 11, 1), end_date=dt.date(2026, 11, 30))
    with pytest.raises(ValidationError) as err:
        surveys.create_plan(ctx, title="x", start_date=dt.date(2026, 11, 1), end_date=dt.date(2026, 11, 30), scale=4)
    assert err.value.field == "scale"
    assert surveys.next_survey_dates(dt.date(2026, 9, 15)) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert surveys.next_survey_dates(dt.date(2026, 12, 1), [13, "x"])[0] == dt.date(2027, 5, 1)  # bad months ignored


def test_entry_analysis_and_report(ctx, survey, tmp_path):
    clerk = context_for(ctx, "clerk")
    surveys.enter_response(clerk, survey, "1", _ratings(*[1] * 12), opinions=[("清洁", "楼道垃圾清理不及时")])
    surveys.enter_response(clerk, survey, "0002", _ratings(2, 3, 1, 1, 2, 0, 1, 1, 1, 1, 1, 3))
    surveys.enter_response(clerk, survey, "0003", _ratings(3, 3, 3), opinions=[("保安", "夜间门禁松懈"), ("清洁", "")])
    start = audit_count(ctx.db)
    with pytest.raises(ValidationError) as err:  # a rating outside the 3-level scale
        surveys.enter_response(clerk, survey, "0004", _ratings(1, 4))
    assert err.value.field == "rating_cleaning" and "第 2 项“清洁质量”的评分 4 超出 1–3" in str(err.value)
    with pytest.raises(Conflict) as err:  # entered twice
        surveys.enter_response(clerk, survey, "0002", _ratings(1))
    assert "已于" in str(err.value)
    with pytest.raises(ValidationError):
        surveys.enter_response(clerk, survey, "0099", _ratings(1))
    assert audit_count(ctx.db) == start
    assert surveys.next_open_number(ctx, survey, "0003") == "0004"
    row = surveys.get(ctx, survey)
    assert (row.issued, row.returned, row.status) == (4, 3, "collecting")
    a = surveys_report.analyse(ctx, survey)
    mgmt = next(q for q in a.questions if q.key == "rating_building_mgmt")
    assert (mgmt.counts, mgmt.valid, mgmt.satisfied) == ([1, 1, 1], 3, 2) and mgmt.rate == pytest.approx(2 / 3)
    goods = next(q for q in a.questions if q.key == "item_goods_in_out")
    assert goods.valid == 2
    assert list(a.opinions) == ["cleaning", "security"] and len(a.opinions["cleaning"]) == 1   # in the topics' order
    assert surveys.opinions_to_visits(ctx, survey) == 2 and surveys.opinions_to_visits(ctx, survey) == 0
    made = [v for v in visits.list_visits(ctx) if v.visit_type == "survey"]
    assert {v.subject for v in made} == {"清洁：楼道垃圾清理不及时", "保安：夜间门禁松懈"}
    assert made[0].due_date == dt.date(2026, 9, 22)
    surveys.add_action(ctx, survey, dept="cleaning", action="楼道垃圾每日清运两次", deadline=dt.date(2026, 10, 15))
    out = surveys_report.export_report(ctx, survey, tmp_path / "s2.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["汇总", "分项统计", "意见汇总", "改进措施", "原始问卷", "图表"]
    assert len(wb["图表"]._charts) == 2
    items = {r[1].value: r for r in wb["分项统计"].iter_rows(min_row=4) if r[1].value}
    assert items["大厦管理"][5].value == 3 and items["大厦管理"][6].value == "66.7%"
    raw = [[c.value for c in r] for r in wb["原始问卷"].iter_rows(min_row=4, max_row=6)]
    assert raw[0][0] == "0001" and raw[1][5] == "较满意" and raw[1][6] == "不满意"
    assert raw[0][4] == "问卷"                                           # the method's label, not its code
    ops = [[c.value for c in r] for r in wb["意见汇总"].iter_rows(min_row=4, max_row=5)]
    assert [r[0] for r in ops] == ["清洁", "保安"]
    pdf = surveys_report.print_report(ctx, surveys.get(ctx, survey).survey_no, tmp_path / "s2.pdf")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "服务质量调查报告" in text and "大厦管理" in text and "楼道垃圾每日清运两次" in text
    assert "【清洁】" in text and "cleaning" not in text
    reg = registers.export(ctx, "surveys", parse_month("2026-09"), None, tmp_path / "r.xlsx")
    assert openpyxl.load_workbook(reg).active["B6"].value == "0003"


def test_five_level_scale_and_configurable_rate(ctx):
    b = factories.building(ctx.db, "2号楼", rooms=("201",))
    s = surveys.create_plan(ctx, title="五级", start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 9, 30), scale=5)
    surveys.issue_forms(ctx, s.id, building_id=b["building"])
    surveys.enter_response(ctx, s.id, "1", _ratings(4, 5, 3))
    a = surveys_report.analyse(ctx, s.id)
    assert [q.rate for q in a.questions[:3]] == [0.0, 0.0, 1.0]
    config.set_value(ctx, "surveys.satisfied_levels_5", 4)
    assert surveys_report.analyse(ctx, s.id).questions[0].rate == 1.0
