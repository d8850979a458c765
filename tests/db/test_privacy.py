"""Issue 15 item 3: one masking rule by role (app/services/privacy.py). For a clerk every output that
holds an ID or phone number shows it masked — the residents list and detail rows, every register
declaring a personal column, the monthly pack (which says so on its cover), the PDFs — while a
supervisor sees them in full; the roles allowed are configurable."""
from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.services import (catalog, config, frontdesk_complaints, keys_inventory, keys_loans, keys_owner,
                          monthly_pack, privacy, registers, release_print, release_queries, repairs,
                          repairs_registers, residents)
from app.services.frontdesk_hooks import print_complaint
from app.services.periods import parse_month
from tests import factories
from tests.conftest import context_for
from tests.release_data import issued_slip, setup_tenant

ID_CARD = "330106200001014997"
PHONE = "15012344991"
PLEDGE_ID = "110101200001011234"
OWNER_PHONE = "13911112222"
FULL = (ID_CARD, PHONE, PLEDGE_ID, OWNER_PHONE)
# column headers that hold personal numbers: every register declaring one must mark it personal
PERSONAL_HEADER = re.compile(r"身份证|证件号|电话|手机")


@pytest.fixture
def people(ctx):
    b = factories.building(ctx.db, "1号楼", rooms=("101", "102"))
    sid = factories.student(ctx.db, "2026001", "张三", b["beds"]["101"][0], phone=PHONE)
    row = residents.get_student(ctx, sid)
    residents.save_student(ctx, sid, residents.StudentInput(
        student_no=row.student_no, name=row.name, gender=row.gender, id_card=ID_CARD, phone=PHONE),
        expected_version=row.version)
    keys_inventory.ensure_spare_keys(ctx, b["building"])
    key = keys_loans.counter_lookup(ctx, "2026001").keys[0]
    keys_loans.lend_spare(ctx, "2026001", key.key_id, "身份证", PLEDGE_ID)
    dep = keys_owner.deposit_owner_key(ctx, room_no="A-1201", owner_name="陈业主", owner_signature="陈业主",
                                       building_id=b["building"], phone=OWNER_PHONE)
    keys_owner.lend_owner_key(ctx, dep.id, borrower_name="周销售", borrower_type="销售人员", purpose="带看",
                              borrower_phone=OWNER_PHONE)
    return {"student": sid, "building": b["building"], "room": b["rooms"]["101"]}


def _cells(path) -> list[str]:
    wb = load_workbook(path)
    return [str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]


def test_every_register_with_a_personal_column_is_masked_for_a_clerk(ctx, people, tmp_path):
    clerk, supervisor = context_for(ctx, "clerk"), context_for(ctx, "supervisor")
    month = parse_month(f"{ctx.today():%Y-%m}")
    personal_kinds = []
    for kind, source in sorted(catalog.registers().items()):
        spec = source.fetch(ctx, month, None)[0]
        undeclared = [c.header for c in spec.columns if PERSONAL_HEADER.search(c.header) and not c.personal]
        assert not undeclared, (kind, undeclared)
        if not privacy.has_personal(spec):
            continue
        personal_kinds.append(kind)
        if not clerk.can(f"{kind}.export"):
            continue
        cells = _cells(registers.export(clerk, kind, month, None, tmp_path / f"{kind}-c.xlsx"))
        assert not [c for c in cells if any(n in c for n in FULL)], kind
        assert privacy.MASKED_NOTICE in " ".join(cells), kind  # the sheet says it is masked
        full = _cells(registers.export(supervisor, kind, month, None, tmp_path / f"{kind}-s.xlsx"))
        assert privacy.FULL_NOTICE in " ".join(full), kind
    assert {"students", "spare-loans", "owner-key-loans"} <= set(personal_kinds)
    texts = " ".join(_cells(registers.export(supervisor, "students", month, None, tmp_path / "s.xlsx")))
    assert ID_CARD in texts and PHONE in texts
    texts = " ".join(_cells(registers.export(clerk, "students", month, None, tmp_path / "c.xlsx")))
    assert "330106********4997" in texts and "150****4991" in texts


def test_monthly_pack_for_a_clerk_is_masked_and_says_so(ctx, people, tmp_path):
    month = parse_month(f"{ctx.today():%Y-%m}")
    clerk = context_for(ctx, "clerk")
    path = monthly_pack.export(clerk, month, None, tmp_path / "pack.xlsx")
    wb = load_workbook(path)
    cover = " ".join(str(v) for r in wb["封面"].iter_rows(values_only=True) for v in r if v)
    assert privacy.MASKED_NOTICE in cover
    sheet = " ".join(str(v) for r in wb["住宿学生名册"].iter_rows(values_only=True) for v in r if v)
    assert "330106********4997" in sheet and ID_CARD not in sheet and PHONE not in sheet
    assert not [c for c in _cells(path) if any(n in c for n in FULL)]
    pdf = monthly_pack.export(clerk, month, None, tmp_path / "pack.pdf")
    assert "个人信息已遮蔽" in "".join(p.extract_text() for p in PdfReader(pdf).pages[:2])
    supervisor_pack = monthly_pack.export(context_for(ctx, "supervisor"), month, None, tmp_path / "pack-s.xlsx")
    assert ID_CARD in " ".join(_cells(supervisor_pack))


def test_screens_rows_follow_the_rule_and_an_untouched_mask_keeps_the_number(ctx, people):
    clerk = context_for(ctx, "clerk")
    row = residents.get_student(clerk, people["student"])  # the residents detail pane's row
    assert (row.id_card, row.phone) == ("330106********4997", "150****4991")
    listed = residents.list_students(clerk)
    assert (listed[0].id_card, listed[0].phone) == ("330106********4997", "150****4991")
    assert residents.get_student(context_for(ctx, "supervisor"), people["student"]).id_card == ID_CARD
    assert keys_owner.list_deposits(clerk)[0].phone == "139****2222"
    assert keys_owner.list_owner_loans(clerk)[0].borrower_phone == "139****2222"
    # the clerk saves the edit form filled with the masked numbers: the stored ones stay
    residents.save_student(clerk, row.id, residents.StudentInput(
        student_no=row.student_no, name="张三丰", gender=row.gender, id_card=row.id_card, phone=row.phone),
        expected_version=row.version)
    again = residents.get_student(ctx, row.id)
    assert (again.name, again.id_card, again.phone) == ("张三丰", ID_CARD, PHONE)


def test_the_roles_allowed_are_configurable(ctx, people):
    clerk = context_for(ctx, "clerk")
    assert not privacy.may_see_full(clerk) and privacy.may_see_full(context_for(ctx, "supervisor"))
    config.set_value(ctx, "privacy.full_roles", "admin, clerk")
    assert privacy.may_see_full(clerk) and not privacy.may_see_full(context_for(ctx, "supervisor"))
    assert residents.get_student(clerk, people["student"]).id_card == ID_CARD


def test_pdfs_for_a_clerk_are_masked(ctx, people, tmp_path):
    clerk = context_for(ctx, "clerk")
    data = setup_tenant(ctx)
    slip_id, number = issued_slip(ctx, data, handler_phone=PHONE, handler_id_no=ID_CARD)
    text = PdfReader(release_print.build_slips(clerk, tmp_path / "slip.pdf", ids=[slip_id], record=False)) \
        .pages[0].extract_text()
    assert ID_CARD not in text and PHONE not in text and "330106********4997" in text
    detail = release_queries.get_slip(clerk, slip_id)  # the gate screen's and detail pane's slip
    assert detail.handler_id_no == "330106********4997" and detail.handler_phone == "150****4991"
    complaint = frontdesk_complaints.receive(ctx, complainant="王女士", content="夜间噪音", category="other",
                                             phone=PHONE)
    text = PdfReader(print_complaint(clerk, complaint.complaint_no, tmp_path / "c.pdf")).pages[0].extract_text()
    assert PHONE not in text and "150****4991" in text
    slip = repairs.report(ctx, category="水", urgency="一般", fault_description="水龙头漏水",
                          room_id=people["room"], student_id=people["student"], reporter_phone=PHONE)
    text = PdfReader(repairs_registers.print_repair_slip(clerk, slip.slip_no, tmp_path / "r.pdf")) \
        .pages[0].extract_text()
    assert PHONE not in text and "150****4991" in text


def test_front_desk_and_repair_screens_mask_phones_and_a_masked_hit_keeps_the_number(ctx, people):
    from app.services import frontdesk_consult, frontdesk_mail, lookups
    clerk = context_for(ctx, "clerk")
    hit = lookups.find_students(clerk, "2026001")[0]  # what the mail and repair forms prefill
    assert hit.phone == "150****4991"
    mail = frontdesk_mail.register(clerk, mail_type="快递", student_id=people["student"], phone=hit.phone,
                                   tracking_no="SF1")
    assert frontdesk_mail.list_mail(ctx)[0].phone == PHONE  # the mask meant "the student's number"
    assert frontdesk_mail.list_mail(clerk)[0].phone == "150****4991" and mail is not None
    slip = repairs.report(clerk, category="水", urgency="一般", fault_description="漏水", room_id=people["room"],
                          student_id=people["student"], reporter_phone=hit.phone)
    assert repairs.detail(ctx, slip.id).reporter_phone == PHONE
    assert repairs.detail(clerk, slip.id).reporter_phone == "150****4991"
    frontdesk_complaints.receive(ctx, complainant="王女士", content="楼上夜间噪音扰民", category="other", phone=PHONE)
    assert frontdesk_complaints.list_complaints(clerk)[0].phone == "150****4991"
    frontdesk_consult.log(ctx, client_name="王女士", content="询问快递柜位置", answer_mode="immediate", answer="东门",
                          phone=PHONE)
    assert frontdesk_consult.list_entries(clerk)[0].phone == "150****4991"
    assert frontdesk_consult.list_entries(ctx)[0].phone == PHONE
