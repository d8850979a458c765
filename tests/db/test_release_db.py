"""Release slips on SQLite and PostgreSQL: the state machine with its refusals (nothing written),
numbering (also under concurrency), expiry with the fixed clock, reconciliation and registers."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.db.models.release import GateCheck, ReleaseSlip, ReleaseSlipItem
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.services import config, registers, release, release_queries, release_reports
from app.services.periods import Period
from app.services.release import ItemInput
from tests.conftest import audit_count, context_for
from tests.release_data import issued_slip, setup_tenant, slip_input


def _counts(db):
    with db.engine.connect() as c:
        return (c.execute(select(func.count()).select_from(ReleaseSlip)).scalar(),
                c.execute(select(func.count()).select_from(ReleaseSlipItem)).scalar(),
                c.execute(select(func.count()).select_from(GateCheck)).scalar(), audit_count(db))


def _refused(ctx, exc_type, fn, *args, **kw):
    before = _counts(ctx.db)
    with pytest.raises(exc_type) as info:
        fn(*args, **kw)
    assert _counts(ctx.db) == before, "a refusal must write nothing"
    return info.value


def test_full_life_of_a_slip(ctx):
    data = setup_tenant(ctx)
    slip_id = release.create_slip(ctx, slip_input(data))
    detail = release_queries.get_slip(ctx, slip_id)
    assert detail.row.status == "draft" and detail.row.slip_no is None and detail.row.total_qty == 32
    assert detail.row.building == "A座" and detail.row.unit_no == "1203"
    release.endorse(ctx, slip_id, method="单位盖章", endorser_name="王经理")
    release.check_arrears(ctx, slip_id, clear=True)
    number = release.issue(ctx, slip_id)
    assert number == "FX2026-000001"
    detail = release_queries.get_slip(ctx, number=number)
    assert detail.row.issue_date == detail.row.valid_until == dt.date(2026, 9, 15)
    assert detail.cs_approver == "测试管理员" and detail.arrears_checked_by == "测试管理员"
    items = {i.item_name: i.id for i in detail.items}
    status = release.gate_check(ctx, "fx2026 000001", released=True, guard_name="赵保安", handler_id_checked=True,
                                handler_id_no="440301199001011234", quantities={items["台式电脑"]: 20})
    assert status == "released"
    detail = release_queries.get_slip(ctx, slip_id)
    assert detail.gate_checks[0].released_qty == 30 and detail.row.guard_name == "赵保安"
    assert {i.item_name: i.released_qty for i in detail.items}["台式电脑"] == 20
    assert release.return_copy(ctx, number) == "archived"
    assert release_queries.get_slip(ctx, slip_id).row.returned_date == dt.date(2026, 9, 15)


def test_every_refusal_writes_nothing(ctx):
    data = setup_tenant(ctx)
    _refused(ctx, ValidationError, release.create_slip, ctx, slip_input(data, items=[]))
    e = _refused(ctx, ValidationError, release.create_slip, ctx, slip_input(data, items=[ItemInput("办公桌", 0)]))
    assert "数量" in e.text() and e.field == "items"
    _refused(ctx, ValidationError, release.create_slip, ctx, slip_input(data, handler_id_no=""))
    slip_id = release.create_slip(ctx, slip_input(data))
    # issuing before the endorsement and the arrears check
    e = _refused(ctx, Conflict, release.issue, ctx, slip_id)
    assert "签署" in e.text()
    e = _refused(ctx, ValidationError, release.endorse, ctx, slip_id, method="单位盖章", endorser_name="陌生人")
    assert "授权签署人" in e.text() and "王经理" in e.text()
    _refused(ctx, ValidationError, release.endorse, ctx, slip_id, method="电话确认", endorser_name="王经理")
    release.endorse(ctx, slip_id, method="单位盖章", endorser_name="王经理")
    e = _refused(ctx, Conflict, release.issue, ctx, slip_id)
    assert "欠费" in e.text()
    release.check_arrears(ctx, slip_id, clear=False, note="欠8月管理费")
    _refused(ctx, Conflict, release.issue, ctx, slip_id)
    release.check_arrears(ctx, slip_id, clear=True)
    number = release.issue(ctx, slip_id)
    _refused(ctx, Conflict, release.issue, ctx, slip_id)
    detail = release_queries.get_slip(ctx, slip_id)
    desk = {i.item_name: i.id for i in detail.items}["办公桌"]
    e = _refused(ctx, ValidationError, release.gate_check, ctx, number, released=True, guard_name="赵保安",
                 handler_id_checked=True, quantities={desk: 5})
    assert "超过" in e.text()
    _refused(ctx, ValidationError, release.gate_check, ctx, number, released=True, guard_name="赵保安",
             handler_id_checked=False)
    _refused(ctx, ValidationError, release.gate_check, ctx, number, released=False, guard_name="赵保安")
    _refused(ctx, NotFound, release.gate_check, ctx, "FX2026-999999", released=True, guard_name="赵保安",
             handler_id_checked=True)
    _refused(ctx, Conflict, release.return_copy, ctx, number)  # not used at the gate yet
    assert release.gate_check(ctx, number, released=False, guard_name="赵保安", reason="物品与放行条不符") \
        == "rejected_at_gate"
    # a refused slip is finished: a new slip is needed
    _refused(ctx, Conflict, release.gate_check, ctx, number, released=True, guard_name="赵保安",
             handler_id_checked=True)
    _refused(ctx, PermissionDenied, release.void, context_for(ctx, "clerk"), slip_id, "x")


def test_no_agreement_means_no_endorsement(ctx):
    data = setup_tenant(ctx)
    from app.services import release_parties
    release_parties.terminate_agreement(ctx, data["agreement"])
    slip_id = release.create_slip(ctx, slip_input(data))
    ctx.clock.advance(days=1)
    e = _refused(ctx, ValidationError, release.endorse, ctx, slip_id, method="单位盖章", endorser_name="王经理")
    assert "放行协议书" in e.text()


def test_void_keeps_the_number_and_shows_everywhere(ctx):
    data = setup_tenant(ctx)
    slip_id, number = issued_slip(ctx, data)
    release.void(ctx, slip_id, "客户取消搬迁")
    row = release_queries.list_slips(ctx, status="void")[0]
    assert row.slip_no == number and row.status_label == "已作废"
    _, second = issued_slip(ctx, data)
    assert second == "FX2026-000002"  # never reused
    rec = release_reports.reconcile(ctx, release_reports.week_of(ctx.today()))
    assert rec.voided == 1 and rec.issued == 2


def test_expiry_with_the_fixed_clock(ctx):
    config.set_value(ctx, "release.validity_days", 1)
    data = setup_tenant(ctx)
    slip_id, number = issued_slip(ctx, data)
    assert release_queries.get_slip(ctx, slip_id).row.status == "issued"
    ctx.clock.advance(hours=13)  # 23:00 the same day: still valid
    assert release_queries.get_slip(ctx, slip_id).row.status == "issued"
    ctx.clock.advance(hours=2)   # the next day
    assert release_queries.get_slip(ctx, slip_id).row.status == "expired"
    assert [r.slip_no for r in release_queries.list_slips(ctx, status="expired")] == [number]
    assert release_reports.expired_unfollowed(ctx) == 1
    e = _refused(ctx, Conflict, release.gate_check, ctx, number, released=True, guard_name="赵保安",
                 handler_id_checked=True)
    assert "有效期" in e.text()
    release.follow_up(ctx, slip_id, "已电话联系，客户改期另开")
    assert release_reports.expired_unfollowed(ctx) == 0
    with ctx.db.engine.connect() as c:  # nothing flipped in the table: expiry is computed
        assert c.execute(select(ReleaseSlip.status)).scalar() == "issued"


def test_longer_validity_is_configurable(ctx):
    config.set_value(ctx, "release.validity_days", 3)
    slip_id, _ = issued_slip(ctx, setup_tenant(ctx))
    ctx.clock.advance(days=2)
    assert release_queries.get_slip(ctx, slip_id).row.status == "issued"


def test_student_slip_takes_the_room_from_the_student(ctx):
    from tests import factories
    b = factories.building(ctx.db, name="3号楼", rooms=("301",))
    sid = factories.student(ctx.db, "2026001", "周同学", bed_id=b["beds"]["301"][0])
    slip_id = release.create_slip(ctx, release.SlipInput(student_id=sid, handler_id_type="学生证",
                                                        handler_id_no="2026001", reason="迁出",
                                                        items=[ItemInput("行李箱", 2)]))
    detail = release_queries.get_slip(ctx, slip_id)
    assert (detail.row.building, detail.row.unit_no, detail.row.tenant_name, detail.applicant_role) == \
        ("3号楼", "301", "周同学", "student")
    release.endorse(ctx, slip_id, method="学生本人", endorser_name="周同学")  # no agreement for students
    release.check_arrears(ctx, slip_id, clear=True)
    assert release.issue(ctx, slip_id).startswith("FX2026-")


def test_reconciliation_lists_every_fate(ctx):
    data = setup_tenant(ctx)
    numbers = {}
    for fate in ("archived", "released", "refused", "expired", "void", "open"):
        slip_id, number = issued_slip(ctx, data)
        numbers[fate] = number
        if fate in ("archived", "released"):
            release.gate_check(ctx, number, released=True, guard_name="赵保安", handler_id_checked=True)
        if fate == "archived":
            release.return_copy(ctx, number)
        if fate == "refused":
            release.gate_check(ctx, number, released=False, guard_name="赵保安", reason="数量不符")
        if fate == "void":
            release.void(ctx, slip_id, "取消")
        if fate == "expired":
            with ctx.db.write_session() as s, s.begin():  # issued yesterday
                slip = s.get(ReleaseSlip, slip_id)
                slip.issue_date = slip.valid_until = dt.date(2026, 9, 14)
    rec = release_reports.reconcile(ctx, release_reports.week_of(dt.date(2026, 9, 15)))
    assert (rec.issued, rec.released, rec.returned, rec.rejected_at_gate, rec.expired, rec.voided, rec.open) == \
        (6, 2, 1, 1, 1, 1, 1)
    assert sorted(r.slip_no for r in rec.missing) == sorted([numbers["released"], numbers["refused"],
                                                             numbers["expired"]])
    facts = release_reports.assessment_facts(ctx, Period(dt.date(2026, 9, 1), dt.date(2026, 9, 30)))
    assert len(facts) == 3 and facts[0]["building"] == "A座" and facts[0]["building_id"] == data["building"]
    assert release_reports.count_issued_today(ctx) == 5
    assert release_reports.count_unreturned(ctx) == 2
    lines = release_reports.handover_rows(ctx, dt.datetime(2026, 9, 15, 8), dt.datetime(2026, 9, 15, 20))
    assert len(lines) == 4 and any(numbers["open"] in ln for ln in lines)


def test_register_reads_back(ctx, tmp_path):
    data = setup_tenant(ctx)
    _, n1 = issued_slip(ctx, data)
    slip2, n2 = issued_slip(ctx, data)
    release.gate_check(ctx, n2, released=True, guard_name="赵保安", handler_id_checked=True)
    release.create_slip(ctx, slip_input(data))  # a draft has no number: not in the register
    out = registers.export(ctx, "release-slips", Period(dt.date(2026, 9, 1), dt.date(2026, 9, 30)), None,
                           tmp_path / "r.xlsx")
    wb = load_workbook(out)
    ws = wb["物品放行条登记"]
    assert ws["A1"].value == "放行条登记簿"
    header = [c.value for c in ws[3]]
    assert header[:3] == ["编号", "日期", "楼栋"] and "状态" in header and "回收日期" in header
    body = [[c.value for c in r] for r in ws.iter_rows(min_row=4, max_row=5)]
    assert [r[0] for r in body] == [n1, n2]
    assert body[1][header.index("状态")] == "已放行" and body[1][header.index("保安")] == "赵保安"
    assert ws.cell(6, 1).value == "合计" and ws.cell(6, header.index("件数") + 1).value == 64
    summary = wb["对账汇总"]
    assert [c.value for c in summary[4]][:4] == ["A座", 2, 1, 0]


def _issue_in_thread(db, clock, slip_id, out, errors):
    from app.services.context import ServiceContext
    from tests.conftest import ADMIN
    try:
        out.append(release.issue(ServiceContext(db=db, actor=ADMIN, clock=clock, pc_name=f"PC-{slip_id}"), slip_id))
    except Exception as exc:  # noqa: BLE001
        errors.append(exc)


def test_numbers_under_concurrency_never_share_or_skip(ctx):
    """Several PCs (threads with their own connections) issuing at once."""
    data = setup_tenant(ctx)
    ids = []
    for _ in range(8):
        slip_id = release.create_slip(ctx, slip_input(data))
        release.endorse(ctx, slip_id, method="单位盖章", endorser_name="王经理")
        release.check_arrears(ctx, slip_id, clear=True)
        ids.append(slip_id)
    out, errors = [], []
    barrier = threading.Barrier(len(ids))

    def run(slip_id):
        barrier.wait()
        _issue_in_thread(ctx.db, ctx.clock, slip_id, out, errors)

    threads = [threading.Thread(target=run, args=(i,)) for i in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert sorted(out) == [f"FX2026-{n:06d}" for n in range(1, 9)]


def test_print_and_reprint_are_audited(ctx, tmp_path):
    from pypdf import PdfReader

    from app.services import catalog, release_print
    data = setup_tenant(ctx)
    slip_id, number = issued_slip(ctx, data)
    draft = release.create_slip(ctx, slip_input(data))
    source = catalog.prints()["release-slip"]
    before = audit_count(ctx.db)
    release_print.build_slips(ctx, tmp_path / "preview.pdf", ids=[slip_id], record=False)  # preview: no trace
    assert audit_count(ctx.db) == before
    first = PdfReader(source.build(ctx, number, tmp_path / "1.pdf")).pages[0].extract_text()
    assert number in first and "补打" not in first and "王经理" in first
    assert "440301********1234" not in first  # admin may see the ID number
    second = PdfReader(source.build(ctx, number, tmp_path / "2.pdf")).pages[0].extract_text()
    assert second.count("补打") == 3
    assert audit_count(ctx.db) == before + 2
    assert release_queries.get_slip(ctx, slip_id).print_count == 2
    readonly = context_for(ctx, "readonly")
    masked = PdfReader(release_print.build_slips(readonly, tmp_path / "3.pdf", ids=[slip_id], record=False))
    assert "440301********1234" in masked.pages[0].extract_text()
    _refused(ctx, NotFound, source.build, ctx, "FX2026-999999", tmp_path / "x.pdf")
    _refused(ctx, Conflict, release_print.build_slips, ctx, tmp_path / "x.pdf", ids=[draft])


def test_demo_step_adds_slips_in_every_state(ctx):
    import random

    from app.services import moveout_queries, release_demo
    from tests import factories
    b = factories.building(ctx.db, name="1号楼", rooms=("101", "102", "103"))
    factories.student(ctx.db, "2026101", "林同学", bed_id=b["beds"]["101"][0])
    summary = release_demo.run(ctx, random.Random(7), {})
    assert "放行条" in summary
    statuses = {r.status for r in release_queries.list_slips(ctx)}
    assert {"draft", "endorsed", "fee_checked", "issued", "released", "archived", "rejected"} <= statuses
    assert statuses & {"expired", "void", "rejected_at_gate"}
    kinds = {(m.kind, m.status) for m in moveout_queries.list_move_outs(ctx)}
    assert ("tenant", "applied") in kinds and ("tenant", "slip_issued") in kinds and ("student", "slip_issued") in kinds


def test_reconciliation_flags_a_number_missing_from_the_series(ctx):
    data = setup_tenant(ctx)
    for _ in range(3):
        issued_slip(ctx, data)
    assert release_reports.reconcile(ctx, release_reports.week_of(ctx.today())).gaps == ()
    with ctx.db.write_session() as s, s.begin():  # a row deleted behind the application's back
        s.delete(s.scalar(select(ReleaseSlip).where(ReleaseSlip.slip_no == "FX2026-000002")))
    assert release_reports.reconcile(ctx, release_reports.week_of(ctx.today())).gaps == ("FX2026-000002",)
