"""The front desk's mail values stored as codes (app/vocab.py, section "Front desk"): mail types,
notice methods, return reasons and destinations, shipping methods and the mail-type lists in the
configuration. Migration 0020_codes_mail rewrites the Chinese labels of existing rows into codes and
back on SQLite and PostgreSQL; services take a code or a label and store the code; what a user reads
(registers, handover lines, messages) still shows the label."""
import datetime as dt
import importlib
import json

import openpyxl
import pytest
from alembic import command
from sqlalchemy import insert, select, text

from app import vocab
from app.db.migrate import alembic_config
from app.db.models.core import ConfigValue
from app.db.models.frontdesk import MailItem, OutgoingMail
from app.errors import ValidationError
from app.services import config, registers
from app.services import frontdesk_hooks as hooks
from app.services import frontdesk_mail as fm
from app.services import frontdesk_outgoing as fo
from app.services.periods import parse_month
from tests import frontdesk_data

MAIL_VOCABULARIES = ("frontdesk.mail_type", "frontdesk.notify_method", "frontdesk.return_reason",
                     "frontdesk.return_to", "frontdesk.shipping_method")


def _alembic(db, verb: str, target: str) -> None:
    cfg = alembic_config(db)
    with db.engine.execution_options(dormdesk_write=True).begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, verb)(cfg, target)


def _stored(db):
    with db.engine.connect() as conn:
        mail = [tuple(r) for r in conn.execute(select(
            MailItem.mail_type, MailItem.notified_by, MailItem.return_reason, MailItem.returned_to).order_by(MailItem.id))]
        outgoing = list(conn.execute(select(OutgoingMail.shipping_method).order_by(OutgoingMail.id)).scalars())
        settings = {k: json.loads(v) for k, v in conn.execute(select(ConfigValue.key, ConfigValue.value)
                                                              .where(ConfigValue.key.like("mail.%")))}
    return mail, outgoing, settings


@pytest.fixture
def data(db):
    return frontdesk_data.setup(db)


def test_mail_values_are_stored_as_codes_and_migrated_both_ways(ctx, clock, data):
    parcel = fm.register(ctx, mail_type="包裹", student_id=data["zhang"], tracking_no="SF1")   # a label, as typed
    letter = fm.register(ctx, mail_type="registered", student_id=data["li"])                   # a code, from the combo
    fm.register(ctx, mail_type="平信", student_id=data["gone"], building_id=data["building"], room_no="102")
    fm.notify(ctx, [parcel.id], "短信")
    fm.notify(ctx, [letter.id], "phone")
    fm.return_to_sender(ctx, letter.id, reason="已迁出", returned_to="邮局")
    fo.request(ctx, sender_name="李四", building_id=data["building"], room_no="101", addressee_name="李母",
               addressee_address="江苏省南京市鼓楼区 1 号", shipping_method="EMS")
    fo.request(ctx, sender_name="李四", building_id=data["building"], room_no="101", addressee_name="李父",
               addressee_address="江苏省南京市鼓楼区 1 号", shipping_method="courier")
    # written as an older version could have ("火箭": no such type; the settings page now refuses it)
    with ctx.db.engine.begin() as conn:
        conn.execute(insert(ConfigValue).values(key="mail.own_signature_types", value=json.dumps(
            ["registered", "money_order", "火箭"], ensure_ascii=False)))

    codes = ([("parcel", "sms", None, None), ("registered", "phone", "moved_out", "post_office"),
              ("letter", None, None, None)], ["ems", "courier"],
             {"mail.own_signature_types": ["registered", "money_order", "火箭"]})
    assert _stored(ctx.db) == codes
    _alembic(ctx.db, "downgrade", "0016_codes2")  # 0020_codes_mail undone: the rows as an older version wrote them
    assert _stored(ctx.db) == ([("包裹", "短信", None, None), ("挂号信", "电话", "已迁出", "邮局"), ("平信", None, None, None)],
                               ["EMS", "快递"], {"mail.own_signature_types": ["挂号信", "汇款单", "火箭"]})
    with ctx.db.engine.begin() as conn:     # a setting that is no list of mail types is left alone
        conn.execute(insert(ConfigValue).values(key="org.name", value=json.dumps("快递", ensure_ascii=False)))
    _alembic(ctx.db, "upgrade", "heads")
    assert _stored(ctx.db) == codes
    assert config.get(ctx, "org.name") == "快递"
    assert {r.mail_type for r in fm.list_mail(ctx)} == {"parcel", "registered", "letter"}


def test_config_lists_hold_codes_and_a_typed_label_still_counts(ctx, clock, data):
    """mail.important_types / mail.own_signature_types: codes by default; a label typed on the
    settings page is understood too; the refusal names the type by its label."""
    assert fm.CONFIG_VALUES == {"mail.important_types": "frontdesk.mail_type",
                                "mail.own_signature_types": "frontdesk.mail_type"}
    for key, name in fm.CONFIG_VALUES.items():
        assert set(fm.DEFAULTS[key]) <= set(vocab.get(name).codes), key
    courier = fm.register(ctx, mail_type="courier", student_id=data["zhang"])
    plain = fm.register(ctx, mail_type="letter", student_id=data["zhang"])
    with ctx.read() as s:
        due = dict(s.execute(select(MailItem.mail_type, MailItem.notify_due_at)).all())
    assert due["courier"] is not None and due["letter"] is None     # only important items must be notified in time
    config.set_value(ctx, "mail.own_signature_types", ["快递"])      # a label, typed on the settings page
    with pytest.raises(ValidationError) as info:
        fm.hand_over(ctx, [courier.id], collector_name="王五", is_proxy=True, collector_id_no="X1")
    assert info.value.params["type"] == "快递"
    assert [r.status for r in fm.hand_over(ctx, [plain.id], collector_name="王五", is_proxy=True,
                                           collector_id_no="X1")] == ["collected"]


def test_unknown_values_are_refused_and_nothing_is_written(ctx, data):
    for fn, field in ((lambda: fm.register(ctx, mail_type="火箭", student_id=data["zhang"]), "mail_type"),
                      (lambda: fo.request(ctx, sender_name="李四", building_id=data["building"], addressee_name="李母",
                                          addressee_address="江苏省南京市鼓楼区 1 号", shipping_method="飞鸽"),
                       "shipping_method")):
        with pytest.raises(ValidationError) as info:
            fn()
        assert info.value.field == field
    item = fm.register(ctx, mail_type="parcel", student_id=data["zhang"])
    for kwargs, field in ((dict(reason="丢了"), "reason"), (dict(reason="refused", returned_to="月球"), "returned_to")):
        with pytest.raises(ValidationError) as info:
            fm.return_to_sender(ctx, item.id, **kwargs)
        assert info.value.field == field
    with pytest.raises(ValidationError):
        fm.notify(ctx, [item.id], "飞鸽")
    assert _stored(ctx.db)[0] == [("parcel", None, None, None)]


def test_what_users_read_shows_labels(ctx, clock, data, tmp_path):
    """Registers (all four sheets), the handover lines, the instant filter and audit summaries."""
    parcel = fm.register(ctx, mail_type="parcel", student_id=data["zhang"], tracking_no="SF1")
    fm.register(ctx, mail_type="letter", student_id=data["li"])
    fm.register(ctx, mail_type="ems", student_id=data["li"], tracking_no="EA1")
    fm.notify(ctx, [parcel.id], "mailbox_slip")
    clock.advance(days=9)
    fm.return_to_sender(ctx, parcel.id, reason="uncollected", returned_to="courier")
    fo.request(ctx, sender_name="李四", building_id=data["building"], room_no="101", addressee_name="李母",
               addressee_address="江苏省南京市鼓楼区 1 号", shipping_method="surface")
    wb = openpyxl.load_workbook(registers.export(ctx, "mail", parse_month("2026-09"), None, tmp_path / "mail.xlsx"))
    cells = {str(c.value) for ws in wb.worksheets for r in ws.iter_rows() for c in r if c.value is not None}
    assert {"包裹", "平信", "特快专递", "超期未领", "快递", "平邮"} <= cells
    assert any(c.startswith("信箱通知单 ") for c in cells)
    codes = {c for name in MAIL_VOCABULARIES for c in vocab.get(name).codes}
    assert not cells & codes, cells & codes
    summary = [[c.value for c in r] for r in wb["分类统计"].iter_rows()]
    assert [r[0] for r in summary if r[0] in vocab.MAIL_TYPE.labels.values()] == ["包裹", "特快专递", "平信"]  # declared order
    lines = hooks.held_mail_lines(ctx, clock.now() - dt.timedelta(hours=8), clock.now())
    assert any(" 特快专递 " in x for x in lines) and any(" 平信 " in x and "超期未领" in x for x in lines)
    assert not any(c in x for x in lines for c in ("ems", "letter"))
    rows = fm.list_mail(ctx)
    assert [r.entry_no for r in fm.filter_rows(rows, "特快")] == ["YJ2026-000003"]   # found by its label
    with ctx.read() as s:
        summaries = list(s.execute(text("SELECT summary FROM audit_log WHERE entity = 'mail' ORDER BY id")).scalars())
    assert "邮件登记 YJ2026-000001 包裹 张三" in summaries[0] and "信箱通知单通知" in summaries[3]
    assert "退回快递（超期未领）" in summaries[4]


def test_the_migration_knows_every_code_of_the_vocabularies_it_converts():
    """The migration keeps its own copy of the labels; it must match the vocabularies it converted."""
    migration = importlib.import_module("app.db.migrations.versions.0020_codes_mail")
    by_column = {c: v for v in (vocab.get(n) for n in vocab.names()) for c in v.columns}
    for table, column, mapping in migration.CONVERSIONS:
        assert mapping == by_column[f"{table}.{column}"].labels, (table, column)
    for key, mapping in migration.CONFIG_LISTS.items():
        assert mapping == vocab.get(fm.CONFIG_VALUES[key]).labels, key
    for name in MAIL_VOCABULARIES:     # codes fit their String(16) columns
        assert all(len(c) <= 16 and c.isascii() and c == c.lower() for c in vocab.get(name).codes), name
