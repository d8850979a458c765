"""Return visits end to end on SQLite and PostgreSQL: complaints and repairs plan and fill V1 records,
the visits page's own actions (record, review, nonconforming → complaint, second visit), the V2
sign-out sheet, the month's plan, the home page's numbers, bad input and the reports read back."""
import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader

from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import (config, registers, repairs, repairs_fees, repairs_flow, repairs_visits, visits, visits_forms,
                          visits_plan, visits_reports)
from app.services import frontdesk_complaints as fc
from app.services.periods import parse_month
from tests import repairs_data
from tests.conftest import audit_count, context_for

SEPT = parse_month("2026-09")


@pytest.fixture
def data(db):
    return repairs_data.setup(db)


def _complaint(ctx, data, room="101", category="utility"):
    c = fc.receive(ctx, complainant="张三", content="走廊灯坏了三天", category=category, building_id=data["building"],
                   room_no=room)
    c = fc.classify(ctx, c.id, validity="valid")
    c = fc.assign(ctx, c.id, dept="repair")
    return fc.resolve(ctx, c.id, result="已换灯管")


def _slip(ctx, data, urgency="一般"):
    s = repairs.report(ctx, category="水", urgency=urgency, fault_description="卫生间水龙头漏水",
                       room_id=data["rooms"]["101"], student_id=data["zhang"])
    repairs_fees.assess_fee(ctx, s.id, damage_cause="正常损耗")
    repairs_flow.dispatch(ctx, s.id, data["worker"])
    return repairs_flow.complete(ctx, s.id, work_done="已修")


def test_complaint_visit_is_a_v1_record_with_its_due_date(ctx, data, clock):
    c = _complaint(ctx, data)
    [v] = visits.for_source(ctx, "complaint", c.id)
    assert (v.visit_type, v.status, v.due_date, v.source_no) == ("complaint", "planned", dt.date(2026, 9, 18), c.complaint_no)
    assert c.visit_due == v.due_date and visits_reports.count_overdue(ctx) == 0
    clock.advance(days=4)
    assert visits_reports.count_overdue(ctx) == 1 and visits.get(ctx, v.id).overdue
    c = fc.visit(ctx, c.id, satisfaction="满意", method="电话")
    [v] = visits.for_source(ctx, "complaint", c.id)
    assert (v.status, v.method, v.remarks, v.interviewee_signature) == ("visited", "phone", None, None)
    assert visits.signature_text(v) == "电话回访"  # derived from the method, shown in the interface language
    assert c.status == "visited" and visits_reports.count_overdue(ctx) == 0 and visits_reports.count_to_review(ctx) == 1


def test_repair_visit_from_the_visits_page_reopens_the_slip(ctx, data):
    slip = _slip(ctx, data)
    start = audit_count(ctx.db)
    plans = visits_plan.propose(ctx, SEPT, kinds=("repair",))
    assert (plans[0].total, plans[0].required, len(plans[0].proposals)) == (1, 1, 1)  # ≤100 slips: all
    assert visits_plan.accept(ctx, SEPT, plans) == 1 and audit_count(ctx.db) == start + 1
    [v] = visits.for_source(ctx, "repair_slip", slip.id)
    assert v.plan_month == "2026-09" and v.due_date == dt.date(2026, 9, 18)
    v = visits.record(ctx, v.id, satisfaction="不满意", method="上门", feedback="还在滴水", site_left_clean=True,
                      repair_explained=False, fee_checked=True)
    assert (v.status, v.interviewee_signature, v.repair_explained) == ("visited", "张三", False)
    slip = repairs.detail(ctx, slip.id)
    assert slip.status == "dispatched" and slip.reopen_count == 1 and slip.visits[0]["visit_no"] == v.visit_no
    assert audit_count(ctx.db) == start + 2


def test_nonconforming_visit_opens_a_complaint_and_a_second_visit(ctx, data, clock):
    v = visits.create(ctx, visit_type="routine", subject="学期中定期走访", building_id=data["building"], room_no="102",
                      interviewee="李四")
    v = visits.record(ctx, v.id, satisfaction="不满意", method="上门", feedback="热水时有时无")
    clerk = context_for(ctx, "clerk")
    with pytest.raises(PermissionDenied):
        visits.review(clerk, v.id, ok=False, comment="属实", nonconformity_action="转工程部")
    with pytest.raises(ValidationError):
        visits.review(ctx, v.id, ok=False, comment="属实")  # the handling opinion is required
    v = visits.review(ctx, v.id, ok=False, comment="属实", nonconformity_action="转工程部检修热水器")
    assert v.status == "nonconforming" and v.complaint_id
    complaint = fc.get(ctx, v.complaint_id)
    assert (complaint.channel, complaint.category) == ("referred", "other") and "热水时有时无" in complaint.content
    [second] = visits.for_source(ctx, "complaint", complaint.id)
    assert (second.attempt, second.previous_id, second.status) == (2, v.id, "planned")
    fc.classify(ctx, complaint.id, validity="valid")
    fc.assign(ctx, complaint.id, dept="repair")
    clock.advance(days=1)
    fc.resolve(ctx, complaint.id, result="更换热水器")
    [second] = visits.for_source(ctx, "complaint", complaint.id)  # the same second visit, due again
    assert second.due_date == dt.date(2026, 9, 19)
    second = visits.record(ctx, second.id, satisfaction="满意", method="电话")
    assert fc.get(ctx, complaint.id).status == "visited"
    second = visits.review(ctx, second.id, ok=True, comment="已解决")
    assert visits_forms.archive(ctx, [v.id, second.id]) == 2
    with pytest.raises(Conflict):
        visits_forms.archive(ctx, [v.id])


def test_bad_input_is_refused_and_nothing_is_saved(ctx, data, clock):
    v = visits.create(ctx, visit_type="event", subject="迎新晚会", done_on=dt.date(2026, 9, 10))
    start = audit_count(ctx.db)
    for kwargs, field in ((dict(satisfaction="很好"), "satisfaction"), (dict(satisfaction="满意", method="短信"), "method"),
                          (dict(satisfaction="不满意", method="电话"), "notes"),
                          (dict(satisfaction="满意", visit_date=dt.datetime(2026, 9, 9, 9)), "visit_date"),
                          (dict(satisfaction="满意", visit_date=dt.datetime(2026, 9, 20)), "visit_date"),
                          (dict(satisfaction="满意", quality_rating="好"), "quality_rating"),
                          (dict(satisfaction="满意", method="上门"), "interviewee")):  # on-site: the resident signs
        with pytest.raises(ValidationError) as err:
            visits.record(ctx, v.id, **kwargs)
        assert err.value.field == field
    assert "早于来源单据" in str(pytest.raises(ValidationError, visits.record, ctx, v.id, satisfaction="满意",
                                          visit_date=dt.datetime(2026, 9, 9, 9)).value)
    assert audit_count(ctx.db) == start and visits.get(ctx, v.id).status == "planned"
    with pytest.raises(ValidationError):
        visits.create(ctx, visit_type="飞行", subject="x")
    with pytest.raises(ValidationError):
        visits.create(ctx, visit_type="other", subject="x", done_on=dt.date(2026, 10, 1))


def test_signout_sheet(ctx, data):
    a = visits.create(ctx, visit_type="routine", subject="走访 101", room_no="101", interviewee="张三")
    b = visits.create(ctx, visit_type="routine", subject="走访 102", room_no="102", interviewee="李四")
    sheet = visits_forms.issue_forms(context_for(ctx, "clerk"), [a.id, b.id], received_by="小王")
    assert sheet.qty == 2 and sheet.form_nos == f"{a.visit_no}～{b.visit_no[-6:]}"
    assert {visits.get(ctx, i).status for i in (a.id, b.id)} == {"form_issued"}
    with pytest.raises(Conflict):
        visits_forms.issue_forms(ctx, [a.id], received_by="小李")
    with pytest.raises(ValidationError):
        visits_forms.return_forms(ctx, sheet.id, returned_qty=3)
    sheet = visits_forms.return_forms(ctx, sheet.id, returned_qty=2)
    assert sheet.returned_qty == 2 and sheet.returned_date == dt.date(2026, 9, 15)


def test_plan_is_reproducible_and_rates_configurable(ctx, data):
    for i in range(5):
        _slip(ctx, data, urgency="紧急" if i == 3 else "一般")
    _complaint(ctx, data)
    config.set_value(ctx, "visits.sampling_rule", False)
    config.set_value(ctx, "repairs.visit_rate", 0.4)
    plans = {p.kind: p for p in visits_plan.propose(ctx, SEPT)}
    assert (plans["repair"].total, plans["repair"].required, len(plans["repair"].proposals)) == (5, 2, 2)
    assert plans["repair"].proposals[0].urgent
    assert (plans["complaint"].total, plans["complaint"].planned, len(plans["complaint"].proposals)) == (1, 1, 0)
    again = {p.kind: p for p in visits_plan.propose(ctx, SEPT)}
    assert again == plans
    assert [c.id for c in visits_plan.propose(ctx, SEPT, seed=99)[1].proposals] != [] 


def test_register_analysis_and_pdf_read_back(ctx, data, tmp_path):
    c = _complaint(ctx, data)
    _complaint(ctx, data)  # the same room and category twice: a repeat complaint
    fc.visit(ctx, c.id, satisfaction="较满意", method="上门")
    slip = _slip(ctx, data)
    repairs_visits.record_visit(ctx, slip.id, satisfaction="满意")
    out = registers.export(ctx, "visits", SEPT, None, tmp_path / "v.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:3] == ["回访登记", "回访率", "满意度"]
    values = [[c.value for c in row] for row in wb["回访登记"].iter_rows(min_row=4, max_row=6)]
    assert any("B 较满意" in (v or "") for row in values for v in row if isinstance(v, str))
    rates = {r[0].value: r for r in wb["回访率"].iter_rows(min_row=4) if r[0].value}
    assert rates["投诉"][1].value == 2 and rates["投诉"][3].value == 1 and rates["报修"][3].value == 1
    assert wb["重复投诉"]["D4"].value == 2
    book = visits_reports.export_analysis(ctx, SEPT, tmp_path / "v3.xlsx")
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames[0] == "回访率" and "图表" in wb.sheetnames and len(wb["图表"]._charts) == 2
    pdf = visits_reports.print_analysis(ctx, "2026-09", tmp_path / "v3.pdf")
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "回访月度统计分析" in text and "重复投诉" in text and "审核（客服主管）" in text
    [v] = visits.for_source(ctx, "complaint", c.id)   # stored as codes (fair, on_site), printed as labels
    text = PdfReader(visits_reports.print_visit(ctx, v.visit_no, tmp_path / "v1.pdf")).pages[0].extract_text()
    assert (v.satisfaction, v.method) == ("fair", "on_site") and "■B 较满意" in text and "上门" in text


def test_v1_form_prints_and_overdue_visits_reach_the_handover(ctx, data, clock, tmp_path):
    c = _complaint(ctx, data)
    [v] = visits.for_source(ctx, "complaint", c.id)
    pdf = visits_reports.print_visit(ctx, v.visit_no, tmp_path / "v1.pdf")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "回访记录表" in text and v.visit_no in text and c.complaint_no in text
    assert visits_reports.overdue_lines(ctx, clock.now(), clock.now()) == []
    clock.advance(days=5)
    [line] = visits_reports.overdue_lines(ctx, clock.now(), clock.now())
    assert v.visit_no in line and "09-18" in line
