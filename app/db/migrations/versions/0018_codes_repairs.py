"""codes_repairs: the repairs' enumerated values stored as codes instead of their Chinese text

Revision ID: 0018_codes_repairs
Revises: 0016_codes2
Create Date: 2026-12-02 20:40:00

Data only (no schema change), as 0014_codes: the category, urgency, report channel and damage
cause of repair slips, the category of price-list lines, the cause and status of damage notices and
the step of each history row (repair_event.action) are rewritten label -> code, and so are the
urgency keys of the time limits in config_value (`repairs.onsite_minutes`, `repairs.done_hours`).
The codes fit the columns as they are (repair_slip.urgency is String(4)): widening a column would
rebuild repair_slip on SQLite, and dropping the old table there cascades to its history rows.
The labels are kept here as they were written, so later edits to app/vocab.py or
app/services/repairs_flow.py never change what this migration does. Downgrade writes the labels back.
"""
import json

from alembic import op
import sqlalchemy as sa


revision = '0018_codes_repairs'
# 0016_codes2 already builds on 0004_repairs (through 0010_visits) and 0001_foundation (config_value):
# naming 0004_repairs again makes Alembic refuse ("overlaps with other requested revisions").
down_revision = '0016_codes2'
branch_labels = ('codes_repairs',)
depends_on = None

CATEGORY = {"water": "水", "electric": "电", "doors": "门窗", "lock": "门锁", "furnish": "家具",
            "network": "网络", "aircon": "空调", "other": "其他"}
URGENCY = {"high": "紧急", "norm": "一般", "plan": "计划"}
CHANNEL = {"duty_room": "值班室登记", "phone": "电话", "drop_box": "报修箱", "patrol": "巡查发现", "other": "其他"}
CAUSE = {"wear": "正常损耗", "misuse": "使用不当", "wilful": "人为故意", "unknown": "原因不明"}
NOTICE_STATUS = {"unpaid": "待缴", "paid": "已缴", "void": "作废"}
EVENT = {"report": "报修", "assess": "收费认定", "dispatch": "派工", "start": "开始维修", "complete": "完工",
         "accept": "验收", "defer": "延期", "visit": "回访", "close": "关闭", "void": "作废",
         "add_photos": "添加照片", "issue_notice": "开具赔偿通知单", "record_payment": "登记缴费"}

# table, column, {code: Chinese label as stored before}
CONVERSIONS = (
    ("repair_slip", "category", CATEGORY),
    ("repair_slip", "urgency", URGENCY),
    ("repair_slip", "report_channel", CHANNEL),
    ("repair_slip", "damage_cause", CAUSE),
    ("asset_price", "category", CATEGORY),
    ("damage_notice", "damage_cause", CAUSE),
    ("damage_notice", "status", NOTICE_STATUS),
    ("repair_event", "action", EVENT),
)
# configuration keys whose JSON dict is keyed by urgency
CONFIG_KEYS = {"repairs.onsite_minutes": URGENCY, "repairs.done_hours": URGENCY}


def _rewrite(pairs) -> None:
    conn = op.get_bind()
    for table, column, mapping in CONVERSIONS:
        t = sa.table(table, sa.column(column, sa.String))
        for old, new in pairs(mapping):
            conn.execute(sa.update(t).where(t.c[column] == old).values({column: new}))
    config = sa.table("config_value", sa.column("key", sa.String), sa.column("value", sa.Text))
    for key, mapping in CONFIG_KEYS.items():
        stored = conn.execute(sa.select(config.c.value).where(config.c.key == key)).scalar()
        if stored is None:
            continue
        value = json.loads(stored)
        if not isinstance(value, dict):
            continue    # not a dict keyed by urgency: nothing this migration knows how to rewrite
        renamed = dict(pairs(mapping))
        value = {renamed.get(k, k): v for k, v in value.items()}
        conn.execute(sa.update(config).where(config.c.key == key)
                     .values(value=json.dumps(value, ensure_ascii=False)))


def upgrade() -> None:
    _rewrite(lambda mapping: [(label, code) for code, label in mapping.items()])


def downgrade() -> None:
    _rewrite(lambda mapping: list(mapping.items()))
