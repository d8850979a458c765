"""Move-outs on SQLite and PostgreSQL: the 3-day rule and the supervisor's override, the state
machine to the linked release slip, the student's 退宿, the register and the inspection notice."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db.models.release import MoveOut
from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import catalog, moveout, moveout_queries, registers, release
from app.services.moveout import MoveOutInput
from app.services.periods import Period
from tests import factories
from tests.conftest import audit_count, context_for
from tests.release_data import setup_tenant, slip_input

TODAY = dt.date(2026, 9, 15)


def _tenant_input(data, days=3, **kw):
    values = dict(kind="tenant", party_id=data["party"], planned_date=TODAY + dt.timedelta(days=days),
                  owner_consent_received=True, consent_notice_no="TZ-01", consent_fees_paid_to=dt.date(2026, 9, 30),
                  mailbox_keys_returned=2, reason="公司搬迁")
    values.update(kw)
    return MoveOutInput(**values)


def _count(db):
    with db.engine.connect() as c:
        return c.execute(select(func.count()).select_from(MoveOut)).scalar(), audit_count(db)


def test_three_day_rule_and_override(ctx):
    data = setup_tenant(ctx)
    before = _count(ctx.db)
    with pytest.raises(ValidationError) as info:
        moveout.apply(ctx, _tenant_input(data, days=1))  # applied for tomorrow
    assert "至少提前 3 天" in info.value.text() and info.value.field == "planned_date"
    with pytest.raises(PermissionDenied):
        moveout.apply(context_for(ctx, "clerk"), _tenant_input(data, days=1), override_reason="业主急需")
    with pytest.raises(ValidationError):
        moveout.apply(ctx, _tenant_input(data, owner_consent_received=False))
    with pytest.raises(ValidationError):
        moveout.apply(ctx, _tenant_input(data, mailbox_keys_returned=0))
    assert _count(ctx.db) == before
    assert moveout.notice_shortfall(ctx, TODAY + dt.timedelta(days=1)) == 2
    mid = moveout.apply(context_for(ctx, "supervisor", "主管甲"), _tenant_input(data, days=1),
                        override_reason="业主急需")
    row = moveout_queries.get_move_out(ctx, mid)
    assert row.override_reason == "业主急需" and row.application_no == "QC2026-000001"
    ok = moveout.apply(context_for(ctx, "clerk"), _tenant_input(data, days=3))
    assert moveout_queries.get_move_out(ctx, ok).override_reason is None


def test_tenant_move_out_to_release_slip(ctx, tmp_path):
    data = setup_tenant(ctx)
    mid = moveout.apply(ctx, _tenant_input(data, days=5))
    with pytest.raises(Conflict):
        moveout.request_inspection(ctx, mid, requested_date=TODAY)  # fees first
    with pytest.raises(ValidationError):  # less than the owner's paid-up-to date
        moveout.settle_fees(ctx, mid, arrears_amount="120.50", mgmt_fee_paid_to=dt.date(2026, 9, 1),
                            confirmed_by="财务钱")
    moveout.settle_fees(ctx, mid, arrears_amount="120.50", mgmt_fee_paid_to=dt.date(2026, 9, 30),
                        confirmed_by="财务钱", electricity_reading="1234.5", electricity_amount="80")
    # a slip linked to the move-out cannot be issued before the inspection has passed
    slip_id = release.create_slip(ctx, slip_input(data, move_out_id=mid))
    release.endorse(ctx, slip_id, method="单位盖章", endorser_name="王经理")
    release.check_arrears(ctx, slip_id, clear=True)
    with pytest.raises(Conflict):
        release.issue(ctx, slip_id)
    moveout.request_inspection(ctx, mid, requested_date=TODAY + dt.timedelta(days=1), contact="王经理")
    with pytest.raises(ValidationError):
        moveout.record_inspection(ctx, mid, result="不合格", inspection_date=TODAY, inspectors="工程部 孙")
    fail_no = moveout.record_inspection(ctx, mid, result="不合格", inspection_date=TODAY, inspectors="工程部 孙",
                                        defects="烟感缺失两个", rectification_deadline=TODAY + dt.timedelta(days=3),
                                        checklist={"烟感": "不合格", "灭火器": "合格"})
    assert moveout_queries.get_move_out(ctx, mid).status == "inspection_failed"
    moveout.request_inspection(ctx, mid, requested_date=TODAY + dt.timedelta(days=2))
    pass_no = moveout.record_inspection(ctx, mid, result="合格", inspection_date=TODAY, inspectors="工程部 孙",
                                        gm_stamped=True)
    assert fail_no != pass_no and pass_no.startswith("AJ2026-")
    number = release.issue(ctx, slip_id)
    row = moveout_queries.get_move_out(ctx, mid)
    assert row.status == "slip_issued" and row.slip_nos == number and row.inspection_result == "pass"
    assert len(row.inspections) == 2
    moveout.complete(ctx, mid)
    assert moveout_queries.get_move_out(ctx, mid).status == "moved_out"

    for no, title, copies in ((fail_no, "室内安全设施检查不合格通知书", "独立存档"),
                              (pass_no, "室内安全设施检查合格通知书", "用户档案")):
        out = catalog.prints()["inspection-notice"].build(ctx, no, tmp_path / f"{no}.pdf")
        reader = PdfReader(out)
        assert len(reader.pages) == 1
        content = reader.pages[0].extract_text()
        assert title in content and no in content and copies in content and "原件" in content

    xlsx = registers.export(ctx, "move-outs", Period(dt.date(2026, 9, 1), dt.date(2026, 9, 30)), None,
                            tmp_path / "m.xlsx")
    ws = load_workbook(xlsx).active
    header = [c.value for c in ws[3]]
    first = [c.value for c in ws[4]]
    assert first[header.index("申请编号")] == row.application_no
    assert first[header.index("放行条号")] == number and first[header.index("安检结果")] == "合格"
    assert first[header.index("状态")] == "已迁出"


def test_student_move_out_with_room_check(ctx):
    b = factories.building(ctx.db, name="5号楼", rooms=("501",))
    sid = factories.student(ctx.db, "2026501", "吴同学", bed_id=b["beds"]["501"][0])
    mid = moveout.apply(ctx, MoveOutInput(kind="student", student_id=sid, planned_date=TODAY))  # no 3-day rule
    row = moveout_queries.get_move_out(ctx, mid)
    assert (row.building, row.unit_no, row.tenant_name, row.kind_label) == ("5号楼", "501", "吴同学", "学生退宿")
    assert moveout.key_return_status(ctx, sid)  # whatever the keys module says, or that it is absent
    moveout.request_inspection(ctx, mid, requested_date=TODAY)
    moveout.record_inspection(ctx, mid, result="合格", inspection_date=TODAY, inspectors="宿管 陈")
    moveout.complete(ctx, mid)  # no large items: no slip needed for a student
    assert moveout_queries.get_move_out(ctx, mid).status == "moved_out"
    with pytest.raises(Conflict):
        moveout.cancel(ctx, mid, "x")


def test_due_this_week_count(ctx):
    data = setup_tenant(ctx)
    moveout.apply(ctx, _tenant_input(data, days=4))   # Saturday 09-19: this week
    moveout.apply(ctx, _tenant_input(data, days=10))  # next week
    assert moveout_queries.count_due_this_week(ctx) == 1
