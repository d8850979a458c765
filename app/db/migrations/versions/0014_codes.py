"""codes: enumerated values stored as codes instead of their Chinese display text

Revision ID: 0014_codes
Revises: 0002_residents, 0003_keys, 0007_reports
Create Date: 2026-12-02 17:30:00

Data only (no schema change): each converted column's rows are rewritten label -> code; the
labels are kept here as they were written, so later edits to app/vocab.py never change what this
migration does. Downgrade writes the labels back.
"""
from alembic import op
import sqlalchemy as sa


revision = '0014_codes'
down_revision = ('0002_residents', '0003_keys', '0007_reports')
branch_labels = ('codes',)
depends_on = None

# table, column, {code: Chinese label as stored before}
CONVERSIONS = (
    ("spare_key_loan", "pledged_id_type",
     {"id_card": "身份证", "student": "学生证", "campus": "一卡通", "other": "其他"}),
    ("owner_key_loan", "borrower_type",
     {"property": "物业部人员", "sales": "销售人员", "project": "项目部人员", "builder": "施工单位"}),
    ("handover", "status", {"waiting": "待接班", "taken": "已接班"}),
    ("import_batch", "status", {"imported": "已导入", "undone": "已撤销"}),
    ("key_return", "leave_type",
     {"graduate": "毕业", "dropout": "退学", "transfer": "调换宿舍", "other": "其他"}),
)


def _rewrite(pairs) -> None:
    conn = op.get_bind()
    for table, column, mapping in CONVERSIONS:
        t = sa.table(table, sa.column(column, sa.String))
        for old, new in pairs(mapping):
            conn.execute(sa.update(t).where(t.c[column] == old).values({column: new}))


def upgrade() -> None:
    _rewrite(lambda mapping: [(label, code) for code, label in mapping.items()])


def downgrade() -> None:
    _rewrite(lambda mapping: list(mapping.items()))
