"""The front desk's consultation and complaint values stored as codes (migration 0019_codes_complaints):
channels, entry types, answer modes, complaint categories, validity, severity and departments (also
the survey improvement actions'); rewritten label -> code and back on SQLite and PostgreSQL; what
the user reads (search, registers, the C2 form, the handover lines) still shows the labels."""
import datetime as dt
import importlib
import re

import openpyxl
from alembic import command
from pypdf import PdfReader
from sqlalchemy import select

from app import vocab
from app.db.migrate import alembic_config
from app.db.models.frontdesk import Complaint, Consultation
from app.db.models.visits import SurveyAction
from app.services import catalog, registers, surveys, visits_plan
from app.services import frontdesk_complaints as fc
from app.services import frontdesk_consult as fz
from app.services import frontdesk_hooks as hooks
from app.services.periods import parse_month
from tests import frontdesk_data

MIGRATION = importlib.import_module("app.db.migrations.versions.0019_codes_complaints")


def _alembic(db, verb: str, target: str) -> None:
    cfg = alembic_config(db)
    with db.engine.execution_options(dormdesk_write=True).begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, verb)(cfg, target)


def _stored(db):
    with db.engine.connect() as conn:
        consults = [tuple(r) for r in conn.execute(select(
            Consultation.channel, Consultation.entry_type, Consultation.answer_mode, Consultation.referred_dept)
            .order_by(Consultation.id))]
        complaints = [tuple(r) for r in conn.execute(select(
            Complaint.channel, Complaint.category, Complaint.validity, Complaint.severity, Complaint.responsible_dept)
            .order_by(Complaint.id))]
        actions = list(conn.execute(select(SurveyAction.dept).order_by(SurveyAction.id)).scalars())
    return consults, complaints, actions


def _fill(ctx, data):
    fz.log(ctx, client_name="张三", content="热水几点供应？", answer_mode="immediate", answer="6 点", channel="phone",
           entry_type="enquiry")
    fz.log(ctx, client_name="李四", content="门锁坏了", answer_mode="referred", referred_dept="repair", entry_type="repair")
    fz.log(ctx, client_name="王五", content="想投诉噪音", answer_mode="约定答复", entry_type="投诉")  # labels, as typed
    c = fc.receive(ctx, complainant="张三", content="楼道灯坏了一周没人修", category="repair", channel="phone",
                   building_id=data["building"], room_no="101")
    fc.classify(ctx, c.id, validity="valid", severity="major")
    fc.assign(ctx, c.id, dept="repair", person="李经理")
    bad = fc.receive(ctx, complainant="李四", content="食堂饭菜太贵", category="其他", channel="来函")
    fc.classify(ctx, bad.id, validity="invalid", explanation="不属宿管中心职责")
    plan = surveys.create_plan(ctx, title="秋季调查", start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 9, 30))
    surveys.add_action(ctx, plan.id, dept="front_desk", action="前台延长服务时间", deadline=dt.date(2026, 10, 15))
    return c


CODES = ([("phone", "enquiry", "immediate", None), ("visit", "repair", "referred", "repair"),
          ("visit", "complaint", "promised", None)],
         [("phone", "repair", "valid", "major", "repair"), ("letter", "other", "invalid", "normal", None)],
         ["front_desk"])
LABELS = ([("来电", "咨询", "即时答复", None), ("来访", "报修", "转部门", "维修"), ("来访", "投诉", "约定答复", None)],
          [("来电", "设备维修", "有效", "重大", "维修"), ("来函", "其他", "无效", "一般", None)],
          ["前台"])


def test_front_desk_values_are_stored_as_codes_and_migrated_both_ways(db, ctx):
    _fill(ctx, frontdesk_data.setup(db))
    assert _stored(db) == CODES
    _alembic(db, "downgrade", "0016_codes2")  # 0019 undone: the rows as an older version wrote them
    assert _stored(db) == LABELS
    _alembic(db, "upgrade", "heads")
    assert _stored(db) == CODES
    assert {r.status for r in fc.list_complaints(ctx)} == {"assigned", "invalid_explained"}


def test_the_migration_knows_every_code_and_the_codes_fit_their_columns():
    by_column = {c: v for v in (vocab.get(n) for n in vocab.names()) for c in v.columns}
    from app.db.base import Base
    for table, column, mapping in MIGRATION.CONVERSIONS:
        assert mapping == by_column[f"{table}.{column}"].labels, (table, column)
        width = Base.metadata.tables[table].c[column].type.length
        assert max(map(len, mapping)) <= width, (table, column)
        assert all(re.fullmatch(r"[a-z_]+", code) for code in mapping)
    converted = {f"{t}.{c}" for t, c, _ in MIGRATION.CONVERSIONS}
    for name in ("frontdesk.channel", "frontdesk.entry_type", "frontdesk.answer_mode", "frontdesk.complaint_category",
                 "frontdesk.validity", "frontdesk.severity", "frontdesk.department"):
        assert set(vocab.get(name).columns) <= converted, name


def test_what_the_user_reads_shows_the_labels(db, ctx, tmp_path):
    data = frontdesk_data.setup(db)
    c = _fill(ctx, data)
    # the instant filters find a complaint / entry by the department or category as shown
    assert [r.id for r in fc.filter_rows(fc.list_complaints(ctx), "设备维修")] == [c.id]
    assert len(fz.filter_rows(fz.list_entries(ctx), "维修")) == 1
    assert "转维修跟进" in fz.list_entries(ctx)[1].remarks
    assert any("设备维修" in line for line in hooks.open_complaint_lines(ctx, ctx.now(), ctx.now()))
    # registers: labels in every sheet, no code
    out = registers.export(ctx, "complaints", parse_month("2026-09"), None, tmp_path / "ts.xlsx")
    wb = openpyxl.load_workbook(out)
    cells = {str(cell.value) for ws in wb.worksheets for r in ws.iter_rows() for cell in r if cell.value is not None}
    assert {"来电", "来函", "设备维修", "有效", "重大", "维修", "其他"} <= cells
    figures = {r[0].value: r[1].value for r in wb["统计"].iter_rows() if r[0].value}
    assert figures["有效投诉"] == 1 and figures["重大投诉"] == 1 and figures["无效投诉（已解释）"] == 1
    out = registers.export(ctx, "consultations", parse_month("2026-09"), None, tmp_path / "zx.xlsx")
    cells |= {str(cell.value) for ws in openpyxl.load_workbook(out).worksheets for r in ws.iter_rows() for cell in r
              if cell.value is not None}
    assert {"即时答复", "转部门", "约定答复", "咨询", "报修", "投诉"} <= cells
    codes = {code for n in ("frontdesk.channel", "frontdesk.entry_type", "frontdesk.answer_mode",
                            "frontdesk.complaint_category", "frontdesk.validity", "frontdesk.severity",
                            "frontdesk.department") for code in vocab.get(n).codes}
    assert not cells & codes
    # the printed C2 form
    pdf = catalog.prints()["complaint"].build(ctx, c.complaint_no, tmp_path / "c.pdf")
    page = PdfReader(pdf).pages[0].extract_text()
    assert "设备维修" in page and "有效/重大" in page and "来电" in page and "维修" in page
    assert not set(re.findall(r"[a-z_]{4,}", page)) & codes


def test_the_visit_plan_always_takes_major_complaints(db, ctx):
    data = frontdesk_data.setup(db)
    c = _fill(ctx, data)
    fc.reply(ctx, c.id, text="已通知维修班")
    fc.resolve(ctx, c.id, result="已换灯")
    with ctx.read() as s:
        candidates = visits_plan.CANDIDATES["complaint"](s, parse_month("2026-09"))
    assert [(x.subject, x.urgent) for x in candidates] == [("投诉：设备维修", True)]


def test_unknown_values_are_refused_by_field(db, ctx):
    from app.errors import ValidationError
    data = frontdesk_data.setup(db)
    c = fc.receive(ctx, complainant="张三", content="楼道灯坏了一周没人修", category="repair")
    for call, field in ((lambda: fc.receive(ctx, complainant="张三", content="内容很长很长", category="water"), "category"),
                        (lambda: fc.receive(ctx, complainant="张三", content="内容很长很长", category="other",
                                            channel="email"), "channel"),
                        (lambda: fc.classify(ctx, c.id, validity="valid", category="水"), "category"),
                        (lambda: fc.classify(ctx, c.id, validity="yes"), "validity"),
                        (lambda: fc.classify(ctx, c.id, validity="valid", severity="huge"), "severity"),
                        (lambda: fz.log(ctx, client_name="李四", content="问题", answer_mode="referred",
                                        referred_dept="front_desk"), "referred_dept"),
                        (lambda: fz.log(ctx, client_name="李四", content="问题", answer_mode="soon"), "answer_mode"),
                        (lambda: surveys.add_action(ctx, 1, dept="外星", action="x", deadline=dt.date(2026, 10, 1)),
                         "dept")):
        try:
            call()
        except ValidationError as exc:
            assert exc.field == field
        else:
            raise AssertionError(field)
    assert data
