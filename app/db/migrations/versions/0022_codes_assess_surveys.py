"""codes_assess_surveys: assessment categories and appeal statuses, survey opinion topics and
response methods stored as codes instead of their Chinese text

Revision ID: 0022_codes_assess_surveys
Revises: 0005_assessments, 0016_codes2
Create Date: 2026-12-02 21:00:00

Data only (no schema change: every code fits its String(8) column), as 0014_codes: the rows of each
converted column are rewritten label -> code; the labels are kept here as they were written, so later
edits to app/vocab.py or app/services/surveys.py never change what this migration does. Downgrade
writes the labels back. Texts built from these values and kept as written (audit summaries, the
subject of a return visit made from a survey opinion, "清洁：…") stay as they are.
"""
from alembic import op
import sqlalchemy as sa


revision = '0022_codes_assess_surveys'
# 0010_visits (the survey tables) is not named: it is already below 0016_codes2, and naming an
# ancestor of another parent breaks Alembic's head bookkeeping (KeyError on upgrade)
down_revision = ('0005_assessments', '0016_codes2')
branch_labels = ('codes_assess_surveys',)
depends_on = None

ASSESSMENT_CATEGORY = {"dress": "仪表", "duty": "值班", "access": "门禁", "hours": "作息", "patrol": "巡查",
                       "safety": "安全", "hygiene": "卫生", "utility": "水电", "other": "其他"}
APPEAL = {"none": "无", "pending": "申诉中", "upheld": "维持", "revoked": "撤销", "adjusted": "调整"}
SURVEY_TOPIC = {"cleaning": "清洁", "postal": "邮政", "security": "保安", "upkeep": "工程维修", "facility": "设施投入",
                "other": "其他"}
SURVEY_METHOD = {"paper": "问卷", "talk": "表格访谈", "phone": "电话"}

# table, column, {code: Chinese label as stored before}
CONVERSIONS = (
    ("assessment_item", "category", ASSESSMENT_CATEGORY),
    ("assessment_incident", "item_category", ASSESSMENT_CATEGORY),
    ("assessment_incident", "appeal_status", APPEAL),
    ("survey_opinion", "topic", SURVEY_TOPIC),
    ("survey_response", "method", SURVEY_METHOD),
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
