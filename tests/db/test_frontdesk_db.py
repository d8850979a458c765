"""The front desk on SQLite and PostgreSQL: mail (register → notify → hand over, hold, return, 代寄),
the consultation ledger, complaints through classification, handling, visit and closure; refusals
write nothing; registers read back with openpyxl; hooks count what they should."""
import datetime as dt

import openpyxl
import pytest
from sqlalchemy import func, select

from app.db.models.frontdesk import Complaint, Consultation, MailItem
from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import config, registers
from app.services import frontdesk_complaints as fc
from app.services import frontdesk_consult as fz
from app.services import frontdesk_hooks as hooks
from app.services import frontdesk_mail as fm
from app.services import frontdesk_outgoing as fo
from app.services.periods import parse_month
from tests import frontdesk_data
from tests.conftest import audit_count, context_for


@pytest.fixture
def data(db):
    return frontdesk_data.setup(db)


def _count(db, model) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar()


def _refused(ctx, exc_type, fn, model, field=None):
    """`fn` raises `exc_type` (naming `field`) and writes neither a row nor an audit row."""
    before, rows = audit_count(ctx.db), _count(ctx.db, model)
    with pytest.raises(exc_type) as info:
        fn()
    assert audit_count(ctx.db) == before and _count(ctx.db, model) == rows
    if field:
        assert info.value.field == field, info.value.field
    return info.value


def test_mail_register_notify_hand_over(ctx, clock, data):
    start = audit_count(ctx.db)
    parcel = fm.register(ctx, mail_type="包裹", student_id=data["zhang"], tracking_no="SF1234567890",
                         sender_place="上海")
    assert parcel.entry_no == "YJ2026-000001" and parcel.status == "registered"
    assert (parcel.building, parcel.room_no, parcel.addressee, parcel.phone) == ("1号楼", "101", "张三", "13800138000")
    assert parcel.hold_until == dt.date(2026, 9, 22)
    letter = fm.register(ctx, mail_type="挂号信", building_id=data["building"], room_no="101", addressee="李四")
    assert audit_count(ctx.db) == start + 2
    clock.advance(hours=3)  # important items must be notified within 2 h
    assert {r.entry_no: r.overdue for r in fm.list_mail(ctx)}["YJ2026-000001"] == "通知超时"
    rows = fm.notify(ctx, [parcel.id, letter.id], "短信")
    assert {r.status for r in rows} == {"notified"} and audit_count(ctx.db) == start + 3
    # a registered letter needs the addressee's own signature; a proxy needs an ID number
    _refused(ctx, ValidationError, lambda: fm.hand_over(ctx, [letter.id], collector_name="王五", is_proxy=True,
                                                        collector_id_no="X1"), MailItem, "is_proxy")
    _refused(ctx, ValidationError, lambda: fm.hand_over(ctx, [parcel.id], collector_name="王五", is_proxy=True),
             MailItem, "collector_id_no")
    _refused(ctx, ValidationError, lambda: fm.hand_over(ctx, [parcel.id], collector_name=" "), MailItem,
             "collector_name")
    done = fm.hand_over(ctx, [parcel.id], collector_name="王五", is_proxy=True, collector_id_no="2026009")
    assert done[0].status == "collected" and done[0].collector_name == "王五" and done[0].is_proxy
    assert done[0].collected_at == clock.now()
    _refused(ctx, Conflict, lambda: fm.hand_over(ctx, [parcel.id], collector_name="张三"), MailItem)
    done = fm.hand_over(ctx, [letter.id], collector_name="李四")
    assert done[0].status == "collected" and not done[0].is_proxy
    assert audit_count(ctx.db) == start + 5


def test_mail_refusals_write_nothing(ctx, data):
    _refused(ctx, ValidationError, lambda: fm.register(ctx, mail_type="火箭", student_id=data["zhang"]), MailItem,
             "mail_type")
    _refused(ctx, ValidationError, lambda: fm.register(ctx, mail_type="包裹", student_id=data["zhang"], intact=False),
             MailItem, "postman_note")
    _refused(ctx, ValidationError, lambda: fm.register(ctx, mail_type="包裹", building_id=data["building"],
                                                       room_no="999", addressee="某人"), MailItem, "room")
    _refused(ctx, ValidationError, lambda: fm.register(ctx, mail_type="包裹"), MailItem, "building")
    _refused(ctx, ValidationError, lambda: fm.register(ctx, mail_type="包裹", building_id=data["building"],
                                                       room_no="101"), MailItem, "addressee")
    fm.register(ctx, mail_type="快递", student_id=data["zhang"], tracking_no="YT1")
    _refused(ctx, Conflict, lambda: fm.register(ctx, mail_type="快递", student_id=data["li"], tracking_no="YT1"),
             MailItem, "tracking_no")
    clerk = context_for(ctx, "readonly")
    _refused(ctx, PermissionDenied, lambda: fm.register(clerk, mail_type="平信", student_id=data["zhang"]), MailItem)
    damaged = fm.register(ctx, mail_type="包裹", student_id=data["li"], intact=False, postman_note="外箱压破，邮递员已签证明")
    assert not damaged.intact


def test_mail_hold_overdue_and_return(ctx, clock, data):
    item = fm.register(ctx, mail_type="包裹单", student_id=data["zhang"])
    moved = fm.register(ctx, mail_type="平信", student_id=data["gone"], building_id=data["building"], room_no="102")
    assert moved.hold_until == dt.date(2026, 9, 29)  # moved out: kept 2 weeks
    _refused(ctx, Conflict, lambda: fm.return_to_sender(ctx, item.id, reason="超期未领"), MailItem, "reason")
    clock.advance(days=8)
    assert fm.get(ctx, item.id).overdue == "超期未领" and hooks.count_mail_overdue(ctx) == 1
    _refused(ctx, ValidationError, lambda: fm.hold(ctx, item.id, until=dt.date(2026, 10, 30), consent="电话同意"),
             MailItem, "until")
    _refused(ctx, ValidationError, lambda: fm.hold(ctx, item.id, until=dt.date(2026, 10, 10), consent=""),
             MailItem, "consent")
    held = fm.hold(ctx, item.id, until=dt.date(2026, 10, 10), consent="本人电话同意")
    assert held.status == "held" and not held.overdue and hooks.count_mail_overdue(ctx) == 0
    returned = fm.return_to_sender(ctx, moved.id, reason="已迁出", returned_to="邮局")
    assert returned.status == "returned" and returned.returned_at == clock.now()
    _refused(ctx, Conflict, lambda: fm.notify(ctx, [moved.id], "电话"), MailItem)
    voided = fm.void(ctx, item.id, reason="重复登记")
    assert voided.status == "voided"


def test_outgoing_mail(ctx, data):
    _refused(ctx, ValidationError, lambda: fo.request(ctx, sender_name=None, addressee_name="张父",
                                                      addressee_address="浙江", shipping_method="EMS",
                                                      student_id=data["zhang"]), MailItem, "addressee_address")
    row = fo.request(ctx, sender_name=None, student_id=data["zhang"], addressee_name="张父",
                     addressee_address="浙江省杭州市西湖区文三路 100 号", shipping_method="EMS", fee="22.5",
                     item_description="书籍")
    assert row.request_no == "DJ2026-000001" and row.sender_name == "张三" and str(row.fee) == "22.50"
    with pytest.raises(ValidationError):
        fo.send(ctx, row.id, tracking_no="")
    row = fo.send(ctx, row.id, tracking_no="EA123456789CN", expected_version=row.version)
    assert row.status == "sent" and row.tracking_no == "EA123456789CN"
    with pytest.raises(Conflict):
        fo.void(ctx, row.id, reason="x")
    row = fo.mark_returned(ctx, row.id, note="地址不详，已电话告知张三")
    assert row.status == "returned" and "地址不详" in row.remarks


def test_consultation_ledger(ctx, clock, data):
    quick = fz.log(ctx, client_name="张三", content="热水几点供应？", answer_mode="immediate",
                   answer="每天 6:00-23:00", building_id=data["building"], room_no="101")
    assert quick.entry_no == "ZX2026-000001" and quick.status == "answered" and quick.answered_at == clock.now()
    _refused(ctx, ValidationError, lambda: fz.log(ctx, client_name="李四", content="问题", answer_mode="immediate"),
             Consultation, "answer")
    _refused(ctx, ValidationError, lambda: fz.log(ctx, client_name="李四", content="问题", answer_mode="referred"),
             Consultation, "referred_dept")
    later = fz.log(ctx, client_name="李四", content="暑假能否留宿？", answer_mode="promised", channel="phone")
    assert later.status == "scheduled" and later.promised_answer_at == clock.now() + dt.timedelta(hours=24)
    later = fz.refer(ctx, later.id, dept="dorm_office")
    assert later.status == "referred" and "转宿管跟进" in later.remarks
    clock.advance(hours=25)
    assert fz.get(ctx, later.id).overdue and hooks.count_overdue(ctx) == 1
    _refused(ctx, Conflict, lambda: fz.review(ctx, [later.id]), Consultation)
    later = fz.answer(ctx, later.id, text="可以，需填写留宿申请")
    assert later.status == "answered" and not later.overdue
    with pytest.raises(PermissionDenied):
        fz.review(context_for(ctx, "clerk"), [quick.id, later.id])
    assert fz.review(context_for(ctx, "supervisor"), [quick.id, later.id]) == 2
    assert {r.status for r in fz.list_entries(ctx)} == {"closed"}


def test_complaint_flow_to_closure_and_visit(ctx, clock, data):
    c = fc.receive(ctx, complainant="张三", content="楼道灯坏了一周没人修", category="repair", channel="phone",
                   building_id=data["building"], room_no="101", phone="13800138000")
    assert c.complaint_no == "TS2026-000001" and c.status == "received"
    assert c.reply_due_at == dt.datetime(2026, 9, 16, 10, 0)
    _refused(ctx, Conflict, lambda: fc.resolve(ctx, c.id, result="修好"), Complaint)
    c = fc.classify(ctx, c.id, validity="valid", severity="normal", expected_version=c.version)
    assert c.status == "classified"
    c = fc.assign(ctx, c.id, dept="repair")
    assert c.status == "assigned" and c.deadline == clock.now() + dt.timedelta(days=2)
    c = fc.reply(ctx, c.id, text="已通知维修班，今天下午处理")
    assert c.status == "in_progress" and c.first_reply_at == clock.now()
    clock.advance(hours=5)
    c = fc.resolve(ctx, c.id, result="更换楼道灯 3 盏", corrective_action="每周巡查公共照明")
    assert c.status == "resolved" and c.visit_due == dt.date(2026, 9, 18)
    assert hooks.count_complaints_awaiting_visit(ctx) == 1 and hooks.count_complaints_open(ctx) == 0
    _refused(ctx, ValidationError, lambda: fc.visit(ctx, c.id, satisfaction="不满意"), Complaint, "notes")
    c = fc.visit(ctx, c.id, satisfaction="不满意", notes="三楼还有一盏不亮")
    assert c.status == "in_progress" and c.reopen_count == 1
    c = fc.resolve(ctx, c.id, result="三楼补换一盏")
    clock.advance(days=4)
    assert fc.get(ctx, c.id).overdue == "回访超期"
    c = fc.visit(ctx, c.id, satisfaction="满意", method="上门")
    assert c.status == "visited" and c.visitor
    with pytest.raises(PermissionDenied):
        fc.close(context_for(ctx, "clerk"), c.id)
    c = fc.close(context_for(ctx, "supervisor", "主管"), c.id)
    assert c.status == "closed" and c.closed_by == "主管"


def test_complaint_classification_rules(ctx, clock, data):
    bad = fc.receive(ctx, complainant="李四", content="学校食堂太贵", category="other")
    _refused(ctx, ValidationError, lambda: fc.classify(ctx, bad.id, validity="invalid"), Complaint, "explanation")
    bad = fc.classify(ctx, bad.id, validity="invalid", explanation="食堂不属宿管中心管理，已告知向后勤处反映")
    assert bad.status == "invalid_explained" and bad.first_reply_at == clock.now() and not bad.overdue
    assert fc.close(ctx, bad.id).status == "closed"
    major = fc.receive(ctx, complainant="王五", content="宿舍被盗，门锁报修多次无人处理", category="security",
                       building_id=data["building"], room_no="102")
    major = fc.classify(ctx, major.id, validity="valid", severity="major")
    assert major.status == "escalated_major"
    _refused(ctx, ValidationError, lambda: fc.assign(ctx, major.id, dept="security"), Complaint, "person")
    _refused(ctx, ValidationError, lambda: fc.assign(ctx, major.id, dept="外星"), Complaint, "dept")
    major = fc.assign(ctx, major.id, dept="security", person="李经理")
    assert major.responsible_person == "李经理"
    clock.advance(days=3)  # no first reply within 1 working day, past the deadline
    assert fc.get(ctx, major.id).overdue == "答复超时" and hooks.count_overdue(ctx) == 1
    _refused(ctx, ValidationError, lambda: fc.receive(ctx, complainant="", content="内容很长很长", category="other"),
             Complaint, "complainant")
    _refused(ctx, Conflict, lambda: fc.void(ctx, major.id, reason="重复"), Complaint)


def test_working_days():
    friday = dt.datetime(2026, 9, 18, 16, 0)
    assert fc.add_working_days(friday, 1) == dt.datetime(2026, 9, 21, 16, 0)


def test_registers_read_back(ctx, clock, data, tmp_path):
    p = fm.register(ctx, mail_type="包裹", student_id=data["zhang"], tracking_no="SF1")
    fm.register(ctx, mail_type="平信", student_id=data["li"])
    fm.hand_over(ctx, [p.id], collector_name="张三")
    fo.request(ctx, sender_name="李四", building_id=data["building"], room_no="101", addressee_name="李母",
               addressee_address="江苏省南京市鼓楼区 1 号", shipping_method="快递", fee=12)
    c = fc.receive(ctx, complainant="张三", content="走廊太吵影响休息", category="attitude", building_id=data["building"],
                   room_no="101")
    c = fc.classify(ctx, c.id, validity="valid")
    fc.receive(ctx, complainant="张三", content="走廊又很吵", category="attitude", building_id=data["building"],
               room_no="101")
    fz.log(ctx, client_name="李四", content="网费怎么交", answer_mode="immediate", answer="网上缴费")
    period = parse_month("2026-09")
    out = registers.export(ctx, "mail", period, None, tmp_path / "mail.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:4] == ["邮件分发登记", "分类统计", "代寄", "退件"]
    values = [[c.value for c in row] for row in wb["邮件分发登记"].iter_rows()]
    assert values[0][0] == "小区邮件分发登记表" and "登记号" in values[2]
    assert any(row[0] == "YJ2026-000001" and "张三" in row for row in values)
    summary = {row[0]: row for row in ([c.value for c in r] for r in wb["分类统计"].iter_rows()) if row[0]}
    assert summary["合计"][1:4] == [2, 1, 1]
    out = registers.export(ctx, "complaints", period, "1号楼", tmp_path / "ts.xlsx")
    wb = openpyxl.load_workbook(out)
    figures = {r[0].value: r[1].value for r in wb["统计"].iter_rows() if r[0].value}
    assert figures["投诉总数"] == 2 and figures["有效投诉"] == 1
    repeats = [[c.value for c in r] for r in wb["重复投诉"].iter_rows()]
    assert any(row[1] == "101" and row[3] == 2 for row in repeats)
    out = registers.export(ctx, "consultations", period, None, tmp_path / "zx.xlsx")
    cells = [c.value for r in openpyxl.load_workbook(out)["前台台帐"].iter_rows() for c in r]
    assert "网费怎么交" in cells and "ZX2026-000001" in cells


def test_handover_and_config(ctx, clock, data):
    fm.register(ctx, mail_type="快递", student_id=data["zhang"])
    fm.register(ctx, mail_type="平信", student_id=data["li"])
    c = fc.receive(ctx, complainant="张三", content="洗衣机坏了", category="repair")
    lines = hooks.held_mail_lines(ctx, clock.now() - dt.timedelta(hours=8), clock.now())
    assert any("快递" in x and "张三" in x for x in lines) and any("平信 1 件" in x for x in lines)
    assert any(c.complaint_no in x for x in hooks.open_complaint_lines(ctx, clock.now(), clock.now()))
    config.set_value(ctx, "mail.hold_days", 1)
    item = fm.register(ctx, mail_type="包裹", student_id=data["zhang"])
    assert item.hold_until == dt.date(2026, 9, 16)


def test_demo_step_fills_every_state(ctx, data):
    import random

    from app.services import frontdesk_demo
    start = audit_count(ctx.db)
    summary = frontdesk_demo.run(ctx, random.Random(7), {"students": 40})
    assert "邮件" in summary and audit_count(ctx.db) > start + 100
    states = {r.status for r in fc.list_complaints(ctx)}
    assert set(frontdesk_demo.COMPLAINT_TARGETS) <= states
    mail = {r.status for r in fm.list_mail(ctx)}
    assert {"notified", "held", "collected", "returned", "voided"} <= mail
    assert {"answered", "closed"} <= {r.status for r in fz.list_entries(ctx)}


def test_complaint_record_print(ctx, data, tmp_path):
    from pypdf import PdfReader

    from app.errors import NotFound
    from app.services import catalog
    c = fc.receive(ctx, complainant="张三", content="楼道灯坏了一周没人修", category="repair",
                   building_id=data["building"], room_no="101")
    fc.classify(ctx, c.id, validity="valid")
    out = catalog.prints()["complaint"].build(ctx, c.complaint_no, tmp_path / "c.pdf")
    reader = PdfReader(out)
    page_text = reader.pages[0].extract_text()
    assert len(reader.pages) == 1 and "投诉记录/处理表" in page_text and c.complaint_no in page_text
    assert "楼道灯坏了一周没人修" in page_text
    with pytest.raises(NotFound):
        catalog.prints()["complaint"].build(ctx, "TS2026-999999", tmp_path / "x.pdf")


def test_stale_edits_and_building_scope(ctx, data):
    from app.errors import StaleEdit
    c = fc.receive(ctx, complainant="张三", content="空调滴水到床上", category="repair", building_id=data["building"])
    fc.classify(ctx, c.id, validity="valid", expected_version=c.version)
    _refused(ctx, StaleEdit, lambda: fc.classify(ctx, c.id, validity="invalid", explanation="x", expected_version=c.version),
             Complaint)
    item = fm.register(ctx, mail_type="快递", student_id=data["zhang"])
    other = context_for(ctx, "clerk", "二号楼值班", building_ids=[data["building"] + 100])
    assert fm.list_mail(other) == [] and fc.list_complaints(other) == []
    _refused(ctx, PermissionDenied, lambda: fm.register(other, mail_type="快递", student_id=data["li"]), MailItem)
    _refused(ctx, PermissionDenied, lambda: fm.hand_over(other, [item.id], collector_name="张三"), MailItem)
