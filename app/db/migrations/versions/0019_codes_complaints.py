"""codes_complaints: the front desk's consultation and complaint values stored as codes

Revision ID: 0019_codes_complaints
Revises: 0016_codes2
Create Date: 2026-12-02 21:00:00

The channels (frontdesk.channel), entry types, answer modes, complaint categories, validity, severity
and departments of `consultation` and `complaint`, and the departments of the survey improvement
actions (`survey_action.dept`, created by 0010_visits), are rewritten label -> code, as 0014_codes
did. The labels are kept here as they were written, so later edits to app/vocab.py never change
what this migration does. `consultation.entry_type` / `answer_mode` (String(8)) and
`complaint.validity` / `severity` (String(4)) are widened to String(16) for their codes.
Downgrade writes the labels back and narrows the columns again.
"""
from alembic import op
import sqlalchemy as sa


revision = '0019_codes_complaints'
# 0016_codes2 already builds on the revisions that created these tables (0008_frontdesk, 0010_visits);
# naming them too makes Alembic refuse to downgrade ("overlaps with other requested revisions")
down_revision = '0016_codes2'
branch_labels = ('codes_complaints',)
depends_on = None

CHANNEL = {"visit": "来访", "phone": "来电", "letter": "来函", "referred": "上级转办", "other": "其他"}
ENTRY_TYPE = {"enquiry": "咨询", "suggestion": "建议", "help": "求助", "repair": "报修", "complaint": "投诉",
              "other": "其他"}
ANSWER_MODE = {"immediate": "即时答复", "promised": "约定答复", "referred": "转部门", "escalated": "上报"}
CATEGORY = {"attitude": "服务态度", "charges": "收费", "security": "治安", "utility": "水电", "cleaning": "清洁",
            "repair": "设备维修", "other": "其他"}
VALIDITY = {"valid": "有效", "invalid": "无效"}
SEVERITY = {"major": "重大", "important": "重要", "normal": "一般"}
DEPARTMENT = {"dorm_office": "宿管", "repair": "维修", "security": "保安", "cleaning": "保洁", "finance": "财务",
              "service": "客服", "front_desk": "前台", "other": "其他"}

# table, column, {code: Chinese label as stored before}
CONVERSIONS = (
    ("consultation", "channel", CHANNEL),
    ("consultation", "entry_type", ENTRY_TYPE),
    ("consultation", "answer_mode", ANSWER_MODE),
    ("consultation", "referred_dept", DEPARTMENT),
    ("complaint", "channel", CHANNEL),
    ("complaint", "category", CATEGORY),
    ("complaint", "validity", VALIDITY),
    ("complaint", "severity", SEVERITY),
    ("complaint", "responsible_dept", DEPARTMENT),
    ("survey_action", "dept", DEPARTMENT),
)
# table, column, nullable, width before, width now
WIDENED = (
    ("consultation", "entry_type", False, 8, 16),
    ("consultation", "answer_mode", False, 8, 16),
    ("complaint", "validity", True, 4, 16),
    ("complaint", "severity", True, 4, 16),
)


def _widths(old: int, new: int) -> None:
    for table in ("consultation", "complaint"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for t, column, nullable, before, after in WIDENED:
                if t == table:
                    widths = {"before": before, "after": after}
                    batch_op.alter_column(column, existing_type=sa.String(length=widths[old]),
                                          type_=sa.String(length=widths[new]), existing_nullable=nullable)


def _rewrite(pairs) -> None:
    conn = op.get_bind()
    for table, column, mapping in CONVERSIONS:
        t = sa.table(table, sa.column(column, sa.String))
        for old, new in pairs(mapping):
            conn.execute(sa.update(t).where(t.c[column] == old).values({column: new}))


def upgrade() -> None:
    _widths("before", "after")
    _rewrite(lambda mapping: [(label, code) for code, label in mapping.items()])


def downgrade() -> None:
    _rewrite(lambda mapping: list(mapping.items()))
    _widths("after", "before")
