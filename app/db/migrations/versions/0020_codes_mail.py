"""codes_mail: the front desk's mail and parcel values stored as codes instead of their Chinese text

Revision ID: 0020_codes_mail
Revises: 0016_codes2
Create Date: 2026-12-02 20:40:00

Data only (no schema change: every code fits the String(16) columns), as 0014_codes: the mail
types, notice methods, return reasons and return destinations of incoming mail (mail_item) and the
shipping methods of outgoing mail (outgoing_mail) are rewritten label -> code, and so are the items
of the configuration lists keyed by mail type (mail.important_types, mail.own_signature_types) in
config_value. The labels are kept here as they were written, so later edits to app/vocab.py never
change what this migration does. Downgrade writes the labels back.
"""
import json

from alembic import op
import sqlalchemy as sa


revision = '0020_codes_mail'
# 0016_codes2 already builds on 0008_frontdesk (through 0010_visits), which created mail_item and
# outgoing_mail; naming 0008_frontdesk as well makes Alembic refuse `upgrade heads` from a database
# between the two ("Requested revision 0010_visits overlaps with other requested revisions 0008_frontdesk").
down_revision = '0016_codes2'
branch_labels = ('codes_mail',)
depends_on = None

MAIL_TYPE = {"registered": "挂号信", "parcel": "包裹", "parcel_slip": "包裹单", "money_order": "汇款单",
             "courier": "快递", "ems": "特快专递", "letter": "平信", "periodical": "报刊", "printed": "印刷品",
             "other": "其他"}
NOTIFY_METHOD = {"board": "公告板", "phone": "电话", "sms": "短信", "mailbox_slip": "信箱通知单", "in_person": "上门"}
RETURN_REASON = {"no_such_person": "查无此人", "moved_out": "已迁出", "bad_address": "地址不详", "refused": "拒收",
                 "uncollected": "超期未领"}
RETURN_TO = {"post_office": "邮局", "courier": "快递"}
SHIPPING_METHOD = {"surface": "平邮", "registered": "挂号", "ems": "EMS", "courier": "快递", "other": "其他"}

# table, column, {code: Chinese label as stored before}
CONVERSIONS = (
    ("mail_item", "mail_type", MAIL_TYPE),
    ("mail_item", "notified_by", NOTIFY_METHOD),
    ("mail_item", "return_reason", RETURN_REASON),
    ("mail_item", "returned_to", RETURN_TO),
    ("outgoing_mail", "shipping_method", SHIPPING_METHOD),
)
# config_value keys whose value is a JSON list of these values: {key: {code: label}}
CONFIG_LISTS = {"mail.important_types": MAIL_TYPE, "mail.own_signature_types": MAIL_TYPE}


def _rewrite(pairs) -> None:
    conn = op.get_bind()
    for table, column, mapping in CONVERSIONS:
        t = sa.table(table, sa.column(column, sa.String))
        for old, new in pairs(mapping):
            conn.execute(sa.update(t).where(t.c[column] == old).values({column: new}))
    config = sa.table("config_value", sa.column("key", sa.String), sa.column("value", sa.Text))
    for key, mapping in CONFIG_LISTS.items():
        stored = conn.execute(sa.select(config.c.value).where(config.c.key == key)).scalar()
        if stored is None:
            continue
        try:
            items = json.loads(stored)
        except ValueError:
            continue                    # not JSON: left as it is (the settings page shows it)
        if not isinstance(items, list):
            continue
        change = dict(pairs(mapping))
        new = [change.get(i, i) if isinstance(i, str) else i for i in items]
        if new != items:
            conn.execute(sa.update(config).where(config.c.key == key)
                         .values(value=json.dumps(new, ensure_ascii=False)))


def upgrade() -> None:
    _rewrite(lambda mapping: [(label, code) for code, label in mapping.items()])


def downgrade() -> None:
    _rewrite(lambda mapping: list(mapping.items()))
