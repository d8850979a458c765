"""codes_residents: genders, room and student statuses, move kinds and staff categories stored as
codes instead of their Chinese text

Revision ID: 0017_codes_residents
Revises: 0016_codes2, 0011_gate
Create Date: 2026-12-02 21:00:00

As 0014_codes: each converted column's rows are rewritten label -> code; the labels are kept here
as they were written, so later edits to app/vocab.py never change what this migration does.
Downgrade writes the labels back. Data only: every code fits its column (building.gender is
String(4), hence "mix"; widening it would rebuild `building` on SQLite, which the rooms' foreign
keys refuse inside the migration's transaction).
"""
from alembic import op
import sqlalchemy as sa


revision = '0017_codes_residents'
# 0002_residents (student_move, room status) comes through 0014_codes and 0005_assessments
# (assessment_item) through 0011_gate (which adds applies_to): Alembic refuses a parent that is
# already an ancestor of another parent (KeyError in its head bookkeeping on upgrade).
down_revision = ('0016_codes2', '0011_gate')
branch_labels = ('codes_residents',)
depends_on = None

GENDER = {"m": "男", "f": "女", "mix": "混合"}
STAFF_CATEGORY = {"warden": "宿管员", "repairer": "维修工", "guard": "保安", "service": "客服", "cleaner": "保洁",
                  "other": "其他"}
STUDENT_GENDER = {"m": "男", "f": "女"}     # a student is never 混合 (and "mix" exceeds student.gender String(2))

# table, column, {code: Chinese label as stored before}
CONVERSIONS = (
    ("building", "gender", GENDER),
    ("student", "gender", STUDENT_GENDER),
    ("student", "status", {"resident": "在住", "left": "已退宿", "on_leave": "休学", "graduate": "毕业"}),
    ("student_move", "kind", {"move_in": "入住", "transfer": "调宿", "move_out": "退宿"}),
    ("room", "status", {"normal": "正常", "repair": "维修中", "closed": "停用"}),
    ("staff", "category", STAFF_CATEGORY),
    ("assessment_item", "applies_to", STAFF_CATEGORY),
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
